"""Round 7 of issue 11, lane PERSONS: slots the grammar reserves for a person.  Every
sentence here is invented for these tests (no blind passage's text or names)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from fieldkit.redaction.mandarin_ko import mandarin_surnames, segments, transcribe
from fieldkit.redaction.persons_ko import christian_names


def _out(engine: Redactor, text: str) -> str:
    return engine.redact(text).text


def _spans(engine: Redactor, text: str) -> list[tuple[str, bool]]:
    return [(text[s.start : s.end], s.uncertain) for s in engine.redact(text).spans]


# --- 1. Chinese names in their Mandarin sound ------------------------------------------------


@pytest.mark.parametrize(
    ("pinyin", "hangul"),
    [
        ("sun", "쑨"),
        ("zhao", "자오"),
        ("liu", "류"),
        ("jia", "자"),  # 제7절 3항: after ㅈ the y-vowel is plain
        ("qian", "첸"),
        ("xie", "셰"),
        ("tian", "톈"),
        ("wei", "웨이"),
        ("yuan", "위안"),
        ("quan", "취안"),  # the u after q is ü
        ("zhi", "즈"),
        ("si", "쓰"),
        ("guo", "궈"),
        ("zhou", "저우"),
        ("xiong", "슝"),
        ("lü", "뤼"),
    ],
)
def test_pinyin_is_transcribed_by_the_nikl_table(pinyin: str, hangul: str) -> None:
    assert transcribe(pinyin) == hangul


def test_surnames_and_syllables_come_from_the_tables() -> None:
    surnames = mandarin_surnames()
    for surname in ("쑨", "자오", "류", "저우", "궈", "쟝"):
        assert surname in surnames
    assert segments("더하이") == 2
    assert segments("메이") == 1
    assert segments("학교") == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "옆집 남자가 궈더푸였는데 술을 많이 마셨어요.",
            "옆집 남자가 [인물-1]였는데 술을 많이 마셨어요.",
        ),
        ("그 집 딸 저우메이(周梅)는 착했어요.", "그 집 딸 [인물-1]([인물-2])는 착했어요."),
        # a 이 after a vowel is the name's own (하이), not the subject particle
        ("쑨바오하이, 그 사람이 나를 팔았슴다.", "[인물-1], 그 사람이 나를 팔았슴다."),
    ],
)
def test_a_mandarin_name_is_redacted(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "쌀값이 이천원 했어요.",
        "한번은 공안이 왔는데 두번 다 숨었어요.",
        "담배 두보루 주고 건넜어요.",
        "구류장에 스무날 있었어요.",
        "그 말이 진짠지 모르겠어요.",
        "매달 천위안씩 보냈어요.",
    ],
)
def test_counts_and_words_are_no_mandarin_name(engine: Redactor, text: str) -> None:
    assert engine.redact(text).spans == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("주방에는 궈사부가 있었어요.", "주방에는 [인물-1]사부가 있었어요."),
        ("마을 사람들은 다 저우할매라 했슴다.", "마을 사람들은 다 [인물-1]할매라 했슴다."),
        ("변호사 오선생님께 인사드렸어요.", "변호사 [인물-1]선생님께 인사드렸어요."),
        ("길 건너 허씨네 집에 숨었어요.", "길 건너 [인물-1] 집에 숨었어요."),  # 씨 inside
    ],
)
def test_a_surname_glued_to_a_title(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    ["이사장이 회의를 열었어요.", "부사장님이 오셨어요.", "우선생각해 보세요."],
)
def test_a_title_word_is_no_glued_surname(engine: Redactor, text: str) -> None:
    assert not [s for s, _u in _spans(engine, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("브로커가 나를 궈가네한테 넘겼어요.", "브로커가 나를 [인물-1]네한테 넘겼어요."),
        ("하여튼 리가가 돈을 가져갔어요.", "하여튼 [인물-1]가 돈을 가져갔어요."),
    ],
)
def test_the_x_family(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    ["아들이 장가가서 살아요.", "국가가 책임져야 해요.", "주가가 많이 올랐대요."],
)
def test_a_word_ending_in_ga_is_no_family(engine: Redactor, text: str) -> None:
    assert not [s for s, _u in _spans(engine, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("남편은 왕가, 이름이 뭐였더라.", "남편은 [인물-1], 이름이 뭐였더라."),
        ("시아버지가 방가라서 다들 방씨네라 했어요.", "시아버지가 [인물-1]라서"),
    ],
)
def test_a_role_is_of_a_family(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text).startswith(expected)


@pytest.mark.parametrize("text", ["남편이 장가가서 안 왔어요.", "아들이 장가가 늦었어요."])
def test_marrying_is_no_family(rules: Redactor, text: str) -> None:
    assert rules.redact(text).spans == ()


# --- 2. a child named after a kin word for a child -------------------------------------------


def test_a_child_after_a_kin_word_is_uncertain(engine: Redactor) -> None:
    text = "작은딸 현주는 학교에 다니고 우리 성민이는 아직 어려요."
    assert _out(engine, text) == "작은딸 [인물-1]는 학교에 다니고 우리 [인물-2]는 아직 어려요."
    assert ("현주", True) in _spans(engine, text)  # a word too: uncertain


@pytest.mark.parametrize(
    "text",
    ["우리 나라는 추워요.", "우리 집은 작아요.", "큰애는 학교에 가요.", "우리 민족은 하나예요."],
)
def test_ordinary_words_after_uri_are_no_child(engine: Redactor, text: str) -> None:
    assert engine.redact(text).spans == ()


# --- 3. Christian given names before a church office ----------------------------------------


def test_the_christian_names_are_a_public_list() -> None:
    names = christian_names()
    assert {"요셉", "다니엘", "에스더", "베드로", "마리아"} <= names
    assert len(names) > 100


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("사무엘 목사님이 밥을 사주셨어요.", "[인물-1] 목사님이 밥을 사주셨어요."),
        ("[에스더 전도사] 내일 봐요", "[[인물-1] 전도사] 내일 봐요"),
        ("강을 건널 때 베드로 선교사가 도와줬어요.", "강을 건널 때 [인물-1] 선교사가 도와줬어요."),
    ],
)
def test_a_christian_name_before_an_office(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected
    assert not any(uncertain for _s, uncertain in _spans(engine, text))


def test_an_office_after_an_ordinary_word_is_not_a_name(engine: Redactor) -> None:
    assert _out(engine, "교회 목사님이 오셨어요.") == "교회 목사님이 오셨어요."


# --- 5. the answer to a question about a name -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("문: 그 남자 이름은요? 답: 이승엽, 야구선수랑 같아요.", "이승엽"),
        ("Q: 브로커를 뭐라고 불렀어요? A: 나무, 다들 그렇게 불렀어요.", "나무"),
    ],
)
def test_the_answer_to_a_name_question(engine: Redactor, text: str, name: str) -> None:
    assert name in [s for s, _u in _spans(engine, text)]


@pytest.mark.parametrize(
    "text",
    [
        "문: 그 사람 이름은? 답: 몰라요, 기억이 안 나요.",
        "문: 어디로 갔어요? 답: 시장, 거기서 일했어요.",
        "문: 이름이 뭐예요? 답: 아니요, 말 못 해요.",
    ],
)
def test_an_answer_that_is_no_name(engine: Redactor, text: str) -> None:
    assert engine.redact(text).spans == ()


# --- 2b. a child's given name before what is a child's own -----------------------------------


def test_a_given_name_before_a_school(engine: Redactor) -> None:
    text = "나: 네 하은이 학교 끝나고 갈게요."
    assert _out(engine, text) == "나: 네 [인물-1] 학교 끝나고 갈게요."


@pytest.mark.parametrize("text", ["사람이 학교에 왔어요.", "선생님이 학교에 갔어요."])
def test_a_noun_before_a_school_is_no_child(engine: Redactor, text: str) -> None:
    assert engine.redact(text).spans == ()


# --- 4. list items keep their affectionate 이 -----------------------------------------------


def test_nicknames_in_a_list_keep_their_i(engine: Redactor) -> None:
    text = "거기 애들은 떡순이, 뽀글이, 짝눈이… 다 어디 갔는지."
    assert _out(engine, text) == "거기 애들은 [인물-1], [인물-2], [인물-3]… 다 어디 갔는지."


def test_a_nickname_before_an_ellipsis_keeps_its_i(engine: Redactor) -> None:
    text = "같이 다닌 애들이 떡순이, 뽀글이... 다 죽었어요."
    assert _out(engine, text) == "같이 다닌 애들이 [인물-1], [인물-2]... 다 죽었어요."


def test_words_in_a_list_are_not_names(engine: Redactor) -> None:
    assert engine.redact("밥이, 국이, 다 식었어요.").spans == ()


# --- 5b. the copula of a name in northern and southern speech -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("우리 올케 이름이 김혜자라요, 그 배우랑 같애요.", "[인물-1]라요"),
        ("딸 이름이 진짜 별이야요, 하늘에 별.", " [인물-1]이야요"),
        ("가명은 '장미'라요.", "'[인물-1]'라요"),
    ],
)
def test_a_name_before_a_dialect_copula(engine: Redactor, text: str, expected: str) -> None:
    assert expected in _out(engine, text)


def test_a_question_is_no_name(engine: Redactor) -> None:
    assert engine.redact("문: 이름이 뭐라요?").spans == ()


# --- 6. a role, its topic particle and a full name ------------------------------------------


def test_a_full_name_after_a_role_topic(engine: Redactor) -> None:
    text = "시아버지는 한영철, 그 사람이 돈을 냈어요."
    assert _out(engine, text) == "시아버지는 [인물-1], 그 사람이 돈을 냈어요."


def test_a_word_after_a_role_topic_is_no_name(engine: Redactor) -> None:
    text = "남편은 한족이고 시어머니는 조선족이에요."
    assert engine.redact(text).spans == ()


def test_a_name_before_man_keeps_its_syllable(engine: Redactor) -> None:
    assert _out(engine, "가족: 부 허두만(80년 사망).") == "가족: 부 [인물-1](80년 사망)."


# --- 6b. a named given name, then its surname glued before it -------------------------------


def test_a_given_name_then_its_full_name(engine: Redactor) -> None:
    text = "같이 간 언니 진달이랑 왔는데, 진짜 이름이 진달이야요, 곽진달."
    out = _out(engine, text)
    assert "진달" not in out and "곽" not in out
    assert out.endswith("[인물-1].")  # the same person as the given name


def test_two_full_names_sharing_a_given_name_stay_two(engine: Redactor) -> None:
    text = "언니 김영희가 왔고, 옆집 박영희는 안 왔어요."
    assert _out(engine, text) == "언니 [인물-1]가 왔고, 옆집 [인물-2]는 안 왔어요."


def test_a_word_holding_the_given_name_is_no_full_name(engine: Redactor) -> None:
    text = "딸 이름이 사랑이야요. 그건 짝사랑이었어요."
    assert "짝사랑" in _out(engine, text)  # 짝 is no surname


# --- 7. English: quoted names and nicknames -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The guards called the tall one "Long Neck". Long Neck never smiled.',
            'The guards called the tall one "[PERSON-1]". [PERSON-1] never smiled.',
        ),
        ('At the hostel she goes by "hyeok" now.', 'At the hostel she goes by "[PERSON-1]" now.'),
        (
            'He refers to his son as "Ddol" in every letter.',
            'He refers to his son as "[PERSON-1]" in every letter.',
        ),
    ],
)
def test_quoted_names(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


def test_a_quoted_nickname_is_one_name(engine: Redactor) -> None:
    text = 'Two girls, "Little Mi" and "Big Mi", shared the room.'
    spans = [s for s, _u in _spans(engine, text)]
    assert spans == ["Little Mi", "Big Mi"]  # "Big" and "Little" no longer left behind


@pytest.mark.parametrize(
    "text",
    [
        'We called it "the end" and left.',
        'The children called her son "the new boy".',
        'She said "Good Morning" to everyone.',
    ],
)
def test_quoted_words_that_are_no_name(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.rule.startswith("quoted")]


# --- 5c. a quoted alias, a Hanzi name spelled out, a Chinese kin word before a name ---------


def test_a_quoted_alias(engine: Redactor) -> None:
    text = "진술인은 가명 '수련'으로 일했음."
    assert _out(engine, text) == "진술인은 가명 '[인물-1]'으로 일했음."


def test_a_hanzi_name_spelled_out(engine: Redactor) -> None:
    text = "아들 이름은 준걸이, 한자로 俊杰 아니고 周俊杰, 아버지가 지었어요."
    assert "周俊杰" not in _out(engine, text)


def test_a_hanzi_place_spelled_out_stays_a_place(engine: Redactor) -> None:
    text = "연길, 한자로 延吉, 거기서 살았어요."
    assert _out(engine, text) == "[장소-1, 길림성], 한자로 [장소-1, 길림성], 거기서 살았어요."


def test_a_chinese_kin_word_before_a_name(engine: Redactor) -> None:
    text = "我妹刘春燕三十岁了还没结婚。"
    assert _out(engine, text) == "我妹[PERSON-1]三十岁了还没结婚。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("姐，我是小红。妈让我给你打电话。", "姐，我是[PERSON-1]。妈让我给你打电话。"),
        ("我认识阿福，他开车。", "我认识[PERSON-1]，他开车。"),
    ],
)
def test_a_chinese_nickname_after_a_cue(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


@pytest.mark.parametrize("text", ["我是老师。", "他是小孩。", "我见到了阿姨。"])
def test_a_chinese_word_with_a_familiar_prefix_is_no_nickname(engine: Redactor, text: str) -> None:
    assert engine.redact(text).spans == ()


# --- 2c. a woman named by her child; a call repeated ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("옆집에 솔이 엄마라는 여자가 살았어요.", "옆집에 [인물-1]이 엄마라는 여자가 살았어요."),
        ("처음 간 데가 별이 할매 집이었어요.", "처음 간 데가 [인물-1]이 할매 집이었어요."),
    ],
)
def test_a_woman_named_by_her_child(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


@pytest.mark.parametrize(
    "text", ["동생이 엄마라고 불렀어요.", "사람이 엄마라는 걸 알았어요.", "아들이 아빠네 갔어요."]
)
def test_a_subject_before_a_kin_word_is_no_teknonym(engine: Redactor, text: str) -> None:
    assert engine.redact(text).spans == ()


def test_a_call_repeated(engine: Redactor) -> None:
    text = "다들 하늘아 하늘아 했어요."
    assert _out(engine, text) == "다들 [인물-1]아 [인물-1]아 했어요."


def test_words_said_twice_are_no_call(engine: Redactor) -> None:
    text = "아니야 아니야 그게 아니야. 빨리 가야 가야 해. 엄마야 엄마야 울었어요."
    assert engine.redact(text).spans == ()


def test_a_name_before_his_kin(engine: Redactor) -> None:
    text = "哥让我跟你说，铁柱他奶奶住院了。"
    assert _out(engine, text) == "哥让我跟你说，[PERSON-1]他奶奶住院了。"


def test_the_child_s_mother_is_no_name(engine: Redactor) -> None:
    assert engine.redact("孩子他妈，你回来吧。").spans == ()


def test_a_full_name_recalled(engine: Redactor) -> None:
    text = "그 남자 이름이 아마 허진철인가 그래요."
    assert _out(engine, text) == "그 남자 이름이 아마 [인물-1]인가 그래요."


def test_a_question_copula_after_a_word_is_no_name(engine: Redactor) -> None:
    assert engine.redact("그게 정말인가 싶었어요. 한국인인가 했어요.").spans == ()


def test_a_month_recalled_with_a_misspelt_copula_is_no_name() -> None:
    """이였나 (for 이었나) after a month: the copula's 이 is not a third name syllable, so
    오월 is no surname-and-given-name shape; a name recalled the same way still goes."""
    engine = Redactor.default()
    assert (
        engine.redact("그게 사월이였나 오월이였나 그래요.").text
        == "그게 사월이였나 오월이였나 그래요."
    )
    assert "박경철" not in engine.redact("아니 박경철이였나 그랬어요.").text
