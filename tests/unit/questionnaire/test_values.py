"""Answer values: canonical forms, typed-text parsing, and errors that never echo the value."""

from __future__ import annotations

from typing import Any

import pytest

from fieldkit.errors import AnswerError
from fieldkit.questionnaire import Questionnaire, check_value, format_value, parse_answer


def q(qn: Questionnaire, qid: str) -> Any:
    return next(x for x in qn.questions() if x.id == qid)


@pytest.mark.parametrize(
    ("qid", "text", "expected"),
    [
        ("birth_year", " 1974 ", 1974),
        ("crossed", "1998-2", "1998-02"),
        ("crossed", "1998/12", "1998-12"),
        ("crossed", "1998년 2월", "1998-02"),
        ("price", "3,000", {"amount": 3000, "currency": "CNY"}),
        ("price", "3000 RMB", {"amount": 3000, "currency": "CNY"}),
        ("price", "3000元", {"amount": 3000, "currency": "CNY"}),
        ("price", "3000 위안", {"amount": 3000, "currency": "CNY"}),
        ("means", "force, deception", ["deception", "force"]),
        ("name", "  Kim Ok-sun ", "  Kim Ok-sun "),
    ],
)
def test_parse_answer(tiny: Questionnaire, qid: str, text: str, expected: Any) -> None:
    assert parse_answer(tiny, q(tiny, qid), text) == expected


@pytest.mark.parametrize(
    ("qid", "value", "fragment"),
    [
        ("birth_year", "1974", "a four-digit year"),
        ("birth_year", True, "a four-digit year"),
        ("crossed", "1998-13", "YYYY-MM"),
        ("price", {"amount": -5, "currency": "CNY"}, "non-negative"),
        ("price", {"amount": 5, "currency": "USD"}, "currency among CNY"),
        ("means", ["force", "force"], "each choice at most once"),
        ("means", "force", "a list of choices"),
        ("name", "   ", "non-empty text"),
        ("name", "x" * 501, "at most 500 characters"),
    ],
)
def test_check_value_errors(tiny: Questionnaire, qid: str, value: Any, fragment: str) -> None:
    with pytest.raises(AnswerError) as info:
        check_value(tiny, q(tiny, qid), value)
    assert fragment in str(info.value)


def test_errors_never_quote_the_value(tiny: Questionnaire) -> None:
    with pytest.raises(AnswerError) as info:
        parse_answer(tiny, q(tiny, "birth_year"), "Kim Ok-sun")
    assert "Kim" not in str(info.value)


def test_format_value_in_both_languages(tiny: Questionnaire) -> None:
    assert format_value(tiny, q(tiny, "means"), ["drugging", "force"], "ko") == "약, 강제"
    assert format_value(tiny, q(tiny, "price"), {"amount": 3000, "currency": "CNY"}) == "3,000 CNY"


def test_errors_read_in_korean_for_the_korean_interface(tiny: Questionnaire) -> None:
    with pytest.raises(AnswerError) as info:
        parse_answer(tiny, q(tiny, "birth_year"), "천구백칠십")
    assert info.value.localized("ko") == "숫자(정수)로 적어 주세요"
    assert info.value.localized("en") == "expected a whole number"
    with pytest.raises(AnswerError) as bounds:
        check_value(tiny, q(tiny, "birth_year"), 1800)
    assert bounds.value.localized("ko") == "1930 이상이어야 해요"
