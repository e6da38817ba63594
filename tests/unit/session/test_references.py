"""Reference codes identify an interview, never a woman: a code that looks like a name, a
place or a number is refused before anything is stored, with the reason in both languages."""

from __future__ import annotations

import pytest

from fieldkit.error_text import render
from fieldkit.errors import ReferenceCodeError
from fieldkit.session import Workspace
from fieldkit.session.references import check_reference


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("김영희", "이름"),
        ("순덕이네", "이름"),
        ("Kim Young-hee", "이름"),
        ("13912345678", "전화번호"),
        ("hoeryong-2", "지명"),
        ("연길 3", "주소"),
    ],
)
def test_a_code_that_identifies_someone_is_refused(code: str, kind: str) -> None:
    with pytest.raises(ReferenceCodeError) as refused:
        check_reference(code)
    korean = render(refused.value, "ko")
    assert kind in korean.message and "'A-12'" in (korean.hint or "")
    assert code not in str(refused.value) and code not in korean.message  # never echoed


@pytest.mark.parametrize("code", ["K-01", "case-61", "P-06", "면담-3", "A12", "2024-03-05"])
def test_numbers_codes_and_interview_dates_are_accepted(code: str) -> None:
    assert check_reference(f"  {code} ") == code


def test_a_control_character_is_refused() -> None:
    with pytest.raises(ReferenceCodeError, match="control character"):
        check_reference("K-\x1b[2J01")


def test_the_workspace_stores_nothing_for_a_refused_code(workspace: Workspace) -> None:
    with pytest.raises(ReferenceCodeError):
        workspace.new_interview("박춘식")
    assert workspace.summaries() == []
    assert workspace.new_interview(" K-07 ").row.ref == "K-07"
