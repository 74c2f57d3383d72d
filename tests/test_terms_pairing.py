"""The glossary's pairing (``tmtool.terms.pairing``): word evidence, pieces of better pairs."""

from __future__ import annotations

from tmtool.terms.extract import TermOptions
from tmtool.terms.model import Candidate, Occurrence, Occurrences
from tmtool.terms.pairing import (TRANSLATION_SUPPORT, Fragments, Link, Omissions, WordAssociation,
                                   _one_name, cognate, competitive_linking, lexicon_translation, links,
                                   spelling_likeness)


def cand(words: tuple[str, ...], units: tuple[int, ...]) -> Candidate:
    occurrences = tuple(Occurrence(key=words, surface=" ".join(words), citation=" ".join(words), unit=u,
                                   start=0, end=1, words=len(words), head=words[-1]) for u in units)
    return Candidate(key=words, form=" ".join(words), forms=(), occurrences=Occurrences.of(occurrences))


def test_the_dictionaries_translate_words_of_either_language():
    translated = lexicon_translation("en-GB", "ru-RU")
    assert translated("side", "сторона") and translated("initiative", "инициатива")
    assert not translated("side", "инициатива")
    assert lexicon_translation("ru-RU", "en-GB")("сторона", "side")


def test_a_dictionary_translation_supports_words_the_corpus_keeps_apart():
    # "side" and "сторона" never share a unit here: Dice says nothing, the dictionary does
    src = [cand(("french", "side"), (1, 2)), cand(("initiative",), (3, 4))]
    tgt = [cand(("французский", "сторона"), (3, 4)), cand(("инициатива",), (1, 2))]
    words = lambda o: o.key  # noqa: E731
    plain = WordAssociation(src, tgt, words, words)
    lexical = WordAssociation(src, tgt, words, words, lexicon_translation("en-GB", "ru-RU"))
    assert plain.score("side", "сторона") == 0.0
    assert lexical.score("side", "сторона") == TRANSLATION_SUPPORT
    assert lexical.score("side", "инициатива") == plain.score("side", "инициатива") == 1.0  # Dice over units
    assert lexical.lexical(("french", "side"), ("французский", "сторона")) > plain.lexical(
        ("french", "side"), ("французский", "сторона"))


def test_a_word_its_look_alike_keeps_company_is_rendered_otherwise_where_the_look_alike_is_absent():
    # contact is контакт in units 1-3, and соприкосновение in "line of contact" (units 4, 5); Lavrov
    # stands beside Лавров everywhere, so России, in all his units, is no rendering of him
    src = [cand(("contact",), (1, 2, 3)), cand(("line", "contact"), (4, 5)), cand(("lavrov",), (1, 2, 4, 5))]
    tgt = [cand(("контакт",), (1, 2, 3)), cand(("линия", "соприкосновение"), (4, 5)),
           cand(("лавров",), (1, 2, 4, 5)), cand(("россия",), (1, 2, 4, 5))]
    words = WordAssociation(src, tgt, lambda o: o.key, lambda o: o.key)
    assert "contact" in words.src_bound
    assert words.score("contact", "соприкосновение") == 1.0  # Dice over units 4 and 5
    assert words.score("contact", "линия") == 1.0 and words.score("contact", "контакт") == 1.0
    assert words.score("lavrov", "россия") == 0.0


def _linked(src: Candidate, tgt: Candidate, shared: int, dice: float, lexical: float) -> Link:
    return Link(src, tgt, shared, dice, lexical)


def _words(occ) -> tuple[str, ...]:
    return tuple(w for w in occ.key if not w.startswith("#"))


