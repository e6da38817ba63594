"""Chinese given names and nicknames without a surname (issue 11, round 9).

A chat or a letter between two women calls them by the given name alone (顺姬, 美玲), by a
diminutive (小雪, 阿英, 老三) or by the given name and a kinship address (英子姐); the
surname rules of ``chinese.py`` see none of them.  The class is a slot of Chinese grammar,
not a list of names (no public list of the characters in given names was found that was
not built from leaked personal records: see docs/redaction.md, round 9):

* **after a cue verb** (我是, 叫, 跟, 告诉, 见到: the ``cue`` rows of ``chinese.tsv``; not
  after a role noun, where a verb follows as often), a piece of exactly two characters
  that ends its clause or stands before 说, 在, 的 and the like, and is no word, function
  word, place, role or number: a person, uncertain; after a naming word (叫, 我是) a
  diminutive (小, 阿, 老 and one character) or a doubled character (丽丽) even when the
  word list holds it (小雪 "light snow"; 为人老实 stays), uncertain;
* **before a kinship address** that opens a clause and ends it (英子姐，, 春花姨:), the two
  characters before the address, on the same terms: a person, uncertain.

``hanzi_names_in_korean`` reads the same diminutives inside a Korean sentence: after a
role or kinship noun (딸 小雪) or before a Korean particle of a person (小雪이, 小雨야).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data
from fieldkit.redaction.cuewords import alternation, cue_words, gazetteer_entry
from fieldkit.redaction.hangul import PLAIN_OF_TENSE, compose, decompose
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.mandarin_ko import transcribe
from fieldkit.redaction.resources import Resources

__all__ = [
    "XING_PERSON_NOUNS",
    "given_after_cue",
    "given_before_address",
    "hanzi_names_in_korean",
    "mandarin_readings",
    "not_a_given_name",
    "surname_before_xing",
    "two_opening_a_clause",
]

_HAN = "\u4e00-\u9fff"
_DIMINUTIVE = frozenset("小阿老")
_AFTER = frozenset("说在也都就还又的呢吗啊呀了来去家和跟")
"""Characters a name stands before at the end of its slot (顺姬说, 大刚在, 美玲的)."""
_NUMBER = frozenset("一二三四五六七八九十百千万亿两几半零年月日号点分元块个次岁")
_ADDRESS = lazy_pattern(r"(?:大姐|大哥|姐姐|哥哥|姐|哥|妹|姨|叔|婶|嫂)(?=[，,！!：:。、\s])")
_HANZI_RUN = lazy_pattern(rf"[{_HAN}]+")
_KO_PARTICLE = lazy_pattern(
    rf"([{_HAN}]{{2}})(?:이가|이는|이를|이랑|이도|이야|이라고|이라는|이한테|이네|"
    r"야|아|이|가|는|을|를|랑|한테|에게|라고|라는|도)(?![가-힣])"
)


@lru_cache(maxsize=1)
def _verb_cue() -> re.Pattern[str]:
    """The cue verbs and naming words (我是, 叫, 跟, 告诉: ``cue`` rows of ``chinese.tsv``
    and ``titles.tsv``), not the role nouns: after 亲戚 or 婆婆 a verb follows as often as
    a name (亲戚家躲了, 帮婆婆喂猪)."""
    words = (*data.chinese_words()["cue"], *data.titles()[("cue", "zh")])
    return re.compile(rf"(?:{alternation(words)})[了过着]?\s*$")


@lru_cache(maxsize=1)
def _naming_cue() -> re.Pattern[str]:
    """The naming words after which a diminutive that is also a word is still a name
    (叫小雪, 我是小雪; 为人老实 is no name)."""
    words = (*data.titles()[("cue", "zh")], "我是", "就是")
    return re.compile(rf"(?:{alternation(words)})\s*$")


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    titles = data.titles()
    return frozenset(
        (*titles[("role", "zh")], *titles[("suffix", "zh")], *titles[("honorific", "zh")])
    )


def _shaped(word: str) -> bool:
    """A diminutive (小雪, 阿英, 老三) or a doubled character (丽丽): a name's shape."""
    return word[0] in _DIMINUTIVE or word[0] == word[1]


def _rejected(word: str, res: Resources, shaped_ok: bool) -> bool:
    """No name: a word (unless shaped like a name where ``shaped_ok``), a function word,
    a place, a kept word, a role or title, or a number."""
    if any(c in res.function_zh or c in _NUMBER for c in word):
        return True
    if word in res.keep_native or word in _roles() or gazetteer_entry(word, res) is not None:
        return True
    return word in res.lex_zh and not (shaped_ok and _shaped(word))


def not_a_given_name(word: str, res: Resources) -> bool:
    """``_rejected`` for a slot that takes a name's shape (round 11's passive slot)."""
    return _rejected(word, res, shaped_ok=True)


def _person(start: int, end: int, rule: str) -> Hit:
    return Hit(start=start, end=end, label="PERSON", detector="name", rule=rule, uncertain=True)


