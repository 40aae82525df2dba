"""Deciding what each candidate is: whose data, kept or redacted, and which placeholder.

Plain Python over Presidio ``RecognizerResult`` objects; no I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from .models import Action, Person
from .names import (
    COMMON_WORD_NAMES,
    TITLES,
    fold_accents,
    initials_written,
    normalise_name,
    used_as_name,
)
from .recognizers import looks_like_chat

#: Categories of the subject's data that stay in a disclosure by default (policy).
DEFAULT_KEEP_SUBJECT = frozenset({"name", "date_of_birth", "student_number", "address"})

CATEGORY_OF_ENTITY: dict[str, str] = {
    "PERSON": "name",
    "DATE_OF_BIRTH": "date_of_birth",
    "STUDENT_NUMBER": "student_number",
    "STREET_ADDRESS": "address",
    "UK_POSTCODE": "address",
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "UK_NHS": "nhs_number",
    "UK_NINO": "national_insurance_number",
    "UK_PASSPORT": "passport",
    "UK_DRIVING_LICENCE": "driving_licence",
    "UK_VEHICLE_REGISTRATION": "vehicle_registration",
    "IP_ADDRESS": "ip_address",
    "URL": "url",
    "IBAN_CODE": "bank",
    "UK_SORT_CODE": "bank",
    "UK_BANK_ACCOUNT": "bank",
    "USERNAME": "username",
    "SOCIAL_HANDLE": "social_handle",
}

#: Words that spaCy's small model often tags as people but never are in these notes.
NOT_PEOPLE = frozenset(
    """
    teams telegram whatsapp moodle canvas blackboard zoom discord instagram tiktok snapchat
    facebook twitter x youtube reddit signal outlook gmail google microsoft apple android
    iphone prevent channel safeguarding ofs ico dpo smt vle uni
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december nhs gp amazon netflix spotify
    linkedin slack skype messenger wechat viber tor vpn pdf islam quran bible ramadan eid
    allah god jesus christ muhammad prophet covid brexit isis daesh al-qaeda hamas
    mum mom dad mummy daddy nan nana gran granny grandma grandad auntie uncle aunt sis bro
    dev alert referrer subject witness witnesses attendees apologies present actions action
    date time note notes decision grounds family caller analyst moderator reporter platform
    corsa fiesta golf polo astra ford vauxhall toyota bmw audi nissan honda kia
    tel telephone email e-mail mob mobile phone fax countersigned
    """.split()
)
ORG_WORDS = frozenset(
    """
    team support services service office officer lead leads panel unit department dept
    university college council police board committee group network centre center school
    faculty module hall halls library union society trust hospital clinic ltd limited plc
    coordinator manager director head adviser advisor tutor lecturer counsellor chair
    report policy section act street road lane avenue court house constabulary city county
    borough council mosque church academy institute foundation association partnership
    security estates finance registry admissions wellbeing accommodation chaplaincy reception
    counselling disability management governance legal compliance hr marketing admin staff
    students parents family warden porter cleaner caretaker housekeeping residence residential
    campus student tutors lecturers everyone nobody someone government ministry home office
    channel prevent court judge magistrates probation social worker services
    """.split()
)


@dataclass
class Candidate:
    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str
    person_key: str | None = None
    is_subject: bool = False
    roster: bool = False
    ambiguous: bool = False
    owner_key: str | None = None  # whose identifier (for non-person entities)
    owner_is_subject: bool = False
    confidence: str = "high"
    why: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


def from_results(results: Iterable[RecognizerResult]) -> list[Candidate]:
    out: list[Candidate] = []
    for r in results:
        meta = r.recognition_metadata or {}
        name = str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown"))
        out.append(
            Candidate(
                start=r.start,
                end=r.end,
                entity_type=(
                    "PERSON" if r.entity_type in ("PERSON_HINT", "PERSON_RULE") else r.entity_type
                ),
                score=float(r.score),
                recognizer=name,
                person_key=meta.get("person_key"),
                is_subject=bool(meta.get("is_subject", False)),
                roster=name == "CaseRosterRecognizer",
                ambiguous=bool(meta.get("ambiguous", False)),
                confidence=str(meta.get("confidence", "high")),
                why=str(meta.get("why", "")),
            )
        )
    return out


_TITLE_PREFIX = re.compile(
    r"^(?:(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")\.?\s+)+", re.IGNORECASE
)


def clean_unlisted_person(
    text: str, c: Candidate, nlp_artifacts: NlpArtifacts | None = None
) -> Candidate | None:
    """Trim titles/possessives from an NER or heuristic PERSON span; None if not a person."""
    start, end = c.start, c.end
    if c.recognizer in CHECKED_PERSON_RECOGNIZERS:
        # the recognizer has judged the words and their context already (titles included)
        m2 = re.search(r"['’]s?$", text[start:end])
        if m2:
            end -= len(m2.group(0))
        if end - start < 2 and c.why != "an initial signing":
            return None  # one letter is a person only as the initial signing a message
        c.start, c.end = start, end
        return c
    m = _TITLE_PREFIX.match(text[start:end])
    if m:
        start += m.end()
    m2 = re.search(r"['’]s?$", text[start:end])
    if m2:
        end -= len(m2.group(0))
    while end > start and not text[end - 1].isalnum():
        end -= 1
    while start < end and not text[start].isalnum():
        start += 1
    # drop leading role words ("Uncle Kofi", "Lecturer Dr Banerjee")
    while True:
        lead = _LEADING_WORD.match(text, start, end)
        if lead is None:
            break
        word = fold_accents(lead.group(1)).casefold()
        if word not in ROLE_PREFIXES and word not in TITLES:
            break
        start = lead.end()
    # drop trailing words that are not names ("Sarah Monday", "Lucy Team")
    while True:
        span = text[start:end]
        words = span.split()
        if len(words) > 1 and _trim_word(words[-1]):
            end = start + span.rstrip().rfind(words[-1])
            while end > start and not text[end - 1].isalnum():
                end -= 1
            continue
        break
    span = text[start:end]
    if not span or len(span) < 2 or "\n" in span:
        return None
    from .name_rules import INSTITUTION_BEFORE

    if INSTITUTION_BEFORE.search(text, max(0, start - 40), start):
        return None  # "St Bartholomew's", "Faculty of Arts": a saint's or an institution's
    if c.recognizer == "SpacyRecognizer" and not _TITLE_JUST_BEFORE.search(
        text, max(0, start - 12), start
    ):
        from .lexicon import lexicon

        if fold_accents(span).casefold() in lexicon().places and (
            len(span.split()) > 1
            or not _given_name(span)
            or _PLACE_WORD_BEFORE.search(text, max(0, start - 12), start)
        ):
            return None  # "arrested in Valencia", "Milton Keynes study hub": a place
    first = span.split()[0].casefold().rstrip(".")
    if first in _MONTH_SHORT and _NEXT_TO_NUMBER.search(text[max(0, start - 4) : start]):
        return None  # "26 Oct Email from ...": a date, not a person
    if any(ch.isdigit() for ch in span) or "@" in span or "_" in span or "/" in span:
        return None
    words = span.split()
    lowercase_ok = c.recognizer in LOWERCASE_PERSON_RECOGNIZERS
    if not (lowercase_ok or all(w[0].isupper() for w in words)) or len(words) > 4:
        return None
    if span.isupper() and len(span) <= 5:
        return None  # acronyms: SMT, DPO, VLE
    if (
        len(words) > 1
        and any(w.isupper() and 2 <= len(w) <= 5 for w in words)
        and not all(w.isupper() for w in words)
    ):
        return None  # "Leeds CID", "SU Advice", "Patriot Front UK": organisations
    if any(_not_name_word(w) for w in words):
        return None
    if not c.roster and any(_ordinary_word(w) for w in words if w.casefold() not in _KUNYA):
        return None  # "Patriot Voice", "BSc Computing": the words are not names

    following = _FOLLOWING_WORD.match(text, end)
    if following and _not_name_word(following.group(1)) and not _trim_word(following.group(1)):
        return None  # "West Yorkshire Police", "Leeds Beckett University"
    if len(words) == 1:
        if _NEXT_TO_NUMBER.search(text[max(0, start - 4) : start]) or _NUMBER_AFTER.match(
            text, end
        ):
            return None  # "13 Jan 2025", "May 2024": a date, not a person
        if not c.roster and _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
            return None  # "The Grace period", "a Blessing": a word after a determiner
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip() and c.recognizer == "SpacyRecognizer":
            return None  # a capitalised word opening a line ("Alert raised", "Referrer:")
        if not lowercase_ok and not used_as_name(text, start, end, nlp_artifacts):
            return None
        if (
            _PLACE_WORD_BEFORE.search(text, max(0, start - 12), start)
            and not _given_name(words[0])
            and words[0][:1].isupper()  # "the notes from sohail's lecture": chat, a person
        ):
            return None  # "the lads from Lurgan": a place the model took for a person
    title = _TITLE_JUST_BEFORE.search(text, max(0, start - 12), start)
    if title is not None:
        start = title.start()  # "DS Peter Ng": the title goes with the name, as the rules do
    c.start, c.end = start, end
    return c


_MONTH_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_TITLE_JUST_BEFORE = re.compile(
    r"(?<![\w'’-])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Revd|Imam|Sgt|PC|PCSO|DC|DS|DI|"
    r"DCI|Insp|Cllr|Sir|Dame)\.?[ \t]+$"
)


#: Recognizers whose person spans are already judged in context (word lists, structure).
CHECKED_PERSON_RECOGNIZERS = frozenset(
    {
        "NameRulesRecognizer",
        "InitialsRecognizer",
        "SameSurnameRecognizer",
        "LowercaseTitlePersonRecognizer",  # "mrs okafor": the title goes with the name
    }
)
#: Recognizers that find names written in lower case (chat), already checked in context.
LOWERCASE_PERSON_RECOGNIZERS = frozenset(
    {"LowercaseTitlePersonRecognizer", "LowercaseChatNameRecognizer"}
)
_LEADING_WORD = re.compile(r"([A-Za-z]+)\.?[ \t]+(?=\S)")
#: Words that may open a person span without being part of the name.
ROLE_PREFIXES = frozenset(
    """
    mum mom dad nan nana gran granny grandma grandad auntie uncle aunt cousin brother sister
    lecturer tutor officer coordinator manager adviser advisor counsellor warden porter
    cleaner caretaker student chair head director inspector sergeant constable detective
    supervisor neighbour friend flatmate housemate landlord landlady
    """.split()
)
#: "Abu Hafs", "Umm Yusuf": a kunya ("father of", "mother of") opens a name.
_KUNYA = frozenset({"abu", "abou", "umm", "um"})
_DETERMINER_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:the|a|an|this|that|these|those)[ \t]+$")
_PLACE_WORD_BEFORE = re.compile(r"(?i)\b(?:in|at|near|from|into|around|outside)[ \t]+$")


def _given_name(word: str) -> bool:
    from .lexicon import lexicon

    return fold_accents(word).casefold().strip(".,'’:;") in lexicon().first


_NEXT_TO_NUMBER = re.compile(r"\d[ \t,]*$")
_NUMBER_AFTER = re.compile(r"[ \t,]*\d")
_FOLLOWING_WORD = re.compile(r"[ \t]+([A-Z][A-Za-z]+)")


def _trim_word(word: str) -> bool:
    return fold_accents(word).casefold().strip(".,'’:;") in NOT_PEOPLE


def _ordinary_word(word: str) -> bool:
    """An ordinary English word that no name list has ("Computing", "Voice", "Can")."""
    from .lexicon import lexicon

    lex = lexicon()
    w = fold_accents(word).casefold().strip(".,'’:;")
    return w in lex.words and not lex.is_name(w)


def _not_name_word(word: str) -> bool:
    w = fold_accents(word).casefold().strip(".,'’:;")
    return w in ORG_WORDS or w in NOT_PEOPLE or w in ROLE_PREFIXES


def resolve_overlaps(
    text: str, candidates: Sequence[Candidate], nlp_artifacts: NlpArtifacts | None = None
) -> list[Candidate]:
    """One decision per character range.

    Roster names and structured identifiers come first (a longer identifier wins over a name
    inside it, e.g. an e-mail containing a name); NER / heuristic people only fill gaps.
    """
    strong = [c for c in candidates if c.roster or c.entity_type != "PERSON"]
    weak = [c for c in candidates if not (c.roster or c.entity_type != "PERSON")]
    strong.sort(key=lambda c: (-c.length, -c.score, c.start))
    accepted: list[Candidate] = []
    starts: list[int] = []

    def free(c: Candidate) -> bool:
        i = bisect_right(starts, c.start)
        if i > 0 and accepted_sorted[i - 1].end > c.start:
            return False
        return not (i < len(accepted_sorted) and accepted_sorted[i].start < c.end)

    accepted_sorted: list[Candidate] = []
    for c in strong:
        if free(c):
            i = bisect_right(starts, c.start)
            starts.insert(i, c.start)
            accepted_sorted.insert(i, c)
    cleaned: list[Candidate] = []
    for c in weak:
        cc = clean_unlisted_person(text, c, nlp_artifacts)
        if cc is not None:
            cleaned.append(cc)
    cleaned.sort(key=lambda c: (-c.length, -c.score, c.start))
    for c in cleaned:
        if free(c):
            i = bisect_right(starts, c.start)
            starts.insert(i, c.start)
            accepted_sorted.insert(i, c)
            continue
        inside = [a for a in accepted_sorted if a.start < c.end and c.start < a.end]
        if (
            c.entity_type == "PERSON"
            and len(inside) == 1
            and inside[0].roster
            and not inside[0].is_subject
            and c.start <= inside[0].start
            and inside[0].end <= c.end
        ):
            # "M. L. Tan", "PO'R" for a recorded Mei Lin Tan, Patrick O'Rourke: the case
            # roster matched "Tan", "PO" inside what the rules found whole; the whole form is
            # that recorded person, so the placeholder covers all of it
            keep = [a for a in accepted_sorted if a is not inside[0]]
            widened = replace(inside[0], start=c.start, end=c.end)
            i = bisect_right([a.start for a in keep], c.start)
            keep.insert(i, widened)
            accepted_sorted[:] = keep
            starts[:] = [a.start for a in keep]
    accepted = accepted_sorted
    return accepted


# A sentence ends at . ! ? (not after a title), at a blank line, or at a line break that
# starts a new record (bullet, timestamp, date, or a "Label:" form field).
_SENTENCE_END = re.compile(
    r"(?<!\b(?:Mr|Ms|Dr|St|no))[.!?](?=\s)|\n\s*\n"
    r"|\n(?=\s*(?:[-•*]|\[|\d{1,4}[/.:-]\d|[A-Z][A-Za-z /'’()-]{1,30}:))"
)


def attribute_identifiers(
    text: str,
    accepted: list[Candidate],
    people_values: dict[str, tuple[str, bool]],
    window: int = 300,
) -> None:
    """Set ``owner_key``/``owner_is_subject`` of each non-person candidate.

    A value listed in a person's ``identifiers`` belongs to them. Otherwise the owner is the
    nearest person named before it in the same sentence, else after it in the same sentence,
    else the nearest person named in the preceding ``window`` characters.
    """
    persons = [c for c in accepted if c.entity_type == "PERSON" and c.person_key is not None]
    person_starts = [p.start for p in persons]
    for c in accepted:
        if c.entity_type == "PERSON":
            continue
        value_key = _value_key(text[c.start : c.end])
        if value_key in people_values:
            c.owner_key, c.owner_is_subject = people_values[value_key]
            continue
        sent_start = _sentence_start(text, c.start)
        sent_end = _sentence_end(text, c.end)
        i = bisect_right(person_starts, c.start) - 1
        owner: Candidate | None = None
        if i >= 0 and persons[i].start >= sent_start:
            owner = persons[i]
        elif i + 1 < len(persons) and persons[i + 1].start < sent_end:
            owner = persons[i + 1]
        else:
            # No name in the sentence: the owner is clear only if every name in the
            # preceding window belongs to the same person.
            j = i
            keys: set[str | None] = set()
            last: Candidate | None = None
            while j >= 0 and c.start - persons[j].end <= window:
                keys.add(persons[j].person_key)
                last = last or persons[j]
                j -= 1
            if len(keys) == 1 and last is not None:
                owner = last
        if owner is not None:
            c.owner_key = owner.person_key
            c.owner_is_subject = owner.is_subject
    _subject_handles(text, accepted, persons)
    _letter_header_to_subject(text, accepted, persons)


def _handle_forms(name: str) -> set[str]:
    """The handles a name is written as: "@Arash", "@BilalChaudhry", "@AliRH"."""
    words = [w for w in re.split(r"[^\w]+", fold_accents(name).casefold()) if w]
    if not words:
        return set()
    forms = set(words)
    forms.add("".join(words))
    forms.add(words[0] + "".join(w[0] for w in words[1:]))
    forms.add(words[0] + words[-1])
    return {f for f in forms if len(f) >= 3}


def _subject_handles(text: str, accepted: list[Candidate], persons: list[Candidate]) -> None:
    """A mention or username that is the subject's own name ("@Arash", "@AliRH" for Ali Reza
    Hosseini) is the subject's, whoever is named beside it."""
    subject_names = [text[p.start : p.end] for p in persons if p.is_subject]
    if not subject_names:
        return
    subject = next(p for p in persons if p.is_subject)
    forms: set[str] = set()
    for name in subject_names:
        forms |= _handle_forms(name)
    for c in accepted:
        if c.entity_type not in ("SOCIAL_HANDLE", "USERNAME"):
            continue
        handle = fold_accents(text[c.start : c.end]).casefold().lstrip("@").replace("_", "")
        if handle in forms:
            c.owner_key = subject.person_key
            c.owner_is_subject = True
            if c.entity_type == "SOCIAL_HANDLE" and text[c.start] == "@":
                # an @-mention of the subject by name is a mention of the subject's name
                c.entity_type = "PERSON"
                c.person_key = subject.person_key
                c.is_subject = True
                c.roster = True


