"""Deterministic zip writing and bounded, safe zip reading for referral packages."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Mapping

from prevent_gateway_verify.package.errors import PackageInvalid

__all__ = ["MAX_FILES", "MAX_TOTAL_BYTES", "read_zip", "write_zip"]

MAX_FILES = 32
MAX_TOTAL_BYTES = 512 * 1024 * 1024
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def write_zip(files: Mapping[str, bytes]) -> bytes:
    """A zip of ``files``: sorted names, fixed timestamps and attributes, DEFLATE level 9."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, files[name], compresslevel=9)
    return out.getvalue()


def read_zip(data: bytes, label: str) -> dict[str, bytes]:
    """The files of a package zip; PackageInvalid naming the member (or ``label``) at fault."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackageInvalid(
            label, f"not a readable zip file (damaged or truncated): {exc}"
        ) from exc
    files: dict[str, bytes] = {}
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_FILES:
            raise PackageInvalid(label, f"holds {len(infos)} files; a package holds a handful")
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise PackageInvalid(label, "is too large to be a referral package")
        for info in infos:
            name = info.filename
            if not _SAFE_NAME.fullmatch(name):
                raise PackageInvalid(name, "unexpected file name or folder in the package zip")
            if name in files:
                raise PackageInvalid(name, "appears twice in the package zip")
            try:
                files[name] = archive.read(info)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error) as exc:
                raise PackageInvalid(name, f"damaged inside the zip: {exc}") from exc
    return files
