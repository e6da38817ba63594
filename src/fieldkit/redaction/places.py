"""Places: the gazetteer, and context rules for places that are in no list.

The gazetteer (``gazetteer.py``) covers North Korea's counties, cities and
districts and every prefecture- and county-level division of China, with the
towns of Yanbian and the border counties, in Latin, Hangul and Hanzi, each tied
to its province so the placeholder can say "[PLACE-2, Jilin]".  Context rules
catch the rest: a
capitalised word before "village" or "county", a romanised name with "-ri" or
"-gun", a Hangul word ending in 리, 군 or 마을 that is not an ordinary word,
Hanzi ending in 村 or 县.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction import data, dictionary_ko, known_ko, korean, ordinary_ko
from fieldkit.redaction.anchored import finditer_from, starts_before
from fieldkit.redaction.gazetteer import find_gazetteer_native
from fieldkit.redaction.gazetteer_latin import find_gazetteer_latin
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.memory import WordCache
from fieldkit.redaction.not_places_ko import derived_adverb
from fieldkit.redaction.orgs_spaced_ko import kind_compound
from fieldkit.redaction.phrases import trie_pattern, words_of
from fieldkit.redaction.places_dong_ko import dong_places
from fieldkit.redaction.places_hanzi import hanzi_places
from fieldkit.redaction.places_ko import spoken_places
from fieldkit.redaction.places_latin_anchors import lower_place_nouns, nouns_from_words
from fieldkit.redaction.places_stems_ko import stem_places
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view
from fieldkit.redaction.things_named_ko import noun_tail, thing_compound

__all__ = ["find_places"]

_CAP = r"[A-Z][a-z]+(?:'[a-z]+)?"
_FACILITY_WORDS = frozenset(
    str.split(
        "train bus railway police central old new main public coal iron gold copper ethnic korean "
        "chinese state people's peoples labor labour detention security border army"
    )
)
_LEADING_WORDS = frozenset(
    str.split(
        "in at the from to near of on by and a an then when after before our my his her their "
        "this that these those its into past behind outside inside across"
    )
)
_NOUNS = (
    "village county township town city district street road station prefecture farm mine market "
    "mountains mountain valley hospital school camp prison bridge harbour harbor port lake island "
    "dam pass factory college university church hotel restaurant shop apartments apartment "
    "building compound neighbourhood neighborhood dong ri gun"
)
_NOUN_SET = frozenset(_NOUNS.split())
_NOUN_AT = lazy_pattern(rf"{trie_pattern(_NOUN_SET)}(?![\w'])")
_NAME_BEFORE = re.compile(rf"(?<![\w'])((?:{_CAP}[\s\-]){{0,2}}{_CAP})[\s\-]$")
_KOREAN_SUFFIX = lazy_pattern(
    r"(?<![\w'])[A-Z][a-z]+(?:-[a-z]+)?-(?i:ri|ni|dong|tong|gun|kun|si|shi|up|eup|ub|rodongjagu|"
    r"nodongjagu|gu|ku|guyok|kuyok|guyeok|myon|myeon)(?![\w'])"
)
_KOREAN_SUFFIX_AT = lazy_pattern(
    r"-(?=(?i:ri|ni|dong|tong|gun|kun|si|shi|up|eup|ub|rodongjagu|nodongjagu|gu|ku|guyok|kuyok|"
    r"guyeok|myon|myeon)(?![\w']))"
)
"""The hyphen before a romanised suffix: ``_KOREAN_SUFFIX`` (a look-behind first) is only
tried on the word before it (``anchored.starts_before``)."""
_OF_NOUNS = frozenset(
    str.split(
        "village town city county district township area region place settlement hamlet "
        "neighbourhood neighborhood"
    )
)
_OF_PLACE = re.compile(trie_pattern(_OF_NOUNS) + r"\s+(?:of|called|named)\s+")
"""Over the lower-cased text ("the village of", "a town called"); the name after it is
read from the text as written (``_OF_NAME``)."""
_OF_NAME = lazy_pattern(rf"[\"“']?({_CAP}(?:[\s\-]{_CAP})?)")
_SENTENCE_START = lazy_pattern(r"(?:^|[.!?:;\"“”\n(]\s*)$")
_HANGUL_SUFFIX = re.compile(
    r"([가-힣](?<![가-힣].)[가-힣]{0,5}?)(로동자구|노동자구|구역|마을|리|동|군|시|읍|구|면|촌|현|진|향)"
    r"(?=[\s,.!?)]|$|에|에서|으로|로|의|은|는|이|가|을|를|와|과|도|까지|부터|쪽|근처|사람|임메|임다"
    r"|(?<=동자구)(?:요|예요|이에요|였|이었|인데|이라|라|이고|고|이야|야|임))"
)
"""Round 40: a workers' district takes the copula too (고향은 고건원노동자구요): no other word
ends in 노동자구, where after 군 (그렇군요) or 구 (했구요) the same ending is a verb's."""
_HANGUL_SPACED = re.compile(
    r"([가-힣](?<![가-힣].)[가-힣]{1,5})\s(마을|동네|부락|농장|탄광|광산|역|시장|거리)"
)
_SUBDIVISION_END = re.compile(
    r"(?:동|읍|면|리|구|군)(?=[\s,.!?)]|$|에|에서|으로|로|의|은|는|이|가|을|를|와|과|도|까지|부터|쪽|근처|임메|임다"
    r"|출신|거주|살[았던고다아며면때적]|사는|태생)"
)
_SUBDIVISION_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,8})(?:\s+|(?<=[시군]))([가-힣]{1,4})$")
"""A town's subdivision after the town (서울 양천구 목동, 화성시 봉담읍): the hierarchy of
a Korean address, so the 동 is a place even when it is also a word (목동, a shepherd).  A
구 or 군 after its city counts when it is no common word (달서구) or a compass district
(울산 남구, 대구 중구); 서울 친구에게 is a friend.  A town with its 시 or 군 may be typed glued
to the subdivision, as notes are (혜산시혜장동출신: round 6); round 37: and a verb of living
glued after it, as hurried typing does (회령시 유선동살았어요)."""
_COMPASS_DISTRICTS = frozenset(("동구", "서구", "남구", "북구", "중구"))


