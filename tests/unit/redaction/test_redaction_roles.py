"""Role and kinship words stay outside the placeholder; honorifics go with the name."""

from __future__ import annotations

import pytest

from fieldkit.redaction import KnownTerm, Redactor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The broker Zhao Guifang sold me.", "The broker [PERSON-1] sold me."),
        ("My husband Li Ming beat me.", "My husband [PERSON-1] beat me."),
        ("Auntie Song sold noodles.", "Auntie [PERSON-1] sold noodles."),
        ("We asked Deacon Moon for help.", "We asked Deacon [PERSON-1] for help."),
        ("Sister Mary Kim prayed.", "Sister [PERSON-1] prayed."),
        ("브로커 김철수가 우리를 데려갔다.", "브로커 [인물-1]가 우리를 데려갔다."),
        ("문 집사님을 찾으세요.", "[인물-1] 집사님을 찾으세요."),
        ("Kim ajumma cooked.", "[PERSON-1] ajumma cooked."),
        ("王老板不给钱。", "[PERSON-1]老板不给钱。"),
    ],
)
def test_roles_stay_outside_the_placeholder(engine: Redactor, text: str, expected: str) -> None:
    assert engine.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Later Ms. Baek went home.", "Later [PERSON-1] went home."),
        ("Comrade Pyon brought water.", "[PERSON-1] brought water."),
        ("김씨가 왔다.", "[인물-1]가 왔다."),
        ("王先生来了。老王也来了。", "[PERSON-1]来了。[PERSON-1]也来了。"),
    ],
)
def test_honorifics_go_with_the_name(engine: Redactor, text: str, expected: str) -> None:
    assert engine.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("김형이 왔다.", "형"),
        ("Son Chol-ho came.", "Son"),  # a title word that is also a surname
    ],
)
def test_a_role_that_may_be_part_of_the_name_is_not_cut_off(
    engine: Redactor, text: str, exposed: str
) -> None:
    assert exposed not in engine.redact(text).text


def test_known_terms_leave_the_role_outside_too(engine: Redactor) -> None:
    known = [KnownTerm("Zhao Guifang"), KnownTerm("김철수")]
    result = engine.redact(
        "The broker Zhao sold me. Broker Zhao Guifang left. 김 집사님이 왔다.", known=known
    )
    assert result.text == (
        "The broker [PERSON-1] sold me. Broker [PERSON-1] left. [PERSON-2] 집사님이 왔다."
    )


def test_a_role_left_beside_a_placeholder_is_not_a_residual_identifier(engine: Redactor) -> None:
    text = (
        "The broker Zhao Guifang sold me. I told Auntie Song, then Uncle Kim. Trafficker Lim came."
    )
    redacted = engine.redact(text).text
    assert "Auntie [PERSON-" in redacted
    assert engine.scan(redacted, strict=True) == ()
