"""The sound changes of Korean conjugation: how a stem's last syllable becomes a form's,
and back (issue 11, round 9).

Forward: a final put under an open syllable (가 + ㄴ = 간), the infinitive 아/어 with its
contractions (얹히 + 어 = 얹혀, 하 + 여 = 해) and the irregular classes of the standard grammar
(ㅡ, 르, ㅅ, ㄷ, ㅂ).  Backward: the stems a written prefix may come from (간 -> 가, 얹혀 ->
얹히, 몰라 -> 모르).  Pure syllable arithmetic: no word list, no ending.  Split out of
``dictionary_ko`` (round 30, review), which holds the word lists and the endings and asks
these two directions for every token it reads.
"""

from __future__ import annotations

from fieldkit.redaction import hangul

__all__ = ["CONTRACT", "UNCONTRACT", "bases", "infinitives", "open_syllable", "with_final"]


def open_syllable(syllable: str) -> bool:
    return "가" <= syllable <= "힣" and hangul.decompose(syllable)[2] in ("", "-")


def with_final(stem: str, final: str) -> str | None:
    """The stem with ``final`` put under its open last syllable (가 + ㄴ = 간), else None."""
    last = stem[-1]
    if not open_syllable(last):
        return None
    initial, vowel, _ = hangul.decompose(last)
    return stem[:-1] + hangul.compose(initial, vowel, final)


CONTRACT = {
    ("ㅣ", "ㅓ"): "ㅕ",
    ("ㅗ", "ㅏ"): "ㅘ",
    ("ㅜ", "ㅓ"): "ㅝ",
    ("ㅚ", "ㅓ"): "ㅙ",
    ("ㅡ", "ㅓ"): "ㅓ",
    ("ㅡ", "ㅏ"): "ㅏ",
    ("ㅏ", "ㅏ"): "ㅏ",
    ("ㅓ", "ㅓ"): "ㅓ",
    ("ㅐ", "ㅓ"): "ㅐ",
    ("ㅔ", "ㅓ"): "ㅔ",
    ("ㅕ", "ㅓ"): "ㅕ",
}


def infinitives(stem: str) -> list[str]:
    """The 아/어 forms of a stem: 하 -> 해, 하여; 얹히 -> 얹혀; 보 -> 봐, 보아; 먹 -> 먹어; and
    the irregular classes of the standard grammar: ㅡ drops (따르 -> 따라, 쓰 -> 써), 르 doubles
    its ㄹ (모르 -> 몰라), ㅅ drops (짓 -> 지어), ㄷ turns ㄹ (듣 -> 들어), ㅂ turns 우/오 (춥 ->
    추워, 돕 -> 도와)."""
    last = stem[-1]
    if not "가" <= last <= "힣":
        return []
    initial, vowel, final = hangul.decompose(last)
    bright = vowel in ("ㅏ", "ㅗ")
    if vowel == "ㅡ" and final in ("", "-") and len(stem) > 1 and "가" <= stem[-2] <= "힣":
        bright = hangul.decompose(stem[-2])[1] in ("ㅏ", "ㅗ")  # 따르 -> 따라
    ending = "아" if bright else "어"
    if final not in ("", "-"):
        spoken = [stem + "애"] if bright else []  # 같애, 똑같애서: the spoken 애 for 아
        return [stem + ending, *spoken, *_irregular(stem, initial, vowel, final, bright)]
    if last == "하":
        return [stem[:-1] + "해", stem + "여"]
    out = [stem + ending]
    joined = CONTRACT.get((vowel, "ㅏ" if bright else "ㅓ"))
    if joined is not None:
        out.append(stem[:-1] + hangul.compose(initial, joined, "-"))
    if last == "르" and len(stem) > 1 and "가" <= stem[-2] <= "힣":
        pi, pv, pf = hangul.decompose(stem[-2])
        if pf in ("", "-"):  # 모르 -> 몰라, 부르 -> 불러
            out.append(stem[:-2] + hangul.compose(pi, pv, "ㄹ") + ("라" if bright else "러"))
    return out


def _irregular(stem: str, initial: str, vowel: str, final: str, bright: bool) -> list[str]:
    """The 아/어 forms of the ㅅ, ㄷ and ㅂ irregular stems (their regular forms are above)."""
    head = stem[:-1]
    if final == "ㅅ":
        return [head + hangul.compose(initial, vowel, "-") + ("아" if bright else "어")]
    if final == "ㄷ":
        return [head + hangul.compose(initial, vowel, "ㄹ") + ("아" if bright else "어")]
    if final == "ㅂ":
        return [head + hangul.compose(initial, vowel, "-") + ("와" if vowel == "ㅗ" else "워")]
    return []


UNCONTRACT = {
    "ㅏ": ("ㅡ",),
    "ㅕ": ("ㅣ",),
    "ㅘ": ("ㅗ",),
    "ㅝ": ("ㅜ",),
    "ㅙ": ("ㅚ",),
    "ㅓ": ("ㅡ",),
    "ㅐ": ("ㅏ",),
}
"""The stem vowel a contracted infinitive comes from (혀 <- 히, 와 <- 오, 써 <- 쓰, 해 <- 하)."""


def bases(prefix: str) -> list[str]:
    """The stems a token's first syllables may come from: as written, without a final ㄴ, ㄹ,
    ㅁ or ㅆ (간 -> 가, 넘김 -> 넘기), and a contracted infinitive undone (얹혀 -> 얹히,
    왔 -> 오, 했 -> 하)."""
    out = [prefix]
    last = prefix[-1]
    if not "가" <= last <= "힣":
        return out
    initial, vowel, final = hangul.decompose(last)
    if final in ("ㄴ", "ㄹ", "ㅁ", "ㅆ"):
        out.append(prefix[:-1] + hangul.compose(initial, vowel, "-"))
    if final in ("", "-", "ㅆ"):
        for old in UNCONTRACT.get(vowel, ()):
            out.append(prefix[:-1] + hangul.compose(initial, old, "-"))
        out.extend(_irregular_bases(prefix, initial, vowel))
    return out


def _irregular_bases(prefix: str, initial: str, vowel: str) -> list[str]:
    """The stems of the 르 and ㅂ irregular infinitives (몰라 -> 모르, 추워 -> 춥, 도와 -> 돕)."""
    if len(prefix) < 2 or not "가" <= prefix[-2] <= "힣":
        return []
    pi, pv, pf = hangul.decompose(prefix[-2])
    head = prefix[:-2]
    if initial == "ㄹ" and vowel in ("ㅏ", "ㅓ") and pf == "ㄹ":
        return [head + hangul.compose(pi, pv, "-") + "르"]
    if initial == "ㅇ" and vowel in ("ㅝ", "ㅘ") and pf in ("", "-"):
        return [head + hangul.compose(pi, pv, "ㅂ")]
    return []
