"""The alignment editor: a local web server over a store, where reviewers fix beads where they read them.

``make_server(store_path)`` builds it (port 0: any free port) and ``tmtool review STORE --serve``
runs it. The standard library's ``ThreadingHTTPServer``: the editor is a handful of pages and
one form action for one reviewer on their own machine, which needs no framework (and no
dependency to keep up with). Each request opens the store for itself (an SQLite connection
belongs to its thread) and each action is one of the store's transactions.

Security: bound to 127.0.0.1 unless a host is given; a random token made at start is in every
form and required by every POST; a request whose Host header is not the server's own address
is refused (a web page cannot reach the editor by a DNS name pointed at 127.0.0.1); every text
is HTML-escaped; a request names releases and beads, looked up in the store, never a file.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from tmtool.align.confidence import REVIEW_THRESHOLD
from tmtool.errors import TmtoolError
from tmtool.store.review import FILTERS, bead_class
from tmtool.store.store import ReleaseCounts, Store, StoredBead

#: Releases on one page of the list: the list of a 26,000-release archive stays light.
RELEASES_PER_PAGE = 200
#: Which releases each filter (``tmtool.store.review.FILTERS``, the static page's too) keeps.
KEEPS: dict[str, Callable[[ReleaseCounts, float], bool]] = {
    "all": lambda r, below: True,
    "held": lambda r, below: r.held > 0,
    "low": lambda r, below: r.lowest < below,
    "undecided": lambda r, below: r.decided == 0,
}
#: Keyboard shortcuts of the release page: key → (action, what it does). The page lists them.
SHORTCUTS = {
    "j": ("", "select the next bead (also ↓)"),
    "k": ("", "select the previous bead (also ↑)"),
    "a": ("accept", "accept the bead"),
    "r": ("reject", "reject the bead: it never reaches an export"),
    "c": ("clear", "withdraw the decision"),
    "m": ("merge", "merge the bead with the next"),
    "s": ("split", "split the bead where its split fields say (default: after the first sentence of each side)"),
    "[": ("move-src-previous", "move the bead's first source sentence to the previous bead"),
    "]": ("move-src-next", "move the bead's last source sentence to the next bead"),
    "{": ("move-tgt-previous", "move the bead's first target sentence to the previous bead"),
    "}": ("move-tgt-next", "move the bead's last target sentence to the next bead"),
    "g": ("gap", "mark the bead's sentences 1-0 / 0-1 (translations of nothing)"),
    "z": ("undo", "undo the release's last edit or decision"),
}


def _action(store: Store, form: dict[str, str]) -> None:
    """Do what a form asks (one transaction of the store)."""
    action, bead = form.get("action", ""), form.get("bead", "")
    decisions = {"accept": "accepted", "reject": "rejected", "clear": None}
    if action in decisions:
        store.set_review(bead, decisions[action])
    elif action == "merge":
        store.merge(bead)
    elif action == "split":
        store.split(bead, _number(form, "src_at"), _number(form, "tgt_at"))
    elif action.startswith("move-") and action.count("-") == 2:
        _, side, direction = action.split("-")
        store.move(bead, side, direction)
    elif action == "gap":
        store.mark_gap(bead)
    elif action == "undo":
        store.undo(form.get("release", ""))
    else:
        raise TmtoolError(f"unknown action {action!r}")


def _number(form: dict[str, str], name: str) -> int:
    try:
        return int(form.get(name, ""))
    except ValueError:
        raise TmtoolError(f"{name} must be a whole number") from None


_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 1em auto; max-width: 96em; padding: 0 1em; color: #222; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #ccc; padding: .3em .5em; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #f0f0f0; }
.num { text-align: right; white-space: nowrap; }
col.id { width: 10em; } col.date { width: 7em; } col.n { width: 5.5em; } col.kind { width: 4em; } col.conf { width: 5em; } col.state { width: 7em; }
col.act { width: 15em; }
tr.low td { background: #fff3cd; } tr.gap td { background: #f8d7da; } tr.edited td { background: #cfe2ff; }
tr.accepted td { background: #d1e7dd; } tr.rejected td { background: #e2e3e5; color: #666; text-decoration: line-through; }
tr.selected td { outline: 3px solid #0d6efd; outline-offset: -3px; }
td p { margin: 0 0 .3em; } form.inline { display: inline; } input.cut { width: 3em; }
button { font-size: 13px; margin: 1px; }
.message { background: #f8d7da; padding: .5em; border: 1px solid #c00; }
.keys { columns: 2; font-size: 14px; } kbd { border: 1px solid #999; border-radius: 3px; padding: 0 .3em; }
code.signature { overflow-wrap: anywhere; }
"""


