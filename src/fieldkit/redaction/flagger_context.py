"""Words the learned flagger is not asked about, for the words around them (``flagger``).

The model reads a word in its sentence; some slots it was never trained to read, or reads
past what the rules know: a counter after a number, a particle glued to a Latin word, a
table's whole cell, a dictionary word before a picture or a song.
"""

from __future__ import annotations

from fieldkit.redaction import korean
from fieldkit.redaction.flagger_features import Token
from fieldkit.redaction.resources import Resources

__all__ = ["compass_branch", "depicted", "read_by_others"]


def read_by_others(words: list[Token], i: int) -> bool:
    """Words the model is not asked about: a counter after a number (1990년대, 101동); a
    particle glued to a Latin word (KTV도: round 35); a word that is a table's whole cell
    (| 봄 | 농사 |: round 35), which the table rules read by their header (``tables_ko``),
    as the model, trained on sentences, cannot."""
    word = words[i]
    glued = i > 0 and word.start == words[i - 1].end
    if glued and (words[i - 1].text.isdigit() or words[i - 1].text.isascii()):
        return words[i - 1].text.isdigit() or word.text in korean.PARTICLES
    cell = 0 < i < len(words) - 1 and words[i - 1].text == words[i + 1].text == "|"
    return cell


_DEPICTIONS = ("그림", "사진", "영화", "드라마", "노래", "소설", "만화", "동화")


def depicted(words: list[Token], i: int, res: Resources) -> bool:
    """A dictionary word before a picture, a film or a song is what it shows, not where
    (목동 그림을, "a shepherd painting"): retrained with set CG, the model read 목동 there as
    a place (0.93; round 36).  Asked only of a place the model reads: a person's song or
    photo (왕비 노래, 수정 사진) is hers; a place the word lists lack is read (연길 사진)."""
    if i + 1 >= len(words) or words[i + 1].start == words[i].end:
        return False
    return words[i + 1].text.startswith(_DEPICTIONS) and words[i].text in res.lex_ko_common


_COMPASS = ("동부", "서부", "남부", "북부", "중부")
_BRANCHES = ("지원", "지청", "지법", "지검", "지부", "지사", "지점")


def compass_branch(bare: str) -> bool:
    """A court's or an office's branch named by the compass (대구지법 서부지원): which branch,
    never whose; retrained with set CK, the model read 서부지원 as an organisation (round
    37), where round 9's rule reads the compass as no town."""
    return bare.startswith(_COMPASS) and bare[2:] in _BRANCHES
