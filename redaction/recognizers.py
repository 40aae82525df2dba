"""Pattern recognizers for identifiers Presidio does not cover (or covers badly) in UK notes.

Each recognizer returns the span of the named group ``v`` when its regex has one, so a
context phrase ("date of birth", "sort code") can be required without being redacted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from .names import COMMON_WORD_NAMES, fold_accents

Validator = Callable[[str], bool]

#: Entity type of the heuristic person recognizers (titles, relations, first names, speech
#: verbs). Kept apart from NER's PERSON so Presidio's duplicate removal does not drop a
#: precise heuristic span inside a wider NER span; the decisions map it back to PERSON.
PERSON_HINT = "PERSON_HINT"


@dataclass(frozen=True)
class GroupPattern:
    name: str
    regex: str
    score: float
    flags: int = 0
    #: A regex the text must match somewhere for the pattern to be tried at all: a cheap
    #: test that spares the whole pattern on most texts (speed only, never a rule).
    needs: str = ""


class GroupPatternRecognizer(LocalRecognizer):
    """A regex recognizer that can report a named group ``v`` instead of the whole match."""

    name: str

    def __init__(
        self,
        name: str,
        entity: str,
        patterns: Sequence[GroupPattern],
        validator: Validator | None = None,
    ) -> None:
        self.patterns = list(patterns)
        self._compiled = [(p, re.compile(p.regex, p.flags)) for p in self.patterns]
        self._needs = {p.name: re.compile(p.needs) for p in self.patterns if p.needs}
        self.validator = validator
        super().__init__(supported_entities=[entity], name=name, context=[])

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        entity = self.supported_entities[0]
        results: list[RecognizerResult] = []
        for pattern, rx in self._compiled:
            needs = self._needs.get(pattern.name)
            if needs is not None and needs.search(text) is None:
                continue
            for m in rx.finditer(text):
                if "v" in rx.groupindex and m.group("v") is not None:
                    start, end = m.span("v")
                elif "w" in rx.groupindex and m.group("w") is not None:
                    start, end = m.span("w")
                else:
                    start, end = m.span()
                if entity in ("USERNAME", "SOCIAL_HANDLE"):
                    while end > start and text[end - 1] in "._-":
                        end -= 1  # "login is k.morgan22." ends the sentence
                value = text[start:end]
                if end <= start or (self.validator is not None and not self.validator(value)):
                    continue
                results.append(
                    RecognizerResult(
                        entity_type=entity,
                        start=start,
                        end=end,
                        score=pattern.score,
                        analysis_explanation=AnalysisExplanation(
                            recognizer=self.name,
                            original_score=pattern.score,
                            pattern_name=pattern.name,
                            pattern=pattern.regex,
                        ),
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                            "pattern": pattern.name,
                        },
                    )
                )
        return results


IGNORE_CASE = re.IGNORECASE

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTHS + r"\.?,?\s+\d{2,4}"
    r"|" + MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})"
    r"|\d{4}-\d{2}-\d{2})"
)


_EXTENSION = re.compile(r",?[ \t]*(?:ext\.?|extension|x)[ \t]*\d{2,6}$", re.IGNORECASE)


def uk_phone() -> GroupPatternRecognizer:
    def valid(value: str) -> bool:
        value = _EXTENSION.sub("", value)  # "0161 856 0000 ext 4471": the line's own number
        digits = re.sub(r"\D", "", value)
        if value.startswith("+") and not digits.startswith("44"):
            return 8 <= len(digits) <= 15  # "+40 721 555 018": a number abroad (a relative's)
        if digits.startswith("44"):
            digits = "0" + digits[2:].lstrip("0")
        elif digits.startswith("0044"):
            digits = "0" + digits[4:]
        return len(digits) in (10, 11) and digits.startswith("0") and digits[1] != "0"

    return GroupPatternRecognizer(
        "UkPhoneRecognizer",
        "PHONE_NUMBER",
        [
            GroupPattern(
                "uk phone",
                r"(?<![\w+/.-])(?P<v>(?:\+44[\s-]?(?:\(0\)[\s-]?)?\d{2,4}|0044[\s-]?\d{2,4}"
                r"|\(0\d{2,4}\)|0\d{2,4})(?:[\s-]?\d){6,8}"
                # an extension is the person's own line: "0161 856 0000 ext 4471", "x204"
                r"(?:,?[ \t]*(?:ext\.?|extension|x)[ \t]*\d{2,6})?)(?![\w/-])",
                0.7,
            ),
            GroupPattern(
                "international phone",
                r"(?<![\w+/.-])(?P<v>\+(?!44)[1-9]\d{0,2}(?:[ \t-]?\(?\d{1,4}\)?){2,5})"
                r"(?![\w/-])",
                0.6,
            ),
        ],
        valid,
    )


def student_number() -> GroupPatternRecognizer:
    return GroupPatternRecognizer(
        "StudentNumberRecognizer",
        "STUDENT_NUMBER",
        [
            GroupPattern("S + 7 digits", r"(?<![\w/-])(?P<v>[Ss]\d{7})(?![\w/-])", 0.9),
            GroupPattern(
                # "Cousin Tobi Oyelaran also enrolled (O5520931)": an enrolled person's number
                "number in brackets after 'enrolled'",
                r"\benrolled\b[^\n()]{0,20}\([ \t]*(?:[a-z ]{0,12},[ \t]*)?"
                r"(?P<v>[A-Z]{0,3}-?\d[\dA-Z-]{5,12})[ \t]*\)",
                0.85,
                needs="(?i)enrolled",
            ),
            GroupPattern(
                # "Leon Whitfield (student, ID: 24-330975)", "classmate (student 2301-7746)"
                "hyphenated number after 'student'",
                r"\bstudent\b[^\n():;]{0,20}?(?:\b(?:ID|id|no\.?|number)\b)?[ \t]*[:#]?[ \t]*"
                r"(?P<v>\d{2,4}-\d{4,7})(?![\w-])",
                0.85,
                IGNORE_CASE,
                needs=r"\d-\d",
            ),
            GroupPattern(
                "student number in context",
                r"\bstudent\s*(?:no\.?|num(?:ber)?|id|ref(?:erence)?|#)\s*(?:is\s*)?[:#]?\s*"
                r"(?P<v>[Ss]?\d{7})\b",
                0.95,
                IGNORE_CASE,
            ),
        ],
    )


def sort_code() -> GroupPatternRecognizer:
    return GroupPatternRecognizer(
        "UkSortCodeRecognizer",
        "UK_SORT_CODE",
        [
            GroupPattern(
                "sort code in context",
                r"\bsort[\s-]*code\s*(?:is\s*)?[:#]?\s*(?P<v>\d{2}[-\s]?\d{2}[-\s]?\d{2})\b",
                0.95,
                IGNORE_CASE,
            )
        ],
    )


def bank_account() -> GroupPatternRecognizer:
    return GroupPatternRecognizer(
        "UkBankAccountRecognizer",
        "UK_BANK_ACCOUNT",
        [
            GroupPattern(
                "account number in context",
                r"\b(?:account|a/c|acct|acc)\.?\s*(?:no\.?|number|num|#)?\s*(?:is\s*)?[:#]?\s*"
                r"(?P<v>\d{8})\b",
                0.9,
                IGNORE_CASE,
            ),
            GroupPattern(
                "sort code then account",
                r"\b\d{2}-\d{2}-\d{2}[\s,/]+(?:(?:account|a/c|acct)\.?\s*(?:no\.?|number)?"
                r"\s*[:#]?\s*)?(?P<v>\d{8})\b",
                0.9,
                IGNORE_CASE,
            ),
        ],
    )


def date_of_birth() -> GroupPatternRecognizer:
    ctx = (
        r"(?:\bd\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|\bborn(?:\s+on)?|\bbirthday(?:\s+is)?"
        r"|\bbirth\s*date)"
    )
    return GroupPatternRecognizer(
        "DateOfBirthRecognizer",
        "DATE_OF_BIRTH",
        [
            GroupPattern(
                "date in birth context",
                ctx + r"[\s:,(\-–]*(?:(?:is|was|of|on|being)\s+)?[\s:,(\-–]*(?P<v>" + DATE + r")",
                0.95,
                IGNORE_CASE,
            )
        ],
    )


STREET_TYPES = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Cl|Drive|Dr|Way|Crescent|Cres|Court|Ct"
    r"|Place|Pl|Terrace|Tce|Gardens|Gdns|Grove|Gr|Hill|Square|Sq|Mews|Row|Walk|Park|Rise|View"
    r"|Parade|Green|Vale|Boulevard|Wharf|Yard|Heights|Parkway|Croft|Fold|Gate|Meadow|Meadows"
    r"|Approach|Chase|Circus|Quay|Villas|Cottages|Estate)"
)


def street_address() -> GroupPatternRecognizer:
    name_word = r"[A-Z][A-Za-z'’\-]+"
    return GroupPatternRecognizer(
        "StreetAddressRecognizer",
        "STREET_ADDRESS",
        [
            GroupPattern(
                "numbered street line",
                r"(?P<v>(?:(?:Flat|Apartment|Apt|Unit|Room)\s+\d+[A-Za-z]?,?\s+"
                r"(?:[A-Z][A-Za-z'’\-]+\s+(?:House|Court|Hall|Halls|Building|Lodge|Block)"
                r"\s*,?\s+)?)?"
                # not the year of a date ("15/10/2026  Lecturer Dr Brandt")
                r"(?<![/.:-])\b\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?\s+(?:"
                + name_word
                + r"\s+){1,3}"
                + STREET_TYPES
                + r")\b\.?",
                0.85,
            ),
            GroupPattern(
                "flat in a named building",
                r"(?P<v>\b(?:Flat|Apartment|Apt|Room)\s+[A-Z]?\d*[A-Za-z]?,?\s+(?:"
                + name_word
                + r"\s+){1,3}(?:House|Court|Hall|Halls|Building|Lodge|Block|Tower|Mansions|Lofts|"
                r"Apartments|Residence|Residences|Point|Wharf|Quay|Works|Mill))\b",
                0.8,
            ),
        ],
    )


def social_handle() -> GroupPatternRecognizer:
    return GroupPatternRecognizer(
        "SocialHandleRecognizer",
        "SOCIAL_HANDLE",
        [
            GroupPattern(
                "@handle",
                r"(?<![\w@.])(?P<v>@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@])",
                0.85,
            )
        ],
    )


_NOT_USERNAMES = frozenset(
    "covid19 mp3 mp4 win10 win11 python3 h264 y2k 4g 5g a1 b2 ipv4 ipv6 sha256 utf8 "
    "x86 x64 e2e b2b mod mods admin admins op staff".split()
)


_NOT_USERNAME_ENDINGS = frozenset(
    "pdf doc docx txt jpg jpeg png gif csv xls xlsx ppt pptx zip mp3 mp4 mov html htm com uk "
    "org net gov ac edu io py js json xml eml msg".split()
)


#: How often (wordfreq) a word is written for it to be a word in use, not a handle.
_WORD_IN_USE = 1e-7


def vle_username() -> GroupPatternRecognizer:
    from .lexicon import lexicon

    def valid(value: str) -> bool:
        low = value.casefold()
        if low in _NOT_USERNAMES:
            return False
        if low.isalpha() and (
            low in lexicon().words or lexicon().frequency.get(low, 0.0) >= _WORD_IN_USE
        ):
            # "(moderator)", "(tutor)", "(flatmate)", "(wellbeing)": a role in brackets,
            # a word in everyday use, not a handle
            return False
        parts = re.split(r"[._]", low)
        if len(parts) > 1:
            if parts[-1] in _NOT_USERNAME_ENDINGS or len(low) < 5:
                return False  # report.pdf, gov.uk, e.g
            if not any(len(p) >= 3 for p in parts):
                return False
        return True

    uname = r"[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*"
    return GroupPatternRecognizer(
        "VleUsernameRecognizer",
        "USERNAME",
        [
            GroupPattern(
                "username in context",
                r"\b(?:user\s*name|user\s*id|login(?:\s*id)?|log-?in|logged\s+in\s+as|"
                r"vle\s+(?:account|id|user(?:name)?)|account\s+name|handle|screen\s*name)"
                r"(?:[ \t]+(?:there|here|now|then|currently|on\s+\w+|is|was|of|being)\b)*"
                r"\s*(?:[:\"'“(]\s*(?P<v>" + uname + r")|(?P<w>[A-Za-z][A-Za-z0-9]*[._\d]"
                r"[A-Za-z0-9._-]*))",
                0.9,
                IGNORE_CASE,
            ),
            GroupPattern(
                "chat speaker",
                r"(?m)^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*[-–]?\s*)?(?P<v>[a-z][a-z0-9]*"
                r"(?:[._-][a-z0-9]+)*\d[a-z0-9]*|[a-z]+[._][a-z]+[a-z0-9]*)\s*:\s",
                0.9,
            ),
            GroupPattern(
                # "Ibrahim bin Yusof (ibinyusof) wrote:", a forum's post header
                "username in brackets after a name",
                r"[A-Z][\w'’-]+[ \t]+\((?P<v>[a-z][a-z0-9]*(?:[._][a-z0-9]+)*)\)"
                r"(?=[ \t]*(?:wrote|posted|said|replied|,?[ \t]*\d{1,2}:\d{2}|:))",
                0.85,
            ),
            GroupPattern(
                # 'a user named "Dai_Ddraig1400"': a handle in quotes after "user"
                "quoted username after 'user'",
                r"(?i:\b(?:user|account|player|gamer)[ \t]+(?:named|called)?[ \t]*)[\"“'‘]"
                r"(?P<v>[A-Za-z][A-Za-z0-9]*(?:[._-]?[A-Za-z0-9]+)*)[\"”'’]",
                0.8,
            ),
            GroupPattern(
                "username-like token",
                r"(?<![\w@./\\-])(?P<v>[a-z]{1,12}[._]?[a-z]{2,15}\d{2,4}|"
                r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+(?:-[a-z0-9]+)*)(?![\w@/-]|\.\w)",
                0.6,
            ),
            GroupPattern(
                # "discord Wolf#1234": a Discord name with its four-digit tag
                "name with a Discord tag",
                r"(?<![\w@#])(?P<v>[A-Za-z][\w.]{1,30}#\d{4})(?!\d)",
                0.85,
                needs=r"#\d{4}",
            ),
            GroupPattern(
                # "Session IPs: okovalenko22 198.51.100.23; mbrzezinska 198.51.100.88": an
                # account name right before the address it logged in from
                "username before an IP address",
                r"(?<![\w@./-])(?P<v>[a-z][a-z0-9]{2,}(?:[._][a-z0-9]+)*)[ \t]+\(?"
                r"(?=\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|[0-9a-f]{1,4}:[0-9a-f]{0,4}:[0-9a-f:]+)",
                0.8,
                needs=r"\d\.\d{1,3}\.\d|[0-9a-f]{1,4}:[0-9a-f]{0,4}:[0-9a-f]{0,4}:",
            ),
            GroupPattern(
                # "a man calling himself CapitanulVerde": a handle in camel case after a name
                # someone goes by
                "handle someone goes by",
                r"(?:\b(?:call(?:s|ing|ed)?[ \t]+(?:himself|herself|themselves)|goes[ \t]+by|"
                r"going[ \t]+by|known[ \t]+(?:online[ \t]+)?as|as|called|named)[ \t]+[\"“'‘]?)"
                # "CapitanulVerde", "ScotsFirst1314", "DeenWarrior_77": capitals inside a word
                r"(?P<v>[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+(?:_?\d+)?)\b",
                0.8,
                needs=r"[a-z][A-Z]",
            ),
        ],
        valid,
    )


def vehicle_registration_in_context() -> GroupPatternRecognizer:
    """Registrations written after a plate/car phrase even in lower case ("reg ab12cde")."""
    return GroupPatternRecognizer(
        "UkVehicleRegistrationContextRecognizer",
        "UK_VEHICLE_REGISTRATION",
        [
            GroupPattern(
                "registration in context",
                r"\b(?:reg(?:istration)?(?:\s+(?:no\.?|number|plate|mark))?|number\s*plate|"
                r"plate|vrn)\s*(?:is|was)?\s*[:#]?\s*(?P<v>[A-Za-z]{2}\d{2}\s?[A-Za-z]{3})\b",
                0.9,
                IGNORE_CASE,
            ),
            GroupPattern(
                # older and Northern Irish plates ("reg OIW 4527", "A123 BCD") after the
                # word: capitals and digits only, so "reg no 12" is not taken
                "older registration in context",
                r"\b(?:reg(?:istration)?(?:\s+(?:no\.?|number|plate|mark))?|number\s*plate|"
                r"plate|vrn)\s*(?:is|was)?\s*[:#]?\s*"
                r"(?P<v>(?-i:[A-Z]{1,3}\s?\d{1,4}|[A-Z]\d{1,3}\s?[A-Z]{3}|\d{1,4}\s?[A-Z]{1,3}))"
                r"(?![\w-])",
                0.85,
                IGNORE_CASE,
            ),
            GroupPattern(
                # a Northern Irish plate near a vehicle word ("Vehicle outside the house, AXZ
                # 4172, is registered to…"): its letters end in I or Z
                "Northern Irish or prefix registration near a vehicle",
                r"\b(?:vehicle|car|van|motorbike|taxi|lorry|registered|parked|driving|drove)\b"
                r"[^\n]{0,40}?(?-i:\b(?P<v>(?:[A-Z]?[IZ][A-Z]|[A-Z]{1,2}[IZ])[ ]?\d{1,4}|"
                # a prefix plate: "a van, Y482 HFT, registered to…"
                r"[A-Z]\d{1,3}[ ][A-Z]{3}))(?![\w-])",
                0.8,
                IGNORE_CASE,
                needs=r"(?i)\b(?:vehicle|car|van|motorbike|taxi|lorry|registered|parked|driv)",
            ),
        ],
    )


def iban_by_shape() -> GroupPatternRecognizer:
    """An IBAN by its shape, whatever its check digits: two letters, two digits, then groups
    of four letters and digits ("GB47 LOYD 3091 2264 8815 07", "RO66 BTRL 0130 1205 4472
    1390"). Presidio's recognizer drops a mistyped one, which is still someone's account."""
    return GroupPatternRecognizer(
        "IbanShapeRecognizer",
        "IBAN_CODE",
        [
            GroupPattern(
                "IBAN by its shape",
                r"(?<![\w-])(?P<v>[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?)"
                r"(?![\w-])",
                0.85,
            )
        ],
    )


TITLE_WORDS = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Imam|Sgt|Sergeant|PC|DC|DS|DI"
    r"|Insp|Inspector|Cllr|Councillor|Constable)"
)
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
LETTER = r"(?:[^\W\d_]|['’])"
PERSON_NAME = rf"[{UPPER}]{LETTER}+(?:-[{UPPER}]{LETTER}+)?"


