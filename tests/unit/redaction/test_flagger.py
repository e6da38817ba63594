"""The learned flagger (round 15): what it adds, what it never touches, and its model file."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from fieldkit.redaction import Redactor, flagger, flagger_features, flagger_items
from fieldkit.redaction.flagger import MODEL, model_path
from fieldkit.redaction.flagger_features import FEATURES_VERSION, features, tokens
from fieldkit.redaction.flagger_features import sentences as sentences_of
from fieldkit.redaction.memory import forget_texts
from speed_helpers import passages

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench"))
import flagger_train  # noqa: E402  (bench/ is not a package)


def _learned(engine: Redactor, text: str) -> list[tuple[str, str, bool]]:
    return [
        (text[s.start : s.end], s.label, s.uncertain)
        for s in engine.redact(text).spans
        if s.rule == "learned_ko"
    ]


def _all(engine: Redactor, text: str) -> tuple[str, list[tuple[object, ...]]]:
    """The output and every span but its entity digest (a fresh secret per call)."""
    result = engine.redact(text)
    spans = [(s.start, s.end, s.label, s.rule, s.uncertain) for s in result.spans]
    return result.text, spans


@pytest.mark.parametrize(
    ("text", "expected", "found"),
    [
        # a given name that is also a word (금단, "forbidden"), no cue word beside it
        (
            "우리 애는 학교에서 금단이 옆에 앉았대요.",
            "우리 애는 학교에서 [인물-1]이 옆에 앉았대요.",
            ("금단", "PERSON", True),
        ),
        # a Chinese town in its Korean reading that no table lists
        (
            "우리는 송강하에서 내려서 걸었어요.",
            "우리는 [장소-1]에서 내려서 걸었어요.",
            ("송강하", "PLACE", True),
        ),
    ],
)
def test_the_flagger_finds_what_the_rules_leave_and_flags_it_uncertain(
    engine: Redactor, rules: Redactor, text: str, expected: str, found: tuple[str, str, bool]
) -> None:
    assert rules.redact(text).text == text
    assert engine.redact(text).text == expected
    assert _learned(engine, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "그 돈이 오천 원이었나, 육천 원이었나.",  # amounts
        "시월이었나 동짓달이었나, 강이 꽁꽁 얼었어요.",  # months
        "남편 쪽 작은아버지도 장사를 했어요.",  # kinship
        "생각이 나더라고, 돈은 한 푼도 없고.",  # a verb form
        "처음 온 날 설명하세요 하고 말했어요.",  # an imperative
        "이 번호는 이미 끊겼더라고요.",  # an adverb the lexicon knows
    ],
)
def test_the_flagger_never_flags_numbers_months_closed_words_or_verbs(
    engine: Redactor, text: str
) -> None:
    assert _learned(engine, text) == []


def test_the_flagger_never_uncovers_what_the_rules_redact(
    engine: Redactor, rules: Redactor
) -> None:
    """On every development passage every character the rules redact stays redacted: the
    flagger only adds (it may merge with a rule's span or make an entity uncertain)."""
    for text in passages():
        ruled = {i for s in rules.redact(text).spans for i in range(s.start, s.end)}
        full = {i for s in engine.redact(text).spans for i in range(s.start, s.end)}
        assert ruled <= full, text


def test_every_learned_span_is_uncertain_and_a_catchall(engine: Redactor) -> None:
    for text in passages():
        for span in engine.redact(text).spans:
            if span.rule == "learned_ko":
                assert span.uncertain and span.detector == "catchall", text


def test_the_audit_scan_runs_the_rules_alone(engine: Redactor) -> None:
    """``scan`` re-reads exported text, where placeholders change every sentence's shape;
    the flagger's reading of that is not evidence (docs/redaction.md, "Round 15")."""
    assert engine.scan("우리 애는 학교에서 금단이 옆에 앉았대요.") == ()


def test_the_flagger_is_safe_to_share_between_threads(engine: Redactor) -> None:
    texts = [t for t in passages() if any("가" <= ch <= "힣" for ch in t)][:120]

    def spans(text: str) -> list[tuple[int, int, str]]:
        return [(s.start, s.end, s.label) for s in engine.redact(text).spans]

    alone = [spans(t) for t in texts]
    results: dict[int, list[list[tuple[int, int, str]]]] = {}

    def work(worker: int) -> None:
        results[worker] = [spans(t) for t in texts]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(results[worker] == alone for worker in range(4))


def test_the_shipped_model_was_trained_on_the_development_passages_as_they_are() -> None:
    """The record beside the model names its training files' digest and feature version:
    change a development set or the features and this fails until
    ``bench/flagger_train.py`` is run again."""
    record = json.loads(model_path().with_suffix(".json").read_text(encoding="utf-8"))
    files = flagger_train.training_files()
    assert record["model"] == MODEL
    assert record["features_version"] == FEATURES_VERSION
    assert record["training_sha256"] == flagger_train.digest(files)
    assert not any("sealed" in f for f in record["training_files"])
    assert model_path().stat().st_size > 100_000


def test_the_sentence_cache_is_emptied_when_the_workspace_forgets(engine: Redactor) -> None:
    """The flagger keeps its reading of each sentence between calls (the live preview);
    ``forget_texts`` (a locked or closed workspace) empties it like every word cache."""
    sentence = "우리 애는 학교에서 금단이 옆에 앉았대요."
    engine.redact(sentence)
    assert sentence in flagger._READINGS.words
    forget_texts()
    assert flagger._READINGS.words == {}
    assert _learned(engine, sentence) == [("금단", "PERSON", True)]


def test_hago_after_a_name_is_the_particle_and_keeps_the_plain_bar(engine: Redactor) -> None:
    assert flagger._bar("춘옥이하고", engine.res, flagger.THRESHOLD) == flagger.THRESHOLD


@pytest.mark.parametrize("name", ["미나", "수인", "보라", "혜다"])
def test_a_name_ending_like_the_copula_is_not_cut(name: str) -> None:
    assert flagger._COPULA.sub("", name) == name


@pytest.mark.parametrize("word", ["시월이었나", "육천", "삼백", "작은아버지", "청소했는데"])
def test_months_amounts_closed_words_and_verbs_are_never_flagged(
    engine: Redactor, word: str
) -> None:
    assert flagger._bar(word, engine.res, flagger.THRESHOLD) == flagger.NEVER


def test_the_model_digest_is_pinned_in_the_code_and_the_record() -> None:
    data = model_path().read_bytes()
    record = json.loads(model_path().with_suffix(".json").read_text(encoding="utf-8"))
    assert hashlib.sha256(data).hexdigest() == flagger.MODEL_SHA256 == record["model_sha256"]


def test_a_damaged_or_replaced_model_is_refused_before_crfsuite_reads_it(tmp_path: Path) -> None:
    """An attacker's experiment: a truncated model file crashed the whole process inside
    CRFsuite (SIGSEGV) before the digest check; now redaction refuses with FK600 and the
    process lives. Run in a child process, so that a crash fails the test instead of the
    run."""
    damaged = tmp_path / "flagger_ko.crfsuite"
    damaged.write_bytes(model_path().read_bytes()[:250_000])
    replaced = tmp_path / "other.crfsuite"
    shipped = model_path().read_bytes()
    replaced.write_bytes(shipped[:1000] + bytes([shipped[1000] ^ 1]) + shipped[1001:])
    for path in (damaged, replaced):
        child = subprocess.run(
            [sys.executable, "-c", _REDACT_WITH_MODEL, str(path)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert child.returncode == 0, child.stderr[-500:]
        assert (
            child.stdout.strip()
            == "FK600 the redaction model is damaged or was replaced; nothing was redacted"
        )


_REDACT_WITH_MODEL = """
import sys
from pathlib import Path
from fieldkit.errors import RedactionError
from fieldkit.redaction import Redactor, flagger, flagger_features, flagger_items
flagger.model_path = lambda: Path(sys.argv[1])
try:
    Redactor.default().redact("우리 애는 학교에서 금단이 옆에 앉았대요.")
except RedactionError as error:
    print(error.code, error.message)
"""


@pytest.mark.parametrize(
    ("start", "end", "touches"),
    [(0, 2, False), (1, 3, True), (3, 5, True), (5, 7, True), (7, 8, False), (9, 10, True)],
)
def test_the_spans_the_rules_found_are_looked_up_by_overlap(
    start: int, end: int, touches: bool
) -> None:
    """The flagger skips a word that overlaps any rule's span (``KeepSpans.touches``);
    spans 2-4 and 4-6 stay apart, 6-7 is inside 4-7, 9-12 stands alone."""
    from fieldkit.redaction.keep import KeepSpans

    assert KeepSpans([(2, 4), (4, 6), (4, 7), (9, 12)]).touches(start, end) is touches


def test_the_word_descriptions_are_kept_and_forgotten_and_change_no_feature(
    engine: Redactor,
) -> None:
    """``flagger_features`` keeps each word's description between calls (a new sentence is
    mostly old words); a kept description gives the same features as a fresh one, and
    ``forget_texts`` empties the cache like every word cache."""
    words = ["곽순돌이가", "연길에서", "왔어요", ".", "곽순돌이가", "2024", "Yanji"]
    forget_texts()
    fresh = flagger_features.features(words, engine.res)
    assert "곽순돌이가" in flagger_features._WORDS.words
    assert flagger_features.features(words, engine.res) == fresh
    forget_texts()
    assert flagger_features._WORDS.words == {}
    assert flagger_features.features(words, engine.res) == fresh


def test_skipping_sentences_whose_every_candidate_a_rule_took_hides_no_output(
    engine: Redactor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``flagger._open`` lets the model skip a sentence in which every word it could flag
    is a rule's already; with every sentence read, every development passage comes out the
    same (and the skip does happen, or this proves nothing)."""
    texts = [t for t in passages() if any("가" <= ch <= "힣" for ch in t)]
    skipped = []
    original = flagger._open

    def spy(*args: object) -> bool:
        opened = original(*args)  # type: ignore[arg-type]
        skipped.append(not opened)
        return opened

    monkeypatch.setattr(flagger, "_open", spy)
    forget_texts()
    gated = [_all(engine, t) for t in texts]
    assert any(skipped)
    monkeypatch.setattr(flagger, "_open", lambda *args: True)
    forget_texts()
    assert [_all(engine, t) for t in texts] == gated


def test_a_skipped_sentence_is_not_kept_and_the_word_kinds_are_forgotten(
    engine: Redactor,
) -> None:
    """A sentence the model did not read has no reading to keep (the next call's hits may
    leave a word open); the kinds ``_bar`` keeps per word are emptied by ``forget_texts``."""
    forget_texts()
    for sentence in ("김영희 씨가 왔어요.", "시월이었나 동짓달이었나."):  # a rule's name; months
        assert _learned(engine, sentence) == []
        assert sentence not in flagger._READINGS.words
    assert flagger._KINDS.words
    forget_texts()
    assert flagger._KINDS.words == {}


def test_the_model_reads_its_own_attributes_the_same_as_all_the_features(
    engine: Redactor,
) -> None:
    """``flagger_items`` hands the shipped model only the attributes it knows, as bytes:
    every marginal of every development sentence is the same as with all the features, and
    the encoded words are kept and forgotten like every word cache."""
    tagger, known = flagger._tagger(), flagger._attributes()
    assert "t=H" in known and len(known) > 1000
    forget_texts()
    engine.redact("우리 애는 학교에서 금단이 옆에 앉았대요.")
    assert flagger_items._ITEMS.words and not flagger_features._WORDS.words  # one copy kept
    forget_texts()
    sentences = [
        [w.text for w in tokens(s)]
        for t in passages()
        for _, s in sentences_of(t)
        if any("가" <= ch <= "힣" for ch in s)
    ]
    for words in sentences:
        marginals = []
        for items in (features(words, engine.res), flagger_items.items(words, engine.res, known)):
            tagger.set(items)
            marginals.append(
                [
                    tagger.marginal(label, i)
                    for i in range(len(words))
                    for label in ("O", "PER", "PLC", "ORG")
                ]
            )
        assert marginals[0] == marginals[1], words
    assert flagger_items._ITEMS.words
    forget_texts()
    assert flagger_items._ITEMS.words == {}
