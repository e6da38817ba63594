"""Chinese names as Korean writes their Mandarin sound (쑨더하이, 류메이, 자오 할매).

The Hangul forms are not a hand list: every pinyin syllable the Hanzi table knows
(``hanzi.tsv``, from pypinyin) and every surname of ``surnames_zh.tsv`` is transcribed by
the National Institute of Korean Language's rules for Chinese (외래어 표기법 제2장 표 4,
"중국어의 주음 부호와 한글 대조표", and 제4장 제7절; 문화체육관광부 고시 제2017-14호):
initials ㅂ ㅍ ㅁ ㅍ ㄷ ㅌ ㄴ ㄹ ㄱ ㅋ ㅎ ㅈ ㅊ ㅅ ㅈ ㅊ ㅅ ㄹ ㅉ ㅊ ㅆ, the finals of the table,
and 제7절 3항: after ㅈ ㅉ ㅊ the y-vowels ㅑ ㅖ ㅛ ㅠ are written ㅏ ㅔ ㅗ ㅜ (jia 자, jiu 주).
Testimonies also write the older or spoken forms (쟝 for 姜/江, 리우 for 刘): those of
``hangul_chinese.py`` are kept beside the generated ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import data
from fieldkit.redaction.hangul import compose
from fieldkit.redaction.hangul_chinese import CHINESE_SURNAMES, CHINESE_SURNAMES_2

__all__ = ["mandarin_surnames", "mandarin_syllables", "segments", "transcribe"]

_INITIALS = {
    "zh": "ㅈ", "ch": "ㅊ", "sh": "ㅅ", "b": "ㅂ", "p": "ㅍ", "m": "ㅁ", "f": "ㅍ", "d": "ㄷ",
    "t": "ㅌ", "n": "ㄴ", "l": "ㄹ", "g": "ㄱ", "k": "ㅋ", "h": "ㅎ", "j": "ㅈ", "q": "ㅊ",
    "x": "ㅅ", "r": "ㄹ", "z": "ㅉ", "c": "ㅊ", "s": "ㅆ",
}  # fmt: skip
# Each final as its Hangul pieces (vowel, final consonant); a second piece is its own
# syllable with the silent ㅇ (ai 아이, ao 아오, ou 어우).
_FINALS: dict[str, tuple[tuple[str, str], ...]] = {
    "a": (("ㅏ", ""),), "o": (("ㅗ", ""),), "e": (("ㅓ", ""),), "ai": (("ㅏ", ""), ("ㅣ", "")),
    "ei": (("ㅔ", ""), ("ㅣ", "")), "ao": (("ㅏ", ""), ("ㅗ", "")),
    "ou": (("ㅓ", ""), ("ㅜ", "")), "an": (("ㅏ", "ㄴ"),), "en": (("ㅓ", "ㄴ"),),
    "ang": (("ㅏ", "ㅇ"),), "eng": (("ㅓ", "ㅇ"),), "er": (("ㅓ", "ㄹ"),), "ong": (("ㅜ", "ㅇ"),),
    "i": (("ㅣ", ""),), "ia": (("ㅑ", ""),), "ie": (("ㅖ", ""),), "iao": (("ㅑ", ""), ("ㅗ", "")),
    "iu": (("ㅠ", ""),), "ian": (("ㅖ", "ㄴ"),), "in": (("ㅣ", "ㄴ"),), "iang": (("ㅑ", "ㅇ"),),
    "ing": (("ㅣ", "ㅇ"),), "iong": (("ㅠ", "ㅇ"),), "u": (("ㅜ", ""),), "ua": (("ㅘ", ""),),
    "uo": (("ㅝ", ""),), "uai": (("ㅘ", ""), ("ㅣ", "")), "ui": (("ㅜ", ""), ("ㅣ", "")),
    "uan": (("ㅘ", "ㄴ"),), "un": (("ㅜ", "ㄴ"),), "uang": (("ㅘ", "ㅇ"),), "v": (("ㅟ", ""),),
    "ve": (("ㅞ", ""),), "van": (("ㅟ", ""), ("ㅏ", "ㄴ")), "vn": (("ㅟ", "ㄴ"),),
}  # fmt: skip
_ZERO = {
    "yi": "i", "ya": "ia", "ye": "ie", "yao": "iao", "you": "iu", "yan": "ian", "yin": "in",
    "yang": "iang", "ying": "ing", "yong": "iong", "yu": "v", "yue": "ve", "yuan": "van",
    "yun": "vn", "wu": "u", "wa": "ua", "wo": "uo", "wai": "uai", "wan": "uan", "wang": "uang",
}  # fmt: skip
_ZERO_SPELLED = {"wei": "웨이", "wen": "원", "weng": "웡"}
_PLAIN = {"ㅑ": "ㅏ", "ㅖ": "ㅔ", "ㅛ": "ㅗ", "ㅠ": "ㅜ"}
_PINYIN = re.compile(r"(zh|ch|sh|[bpmfdtnlgkhjqxrzcs])?([a-zü]+)")


def transcribe(pinyin: str) -> str | None:
    """One pinyin syllable (no tone) in Hangul by the NIKL table, or None if it is none."""
    syllable = pinyin.lower().replace("ü", "v")
    if syllable in _ZERO_SPELLED:
        return _ZERO_SPELLED[syllable]
    syllable = _ZERO.get(syllable, syllable)
    match = _PINYIN.fullmatch(syllable)
    if match is None:
        return None
    initial, final = match.group(1) or "", match.group(2)
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "v" + final[1:]  # ju, quan, xun: the u after j q x is ü
    if initial in ("zh", "ch", "sh", "r", "z", "c", "s") and final == "i":
        return compose(_INITIALS[initial], "ㅡ", "-")  # zhi 즈, si 쓰
    pieces = _FINALS.get(final)
    if pieces is None:
        return None
    jamo = _INITIALS.get(initial, "ㅇ")
    out = []
    for index, (vowel, end) in enumerate(pieces):
        if index == 0 and jamo in ("ㅈ", "ㅉ", "ㅊ"):
            vowel = _PLAIN.get(vowel, vowel)  # 제7절 3항: jia 자, jiu 주, qian 첸
        out.append(compose(jamo if index == 0 else "ㅇ", vowel, end or "-"))
    return "".join(out)


@lru_cache(maxsize=1)
def mandarin_syllables() -> frozenset[str]:
    """The Hangul transcription of every pinyin syllable of ``hanzi.tsv`` (쑨, 더, 하이)."""
    found = set()
    for row in data.rows("hanzi.tsv"):
        for pinyin in row[1].split("|") if len(row) > 1 else ():
            hangul = transcribe(pinyin)
            if hangul is not None:
                found.add(hangul)
    return frozenset(found)


@lru_cache(maxsize=1)
def mandarin_surnames() -> frozenset[str]:
    """Chinese surnames in their Mandarin sound (孙 쑨, 赵 자오, 刘 류): every pinyin of
    ``surnames_zh.tsv`` transcribed, and the spoken forms of ``hangul_chinese.py``."""
    found = set(CHINESE_SURNAMES) | set(CHINESE_SURNAMES_2)
    for row in data.rows("surnames_zh.tsv"):
        for pinyin in row[2].split("|") if len(row) > 2 else ():
            hangul = transcribe(pinyin.rstrip("*"))
            if hangul is not None:
                found.add(hangul)
    return frozenset(found)


def segments(word: str, limit: int = 3) -> int:
    """How many Mandarin syllables ``word`` is read as (더하이: 더 + 하이 = 2), 0 if none:
    the fewest pieces, longest first."""
    syllables = mandarin_syllables()
    best = 0
    for cut in (2, 1):
        head = word[:cut]
        if len(head) < cut or head not in syllables:
            continue
        if cut == len(word):
            return 1
        rest = segments(word[cut:], limit - 1) if limit > 1 else 0
        if rest and (not best or rest + 1 < best):
            best = rest + 1
    return best