def _page(title: str, body: str, script: str = "") -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{_STYLE}</style></head>\n<body>\n{body}\n"
            f"{f'<script>{script}</script>' if script else ''}</body></html>\n").encode()


def _sentences(texts: tuple[str, ...], edited: str | None, side: str) -> str:
    shown = "".join(f'<p data-side="{side}" data-index="{i}">{escape(t)}</p>' for i, t in enumerate(texts))
    if edited is not None:
        shown = f'<p class="edited-text"><strong>edited:</strong> {escape(edited)}</p><details>{shown}</details>'
    return shown or "<em>(nothing)</em>"


def _problems(bead: StoredBead) -> str:
    state = {"low": "held: low confidence", "gap": "held: 1-0/0-1", "edited": "edited", "ok": ""}
    return escape(state.get(bead_class(bead), bead.decision or ""))


def _bead_row(bead: StoredBead, token: str, release: str) -> str:
    hidden = (f'<input type="hidden" name="token" value="{escape(token)}">'
              f'<input type="hidden" name="bead" value="{escape(bead.bead_id)}">'
              f'<input type="hidden" name="release" value="{escape(release)}">')
    buttons = "".join(f'<button name="action" value="{a}" title="{escape(what)} ({escape(key)})">{label}</button>'
                      for key, (a, what), label in (
                          ("a", SHORTCUTS["a"], "accept"), ("r", SHORTCUTS["r"], "reject"),
                          ("c", SHORTCUTS["c"], "clear"), ("m", SHORTCUTS["m"], "merge ↓"),
                          ("g", SHORTCUTS["g"], "1-0/0-1")))
    moves = "".join(f'<button name="action" value="{SHORTCUTS[k][0]}" title="{escape(SHORTCUTS[k][1])} ({k})">'
                    f"{label}</button>" for k, label in (("[", "src ↑"), ("]", "src ↓"), ("{", "tgt ↑"),
                                                         ("}", "tgt ↓")))
    split = ""
    if len(bead.src) + len(bead.tgt) > 2 and bead.src_text is None and bead.tgt_text is None:
        split = (f'<br>split after <input class="cut" name="src_at" value="{min(1, len(bead.src))}" '
                 f'aria-label="source sentences before the cut">/<input class="cut" name="tgt_at" '
                 f'value="{min(1, len(bead.tgt))}" aria-label="target sentences before the cut">'
                 f'<button name="action" value="split" title="{escape(SHORTCUTS["s"][1])} (s)">split</button>')
    return (f'<tr id="{escape(bead.bead_id)}" class="bead {bead_class(bead)}" tabindex="-1">'
            f'<td class="num">{bead.n}</td><td>{bead.kind}</td><td class="num">{bead.score:.2f}</td>'
            f"<td>{_sentences(bead.src, bead.src_text, 'src')}</td><td>{_sentences(bead.tgt, bead.tgt_text, 'tgt')}</td>"
            f"<td>{_problems(bead)}</td>"
            f'<td><form class="inline" method="post" action="/action">{hidden}{buttons}<br>{moves}{split}</form></td>'
            "</tr>")


_SCRIPT = """
const rows = Array.from(document.querySelectorAll('tr.bead'));
let at = Math.max(0, rows.findIndex(r => r.id === decodeURIComponent(location.hash.slice(1))));
function select(i) {
  if (!rows.length) return;
  rows[at].classList.remove('selected');
  at = Math.min(rows.length - 1, Math.max(0, i));
  rows[at].classList.add('selected');
  rows[at].scrollIntoView({block: 'nearest'});
}
rows.forEach((r, i) => r.addEventListener('click', () => select(i)));
select(at);
const keys = KEYS;
document.addEventListener('keydown', e => {
  if (e.target.tagName === 'INPUT' || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === 'j' || e.key === 'ArrowDown') { select(at + 1); e.preventDefault(); return; }
  if (e.key === 'k' || e.key === 'ArrowUp') { select(at - 1); e.preventDefault(); return; }
  const action = keys[e.key];
  if (!action || !rows.length) return;
  e.preventDefault();
  const form = action === 'undo' ? document.getElementById('undo') : rows[at].querySelector('form');
  const button = form.querySelector(`button[value="${action}"]`);
  if (button) form.requestSubmit(button);
});
"""


