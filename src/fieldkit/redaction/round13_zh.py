"""Chinese and mixed-script constructions of round 13 (issue 11, lane EN-ZH).

* **a self word is no naming cue** (据本人陈述, 本人签字): the cue table counts 人 as a
  role word (证人张三), but in 本人, 个人, 别人, 他人, 某人 it closes a pronoun-like word, and
  what follows is its verb.  After one, an ordinary word is no name; a surname and given
  name there are still found by the uncued rules.  Used by ``chinese._piece``.
* **a place noun and 里 "inside"** (屯里人, 村里的井, 县里来了人): a one-character unit noun
  and the locative 里 are a word, no place named X里.  Used by ``places_hanzi.hanzi_places``.
* **a neighbourhood right after its district** (海淀区五道口的一家店): two Hanzi that are no
  ordinary word, between a gazetteer district (X区, X县, X市) and 的, 附近, 一带, 那边 ..., are
  the part of town: a place, uncertain.  Anchor: 区, 县 or 市.
* **a business name before a Latin kind** (the 白头山 KTV, 金达莱 Hotel): a Hanzi name, spaced
  or glued, before KTV, Hotel, Restaurant, Karaoke ... is the business's name, an ``ORG`` even
  when it is also a place or a famous word (长白山).  Its pinyin (Baitoushan) and Korean
  reading (백두산) elsewhere in the passage are the same business and follow it.  A Latin
  place or keep-list word before a capitalised kind (the Baitoushan Hotel) is one too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from fieldkit.redaction import data
from fieldkit.redaction.anchored import literal_test
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view

__all__ = ["find_round13_zh", "inside_place_noun", "self_word_cue"]

_SELF_WORDS = frozenset(str.split("本人 个人 别人 他人 某人 众人 旁人 其本人"))


def self_word_cue(folded: str, cue_start: int, cue_end: int) -> bool:
    """The cue ``[cue_start, cue_end)`` is the 人 closing a self word (本人, 别人)."""
    if folded[cue_start:cue_end] != "人":
        return False
    return any(folded[cue_end - k : cue_end] in _SELF_WORDS for k in (2, 3))


_UNIT_NOUNS = frozenset("屯村乡镇县市区街城庄沟院")


def inside_place_noun(word: str) -> bool:
    """屯里, 村里, 县里: a unit noun and the locative 里, "in the village"."""
    return len(word) == 2 and word[1] == "里" and word[0] in _UNIT_NOUNS


_HAN = "\u4e00-\u9fff"
_DISTRICT_PART = lazy_pattern(
    rf"([{_HAN}]{{2,3}}?)(?=的|附近|一带|那边|这边|那里|这里|那儿|这儿|旁边|一家|住)"
)


_UNIT_END = lazy_pattern("[区县市]")


def _district_before(folded: str, index: int, res: Resources) -> bool:
    """A gazetteer district, county or city ends at ``index`` (its 区, 县 or 市)."""
    for k in (3, 2):
        name = folded[index - k : index + 1] if index >= k else ""
        if name and (name in res.gaz_hanzi or name in res.gaz_marked):
            return True
    return False


def _neighbourhoods(folded: str, res: Resources) -> Iterator[Hit]:
    for unit in _UNIT_END().finditer(folded):
        part = _DISTRICT_PART().match(folded, unit.end())
        if part is None or not _district_before(folded, unit.start(), res):
            continue
        word = part.group(1)
        if word in res.lex_zh or any(c in res.function_zh for c in word):
            continue
        yield Hit.at(
            part.span(1), label="PLACE", detector="context", rule="district_part", uncertain=True
        )


_KINDS = r"KTV|ktv|Hotel|hotel|Restaurant|restaurant|Karaoke|karaoke|Sauna|sauna|Bar|bar|Cafe|cafe"
_HANZI_KIND = lazy_pattern(rf"([{_HAN}]{{2,5}}) ?(?:{_KINDS})(?![A-Za-z])")
_LATIN_KINDS = (
    *("KTV", "Hotel", "Restaurant", "Karaoke", "Sauna", "Bar", "Cafe"),
    # round 33: a grocery, Yanbian Mart, behind the station; Sinchon Elementary, a school
    *("Mart", "Supermarket", "Store", "Guesthouse", "Elementary"),
)
"""The capitalised kinds a place's word before names a business (Yanji Hotel)."""
_LATIN_KIND = lazy_pattern(
    rf"([A-Z](?<![\w-].)[a-z]{{3,}})( (?:{'|'.join(_LATIN_KINDS)}))(?![A-Za-z])"
)
_LATIN_KIND_WORDS = tuple(f" {kind}" for kind in _LATIN_KINDS)
"""What every ``_LATIN_KIND`` match holds: without one, the text is not read for it (round 17,
speed: "bar" and "safe" let an English text in, and the pattern tried every capital)."""
_HAS_LATIN_KIND_WORD = literal_test(_LATIN_KIND_WORDS)


