/* The anchors aligner's inner loops, compiled: the dynamic programme, the
 * co-occurrence count of the learned lexicon, the words and letters of a text, the
 * consonant skeleton of a word, and how much cheaper two link beads get with a clause
 * moved between them.
 *
 * Each computes exactly what its Python reference computes (same formulas, same
 * order of floating-point operations, same tie-breaking); the references stay,
 * as the fallback when this module is not built, and tests/test_align_kernel.py
 * checks that the two agree. Python spent most of an alignment in these loops.
 *
 * bead_path(n, m, kinds, los, his, src, tgt, keys, params) -> [(i, j, di, dj, cost), ...]
 *   tmtool.align.dp.best_path_rows with the row costs of tmtool.align.score.BeadCosts
 *   kinds   sequence of (di, dj)
 *   los/his lowest and highest target position of each row 0..n
 *   src/tgt (lengths, mass, sentences, par, par_start): the Side fields
 *   keys    (source key sets, target key sets, {kind: weight}), or None when
 *           the key part of the cost is off
 *   params  (w_len, w_keys, w_par, neutral, deletion, variance, orphan, ratio,
 *            check_par, priors) with priors one float per kind
 *   Raises ValueError when no path reaches (n, m).
 *   The weight of the keys two sentences share is the sum the reference makes over their
 *   intersection, in that set's order; under weights whose every sum is exact (exact_weights:
 *   tmtool's) it is the same float in any order, and the keys are numbered and merged instead.
 *
 * count_pairs(stemmed, src_ids, tgt_ids, min_count, src_df, tgt_df, min_dice) -> [(a, b, count), ...]
 *   stemmed  sequence of (source stems, target stems), each a sequence of str
 *   src_ids/tgt_ids  dicts: stem -> id, a non-negative int < 2**31 (a stem without one is left out)
 *   the pairs of ids (a, b) seen together in at least min_count items, in no order,
 *   leaving out pairs whose Dice coefficient 2·count / (src_df[a] + tgt_df[b])
 *   is below min_dice (pairs that cannot reach it are not even counted;
 *   tmtool.align.learn counts them with a Counter when this module is not built)
 *
 * consonants(latin, sounds) -> str
 *   tmtool.align.features.reference_skeleton after its transliteration
 *
 * words(text) -> list of str
 *   tmtool.align.features._WORD.findall(text): the words of a text
 *
 * letters(text, ranges) -> (letters, in ranges)
 *   tmtool.align.checks.script_letters: the letters of a text, and its characters in ranges
 *
 * Costs(n, m, kinds, los, his, src, tgt, keys, params)
 *   bead_path's arguments; the object's one(i, j, di, dj), overlap(i, j, di, dj) and
 *   near(i, j, di) are tmtool.align.score.BeadCosts' (IndexError outside the document)
 *
 * recut(src, tgt, kw, params, i, j, i2, j2, ei, ej) -> float
 *   tmtool.align.confidence.Evidence._recut_gain of link beads (i, j, i2 - i, j2 - j) and
 *   (i2, j2, ei, ej)
 *   src/tgt (keys, lengths, clauses): Side.keys (a tuple of frozensets), Side.lengths
 *           and Side.clauses (its lengths(x) and keys(x) called as the Python calls them)
 *   kw      {kind: weight}; a kind not in it weighs 0
 *   params  (w_len, w_keys, neutral, variance, ratio, slack), slack: recut_slack(weights)
 *   The sets whose weights reach the answer are made with the same set operations as
 *   the Python's, so they iterate, and their weights sum, in the same order. Each cut's
 *   floors are read once, and which cuts are looked at is decided first against the
 *   beads' cost as they are (the Python: against the best so far): a cut skipped here or
 *   there could not have won, which the slack makes certain whatever the rounding, so the
 *   answer is the same float; when every cut is skipped it is 0, as base - base is.
 *
 * key_parts(src_keys, tgt_keys, src_mass, tgt_mass, kw, concepts, i, j, di, dj[, costs])
 *   -> (a, b, total, leak, hits, misses, numbers, cover_min)
 *   tmtool.align.confidence.Evidence._key_parts of link bead (i, j, di, dj)
 *   src_keys/tgt_keys  Side.keys (tuples of frozensets); src_mass/tgt_mass  Side.mass
 *   kw {kind: weight} (a kind not in it weighs 0); concepts  the set of concept kinds
 *   The same set operations as the reference's, so the same sets, summed in the same order;
 *   or, given the document's Costs when it numbered these key sets under these weights (whose
 *   sums are exact: see bead_path), the same numbers from the key numbers.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    Py_ssize_t len;
    double *v;
} Vec;

typedef struct {
    Vec lengths, mass, sentences, par, start;
} SideArr;

typedef struct {
    Py_ssize_t n, m;
    SideArr s, t;
    Vec row_lo, row_start, values;
    int has_rows;
    double w_len, w_keys, w_par, neutral, deletion, variance, orphan, ratio;
    int check_par;
} Model;

static int to_vec(PyObject *seq, Vec *out, const char *what) {
    PyObject *fast = PySequence_Fast(seq, what);
    if (!fast) return -1;
    Py_ssize_t len = PySequence_Fast_GET_SIZE(fast);
    out->len = len;
    out->v = (double *)malloc(sizeof(double) * (len ? len : 1));
    if (!out->v) {
        Py_DECREF(fast);
        PyErr_NoMemory();
        return -1;
    }
    PyObject **items = PySequence_Fast_ITEMS(fast);
    for (Py_ssize_t k = 0; k < len; k++) {
        /* an int (a length, a count, a bool) read as float() reads it, without making a float */
        double x = PyLong_Check(items[k]) ? PyLong_AsDouble(items[k]) : PyFloat_AsDouble(items[k]);
        if (x == -1.0 && PyErr_Occurred()) {
            Py_DECREF(fast);
            return -1;
        }
        out->v[k] = x;
    }
    Py_DECREF(fast);
    return 0;
}

static int to_side(PyObject *tuple, SideArr *out) {
    PyObject *a, *b, *c, *d, *e;
    if (!PyArg_ParseTuple(tuple, "OOOOO", &a, &b, &c, &d, &e)) return -1;
    if (to_vec(a, &out->lengths, "lengths") || to_vec(b, &out->mass, "mass") ||
        to_vec(c, &out->sentences, "sentences") || to_vec(d, &out->par, "par") ||
        to_vec(e, &out->start, "par_start"))
        return -1;
    return 0;
}

/* The Python key sets of both sides and the weight of each key kind. */
typedef struct {
    PyObject *skeys, *tkeys; /* PySequence_Fast of frozensets */
    PyObject *kw;            /* dict: kind -> weight */
} Keys;

/* Weight of the keys sentences a and b share (tmtool.align.score.shared_matrix: the
 * same sum, in the set's own order); -1 on error. */
static int shared_weight(const Keys *ks, Py_ssize_t a, Py_ssize_t b, double *out) {
    PyObject *common = PyNumber_And(PySequence_Fast_GET_ITEM(ks->skeys, a), PySequence_Fast_GET_ITEM(ks->tkeys, b));
    if (!common) return -1;
    double total = 0.0;
    PyObject *it = PyObject_GetIter(common), *key;
    if (!it) {
        Py_DECREF(common);
        return -1;
    }
    while ((key = PyIter_Next(it))) {
        PyObject *kind = PyTuple_Check(key) && PyTuple_GET_SIZE(key) ? PyTuple_GET_ITEM(key, 0) : NULL;
        PyObject *w = kind ? PyDict_GetItemWithError(ks->kw, kind) : NULL;
        double x = w ? PyFloat_AsDouble(w) : -1.0;
        Py_DECREF(key);
        if (!w || (x == -1.0 && PyErr_Occurred())) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_KeyError, "a key kind without a weight");
            Py_DECREF(it);
            Py_DECREF(common);
            return -1;
        }
        total += x;
    }
    Py_DECREF(it);
    Py_DECREF(common);
    if (PyErr_Occurred()) return -1;
    *out = total;
    return 0;
}

/* Weighted overlap of source a and target b; 0 outside the matrix or the band. */
static double near(const Model *md, Py_ssize_t a, Py_ssize_t b) {
    if (!(0 <= a && a < md->n && 0 <= b && b < md->m)) return 0.0;
    Py_ssize_t lo = (Py_ssize_t)md->row_lo.v[a];
    Py_ssize_t start = (Py_ssize_t)md->row_start.v[a], stop = (Py_ssize_t)md->row_start.v[a + 1];
    if (!(lo <= b && b < lo + (stop - start))) return 0.0;
    double total = md->s.mass.v[a + 1] - md->s.mass.v[a] + md->t.mass.v[b + 1] - md->t.mass.v[b];
    if (!(total > 0)) return 0.0;
    double sim = 2 * md->values.v[start + b - lo] / total;
    return sim < 1.0 ? sim : 1.0;
}

/* The better of a deletion's two overlaps (near), and 0 when both are below it: BeadCosts.near
 * starts its max from 0 (an overlap is negative only under a negative key weight). */
static double best_near(double x, double y) {
    double z = y > x ? y : x;
    return z > 0.0 ? z : 0.0;
}

static double shared_at(const Model *md, Py_ssize_t a, Py_ssize_t b) {
    Py_ssize_t lo = (Py_ssize_t)md->row_lo.v[a];
    Py_ssize_t start = (Py_ssize_t)md->row_start.v[a], stop = (Py_ssize_t)md->row_start.v[a + 1];
    Py_ssize_t off = b - lo;
    return (off >= 0 && off < stop - start) ? md->values.v[start + off] : 0.0;
}