def test_a_piece_of_a_better_pair_is_passed_over_and_its_piece_links_no_more():
    # "Minsk" meets "выполнение Минских соглашений" more often than the whole English term does,
    # but the whole explains it better: Minsk is its piece, and takes no worse partner after it.
    minsk = cand(("minsk",), (1, 2, 3, 4, 5, 6))
    whole = cand(("implementation", "minsk", "agreements"), (1, 2, 3, 4))
    russian = cand(("выполнение", "минский", "соглашение"), (1, 2, 3, 4, 5))
    other = cand(("минск",), (5, 6))
    piece = _linked(minsk, russian, 5, 1.0, 0.67)  # confidence 0.82: considered first
    right = _linked(whole, russian, 4, 0.5, 1.0)  # 0.71
    worse = _linked(minsk, other, 2, 0.5, 0.6)
    fragments = Fragments([piece, right, worse], _words, _words)
    assert fragments.pieces(piece) == (True, False) and fragments.pieces(right) == (False, False)
    found = competitive_linking([piece, right, worse], 0.35, None, None, fragments)
    assert [(k.src.form, k.tgt.form) for k in found.links] == [
        ("implementation minsk agreements", "выполнение минский соглашение")]
    assert [k.src.form for k in competitive_linking([piece, right, worse], 0.35, None, None).links] == [
        "minsk"]  # without the test, the piece takes the Russian term from its whole


def test_a_pair_inside_a_better_pair_on_both_sides_is_a_pair_of_its_own():
    # ООН ↔ UN stands inside Генеральная Ассамблея ООН ↔ UN General Assembly on both sides: not half
    # of one term with the whole of another, but a shorter term on each side
    un, assembly = cand(("un",), (1, 2, 3, 4)), cand(("un", "general", "assembly"), (1, 2))
    oon, ga = cand(("оон",), (1, 2, 3, 4)), cand(("генеральный", "ассамблея", "оон"), (1, 2))
    short = _linked(un, oon, 4, 1.0, 0.6)
    whole = _linked(assembly, ga, 2, 1.0, 1.0)
    fragments = Fragments([short, whole], _words, _words)
    assert fragments.pieces(short) == (False, False)
    found = competitive_linking([short, whole], 0.35, None, None, fragments)
    assert sorted(k.src.form for k in found.links) == ["un", "un general assembly"]


def test_a_longer_pair_that_explains_no_better_leaves_the_shorter_one():
    lavrov = cand(("lavrov",), (1, 2, 3, 4))
    full = cand(("sergey", "lavrov"), (1, 2))
    russian = cand(("лавров",), (1, 2, 3, 4))
    short = _linked(lavrov, russian, 4, 1.0, 1.0)
    longer = _linked(full, russian, 2, 0.67, 0.75)
    fragments = Fragments([short, longer], _words, _words)
    assert fragments.pieces(short) == (False, False)
    assert [k.src.form for k in competitive_linking([short, longer], 0.35, None, None, fragments).links] == ["lavrov"]


def test_a_name_the_dictionaries_translate_is_never_on_one_side_only():
    # Россия and Russia are no look-alikes; the dictionaries translate them, and they keep each
    # other company: a phrase with России beside a word the English renders is glued to it.
    src = [cand(("foreign", "ministry"), (1, 2)), cand(("russia",), (3, 4, 10, 11)), cand(("uk",), (5, 6, 7)),
           cand(("britain",), (8, 9))]
    tgt = [cand(("мид", "россии"), (1, 2)), cand(("россия",), (3, 4)), cand(("мид",), (1, 2)),
           cand(("визит", "россии"), (10, 11)), cand(("соединенное", "королевство"), (5, 6, 7)),
           cand(("великобритания",), (5, 6, 8, 9))]
    names = ({"foreign", "ministry", "russia", "uk", "britain"}, {"мид", "россии", "россия", "соединенное",
                                                                   "королевство", "великобритания"})
    words = lambda o: o.key  # noqa: E731
    association = WordAssociation(src, tgt, words, words, lexicon_translation("en-GB", "ru-RU"), names)

    def unmatched(s: tuple[str, ...], t: tuple[str, ...]) -> bool:
        return association.names_unmatched(s, t, frozenset(s) & names[0], frozenset(t) & names[1])

    assert unmatched(("foreign", "ministry"), ("мид", "россии"))
    assert not unmatched(("foreign", "ministry"), ("мид",))  # foreign: the dictionaries' мид
    assert not unmatched(("russia",), ("россия",))
    # a name alone in its phrase may be rendered another way than the dictionaries know
    assert not unmatched(("uk",), ("соединенное", "королевство"))
    # without the dictionaries, Russia and Россия still sound alike (cognate's second look): the glued
    # pair is caught all the same; a name with no look-alike (Britain, Великобритания) binds nothing
    plain = WordAssociation(src, tgt, words, words, None, names)
    assert plain.names_unmatched(("foreign", "ministry"), ("мид", "россии"), frozenset(names[0]),
                                 frozenset({"мид", "россии"}))
    assert not plain.bound("britain", True, False) and not plain.bound("великобритания", False, False)


