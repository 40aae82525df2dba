# ruff: noqa: E501
"""dev7: a seventh development set, written after dev6 was spent, scored once.

Same mark-up as dev2.py (R = shares the subject's surname). Invented text.
"""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d7-email",
        "kind": "email",
        "subject": "Rahim Uddin",
        "subject_aliases": [],
        "case_people": [],
        "text": """From: [[U|Fenella Carstairs]]
To: [[U|Dominic Asare]]
Subject: Rahim - update

[[U|Dom]],

Quick one. [[S|Rahim]]'s older brother ([[R|Jamal Uddin]]) rang the school office asking where [[S|Rahim]] lives now. I didn't give anything out. [[U|Precious]] in Admissions took the call first.

Also - [[S|Rahim]] says a student called [[U|Tegan]] has been "keeping tabs" on him for someone named [[U|Craig Lomax]].

[[U|F.]]
""",
    },
    {
        "id": "d7-notes",
        "kind": "support_log",
        "subject": "Bethan Price",
        "subject_aliases": [],
        "case_people": [],
        "text": """Case notes - [[S|B. Price]]
* [[S|Bethan]] disclosed that her stepdad [[U|Gary Nolan]] and her mum [[R|Karen Price]] argue about "foreigners".
* She is staying with her nan ([[R|Maureen Price]]) in [[NEG|Neath]] for now.
* Friend [[U|Seren]] is aware. — [[U|JW]]
* Discussed with DSL ([[U|Jaswinder Walia]]); no referral yet.
""",
    },
    {
        "id": "d7-chat",
        "kind": "vle_chat",
        "subject": "Kai Thompson",
        "subject_aliases": [],
        "case_people": [],
        "text": """[[T:USERNAME|liv.s]]: kai's sister [[R|jade thompson]] messaged me
[[T:USERNAME|bex_m]]: what did she say
[[T:USERNAME|liv.s]]: that [[U|marco]] from the gym got kai into it
[[T:USERNAME|bex_m]]: [[U|marco]]'s a weirdo. ask [[U|oisin]]
""",
    },
    {
        "id": "d7-minutes",
        "kind": "minutes",
        "subject": "Adebola Okafor",
        "subject_aliases": ["Bola"],
        "case_people": [],
        "text": """Present: [[U|Ruth Amankwah]] ([[U|RA]], chair), [[U|Stuart Bell]] ([[U|SB]]), [[U|Leanne Ho]] ([[U|LH]])
Item 1 - [[S|Bola Okafor]]
[[U|SB]] explained that [[S|Bola]]'s father, [[R|Mr Okafor]], had emailed [[U|Prof. Whitlock]] directly. [[U|LH]] will respond.
[[U|RA]] asked that [[S|Adebola]] be told about the email.
""",
    },
    {
        "id": "d7-chronology",
        "kind": "chronology",
        "subject": "Lena Schulz",
        "subject_aliases": [],
        "case_people": [],
        "text": """[[NEG|Sept 2024]]: [[S|Lena]] starts course; housemates [[U|Ilse]] and [[U|Nadia Petrova]].
[[NEG|Nov 2024]]: [[U|Nadia]] reports [[S|Lena]] watching "training" videos.
[[NEG|Jan 2025]]: [[S|Lena]]'s partner [[U|Tobias Ernst]] visits from [[NEG|Hamburg]]; [[U|Ernst]] is known to police.
[[NEG|Feb 2025]]: [[S|Lena]]'s mother [[R|Ursula Schulz]] contacts the university.
""",
    },
    {
        "id": "d7-letter",
        "kind": "letter",
        "subject": "Hassan Abdi",
        "subject_aliases": [],
        "case_people": [],
        "text": """Dear [[S|Hassan]],

I am sorry to hear about the incident with [[U|Mr Lindqvist]] on [[NEG|Tuesday]]. [[U|Anneka Hollis]] from Student Support will contact you this week. If your sister [[R|Hodan Abdi]] would like to attend with you, she is welcome.

Kind regards

[[U|Marianne Ebdon]]
""",
    },
    {
        "id": "d7-report",
        "kind": "tutor_report",
        "subject": "Yiannis Georgiou",
        "subject_aliases": [],
        "case_people": [],
        "text": """Report from personal tutor ([[U|Dr A. Nwosu]])
[[S|Yiannis]] has been missing labs. His lab partner, [[U|Chidera]], says [[S|Yiannis]] spends weekends with a group led by [[U|Stavros]], whom he calls "the teacher". [[S|Yiannis]]'s cousin [[R|Eleni Georgiou]] is worried.
[[U|Dr Nwosu]] will meet [[S|Yiannis]] on [[NEG|Friday]].
""",
    },
    {
        "id": "d7-phone",
        "kind": "phone_note",
        "subject": "Samira Benali",
        "subject_aliases": [],
        "case_people": [],
        "text": """Call received [[NEG|10:40]] from [[U|PC Ryland]] (Prevent).
Asked about [[S|Samira Benali]] and a man, [[U|Karim Haddou]], who gives his address as [[T:STREET_ADDRESS|Laurel Bank, Mill Road]]. [[U|PC Ryland]] also asked whether [[S|Samira]]'s father [[R|Youssef Benali]] is a member of staff.
Taken by [[U|Iona]]; passed to [[U|C. Ferris]].
""",
    },
]
