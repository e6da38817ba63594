"""Round 14 of issue 11, lane PRECISION: words whose class or slot rules out a name (set K's
false positives, now development material).  Every sentence here is invented for these tests
(no blind passage's text, names or places); each positive case has its expected output, and
each class has a case where the rule must not fire."""

from __future__ import annotations

from fieldkit.redaction import Redactor
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.propagate_words import reads_as_word
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.word_classes_ko import auxiliary_after_infinitive


def _out(engine: Redactor, text: str) -> str:
    return engine.redact(text).text


def _expect(engine: Redactor, cases: list[tuple[str, str]]) -> None:
    for text, expected in cases:
        assert _out(engine, text) == expected, text


# --- Korean: holidays, periods, languages ---------------------------------------------------


def test_holidays_in_jeol_and_periods_are_dates(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("건군절이었는데 그날 떠났어요.", "건군절이었는데 그날 떠났어요."),
            ("송년절에 떠났어요.", "송년절에 떠났어요."),
            ("98년 기근의시절때 아버지를 잃음.", "98년 기근의시절때 아버지를 잃음."),
        ],
    )


def test_a_name_in_jeol_after_a_naming_cue_stays(engine: Redactor) -> None:
    assert _out(engine, "동생 이름은 국화절이에요.") == "동생 이름은 [인물-1]이에요."


def test_a_language_is_no_name(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("a woman who spoke 러시아말 well.", "a woman who spoke 러시아말 well."),
            (
                "남편은 중국말은 못 해도 일본말은 했어요.",
                "남편은 중국말은 못 해도 일본말은 했어요.",
            ),
        ],
    )


# --- Korean: role modifiers, ranks, manner nouns, headings ---------------------------------


def test_a_role_modifier_is_neither_person_nor_place(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("우리 담당 선생님이 서류를 줬어요.", "우리 담당 선생님이 서류를 줬어요."),
            ("협력기관 (담당 한서윤 간사)", "협력기관 (담당 [인물-1] 간사)"),
        ],
    )


def test_a_rank_a_manner_and_a_heading_are_no_place(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("조장이 刘芳이라는 여자였어요.", "조장이 [인물-1]이라는 여자였어요."),
            ("장난으로 그 이름을 말했어요.", "장난으로 그 이름을 말했어요."),
            ("신원 관련(외부 반출 금지)", "신원 관련(외부 반출 금지)"),
        ],
    )


def test_the_same_spellings_as_places_stay_places(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("고향은 신원이에요.", "고향은 [장소-1, 북한 서부와 남부]이에요."),
            ("신원에서 왔어요.", "[장소-1, 북한 서부와 남부]에서 왔어요."),
            ("통화로 넘어갔어요.", "[장소-1, 길림성]로 넘어갔어요."),
        ],
    )


# --- Korean: verb forms --------------------------------------------------------------------


def test_verb_forms_are_no_names(engine: Redactor) -> None:
    _expect(
        engine,
        [
            (
                "옥별이는 무산에서 함께 일한 동무예요.",
                "[인물-1]는 [장소-1, 북한 동북부]에서 함께 일한 동무예요.",
            ),
            ("주소를 여기 써 주실 수 있어요?", "주소를 여기 써 주실 수 있어요?"),
            (
                "딸은 메이메이라고 중국 이름이고, 내가 지어준 조선 이름은 해솔이야.",
                # 지어준 is no name; the Chinese name before 라고 + 이름 is one (lane KO-PERSON)
                "딸은 [인물-1]라고 중국 이름이고, 내가 지어준 조선 이름은 [인물-2]이야.",
            ),
            (
                "식당 주인이 변 사장인데, 그 마누라는 한족이야.",
                "식당 주인이 [인물-1] 사장인데, 그 마누라는 한족이야.",
            ),
        ],
    )


def test_a_name_before_a_title_or_after_an_infinitive_stays(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("그 애 이름이 옥별 동무예요.", "그 애 이름이 [인물-1]예요."),
            ("친구가 나래라는 애를 데려왔어요.", "친구가 [인물-1]라는 애를 데려왔어요."),
            (
                "막내는 가은이라고 불렀어요, 배우 가은 드라마만 봐서. "
                "거기 들어 가은 사람은 없었어요.",
                "막내는 [인물-1]이라고 불렀어요, 배우 [인물-1] 드라마만 봐서. "
                "거기 들어 [인물-1] 사람은 없었어요.",
            ),
        ],
    )


def test_an_auxiliary_after_an_infinitive(res: Resources) -> None:
    text = "한번 찾아 보아도 없었어요"
    assert auxiliary_after_infinitive(text, text.index("보아도"), res)
    named = "엄마 보아가 왔어요"
    assert not auxiliary_after_infinitive(named, named.index("보아"), res)