def titled_person() -> GroupPatternRecognizer:
    """Unlisted people named with a title or a family/social relation."""
    relation = (
        r"(?:brother|sister|mother|father|mum|mom|dad|step-?(?:mother|father|dad|mum)|cousin|"
        r"uncle|aunt|auntie|nan|gran|grandmother|grandfather|friend|flatmate|housemate|"
        r"roommate|girlfriend|boyfriend|partner|wife|husband|son|daughter|neighbour|"
        r"classmate|colleague|tutor|lecturer|supervisor|counsellor|advisor|adviser|caseworker|"
        r"officer|coordinator|manager|named|called|known(?:\s+to\s+\w+)?\s+as|"
        r"goes\s+by|nicknamed)"
    )
    return GroupPatternRecognizer(
        "TitleRelationPersonRecognizer",
        PERSON_HINT,
        [
            GroupPattern(
                "title + name",
                r"\b"
                + TITLE_WORDS
                + r"\.?\s+(?P<v>"
                + PERSON_NAME
                + r"(?:\s+"
                + PERSON_NAME
                + r")?)",
                0.8,
            ),
            GroupPattern(
                "relation + name",
                r"\b"
                + relation
                + r"\s*,?\s+(?P<v>"
                + PERSON_NAME
                + r"(?:\s+"
                + PERSON_NAME
                + r")?)(?=[\s,.;:!?)'’]|$)",
                0.6,
            ),
        ],
    )


def passport_in_context() -> GroupPatternRecognizer:
    """UK passport numbers (9 digits, or 2 letters + 7 digits) after a passport phrase."""
    return GroupPatternRecognizer(
        "UkPassportContextRecognizer",
        "UK_PASSPORT",
        [
            GroupPattern(
                "passport number in context",
                r"\bpassport(?:\s*(?:no\.?|number|num|#))?[^\n\d]{0,40}?"
                r"(?P<v>\d{9}|[A-Za-z]{2}\d{7})\b",
                0.95,
                IGNORE_CASE,
            )
        ],
    )


def _load_first_names() -> frozenset[str]:
    from importlib.resources import files

    raw = files("redaction").joinpath("first_names.txt").read_text(encoding="utf-8")
    return frozenset(
        w for line in raw.splitlines() if not line.startswith("#") for w in line.split()
    )


def _found(
    recognizer: UsernameBesideNameRecognizer
    | FastEmailRecognizer
    | ChatSpeakerRecognizer
    | FirstNameGazetteerRecognizer
    | LowercaseChatNameRecognizer,
    entity: str,
    start: int,
    end: int,
    score: float,
    why: str,
    metadata: dict[str, str] | None = None,
) -> RecognizerResult:
    """A result of one of our recognizers, saying why it was found."""
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        analysis_explanation=AnalysisExplanation(
            recognizer=recognizer.name, original_score=score, textual_explanation=why
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            **(metadata or {}),
        },
    )


def _person_hint(
    recognizer: FirstNameGazetteerRecognizer | LowercaseChatNameRecognizer,
    start: int,
    end: int,
    score: float,
    why: str,
    confidence: str = "high",
) -> RecognizerResult:
    """A PERSON_HINT result from one of our name heuristics (checked later in context)."""
    return _found(
        recognizer, PERSON_HINT, start, end, score, why, {"confidence": confidence, "why": why}
    )