def _trim_facility(text: str, start: int) -> tuple[int, int] | None:
    """Drop leading facility words ("Train" in "Harbin Train Station")."""
    tokens = list(re.finditer(r"[A-Za-z']+", text))
    while tokens and tokens[0].group().casefold() in _LEADING_WORDS:
        tokens.pop(0)
    kept = [t for t in tokens if t.group().casefold() not in _FACILITY_WORDS]
    if not kept:
        return None
    return start + kept[0].start(), start + kept[-1].end()


_LOWER_PLACE_NOUN = re.compile(
    r"\s(?:village|county|town|township|district)(?![\w'])|-(?:ri|dong|gun|up|eup|rodongjagu)(?![\w'])"
)
_LOWER_NAME_BEFORE = (
    re.compile(r"(?<![\w'\-])([a-z]{4,}(?:-[a-z]+)?)$"),
    re.compile(r"(?<![\w'\-])([a-z]{3,})$"),
)
"""A lower-case name before " village" (0) or before "-ri" (1): the rule anchors on the
noun and looks back (a pattern opening with a look-behind is tried at every position)."""


_NOUN_WORDS = frozenset(_NOUNS.split()) | {"area", "region", "place", "settlement", "hamlet"}
_SUFFIX_WORDS = frozenset(
    str.split(
        "ri ni dong tong gun kun si shi up eup ub rodongjagu nodongjagu gu ku guyok kuyok myon"
    )
)


