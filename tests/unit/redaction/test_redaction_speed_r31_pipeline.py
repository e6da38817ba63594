"""Round 31 speed: the pipeline around the cue rules, per candidate and per span.

``doc_non_name`` asks a span's closed classes once per span and keeps them
(``not_names_doc_ko.span_facts``, over ``WordCache.derived``, the get-or-derive the word caches
now share); ``_about_a_name`` and ``_quantity`` read one character before their patterns and
caches; ``merge.merged`` builds its hit as a tuple; ``entities.link`` builds no linker when no rule
can join two mentions (``_each_alone``); ``auxiliary_after_infinitive`` reads the first
syllable before the word.  These tests compare, never time: each
shortcut gives what the plain computation gives (the plain ones are copied here as they were
before round 31), on the hits the engine finds in the development passages and on hits of
every shape over texts made of pieces (``bench/redaction_outputs.py`` checks the whole
engine's outputs).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from itertools import pairwise

import pytest

from fieldkit.redaction import (
    Redactor,
    dictionary_ko,
    entities,
    hangul,
    korean,
    merge,
    not_names_doc_ko,
    not_names_ko,
    placeholders,
    word_classes_ko,
)
from fieldkit.redaction.engine import _Field
from fieldkit.redaction.engine import _mention as engine_mention
from fieldkit.redaction.engine import _trimmed as engine_trimmed
from fieldkit.redaction.entities import Entity, Mention
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.known import compile_known
from fieldkit.redaction.memory import WordCache, forget_texts
from fieldkit.redaction.model import DETECTORS
from fieldkit.redaction.normalize import Folded
from fieldkit.redaction.not_places_ko import previous_word
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.roles import trim_roles, with_spaced_surname
from speed_helpers import made_texts, passages

_PIECES = (
    "구술자 ",
    "녹취록에 ",
    "주호소는 ",
    "제가 ",
    "저는 ",
    "제 엄마 ",
    "제  엄마 ",
    "내 ",
    "네 친구 ",
    "이거였는데 ",
    "그거예요 ",
    "여기였어요 ",
    "주소가 ",
    "위챗은 ",
    "은혜 자매 ",
    "장군님 ",
    "과장님이라고 ",
    "성함이 ",
    "밝은 달이라는 뜻 ",
    "사랑이라는 의미 ",
    "별이란 뜻 ",
    "달이 라는 뜻 ",
    "삼천 위안에 ",
    "천원씩 ",
    "삼십프로 ",
    "열아홉살짜리 ",
    "백 원짜리 ",
    "만 오천이라고 ",
    "두 병 ",
    "3 키로 ",
    "순희 ",
    "영희는 ",
    "김영희가 ",
    "그레이스 ",
    "刘德福 ",
    "Kim Ok-sun ",
    "12 ",
    "\n",
)

_RULES = ("x", "naming", "title", "name_before_title", "hangul_namelike", "honorific", "ssi")


@dataclass
class _Text:
    folded: Folded
    hits: list[Hit] = field(default_factory=list)


@pytest.fixture(scope="module")
def res() -> Resources:
    return Redactor.default().res


@pytest.fixture(scope="module")
def found() -> list[_Text]:
    """One development passage in three, with the hits the engine's detectors find in it."""
    engine = Redactor.default()
    matcher = compile_known(())
    out = []
    for text in passages()[::3]:
        one = _Field("text", text)
        out.append(_Text(one.folded, engine._detect(one, matcher, "auto", strict=False)))
    return out


def _shapes(text: str) -> list[Hit]:
    """Each word, and each word with the next, as a person, place and organisation, certain
    and uncertain, of several rules (some with a core one short)."""
    hits = []
    for n, match in enumerate(re.finditer(r"\S+(?: \S+)?", text)):
        for start, end in ((match.start(), match.end()), (match.start(), match.start() + 2)):
            end = min(end, match.end())
            for label in ("PERSON", "PLACE", "ORG"):
                for uncertain in (False, True):
                    hits.append(
                        Hit(
                            start=start,
                            end=end,
                            label=label,
                            detector=("catchall", "cue", "name")[n % 3],
                            rule=_RULES[n % len(_RULES)],
                            uncertain=uncertain,
                            core=(start, end - 1) if n % 4 == 1 and end - start > 2 else None,
                        )
                    )
    return hits


# What the shortcuts were before round 31, for comparison.


