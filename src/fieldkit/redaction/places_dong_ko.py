"""South Korea's 동, 읍, 면 and 가 by name (issue 11, round 10).

A resettled woman's 동 locates her as surely as her North Korean village: 상계동 그 식당,
정왕동에, 다대동.  The gazetteer stops at the 시, 군 and 구, so before this round such a name
was found only after its town or inside an address.  ``data/places_dong_ko.tsv`` lists the
divisions of the 행정안전부 법정동코드 (see docs/redaction.md, "Data and licences").

The rule opens on the last syllable of a word (동, 읍, 면, 가 before a particle or the word's
end) and asks one set lookup of the word before it, never an alternation of the names:

* a listed name that is no ordinary word (상계동, 정왕동, 봉담읍, 종로3가): a place, certain;
* a listed name that is also a word (이동, 행동, 목동) or a given name, or of two syllables
  (the single syllable before 동 is as often a word's, 중동, 신동): a place only in a place
  context, uncertain: before a verb of living or moving (살다, 이사), before 그 식당 or an
  apartment, or a rare word before a locative particle; otherwise nothing;
* a 행정동's number is read through (상계1동, 상계3동: 상계동's);
* round 24: the name without its 동, as people say it (신촌 쪽, 일산에 살아요, 여의도
  순복음교회): a place, uncertain, only where a place is plain (a side, a verb of living, a
  shop, a church or a station after it), since the bare name is as often a word (신촌 "a
  new village").

The placeholder shows what any South Korean place shows (no region: a 시도 of South Korea is
no generalisation level of the export), so never finer than the export.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from fieldkit.redaction import data, dictionary_ko, hangul, hangul_words, known_ko, korean
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["dong_or_stem", "dong_places", "dong_province"]

_PARTICLE = (
    r"에서부터|에서는|에서도|에서의|에서|으로부터|로부터|으로는|로는|으로|로|에는|에도|에|"
    r"까지|부터|은|는|이|가|을|를|의|와|과|도|만|이랑|랑|하고|쪽|사람|출신|"
    r"이에요|예요|이야|이라|이었|였|인데|엔|서는|서도|서"
)
_END = re.compile(rf"[동읍면가](?<=[가-힣0-9].)(?=(?:{_PARTICLE})?(?![가-힣]))")
"""The suffix after a syllable or digit (the syllable looked back at from after the suffix,
which opens the pattern: round 13, speed) and at most a particle."""
_LOCATIVE = lazy_pattern(r"(?:에서|에|으로|로|서|까지)(?:는|도|의|만)?(?![가-힣])")
_LIVING = lazy_pattern(
    r"(?:에서|에|으로|로|서)?(?:는|도)?\s+(?:(?:그|저|이)\s+)?"
    r"(?:살|사는|산다|산(?=\s)|삽니다|사셨|이사|이주|정착|아파트|빌라|원룸|임대|주공|식당|"
    r"시장|주민센터|동사무소|면사무소|읍사무소|근처|부근|일대|쪽|골목)"
)
"""What says the word before it is where someone lives or works (목동 아파트, 이동에 살아요
would be odd): a verb of living or moving, a home, a shop, a 주민센터, a side or a street."""
_NUMBER = re.compile(r"[0-9]+(?=동$)")


@cache
def _names() -> dict[str, str]:
    return {row[0]: (row[1] if len(row) > 1 else "") for row in data.rows("places_dong_ko.tsv")}


def dong_province(name: str) -> str | None:
    """The listed division's province display name ("" when shared), None when unlisted."""
    return _names().get(name)


@cache
def dong_or_stem() -> frozenset[str]:
    """The listed 동, 읍, 면 and 가, and the stems of the listed 동 (신림 of 신림동): the words
    a shop's name may start with (``places_stems_ko``; round 28, speed: one look-up a word)."""
    names = _names()
    return frozenset(
        {n for n in names if n[-1:] in ("동", "읍", "면", "가")}
        | {n[:-1] for n in names if n.endswith("동")}
    )


def _listed(folded: str, end: int) -> tuple[int, str] | None:
    """The listed name that ends at ``end`` (its start and the list's spelling)."""
    start = end
    while start and ("가" <= folded[start - 1] <= "힣" or folded[start - 1] in "0123456789.·"):
        start -= 1
    while start < end and not "가" <= folded[start] <= "힣":
        start += 1  # 101동: a block number, no name
    word = folded[start:end]
    for name in (word, _NUMBER.sub("", word)):
        if len(name) >= 2 and name in _names():
            return start, name
    return None


