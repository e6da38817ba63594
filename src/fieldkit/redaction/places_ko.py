"""Places told the way spoken Korean and Chinese chat tell them (issue 11, round 7).

Each rule here opens on its own rare characters and reads back, never a word list tried at
every position:

* a place suffix before a northern copula or the spoken locative 서 (평화리라요, 신흥동서,
  석천리야.): the admin-suffix rule's particles are the written ones;
* a North Korean workers' district after a space (고무산 노동자구, 로동자구) and a Chinese
  city's 区域 district (清津市水南区域): the division noun is part of the name;
* a town's 시 or 군 glued to its subdivision (혜산시혜장동): the whole town, suffix included;
* a sub-city district after a listed town before a locative (연길 하남에, 연길시 하남 쪽): the
  second half of a Korean or Chinese address; a word of the common list counts only when it is
  a compass district (河南, 江北: 하남, 강북, named by the river or the wall);
* a transit town before 거쳐 or 경유 (X 거쳐서 넘었다), a word no list knows;
* a gazetteer Hanzi spelling after a Chinese verb of arriving or staying (到了昆明, 在延吉).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction import dictionary_ko, korean, ordinary_ko
from fieldkit.redaction.cuewords import closed_words, gazetteer_entry
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.places_dong_ko import dong_province
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view

__all__ = ["spoken_places"]

_COPULA_AFTER_SUFFIX = re.compile(
    r"(?<=[리동군읍면촌역])(?:이?라요|이?야요|이?라구|이?야(?=[\s,.!?]|$)|서(?=\s))"
)
_WORKERS_DISTRICT = re.compile(r" (?<=[가-힣] )(?:노동자구|로동자구|구역)")
# Round 9, speed: the two patterns above test the Hangul before them after their first
# character (the space, 시 or 군), not before it: ``re`` skips to that character at C speed
# instead of trying a look-behind at every position; the same matches.
_HANZI_DISTRICT = lazy_pattern(r"([\u4e00-\u9fff](?<=[市郡道].)[\u4e00-\u9fff]{0,2}?)区域")
"""One to three Hanzi after 市, 郡 or 道, then 区域 (the look-behind after the first Hanzi,
which opens the pattern: round 13, speed)."""
_GLUED_TOWN = re.compile(r"[시군](?<=[가-힣].)(?=[가-힣]{1,4}(?:동|읍|면|리|구))")
_DISTRICT_AFTER_TOWN = re.compile(r" ([가-힣]{2,3}?)(?= 쪽|에서|에(?!요)|으로|쪽| 근처)")
_DONG_BEFORE_COPULA = re.compile(r" ([가-힣]{2,3}?)(?=이고|이에요|예요|이었|였|이라|인데|이야)")
"""Round 19: a town, then a dong's stem and a copula (평택 고덕이고): the dong said bare."""
_FACILITY_END = frozenset("역장소원관실집점방당회교사청터")
"""Last syllables of buildings and facilities (버스역, 유치장, 사무소): no district's."""
_TOWN_COPULA = re.compile(r"(?:이야요?|야요?|이라요|라요)(?=[,.!?\n]|$)")
"""이야요, 야요, 이라요, 라요 (each optional 이 spelled out, in the order it was tried, so
that every branch opens with a literal: round 13, speed)."""
_TRANSIT = re.compile(r" (?:거쳐|경유)")
_STATION = lazy_pattern(
    r"역(?<=[가-힣]{3})(?=[\s,.!?)]|$|에서|에|으로|로|까지|앞|근처|서|이|은|을|의|쪽|\d|번|출구)"
)
_NO_STATION_NAME = frozenset(
    str.split("기차 전철 지하철 버스 간이 다음 이번 지난 종착 시발 출발 도착 환승 시외 고속 화물")
    + str.split("철도 전차 근처 가까운 작은 큰 시골 그 이 저 어느 무슨 우리 동네 옆 앞")
)
"""Words before 역 that say which kind of station or which one in the story, no name."""
_ARRIVE_ZH = lazy_pattern(r"(?:到了|来到|到达|回到|住在|在|到|去)([\u4e00-\u9fff]{2,4})")
_COMPASS = lazy_pattern(r"[하강성산][동서남북]")
"""Chinese districts named by their side of a river, a wall or a hill (河南, 江北, 城西)."""


