"""Home: the interviews in this workspace, newest change first.

Shows each interview's reference (or the start of its id), status, progress
and last change; typing in the filter narrows the list.  ``n`` starts a new
interview, Enter (or a click) opens the highlighted one where it left off.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Footer, Header, Input, Static

from fieldkit.session import InterviewSummary
from fieldkit.session.listing import list_interviews
from fieldkit.tui.i18n import t
from fieldkit.tui.screens.base import FieldkitScreen
from fieldkit.tui.screens.dialogs import NewInterviewModal
from fieldkit.tui.timefmt import local_date_time
from fieldkit.tui.widgets.keys import OrderedInput

__all__ = ["HomeScreen", "progress_bar"]

BAR_WIDTH = 8
COLUMNS = ("ref", "status", "progress", "updated")


def progress_bar(answered: int, asked: int) -> str:
    """``3/12 ██░░░░░░`` (block characters are one cell wide everywhere)."""
    filled = round(BAR_WIDTH * answered / asked) if asked else BAR_WIDTH
    return f"{answered}/{asked} " + "█" * filled + "░" * (BAR_WIDTH - filled)


class HomeScreen(FieldkitScreen):
    AUTO_FOCUS = "#interviews"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "key.new"),
        Binding("slash", "filter", "key.filter"),
        Binding("s", "app.settings", "key.settings"),
        Binding("enter", "open", "key.open", priority=True),
        Binding("j", "join", "key.join", show=False),  # once per laptop: palette and guide
    ]

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[InterviewSummary] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield OrderedInput(placeholder=t("home.filter", self.lang), id="filter")
        yield DataTable(id="interviews", cursor_type="row", zebra_stripes=True)
        yield Static("", id="empty")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = t("home.title", self.lang)
        self.load()

    def on_screen_resume(self) -> None:
        self.load()

    def relabel(self, lang: str) -> None:
        self.sub_title = t("home.title", lang)
        self.query_one("#filter", Input).placeholder = t("home.filter", lang)
        self._fill()

    @work(exclusive=True, group="list", exit_on_error=False)
    async def load(self) -> None:
        workspace = self.fk.workspace
        if workspace is None:
            return
        text = self.query_one("#filter", Input).value
        self._rows = await self.fk.services.call(list_interviews, workspace, text)
        self._fill()

    def _fill(self) -> None:
        """Columns and rows together, columns sized to fit: DataTable's own sizing of
        rows added right after a clear depends on timing, and cut cells short."""
        table = self.query_one("#interviews", DataTable)
        rows = [self._cells(row) for row in self._rows]
        labels = [t(f"home.col.{key}", self.lang) for key in COLUMNS]
        table.clear(columns=True)
        for index, (key, label) in enumerate(zip(COLUMNS, labels, strict=True)):
            width = max(cell_len(cells[index]) for cells in [[*labels], *rows])
            table.add_column(label, key=key, width=width)
        for summary, cells in zip(self._rows, rows, strict=True):
            table.add_row(*cells, key=summary.id)
        self.query_one("#empty", Static).update("" if self._rows else t("home.empty", self.lang))

    def _cells(self, row: InterviewSummary) -> list[str]:
        return [
            row.ref or row.id[:8],
            t(f"status.{row.status}", self.lang),
            progress_bar(row.progress.answered, row.progress.relevant),
            local_date_time(row.updated_at),
        ]

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self.load()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one("#interviews", DataTable).focus()

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_new(self) -> None:
        self.app.push_screen(NewInterviewModal(), self._start)

    def _start(self, ref: str | None) -> None:
        if ref is not None:
            self._create(ref or None)

    @work(exclusive=True, group="open", exit_on_error=False)
    async def _create(self, ref: str | None) -> None:
        workspace = self.fk.workspace
        if workspace is None:
            return
        session = await self.fk.services.call(workspace.new_interview, ref)
        await self.fk.open_interview(session.id)

    def action_join(self) -> None:
        """Join the coordinator's project (an interviewer's workspace only)."""
        from fieldkit.tui.screens.join import JoinModal

        workspace = self.fk.workspace
        if workspace is not None and workspace.kind == "interviewer":
            self.app.push_screen(JoinModal())

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self._open(event.row_key.value)

    def action_open(self) -> None:
        table = self.query_one("#interviews", DataTable)
        if self._rows and table.cursor_row < len(self._rows):
            self._open(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or "")

    @work(exclusive=True, group="open", exit_on_error=False)
    async def _open(self, interview_id: str) -> None:
        if interview_id:
            await self.fk.open_interview(interview_id)
