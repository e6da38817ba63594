"""Korean strong cues before and after a name: a role or kinship noun (시어머니 김연아는),
an honorific (이민호 씨, 순희님).  A Korean name is the whole stem, two to four syllables,
particles outside (``korean.split_particle``).  The shared regexes (``cue_rx``) live here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from fieldkit.redaction import hangul, korean, ordinary_ko
from fieldkit.redaction.cuewords import (
    alternation,
    closed_words,
    cue_words,
    office_words,
    person_nouns,
)
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import korean_nouns
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surnames_ko import honoured_word

__all__ = ["CueRx", "cue_rx", "korean_hit", "korean_honorifics", "korean_roles", "token_stem"]

_PARTICLE_AFTER = f"(?:{alternation(korean.PARTICLES)})?(?![가-힣])"


_SPOKEN_NAMING = ("이라 ", "라 ")
"""까치라 불렀다, 룽룽이라 부르고: the spoken 라 for 라고, a cue only before a naming verb
(``cues_naming_ko``: 겨울이라 추웠다 is "because it was winter")."""


@dataclass(frozen=True, kw_only=True)
class CueRx:
    role_ko: re.Pattern[str]
    honorific_first: re.Pattern[str]
    honorific: re.Pattern[str]
    particle_after: re.Pattern[str]
    name_before: re.Pattern[str]
    naming_first: re.Pattern[str]
    naming_cue: re.Pattern[str]
    naming_word: re.Pattern[str]
    naming_rest: re.Pattern[str]
    naming_before: re.Pattern[str]
    locative: re.Pattern[str]
    place_suffix: re.Pattern[str]


_QUOTED = "라는데|라는|라고|라구|란|래요"
"""The quoting copula after a place's suffix (남양노동자구라는데: round 39): the suffix says
place, the quote says it is the name she was told."""


@lru_cache(maxsize=1)
def cue_rx() -> CueRx:
    c = cue_words()
    honorific = alternation(c.get("honorific", "ko"))
    place_after = alternation(c.get("place_after", "ko"))
    suffix = alternation(c.get("place_suffix", "ko"))
    # round 28, speed: what a place's name is followed by starts with one of these; the
    # look-ahead tests them as one class after each length tried, not branch by branch
    opens = {re.escape(w[0]) for w in (*c.get("place_after", "ko"), *c.get("place_suffix", "ko"))}
    return CueRx(
        role_ko=re.compile(rf"(?:{alternation(c.get('role', 'ko'))})인?,?\s([가-힣]{{2,9}})"),
        honorific_first=re.compile(
            "[" + "".join(sorted({w[0] for w in c.get("honorific", "ko")})) + "]"
        ),
        honorific=re.compile(f"(?:{honorific})"),
        particle_after=re.compile(_PARTICLE_AFTER),
        name_before=re.compile(r"(?<![가-힣])([가-힣]{2,4}?)\s?$"),
        naming_first=re.compile("[라란래랍]"),
        naming_cue=re.compile(
            f"(?:{alternation((*c.get('naming_after', 'ko'), *_SPOKEN_NAMING))})"
        ),
        naming_word=re.compile(r"(?<![가-힣])([가-힣]{2,5})['’\"”]?$"),
        naming_rest=re.compile(
            r"(?:\s(?:(?:하는|하던|했던|한다는|불리는|불리던|부르는|부르던)\s)?)?([가-힣]+)"
            r"|(?=[^가-힣]|$)"
        ),
        naming_before=re.compile(
            rf"(?:{alternation(c.get('naming', 'ko'))})\s?[\"“'‘]?([가-힣]{{2,9}})(?![가-힣])"
        ),
        locative=re.compile(
            rf"([가-힣](?<![가-힣].)[가-힣]{{1,5}}?)(?=[{''.join(sorted(opens))}])"
            rf"(?:({suffix})(?:{place_after}|{_QUOTED})?|{place_after})"
            r"(?![가-힣])"
        ),
        place_suffix=re.compile(rf"(?:{suffix})$"),
    )


@lru_cache(maxsize=1)
def _possessed() -> frozenset[str]:
    return frozenset(cue_words().get("possessed", "ko"))


def _is_possessed(word: str) -> bool:
    """What is hers (전화번호, 생일), a price (약값), or a compound opening with it and its
    linking ㅅ (제삿날: 제사 + 날)."""
    if word in _possessed():
        return True
    if len(word) >= 2 and word[-1] == "값":
        return True  # 동생 약값, 언니 방값, 몸값: a price, what is paid for her (round 19)
    if len(word) == 3 and "가" <= word[1] <= "힣":
        initial, vowel, final = hangul.decompose(word[1])
        return final == "ㅅ" and word[0] + hangul.compose(initial, vowel, "-") in _possessed()
    return False


def _korean_candidate(stem: str, res: Resources) -> bool | None:
    """None when ``stem`` is no name after a cue; else whether it is only *uncertain*
    (an ordinary word that a strong cue still redacts)."""
    if not 2 <= len(stem) <= 4 or stem in closed_words("ko") or stem in res.keep_native:
        return None
    if stem in res.given_west_ko:
        return False  # 그레이스라는 선교사님: a Western name, however the lists read it (r22)
    if stem[-1] == "들" and stem[:-1] in res.lex_ko:
        return None  # a plural: 사람들, 여자들
    if stem[-1] == "인" and stem[:-1] in closed_words("ko"):
        return None  # 부인인: "who is the wife"
    if korean.NATIVE_NUMBER().fullmatch(stem):
        return None  # 큰애 열넷, 작은애 열하나: an age (round 19)
    if korean.no_name_after_cue(stem, res, closed_words("ko")):
        return None  # 남편 만났어요, 브로커 녀자, 그사람이: no name
    return stem in res.lex_ko or korean.ordinary(stem, res) or korean.spelled_ordinary(stem, res)


def korean_hit(start: int, stem: str, res: Resources, rule: str) -> Hit | None:
    uncertain = _korean_candidate(stem, res)
    if uncertain is None:
        return None
    return person_by_cue(start, start + len(stem), rule, uncertain)


def named_hit(start: int, stem: str, res: Resources, rule: str) -> Hit | None:
    """``korean_hit``, except that a counted name (``korean.COUNTED_NAMES``) is a name here."""
    hit = korean_hit(start, stem, res, rule)
    if hit is None and stem in korean.COUNTED_NAMES:
        return person_by_cue(start, start + len(stem), rule, True)
    return hit


def token_stem(token: str, res: Resources) -> str:
    """The name in a token: the stem before its particles (김연아는 -> 김연아)."""
    return korean.name_stem(token, res, cued=True)[0]


def _role_matches(folded: str) -> Iterator[re.Match[str]]:
    """Every role noun and the word after it, overlapping: in 춘실 아주머니 아들 성호가 the
    word after 아주머니 is itself a role noun, before the name (round 17: ``finditer`` had
    consumed 아들 and never read 성호)."""
    rx = cue_rx().role_ko
    match = rx.search(folded)
    while match is not None:
        yield match
        match = rx.search(folded, match.start(1))


def _starts_role_word(folded: str, match: re.Match[str], res: Resources) -> bool:
    """The role noun starts a word, or is an office of two syllables or more ending a compound
    whose head is a common noun of two to four syllables (작업반장 우씨, 생산조장 명철이:
    round 27); never a kinship word so glued (은하언니 만남: the head is her name)."""
    at = match.start()
    if not at or not "가" <= folded[at - 1] <= "힣":
        return True
    role = folded[at : match.start(1)].rstrip(" ,")
    if len(role) < 2 or role.removesuffix("인") not in office_words():
        return False
    start = at
    while start and "가" <= folded[start - 1] <= "힣" and at - start < 5:
        start -= 1
    if start and "가" <= folded[start - 1] <= "힣":
        return False
    return 2 <= at - start <= 4 and folded[start:at] in res.lex_ko_common


_COPULA_END = re.compile("(?:이라서|이라도|이라|라서)$")
"""The copula's endings a possessed noun may carry (언니 생일이라): compiled once, not looked
up in ``re``'s cache for every candidate (round 30, speed)."""