_GREETING_LINE = re.compile(r"(?m)^[ \t]*(?:Dear|Hi|Hello)[ \t]+")
_HEADER_TYPES = frozenset({"STREET_ADDRESS", "UK_POSTCODE", "STUDENT_NUMBER"})


def _letter_header_to_subject(
    text: str, accepted: list[Candidate], persons: list[Candidate]
) -> None:
    """A letter to the subject ("Dear Mr Pereira da Silva,"): the address, postcode and
    student number in its header, above the greeting, are the addressee's, even when the
    block also names someone else ("c/o Mrs Helena Pereira da Silva")."""
    greeting = _GREETING_LINE.search(text)
    if greeting is None:
        return
    line_end = _line_end(text, greeting.end())
    addressee = [p for p in persons if greeting.end() <= p.start < line_end]
    if not addressee or not all(p.is_subject for p in addressee):
        return
    subject = addressee[0]
    for c in accepted:
        if c.entity_type in _HEADER_TYPES and c.end <= greeting.start():
            first, last = text.rfind("\n", 0, c.start) + 1, _line_end(text, c.end)
            if any(not p.is_subject and first <= p.start and p.end <= last for p in persons):
                continue  # another person named on the value's own line
            c.owner_key = subject.person_key
            c.owner_is_subject = True


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 400)
    last = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        last = m.end()
    return last


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos, min(len(text), pos + 400))
    return m.start() if m else min(len(text), pos + 400)


