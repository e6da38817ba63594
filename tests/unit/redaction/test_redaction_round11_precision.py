"""Round 11 of issue 11, lane PREC: slots no name can hold (``not_names_ko.py``).

Every sentence is invented for these tests (no blind passage's text or names).  Each class has
sentences where nothing may be redacted and sentences where the name beside the same cue must
still be."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _spans(engine: Redactor, text: str) -> dict[str, bool]:
    """Each redacted surface and whether it is uncertain."""
    return {text[s.start : s.end]: s.uncertain for s in engine.redact(text).spans}


# --- 1. a word about a name, and a meaning being explained -----------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("그 집 딸 별명이 뭐였더라.", "별명"),
        ("고모 이름이요? 그건 안 알려줄래요.", "이름이요"),
        ("딸 이름은 은별인데 은빛 별이라는 뜻이래요.", "뜻이"),
        ("시누이 이름은 샛별이고 새벽 별이란 뜻이래요.", "뜻이"),
    ],
)
def test_a_word_about_a_name_is_no_name(engine: Redactor, text: str, word: str) -> None:
    assert word not in _spans(engine, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("딸 이름은 은별인데 은빛 별이라는 뜻이래요.", "은별"),
        ("시누이 이름은 샛별이고 새벽 별이란 뜻이래요.", "샛별"),
        ("고향 사람 말로는 만복이라고 불렀대요.", "만복"),
        ("남편 철수는 술을 먹었어요.", "철수"),
    ],
)
def test_the_name_beside_it_is_still_redacted(engine: Redactor, text: str, name: str) -> None:
    assert name in _spans(engine, text)


# --- 2. a quantity ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("브로커가 나를 사천 위안에 넘겼어요.", "위안"),
        ("약값은 만 이천이라고 했어요.", "이천"),
        ("밥값은 이십원이었는데 주사 한대에 삼십원이었어요.", "한대"),
        ("집주인한테 천원 주고 나왔어요.", "천원"),
        ("수수료는 삼할이래요.", "삼할"),
        ("그때 쌀 한키로에 삼천원이었어요.", "한키"),
        ("공장에 스무살짜리 애도 있었어요.", "스무살짜리"),
    ],
)
def test_a_quantity_is_no_name_nor_place(engine: Redactor, text: str, word: str) -> None:
    assert word not in _spans(engine, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("우리는 이원에서 살았어요.", "이원"),
        ("이원군에서 왔어요.", "이원군"),
        ("시어머니 한명숙이 나를 때렸어요.", "한명숙"),
        ("오천이라는 동네에서 잤어요.", "오천"),
        ("미선이라는 여자가 사천 위안을 받았어요.", "미선"),
    ],
)
def test_numeral_syllables_in_a_name_or_place_stay_redacted(
    engine: Redactor, text: str, name: str
) -> None:
    assert name in _spans(engine, text)


# --- 3. an adverb or a demonstrative the lexicon doubted -------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("진짜 언니는 아니고 옆집 사람이었어요.", "진짜"),
        ("남편 진짜 이름은 몰라요.", "진짜"),
    ],
)
def test_an_adverb_in_a_name_slot_is_no_name(engine: Redactor, text: str, word: str) -> None:
    assert word not in _spans(engine, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("언니 미선이가 돈을 보냈어요.", "미선이"),
        ("이모 순자가 데리러 왔어요.", "순자"),
    ],
)
def test_a_name_after_a_kin_noun_stays_redacted(engine: Redactor, text: str, name: str) -> None:
    assert name in _spans(engine, text)


def test_a_conjunction_before_an_organisation_noun_is_no_name(engine: Redactor) -> None:
    assert "근데" not in _spans(engine, "돈이 없었어요. 근데 교회 집사님이 밥을 사줬어요.")


def test_a_name_before_an_organisation_noun_stays_redacted(engine: Redactor) -> None:
    assert any("해바라기" in s for s in _spans(engine, "해바라기식당에서 일했어요."))


# --- 4. the verb of a negation or a quotation; calendar words --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "형이 전화로 그 얘기는 하지 마라 했어요.",
        "그 말은 남한테 하지 말고 있어라.",
        "거기는 옛날 이름으로 새말이라고 하지.",
    ],
)
def test_hajima_and_quoted_haji_are_verbs(engine: Redactor, text: str) -> None:
    assert "하지" not in _spans(engine, text)


def test_the_quoted_name_before_haji_stays_redacted(engine: Redactor) -> None:
    assert "새말" in _spans(engine, "거기는 옛날 이름으로 새말이라고 하지.")
    assert "가을" in _spans(engine, "그 집 딸 이름이 가을이라고 하지요.")


@pytest.mark.parametrize(
    ("text", "word"),
    [("정월에 강을 건넜어요.", "정월"), ("그 해 정월에 애를 낳았어요.", "정월")],
)
def test_a_calendar_word_is_no_place(engine: Redactor, text: str, word: str) -> None:
    assert word not in _spans(engine, text)


def test_a_naming_cue_still_wins_over_a_calendar_word(engine: Redactor) -> None:
    assert "정월" in _spans(engine, "정월이라는 여자가 도와줬어요.")


# --- 5. English: an ordinary capitalised word between a determiner and its noun -------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Thai police took us to a cell.", "Thai"),
        ("A Lao driver took us to the river.", "Lao"),
    ],
)
def test_an_adjective_before_its_noun_is_no_name(engine: Redactor, text: str, word: str) -> None:
    assert word not in _spans(engine, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We lived with the Kim family for a year.", "Kim"),
        ("I lived with the Han family for a year.", "Han"),
        ("Then Dragon came and took the money.", "Dragon"),
        ("She said the Golden Lotus massage parlour was closed.", "Golden Lotus"),
    ],
)
def test_surnames_nicknames_and_capitalised_runs_stay_redacted(
    engine: Redactor, text: str, name: str
) -> None:
    assert name in _spans(engine, text)


@pytest.mark.parametrize(
    ("text", "word", "identifier"),
    [
        ("아들 아이디가 bluesky77이에요.", "아이디", "bluesky77"),
        ("언니 이메일은 abc123@naver.com이에요.", "이메일", "abc123@naver.com"),
    ],
)
def test_a_word_for_an_identifier_is_no_name_and_the_identifier_stays(
    engine: Redactor, text: str, word: str, identifier: str
) -> None:
    spans = _spans(engine, text)
    assert word not in spans
    assert identifier in spans


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("연길에 해바라기 노래방이라고 있었는데 거기서 일했어요.", "노래방", "해바라기"),
        ("처음엔 오 과장님이라고 부르는 분이 일을 줬어요.", "과장님", "오"),
    ],
)
def test_a_venue_noun_or_title_before_a_naming_cue_is_no_name(
    engine: Redactor, text: str, word: str, name: str
) -> None:
    spans = _spans(engine, text)
    assert word not in spans
    assert name in spans
