"""The annual report in the web: the board's PDF is downloadable beside the CSV; the page and the
CSV list each figure once (a count within a breakdown names its breakdown), with one training
section; and the PDF carries the request and correction lines the CSV has."""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_web_pages import _case
from test_web_world import World, make_world

from gateway.cases.domain import Outcome
from gateway.pdf_pages import MARKING
from gateway.users.domain import Role


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> World:
    return make_world(database_url, tmp_path)


def _words(text: str) -> str:
    return " ".join(text.split())


def test_the_page_lists_each_figure_once_with_one_training_section(world: World) -> None:
    _case(world, Outcome.REFERRAL)
    client = world.client()
    world.login(client, Role.SMT_MEMBER)
    page = html.unescape(client.get("/reports").text)
    headings = re.findall(r"<h2[^>]*>(.*?)</h2>", page)
    assert len(headings) == len(set(headings)), headings
    assert [h for h in headings if "training" in h.lower()] == ["Prevent training"]
    rows = re.findall(r"<tr><td[^>]*>(.*?)</td><td[^>]*>[^<]*</td></tr>", page)
    assert rows and len(rows) == len(set(rows)), sorted(r for r in rows if rows.count(r) > 1)
    assert "Disclosures released: Regional Prevent Coordinator" in rows
    assert "Cases with a disclosure: Regional Prevent Coordinator" in rows
    assert 'href="/reports/annual.pdf?year=' in page
    # Dates in words, not ISO.
    assert not re.search(r"\d{4}-\d\d-\d\d to", page)

    lines = list(csv.reader(io.StringIO(client.get("/reports/annual.csv").text)))[1:]
    labels = [line[2] for line in lines]
    assert len(labels) == len(set(labels)), sorted(x for x in labels if labels.count(x) > 1)


def test_the_board_pdf_downloads_with_every_line_the_csv_has(world: World) -> None:
    _case(world, Outcome.REFERRAL)
    client = world.client()
    world.login(client, Role.SMT_MEMBER)
    reply = client.get("/reports/annual.pdf")
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"] == "application/pdf"
    assert "attachment" in reply.headers["content-disposition"]
    pages = [p.extract_text() or "" for p in PdfReader(io.BytesIO(reply.content)).pages]
    text = _words("\n".join(pages))
    for n, page in enumerate(pages, start=1):
        assert page.count(MARKING) >= 2 and f"Page {n} of {len(pages)}" in page
    lines = list(csv.reader(io.StringIO(client.get("/reports/annual.csv").text)))[1:]
    carried = [line for line in lines if line[0] in ("requests", "corrections")]
    assert {line[0] for line in carried} == {"requests", "corrections"}
    assert "Requests from Channel panels and the police" in text
    assert "Correction notices" in text
    for _section, _key, label, _value in carried:
        assert _words(label) in text, label
    # One training section among the numbered sections.
    assert re.findall(r"\b\d\. [A-Z][\w ]*?[Tt]raining", text) == ["6. Prevent training"]
    assert "Sam Subject" not in text

    other = world.client()
    world.login(other, Role.TUTOR)
    assert other.get("/reports/annual.pdf").status_code == 403
