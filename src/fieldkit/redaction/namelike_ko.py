"""Recall first: a Hangul word of a given name's shape that no lexicon knows (round 9).

The rules before this one need a cue (a title, a kinship or role noun, a naming verb) or a
word no list knows before a particle.  A given name that opens a sentence and comes back
(X는 ... X를 ...), a name in a list (A, B, 그리고 저), a teknonym (X 엄마) or a nickname in
quotes has none of these when the frequency list happens to hold it as a rare word, and it
left silently.  Here a word is a *candidate* when its stem (particles, the copula, the
familiar -이 and the vocative 아/야 off, by ``korean.name_stem``) is two syllables of
given-name syllables (``given_syllables_ko.tsv``, counted over public lists of Korean given
names) or a common surname and two such syllables, and no word list explains it: not among
the 15,000 most frequent words, no keep-list, gazetteer, kinship, title, office or trade
word, no verb form.  A candidate is flagged *uncertain* (redacted and listed for review,
never certain) only with evidence of a person:

* **repetition**: the same stem stands in two or more words of the text;
* **a teknonym**: the next word is a parent's or sibling's kin word (X 엄마, X 언니) or the
  household's 네 is glued to it (X네);
* **a quote slot**: the word is quoted and a naming ending follows ('X'라고, "X"라는);
* **a person slot**: a subject, topic, object, comitative or genitive particle, and a verb
  only people do before the sentence ends (말했, 울었, 시집, 데려 ...).

One-syllable stems count only in a quote slot or as a teknonym.  Each word is decided once
per ``Resources`` (cached); the evidence is read only for the few candidates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from fieldkit.redaction import data, dictionary_ko, hangul_words, korean, ordinary_ko, spoken_ko
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import KeepSpans
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.memory import WordCache
from fieldkit.redaction.resources import Resources

__all__ = ["human_verb_at", "namelike_hits", "namelike_syllables"]

COMMON_RANK = 3000
"""Words among this many most frequent ones are ordinary words, never a name here.  A
given name that is also a word mostly ranks lower: a rare two-syllable word made of name
syllables is a person's name about as often as a word; tuned on sets A-E (docs/redaction.md,
round 9)."""

MIN_NAMES = 2
"""A syllable is a given-name syllable when at least this many public given names hold it
(``given_syllables_ko.tsv``), or when the hand table ``name_syllables_ko.tsv`` lists it."""


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PERSON_PARTICLES = _set(
    "이 가 은 는 을 를 도 의 랑 이랑 하고 와 과 한테 에게 께서 이가 이는 이를 이도 이의 "
    "이와 이하고 이한테 이랑은 하고는 한테는 에게는 이한테는 "
    "하구 이하구"  # round 26: the spoken 하고 (영애하구 복실이하구)
)
"""Subject, topic, object, comitative, dative and genitive particles: a person's slots."""

_KIN_AFTER = tuple(
    sorted(
        _set(
            "엄마 어머니 어머이 어마이 어매 아빠 아버지 아바이 언니 오빠 누나 형님 할머니 할매 "
            "할아버지 아들 딸 이모 고모 삼촌 아주머니 아줌마 아즈마이 아저씨 동생"
        )
    )
)
"""Kin words after a given name, bare or with the familiar -이: a teknonym (X 엄마), a
relative or a neighbour called by kin (X 언니, X이 이모)."""

_ANIMATE = _set(
    "한테 에게 께서 께 한테서 에게서 한테는 에게는 한테도 에게도 한테만 에게만 "
    "이한테 이한테서 이한테는 이에게 이께서"
)
"""Particles only a being takes (X한테 돈을 줬어요, X에게서 연락이): a person slot alone."""

_FIRST_PERSON = lazy_pattern(r" (?:저|나|내|우리)(?:랑|하고|하구|는|도|가|와|\b)")
"""The speaker after a companion (X이랑 저랑, X하고 나는); round 26: the spoken 하구 for
하고 (영애하구 나하구)."""
_COMITATIVE = _set("랑 이랑 하고 이하고 하구 이하구 와 과")

_SUBJECT_ENDINGS = ("이", "가", "은", "는")
_NAME_NOUNS = ("이름", "본명", "가명", "별명", "호적")
_COPULA_OR_AS = ("이었", "였", "이에요", "예요", "이야", "이고", "이라", "라요", "이래", "이다")

