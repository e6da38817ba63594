"""``store.devices``: the devices a coordinator enrolled.

A device is enrolled by its key's fingerprint (read aloud from the
interviewer's screen) under a name unique in the project; its full public key is
pinned by the first bundle merged from it (``store.merged``).
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.errors import ProjectError
from fieldkit.store.db import Database
from fieldkit.store.role import Role, from_row

__all__ = ["Device", "Devices", "device_row"]


@dataclass(frozen=True, kw_only=True)
class Device:
    fingerprint: str
    label: str
    public_key: str | None
    enrolled_at: str
    bundles: int = 0
    last_sequence: int = 0


_DEVICE_SQL = (
    "SELECT d.fingerprint, d.label, d.public_key, d.enrolled_at, COUNT(b.bundle_id), "
    "COALESCE(MAX(b.sequence), 0) FROM devices AS d "
    "LEFT JOIN bundles_in AS b ON b.device = d.fingerprint "
)


def device_row(db: Database, fingerprint: str) -> Device | None:
    row = db.one(_DEVICE_SQL + "WHERE d.fingerprint = ? GROUP BY d.fingerprint", (fingerprint,))
    return from_row(Device, row) if row else None


class Devices(Role):
    """Enrolled devices, with how many bundles each sent."""

    def get(self, fingerprint: str) -> Device | None:
        return device_row(self._db, fingerprint)

    def all(self) -> list[Device]:
        rows = self._db.query(_DEVICE_SQL + "GROUP BY d.fingerprint ORDER BY d.label")
        return [from_row(Device, r) for r in rows]

    def enroll(self, fingerprint: str, label: str, *, code: str) -> Device:
        """Enrol a device and log it; ``code`` is the fingerprint as people read it
        (for the message when it is enrolled already)."""
        with self._db.atomic():
            if self.get(fingerprint) is not None:
                raise ProjectError(f"device {code} is already enrolled")
            if any(d.label == label for d in self.all()):
                raise ProjectError(f"a device named '{label}' is already enrolled")
            at = self._now()
            self._db.execute(
                "INSERT INTO devices (fingerprint, label, enrolled_at) VALUES (?, ?, ?)",
                (fingerprint, label, at),
            )
            self._log("device_enrolled", fingerprint, {"label": label})
        return Device(fingerprint=fingerprint, label=label, public_key=None, enrolled_at=at)
