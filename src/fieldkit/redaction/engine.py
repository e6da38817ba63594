"""The layered redaction engine: detect, filter, propagate, merge, number, replace.

Layers run independently and their results are united (recall first):
known terms, validated patterns, the gazetteer and place context rules, name
rules, the catch-all.  Then the keep-list and the interviewer's releases drop
what they match whole (never a known term), anything found once is looked for
everywhere in the interview (propagation), overlapping hits merge into one span
named by the strongest layer, and each entity gets a numbered placeholder.
Role and kinship words (broker, 집사님, 人贩子) are cut off the ends of person
spans first, so that they stay in the text (``roles``).  Entities are grouped
by a keyed digest (HMAC with the caller's secret), never a plain hash: the
space of Korean names is small enough to reverse one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from typing import ClassVar

from fieldkit.crypto import new_secret
from fieldkit.errors import RedactionError
from fieldkit.redaction.addresses_whole import whole_addresses
from fieldkit.redaction.catchall import find_catchall
from fieldkit.redaction.chinese import find_hanzi_names
from fieldkit.redaction.cues import find_cued
from fieldkit.redaction.cues_en import find_english_cues
from fieldkit.redaction.cues_ko import find_korean_calls
from fieldkit.redaction.entities import Entity, Mention, another_person, link
from fieldkit.redaction.flagger import flag
from fieldkit.redaction.glued_runs_ko import read_spaced
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import KeepSpans, keep_spans
from fieldkit.redaction.known import KnownMatcher, compile_known
from fieldkit.redaction.memory import NoCycleCollection
from fieldkit.redaction.merge import merge
from fieldkit.redaction.model import KnownTerm, RedactionResult, Span
from fieldkit.redaction.names import find_names
from fieldkit.redaction.normalize import Folded, fold_key
from fieldkit.redaction.not_names_en import drop_adjectives
from fieldkit.redaction.not_names_ko import drop_non_names
from fieldkit.redaction.numbering import Numbering as _Numbering
from fieldkit.redaction.orgs import find_orgs
from fieldkit.redaction.patterns import find_patterns
from fieldkit.redaction.phrases import words_of
from fieldkit.redaction.placeholders import (
    PLACEHOLDER,
    PlaceRegions,
    text_language,
)
from fieldkit.redaction.places import find_places
from fieldkit.redaction.propagate import propagate
from fieldkit.redaction.resources import Resources, build
from fieldkit.redaction.roles import trim_roles, with_spaced_surname
from fieldkit.redaction.spelled import find_spelled
from fieldkit.redaction.tables_en import drop_header_words
from fieldkit.redaction.textview import forget, view

__all__ = ["PLACEHOLDER", "PlaceRegions", "Redactor"]


_LANGS = ("auto", "en", "ko", "zh")
_OWN_KEEP = frozenset({"hanzi_name_before_org", "hangul_name_before_org", "name_before_facility"})
"""Rules that apply the keep-list themselves: a business named after a kept place
(长白山宾馆, the Changbaishan Hotel) is a business's name, not the mountain; the Tumen
detention centre is in the town, not the river."""


def _contact_label(text: str) -> str:
    if "@" in text and "." in text.split("@")[-1]:
        return "EMAIL"
    if re.search(r"https?://|www\.", text):
        return "URL"
    digits = sum(c.isdigit() for c in text)
    return "PHONE" if digits >= 5 and digits >= 0.6 * len(text.replace(" ", "")) else "ONLINE_ID"


def _known_label(term: KnownTerm) -> str:
    if term.label == "contact":
        return _contact_label(term.text)
    return {"person": "PERSON", "place": "PLACE"}.get(term.label, "OTHER")


_NO_KEEP = KeepSpans(())
"""No keep interval: never changed (a field's ``keep`` is replaced, not filled)."""


class _Field:
    """One text field during a run: its folded form, keep intervals and hits."""

    def __init__(self, name: str, text: str, lang: str = "auto") -> None:
        self.name = name
        self.folded = Folded(text)
        self.lang = text_language(self.folded.text, lang)
        self.hits: list[Hit] = []
        self.keep = _NO_KEEP  # until ``_detect``: one empty set for every field (round 31)


class Redactor:
    """The engine.  Build once (``Redactor.default()``); it is read-only and thread-safe."""

    detector_versions: ClassVar[dict[str, str]] = {
        "known": "4",
        "pattern": "1",
        "cue": "1",
        "gazetteer": "4",
        "org": "1",
        "context": "2",
        "name": "3",
        "catchall": "4",
        "propagation": "3",
        "entities": "2",
        "placeholders": "2",
        "data": "2026.2",
    }

    def __init__(self, resources: Resources, *, learned: bool = True) -> None:
        self.res = resources
        # The learned flagger runs after the rules (``flagger``); off, the rules alone, as
        # the rules' precision tests and the side-by-side figures of docs/redaction.md use it.
        self.learned = learned

    @classmethod
    @lru_cache(maxsize=2)
    def default(cls, *, learned: bool = True) -> Redactor:
        """The shared engine over the shipped data (built on first use); ``learned=False``:
        the same tables, the rules alone."""
        if not learned:
            return cls(cls.default().res, learned=False)
        return cls(build())

    def redact(
        self,
        text: str,
        *,
        known: Iterable[KnownTerm] = (),
        lang: str = "auto",
        secret: bytes | None = None,
        released: Collection[str] = (),
        regions: PlaceRegions | None = None,
    ) -> RedactionResult:
        """Redact one text (see ``redact_many`` for an interview's several fields)."""
        return self.redact_many(
            {"text": text},
            known=known,
            lang=lang,
            secret=secret,
            released=released,
            regions=regions,
        )["text"]

    def redact_many(
        self,
        texts: Mapping[str, str],
        *,
        known: Iterable[KnownTerm] = (),
        lang: str = "auto",
        secret: bytes | None = None,
        released: Collection[str] = (),
        regions: PlaceRegions | None = None,
    ) -> dict[str, RedactionResult]:
        """Redact an interview's fields together: propagation and numbering span them all.

        ``regions`` is what a place placeholder may show for each province: pass
        ``PlaceRegions.from_questionnaire(questionnaire)`` of the questionnaire in use;
        the default is the built-in question set's generalisation."""
        with NoCycleCollection():
            return self._redact_many(texts, known, lang, secret, released, regions)

    def _redact_many(
        self,
        texts: Mapping[str, str],
        known: Iterable[KnownTerm],
        lang: str,
        secret: bytes | None,
        released: Collection[str],
        regions: PlaceRegions | None,
    ) -> dict[str, RedactionResult]:
        _check_lang(lang)
        matcher = compile_known(tuple(known))
        fields = [_Field(name, _check_text(name, text), lang) for name, text in texts.items()]
        release = frozenset(fold_key(r) for r in released if r.strip())
        for field in fields:
            field.hits = self._detect(field, matcher, lang, strict=False)
            kept = [h for h in field.hits if self._kept(field, h, release)]
            field.hits = whole_addresses(field.folded.text, kept)
        propagate(fields, self.res, release)
        forget()  # the text view of the last field (``textview``): kept no longer than the call
        shown = PlaceRegions.default() if regions is None else regions
        return self._results(fields, secret or new_secret(), matcher, shown, check=True)

    def scan(self, text: str, *, strict: bool = True) -> tuple[Span, ...]:
        """Re-scan exported text with every detector; placeholders are not reported."""
        with NoCycleCollection():
            return self._scan(_check_text("text", text), strict)

    def _scan(self, text: str, strict: bool) -> tuple[Span, ...]:
        masked = PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)
        field = _Field("text", masked)
        field.hits = self._detect(field, compile_known(()), "auto", strict=strict)
        kept = [h for h in field.hits if self._kept(field, h, frozenset())]
        field.hits = whole_addresses(field.folded.text, kept)
        propagate([field], self.res, frozenset())
        forget()
        matcher = compile_known(())
        return self._results([field], new_secret(), matcher, PlaceRegions.none(), check=False)[
            "text"
        ].spans

    def _detect(
        self, field: _Field, matcher: KnownMatcher, lang: str, strict: bool, glued: bool = True
    ) -> list[Hit]:
        folded = field.folded.text
        words = words_of(folded)
        field.keep = keep_spans(folded, self.res, words)
        hits = [
            Hit(
                start=s,
                end=e,
                label=_known_label(matcher.terms[i]),
                detector="known",
                rule=f"term-{i}",
                uncertain=False,
                detail=matcher.terms[i].province or "",
                key=f"known:{matcher.roots[i]}",
            )
            for s, e, i in matcher.finditer(folded)
        ]
        hits.extend(find_patterns(folded, words))
        hits.extend(find_spelled(folded, words))
        hits.extend(find_cued(folded, self.res, words))
        if view(folded).has_hangul:
            hits.extend(find_korean_calls(folded, self.res))
        if words:
            hits.extend(find_english_cues(folded, self.res, words))
        places = list(find_places(folded, self.res, words))
        hits.extend(places)
        hits.extend(find_orgs(folded, self.res, words))
        hits.extend(find_names(folded, self.res, words))
        if view(folded).has_hanzi:
            blocked = [(h.start, h.end) for h in places if h.detector == "gazetteer"]
            blocked.extend(zip(field.keep.starts, field.keep.ends, strict=True))
            hits.extend(find_hanzi_names(folded, self.res, blocked))
        hits.extend(find_catchall(folded, self.res, field.keep, lang=lang, strict=strict))
        if view(folded).has_hangul:
            if self.learned and not strict:  # the flagger, last and weakest; filtered as rules
                hits.extend(flag(folded, self.res, hits))
            hits = drop_non_names(folded, hits, self.res)
        if words:
            hits = drop_header_words(folded, drop_adjectives(folded, hits, self.res))
        res = self.res  # only a person hit is trimmed: no call for the others (round 31)
        hits = [hit if hit.label != "PERSON" else _trimmed(folded, hit, res) for hit in hits]
        if glued and view(folded).has_hangul:  # typed without spaces (round 36)
            empty = compile_known(())

            def detect(text: str) -> list[Hit]:
                return self._detect(_Field("text", text, lang), empty, lang, strict, glued=False)

            hits = read_spaced(folded, hits, self.res, detect)
        return hits

    def _kept(self, field: _Field, hit: Hit, release: frozenset[str]) -> bool:
        """False when the keep-list or a release drops the hit (never a known term)."""
        if hit.detector == "known" or hit.label not in ("PERSON", "PLACE", "ORG", "OTHER"):
            return True
        if (
            hit.detector != "cue"
            and hit.rule not in _OWN_KEEP
            and field.keep.contains(hit.start, hit.end)
        ):
            return False
        if not release:  # nearly every call: no folding of the hit's text (round 18, speed)
            return True
        return fold_key(field.folded.text[hit.start : hit.end]) not in release

    def _results(
        self,
        fields: list[_Field],
        secret: bytes,
        matcher: KnownMatcher,
        regions: PlaceRegions,
        check: bool,
    ) -> dict[str, RedactionResult]:
        """Merge each field's hits, link mentions into entities, number and replace.  A
        merged hit is a known term's part only by its key: read inline (round 31, speed)."""
        terms = matcher.terms
        merged = [
            [
                hit if not hit.key.startswith("known-part:") else _part_of_known(field, hit, terms)
                for hit in merge(field.hits)
            ]
            for field in fields
        ]
        mentions = [
            _mention(field, hit) for field, hits in zip(fields, merged, strict=True) for hit in hits
        ]
        entities = iter(link(mentions, terms))
        numbering = _Numbering(secret, regions)
        out = {}
        for field, hits in zip(fields, merged, strict=True):
            linked = [(hit, next(entities)) for hit in hits]
            out[field.name] = self._result(field, linked, numbering, matcher if check else None)
        return out

    def _result(
        self,
        field: _Field,
        linked: list[tuple[Hit, Entity]],
        numbering: _Numbering,
        matcher: KnownMatcher | None,
    ) -> RedactionResult:
        original, span_of, lang = field.folded.original, field.folded.span, field.lang
        assign, placeholder = numbering.assign, numbering.placeholder  # round 31, speed
        spans: list[Span] = []
        pieces: list[str] = []
        cursor = 0
        for hit, entity in linked:
            start, end = span_of(hit.start, hit.end)
            if start < cursor:
                continue
            digest, number = assign(entity)
            replacement = placeholder(entity, number, lang, matcher)
            spans.append(
                Span(
                    start=start,
                    end=end,
                    label=entity.label,
                    detector=hit.detector,
                    rule=hit.rule,
                    replacement=replacement,
                    uncertain=hit.uncertain,
                    entity=digest,
                )
            )
            pieces.extend((original[cursor:start], replacement))
            cursor = end
        pieces.append(original[cursor:])
        text = "".join(pieces)
        if matcher is not None:
            _assert_no_known(text, matcher)
        return RedactionResult(text, tuple(spans))


