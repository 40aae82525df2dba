# ruff: noqa: E501
"""dev26: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ tutor reports
    {
        "id": "d26-tutor-001",
        "kind": "tutor_report",
        "subject": "Oisín Kavanagh",
        "subject_aliases": ["Osh"],
        "case_people": ["Éabha Breathnach", "Ciarán Ó Dálaigh"],
        "text": """Personal Tutor Concern Form — [[NEG|Northmoor Open University]]
Student: [[S|Oisín Kavanagh]]    Student no.: [[SI:STUDENT_NUMBER|21-0448-317]]
Module: [[NEG|SOC215]] Criminology and Society    Personal tutor: [[P|Dr Éabha Breathnach]]

In the [[NEG|Week 6]] tutorial [[S|Oisín]] shared his screen and a forum thread praising an attack was briefly visible. He said his cousin [[R|Pádraig Kavanagh]] had sent it "as a wind-up". [[S|Osh]], as he signs himself on the module forum, seemed embarrassed rather than defiant.

[[S|Mr Kavanagh]] lives with his mother, [[R|Siobhán Kavanagh]], and his younger sister [[R|Aoife]]. On 4 March [[R|Mrs Kavanagh]] phoned the student hub; [[P|Ciarán Ó Dálaigh]] took the call and recorded her worry about late-night gaming with an online contact called "[[T:USERNAME|ravenfall_88]]". [[R|Aoife Kavanagh]] apparently plays with the same group.

I have passed this to the Safeguarding Lead, [[U|Ms Róisín Keating]], and asked [[U|Tadhg Mulcahy]] in Digital Learning to preserve the forum logs. My view is low risk but real need: [[S|Oisín]]'s coursework remains strong and he still talks about the law pathway. [[P|Ciarán]] will ring [[S|Osh]] on Friday.

Signed: [[P|É. Breathnach]]
Date: 11/03/2024""",
    },
    {
        "id": "d26-tutor-002",
        "kind": "tutor_report",
        "subject": "Wiktoria Zielińska",
        "subject_aliases": ["Wiki"],
        "case_people": ["Marek Dąbrowski", "Ewa Zielińska"],
        "text": """PROGRESS REPORT — Foundation Year, [[NEG|Term 2]]
Student: [[S|Wiktoria Zielińska]] (student number [[SI:STUDENT_NUMBER|22840196]])
Date of birth: [[SI:DATE_OF_BIRTH|14/09/2004]]
Personal tutor: [[P|Marek Dąbrowski]]

[[S|Wiktoria]] has submitted three of four pieces for [[NEG|FND102]], but live attendance dropped after her father, [[R|Krzysztof Zieliński]], moved back to [[NEG|Gdańsk]]. She told me her older brother [[R|Bartek]] has been posting far-right channels in the family group and that she "argued with him all weekend". Her aunt, [[R|Ewa Zielińska]], lives nearby in [[NEG|Slough]] and has been a steady presence; [[R|Pani Zielińska]] also drove her to the last exam.

[[S|Ms Zielińska]] asked whether her face could be cropped from class recordings. [[U|Dr Rose Haverford]], the module lead, agreed an extension to [[NEG|Week 9]], and [[U|Will Ashworth]] in Disability Services [[NEG|will]] review her study-support plan. Her flatmate [[U|Zuzanna]] came to the last drop-in with her and calls her "[[S|Wiki]]".

Nothing here meets the referral threshold. I have logged it as a wellbeing concern only and told [[U|Dr Haverford]] the same.

Signed: [[P|M. Dąbrowski]] ([[P|MD]])""",
    },
    {
        "id": "d26-tutor-003",
        "kind": "tutor_report",
        "subject": "Kwabena Asante-Boateng",
        "subject_aliases": ["Kobby"],
        "case_people": ["Yaw Ofori-Atta", "Patience Adjei"],
        "text": """Tutor Concern Form
Student: [[S|Kwabena Asante-Boateng]]   ID: [[SI:STUDENT_NUMBER|2307-5521]]
Programme: BSc Computing (online)   Referring tutor: [[P|Dr Yaw Ofori-Atta]]

Concern raised after a group project call on 19 January. [[S|Kobby]] told the group that his uncle, [[R|Mr Asante-Boateng]], had "shown him the truth" and that he no longer trusted "any of the lecturers". Another student, [[U|Abena Sarpong]], reported this to me the same evening by e-mail ([[T:EMAIL_ADDRESS|abena.sarpong@studentmail.northmoor.ac.uk]]).

I spoke to [[S|Kwabena]] on 22 January. He was calm and showed real [[NEG|patience]] with my questions. He said his uncle [[R|Kwame Asante-Boateng]] is "just loud", and that his mother, [[R|Akua Asante-Boateng]], had already told him to stop watching the videos. His sister [[R|Efua]] studies with us on a different programme; I have not contacted her. [[U|Mr Lartey]] from IT confirmed the group call was not recorded.

Actions: referred to [[P|Patience Adjei]], Prevent Coordinator, for advice only. [[S|Asante-Boateng]] knows this and agreed. Follow-up tutorial booked for [[NEG|Week 4]].

Signed: [[P|Y. Ofori-Atta]]
Countersigned: [[P|PA]]""",
    },
    {
        "id": "d26-tutor-004",
        "kind": "tutor_report",
        "subject": "Nguyễn Thị Lan",
        "subject_aliases": ["Lan"],
        "case_people": ["Gareth Pryce", "Summer Okeke"],
        "text": """Personal Tutor Notes — confidential
Student: [[S|Nguyễn Thị Lan]] (prefers "[[S|Lan]]")   Student number: [[SI:STUDENT_NUMBER|20195573]]
Tutor: [[P|Mr Gareth Pryce]]

Met [[S|Lan]] on Teams, 6 February. She is worried about her younger brother, [[R|Nguyễn Minh Đức]], who is 16 and has been talking to an older man online. Their father, [[R|Mr Nguyễn]], does not want the school told. [[S|Ms Nguyễn]] asked me not to phone home because the landline is answered by her aunt, [[R|Nguyễn Thị Hoa]], who "tells everyone everything".

Her seminar partner [[R|Nguyễn Văn Phúc]] is no relation; she asked that they be split up because he "repeats things" about her family. I have moved [[R|Phúc]] to the Thursday group.

The online contact uses the handle [[T:SOCIAL_HANDLE|@truth.seeker.uk]]. [[S|Lan]] screenshotted his messages to [[R|Đức]]. I rang [[P|Summer Okeke]] in Safeguarding, who will speak to the school DSL without naming [[S|Lan]].

[[S|Lan]]'s own studies are on track; her [[NEG|BIO110]] [[NEG|mark]] this term is 68.

Signed: [[P|G. Pryce]], Personal Tutor""",
    },
    # ------------------------------------------------------------------ support logs
    {
        "id": "d26-support-005",
        "kind": "support_log",
        "subject": "Callum MacLeod",
        "subject_aliases": ["Cal"],
        "case_people": ["Kirsty Baird", "Joy Adebayo"],
        "text": """Student Support & Wellbeing Log
Student: [[S|Callum MacLeod]]   ID: [[SI:STUDENT_NUMBER|2319-4471]]   Tel: [[SI:PHONE_NUMBER|07700 900318]]

02/10/2023 — Inbound call from [[S|Callum]]. Not sleeping; says his brother [[R|Lachlan MacLeod]] has been "getting into stuff online" and keeps sending him videos. Agreed weekly check-ins. — [[P|KB]]
09/10/2023 — Check-in. [[S|Cal]] calmer. His mum, [[R|Mrs MacLeod]], called separately asking for an update; told her we cannot share without consent. — [[P|K. Baird]]
16/10/2023 — [[S|Mr MacLeod]] missed the call. Left voicemail and emailed [[SI:EMAIL_ADDRESS|c.macleod47@studentmail.northmoor.ac.uk]]. — [[U|HMR]]
18/10/2023 — [[S|Callum]] rang back. [[R|Lachlan]] was spoken to by police in [[NEG|Inverness]] at the weekend; [[S|Callum]] wants nothing to do with it. His sister [[R|Isla]] is staying with him. Referred to counselling ([[P|Joy Adebayo]]). — [[P|KB]]
23/10/2023 — First counselling session booked. [[S|Callum]] asked for [[R|Isla MacLeod]] to be his contact: [[T:PHONE_NUMBER|+44 7700 900 562]]. — [[P|J. Adebayo]]
30/10/2023 — Much brighter. Said there is "some [[NEG|joy]] in it again" about the course and that [[U|Hamish]] from the peer-mentor scheme has been great. — [[P|JA]]""",
    },
    {
        "id": "d26-support-006",
        "kind": "support_log",
        "subject": "Hamza Warsame",
        "subject_aliases": [],
        "case_people": ["Akosua Osei"],
        "text": """Wellbeing entries — [[S|Hamza Warsame]] (student no. [[SI:STUDENT_NUMBER|21173908]])

