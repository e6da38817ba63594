"""Open the interview app.  Kept apart so that only this module imports the TUI."""

from __future__ import annotations

from fieldkit.locations import resolve_workspace

__all__ = ["run_app"]


def run_app(workspace: str | None) -> None:
    from fieldkit.tui.app import run  # deferred: Textual costs ~0.3 s to import

    run(resolve_workspace(workspace))
