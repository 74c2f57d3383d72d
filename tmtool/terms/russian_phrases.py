"""Russian phrase candidates: a verb with its object, the same in the passive, and
prepositional formulas (issue 15's "phrases"; docs/terms.md).

* **Verb + object**: a verb (finite, infinitive or gerund) followed by an ``ADJ* NOUN``
  group in a case a verb governs without a preposition (accusative, genitive,
  instrumental, dative): ``выразили обеспокоенность``, ``обменяться мнениями``.
* **Passive**: a short passive participle next to a nominative group, with or without
  ``было``: ``внимание было уделено``, ``подтверждена приверженность``; the object is put
  back into the accusative the active verb governs (``уделить внимание``).
* **Nominalised**: an action noun with its genitive object (``оказание гуманитарной
  помощи``), the same phrase as the verb's.
* **Prepositional formula**: a preposition and a lower-case group (``в рамках``, ``на
  полях``, ``под эгидой``, ``в полном объёме``).

The citation form is the one a glossary lists: the verb in the infinitive, the object in the
case the verb governs (``подтвердить приверженность``); a formula as written. The key holds
the verb's first letters, not its lemma, so that an aspect pair (``подтверждать`` /
``подтвердить``, ``оказывать`` / ``оказать``) is one phrase; a perfective citation counts as
attested, so the display prefers it, as dictionaries do. Which combinations are phrases is
left to recurrence and to pairing with the other language.
"""

from __future__ import annotations

from collections.abc import Iterator

from tmtool.terms import names, russian
from tmtool.terms.model import FORMULA, PHRASE, Occurrence

_VERBS = frozenset({"VERB", "INFN", "GRND"})
_OBJECT_CASES = ("accs", "gent", "ablt", "datv")
_BE = frozenset({"был", "была", "было", "были", "будет", "будут"})
#: Letters of a verb's lemma in the key: an aspect pair shares them (подтвер-ждать/-дить).
VERB_STEM = 4
MAX_OBJECT = 3


def _parse(token: russian.Token):
    return names.parses(token.text.lower())[0] if token.kind == "word" else None


def _group(tokens: list[russian.Token], cases: tuple[str, ...]) -> tuple[int, tuple[russian.Reading, ...]] | None:
    """The longest lower-case ``ADJ* NOUN`` group at tokens[0] in one of ``cases`` (a
    capitalised word is a name or an institution: ``в Москве`` is no formula)."""
    best = None
    for case in cases:
        for n, group in russian.agreeing_group(tokens[:MAX_OBJECT], case):
            if any(not t.text.islower() for t in tokens[:n]):
                break
            if best is None or n > best[0]:
                best = (n, group)
    return best


def _occurrence(key: tuple[str, ...], citation: str, text: str, unit: int, start: int, end: int,
                words: int, head: str, perfective: bool) -> Occurrence:
    surface = text[start:end]
    return Occurrence(key=(*key, PHRASE), surface=surface, citation=citation, unit=unit, start=start, end=end,
                      words=words, head=head, attested=perfective)  # lower case: no capital to keep


def _objects(tokens: list[russian.Token], group: tuple[russian.Reading, ...]):
    """The object group and its shorter right parts (``положительную динамику``,
    ``динамику``): the adjectives of an object vary more than the phrase."""
    for k in range(len(group)):
        yield tokens[k:], group[k:]


def _verb_objects(run: list[russian.Token], text: str, unit: int) -> Iterator[Occurrence]:
    for i, token in enumerate(run):
        parse = _parse(token)
        if parse is None or parse.tag.POS not in _VERBS or i + 1 == len(run):
            continue
        # a finite verb's neighbour that can be a nominative agreeing with it is its subject
        # (состоялись переговоры), not its object (подтверждают приверженность)
        subject = parse.tag.POS == "VERB" and (nomn := _group(run[i + 1:], ("nomn",))) and _agrees(parse, nomn[1][-1])
        found = _group(run[i + 1:], _OBJECT_CASES[1:] if subject else _OBJECT_CASES)
        if not found:
            continue
        n, group = found
        verb = parse.normal_form
        for tokens, readings in _objects(run[i + 1:i + 1 + n], group):
            obj = " ".join(t.text for t in tokens)
            key = (verb[:VERB_STEM], *(r.lemma for r in readings), f"#{readings[-1].number or 'sing'}")
            yield _occurrence(key, f"{verb} {obj}", text, unit, token.start, tokens[-1].end, 1 + len(tokens), verb,
                              "perf" in parse.tag)


