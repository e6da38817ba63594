"""Korean people found by two cues the engine did not know (issue 11, round 29).

The silent misses of sets BM and BQ, the freshest evidence, held two classes a linguist
names by their grammar, not by their words:

* **an English title in Hangul** before a surname or a name: 미스터 리, 미스 김이, 미세스
  박한테, 미스터 김철수.  The loanwords are titles as 씨 and 선생 are, so the word after them
  is a name; one syllable only when it is a surname, and 미스 (also "a mistake", 미스가
  났다) only before a surname, since its own compounds (미스코리아) are words.  A title glued
  to its word is read only when the whole is no word (미스터리 "a mystery" stays);
* **a self-introduction after a greeting**: 안녕하세요 들꽃이에요, 안녕하세요 여러분 ...
  채널 나비입니다: the copula's complement after a greeting names the speaker, whatever the
  word (a word name is uncertain).  The few nouns a greeting is followed by that say how
  the speaker is, not who (처음이에요, 오랜만이에요) and nouns for a kind of person
  (탈북민이에요) are no name;
* **a surname the speaker stops at** (조선족 리... 아니에요, 崔… 최광수라 했던가, 시누이
  방...): a surname alone before an ellipsis is a name begun; uncertain where the syllable
  is also a word (방 "a room");
* **the anonymised surname** of records and news (피의자 이 모씨, 김 모 씨): the surname
  still says who;
* **a name whose surname is noted unknown** (2. 하늘 (성 미상, ...)): only a person has one;
* **a Latin name before a spaced Korean title** (David 목사님, Grace 선교사): the title
  names the word before it, as for a Hangul name; and glued before a kinship word
  contracted with its particle (Sunny언닌데, Tom오빤: 언니인데, 오빠는), which the kinship
  list does not hold whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.cues_roles_ko import korean_hit, token_stem
from fieldkit.redaction.cuewords import alternation, closed_words, cue_words, person_nouns
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_round29_persons"]

_LOAN_TITLE = lazy_pattern(r"(?<![가-힣])(미스터|미세스|미즈|미스)(\s?)([가-힣]{1,5})")
"""미스터 리, 미스 김이: a title in Hangul and the word after it."""
_COUNTED = lazy_pattern(r"\s(?:번|개|명|살|가지|시간|달|해|적|때|차례|군데)(?![가-힣])")
"""미스 한 번: a number word and its counter, not a surname."""
_GREETING = lazy_pattern(
    r"안녕(?:하세요|하십니까|하셨어요)[~!.,\s]*(?:[^\n.!?]{0,40}?\s)?"
    r"([가-힣]{1,5}?)(?:이에요|예요|이예요|입니다|이야요|임다)(?![가-힣])"
)
"""안녕하세요 (여러분~ 탈북언니) 하늘이에요: the copula's complement after a greeting."""
_TOPIC = lazy_pattern(r"(?<![가-힣])(?!저는|나는|이름은)[가-힣]{1,4}[은는]\s")
"""여기는 서울이에요: a topic other than the speaker (저는, 나는, 제 이름은) says the
complement is what the topic is, not who speaks."""
_NOT_INTRODUCED = frozenset(
    str.split("처음 오랜만 다행 영광 감사 행복 여기 저기 거기 오늘 지금 누구 뭐 저 나 제 전")
)
"""How the speaker is or where, never who (안녕하세요 처음이에요, 오랜만이에요)."""
_KIND_ENDINGS = ("민", "인", "자", "생")
"""탈북민, 한국인, 탈북자, 대학생: a kind of person, not a name, when the rest is a word."""


def _loan_titles(folded: str, res: Resources) -> list[Hit]:
    """미스터 리, 미스 김이, 미세스 박한테, 미스터 김철수 (module docstring)."""
    out: list[Hit] = []
    for match in _LOAN_TITLE().finditer(folded):
        title, space, token = match.groups()
        start = match.start(3)
        glued = not space
        if glued and (title + token in res.lex_ko or title + token[:1] in res.lex_ko):
            continue  # 미스터리, 미스코리아: the loanword's own compounds
        stem = token_stem(token, res)
        if len(stem) > 1 and token[0] in res.sur_ko_hangul and not korean.name_shaped(stem, res):
            stem = token[0]  # 미스 김이: the surname and its subject particle
        if len(stem) == 1:
            if stem in res.sur_ko_hangul and not _COUNTED().match(folded, match.end()):
                out.append(person_by_cue(start, start + 1, "loan_title_surname", False))
            continue
        if glued or title == "미스":
            continue  # 미스 한 번: only a surname after 미스; a glued name is a word
        hit = korean_hit(start, stem, res, "loan_title")
        if hit is not None:
            out.append(hit)
    return out


def _introduced(stem: str, res: Resources) -> bool:
    if stem in _NOT_INTRODUCED or stem in closed_words("ko") or stem in person_nouns("ko"):
        return False
    if stem in res.gaz_hangul:
        return False  # 안녕하세요 연길이에요: a place the speaker is in, or a town
    if len(stem) >= 3 and stem.endswith(_KIND_ENDINGS) and stem[:-1] in res.lex_ko:
        return False  # 탈북민이에요, 한국인입니다
    return not korean.verb_like(stem, res)


