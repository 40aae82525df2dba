"""A context enhancer whose cost per finding does not grow with the length of the text.

Presidio's ``LemmaContextAwareEnhancer`` finds a finding's token by scanning every token from
the start and tests each nearby lemma with a ``in list`` over all the text's keywords, so one
finding costs O(len(text)) and a document costs O(findings x len(text)). This subclass finds
the token by binary search and tests keywords against a set built once per text: the same
decisions, at O(log n) per finding.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts


class WindowedContextEnhancer(LemmaContextAwareEnhancer):
    def __init__(self, context_prefix_count: int = 5, context_suffix_count: int = 2) -> None:
        super().__init__(
            context_prefix_count=context_prefix_count,
            context_suffix_count=context_suffix_count,
            context_matching_mode="whole_word",
        )
        self._cache_id: int | None = None
        self._keywords: frozenset[str] = frozenset()

    def _keyword_set(self, nlp_artifacts: NlpArtifacts) -> frozenset[str]:
        if self._cache_id != id(nlp_artifacts):
            self._keywords = frozenset(nlp_artifacts.keywords or ())
            self._cache_id = id(nlp_artifacts)
        return self._keywords

    def _extract_surrounding_words(
        self, nlp_artifacts: NlpArtifacts, word: str, start: int
    ) -> list[str]:
        if not nlp_artifacts.tokens:
            return [""]
        keywords = self._keyword_set(nlp_artifacts)
        indices: list[int] = nlp_artifacts.tokens_indices
        lemmas: list[str] = nlp_artifacts.lemmas
        index = max(0, bisect_right(indices, start) - 1)
        words: list[str] = []
        for step, count in ((-1, self.context_prefix_count), (1, self.context_suffix_count)):
            i = index
            remaining = count + 1
            while 0 <= i < len(lemmas) and remaining > 0:
                lemma = lemmas[i].lower()
                if lemma in keywords:
                    words.append(lemma)
                    remaining -= 1
                i += step
        return list(set(words))

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Same decisions as Presidio's, without deep-copying every result first.

        The results are fresh objects made for this call, so they are updated in place.
        """
        by_id = {r.id: r for r in recognizers}
        extra = [w.lower() for w in context] if context else []
        if nlp_artifacts is None:
            return raw_results
        for result in raw_results:
            meta = result.recognition_metadata or {}
            recognizer = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is None or not recognizer.context:
                continue
            if meta.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            words = self._extract_surrounding_words(
                nlp_artifacts=nlp_artifacts, word="", start=result.start
            )
            words.extend(extra)
            supportive = self._find_supportive_word_in_context(
                words, recognizer.context, self.context_matching_mode
            )
            if supportive:
                result.score = min(
                    max(
                        result.score + self.context_similarity_factor,
                        self.min_score_with_context_similarity,
                    ),
                    self.MAX_SCORE,
                )
                if result.analysis_explanation is not None:
                    result.analysis_explanation.set_supportive_context_word(supportive)
                    result.analysis_explanation.set_improved_score(result.score)
        return raw_results

    @staticmethod
    def _find_index_of_match_token(
        word: str, start: int, tokens: Any, tokens_indices: list[int]
    ) -> int:
        return max(0, bisect_right(tokens_indices, start) - 1)
