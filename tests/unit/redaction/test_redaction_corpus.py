"""The annotated corpus meets the issue's targets (see tests/data/redaction/README.md).

Targets are measured on passages whose names and places are in none of the engine's lists
(tag ``heldout``): every phone, ID, e-mail and online ID found; person and place full-span
recall >= 0.98 in English and >= 0.97 in Korean, mixed and Chinese; precision >= 0.80 overall
and in Chinese; keep-list loss <= 3%; no known term survives anywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.redaction import Redactor, data
from fieldkit.redaction.normalize import fold
from fieldkit.redaction.score import Passage, Score, parse_corpus, score

CORPUS = Path(__file__).parents[2] / "data" / "redaction"
HAND_LISTS = Path(__file__).parents[3] / "bench" / "redaction_data_src"


@pytest.fixture(scope="module")
def passages() -> list[Passage]:
    return [
        p for f in sorted(CORPUS.glob("corpus_*.txt")) for p in parse_corpus(f.read_text("utf-8"))
    ]


@pytest.fixture(scope="module")
def heldout(passages: list[Passage]) -> dict[str, Score]:
    engine = Redactor.default()
    subsets = {
        lang: [p for p in passages if "heldout" in p.tags and p.lang == lang]
        for lang in ("en", "ko", "mixed", "zh")
    }
    return {lang: score(engine, subset) for lang, subset in subsets.items()}


def test_corpus_is_large_enough(passages: list[Passage]) -> None:
    assert len(passages) >= 150
    assert {p.lang for p in passages} == {"en", "ko", "mixed", "zh"}
    assert sum(p.lang == "zh" and "heldout" in p.tags for p in passages) >= 20
    assert sum("report" in p.tags for p in passages) >= 50


@pytest.mark.parametrize("lang", ["en", "ko", "mixed", "zh"])
def test_no_contact_or_id_is_missed(heldout: dict[str, Score], lang: str) -> None:
    for label in ("PHONE", "ID_NUMBER", "EMAIL", "ONLINE_ID", "URL"):
        assert heldout[lang].recall(label) == 1.0, (label, heldout[lang].misses)


@pytest.mark.parametrize(
    ("lang", "target"), [("en", 0.98), ("ko", 0.97), ("mixed", 0.97), ("zh", 0.97)]
)
def test_names_and_places_recall(heldout: dict[str, Score], lang: str, target: float) -> None:
    for label in ("PERSON", "PLACE"):
        assert heldout[lang].recall(label) >= target, (label, heldout[lang].misses)


def test_chinese_precision(heldout: dict[str, Score]) -> None:
    assert heldout["zh"].precision >= 0.80, heldout["zh"].false_positives


def test_precision_keep_loss_and_known_terms(passages: list[Passage]) -> None:
    result = score(Redactor.default(), passages)
    assert result.precision >= 0.80
    assert result.keep_loss <= 0.03
    assert result.known_survivals == 0


def _hand_listed_places() -> set[str]:
    """Spellings of the hand-written gazetteer lists (bench/redaction_data_src/gazetteer_*.txt).

    The complete tables the gazetteer is built from (China's adcodes, GeoNames) were not
    written by the people who wrote these passages, so a held-out place may be in them."""
    places = set()
    for name in ("gazetteer_cn.txt", "gazetteer_nk.txt"):
        for line in (HAND_LISTS / name).read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                places.update(fold(s).casefold() for s in line.split("|")[2:] if s)
    return places


def test_heldout_names_and_places_are_in_no_list(passages: list[Passage]) -> None:
    places = _hand_listed_places()
    given = data.given_ko() | data.given_en()
    surnames = {s.casefold() for r in (*data.surnames_ko(), *data.surnames_zh()) for s in r.latin}
    for passage in passages:
        if "heldout" not in passage.tags:
            continue
        for start, end, label in passage.gold:
            surface = fold(passage.text[start:end]).casefold()
            if label == "PLACE":
                assert surface not in places, (passage.id, surface)
            if label == "PERSON":
                parts = {surface, *surface.split()} - surnames
                assert not (set(parts) & given) or len(surface) == 1, (passage.id, surface)