def _trimmed(folded: str, hit: Hit, res: Resources) -> Hit:
    """A person hit without its role words, with its spaced surname (``roles``: both leave
    any other hit as it is, so only a person hit is asked: one call per hit, not two and a
    generator's; round 31, speed)."""
    if hit.label != "PERSON":
        return hit
    return with_spaced_surname(folded, trim_roles(folded, hit, res), res)


def _part_of_known(field: _Field, hit: Hit, terms: tuple[KnownTerm, ...]) -> Hit:
    """A merged span that holds a known term's variant only in part ("sister Pak" inside
    "Pak Sun-hui") is that term unless it is another full name: two different full names
    never share a placeholder, whatever surname they share."""
    if not hit.key.startswith("known-part:"):
        return hit
    term = hit.key[len("known-part:") :]
    surface = field.folded.text[slice(*(hit.core or (hit.start, hit.end)))]
    if another_person(surface, terms[int(term)].text):
        return hit._replace(detector="name", rule="full_name_beside_known", key="")
    return hit._replace(key="known:" + term)


def _mention(field: _Field, hit: Hit) -> Mention:
    surface = field.folded.text[slice(*(hit.core or (hit.start, hit.end)))]
    term = int(hit.key[6:]) if hit.key.startswith("known:") else None
    return Mention(
        label=hit.label,
        detector=hit.detector,
        uncertain=hit.uncertain,
        term=term,
        surface=surface,
        detail=hit.detail,
    )


def _assert_no_known(text: str, matcher: KnownMatcher) -> None:
    if matcher.regex is None:
        return
    masked = PLACEHOLDER.sub(lambda m: " " * len(m.group()), Folded(text).text)
    if matcher.search(masked):
        raise RedactionError(
            "a known term would have survived redaction, so nothing was produced",
            hint="report this as a bug; the text was not exported",
        )


def _check_lang(lang: str) -> None:
    if lang not in _LANGS:
        raise RedactionError(f"unknown language {lang!r}", hint="use one of auto, en, ko, zh")


def _check_text(name: str, text: object) -> str:
    if not isinstance(text, str):
        raise RedactionError("text to redact must be a string", where=f"field {name!r}")
    return text
