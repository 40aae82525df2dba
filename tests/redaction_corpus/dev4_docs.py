# ruff: noqa: E501
"""dev4: a fourth development set, written after dev3 was spent, scored once.

Same mark-up as dev2.py (R = shares the subject's surname). Invented text.
"""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d4-email",
        "kind": "email",
        "subject": "Kacper Zieliński",
        "subject_aliases": ["Kuba"],
        "case_people": [],
        "text": """From: [[U|Rosalind Achebe]] <[[T:EMAIL_ADDRESS|r.achebe@northmoor.ac.uk]]>
Date: [[NEG|Thu 6 Feb 2025]] 16:47
To: prevent@northmoor.ac.uk
Subject: [[S|Kuba]] (2nd year, Geography)

Hello,

I wanted to flag something from my seminar. [[S|Kacper]] and another student, [[U|Lachlan Fyfe]], got into an argument about immigration. [[U|Lachlan]] later told me [[S|Kacper]] had shown him a channel run by his cousin [[R|Dawid Zieliński]].

I have not spoken to [[S|Kuba]] yet. His personal tutor is [[U|Dr Halvorsen]].

Regards,
[[U|Rosalind]]
--
[[U|Dr Rosalind Achebe]]
Lecturer in Human Geography
""",
    },
    {
        "id": "d4-log",
        "kind": "support_log",
        "subject": "Nadia Rahman",
        "subject_aliases": [],
        "case_people": [],
        "text": """Wellbeing log
[[NEG|03/02]] Drop-in. [[S|Nadia]] upset about a message from [[U|Sabrina]] (ex-flatmate). ([[U|LW]])
[[NEG|04/02]] Call to [[S|Nadia]]'s mother, [[R|Mrs Rahman]], at [[S|Nadia]]'s request. ([[U|LW]])
[[NEG|06/02]] [[S|Nadia]] says her brother [[R|Tanvir]] has been "pushing videos". ([[U|LW]])
[[NEG|07/02]] Case discussed with [[U|Ifeanyi Okeke]] (DSL). Agreed: [[U|LW]] to follow up.
Logged by [[U|Lorna Whitcombe]]
""",
    },
    {
        "id": "d4-chat",
        "kind": "vle_chat",
        "subject": "Jordan Blake",
        "subject_aliases": [],
        "case_people": [],
        "text": """[[T:USERNAME|sk8r_bo]]: jordan was at the march
[[T:USERNAME|hannah.q]]: with who
[[T:USERNAME|sk8r_bo]]: [[U|callum]] and some guy called [[U|reece]]
[[T:USERNAME|hannah.q]]: [[S|jordan]]'s dad [[R|steve blake]] was there too lol
[[T:USERNAME|sk8r_bo]]: ask [[U|mitch]] he took pics
""",
    },
    {
        "id": "d4-minutes",
        "kind": "minutes",
        "subject": "Fatima Diallo",
        "subject_aliases": [],
        "case_people": [],
        "text": """Safeguarding Operational Group - [[NEG|12 February 2025]]
In attendance: [[U|Gareth Pugh]] (Chair), [[U|Rhiannon Lloyd]], [[U|Sandeep Gill]], [[U|Ama Owusu]]
Notes: [[U|R. Lloyd]]

Case 4: [[S|Fatima Diallo]]
[[U|SG]] reported that [[S|Fatima]]'s uncle, [[R|Mamadou Diallo]], contacted the faculty office. [[U|AO]] noted that [[S|Ms Diallo]] has asked for her family not to be contacted.
Action: [[U|GP]] to write to [[S|Fatima]].
""",
    },
    {
        "id": "d4-chronology",
        "kind": "chronology",
        "subject": "Ciaran Doherty",
        "subject_aliases": [],
        "case_people": [],
        "text": """Chronology - [[S|C. Doherty]]
[[NEG|1 Dec]] Reported by hall warden [[U|Mr Abiodun]]: flags in window.
[[NEG|3 Dec]] [[S|Ciaran]] met [[U|Wendy Marsh]] (Student Support).
[[NEG|9 Dec]] [[S|Ciaran]]'s father [[R|Liam Doherty]] emailed complaining about the university.
[[NEG|15 Dec]] Visitor [[U|Craig Duffy]] signed in by [[S|Ciaran]]; registration [[T:UK_VEHICLE_REGISTRATION|BD51 SMR]].
[[NEG|20 Dec]] [[U|Ms Marsh]] closed the welfare case.
""",
    },
    {
        "id": "d4-referral",
        "kind": "referral",
        "subject": "Hamid Karimi",
        "subject_aliases": [],
        "case_people": [],
        "text": """Referral
Student: [[S|Hamid Karimi]]    Student no: [[SI:STUDENT_NUMBER|21044873]]
Home address: [[SI:STREET_ADDRESS|Apple Tree Cottage, School Lane]], [[NEG|Ripon]]
Referrer: [[U|Tamsin Greaves]], Accommodation
Concern: [[S|Hamid]] told his roommate, [[U|Olumide]], that [[U|Mehdi Rostami]] would "sort out" a lecturer. [[U|Mr Rostami]] is not a student.
Mobile of [[U|Mehdi Rostami]]: [[T:PHONE_NUMBER|07700 900 672]]
""",
    },
    {
        "id": "d4-tutor",
        "kind": "tutor_report",
        "subject": "Amelia Stone",
        "subject_aliases": ["Millie"],
        "case_people": [],
        "text": """Tutorial record
[[S|Millie]] attended with her friend [[U|Precious Adjei]]. She said her older brother [[R|Jack Stone]] has joined a group that meets at [[NEG|the Red Lion]]. [[S|Amelia]] was worried that [[U|Jack]]'s friend [[U|Nathan]] had taken her laptop.
I advised her to speak with [[U|Hope]] from Student Support.
[[U|Dr Ngozi Eze]]
""",
    },
    {
        "id": "d4-phone",
        "kind": "phone_note",
        "subject": "Ali Hassan",
        "subject_aliases": [],
        "case_people": [],
        "text": """Phone call from DC [[U|Fiona Baird]], [[NEG|Counter Terrorism Policing]].
She asked whether [[S|Ali Hassan]] lives at [[SI:STREET_ADDRESS|44 Granby Street]] with his sister [[R|Layla Hassan]]. I confirmed nothing. She mentioned an associate, [[U|Yusuf Ahmed]] (DOB [[T:DATE_OF_BIRTH|02/09/2001]]), and a woman called [[U|Zara]].
Call taken by [[U|Bethan Rees]]; passed to [[U|Mark]] (Prevent Lead).
""",
    },
    {
        "id": "d4-incident",
        "kind": "support_log",
        "subject": "Tendai Moyo",
        "subject_aliases": [],
        "case_people": [],
        "text": """Incident summary
[[S|Tendai Moyo]] was involved in an argument in the [[NEG|Student Union]] bar with [[U|Kyle Ashworth]]. Bar staff ([[U|Jenna]]) separated them. [[S|Tendai]]'s cousin [[R|Rudo Moyo]] took him home.
CCTV reviewed by [[U|P. Lindqvist]].
Reported to: [[U|Andrew Clegg]], Head of Security
""",
    },
    {
        "id": "d4-letter",
        "kind": "letter",
        "subject": "Oisín Kelly",
        "subject_aliases": [],
        "case_people": [],
        "text": """Dear [[R|Mr Kelly]],

Thank you for your email about your son [[S|Oisín]]. I understand that you and [[R|Mrs Kelly]] are concerned. I have passed your note to [[U|Ms Okafor]], who leads our student support team.

Yours sincerely,
[[U|Graham Whitfield]]
""",
    },
]