class FirstNameGazetteerRecognizer(LocalRecognizer):
    name: str
    """Capitalised common first names (token lookup), with a following surname if any.

    Works on the spaCy tokens, so its cost is one set lookup per token.
    """

    def __init__(self) -> None:
        self.names = _load_first_names()
        super().__init__(
            supported_entities=[PERSON_HINT], name="FirstNameGazetteerRecognizer", context=[]
        )

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        names = self.names
        results: list[RecognizerResult] = []
        for m in _CAPITALISED.finditer(text):
            if m.group(1).lower() not in names:
                continue
            start, end = m.span()
            surname = _SURNAME_AFTER.match(text, end)
            if surname is not None:
                end = surname.end()
            results.append(_person_hint(self, start, end, 0.6, "common first name"))
        return results


_SURNAME = rf"(?:O['’]|Mc|Mac)?[{UPPER}]{LETTER}+(?:-[{UPPER}]{LETTER}+)?"
# A capitalised word (group 1) with hyphenated parts; then an optional capitalised surname.
_CAPITALISED = re.compile(
    rf"(?<![\w@./\\-])([{UPPER}][^\W\d_]+)(?:-[{UPPER}][^\W\d_]+)*(?![\w@]|[-_.]\w)"
)
_SURNAME_AFTER = re.compile(r"[ \t]" + _SURNAME + r"(?![\w@]|[-_.]\w)")


def first_name_gazetteer() -> FirstNameGazetteerRecognizer:
    return FirstNameGazetteerRecognizer()


_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9._%+\-']{1,64}$")
_EMAIL_DOMAIN = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b"
)


class FastEmailRecognizer(LocalRecognizer):
    name: str
    """E-mail addresses, found from each "@" outwards (Presidio's regex scans every position).

    The top-level domain must be alphabetic, as in Presidio's tldextract check.
    """

    def __init__(self) -> None:
        super().__init__(supported_entities=["EMAIL_ADDRESS"], name="EmailRecognizer", context=[])

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        pos = text.find("@")
        while pos != -1:
            local = _EMAIL_LOCAL.search(text, max(0, pos - 64), pos)
            domain = _EMAIL_DOMAIN.match(text, pos + 1)
            if local is not None and domain is not None:
                start = local.start()
                while start < pos and text[start] in ".'-":
                    start += 1
                end = domain.end()
                if start < pos:
                    results.append(
                        RecognizerResult(
                            entity_type="EMAIL_ADDRESS",
                            start=start,
                            end=end,
                            score=1.0,
                            analysis_explanation=AnalysisExplanation(
                                recognizer=self.name,
                                original_score=1.0,
                                textual_explanation="e-mail address",
                            ),
                            recognition_metadata={
                                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                            },
                        )
                    )
                pos = text.find("@", end)
            else:
                pos = text.find("@", pos + 1)
        for at in _AT_WORD.finditer(text):
            # "kwame.osei at gmail dot com", "zara [at] example [dot] org": an address
            # written out so that machines miss it is still someone's address; found from
            # each "at" outwards, as the "@" above
            local = _SPELT_LOCAL.search(text, max(0, at.start() - 64), at.start())
            domain = _SPELT_DOMAIN.match(text, at.end())
            if local is None or domain is None:
                continue
            results.append(
                _found(
                    self,
                    "EMAIL_ADDRESS",
                    local.start(),
                    domain.end(),
                    0.85,
                    "e-mail address written out",
                )
            )
        return results


_AT = r"(?:[ \t]*[\[(][ \t]*at[ \t]*[\])][ \t]*|[ \t]+at[ \t]+)"
_DOT = r"(?:[ \t]*[\[(][ \t]*dot[ \t]*[\])][ \t]*|[ \t]+dot[ \t]+)"
_AT_WORD = re.compile(_AT, re.IGNORECASE)
_SPELT_LOCAL = re.compile(r"(?<![\w.@-])[A-Za-z0-9][\w.+-]{0,63}$")
_SPELT_DOMAIN = re.compile(
    rf"[A-Za-z0-9-]+(?:(?:{_DOT}|\.)[A-Za-z0-9-]+)*"
    rf"{_DOT}(?:com|org|net|co|uk|ac|edu|gov|io|me|info|de|fr|es|it|pl|ro|ie|in|ng|za|ke|cn|"
    r"ru|ua|tr|pk|bd|example)(?:(?:\.|" + _DOT + r")(?:uk|com|org|ac|ng|za|in))?\b",
    re.IGNORECASE,
)


def url() -> GroupPatternRecognizer:
    """URLs with a scheme or "www." (a bare "report.docx" is not a URL)."""
    return GroupPatternRecognizer(
        "UrlRecognizer",
        "URL",
        [
            GroupPattern(
                "url",
                r"(?P<v>\b(?:https?://|www\.)[^\s<>\"'()\[\]{}]+[^\s<>\"'()\[\]{}.,;:!?])",
                0.8,
                IGNORE_CASE,
            ),
            GroupPattern(
                # a profile or channel without a scheme: "t.me/ukpatriot88",
                # "instagram.com/meimei_z" (a domain and a path, not "report.docx")
                "link to a profile or channel",
                # any top-level domain of letters ("t.example/remig-cymru", "rumble.xyz/…"),
                # not a file's extension ("notes.pdf/")
                r"(?<![\w@./-])(?P<v>(?:[a-z0-9-]+\.)+(?!(?:pdf|docx?|txt|jpe?g|png|gif|csv|"
                r"xlsx?|pptx?|zip|mp4|mov|html?)/)[a-z]{2,12}(?:\.[a-z]{2})?/[\w@.~%+-]+"
                r"(?:[/?][\w@.~%+=&?-]*)*[\w/=])",
                0.75,
                IGNORE_CASE,
            ),
        ],
    )


_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*[-–]?[ \t]*)?"
    r"(?P<v>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)"
    # the time after the name ("kenjiwatanabe 23:44:", "h_sato (佐藤陽翔) 23:41:",
    # "jgrant (Jenna Grant), 23:04:")
    r"(?:(?:[ \t]+\([^()\n]{1,30}\))?,?[ \t]+\[?\d{1,2}:\d{2}(?::\d{2})?\]?)?[ \t]*:[ \t]"
)
_NOT_SPEAKERS = frozenset(
    "note notes re fw fwd ps update action actions date time subject from to cc bcc "
    "present apologies attendees outcome decision item summary http https".split()
)


class ChatSpeakerRecognizer(LocalRecognizer):
    """Usernames that open chat lines ("tashworth: ..."), when the text is a chat log.

    A line-opening lower-case "word:" is a username only if at least three lines of the text
    have that shape, so "note: ..." in ordinary notes is left alone.
    """

    name: str

    def __init__(self) -> None:
        super().__init__(supported_entities=["USERNAME"], name="ChatSpeakerRecognizer", context=[])

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        matches = [m for m in _SPEAKER.finditer(text) if m.group("v") not in _NOT_SPEAKERS]
        if len(matches) < 3:
            return []
        return [
            _found(self, "USERNAME", m.start("v"), m.end("v"), 0.85, "chat speaker")
            for m in matches
        ]


_NAME_WORD = rf"[{UPPER}][^\W\d_]+(?:['’-][^\W\d_]+)*"
_HANDLE = r"[a-z][a-z0-9]{2,}(?:[._][a-z0-9]+)*"
#: "Rose Achterberg (rachterberg)", "mdragomir (Mihaela Dragomir)": a handle beside a full name.
_HANDLE_BESIDE_NAME = re.compile(
    rf"(?P<n1>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})[ \t]+\((?P<h1>{_HANDLE})\)"
    rf"|(?<![\w@./-])(?P<h2>{_HANDLE})[ \t]+\((?P<n2>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})\)"
)


class UsernameBesideNameRecognizer(LocalRecognizer):
    """A lower-case handle in brackets after a full name, or before the name in brackets,
    that is made from that name ("Dawn Pickering (dpickering)", "mdragomir (Mihaela
    Dragomir)", "weiwei_li (Li Wei)"); a role in brackets ("Jack Hill (flatmate)") is not."""

    name: str

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["USERNAME"], name="UsernameBesideNameRecognizer", context=[]
        )

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        if "(" not in text:
            return out
        for m in _HANDLE_BESIDE_NAME.finditer(text):
            handle, name = ("h1", "n1") if m.group("h1") else ("h2", "n2")
            if not _made_from(m.group(handle), m.group(name)):
                continue
            out.append(
                _found(
                    self,
                    "USERNAME",
                    m.start(handle),
                    m.end(handle),
                    0.85,
                    "a handle made from the name beside it",
                )
            )
        return out


def _made_from(handle: str, name: str) -> bool:
    """Whether ``handle`` spells a part of ``name``: a whole short part ("li", "wei") or the
    first four letters of a longer one ("pick" of Pickering); never a word in everyday use
    ("Moderator Jo Park (moderator)")."""
    from .lexicon import lexicon

    low = handle.casefold()
    lex = lexicon()
    if low.isalpha() and (low in lex.words or lex.frequency.get(low, 0.0) >= _WORD_IN_USE):
        return False
    letters = re.sub(r"[^a-z]", "", fold_accents(handle).casefold())
    for part in re.split(r"[\s'’-]+", fold_accents(name).casefold()):
        part = re.sub(r"[^a-z]", "", part)
        if len(part) >= 2 and (part if len(part) <= 4 else part[:4]) in letters:
            return True
    return False


def nhs_in_context() -> GroupPatternRecognizer:
    """An NHS number written after "NHS no./number", even with a wrong check digit."""
    return GroupPatternRecognizer(
        "NhsContextRecognizer",
        "UK_NHS",
        [
            GroupPattern(
                "nhs number in context",
                r"\bnhs\s*(?:no\.?|number|num|#)\s*(?:is|was)?\s*[:#(]?\s*"
                r"(?P<v>\d{3}[ -]?\d{3}[ -]?\d{4})\b",
                0.9,
                IGNORE_CASE,
            ),
            GroupPattern(
                # "your NHS letter (721 448 3095)": an NHS number's 3-3-4 grouping a few
                # words after "NHS", whatever its check digit
                "nhs number's grouping near the word",
                r"\bNHS\b[^\n.;]{0,30}?(?<!\d)(?P<v>\d{3}[ -]\d{3}[ -]\d{4})(?![\d-])",
                0.8,
            ),
        ],
    )


def address_in_context() -> GroupPatternRecognizer:
    """A numbered address line after "address:", "lives at", "living at", "resides at"."""
    return GroupPatternRecognizer(
        "AddressContextRecognizer",
        "STREET_ADDRESS",
        [
            GroupPattern(
                "address after a label",
                r"(?i:\baddress\s*(?:is)?\s*:?|\blives?\s+at|\bliving\s+at|\bresides?\s+at|"
                r"\bstaying\s+at)[ \t]*(?P<v>(?:(?:Flat|Apt|Apartment)\s+\d+[A-Za-z]?,?\s+)?"
                r"\d{1,4}[A-Za-z]?,?[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4})",
                0.8,
            )
        ],
    )


def lowercase_titled_person() -> GroupPatternRecognizer:
    """Chat-style "dr hollis", "mrs patel": a lower-case title and name."""
    return GroupPatternRecognizer(
        "LowercaseTitlePersonRecognizer",
        PERSON_HINT,
        [
            GroupPattern(
                "lower-case title + name",
                r"(?P<v>\b(?:dr|mr|mrs|ms|miss|prof)\.?[ \t]+[a-z][a-z'’-]{2,})\b",
                0.6,
            )
        ],
    )


_SPEECH_VERBS = (
    r"(?:said|says|told|tells|asked|asks|reported|reports|explained|stated|replied|added|"
    r"confirmed|mentioned|claimed|admitted|disclosed|alleged|emailed|messaged|texted|rang|"
    r"phoned|wrote|posted|shared)"
)
_NOT_SPEAKER_WORDS = frozenset(
    """
    he she they we i it you this that there who which someone somebody everyone everybody
    nobody anyone staff student students tutor police security mum dad mother father the a
    an his her their our my your one another other others both all each someone
    """.split()
)


_CONTRACTION = re.compile(r"'(?:ve|ll|m|d|re)$")


def speaker_person() -> GroupPatternRecognizer:
    """A capitalised name right before a speech verb: "Hope said", "Émile Brun told me"."""

    def valid(value: str) -> bool:
        first = value.split()[0].casefold().replace("’", "'")
        # "I've told", "We'd asked": a pronoun with its verb, not a name
        return first not in _NOT_SPEAKER_WORDS and not _CONTRACTION.search(first)

    return GroupPatternRecognizer(
        "SpeechVerbPersonRecognizer",
        PERSON_HINT,
        [
            GroupPattern(
                "name + speech verb",
                r"(?<![\w@./-])(?P<v>" + PERSON_NAME + r"(?:[ \t]+" + PERSON_NAME + r")?)"
                r"[ \t]+(?:(?:also|later|then|had|has|have|just)[ \t]+)?" + _SPEECH_VERBS + r"\b",
                0.55,
            )
        ],
        valid,
    )


#: Listed first names that are also ordinary lower-case words or date abbreviations.
_AMBIGUOUS_LOWER = frozenset(
    "jan jun amber holly jade lily poppy jay lee eden will mark grace rose ivy joy sky rita "
    "nur sana ama wei ying mei kai eli ana may june april august".split()
)
_CHAT_BEFORE = (
    r"(?:mate|mates|friend|friends|bro|sis|cousin|with|and|saw|told|tell|ask|asked|hey|hi|"
    r"thanks|cheers|its|it's|it’s|ask|dm|dm'd|messaged|texted|rang|called|met|like|email|"
    r"emailed|dming|dm'ing|pinged|ping|text|w|brother|sister|mum|dad|uncle|aunt|auntie|nan|"
    r"gran|wife|husband|bf|gf|boyfriend|girlfriend|who[ \t]+is|who's|whos|relax|"
    r"(?:flagging|flagged|reported|passed|sent|forwarded|handed|gave|give|talk|talking|"
    r"speak|speaking|spoke|report[ \t]+it|send[ \t]+it)[ \t]+to|thx|ty|ta|sorry|telling)"
)
_CHAT_AFTER = (
    r"(?:['’]s\b|[ \t]+(?:said|says|told|reckons|thinks|posted|sent|messaged|texted|was|is|"
    r"laughed|replied|asked|lol|"
    r"were|has|had|and[ \t]+(?:i|me)\b|wants|wanted|knows|did|does|[a-z]{3,}ed\b|"
    r"brought|got|went|came|took|gave|made|left|knew|thought|found|kept|heard|saw|needs|gets|"
    r"goes|likes|lives|works|keeps|posts|sends)"
    # "ayşe (his sister) said"
    r"|[ \t]*\((?:his|her|their|my|our)[ \t]+[a-z]+\))"
)


