"""Retention: the retention schedule, legal holds, and disposal by crypto-shredding (deleting a
case's data key, see :mod:`gateway.encryption`) with a destruction certificate.

- :mod:`gateway.retention.use_cases`: what people do (the plan, dry and executed runs,
  certificates, departures, complaints, legal holds), each returning a view of
  :mod:`gateway.retention.views`
- :mod:`gateway.retention.schedule`: ``load_schedule``, ``parse_schedule``, ``Schedule``,
  ``RecordClass``, ``Trigger``, ``DisposalAction``, ``ScheduleInvalid``
- :mod:`gateway.retention.plan`: ``build_plan``, ``PlanItem``, ``PlanStatus``: what falls due
- :mod:`gateway.retention.flows`: ``destroy``, ``scrub_after_commit``: disposal itself
"""

__all__ = [
    "flows",
    "plan",
    "schedule",
    "use_cases",
    "views",
]
