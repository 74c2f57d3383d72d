"""English noun-phrase candidates without a tagger (tmtool.terms.english)."""

from __future__ import annotations

import pytest

from tmtool.terms import candidates as cands
from tmtool.terms import english
from tmtool.terms.english import candidates


def surfaces(text: str) -> set[str]:
    return {o.surface for o in candidates(text, 0)}


def test_stop_words_cut_phrases_and_joiners_stay_inside():
    found = surfaces("The Package of Measures for the Implementation of the Minsk Agreements was signed.")
    assert "Package of Measures for the Implementation of the Minsk Agreements" in found
    assert "Package of Measures" in found and "Minsk Agreements" in found
    assert not any(s.split()[0].lower() in {"the", "of", "for"} for s in found)
    assert not any(s.split()[-1].lower() in {"the", "of", "for", "was", "signed"} for s in found)


def test_a_word_that_dates_the_sentence_is_no_word_of_a_term():
    found = surfaces("He spoke in Europe yesterday and will fly to Asia tomorrow or tonight.")
    assert {"Europe", "Asia"} <= found
    assert not any(w in s.lower() for s in found for w in ("yesterday", "tomorrow", "tonight"))


def test_pronouns_and_irregular_past_forms_are_no_words_of_a_term():
    found = surfaces("Someone wrote that the warehouses caught fire and her mother-in-law drove me mad. "
                     "Everything else seems like nitpicking; the daughter is hers because school ended.")
    assert {"warehouses", "fire", "mother-in-law", "daughter"} <= found
    assert not any(w in s.lower().split() for s in found
                   for w in ("someone", "wrote", "caught", "drove", "me", "everything", "else", "seems", "hers",
                             "because"))


def test_no_phrase_cut_mid_way_across_punctuation():
    found = surfaces("He held talks with the Foreign Minister, Sergey Lavrov.")
    assert "Foreign Minister" in found and "Sergey Lavrov" in found
    assert "Minister Sergey" not in found


def test_modifier_occurrences_are_bound():
    occ = {o.surface: o for o in candidates("The Foreign Minister visit ended.", 0)}
    assert occ["Foreign"].bound and occ["Foreign Minister"].bound
    assert not occ["Foreign Minister visit"].bound


def test_a_title_and_the_name_after_it_are_two_candidates():
    found = surfaces("UN Secretary-General Antonio Guterres met Foreign Minister Sergey Lavrov.")
    assert {"UN Secretary-General", "Antonio Guterres", "Foreign Minister", "Sergey Lavrov"} <= found
    assert not any("Secretary-General Antonio" in s or "Minister Sergey" in s for s in found)
    assert "Minister of Foreign Affairs" in surfaces("the Minister of Foreign Affairs of France")


def test_two_names_joined_by_and_stay_two():
    found = surfaces("Talks on Donetsk and Lugansk, and on trade and economic cooperation.")
    assert "Donetsk and Lugansk" not in found and {"Donetsk", "Lugansk"} <= found
    assert "trade and economic cooperation" in found


def test_words_that_date_an_event_start_no_term():
    found = surfaces("the schedule of upcoming bilateral contacts")
    assert "bilateral contacts" in found
    assert not any("upcoming" in s for s in found)


def test_numbers_only_after_no():
    found = surfaces("Resolution No. 2254 of 2015 and 10,000 violations.")
    assert "Resolution No. 2254" in found
    assert not any(s[0].isdigit() for s in found)


def test_titles_never_stand_alone():
    found = surfaces("Mr Lavrov said so.")
    assert "Mr Lavrov" in found and "Mr" not in found


def test_key_ignores_case_display_keeps_it():
    a, b = (next(iter(candidates(t, 0))) for t in ("Talks", "talks"))
    assert a.key == b.key and a.surface != b.surface


def test_and_joins_words_not_phrases():
    found = surfaces("talks on trade and economic cooperation with the Minister for Europe and Foreign Affairs of France")
    assert "trade and economic cooperation" in found
    assert not any("Europe and Foreign Affairs of France" in s for s in found)


