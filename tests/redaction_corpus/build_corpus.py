# ruff: noqa: E501, F841, E741
"""Build the labelled development corpus (dev.jsonl) from hand-written document templates.

Run: python tests/redaction_corpus/build_corpus.py  (deterministic, seed fixed)

Mark-up in templates: [[TAG|text]] where TAG is
  S            the case subject's name (must be KEPT)
  P            a third party listed in the case roster (must be REDACTED)
  U            a third party NOT listed in the roster (must be REDACTED)
  T:TYPE       a third party's identifier of entity TYPE (must be REDACTED)
  SI:TYPE      the subject's identifier of TYPE (kept if its category is kept by default:
               name, date of birth, student number, address; otherwise REDACTED)
  NEG          a hard negative: not personal data, must NOT be redacted
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pools import MODULES, PLATFORMS, POSTCODES, SUBJECTS, THIRD_PARTIES, TOWNS, UNLISTED, Ids

KEEP_BY_DEFAULT = {"DATE_OF_BIRTH", "STUDENT_NUMBER", "STREET_ADDRESS", "UK_POSTCODE"}


@dataclass
class Who:
    first: str
    last: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def S(t: str) -> str:
    return f"[[S|{t}]]"


def P(t: str) -> str:
    return f"[[P|{t}]]"


def U(t: str) -> str:
    return f"[[U|{t}]]"


def T(kind: str, t: str) -> str:
    return f"[[T:{kind}|{t}]]"


def SI(kind: str, t: str) -> str:
    return f"[[SI:{kind}|{t}]]"


def N(t: str) -> str:
    return f"[[NEG|{t}]]"


def email_of(w: Who, rng: random.Random, student: bool = False) -> str:
    import unicodedata

    def fold(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)
                       ).replace("ł", "l").replace("'", "").replace("-", "").lower()
    dom = "student.example.ac.uk" if student else rng.choice(
        ["example.ac.uk", "gmail.com", "outlook.com", "example.org.uk"])
    return f"{fold(w.first)}.{fold(w.last)}{rng.randint(1, 99) if rng.random() < 0.5 else ''}@{dom}"


def uname_of(w: Who, rng: random.Random) -> str:
    f = w.first.lower()[:1]
    last = re.sub(r"[^a-z]", "", w.last.lower().replace("ł", "l").replace("ś", "s"))
    return rng.choice([f"{f}.{last}{rng.randint(10, 99)}", f"{f}{last}{rng.randint(10, 99)}",
                       f"{w.first.lower()[:4]}_{last[:1]}{rng.randint(1, 9)}"])


def handle_of(rng: random.Random) -> str:
    return "@" + rng.choice(["nightowl", "truth_seeker", "redline", "lionheart", "northstar",
                             "watcher", "ghost_rider", "free_voice"]) + str(rng.randint(1, 999))


@dataclass
class Ctx:
    rng: random.Random
    ids: Ids
    s: Who
    s_alias: str | None
    p: list[Who]
    u: list[Who]
    module: str
    town: str
    case_ref: str
    platform: str


def tutor_report(c: Ctx) -> str:
    s, p, u, r = c.s, c.p, c.u, c.rng
    return f"""Personal tutor report: {N(c.module)} ({N("Criminology and Society")})
Case reference: {N(c.case_ref)}. Meeting held on {N("12 February 2025")} at {N("14:30")} in room 2.14.

Present: {S(s.full)} (student), {P(p[0].full)} ({N("Personal Tutor")}), {P(p[1].full)} ({N("Student Support Officer")}).

{S(s.first)} attended on time. {S(s.first)}'s attendance this term has dropped to 40%. {P(p[0].first)} asked about the essay on
radicalisation theory that {S(s.first)} submitted for {N(c.module)}; parts of it copied material from a {N(c.platform)} channel.
{S(s.first)} said that {P(p[2].full)}, another student on the module, had shared the channel with him. {P(p[1].last)}
noted that {P(p[2].first)}'s phone number ({T("PHONE_NUMBER", c.ids.mobile())}) was listed as the channel admin contact.