/* The cost BeadCosts gives the bead of kind di-dj at source i, target j. */
static double bead(const Model *md, Py_ssize_t i, Py_ssize_t di, Py_ssize_t dj, Py_ssize_t j, double prior) {
    const double *sl = md->s.lengths.v, *tl = md->t.lengths.v, *sm = md->s.mass.v, *tm = md->t.mass.v;
    if (!dj) {
        double base = md->deletion * (md->s.sentences.v[i + 1] - md->s.sentences.v[i]);
        if (!md->orphan) return base;
        return base + md->orphan * best_near(near(md, i, j - 1), near(md, i, j));
    }
    if (!di) {
        double base = md->deletion * (md->t.sentences.v[j + 1] - md->t.sentences.v[j]);
        if (!md->orphan) return base;
        return base + md->orphan * best_near(near(md, i - 1, j), near(md, i, j));
    }
    double c = prior;
    if (md->w_len) {
        double ls = sl[i + di] - sl[i], lt = tl[j + dj] - tl[j];
        double mean = (ls + lt / md->ratio) * 0.5;
        if (mean > 0) {
            double p = erfc(fabs(lt - ls * md->ratio) / sqrt(mean * md->variance) * 0.7071067811865476);
            c += md->w_len * (p > 1e-300 ? -log(p) : 690.8);
        }
    }
    if (md->w_keys) {
        double shared = 0.0;
        if (md->has_rows)
            for (Py_ssize_t a = i; a < i + di; a++)
                for (Py_ssize_t d = 0; d < dj; d++) shared = shared + shared_at(md, a, j + d);
        double ms = sm[i + di] - sm[i];
        double total = ms + tm[j + dj] - tm[j];
        if (total > 0) {
            double sim = 2 * shared / total;
            c += md->w_keys * (md->neutral - (sim < 1.0 ? sim : 1.0));
        }
    }
    if (md->check_par) {
        const double *sp = md->s.par.v, *tp = md->t.par.v;
        if (sp[i] != sp[i + di - 1] || tp[j] != tp[j + dj - 1]) c += md->w_par;
        if (md->s.start.v[i] != md->t.start.v[j]) c += md->w_par;
    }
    return c;
}

static void free_model(Model *md) {
    Vec *vs[] = {&md->s.lengths, &md->s.mass, &md->s.sentences, &md->s.par, &md->s.start,
                 &md->t.lengths, &md->t.mass, &md->t.sentences, &md->t.par, &md->t.start,
                 &md->row_lo, &md->row_start, &md->values};
    for (size_t k = 0; k < sizeof(vs) / sizeof(vs[0]); k++) free(vs[k]->v);
}

/* Whether every sum of the weights of kw a document's key sets can make is exact: each weight a
 * multiple of 1/64 of magnitude at most 2^20 (tmtool's are 0.5 to 3), and no set of more than
 * 2^20 keys (number_keys checks), so that no sum passes 2^46 and none is rounded. Then the
 * weights of the keys two sets share add up to the same float in any order, and they can be
 * added in the order of key numbers instead of the order of a Python set made of them. */
static int exact_weights(PyObject *kw) {
    Py_ssize_t pos = 0;
    PyObject *kind, *value;
    while (PyDict_Next(kw, &pos, &kind, &value)) {
        double w = PyFloat_AsDouble(value);
        if (w == -1.0 && PyErr_Occurred()) {
            PyErr_Clear();
            return 0;
        }
        if (!(fabs(w) <= 1048576.0) || w * 64.0 != floor(w * 64.0)) return 0;
    }
    return 1;
}

/* The keys of a document's sentences as numbers, each sentence's sorted: equal keys get one
 * number. An open-addressing table on the hashes the sets store (no key is hashed again; an
 * equal key is most often the same object). weight[id] is the key's weight, weighted[id]
 * whether its kind has one. */
typedef struct {
    PyObject **slot_key;
    Py_hash_t *slot_hash;
    int *slot_id;
    size_t mask;
    double *weight;
    char *weighted;
    int count, room;     /* numbers given; room in weight, weighted and kind */
    int *ids;            /* the sentences' numbers, one after another */
    Py_ssize_t *start;   /* sentence k's are ids[start[k] .. start[k + 1] - 1] */
    int *kind;           /* kind[id]: the key's kind, an index into kinds */
    PyObject **kinds;    /* the kinds met (references held) */
    int nkinds;
    PyObject *skeys, *tkeys; /* the key sets numbered (references held): key_parts checks it is given them */
    PyObject *kw;            /* and the weights (a reference held) */
} Numbering;

/* The table of key addresses let go (the numbers stay). */
static void free_slots(Numbering *nb) {
    free(nb->slot_key);
    free(nb->slot_hash);
    free(nb->slot_id);
    nb->slot_key = NULL;
    nb->slot_hash = NULL;
    nb->slot_id = NULL;
}

static void free_numbering(Numbering *nb) {
    free_slots(nb);
    free(nb->weight);
    free(nb->weighted);
    free(nb->ids);
    free(nb->start);
    free(nb->kind);
    for (int c = 0; c < nb->nkinds; c++) Py_DECREF(nb->kinds[c]);
    free(nb->kinds);
    Py_XDECREF(nb->skeys);
    Py_XDECREF(nb->tkeys);
    Py_XDECREF(nb->kw);
    memset(nb, 0, sizeof(*nb));
}

static size_t slot_for(Py_hash_t hash, size_t mask) {
    return ((size_t)hash * 0x9E3779B97F4A7C15ULL >> 20) & mask;
}

/* Room for one more number: the table of keys kept at most half full and the arrays by number
 * grown, both as the distinct keys come (a long document has far fewer than its keys). */
static int numbering_room(Numbering *nb) {
    if (2 * ((size_t)nb->count + 1) > nb->mask + 1) {
        size_t size = 2 * (nb->mask + 1), mask = size - 1;
        PyObject **keys = (PyObject **)calloc(size, sizeof(PyObject *));
        Py_hash_t *hashes = (Py_hash_t *)malloc(size * sizeof(Py_hash_t));
        int *ids = (int *)malloc(size * sizeof(int));
        if (!keys || !hashes || !ids) {
            free(keys);
            free(hashes);
            free(ids);
            PyErr_NoMemory();
            return -1;
        }
        for (size_t k = 0; k <= nb->mask; k++) {
            if (!nb->slot_key[k]) continue;
            size_t s = slot_for(nb->slot_hash[k], mask);
            while (keys[s]) s = (s + 1) & mask;
            keys[s] = nb->slot_key[k];
            hashes[s] = nb->slot_hash[k];
            ids[s] = nb->slot_id[k];
        }
        free_slots(nb);
        nb->slot_key = keys;
        nb->slot_hash = hashes;
        nb->slot_id = ids;
        nb->mask = mask;
    }
    if (nb->count == nb->room) {
        int room = nb->room ? 2 * nb->room : 256;
        double *weight = (double *)realloc(nb->weight, room * sizeof(double));
        if (weight) nb->weight = weight;
        char *weighted = weight ? (char *)realloc(nb->weighted, room) : NULL;
        if (weighted) nb->weighted = weighted;
        int *kind = weighted ? (int *)realloc(nb->kind, room * sizeof(int)) : NULL;
        if (!kind) {
            PyErr_NoMemory();
            return -1;
        }
        nb->kind = kind;
        nb->room = room;
    }
    return 0;
}

/* The number of a key of the given hash, given one when new; -1 on error. */
static int key_number(Numbering *nb, PyObject *kw, PyObject *key, Py_hash_t hash) {
    size_t s = slot_for(hash, nb->mask);
    while (nb->slot_key[s]) {
        if (nb->slot_hash[s] == hash) {
            int same = nb->slot_key[s] == key ? 1 : PyObject_RichCompareBool(nb->slot_key[s], key, Py_EQ);
            if (same < 0) return -1;
            if (same) return nb->slot_id[s];
        }
        s = (s + 1) & nb->mask;
    }
    if (!PyTuple_Check(key) || !PyTuple_GET_SIZE(key)) return -2; /* not a (kind, value) key */
    if (numbering_room(nb) < 0) return -1;
    s = slot_for(hash, nb->mask); /* the key's empty slot, in the table as it may have grown */
    while (nb->slot_key[s]) s = (s + 1) & nb->mask;
    int id = nb->count++;
    PyObject *kind = PyTuple_GET_ITEM(key, 0);
    int c = 0;
    while (c < nb->nkinds && nb->kinds[c] != kind) c++;
    for (int e = 0; c == nb->nkinds && e < nb->nkinds; e++) {
        int same = PyObject_RichCompareBool(nb->kinds[e], kind, Py_EQ);
        if (same < 0) return -1;
        if (same) c = e;
    }
    if (c == nb->nkinds) {
        PyObject **kinds = (PyObject **)realloc(nb->kinds, (nb->nkinds + 1) * sizeof(PyObject *));
        if (!kinds) {
            PyErr_NoMemory();
            return -1;
        }
        nb->kinds = kinds;
        Py_INCREF(kind);
        nb->kinds[nb->nkinds++] = kind;
    }
    nb->kind[id] = c;
    PyObject *w = PyDict_GetItemWithError(kw, kind);
    if (!w && PyErr_Occurred()) return -1;
    nb->weighted[id] = w != NULL;
    nb->weight[id] = w ? PyFloat_AsDouble(w) : 0.0;
    if (nb->weight[id] == -1.0 && PyErr_Occurred()) return -1;
    nb->slot_key[s] = key;
    nb->slot_hash[s] = hash;
    nb->slot_id[s] = id;
    return id;
}

/* The numbers of the keys of both sides' sentences (source first), or 0 when a side's items
 * are not all sets of at most 2^20 keys (the caller then intersects the sets); -1 on error. */
static int number_keys(const Keys *ks, Numbering *nb) {
    PyObject *sides[2] = {ks->skeys, ks->tkeys};
    Py_ssize_t total = 0, count = PySequence_Fast_GET_SIZE(sides[0]) + PySequence_Fast_GET_SIZE(sides[1]);
    for (int side = 0; side < 2; side++)
        for (Py_ssize_t k = 0; k < PySequence_Fast_GET_SIZE(sides[side]); k++) {
            PyObject *set = PySequence_Fast_GET_ITEM(sides[side], k);
            if (!PyAnySet_Check(set) || PySet_GET_SIZE(set) > 1048576) return 0;
            total += PySet_GET_SIZE(set);
        }
    if (total > 0x7fffffff) return 0;
    nb->mask = 1023;
    nb->slot_key = (PyObject **)calloc(nb->mask + 1, sizeof(PyObject *));
    nb->slot_hash = (Py_hash_t *)malloc((nb->mask + 1) * sizeof(Py_hash_t));
    nb->slot_id = (int *)malloc((nb->mask + 1) * sizeof(int));
    nb->ids = (int *)malloc((total ? total : 1) * sizeof(int));
    nb->start = (Py_ssize_t *)malloc((count + 1) * sizeof(Py_ssize_t));
    if (!nb->slot_key || !nb->slot_hash || !nb->slot_id || !nb->ids || !nb->start) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t at = 0, sentence = 0;
    for (int side = 0; side < 2; side++)
        for (Py_ssize_t k = 0; k < PySequence_Fast_GET_SIZE(sides[side]); k++) {
            nb->start[sentence++] = at;
            Py_ssize_t pos = 0, first = at;
            PyObject *key;
            Py_hash_t hash;
            while (_PySet_NextEntry(PySequence_Fast_GET_ITEM(sides[side], k), &pos, &key, &hash)) {
                int id = key_number(nb, ks->kw, key, hash);
                if (id == -2) {
                    free_numbering(nb);
                    return 0;
                }
                if (id < 0) return -1;
                /* insertion sort: a sentence has a few dozen keys */
                Py_ssize_t place = at++;
                while (place > first && nb->ids[place - 1] > id) {
                    nb->ids[place] = nb->ids[place - 1];
                    place--;
                }
                nb->ids[place] = id;
            }
        }
    nb->start[sentence] = at;
    Py_INCREF(ks->skeys);
    Py_INCREF(ks->tkeys);
    nb->skeys = ks->skeys;
    nb->tkeys = ks->tkeys;
    Py_INCREF(ks->kw);
    nb->kw = ks->kw;
    free_slots(nb);  /* no key object is looked up again */
    return 1;
}