def test_modifier_fragments_and_names_used_as_modifiers():
    texts = ["The Normandy Four meeting was held.", "The Normandy Four leaders spoke.",
             "Foreign Minister Sergey Lavrov arrived.", "Foreign Minister Sergey Lavrov left."]
    found = {c.form: c for c in cands.extract(texts, "en").values()}
    assert not found["Normandy Four"].fragment  # modifies different words: a name
    assert found["Sergey"].fragment  # always before Lavrov: a piece
    assert found["Foreign"].fragment  # one word, never a head


def test_a_noun_seen_only_before_several_nouns_is_a_term_of_its_own():
    from tmtool.terms.extract import TermOptions, _frequent

    texts = ["They resumed disarmament talks.", "A disarmament deal was signed.", "They test nuclear weapons.",
             "The nuclear deal was signed.", "The partnership talks went on.", "Partnership talks began."]
    found = cands.extract(texts, "en")
    assert all(found[(word,)].fragment for word in ("disarmament", "nuclear", "partnership"))
    kept = {c.form for c in _frequent(found, TermOptions(), cands.language("en"), True)}
    assert "disarmament" in kept  # a noun by its ending, before talks and deal: it names a thing
    assert "nuclear" not in kept  # no noun's ending: a modifier
    assert "partnership" not in kept  # before one same word only: a piece of partnership talks
    assert english.noun_shaped("independence") and not english.noun_shaped("Independence")


def test_a_place_the_dictionary_knows_names_itself_where_it_modifies():
    texts = ["The Delhi Chief Minister spoke.", "They met the Delhi Chief Minister.",
             "Director Tony Scott spoke.", "Director Tony Scott left."]
    found = {c.form: c for c in cands.extract(texts, "en").values()}
    assert not found["Delhi"].fragment  # Дели in the general dictionary: a place
    assert found["Tony"].fragment  # a first name the dictionary knows: a piece of the full name
    found = {c.form: c for c in cands.extract(["He flew to Hong Kong.", "Hong Kong police said."], "en").values()}
    assert found["Hong"].fragment  # Hong and Kong are one place the dictionary lists word by word


def test_an_acronym_is_not_the_word_it_spells():
    assert {"US", "US sanctions", "WHO"} <= surfaces("US sanctions and the WHO report reached us.")
    assert "us" not in surfaces("It reached us.")


def test_an_acronym_seen_only_as_a_modifier_is_a_term():
    texts = ["EU law applies.", "EU countries agreed.", "The Foreign Ministry said.", "The Foreign Office said."]
    found = {c.form: c for c in cands.extract(texts, "en").values()}
    assert not found["EU"].fragment  # modifies different words, written in capitals: a name
    assert found["Foreign"].fragment  # one word in lower case after the first letter: a piece
    found = {c.form: c for c in cands.extract(["PSB analysts note a rise.", "forecast PSB analysts."], "en").values()}
    assert not found["PSB"].fragment  # an acronym before one same word is a name still


def test_a_participle_modifies_a_common_noun_and_is_a_verb_elsewhere():
    found = surfaces("Macron announced that the armed forces left the disputed site. Leaders warned Russia.")
    assert {"Macron", "armed forces", "disputed site", "Russia"} <= found
    assert not any(s.endswith(("announced", "warned")) or s.startswith("warned") for s in found)
    assert not any(o.bound for o in candidates("Macron announced it.", 0))


def test_a_participle_after_of_modifies_the_noun_inside_the_phrase():
    found = surfaces("4,000 members of the armed forces took part. The list of the detained was published.")
    assert {"members of the armed forces", "armed forces", "list"} <= found
    assert not any(s.endswith("detained") for s in found)


def test_a_noun_in_ly_is_no_adverb():
    found = surfaces("The Congress stands one past the majority mark in the 200-member assembly, reportedly.")
    assert {"assembly", "member assembly"} <= found and not any("reportedly" in s for s in found)


