"""Passphrase strength that knows Korean: what an attacker tries first is refused, with the
reason in English and Korean; unrelated words and generated passphrases pass."""

from __future__ import annotations

import unicodedata

import pytest

from fieldkit.errors import PassphraseError
from fieldkit.passwords import REASONS, estimate
from fieldkit.session.passphrase import MIN_SCORE, check_new_passphrase

WEAK = [
    ("Seoul2024!!", "place"),
    ("안녕하세요반갑습니다", "korean_phrase"),
    ("사랑해요엄마사랑해요", "korean_phrase"),
    ("dkssudgktpdy", "english_mode"),  # 안녕하세요 typed in English mode
    ("tkfkdgody1234", "english_mode"),  # 사랑해요
    ("ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", "keyboard"),  # qwertyuiop in Korean mode
    ("saranghaeyo1234", "romanised"),
    ("annyeonghaseyo!", "romanised"),
    ("pyongyang1998", "place"),
    ("Hoeryong2019", "place"),
    ("평양사랑해요1998", "korean_phrase"),
    ("김영희19770315", "name"),
    ("우리엄마사랑해요!!", "korean_phrase"),
    ("password123", "common"),
    ("qwertyuiop", "keyboard"),
]


@pytest.mark.parametrize(("passphrase", "reason"), WEAK)
def test_what_an_attacker_tries_first_is_refused_with_the_reason(
    passphrase: str, reason: str
) -> None:
    with pytest.raises(PassphraseError) as caught:
        check_new_passphrase(passphrase)
    english, korean = REASONS[reason]
    assert english in caught.value.message
    assert korean in caught.value.localized("ko")
    assert caught.value.localized("ko").startswith("너무 약합니다")


def test_hangul_typed_decomposed_is_judged_like_composed() -> None:
    """Some input methods send NFD jamo; the estimate normalises first."""
    composed = "안녕하세요반갑습니다"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert estimate(decomposed) == estimate(composed)


@pytest.mark.parametrize(
    "passphrase",
    [
        "kimchi tumen river lantern",
        "four unrelated words here",
        "correct horse battery staple",
        "분홍색 바닷가 번지 삼월 기운 의원",  # six BIP-39 Korean words
        "gkqslek zmfhqjt toqkf djswp",  # unrelated Korean words typed in English mode
    ],
)
def test_unrelated_words_pass(passphrase: str) -> None:
    check_new_passphrase(passphrase)
    assert estimate(passphrase).score >= MIN_SCORE


def test_short_and_different_are_said_in_both_languages() -> None:
    with pytest.raises(PassphraseError) as short:
        check_new_passphrase("사랑해")
    assert "too short (3 characters" in short.value.message
    assert "너무 짧습니다 (3자" in short.value.localized("ko")
    with pytest.raises(PassphraseError) as different:
        check_new_passphrase("kimchi tumen river lantern", "kimchi tumen river lanterm")
    assert "두 비밀번호 문구가 서로 다릅니다" in different.value.localized("ko")


def test_a_very_long_passphrase_is_estimated_not_crashed() -> None:
    """zxcvbn refuses more than 72 characters; Hangul keystrokes are 2-3 per syllable."""
    check_new_passphrase("분홍색 바닷가 번지 삼월 기운 의원 " * 6)
    with pytest.raises(PassphraseError):
        check_new_passphrase("사랑해요" * 30)
