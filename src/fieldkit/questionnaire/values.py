"""Answer values: checking a stored value and reading one from typed text.

``check_value`` is the single gate every answer passes through, whether it
comes from the app, an import file or a merge.  ``parse_answer`` turns what an
interviewer typed ("1998-2", "3,000 RMB") into the stored shape.  Error
messages name the question and what was expected, never the value itself: the
value might be a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from fieldkit.errors import AnswerError
from fieldkit.questionnaire.model import Question, Questionnaire

__all__ = ["check_value", "format_value", "parse_answer"]

MAX_SHORT_TEXT = 500
MAX_LONG_TEXT = 100_000

_YEAR_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.년]\s*(\d{1,2})\s*월?\s*$")
_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_MONEY = re.compile(r"^\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*([A-Za-z]{3}|元|위안|yuan|rmb)?\s*$", re.I)
_CURRENCY_WORDS = {"元": "CNY", "위안": "CNY", "YUAN": "CNY", "RMB": "CNY"}


def _fail(question: Question, expected: str, korean: str) -> AnswerError:
    """``expected`` completes "expected ..."; ``korean`` is the same, as the interviewer
    sees it in the Korean interface."""
    return AnswerError(
        f"expected {expected}", where=f"question '{question.id}'", translations={"ko": korean}
    )


def _bounds(question: Question, number: float) -> None:
    where = f"question '{question.id}'"
    if question.minimum is not None and number < question.minimum:
        low = _num(question.minimum)
        raise AnswerError(
            f"must be at least {low}", where=where, translations={"ko": f"{low} 이상이어야 해요"}
        )
    if question.maximum is not None and number > question.maximum:
        high = _num(question.maximum)
        raise AnswerError(
            f"must be at most {high}", where=where, translations={"ko": f"{high} 이하여야 해요"}
        )


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _choice_values(questionnaire: Questionnaire, question: Question) -> list[str]:
    return [c.value for c in questionnaire.choice_lists.get(question.choices or "", [])]


def _check_single(qn: Questionnaire, q: Question, value: Any) -> Any:
    allowed = _choice_values(qn, q)
    if not isinstance(value, str) or value not in allowed:
        raise _fail(
            q, "one of: " + ", ".join(allowed), "다음 중 하나를 고르세요: " + ", ".join(allowed)
        )
    return value


def _check_multiple(qn: Questionnaire, q: Question, value: Any) -> Any:
    allowed = _choice_values(qn, q)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(q, "a list of choices", "보기 목록으로 답하세요")
    unknown = [v for v in value if v not in allowed]
    if unknown:
        raise _fail(
            q,
            "choices from: " + ", ".join(allowed),
            "다음 보기 중에서 고르세요: " + ", ".join(allowed),
        )
    if len(set(value)) != len(value):
        raise _fail(q, "each choice at most once", "같은 보기를 두 번 고를 수 없어요")
    alone = [c for c in qn.choice_lists.get(q.choices or "", []) if c.exclusive]
    for choice in alone:
        if choice.value in value and len(value) > 1:
            label = choice.label.get("en") or choice.value
            korean = choice.label.get("ko") or label
            raise _fail(
                q,
                f"'{label}' alone, without other choices",
                f"'{korean}'는 다른 보기와 함께 고를 수 없어요",
            )
    return [v for v in allowed if v in value]  # canonical order


def _check_integer(qn: Questionnaire, q: Question, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(q, "a whole number", "숫자(정수)로 적어 주세요")
    _bounds(q, value)
    return value


def _check_decimal(qn: Questionnaire, q: Question, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise _fail(q, "a number", "숫자로 적어 주세요")
    _bounds(q, float(value))
    return value


def _check_year(qn: Questionnaire, q: Question, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int) or not 1000 <= value <= 9999:
        raise _fail(q, "a four-digit year", "네 자리 연도로 적어 주세요 (예: 1998)")
    _bounds(q, value)
    return value


def _check_year_month(qn: Questionnaire, q: Question, value: Any) -> Any:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        raise _fail(q, "a year and month as YYYY-MM", "연도와 달을 1998-02처럼 적어 주세요")
    _bounds(q, int(value[:4]))
    return value


def _check_date(qn: Questionnaire, q: Question, value: Any) -> Any:
    match = _DATE.match(value) if isinstance(value, str) else None
    try:
        parsed = date(int(match[1]), int(match[2]), int(match[3])) if match else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise _fail(q, "a date as YYYY-MM-DD", "날짜를 1998-02-15처럼 적어 주세요")
    _bounds(q, parsed.year)
    return parsed.isoformat()


def _check_money(qn: Questionnaire, q: Question, value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = {"amount": value, "currency": q.currencies[0]}
    if not isinstance(value, dict) or set(value) != {"amount", "currency"}:
        raise _fail(
            q, 'an amount, or {"amount": number, "currency": "CNY"}', "금액을 숫자로 적어 주세요"
        )
    amount, currency = value["amount"], value["currency"]
    if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount < 0:
        raise _fail(q, "a non-negative amount", "0 이상의 금액을 적어 주세요")
    if currency not in q.currencies:
        raise _fail(
            q,
            "a currency among " + ", ".join(q.currencies),
            "다음 통화 중 하나: " + ", ".join(q.currencies),
        )
    _bounds(q, float(amount))
    return {"amount": amount, "currency": currency}


def _check_text(limit: int) -> Callable[[Questionnaire, Question, Any], Any]:
    def check(qn: Questionnaire, q: Question, value: Any) -> Any:
        if not isinstance(value, str) or not value.strip():
            raise _fail(q, "non-empty text", "내용을 적어 주세요")
        if len(value) > limit:
            raise _fail(q, f"at most {limit:,} characters", f"{limit:,}자까지 적을 수 있어요")
        if "\x00" in value:
            raise _fail(q, "text without NUL characters", "쓸 수 없는 글자가 들어 있어요")
        return value

    return check


def _check_note(qn: Questionnaire, q: Question, value: Any) -> Any:
    raise AnswerError("is a note and takes no answer", where=f"question '{q.id}'")


def _check_calculate(qn: Questionnaire, q: Question, value: Any) -> Any:
    """A computed value: a number (whole numbers stored as integers) or a short text."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, bool) or (isinstance(value, float) and value != value):
        raise _fail(q, "a number or a text", "숫자나 글로 된 값이어야 해요")
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str) and len(value) <= MAX_SHORT_TEXT and "\x00" not in value:
        return value
    raise _fail(q, "a number or a text", "숫자나 글로 된 값이어야 해요")


