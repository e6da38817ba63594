"""Korean towns named by the noun after them (issue 11, round 14, third wave).

The gazetteer marks a spelling that is also a word (집안 "household", 부천 "rafter") as
ambiguous, and the layers leave it alone without a cue; a town no list holds is found only
by a slot.  Each construction below puts a town in a slot that takes nothing else:

* **a market**: a listed spelling before 시장, 장마당 or 장터 is the town whose market it is
  (X 시장에서 옷 가게를 했는데): a word read there would be a kind of market, and no
  gazetteer word is one (uncertain, as the spelling is a word);
* **a company's town**: a listed spelling before a company named by its industry word
  (<town> X플라스틱 다닐 때, <town> X식품에서): firms are named with their town first;
* **where someone is from**: after a topic (아버지는, 그 여자는) a word, then 사람 or 출신 and
  the copula, says where the person comes from (아버지는 X 사람이고요): a word no list knows
  there is a town (uncertain; nationalities, kinds and words are the lists' own);
* **a Chinese town in 진 or 향** after a listed county or city (<county> X진에서): 镇 and 乡
  are the townships below a county, so X진 is a township whole (certain when no word);
* **the far side of the river** (round 17): 건너편이 X이잖아요, 건너편이 X 어디 마을: a listed
  spelling there is the town (uncertain where a word), an unknown word a town too;
* **a village under its county** (round 17): <county> X 사람들, <county> X 마을: the ri or
  dong between a listed place and its people, as an address goes large to small (uncertain);
* **a quarter named by its river or hill** (round 37): <town> 하남까지: 하남 "south of the
  river" names a province and many towns' quarters (延吉河南, 서울 강남); after a listed town
  it is the quarter, since an address never puts a province after its town (uncertain).

Never a dictionary word, a given name, a verb form or a closed word in the second and third
slot (집안 사람 "family member" stays: 집안 is a word, and only a market takes it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import finditer_from, literal_test
from fieldkit.redaction.cuewords import closed_words, gazetteer_entry
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.orgs_industry import INDUSTRY
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.word_classes_ko import PEOPLES

__all__ = ["find_slot_places"]

_MARKET = lazy_pattern(r"([가-힣](?<![가-힣].)[가-힣]{1,3})\s(?:시장|장마당|장터)(?!님|이\s|이었)")
"""A town's market; 시장님 and X 시장이었 read as the mayor, never taken."""

_ORIGIN = lazy_pattern(
    r"(?:은|는)\s([가-힣]{2,4})\s(?:사람|출신)"
    r"(?:이고|이에요|이예요|이었|이라|입니다|이야|이다|이지|이죠|이래|인데)"
)
_ADNOMINAL = frozenset("은는던운된한진린인힌을할른쁜픈")
"""Last syllables of a verb's or an adjective's modifier form (좋은, 아는, 살던)."""
_TOWNSHIP = lazy_pattern(
    r"([가-힣](?<![가-힣].)[가-힣]{1,5})\s([가-힣]{2,3}[진향])"
    r"(?:(?:에서|에|으로|이|은|을|요|이요|이에요|이었|까지|쪽)?(?![가-힣])"
    r"|이(?:었|였|에|야|고|라|지|던)|인(?:데|가|지))"
)
"""A township after its county, bare or with a particle; round 36: or with the copula
(오상 산하진이었어요: set CG's silent miss beside its county)."""

_ACROSS = lazy_pattern(
    r"(?:건너편|맞은편|강\s건너|건너)(?:이|은|는|에|엔|이\s바로)?\s([가-힣]{2,4}?)"
    r"(?:이잖아요|이었|이에요|이야|이고|이라|이던|예요|였|잖아요|\s(?:어디|마을|동네|쪽|땅))"
)
"""Round 17: the far side of the river is a place (건너편이 무산이잖아요, 건너편이 집안 어디
마을이었는데): the town named there is one, uncertain where it is a word too."""
_UNDER = lazy_pattern(
    r"([가-힣](?<![가-힣].)[가-힣]{1,3})\s([가-힣]{2,3})\s(?:사람들?|마을|동네|쪽)"
    r"(?:은|는|이|가|을|를|의|도|에|에서|으로)?(?![가-힣])"
)
"""Round 17: a word between a listed county or city and 사람, 마을 or 동네 (온성 주원
사람들은): the ri or dong under it, as an address is written, large to small."""


def find_slot_places(folded: str, res: Resources) -> list[Hit]:
    """The constructions of the module doc (each gated on its words)."""
    out: list[Hit] = []
    if "시장" in folded or "장마당" in folded or "장터" in folded:
        out += _markets(folded, res)
    kinds = [found.start() for found in _industry_rx().finditer(folded)]  # round 14, speed
    if kinds:
        out += _companies(folded, res, kinds)
    if "사람" in folded or "출신" in folded:
        out += _origins(folded, res)
    if "진" in folded or "향" in folded:
        out += _townships(folded, res)
    if "건너" in folded or "맞은편" in folded:
        out += _across(folded, res)
    if "사람" in folded or "마을" in folded or "동네" in folded or "쪽" in folded:
        out += _under_towns(folded, res)
    if _HAS_QUARTER(folded):
        out += _quarters(folded, res)
    return out


