"""Surnames before a rank or office (round 8 of issue 11).

* **a Hanzi surname glued to a Korean title or office** (金경관이, 朴사장, 马대장): in a
  Korean text a Chinese character right before a Hangul title is the surname of the person
  so titled when it is a surname of ``surnames_zh.tsv`` (which holds the Korean surnames'
  Hanzi too: 金, 朴, 李).  Found from each Hanzi-Hangul seam, read forward.
* **a rank that is also an ordinary word** (the ``rank_word`` row of ``offices_ko.tsv``:
  상사 "boss", 하사 "bestow", 전사 "warrior", 소위 "so-called"): a person only with a
  surname glued to it (최상사라고, 박하사가) or spaced before it (리 상사님), and then only
  before 라고, 님, a particle or (round 37) the copula or a sentence's end (담당은 하
  상위., 김 상위였어요); never after a numeral or determiner (한 상사 "one boss") or when
  surname and rank make a word.  A surname that is also a word spaced before the rank is
  uncertain (하 상위).
The unambiguous ranks (하전사, 상등병, 특무상사) are ordinary titles (``cues_ko.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.anchors_ko import RANK, holds
from fieldkit.redaction.cuewords import alternation, closed_words, cue_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surnames_ko import WORD_SURNAMES
from fieldkit.redaction.textview import view

__all__ = ["find_rank_names"]

_DEMONSTRATIVES = frozenset("이그저")
_COUNTING = frozenset("한전현구온제모반양남각두세네몇첫새옛")
"""Surnames that are also a numeral, a determiner or "former" (한 상사 "one boss", 전 상사 "a
former boss", 모 중사 "a certain sergeant"): never a surname before a rank word.  The other
surnames that are also words (하, 도, 주) are one spaced before a rank (하 상위), uncertain
(round 37; glued, 도상위 is still left: 하사 and 도사 read as words)."""
_NEVER_COUNTED = frozenset(("상위",))
"""Round 37: 상위 as a word ("upper", 상위권) takes no numeral, so 한 상위가 is the officer
Han (한 상위는 완전 짐승이었어요), uncertain like every surname that is also a word."""
_GLUED_EXTRA = (
    "사장",
    "사장님",
    "사부",
    "대장",
    "선생",
    "선생님",
    "할매",
    "아저씨",
    "아줌마",
    "대마",
)
"""Titles written glued to a surname beside the lists' (``family_names_ko._GLUED_TITLES``);
대마 is 大妈 "auntie" (``titles.tsv``, Chinese) read in Korean, as 조선족 speech says it."""


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    c = cue_words()
    titles = (*c.get("title", "ko"), *c.get("office", "ko"), *_GLUED_EXTRA)
    after = rf"(?:{alternation((*korean.PARTICLES, '께', '께서'))}|라고|이라고|님)?(?![가-힣])"
    return {
        "seam": re.compile(r"[\u4e00-\u9fff](?=[가-힣])"),
        "title": re.compile(rf"(?:{alternation(titles)}){after}"),
        "rank": re.compile(rf"(?:{alternation(c.get('rank_word', 'ko'))})"),
        "rank_tail": re.compile(
            rf"(?:{alternation(c.get('rank_word', 'ko'))})"
            r"(?:(?:님|라고|이라고|이|가|은|는|을|를|한테|에게|께서|님이|님은|님한테)(?![가-힣])"
            r"|(?:였|이었|예요|이에요|인데|이고)|(?=[.,!?]|$))"
        ),
    }


def _hit(start: int, rule: str, uncertain: bool) -> Hit:
    return person_by_cue(start, start + 1, rule, uncertain)


def _hanzi_titles(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    rx = _rx()
    for seam in rx["seam"].finditer(folded):
        at = seam.start()
        if at and "\u4e00" <= folded[at - 1] <= "\u9fff":
            continue  # 王建国 사장: a whole Hanzi name is the Chinese rules'
        if folded[at] not in res.sur_zh_hanzi or rx["title"].match(folded, at + 1) is None:
            continue
        out.append(_hit(at, "hanzi_surname_glued_title", False))
    return out


def _rank_words(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    if not holds(folded, RANK):
        return out  # no rank word: no match (round 32, speed: anchors_ko)
    rx = _rx()
    for rank in rx["rank"].finditer(folded):
        at = rank.start()
        if rx["rank_tail"].match(folded, at) is None:
            continue
        glued = at and "가" <= folded[at - 1] <= "힣"
        start = at - 1 if glued else at - 2
        if start < 0 or (not glued and folded[at - 1] != " "):
            continue
        if start and "가" <= folded[start - 1] <= "힣":
            continue  # 회사상사, 직장 상사: the syllable before is no lone surname
        surname = folded[start]
        if surname not in res.sur_ko_hangul:
            continue
        if surname in _COUNTING and (glued or rank.group() not in _NEVER_COUNTED):
            continue
        if glued and surname in WORD_SURNAMES:
            continue
        word = surname + rank.group()
        if glued and (word in res.lex_ko or word in closed_words("ko")):
            continue
        closed = surname in closed_words("ko") and rank.group() not in _NEVER_COUNTED
        if not glued and (surname in _DEMONSTRATIVES or closed):
            continue  # 이 상사가 "this boss"
        out.append(_hit(start, "surname_rank_word", surname in WORD_SURNAMES))
    return out


def find_rank_names(folded: str, res: Resources) -> list[Hit]:
    """Every rule of this module (module docstring)."""
    out: list[Hit] = []
    if view(folded).has_hanzi:  # the seam's Hanzi (round 31, speed)
        out += _hanzi_titles(folded, res)
    out += _rank_words(folded, res)
    return out
