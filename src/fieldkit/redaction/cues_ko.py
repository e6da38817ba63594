"""More Korean strong cues: how people are called and addressed in a spoken testimony.

``cues.py`` has the cues written ahead of a name in any register (a role noun,
an honorific, 이라고).  A testimony told aloud names people in other ways,
each of which says "person" whatever the word lists say (detector ``cue``;
an ordinary word is redacted *uncertain*, never kept):

* **the vocative**: 나래야, 나래야 / 순덕아 하고 불렀어요 (아 after a final consonant,
  야 after a vowel) before a comma or 하고; an ordinary word (아니야, 뭐야) only repeated
  or before a verb of calling;
* **the affectionate -이**: a given name ending in a consonant takes 이 before its
  particle (한결이가, 옥분이는, 명숙이하고).  After a common noun Korean writes 이, 은,
  을, 과 (사람이, 사람은): 가, 는, 를, 와 after 이 only follow a name (or a noun
  ending in 이, 길이 and 먹이, which the lexicon knows);
* **a lone surname before a title**: 방 지도원, 오 하사, 석 아주머니, 하 과장 (a
  surname that is also a common word, 한 "one", 전 "I", is uncertain: 한 목사님);
* **a name before a title or kinship word**: 유재석 할머니, 나탈리 언니, 곰보 아매라고;
  before a kinship word (언니, 이모, 할머니: ``kinship`` in ``cues.tsv``) even a word name
  or a famous name (하늘 언니, 아이유 언니: uncertain), unless the word says whose or where
  (동네 언니, 옆집 할머니: ``modifier``);
* **calling**: X 하고 불렀어요, X(이)로 불림, and Chinese nicknames written in
  Hangul (샤오란, 라오왕).

Spans follow Korean morphology: the name alone; particles, the affectionate 이
and the vocative stay outside.  A title stays in the text unless it is an
honorific bound to the name (씨, 님, 선생: ``cues.tsv``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.affectionate_ko import find_affectionate_more
from fieldkit.redaction.cues import closed_words, cue_words
from fieldkit.redaction.glued_names_ko import (
    kin_before_glued_name,
    latin_glued_to_kin,
    one_syllable_glued_to_kin,
)
from fieldkit.redaction.hangul_chinese import (
    CHINESE_SURNAMES,
    CHINESE_SURNAMES_2,
    find_chinese_shaped,
)
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.introductions import find_introductions
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.one_syllable_ko import find_one_syllable_names
from fieldkit.redaction.phrases import longest_first
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surname_marks_ko import find_surname_marks
from fieldkit.redaction.surnames_ko import (
    WORD_SURNAMES,
    full_name_before_office,
    possessed_word,
)
from fieldkit.redaction.titles_ko import after_title, titles
from fieldkit.redaction.word_classes_ko import PEOPLES

__all__ = ["find_korean_calls"]


def _alt(words: tuple[str, ...] | list[str] | frozenset[str]) -> str:
    return longest_first(words)


_NOT_BEFORE_TITLE = frozenset("저그두세네이")
"""Determiners and numbers before a title: 저 아저씨 "that man", 두 아주머니 "two aunties";
이 is also the surname Lee, but 이 선생님 is far more often "this teacher"."""
_ADNOMINAL_AFTER_CASE = lazy_pattern(r"[가-힣](?:에서|에|로|을|를)\s[온간갈올본준산난]$")
"""A case particle, then a one-syllable verb form: 에서 온 언니, 집에 간 오빠 (round 16)."""
_AFFECTIONATE_AFTER = (
    "가 는 를 와 도 만 의 네 하고 한테 한테서 한테도 에게 에게서 처럼 보다 까지 부터 "
    "네집 네가 네는 가요 는요"
)
_CALLING = r"(?:불렀|부르|불러|불리|불린|불렸|불림|부른|부릅|놀렸|놀리|소리쳤|소리치|외쳤|찾았)"
_PARTICLE = rf"(?:{_alt(korean.PARTICLES)})?(?![가-힣])"


def _named_nouns() -> tuple[str, ...]:
    """Role and kinship nouns, and the nouns for a person a naming cue names (애, 여자,
    사람: 같이 일하던 애가 미소라고, 웃는 게 예뻤어요), less 이름 and 분."""
    c = cue_words()
    people = tuple(w for w in c.get("naming_noun", "ko") if w not in ("이름", "분"))
    return c.get("role", "ko") + people


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    """Each rule is an *anchor* (a word the regex engine can skip to: 라고, a title, a
    verb of calling) and a pattern for the text just before it, ending there (``$``).
    A pattern that opens with a look-behind is tried at every position, which made the
    first versions of these rules cost a sixth of all redaction time."""
    c = cue_words()
    return {
        "vocative": re.compile(r"[아야](?=\s?[,!…]|\s하고(?![가-힣]))"),
        "vocative_stem": re.compile(r"(?<![가-힣])([가-힣]{2,3})$"),
        "vocative_call": re.compile(rf"\s하고\s?(?:[가-힣]+\s)?{_CALLING}"),
        "affectionate": re.compile(rf"이(?:{_alt(_AFFECTIONATE_AFTER.split())})(?![가-힣])"),
        "affectionate_stem": re.compile(r"(?<![가-힣0-9])([가-힣]{1,3})$"),
        "kinship": re.compile(rf"(?:{_alt(c.get('kinship', 'ko'))})"),
        "after_title": after_title(),
        "surname_before": re.compile(
            r"(?<![가-힣0-9A-Za-z\u4e00-\u9fff])([가-힣\u4e00-\u9fff])\s$"
        ),
        "name_before": re.compile(r"(?<![가-힣0-9])([가-힣]{2,4})\s$"),
        "calling": re.compile(_CALLING),
        "called": re.compile(
            r"(?<![가-힣\u4e00-\u9fff])([가-힣]{2,5}?|[\u4e00-\u9fff]{1,4})(?:[아야])?,?\s"
            r"(?:하고|이라고|라고)\s(?:다들\s|모두\s)?$"
        ),
        "called_as": re.compile(r"(?<![가-힣])([가-힣]{2,5}?)(?:으로|로)\s$"),
        "rago": re.compile("라고"),
        "role_is_named": re.compile(
            rf"(?:{_alt(_named_nouns())})(?:이|가|은|는)\s([가-힣]{{2,4}}?)(?:이)?$"
        ),
        "chinese_nickname": re.compile(
            r"(?:샤오|라오)[가-힣]{1,2}?"
            r"(?=[^가-힣]|$|이|가|는|은|을|를|의|에|와|과|랑|하고|도|만|였|야|아|으로|로)"
        ),
    }


def _before(
    folded: str, anchors: re.Pattern[str], before: re.Pattern[str], width: int
) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """(anchor, what ends just before it) for every anchor with ``before`` in front."""
    for anchor in anchors.finditer(folded):
        found = before.search(folded, max(0, anchor.start() - width), anchor.start())
        if found is not None:
            yield anchor, found


_NAMING_PARTICLES = frozenset(str.split("이라고 라고 이라는 라는 이란 란 이래요 래요"))


def _uncertain(stem: str, res: Resources) -> bool | None:
    """None: no name; else whether the stem is an ordinary word (redacted, uncertain)."""
    if stem in closed_words("ko") or stem in res.keep_native or stem in res.gaz_hangul:
        return None
    if stem[-1] == "들" and stem[:-1] in res.lex_ko:
        return None
    if korean.no_name_after_cue(stem, res, closed_words("ko")):
        return None
    return stem in res.lex_ko or korean.ordinary(stem, res) or korean.spelled_ordinary(stem, res)


def _hit(start: int, stem: str, res: Resources, rule: str, *, strong: bool = True) -> Hit | None:
    uncertain = _uncertain(stem, res)
    if uncertain is None or (uncertain and not strong):
        return None
    suffix = "_ordinary" if uncertain else ""
    return Hit(
        start=start,
        end=start + len(stem),
        label="PERSON",
        detector="cue",
        rule=rule + suffix,
        uncertain=uncertain,
    )


def _vocatives(folded: str, res: Resources) -> Iterator[Hit]:
    rx = _rx()
    for anchor, match in _before(folded, rx["vocative"], rx["vocative_stem"], 3):
        stem, ending = match.group(1), anchor.group()
        if korean.final_consonant(stem[-1]) != (ending == "아"):
            continue  # 아 follows a final consonant (순덕아), 야 a vowel (나래야)
        if stem + ending in res.lex_ko or korean.verb_stem(stem, res):
            continue  # 그래야, 해야: verb forms
        if stem[-1] == "이" and len(stem) > 2 and korean.final_consonant(stem[-2]):
            stem = stem[:-1]  # 정말이야, 순정이야: X + the copula 이야, not a vocative
            if stem in res.lex_ko or korean.ordinary(stem, res):
                continue
        again = next(
            (at for at in (anchor.end() + 1, anchor.end() + 2) if folded.startswith(stem, at)),
            None,
        )  # 하늘아, 하늘아: the call repeated
        calling = rx["vocative_call"].match(folded, anchor.end()) is not None
        hit = _hit(match.start(1), stem, res, "vocative", strong=again is not None or calling)
        if hit is not None:
            yield hit
            if again is not None:
                yield hit._replace(start=again, end=again + len(stem))


def _affectionate(folded: str, res: Resources) -> Iterator[Hit]:
    rx = _rx()
    for _anchor, match in _before(folded, rx["affectionate"], rx["affectionate_stem"], 3):
        stem = match.group(1)
        if not korean.final_consonant(stem[-1]) or stem + "이" in res.lex_ko:
            continue  # 아이가, 길이가, 먹이는: a noun or verb ending in 이
        if len(stem) == 1 and (stem in res.lex_ko or stem in closed_words("ko")):
            continue  # 밥이가 (dialect): one syllable is a name only when no word
        if korean.verb_stem(stem + "이", res) or stem in res.sur_ko_hangul:
            continue
        hit = _hit(match.start(1), stem, res, "affectionate_i")
        if hit is not None:
            yield _with_affectionate_i(hit)


def _with_affectionate_i(hit: Hit) -> Hit:
    """The name with its affectionate 이 (하늘이가 -> [인물-1]가): the suffix is part of how
    she is called, so no annotation convention sees it left behind; the name alone
    (``core``) is what propagation looks for."""
    return hit._replace(end=hit.end + 1, core=(hit.start, hit.end))


def _surname_titles(folded: str, res: Resources) -> Iterator[Hit]:
    honorific = frozenset(cue_words().get("honorific", "ko"))
    before = _rx()["surname_before"]
    for title, _particle in titles(folded):
        match = before.search(folded, max(0, title.start() - 2), title.start())
        if match is None:
            two = _rx()["name_before"].search(folded, max(0, title.start() - 3), title.start())
            if two is not None and two.group(1) in CHINESE_SURNAMES_2:
                yield Hit.at(
                    two.span(1),
                    label="PERSON",
                    detector="cue",
                    rule="chinese_surname_before_title",
                )
            continue
        surname = match.group(1)
        hanzi = "\u4e00" <= surname <= "\u9fff"  # 王 아저씨 in a mixed text
        if hanzi and surname not in res.sur_zh_hanzi:
            continue
        if not hanzi and surname not in res.sur_ko_hangul and surname not in CHINESE_SURNAMES:
            continue
        if possessed_word(folded, match.start(1)):
            continue  # 우리 반 반장: our class's leader
        if surname in _NOT_BEFORE_TITLE or _ADNOMINAL_AFTER_CASE().search(
            folded, max(0, match.start(1) - 6), match.end(1)
        ):
            continue  # 함경북도에서 온 언니: "who came from", a verb's adnominal
        uncertain = surname in WORD_SURNAMES  # 한 목사님 may be "a pastor"
        rule = "surname_before_title" + ("_ordinary" if uncertain else "")
        start = match.start(1)
        bound = title.group() in honorific  # 김 선생: redacted with the name
        yield Hit(
            start=start,
            end=title.end() if bound else start + 1,
            label="PERSON",
            detector="cue",
            rule=rule,
            uncertain=uncertain,
            core=(start, start + 1) if bound else None,
        )


def _name_titles(folded: str, res: Resources) -> Iterator[Hit]:
    before = _rx()["name_before"]
    for title, particle in titles(folded):
        match = before.search(folded, max(0, title.start() - 5), title.start())
        if match is None:
            continue
        stem = match.group(1)
        if stem in korean.COUNTED_NAMES:
            yield person_by_cue(match.start(1), match.end(1), "name_before_title", True)
            continue  # 하나 언니: a count follows its noun (언니 하나), so this is her name
        full = full_name_before_office(stem, title.group(), res)
        if (
            not full
            and stem[-1] in _ADNOMINAL
            and (stem in res.lex_ko or korean.verb_form(stem, res))
        ):
            continue  # 늙은 아매, 젊은 언니: a modifier; 이요한 선교사 is a full name
        if title.group() in _kinship() and _called_with_i(stem, res):
            hit = _hit(match.start(1), stem[0], res, "affectionate_i_before_title")
            if hit is not None:
                yield _with_affectionate_i(hit)  # 철이 아바이: 철, called with its 이
            continue
        bare, tail = korean.split_particle(stem)
        if stem in PEOPLES:
            continue  # 충청도 아줌마, 조선족 언니: where she is from, not who
        read_whole = (
            stem in res.lex_ko
            and tail not in korean.LOCATIVE_PARTICLES
            and bare not in closed_words("ko")  # 엄마야 엄마야: a kin word called out
        )
        if (
            tail
            and not read_whole
            and (bare in res.lex_ko or tail in korean.LOCATIVE_PARTICLES or bare[-1] in "씨님")
        ):
            continue  # 동네의 아저씨; 양강도에 오빠; 방씨가 브로커; 가을 언니 is no 가 + 을
        if stem[-1] in "은는이가을를의도" and stem[:-1] in res.lex_ko and not read_whole:
            continue  # 그 목걸이는 엄마 거였다: a word and its particle
        if korean.verb_like(stem, res) or stem[-1] == "던":
            continue  # 밥을 줬는데 사장은, 일하던 동무: a verb form before the title
        kinship = title.group() in _kinship()
        if kinship and stem in _modifiers():
            continue  # 동네 언니, 식당 아줌마: whose or where, not who
        honoured = title.group().endswith("님") and len(stem) == 3 and stem[0] in res.sur_ko_hangul
        strong = particle in _NAMING_PARTICLES or korean.name_shaped(stem, res) or kinship
        strong = strong or honoured or full  # 이효리 선교사님, 이요한 선교사: a full name
        # 이민호 변호사: a surname and two given-name syllables that also read as a compound of
        # words (이민 + 호) before an office is still a full name: the lexicon only downgrades
        strong = strong or (not kinship and korean.name_shaped(stem))
        if not strong and len(stem) == 2 and not _given_shaped(stem, res):
            continue  # 옆집 아줌마: two syllables that are no given name
        hit = _hit(match.start(1), stem, res, "name_before_title", strong=strong)
        if hit is not None:
            yield hit


def _called_with_i(stem: str, res: Resources) -> bool:
    """One given-name syllable and the affectionate 이 before a kinship word (철이 아바이,
    순이 언니): a subject particle there (돈이 엄마한테) takes no given-name syllable."""
    return (
        len(stem) == 2
        and stem[1] == "이"
        and korean.final_consonant(stem[0])
        and stem[0] in korean.given_syllables()
        and stem[0] not in res.sur_ko_hangul
    )


@lru_cache(maxsize=1)
def _kinship() -> frozenset[str]:
    return frozenset(cue_words().get("kinship", "ko"))


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    c = cue_words()
    return frozenset((*c.get("modifier", "ko"), *c.get("title", "ko"), *c.get("role", "ko")))


def _glued_kinship(folded: str, res: Resources) -> Iterator[Hit]:
    """하늘언니가, 아이유언니가: a name glued to a kinship word, even a word name (uncertain);
    not a word that says whose or where (동네언니, 친구언니) or one word (큰언니, 외할머니)."""
    rx = _rx()
    for kin in rx["kinship"].finditer(folded):
        start = kin.start()
        if start and folded[start - 1].isascii() and folded[start - 1].isalpha():
            yield from latin_glued_to_kin(folded, start)  # Sunny언니: round 16
            continue
        if not start or not "가" <= folded[start - 1] <= "힣":
            continue  # spaced (하늘 언니): ``_name_titles``
        while start and "가" <= folded[start - 1] <= "힣":
            start -= 1
        stem = folded[start : kin.start()]
        if rx["after_title"].match(folded, kin.end()) is None:
            continue
        if len(stem) == 1:
            yield from one_syllable_glued_to_kin(folded, start, kin.group(), res)
            continue  # 준오빠가: round 16
        if not 2 <= len(stem) <= 4:
            continue
        if stem in _modifiers() or stem + kin.group() in res.lex_ko:
            continue
        if stem[-1] in _ADNOMINAL and not _given_shaped(stem, res):
            continue  # 작은이모, 젊은언니: a modifier (지은언니 is a name)
        hit = _hit(start, stem, res, "name_glued_kinship")
        if hit is not None:
            yield hit


def _given_shaped(stem: str, res: Resources) -> bool:
    return stem in res.given_ko or all(ch in korean.given_syllables() for ch in stem)


_ADNOMINAL = frozenset("은는던운된한인진린른난온간든쁜픈할될갈일를")


def _calls(folded: str, res: Resources) -> Iterator[Hit]:
    rx = _rx()
    for _anchor, match in _before(folded, rx["calling"], rx["called"], 18):
        stem = match.group(1)
        if re.match(r"[\u4e00-\u9fff]", stem):
            if stem not in res.keep_native:
                yield Hit.at(
                    match.span(1),
                    label="PERSON",
                    detector="cue",
                    rule="called",
                    uncertain=stem in res.lex_zh,
                )
            continue
        if korean.verb_stem(stem, res) or stem[-1] in korean.VERB_FINAL:
            continue
        if stem[-1] in "아야" and stem[:-1] in closed_words("ko"):
            continue  # 얘야 하고 불렀다: a plain word of address and its vocative (round 11)
        hit = _hit(match.start(1), stem, res, "called")
        if hit is not None:
            yield hit
            yield from _called_twice(folded, hit)
    for _anchor, match in _before(folded, rx["calling"], rx["called_as"], 9):
        stem = match.group(1)
        affectionate = stem[-1] == "이" and len(stem) > 1 and korean.final_consonant(stem[-2])
        if affectionate:
            stem = stem[:-1]  # 옥이로 불림: the name is 옥
        if len(stem) == 1 and not affectionate:
            continue
        # 큰 소리로 불렀다, 전화로 불렀다: a manner; an ordinary word counts only as X이로
        hit = _hit(match.start(1), stem, res, "called", strong=affectionate)
        if hit is not None:
            yield hit
    for match in rx["chinese_nickname"].finditer(folded):
        stem = match.group()
        if match.start() and "가" <= folded[match.start() - 1] <= "힣":
            continue
        bare = korean.split_particle(stem)[0]
        if bare != stem and (bare in res.lex_ko or bare in res.keep_native):
            continue  # 라오스로: a country and its particle, not 라오 + a name (round 14c)
        if stem not in res.keep_native and stem not in res.lex_ko:
            yield Hit.at(
                match.span(),
                label="PERSON",
                detector="cue",
                rule="chinese_nickname",
                uncertain=False,
            )


def _called_twice(folded: str, hit: Hit) -> Iterator[Hit]:
    """X X 하고 불렀어요: a call is said twice, and the first X is the same name (round 14)."""
    stem = folded[hit.start : hit.end]
    before = hit.start - len(stem) - 1
    repeated = before >= 0 and folded[before : hit.start] == stem + " "
    if repeated and (before == 0 or not "가" <= folded[before - 1] <= "힣"):
        yield hit._replace(start=before, end=before + len(stem))


def _role_is_named(folded: str, res: Resources) -> Iterator[Hit]:
    """딸이 누리라고 (열 살짜리였는데): a kinship noun, then what she is called."""
    rx = _rx()
    for _anchor, match in _before(folded, rx["rago"], rx["role_is_named"], 18):
        if match.start() and "가" <= folded[match.start() - 1] <= "힣":
            continue  # the kinship noun starts its word
        stem = match.group(1)
        if korean.verb_stem(stem, res):
            continue
        hit = _hit(match.start(1), stem, res, "role_is_named")
        if hit is not None:
            yield hit


def find_korean_calls(folded: str, res: Resources) -> Iterator[Hit]:
    """Names found by how a Korean testimony calls and addresses people."""
    yield from _vocatives(folded, res)
    yield from _affectionate(folded, res)
    yield from find_affectionate_more(folded, res)
    yield from _surname_titles(folded, res)
    yield from _name_titles(folded, res)
    yield from find_one_syllable_names(folded, res)
    yield from _glued_kinship(folded, res)
    yield from kin_before_glued_name(folded, res)
    yield from _calls(folded, res)
    yield from _role_is_named(folded, res)
    yield from find_chinese_shaped(folded, res)
    yield from find_introductions(folded, res)
    yield from find_surname_marks(folded, res)
