# ruff: noqa: E501
"""dev8: an eighth development set, written after dev7 was spent, scored once.

Same mark-up as dev2.py (R = shares the subject's surname). Invented text.
"""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d8-email",
        "kind": "email",
        "subject": "Maryam Siddiqui",
        "subject_aliases": [],
        "case_people": [],
        "text": """Hello [[U|Tobiloba]],

Thanks for the call earlier. To confirm what we agreed: I will not share anything about [[S|Maryam]] with her uncle, [[R|Dr Siddiqui]], unless she consents. [[U|Harriet]] (Counselling) is seeing her on [[NEG|Wednesday]].

[[S|Maryam]] also asked that her ex, [[U|Zubair]], not be told where she lives.

All best,
[[U|Nell Armitage]]
Senior Adviser
""",
    },
    {
        "id": "d8-log",
        "kind": "support_log",
        "subject": "Connor Walsh",
        "subject_aliases": ["Con"],
        "case_people": [],
        "text": """[[NEG|08:55]] [[S|Con]] at reception, agitated. Asked for [[U|Gemma]].
[[NEG|09:10]] [[U|Gemma Rafferty]] spoke with him; he mentioned his cousin [[R|Declan Walsh]] and "the lads from [[NEG|Lurgan]]".
[[NEG|09:40]] Left with a friend ([[U|Ciara]]). Logged by [[U|T.M.]]
""",
    },
    {
        "id": "d8-chat",
        "kind": "vle_chat",
        "subject": "Amara Obi",
        "subject_aliases": [],
        "case_people": [],
        "text": """[[U|Nneka]]: has anyone heard from amara
[[U|Jules]]: her brother [[R|chinedu obi]] said she's at home
[[U|Nneka]]: ok. [[U|femi]] said the same
[[U|Jules]]: lets ask [[U|Ms Greenhalgh]] tmrw
""",
    },
    {
        "id": "d8-minutes",
        "kind": "minutes",
        "subject": "Stefan Novak",
        "subject_aliases": [],
        "case_people": [],
        "text": """Panel minutes
Chair - [[U|Dr Priyanka Menon]]
Also present - [[U|Olu Bankole]], [[U|Gráinne Healy]]
[[S|Stefan Novak]]'s case was reviewed. [[U|Ms Healy]] reported that [[S|Stefan]]'s father [[R|Pavel Novak]] had written twice. The panel agreed that [[U|Mr Bankole]] would reply.
""",
    },
    {
        "id": "d8-incident",
        "kind": "support_log",
        "subject": "Leah Morgan",
        "subject_aliases": [],
        "case_people": [],
        "text": """Incident 25/118
Persons involved: [[S|Leah Morgan]] (student), [[U|Ryan Pascoe]] (non-student), [[R|Cerys Morgan]] (sister)
Summary: [[U|Pascoe]] approached [[S|Leah]] outside [[NEG|Halls B]]. [[R|Cerys]] intervened. Security officer [[U|Amit]] attended.
[[U|Pascoe]]'s vehicle: [[T:UK_VEHICLE_REGISTRATION|CF19 WXY]]
""",
    },
    {
        "id": "d8-letter",
        "kind": "letter",
        "subject": "Daniel Kowalczyk",
        "subject_aliases": ["Dan"],
        "case_people": [],
        "text": """Dear [[S|Dan]],

Thank you for meeting me and [[U|Ms Oyebanji]] last week. As discussed, we will not contact your mother, [[R|Mrs Kowalczyk]], without your agreement. If [[U|Bartosz]] contacts you again, please let [[U|Sunita]] at reception know.

Best wishes,
[[U|Ewan Strachan]]
""",
    },
    {
        "id": "d8-referral",
        "kind": "referral",
        "subject": "Youssef Amrani",
        "subject_aliases": [],
        "case_people": [],
        "text": """Referral notes
Referred by: Student Support ([[U|M. Kaczmarek]])
Others named: [[U|Hakim]], [[U|Soufiane Bakkali]], [[R|Nadia Amrani]] (sister)
[[S|Youssef]] shared content from [[U|Hakim]]'s channel. [[U|Bakkali]] is believed to run it.
Passport: [[T:UK_PASSPORT|123456789]]
""",
    },
    {
        "id": "d8-tutor",
        "kind": "tutor_report",
        "subject": "Grace Adjei",
        "subject_aliases": [],
        "case_people": [],
        "text": """Tutor note: [[S|Grace]] seemed withdrawn. She said [[U|Kwesi]], a friend from church, has been sending her sermons by a preacher called [[U|Brother Emmanuel]]. Her mother, [[R|Mrs Adjei]], is unaware.
Will review. - [[U|AK]]
""",
    },
]
