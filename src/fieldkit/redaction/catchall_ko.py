"""The catch-all's Korean half: a Hangul noun phrase whose stem no rule explains.

Split out of ``catchall.py`` (which keeps the Latin capitals and the Hanzi runs) so that
each half stays short.  A stem followed by a particle that is no ordinary word, no verb
form, no compound of words and no listed title is flagged *uncertain*; a stem of a name's
shape is a person, one before a locative particle a place, one before a business's kind
noun an organisation.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import hangul, hangul_words, known_ko, korean, spoken_ko
from fieldkit.redaction.cues import closed_words
from fieldkit.redaction.famous_ko import famous_shaped
from fieldkit.redaction.hangul_chinese import CHINESE_SURNAMES, chinese_i
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import KeepSpans
from fieldkit.redaction.korean import common_surnames
from fieldkit.redaction.mandarin_words_ko import chinese_word
from fieldkit.redaction.memory import WordCache
from fieldkit.redaction.org_nouns import kind_noun_length, korean_nouns
from fieldkit.redaction.orgs_spaced_ko import kind_compound
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view
from fieldkit.redaction.things_en import thing_before
from fieldkit.redaction.things_named_ko import noun_in_i, noun_tail, thing_compound
from fieldkit.redaction.titles_ko import after_role, before_title

__all__ = ["korean_catchall"]


def _korean_hit(token: str, start: int, res: Resources, *, context: str = "") -> Hit | None:
    if token in res.lex_ko and famous_shaped(token, res):
        return _famous(start, token)  # 송혜교 할까: a famous name alone (round 14)
    listed = context == "listed" and len(token) == 3 and token in res.lex_ko
    if listed and korean.name_shaped(token, res):  # 손예진, 배우랑 이름이 똑같아요 (round 18)
        return _flagged(start, token, "hangul_name_shaped_word")
    if token in res.lex_ko or token in res.keep_native:
        return None
    standard = _standard_particle(token)
    if standard and _korean_hit(standard, start, res, context=context) is None:
        return None  # 밑으루, 토끼풀이구: the northern 로 and 고 after a word (round 26)
    stem, particle = korean.name_stem(token, res)
    token = spoken_ko.hago_for_hagu(token, particle)  # 미옥하구, 공부하구 (round 26)
    if stem in res.given_west_ko:
        return _flagged(start, stem, "hangul_western_name")  # 스티브랑, 제니였어요 (round 22)
    locative = particle in korean.LOCATIVE_PARTICLES and len(stem) >= 2
    lexicon = res.lex_ko_common if locative else res.lex_ko
    if particle and stem in lexicon and famous_shaped(stem, res):
        return _famous(start, stem)  # 이효리가 아니라: round 14
    if particle and stem in lexicon and korean.name_shaped(stem, res):
        # 박지성이: a name that is a frequent word (someone famous has it) is never kept
        # silently; with a particle after it, it is flagged for review.
        return _flagged(start, stem, "hangul_name_shaped_word")
    if particle and (stem in lexicon or stem in res.keep_native):
        return None
    if particle.startswith("이") and noun_in_i(stem + "이", res):
        return None  # 목걸이는: a word ending in 이 and its particle, not 목걸 + 이는
    if len(stem) < 2 or stem in res.gaz_hangul or korean.plural_of_word(stem, res):
        return None
    if korean.bound_compound(stem, res) or korean.counted_or_bound(stem, res):
        return None  # 구류소, 여자분, 선생님들: words joined; 한달, 다섯시, 할때: spoken Korean
    if _derived_or_mimetic(stem):
        return None  # 술주정뱅이들, 지들끼리, 쩍쩍: a word's shape no name has (round 27)
    end = start + len(stem)
    bare, tail = korean.split_particle(token)
    if tail and korean.NATIVE_NUMBER().fullmatch(bare):
        return None  # 예순이 넘었는데: an age said in native numbers (round 20)
    if "몇" in stem:
        return None  # 몇십, 열몇: "some" and a number; no name or place holds 몇 (round 22)
    if stem in res.given_ko or (stem[0] in res.sur_ko_hangul and stem[1:] in res.given_ko):
        return Hit(
            start=start,
            end=end,
            label="PERSON",
            detector="name",
            rule="hangul_given_name",
            uncertain=False,
        )
    # A dictionary noun of two given-name syllables stays a candidate before a comma (a list
    # of names) and before a locative particle (봉수에: a village as often as "a beacon").
    names_likely = context == "listed" or locative
    if known_ko.known_word(stem, res, token, dictionary=context != "quoted", listed=names_likely):
        return None
    if stem[-1] == "님" and (
        stem[:-1] in res.lex_ko or stem in closed_words("ko") or stem[-2:] in _OFFICE_NIM
    ):
        return None  # 권사님, 목사님, 집사님: an office with 님
    if korean.verb_like(token, res):
        return None  # 노래하는: a verb form
    if len(stem) == 3 and stem[0] in res.sur_ko_hangul and stem[-1] not in korean.VERB_FINAL:
        if stem.endswith("이래"):
            end -= 1  # 그 선배가 송이래: 송이 and the hearsay copula 래, no 송 + 이래 (round 29)
        end += chinese_i(stem, particle)  # 리홍메이라고: the Mandarin 이 (round 35)
        return Hit(
            start=start,
            end=end,
            label="PERSON",
            detector="name",
            rule="hangul_full_name",
            uncertain=True,
        )
    if korean.ordinary(stem, res, lexicon) or stem[-1] in korean.VERB_FINAL:
        return None
    if not particle and len(stem) > 7:
        return None  # (a run of words typed without spaces)
    if stem in korean_nouns():
        return None  # 처소교회, 변방파출소: a listed kind itself (round 27)
    kind = kind_noun_length(stem)  # 진달래식당: the name, not its kind (as the org layer)
    if kind and kind_compound(stem[:-kind], stem[-kind:]):
        return None  # 봉제공장, 수산물가공공장: a kind of place (round 13)
    label = "ORG" if kind else "PLACE" if particle in korean.LOCATIVE_PARTICLES else "PERSON"
    if label == "PERSON" and (thing_compound(stem, res, strict=True) or noun_tail(stem, res)):
        return None  # 언감자떡, 물똥병, 농마국수: a dish, an illness (round 26)
    if label == "PERSON" and context != "surnamed" and chinese_word(stem, res):
        return None  # 꽁즈, 뗀화, 쑈제: a Chinese word said in Korean (round 24)
    if label == "PERSON":
        end = start + len(before_title(stem, res))  # 두꺼비반장: the title stays (round 25)
        cut = after_role(stem)
        rest = _korean_hit(token[cut:], start + cut, res, context=context) if cut else None
        if rest is not None:
            return rest  # 반장이리홍메이라고: the name after the role and its particle (r35)
        end += chinese_i(stem, particle)  # 왕샤오메이였는데 (round 35)
    return Hit(
        start=start,
        end=end - kind,
        label=label,
        detector="catchall",
        rule="hangul_unknown_noun",
        uncertain=True,
    )


_NORTHERN = (("으루", "으로"), ("루", "로"), ("이구", "이고"))
"""The northern 으루, 루 (로) and 이구 (이고) after a noun (밑으루, 그걸루, 토끼풀이구)."""


def _standard_particle(token: str) -> str:
    """The token with its northern particle in the standard spelling, "" if it has none.
    Only 으루 follows a one-syllable noun (돈으루); 루 and 이구 need two syllables before
    them, so that a short name that ends so (하루, 영이구) is read as before."""
    for northern, standard in _NORTHERN:
        head = token[: -len(northern)]
        if token.endswith(northern) and head and (northern == "으루" or len(head) >= 2):
            return head + standard
    return ""


def _famous(start: int, stem: str) -> Hit:
    """A famous full name the lexicon holds (``famous_ko``): uncertain, for the review."""
    return _flagged(start, stem, "hangul_famous_shaped_word")


def _flagged(start: int, stem: str, rule: str) -> Hit:
    """A person the lexicon would have kept: redacted, uncertain, listed for the review."""
    return Hit(
        start=start,
        end=start + len(stem),
        label="PERSON",
        detector="catchall",
        rule=rule,
        uncertain=True,
    )


_OFFICE_NIM = frozenset(("사님", "장님", "관님", "원님", "감님", "위님"))
"""An office's last syllable and 님 (권사님, 전도사님, 반장님): a title, no name."""


