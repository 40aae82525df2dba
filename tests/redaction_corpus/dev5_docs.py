# ruff: noqa: E501
"""dev5: a fifth development set, written after dev4 was spent, scored once.

Same mark-up as dev2.py (R = shares the subject's surname). Invented text.
"""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d5-email",
        "kind": "email",
        "subject": "Efua Asante",
        "subject_aliases": [],
        "case_people": [],
        "text": """Hi [[U|Morwenna]],

Following up on [[S|Efua]]. Her partner [[U|Delroy Whyte]] came to the library desk on [[NEG|Monday]] asking for her timetable. [[U|Cerys]] on the desk refused, and [[U|Mr Whyte]] left his number ([[T:PHONE_NUMBER|07700 900 215]]).
[[S|Efua]]'s sister, [[R|Akosua Asante]], later told [[U|Cerys]] that [[U|Delroy]] "has friends in a group".

Speak soon,
[[U|Idris]]
[[U|Idris Pennant]] | Library Services
""",
    },
    {
        "id": "d5-notes",
        "kind": "tutor_report",
        "subject": "Viktor Horvath",
        "subject_aliases": ["Vik"],
        "case_people": [],
        "text": """Meeting notes ([[U|KB]])
[[S|Vik]] arrived late. Said [[U|Matúš]] and [[U|Erzsébet]] from his course had been "winding him up" about Hungary. His father, [[R|Mr Horvath]], rang me last week; I did not discuss [[S|Viktor]]'s studies with him.
[[S|Viktor]] mentioned that [[U|Szabolcs Kovács]] runs a channel he follows.
Next steps: [[U|KB]] to meet [[S|Viktor]] with [[U|Dr Olawale]] on [[NEG|Thursday]].
""",
    },
    {
        "id": "d5-chat",
        "kind": "vle_chat",
        "subject": "Lucas Moreau",
        "subject_aliases": [],
        "case_people": [],
        "text": """[[T:USERNAME|em_k]]: lucas posted that thing again
[[T:USERNAME|dan.r]]: [[U|ffion]] reported it
[[T:USERNAME|em_k]]: his cousin [[R|theo moreau]] shared it too
[[T:USERNAME|dan.r]]: tell [[U|ewan]] to screenshot
[[T:USERNAME|em_k]]: @ [[U|ffion]] did u tell [[U|dr baptiste]]
""",
    },
    {
        "id": "d5-log",
        "kind": "support_log",
        "subject": "Shanice Campbell",
        "subject_aliases": [],
        "case_people": [],
        "text": """Accommodation log
[[NEG|14/01]] Noise complaint against [[S|Shanice]]'s flat from [[U|Ms Adeyinka]] (flat 6).
[[NEG|15/01]] [[S|Shanice]] said her mum, [[R|Donna Campbell]], and her mum's partner [[U|Winston]] had visited. — [[U|PO'D]]
[[NEG|18/01]] Warden [[U|Aled]] found stickers on [[S|Shanice]]'s door. — [[U|PO'D]]
[[NEG|19/01]] Referred to [[U|Hyacinth Boateng]] (Student Support).
""",
    },
    {
        "id": "d5-minutes",
        "kind": "minutes",
        "subject": "Ibrahim Sesay",
        "subject_aliases": [],
        "case_people": [],
        "text": """Prevent panel - minutes
Chair: [[U|Prof. Annelise Vogt]]
Members: [[U|Tunde Bakare]], [[U|Catrin Hughes]], [[U|Mohammed Iqbal]]
[[U|TB]] said [[S|Ibrahim]]'s brother [[R|Foday Sesay]] had contacted the police. [[U|CH]] asked whether [[S|Ibrahim]] knew.
Agreed: [[U|MI]] to speak to [[S|Ibrahim]]; [[U|AV]] to brief the Registrar.
""",
    },
    {
        "id": "d5-referral",
        "kind": "referral",
        "subject": "Callum Reid",
        "subject_aliases": [],
        "case_people": [],
        "text": """Referral summary
Name: [[S|Callum Reid]]
DOB: [[SI:DATE_OF_BIRTH|11/11/2003]]
Address: [[SI:STREET_ADDRESS|Flat 4, 19 Brunswick Terrace]]
NI no: [[SI:UK_NINO|ZZ 00 11 22 D]]
Other persons: [[U|Lewis Gow]] (friend), [[R|Fraser Reid]] (brother)
[[S|Callum]] and [[U|Lewis]] were seen at a rally. [[R|Fraser]] told police [[S|Callum]] had "changed".
""",
    },
    {
        "id": "d5-letter",
        "kind": "letter",
        "subject": "Mei Ling Tan",
        "subject_aliases": ["Mei Ling"],
        "case_people": [],
        "text": """Dear [[S|Ms Tan]],

Further to your meeting with [[U|Dr Ferreira-Lopes]], I confirm that your concerns about [[U|Jason Koh]] have been passed to the Prevent Lead. Your mother, [[R|Mrs Tan]], may attend future meetings if you wish.

Yours sincerely,
[[U|Philippa Ashdown]]
Student Casework Officer
""",
    },
    {
        "id": "d5-chronology",
        "kind": "chronology",
        "subject": "Omar Siddiqui",
        "subject_aliases": [],
        "case_people": [],
        "text": """Chronology
[[NEG|02 Mar]] [[S|Omar]] moved in with [[U|Bilal Chaudhry]] at [[T:STREET_ADDRESS|Primrose Cottage, Green Lane]].
[[NEG|05 Mar]] [[U|Bilal]]'s girlfriend [[U|Sana]] reported arguments.
[[NEG|09 Mar]] [[S|Omar]]'s father [[R|Tariq Siddiqui]] asked the university to intervene.
[[NEG|10 Mar]] Seen by [[U|Nurse Okoro]] at the health centre.
""",
    },
]