_HUMAN_VERBS = re.compile(
    "말했|말하|말해|울었|울면서|울고|웃었|웃으|죽었|돌아가셨|태어났|시집|장가|결혼|데려|"
    "데리고|잡혀|잡혔|도망|전화|불렀|가르쳐|낳았|임신|만났|만나|기억|얘기|이야기|물어|"
    "대답|보고 싶|살았|팔려|팔았|때렸|맞았|업고|안고|죽을|아팠|앓|"
    "(?:메일|문자|편지|카톡|쪽지)(?:를|을)? ?(?:보냈|보내|썼|했)|연락했|연락해|"
    "(?:학교|유치원|어린이집|학원|회사|직장)(?:에|를)? ?(?:다녀|다니|다녔|다닌)"
)
"""Verbs only people do, read to the end of the sentence after a person slot.  Round 14b:
writing a letter, a text or an e-mail to someone (X가 어제 편지를 보냈어요), which
opens a testimony's account of a friend as often as a phone call does.  Round 26: going to
school or to work (X는 지금 중학교 다녀요): only a person attends one."""


def human_verb_at(folded: str, at: int) -> bool:
    """A verb only people do opens the word after ``at`` (솔이가 울었어요: round 14)."""
    return folded[at : at + 1] == " " and _HUMAN_VERBS.match(folded, at + 1) is not None


_NAMING = _set("이라고 라고 이라는 라는 이라구 라구 이래요 래요 이란")
"""A naming ending glued to the word (X라고 불렀어요, X이라는 사람): a name is told."""

_QUOTES = "'\"‘’“”"
_NAMING_AFTER = ("라고", "이라고", "라는", "이라는", "라", "이라", "로", "으로", "이", "가", "는")
_SENTENCE_END = re.compile(r"[.!?。\n]")


class _Word(NamedTuple):
    start: int
    end: int
    stem: str
    particle: str
    compound: bool


@lru_cache(maxsize=1)
def namelike_syllables() -> frozenset[str]:
    """Syllables frequent in Korean given names: the public lists' counts, then the hand
    table's given-name row (which holds the northern 련, 룡, 녀 ...)."""
    counted = {row[0] for row in data.rows("given_syllables_ko.tsv") if int(row[1]) >= MIN_NAMES}
    return frozenset(counted) | korean.given_syllables()


def _shaped(stem: str, res: Resources) -> bool:
    given = namelike_syllables()
    if len(stem) == 3:
        return stem[0] in res.sur_ko_hangul and stem[1] in given and stem[2] in given
    return 1 <= len(stem) <= 2 and all(s in given for s in stem)


@lru_cache(maxsize=1)
def _frequent() -> frozenset[str]:
    """The most frequent words and the hand list of ordinary words the lists miss."""
    ranked = data.lexicon_ranked("ko")[:COMMON_RANK]
    return frozenset(ranked) | data.extra_words().get("ko", frozenset())


def _known(token: str, stem: str, res: Resources) -> bool:
    """A word some list explains: frequent (in its North Korean spelling too), kept, a
    place, a kinship or office word, a verb form, a word ending in 이 (목걸이)."""
    frequent = _frequent()
    if token in frequent or stem in frequent or stem in res.keep_native:
        return True
    if stem in res.gaz_hangul or stem[:2] in res.gaz_hangul or stem + "이" in res.lex_ko:
        return True  # 도문인가: a place and 인가 "or so", not 도문인 + 가
    if any(w in frequent for w in spoken_ko.southern_spellings(stem)):
        return True  # 로동, 녀자: a frequent word in its northern spelling
    if ordinary_ko.ordinary_word(stem, res, closed_words("ko")):
        return True
    if len(stem) == 2 and korean.compound_noun(stem, res):
        return True  # 차표, 셋집: two ordinary words joined
    return korean.verb_like(token, res) or ordinary_ko.spoken_ending(token, res)


def _compound(stem: str, res: Resources) -> bool:
    """Two frequent words joined (조선말 = 조선 + 말): a full name only with a naming or
    person slot after it (이민호라고), never by repetition alone."""
    common = res.lex_ko_common
    return len(stem) == 3 and stem[:2] in common and stem[2] in common


def _candidate(token: str, res: Resources) -> tuple[str, str, bool] | None:
    stem, particle = korean.name_stem(token, res)
    token = spoken_ko.hago_for_hagu(token, particle)  # 영애하구 (round 26)
    if len(stem) >= 3 and stem.endswith("이") and particle in _PERSON_PARTICLES | {"", "아", "야"}:
        stem, particle = stem[:-1], "이" + particle  # X이가, X이는: the familiar -이
    if not stem or not _shaped(stem, res) or _known(token, stem, res):
        return None
    if dictionary_ko.verb_form(token) and token not in res.given_ko:
        return None  # 가서는, 붙잡혀: a conjugated verb is no name (round 13)
    return stem, particle, _compound(stem, res)


_CACHE: WordCache[str, tuple[str, str, bool] | None] = WordCache()
"""Candidate decisions per token, kept across calls (``memory.WordCache``)."""


_UNSEEN = ("", "", False)
"""No decision yet: a candidate's stem is never empty, so no kept decision is this object."""


