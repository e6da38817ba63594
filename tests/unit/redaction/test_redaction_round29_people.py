"""Round 29 (lane P): Korean people the engine missed silently beside a cue in sets BM and
BQ, each a class of the grammar: a one-syllable or decorated chat label ([별], [하늘🌙]), an
English title in Hangul (미스터 리, 미스 김이), a self-introduction after a greeting
(안녕하세요 들꽃이에요), the future 부를 and the delimiter 만 after a naming cue (달님이라
부를 거다, 자기를 X라고만 했다), and the asking copula after 이름이 (이름이 X인가 그랬어요).
Every sentence here is invented for these tests."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _redacted(engine: Redactor, text: str) -> set[str]:
    return {text[s.start : s.end] for s in engine.redact(text).spans if s.label == "PERSON"}


# -- chat labels --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[솔] 어디까지 왔어\n[솔] 버스 탔어 곧 가\n[나] 알았어 기다릴게\n", "솔"),
        ("[이슬🌸] 오늘 면접 봤어요\n[봄날] 잘했네 언니\n[이슬🌸] 고마워\n", "이슬"),
        ("[달♡] 밥 먹었어?\n[나] 아직\n", "달"),
    ],
)
def test_a_short_or_decorated_chat_label_is_a_name(rules: Redactor, text: str, name: str) -> None:
    assert name in _redacted(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "[나] 언니 어디야\n[형] 집이다\n[나] 알았어\n",
        "[네] 알겠습니다\n[응] 그래\n[네] 내일 봬요\n",
        "[큰언니] 돈 보냈다\n[막내] 받았어요\n",
    ],
)
def test_a_role_or_answer_label_stays(rules: Redactor, text: str) -> None:
    assert not _redacted(rules, text)


# -- 미스터 / 미스 / 미세스 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("식당에서 미스터 오가 돈을 받았어요.", "오"),
        ("그 남자는 자기를 미스터 리라고만 했어요.", "리"),
        ("다방에서 미스 정이 차를 날랐다.", "정"),
        ("미세스 한한테 전화가 왔어요.", "한"),
        ("미스터 홍길순이 우리를 데려갔다.", "홍길순"),
    ],
)
def test_an_english_title_in_hangul_names_the_word_after_it(
    rules: Redactor, text: str, name: str
) -> None:
    assert name in _redacted(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "미스터리 영화를 보고 잤어요.",
        "미스코리아 대회를 텔레비전으로 봤어요.",
        "계산에서 미스가 나서 다시 했어요.",
        "미스 한 번 했다고 사장한테 혼났어요.",
    ],
)
def test_the_loanwords_own_words_stay(rules: Redactor, text: str) -> None:
    assert not _redacted(rules, text)


# -- 안녕하세요 X예요 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("안녕하세요 여러분~ 탈북 새댁 단비예요. 오늘은 김치 담가요.", "단비"),
        ("안녕하세요 저는 꽃샘입니다. 잘 부탁드려요.", "꽃샘"),
        ("구독자님들 안녕하세요 채널 주인 구름이에요!", "구름"),
    ],
)
def test_a_self_introduction_after_a_greeting_is_a_name(
    rules: Redactor, text: str, name: str
) -> None:
    assert name in _redacted(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "안녕하세요 처음이에요. 잘 부탁해요.",
        "안녕하세요 오랜만이에요!",
        "안녕하세요 저는 탈북민이에요.",
        "안녕하세요 오늘은 화요일이에요.",
        "안녕하세요, 감사합니다 하고 인사만 했어요.",
    ],
)
def test_a_greeting_before_what_is_not_a_name_keeps_it(rules: Redactor, text: str) -> None:
    assert not _redacted(rules, text)


# -- naming cues: 부를, 라고만, 인가 ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("나는 그 애를 속으로 햇님이라 부를 거예요.", "햇님"),
        ("그 남자는 자기를 곰팔이라고만 했어요.", "곰팔"),
        ("운전사 이름이 뽄삭인가 그랬어요.", "뽄삭"),
        ("그 언니 이름이 옥화인지 옥희인지 헷갈려요.", "옥화"),
    ],
)
def test_naming_cues_as_spoken(rules: Redactor, text: str, name: str) -> None:
    assert name in _redacted(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "그 사람 이름이 뭔가 이상했어요.",
        "그게 진짜 이름이 아닌가 봐요.",
        "그걸 뭐라고 부를지 몰랐어요.",
        "날씨가 추워서 겨울이라 그랬어요.",
    ],
)
def test_no_name_after_these_cues(rules: Redactor, text: str) -> None:
    assert not _redacted(rules, text)


# -- one syllable called so; 비서, 조수; 노릇 ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("식당 애들이 그 총각을 다 소라고 불렀어요. 소가 제일 착했어요.", "소"),
        ("우리 반에서는 그 애를 새라고 불렀다.", "새"),
        ("그 마을에선 다들 연 비서 말이면 꼼짝 못했어요.", "연"),
        ("운전사 조수 영수가 길을 알았어요.", "영수"),
    ],
)
def test_a_syllable_called_so_and_a_secretary_or_assistant_name_people(
    rules: Redactor, text: str, name: str
) -> None:
    assert name in _redacted(rules, text)


def test_a_syllable_called_so_is_found_again_before_a_particle(rules: Redactor) -> None:
    text = "다들 그 언니를 미라고 불렀어요. 미가 먼저 떠났어요."
    spans = [s for s in rules.redact(text).spans if text[s.start : s.end] == "미"]
    assert len(spans) == 2


@pytest.mark.parametrize(
    "text",
    [
        "이걸 한국에선 떡이라고 불러요.",
        "엄마는 나라고 불렀지 뭐.",
        "그걸 뭐라고 불렀는지 몰라요.",
        "남편은 사장 노릇만 했지요.",
        "언니가 엄마 역할을 했어요.",
        "비서 일을 삼 년 했어요.",
    ],
)
def test_no_person_in_these(rules: Redactor, text: str) -> None:
    assert not _redacted(rules, text)


# -- a surname begun, anonymised, noted unknown; Latin names before Korean titles -----------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("그 운전사가 조선족 박... 아니 박씨가 아니었나.", "박"),
        ("사장 이름은 王… 뭐였더라.", "王"),
        ("3. 구름 (성 미상, 회령 출신)", "구름"),
        ("동생 순님 (본명 모름) 은 연길에 있어요.", "순님"),
        ("Q: 누가 도와줬어요? A: Peter 목사님이요.", "Peter"),
        ("거기 원장이 Lily언닌데 착했어요.", "Lily"),
    ],
)
def test_names_begun_anonymised_noted_or_titled_in_latin(
    rules: Redactor, text: str, name: str
) -> None:
    assert name in _redacted(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "그... 뭐더라... 음... 잘 모르겠어요.",
        "이 모양 이 꼴이 될 줄 몰랐어요.",
        "The 선생님 came late.",
        "오늘 날씨 (비 옴) 추웠다.",
    ],
)
def test_no_person_in_hesitations_or_phrases(rules: Redactor, text: str) -> None:
    assert not _redacted(rules, text)


def test_the_anonymised_surname_is_redacted(rules: Redactor) -> None:
    text = "문: 피의자 이 모씨와는 어떤 사이입니까?"
    at = text.index("이 모씨")
    assert any(s.start <= at < s.end for s in rules.redact(text).spans)


# -- 하나 as a possessor; the hearsay copula after a name ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("하나 아빠는 아직 심양에 있어요.", "하나"),
        ("두리는 하나 친구예요.", "하나"),
        ("혼자 지냄. 하나 연락처는 복지관에 있음.", "하나"),
    ],
)
def test_hana_before_a_persons_noun_is_her_name(rules: Redactor, text: str, name: str) -> None:
    assert name in _redacted(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "사과 하나 주세요.",
        "언니 하나 더 왔어요.",
        "방이 하나 밖에 없어요.",
        "초코파이 하나 때문에 싸웠어요.",
        "딸 둘, 아들 하나\n아들 - 군대",
    ],
)
def test_hana_as_a_count_stays(rules: Redactor, text: str) -> None:
    assert "하나" not in _redacted(rules, text)


def test_the_hearsay_copula_is_no_part_of_the_name(engine: Redactor) -> None:
    text = "그 선배가 옥이래. 옥이는 지금 대구에 살아요."
    found = _redacted(engine, text)
    assert "옥이래" not in found
    assert text.count("옥이") == 2
    assert "옥이" in found or "옥" in found
