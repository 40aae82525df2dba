# ruff: noqa: E501
"""dev12: a twelfth development set, written blind to the redaction engine from the brief's
document kinds and people mix only. Same mark-up as dev2.py (R = a person, relative or not,
who shares the subject's surname, in any form).
Invented text; every person is fictional.
"""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d12-tutor-eilidh",
        "kind": "tutor_report",
        "subject": "Eilidh MacLeod",
        "subject_aliases": ["Eilidh"],
        "case_people": ["Siobhán Ní Bhriain"],
        "text": """Academic tutor report — School of Geosciences, semester 1
Student: [[S|Eilidh MacLeod]]   Student no. [[SI:STUDENT_NUMBER|2304417]]   DOB [[SI:DATE_OF_BIRTH|14/03/2005]]
Tutor: [[P|Dr Siobhán Ní Bhriain]]

[[S|Eilidh]] has attended fewer than half of the [[NEG|Field Methods in Hydrology]] practicals. On 3 November she told me her father, [[R|Calum MacLeod]], had stopped her funding after she "started listening to the wrong people" online. She named a streamer who posts as [[U|@northern_ramsay]] and a woman called [[U|Morag]] who runs a reading group in [[NEG|Inverness]].

I raised it gently. [[S|Ms MacLeod]] was calm and said her brother [[R|Ruaridh]] had introduced her to the group. [[R|Mrs MacLeod]] (mother) has e-mailed the school office twice asking for marks; I have not replied.

I referred [[S|Eilidh's]] situation to [[U|Gregor Whyte]] (Prevent lead) and asked [[U|Mark Halloran]] in Student Advice to see her. Her mobile on file is [[SI:PHONE_NUMBER|07700 914 382]].

[[P|S. Ní Bhriain]]
""",
    },
    {
        "id": "d12-support-kwabena",
        "kind": "support_log",
        "subject": "Kwabena Asante",
        "subject_aliases": ["Kobby"],
        "case_people": ["Patience Owusu-Ansah"],
        "text": """Student Support contact log — [[S|Kwabena Asante]] ([[SI:STUDENT_NUMBER|K22-08815]])

[[NEG|12 Oct]] Drop-in. [[S|Kobby]] asked for hardship funding; rent arrears after his uncle [[R|Yaw Asante]] moved out of the flat on [[SI:STREET_ADDRESS|Larkspur Road]]. No concerns raised. — [[P|POA]]
[[NEG|19 Oct]] Phone call from [[S|Kwabena]]. He says a man named [[U|Ifeanyi]] at the gym has been giving him leaflets. Advised to bring one in. — [[P|POA]]
[[NEG|26 Oct]] [[S|Mr Asante]] brought a leaflet printed by "[[NEG|Sons of the Morning]]" — passed to the Prevent lead, [[U|Dr Helen Marsh]]. — [[U|JT]]
[[NEG|02 Nov]] Mother [[R|Akosua Asante]] rang on [[T:PHONE_NUMBER|+44 7911 204 556]], worried he is not eating. [[NEG|Patience]] is the right word here; she was very patient with the switchboard. — [[P|POA]]
[[NEG|09 Nov]] Joint meeting with [[U|Blessing Mensah]] (mental health adviser). [[S|Kobby]] agreed to weekly check-ins. — [[P|Patience Owusu-Ansah]]
""",
    },
    {
        "id": "d12-chat-mei",
        "kind": "chat_export",
        "subject": "Zhang Mei",
        "subject_aliases": ["Mei", "meimei_z"],
        "case_people": ["Lukas Berg"],
        "text": """Microsoft Teams export — channel "[[NEG|MSc Data Science]] cohort 2025"
[09:14] [[P|Lukas Berg]]: has anyone heard from [[S|Mei]]? she missed the [[NEG|Machine Learning]] viva slot
[09:15] [[U|Priya Raghunathan]]: no 😕 last msg from her was on wechat, she said her cousin [[R|Zhang Wei]] was visiting
[09:15] [[U|Tomás Ó Ceallaigh]]: @[[P|Lukas Berg]] tell [[U|jess]] too, she's the rep
[09:17] [[U|Jessica Ford]]: I'm here. [[S|meimei_z]] posted some weird stuff on her insta last night tbh
[09:18] [[U|Jessica Ford]]: the account was [[SI:URL|instagram.com/meimei_z]] — it's been taken down now
[09:20] [[P|Lukas Berg]]: I'll mention it to [[U|Dr Okafor]] after the lecture
[09:21] [[U|Priya Raghunathan]]: her dad [[R|Mr Zhang]] called the department apparently
[09:22] [[U|Tomás Ó Ceallaigh]]: [[NEG|Summer]] school people might know more, she did [[NEG|Summer]] school in [[NEG|Shenzhen]]
""",
    },
    {
        "id": "d12-email-dawid",
        "kind": "email",
        "subject": "Dawid Wiśniewski",
        "subject_aliases": ["Dawid"],
        "case_people": ["Rachel Pemberton", "Amir Haddad"],
        "text": """From: [[P|Rachel Pemberton]] <[[T:EMAIL_ADDRESS|r.pemberton@northbrook.ac.uk]]>
To: [[P|Amir Haddad]] <[[T:EMAIL_ADDRESS|a.haddad@northbrook.ac.uk]]>
Cc: [[U|Joy Lindqvist]] <[[T:EMAIL_ADDRESS|joy.lindqvist@northbrook.ac.uk]]>
Subject: [[S|Dawid Wiśniewski]] — concern raised in [[NEG|Engineering Mathematics 2]]

Hi [[P|Amir]],

During the Tuesday tutorial [[S|Dawid]] ([[SI:STUDENT_NUMBER|NB2219034]]) showed a classmate a video he said his brother [[R|Krzysztof Wiśniewski]] had sent from [[NEG|Gdańsk]]. The classmate, [[U|Hope Adeyemi]], found it distressing and came to me afterwards. I have not seen the video myself.

[[S|Mr Wiśniewski]] has otherwise been engaged and courteous. I'd be grateful if you could advise whether this needs to go to the Prevent panel. [[U|Joy]] is copied as his personal tutor.

Many thanks,
[[P|Rachel]]
--
[[P|Dr Rachel Pemberton]]
Senior Lecturer, School of Engineering
[[NEG|Northbrook University]] · [[T:PHONE_NUMBER|01632 960 418]]
""",
    },
    {
        "id": "d12-minutes-farida",
        "kind": "meeting_minutes",
        "subject": "Farida Noorzai",
        "subject_aliases": [],
        "case_people": ["Rhys Kendrick", "Oluwaseun Bakare"],
        "text": """Prevent case review group — minutes
Date: 4 December 2025, Room 2.14 [[NEG|Ashworth Building]]
Attendees: [[P|Rhys Kendrick]] (Chair, Head of Student Safeguarding); [[P|Oluwaseun Bakare]] (Prevent Coordinator); [[U|Dr Ilona Szabó]] (Personal Tutor); [[U|Mx Sam Rivera]] (Residential Life)
Apologies: [[U|Prof. Neil Carver]]; [[U|Bill Ashdown]] (Security)
Minutes: [[U|Heather Quayle]]

1. Student: [[S|Farida Noorzai]] (student no. [[SI:STUDENT_NUMBER|21088347]]), Year 2 [[NEG|Pharmacy]].
[[U|Dr Szabó]] reported that [[S|Farida]] has told her tutor group that her brother-in-law, [[U|Jawid Rahimi]], is "recruiting in Leicester". [[S|Ms Noorzai]] lives with her aunt, [[R|Gulalai Noorzai]], and cousin [[R|Nasir Noorzai]] off campus.
[[P|OB]] noted no prior referrals. Residential Life has no record as she is not in halls.

Actions:
- [[P|RK]] to call the student and offer a supportive meeting this week.
- [[U|IS]] to keep attendance notes and share with [[P|OB]].
- [[U|SR]] to check whether [[R|Nasir]] has a guest pass for [[NEG|Fenwick Hall]].
""",
    },
    {
        "id": "d12-chron-yusuf",
        "kind": "case_chronology",
        "subject": "Yusuf Abdi Warsame",
        "subject_aliases": ["Yusuf", "Yus"],
        "case_people": ["Sadia Malik"],
        "text": """Case chronology — [[S|Yusuf Abdi Warsame]], [[NEG|BSc Computer Science]], Year 1
Student number: [[SI:STUDENT_NUMBER|U2517730]]. Date of birth: [[SI:DATE_OF_BIRTH|2 July 2006]].

[[NEG|18/09/2025]] Enrolled. Emergency contact: mother, [[R|Hodan Warsame]], [[T:PHONE_NUMBER|0121 496 0732]]. ([[P|S. Malik]])
[[NEG|07/10/2025]] Hall warden reports [[S|Yusuf]] hosting late-night gatherings; one visitor gave his name as [[U|Abdirahman]]. ([[P|S. Malik]])
[[NEG|15/10/2025]] [[S|Yus]] told flatmate [[U|Oliver Grant]] that "the mosque here is too soft". [[U|Imam Hassan Jama]] of the campus prayer room has offered to talk with him. ([[P|S. Malik]])
[[NEG|22/10/2025]] Older brother [[R|Abdikarim Warsame]] attended reception asking for [[S|Yusuf's]] room number. Not given. — [[U|RS]]
[[NEG|30/10/2025]] Meeting with [[S|Mr Warsame]], [[P|Sadia Malik]] and [[U|Revd Anne Whitcombe]] (chaplaincy). He was open, said his cousin [[R|Ilhan Warsame]] shares videos in a family group chat. ([[P|S. Malik]])
[[NEG|05/11/2025]] IT Services flagged repeated access from [[SI:IP_ADDRESS|10.44.182.7]] to a blocked forum. — [[U|RS]]
""",
    },
    {
        "id": "d12-incident-ioana",
        "kind": "incident_report",
        "subject": "Ioana Popescu",
        "subject_aliases": ["Ioana"],
        "case_people": ["Darren Whitlock"],
        "text": """INCIDENT REPORT — Campus Security
Ref: SEC/25/1184   Date/time: 14/11/2025 22:40   Location: car park B, [[NEG|Hollins Road]] campus
Reported by: [[P|Darren Whitlock]], Security Officer (badge 0417)
Witnesses: [[U|Grace Oyelaran]] (student); [[U|Miles Fenwick]] (porter)

At approx. 22:40 I observed a student, later identified as [[S|Ioana Popescu]] ([[SI:STUDENT_NUMBER|20419983]]), placing stickers on the windows of the [[NEG|Students' Union]] building. The stickers bore the logo of a group I did not recognise. A man waiting in a silver Ford Focus, registration [[T:UK_VEHICLE_REGISTRATION|LD68 XWT]], called to her by name. [[S|Ioana]] said he was her cousin, [[R|Mihai Popescu]].

[[U|Ms Oyelaran]] said she saw the same car on campus last week. [[U|Mr Fenwick]] took photographs; the porters' lodge is a mile or so from the car park, so it took him some minutes.

Police attended at 23:05: [[U|PC Rebecca Hale]] and [[U|Sgt Owen Pritchard]] ([[NEG|West Mercia Police]]). [[U|Sgt Pritchard]] spoke to [[R|Mr Popescu]] and noted his details. Driving licence given as [[T:UK_DRIVING_LICENCE|POPES811226M99AB]].

[[S|Miss Popescu]] was cooperative and apologised. Referred to the duty Prevent lead.

Signed: [[P|D. Whitlock]]
""",
    },
    {
        "id": "d12-letter-rhiannon",
        "kind": "letter",
        "subject": "Rhiannon Pryce",
        "subject_aliases": ["Rhiannon"],
        "case_people": ["Gwyn Llewellyn"],
        "text": """Student Wellbeing and Safeguarding
[[NEG|Cardiff Metropolitan Quarter]]

Private and confidential
[[S|Miss Rhiannon Pryce]]
[[SI:STREET_ADDRESS|Tŷ Gwyn, 4 Heol y Felin]]
[[NEG|Pontypridd]]
[[SI:UK_POSTCODE|CF37 4RB]]

Dear [[S|Rhiannon]],

Thank you for meeting me and [[P|Mr Gwyn Llewellyn]] on 9 December. As we agreed, this letter confirms the support we discussed. We know you have had a difficult term, and that your mother, [[R|Mrs Carys Pryce]], has been unwell.

You told us that a friend of your brother [[R|Dylan]], whom you know only as [[U|Bryn]], has been sending you material through [[NEG|Telegram]]. You are not in any trouble. Our aim is to make sure you feel safe and can finish your [[NEG|Welsh History]] dissertation.

If your grandfather, [[R|Emlyn Pryce]], wishes to attend the next meeting with you, he is welcome.

Yours sincerely,

[[U|Dr Angharad Morgan]]
Head of Student Wellbeing

cc: [[P|Gwyn Llewellyn]], Prevent Coordinator
""",
    },
    {
        "id": "d12-tutor-aarav",
        "kind": "tutor_report",
        "subject": "Aarav Mehta",
        "subject_aliases": ["Aarav"],
        "case_people": ["Colette Dubois"],
        "text": """End-of-term tutor review
Department of Economics
Student: [[S|Aarav Mehta]] (ID [[SI:STUDENT_NUMBER|E2301586]])
Reviewer: [[P|Dr Colette Dubois]]

Academic progress is good; [[S|Aarav]] received a first for his [[NEG|Behavioural Economics]] essay. The concern this term is social. His housemate [[U|Forrest Kimura]] reported that [[S|Aarav]] had begun repeating slogans from an online group and had asked [[U|Forrest]] whether he was "with us or against us". The essay itself was about forest management; I mention this only because the group's channel is called "[[NEG|Deep Forest]]".

[[S|Mr Mehta]] says his cousin [[R|Rohan Mehta]], a graduate of [[NEG|Imperial College]], recommended the group. His father, [[R|Sanjay Mehta]], is listed as sponsor for his visa; passport number on file [[SI:UK_PASSPORT|548812093]].

I will meet [[S|Aarav]] again in January with [[U|Iris Cheung]] from the Student Hub.

[[P|C. Dubois]]
""",
    },
    {
        "id": "d12-support-nguyen",
        "kind": "support_log",
        "subject": "Nguyễn Thị Hoa",
        "subject_aliases": ["Hoa"],
        "case_people": ["Gareth Penhaligon"],
        "text": """International Student Support — notes
Student: [[S|Nguyễn Thị Hoa]] ([[SI:STUDENT_NUMBER|IS-774102]]), MA [[NEG|Translation Studies]]

[[NEG|3 Nov]]: [[S|Hoa]] came in upset; a woman in her shared house, [[U|Trần Bảo Ngọc]], has been pressing her to attend meetings run by "a teacher from [[NEG|Birmingham]]". [[P|GP]]
[[NEG|5 Nov]]: Phoned [[S|Ms Nguyễn]] at [[SI:PHONE_NUMBER|07123-884-201]]. She is staying with her aunt, [[R|Nguyễn Thị Lan]], on [[T:STREET_ADDRESS|Cedar Close]] for a week. [[P|GP]]
[[NEG|10 Nov]]: Her brother [[R|Nguyễn Văn Đức]] wrote from [[NEG|Hà Nội]] asking whether she is safe. Replied with consent only. [[U|RH]]
[[NEG|12 Nov]]: Met [[S|Hoa]] with [[P|Gareth Penhaligon]]. She would like to move house; Accommodation contact is [[U|Pearl Atkinson]]. [[P|GP]]
""",
    },
    {
        "id": "d12-chat-olamide",
        "kind": "chat_export",
        "subject": "Olamide Adebayo",
        "subject_aliases": ["Ola", "ola.dbayo"],
        "case_people": ["Chidinma Eze"],
        "text": """WhatsApp export: "Block C Flat 6 🏠"
[21/10/2025, 23:02] [[P|Chidinma Eze]]: guys is [[S|Ola]] ok?? she's been crying in the kitchen
[21/10/2025, 23:03] [[U|Sunny Balogun]]: idk her brother [[R|Tunde]] was here earlier shouting
[21/10/2025, 23:03] [[U|Sunny Balogun]]: the tall one, [[R|Tunde Adebayo]], not the other one
[21/10/2025, 23:05] [[U|Kasia 🌸]]: should we tell [[U|dawn]]? she's the RA
[21/10/2025, 23:05] [[P|Chidinma Eze]]: [[U|@Dawn Whitaker]] sorry to tag you this late
[21/10/2025, 23:11] [[U|Dawn Whitaker]]: Thanks for flagging. I'll knock on [[S|Olamide's]] door. Her number is [[SI:PHONE_NUMBER|+447700900145]] if anyone needs it
[21/10/2025, 23:12] [[U|Sunny Balogun]]: it's sunny tomorrow at least lol
[21/10/2025, 23:40] [[U|Dawn Whitaker]]: Spoke to [[S|Ola]]. She's ok. Her dad [[R|Mr Adebayo]] is coming at [[NEG|Dawn]] prayers time apparently — I mean early, before 6
[21/10/2025, 23:41] [[U|Kasia 🌸]]: her tiktok is [[SI:URL|https://www.tiktok.com/@ola.dbayo]] btw, she posted about the group again
""",
    },
    {
        "id": "d12-email-fwd-hakan",
        "kind": "email",
        "subject": "Hakan Yıldırım",
        "subject_aliases": ["Hakan"],
        "case_people": ["Fiona Drummond", "Kemal Aksoy"],
        "text": """From: [[P|Fiona Drummond]] <[[T:EMAIL_ADDRESS|fiona.drummond@kelvinside.ac.uk]]>
Sent: 17 November 2025 10:42
To: Prevent Team <prevent@kelvinside.ac.uk>
Subject: FW: [[S|Hakan]] — lab access

Forwarding below from [[P|Kemal]]. Please advise.
[[P|Fiona]]

-----Original Message-----
From: [[P|Dr Kemal Aksoy]] <[[T:EMAIL_ADDRESS|k.aksoy@kelvinside.ac.uk]]>
Sent: 16 November 2025 19:15
To: [[P|Fiona Drummond]] <[[T:EMAIL_ADDRESS|fiona.drummond@kelvinside.ac.uk]]>
Cc: [[U|Şule Çelik]] <[[T:EMAIL_ADDRESS|s.celik@kelvinside.ac.uk]]>
Subject: [[S|Hakan]] — lab access

Dear [[P|Fiona]],

One of my [[NEG|Chemical Engineering]] project students, [[S|Hakan Yıldırım]] ([[SI:STUDENT_NUMBER|2419907Y]]), asked the technician [[U|Ivy Gallacher]] for after-hours access to the solvent store. He said it was for a "side project" with his cousin [[R|Emre Yıldırım]], who is not a student here. [[U|Ivy]] refused and told me.

I know [[S|Hakan]] well and I don't want to over-react, but [[U|Şule]] mentioned that [[S|Mr Yıldırım]] had shared a post from an account called [[NEG|Bozkurt Haber]] in the project chat. His uncle [[R|Ahmet Yıldırım]] is apparently a well-known figure in that scene.

Best wishes,
[[P|Kemal]]
--
[[P|Dr Kemal Aksoy]] · Lecturer in Process Engineering
Tel: [[T:PHONE_NUMBER|0141 496 0288]]
""",
    },
    {
        "id": "d12-minutes-siobhan",
        "kind": "meeting_minutes",
        "subject": "Siobhán Ó Súilleabháin",
        "subject_aliases": ["Shiv"],
        "case_people": ["Precious Moyo", "Anders Halvorsen"],
        "text": """Safeguarding & Prevent Operational Group
Minutes of meeting held 11/12/2025 (MS Teams)
Present: [[P|Precious Moyo]] (Safeguarding Manager, chair); [[P|Anders Halvorsen]] (Head of Residences); [[U|Dr Malik Osei]] (Faculty of Arts); [[U|Ms Bronagh Keane]] (Disability Advice)
Apologies: [[U|Will Tennant]], [[U|Revd Dr Paul Ashby]]
Minutes taken by: [[U|Jade Morrissey]]

Item 3 — [[S|Siobhán Ó Súilleabháin]] ([[SI:STUDENT_NUMBER|B00812254]])
[[P|PM]] summarised: [[S|Shiv]] was overheard in [[NEG|Larch House]] common room saying she would "go with [[R|Cathal]] to the march and bring something". [[R|Cathal Ó Súilleabháin]] is her older brother and not a student. [[U|Dr Osei]] noted her attendance in [[NEG|Irish Literature]] has been excellent and that she has spoken openly in class about her grandfather, [[R|Pádraig Ó Súilleabháin]], and the Troubles.
[[P|AH]] reported no incidents in residence. [[U|Ms Keane]] confirmed [[S|Siobhán]] has a support plan.
Group view: low concern; a welfare conversation is the right response. [[U|Will]] to be kept informed.

Actions
[[P|PM]] to meet [[S|Ms Ó Súilleabháin]] with her consent.
[[P|AH]] to brief the night warden, [[U|Ciarán Begley]].
[[U|JM]] to circulate minutes by Friday.
""",
    },
    {
        "id": "d12-chron-anastasia",
        "kind": "case_chronology",
        "subject": "Anastasia Kovalenko",
        "subject_aliases": ["Nastya"],
        "case_people": ["Rajesh Sharma"],
        "text": """Chronology of concerns: [[S|Anastasia Kovalenko]]
DOB: [[SI:DATE_OF_BIRTH|1999-08-23]] · Student no.: [[SI:STUDENT_NUMBER|230045517]] · Programme: [[NEG|LLM International Law]]

01.10.2025 — [[S|Anastasia]] discloses her father, [[R|Oleksandr Kovalenko]], remains in [[NEG|Kharkiv]]; she is anxious but engaged. — [[P|RS]]
14.10.2025 — Classmate [[U|Tariq Al-Khatib]] reports [[S|Nastya]] has been approached by a man called [[U|Viktor]] offering paid "volunteer" work. — [[P|RS]]
20.10.2025 — [[S|Ms Kovalenko]] shows me messages from [[U|Viktor]], number [[T:PHONE_NUMBER|+380 67 441 2290]]. Advised not to reply. — [[P|RS]]
03.11.2025 — Her mother [[R|Iryna Kovalenko]] arrives in the UK; address given as [[T:STREET_ADDRESS|22 Marlowe Gardens]], [[T:UK_POSTCODE|LS6 2QT]]. — [[P|Rajesh Sharma]]
09.11.2025 — Referral discussed with [[U|DS Karen Holt]], [[NEG|West Yorkshire Police]] Prevent team. No further police action. — [[P|RS]]
""",
    },
    {
        "id": "d12-incident-joao",
        "kind": "incident_report",
        "subject": "João Ferreira",
        "subject_aliases": ["João", "Jojo"],
        "case_people": ["Lindiwe Dube"],
        "text": """Incident report form — IT Security & Library
Incident no.: ITS-2025-0931
Reporter: [[P|Lindiwe Dube]], Library Systems Officer
Date: 28 November 2025

Summary: A library PC (LIB-3F-22) was used to access proscribed material. The session was logged in as [[S|João Ferreira]] ([[SI:STUDENT_NUMBER|JF2290314]]). Traffic was also seen from [[SI:IP_ADDRESS|2001:db8:4c1a:7::19]], his registered laptop.

Witness: [[U|Mr Faith Nkemelu]], a postgraduate working at the next desk, said [[S|João]] was with another man he called [[R|Tio Paulo]] — later confirmed as his uncle, [[R|Paulo Ferreira]]. [[U|Mr Nkemelu]] said they spoke Portuguese and printed several pages. The printed copies were collected by [[U|Grace]] on the night desk. Have faith that nothing was removed from the building; the print log confirms the pages were shredded.

Police: [[U|DC Ross Baird]] called on 29/11 and requested the logs; reference given.

[[S|Jojo]] (as friends call him) has been invited to meet the Prevent lead. [[S|Mr Ferreira's]] personal tutor is [[U|Prof. Isabel Marín]].

Reported by: [[P|L. Dube]]
""",
    },
    {
        "id": "d12-letter-kenji",
        "kind": "letter",
        "subject": "Kenji Watanabe",
        "subject_aliases": ["Kenji"],
        "case_people": ["Harriet Coombes"],
        "text": """Office of the Dean of Students
University of Wessex

[[S|Mr Kenji Watanabe]]
[[SI:STREET_ADDRESS|Flat 3, 117 Portland Terrace]]
[[NEG|Southampton]]
[[SI:UK_POSTCODE|SO14 6QX]]

15 December 2025

Dear [[S|Mr Watanabe]],

Re: meeting of 10 December

I write to follow up our conversation with your host, [[U|Mrs Dorothy Ames]], and my colleague [[P|Harriet Coombes]]. You explained that your sister, [[R|Yuki Watanabe]], had forwarded you videos from an online community and that you had posted comments you now regret.

We are not taking any disciplinary action. We have, however, agreed that you will meet [[P|Ms Coombes]] fortnightly until the end of term. Your father, [[R|Hiroshi Watanabe]], telephoned us from [[NEG|Osaka]]; with your consent we will keep him informed.

If you want to talk sooner, please ring [[U|Rose Kilbride]] in the Dean's office.

Kind regards,

[[U|Professor Matthew Oduya]]
Dean of Students
""",
    },
    {
        "id": "d12-tutor-lucia",
        "kind": "tutor_report",
        "subject": "Lucía Fernández García",
        "subject_aliases": ["Lucía", "Lu"],
        "case_people": ["Bogdan Ionescu"],
        "text": """Personal tutor record — Modern Languages
Tutee: [[S|Lucía Fernández García]] — [[SI:STUDENT_NUMBER|ML24-11902]]
Tutor: [[P|Dr Bogdan Ionescu]]
Meeting: 20/11/2025

[[S|Lucía]] came to our meeting with her friend [[U|Jade Okonkwo]], who asked to stay. [[S|Lu]] said her partner, [[U|Álvaro Ruiz]], has started spending time with a group connected to a gym in [[NEG|Salford]] and has pressured her to translate texts for them into Spanish. She did translate one pamphlet. Her mother, [[R|Pilar García]], and her brother, [[R|Javier Fernández]], do not know.

She was clear that she is frightened rather than sympathetic. [[S|Ms Fernández]] gave me permission to share this with the Prevent lead, [[U|Mrs Sunita Kapoor]].

Her module leader for [[NEG|Advanced Spanish Translation]] is [[U|Dr Mark Ellison]]; no concerns from him.

[[P|BI]]
""",
    },
    {
        "id": "d12-support-kofi",
        "kind": "support_log",
        "subject": "Kofi Boateng",
        "subject_aliases": ["Kofi"],
        "case_people": ["Aoife Gallagher"],
        "text": """Disability & Wellbeing Service — running log
Client: [[S|Kofi Boateng]]   Student ID: [[SI:STUDENT_NUMBER|3319872]]   DOB: [[SI:DATE_OF_BIRTH|30.01.2004]]
NHS no. (from GP letter): [[SI:UK_NHS|943 476 5919]]

06/10 Initial appointment. [[S|Kofi]] has ADHD; struggling with deadlines. Lives with his grandmother, [[R|Mrs Abena Boateng]]. [[P|AG]]
13/10 Missed. Texted [[SI:PHONE_NUMBER|07700 900 872]]. [[P|AG]]
20/10 Attended. Said his cousin [[R|Kwame Boateng]] has been taking him to "meetings about what's really going on". Named another attendee as [[U|Gift Chikwanha]]. [[P|AG]]
27/10 [[S|Mr Boateng]] asked whether the service reports things to police. Explained confidentiality limits. [[U|LW]]
03/11 Discussed with line manager [[P|Aoife Gallagher]] and with consent referred to [[U|Tomasz Nowicki]], Prevent Coordinator. [[P|AG]]
10/11 [[S|Kofi]] brought a gift card from his gran to say thank you — declined politely. [[P|AG]]
""",
    },
    {
        "id": "d12-chat-vle-arash",
        "kind": "chat_export",
        "subject": "Arash Karimi",
        "subject_aliases": ["Arash", "akarimi"],
        "case_people": ["Nadia Rahman"],
        "text": """[[NEG|Moodle]] forum export — [[NEG|POL2031 Political Violence]], discussion board "Week 6: Radicalisation pathways"

Post by [[S|Arash Karimi]] ([[SI:EMAIL_ADDRESS|akarimi7@student.thamesvale.ac.uk]]), 12 Nov 2025 01:13
> Honestly the reading misses the point. My cousin [[R|Dariush Karimi]] says...

Reply by [[U|Ellen Brodie]], 12 Nov 2025 08:02
> [[S|@Arash]] this is a bit much for a seminar forum, no?

Reply by [[U|Rashid Amin]], 12 Nov 2025 08:30
> agree w ellen. also tell [[S|arash]] to stop DMing [[U|hana]] about it

Reply by [[P|Nadia Rahman]] (Module Leader), 12 Nov 2025 09:10
> Thanks all. I've hidden the original post and will speak with [[S|Arash]] directly. Please keep the board focused on the [[NEG|Horgan]] and [[NEG|McCauley]] readings.

Moderator note (not visible to students): post archived; user [[S|akarimi]] flagged to Prevent lead [[U|Dr Bernadette Lowe]]. His brother [[R|Kian]] emailed from [[T:EMAIL_ADDRESS|kian.karimi88@gmail.com]] the same morning asking for the post to be deleted. — [[P|NR]]
""",
    },
    {
        "id": "d12-email-mariam",
        "kind": "email",
        "subject": "Mariam Al-Sayed",
        "subject_aliases": ["Mariam"],
        "case_people": ["Joseph Achterberg"],
        "text": """From: [[U|Hope Castellano]] <[[T:EMAIL_ADDRESS|hcastellano@riverside-uni.ac.uk]]>
To: [[P|Joseph Achterberg]] <[[T:EMAIL_ADDRESS|j.achterberg@riverside-uni.ac.uk]]>
Subject: Student in Nursing — welfare, possible Prevent

Hi [[P|Joe]],

I hope you're well. I wanted to flag [[S|Mariam Al-Sayed]] ([[SI:STUDENT_NUMBER|RU-N-228814]]), second year [[NEG|Adult Nursing]]. On placement at [[NEG|St Bartholomew's]] her mentor, [[U|Sister Bernadine Coyle]], heard her say that her husband, [[U|Khalid Mansour]], had told her not to treat male patients, and that his friends would "deal with" the ward manager. [[S|Mariam]] later said she was repeating what he had said and didn't mean it.

Her sister [[R|Yasmin Al-Sayed]] is also a student here (Pharmacy). [[S|Mrs Al-Sayed]]'s father, [[R|Dr Omar Al-Sayed]], is a consultant at the trust — I mention it only because he may contact us.

There's hope this is domestic rather than ideological, and I'd value your view.

Best,
[[U|Hope]]

--
[[U|Hope Castellano]] RN MSc
Practice Education Lead
[[T:PHONE_NUMBER|(020) 7946 0112]]
""",
    },
    {
        "id": "d12-minutes-dimitris",
        "kind": "meeting_minutes",
        "subject": "Dimitris Papadopoulos",
        "subject_aliases": ["Dimitri", "Mitsos"],
        "case_people": ["Ewa Kowalczyk", "Tendai Mutasa"],
        "text": """Faculty of Science & Engineering — Student Concerns Panel
Minutes, 2 December 2025
Present:
  [[P|Prof. Ewa Kowalczyk]] — Associate Dean (Student Experience), Chair
  [[P|Tendai Mutasa]] — Safeguarding Officer
  [[U|Dr Miles Ashcombe]] — Programme Director, [[NEG|Mechanical Engineering]]
  [[U|Kerry-Ann Campbell]] — Student Union Advice Centre
Apologies: [[U|Dr Ferenc Tóth]]
Minutes: [[U|Gemma Rowley]]

Case: [[S|Dimitris Papadopoulos]], Year 3 MEng, [[SI:STUDENT_NUMBER|M2108836]]
[[U|Dr Ashcombe]] reported that [[S|Dimitri]] had designed a drone frame for his final-year project and, when asked, said it was for his uncle [[R|Giorgos Papadopoulos]]'s "organisation". [[U|Ms Campbell]] said [[S|Mitsos]] had come to the SU worried about money; his mother, [[R|Eleni Papadopoulou]], lost her job in [[NEG|Thessaloniki]] in the summer.
[[P|TM]] noted the project was approved by the ethics committee and nothing in it is unusual. The panel agreed the comment was most likely a joke but should be explored.

Actions:
  [[P|EK]] to write to [[S|Mr Papadopoulos]] inviting him to a meeting.
  [[P|TM]] to check with [[U|Dr Tóth]] (project supervisor).
  [[U|KAC]] to offer hardship fund information.
""",
    },
    {
        "id": "d12-chron-rojda",
        "kind": "case_chronology",
        "subject": "Rojda Demir",
        "subject_aliases": ["Rojda"],
        "case_people": ["Marcus Lindgren"],
        "text": """Prevent case file — chronology
Subject: [[S|Rojda Demir]]; student no. [[SI:STUDENT_NUMBER|S2046671]]; [[NEG|BA Sociology]], Year 2
National Insurance no. (from payroll, student ambassador scheme): [[SI:UK_NINO|QQ 12 34 56 C]]

09 Sep 2025 — [[S|Rojda]] works as a student ambassador at open days. No concerns. — [[P|ML]]
02 Oct 2025 — Anonymous note left in the ambassador office alleging [[S|Ms Demir]] supports a proscribed Kurdish group. — [[P|ML]]
06 Oct 2025 — Spoke with [[S|Rojda]]. She said the note is likely from a former friend, [[U|Berfin Aydın]], after a falling-out. She described her family's politics openly; her brother [[R|Serhat Demir]] is active in a legal diaspora association in [[NEG|Haringey]]. — [[P|Marcus Lindgren]]
15 Oct 2025 — Her father, [[R|Mehmet Demir]], phoned to say the family is being harassed. Call-back number [[T:PHONE_NUMBER|020 8496 0419]]. — [[P|ML]]
21 Oct 2025 — Discussed with [[U|Insp. Gail Renshaw]] (Prevent, Metropolitan Police). Assessment: no Prevent threshold met; welfare support continues. — [[P|ML]]
""",
    },
    {
        "id": "d12-incident-liam",
        "kind": "incident_report",
        "subject": "Liam O'Donoghue",
        "subject_aliases": ["Liam"],
        "case_people": ["Abimbola Okoro"],
        "text": """Students' Union — Incident Report
Event: [[NEG|Freshers' Fair]], Great Hall
Date/Time: 24 September 2025, 13:20
Completed by: [[P|Abimbola Okoro]] (Events Manager)
Other witnesses: [[U|Jade Thornton]] (stallholder, [[NEG|Rock Climbing Society]]); [[U|Mr Patrick Devlin]] (steward)

Description: A student, [[S|Liam O'Donoghue]], was handing out flyers for an unaffiliated group near the [[NEG|Amnesty International]] stall. When asked to stop, [[S|Liam]] became verbally aggressive. He was accompanied by an older man who gave his name as [[R|Seán O'Donoghue]] (father) and who filmed the stewards on his phone.

[[U|Mr Devlin]] asked them both to leave. [[R|Mr O'Donoghue]] said he would post the video online. They left at 13:35 in a blue van, reg. [[T:UK_VEHICLE_REGISTRATION|YF21 KMO]].

Campus police liaison officer [[U|PC Joy Akinwale]] was informed at 14:00. Flyer retained. [[S|Mr O'Donoghue]]'s student number is [[SI:STUDENT_NUMBER|C1938472]].

Signature: [[P|A. Okoro]]
""",
    },
    {
        "id": "d12-letter-zsofia",
        "kind": "letter",
        "subject": "Zsófia Horváth",
        "subject_aliases": ["Zsófi"],
        "case_people": ["Simon Tullett"],
        "text": """Chaplaincy and [[NEG|Faith Centre]]
University of the North Downs

[[S|Ms Zsófia Horváth]]
c/o [[SI:STREET_ADDRESS|Rosemount, 8 Orchard Lane]]
[[NEG|Maidstone]]
[[SI:UK_POSTCODE|ME14 5JA]]

Dear [[S|Zsófia]],

It was lovely to see you and your aunt, [[R|Mrs Katalin Horváth]], at the carol service. I am writing, as you asked, to put in writing what we talked about afterwards.

You mentioned that a man at your church group, [[U|Bence Szűcs]], had been lending you books that made you uncomfortable, and that your cousin [[R|Ádám Horváth]] had warned you about him. I have spoken, in confidence, to our Prevent lead, [[U|Mrs Grace Adewale]], who agrees that the best step is for you to have someone to talk to. She would be glad to meet you.

Please remember the [[NEG|Faith Centre]] is open to you at any time; [[U|Father Michael Brennan]] is also here on Thursdays.

With every blessing,

[[P|Revd Simon Tullett]]
Anglican Chaplain
""",
    },
    {
        "id": "d12-tutor-amani",
        "kind": "tutor_report",
        "subject": "Amani Wanjiru Kamau",
        "subject_aliases": ["Amani"],
        "case_people": ["Gwendolyn Price"],
        "text": """Progress & wellbeing report — [[NEG|PGCE Secondary]]
Trainee: [[S|Amani Wanjiru Kamau]] (student no. [[SI:STUDENT_NUMBER|T25-40877]])
University tutor: [[P|Mrs Gwendolyn Price]]
Placement school mentor: [[U|Mr Desmond Agyeman]]

[[S|Amani]] is a capable and popular trainee. The school raised one issue: during a Year 9 lesson on [[NEG|British values]] she told pupils that her brother, [[R|Njoroge Kamau]], "had the right idea" about a recent protest. [[U|Mr Agyeman]] spoke to her immediately; she said she had been misunderstood and was referring to a peaceful protest in [[NEG|Nairobi]].

I met [[S|Ms Kamau]] on 25 November. She was upset and worried about her placement. I believe the comment was clumsy rather than extremist, but have recorded it and informed the Prevent lead, [[U|Dr Ravi Subramanian]], as required by school policy.

Her emergency contact is her mother, [[R|Esther Kamau]], [[T:PHONE_NUMBER|+254 722 318 406]].

[[P|G. Price]]
""",
    },
    {
        "id": "d12-support-maricel",
        "kind": "support_log",
        "subject": "Maricel Santos",
        "subject_aliases": ["Cel"],
        "case_people": ["Hamish Urquhart"],
        "text": """Money Advice Team — case notes
Student: [[S|Maricel Santos]] · ID [[SI:STUDENT_NUMBER|2250781]] · [[NEG|BSc Nursing]] (Child)

[[NEG|4/11]] [[S|Maricel]] applied to the hardship fund. Bank details supplied: sort code [[SI:UK_SORT_CODE|20-45-77]], account [[SI:UK_BANK_ACCOUNT|53108862]]. — [[P|HU]]
[[NEG|6/11]] Noted a £900 transfer to an account in the name of her cousin, [[R|Jerome Santos]], IBAN [[T:IBAN_CODE|GB82 WEST 1234 5698 7654 32]]. [[S|Cel]] said it was a loan for his rent. — [[P|HU]]
[[NEG|11/11]] [[S|Ms Santos]] rang, distressed. Said [[R|Jerome]] had asked her to open a second account for "a charity" run by a man she knows as [[U|Brother Rey]]. Advised her not to. — [[U|Mercy Adjoa]]
[[NEG|12/11]] Escalated to [[P|Hamish Urquhart]] (team leader) as possible exploitation/financing concern. Her mother [[R|Lorna Santos]] in [[NEG|Quezon City]] has been sending money to her each month. — [[P|HU]]
[[NEG|18/11]] Met with [[S|Maricel]], [[P|Hamish]] and [[U|Dr Ben Okafor]] (Prevent lead). Agreed plan. — [[P|HU]]
""",
    },
    {
        "id": "d12-chat-teams-ali",
        "kind": "chat_export",
        "subject": "Ali Reza Hosseini",
        "subject_aliases": ["Ali", "AliRH"],
        "case_people": ["Bethan Lloyd"],
        "text": """Teams chat: Security Control Room ↔ Residences on-call
[02:14] Control Room ([[U|Dave]]): [[P|Bethan]], fire alarm in [[NEG|Maple Court]] block D, student on 3rd floor refusing to leave
[02:15] [[P|Bethan Lloyd]]: which flat?
[02:15] Control Room ([[U|Dave]]): D3.4 — [[S|Ali Reza Hosseini]], says his brother is in the room and won't come out
[02:17] [[P|Bethan Lloyd]]: on my way. is the brother a resident?
[02:18] Control Room ([[U|Dave]]): no, gave name [[R|Mohammad Hosseini]], no guest registration
[02:31] [[P|Bethan Lloyd]]: all out. [[S|Ali]] v anxious. [[R|Mohammad]] had a laptop and a lot of printed sheets, wouldn't let me see
[02:33] Control Room ([[U|Dave]]): want me to call [[U|Sgt Morris]]?
[02:34] [[P|Bethan Lloyd]]: not yet. [[S|Mr Hosseini]] says cousin [[R|Parisa Hosseini]] is coming to collect [[R|Mohammad]]. [[NEG|Will]] log and email [[U|kate]] in the morning
[02:35] Control Room ([[U|Dave]]): 👍 fire was burnt toast btw. [[S|@AliRH]] on the flat group chat already posting about it
""",
    },
    {
        "id": "d12-email-ingrid",
        "kind": "email",
        "subject": "Ingrid Solberg",
        "subject_aliases": ["Ingrid"],
        "case_people": ["Winston Baptiste"],
        "text": """From: [[P|Winston Baptiste]] <[[T:EMAIL_ADDRESS|w.baptiste@eastmoor.ac.uk]]>
To: [[U|Camille Laurent]] <[[T:EMAIL_ADDRESS|c.laurent@eastmoor.ac.uk]]>; [[U|Dr Ahmed Qureshi]] <[[T:EMAIL_ADDRESS|a.qureshi@eastmoor.ac.uk]]>
Cc: prevent-lead@eastmoor.ac.uk
Date: Wed, 3 Dec 2025 16:20
Subject: RE: [[NEG|Archaeology]] field trip — [[S|Ingrid Solberg]]

[[U|Camille]], [[U|Ahmed]] —

Following our call: [[S|Ingrid]] has asked to be excused from the [[NEG|Orkney]] field trip. She told me privately that her stepfather, [[U|Nils Eriksen]], has been pushing her to join a "heritage" group he runs, and that members will be on [[NEG|Orkney]] that week. Her half-sister [[R|Astrid Solberg]] is in the group already.

I've checked [[S|Ms Solberg]]'s record; she has a strong first-year profile and no previous concerns. I suggest we agree the exemption and that I pass this on to [[U|Mercy Danquah]] as Prevent lead. Her mum, [[R|Kari Solberg]], rang the office yesterday asking why the trip deposit hadn't been paid.

Regards,
[[P|Winston]]

--
[[P|Winston Baptiste]]
Senior Tutor, School of History, Classics & Archaeology
Direct line [[T:PHONE_NUMBER|01904 555 0193]]
""",
    },
    {
        "id": "d12-minutes-ravi",
        "kind": "meeting_minutes",
        "subject": "Ravinder Singh Gill",
        "subject_aliases": ["Ravi", "Rav"],
        "case_people": ["Ngozi Okafor", "Callum Reid"],
        "text": """Notes of Prevent Multi-Agency Case Discussion
Date: 19 November 2025
Attendees: [[P|Ngozi Okafor]] (University Prevent Lead); [[P|Callum Reid]] (Head of Security); [[U|DS Alistair Gunn]] (Police Scotland, Prevent); [[U|Mrs Parveen Kaur]] (Local Authority Prevent Coordinator)
Apologies: [[U|Summer Lewis]] (Students' Association)
Minutes: [[U|Aled Rees]]

Student: [[S|Ravinder Singh Gill]], known as [[S|Ravi]], [[NEG|BEng Civil Engineering]] ([[SI:STUDENT_NUMBER|40218867]]), date of birth [[SI:DATE_OF_BIRTH|11 April 2003]]

Background: [[P|Callum]] summarised CCTV showing [[S|Rav]] and an unknown male tearing down posters for the [[NEG|Sikh Society]]'s event. [[S|Mr Gill]] later told a steward he did it because of an argument with his uncle [[R|Jaswinder Gill]], who chairs a gurdwara committee. [[U|DS Gunn]] confirmed no police intelligence. [[U|Mrs Kaur]] noted the family is known to children's services only through [[S|Ravi's]] younger sister, [[R|Simran Gill]].

Outcome: not a Prevent matter; refer to student conduct for the posters.

Actions:
  [[P|CR]] to pass CCTV stills to conduct officer [[U|Pamela Ruddock]].
  [[P|NO]] to inform [[S|Ravi]] of outcome in writing.
""",
    },
    {
        "id": "d12-chron-chioma",
        "kind": "case_chronology",
        "subject": "Chioma Nwachukwu",
        "subject_aliases": ["Chi"],
        "case_people": ["Helena Sørensen"],
        "text": """CASE CHRONOLOGY (Safeguarding ref. SG-25-0412)
Name: [[S|Chioma Nwachukwu]] · Student no.: [[SI:STUDENT_NUMBER|CN-2118097]] · Course: [[NEG|LLB Law]]

12 Sep 2025. Arrived in the UK. Lives at [[SI:STREET_ADDRESS|41 Bramble Way]], [[SI:UK_POSTCODE|NG7 1FD]], with cousin [[R|Obiageli Nwachukwu]]. — [[P|HS]]
28 Sep 2025. [[S|Chi]] tells her tutor, [[U|Dr Pearl Ainsworth]], that a pastor called [[U|Emmanuel Okon]] has asked her to give him her passport "for safe keeping". — [[P|HS]]
29 Sep 2025. Passport ([[SI:UK_PASSPORT|A07751923]]) confirmed back in [[S|Chioma's]] possession. — [[P|Helena Sørensen]]
14 Oct 2025. [[S|Ms Nwachukwu]] reports [[U|Pastor Okon]] is preaching that the university is "an enemy". Her uncle [[R|Chukwuemeka Nwachukwu]] in [[NEG|Enugu]] has asked her to leave the church. — [[P|HS]]
02 Nov 2025. Referred to [[NEG|Channel]] panel for advice only; police contact [[U|PC Natasha Ivanova]]. — [[P|HS]]
""",
    },
    {
        "id": "d12-incident-grace",
        "kind": "incident_report",
        "subject": "Grace Whitfield",
        "subject_aliases": ["Gracie"],
        "case_people": ["Stuart Ingram"],
        "text": """Accommodation Services — Incident Report
Property: [[NEG|Abbey Grange]] student village, Flat 12C
Reported by: [[P|Stuart Ingram]], Residence Life Adviser
Date of incident: 08/11/2025

At 19:50 a flatmate, [[U|Precious Ndlovu]], contacted the duty phone to say that [[S|Grace Whitfield]] ([[SI:STUDENT_NUMBER|AG2291045]]) had put up a flag and posters in the shared kitchen that other residents found threatening. On attending I found [[S|Grace]] with her brother, [[R|Thomas Whitfield]], and a friend who gave his name as [[U|Kyle Mather]]. [[R|Mr Whitfield]] was filming. The posters referred to "[[NEG|Operation Dawn]]" and carried a web address, [[T:URL|http://dawnwatch-uk.example.org/join]].

I asked for the posters to be removed, which [[S|Miss Whitfield]] did. [[U|Ms Ndlovu]] and a second resident, [[U|Faith Okonjo]], have asked to move flats. She was, to be fair, calm and polite throughout.

[[U|PC Martin Sowerby]] attended at 21:10 at the request of the duty manager, [[U|Lorraine Hebden]]. No offences identified. [[R|Thomas Whitfield]] left in a black Vauxhall Corsa, [[T:UK_VEHICLE_REGISTRATION|NA17 GRC]].

[[S|Gracie]] (as her friends call her) has agreed to meet the Prevent lead on Monday.

Signed: [[P|S. Ingram]]   08/11/2025 23:15
""",
    },
    {
        "id": "d12-letter-marcus",
        "kind": "letter",
        "subject": "Marcus Thompson-Reid",
        "subject_aliases": ["Marcus"],
        "case_people": ["Adwoa Sarpong"],
        "text": """Student Conduct & Appeals

STRICTLY PRIVATE
[[S|Mr Marcus Thompson-Reid]]
[[SI:STREET_ADDRESS|Flat B, Ivy House, Windrush Square]]
[[NEG|Brixton]]
[[NEG|London]]
[[SI:UK_POSTCODE|SW2 1JQ]]

Our ref: SC/25/077   Student number: [[SI:STUDENT_NUMBER|1922046]]

Dear [[S|Marcus]],

Outcome of your meeting on 27 November 2025

Thank you for attending with your mother, [[R|Mrs Beverley Thompson-Reid]], and your representative from the Students' Union, [[U|Mr Kwame Appiah]]. The panel — chaired by [[P|Dr Adwoa Sarpong]] — considered the comments you posted in the [[NEG|History Society]] group chat.

The panel accepted that you were repeating lyrics and did not intend to threaten anyone. It noted the statement from your grandmother, [[R|Mrs Ivy Reid]], about the family's long involvement with the [[NEG|Notting Hill Carnival]], and the reference from your employer, [[U|Mr Desmond Clarke]].

No further action will be taken. The panel does, however, recommend that you meet a member of the Student Wellbeing team; [[U|Ms Ivy Tan]] has offered an appointment.

Yours sincerely,

[[P|Dr Adwoa Sarpong]]
Chair, Student Conduct Panel
""",
    },
    {
        "id": "d12-tutor-giulia",
        "kind": "tutor_report",
        "subject": "Giulia Romano",
        "subject_aliases": ["Giulia", "Giuli"],
        "case_people": ["Hemi Walker"],
        "text": """Supervision record — PhD, [[NEG|Centre for Conflict Studies]]
Candidate: [[S|Giulia Romano]] (PGR ID [[SI:STUDENT_NUMBER|PGR-0047712]])
Supervisors: [[P|Dr Hemi Walker]] (first), [[U|Prof. Margaret Ozturk]] (second)
Date: 1 December 2025

[[S|Giulia]]'s fieldwork involves interviews with former members of far-right groups in [[NEG|Lombardy]]. This is legitimate research with ethics approval (ref. FREC-24-118). The concern raised this month is not about the research itself: [[S|Ms Romano]] told us her brother, [[R|Luca Romano]], has become involved with one of the groups she studies and has asked her for the contact details of her interviewees.

We agreed she would not share any data, and that her data is stored only on the university's secure server. [[U|Prof. Ozturk]] will discuss with the [[NEG|Research Integrity Office]]. [[S|Giuli]] also mentioned that her father, [[R|Dr Enzo Romano]], is a journalist who has written about the same groups; this has caused tension at home.

Next supervision: 15 January.

[[P|H. Walker]] / [[U|M. Ozturk]]
""",
    },
    {
        "id": "d12-support-tsegaye",
        "kind": "support_log",
        "subject": "Meron Tsegaye",
        "subject_aliases": ["Meron"],
        "case_people": ["Rosalind Achebe"],
        "text": """Student Support Hub — enquiries log (extract)
Student: [[S|Meron Tsegaye]], [[NEG|MSc Public Health]], ID [[SI:STUDENT_NUMBER|24187702]], DOB [[SI:DATE_OF_BIRTH|09/09/1997]]

Mon 1 Dec, 11:05 — [[S|Meron]] at desk asking for emergency accommodation. Says she has left the house she shared with her cousin [[R|Dawit Tsegaye]] after an argument about his friends. [[P|RA]]
Mon 1 Dec, 15:30 — Call from [[R|Mr Tsegaye]] ([[T:PHONE_NUMBER|07911 123456]]) demanding to know where [[S|Meron]] is. Not disclosed. [[P|RA]]
Tue 2 Dec, 09:10 — [[S|Ms Tsegaye]] shared screenshots: [[R|Dawit]] and a man named [[U|Yonas Haile]] sharing videos praising an attack. Passed to [[P|Rosalind Achebe]] (team lead). [[U|BW]]
Tue 2 Dec, 14:00 — [[P|Rosalind]] consulted Prevent lead [[U|Dr Iain Sutherland]]. Agreed referral; [[S|Meron]] consents. [[P|RA]]
Wed 3 Dec, 10:00 — Placed in [[NEG|Jubilee House]] room 14 for two weeks. Her sister [[R|Selam Tsegaye]] may visit. [[P|RA]]
""",
    },
    {
        "id": "d12-chat-whatsapp-bilal",
        "kind": "chat_export",
        "subject": "Bilal Chaudhry",
        "subject_aliases": ["Bil", "B"],
        "case_people": ["Hannah Mistry"],
        "text": """Screenshots supplied by a student, transcribed by [[P|Hannah Mistry]] (Wellbeing), 26/11/2025
Chat: "Cricket lads 🏏" (WhatsApp)

[[U|Zain K]]: anyone seen [[S|bil]] this week
[[U|Harry P]]: nah he's gone quiet since his cousin came over
[[U|Zain K]]: which cousin, [[R|Usman]]?
[[U|Harry P]]: yeah [[R|Usman Chaudhry]], the one who keeps going on about the "real ummah" stuff
[[U|Imran 🦁]]: lads leave it, [[S|B]] has a lot going on. his mum [[R|Mrs Chaudhry]] is in hospital
[[S|Bilal Chaudhry]]: I'm fine. stop talking about me in here
[[U|Harry P]]: sorry mate
[[U|Imran 🦁]]: @[[S|Bilal Chaudhry]] nets on thursday? [[U|coach mark]] asked
[[S|Bilal Chaudhry]]: maybe. [[R|Usman]] wants me to go to [[NEG|birmingham]] with him

Transcriber's note: [[S|Bilal]]'s number in the export is [[SI:PHONE_NUMBER|07700 900 331]]. I have asked [[U|Will Okafor]] in the Prevent team to advise. Please mark my words as a summary only. — [[P|HM]]
""",
    },
    {
        "id": "d12-email-wei",
        "kind": "email",
        "subject": "Chan Ka Wai",
        "subject_aliases": ["Kelvin Chan", "Kelvin"],
        "case_people": ["Heather Dunbar"],
        "text": """From: [[U|Ms Rose Abernethy]] <[[T:EMAIL_ADDRESS|rose.abernethy@caledon.ac.uk]]>
To: [[P|Heather Dunbar]] <[[T:EMAIL_ADDRESS|h.dunbar@caledon.ac.uk]]>
Subject: Concern about a student in Accounting — [[S|Kelvin Chan]]

Dear [[P|Heather]],

I'm the administrator for [[NEG|Accounting & Finance]]. Today a student, [[S|Chan Ka Wai]] (he uses the English name [[S|Kelvin]]; student no. [[SI:STUDENT_NUMBER|CKW-2236614]]), came in to ask if we could "delete" his records. He said his uncle, [[R|Chan Siu Ming]], had told him people in the UK were watching him because of posts he made during the [[NEG|Hong Kong]] protests, and that a man called [[U|Mr Lau]] had offered to "help" in exchange for information about other Hong Kong students on the course.

This feels more like a risk to [[S|Kelvin]] than a Prevent concern, but I don't know the right route. His flatmate [[U|Ho Man Kit]] came with him and was very worried.

The bill for his tuition was also queried by his father, [[R|Mr Chan Tak Wing]], in October — that's on file if needed.

Kind regards,
[[U|Rose]]
--
[[U|Rose Abernethy]]
School Administrator · [[T:PHONE_NUMBER|0131 496 0755]]
""",
    },
    {
        "id": "d12-minutes-aylin",
        "kind": "meeting_minutes",
        "subject": "Aylin Şahin",
        "subject_aliases": ["Aylin"],
        "case_people": ["Joy Nakamura", "Gideon Sackey"],
        "text": """MINUTES — Residential Wellbeing Case Conference
Thursday 27 November 2025, 10:00–11:00, [[NEG|Kingfisher Building]] Room 004

Present
  [[P|Joy Nakamura]], Residential Wellbeing Manager (chair)
  [[P|Gideon Sackey]], Prevent & Safeguarding Officer
  [[U|Dr Beatriz Almeida]], Counselling Service
  [[U|Sgt Rob Hennessy]], campus police liaison
Apologies
  [[U|Ms Pearl Kingsley]], Academic Registry
Minutes
  [[U|Louise Tran]]

1. [[S|Aylin Şahin]] (Y1, [[NEG|Fine Art]]), [[SI:STUDENT_NUMBER|FA25-03391]]
[[P|JN]] explained that [[S|Aylin]] has been sleeping in her studio space. Studio staff found drawings of a named politician with a target drawn over them. [[S|Ms Şahin]] told [[U|Dr Almeida]] it is a piece about political violence for her [[NEG|Contemporary Practice]] module, and her tutor [[U|Barış Kılıç]] has confirmed the brief.
[[U|Sgt Hennessy]] said there is no police interest. [[P|GS]] noted that [[S|Aylin]]'s father, [[R|Hüseyin Şahin]], rang last week asking if she was "mixing with the wrong crowd"; her sister [[R|Elif Şahin]] is a student at another university.
Consensus: wellbeing concern (housing/sleep), not Prevent. It was a joy to hear how well she is doing academically.

2. Actions
  [[P|JN]] to offer [[S|Aylin]] a room in halls.
  [[P|GS]] to close the Prevent enquiry and write a note to file.
  [[U|BA]] to offer counselling.
""",
    },
    {
        "id": "d12-chron-tadeusz",
        "kind": "case_chronology",
        "subject": "Tadeusz Zieliński",
        "subject_aliases": ["Tadek", "Ted"],
        "case_people": ["Nkechi Obi"],
        "text": """Chronology — [[S|Tadeusz Zieliński]] (student number [[SI:STUDENT_NUMBER|99120457]]), [[NEG|BA Philosophy]]
Prepared by [[P|Nkechi Obi]], Student Casework

2025-09-30  [[S|Tadeusz]] emails the department from [[SI:EMAIL_ADDRESS|tadek.zielinski@outlook.com]] asking to change seminar group to avoid a classmate. — [[P|N. Obi]]
2025-10-08  Classmate identified as [[U|Miles Drury]]. [[U|Mr Drury]] alleges [[S|Tadek]] has called him a "traitor to the race" and shared a manifesto in a group chat. — [[P|N. Obi]]
2025-10-09  [[S|Mr Zieliński]] denies this; says his older brother [[R|Grzegorz Zieliński]] used his phone. — [[P|N. Obi]]
2025-10-20  Father, [[R|Andrzej Zieliński]], attends with [[S|Ted]] (the name he prefers in class). Very supportive. — [[P|N. Obi]]
2025-11-02  IT logs show posts sent from [[SI:IP_ADDRESS|81.2.69.160]], the family's home broadband, at times [[S|Tadeusz]] was in lectures. Supports his account. — [[U|KW]]
2025-11-10  Case closed with advice. [[NEG|Miles]] of paperwork, as [[U|Kirsty]] put it. — [[P|N. Obi]]
""",
    },
    {
        "id": "d12-incident-thandiwe",
        "kind": "incident_report",
        "subject": "Thandiwe Dlamini",
        "subject_aliases": ["Thandi"],
        "case_people": ["Owain Jenkins"],
        "text": """CAMPUS SECURITY OCCURRENCE REPORT
Occurrence no. 25-1602 · [[NEG|Penglais]] campus · 30/11/2025 16:45
Officer reporting: [[P|Owain Jenkins]]
Witnesses: [[U|Heather Nkosi]] (library staff), [[U|Mr Bill Forsyth]] (member of public)

At 16:45 a disturbance was reported outside the [[NEG|Hugh Owen Library]]. On arrival I found a student, [[S|Thandiwe Dlamini]] ([[SI:STUDENT_NUMBER|TD20031188]]), in an argument with a man who identified himself as [[R|Sipho Dlamini]], her brother. [[R|Mr Dlamini]] was attempting to hand out leaflets and had been asked to leave by [[U|Mrs Nkosi]].

[[S|Thandi]] said she did not want her brother on campus. [[U|Mr Forsyth]] said he heard [[R|Sipho]] say that "people like her professor" would "pay". The professor was not named. The leaflets referred to a website and a Telegram handle, [[T:URL|t.me/ukpatriotfront88]].

[[R|Sipho Dlamini]] left on foot at 17:05. I passed the details to [[U|DC Lowri Vaughan]] ([[NEG|Dyfed-Powys Police]]), who gave incident no. DP-25-33810.

[[S|Ms Dlamini]] was escorted to her hall, [[NEG|Pantycelyn]]. Her mother, [[R|Nomvula Dlamini]], was informed at [[S|Thandi]]'s request.

[[P|O. Jenkins]]
""",
    },
    {
        "id": "d12-letter-saoirse",
        "kind": "letter",
        "subject": "Saoirse Ní Dhomhnaill",
        "subject_aliases": ["Saoirse"],
        "case_people": ["Dr Femi Adeyinka"],
        "text": """Student Support Services

[[S|Ms Saoirse Ní Dhomhnaill]]
[[SI:STREET_ADDRESS|12 Heather Crescent]]
[[NEG|Derry]]
[[SI:UK_POSTCODE|BT48 7PL]]

5 December 2025

Dear [[S|Saoirse]],

Thank you for coming to see me and [[P|Dr Femi Adeyinka]] on Wednesday. I know it was not easy to talk about your uncle, [[R|Dónal Ó Domhnaill]], and the things he has been saying to you since you started at university. (I have spelled his surname as you wrote it for me.)

As we discussed, you are welcome to use the quiet room in [[NEG|Magee]] library, and I have asked your personal tutor, [[U|Dr Ruairí Mac Giolla]], to agree an extension for your [[NEG|Irish Language]] essay.

Your cousin [[R|Niamh Ní Dhomhnaill]] telephoned on 3 December. We did not confirm anything to her, as you asked.

With best wishes,

[[U|Mairéad Quinlan]]
Student Support Officer
""",
    },
    {
        "id": "d12-tutor-hassan",
        "kind": "tutor_report",
        "subject": "Hassan Mahamud Farah",
        "subject_aliases": ["Hassan"],
        "case_people": ["Eleanor Vance"],
        "text": """Tutor concern form
Programme: [[NEG|BSc Paramedic Science]]
Student: [[S|Hassan Mahamud Farah]] — [[SI:STUDENT_NUMBER|PS2400918]]
Completed by: [[P|Eleanor Vance]], Personal Academic Tutor

What happened: On placement with the ambulance service, [[S|Hassan]] told his mentor, [[U|Paramedic Jodie Marsh]], that he "would not be surprised" if something happened at a local mosque, because of what his cousin [[R|Abdullahi Farah]] had been saying. [[U|Ms Marsh]] was worried he was warning of an attack on the mosque rather than by anyone there.

When I met [[S|Mr Farah]] he explained that [[R|Abdullahi]] has been receiving threatening messages from a far-right account and that the family is frightened. His mother, [[R|Faduma Farah]], has reported this to police; crime reference given to me by [[S|Hassan]].

My view: [[S|Hassan]] is a potential victim, not a risk. I have shared this with the Prevent lead, [[U|Dr Kwesi Ampofo]], and with placement lead [[U|Sunny Deol]].

Signed [[P|E. Vance]], 22/10/2025
""",
    },
    {
        "id": "d12-support-catalina",
        "kind": "support_log",
        "subject": "Cătălina Dumitrescu",
        "subject_aliases": ["Cata"],
        "case_people": ["Morwenna Tregarthen"],
        "text": """Careers & Employability — appointment notes (shared with Safeguarding at student's request)
Student: [[S|Cătălina Dumitrescu]] · [[SI:STUDENT_NUMBER|CD-5528103]] · NI no. [[SI:UK_NINO|JT 48 20 61 B]]

17/10 — CV review. [[S|Cătălina]] looking for part-time work. Mentioned her stepbrother, [[R|Andrei Dumitrescu]], "has a job for her" with a security company. — [[P|MT]]
24/10 — [[S|Cata]] says the company, run by a [[U|Mr Vasile Lungu]], wants her to sign up to a private Telegram group and attend "training weekends". — [[P|MT]]
31/10 — [[S|Ms Dumitrescu]] forwarded an email from [[T:EMAIL_ADDRESS|v.lungu.recruit@protonmail.com]]. Content includes nationalist imagery. Shared with [[P|Morwenna Tregarthen]]. — [[P|MT]]
03/11 — [[P|Morwenna]] and [[U|Jade Kowalski]] (Prevent) met [[S|Cata]]. Her mother, [[R|Doina Dumitrescu]], is aware and supportive. — [[P|M. Tregarthen]]
10/11 — Job offer found through the careers fair instead, at [[NEG|Boots]]. [[NEG|Jade]]-green lanyard issued for her shifts. — [[P|MT]]
""",
    },
    {
        "id": "d12-chat-teams-niamh",
        "kind": "chat_export",
        "subject": "Niamh Brennan",
        "subject_aliases": ["Niamh", "nee"],
        "case_people": ["Faisal Qadir"],
        "text": """Teams — private chat between [[P|Faisal Qadir]] (Lecturer) and [[U|Iris Mbeki]] (Senior Tutor)
Exported 05/12/2025 for case file

[[P|Faisal Qadir]] 10:02: morning [[U|Iris]], quick one about [[S|Niamh Brennan]] in my [[NEG|Media Ethics]] group
[[U|Iris Mbeki]] 10:03: sure — what's up?
[[P|Faisal Qadir]] 10:05: she submitted a podcast script that quotes her dad [[R|Declan Brennan]] at length. he's apparently a big voice in some anti-immigration facebook group
[[P|Faisal Qadir]] 10:05: the script itself is fine academically, it's more that she said in class "dad's going to do something about them"
[[U|Iris Mbeki]] 10:07: hmm. has [[S|nee]] said anything else? her mate [[U|orla]] told me she's been really low
[[P|Faisal Qadir]] 10:08: nothing else. I don't want to make it a big thing
[[U|Iris Mbeki]] 10:10: Let's loop in [[U|Graham]] (prevent lead) just for advice, no names at first. I'll also check in with [[S|Ms Brennan]] myself
[[P|Faisal Qadir]] 10:11: thanks. her brother [[R|Conor Brennan]] was in my class two years ago fwiw, lovely lad
[[U|Iris Mbeki]] 10:12: noted 👍
""",
    },
    {
        "id": "d12-email-ahmad",
        "kind": "email",
        "subject": "Ahmad Shah Stanikzai",
        "subject_aliases": ["Ahmad"],
        "case_people": ["Dr Rowan Fairweather"],
        "text": """From: [[U|Karim Sultani]] <[[T:EMAIL_ADDRESS|karim.sultani@refugeeaction-example.org.uk]]>
To: [[P|Dr Rowan Fairweather]] <[[T:EMAIL_ADDRESS|r.fairweather@midshires.ac.uk]]>
Subject: [[S|Ahmad Shah Stanikzai]] — sanctuary scholar

Dear [[P|Dr Fairweather]],

I am [[S|Ahmad]]'s caseworker. He has asked me to write to you because he is worried that a student in his flat, [[U|Jordan Pike]], has reported him to the university as an "extremist" after an argument about [[NEG|Afghanistan]]. [[S|Mr Stanikzai]] served as an interpreter for British forces; his brother [[R|Mirwais Stanikzai]] was killed by the Taliban and his uncle [[R|Haji Gul Stanikzai]] remains in hiding.

He is very distressed and fears his visa will be affected. His Home Office reference and passport number ([[SI:UK_PASSPORT|P09921447]]) are on your file. His date of birth is [[SI:DATE_OF_BIRTH|01/01/1996]], which is an assigned date.

I would be grateful if you could meet him. He can be reached on [[SI:PHONE_NUMBER|07700 900 615]] or at [[SI:EMAIL_ADDRESS|ahmad.stanikzai@midshires.ac.uk]].

Yours sincerely,
[[U|Karim Sultani]]
Senior Caseworker
""",
    },
    {
        "id": "d12-minutes-isla",
        "kind": "meeting_minutes",
        "subject": "Isla Grant-Fraser",
        "subject_aliases": ["Isla"],
        "case_people": ["Kwame Osei-Bonsu", "Dr Lena Novak"],
        "text": """Student at Risk Meeting — notes
Date: 09/12/2025. Location: Teams.
In attendance: [[P|Kwame Osei-Bonsu]] (Head of Student Services), [[P|Dr Lena Novak]] (School of Medicine), [[U|Father Declan Moriarty]] (Catholic chaplain), [[U|Ms Blessing Eze]] (Mental Health Adviser)
Apologies: none
Minutes: [[U|Tom Ashworth]]

[[S|Isla Grant-Fraser]], Year 4 MBChB, student no. [[SI:STUDENT_NUMBER|2019887G]].
[[P|Dr Novak]] reported that [[S|Isla]] has been distributing leaflets against a named abortion clinic and was seen photographing staff entering it. [[S|Ms Grant-Fraser]] says she acts with her aunt, [[R|Morag Grant-Fraser]], who leads a local vigil group. [[U|Father Moriarty]] said the parish has asked the group to stop.
[[U|Ms Eze]] confirmed [[S|Isla]] is registered with the counselling service. Her father, [[R|Dr Alasdair Grant-Fraser]], is a GP and has contacted the Dean.
Discussion of fitness-to-practise route vs Prevent. Consensus: fitness-to-practise; Prevent lead to be informed. A blessing that no clinic staff have made a complaint yet.

Actions: [[P|KOB]] to inform Prevent lead; [[P|LN]] to open FtP screening; [[U|BE]] to offer support.
""",
    },
    {
        "id": "d12-chron-precious",
        "kind": "case_chronology",
        "subject": "Precious Chanda",
        "subject_aliases": ["Precious"],
        "case_people": ["Ruth Abrahams"],
        "text": """Chronology of contact — [[S|Precious Chanda]]
Student no. [[SI:STUDENT_NUMBER|PC-23-90014]]; [[NEG|BSc Biomedical Science]]; DOB [[SI:DATE_OF_BIRTH|17 Feb 2004]]

[[NEG|06/10/25]] [[S|Precious]] reports that her landlord's son, [[U|Liam Crowther]], has been leaving racist notes under her door at [[SI:STREET_ADDRESS|9 Lister Street]]. ([[P|R. Abrahams]])
[[NEG|09/10/25]] Notes photographed. One refers to a group called "[[NEG|White Dawn]]". Time is precious here; we asked accommodation to act the same day. ([[P|R. Abrahams]])
[[NEG|13/10/25]] [[S|Ms Chanda]] moved to university accommodation. Her brother [[R|Mwila Chanda]] helped with the move. ([[P|R. Abrahams]])
[[NEG|20/10/25]] Reported to [[U|PC Daniel Okeke]], hate crime officer; he took statements from [[S|Precious]] and her father, [[R|Bwalya Chanda]]. — [[U|JL]]
[[NEG|04/11/25]] Prevent referral made concerning [[U|Mr Crowther]], not the student. [[S|Precious]] informed. ([[P|R. Abrahams]])
""",
    },
    {
        "id": "d12-incident-emeka",
        "kind": "incident_report",
        "subject": "Emeka Obi-Lawson",
        "subject_aliases": ["Emeka", "Mek"],
        "case_people": ["Sgt Philippa Crane"],
        "text": """Security Incident Log — Network Operations Centre
Ticket: NOC-INC-25-4471
Raised by: [[U|Yaw Darko]], Network Analyst
Escalated to: [[U|Tessa Lindqvist]], Information Security Manager

Summary: Between 02:00 and 04:30 on 21/11/2025, a device registered to [[S|Emeka Obi-Lawson]] (username [[SI:STUDENT_NUMBER|eol2217]]) on the [[NEG|eduroam]] network ([[SI:IP_ADDRESS|172.16.48.203]]; IPv6 [[SI:IP_ADDRESS|2001:db8:a0b:12f0::1]]) made repeated attempts to reach a known extremist file-sharing site. A second device, registered via guest Wi-Fi to "[[R|Chidi Obi-Lawson]]" with phone [[T:PHONE_NUMBER|+234 803 555 0187]], made the same requests.

[[S|Emeka]]'s flatmate [[U|Aidan Frost]] told a warden that [[R|Chidi]] (the student's cousin) has been staying for three weeks. [[S|Mek]] says the searches were research for a [[NEG|Criminology]] essay on online radicalisation; his module convenor, [[U|Dr Hope Igwe]], has confirmed the essay title.

Police contact: [[P|Sgt Philippa Crane]], [[NEG|Greater Manchester Police]] Counter Terrorism Policing, advised on 22/11. [[P|Sgt Crane]] will not take action regarding [[S|Mr Obi-Lawson]] but asked for details of the guest device.

— [[U|T. Lindqvist]]
""",
    },
    {
        "id": "d12-letter-anh",
        "kind": "letter",
        "subject": "Phạm Quốc Anh",
        "subject_aliases": ["Anh"],
        "case_people": ["Dr Oksana Marchenko"],
        "text": """Faculty of Health and Life Sciences

[[S|Mr Phạm Quốc Anh]]
[[SI:STREET_ADDRESS|Room 214, Willow Hall, Summerfield Road]]
[[NEG|Coventry]]
[[SI:UK_POSTCODE|CV4 8GH]]

11 December 2025

Dear [[S|Anh]],

Thank you for your email of 8 December. I am sorry to hear that you feel you were treated unfairly after your comments in the [[NEG|Global Health Policy]] seminar. I have reviewed the notes made by [[P|Dr Oksana Marchenko]] and spoken to two students who were present, [[U|Summer Okoye]] and [[U|Ethan Holt]].

I am satisfied that you were expressing a political opinion and that no referral was, or should be, made. I have asked [[P|Dr Marchenko]] to remove the note from your file. I have also noted that your father, [[R|Mr Phạm Văn Hùng]], wrote to the Vice-Chancellor; I will reply to him separately with your consent.

You asked about your sister [[R|Phạm Thu Trang]]'s application for next year: the admissions team will contact her directly.

Yours sincerely,

[[U|Professor Gillian Hartley]]
Pro Vice-Chancellor (Education)
""",
    },
]