def _spellings(name: str) -> tuple[list[str], list[str]]:
    """Pinyin spellings (capitalised, joined) and Korean readings of a Hanzi name."""
    readings = data.hanzi_readings()
    pinyin = [readings.get(c, ((), ()))[0] for c in name]
    korean = [readings.get(c, ((), ()))[1][:2] for c in name]
    latin = (
        ["".join(p).capitalize() for p in itertools.islice(itertools.product(*pinyin), 8)]
        if all(pinyin)
        else []
    )
    hangul = (
        ["".join(p) for p in itertools.islice(itertools.product(*korean), 4)] if all(korean) else []
    )
    return latin, hangul


def _other_spellings(folded: str, name: str) -> Iterator[Hit]:
    latin, hangul = _spellings(name)
    for form in latin:
        for match in re.finditer(rf"(?<![A-Za-z]){form}(?![A-Za-z])", folded, re.IGNORECASE):
            yield Hit.at(match.span(), label="ORG", detector="cue", rule="org_spelling")
    for form in hangul:
        for match in re.finditer(rf"(?<![가-힣]){form}", folded):
            yield Hit.at(match.span(), label="ORG", detector="cue", rule="org_spelling")


def _cuts_name(char: str, res: Resources) -> bool:
    return char in res.function_zh or char in "在到从去往于向的了和跟"


def _business_names(folded: str, res: Resources) -> Iterator[Hit]:
    hanzi = _HANZI_KIND().finditer(folded) if view(folded).has_hanzi else ()  # round 14, speed
    for match in hanzi:
        end = match.end(1)
        start = end
        while start > match.start(1) and not _cuts_name(folded[start - 1], res):
            start -= 1  # 我在长白山KTV: a pronoun or preposition opens no name
        if end - start < 2:
            continue
        name = folded[start:end]
        yield Hit(start=start, end=end, label="ORG", detector="cue", rule="hanzi_before_kind")
        yield from _other_spellings(folded, name)
    latin = _HAS_LATIN_KIND_WORD(folded) is not None
    for match in _LATIN_KIND().finditer(folded) if latin else ():
        word = match.group(1)
        if res.keep_latin.get(word) or res.gaz_latin.get(word):
            yield Hit.at(match.span(), label="ORG", detector="cue", rule="place_word_before_kind")


_KIND_ANCHORS = (
    *("KTV", "ktv", "otel", "estaurant", "araoke", "auna", "Bar", "bar", "afe"),
    *_LATIN_KIND_WORDS,  # (its first seven already held by the fragments before)
)
_HAS_KIND_ANCHOR = literal_test(_KIND_ANCHORS)


def find_round13_zh(folded: str, res: Resources, has_hanzi: bool) -> Iterator[Hit]:
    """The finders of this module, each only when the text holds its anchor.  Round 32,
    speed: a text without Hanzi can only hold a Latin kind's match, so its gate is the
    capitalised kinds (``_HAS_LATIN_KIND_WORD``, which ``_business_names`` asks anyway):
    "bar" and "safe" let a quarter of the English passages through the wider one."""
    if has_hanzi and ("区" in folded or "县" in folded or "市" in folded):
        yield from _neighbourhoods(folded, res)
    known = view(folded)
    gate = _HAS_KIND_ANCHOR if known.has_hanzi else _HAS_LATIN_KIND_WORD
    if known.has_latin and gate(folded):  # Latin (r28)
        yield from _business_names(folded, res)