def _decided(token: str, res: Resources) -> tuple[str, str, bool] | None:
    """``_candidate`` of the token, kept (``_CACHE``)."""
    cache = _CACHE.of(res)
    decided = cache.get(token, _UNSEEN)  # one look-up, not two (round 31, speed)
    if decided is _UNSEEN:
        decided = cache[token] = _candidate(token, res)
    return decided


_CANDIDATE = hangul_words.register(lambda token, res: _decided(token, res) is not None)
"""A Hangul word that is a candidate: the text's table of words holds these (round 32,
speed: one word in ten of the Korean passages; the others were each sliced and looked up)."""


def _words(folded: str, res: Resources) -> list[_Word]:
    found = []
    for start, _end, token in hangul_words.words(folded, res, _CANDIDATE):
        if start and folded[start - 1].isdigit():
            continue  # 3호실, 1992년생: a unit after a number
        if start > 1 and folded[start - 1] in _QUOTES and "가" <= folded[start - 2] <= "힣":
            continue  # '장사꾼'이라: the particle after a closing quote (round 26)
        decided = _decided(token, res)
        if decided is not None:  # always: the table's test
            found.append(_Word(start, start + len(decided[0]), *decided))
    return found


def _teknonym(folded: str, word: _Word) -> bool:
    if ordinary_ko.after_determiner(folded, word.start):
        return False  # 같은 기수 언니들: which group, not whose (round 27)
    if word.particle in ("네", "이네"):
        return True
    after = folded[word.end + len(word.particle) : word.end + len(word.particle) + 7]
    return word.particle in ("", "이") and after[:1] == " " and after[1:].startswith(_KIN_AFTER)


def _named(folded: str, word: _Word, res: Resources) -> bool:
    """A naming ending (X라고) or the copula after a name noun (이름이 X였어요, 본명은 X이고,
    호적에는 X로)."""
    if word.particle in _NAMING:
        return True
    if not word.particle.startswith(_COPULA_OR_AS):
        return False
    before = folded[max(0, word.start - 12) : word.start]
    return any(noun in before for noun in _NAME_NOUNS) or _person_subject(before, res)


def _person_subject(before: str, res: Resources) -> bool:
    """The word before is a kinship, title or trade noun as a subject or topic (여동생이
    X였어요, 반장이 X예요): the copula after it tells who that person is."""
    words = before.rstrip().rsplit(" ", 1)
    if not before.endswith(" ") or not words or not words[-1]:
        return False
    subject = words[-1]
    if not subject.endswith(_SUBJECT_ENDINGS):
        return False
    stem = subject[:-1]
    return len(stem) >= 1 and ordinary_ko.ordinary_word(stem, res, closed_words("ko"))


def _quoted(folded: str, word: _Word) -> bool:
    before = folded[word.start - 1 : word.start] if word.start else ""
    close = folded[word.end : word.end + 1]
    if not before or before not in _QUOTES or not close or close not in _QUOTES:
        return False
    return folded[word.end + 1 : word.end + 4].startswith(_NAMING_AFTER)


def _person_slot(folded: str, word: _Word) -> bool:
    if word.particle in _ANIMATE:
        return True
    after = word.end + len(word.particle)
    if word.particle in _COMITATIVE and _FIRST_PERSON().match(folded, after):
        return True  # X이랑 저랑, X하고 나는, X하구 나하구
    if word.particle not in _PERSON_PARTICLES:
        return False
    rest = folded[after : after + 60]
    end = _SENTENCE_END.search(rest)
    return bool(_HUMAN_VERBS.search(rest[: end.start()] if end else rest))


def _evidence(folded: str, word: _Word, counts: Counter[str], res: Resources) -> str:
    """The rule that lifts a candidate into a span, or "" when nothing does."""
    if len(word.stem) >= 2 and _named(folded, word, res):
        return "hangul_namelike_named"
    if len(word.stem) >= 2 and _person_slot(folded, word):
        return "hangul_namelike_person_slot"
    if word.compound:
        return ""
    if counts[word.stem] >= 2 and len(word.stem) >= 2:
        return "hangul_namelike_repeated"
    if _teknonym(folded, word) or _quoted(folded, word):
        return "hangul_namelike_cued"
    return ""


def namelike_hits(folded: str, res: Resources, keep: KeepSpans) -> Iterator[Hit]:
    """Uncertain person hits for name-shaped Hangul words with evidence of a person."""
    words = _words(folded, res)
    if not words:
        return
    counts = Counter(w.stem for w in words)
    for word in words:
        rule = _evidence(folded, word, counts, res)
        if not rule or keep.contains(word.start, word.end):
            continue
        if word.stem in res.lex_ko or korean.spelled_ordinary(word.stem, res):
            rule += "_ordinary"  # a rare word: found again only before a person's particle
        yield Hit(
            start=word.start,
            end=word.end,
            label="PERSON",
            detector="catchall",
            rule=rule,
            uncertain=True,
        )
