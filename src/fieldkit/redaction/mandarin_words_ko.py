"""Chinese words said in Korean: 꽁즈 (工资, wages), 쑈제 (小姐), 뗀화 (电话), 찡차 (警察).

Women who lived years among Han Chinese and Korean-Chinese speak their Chinese words in the
middle of Korean, spelled as they sound, seldom as the National Institute of Korean
Language's table spells them (工资 is 궁쯔 there).  No Korean dictionary holds them, and
their shape is a Chinese name's (a Mandarin syllable or two), so the catch-all read them
as unknown names: half of the false positives of the third and fourth precision sets
(rounds 23 and 24).

``data/mandarin_words_ko.txt`` holds a *loose key* of each spoken form of the 15,000 most
frequent Chinese words of two to four characters (``lexicon_zh.txt``, wordfreq), every
reading of each character (``hanzi.tsv``, pypinyin) transcribed by the NIKL table
(``mandarin_ko.transcribe``) and by the spoken variants ``spoken_forms`` lists (라오 as 로,
샤오 as 쇼, 터우 as 토우, 궁 as 공, 뎬 as 덴, 웨 as 위에).  The key forgets what speakers
change at will: a tense initial is its plain one (꽁 공, 쑈 쇼, 뗀 덴), ㅐ ㅒ ㅖ ㅕ are ㅔ,
and after ㅈ ㅊ ㅅ a y-vowel is its plain vowel (쟈 자).  ``scripts/build_mandarin_words_ko.py``
writes the file.

A word found there is no name to the weak rules (an unknown noun read as a person, a
Mandarin name with no cue: ``chinese_word``), unless it opens with a common surname and is
of a name's length, since 李明 (리밍) is also 黎明, "dawn": there the rules still redact,
uncertain.  Places are never cleared: 宽甸 (관뎬) and 厚昌 (후창) sound like words too.
"""

from __future__ import annotations

from functools import lru_cache

from fieldkit.redaction import data
from fieldkit.redaction.hangul import PLAIN_OF_TENSE, compose, decompose
from fieldkit.redaction.hangul_chinese import CHINESE_SURNAMES, CHINESE_SURNAMES_2
from fieldkit.redaction.resources import Resources

__all__ = ["chinese_word", "loose_key", "mandarin_word", "spoken_forms"]

_VOWEL = {"ㅖ": "ㅔ", "ㅒ": "ㅔ", "ㅐ": "ㅔ", "ㅕ": "ㅔ"}
_PLAIN_AFTER = {"ㅑ": "ㅏ", "ㅕ": "ㅓ", "ㅛ": "ㅗ", "ㅠ": "ㅜ", "ㅖ": "ㅔ"}


def loose_key(word: str) -> str | None:
    """The word as the key forgets it (see the module doc), None unless all Hangul."""
    out = []
    for char in word:
        if not "가" <= char <= "힣":
            return None
        initial, vowel, final = decompose(char)
        initial = PLAIN_OF_TENSE.get(initial, initial)
        if initial in ("ㅈ", "ㅊ", "ㅅ"):
            vowel = _PLAIN_AFTER.get(vowel, vowel)
        out.append(compose(initial, _VOWEL.get(vowel, vowel), final))
    return "".join(out)


def spoken_forms(standard: str) -> set[str]:
    """The NIKL spelling of one pinyin syllable and the spoken forms it takes."""
    forms = {standard}
    parts = [decompose(char) for char in standard]  # a missing final is "-"
    if len(parts) == 2:
        (initial, vowel, final), second = parts
        if second[:2] == ("ㅇ", "ㅗ") and final == "-" and vowel in ("ㅏ", "ㅑ"):
            forms.add(compose(initial, "ㅗ" if vowel == "ㅏ" else "ㅛ", "-"))  # 라오 로
        if second[:2] == ("ㅇ", "ㅜ") and vowel == "ㅓ":
            forms |= {compose(initial, "ㅗ", "-") + "우", compose(initial, "ㅗ", "-")}  # 터우
        if second[:2] == ("ㅇ", "ㅣ") and final == "-" and vowel in ("ㅏ", "ㅔ"):
            forms.add(compose(initial, "ㅐ" if vowel == "ㅏ" else "ㅔ", "-"))  # 차이 채
    if len(parts) == 1:
        initial, vowel, final = parts[0]
        swap = {"ㅜ": "ㅗ", "ㅠ": "ㅛ"} if final == "ㅇ" else {"ㅝ": "ㅗ", "ㅡ": "ㅣ", "ㅓ": "ㅡ"}
        if vowel in swap and not (vowel == "ㅓ" and final != "-"):
            forms.add(compose(initial, swap[vowel], final))  # 궁 공, 궈 고, 즈 지, 더 드
        if vowel == "ㅞ" and initial == "ㅇ":
            forms.add("위" + compose("ㅇ", "ㅔ", final))  # 웨 위에
    return forms


@lru_cache(maxsize=1)
def _keys() -> frozenset[str]:
    return frozenset(data.first_column("mandarin_words_ko.txt"))  # round 28, speed


def mandarin_word(word: str) -> bool:
    """Whether ``word`` (Hangul, two syllables or more) is a frequent Chinese word's sound."""
    if len(word) < 2:
        return False
    key = loose_key(word)
    return key is not None and key in _keys()


def chinese_word(stem: str, res: Resources) -> bool:
    """A Chinese word said in Korean (``mandarin_word``) that is no common name's shape: a
    common Chinese or Korean surname and one or two syllables stays a possible name (리밍
    is 李明 as often as 黎明, "dawn"; 자오원 is 赵文)."""
    if not mandarin_word(stem):
        return False
    for size in (2, 1):
        surname, rest = stem[:size], stem[size:]
        common = surname in CHINESE_SURNAMES or surname in CHINESE_SURNAMES_2
        if 1 <= len(rest) <= 2 and (common or (size == 1 and surname in res.sur_ko_hangul)):
            return False
    return True