@dataclass(frozen=True, slots=True)
class ListQuery:
    """The release list's filters, as the page's form sends them."""

    show: str = "all"
    below: float = REVIEW_THRESHOLD
    release: str = ""  # in the release id or either title
    date_from: str = ""  # ISO dates, a prefix counts ("2019-03")
    date_to: str = ""
    page: int = 1

    @classmethod
    def of(cls, query: dict[str, str]) -> ListQuery:
        try:
            below, page = float(query.get("below", REVIEW_THRESHOLD)), max(1, int(query.get("page", 1)))
        except ValueError:
            raise TmtoolError("below must be a number and page a whole number") from None
        show = query.get("show", "all")
        if show not in FILTERS:
            raise TmtoolError(f"unknown filter {show!r} (known: {', '.join(FILTERS)})")
        return cls(show, below, query.get("release", "").strip(), query.get("from", "").strip(),
                   query.get("to", "").strip(), page)

    def keeps(self, r: ReleaseCounts) -> bool:
        text = self.release.casefold()
        date = r.date or ""
        return (KEEPS[self.show](r, self.below)
                and (not text or text in r.pair_key.casefold() or text in r.src_title.casefold()
                     or text in r.tgt_title.casefold())
                and (not self.date_from or date >= self.date_from)
                and (not self.date_to or date[:len(self.date_to)] <= self.date_to))

    def link(self, page: int) -> str:
        return "/?" + urlencode({"show": self.show, "below": self.below, "release": self.release,
                                 "from": self.date_from, "to": self.date_to, "page": page})