#: Endings of the nouns that name an action (оказание, выполнение, взятие): with a genitive
#: object they are the verb phrase nominalised (оказание гуманитарной помощи).
_ACTION_NOUN = ("ание", "ение", "тие")


def _nominalised(run: list[russian.Token], text: str, unit: int) -> Iterator[Occurrence]:
    """``оказанию гуманитарной помощи``: the phrase ``оказать гуманитарную помощь`` as a noun.
    Its key is the verb phrase's (an action noun starts with its verb's letters), and it never
    is the citation form where a verb was seen (it counts as not attested)."""
    for i, token in enumerate(run[:-1]):
        nouns = token.nouns()
        if not nouns or token.kind != "word":
            continue
        noun = max(nouns, key=lambda r: r.score)
        if not noun.lemma.endswith(_ACTION_NOUN) or noun.parse is None:
            continue
        found = _group(run[i + 1:], ("gent",))
        if not found:
            continue
        n, group = found
        head = russian.put((token,), (noun,), "nomn").lower()
        for tokens, readings in _objects(run[i + 1:i + 1 + n], group):
            key = (noun.lemma[:VERB_STEM], *(r.lemma for r in readings), f"#{readings[-1].number or 'sing'}")
            obj = " ".join(t.text for t in tokens)
            yield _occurrence(key, f"{head} {obj}", text, unit, token.start, tokens[-1].end, 1 + len(tokens),
                              noun.lemma, False)


def _passives(run: list[russian.Token], text: str, unit: int) -> Iterator[Occurrence]:
    for i, token in enumerate(run):
        parse = _parse(token)
        if parse is None or parse.tag.POS != "PRTS":
            continue
        verb = parse.normal_form
        spans = []
        if (after := _group(run[i + 1:], ("nomn",))):  # подтверждена приверженность
            spans.append((run[i + 1:i + 1 + after[0]], after[1], token.start, None))
        j = i - 1 if i > 0 and run[i - 1].text.lower() in _BE else i
        for start in range(max(0, j - MAX_OBJECT), j):  # внимание (было) уделено
            before = _group(run[start:j], ("nomn",))
            if before and before[0] == j - start:
                spans.append((run[start:j], before[1], None, token.end))
                break
        for tokens, group, start, end in spans:
            if not _agrees(parse, group[-1]):  # the participle agrees with its subject
                continue
            for part, readings in _objects(tokens, group):
                obj = russian.put(tuple(part), readings, "accs")
                key = (verb[:VERB_STEM], *(r.lemma for r in readings), f"#{readings[-1].number or 'sing'}")
                yield _occurrence(key, f"{verb} {obj}", text, unit, start if start is not None else part[0].start,
                                  end if end is not None else part[-1].end, 1 + len(part), verb, "perf" in parse.tag)


def _agrees(participle, head: russian.Reading) -> bool:
    tag = participle.tag
    if head.number is None or tag.number != head.number:
        return head.number is None
    return tag.number == "plur" or head.gender in (None, "ms-f") or str(tag.gender) == head.gender


def _formulas(run: list[russian.Token], text: str, unit: int) -> Iterator[Occurrence]:
    for i, token in enumerate(run):
        parse = _parse(token)
        if parse is None or parse.tag.POS != "PREP" or i + 1 == len(run):
            continue
        found = _group(run[i + 1:], ("gent", "datv", "accs", "ablt", "loct"))
        if not found:
            continue
        n, group = found
        tokens = run[i + 1:i + 1 + n]
        key = (token.text.lower(), *(r.lemma for r in group), f"#{group[-1].number or 'sing'}", FORMULA)
        citation = text[token.start:tokens[-1].end]
        yield _occurrence(key, citation[:1].lower() + citation[1:], text, unit, token.start, tokens[-1].end,
                          1 + n, group[-1].lemma, True)


def candidates(text: str, unit: int) -> Iterator[Occurrence]:
    """Every Russian phrase occurrence in one unit's text."""
    for run in russian.tokenize(text):
        yield from _verb_objects(run, text, unit)
        yield from _passives(run, text, unit)
        yield from _nominalised(run, text, unit)
        yield from _formulas(run, text, unit)
