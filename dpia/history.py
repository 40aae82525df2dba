"""All the versions of one activity's DPIA, in order, with the chain between them checked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dpia.errors import DPIAVersionConflict
from dpia.model import DPIA, Status


@dataclass(frozen=True, slots=True)
class DPIAHistory:
    """Every version of the DPIA of one processing activity (oldest first).

    Only the latest version may be a draft or awaiting the DPO; each later version links to the
    one before by number and SHA-256, so a silently edited approved version is detected.
    """

    versions: tuple[DPIA, ...]

    def __post_init__(self) -> None:
        if not self.versions:
            raise DPIAVersionConflict("A DPIA history needs at least one version.")
        first = self.versions[0]
        if first.version != 1:
            raise DPIAVersionConflict("The first version of a DPIA is version 1.")
        for before, after in zip(self.versions, self.versions[1:], strict=False):
            _check_link(before, after)

    @classmethod
    def of(cls, versions: Iterable[DPIA]) -> DPIAHistory:
        return cls(tuple(sorted(versions, key=lambda v: v.version)))

    @property
    def activity(self) -> str:
        return self.versions[0].activity

    @property
    def latest(self) -> DPIA:
        return self.versions[-1]

    def get(self, version: int) -> DPIA:
        for item in self.versions:
            if item.version == version:
                return item
        raise KeyError(version)

    def with_version(self, dpia: DPIA) -> DPIAHistory:
        """The history with ``dpia`` added as the next version, or replacing the latest when it
        is the same version number and the latest is not yet approved (a draft being edited)."""
        latest = self.latest
        if dpia.version == latest.version:
            if latest.status is Status.APPROVED:
                raise DPIAVersionConflict(
                    f"Version {latest.version} is approved and cannot be replaced; "
                    "start a new version."
                )
            if dpia.activity != latest.activity or dpia.previous_version != latest.previous_version:
                raise DPIAVersionConflict("The replacement is not the same version of this DPIA.")
            return DPIAHistory((*self.versions[:-1], dpia))
        return DPIAHistory((*self.versions, dpia))

    def approved(self) -> DPIA | None:
        """The version that governs processing: the most recent approved one, if any.

        A newer draft does not replace it until that draft is approved. It may be past its
        review date: pass it to :func:`dpia.gate.require_in_force`, which then says it expired.
        """
        for item in reversed(self.versions):
            if item.status is Status.APPROVED:
                return item
        return None


def _check_link(before: DPIA, after: DPIA) -> None:
    if after.activity != before.activity:
        raise DPIAVersionConflict(
            f"Version {after.version} is for '{after.activity}', not '{before.activity}'."
        )
    if after.version != before.version + 1:
        raise DPIAVersionConflict(
            f"Version {after.version} cannot follow version {before.version}."
        )
    if before.status is not Status.APPROVED:
        raise DPIAVersionConflict(
            f"Version {before.version} is {before.status.phrase}; only an approved "
            "version can be followed by a new one."
        )
    link = after.previous_version
    if link is None or link.sha256 != before.sha256():
        raise DPIAVersionConflict(
            f"Version {after.version} does not link to version {before.version} as stored: "
            "the earlier version has been altered, or the link is wrong."
        )
