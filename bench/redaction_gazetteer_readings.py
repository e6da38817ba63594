"""Readings the gazetteer build writes out: Chinese-reading Hangul and Korean romanisations.

Build-time helpers for ``bench/redaction_build_gazetteer.py``; the engine never
imports this module.

* ``pinyin_to_hangul``: a pinyin syllable in Hangul, following the National
  Institute of Korean Language's rules for Chinese (외래어 표기법, 중국어의
  주음 부호와 한글 대조표): 延吉 Yanji -> 옌지, 珲春 Hunchun -> 훈춘, 青岛
  Qingdao -> 칭다오.  The table is ``INITIALS`` and ``FINALS`` below; the two
  rules on top of it are the ones the standard states: after zh, ch, sh, r,
  z, c, s the vowel ``i`` is written ㅡ (Shi -> 스), and after ㅈ and ㅊ a
  y-vowel loses its glide (jia -> 자, jie -> 제, jiu -> 주; but xia -> 샤).
* ``mccune_reischauer`` and ``revised``: a Hangul place name in the two
  romanisations North Korean place names are printed in (McCune-Reischauer
  without diacritics, as typed: 청진 -> Chongjin, and Revised: Cheongjin),
  with the sound changes at syllable joins that both systems write
  (신의주 -> Sinuiju, 백암 -> Paegam / Baegam, 종로 -> Chongno / Jongno).
  ``mccune_reischauer(..., apostrophes=True)`` keeps the aspiration marks
  (Ch'ongjin), which a tokenizer splits into two words, so both are listed.
"""

from __future__ import annotations

import unicodedata

INITIALS = {
    "b": "ㅂ", "p": "ㅍ", "m": "ㅁ", "f": "ㅍ", "d": "ㄷ", "t": "ㅌ", "n": "ㄴ", "l": "ㄹ",
    "g": "ㄱ", "k": "ㅋ", "h": "ㅎ", "j": "ㅈ", "q": "ㅊ", "x": "ㅅ", "zh": "ㅈ", "ch": "ㅊ",
    "sh": "ㅅ", "r": "ㄹ", "z": "ㅉ", "c": "ㅊ", "s": "ㅆ",
}  # fmt: skip
"""Pinyin initials -> Hangul initial jamo (ㅇ when a syllable has none)."""

FINALS: dict[str, tuple[tuple[str, str], ...]] = {
    "a": (("ㅏ", ""),), "o": (("ㅗ", ""),), "e": (("ㅓ", ""),), "ai": (("ㅏ", ""), ("ㅣ", "")),
    "ei": (("ㅔ", ""), ("ㅣ", "")), "ao": (("ㅏ", ""), ("ㅗ", "")), "ou": (("ㅓ", ""), ("ㅜ", "")),
    "an": (("ㅏ", "ㄴ"),), "en": (("ㅓ", "ㄴ"),), "ang": (("ㅏ", "ㅇ"),), "eng": (("ㅓ", "ㅇ"),),
    "er": (("ㅓ", "ㄹ"),), "ong": (("ㅜ", "ㅇ"),),
    "i": (("ㅣ", ""),), "ia": (("ㅑ", ""),), "ie": (("ㅖ", ""),), "iao": (("ㅑ", ""), ("ㅗ", "")),
    "iu": (("ㅠ", ""),), "ian": (("ㅖ", "ㄴ"),), "in": (("ㅣ", "ㄴ"),), "iang": (("ㅑ", "ㅇ"),),
    "ing": (("ㅣ", "ㅇ"),), "iong": (("ㅠ", "ㅇ"),),
    "u": (("ㅜ", ""),), "ua": (("ㅘ", ""),), "uo": (("ㅝ", ""),), "uai": (("ㅘ", ""), ("ㅣ", "")),
    "ui": (("ㅜ", ""), ("ㅣ", "")), "uan": (("ㅘ", "ㄴ"),), "un": (("ㅜ", "ㄴ"),),
    "uang": (("ㅘ", "ㅇ"),), "ueng": (("ㅝ", "ㅇ"),),
    "v": (("ㅟ", ""),), "ve": (("ㅞ", ""),), "vn": (("ㅟ", "ㄴ"),),
    "van": (("ㅟ", ""), ("ㅏ", "ㄴ")),
}  # fmt: skip
"""Pinyin finals (``v`` is ü) -> (vowel, final consonant) per Hangul syllable."""

