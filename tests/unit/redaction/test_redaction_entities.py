"""One person, one placeholder: mentions of one entity share a number and a keyed digest."""

from __future__ import annotations

import hashlib
import re

import pytest

from fieldkit.redaction import KnownTerm, Redactor, parse_known


def redacted(engine: Redactor, text: str, *known: str) -> str:
    return engine.redact(text, known=[parse_known(k) for k in known]).text


def test_the_known_person_keeps_one_number(engine: Redactor) -> None:
    text = (
        "I am Zorvexa Quilliam from Xembrok-ri. Zorvexa left Xembrok in 1998. Ms. Quilliam cried."
    )
    result = engine.redact(text, known=[KnownTerm("Zorvexa Quilliam", "person")])
    assert result.text == (
        "I am [PERSON-1] from [PLACE-1]. [PERSON-1] left [PLACE-1] in 1998. [PERSON-1] cried."
    )
    people = [s for s in result.spans if s.label == "PERSON"]
    assert len({s.entity for s in people}) == 1 and len(people) == 3


def test_a_known_western_name_alone_and_with_a_title_never_survives(engine: Redactor) -> None:
    out = redacted(engine, "quilliam was there; later Mr Quilliam and Zorvexa.", "Zorvexa Quilliam")
    assert out == "[PERSON-1] was there; later [PERSON-1] and [PERSON-1]."
    out = redacted(engine, "zorvexa and Quilliam Zorvexa came.", "Zorvexa Quilliam")
    assert out == "[PERSON-1] and [PERSON-1] came."


@pytest.mark.parametrize(
    ("known", "text"),
    [
        (
            "Kim Young-hee",
            "Kim Young-hee came. Younghee left; Ms. Kim cried. 김영희가 왔다. Gim Yeong-hui, 영희.",
        ),
        ("김영희", "김영희 왔다. Kim Young-hee left, 영희 cried, 김씨 too."),
        ("金英姬", "金英姬 came; Jin Yingji, 김영희 and Kim Young-hee are her, 老金 too."),
        ("Ri Chol-ho", "Lee Cheol-ho, 리철호 and Mr. Ri; Chol-ho, Cheolho."),
    ],
)
def test_every_variant_of_a_known_person_gets_the_same_number(
    engine: Redactor, known: str, text: str
) -> None:
    out = redacted(engine, text, known)
    assert set(re.findall(r"\[(?:PERSON|인물)-(\d+)\]", out)) == {"1"}, out


def test_numbering_spans_the_fields_of_an_interview(engine: Redactor) -> None:
    results = engine.redact_many(
        {
            "life_story": "Zorvexa Quilliam grew up in Xembrok-ri.",
            "key_quotes": "Ms. Quilliam said: Xembrok was cold. Zorvexa wept.",
        },
        known=[KnownTerm("Zorvexa Quilliam")],
        secret=b"s" * 32,
    )
    assert results["life_story"].text == "[PERSON-1] grew up in [PLACE-1]."
    assert results["key_quotes"].text == "[PERSON-1] said: [PLACE-1] was cold. [PERSON-1] wept."


@pytest.mark.parametrize(
    ("known", "text"),
    [
        (("영희", "김영희"), "영희 left. Kim Young-hee came."),
        (("문향미", "Moon Hyang-mi"), "문향미 (Moon Hyang-mi) and Hyangmi."),
    ],
)
def test_two_known_terms_for_one_person_share_a_number(
    engine: Redactor, known: tuple[str, ...], text: str
) -> None:
    out = redacted(engine, text, *known)
    assert set(re.findall(r"\[PERSON-\d+\]", out)) == {"[PERSON-1]"}, out


def test_detected_parts_of_a_detected_full_name_share_its_number(engine: Redactor) -> None:
    text = "I met Kim Ok-sun in Yanji. Ok-sun was kind. Later Ms. Kim left."
    out = redacted(engine, text)
    assert (
        out == "I met [PERSON-1] in [PLACE-1, Jilin]. [PERSON-1] was kind. Later [PERSON-1] left."
    )