def _doc_non_name_was(text: str, hit: Hit, res: Resources) -> bool:
    d = not_names_doc_ko
    span = text[hit.start : hit.end]
    if not span or not "가" <= span[0] <= "힣":
        return False
    word = d._bare(span)
    if word in d.DOCUMENT_WORDS or span in d.DOCUMENT_WORDS:
        return True
    if hit.uncertain and (word in d.RECORD_WORDS or span in d.RECORD_WORDS):
        return True
    if span in d.PRONOUN_FORMS:
        return True
    if span in d._POSSESSIVES and text[hit.end : hit.end + 1] == " ":
        following = text[hit.end + 1 : hit.end + 8].split(None, 1)
        if bool(following) and following[0].startswith(d._KIN):
            return True
    if hit.label == "PLACE":
        return False
    demonstrative = span[:1] in d._DEMONSTRATIVE_FIRST and d._DEMONSTRATIVE.match(span)
    if word in d.ID_LABELS or word in d.ADDRESS_TITLES or demonstrative:
        return True
    if hit.label != "PERSON":
        return False
    if hit.uncertain and "naming" in hit.rule and d._THINKING().match(text, hit.end):
        return True
    return d._verb_before_title(text, hit, span, res)


def _about_a_name_was(text: str, hit: Hit, word: str) -> bool:
    n = not_names_ko
    if word in n._NAME_WORDS or text[hit.start : hit.end] in n._NAME_WORDS:
        return True
    return n._MEANING.match(text, hit.end) is not None or (
        text[hit.start : hit.end].endswith("이") and n._MEANING.match(text, hit.end - 1) is not None
    )


def _quantity_was(text: str, hit: Hit, word: str) -> bool:
    n = not_names_ko
    for form in (word, text[hit.start : hit.end + 1]):
        if n._counted(form, hit.uncertain):
            return True
    before = n._BEFORE_NUMBER.search(text, max(0, hit.start - 8), hit.start)
    if before is None:
        return False
    if re.sub("(?:짜리|씩|쯤)$", "", word) in n._UNITS:
        return True
    return bool(n._NUMBER().fullmatch(word)) and any(ch in "십백천만억" for ch in word)


def _merged_was(cluster: list[Hit]) -> Hit:
    start = min(h.start for h in cluster)
    end = max(h.end for h in cluster)
    best = min(cluster, key=lambda h: (merge._PRIORITY[h.detector], h.uncertain, h.start - h.end))
    address = merge._whole_address(cluster, start, end)
    if address is not None and best.detector != "known":
        best = address
    detail = best.detail
    if best.detector != "known":
        detail = detail or next(
            (h.detail for h in cluster if h.detail and h.label == best.label), ""
        )
    uncertain = all(h.uncertain for h in cluster)
    whole = (start, end) == (best.start, best.end)
    core = best.core if whole else None
    key = best.key
    if not whole and key.startswith("known:") and best.label == "PERSON":
        key = "known-part:" + key[6:]
    return best._replace(
        start=start, end=end, detail=detail, uncertain=uncertain, core=core, key=key
    )


def _same_filters(text: str, hit: Hit, res: Resources) -> None:
    word = not_names_ko._word(text, hit)
    where = (text[hit.start : hit.end], hit)
    assert not_names_doc_ko.doc_non_name(text, hit, res) == _doc_non_name_was(text, hit, res), where
    assert not_names_ko._about_a_name(text, hit, word) == _about_a_name_was(text, hit, word), where
    assert not_names_ko._quantity(text, hit, word) == _quantity_was(text, hit, word), where


def test_span_facts_are_the_plain_facts(found: list[_Text], res: Resources) -> None:
    forget_texts()
    spans = {one.folded.text[h.start : h.end] for one in found for h in one.hits}
    spans |= {w for t in made_texts(2131, _PIECES, 300, 6) for w in re.findall(r"\S+", t)}
    for span in sorted(spans) + sorted(spans):  # the second time, every one kept
        plain = not_names_doc_ko.span_facts_plain(span, res)
        assert not_names_doc_ko.span_facts(span, res) == plain, span


def test_filters_are_what_they_were_on_the_passages(found: list[_Text], res: Resources) -> None:
    forget_texts()
    for _ in range(2):  # cold, then every span kept
        for one in found:
            for hit in one.hits:
                if hit.label in ("PERSON", "PLACE", "ORG"):
                    _same_filters(one.folded.text, hit, res)


def test_filters_are_what_they_were_on_every_shape(res: Resources) -> None:
    forget_texts()
    for text in made_texts(2132, _PIECES, 500, 6):
        folded = Folded(text).text
        for hit in _shapes(folded):
            _same_filters(folded, hit, res)