_STANDALONE = {
    "yi": "i", "ya": "ia", "ye": "ie", "yao": "iao", "you": "iu", "yan": "ian", "yin": "in",
    "yang": "iang", "ying": "ing", "yong": "iong", "wu": "u", "wa": "ua", "wo": "uo",
    "wai": "uai", "wan": "uan", "wang": "uang", "weng": "ueng", "yu": "v", "yue": "ve",
    "yuan": "van", "yun": "vn",
}  # fmt: skip
_SPECIAL = {"wei": (("ㅞ", ""), ("ㅣ", "")), "wen": (("ㅝ", "ㄴ"),)}
_GLIDE_DROP = {"ㅑ": "ㅏ", "ㅕ": "ㅓ", "ㅖ": "ㅔ", "ㅛ": "ㅗ", "ㅠ": "ㅜ", "ㅒ": "ㅐ"}
_JAMO_I = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JAMO_V = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JAMO_F = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")


def _compose(initial: str, vowel: str, final: str) -> str:
    code = _JAMO_I.index(initial) * 588 + _JAMO_V.index(vowel) * 28 + _JAMO_F.index(final)
    return chr(0xAC00 + code)


def _split_pinyin(syllable: str) -> tuple[str, str]:
    for size in (2, 1):
        if syllable[:size] in INITIALS and len(syllable) > size:
            return syllable[:size], syllable[size:]
    return "", syllable


def pinyin_to_hangul(syllable: str) -> str | None:
    """One toneless pinyin syllable (``v`` or ``u`` for ü) in Hangul, or None if not pinyin."""
    syllable = syllable.lower().replace("ü", "v")
    if syllable in _SPECIAL:
        return "".join(_compose("ㅇ", v, f) for v, f in _SPECIAL[syllable])
    syllable = _STANDALONE.get(syllable, syllable)
    initial, final = _split_pinyin(syllable)
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "v" + final[1:]
    parts = FINALS.get(final)
    if parts is None:
        return None
    out = []
    for index, (vowel, coda) in enumerate(parts):
        onset = INITIALS[initial] if initial and index == 0 else "ㅇ"
        if index == 0 and final == "i" and initial in ("zh", "ch", "sh", "r", "z", "c", "s"):
            vowel = "ㅡ"
        if index == 0 and onset in "ㅈㅊ" and initial in ("j", "q"):
            vowel = _GLIDE_DROP.get(vowel, vowel)
        out.append(_compose(onset, vowel, coda))
    return "".join(out)


def pinyin_word_to_hangul(syllables: list[str]) -> str | None:
    """Several pinyin syllables in Hangul (None if any is not a syllable)."""
    parts = [pinyin_to_hangul(s) for s in syllables]
    return None if any(p is None for p in parts) else "".join(p for p in parts if p)


# --- Korean romanisation (build time only) -------------------------------------------------

