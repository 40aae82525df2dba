"""A Presidio ``SpacyNlpEngine`` over an already loaded pipeline, with lean artifacts.

Presidio's engine reads each token's lemma (which needs the tagger and lemmatizer) and
looks every lemma up in the vocabulary to build the context keywords. Redaction only needs
PERSON entities and lower-case words for context, so this engine builds them directly from
the token offsets: the same artifacts, without the tagger, parser or lemmatizer.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

_STOP_PUNCT: frozenset[str] | None = None
_WORD = re.compile(r"\w+|[^\w\s]")


def _stop_words(nlp: Any) -> frozenset[str]:
    global _STOP_PUNCT
    if _STOP_PUNCT is None:
        _STOP_PUNCT = frozenset(w.lower() for w in nlp.Defaults.stop_words)
    return _STOP_PUNCT


class PreloadedSpacyNlpEngine(SpacyNlpEngine):
    def __init__(self, nlp: Any, language: str = "en") -> None:
        super().__init__(models=[{"lang_code": language, "model_name": "preloaded"}])
        self.nlp = {language: nlp}  # type: ignore[assignment]
        self._stop = _stop_words(nlp)

    def load(self) -> None:
        return None

    def artifacts_for(self, doc: Any, text: str, language: str = "en") -> NlpArtifacts:
        """Artifacts for ``text`` from a NER ``doc`` of a same-length view of it.

        Tokens and context words come from ``text`` itself (a simple word split), entities
        from ``doc``; offsets are shared because the view has the same length.
        """
        indices: list[int] = []
        lemmas: list[str] = []
        lower = text.lower()
        for m in _WORD.finditer(lower):
            indices.append(m.start())
            lemmas.append(m.group(0))
        persons = [e for e in doc.ents if e.label_ in ("PERSON", "PER")]
        artifacts = NlpArtifacts(
            entities=persons,
            tokens=doc,
            tokens_indices=indices,
            lemmas=lemmas,
            nlp_engine=None,
            language=language,
            scores=[float(self.ner_model_configuration.default_score or 0.85)] * len(persons),
        )
        stop = self._stop
        artifacts.keywords = [w for w in lemmas if w not in stop and w[:1].isalnum()]
        artifacts.nlp_engine = self
        return artifacts

    def _doc_to_nlp_artifact(self, doc: Any, language: str) -> NlpArtifacts:
        from spacy.attrs import IDX, LENGTH

        arr = doc.to_array([IDX, LENGTH])
        lower = doc.text.lower()
        indices = [int(i) for i in arr[:, 0]] if len(arr) else []
        lemmas = [lower[i : i + int(n)] for i, n in arr] if len(arr) else []
        persons = [e for e in doc.ents if e.label_ in ("PERSON", "PER")]
        artifacts = NlpArtifacts(
            entities=persons,
            tokens=doc,
            tokens_indices=indices,
            lemmas=lemmas,
            nlp_engine=None,
            language=language,
            scores=[float(self.ner_model_configuration.default_score or 0.85)] * len(persons),
        )
        stop = self._stop
        artifacts.keywords = [
            w for w in lemmas if w not in stop and (w[:1].isalnum()) and w != "be"
        ]
        artifacts.nlp_engine = self
        return artifacts