/* The weight of the keys source a and target b share (shared_weight), from their numbers. */
static int shared_by_number(const Numbering *nb, Py_ssize_t a, Py_ssize_t b, Py_ssize_t n, double *out) {
    const int *x = nb->ids + nb->start[a], *x_end = nb->ids + nb->start[a + 1];
    const int *y = nb->ids + nb->start[n + b], *y_end = nb->ids + nb->start[n + b + 1];
    double total = 0.0;
    while (x < x_end && y < y_end) {
        if (*x < *y) {
            x++;
        } else if (*y < *x) {
            y++;
        } else {
            if (!nb->weighted[*x]) {
                PyErr_SetString(PyExc_KeyError, "a key kind without a weight");
                return -1;
            }
            total += nb->weight[*x];
            x++;
            y++;
        }
    }
    *out = total;
    return 0;
}

/* The weights each source sentence shares with the targets a bead through its row
 * can reach inside the band (tmtool.align.score.shared_matrix). */
static int shared_rows(PyObject *keys_obj, Model *md, const Vec *los, const Vec *his, Numbering *nb) {
    Keys ks = {0};
    PyObject *s_o, *t_o;
    if (!PyArg_ParseTuple(keys_obj, "OOO!", &s_o, &t_o, &PyDict_Type, &ks.kw)) return -1;
    int rc = -1;
    ks.skeys = PySequence_Fast(s_o, "source keys");
    ks.tkeys = ks.skeys ? PySequence_Fast(t_o, "target keys") : NULL;
    if (!ks.tkeys) goto out;
    Py_ssize_t n = md->n, m = md->m;
    if (PySequence_Fast_GET_SIZE(ks.skeys) != n || PySequence_Fast_GET_SIZE(ks.tkeys) != m) {
        PyErr_SetString(PyExc_ValueError, "key lists do not match n and m");
        goto out;
    }
    md->row_lo.v = (double *)malloc(sizeof(double) * n);
    md->row_start.v = (double *)malloc(sizeof(double) * (n + 1));
    if (!md->row_lo.v || !md->row_start.v) {
        PyErr_NoMemory();
        goto out;
    }
    md->row_lo.len = n;
    md->row_start.len = n + 1;
    Py_ssize_t total = 0;
    for (Py_ssize_t a = 0; a < n; a++) {
        Py_ssize_t lo = (Py_ssize_t)los->v[a - 2 > 0 ? a - 2 : 0], hi = (Py_ssize_t)his->v[a + 3 < n ? a + 3 : n];
        md->row_lo.v[a] = (double)lo;
        md->row_start.v[a] = (double)total;
        total += hi > lo ? hi - lo : 0;
    }
    md->row_start.v[n] = (double)total;
    md->values.v = (double *)malloc(sizeof(double) * (total ? total : 1));
    if (!md->values.v) {
        PyErr_NoMemory();
        goto out;
    }
    md->values.len = total;
    /* Intersecting Python sets was most of the DP's time: with weights whose sums are exact, the
     * keys are numbered once and each pair's shared keys found by merging sorted numbers. */
    int numbered = exact_weights(ks.kw) ? number_keys(&ks, nb) : 0;
    if (numbered < 0) goto out;
    for (Py_ssize_t a = 0; a < n; a++) {
        Py_ssize_t lo = (Py_ssize_t)md->row_lo.v[a], start = (Py_ssize_t)md->row_start.v[a];
        Py_ssize_t stop = (Py_ssize_t)md->row_start.v[a + 1];
        Py_ssize_t size = PyObject_Size(PySequence_Fast_GET_ITEM(ks.skeys, a));
        if (size < 0) goto out;
        int empty = size == 0;
        for (Py_ssize_t b = lo; b < lo + (stop - start); b++) {
            double x = 0.0;
            if (!empty && (numbered ? shared_by_number(nb, a, b, n, &x) : shared_weight(&ks, a, b, &x)) < 0) goto out;
            md->values.v[start + b - lo] = x;
        }
    }
    rc = 0;
out:
    Py_XDECREF(ks.skeys);
    Py_XDECREF(ks.tkeys);
    return rc;
}

/* A document's model and its bead kinds from the arguments bead_path and Costs share
 * (n, m, kinds, los, his, src, tgt, keys, params); los/his are kept for the DP. On
 * error: -1, with whatever was allocated left for release_args. */
typedef struct {
    Model md;
    Vec los, his, priors, di_of, dj_of;
    Py_ssize_t nk;
    Numbering nb; /* the keys numbered, when they are (skeys set) */
} Args;

static void release_args(Args *x) {
    free_model(&x->md);
    free_numbering(&x->nb);
    free(x->los.v);
    free(x->his.v);
    free(x->priors.v);
    free(x->di_of.v);
    free(x->dj_of.v);
}

static int parse_args(PyObject *args, Args *x) {
    Py_ssize_t n, m;
    PyObject *kinds_obj, *los_obj, *his_obj, *src_obj, *tgt_obj, *keys_obj, *params_obj, *priors_o;
    if (!PyArg_ParseTuple(args, "nnOOOOOOO", &n, &m, &kinds_obj, &los_obj, &his_obj, &src_obj, &tgt_obj,
                          &keys_obj, &params_obj))
        return -1;
    if (n <= 0 || m <= 0) {
        PyErr_SetString(PyExc_ValueError, "the kernel needs both sides non-empty");
        return -1;
    }
    Model *md = &x->md;
    md->n = n;
    md->m = m;
    if (to_vec(los_obj, &x->los, "los") || to_vec(his_obj, &x->his, "his")) return -1;
    if (x->los.len != n + 1 || x->his.len != n + 1) {
        PyErr_SetString(PyExc_ValueError, "bounds must have n + 1 rows");
        return -1;
    }
    for (Py_ssize_t i = 0; i <= n; i++) {
        Py_ssize_t lo = (Py_ssize_t)x->los.v[i], hi = (Py_ssize_t)x->his.v[i];
        if (lo < 0 || hi > m || hi < lo) {
            PyErr_SetString(PyExc_ValueError, "bounds out of range");
            return -1;
        }
    }
    if (to_side(src_obj, &md->s) || to_side(tgt_obj, &md->t)) return -1;
    if (md->s.lengths.len != n + 1 || md->t.lengths.len != m + 1 || md->s.mass.len != n + 1 ||
        md->t.mass.len != m + 1 || md->s.sentences.len != n + 1 || md->t.sentences.len != m + 1 ||
        md->s.par.len != n || md->t.par.len != m || md->s.start.len != n || md->t.start.len != m) {
        PyErr_SetString(PyExc_ValueError, "side arrays do not match n and m");
        return -1;
    }
    if (keys_obj != Py_None && shared_rows(keys_obj, md, &x->los, &x->his, &x->nb) < 0) return -1;
    md->has_rows = keys_obj != Py_None;
    if (!PyArg_ParseTuple(params_obj, "ddddddddpO", &md->w_len, &md->w_keys, &md->w_par, &md->neutral,
                          &md->deletion, &md->variance, &md->orphan, &md->ratio, &md->check_par, &priors_o))
        return -1;
    if (!md->has_rows) md->orphan = 0.0;
    if (to_vec(priors_o, &x->priors, "priors")) return -1;

    PyObject *kinds_fast = PySequence_Fast(kinds_obj, "kinds");
    if (!kinds_fast) return -1;
    int rc = -1;
    Py_ssize_t nk = x->nk = PySequence_Fast_GET_SIZE(kinds_fast);
    if (x->priors.len != nk) {
        PyErr_SetString(PyExc_ValueError, "one prior per kind");
        goto out;
    }
    x->di_of.v = (double *)malloc(sizeof(double) * (nk ? nk : 1));
    x->dj_of.v = (double *)malloc(sizeof(double) * (nk ? nk : 1));
    if (!x->di_of.v || !x->dj_of.v) {
        PyErr_NoMemory();
        goto out;
    }
    for (Py_ssize_t k = 0; k < nk; k++) {
        Py_ssize_t a, b;
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(kinds_fast, k), "nn", &a, &b)) goto out;
        if (a < 0 || b < 0 || (a == 0 && b == 0)) {
            PyErr_SetString(PyExc_ValueError, "bad bead kind");
            goto out;
        }
        x->di_of.v[k] = (double)a;
        x->dj_of.v[k] = (double)b;
    }
    rc = 0;
out:
    Py_DECREF(kinds_fast);
    return rc;
}