_TOKENS: WordCache[tuple[str, str], Hit | None] = WordCache()
"""Decisions on Korean tokens, kept across calls (``memory.WordCache``)."""
_QUOTES = "'\"‘’“”"


def _context(folded: str, start: int, end: int) -> str:
    """ "quoted": the word stands alone between quotes (브로커 '큰손'), a nickname as often as a
    term; "listed": it stands before a comma or a list mark (여성 은실, 향미), an item of a
    list, where names are listed; "surnamed": a lone surname stands before it (왕 따거가),
    so it is a name's part however it reads (round 24); else ""."""
    after = folded[end] if end < len(folded) else ""
    if start > 0 and folded[start - 1] in _QUOTES and after and after in _QUOTES:
        return "quoted"
    if after and after in ",、·/":
        return "listed"
    if start >= 2 and folded[start - 1] == " " and (start == 2 or not folded[start - 3].isalnum()):
        return "surnamed" if folded[start - 2] in _lone_surnames() else ""
    return ""


_QUOTE_SET = frozenset(_QUOTES)
_MARKED_AFTER = _QUOTE_SET | frozenset(",、·/")
"""A word after no quote, before none of these and after no lone surname has no context
(not quoted, not listed, not surnamed): ``_context`` is asked only of the others."""


@lru_cache(maxsize=1)
def _lone_surnames() -> frozenset[str]:
    """Syllables a spaced surname may be: common Chinese ones (왕, 쑨) and Korean ones."""
    return CHINESE_SURNAMES | common_surnames()


