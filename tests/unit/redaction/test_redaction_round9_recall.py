"""Round 9 of issue 11, lane RECALL-FIRST: a catch-all for name-shaped Hangul words that no
lexicon explains, flagged uncertain with evidence of a person (``namelike_ko.py``).  Every
sentence here is invented for these tests (no blind passage's text or names)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor, data
from fieldkit.redaction.keep import KeepSpans
from fieldkit.redaction.namelike_ko import COMMON_RANK, namelike_hits, namelike_syllables


def _rules(engine: Redactor, text: str) -> dict[str, set[str]]:
    """Each surface the catch-all flags, with the rules that flagged it."""
    found: dict[str, set[str]] = {}
    for hit in namelike_hits(text, engine.res, KeepSpans(())):
        assert hit.uncertain and hit.label == "PERSON"
        found.setdefault(text[hit.start : hit.end], set()).add(hit.rule.removesuffix("_ordinary"))
    return found


def _redacted(engine: Redactor, text: str) -> dict[str, bool]:
    return {text[s.start : s.end]: s.uncertain for s in engine.redact(text).spans}


# --- the syllable model ------------------------------------------------------------------


def test_syllables_come_from_the_public_name_lists() -> None:
    counted = {row[0]: int(row[1]) for row in data.rows("given_syllables_ko.tsv")}
    assert len(counted) > 150 and counted["영"] > counted["란"] > 1
    syllables = namelike_syllables()
    assert {"영", "숙", "민", "련", "룡"} <= syllables  # the hand table's northern forms too
    assert not {"것", "했", "습", "까", "뭐"} & syllables


# --- evidence: repetition, a person slot, a teknonym, a naming slot -------------------------


def test_a_name_repeated_with_no_cue_is_flagged(engine: Redactor) -> None:
    text = "지현은 스무 살이었어요. 지현을 다시 본 건 장마당에서였어요."
    assert _rules(engine, text) == {"지현": {"hangul_namelike_repeated"}}
    out = engine.redact(text)
    assert "지현" not in out.text and all(s.uncertain for s in out.spans)


def test_a_bare_name_in_a_list_counts_when_it_comes_back(engine: Redactor) -> None:
    text = "같이 간 건 경호, 태준, 그리고 저. 태준은 먼저 잡혔어요."
    assert "hangul_namelike_repeated" in _rules(engine, text)["태준"]
    assert "태준" not in engine.redact(text).text


def test_a_person_slot_a_particle_and_a_verb_of_people(engine: Redactor) -> None:
    text = "유진이 울면서 전화했어요."
    assert _rules(engine, text) == {"유진": {"hangul_namelike_person_slot"}}


def test_a_particle_only_a_being_takes(engine: Redactor) -> None:
    assert "유진" in _rules(engine, "유진한테 돈을 보냈어요.")
    assert "유진" in _rules(engine, "그다음에 유진에게서 편지가 왔어요.")


def test_with_me_is_a_person_slot(engine: Redactor) -> None:
    assert "정란" in _rules(engine, "정란이랑 저랑 같이 걸었어요.")


def test_a_teknonym_or_kin_word_after_the_name(engine: Redactor) -> None:
    assert _rules(engine, "우리 반에 지현 엄마가 있었어요.") == {"지현": {"hangul_namelike_cued"}}
    assert "지현" in _rules(engine, "지현이 언니가 밥을 해 줬어요.")
    assert "지현" in _rules(engine, "지현이네 집에서 잤어요.")


def test_a_quoted_nickname_with_a_naming_ending(engine: Redactor) -> None:
    assert "지현" in _rules(engine, "그 애를 다들 '지현'이라고 불렀어요.")


def test_a_naming_ending_or_the_copula_after_a_name_noun(engine: Redactor) -> None:
    assert _rules(engine, "자기를 유진이라고 했어요.") == {"유진": {"hangul_namelike_named"}}
    assert "유진" in _rules(engine, "그 여자 이름이 유진이었어요.")
    assert "유진" in _rules(engine, "옆집 언니가 유진이에요.")  # the copula after a kin noun


def test_a_north_korean_spelling_of_a_word_can_be_a_name(engine: Redactor) -> None:
    # 련정 reads as 연정 "affection" in the southern spelling: a rare word, a common name.
    text = "련정는 열여덟이었어요. 련정를 데려간 건 브로커였어요."
    assert "련정" in _rules(engine, text)
    assert "련정" not in engine.redact(text).text


# --- famous full names (item 4) ------------------------------------------------------------


def test_a_famous_full_name_before_a_person_slot_is_never_silent(engine: Redactor) -> None:
    text = "이민호는 저를 때렸어요."
    assert _redacted(engine, text) == {"이민호": True}
    assert "이민호" in _rules(engine, text)  # 이민 + 호 is a compound, yet a person slot


def test_a_compound_is_no_name_by_repetition_alone(engine: Redactor) -> None:
    assert _rules(engine, "조선말은 하나도 못해요. 조선말을 배웠어요.") == {}


# --- where it must not fire ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "시장에 갔어요. 시장은 컸어요.",  # a frequent word, repeated
        "봄이 왔어요. 봄이 좋아요.",  # one syllable, repeated: never by repetition
        "기다리라고 했어요. 기다리라고 또 했어요.",  # a verb form before 라고
        "정수기가 고장 났어요. 정수기를 고쳤어요.",  # a compound of words
        "차표를 샀고 차표를 잃어버렸어요.",  # two one-syllable words joined
        "도문인가 어디로 팔려 갔어요.",  # a place and 인가, not a name and 가
        "그 사람은 지원을 받았어요. 지원이 끊겼어요.",  # a frequent word
        "경찰한테 잡혔어요.",  # a frequent word before 한테
        "우리는 공원에서 놀았어요.",
        "1호실, 2호실, 3호실에 있었어요.",  # units after numbers
        "동생 이름은 한자로 써요.",  # a word after a name noun, no copula
    ],
)
def test_ordinary_words_are_left_alone(engine: Redactor, text: str) -> None:
    assert _rules(engine, text) == {}


def test_a_single_mention_with_no_evidence_is_left_alone(engine: Redactor) -> None:
    assert _rules(engine, "지현 생각이 났어요.") == {}


def test_the_frequent_words_are_a_fixed_head_of_the_lexicon() -> None:
    ranked = data.lexicon_ranked("ko")
    assert len(ranked) > COMMON_RANK and "시장" in ranked[:COMMON_RANK]


def test_a_kept_span_is_not_flagged(engine: Redactor) -> None:
    text = "지현은 왔어요. 지현을 봤어요."
    keep = KeepSpans(((0, len(text)),))
    assert list(namelike_hits(text, engine.res, keep)) == []


def test_dev_sentences_keep_their_certain_spans(engine: Redactor) -> None:
    # a name another rule finds for certain stays certain: the catch-all only adds
    text = "수진, 경란, 그리고 저. 수진은 먼저 떠났어요."
    assert _redacted(engine, text)["수진"] is False
