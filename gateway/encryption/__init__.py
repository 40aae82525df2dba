"""Encryption at rest: per-case AES-256-GCM data keys wrapped by the key-encryption key (KEK).

- :mod:`gateway.encryption.sealed`: the ``Sealed`` column type and its AAD
- :mod:`gateway.encryption.keystore`: ORM hooks that seal on flush and open on load
- :mod:`gateway.encryption.kek`: where the KEK comes from (file or setting)
- :mod:`gateway.encryption.rotation`: re-wrapping every data key under a new KEK
- :mod:`gateway.encryption.models`: ``CaseDataKey``
"""