def test_merged_is_the_plain_merge(found: list[_Text]) -> None:
    """Every cluster the engine's hits make on the passages, and random clusters of every
    detector, certainty, detail, key and core."""
    clusters = []
    for one in found:
        ordered = sorted(one.hits, key=lambda h: (h.start, -h.end))
        for n in range(len(ordered) - 1):
            clusters.append(ordered[n : n + 2])
            clusters.append(ordered[n : n + 3])
    draw = random.Random(2133)
    for _ in range(3000):
        at = draw.randrange(40)
        clusters.append(
            [
                Hit(
                    start=at + draw.randrange(4),
                    end=at + 4 + draw.randrange(6),
                    label=draw.choice(("PERSON", "PLACE", "ADDRESS", "ORG")),
                    detector=draw.choice(DETECTORS),
                    rule="x",
                    uncertain=draw.random() < 0.5,
                    detail=draw.choice(("", "Jilin", "1987")),
                    key=draw.choice(("", "known:1", "known:2")),
                    core=draw.choice((None, (at + 1, at + 3))),
                )
                for _ in range(draw.randrange(2, 5))
            ]
        )
    for cluster in clusters:
        new, plain = merge.merged(cluster), _merged_was(cluster)
        assert new == plain and type(new) is type(plain), cluster


def test_word_cache_derived_is_get_or_derive(res: Resources) -> None:
    cache: WordCache[str, int] = WordCache(limit=3)
    calls = []

    def derive(word: str, tables: Resources) -> int:
        calls.append(word)
        return len(word) if tables is res else -1

    assert [cache.derived(res, w, derive) for w in ("가", "가나", "가")] == [1, 2, 1]
    assert calls == ["가", "가나"]  # the second 가 was kept
    for word in ("다", "라", "마"):
        cache.derived(res, word, derive)
    assert len(cache.words) <= cache.limit + 1  # bounded: past the limit it starts afresh
    other = Redactor.default(learned=False).res
    assert other is res or cache.derived(other, "가", derive) == 1


def test_forget_texts_empties_the_span_facts(res: Resources) -> None:
    not_names_doc_ko.span_facts("구술자", res)
    assert not_names_doc_ko._FACTS.words
    forget_texts()
    assert not not_names_doc_ko._FACTS.words


def _linked_was(mentions: list[Mention]) -> list[Entity]:
    """``link`` without known terms as it was before round 31: the linker, bar one mention."""
    if not mentions:
        return []
    if len(mentions) == 1:
        one = mentions[0]
        key = f"{one.label}:{entities._text_key(one.label, one.surface)}"
        return [Entity(one.label, key, one.detail)]
    linker = entities._Linker(mentions, ())
    linker.exact()
    joined = linker.parts(linker.full_names())
    linker.places(joined)
    return linker.entities()


_SURFACES = ("김영희", "영희", "김", "Kim Young-hee", "Young-hee", "회령", "회령시", "연길", "延吉")


def test_each_alone_is_what_the_linker_gives(found: list[_Text]) -> None:
    """The mentions of each passage's merged hits, and random mentions of every label,
    detector, certainty and of surfaces that rules 3 to 6 join."""
    groups = []
    for one in found:
        field = _Field("text", one.folded.text)
        field.hits = list(one.hits)
        hits = merge.merge(field.hits)
        groups.append([engine_mention(field, hit) for hit in hits])
        groups.extend([engine_mention(field, hit)] for hit in hits)
        groups.extend(
            [engine_mention(field, a), engine_mention(field, b)] for a, b in pairwise(hits)
        )
    draw = random.Random(2134)
    for _ in range(5000):
        groups.append(
            [
                Mention(
                    label=draw.choice(("PERSON", "PLACE", "ORG", "OTHER", "DATE")),
                    detector=draw.choice(("catchall", "cue", "name", "gazetteer")),
                    uncertain=draw.random() < 0.5,
                    term=None,
                    surface=draw.choice(_SURFACES),
                    detail=draw.choice(("", "North Hamgyong")),
                )
                for _ in range(draw.randrange(1, 4))
            ]
        )
    alone = 0
    for mentions in groups:
        assert entities.link(mentions, ()) == _linked_was(mentions), mentions
        alone += entities._each_alone(mentions) is not None and len(mentions) > 1
    assert alone > 100  # the shortcut was taken, not only declined


def _text_language_was(text: str) -> str:
    """``text_language`` of an "auto" call as it was before round 31."""
    if text.isascii():
        return "en"
    scores = {
        "ko": 3 * sum(map(len, re.findall("[가-힣]+", text))),
        "zh": 3 * sum(map(len, re.findall("[\u4e00-\u9fff]+", text))),
        "en": sum(map(len, re.findall("[A-Za-z]+", text))),
    }
    best = max(scores, key=lambda k: (scores[k], k == "en"))
    return best if scores[best] else "en"


