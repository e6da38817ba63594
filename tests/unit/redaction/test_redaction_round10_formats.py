"""Round 10 of issue 11, lane FORMATS AND PLACES: chat exports with bracketed speaker labels,
Korean formal dates, bank accounts, organisation names made of joined nouns.  Every sentence
here is invented for these tests (no blind passage's text or names); each rule has sentences
where it must not fire."""

from __future__ import annotations

from fieldkit.redaction import Redactor


def _spans(engine: Redactor, text: str) -> dict[str, tuple[str, bool]]:
    """Each span's text -> (label, uncertain)."""
    return {text[s.start : s.end]: (s.label, s.uncertain) for s in engine.redact(text).spans}


def _covering(engine: Redactor, text: str, word: str) -> str | None:
    """The label of the span that covers the first ``word`` of ``text``, if one does."""
    start = text.index(word)
    for span in engine.redact(text).spans:
        if span.start <= start and start + len(word) <= span.end:
            return span.label
    return None


# --- 1. Chat transcripts with bracketed speaker labels ---------------------------------------


def test_bracket_labels_of_a_chat_are_persons(engine: Redactor) -> None:
    text = "카톡 그대로예요.\n[달님] 너 지금 어디야\n[나] 역 앞\n[달님] 거기 있어 금방 갈게"
    spans = _spans(engine, text)
    assert spans["달님"][0] == "PERSON"


def test_a_word_label_that_speaks_twice_is_found_later_too(engine: Redactor) -> None:
    text = "[새벽] 언니 어디\n[나] 집\n[새벽] 알았어\n새벽이 본명은 따로 있어요."
    found = [text[s.start : s.end] for s in engine.redact(text).spans if s.label == "PERSON"]
    assert found.count("새벽") == 3


def test_hanzi_and_latin_labels(engine: Redactor) -> None:
    text = "[秀兰] 你在哪儿\n[나] 연길\n[秀兰] 好\n"
    assert _spans(engine, text)["秀兰"][0] == "PERSON"
    text = "[Hana] where are you\n[me] at the station\n[Hana] stay there\n"
    spans = _spans(engine, text)
    assert spans["Hana"][0] == "PERSON"
    assert "me" not in spans


def test_name_with_kin_word_or_affectionate_i_gives_the_name(engine: Redactor) -> None:
    text = "[미란맘] 내일 와요\n[복실이] 네 언니\n[나] 알았어"
    assert _covering(engine, text, "미란") == "PERSON"
    assert _spans(engine, text)["복실"][0] == "PERSON"


def test_surname_with_office_and_organisation_in_a_label(engine: Redactor) -> None:
    text = "[새누리센터 최팀장] 서류 가져오세요\n[나] 네\n[강서구청 윤주무관] 월요일 오세요"
    spans = _spans(engine, text)
    assert spans["최"][0] == "PERSON"
    assert _covering(engine, text, "윤") == "PERSON"
    # round 13 (KO-ORG): a non-dictionary name glued before 센터 is a certain centre name
    assert spans["새누리센터"] == ("ORG", False)
    assert "강서구청" not in spans  # a district office: the place rules find 강서구


def test_roles_times_and_single_labels_are_not_names(engine: Redactor) -> None:
    text = "[나] [오후 3:15] 밥 먹었어\n[상대] [오후 3:16] 응\n[老公] 回来吧"
    spans = _spans(engine, text)
    assert not {"나", "상대", "老公", "오후"} & spans.keys()
    one = "[참고] 이 문서는 요약본이다.\n본문은 따로 있다."
    assert "참고" not in _spans(engine, one)
    same = "[공지] 내일 모임\n[공지] 장소 변경"  # one label only: a notice board, no dialogue
    assert "공지" not in _spans(engine, same)


# --- 2. Korean formal dates --------------------------------------------------------------


def test_korean_formal_date_with_its_closing_period(engine: Redactor) -> None:
    text = "피고인은 2017. 9. 23. 22:10경 피해자의 집에 들어갔다."
    spans = {(s.label, text[s.start : s.end]) for s in engine.redact(text).spans}
    assert ("DATE", "2017. 9. 23.") in spans


def test_dotted_date_inside_a_sentence_keeps_the_sentence(engine: Redactor) -> None:
    text = "On 2017.9.23 she left."
    spans = {text[s.start : s.end] for s in engine.redact(text).spans if s.label == "DATE"}
    assert spans == {"2017.9.23"}


# --- 4. Bank accounts ------------------------------------------------------------------------


