"""What every role object of ``Store`` shares: the connection, the clock, the event log.

``Store`` hands out one small object per room of the workspace (``store.interviews``,
``store.exports``, ``store.merged``, ...).  Each method that changes something opens
its own transaction and appends its own event inside it, so no caller can forget
either; callers state an intent and never see a connection.  Rows come back as
frozen, keyword-only records built by ``from_row``.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeVar

from fieldkit.crypto import new_secret
from fieldkit.store.db import Database
from fieldkit.store.events import Event, append_event

__all__ = ["Role", "from_row", "new_id"]

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")


def new_id() -> str:
    """A random id for a workspace or an interview (16 base32 letters)."""
    return base64.b32encode(new_secret(10)).decode().lower()


_FIELDS: dict[type, tuple[str, ...]] = {}


def from_row(cls: type[R], row: Sequence[Any]) -> R:
    """A keyword-only record from a row whose columns are in the record's field order."""
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls))
    return cls(**dict(zip(names, row, strict=True)))


class Role:
    """One room of the workspace, sharing the store's connection and clock."""

    def __init__(self, db: Database, now: Callable[[], str]) -> None:
        self._db = db
        self._now = now

    def _log(
        self, kind: str, subject: str | None = None, payload: dict[str, Any] | None = None
    ) -> Event:
        """Append an event; call it inside the transaction that makes the change."""
        return append_event(self._db, kind, self._now(), subject, payload)
