"""Join a project from the app: the file, the key code the coordinator reads out, then a plan.

The interviewer types where the project file is and the coordinator's key code.  ``Check``
reads the file and compares its key with the code (nothing is written); only then does the
dialog show what joining means (the answers that would leave the laptop as typed, those the
device keeps whatever the file says, the lock policy) and offer ``Join``.  The services are
the command line's: ``read_project_file``, ``check_coordinator_code``, ``plan_join``,
``join_project``.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Button, Input, Static

from fieldkit.bundle.device import join_project
from fieldkit.bundle.project import ProjectBody, read_project_file
from fieldkit.bundle.trust import JoinPlan, check_coordinator_code, plan_join
from fieldkit.error_text import render
from fieldkit.errors import CodeError, ProjectError
from fieldkit.session import Workspace
from fieldkit.tui.i18n import t
from fieldkit.tui.screens.base import FieldkitModal
from fieldkit.tui.widgets.keys import OrderedInput

__all__ = ["JoinModal", "plan_text"]


def _checked_plan(workspace: Workspace, path: Path, code: str) -> JoinPlan:
    """On the store thread: read, check the code, then plan (nothing written)."""
    project = read_project_file(path)
    check_coordinator_code(project, code)
    return plan_join(workspace, project)


def plan_text(plan: JoinPlan, lang: str) -> str:
    """What joining means, in ``lang``."""
    lines = [t("join.matches", lang, name=plan.project.name), ""]
    for key, questions in (("join.verbatim", plan.verbatim), ("join.kept", plan.kept)):
        lines.append(t(key, lang, n=len(questions)))
        lines += [f"  · {q.label.get(lang) or next(iter(q.label.values()))}" for q in questions]
    rules = plan.policy
    lines += [
        "",
        t("join.lock", lang, m=rules.lock_after_minutes)
        if rules.lock_after_minutes
        else t("join.lock_own", lang),
        t("join.wipe", lang, n=rules.wipe_after_failures)
        if rules.wipe_after_failures
        else t("join.wipe_own", lang),
        t(f"join.{rules.uncertain}", lang),
    ]
    return "\n".join(lines)


def refusal(error: ProjectError, lang: str) -> str:
    """Why the file or the code was refused, in ``lang``."""
    if isinstance(error, CodeError):
        return t(f"code.{error.problem}", lang, group=error.group or "")
    return t("join.bad_file", lang, detail=render(error, lang).message)


class JoinModal(FieldkitModal):
    """Dismisses with the enrolment code once joined (``None`` when cancelled)."""

    AUTO_FOCUS = "#join-file"
    DEFAULT_CSS = """
    JoinModal { align: center middle; }
    #join-plan { height: auto; max-height: 12; }
    #join-message { height: auto; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._project: ProjectBody | None = None
        self._code = ""
        self._enrolment: str | None = None

    def compose(self) -> ComposeResult:
        lang = self.lang
        with Vertical(classes="dialog", id="join-box"):
            yield Static(t("join.title", lang), classes="dialog-title")
            yield Static(t("join.intro", lang), id="join-intro")
            yield OrderedInput(placeholder=t("join.file", lang), id="join-file")
            yield OrderedInput(placeholder=t("join.code", lang), id="join-code")
            with VerticalScroll(id="join-plan"):
                yield Static("", id="join-plan-text", markup=False)
            yield Static("", id="join-message", classes="problem", markup=False)
            yield Button(t("join.check", lang), id="join-go", variant="primary")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "join-file":
            self.query_one("#join-code", Input).focus()
        else:
            self._go()

    def on_input_changed(self, event: Input.Changed) -> None:
        """A changed file or code needs a new check before anything can be joined."""
        if self._project is not None and self._enrolment is None:
            self._project = None
            self._show("", t("join.check", self.lang))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self._go()

    def _go(self) -> None:
        if self._enrolment is not None:
            self.dismiss(self._enrolment)
        elif self._project is None:
            self._check()
        else:
            self._join()

    def _show(self, plan: str, button: str, message: str = "") -> None:
        self.query_one("#join-plan-text", Static).update(plan)
        self.query_one("#join-message", Static).update(message)
        self.query_one("#join-go", Button).label = button

    @work(exclusive=True, exit_on_error=False)
    async def _check(self) -> None:
        workspace = self.fk.workspace
        if workspace is None:
            return
        path = Path(self.query_one("#join-file", Input).value.strip()).expanduser()
        code = self.query_one("#join-code", Input).value
        self._show("", t("join.checking", self.lang))
        try:
            plan = await self.fk.services.call(_checked_plan, workspace, path, code)
        except ProjectError as error:
            self._show("", t("join.check", self.lang), refusal(error, self.lang))
            return
        self._project, self._code = plan.project, code
        self._show(plan_text(plan, self.lang), t("join.button", self.lang))

    @work(exclusive=True, exit_on_error=False)
    async def _join(self) -> None:
        workspace, project = self.fk.workspace, self._project
        if workspace is None or project is None:
            return
        try:
            enrolment = await self.fk.services.call(
                join_project, workspace, project, code=self._code
            )
        except ProjectError as error:
            self._show("", t("join.check", self.lang), refusal(error, self.lang))
            self._project = None
            return
        self._enrolment = enrolment
        self._show(t("join.done", self.lang, code=enrolment), t("error.ok", self.lang))
