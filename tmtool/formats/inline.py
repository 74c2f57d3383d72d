"""Inline markup in the neutral form (``tmtool.model.Code``, TMX 1.4b's elements): a segment's
``Content`` is a tuple of text runs and codes. Each format maps its own inline elements to and
from this form; this module holds what they share.

The *flow* of a segment is its text and the codes standing in it: the top level and the inside
of ``hi`` (highlighted text), never the inside of a native code (``bpt``/``ept``/``ph``/``it``/``ut``,
whose ``sub`` is a separate text, e.g. an image's alt text).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Iterator

from tmtool.model import Code, Content

#: Elements holding native code; ``hi`` holds segment text, ``sub`` text inside a native code.
NATIVE = frozenset(["bpt", "ept", "ph", "it", "ut"])
TAGS = NATIVE | {"hi", "sub"}


#: TMX 1.4b's ``type`` values for inline elements (formatting, then placeholders).
TMX_TYPES = frozenset(["bold", "color", "dulined", "font", "italic", "link", "scap", "struct", "ulined", "index",
                       "date", "time", "fnote", "enote", "alt", "image", "pb", "lb", "cb", "inset"])


def attrs(**values: str | None) -> tuple[tuple[str, str], ...]:
    """Attributes in the order given, those without a value left out."""
    return tuple((name, value) for name, value in values.items() if value is not None)


def numbers(taken: Iterable[str]) -> Iterator[str]:
    """"1", "2", … skipping ``taken``: ``i`` values for pairs a format left unnumbered."""
    taken, n = set(taken), 0
    while True:
        n += 1
        if str(n) not in taken:
            yield str(n)


def plain(content: Content) -> str:
    """The segment's text: text runs and highlighted text, native code left out."""
    return "".join(item if isinstance(item, str) else plain(item.content) for item in content
                   if isinstance(item, str) or item.tag == "hi")


def normalise(items: Iterable[str | Code]) -> Content:
    """``items`` without empty text runs, adjacent runs joined."""
    out: list[str | Code] = []
    for item in items:
        if isinstance(item, str):
            if not item:
                continue
            if out and isinstance(out[-1], str):
                out[-1] += item
                continue
        out.append(item)
    return tuple(out)


def markup_or_none(content: Content) -> Content | None:
    """``content`` if it holds any code, else None (a plain segment needs no markup)."""
    return content if any(isinstance(item, Code) for item in content) else None


def flow_codes(content: Content) -> Iterator[Code]:
    """The codes standing in the segment's flow, in document order (``hi`` before what it holds)."""
    for item in content:
        if isinstance(item, Code):
            yield item
            if item.tag == "hi":
                yield from flow_codes(item.content)


def all_codes(content: Content) -> Iterator[Code]:
    """Every code, those inside native codes and ``sub``s included."""
    for item in content:
        if isinstance(item, Code):
            yield item
            yield from all_codes(item.content)


def count_codes(content: Content | None) -> int:
    return sum(1 for _ in flow_codes(content or ()))


def paired(content: Content) -> frozenset[str]:
    """The ``i`` of every ``bpt``/``ept`` pair of the flow: one of each, the ``bpt`` first."""
    begins, ends, order = Counter(), Counter(), []
    for code in flow_codes(content):
        if code.tag in ("bpt", "ept") and code.get("i") is not None:
            (begins if code.tag == "bpt" else ends)[code.get("i")] += 1
            order.append((code.tag, code.get("i")))
    first = {}
    for k, (tag, i) in enumerate(order):
        first.setdefault((tag, i), k)
    return frozenset(i for i in begins if begins[i] == 1 and ends[i] == 1
                     and first[("bpt", i)] < first[("ept", i)])


def isolate_unpaired(content: Content) -> Content:
    """``content`` with each ``bpt``/``ept`` that has no partner made an isolated tag (``it``), as TMX
    wants: a paired code whose other half lies in another segment of an XLIFF unit."""
    pairs = paired(content)

    def fix(items: Content) -> Content:
        out = []
        for item in items:
            if isinstance(item, Code) and item.tag in ("bpt", "ept") and item.get("i") not in pairs:
                attrs = [("pos", "begin" if item.tag == "bpt" else "end")]
                attrs += [(k, v) for k, v in item.attrs if k in ("x", "type")]
                item = Code("it", tuple(attrs), item.content)
            elif isinstance(item, Code) and item.tag == "hi":
                item = dataclasses.replace(item, content=fix(item.content))
            out.append(item)
        return tuple(out)

    return fix(content)


def native_text(code: Code) -> str:
    """A native code as one string: its text, with the text of any ``sub`` (and of the codes in it)
    in place — what the original document held at that spot."""
    return "".join(item if isinstance(item, str) else native_text(item) for item in code.content)


def has_sub(code: Code) -> bool:
    return any(isinstance(item, Code) for item in code.content)


def fill(parent, items: Iterable) -> None:
    """Append text runs (``str``) and lxml elements to ``parent`` in order, as its text and children.

    ``parent`` always gets a text node, empty if need be: libxml2's pretty printing indents the
    children of an element that has none, which would put whitespace into the segment.
    """
    last = None
    parent.text = parent.text or ""
    for item in items:
        if isinstance(item, str):
            if last is None:
                parent.text += item
            else:
                last.tail = (last.tail or "") + item
        else:
            parent.append(item)
            last = item


class Ids:
    """Ids for one side of a segment's codes in an XLIFF file: the code's own (TMX ``x``) where it can
    serve — valid and not taken — else the first free number. Every wanted id is reserved up front,
    so a number handed out early never takes the id a later code brings."""

    def __init__(self, wanted: Iterable[str | None], valid) -> None:
        self.valid = valid
        self.reserved = {w for w in wanted if w and valid(w)}
        self.used: set[str] = set()
        self.n = 0

    def take(self, own: str | None, *fallbacks: str | None) -> str:
        """``own`` (the code's TMX ``x``) if it can serve, else a fallback (e.g. a ``bpt``'s ``i``) no
        other code wants, else a number."""
        if own and self.valid(own) and own not in self.used:
            self.used.add(own)
            return own
        for want in fallbacks:
            if want and self.valid(want) and want not in self.used and want not in self.reserved:
                self.used.add(want)
                return want
        while True:
            self.n += 1
            candidate = str(self.n)
            if candidate not in self.used and candidate not in self.reserved:
                self.used.add(candidate)
                return candidate
