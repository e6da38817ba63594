"""The interview app: unlock, interviews, questions, story, review; lock and wipe.

``make_app`` builds the app for ``run`` and for the tests alike.  The app owns
the open ``Workspace`` and the single store thread (``Services``) every
service call runs on; screens stay thin.  Three things differ from a stock
Textual app, all because answers must never reach the disk in plain text:

- a crash shows the exception's type and place only: Textual's default report
  is a Rich traceback *with local variables*, which would print answers;
- logging to a file (``TEXTUAL_LOG``), devtools, the screenshot command and the
  environment's screenshot and key-press hooks are switched off;
- copy and cut stay inside the app (never the terminal's clipboard, OSC 52), a
  passphrase is never copied, and the app's clipboard is emptied on lock and wipe;
  there is no command palette while the workspace is locked;
- locking closes the workspace, so the data key leaves memory, and the lock
  screen is a fresh screen with nothing of the interview behind it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar, Literal, cast

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.reactive import reactive
from textual.screen import Screen
from textual.theme import Theme

from fieldkit.errors import FieldkitError, WorkspaceError
from fieldkit.locations import user_language
from fieldkit.questionnaire import Questionnaire
from fieldkit.session import Clock, Workspace
from fieldkit.session.preferences import (
    LANGUAGES,
    Preference,
    get_preference,
    set_preference,
)
from fieldkit.session.redaction import warm_up
from fieldkit.session.safety import idle_lock_seconds
from fieldkit.tui.hardening import HardenedApp, tune_interpreter
from fieldkit.tui.i18n import t
from fieldkit.tui.keyhold import KeyHoldingApp, fresh_key
from fieldkit.tui.palette import system_commands
from fieldkit.tui.screens.base import FieldkitScreen, localize_bindings
from fieldkit.tui.screens.errors import ErrorModal
from fieldkit.tui.screens.unlock import UnlockScreen
from fieldkit.tui.screens.wipe import WipeModal
from fieldkit.tui.services import Services

__all__ = ["FieldkitApp", "make_app", "run"]

IDLE_CHECK_SECONDS = 5.0
AppMode = Literal["interview", "audit"]
"""``audit``: a coordinator workspace opened for review (``fieldkit audit review``)."""


class FieldkitApp(HardenedApp, KeyHoldingApp):
    """The whole interview app; see the module docstring for what it changes."""

    CSS_PATH = "app.tcss"
    TITLE = "fieldkit"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+l", "lock", "key.lock", priority=True),
        Binding("f2", "language", "key.language", priority=True),
        Binding("f9", "wipe", "key.wipe", show=False, priority=True),
        Binding("ctrl+q", "quit", "key.quit", priority=True),  # Textual's hides it
    ]
    lang: reactive[str] = reactive("en", init=False)

    def __init__(
        self,
        directory: Path,
        *,
        clock: Clock | None = None,
        questionnaire: Questionnaire | None = None,
        lang: str = "en",
        idle_clock: Callable[[], float] = time.monotonic,
        mode: AppMode = "interview",
    ) -> None:
        super().__init__()
        self.mode = mode
        self._switch_off_disk_output()
        self.directory = directory
        self.clock = clock
        self.questionnaire = questionnaire
        self.services = Services()
        self.workspace: Workspace | None = None
        self.idle_clock = idle_clock
        self._last_input = idle_clock()
        self._resume: tuple[str, str | None] | None = None
        self._transition = asyncio.Lock()
        self._language_chosen = False
        """Unlocking and locking never interleave, and neither is cancelled half-way."""
        self.internal_errors: list[BaseException] = []
        self.set_reactive(FieldkitApp.lang, lang if lang in LANGUAGES else "en")

    # --- life cycle -----------------------------------------------------------------

    def on_mount(self) -> None:
        localize_bindings(self, self.lang)
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.set_interval(IDLE_CHECK_SECONDS, self.check_idle_lock)
        self._catch_termination()
        self.push_screen(UnlockScreen())

    def _catch_termination(self) -> None:
        """SIGTERM (a shutdown, a closed laptop lid's session manager, ``kill``) quits as
        Ctrl+Q does: what is typed is stored (an answer when valid, else a draft) first."""
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, self._terminated)

    def _terminated(self) -> None:
        self.call_next(self.action_quit)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent) and not event.is_forwarded:
            self._last_input = self.idle_clock()
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._held is not None:
                self._held.append(fresh_key(event))  # the next question is being built
                return
            if await self._move_focus(event):
                return
        await super().on_event(event)

    @work(group="lock", exit_on_error=False)
    async def unlocked(self, workspace: Workspace) -> None:
        """Called by the unlock screen: show the interviews (or where the lock left off).

        An app worker, not the unlock screen's: that screen is removed on the way."""
        async with self._transition:
            await self._enter(workspace)

    async def _enter(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._last_input = self.idle_clock()
        self.refresh_bindings()
        language, theme = await self.services.call(_preferences, workspace)
        if self._language_chosen:
            self._remember("language", self.lang)  # chosen on the unlock screen: it wins
        elif language in LANGUAGES and language != self.lang:
            self.lang = language
        if theme and theme in self.available_themes:
            self.theme = theme
        self._warm_up_redaction()
        await self._show_only(self._first_screen())
        for notice in workspace.notices:
            self.notify(t(f"notice.{notice.code}", self.lang, n=notice.count), severity="warning")
        resume, self._resume = self._resume, None
        if resume is not None:
            await self.open_interview(resume[0], resume[1])

    def _first_screen(self) -> Screen[Any]:
        if self.mode == "audit":
            from fieldkit.tui.screens.audit_review import AuditReviewScreen

            return AuditReviewScreen()
        from fieldkit.tui.screens.home import HomeScreen

        return HomeScreen()

    def action_settings(self) -> None:
        """Lock policy and duress passphrase (only while a workspace is open)."""
        from fieldkit.tui.screens.settings import SettingsScreen

        if self.workspace is not None and not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen())

    def action_audit_review(self) -> None:
        """Review mode on a coordinator workspace (also reachable from the palette)."""
        from fieldkit.tui.screens.audit_review import AuditReviewScreen

        if not isinstance(self.screen, AuditReviewScreen):
            self.push_screen(AuditReviewScreen())

    @work(group="warm-up", exit_on_error=False)
    async def _warm_up_redaction(self) -> None:
        """So that the story editor's first preview is not the slow one."""
        await asyncio.to_thread(warm_up)

    async def open_interview(self, interview_id: str, question_id: str | None = None) -> None:
        from fieldkit.tui.screens.interview import InterviewScreen

        workspace = self._require_workspace()
        session = await self.services.call(workspace.interview, interview_id)
        await self.push_screen(InterviewScreen(session, question_id))

    def _require_workspace(self) -> Workspace:
        if self.workspace is None:
            raise WorkspaceError("the workspace is locked", hint="unlock it again")
        return self.workspace

    async def _show_only(self, screen: Screen[Any]) -> None:
        """Replace every screen above the base with ``screen``."""
        while len(self.screen_stack) > 2:
            await self.pop_screen()
        if len(self.screen_stack) == 2:
            await self.switch_screen(screen)
        else:
            await self.push_screen(screen)

    async def _flush_screens(self) -> None:
        for screen in reversed(self.screen_stack):
            if isinstance(screen, FieldkitScreen):
                await screen.flush()

    async def _close_workspace(self) -> None:
        workspace, self.workspace = self.workspace, None
        self.refresh_bindings()
        if workspace is not None:
            await self.services.call(workspace.close)

    # --- lock, quit, wipe -----------------------------------------------------------

    def check_idle_lock(self) -> None:
        """Lock when the policy's idle time has passed since the last key or click."""
        workspace = self.workspace
        limit = idle_lock_seconds(workspace) if workspace else None
        if limit is not None and self.idle_clock() - self._last_input >= limit:
            minutes = round(limit / 60)
            key = "locked.notice_one" if minutes == 1 else "locked.notice"
            self.lock(notice=t(key, self.lang, m=minutes))

    @work(group="lock", exit_on_error=False)
    async def lock(self, notice: str | None = None) -> None:
        """Store what is pending, close the workspace, show only the lock screen.

        Never cancelled half-way (locks queue on ``_transition``), and the lock
        screen goes up even if storing the last draft failed; that failure is
        reported over the lock screen, where it shows nothing of the interview.
        """
        async with self._transition:
            if self.workspace is None:
                return
            failure: FieldkitError | None = None
            try:
                await self._flush_screens()
            except FieldkitError as error:
                failure = error
            self._resume = self._position()
            self._drop_held_keys()
            self.clear_clipboard()
            try:
                await self._close_workspace()
            finally:
                await self._show_only(UnlockScreen(locked=True, notice=notice))
            if failure is not None:
                self.report_error(failure)

    def _position(self) -> tuple[str, str | None] | None:
        """Where the interviewer was: the top-most screen that knows."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, FieldkitScreen) and (place := screen.position()) is not None:
                return place
        return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Lock and the command palette only while a workspace is open."""
        if action in ("lock", "command_palette"):
            return self.workspace is not None
        return True

    def action_command_palette(self) -> None:
        """Not on the lock screen: nothing there may reach the workspace or the clipboard.
        Its search field asks in the interviewer's language."""
        if self.workspace is not None and not CommandPalette.is_open(cast(App[object], self)):
            placeholder = t("palette.search", self.lang)
            self.push_screen(CommandPalette(id="--command-palette", placeholder=placeholder))

    # --- clipboard --------------------------------------------------------------------

    async def action_lock(self) -> None:
        self.lock()

    async def action_quit(self) -> None:
        """Everything is stored as it is given; store a last draft, close, leave."""
        try:
            await self._flush_screens()
        finally:
            await self._close_workspace()
            self.exit()

    def action_wipe(self) -> None:
        self.push_screen(WipeModal(), self._wipe_confirmed)

    def _wipe_confirmed(self, done: bool | None) -> None:
        if done:
            self.clear_clipboard()
            self.workspace = None
            self.exit(return_code=0)

    def on_unmount(self) -> None:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            asyncio.get_running_loop().remove_signal_handler(signal.SIGTERM)
        self.clear_clipboard()
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            self.services.call_blocking(workspace.close)
        self.services.shutdown()

    # --- language and theme -----------------------------------------------------------

    def action_language(self) -> None:
        self._language_chosen = True
        self.lang = "ko" if self.lang == "en" else "en"

    def watch_lang(self, lang: str) -> None:
        localize_bindings(self, lang)
        for screen in self.screen_stack:
            localize_bindings(screen, lang)
            if isinstance(screen, FieldkitScreen) or hasattr(screen, "relabel"):
                getattr(screen, "relabel", lambda _lang: None)(lang)
        self.refresh_bindings()
        self._remember("language", lang)

    def _theme_changed(self, theme: Theme) -> None:
        self._remember("theme", theme.name)

    @work(group="preferences", exit_on_error=False)
    async def _remember(self, name: Preference, value: str) -> None:
        if self.workspace is not None:
            await self.services.call(set_preference, self.workspace, name, value)

    # --- command palette --------------------------------------------------------------

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every action, in the current language; no screenshot (it would write answers)."""
        return system_commands(self, screen)

    # --- errors ---------------------------------------------------------------------

    def report_error(self, error: BaseException) -> None:
        """A failed action: the fieldkit family in a modal, anything else without details."""
        if isinstance(error, FieldkitError):
            self.push_screen(ErrorModal.from_error(error, self.lang))
        else:
            self.internal_errors.append(error)  # for tests; never written anywhere
            self.push_screen(
                ErrorModal("fieldkit", t("error.internal", self.lang, kind=type(error).__name__))
            )


def _preferences(workspace: Workspace) -> tuple[str | None, str | None]:
    return get_preference(workspace, "language"), get_preference(workspace, "theme")


def make_app(
    directory: Path,
    *,
    clock: Clock | None = None,
    questionnaire: Questionnaire | None = None,
    lang: str = "en",
    idle_clock: Callable[[], float] = time.monotonic,
    mode: AppMode = "interview",
) -> FieldkitApp:
    """The app for ``directory``; tests pass a fixed ``clock``, a ``questionnaire`` for
    new workspaces and an ``idle_clock`` they can advance (the key derivation's cost
    is the key file format's; the test suite lowers it for itself, see tests/conftest.py)."""
    return FieldkitApp(
        directory,
        clock=clock,
        questionnaire=questionnaire,
        lang=lang,
        idle_clock=idle_clock,
        mode=mode,
    )


def initial_language(environ: dict[str, str] | None = None) -> str:
    """Korean when asked for (``FIELDKIT_LANG=ko``) or when the locale is Korean."""
    return user_language(environ)


def run(directory: Path, mode: AppMode = "interview") -> None:
    """Open the app on the workspace at ``directory`` (``fieldkit`` with no command;
    ``fieldkit audit review`` opens a coordinator workspace in ``audit`` mode)."""
    for name in ("TEXTUAL_LOG", "TEXTUAL"):
        os.environ.pop(name, None)
    tune_interpreter()
    app = make_app(directory, lang=initial_language(), mode=mode)
    app.run()
    if app.return_code:
        raise SystemExit(app.return_code)
