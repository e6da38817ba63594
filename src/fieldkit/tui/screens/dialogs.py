"""Small dialogs: new interview, jump to section, answer history, redaction label, confirm.

Each collects one thing and dismisses with it (``None`` when cancelled); the
screen that opened it calls the service.
"""

from __future__ import annotations

from textual import events, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from fieldkit.errors import ReferenceCodeError
from fieldkit.session.navigation import SectionView
from fieldkit.session.redaction import TERM_LABELS
from fieldkit.session.references import check_reference
from fieldkit.session.review import HistoryEntry
from fieldkit.tui.i18n import t
from fieldkit.tui.screens.base import FieldkitModal
from fieldkit.tui.timefmt import local_date_time
from fieldkit.tui.widgets.digits import DigitPicker
from fieldkit.tui.widgets.keys import OrderedInput

__all__ = [
    "ConfirmModal",
    "HistoryModal",
    "LabelModal",
    "NewInterviewModal",
    "SectionModal",
    "SpanModal",
]


class NewInterviewModal(FieldkitModal):
    """Dismisses with the reference code typed ("" for none), once it identifies no one.

    A code that looks like a name, a place or a number (``check_reference``) is refused
    here, with the reason under the field and the typed code left in it to correct.
    """

    AUTO_FOCUS = "#ref"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("new.title", self.lang), classes="dialog-title")
            yield OrderedInput(placeholder=t("new.ref", self.lang), id="ref", max_length=100)
            yield Static("", id="ref-problem", classes="dialog-note", markup=False)
            yield Button(t("new.start", self.lang), id="start", variant="primary")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._check(event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self._check(self.query_one("#ref", Input).value)

    @work(exclusive=True, group="new-interview", exit_on_error=False)
    async def _check(self, typed: str) -> None:
        try:
            code = await self.fk.services.call(check_reference, typed)
        except ReferenceCodeError as error:
            hint = error.hint_translations.get(self.lang, error.hint or "")
            self.query_one("#ref-problem", Static).update(f"✗ {error.localized(self.lang)} {hint}")
            self.query_one("#ref", Input).focus()
            return
        self.dismiss(code)


class _Choose(FieldkitModal):
    """A titled, numbered list; a digit, Enter or a click dismisses with the option's id."""

    AUTO_FOCUS = "OptionList"

    def __init__(self, title: str, options: list[Option], note: str = "") -> None:
        super().__init__()
        self._title = title
        self._options = options
        self._note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self._title, classes="dialog-title", markup=False)
            if self._note:
                yield Static(self._note, classes="dialog-note", markup=False)
            yield OptionList(*self._options)

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        self._digits = DigitPicker(
            options, lambda: options.option_count, self._highlight, self._pick
        )

    def _highlight(self, index: int) -> None:
        self.query_one(OptionList).highlighted = index

    def _pick(self, index: int) -> None:
        options = self.query_one(OptionList)
        if options.get_option_at_index(index).disabled:
            return
        options.highlighted = index
        options.action_select()

    def on_key(self, event: events.Key) -> None:
        if event.character and event.character.isdigit():
            event.stop()
            self._digits.feed(event.character)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class SectionModal(_Choose):
    """Jump to a section: dismisses with the question to land on."""

    def __init__(self, sections: tuple[SectionView, ...], lang: str) -> None:
        options = [
            Option(
                f"{i}. " + ("◆ " if s.sealed else "") + f"{s.title}  {s.answered}/{s.asked}",
                id=s.entry,
                disabled=s.entry is None,
            )
            for i, s in enumerate(sections, 1)
        ]
        super().__init__(t("jump.title", lang), options)


class LabelModal(_Choose):
    """What a missed term is: person, place, contact or other (the term is shown, so the
    interviewer sees what she selected)."""

    def __init__(self, term: str, lang: str) -> None:
        options = [
            Option(f"{i}. {t(f'label.{label}', lang)}", id=label)
            for i, label in enumerate(TERM_LABELS, 1)
        ]
        super().__init__(t("label.title", lang), options, note=f"“{term}”")


class SpanModal(_Choose):
    """What to do with a redacted span: keep it in the export, or always redact it.  An
    identity term (the sealed section's answers, terms marked before) is always redacted:
    keeping it is not offered, the dialog says why."""

    def __init__(
        self, original: str, replacement: str, uncertain: bool, identity: bool, lang: str
    ) -> None:
        options: list[Option] = []
        if uncertain:
            options.append(Option(t("span.confirm", lang), id="confirm"))
        if not identity:
            options.append(Option(t("span.release", lang), id="release"))
        options = [Option(f"{i}. {o.prompt}", id=o.id) for i, o in enumerate(options, 1)]
        note = t("span.identity", lang) if identity else ""
        super().__init__(f"{original} → {replacement}", options, note=note)


class HistoryModal(FieldkitModal):
    """Earlier versions of one answer, oldest first."""

    def __init__(self, label: str, entries: list[HistoryEntry]) -> None:
        super().__init__()
        self._label = label
        self._entries = entries

    def compose(self) -> ComposeResult:
        lang = self.lang
        lines = [
            f"{local_date_time(e.at, seconds=True)}  {e.answer or t('history.cleared', lang)}"
            for e in self._entries
        ]
        with Vertical(classes="dialog"):
            yield Static(t("history.title", lang), classes="dialog-title")
            yield Static(self._label, markup=False)
            yield Static("\n".join(lines) or t("history.none", lang), id="history", markup=False)
            yield Button(t("error.ok", lang), id="ok")

    def on_mount(self) -> None:
        self.query_one("#ok", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)


class ConfirmModal(FieldkitModal):
    """Yes or no; dismisses with a bool."""

    def __init__(self, question: str, yes: str) -> None:
        super().__init__()
        self._question = question
        self._yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self._question, markup=False)
            with Horizontal(classes="buttons"):
                yield Button(self._yes, id="yes", variant="warning")
                yield Button(t("key.cancel", self.lang), id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")
