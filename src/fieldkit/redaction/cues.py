"""Strong cues: context that says "person" or "place", whatever the lexicon says.

Famous names are frequent words (a singer's, an actor's, a footballer's), and some
place names are ordinary words (통화 "phone call" is Tonghua).  Elsewhere the
word-frequency lexicon keeps an ordinary word; after a strong cue it may only
*downgrade* the candidate to uncertain (redacted and listed for review), never
keep it.  The cues (``data/cues.tsv``, where the hierarchy is written down):

* an honorific or title: 이민호 씨, 순희님, 김 선생, Ms. Baek, Auntie Rose, Officer Young;
* a role or kinship noun right before a name: 시어머니 김연아는, my husband Young Park;
* a naming cue: 이병헌이라고, 김철수라는 이름, 이름은 영희, called June, known as Park;
* a gazetteer spelling with a locative particle or a place suffix: 통화에서, 통화역.

A Korean name is the whole stem, two to four syllables, particles outside
(``korean.split_particle``): 시어머니 김연아는 gives 김연아, never 김연.  Closed
classes (pronouns, bound nouns, adverbs: ``not_name`` rows) are grammar, not the
lexicon, and are never names.  The Chinese cues live in ``chinese.py``.
"""

from __future__ import annotations

from fieldkit.redaction.address_terms_ko import find_address_terms
from fieldkit.redaction.answers_ko import find_answered_names
from fieldkit.redaction.carried_ko import find_carried_ko
from fieldkit.redaction.chat_labels import find_chat_labels
from fieldkit.redaction.companions_ko import find_companions_ko, find_went_with_ko
from fieldkit.redaction.companions_zh import find_companions
from fieldkit.redaction.counted_names_ko import find_counted_names_ko
from fieldkit.redaction.cues_naming_ko import korean_naming, korean_place_subject
from fieldkit.redaction.cues_places_ko import korean_places
from fieldkit.redaction.cues_roles_ko import korean_honorifics, korean_roles
from fieldkit.redaction.cues_titles_en import english_cued
from fieldkit.redaction.cuewords import CueWords, closed_words, cue_words, gazetteer_entry
from fieldkit.redaction.epithets_ko import find_epithets_ko
from fieldkit.redaction.fields_ko import find_fields
from fieldkit.redaction.glued_phrases_ko import find_glued_phrases_ko
from fieldkit.redaction.glued_titles_ko import find_glued_titles
from fieldkit.redaction.hanzi_ko import find_hanzi_in_korean
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.islands_mixed import find_mixed_islands
from fieldkit.redaction.kinship_named_ko import kinship_is_named
from fieldkit.redaction.months_en import find_month_names
from fieldkit.redaction.named_predicates_en import find_named_subjects
from fieldkit.redaction.names_noted_ko import find_noted_names
from fieldkit.redaction.names_partial_ko import find_partial_names
from fieldkit.redaction.naming_hanzi_ko import hanzi_named
from fieldkit.redaction.online_labels_ko import find_account_labels
from fieldkit.redaction.orgs_acronyms import find_acronym_orgs
from fieldkit.redaction.orgs_centres_ko import find_centre_orgs, find_spaced_centre_names
from fieldkit.redaction.orgs_industry import find_industry_orgs, find_industry_orgs_zh
from fieldkit.redaction.orgs_kind_first_ko import find_kind_first_orgs
from fieldkit.redaction.orgs_kinds import find_kind_orgs
from fieldkit.redaction.orgs_ko import find_korean_orgs
from fieldkit.redaction.orgs_legal_forms_ko import find_legal_form_orgs
from fieldkit.redaction.orgs_of_ko import find_of_orgs_ko
from fieldkit.redaction.orgs_schools_ko import find_level_schools, find_school_orgs
from fieldkit.redaction.orgs_shops_ko import find_shop_orgs
from fieldkit.redaction.orgs_short_forms_ko import find_short_forms
from fieldkit.redaction.orgs_sides_ko import find_side_orgs
from fieldkit.redaction.orgs_signs_ko import find_sign_orgs
from fieldkit.redaction.orgs_spaced_ko import (
    find_apposed_orgs,
    find_greeting_orgs,
    find_hanzi_named_kinds,
)
from fieldkit.redaction.orgs_taught_ko import find_taught_school_names
from fieldkit.redaction.particles_mixed import find_particle_names
from fieldkit.redaction.persons_en import find_companions_en, find_quoted_names
from fieldkit.redaction.persons_ko import find_round7_persons
from fieldkit.redaction.persons_round29_ko import find_round29_persons
from fieldkit.redaction.pet_names_ko import find_pet_names
from fieldkit.redaction.places_counted_zh import find_counted_villages
from fieldkit.redaction.places_hanzi_ko import find_hanzi_villages
from fieldkit.redaction.places_homonyms_ko import find_province_homonyms
from fieldkit.redaction.places_reached_ko import find_reached_places
from fieldkit.redaction.places_slots_ko import find_slot_places
from fieldkit.redaction.possessive_ko import find_possessors
from fieldkit.redaction.predicates_ko import find_predicate_people_ko
from fieldkit.redaction.quoted_described import find_described_names
from fieldkit.redaction.real_name_ko import find_real_named
from fieldkit.redaction.resembled_ko import find_resembled_ko
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.round11_en import find_round11_en
from fieldkit.redaction.round11_zh import find_round11_zh
from fieldkit.redaction.round12_en import find_round12_en
from fieldkit.redaction.round12_zh import find_round12_zh
from fieldkit.redaction.round13_en import find_round13_en
from fieldkit.redaction.round13_zh import find_round13_zh
from fieldkit.redaction.single_given_ko import find_single_given
from fieldkit.redaction.slots_ko import find_name_slots
from fieldkit.redaction.slots_zh import find_cleft_names
from fieldkit.redaction.speakers import find_speakers
from fieldkit.redaction.strong_cues_ko import find_strong_cues
from fieldkit.redaction.surname_hanzi_ko import find_lone_hanzi_surnames
from fieldkit.redaction.surnames_ko import find_lone_surnames
from fieldkit.redaction.tables_en import find_table_names_en
from fieldkit.redaction.tables_ko import find_table_names
from fieldkit.redaction.textview import view
from fieldkit.redaction.venues_ko import find_venues_ko
from fieldkit.redaction.word_names_en import find_word_names