def _placed(words: tuple[str, ...], texts: dict[int, str], phrase: str) -> Candidate:
    """A candidate of ``words`` standing where ``phrase`` stands in each of ``texts`` (unit → text)."""
    occurrences = tuple(Occurrence(key=words, surface=phrase, citation=phrase, unit=u, start=text.index(phrase),
                                   end=text.index(phrase) + len(phrase), words=len(words), head=words[-1])
                        for u, text in texts.items())
    return Candidate(key=words, form=" ".join(words), forms=(), occurrences=Occurrences.of(occurrences))


def test_a_side_that_leaves_out_what_the_other_says_is_no_pair():
    english = {1: "the implementation of the nuclear power plant", 2: "implementation of the nuclear power plant",
               3: "Russian Foreign Minister met the Minister of Foreign Affairs of Mongolia",
               4: "Russian Foreign Minister met the Minister of Foreign Affairs of Chile"}
    russian = {1: "реализация проекта АЭС", 2: "реализация проекта АЭС",
               3: "Министр иностранных дел России встретился с Министром иностранных дел Монголии",
               4: "Министр иностранных дел России встретился с Министром иностранных дел Чили"}
    plant = _placed(("nuclear", "power", "plant"), {u: english[u] for u in (1, 2)}, "nuclear power plant")
    implementation = _placed(("реализация",), {u: russian[u] for u in (1, 2)}, "реализация")
    minister = _placed(("russian", "foreign", "minister"), {u: english[u] for u in (3, 4)}, "Russian Foreign Minister")
    министр = _placed(("министр", "иностранных", "дел", "россии"), {u: russian[u] for u in (3, 4)},
                      "Министр иностранных дел России")
    omissions = Omissions(lambda source, unit: (english if source else russian)[unit],
                          lexicon_translation("en-GB", "ru-RU"), _words, _words)
    # реализация is "implementation", which the English says outside the nuclear power plant in every unit
    assert omissions(Link(plant, implementation, 2, 1.0, 1.0))
    # дел has no word of the English title, and the English says Affairs elsewhere; but the Russian
    # says дел elsewhere as often: that Affairs renders the other minister's
    assert not omissions(Link(minister, министр, 2, 1.0, 1.0))


def test_a_longer_name_that_leaves_out_what_the_other_side_says_is_no_synonym_of_the_shorter():
    # Main Naval Parade's best link is the partner of Naval Parade, a shorter name of the same thing;
    # but «Главный» says Main outside it: it is no other name of that pair, and takes its own partner
    english = {1: "The Main Naval Parade was held", 2: "He saw the Main Naval Parade", 3: "A naval parade in Kronstadt",
               4: "The naval parade was held"}
    russian = {1: "Главный военно-морской парад прошёл", 2: "Он видел Главный военно-морской парад",
               3: "Военно-морской парад в Кронштадте", 4: "Военно-морской парад прошёл"}
    parade = _placed(("naval", "parade"), {u: english[u].lower() for u in (3, 4)}, "naval parade")
    main = _placed(("main", "naval", "parade"), {u: english[u] for u in (1, 2)}, "Main Naval Parade")
    парад = _placed(("военно-морской", "парад"), {u: russian[u].lower() for u in (1, 2, 3, 4)}, "военно-морской парад")
    главный = _placed(("главный", "военно-морской", "парад"), {u: russian[u] for u in (1, 2)},
                      "Главный военно-морской парад")
    omissions = Omissions(lambda source, unit: (english if source else russian)[unit],
                          lexicon_translation("en-GB", "ru-RU"), _words, _words)
    pairs = [_linked(parade, парад, 2, 1.0, 1.0), _linked(main, парад, 2, 0.67, 1.0),
             _linked(main, главный, 2, 1.0, 0.5)]
    assert [k.confidence > pairs[2].confidence for k in pairs[:2]] == [True, True]
    assert omissions(pairs[1])
    found = competitive_linking(pairs, 0.35, _words, _words, None, omissions)
    assert [(k.src.form, k.tgt.form) for k in found.links] == [
        ("naval parade", "военно-морской парад"), ("main naval parade", "главный военно-морской парад")]
    assert not found.src_synonyms
    without = competitive_linking(pairs, 0.35, _words, _words)  # without the check: a synonym, no pair of its own
    assert [k.src.form for k in without.links] == ["naval parade"] and without.src_synonyms


