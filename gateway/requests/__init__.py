"""Requests for information from a Channel panel or the police about a student the provider did
not refer (Counter-Terrorism and Security Act 2015 s.38; the ICO data sharing code).

A request is recorded on the student's case (who asked, for which organisation, under which legal
power or for which stated purpose, what they asked for, by when). It is answered by a disclosure
that goes through the same gate as any package, without a referral decision (its purpose and
lawful basis come from the request), or refused with reasons (a decision not to share, logged).
Answers are counted on their own line of the annual report and the OfS mapping.

Public surface: :mod:`gateway.requests.use_cases` (open, list, show, answer, refuse),
:mod:`gateway.requests.views`, :mod:`gateway.requests.domain`.
"""

__all__ = ["domain", "models", "use_cases", "views"]
