"""The built-in question set ("Lives for Sale") is complete, bilingual and safe.

The report's tables are recomputed from these answers, so the variables they
rest on must exist with the right types; identifying answers must never leave
the device; and every text must be readable by the interviewer in English and
Korean.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from fieldkit.questionnaire import (
    Question,
    Questionnaire,
    builtin_questionnaire,
    check_questionnaire,
)
from fieldkit.questionnaire.types import QUESTION_TYPES

from helpers import TESTS

HANGUL = re.compile(r"[\uac00-\ud7a3]")

# Every variable a finding of the report rests on, with the type the analysis expects.
VARIABLES = {
    # interview and consent
    "consent": "single_choice",
    "permission_to_quote": "single_choice",
    "anonymity_wishes": "multiple_choice",
    "interview_month": "year_month",
    "interview_province": "single_choice",
    "interview_language": "single_choice",
    "interviewer_code": "short_text",
    # life in North Korea
    "birth_year": "year",
    "origin_province": "single_choice",
    "occupation_nk": "single_choice",
    "marital_status_nk": "single_choice",
    "family_deaths": "multiple_choice",
    "children_left_behind": "integer",
    # leaving and crossing
    "reasons_for_leaving": "multiple_choice",
    "crossing_month": "year_month",
    "crossing_arranged_by": "single_choice",
    "crossing_companions": "multiple_choice",
    "companions_were_traffickers": "single_choice",
    # sale and marriage
    "means_used": "multiple_choice",
    "marriage_status": "single_choice",
    "sold_or_introduced": "single_choice",
    "intermediary_type": "multiple_choice",
    "price_paid": "single_choice",
    "price_amount": "money",
    "times_resold": "integer",
    "husband_ethnicity": "single_choice",
    "husband_age": "integer",
    # life in China
    "current_province": "single_choice",
    "years_at_residence": "integer",
    "own_hukou": "single_choice",
    "children_born_in_china": "integer",
    "children_with_hukou": "integer",
    "chinese_ability": "single_choice",
    # arrest and return
    "arrest_history": "single_choice",
    "times_repatriated": "integer",
    "detention_nk": "multiple_choice",
    "treatment_nk": "multiple_choice",
    "bribe_amount": "money",
    # work, safety, health, family, future
    "works_for_money": "single_choice",
    "monthly_income": "money",
    "sex_or_entertainment_work": "single_choice",
    "abuse_experienced": "multiple_choice",
    "reproductive_coercion": "multiple_choice",
    "health_problems": "multiple_choice",
    "medical_costs": "money",
    "contact_family_nk": "single_choice",
    "sends_money": "single_choice",
    "future_wishes": "multiple_choice",
    # Trafficking Protocol and the story
    "tp_act": "multiple_choice",
    "tp_means": "multiple_choice",
    "tp_purpose": "multiple_choice",
    "life_story": "long_text",
}

# Questions the report's tables need answered in every complete interview (when asked).
REQUIRED = {
    "consent",
    "interview_month",
    "interview_province",
    "birth_year",
    "origin_province",
    "crossing_month",
    "crossing_companions",
    "companions_were_traffickers",
    "marriage_status",
    "price_paid",
    "husband_ethnicity",
    "current_province",
    "years_at_residence",
    "own_hukou",
    "children_born_in_china",
    "children_with_hukou",
    "arrest_history",
    "tp_act",
    "tp_means",
    "tp_purpose",
}


@pytest.fixture(scope="module")
def qn() -> Questionnaire:
    return builtin_questionnaire()


@pytest.fixture(scope="module")
def questions(qn: Questionnaire) -> dict[str, Question]:
    return {q.id: q for q in qn.questions()}


def _choices(qn: Questionnaire, question: Question) -> list[str]:
    return [c.value for c in qn.choice_lists[question.choices or ""]]


def test_packaged_file_has_no_errors_and_no_warnings() -> None:
    resource = resources.files("fieldkit.questionnaire").joinpath("data/lives-for-sale.toml")
    with resources.as_file(resource) as path:
        result = check_questionnaire(path)
    assert [str(p) for p in result.problems] == []


def test_schemas_copy_is_a_relative_symlink_to_the_packaged_file() -> None:
    link = TESTS.parent / "schemas" / "lives-for-sale.toml"
    assert link.is_symlink()
    target = Path("..") / "src" / "fieldkit" / "questionnaire" / "data" / "lives-for-sale.toml"
    assert Path(link.readlink()) == target
    assert check_questionnaire(link).problems == []


def test_size(qn: Questionnaire) -> None:
    assert len(qn.sections) == 16
    assert len(qn.questions()) == 105
    assert [s.id for s in qn.repeats()] == ["sales"]


def _texts(qn: Questionnaire) -> Iterator[tuple[str, dict[str, str]]]:
    yield "title", qn.title
    if qn.description:
        yield "description", qn.description
    for name, choices in qn.choice_lists.items():
        yield from ((f"{name}.{c.value}", c.label) for c in choices)
    for section in qn.sections:
        yield section.id, section.title
        if section.help:
            yield f"{section.id}.help", section.help
        for q in section.questions:
            yield q.id, q.label
            if q.help:
                yield f"{q.id}.help", q.help
            yield from ((f"{q.id}.constraint", c.message) for c in q.constraints)


def test_every_text_is_in_english_and_korean(qn: Questionnaire) -> None:
    assert qn.languages == ["en", "ko"]
    for where, text in _texts(qn):
        assert set(text) == {"en", "ko"}, where
        assert text["en"].strip() and text["ko"].strip(), where
        assert HANGUL.search(text["ko"]), f"{where}: Korean text has no Hangul"
        assert not HANGUL.search(text["en"]), f"{where}: English text has Hangul"


def test_questions_put_to_her_are_asked_politely(qn: Questionnaire) -> None:
    """Spoken register (-요) for what she is asked; the interviewer's own sections are exempt."""
    own = {"interview", "protocol"}
    for section in qn.sections:
        for q in section.questions:
            if section.id in own or QUESTION_TYPES[q.type].display_only:
                continue
            if q.id in ("key_quotes", "interviewer_notes"):
                continue
            assert q.label["ko"].rstrip("?.").endswith("요"), q.id