12 Jan 2024: [[S|Hamza]] emailed asking to pause his studies. Says his older brother [[R|Abdirahman Warsame]] has been detained abroad and the family are "under pressure". Offered a call. — [[P|AO]]
15 Jan 2024: Call with [[S|Hamza]]. His uncle, [[R|Mr Warsame]], is collecting money at the mosque for "legal fees" and [[S|Hamza]] is unsure where it goes. He showed me the details he was given: sort code [[T:UK_SORT_CODE|20-45-77]], account [[T:UK_BANK_ACCOUNT|41836205]]. Mother, [[U|Hodan Farah]], unwell. — [[P|A. Osei]]
19 Jan 2024: Consulted [[U|Faith Mwangi]] (Safeguarding). Advice: record, no referral yet, keep talking. — [[P|AO]]
24 Jan 2024: [[S|Warsame]] attended drop-in with his sister [[R|Ayaan Warsame]], who translated for their mother on speakerphone. — [[U|I. Hersi]]
30 Jan 2024: [[S|Hamza]] says [[R|Ayaan]] can be called on [[T:PHONE_NUMBER|07700 900 941]] if he is unreachable. He had [[NEG|faith]] the collection was legitimate but has now stopped giving and told [[R|Abdirahman]]'s lawyer, [[U|Mr Gedi]], directly. — [[P|AO]]
02 Feb 2024: [[U|Faith]] closed the query as a welfare matter. [[S|Hamza]] returning from [[NEG|Week 5]]. — [[U|IH]]""",
    },
    {
        "id": "d26-support-007",
        "kind": "support_log",
        "subject": "Ioana Popescu",
        "subject_aliases": [],
        "case_people": ["Cristina Grigore"],
        "text": """Student Wellbeing Record
Name: [[S|Ioana Popescu]]   DOB: [[SI:DATE_OF_BIRTH|03.07.2001]]   NHS no.: [[SI:UK_NHS|336 980 2708]]
Student number: [[SI:STUDENT_NUMBER|23071195]]

