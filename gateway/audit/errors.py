"""The sharing log's own errors, as the gateway reports them to a person."""

from __future__ import annotations

from gateway.errors import GatewayError
from sharing_log import EntryRejected, LogError
from sharing_log.sql import LogIntegrityError, LogStateError

#: What reading the stored log can raise when its rows were damaged or removed (bytes that are
#: not the canonical entry they should be can fail in any of these ways).
LOG_READ_ERRORS: tuple[type[Exception], ...] = (
    EntryRejected,
    LogIntegrityError,
    LogStateError,
    LogError,
    ValueError,
    TypeError,
    KeyError,
)


class SharingLogUnreadable(GatewayError):
    """The sharing log's stored entries or checkpoint cannot be read back as written."""

    code = "sharing-log-unreadable"


class LogInconsistent(GatewayError):
    """The log does not extend a checkpoint it once signed: entries removed or rewritten."""

    code = "sharing-log-inconsistent"


def unreadable(exc: Exception) -> SharingLogUnreadable:
    return SharingLogUnreadable(
        f"The sharing log cannot be read as stored: {exc}.",
        hint="Verify the log (the auditor's Verify, or the export verified offline) to find "
        "the damaged entry, and tell the DPO. Keep the database as it is for investigation.",
    )


class LogAlarm(GatewayError):
    """The gateway's watch found the stored sharing log no longer matches what it signed (or
    the saved checkpoint): nothing is appended, released, reported or answered from the log
    until an administrator resolves the alarm."""

    code = "sharing-log-alarm"