def test_an_irregular_past_with_a_prefix_is_a_verb():
    found = surfaces("His chief adviser underwent training in the SAS Killing House.")
    assert "chief adviser" in found and not any("underwent" in s for s in found)
    assert not any("understood" in s or "withdrew" in s for s in surfaces("Moscow understood that Kyiv withdrew troops."))


def test_a_word_before_a_possessive_is_a_verb_and_ends_no_noun_phrase():
    found = surfaces("We call on the world to strengthen trust and restore its infrastructure.")
    assert "trust" in found and "infrastructure" in found
    assert not [s for s in found if s.endswith("restore")]
    assert "Syria" in surfaces("They gave Syria its support.")  # a name before it is no verb


def test_a_capitalised_stop_word_inside_a_name_is_part_of_it():
    found = surfaces("Talks with the United States began. The States said so. Victory Day May 9.")
    assert "United States" in found
    assert not any(s.split()[0] == "States" or s.endswith("May") for s in found)


def test_a_capitalised_stop_word_after_a_name_s_joiner_is_part_of_it():
    found = surfaces("He spoke of the Fund for the Support of Russian Writers. We call for the Support.")
    assert "Fund for the Support of Russian Writers" in found
    assert "Support" not in found  # no name before its joiner: the verb it spells
    # in capitals a capital says nothing: an article after a joiner is no word of a name
    assert not any(" A " in s for s in surfaces("SKETCHES OF A RURAL MUSCOVITE"))


def test_an_acronym_s_plural_is_a_form_of_it():
    a, b = (next(iter(candidates(t, 0))) for t in ("UAVs", "UAV"))
    assert a.key == b.key == ("uav",) and a.surface == "UAVs"
    assert next(iter(candidates("the sides", 0))).key == ("sides",)  # a common noun keeps its number


def test_letters_written_onto_a_number_are_no_word():
    assert surfaces("the 75th anniversary") == {"anniversary"}


def test_the_pairing_compares_compounds_by_their_parts():
    occurrence = next(iter(candidates("the Vice-President", 0)))
    assert cands.language("en").words(occurrence) == ("vice", "president")
    from tmtool.terms import russian
    words = cands.language("ru").words
    assert words(next(iter(russian.candidates("премьер-министр", 0)))) == ("премьер", "министр")
    assert words(next(iter(russian.candidates("госсекретарь", 0)))) == ("государственный", "секретарь")
    assert words(next(iter(russian.candidates("министр", 0)))) == ("министр",)  # not мин + истр
    assert words(next(iter(russian.candidates("гостиница", 0)))) == ("гостиница",)


@pytest.mark.parametrize("key, plural", [("sides", True), ("minsk agreements", True), ("process", False),
                                         ("implementation of the minsk agreements", False),
                                         ("full implementation of the minsk agreements", False),
                                         ("package of measures", False), ("ministers for foreign affairs", True)])
def test_a_phrase_is_plural_when_its_head_is(key, plural):
    assert english.is_plural(tuple(key.split())) is plural


def test_a_letter_alone_is_an_initial_not_a_term():
    found = {o.surface for o in candidates("Army Chief General M M Naravane paid tributes.", 0)}
    assert "M" not in found and "M M Naravane" in found


def test_a_share_or_a_kind_heads_no_term_with_what_it_counts():
    found = {o.surface for o in candidates("Nearly half of Britons back procurement by certain types of legal "
                                           "entities, the majority of voters say.", 0)}
    assert {"Britons", "legal entities", "voters"} <= found
    assert not {s for s in found if " of " in s}
    assert "parliamentary majority" in {o.surface for o in candidates("The parliamentary majority voted.", 0)}


def test_a_name_no_dictionary_knows_stands_for_itself_where_it_modifies():
    found = {(o.surface, o.bound) for o in candidates("He said Tory MPs met at the Hatigaon residence.", 0)}
    assert ("Tory", False) in found and ("Hatigaon", False) in found
    assert ("Foreign", True) in {(o.surface, o.bound) for o in candidates("The Foreign Ministry said.", 0)}
    assert ("Superyacht", True) in {(o.surface, o.bound) for o in candidates("Superyacht owners left.", 0)}