def test_a_side_always_read_inside_a_longer_candidate_its_partner_links_with_is_a_piece_of_it():
    english = {1: "The Navy held a parade", 2: "Navy ships sailed", 3: "He has thyroid cancer", 4: "thyroid cancer",
               5: "nuclear weapons tests", 6: "nuclear weapons treaty"}
    russian = {1: "Военно-морской флот провёл парад", 2: "Военно-морской флот вывел корабли",
               3: "У него рак щитовидной железы",
               4: "рак щитовидной железы", 5: "ядерное оружие испытали",
               6: "Договор запрещает ядерное оружие"}

    def at(words: tuple[str, ...], units: tuple[int, ...], phrase: str, source: bool) -> Candidate:
        return _placed(words, {u: (english if source else russian)[u] for u in units}, phrase)

    omissions = Omissions(lambda source, unit: (english if source else russian)[unit],
                          lexicon_translation("en-GB", "ru-RU"), _words, _words)
    # every флот of Navy ↔ флот is the end of Военно-морской флот, which Navy links with nearly as well
    navy, флот = at(("navy",), (1, 2), "Navy", True), at(("флот",), (1, 2), "флот", False)
    short = _linked(navy, флот, 2, 1.0, 0.45)
    whole = _linked(navy, at(("военно-морской", "флот"), (1, 2), "Военно-морской флот", False), 2, 1.0, 0.4)
    fragments = Fragments([short, whole], _words, _words, omissions)
    assert fragments.pieces(short) == (False, True)
    assert [k.tgt.form for k in competitive_linking([short, whole], 0.35, None, None, fragments).links] == [
        "военно-морской флот"]
    # cancer stands inside thyroid cancer, and рак inside рак щитовидной железы, its partner: a shorter
    # term on each side, no piece
    cancer, рак = at(("cancer",), (3, 4), "cancer", True), at(("рак",), (3, 4), "рак", False)
    thyroid = at(("thyroid", "cancer"), (3, 4), "thyroid cancer", True)
    pairs = [_linked(cancer, рак, 2, 1.0, 0.45), _linked(thyroid, рак, 2, 1.0, 0.4),
             _linked(thyroid, at(("рак", "щитовидный", "железа"), (3, 4), "рак щитовидной железы", False), 2, 1.0, 1.0)]
    assert Fragments(pairs, _words, _words, omissions).pieces(pairs[0]) == (False, False)
    assert Fragments(pairs[:2], _words, _words, omissions).pieces(pairs[0]) == (True, False)  # рак's longer pair gone
    # nuclear weapons ↔ оружие leaves out the «ядерное» the Russian says: no better pair, weapons no piece
    weapons, оружие = at(("weapons",), (5, 6), "weapons", True), at(("оружие",), (5, 6), "оружие", False)
    nuclear = at(("nuclear", "weapons"), (5, 6), "nuclear weapons", True)
    pairs = [_linked(weapons, оружие, 2, 1.0, 0.45), _linked(nuclear, оружие, 2, 1.0, 0.4)]
    assert omissions(pairs[1])
    assert Fragments(pairs, _words, _words, omissions).pieces(pairs[0]) == (False, False)
    assert Fragments(pairs, _words, _words).pieces(pairs[0]) == (True, False)