def test_account_number_glued_to_a_particle(engine: Redactor) -> None:
    text = "그 돈은 신한은행 계좌 110-482-771235로 보냈다."
    assert _spans(engine, text)["110-482-771235"][0] == "ID_NUMBER"
    text = "她让我把钱打到账号 6222-0210-0103-3348 上。"
    assert _spans(engine, text)["6222-0210-0103-3348"][0] == "ID_NUMBER"
    text = "He paid into account no. 3521-184-55210 last week."
    assert _spans(engine, text)["3521-184-55210"][0] == "ID_NUMBER"


def test_short_numbers_after_account_are_no_account(engine: Redactor) -> None:
    text = "계좌 2-3개를 만들었다."
    assert "2-3" not in _spans(engine, text)
    text = "계좌 2019-05-08로 정리했다."  # eight digits: a date, not an account
    assert _spans(engine, text).get("2019-05-08", ("DATE", False))[0] != "ID_NUMBER"


# --- 6. Organisation names of joined nouns --------------------------------------------------


def test_joined_nouns_before_a_foundation_stay_an_org(engine: Redactor) -> None:
    text = "서류는 평화나눔재단 담당자에게 내면 된다."
    assert _spans(engine, text)["평화나눔재단"][0] == "ORG"


def test_church_name_before_a_doubting_copula(engine: Redactor) -> None:
    text = "그 교회가 은혜교회... 아니 소망교회였나, 잘 모르겠어요."
    assert _spans(engine, text)["소망"][0] == "ORG"


def test_a_verb_before_a_kind_noun_is_still_no_org(engine: Redactor) -> None:
    text = "거기 가보니 식당이 하나 있었다."
    assert "가보니" not in _spans(engine, text)


# --- 3. Addresses ----------------------------------------------------------------------------


def test_korean_road_name_address_with_a_comma_before_the_flat(engine: Redactor) -> None:
    text = "주소는 부산광역시 해운대구 좌동로 77, 203동 1502호 입니다."
    spans = _spans(engine, text)
    assert spans["부산광역시 해운대구 좌동로 77, 203동 1502호"][0] == "ADDRESS"


def test_a_road_and_a_count_after_a_comma_is_no_address(engine: Redactor) -> None:
    text = "택시로 30, 40분 걸렸다."
    assert not [s for s in engine.redact(text).spans if s.label == "ADDRESS"]


def test_chinese_village_group_and_house_number(engine: Redactor) -> None:
    text = "她家在安图县 石门镇 新兴村 3组 15号。她很少回去。"
    labels = {text[s.start : s.end]: s.label for s in engine.redact(text).spans}
    assert any(k.endswith("3组 15号") and v == "ADDRESS" for k, v in labels.items())


def test_lower_case_building_and_unit(engine: Redactor) -> None:
    text = "They rent a flat in building 12, unit 305, near the market."
    spans = _spans(engine, text)
    assert spans["building 12, unit 305"][0] == "ADDRESS"


def test_one_lower_case_unit_word_is_no_address(engine: Redactor) -> None:
    for text in ("She lived on floor 3 of a tower.", "He was in room 4, I think."):
        assert not [s for s in engine.redact(text).spans if s.label == "ADDRESS"]


# --- 5. Places that are words, before a facility noun --------------------------------------


def test_word_place_before_a_detention_noun(engine: Redactor) -> None:
    text = "거기서 잡혀서 통화 구류소로 넘어갔다."
    assert _spans(engine, text)["통화"][0] == "PLACE"
    text = "단속에 걸려 무산 유치장에 있었다."
    assert _spans(engine, text)["무산"][0] == "PLACE"


def test_a_word_before_no_facility_noun_stays(engine: Redactor) -> None:
    text = "엄마랑 통화를 했는데 목소리가 좋았다."
    assert "통화" not in _spans(engine, text)


# --- 6b. A Hanzi name before a school; a quoted business after its kind --------------------


def test_hanzi_name_before_a_school_noun(engine: Redactor) -> None:
    text = "孩子现在 红星小学 三年级。"
    assert _spans(engine, text)["红星"][0] == "ORG"


def test_going_to_school_is_no_school_name(engine: Redactor) -> None:
    for text in ("孩子上小学了。", "他考上高中了。"):
        assert not [s for s in engine.redact(text).spans if s.label == "ORG"]


def test_quoted_business_after_a_compound_kind(engine: Redactor) -> None:
    text = "그 다음에 신발공장 '새마을' 에서 일 년 일했다."
    assert _spans(engine, text)["새마을"][0] == "ORG"
    text = "작은 가정교회(이름 '샘터')에 다녔어요."
    assert _spans(engine, text)["샘터"][0] == "ORG"


def test_quoted_speech_after_a_kind_noun_in_a_clause_is_no_org(engine: Redactor) -> None:
    text = "공장 사장이 '빨리 해'라고 소리쳤다."
    assert not [s for s in engine.redact(text).spans if s.label == "ORG"]
