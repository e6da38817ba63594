"""Round 14 speed, second lane: the round-14 rules find what they found, reading less.

Each change is compared with what it replaced (comparisons, never timings;
``bench/redaction_outputs.py`` checks the whole engine on every corpus):

* patterns that opened on a look-behind open on their first character, the look-behind
  after it: the same matches as the patterns as they were;
* rules that now try their pattern only where a rare literal stands (``finditer_from``
  with the anchors' positions) give the same hits as the plain scan (``finditer_from``
  forced to scan the whole text).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator

import pytest

from fieldkit.redaction import (
    Redactor,
    address_terms_ko,
    islands_mixed,
    months_en,
    name_glosses_ko,
    names_partial_ko,
    orgs_acronyms,
    orgs_legal_forms_ko,
    orgs_sides_ko,
    orgs_signs_ko,
    particles_mixed,
    places_reached_ko,
    places_slots_ko,
)
from fieldkit.redaction.normalize import fold
from speed_helpers import found_matches, made_texts, passages

_SECRET = b"r14d-speed-comparison-secret-000"

_INVENTED = (
    'May told me to wait. And May also said no; June gave us rice, "April sang.',
    "Then, August helped. In May we left. may told.",
    "선교회 쪽 선교사님이 도와줬어요. 두리하나측에서 연락이 왔어요. 한울림 측은 몰랐어요.",
    "김 뭐였더라, 그 사람. 王 뭐더라. 박뭐였지 기억이 안 나요.",
    "Bright  Path 교회. The Foo-Bar. A'B&C 식당, xNGO. FooNGO; Hope Of The Dawn 선교회.",
    "회령 장미피복 다닐 때. 무산 식자재유통에서. 연길  건설. 청진 건설회사, 회령\t양조.",
    "The Bright Path Network (BPN) and Liberty in North Korea. k.lee@brightpath.org, Bright Path.",
    "she is called 솔, which just means pine; named 별, meaning star. CALLS HIM 달, means moon.",
    "ask for 花子; that's what they call her. 한결, That is what we call him. 솔, which is what",
    "u\u017fed: Called 솔, meaning pine. 보라; thats what the girls called her.",
    "주식회사 한빛무역에서 일했어요. 사회복지법인 나눔이 도왔고 법무법인 태평양, 합자회사 .",
    "I met Grace Mission 교회에서. Bright Path라는 NGO가 도와줬어요. Korea 식당.",
    "연경이 was sent back. my son is 한결이 (it means one way). 방 집사님 from the church.",
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return passages() + list(_INVENTED)


_PIECES = (
    " ", "  ", "\n", ",", ", ", ".", ". ", "? ", "!", "(", "(it", ")", "'", "-", "1",
    "A", "Kim", "May", "April", "June", "August", "told", "also", "and ", "\"", "Grace",
    "NGO", "KTV", "Mission", "the", "Foo-Bar", "O'Neil", "&", "x",
    "쪽", "측", "측에서", "선교사", "사람", "뭐더라", "뭐였지", "머더라", "김", "王", "보라",
    "두리", "하나", "이", "연경이", "집사님", "교회", "식당", "라는", "간판", "이 ", " (", "방",
    "목사님", " from", "a (it", "선교회", "이라는", "회령", "피복", "건설", "유통",
    "Network", "Relief", "called ", "named ", "솔", ", which means", " meaning",
    "; that's what they call her", ", that is what we call him", "\u212a",
    "(BPN)", "주식회사", "사회복지법인", "법인", "회사", "나눔",
    "of ", "Liberty", "-x", "@", "brightpath.",
)  # fmt: skip


def _made(seed: int, count: int = 3000, size: int = 10) -> list[str]:
    return made_texts(seed, _PIECES, count, size)


_LATIN_WAS = r"(?<![A-Za-z0-9])([A-Z][A-Za-z'&.\-]*(?: [A-Z][A-Za-z'&.\-]*){0,3})"

_W = r"[A-Z][A-Za-z'&]+"
_L = r"(?:in|for|of|and|the|on|to|&)"
_ENDS = "|".join(orgs_acronyms._ENDINGS.split())

_AS_THEY_WERE = {
    "orgs_acronyms _BRACKETED": (
        lambda: orgs_acronyms._BRACKETED,
        lambda: rf"(?<![A-Za-z-])({_W}(?: (?:{_L} )?{_W}){{1,6}}) ?\(([A-Za-z]{{2,8}})\)",
    ),
    "orgs_acronyms _ENDED": (
        lambda: orgs_acronyms._ENDED,
        lambda: rf"(?<![A-Za-z-])((?:{_W} (?:{_L} )?){{1,5}}(?:{_ENDS}))(?![A-Za-z])",
    ),
    "orgs_acronyms _CAPITALISED": (
        orgs_acronyms._CAPITALISED,
        lambda: rf"(?<![A-Za-z-])({_W}(?: {_W}){{1,5}})(?![A-Za-z])",
    ),
    "orgs_signs_ko latin": (
        lambda: orgs_signs_ko._rx()["latin"],
        lambda: orgs_signs_ko._rx()["latin"].pattern.replace(
            orgs_signs_ko._rx()["latin"].pattern.split("(?:(?:")[0], _LATIN_WAS, 1
        ),
    ),
}


@pytest.mark.parametrize("name", sorted(_AS_THEY_WERE))
def test_pattern_finds_what_it_found(name: str, texts: list[str]) -> None:
    now, was = _AS_THEY_WERE[name]
    regex, old = now(), re.compile(was())
    assert regex.pattern != old.pattern and old.pattern.startswith("(?<!")
    found = 0
    for text in [*map(fold, texts), *_made(141), *_made(1441, size=4)]:
        assert found_matches(regex, text) == found_matches(old, text), (name, text[:80])
        found += bool(found_matches(old, text))
    assert found


_OPENED = {
    "places_reached_ko _NEAR": places_reached_ko._NEAR,
    "places_reached_ko _CORRECTED": places_reached_ko._CORRECTED,
    "address_terms_ko _TAK": address_terms_ko._TAK,
    "address_terms_ko role": lambda: address_terms_ko._rx()["role"],
    "address_terms_ko office": lambda: address_terms_ko._rx()["office"],
    "address_terms_ko _IN_CHARGE": address_terms_ko._IN_CHARGE,
    "orgs_legal_forms_ko _SENT": lambda: orgs_legal_forms_ko._SENT,
    "name_glosses_ko _HANZI_AFTER": name_glosses_ko._HANZI_AFTER,  # lazy since round 28
    "name_glosses_ko _REAL_AFTER": name_glosses_ko._REAL_AFTER,  # lazy since round 28
    "particles_mixed _ANIMATE": lambda: particles_mixed._ANIMATE,
    "particles_mixed _PAIR": lambda: particles_mixed._PAIR,
    "places_slots_ko _MARKET": places_slots_ko._MARKET,
    "places_slots_ko _TOWNSHIP": places_slots_ko._TOWNSHIP,
    "places_slots_ko _company_rx": places_slots_ko._company_rx,
}
"""Patterns that opened on ``(?<![가-힣])`` and a run of syllables: they open on the first
syllable, the look-behind after it (``[가-힣](?<![가-힣].)``)."""


def _as_it_was(pattern: str) -> str:
    """The pattern with its look-behind back in front (as round 14 wrote it)."""

    def run(found: re.Match[str]) -> str:
        low, high = found.group(1), found.group(2)
        if low is None:
            return "(?<![가-힣])([가-힣]"
        return f"(?<![가-힣])([가-힣]{{{int(low) + 1},{int(high) + 1}}}"

    was = re.sub(r"\(\[가-힣\]\(\?<!\[가-힣\]\.\)(?:\[가-힣\]\{(\d),(\d)\})?", run, pattern)
    return was.replace("담당(?<![가-힣]담당)", "(?<![가-힣])담당")


_HANGUL_PIECES = (
    " ", "\n", ",", ", ", ".", "(", "A", "x", "王", "延吉", "김", "보라", "한결", "이", "가",
    "근처", "부근", "말고", "아니고", "대신", "댁", "청주댁", "경찰", "과장님", "담당자",
    "담당", "상담사", "에서 보낸", "목사", "(본명", "(가명", "모름", "한테", "에게서",
    "랑", "하고", "와", "회령", "시장", "장마당", "온성", "남양진", "피복", "건설",
    "이었", "에서", "님",
)  # fmt: skip


@pytest.mark.parametrize("name", sorted(_OPENED))
def test_opened_pattern_finds_what_it_found(name: str, texts: list[str]) -> None:
    regex = _OPENED[name]()
    old = re.compile(_as_it_was(regex.pattern), regex.flags)
    assert "(?<![가-힣])" not in regex.pattern and old.pattern.count("(?<![가-힣])") == 1
    pick = random.Random(143)
    made = ["".join(pick.choice(_HANGUL_PIECES) for _ in range(8)) for _ in range(4000)]
    found = 0
    for text in [*map(fold, texts), *made]:
        assert found_matches(regex, text) == found_matches(old, text), (name, text[:80])
        found += bool(found_matches(old, text))
    assert found


def _whole(regex: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``finditer_from`` forced open: the plain scan."""
    del starts
    return regex.finditer(text)