#: "the forum was", "a forum": a determiner before a lower-case word makes it a thing.
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:the|a|an|this|that|these|those|his|her|their|my|your|our|its|some|any|every)"
    r"[ \t]+$"
)
#: Endings of English words that given names do not have ("unbelievers", "rewatching").
_ENGLISH_ENDINGS = (
    "ers",
    "ing",
    "ings",
    "ness",
    "tion",
    "tions",
    "ment",
    "ments",
    "ism",
    "isms",
    "ists",
    "ities",
    "ally",
    "ously",
    "ised",
    "ized",
    "ises",
    "izes",
    "able",
    "ible",
    "ise",
    "ize",
    "ed",
)
_DEPARTMENT_AFTER = (
    r"[ \t]+(?:from|in|at)[ \t]+(?:the[ \t]+)?(?:student[ \t]+)?(?:support|security|reception|"
    r"admissions|registry|wellbeing|accommodation|finance|estates|chaplaincy|counselling|"
    r"library|halls|disability|careers|services|it[ \t]+desk|welfare)\b"
)
#: Given names that are verbs after "my uncle": "my uncle said", "his aunt will".
_VERBS_THAT_ARE_NAMES = frozenset("said will may can did guy art rich".split())
#: Chat words that are in no dictionary but are not names.
_CHAT_SLANG = frozenset(
    """
    lol lmao omg tbh idk ppl pls plz ur u ya yh yeh nah cos coz bc smth sth gonna wanna
    gotta dunno innit bruv fam mate tho thru rn btw imo dm dms msg msgs txt vid vids pic
    pics grp uni lecs lec sem tmrw tmw tonite yday soz ty thx np ok okay k haha hahaha
    """.split()
)
#: What follows a name someone is addressed by at the start of a message ("hodan can you").
_ADDRESSED_AFTER = (
    r"[ \t]+(?:(?:can|could|would|will|are|did|do|have|pls|please)[ \t]+(?:you|u|my|we)\b"
    r"|[iI](?:['’](?:d|m|ve|ll))?(?![\w’'])"
    # "grace pls 😭", "holly pls", "ruby get out", "dean ur insta is public"
    r"|(?:pls|plz|please|stop|get[ \t]+out|u[ \t]+ok)\b(?![ \t]+(?:the|a|an|it|this)\b))"
)
#: Given names that are words, which "says"/"thinks" after them shows are names ("will says").
_WORD_NAMES_SPEAKING = frozenset({"will", "may", "hope", "mark", "grace", "joy", "faith"})
_SPOKE = r"[ \t]+(?:said|says|told|laughed|posted|sent|messaged|texted|reckons|thinks)\b"
_LOWER_NEXT = re.compile(r"[ \t]([a-z]{3,})\b")
#: Given names at least this common as English words (Zipf scale) are left alone in
#: lower case: "will", "hope", "faith" are words far more often than names in chat.
_CHAT_NAME_ZIPF = 4.5


class LowercaseChatNameRecognizer(LocalRecognizer):
    name: str
    """Chat-style lower-case first names of people the case does not list ("him and kyle",
    "kyle's number"): a listed first name that is not also a common word, only where the words
    around it show it is used as a name."""

    def __init__(self) -> None:
        from .lexicon import lexicon

        lex = lexicon()
        rare = 10 ** (_CHAT_NAME_ZIPF - 9)
        listed = {n for n in lex.first if len(n) >= 2 and lex.frequency.get(n, 0.0) < rare}
        self.names = (_load_first_names() | listed) - _AMBIGUOUS_LOWER - _NOT_SPEAKER_WORDS
        #: any listed given name, however common a word, before a past-tense speech verb
        self.speaking_names = (
            (_load_first_names() | set(lex.first))
            - _NOT_SPEAKER_WORDS
            - {"will", "may", "can", "june", "april", "august", "sky", "dev"}
        )
        #: names someone is addressed by, or that speak ("hodan can you", "will says")
        self._addressable = self.speaking_names | _WORD_NAMES_SPEAKING
        #: any listed name, opening a message before a speech verb ("mo says ...")
        self.opening_names = (
            (self.speaking_names | set(lex.last))
            - _NOT_SPEAKER_WORDS
            - {"will", "may", "can", "sky", "dev", "mum", "dad", "nan", "gran", "bro", "sis"}
        )
        self.surnames = {n for n in lex.last if lex.frequency.get(n, 0.0) < rare}
        self._words = lex.words
        self._frequency = lex.frequency
        # lower-case letters of any script ("ayşe", "barış", "çağla"), not only a-z
        word = r"[^\W\d_A-Z]{2,}(?:-[^\W\d_A-Z]{2,})?"
        self._pattern = re.compile(
            # a name that is also a word, then a verb a modal cannot take: "will says"
            rf"(?:(?<![\w@.-])(?P<h>{word})(?=[ \t]+(?:says|thinks|reckons|wants|knows)\b))"
            rf"|(?:\b{_CHAT_BEFORE}[ \t]+(?P<a>{word})\b)"
            rf"|(?:(?<![\w@.-])(?P<b>{word})(?={_CHAT_AFTER}))"
            rf"|(?:(?<![\w@])@[ \t]?(?P<c>{word})\b)"
            # a message opening with a name and more: "sk8r_bo: callum and some guy"
            rf"|(?:(?m:^)[^\n:]{{1,30}}:[ \t]+(?P<d>{word})(?=[ \t]*(?:,|\band\b|&)))"
            # a kunya in lower case: "that abu hafs guy", "umm yusuf"
            rf"|(?:(?<![\w@.-])(?P<e>(?:abu|abou|umm|um)[ \t]+[a-z]{{3,}})\b)"
            # someone of a department: "maybe patience from support"
            rf"|(?:(?<![\w@.-])(?P<f>{word})(?={_DEPARTMENT_AFTER}))"
            # someone addressed between commas: "it's a joke, mo, chill", "faith, kemi, please"
            rf"|(?:(?<=,)[ \t]*(?P<i>{word})(?=[ \t]*,))"
            # someone addressed at the start of a message: "hodan can you record it"
            rf"|(?:(?:(?m:^)(?:[^\n]{{0,24}}\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]*[-–]?[ \t]*)?"
            rf"[^\n:]{{1,40}}:|[.!?])[ \t]+(?P<g>{word})(?={_ADDRESSED_AFTER}))"
        )
        # a family word as a title, then a name: "uncle kazuo", "khala nasrin"
        self._kin = re.compile(
            r"(?<![\w@.-])(?:uncle|auntie|aunty|aunt|grandad|grandpa|grandma|nana|nan|gran|"
            rf"khala|khalu|chacha|chachi|mamu|tia|tio|tante)[ \t]+(?P<n>{word})\b"
        )
        self._opening = re.compile(
            r"(?:[^\n]{0,24}\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*[-–]?[ \t]*)?(?:[^\n:]{1,40}:)?[ \t]*"
        )
        self._spoke = re.compile(rf"{_SPOKE}")
        super().__init__(
            supported_entities=[PERSON_HINT], name="LowercaseChatNameRecognizer", context=[]
        )

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        chat = looks_like_chat(text)
        for m in self._kin.finditer(text) if chat else ():
            name = fold_accents(m.group("n"))
            # "grandad bill": a given name that is also a word counts after a family title
            if (
                name not in self._words
                or (name in COMMON_WORD_NAMES and name not in _VERBS_THAT_ARE_NAMES)
            ) and (name in self.speaking_names or name in self.names or self._unknown_word(name)):
                results.append(
                    _person_hint(self, m.start(), m.end(), 0.55, "a family word, then a name")
                )
        if not chat and "@" not in text:
            return results  # prose writes names with capitals; only "@ mo" counts outside chat
        for m in self._pattern.finditer(text):
            group = next(g for g in ("a", "b", "c", "d", "e", "f", "g", "h", "i") if m.group(g))
            if not chat and group != "c":
                # prose writes names with capitals: "and tore up his paper", "with peer
                # mentors" are words there; only chat writes names in lower case
                continue
            span = m.span(group)
            word = fold_accents(m.group(group))
            if group in ("b", "f") and _DETERMINER_BEFORE.search(
                text, max(0, span[0] - 8), span[0]
            ):
                continue
            parts = word.split("-")
            if group == "e":
                if word.split()[-1] in self._words or word.split()[-1] in _CHAT_SLANG:
                    continue  # "um well", "um ok": a word follows, not a name
                results.append(_person_hint(self, *span, 0.55, "a kunya (abu, umm) in chat"))
                continue
            if group == "f":
                if all(p in self.speaking_names for p in parts):
                    results.append(
                        _person_hint(
                            self,
                            *span,
                            0.55,
                            "a given name before a department",
                            "low",
                        )
                    )
                continue
            if group == "i":
                # only a listed given name that is no common word, or a word in no dictionary
                if all(p in self.names for p in parts) or self._unknown_word(word):
                    results.append(
                        _person_hint(self, *span, 0.55, "a lower-case name addressed", "low")
                    )
                continue
            if group in ("g", "h"):
                if all(p in self._addressable for p in parts) or (
                    group == "g" and self._unknown_word(word)
                ):
                    results.append(
                        _person_hint(
                            self,
                            *span,
                            0.55,
                            "a lower-case name someone is addressed by or speaking",
                            "low",
                        )
                    )
                    continue
                if group == "g":
                    continue
                group = "b"  # "mo says": judged as any name before a speech verb
            known = all(p in self.names for p in parts)
            if not known and group == "b" and self._spoke.match(text, span[1]):
                known = all(p in self.speaking_names for p in parts)  # "grace laughed"
                line_start = text.rfind("\n", 0, span[0]) + 1
                if not known and self._opening.fullmatch(text, line_start, span[0]):
                    known = all(p in self.opening_names for p in parts)  # "bo: mo says"
            confidence = "high"
            if not known and group in ("a", "b", "d") and self._unknown_word(word):
                known, confidence = True, "low"  # "ask kemi": no English word, so a name
            if not known and not (group == "c" and word not in _NOT_SPEAKER_WORDS):
                continue  # after "@ " any word but a pronoun is someone's name
            start, end = span
            surname = _LOWER_NEXT.match(text, end)
            if surname is not None and surname.group(1) in self.surnames:
                end = surname.end()  # "ask harriet greenwood"
            results.append(
                _person_hint(
                    self,
                    start,
                    end,
                    0.55,
                    "lower-case first name used as a name in chat"
                    if confidence == "high"
                    else "a lower-case word in no dictionary, used as a name in chat",
                    confidence,
                )
            )
        return results

    def _unknown_word(self, word: str) -> bool:
        """Not an English word nor chat slang: rare in English text and in no dictionary."""
        return (
            len(word) >= 3
            and not word.endswith(_ENGLISH_ENDINGS)
            and not (word.endswith("s") and word[:-1] in self._words)
            and word not in self._words
            and word not in _CHAT_SLANG
            and word not in _NOT_SPEAKER_WORDS
            and self._frequency.get(word, 0.0) < 10 ** (3.0 - 9)
        )


