# ruff: noqa: E501
"""dev9: a ninth development set, written after dev8 was spent, scored once.

Same mark-up as dev2.py (R = shares the subject's surname). Invented text.
"""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d9-form",
        "kind": "concern_form",
        "subject": "Robert McAllister",
        "subject_aliases": ["Bobby"],
        "case_people": [],
        "text": """Concern form
Student: [[S|Robert (Bobby) McAllister]]
Reported by: [[U|Eirlys ap Dafydd]], Halls Manager
Details: [[S|Bobby]]'s parents, [[R|Mr & Mrs McAllister]], visited and argued with [[U|Kenji Watanabe]], his flatmate. [[U|Kenji]]'s phone: [[T:PHONE_NUMBER|07700 900 918]].
Mobile (Bobby): [[SI:PHONE_NUMBER|07700 900 101]]
""",
    },
    {
        "id": "d9-email",
        "kind": "email",
        "subject": "Nia Roberts",
        "subject_aliases": [],
        "case_people": [],
        "text": """Hiya [[U|Gwyn]],

[[S|Nia]] came to see me about a man called "[[U|Taff]]" who keeps messaging her. She thinks his real name is [[U|Rhys Hopkin]]. Her brother [[R|Owain Roberts]] has told him to stop.

Diolch,
[[U|Siwan]]
""",
    },
    {
        "id": "d9-log",
        "kind": "support_log",
        "subject": "Faisal Qureshi",
        "subject_aliases": [],
        "case_people": [],
        "text": """Log
- [[NEG|Mon]]: [[S|Faisal]] with [[U|Adnan]] & [[U|Imran Shah]] in the prayer room. ([[U|NB]])
- [[NEG|Tue]]: [[S|Faisal]]'s dad ([[R|Tariq Qureshi]]) phoned twice. ([[U|NB]])
- [[NEG|Wed]]: [[U|Imran]] said [[S|Faisal]] "won't listen". ([[U|NB]])
""",
    },
    {
        "id": "d9-minutes",
        "kind": "minutes",
        "subject": "Olena Kovalenko",
        "subject_aliases": [],
        "case_people": [],
        "text": """Attendees: [[U|Marguerite Duval]]; [[U|Thandeka Ndlovu]]; [[U|Iain MacDonald]]
[[U|MD]] opened. [[S|Olena]]'s case: her husband, [[R|Andriy Kovalenko]], has contacted [[U|TN]] twice.
[[U|IM]]: suggests a meeting with [[S|Olena]] and [[U|Oksana]] (interpreter).
""",
    },
    {
        "id": "d9-tutor",
        "kind": "tutor_report",
        "subject": "Joshua Fielding",
        "subject_aliases": ["Josh"],
        "case_people": [],
        "text": """[[S|Josh]] is doing well academically. However, [[U|Harvey]] (his flatmate) reported that [[S|Josh]] has been watching videos by someone called [[U|Brendan Sayer]]. [[S|Josh]]'s mum, [[R|Alison Fielding]], emailed me separately.
[[U|Dr K. Oduya]]
""",
    },
    {
        "id": "d9-chat",
        "kind": "vle_chat",
        "subject": "Ayesha Malik",
        "subject_aliases": [],
        "case_people": [],
        "text": """[[T:USERNAME|hana.b]]: did u see ayesha's story
[[T:USERNAME|zaynab07]]: yeah her cousin [[R|sana malik]] posted it first
[[T:USERNAME|hana.b]]: [[U|rehan]] thinks its fine
[[T:USERNAME|zaynab07]]: ask [[U|mrs okafor]] before we report it
""",
    },
    {
        "id": "d9-letter",
        "kind": "letter",
        "subject": "Thomas Beaumont",
        "subject_aliases": [],
        "case_people": [],
        "text": """Dear [[U|Ms Achebe]],

Thank you for your report about [[S|Thomas Beaumont]]. I have asked [[U|Richard Lyle]] (Head of Security) to review the footage. [[S|Thomas]]'s grandfather, [[R|Mr Beaumont]], will be informed only with [[S|Thomas]]'s consent.

Regards,
[[U|Olivia Sandhu]]
""",
    },
    {
        "id": "d9-chronology",
        "kind": "chronology",
        "subject": "Ibrahim Jalloh",
        "subject_aliases": [],
        "case_people": [],
        "text": """[[NEG|04/09]] Enrolled. Lives at [[SI:STREET_ADDRESS|12 Kingfisher Close]] with cousin [[U|Abdul Kamara]].
[[NEG|10/10]] [[U|Kamara]] reported [[S|Ibrahim]] missing for two days.
[[NEG|12/10]] [[S|Ibrahim]] returned; said he had been with [[U|Alhaji]] in [[NEG|London]].
[[NEG|20/10]] [[S|Ibrahim]]'s brother [[R|Mohamed Jalloh]] asked for a meeting.
""",
    },
]
