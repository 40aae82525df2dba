"""Focused tests: each recognizer and each name-variant rule, through the public Redactor."""

from __future__ import annotations

import pytest

from redaction import Person, PlaceholderRegistry, Redactor, get_redactor
from redaction.names import name_variants, normalise_name


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return get_redactor()  # cached per process: the model loads once per test session


SUBJECT = Person("Amir Khan", ("Ami",))


def redacted_texts(redactor: Redactor, text: str, **kw: object) -> dict[str, str]:
    result = redactor.redact(text, subject=kw.pop("subject", SUBJECT), **kw)  # type: ignore[arg-type]
    return {text[f.start : f.end]: f.entity_type for f in result.findings if f.action == "redacted"}


def kept_texts(redactor: Redactor, text: str, **kw: object) -> set[str]:
    result = redactor.redact(text, subject=kw.pop("subject", SUBJECT), **kw)  # type: ignore[arg-type]
    return {text[f.start : f.end] for f in result.findings if f.action == "kept"}


@pytest.mark.parametrize(
    ("sentence", "value", "entity"),
    [
        ("Call her on 07700 900123 today.", "07700 900123", "PHONE_NUMBER"),
        ("Her mobile is +44 7700 900456.", "+44 7700 900456", "PHONE_NUMBER"),
        ("Office: (0113) 496 0123.", "(0113) 496 0123", "PHONE_NUMBER"),
        ("Landline 020 7946 0958 only.", "020 7946 0958", "PHONE_NUMBER"),
        ("Her NHS number is 943 476 5919.", "943 476 5919", "UK_NHS"),
        ("NI number QQ 12 34 56 C is fake; his is AB 12 34 56 C.", "AB 12 34 56 C", "UK_NINO"),
        ("Her passport number is 123456789.", "123456789", "UK_PASSPORT"),
        ("The car, registration AB12 CDE, was seen.", "AB12 CDE", "UK_VEHICLE_REGISTRATION"),
        ("Sort code 20-45-67, account 31926819.", "20-45-67", "UK_SORT_CODE"),
        ("Sort code 20-45-67, account 31926819.", "31926819", "UK_BANK_ACCOUNT"),
        ("IBAN GB29 NWBK 6016 1331 9268 19 was given.", "GB29 NWBK 6016 1331 9268 19", "IBAN_CODE"),
        ("Logged in from 203.0.113.7 at night.", "203.0.113.7", "IP_ADDRESS"),
        ("Her email is sarah.jones@example.org.uk.", "sarah.jones@example.org.uk", "EMAIL_ADDRESS"),
        ("Profile: https://www.facebook.com/sarah.j", "https://www.facebook.com/sarah.j", "URL"),
        ("Posts as @blackflag_88 on X.", "@blackflag_88", "SOCIAL_HANDLE"),
        ("Her VLE username is k.morgan22.", "k.morgan22", "USERNAME"),
        ("She lives at 14 Elm Grove with him.", "14 Elm Grove", "STREET_ADDRESS"),
        (
            "She lives at Flat 3, 27 Victoria Road now.",
            "Flat 3, 27 Victoria Road",
            "STREET_ADDRESS",
        ),
        ("Her postcode is LS6 2AB.", "LS6 2AB", "UK_POSTCODE"),
        ("Student S1234567 (not the subject) complained.", "S1234567", "STUDENT_NUMBER"),
    ],
)
def test_identifier_of_a_third_party_is_redacted(
    redactor: Redactor, sentence: str, value: str, entity: str
) -> None:
    found = redacted_texts(
        redactor, "Sarah Jones said so. " + sentence, people=[Person("Sarah Jones")]
    )
    assert found.get(value) == entity, found


def test_driving_licence_is_redacted(redactor: Redactor) -> None:
    text = "Sarah Jones left her licence MORGA753116SM9IJ in the lab."
    assert (
        redacted_texts(redactor, text, people=[Person("Sarah Jones")]).get("MORGA753116SM9IJ")
        == "UK_DRIVING_LICENCE"
    )


def test_nhs_number_with_bad_checksum_is_not_an_nhs_number(redactor: Redactor) -> None:
    found = redacted_texts(redactor, "Reference 943 476 5918 on the letter.")
    assert "943 476 5918" not in found


def test_date_of_birth_only_in_a_birth_context(redactor: Redactor) -> None:
    text = (
        "We met Sarah Jones on 12 March 2025. Sarah Jones, date of birth 03/07/2004, "
        "was born on 3 July 2004."
    )
    found = redacted_texts(redactor, text, people=[Person("Sarah Jones")])
    assert found.get("03/07/2004") == "DATE_OF_BIRTH"
    assert found.get("3 July 2004") == "DATE_OF_BIRTH"
    assert "12 March 2025" not in found


