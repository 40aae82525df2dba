"""What every page shares: dates and times in words on UK clocks; table cells that carry their
column's heading (so tables can stack on a narrow screen); error pages that keep the navigation
of whoever is signed in and point back to the form only when there was one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from test_web_world import World, make_world

from gateway.timeutil import long_date, long_datetime
from gateway.users.domain import Role
from gateway.web.rendering import templates
from gateway.web.tables import label_cells


def test_dates_are_in_words() -> None:
    assert long_date(date(2026, 12, 6)) == "6 December 2026"
    assert long_date(date(2027, 1, 31)) == "31 January 2027"


def test_times_are_on_uk_clocks_in_winter_and_in_summer() -> None:
    # GMT in December: the clock reads as UTC.
    assert long_datetime(datetime(2026, 12, 6, 14, 5, tzinfo=UTC)) == "6 December 2026, 14:05"
    # BST in July: an hour ahead, so 23:30 UTC is already the next day in the UK.
    late = datetime(2026, 7, 6, 23, 30, tzinfo=UTC)
    assert long_datetime(late) == "7 July 2026, 00:30"
    assert long_date(late) == "7 July 2026"
    # A stored time without its zone is UTC.
    assert long_datetime(datetime(2026, 7, 6, 9, 0)) == "6 July 2026, 10:00"


def test_the_page_filters() -> None:
    page = templates.env.from_string(
        "{{ a|date }}|{{ b|when }}|{{ c|when }}|{{ d|when }}|{{ e|date }}"
    )
    shown = page.render(
        a=datetime(2026, 6, 30, 23, 15, tzinfo=UTC),
        b=datetime(2026, 12, 6, 14, 5, 59, 123456, tzinfo=UTC),
        c="2026-06-01T08:00:00Z",  # the sharing log's entries keep ISO 8601 text
        d=date(2026, 12, 6),
        e=None,
    )
    assert shown == "1 July 2026|6 December 2026, 14:05|1 June 2026, 09:00|6 December 2026|"


def test_each_body_cell_carries_its_column_heading() -> None:
    page = (
        "<table><caption>Due</caption><thead><tr><th scope=\"col\">Case</th>"
        "<th scope=\"col\">Trained &amp;\n in date</th></tr></thead>\n<tbody>"
        '<tr><td class="x">PRV-1</td><td>3<table><thead><tr><th>Inner</th></tr></thead>'
        "<tbody><tr><td>i</td></tr></tbody></table></td></tr>\n"
        '<tr><td colspan="2">None</td></tr>'
        '<tr><th scope="row">Row</th><td>4</td></tr></tbody></table>'
    )
    assert label_cells(page) == (
        "<table><caption>Due</caption><thead><tr><th scope=\"col\">Case</th>"
        "<th scope=\"col\">Trained &amp;\n in date</th></tr></thead>\n<tbody>"
        '<tr><td data-label="Case" class="x">PRV-1</td><td data-label="Trained &amp; in date">3'
        '<table><thead><tr><th>Inner</th></tr></thead>'
        '<tbody><tr><td data-label="Inner">i</td></tr></tbody></table></td></tr>\n'
        '<tr><td colspan="2">None</td></tr>'
        '<tr><th scope="row">Row</th><td data-label="Trained &amp; in date">4</td></tr>'
        "</tbody></table>"
    )
    assert label_cells("<p>No table</p>") == "<p>No table</p>"


def test_a_rendered_page_has_labelled_cells(world: World) -> None:
    client = world.client()
    world.login(client, Role.PREVENT_LEAD)
    page = client.get("/account")
    assert page.status_code == 200
    assert '<td data-label="' in page.text


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
    yield w
    w.ctx.close()


def test_an_error_page_keeps_the_navigation_of_whoever_is_signed_in(world: World) -> None:
    client = world.client()
    anonymous = client.get("/no-such-page")
    assert anonymous.status_code == 404
    assert 'aria-label="Main"' not in anonymous.text

    world.login(client, Role.STUDENT_SUPPORT)
    for path, status in (("/no-such-page", 404), ("/cases", 403)):
        page = client.get(path)
        assert page.status_code == status, path
        assert 'aria-label="Main"' in page.text, path
        assert "Student Support Team (test)" in page.text, path
        assert 'action="/logout"' in page.text, path
        # A page view has no form to go back to.
        assert "Back button" not in page.text, path
        assert 'href="/"' in page.text, path


def test_a_refused_form_points_back_to_the_form(world: World) -> None:
    client = world.client()
    world.login(client, Role.STUDENT_SUPPORT)
    refused = client.post("/logout", data={"csrf_token": "not-the-session-token"})
    assert refused.status_code == 403
    assert "Back button to return to the form" in refused.text
    assert 'aria-label="Main"' in refused.text
    # The session was not ended by the refused form.
    assert client.get("/").status_code == 200


def test_stored_values_are_shown_in_words() -> None:
    from gateway.web.rendering import templates

    value = templates.env.filters["value"]
    assert value(["art6.1.e", "art9.2.g"]) == "art6.1.e, art9.2.g"
    assert value(False) == "no" and value(True) == "yes"
    assert value(None) == "—" and value([]) == "—"
    assert templates.env.filters["label"]("approval_sha256") == "Approval sha256"


def test_kinds_of_finding_are_named_in_words() -> None:
    from gateway.disclosures.domain import counts_in_words, entity_name
    from gateway.web.rendering import templates

    assert entity_name("UK_POSTCODE") == "UK postcode"
    assert entity_name("EMAIL_ADDRESS") == "e-mail address"
    assert entity_name("SOMETHING_NEW") == "something new"
    assert templates.env.filters["entity"]("PERSON") == "person's name"
    assert counts_in_words({"PERSON": 2, "UK_NHS": 1}) == {"person's name": 2, "NHS number": 1}