#: A line of a chat: a time stamp near its start ("[09:12] Ana:", "Rosie Hart 10:02",
#: "cmcleod (Callum McLeod), 22:41:"), or a speaker and a message in lower case ("Nneka: has
#: anyone…", where an e-mail header or a form's field goes on in capitals).
_STAMPED_LINE = re.compile(r"(?m)^[^\n]{0,40}?\b\d{1,2}:\d{2}\b")
_SPEAKER_LOWER_LINE = re.compile(r"(?m)^[ \t>]*[^\n:]{1,40}:[ \t]+[a-z@]")


@lru_cache(maxsize=32)  # asked by several recognizers and rules of the same text
def looks_like_chat(text: str) -> bool:
    """Whether the text is (or quotes) a chat: two lines or more that open with a speaker or
    a time stamp, or a text mostly in lower case."""
    if len(_STAMPED_LINE.findall(text)) >= 2 or len(_SPEAKER_LOWER_LINE.findall(text)) >= 3:
        return True
    letters = [c for c in text if c.isalpha()]
    capitals = sum(1 for c in letters if c.isupper())
    return bool(letters) and capitals < 0.015 * len(letters)


def lowercase_chat_name() -> LowercaseChatNameRecognizer:
    return LowercaseChatNameRecognizer()


def labelled_identifier() -> GroupPatternRecognizer:
    """A value written right after its label is redacted whatever its form or checksum.

    "NI number: QQ 12 34 56 C" has an unissued prefix and "Passport number: X1234567" is not
    a UK form, but the label says what they are: both go.
    """
    sep = r"[ \t]*(?:(?:is|was|of|on\s+file|given\s+as|recorded\s+as)[ \t]+)?[:#=(-]?[ \t]*"
    return GroupPatternRecognizer(
        "LabelledIdentifierRecognizer",
        "UK_NINO",
        [
            GroupPattern(
                "national insurance number after its label",
                r"(?i:\b(?:NI|N\.I\.|NINO|national[ \t]+insurance)"
                r"(?:[ \t]*(?:no\.?|number|num|#))?)"
                + sep
                + r"(?P<v>[A-Za-z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}(?:[ \t]?[A-Za-z])?)\b",
                0.9,
            ),
            GroupPattern(
                # "NI number (given by her for the police): QQ 48 22 71 C", "His NI number is
                # recorded as FQ 82 14 39 B": the label a few words before, in one sentence
                "national insurance number later in its label's sentence",
                r"(?i:\b(?:NI|N\.I\.|NINO|national[ \t]+insurance)[ \t]*(?:no\.?|number|num|#))"
                r"[^.\n]{0,60}?"
                r"(?P<v>\b[A-Za-z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}(?:[ \t]?[A-Za-z])?)\b",
                0.85,
            ),
            GroupPattern(
                # the shape of a National Insurance number whatever its prefix: nothing else
                # in these notes is written two capitals, three pairs of digits and A-D
                "national insurance number by its shape",
                r"(?<![\w-])(?P<v>[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D])(?![\w-])",
                0.6,
            ),
        ],
    )


def labelled_document_number() -> GroupPatternRecognizer:
    """Passport and driving-licence numbers after their label, of any form."""
    sep = r"[ \t]*(?:(?:is|was|of|on\s+file|given\s+as|recorded\s+as)[ \t]+)?[:#=(-]?[ \t]*"
    return GroupPatternRecognizer(
        "LabelledDocumentNumberRecognizer",
        "UK_PASSPORT",
        [
            GroupPattern(
                "passport number after its label",
                r"(?i:\bpassport(?:[ \t]*(?:no\.?|number|num|#))?)"
                + sep
                + r"(?P<v>(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{6,12})\b",
                0.9,
            ),
        ],
    )