_SAID_OF_HIM = frozenset(str.split("놈 년 녀석 새끼 자식 양반 영감 것 거 분"))


def korean_roles(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _role_matches(folded):
        if not _starts_role_word(folded, match, res):
            continue  # the role noun must start a word (a look-behind made this 50x slower)
        token = match.group(1)
        if len(token) > 2 and token[-1] == "요" and token[-2] in "이은는":
            token = token[:-1]  # 남편 순철이요, 시아버지 성함은요: the polite 요 (round 14c)
        stem = token_stem(token, res)
        if stem in closed_words("ko") or korean.split_particle(token)[0] in closed_words("ko"):
            continue  # 경찰 아저씨가, 남편 딸이: a title or kinship word, not a name
        if token.rstrip("이가은는을를도") in _SAID_OF_HIM:
            continue  # 그 촌장 놈이, 반장 양반은: what she calls the man, no name (round 41)
        if stem + "이" in closed_words("ko"):
            continue  # 반장 아주마이랑: a title ending in 이 read as a stem and 이랑 (round 14c)
        if token[-1] == "라" and token[:-1] in closed_words("ko"):
            continue  # 남편 친구라 모른 척했어요: the copula's 라 after a kin word (round 17)
        unparticled = korean.split_particle(token)[0]
        bare = _COPULA_END.sub("", unparticled)
        if _is_possessed(bare):
            continue  # 브로커 전화번호는, 언니 생일이라, 어머니 제삿날: what is hers, not who
        if bare != unparticled and bare in res.lex_ko_common:
            continue  # 오빠 동창이라, 남편 친척이라: a common noun and the copula (round 40)
        if stem[-1] == "임" and stem[:-1] in res.lex_ko_common:
            continue  # 외삼촌 이름임: a note's nominal copula after a word (round 17)
        if stem.endswith("뿐"):
            continue  # 옆집 할머니 하나뿐이었고: "only one", a count (round 17)
        if ordinary_ko.after_role(token, stem, res):
            continue  # 브로커 통해서, 할매 따라, 엄마 바꿔줘요: grammar, no name (round 7)
        if honoured_word(stem, res):
            out.append(
                person_by_cue(match.start(1), match.start(1) + 2, "role_before_honoured", True)
            )
            continue  # 남편 별씨는, 친구 솔님이 (김씨, 쑨씨: the surname rules')
        for honorific in cue_words().get("honorific", "ko"):
            if stem.endswith(honorific) and len(stem) > len(honorific) + 1:
                stem = stem[: -len(honorific)]  # 남편 김철수씨가
                break
        if len(stem) == 2 and stem[1] in "가는를와도의" and stem[0] in res.lex_ko:
            continue  # 브로커 차가 왔다: a one-syllable word and its particle (the car)
        affectionate = _affectionate_i(token, stem, res, closed_words("ko"))
        if affectionate is not None:
            out.append(
                affectionate._replace(
                    start=match.start(1),
                    end=match.start(1) + len(stem) + 1,
                    core=(match.start(1), match.start(1) + len(stem)),
                )
            )
            continue
        whole = _word_in_i(match, token, stem, res)
        if whole is not None:
            out.append(whole)
            continue
        if token == stem and len(token) == 2 and token[1] == "이" and korean.surname_only(token[0]):
            start = match.start(1)  # 브로커 김이 왔다: the surname, its subject 이 outside (r31)
            out.append(person_by_cue(start, start + 1, "role_before_surname", False))
            continue
        if stem.rstrip("네이") in person_nouns("ko") or stem in ("댁", "댁이"):
            continue  # 남편 형님네는, 시동생 댁이: another kinship word, no name (round 20)
        hit = korean_hit(match.start(1), stem, res, "role_before_name")
        if hit is not None and not korean.verb_stem(stem, res):
            out.append(hit)
    return out


def _honorifics_at(folded: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, spaced) of every Korean honorific a name may stand before, with a
    particle or nothing after it.  The rules look back from here: a pattern opening
    with a look-behind was tried at every position (a tenth of a long document's time)."""
    rx = cue_rx()
    for first in rx.honorific_first.finditer(folded):
        found = rx.honorific.match(folded, first.start())
        if found is None or rx.particle_after.match(folded, found.end()) is None:
            continue
        start = found.start()
        spaced = start > 0 and folded[start - 1] == " "
        yield start - spaced, found.end(), spaced


def korean_honorifics(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    rx = cue_rx()
    for start, end, spaced in _honorifics_at(folded):
        before = rx.name_before.search(folded, max(0, start - 4), start)
        if before is None and not spaced and folded[:start].endswith(_GLUED_OFFICES):
            before = _WORD_BEFORE().search(folded, max(0, start - 8), start)  # 마리아집사님
        if before is None:
            continue
        if spaced:
            hit = _spaced_honorific(before.group(1), before.start(1), res)
        else:
            hit = _glued_honorific(folded, before.group(1), before.start(1), end, res)
        if hit is not None:
            out.append(_with_honorific(hit, end))
    return out


def _glued_honorific(folded: str, stem: str, start: int, end: int, res: Resources) -> Hit | None:
    honorific = folded[start + len(stem) : end]
    tail = rx_tail.group() if (rx_tail := cue_rx().particle_after.match(folded, end)) else ""
    if token_stem(stem + honorific + tail, res) in res.lex_ko:
        return None  # 날씨, 마음씨, 손님, 아저씨: the whole word is an ordinary word
    if honorific == "님" and stem in res.lex_ko and stem[-1] in _OFFICE_END:
        return None  # 선교사님, 원장님: 님 after an office is a title, not a name
    if honorific == "씨" and folded[end : end + 1] == "야":
        return None  # 로씨야 (Russia): no vocative follows 씨
    office = next((o for o in _GLUED_OFFICES if stem.endswith(o)), "") if honorific == "님" else ""
    if office:
        name = stem[: -len(office)]
        if len(name) >= 2 and _says_where(name, res):
            return None  # 교회집사님: the church's deacon
        if len(stem) > 4:  # 마리아집사님: the name, the office and 님 stay (round 16)
            return named_hit(start, name, res, "name_glued_office") if len(name) <= 4 else None
    return named_hit(start, stem, res, "honorific_after_name")


_WORD_BEFORE = lazy_pattern(r"(?<![가-힣])([가-힣]{5,8})$")
_GLUED_OFFICES = ("집사", "목사", "전도사", "선교사", "장로", "권사", "선생", "사장", "팀장")


def _says_where(word: str, res: Resources) -> bool:
    """우리교회, 거기정: a place, a kind of place or a pointing word before an office, no
    name (or a name the surname rules find: 거기정팀장님 -> 정)."""
    if word in korean_nouns() or word.endswith(tuple(korean_nouns())):
        return True
    return word[:2] in closed_words("ko") or word[:1] in ("그", "이", "저")


def _spaced_honorific(token: str, start: int, res: Resources) -> Hit | None:
    stem, tail = korean.split_particle(token)
    if tail and (stem in res.lex_ko or stem in closed_words("ko")) and token not in res.lex_ko:
        return None  # 학교의 선생님: "the teacher of the school", no name (사랑 씨 is no 사 + 랑)
    if token[-1] == "던" or korean.verb_like(token, res):
        return None  # 같이 일하던 동무: a verb's adnominal form, no name
    if stem in korean_nouns():
        return None  # 교회 선생님, 하나센터 선생님: the teacher at a kind of place, no name
    return named_hit(start, token, res, "honorific_after_name")


_OFFICE_END = frozenset("사장원수관부생감님위표")
"""Last syllables of office and profession nouns (선교사, 원장, 교수, 선생, 경위, 대표)."""


def _with_honorific(hit: Hit, end: int) -> Hit:
    """The span with its honorific (이민호 씨, 순희님: redacted with the name, as 김씨 is);
    the name alone is what propagation looks for."""
    return hit._replace(end=end, core=(hit.start, hit.end))


_AFFECTIONATE_TAILS = frozenset(
    str.split(
        "이가 이는 이를 이와 이도 이만 이의 이하고 이한테 이한테서 이에게 이랑 이네 이네가 "
        "이네집 이처럼 이보다 이까지"
    )
)


def _affectionate_i(token: str, stem: str, res: Resources, closed: frozenset[str]) -> Hit | None:
    """브로커 하늘이가, 운전사 별이가: a name after a role noun with the affectionate 이
    (a name ending in a consonant takes it; 가, 는, 를 after it say the 이 is no particle).
    Redacted with its 이, even of one syllable (별): uncertain where it is a word."""
    tail = token[len(stem) :]
    if tail not in _AFFECTIONATE_TAILS or not korean.final_consonant(stem[-1]):
        return None
    if not 1 <= len(stem) <= 3 or stem in closed or stem in res.keep_native:
        return None
    if korean.verb_stem(stem + "이", res) or stem + "이" in res.lex_ko:
        return None  # 아이가, 길이가: a noun ending in 이
    uncertain = stem in res.lex_ko or korean.ordinary(stem, res)
    return Hit(
        start=0,
        end=0,
        label="PERSON",
        detector="cue",
        rule="role_before_name_affectionate" + ("_ordinary" if uncertain else ""),
        uncertain=uncertain,
    )


_KIN_BEFORE = frozenset(
    str.split("딸 아들 큰딸 작은딸 막내딸 언니 오빠 누나 동생 여동생 남동생 조카 손녀 손자 막내")
)
_PERSON_TAIL = frozenset(str.split("가 는 를 도 랑 하고 한테 와 의 에게 만"))
_MEASURES = frozenset(str.split("길이 높이 넓이 깊이 먹이 놀이"))
"""Nouns an adjective or verb makes with 이 (길이 "length", 먹이 "feed"): hers, not her."""


def _word_in_i(match: re.Match[str], token: str, stem: str, res: Resources) -> Hit | None:
    """Round 14b: 아들 동이는, 동생 숙이가: after a kinship noun a name that is a word ending
    in 이 (동이, 숙이: both in the lexicon) would be cut as a one-syllable stem and the
    particle 이; the whole word before a person's particle is the name, uncertain.  What is
    hers (딸 나이는 "her age") is left."""
    kin = match.group(0)[: match.start(1) - match.start()].strip(" ,")
    rest = token[len(stem) :]
    if kin.removesuffix("인") not in _KIN_BEFORE or len(stem) != 1 or not rest.startswith("이"):
        return None
    word = stem + "이"
    if word not in res.lex_ko or rest[1:] not in _PERSON_TAIL:
        return None
    if _is_possessed(word) or word in _MEASURES:
        return None
    if word in closed_words("ko") or korean.verb_stem(word, res):
        return None
    start = match.start(1)
    return person_by_cue(start, start + 2, "role_before_name", True)