# --- Korean: nouns, trades, factories ------------------------------------------------------


def test_trade_compounds_and_catchall_nouns(rules: Redactor) -> None:
    _expect(
        rules,
        [
            (
                "목단강 百合 발안마라는 데서 일했어요.",
                # the trade is no person; the Hanzi name before it is the business (lane ORG)
                "[장소-1, 흑룡강성] [기관-1] 발안마라는 데서 일했어요.",
            ),
            ("그땐 진달래도 피었고 옥수수도 자랐어요.", "그땐 진달래도 피었고 옥수수도 자랐어요."),
            ("거기 된장 공장에서 일했는데", "거기 된장 공장에서 일했는데"),
            ("한국 과장 회사에서 일했어요.", "한국 과장 회사에서 일했어요."),
        ],
    )


def test_a_business_name_before_its_kind_stays(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("가게 이름이 별빛식당이었어요.", "가게 이름이 [기관-1]이었어요."),
            # round 29: a factory's name after 공장 이름이 is the factory's (was [인물-1])
            ("공장 이름이 금성전자였어요.", "공장 이름이 [기관-1]였어요."),
            ("거기 금강 공장에서 일했는데", "거기 [장소-1, 북한 서부와 남부] 공장에서 일했는데"),
        ],
    )


# --- propagation ---------------------------------------------------------------------------


def test_a_time_of_day_after_a_date_is_no_name(engine: Redactor) -> None:
    text = "딸 이름이 아침이에요, 삼월 초사흘 아침에 낳아서요. 아침이 아빠는 화룡 사람이에요."
    assert _out(engine, text) == (
        "딸 이름이 [인물-1]이에요, [날짜-1] 아침에 낳아서요. "
        "[인물-1]이 아빠는 [장소-1, 길림성] 사람이에요."
    )


def test_a_catchall_seed_in_lower_case_is_the_word(engine: Redactor, res: Resources) -> None:
    text = "Joy, that is what Pastor Song named me. It was joy that kept me going."
    assert _out(engine, text) == (
        "[PERSON-1], that is what Pastor [PERSON-2] named me. It was joy that kept me going."
    )
    named = Hit(start=0, end=3, label="PERSON", detector="cue", rule="naming_cue")
    assert not reads_as_word("joy", (0, 3), "joy", named, frozenset(), res)


# --- English -------------------------------------------------------------------------------


def test_english_plain_words_by_slot(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("We stayed in touch on WeChat for years.", "We stayed in touch on WeChat for years."),
            (
                "[Translated from the court record] Defendant admits that broker Ma took it.",
                "[Translated from the court record] Defendant admits that broker [PERSON-1] "
                "took it.",
            ),
            ("Misty mornings were the hardest.", "Misty mornings were the hardest."),
            (
                "She came back that same April with her son.",
                "She came back that same April with her son.",
            ),
            ("The Han households fed us.", "The Han households fed us."),
            ("On paper she became Han.", "On paper she became Han."),
            (
                "He looked like the Maple Ridge lawyer on television.",
                "He looked like the Maple Ridge lawyer on television.",
            ),
        ],
    )


def test_english_names_in_the_same_slots_stay(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("Her cousin is mingzhu88 on WeChat.", "Her cousin is [ONLINE_ID-1] on WeChat."),
            ("He met her (at church) Witness said.", "He met her (at church) [PERSON-1] said."),
            ("My aunt April lived in Dandong.", "My aunt [PERSON-1] lived in [PLACE-1, Liaoning]."),
            ("The Han family fed us.", "The [PERSON-1] family fed us."),
            ("The Kim families helped us.", "The [PERSON-1] families helped us."),
            (
                "We worked for the Golden Lotus massage parlour.",
                "We worked for the [ORG-1] massage parlour.",
            ),
        ],
    )


# --- Chinese -------------------------------------------------------------------------------


def test_chinese_plain_words(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("村长帮我们躲过派出所的检查。", "村长帮我们躲过派出所的检查。"),
            ("后来她进了一家食品厂。", "后来她进了一家食品厂。"),
            ("她说边防站的人来了两次。", "她说边防站的人来了两次。"),
            ("사장은 맨날 '加油加油' 했어요.", "사장은 맨날 '加油加油' 했어요."),
        ],
    )


def test_chinese_names_in_the_same_slots_stay(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("她在金星服装厂干了三年。", "她在[ORG-1]服装厂干了三年。"),
            ("I called her 丽丽 at home.", "I called her [PERSON-1] at home."),
        ],
    )
