"""The repeat screens' words, Korean and English (merged into ``i18n`` at import).

Kept apart from ``i18n`` so the repeat screens can grow without touching the
interview screen's table.  Korean wording is listed in docs/glossary.md for a
fluent reader's review.
"""

from __future__ import annotations

__all__ = ["STRINGS"]

STRINGS: dict[str, tuple[str, str]] = {
    "key.repeats": ("Repeats", "반복 항목"),
    "key.delete": ("Delete", "삭제"),
    "cmd.repeats": (
        "Entries asked once per event (each sale)",
        "사건마다 묻는 항목 (판매마다)",
    ),
    "repeat.title": ("Repeats: {ref}", "반복 항목: {ref}"),
    "repeat.none": (
        "This questionnaire has no repeated section.",
        "이 질문지에는 반복 항목이 없습니다.",
    ),
    "repeat.heading": ("{title} ({n})", "{title} ({n}개)"),
    "repeat.not_asked": (
        "{title}: not asked, given the answers so far",
        "{title}: 지금까지의 답으로는 묻지 않습니다",
    ),
    "repeat.add": ("+ Add one: {title}", "+ 하나 추가: {title}"),
    "repeat.instance": ("{n}. {summary}", "{n}. {summary}"),
    "repeat.empty": ("(nothing answered yet)", "(아직 답 없음)"),
    "repeat.help": (
        "Enter: open or add · Del: delete · Esc: back to the question",
        "Enter: 열기·추가 · Del: 삭제 · Esc: 질문으로 돌아가기",
    ),
    "repeat.added": ("✓ added and saved ({title} {n})", "✓ 추가하고 저장함 ({title} {n})"),
    "repeat.deleted": (
        "✓ deleted {title} {n} (kept in the history)",
        "✓ {title} {n} 삭제함 (기록에는 남아 있음)",
    ),
    "instance.title": ("{title} {n}", "{title} {n}"),
    "instance.meta": ("{title} {n} · question {i} of {total}", "{title} {n} · 질문 {i}/{total}"),
    "instance.choices": ("Type a number: {choices}", "번호를 입력하세요: {choices}"),
    "instance.help": (
        "Enter: save and go on · Esc: back to the list",
        "Enter: 저장하고 다음으로 · Esc: 목록으로",
    ),
    "instance.not_saved": (
        "The text typed in this entry was not saved: {reason}",
        "이 항목에 입력한 내용은 저장하지 않았습니다: {reason}",
    ),
    "instance.done": (
        "✓ every question of this entry has been shown",
        "✓ 이 항목의 질문을 모두 보았습니다",
    ),
}
