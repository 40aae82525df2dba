from itertools import product

import pytest

from dpia import RISK_MATRIX, Likelihood, RiskLevel, Severity, risk_level

L, S, R = Likelihood, Severity, RiskLevel

EXPECTED = {
    (L.REMOTE, S.MINIMAL): R.LOW,
    (L.REMOTE, S.SIGNIFICANT): R.LOW,
    (L.REMOTE, S.SEVERE): R.MEDIUM,
    (L.POSSIBLE, S.MINIMAL): R.LOW,
    (L.POSSIBLE, S.SIGNIFICANT): R.MEDIUM,
    (L.POSSIBLE, S.SEVERE): R.HIGH,
    (L.PROBABLE, S.MINIMAL): R.MEDIUM,
    (L.PROBABLE, S.SIGNIFICANT): R.HIGH,
    (L.PROBABLE, S.SEVERE): R.HIGH,
}


@pytest.mark.parametrize(("pair", "level"), EXPECTED.items())
def test_matrix_cell(pair: tuple[Likelihood, Severity], level: RiskLevel) -> None:
    assert risk_level(*pair) is level


def test_matrix_covers_every_pair_exactly() -> None:
    assert set(RISK_MATRIX) == set(product(Likelihood, Severity))


def test_matrix_never_falls_as_likelihood_or_severity_rises() -> None:
    for lk, sev in product(Likelihood, Severity):
        level = risk_level(lk, sev)
        for lk2, sev2 in product(Likelihood, Severity):
            if lk2.rank >= lk.rank and sev2.rank >= sev.rank:
                assert risk_level(lk2, sev2).rank >= level.rank


def test_accepts_plain_strings_from_json() -> None:
    assert risk_level("probable", "severe") is R.HIGH  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        risk_level("likely", "severe")  # type: ignore[arg-type]