def _value_key(value: str) -> str:
    return re.sub(r"[^0-9a-z@.]", "", value.casefold())


def identifier_index(
    subject: Person | None, people: Sequence[Person]
) -> dict[str, tuple[str, bool]]:
    out: dict[str, tuple[str, bool]] = {}
    for i, p in enumerate(people, start=1):
        for ident in p.identifiers:
            out[_value_key(ident)] = (f"roster:{i}", False)
    if subject is not None:
        for ident in subject.identifiers:
            out[_value_key(ident)] = ("roster:0", True)
    return out


def decide(c: Candidate, keep: frozenset[str]) -> tuple[Action, str]:
    """Kept or redacted, and why, for one candidate whose owner is known."""
    category = CATEGORY_OF_ENTITY.get(c.entity_type, c.entity_type.lower())
    if c.entity_type == "PERSON":
        if c.is_subject:
            if "name" in keep or "PERSON" in keep:
                why = "name of the case subject"
                if c.ambiguous:
                    why += " (this form is also used by another listed person)"
                return "kept", why
            return "redacted", "name of the case subject; names not selected to keep"
        if c.roster:
            return "redacted", "name of a third party listed in the case"
        if c.confidence == "low":
            return "redacted", (
                "low confidence: possibly a person not listed in the case"
                f" ({c.why or 'found by ' + c.recognizer}); redacted for the reviewer to decide"
            )
        why = f"; {c.why}" if c.why else ""
        return "redacted", (
            f"name of a person not listed in the case (found by {c.recognizer}{why})"
        )
    if c.owner_is_subject:
        if category in keep or c.entity_type in keep:
            return "kept", f"the case subject's {category.replace('_', ' ')} (selected to keep)"
        return "redacted", (
            f"the case subject's {category.replace('_', ' ')}; not selected to keep"
        )
    if c.owner_key is not None:
        return "redacted", f"{category.replace('_', ' ')} written next to a third party's name"
    return "redacted", f"{category.replace('_', ' ')} not attributable to the case subject"


