"""Names a Korean testimony gives by halves: the name on a register and the surname alone
(issue 11, round 14, third wave).

* **the registered name**: a register, then the name it holds and a verb of being written
  (호적에는 X으로 올라가 있음, 신분증에는 X라고 돼 있어요, 여권상 X로 나와요): a woman or a
  child sold or born in China often has a Chinese registered name besides the one she is
  called, and the register's slot holds nothing but a name.  Hanzi in that slot is a name,
  certain; Hangul is uncertain when it is a word (호적에는 사망으로 돼 있어요 stays: a
  register also records a state, and the closed list of those words is kept).
* **a surname the speaker remembers without the rest**: a surname, then 뭐였는데, 뭐더라,
  뭐라던데 or 무슨 ... 였는데 (刘 뭐였는데, 김 뭐더라 ... 김씨요): "Liu something".  A Hanzi
  surname there is certain, a Hangul surname uncertain (이 뭐였더라 is also "what was this").
"""

from __future__ import annotations

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import finditer_from, literal_test, positions
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_partial_names"]

_HAN = "\u4e00-\u9fff"
_REGISTERS = "호적|호구|호구부|신분증|주민등록증|주민등록|여권|공민증|서류|등록증|출생증"
_REGISTERED = lazy_pattern(
    rf"(?:{_REGISTERS})(?:에는|에선|에|엔|상으로는|상으로|상에는|상)\s"
    rf"(?:([{_HAN}]{{1,4}})|([가-힣]{{2,4}}?))"
    r"(?:으로|로|이라고|라고|이라구|라구)\s?"
    r"(?:올라|올려|되어|돼|됐|되|등록|적혀|적어|써|나와|나오|박혀)"
)
_STATES = frozenset(
    str.split(
        "사망 미혼 기혼 이혼 실종 행방불명 무호적 여자 남자 중국인 조선족 한족 "
        "외국인 가짜 본명 엉터리 다른 이름 딸 아들 동생 언니 여동생 남동생"
    )
)
"""What a register records that is no name: a state, a sex, a nationality, a kinship."""

_REMEMBERED = lazy_pattern(
    rf"(?<![{_HAN}가-힣])(?:([{_HAN}])|([가-힣]))\s?"
    r"(?:뭐였는데|뭐였더라|뭐더라|뭐라던데|뭐라더라|뭐였지|뭐라고 했는데|머였는데|머더라"
    r"|뭐라고(?=\.|…|,)|뭐라는)"
)
_NOT_SURNAMES = frozenset("이그저아어또막좀왜참나너요뭐음")
"""Pointing words, pronouns and fillers before 뭐더라 (그 뭐더라, 아 뭐였지): no surname."""


_HAS_PAPERS = literal_test(
    ("호적", "호구", "신분증", "주민등록", "여권", "공민증", "서류", "등록증", "출생증")
)
"""What ``_registered`` reads a name after: one search, no generator (round 31, speed)."""


def find_partial_names(folded: str, res: Resources) -> list[Hit]:
    """The two constructions of the module doc."""
    out: list[Hit] = []
    if _HAS_PAPERS(folded):
        out += _registered(folded, res)
    if "뭐" in folded or "머" in folded:
        out += _remembered(folded, res)
    return out


def _registered(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _REGISTERED().finditer(folded):
        if match.group(1):
            out.append(person_by_cue(*match.span(1), "registered_name", False))
            continue
        word = match.group(2)
        if word in _STATES or word in res.keep_native:
            continue
        start, end = match.span(2)
        if len(word) > 2 and word[-1] == "이" and korean.final_consonant(word[-2]):
            end -= 1  # 한결이로: the affectionate 이 stays outside the name
        out.append(person_by_cue(start, end, "registered_name", folded[start:end] in res.lex_ko))
    return out


def _remembered(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    # round 14, speed: one character, an optional space, then 뭐 or 머
    starts = [at - back for at in positions(folded, ("뭐", "머")) for back in (1, 2) if at >= back]
    for match in finditer_from(_REMEMBERED(), folded, starts):
        if match.group(1):
            if match.group(1) in res.sur_zh_hanzi:
                out.append(person_by_cue(*match.span(1), "surname_remembered", False))
            continue
        if match.group(2) in res.sur_ko_hangul and match.group(2) not in _NOT_SURNAMES:
            out.append(person_by_cue(*match.span(2), "surname_remembered", True))
    return out