_QUARTERS = ("하남", "하북", "하동", "하서", "호남", "호북", "산동", "산서", "강남", "강북", "해남")
_HAS_QUARTER = literal_test(_QUARTERS)
"""One search for the quarters' names (the project's gate, ``anchored.literal_test``)."""
_QUARTER = lazy_pattern(
    rf"([가-힣](?<![가-힣].)[가-힣]{{1,3}})\s({'|'.join(_QUARTERS)})"
    r"(?=(?:에서|에|으로|로|까지|쪽|의|은|는|이|가|서|에서는)?(?![가-힣]))"
)


def _quarters(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _QUARTER().finditer(folded):
        town = gazetteer_entry(match.group(1), res)
        if town is not None and not town[1]:
            out.append(_hit(*match.span(2), "town_quarter_ko", (town[0], False), True))
    return out


def _across(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _ACROSS().finditer(folded):
        word = match.group(1)
        entry = gazetteer_entry(word, res)
        if entry is not None:
            out.append(_hit(match.start(1), match.end(1), "across_place_ko", entry))
        elif _unknown_word(word, res):
            out.append(_hit(match.start(1), match.end(1), "across_place_ko", None, uncertain=True))
    return out


def _under_towns(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _UNDER().finditer(folded):
        county = gazetteer_entry(match.group(1), res)
        if county is None or county[1]:
            continue  # only a listed place that is no word governs the one under it
        word = match.group(2)
        if word in res.lex_ko_common or word in closed_words("ko") or word in PEOPLES:
            continue  # 온성 동네 사람들, 연길 조선족 사람들: a word or a people, no village
        if korean.verb_like(word, res):
            continue
        listed = gazetteer_entry(word, res)
        if listed is not None and not listed[1]:
            continue  # a listed place the gazetteer layer finds itself
        out.append(_hit(match.start(2), match.end(2), "under_town_ko", (county[0], False), True))
    return out


def _markets(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _MARKET().finditer(folded):
        entry = gazetteer_entry(match.group(1), res)
        if entry is not None and entry[1]:  # the non-word spellings: the gazetteer layer
            out.append(_hit(match.start(1), match.end(1), "market_place_ko", entry))
    return out


def _companies(folded: str, res: Resources, kinds: list[int]) -> list[Hit]:
    """<town> X플라스틱 다닐 때: a listed word-spelling before a company's name."""
    out: list[Hit] = []
    for match in finditer_from(_company_rx(), folded, _company_starts(folded, kinds)):
        entry = gazetteer_entry(match.group(1), res)
        if entry is not None and entry[1]:
            out.append(_hit(match.start(1), match.end(1), "company_town_ko", entry))
    return out


@lru_cache(maxsize=1)
def _company_rx() -> re.Pattern[str]:
    kinds = "|".join(sorted(INDUSTRY, key=len, reverse=True))
    return re.compile(rf"([가-힣](?<![가-힣].)[가-힣]{{1,3}})\s[가-힣]{{1,6}}?(?:{kinds})")


@lru_cache(maxsize=1)
def _industry_rx() -> re.Pattern[str]:
    return re.compile("|".join(sorted(INDUSTRY, key=len, reverse=True)))


def _company_starts(folded: str, kinds: list[int]) -> Iterator[int]:
    """Every start of a ``_company_rx`` match (round 14, speed): the kinds are Hangul words,
    so the company's word holds one found by ``_industry_rx`` (or one overlapping it); the
    town is the run of syllables one whitespace before that word."""
    for at in kinds:
        word = at
        while word and "가" <= folded[word - 1] <= "힣":
            word -= 1
        if word >= 2 and folded[word - 1].isspace():
            start = word - 1
            while start and "가" <= folded[start - 1] <= "힣":
                start -= 1
            yield start


def _origins(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _ORIGIN().finditer(folded):
        word = match.group(1)
        if _unknown_word(word, res):
            out.append(_hit(match.start(1), match.end(1), "origin_place_ko", None, uncertain=True))
    return out


def _townships(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _TOWNSHIP().finditer(folded):
        county = gazetteer_entry(match.group(1), res)
        if county is None or county[1]:
            continue  # only a listed place that is no word governs the township
        town = match.group(2)
        if len(town) < 3 or town in res.given_ko or town[:-1] in res.given_ko:
            continue  # <city> 미진이: a given name in 진; townships have two syllables and 진
        if town in res.lex_ko or town[:-1] in closed_words("ko") or korean.verb_like(town, res):
            continue  # <city> 동사무진: a word, not a township
        out.append(_hit(match.start(2), match.end(2), "township_place_ko", (county[0], False)))
    return out


def _unknown_word(word: str, res: Resources) -> bool:
    """A word no list knows as anything (a place the gazetteer lacks)."""
    if gazetteer_entry(word, res) is not None:
        return False  # the gazetteer layer's own
    if word in closed_words("ko") or word in res.given_ko or word in res.keep_native:
        return False
    if word in res.lex_ko or korean.ordinary(word, res):
        return False
    if word[-1] in _ADNOMINAL and (word[:-1] in res.lex_ko or korean.verb_form(word, res)):
        return False  # 좋은 사람, 아는 사람: a verb's modifier
    return not korean.verb_like(word, res)


def _hit(
    start: int, end: int, rule: str, entry: tuple[str, bool] | None, uncertain: bool = False
) -> Hit:
    """A place with its province when a list gave one."""
    ambiguous = bool(entry and entry[1])
    return Hit(
        start=start,
        end=end,
        label="PLACE",
        detector="cue",
        rule=rule + ("_ordinary" if ambiguous else ""),
        uncertain=uncertain or ambiguous,
        detail=entry[0] if entry else "",
    )