#: Local parts of shared, role-based mailboxes: not one person's data.
ROLE_MAILBOXES = frozenset(
    """
    prevent safeguarding studentsupport student.support support wellbeing security
    it itservices helpdesk servicedesk info enquiries admin dpo dataprotection
    data.protection privacy noreply no-reply registry reception accommodation
    """.split()
)


def is_role_mailbox(value: str) -> bool:
    local = value.split("@", 1)[0].casefold()
    return local in ROLE_MAILBOXES


#: A display name right before an address in angle brackets: "Sarah Whitaker <".
_DISPLAY_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})[ \t]*<$")


def mailbox_of_a_person(text: str, start: int) -> bool:
    """Whether a role mailbox at ``start`` is written as a person's address ("To: Sarah
    Whitaker <safeguarding@…>"): through it that person is reached, so it goes with them; a
    team's ("Prevent Team <prevent@…>") stays."""
    from .lexicon import lexicon

    m = _DISPLAY_NAME_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    words = [fold_accents(w).casefold() for w in m.group(1).split()]
    return words[0] in lexicon().first and not any(
        w in ORG_WORDS or w in NOT_PEOPLE or w in _TEAM_WORDS for w in words
    )


_TEAM_WORDS = frozenset("inbox team desk mailbox hub unit helpdesk".split())


