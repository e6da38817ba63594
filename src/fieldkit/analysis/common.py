"""What the report's tables share: its name, the married women, price brackets, row helpers."""

from __future__ import annotations

from fieldkit.analysis.table import Between, CountIf, RowSpec, Selected, answer_in

__all__ = [
    "ALL_WOMEN",
    "BRACKETS",
    "MARRIED",
    "MARRIED_WOMEN",
    "REPORT",
    "band_rows",
    "choice_rows",
    "selected_rows",
]

REPORT = "Lives for Sale (HRNK, 2009), Findings"
MARRIED = answer_in("marriage_status", "living_with_husband")
"""The report's "58 interviewees ... who are married to Chinese men": de facto marriages now."""
BRACKETS = ("up_to_2000", "from_2001_to_5000", "from_5001_to_8000", "over_8000")
ALL_WOMEN = ("Women interviewed", "면담한 여성")
MARRIED_WOMEN = ("Women living with a husband in China", "중국에서 남편과 사는 여성")


def choice_rows(question: str, *rows: tuple[str, str, str]) -> tuple[RowSpec, ...]:
    """One row per ``(choice value, English, Korean)``, counting the women who chose it."""
    return tuple(RowSpec(v, en, ko, CountIf(answer_in(question, v))) for v, en, ko in rows)


def band_rows(
    question: str, *rows: tuple[str, str, str, int | None, int | None]
) -> tuple[RowSpec, ...]:
    """One row per ``(key, English, Korean, lowest, highest)``: the women whose number (or
    amount) lies in the band, both ends included."""
    return tuple(
        RowSpec(key, en, ko, CountIf(Between(question, low, high)))
        for key, en, ko, low, high in rows
    )


def selected_rows(question: str, *rows: tuple[str, str, str]) -> tuple[RowSpec, ...]:
    """One row per ``(choice value, English, Korean)`` of a multiple choice: the women who
    chose it among others (rows overlap)."""
    return tuple(RowSpec(v, en, ko, CountIf(Selected(question, v))) for v, en, ko in rows)
