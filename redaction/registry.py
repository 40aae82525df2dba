"""The recognizer registry, built from configuration in the style of Presidio's YAML.

``DEFAULT_RECOGNIZERS`` lists every recognizer by name with whether it is on and its score
threshold; :func:`build_registry` turns a list of :class:`RecognizerSpec` into a Presidio
``RecognizerRegistry``. A deployment can pass its own list (e.g. switch one off).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.predefined_recognizers import (
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    NhsRecognizer,
    SpacyRecognizer,
    UkDrivingLicenceRecognizer,
    UkNinoRecognizer,
    UkPassportRecognizer,
    UkPostcodeRecognizer,
    UkVehicleRegistrationRecognizer,
    UrlRecognizer,
)

from . import recognizers as custom
from .name_rules import name_rules

CASE_SENSITIVE = re.DOTALL | re.MULTILINE


@dataclass(frozen=True)
class RecognizerSpec:
    name: str
    enabled: bool = True
    score_threshold: float | None = None


def _case_sensitive(rec: PatternRecognizer) -> PatternRecognizer:
    # Presidio matches case-insensitively by default: "ab12 cde" or "room b12 all" would
    # then look like registrations. UK identifiers are written in capitals.
    rec.global_regex_flags = CASE_SENSITIVE
    return rec


def _url() -> EntityRecognizer:
    # Only URLs with a scheme or "www." (bare "report.docx" or "e.g." are not URLs).
    from presidio_analyzer import Pattern

    base = UrlRecognizer.BASE_URL_REGEX
    return UrlRecognizer(
        patterns=[
            Pattern("Standard Url", r"(?i)(?:https?://)" + base, 0.6),
            Pattern("www Url", r"(?i)www\." + base, 0.6),
        ]
    )


FACTORIES: dict[str, Callable[[], EntityRecognizer | None]] = {
    "SpacyRecognizer": lambda: SpacyRecognizer(supported_entities=["PERSON"]),
    "CaseRoster": lambda: None,  # built per request from the case roster
    "NhsRecognizer": lambda: _case_sensitive(NhsRecognizer()),
    "UkNinoRecognizer": lambda: UkNinoRecognizer(),
    "UkPostcodeRecognizer": lambda: _case_sensitive(UkPostcodeRecognizer()),
    "UkPassportRecognizer": lambda: _case_sensitive(UkPassportRecognizer()),
    "UkPassportContextRecognizer": custom.passport_in_context,
    "UkDrivingLicenceRecognizer": lambda: _case_sensitive(UkDrivingLicenceRecognizer()),
    "UkVehicleRegistrationRecognizer": lambda: _case_sensitive(UkVehicleRegistrationRecognizer()),
    "UkVehicleRegistrationContextRecognizer": custom.vehicle_registration_in_context,
    "UkPhoneRecognizer": custom.uk_phone,
    "EmailRecognizer": custom.FastEmailRecognizer,
    "PresidioEmailRecognizer": lambda: EmailRecognizer(),
    "IpRecognizer": lambda: IpRecognizer(),
    "UrlRecognizer": custom.url,
    "PresidioUrlRecognizer": _url,
    "IbanRecognizer": lambda: IbanRecognizer(),
    "IbanShapeRecognizer": custom.iban_by_shape,
    "UkSortCodeRecognizer": custom.sort_code,
    "UkBankAccountRecognizer": custom.bank_account,
    "DateOfBirthRecognizer": custom.date_of_birth,
    "StreetAddressRecognizer": custom.street_address,
    "StudentNumberRecognizer": custom.student_number,
    "VleUsernameRecognizer": custom.vle_username,
    "UsernameBesideNameRecognizer": custom.UsernameBesideNameRecognizer,
    "SocialHandleRecognizer": custom.social_handle,
    "TitleRelationPersonRecognizer": custom.titled_person,
    "FirstNameGazetteerRecognizer": custom.first_name_gazetteer,
    "ChatSpeakerRecognizer": custom.ChatSpeakerRecognizer,
    "NhsContextRecognizer": custom.nhs_in_context,
    "AddressContextRecognizer": custom.address_in_context,
    "LowercaseTitlePersonRecognizer": custom.lowercase_titled_person,
    "SpeechVerbPersonRecognizer": custom.speaker_person,
    "LowercaseChatNameRecognizer": custom.lowercase_chat_name,
    "NameRulesRecognizer": name_rules,
    "LabelledIdentifierRecognizer": custom.labelled_identifier,
    "UnnumberedAddressRecognizer": custom.unnumbered_address,
    "LabelledDocumentNumberRecognizer": custom.labelled_document_number,
    "LabelledDrivingLicenceRecognizer": custom.labelled_driving_licence,
    "LabelledPhoneRecognizer": custom.labelled_phone,
    "LabelledNhsRecognizer": custom.labelled_nhs,
    "LabelledStudentNumberRecognizer": custom.labelled_student_number,
}

DEFAULT_RECOGNIZERS: tuple[RecognizerSpec, ...] = (
    RecognizerSpec("SpacyRecognizer", score_threshold=0.5),
    RecognizerSpec("CaseRoster"),
    RecognizerSpec("NhsRecognizer", score_threshold=0.3),
    RecognizerSpec("UkNinoRecognizer", score_threshold=0.3),
    RecognizerSpec("UkPostcodeRecognizer", score_threshold=0.05),
    RecognizerSpec("UkPassportRecognizer", score_threshold=0.3),
    RecognizerSpec("UkPassportContextRecognizer"),
    RecognizerSpec("UkDrivingLicenceRecognizer", score_threshold=0.3),
    RecognizerSpec("UkVehicleRegistrationRecognizer", score_threshold=0.3),
    RecognizerSpec("UkVehicleRegistrationContextRecognizer"),
    RecognizerSpec("UkPhoneRecognizer"),
    RecognizerSpec("EmailRecognizer"),
    RecognizerSpec("IpRecognizer", score_threshold=0.5),
    RecognizerSpec("UrlRecognizer", score_threshold=0.5),
    RecognizerSpec("IbanRecognizer"),
    RecognizerSpec("IbanShapeRecognizer"),
    RecognizerSpec("UkSortCodeRecognizer"),
    RecognizerSpec("UkBankAccountRecognizer"),
    RecognizerSpec("DateOfBirthRecognizer"),
    RecognizerSpec("StreetAddressRecognizer"),
    RecognizerSpec("StudentNumberRecognizer"),
    RecognizerSpec("VleUsernameRecognizer"),
    RecognizerSpec("UsernameBesideNameRecognizer"),
    RecognizerSpec("SocialHandleRecognizer"),
    RecognizerSpec("TitleRelationPersonRecognizer"),
    RecognizerSpec("FirstNameGazetteerRecognizer"),
    RecognizerSpec("ChatSpeakerRecognizer"),
    RecognizerSpec("NhsContextRecognizer"),
    RecognizerSpec("AddressContextRecognizer"),
    RecognizerSpec("LowercaseTitlePersonRecognizer"),
    RecognizerSpec("SpeechVerbPersonRecognizer"),
    RecognizerSpec("LowercaseChatNameRecognizer"),
    RecognizerSpec("NameRulesRecognizer"),
    RecognizerSpec("LabelledIdentifierRecognizer"),
    RecognizerSpec("UnnumberedAddressRecognizer"),
    RecognizerSpec("LabelledDocumentNumberRecognizer"),
    RecognizerSpec("LabelledDrivingLicenceRecognizer"),
    RecognizerSpec("LabelledPhoneRecognizer"),
    RecognizerSpec("LabelledNhsRecognizer"),
    RecognizerSpec("LabelledStudentNumberRecognizer"),
)


def build_registry(specs: Sequence[RecognizerSpec] = DEFAULT_RECOGNIZERS) -> RecognizerRegistry:
    """A Presidio registry holding the enabled recognizers of ``specs``."""
    registry = RecognizerRegistry(supported_languages=["en"])
    for spec in specs:
        if not spec.enabled:
            continue
        factory = FACTORIES.get(spec.name)
        if factory is None:
            known = ", ".join(sorted(FACTORIES))
            raise ValueError(f"Unknown recognizer {spec.name!r}; known recognizers: {known}.")
        recognizer = factory()
        if recognizer is None:
            continue
        if spec.score_threshold is not None:
            recognizer.score_thresholds = {"default": spec.score_threshold}
        registry.add_recognizer(recognizer)
    return registry


def roster_enabled(specs: Sequence[RecognizerSpec]) -> bool:
    return any(s.name == "CaseRoster" and s.enabled for s in specs)
