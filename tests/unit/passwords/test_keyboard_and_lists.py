"""Hangul as typed on a 2-beolsik keyboard, and the word lists' sources pinned."""

from __future__ import annotations

import hashlib
import random
import subprocess
import sys
import unicodedata
from importlib.resources import files

import pytest

from fieldkit.passwords import WORDLISTS, generate_passphrase
from fieldkit.passwords.generate import words_of
from fieldkit.passwords.keyboard import keystrokes, romanise
from fieldkit.session.passphrase import check_new_passphrase

from helpers import TESTS

EFF_SHA256 = "addd35536511597a02fa0a9ff1e5284677b8883b83e986e43f15a3db996b903e"
"""The EFF's eff_large_wordlist.txt, byte for byte."""


@pytest.mark.parametrize(
    ("hangul", "keys", "latin"),
    [
        ("안녕", "dkssud", "annyeong"),
        ("사랑해요", "tkfkdgody", "saranghaeyo"),
        ("까치", "Rkcl", "kkachi"),
        ("닭", "ekfr", "dak"),
        ("의사", "dmltk", "uisa"),
        ("ㅂㅈㄷㄱㅅㅛ", "qwerty", ""),
        ("Seoul 2024!", "Seoul 2024!", ""),
    ],
)
def test_hangul_becomes_the_keys_that_type_it(hangul: str, keys: str, latin: str) -> None:
    assert keystrokes(hangul) == keys
    assert romanise(hangul) == latin


def data(name: str) -> bytes:
    return files("fieldkit.passwords").joinpath("data", name).read_bytes()


def test_the_eff_list_is_the_eff_file() -> None:
    raw = data("eff_large_wordlist.txt")
    assert hashlib.sha256(raw).hexdigest() == EFF_SHA256
    assert len(words_of("en")) == 7776 == len(set(words_of("en")))


def test_the_korean_list_is_bip39_korean_in_nfc() -> None:
    words = words_of("ko")
    assert len(words) == 2048 == len(set(words))
    assert all(unicodedata.is_normalized("NFC", w) for w in words)
    assert words[0] == "가격" and words[-1] == "힘껏"


def test_the_derived_lists_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(TESTS.parent / "bench" / "passwords_build_data.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr + " (run bench/passwords_build_data.py)"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_generated_passphrases_come_from_the_list_and_pass_the_check(lang: str) -> None:
    rng = random.Random(2026)  # a seeded stand-in for secrets.SystemRandom
    pool = set(words_of(lang))
    for _ in range(100):
        suggestion = generate_passphrase(lang, rng=rng)  # type: ignore[arg-type]
        assert len(suggestion.words) == WORDLISTS[lang].words >= 5
        assert set(suggestion.words) <= pool
        assert suggestion.bits >= 64
        check_new_passphrase(suggestion.text)


def test_suggestions_are_drawn_with_secrets() -> None:
    first, second = generate_passphrase("en"), generate_passphrase("en")
    assert first.text != second.text  # 2^-64 to fail
