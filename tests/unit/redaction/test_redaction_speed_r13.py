"""Round 13 speed: each rewritten pattern finds exactly what the pattern it replaced found.

No rule changed in that round.  Python's ``re`` scans ahead at C speed for a pattern that
opens with a character class or a literal (in every branch), but tries a pattern that opens
with a look-behind, a repeat or an optional piece at every position of the text.  The
patterns below were rewritten to open with their first character's class and look back
from just after it (``[X](?<!Y.)`` for ``(?<!Y)[X]``), or to spell an optional head out as
branches in the order it was tried.  Each test runs the old pattern (written out here as it
was) and the module's over the development corpora, the blind sets A-F (development
material), the corpora joined into one long text, and invented strings built from the
pieces the pattern reads, and compares every match: where it starts and ends and its groups.
``bench/redaction_outputs.py`` checks the whole engine."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from fieldkit.redaction import (
    addresses_lots,
    apposed_ko,
    doubled_zh,
    hanzi_ko,
    orgs_kinds,
    orgs_shops_ko,
    persons_ko,
    places_dong_ko,
    places_ko,
    places_stems_ko,
    speakers,
    spelled,
    surnames_ko,
)
from fieldkit.redaction.anchored import finditer_from
from fieldkit.redaction.normalize import fold
from fieldkit.redaction.score import parse_corpus
from fieldkit.redaction.speakers import _label_starts
from speed_helpers import found_matches, made_texts

DATA = Path(__file__).resolve().parents[2] / "data" / "redaction"
_HAN = "\u4e00-\u9fff"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    files = [*sorted(DATA.glob("corpus_*.txt")), *sorted((DATA / "blind").glob("set_*.txt"))]
    passages = [fold(p.text) for f in files for p in parse_corpus(f.read_text("utf-8"))]
    return [*passages, "\n\n".join(passages)]


_PIECES = (
    " ",
    "  ",
    "\n",
    ",",
    ", ",
    ".",
    "(",
    ")",
    "/",
    "-",
    "1",
    "12",
    "2019",
    "A",
    "AB",
    "x",
    "K",
    "王",
    "高明",
    "李",
    "哭",
    "上学",
    "市",
    "가",
    "동",
    "리",
    "면",
    "읍",
    "이",
    "야",
    "요",
    "라요",
    "이야요",
    "국가",
    "산단",
    "공단",
    "산업단지",
    "에서",
    "번지",
    "고명",
    "김",
    "철수",
    "민",
    "역",
    "郡",
    "市",
    "区域",
    "알바",
    "일했",
    "근무",
    "목사",
    "집사님",
    "전도사",
    "께서",
    "요셉",
    "AB/12/2019",
    "Q/1234567/2020",
    "/19",
    "王王",
    "小小",
)


def _made(seed: int, count: int = 4000, size: int = 10) -> list[str]:
    return made_texts(seed, _PIECES, count, size)


_AS_THEY_WERE = {
    "hanzi_ko after_role": (
        lambda: hanzi_ko._rx()["after_role"],
        rf"(?<=\s)([{_HAN}]{{1,3}})(?![{_HAN}])(?=[가-힣(,.\s]|$)",
    ),
    "hanzi_ko comma_pair": (
        lambda: hanzi_ko._rx()["comma_pair"],
        rf"(?<![{_HAN}])([{_HAN}]{{2,4}}), ([가-힣]{{2,8}})",
    ),
    "apposed_ko _READ_BESIDE": (
        apposed_ko._READ_BESIDE,
        rf"(?<![{_HAN}])([{_HAN}]{{2,3}})이?, ([가-힣]{{2,6}})",
    ),
    "doubled_zh _DOUBLED": (
        doubled_zh._DOUBLED,  # lazy since round 28
        rf"(?<![{_HAN}])([{_HAN}])\1(?={doubled_zh._PEOPLE_VERB})",
    ),
    "spelled _REFERENCE": (
        spelled._REFERENCE,
        r"(?<![\w/])[A-Z]{1,4}/\d{2,7}/(?:19|20)\d{2}(?![\w/])",
    ),
    "places_dong_ko _END": (
        lambda: places_dong_ko._END,
        rf"(?<=[가-힣0-9])[동읍면가](?=(?:{places_dong_ko._PARTICLE})?(?![가-힣]))",
    ),
    "places_stems_ko _COMPLEX": (
        lambda: places_stems_ko._COMPLEX,
        r"(?:국가)?(?:산업단지|산단|공단)",
    ),
    "places_stems_ko _WORD": (
        lambda: places_stems_ko._WORD,
        r"(?<![가-힣])[가-힣]{2,4}(?=\s)",
    ),
    "places_ko _TOWN_COPULA": (
        lambda: places_ko._TOWN_COPULA,
        r"(?:이?야요?|이?라요)(?=[,.!?\n]|$)",
    ),
    "places_ko _HANZI_DISTRICT": (
        places_ko._HANZI_DISTRICT,  # lazy since round 28
        r"(?<=[市郡道])([\u4e00-\u9fff]{1,3}?)区域",
    ),
    "addresses_lots _LOT": (
        addresses_lots._LOT,
        r"(?<![가-힣])([가-힣]{1,7}[동리읍면가])\s(\d{1,5}(?:-\d{1,4})?)(\s?번지)?"
        r"(?=(?:에서|에|예요|이에요|입니다|이고|인데|이요|요)?(?:[\s.,)?!]|$))",
    ),
}


@pytest.mark.parametrize("name", sorted(_AS_THEY_WERE))
def test_pattern_finds_what_it_found(name: str, texts: list[str]) -> None:
    now, was = _AS_THEY_WERE[name]
    regex, old = now(), re.compile(was)
    assert regex.pattern != old.pattern
    for text in [*texts, *_made(13), *_made(1313, size=4)]:
        assert found_matches(regex, text) == found_matches(old, text), (name, text[:80])


def _church_hits(texts: list[str]) -> list[object]:
    return [list(persons_ko._church_names(t)) for t in texts]


def test_church_office_after_a_space_read_back(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``persons_ko._church_names``: the office's pattern lost its look-behind for a space;
    the rule reads the space back.  The same hits as with the pattern as it was."""
    made = [t.replace("x", " ") for t in _made(7)] + [
        "요셉 목사님이",
        "목사 요셉 목사",
        " 다니엘 집사",
    ]
    now = _church_hits([*texts, *made])
    old = persons_ko._rx()["church"].pattern.replace("(?:", "(?<=\\s)(?:", 1)
    monkeypatch.setitem(persons_ko._rx(), "church", re.compile(old))
    assert now == _church_hits([*texts, *made])
    assert any(now)


