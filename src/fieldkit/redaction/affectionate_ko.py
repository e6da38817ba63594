"""The affectionate -이 in the slots ``cues_ko._affectionate`` leaves (issue 11, round 13).

Korean adds 이 to a given name that ends in a consonant (한결이, 옥분이) and to nothing
else: after a common noun the particle follows directly (사람에게, 사람네, 사람 엄마).
So W + 이 + a particle that itself needs no 이 says "W is called", whenever W + 이 is not
a word of its own (아이, 고양이, 길이 and 먹이 are).  ``cues_ko`` reads one particle after
the 이; this module reads the rest of the slot:

* **a particle chain**: 이에게는, 이한테도, 이하고는, 이네서, 이는요 (the particle, then a
  topic, additive or polite ending);
* **a teknonym**: W이 엄마가, W이 아빠는, W이 할머니네 (a parent or grandparent named by
  the child; 봄이 엄마 is "Bom's mother": the subject particle would not stand before a
  second subject here), unless the kin word is predicated (X이 엄마가 되다, 엄마 같다);
* **a rare one-syllable word** with 이가/이는/이를 (옥이가): ``cues_ko`` refuses every
  one-syllable word, since dialect doubles the subject particle on common ones (밥이가,
  돈이가); a word outside the commonest ``COMMON_RANK`` is a name far more often.

W is redacted with its 이 before a particle (the name as she is called), alone before a
kin word (the round 7 teknonym rule's span); uncertain when W is a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data, korean
from fieldkit.redaction.cues import closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.namelike_ko import human_verb_at, namelike_syllables
from fieldkit.redaction.resources import Resources

__all__ = ["find_affectionate_more"]

COMMON_RANK = 3000
"""A one-syllable word among this many most frequent ones (밥, 돈, 집, 봄) takes the
dialect's doubled subject particle (밥이가) too often to count as a name there."""

_KIN = "엄마 아빠 어머니 아버지 어매 엄니 오마니 아바이 아부지 할머니 할아버지 할매"
_KIN_TAIL = "가 는 도 를 의 네 께서 한테 하고 랑 이랑 네가 네는 네서 네집 네로"
_CHAIN = "에게 한테 하고 네 에게서 한테서"
_CHAIN_TAIL = "는 도 서 만 요 는요 도요 가"
_COMMON_AFTER = "는 를 도 한테 한테서 하고 에게 네가 네는 네집 는요"
"""What a common one-syllable word takes after 이 only as a name: the dialect doubles the
subject particle (밥이가), never the topic or object one (별이는 is Byeol, the star is 별은).
이가 counts only before a verb only people do (솔이가 울었어요), 이네 before a household
noun (별이네 집)."""
_PREDICATED = lazy_pattern(r"\s?(?:되|돼|됐|같|처럼|만큼|보다|노릇|역할)")