def given_after_cue(folded: str, start: int, stop: int, res: Resources) -> Hit | None:
    """顺姬 of 我是顺姬。, 大刚 of 别告诉大刚。: the cued piece ``[start, stop)`` when it is
    two characters that end their slot (module doc)."""
    if stop - start != 2:
        return None
    after = folded[stop : stop + 1]
    if after and "\u4e00" <= after <= "\u9fff" and after not in _AFTER:
        return None
    window = max(0, start - 6)
    if _verb_cue().search(folded, window, start) is None:
        return None
    word = folded[start:stop]
    naming = _naming_cue().search(folded, window, start) is not None
    if _rejected(word, res, shaped_ok=naming):
        return None
    return _person(start, stop, "zh_given_after_cue")


def two_opening_a_clause(folded: str, end: int) -> int | None:
    """Where two Hanzi before ``end`` start, when they open their clause (a name before an
    address or a possessive: 英子姐, 强子他奶奶); None when the run before is longer or shorter."""
    start = end - 2
    if start < 0 or not _HANZI_RUN().fullmatch(folded, start, end):
        return None
    if start and _HANZI_RUN().match(folded, start - 1):
        return None  # the name opens its clause: two characters, no more
    return start


def given_before_address(folded: str, res: Resources) -> Iterator[Hit]:
    """英子姐，: the two characters before a kinship address that ends its clause."""
    for address in _ADDRESS().finditer(folded):
        start = two_opening_a_clause(folded, address.start())
        if start is None:
            continue
        word = folded[start : address.start()]
        if not _rejected(word, res, shaped_ok=True):
            yield _person(start, address.start(), "zh_given_before_address")


@lru_cache(maxsize=1)
def _role_before() -> re.Pattern[str]:
    c = cue_words()
    nouns = alternation(c.get("role", "ko") + c.get("kinship", "ko"))
    return re.compile(rf"(?<![가-힣])(?:{nouns})(?:은|는|이|가)?\s$")


def hanzi_names_in_korean(folded: str, res: Resources) -> Iterator[Hit]:
    """A diminutive or doubled Hanzi name in a Korean sentence (小雪이, 딸 小雪,): the
    catch-all flags a Hanzi run no word list knows, but leaves 小雪 ("light snow")."""
    for run in _HANZI_RUN().finditer(folded):
        word = run.group()
        if len(word) != 2 or not _shaped(word) or _rejected(word, res, shaped_ok=True):
            continue
        if _KO_PARTICLE().match(folded, run.start()):
            yield _person(*run.span(), "zh_diminutive_in_korean")
        elif _apposed(folded, run.start(), run.end()):
            yield _person(*run.span(), "zh_diminutive_after_role")


def _apposed(folded: str, start: int, end: int) -> bool:
    """The run stands alone after a role or kinship noun (딸 小雪, 아들 小龙(12))."""
    if not start or not folded[start - 1].isspace():
        return False
    if end < len(folded) and folded[end] not in ",. \t\n(":
        return False
    return _role_before().search(folded, max(0, start - 12), start) is not None


@lru_cache(maxsize=4096)
def mandarin_readings(hanzi: str) -> frozenset[str]:
    """The Hangul of a Hanzi name in its Mandarin sound by the NIKL table (于海 -> 위하이):
    every pinyin reading of each character (``hanzi.tsv``), at most 64 strings."""
    table = data.hanzi_readings()
    out = {""}
    for char in hanzi:
        sounds = {transcribe(p) for p in table.get(char, ((), ()))[0]} - {None}
        if not sounds:
            return frozenset()
        out = {head + str(sound) for head in out for sound in sounds}
        if len(out) > 64:
            return frozenset()
    return frozenset(out | {_tensed(reading) for reading in out})


_TENSE_OF = {plain: tense for tense, plain in PLAIN_OF_TENSE.items() if plain != "ㅅ"}
"""ㄱ ㄷ ㅂ ㅈ -> ㄲ ㄸ ㅃ ㅉ: Mandarin has no ㅅ that is heard tense."""


def _tensed(reading: str) -> str:
    """The reading as Korean speakers write Mandarin's unaspirated b, d, g, zh and j by ear:
    tense (大海 다하이 -> 따하이, 张 장 -> 짱, 公安 궁안 -> 꿍안; the table's standard
    transcription writes them plain): every such initial tensed (round 33)."""
    out = []
    for syllable in reading:
        initial, vowel, final = decompose(syllable)
        tense = _TENSE_OF.get(initial)
        out.append(compose(tense, vowel, final) if tense else syllable)
    return "".join(out)


XING_PERSON_NOUNS = (
    "男子",
    "女子",
    "男人",
    "女人",
    "男",
    "女",
    "老板",
    "人家",
    "一家",
    "村民",
    "师傅",
)


def surname_before_xing(folded: str, xing: int, res: Resources) -> tuple[int, int] | None:
    """孙姓男子, 一名金姓女子: in formal writing the surname comes before 姓 and a person
    noun follows; 百姓, 同姓 and 贵姓 are words, not a surname before 姓."""
    if not folded.startswith(XING_PERSON_NOUNS, xing + 1):
        return None
    for size in (2, 1):
        start = xing - size
        if start < 0 or folded[start:xing] not in res.sur_zh_hanzi:
            continue
        if folded[start : xing + 1] in res.lex_zh or folded[start - 1 : xing + 1] in res.lex_zh:
            return None
        return (start, xing)
    return None
