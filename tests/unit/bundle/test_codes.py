"""Key codes read aloud: every typo a person makes in one group is caught and the group named;
old codes only where the caller accepts them."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldkit.bundle.codes import ALPHABET, format_code, parse_code
from fieldkit.errors import CodeError

fingerprints = st.binary(min_size=13, max_size=13).map(
    lambda raw: base64.b32encode(raw).decode()[:20]
)


def groups_of(code: str) -> list[str]:
    return code.split("-")


@given(fingerprints)
def test_a_code_reads_back_as_its_fingerprint_however_it_is_typed(fp: str) -> None:
    code = format_code(fp)
    assert [len(g) for g in groups_of(code)] == [5, 5, 5, 5, 5]
    assert set(code) <= set(ALPHABET) | {"-"}
    assert parse_code(code) == fp
    assert parse_code(code.lower().replace("-", " ")) == fp
    assert parse_code(code.replace("-", "")) == fp
    assert parse_code(code.replace("0", "O").replace("1", "l")) == fp  # read alike


@given(fingerprints, st.integers(0, 24), st.integers(1, 31))
def test_any_one_wrong_character_is_refused_and_its_group_named(
    fp: str, position: int, shift: int
) -> None:
    compact = format_code(fp).replace("-", "")
    wrong = ALPHABET[(ALPHABET.index(compact[position]) + shift) % 32]
    typo = compact[:position] + wrong + compact[position + 1 :]
    with pytest.raises(CodeError) as caught:
        parse_code(typo)
    assert caught.value.problem == "check"
    assert caught.value.group == position // 5 + 1
    assert f"group {position // 5 + 1} " in caught.value.message


@given(fingerprints, st.integers(0, 24), st.integers(0, 24))
def test_two_characters_swapped_within_a_group_are_refused(fp: str, a: int, b: int) -> None:
    compact = list(format_code(fp).replace("-", ""))
    b = a // 5 * 5 + b % 5  # the same group
    if compact[a] == compact[b]:
        return
    compact[a], compact[b] = compact[b], compact[a]
    with pytest.raises(CodeError) as caught:
        parse_code("".join(compact))
    assert caught.value.group == a // 5 + 1


@given(fingerprints, st.integers(0, 4), st.integers(0, 4))
def test_groups_read_in_the_wrong_order_are_refused(fp: str, a: int, b: int) -> None:
    groups = groups_of(format_code(fp))
    if groups[a] == groups[b]:
        return
    groups[a], groups[b] = groups[b], groups[a]
    with pytest.raises(CodeError):
        parse_code("-".join(groups))


def test_a_group_too_short_or_missing_is_named() -> None:
    code = format_code("ZK26I3LUCYTHAD5JEMJQ")
    groups = groups_of(code)
    with pytest.raises(CodeError, match="group 3 of the code should have five characters"):
        parse_code("-".join([*groups[:2], groups[2][:4], *groups[3:]]))
    with pytest.raises(CodeError, match="3 groups"):
        parse_code("-".join(groups[:3]))
    with pytest.raises(CodeError) as caught:
        parse_code("")
    assert caught.value.problem == "missing"


def test_old_codes_only_where_the_caller_accepts_them() -> None:
    old = "ZK26I-3LUCY-THAD5-JEMJQ"  # printed by fieldkit 0.1
    with pytest.raises(CodeError) as caught:
        parse_code(old)
    assert caught.value.problem == "legacy"
    assert parse_code(old, legacy=True) == "ZK26I3LUCYTHAD5JEMJQ"
    assert parse_code("zk26i 3lucy thad5 jemjq", legacy=True) == "ZK26I3LUCYTHAD5JEMJQ"
    with pytest.raises(CodeError):
        parse_code("ZK26I-3LUCY-THAD9-JEMJQ", legacy=True)  # 9 is never in an old code


def test_a_current_code_missing_its_last_group_is_not_taken_for_an_old_one() -> None:
    groups = groups_of(format_code("ZK26I3LUCYTHAD5JEMJQ"))
    with pytest.raises(CodeError, match="4 groups"):
        parse_code("-".join(groups[:4]))
