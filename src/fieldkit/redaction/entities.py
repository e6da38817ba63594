"""One entity, one placeholder: which mentions in an interview name the same person or place.

Every redacted span of an interview (all the fields passed to ``redact_many``)
is a *mention*; mentions are grouped into entities, and each entity gets one
key.  The engine turns the key into a keyed digest (HMAC with the workspace
secret, ``Span.entity``) and a placeholder number, so no plain hash of a name
is ever made.  The grouping rules:

1. The same text under the same label is one entity (case, spaces, hyphens and
   a title aside: "Ms. Baek" and "Baek"); a phone number is its digits.
2. Every variant of a known term is that term; known terms of one label where
   one's text is a variant of the other's ("김영희", "Kim Young-hee") are one.
3. Full names (surname and given name) of one person are one: the same surname
   (Lee = Ri = 이 = 李) and the same given name in one script, or the Hangul a
   Latin or Hanzi spelling stands for (Kim Chun-sil = 김춘실).
4. A one-word person mention (a given name, a surname with or without a title)
   joins the full name it is part of only when exactly one full name of the
   interview, known or detected, has that part.  "Ms. Kim" beside Kim Ok-sun
   and Kim Chol-ho joins neither: it gets a number of its own.
5. Places are one when their names without administrative suffix meet
   (Xembrok-ri = Xembrok, 운평동 = Unpyong-dong) or are one gazetteer entry.
6. An *uncertain* catch-all mention whose label was a guess joins a person or
   a place found elsewhere when rule 4 or 5 says it names it ("Xembrok is
   small" after "Xembrok-ri"); certain mentions never change label.

An entity's label is that of its strongest mention (known, then certain, then
by layer), and its key is the known term's, or else its label and the least of
its mentions' texts, so the same interview always gets the same keys.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from fieldkit.redaction.korean import final_consonant
from fieldkit.redaction.model import DETECTORS, KnownTerm
from fieldkit.redaction.nameparts import PersonName, person_name, place_forms, strip_title
from fieldkit.redaction.normalize import fold, fold_key

__all__ = ["Entity", "Mention", "another_person", "link"]

_RANK = {name: rank for rank, name in enumerate(DETECTORS)}
_NAMED = frozenset({"PERSON", "PLACE", "OTHER"})


class _MentionFields(NamedTuple):
    label: str
    detector: str
    uncertain: bool
    term: int | None
    surface: str
    detail: str


class Mention(_MentionFields):
    """One redacted span, as the linker sees it: ``term`` is the known term it is a
    variant of (its root) or None, ``surface`` the folded text of the name (the core of a
    titled span).  Built with keywords only."""

    __slots__ = ()

    def __new__(
        cls,
        *,
        label: str,
        detector: str,
        uncertain: bool,
        term: int | None,
        surface: str,
        detail: str = "",
    ) -> Mention:
        return tuple.__new__(cls, (label, detector, uncertain, term, surface, detail))


class Entity(NamedTuple):
    """What a mention's placeholder is made of."""

    label: str
    key: str
    detail: str


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, node: int) -> int:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def join(self, one: int, two: int) -> None:
        one, two = self.find(one), self.find(two)
        if one != two:
            self.parent[max(one, two)] = min(one, two)


@lru_cache(maxsize=16384)
def _text_key(label: str, surface: str) -> str:
    if label in ("PHONE", "ID_NUMBER"):
        digits = re.sub(r"\D", "", surface)
        national = re.sub(r"^(?:00)?(?:86|82|850)(?=\d{9,})", "", digits).lstrip("0")
        return national or surface.casefold()
    if label == "PERSON":
        surface = _without_affectionate_i(re.sub(r"'s?$", "", strip_title(surface)))
    return fold_key(surface)


def _without_affectionate_i(name: str) -> str:
    """A one-syllable given name and the same name with its affectionate 이 (옥, 옥이) are
    one person: a speaker says both in one breath (round 19, where they had two numbers)."""
    if len(name) == 2 and name[1] == "이" and final_consonant(name[0]):
        return name[0]
    return name


def _guess(mention: Mention) -> bool:
    return mention.uncertain and mention.detector == "catchall"