def test_a_shared_surname_does_not_merge_two_people(engine: Redactor) -> None:
    text = "Kim Ok-sun met Kim Chol-ho. Ok-sun stayed; Chol-ho left. Ms. Kim cried."
    out = redacted(engine, text)
    assert out == (
        "[PERSON-1] met [PERSON-2]. [PERSON-1] stayed; [PERSON-2] left. [PERSON-3] cried."
    )


def test_a_shared_given_name_does_not_merge_two_people(engine: Redactor) -> None:
    out = redacted(engine, "Kim Ok-sun met Pak Ok-sun. Ok-sun cried.")
    assert out == "[PERSON-1] met [PERSON-2]. [PERSON-3] cried."


def test_a_shared_surname_between_known_terms_is_not_given_to_either(engine: Redactor) -> None:
    out = redacted(
        engine, "Kim Young-hee and Kim Chol-su came; Ms. Kim cried.", "Kim Young-hee", "Kim Chol-su"
    )
    assert out == "[PERSON-1] and [PERSON-2] came; [PERSON-3] cried."


def test_detected_names_link_across_scripts_and_fields(engine: Redactor) -> None:
    results = engine.redact_many(
        {
            "a": "Her name is 김춘실 (Kim Chun-sil), born in 운평동 (Unpyong-dong).",
            "b": "Chun-sil left Unpyong in 1998.",
        }
    )
    assert (
        results["a"].text == "Her name is [PERSON-1] ([PERSON-1]), born in [PLACE-1] ([PLACE-1])."
    )
    assert results["b"].text == "[PERSON-1] left [PLACE-1] in 1998."


def test_an_uncertain_word_that_names_a_found_place_becomes_that_place(engine: Redactor) -> None:
    out = redacted(engine, "We lived in Xembrok-ri. Xembrok is small.")
    assert out == "We lived in [PLACE-1]. [PLACE-1] is small."


def test_one_phone_number_written_two_ways_is_one_entity(engine: Redactor) -> None:
    out = redacted(engine, "Call +86 139 4318 2275, or 13943182275 at night.")
    assert out == "Call [PHONE-1], or [PHONE-1] at night."


def test_entities_are_keyed_by_the_secret_never_a_plain_hash(engine: Redactor) -> None:
    text = "Zorvexa Quilliam left. Ms. Quilliam cried."
    known = [KnownTerm("Zorvexa Quilliam")]
    one = engine.redact(text, known=known, secret=b"k" * 32).spans
    again = engine.redact(text, known=known, secret=b"k" * 32).spans
    other = engine.redact(text, known=known, secret=b"j" * 32).spans
    assert [s.entity for s in one] == [s.entity for s in again]
    assert len({s.entity for s in one}) == 1
    assert {s.entity for s in one}.isdisjoint({s.entity for s in other})
    plain = {
        hashlib.sha256(v.encode()).hexdigest()[:16]
        for v in ("known:0", "PERSON:zorvexaquilliam", "zorvexa quilliam", "Zorvexa Quilliam")
    }
    assert {s.entity for s in one}.isdisjoint(plain)


def test_big_and_little_of_one_name_are_two_people() -> None:
    """ "Big Ok" and "Little Ok" were two women: the words that tell them apart are part of
    their names when mentions are linked (issue 11, item 4), while a title is not."""
    text = (
        'There were two of them: "Big Ok" and "Little Ok", who were not sisters. '
        "Little Ok was sold first."
    )
    out = Redactor.default().redact(text).text
    assert out == (
        'There were two of them: "[PERSON-1]" and "[PERSON-2]", who were not sisters. '
        "[PERSON-2] was sold first."
    )
    assert Redactor.default().redact("Ms. Baek came. Baek left.").text == (
        "[PERSON-1] came. [PERSON-1] left."
    )