05/02/2024 Drop-in. [[S|Ioana]] reports her husband, [[R|Mihai Popescu]], has changed since joining a "men's group" online and now checks her laptop. She uses the VLE only from the library in [[NEG|Luton]]. — [[P|CG]]
07/02/2024 Call to confirm safe contact. Agreed we phone only [[SI:PHONE_NUMBER|07700 900 227]] between 10:00 and 12:00. — [[P|C. Grigore]]
12/02/2024 [[S|Ms Popescu]] attended with her sister-in-law [[R|Elena Popescu]], who has offered her a room. Her GP, [[R|Dr Andrei Popescu]] (no relation), has been told of the situation. — [[P|CG]]
14/02/2024 Discussed with [[U|Mark Tennant]], Deputy DSL: domestic abuse pathway, not Prevent, unless [[R|Mihai]]'s group content escalates. [[U|Mark]] to check the group name with police. — [[P|CG]]
20/02/2024 [[S|Ioana]] moved to [[R|Elena]]'s flat. New address held by [[U|Grace]] in Registry only. [[R|Mrs Popescu]] senior (mother-in-law) rang asking where [[S|Ioana]] is; nothing disclosed. — [[P|Cristina Grigore]]""",
    },
    {
        "id": "d26-support-008",
        "kind": "support_log",
        "subject": "Thandiwe Dlamini",
        "subject_aliases": ["Thandi"],
        "case_people": ["Nokuthula Zulu", "Sibusiso Dlamini"],
        "text": """Student Support Notes — [[S|Thandiwe Dlamini]] ("[[S|Thandi]]")
Student no: [[SI:STUDENT_NUMBER|23-118-402]]   Email: [[SI:EMAIL_ADDRESS|thandi.dlamini@studentmail.northmoor.ac.uk]]

08/11/2023 [[S|Thandi]] disclosed that her cousin [[R|Sibusiso Dlamini]] has been recruiting for a "self-defence club" at her church in [[NEG|Croydon]] and asked her to help with leaflets. She is unsure what it really is. — [[P|NZ]]
10/11/2023 Called [[S|Ms Dlamini]]. Her aunt, [[R|Mrs Dlamini]], is the church treasurer and [[S|Thandi]] fears upsetting her. — [[P|N. Zulu]]
14/11/2023 Prevent advice sought from [[U|Sunny Adeyemi]]. The leaflet gives [[T:URL|https://linktr.ee/sibu_dlamini_sd]] and the handle [[T:SOCIAL_HANDLE|@sibu.strongsons]]. [[U|Sunny]] thinks it needs a closer look. — [[P|NZ]]
20/11/2023 [[S|Thandiwe]]'s grandmother, [[R|Gogo Dlamini]], phoned the hub; she wants [[R|Sibusiso]] kept away from the younger children, including [[R|Lwazi Dlamini]] (12). — [[U|P. Venter]]
27/11/2023 [[S|Thandi]] stepped back from the club and feels relieved. Coursework submitted on time for [[NEG|SOC102]]. — [[P|NZ]]""",
    },
    # ------------------------------------------------------------------ chat exports
    {
        "id": "d26-chat-009",
        "kind": "chat_export",
        "subject": "Mehmet Yıldırım",
        "subject_aliases": ["Memo"],
        "case_people": ["Ayşe Kaya"],
        "text": """Microsoft Teams — chat export
Chat: [[NEG|HIS230]] study group
Exported by: [[P|Ayşe Kaya]] ([[T:EMAIL_ADDRESS|a.kaya@northmoor.ac.uk]])

[09/03 19:02] [[P|Ayşe Kaya]]: evening all, has anyone heard from [[S|memo]]?
[09/03 19:04] [[U|Tomos Rees]]: nope. @[[U|lewis]] you sat next to him in the live session
[09/03 19:05] [[U|Lewis Gray]]: he left after ten mins. said his cousin [[R|serkan]] was outside
[09/03 19:06] [[U|Tomos Rees]]: the one who posts as [[T:SOCIAL_HANDLE|@serkan.yldrm]]?? that account is dodgy
[09/03 19:07] [[P|Ayşe Kaya]]: don't go digging pls. [[S|Mehmet]] asked me to keep his family out of it
[09/03 19:09] [[S|Mehmet Yıldırım]]: im here. sorry. my brother [[R|Barış]] needed the car
[09/03 19:10] [[U|Lewis Gray]]: all good [[S|memo]] 👍
[09/03 19:12] [[S|Mehmet Yıldırım]]: @ [[P|ayşe]] can u send the notes. and dont tell [[U|şule]] i was late again
[09/03 19:15] [[P|Ayşe Kaya]]: sent. [[S|Yıldırım]] you owe me a coffee
[09/03 19:16] [[U|Şule Demir]]: i can see this you know 😂
[09/03 19:18] [[U|Tomos Rees]]: lol busted
[09/03 19:20] [[S|Mehmet Yıldırım]]: also if [[R|Mr Yıldırım]] rings the office its my dad, ignore him. and if [[R|serkan yıldırım]] messages anyone here just block
[09/03 19:21] [[U|Şule Demir]]: noted. @[[U|tomos]] stop screenshotting""",
    },
    {
        "id": "d26-chat-010",
        "kind": "chat_export",
        "subject": "Rhys Pritchard",
        "subject_aliases": ["Rhysy", "Pritch"],
        "case_people": ["Ffion Jenkins"],
        "text": """WhatsApp chat export — "[[NEG|ENG101]] cohort B"

12/02/2024, 21:14 - [[U|Carys Vaughan]]: has anyone seen what [[S|rhysy]] put on his story 😬
12/02/2024, 21:15 - [[U|Dafydd Hopkins]]: the flag thing? yeah. screenshot it before he deletes
12/02/2024, 21:15 - [[U|Carys Vaughan]]: his sister [[R|nia]] is in my netball team, i'll ask her
12/02/2024, 21:17 - [[P|Ffion Jenkins]]: guys stop. i'm messaging [[U|mr morgan]] tomorrow if this carries on
12/02/2024, 21:18 - [[U|Dafydd Hopkins]]: his account is [[SI:SOCIAL_HANDLE|@rhys_pritch99]] if anyone wants to see
12/02/2024, 21:20 - [[S|Rhys Pritchard]]: i can see this you know. it was my dad's post, [[R|gareth pritchard]], i just shared it
12/02/2024, 21:21 - [[P|Ffion Jenkins]]: [[S|Rhys]] just take it down and talk to [[U|Mr Morgan]]
12/02/2024, 21:23 - [[S|Rhys Pritchard]]: fine. and leave [[R|Nia]] out of it
12/02/2024, 21:24 - [[U|Carys Vaughan]]: sorry [[S|pritch]] 💛
12/02/2024, 21:26 - [[U|Dafydd Hopkins]]: tell [[P|ffion]] to chill
13/02/2024, 09:02 - [[U|Huw Morgan]] was added
13/02/2024, 09:05 - [[U|Huw Morgan]]: Morning all. Please keep this chat for coursework. [[S|Rhys]], ring me on [[T:PHONE_NUMBER|029 2018 0447]] today.
13/02/2024, 09:11 - [[S|Rhys Pritchard]]: will do sir""",
    },
    {
        "id": "d26-chat-011",
        "kind": "chat_export",
        "subject": "Aisha Rahimi",
        "subject_aliases": [],
        "case_people": ["Zarghona Safi"],
        "text": """VLE Messaging — export for safeguarding review (Ref: [[NEG|SG-2024-0217]])
Participants: [[S|Aisha Rahimi]] (username [[SI:USERNAME|arahimi22]]), [[P|Zarghona Safi]] (username [[T:USERNAME|zsafi_tutor]]), [[U|Mahmood Karimi]] (username [[T:USERNAME|mkarimi07]])

[[P|Zarghona Safi]] 10:14: Salaam [[S|Aisha]], I saw your forum post was removed. Are you okay?
[[S|Aisha Rahimi]] 10:20: it was my brother [[R|Farid]] using my login. he thinks the module is "western propaganda"
[[P|Zarghona Safi]] 10:22: Thank you for telling me. Does [[R|Farid Rahimi]] live with you?
[[S|Aisha Rahimi]] 10:25: yes, with our dad [[R|Mr Rahimi]] and my little sister [[R|maryam]]. please don't email home
[[U|Mahmood Karimi]] 10:31: (group thread) [[S|aisha]] are u coming to the revision call? [[U|zahra]] is hosting
[[S|Aisha Rahimi]] 10:33: cant today sorry [[U|mahmood]]
[[U|Mahmood Karimi]] 10:34: np, [[U|zahra h]] will send the recording
[[P|Zarghona Safi]] 10:40: [[S|Aisha]], I will ask IT ([[U|Kevin Ashby]]) to reset your password and we can talk on Thursday. Take your time.
[[S|Aisha Rahimi]] 10:41: thank u miss [[P|safi]]. pls dont tell [[R|farid]] i told u
[[P|Zarghona Safi]] 10:43: I won't. You did the right thing, [[S|Ms Rahimi]].""",
    },
    {
        "id": "d26-chat-012",
        "kind": "chat_export",
        "subject": "Kenji Watanabe",
        "subject_aliases": [],
        "case_people": ["Grace Whitaker", "Yuki Watanabe"],
        "text": """Teams chat — Student Support staff channel (exported 21/05/2024)

[[P|Grace Whitaker]] 11:02
Quick one about [[S|Kenji Watanabe]] ([[SI:STUDENT_NUMBER|22013385]]). His sister [[R|Yuki Watanabe]] emailed from [[T:EMAIL_ADDRESS|yuki.w.tokyo@mailbox.example.jp]] overnight.
[[U|Sam Okafor]] 11:05
saw it. she says [[S|Kenji]] hasn't left his room in a week and is on some forum all night
[[P|Grace Whitaker]] 11:06
@[[U|Sam Okafor]] can you check the VLE logs? his usual address is [[SI:IP_ADDRESS|2001:db8:4f2a::1c]]
[[U|Sam Okafor]] 11:09
last login 03:12 from that IP. [[S|Watanabe]] posted in the [[NEG|JPN210]] forum about "purification" 😕 also tagged [[T:USERNAME|kuro_ronin_77]]
[[U|Hope Lindqvist]] 11:12
I'm DSL cover today. Has anyone spoken to the father, [[R|Mr Watanabe]]? [[S|Kenji]]'s emergency contact is [[R|Hiroshi Watanabe]], [[T:PHONE_NUMBER|+81 90 1234 5678]]
[[P|Grace Whitaker]] 11:15
not yet. [[R|Yuki]] asked us not to, dad doesn't know
[[U|Hope Lindqvist]] 11:17
ok. @[[P|grace]] please call [[S|Kenji]] first, then update me. Let's not lose [[NEG|hope]]; he engaged well last term.
[[P|Grace Whitaker]] 11:18
[[NEG|will]] do 👍 looping in [[U|sam]] for the logs""",
    },
    {
        "id": "d26-chat-013",
        "kind": "chat_export",
        "subject": "Precious Nwosu",
        "subject_aliases": ["Preshy"],
        "case_people": ["Temi Adebisi", "Chidi Nwosu"],
        "text": """WhatsApp chat: "[[NEG|NUR104]] girls 💉"

03/04/2024, 18:40 - [[U|Chioma Eze]]: has [[S|precious]] told anyone about her brother
03/04/2024, 18:41 - [[U|Blessing Okafor]]: which one lol she has three
03/04/2024, 18:41 - [[U|Chioma Eze]]: [[R|chidi]]. the one doing the livestreams
03/04/2024, 18:43 - [[P|Temi Adebisi]]: her time is too [[NEG|precious]] for his drama tbh
03/04/2024, 18:44 - [[S|Precious Nwosu]]: I'm literally in this group
03/04/2024, 18:44 - [[S|Precious Nwosu]]: [[R|Chidi Nwosu]] is not my problem. my mum [[R|Mrs Nwosu]] already reported his channel
03/04/2024, 18:46 - [[U|Blessing Okafor]]: sorry [[S|preshy]] ❤️
03/04/2024, 18:47 - [[P|Temi Adebisi]]: for real tho his page is [[T:SOCIAL_HANDLE|@ChidiSpeaksTruth]], it's getting worse
03/04/2024, 18:49 - [[S|Precious Nwosu]]: pls dont share it. tutor knows. [[U|dr onyango]] said she'd talk to safeguarding
03/04/2024, 18:50 - [[U|Chioma Eze]]: ok ok. [[S|Nwosu]] u still coming sat?
03/04/2024, 18:52 - [[S|Precious Nwosu]]: yes if my sister [[R|ngozi]] drives me
03/04/2024, 18:53 - [[U|Blessing Okafor]]: tell [[R|ngozi]] hi. and tell [[P|temi]]'s mum thanks for the jollof
03/04/2024, 18:54 - [[P|Temi Adebisi]]: 😂 im right here""",
    },
    {
        "id": "d26-chat-014",
        "kind": "chat_export",
        "subject": "Dylan Ferreira",
        "subject_aliases": [],
        "case_people": ["Inês Carvalho"],
        "text": """VLE Live Classroom — chat log, [[NEG|CRM120]] Seminar 4, [[NEG|Week 5]]
Host: [[P|Dr Inês Carvalho]]

19:01 [[P|Dr Inês Carvalho]]: Welcome everyone — cameras optional tonight.
19:03 [[T:USERNAME|kieran_w]]: evening
19:04 [[S|Dylan Ferreira]]: evening miss
19:10 [[U|Leah Brennan]]: @[[S|dylan]] your mic is on, someone's shouting
19:11 [[S|Dylan Ferreira]]: sorry thats my brother [[R|gonçalo]] 🙄
19:11 [[T:USERNAME|kieran_w]]: is he the one from the march video lol
19:12 [[P|Dr Inês Carvalho]]: Let's keep the chat on topic please, [[U|Kieran]].
19:20 [[S|Dylan Ferreira]]: miss can I talk to u after. about [[R|Gonçalo Ferreira]], hes getting worse
19:21 [[P|Dr Inês Carvalho]]: Of course, [[S|Dylan]]. Stay on after 20:00.
19:58 [[U|Leah Brennan]]: bye all. [[S|ferreira]] good luck x
20:04 [[P|Dr Inês Carvalho]]: (private) [[S|Mr Ferreira]], I've asked [[U|Summer Blake]] from Student Support to join us. Is your mum, [[R|Graça Ferreira]], aware?
20:05 [[S|Dylan Ferreira]]: yes she called [[U|PC Haines]] last week. my uncle [[R|Rui Ferreira]] drives him to the meetings
20:07 [[U|Summer Blake]]: Hi [[S|Dylan]], thanks for trusting [[P|Dr Carvalho]] with this.""",
    },
    {
        "id": "d26-chat-015",
        "kind": "chat_export",
        "subject": "Chen Jiahui",
        "subject_aliases": ["Hui"],
        "case_people": ["Mark Fenwick", "Chen Xiaoyu"],
        "text": """Microsoft Teams — 1:1 chat export
Participants: [[S|Chen Jiahui]] ([[SI:EMAIL_ADDRESS|jiahui.chen@studentmail.northmoor.ac.uk]]); [[P|Dr Mark Fenwick]] ([[T:EMAIL_ADDRESS|m.fenwick@northmoor.ac.uk]])

[[P|Mark Fenwick]] 14:00 — Hi [[S|Jiahui]], thanks for staying behind. You mentioned your cousin?
[[S|Chen Jiahui]] 14:02 — yes [[R|Chen Xiaoyu]]. he is in Manchester. his WeChat ID is [[T:USERNAME|xiaoyu_chen1998]]
[[P|Mark Fenwick]] 14:04 — What does he want you to do?
[[S|Chen Jiahui]] 14:06 — report on other students in the group. my father [[R|Chen Ming]] says I must help [[R|Xiaoyu]] or he stops paying fees
[[P|Mark Fenwick]] 14:07 — That sounds very stressful, [[S|Hui]]. You are not in trouble.
[[S|Chen Jiahui]] 14:09 — pls dont tell [[U|lily]] or [[U|wang hao]], they are in the group also
[[P|Mark Fenwick]] 14:11 — I won't name anyone to other students. I'd like to bring in [[U|Bill Ngata]] from Safeguarding.
[[S|Chen Jiahui]] 14:12 — ok. but [[R|Mr Chen]] cannot know. [[R|Prof. Chen]] in Politics is not family, he is fine
[[P|Mark Fenwick]] 14:13 — Understood. I'll raise your fee [[NEG|bill]] with Finance as hardship only. [[U|Bill]] will message you today.
[[S|Chen Jiahui]] 14:14 — thank you [[P|mark]]""",
    },
    # ------------------------------------------------------------------ e-mails
    {
        "id": "d26-email-016",
        "kind": "email",
        "subject": "Olena Kovalenko",
        "subject_aliases": [],
        "case_people": ["Rachel Dunmore", "Mykola Kovalenko"],
        "text": """From: [[P|Rachel Dunmore]] <[[T:EMAIL_ADDRESS|r.dunmore@northmoor.ac.uk]]>
To: [[U|Iryna Bondarenko]] <[[T:EMAIL_ADDRESS|i.bondarenko@northmoor.ac.uk]]>
Cc: [[U|Patrick Devlin]] <[[T:EMAIL_ADDRESS|p.devlin@northmoor.ac.uk]]>
Subject: [[S|Olena Kovalenko]] — contact from family member
Date: Tue, 16 Apr 2024 09:41

Dear [[U|Iryna]],

Yesterday a man calling himself [[R|Mykola Kovalenko]] rang the switchboard asking for [[S|Olena]]'s timetable and home address. He said he is her husband; [[S|Ms Kovalenko]] has previously told us she is separated and that [[R|Mykola]] has made threats about her "betraying" his group. He rang from [[T:PHONE_NUMBER|07700 900 783]].

Her daughter [[R|Sofiia Kovalenko]] is also enrolled (Access course), so please check both records are flagged. [[S|Olena]] speaks Ukrainian and Russian; [[U|Patrick]] can arrange an interpreter if she comes in. [[R|Mr Kovalenko]] was told nothing.

Thanks,
[[P|Rachel]]

--
[[P|Rachel Dunmore]]
Student Casework Officer | [[NEG|Northmoor Open University]]
T: [[T:PHONE_NUMBER|0113 496 0732]]
E: [[T:EMAIL_ADDRESS|r.dunmore@northmoor.ac.uk]]""",
    },
    {
        "id": "d26-email-017",
        "kind": "email",
        "subject": "Dimitris Papadopoulos",
        "subject_aliases": ["Dimitri", "Mitsos"],
        "case_people": ["Anna Leventis", "Eleni Papadopoulou"],
        "text": """From: [[P|Anna Leventis]] <[[T:EMAIL_ADDRESS|a.leventis@northmoor.ac.uk]]>
To: [[U|Owen Thackeray]] <[[T:EMAIL_ADDRESS|o.thackeray@northmoor.ac.uk]]>
Subject: FW: My brother [[S|Dimitri]]

Hi [[U|Owen]],

Forwarding below from his sister. Possibly family conflict rather than Prevent, but flagging as asked. [[S|Dimitris Papadopoulos]] is in my Tuesday [[NEG|GRK150]] group.

[[P|Anna]]

---------- Forwarded message ---------
From: [[R|Eleni Papadopoulou]] <[[T:EMAIL_ADDRESS|eleni.papadopoulou@example.gr]]>
Date: Sun, 3 Mar 2024 at 22:17
To: [[P|Anna Leventis]] <[[T:EMAIL_ADDRESS|a.leventis@northmoor.ac.uk]]>
Subject: My brother [[S|Dimitri]]

Dear [[P|Dr Leventis]],

I am [[S|Dimitris]]'s older sister. Since our father [[R|Nikos Papadopoulos]] died, [[S|Mitsos]] spends every night at a gym run by a man called [[U|Stavros]]. There are [[NEG|Golden Dawn]] posters on the walls. Our mother, [[R|Mrs Papadopoulou]], cannot reach him, and our cousin [[R|Giorgos Papadopoulos]] says [[S|Dimitri]] has stopped answering him too.

Please could someone check he is safe? My number is [[T:PHONE_NUMBER|+30 694 123 4567]].

Kind regards,
[[R|Eleni]]""",
    },
    {
        "id": "d26-email-018",
        "kind": "email",
        "subject": "Fatima Al-Hashimi",
        "subject_aliases": [],
        "case_people": ["Colin Maitland", "Harriet Quayle"],
        "text": """From: [[S|Fatima Al-Hashimi]] <[[SI:EMAIL_ADDRESS|f.alhashimi@studentmail.northmoor.ac.uk]]>
To: [[P|Dr Colin Maitland]] <[[T:EMAIL_ADDRESS|c.maitland@northmoor.ac.uk]]>
Subject: extension request and something else

Dear [[P|Dr Maitland]],

Sorry to email so late. I need an extension for the [[NEG|LAW201]] essay. My brother [[R|Yousef Al-Hashimi]] was arrested on Friday and my mother, [[R|Mrs Al-Hashimi]], is not coping. The officer, [[P|DC Harriet Quayle]], gave us a reference ([[NEG|CAD 4471/24]]) and said someone from the university might be contacted because [[R|Yousef]] used my laptop.

I have nothing to hide. My cousin [[R|Layla Al-Hashimi]] can confirm I was at work all weekend (she is my manager at [[NEG|Halden Pharmacy]]). [[P|DC Quayle]] already has her number.

Please don't share this with [[U|Sophie]] or the others in my study group.

Thank you,
[[S|Fatima]]

--
[[S|Fatima Al-Hashimi]]
LLB (Hons) Year 2 | Student no. [[SI:STUDENT_NUMBER|21-5590-043]]
Mob: [[SI:PHONE_NUMBER|07700 900 154]]""",
    },
    {
        "id": "d26-email-019",
        "kind": "email",
        "subject": "Bilal Chaudhry",
        "subject_aliases": [],
        "case_people": ["Naveed Iqbal"],
        "text": """From: [[P|Naveed Iqbal]] <[[T:EMAIL_ADDRESS|n.iqbal@northmoor.ac.uk]]>
Sent: 07 February 2024 16:22
To: [[U|Lorna McBride]] <[[T:EMAIL_ADDRESS|l.mcbride@northmoor.ac.uk]]>
Cc: [[U|Dawn Ellery]] <[[T:EMAIL_ADDRESS|d.ellery@northmoor.ac.uk]]>
Subject: RE: [[S|Bilal Chaudhry]] — Channel panel outcome

Hi [[U|Lorna]],

Panel closed the case today. [[S|Bilal]] engaged well with the mentor and has cut contact with the [[NEG|Telegram]] group his cousin [[R|Imran Chaudhry]] ran. His father, [[R|Mr Chaudhry]], attended and was supportive. A different [[R|Chaudhry]] — [[R|Dr Sana Chaudhry]] from Occupational Health — sat in as an observer; no relation, before anyone asks.

[[U|Dawn]], can you update the record?

Best,
[[P|Naveed]]

-----Original Message-----
From: [[U|Lorna McBride]] <[[T:EMAIL_ADDRESS|l.mcbride@northmoor.ac.uk]]>
Sent: 05 February 2024 10:03
To: [[P|Naveed Iqbal]]
Subject: [[S|Bilal Chaudhry]] — Channel panel outcome

[[P|Naveed]], any update on [[S|Bilal]] ([[SI:STUDENT_NUMBER|20776412]]) before Wednesday? His brother [[R|Usman]] rang me again asking whether [[S|Bilal]] will be "on a list". I said I'd come back to him on [[T:PHONE_NUMBER|0121 496 0775]].

Thanks,
[[U|L.]]""",
    },
    {
        "id": "d26-email-020",
        "kind": "email",
        "subject": "Rebecca Hughes",
        "subject_aliases": ["Becca"],
        "case_people": ["Tomasz Wróbel", "Jordan Hughes"],
        "text": """From: [[P|Tomasz Wróbel]] <[[T:EMAIL_ADDRESS|t.wrobel@northmoor.ac.uk]]>
To: [[S|Rebecca Hughes]] <[[SI:EMAIL_ADDRESS|rebecca.hughes92@studentmail.northmoor.ac.uk]]>
Cc: [[U|Joanne Pike]] <[[T:EMAIL_ADDRESS|j.pike@northmoor.ac.uk]]>
Subject: Following up our call

Hi [[S|Becca]],

Thanks for talking so openly this morning. To recap: you're worried that your stepdad, [[U|Gary Lomax]], and your brother [[R|Jordan Hughes]] have been going to meetings run by [[U|Martin Sayle]], and that [[R|Jordan]] has started wearing the symbols we talked about. You'd rather your mum, [[R|Tracey Hughes]], didn't hear about this from us, and your nan, [[R|Mrs Hughes]], is the safest person to call.

I've copied [[U|Joanne]] (Safeguarding Lead) as we agreed. Nobody will contact [[R|Jordan]] or [[R|Tracey]] without speaking to you first.

Your extension for [[NEG|PSY110]] TMA 03 is approved to 14 June.

Take care,
[[P|Tomasz]]

--
[[P|Tomasz Wróbel]] (he/him)
Student Wellbeing Adviser
[[NEG|Northmoor Open University]] · [[NEG|Kestrel House]]
Direct line: [[T:PHONE_NUMBER|(0161) 496 0288]]
[[T:EMAIL_ADDRESS|t.wrobel@northmoor.ac.uk]]""",
    },
    {
        "id": "d26-email-021",
        "kind": "email",
        "subject": "Ama Owusu",
        "subject_aliases": [],
        "case_people": ["Hannah Greaves"],
        "text": """From: [[P|Hannah Greaves]] <[[T:EMAIL_ADDRESS|h.greaves@northmoor.ac.uk]]>
To: [[U|Desmond Achebe]] <[[T:EMAIL_ADDRESS|d.achebe@northmoor.ac.uk]]>
Subject: FW: My daughter [[S|Ama Owusu]] — urgent

[[U|Des]] — see below from the father. I haven't replied yet. Can we discuss at 3?
[[P|H.]]

> From: [[R|Kwesi Owusu]] <[[T:EMAIL_ADDRESS|kwesi.owusu@example.com]]>
> To: [[P|Hannah Greaves]] <[[T:EMAIL_ADDRESS|h.greaves@northmoor.ac.uk]]>
>
> Dear [[P|Ms Greaves]],
>
> I am [[S|Ama]]'s father. Her student number is [[SI:STUDENT_NUMBER|23109876]]. Since January she has been spending time with a group calling itself [[NEG|The Watchers' Circle]]. Their leader posts as [[T:SOCIAL_HANDLE|@brother_kojo_speaks]]. [[S|Ama]] has given them money from her loan and has stopped answering her mother, [[R|Adwoa Owusu]].
>
> Her brother [[R|Kofi]] saw her at a meeting in [[NEG|Peckham]] last week. He can be reached on [[T:PHONE_NUMBER|07700 900 605]].
>
> I know she is an adult. I only ask that someone checks on her.
>
> Yours sincerely,
> [[R|Kwesi Owusu]]
> [[T:STREET_ADDRESS|14 Cator Road]], London [[T:UK_POSTCODE|SE15 4QB]]""",
    },
    {
        "id": "d26-email-022",
        "kind": "email",
        "subject": "Siddharth Iyer",
        "subject_aliases": ["Sid"],
        "case_people": ["Sunita Menon"],
        "text": """From: [[P|Dr Sunita Menon]] <[[T:EMAIL_ADDRESS|s.menon@northmoor.ac.uk]]>
To: [[S|Siddharth Iyer]] <[[SI:EMAIL_ADDRESS|sid.iyer@studentmail.northmoor.ac.uk]]>
Subject: Re: forum post

Dear [[S|Sid]],

Thank you for your reply. I understand the post on the [[NEG|POL220]] forum was a quotation, and that your uncle [[R|Venkat Iyer]] had shared the original on [[NEG|Facebook]]. Even so, several students found it frightening, and [[U|Hope Baptiste]] in the moderation team removed it under the [[NEG|Acceptable Use Policy]].

I'd like you to meet me and [[U|Mr Oduya]] next week. You are welcome to bring your mother, [[R|Mrs Iyer]], or your cousin [[R|Lakshmi]]. There is no disciplinary case open.

Best wishes,
[[P|Sunita]]

--
[[P|Dr Sunita Menon]]
Senior Lecturer, Politics & International Studies
[[T:PHONE_NUMBER|+44 (0)20 7946 0391]] | [[T:EMAIL_ADDRESS|s.menon@northmoor.ac.uk]]

> On 12 May 2024, [[S|Siddharth Iyer]] wrote:
> Dear [[P|Dr Menon]], I didn't write it, they were my uncle's words. [[R|Anand Iyer]] (my dad) says I should just apologise, so I'm sorry. [[R|Venkat]] has deleted his post too.
> Thanks, [[S|Sid]]""",
    },
    # ------------------------------------------------------------------ meeting minutes
    {
        "id": "d26-minutes-023",
        "kind": "meeting_minutes",
        "subject": "Shilan Barzani",
        "subject_aliases": [],
        "case_people": ["Lydia Crane", "Rêbaz Barzani"],
        "text": """Student Concern Case Meeting — Minutes
Date: 21 March 2024, 14:00 (Teams)
Present: [[P|Dr Lydia Crane]] (Chair, Deputy DSL); [[U|Aram Kurdi]] (Personal Tutor); [[U|Sunny Fairweather]] (Student Support); [[U|Hugh Penrose]] (IT Security)
Apologies: [[U|Beatriz Lopes]] (Disability Services)
Minutes: [[U|Kate Ashdown]]

1. Background. [[P|LC]] summarised: [[S|Shilan Barzani]] (student no. [[SI:STUDENT_NUMBER|22-407-918]]) reported that her brother [[R|Rêbaz Barzani]] logged into her account to download material on "martyrdom". [[U|AK]] confirmed [[S|Shilan]] raised this herself and was distressed.
2. Technical. [[U|HP]] found logins from [[T:IP_ADDRESS|203.0.113.57]] at hours when [[S|Ms Barzani]] says she was asleep.
3. Family. Father, [[R|Mr Barzani]], unaware. Her sister [[R|Nazdar]] is supportive and may attend the next meeting.
4. Note: [[R|Dr Karwan Barzani]] in Engineering shares the surname; no relation, no conflict.

Actions:
- [[U|AK]] to call [[S|Shilan]] by Friday.
- [[U|HP]] to reset credentials and enable MFA.
- [[U|SF]] to offer [[S|Shilan]] a wellbeing appointment.
- [[P|LC]] to seek Prevent advice on whether [[R|Rêbaz]] is a separate concern.""",
    },
    {
        "id": "d26-minutes-024",
        "kind": "meeting_minutes",
        "subject": "Amani Kamau",
        "subject_aliases": [],
        "case_people": ["Grace Achieng", "Peter Kamau"],
        "text": """Wellbeing Review Meeting — Minutes
Attendees: [[P|Grace Achieng]] (Chair, Head of Student Support); [[U|Otieno Mwangi]] (Personal Tutor); [[U|Rose Petrakis]] (Counsellor); [[U|Will Fenner]] (Faculty Prevent Lead)
Apologies: [[U|Dr Njeri Wambui]]
Minutes: [[U|Rose Petrakis]]

Item 1 — [[S|Amani Kamau]] (ID [[SI:STUDENT_NUMBER|21950337]]; DOB [[SI:DATE_OF_BIRTH|22/11/2002]]). [[U|OM]] reported that [[S|Amani]] has missed four sessions since her cousin [[R|Wanjiku Kamau]] was detained in [[NEG|Nairobi]]. [[S|Ms Kamau]] told [[U|OM]] that her father, [[R|Peter Kamau]], blames "the West" and is angry online.
Item 2 — [[U|RP]] noted [[S|Amani]] is calm and wants to continue. A [[NEG|grace]] period on fees has been agreed.
Item 3 — [[U|WF]]: no indicators of radicalisation; this is a welfare case. Her aunt, [[R|Mrs Kamau]], in [[NEG|Reading]] is the UK emergency contact: [[T:PHONE_NUMBER|0118 496 0541]]. Her brother [[R|Baraka]] lives with the aunt.

Actions:
[[U|OM]] to check in weekly with [[S|Amani]].
[[U|RP]] to offer counselling slots.
[[P|GA]] to close the Prevent query and record as welfare; [[U|Dr Wambui]] to be briefed.""",
    },
    {
        "id": "d26-minutes-025",
        "kind": "meeting_minutes",
        "subject": "Lucía Fernández",
        "subject_aliases": [],
        "case_people": ["Alasdair Munro", "Iván Morales"],
        "text": """Minutes of Case Conference — [[NEG|Ref PRV/24/031]]
Present: [[P|Prof. Alasdair Munro]] (Chair); [[U|Ms Carmen Ruiz]] (Personal Tutor); [[U|Nkosi Mahlangu]] (Student Support); [[R|Dr Pablo Fernández]] (Languages; interpreting — no relation to the student)
Apologies: [[U|DS Ruth Kellaway]] (police liaison)
Minutes: [[U|Dawn Ibbotson]]

1. [[P|AM]] opened. [[S|Lucía Fernández]] (student no. [[SI:STUDENT_NUMBER|2214-0382]]) was named in a police enquiry about her ex-partner, [[P|Iván Morales]], who ran the channel [[T:SOCIAL_HANDLE|@resistencia_iberica]].
2. [[U|CR]]: [[S|Lucía]] has been open throughout. Her mother, [[R|Sra. Fernández]], and her brother [[R|Javier]] have both written in support.
3. [[R|PF]] confirmed [[S|Ms Fernández]]'s statement in Spanish matches the English summary.
4. [[U|DS Kellaway]] (by email): no further police interest in [[S|Lucía]]. [[P|Morales]] remains under investigation.

Actions:
- [[U|NM]] to arrange mentoring.
- [[U|CR]] to agree a study plan with [[S|Lucía]] by [[NEG|Week 8]].
- [[P|AM]] to close the case and write to [[S|Lucía]]; copy to [[R|Javier Fernández]] only with her consent.""",
    },
    {
        "id": "d26-minutes-026",
        "kind": "meeting_minutes",
        "subject": "Giulia Esposito",
        "subject_aliases": ["Giuli"],
        "case_people": ["Francesca Romano", "Salvatore Esposito"],
        "text": """Faculty Safeguarding Group — minutes of 8 May 2024
Attendees: [[P|Dr Francesca Romano]] (Chair); [[U|Bill Hartigan]] (Prevent Lead); [[U|Marta Kowal]] (Tutor); [[U|Ikenna Obi]] (Student Support)
Apologies: [[U|Prof. Ingrid Salo]]
Minutes: [[U|Marta Kowal]]

Case 1 — [[S|Giulia Esposito]] ("[[S|Giuli]]"), [[NEG|ITA230]]. [[U|MK]] reported that [[S|Giulia]] disclosed her father, [[R|Salvatore Esposito]], has pressured her to distribute leaflets for an anti-migrant group in [[NEG|Bedford]]. [[S|Ms Esposito]] refused and has since moved in with her grandmother, [[R|Rosa Esposito]].
Her brother [[R|Luca]] emailed the tutor from [[T:EMAIL_ADDRESS|luca.esposito.bdf@example.it]] asking for her address. [[U|BH]] advised no disclosure.

Actions:
[[U|IO]] to arrange emergency hardship funding.
[[U|MK]] to meet [[S|Giulia]] weekly.
[[U|BH]] to log the contact from [[R|Luca Esposito]] with police and note any further approach by [[R|Signor Esposito]].

AOB: [[P|FR]] reminded members of the Prevent refresher in [[NEG|Week 12]]. [[U|Bill]] to circulate slides.""",
    },
    # ------------------------------------------------------------------ case chronologies
    {
        "id": "d26-chron-027",
        "kind": "case_chronology",
        "subject": "Ewan Drummond",
        "subject_aliases": [],
        "case_people": ["Fiona Carmichael"],
        "text": """Case Chronology — [[S|Ewan Drummond]] (student no. [[SI:STUDENT_NUMBER|20338815]])
Prepared for the Prevent Case Review, [[NEG|Ref NOU-PV-0092]]

14/09/2023 Enrolled on [[NEG|HIS101]]. Address on file: [[SI:STREET_ADDRESS|Flat 2, 19 Bellfield Street]], Dundee [[SI:UK_POSTCODE|DD1 5JX]]. ([[P|F. Carmichael]])
02/11/2023 Tutor noticed [[S|Ewan]] quoting an accelerationist manifesto in a seminar. Raised with DSL. — [[U|JW]]
06/11/2023 Call with [[S|Ewan]]. He said his uncle [[R|Fraser Drummond]] "got him into the forums". ([[P|F. Carmichael]])
20/11/2023 [[R|Mrs Drummond]] (mother) phoned: [[S|Ewan]] has been out most nights with [[R|Fraser]] and a man known only as "[[U|Tank]]". — [[U|JW]]
04/12/2023 Referral to Channel made by [[P|Fiona Carmichael]]. — [[P|FC]]
11/01/2024 [[S|Mr Drummond]] attended first mentoring session. Younger brother [[R|Ruaridh Drummond]], 15, flagged to his school DSL, [[U|Mr Baillie]]. — [[P|FC]]
07/02/2024 [[S|Ewan]] deleted his [[NEG|Telegram]] account; mentor [[U|Morag Sinclair]] reports steady progress. ([[U|M. Sinclair]])
21/02/2024 [[R|Fraser]] turned up at the study centre asking for [[S|Drummond]]; sent away. — [[U|JW]]""",
    },
    {
        "id": "d26-chron-028",
        "kind": "case_chronology",
        "subject": "Emre Çelik",
        "subject_aliases": [],
        "case_people": ["Deniz Kaplan"],
        "text": """Chronology of Concern — [[S|Emre Çelik]]
Student number: [[SI:STUDENT_NUMBER|2109-7764]]   NI number: [[SI:UK_NINO|QQ 58 21 07 C]]

03/10/2023 — [[S|Emre]] asked about deferring. Mentioned his cousin [[R|Çağrı Çelik]] is "in trouble" in [[NEG|İzmir]]. — [[P|DK]]
17/10/2023 — Anonymous email from [[T:EMAIL_ADDRESS|kurtulus1453@example.net]] alleging [[S|Emre]] supports a banned group. Forwarded to DSL. — [[P|D. Kaplan]]
18/10/2023 — DSL [[U|Oksana Melnyk]] reviewed; no evidence found. ([[U|OM]])
25/10/2023 — [[S|Mr Çelik]] told me the sender is probably his ex-friend [[U|Kerem]], who fell out with his sister [[R|Şeyma Çelik]]. — [[P|DK]]
02/11/2023 — [[R|Mrs Çelik]] (mother) rang, upset; [[S|Emre]]'s father [[R|İsmail Çelik]] was questioned at [[NEG|Heathrow]] on return from Turkey. — [[U|OM]]
15/11/2023 — IT traced the email's sign-up to [[T:IP_ADDRESS|2001:db8:7c1e:2::5b]], which matches [[U|Kerem Aydın]]'s registered device. — [[U|L. Ferris]]
20/11/2023 — Case closed: malicious report. [[S|Emre]] offered support; [[R|Şeyma]] thanked us by phone. — [[P|DK]]""",
    },
    {
        "id": "d26-chron-029",
        "kind": "case_chronology",
        "subject": "Adaeze Okonkwo",
        "subject_aliases": ["Ada"],
        "case_people": ["Tunde Bakare", "Emeka Okonkwo"],
        "text": """Case Chronology — [[S|Adaeze Okonkwo]] ("[[S|Ada]]")
DOB: [[SI:DATE_OF_BIRTH|5 March 2003]]   Passport: [[SI:UK_PASSPORT|548213907]]

09/01/2024 [[S|Ada]] presented at online drop-in; her older brother [[R|Emeka Okonkwo]] has been posting separatist content and using her photo. — [[P|TB]]
12/01/2024 [[S|Adaeze]] supplied screenshots; account [[T:SOCIAL_HANDLE|@emeka_freedom_now]]. Passed to [[U|Faith Oyelaran]] (DSL). ([[P|T. Bakare]])
16/01/2024 [[U|FO]] consulted the regional Prevent coordinator, [[U|Mr Ibekwe]]. Advice: not a Prevent matter for [[S|Ada]]; the concern is [[R|Emeka]]. — [[U|FO]]
23/01/2024 [[R|Mrs Okonkwo]] emailed from [[T:EMAIL_ADDRESS|chinyere.okonkwo@example.com]] asking the university to "control" [[S|Adaeze]]. Replied generically. — [[P|TB]]
02/02/2024 [[S|Miss Okonkwo]] reports [[R|Emeka]] has blocked her. Her twin [[R|Obinna]] is now staying with her. — [[U|FO]]
19/02/2024 A second [[R|Okonkwo]], [[R|Nnamdi Okonkwo]], a first-year on another module, asked staff about [[S|Ada]]. He is not related; advised we cannot share information. — [[P|TB]]
26/02/2024 [[S|Ada]] reports feeling safer. Review closed by [[U|Faith]]. ([[P|T. Bakare]])""",
    },
    {
        "id": "d26-chron-030",
        "kind": "case_chronology",
        "subject": "Gethin Llewellyn",
        "subject_aliases": ["Geth"],
        "case_people": ["Owain Tudor"],
        "text": """Chronology — [[S|Gethin Llewellyn]], BA Welsh History (part-time)
Student ID: [[SI:STUDENT_NUMBER|19804421]]

12 Feb 2024 — Module forum post by [[S|Gethin]] defending an arson attack on a holiday home. Removed by [[U|Sioned Harries]]. ([[U|SH]])
13 Feb 2024 — [[S|Geth]] emailed apologising; said it was his father's view, [[R|Emrys Llewellyn]], not his own. — [[P|OT]]
19 Feb 2024 — Call with [[S|Mr Llewellyn]]. He lives with his grandfather, [[R|Idris Llewellyn]], on a farm near [[NEG|Bala]]. Vehicle seen at a protest: [[T:UK_VEHICLE_REGISTRATION|CN19 WZK]], registered to [[R|Emrys]]. — [[P|OT]]
26 Feb 2024 — [[U|PC Rhiannon Baines]] (North Wales Police) asked for confirmation of enrolment only. Provided. ([[U|S. Harries]])
04 Mar 2024 — [[S|Gethin]]'s sister [[R|Mari Llewellyn]] phoned from [[T:PHONE_NUMBER|01632 960 913]], worried he is isolating. — [[P|Owain Tudor]]
11 Mar 2024 — [[S|Gethin]] agreed to mentoring with [[U|Dewi]] from the Welsh-language support team. [[R|Mr Llewellyn]] senior not informed at [[S|Geth]]'s request. — [[P|OT]]""",
    },
    # ------------------------------------------------------------------ incident reports
    {
        "id": "d26-incident-031",
        "kind": "incident_report",
        "subject": "Jakub Nowak",
        "subject_aliases": [],
        "case_people": ["Agnieszka Wójcik", "Andrzej Nowak"],
        "text": """INCIDENT REPORT — [[NEG|Ref IR-2024-0418]]
Date/time: 18/04/2024, 17:40   Location: car park, [[NEG|Harbour House]] study centre, [[NEG|Milton Keynes]]
Reported by: [[P|Agnieszka Wójcik]] (Study Centre Manager), tel. [[T:PHONE_NUMBER|01632 960 417]]
Student: [[S|Jakub Nowak]], student no. [[SI:STUDENT_NUMBER|22670159]]

Account: [[S|Jakub]] arrived for an exam and was followed in by a grey Vauxhall, reg [[T:UK_VEHICLE_REGISTRATION|MK68 FPX]], driven by his stepbrother [[U|Dominik Zając]]. His father, [[R|Andrzej Nowak]], was the passenger. A shouting match followed; [[R|Mr Nowak]] accused [[S|Jakub]] of "shaming the family". [[S|Nowak]] sat his exam.

Witnesses: [[U|Lily-Mae Dawson]] (invigilator); [[U|Kwame Boateng]] (student).
Police: [[U|PC Ellie Marsh]] and [[U|Sgt Neil Ramsbottom]] attended at 18:05. Driver's licence: [[T:UK_DRIVING_LICENCE|ZAJAC903129D99KX]]. NI number given by driver: [[T:UK_NINO|NK 21 44 90 B]].

Follow-up: [[S|Jakub]]'s sister [[R|Ola Nowak]] phoned the centre later to apologise. [[P|Ms Wójcik]] has asked that [[R|Andrzej]] and [[U|Dominik]] are refused entry.

Signed: [[P|A. Wójcik]]""",
    },
    {
        "id": "d26-incident-032",
        "kind": "incident_report",
        "subject": "Sipho Khumalo",
        "subject_aliases": [],
        "case_people": ["Lindiwe Mthembu", "Themba Khumalo"],
        "text": """Incident Report Form
Reporter: [[P|Dr Lindiwe Mthembu]], Associate Lecturer
Date of incident: 29/01/2024 (online, [[NEG|ECO110]] live session)
Student concerned: [[S|Sipho Khumalo]] (student no. [[SI:STUDENT_NUMBER|23-044-771]])

What happened: a participant displaying as "[[T:USERNAME|zulu_warrior_88]]" posted a racist meme and a link to [[T:URL|https://t.me/zwarrior88]]. [[S|Sipho]] told me privately that the account belongs to his cousin [[R|Themba Khumalo]], who had logged in on [[S|Sipho]]'s laptop. Logs show the join came from [[T:IP_ADDRESS|198.51.100.23]], not [[S|Sipho]]'s usual address [[SI:IP_ADDRESS|192.0.2.145]].

Witnesses: [[U|Marisol Vega]] and [[U|Oliver Penhaligon]] (students); co-host [[U|Precious Dube]].

Follow-up: [[S|Mr Khumalo]] apologised on [[R|Themba]]'s behalf. His mother, [[R|Mrs Khumalo]], phoned from [[T:PHONE_NUMBER|+27 82 555 0143]] to ask whether [[S|Sipho]] would be expelled; he will not. His uncle [[R|Bongani Khumalo]] has since taken the laptop. Reported to [[U|DS Graham Whitlock]], Counter Terrorism Policing, for information only.

Signed: [[P|L. Mthembu]]""",
    },
    {
        "id": "d26-incident-033",
        "kind": "incident_report",
        "subject": "Yasmin Haddad",
        "subject_aliases": [],
        "case_people": ["Samir Aziz", "Tariq Haddad"],
        "text": """Incident Report — public order
Reference: [[NEG|INC/2024/117]]
Date: 9 May 2024, 12:15   Location: [[NEG|Graduation Marquee]], [[NEG|Kingsway Campus]]

Reported by: [[P|Samir Aziz]], Events Steward, mobile [[T:PHONE_NUMBER|07700 900 881]]
Student: [[S|Yasmin Haddad]], DOB: [[SI:DATE_OF_BIRTH|17/06/2000]]

Summary: A man later identified as [[R|Tariq Haddad]], the student's brother, tried to take the stage during the ceremony shouting about "traitors". [[S|Yasmin]] was not involved and was visibly frightened. Her mother, [[R|Mrs Haddad]], and cousin [[R|Rami]] left with him.

Police: [[U|PC Joy Kettering]] and [[U|PC Hassan Idris]] attended. [[R|Tariq]] was driven away in [[T:UK_VEHICLE_REGISTRATION|BD21 HKY]].
Witnesses: [[U|Marguerite Fahey]] (Registry); [[U|Kostas Andreou]] (photographer); a guest, [[R|Nadia Haddad]], who told staff she is unrelated and shares only the surname.

Reporter's note: [[S|Ms Haddad]] asked for a private graduation photo afterwards, which [[U|Summer Lyle]] arranged. [[S|Yasmin]]'s partner, [[U|Karim Salloum]], has asked for a copy of this report. — [[P|SA]]""",
    },
    {
        "id": "d26-incident-034",
        "kind": "incident_report",
        "subject": "Liam Doherty",
        "subject_aliases": [],
        "case_people": ["Conor Gildea", "Seán Doherty"],
        "text": """Incident Report — IT Security / Prevent
Logged by: [[P|Conor Gildea]], Information Security Analyst
Date: 14/03/2024

Summary: Filtering flagged searches for bomb-making instructions on the VLE proxy from account [[SI:USERNAME|ldoherty23]], belonging to [[S|Liam Doherty]] ([[SI:STUDENT_NUMBER|23481206]]). The first session came from [[SI:IP_ADDRESS|203.0.113.201]], the address [[S|Liam]]'s account normally uses; a second from [[T:IP_ADDRESS|2001:db8:aa10::4e]], traced to his housemate [[U|Cian Mac Giolla]]'s phone.

Interview: [[S|Liam]] says his brother [[R|Seán Doherty]] borrowed his login. [[R|Seán]] is not a student. Their father, [[R|Mr Doherty]], confirmed [[R|Seán]] stayed over on 12–13 March.

Police: [[U|DS Orla Brannigan]] (PSNI) and [[U|DC Peadar Quinn]] informed. Vehicle outside the house, [[T:UK_VEHICLE_REGISTRATION|AXZ 4172]], is registered to [[R|Seán]].
Witness: [[U|Méabh Gallen]] (housemate).

Note: staff member [[R|Aidan Doherty]] (Library) is no relation and has no access to the case.

Signed: [[P|C. Gildea]]
Checked: [[U|Bríd Toner]], DSL""",
    },
    # ------------------------------------------------------------------ letters
    {
        "id": "d26-letter-035",
        "kind": "letter",
        "subject": "Bogdan Ionescu",
        "subject_aliases": [],
        "case_people": ["Felicity Harrow", "Daniela Ionescu"],
        "text": """[[NEG|Northmoor Open University]]
Student Casework, [[NEG|Kestrel House]]

[[S|Mr Bogdan Ionescu]]
[[SI:STREET_ADDRESS|47 Larkspur Avenue]]
Wolverhampton
[[SI:UK_POSTCODE|WV3 9QT]]

12 June 2024

Our ref: [[NEG|SC/2024/0611]]   Student number: [[SI:STUDENT_NUMBER|22503318]]

Dear [[S|Mr Ionescu]],

Following our meeting with you and your sister, [[R|Daniela Ionescu]], on 5 June, I am writing to confirm the support agreed. Your tutor, [[P|Ms Felicity Harrow]], will meet you fortnightly, and [[U|Mr Kowalski]] in Finance will review the hardship application.

You told us that your cousin [[R|Adrian Ionescu]] has been using your name to join online groups. If you receive further messages, forward them to [[P|Ms Harrow]] or call [[U|Precious Mabuza]] on [[T:PHONE_NUMBER|01902 496 118]]. We will not contact your mother, [[R|Mrs Ionescu]], unless you ask us to, and [[R|Daniela]] has agreed to be your named contact.

[[S|Bogdan]], please remember that none of this affects your academic record.

Yours sincerely,

[[U|Dr Olamide Fashola]]
Student Casework Manager""",
    },
    {
        "id": "d26-letter-036",
        "kind": "letter",
        "subject": "Hana Tesfaye",
        "subject_aliases": [],
        "case_people": ["Faith Kiplagat", "Imogen Strachan"],
        "text": """PRIVATE AND CONFIDENTIAL

[[S|Ms Hana Tesfaye]]
[[SI:STREET_ADDRESS|Rosemount]]
[[SI:STREET_ADDRESS|Mill Lane]]
Hexham
[[SI:UK_POSTCODE|NE46 3RT]]

3 April 2024

Dear [[S|Hana]],

Re: Your request for support

Thank you for speaking with me and [[U|Mr Gebremedhin]] on 28 March. I was sorry to hear that your brother, [[R|Dawit Tesfaye]], has been pressing you to send money to contacts abroad, and that your sister [[R|Meron Tesfaye]] has shared your address with him.

Your tutor, [[P|Dr Faith Kiplagat]], has agreed extensions for both [[NEG|Week 10]] assignments. I have every [[NEG|faith]] that you can finish the year well.

If [[R|Dawit]] contacts the university, staff have been told not to confirm any details. Please keep [[U|PC Lorna Baird]]'s number to hand: [[T:PHONE_NUMBER|0191 498 0562]]. [[R|Meron]] is welcome to attend future meetings if you wish.

Yours sincerely,

[[P|Imogen Strachan]]
Student Casework Lead

cc: [[P|Dr F. Kiplagat]]""",
    },
    {
        "id": "d26-letter-037",
        "kind": "letter",
        "subject": "Priya Raghunathan",
        "subject_aliases": [],
        "case_people": ["Hope Adair", "Vasanthi Raghunathan"],
        "text": """[[R|Mrs Vasanthi Raghunathan]]
[[T:STREET_ADDRESS|The Old Forge]]
[[T:STREET_ADDRESS|Pinfold Close]]
Leicester
[[T:UK_POSTCODE|LE2 8HW]]

14 May 2024

Dear [[R|Mrs Raghunathan]],

Re: [[S|Priya Raghunathan]], student number [[SI:STUDENT_NUMBER|21-338-560]]

Thank you for your letter of 2 May. I understand you are worried about [[S|Priya]]'s friendship with [[U|Ms Tamsin Kerr]] and the activist group [[NEG|Earth First Forever]]. As [[S|Priya]] is over 18, we cannot share details of her studies without her consent. I have, however, passed your concerns to her tutor, [[U|Mr Rajesh Pillai]], and to me as Prevent Lead.

You mention that your son [[R|Arjun]] received messages from [[T:SOCIAL_HANDLE|@tamsin_rewilds]]. As [[R|Arjun Raghunathan]] is 16, please raise this with his college directly. Your husband, [[R|Dr Raghunathan]], asked by phone whether [[S|Priya]] had missed exams; I'm afraid the same applies.

Yours sincerely,

[[P|Hope Adair]]
Prevent Lead, [[NEG|Northmoor Open University]]
[[T:EMAIL_ADDRESS|h.adair@northmoor.ac.uk]]""",
    },
    {
        "id": "d26-letter-038",
        "kind": "letter",
        "subject": "Connor Whitfield",
        "subject_aliases": [],
        "case_people": ["Marcus Ebdon", "Michelle Whitfield"],
        "text": """[[S|Connor Whitfield]]
[[SI:STREET_ADDRESS|Flat 6, Anchor Court, 112 Dock Road]]
Grimsby
[[SI:UK_POSTCODE|DN31 3LP]]

Dear [[S|Connor]],

Hardship Fund award — confidential

I am pleased to confirm an award of £650. Because your own account was frozen during the police enquiry into your stepfather, [[U|Lee Sandford]], your mother, [[R|Michelle Whitfield]], has agreed to receive the payment:

Account name: [[R|M. Whitfield]]
Sort code: [[T:UK_SORT_CODE|30-94-12]]
Account number: [[T:UK_BANK_ACCOUNT|55120834]]
IBAN: [[T:IBAN_CODE|GB63 LOYD 3094 1255 1208 34]]

Your own details on file, for reference only: NI number: [[SI:UK_NINO|BG 40 71 93 A]]; NHS number: [[SI:UK_NHS|982 636 3030]] (from your disability evidence).

Your brother [[R|Shane]] is welcome to attend the review with you, and [[R|Mrs Whitfield]] has asked to be copied into future letters; we will only do so with your written consent. Please contact [[U|Mrs Dawn Parfitt]] in Finance on [[T:PHONE_NUMBER|01472 496 330]] with any questions, or [[U|Dawn]]'s colleague [[U|Kelvin]] if she is away.

Yours sincerely,

[[P|Marcus Ebdon]]
Student Funding Manager""",
    },
]