class _Linker:
    """Mentions are nodes ``0..n-1``; known terms are nodes ``n..n+t-1``."""

    def __init__(self, mentions: Sequence[Mention], terms: Sequence[KnownTerm]) -> None:
        self.mentions = mentions
        self.terms = terms
        self.n = len(mentions)
        self.union = _Union(self.n + len(terms))
        self.keys = [_text_key(m.label, m.surface) for m in mentions]
        self.names: dict[int, PersonName] = {}
        for node, mention in enumerate(mentions):
            if mention.label == "PERSON" or (_guess(mention) and mention.label in _NAMED):
                name = person_name(mention.surface)
                if name is not None:
                    self.names[node] = name
        for index, term in enumerate(terms):
            if term.label == "person":
                name = person_name(fold(term.text).strip())
                if name is not None:
                    self.names[self.n + index] = name

    def partial(self, node: int) -> bool:
        name = self.names.get(node)
        return name is not None and not name.full

    def exact(self) -> None:
        """Rules 1 and 2 (one-word person mentions wait for rule 4)."""
        first: dict[tuple[str, str], int] = {}
        for node, mention in enumerate(self.mentions):
            if self.partial(node) and mention.label == "PERSON":
                continue
            if mention.term is not None:
                self.union.join(node, self.n + mention.term)
            slot = (mention.label, self.keys[node])
            self.union.join(node, first.setdefault(slot, node))

    def full_names(self) -> list[int]:
        """Rule 3; returns the full-name nodes."""
        distinct: dict[str, int] = {}
        for node, name in self.names.items():
            if name.full:
                text = self.keys[node] if node < self.n else f"term:{node}"
                distinct.setdefault(text, node)
        fulls = list(distinct.values())
        by_surname: dict[str, list[int]] = {}
        for node in fulls:
            for surname in self.names[node].surname:
                by_surname.setdefault(surname, []).append(node)
        for group in by_surname.values():
            for index, one in enumerate(group):
                for two in group[index + 1 :]:
                    if self.names[one].same_person(self.names[two]):
                        self.union.join(one, two)
        return fulls

    def parts(self, fulls: list[int]) -> set[int]:
        """Rule 4; returns the nodes it joined to a full name."""
        partials = [node for node, name in self.names.items() if not name.full]
        if not partials:
            return set()
        index: dict[str, set[int]] = {}
        for node in fulls:
            name = self.names[node]
            for form in name.surname | name.words | name.given.own | name.given.cross:
                index.setdefault(form, set()).add(node)
        # One-word known terms first ("영희" beside "김영희"), then the mentions.
        by_key: dict[tuple[str, str], list[int]] = {}
        for node in sorted(partials, reverse=True):
            by_key.setdefault(self._slot(node), []).append(node)
        joined: set[int] = set()
        for nodes in by_key.values():
            name = self.names[nodes[0]]
            near: set[int] = set()
            for form in name.surname | name.given.own | name.given.cross:
                near.update(index.get(form, ()))
            owners = {self.union.find(f) for f in near if name.part_of(self.names[f])}
            for node in nodes[1:]:
                self.union.join(nodes[0], node)
            # A known term's own variant stays with it unless another name has the part too.
            terms = {self._term_node(node) for node in nodes if node < self.n}
            owners |= {self.union.find(t) for t in terms if t is not None}
            if len(owners) == 1:
                self.union.join(nodes[0], owners.pop())
                joined.update(nodes)
        return joined

    def _slot(self, node: int) -> tuple[str, str]:
        """Mentions with one label and text are one; each known term is its own."""
        if node >= self.n:
            return ("", str(node))
        return (self.mentions[node].label, self.keys[node])

    def _term_node(self, node: int) -> int | None:
        if node >= self.n:
            return node
        term = self.mentions[node].term
        return None if term is None else self.n + term

    def places(self, skip: set[int]) -> None:
        """Rules 5 and 6 for places (one node per distinct text: the rest are joined)."""
        texts: dict[str, int] = {}
        for node, mention in enumerate(self.mentions):
            if mention.label == "PLACE" and not _guess(mention):
                texts.setdefault(mention.surface, node)
        for index, term in enumerate(self.terms):
            if term.label == "place":
                texts.setdefault(fold(term.text).strip(), self.n + index)
        if not texts:
            return
        holder: dict[str, int] = {}
        for text, node in texts.items():
            for item in place_forms(text).own:
                self.union.join(node, holder.setdefault(item, node))
        for text, node in texts.items():
            for item in place_forms(text).cross & holder.keys():
                self.union.join(node, holder[item])
        guesses: dict[tuple[str, str], list[int]] = {}
        for node, mention in enumerate(self.mentions):
            if _guess(mention) and mention.label in _NAMED:
                guesses.setdefault((mention.label, mention.surface), []).append(node)
        for (_label, surface), nodes in guesses.items():
            if skip.intersection(nodes):
                continue
            form = place_forms(surface)
            owners = {self.union.find(holder[i]) for i in (form.own | form.cross) & holder.keys()}
            if len(owners) == 1:
                owner = owners.pop()
                for node in nodes:
                    self.union.join(node, owner)

    def entities(self) -> list[Entity]:
        groups: dict[int, list[int]] = {}
        for node in range(self.n):
            groups.setdefault(self.union.find(node), []).append(node)
        terms: dict[int, int] = {}
        for index in range(len(self.terms)):
            terms.setdefault(self.union.find(self.n + index), index)
        out: list[Entity | None] = [None] * self.n
        for root, nodes in groups.items():
            if len(nodes) == 1:
                (node,) = nodes
                one = self.mentions[node]
                key = f"known:{terms[root]}" if root in terms else f"{one.label}:{self.keys[node]}"
                out[node] = Entity(one.label, key, one.detail)
                continue
            ranked = sorted(nodes, key=self._rank)
            best = self.mentions[ranked[0]]
            label = best.label
            if root in terms:
                key = f"known:{terms[root]}"
            else:
                key = f"{label}:{min(self.keys[n] for n in nodes)}"
            details = [self.mentions[n].detail for n in ranked if self.mentions[n].label == label]
            province = next((d for d in details if d), "")
            for node in nodes:
                own = self.mentions[node]
                detail = province if label == "PLACE" else own.detail
                same = own.label == label or _guess(own)
                out[node] = Entity(label, key, detail) if same else Entity(own.label, key, "")
        return [e for e in out if e is not None]

    def _rank(self, node: int) -> tuple[int, int, int, int]:
        mention = self.mentions[node]
        return (mention.term is None, mention.uncertain, _RANK[mention.detector], node)


