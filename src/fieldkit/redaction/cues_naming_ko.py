"""Korean naming cues (이병헌이라고, 김철수라는 이름, 이름은 영희) and a gazetteer spelling said
to be where something happened (고향이 통화예요); the spellings with a locative particle
moved to ``cues_places_ko`` in round 31."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import dictionary_ko, korean, ordinary_ko
from fieldkit.redaction.cues_called_ko import (
    NAMING_VERB,
    business_before,
    called_person,
    called_place,
    we_called,
)
from fieldkit.redaction.cues_places_ko import after_number
from fieldkit.redaction.cues_roles_ko import cue_rx, named_hit, token_stem
from fieldkit.redaction.cuewords import closed_words, cue_words, gazetteer_entry, gazetteer_place
from fieldkit.redaction.epithets_ko import epithet
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import (
    GROUP_NOUNS_KO,
    kind_noun_length,
    modified_noun_name,
    named_bodies_ko,
)
from fieldkit.redaction.orgs_ko import names_a_workplace
from fieldkit.redaction.orgs_trade_ko import kind_word
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.things_named_ko import noun_in_i, thing_named
from fieldkit.redaction.titles_ko import before_title
from fieldkit.redaction.verbs_ko import negated_after

__all__ = [
    "korean_naming",
    "korean_place_subject",
]


def _naming_stem(stem: str, cue: str, after: str, res: Resources) -> tuple[str, bool] | None:
    """(the noun before a naming cue, whether the cue is strong), or None after a verb.

    Morphology decides: a noun ending in a consonant takes 이라고 (이병헌이라고), a strong
    cue, since only a noun takes it.  One ending in a vowel takes 라고 (김연아라고), which
    also reports an order after a verb stem (기다리라고, 떠나라고: the word lists hold verb
    stems and nouns alike), so it is strong only before a naming verb (라고 불렀다) and
    otherwise an ordinary word is no name.  라고 after a consonant is a verb (달라고)."""
    if ordinary_ko.retrospective(stem, res):
        return None  # 있더라고요: the retrospective 더 of a verb (round 7)
    if cue.startswith("이") and not korean.final_consonant(stem[-1]):
        stem, cue = stem + "이", cue[1:]  # 고양이라고: the noun is 고양이
    elif stem[-1] == "이" and korean.final_consonant(stem[-2]):
        if stem[:-1] in closed_words("ko"):
            return None  # 집이라고: 집 + 이라고
        if len(stem) > 2:
            stem, cue = stem[:-1], "이" + cue
    if cue.startswith("이"):
        return stem, True
    if korean.final_consonant(stem[-1]):
        return None
    if korean.verb_stem(stem, res) and not epithet(stem, res):
        return None  # 째보라고 있었슴다: a listed epithet is no 째 + 보 (round 25)
    return stem, bool(NAMING_VERB().match(after))


_ADMIN_WORDS = frozenset("도군리동현진촌시구읍면성향반조")


_COPULA = frozenset(
    str.split(
        "이다 다 이야 야 입니다 이었다 였다 이었습니다 였습니다 이고 고 이며 며 라고 이라고 예요 "
        "이에요 이래요 래요 인데 이었는데 였는데 이지만 이었고 였고 이라는 라는 이라 라 이란 란 "
        "이었어요 였어요 이었지요 였지요 이었죠 였죠 이었슴다 였슴다 이었대요 였대요 "
        "이야요 이라요 이였슴다 임다 인 인가 인지 이라서 라서"
    )
) | frozenset(korean.ASKING_COPULA)
"""What follows the name after 이름은/이름이: a copula or a quotation (영희였다, 영희라고);
round 16: the copula's adnominal (별명이 까마귀인 운전사); round 36: its reason form
(이름이 경남이라서, a province's short name kept by the keep-list otherwise)."""


_ADVERBS = frozenset(("진짜", "정말", "원래", "그냥", "아마", "참"))
"""Adverbs between 이름이 and the name (이름이 진짜 봄이야요): the name is the next word."""
_ASKING = ("뭐", "뭔", "머", "무엇", "무슨", "누구", "어디", "몰라", "모르", "생각")


@lru_cache(maxsize=1)
def _org_compound_rx() -> re.Pattern[str]:
    kinds = sorted((k for k in named_bodies_ko() if len(k) >= 2), key=len, reverse=True)
    return re.compile(rf"[가-힣]+(?:{'|'.join(kinds)})")


def _org_compound(noun: str) -> bool:
    """용역회사, 인력사무소: a compound whose head is a kind of business (클린하우스라는
    용역회사: round 36, a name the compound hid from ``named_bodies_ko``)."""
    return len(noun) >= 3 and _org_compound_rx().fullmatch(noun) is not None


def _place_name(stem: str, res: Resources) -> bool:
    """A gazetteer spelling, or a word with a place suffix (평화촌이라고, 연길이라고)."""
    entry = gazetteer_entry(stem, res)
    if entry is not None:
        return not entry[1]  # 가람 is also a far county's reading: a name after 딸이
    suffix = cue_rx().place_suffix.search(stem)
    if suffix is None or suffix.start() < 2 or suffix.group() in _NAME_SYLLABLE_SUFFIXES:
        return False
    if stem in res.lex_ko:
        return False  # 키다리라 불렀는데: a word (a nickname), not a village's 리 (round 19)
    return not korean.name_shaped(stem, res)


_NAME_SYLLABLE_SUFFIXES = frozenset(("현", "진", "동", "구"))
"""Place suffixes that also end many given names (전지현, 김민진): no place by themselves."""


def _naming_after(
    folded: str,
) -> Iterator[tuple[int, str, re.Match[str], re.Match[str]]]:
    """(start, the word before, the cue, what follows) for every 이라고/라는/이란 ...:
    found at its 라, 란 or 래 and read back from there (the shortest word before it wins:
    이병헌이라고 is 이병헌 + 이라고)."""
    rx = cue_rx()
    for anchor in rx.naming_first.finditer(folded):
        at = anchor.start()
        starts = (at - 1, at) if at and folded[at - 1] == "이" else (at,)
        for cue_start in starts:
            cue = rx.naming_cue.match(folded, cue_start)
            name = rx.naming_word.search(folded, max(0, cue_start - 5), cue_start)
            if cue is None or name is None:
                continue
            after = rx.naming_rest.match(folded, cue.end())
            if after is not None:
                yield name.start(1), name.group(1), cue, after
                break


_QUOTED_BEFORE = lazy_pattern(r"[\'‘\"“]((?:[가-힣]{1,6}\s){1,2})$")


def _quoted_from(folded: str, start: int, end: int) -> int:
    """Where a quoted place's or business's name of two or three words opens, when the cue's
    word closes the quote ('버드나무 나루'라는 데서): the whole quotation is the name, not its
    last word (round 41; the head noun alone was dropped beside the flagger's first word).
    A person's is left as it was: a quoted phrase said of people ('하나님 은혜'라고) is no name."""
    if folded[end : end + 1] not in _CLOSING_QUOTES:
        return start
    opened = _QUOTED_BEFORE().search(folded, max(0, start - 16), start)
    return start if opened is None else opened.start(1)


def _syllable_of_name(folded: str, cue: re.Match[str]) -> bool:
    """란 glued to a following 이 is no naming ending but a name's last syllable before its
    particle or copula (김미란이지요: round 31; read as 김미 + 란, the hit left 란 out)."""
    return cue.group().endswith("란") and folded[cue.end() : cue.end() + 1] == "이"


_LOCATIVE_AFTER_DE = frozenset(("서", "에서", "에", "로", "서요", "에서요"))
"""What follows 라는데 glued when it is 라는 데 ("at a place called") typed without its
space (한성테크라는데서), never the hearsay 라는데 ("they say it is")."""
_SETTLEMENTS = frozenset(("데", "곳", "마을", "동네", "부락", "산골"))
"""A place noun after the naming cue (지시라는 데서, 모얼이라는 마을): the word is that place's
name, so the lexicon only downgrades it (round 41, from set CO)."""
_DE_TAILS = frozenset(str.split("서 서도 서는 서요 에 에서 에서도 로 가 는 도"))


def _at_a_place(word: str) -> bool:
    """데서도, 데에: the place noun 데 and its particle (read by ``_nouns`` as no noun)."""
    return word.startswith("데") and word[1:] in _DE_TAILS


_CONCESSIVE = lazy_pattern(
    r"\s?(?:해도|하더라도|해 봤자|해봤자|해도요|할 만한|할만한|할 만했|할 수 있|하기엔|하기에는)"
)


_OWN_COPULA = ("에요", "예요", "었", "였", "야", "다", "고", "라", "지", "죠", "래")
_COPULA_AFTER = lazy_pattern(r"(?:이[가-힣]|였|인|예|입|$)")
"""The copula after the person noun (분이었고요, 사람인데): X is introduced as that person;
a subject particle and a verb (시장 아줌마가 줬어요) report what someone said instead."""
_NEXT_WORD = lazy_pattern(r"\s([가-힣]+)")


def _modified_noun(folded: str, after: re.Match[str], res: Resources) -> frozenset[str]:
    """메리라고 미국 분이었어요: a bare noun (a nation, a town, a trade) may stand between the
    cue and the person noun; the noun after it is read too (round 14).  A verb form there
    (가라고 옆집 사람이 ...: an order reported) is what ``_naming_stem`` already refuses."""
    word = after.group(1)
    if not word or korean.split_particle(word)[1] or korean.verb_like(word, res):
        return frozenset()
    nxt = _NEXT_WORD().match(folded, after.end())
    if nxt is None:
        return frozenset()
    for noun in cue_words().get("naming_noun", "ko"):
        rest = nxt.group(1)[len(noun) :]
        if nxt.group(1).startswith(noun) and _COPULA_AFTER().match(rest):
            return frozenset({noun})  # 분이었고요: the noun, then its copula
    body = korean.split_particle(nxt.group(1))[0]
    if body in GROUP_NOUNS_KO:
        return frozenset({body})  # 열린문이라는 한국 단체에서: a group, its kind (round 40)
    return frozenset()


def _nouns(word: str, res: Resources) -> frozenset[str]:
    """The noun a naming cue is followed by, read both ways (애가 -> 애; 아주머니가)."""
    if not word:
        return frozenset({""})
    return frozenset({token_stem(word, res), korean.split_particle(word)[0]})


def _ends(folded: str, at: int) -> bool:
    """Nothing but a sentence's or a list's end after ``at``."""
    return at >= len(folded) or folded[at] in ".,!?…)'\"’”\n"


def _word_ends_in_i(folded: str, end: int, stem: str, res: Resources) -> bool:
    """The 이 read as the naming ending's (모퉁 + 이라는) is the word's own when the stem is no
    word and the stem and 이 are one (모퉁이, "a corner"): round 17.  Round 31: or when a
    quotation closes after the 이 ('절름발이'라 부름: the quote holds the whole word), or the
    dictionary holds the stem and 이 as a noun and not the stem (배불뚝이, 절름발이)."""
    if folded[end : end + 1] != "이":
        return False
    if folded[end + 1 : end + 2] in _CLOSING_QUOTES:
        return True
    if stem in res.lex_ko:
        return False
    return noun_in_i(stem + "이", res)  # the word list first, then the dictionaries


_CLOSING_QUOTES = frozenset("'’\"”")
_OPENING_QUOTES = frozenset("'‘\"“")


def _said_of_a_thing(
    folded: str, start: int, stem: str, rest: str, strong: bool, res: Resources
) -> bool:
    """값이라고, 내 탓이라고, 다리 밑이라구: a one-syllable common noun and the copula before
    a plain 라고 is what was said when a word with no case governs it (소 두 마리 값, 내 탓,
    사람들 덕: a noun, a determiner, a number or a verb's modifier), not a name (round 39: 28
    false positives in the development sets).  A name is introduced after a case or at a
    sentence's start (친구 중에 별이라고, 동네에 솔이라고, 이름이 꿀이라고); a calling verb
    makes the cue strong (곰이라고 불렀어요), and so does 만, "only that" (곰이라고만 했지)."""
    if strong or rest.startswith("만") or len(stem) != 2 or stem[1] != "이":
        return False
    if stem[0] not in res.lex_ko_common:
        return False
    before = _WORD_BEFORE_NAMED().search(folded, max(0, start - 12), start)
    return before is not None and not _introduces(before.group(1), res)


_WORD_BEFORE_NAMED = lazy_pattern(r"([가-힣0-9]+)\s$")
_PLACE_CASES = ("에", "에서", "중에", "께", "도", "랑", "하고", "을", "를")


def _introduces(word: str, res: Resources) -> bool:
    """The word before may introduce a name: a place or company case (친구 중에, 동네에), a
    topic that is no verb's modifier (동네는, not 나오는), a subject that is a naming or
    person noun (이름이, 애가; not 바닥이 흙이래요, where the copula says what it is)."""
    if word.endswith(_PLACE_CASES):
        return True
    bare, last = word[:-1], word[-1:]
    if last in ("은", "는"):
        return bool(bare) and not korean.verb_like(word, res) and not dictionary_ko.verb_form(word)
    if last in ("이", "가"):
        return bare in closed_words("ko") or bare in _naming_set("naming_noun")
    return False


@lru_cache(maxsize=4)
def _naming_set(kind: str) -> frozenset[str]:
    """One Korean row of ``cues.tsv`` as a set, built once (``korean_naming`` built three of
    them for every candidate: round 30, speed)."""
    return frozenset(cue_words().get(kind, "ko"))


def korean_naming(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    rx = cue_rx()
    for start, name, cue, after in _naming_after(folded):
        if (start and folded[start - 1].isdigit()) or after_number(folded, start):
            continue  # 83년생이라고: a counter after a number; 5천 원씩이라구 (round 25)
        if ordinary_ko.after_determiner(folded, start, countries=True):
            continue  # 같은 반이래요 (round 18), 한국 라면이라고 (round 27): a common noun
        nouns = _nouns(after.group(1) or "", res) | _modified_noun(folded, after, res)
        glued_place = cue.group().endswith("는데") and after.group(1) in _LOCATIVE_AFTER_DE
        at_place = glued_place or _at_a_place(after.group(1) or "")  # 라는 데서도 (round 41)
        nouns = nouns | {"데"} if at_place else nouns  # 한성테크라는데서: 라는 데서 (r21)
        if nouns & _naming_set("not_naming"):
            continue  # X라는 것: a quotation, not a name
        spoken = cue.group().endswith(" ")  # 까치라 불렀다
        rest = folded[cue.end() - spoken :][:6]
        opened = start - 1 if start and folded[start - 1] in _OPENING_QUOTES else start
        called = called_person(folded, opened, spoken, rest)  # 운전수를 "왕눈이"라고 (r40)
        we = not called and we_called(folded, opened, name, rest, res)
        called = called or we
        village = called_place(folded, opened, rest)
        called = called or village
        if spoken and not NAMING_VERB().match(rest) and not called:
            continue  # 겨울이라 추웠다: 라 without 고 names only before 불렀, 부르 ... or
            # (round 25) what a group or a person was said to be called (다들 돼지라 했어요)
        if _CONCESSIVE().match(rest) or dictionary_ko.cause_stem(name):
            continue  # 봄이라고 해도, 봄이라고 할 만한 (r27): nothing named; 갚느라고 (r27)
        found = _naming_stem(name, cue.group().rstrip(), rest, res)
        if found is None:
            continue
        stem, strong = found
        stem = before_title(stem, res)
        if stem.removesuffix("이") in _ADMIN_WORDS:
            continue  # 중국은 현, 진, 촌이래요: the units themselves (round 18)
        if kind_word(stem, res):
            continue  # 발마사지라는 데서: a kind of business, its name before it (round 14)
        org = bool(nouns & named_bodies_ko()) or any(map(_org_compound, nouns))  # 은혜라는 교회
        if len(stem) > 2 and kind_noun_length(stem):
            continue  # 은혜교회라고 있었는데: a name and its kind, the org rules' (round 19)
        strong = strong or org or glued_place or bool(nouns & _naming_set("naming_noun"))
        settled = bool(nouns & _SETTLEMENTS) and cue.group().rstrip().endswith(("는", "란"))
        strong = strong or called or settled  # 지시라는 데서 (round 41)
        ordinary = stem in res.lex_ko or korean.ordinary(stem, res)
        if not strong and ordinary and not korean.name_shaped(stem):
            continue  # a medium cue: the lexicon still decides
        if _said_of_a_thing(folded, start, stem, rest, strong, res):
            continue  # 값이라고, 약이라구: a one-syllable noun and the copula (round 39)
        person = nouns & _naming_set("naming_noun")
        place = nouns & _naming_set("place_noun")
        named = person or called or epithet(stem, res)  # 다들 꺽다리라 했어요 (round 25)
        if not named and not org and thing_named(folded, start, stem, nouns, res):
            continue  # 언감자떡이라구, X라는 알약, 얼음을 X라구 했다: a thing (round 26)
        label = "PLACE" if place or village or (not named and _place_name(stem, res)) else "PERSON"
        label = "ORG" if (org and not person) or (we and business_before(folded, opened)) else label
        hit = named_hit(start, stem, res, "naming_cue")
        longest, rule = (6, "called_place") if village else (4, "called_person")  # 버드나무골
        if hit is None and called and 2 <= len(stem) <= longest and stem not in closed_words("ko"):
            hit = person_by_cue(start, start + len(stem), rule, True)  # 천사장 (r37: places)
        if hit is None and strong and epithet(stem, res):  # 째보라고 있었슴다 (round 25)
            hit = person_by_cue(start, start + len(stem), "naming_cue_epithet", True)
        if hit is None and org and stem in res.keep_native:  # 백두산이라는 식당: its name
            hit = person_by_cue(start, start + len(stem), "named_org_kept_word", True)
        if hit is None and org and modified_noun_name(stem, res):  # 열린문이라는 단체 (r27)
            hit = person_by_cue(start, start + len(stem), "named_org_modified_noun", True)
        if hit is None and org and 4 < len(stem) <= 8 and stem not in res.lex_ko:
            hit = person_by_cue(start, start + len(stem), "named_org_long", False)  # r36
        if hit is not None and _word_ends_in_i(folded, hit.end, stem, res):
            hit = hit._replace(end=hit.end + 1)  # 모퉁이라는 선교단체: the word's own 이
        if hit is not None and _syllable_of_name(folded, cue):
            hit = hit._replace(end=cue.end())  # 김미란이지요: 란 is the name's (round 31)
        if hit is not None:
            word = folded[hit.start : hit.end]
            uncertain = hit.uncertain or we or epithet(word, res) or epithet(word + "이", res)
            if label != "PERSON":  # '버드나무 나루'라는 데서: the quotation whole (round 41)
                hit = hit._replace(start=_quoted_from(folded, hit.start, hit.end))
            out.append(hit._replace(label=label, uncertain=uncertain))
    for match in rx.naming_before.finditer(folded):
        stem, tail = _dialect_copula(match.group(1)) or korean.name_stem(
            match.group(1), res, cued=True
        )
        word = match.group(1)
        if tail.startswith("이였") and match.group().startswith("별명"):
            stem, tail = stem + "이", tail[1:]  # 별명이 꼬맹이였어요: the 이 is the nickname's
        affectionate = len(word) > 2 and word[-1] == "이" and korean.final_consonant(word[-2])
        if affectionate and _ends(folded, match.end(1)):
            stem, tail = word[:-1], ""  # 진짜 이름이 사랑이.: the name, its affectionate 이
        if match.group(1).startswith(_ASKING) or match.group(1) in _ADVERBS:
            continue  # 이름이 뭐더라: "what was it", no name yet; 이름이 진짜 X: the adverb
        if folded[match.start(1) - 1] != " " and match.group(1).startswith(_OWN_COPULA):
            continue  # 붙인 이름이에요: the copula of 이름 itself, no name after it
        if korean.verb_like(match.group(1), res) and stem not in res.given_ko:
            continue  # 이름이 똑같다고: a verb follows, not a name
        if re.search("(?<!이)[았었]", match.group(1)):
            continue  # 이름이 같았어요: 았/었 follow a verb stem, never a name (이었, 였)
        if (tail and tail not in _COPULA) or (not tail and korean.verb_form(stem, res)):
            continue  # 이름은 증명서에만, 이름이 아닌: the name is not what follows
        if negated_after(folded, match.end(1)):
            continue  # 이름은 기억 안 나요: a verbal noun and its negation (round 29)
        hit = named_hit(match.start(1), stem, res, "naming_cue")
        if hit is None and tail and stem in res.keep_native and 2 <= len(stem) <= 4:
            hit = person_by_cue(match.start(1), match.end(1) - len(tail), "naming_cue_kept", True)
        if hit is not None and names_a_workplace(folded, match.start()):
            hit = hit._replace(label="ORG")  # 식당 이름이 들꽃: the business's (round 29)
        if hit is not None:
            out.append(hit)
    return out


_DIALECT_COPULAS = (
    *("이야요", "이라요", "이였슴다", "이었슴다", "임다", "인가", "인지", "인"),
    *korean.ASKING_COPULA,
)
"""Northern and spoken copulas ``korean.split_particle`` does not strip (별이야요): round 11;
the copula's adnominal 인 (이름이 영희인 여자): round 16; round 29: the copula asking
(이름이 솜삭인가 그랬어요, 순덕인지 순독인지: the speaker unsure which name, still a name);
round 41: its past (이름이 향미였나, 순희였나 그래요), whose 였나 the name's span had kept."""


def _dialect_copula(word: str) -> tuple[str, str] | None:
    """(name, copula) when the word ends in a copula of ``_DIALECT_COPULAS``."""
    for copula in _DIALECT_COPULAS:
        if word.endswith(copula) and len(word) > len(copula):
            return word[: -len(copula)], copula
    return None


_PLACE_SUBJECT = re.compile(r"(?:고향|데|곳|동네|마을|도시)(?:이|가|은|는)\s([가-힣]{2,6}?)")
_PLACE_PREDICATE = lazy_pattern(
    r"(?:이었|였|이에요|예요|이고|이니까|이라|라고|이다|입니다|이래요|래요|인데)?(?=[\s,.!?]|$)"
)


def korean_place_subject(folded: str, res: Resources) -> list[Hit]:
    """A gazetteer spelling said to be where something happened (시집간 데가 지시, 고향이
    통화예요): a place, even a spelling that is also a frequent word, uncertain then."""
    out: list[Hit] = []
    for match in _PLACE_SUBJECT.finditer(folded):
        if match.start() and "가" <= folded[match.start() - 1] <= "힣":
            continue  # the place noun starts its word (바다가, 무엇이)
        if _PLACE_PREDICATE().match(folded, match.end(1)) is None:
            continue
        entry = gazetteer_entry(match.group(1), res)
        if entry is None:
            continue
        rule = "place_subject" + ("_ordinary" if entry[1] else "")
        out.append(gazetteer_place(match.span(1), rule, entry, uncertain=entry[1]))
    return out
