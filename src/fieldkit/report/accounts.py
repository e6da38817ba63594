"""The report's "Personal Accounts": redacted narratives of women who agreed to be quoted.

Each account is numbered in the order the interviews began and filed under a
theme read from the answers (resold, repatriated, sold, introduced, other).
Its heading shows a pseudonymous initial drawn from the random record id,
never from the name, the province when the report names it, and the birth-year
band.  The text is the exported narrative: redacted on the device.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from fieldkit.report.findings import merged_records
from fieldkit.session import Workspace

__all__ = ["THEMES", "Account", "build_accounts"]

THEMES: tuple[tuple[str, str], ...] = (
    ("resold", "Sold and sold again"),
    ("repatriated", "Arrested and sent back"),
    ("sold", "Sold to a husband"),
    ("introduced", "Introduced into marriage"),
    ("other", "Other lives"),
)
"""Theme key and title, in the order the chapter lists them."""
INITIALS = "BCHJKLMNPRSY"
PROVINCES = frozenset({"jilin", "heilongjiang", "liaoning", "shandong"})
"""Exported as themselves (the report names them); anything else arrives as a region."""


@dataclass(frozen=True)
class Account:
    case: int
    heading: str
    theme: str
    text: str


def _theme(a: dict[str, Any]) -> str:
    resold = a.get("times_resold")
    if (isinstance(resold, int) and resold > 0) or resold == ">=3":
        return "resold"
    if a.get("arrest_history") == "repatriated":
        return "repatriated"
    if a.get("sold_or_introduced") in ("sold", "introduced"):
        return str(a["sold_or_introduced"])
    return "other"


def _heading(case: int, record: dict[str, Any]) -> str:
    """ "Case 12 — Ms. L., Jilin Province, born 1975-1979": the initial is a
    pseudonym drawn from the random record id, never from the name."""
    a = record["answers"]
    initial = INITIALS[hashlib.sha256(record["id"].encode()).digest()[0] % len(INITIALS)]
    parts = [f"Case {case} \u2014 Ms. {initial}."]
    place = a.get("current_province")
    if place:
        name = str(place).replace("_", " ").title()
        parts.append(f"{name} Province" if place in PROVINCES else f"{name} China")
    if a.get("birth_year"):
        parts.append(f"born {a['birth_year']}")
    return ", ".join(parts)


def build_accounts(workspace: Workspace) -> list[Account]:
    """``fieldkit report accounts``: quotable narratives, numbered and themed."""
    records = sorted(merged_records(workspace), key=lambda r: (r["started"], r["id"]))
    accounts = []
    for case, record in enumerate(records, 1):
        a = record["answers"]
        text = a.get("key_quotes") or a.get("life_story")
        if a.get("permission_to_quote") != "yes_anonymous" or not text:
            continue
        accounts.append(Account(case, _heading(case, record), _theme(a), str(text)))
    order = [key for key, _ in THEMES]
    return sorted(accounts, key=lambda x: (order.index(x.theme), x.case))
