"""Korean as it is typed: Hangul to the keys of the standard (2-beolsik) keyboard, and to
Latin letters as people romanise it.

Hangul passphrases are typed on the same QWERTY keys as everything else: 안녕 is
``dkssud`` (and typed with the input method switched off, that is what ends up in a
passphrase).  Estimating a Hangul passphrase on its keystrokes measures it in the alphabet an
attacker actually searches, lets Korean words typed in either mode match one dictionary, and
turns a Hangul keyboard walk (ㅂㅈㄷㄱㅅㅛ) into the QWERTY walk it is (qwerty).
"""

from __future__ import annotations

__all__ = ["keystrokes", "romanise"]


def _table(spaced: str) -> tuple[str, ...]:
    return tuple(spaced.split())


# Tables in Unicode's jamo order; "-" is "nothing" (no final consonant, a silent initial).
_INITIAL_KEYS = _table("r R s e E f a q Q t T d w W c z x v g")
_VOWEL_KEYS = _table("k o i O j p u P h hk ho hl y n nj np nl b m ml l")
_FINAL_KEYS = _table("- r R rt s sw sg e f fr fa fq ft fx fv fg a q qt t T d w c z x v g")

_COMPAT_CONSONANTS = "ㄱㄲㄳㄴㄵㄶㄷㄸㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅃㅄㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_COMPAT_CONSONANT_KEYS = "r R rt s sw sg e E f fr fa fq ft fx fv fg a q Q qt t T d w W c z x v g"
_COMPAT_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"

_KEYS = {
    **dict(zip(_COMPAT_CONSONANTS, _table(_COMPAT_CONSONANT_KEYS), strict=True)),
    **dict(zip(_COMPAT_VOWELS, _VOWEL_KEYS, strict=True)),
}

_INITIAL_LATIN = _table("g kk n d tt r m b pp s ss - j jj ch k t p h")
_VOWEL_LATIN = _table("a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i")
_FINAL_LATIN = _table("- k k k n n n t l k m l l l p l m p p t t ng t t k t p t")
_FIRST, _LAST = 0xAC00, 0xD7A3


def _syllable(character: str) -> tuple[int, int, int] | None:
    code = ord(character)
    if not _FIRST <= code <= _LAST:
        return None
    index = code - _FIRST
    return index // 588, (index % 588) // 28, index % 28


def keystrokes(text: str) -> str:
    """``text`` as typed on a 2-beolsik keyboard: Hangul syllables and jamo become their
    keys (shift as upper case: ㄲ is ``R``); everything else stays as it is."""
    out = []
    for character in text:
        parts = _syllable(character)
        if parts is not None:
            initial, vowel, final = parts
            keys = _INITIAL_KEYS[initial] + _VOWEL_KEYS[vowel] + _FINAL_KEYS[final]
            out.append(keys.replace("-", ""))
        else:
            out.append(_KEYS.get(character, character))
    return "".join(out)


def romanise(hangul: str) -> str:
    """A plain Revised Romanization, syllable by syllable (사랑해요 -> saranghaeyo), the way
    Korean words are most often spelled in Latin letters; non-Hangul is dropped."""
    out = []
    for character in hangul:
        parts = _syllable(character)
        if parts is not None:
            initial, vowel, final = parts
            latin = _INITIAL_LATIN[initial] + _VOWEL_LATIN[vowel] + _FINAL_LATIN[final]
            out.append(latin.replace("-", ""))
    return "".join(out)
