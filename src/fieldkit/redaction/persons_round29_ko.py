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
  (탈북민이에요) are no name.
"""

from __future__ import annotations

from collections.abc import Iterator

from fieldkit.redaction import korean
from fieldkit.redaction.cues_roles_ko import korean_hit, token_stem
from fieldkit.redaction.cuewords import closed_words, person_nouns
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


def _surname(syllable: str, res: Resources) -> bool:
    return syllable in res.sur_ko_hangul


def _loan_titles(folded: str, res: Resources) -> Iterator[Hit]:
    """미스터 리, 미스 김이, 미세스 박한테, 미스터 김철수 (module docstring)."""
    for match in _LOAN_TITLE().finditer(folded):
        title, space, token = match.groups()
        start = match.start(3)
        glued = not space
        if glued and (title + token in res.lex_ko or title + token[:1] in res.lex_ko):
            continue  # 미스터리, 미스코리아: the loanword's own compounds
        stem = token_stem(token, res)
        if len(stem) > 1 and _surname(token[0], res) and not korean.name_shaped(stem, res):
            stem = token[0]  # 미스 김이: the surname and its subject particle
        if len(stem) == 1:
            if _surname(stem, res) and not _COUNTED().match(folded, match.end()):
                yield person_by_cue(start, start + 1, "loan_title_surname", False)
            continue
        if glued or title == "미스":
            continue  # 미스 한 번: only a surname after 미스; a glued name is a word
        hit = korean_hit(start, stem, res, "loan_title")
        if hit is not None:
            yield hit


def _introduced(stem: str, res: Resources) -> bool:
    if stem in _NOT_INTRODUCED or stem in closed_words("ko") or stem in person_nouns("ko"):
        return False
    if stem in res.gaz_hangul:
        return False  # 안녕하세요 연길이에요: a place the speaker is in, or a town
    if len(stem) >= 3 and stem.endswith(_KIND_ENDINGS) and stem[:-1] in res.lex_ko:
        return False  # 탈북민이에요, 한국인입니다
    return not korean.verb_like(stem, res)


def _greeted(folded: str, res: Resources) -> Iterator[Hit]:
    """안녕하세요 들꽃이에요: the name a speaker gives after a greeting."""
    for match in _GREETING().finditer(folded):
        stem, start = match.group(1), match.start(1)
        if _TOPIC().search(folded, match.start(), start) or not _introduced(stem, res):
            continue
        if len(stem) == 1:
            yield person_by_cue(start, start + 1, "greeted_name", True)
            continue
        ordinary = stem in res.lex_ko or korean.ordinary(stem, res)
        yield person_by_cue(start, start + len(stem), "greeted_name", ordinary)


def find_round29_persons(folded: str, res: Resources) -> Iterator[Hit]:
    """Both rules of the module docstring, each gated by its literal (speed)."""
    if "미스" in folded or "미세스" in folded or "미즈" in folded:
        yield from _loan_titles(folded, res)
    if "안녕" in folded:
        yield from _greeted(folded, res)
