"""The encrypted workspace: one SQLCipher database behind a passphrase.

``Store`` is the whole API the service layer uses: its life cycle and keys, and
one role object per room (``store.interviews``, ``store.exports``,
``store.merged``, ...) whose methods each own their transaction and event.
Only ``store.db`` imports the SQLCipher driver, and only this package imports
``store.db``; no SQL is written anywhere else (import-linter contracts and
``tests/unit/test_architecture.py`` say so).
"""

from fieldkit.store.devices import Device
from fieldkit.store.events import Event
from fieldkit.store.exports import BundleOut, CarriedRecord
from fieldkit.store.files import workspace_present
from fieldkit.store.instances import ImportedInstance, InstanceRow
from fieldkit.store.interviews import Decision, ImportedInterview, InterviewRow, Revision
from fieldkit.store.merged import (
    BundleFacts,
    BundleIn,
    IncomingBundle,
    MergedRecord,
    MergedRecordRow,
    StoredRecord,
)
from fieldkit.store.policy import Policy
from fieldkit.store.questionnaires import StoredQuestionnaire
from fieldkit.store.reviews import ReviewRow
from fieldkit.store.store import Clock, DuressState, Store
from fieldkit.store.vault import KeyNotice

__all__ = [
    "BundleFacts",
    "BundleIn",
    "BundleOut",
    "CarriedRecord",
    "Clock",
    "Decision",
    "Device",
    "DuressState",
    "Event",
    "ImportedInstance",
    "ImportedInterview",
    "IncomingBundle",
    "InstanceRow",
    "InterviewRow",
    "KeyNotice",
    "MergedRecord",
    "MergedRecordRow",
    "Policy",
    "ReviewRow",
    "Revision",
    "Store",
    "StoredQuestionnaire",
    "StoredRecord",
    "workspace_present",
]
