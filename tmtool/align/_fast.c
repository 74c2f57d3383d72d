/* The anchors aligner's inner loops, compiled: the dynamic programme, the
 * co-occurrence count of the learned lexicon, and the consonant skeleton of a word.
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
 *
 * count_pairs(stemmed, min_count, src_df, tgt_df, min_dice) -> [(a, b, count), ...]
 *   stemmed  sequence of (source ids, target ids), non-negative ints < 2**31
 *   the pairs (a, b) seen together in at least min_count items, in no order,
 *   leaving out pairs whose Dice coefficient cannot reach min_dice given the
 *   document frequencies src_df[a], tgt_df[b] (tmtool.align.learn counts them
 *   with a Counter when this module is not built)
 *
 * consonants(latin, sounds) -> str
 *   tmtool.align.features.reference_skeleton after its transliteration
 *
 * Costs(n, m, kinds, los, his, src, tgt, keys, params)
 *   bead_path's arguments; the object's one(i, j, di, dj), overlap(i, j, di, dj) and
 *   near(i, j, di) are tmtool.align.score.BeadCosts' (IndexError outside the document)
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdlib.h>

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
        double x = PyFloat_AsDouble(items[k]);
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
        double x = near(md, i, j - 1), y = near(md, i, j);
        return base + md->orphan * (y > x ? y : x);
    }
    if (!di) {
        double base = md->deletion * (md->t.sentences.v[j + 1] - md->t.sentences.v[j]);
        if (!md->orphan) return base;
        double x = near(md, i - 1, j), y = near(md, i, j);
        return base + md->orphan * (y > x ? y : x);
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

/* The weights each source sentence shares with the targets a bead through its row
 * can reach inside the band (tmtool.align.score.shared_matrix). */
static int shared_rows(PyObject *keys_obj, Model *md, const Vec *los, const Vec *his) {
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
    for (Py_ssize_t a = 0; a < n; a++) {
        Py_ssize_t lo = (Py_ssize_t)md->row_lo.v[a], start = (Py_ssize_t)md->row_start.v[a];
        Py_ssize_t stop = (Py_ssize_t)md->row_start.v[a + 1];
        Py_ssize_t size = PyObject_Size(PySequence_Fast_GET_ITEM(ks.skeys, a));
        if (size < 0) goto out;
        int empty = size == 0;
        for (Py_ssize_t b = lo; b < lo + (stop - start); b++) {
            double x = 0.0;
            if (!empty && shared_weight(&ks, a, b, &x) < 0) goto out;
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
} Args;

static void release_args(Args *x) {
    free_model(&x->md);
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
    if (keys_obj != Py_None && shared_rows(keys_obj, md, &x->los, &x->his) < 0) return -1;
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
    return PyFloat_FromDouble(y > x ? y : x);
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

/* -- co-occurrence counts: open addressing on (a << 32 | b) keys --------------------- */

typedef struct {
    unsigned long long *keys; /* 0 = empty slot, so stored keys are key + 1 */
    Py_ssize_t *counts;
    size_t size, used;
} Table;

static size_t slot_of(unsigned long long key, size_t mask) {
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return (size_t)key & mask;
}

static int table_grow(Table *tb) {
    size_t size = tb->size ? tb->size * 2 : 1 << 16;
    unsigned long long *keys = (unsigned long long *)calloc(size, sizeof(*keys));
    Py_ssize_t *counts = (Py_ssize_t *)calloc(size, sizeof(*counts));
    if (!keys || !counts) {
        free(keys);
        free(counts);
        return -1;
    }
    for (size_t k = 0; k < tb->size; k++) {
        if (!tb->keys[k]) continue;
        size_t s = slot_of(tb->keys[k], size - 1);
        while (keys[s]) s = (s + 1) & (size - 1);
        keys[s] = tb->keys[k];
        counts[s] = tb->counts[k];
    }
    free(tb->keys);
    free(tb->counts);
    tb->keys = keys;
    tb->counts = counts;
    tb->size = size;
    return 0;
}

static int table_add(Table *tb, unsigned long long key) {
    if (2 * (tb->used + 1) > tb->size && table_grow(tb) < 0) return -1;
    key += 1;
    size_t mask = tb->size - 1, s = slot_of(key, mask);
    while (tb->keys[s] && tb->keys[s] != key) s = (s + 1) & mask;
    if (!tb->keys[s]) {
        tb->keys[s] = key;
        tb->used++;
    }
    tb->counts[s]++;
    return 0;
}

static int ids_of(PyObject *seq, long **out, Py_ssize_t *len) {
    PyObject *fast = PySequence_Fast(seq, "ids");
    if (!fast) return -1;
    *len = PySequence_Fast_GET_SIZE(fast);
    *out = (long *)malloc(sizeof(long) * (*len ? *len : 1));
    if (!*out) {
        Py_DECREF(fast);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t k = 0; k < *len; k++) {
        long v = PyLong_AsLong(PySequence_Fast_GET_ITEM(fast, k));
        if ((v == -1 && PyErr_Occurred()) || v < 0 || v > 0x7fffffffL) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "ids must be in 0 .. 2**31 - 1");
            Py_DECREF(fast);
            free(*out);
            *out = NULL;
            return -1;
        }
        (*out)[k] = v;
    }
    Py_DECREF(fast);
    return 0;
}

static PyObject *count_pairs(PyObject *self, PyObject *args) {
    PyObject *stemmed, *src_df_o, *tgt_df_o;
    Py_ssize_t min_count;
    double min_dice;
    if (!PyArg_ParseTuple(args, "OnOOd", &stemmed, &min_count, &src_df_o, &tgt_df_o, &min_dice)) return NULL;
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
    Table tb = {0};
    PyObject *result = NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(items);
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *src_o, *tgt_o;
        long *src = NULL, *tgt = NULL;
        Py_ssize_t ns, nt;
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(items, k), "OO", &src_o, &tgt_o)) goto done;
        if (ids_of(src_o, &src, &ns) < 0) goto done;
        if (ids_of(tgt_o, &tgt, &nt) < 0) {
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
                if (table_add(&tb, ((unsigned long long)src[a] << 32) | (unsigned long long)tgt[b]) < 0) {
                    free(src);
                    free(tgt);
                    PyErr_NoMemory();
                    goto done;
                }
            }
        free(src);
        free(tgt);
    }
    result = PyList_New(0);
    if (!result) goto done;
    for (size_t s = 0; s < tb.size; s++) {
        if (!tb.keys[s] || tb.counts[s] < min_count) continue;
        unsigned long long key = tb.keys[s] - 1;
        PyObject *t = Py_BuildValue("(kkn)", (unsigned long)(key >> 32), (unsigned long)(key & 0xffffffffULL),
                                    tb.counts[s]);
        if (!t || PyList_Append(result, t) < 0) {
            Py_XDECREF(t);
            Py_CLEAR(result);
            goto done;
        }
        Py_DECREF(t);
    }
done:
    Py_DECREF(items);
    free(tb.keys);
    free(tb.counts);
    free(src_df.v);
    free(tgt_df.v);
    return result;
}

static PyMethodDef methods[] = {
    {"bead_path", bead_path, METH_VARARGS, "The cheapest bead path of a document (see the module source)."},
    {"count_pairs", count_pairs, METH_VARARGS, "Pairs of ids seen together at least min_count times."},
    {"consonants", consonants, METH_VARARGS, "A transliterated word's consonant skeleton (see the module source)."},
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
