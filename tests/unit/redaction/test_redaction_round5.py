"""Round 5 of issue 11: the classes of blind set C (now development material), one rule per
test, on sentences written for these tests (invented names, none copied from the sets)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor, korean, resources, spoken_ko


def _out(engine: Redactor, text: str) -> str:
    return engine.redact(text).text


# --- 1. Spoken and northern Korean: endings, words run together, counts --------------------


@pytest.mark.parametrize(
    "text",
    [
        # northern and spoken verb endings (음메, 슴다, 구 for 고, 재요)
        "그 사람이 나를 많이 때렸음메.",
        "밤마다 무서웠음메.",
        "동생이 빨리 가라구 했어요.",
        "선생님이 한번 해보라구.",
        "돈을 더 달라구 했슴다.",
        "왜 왔냐구 자꾸 물었어요.",
        "같이 가자구 했는데 못 갔어요.",
        "아침마다 시장에 나가구 저녁에 왔어요.",
        "그 사람은 벌써 잡혀왔다구.",
        "언니는 애가 있어서 못간다구..",
        # the copula written 이였 (northern), after an ordinary noun
        "그때가 겨울이였슴다.",
        # numbers run into their counters
        "한달에 육백원 받았어요.",
        "석달 동안 한푼도 못 받았어요.",
        "돼지 열두마리를 키웠어요.",
        "아침 다섯시에 일어나서 아홉시까지 일했어요.",
        "새벽 세시쯤이였고 배 한척에 탔어요.",
        "몇해전에 이사 갔대요.",
        "그때 아이가 일곱살이였는데요.",
        # a verb and a bound noun typed as one word
        "조사받을때 제일 무서웠어요.",
        "집에 전화할때는 조심했어요.",
        "가스렌지 켤줄도 몰랐어요.",
        "그렇게 할수가 있나요.",
        "사진 보내는것 밖에 못해요.",
        "불법체류인거 알고 돈을 안 줬어요.",
        "거기 사는동안 밭일을 했어요.",
        "내가 도망갈까봐 문을 잠갔어요.",
        # a verb, an adjective or whose family before a place noun
        "평화로운 마을이었어요.",
        "남편네 마을은 작았어요.",
        "겨울이면 생선을 말렸어요.",
    ],
)
def test_spoken_korean_is_not_flagged(rules: Redactor, text: str) -> None:
    assert _out(rules, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before the northern copula keeps its whole span
        ("그 브로커가 최동혁이였슴다.", "그 브로커가 [인물-1]이였슴다."),
        # a village before the northern copula 임메 is still a place
        ("고향은 경성군 하온리임메.", "고향은 [장소-1, 북한 동북부] [장소-2]임메."),
        # two syllables both common in given names are not read as a count (세원)
        ("동생 세원이가 왔어요.", "동생 [인물-1]가 왔어요."),
        # a given name ending in 수 is not a verb and a bound noun (철수: 철 is no verb)
        ("남편 철수는 술만 마셨어요.", "남편 [인물-1]는 술만 마셨어요."),
    ],
)
def test_spoken_rules_keep_names_and_places(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


def test_spoken_shapes_by_grammar() -> None:
    assert spoken_ko.spoken_verb("물었음메") and spoken_ko.spoken_verb("잡혀왔다구")
    assert not spoken_ko.spoken_verb("철수였다고")  # the copula after a name
    assert not spoken_ko.spoken_verb("영이었다")
    assert spoken_ko.quoted_order("내려달라구") and not spoken_ko.quoted_order("미소라고")
    assert spoken_ko.number_phrase("만이천원") and spoken_ko.number_phrase("삼월")
    assert not spoken_ko.number_phrase("순옥")
    res = resources.build()
    assert korean.counted_or_bound("얼어죽는줄", res)
    assert not korean.counted_or_bound("진수", res)
    assert not korean.counted_or_bound("박철수", res)


# --- 2. What a strong cue's word cannot be; a business's kind stays in the text -------------


@pytest.mark.parametrize(
    "text",
    [
        "사장 언니 소개로 지금 남편 만났어요.",  # a verb after a role noun
        "그 브로커 녀자가 돈을 가져갔어요.",  # a kinship word in its northern spelling
        "어머니는 돌아가셨고 함경북도에 오빠 하나 남았어요.",  # a kept province, then 오빠
        "알고보니 그사람이 브로커 친구였어요.",  # a demonstrative typed onto its noun
        "동네사람들이 다 알았어요.",  # a compound's plural
        "밤에 공안 오면 숨었어요.",  # a one-syllable verb and 면 after a role noun
        "주말마다 딸 보러 갔어요.",  # ... and 러 (also no gazetteer spelling then)
        "오늘이 할머니 제삿날이에요.",  # what is hers: 제사 + 날, joined by ㅅ
        "언니 손전화 번호를 잃어버렸어요.",  # the northern word for her mobile phone
    ],
)
def test_no_name_after_a_cue(engine: Redactor, text: str) -> None:
    redacted = _out(engine, text)
    assert "[인물" not in redacted, redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cue still wins over the word list for a name (a word name stays uncertain)
        ("남편 만철이가 때렸어요.", "남편 [인물-1]가 때렸어요."),
        # a verb after a kinship word is no second name
        ("순남이 언니 생각하면 눈물이 나요.", "[인물-1] 언니 생각하면 눈물이 나요."),
        ("브로커 해림이라는 여자", "브로커 [인물-1]이라는 여자"),
        # a business's name is redacted, its kind noun stays, as the guidelines annotate
        ("연길 청솔식당에서 일했어요.", "[장소-1, 길림성] [기관-1]식당에서 일했어요."),
        ("노원구 새길교회에서 예배를 봐요.", "[장소-1] [기관-1]교회에서 예배를 봐요."),
    ],
)
def test_cued_names_and_businesses(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


# --- 3. Naming cues as spoken; places before the spoken locative 서 ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 라 for 라고 before a verb of calling; a quoted name before 라고
        ("다들 참새라 불렀어요.", "다들 [인물-1]라 불렀어요."),
        ("집에서는 밍밍이라 부르고요.", "집에서는 [인물-1]이라 부르고요."),
        ("다들 '천둥'이라고 불렀어요.", "다들 '[인물-1]'이라고 불렀어요."),
        ("자기를 '한가인'이라고 소개했어요.", "자기를 '[인물-1]'이라고 소개했어요."),
        # the name after 이름이 before the copula 인데, 이거든요 (one syllable too)
        ("딸 이름이 솔인데 여덟 살이에요.", "딸 이름이 [인물-1]인데 여덟 살이에요."),
        ("아들 이름이 보람이거든요.", "아들 이름이 [인물-1]이거든요."),
        # a Hanzi name given (이름을 X으로 지었다)
        ("아기 이름을 明浩로 지었어요.", "아기 이름을 [인물-1]로 지었어요."),
        # a town before the spoken locative 서, before 공항, before 인가
        ("언니는 온성서 잡혔어요.", "언니는 [장소-1, 북한 동북부]서 잡혔어요."),
        ("청주공항으로 들어왔어요.", "[장소-1]공항으로 들어왔어요."),
        ("도문인가 어디로 팔려 갔어요.", "[장소-1, 길림성]인가 어디로 팔려 갔어요."),
    ],
)
def test_spoken_naming_and_places(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "겨울이라 추웠어요.",  # 라 without a verb of calling: "because"
        "보고서를 썼어요.",  # a word ending in 서
        "이름이 같은데 사람은 달라요.",
    ],
)
def test_spoken_cues_need_their_verb(engine: Redactor, text: str) -> None:
    assert _out(engine, text) == text


# --- 4. Organisations, English addresses, names in other scripts ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a naming cue before a group or business noun names an organisation
        (
            "그분이 소망이라는 단체하고 연결해줬어요.",
            "그분이 [기관-1]이라는 단체하고 연결해줬어요.",
        ),
        # a famous Hanzi name alone in a Korean sentence is taken whole (no 华 left behind)
        ("전남편 张学友한테 돈을 부쳐요.", "전남편 [인물-1]한테 돈을 부쳐요."),
        # English: a foot massage by name; a Chinese title after a role word in lower case
        ("She worked at Silver Moon Foot Massage.", "She worked at [ORG-1]."),
        ("my husband lao wang drank.", "my husband [PERSON-1] drank."),
        # English addresses: the complex after the units, romanised 동/호, the inminban
        (
            "We lived in Room 502, Unit 1, Building 7, Spring Garden, for a year.",
            "We lived in [ADDRESS-1], for a year.",
        ),
        ("I rent 203-dong 901-ho, Hyundai Apartment, now.", "I rent [ADDRESS-1], now."),
        (
            "She lives in Namsan-dong, 5th inminban, near the school.",
            "She lives in [ADDRESS-1], near the school.",
        ),
    ],
)
def test_orgs_addresses_and_other_scripts(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


def test_a_chinese_sentence_still_reads_its_words() -> None:
    """The whole-name rule holds only for a Hanzi run inside Korean or English."""
    assert _out(Redactor.default(), "夏天雨很多。") == "夏天雨很多。"


# --- 5. Addresses and dates told the long way ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a complex named after its neighbourhood, no 아파트 noun, before building numbers
        (
            "지금 사는 데가 부산 해운대구 좌동 그린빌 305동 1102호예요.",
            "지금 사는 데가 [주소-1]예요.",
        ),
        # a Chinese street number and its floor
        ("地址：建设路 12号 2楼。", "地址：[ADDRESS-1]。"),
        # the standard 날 spellings of the old day words; a lunar month's day without 日
        ("구월 초사흗날 떠났어요.", "[날짜-1] 떠났어요."),
        ("那天是正月二十五。", "那天是[DATE-1]。"),
    ],
)
def test_addresses_and_dates(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


# --- 6. Chinese: a suffix that opens a word, a quoted name after 叫 ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 村民 and 市场 are words: the village's people, the market, no longer part of a place
        ("她被石头镇村民王大山买走了。", "她被[PLACE-1]村民[PERSON-1]买走了。"),
        ("她在延吉市场卖菜。", "她在[PLACE-1, 吉林省]市场卖菜。"),
        # a quoted name after 叫, and 叫啥 (called something like)
        ('一名叫"小黑"的中介带我们过江。', '一名叫"[PERSON-1]"的中介带我们过江。'),
        ("在一个饭店打工，叫啥金达莱。", "在一个饭店打工，叫啥[PERSON-1]。"),
    ],
)
def test_chinese_words_and_cues(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named after someone: the someone is a person, even a famous one
        ("배우 김태희를 따서 지었대요.", "배우 [인물-1]를 따서 지었대요."),
        # a county's administrative word is inside its span, as the guidelines annotate
        ("She was sold in Antu County.", "She was sold in [PLACE-1, Jilin]."),
    ],
)
def test_named_after_and_counties(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


def test_one_syllable_name_with_its_i_before_a_kinship_word(engine: Redactor) -> None:
    assert (
        _out(engine, "그때 복이 아바이가 먼저 건넜어요.") == "그때 [인물-1] 아바이가 먼저 건넜어요."
    )
    assert _out(engine, "돈이 엄마한테 있어요.") == "돈이 엄마한테 있어요."  # a subject


# --- 6. A listed town before a facility, whatever its last syllable --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 진 ends like a verb's modifier (있는 가게) but 청진 is a listed city
        ("청진교화소에서 2년 살았어요.", "[장소-1]교화소에서 2년 살았어요."),
        # a local resettlement centre is named after the city she lives in
        ("부천하나센터에서 상담을 받았어요.", "[기관-1]하나센터에서 상담을 받았어요."),
        ("남양주하나센터에 다녔어요.", "[기관-1]하나센터에 다녔어요."),
        # the kind of centre alone, and a teacher there, name nobody
        ("하나센터에서 상담을 받았어요.", "하나센터에서 상담을 받았어요."),
        ("우리 하나센터 선생님이 좋아요.", "우리 하나센터 선생님이 좋아요."),
        ("교회 선생님이 도와줬어요.", "교회 선생님이 도와줬어요."),
        # the modifier rule still holds where no town is listed
        ("있는 가게에서 일했어요.", "있는 가게에서 일했어요."),
    ],
)
def test_town_before_a_facility(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected
