"""The schema check: nothing in a record that its questionnaire keeps on the device.

A record whose consent answer is not the consenting value (she declined) is a problem
whatever else it holds.  Every answer is held to the question it answers: no ``direct``
question and nothing from a sealed section may appear at all, every ``quasi`` answer must be
exactly a value its declared generalisation produces (a year band, a bin label,
a group, a top code), and every other answer must pass the questionnaire's value
check.  The acceptance rule is the merge's own (``bundle.anonymise.check_exported``),
so the audit and the merge can never disagree about what is allowed.  Problems
name the question, never the value: the value may be the very name that leaked.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from pydantic import ValidationError

from fieldkit.audit.model import SchemaProblem
from fieldkit.audit.records import AuditRecord
from fieldkit.bundle.anonymise import check_exported
from fieldkit.bundle.verify import Record
from fieldkit.questionnaire import Flow, Question
from fieldkit.questionnaire.model import Bins, MapChoices, TopCode, YearBand, YearOnly

__all__ = ["SchemaChecker", "declared"]


def declared(question: Question) -> str:
    """The generalisation a quasi question declares, in words."""
    rule = question.generalise
    if isinstance(rule, YearBand):
        return f"a {rule.width}-year band such as 1975-1979"
    if isinstance(rule, YearOnly):
        return "a year only"
    if isinstance(rule, Bins):
        return "one of its bin labels"
    if isinstance(rule, MapChoices):
        return "one of its groups"
    if isinstance(rule, TopCode):
        return f"a number below {rule.max}, or >={rule.max}"
    return "a declared generalisation (none is declared)"


class SchemaChecker:
    """Checks records against one questionnaire, remembering verdicts on repeated values."""

    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        self._verdicts: dict[tuple[str, str], str | None] = {}

    def check(self, record: AuditRecord) -> list[SchemaProblem]:
        shape = self._shape(record)
        if shape:
            return [self._problem(record, "", "malformed", shape)]
        found = [
            problem
            for qid, value in record.answers.items()
            if (problem := self._answer(record, qid, value)) is not None
        ]
        return self._declined(record) + found + self._instances(record)

    def _declined(self, record: AuditRecord) -> list[SchemaProblem]:
        """A declined interview is never exported, and merge refuses a bundle holding one
        (``BundleDeclinedError``): the audit flags it so the two never disagree."""
        gate = self.flow.questionnaire.consent
        if gate is None or not self.flow.consent_declined(record.answers):
            return []
        message = "an interview in which she declined consent: it must never leave the device"
        return [self._problem(record, gate.question, "declined consent", message)]

    def _instances(self, record: AuditRecord) -> list[SchemaProblem]:
        """Answers inside repeat instances, checked like any answer and named
        ``repeat[position]/question``; a question of another repeat (or none) is unknown."""
        found = []
        for repeat_id, position, answers in record.instances:
            for qid, value in answers.items():
                name = f"{repeat_id}[{position}]/{qid}"
                if qid in self.flow.by_id and self.flow.repeat_of(qid) != repeat_id:
                    found.append(
                        self._problem(record, name, "unknown question", "not in this repeat")
                    )
                elif (problem := self._answer(record, qid, value)) is not None:
                    found.append(dataclasses.replace(problem, question=name))
        return found

    def _shape(self, record: AuditRecord) -> str | None:
        if record.data is None:
            return "the record is not JSON"
        if not record.canonical:
            return "the record is not canonical JSON (it was not written by fieldkit)"
        try:
            Record.model_validate(record.data)
        except ValidationError as error:
            places = sorted({".".join(str(p) for p in e["loc"][:2]) for e in error.errors()})
            return "the record does not follow the format (at " + ", ".join(places[:5]) + ")"
        return None

    def _answer(self, record: AuditRecord, qid: str, value: Any) -> SchemaProblem | None:
        question = self.flow.by_id.get(qid)
        if question is None:
            return self._problem(record, qid, "unknown question", "not in the questionnaire")
        if question.sensitivity == "direct":
            return self._problem(
                record, qid, "direct", "a direct identifier is present; it must never leave"
            )
        if self.flow.section_of[qid].sealed:
            return self._problem(
                record, qid, "sealed", "an answer from the sealed identity section is present"
            )
        problem = self._verdict(question, value)
        if problem is None:
            return None
        if question.sensitivity == "quasi":
            message = f"not generalised as declared (expected {declared(question)}): {problem}"
            return self._problem(record, qid, "not generalised", message)
        return self._problem(record, qid, "invalid value", problem)

    def _verdict(self, question: Question, value: Any) -> str | None:
        if question.sensitivity == "narrative":
            return check_exported(self.flow.questionnaire, question, value)
        key = (question.id, repr(value))
        if key not in self._verdicts:
            self._verdicts[key] = check_exported(self.flow.questionnaire, question, value)
        return self._verdicts[key]

    @staticmethod
    def _problem(record: AuditRecord, qid: str, kind: Any, message: str) -> SchemaProblem:
        return SchemaProblem(
            record=record.id,
            revision=record.revision,
            source=record.source,
            question=qid,
            kind=kind,
            message=message,
        )
