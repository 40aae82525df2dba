"""Referral packages: PDF, signed manifest (DSSE), sharing-log proof, HPKE sealing, verify."""

from gateway.packages.builder import SignedPackage, assemble_zip, build_signed_package
from gateway.packages.content import (
    AgencyInvolvement,
    NoteItem,
    ReferralContent,
    ReferrerDetails,
    SubjectDetails,
)
from gateway.packages.errors import PackageError, PackageInvalid, SealError, UnsupportedFormat
from gateway.packages.fonts import FontMissing
from gateway.packages.manifest import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_PAYLOAD_TYPE,
    ManifestInfo,
)
from gateway.packages.referral_pdf import MARKING, render_referral_pdf
from gateway.packages.seal import open_sealed, seal
from gateway.packages.verify import (
    Check,
    PackageReport,
    TrustedKeyMissing,
    open_package,
    verify_files,
    verify_package,
)

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MANIFEST_PAYLOAD_TYPE",
    "MARKING",
    "AgencyInvolvement",
    "Check",
    "FontMissing",
    "ManifestInfo",
    "NoteItem",
    "PackageError",
    "PackageInvalid",
    "PackageReport",
    "ReferralContent",
    "ReferrerDetails",
    "SealError",
    "SignedPackage",
    "SubjectDetails",
    "TrustedKeyMissing",
    "UnsupportedFormat",
    "assemble_zip",
    "build_signed_package",
    "open_package",
    "open_sealed",
    "render_referral_pdf",
    "seal",
    "verify_files",
    "verify_package",
]
