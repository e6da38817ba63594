"""Guess a question's sensitivity when the XLSForm does not say, and say so.

An XLSForm written for ODK has no notion of what may leave the device.  The
import does not guess silently: a text question whose name or label looks
identifying (a name, phone number, address, village...) becomes ``direct``
(never leaves the device), everything else ``none``, and every decision is
returned as a ``Decision`` that the command prints for the coordinator to
review and correct in the ``fieldkit::sensitivity`` column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fieldkit.questionnaire.messages import Message, Param
from fieldkit.questionnaire.model import Sensitivity
from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.xlsform.catalog import x

__all__ = ["IDENTIFYING_WORDS", "Decision", "guess_sensitivity", "review_lines"]

IDENTIFYING_WORDS = (
    "name",
    "surname",
    "nickname",
    "alias",
    "phone",
    "mobile",
    "tel",
    "telephone",
    "contact",
    "email",
    "wechat",
    "kakao",
    "qq",
    "address",
    "village",
    "street",
    "hamlet",
    "town",
    "hukou",
    "passport",
    "id_number",
    "idcard",
    "gps",
)
"""English words (in ids split at ``_``, or in English labels) that mark identity."""

_IDENTIFYING_TEXT = (
    "이름",
    "성명",
    "별명",
    "전화",
    "연락처",
    "주소",
    "마을",
    "여권",
    "姓名",
    "名字",
    "电话",
    "手机",
    "地址",
    "村",
    "微信",
    "护照",
    "身份证",
)
"""Korean and Chinese fragments that mark identity in labels."""


@dataclass(frozen=True, kw_only=True)
class Decision:
    """What the import decided for one question without a sensitivity column."""

    row: int
    question: str
    type: str
    sensitivity: Sensitivity
    reason: str
    why: Message | None = None
    """The reason as a catalog message (``reason`` is its English), for a Korean reader."""

    def text(self, lang: str = "en") -> str:
        """``survey row 3: 'name' (short_text) -> direct: ...`` in ``lang``."""
        reason: Param = self.why if self.why is not None else self.reason
        params: dict[str, Param] = {"row": self.row, "question": self.question, "type": self.type}
        return x("xls.decision", **params, sensitivity=self.sensitivity, reason=reason).text(lang)

    def __str__(self) -> str:
        return self.text("en")


def guess_sensitivity(
    row: int, question: str, type_: str, labels: dict[str, str]
) -> Decision | None:
    """The decision for a question with no ``fieldkit::sensitivity`` (None for notes)."""
    spec = QUESTION_TYPES[type_]
    if spec.display_only:
        return None
    if not spec.text:
        return _decided(row, question, type_, "none", x("xls.reason.not_free_text"))
    word = _identifying(question, labels)
    if word:
        return _decided(row, question, type_, "direct", x("xls.reason.identifying", word=word))
    return _decided(row, question, type_, "none", x("xls.reason.free_text"))


def _decided(
    row: int, question: str, type_: str, sensitivity: Sensitivity, why: Message
) -> Decision:
    return Decision(
        row=row,
        question=question,
        type=type_,
        sensitivity=sensitivity,
        reason=why.text("en"),
        why=why,
    )


def _identifying(question: str, labels: dict[str, str]) -> str | None:
    parts = set(question.split("_"))
    for word in IDENTIFYING_WORDS:
        if word in parts or ("_" in word and word in question):
            return word
    words = {w for text in labels.values() for w in re.findall(r"[a-z]+", text.lower())}
    for word in IDENTIFYING_WORDS:
        if word in words:
            return word
    for text in labels.values():
        for fragment in _IDENTIFYING_TEXT:
            if fragment in text:
                return fragment
    return None


def review_lines(decisions: list[Decision], lang: str = "en") -> list[str]:
    """Lines for the coordinator, in ``lang``: each identifying or free-text decision on
    its own, the plain ``none`` ones (numbers, dates, choices) together."""
    lines = [
        d.text(lang) for d in decisions if d.sensitivity != "none" or QUESTION_TYPES[d.type].text
    ]
    plain = [
        d.question for d in decisions if d.sensitivity == "none" and not QUESTION_TYPES[d.type].text
    ]
    if plain:
        lines.append(x("xls.review.plain", questions=", ".join(plain)).text(lang))
    return lines
