"""The review page: self-contained HTML showing every bead of every stored release.

Up to ``RELEASES_PER_PAGE`` releases it is one file. Beyond, it is an index (the
totals, the releases with beads to review, most first, and the pages) beside one page
per block of releases, ``<name>-001.html``…, so that no file grows with the archive.
No scripts, fonts or styles from anywhere else, so it opens offline and can be
mailed around; one inline script filters the releases shown, as the editor's list does. Reviewers record what they decide with
``tmtool review STORE --accept/--reject BEAD_ID``; the page shows the decisions
already stored.
"""

from __future__ import annotations

import datetime as dt
import glob
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from tmtool.align.confidence import REVIEW_THRESHOLD
from tmtool.atomic import atomic_output
from tmtool.store.store import Store, StoredBead, StoredPair

_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5em auto; max-width: 90em; padding: 0 1em; color: #222; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: .3em .5em; vertical-align: top; text-align: left; }
th { background: #f0f0f0; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.low td { background: #fff3cd; }
tr.gap td { background: #f8d7da; }
tr.accepted td { background: #d1e7dd; }
tr.rejected td { background: #e2e3e5; color: #666; text-decoration: line-through; }
tr.edited td { background: #cfe2ff; }
td.id { font-family: monospace; white-space: nowrap; }
td p { margin: 0 0 .3em; }
.legend span { padding: .1em .5em; margin-right: .5em; border: 1px solid #ccc; }
.legend .low { background: #fff3cd; } .legend .gap { background: #f8d7da; }
.legend .accepted { background: #d1e7dd; } .legend .rejected { background: #e2e3e5; }
section.release { border-top: 3px solid #888; margin-top: 2em; }
dl { display: grid; grid-template-columns: max-content auto; gap: .1em 1em; }
dt { font-weight: bold; }
"""


def bead_class(bead: StoredBead) -> str:
    """The row's class: a decision shows over the flag it answers, and a reviewer's edit over the aligner's doubt."""
    return _class(bead.decision, bead.edited, bead.gap, bead.unsure)


def _class(decision: str | None, edited: bool, gap: bool, unsure: bool) -> str:
    return decision or ("edited" if edited else "gap" if gap else "low" if unsure else "ok")


@dataclass(frozen=True, slots=True)
class ReleaseStats:
    """What the summary table and each release's header count; each bead counts under its row class."""

    src_sentences: int
    tgt_sentences: int
    beads: int
    kinds: Counter
    low: int
    gaps: int
    accepted: int
    rejected: int
    mean_score: float
    edited: int = 0
    lowest: float = 1.0

    @classmethod
    def of(cls, beads: Sequence[StoredBead]) -> ReleaseStats:
        return cls.counted([(b.kind, b.score, len(b.src), len(b.tgt), bead_class(b)) for b in beads])

    @classmethod
    def counted(cls, beads: Sequence[tuple[str, float, int, int, str]]) -> ReleaseStats:
        """The figures of beads given as (kind, confidence, source sentences, target sentences, class)."""
        classes = Counter(b[4] for b in beads)
        return cls(sum(b[2] for b in beads), sum(b[3] for b in beads), len(beads), Counter(b[0] for b in beads),
                   classes["low"], classes["gap"], classes["accepted"], classes["rejected"],
                   sum(b[1] for b in beads) / len(beads) if beads else 0.0, classes["edited"],
                   min((b[1] for b in beads), default=1.0))

    @property
    def held(self) -> int:
        """Beads an export leaves out for now: low-confidence or 1-0/0-1, undecided, not edited."""
        return self.low + self.gaps

    @property
    def decided(self) -> int:
        return self.accepted + self.rejected + self.edited


def release_stats(store: Store, pair_keys: Sequence[str]) -> dict[str, ReleaseStats]:
    """The figures of each of these pairs (what the run report gives each), counted in one
    pass over the store's beads without their sentences: ``ReleaseStats.of`` their ``beads``."""
    wanted = set(pair_keys)
    beads: dict[str, list[tuple[str, float, int, int, str]]] = {key: [] for key in pair_keys}
    for key, kind, score, src, tgt, unsure, edited, decision in store.bead_rows():
        if key in wanted:
            beads[key].append((kind, score, src, tgt, _class(decision, edited, not src or not tgt, unsure)))
    return {key: ReleaseStats.counted(found) for key, found in beads.items()}


def _sentences(texts: tuple[str, ...]) -> str:
    return "".join(f"<p>{escape(t)}</p>" for t in texts) or "<em>(nothing)</em>"


def _bead_row(bead: StoredBead) -> str:
    return (f'<tr id="{escape(bead.bead_id)}" class="bead {bead_class(bead)}">'
            f'<td class="id">{escape(bead.bead_id)}</td><td>{bead.kind}</td>'
            f'<td class="num">{bead.score:.2f}</td>'
            f"<td>{_sentences(bead.src)}</td><td>{_sentences(bead.tgt)}</td>"
            f"<td>{bead.decision or ''}</td></tr>")


def _kinds(stats: ReleaseStats) -> str:
    return ", ".join(f"{k}: {n}" for k, n in sorted(stats.kinds.items()))


def _release(n: int, pair: StoredPair, beads: Sequence[StoredBead], stats: ReleaseStats) -> str:
    src, tgt = pair.src, pair.tgt
    return f"""
<section class="release" id="release-{n}"{_filter_data(pair, stats)}>
<h2>{escape(pair.pair_key)}: {escape(src.title)}</h2>
<table><tr><th>{escape(src.lang)}</th><th>{escape(tgt.lang)}</th></tr>
<tr><td>{escape(src.title)}</td><td>{escape(tgt.title)}</td></tr></table>
<dl>
<dt>Date</dt><dd>{escape(src.date or tgt.date or "unknown")}</dd>
<dt>Files</dt><dd>{escape(src.path)} ↔ {escape(tgt.path)}</dd>
<dt>Paired</dt><dd>by {escape(pair.method)} ({pair.score:.2f}): {escape(pair.reason)}</dd>
<dt>Sentences</dt><dd>{stats.src_sentences} ↔ {stats.tgt_sentences}</dd>
<dt>Beads</dt><dd>{stats.beads} ({_kinds(stats)}); mean confidence {stats.mean_score:.2f}</dd>
<dt>To review</dt><dd>{stats.low} low-confidence, {stats.gaps} omitted or added;
 reviewed: {stats.accepted} accepted, {stats.rejected} rejected</dd>
<dt>Aligned with</dt><dd><code>{escape(pair.signature)}</code> on {escape(pair.saved)}</dd>
</dl>
<table class="beads">
<tr><th>Bead</th><th>Kind</th><th class="num">Confidence</th><th>{escape(src.lang)}</th>
<th>{escape(tgt.lang)}</th><th>Decision</th></tr>
{"".join(_bead_row(b) for b in beads)}
</table>
<p><a href="#summary">Back to the summary</a></p>
</section>"""


#: The release filters, of this page and of the editor's list (``tmtool.store.editor``): name → label.
FILTERS = {"all": "every release", "held": "with beads held for review", "low": "with a bead of low confidence",
           "undecided": "not reviewed yet (nothing decided)"}


def _filter_data(pair: StoredPair, stats: ReleaseStats) -> str:
    """What the page's filters read from a release's section or summary row."""
    text = " ".join((pair.pair_key, pair.src.title, pair.tgt.title)).casefold()
    return (f' data-held="{stats.held}" data-decided="{stats.decided}" data-lowest="{stats.lowest:.3f}"'
            f' data-date="{escape(pair.src.date or pair.tgt.date or "")}" data-text="{escape(text)}"')


_FILTER_FORM = """<form id="filters" onsubmit="return false">Show releases <select name="show">{options}</select>
low confidence below <input name="below" size="4" value="{below:g}">
release or title <input name="release"> date from <input name="from" size="10" placeholder="2019-01-01">
to <input name="to" size="10" placeholder="2019-12"> <span id="shown"></span></form>
<script>
const form = document.getElementById('filters');
function filter() {{
  const show = form.show.value, below = parseFloat(form.below.value), text = form.release.value.trim().toLowerCase();
  const from = form.from.value.trim(), to = form.to.value.trim();
  let shown = 0, all = 0;
  document.querySelectorAll('section.release, tr.release').forEach(e => {{
    const d = e.dataset, date = d.date;
    const keep = (show === 'all' || (show === 'held' && +d.held > 0) || (show === 'low' && +d.lowest < below)
                  || (show === 'undecided' && +d.decided === 0))
      && (!text || d.text.includes(text)) && (!from || date >= from) && (!to || date.slice(0, to.length) <= to);
    e.hidden = !keep;
    if (e.tagName === 'TR') {{ all++; if (keep) shown++; }}
  }});
  document.getElementById('shown').textContent = shown + ' of ' + all + ' releases shown';
}}
form.addEventListener('input', filter);
form.addEventListener('change', filter);
filter();
</script>
"""


def _filter_form() -> str:
    options = "".join(f'<option value="{k}">{escape(label)}</option>' for k, label in FILTERS.items())
    return _FILTER_FORM.format(options=options, below=REVIEW_THRESHOLD)


def _summary_row(n: int, pair: StoredPair, stats: ReleaseStats) -> str:
    return (f'<tr class="release"{_filter_data(pair, stats)}><td><a href="#release-{n}">{escape(pair.pair_key)}</a></td>'
            f"<td>{escape(pair.src.date or pair.tgt.date or '')}</td><td>{escape(pair.src.title)}</td>"
            f'<td class="num">{stats.beads}</td><td class="num">{stats.low}</td>'
            f'<td class="num">{stats.gaps}</td><td class="num">{stats.accepted}</td>'
            f'<td class="num">{stats.rejected}</td><td class="num">{stats.mean_score:.2f}</td></tr>')


#: Releases on one page: at the ministry's 15–30 sentences a release, about 1 MB of HTML.
RELEASES_PER_PAGE = 200


@dataclass(frozen=True, slots=True)
class ReviewPage:
    path: Path
    releases: int
    totals: ReleaseStats
    pages: tuple[Path, ...] = ()  # the pages of releases beside an index at ``path``

    def summary(self) -> str:
        """The line ``tmtool review`` prints."""
        t = self.totals
        pages = f", {len(self.pages)} pages of releases beside it" if self.pages else ""
        return (f"wrote {self.path}: {self.releases} releases, {t.beads} beads ({t.low} low-confidence, "
                f"{t.gaps} omitted or added, {t.accepted} accepted, {t.rejected} rejected){pages}")


def _releases(store: Store, pair_keys: Sequence[str] | None):
    pairs = store.pairs()
    if pair_keys is not None:
        wanted = set(pair_keys)
        pairs = [p for p in pairs if p.pair_key in wanted]
    return [(p, beads, ReleaseStats.of(beads)) for p in pairs for beads in [store.beads(p.pair_key)]]


def _head(store: Store, title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}: {escape(Path(store.path).name)}</title>
<style>{_STYLE}</style></head>
<body>
<h1>{escape(title)}: {escape(Path(store.path).name)}</h1>
{_filter_form()}"""


def _intro(store: Store, releases) -> str:
    total = ReleaseStats.of([b for _, beads, _ in releases for b in beads])
    created = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    return f"""<p>{len(releases)} releases, {total.beads} beads: {total.low} low-confidence, {total.gaps} omitted or added
(1-0/0-1); {total.accepted} accepted, {total.rejected} rejected. Written {created}.</p>
<p class="legend"><span class="low">low confidence</span><span class="gap">1-0 / 0-1</span>
<span class="accepted">accepted</span><span class="rejected">rejected</span></p>
<p>To record a decision: <code>tmtool review {escape(store.path)} --accept BEAD</code> or
<code>--reject BEAD</code>. Decisions stay attached to the same sentences when releases are re-aligned;
rejected beads never reach an export, accepted ones always do.</p>
"""


_SUMMARY_HEAD = """<table class="summary">
<tr><th>Release</th><th>Date</th><th>Title</th><th class="num">Beads</th><th class="num">Low</th>
<th class="num">1-0/0-1</th><th class="num">Accepted</th><th class="num">Rejected</th>
<th class="num">Mean confidence</th></tr>
"""


def _page(store: Store, releases) -> str:
    """Every release on one page."""
    return (_head(store, "Alignment review") + _intro(store, releases)
            + '<h2 id="summary">Summary</h2>\n' + _SUMMARY_HEAD
            + "".join(_summary_row(n, p, s) for n, (p, _, s) in enumerate(releases, 1)) + "</table>\n"
            + "".join(_release(n, p, b, s) for n, (p, b, s) in enumerate(releases, 1)) + "\n</body></html>\n")


def _block_page(store: Store, releases, first: int, index: str) -> str:
    """Releases ``first``… of the archive (numbered as the index numbers them)."""
    numbered = list(enumerate(releases, first))
    return (_head(store, f"Alignment review, releases {first}–{first + len(releases) - 1}")
            + f'<p><a href="{escape(index)}">The index of every page</a></p>\n'
            + '<h2 id="summary">Summary</h2>\n' + _SUMMARY_HEAD
            + "".join(_summary_row(n, p, s) for n, (p, _, s) in numbered) + "</table>\n"
            + "".join(_release(n, p, b, s) for n, (p, b, s) in numbered) + "\n</body></html>\n")


def _index_page(store: Store, releases, pages: Sequence[str], per_page: int) -> str:
    """The totals, the releases with beads to review (most first) and the pages."""
    def where(n: int) -> str:
        return f"{pages[(n - 1) // per_page]}#release-{n}"

    todo = sorted(((n, p, s) for n, (p, _, s) in enumerate(releases, 1) if s.low + s.gaps),
                  key=lambda x: (-(x[2].low + x[2].gaps), x[0]))
    rows = "".join(_summary_row(n, p, s).replace(f'href="#release-{n}"', f'href="{escape(where(n))}"')
                   for n, p, s in todo)
    blocks = "".join(
        f'<tr><td><a href="{escape(page)}">{escape(page)}</a></td>'
        f'<td class="num">{k * per_page + 1}–{min(len(releases), (k + 1) * per_page)}</td>'
        f'<td class="num">{sum(s.low + s.gaps for _, _, s in releases[k * per_page:(k + 1) * per_page])}</td></tr>'
        for k, page in enumerate(pages))
    return (_head(store, "Alignment review") + _intro(store, releases)
            + f'<h2 id="todo">Releases with beads to review ({len(todo)}), most first</h2>\n' + _SUMMARY_HEAD
            + rows + "</table>\n"
            + '<h2 id="pages">Pages</h2>\n<table class="pages"><tr><th>Page</th><th class="num">Releases</th>'
            + '<th class="num">Beads to review</th></tr>\n' + blocks + "</table>\n</body></html>\n")


def write_review_html(store: Store, path: str | Path, pair_keys: Sequence[str] | None = None,
                      per_page: int = RELEASES_PER_PAGE) -> ReviewPage:
    """Write the review page to ``path`` (each file all or nothing): one page, or, beyond
    ``per_page`` releases, an index at ``path`` and the pages of releases beside it (the
    pages of an earlier, longer review go)."""
    path = Path(path)
    releases = _releases(store, pair_keys)
    names = [f"{path.stem}-{k + 1:03d}{path.suffix}" for k in range(-(-len(releases) // per_page))]
    if len(names) <= 1:
        names = []
    for k, name in enumerate(names):
        with atomic_output(path.with_name(name), "w", encoding="utf-8") as fh:
            fh.write(_block_page(store, releases[k * per_page:(k + 1) * per_page], k * per_page + 1, path.name))
    for stale in path.parent.glob(f"{glob.escape(path.stem)}-[0-9][0-9][0-9]*{glob.escape(path.suffix)}"):
        if stale.name not in names and re.fullmatch(rf"{re.escape(path.stem)}-\d{{3,}}{re.escape(path.suffix)}",
                                                       stale.name):
            stale.unlink()
    with atomic_output(path, "w", encoding="utf-8") as fh:
        fh.write(_index_page(store, releases, names, per_page) if names else _page(store, releases))
    return ReviewPage(path, len(releases), ReleaseStats.of([b for _, beads, _ in releases for b in beads]),
                      tuple(path.with_name(n) for n in names))
