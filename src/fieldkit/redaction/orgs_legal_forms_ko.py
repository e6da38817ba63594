"""The legal form written before a Korean organisation's name, and the group that sends a
helper (issue 11, round 14c, lane ORG).

- **A legal form before the name**: Korean registers a firm or a non-profit by its legal form
  and writes it first: 주식회사 X, (주)X, ㈜X, 법무법인 X, 재단법인 X, 사단법인 X,
  사회복지법인 X, 유한회사 X.  The form says the next word is the registered name (a form is
  never followed by an ordinary word), so that word, less its particle, is an ``ORG``; a
  glued (주) is redacted with the name, as an official name is written whole.  Never a
  closed word, a town or a verb form.  Certain.
- **The group that sends a helper**: X에서 보낸/보내 준/나온/파견한 목사님 (선교사, 담당자,
  간사, 직원, 사람 ...): the sender of a pastor or a case worker is an organisation.  Never a
  listed word (회사에서 보낸 사람: a kind), a town (서울에서 온 사람 is not read anyway: 온
  is not a verb of sending), a closed word, a given name or a verb form.  Uncertain.

Gates: a form's word; 에서 with one of the verbs of sending.
"""

from __future__ import annotations

import re

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import finditer_from, literal_test, positions
from fieldkit.redaction.cuewords import alternation, closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import korean_nouns
from fieldkit.redaction.resources import Resources

__all__ = ["find_legal_form_orgs"]

_FORMS = "주식회사 유한회사 법무법인 재단법인 사단법인 사회복지법인 학교법인 의료법인 합자회사"
_FORM_ENDS = ("회사", "법인")
_SPACED = lazy_pattern(rf"(?<![가-힣])(?:{alternation(tuple(_FORMS.split()))}) ([가-힣]{{2,10}})")
_SENDING = literal_test(("에서 보낸", "에서 보내", "에서 파견한", "에서 나온"))
"""What every ``_SENT`` match holds (보내 준, 보내주신 ... open with 보내): one search, where
``_SENT``, whose head is a look-behind, was tried at every position of each answer with
에서 (two in five)."""
_GLUED = re.compile(r"(\(주\)|㈜)\s?([가-힣]{2,10})")
_SENT = re.compile(
    r"([가-힣](?<![가-힣].)[가-힣]{1,7})에서 "
    r"(?:보낸|보내 준|보내준|보내 주신|보내주신|파견한|나온) "
    r"(?:[가-힣]{1,3} )?"
    r"(목사|선교사|전도사|집사|간사|담당자|직원|활동가|봉사자|사람|변호사|팀장|선생)"
)


def find_legal_form_orgs(folded: str, res: Resources) -> list[Hit]:
    """Both constructions (module doc)."""
    out: list[Hit] = []
    out += _after_form(folded, res)
    if _SENDING(folded):  # round 32, speed: 에서 and a verb of sending, not 에서 alone
        out += _senders(folded, res)
    return out


def _name(word: str, res: Resources) -> str:
    """The word less its particle, or '' when it cannot be a registered name."""
    stem, _ = korean.split_particle(word)
    stem = stem if len(stem) >= 2 else word
    if stem in closed_words("ko") or stem in res.gaz_hangul or stem in res.gaz_marked:
        return ""
    return "" if korean.verb_like(stem, res) else stem


def _form_starts(folded: str) -> list[int]:
    """Every start of a ``_SPACED`` match (round 14, speed): each form ends in 회사 or 법인,
    two syllables after its start (four in 사회복지법인)."""
    return [at - n for at in positions(folded, _FORM_ENDS) for n in (2, 4) if at >= n]


def _after_form(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in finditer_from(_SPACED(), folded, _form_starts(folded)):
        name = _name(match.group(1), res)
        if name:
            start = match.start(1)
            out.append(
                Hit(
                    start=start,
                    end=start + len(name),
                    label="ORG",
                    detector="org",
                    rule="legal_form_org_ko",
                )
            )
    if "(주)" not in folded and "㈜" not in folded:
        return out  # what _GLUED opens with (round 31, speed)
    for match in _GLUED.finditer(folded):
        name = _name(match.group(2), res)
        if name:
            end = match.start(2) + len(name)
            out.append(
                Hit(
                    start=match.start(1),
                    end=end,
                    label="ORG",
                    detector="org",
                    rule="legal_form_org_ko",
                )
            )
    return out


def _senders(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _SENT.finditer(folded):
        word = match.group(1)
        if word in res.lex_ko or word in korean_nouns() or word in res.given_ko:
            continue  # 회사에서 보낸 사람: a kind of place, no name
        if not _name(word, res) or word in res.keep_native:
            continue
        out.append(
            Hit.at(
                match.span(1),
                label="ORG",
                detector="context",
                rule="sender_org_ko",
                uncertain=korean.ordinary(word, res),
            )
        )
    return out
