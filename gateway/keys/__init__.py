"""The organisation's keys (signing, checkpoint, subject HMAC) and recipient key pairs."""

from gateway.keys.errors import (
    KeyringError,
    KeysExist,
    KeysMissing,
    PassphraseRequired,
    WrongPassphrase,
)
from gateway.keys.keyids import key_id, note_key_hash
from gateway.keys.keyring import (
    Keyring,
    OrgPublicKey,
    OrgSigningKey,
    UnencryptedKeyWarning,
    load_public_keys_pem,
)
from gateway.keys.recipient import (
    generate_recipient_keypair,
    is_encrypted_private_key,
    load_recipient_private_key,
    load_recipient_public_key,
    recipient_key_id,
)

__all__ = [
    "Keyring",
    "KeyringError",
    "KeysExist",
    "KeysMissing",
    "OrgPublicKey",
    "OrgSigningKey",
    "PassphraseRequired",
    "UnencryptedKeyWarning",
    "WrongPassphrase",
    "generate_recipient_keypair",
    "is_encrypted_private_key",
    "key_id",
    "load_public_keys_pem",
    "load_recipient_private_key",
    "load_recipient_public_key",
    "note_key_hash",
    "recipient_key_id",
]
