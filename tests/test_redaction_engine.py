"""The Redactor as the gateway uses it: subject kept, offsets, batches, bad input, errors."""

from __future__ import annotations

import pytest

from redaction import (
    DEFAULT_KEEP_SUBJECT,
    InputTooLarge,
    InvalidText,
    NlpModelNotInstalled,
    Person,
    PlaceholderRegistry,
    RedactionRequest,
    Redactor,
    get_redactor,
    load_pipeline,
)
from redaction.text_input import chunk_bounds

SUBJECT = Person("Amir Khan", ("Ami",))
PEOPLE = [Person("Sarah Jones"), Person("Will Brown")]

NOTE = (
    "Amir Khan (DOB 03/07/2004, student no. S1234567) lives at 14 Elm Grove, Leeds LS6 2AB. "
    "Amir's NHS number is 943 476 5919 and his e-mail is amir.khan@student.example.ac.uk.\n"
    "Sarah Jones (07700 900123) said Ami and Will Brown argued. Sarah's address is "
    "9 Mill Lane, Leeds LS1 4AP.\n"
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return get_redactor()


def test_subject_kept_everyone_else_replaced(redactor: Redactor) -> None:
    result = redactor.redact(NOTE, subject=SUBJECT, people=PEOPLE)
    kept = {NOTE[f.start : f.end] for f in result.kept}
    redacted = {NOTE[f.start : f.end] for f in result.redacted}
    # the subject's name in all forms and the identifiers the policy keeps
    assert {"Amir Khan", "Amir", "Ami", "03/07/2004", "S1234567", "14 Elm Grove", "LS6 2AB"} <= kept
    # the subject's other identifiers are replaced
    assert {"943 476 5919", "amir.khan@student.example.ac.uk"} <= redacted
    # third parties and their data are replaced
    assert {
        "Sarah Jones",
        "Sarah",
        "Will Brown",
        "07700 900123",
        "9 Mill Lane",
        "LS1 4AP",
    } <= redacted
    assert "Sarah" not in result.text and "07700" not in result.text
    assert "Amir Khan (DOB 03/07/2004, student no. S1234567)" in result.text


def test_findings_point_into_the_original_text(redactor: Redactor) -> None:
    result = redactor.redact(NOTE, subject=SUBJECT, people=PEOPLE)
    assert result.findings == tuple(sorted(result.findings, key=lambda f: (f.start, f.end)))
    for f in result.findings:
        assert 0 <= f.start < f.end <= len(NOTE)
        assert f.action in ("redacted", "kept") and f.reason and f.recognizer
        assert (f.placeholder is not None) == (f.action == "redacted")
    # rebuilding the text from the findings gives the redacted text
    out, pos = [], 0
    for f in result.redacted:
        out += [NOTE[pos : f.start], f.placeholder or ""]
        pos = f.end
    assert "".join(out) + NOTE[pos:] == result.text


def test_keep_selection_changes_what_is_kept(redactor: Redactor) -> None:
    keep = DEFAULT_KEEP_SUBJECT | {"nhs_number"}
    result = redactor.redact(NOTE, subject=SUBJECT, people=PEOPLE, keep_subject_identifiers=keep)
    assert "943 476 5919" in {NOTE[f.start : f.end] for f in result.kept}
    nothing = redactor.redact(
        NOTE, subject=SUBJECT, people=PEOPLE, keep_subject_identifiers=frozenset()
    )
    assert not nothing.kept and "Amir" not in nothing.text


def test_without_a_subject_every_person_is_replaced(redactor: Redactor) -> None:
    result = redactor.redact("Amir Khan met Sarah Jones.", people=[Person("Amir Khan")])
    assert result.text == "[PERSON 1] met [PERSON 2]."


def test_redact_many_matches_redact_and_shares_placeholders(redactor: Redactor) -> None:
    texts = [NOTE, "Will Brown and Sarah Jones.", "", "Nothing personal here."]
    registry = PlaceholderRegistry()
    many = list(
        redactor.redact_many(
            [RedactionRequest(t, SUBJECT, tuple(PEOPLE)) for t in texts], placeholders=registry
        )
    )
    single_registry = PlaceholderRegistry()
    singles = [
        redactor.redact(t, subject=SUBJECT, people=PEOPLE, placeholders=single_registry)
        for t in texts
    ]
    assert [r.text for r in many] == [r.text for r in singles]
    assert many[1].text in ("[PERSON 2] and [PERSON 1].", "[PERSON 1] and [PERSON 2].")
    assert many[2].text == "" and many[2].findings == ()


def test_long_text_is_chunked_with_offsets_kept() -> None:
    small = Redactor(load_pipeline(), chunk_chars=1000)
    line = "Sarah Jones rang Amir about the essay, then emailed s.jones@example.org.\n"
    text = line * 60  # about 4.4 KB: several chunks
    assert len(chunk_bounds(text, 1000)) > 3
    result = small.redact(text, subject=SUBJECT, people=PEOPLE)
    assert result.text.count("[PERSON 1]") == 60 and result.text.count("[EMAIL 1]") == 60
    assert sum(1 for f in result.kept if text[f.start : f.end] == "Amir") == 60
    for f in result.findings:
        assert text[f.start : f.end] in {"Sarah Jones", "Amir", "s.jones@example.org"}


def test_size_limit_is_a_clear_error() -> None:
    small = Redactor(load_pipeline(), max_bytes=1000)
    with pytest.raises(InputTooLarge, match="over the redaction limit"):
        small.redact("x" * 1001)
    assert small.redact("Sarah Jones " * 80, people=PEOPLE).text.count("[PERSON 1]") == 80


def test_non_utf8_bytes_are_a_clear_error(redactor: Redactor) -> None:
    with pytest.raises(InvalidText, match="not valid UTF-8"):
        redactor.redact("Sarah Jones".encode("utf-16"))
    with pytest.raises(InvalidText, match="not valid Unicode"):
        redactor.redact(b"Sarah \xff Jones".decode("utf-8", "surrogateescape"))
    assert redactor.redact(b"Sarah Jones", people=PEOPLE).text == "[PERSON 1]"


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\x00"])
def test_empty_or_blank_text(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text, subject=SUBJECT).text == text


def test_control_and_invisible_characters_do_not_hide_names(redactor: Redactor) -> None:
    text = "Sa\u200brah Jones\x00rang. Sarah\u00adJones? Will\x07Brown too."
    result = redactor.redact(text, subject=SUBJECT, people=PEOPLE)
    assert "Sa\u200brah" not in result.text and "Will\x07Brown" not in result.text
    assert result.text.startswith("[PERSON 1]\x00rang.")
    seen = {
        text[f.start : f.end].replace("\u200b", "").replace("\u00ad", "").replace("\x07", " ")
        for f in result.redacted
    }
    assert seen <= {"Sarah Jones", "Will Brown", "Sarah", "Jones", "SarahJones"}, seen
    assert "Will Brown" in seen and "Sarah Jones" in seen


def test_missing_model_names_the_setting_and_the_fix() -> None:
    with pytest.raises(NlpModelNotInstalled) as exc:
        get_redactor("en_core_web_doesnotexist")
    message = str(exc.value)
    assert "PREVENT_GATEWAY_NLP_MODEL" in message and "pip install" in message


def test_loaded_model_is_the_pinned_one(redactor: Redactor) -> None:
    assert redactor.nlp.meta["version"] == "3.8.0"
    assert redactor.nlp.pipe_names == ["ner"]
    assert get_redactor() is redactor  # loaded once per process


def test_no_network_for_tldextract(redactor: Redactor) -> None:
    import os

    import tldextract

    assert os.environ.get("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS") == ""
    assert tldextract.extract("a.b.example.co.uk").suffix == "co.uk"
