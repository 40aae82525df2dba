"""Complaints about how a case was handled (DPA 2018 s.164A): who complained, when, about what;
acknowledged within 30 days (the due date on the DPO's dashboard, flagged when overdue); the
outcome recorded. An open complaint keeps the case from disposal.

Public surface: :mod:`gateway.complaints.use_cases` (open, acknowledge, close, list, show),
:mod:`gateway.complaints.views`, :mod:`gateway.complaints.domain` (the deadline), and for other
areas :func:`gateway.complaints.service.open_complaints` (the dashboard).
"""

__all__ = ["domain", "models", "service", "use_cases", "views"]