def test_a_verb_form_that_is_also_a_noun_is_the_noun_after_a_modifier():
    assert {"member states", "humanitarian support", "diplomatic notes"} <= surfaces(
        "EU member states agreed on humanitarian support; diplomatic notes were exchanged.")
    assert surfaces("The report states that Moscow supports Damascus.") == {"report", "Moscow", "Damascus"}
    assert "States" not in surfaces("The United States said.")


def test_american_titles_with_a_full_stop_and_names_that_begin_with_new():
    found = {(o.surface, o.key) for o in candidates("Mr. Mueller met Mr Mueller in New York.", 0)}
    assert ("Mr. Mueller", ("mr", "mueller")) in found and ("Mr Mueller", ("mr", "mueller")) in found
    assert ("New York", ("new", "york")) in found
    assert surfaces("New sanctions were imposed.") == {"sanctions"}


def test_a_reflexive_pronoun_is_no_word_of_a_term():
    assert surfaces("We will not disarm ourselves.") == {"disarm"}


def test_an_acronym_written_with_full_stops_is_the_acronym():
    keys = {o.surface: o.key for o in candidates("The U.N. and the UN met; U.S. and US officials.", 0)}
    assert keys["U.N."] == keys["UN"] == ("un",) and keys["U.S."] == keys["US"] == ("us",)


def test_a_people_in_the_plural_is_the_subject_of_the_word_after_it_not_its_modifier():
    found = {(o.surface, o.bound) for o in candidates("However, Americans appear split and Macedonians vote today.", 0)}
    assert ("Americans", False) in found and ("Macedonians", False) in found
    assert not {s for s, _ in found if s.startswith(("Americans ", "Macedonians "))}
    assert "Americans Act" in surfaces("The Americans Act passed.")  # a capitalised word after it: a name


def test_a_title_before_a_full_name_in_apposition_stands_free():
    found = {(o.surface, o.bound) for o in candidates("He met US Secretary of State Mike Pompeo in Paris.", 0)}
    assert ("Secretary of State", False) in found and ("Mike Pompeo", False) in found
    # a capitalised word after it that begins no name: a modifier
    assert ("Secretary of State", True) in {(o.surface, o.bound) for o in candidates(
        "The Secretary of State Department officials met.", 0)}


def test_a_capitalised_word_before_a_lower_case_noun_names_a_thing_of_its_own():
    found = {(o.surface, o.bound) for o in candidates("They tested the Zircon hypersonic missile; a Kremlin "
                                                      "spokesman said.", 0)}
    assert ("Zircon", False) in found and ("Kremlin", False) in found
    assert ("Russian", True) in {(o.surface, o.bound) for o in candidates("He said Russian officials met.", 0)}
    assert ("Foreign", True) in {(o.surface, o.bound) for o in candidates("He said the Foreign Minister met.", 0)}


def test_a_lower_case_noun_before_a_name_is_in_apposition_to_it():
    found = {(o.surface, o.bound) for o in candidates("He met special counsel Robert Mueller; the frigate "
                                                      "Admiral Gorshkov sailed.", 0)}
    assert {("special counsel", False), ("Robert Mueller", False), ("frigate", False)} <= found
    assert not {s for s, _ in found if s in ("counsel Robert", "frigate Admiral", "special counsel Robert Mueller")}
    assert ("congresswoman", False) in {(o.surface, o.bound) for o in candidates("He met congresswoman Nancy Pelosi.", 0)}
    # an adjective before a name modifies it
    assert ("eastern Ukraine", True) in {(o.surface, o.bound) for o in candidates("War in eastern Ukraine goes on.", 0)}
    assert "former President" in surfaces("The former President Trump said.")


def test_an_adverb_first_in_a_sentence_is_no_name():
    # a capital at a sentence's start hides an -ly adverb made of a word the dictionary knows; a place
    # there (Italy) or a name made of no such word (Kelly) stays
    assert "Currently" not in surfaces("Currently, the rules are being revised.")
    assert "Italy" in surfaces("Italy, the host, said so.")
    assert "Kelly" in surfaces("Kelly, the envoy, said so.")