_ANCHORED = (
    orgs_legal_forms_ko,
    months_en,
    names_partial_ko,
    orgs_sides_ko,
    islands_mixed,
    orgs_signs_ko,
    places_slots_ko,
)


def _rule_hits(res: object, text: str) -> list[object]:
    words = frozenset(re.findall(r"[a-z0-9]+", text.lower()))
    return [
        *months_en.find_month_names(text, res, words),  # type: ignore[arg-type]
        *names_partial_ko.find_partial_names(text, res),  # type: ignore[arg-type]
        *orgs_sides_ko.find_side_orgs(text, res),  # type: ignore[arg-type]
        *islands_mixed.find_mixed_islands(text, res),  # type: ignore[arg-type]
        *orgs_signs_ko.find_sign_orgs(text, res),  # type: ignore[arg-type]
        *places_slots_ko.find_slot_places(text, res),  # type: ignore[arg-type]
        *orgs_legal_forms_ko.find_legal_form_orgs(text, res),  # type: ignore[arg-type]
    ]


def test_anchored_rules_find_what_the_plain_scan_finds(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    res = Redactor.default().res
    every = [*map(fold, texts), *_made(142), *_made(1442, size=4)]
    fast = [_rule_hits(res, text) for text in every]
    for module in _ANCHORED:
        monkeypatch.setattr(module, "finditer_from", _whole)
    assert [_rule_hits(res, text) for text in every] == fast
    assert sum(map(len, fast)) > 20


def test_anchored_rules_change_no_output(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def outputs() -> list[tuple[str, tuple[object, ...]]]:
        engine = Redactor.default()
        out = []
        for text in texts:
            result = engine.redact(text, secret=_SECRET)
            out.append((result.text, result.spans))
        return out

    fast = outputs()
    for module in _ANCHORED:
        monkeypatch.setattr(module, "finditer_from", _whole)
    assert outputs() == fast