def labelled_driving_licence() -> GroupPatternRecognizer:
    sep = r"[ \t]*(?:(?:is|was|of|on\s+file|given\s+as|recorded\s+as)[ \t]+)?[:#=(-]?[ \t]*"
    return GroupPatternRecognizer(
        "LabelledDrivingLicenceRecognizer",
        "UK_DRIVING_LICENCE",
        [
            GroupPattern(
                "driving licence number after its label",
                r"(?i:\bdriving[ \t]+licen[cs]e(?:[ \t]*(?:no\.?|number|num|#))?)"
                + sep
                + r"(?P<v>(?=[A-Za-z0-9 ]*\d)[A-Za-z0-9]{5,18}(?:[ \t][A-Za-z0-9]{2,5}){0,2})\b",
                0.9,
            ),
        ],
    )


_ADDRESS_NAME = r"[A-Z][A-Za-z'’\-]+"
#: The addressee's line at the top of a letter: a title, then a name.
_BLOCK_ADDRESSEE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+[^\n\d]{2,50}"
_POSTCODE_LINE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}[ \t]*$"
#: Lines of a letter's head that are not an address: another person, a role, the sender.
_NOT_ADDRESS_LINE = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\b\.?|c/o\b|[^\n]*\b(?:Lead|Head|Officer|Manager|Director|"
    r"Coordinator|Co-ordinator|Adviser|Advisor|Tutor|Lecturer|University|College|Office|"
    r"Services|Service|Team|Department|School|Faculty|Registrar|Dean|Chair)\b"
)
_STREET_END = (
    r"(?:Street|Road|Lane|Avenue|Close|Drive|Crescent|Terrace|Gardens|Grove|Mews|Way|Place"
    r"|Row|Walk|Rise|Parade|Croft|Wharf)"
)
_HOUSE_END = (
    r"(?:Cottage|House|Farm|Lodge|Barn|Manor|Villa|Grange|Mill|Hall|Cottages|Bank|View|Lea"
    r"|Croft|Nook|Haven|Ridge|Orchard|Gables|Laurels|Cedars|Firs|Pines|Willows|Bungalow)"
)


def unnumbered_address() -> GroupPatternRecognizer:
    """Addresses without a house number: "lives on Cedar Close", "Rose Cottage, Mill Lane"."""
    street = rf"(?:{_ADDRESS_NAME}[ \t]+){{1,3}}{_STREET_END}\b"
    return GroupPatternRecognizer(
        "UnnumberedAddressRecognizer",
        "STREET_ADDRESS",
        [
            GroupPattern(
                "named house and street",
                rf"(?P<v>\b(?:The[ \t]+)?(?:{_ADDRESS_NAME}[ \t]+){{1,2}}{_HOUSE_END},?[ \t]+"
                + street
                + ")",
                0.8,
            ),
            GroupPattern(
                "street after a living phrase",
                r"(?i:\b(?:lives?|living|lived|stays?|staying|stayed|resides?|residing|moved|"
                r"moving|address(?:\s+is)?|based|house|flat|home)[ \t]+(?:\w+[ \t]+)?"
                r"(?:on|in|at|to|off)|address[ \t]*:)[ \t]+(?P<v>" + street + ")",
                0.75,
            ),
            GroupPattern(
                "a street after 'on'",
                r"\b(?:on|off)[ \t]+(?P<v>(?:[A-Z][A-Za-z'’\-]+[ \t]+){1,2}"
                r"(?:Road|Street|Lane|Avenue|Close|Crescent|Drive|Grove|Terrace|Gardens|Mews|Way"
                r"|Place|Row|Walk|Rise|Parade|Wharf))\b",
                0.6,
            ),
            GroupPattern(
                # a letter's address block: the line after the addressee's titled name, where
                # a postcode line follows within three lines ("Mrs Morag Campbell / Tigh na
                # Mara / Shore Road / Ullapool / IV26 2UR"): a house's name or a street
                "first line of an address block",
                rf"(?m)^[ \t]*{_BLOCK_ADDRESSEE}\n[ \t]*"
                rf"(?P<v>(?!\d|{_NOT_ADDRESS_LINE})[^\n,]{{3,40}}?)[ \t]*"
                rf"(?:,[^\n]*)?\n(?:[^\n]{{2,40}}\n){{0,3}}[ \t]*{_POSTCODE_LINE}",
                0.7,
            ),
            GroupPattern(
                "street line of an address block",
                rf"(?m)^[ \t]*{_BLOCK_ADDRESSEE}\n[^\n]{{3,40}}\n[ \t]*"
                rf"(?P<v>(?:{_ADDRESS_NAME}[ \t]+){{1,3}}{_STREET_END})\b[^\n]*\n"
                rf"(?:[^\n]{{2,40}}\n){{0,2}}[ \t]*{_POSTCODE_LINE}",
                0.7,
            ),
            GroupPattern(
                "Welsh street (the street word comes first)",
                r"(?P<v>\b(?:\d{1,4}[A-Za-z]?,?[ \t]+)?(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant)"
                r"(?:[ \t]+(?:[A-Z][\w'’-]*|y|yr|a|ar)){1,3})\b",
                0.75,
            ),
        ],
    )


def _after_label(name: str, entity: str, label: str, value: str) -> GroupPatternRecognizer:
    sep = r"[ \t]*(?:(?:is|was|of|on\s+file|given\s+as|recorded\s+as)[ \t]+)?[:#=(-]?[ \t]*"
    return GroupPatternRecognizer(
        name,
        entity,
        [GroupPattern(f"{entity.lower()} after its label", label + sep + rf"(?P<v>{value})", 0.9)],
    )


def labelled_phone() -> GroupPatternRecognizer:
    """A telephone number after its label, even of a length no UK number has."""
    return _after_label(
        "LabelledPhoneRecognizer",
        "PHONE_NUMBER",
        r"(?i:\b(?:tel(?:ephone)?|phone(?:\s+number)?|mobile(?:\s+number)?|mob|"
        r"contact\s+number|direct\s+line|landline|whatsapp(?:\s+number)?|number\s+given)"
        r"|(?m:^[ \t]*number(?=[ \t]*:)))\.?",
        r"\+?\(?\d[\d \-()]{6,16}\d(?!\d)",
    )


def labelled_nhs() -> GroupPatternRecognizer:
    """An NHS number after its label, whatever its check digit or grouping."""
    return _after_label(
        "LabelledNhsRecognizer",
        "UK_NHS",
        r"(?i:\bnhs[ \t]*(?:no\.?|number|num|#))",
        r"\d[\d \-]{7,12}\d(?!\d)",
    )


def labelled_student_number() -> GroupPatternRecognizer:
    """A student number after its label, in any of the forms institutions use."""
    return _after_label(
        "LabelledStudentNumberRecognizer",
        "STUDENT_NUMBER",
        r"(?i:\b(?:student|matric(?:ulation)?|enrol(?:l)?ment)[ \t]*(?:no\.?|num(?:ber)?|id|"
        r"ref(?:erence)?|#))",
        r"(?=[A-Za-z0-9-]*\d)[A-Za-z]{0,3}-?\d[\dA-Za-z-]{3,12}(?![\w-])",
    )
