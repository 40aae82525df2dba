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
    {
        "id": "hw-tutor-narrative",
        "kind": "tutor_report",
        "subject": "Jamal Osei",
        "subject_aliases": ["JJ"],
        "known_people": ["Catherine Doyle", "Piotr Król", "Hope Marsden"],
        "text": """Tutor's note, [[NEG|Semester 2]], [[NEG|Week 9]]

[[S|JJ]] has missed four of the last six [[NEG|HIS2210]] seminars. When I raised it on [[NEG|Tuesday]], he said he had been "busy with the brothers" and mentioned a [[NEG|Telegram]] group that [[P|Piotr]] had added him to. [[P|Król]] later told me the group was for football. [[P|Hope]] ([[NEG|course rep]]) is worried: she has seen [[S|Jamal]] with an older man, [[U|Desmond Clarke]], outside the [[NEG|Students' Union]] several times.

I have not contacted [[S|Osei]]'s family. His emergency contact is his uncle [[U|Kofi]] on [[T:PHONE_NUMBER|07700 900 215]].
[[P|C. Doyle]], [[NEG|Personal Academic Tutor]]
""",
    },
    {
        "id": "hw-estates-report",
        "kind": "support_log",
        "subject": "Ellen Marsh",
        "subject_aliases": [],
        "known_people": ["Victor Stanley", "Rosa Delgado"],
        "text": """Accommodation team report - [[NEG|Carlton Court]]
Resident: [[S|Ellen Marsh]] (room [[NEG|B14]]). Reported by cleaner [[P|Rosa Delgado]] on [[NEG|3 December]].
[[P|Rosa]] found material with a swastika on the desk. [[S|Ellen]]'s neighbour, [[U|Chloe Whitmore]], said a white van ([[T:UK_VEHICLE_REGISTRATION|LN64 XKT]]) collects [[S|Ellen]] most Fridays; the driver is known to her as [[U|Baz]].
[[P|Victor Stanley]] ([[NEG|Residence Manager]]) checked the CCTV. The van is registered to an address at [[T:STREET_ADDRESS|17 Gorse Hill Road]], [[NEG|Swindon]] [[T:UK_POSTCODE|SN2 1EF]].
[[P|Victor]] will brief the [[NEG|Prevent Lead]]. [[P|Stanley]]'s mobile: [[T:PHONE_NUMBER|07700 900 834]].
""",
    },
    {
        "id": "hw-email-chain-2",
        "kind": "email",
        "subject": "Callum Reid",
        "subject_aliases": [],
        "known_people": ["Aoife Brennan", "Will Hartley"],
        "text": """---------- Forwarded message ---------
From: [[P|Will Hartley]] <[[T:EMAIL_ADDRESS|w.hartley@example.ac.uk]]>
Date: [[NEG|Mon 13 Jan 2025]], [[NEG|16:02]]

[[P|Aoife]] - forwarding as discussed. [[S|Callum]] sent the attached to the [[NEG|LAW1104]] group chat at [[NEG|01:30]]. Will you log it?

---
From: [[P|Aoife Brennan]] <[[T:EMAIL_ADDRESS|aoife.brennan@example.ac.uk]]>
[[P|Will]], thanks. I'll add it to the file and mark it for the panel. [[S|Reid]]'s student ID is [[SI:STUDENT_NUMBER|S7710234]] for reference. I hope we can speak to him before the [[NEG|Channel]] meeting.
""",
    },
    {
        "id": "hw-police-liaison",
        "kind": "phone_note",
        "subject": "Yasmin Haddad",
        "subject_aliases": [],
        "known_people": ["Neil Foster"],
        "text": """Call with [[NEG|Counter Terrorism Policing North East]], [[NEG|10:40]].
PC [[U|Harland]] asked whether [[S|Yasmin Haddad]] (born [[SI:DATE_OF_BIRTH|02/05/2005]]) is still enrolled. I confirmed enrolment only. He said a man called [[U|Samir Aziz]], DOB [[T:DATE_OF_BIRTH|11/09/1990]], [[T:UK_NINO|JT 45 67 89 B]], had given [[S|Yasmin]]'s name at a port stop.
[[P|Neil Foster]] ([[NEG|DPO]]) advised that nothing further is disclosed without a written request under [[NEG|Schedule 2]].
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
