"""Retention: encryption at rest with per-case data keys, the retention schedule, legal holds,
and disposal by crypto-shredding with a destruction certificate.

Public surface (import from the modules; this package stays light because the case models
import :mod:`gateway.retention.sealed` and :mod:`gateway.retention.keystore`):

- :mod:`gateway.retention.sealed`: ``Sealed`` column type, ``SealedValue``
- :mod:`gateway.retention.keystore`: ``bind_kek``, ``ensure_kek``, ``kek_source_for``,
  ``RecordDestroyed``
- :mod:`gateway.retention.kek`: ``KekSource``, ``KekError``, ``KekMissing``
- :mod:`gateway.retention.rotation`: ``rotate_kek``
- :mod:`gateway.retention.schedule`: ``load_schedule``, ``parse_schedule``, ``Schedule``,
  ``RecordClass``, ``Trigger``, ``DisposalAction``, ``ScheduleInvalid``
- :mod:`gateway.retention.service`: ``build_plan``, ``PlanItem``, ``place_hold``,
  ``release_hold``, ``list_holds``, ``open_complaint``, ``close_complaint``, ``record_departure``
- :mod:`gateway.retention.flows`: ``run_disposal``, ``scrub_after_commit``, ``DisposalResult``
"""

__all__ = [
    "flows",
    "kek",
    "keystore",
    "rotation",
    "schedule",
    "sealed",
    "service",
]