def test_a_noun_that_only_heads_a_complex_preposition_is_no_term():
    assert surfaces("The treaty was signed in accordance with the law on behalf of the parties.") == {
        "treaty", "law", "parties"}


def test_a_name_s_number_is_part_of_it_and_closes_it():
    assert {"Nord Stream 2", "pipeline"} <= surfaces("Trump criticised the Nord Stream 2 pipeline project.")
    assert "Nord Stream 2 pipeline" not in surfaces("Trump criticised the Nord Stream 2 pipeline project.")
    found = surfaces("Pantsir-C1 systems, Su-35 fighters and the COVID-19 pandemic.")
    assert {"Pantsir-C1", "Su-35", "COVID-19"} <= found
    occ = {o.surface: o for o in candidates("to halt Nord Stream 2 if Russia invades Ukraine", 0)}
    assert occ["Nord Stream 2"].key == ("nord", "stream", "2")
    assert occ["Nord Stream"].bound  # a piece of the name, not the pipeline of 2011


def test_a_date_or_a_count_after_a_name_is_not_its_number():
    assert not any(any(c.isdigit() for c in s) for s in surfaces("On May 9 the parade was held on Tverskaya Street 2."))
    found = surfaces("In Paris 3 people were injured, in Lyon 12 cars burnt.")
    assert not any(any(c.isdigit() for c in s) for s in found)


def test_a_possessive_inside_a_name_is_a_word_of_it():
    assert {"Donetsk People's Republic", "Prosecutor General's Office", "UN Children’s Fund",
            "Democratic People's Republic of Korea", "North East Students' Organisation"} <= surfaces(
        "The Donetsk People's Republic, the Prosecutor General's Office, the UN Children’s Fund, the Democratic "
        "People's Republic of Korea and the North East Students' Organisation.")
    occ = {o.surface: o for o in candidates("the Donetsk People’s Republic", 0)}
    assert occ["Donetsk People’s Republic"].key == ("donetsk", "people's", "republic")


def test_a_name_s_possessive_stays_apart_from_what_follows():
    found = surfaces("Russia's Foreign Ministry, Trump's Twitter account and the Kremlin's Peskov.")
    assert {"Russia", "Foreign Ministry", "Trump", "Twitter account", "Kremlin", "Peskov"} <= found
    assert not any("'" in s for s in found)


def test_a_name_s_particles_are_inside_it_never_at_its_end():
    found = surfaces("Ursula von der Leyen met Mohammed bin Salman and Staffan de Mistura.")
    assert {"Ursula von der Leyen", "Mohammed bin Salman", "Staffan de Mistura", "de Mistura"} <= found
    assert not any(s.split()[-1] in english.PARTICLES for s in found)


def test_an_arabic_article_written_onto_a_name_is_no_part_of_its_key():
    occ = {o.surface: o for o in candidates("President Bashar al-Assad said that Assad", 0)}
    assert occ["al-Assad"].key == occ["Assad"].key == ("assad",)
    assert occ["Bashar al-Assad"].key == ("bashar", "assad")
    assert english.articled("Walid al-Moualem") and not english.articled("Moualem")


def test_a_capitalised_ordinal_begins_a_name_but_not_a_title():
    found = surfaces("The Second World War and First Deputy Foreign Minister Vladimir Titov.")
    assert {"Second World War", "Deputy Foreign Minister"} <= found
    assert "First Deputy Foreign Minister" not in found  # Russian: первый заместитель Министра


def test_st_with_a_full_stop_is_a_word_of_a_name():
    occ = {o.surface: o for o in candidates("the St. Petersburg International Economic Forum opened", 0)}
    assert occ["St. Petersburg International Economic Forum"].key == ("st", "petersburg", "international", "economic",
                                                                   "forum")
    assert occ["St. Petersburg"].key == ("st", "petersburg")
