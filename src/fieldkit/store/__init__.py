"""The encrypted workspace: one SQLCipher database behind a passphrase.

Only ``store.db`` imports the SQLCipher driver (an import-linter contract says
so).  ``Store`` is the whole API the service layer uses.
"""

from fieldkit.store.events import Event
from fieldkit.store.header import Policy
from fieldkit.store.records import Decision, InterviewRow, Revision
from fieldkit.store.store import Clock, Store
from fieldkit.store.workspace import DB_NAME

__all__ = ["DB_NAME", "Clock", "Decision", "Event", "InterviewRow", "Policy", "Revision", "Store"]
