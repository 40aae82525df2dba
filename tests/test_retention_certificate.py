"""The destruction certificate as a Prevent Lead or DPO reads it: it names the person who
authorised the run, counts records as the disposal page counts them (the access log before a
day is one record; its events are counted apart), never prints the schedule's file path, and
shows when it was executed on UK clocks ("6 December 2026, 14:05")."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from test_web_retention import _closed_case
from test_web_world import World, make_world

from gateway.access_log.models import AccessEvent
from gateway.db import transaction
from gateway.pdf_pages import MARKING
from gateway.retention.models import DestructionCertificate
from gateway.timeutil import long_datetime
from gateway.users.domain import Role
from tests.retention_support import schedule_toml

OLD_EVENTS = 7


@pytest.fixture
def world(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    schedule = tmp_path / "schedule.toml"
    schedule.write_text(
        schedule_toml(access_log={"period": "P1Y"}), encoding="utf-8"
    )
    monkeypatch.setenv("PREVENT_GATEWAY_RETENTION_SCHEDULE", str(schedule))
    return make_world(database_url, tmp_path)


def _old_access_events(world: World) -> None:
    old = datetime.now(UTC) - timedelta(days=800)
    with transaction(world.ctx.sessions) as session:
        user = world.actor(session, Role.PREVENT_LEAD).user
        for i in range(OLD_EVENTS):
            session.add(
                AccessEvent(user_id=user.id, action="case.read", object_type="case",
                            object_ref=f"PRV-OLD-{i}", channel="cli", at=old)
            )


def pdf_pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def test_certificate_counts_what_the_page_counts_names_people_and_no_path(
    world: World, tmp_path: Path
) -> None:
    first, second = _closed_case(world, "S1000001"), _closed_case(world, "S1000002")
    _old_access_events(world)
    client = world.client()
    csrf = world.login(client, Role.DPO)
    done = client.post("/retention/run", data={"csrf_token": csrf, "confirm": "destroy"})
    assert done.status_code == 200, done.text
    shown = re.search(r"(\d+) record\(s\) destroyed", done.text)
    assert shown is not None
    # Two cases and the access log before a day: three records, however many events it held.
    assert int(shown.group(1)) == 3
    with transaction(world.ctx.sessions) as session:
        cert = session.scalars(select(DestructionCertificate)).one()
        reference, executed_at = cert.reference, cert.created_at
    assert cert.record_count == 3
    listed = client.get("/retention").text.split("Destruction certificates")[1]
    assert re.search(rf"{reference}</td>.*?\"Records\">3</td>", listed, re.S)

    pdf = client.get(f"/retention/certificates/{reference}/pdf").content
    pages = pdf_pages(pdf)
    text = "\n".join(pages)
    assert f"Records destroyed 3 records (one of them the access log before a day: " \
        f"{OLD_EVENTS} access events removed)" in " ".join(text.split())
    assert "104" not in text and f"{OLD_EVENTS + 2} records" not in text
    # The person who authorised it, by name; not an id.
    assert "Data Protection Officer (test)" in text
    assert not re.search(r"\bU\d+\b", text)
    # Executed at, on UK clocks in words; no "(UTC)", no ISO time.
    assert f"Executed at {long_datetime(executed_at)}" in " ".join(text.split())
    assert "(UTC)" not in text and not re.search(r"\d{4}-\d\d-\d\dT", text)
    # The schedule is named in words; its file path on the server is not printed.
    assert str(tmp_path) not in text and "schedule.toml" not in text
    assert "The organisation's own retention schedule" in text
    # Codes in words.
    assert "no_further_action_record" not in text and "No further action record" in text
    assert first in text and second in text
    for n, page in enumerate(pages, start=1):
        assert page.count(MARKING) >= 2, f"page {n} lacks the marking top and bottom"
        assert f"Page {n} of {len(pages)}" in page
