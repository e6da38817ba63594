"""Round 14 of issue 11, lane KOREAN PERSONS AND PLACES, third wave: the constructions behind
set O's Korean person and place misses and false positives (a surname before a workplace
title, 이 after 담당, a name said "only as", a registered name, a surname remembered alone,
pairs joined by 와/과 and by a bare titled member, the first companion named, the polite 요
after a role; a town before its market, a person's origin, a township in 진/향, a corrected
place in 이요, the spoken 에선).  Every sentence here is invented for these tests (no blind
passage's text, names or places)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from redaction_helpers import surfaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. a surname before a workplace title (경리, the northern 아주마이/아즈마이)
        (
            "식당 주인이 남 경리였는데 돈을 안 줬어요.",
            "식당 주인이 [인물-1] 경리였는데 돈을 안 줬어요.",
        ),
        ("시장에서 장 아주마이 매대를 봐줬시요.", "시장에서 [인물-1] 아주마이 매대를 봐줬시요."),
        ("하씨 아즈마이가 밥을 줬어요.", "[인물-1] 아즈마이가 밥을 줬어요."),
        # 2. 이 after 담당: the surname of the worker in charge
        ("담당자는 이 간사님이에요.", "담당자는 [인물-1] 간사님이에요."),
        # 3. a name said "only as" (X라고만 알아요)
        ("그 브로커 이름은 도리라고만 들었어요.", "그 브로커 이름은 [인물-1]라고만 들었어요."),
        # 4. the name a register holds
        ("딸은 호적에는 明花로 되어 있어요.", "딸은 호적에는 [인물-1]로 되어 있어요."),
        ("아들은 여권상 한솔로 나와요.", "아들은 여권상 [인물-1]로 나와요."),
        # 5. a surname remembered without the rest
        (
            "그 경찰 이름은 張 뭐였는데 기억이 안 나요.",
            "그 경찰 이름은 [인물-1] 뭐였는데 기억이 안 나요.",
        ),
        # 6. pairs joined by 와/과, and a one-syllable member beside a titled name
        ("식당에서 순희와 하람도 일했어요.", "식당에서 [인물-1]와 [인물-2]도 일했어요."),
        (
            "응답: 숙이랑 수정 언니가 같이 왔어요.",
            "응답: [인물-1]이랑 [인물-2] 언니가 같이 왔어요.",
        ),
        # 7. the first companion named after 같이 간 사람이
        (
            "같이 간 사람이 구름이 언니하고 그 애였어요.",
            "같이 간 사람이 [인물-1]이 언니하고 그 애였어요.",
        ),
        # 8. the polite 요 after a role noun's name stays outside it
        ("남편 순철이요.", "남편 [인물-1]이요."),
    ],
)
def test_round14c_korean_person_classes(engine: Redactor, text: str, expected: str) -> None:
    assert engine.redact(text).text == expected


def test_round14c_word_names_and_this_are_uncertain(engine: Redactor) -> None:
    assert surfaces(engine, "담당자는 이 간사님이에요.", "PERSON") == {"이": True}
    assert surfaces(engine, "아들은 여권상 한솔로 나와요.", "PERSON") == {"한솔": True}
    assert surfaces(engine, "딸은 호적에는 明花로 되어 있어요.", "PERSON") == {"明花": False}
    assert surfaces(engine, "같이 간 사람이 구름이 언니하고 그 애였어요.", "PERSON") == {
        "구름": True
    }


@pytest.mark.parametrize(
    ("text", "place", "uncertain"),
    [
        # 9. a township in 진 or 향 after a listed county or city
        ("도문 월청진에서 잡혔어요.", "월청진", False),
        # 10. a listed spelling that is a word, before its market
        ("무산 시장에서 국수를 팔았어요.", "무산", True),
        # 11. where a person is from: an unlisted word before 사람 and the copula
        ("할머니는 솔골 사람이었어요.", "솔골", True),
        # 12. a place corrected by another, with the spoken 이요
        ("온성이 아니고 무산이요.", "무산", True),
        # 13. the spoken 에선 after a listed town
        ("회령에선 다 알았어요.", "회령", False),
    ],
)
def test_round14c_korean_place_classes(
    engine: Redactor, text: str, place: str, uncertain: bool
) -> None:
    assert surfaces(engine, text, "PLACE").get(place) is uncertain


@pytest.mark.parametrize(
    "text",
    [
        "작업 반장 아주마이랑 같이 나왔시요.",
        "회사 경리가 돈을 안 줬어요.",
        "이 상담사가 좋아요.",
        "이름은 적으라고 했어요.",
        "호적에는 사망으로 되어 있어요.",
        "그 뭐더라, 이름이 생각 안 나요.",
        "같이 간 사람이 우리 언니하고 나였어요.",
        "같이 온 사람이 셋이었어요.",
        "시아버지 성함은요?",
        "그 언니 아들이요.",
        "밥이랑 국이는 식었어요.",
    ],
)
def test_round14c_person_rules_leave_titles_words_and_pronouns(engine: Redactor, text: str) -> None:
    assert not surfaces(engine, text, "PERSON")


def test_round14c_pairs_take_no_thing_or_place(engine: Redactor) -> None:
    assert surfaces(engine, "철수가 책과 공책을 샀어요.", "PERSON") == {"철수": False}
    assert surfaces(engine, "식당에서 순희와 공장에 갔어요.", "PERSON") == {"순희": False}


@pytest.mark.parametrize(
    "text",
    [
        "집안 사람들이 반대했어요.",
        "그 사람은 좋은 사람이에요.",
        "남편은 보통 사람이었어요.",
        "연길 사진을 봤어요.",
        "처음 간 데가 거기였어요.",
        "회령 아니고 거기였어요.",
    ],
)
def test_round14c_place_rules_leave_words(rules: Redactor, text: str) -> None:
    places = surfaces(rules, text, "PLACE")
    assert set(places) <= {"연길", "회령"}


@pytest.mark.parametrize(
    "text",
    [
        # 14. the northern pronoun 내래 and the northern past in 시오/시요
        "내래 온성서 나서 자랐시요.",
        "그 여자가 나중에 탄광으로 쫓겨갔시오.",
        # 15. a quoted reason (-다길래) and the written connective 하여
        "언니가 식당에서 일한다길래 찾아갔어요.",
        "출소 후 재입국하여 쉼터에 입소.",
        # 16. a country and its particle after 라오 is no Chinese nickname
        "태국에서 라오스로 넘어갔어요.",
    ],
)
def test_round14c_verb_forms_pronouns_and_countries_are_no_names(
    engine: Redactor, text: str
) -> None:
    assert not surfaces(engine, text, "PERSON")


def test_round14c_the_copula_and_a_nickname_still_name(engine: Redactor) -> None:
    assert set(surfaces(engine, "그 브로커가 최동혁이었슴다.", "PERSON")) == {"최동혁"}
    assert surfaces(engine, "다들 라오리로 불렀어요.", "PERSON") == {"라오리": False}


def test_round14c_a_modifier_or_a_role_noun_is_no_place(engine: Redactor) -> None:
    # 17. a listed spelling before a bound noun is a verb's modifier
    assert not surfaces(engine, "그 애 찾아간다고 나선 거예요.", "PLACE")
    assert surfaces(engine, "나선에서 왔어요.", "PLACE") == {"나선": False}
    # 18. a role noun the gazetteer also spells, before a name
    assert surfaces(engine, "공장 동료 리메이가 도와줬어요.", "PERSON") == {"리메이": False}
    assert not surfaces(engine, "공장 동료 리메이가 도와줬어요.", "PLACE")
    # 19. a trade in -이 is a role noun before a name
    assert surfaces(engine, "목욕탕 때밀이 순덕 언니가 도와줬어요.", "PERSON") == {"순덕": False}


def test_round14c_an_owner_before_the_bound_noun(engine: Redactor) -> None:
    # 20. X이 거예요: only a name keeps its affectionate 이 before 거 "one's own"
    assert engine.redact("그거 다은이 거예요.").text == "그거 [인물-1]이 거예요."
    assert surfaces(engine, "이 휴대폰은 솔빈이 거였어요.", "PERSON") == {"솔빈": False}


@pytest.mark.parametrize(
    "text",
    ["물이 거꾸로 흘러요.", "사람이 거의 없었어요.", "그 돈이 거기 있었어요.", "우리 딸 거예요."],
)
def test_round14c_no_owner_without_the_affectionate_form(engine: Redactor, text: str) -> None:
    assert not surfaces(engine, text, "PERSON")


def test_round14c_a_bound_noun_after_a_modifier_is_no_place(engine: Redactor) -> None:
    # 21. 할 거야: the bound noun and its copula, spelled like a county
    assert not surfaces(engine, "그건 사람이 할 거야.", "PLACE")


def test_round14c_a_listed_word_spelling_before_a_company(rules: Redactor) -> None:
    # 22. <town> X + an industry word: firms are named with their town first (저 may be "I")
    assert surfaces(rules, "저 무산 한길플라스틱 다닐 때 야간조였어요.", "PLACE") == {"무산": True}
    assert surfaces(rules, "언니는 무산 새솔식품에서 일했어요.", "PLACE") == {"무산": True}
    assert not surfaces(rules, "집안 정리하고 식품 사러 갔어요.", "PLACE")
    assert not surfaces(rules, "집안 대대로 전자 공장이었어요.", "PLACE")