static PyObject *bead_path(PyObject *self, PyObject *args) {
    Args x = {0};
    if (parse_args(args, &x) < 0) {
        release_args(&x);
        return NULL;
    }
    double *cost = NULL, *stepc = NULL;
    int *back = NULL;
    Py_ssize_t *offset = NULL;
    PyObject *result = NULL;
    const Model md = x.md;
    const Vec los = x.los, his = x.his, priors = x.priors, di_of = x.di_of, dj_of = x.dj_of;
    const Py_ssize_t n = md.n, m = md.m, nk = x.nk;

    offset = (Py_ssize_t *)malloc(sizeof(Py_ssize_t) * (n + 2));
    if (!offset) {
        PyErr_NoMemory();
        goto done;
    }
    offset[0] = 0;
    for (Py_ssize_t i = 0; i <= n; i++) offset[i + 1] = offset[i] + (Py_ssize_t)his.v[i] - (Py_ssize_t)los.v[i] + 1;
    cost = (double *)malloc(sizeof(double) * offset[n + 1]);
    stepc = (double *)malloc(sizeof(double) * offset[n + 1]);
    back = (int *)malloc(sizeof(int) * offset[n + 1]);
    if (!cost || !stepc || !back) {
        PyErr_NoMemory();
        goto done;
    }

    for (Py_ssize_t i = 0; i <= n; i++) {
        Py_ssize_t lo = (Py_ssize_t)los.v[i], hi = (Py_ssize_t)his.v[i];
        double *row = cost + offset[i], *step = stepc + offset[i];
        int *bk = back + offset[i];
        for (Py_ssize_t t = 0; t <= hi - lo; t++) {
            row[t] = INFINITY;
            bk[t] = -1;
            step[t] = 0.0;
        }
        if (i == 0 && lo == 0) row[0] = 0.0;
        for (Py_ssize_t k = 0; k < nk; k++) {
            Py_ssize_t di = (Py_ssize_t)di_of.v[k], dj = (Py_ssize_t)dj_of.v[k];
            if (!di) continue;
            Py_ssize_t pi = i - di;
            if (pi < 0) continue;
            Py_ssize_t plo = (Py_ssize_t)los.v[pi], phi = (Py_ssize_t)his.v[pi];
            Py_ssize_t a = lo > plo + dj ? lo : plo + dj, b = hi < phi + dj ? hi : phi + dj;
            const double *prev = cost + offset[pi];
            for (Py_ssize_t j = a; j <= b; j++) {
                double bc = bead(&md, pi, di, dj, j - dj, priors.v[k]);
                double c = prev[j - dj - plo] + bc;
                if (c < row[j - lo]) {
                    row[j - lo] = c;
                    bk[j - lo] = (int)k;
                    step[j - lo] = bc;
                }
            }
        }
        for (Py_ssize_t j = lo; j <= hi; j++) {
            for (Py_ssize_t k = 0; k < nk; k++) {
                Py_ssize_t di = (Py_ssize_t)di_of.v[k], dj = (Py_ssize_t)dj_of.v[k];
                if (di || j - dj < lo) continue;
                double bc = bead(&md, i, 0, dj, j - dj, priors.v[k]);
                double c = row[j - dj - lo] + bc;
                if (c < row[j - lo]) {
                    row[j - lo] = c;
                    bk[j - lo] = (int)k;
                    step[j - lo] = bc;
                }
            }
        }
    }

    if (!(m - (Py_ssize_t)los.v[n] >= 0 && m <= (Py_ssize_t)his.v[n]) ||
        isinf(cost[offset[n] + m - (Py_ssize_t)los.v[n]])) {
        PyErr_SetString(PyExc_ValueError, "no bead sequence covers the document");
        goto done;
    }
    result = PyList_New(0);
    if (!result) goto done;
    Py_ssize_t i = n, j = m;
    while (i || j) {
        Py_ssize_t cell = offset[i] + j - (Py_ssize_t)los.v[i];
        int k = back[cell];
        if (k < 0) {
            Py_CLEAR(result);
            PyErr_SetString(PyExc_RuntimeError, "broken back pointer");
            goto done;
        }
        Py_ssize_t di = (Py_ssize_t)di_of.v[k], dj = (Py_ssize_t)dj_of.v[k];
        PyObject *step = Py_BuildValue("(nnnnd)", i - di, j - dj, di, dj, stepc[cell]);
        if (!step || PyList_Append(result, step) < 0) {
            Py_XDECREF(step);
            Py_CLEAR(result);
            goto done;
        }
        Py_DECREF(step);
        i -= di;
        j -= dj;
    }
    if (PyList_Reverse(result) < 0) Py_CLEAR(result);

done:
    release_args(&x);
    free(offset);
    free(cost);
    free(stepc);
    free(back);
    return result;
}

/* -- Costs: tmtool.align.score.BeadCosts for the few beads of a finished path ------- */

typedef struct {
    PyObject_HEAD
    Args x;
} CostsObject;

static void costs_dealloc(CostsObject *self) {
    release_args(&self->x);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *costs_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    if (kwds && PyDict_Size(kwds)) {
        PyErr_SetString(PyExc_TypeError, "Costs takes no keyword arguments");
        return NULL;
    }
    CostsObject *self = (CostsObject *)type->tp_alloc(type, 0);
    if (!self) return NULL;
    if (parse_args(args, &self->x) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

/* (i, j, di, dj) of a bead inside the document, or -1 with IndexError. */
static int bead_args(const Model *md, PyObject *const *args, Py_ssize_t nargs, Py_ssize_t want, Py_ssize_t *v) {
    if (nargs != want) {
        PyErr_Format(PyExc_TypeError, "expected %zd arguments", want);
        return -1;
    }
    for (Py_ssize_t k = 0; k < want; k++) {
        v[k] = PyLong_AsSsize_t(args[k]);
        if (v[k] == -1 && PyErr_Occurred()) return -1;
    }
    Py_ssize_t i = v[0], j = v[1], di = v[2], dj = want > 3 ? v[3] : !di;
    if (i < 0 || j < 0 || di < 0 || dj < 0 || !(di || dj) || i + di > md->n || j + dj > md->m) {
        PyErr_SetString(PyExc_IndexError, "bead outside the document");
        return -1;
    }
    return 0;
}

/* BeadCosts.one(i, j, di, dj); a link kind without a prior is a KeyError, as in Python. */
static PyObject *costs_one(CostsObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_ssize_t v[4];
    if (bead_args(&self->x.md, args, nargs, 4, v) < 0) return NULL;
    double prior = 0.0;
    if (v[2] && v[3]) {
        Py_ssize_t k = 0;
        while (k < self->x.nk && !(self->x.di_of.v[k] == v[2] && self->x.dj_of.v[k] == v[3])) k++;
        if (k == self->x.nk) {
            PyErr_Format(PyExc_KeyError, "no prior for a %zd-%zd bead", v[2], v[3]);
            return NULL;
        }
        prior = self->x.priors.v[k];
    }
    return PyFloat_FromDouble(bead(&self->x.md, v[0], v[2], v[3], v[1], prior));
}

/* BeadCosts.overlap(i, j, di, dj): None when neither side has keys. */
static PyObject *costs_overlap(CostsObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_ssize_t v[4];
    const Model *md = &self->x.md;
    if (bead_args(md, args, nargs, 4, v) < 0) return NULL;
    Py_ssize_t i = v[0], j = v[1], di = v[2], dj = v[3];
    double total = md->s.mass.v[i + di] - md->s.mass.v[i] + md->t.mass.v[j + dj] - md->t.mass.v[j];
    if (!(total > 0)) Py_RETURN_NONE;
    double shared = 0.0;
    if (md->has_rows)
        for (Py_ssize_t a = i; a < i + di; a++)
            for (Py_ssize_t d = 0; d < dj; d++) shared = shared + shared_at(md, a, j + d);
    double sim = 2 * shared / total;
    return PyFloat_FromDouble(sim < 1.0 ? sim : 1.0);
}

/* BeadCosts.near(i, j, di): a deleted sentence's best overlap with its neighbours' places. */
static PyObject *costs_near(CostsObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_ssize_t v[3];
    const Model *md = &self->x.md;
    if (bead_args(md, args, nargs, 3, v) < 0) return NULL;
    if (!md->has_rows) return PyFloat_FromDouble(0.0);
    Py_ssize_t i = v[0], j = v[1];
    double x = v[2] ? near(md, i, j - 1) : near(md, i - 1, j), y = near(md, i, j);
    return PyFloat_FromDouble(best_near(x, y));
}

static PyMethodDef costs_methods[] = {
    {"one", (PyCFunction)(void (*)(void))costs_one, METH_FASTCALL, "The cost of one bead."},
    {"overlap", (PyCFunction)(void (*)(void))costs_overlap, METH_FASTCALL, "A bead's weighted Dice overlap."},
    {"near", (PyCFunction)(void (*)(void))costs_near, METH_FASTCALL, "A deletion's overlap with its neighbours."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject CostsType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "tmtool.align._fast.Costs",
    .tp_basicsize = sizeof(CostsObject),
    .tp_dealloc = (destructor)costs_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "BeadCosts' one, overlap and near, compiled (see the module source).",
    .tp_methods = costs_methods,
    .tp_new = costs_new,
};

/* -- skeleton: tmtool.align.features.skeleton after transliteration ------------------ */

/* The letters features._NO_VOWELS deletes after the first, and those dropped when first. */
static int deleted(Py_UCS4 c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'h' || c == '\'' ||
           c == 0x2019 || c == '-';
}

static int leading_vowel(Py_UCS4 c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* consonants(latin, sounds): the sound replacements in order, then the first letter and
 * the consonants after it, a leading vowel dropped, runs of one letter made one. */
static PyObject *consonants(PyObject *self, PyObject *args) {
    PyObject *text, *sounds;
    if (!PyArg_ParseTuple(args, "UO!", &text, &PyTuple_Type, &sounds)) return NULL;
    Py_INCREF(text);
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(sounds); k++) {
        PyObject *a, *b;
        if (!PyArg_ParseTuple(PyTuple_GET_ITEM(sounds, k), "UU", &a, &b)) {
            Py_DECREF(text);
            return NULL;
        }
        PyObject *next = PyUnicode_Replace(text, a, b, -1);
        Py_DECREF(text);
        if (!next) return NULL;
        text = next;
    }
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    Py_UCS4 *in = PyUnicode_AsUCS4Copy(text);
    Py_DECREF(text);
    if (!in) return NULL;
    Py_UCS4 *out = (Py_UCS4 *)PyMem_Malloc(sizeof(Py_UCS4) * (len ? len : 1));
    if (!out) {
        PyMem_Free(in);
        return PyErr_NoMemory();
    }
    Py_ssize_t n = 0;
    for (Py_ssize_t k = 0; k < len; k++)
        if (k == 0 || !deleted(in[k])) out[n++] = in[k];
    Py_ssize_t m = 0;
    for (Py_ssize_t k = n && leading_vowel(out[0]) ? 1 : 0; k < n; k++) {
        Py_UCS4 c = out[k];
        if (m && out[m - 1] == c && c != '\n') continue; /* the regular expression's "." is not a newline */
        out[m++] = c;
    }
    PyObject *result = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, m);
    PyMem_Free(in);
    PyMem_Free(out);
    return result;
}

/* -- words: tmtool.align.features._WORD.findall ---------------------------------------- */

/* A character of the class [^\W\d_] of Python's re on a str pattern: a word character
 * (Py_UNICODE_ISALNUM, or "_") that is neither a decimal digit nor "_". */
static int word_char(Py_UCS4 c) {
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return Py_UNICODE_ISALNUM(c) && !Py_UNICODE_ISDECIMAL(c);
}

/* What may join two runs of word characters into one word: the pattern's [-'’]. */
static int word_joint(Py_UCS4 c) {
    return c == '-' || c == '\'' || c == 0x2019;
}

/* words(text) -> list of str: the matches of [^\W\d_]+(?:[-'’][^\W\d_]+)* in text, as
 * re.findall finds them (leftmost, each as long as it can be, none overlapping). */
static PyObject *words(PyObject *self, PyObject *arg) {
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "words() takes a str");
        return NULL;
    }
    if (PyUnicode_READY(arg) < 0) return NULL;
    int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg), pos = 0;
    PyObject *out = PyList_New(0);
    if (!out) return NULL;
    while (pos < n) {
        if (!word_char(PyUnicode_READ(kind, data, pos))) {
            pos++;
            continue;
        }
        Py_ssize_t start = pos;
        while (pos < n && word_char(PyUnicode_READ(kind, data, pos))) pos++;
        while (pos + 1 < n && word_joint(PyUnicode_READ(kind, data, pos)) &&
               word_char(PyUnicode_READ(kind, data, pos + 1))) {
            pos++;
            while (pos < n && word_char(PyUnicode_READ(kind, data, pos))) pos++;
        }
        PyObject *word = PyUnicode_Substring(arg, start, pos);
        if (!word || PyList_Append(out, word) < 0) {
            Py_XDECREF(word);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(word);
    }
    return out;
}

/* letters(text, ranges) -> (letters, in ranges): how many characters of text are of the class
 * [^\W\d_] (as words reads them), and how many fall in one of ranges, a sequence of (first,
 * last) code points (tmtool.align.checks.script_letters). */
static PyObject *letters(PyObject *self, PyObject *args) {
    PyObject *text, *ranges_o;
    if (!PyArg_ParseTuple(args, "UO", &text, &ranges_o)) return NULL;
    PyObject *ranges = PySequence_Fast(ranges_o, "ranges");
    if (!ranges) return NULL;
    Py_ssize_t nr = PySequence_Fast_GET_SIZE(ranges);
    long *bounds = (long *)PyMem_Malloc(sizeof(long) * 2 * (nr ? nr : 1));
    if (!bounds) {
        Py_DECREF(ranges);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t r = 0; r < nr; r++)
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(ranges, r), "ll", &bounds[2 * r], &bounds[2 * r + 1])) {
            PyMem_Free(bounds);
            Py_DECREF(ranges);
            return NULL;
        }
    Py_DECREF(ranges);
    if (PyUnicode_READY(text) < 0) {
        PyMem_Free(bounds);
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), count = 0, inside = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        count += word_char(c);
        for (Py_ssize_t r = 0; r < nr; r++)
            if (bounds[2 * r] <= (long)c && (long)c <= bounds[2 * r + 1]) {
                inside++;
                break;
            }
    }
    PyMem_Free(bounds);
    return Py_BuildValue("(nn)", count, inside);
}

/* -- co-occurrence counts: every pair seen, sorted, counted in runs --------------------- */

/* The pairs seen, as a * (target ids) + b: appended, then sorted by radix, so that equal pairs
 * stand together. A hash table of counts was a cache miss per pair seen (340,000 on the WMT
 * ru–en documents, in a table of 8 MB); a radix sort reads and writes each pair a few times
 * in order. */
typedef struct {
    unsigned long long *v;
    size_t len, size;
} Pairs;

static int pairs_add(Pairs *ps, unsigned long long key) {
    if (ps->len == ps->size) {
        size_t size = ps->size ? ps->size * 2 : 1 << 16;
        unsigned long long *v = (unsigned long long *)realloc(ps->v, size * sizeof(*v));
        if (!v) return -1;
        ps->v = v;
        ps->size = size;
    }
    ps->v[ps->len++] = key;
    return 0;
}

/* ps sorted in place (least significant digit first, digits of at most 13 bits), every key
 * below `limit`. -1 when out of memory. */
static int pairs_sort(Pairs *ps, unsigned long long limit) {
    int bits = 0;
    while (bits < 64 && (limit - 1) >> bits) bits++;
    int passes = (bits + 12) / 13, width = passes ? (bits + passes - 1) / passes : 0;
    if (!passes || ps->len < 2) return 0;
    unsigned long long *tmp = (unsigned long long *)malloc(ps->len * sizeof(*tmp));
    size_t *counts = (size_t *)malloc(((size_t)1 << width) * sizeof(*counts));
    if (!tmp || !counts) {
        free(tmp);
        free(counts);
        return -1;
    }
    unsigned long long *from = ps->v, *to = tmp, mask = (1ULL << width) - 1;
    for (int pass = 0; pass < passes; pass++) {
        int shift = pass * width;
        memset(counts, 0, ((size_t)1 << width) * sizeof(*counts));
        for (size_t k = 0; k < ps->len; k++) counts[(from[k] >> shift) & mask]++;
        size_t at = 0;
        for (size_t d = 0; d <= mask; d++) {
            size_t c = counts[d];
            counts[d] = at;
            at += c;
        }
        for (size_t k = 0; k < ps->len; k++) to[counts[(from[k] >> shift) & mask]++] = from[k];
        unsigned long long *t = from;
        from = to;
        to = t;
    }
    if (from != ps->v) memcpy(ps->v, from, ps->len * sizeof(*from));
    free(tmp);
    free(counts);
    return 0;
}

/* The ids of the stems of `seq` that `ids` (a dict: stem -> id) has, in order; the others are
 * left out. -1 on error. */
static int ids_of(PyObject *seq, PyObject *ids, long **out, Py_ssize_t *len) {
    PyObject *fast = PySequence_Fast(seq, "stems");
    if (!fast) return -1;
    Py_ssize_t size = PySequence_Fast_GET_SIZE(fast);
    *len = 0;
    *out = (long *)malloc(sizeof(long) * (size ? size : 1));
    if (!*out) {
        Py_DECREF(fast);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t k = 0; k < size; k++) {
        PyObject *id = PyDict_GetItemWithError(ids, PySequence_Fast_GET_ITEM(fast, k));
        long v = id ? PyLong_AsLong(id) : -1;
        if (!id && !PyErr_Occurred()) continue;
        if ((v == -1 && PyErr_Occurred()) || v < 0 || v > 0x7fffffffL) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "ids must be in 0 .. 2**31 - 1");
            Py_DECREF(fast);
            free(*out);
            *out = NULL;
            return -1;
        }
        (*out)[(*len)++] = v;
    }
    Py_DECREF(fast);
    return 0;
}

static PyObject *count_pairs(PyObject *self, PyObject *args) {
    PyObject *stemmed, *src_ids, *tgt_ids, *src_df_o, *tgt_df_o;
    Py_ssize_t min_count;
    double min_dice;
    if (!PyArg_ParseTuple(args, "OO!O!nOOd", &stemmed, &PyDict_Type, &src_ids, &PyDict_Type, &tgt_ids, &min_count,
                          &src_df_o, &tgt_df_o, &min_dice))
        return NULL;
    Vec src_df = {0}, tgt_df = {0};
    if (to_vec(src_df_o, &src_df, "source document frequencies") ||
        to_vec(tgt_df_o, &tgt_df, "target document frequencies")) {
        free(src_df.v);
        free(tgt_df.v);
        return NULL;
    }
    PyObject *items = PySequence_Fast(stemmed, "stemmed");
    if (!items) {
        free(src_df.v);
        free(tgt_df.v);
        return NULL;
    }
    Pairs ps = {0};
    unsigned long long width = (unsigned long long)(tgt_df.len ? tgt_df.len : 1);
    PyObject *result = NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(items);
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *src_o, *tgt_o;
        long *src = NULL, *tgt = NULL;
        Py_ssize_t ns, nt;
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(items, k), "OO", &src_o, &tgt_o)) goto done;
        if (ids_of(src_o, src_ids, &src, &ns) < 0) goto done;
        if (ids_of(tgt_o, tgt_ids, &tgt, &nt) < 0) {
            free(src);
            goto done;
        }
        for (Py_ssize_t a = 0; a < ns; a++)
            for (Py_ssize_t b = 0; b < nt; b++) {
                if (src[a] >= src_df.len || tgt[b] >= tgt_df.len) {
                    free(src);
                    free(tgt);
                    PyErr_SetString(PyExc_ValueError, "an id without a document frequency");
                    goto done;
                }
                /* Dice can be at most 2·min(df) / (df + df): the same division as Python's */
                double da = src_df.v[src[a]], db = tgt_df.v[tgt[b]];
                if (2.0 * (da < db ? da : db) / (da + db) < min_dice) continue;
                if (pairs_add(&ps, (unsigned long long)src[a] * width + (unsigned long long)tgt[b]) < 0) {
                    free(src);
                    free(tgt);
                    PyErr_NoMemory();
                    goto done;
                }
            }
        free(src);
        free(tgt);
    }
    if (pairs_sort(&ps, (unsigned long long)(src_df.len ? src_df.len : 1) * width) < 0) {
        PyErr_NoMemory();
        goto done;
    }
    result = PyList_New(0);
    if (!result) goto done;
    for (size_t s = 0, next; s < ps.len; s = next) {
        unsigned long long key = ps.v[s];
        next = s + 1;
        while (next < ps.len && ps.v[next] == key) next++;
        Py_ssize_t count = (Py_ssize_t)(next - s);
        if (count < min_count) continue;
        unsigned long long a = key / width, b = key % width;
        /* the caller's Dice coefficient, 2·count / (df + df): whole numbers below 2^53, so
         * the same correctly rounded division as Python's */
        double dice = (double)(2 * count) / (src_df.v[a] + tgt_df.v[b]);
        if (dice < min_dice) continue;
        PyObject *t = Py_BuildValue("(kkn)", (unsigned long)a, (unsigned long)b, count);
        if (!t || PyList_Append(result, t) < 0) {
            Py_XDECREF(t);
            Py_CLEAR(result);
            goto done;
        }
        Py_DECREF(t);
    }