{S(s.first)} gave his term-time address as {SI("STREET_ADDRESS", c.ids.address())}, {N(c.town)} {SI("UK_POSTCODE", r.choice(POSTCODES))} and his student
number as {SI("STUDENT_NUMBER", c.ids.student_no())}. He lives with his cousin {U(u[0].first)} who "keeps an eye on him".

Actions: {P(p[0].last)} to follow up with the {N("Prevent Lead")} under section {N("7.3")} of the policy. We will review progress
at the next meeting on {N("5 March 2025")}. I hope the support plan will help; {S(s.first)} seemed open to it.
"""


def support_log(c: Ctx) -> str:
    s, p, u, r, ids = c.s, c.p, c.u, c.rng, c.ids
    return f"""STUDENT SUPPORT LOG - {N(c.case_ref)}
{N("03/03/2025")} {N("09:15")} - Call from {P(p[0].full)} ({N("Hall Warden")}, {N("Bodington Hall")}) about {S(s.full)}
(DOB {SI("DATE_OF_BIRTH", ids.dob())}, student no. {SI("STUDENT_NUMBER", ids.student_no()[1:])}). {P(p[0].first)} reported that {S(s.first)}'s flatmate
{P(p[1].full)} found printed leaflets in the kitchen. {P(p[1].first)} can be reached on {T("PHONE_NUMBER", ids.landline())} or
{T("EMAIL_ADDRESS", email_of(p[1], r, True))}.
{N("03/03/2025")} {N("11:40")} - Spoke to {S(s.first)}. He said the leaflets belonged to a visitor, {U(u[0].full)}, who drives a
grey Corsa, registration {T("UK_VEHICLE_REGISTRATION", ids.vehicle())}. {S(s.first)} seemed anxious and asked whether his mum
would be told. His NHS number ({SI("UK_NHS", ids.nhs())}) was checked against the GP letter on file.
{N("04/03/2025")} {N("10:00")} - {P(p[2].full)} ({N("Mental Health Adviser")}) booked {S(s.first)} in for {N("Thursday")}. {P(p[2].last)} will
update the log. Note: {N("Will")} check with {N("Student Finance")} about the hardship fund.
{N("05/03/2025")} {N("16:20")} - {P(p[1].first)} emailed again from {T("EMAIL_ADDRESS", email_of(p[1], r))} saying {U(u[0].first)} had returned.
"""


def vle_chat(c: Ctx) -> str:
    s, p, r = c.s, c.p, c.rng
    su = uname_of(s, r)
    p0u, p1u = uname_of(p[0], r), uname_of(p[1], r)
    h = handle_of(r)
    return f"""VLE discussion export - {N(c.module)} group 4 - {N("Moodle")} forum, {N("Week 6")}
[{N("19:02")}] {T("USERNAME", p0u)}: has anyone started the {N(c.module)} reading
[{N("19:04")}] {SI("USERNAME", su)}: ye i did. {P(p[1].first.lower())} sent me the pdf
[{N("19:05")}] {T("USERNAME", p1u)}: i did but {S(s.first.lower())} you need to stop posting that other stuff
[{N("19:06")}] {SI("USERNAME", su)}: its just a link to {SI("SOCIAL_HANDLE", h)} on {N(c.platform)} chill
[{N("19:08")}] {T("USERNAME", p0u)}: {P(p[1].first.lower())} is right tho, {P(p[2].first)} said the same in the seminar
[{N("19:09")}] {T("USERNAME", p1u)}: i will report it to {P(p[3].first)} {P(p[3].last)} if it carries on
[{N("19:11")}] {SI("USERNAME", su)}: whatever. ask {P(p[2].first.lower())} {P(p[2].last.lower())} she knows {T("SOCIAL_HANDLE", handle_of(r))}
[{N("19:15")}] {T("USERNAME", p0u)}: hope u mark it as done {S(s.first.lower())}
Moderator note ({P(p[3].full)}, {N("Module Leader")}): thread locked; IP of the posts {SI("IP_ADDRESS", c.ids.ip())}.
"""


def email_thread(c: Ctx) -> str:
    s, p, u, r, ids = c.s, c.p, c.u, c.rng, c.ids
    return f"""From: {P(p[0].full)} <{T("EMAIL_ADDRESS", email_of(p[0], r))}>
