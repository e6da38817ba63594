"""Korean words spelled as verb forms: a syllable or an ending no name holds (round 29).

The development sets' largest group of Korean false positives (round 29, lane K) was the
catch-all and the learned flagger reading a conjugated verb or adjective typed as one word
as an unknown noun: 따라갔으나, 들이닥쳤을, 있었으므로, 주십시오, 말하시오, 되시길,
연락하지마, 팔린거란걸, 안고프다구.  Two facts of the script rule them out whoever writes:

- **a closing consonant no name syllable has**: ㅆ closes the past tense and 있다 (갔, 었,
  있) and the double finals close verb and adjective stems (않, 없, 앉, 싫, 핥, 읊); no
  Sino-Korean syllable ends so, nor any native given name, nor a Hangul reading of a
  Chinese or Western name.  The copula after a noun (이었, 였: 철수였다구, 공안이었던)
  stays out: a name can stand before it;
- **an ending only a verb takes** at the end of the word: the formal imperative
  (주십시오, 말하시오), the wish (되시길, 함께하길), the negative order (가지마), 거란
  before a bound noun (팔린거란걸), and the quoted 다구/다꼬 and the retrospective 더라
  after a closed syllable (변한다꼬, 먹더라).  Where a copula may stand (은하다구,
  반값이라더, 결혼이란건: "it was X") a name can too, and the hit stays.

Read only for uncertain hits (``word_classes_ko.class_non_name``): a cue's certain name is
never removed here (issue 11, item 1).
"""

from __future__ import annotations

from fieldkit.redaction import hangul

__all__ = ["before_negative", "verb_spelled"]

_VERB_FINALS = frozenset("ㅆㄳㄵㄶㄽㄾㄿㅀㅄ")
"""Closing consonants of verb forms only (갔, 있, 앉, 않, 잃, 없, 핥, 읊): ㄺ, ㄻ, ㄼ stay
out (닭, 삶, 여덟 are nouns that may begin a place's name)."""

_VERB_ENDINGS = ("시오", "시길", "하길", "지마", "지마라", "거란걸", "거란건")
"""Endings only a verb closes a word with: the formal imperative (주십시오, 적으시오), the
wish (되시길, 함께하길), the negative order (가지마) and 거란 (것이란) before a bound noun
(팔린거란걸).  No particle or copula after a name is spelled so."""

_AFTER_CLOSED = ("다구", "다꼬", "더라", "더란")
"""The quoted 다구/다꼬 and the retrospective 더라: after an open syllable the copula may
have dropped (은하다구, 은하더라: "it was Eunha"), after a closed one only a verb stands
(변한다꼬, 춥다구, 먹더라): a name closed by a consonant takes 이다구, 이더라; the copula's
own past (은하였다구, 미향이었다구) stays a name's slot."""


def _copula(word: str, index: int) -> bool:
    """이었, 였 at ``index``: the copula after a noun or a name (순희였다구, 공안이었던)."""
    syllable = word[index]
    return syllable == "였" or (syllable == "었" and index > 0 and word[index - 1] == "이")


def verb_spelled(word: str) -> bool:
    """True when the Hangul ``word`` (three syllables or more for an ending, any length for
    a closing consonant) is spelled as a verb form no name takes."""
    for index, syllable in enumerate(word):
        if hangul.decompose(syllable)[2] in _VERB_FINALS and not _copula(word, index):
            return True
    if len(word) < 3:
        return False
    if word.endswith(_VERB_ENDINGS):
        return True
    closed = hangul.decompose(word[-3])[2] not in ("-", "") and not _copula(word, len(word) - 3)
    return closed and word.endswith(_AFTER_CLOSED)


_CONTRACTED_TOPIC = ("진", "긴")
"""지는 and 기는 contracted before a negative or a concession (나쁘진 않다, 밀치진 않았다,
크긴 했다)."""


def before_negative(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` ends in 진 or 긴 and 않다 follows (나쁘진 않았어요): a verb's
    지는 before the negative, no town in 진 and no name (round 29)."""
    if end - start < 2 or not text.endswith(_CONTRACTED_TOPIC, start, end):
        return False
    return text.startswith(("않", " 않"), end)
