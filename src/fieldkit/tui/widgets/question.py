"""The question column of the interview screen: everything drawn around the answer field.

The sealed banner, the question's place and number, the consent statement, the label, the
help, the answer field's holder, the status line and Back/Next; ``show`` draws an
``InterviewView``'s wording into them.  Split out of ``tui/screens/interview.py`` (round 30,
review) so that the screen keeps the flow (answers, drafts, moves) and this widget the drawing.
It is the ``VerticalScroll`` with id ``question`` the screen composed before, with the same
children in the same order, so every screen looks the same.
"""

from __future__ import annotations

from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Static

from fieldkit.session.navigation import InterviewView, QuestionView
from fieldkit.tui.i18n import t
from fieldkit.tui.widgets.registry import answer_widget

__all__ = ["QuestionPane"]


class QuestionPane(VerticalScroll):
    """The question in focus: its wording, its answer field, its status and Back/Next."""

    def __init__(self, lang: str) -> None:
        back = Button(f"◀ {t('key.back', lang)}", id="back", compact=True)
        forward = Button(f"{t('key.next', lang)} ▶", id="next", variant="primary", compact=True)
        super().__init__(
            Static("", id="sealed-banner", markup=False),
            Static("", id="q-meta", markup=False),
            Static("", id="q-statement", markup=False),
            Static("", id="q-label", markup=False),
            Static("", id="q-help", markup=False),
            Vertical(id="q-input"),
            Static("", id="q-status", markup=False),
            Horizontal(back, forward, id="q-nav"),
            id="question",
        )
        self.statement_lang: str | None = None
        """The language the consent statement is shown in (``None``: the interface's)."""

    def show(self, view: InterviewView, lang: str) -> None:
        """The question's place and number, label, statement, help and sealed banner; Back
        only where there is a question before it."""
        question = view.question
        meta = f"{question.section_title} · " + t(
            "q.number", lang, n=question.number, total=view.total
        )
        if question.required:
            meta += f" · {t('q.required', lang)}"
        if question.revisions > 1:
            meta += f" · {t('q.revisions', lang, n=question.revisions - 1)}"
        self.query_one("#q-meta", Static).update(meta)
        self.query_one("#q-label", Static).update(question.label)
        self.show_statement(view, lang)
        help_text = question.help or (t("q.consent", lang) if question.consent else "")
        self.query_one("#q-help", Static).update(help_text)
        banner = self.query_one("#sealed-banner", Static)
        banner.update(t("q.sealed", lang) if question.sealed else "")
        banner.display = question.sealed
        self.set_class(question.sealed, "sealed")
        self.query_one("#back", Button).disabled = view.previous is None

    def show_statement(self, view: InterviewView, lang: str) -> None:
        """The consent statement to read aloud, above the question, before any answer: in
        the language F6 chose when it has one, under a heading in the interface's ``lang``."""
        statement = dict(view.question.statement)
        widget = self.query_one("#q-statement", Static)
        widget.display = bool(statement)
        if statement:
            text = statement.get(self.statement_lang or lang) or next(iter(statement.values()))
            widget.update(f"{t('q.statement', lang)}\n{text}")

    def next_statement_language(self, view: InterviewView, lang: str) -> None:
        """F6: the statement in its next language (the screen offers F6 only where there
        are two or more)."""
        languages = [code for code, _ in view.question.statement]
        current = self.statement_lang or lang
        position = languages.index(current) if current in languages else 0
        self.statement_lang = languages[(position + 1) % len(languages)]
        self.show_statement(view, lang)

    async def ask(self, question: QuestionView, lang: str) -> None:
        """A new answer field for ``question`` in place of the previous one."""
        holder = self.query_one("#q-input", Vertical)
        await holder.remove_children()
        await holder.mount(answer_widget(question, lang))

    def status(self, text: str, *, problem: bool) -> None:
        status = self.query_one("#q-status", Static)
        status.update(text)
        status.set_class(problem, "problem")

    def relabel(self, lang: str) -> None:
        self.query_one("#back", Button).label = f"◀ {t('key.back', lang)}"
        self.query_one("#next", Button).label = f"{t('key.next', lang)} ▶"