_TERMS = frozenset(("행정동", "법정동", "읍면동"))
"""Words of the divisions' own vocabulary that a 동 is also named (행정동): context decides."""


def _ordinary(name: str, token: str, res: Resources) -> bool:
    """A word, a given name, or a name of one syllable and its suffix: context decides.

    The frequency lexicon is no test here: it holds the famous 동 themselves (상계동, 명동,
    압구정동) because the web writes them; a dictionary noun (본동) is, and a verb's 면 (상하면:
    if it spoils) or a noun made a verb (고수하면)."""
    if len(name) == 2 or name in res.given_ko or name in res.keep_native or name in _TERMS:
        return True
    if name[-1] == "면" and korean.verb_like(name, res):
        return True  # 상하면, 고수면: a conditional's shape; the context says which
    return dictionary_ko.noun(name) or known_ko.verb_form(token, res)


def _verdict(folded: str, span: tuple[int, int], name: str, res: Resources) -> bool | None:
    """Uncertain (True), certain (False) or not a place (None)."""
    start, end = span
    if not _ordinary(name, hangul.word_from(folded, start), res):
        return False
    if _LIVING().match(folded, end):
        return True
    if _LOCATIVE().match(folded, end) and name not in res.lex_ko_common and len(name) > 2:
        return True
    return None


_VENUE = lazy_pattern(r"\s+[가-힣]{1,8}?(?:교회|성당|병원|시장|센터|아파트)")


def _bare_dong(folded: str, res: Resources) -> Iterator[Hit]:
    """신촌 쪽, 일산에 살아요, 여의도 순복음교회: a listed 동's name without its 동.  Only the
    words that pass ``_bare_name``'s opening set look-ups are read, from the text's table of
    words (round 32, speed; round 31 made the look-ups inline: nearly every word fails them)."""
    for start, end, token in hangul_words.words(folded, res, _MAY_BE_BARE):
        name = _bare_name(token, res)
        if name is None:
            continue
        if not (_LIVING().match(folded, start + len(name)) or _VENUE().match(folded, end)):
            continue
        yield Hit(
            start=start,
            end=start + len(name),
            label="PLACE",
            detector="gazetteer",
            rule="dong_ko_bare",
            uncertain=True,
            detail=_names()[name + "동"],
        )


def _may_be_bare(token: str, _res: Resources) -> bool:
    """A word of two to five syllables that is, or opens with, a listed 동's bare name."""
    bare = _bare_names()
    if not 2 <= len(token) <= 5:
        return False
    return token in bare or token[:-1] in bare or token[:-2] in bare


_MAY_BE_BARE = hangul_words.register(_may_be_bare)


@cache
def _bare_names() -> frozenset[str]:
    """The listed 동 without their 동, of two or three syllables (신촌 of 신촌동)."""
    return frozenset(name[:-1] for name in _names() if name[-1] == "동" and 3 <= len(name) <= 4)


def _bare_name(token: str, res: Resources) -> str | None:
    """The token, or its stem before a particle, when it and 동 are a listed 동."""
    bare = _bare_names()
    if token not in bare and token[:-1] not in bare and token[:-2] not in bare:
        return None  # one set look-up for nearly every word of a long text (round 24, speed)
    for name in (token, _PARTICLE_AFTER.sub("", token)):
        if name in bare:
            listed = name in res.gaz_hangul or name in res.given_ko
            return None if listed else name
    return None


_PARTICLE_AFTER = re.compile(r"(?:에서|에|으로|로|서|는|도)$")


def dong_places(folded: str, res: Resources) -> Iterator[Hit]:
    """Listed 동, 읍, 면 and 가 (see the module doc)."""
    for match in _END.finditer(folded):
        found = _listed(folded, match.end())
        if found is None:
            continue
        start, name = found
        uncertain = _verdict(folded, (start, match.end()), name, res)
        if uncertain is None:
            continue
        yield Hit(
            start=start,
            end=match.end(),
            label="PLACE",
            detector="gazetteer",
            rule="dong_ko",
            uncertain=uncertain,
            detail=_names()[name],
        )
    yield from _bare_dong(folded, res)