done:
    Py_DECREF(items);
    free(ps.v);
    free(src_df.v);
    free(tgt_df.v);
    return result;
}

/* ---- recut: tmtool.align.confidence.Evidence._recut_gain ---------------------------- */

/* What one recut works with: every Python object it makes is kept in `own` and freed with
 * it, so the many early returns on errors leak nothing. */
typedef struct {
    PyObject *own, *kw;
    double w_len, w_keys, neutral, variance, ratio, slack;
} Recut;

typedef struct {
    PyObject *keys, *lengths, *clauses; /* key sets (a tuple), cumulative lengths, Clauses */
} RSide;

/* o (a new reference, or NULL on error), owned by r from now on. */
static PyObject *keep(Recut *r, PyObject *o) {
    if (!o) return NULL;
    int err = PyList_Append(r->own, o);
    Py_DECREF(o);
    return err ? NULL : o;
}

/* Evidence.weight: the weights of a set's keys by kind (an unweighted kind weighs 0),
 * summed in the set's own order. */
static int weigh(const Recut *r, PyObject *keys, double *out) {
    double total = 0.0;
    PyObject *it = PyObject_GetIter(keys), *key;
    if (!it) return -1;
    while ((key = PyIter_Next(it))) {
        PyObject *kind = PyTuple_Check(key) && PyTuple_GET_SIZE(key) ? PyTuple_GET_ITEM(key, 0) : NULL;
        PyObject *w = kind ? PyDict_GetItemWithError(r->kw, kind) : NULL;
        double x = w ? PyFloat_AsDouble(w) : 0.0;
        Py_DECREF(key);
        if (!kind || (!w && PyErr_Occurred()) || (x == -1.0 && PyErr_Occurred())) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "a key is not a (kind, value) tuple");
            Py_DECREF(it);
            return -1;
        }
        total += x;
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) return -1;
    *out = total;
    return 0;
}

/* The weight of the keys of a that are in `in` and not in `out` (either may be NULL: no
 * condition); what only bounds the result (recut_floor), where the order of the sum does
 * not matter. Set operations, not a test per key: they reuse the keys' stored hashes. */
static int weigh_in(Recut *r, PyObject *a, PyObject *in, PyObject *out, double *total) {
    if (out && !(a = keep(r, PyNumber_Subtract(a, out)))) return -1;
    if (in && !(a = keep(r, PyNumber_And(a, in)))) return -1;
    return weigh(r, a, total);
}

/* A binary set operation (PyNumber_And, ...), its result kept by r. */
static PyObject *op(Recut *r, PyObject *(*f)(PyObject *, PyObject *), PyObject *a, PyObject *b) {
    return keep(r, f(a, b));
}

/* The keys of sentences a..b-1 of a side: its own set for one sentence, else their union
 * made as the reference makes it (frozenset().union(*keys[a:b])), so that it iterates
 * (and its weight sums) in the same order. */
static PyObject *span(Recut *r, PyObject *keys, Py_ssize_t a, Py_ssize_t b) {
    if (b == a + 1) return PyTuple_GET_ITEM(keys, a);
    PyObject *empty = keep(r, PyFrozenSet_New(NULL));
    PyObject *parts = keep(r, PyTuple_GetSlice(keys, a, b));
    PyObject *union_ = empty ? keep(r, PyObject_GetAttrString(empty, "union")) : NULL;
    return parts && union_ ? keep(r, PyObject_Call(union_, parts, NULL)) : NULL;
}

/* tmtool.align.score.content_cost without a prior, in its order of operations. */
static double content(const Recut *r, double ls, double lt, double shared, double total) {
    double c = 0.0;
    if (r->w_len) {
        double lc = 0.0, mean = (ls + lt / r->ratio) * 0.5;
        if (mean > 0) {
            double p = erfc(fabs(lt - ls * r->ratio) / sqrt(mean * r->variance) * 0.7071067811865476);
            lc = p > 1e-300 ? -log(p) : 690.8;
        }
        c += r->w_len * lc;
    }
    if (r->w_keys && total > 0) {
        double sim = 2 * shared / total;
        c += r->w_keys * (r->neutral - (sim < 1.0 ? sim : 1.0));
    }
    return c;
}

static int length_at(PyObject *lengths, Py_ssize_t k, long long *out) {
    PyObject *x = PySequence_GetItem(lengths, k);
    if (!x) return -1;
    *out = PyLong_AsLongLong(x);
    Py_DECREF(x);
    return *out == -1 && PyErr_Occurred() ? -1 : 0;
}

/* One cut of the reference's loop, as far as its floors: sentence x of a side, bead k taking
 * the sentences start..x-1 and x's head, bead k + 1 x's tail and x+1..end-1. Read once (by
 * recut_floor) and used by recut_cut when the cut is looked at. */
typedef struct {
    Py_ssize_t x, count;          /* count: x's clauses (its lengths) */
    long long l1, whole;          /* bead k's length before x, both beads' length on this side */
    PyObject *one, *tail;         /* bead k's keys before x; bead k + 1's after x (owned by the Recut) */
    double w_one, shared_one;     /* the weight of one, and of one & o1 */
    double lowest;                /* the least floor */
    void *block;                  /* x's clause lengths, the floor of each cut, the tails */
    long long *sizes;
    double *floors;
    PyObject **tails;
} Cut;

/* The floors of a cut (the reference's `floors`, its sums in its order) against the other
 * side's keys of each bead (o1, o2, of weights wo1, wo2) and its lengths (lo1, lo2). */
static int recut_floor(Recut *r, const RSide *side, int is_src, Py_ssize_t start, Py_ssize_t x, Py_ssize_t end,
                       PyObject *o1, PyObject *o2, double wo1, double wo2, double lo1, double lo2, Cut *cut) {
    long long l_start, l_x, l_end;
    if (length_at(side->lengths, start, &l_start) || length_at(side->lengths, x, &l_x) ||
        length_at(side->lengths, end, &l_end))
        return -1;
    PyObject *sizes_obj = keep(r, PyObject_CallMethod(side->clauses, "lengths", "n", x));
    PyObject *sizes = sizes_obj ? keep(r, PySequence_Tuple(sizes_obj)) : NULL;
    if (!sizes) return -1;
    Py_ssize_t count = PyTuple_GET_SIZE(sizes);
    cut->block = PyMem_Malloc((count + 1) * (sizeof(long long) + sizeof(double) + sizeof(PyObject *)));
    if (!cut->block) {
        PyErr_NoMemory();
        return -1;
    }
    cut->sizes = (long long *)cut->block;
    cut->floors = (double *)(cut->sizes + count + 1);
    cut->tails = (PyObject **)(cut->floors + count + 1);
    cut->x = x;
    cut->count = count;
    for (Py_ssize_t q = 0; q < count; q++) {
        cut->sizes[q] = PyLong_AsLongLong(PyTuple_GET_ITEM(sizes, q));
        if (cut->sizes[q] == -1 && PyErr_Occurred()) return -1;
    }
    PyObject *kx = PyTuple_GET_ITEM(side->keys, x);
    PyObject *one = span(r, side->keys, start, x), *tail = one ? span(r, side->keys, x + 1, end) : NULL;
    double w_one, shared_one, reach1, w_tail, shared_tail, reach2;
    if (!tail || weigh(r, one, &w_one) || weigh_in(r, one, o1, NULL, &shared_one) ||
        weigh_in(r, kx, o1, one, &reach1) || weigh(r, tail, &w_tail) || weigh_in(r, tail, o2, NULL, &shared_tail) ||
        weigh_in(r, kx, o2, tail, &reach2))
        return -1;
    cut->one = one;
    cut->tail = tail;
    cut->w_one = w_one;
    cut->shared_one = shared_one;
    cut->l1 = l_x - l_start;
    cut->whole = l_end - l_start;
    double s1 = shared_one + reach1, t1 = w_one + wo1 + reach1, s2 = shared_tail + reach2, t2 = w_tail + wo2 + reach2;
    long long head = cut->l1;
    cut->lowest = INFINITY;
    for (Py_ssize_t q = 0; q + 1 < count; q++) {
        head += cut->sizes[q];
        double h = (double)head, rest = (double)(cut->whole - head);
        cut->floors[q] = is_src ? content(r, h, lo1, s1, t1) + content(r, rest, lo2, s2, t2)
                                : content(r, lo1, h, s1, t1) + content(r, lo2, rest, s2, t2);
        if (cut->floors[q] < cut->lowest) cut->lowest = cut->floors[q];
    }
    return 0;
}

/* The rest of the reference's loop for a cut whose floors were read: each of its clause
 * boundaries whose floor is not above the best so far by more than the slack. Lowers *best. */
static int recut_cut(Recut *r, const RSide *side, int is_src, PyObject *o1, PyObject *o2, double wo1, double wo2,
                     double lo1, double lo2, double *best, Cut *cut) {
    if (cut->lowest > *best + r->slack) return 0;
    PyObject *clauses_obj = keep(r, PyObject_CallMethod(side->clauses, "keys", "n", cut->x));
    PyObject *clauses = clauses_obj ? keep(r, PySequence_Tuple(clauses_obj)) : NULL;
    if (!clauses) return -1;
    Py_ssize_t n_clauses = PyTuple_GET_SIZE(clauses);
    if (n_clauses > cut->count) {
        PyErr_SetString(PyExc_ValueError, "more clause key sets than clause lengths");
        return -1;
    }
    PyObject *one = cut->one, **tails = cut->tails;
    double w_one = cut->w_one, shared_one = cut->shared_one;
    long long l1 = cut->l1, whole = cut->whole;
    /* tails[t]: bead k + 1's keys with x's last t clauses */
    tails[0] = cut->tail;
    for (Py_ssize_t t = 1; t < n_clauses; t++)
        if (!(tails[t] = op(r, PyNumber_Or, tails[t - 1], PyTuple_GET_ITEM(clauses, n_clauses - t)))) return -1;
    for (Py_ssize_t q = 1; q < n_clauses; q++) {
        PyObject *add = op(r, PyNumber_Subtract, PyTuple_GET_ITEM(clauses, q - 1), one);
        if (!add || !(one = op(r, PyNumber_Or, one, add))) return -1;
        l1 += cut->sizes[q - 1];
        PyObject *g = op(r, PyNumber_And, add, o1);
        double w_add, shared_add;
        if (!g || weigh(r, add, &w_add) || weigh(r, g, &shared_add)) return -1;
        w_one = w_one + w_add;
        shared_one = shared_one + shared_add;
        if (cut->floors[q - 1] > *best + r->slack) continue;
        PyObject *two = tails[n_clauses - q], *h2 = op(r, PyNumber_And, two, o2);
        double shared_two, w_two;
        if (!h2 || weigh(r, h2, &shared_two) || weigh(r, two, &w_two)) return -1;
        double h = (double)l1, rest = (double)(whole - l1);
        double moved = is_src ? content(r, h, lo1, shared_one, w_one + wo1) + content(r, rest, lo2, shared_two, w_two + wo2)
                              : content(r, lo1, h, shared_one, w_one + wo1) + content(r, lo2, rest, shared_two, w_two + wo2);
        if (moved < *best) *best = moved;
    }
    return 0;
}