__all__ = ["CueWords", "closed_words", "cue_words", "find_cued", "gazetteer_entry"]


def find_cued(folded: str, res: Resources, words: frozenset[str]) -> list[Hit]:
    """Every strong-cue hit in folded text (detector ``cue``); ``words`` are the text's
    lower-case Latin words (``phrases.words_of``).  The text's view is read once, not at
    each branch (round 28, speed).  A list: most rules return lists, concatenated here in
    the same order, no generator resumed per rule (round 31, speed)."""
    out: list[Hit] = []
    known = view(folded)
    out += find_speakers(folded, res)
    out += find_chat_labels(folded, res)  # round 10: [이름] chat exports
    out += find_kind_orgs(folded, res)  # round 9: courts, 金达莱(진달래), 하나로 교회 ...
    out += find_acronym_orgs(folded, res)  # round 14c: Bright Path Network (BPN)
    out += find_round11_zh(folded, res, known.has_hanzi)  # round 11: chat stamps, 被
    out += find_round13_zh(folded, res, known.has_hanzi)  # round 13: 望京, 长白山 KTV
    out += find_table_names_en(folded, res)  # round 26: Name | From ... rows, alias column
    out += find_described_names(folded, res)  # round 34: '독수리'(조선족 男, 40대)
    if known.has_hangul:
        out += korean_roles(folded, res)
        out += korean_honorifics(folded, res)
        out += korean_naming(folded, res)
        out += korean_places(folded, res)
        out += korean_place_subject(folded, res)
        out += find_reached_places(folded, res)  # round 14b: 간 데가 X였, X 근처 Y에
        out += find_slot_places(folded, res)  # round 14c: X 시장, X 사람이고, <county> X진
        out += find_province_homonyms(folded, res)  # round 38: 하남 쪽에, 해남 파출소
        out += kinship_is_named(folded, res)
        out += find_real_named(folded, res)  # round 35: 나라는 진짜 이름이 은정이고
        out += find_pet_names(folded, res)  # round 35: 建国이가, 빙빙이가
        out += find_lone_surnames(folded, res)
        out += find_korean_orgs(folded, res)
        out += find_industry_orgs(folded, res)  # round 11: 대한물류, 혜산방직공장
        out += find_school_orgs(folded, res)  # round 12: X대 다녀요, X대학교를 졸업
        out += find_level_schools(folded, res)  # round 14b: X초 다녀요, X고 2학년
        out += find_shop_orgs(folded, res)  # round 12: X커피에서 알바
        out += find_apposed_orgs(folded, res)  # round 13: 한국식당 X에서
        out += find_kind_first_orgs(folded, res)  # round 14: 한국 식당 X에서, 단체 X에서
        out += find_sign_orgs(folded, res)  # round 14: 간판은 X였고, X라는 NGO
        out += find_account_labels(folded, res)  # round 14: 닉네임은 X였어요
        out += find_centre_orgs(folded, res)  # round 13: X센터, X상담센터
        out += find_spaced_centre_names(folded, res)  # round 14b: X 지역아동센터
        out += find_taught_school_names(folded, res)  # round 14c: X요양보호사교육원
        out += find_legal_form_orgs(folded, res)  # round 14c: 법무법인 X, X에서 보낸 목사님
        out += find_short_forms(folded, res)  # round 14b: X나눔센터(X센터)
        out += find_side_orgs(folded, res)  # round 14b: X 쪽 선교사님, X측에서
        out += find_of_orgs_ko(folded, res)  # round 37: 사랑의 집이라는 쉼터
        out += find_greeting_orgs(folded, res)  # round 13: 전화 받으면 'X입니다'
        out += find_round7_persons(folded, res)
        out += find_round29_persons(folded, res)  # round 29: 미스터 리, 안녕하세요 X예요
        out += find_strong_cues(folded, res)  # round 10: a strong cue always wins
        out += find_name_slots(folded, res)  # round 11: slots only a name fills
        out += find_fields(folded, res)  # round 12: 성명: X, 딸1 X -, 곽가 영감
        out += find_table_names(folded, res)  # round 14: | 이름 | ... | rows
        out += find_glued_titles(folded, res)  # round 14: 브로커최씨아저씨가
        out += find_single_given(folded, res)  # round 14: 외자로 X
        out += find_address_terms(folded, res)  # round 14b: 청주댁, 뤄 경찰, 박 주무관
        out += find_partial_names(folded, res)  # round 14c: 호적에는 X으로, 刘 뭐였는데
        out += find_companions_ko(folded, res)  # round 14c: 같이 간 사람이 X랑
        out += find_went_with_ko(folded, res)  # round 17: X랑 같이 갔어요
        out += find_predicate_people_ko(folded, res)  # round 18: X가 제 친구예요
        out += find_epithets_ko(folded, res)  # round 24: 털보가, 짱구가 운전했는데
        out += find_glued_phrases_ko(folded, res)  # round 24: 한명자씨가돈화서전화왔는데
        out += find_carried_ko(folded, res)  # round 25: 보배를 업고, 평화를 낳았어요
        out += find_counted_names_ko(folded)  # round 26: 하나가 전화해서 (a sentence's head)
        out += find_resembled_ko(folded, res)  # round 26: 이영애 닮았다고
        out += find_noted_names(folded, res)  # round 19: 봄(본명 미상), / X / 29세 /
        if "?" in folded:
            out += find_answered_names(folded, res)  # round 20: 이름이 뭐예요? 답: X요.
        out += find_venues_ko(folded, res)  # round 18: 서탑에 있는 모란각에서
        out += find_possessors(folded, res)  # round 14c: 그거 X이 거예요
        if known.has_hanzi:
            out += hanzi_named(folded, res)
            out += find_hanzi_in_korean(folded, res)
            out += find_hanzi_named_kinds(folded, res)  # round 13: 华丰 복장공장
            out += find_hanzi_villages(folded, res)  # round 14: 东风촌, 新兴진
            out += find_lone_hanzi_surnames(folded, res)  # round 37: 李는, 성이 孙이라
    if known.has_hanzi:
        out += find_industry_orgs_zh(folded, res)  # round 11: 在大韩物流上班
        out += find_round12_zh(folded, res)  # round 12: 被告人X, X：labels, 南主任, X姬
        out += find_cleft_names(folded, res)  # round 14: 卖她的人是韩国明
        out += find_counted_villages(folded, res)  # round 14b: 一个X屯的
        out += find_companions(folded, res)  # round 14c: 李姐带X去了, 跟X一起
    if words:
        out += english_cued(folded, res, words)
        out += find_round11_en(folded, res, words)  # round 11: capitals, initials, agencies
        out += find_round12_en(folded, res, words)  # round 12: passport names, units, files
        out += find_round13_en(folded, res, words)  # round 13: Helong county, Lao Zhang
        out += find_month_names(folded, res, words)  # round 14: May told me
        out += find_word_names(folded, res, words)  # round 26: Hope found me
        out += find_named_subjects(folded, res, words)  # round 18: Hope was the name
        if known.has_hangul or known.has_hanzi:
            out += find_mixed_islands(folded, res)  # round 14: 연경이 was, X; that's what
        if known.has_hangul:
            out += find_particle_names(folded, res)  # round 14c: X한테 the, X랑 Y, were
        if '"' in folded or "“" in folded:
            out += find_quoted_names(folded, res)
        out += find_companions_en(folded, res)  # round 16: Hope and I, me and June
    return out
