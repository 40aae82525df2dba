"""Retention: the retention schedule, legal holds, and disposal by crypto-shredding (deleting a
case's data key, see :mod:`gateway.encryption`) with a destruction certificate.

- :mod:`gateway.retention.schedule`: ``load_schedule``, ``parse_schedule``, ``Schedule``,
  ``RecordClass``, ``Trigger``, ``DisposalAction``, ``ScheduleInvalid``
- :mod:`gateway.retention.service`: ``build_plan``, ``PlanItem``, ``place_hold``,
  ``release_hold``, ``list_holds``, ``open_complaint``, ``close_complaint``, ``record_departure``
- :mod:`gateway.retention.flows`: ``run_disposal``, ``scrub_after_commit``, ``DisposalResult``
"""

__all__ = [
    "flows",
    "schedule",
    "service",
]
