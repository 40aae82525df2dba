"""Rectification (UK GDPR Art 16) with notice to every recipient (Art 19).

A correction names one record of a case (a concern, a chronology entry, an evidence description)
or one item of a released disclosure; the original stays as it was, marked as corrected. For
every released disclosure that carried the corrected data, a correction notice to its recipient
is prepared as a disclosure request of its own, and goes through the same gate as any package:
redaction, the DPO's approval bound to its content, signed, sealed and logged as
``correction_released``.

Public surface: :mod:`gateway.corrections.use_cases` (correct, list, show),
:mod:`gateway.corrections.views`, and for other areas :mod:`gateway.corrections.service`
(what a release of a notice logs, the corrected text of a case record, what the case and
disclosure views mark as corrected).
"""

__all__ = ["domain", "models", "service", "use_cases", "views"]