def _links(src: list[Candidate], tgt: list[Candidate]) -> dict[tuple[str, str], Link]:
    found = links(src, tgt, _words, _words, translated=lexicon_translation("ru-RU", "en-GB"))
    return {(k.src.form, k.tgt.form): k for k in found}


def test_partners_the_units_cannot_tell_apart_share_the_confidence():
    # оснащённость is seen twice, in the two sentences that hold expanding, ranks and wit twice
    # too: each fits the units perfectly and nothing else says which it translates
    src = [cand(("оснащённость",), (1, 2)), cand(("флот",), (3, 4, 5))]
    tgt = [cand(("expanding",), (1, 2)), cand(("ranks",), (1, 2)), cand(("wit",), (1, 2)), cand(("navy",), (3, 4, 5))]
    found = _links(src, tgt)
    for partner in ("expanding", "ranks", "wit"):
        link = found["оснащённость", partner]
        assert (link.dice, link.lexical, link.rivals) == (1.0, 1.0, 2)
        assert link.confidence < TermOptions().min_confidence
    assert found["флот", "navy"].rivals == 0 and found["флот", "navy"].confidence == 1.0


def test_a_partner_fitting_worse_than_a_tie_is_no_better_guess():
    src = [cand(("оснащённость",), (1, 2))]
    tgt = [cand(("expanding",), (1, 2)), cand(("ranks",), (1, 2)), cand(("infrastructure",), (1, 2, 3))]
    found = _links(src, tgt)
    assert found["оснащённость", "infrastructure"].rivals == 2
    assert found["оснащённость", "infrastructure"].confidence < found["оснащённость", "expanding"].confidence


def test_a_word_the_dictionaries_or_the_spelling_tie_settles_the_tie():
    # гуманитарный ↔ humanitarian look alike; помощь ↔ aid is a dictionary pair
    src = [cand(("гуманитарный",), (1, 2)), cand(("помощь",), (3, 4))]
    tgt = [cand(("humanitarian",), (1, 2)), cand(("convoy",), (1, 2)), cand(("aid",), (3, 4)),
           cand(("delivery",), (3, 4))]
    found = _links(src, tgt)
    assert found["гуманитарный", "humanitarian"].rivals == 0
    assert found["помощь", "aid"].rivals == 0
    assert found["гуманитарный", "convoy"].rivals == 1  # humanitarian is its rival, backed or not


def test_spellings_of_one_name_are_one_partner_not_rivals():
    src = [cand(("ополченцы",), (1, 2))]
    tgt = [cand(("militia",), (1, 2)), cand(("militias",), (1, 2))]
    found = _links(src, tgt)
    assert found["ополченцы", "militia"].rivals == found["ополченцы", "militias"].rivals == 0
    named = lambda form, units: Candidate(key=tuple(form.lower().split()), form=form, forms=(),  # noqa: E731
                                          occurrences=cand(tuple(form.lower().split()), units).occurrences)
    assert _one_name(named("PM", (3,)), named("Prime Minister", (4,)))
    assert _one_name(named("U.S.", (3,)), named("US", (4,)))
    assert not _one_name(named("ranks", (3,)), named("expanding", (4,)))


def test_names_that_sound_alike_as_russian_transcribes_english_are_cognates():
    for russian, english in (("флейк", "flake"), ("асад", "assad"), ("мун", "moon"), ("уоррен", "warren"),
                             ("лавров", "lavrov"), ("коммюнике", "communique")):
        assert cognate(russian, english), (russian, english)
    assert not cognate("мун", "mon") and not cognate("путин", "put")


def test_spelling_likeness_reads_whole_words_in_latin_letters_without_accents():
    assert spelling_likeness("Зарате", "Zárate") == 100
    assert spelling_likeness("Зинке", "Zinke") > spelling_likeness("Зинка", "Zinke")
    assert spelling_likeness("Лавров", "Lavrov") > spelling_likeness("Лаврова", "Lavrov")
