"""How a spoken testimony names people, places, numbers and dates (issue 11, round 1 of the
blind set): one rule class per test, on examples written for these tests."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _out(engine: Redactor, text: str) -> str:
    return engine.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the vocative: 아 after a final consonant, 야 after a vowel
        ("나래야, 나래야 불러도 대답이 없었다.", "[인물-1]야, [인물-1]야 불러도 대답이 없었다."),
        ("아니야, 난 몰라. 정말이야, 거짓말 아니야.", "아니야, 난 몰라. 정말이야, 거짓말 아니야."),
        ("집에서는 다솜아 하고 불렀어요.", "집에서는 [인물-1]아 하고 불렀어요."),
        # the affectionate -이 before a particle only a name takes there
        ("한결이가 올해 여덟 살이에요.", "[인물-1]가 올해 여덟 살이에요."),
        ("우리 반에 명숙이하고 옥분이가 있었다.", "우리 반에 [인물-1]하고 [인물-2]가 있었다."),
        ("길이가 너무 길어요.", "길이가 너무 길어요."),
        ("먹이는 사람이 없었다.", "먹이는 사람이 없었다."),
        # the name after 이름은/이름이, before any copula
        ("언니 이름은 김태희였어요.", "언니 이름은 [인물-1]였어요."),
        ("시아버지 이름이 차범근이었어요.", "시아버지 이름이 [인물-1]이었어요."),
        # a lone surname before a title (한 "one": uncertain, still redacted)
        ("조사하던 방 지도원이 때렸어요.", "조사하던 [인물-1] 지도원이 때렸어요."),
        ("한 목사님이 우리를 도와주셨어요.", "[인물-1] 목사님이 우리를 도와주셨어요."),
        ("석 아주머니라고만 했어요.", "[인물-1] 아주머니라고만 했어요."),
        ("저 아저씨가 왔다. 두 아주머니가 왔다.", "저 아저씨가 왔다. 두 아주머니가 왔다."),
        # a name before a title or kinship word
        ("유재석 할머니가 편을 들어 줬어요.", "[인물-1] 할머니가 편을 들어 줬어요."),
        ("늙은 녀자는 다들 곰보 아매라고 불렀다.", "늙은 녀자는 다들 [인물-1] 아매라고 불렀다."),
        # calling, and Chinese nicknames in Hangul
        ("저는 샤오란이었고요.", "저는 [인물-1]이었고요."),
        ("중국에서는 옥이로 불림.", "중국에서는 [인물-1]로 불림."),
        ("큰 소리로 불렀다. 전화로 불렀다.", "큰 소리로 불렀다. 전화로 불렀다."),
        # a kinship noun, then what she is called; a name that "they say" (이래요)
        ("딸이 누리라고 열 살짜리였다.", "딸이 [인물-1]라고 열 살짜리였다."),
        ("이름이 데이비드래요.", "이름이 [인물-1]래요."),
        (
            "남편 전처가 낳은 딸이 가람이라고 있어요.",
            "남편 전처가 낳은 딸이 [인물-1]이라고 있어요.",
        ),
        # no name: "what was it", a kinship word after a role, an office before 님
        ("그 사람 이름이 뭐더라... 모르겠다.", "그 사람 이름이 뭐더라... 모르겠다."),
        ("남편 딸이 착했다.", "남편 딸이 착했다."),
        ("선교사님이 도와주셨다.", "선교사님이 도와주셨다."),
    ],
)
def test_korean_calls(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


def test_a_naming_cue_before_a_place_names_a_place(engine: Redactor) -> None:
    assert _out(engine, "그 마을은 평화촌이라고 했다.") == "그 마을은 [장소-1]이라고 했다."
    result = engine.redact("브로커는 자기를 전지현이라고 했어요.")
    assert [s.label for s in result.spans] == ["PERSON"]  # 현 ends names too


@pytest.mark.parametrize(
    "text",
    [
        "그 녀자는 려관에서 일했다.",  # North Korean spellings of 여자, 여관
        "아버지는 로동자였다.",
        "연길역에 닿자마자 잡혔다.",  # verb forms
        "두 번 북송됐다가 다시 넘어옴.",
        "차표를 샀고 셋집에 살았다.",  # compounds of ordinary words
        "1992년생이다. 5,000위안에 팔렸다.",  # units after a number
        "로씨야 말을 했다.",  # no vocative after 씨
    ],
)
def test_ordinary_korean_is_not_flagged(rules: Redactor, text: str) -> None:
    spans = [s for s in rules.redact(text).spans if s.label != "PLACE" or "역" not in text]
    assert spans == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 18: a company's or an enterprise's glued kind is part of its name
        ("아버지는 김책제철련합기업소 로동자였어요.", "아버지는 [기관-1] 로동자였어요."),
        ("한국 회사 한빛무역에서 일했어요.", "한국 회사 [기관-1]에서 일했어요."),
        ("천지 복장공장에서 일했어요.", "[기관-1] 복장공장에서 일했어요."),
        ("해란강 려관에서 청소를 했다.", "[기관-1] 려관에서 청소를 했다."),
        ("아리랑 노래방 손님들이 물어봤다.", "[기관-1] 노래방 손님들이 물어봤다."),
        ("오로 로동단련대로 갔어요.", "[장소-1] 로동단련대로 갔어요."),
        ("우리 다섯 명을 교회에 숨겨 주었다.", "우리 다섯 명을 교회에 숨겨 주었다."),
        ("她在延吉的阿里郎按摩店干了两年。", "她在[PLACE-1, 吉林省]的[ORG-1]按摩店干了两年。"),
        ("她晚上在金色年华KTV上班。", "她晚上在[ORG-1]KTV上班。"),
        ("她住在清津罗南区。", "她住在[PLACE-1, 朝鲜东北部][PLACE-2, 朝鲜东北部]。"),
        ("훈춘 长白山宾馆 뒤에 있었어요.", "[장소-1, 길림성] [기관-1]宾馆 뒤에 있었어요."),
        ("Moonlight KTV도 사장이 했어요.", "[기관-1]도 사장이 했어요."),
        (
            "The girls at the 별빛 karaoke teased him.",
            "The girls at the [ORG-1] karaoke teased him.",
        ),
        (
            "She was held at the Tumen detention centre.",
            "She was held at the [PLACE-1] detention centre.",
        ),
    ],
)
def test_organisations(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("주소는 광화가 57호이다.", "주소는 [주소-1]이다."),
        # the town before an address is part of it (round 4: addresses whole)
        ("백초구진 5조 23호에 산다.", "[주소-1]에 산다."),
        ("기숙사는 3호동 215호였어요.", "기숙사는 [주소-1]였어요."),
        ("숙소는 光华路12号3单元401이었다.", "숙소는 [주소-1]이었다."),
        ("We live at No. 14 Heping Road, second floor.", "We live at [ADDRESS-1], second floor."),
    ],
)
def test_addresses(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("동짓달 초여드레날 밤에 건넜어요.", "[날짜-1] 밤에 건넜어요."),
        ("음력 사월 열엿새가 생일이에요.", "음력 [날짜-1]가 생일이에요."),
        ("7/23에 풀려났다.", "[날짜-1]에 풀려났다."),
        ("번호를 외웠어요. 일삼팔 사삼삼이 구칠공오.", "번호를 외웠어요. [전화-1]."),
        (
            "I learnt it by heart: one five nine, two two four eight, three one zero six.",
            "I learnt it by heart: [PHONE-1].",
        ),
        ("이삼 일 동안 오이를 먹었다.", "이삼 일 동안 오이를 먹었다."),
        ("시월에 건넜다.", "시월에 건넜다."),
    ],
)
def test_spelled_numbers_and_dates(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


def test_chinese_reading_hangul_places(engine: Redactor) -> None:
    assert _out(engine, "징훙에서 멍라로 갔어요.") == "[장소-1]에서 [장소-2]로 갔어요."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the broker brought me to mr liu, full name liu baoshan.",
            "the broker brought me to mr [PERSON-1], full name [PERSON-1].",
        ),
        ("his son tiantian was 6.", "his son [PERSON-1] was 6."),
        ("we walked all night to xiaoshahe.", "we walked all night to [PLACE-1]."),
        ("ask for xiao wang at the gate.", "ask for [PERSON-1] at the gate."),
        ("I stayed with auntie ok for a week.", "I stayed with auntie [PERSON-1] for a week."),
        ("her husband in 2003 was kind.", "her husband in 2003 was kind."),
        ("she gave the broker her number.", "she gave the broker her number."),
        ("the old women called her 참새 all day.", "the old women called her [PERSON-1] all day."),
        (
            "The man who bought me was 차태현, Cha Tae-hyun.",
            "The man who bought me was [PERSON-1], [PERSON-1].",
        ),
        ("the other girl took the name Grace.", "the other girl took the name [PERSON-1]."),
    ],
)
def test_english_lower_case_and_native_names(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected
