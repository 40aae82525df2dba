"""The Redactor: Presidio analysis with the case roster, decisions, and anonymisation."""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonymizerResult

from .context_enhancer import WindowedContextEnhancer
from .decisions import (
    DEFAULT_KEEP_SUBJECT,
    attribute_identifiers,
    decide,
    from_results,
    identifier_index,
    is_organisation_address,
    is_role_mailbox,
    mailbox_of_a_person,
    names_in_other_scripts,
    placeholder_key,
    propagate_unlisted_names,
    resolve_overlaps,
)
from .errors import RedactionError
from .models import Finding, Person, RedactionResult
from .names import RosterRecognizer, normalise_name
from .ner_filter import build_ignorable, ner_view
from .nlp_engine import PreloadedSpacyNlpEngine
from .nlp_model import DEFAULT_MODEL, load_pipeline
from .placeholders import PlaceholderRegistry
from .registry import DEFAULT_RECOGNIZERS, RecognizerSpec, build_registry, roster_enabled
from .text_input import (
    DEFAULT_CHUNK_CHARS,
    DEFAULT_MAX_BYTES,
    PreparedText,
    check_size,
    chunk_bounds,
    coerce_text,
    prepare,
)

ProgressCallback = Callable[[int], None]
_BATCH_CHARS = 60_000


class _AnalyzerEngine(AnalyzerEngine):
    """Presidio's AnalyzerEngine; recognizer-level context runs grouped in one pass.

    The stock method filters all results once per recognizer (recognizers x results);
    grouping them first keeps the cost linear in the number of results.
    """

    def _enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        by_id: dict[str, list[RecognizerResult]] = {}
        for r in raw_results:
            by_id.setdefault(
                r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY], []
            ).append(r)
        results: list[RecognizerResult] = []
        for recognizer in recognizers:
            own = by_id.get(recognizer.id, [])
            if not own:
                continue
            if type(recognizer).enhance_using_context is EntityRecognizer.enhance_using_context:
                results.extend(own)  # the base implementation returns them unchanged
                continue
            others = [r for r in raw_results if r not in own]
            results.extend(
                recognizer.enhance_using_context(
                    text=text,
                    raw_recognizer_results=own,
                    other_raw_recognizer_results=others,
                    nlp_artifacts=nlp_artifacts,
                    context=context,
                )
            )
        return list(
            self.context_aware_enhancer.enhance_using_context(
                text=text,
                raw_results=results,
                nlp_artifacts=nlp_artifacts,
                recognizers=recognizers,
                context=context,
            )
        )


@dataclass(frozen=True)
class RedactionRequest:
    """One text to redact with its case roster (for :meth:`Redactor.redact_many`)."""

    text: str | bytes
    subject: Person | None = None
    people: Sequence[Person] = ()
    keep_subject_identifiers: frozenset[str] | None = None


@dataclass
class _Job:
    index: int
    original: str
    prepared: PreparedText
    roster: RosterRecognizer | None
    request: RedactionRequest
    bounds: list[tuple[int, int]]
    ignorable: frozenset[str] = frozenset()
    findings: list[Finding] = field(default_factory=list)
    done_chunks: int = 0


