"""The flagger's features as the shipped model reads them: only the attributes it knows, as
UTF-8 bytes.

CRFsuite drops an attribute its model does not know (its dictionary lookup fails), so
leaving those out changes no probability; a quarter of a sentence's features are such
(word shapes and pairs the training passages never showed).  And python-crfsuite encodes
each ``str`` feature to bytes on every call, where bytes pass as they are.  Handing the
tagger fewer features, already encoded, took two fifths of its reading time
(``bench/flagger_speed.py``).  ``flagger_features`` still describes the words, for training
and for any other model (``bench/flagger_train.py --cv``).
"""

from __future__ import annotations

import struct
from typing import NamedTuple

from fieldkit.redaction.flagger_features import Described, describe
from fieldkit.redaction.memory import WordCache
from fieldkit.redaction.resources import Resources

__all__ = ["attributes", "items"]

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
"""CRFsuite's model header (crf1d_model.c): magic, size, type, version, then the counts of
features, labels and attributes and the offsets of the features, labels and attributes."""
_CQDB = struct.Struct("<4sIIIII")
"""A CQDB chunk's header (cqdb.c): id, size, flag, byte order, and the size and offset of
its backward array (one record offset per id)."""
_RECORD = struct.Struct("<iI")


def attributes(model: bytes) -> frozenset[str]:
    """The attribute names of a CRFsuite model (its attribute CQDB, read by id)."""
    off_attrs = _HEADER.unpack_from(model, 0)[9]
    chunk, _size, _flag, _order, count, backward = _CQDB.unpack_from(model, off_attrs)
    if chunk != b"CQDB":
        raise ValueError("not a CRFsuite model")
    names = set()
    for index in range(count):
        (record,) = struct.unpack_from("<I", model, off_attrs + backward + 4 * index)
        _id, size = _RECORD.unpack_from(model, off_attrs + record)
        start = off_attrs + record + _RECORD.size
        names.add(model[start : start + size - 1].decode())  # the key ends with a NUL
    return frozenset(names)


class _Encoded(NamedTuple):
    """A ``flagger_features.Described`` word, cut to the model's attributes and encoded; the
    pair keys stay whole (a pair is looked up once joined)."""

    own: list[bytes]
    near: tuple[list[bytes], ...]
    key: str
    tail: str


_ITEMS: WordCache[str, _Encoded] = WordCache(limit=8192)
"""Each word's encoded features, kept across calls (``memory.WordCache``: bounded, emptied
by ``forget_texts``), for the attributes ``_FOR`` names.  About 1.4 KB a word (under 12 MB
full); the words' ``str`` descriptions are not kept beside them (``describe``)."""
_FOR: list[frozenset[str]] = []


def items(words: list[str], res: Resources, known: frozenset[str]) -> list[list[bytes]]:
    """``flagger_features.features(words, res)`` encoded, less what ``known`` (a model's
    ``attributes``) does not name: the same reading by that model."""
    kept = _kept(res, known)
    parts = []
    for w in words:
        part = kept.get(w)
        if part is None:
            part = kept[w] = _encoded(describe(w, res), known)
        parts.append(part)
    return [_row(parts, i, known) for i in range(len(parts))]


def _kept(res: Resources, known: frozenset[str]) -> dict[str, _Encoded]:
    """The kept words, afresh when the attributes differ from the last call's."""
    if not _FOR or _FOR[0] is not known:
        _ITEMS.forget_words()
        _FOR[:] = [known]
    return _ITEMS.of(res)


def _encoded(word: Described, known: frozenset[str]) -> _Encoded:
    def cut(features: list[str]) -> list[bytes]:
        return [f.encode() for f in features if f in known]  # only what is kept is encoded

    return _Encoded(cut(word.own), tuple(cut(n) for n in word.near), word.key, word.own[1])


_EDGES = tuple([tag + b"edge"] for tag in (b"-2:", b"-1:", b"+1:", b"+2:"))


def _row(parts: list[_Encoded], i: int, known: frozenset[str]) -> list[bytes]:
    """``flagger_features._row``, encoded and cut."""
    mine = parts[i]
    last = len(parts) - 1
    row = [b"b", *mine.own]
    for k, j in enumerate((i - 2, i - 1, i + 1, i + 2)):
        row.extend(parts[j].near[k] if 0 <= j <= last else _EDGES[k])
    if i > 0:
        pair = "-1|0:" + parts[i - 1].key + "|" + mine.tail
        if pair in known:
            row.append(pair.encode())
    if i < last:
        pair = "0|+1:" + mine.tail + "|" + parts[i + 1].key
        if pair in known:
            row.append(pair.encode())
    return row