_SCRIPTS = (
    "김영희 ",
    "영희 ",
    "刘德福 ",
    "延吉 ",
    "Kim ",
    "Ok ",
    "12 ",
    "—",
    "é ",
    "\n",
    "가",
    "x",
)


def test_text_language_is_what_it_was() -> None:
    """Every passage, and texts made of Hangul, Hanzi and Latin pieces in every proportion
    (ties among them too), as the engine reads each (its folded form)."""
    texts = passages() + made_texts(2135, _SCRIPTS, 4000, 5) + ["", "가a", "가abc", "刘가"]
    for text in texts:
        folded = Folded(text).text
        assert placeholders.text_language(folded) == _text_language_was(folded), folded
    ties = [t for t in texts if _text_language_was(t) != placeholders.text_language(t, "ko")]
    assert ties  # not all Korean: the comparison reads each outcome


def _drop_non_names_was(text: str, hits: list[Hit], res: Resources) -> list[Hit]:
    """``drop_non_names`` as it was before round 31: ``market_as_place`` asked of every hit."""
    n = not_names_ko
    kept = [
        n.market_as_place(text, hit)
        for hit in hits
        if hit.label not in ("PERSON", "PLACE", "ORG")
        or hit.detector in ("known", "pattern")
        or not n._not_a_name(text, hit, res)
    ]
    return n.drop_place_nouns(text, kept)


_MARKETS = ("연길 서시장 뒤에 ", "동시장 ", "서시장이 ", "김서시장 ", *_PIECES)


def test_drop_non_names_is_what_it_was(found: list[_Text], res: Resources) -> None:
    forget_texts()
    for one in found:
        text = one.folded.text
        assert not_names_ko.drop_non_names(text, one.hits, res) == _drop_non_names_was(
            text, one.hits, res
        )
    rules = ("mandarin_name", "mandarin_name_ordinary", "x", "naming")
    for text in made_texts(2136, _MARKETS, 300, 5):
        folded = Folded(text).text
        hits = [h._replace(rule=rules[n % 4]) for n, h in enumerate(_shapes(folded))]
        assert not_names_ko.drop_non_names(folded, hits, res) == _drop_non_names_was(
            folded, hits, res
        )


def _auxiliary_was(text: str, start: int, res: Resources) -> bool:
    """``auxiliary_after_infinitive`` as it was before round 31 (the word read out first)."""
    w = word_classes_ko
    token = hangul.word_from(text, start)
    if len(token) < 2 or token[0] not in w._AUX_FIRST or token in res.given_ko:
        return False
    if not w.infinitive(previous_word(text, start, 12)):
        return False
    if dictionary_ko.verb_form(token) or w._intention(token):
        return True
    final = hangul.decompose(token[-1])[2]
    if final not in ("ㄴ", "ㄹ") or not korean.adnominal_verb(token, res):
        return False
    return w._BOUND_NOUN().match(text, start + len(token)) is not None


_AUXILIARIES = (
    "적어 주실 수 ",
    "생각해 보아도 ",
    "써 봐요 ",
    "가져 갔어요 ",
    "지어 준 ",
    "먹어 버렸다 ",
    "해 드릴게요 ",
    "주 ",
    "보 ",
    "A 보아 ",
    *_PIECES,
)


def test_auxiliary_after_infinitive_is_what_it_was(res: Resources) -> None:
    """At every position of the passages and of made texts of auxiliaries."""
    texts = [Folded(t).text for t in passages()[::3] + made_texts(2137, _AUXILIARIES, 400, 6)]
    for text in texts:
        for start in range(len(text) + 1):
            new = word_classes_ko.auxiliary_after_infinitive(text, start, res)
            assert new == _auxiliary_was(text, start, res), (text, start)


def test_only_person_hits_are_trimmed(found: list[_Text], res: Resources) -> None:
    """``roles`` leaves every other hit as it is: what the engine no longer asks of them."""
    shapes = [(Folded(t).text, None) for t in made_texts(2138, _PIECES, 200, 6)]
    for text, hits in [(one.folded.text, one.hits) for one in found] + shapes:
        for hit in hits if hits is not None else _shapes(text):
            plain = with_spaced_surname(text, trim_roles(text, hit, res), res)
            assert engine_trimmed(text, hit, res) == plain
            if hit.label != "PERSON":
                assert plain is hit
