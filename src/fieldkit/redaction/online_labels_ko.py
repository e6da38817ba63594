"""An account's name after its label (issue 11, round 14, lane ORG-AND-OTHERS).

A nickname on a chat or streaming site finds a woman as surely as a phone number, and it is
usually a made-up Korean word (달콤토끼, 푸른별), which no pattern for IDs (digits, _, @)
sees.  The label says what it is: 닉네임은 X였어요, 대화명이 X이고, 아이디는 X예요.  The
word the label is equated with by a copula is an ``ONLINE_ID``.

The copula must agree with the word's last syllable, as Korean requires (X였어요 after a
vowel, X이었어요 after a consonant): so a verb after the label (아이디가 없었고: 없었 ends
in a consonant, no 이) is not read as a name.  Never a closed word (닉네임이 뭐였어요) or a
verb form.  Uncertain when the word is in the word list.  Anchor: the label (rare).
"""

from __future__ import annotations

from fieldkit.redaction import known_ko, korean
from fieldkit.redaction.anchored import literal_test
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_account_labels"]

_LABEL = lazy_pattern(
    r"(?:닉네임|대화명|아이디|계정명|계정 이름|프로필 이름)(?:은|는|이|가)\s"
    r"([가-힣][가-힣0-9]{1,11}?)(이)?"
    r"(었고|었는데|었어요|었어|었다|었죠|었지|에요|였고|였는데|였어요|였어|였다|였죠|였지|"
    r"예요|인데|입니다|라고|야|고|라|다)(?![가-힣])"
)
"""The label, the word and its copula; group 2 is the copula's 이 (after a consonant)."""

_SET_AS = lazy_pattern(
    r"(?:닉네임|대화명|아이디|계정명)(?:은|는|을|를|도)\s"
    r"([가-힣][가-힣0-9]{1,11}?)(으)?로\s?(?:했|해놨|해\s놨|바꿨|바꾸|정했|지었|만들었|설정)"
)
"""Round 37: the name an account was set to (닉네임은 진달래꽃으로 했어요, 아이디를 봄비로
바꿨어요); 으로 after a final consonant other than ㄹ, 로 otherwise, as Korean requires."""

_ANY_FINAL = frozenset(("인데", "입니다"))
_AFTER_CONSONANT = frozenset(("었고", "었는데", "었어요", "었어", "었다", "었죠", "었지", "에요"))
_AFTER_VOWEL = frozenset(("였고", "였는데", "였어요", "였어", "였다", "였죠", "였지", "예요"))


def _agrees(word: str, i: str | None, copula: str) -> bool:
    """Whether the copula fits the word's last syllable (달콤토끼였어요, 달님이었어요); 고,
    라고, 라, 다 count only with 이 after a consonant (a bare one ends verbs: 모르고)."""
    final = korean.final_consonant(word[-1])
    if copula in _ANY_FINAL:
        return not i
    if copula in _AFTER_VOWEL:
        return not i and not final
    if copula in _AFTER_CONSONANT:
        return bool(i) and final
    if not i:
        return copula == "야" and not final  # 모르고, 가라고: a bare 고 or 라 ends verbs too
    return final


_QUOTED_ON_APP = lazy_pattern(
    r"(?:카톡|카카오톡|위챗|웨이신|큐큐|QQ|텔레그램|인스타|페북|라인)\s?"
    r"(?:이름|닉네임|닉|아이디|대화명|프로필명?)(?:은|는|이|가|도)?\s?"
    r"['\"‘“]([^'\"’”\n]{1,20})['\"’”]"
)
"""Round 20: 카톡 이름 '별빛소녀♡' 였는데: an app's name label and a quoted name, whatever
its characters (a heart, a digit, Latin letters): the quote bounds it, the label says what."""


_HAS_LABEL = literal_test(("닉네임", "대화명", "아이디", "계정", "프로필", "이름", "닉"))
"""The labels an account name follows: a text with none is not read (round 30, speed: one
search instead of a generator over the seven)."""


def find_account_labels(folded: str, res: Resources) -> list[Hit]:
    """닉네임은 X였어요: the account name after its label (see the module doc)."""
    out: list[Hit] = []
    if not _HAS_LABEL(folded):
        return out
    for quoted in _QUOTED_ON_APP().finditer(folded):
        out.append(
            Hit.at(quoted.span(1), label="ONLINE_ID", detector="cue", rule="account_quoted_ko")
        )
    for match in _LABEL().finditer(folded):
        word, i, copula = match.group(1), match.group(2), match.group(3)
        if _agrees(word, i, copula) and _account_word(word, res):
            out.append(_account(match.span(1), word, "account_label_ko", res))
    for match in _SET_AS().finditer(folded):
        word, euro = match.group(1), bool(match.group(2))
        if word.endswith(_LANGUAGE_ENDS) and (word in res.lex_ko or word[:-1] in res.lex_ko):
            continue  # 닉네임을 한국말로 바꿨어요: the language it was set in, no name
        if euro == korean.takes_euro(word[-1]) and _account_word(word, res):
            out.append(_account(match.span(1), word, "account_set_as_ko", res))
    return out


_LANGUAGE_ENDS = ("말", "어", "글", "식", "자")
"""Endings of a language or a script (한국말, 중국어, 한글, 한국식, 한자): no account name."""


def _account_word(word: str, res: Resources) -> bool:
    """Never a closed word (닉네임이 뭐였어요) or a verb form."""
    if word in closed_words("ko") or korean.verb_like(word, res):
        return False
    return not (known_ko.verb_form(word, res) and word not in res.lex_ko)


def _account(span: tuple[int, int], word: str, rule: str, res: Resources) -> Hit:
    uncertain = word in res.lex_ko or korean.ordinary(word, res)
    return Hit.at(span, label="ONLINE_ID", detector="cue", rule=rule, uncertain=uncertain)