class Redactor:
    """Finds and replaces the personal data of everyone but the case subject.

    Build it with :func:`get_redactor` (cached per model) rather than directly. Thread-safe
    for concurrent ``redact`` calls sharing one :class:`PlaceholderRegistry` per package.
    """

    def __init__(
        self,
        nlp: Any,
        *,
        recognizers: Sequence[RecognizerSpec] = DEFAULT_RECOGNIZERS,
        max_bytes: int = DEFAULT_MAX_BYTES,
        chunk_chars: int = DEFAULT_CHUNK_CHARS,
        batch_size: int = 16,
        ner_prefilter: bool = True,
    ) -> None:
        if max_bytes <= 0 or chunk_chars < 1000:
            raise ValueError("max_bytes must be positive and chunk_chars at least 1000.")
        self.nlp = nlp
        self.max_bytes = max_bytes
        self.chunk_chars = chunk_chars
        self.batch_size = batch_size
        self.ner_prefilter = ner_prefilter
        self._stop_words = frozenset(nlp.Defaults.stop_words)
        self._specs = tuple(recognizers)
        self._use_roster = roster_enabled(self._specs)
        engine = PreloadedSpacyNlpEngine(nlp)
        self._nlp_engine = engine
        self.analyzer = _AnalyzerEngine(
            registry=build_registry(self._specs),
            nlp_engine=engine,
            supported_languages=["en"],
            context_aware_enhancer=WindowedContextEnhancer(),
            default_score_threshold=0.4,
        )
        self.anonymizer = AnonymizerEngine()  # type: ignore[no-untyped-call]
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ public API
    def redact(
        self,
        text: str | bytes,
        *,
        subject: Person | None = None,
        people: Sequence[Person] = (),
        placeholders: PlaceholderRegistry | None = None,
        keep_subject_identifiers: frozenset[str] | None = None,
        progress: ProgressCallback | None = None,
    ) -> RedactionResult:
        """Redact one text. See the module docs for the meaning of each argument."""
        request = RedactionRequest(text, subject, tuple(people), keep_subject_identifiers)
        return next(iter(self.redact_many([request], placeholders=placeholders, progress=progress)))

    def redact_many(
        self,
        requests: Iterable[RedactionRequest],
        *,
        placeholders: PlaceholderRegistry | None = None,
        progress: ProgressCallback | None = None,
    ) -> Iterator[RedactionResult]:
        """Redact many texts of one package, batching spaCy with ``nlp.pipe``.

        Results come back in input order. ``progress`` is called with the number of
        characters just processed (for a progress bar).
        """
        registry = placeholders if placeholders is not None else PlaceholderRegistry()
        pending: list[_Job] = []
        chunk_queue: list[tuple[str, tuple[_Job, int]]] = []
        budget = self.chunk_chars * self.batch_size
        queued_chars = 0
        for index, request in enumerate(requests):
            job = self._make_job(index, request)
            pending.append(job)
            for ci, (s, e) in enumerate(job.bounds):
                chunk_queue.append((job.prepared.analysed[s:e], (job, ci)))
                queued_chars += e - s
            if queued_chars >= budget:
                self._run(chunk_queue, registry, progress)
                chunk_queue, queued_chars = [], 0
                while pending and pending[0].done_chunks == len(pending[0].bounds):
                    yield self._finish(pending.pop(0))
        if chunk_queue:
            self._run(chunk_queue, registry, progress)
        for job in pending:
            yield self._finish(job)

    # ------------------------------------------------------------------ internals
    def _make_job(self, index: int, request: RedactionRequest) -> _Job:
        original = coerce_text(request.text)
        check_size(original, self.max_bytes)
        prepared = prepare(original)
        roster = None
        if self._use_roster and (request.subject is not None or request.people):
            roster = RosterRecognizer(request.subject, request.people)
        bounds = chunk_bounds(prepared.analysed, self.chunk_chars) if prepared.analysed else []
        roster_words = [
            w
            for p in ((request.subject,) if request.subject else ()) + tuple(request.people)
            for n in (p.name, *p.aliases)
            for w in re.split(r"[\s.]+", n)
            if w
        ]
        ignorable = (
            build_ignorable(self._stop_words, roster_words) if self.ner_prefilter else frozenset()
        )
        return _Job(index, original, prepared, roster, request, bounds, ignorable)

    def _run(
        self,
        queue: list[tuple[str, tuple[_Job, int]]],
        registry: PlaceholderRegistry,
        progress: ProgressCallback | None,
    ) -> None:
        views = (
            (ner_view(text, job.ignorable) if self.ner_prefilter else text, (text, job, ci))
            for text, (job, ci) in queue
        )
        # Batch by characters as well as by count, so a 5 MB bundle's 20 KB chunks do not
        # hold 16 x 20 KB of NER activations at once (bounded memory).
        longest = max((len(text) for text, _ in queue), default=1)
        batch_size = max(1, min(self.batch_size, _BATCH_CHARS // max(1, longest)))
        for doc, (chunk_text, job, ci) in self.nlp.pipe(
            views, as_tuples=True, batch_size=batch_size
        ):
            artifacts = self._nlp_engine.artifacts_for(doc, chunk_text)
            self._analyse_chunk(job, ci, chunk_text, artifacts, registry)
            job.done_chunks += 1
            if progress is not None:
                progress(len(chunk_text))

    def _analyse_chunk(
        self,
        job: _Job,
        ci: int,
        chunk: str,
        artifacts: NlpArtifacts,
        registry: PlaceholderRegistry,
    ) -> None:
        ad_hoc: list[EntityRecognizer] | None = [job.roster] if job.roster is not None else None
        with self._lock:  # Presidio's enhancer keeps per-call state
            results: list[RecognizerResult] = self.analyzer.analyze(
                text=chunk, language="en", nlp_artifacts=artifacts, ad_hoc_recognizers=ad_hoc
            )
        candidates = [
            c
            for c in from_results(results)
            if not (
                c.entity_type == "EMAIL_ADDRESS"
                and is_role_mailbox(chunk[c.start : c.end])
                and not mailbox_of_a_person(chunk, c.start)
            )
            and not (
                c.entity_type in ("UK_POSTCODE", "STREET_ADDRESS")
                and is_organisation_address(chunk, c.start)
            )
        ]
        accepted = names_in_other_scripts(
            chunk,
            propagate_unlisted_names(
                chunk, resolve_overlaps(chunk, candidates, artifacts), artifacts
            ),
        )
        for c in accepted:
            if c.entity_type == "PERSON" and c.person_key is None:
                c.person_key = registry.person_key_for_unlisted(
                    normalise_name(chunk[c.start : c.end])
                )
        request = job.request
        attribute_identifiers(chunk, accepted, identifier_index(request.subject, request.people))
        keep = (
            request.keep_subject_identifiers
            if request.keep_subject_identifiers is not None
            else DEFAULT_KEEP_SUBJECT
        )
        offset = job.bounds[ci][0]
        for c in accepted:
            action, reason = decide(c, keep)
            placeholder = None
            if action == "redacted":
                placeholder = registry.placeholder(c.entity_type, placeholder_key(chunk, c))
            start, end = job.prepared.to_original(offset + c.start, offset + c.end)
            job.findings.append(
                Finding(
                    start=start,
                    end=end,
                    entity_type=c.entity_type,
                    score=c.score,
                    recognizer=c.recognizer,
                    action=action,
                    reason=sys.intern(reason),
                    placeholder=placeholder,
                    confidence=c.confidence if c.entity_type == "PERSON" else "high",
                )
            )

    def _finish(self, job: _Job) -> RedactionResult:
        findings = sorted(job.findings, key=lambda f: (f.start, f.end))
        return RedactionResult(self._apply(job.original, findings), tuple(findings))

    def _apply(self, text: str, findings: Sequence[Finding]) -> str:
        """Replace every redacted finding by its placeholder (Presidio anonymizer per chunk)."""
        redacted = [f for f in findings if f.action == "redacted"]
        if not redacted:
            return text
        out: list[str] = []
        pos = 0
        step = self.chunk_chars
        i = 0
        while i < len(redacted):
            # group findings into windows of about chunk_chars so each anonymize call is small
            j = i
            window_end = max(redacted[i].end, redacted[i].start + step)
            while j < len(redacted) and redacted[j].start < window_end:
                window_end = max(window_end, redacted[j].end)
                j += 1
            group = redacted[i:j]
            w_start = pos
            w_end = window_end if j < len(redacted) else len(text)
            out.append(self._anonymize(text[w_start:w_end], group, w_start))
            pos = w_end
            i = j
        out.append(text[pos:])
        return "".join(out)

    def _anonymize(self, text: str, group: Sequence[Finding], shift: int) -> str:
        operators: dict[str, OperatorConfig] = {}
        results: list[AnonymizerResult] = []
        for f in group:
            assert f.placeholder is not None
            key = "P" + str(abs(hash(f.placeholder)))
            operators[key] = OperatorConfig("replace", {"new_value": f.placeholder})
            results.append(AnonymizerResult(key, f.start - shift, f.end - shift, f.score))
        try:
            engine_result = self.anonymizer.anonymize(
                text=text,
                analyzer_results=results,
                operators=operators,
                merge_entities_with_spaces=False,
            )
        except Exception as exc:
            raise RedactionError(
                "The redacted text could not be assembled; nothing was returned. "
                "Report this to the system administrator."
            ) from exc
        return str(engine_result.text)


_redactors: dict[str, Redactor] = {}
_redactors_lock = threading.Lock()


def get_redactor(model_name: str = DEFAULT_MODEL) -> Redactor:
    """The process-wide :class:`Redactor` for ``model_name`` (loaded once, then cached).

    Raises :class:`~redaction.errors.NlpModelNotInstalled` if the model is missing.
    """
    with _redactors_lock:
        found = _redactors.get(model_name)
        if found is None:
            found = Redactor(load_pipeline(model_name))
            _redactors[model_name] = found
        return found
