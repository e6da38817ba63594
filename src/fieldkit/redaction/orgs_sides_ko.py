"""A group named as the side someone acts for (issue 11, round 14, second wave, lane ORG
AND PLACES).

Korean names the organisation a helper belongs to with 쪽 or 측 ("the X side") before that
helper: X 쪽 선교사님, X 측 담당자, X 쪽에서 온 사람, X측에서 연락이 왔다.  No particle
follows the name, so the catch-all (a word no list knows, then a particle) never sees it,
and a mission's or NGO's name is often a compound of plain words (a Korean name made of
native words such as 두레 + 하나) that the lists read as a compound.  The slot is the cue:

* X 쪽 (with 의/에서/에서 온 ...) before a person of an organisation (선교사, 목사, 간사,
  담당자, 직원, 관계자, 활동가, 사람) or its help (도움, 소개, 연결, 지원);
* X 측 (spaced or glued) before a particle or such a person: 측 is said of parties and
  institutions only.

X is an ``ORG``: two to eight syllables, no dictionary word (남편 쪽 사람, 교회 측, 중국
측), no closed or where-word (그쪽, 이쪽 사람), no verb form, no gazetteer spelling (연길
쪽 사람 is a place, the gazetteer's), no kept word (하나원 측), no verb's adnominal form
(가는 쪽 사람: a direction; a noun form in -ㅁ, 한울림, stays a possible name); uncertain when
the lists read it as a compound of words, certain otherwise.
"""

from __future__ import annotations

from fieldkit.redaction import dictionary_ko, hangul, korean
from fieldkit.redaction.anchored import finditer_from, hangul_word_starts
from fieldkit.redaction.cuewords import closed_words, gazetteer_entry
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_side_orgs"]

_MEMBER = (
    r"(?:선교사|목사|전도사|간사|담당자|담당|직원|관계자|활동가|사람|분들|분|도움|소개|연결|지원)"
)
_SIDE = lazy_pattern(
    rf"(?<![가-힣])([가-힣]{{2,8}})\s(?:쪽|측)(?:의|에서|에서는|에서도|에서 온|에서 나온)?\s?"
    rf"{_MEMBER}"
    r"|(?<![가-힣])([가-힣]{2,8})\s?측(?:에서|에서는|에서도|은|이|과|와|의|으로|에)(?![가-힣])"
)
_SIDE_WORD = lazy_pattern("[쪽측]")
_SIDE_PAIRS = frozenset("쪽측")
"""Where ``_SIDE`` can only match: a Hangul word ending one space (or none) before 쪽 or 측."""


def find_side_orgs(folded: str, res: Resources) -> list[Hit]:
    """X 쪽 선교사님, X측에서 (module doc).  Gate: 쪽 or 측 in the text."""
    out: list[Hit] = []
    if "쪽" not in folded and "측" not in folded:
        return out
    starts = hangul_word_starts(folded, _SIDE_WORD(), _SIDE_PAIRS, 8)  # round 14, speed
    for match in finditer_from(_SIDE(), folded, starts):
        group = 1 if match.group(1) else 2
        word = match.group(group)
        if not _group_name(word, res):
            continue
        out.append(
            Hit(
                start=match.start(group),
                end=match.end(group),
                label="ORG",
                detector="cue",
                rule="side_org_ko",
                uncertain=korean.ordinary(word, res),
            )
        )
    return out


def _group_name(word: str, res: Resources) -> bool:
    """No list knows ``word`` as a word, a place, a kept name or a verb form."""
    if word in res.lex_ko or word in closed_words("ko") or word in res.keep_native:
        return False
    if gazetteer_entry(word, res) is not None or word in res.given_ko:
        return False
    if len(word) == 3 and word[0] in res.sur_ko_hangul:
        return False  # 김철수 쪽 사람: a person's side, left to the name rules
    adnominal = hangul.decompose(word[-1])[2] in ("ㄴ", "ㄹ")  # 가는 쪽 사람: a direction
    verb = word[:-1] in res.lex_ko or dictionary_ko.verb_form(word) or korean.verb_like(word, res)
    return not (adnominal and verb)  # 한울림 (울림) may be a name
