"""The retention schedule: the shipped default is complete and documented; a schedule the
gateway cannot apply exactly is refused at start-up with a message naming the problem."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gateway.retention.schedule import (
    DisposalAction,
    Period,
    RecordClass,
    ScheduleInvalid,
    Trigger,
    load_schedule,
    parse_schedule,
)
from tests.retention_support import schedule_toml


def test_default_schedule_covers_every_class_with_reasons() -> None:
    schedule = load_schedule()
    assert set(schedule.rules) == set(RecordClass)
    for rule in schedule.rules.values():
        assert rule.justification and rule.source
    nfa = schedule.rule(RecordClass.NO_FURTHER_ACTION_RECORD)
    assert (nfa.period.years, nfa.action) == (6, DisposalAction.DESTROY)
    assert schedule.rule(RecordClass.REFERRAL_CASE).trigger is Trigger.STUDENT_LEFT
    assert "Limitation Act 1980" in nfa.source


@pytest.mark.parametrize(
    ("overrides", "needle"),
    [
        ({"dpia": {"period": "-P1Y"}}, "negative"),
        ({"access_log": {"period": "six years"}}, "ISO 8601"),
        ({"referral_case": {"trigger": None}}, "'trigger' is missing"),
        ({"referral_case": {"trigger": "when_we_feel_like_it"}}, "unknown trigger"),
        ({"access_log": {"trigger": "student_left"}}, "cannot apply"),
        ({"dpia": {"action": "destroy"}}, "cannot apply"),
        ({"referral_case": {"justification": None}}, "'justification' is missing"),
    ],
)
def test_bad_rules_are_refused_naming_the_class(
    overrides: dict[str, dict[str, str]], needle: str
) -> None:
    with pytest.raises(ScheduleInvalid) as caught:
        parse_schedule(schedule_toml(period="P6Y", **overrides), "custom.toml")
    assert needle in caught.value.message
    assert f"classes.{next(iter(overrides))}" in caught.value.message


def test_unknown_and_missing_classes_are_refused() -> None:
    text = schedule_toml() + '[classes.student_photos]\nperiod = "P1Y"\n'
    with pytest.raises(ScheduleInvalid, match="unknown record classes: student_photos"):
        parse_schedule(text, "custom.toml")
    partial = schedule_toml().split("[classes.dpia]")[0]
    with pytest.raises(ScheduleInvalid, match="no rule for: dpia"):
        parse_schedule(partial, "custom.toml")
    with pytest.raises(ScheduleInvalid, match="not valid TOML"):
        parse_schedule("classes = [", "custom.toml")


def test_custom_schedule_from_the_settings_and_refused_at_start_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gateway.config import Settings
    from gateway.context import AppContext
    from gateway.db import make_engine

    good = tmp_path / "schedule.toml"
    good.write_text(schedule_toml(period="P2Y"))
    monkeypatch.setenv("PREVENT_GATEWAY_RETENTION_SCHEDULE", str(good))
    schedule = load_schedule(Settings().retention_schedule)
    assert schedule.origin == str(good)
    assert schedule.rule(RecordClass.DPIA).period.years == 2

    bad = tmp_path / "bad.toml"
    bad.write_text(schedule_toml(referral_case={"period": "-P6Y"}))
    monkeypatch.setenv("PREVENT_GATEWAY_RETENTION_SCHEDULE", str(bad))
    settings = Settings(data_dir=tmp_path / "data", database_url=f"sqlite:///{tmp_path}/x.db")
    engine = make_engine(settings.resolved_database_url)
    try:
        with pytest.raises(ScheduleInvalid, match=r"classes\.referral_case: the period"):
            AppContext(settings=settings, engine=engine)
    finally:
        engine.dispose()
    with pytest.raises(ScheduleInvalid, match="cannot be read"):
        load_schedule(tmp_path / "missing.toml")


def test_periods_count_calendar_years_and_months() -> None:
    assert Period.parse("P6Y", "x").after(date(2020, 2, 29)) == date(2026, 2, 28)
    assert Period.parse("P1M", "x").after(date(2026, 1, 31)) == date(2026, 2, 28)
    assert Period.parse("P1Y6M", "x").after(date(2026, 9, 1)) == date(2028, 3, 1)
    assert Period.parse("P2W", "x").after(date(2026, 1, 1)) == date(2026, 1, 15)
    assert Period.parse("P0D", "x").after(date(2026, 1, 1)) == date(2026, 1, 1)