def _decided(key: tuple[str, str], res: Resources) -> Hit | None:
    """``_korean_hit`` of a token in a context, at 0, kept (``_TOKENS``)."""
    cache = _TOKENS.of(res)
    hit = cache.get(key, _UNSEEN)  # one look-up, not two (round 32, speed)
    if hit is _UNSEEN:
        hit = cache[key] = _korean_hit(key[0], 0, res, context=key[1])
    return hit


_UNSEEN = Hit(start=0, end=0, label="", detector="", rule="", uncertain=False)
"""No decision yet (no kept decision is this object)."""

_ALONE = hangul_words.register(lambda token, res: _decided((token, ""), res) is not None)
"""A word that is a hit without a context: of the words without one, only these are read
(the text's table of words; round 32, speed)."""


def korean_catchall(folded: str, res: Resources, keep: KeepSpans) -> Iterator[Hit]:
    """Uncertain hits for Hangul noun phrases whose stem no rule explains (cached per token)."""
    lone = _lone_surnames()
    alone = {word[0] for word in hangul_words.words(folded, res, _ALONE)}
    for start, end in view(folded).hangul_runs:  # the text's Hangul words (round 9)
        before = folded[start - 1] if start else ""
        if before.isdigit():
            continue  # 1992년생, 3호실: a counter or unit after a number
        if (
            before in _QUOTE_SET
            or folded[end : end + 1] in _MARKED_AFTER
            or (before == " " and start >= 2 and folded[start - 2] in lone)
        ):
            key = (folded[start:end], _context(folded, start, end))
        elif start in alone:
            key = (folded[start:end], "")  # what ``_context`` answers (round 28, speed)
        else:
            continue  # no context, and the word alone is no hit (round 32, speed)
        hit = _decided(key, res)
        if hit is not None and hit.label == "PERSON" and thing_before(folded, start):
            continue  # on a 노텔: an English article or measure makes it a thing (round 27)
        if hit is not None and not keep.contains(start, start + hit.end):
            yield hit._replace(start=start + hit.start, end=start + hit.end)


_NO_NAME_ENDINGS = ("뱅이", "쟁이", "꾸러기", "끼리")
_STOP_FINALS = frozenset("ㄱㄲㅋㄷㅌㅂㅍㅅㅆㅈㅊㅎ")


def _derived_or_mimetic(stem: str) -> bool:
    """술주정뱅이, 겁쟁이들, 장난꾸러기: a noun and a suffix that makes a kind of person; 지들끼리:
    끼리 ("among themselves") follows a plural, never one person's name; 쩍쩍, 꾹꾹, 덜컥덜컥:
    a syllable or a pair said twice, closed by a stop that no Mandarin reading ends in (a
    doubled Chinese nickname, 밍밍 or 란란, ends in ㅇ, ㄴ or a vowel)."""
    bare = stem.removesuffix("들")
    if len(bare) >= 3 and bare.endswith(_NO_NAME_ENDINGS):
        return True
    half = len(stem) // 2
    if len(stem) not in (2, 4) or stem[:half] != stem[half:]:
        return False
    return "가" <= stem[-1] <= "힣" and hangul.decompose(stem[-1])[2] in _STOP_FINALS