def test_consent_comes_first_and_gates_everything(qn: Questionnaire) -> None:
    assert qn.consent is not None
    assert (qn.consent.question, qn.consent.value) == ("consent", "yes")
    first = qn.sections[0]
    answerable = [q for q in first.questions if not QUESTION_TYPES[q.type].display_only]
    assert answerable[0].id == "consent"
    assert answerable[0].required
    assert _choices(qn, answerable[0]) == ["yes", "no"]


def test_sealed_identity_section_is_all_direct_and_seeds_redaction(qn: Questionnaire) -> None:
    sealed = [s for s in qn.sections if s.sealed]
    assert [s.id for s in sealed] == ["identity"]
    questions = sealed[0].questions
    assert all(q.sensitivity == "direct" for q in questions)
    assert all(q.redaction_seed and QUESTION_TYPES[q.type].text for q in questions)
    assert {q.redaction_seed for q in questions} == {"person", "place", "contact"}
    assert {"name", "aliases", "relatives_names", "husband_name", "broker_names"} <= {
        q.id for q in questions
    }
    assert {"home_town", "current_address", "contacts"} <= {q.id for q in questions}


def test_nothing_identifying_outside_the_sealed_section(qn: Questionnaire) -> None:
    """Free text outside the sealed section is a narrative, exported only after redaction."""
    for section in qn.sections:
        for q in section.questions:
            if section.sealed or not QUESTION_TYPES[q.type].text:
                continue
            assert q.sensitivity == "narrative" or q.id == "interviewer_code", q.id


@pytest.mark.parametrize(("question_id", "kind"), sorted(VARIABLES.items()))
def test_variable_exists_with_type(
    questions: dict[str, Question], question_id: str, kind: str
) -> None:
    assert question_id in questions
    assert questions[question_id].type == kind


def test_tables_variables_are_required(questions: dict[str, Question]) -> None:
    assert {qid for qid, q in questions.items() if q.required} >= REQUIRED