#: Words naming an organisation at the head of its postal address (a letterhead).
_ORG_ADDRESS_WORD = re.compile(
    r"\b(?:University|College|Services?|Office|Council|Hospital|Centre|Center|Police|"
    r"School|Faculty|Department|Directorate|Registry|Trust|PO[ \t]+Box|Chambers)\b"
)
_PERSON_LINE = re.compile(r"(?m)^[ \t]*(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]")


def is_organisation_address(text: str, start: int) -> bool:
    """Whether a postcode or street at ``start`` is part of an organisation's address: an
    organisation word on its line or in the three lines above, with no one's name between
    ("Student Services / Mill Road / Cambridge / CB1 2AZ"). Not anyone's personal data."""
    line_start = text.rfind("\n", 0, start) + 1
    block_start = line_start
    for _ in range(3):
        if block_start == 0:
            break
        prev = text.rfind("\n", 0, block_start - 1) + 1
        line = text[prev : block_start - 1].strip()
        if not line or len(line) > 60 or line.endswith("."):
            break  # a blank line or a line of prose closes the address block
        block_start = prev
    own_line = text[line_start : _line_end(text, start)]
    if len(own_line) > 80:
        return False  # a postcode in a sentence is about a person, not a letterhead
    block = text[block_start : _line_end(text, start)]
    return bool(_ORG_ADDRESS_WORD.search(block)) and not _PERSON_LINE.search(block)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


#: Letters of the scripts other than Latin that names are written in here: Greek, Cyrillic,
#: Armenian, Hebrew, Arabic, the Indic scripts, Thai, Georgian, Ethiopic, kana, Han, Hangul.
OTHER_SCRIPT_LETTERS = (
    "\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f"
    "\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff\u1200-\u137f\u3040-\u30ff\u3400-\u9fff"
    "\uac00-\ud7af"
)
#: A name in another script in brackets right after a name ("Chen Wei (陈伟)", "Youssef Khalil
#: (يوسف خليل)", "Farid Noori (فرید)"), or after a slash ("Karim / كريم حداد").
_SCRIPT_WORDS = rf"[{OTHER_SCRIPT_LETTERS}]+(?:[ ][{OTHER_SCRIPT_LETTERS}]+){{0,3}}"
_SCRIPT_NAME_AFTER = re.compile(
    rf"[ \t]*(?:[(（]({_SCRIPT_WORDS})[)）]|/?[ \t]*({_SCRIPT_WORDS})(?=[ \t]*(?:\n|$)))"
)


