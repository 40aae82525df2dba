"""Redaction of Prevent-duty free text: keep the case subject, replace everyone else.

Public surface::

    from redaction import Person, PlaceholderRegistry, get_redactor

    redactor = get_redactor("en_core_web_sm")        # loads spaCy once per process
    package = PlaceholderRegistry()                  # one per disclosure package
    result = redactor.redact(
        text,
        subject=Person("Amir Khan", aliases=("Ami",)),
        people=[Person("Sarah Jones"), Person("Will Brown")],
        placeholders=package,
    )
    result.text        # "... [PERSON 1] told Amir ..."
    result.findings    # Finding(start, end, entity_type, score, recognizer, action, reason)
"""

from .decisions import CATEGORY_OF_ENTITY, DEFAULT_KEEP_SUBJECT
from .errors import (
    InputTooLarge,
    InvalidText,
    NlpModelNotInstalled,
    NlpModelUnsuitable,
    RedactionError,
)
from .models import Finding, Person, RedactionResult
from .nlp_model import DEFAULT_MODEL, load_pipeline
from .placeholders import PlaceholderRegistry
from .redactor import RedactionRequest, Redactor, get_redactor
from .registry import DEFAULT_RECOGNIZERS, RecognizerSpec, build_registry

__all__ = [
    "CATEGORY_OF_ENTITY",
    "DEFAULT_KEEP_SUBJECT",
    "DEFAULT_MODEL",
    "DEFAULT_RECOGNIZERS",
    "Finding",
    "InputTooLarge",
    "InvalidText",
    "NlpModelNotInstalled",
    "NlpModelUnsuitable",
    "Person",
    "PlaceholderRegistry",
    "RecognizerSpec",
    "RedactionError",
    "RedactionRequest",
    "RedactionResult",
    "Redactor",
    "build_registry",
    "get_redactor",
    "load_pipeline",
]
