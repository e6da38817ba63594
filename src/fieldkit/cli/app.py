"""Open the interview app.  Kept apart so that only this module imports the TUI."""

from __future__ import annotations

from pathlib import Path

__all__ = ["run_app", "run_audit_app"]


def run_app(workspace: str | None) -> None:
    from fieldkit.locations import resolve_workspace
    from fieldkit.tui.app import run  # deferred: Textual costs ~0.3 s to import

    run(resolve_workspace(workspace))


def run_audit_app(directory: Path) -> None:
    """Open the app on a coordinator workspace, on the auditor's review screen."""
    from fieldkit.tui.app import run  # deferred: Textual costs ~0.3 s to import

    run(directory, mode="audit")