def names_in_other_scripts(text: str, accepted: list[Candidate]) -> list[Candidate]:
    """The same person's name written in another script in brackets after it: redacted
    with it ("Chen Wei (陈伟)"), kept with the subject's."""
    added: list[Candidate] = []
    for c in accepted:
        if c.entity_type != "PERSON":
            continue
        m = _SCRIPT_NAME_AFTER.match(text, c.end)
        if m is None:
            continue
        group = 1 if m.group(1) else 2
        added.append(
            Candidate(
                start=m.start(group),
                end=m.end(group),
                entity_type="PERSON",
                score=c.score,
                recognizer=c.recognizer,
                person_key=c.person_key,
                is_subject=c.is_subject,
                roster=c.roster,
                confidence=c.confidence,
                why=c.why or "the same name in another script",
            )
        )
    return sorted([*accepted, *added], key=lambda c: (c.start, c.end)) if added else accepted


def placeholder_key(text: str, c: Candidate) -> str:
    if c.entity_type == "PERSON":
        if c.person_key is not None:
            return c.person_key
        return "ner:" + normalise_name(text[c.start : c.end])
    return _value_key(text[c.start : c.end])


def propagate_unlisted_names(
    text: str, accepted: list[Candidate], nlp_artifacts: NlpArtifacts | None = None
) -> list[Candidate]:
    """Every other mention of a person found once (by NER or a heuristic) is found too.

    "Émile Brun" recognised in one sentence makes "Émile Brun" and "Brun" elsewhere in the
    same text redacted as well, so one person is never half-redacted. The initials of every
    third party named in full ("Rajinder Kaur") are redacted too where they stand as a word
    ("RK to call", "(R.K.)"), unless they are also the subject's initials.
    """
    names: set[str] = set()
    initials: set[str] = set()
    subject_initials: set[str] = set()
    written: set[str] = set()
    subject_written: set[str] = set()
    listed: set[str] = set()
    for c in accepted:
        if c.entity_type != "PERSON":
            continue
        span = text[c.start : c.end]
        letters = _letters_of(span)
        if letters is not None:
            (subject_initials if c.is_subject else initials).add(letters)
        if len(span.split()) >= 2:
            # "BPL" for Bronwen Pritchard-Lloyd, "PO'R", "MvdB": initials as people write them
            (subject_written if c.is_subject else written).update(initials_written(span))
        if c.roster:
            if not c.is_subject:
                # a recorded person's name in full, for the chat's lower-case mentions
                listed.add(span)
                listed.update(w for w in span.split() if len(w) >= 3)
            continue
        names.add(span)
        words = span.split()
        first_word = fold_accents(words[0]).casefold() if words else ""
        if (
            len(words) > 1
            and words[0][:1].isupper()
            and first_word not in NOT_PEOPLE
            and first_word not in ORG_WORDS
            and first_word.strip(".") not in TITLES
        ):
            names.add(words[0])  # "Will Brown" makes "Will confirms" her too (checked below)
        for word in words:
            folded = fold_accents(word).casefold()
            if (
                len(word) >= 3
                and word[0].isupper()
                and folded not in COMMON_WORD_NAMES
                and (folded not in NOT_PEOPLE and folded not in ORG_WORDS)
                and folded.strip(".") not in TITLES
                and folded.strip(".") not in _NAME_SUFFIXES
            ):
                names.add(word)
    from .name_rules import ACRONYMS

    for c in accepted:
        # "Owain Tudor ("Oz")": a nickname in quotes right after someone else's name is theirs
        if c.entity_type == "PERSON" and not c.is_subject:
            nick = _QUOTED_NICKNAME_AFTER.match(text, c.end)
            if nick is not None and nick.group(1).upper() not in ACRONYMS:
                names.add(nick.group(1))
    initials -= subject_initials
    written -= subject_written
    # Initials that are also abbreviations ("GP" for Gareth Pugh) count only where initials
    # stand for a person: before an action ("GP to write") or closing an entry "(GP)".
    ambiguous_initials = initials & ACRONYMS
    places: set[str] = set()
    doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
    if doc is not None:
        for ent in getattr(doc, "ents", ()):
            if ent.label_ in ("GPE", "LOC", "ORG", "FAC", "NORP"):
                places.add(ent.text)
                places.update(ent.text.split())
    # A given name of someone found in full beside the subject's surname ("his cousin Giorgos
    # Papadopoulos") stays a name even where the small model calls it a place elsewhere.
    # The words of someone found in full ("his cousin Giorgos Papadopoulos", "Kevin
    # Halloran") stay names even where the small model calls one of them a place elsewhere;
    # only the towns of GeoNames are taken out whoever found them.
    in_full = {
        word
        for c in accepted
        if c.entity_type == "PERSON"
        and not c.is_subject
        and len(words := text[c.start : c.end].split()) > 1
        for word in words
        if fold_accents(word).casefold() not in _ordinary_words()
    }
    from .lexicon import lexicon

    gazetteer = lexicon().places
    towns = {n for n in names if fold_accents(n).casefold() in gazetteer}
    names -= (places - in_full) | towns
    alternatives = [re.escape(n) for n in sorted(names, key=len, reverse=True)]
    for letters in sorted(initials):
        alternatives.append(letters)
        alternatives.append(r"\.[ \t]?".join(letters) + r"\.")
    alternatives.extend(re.escape(w).replace("'", "['’]") for w in sorted(written))
    if not alternatives and not listed:
        return accepted
    pattern = re.compile(
        r"(?<![\w@.])(?:" + "|".join(alternatives or ["(?!)"]) + r")(?![\w@]|[-_]\w|\.\w)"
    )
    starts = [c.start for c in accepted]
    added: list[Candidate] = []
    for m in pattern.finditer(text):
        i = bisect_right(starts, m.start())
        if i > 0 and accepted[i - 1].end > m.start():
            continue
        if i < len(accepted) and accepted[i].start < m.end():
            continue
        found = m.group(0)
        letters_found = found.replace(".", "").replace(" ", "")
        if letters_found in ambiguous_initials and not (
            initials_stand_for_someone(text, m.start(), m.end())
            or _spelt_out_after(text, m.end(), letters_found, accepted)
        ):
            continue
        if letters_found in initials or found.replace("’", "'") in written:
            added.append(
                Candidate(
                    m.start(),
                    m.end(),
                    "PERSON",
                    0.7,
                    "InitialsRecognizer",
                    why="initials of a person named in the text",
                )
            )
            continue
        if (
            len(found.split()) == 1
            and fold_accents(found).casefold() in _ordinary_words()
            and _at_sentence_start(text, m.start())
            and not _VERB_AFTER.match(text, m.end())
        ):
            continue  # "Will follow up": the word, not the person found elsewhere
        if len(found.split()) == 1 and (
            _NUMBER_AFTER.match(text, m.end())
            or _NEXT_TO_NUMBER.search(text[max(0, m.start() - 4) : m.start()])
        ):
            continue  # "Thu 4 Dec", "12 May": the date, not "Thu" of "Trần Thu Hà"
        added.append(Candidate(m.start(), m.end(), "PERSON", 0.7, "SamePersonElsewhereRecognizer"))
    if looks_like_chat(text):
        added.extend(
            _lower_case_mentions(text, names | listed, sorted(accepted + added, key=_by_start))
        )
    if not added:
        return accepted
    return sorted(accepted + added, key=_by_start)


