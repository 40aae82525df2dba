"""Where the sharing-log key a verification trusts comes from, said out loud.

A verifier key found inside the material being verified (an export's verifier-key.txt, a
package's log.vkey) proves nothing: whoever forged the material put their own key there. So
the key is pinned by the person verifying, from a channel they trust:

- ``--key FILE``: one C2SP signed-note verifier key (``<origin>+<key hash>+<base64 key>``);
- ``--pinned-keys FILE``: the keys an auditor keeps, one C2SP verifier key per line, blank
  lines and ``#`` comments ignored; the key whose name is the log's origin is used.

The key inside the material is used only when the person says so (``--trust-key-in-export``),
and every verification reports which key it trusted and where that key came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from prevent_gateway_verify.errors import LogError
from prevent_gateway_verify.log.note import NoteError, NoteVerifier, parse_signed_note

__all__ = [
    "PIN_HINT",
    "TrustedKey",
    "UntrustedKey",
    "choose_log_key",
    "key_from_text",
    "pin_hint",
    "read_key_file",
    "read_pinned_keys",
]

def pin_hint(key_flag: str = "--key") -> str:
    return (
        f"Pin the log's key: give {key_flag} FILE (the sharing log's verifier key, received from "
        "the organisation by a channel you trust), or --pinned-keys FILE (the keys you keep, "
        "one C2SP verifier key per line, '#' comments allowed)."
    )


PIN_HINT = pin_hint()


class UntrustedKey(LogError, ValueError):
    """No key the person verifying trusts is available, or a key file cannot be used."""


@dataclass(frozen=True)
class TrustedKey:
    """A sharing-log verifier key and where the person verifying got it."""

    text: str
    name: str
    key_id: str
    source: str
    from_material: bool = False

    @property
    def label(self) -> str:
        """`<origin>+<key hash>`: what the key is called in C2SP signed notes."""
        return f"{self.name}+{self.key_id}"

    def statement(self) -> str:
        return f"Trusted log key {self.label}: {self.source}"


def key_from_text(text: str, source: str, *, from_material: bool = False) -> TrustedKey:
    """A TrustedKey from C2SP verifier key text; UntrustedKey if it is not one."""
    try:
        verifier = NoteVerifier.from_key_text(text.strip())
    except NoteError as exc:
        raise UntrustedKey(f"{source}: not a sharing-log verifier key: {exc}") from exc
    return TrustedKey(
        verifier.key_text(), verifier.name, verifier.key_id.hex(), source, from_material
    )


def _key_lines(path: Path) -> list[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UntrustedKey(f"cannot read the key file {path}: {exc}") from exc
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            out.append((number, stripped))
    return out


def read_key_file(path: Path, flag: str = "--key") -> TrustedKey:
    """The one verifier key in a --key file (comments and blank lines allowed)."""
    lines = _key_lines(path)
    if len(lines) != 1:
        raise UntrustedKey(
            f"{path} holds {len(lines)} keys; a --key file holds exactly one C2SP verifier key "
            "(use --pinned-keys for a file of several)"
        )
    return key_from_text(lines[0][1], f"pinned with {flag} {path}")


def read_pinned_keys(path: Path) -> list[TrustedKey]:
    """Every verifier key of a pinned-keys file: one per line, '#' comments, blank lines."""
    keys = [
        key_from_text(text, f"pinned in {path} (line {number})")
        for number, text in _key_lines(path)
    ]
    if not keys:
        raise UntrustedKey(f"{path} holds no verifier key")
    return keys


def _signers(signed_note: str | None) -> set[tuple[str, str]]:
    if signed_note is None:
        return set()
    try:
        note = parse_signed_note(signed_note)
    except NoteError:
        return set()
    return {(s.name, s.key_id.hex()) for s in note.signatures}


def choose_log_key(
    *,
    key_file: Path | None,
    pinned_keys: Path | None,
    origin: str | None,
    signed_note: str | None,
    material_key: str | None,
    material_label: str,
    trust_key_in_material: bool,
    trust_flag: str = "--trust-key-in-export",
    key_flag: str = "--key",
    fallback: TrustedKey | None = None,
) -> TrustedKey:
    """The log key to verify with, in this order: --key, --pinned-keys, ``fallback`` (a key
    the caller holds itself, e.g. the installation's own), then the key in the material if
    ``trust_key_in_material``; otherwise UntrustedKey saying how to pin one.

    origin / signed_note: the log the material claims to be and its signed checkpoint (not yet
    verified), used only to pick which pinned key to try; the signature check does the rest.
    """
    if key_file is not None:
        return read_key_file(key_file, key_flag)
    if pinned_keys is not None:
        keys = read_pinned_keys(pinned_keys)
        candidates = [k for k in keys if origin is None or k.name == origin]
        if not candidates:
            raise UntrustedKey(
                f"none of the {len(keys)} key(s) pinned in {pinned_keys} is for the log "
                f"{origin!r}: this is a log you have not pinned a key for. "
                f"If you trust it, add its verifier key to {pinned_keys}, or give it with --key."
            )
        signers = _signers(signed_note)
        for candidate in candidates:
            if (candidate.name, candidate.key_id) in signers:
                return candidate
        return candidates[0]
    if fallback is not None:
        return fallback
    if material_key is None:
        raise UntrustedKey(f"no sharing-log key to verify with. {pin_hint(key_flag)}")
    found = key_from_text(
        material_key,
        f"taken from {material_label} itself, because you passed {trust_flag}: it proves "
        "only that the material is self-consistent, not that the organisation wrote it",
        from_material=True,
    )
    if not trust_key_in_material:
        raise UntrustedKey(
            f"refusing to trust the log key found in {material_label} ({found.label}): whoever "
            f"could alter the material could have put their own key there. {pin_hint(key_flag)} "
            f"To accept the key in {material_label} anyway, pass {trust_flag}."
        )
    return found