def _greeted(folded: str, res: Resources) -> list[Hit]:
    """안녕하세요 들꽃이에요: the name a speaker gives after a greeting."""
    out: list[Hit] = []
    for match in _GREETING().finditer(folded):
        stem, start = match.group(1), match.start(1)
        if _TOPIC().search(folded, match.start(), start) or not _introduced(stem, res):
            continue
        if len(stem) == 1:
            out.append(person_by_cue(start, start + 1, "greeted_name", True))
            continue
        ordinary = stem in res.lex_ko or korean.ordinary(stem, res)
        out.append(person_by_cue(start, start + len(stem), "greeted_name", ordinary))
    return out


_HESITATED = lazy_pattern(r"(?<![가-힣\u4e00-\u9fff\w])([가-힣\u4e00-\u9fff])(?:\.{2,}|…)")
_NOT_BEGUN = frozenset(
    str.split("이 나 그 저 제 내 더 또 왜 뭐 좀 잘 안 못 다 참 아 어 음 예 네 응")
)
"""One syllable before an ellipsis that is a pronoun, an adverb or a sound (그..., 음...)."""
_ANONYMISED = lazy_pattern(r"(?<![가-힣])([가-힣])\s모\s?씨")
_SURNAME_UNKNOWN = lazy_pattern(
    r"(?<![가-힣0-9])([가-힣]{1,4})\s\((?:성|본명|실명|이름)\s?(?:미상|모름|불명|비공개)[,)]"
)


def _begun_names(folded: str, res: Resources) -> list[Hit]:
    """리..., 崔…: a surname alone before an ellipsis."""
    out: list[Hit] = []
    for match in _HESITATED().finditer(folded):
        syllable, start = match.group(1), match.start(1)
        if "가" <= syllable <= "힣":
            if syllable in _NOT_BEGUN or syllable not in res.sur_ko_hangul:
                continue
            out.append(person_by_cue(start, start + 1, "surname_begun", syllable in res.lex_ko))
        elif syllable in res.sur_zh_hanzi:
            out.append(person_by_cue(start, start + 1, "surname_begun", False))
    return out


def _recorded(folded: str, res: Resources) -> list[Hit]:
    """피의자 이 모씨; 하늘 (성 미상, ...)."""
    out: list[Hit] = []
    if "모" in folded:
        for match in _ANONYMISED().finditer(folded):
            if match.group(1) in res.sur_ko_hangul:
                out.append(person_by_cue(match.start(1), match.end(1), "surname_anonymised", False))
    if "(" in folded:
        for match in _SURNAME_UNKNOWN().finditer(folded):
            name, start = match.group(1), match.start(1)
            if name in closed_words("ko") or name in person_nouns("ko"):
                continue
            ordinary = name in res.lex_ko or korean.ordinary(name, res)
            out.append(person_by_cue(start, start + len(name), "surname_unknown_note", ordinary))
    return out


@lru_cache(maxsize=1)
def _latin_titled() -> re.Pattern[str]:
    titles = cue_words().get("title", "ko")
    return re.compile(
        rf"(?<![A-Za-z0-9_@.])([A-Z][a-z]{{1,14}})\s(?:{alternation(titles)})(?![A-Za-z])"
    )


_CAPITALISED = lazy_pattern(r"[A-Z][a-z]")
"""What both Latin patterns need: a capital and a small letter."""
_DETERMINERS = frozenset(str.split("the a an my our your his her their this that these those"))


_LATIN_CONTRACTED = lazy_pattern(r"(?<![A-Za-z0-9_@.])([A-Z][a-z]{1,14})(?:언닌|오빤|누난)")


def _latin_titles(folded: str, res: Resources) -> list[Hit]:
    """David 목사님, Grace 선교사: a Title-case Latin word before a spaced Korean title."""
    out: list[Hit] = []
    for match in _latin_titled().finditer(folded):
        word = match.group(1)
        if word.casefold() in closed_words("en") or word.casefold() in _DETERMINERS:
            continue  # The 선생님: a determiner of an English phrase
        uncertain = word.casefold() in res.lex_en
        out.append(person_by_cue(match.start(1), match.end(1), "latin_before_title", uncertain))
    for match in _LATIN_CONTRACTED().finditer(folded):
        out.append(person_by_cue(match.start(1), match.end(1), "latin_glued_kinship", True))
    return out


def find_round29_persons(folded: str, res: Resources) -> list[Hit]:
    """The rules of the module docstring, each gated by its literal (speed)."""
    out: list[Hit] = []
    if "미스" in folded or "미세스" in folded or "미즈" in folded:
        out += _loan_titles(folded, res)
    if "안녕" in folded:
        out += _greeted(folded, res)
    if ".." in folded or "…" in folded:
        out += _begun_names(folded, res)
    out += _recorded(folded, res)
    if _CAPITALISED().search(folded) is not None:  # a C-speed scan, not a loop (speed)
        out += _latin_titles(folded, res)
    return out
