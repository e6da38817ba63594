"""Organisations, facilities and addresses: they locate a woman as surely as a village.

* **Businesses and institutions** (label ``ORG``): a name before or glued to a business
  noun of ``data/orgs.tsv`` (the Golden Lotus massage parlour, 금강식당, 금강 식당, 幸福饭店),
  and a capitalised run after "the" that no list explains (the Happy Dragon), which is
  flagged uncertain.  The noun stays in the text: "the [ORG-1] massage parlour".
* **Detention and security facilities** (label ``PLACE``): the place before the facility
  noun (the Nongpo detention centre, 농포 집결소, 图们看守所); the noun itself is on the
  keep-list (집결소, 公安) and identifies no one.
* **Addresses** (label ``ADDRESS``): ``addresses.py``.

A Hangul or Hanzi name glued to its noun that is an ordinary word (동네식당, 幸福饭店) is
flagged uncertain; one written apart from it (작은 식당) is no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from fieldkit.redaction import data, dictionary_ko, korean
from fieldkit.redaction.addresses import find_addresses
from fieldkit.redaction.anchored import finditer_from, hangul_word_starts
from fieldkit.redaction.cuewords import person_nouns
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import (
    COMPANY_SUFFIX,
    GROUP_NOUNS_KO,
    NAMED_KINDS,
    attends,
)
from fieldkit.redaction.org_nouns import korean_nouns as _nouns_ko
from fieldkit.redaction.orgs_industry import INDUSTRY_ZH
from fieldkit.redaction.orgs_ko import find_branches
from fieldkit.redaction.orgs_named import find_named_orgs
from fieldkit.redaction.orgs_numbered_ko import find_numbered_venues
from fieldkit.redaction.orgs_of_en import of_runs
from fieldkit.redaction.orgs_ordinary_ko import clothes_of, ordinary_before_noun_ko
from fieldkit.redaction.orgs_spaced_ko import kind_compound, no_name_before_kind
from fieldkit.redaction.orgs_taught_ko import taught_kind
from fieldkit.redaction.orgs_trade_ko import name_before_trade, trade_and_kind
from fieldkit.redaction.phrases import longest_first, trie_pattern
from fieldkit.redaction.plain_words_zh import product_before_factory, verb_with_aspect
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import opens_sentence, view

__all__ = ["find_orgs", "org_noun_before"]


_ENDS = tuple(str.split("지 지요 죠 어 어요 는데 고 다 던 으니 나 냐 는지"))
_COPULA = (
    *str.split("이라 이라고 이라구 이라는 이란 이야 이에요 입니다 예요 이지 이죠 서"),
    *str.split("이지요 지요 죠"),  # round 27: 케이티비죠, 노래방이지요
    *(f"{stem}{end}" for stem in ("이었", "였", "이였") for end in ("", *_ENDS)),
)
"""The copula after a kind noun (화풍공장이라 했는데: round 7; 교회였지, 식당이었죠: round 9;
교회였나, 재단이었는지, a doubt: round 10), beside the particles; spoken 서 for 에서
(하나센터서, 교회서: round 11)."""


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return longest_first(words)


@dataclass(frozen=True, kw_only=True)
class _Rx:
    latin_noun: re.Pattern[str]
    latin_name_before: re.Pattern[str]
    the_run: re.Pattern[str]
    hangul: re.Pattern[str]
    hangul_first: re.Pattern[str]
    hangul_pairs: frozenset[str]
    hanzi: re.Pattern[str]
    facility: dict[str, frozenset[str]]
    stem_cut: frozenset[str]


@lru_cache(maxsize=1)
def _rx() -> _Rx:
    rows: dict[tuple[str, str], list[str]] = {}
    for kind, lang, words in data.rows("orgs.tsv"):
        rows.setdefault((kind, lang), []).extend(w for w in words.split("|") if w)
    latin = rows[("business", "en")] + rows[("facility", "en")]
    hangul = rows[("business", "ko")] + rows[("facility", "ko")]
    hanzi = rows[("business", "zh")] + rows[("facility", "zh")]
    cap = r"[A-Z][A-Za-z'&]*"
    return _Rx(
        latin_noun=re.compile(rf"(?<![\w'])(?i:{_alt(latin)})(?![A-Za-z0-9_'])"),
        latin_name_before=re.compile(rf"((?:{cap}[ \-]){{0,3}}{cap})[ \-]$"),
        the_run=re.compile(rf"the ({cap}(?: {cap}){{1,3}})(?![\w'])"),
        hangul=re.compile(
            rf"([가-힣](?<![가-힣].)[가-힣]{{0,7}}?)(\s?)({_alt(hangul)})"
            rf"(?:{_alt([*korean.PARTICLES, *_COPULA, '요'])})?(?![가-힣])"
        ),
        hangul_first=re.compile(f"[{re.escape(''.join(sorted({w[0] for w in hangul})))}]"),
        hangul_pairs=frozenset(w[:2] for w in hangul),
        hanzi=re.compile(rf"(?:{_alt(hanzi)})"),
        facility={
            lang: frozenset(w.casefold() for w in rows[("facility", lang)])
            for lang in ("en", "ko", "zh")
        },
        stem_cut=frozenset("".join(rows[("stem_cut", "zh")])),
    )


@lru_cache(maxsize=1)
def _latin_nouns() -> dict[str, tuple[str, ...]]:
    """English business and facility nouns by their first word (lower-case)."""
    out: dict[str, list[str]] = {}
    for kind, lang, words in data.rows("orgs.tsv"):
        if lang == "en" and kind in ("business", "facility"):
            for word in filter(None, words.split("|")):
                out.setdefault(re.split(r"[\s\-]", word.casefold())[0], []).append(word)
    return {first: tuple(nouns) for first, nouns in out.items()}


@lru_cache(maxsize=1024)
def _nouns_rx(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """The business and facility nouns a text holds, as one trie regex over the lower-cased
    text (the whole list tried at every position cost a twentieth of redaction time)."""
    return re.compile(rf"{trie_pattern({n.lower() for n in nouns})}(?![a-z0-9_'])")


def _household(word: str) -> bool:
    """A person noun, or one with the household 네 (사장네, 언니네): the owner, no name."""
    return (word[:-1] if word.endswith("네") else word) in person_nouns("ko")


def _latin(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    rx = _rx()
    by_first = _latin_nouns()
    nouns = tuple(n for first in sorted(words & by_first.keys()) for n in by_first[first])
    lower = folded.lower()
    if len(lower) != len(folded):
        lower = folded  # a letter whose lower case is longer: match as written
    for noun in _nouns_rx(nouns).finditer(lower) if nouns else ():
        if noun.start() and (folded[noun.start() - 1].isalnum() or folded[noun.start() - 1] == "'"):
            continue
        if not _capitalised_before(folded, noun.start()) and not _native_before(
            folded, noun.start()
        ):
            continue
        native = _NATIVE_BEFORE().search(folded, max(0, noun.start() - 12), noun.start())
        if native is not None and _household(native.group(1)):
            continue  # 마 사장네 KTV: whose, not the KTV's name (round 19)
        if native is not None and (
            native.group(1) not in res.keep_native or native.group(1) in data.landmarks()
        ):
            ordinary = native.group(1) in res.lex_ko or native.group(1) in res.lex_zh
            yield Hit.at(
                native.span(1),
                label="ORG",
                detector="org",
                rule="native_name_before_org",
                uncertain=ordinary,
            )
            continue  # the 별빛 karaoke, 金凤凰 KTV: a Korean or Chinese name
        before = rx.latin_name_before.search(folded, max(0, noun.start() - 60), noun.start())
        if before is None:
            continue
        titled = folded[noun.start()].isupper()
        facility = noun.group().casefold() in rx.facility["en"]
        span = _latin_name(folded, before.start(1), before.end(1), res, titled, facility)
        if span is None:
            continue
        if titled and not facility:
            span = (span[0], noun.end())  # Sunshine Kindergarten: the noun is part of the name
        label = "PLACE" if facility else "ORG"
        yield Hit.at(
            span,
            label=label,
            detector="org",
            rule="name_before_facility" if facility else "name_before_org",
        )
    if "of" in words:
        yield from of_runs(folded, res)
    if "the" not in words:
        return
    for match in rx.the_run.finditer(folded):
        previous = folded[match.start() - 1 : match.start()]
        if previous and (previous.isalnum() or previous == "'"):
            continue
        span = _latin_name(folded, *match.span(1), res)
        if span is not None and span[1] - span[0] > 0 and " " in folded[span[0] : span[1]]:
            yield Hit.at(
                span, label="ORG", detector="org", rule="the_capitalised_run", uncertain=True
            )


_NATIVE_BEFORE = lazy_pattern(r"(?<![가-힣\u4e00-\u9fff])([가-힣]{2,5}|[\u4e00-\u9fff]{2,5})\s?$")


def _native_before(folded: str, start: int) -> bool:
    """A Hangul or Hanzi word right before an English business noun (the 별빛 karaoke)."""
    before = folded[max(0, start - 2) : start].strip()
    return bool(before) and ("가" <= before[-1] <= "힣" or "\u4e00" <= before[-1] <= "\u9fff")


def _capitalised_before(folded: str, start: int) -> bool:
    """The word before ``start`` (one space or hyphen before it) is capitalised: a cheap
    test before the name regex, which most business nouns ("the school") fail."""
    end = start - 1
    if end < 1 or folded[end] not in " -":
        return False
    index = end
    while index > 0 and (folded[index - 1].isalpha() or folded[index - 1] in "'&"):
        index -= 1
    return index < end and folded[index].isupper()


def _latin_name(
    folded: str, start: int, end: int, res: Resources, titled: bool = False, place: bool = False
) -> tuple[int, int] | None:
    """The name words of a capitalised run: no function word at its start, no kept word
    (Korean, Chinese, Christian) or title (Mr.) anywhere in it."""
    tokens = list(re.finditer(r"[A-Za-z][A-Za-z'&]*", folded[start:end]))
    while tokens and tokens[0].group().casefold() in res.function_en:
        tokens.pop(0)
    if not tokens or any(_kept(t.group(), res, place) for t in tokens):
        return None
    opening = tokens[0].start() == 0 and opens_sentence(folded, start)
    if opening and len(tokens) == 1 and not titled:
        return None  # "Hospital food was bad": one word opening a sentence
    return start + tokens[0].start(), start + tokens[-1].end()


def _kept(word: str, res: Resources, place: bool) -> bool:
    """A kept word, except a listed town before a facility (the Tumen detention centre: the
    town, not the river)."""
    if not place and word in data.landmarks():
        return False  # the Baekdu restaurant: a business named after a mountain (round 21)
    return word in res.keep_latin and not (place and word.casefold() in data.gazetteer_index())


_AND = ("랑", "하고")
"""The spoken "and" of a list, after each of its words (영희랑 학교랑: 아리랑 식당 is a name)."""


def _hangul(folded: str, res: Resources) -> Iterator[Hit]:
    rx = _rx()
    starts = hangul_word_starts(folded, rx.hangul_first, rx.hangul_pairs, 8)
    for match in finditer_from(rx.hangul, folded, starts):  # the nouns first (round 9)
        stem, gap, noun = match.group(1), match.group(2), match.group(3)
        if trade_and_kind(stem, noun, res) if not gap else kind_compound(stem, noun):
            # round 14: X 가발공장, X 발마사지; round 27: spaced, X 가발 공장
            named = name_before_trade(folded, match.start(1), noun, res, ordinary_before_noun_ko)
            yield from () if named is None else (named,)
        brand = not gap and noun in COMPANY_SUFFIX and stem + noun in res.lex_ko  # 삼성전자
        if len(stem) < 2 or (stem + noun in res.lex_ko and not brand) or stem + noun in _nouns_ko():
            continue  # 냉동공장, 복장공장: a kind of factory, itself a listed noun
        if stem + gap + noun in res.keep_native:
            continue  # 모란봉클럽: a kept programme's title ends in a kind noun (round 27)
        if not gap and korean.verb_like(folded[match.start(1) : match.end(3)], res):
            continue  # 도망가게 해줬어요: a verb, not 도망 + 가게 (round 19)
        if stem.startswith(korean.QUESTION_OPENINGS):
            continue  # 뭐했냐고 보위부 놈들이: a question, no name (round 24)
        if gap and stem.endswith(("라는", "이란")):
            continue  # 모퉁이라는 선교단체: the naming rules cut the name (cues_naming_ko)
        if gap and dictionary_ko.noun_and_ra(stem):
            continue  # 성탄 전야라 교회가: a noun and the copula's 라, then the subject (r39)
        if gap and stem.endswith(_AND) and folded.startswith(_AND, match.end(3)):
            continue  # 영희랑 학교랑: a list joined by "and", no name of the school (round 36)
        if taught_kind(stem, noun):
            continue  # 미용학원: what a school teaches, a kind (round 14c)
        if gap and (stem in _nouns_ko() or stem in GROUP_NOUNS_KO):
            continue  # 수산물 가게 (r11); 모임 카페: a group's own word, no name (r38)
        if no_name_before_kind(folded, match, stem, gap, noun):
            continue  # 수산물 가게 (r11); 동안 식당, 봉제공장 (r13: orgs_spaced_ko)
        if not gap and clothes_of(stem, noun):
            continue  # 여성복장: women's wear (round 40)
        town = stem in res.gaz_hangul or stem in res.gaz_marked
        if not town and ordinary_before_noun_ko(stem, gap, noun, res):
            continue
        label = "PLACE" if noun in rx.facility["ko"] else "ORG"
        rule = "hangul_name_before_facility" if label == "PLACE" else "hangul_name_before_org"
        whole = not gap and (noun in NAMED_KINDS or noun in COMPANY_SUFFIX)  # 대성전자 (r18)
        yield Hit(
            start=match.start(1),
            end=match.end(3) if whole else match.end(1),
            label=label,
            detector="org",
            rule=rule,
            uncertain=not town and (stem in res.lex_ko or korean.ordinary(stem, res)),
        )


def _hanzi(folded: str, res: Resources) -> Iterator[Hit]:
    rx = _rx()
    for match in rx.hanzi.finditer(folded):
        start = name_end = _before_kind_tail(folded, match.start())
        while start > name_end - 4 and start > 0:
            char = folded[start - 1]
            if not "\u4e00" <= char <= "\u9fff" or char in rx.stem_cut or char in res.function_zh:
                break
            start -= 1
        start = _through_one_cut(folded, start, match.start(), res)
        stem = folded[start : match.start()]
        label = "PLACE" if match.group() in rx.facility["zh"] else "ORG"
        if len(stem) < 2 or stem + match.group() in res.lex_zh or attends(stem, match.group()):
            continue
        if verb_with_aspect(stem) or product_before_factory(stem, match.group()):
            continue  # round 14: 瞒着派出所, 电子厂 (plain_words_zh)
        if stem in res.keep_native and (label == "PLACE" or len(stem) <= 2):
            continue  # 中国饭店: a kind of restaurant; 长白山宾馆 is a business's name
        rule = "hanzi_name_before_facility" if label == "PLACE" else "hanzi_name_before_org"
        yield Hit(
            start=start,
            end=match.start(),
            label=label,
            detector="org",
            rule=rule,
            uncertain=stem in res.lex_zh,
        )


def _before_kind_tail(folded: str, end: int) -> int:
    """东北亚贸易公司, 东方贸易有限公司: an industry word and 有限 before 公司 belong to the
    kind, so the name's four characters are counted before them (round 32: the look-back
    stopped at 北 and left 东 out).  With no name before the tail, the tail is the stem as
    before (在贸易公司)."""
    tail = _kind_tail().search(folded, max(0, end - 8), end)
    if tail is None or tail.start() == end or tail.start() == 0:
        return end
    before = folded[tail.start() - 1]
    if not "\u4e00" <= before <= "\u9fff" or before in _rx().stem_cut:
        return end
    return tail.start()


@lru_cache(maxsize=1)
def _kind_tail() -> re.Pattern[str]:
    return re.compile(rf"(?:{INDUSTRY_ZH.pattern})?(?:股份)?(?:有限(?:责任)?)?\Z")


def _through_one_cut(folded: str, start: int, end: int, res: Resources) -> int:
    """阿里郎按摩店: a name of one character before the noun is cut short at a character
    that may also cut a name (里 of 村子里); take it back through that one character."""
    if end - start >= 2 or start < 2:
        return start
    cut, before = folded[start - 1], folded[start - 2]
    if not "\u4e00" <= cut <= "\u9fff":
        return start  # 长白山 KTV: a space is no cut character (round 13, round13_zh)
    if cut in res.function_zh or not "\u4e00" <= before <= "\u9fff":
        return start
    if before in res.function_zh or before in _rx().stem_cut:
        return start
    return start - 2


def org_noun_before(text: str) -> bool:
    """``text`` ends with a business noun and a naming word ("a restaurant called")."""
    found = list(_rx().latin_noun.finditer(text))
    return bool(found) and not _rx().facility["en"] & {found[-1].group().casefold()}


def find_orgs(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    """Organisation, facility and address hits in folded text (detector ``org``); ``words``
    are its lower-case Latin words (``phrases.words_of``)."""
    if view(folded).has_digit:
        yield from find_addresses(folded, words, _rx().stem_cut)
    if words:
        yield from _latin(folded, res, words)
    yield from find_named_orgs(folded, res, words)  # round 7: 금사랑KTV, the NGO, Open Gate,
    if view(folded).has_hangul:
        yield from _hangul(folded, res)
        if view(folded).has_digit:
            yield from find_numbered_venues(folded)  # round 27: 88노래방, V8 노래방
        if "점" in folded:
            yield from find_branches(folded, res)
    if view(folded).has_hanzi:
        yield from _hanzi(folded, res)