static int recut_side(PyObject *tuple, RSide *out) {
    if (!PyArg_ParseTuple(tuple, "O!OO", &PyTuple_Type, &out->keys, &out->lengths, &out->clauses)) return -1;
    return 0;
}

static PyObject *recut(PyObject *self, PyObject *args) {
    PyObject *src_obj, *tgt_obj, *kw;
    Py_ssize_t i, j, i2, j2, ei, ej;
    Recut r;
    RSide sides[2];
    if (!PyArg_ParseTuple(args, "OOO!(dddddd)nnnnnn", &src_obj, &tgt_obj, &PyDict_Type, &kw, &r.w_len, &r.w_keys,
                          &r.neutral, &r.variance, &r.ratio, &r.slack, &i, &j, &i2, &j2, &ei, &ej))
        return NULL;
    if (recut_side(src_obj, &sides[0]) || recut_side(tgt_obj, &sides[1])) return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(sides[0].keys), m = PyTuple_GET_SIZE(sides[1].keys);
    if (!(0 <= i && i < i2 && 0 < ei && i2 + ei <= n && 0 <= j && j < j2 && 0 < ej && j2 + ej <= m)) {
        PyErr_SetString(PyExc_IndexError, "not two neighbouring link beads of the document");
        return NULL;
    }
    r.kw = kw;
    if (!(r.own = PyList_New(0))) return NULL;
    PyObject *result = NULL;
    Cut cuts[4] = {{0}};
    /* per side: the keys of bead k and bead k + 1, their weights, lengths */
    PyObject *k1[2], *k2[2];
    double w1[2], w2[2], l1[2], l2[2];
    Py_ssize_t starts[2] = {i, j}, bounds[2] = {i2, j2}, ends[2] = {i2 + ei, j2 + ej};
    for (int s = 0; s < 2; s++) {
        long long a, b, c;
        if (!(k1[s] = span(&r, sides[s].keys, starts[s], bounds[s])) ||
            !(k2[s] = span(&r, sides[s].keys, bounds[s], ends[s])) ||
            length_at(sides[s].lengths, starts[s], &a) || length_at(sides[s].lengths, bounds[s], &b) ||
            length_at(sides[s].lengths, ends[s], &c))
            goto done;
        l1[s] = (double)(b - a);
        l2[s] = (double)(c - b);
    }
    /* The reference's cuts, in its order: source then target, the first of bead k + 1 then
     * the last of bead k, each when it holds a key only the other bead's other side has. */
    Py_ssize_t xs[4];
    int cut[4], any = 0;
    for (int s = 0; s < 2; s++)
        for (int back = 0; back < 2; back++) {
            PyObject *belongs = back ? k2[1 - s] : k1[1 - s], *stays = back ? k1[1 - s] : k2[1 - s];
            Py_ssize_t x = xs[2 * s + back] = bounds[s] - back;
            PyObject *p = keep(&r, PyNumber_And(PyTuple_GET_ITEM(sides[s].keys, x), belongs));
            PyObject *q = p && PySet_GET_SIZE(p) ? keep(&r, PyNumber_Subtract(p, stays)) : p;
            if (!q) goto done;
            int found = PySet_GET_SIZE(q) > 0;
            any |= cut[2 * s + back] = found;
        }
    /* A cut whose floor is above the two beads' cost as they are (`base`) by more than the
     * slack cannot win; when none is left the reference's answer is base - base = 0. */
    double shared1, shared2, base = 0.0;
    if (any) {
        for (int s = 0; s < 2; s++)
            if (weigh(&r, k1[s], &w1[s]) || weigh(&r, k2[s], &w2[s])) goto done;
        if (weigh_in(&r, k1[0], k1[1], NULL, &shared1) || weigh_in(&r, k2[0], k2[1], NULL, &shared2)) goto done;
        base = content(&r, l1[0], l1[1], shared1, w1[0] + w1[1]) + content(&r, l2[0], l2[1], shared2, w2[0] + w2[1]);
        any = 0;
        for (int c = 0; c < 4; c++) {
            int s = c / 2;
            if (!cut[c]) continue;
            if (recut_floor(&r, &sides[s], s == 0, starts[s], xs[c], ends[s], k1[1 - s], k2[1 - s], w1[1 - s],
                            w2[1 - s], l1[1 - s], l2[1 - s], &cuts[c]))
                goto done;
            any |= cut[c] = !(cuts[c].lowest > base + r.slack);
        }
    }
    if (!any) {
        result = PyFloat_FromDouble(0.0);
        goto done;
    }
    /* the reference's loop over the cuts left, from the floors read */
    double best = base;
    for (int c = 0; c < 4; c++) {
        int s = c / 2;
        if (cut[c] && recut_cut(&r, &sides[s], s == 0, k1[1 - s], k2[1 - s], w1[1 - s], w2[1 - s], l1[1 - s],
                                l2[1 - s], &best, &cuts[c]))
            goto done;
    }
    double gain = base - best;
    result = PyFloat_FromDouble(gain < 10.0 ? gain : 10.0);
done:
    for (int c = 0; c < 4; c++) PyMem_Free(cuts[c].block);
    Py_DECREF(r.own);
    return result;
}

/* ---- key_parts: tmtool.align.confidence.Evidence._key_parts -------------------------- */

/* How many keys of a set have a kind in `kinds` (a set) or equal to `kind` (either may be
 * NULL); -1 on error. */
static Py_ssize_t count_kinds(PyObject *keys, PyObject *kinds, PyObject *kind) {
    Py_ssize_t count = 0;
    PyObject *it = PyObject_GetIter(keys), *key;
    if (!it) return -1;
    while ((key = PyIter_Next(it))) {
        PyObject *k = PyTuple_Check(key) && PyTuple_GET_SIZE(key) ? PyTuple_GET_ITEM(key, 0) : NULL;
        int hit = !k ? -1 : kinds ? PySet_Contains(kinds, k) : PyObject_RichCompareBool(k, kind, Py_EQ);
        Py_DECREF(key);
        if (hit < 0) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "a key is not a (kind, value) tuple");
            Py_DECREF(it);
            return -1;
        }
        count += hit;
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : count;
}

/* The least cover of a side's sentences first..last-1: the weight of each one's keys the
 * other side has, over its mass (mass[x + 1] - mass[x], when positive), the first least
 * kept as min() keeps it; *have says whether there was one. */
static int cover(Recut *r, PyObject *keys, PyObject *mass, Py_ssize_t first, Py_ssize_t last, PyObject *other,
                 double *least, int *have) {
    for (Py_ssize_t x = first; x < last; x++) {
        double m0 = PyFloat_AsDouble(PyTuple_GET_ITEM(mass, x)), m1 = PyFloat_AsDouble(PyTuple_GET_ITEM(mass, x + 1));
        if ((m0 == -1.0 || m1 == -1.0) && PyErr_Occurred()) return -1;
        if (!(m1 > m0)) continue;
        PyObject *shared = op(r, PyNumber_And, PyTuple_GET_ITEM(keys, x), other);
        double w;
        if (!shared || weigh(r, shared, &w)) return -1;
        double c = w / (m1 - m0);
        if (!*have || c < *least) *least = c;
        *have = 1;
    }
    return 0;
}

/* One side's keys of the sentences around a bead (first - 1 and last), joined as the
 * reference joins them: an empty frozenset for a side of the document's edge. */
static PyObject *around(Recut *r, PyObject *keys, Py_ssize_t first, Py_ssize_t last) {
    Py_ssize_t n = PyTuple_GET_SIZE(keys);
    PyObject *before = first > 0 ? PyTuple_GET_ITEM(keys, first - 1) : keep(r, PyFrozenSet_New(NULL));
    PyObject *after = last < n ? PyTuple_GET_ITEM(keys, last) : keep(r, PyFrozenSet_New(NULL));
    return before && after ? op(r, PyNumber_Or, before, after) : NULL;
}