def _by_start(c: Candidate) -> tuple[int, int]:
    return c.start, c.end


#: Words just before a lower-case name in a chat that show someone is meant: addressed,
#: thanked, told, asked, named ("night svitlana", "tell lily", "a guy called bill", "@ mo").
_ADDRESSED_BEFORE = re.compile(
    r"(?:\b(?:tell|ask|asked|told|ping|cc|thanks|thank[ \t]+you|thx|ty|night|nite|morning|"
    r"hi|hey|hiya|bye|sorry|ok|okay|called|named|calling|looping[ \t]+in|"
    r"message|text|dm)|@)[ \t]*$"
)
#: Words just after a lower-case name showing it is someone: "cerys already knows".
_PERSON_AFTER = re.compile(
    r"(?:[ \t]+(?:already|just|said|says|is|was|will|has|had|knows|knew|thinks|told|asked|"
    r"can|could|did|does|wants|sent|posted|added)\b|['’]s\b)"
)
_NOT_A_NAME_BEFORE = re.compile(r"(?i)\b(?:the|a|an|my|your|his|her|our|their|this|that)[ \t]+$")
_MESSAGE_ENDS = re.compile(
    r"[ \t]*(?:[.,!?x]|lol|[\u2600-\u27BF\U0001F000-\U0001FAFF\uFE0F])*[ \t]*$"
)


def _lower_case_mentions(text: str, names: set[str], taken: Sequence[Candidate]) -> list[Candidate]:
    """In a chat, people found in full are also written in lower case ("night svitlana",
    "tell lily or wang hao", "cerys already knows"). A name that is also an English word
    ("hope", "bill", "mark") counts only where someone is plainly meant."""
    lowered = {n.casefold() for n in names if len(n) >= 3 and not n.islower()}
    lowered = {n for n in lowered if n.strip(".").casefold() not in TITLES}
    if not lowered:
        return []
    pattern = re.compile(
        r"(?<![\w@.])(?:"
        + "|".join(re.escape(n) for n in sorted(lowered, key=len, reverse=True))
        + r")(?![\w@]|[-_]\w|\.\w)"
    )
    starts = [c.start for c in taken]
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        i = bisect_right(starts, m.start())
        if (i > 0 and taken[i - 1].end > m.start()) or (
            i < len(taken) and taken[i].start < m.end()
        ):
            continue
        if fold_accents(m.group(0)) in _ordinary_words():
            line_end = text.find("\n", m.end())
            rest = text[m.end() : len(text) if line_end < 0 else line_end]
            before = text[max(0, m.start() - 20) : m.start()]
            if not (
                _ADDRESSED_BEFORE.search(before)
                or _PERSON_AFTER.match(text, m.end())
                or (_MESSAGE_ENDS.fullmatch(rest) and not _NOT_A_NAME_BEFORE.search(before))
            ):
                continue
        out.append(
            Candidate(
                m.start(),
                m.end(),
                "PERSON",
                0.7,
                "SamePersonElsewhereRecognizer",
                why="a person of the chat, in lower case",
            )
        )
    return out