def test_student_number_written_as_digits_after_student_no(redactor: Redactor) -> None:
    text = "Sarah Jones, student no. 2034178, reported it."
    assert redacted_texts(redactor, text, people=[Person("Sarah Jones")]).get("2034178") == (
        "STUDENT_NUMBER"
    )


def test_role_mailbox_is_not_personal(redactor: Redactor) -> None:
    found = redacted_texts(
        redactor, "Write to prevent@example.ac.uk or safeguarding@example.ac.uk."
    )
    assert found == {}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Sarah Jones came in.", "Sarah Jones"),
        ("Later Sarah came back.", "Sarah"),
        ("Ms Jones was upset.", "Ms Jones"),  # the title goes with the name
        ("Signed, S. Jones", "S. Jones"),
        ("Signed, S Jones", "S Jones"),
        ("It was Sarah's idea.", "Sarah"),
        ("It was Sarah’s idea.", "Sarah"),
        ("[19:04] someone: sarah said no", "sarah"),
        ("SARAH JONES shouted.", "SARAH JONES"),
    ],
)
def test_roster_name_variants(redactor: Redactor, text: str, mention: str) -> None:
    assert redacted_texts(redactor, text, people=[Person("Sarah Jones")]).get(mention) == "PERSON"


def test_hyphenated_and_accented_names(redactor: Redactor) -> None:
    people = [Person("Mary-Jane Ellis-Clarke"), Person("Piotr Król")]
    text = "Mary-Jane met Piotr Krol and Król. Ellis-Clarke and Clarke left. M. Ellis-Clarke too."
    found = redacted_texts(redactor, text, people=people)
    for mention in ("Mary-Jane", "Piotr Krol", "Król", "Ellis-Clarke", "Clarke", "M. Ellis-Clarke"):
        assert found.get(mention) == "PERSON", (mention, found)


def test_apostrophe_surname(redactor: Redactor) -> None:
    found = redacted_texts(
        redactor, "Declan O’Neill and O'Neill's mother.", people=[Person("Declan O'Neill")]
    )
    assert found.get("Declan O’Neill") == "PERSON"
    assert found.get("O'Neill") == "PERSON"


def test_names_that_are_words_only_when_used_as_names(redactor: Redactor) -> None:
    people = [
        Person("Will Brown"),
        Person("Hope Patel"),
        Person("Grace Lee"),
        Person("Mark Davies"),
    ]
    text = (
        "I hope Hope is well. Will you check? Will asked for it. We will mark it as done "
        "and the grace period is long. Mark the form. Grace said yes. Mark's notes are "
        "brown. Kind regards,\nWill\n"
    )
    result = redactor.redact(text, subject=SUBJECT, people=people)
    red = sorted((f.start, text[f.start : f.end]) for f in result.redacted)
    names = [t for _, t in red]
    assert names.count("Hope") == 1 and text.index("Hope") == red[0][0]
    assert names.count("Will") == 2  # "Will asked" and the signature, not "Will you"
    assert "Grace" in names and "Mark" in names  # "Grace said", "Mark's notes"
    assert "will" not in names and "hope" not in names and "brown" not in names
    assert (
        "Mark the form" not in result.text or "[PERSON" not in result.text.split("Mark the")[0][-3:]
    )
    assert "Mark the form" in result.text


def test_unlisted_people_are_found(redactor: Redactor) -> None:
    text = "Dr Okafor rang. His brother Yusuf and a student called Liam Doyle were there."
    found = redacted_texts(redactor, text)
    # the title goes with an unlisted name: "Mrs" or "Mr" would tell the person's sex
    assert found.get("Dr Okafor") == "PERSON"
    assert found.get("Yusuf") == "PERSON"
    assert found.get("Liam Doyle") == "PERSON"


def test_not_personal_data_stays(redactor: Redactor) -> None:
    text = (
        "Case PRV-2025-014: the Prevent Lead met the Student Support Team on Teams at 14:30 "
        "on 12 March 2025 about PSY2031 under section 7.3 of the policy. West Yorkshire "
        "Police and Leeds City Council were told. Telegram and WhatsApp were mentioned."
    )
    assert redacted_texts(redactor, text) == {}


def test_name_variants_and_normalisation() -> None:
    texts = {v.text for v in name_variants("Sarah Jane O'Connor-Smith")}
    assert {
        "Sarah Jane O'Connor-Smith",
        "Sarah O'Connor-Smith",
        "Sarah",
        "O'Connor-Smith",
        "S. O'Connor-Smith",
        "Smith",
        "Jane O'Connor-Smith",
    } <= texts
    assert normalise_name("Mrs Król’s") == "krol"


