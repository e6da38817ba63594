"""The duress passphrase: a second passphrase that opens a decoy workspace.

Typed at the unlock screen, it opens a separate encrypted workspace holding a
few practice interviews of a short training survey, which behaves like any
workspace.  The unlock does the same work whichever passphrase is typed, so
neither the screen nor the time it takes tells the two apart.  Optionally (the
interviewer's choice when she sets it), opening the decoy also destroys the
real workspace's key material in the background.  docs/threat-model.md
("Under duress") says what this protects against and what it does not.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from fieldkit.questionnaire import practice_questionnaire
from fieldkit.session.passphrase import check_new_passphrase
from fieldkit.session.preferences import Preference, get_preference, set_preference
from fieldkit.session.workspace import Workspace
from fieldkit.store import DuressState, Store

__all__ = ["PRACTICE_INTERVIEWS", "duress_state", "remove_duress", "set_duress"]

PRACTICE_INTERVIEWS = 5
_LOOKS: tuple[Preference, ...] = ("language", "theme")
_NOTES = (
    "연습 면담, 동료와 함께",
    "두 번째 연습. 질문 순서 확인",
    "Practice run with a colleague",
    "물 질문을 천천히 읽기",
    "Check the clinic question wording",
)


def set_duress(
    workspace: Workspace, passphrase: str, confirmation: str | None = None, *, destroy: bool
) -> None:
    """Set (or replace) the duress passphrase.  It must be strong and differ from the
    workspace's own; ``destroy``: opening it also destroys this workspace's keys."""
    check_new_passphrase(passphrase, confirmation)
    clock = _PracticeClock(workspace.store.now)
    looks = {name: get_preference(workspace, name) for name in _LOOKS}

    def fill(decoy: Store) -> None:
        _fill(decoy, clock)
        for name, value in looks.items():  # the same language and colours on screen
            if value:
                set_preference(Workspace(decoy), name, value)

    workspace.store.set_duress(passphrase, destroy=destroy, fill=fill, clock=clock)


def remove_duress(workspace: Workspace) -> None:
    """Forget the duress passphrase; its decoy's key slot and database are destroyed."""
    workspace.store.remove_duress()


def duress_state(workspace: Workspace) -> DuressState | None:
    """``None`` when no duress passphrase is set."""
    return workspace.store.duress()


class _PracticeClock:
    """Times for the decoy's history: it starts weeks ago, interviews days apart, so that
    the practice does not all carry the minute the duress passphrase was set."""

    def __init__(self, now: Callable[[], str]) -> None:
        # Far enough back that every interview (at most ~8 days apart) is in the past.
        back = 10 + 8 * PRACTICE_INTERVIEWS + secrets.randbelow(20)
        self._at = datetime.fromisoformat(now()) - timedelta(days=back)

    def __call__(self) -> datetime:
        self._at += timedelta(seconds=20 + secrets.randbelow(100))
        return self._at

    def next_day(self) -> None:
        self._at += timedelta(days=2 + secrets.randbelow(6), hours=secrets.randbelow(8))


def _fill(store: Store, clock: _PracticeClock) -> None:
    """A few practice interviews: all but the last complete, answers drawn at random."""
    workspace = Workspace(store)
    workspace.use_questionnaire(practice_questionnaire())
    for number in range(1, PRACTICE_INTERVIEWS + 1):
        clock.next_day()
        session = workspace.new_interview(f"P-{number:02d}")
        answers: dict[str, object] = {
            "consent": "yes",
            "household_size": 2 + secrets.randbelow(6),
            "age_group": secrets.choice(["18_29", "30_44", "45_59", "60_up"]),
            "main_work": secrets.choice(["farming", "farming", "factory", "market", "housework"]),
            "water": secrets.choice(["tap", "well", "bought"]),
            "clinic_minutes": 5 + secrets.randbelow(80),
        }
        if answers["main_work"] == "farming":
            answers["crops"] = sorted(
                {secrets.choice(["rice", "corn", "soybeans", "vegetables"]) for _ in range(2)}
            )
        for question, value in answers.items():
            session.answer(question, value)
        session.answer_text("note", secrets.choice(_NOTES))
        if number < PRACTICE_INTERVIEWS:
            session.mark_complete()