_RR_INITIAL = dict(
    zip(_JAMO_I, str.split("g kk n d tt r m b pp s ss - j jj ch k t p h"), strict=True)
)
_MR_INITIAL = dict(
    zip(_JAMO_I, str.split("k kk n t tt r m p pp s ss - ch tch ch' k' t' p' h"), strict=True)
)
_MR_VOICED = {"k": "g", "t": "d", "p": "b", "ch": "j"}
_VOWEL = {
    "ㅏ": ("a", "a"), "ㅐ": ("ae", "ae"), "ㅑ": ("ya", "ya"), "ㅒ": ("yae", "yae"),
    "ㅓ": ("eo", "o"), "ㅔ": ("e", "e"), "ㅕ": ("yeo", "yo"), "ㅖ": ("ye", "ye"),
    "ㅗ": ("o", "o"), "ㅘ": ("wa", "wa"), "ㅙ": ("wae", "wae"), "ㅚ": ("oe", "oe"),
    "ㅛ": ("yo", "yo"), "ㅜ": ("u", "u"), "ㅝ": ("wo", "wo"), "ㅞ": ("we", "we"),
    "ㅟ": ("wi", "wi"), "ㅠ": ("yu", "yu"), "ㅡ": ("eu", "u"), "ㅢ": ("ui", "ui"), "ㅣ": ("i", "i"),
}  # fmt: skip
"""Vowel -> (Revised, McCune-Reischauer without its breves: ŏ and ŭ are typed o and u)."""
_FINAL_SOUND = {
    "ㄱ": "k", "ㄲ": "k", "ㅋ": "k", "ㄳ": "k", "ㄺ": "k", "ㄴ": "n", "ㄵ": "n", "ㄶ": "n",
    "ㄷ": "t", "ㅅ": "t", "ㅆ": "t", "ㅈ": "t", "ㅊ": "t", "ㅌ": "t", "ㅎ": "t", "ㄹ": "l",
    "ㄼ": "l", "ㄽ": "l", "ㄾ": "l", "ㅀ": "l", "ㅁ": "m", "ㄻ": "m", "ㅂ": "p", "ㅍ": "p",
    "ㅄ": "p", "ㄿ": "p", "ㅇ": "ng",
}  # fmt: skip
_LIAISON = {
    "ㄱ": "ㄱ",
    "ㄷ": "ㄷ",
    "ㅂ": "ㅂ",
    "ㅅ": "ㅅ",
    "ㅈ": "ㅈ",
    "ㄹ": "ㄹ",
    "ㄴ": "ㄴ",
    "ㅁ": "ㅁ",
}


def _decompose(syllable: str) -> tuple[str, str, str]:
    index = ord(syllable) - 0xAC00
    return _JAMO_I[index // 588], _JAMO_V[(index % 588) // 28], _JAMO_F[index % 28]


def _sounds(word: str) -> list[tuple[str, str, str]]:
    """Per syllable (onset, vowel, coda sound) after the sound changes at joins."""
    parts = [list(_decompose(s)) for s in word]
    out: list[tuple[str, str, str]] = []
    for index, (onset, vowel, final) in enumerate(parts):
        coda = _FINAL_SOUND.get(final, "")
        nxt = parts[index + 1][0] if index + 1 < len(parts) else ""
        if nxt == "ㅇ" and final in _LIAISON:  # 백암 -> 배감: the final moves on
            parts[index + 1][0] = _LIAISON[final]
            coda = ""
        elif nxt in "ㄴㅁ" and nxt and coda in ("k", "p", "t"):  # 백마 -> 뱅마
            coda = {"k": "ng", "p": "m", "t": "n"}[coda]
        elif nxt == "ㄹ" and coda in ("n", "l"):  # 신리 -> 실리
            coda, parts[index + 1][0] = "l", "ㄹㄹ"
        elif nxt == "ㄹ" and coda in ("m", "ng", "k", "p"):  # 종로 -> 종노, 백리 -> 뱅니
            coda = {"k": "ng", "p": "m"}.get(coda, coda)
            parts[index + 1][0] = "ㄴ"
        out.append((onset, vowel, coda))
    return out


def revised(word: str) -> str:
    """Revised Romanisation of a Hangul word, capitalised: 혜산 -> Hyesan, 청진 -> Cheongjin."""
    out = []
    for onset, vowel, coda in _sounds(word):
        first = "l" if onset == "ㄹㄹ" else _RR_INITIAL[onset].replace("-", "")
        out.append(first + _VOWEL[vowel][0] + coda)
    return "".join(out).capitalize()


def mccune_reischauer(word: str, apostrophes: bool = False) -> str:
    """McCune-Reischauer without breves: 청진 -> Chongjin (Ch'ongjin), 평강 -> Pyonggang."""
    out = []
    voiced_before = False
    for onset, vowel, coda in _sounds(word):
        first = "l" if onset == "ㄹㄹ" else _MR_INITIAL[onset].replace("-", "")
        if voiced_before and first in _MR_VOICED:
            first = _MR_VOICED[first]
        if not apostrophes:
            first = first.replace("'", "")
        out.append(first + _VOWEL[vowel][1] + coda)
        voiced_before = coda in ("", "n", "m", "ng", "l")
    return "".join(out).capitalize()


def fold(text: str) -> str:
    """Diacritics off and curly apostrophes straight, as the engine folds text (Yánjí -> Yanji)."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain).replace("’", "'").replace("‘", "'")