def _alt(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    return {
        "slot": re.compile(
            rf"이(?:(?:{_alt(_CHAIN)})(?:{_alt(_CHAIN_TAIL)})|(?:가|는|도|를)요"
            rf"|(?P<kin>\s(?:{_alt(_KIN)})(?:{_alt(_KIN_TAIL)})?))(?![가-힣])"
        ),
        "one": re.compile(r"이(?:가|는|를)(?![가-힣])"),
        "one_common": re.compile(
            rf"이(?:(?:{_alt(_COMMON_AFTER)})(?![가-힣])|가(?=\s)|네(?=\s(?:집|식구|가족)))"
        ),
        "stem": re.compile(r"(?<![가-힣0-9])([가-힣]{1,3})$"),
    }


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    return frozenset(data.lexicon_ranked("ko")[:COMMON_RANK])


def _called(
    stem: str, res: Resources, *, surname_ok: bool = False, closed_ok: bool = False
) -> bool | None:
    """None when W + 이 is no called name; else whether W is an ordinary word.  A surname
    and its particle (김이 왔다) is no called name, but 이가 after it is (옥이가).  With
    ``closed_ok`` a closed word that is a given-name syllable counts too (round 26)."""
    if not korean.final_consonant(stem[-1]) or stem + "이" in res.lex_ko:
        return None  # 아이가, 길이가: a word ending in 이
    if stem in closed_words("ko") and not (closed_ok and _closed_given(stem, res)):
        return None
    if stem in res.keep_native or stem in res.gaz_hangul:
        return None
    if korean.verb_stem(stem + "이", res) or (stem in res.sur_ko_hangul and not surname_ok):
        return None  # 먹이, 높이: a verb's noun; 김이: the surname and its particle
    return stem in res.lex_ko or korean.ordinary(stem, res)


def _closed_given(stem: str, res: Resources) -> bool:
    """분 of 분이는, 분이를: a closed word (분, "person", honorific) that is also a given
    name's syllable and no surname; after it Korean writes 은 and 을, never 이는 or 이를, so
    there the 이 is a name's (분이는 회령서 나왔어요: round 26)."""
    return len(stem) == 1 and stem in namelike_syllables() and stem not in res.sur_ko_hangul


def _hit(start: int, stem: str, uncertain: bool, rule: str, *, with_i: bool = True) -> Hit:
    """The name with its 이 before a particle (은결이에게 -> [인물-1]에게), as ``cues_ko``
    does; before a kin word the name alone (솔이 엄마 -> [인물-1]이 엄마, round 7)."""
    return Hit(
        start=start,
        end=start + len(stem) + with_i,
        label="PERSON",
        detector="cue",
        rule=rule + ("_ordinary" if uncertain else ""),
        uncertain=uncertain,
        core=(start, start + len(stem)),
    )


def find_affectionate_more(folded: str, res: Resources) -> Iterator[Hit]:
    """Names with the affectionate 이 in a particle chain, a teknonym, or a rare one-syllable
    word with the subject, topic or object particle."""
    if "이" not in folded:
        return
    rx = _rx()
    for anchor in rx["slot"].finditer(folded):
        found = rx["stem"].search(folded, max(0, anchor.start() - 3), anchor.start())
        if found is None:
            continue
        stem = found.group(1)
        kin = anchor.group("kin") is not None
        if kin and _PREDICATED().match(folded, anchor.end()):
            continue  # 사람이 엄마가 되면: "a person becomes a mother"
        if len(stem) == 1 and not kin and stem in _common():
            continue
        uncertain = _called(stem, res)
        if uncertain is not None:
            yield _hit(found.start(1), stem, uncertain, "affectionate_i_slot", with_i=not kin)
    for anchor in rx["one"].finditer(folded):
        found = rx["stem"].search(folded, max(0, anchor.start() - 1), anchor.start())
        if found is None or found.group(1) in _common() or found.group(1) not in res.lex_ko:
            continue  # only the one-syllable words ``cues_ko`` refuses
        uncertain = _called(found.group(1), res, surname_ok=True)
        if uncertain is not None:
            yield _hit(found.start(1), found.group(1), uncertain, "affectionate_i_rare_word")
    yield from _common_one_syllable(folded, res)
    yield from _quoted(folded, res)


_QUOTED = re.compile(
    r"[\"'“‘]([가-힣]{1,4})[\"'”’]이(?:가|는|를|도|랑|한테|하고|에게|네)(?![가-힣])"
)


def _quoted(folded: str, res: Resources) -> Iterator[Hit]:
    """ "구름"이가 제 딸이에요: a quoted word with the affectionate 이 glued after the quote
    (round 14); the quote says "this is what she is called", the 이 that it is a name."""
    if "이" not in folded:
        return
    for match in _QUOTED.finditer(folded):
        stem = match.group(1)
        if not korean.final_consonant(stem[-1]) or stem in closed_words("ko"):
            continue
        if stem in res.gaz_hangul or korean.verb_like(stem, res):
            continue
        yield _hit(match.start(1), stem, stem in res.lex_ko, "affectionate_i_quoted", with_i=False)


def _causative(stem: str, res: Resources) -> bool:
    """W이다 is a verb (죽이다, 놓이다, 붙이다) when the lexicon holds its 여 or 였 form."""
    return stem + "여" in res.lex_ko or stem + "였" in res.lex_ko


_OBJECT_BEFORE = lazy_pattern(r"[가-힣][을를]\s$")
_NOUN_AFTER = lazy_pattern(r"\s(?:것|거|게|날|때|데|곳|중|동안|사람|냄새|소리|일|걸)(?![가-힣])")


def _adnominal(folded: str, start: int, anchor: re.Match[str]) -> bool:
    """W이는 after an object or before a bound noun is a verb's adnominal (약을 달이는,
    달이는 동안): a name's topic has neither."""
    if anchor.group() != "이는":
        return False
    before = _OBJECT_BEFORE().search(folded, max(0, start - 3), start) is not None
    return before or _NOUN_AFTER().match(folded, anchor.end()) is not None


def _common_one_syllable(folded: str, res: Resources) -> Iterator[Hit]:
    """A common one-syllable word with 이 and a particle other than 가 (별이는, 봄이한테):
    after a noun Korean writes 은, 을, 도 directly, so only a name takes the 이 here;
    uncertain, since the word is common."""
    rx = _rx()
    for anchor in rx["one_common"].finditer(folded):
        found = rx["stem"].search(folded, max(0, anchor.start() - 1), anchor.start())
        if found is None or found.group(1) not in _common():
            continue  # the rarer ones are the rule above's
        if anchor.group() == "이가" and not human_verb_at(folded, anchor.end()):
            continue  # 밥이가 없어서: the dialect's doubled subject, unless a person acts
        if _causative(found.group(1), res) or _adnominal(folded, found.start(1), anchor):
            continue  # 죽이는 날, 약을 달이는 냄새: a verb in 이다, not a name's 이
        if _called(found.group(1), res, closed_ok=anchor.group() != "이가") is not None:
            yield _hit(found.start(1), found.group(1), True, "affectionate_i_common_word")