def _latin_context(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    if words & _SUFFIX_WORDS and "-" in folded:
        starts = starts_before(folded, _KOREAN_SUFFIX_AT(), "-")
        for match in finditer_from(_KOREAN_SUFFIX(), folded, starts):
            stem, _, suffix = match.group().lower().rpartition("-")
            if suffix in ("up", "ub") and stem in res.lex_en:
                continue  # Follow-up, back-up: an English compound, no town's 읍 (round 18)
            yield Hit.at(
                match.span(), label="PLACE", detector="context", rule="romanised_admin_suffix"
            )
    if not words & _NOUN_WORDS:
        return
    for noun in lower_place_nouns(_LOWER_PLACE_NOUN, folded, words):  # round 28, speed
        spaced = noun.group()[0] != "-"
        name_rx = _LOWER_NAME_BEFORE[0 if spaced else 1]
        name = name_rx.search(folded, max(0, noun.start() - 30), noun.start())
        if name is None:
            continue
        word = name.group(1) if spaced else name.group(1) + noun.group()
        if not all(part in res.lex_en for part in word.split("-")):
            yield Hit.at(
                (name.start(), noun.end()),
                label="PLACE",
                detector="context",
                rule="lowercase_place_noun",
                uncertain=True,
            )
    lowered = folded.lower()
    for noun in nouns_from_words(_NOUN_AT(), lowered, folded, words, _NOUN_SET):
        start = noun.start()
        first = folded[start]
        if (
            start == 0
            or folded[start - 1] not in " -"
            or (len(noun.group()) < 4 and first.islower())
        ):
            continue
        if first.isupper() and noun.group() in ("ri", "gun", "dong") and folded[start - 1] == " ":
            continue
        before = _NAME_BEFORE.search(folded, max(0, start - 60), start)
        if before is None:
            continue
        span = _trim_facility(before.group(1), before.start(1))
        if span and not _weak_name(folded, span[0], span[1], res):
            yield Hit.at(span, label="PLACE", detector="context", rule="name_before_place_noun")
    for anchor in nouns_from_words(_OF_PLACE, lowered, folded, words, _OF_NOUNS):
        named = _OF_NAME().match(folded, anchor.end())
        if named is None or (anchor.start() and folded[anchor.start() - 1].isalnum()):
            continue
        if not _all_keep_or_common(named.group(1), res):
            yield Hit.at(
                named.span(1), label="PLACE", detector="context", rule="place_noun_of_name"
            )


def _weak_name(folded: str, start: int, end: int, res: Resources) -> bool:
    """All keep-listed, or one ordinary word opening a sentence ("Every village")."""
    words = re.findall(r"[A-Za-z']+", folded[start:end])
    if all(w in res.keep_latin for w in words):
        return True
    starts = _SENTENCE_START().search(folded[max(0, start - 4) : start]) is not None
    return len(words) == 1 and starts and words[0].casefold() in res.lex_en


def _all_keep_or_common(text: str, res: Resources) -> bool:
    words = re.findall(r"[A-Za-z']+", text)
    return all(w.casefold() in res.lex_en or w in res.keep_latin for w in words)


_GLUED_LOCATIVES = ("으로", "에서", "로", "에")


def _glued_clause(word: str, res: Resources) -> bool:
    """집으로가면, 시장에가면: a word, a locative and a verb typed without spaces; its 면 is
    the verb's "if", no township (round 27)."""
    for particle in _GLUED_LOCATIVES:
        at = word.find(particle, 1)
        if at > 0 and word[:at] in res.lex_ko:
            rest = word[at + len(particle) :]
            if len(rest) >= 2 and dictionary_ko.verb_form(rest):
                return True
    return False


_SUFFIXED: WordCache[tuple[str, str], bool] = WordCache()
"""``_no_suffixed_place`` of each stem and suffix, kept across calls (``memory.WordCache``;
round 28, speed: a preview reads the same words at every keystroke)."""


def _no_suffixed_place(stem: str, suffix: str, res: Resources) -> bool:
    """The word (stem and suffix) is a listed word, a verb, a count or a thing, no place."""
    word = stem + suffix
    if word in res.lex_ko or word in res.keep_native or stem in res.keep_native:
        return True
    if len(stem) < 2 and len(suffix) < 2:
        return True
    if len(suffix) == 1 and stem[-1] in _VERB_LIKE:
        return True
    if suffix == "리" and derived_adverb(stem):
        return True  # 배불리, 멀리: an adverb (round 13)
    if stem.endswith("끼") or korean.verb_like(word, res) or word in res.lex_ko_common:
        return True  # 우리끼리 (끼리), 찌르면, 나가면: no place suffix
    if known_ko.verb_form(word, res):
        return True  # 나가면, 넘어가면: a dictionary verb (the shared check, round 9)
    if (suffix == "면" and _if_clause(stem, res)) or word[-2:] in _KIN_CHON:
        return True  # 넘기면, 적어주시면, 하다보면 (if ...); 큰삼촌, 작은삼촌 (an uncle)
    if korean.counted_or_bound(word, res) or _spoken_not_place(stem, suffix, res):
        return True  # 다섯시, 열두마리 (a count); 겨울이면 (if it is winter); 나가구 (나가고)
    # 함흥냉면 (a dish); 잔뿌리, 맏며느리 (r26); 집으로가면 (r27)
    return thing_compound(word, res) or noun_tail(word, res) or _glued_clause(word, res)


def _hangul_context(folded: str, res: Resources) -> Iterator[Hit]:
    decided = _SUFFIXED.of(res)
    for match in _HANGUL_SUFFIX.finditer(folded):
        stem, suffix = match.group(1), match.group(2)
        if suffix == "시" and folded.startswith("는데", match.end()):
            continue  # 그러시는데: the honorific 시 of a verb; a city takes 인데 (round 21)
        no_place = decided.get((stem, suffix))
        if no_place is None:
            no_place = decided[stem, suffix] = _no_suffixed_place(stem, suffix, res)
        if no_place:
            continue
        yield Hit(
            start=match.start(),
            end=match.end(),
            label="PLACE",
            detector="context",
            rule="hangul_admin_suffix",
            uncertain=True,
        )
    yield from _hangul_subdivisions(folded, res)
    for match in _HANGUL_SPACED.finditer(folded):
        stem = match.group(1)
        if stem[-1] in "은는이가을를의에도와과" or stem in res.lex_ko or stem in res.keep_native:
            continue
        if len(korean.split_particle(stem)[1]) >= 2:
            continue  # 돈화였어 역 앞에서: the copula ends the clause before the noun (r19)
        if _verb_before_noun(stem, res):
            continue  # 똑같다고 동네서, 평화로운 마을, 살때 동네, 남편네 마을: no name
        if kind_compound(stem, match.group(2)):
            continue  # 버섯 농장, 인삼 농장: what the farm grows (round 27)
        yield Hit.at(
            match.span(1),
            label="PLACE",
            detector="context",
            rule="hangul_place_noun",
            uncertain=True,
        )


_LOCATIVE_AFTER = lazy_pattern(r"(?:에서|에|으로|로|까지|부터|쪽|근처)")


def _is_town(word: str, res: Resources) -> bool:
    """A gazetteer town or a province-level unit, with or without its suffix (양천구, 서울)."""
    if word in res.gaz_hangul or word in res.gaz_marked or word in data.provinces_native():
        return True
    return word[-1] in "시군구" and (word[:-1] in res.gaz_hangul or word[:-1] in res.gaz_marked)


_STREETS = frozenset(("거리", "큰거리", "뒷거리", "먹자거리", "번화거리", "옛거리"))


def _hangul_subdivisions(folded: str, res: Resources) -> Iterator[Hit]:
    for end in _SUBDIVISION_END.finditer(folded):
        match = _SUBDIVISION_BEFORE.search(folded, max(0, end.start() - 14), end.start())
        if match is None:
            continue
        town, part = match.group(1), match.group(2) + end.group()
        if not _is_town(town, res) or part in res.keep_native or korean.verb_like(part, res):
            continue
        if ordinary_ko.not_place(part[:-1], part[-1], res):
            continue  # 온성 출신이구, 호구 물어보면: a verb, not a subdivision (round 7)
        if _spoken_not_place(part[:-1], part[-1], res):
            continue  # 장사 나가구: the spoken 고 after a verb (round 24)
        common = part in res.lex_ko_common
        if end.group() in "구군" and common:
            if part not in _COMPASS_DISTRICTS:
                continue  # 서울 친구에게, 평양 해군: a word, not a district
            common = False
        if common and not _LOCATIVE_AFTER().match(folded, end.end()):
            continue  # 서울 이동은: a word (a move) unless a locative makes it a place
        if part in _STREETS:
            continue  # 서탑 거리에: the town's streets, no village in 리 (round 27)
        yield Hit.at(
            (match.start(2), end.end()),
            label="PLACE",
            detector="context",
            rule="hangul_subdivision_after_town",
            uncertain=common,
        )


def _spoken_not_place(stem: str, suffix: str, res: Resources) -> bool:
    """면 after a noun and 이 is "if it is" (겨울이면); 구 after a verb's open stem is the
    spoken 고 (나가구, 가자구, 해보라구): districts the gazetteer does not hold rarely end so."""
    if suffix == "면" and stem[-1] == "이" and stem[:-1] in res.lex_ko:
        return True
    if ordinary_ko.not_place(stem, suffix, res):
        return True  # 학년이구, 물어보냐면, 옆자리, 고향친구 (round 7)
    if suffix == "군" and stem[-1] in "라다" and len(stem) >= 3:
        return True  # 중국말이라군, 좋다군: the exclamation 군 (round 24)
    return suffix == "구" and stem[-1] in _SPOKEN_GU_BEFORE


_SPOKEN_GU_BEFORE = frozenset(
    "라냐자다가나오보주어아여이듣놓갖먹있없했갔왔거겠았었였받찾잡맞싶않같좋많싫됐봤줬"
)
"""Round 21: 이 too (사람들이구, the copula 이고 spoken); round 24: a stem closed by a
consonant or a past tense (못알아듣구, 사다놓구, 갖구, 했구, 시킬거구)."""


def _verb_before_noun(stem: str, res: Resources) -> bool:
    """A verb or adjective form, a word and its particle (아침마다), or whose family (남편네)
    before 마을, 동네, 시장 ...: no name."""
    if korean.verb_like(stem, res) or korean.counted_or_bound(stem, res):
        return True
    if known_ko.verb_form(stem, res):
        return True  # 살던 마을, 똑같애서 동네서: the shared verb check (round 9)
    bare, particle = korean.split_particle(stem)
    if particle and bare in res.lex_ko:
        return True
    if stem.endswith(("다고", "니까", "로운", "스런", "스러운")):
        return True
    return stem[-1] == "네" and stem[:-1] in res.lex_ko


_VERB_LIKE = frozenset("려으하되있없했였았었겠고지다서며니게")
_VERB_BEFORE_MYEON = frozenset("기시주보때나")
"""A verb stem's last syllable before 면 (넘기면, 주시면: "if ..."), never a township's;
round 23: 하다보면, 부를때면, 끊고나면 (the spoken "when", "once")."""


def _if_clause(stem: str, res: Resources) -> bool:
    """면 is "if" after a verb stem's syllable (``_VERB_BEFORE_MYEON``) and after 가 with a
    word before it (마트가면, "if I go to the mart": a township's 가면 is one syllable and 가,
    오가면)."""
    if stem[-1] in _VERB_BEFORE_MYEON:
        return True
    return stem[-1] == "가" and len(stem) >= 3 and stem[:-1] in res.lex_ko


_KIN_CHON = frozenset(("삼촌", "사촌", "오촌"))
"""Kinship words ending in 촌 (village): 큰삼촌 is an uncle."""


def find_places(folded: str, res: Resources, words: frozenset[str] | None = None) -> list[Hit]:
    """Gazetteer and context hits for places in folded text.  A list, the text's view read
    once and its Hangul test reused, not a generator resumed per hit and ``re.search`` for
    the same test (round 31, speed)."""
    words = words_of(folded) if words is None else words
    known = view(folded)
    out: list[Hit] = []
    out += find_gazetteer_latin(folded, res, words)
    out += _latin_context(folded, res, words)
    if known.has_hangul:
        out += _hangul_context(folded, res)
    if known.has_hanzi:
        out += hanzi_places(folded, res)
    out += spoken_places(folded, res)  # round 7: 평화리라요, 고무산 노동자구, 到了昆明
    out += find_gazetteer_native(folded, res)
    if known.has_hangul:
        out += dong_places(folded, res)  # round 10: 상계동, 정왕동에, 종로3가
        out += stem_places(folded, res)  # round 12: 남동공단, 신림 X버거
    return out
