"""Prevent training records (policy 3.1): who completed the introductory module and when,
refreshers due and overdue, compliance per staff group.

Public surface: :mod:`gateway.training.domain` (StaffGroup, TrainingModule, TrainingStatus,
training_status, compliance_by_group) and :mod:`gateway.training.service` (record_completion,
list_records, due_refreshers, group_compliance).
"""

__all__ = ["domain", "models", "service"]
