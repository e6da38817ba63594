"""The learned flagger: a second opinion on Korean words the rules left alone.

Fourteen rounds of hand-written rules reach 0.87-0.92 recall for Korean names in text
nobody tuned them to (docs/redaction.md, "Round 14"): each new round's rules carry about a
tenth of what they fix to unseen text.  The flagger is a different kind of detector with
different errors, a conditional random field (CRFsuite through python-crfsuite) trained on
the ~2,000 annotated development passages by ``bench/flagger_train.py``.  It runs last, on
texts with Hangul, and may only add: a Hangul word that no rule marked and that the model
gives at least ``THRESHOLD`` probability of being a name, a place or an organisation is
redacted and flagged *uncertain*, for the interviewer's review.  It never removes or relabels
what a rule found, and the keep-list and the interviewer's releases apply to it as to any
catch-all hit.

The model reads one sentence at a time (``flagger_features.sentences``) and its reading of
each sentence is kept between calls (``_READINGS``, emptied by ``memory.forget_texts``).
The model file is data, read-only, loaded on the first Korean text; CRFsuite's tagger holds
the sentence between ``set`` and ``marginal``, so one lock serialises its use (the engine
is shared by threads).
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from fieldkit.errors import RedactionError
from fieldkit.redaction import cuewords, dictionary_ko, hangul, korean, org_nouns, spoken_ko
from fieldkit.redaction.flagger_context import compass_branch, depicted, read_by_others
from fieldkit.redaction.flagger_features import Token, features, sentences, tokens
from fieldkit.redaction.flagger_items import attributes, items
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import KeepSpans
from fieldkit.redaction.memory import WordCache
from fieldkit.redaction.orgs_spaced_ko import kind_compound
from fieldkit.redaction.orgs_taught_ko import taught_kind
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.things_named_ko import noun_in_i, thing_compound
from fieldkit.redaction.verbs_ko import never_a_noun

__all__ = ["LABELS", "MODEL", "MODEL_SHA256", "THRESHOLD", "flag"]

MODEL = "flagger_ko.crfsuite"
MODEL_SHA256 = "fe090f6d41a094c3629df8b440356593382f98d5c187d6678b4a24bdf77b2606"
"""The shipped model's digest (``bench/flagger_train.py`` writes it here).  CRFsuite trusts
the file it reads: a truncated model crashes the process (a segmentation fault, tried), so
the bytes are checked before CRFsuite sees them."""
LABELS = {"PER": "PERSON", "PLC": "PLACE", "ORG": "ORG"}
THRESHOLD = 0.5
"""The least probability of "not an ordinary word" for which a word is flagged; chosen by
``bench/flagger_train.py --cv`` on the development sets (docs/redaction.md, "Round 15")."""

COMMON_THRESHOLD = 0.90
"""The bar for one syllable and for a dictionary noun ending in a place's suffix (``_bar``).
0.95 until round 35; two-fold cross-validation of the flagger alone on the development sets
(round 35's training data) found 0.90 adds 29 of the held-out folds' 2,775 names, 16 of
their 2,102 places and an organisation, for 56 more flags (docs/redaction.md, "Round 35")."""

WORD_THRESHOLD = 0.70
"""The bar for any other word the lexicon knows, a compound or a verb form (``_bar``): 0.90
until round 39.  Two folds again (held out cg, ck, cl, cm and bm, bq, bt, ca, cb, cc; the
rules' spans beside a flagger that never read them, ``bench/flagger_cv.py``): 0.70 for words
of two syllables or more adds 6 of the folds' 2,038 names and 3 of their 1,897 places to the
rules and 0.90's flags, for 14 more flags (106 -> 120), keep loss 1.98% -> 1.99% and 2.22% ->
2.25%.  One syllable stays at ``COMMON_THRESHOLD`` (곽도 after 곽덕수 is propagation's: a new
entity there splits one person in two), and so does a dictionary noun in a place's suffix
(행동에 옮겼어요: the 동 leans the model to a place); docs/redaction.md, "Round 39"."""
_COPULA = re.compile(
    r"(?:이었|였|이)(?:나|는데|지만|어요|에요|죠|고|다|라며|라서|라)요?$"
    r"|(?:인가|인지|인데|이고|이라며|이라서|이에요|예요|이요|이오|이우)$"
)
"""The copula and its endings after a noun (시월이었나, 신분증이라며, 오월인가); never a bare
ending that could be a name's last syllable (미나, 수인, 보라)."""
_VERB_END = re.compile(
    r"(?:더라고|더라|더니|는데|었는데|았는데|했는데|하는|해서|하면|습니다|어요|아요|지요"
    r"|세요|십시오|할까|될까|되어|하여|당해|당할까|었다|았다|였다|겠다|생각해|생각하"
    r"|으라고|으라는|으라며|으래)(?:만|도|요)?$"
)
"""Endings only a verb or adjective takes (나더라고, 청소했는데; round 16: the imperative
quoted, 가만있으라고만, which a name never takes: 이라고); not 하고, which is also the
particle "and" after a name (춘옥이하고)."""
NEVER = 2.0
"""A bar no probability reaches."""
_NUMBER = re.compile(
    r"(?:[일이삼사오육칠팔구십]+|시|유|정|동짓|섣)월|동짓달|섣달"
    r"|[일이삼사오육칠팔구십백천만억]+(?:원|년|달|살|명|번)?"
)
"""Months (시월, 동짓달) and amounts in Sino-Korean numerals (육천, 삼백 원)."""

_LOCK = threading.Lock()
_HANGUL = re.compile("[가-힣]")


def model_path() -> Path:
    return Path(str(resources.files("fieldkit.redaction") / "data" / MODEL))


def _tagger() -> pycrfsuite.Tagger:
    """The shipped model, opened from bytes whose digest matched (``_model``)."""
    return _opened()[0]


@cache
def _opened() -> tuple[pycrfsuite.Tagger, bytes]:
    """The tagger and the bytes it reads: CRFsuite reads the model in place, without a
    copy, so the bytes must live as long as the tagger (a freed buffer crashed it)."""
    data = _model()
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(data)
    return tagger, data


def _model() -> bytes:
    """The model file's bytes; ``RedactionError`` when they are not the shipped ones (a
    damaged install, a replaced file): nothing is redacted then, and the caller says so."""
    try:
        data = model_path().read_bytes()
    except OSError as error:
        raise RedactionError(
            f"the redaction model cannot be read ({type(error).__name__}); nothing was redacted",
            where=MODEL,
            hint="install fieldkit completely",
        ) from None
    if hashlib.sha256(data).hexdigest() != MODEL_SHA256:
        raise RedactionError(
            "the redaction model is damaged or was replaced; nothing was redacted",
            where=MODEL,
            hint="install fieldkit again from a copy you trust",
        )
    return data


def flag(
    text: str,
    res: Resources,
    taken: Sequence[Hit],
    *,
    tagger: pycrfsuite.Tagger | None = None,
    threshold: float = THRESHOLD,
) -> list[Hit]:
    """Uncertain hits for the Hangul words of ``text`` that no hit in ``taken`` touches and
    that the model reads as a name, place or organisation (``tagger``: another model, for
    ``bench/flagger_train.py --cv``).  Each sentence with Hangul is read on its own
    (``sentences``): a long document's English or Chinese paragraphs cost nothing, and the
    shipped model's reading of a sentence is kept (``_READINGS``) for the next call; a
    sentence whose every word the model could flag is a rule's already is not read
    (``_open``)."""
    busy = KeepSpans((h.start, h.end) for h in taken)
    org_ends = {h.end for h in taken if h.label == "ORG"}
    out: list[Hit] = []
    shipped = tagger is None and threshold == THRESHOLD
    kept: dict[str, Reading] = _READINGS.of(res) if shipped else {}  # else: this call only
    for start, sentence in sentences(text):
        if not _HANGUL.search(sentence):
            continue
        reading = kept.get(sentence)
        if reading is None:
            words = tokens(sentence)
            if not _open(words, start, busy, res):
                continue  # every word the model could flag is a rule's: nothing to read
            reading = kept[sentence] = _reading(words, res, tagger, threshold)
        for word_start, word_end, cut, label in reading:
            if not busy.touches(start + word_start, start + word_end):
                if label == "ORG" and _kind_after_org(sentence, word_start, cut, org_ends, start):
                    continue
                end = _before_kind(sentence, word_start, cut) if label == "ORG" else cut
                out.append(_hit(start + word_start, start + end, label))
    return _joined(out)


def _open(words: list[Token], start: int, busy: KeepSpans, res: Resources) -> bool:
    """Whether a word of the sentence (at ``start`` in the text) could be flagged: a Hangul
    word the bar allows (``_bar``) that no rule's hit touches.  When none is, the model's
    reading would add nothing (``flag`` drops what touches a hit), and the sentence is not
    read: a third of the sentences of the development passages (the CRF is most of the
    flagger's cost).  Nothing is kept for it, since the next call's hits may differ."""
    for word in words:
        if (
            "가" <= word.text[0] <= "힣"
            and not busy.touches(start + word.start, start + word.end)
            and _kind(word.text, res) != _NEVER  # asked last: a new word's kind costs most
        ):
            return True
    return False


Reading = tuple[tuple[int, int, int, str], ...]
"""(start, end, cut, label) in a sentence of each word the model reads as named: the
word's span, and where its name ends (``_cut``)."""


def _reading(
    words: list[Token], res: Resources, tagger: pycrfsuite.Tagger | None, threshold: float
) -> Reading:
    found = _probable(words, res, tagger or _tagger(), threshold)
    return tuple((words[i].start, words[i].end, _cut(words[i]), label) for i, label in found)


def _probable(
    words: list[Token], res: Resources, tagger: pycrfsuite.Tagger, threshold: float
) -> list[tuple[int, str]]:
    """(index, likeliest named label) of the Hangul words the model gives their bar or more
    of being named (the sum over the three named labels, ``_bar``)."""
    hangul = [i for i, w in enumerate(words) if "가" <= w.text[0] <= "힣"]
    if not hangul:
        return []
    items = _items([w.text for w in words], res, tagger)
    out = []
    with _LOCK:
        tagger.set(items)
        for i in hangul:
            if read_by_others(words, i):
                continue
            named = 1.0 - tagger.marginal("O", i)
            if named >= threshold and named >= _bar(words[i].text, res, threshold):
                odds = {label: tagger.marginal(label, i) for label in LABELS}
                label = max(odds, key=odds.__getitem__)
                if label != "PLC" or not depicted(words, i, res):
                    out.append((i, label))
    return out


_READINGS: WordCache[str, Reading] = WordCache(limit=4096)
"""The shipped model's reading of each sentence seen: the live preview reads the whole
story again at each key press, and all its sentences but one are the same
(``memory.WordCache``: bounded, emptied when the workspace closes)."""


def _items(
    words: list[str], res: Resources, tagger: pycrfsuite.Tagger
) -> list[list[str]] | list[list[bytes]]:
    """The sentence's features for ``tagger``: for the shipped model only those it knows,
    encoded (``flagger_items``); for another (``bench/flagger_train.py --cv``) all of them."""
    if tagger is _tagger():
        return items(words, res, _attributes())
    return features(words, res)


@cache
def _attributes() -> frozenset[str]:
    """The shipped model's attribute names (read from its checked bytes)."""
    return attributes(_opened()[1])


def _bar(word: str, res: Resources, threshold: float) -> float:
    """The probability a word needs.  A word the lexicon knows (사과, 이름이라며, 경기도), a
    compound of frequent words (김치공장, 집주인) or a verb form needs ``WORD_THRESHOLD``; one
    syllable or a dictionary noun in a place's suffix ``COMMON_THRESHOLD``: the lexicon may
    raise the bar, never keep a word the model is sure of.  A number or a month (육천,
    시월이었나), a closed word (작은아버지, 식당) or a word with a verb's ending (나더라고,
    설명하세요) is never flagged: it names nobody."""
    kind = _kind(word, res)
    if kind == _NEVER:
        return NEVER
    if kind == _DOUBTFUL:
        return max(threshold, COMMON_THRESHOLD)
    return max(threshold, WORD_THRESHOLD) if kind == _KNOWN else threshold


_NEVER, _DOUBTFUL, _PLAIN, _KNOWN = 0, 1, 2, 3

_KINDS: WordCache[str, int] = WordCache()
"""Each word's kind for ``_bar``, kept across calls (``memory.WordCache``): ``_open`` asks
it of every Hangul word of a sentence read for the first time, and most words were seen
before (particles, verbs)."""


def _kind(word: str, res: Resources) -> int:
    """Never flagged, doubtful (the higher bar), known (the lexicon's bar) or plain (``_bar``),
    whatever the threshold."""
    return _KINDS.derived(res, word, _judged)  # kept (``WordCache.derived``, round 31)


_KIND_MODIFIERS = frozenset(
    str.split("여자 남자 공립 사립 국립 시립 도립 인민 초급 고급 조선족 한족 중국 한국 북한 일반")
)
"""Words that make a kind of school or business, not a name, before its kind noun."""


def _judged(word: str, res: Resources) -> int:
    stem = korean.split_particle(word)[0]
    bare = _COPULA.sub("", stem)
    if not bare or _NUMBER.fullmatch(bare) or korean.NATIVE_NUMBER().fullmatch(bare):
        return _NEVER
    if bare in _closed() or _VERB_END.search(word) or never_a_noun(word):
        return _NEVER
    if any(south in _closed() for south in spoken_ko.southern_spellings(bare)):
        return _NEVER  # 녀자, 려관: a closed word in North Korean spelling (round 18; not
        # any word: 리화, 련희 and 룡수 are names whose southern spellings are words)
    kind = org_nouns.kind_noun_length(bare)
    if kind and kind_compound(bare[:-kind], bare[-kind:]):
        return _NEVER  # 통조림가공공장: a kind of place, as the rules read it (round 17)
    if kind and bare[:-kind] in _KIND_MODIFIERS:
        return _NEVER  # 여자중학교, 한족식당: a kind of school or shop (round 18)
    if bare[:2] in ("우리", "저희") and (kind or bare[2:] in org_nouns.COMPANY_SUFFIX):
        return _NEVER  # 우리전자, 저희식당: "our" firm or shop (round 35)
    if kind and taught_kind(bare[:-kind], bare[-kind:]):
        return _NEVER  # 요양보호사교육원: what a school teaches, as the rules read it (r19)
    if thing_compound(bare, res, strict=True):
        return _NEVER  # 아바이순대, 속병: a dish, an illness (round 26)
    noun = bare + "이"
    if word.startswith(noun) and len(bare) >= 2 and noun_in_i(noun, res):
        return _NEVER  # 배앓이를: a dictionary noun ending in 이, not 배앓 + 이를 (round 26)
    known = res.lex_ko
    if len(stem) == 1 and stem + "이" in known and word.startswith(stem + "이"):
        return _NEVER  # 길이는: the noun 길이 and its particle, not 길 + 이는 (round 20)
    if _described_kin(bare, res):
        return _NEVER  # 젊은언니: an adjective's form before a kinship word (round 20)
    if len(bare) >= 3 and bare[-1] == "씨" and bare in known and bare[:-1] in known:
        return _NEVER  # 마음씨, 아가씨: a noun in 씨, not a name and 씨 (round 35)
    if len(bare) >= 3 and bare[-1] in "대단" and bare in known and bare not in res.given_ko:
        return _NEVER  # 민병대, 예술단: a listed word in 대 or 단, a kind of unit (round 36)
    if compass_branch(bare):
        return _NEVER  # 서부지원: a branch by the compass (round 37)
    if len(bare) >= 3 and bare[-1] == "님" and bare[:-1] in known and bare[:-1] not in res.given_ko:
        return _NEVER  # 이사장님이: an office the lexicon knows and its 님 (round 39)
    if len(stem) < 2 or _suffixed_noun(bare):
        return _DOUBTFUL  # 곽도, 행동에: the higher bar (``COMMON_THRESHOLD``)
    doubtful = (
        word in known
        or stem in known
        or bare in known
        or word in res.keep_native
        or stem in res.keep_native
        or korean.ordinary(bare, res)
        or korean.verb_form(word, res)
    )
    return _KNOWN if doubtful else _PLAIN


_PLACE_SUFFIXES = frozenset("동리촌군시구읍면진현도")


def _suffixed_noun(bare: str) -> bool:
    """A dictionary noun ending in a place's suffix (행동, 운동, 이사도): read as a place by
    the model's suffix features more often than it is one."""
    return len(bare) >= 2 and bare[-1] in _PLACE_SUFFIXES and dictionary_ko.noun(bare)


def _described_kin(bare: str, res: Resources) -> bool:
    """젊은언니, 늙은할매: a kinship word after a verb's or adjective's adnominal form (closed
    by ㄴ, or 는, 던), typed as one word; no name is made so.  A head whose syllables are
    all common in given names (영순언니, 지은언니) stays a name."""
    for kin in cuewords.cue_words().get("kinship", "ko"):
        head = bare[: -len(kin)]
        if len(head) < 2 or not bare.endswith(kin) or head in res.lex_ko:
            continue
        last = head[-1]
        closed_by_n = "가" <= last <= "힣" and hangul.decompose(last)[2] == "ㄴ"
        if (closed_by_n or last in "는던") and not dictionary_ko.given_syllables_only(head):
            return True
    return False


@cache
def _closed() -> frozenset[str]:
    """Kinship and role words, titles, papers and units (``cuewords.closed_words``) and the
    kinds of business and facility (식당, 교회): the words beside a name, never the name."""
    return cuewords.closed_words("ko") | org_nouns.korean_nouns()


def _cut(word: Token) -> int:
    """Where the name ends: the word less its particles (명숙이가 -> 명숙), or the whole word
    when that would leave one syllable (사과를 is not 사 + 과를): a particle redacted leaks
    nothing, a syllable left behind might."""
    stem, tail = korean.split_particle(word.text)
    bare = _COPULA.sub("", stem)
    if len(bare) >= 2 and korean.final_consonant(bare[-1]) == stem[len(bare) :].startswith("이"):
        return word.start + len(bare)  # 믿음이요 -> 믿음, 순자예요 -> 순자 (round 18)
    if len(stem) == 1 and tail.startswith("이") and korean.surname_only(stem):
        return word.start + 1  # 김이 왔다: a surname no given name holds, its particle out (r31)
    if len(stem) == 1 and tail.startswith("이") and korean.final_consonant(stem):
        return word.start + 2  # 숙이랑 -> 숙이: the particle stays out (r19), the affectionate
        # 이 stays in, as the rules' spans hold it (round 20: 옥이랑 beside a rule's 옥이)
    return word.start + (len(stem) if len(stem) >= 2 else len(word.text))


def _before_kind(sentence: str, start: int, end: int) -> int:
    """An organisation's name without the kind noun glued to it (부천센터 -> 부천), as the
    rules cut it, so that the kind stays in the text and the name meets the rules' mention
    of it (round 21)."""
    kind = org_nouns.kind_noun_length(sentence[start:end])
    if not kind or end - kind - start < 2:
        return end
    noun = sentence[end - kind : end]
    if noun in org_nouns.NAMED_KINDS or noun in org_nouns.COMPANY_SUFFIX:
        return end  # 지원재단, 대성전자: the kind is part of the name, as the rules keep it
    return end - kind


def _kind_after_org(sentence: str, start: int, end: int, org_ends: set[int], at: int) -> bool:
    """A kind noun with at most one syllable before it (발마사지, 한식당) right after an
    organisation a rule found (소망 발마사지에서): the named place's kind, not a second
    organisation (round 34)."""
    return at + start - 1 in org_ends and org_nouns.kind_with_prefix(sentence[start:end])


def _hit(start: int, end: int, label: str) -> Hit:
    return Hit(
        start=start,
        end=end,
        label=LABELS[label],
        detector="catchall",
        rule="learned_ko",
        uncertain=True,
    )


def _joined(hits: list[Hit]) -> list[Hit]:
    """Neighbouring flagged words of one label (김 영희) become one hit."""
    out: list[Hit] = []
    for hit in hits:
        last = out[-1] if out else None
        if last is not None and last.label == hit.label and 0 < hit.start - last.end <= 1:
            out[-1] = last._replace(end=hit.end)
        else:
            out.append(hit)
    return out
