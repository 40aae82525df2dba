"""Subject access requests (UK GDPR Art 15) for Prevent records.

Public surface: :mod:`gateway.sar.domain` (deadlines, item decisions), :mod:`gateway.sar.service`
(open_request, decide_item, extend, list_open, export_pack, open_sar_blocks).
"""

__all__ = ["domain", "models", "pack", "service"]