To: {N("Prevent Lead")} <{N("prevent@example.ac.uk")}>
Date: {N("Tue, 11 Mar 2025 08:47")}
Subject: Concern about a student in my {N(c.module)} seminar

Dear {P(p[1].first)},

I am writing about {S(s.full)} ({SI("STUDENT_NUMBER", ids.student_no())}). In yesterday's seminar {S(s.first)} said that people like
{P(p[2].full)} "deserved what was coming". {P(p[2].first)} was upset and left; her friend {U(u[0].full)} walked her to the
{N("Student Support")} office. I have not spoken to {P(p[2].first)}'s parents.

{S(s.last)} has also been posting from {SI("SOCIAL_HANDLE", handle_of(r))}. Another student, {P(p[3].full)}, showed me the posts;
{P(p[3].first)} gave me her mobile ({T("PHONE_NUMBER", ids.mobile())}) in case you need a statement.

I hope this is the right route. I will be on campus until {N("Friday")}.

Kind regards,
{P(p[0].first)}
{N("Senior Lecturer")}, {N("School of Law")} | {T("PHONE_NUMBER", ids.landline())}
"""


def minutes(c: Ctx) -> str:
    s, p, u, r, ids = c.s, c.p, c.u, c.rng, c.ids
    return f"""MINUTES - Prevent case review panel ({N(c.case_ref)})
Date: {N("20 March 2025")}, {N("10:00")}-{N("11:15")}, {N("Teams")}
Attendees: {P(p[0].full)} ({N("Prevent Lead")}, chair), {P(p[1].full)} ({N("Deputy Vice-Chancellor")}), {P(p[2].full)} ({N("DPO")})
Apologies: {P(p[3].full)}

1. Case summary. {P(p[0].last)} summarised the concern about {S(s.full)} ({S(s.first)}), born {SI("DATE_OF_BIRTH", ids.dob())}, of
{SI("STREET_ADDRESS", ids.address())}, {N(c.town)} {SI("UK_POSTCODE", r.choice(POSTCODES))}. The concern was raised by {P(p[3].first)} on {N("10 March 2025")}.
2. Information from the police. {N("West Yorkshire Police")} (Sgt {U(u[0].last)}) confirmed a vehicle linked to {S(s.first)}'s
brother {U(u[1].first)} ({T("UK_VEHICLE_REGISTRATION", ids.vehicle())}) had been stopped. {P(p[1].first)} asked whether this met the
threshold in section {N("7.4")}.
3. Decision. The panel agreed a referral to the {N("Channel")} panel. {P(p[2].last)} confirmed the lawful basis under
{N("Article 6(1)(e)")}. {S(s.first)}'s NI number {SI("UK_NINO", ids.nino())} is not needed and will not be shared.
4. Actions: {P(p[0].first)} to contact the {N("Regional Prevent Coordinator")} by {N("24 March 2025")}. Next review {N("3 April 2025")}.
"""


def social_report(c: Ctx) -> str:
    s, p, u, r, ids = c.s, c.p, c.u, c.rng, c.ids
    h1 = handle_of(r)
    return f"""Social media report received via the online form
Reporter: {P(p[0].full)} ({T("EMAIL_ADDRESS", email_of(p[0], r, True))}), student
Platform: {N(c.platform)}

The account {SI("SOCIAL_HANDLE", h1)} (which {P(p[0].first)} believes is {S(s.full)}) posted a video on {N("Saturday")} night.
The post tagged {T("SOCIAL_HANDLE", handle_of(r))} and {P(p[1].full)}. Link: {SI("URL", "https://www.instagram.com/" + h1[1:])}
{P(p[1].first)}'s profile {T("URL", "https://www.facebook.com/" + p[1].first.lower() + "." + p[1].last.lower().replace("'", ""))} was shared
in the comments. A user called {U(u[0].full)} replied with a threat.

