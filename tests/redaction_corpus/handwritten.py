# ruff: noqa: E501
"""Hand-written documents (not from templates) in the same mark-up as build_corpus.py.

Run: python tests/redaction_corpus/handwritten.py  -> handwritten.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_corpus import parse

DOCS = [
    {
        "id": "hw-welfare-email",
        "kind": "email",
        "subject": "Bilal Chaudhry",
        "subject_aliases": ["Bil"],
        "known_people": ["Joanne Whitaker", "Rose Fenwick", "Kieran Doherty"],
        "text": """Hi [[P|Joanne]],

Quick update after today's drop-in ([[NEG|Wednesday]] [[NEG|2pm]], [[NEG|Room G.04]]). [[S|Bilal]] came in with his housemate [[P|Kieran]] and was quieter than usual. [[S|Bil]] said his sister [[U|Nasreen]] had been "getting messages" from a man called [[U|Tony Farrell]] who runs a gym near [[NEG|Armley]]. I've not passed anything on yet.

[[P|Rose]] ([[NEG|Disability Adviser]]) thinks the extension for [[NEG|LAW2201]] should stand. Her direct line is [[T:PHONE_NUMBER|0113 496 0771]] if you'd rather speak to her.

Thanks,
[[P|R. Fenwick]]
""",
    },
    {
        "id": "hw-teams-chat",
        "kind": "vle_chat",
        "subject": "Oskar Lindqvist",
        "subject_aliases": [],
        "known_people": ["Priya Nair", "Tom Ashworth", "Grace Ogunleye"],
        "text": """[[NEG|Teams]] chat export - [[NEG|ENG2040]] study group
[[T:USERNAME|priya.nair7]]: did anyone see what oskar posted last night
[[T:USERNAME|tashworth]]: yeah. [[S|oskar]] that was not ok mate
[[SI:USERNAME|olindqvist]]: it was a joke. [[P|grace]] laughed
[[T:USERNAME|grace_og]]: i didnt laugh i was shocked tbh
[[T:USERNAME|priya.nair7]]: im going to tell dr [[U|hollis]] on monday
[[T:USERNAME|tashworth]]: [[P|priya]] pls dont make it a big thing, will sort it
[[SI:USERNAME|olindqvist]]: hope ur all happy. deleting the group
""",
    },
    {
        "id": "hw-minutes-smt",
        "kind": "minutes",
        "subject": "Leon McCarthy",
        "subject_aliases": [],
        "known_people": ["Angela Morris", "David Okonkwo", "Fiona Grant"],
        "text": """Notes of the [[NEG|Safeguarding Group]], [[NEG|Thursday 6 February 2025]]
Present: [[P|A. Morris]] (chair), [[P|D. Okonkwo]], [[P|F. Grant]]

Item 3 - [[S|L. McCarthy]] ([[NEG|case 2025/031]]).
[[P|Angela]] reported that [[S|Leon]]'s landlord, [[U|Mr Kowalczyk]], had contacted the university about flags in the window of [[SI:STREET_ADDRESS|22 Brudenell Grove]]. [[P|David]] noted that this may be protected expression (policy [[NEG|2.3]]) and that the [[NEG|Freedom of Speech Code]] applies. [[P|Fiona]] will ask [[NEG|Estates]] whether [[NEG|Brudenell]] properties are university-managed.
[[S|McCarthy]]'s personal tutor [[U|Imran Aziz]] has no concerns about his work.
Decision: no further action; review in [[NEG|March]].
""",
    },
    {
        "id": "hw-incident-log",
        "kind": "support_log",
        "subject": "Hope Adeyemi",
        "subject_aliases": [],
        "known_people": ["Mark Ellison", "Will Sturgess"],
        "text": """Incident log, [[NEG|Library]] [[NEG|Level 2]]
[[NEG|21:10]] Security ([[P|Mark Ellison]]) called to a dispute between [[S|Hope Adeyemi]] and a visitor.
[[NEG|21:14]] Visitor gave name as [[U|Gary Pickering]], DOB [[T:DATE_OF_BIRTH|14/02/1988]], car reg [[T:UK_VEHICLE_REGISTRATION|YK15 HRT]].
[[NEG|21:20]] [[S|Hope]] said the visitor had followed her from the bus stop. [[P|Will]] ([[NEG|duty manager]]) took a statement.
[[NEG|21:32]] I hope we can get the CCTV. Will review tomorrow with [[P|Mark]].
[[NEG|21:40]] [[S|Hope]]'s student number [[SI:STUDENT_NUMBER|S2219087]] recorded; she went home with a friend, [[U|Ellie]].
""",
    },
    {
        "id": "hw-social-screenshot",
        "kind": "social_media_report",
        "subject": "Ryan Pritchard",
        "subject_aliases": ["Pritch"],
        "known_people": ["Amelia Stone"],
        "text": """Screenshot description (submitted by [[P|Amelia Stone]], [[T:EMAIL_ADDRESS|a.stone@student.example.ac.uk]])
Account [[SI:SOCIAL_HANDLE|@pritch_1488]] posted a photo captioned "day of the rope soon". Replies from [[T:SOCIAL_HANDLE|@kat_w]] and [[T:SOCIAL_HANDLE|@deano_77]].
[[P|Amelia]] says [[S|Pritch]] is on her [[NEG|Politics]] course and that another student, [[U|Dean Walsh]], reposted it.
The post links to [[T:URL|https://t.me/northernresistance_uk]] ([[NEG|Telegram]]).
""",
    },
    {
        "id": "hw-referral-form",
        "kind": "referral",
        "subject": "Siân Llewellyn",
        "subject_aliases": [],
        "known_people": ["Gareth Pugh", "Carys Llewellyn"],
        "text": """Section A - about the student
Name: [[S|Siân Llewellyn]]   Date of birth: [[SI:DATE_OF_BIRTH|9 November 2003]]
Address: [[SI:STREET_ADDRESS|Flat 2, 41 Cathays Terrace]], [[NEG|Cardiff]] [[SI:UK_POSTCODE|CF24 4HX]]
Student number: [[SI:STUDENT_NUMBER|S4402119]]   NHS number: [[SI:UK_NHS|485 777 3456]]

Section B - next of kin
Mother: [[P|Carys Llewellyn]], [[T:PHONE_NUMBER|07700 900 418]], [[T:STREET_ADDRESS|3 Heol Y Felin]]

Section C - referrer
[[P|Gareth Pugh]], [[NEG|Head of Student Wellbeing]]. Mr [[P|Pugh]] first met [[S|Siân]] in [[NEG|October]].
""",
    },
]


def main() -> None:
    out = Path(__file__).parent / "handwritten.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for d in DOCS:
            text, spans, negatives = parse(d["text"])
            fh.write(
                json.dumps(
                    {**d, "text": text, "spans": spans, "hard_negatives": negatives},
                    ensure_ascii=False,
                )
                + "\n"
            )
    print(f"wrote {len(DOCS)} documents to {out}")


if __name__ == "__main__":
    main()
