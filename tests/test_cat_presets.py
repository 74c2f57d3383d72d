"""CAT tool presets (``--cat``): tmtool's SRX files for each tool's default segmentation.

OmegaT's is checked against OmegaT 3.6 itself (``omegat_segment.sh``, skipped without
OmegaT or the shared folder): every paragraph of the sample corpus, both languages, and
the tricky paragraphs below are cut exactly as OmegaT cuts them. Trados Studio, memoQ and
Phrase do not run here: their documented behaviours (docs/formats.md) are small cases.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from test_formats_contract import make_unit
from test_formats_omegat import roundtrip  # noqa: F401  (the fixture: skips without OmegaT)
from tmtool.errors import TmtoolError, UnknownNameError
from tmtool.formats import CAT_PRESETS, cat_rules, fit_units, srx_split
from tmtool.formats.cat import CONTINUATION_NOTE
from tmtool.ingest import discover, ingest
from tmtool.segment.srx import load_srx

TRICKY = {
    "en-GB": [
        "1. Reaffirmed their strong commitment to the sovereignty, independence and territorial integrity of Syria.",
        "2) The sides noted the importance of the talks.",
        "1.1 The sides agreed on the agenda.",
        "2017 Was a difficult year for the talks.",
        "• The ministers discussed bilateral relations. They agreed to meet again.",
        "– progress in implementing the Minsk Agreements and work in the Normandy format;",
        "He said “we are ready.” The meeting then ended.",
        "Question: How would you comment on this? Answer: We are ready to talk.",
        "Mr. Lavrov met Dr. Smith and Prof. Jones. Mrs. Brown and Ms. White joined them.",
        "The U.S. President spoke. The U.K. Government agreed. In the U.S. the economy grew.",
        "On 3 Feb. 2017 the talks began at 5 p.m. in the capital. At 10 a.m. Another round began.",
        "Resolution No. 2254 was adopted, i.e. the Council agreed, e.g. on a ceasefire, etc. and more. Fig. 3 shows it.",
        "S.V. Lavrov and John F. Kennedy spoke. A.B.Smith left.",
        "The talks lasted approx. two hours, 45 min. in all, 30 sec. more.",
        "Really?! Yes... and no. Wait... Then it ended.",
        "The minister (see St. Petersburg, Mt. Elbrus) spoke vs. the others. No. Never.",
    ],
    "ru-RU": [
        "1. Стороны высоко оценивают нынешний уровень отношений.",
        "2) Стороны договорились продолжить контакты.",
        "• Министры обсудили двусторонние отношения. Они договорились встретиться вновь.",
        "– ход выполнения Минских соглашений и работу в нормандском формате;",
        "Он сказал: «Мы готовы.» Затем встреча закончилась.",
        "Вопрос: Как Вы прокомментируете это? Ответ: Мы готовы к диалогу.",
        "Всего с начала 2017 г. Россия направила более 1,5 тыс. т грузов. В 2016 г. было меньше.",
        "С.В.Лавров и А. Гутерриш обсудили ситуацию, т.е. Положение в регионе. Т.К. Так решили.",
        "Давление 760 мм рт. ст. Норма. Давление 750 мм рт.ст. Тоже норма.",
        "Встреча состоялась 3 февр. 2017 г. в Москве, в т.ч. с участием экспертов.",
        "Собеседники обсудили резолюцию СБ ООН № 2401... И другие вопросы... и не только.",
    ],
}


def corpus_paragraphs(corpus: Path, lang: str) -> list[str]:
    """Every title and body paragraph of the corpus's releases in ``lang``, as tmtool reads them."""
    releases, _ = ingest(discover(corpus))
    return [p for r in releases if r.lang == lang for p in (r.title, *(x.text for x in r.paragraphs))]


