"""Korean names from a title, a naming cue or 이름은 beside them (split from ``names`` in round 18).

* a name before a Korean title (순희 언니, 영철 동무님): ``ko_titled``;
* a name before a naming cue (순희라는, 철이라고): ``ko_cue`` (a place when 곳/마을 follows);
* the predicate of 이름은/이름이 (이름은 순희예요): ``ko_name_is``;
* a surname alone before a title (김 씨, 왕 사장): ``ko_surname_title``.

Each stem must read as a name (``korean.name_like``) and not be an ordinary word with its
particle before the title (그 목걸이는 엄마 거였다).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data, dictionary_ko, korean
from fieldkit.redaction.calls_base_ko import own_kin, trade_word
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.nametitles import suffix_titles
from fieldkit.redaction.phrases import longest_first
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surnames_ko import possessed_word

__all__ = ["hangul_names"]


@lru_cache(maxsize=1)
def _regexes() -> dict[str, re.Pattern[str]]:
    titles = data.titles()
    ko_suffix = longest_first(titles[("suffix", "ko")])
    ko_cue = longest_first(titles[("cue", "ko")])
    after_title = rf"(?=$|[^가-힣]|(?:{longest_first(list(korean.PARTICLES))})(?![가-힣]))"
    # round 28, speed: a title's first syllable, a space at most before it, tested as one
    # class after each length of the name tried (the alternation went branch by branch)
    titled = "".join(sorted({re.escape(word[0]) for word in titles[("suffix", "ko")]}))
    return {
        "ko_titled": re.compile(
            rf"([가-힣](?<![가-힣].)[가-힣]{{1,3}}?)(?=\s?[{titled}])\s?(?:{ko_suffix})(?:님)?"
            + after_title
        ),
        "ko_cue": re.compile(rf"([가-힣](?<![가-힣].)[가-힣]{{1,3}}?)(?:{ko_cue})(?![가-힣])"),
        "ko_name_is": re.compile(
            r"이름(?:은|이|을|도)\s?([가-힣]{2,4}?)"
            r"(이|라|이라|야|이야|입니다|예요|이에요|여서|이어서|라서|이라서|였는데|이었는데)?(?![가-힣])"
        ),
        "ko_surname_title": re.compile(
            rf"([{''.join(_ko_surname_syllables())}])(?<![가-힣].)\s?(?:{ko_suffix})(?:님)?{after_title}"
        ),
        "ko_word_surname_ssi": re.compile(
            rf"([{''.join(sorted(_WORD_SURNAMES_SSI))}])(?<![가-힣].)씨{after_title}"
        ),
    }


def _ko_surname_syllables() -> list[str]:
    """Korean surnames and the Hangul spellings of Chinese ones (왕, 쉬, 자오)."""
    native = {n for r in data.surnames_ko() for n in r.native if len(n) == 1}
    chinese = set(
        "쉬왕장류천양황저쑨후궈허린뤄량셰쑹탕펑덩쩡톈둥판위차이두예청쑤웨뤼딩런야루겅멍쿵궁샤쉐뉴"
    )
    return sorted((native | chinese) - _NOT_SURNAME_BEFORE_TITLE)


_NOT_SURNAME_BEFORE_TITLE = frozenset(
    "온간한본준산난큰된탄찬잔낸쓴선갈제이그저내네안도은오주가마하전두세"
)
_WORD_SURNAMES_SSI = frozenset("한선제이안도은오주가마하전팡")
"""Surnames that are also words (한 "one", 전 "former", 오 "five") and 팡 (庞), glued to 씨:
no word is spelled so (솜씨, 날씨 and 말씨 open with no surname), so 전씨가, 오씨랑 and 팡씨가
name someone, uncertain, as 전 씨 spaced does (round 41, from the development sets' silent
misses beside a cue)."""


def hangul_names(folded: str, res: Resources) -> Iterator[Hit]:
    """The Hangul name rules: a name before a title or a naming cue, after 이름은, and a
    surname alone before a title (김 씨, 왕 사장)."""
    rx = _regexes()
    for rule in ("ko_titled", "ko_cue", "ko_name_is"):
        for match in rx[rule].finditer(folded):
            stem = match.group(1)
            if stem in closed_words("ko") or (rule == "ko_titled" and trade_word(stem, res)):
                continue  # 시숙네: a kinship term before the household's 네; 약방 아주머니
            if not korean.name_like(stem, res) or _not_a_name_here(folded, match, res):
                if rule == "ko_name_is" and _word_said_to_be_the_name(match, res):
                    # core: the whole word is the name (송이 is no 송 and its 이: round 39)
                    yield person_by_cue(*match.span(1), "name_is_word", True, match.end(1))
                continue
            if rule == "ko_name_is" and match.group().startswith("이름을") and not match.group(2):
                continue  # 이름을 한번도 안 알려줬어요: an object, a verb follows (round 24)
            after = folded[match.end() :]
            place = rule == "ko_cue" and re.match(r"\s?(?:곳|마을|동네|도시|지역|데)", after)
            bare, particle = korean.split_particle(stem)
            known = bool(particle) and (bare in res.given_ko or bare in res.given_west_ko)
            end = match.start(1) + len(bare) if known else match.end(1)  # 소피아로: round 22
            yield Hit.at(
                (match.start(1), end),
                label="PLACE" if place else "PERSON",
                detector="name",
                rule=rule,
                uncertain=False,
            )
    for match in rx["ko_word_surname_ssi"].finditer(folded):
        if match.group() not in res.lex_ko and not possessed_word(folded, match.start()):
            yield Hit.at(  # 씨 with it, as the surname rule's 박씨; the surname is the core
                match.span(),
                label="PERSON",
                detector="name",
                rule="ko_word_surname_ssi",
                uncertain=True,
                core=match.span(1),
            )
    for match in rx["ko_surname_title"].finditer(folded):
        if match.group().replace(" ", "") in res.lex_ko or possessed_word(folded, match.start()):
            continue  # 손님 (a guest), not the surname 손 with 님; 우리 반 반장 (the class's)
        if own_kin(match.group(1), match.group()[1:].strip()):
            continue  # 지 엄마가: the northern "her own", not the surname 池 (round 39)
        if match.start() and folded[match.start() - 1].isdigit():
            continue  # 3반 반장: a counter after a number, no surname (round 17)
        if folded[match.end() : match.end() + 1] == "야" and match.group().endswith("씨"):
            continue  # 로씨야 (Russia): no vocative follows 씨
        yield Hit.at(
            match.span(),
            label="PERSON",
            detector="name",
            rule="ko_surname_title",
            uncertain=False,
            detail="",
            key="",
            core=match.span(1),
        )


_ASKING = ("뭐", "머", "무엇", "누구", "어디")
"""What a question opens with (이름이 뭐더라): no name is being said yet."""


def _word_said_to_be_the_name(match: re.Match[str], res: Resources) -> bool:
    """이름도 송이여서, 이름이 나비예요: an everyday word the copula says is the name (round
    39): redacted, uncertain; never a verb, nor after 이름을 (an object), nor the bare 이
    (이름이 좋이: a particle as often as the copula)."""
    ending, stem = match.group(2), match.group(1)
    if not ending or ending == "이" or match.group().startswith("이름을"):
        return False
    if stem.startswith(_ASKING):
        return False  # 이름이 뭐더라: "what was it" (round 27's test, here too)
    return not korean.verb_like(stem, res) and stem not in closed_words("ko")


def _not_a_name_here(folded: str, match: re.Match[str], res: Resources) -> bool:
    """아저 of 아저씨 (the title is part of an ordinary word), 년생 of 83년생 (a counter after
    a number), 아매 of 곰보 아매라고 (a title is no name)."""
    start, stem = match.start(1), match.group(1)
    if start and folded[start - 1].isdigit():
        return True
    if stem.startswith(_ASKING) or dictionary_ko.cause_stem(stem):
        return True  # 이름이 뭐더라: "what was it"; 갚느라고: a verb's ending (round 27)
    if stem[-1] == "하" and stem[:-1] in res.lex_ko:
        return True  # 전화하라고: a noun + 하다 told to do (round 16), no name
    base, tail = korean.split_particle(stem)
    if (tail and base in res.lex_ko) or (
        stem[-1] in "은는이가을를의도" and stem[:-1] in res.lex_ko
    ):
        return True  # 그 목걸이는 엄마 거였다: a word and its particle before the title
    if tail in ("에", "에는", "엔") and (base in res.keep_native or base in res.gaz_hangul):
        return True  # 양강도에 어머니, 길림성에 아들: where the family lives (round 39)
    whole = folded[start : match.end()].replace(" ", "")
    return (
        korean.split_particle(whole)[0] in res.lex_ko
        or whole in res.lex_ko
        or dictionary_ko.nikl_noun(whole)  # 한동네: the dictionary's word (round 39)
        or (stem in suffix_titles())
    )