@pytest.mark.parametrize(
    ("question_id", "kind"),
    [
        ("birth_year", "year_band"),
        ("crossing_month", "year_only"),
        ("interview_month", "year_only"),
        ("origin_province", "map"),
        ("current_province", "map"),
        ("interview_province", "map"),
        ("children_born_in_china", "top_code"),
        ("children_left_behind", "top_code"),
        ("husband_age", "bins"),
        ("years_at_residence", "bins"),
        ("price_amount", "bins"),
        ("bribe_amount", "bins"),
        ("monthly_income", "bins"),
    ],
)
def test_quasi_identifiers_are_generalised(
    questions: dict[str, Question], question_id: str, kind: str
) -> None:
    question = questions[question_id]
    assert question.sensitivity == "quasi"
    assert question.generalise is not None and question.generalise.kind == kind


@pytest.mark.parametrize(
    "question_id",
    [
        "sex_or_entertainment_work",
        "reproductive_coercion",
        "arrest_history",
        "abuse_experienced",
        "treatment_nk",
    ],
)
def test_sensitive_attributes_are_marked(questions: dict[str, Question], question_id: str) -> None:
    assert questions[question_id].sensitive_attribute


def test_price_brackets_are_the_reports(qn: Questionnaire, questions: dict[str, Question]) -> None:
    assert _choices(qn, questions["price_paid"]) == [
        "up_to_2000",
        "from_2001_to_5000",
        "from_5001_to_8000",
        "over_8000",
        "paid_amount_unknown",
        "unknown",
        "not_paid",
    ]
    generalise = questions["price_amount"].generalise
    assert generalise is not None and generalise.kind == "bins"
    assert generalise.edges == [2000, 5000, 8000]


def test_years_at_residence_bins_are_the_reports(questions: dict[str, Question]) -> None:
    generalise = questions["years_at_residence"].generalise
    assert generalise is not None and generalise.kind == "bins"
    assert generalise.labels == ["<2", "2-3", "4-5", "6-7", "8-9", ">9"]


@pytest.mark.parametrize("question_id", ["tp_act", "tp_means", "tp_purpose"])
def test_protocol_elements_offer_none_and_keep_it_exclusive(
    qn: Questionnaire, questions: dict[str, Question], question_id: str
) -> None:
    question = questions[question_id]
    assert "none" in _choices(qn, question)
    assert any("selected(., 'none')" in c.expr for c in question.constraints)


def test_protocol_lists_cover_article_3(qn: Questionnaire) -> None:
    acts = {c.value for c in qn.choice_lists["tp_acts"]}
    means = {c.value for c in qn.choice_lists["tp_means"]}
    purposes = {c.value for c in qn.choice_lists["tp_purposes"]}
    assert {"recruitment", "transportation", "transfer", "harbouring", "receipt"} <= acts
    assert {
        "threat_or_force",
        "abduction",
        "fraud",
        "deception",
        "abuse_of_vulnerability",
        "payment_to_controller",
        "drugging",
    } <= means
    assert {
        "forced_marriage",
        "prostitution",
        "other_sexual_exploitation",
        "forced_labour",
        "slavery_like",
        "servitude",
        "organ_removal",
    } <= purposes


def test_each_sale_is_a_repeat_with_declared_generalisations(qn: Questionnaire) -> None:
    """Issue 17: one instance per time she was sold or passed on; what leaves the device is
    generalised or a category of the report, and nothing in it identifies anyone."""
    sales = next(s for s in qn.sections if s.id == "sales")
    assert sales.repeat is not None and (sales.repeat.min, sales.repeat.max) == (0, 20)
    kinds = {q.id: (q.type, q.sensitivity) for q in sales.questions}
    assert kinds == {
        "sale_year": ("year", "quasi"),
        "sale_province": ("single_choice", "quasi"),
        "sale_price": ("single_choice", "none"),
        "sale_money_to": ("single_choice", "none"),
        "sale_passed_to": ("single_choice", "none"),
    }
    by_id = {q.id: q for q in sales.questions}
    assert by_id["sale_year"].generalise is not None
    assert by_id["sale_year"].generalise.kind == "year_band"
    assert by_id["sale_province"].generalise is not None
    assert by_id["sale_province"].generalise.kind == "map"
    assert by_id["sale_price"].choices == "price_brackets"
    assert by_id["sale_money_to"].sensitive_attribute
    assert by_id["sale_passed_to"].sensitive_attribute
    assert qn.version == "1.2"
