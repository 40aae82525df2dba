"""Every table the migrations manage: the gateway's own and those of the libraries it hosts."""

from __future__ import annotations

from sqlalchemy import MetaData

from gateway.db import Base


def _all_metadata() -> list[MetaData]:
    # Importing the model modules registers their tables on Base.metadata.
    import gateway.models  # noqa: F401

    metadatas = [Base.metadata]
    try:
        from sharing_log.sql import metadata as log_metadata

        metadatas.append(log_metadata)
    except ImportError:  # pragma: no cover - only while the library is being written
        pass
    return metadatas


target_metadata = _all_metadata()