@pytest.mark.parametrize("lang", ["en-GB", "ru-RU"])
def test_omegat_preset_cuts_as_omegat_does(tmp_path, roundtrip, corpus, lang):  # noqa: F811
    paragraphs = corpus_paragraphs(corpus, lang) + TRICKY[lang]
    document = tmp_path / "source.txt"
    document.write_text("\n\n".join(paragraphs) + "\n", "utf-8")
    other = "ru-RU" if lang == "en-GB" else "en-GB"
    done = subprocess.run(["bash", str(roundtrip.parent / "omegat_segment.sh"), str(document), lang, other],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    split = srx_split(cat_rules("omegat"), lang)
    ours = {segment for paragraph in paragraphs for segment in split(paragraph)}
    # OmegaT lists each distinct segment once, in no useful order: compare the sets.
    theirs = {line for line in done.stdout.splitlines() if line.strip()}
    assert (sorted(ours - theirs), sorted(theirs - ours)) == ([], [])
    assert len(ours) > len(paragraphs)  # the comparison has cut segments to compare


DOCUMENTED = [
    # OmegaT 3.6 (measured above; these run without OmegaT)
    ("omegat", "en-GB", "1. The sides agreed. They left.", ["1.", "The sides agreed.", "They left."]),
    ("omegat", "en-GB", "He said “yes.” The meeting ended.", ["He said “yes.” The meeting ended."]),
    ("omegat", "en-GB", "The U.S. economy grew. Mr. Smith: Fine.", ["The U.S.", "economy grew.", "Mr. Smith: Fine."]),
    ("omegat", "ru-RU", "В 2017 г. Россия направила грузы, т.е. Много.", ["В 2017 г.", "Россия направила грузы, т.е. Много."]),
    # Trados Studio: closing punctuation stays with the segment; the colon rule; the
    # lower-case letter exception; abbreviations; manual numbering "1)" is not cut off
    ("trados", "en-GB", "He said “yes.” The meeting ended.", ["He said “yes.”", "The meeting ended."]),
    ("trados", "en-GB", "Battery: Made in China", ["Battery:", "Made in China"]),
    ("trados", "en-GB", "The U.S. economy grew. Mr. Smith came.", ["The U.S. economy grew.", "Mr. Smith came."]),
    ("trados", "en-GB", "1) This is an object. Really? Yes!", ["1) This is an object.", "Really?", "Yes!"]),
    # memoQ: no segment after "Mr." in "Mr. Smith"; a reference number after the stop keeps
    # the sentences together; manual numbering "1)" is not cut off
    ("memoq", "en-GB", "Mr. Smith came. He left.", ["Mr. Smith came.", "He left."]),
    ("memoq", "en-GB", "This is an example sentence.² With a second sentence added.",
     ["This is an example sentence.² With a second sentence added."]),
    ("memoq", "en-GB", "1) This is an object.", ["1) This is an object."]),
    # Phrase: a sentence is a segment; abbreviations end none
    ("phrase", "en-GB", "Translation memories with multilingual target languages are supported and can be used "
                        "bidirectionally. Mr. Smith agreed.",
     ["Translation memories with multilingual target languages are supported and can be used bidirectionally.",
      "Mr. Smith agreed."]),
    ("phrase", "ru-RU", "В 2017 г. Россия направила грузы. Они прибыли.", ["В 2017 г. Россия направила грузы.", "Они прибыли."]),
]


@pytest.mark.parametrize("tool, lang, text, segments", DOCUMENTED)
def test_documented_behaviour(tool, lang, text, segments):
    assert srx_split(cat_rules(tool), lang)(text) == segments


def test_every_preset_is_a_valid_rule_file_with_english_and_russian():
    assert CAT_PRESETS.names() == ["memoq", "omegat", "phrase", "trados"]
    for _, path in CAT_PRESETS:
        document = load_srx(path)
        assert document.rule_names("en-GB") and document.rule_names("ru-RU")


def test_cat_rules_names_a_preset_or_a_file_never_both(tmp_path):
    assert cat_rules() is None
    assert cat_rules(cat_srx="my.srx") == "my.srx"
    assert cat_rules("trados") == str(CAT_PRESETS.get("trados"))
    with pytest.raises(UnknownNameError, match=r"unknown CAT tool 'wordfast' \(known: memoq, omegat, phrase, trados\)"):
        cat_rules("wordfast")
    with pytest.raises(TmtoolError, match="exclude each other"):
        cat_rules("omegat", "my.srx")


def test_a_numbered_item_keeps_its_number_apart():
    """OmegaT cuts "1." off a list item: the number is translated as itself, the item as the item."""
    unit = make_unit("r-3", "1. The sides agreed. They left.", "1. Стороны договорились и ушли.", paragraph=2)
    number, item, rest = fit_units([unit], srx_split(cat_rules("omegat"), "en-GB"))
    assert [(u.unit_id, u.source, u.target, u.kind) for u in (number, item, rest)] == [
        ("r-3", "1.", "1.", "body"),
        ("r-3.2", "The sides agreed.", "Стороны договорились и ушли.", "body"),
        ("r-3.3", "They left.", "", "continuation")]
    assert rest.notes[-1] == CONTINUATION_NOTE


def test_a_number_the_translation_does_not_start_with_is_a_piece_like_any_other():
    unit = make_unit("r-4", "2017 Was a hard year.", "Год 2017 был трудным.", paragraph=2)
    first, rest = fit_units([unit], srx_split(cat_rules("omegat"), "en-GB"))
    assert [(u.source, u.target, u.kind) for u in (first, rest)] == [
        ("2017", "Год 2017 был трудным.", "body"), ("Was a hard year.", "", "continuation")]