def release_list(store: Store, query: ListQuery = ListQuery()) -> bytes:
    """The editor's front page: the releases the filters keep, with their counts, a page of them."""
    releases = [r for r in store.release_counts() if query.keeps(r)]
    pages = max(1, -(-len(releases) // RELEASES_PER_PAGE))
    shown = releases[(query.page - 1) * RELEASES_PER_PAGE:query.page * RELEASES_PER_PAGE]
    options = "".join(f'<option value="{k}"{" selected" if k == query.show else ""}>{escape(label)}</option>'
                      for k, label in FILTERS.items())
    rows = "".join(
        f'<tr class="release"><td><a href="/release/{quote(r.pair_key, safe="")}">{escape(r.pair_key)}</a></td>'
        f"<td>{escape(r.date or '')}</td><td>{escape(r.src_title)}<br>{escape(r.tgt_title)}</td>"
        f'<td class="num">{r.beads}</td><td class="num">{r.held}</td><td class="num">{r.gaps}</td>'
        f'<td class="num">{r.decided}</td><td class="num">{r.lowest:.2f}</td></tr>' for r in shown)
    nav = " ".join(f'<a href="{escape(query.link(p))}">{p}</a>' if p != query.page else f"<strong>{p}</strong>"
                   for p in range(1, pages + 1)) if pages > 1 else ""
    body = f"""<h1>Alignment editor: {escape(Path(store.path).name)}</h1>
<form method="get" action="/" id="filters">
Show releases <select name="show">{options}</select>
low confidence below <input name="below" size="4" value="{query.below:g}">
release or title <input name="release" value="{escape(query.release)}">
date from <input name="from" size="10" placeholder="2019-01-01" value="{escape(query.date_from)}">
to <input name="to" size="10" placeholder="2019-12" value="{escape(query.date_to)}">
<button>Filter</button></form>
<p id="count">{len(releases)} releases{f" (page {query.page} of {pages})" if pages > 1 else ""}.
Held: unsure beads with no decision, not made by a reviewer. Decided: accepted, rejected or edited.</p>
<table class="releases"><colgroup><col class="id"><col class="date"><col><col class="n"><col class="n">
<col class="n"><col class="n"><col class="conf"></colgroup>
<tr><th>Release</th><th>Date</th><th>Title</th><th class="num">Beads</th><th class="num">Held</th>
<th class="num">1-0/0-1</th><th class="num">Decided</th><th class="num">Lowest</th></tr>
{rows}</table><p class="pages">{nav}</p>"""
    return _page(f"Alignment editor: {Path(store.path).name}", body)


def release_page(store: Store, pair_key: str, token: str, message: str = "") -> bytes:
    """One release: its two versions side by side, bead by bead, with the actions."""
    pair = store.pair(pair_key)
    beads = store.beads(pair_key)
    edits = store.edits(pair_key)
    keys = ", ".join(f"{k!r}: {a!r}" for k, (a, _) in SHORTCUTS.items() if a)
    shortcuts = "".join(f"<li><kbd>{escape(k)}</kbd> {escape(what)}</li>" for k, (_, what) in SHORTCUTS.items())
    last = escape(edits[-1].detail) if edits else "nothing to undo"
    body = f"""<p><a href="/">All releases</a></p>
<h1>{escape(pair.pair_key)}: {escape(pair.src.title)}</h1>
<p>{escape(pair.tgt.title)}<br>{escape(pair.src.date or pair.tgt.date or "no date")};
aligned with <code class="signature">{escape(pair.signature)}</code></p>
{f'<p class="message">{escape(message)}</p>' if message else ""}
<form id="undo" method="post" action="/action"><input type="hidden" name="token" value="{escape(token)}">
<input type="hidden" name="release" value="{escape(pair_key)}">
<button name="action" value="undo" title="{escape(SHORTCUTS["z"][1])} (z)">Undo</button> last: {last}</form>
<table class="beads"><colgroup><col class="n"><col class="kind"><col class="conf"><col><col><col class="state">
<col class="act"></colgroup>
<tr><th class="num">#</th><th>Kind</th><th class="num">Conf.</th><th>{escape(pair.src.lang)}</th>
<th>{escape(pair.tgt.lang)}</th><th>Problems</th><th>Actions</th></tr>
{"".join(_bead_row(b, token, pair_key) for b in beads)}
</table>
<h2>Keyboard</h2><ul class="keys">{shortcuts}</ul>
<p>Every action is saved at once in the store, and kept when the release is aligned again with the same
sentences; the next export follows it.</p>"""
    return _page(f"{pair.pair_key}: {pair.src.title}", body, _SCRIPT.replace("KEYS", "{" + keys + "}"))


class EditorServer(ThreadingHTTPServer):
    """The editor of the store at ``store_path``; ``token`` is what every POST must carry."""

    daemon_threads = True

    def __init__(self, store_path: str | Path, host: str, port: int):
        self.store_path = Path(store_path)
        Store.open(self.store_path, create=False).close()  # no store: the error now, not at the first request
        self.token = secrets.token_urlsafe(32)
        super().__init__((host, port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"


def make_server(store_path: str | Path, host: str = "127.0.0.1", port: int = 0) -> EditorServer:
    """The editor of a store, bound (port 0: a free port) but not yet serving: call ``serve_forever()``."""
    return EditorServer(store_path, host, port)


class _Handler(BaseHTTPRequestHandler):
    server: EditorServer

    def log_message(self, format, *args) -> None:  # the terminal shows the URL, not every request
        pass

    def _host_is_ours(self) -> bool:
        host, port = self.server.server_address[:2]
        return self.headers.get("Host", "") in {f"{host}:{port}", f"localhost:{port}", f"127.0.0.1:{port}"}

    def _send(self, status: HTTPStatus, body: bytes = b"", location: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                                                    "script-src 'unsafe-inline'; form-action 'self'")
        self.send_header("X-Frame-Options", "DENY")
        if location:
            self.send_header("Location", location)
        self.end_headers()
        self.wfile.write(body)

    def _refuse(self, status: HTTPStatus, why: str) -> None:
        self._send(status, _page("Refused", f"<p>{escape(why)}</p>"))

    def do_GET(self) -> None:
        if not self._host_is_ours():
            return self._refuse(HTTPStatus.FORBIDDEN, "unknown Host")
        url = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        try:
            with Store.open(self.server.store_path, create=False) as store:
                if url.path == "/":
                    return self._send(HTTPStatus.OK, release_list(store, ListQuery.of(query)))
                if url.path.startswith("/release/"):
                    key = unquote(url.path.removeprefix("/release/"))
                    return self._send(HTTPStatus.OK, release_page(store, key, self.server.token,
                                                                  query.get("message", "")))
        except TmtoolError as exc:
            return self._refuse(HTTPStatus.BAD_REQUEST, str(exc))
        self._refuse(HTTPStatus.NOT_FOUND, "no such page")

    def do_POST(self) -> None:
        if not self._host_is_ours():
            return self._refuse(HTTPStatus.FORBIDDEN, "unknown Host")
        if urlsplit(self.path).path != "/action":
            return self._refuse(HTTPStatus.NOT_FOUND, "no such action")
        length = int(self.headers.get("Content-Length") or 0)
        if length > 64 * 1024:
            return self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too large a form")
        form = {k: v[-1] for k, v in parse_qs(self.rfile.read(length).decode("utf-8", "replace")).items()}
        if not hmac.compare_digest(form.get("token", "").encode(), self.server.token.encode()):
            return self._refuse(HTTPStatus.FORBIDDEN, "missing or wrong token: reload the page")
        release = form.get("release", "")
        message = ""
        try:
            with Store.open(self.server.store_path, create=False) as store:
                _action(store, form)
        except TmtoolError as exc:
            message = str(exc).removeprefix(f"{self.server.store_path}: ")
        bead = form.get("bead", "")
        where = f"/release/{quote(release, safe='')}" + (f"?{urlencode({'message': message})}" if message else "")
        self._send(HTTPStatus.SEE_OTHER, location=where + (f"#{quote(bead, safe='')}" if bead else ""))
