# ruff: noqa: E501
"""dev6: a sixth development set, written after dev5 was spent, scored once.

Same mark-up as dev2.py (R = shares the subject's surname). Invented text.
"""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d6-email",
        "kind": "email",
        "subject": "Zainab Hussain",
        "subject_aliases": ["Zee"],
        "case_people": [],
        "text": """To: Prevent Team
From: [[U|Gethin Morgan-Ellis]]
Date: [[NEG|24/02/2025]]

Morning,

[[S|Zainab]]'s housemate [[U|Bethany Cole]] called in. She says [[S|Zee]] has been getting calls from a man she knows only as [[U|Abu Hamza]] and from her cousin [[R|Sajid Hussain]]. [[U|Bethany]] is happy to talk to someone. Her number is [[T:PHONE_NUMBER|07700 900 344]].

Cheers
[[U|Geth]]
""",
    },
    {
        "id": "d6-minutes",
        "kind": "minutes",
        "subject": "Tomás Silva",
        "subject_aliases": [],
        "case_people": [],
        "text": """Minutes of case meeting ([[NEG|Room 1.07]])
Attendees: [[U|Hollie Brannigan]] ([[U|HB]]), [[U|Nkosana Dube]] ([[U|ND]]), [[U|Agata Wiśniewska]] ([[U|AW]])
1. [[U|HB]] gave background on [[S|Tomás Silva]].
2. [[U|ND]] noted [[S|Tomás]]'s mother, [[R|Mrs Silva]], is unwell and his brother [[R|Rui Silva]] is his carer.
3. [[U|AW]]: no concerns from the department.
Actions: [[U|ND]] to contact [[S|Tomás]]. Next review [[NEG|March]].
""",
    },
    {
        "id": "d6-chat",
        "kind": "vle_chat",
        "subject": "Ellie Parker",
        "subject_aliases": [],
        "case_people": [],
        "text": """[[T:USERNAME|maddie_x]]: ellie's been weird since she met [[U|jayden]]
[[T:USERNAME|ro_99]]: [[U|jayden]] from the gym?
[[T:USERNAME|maddie_x]]: ye. her brother [[R|josh parker]] hates him
[[T:USERNAME|ro_99]]: tell [[U|kiera]] to check on her
""",
    },
    {
        "id": "d6-log",
        "kind": "support_log",
        "subject": "Daniyar Abenov",
        "subject_aliases": [],
        "case_people": [],
        "text": """Contact log - [[S|D. Abenov]]
[[NEG|1.]] [[NEG|10 Feb]]: Phone call with [[S|Daniyar]]. Mentioned flatmate [[U|Ruslan]].
[[NEG|2.]] [[NEG|11 Feb]]: Email from [[U|Ms Ostrowska]] (landlord's agent) about damage.
[[NEG|3.]] [[NEG|13 Feb]]: [[S|Daniyar]]'s uncle [[R|Serik Abenov]] visited reception asking for him. Staff member on duty: [[U|Bukola]].
[[NEG|4.]] [[NEG|14 Feb]]: Referred to wellbeing ([[U|Kirsty Lamb]]).
""",
    },
    {
        "id": "d6-referral",
        "kind": "referral",
        "subject": "Arjun Nair",
        "subject_aliases": [],
        "case_people": [],
        "text": """Prevent referral - summary of concern
The referrer, [[U|Mrs Penrose]], is [[S|Arjun]]'s landlady. She found printed material in his room and says a visitor, [[U|Gavin Rourke]], stays most weekends. [[S|Arjun Nair]]'s sister [[R|Lakshmi Nair]] has asked the university for help. [[S|Arjun]] denies any involvement.
Vehicle seen: [[T:UK_VEHICLE_REGISTRATION|YX68 KLM]] (registered keeper [[U|G. Rourke]]).
""",
    },
    {
        "id": "d6-tutor",
        "kind": "tutor_report",
        "subject": "Freya Lindgren",
        "subject_aliases": [],
        "case_people": [],
        "text": """Academic tutor note
[[S|Freya]] has missed two supervisions with [[U|Dr Eilidh Fraser]]. She told me that [[U|Marcus]] and [[U|Tayo]] from the climbing club invited her to a "camp". [[S|Freya]]'s father [[R|Anders Lindgren]] does not know.
I have asked [[U|Hope]] to check in with her.
[[U|S.O.]]
""",
    },
    {
        "id": "d6-incident",
        "kind": "support_log",
        "subject": "Mustafa Yilmaz",
        "subject_aliases": [],
        "case_people": [],
        "text": """Security report
Officer: [[U|Dean Hargreaves]]
At 02:10 [[S|Mustafa Yilmaz]] and [[U|Kerem Aydın]] were stopped near [[NEG|Block C]]. [[U|Kerem]] gave a false name ("[[U|John Smith]]"). [[S|Mustafa]]'s brother, [[R|Emre Yilmaz]], arrived and [[U|Officer Hargreaves]] let them go.
""",
    },
    {
        "id": "d6-letter",
        "kind": "letter",
        "subject": "Chloe Bennett",
        "subject_aliases": [],
        "case_people": [],
        "text": """Dear [[U|Mr Okoye]],

Thank you for raising your concern about [[S|Chloe Bennett]]. I have spoken to her tutor, [[U|Ms Achterberg]], and to [[S|Chloe]]'s aunt, [[R|Mrs Bennett]], who is her emergency contact.

Best wishes,

[[U|Rhodri Llewellyn-Jones]]
Deputy Head of Student Support
""",
    },
]