_GEOPOINT = re.compile(
    r"^(-?\d{1,3}(?:\.\d{1,10})?)\s+(-?\d{1,3}(?:\.\d{1,10})?)(\s+-?\d{1,6}"
    r"(?:\.\d{1,6})?){0,2}$"
)


def _check_geopoint(qn: Questionnaire, q: Question, value: Any) -> Any:
    """``"latitude longitude [altitude [accuracy]]"`` as ODK Collect records it."""
    match = _GEOPOINT.match(value.strip()) if isinstance(value, str) else None
    if match is None or abs(float(match[1])) > 90 or abs(float(match[2])) > 180:
        raise _fail(
            q,
            "latitude and longitude in degrees, e.g. 42.9 129.5",
            "위도와 경도를 도 단위로 적어 주세요 (예: 42.9 129.5)",
        )
    return " ".join(value.split())


_CHECKERS: dict[str, Callable[[Questionnaire, Question, Any], Any]] = {
    "single_choice": _check_single,
    "multiple_choice": _check_multiple,
    "integer": _check_integer,
    "decimal": _check_decimal,
    "year": _check_year,
    "year_month": _check_year_month,
    "date": _check_date,
    "money": _check_money,
    "short_text": _check_text(MAX_SHORT_TEXT),
    "long_text": _check_text(MAX_LONG_TEXT),
    "note": _check_note,
    "calculate": _check_calculate,
    "geopoint": _check_geopoint,
}


def check_value(questionnaire: Questionnaire, question: Question, value: Any) -> Any:
    """Return the canonical stored form of ``value`` or raise ``AnswerError``."""
    return _CHECKERS[question.type](questionnaire, question, value)


def parse_answer(questionnaire: Questionnaire, question: Question, text: str) -> Any:
    """Read typed text into a value for ``question`` (then ``check_value`` it)."""
    raw = text.strip()
    kind = question.type
    value: Any = raw
    if kind in ("integer", "year"):
        value = _parse_int(question, raw)
    elif kind == "decimal":
        value = _parse_float(question, raw)
    elif kind == "year_month":
        match = _YEAR_MONTH.match(raw)
        if not match:
            raise _fail(
                question, "a year and month such as 1998-02", "연도와 달을 1998-02처럼 적어 주세요"
            )
        value = f"{match[1]}-{int(match[2]):02d}"
    elif kind == "money":
        value = _parse_money(question, raw)
    elif kind == "multiple_choice":
        value = [v for v in re.split(r"[\s,]+", raw) if v]
    elif kind in ("short_text", "long_text"):
        value = text
    return check_value(questionnaire, question, value)


def _parse_int(question: Question, raw: str) -> int:
    cleaned = raw.replace(",", "")
    if not re.fullmatch(r"-?\d{1,12}", cleaned):
        raise _fail(question, "a whole number", "숫자(정수)로 적어 주세요")
    return int(cleaned)


def _parse_float(question: Question, raw: str) -> float:
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        raise _fail(question, "a number", "숫자로 적어 주세요") from None


def _parse_money(question: Question, raw: str) -> dict[str, Any]:
    match = _MONEY.match(raw)
    if not match:
        raise _fail(
            question,
            "an amount such as 3000 or 3,000 CNY",
            "금액을 3000 또는 3,000 CNY처럼 적어 주세요",
        )
    number = float(match[1].replace(",", ""))
    amount: int | float = int(number) if number.is_integer() else number
    unit = (match[2] or question.currencies[0]).upper()
    currency = _CURRENCY_WORDS.get(unit, unit)
    return {"amount": amount, "currency": currency}


def format_value(
    questionnaire: Questionnaire, question: Question, value: Any, lang: str = "en"
) -> str:
    """Human-readable form of a stored value, in ``lang`` where labels exist."""
    if value is None:
        return ""
    if question.type in ("single_choice", "multiple_choice"):
        labels: dict[str, str] = {
            c.value: c.label.get(lang) or next(iter(c.label.values()))
            for c in questionnaire.choice_lists.get(question.choices or "", [])
        }
        chosen = value if isinstance(value, list) else [value]
        return ", ".join(labels.get(str(v), str(v)) for v in chosen)
    if question.type == "money" and isinstance(value, dict):
        return f"{value['amount']:,} {value['currency']}"
    return str(value)