{S(s.first)} has been told nothing yet. {P(p[0].first)} says {S(s.first)} and {P(p[1].first)} were close friends until {N("January")}.
Mark the report as {N("urgent")}. Screenshots are saved in the case file {N(c.case_ref)}.
"""


def phone_note(c: Ctx) -> str:
    s, p, u, r, ids = c.s, c.p, c.u, c.rng, c.ids
    return f"""Telephone note - {N("Monday 17 March 2025")}, {N("15:05")}
Caller: {P(p[0].full)}, mother of {S(s.first)}'s former partner {P(p[1].full)}. Number given: {T("PHONE_NUMBER", ids.mobile())}.
Mrs {P(p[0].last)} said {P(p[1].first)} had received messages from {S(s.full)} that "talked about martyrdom". She lives at
{T("STREET_ADDRESS", ids.address())}, {N(c.town)} {T("UK_POSTCODE", r.choice(POSTCODES))} and asked us not to give her address to anyone.
Her bank details (for reimbursing travel) were given as sort code {T("UK_SORT_CODE", ids.sort_code())}, account {T("UK_BANK_ACCOUNT", ids.account())}.
I explained that the {N("Prevent Lead")}, {P(p[2].full)}, would call back. {S(s.first)} is not aware of the call.
Follow-up: {P(p[2].first)} to ring Mrs {P(p[0].last)} on {N("Wednesday")}; Dr {U(u[0].last)} ({N("GP")}) may also be contacted.
"""


def concern_form(c: Ctx) -> str:
    s, p, u, r, ids = c.s, c.p, c.u, c.rng, c.ids
    return f"""PREVENT CONCERN FORM (policy {N("5.3")})
Name of student: {S(s.full)}          Student number: {SI("STUDENT_NUMBER", ids.student_no())}
Date of birth: {SI("DATE_OF_BIRTH", ids.dob())}                  Course: {N("BSc Computer Science")}
Term address: {SI("STREET_ADDRESS", ids.address())}, {N(c.town)} {SI("UK_POSTCODE", r.choice(POSTCODES))}
Student email: {SI("EMAIL_ADDRESS", email_of(s, r, True))}            Mobile: {SI("PHONE_NUMBER", ids.mobile())}
Passport number (international student): {SI("UK_PASSPORT", ids.passport())}

Raised by: {P(p[0].full)}, {N("Associate Tutor")}, {T("EMAIL_ADDRESS", email_of(p[0], r))}
Witnesses: {P(p[1].full)} and {P(p[2].full)}

What happened: During the lab on {N("6 March 2025")}, {S(s.first)} showed {P(p[1].first)} and {P(p[2].first)} a folder of
propaganda on a USB stick. {P(p[2].last)}'s laptop ({T("IP_ADDRESS", ids.ip())}) was used to open it. {P(p[1].first)} told
{P(p[0].first)} afterwards. {S(s.first)}'s brother {U(u[0].full)} was mentioned as the source.

Any immediate risk? No. Grace period for the coursework agreed by the {N("Module Leader")}.
"""


def chronology(c: Ctx) -> str:
    s, p, u, r, ids = c.s, c.p, c.u, c.rng, c.ids
    return f"""Chronology extract - {N(c.case_ref)} - subject {S(s.full)}
- {N("2025-01-14")}: {S(s.first)} missed three {N(c.module)} seminars. Tutor {P(p[0].full)} emailed him.
- {N("2025-01-28")}: {P(p[1].full)} (flatmate) reported {S(s.first)} had a new car, {T("UK_VEHICLE_REGISTRATION", ids.vehicle())}, registered to
  {U(u[0].full)} of {T("STREET_ADDRESS", ids.address())}.
