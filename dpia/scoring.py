"""Risk scoring: likelihood of harm x severity of harm -> overall risk (the ICO DPIA scales).

The three scales are those of the ICO DPIA template (step 5). ``RISK_MATRIX`` is the one place
the combination is defined; every screen, check and PDF reads it from here.
"""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType


class Likelihood(StrEnum):
    REMOTE = "remote"
    POSSIBLE = "possible"
    PROBABLE = "probable"

    @property
    def label(self) -> str:
        return {
            "remote": "Remote",
            "possible": "Possible (a reasonable possibility)",
            "probable": "Probable (more likely than not)",
        }[self.value]

    @property
    def rank(self) -> int:
        return list(Likelihood).index(self)


class Severity(StrEnum):
    MINIMAL = "minimal"
    SIGNIFICANT = "significant"
    SEVERE = "severe"

    @property
    def label(self) -> str:
        return {
            "minimal": "Minimal impact",
            "significant": "Significant impact",
            "severe": "Severe harm",
        }[self.value]

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return list(RiskLevel).index(self)


_L, _S, _R = Likelihood, Severity, RiskLevel

RISK_MATRIX = MappingProxyType(
    {
        (_L.REMOTE, _S.MINIMAL): _R.LOW,
        (_L.REMOTE, _S.SIGNIFICANT): _R.LOW,
        (_L.REMOTE, _S.SEVERE): _R.MEDIUM,
        (_L.POSSIBLE, _S.MINIMAL): _R.LOW,
        (_L.POSSIBLE, _S.SIGNIFICANT): _R.MEDIUM,
        (_L.POSSIBLE, _S.SEVERE): _R.HIGH,
        (_L.PROBABLE, _S.MINIMAL): _R.MEDIUM,
        (_L.PROBABLE, _S.SIGNIFICANT): _R.HIGH,
        (_L.PROBABLE, _S.SEVERE): _R.HIGH,
    }
)
"""Overall risk for every (likelihood, severity) pair."""


def risk_level(likelihood: Likelihood, severity: Severity) -> RiskLevel:
    """The overall risk for a likelihood and severity of harm."""
    return RISK_MATRIX[(Likelihood(likelihood), Severity(severity))]
