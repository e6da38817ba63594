"""What the command palette lists: every action of the app, in the interviewer's language.

No screenshot command (a screenshot would write answers to disk).  Split out of
``tui/app.py`` (round 30, review) so that module stays under ~400 lines; the app's
``get_system_commands`` asks ``system_commands``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from textual.app import SystemCommand
from textual.screen import Screen

from fieldkit.tui.i18n import t

if TYPE_CHECKING:
    from fieldkit.tui.app import FieldkitApp

__all__ = ["system_commands"]


def system_commands(app: FieldkitApp, screen: Screen[Any]) -> Iterator[SystemCommand]:
    """Lock and language first, then the screen's own commands, then settings and audit
    review where the open workspace has them, then wipe, theme, keys and quit."""
    lang = app.lang
    yield SystemCommand(t("key.lock", lang), t("cmd.lock", lang), app.action_lock)
    yield SystemCommand("English / 한국어", t("cmd.language", lang), app.action_language)
    yield from getattr(screen, "commands", lambda: ())()
    if app.workspace is not None:
        yield SystemCommand(t("key.settings", lang), t("cmd.settings", lang), app.action_settings)
    if app.workspace is not None and app.workspace.kind == "coordinator":
        yield SystemCommand(
            t("key.audit_review", lang), t("cmd.audit_review", lang), app.action_audit_review
        )
    yield SystemCommand(t("key.wipe", lang), t("cmd.wipe", lang), app.action_wipe)
    yield SystemCommand(t("key.theme", lang), t("cmd.theme", lang), app.action_change_theme)
    yield SystemCommand(t("key.keys", lang), t("cmd.keys", lang), app.action_show_help_panel)
    yield SystemCommand(t("key.quit", lang), t("cmd.quit", lang), app.action_quit)