- {N("2025-02-03")}: {S(s.first)} logged in to the VLE as {SI("USERNAME", uname_of(s, r))} from {SI("IP_ADDRESS", ids.ip())} at {N("03:12")}.
- {N("2025-02-10")}: {P(p[2].first)} {P(p[2].last)} ({N("Security")}) saw {S(s.first)} with {P(p[1].first)} near the library.
- {N("2025-02-19")}: {P(p[0].last)} met {S(s.first)}; he disclosed his {N("Universal Credit")} payments go to IBAN {SI("IBAN_CODE", ids.iban())}.
- {N("2025-02-20")}: {P(p[1].first)}'s NHS number {T("UK_NHS", ids.nhs())} appeared on a letter found in {S(s.first)}'s room; returned to her.
- {N("2025-02-27")}: Decision deferred pending {N("Channel")} advice; review on {N("2025-03-13")}.
"""


def it_security(c: Ctx) -> str:
    s, p, u, r, ids = c.s, c.p, c.u, c.rng, c.ids
    su = uname_of(s, r)
    return f"""IT Security incident note - web filter alert
Alert raised {N("2025-03-09")} {N("22:41")}: user {SI("USERNAME", su)} attempted to reach blocked extremist content from {SI("IP_ADDRESS", ids.ip())}.
Account owner: {S(s.full)}. The same session later authenticated as user {T("USERNAME", uname_of(p[0], r))}, which belongs to
{P(p[0].full)}; {P(p[0].first)} confirms she lent {S(s.first)} her login. Second device: {T("IP_ADDRESS", ids.ip())} ({P(p[0].first)}'s phone).
Analyst: {P(p[1].full)}. Escalated to the {N("Prevent Lead")} ({P(p[2].full)}) at {N("08:05")} on {N("10 March")}.
{P(p[1].last)} notes {S(s.last)} also used the {N("Tor")} browser. Driving licence found in a lab: {T("UK_DRIVING_LICENCE", ids.licence(p[0].last, p[0].first))} ({P(p[0].first)}'s).
"""


def welfare_visit(c: Ctx) -> str:
    s, p, u, r, ids = c.s, c.p, c.u, c.rng, c.ids
    alias = c.s_alias or c.s.first
    return f"""Welfare visit note ({N("Residential Life")})
Visited {S(s.full)} at {SI("STREET_ADDRESS", ids.address())} on {N("Sunday")} with {P(p[0].full)}.
{S(alias)} (as friends call him) was polite. His father, {P(p[1].full)}, was present and gave his number {T("PHONE_NUMBER", ids.mobile())}.
Mr {P(p[1].last)} said {S(s.first)} had been spending time with {U(u[0].full)} and {U(u[1].first + " " + u[1].last)} from the gym.
{P(p[0].first)} noticed a flag on the wall; {S(alias)} said it was a football flag. I will brown-bag lunch with the team tomorrow to
discuss; {P(p[0].last)} will write up the risk assessment. {S(s.first)}'s date of birth on the tenancy ({SI("DATE_OF_BIRTH", ids.dob())}) matches our records.
{P(p[1].first)}'s own passport no. {T("UK_PASSPORT", ids.passport())} was shown to the warden as ID. Hope to revisit in two weeks.
"""


def safeguarding_referral(c: Ctx) -> str:
    s, p, u, r, ids = c.s, c.p, c.u, c.rng, c.ids
    return f"""Referral to the Regional Prevent Coordinator ({N("draft")})
Subject: {S(s.full)}, also known as {S(c.s_alias or s.last)}. DOB: {SI("DATE_OF_BIRTH", ids.dob())}. Student ID {SI("STUDENT_NUMBER", ids.student_no())}.
Home address: {SI("STREET_ADDRESS", ids.address())}, {N(c.town)}.
Referrer: {P(p[0].full)} ({N("Prevent Lead")}), {T("PHONE_NUMBER", ids.landline())}.

Grounds (policy {N("7.3")}): {S(s.first)} has shared material praising a proscribed group in a {N(c.platform)} group run by
{P(p[1].full)} ({T("SOCIAL_HANDLE", handle_of(r))}). A second member, {P(p[2].full)}, told {P(p[0].first)} that {S(s.first)} asked about
travel to the region. {P(p[2].first)}'s date of birth ({T("DATE_OF_BIRTH", ids.dob())}) and NI number ({T("UK_NINO", ids.nino())}) were
supplied by mistake in her statement and must not be shared.
Family: mother {P(p[3].full)}; {P(p[3].first)} is not thought to be aware.
"""


TEMPLATES: list[tuple[str, Callable[[Ctx], str], int, int]] = [
    # name, function, listed third parties needed, unlisted needed
    ("tutor_report", tutor_report, 3, 1),
    ("support_log", support_log, 3, 1),
    ("vle_chat", vle_chat, 4, 0),
    ("email", email_thread, 4, 1),
    ("minutes", minutes, 4, 2),
    ("social_media_report", social_report, 2, 1),
    ("phone_note", phone_note, 3, 1),
    ("concern_form", concern_form, 3, 1),
    ("chronology", chronology, 3, 1),
    ("it_security", it_security, 3, 0),
    ("welfare_visit", welfare_visit, 2, 2),
    ("referral", safeguarding_referral, 4, 0),
]

MARK = re.compile(r"\[\[([A-Z_:]+)\|(.*?)\]\]")


def parse(marked: str) -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    negatives: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        tag, value = m.group(1), m.group(2)
        start, end = length, length + len(value)
        out.append(value)
        length = end
        pos = m.end()
        if tag == "NEG":
            negatives.append({"start": start, "end": end, "text": value})
            continue
        if tag == "S":
            spans.append({"start": start, "end": end, "entity_type": "PERSON", "owner": "subject",
                          "expected": "keep", "text": value})
        elif tag in ("P", "U"):
            spans.append({"start": start, "end": end, "entity_type": "PERSON",
                          "owner": "listed" if tag == "P" else "unlisted",
                          "expected": "redact", "text": value})
        elif tag.startswith("T:"):
            spans.append({"start": start, "end": end, "entity_type": tag[2:],
                          "owner": "third_party", "expected": "redact", "text": value})
        elif tag.startswith("SI:"):
            kind = tag[3:]
            spans.append({"start": start, "end": end, "entity_type": kind, "owner": "subject",
                          "expected": "keep" if kind in KEEP_BY_DEFAULT else "redact",
                          "text": value})
        else:
            raise ValueError(tag)
    out.append(marked[pos:])
    return "".join(out), spans, negatives


def build(n_per_template: int = 4, seed: int = 20250325) -> list[dict[str, object]]:
    rng = random.Random(seed)
    docs: list[dict[str, object]] = []
    for round_ in range(n_per_template):
        for name, fn, n_listed, n_unlisted in TEMPLATES:
            first, last, aliases = SUBJECTS[(len(docs) + round_) % len(SUBJECTS)]
            s = Who(first, last)
            pool = [Who(f, l) for f, l in THIRD_PARTIES if f != first and l != last]
            listed = rng.sample(pool, n_listed)
            unl = rng.sample([Who(f, l) for f, l in UNLISTED], n_unlisted) if n_unlisted else []
            ctx = Ctx(rng, Ids(rng), s, aliases[0] if aliases else None, listed,
                      unl + [Who("Nobody", "Nobody")] * 2, rng.choice(MODULES), rng.choice(TOWNS),
                      f"PRV-2025-{rng.randint(1, 999):03d}", rng.choice(PLATFORMS))
            text, spans, negatives = parse(fn(ctx))
            docs.append({
                "id": f"{name}-{round_ + 1}",
                "kind": name,
                "text": text,
                "subject": s.full,
                "subject_aliases": list(aliases),
                "known_people": [w.full for w in listed],
                "spans": spans,
                "hard_negatives": negatives,
            })
    return docs


def main() -> None:
    docs = build()
    path = Path(__file__).parent / "dev.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n_spans = sum(len(d["spans"]) for d in docs)  # type: ignore[arg-type]
    n_neg = sum(len(d["hard_negatives"]) for d in docs)  # type: ignore[arg-type]
    print(f"wrote {len(docs)} documents, {n_spans} labelled spans, {n_neg} hard negatives to {path}")


if __name__ == "__main__":
    main()
