# ruff: noqa: E501
"""dev28: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d28-tutor-001",
        "kind": "tutor_report",
        "subject": "Callum Fraser",
        "subject_aliases": ["Cal"],
        "case_people": ["Eilidh MacAskill", "Niamh Carragher"],
        "text": """PERSONAL TUTOR NOTE – CONCERN FORM
Ref: [[NEG|PTN-2024-0381]]   Module: [[NEG|SOC2041]] Criminology and Society
Student: [[S|Callum Fraser]] ("[[S|Cal]]")   Student no: [[SI:STUDENT_NUMBER|23018847]]
Tutor: [[P|Dr Eilidh MacAskill]]

In the [[NEG|Week 6]] seminar [[S|Cal]] said his older brother [[R|Angus Fraser]] had been "putting him onto" videos from a channel run by someone called [[U|Darren Keddie]]. [[S|Callum]] forwarded one link that [[R|Angus]] had posted: [[T:URL|https://clipvault.example.com/u/gus_fraser88]]. [[S|Fraser]] was calm and reflective throughout. He said his mother, [[R|Mrs Fraser]], had already asked the family GP, [[U|Dr Hamish Boyd]], for advice, and that his grandfather [[R|Mr Alasdair Fraser]] "won't let it go at Sunday dinner".

I discussed the concern with [[P|Niamh Carragher]] (Safeguarding Lead), who agreed a light-touch check-in. [[S|Callum]]'s mother [[R|Morag Fraser]] can be reached on Mobile: [[T:PHONE_NUMBER|07700 914 226]] if he consents. Classmate [[U|Priyanka Sood]] raised nothing further. [[R|Angus]] is not a student of ours.

Outcome: no referral at this stage; review after [[NEG|Week 8]].

Signed: [[P|E. MacAskill]]
Date: 14/11/2024""",
    },
    {
        "id": "d28-tutor-002",
        "kind": "tutor_report",
        "subject": "Ngozi Okonkwo",
        "subject_aliases": [],
        "case_people": ["Tobias Wren", "Lindiwe Moyo"],
        "text": """PROGRESS REPORT – [[NEG|Level 5]] Health and Social Care
Student: [[S|Ngozi Okonkwo]]   ID: [[SI:STUDENT_NUMBER|NOU-22-604719]]
Personal tutor: [[P|Mr Tobias Wren]]

[[S|Ngozi]] has kept up with [[NEG|HSC2207]] despite a difficult term. She told me her father, [[R|Dr Emeka Okonkwo]], has been unwell and that her younger brother [[R|Chidi]] has been spending long nights on a Telegram group run by a man she knows only as "[[U|Brother Ikenna]]". [[R|Chidi Okonkwo]] is not our student, but [[S|Ms Okonkwo]] asked whether we could signpost help for the family. Her mother, [[R|Mrs Adaeze Okonkwo]], phoned the Student Hub from Tel: [[T:PHONE_NUMBER|+44 7911 402 385]] on 3 March and spoke to [[U|Kemi Adebayo]].

I have passed the details to [[P|Dr Lindiwe Moyo]], Designated Safeguarding Lead. [[S|Ngozi]]'s own wellbeing appears stable; she has faith that things will settle, and I see no risk indicators in her work. [[R|Dr Okonkwo]] should not be contacted directly without her consent, and [[R|Adaeze]] has been told the same.

Attendance: 92%. Next review: [[NEG|Week 10]].

Signed: [[P|T. Wren]]   ([[P|TW]])""",
    },
    {
        "id": "d28-tutor-003",
        "kind": "tutor_report",
        "subject": "Oksana Kovalenko",
        "subject_aliases": [],
        "case_people": ["Gareth Pryce-Evans"],
        "text": """TUTOR CONCERN FORM
Student: [[S|Oksana Kovalenko]]   DOB: [[SI:DATE_OF_BIRTH|09/02/2003]]
Module tutor: [[P|Gareth Pryce-Evans]]   Second marker: [[U|Dr Hoda Nasser]]

Summary: In an online tutorial [[S|Oksana]] became distressed when a peer, [[U|Liam Coady]], made remarks about Ukraine. Afterwards [[S|Kovalenko]] explained that her uncle [[R|Taras Kovalenko]] in [[NEG|Kharkiv]] had shared posts from an extremist account and that her cousin [[R|Ihor]] had "started repeating them". Her mother, [[R|Mrs Kovalenko]] (first name [[R|Halyna]]), lives with her in [[NEG|Leicester]].

The concern is about family members' exposure, not [[S|Oksana]]'s own views. [[U|Liam]]'s comments have been raised separately with [[U|Ms Bronwen Jeffries]] under the conduct policy.

Handle shared by the student (uncle): [[T:SOCIAL_HANDLE|@taras_kov_1971]]
Cousin's username: [[T:USERNAME|ihor.k.2004]]
Emergency contact: [[R|Halyna Kovalenko]], Tel: [[T:PHONE_NUMBER|0116 496 0732]]

Action: referred to Wellbeing; [[P|GPE]] to follow up on 21/10 and to ask whether [[R|Ihor Kovalenko]] is in the UK.

Signed: [[P|Gareth Pryce-Evans]]""",
    },
    {
        "id": "d28-tutor-004",
        "kind": "tutor_report",
        "subject": "Órlaith Keane",
        "subject_aliases": ["Orla"],
        "case_people": ["Cathal Ó Riordáin", "Aisling Brennan"],
        "text": """PERSONAL TUTOR NOTES – 1:1 (Teams)
Student: [[S|Órlaith Keane]] (goes by "[[S|Orla]]")
Tutor: [[P|Dr Cathal Ó Riordáin]]

[[S|Orla]] asked to talk about her father, [[R|Seán Keane]], who she says has become involved with a group protesting outside the hotel in [[NEG|Drogheda]]. Her sister [[R|Máire]] has stopped speaking to him. [[S|Keane]] herself is not sympathetic to the group and wanted advice on handling the family WhatsApp. She showed me a message from [[R|Mr Keane]] forwarding a post by [[U|Declan Fahy]] ([[T:SOCIAL_HANDLE|@fahy_speaks]]).

I reassured [[S|Órlaith]] that sharing this does not put her under suspicion. We discussed [[NEG|Prevent]] in plain terms. She will speak to [[R|Máire Keane]] and her aunt [[R|Bríd Keane]] before deciding anything. Her grandmother, [[R|Nana Nóra]], is not aware.

Contact preference: [[SI:EMAIL_ADDRESS|orlaith.keane@student.northmere.ac.uk]]
Sister's e-mail (given with consent): [[T:EMAIL_ADDRESS|maire.keane@postmail.example.ie]]
Shared with: [[P|Aisling Brennan]] (Student Support)

Next meeting: 2 December, with [[U|Hope Achterberg]] from Counselling. There is some hope [[R|Seán]] will step back.

Signed: [[P|Cathal Ó Riordáin]]""",
    },
    {
        "id": "d28-tutor-005",
        "kind": "tutor_report",
        "subject": "Mehmet Yılmaz",
        "subject_aliases": ["Memo"],
        "case_people": ["Rachel Osei-Bonsu", "Jonas Lindqvist"],
        "text": """TUTOR REPORT – ATTENDANCE AND ENGAGEMENT
Student: [[S|Mehmet Yılmaz]]   Student no: [[SI:STUDENT_NUMBER|21-330584]]
Module: [[NEG|ENG1102]] Academic Writing   Tutor: [[P|Rachel Osei-Bonsu]]

[[S|Mehmet]] missed four sessions in October. He said his mother [[R|Ayşe Yılmaz]] was in hospital and that his sister [[R|Çağla]] had been caring for her. His father, [[R|Mr Yılmaz]], runs a shop in [[NEG|Haringey]] and [[S|Mehmet]] has been covering shifts.

He also mentioned that a customer named [[U|Kenan Aksoy]] had been pressing him to attend "study circles" and had given him a number, Mobile: [[T:PHONE_NUMBER|07456 118903]]. [[S|Yılmaz]] felt uneasy and declined. An unrelated student in the cohort, [[R|Serkan Yılmaz]], is "no relation, people always ask".

I have logged this with [[P|Jonas Lindqvist]] (Prevent Lead). [[S|Memo]] (his preferred name in class) is engaged and his drafts are strong. [[R|Çağla Yılmaz]] has offered to help him catch up.

Cousin for emergencies: [[R|Şükrü Yılmaz]], Tel: [[T:PHONE_NUMBER|+90 532 418 7702]]

Signed: [[P|R. Osei-Bonsu]]   — [[P|ROB]]""",
    },
    {
        "id": "d28-support-001",
        "kind": "support_log",
        "subject": "Thandiwe Dlamini",
        "subject_aliases": ["Thandi"],
        "case_people": ["Joanne Hurst"],
        "text": """STUDENT SUPPORT LOG – [[S|Thandiwe Dlamini]] ([[SI:STUDENT_NUMBER|24107736]])

02/10/2024 – [[S|Thandiwe]] called the wellbeing line upset. Her uncle [[R|Sipho Dlamini]] had been sharing material from a group in [[NEG|Durban]] on the family chat. She asked that her grandmother, [[R|Grace Dlamini]], not be told. — [[P|JH]]

04/10/2024 – Follow-up call. [[S|Thandi]] says [[R|Uncle Sipho]] has been removed from the chat by her cousin [[R|Nomvula]]. Signposted to counselling with [[U|Patience Kariuki]]. — [[P|JH]]

09/10/2024 – Email from [[R|Mrs Dlamini]] (mother), Email: [[T:EMAIL_ADDRESS|zanele.dlamini@mailbox.example.co.za]], asking for an update; nothing shared without consent. — [[U|K. Ferreira-Lowe]]

15/10/2024 – Our part-time adviser [[R|Lerato Dlamini]] is no relation and has been kept off this case to avoid confusion. [[S|Ms Dlamini]] agreed. — [[P|JH]]

22/10/2024 – [[S|Thandiwe]] reports things are calmer; [[R|Gogo Grace]] still knows nothing. She had a good session with [[U|Patience]] and, in [[P|Joanne Hurst]]'s words, "shows real grace under pressure". Case to close unless new concern. — [[P|JH]]""",
    },
    {
        "id": "d28-support-002",
        "kind": "support_log",
        "subject": "Nguyễn Văn Minh",
        "subject_aliases": ["Minh"],
        "case_people": ["Li Tang"],
        "text": """WELLBEING ENTRIES – [[S|Nguyễn Văn Minh]] (known as "[[S|Minh]]")
Student no. [[SI:STUDENT_NUMBER|NOU-23-118052]]

11 Jan – [[S|Minh]] booked a call about exam stress. Mentioned his father, [[R|Nguyễn Văn Hùng]], wants him to return to [[NEG|Hải Phòng]] after graduating. No concerns. — [[P|LT]]

18 Jan – [[S|Minh]] said his brother [[R|Bảo]] has been sending him videos from an account, handle: [[T:SOCIAL_HANDLE|@truth.warrior.uk]], run by someone he calls "[[U|Tony B]]". [[S|Nguyễn]] was worried rather than persuaded. — [[P|LT]]

25 Jan – Spoke with [[U|Dr Farhan Qureshi]] (Counselling). Agreed [[S|Minh]] would talk to his sister [[R|Nguyễn Thị Thu]] first; she lives in [[NEG|Birmingham]] and is close to [[R|Nguyễn Văn Bảo]]. — [[P|Li Tang]]

01 Feb – [[R|Thu]] rang from Tel: [[T:PHONE_NUMBER|0121 496 0418]] with [[S|Minh]]'s permission. She believes [[R|Bảo]] has stepped back. [[R|Mr Nguyễn]] senior is unaware. — [[P|LT]]

08 Feb – [[S|Nguyễn Văn Minh]] attended all seminars this week; tutor [[U|Olamide Fashola]] confirms. Closing. — [[P|LT]]""",
    },
    {
        "id": "d28-support-003",
        "kind": "support_log",
        "subject": "Abdirahman Warsame",
        "subject_aliases": ["Abdi"],
        "case_people": ["Fiona Geddes"],
        "text": """SUPPORT AND WELLBEING – CASE NOTES
Subject: [[S|Abdirahman Warsame]] ("[[S|Abdi]]")   DOB: [[SI:DATE_OF_BIRTH|17 June 2001]]

3 Mar 2025: [[S|Abdi]] asked for an extension on [[NEG|BUS2010]]. He is caring for younger siblings while his mother is away; his sister [[R|Hodan Warsame]] helps at weekends. Extension approved by [[P|Fiona Geddes]]. — [[P|FG]]

7 Mar 2025: A peer, [[U|Yasmin Abdullahi]], reported that someone in [[S|Abdirahman]]'s study group shared a link to a banned group's channel. [[S|Warsame]] says it was not him and named [[U|Zak]] (surname unknown). — [[U|Tomasz Zieliński]]

10 Mar 2025: Met [[S|Abdi]] and his uncle [[R|Mr Warsame]] ([[R|Mohamed]]), who wanted to confirm no accusation was being made. Uncle's mobile: [[T:PHONE_NUMBER|07700 900 318]]. — [[P|FG]]

14 Mar 2025: [[R|Faadumo Warsame]] (cousin, also a student, ID: [[T:STUDENT_NUMBER|23-477091]]) confirmed [[S|Abdi]] left the group. — [[P|F. Geddes]]

20 Mar 2025: No further action. [[R|Hodan]] thanked the team, email: [[T:EMAIL_ADDRESS|hodanw@inboxly.example.com]]. [[R|Uncle Mohamed]] also rang. — [[P|FG]]""",
    },
    {
        "id": "d28-support-004",
        "kind": "support_log",
        "subject": "Wiktoria Nowak",
        "subject_aliases": ["Wika"],
        "case_people": ["Ana Mendes", "Ewa Lis"],
        "text": """STUDENT SUPPORT LOG
Student: [[S|Wiktoria Nowak]]   Ref: [[NEG|SSL-0917]]

06/05 — [[S|Wiktoria]] (she prefers "[[S|Wika]]") disclosed that her brother [[R|Kuba]] has been attending meetings of a local "patriot" group with a friend, [[U|Dominik Sikora]]. Her father [[R|Paweł Nowak]] has told her to keep out of it. — [[P|AM]]

08/05 — Call with [[S|Wika]]. Her mother, [[R|Mrs Nowak]], is worried too. [[R|Jakub Nowak]] is 17 and at college in [[NEG|Swindon]]; we are not his provider. Discussed how she could contact the college. — [[P|A. Mendes]]

13/05 — [[S|Nowak]] shared [[R|Kuba]]'s handle, [[T:SOCIAL_HANDLE|@kuba_nw_07]], and a post tagging [[T:SOCIAL_HANDLE|@dom.sikora]]. Passed to [[P|Ewa Lis]] (Prevent coordinator) for advice only. — [[P|AM]]

20/05 — [[P|Ewa]] spoke to the college DSL, [[U|Mr Hollis]]. [[S|Wiktoria]]'s own engagement is unaffected. Her aunt [[R|Ciocia Danuta]] ([[R|Danuta Nowak]]) will stay with the family for a month. — [[P|AM]]

27/05 — [[S|Wika]] says [[R|Paweł]] has softened and is talking to [[R|Kuba]]. Closing. — [[P|Ana Mendes]]""",
    },
    {
        "id": "d28-support-005",
        "kind": "support_log",
        "subject": "Priya Raghunathan",
        "subject_aliases": [],
        "case_people": ["Kelechi Oduya", "Rowan Pettigrew"],
        "text": """WELLBEING LOG — [[S|Priya Raghunathan]]   Student ID: [[SI:STUDENT_NUMBER|22095518]]

12 Sep: Intake call. [[S|Priya]] lives with her mother, [[R|Dr Meena Raghunathan]], and brother [[R|Arjun]]. Reports low mood. — [[P|K. Oduya]]

19 Sep: [[S|Priya]] says [[R|Arjun Raghunathan]] has been posting about "reclaiming the nation" on a forum; profile: [[T:URL|https://talkhub.example.org/members/arj_r]]. She fears a user called [[U|Summer Vance]] is drawing him in. — [[P|KO]]

26 Sep: Spoke to [[P|Dr Rowan Pettigrew]] (Safeguarding), who advised [[S|Ms Raghunathan]] on options. Her mother [[R|Dr Raghunathan]] had already contacted the GP, [[U|Dr Imran Baig]], and gave [[R|Arjun]]'s NHS number: [[T:UK_NHS|884 937 2302]]. — [[P|KO]]

03 Oct: [[S|Priya]]'s cousin [[R|Kavya Raghunathan]] (studying in [[NEG|Coventry]]) is supporting her. The summer break had been hard for everyone. — [[P|Kelechi Oduya]]

10 Oct: Mood improved. [[S|Raghunathan]] will continue with counsellor [[U|Dawn Whitcombe]]; [[R|Meena]] has thanked [[P|RP]]. — [[P|KO]]""",
    },
    {
        "id": "d28-chat-001",
        "kind": "chat_export",
        "subject": "Rhys Pritchard",
        "subject_aliases": [],
        "case_people": ["Haf Llywelyn"],
        "text": """[Microsoft Teams export – group chat "[[NEG|CRM101 Study Group B]]" – 14/02/2025]

[09:12] [[U|Bethan Howells]]: morning all, has anyone seen [[S|rhys]] today?
[09:13] [[U|Owain Jenkins]]: he said his brother [[R|dyl]] was picking him up late
[09:14] [[S|Rhys Pritchard]]: here! sorry, [[R|Dylan]] had the car
[09:15] [[U|Bethan Howells]]: lol @[[U|owain]] stop gossiping
[09:16] [[S|Rhys Pritchard]]: tbh [[R|dyl]]'s been weird lately, keeps sending me stuff from [[T:SOCIAL_HANDLE|@cymru_first_88]]
[09:17] [[U|Owain Jenkins]]: mate that account is dodgy. tell [[P|haf]]?
[09:18] [[S|Rhys Pritchard]]: dunno, mam would kill me. [[R|cerys]] already knows
[09:20] [[P|Haf Llywelyn]] (Tutor): Hi [[S|Rhys]], happy to chat privately later. @[[U|Bethan Howells]] @[[U|Owain Jenkins]] can we keep the group on topic please 🙂
[09:21] [[U|Owain Jenkins]]: sorry [[P|haf]]
[09:25] [[S|Rhys Pritchard]]: ok. my sister [[R|Cerys Pritchard]] said she'd message you too
[09:40] [[R|Cerys Pritchard]] (guest): Hi [[P|Ms Llywelyn]], [[S|Rhys]]'s sister here. Mobile: [[T:PHONE_NUMBER|07823 556 104]]. [[R|Dylan Pritchard]] doesn't know I'm writing. Our taid [[R|Emrys Pritchard]] is worried too.
[09:42] [[P|Haf Llywelyn]] (Tutor): Diolch [[R|Cerys]]. I'll call [[S|rhys]] first.

--- exported by [[T:USERNAME|j.morgan-admin]] for student [[SI:USERNAME|rpritchard24]]""",
    },
    {
        "id": "d28-chat-002",
        "kind": "chat_export",
        "subject": "Hiroshi Tanaka",
        "subject_aliases": ["Hiro"],
        "case_people": ["Sunny Cheung"],
        "text": """WhatsApp chat with "[[NEG|JPN Society committee]]"
12/03/2025, 21:03 - [[U|Aiko Morimoto]]: has anyone heard from [[S|hiro]]?
12/03/2025, 21:05 - [[U|Kenta Ishikawa]]: his sister [[R|yuki]] posted that he's back in [[NEG|Osaka]] for a bit
12/03/2025, 21:06 - [[S|Hiroshi Tanaka]]: I'm here lol. just at home
12/03/2025, 21:07 - [[U|Aiko Morimoto]]: 😅 sorry [[S|tanaka-kun]]
12/03/2025, 21:09 - [[S|Hiroshi Tanaka]]: [[R|yuki]] tells everyone my business. also [[R|Mr Tanaka]] (my dad) got added to some telegram channel by a guy called [[U|bill]]
12/03/2025, 21:10 - [[U|Kenta Ishikawa]]: wait the one sharing those posts? report it to [[P|sunny]]
12/03/2025, 21:11 - [[U|Aiko Morimoto]]: [[P|Sunny]] = [[P|Dr Sunny Cheung]], student liaison btw
12/03/2025, 21:12 - [[S|Hiroshi Tanaka]]: nah it's fine, [[R|Yuki Tanaka]] and [[R|uncle kazuo]] are handling it
12/03/2025, 21:14 - [[P|Dr Sunny Cheung]]: Hi [[S|Hiroshi]], [[U|Aiko]] flagged this. No pressure — DM me or email [[T:EMAIL_ADDRESS|s.cheung@northmere.ac.uk]].
12/03/2025, 21:20 - [[R|Yuki Tanaka]]: hi all, [[R|yuki]] here (his sister 🙋‍♀️). dad's fine, we've blocked [[T:USERNAME|bill_sorensen_real]]. [[R|Kazuo Tanaka]] is paying the phone bill now so it's sorted
12/03/2025, 21:21 - [[S|Hiroshi Tanaka]]: thanks [[R|yuki]]. sunny day tomorrow btw, meet at 10?""",
    },
    {
        "id": "d28-chat-003",
        "kind": "chat_export",
        "subject": "Andrei Popescu",
        "subject_aliases": [],
        "case_people": ["Kieran Finch", "Viorica Lungu"],
        "text": """VLE CHAT LOG – [[NEG|ECO2003]] Tutorial Room 4 – exported 07/11/2024
Users: [[SI:USERNAME|apopescu22]] ([[S|Andrei Popescu]]), [[T:USERNAME|epopescu03]] ([[R|Elena Popescu]]), [[T:USERNAME|mdragomir]] ([[U|Mihaela Dragomir]]), [[T:USERNAME|tutor_kfinch]] ([[P|Kieran Finch]])

[14:02] [[SI:USERNAME|apopescu22]]: is [[R|elena]] in here? people keep mixing us up
[14:02] [[T:USERNAME|epopescu03]]: yes hi, not related to [[S|andrei]] 😂 just same surname
[14:03] [[T:USERNAME|mdragomir]]: [[S|andrei]] your cousin [[R|mihai]] was on the forum again last night posting that stuff
[14:04] [[SI:USERNAME|apopescu22]]: [[R|Mihai Popescu]] isn't even a student anymore, how is he getting in
[14:05] [[T:USERNAME|tutor_kfinch]]: I'll check access. [[S|Andrei]], please don't repost his links.
[14:06] [[SI:USERNAME|apopescu22]]: I wasn't going to. my dad [[R|Mr Popescu]] already had a word with him
[14:07] [[T:USERNAME|mdragomir]]: thread info says he logged in from IP [[T:IP_ADDRESS|86.12.204.77]] lol
[14:08] [[T:USERNAME|tutor_kfinch]]: Thanks [[U|Mihaela]], leave it with me and [[P|Dr Viorica Lungu]].
[14:09] [[T:USERNAME|epopescu03]]: tell [[R|ioana]] I said hi btw [[S|andrei]]
[14:09] [[SI:USERNAME|apopescu22]]: lol will do, [[R|Ioana]] says hi back. she's at uni in [[NEG|Cluj]] now""",
    },
    {
        "id": "d28-chat-004",
        "kind": "chat_export",
        "subject": "Zainab Haidari",
        "subject_aliases": ["Zaini"],
        "case_people": ["Rosa Delgado-Hart"],
        "text": """[WhatsApp export: "[[NEG|Access to HE Cohort 3]]"]
[02/04/25, 18:41] [[U|Marzia Rahimi]]: salaam all, [[S|zainab]] are u ok? u left the call
[02/04/25, 18:43] [[S|Zainab Haidari]]: yes sorry, [[R|farid]] came in shouting
[02/04/25, 18:44] [[U|Lucy Armitage]]: is that your brother?
[02/04/25, 18:44] [[S|Zainab Haidari]]: yeah. [[R|Farid Haidari]]. he's been watching stuff from some guy [[T:SOCIAL_HANDLE|@the_real_khalid_x]] all night
[02/04/25, 18:46] [[U|Marzia Rahimi]]: hmm. my uncle said [[R|mr haidari]] asked at the mosque about him too
[02/04/25, 18:47] [[S|Zainab Haidari]]: ya dad knows. [[R|khala nasrin]] is staying with us so it's a lot
[02/04/25, 18:49] [[U|Lucy Armitage]]: maybe tell [[P|rosa]]? she's the tutor and she's nice
[02/04/25, 18:50] [[P|Rosa Delgado-Hart]]: I'm here 🙂 [[S|Zainab]], message me privately or call [[T:PHONE_NUMBER|01632 960 447]] tomorrow.
[02/04/25, 18:52] [[S|Zainab Haidari]]: thank u [[P|miss rosa]]. can my sister [[R|Parwana]] join the call too?
[02/04/25, 18:53] [[P|Rosa Delgado-Hart]]: Of course, if she's comfortable. Is [[R|Parwana Haidari]] over 18?
[02/04/25, 18:53] [[S|Zainab Haidari]]: 19 yes. her email is [[T:EMAIL_ADDRESS|parwana.h@mailhub.example.com]]
[02/04/25, 18:55] [[U|Marzia Rahimi]]: ❤️ [[S|zaini]] we got u
[02/04/25, 18:56] [[U|Lucy Armitage]]: same. hope [[R|farid]] calms down x""",
    },
    {
        "id": "d28-chat-005",
        "kind": "chat_export",
        "subject": "João Ferreira",
        "subject_aliases": ["Joãozinho"],
        "case_people": ["Helena Matos"],
        "text": """Teams – messages exported for [[NEG|Case PRV-0442]]

[[P|Helena Matos]] 10:02
Bom dia [[S|João]] — just checking in after yesterday.

[[S|João Ferreira]] 10:05
hi [[P|helena]]. my mãe ([[R|Conceição]]) saw the thing on my phone and freaked out

[[P|Helena Matos]] 10:06
Understandable. Was it from the account you mentioned, [[T:SOCIAL_HANDLE|@lusitano_guard]]?

[[S|João Ferreira]] 10:08
ya. my cousin [[R|tiago]] follows it. [[R|Tiago Ferreira]] lives in [[NEG|Porto]] but sends everything to the family group. [[R|Inês]] left the group because of him

[[U|Gabriel Nunes]] 10:15 (group: [[NEG|POL1001 Seminar]])
@[[S|Joãozinho]] u coming to the session?

[[S|João Ferreira]] 10:16
yes. stop calling me that lol

[[P|Helena Matos]] 10:30
[[S|João]], I've asked [[U|Mark Ellery]] (Safeguarding) to call you. Your mum can write to [[NEG|studentsupport@northmere.ac.uk]].

[[R|Conceição Ferreira]] 11:02 (guest)
Obrigada. I am [[S|João]]'s mother. Tel: [[T:PHONE_NUMBER|+351 912 345 678]]. Please also talk to his sister [[R|Inês Ferreira]].

[[P|Helena Matos]] 11:10
Thank you, [[R|Sra. Ferreira]]. I'll mark the case as family-led.""",
    },
    {
        "id": "d28-email-001",
        "kind": "email",
        "subject": "Rojan Amedi",
        "subject_aliases": [],
        "case_people": ["Shirin Kaveh"],
        "text": """From: [[P|Dr Shirin Kaveh]] <[[T:EMAIL_ADDRESS|s.kaveh@northmere.ac.uk]]>
To: [[U|Patrick Dunne]] <[[T:EMAIL_ADDRESS|p.dunne@northmere.ac.uk]]>
Cc: [[U|Amani Said]] <[[T:EMAIL_ADDRESS|a.said@northmere.ac.uk]]>
Subject: [[S|Rojan Amedi]] – family concern (confidential)

Hi [[U|Patrick]],

[[S|Rojan]] came to see me after the [[NEG|Week 4]] tutorial. Her brother [[R|Dilan Amedi]] has been contacted online by someone calling himself "[[U|Heval Şêr]]" who is recruiting for travel abroad. [[S|Ms Amedi]] is clearly worried; she showed me messages sent to [[R|Dilan]] from [[T:PHONE_NUMBER|+44 (0)7700 900 561]].

Her father, [[R|Mr Amedi]], doesn't know yet. Her mother [[R|Gulistan Amedi]] does, and asked whether we could speak to her by phone. [[S|Rojan]]'s own preference is that we go through her. Her cousin [[R|Berivan Amedi]] is also aware.

Can we discuss at the 3pm huddle? I've told [[U|Amani]] the basics.

Thanks,
[[P|Shirin]]

--
[[P|Dr Shirin Kaveh]]
Senior Lecturer, Politics and International Relations
[[NEG|Northmere Open University]]
Tel: [[T:PHONE_NUMBER|01632 960 118]]
[[T:EMAIL_ADDRESS|s.kaveh@northmere.ac.uk]]""",
    },
    {
        "id": "d28-email-002",
        "kind": "email",
        "subject": "Zhang Yuqi",
        "subject_aliases": ["Emily"],
        "case_people": ["Martin Oakes"],
        "text": """From: [[S|Zhang Yuqi]] <[[SI:EMAIL_ADDRESS|yuqi.zhang@student.northmere.ac.uk]]>
To: [[P|Martin Oakes]] <[[T:EMAIL_ADDRESS|m.oakes@northmere.ac.uk]]>
Subject: Re: missed deadline [[NEG|DAT2030]]

Dear [[P|Mr Oakes]],

Sorry for the late reply. My father, [[R|Zhang Hao]], was questioned by police in [[NEG|Manchester]] last week as a witness after his colleague [[U|Liu Jianguo]] was arrested, and our family has been very stressed. My mother [[R|Mrs Zhang]] asked me to stay home with my little brother [[R|Zhang Lei]] (we call him [[R|Leilei]]).

I want to be clear I am not involved in anything. [[R|Mr Zhang]] was released the same day. The officer, [[U|DC Fiona Wragg]], gave us a number, [[T:PHONE_NUMBER|0161 496 0093]], if there are questions.

Could I have a new deadline? [[U|Xu Mingyue]] from my study group has my notes, and my cousin [[R|Zhang Wen]] can vouch for the dates.

Best wishes,
[[S|Yuqi]]

--
[[S|Zhang Yuqi]] ([[S|Emily]])
Student no. [[SI:STUDENT_NUMBER|22-815530]]
Mobile: [[SI:PHONE_NUMBER|07700 900 824]]""",
    },
    {
        "id": "d28-email-003",
        "kind": "email",
        "subject": "Kofi Asante",
        "subject_aliases": [],
        "case_people": ["Sarah Whitlock", "Adebola Ogunleye"],
        "text": """From: [[P|Sarah Whitlock]] <[[T:EMAIL_ADDRESS|sarah.whitlock@northmere.ac.uk]]>
To: [[P|Adebola Ogunleye]] <[[T:EMAIL_ADDRESS|a.ogunleye@northmere.ac.uk]]>
Subject: Fwd: [[S|Kofi]] – message from his sister

[[P|Bola]], see below – forwarding as discussed. — [[P|SW]]

---------- Forwarded message ---------
From: [[R|Ama Asante]] <[[T:EMAIL_ADDRESS|ama.asante84@postbox.example.com]]>
Date: Mon, 13 Jan 2025 08:14
To: [[P|Sarah Whitlock]] <[[T:EMAIL_ADDRESS|sarah.whitlock@northmere.ac.uk]]>
Subject: My brother [[S|Kofi Asante]]

Hello [[P|Ms Whitlock]],

I am [[S|Kofi]]'s older sister. Since our father [[R|Mr Kwabena Asante]] passed away, [[S|Kofi]] has been spending time with a man called [[U|Jerome Pike]] who runs a gym in [[NEG|Croydon]]. [[U|Jerome]] gives talks afterwards that worry me. Our cousin [[R|Kwame Asante]] went once and said it was "not about fitness".

[[S|Kofi]] doesn't know I'm writing. Please be careful. Our mum, [[R|Mrs Asante]], can be reached on [[T:PHONE_NUMBER|020 7946 0321]].

Thank you,
[[R|Ama]]

--
[[P|Sarah Whitlock]] | Student Experience Adviser
Tel: [[T:PHONE_NUMBER|0300 303 0147]] | [[T:EMAIL_ADDRESS|sarah.whitlock@northmere.ac.uk]]""",
    },
    {
        "id": "d28-email-004",
        "kind": "email",
        "subject": "Eleni Papadopoulou",
        "subject_aliases": ["Lena"],
        "case_people": ["Alan Redfern"],
        "text": """From: [[P|Prof. Alan Redfern]] <[[T:EMAIL_ADDRESS|a.redfern@northmere.ac.uk]]>
To: [[U|Chloe Abernethy]] <[[T:EMAIL_ADDRESS|c.abernethy@northmere.ac.uk]]>
Cc: [[U|Yiannis Karras]] <[[T:EMAIL_ADDRESS|y.karras@northmere.ac.uk]]>
Subject: Prevent query – [[S|E. Papadopoulou]] ([[SI:STUDENT_NUMBER|23044187]])

Dear [[U|Chloe]],

A quick note for the record. [[S|Eleni Papadopoulou]] told me in office hours that her sister, [[R|Sofia Papadopoulou]], had been handed leaflets by a group outside their flat in [[NEG|Camden]]. [[S|Eleni]] was not alarmed for herself, but her mother [[R|Maria Papadopoulou]] wants advice. I've told [[S|Ms Papadopoulou]] we can offer a meeting.

[[U|Yiannis]], could you join, as [[S|Eleni]] prefers some of it in Greek? [[R|Mrs Papadopoulou]] has asked for an evening slot, and [[R|Sofia]] may come too.

Also, [[S|Lena]] – as she signs her emails – asked that her aunt [[R|Theia Despina]] be kept out of it.

Kind regards,
[[P|Alan]]

--
[[P|Prof. Alan Redfern]]
Head of School, Humanities
Tel: [[T:PHONE_NUMBER|+44 1632 960 552]] | [[T:EMAIL_ADDRESS|a.redfern@northmere.ac.uk]]""",
    },
    {
        "id": "d28-email-005",
        "kind": "email",
        "subject": "Lucía Fernández",
        "subject_aliases": ["Lu"],
        "case_people": ["Ruth Adeyemi"],
        "text": """From: [[P|Ruth Adeyemi]] <[[T:EMAIL_ADDRESS|r.adeyemi@northmere.ac.uk]]>
To: [[U|Will Scanlan]] <[[T:EMAIL_ADDRESS|w.scanlan@northmere.ac.uk]]>
Subject: RE: [[S|Lucía Fernández]] – visit request

Hi [[U|Will]],

Yes, [[S|Lucía]] is happy for her brother [[R|Javier Fernández]] to attend on Thursday. Her father, [[R|Mr Fernández]], will not come; he and [[R|Javi]] argue about the online group [[R|Javier]] joined. Its organiser, [[U|Álvaro Medina]] ([[T:SOCIAL_HANDLE|@alvaro.patria]]), has messaged [[S|Lucía]] directly too.

[[S|Ms Fernández]] agreed we can share her mobile, [[SI:PHONE_NUMBER|07984 223 615]], and her mother [[R|Pilar Fernández]]'s, [[T:PHONE_NUMBER|07984 771 092]].

Will you have time to brief [[U|Dr Okafor]] beforehand? I know you will if you can.

Thanks, [[P|Ruth]]

--
[[P|Ruth Adeyemi]]
Wellbeing Practitioner
Tel: [[T:PHONE_NUMBER|(01632) 960 904]] · [[T:EMAIL_ADDRESS|r.adeyemi@northmere.ac.uk]]

> On 4 Feb, [[U|Will Scanlan]] wrote:
> Hi [[P|Ruth]], can we confirm who's attending with [[S|Lucía]]? [[S|Lu]] mentioned a brother. Cheers, [[U|Will]]""",
    },
    {
        "id": "d28-minutes-001",
        "kind": "meeting_minutes",
        "subject": "Amir Haddad",
        "subject_aliases": [],
        "case_people": ["Miriam Solberg"],
        "text": """PREVENT CASE REVIEW – MINUTES
Date: 18 February 2025   Location: [[NEG|Harbour Room]] / Teams
Present: [[P|Dr Miriam Solberg]] (Chair, DSL), [[U|Ravi Menon]] (Student Support), [[U|Catrin Vaughan]] (Personal Tutor), [[U|Sgt Owen Tully]] (Police Prevent Officer)
Apologies: [[U|Hannah Greig]] (Counselling)
Minutes: [[U|Lola Marchetti]]

1. [[S|Amir Haddad]] (student no. [[SI:STUDENT_NUMBER|24-006193]]). [[U|CV]] reported that [[S|Amir]] has been distressed since his cousin [[R|Karim Haddad]] was arrested. [[S|Haddad]] is not himself under investigation, confirmed by [[U|Sgt Tully]].

2. Family: father [[R|Mr Youssef Haddad]] and sister [[R|Layla Haddad]] support him. [[R|Layla]] contacted [[U|RM]] on 12 February. Their mother, [[R|Mrs Haddad]], speaks limited English; an interpreter ([[U|Nour El-Masri]]) was suggested. [[R|Youssef]]'s mobile: [[T:PHONE_NUMBER|07700 900 493]].

3. Actions:
- [[U|RM]] to call the student by Friday.
- [[U|CV]] to agree an extension for [[NEG|LAW2205]].
- [[P|MS]] to record the outcome as no referral to [[NEG|Channel]].
- [[U|OT]] to confirm nothing further is needed regarding [[R|Karim]].

Next review: 18 March.""",
    },
    {
        "id": "d28-minutes-002",
        "kind": "meeting_minutes",
        "subject": "Bilal Chaudhry",
        "subject_aliases": ["Billy"],
        "case_people": ["Deborah Kinsella", "Farzana Begum"],
        "text": """SAFEGUARDING PANEL – MINUTES
Attendees:
- [[P|Prof. Deborah Kinsella]] – Chair
- [[U|Mr Aled Rhys-Thomas]] – Head of Student Services
- [[P|Farzana Begum]] – Prevent Coordinator
- [[U|Joy Mbeki-Laing]] – Personal Tutor
Apologies: [[U|Dr Stuart Crombie]]
Minute-taker: [[U|Imogen Faulks]]

Item 1 – [[S|Bilal Chaudhry]] ("[[S|Billy]]")
[[P|FB]] summarised: [[S|Bilal]]'s father, [[R|Mr Tariq Chaudhry]], emailed on 4 April worried that [[S|Bilal]]'s younger brother [[R|Hamza Chaudhry]] was being groomed online. [[R|Hamza]] is 16 and not our student. [[S|Chaudhry]] himself has shown no concerning behaviour; [[U|JML]] confirmed he was a joy to teach last term.

Item 2 – Mother [[R|Mrs Nasreen Chaudhry]] asked that [[S|Billy]] be kept informed. Sister [[R|Sana]] has already spoken to [[R|Hamza]]'s school.

Actions:
- [[P|FB]] to pass details to the school DSL, [[U|Mr Greenhalgh]].
- [[U|ART]] to write to [[R|Mr Chaudhry]] acknowledging the email.
- [[P|DK]] to close the student-facing element.

On file: [[R|Tariq Chaudhry]], Email: [[T:EMAIL_ADDRESS|t.chaudhry@fastmail.example]], Tel: [[T:PHONE_NUMBER|07700 900 772]]. [[R|Hamza]]'s NHS number: [[T:UK_NHS|128 923 2768]] (for GP referral).""",
    },
    {
        "id": "d28-minutes-003",
        "kind": "meeting_minutes",
        "subject": "Patience Mwangi",
        "subject_aliases": [],
        "case_people": ["Alasdair Reid"],
        "text": """STUDENT CONCERN MEETING – NOTES
Date: 06/06/2025
Attendees: [[P|Dr Alasdair Reid]] (DSL), [[U|Mercy Otieno]] (Wellbeing), [[U|Hugo Lambert]] (Tutor), [[S|Patience Mwangi]] (student, items 1–2 only)
Apologies: [[U|Ms Rose Kettering]]
Minutes: [[U|Hugo Lambert]]

1. [[S|Patience]] explained that her sister [[R|Joy Mwangi]] has been added to a Telegram channel by a man named [[U|Samuel Kimani]], handle: [[T:SOCIAL_HANDLE|@sam.kimani.truth]]. [[S|Ms Mwangi]] asked for patience while she talks to [[R|Joy]] first. Agreed.
2. [[S|Patience]] consented to contact with her aunt [[R|Faith Mwangi]] in [[NEG|Nairobi]] if needed, Tel: [[T:PHONE_NUMBER|+254 722 418 603]]. Her father, [[R|Mr Mwangi]], is not to be contacted. [[R|Auntie Faith]] already knows.
3. (student left) [[U|MO]] noted [[S|Mwangi]]'s grades are unaffected. [[U|HL]] will keep watching engagement; nothing suggests [[S|Patience]]'s own views have changed. Her brother [[R|Kamau Mwangi]] is at the same church as [[U|Kimani]].

Actions:
- [[P|AR]] to seek advice from [[U|PC Daniel Kirui-Hall]] on the channel.
- [[U|MO]] to arrange a wellbeing check in two weeks.
- [[U|HL]] to share [[NEG|Week 9]] attendance data.""",
    },
    {
        "id": "d28-minutes-004",
        "kind": "meeting_minutes",
        "subject": "Gethin Llewellyn",
        "subject_aliases": ["Geth"],
        "case_people": ["Rhodri Davies"],
        "text": """MINUTES – [[NEG|Wales Regional Hub]] Student Safeguarding Group
Attendees: [[U|Sioned Parry]] (Chair), [[P|Rhodri Davies]] (Prevent Lead), [[U|Dr Meleri Lloyd-Williams]] (Tutor), [[U|Bill Hughes]] (Accessibility)
Apologies: [[U|Nia Roberts]], [[U|DS Ieuan Griffiths]]
Minutes: [[U|Sioned Parry]]

Case: [[S|Gethin Llewellyn]] ("[[S|Geth]]") – ID [[SI:STUDENT_NUMBER|23-219874]]
[[P|RD]] reported a call from [[R|Mrs Eleri Llewellyn]], [[S|Gethin]]'s mother, about his uncle [[R|Gwilym Llewellyn]], who has been sending him far-right material. [[S|Geth]] forwarded the screenshots himself. [[U|MLW]] described [[S|Mr Llewellyn]] as "thoughtful and fed up with it".
[[U|Bill]] noted the bill for assistive software has been paid and is unrelated.

Family contacts:
[[R|Eleri Llewellyn]] – Tel: [[T:PHONE_NUMBER|01970 623 118]]
[[R|Gwilym]]'s account: [[T:SOCIAL_HANDLE|@gwil_cymraeg_balch]]

Actions:
- [[P|RD]] to speak with [[S|Gethin]] and then with [[R|Mrs Llewellyn]].
- [[U|SP]] to log the case on [[NEG|MyConcern]].
- [[U|MLW]] to confirm no academic impact; cousin [[R|Cai Llewellyn]] is in the same cohort and has been told nothing. [[R|Wncwl Gwilym]] is not to be contacted.""",
    },
    {
        "id": "d28-minutes-005",
        "kind": "meeting_minutes",
        "subject": "Marco Bianchi",
        "subject_aliases": [],
        "case_people": ["Giovanna Russo"],
        "text": """MEETING MINUTES – Prevent/Welfare Check-in
Attendees: [[P|Giovanna Russo]] (Welfare Officer), [[U|Dr Peter Alcock]] (Tutor), [[U|Sunita Varma]] (Students' Union Advocate), [[S|Marco Bianchi]] (Student)
Apologies: [[U|Mr Callum Reith]]
Minutes: [[P|GR]]

1. [[S|Marco]] said his brother [[R|Luca Bianchi]] was questioned by police after an incident in [[NEG|Bedford]]. [[S|Bianchi]] was not present. [[U|PA]] confirmed [[S|Marco]] was in a live seminar at the time (login IP: [[SI:IP_ADDRESS|92.40.177.3]]).
2. Family: mother [[R|Mrs Bianchi]] ([[R|Giulia]]) and grandmother [[R|Nonna Rosa]] live with [[S|Marco]]; [[R|Luca]] is staying with their father [[R|Roberto Bianchi]]. [[U|SV]] raised that [[S|Marco]]'s name has been confused with [[R|Luca]]'s online; screenshots from [[T:SOCIAL_HANDLE|@bedford_watch]] were shared.
3. [[S|Marco]] asked that [[R|Giulia Bianchi]] not be contacted. [[R|Signor Bianchi]] may ring; calls to go to [[P|GR]].

Actions:
- [[P|GR]] to request removal of the posts.
- [[U|PA]] to note attendance formally.
- [[U|SV]] to stay in touch with [[S|Marco]].""",
    },
    {
        "id": "d28-chron-001",
        "kind": "case_chronology",
        "subject": "Brian Okello",
        "subject_aliases": [],
        "case_people": ["Imelda Kasozi", "Gemma Salter"],
        "text": """CASE CHRONOLOGY – [[S|Brian Okello]] (Student no. [[SI:STUDENT_NUMBER|22130647]])

04/09/2024 – Personal tutor [[P|Dr Imelda Kasozi]] notes [[S|Brian]] has missed two sessions. ([[P|I. Kasozi]])
10/09/2024 – [[S|Okello]] explains his sister [[R|Precious Okello]] has been ill. He mentions cousin [[R|Denis Okello]] "getting into politics online". — [[P|IK]]
18/09/2024 – [[R|Precious]] emails from [[T:EMAIL_ADDRESS|precious.okello@webmail.example.com]], worried that [[R|Denis]] sends [[S|Brian]] videos from [[U|Pastor Moses Lwanga]]'s channel. ([[P|I. Kasozi]])
20/09/2024 – Referred to [[P|Gemma Salter]] (DSL). — [[P|GS]]
27/09/2024 – [[P|GS]] meets [[S|Brian]]. He says time with his family is precious and he has blocked [[R|Denis]]. ([[P|G. Salter]])
02/10/2024 – Father [[R|Mr Okello]] telephones from [[T:PHONE_NUMBER|+256 772 555 019]] asking to be kept informed. [[S|Brian]] does not consent; nothing shared. — [[P|GS]]
15/10/2024 – [[S|Brian]]'s mother [[R|Sarah Okello]] visits the [[NEG|Milton Keynes]] study centre with [[R|Precious]]; seen by [[U|Owen Marsh]]. — [[U|OM]]
30/10/2024 – Case closed; no referral. ([[P|G. Salter]])""",
    },
    {
        "id": "d28-chron-002",
        "kind": "case_chronology",
        "subject": "Kieran Doherty",
        "subject_aliases": ["Kez"],
        "case_people": ["Gráinne Walsh"],
        "text": """CHRONOLOGY OF CONCERN – [[S|Kieran Doherty]] ("[[S|Kez]]")
DOB: [[SI:DATE_OF_BIRTH|22/11/2000]]

12 Jan – [[U|Ms Aoibheann Quinn]] (tutor) hears [[S|Kieran]] say his grandfather, [[R|Bill Doherty]], "still goes to the marches", during a history seminar on [[NEG|The Troubles]]. No concern. ([[U|A. Quinn]])
19 Jan – [[S|Kez]] posts a forum link from cousin [[R|Shane Doherty]]'s page: [[T:URL|https://www.socialsite.example/shane.doherty.1690]]. Removed by moderator [[U|Ifeoma Nwachukwu]]. — [[U|IN]]
20 Jan – [[P|Dr Gráinne Walsh]] (DSL) speaks with [[S|Doherty]]. He apologises; says he didn't read it properly. — [[P|GW]]
27 Jan – [[R|Mrs Doherty]] ([[R|Nuala]]) phones Student Support, distressed that [[R|Shane]] has been arrested. Call taken by [[U|Tom Brolly]]. — [[U|TB]]
28 Jan – [[P|GW]] checks with [[U|DS Ruth Ferris]] (PSNI): [[S|Kieran]] is not of interest. ([[P|G. Walsh]])
03 Feb – [[S|Kieran]] asks that his father [[R|Mr Doherty]] and [[R|Granda Bill]] not be contacted. Agreed. [[R|Nuala Doherty]] remains the contact, Tel: [[T:PHONE_NUMBER|028 9049 6112]]. — [[P|GW]]
10 Feb – Closed. — [[P|GW]]""",
    },
    {
        "id": "d28-chron-003",
        "kind": "case_chronology",
        "subject": "Yusuf Demir",
        "subject_aliases": [],
        "case_people": ["Nadia Cho", "Ciaran Lowry"],
        "text": """CASE CHRONOLOGY
Student: [[S|Yusuf Demir]]   ID: [[SI:STUDENT_NUMBER|NOU-21-903341]]   Email: [[SI:EMAIL_ADDRESS|y.demir21@student.northmere.ac.uk]]

08.03.2025 — Module tutor [[P|Nadia Cho]] reports [[S|Yusuf]] shared an anti-extremism resource in class; positive contribution. — [[P|NC]]
14.03.2025 — [[S|Demir]] discloses that his older brother [[R|Emre Demir]] has links to a group in [[NEG|İzmir]] and has asked him to send money. ([[P|N. Cho]])
15.03.2025 — Referred to DSL [[P|Ciaran Lowry]]. — [[P|CL]]
17.03.2025 — [[P|CL]] speaks with [[S|Yusuf]]. His mother, [[R|Mrs Demir]] ([[R|Gülşen]]), has already cut contact with [[R|Emre]]. His sister [[R|Elif Demir]] is supportive. — [[P|CL]]
21.03.2025 — Police liaison is [[R|DS Cem Demir]] (no relation; noted to avoid confusion). [[R|DS Demir]] confirms the brother is known to them. [[U|PC Laura Fenwick]] present. — [[P|CL]]
02.04.2025 — [[S|Yusuf]] reports [[R|Emre]]'s account [[T:SOCIAL_HANDLE|@emre_dmr_34]] messaged him again; screenshot saved. — [[P|CL]]
09.04.2025 — Support plan agreed with [[S|Yusuf]] and [[R|Elif]]. ([[P|C. Lowry]])""",
    },
    {
        "id": "d28-chron-004",
        "kind": "case_chronology",
        "subject": "Hamza Yusufzai",
        "subject_aliases": [],
        "case_people": ["Orla Fitzgerald"],
        "text": """CHRONOLOGY – [[S|Hamza Yusufzai]] | Ref [[NEG|SG-2025-0077]]

01/07 — Hardship fund application. [[S|Hamza]] lives with his uncle [[R|Gul Agha Yusufzai]] and cousins. Processed by [[U|Megan Thorley]]. — [[U|MT]]
09/07 — [[S|Yusufzai]] tells tutor [[P|Dr Orla Fitzgerald]] that cousin [[R|Naveed]] has been approached by a man, [[U|Tariq]], at a community centre in [[NEG|Sheffield]]. ([[P|O. Fitzgerald]])
10/07 — [[P|OF]] passes to DSL [[U|Aaron Leitch]]. — [[U|AL]]
16/07 — [[U|AL]] meets [[S|Hamza]]. [[R|Naveed Yusufzai]] is 19; Mobile: [[T:PHONE_NUMBER|07311 482 906]]; Passport no: [[T:UK_PASSPORT|548213906]]. [[U|Tariq]] reportedly collects him in a grey Golf, reg [[T:UK_VEHICLE_REGISTRATION|YD71 HMK]]. — [[U|AL]]
23/07 — [[R|Mr Yusufzai]] (uncle) attends with [[S|Hamza]]; interpreter [[U|Shabnam Noori]]. ([[U|A. Leitch]])
30/07 — [[R|Kaka Gul Agha]] asks for updates by Email: [[T:EMAIL_ADDRESS|gulagha.y@mailhub.example.com]]. [[S|Hamza]] consents. — [[U|AL]]
06/08 — Referral to the local authority made with [[R|Naveed]]'s consent. — [[U|AL]]""",
    },
    {
        "id": "d28-chron-005",
        "kind": "case_chronology",
        "subject": "Mark Whitaker",
        "subject_aliases": ["Marky"],
        "case_people": ["Rebecca Olayinka"],
        "text": """CASE CHRONOLOGY: [[S|Mark Whitaker]] (student no. [[SI:STUDENT_NUMBER|24-771208]])

05/11/2024 — [[U|Joanna Petts]] (tutor) notes [[S|Mark]]'s essay on [[NEG|Week 5]] readings received a low mark and quoted a known extremist blog. — [[U|JP]]
06/11/2024 — [[S|Whitaker]] says his father, [[R|Mr Whitaker]], printed the blog for him. ([[U|J. Petts]])
12/11/2024 — DSL [[P|Rebecca Olayinka]] meets [[S|Mark]]. He names the blog author as [[U|Dawn Keeling]]; his sister [[R|Dawn Whitaker]] thinks their dad found it on a forum. — [[P|RO]]
13/11/2024 — [[R|Rose Whitaker]], mother, writes from [[T:EMAIL_ADDRESS|rose.whitaker@homemail.example.co.uk]] asking for a meeting. — [[P|RO]]
20/11/2024 — Meeting: [[S|Mark]], [[R|Mrs Whitaker]], [[P|RO]]. [[R|Rose]] says [[R|Gary Whitaker]] is on the forum until dawn most nights; his username there is [[T:USERNAME|gwhit_1966]]. — [[P|R. Olayinka]]
27/11/2024 — [[S|Marky]] (as [[R|Dawn]] calls him) resubmits; [[U|JP]] will mark it this week. — [[P|RO]]
04/12/2024 — Case closed at [[NEG|Stage 1]]. — [[P|RO]]""",
    },
    {
        "id": "d28-incident-001",
        "kind": "incident_report",
        "subject": "Lwazi Ndlovu",
        "subject_aliases": [],
        "case_people": ["Craig Ashworth"],
        "text": """INCIDENT REPORT – [[NEG|IR-2025-014]]
Date/time: 21/03/2025, 14:20   Location: [[NEG|Leeds Study Centre]], Room 2.14
Reported by: [[P|Craig Ashworth]] (Centre Manager)
Student involved: [[S|Lwazi Ndlovu]] ([[SI:STUDENT_NUMBER|23-508144]])

Summary: A man later identified as [[R|Themba Ndlovu]], [[S|Lwazi]]'s cousin, entered the centre handing out leaflets for an unregistered group. [[S|Ndlovu]] asked him to leave. Witnesses: [[U|Simone Akers]] and [[U|Farai Chikwanha]]. [[U|Farai]] states [[R|Themba]] shouted about [[S|Lwazi]]'s sister [[R|Nandi Ndlovu]].

[[R|Mr Ndlovu]] ([[R|Themba]]) left in a blue Corsa, registration [[T:UK_VEHICLE_REGISTRATION|LS19 WJX]]. Police attended: [[U|PC Hollie Brandt]] (collar 4471) and [[U|PC Gareth Ince]]. Crime ref: [[NEG|13/25/88421]].

Wi-Fi logs show the leaflet PDF was uploaded from IP: [[T:IP_ADDRESS|10.44.7.213]] and IPv6: [[T:IP_ADDRESS|2a00:23c5:9e1:4e01::7b]], both linked to [[R|Themba]]'s phone.

[[S|Lwazi]]'s mother, [[R|Mrs Sibongile Ndlovu]], was informed at his request; [[R|Nandi]] collected him.

Signed: [[P|C. Ashworth]]""",
    },
    {
        "id": "d28-incident-002",
        "kind": "incident_report",
        "subject": "Ewan McLeod",
        "subject_aliases": [],
        "case_people": ["Kirsty Baird"],
        "text": """INCIDENT REPORT – ONLINE
Ref: [[NEG|ONL-0338]]   Reported: 02/02/2025 by [[P|Kirsty Baird]] (Moderator)
Subject student: [[S|Ewan McLeod]] (VLE username [[SI:USERNAME|emcleod7]])

At 22:41 a post appeared in the [[NEG|HIS1004]] forum from [[S|Ewan]]'s account linking to a proscribed organisation's video. [[S|McLeod]] contacted us at 23:05 saying his brother [[R|Ross McLeod]] had used his laptop. A second login came from [[R|Ross]]'s phone, IP: [[T:IP_ADDRESS|82.132.219.45]]. [[R|Ross]]'s DOB: [[T:DATE_OF_BIRTH|11/04/2006]].

Witnesses to the post: [[U|Iona Strachan]] (username [[T:USERNAME|istrachan2]]) and [[U|Fraser Dunn]], who reported it.

[[R|Mrs McLeod]] ([[R|Catriona McLeod]]) phoned next morning to confirm [[R|Ross]] was responsible. [[S|Ewan]]'s father, [[R|Dr Iain McLeod]], asked that police be told; [[U|PC Alan Gow]] of [[NEG|Police Scotland]] took details. [[R|Iain]] gave his number, Tel: [[T:PHONE_NUMBER|01224 496 377]].

Action: post removed by [[P|KB]]; account locked pending review by [[U|Dr Morven Guthrie]]. [[S|Ewan]] was cooperative throughout.

— [[P|K. Baird]]""",
    },
    {
        "id": "d28-incident-003",
        "kind": "incident_report",
        "subject": "Aisha Bello",
        "subject_aliases": [],
        "case_people": ["Precious Adjei"],
        "text": """INCIDENT REPORT FORM
Incident no.: [[NEG|INC/2024/1192]]
Reporter: [[U|Dominic Tait]], Security, [[NEG|London Study Hub]]
Student: [[S|Aisha Bello]]   DOB: [[SI:DATE_OF_BIRTH|03/08/2002]]

At 17:50 on 9 December a man approached [[S|Aisha]] in the foyer, filming her and shouting. He was identified as [[U|Craig Nuttall]], DOB: [[T:DATE_OF_BIRTH|14/05/1987]], known to police. [[S|Ms Bello]] was with her brother [[R|Ibrahim Bello]] and her aunt [[R|Hauwa Bello]]. [[R|Ibrahim]] stepped between them.

Witnesses: [[P|Precious Adjei]] (receptionist), [[U|Leon Whitfield]] (student, ID: [[T:STUDENT_NUMBER|24-330975]]).
Police: [[U|PC Jade Morrow]] and [[U|Sgt Nikhil Rao]], [[NEG|Metropolitan Police]]. [[U|Nuttall]]'s car, VRM: [[T:UK_VEHICLE_REGISTRATION|BV68 ZRK]].
The video was posted from handle [[T:SOCIAL_HANDLE|@nuttall_patriot]].

[[S|Aisha]] asked that [[R|Mr Bello]] (father, [[R|Alhaji Usman Bello]]) be told; [[P|Precious]] called him on Tel: [[T:PHONE_NUMBER|07700 900 146]]. [[R|Aunty Hauwa]] gave a statement to [[U|PC Morrow]].

Report completed by: [[U|D. Tait]]""",
    },
    {
        "id": "d28-incident-004",
        "kind": "incident_report",
        "subject": "Trần Thị Mai",
        "subject_aliases": ["Mai"],
        "case_people": ["Olusegun Bakare"],
        "text": """INCIDENT REPORT — CAMPUS EVENT
Ref: [[NEG|EVT-IR-207]]   Date: 15/05/2025
Reporting officer: [[P|Olusegun Bakare]] (Events)
Student concerned: [[S|Trần Thị Mai]] ("[[S|Mai]]"), student no. [[SI:STUDENT_NUMBER|NOU-24-612260]]

During the [[NEG|Global Voices]] evening a visitor, [[U|Rhys Mallinder]], handed [[S|Mai]] material from a group that celebrates attacks abroad. [[S|Ms Trần]] reported it at once. Her father, [[R|Trần Văn Đức]], who had come to collect her, confronted [[U|Mallinder]]. Her cousin [[R|Trần Quốc Bảo]] filmed the exchange.

Witnesses: [[U|Ngozi Eze]], [[U|Harvey Lomax]].
Police: [[U|DS Amelia Crane]] attended; [[U|Mallinder]]'s van, reg: [[T:UK_VEHICLE_REGISTRATION|KX17 PNF]].
[[R|Mr Trần]]'s contact, Tel: [[T:PHONE_NUMBER|0113 496 0575]].
Device used by [[U|Mallinder]] to upload photos — IPv4: [[T:IP_ADDRESS|172.16.40.118]]; IPv6: [[T:IP_ADDRESS|fd12:3456:789a:1::42]].

[[S|Mai]]'s sister [[R|Trần Thị Hoa]] asked that the family's names be kept out of any internal bulletin; [[R|Bảo]] has deleted his footage.

— [[P|O. Bakare]]""",
    },
    {
        "id": "d28-incident-005",
        "kind": "incident_report",
        "subject": "Mateusz Wiśniewski",
        "subject_aliases": ["Matt"],
        "case_people": ["Harriet Kong"],
        "text": """INCIDENT REPORT – CAR PARK
Date: 30/09/2024, 09:15   Site: [[NEG|Northmere Milton Keynes]] car park
Reported by: [[P|Harriet Kong]] (Facilities)
Student: [[S|Mateusz Wiśniewski]] ("[[S|Matt]]")

[[S|Mateusz]] arrived with his brother [[R|Piotr Wiśniewski]], who parked a van, reg: [[T:UK_VEHICLE_REGISTRATION|MK65 TVW]], displaying stickers of a banned group. Staff member [[U|Graham Lusk]] asked [[R|Mr Wiśniewski]] to remove them; [[R|Piotr]] refused.

Details taken from [[R|Piotr]]: driving licence no. [[T:UK_DRIVING_LICENCE|WISNI603148P99KT]]; NI number: [[T:UK_NINO|QQ 41 72 09 C]] (as given; not a valid format).
Police: [[U|PC Sandeep Gill]] (shoulder no. 2290) and [[U|PCSO Becky Harlow]].
Witness: [[U|Wojciech Zając]], Tel: [[T:PHONE_NUMBER|07412 339 051]].

[[S|Wiśniewski]] said the van belongs to his uncle [[R|Janusz Wiśniewski]]; [[R|Wujek Janusz]] was not present. [[S|Matt]] was embarrassed and went straight to his seminar. [[R|Piotr]] left at 09:40.

Signed: [[P|H. Kong]]""",
    },
    {
        "id": "d28-letter-001",
        "kind": "letter",
        "subject": "Jamie Thornton",
        "subject_aliases": [],
        "case_people": ["Helen Ashby", "Adwoa Quartey"],
        "text": """[[NEG|Northmere Open University]] – Student Safeguarding Team

[[R|Mrs Linda Thornton]]
[[T:STREET_ADDRESS|Rosebank Cottage, Mill Lane]]
Hebden Bridge
[[T:UK_POSTCODE|HX7 8PL]]

14 January 2025

Dear [[R|Mrs Thornton]],

Thank you for your call on 9 January about your son, [[S|Jamie Thornton]]. With [[S|Jamie]]'s consent, I can confirm we have met him and that he is engaging well with support. We noted your concern about [[R|Summer Thornton]]'s friend, [[U|Connor Blay]], and the messages from [[T:SOCIAL_HANDLE|@blayc_nation]].

As [[R|Summer]] is not our student, we have suggested she contact her college's safeguarding lead, [[U|Ms Pauline Hext]]. [[S|Thornton]] has asked that his father, [[R|Neil Thornton]], is copied on nothing further, and that [[R|Grandad Ken]] is not told. We hope things feel lighter by the summer.

If you need us, please call [[P|Adwoa Quartey]] on [[T:PHONE_NUMBER|01924 496 220]].

Yours sincerely,

[[P|Dr Helen Ashby]]
Designated Safeguarding Lead

cc: [[P|Adwoa Quartey]], Student Support""",
    },
    {
        "id": "d28-letter-002",
        "kind": "letter",
        "subject": "Farah Siddiqui",
        "subject_aliases": [],
        "case_people": ["Joseph Awuah"],
        "text": """[[S|Ms Farah Siddiqui]]
[[SI:STREET_ADDRESS|Flat 3, 58 Wellington Street]]
Luton
[[SI:UK_POSTCODE|LU1 5AF]]

Student no: [[SI:STUDENT_NUMBER|22-460318]]
Our ref: [[NEG|SAF/FS/0231]]

Dear [[S|Farah]],

Following our meeting on 3 March with you and your brother [[R|Omar Siddiqui]], I am confirming what we agreed. We understand your cousin, [[R|Imran Siddiqui]], has been contacting you via [[T:SOCIAL_HANDLE|@imran_s_truthseeker]] and that your father, [[R|Mr Siddiqui]], has asked him to stop.

We will not contact [[R|Imran]] ourselves. If [[R|Mrs Rubina Siddiqui]] wishes to speak with us, she may call me on [[T:PHONE_NUMBER|01582 496 731]]. Your aunt, [[R|Dr Saima Siddiqui]], who lectures here, has been kept out of this matter at your request.

[[U|Leanne Cobb]] in Finance confirms your hardship payment to sort code [[SI:UK_SORT_CODE|30-94-12]], account [[SI:UK_BANK_ACCOUNT|48816203]] (IBAN [[SI:IBAN_CODE|GB91 LOYD 3094 1248 8162 03]]). NI number on file: [[SI:UK_NINO|PH 73 40 18 C]].

Yours sincerely,

[[P|Joseph Awuah]]
Student Safeguarding Adviser""",
    },
    {
        "id": "d28-letter-003",
        "kind": "letter",
        "subject": "Isla Campbell",
        "subject_aliases": [],
        "case_people": ["Lachlan Bain"],
        "text": """[[R|Mr Hector Campbell]]
[[T:STREET_ADDRESS|Braeside, Kirk Wynd]]
Kirriemuir
[[T:UK_POSTCODE|DD8 4BH]]

Dear [[R|Mr Campbell]],

Re: [[S|Isla Campbell]]

I write with your granddaughter's agreement. [[S|Isla]] asked me to explain why [[NEG|Northmere]] contacted her last month. A fellow student, [[U|Callum Reekie]], reported that [[S|Isla]]'s cousin [[R|Fergus Campbell]] had tried to add her to an online group. [[S|Ms Campbell]] did nothing wrong, and this is recorded clearly.

[[R|Fergus]] uses the handle [[T:SOCIAL_HANDLE|@fergus_alba_1314]]; we have passed this to [[U|DC Morag Lennie]]. [[S|Isla]]'s aunt, [[R|Mrs Shona Campbell]], has been informed by the police, not by us.

[[S|Isla]] mentioned that her sister [[R|Kirsty]] will bring you to the review meeting on 12 May. You are welcome to phone [[P|Mr Lachlan Bain]] beforehand on Tel: [[T:PHONE_NUMBER|01382 496 004]], or e-mail [[T:EMAIL_ADDRESS|l.bain@northmere.ac.uk]].

With kind regards,

[[P|Lachlan Bain]]
Student Support Manager""",
    },
    {
        "id": "d28-letter-004",
        "kind": "letter",
        "subject": "Bogdan Melnyk",
        "subject_aliases": ["Bodya"],
        "case_people": ["Danielle Foy"],
        "text": """[[R|Larysa Melnyk]]
[[T:STREET_ADDRESS|41 Ashgrove Terrace]]
Peterborough
[[T:UK_POSTCODE|PE1 2SW]]
Tel: [[T:PHONE_NUMBER|07393 615 208]]

To: [[P|Ms Danielle Foy]], Student Safeguarding, [[NEG|Northmere Open University]]

Dear [[P|Ms Foy]],

I am the mother of your student [[S|Bogdan Melnyk]] (student number [[SI:STUDENT_NUMBER|23-087716]]). My husband, [[R|Viktor Melnyk]], and I are worried because our elder son [[R|Dmytro]] has been talking to a man named [[U|Oleg Varenko]] who says [[S|Bogdan]] should "join them". [[R|Dmytro Melnyk]] is 24 and lives in [[NEG|Lviv]].

[[S|Bodya]] says he is fine, but he does not tell me everything. His grandmother, [[R|Babusya Nina]], noticed he is quiet. His NHS number is [[SI:UK_NHS|441 884 1962]] if his GP needs to be involved.

Please reply to me or to my daughter [[R|Kateryna Melnyk]] at [[T:EMAIL_ADDRESS|kate.melnyk@inbox.example.com]]. [[R|Katya]] speaks better English than me.

Yours faithfully,

[[R|Larysa Melnyk]]
([[R|Mrs L. Melnyk]])""",
    },
    {
        "id": "d28-letter-005",
        "kind": "letter",
        "subject": "Ifrah Jama",
        "subject_aliases": [],
        "case_people": ["Sunita Rahman"],
        "text": """[[NEG|Northmere Open University]] – Student Finance and Safeguarding

[[R|Mr Mohamed Jama]]
[[T:STREET_ADDRESS|Hallam Rise]]
Birmingham
[[T:UK_POSTCODE|B16 8QE]]

Our ref: [[NEG|FIN-HS-5512]]

Dear [[R|Mr Jama]],

Re: your daughter [[S|Ifrah Jama]] (DOB [[SI:DATE_OF_BIRTH|29/01/2004]])

Thank you for your letter. [[S|Ifrah]] has given written consent for us to reply. You asked about a payment from [[S|Ifrah]]'s hardship award that reached an account held by her brother, [[R|Abdullahi Jama]]: sort code [[T:UK_SORT_CODE|20-33-17]], account [[T:UK_BANK_ACCOUNT|61920455]], IBAN [[T:IBAN_CODE|GB63 BARC 2033 1761 9204 55]].

[[S|Ms Jama]] says she authorised the transfer herself. [[U|Mr Kevin Orrell]] in Finance has asked [[R|Abdullahi]] to confirm receipt. Your niece [[R|Hibo Jama]] also contacted us; we could not discuss the matter with her. NI number quoted for [[R|Abdullahi]]: [[T:UK_NINO|BG 52 90 13 A]], which appears not to be valid.

We note your worry about a man named [[U|Sharmarke]] who has visited [[R|Abdullahi]]; with consent this has been shared with [[U|PC Dawit Haile]].

Yours sincerely,

[[P|Sunita Rahman]]
Finance and Safeguarding Officer
Tel: [[T:PHONE_NUMBER|0121 496 0860]]""",
    },
]
