"""`prevent-gateway redact` / `redact-eval` through Typer (registered on a fresh root app)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from gateway.cli.redact import register

app = typer.Typer()
register(app)
runner = CliRunner()


def test_redact_one_file(tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("Amir met Sarah Jones (07700 900123) on Teams.\n", encoding="utf-8")
    res = runner.invoke(
        app, ["redact", str(doc), "--subject", "Amir Khan", "--person", "Sarah Jones"]
    )
    assert res.exit_code == 0, res.output
    assert "Amir met [PERSON 1] ([PHONE 1]) on Teams." in res.stdout
    res = runner.invoke(app, ["redact", str(doc), "--subject", "Amir Khan", "--json"])
    data = json.loads(res.stdout.splitlines()[0])
    assert {f["action"] for f in data["findings"]} == {"kept", "redacted"}


def test_redact_needs_a_subject_and_valid_utf8(tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_bytes("Sarah Jones".encode("utf-16"))
    res = runner.invoke(app, ["redact", str(doc)])
    assert res.exit_code == 2 and "--subject" in res.output
    res = runner.invoke(app, ["redact", str(doc), "--subject", "Amir Khan"])
    assert res.exit_code == 2 and "UTF-8" in res.output


def test_redact_jsonl_batch(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = [
        {
            "id": "a",
            "text": "Amir met Sarah Jones.",
            "subject": "Amir Khan",
            "subject_aliases": [],
            "known_people": ["Sarah Jones"],
        },
        {
            "id": "b",
            "text": "Sarah Jones emailed s.jones@example.org.",
            "subject": "Amir Khan",
            "subject_aliases": ["Ami"],
            "known_people": ["Sarah Jones"],
        },
    ]
    src.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    res = runner.invoke(app, ["redact", "--jsonl", str(src), "--out", str(dst)])
    assert res.exit_code == 0, res.output
    out = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert out[0]["text"] == "Amir met [PERSON 1]."
    assert out[1]["text"] == "[PERSON 1] emailed [EMAIL 1]."  # same person, same placeholder
    f = out[0]["findings"][0]
    assert {"start", "end", "entity_type", "score", "action"} <= set(f)


def test_redact_jsonl_bad_line_writes_nothing(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"id": "a", "text": "Sarah"}\n{"id": "b", "text": 5}\n', encoding="utf-8")
    res = runner.invoke(app, ["redact", "--jsonl", str(src), "--out", str(dst)])
    assert res.exit_code == 2 and "line 2" in res.output
    assert not dst.exists() and list(tmp_path.iterdir()) == [src]


def test_redact_eval_on_a_small_corpus(tmp_path: Path) -> None:
    text = "Amir met Sarah Jones on Teams."
    doc = {
        "id": "d1",
        "text": text,
        "subject": "Amir Khan",
        "known_people": ["Sarah Jones"],
        "spans": [
            {
                "start": 0,
                "end": 4,
                "entity_type": "PERSON",
                "owner": "subject",
                "expected": "keep",
                "text": "Amir",
            },
            {
                "start": 9,
                "end": 20,
                "entity_type": "PERSON",
                "owner": "listed",
                "expected": "redact",
                "text": "Sarah Jones",
            },
        ],
        "hard_negatives": [{"start": 24, "end": 29, "text": "Teams"}],
    }
    (tmp_path / "c.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["redact-eval", str(tmp_path), "--check"])
    assert res.exit_code == 0, res.output
    assert "PERSON" in res.output and "Subject mentions kept: 1/1" in res.output
    assert "Hard negatives removed: 0/1" in res.output


def _relatives_corpus(tmp_path: Path) -> Path:
    """One document: the subject, a relative with the same surname, and a rostered tutor whose
    name is an ordinary word used in lower case (found only through the roster)."""
    text = "Daniel Price met his sister Amy Price. Ask hollis about it.\n"

    def span(value: str, owner: str, expected: str, **extra: object) -> dict[str, object]:
        start = text.index(value)
        return {"start": start, "end": start + len(value), "entity_type": "PERSON",
                "owner": owner, "expected": expected, "text": value, **extra}

    doc = {
        "id": "rel-1",
        "kind": "tutor_report",
        "text": text,
        "subject": "Daniel Price",
        "subject_aliases": [],
        "known_people": [],
        "case_people": ["Amy Price", "Tom Hollis"],
        "spans": [
            span("Daniel Price", "subject", "keep"),
            span("Amy Price", "unlisted", "redact", tags=["same_surname_relative"]),
            span("hollis", "unlisted", "redact"),
        ],
        "hard_negatives": [],
    }
    path = tmp_path / "rel.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return path


def test_redact_eval_json_prints_every_target(tmp_path: Path) -> None:
    path = _relatives_corpus(tmp_path)
    res = runner.invoke(app, ["redact-eval", str(path), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    for key in (
        "third_party_recall",
        "name_recall",
        "precision",
        "subject_kept",
        "same_surname_relatives_redacted",
        "hard_negatives_removed",
    ):
        assert key in data, key
    assert set(data["targets"]) == {
        "third_party_recall",
        "name_recall",
        "precision",
        "subject_kept",
        "same_surname_relatives_redacted",
    }
    assert data["roster"] is True and data["targets"]["third_party_recall"]["target"] == 0.99
    assert data["counts"]["same_surname_relatives"] == 1
    assert data["third_party_recall"] == 1.0  # "hollis" is on the case roster


def test_redact_eval_no_roster_ignores_known_and_case_people(tmp_path: Path) -> None:
    path = _relatives_corpus(tmp_path)
    res = runner.invoke(app, ["redact-eval", str(path), "--json", "--no-roster"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["roster"] is False
    assert data["targets"]["third_party_recall"]["target"] == 0.98
    assert data["same_surname_relatives_redacted"] == 1.0  # "Amy Price" is not the subject
    assert data["subject_kept"] == 1.0
    res = runner.invoke(app, ["redact-eval", str(path), "--no-roster", "--check"])
    assert "without a roster" in res.stdout
    assert res.exit_code == (0 if data["all_targets_met"] else 1)


def test_redact_eval_check_fails_when_a_target_is_missed(tmp_path: Path) -> None:
    """A labelled span no recognizer can find (a plain word) makes --check exit 1."""
    text = "Amir spoke to the person in question.\n"
    doc = {
        "id": "miss-1",
        "text": text,
        "subject": "Amir Khan",
        "known_people": [],
        "spans": [
            {"start": 18, "end": 24, "entity_type": "PERSON", "owner": "unlisted",
             "expected": "redact", "text": "person"},
        ],
        "hard_negatives": [],
    }
    path = tmp_path / "miss.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["redact-eval", str(path), "--no-roster", "--check"])
    assert res.exit_code == 1 and "Targets NOT met." in res.stdout
    res = runner.invoke(app, ["redact-eval", str(path), "--no-roster", "--json", "--check"])
    assert res.exit_code == 1
    assert json.loads(res.stdout)["targets"]["third_party_recall"]["met"] is False
