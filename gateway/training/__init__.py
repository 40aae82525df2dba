"""Prevent training records (policy 3.1): who completed the introductory module and when,
refreshers due and overdue, compliance per staff group.

What the doors call: :mod:`gateway.training.use_cases` (training_figures, record_completion,
add_staff, record_leaving), returning the views of :mod:`gateway.training.views`. Below them:
:mod:`gateway.training.service` (the records, given the day) and :mod:`gateway.training.domain`
(StaffGroup, TrainingModule, training_status, compliance_by_group: plain Python).
"""

__all__ = ["domain", "models", "service", "use_cases", "views"]
