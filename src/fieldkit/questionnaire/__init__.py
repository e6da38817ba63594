"""The questionnaire: format (model), rules (validate), loading, logic and values.

Load -> normalise -> typed tree; the logic and value checks are pure functions
shared by the app, the import command and the exporter.
"""

from fieldkit.questionnaire.load import (
    BUILTIN_ID,
    CheckResult,
    builtin_questionnaire,
    check_questionnaire,
    load_questionnaire,
    parse_questionnaire,
    practice_questionnaire,
    questionnaire_from_json,
    questionnaire_hash,
    questionnaire_to_json,
)
from fieldkit.questionnaire.logic import Flow, Progress
from fieldkit.questionnaire.model import Question, Questionnaire, Section
from fieldkit.questionnaire.validate import Problem
from fieldkit.questionnaire.values import check_value, format_value, parse_answer

__all__ = [
    "BUILTIN_ID",
    "CheckResult",
    "Flow",
    "Problem",
    "Progress",
    "Question",
    "Questionnaire",
    "Section",
    "builtin_questionnaire",
    "check_questionnaire",
    "check_value",
    "format_value",
    "load_questionnaire",
    "parse_answer",
    "parse_questionnaire",
    "practice_questionnaire",
    "questionnaire_from_json",
    "questionnaire_hash",
    "questionnaire_to_json",
]
