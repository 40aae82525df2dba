"""Errors of the disclosures area that are not rules of a disclosure (those are in
:mod:`gateway.errors`): a tool the Prevent Lead needs is not working."""

from __future__ import annotations

from gateway.errors import GatewayError


class RedactionUnavailable(GatewayError):
    """The redaction could not run (no language model, text too large, text not readable)."""

    code = "redaction-unavailable"


class PackageFileNotWritten(GatewayError):
    """The release committed, but its copy in the packages directory could not be written."""

    code = "package-file-not-written"
