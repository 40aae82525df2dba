# ruff: noqa: E501
"""dev3: a third development set, written after dev2's unseen half was spent, scored once.

Same mark-up as dev2.py (R = shares the subject's surname). Invented text.
"""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d3-email-okonkwo",
        "kind": "email",
        "subject": "Chiamaka Okonkwo",
        "subject_aliases": ["Chi"],
        "case_people": [],
        "text": """From: Student Wellbeing <wellbeing@eastvale.ac.uk>
To: [[U|Leanne Pryce]]
Sent: [[NEG|Tuesday 4 March 2025]] 09:12
Subject: RE: [[S|Chi]]

Hello [[U|Leanne]],

[[S|Chiamaka]] came to the hub yesterday. Her parents, [[R|Mr Okonkwo]] and [[R|Mrs Okonkwo]], had phoned the night before. Her younger brother [[R|Ikenna Okonkwo]] is at the same university and shares a house with [[U|Tobias Reinholt]] on [[T:STREET_ADDRESS|Larch Avenue]].

Many thanks,
[[U|Yetunde Balogun]]
Wellbeing Practitioner
""",
    },
    {
        "id": "d3-minutes",
        "kind": "minutes",
        "subject": "Andrzej Kaczmarek",
        "subject_aliases": [],
        "case_people": [],
        "text": """Prevent case conference - notes
Chair: [[U|Dr Marguerite Ellery]]
Attendees: [[U|Sunita Varma]] (DSL), [[U|Owen Pritchard-Lloyd]], [[U|Bronagh Keane]]

Background: [[S|Andrzej Kaczmarek]] (year 1, Engineering) was reported by a lab technician, [[U|Hamza Siddiqui]], for comments made in a group chat.
[[U|SV]] asked whether [[S|Andrzej]]'s father, [[R|Tadeusz Kaczmarek]], had been informed. [[U|BK]] said no.
Actions
- [[U|OPL]] to check attendance data
- [[U|SV]] to meet [[S|Andrzej]] with his adviser, [[U|Ms Ferreira]]
""",
    },
    {
        "id": "d3-chat",
        "kind": "vle_chat",
        "subject": "Ravi Menon",
        "subject_aliases": [],
        "case_people": [],
        "text": """[21:04] [[T:USERNAME|kt_owusu]]: has ravi been on the server
[21:05] [[T:USERNAME|b.lacey]]: ye with [[U|nadia]] and [[U|seun]]
[21:05] [[T:USERNAME|kt_owusu]]: [[S|ravi]]'s brother [[R|arjun]] said he's gone quiet
[21:07] [[T:USERNAME|b.lacey]]: ask [[U|yusra]] she's his lab partner
[21:09] [[T:USERNAME|kt_owusu]]: ok will do
""",
    },
    {
        "id": "d3-chronology",
        "kind": "chronology",
        "subject": "Aoibheann Ní Dhonnchadha",
        "subject_aliases": ["Aoibheann"],
        "case_people": [],
        "text": """Timeline
[[NEG|05/11/2024]] [[S|Aoibheann]] disclosed that a man called [[U|Liam Breathnach]] approached her outside the SU.
[[NEG|07/11/2024]] Her sister [[R|Clodagh Ní Dhonnchadha]] emailed security.
[[NEG|08/11/2024]] Security (officer [[U|Grant Mulholland]]) reviewed CCTV.
[[NEG|12/11/2024]] [[U|Breathnach]] was seen again near [[NEG|Hazel Court]]. [[U|Mulholland]] logged it. ([[U|GM]])
""",
    },
    {
        "id": "d3-referral",
        "kind": "referral",
        "subject": "Idris Haddad",
        "subject_aliases": [],
        "case_people": [],
        "text": """PREVENT REFERRAL FORM
Full name: [[S|Idris Haddad]]
Date of birth: [[SI:DATE_OF_BIRTH|14/07/2004]]
Address: [[SI:STREET_ADDRESS|The Laurels, Quarry Lane]], [[SI:UK_POSTCODE|HX3 9PL]]
Parent/guardian: [[R|Leila Haddad]]
Referrer name: [[U|Fergus McAllister]]
Referrer role: [[NEG|Accommodation Officer]]
Concern: [[S|Idris]] has been sharing material from an account run by [[U|Tarek Mansour]]. His cousin [[U|Zaid]] is also named in the posts.
NI number: [[T:UK_NINO|AB 99 88 77 Z]] (given for [[U|Tarek Mansour]])
""",
    },
    {
        "id": "d3-support-log",
        "kind": "support_log",
        "subject": "Beatriz Almeida",
        "subject_aliases": ["Bia"],
        "case_people": [],
        "text": """Case notes
- [[S|Bia]] came in upset. Said [[U|Jonah]] from her course keeps turning up at her flat. — [[U|HK]]
- Spoke to [[U|Jonah Whitfield]]'s personal tutor, [[U|Prof. Adeola Bankole]]. — [[U|HK]]
- [[S|Beatriz]]'s mum, [[R|Sandra Almeida]], rang: worried. — [[U|HK]]
- Note from [[U|Grace]] at reception: a parcel left for [[S|Bia]].
""",
    },
    {
        "id": "d3-tutor",
        "kind": "tutor_report",
        "subject": "Thomas Whelan",
        "subject_aliases": ["Tom"],
        "case_people": [],
        "text": """Tutor note - [[S|Thomas Whelan]]
[[S|Tom]] told me his uncle, [[R|Declan Whelan]], has been taking him to meetings in [[NEG|Dundalk]]. He described a speaker, [[U|Seamus]], as "inspiring". [[S|Tom]] is close to [[U|Róisín Carr]], who is on the same course, and to [[U|Ifeoma]].
I passed this to [[U|Pádraig]] in the Prevent team.
— [[U|Dr Nkem Eze]], Personal Tutor
""",
    },
    {
        "id": "d3-phone",
        "kind": "phone_note",
        "subject": "Zhang Hao",
        "subject_aliases": ["Hao"],
        "case_people": [],
        "text": """Telephone note
Caller: [[U|Liu Mei]]
Relationship: [[S|Hao]]'s landlady
Number: [[T:PHONE_NUMBER|0113 496 07]]
[[U|Mrs Liu]] said [[S|Hao]] has not paid rent and that his father, [[R|Zhang Wei]], phoned her from Shanghai. She also mentioned a friend, [[U|Chen Bo]], who visits late at night.
Taken by: [[U|R. Okafor]]
""",
    },
    {
        "id": "d3-letter",
        "kind": "letter",
        "subject": "Kerry-Ann Campbell",
        "subject_aliases": [],
        "case_people": [],
        "text": """Dear [[U|Ms Farrell]],

Re: [[S|Kerry-Ann Campbell]]

Thank you for your letter. [[S|Kerry-Ann]] has asked that her grandmother, [[R|Mrs Campbell]], be her contact. Please send correspondence to [[T:STREET_ADDRESS|Holly Cottage, Brook Lane]].

Yours faithfully,

[[U|Desmond Achterberg]]
Registry
""",
    },
    {
        "id": "d3-incident",
        "kind": "support_log",
        "subject": "Omar Farah",
        "subject_aliases": [],
        "case_people": [],
        "text": """Incident report
Reported by: [[U|Petra Novák]]
Those involved: [[S|Omar Farah]], [[U|Hodan Warsame]], [[U|Kieran]] (surname unknown)
[[U|Hodan]] said [[S|Omar]] had argued with [[U|Kieran]] about a video. [[S|Omar]]'s brother [[R|Abdi Farah]] arrived and took [[S|Omar]] home. [[U|Petra]] called campus security; [[U|Mr Oduya]] attended.
Passport: [[T:UK_PASSPORT|P12345678]] (found on the floor, belongs to [[U|Kieran]])
""",
    },
    {
        "id": "d3-email2",
        "kind": "email",
        "subject": "Malik Johnson",
        "subject_aliases": [],
        "case_people": [],
        "text": """Hi [[U|Precious]],

Just to let you know [[S|Malik]] is OK. His sister [[R|Tanisha Johnson]] came to collect him, and [[U|Dominic]] from halls went with them.

Cheers,
[[U|Ellis]]

--
[[U|Ellis Vaughan-Hart]] | Residence Life
[[T:PHONE_NUMBER|07700 900 338]]
""",
    },
    {
        "id": "d3-welfare",
        "kind": "welfare_visit",
        "subject": "Svetlana Ivanova",
        "subject_aliases": ["Sveta"],
        "case_people": [],
        "text": """Welfare check
[[S|Sveta]] was at home with her housemate [[U|Magdalena Wróbel]]. [[S|Svetlana]]'s partner, [[U|Dmytro]], arrived during the visit and would not give his surname. [[U|Magdalena]] said [[U|Dmytro]] lives on [[T:STREET_ADDRESS|Foxglove Road]].
[[S|Svetlana]]'s mother [[R|Olga Ivanova]] is visiting from [[NEG|Riga]] next week.
Visit by [[U|Hope Ekwueme]] and [[U|Martin Doyle]].
""",
    },
]
