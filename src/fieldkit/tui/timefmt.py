"""Stored times (UTC, ISO 8601) shown in the interviewer's local time."""

from __future__ import annotations

from datetime import datetime

__all__ = ["local_date_time", "local_time"]


def _parse(stamp: str) -> datetime | None:
    try:
        return datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return None


def local_time(stamp: str | None) -> str:
    """``14:02:11``, or ``""`` when there is no stamp."""
    moment = _parse(stamp) if stamp else None
    return moment.strftime("%H:%M:%S") if moment else ""


def local_date_time(stamp: str, *, seconds: bool = False) -> str:
    """``2024-05-01 14:02`` (or ``14:02:11`` with seconds)."""
    moment = _parse(stamp)
    return moment.strftime("%Y-%m-%d %H:%M" + (":%S" if seconds else "")) if moment else stamp
