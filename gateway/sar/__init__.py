"""Subject access requests (UK GDPR Art 15) for Prevent records.

Public surface: :mod:`gateway.sar.use_cases` (open, list, read, read an item, decide an item,
extend, refresh, export the pack), :mod:`gateway.sar.views` (what every door shows),
:mod:`gateway.sar.domain` (deadlines, item decisions), and for other areas
:func:`gateway.sar.service.open_sar_blocks` (retention) and :func:`gateway.sar.service.list_open`
(the DPO's dashboard).
"""

__all__ = ["domain", "models", "pack", "service", "use_cases", "views"]