def _letters_of(span: str) -> str | None:
    """ "RK" for "Rajinder Kaur", "MB" for "Miriam van der Berg"; None for one word."""
    parts = [w for w in re.split(r"[\s.]+", span) if w]
    if len(parts) < 2 or not all(w[:1].isupper() for w in parts):
        return None
    letters = "".join(
        w[0]
        for w in parts
        if w.lower() not in _NAME_PARTICLES and w.lower().strip(".") not in TITLES
    )
    return letters if 2 <= len(letters) <= 3 else None


_BRACKET_OPENS = re.compile(r"[ \t]*\([ \t]*")


def _spelt_out_after(text: str, end: int, letters: str, accepted: Sequence[Candidate]) -> bool:
    """ "IS (Imran Siddiqui, Prevent lead)": initials that a person found in full right after
    them, in brackets, spells out."""
    opens = _BRACKET_OPENS.match(text, end)
    if opens is None:
        return False
    return any(
        c.start == opens.end()
        and c.entity_type == "PERSON"
        and not c.is_subject
        and _letters_of(text[c.start : c.end]) == letters
        for c in accepted
    )


_INITIALS_ACTION = re.compile(r"[ \t]+(?:to|will|agreed\s+to)[ \t]+[a-z]+")
#: What someone did, after initials that are also an abbreviation ("NF called her", "PR
#: phoned the mother"): only for initials of someone named in full in the same text.
_INITIALS_DID = re.compile(
    r"[ \t]+(?:called|phoned|rang|emailed|e-mailed|contacted|met|visited|informed|referred|"
    r"messaged|texted|wrote|sent|checked|arranged|escalated|logged|spoke|advises|notes|"
    r"reports|asks|confirms|suggests|agrees|explains|recommends|says|thinks|feels|read|"
    r"reviewed|led|attended|interpreted|interpreting|translated|translating|noted)\b"
)
#: Initials right after what was done to or with someone ("Mr Wong told TV that…", "with SR
#: interpreting"): only for initials of someone named in full in the same text.
_INITIALS_DONE_TO = re.compile(
    r"(?i)\b(?:told|asked|emailed|informed|updated|thanked|phoned|called|rang|contacted|with|"
    r"and|passed[ \t]+to|copied[ \t]+to:?|cc:?|through|via)[ \t]+$"
)


def initials_stand_for_someone(text: str, start: int, end: int) -> bool:
    """Whether letters that are both an abbreviation and the initials of someone named in the
    text ("GP" for Gareth Pugh, "PM", "RE") stand where only initials stand: before an action
    or what they said ("GP to write", "PM summarised"), in brackets ("(GP)"), after "by", or
    signing an entry ("... in writing. GP", "— RE")."""
    from .name_rules import INITIALS_SAID

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start]
    rest = text[end : len(text) if line_end < 0 else line_end]
    closes_line = not rest.strip(" \t.,;)")
    return bool(
        _INITIALS_ACTION.match(text, end)
        or INITIALS_SAID.match(text, end)
        or _INITIALS_DID.match(text, end)
        or bool(_INITIALS_DONE_TO.search(before))
        or (before.endswith("(") and rest.startswith(")"))
        or _BY_JUST_BEFORE.search(before)
        or (closes_line and _SIGNING_BEFORE.search(before))
        or (not before.strip(" \t>*•-") and rest.startswith(":"))
    )


_QUOTED_NICKNAME_AFTER = re.compile(r"[ \t]*\([ \t]*[\"“'‘]([A-Z][^\W\d_]{1,20})[\"”'’][ \t]*\)")
_BY_JUST_BEFORE = re.compile(r"(?i)\bby[ \t]+$")
#: A dash, or the end of a sentence, right before initials that close the line.
_SIGNING_BEFORE = re.compile(r"(?:(?:^|\s)(?:—|–|-{1,2})|[.!?\"”)][ \t]+)[ \t]*$")
_VERB_AFTER = re.compile(r"(?:['’]s\b|[ \t]+[a-z]{3,}(?:ed|s)\b|[ \t]*,)")
_NAME_SUFFIXES = frozenset("snr jnr sr jr senior junior ii iii".split())
_NAME_PARTICLES = frozenset("al el bin ibn bint van von de da di du der den la le".split())


def _ordinary_words() -> frozenset[str]:
    from .lexicon import lexicon

    return lexicon().words


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos]
    return bool(re.search(r"(?:^|[.!?:;]\s+|\n\s*|[\"“(]\s*)$", before)) or pos == 0
