"""The section outline beside the question: where you are and what is left.

It is redrawn from every snapshot, so skip logic shows live: answer "no" to
"were you sold?" and the price question leaves the list (and the counts).  It
never takes focus (digits must reach the answer); a click jumps.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from fieldkit.session.navigation import InterviewView, SectionView
from fieldkit.tui.messages import JumpTo

__all__ = ["SectionOutline", "distinct_labels"]


def distinct_labels(labels: list[str], room: int) -> list[str]:
    """Each label cut to ``room`` cells; two that would then read the same ("How many of
    your chil…" twice) keep their beginning and their end instead ("How many…with you?")."""
    cut = [_cut(label, room) for label in labels]
    return [
        _cut_middle(label, room) if cut.count(line) > 1 and line != label else line
        for label, line in zip(labels, cut, strict=True)
    ]


def _cut(label: str, room: int) -> str:
    return Content(label).truncate(room, ellipsis=True).plain


def _cut_middle(label: str, room: int) -> str:
    head = _cut(label, max(room // 2, 2)).rstrip("…")
    tail_room = room - Content(head).cell_length - 1
    tail = ""
    for character in reversed(label):
        if Content(character + tail).cell_length > tail_room:
            break
        tail = character + tail
    return f"{head}…{tail}"


class SectionOutline(OptionList, can_focus=False):
    """Sections with answered/asked counts; the current one lists its questions."""

    _entries: dict[str, str | None]

    @property
    def _width(self) -> int:
        """Cells available for one line (the outline never wraps)."""
        return max(self.content_size.width - 1, 12)

    def show(self, view: InterviewView, lang: str) -> None:
        self._shown = (view, lang)
        self._entries = {}
        options: list[Option] = []
        for section in view.sections:
            self._entries[section.id] = section.entry
            options.append(
                Option(self._section_line(section, lang, self._width), id=f"s:{section.id}")
            )
            labels = distinct_labels([label for _, label, _ in section.questions], self._width - 4)
            for (qid, _, answered), label in zip(section.questions, labels, strict=True):
                mark = "•" if qid == view.question.id else ("✓" if answered else "○")
                style = "bold" if qid == view.question.id else ("dim" if answered else "")
                line = Content.styled(f"  {mark} {label}", style)
                options.append(Option(line.truncate(self._width, ellipsis=True), id=f"q:{qid}"))
        self.set_options(options)
        current = next(i for i, o in enumerate(options) if o.id == f"q:{view.question.id}")
        self.highlighted = current  # keeps the question in view when the outline is long

    @staticmethod
    def _section_line(section: SectionView, lang: str, width: int) -> Content:
        """``▸ ◆ Title 2/5``: the diamond marks a sealed section; the title is cut to fit."""
        counts = f" {section.answered}/{section.asked}"
        head = Content.assemble(
            "▸ " if section.current else "  ", ("◆ " if section.sealed else "", "bold $warning")
        )
        room = max(width - head.cell_length - len(counts), 4)
        title = Content.styled(section.title, "bold" if section.current else "")
        return Content.assemble(head, title.truncate(room, ellipsis=True), (counts, "dim"))

    def on_resize(self) -> None:
        shown = getattr(self, "_shown", None)
        if shown is not None:
            self.show(*shown)

    async def _on_click(self, event: events.Click) -> None:
        event.prevent_default()  # a jump, not OptionList's selection
        index = event.style.meta.get("option")
        if not isinstance(index, int):
            return
        kind, _, name = (self.get_option_at_index(index).id or "").partition(":")
        target = self._entries.get(name) if kind == "s" else name
        if target:
            self.post_message(JumpTo(target))
