"""The identity terms of one interview: what seeds redaction of its narratives.

Kept apart from ``InterviewSession`` (which inherits ``IdentityTerms``) because it is a
concern of its own: the names and places a woman gave in the sealed section, plus the
interviewer's decisions about what the redactor missed or flagged wrongly.  The answers it
reads are the session's, held in memory; nothing here writes anything but decisions.
"""

from __future__ import annotations

import re
from typing import Any

from fieldkit.errors import AnswerError
from fieldkit.questionnaire import Flow
from fieldkit.store import Decision, Store

__all__ = ["IdentityTerms", "split_terms"]

_TERM_SEPARATORS = re.compile(r"[\n;,、，/]+")


def split_terms(text: str) -> list[str]:
    """Identity answers often list several names: "Kim Young-hee; Ok-sun, 순이"."""
    return [t.strip() for t in _TERM_SEPARATORS.split(text) if t.strip()]


class IdentityTerms:
    """Identity terms and redaction decisions; mixed into ``InterviewSession``, which sets
    the attributes below in its ``__init__``."""

    store: Store
    id: str
    flow: Flow
    _answers: dict[str, Any]
    _inside: dict[str, dict[str, Any]]

    def identity_terms(self) -> list[tuple[str, str]]:
        """``(term, label)`` from seeded answers (in instances too) and decisions."""
        terms: list[tuple[str, str]] = []
        answered = [*self._answers.items()]
        for inside in self._inside.values():
            answered += inside.items()
        for qid, value in answered:
            question = self.flow.by_id.get(qid)
            if question is not None and question.redaction_seed and isinstance(value, str):
                terms += [(t, question.redaction_seed) for t in split_terms(value)]
        terms += [(d.term, d.label) for d in self.decisions() if d.kind == "known"]
        return terms

    def released_terms(self) -> list[str]:
        """Spans the interviewer released as false positives (kept in the export)."""
        return [d.term for d in self.decisions() if d.kind == "release"]

    def add_known_term(self, term: str, label: str) -> None:
        """A term the redactor missed: from now on it is redacted everywhere."""
        self._decide("known", term, label)

    def release_term(self, term: str, label: str) -> None:
        """A false positive the interviewer keeps; logged with the time."""
        if term.strip() in {t for t, _ in self.identity_terms()}:
            raise AnswerError("identity terms cannot be released; they are always redacted")
        self._decide("release", term, label)

    def _decide(self, kind: str, term: str, label: str) -> None:
        term = term.strip()
        if not term:
            raise AnswerError("the term is empty")
        self.store.interviews.add_decision(self.id, kind=kind, term=term, label=label)

    def decisions(self) -> list[Decision]:
        return self.store.interviews.decisions(self.id)