/* Whether a sorted run of key numbers holds id. */
static int holds_id(const int *ids, Py_ssize_t len, int id) {
    Py_ssize_t lo = 0, hi = len;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (ids[mid] < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < len && ids[lo] == id;
}

/* The numbers of sentences first..last-1 of a side (offset: the side's first sentence among
 * the numbered ones) as one sorted run without repeats: the sentence's own for one, else
 * made in buf (room for all of them). */
static const int *union_ids(const Numbering *nb, Py_ssize_t offset, Py_ssize_t first, Py_ssize_t last, int *buf,
                            Py_ssize_t *len) {
    if (last == first + 1) {
        *len = nb->start[offset + first + 1] - nb->start[offset + first];
        return nb->ids + nb->start[offset + first];
    }
    Py_ssize_t n = 0;
    for (Py_ssize_t k = nb->start[offset + first]; k < nb->start[offset + last]; k++) {
        int id = nb->ids[k];
        Py_ssize_t at = n++;
        while (at > 0 && buf[at - 1] > id) {
            buf[at] = buf[at - 1];
            at--;
        }
        buf[at] = id;
    }
    Py_ssize_t m = 0;
    for (Py_ssize_t k = 0; k < n; k++)
        if (!m || buf[m - 1] != buf[k]) buf[m++] = buf[k];
    *len = m;
    return buf;
}

/* The weight of the numbers of x that y holds (all of them when y is NULL). */
static double weight_of(const Numbering *nb, const int *x, Py_ssize_t nx, const int *y, Py_ssize_t ny) {
    double total = 0.0;
    for (Py_ssize_t k = 0; k < nx; k++)
        if (!y || holds_id(y, ny, x[k])) total += nb->weight[x[k]];
    return total;
}

/* The least cover (cover()) from key numbers: sentence x of a side holds the numbers of its
 * sentence offset + x. */
static int cover_by_number(const Numbering *nb, Py_ssize_t offset, PyObject *mass, Py_ssize_t first, Py_ssize_t last,
                           const int *other, Py_ssize_t n_other, double *least, int *have) {
    for (Py_ssize_t x = first; x < last; x++) {
        double m0 = PyFloat_AsDouble(PyTuple_GET_ITEM(mass, x)), m1 = PyFloat_AsDouble(PyTuple_GET_ITEM(mass, x + 1));
        if ((m0 == -1.0 || m1 == -1.0) && PyErr_Occurred()) return -1;
        if (!(m1 > m0)) continue;
        const int *own = nb->ids + nb->start[offset + x];
        double c = weight_of(nb, own, nb->start[offset + x + 1] - nb->start[offset + x], other, n_other) / (m1 - m0);
        if (!*have || c < *least) *least = c;
        *have = 1;
    }
    return 0;
}

/* The weight of the numbers of x that y lacks and that one of the sentences near1, near2 (a
 * number among the numbered sentences, -1: none) holds: a bead side's keys that leak. */
static double leak_by_number(const Numbering *nb, const int *x, Py_ssize_t nx, const int *y, Py_ssize_t ny,
                             Py_ssize_t near1, Py_ssize_t near2) {
    double total = 0.0;
    for (Py_ssize_t k = 0; k < nx; k++) {
        if (holds_id(y, ny, x[k])) continue;
        int near = 0;
        for (int e = 0; e < 2 && !near; e++) {
            Py_ssize_t z = e ? near2 : near1;
            if (z >= 0) near = holds_id(nb->ids + nb->start[z], nb->start[z + 1] - nb->start[z], x[k]);
        }
        if (near) total += nb->weight[x[k]];
    }
    return total;
}

/* key_parts from the key numbers of a document's Costs (n source sentences), the weights in
 * it exact (exact_weights): the same sums in another order. a and b are made as key_parts
 * makes them. */
static PyObject *key_parts_by_number(const Numbering *nb, Py_ssize_t n, Py_ssize_t m, PyObject *skeys, PyObject *tkeys,
                                     PyObject *smass, PyObject *tmass, PyObject *concepts, Py_ssize_t i, Py_ssize_t j,
                                     Py_ssize_t di, Py_ssize_t dj) {
    Recut r = {0};
    if (!(r.own = PyList_New(0))) return NULL;
    PyObject *result = NULL, *numbers = keep(&r, PyUnicode_FromString("numbers"));
    int *buf = (int *)PyMem_Malloc(sizeof(int) * (nb->start[n + m] ? nb->start[n + m] : 1) * 2);
    char *flags = (char *)PyMem_Malloc(nb->nkinds ? nb->nkinds : 1);
    if (!buf || !flags) {
        PyErr_NoMemory();
        goto done;
    }
    PyObject *a = numbers ? span(&r, skeys, i, i + di) : NULL, *b = a ? span(&r, tkeys, j, j + dj) : NULL;
    if (!b) goto done;
    /* flags[c]: 1 for a concept kind, 2 for "numbers" */
    for (int c = 0; c < nb->nkinds; c++) {
        int concept = PySet_Contains(concepts, nb->kinds[c]);
        int number = concept < 0 ? -1 : PyObject_RichCompareBool(nb->kinds[c], numbers, Py_EQ);
        if (number < 0) goto done;
        flags[c] = (char)(concept | (number << 1));
    }
    Py_ssize_t na, nb_len;
    const int *ia = union_ids(nb, 0, i, i + di, buf, &na);
    const int *ib = union_ids(nb, n, j, j + dj, buf + nb->start[n + m], &nb_len);
    double least = 1.0, total, leak = 0.0;
    int have = 0;
    if (cover_by_number(nb, 0, smass, i, i + di, ib, nb_len, &least, &have) ||
        cover_by_number(nb, n, tmass, j, j + dj, ia, na, &least, &have))
        goto done;
    total = weight_of(nb, ia, na, NULL, 0) + weight_of(nb, ib, nb_len, NULL, 0);
    if (total)
        leak = (leak_by_number(nb, ia, na, ib, nb_len, j > 0 ? n + j - 1 : -1, j + dj < m ? n + j + dj : -1) +
                leak_by_number(nb, ib, nb_len, ia, na, i > 0 ? i - 1 : -1, i + di < n ? i + di : -1)) / total;
    Py_ssize_t hits = 0, misses = 0, missed = 0;
    for (int side = 0; side < 2; side++) {
        const int *x = side ? ib : ia, *y = side ? ia : ib;
        Py_ssize_t nx = side ? nb_len : na, ny = side ? na : nb_len;
        for (Py_ssize_t k = 0; k < nx; k++) {
            int f = flags[nb->kind[x[k]]];
            if (holds_id(y, ny, x[k])) {
                hits += side ? 0 : (f & 1);
            } else {
                misses += f & 1;
                missed += (f >> 1) & 1;
            }
        }
    }
    result = Py_BuildValue("(OOddnnnd)", a, b, total, leak, hits, misses, missed, least);
done:
    PyMem_Free(buf);
    PyMem_Free(flags);
    Py_DECREF(r.own);
    return result;
}

static PyObject *key_parts(PyObject *self, PyObject *args) {
    PyObject *skeys, *tkeys, *smass, *tmass, *kw, *concepts, *costs = NULL;
    Py_ssize_t i, j, di, dj;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!Onnnn|O", &PyTuple_Type, &skeys, &PyTuple_Type, &tkeys, &PyTuple_Type,
                          &smass, &PyTuple_Type, &tmass, &PyDict_Type, &kw, &concepts, &i, &j, &di, &dj, &costs))
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(skeys), m = PyTuple_GET_SIZE(tkeys);
    if (!(0 <= i && 0 < di && i + di <= n && 0 <= j && 0 < dj && j + dj <= m) || PyTuple_GET_SIZE(smass) != n + 1 ||
        PyTuple_GET_SIZE(tmass) != m + 1) {
        PyErr_SetString(PyExc_IndexError, "not a link bead of the document");
        return NULL;
    }
    if (!PyAnySet_Check(concepts)) {
        PyErr_SetString(PyExc_TypeError, "concept kinds must be a set");
        return NULL;
    }
    /* The document's costs numbered these key sets under these weights: what key_parts reads
     * from them is found from the numbers (the weights' sums are exact). */
    if (costs && PyObject_TypeCheck(costs, &CostsType)) {
        const Args *x = &((CostsObject *)costs)->x;
        int same_weights = x->nb.skeys ? PyObject_RichCompareBool(x->nb.kw, kw, Py_EQ) : 0;
        if (same_weights < 0) return NULL;
        if (x->nb.skeys == skeys && x->nb.tkeys == tkeys && same_weights)
            return key_parts_by_number(&x->nb, n, m, skeys, tkeys, smass, tmass, concepts, i, j, di, dj);
    }
    Recut r = {.kw = kw};
    if (!(r.own = PyList_New(0))) return NULL;
    PyObject *result = NULL, *numbers = keep(&r, PyUnicode_FromString("numbers"));
    PyObject *a = numbers ? span(&r, skeys, i, i + di) : NULL, *b = a ? span(&r, tkeys, j, j + dj) : NULL;
    PyObject *only = b ? op(&r, PyNumber_Xor, a, b) : NULL;
    if (!only) goto done;
    double least = 1.0, wa, wb, total, leak = 0.0;
    int have = 0;
    if (cover(&r, skeys, smass, i, i + di, b, &least, &have) || cover(&r, tkeys, tmass, j, j + dj, a, &least, &have))
        goto done;
    PyObject *outside_t = around(&r, tkeys, j, j + dj), *outside_s = outside_t ? around(&r, skeys, i, i + di) : NULL;
    if (!outside_s || weigh(&r, a, &wa) || weigh(&r, b, &wb)) goto done;
    total = wa + wb;
    if (total) {
        double lt, ls;
        if (weigh_in(&r, a, outside_t, b, &lt) || weigh_in(&r, b, outside_s, a, &ls)) goto done;
        leak = (lt + ls) / total;
    }
    PyObject *common = op(&r, PyNumber_And, a, b);
    Py_ssize_t hits = common ? count_kinds(common, concepts, NULL) : -1;
    Py_ssize_t misses = hits < 0 ? -1 : count_kinds(only, concepts, NULL);
    Py_ssize_t missed = misses < 0 ? -1 : count_kinds(only, NULL, numbers);
    if (missed < 0) goto done;
    result = Py_BuildValue("(OOddnnnd)", a, b, total, leak, hits, misses, missed, least);
done:
    Py_DECREF(r.own);
    return result;
}

static PyMethodDef methods[] = {
    {"bead_path", bead_path, METH_VARARGS, "The cheapest bead path of a document (see the module source)."},
    {"count_pairs", count_pairs, METH_VARARGS, "Pairs of ids seen together at least min_count times."},
    {"consonants", consonants, METH_VARARGS, "A transliterated word's consonant skeleton (see the module source)."},
    {"words", words, METH_O, "The words of a text, as tmtool.align.features._WORD.findall finds them."},
    {"letters", letters, METH_VARARGS, "A text's letters, and its characters in some ranges (see the module source)."},
    {"recut", recut, METH_VARARGS, "How much cheaper two link beads are with a clause moved (see the module source)."},
    {"key_parts", key_parts, METH_VARARGS, "What a link bead's confidence reads from its keys (see the module source)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_fast", "Compiled inner loops of the anchors aligner.",
                                    -1, methods};

PyMODINIT_FUNC PyInit__fast(void) {
    if (PyType_Ready(&CostsType) < 0) return NULL;
    PyObject *mod = PyModule_Create(&module);
    if (!mod) return NULL;
    Py_INCREF(&CostsType);
    if (PyModule_AddObject(mod, "Costs", (PyObject *)&CostsType) < 0) {
        Py_DECREF(&CostsType);
        Py_DECREF(mod);
        return NULL;
    }
    return mod;
}