def _word_before(folded: str, end: int) -> tuple[int, str]:
    """The Hangul word that ends at ``end`` (its start and text)."""
    start = end
    while start and "가" <= folded[start - 1] <= "힣":
        start -= 1
    return start, folded[start:end]


def _unknown(word: str, res: Resources) -> bool:
    """A word no list explains: not a listed or common word, no closed word, no verb."""
    if len(word) < 2 or word in res.lex_ko or word in res.keep_native:
        return False
    if word in closed_words("ko") or ordinary_ko.ordinary_word(word, res, closed_words("ko")):
        return False
    return not korean.verb_like(word, res)


def _town(word: str, res: Resources) -> bool:
    """A gazetteer town or city, also one that is an ordinary word elsewhere (원산, 천안):
    the division after it says it is the town here."""
    return len(word) >= 2 and gazetteer_entry(word, res) is not None


def _place(span: tuple[int, int], rule: str, uncertain: bool = True) -> Hit:
    return Hit.at(span, label="PLACE", detector="context", rule=rule, uncertain=uncertain)


def _copula_places(folded: str, res: Resources) -> Iterator[Hit]:
    for match in _COPULA_AFTER_SUFFIX.finditer(folded):
        start, word = _word_before(folded, match.start())
        if len(word) < 3 or word in res.lex_ko or word + "서" in closed_words("ko"):
            continue  # 큰동서: a sister-in-law
        if match.group() == "서" and word[-1] not in "동리" and not word.endswith("구역"):
            continue  # 하면서: a verb's connective; 사포구역서: a district (round 21)
        if ordinary_ko.ordinary_word(word, res, closed_words("ko")) or korean.verb_like(word, res):
            continue
        if not ordinary_ko.not_place(word[:-1], word[-1], res):
            yield _place((start, match.start()), "place_before_spoken_copula")


def _town_copula(folded: str, res: Resources) -> Iterator[Hit]:
    """A gazetteer spelling that is also a word, before the copula that ends a spoken
    sentence (집안 말고 통화야.): a place, uncertain, as before a locative particle."""
    for match in _TOWN_COPULA.finditer(folded):
        start, word = _word_before(folded, match.start())
        entry = gazetteer_entry(word, res) if len(word) >= 2 else None
        if entry is not None and entry[1] and word not in closed_words("ko"):
            yield _place((start, match.start()), "gazetteer_before_copula")


def _district_nouns(folded: str, res: Resources) -> Iterator[Hit]:
    for match in _WORKERS_DISTRICT.finditer(folded):
        start, word = _word_before(folded, match.start())
        if _town(word, res) or _unknown(word, res):
            yield _place((start, match.end()), "place_before_district_noun", False)


def _towns(folded: str, res: Resources) -> Iterator[Hit]:
    for match in _GLUED_TOWN.finditer(folded):
        start, word = _word_before(folded, match.start())
        if _town(word, res):
            yield _place((start, match.end()), "town_glued_to_subdivision", False)
    for match in _DISTRICT_AFTER_TOWN.finditer(folded):
        start, town = _word_before(folded, match.start())
        town = town[:-1] if town[-1:] in "시현" and _town(town[:-1], res) else town
        if not _town(town, res):
            continue
        word = match.group(1)
        if word[-1] in "이가은는을를의" and word[:-1] in res.lex_ko:
            continue  # 함흥 사람이에요: a word and its particle
        if word[-1] in _FACILITY_END and not _COMPASS().fullmatch(word):
            continue  # 안도 버스역에서, 치앙라이 유치장에: a station or a lockup in the town
        if _COMPASS().fullmatch(word) or (word not in res.lex_ko_common and _unknown(word, res)):
            if dictionary_ko.nikl_noun(word) and not _COMPASS().fullmatch(word):
                yield _place(match.span(1), "district_after_town_frequent")
                continue  # 계서 탄광촌에서, 수화 촌구석으로: a dictionary noun, uncertain (r39)
            # a strong context (town, district, locative): the keep-list's 하남 (Henan) yields
            yield Hit.at(match.span(1), label="PLACE", detector="cue", rule="district_after_town")
        elif _undictionaried(word, res):
            yield _place(match.span(1), "district_after_town_frequent")


