"""More Korean strong cues: how people are called and addressed in a spoken testimony.

``cues.py`` has the cues written ahead of a name in any register (a role noun,
an honorific, 이라고).  A testimony told aloud names people in other ways,
each of which says "person" whatever the word lists say (detector ``cue``;
an ordinary word is redacted *uncertain*, never kept):

* **the vocative**: 나래야, 나래야 / 순덕아 하고 불렀어요 (아 after a final consonant,
  야 after a vowel) before a comma or 하고; an ordinary word (아니야, 뭐야) only repeated
  or before a verb of calling;
* **the affectionate -이**: a given name ending in a consonant takes 이 before its
  particle (한결이가, 옥분이는, 명숙이하고).  After a common noun Korean writes 이, 은,
  을, 과 (사람이, 사람은): 가, 는, 를, 와 after 이 only follow a name (or a noun
  ending in 이, 길이 and 먹이, which the lexicon knows);
* **a lone surname before a title**: 방 지도원, 오 하사, 석 아주머니, 하 과장 (a
  surname that is also a common word, 한 "one", 전 "I", is uncertain: 한 목사님);
* **a name before a title or kinship word**: 유재석 할머니, 나탈리 언니, 곰보 아매라고;
  before a kinship word (언니, 이모, 할머니: ``kinship`` in ``cues.tsv``) even a word name
  or a famous name (하늘 언니, 아이유 언니: uncertain), unless the word says whose or where
  (동네 언니, 옆집 할머니: ``modifier``);
* **calling**: X 하고 불렀어요, X(이)로 불림, and Chinese nicknames written in
  Hangul (샤오란, 라오왕).

Spans follow Korean morphology: the name alone; particles, the affectionate 이
and the vocative stay outside.  A title stays in the text unless it is an
honorific bound to the name (씨, 님, 선생: ``cues.tsv``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import dictionary_ko, korean
from fieldkit.redaction.affectionate_ko import find_affectionate_more
from fieldkit.redaction.calls_base_ko import (
    ADNOMINAL,
    anchored_before,
    call_hit,
    call_rx,
    given_shaped,
    household_name,
    kinship_words,
    modifier_words,
    own_kin,
    trade_word,
    with_affectionate_i,
)
from fieldkit.redaction.cues import closed_words, cue_words
from fieldkit.redaction.cuewords import FELLOW_BELIEVERS, office_words
from fieldkit.redaction.glued_names_ko import glued_kinship, kin_before_glued_name
from fieldkit.redaction.hangul_chinese import (
    CHINESE_SURNAMES,
    CHINESE_SURNAMES_2,
    find_chinese_shaped,
)
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.introductions import find_introductions
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.one_syllable_ko import find_one_syllable_names
from fieldkit.redaction.ordinary_ko import after_determiner, retrospective
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surname_marks_ko import find_surname_marks
from fieldkit.redaction.surnames_ko import (
    WORD_SURNAMES,
    full_name_before_office,
    possessed_word,
)
from fieldkit.redaction.textview import opens_sentence
from fieldkit.redaction.things_named_ko import noun_in_i
from fieldkit.redaction.titles_ko import titles
from fieldkit.redaction.word_classes_ko import PEOPLES

__all__ = ["find_korean_calls"]


_NOT_BEFORE_TITLE = frozenset("저그두세네이")
"""Determiners and numbers before a title: 저 아저씨 "that man", 두 아주머니 "two aunties";
이 is also the surname Lee, but 이 선생님 is far more often "this teacher"."""


def _honoured_office(title: str, opening: bool) -> bool:
    """이 형사님, 이 목사님: "this detective" or Detective Lee; an office with 님 (never a kin
    word: 이 언니님 is no Korean) is read as the surname, uncertain, for the review (r19).
    Round 39: an office without 님 too (이 목사한테서 들었답니다, 이 부장이라는 사람): every
    이 before an office in the development sets' 12,000 passages was the surname (14 of 14);
    and 씨 (반장 이 씨가: "this 씨" is a seed, rarely said of one).  Not at a sentence's
    opening, where 이 points back at whom was just named (이 상담사가 좋아요: round 14c)."""
    if (title in office_words() or title == "씨") and not opening:
        return True
    return title.endswith("님") and title not in kinship_words()


_ADNOMINAL_AFTER_CASE = lazy_pattern(
    r"(?:[가-힣](?:에서|에|로|을|를)|(?<![가-힣])(?:같이|함께|먼저|나중에|새로|처음|다시))"
    r"\s[온간갈올본준산난]$"
)
"""A case particle or an adverb, then a one-syllable verb form: 에서 온 언니, 집에 간 오빠
(round 16), 같이 온 언니 (round 19)."""


_NAMING_PARTICLES = frozenset(str.split("이라고 라고 이라는 라는 이란 란 이래요 래요"))


def _vocatives(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    rx = call_rx()
    for anchor, match in anchored_before(folded, rx["vocative"], rx["vocative_stem"], 3):
        stem, ending = match.group(1), anchor.group()
        if korean.final_consonant(stem[-1]) != (ending == "아"):
            continue  # 아 follows a final consonant (순덕아), 야 a vowel (나래야)
        if stem + ending in res.lex_ko or korean.verb_stem(stem, res) or stem == "말이":
            continue  # 그래야, 해야: verb forms; 순이가 말이야: a filler (round 18)
        if stem[-1] == "이" and len(stem) > 2 and korean.final_consonant(stem[-2]):
            stem = stem[:-1]  # 정말이야, 순정이야: X + the copula 이야, not a vocative
            if stem in res.lex_ko or korean.ordinary(stem, res):
                continue
        again = next(
            (at for at in (anchor.end() + 1, anchor.end() + 2) if folded.startswith(stem, at)),
            None,
        )  # 하늘아, 하늘아: the call repeated
        calling = rx["vocative_call"].match(folded, anchor.end()) is not None
        hit = call_hit(match.start(1), stem, res, "vocative", strong=again is not None or calling)
        if hit is not None:
            out.append(hit)
            if again is not None:
                out.append(hit._replace(start=again, end=again + len(stem)))
    return out


def _affectionate(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    rx = call_rx()
    for _anchor, match in anchored_before(folded, rx["affectionate"], rx["affectionate_stem"], 3):
        stem = match.group(1)
        if not korean.final_consonant(stem[-1]) or stem + "이" in res.lex_ko:
            continue  # 아이가, 길이가, 먹이는: a noun or verb ending in 이
        if len(stem) == 1 and (stem in res.lex_ko or stem in closed_words("ko")):
            continue  # 밥이가 (dialect): one syllable is a name only when no word
        if korean.verb_stem(stem + "이", res) or stem in res.sur_ko_hangul:
            continue
        if noun_in_i(stem + "이", res):
            continue  # 배앓이, 질경이, 공기놀이: a dictionary noun ending in 이 (round 26)
        hit = call_hit(match.start(1), stem, res, "affectionate_i")
        if hit is not None:
            out.append(with_affectionate_i(hit))
    return out


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset[str]:
    """The Korean honorifics of ``cues.tsv`` (씨, 님, 선생 ...), built once (round 30, speed:
    ``_surname_titles`` built the set at every Korean call, before any title was found)."""
    return frozenset(cue_words().get("honorific", "ko"))


def _surname_titles(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    before = call_rx()["surname_before"]
    for title, _particle in titles(folded):
        match = before.search(folded, max(0, title.start() - 2), title.start())
        if match is None:
            two = call_rx()["name_before"].search(folded, max(0, title.start() - 3), title.start())
            if two is not None and two.group(1) in CHINESE_SURNAMES_2:
                out.append(
                    Hit.at(
                        two.span(1),
                        label="PERSON",
                        detector="cue",
                        rule="chinese_surname_before_title",
                    )
                )
            continue
        surname = match.group(1)
        hanzi = "\u4e00" <= surname <= "\u9fff"  # 王 아저씨 in a mixed text
        if hanzi and surname not in res.sur_zh_hanzi:
            continue
        if not hanzi and surname not in res.sur_ko_hangul and surname not in CHINESE_SURNAMES:
            continue
        if possessed_word(folded, match.start(1)):
            continue  # 우리 반 반장: our class's leader
        if own_kin(surname, title.group()):
            continue  # 지 엄마가: "her own" mother (round 39)
        lee = surname == "이" and _honoured_office(
            title.group(), opens_sentence(folded, match.start(1))
        )
        if (surname in _NOT_BEFORE_TITLE and not lee) or _ADNOMINAL_AFTER_CASE().search(
            folded, max(0, match.start(1) - 6), match.end(1)
        ):
            continue  # 함경북도에서 온 언니: "who came from", a verb's adnominal
        uncertain = surname in WORD_SURNAMES or lee  # 한 목사님 may be "a pastor"
        rule = "surname_before_title" + ("_ordinary" if uncertain else "")
        start = match.start(1)
        bound = title.group() in _honorific_words()  # 김 선생: redacted with the name
        out.append(
            Hit(
                start=start,
                end=title.end() if bound else start + 1,
                label="PERSON",
                detector="cue",
                rule=rule,
                uncertain=uncertain,
                core=(start, start + 1) if bound else None,
            )
        )
    return out


def _name_titles(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    before = call_rx()["name_before"]
    for title, particle in titles(folded):
        match = before.search(folded, max(0, title.start() - 5), title.start())
        if match is None:
            continue
        stem = match.group(1)
        if stem in korean.COUNTED_NAMES:
            out.append(person_by_cue(match.start(1), match.end(1), "name_before_title", True))
            continue  # 하나 언니: a count follows its noun (언니 하나), so this is her name
        full = full_name_before_office(stem, title.group(), res)
        if (
            not full
            and stem[-1] in ADNOMINAL
            and (stem in res.lex_ko or korean.verb_form(stem, res))
        ):
            continue  # 늙은 아매, 젊은 언니: a modifier; 이요한 선교사 is a full name
        if title.group() in kinship_words() and _called_with_i(stem, res):
            hit = call_hit(match.start(1), stem[0], res, "affectionate_i_before_title")
            if hit is not None:
                out.append(with_affectionate_i(hit))  # 철이 아바이: 철, called with its 이
            continue
        bare, tail = korean.split_particle(stem)
        if stem in PEOPLES:
            continue  # 충청도 아줌마, 조선족 언니: where she is from, not who
        read_whole = (
            stem in res.lex_ko
            and tail not in korean.LOCATIVE_PARTICLES
            and bare not in closed_words("ko")  # 엄마야 엄마야: a kin word called out
        )
        house = stem[:-1]  # 송이네: 송이 + 네, whatever split_particle reads (송 + 이네)
        if stem[-1] == "네" and title.group() in kinship_words() and household_name(house, res):
            ordinary = house in res.lex_ko or korean.ordinary(house, res)
            end = match.start(1) + len(house)
            out.append(person_by_cue(match.start(1), end, "household", ordinary))
            continue  # 송이네 어마이: her household's name (round 37)
        if (
            tail
            and not read_whole
            and (bare in res.lex_ko or tail in korean.LOCATIVE_PARTICLES or bare[-1] in "씨님")
        ):
            continue  # 동네의 아저씨; 양강도에 오빠; 방씨가 브로커; 가을 언니 is no 가 + 을
        if stem[-1] in "은는이가을를의도" and not read_whole and _word(stem[:-1], res):
            continue  # 그 목걸이는 엄마 거였다, 정착금은 브로커: a word and its particle
        if tail and korean.plural_of_word(bare, res):
            continue  # 손님들은 언니를: a noun's plural and its particle, nobody's name (r34)
        if korean.verb_like(stem, res) or stem[-1] == "던" or stem.endswith(_VERB_TAILS):
            continue  # 밥을 줬는데 사장은, 일하던 동무; 노래 잘하는 언니, 말하니까 엄마가 (r40)
        if stem.endswith("이라") and stem[:-2] in res.lex_ko_common:
            continue  # 달도 없는 날이라 브로커가: a noun and the copula's 'as it was' (r19)
        if len(stem) > 2 and stem.endswith(_KIND_ENDS):
            continue  # 성광교회 집사님: a church's deacon; the org rules take 성광 (round 18)
        kinship = title.group() in kinship_words() or title.group() in FELLOW_BELIEVERS
        if kinship and (stem in modifier_words() or trade_word(stem, res)):
            continue  # 동네 언니, 식당 아줌마: whose or where, not who
        if kinship and stem in res.lex_ko and after_determiner(folded, match.start(1)):
            continue  # 같은 기수 언니, 다른 반 오빠: a determiner's noun says which (round 27)
        honoured = title.group().endswith("님") and len(stem) == 3 and stem[0] in res.sur_ko_hangul
        strong = particle in _NAMING_PARTICLES or korean.name_shaped(stem, res) or kinship
        strong = strong or honoured or full  # 이효리 선교사님, 이요한 선교사: a full name
        # 이민호 변호사: a surname and two given-name syllables that also read as a compound of
        # words (이민 + 호) before an office is still a full name: the lexicon only downgrades
        strong = strong or (not kinship and korean.name_shaped(stem))
        if not strong and len(stem) == 2 and not given_shaped(stem, res):
            continue  # 옆집 아줌마: two syllables that are no given name
        hit = call_hit(match.start(1), stem, res, "name_before_title", strong=strong)
        if hit is not None:
            out.append(hit)
    return out


_KIND_ENDS = ("교회", "성당", "식당", "공장", "농장", "병원", "학교", "회사", "센터", "선교회")
_VERB_TAILS = ("하는", "하니까", "했다가", "하다가", "고는", "면서도", "해서", "라구")
"""A verb's adnominal or connective ending before a title (노래 잘하는 언니, 이름 듣고는
지도원이, 전화로 말하니까 엄마가): round 40, from the development sets' certain false
positives; no given name ends so."""


def _word(bare: str, res: Resources) -> bool:
    """A noun of the word lists or the dictionary (정착금, 딸래미 are no frequent words)."""
    return bare in res.lex_ko or (len(bare) >= 2 and dictionary_ko.noun(bare))


def _called_with_i(stem: str, res: Resources) -> bool:
    """One given-name syllable and the affectionate 이 before a kinship word (철이 아바이,
    순이 언니): a subject particle there (돈이 엄마한테) takes no given-name syllable."""
    return (
        len(stem) == 2
        and stem[1] == "이"
        and korean.final_consonant(stem[0])
        and stem[0] in korean.given_syllables()
        and stem[0] not in res.sur_ko_hangul
    )


def _calls(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    rx = call_rx()
    for _anchor, match in anchored_before(folded, rx["calling"], rx["called"], 18):
        stem = match.group(1)
        if re.match(r"[\u4e00-\u9fff]", stem):
            if stem not in res.keep_native:
                out.append(
                    Hit.at(
                        match.span(1),
                        label="PERSON",
                        detector="cue",
                        rule="called",
                        uncertain=stem in res.lex_zh,
                    )
                )
            continue
        if korean.verb_stem(stem, res) or stem[-1] in korean.VERB_FINAL:
            continue
        if stem[-1] in "아야" and stem[:-1] in closed_words("ko"):
            continue  # 얘야 하고 불렀다: a plain word of address and its vocative (round 11)
        hit = call_hit(match.start(1), stem, res, "called")
        if hit is not None:
            out.append(hit)
            out += _called_twice(folded, hit)
    for _anchor, match in anchored_before(folded, rx["calling"], rx["called_as"], 9):
        stem = match.group(1)
        affectionate = stem[-1] == "이" and len(stem) > 1 and korean.final_consonant(stem[-2])
        if affectionate:
            stem = stem[:-1]  # 옥이로 불림: the name is 옥
        if len(stem) == 1 and not affectionate:
            continue
        # 큰 소리로 불렀다, 전화로 불렀다: a manner; an ordinary word counts only as X이로
        hit = call_hit(match.start(1), stem, res, "called", strong=affectionate)
        if hit is not None:
            out.append(hit)
    for match in rx["chinese_nickname"].finditer(folded):
        word = match.group()
        if match.start() and "가" <= folded[match.start() - 1] <= "힣":
            continue
        bare = korean.split_particle(word)[0]
        if not 3 <= len(bare) <= 4 or bare in _CHINESE_WORDS:
            continue  # 라오바이싱끼리, 라오샹이면: Chinese words said in Korean (round 19)
        if bare in res.lex_ko or bare in res.keep_native:
            continue  # 라오스로: a country and its particle, not 라오 + a name (round 14c)
        out.append(
            Hit.at(
                (match.start(), match.start() + len(bare)),
                label="PERSON",
                detector="cue",
                rule="chinese_nickname",
                uncertain=False,
            )
        )
    return out


_CHINESE_WORDS = frozenset(
    str.split(
        "라오바이싱 라오샹 라오반 라오반냥 라오궁 라오포 라오스 라오따 라오지아 라오자 라오타이 "
        "라오톈 라오쓰 샤오제 샤오하이 샤오마이 샤오스 샤오츠 샤오취 샤오셰 샤오훠"
    )
)
"""老百姓, 老乡, 老板, 老公, 老婆, 老挝 (Laos), 老家, 小姐, 小孩, 小卖, 小时 ...: words that open
with 老 or 小, said in Korean by women who lived in China; 라오왕, 샤오리 are people."""


def _called_twice(folded: str, hit: Hit) -> list[Hit]:
    """X X 하고 불렀어요: a call is said twice, and the first X is the same name (round 14)."""
    out: list[Hit] = []
    stem = folded[hit.start : hit.end]
    before = hit.start - len(stem) - 1
    repeated = before >= 0 and folded[before : hit.start] == stem + " "
    if repeated and (before == 0 or not "가" <= folded[before - 1] <= "힣"):
        out.append(hit._replace(start=before, end=before + len(stem)))
    return out


def _role_is_named(folded: str, res: Resources) -> list[Hit]:
    """딸이 누리라고 (열 살짜리였는데): a kinship noun, then what she is called."""
    out: list[Hit] = []
    rx = call_rx()
    for _anchor, match in anchored_before(folded, rx["rago"], rx["role_is_named"], 18):
        if match.start() and "가" <= folded[match.start() - 1] <= "힣":
            continue  # the kinship noun starts its word
        stem = match.group(1)
        if korean.verb_stem(stem, res) or retrospective(stem, res):
            continue  # 할머니가 그러더라고요: "so she said" (round 38)
        hit = call_hit(match.start(1), stem, res, "role_is_named")
        if hit is not None:
            out.append(hit)
    return out


def find_korean_calls(folded: str, res: Resources) -> list[Hit]:
    """Names found by how a Korean testimony calls and addresses people.  A list: this
    module's rules return lists, concatenated in the same order, no generator resumed per
    hit (round 32, speed, as ``cues.find_cued`` in round 31)."""
    out: list[Hit] = []
    out += _vocatives(folded, res)
    out += _affectionate(folded, res)
    out += find_affectionate_more(folded, res)
    out += _surname_titles(folded, res)
    out += _name_titles(folded, res)
    out += find_one_syllable_names(folded, res)
    out += glued_kinship(folded, res)
    out += kin_before_glued_name(folded, res)
    out += _calls(folded, res)
    out += _role_is_named(folded, res)
    out += find_chinese_shaped(folded, res)
    out += find_introductions(folded, res)
    out += find_surname_marks(folded, res)
    return out