def _shop_hits(texts: list[str]) -> list[object]:
    return [list(orgs_shops_ko.find_shop_orgs(t, None)) for t in texts]  # type: ignore[arg-type]


def test_work_word_opens_its_word_read_back(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``orgs_shops_ko``: the word for working lost its look-behind for a syllable; the
    rule reads it back.  The same hits as with the pattern as it was."""
    shops = ["스타커피에서 알바", "달빛치킨에서 일했", "별피자서는 근무", "커피에서 아르바이트"]
    made = [*shops, *(" ".join(p) for p in zip(shops, _made(8, 500, 3), strict=False))]
    now = _shop_hits([*texts, *made])
    old = r"(?<![가-힣])(?:알바|아르바이트|일했|일해|일하|일을|근무)"
    monkeypatch.setattr(orgs_shops_ko, "_WORK", re.compile(old))
    assert now == _shop_hits([*texts, *made])
    assert any(now)


_SPEAKER_PIECES = (
    *_PIECES,
    ":",
    "：",
    ": ",
    "\t",
    " \t ",
    "\n",
    "\n  ",
    ". ",
    "。",
    "? ",
    "!\u3000",
    "민수",
    "小雪",
    "Anna",
    "Interviewer",
    "Abcdefghijklmnop",
    "문",
    "답",
)


def test_speaker_labels_read_back_from_colons(texts: list[str]) -> None:
    """``speakers``: the label pattern is tried only where ``_label_starts`` reads a label's
    line or sentence start back from a colon; the same matches as the plain scan."""
    pick = random.Random(1300)
    made = ["".join(pick.choice(_SPEAKER_PIECES) for _ in range(12)) for _ in range(6000)]
    regex = speakers._rx()
    found = 0
    for text in [*texts, *made]:
        fast = [(m.span(), m.groups()) for m in finditer_from(regex, text, _label_starts(text))]
        assert fast == found_matches(regex, text), text[:80]
        found += len(fast)
    assert found > 200


def test_station_steps_over_the_space_the_pattern_took(texts: list[str]) -> None:
    """``orgs_kinds.street_stations``: the station's pattern lost its optional space; the rule
    steps back over one.  Where the rule reads back from is where the old match started."""
    old = re.compile(r"\s?(?:파출소|派出所)")
    pick = random.Random(1301)
    pieces = (*_PIECES, "파출소", "派出所", "건공가", "\t", "  ", "\n")
    made = ["".join(pick.choice(pieces) for _ in range(8)) for _ in range(4000)]
    for text in [*texts, *made]:
        starts = []
        for station in orgs_kinds._STATION().finditer(text):
            at = station.start()
            starts.append(at - 1 if text[at - 1 : at].isspace() else at)
        assert starts == [m.start() for m in old.finditer(text)], text[:80]


def test_masks_tried_where_a_mask_can_start(texts: list[str]) -> None:
    """``surnames_ko._anonymised``: the mask pattern is tried only at a mask's first
    character; the same matches as the plain scan."""
    regex = surnames_ko._rx()["masked"]
    pick = random.Random(1302)
    pieces = (*_PIECES, "○", "◯◯", "*", "＊＊＊", "OO", "XX", "xx", "O", "X", "Ox", "김")
    made = ["".join(pick.choice(pieces) for _ in range(8)) for _ in range(4000)]
    for text in [*texts, *made]:
        starts = (m.start() for m in surnames_ko._MASK_START.finditer(text))
        fast = [(m.span(), m.groups()) for m in finditer_from(regex, text, starts)]
        assert fast == found_matches(regex, text), text[:80]