def another_person(surface: str, term: str) -> bool:
    """``surface`` is a full name that is not the full name ``term`` (same surname or not):
    "Pak Sun-hui" beside "Pak Mi-ran"."""
    mention = person_name(surface.strip())
    known = person_name(fold(term).strip())
    if mention is None or known is None or not (mention.full and known.full):
        return False
    return not mention.same_person(known)


def link(mentions: Sequence[Mention], terms: Sequence[KnownTerm]) -> list[Entity]:
    """One entity per mention, in order: its label, key and placeholder detail."""
    if not mentions:
        return []
    if not terms:
        alone = _each_alone(mentions)
        if alone is not None:
            return alone
    linker = _Linker(mentions, terms)
    linker.exact()
    joined = linker.parts(linker.full_names())
    linker.places(joined)
    return linker.entities()


def _each_alone(mentions: Sequence[Mention]) -> list[Entity] | None:
    """Each mention its own entity, as ``_Linker`` would make them, when no rule can join
    two: no label and text twice (rule 1), at most one person (rules 3 and 4 join two
    names), at most one place that is no guess (rule 5 joins two places) and no guess of
    a person or place (rule 6); None otherwise.  Without known terms (rule 2), that is most
    short texts: no linker is built (round 31, speed; one mention was round 9's case).
    ``test_redaction_speed_r31_pipeline`` compares it with the linker."""
    out = []
    seen = set()
    persons = places = 0
    for one in mentions:
        label = one.label
        if (label in _NAMED and _guess(one)) or one.term is not None:
            return None
        persons += label == "PERSON"
        places += label == "PLACE"
        key = f"{label}:{_text_key(label, one.surface)}"
        if key in seen or persons > 1 or places > 1:
            return None
        seen.add(key)
        out.append(Entity(label, key, one.detail))
    return out