def _undictionaried(word: str, res: Resources) -> bool:
    """A word of two syllables the web writes often that no dictionary holds (동탄, 영통: a
    new town's name is in the news, not in the dictionary): after a town and before a
    locative, a district of it, uncertain (round 33: 화성 동탄에서 left the district a woman's
    daughter lives in)."""
    if len(word) != 2 or word not in res.lex_ko or dictionary_ko.nikl_noun(word):
        return False  # (대홍단 감자밭에서: a compound of dictionary words, three syllables)
    if dictionary_ko.noun(word):
        return False
    if word in closed_words("ko") or word in res.keep_native:
        return False
    ordinary = ordinary_ko.ordinary_word(word, res, closed_words("ko"))
    return not (ordinary or korean.verb_like(word, res))


def _bare_dongs(folded: str, res: Resources) -> Iterator[Hit]:
    """평택 고덕이고: after a town, a word whose 동 the dong list holds, before a copula."""
    for match in _DONG_BEFORE_COPULA.finditer(folded):
        _start, town = _word_before(folded, match.start())
        word = match.group(1)
        if not _town(town, res) or dong_province(word + "동") is None:
            continue
        if ordinary_ko.position(word):
            continue  # 장백 읍내였어요: where in the town (읍내동 is also a dong)
        ordinary = word in res.lex_ko
        yield Hit.at(
            match.span(1),
            label="PLACE",
            detector="cue",
            rule="dong_after_town" + ("_ordinary" if ordinary else ""),
            uncertain=ordinary,
        )


def _transit(folded: str, res: Resources) -> Iterator[Hit]:
    for match in _TRANSIT.finditer(folded):
        start, word = _word_before(folded, match.start())
        stem = word[:-1] if word[-1:] in "를을" and len(word) > 2 else word
        if word and _unknown(stem, res) and stem not in res.given_ko:
            yield _place((start, start + len(stem)), "place_before_transit_verb")


def _stations(folded: str, res: Resources) -> Iterator[Hit]:
    """모란역 장날에, 대림역 12번 출구: a word no list places, glued to 역 (a station): the
    station's name, uncertain, 역 inside as a place's suffix is; a listed town's station is
    the gazetteer's (round 21)."""
    for match in _STATION().finditer(folded):
        start, stem = _word_before(folded, match.start())
        if len(stem) < 2 or stem in _NO_STATION_NAME or stem + "역" in res.lex_ko:
            continue
        if gazetteer_entry(stem, res) is not None or stem in closed_words("ko"):
            continue
        if korean.verb_like(stem, res) or ordinary_ko.ordinary_word(
            stem + "역", res, closed_words("ko")
        ):
            continue
        yield _place((start, match.end()), "name_before_station")


def _arrivals(folded: str, res: Resources) -> Iterator[Hit]:
    for match in _ARRIVE_ZH().finditer(folded):
        run = match.group(1)
        for size in (4, 3, 2):
            if size > len(run) or run[size - 1 : size + 1] in res.lex_zh:
                continue  # 在延吉市场: 市场 (a market), so 延吉 without 市
            if gazetteer_entry(run[:size], res) is not None:
                at = match.start(1)
                yield _place((at, at + size), "hanzi_place_after_arrival", False)
                break


def spoken_places(folded: str, res: Resources) -> Iterator[Hit]:
    """The round-7 place rules (see the module doc)."""
    if view(folded).has_hangul:
        yield from _copula_places(folded, res)
        yield from _town_copula(folded, res)
        yield from _district_nouns(folded, res)
        yield from _towns(folded, res)
        yield from _bare_dongs(folded, res)
        yield from _transit(folded, res)
        if "역" in folded:
            yield from _stations(folded, res)
    if view(folded).has_hanzi:
        yield from _arrivals(folded, res)
        for match in _HANZI_DISTRICT().finditer(folded):
            yield _place(match.span(), "hanzi_city_district", False)