def test_placeholders_are_stable_across_texts(redactor: Redactor) -> None:
    registry = PlaceholderRegistry()
    people = [Person("Sarah Jones"), Person("Will Brown")]
    a = redactor.redact(
        "Sarah Jones met Will Brown.", subject=SUBJECT, people=people, placeholders=registry
    )
    b = redactor.redact(
        "Will Brown then met Sarah.", subject=SUBJECT, people=people, placeholders=registry
    )
    assert a.text == "[PERSON 1] met [PERSON 2]."
    assert b.text == "[PERSON 2] then met [PERSON 1]."


def test_chat_speakers_are_usernames_only_in_a_chat_log(redactor: Redactor) -> None:
    chat = "tashworth: hi\nolindqvist: no\ntashworth: ok then\n"
    found = redacted_texts(redactor, chat)
    assert found.get("tashworth") == "USERNAME" and found.get("olindqvist") == "USERNAME"
    notes = "note: the meeting moved.\nAll agreed.\n"
    assert redacted_texts(redactor, notes) == {}


def test_nhs_number_after_nhs_number_even_with_bad_checksum(redactor: Redactor) -> None:
    found = redacted_texts(
        redactor, "Sarah Jones, NHS number: 485 777 3456.", people=[Person("Sarah Jones")]
    )
    assert found.get("485 777 3456") == "UK_NHS"


def test_address_after_lives_at_without_a_street_word(redactor: Redactor) -> None:
    found = redacted_texts(
        redactor, "Sarah Jones lives at 3 Heol Y Felin, Cardiff.", people=[Person("Sarah Jones")]
    )
    assert found.get("3 Heol Y Felin") == "STREET_ADDRESS"


def test_lowercase_chat_title_and_names(redactor: Redactor) -> None:
    found = redacted_texts(
        redactor,
        "im going to tell dr hollis. grace laughed. i hope it works",
        people=[Person("Grace Lee"), Person("Hope Patel")],
    )
    assert found == {"dr hollis": "PERSON", "grace": "PERSON"}  # the title goes with the name


def test_ner_view_keeps_offsets_and_blanks_only_nameless_sentences() -> None:
    from redaction.ner_filter import build_ignorable, ner_view

    text = "He said no. The visitor, Patrick Byrne, left.\nSarah Jones rang on Monday."
    view = ner_view(text, build_ignorable({"he", "the"}, ["Sarah", "Jones"]))
    assert len(view) == len(text)
    assert view.strip().startswith("The visitor, Patrick Byrne, left.")
    assert "Sarah" not in view and "\n" in view


def test_unlisted_person_found_once_is_redacted_everywhere(redactor: Redactor) -> None:
    text = (
        "A student, Piotr Król, met Émile Zola-Brun. Hope said no. Émile Zola-Brun told me. "
        "Later Zola-Brun left with Król."
    )
    result = redactor.redact(text, subject=SUBJECT)
    assert result.text == (
        "A student, [PERSON 1], met [PERSON 2]. [PERSON 3] said no. [PERSON 2] told me. "
        "Later [PERSON 2] left with [PERSON 1]."
    )


def test_username_after_filler_words_and_not_file_names(redactor: Redactor) -> None:
    text = (
        "Sarah Jones said his username there is cal_b_1999. Her login is k.morgan22. "
        "See report.pdf and gov.uk, e.g. this."
    )
    found = redacted_texts(redactor, text, people=[Person("Sarah Jones")])
    assert found.get("cal_b_1999") == "USERNAME" and found.get("k.morgan22") == "USERNAME"
    assert not {"report.pdf", "gov.uk", "e.g", "there"} & set(found)


def test_organisation_with_acronym_is_not_a_person(redactor: Redactor) -> None:
    text = "Nadia noted that the police (DC Rob Hughes, Leeds CID) know him. He lives in Leeds."
    found = redacted_texts(redactor, text)
    assert "Leeds" not in found and "Leeds CID" not in found
    assert found.get("DC Rob Hughes") == "PERSON"  # the title goes with the name


def test_lowercase_chat_names_only_where_used_as_names() -> None:
    from redaction.recognizers import LowercaseChatNameRecognizer

    recognizer = LowercaseChatNameRecognizer()

    def found(text: str) -> list[str]:
        return [text[r.start:r.end] for r in recognizer.analyze(text, [])]

    assert found("him and kyle were gonna sort it. kyle's number is on the group") == [
        "kyle", "kyle"
    ]
    assert found("cheers daniel see u at 6") == ["daniel"]
    # Listed names that are also words or dates, and names with no name-like context, stay.
    assert found("meeting on 3 jan and 4 jun with amber lights and holly") == []
    assert found("the ryan air flight") == []
