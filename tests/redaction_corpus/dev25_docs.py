# ruff: noqa: E501
"""dev25: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ tutor_report
    {
        "id": "d25-tutor-001",
        "kind": "tutor_report",
        "subject": "Oisín Ó Briain",
        "subject_aliases": ["Osh"],
        "case_people": ["Saoirse Ní Dhomhnaill", "Siobhán Ó Briain"],
        "text": """PERSONAL TUTOR CONCERN FORM — [[NEG|Northmoor Open University]]
Student: [[S|Oisín Ó Briain]] (known as [[S|Osh]])   Student no.: [[SI:STUDENT_NUMBER|NM-4471-208]]
Module: [[NEG|HIS213]] Modern Ireland   Tutor: [[P|Saoirse Ní Dhomhnaill]]

During the [[NEG|Week 6]] online seminar [[S|Mr Ó Briain]] shared a link to a forum thread ([[T:URL|https://boards.example.net/t/88213]]) started by a user called [[T:USERNAME|fiachra_88]], and said that "people like [[U|Dr Keane]] are the problem". Two classmates, [[U|Róisín Garvey]] and [[U|Cormac Lynch]], messaged me privately afterwards; [[U|Cormac]] said he felt uneasy.

I phoned [[S|Oisín]] the next day. He said his mother, [[R|Siobhán Ó Briain]], had been worried about him since his brother [[R|Pádraig]] moved to Glasgow. He gave [[R|Mrs Ó Briain]]'s mobile as [[T:PHONE_NUMBER|087 214 6630]]. I have not called her. I discussed the case with [[U|Declan Moffat]] (Safeguarding Lead) and he agreed a wellbeing check rather than a referral for now. [[S|Oisín]]'s engagement is otherwise good and I have real [[NEG|hope]] for his final essay.

Signed: [[P|S. Ní Dhomhnaill]]   Date: 14/03/2024""",
    },
    {
        "id": "d25-tutor-002",
        "kind": "tutor_report",
        "subject": "Wiktoria Zielińska",
        "subject_aliases": ["Wiki"],
        "case_people": ["Bartosz Nowicki"],
        "text": """PROGRESS REPORT — [[NEG|Level 5]] Social Work
Student: [[S|Wiktoria Zielińska]]   ID: [[SI:STUDENT_NUMBER|20417736]]   DOB: [[SI:DATE_OF_BIRTH|09/11/2002]]
Personal tutor: [[P|Bartosz Nowicki]]

[[S|Wiktoria]] has submitted three of four assignments for [[NEG|SWK202]]. In tutorial she talked at length about her older sister [[R|Natalia Zielińska]], who she says has "found answers" through an online group run by someone called [[U|Marek]]. [[S|Ms Zielińska]] showed me a Telegram channel, [[T:SOCIAL_HANDLE|@prawda_rodzina]], which [[R|Natalia]] follows. Their mother, [[R|Mrs Zielińska]], apparently asked [[S|Wiki]] to "keep an eye" on her sister.

[[S|Wiktoria]] is not expressing these views herself; she is worried. I suggested she speak to [[U|Patience Oduya]] in Student Wellbeing and copied [[U|Dr Halina Wróbel]], the module lead. [[U|Patience]] has capacity this week. A study partner, [[U|Faith Adjei]], has offered notes from the missed session; I told [[U|Faith]] to have [[NEG|patience]] with the portal, which is slow.

Signed: [[P|B.N.]] ([[P|Bartosz Nowicki]]), 22 January 2024""",
    },
    {
        "id": "d25-tutor-003",
        "kind": "tutor_report",
        "subject": "Kwame Boateng",
        "subject_aliases": ["Kwams"],
        "case_people": ["Efua Asante"],
        "text": """TUTOR CONCERN FORM
Student: [[S|Kwame Boateng]] ([[SI:STUDENT_NUMBER|NM-2290-517]])
Completed by: [[P|Efua Asante]], Associate Lecturer, [[NEG|BUS110]]
Line manager: [[U|Prof. Gareth Lyle]]

Concern: On the [[NEG|Unit 4]] discussion board [[S|Kwame]] posted a meme taken from the account [[T:SOCIAL_HANDLE|@true_patriot_uk77]] and tagged a fellow student, [[U|Will Harrington]]. [[U|Will]] asked him to take it down, which [[S|Mr Boateng]] did within the hour. He told me his cousin, [[R|Yaw Boateng]], had sent it to a family WhatsApp group as a joke and that his father, [[R|Mr Boateng]] senior, was angry about it.

Contact details on file: [[SI:PHONE_NUMBER|07700 900318]], [[SI:EMAIL_ADDRESS|k.boateng@students.northmoor.example]]. Emergency contact: [[R|Abena Boateng]] (aunt), [[T:PHONE_NUMBER|+44 20 7946 0194]]. Friends call him [[S|Kwams]].

Outcome: informal conversation, no referral. I [[NEG|will]] check in after [[NEG|Reading Week]]. [[U|Joy Tetteh]] from the Disability team is aware for unrelated reasons.

Signed: [[P|E. Asante]]
Countersigned: [[U|GL]]""",
    },
    {
        "id": "d25-tutor-004",
        "kind": "tutor_report",
        "subject": "Nguyễn Thị Lan",
        "subject_aliases": ["Lan", "Lana"],
        "case_people": ["Phạm Quốc Bảo"],
        "text": """PERSONAL TUTOR NOTE (confidential)
Student: [[S|Nguyễn Thị Lan]] — [[SI:STUDENT_NUMBER|NM-3318-042]]
Tutor: [[P|Phạm Quốc Bảo]]   Programme: [[NEG|BSc Computing]]

[[S|Lan]] asked to meet after the [[NEG|CMP301]] lab. She said a man she met through a gaming server, who goes by [[T:USERNAME|dragonfire_vn]], has been sending her long voice notes about "purity" and asking her to recruit others. She forwarded a screenshot showing the invite [[T:URL|https://discord.example.com/invite/x7Rq2]].

Her father, [[R|Nguyễn Văn Hùng]], does not know, and she asked me not to contact him or [[R|Mrs Nguyễn]]. Her younger brother [[R|Minh]] plays on the same server. [[S|Ms Nguyễn]]'s flatmate [[U|Summer Lowe]] was present for part of the conversation; [[U|Summer]] confirmed she had seen the messages.

I explained the limits of confidentiality and said I would speak to [[U|Hoàng Thu Trang]] (Deputy Safeguarding Lead). [[U|Trang]] and I agreed [[S|Lana]] should be offered a meeting with [[U|Dr Ingrid Solberg]] before the [[NEG|summer]] break.

Signed: [[P|P.Q. Bảo]], 5 June 2024""",
    },
    {
        "id": "d25-tutor-005",
        "kind": "tutor_report",
        "subject": "Emre Yıldız",
        "subject_aliases": ["Yıldo"],
        "case_people": ["Carys Pendleton", "Şule Yıldız"],
        "text": """PROGRESS AND CONCERN REVIEW
Student: [[S|Emre Yıldız]]   ID: [[SI:STUDENT_NUMBER|21093384]]
Reviewer: [[P|Carys Pendleton]], Personal Tutor

Academic: [[S|Emre]] passed [[NEG|ENG150]] with 64%. Attendance at live sessions fell in February.

Wellbeing/Prevent: On 12 February [[S|Mr Yıldız]] emailed me from a personal address, [[SI:EMAIL_ADDRESS|emreyildiz.34@mail.example.com]], asking whether the university "monitors" what students read. When we spoke he said his sister [[R|Şule Yıldız]] had been questioned by [[U|DS Lockhart]] about a protest in Leeds, and that his uncle [[R|Kemal Yıldız]] had told him to stop going to meetings. He named two friends who had been "arrested for nothing": [[U|Barış Koç]] and [[U|Murat Şahin]]. I could not verify this. [[S|Yıldo]], as his friends call him, was calm by the end.

Agreed: [[P|CP]] to share with [[U|Grace Oyelaran]] (Safeguarding). [[S|Emre]] to book a session with [[U|Mark Devlin]], Careers. [[NEG|Mark]] scheme for the resit to be confirmed. [[R|Şule]] not to be contacted.

Signed: [[P|C. Pendleton]]""",
    },
    # ------------------------------------------------------------------ support_log
    {
        "id": "d25-support-001",
        "kind": "support_log",
        "subject": "Hodan Warsame",
        "subject_aliases": ["Dodo"],
        "case_people": ["Lerato Khumalo"],
        "text": """STUDENT SUPPORT LOG — [[S|Hodan Warsame]] ([[SI:STUDENT_NUMBER|NM-1184-650]])

04/10/2023 — Initial wellbeing call. [[S|Hodan]] reports stress balancing study and caring for her mother, [[R|Mrs Warsame]] (NHS no. [[T:UK_NHS|632 118 9049]]). GP contact given. — [[P|LK]]

11/10/2023 — [[S|Hodan]] emailed to say her brother [[R|Abdirahman Warsame]] had been "taken in" by an online preacher and shared a link, [[T:URL|https://video.example.org/c/ustaadh-sahal]]. Passed to Safeguarding ([[U|Idris Farah]]). — [[P|LK]]

13/10/2023 — [[U|Idris Farah]] spoke to [[S|Ms Warsame]]. No concern about her own views. [[R|Abdirahman]] lives in Bristol; [[U|Idris]] advised her to contact the [[NEG|Bristol City Council]] Channel team. — [[U|IF]]

20/10/2023 — [[S|Hodan]] missed appointment. Left voicemail on [[SI:PHONE_NUMBER|07700 900 552]]. Her cousin [[R|Sahra Warsame]] rang back and said [[S|Dodo]] was at the hospital with [[R|Mrs Warsame]]. — [[U|K. Otieno]]

27/10/2023 — Extension agreed for [[NEG|SOC120]] TMA02 by [[U|Dr Bongani Zulu]]. — [[P|Lerato K.]]""",
    },
    {
        "id": "d25-support-002",
        "kind": "support_log",
        "subject": "Rhys Llewelyn",
        "subject_aliases": ["Rhysie"],
        "case_people": ["Bethan Morgan-Hughes", "Dafydd Llewelyn"],
        "text": """Wellbeing & Support Notes
Student: [[S|Rhys Llewelyn]]   DOB: [[SI:DATE_OF_BIRTH|17 May 2001]]   NHS no.: [[SI:UK_NHS|485 777 3457]]

2 Feb 2024: First contact. [[S|Rhys]] disclosed low mood since leaving the Army Reserve. Referred to counselling. — [[P|BMH]]
9 Feb 2024: Call with [[S|Rhys]] and his father [[R|Dafydd Llewelyn]] (consent recorded). [[R|Mr Llewelyn]] worried about "the lads he games with". [[S|Rhys]]'s Steam name is [[SI:USERNAME|cymro_rhys]]; his friend [[U|Gethin]] ([[T:USERNAME|g3thin_w]]) runs a Discord server. — [[P|BMH]]
15 Feb 2024: [[U|Ffion Jenkins]] (counsellor) reported [[S|Rhysie]] repeating language from a far-right podcast. Discussed with [[U|Huw Baptiste]], Prevent Lead. — [[P|Bethan M-H]]
22 Feb 2024: [[S|Rhys Llewelyn]] attended a Teams meeting. His sister [[R|Nia Llewelyn]] joined briefly to support him. He agreed to a Channel conversation if needed. — [[P|BMH]]
1 Mar 2024: [[U|Huw]] confirmed referral not needed at this stage; continued support. [[R|Dafydd]] updated by phone on [[T:PHONE_NUMBER|01970 612 448]]. [[R|Nia]] to be sent the carers' leaflet. — [[U|HB]]""",
    },
    {
        "id": "d25-support-003",
        "kind": "support_log",
        "subject": "Chen Jiahui",
        "subject_aliases": ["Jiahui", "Kelly"],
        "case_people": ["Tolu Bankole"],
        "text": """SUPPORT CASE NOTES
Name: [[S|Chen Jiahui]] (prefers [[S|Kelly]])   Student number: [[SI:STUDENT_NUMBER|NM-5520-913]]   DOB: [[SI:DATE_OF_BIRTH|30.08.2003]]

06/02/2024 [[S|Kelly]] came to the online drop-in. Feels isolated in Sheffield. Her uncle [[R|Chen Wei]] is her UK guardian. — [[P|T. Bankole]]
08/02/2024 International Office ([[U|Marguerite Delacroix-Hill]]) confirmed visa in order. — [[P|TB]]
14/02/2024 [[S|Jiahui]] reported WeChat messages from a contact called [[T:USERNAME|huaxia_shield]] demanding she report on classmates who attend [[NEG|Hong Kong Society]] events. She named classmates [[U|Ho Ka-yan]] and [[U|Lam Tsz-ching]] as targets. — [[P|TB]]
15/02/2024 Discussed with [[U|Dr Amara Lindqvist]]. Not a typical Prevent matter but a harassment and safeguarding concern; [[S|Ms Chen]] to be offered security advice. — [[P|TB]]
21/02/2024 [[R|Mr Chen]] (uncle) rang from [[T:PHONE_NUMBER|0114 496 0875]] asking for an update; told we could not share without [[S|Kelly]]'s consent. His wife [[R|Mrs Chen]] left a second message. An unrelated student, [[R|Chen Yutong]], was sent the callback note in error. — [[P|Tolu B.]]""",
    },
    {
        "id": "d25-support-004",
        "kind": "support_log",
        "subject": "Thandiwe Dlamini",
        "subject_aliases": ["Thandi"],
        "case_people": ["Ruairidh Campbell"],
        "text": """Student Support — running log
Student: [[S|Thandiwe Dlamini]]   Ref: [[NEG|SS-2024-0417]]   Student no.: [[SI:STUDENT_NUMBER|22817405]]

Mon 8 Apr — [[S|Thandi]] rang in distress. Her brother [[R|Sipho Dlamini]] had been arrested in Johannesburg; she has been reading "revenge" content online. Talked through grounding. — [[P|RC]]
Tue 9 Apr — [[S|Ms Dlamini]] forwarded posts from [[T:SOCIAL_HANDLE|@azania_rising_88]] asking if they were "true". Shared with [[U|Nomvula Khanyile]], Safeguarding. — [[P|R. Campbell]]
Thu 11 Apr — [[U|Nomvula]] and I met [[S|Thandiwe]] on Teams. Also present: her partner [[U|Precious Banda]]. [[U|Precious]] says [[S|Thandi]] is "not herself". — [[P|RC]]
Fri 12 Apr — Mother, [[R|Mrs Dlamini]], emailed from [[T:EMAIL_ADDRESS|n.dlamini@mail.example.co.za]]. She and [[R|Lindiwe]], [[S|Thandiwe]]'s sister, are flying over on the 20th. — [[P|RC]]
Mon 15 Apr — Mitigating circumstances approved by [[U|Prof. Hennie van der Berg]]. [[S|Thandiwe]] calmer and has stopped following the account. — [[P|Ruairidh]]""",
    },
    {
        "id": "d25-support-005",
        "kind": "support_log",
        "subject": "Andrei Popescu",
        "subject_aliases": ["Andi"],
        "case_people": ["Ioana Popescu", "Marisol Etxeberria"],
        "text": """WELLBEING ENTRIES — [[S|Andrei Popescu]] ([[SI:STUDENT_NUMBER|NM-0772-319]])

03.03.2024 — [[S|Andrei]] self-referred; says he cannot sleep. Lives with his aunt [[R|Ioana Popescu]] at [[SI:STREET_ADDRESS|Flat 4, 19 Rosary Road]], [[SI:UK_POSTCODE|NR1 4BX]]. — [[P|ME]]
07.03.2024 — [[R|Ioana]] phoned ([[T:PHONE_NUMBER|07700 900 817]]) worried [[S|Andi]] spends nights in a Telegram group run by [[T:USERNAME|lupul_dacic]]. She said [[S|Andrei]]'s cousin [[R|Mihai Popescu]] is in the same group. — [[P|Marisol E.]]
08.03.2024 — Screenshot received; the group shares antisemitic material. Escalated to [[U|Dr Yonatan Berkovich]] (Prevent Lead). — [[P|ME]]
12.03.2024 — Meeting with [[S|Mr Popescu]], [[U|Yonatan]] and interpreter [[U|Daria Munteanu]]. [[S|Andrei]] accepted a Channel referral and says [[R|Mihai]] introduced him. — [[U|YB]]
19.03.2024 — [[U|Sunny Akhtar]] (Mental Health Adviser) booked weekly calls. [[S|Andi]] said the [[NEG|sunny]] spell had helped and he is walking daily. [[R|Mrs Popescu]] thanked the team. — [[P|ME]]""",
    },
    # ------------------------------------------------------------------ chat_export
    {
        "id": "d25-chat-001",
        "kind": "chat_export",
        "subject": "Callum MacLeod",
        "subject_aliases": ["Cal"],
        "case_people": ["Isla Drummond"],
        "text": """Microsoft Teams export — [[NEG|GEO220]] Study Group 3 — exported 18/04/2024

[09:12] [[P|Isla Drummond]]: morning all, has anyone heard from [[S|cal]]?
[09:13] [[U|Fraser Kerr]]: he was on insta last night, [[SI:SOCIAL_HANDLE|@cal.macleod.1690]]
[09:13] [[U|Fraser Kerr]]: posting that stuff about "invaders" again
[09:15] [[U|Niamh Ferguson]]: @[[U|fraser]] not here pls
[09:16] [[P|Isla Drummond]]: @[[S|Callum MacLeod]] you ok?
[09:20] [[S|Callum MacLeod]]: fine. just saying what everyone thinks
[09:21] [[R|Kirsty MacLeod]]: not everyone [[S|cal]]. and before anyone asks, no relation
[09:22] [[U|Niamh Ferguson]]: his sister [[R|morag]] messaged me, said their dad [[R|Mr MacLeod]] took his phone off him at xmas
[09:24] [[U|Fraser Kerr]]: tell [[U|mr ahmed]]? he's our tutor
[09:25] [[P|Isla Drummond]]: I've emailed [[U|Dr Sutherland]] and [[U|hope]] from wellbeing
[09:26] [[U|Niamh Ferguson]]: [[NEG|hope]] he's ok tbh
[09:30] [[R|Ewan MacLeod]] joined the chat
[09:31] [[R|Ewan MacLeod]]: im his brother. he's on [[T:URL|https://forum.example.net/threads/scotland-first]] every night. pls dont report him
[09:33] [[P|Isla Drummond]]: @[[R|ewan]] we just want him safe x
[09:34] [[U|Fraser Kerr]]: [[R|morag]] and [[R|kirsty]] both in the other group btw""",
    },
    {
        "id": "d25-chat-002",
        "kind": "chat_export",
        "subject": "Farhan Chowdhury",
        "subject_aliases": ["Fazz"],
        "case_people": ["Rukhsana Begum"],
        "text": """WhatsApp Chat with "[[NEG|PHIL101]] gang" (exported by [[P|Rukhsana Begum]])

12/02/2024, 21:14 - [[P|Rukhsana Begum]]: did u lot see what [[S|fazz]] posted earlier
12/02/2024, 21:15 - [[U|Joel Adebayo]]: the video from that [[T:SOCIAL_HANDLE|@ummah_defenders]] account?
12/02/2024, 21:15 - [[U|Joel Adebayo]]: yh he deleted it
12/02/2024, 21:17 - [[S|Farhan Chowdhury]]: it was news not propaganda bro
12/02/2024, 21:18 - [[U|Bill Osei]]: [[S|farhan]] u literally said the tutor should be "dealt with"
12/02/2024, 21:20 - [[R|Nadia Chowdhury]]: [[S|Farhan]] this is ur sister. mum saw it. call home
12/02/2024, 21:21 - [[U|Bill Osei]]: lol [[R|nadia]] is in this chat??
12/02/2024, 21:22 - [[R|Nadia Chowdhury]]: [[P|rukhsana]] added me
12/02/2024, 21:24 - [[R|Sabbir Chowdhury]]: same surname not related 😂 but [[S|fazz]] pls chill
12/02/2024, 21:25 - [[S|Farhan Chowdhury]]: fine. deleting [[SI:SOCIAL_HANDLE|@farhan_c_1999]]
12/02/2024, 21:27 - [[U|Bill Osei]]: @[[R|sabbir]] ur dad is [[R|mr chowdhury]] from the mosque tho isnt he
12/02/2024, 21:28 - [[R|Sabbir Chowdhury]]: different one [[U|bill]] 🙄
12/02/2024, 21:30 - [[P|Rukhsana Begum]]: im telling [[U|ms okonjo]] tmrw, not to get u in trouble [[S|farhan]]
12/02/2024, 21:31 - [[U|Joel Adebayo]]: @[[U|bill]] stop laughing""",
    },
    {
        "id": "d25-chat-003",
        "kind": "chat_export",
        "subject": "Yuki Tanaka",
        "subject_aliases": ["Yu"],
        "case_people": ["Tadeusz Górski", "Haruto Tanaka"],
        "text": """VLE live chat log — [[NEG|JPN240]] Translation Workshop — 3 May 2024
Participants: [[P|Tadeusz Górski]] (tutor), [[S|Yuki Tanaka]] ([[SI:USERNAME|ytanaka22]]), [[R|Haruto Tanaka]] ([[T:USERNAME|htanaka_nm]]), [[U|Rose Achterberg]] ([[T:USERNAME|rachterberg]]), [[U|Kenji Mori]] ([[T:USERNAME|kmori01]])

19:02 [[P|Tadeusz Górski]]: Evening all. [[S|Yuki]], could you start?
19:03 [[SI:USERNAME|ytanaka22]]: before that can i share this [[T:URL|https://blog.example.jp/yamato-kokoro]]
19:04 [[T:USERNAME|htanaka_nm]]: lol no relation to [[S|yuki]] before anyone asks
19:04 [[T:USERNAME|rachterberg]]: isnt that the blog [[U|kenji]] reported last week?
19:05 [[T:USERNAME|kmori01]]: yes. it calls foreigners "pollution"
19:06 [[SI:USERNAME|ytanaka22]]: my grandfather [[R|Tanaka Isamu]] wrote for them. my mum [[R|Mrs Tanaka]] says it's just history
19:07 [[P|Tadeusz Górski]]: Let's take this offline. [[S|Ms Tanaka]], I'll message you.
19:08 [[T:USERNAME|rachterberg]]: @ [[P|tadeusz]] shall we tell [[U|dawn]] in wellbeing?
19:09 [[P|Tadeusz Górski]]: I'll handle it, thanks [[U|Rose]].
19:15 [[SI:USERNAME|ytanaka22]]: sorry everyone. [[U|dawn]] already emailed me at [[SI:EMAIL_ADDRESS|yuki.tanaka@students.northmoor.example]] anyway
19:16 [[T:USERNAME|kmori01]]: np [[S|yu]]
19:17 [[T:USERNAME|htanaka_nm]]: [[R|haruto]] out, see u thurs""",
    },
    {
        "id": "d25-chat-004",
        "kind": "chat_export",
        "subject": "Mariana Gonçalves",
        "subject_aliases": ["Mari"],
        "case_people": ["Joaquim Ferraz"],
        "text": """Teams chat export — "Year 2 Nursing Placement Chat" — 22/11/2023

[[P|Joaquim Ferraz]] 14:02
Has anyone seen [[S|Mari]]'s post on the placement board?

[[U|Dawn Heslop]] 14:03
yes. she reposted from [[T:SOCIAL_HANDLE|@verdade_lusitana]]. not ok.

[[S|Mariana Gonçalves]] 14:05
It's my dad's page actually. [[R|Rui Gonçalves]] runs it, I just share

[[U|Beatriz Sampaio]] 14:06
[[S|mari]] that page called [[U|Dr Osei-Tutu]] a "parasite"

[[S|Mariana Gonçalves]] 14:07
I know. my mum [[R|Mrs Gonçalves]] already had a go at him

[[R|Tiago Gonçalves]] 14:09
cousin here. pls leave her alone [[U|bia]]

[[U|Dawn Heslop]] 14:10
@[[P|joaquim]] you're the rep, can you flag to [[U|Precious]] in Placements?

[[P|Joaquim Ferraz]] 14:12
Will do. [[U|Precious Adu]]'s email is [[T:EMAIL_ADDRESS|p.adu@northmoor.example]]

[[S|Mariana Gonçalves]] 14:15
fine. I'll take it down. sorry [[U|dawn]]. and [[R|tiago]] stop""",
    },
    {
        "id": "d25-chat-005",
        "kind": "chat_export",
        "subject": "Bohdan Kovalenko",
        "subject_aliases": ["Bodya"],
        "case_people": ["Svitlana Hrytsenko"],
        "text": """WhatsApp export: "Engineering Foundation" (provided by [[P|Svitlana Hrytsenko]])

[03/06/24, 22:41:07] [[U|Lewis Thornbury]]: [[S|bodya]] u coming to the revision call?
[03/06/24, 22:43:12] [[S|Bohdan Kovalenko]]: cant. helping [[R|olena]] move
[03/06/24, 22:43:40] [[U|Lewis Thornbury]]: ur sister?
[03/06/24, 22:44:02] [[S|Bohdan Kovalenko]]: yes. [[R|Olena Kovalenko]] + my uncle [[R|Taras]]
[03/06/24, 22:50:19] [[P|Svitlana Hrytsenko]]: [[S|Bohdan]] can I ask about the thing u shared from [[T:SOCIAL_HANDLE|@stalevyi_kulak_ua]]? people are upset
[03/06/24, 22:51:33] [[U|Patience Ogunleye]]: @[[U|lewis]] did u screenshot it
[03/06/24, 22:52:10] [[U|Lewis Thornbury]]: yeah sent to [[U|mr reyes]] already
[03/06/24, 22:55:48] [[S|Bohdan Kovalenko]]: it was a joke. not real
[03/06/24, 22:56:30] [[U|Patience Ogunleye]]: i have [[NEG|patience]] but a joke about killing people isnt a joke
[03/06/24, 22:58:02] [[R|Dmytro Kovalenko]]: this is [[S|Bohdan]]'s dad on his phone. he will delete. thank you
[03/06/24, 23:01:19] [[P|Svitlana Hrytsenko]]: thanks [[R|Mr Kovalenko]]. [[S|bodya]] call me tmrw on [[T:PHONE_NUMBER|07700 900 683]], [[P|svit]] x
[03/06/24, 23:02:40] [[U|Lewis Thornbury]]: night [[U|patience]], night [[P|svitlana]]""",
    },
    # ------------------------------------------------------------------ email
    {
        "id": "d25-email-001",
        "kind": "email",
        "subject": "Amina Haidari",
        "subject_aliases": ["Mina"],
        "case_people": ["Zarghuna Safi"],
        "text": """From: [[P|Zarghuna Safi]] <[[T:EMAIL_ADDRESS|z.safi@northmoor.example]]>
To: [[U|Liam Coutts]] <[[T:EMAIL_ADDRESS|liam.coutts@northmoor.example]]>
Cc: Wellbeing Team <[[NEG|wellbeing@northmoor.example]]>
Subject: Student concern – [[S|Amina Haidari]] ([[SI:STUDENT_NUMBER|NM-6610-284]])

Hi [[U|Liam]],

Passing on a concern about [[S|Amina]] from my [[NEG|LAW105]] group. Yesterday [[S|Ms Haidari]] told me that her brother [[R|Farid Haidari]] has been pressuring her to leave the course, and that a man called [[U|Qari Nasratullah]] has been "teaching" him online. She is frightened, not sympathetic. Her father, [[R|Mr Haidari]], apparently supports [[R|Farid]].

[[S|Mina]] (she asked me to use this name) gave me a safe number: [[SI:PHONE_NUMBER|07700 900 461]]. Please don't use the one on SITS, which [[R|Farid]] can see.

I've also told [[U|Hope Kavanagh]] in Student Support. [[S|Amina]]'s friend [[U|Marzia Karimi]] is aware.

Thanks,
[[P|Zarghuna]]

--
[[P|Zarghuna Safi]]
Associate Lecturer, School of Law
[[T:PHONE_NUMBER|0161 496 0318]] | [[T:EMAIL_ADDRESS|z.safi@northmoor.example]]""",
    },
    {
        "id": "d25-email-002",
        "kind": "email",
        "subject": "Shilan Barzani",
        "subject_aliases": ["Shili"],
        "case_people": ["Alasdair Crichton", "Azad Barzani"],
        "text": """From: [[P|Alasdair Crichton]] <[[T:EMAIL_ADDRESS|a.crichton@northmoor.example]]>
Sent: 07 March 2024 10:42
To: [[U|Simisola Ade-Ojo]] <[[T:EMAIL_ADDRESS|s.adeojo@northmoor.example]]>
Subject: FW: [[S|Shilan]] – message from family

[[U|Simi]], see below. Not sure what to make of it. — [[P|A]]

---------- Forwarded message ---------
From: [[R|Azad Barzani]] <[[T:EMAIL_ADDRESS|azad.barzani@mail.example.com]]>
Date: 6 Mar 2024, 23:15
To: [[P|Alasdair Crichton]] <[[T:EMAIL_ADDRESS|a.crichton@northmoor.example]]>
Cc: [[R|Nasrin Barzani]] <[[T:EMAIL_ADDRESS|nasrin.b@mail.example.com]]>
Subject: my sister [[S|Shilan Barzani]]

Dear [[P|Mr Crichton]],

I am [[S|Shilan]]'s older brother. Our cousin [[R|Dilan Barzani]] says [[S|Shilan]] has been talking online to people from a group in Germany ([[T:URL|https://azadi-net.example.de/join]]). Our mother [[R|Mrs Barzani]] is very worried. [[S|Shili]] does not listen to me or to her friend [[U|Berfin Aydın]].

Please do not tell her I wrote. You can call me on [[T:PHONE_NUMBER|+44 7700 900 732]].

Regards,
[[R|Azad]]""",
    },
    {
        "id": "d25-email-003",
        "kind": "email",
        "subject": "Giorgos Papadopoulos",
        "subject_aliases": ["George"],
        "case_people": ["Ngozi Ekwueme"],
        "text": """From: [[P|Ngozi Ekwueme]] <[[T:EMAIL_ADDRESS|ngozi.ekwueme@northmoor.example]]>
To: Prevent Team <[[NEG|prevent@northmoor.example]]>
Cc: [[U|Bill Stavrou]] <[[T:EMAIL_ADDRESS|b.stavrou@northmoor.example]]>
Subject: Prevent query – [[S|G. Papadopoulos]], [[SI:STUDENT_NUMBER|23104477]]

Dear colleagues,

[[S|Giorgos Papadopoulos]] ([[S|George]]) has submitted a [[NEG|PHI230]] essay quoting a [[NEG|Golden Dawn]] website and ending with a call to "cleanse" Athens. [[S|Mr Papadopoulos]] says it was satire.

His brother [[R|Nikos Papadopoulos]] also studies here, and an unrelated [[R|Dr Stelios Papadopoulos]] teaches on the module, so please don't route this through him.

[[U|Bill]], could you check whether [[S|George]]'s earlier submissions were flagged? [[U|Mark Ellory]] marked them last year. [[S|Giorgos]]'s IP address at submission was [[SI:IP_ADDRESS|81.2.69.142]], the same as [[R|Nikos]]'s, which suggests a shared home.

Kind regards,
[[P|Ngozi]]

--
[[P|Dr Ngozi Ekwueme]]
Senior Lecturer in Philosophy
Tel: [[T:PHONE_NUMBER|(0113) 496 0277]]
[[T:EMAIL_ADDRESS|ngozi.ekwueme@northmoor.example]]""",
    },
    {
        "id": "d25-email-004",
        "kind": "email",
        "subject": "Precious Okafor",
        "subject_aliases": ["Presh"],
        "case_people": ["Hollie Marchbank", "Ikenna Okafor"],
        "text": """From: [[U|Dawit Haile]] <[[T:EMAIL_ADDRESS|dawit.haile@northmoor.example]]>
To: [[P|Hollie Marchbank]] <[[T:EMAIL_ADDRESS|h.marchbank@northmoor.example]]>
Date: Tue, 16 Jan 2024 16:05
Subject: Re: call with [[S|Precious]]'s family

Hi [[P|Hollie]],

Quick update after the call. [[S|Precious Okafor]] joined with her mother, [[R|Mrs Okafor]], and her uncle [[R|Chief Emeka Okafor]]. [[R|Emeka]] did most of the talking. He thinks [[S|Presh]]'s friend [[U|Blessing Nwosu]] introduced her to an online "study circle" led by [[U|Pastor Goodluck Ibe]] ([[T:URL|https://www.example-ng.org/circle/awaken]]). I saw nothing extremist, just intense. [[S|Ms Okafor]] said she has found [[NEG|faith]] and [[NEG|joy]] there. Her sister [[R|Chiamaka]] disagrees.

Emergency contact on file is [[R|Ikenna Okafor]], [[T:PHONE_NUMBER|07700 900 146]]; I think that's her father, though [[R|Mrs Okafor]] says he lives in Enugu now.

I'll write it up for [[U|Prof. Faith Sinclair]] by Friday.

Thanks,
[[U|Dawit]]

--
[[U|Dawit Haile]] | Student Support Adviser
[[T:PHONE_NUMBER|+44 (0)1904 567 212]]""",
    },
    {
        "id": "d25-email-005",
        "kind": "email",
        "subject": "Lucía Fernández",
        "subject_aliases": ["Lu"],
        "case_people": ["Graham Tulloch"],
        "text": """From: [[S|Lucía Fernández]] <[[SI:EMAIL_ADDRESS|lucia.fernandez@students.northmoor.example]]>
To: [[P|Graham Tulloch]] <[[T:EMAIL_ADDRESS|g.tulloch@northmoor.example]]>
Cc: [[R|Javier Fernández]] <[[T:EMAIL_ADDRESS|javi.fdez@mail.example.es]]>
Subject: Re: your comments in the [[NEG|SPA310]] forum

Dear [[P|Dr Tulloch]],

Thank you for your message. The post you removed was written by my cousin [[R|Javier]], who used my laptop while staying with me. He is the one who follows [[T:SOCIAL_HANDLE|@reconquista_hoy]], not me. My aunt, [[R|Mrs Fernández]], knows this, and my flatmate [[U|Valentina Greco]] saw him write it. I have copied him so he can confirm.

There is also a [[R|Pablo Fernández]] on the module, no relation, in case the names were confused.

I was upset that [[U|Mr Quayle]] mentioned my name in the seminar. My friend [[U|Rocío Delgado]] said everyone looked at me.

Best wishes,
[[S|Lucía]]

--
[[S|Lucía Fernández]] | [[SI:STUDENT_NUMBER|NM-8841-027]]
[[SI:PHONE_NUMBER|+34 612 345 678]]""",
    },
    # ------------------------------------------------------------------ meeting_minutes
    {
        "id": "d25-minutes-001",
        "kind": "meeting_minutes",
        "subject": "Grace Whitfield",
        "subject_aliases": ["Gracie"],
        "case_people": ["Obinna Chukwu", "Helena Marsh"],
        "text": """PREVENT CASE REVIEW — MINUTES
Date: 9 February 2024, 14:00, Teams
Present: [[P|Obinna Chukwu]] (Chair, Safeguarding Lead); [[P|Helena Marsh]] (Personal Tutor); [[U|Ravi Thangaraj]] (Student Support); [[U|Joy Ferreira]] (Disability Adviser)
Apologies: [[U|Prof. Alun Rees]]; [[U|Ms Kowalczyk]]
Minutes: [[U|Ravi Thangaraj]]

1. Background. [[S|Grace Whitfield]] ([[SI:STUDENT_NUMBER|NM-2046-118]]) was referred by [[P|HM]] after posts in the [[NEG|EDU140]] forum praising a mass shooter. [[S|Ms Whitfield]] lives with her father, [[R|Mr Whitfield]], and her brother [[R|Connor Whitfield]], who she says "showed her the videos".
2. Family. [[R|Connor]] is not a student. [[S|Grace]]'s mother, [[R|Lorraine Whitfield]], contacted [[P|OC]] by phone and is supportive.
3. Discussion. [[U|JF]] noted [[S|Gracie]] has an autism diagnosis; language may be repeated rather than held.
4. Actions:
 - [[P|OC]] to complete the Prevent referral form and notify [[U|DS Kaur]] at the regional Prevent team.
 - [[P|HM]] to meet [[S|Grace]] weekly.
 - [[U|RT]] to update the support plan.
 - [[U|JF]] to liaise with [[R|Mrs Whitfield]] on reasonable adjustments.""",
    },
    {
        "id": "d25-minutes-002",
        "kind": "meeting_minutes",
        "subject": "Wanjiru Kamau",
        "subject_aliases": ["Wanji"],
        "case_people": ["Beatrix Holloway"],
        "text": """Minutes — Student Concern Panel
Held: 28/05/2024, [[NEG|Room 2.14, Harrow Building]]
Attendees: [[P|Beatrix Holloway]] (Deputy Registrar, chair); [[U|Achieng Otieno]] (Personal Tutor); [[U|Sgt Paul Kirkby]] (Prevent Engagement Officer, [[NEG|West Yorkshire Police]]); [[U|Hamish Strachan]] (IT Security)
Apologies: [[U|Dr Mercy Wambui]]
Minutes: [[U|Hamish Strachan]]

Item 1. [[S|Wanjiru Kamau]], student number [[SI:STUDENT_NUMBER|NM-7315-602]]. [[U|AO]] reported that [[S|Ms Kamau]] had uploaded a document titled "Manual" to the VLE; [[U|HS]] traced the upload to [[SI:IP_ADDRESS|2001:db8:4a1c:9e::17]]. The file was later found to belong to her cousin [[R|Njoroge Kamau]].
Item 2. [[U|Sgt Kirkby]] advised that the cousin is known to police in another area.
Item 3. [[S|Wanji]]'s mother, [[R|Mumbi Kamau]], had called [[P|BH]] in tears.
Actions: [[U|AO]] to speak to [[S|Wanjiru]] on Friday. [[U|HS]] to preserve logs for [[T:IP_ADDRESS|203.0.113.58]] (the cousin's device). [[P|BH]] to write to [[R|Mrs Kamau]]. [[U|PK]] to check with colleagues about [[R|Njoroge]].""",
    },
    {
        "id": "d25-minutes-003",
        "kind": "meeting_minutes",
        "subject": "Hamza Al-Rashid",
        "subject_aliases": ["Hamz"],
        "case_people": ["Leticia Amoah", "Yusuf Al-Rashid"],
        "text": """MINUTES OF MEETING — Prevent Multi-Agency Check-in
Ref: [[NEG|PMA/24/031]]   Date: 12 Mar 2024
In attendance:
- [[P|Leticia Amoah]], Head of Student Welfare (Chair)
- [[U|PC Dale Harrower]], Neighbourhood Policing
- [[U|Farida Qasim]], Channel coordinator, [[NEG|Kirklees Council]]
- [[U|Mr Ieuan Bowen]], Personal Tutor
Apologies: [[U|Dr Shirin Kazemi]], [[U|Will Prentice]]
Minutes: [[U|Farida Qasim]]

[[S|Hamza Al-Rashid]] (DOB [[SI:DATE_OF_BIRTH|02/07/2003]]) attended the first ten minutes with his father, [[R|Yusuf Al-Rashid]]. [[R|Mr Al-Rashid]] explained that [[S|Hamza]]'s older brother [[R|Tariq]] was convicted in 2021 and the family feel "watched". [[S|Hamz]] said he condemns [[R|Tariq]]'s views. [[R|Tariq]]'s passport, [[T:UK_PASSPORT|802416637]], remains held by police.
[[U|PC Harrower]] confirmed no current police interest in [[S|Hamza]] himself.
[[U|IB]] reported [[S|Hamza]] is engaged and doing well in [[NEG|MAT201]].
Actions: [[P|LA]] to close the welfare concern. [[U|FQ]] to record "no further action". [[U|IB]] to check in with [[S|Hamza]] monthly.
Note: [[R|Layla Al-Rashid]] (no relation, [[NEG|Finance Office]]) must not have access to this file.""",
    },
    {
        "id": "d25-minutes-004",
        "kind": "meeting_minutes",
        "subject": "Priya Raghunathan",
        "subject_aliases": ["Pri"],
        "case_people": ["Eoghan Mac Lochlainn"],
        "text": """Safeguarding Sub-Group — Minutes
Date: 17 October 2023
Attendees: [[P|Eoghan Mac Lochlainn]] (Chair); [[U|Dr Lakshmi Iyer]] (Psychology); [[U|Bronwen Tudur]] (Student Support); [[U|Mr Okoth]] (Accommodation)
Apologies: [[U|Summer Blackwood]]
Minutes: taken by [[U|Bronwen Tudur]]

Minute 23/41 — [[S|Priya Raghunathan]] ([[SI:STUDENT_NUMBER|23-0061-45]]). [[U|LI]] raised a concern after [[S|Priya]] told a seminar that "some communities should be sent back". [[S|Ms Raghunathan]] later apologised by email.
Minute 23/42 — [[U|BT]] spoke to [[S|Pri]]. She disclosed that her brother [[R|Arjun Raghunathan]] recruits for an online nationalist group and that her mother [[R|Mrs Raghunathan]] asked her to help. [[R|Arjun]] posts as [[T:SOCIAL_HANDLE|@arjun_r_hyd]]; channel: [[T:URL|https://t.example.me/jagran_channel]].
Minute 23/43 — [[U|Mr Okoth]] confirmed [[S|Priya]]'s flatmate [[U|Dawn Ashby]] has asked to move rooms.
Actions: [[P|EML]] to refer to the Prevent Lead. [[U|LI]] to meet [[S|Priya]] with [[U|Bronwen]]. [[U|Mr Okoth]] to process [[U|Dawn]]'s request. Next meeting: 14 November 2023.""",
    },
    {
        "id": "d25-minutes-005",
        "kind": "meeting_minutes",
        "subject": "Matteo Russo",
        "subject_aliases": ["Teo"],
        "case_people": ["Kateryna Lysenko", "Giulia Russo"],
        "text": """TEAM MEETING NOTES — Student Casework
Thursday 25 April 2024
Attendees: [[P|Kateryna Lysenko]] – Case Manager; [[U|Domenico Ferrante]] – Tutor; [[U|Aisling Ní Mhurchú]] – Wellbeing; [[R|Alessandro Russo]] – IT Services (no relation; item 1 only)
Apologies: [[U|Bill Hetherington]]
Minutes: [[P|KL]]

1. IT. [[R|AR]] confirmed [[S|Matteo Russo]]'s VLE account ([[SI:USERNAME|mrusso04]]) was accessed from [[T:IP_ADDRESS|198.51.100.23]], a Milan address, while [[S|Matteo]] was in Norwich. [[R|Alessandro]] then left.
2. Family. [[S|Teo]]'s sister [[R|Giulia Russo]] emailed [[U|DF]] to say she used his login to read materials. [[R|Giulia]] added that their father, [[R|Mr Russo]], did not know.
3. Content. [[U|Aisling]] noted the pages accessed were [[NEG|HIS260]] readings on fascism, consistent with the module. [[S|Matteo]]'s own posts raise no concern.
Actions:
- [[U|DF]] to call [[S|Matteo]] on [[SI:PHONE_NUMBER|07700 900 274]].
- [[P|KL]] to write to [[R|Giulia]] about account sharing.
- [[U|ANM]] to close the wellbeing flag.""",
    },
    # ------------------------------------------------------------------ case_chronology
    {
        "id": "d25-chron-001",
        "kind": "case_chronology",
        "subject": "Kerem Çelik",
        "subject_aliases": ["Kero"],
        "case_people": ["Ayşe Çelik", "Nuala Brennan"],
        "text": """CASE CHRONOLOGY — [[S|Kerem Çelik]] (Student no. [[SI:STUDENT_NUMBER|NM-4409-731]])

02/11/2023 — Tutor [[P|Nuala Brennan]] notes [[S|Kerem]]'s forum posts sharing [[NEG|Grey Wolves]] imagery. — [[P|NB]]
06/11/2023 — [[S|Mr Çelik]] says the images came from a group chat run by his cousin [[R|Oğuz Çelik]]. ([[P|N. Brennan]])
09/11/2023 — Mother [[R|Ayşe Çelik]] phones from Istanbul on [[T:PHONE_NUMBER|+90 532 555 0147]]; asks the university to "keep [[S|Kero]] away from [[R|Oğuz]]". [[U|İpek Demirtaş]] interpreted. — [[P|NB]]
15/11/2023 — Referral screened by [[U|Dr Çağlar Yıldırım]]. — [[U|ÇY]]
20/11/2023 — [[S|Kerem]] meets [[U|Oliver Stanhope]] (Prevent Lead) with his friend [[U|Sinan Kılıç]]. Says he has left the chat. — [[U|OS]]
04/12/2023 — [[R|Mrs Çelik]] emails from [[T:EMAIL_ADDRESS|ayse.celik@mail.example.com.tr]] to thank staff. An unrelated student, [[R|Deniz Çelik]], was wrongly copied in; email recalled. ([[U|O. Stanhope]])
11/12/2023 — Case closed. [[S|Kerem]] continues with tutor support from [[P|Ms Brennan]]. — [[P|NB]]""",
    },
    {
        "id": "d25-chron-002",
        "kind": "case_chronology",
        "subject": "Folasade Adeyemi",
        "subject_aliases": ["Sade"],
        "case_people": ["Morwenna Tregear"],
        "text": """Chronology of events: [[S|Folasade Adeyemi]]
DOB: [[SI:DATE_OF_BIRTH|14/01/1999]]   NI number: [[SI:UK_NINO|NT 31 72 05 B]]

14 Sep 2023 – Enrolment. [[S|Sade]] lists her husband [[U|Kunle Bamidele]] as emergency contact. ([[P|M. Tregear]])
3 Oct 2023 – [[S|Ms Adeyemi]] tells [[U|Dr Hugh Penrose]] that her brother [[R|Tunde Adeyemi]] was detained at Heathrow. – [[U|HP]]
5 Oct 2023 – [[U|DC Imogen Strand]] (Counter Terrorism Policing) calls to ask whether [[S|Folasade]] is enrolled. Referred to [[P|MT]] for a data protection check. – [[U|HP]]
6 Oct 2023 – [[P|MT]] declines to share without a formal request. – [[P|MT]]
19 Oct 2023 – [[S|Sade]]'s sister [[R|Bisola Adeyemi]] emails from [[T:EMAIL_ADDRESS|bisola.adeyemi@mail.example.com]] asking for [[S|Folasade]] to be excused from exams. ([[P|M. Tregear]])
20 Oct 2023 – Extension granted by [[U|Prof. Kofi Asamoah-Lartey]]. – [[P|MT]]
2 Nov 2023 – Father, [[R|Mr Adeyemi]], writes to complain; reply by [[U|Hope Ojukwu]], Complaints. – [[U|HO]]
17 Nov 2023 – [[R|Tunde]] released without charge, per [[U|DC Strand]]. File closed. – [[P|MT]]""",
    },
    {
        "id": "d25-chron-003",
        "kind": "case_chronology",
        "subject": "Siân Pritchard",
        "subject_aliases": ["Sianny"],
        "case_people": ["Gwilym Rowlands"],
        "text": """CASE CHRONOLOGY
Subject: [[S|Siân Pritchard]]   Student ID: [[SI:STUDENT_NUMBER|21-4478-09]]   Driving licence: [[SI:UK_DRIVING_LICENCE|PRITC957248S99LK]]

12.01.24  [[S|Siân]] arrested at a protest outside an arms factory; released. University told by her mother, [[R|Eirlys Pritchard]]. ([[P|G. Rowlands]])
13.01.24  [[S|Ms Pritchard]] explains she joined through the account [[T:SOCIAL_HANDLE|@gweithredu_nawr]]. — [[P|GR]]
15.01.24  [[U|PC Lowri Vaughan]] contacts the university; car [[T:UK_VEHICLE_REGISTRATION|CU19 WRX]], registered to [[R|Gareth Pritchard]] (father), was at the scene. — [[P|GR]]
17.01.24  Discussion with [[U|Dr Anwen Tomos]] (Prevent Lead): not a Prevent matter; wellbeing support only. — [[U|AT]]
24.01.24  [[S|Sianny]] emails an apology to [[U|Precious Nkemelu]], seminar tutor, for missed classes. — [[P|GR]]
02.02.24  [[R|Mr Pritchard]] telephones about fees; referred to [[NEG|Student Finance Wales]]. — [[P|Gwilym R.]]
09.02.24  [[R|Cerys]] (sister) confirms [[S|Siân]] is back home in Aberystwyth. Case closed. — [[P|GR]]""",
    },
    {
        "id": "d25-chron-004",
        "kind": "case_chronology",
        "subject": "Karwan Rasul",
        "subject_aliases": ["Karo"],
        "case_people": ["Demelza Hoskins"],
        "text": """CHRONOLOGY — Prevent file [[NEG|PF-0198]]
Student: [[S|Karwan Rasul]] | ID [[SI:STUDENT_NUMBER|NM-9036-155]] | Mobile [[SI:PHONE_NUMBER|07700900629]]

2024-02-05  Referral from [[U|Fergus Abernethy]] (tutor) after [[S|Karwan]] shared an extremist nasheed in a lecture chat. — [[U|FA]]
2024-02-06  [[S|Karo]] says it was sent by his cousin [[R|Dilshad Rasul]], handle [[T:SOCIAL_HANDLE|@dilshad.r.krd]]. — [[U|FA]]
2024-02-08  Screening by [[P|Demelza Hoskins]]. [[R|Mr Rasul]] (father) called; he is "furious" with [[R|Dilshad]]. ([[P|D. Hoskins]])
2024-02-12  Meeting: [[S|Karwan]], [[P|DH]], interpreter [[U|Hêvî Zana]]. [[S|Karwan]] remorseful; says he did not watch the video. — [[P|DH]]
2024-02-14  [[R|Dilshad]] spoken to by [[U|DS Aoife Kinsella]]. — [[P|DH]]
2024-02-20  [[S|Karwan]]'s sister [[R|Shno Rasul]] emails thanks from [[T:EMAIL_ADDRESS|shno.rasul@mail.example.com]]. — [[P|DH]]
2024-03-01  Closed: no further action. [[S|Mr Rasul]] to continue with [[NEG|ARB102]]. — [[P|Demelza H.]]""",
    },
    {
        "id": "d25-chron-005",
        "kind": "case_chronology",
        "subject": "Trần Minh Khoa",
        "subject_aliases": ["Khoa", "Kevin"],
        "case_people": ["Léonie Marchetti"],
        "text": """Case chronology — [[S|Trần Minh Khoa]] ([[S|Kevin]])
Student number: [[SI:STUDENT_NUMBER|22093318]]; DOB [[SI:DATE_OF_BIRTH|3 March 2000]]; Passport [[SI:UK_PASSPORT|548120973]]

• 10 Jan 2024: [[S|Khoa]] reports a stranger, [[T:USERNAME|v1et_pride99]], messaging him on the forum about "ethnic war". — [[P|L. Marchetti]]
• 11 Jan 2024: [[U|Rashid Mahmood]] (IT) blocks the account; logged IP [[T:IP_ADDRESS|192.0.2.211]]. — [[U|RM]]
• 15 Jan 2024: [[S|Mr Trần]] says his mother [[R|Trần Thị Hoa]] received similar messages. — [[P|LM]]
• 17 Jan 2024: [[R|Mrs Trần]] visits the [[NEG|Leeds Hub]] with [[S|Kevin]]'s younger sister [[R|Trần Thu Hà]]; met by [[U|Lương Bảo Ngọc]]. — [[P|LM]]
• 24 Jan 2024: [[U|PC Wilf Arkwright]] advises the account is linked to a known troll. — [[P|LM]]
• 30 Jan 2024: [[S|Khoa]] and his friend [[U|Phan Đức Thịnh]] given digital safety advice by [[U|Ngọc]]. [[R|Hà]] to attend next session. ([[P|L. Marchetti]])""",
    },
    # ------------------------------------------------------------------ incident_report
    {
        "id": "d25-incident-001",
        "kind": "incident_report",
        "subject": "Liam Doherty",
        "subject_aliases": ["Dots"],
        "case_people": ["Thabo Mokoena", "Pádraig Doherty"],
        "text": """INCIDENT REPORT — [[NEG|IR-2024-0088]]
Date/time: 23/02/2024, 19:40   Location: [[NEG|Learning Centre, Carlisle Hub]]
Reported by: [[P|Thabo Mokoena]], Centre Supervisor, [[T:PHONE_NUMBER|01228 496 813]]
Student involved: [[S|Liam Doherty]] ([[SI:STUDENT_NUMBER|NM-3391-460]])

Description: [[S|Mr Doherty]] and his uncle [[R|Pádraig Doherty]] (DOB [[T:DATE_OF_BIRTH|11/09/1971]]) arrived in a grey Ford, reg. [[T:UK_VEHICLE_REGISTRATION|YD17 KNH]]. [[R|Pádraig]] handed out leaflets for a proscribed organisation while [[S|Liam]] hung a flag in the study area.
Witnesses: [[U|Caoimhe Brady]] (student, [[T:EMAIL_ADDRESS|c.brady@students.northmoor.example]]); [[U|Bill Ashcroft]] (security); [[U|Sunny Rahman]] (cleaner).
Police: [[U|PC Joanne Birtles]] and [[U|Sgt Meehan]] attended at 20:15.
[[U|Caoimhe]] says [[S|Dots]] seemed embarrassed. [[S|Liam]]'s sister [[R|Clodagh Doherty]] arrived to collect him and gave her number as [[T:PHONE_NUMBER|07700 900 905]].
Wi-Fi log: [[S|Liam]]'s laptop connected from [[SI:IP_ADDRESS|10.24.8.131]].

Signed: [[P|T. Mokoena]]""",
    },
    {
        "id": "d25-incident-002",
        "kind": "incident_report",
        "subject": "Yaroslav Shevchuk",
        "subject_aliases": ["Slava"],
        "case_people": ["Oksana Shevchuk", "Priyanka Deshmukh"],
        "text": """INCIDENT REPORT FORM
Reporter: [[P|Priyanka Deshmukh]] (Online Community Moderator)
Date of incident: 8 May 2024   Platform: [[NEG|NM-Learn]] forums
Student: [[S|Yaroslav Shevchuk]], username [[SI:USERNAME|yshevchuk]]

What happened: At 02:13 [[S|Slava]] posted a thread naming a Russian-speaking classmate, [[U|Artem Volkov]], and calling for him to be "dealt with". The post came from [[SI:IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]]. [[U|Hope Wainwright]] and [[U|Ilya Berman]] reported it within minutes.
Action: Post hidden by [[P|PD]]. [[U|Artem]] offered support by [[U|Eszter Nagy]].
Family: [[S|Mr Shevchuk]]'s mother, [[R|Oksana Shevchuk]], rang at 09:00; she says [[S|Yaroslav]] has not slept since his brother [[R|Andriy]] was killed near Bakhmut. [[R|Mrs Shevchuk]]'s number: [[T:PHONE_NUMBER|+380 67 123 4567]].
Police: not informed at this stage; [[U|DS Harriet Quigley]] (Prevent) consulted informally.
Other: an unrelated student, [[R|Maksym Shevchuk]], received messages in error; apology sent.

Completed by: [[P|Priyanka D.]]""",
    },
    {
        "id": "d25-incident-003",
        "kind": "incident_report",
        "subject": "Rose Ashworth",
        "subject_aliases": ["Rosie"],
        "case_people": ["Wojciech Kamiński"],
        "text": """SECURITY INCIDENT REPORT
Ref: [[NEG|SEC/0412]]   Site: [[NEG|Hollins Building]], Preston
Reporter: [[P|Wojciech Kamiński]], Security Officer

At 13:05 on 17 June 2024 a car, [[T:UK_VEHICLE_REGISTRATION|PN66 LUV]], parked across the entrance. The driver, [[R|Mr Ashworth]] (later confirmed as [[R|Keith Ashworth]], father of student [[S|Rose Ashworth]]), shouted that the university had "radicalised" his daughter. [[S|Rosie]] came out and asked him to leave. Her brother [[R|Jordan Ashworth]] was in the passenger seat.
Witnesses: [[U|Mark Ogden]] (receptionist); [[U|Faith Chikwanha]] (student); [[U|Dr Leonie Batt]] (lecturer).
Police: [[U|PC Sam Whitlow]] and [[U|PC Nadeem Akram]] attended at 13:30. [[R|Keith]] was given words of advice. [[R|Jordan]] drove off in a second car, [[T:UK_VEHICLE_REGISTRATION|BD51 SMR]].
[[S|Ms Ashworth]] later told [[U|Faith]] she has joined an environmental group and her dad calls it "terrorism". Her contact: [[SI:EMAIL_ADDRESS|rose.ash@mail.example.com]]. A [[NEG|rose]] bed by the door was damaged.

Signed: [[P|W. Kamiński]]""",
    },
    {
        "id": "d25-incident-004",
        "kind": "incident_report",
        "subject": "Bilal Qureshi",
        "subject_aliases": ["Billy Q"],
        "case_people": ["Imran Qureshi", "Eilidh Monro"],
        "text": """ONLINE INCIDENT REPORT
Reported by: [[P|Eilidh Monro]], Digital Learning
Date: 30/01/2024
Student: [[S|Bilal Qureshi]] ([[SI:STUDENT_NUMBER|NM-6021-385]])

Summary: During a live [[NEG|POL150]] webinar a participant displayed as "[[S|billy q]]" posted a link to [[T:URL|http://caliphate-now.example.net/read]]. Logs show the session came from [[T:IP_ADDRESS|203.0.113.144]], the home broadband of [[R|Imran Qureshi]], [[S|Bilal]]'s older brother. [[S|Bilal]] says [[R|Imran]] used his login.
Witnesses: [[U|Dr Olumide Bakare]] (host), [[U|Will Fenwick]] and [[U|Grace Lim]] (students).
Follow-up: [[P|EM]] spoke to [[R|Mrs Qureshi]], who confirmed [[R|Imran]] and their cousin [[R|Zain Qureshi]] share the computer. [[U|Grace]] has since said she "will not feel safe" in class.
Police: [[U|DC Rhiannon Pugh]] informed by [[U|Dr Bakare]]. Crime ref [[NEG|CR-55120-24]].
Other IDs: [[R|Imran]]'s NI number was given as [[T:UK_NINO|KN 41 77 92 C]].

Signed: [[P|E. Monro]]""",
    },
    {
        "id": "d25-incident-005",
        "kind": "incident_report",
        "subject": "Wang Haoran",
        "subject_aliases": ["Harry"],
        "case_people": ["Ottilie Brandt"],
        "text": """INCIDENT REPORT — Residential Summer School
Date: 21/07/2024   Venue: [[NEG|Ashdown Hall]], Lancaster
Reporting officer: [[P|Ottilie Brandt]]
Student: [[S|Wang Haoran]] ([[S|Harry]]), [[SI:STUDENT_NUMBER|24-1182-37]]

At breakfast [[S|Haoran]] argued with [[U|Yasmin El-Sayed]] and accused her of "spying". [[U|Joy Whittaker]] intervened. [[S|Harry]] later said his cousin [[R|Wang Li]], also at the school, had told him some students were "foreign agents".
[[R|Wang Li]] arrived by car, [[T:UK_VEHICLE_REGISTRATION|MA70 HGZ]], with a friend, [[U|Dawn Liddle]]. An unrelated staff member, [[R|Wang Mei]] (catering), witnessed the argument.
Witnesses: [[U|Joy Whittaker]] ([[T:PHONE_NUMBER|07700 900 388]]); [[R|Ms Wang]] (catering); [[U|Mr Pieterse]] (porter).
Police: not called.
Follow-up: [[P|OB]] to call [[S|Haoran]]'s father, [[R|Wang Jun]], in Shanghai. [[S|Haoran]]'s laptop IP [[SI:IP_ADDRESS|172.16.40.9]] noted for a VLE access review. [[U|Yasmin]] has moved groups. The day ended in [[NEG|summer]] rain; all students accounted for.

Signed: [[P|O. Brandt]]""",
    },
    # ------------------------------------------------------------------ letter
    {
        "id": "d25-letter-001",
        "kind": "letter",
        "subject": "Dawn Fairbairn",
        "subject_aliases": ["Dawnie"],
        "case_people": ["Malcolm Guthrie"],
        "text": """[[NEG|Northmoor Open University]]
Student Support Services

[[S|Ms Dawn Fairbairn]]
[[SI:STREET_ADDRESS|Braeside Cottage]]
[[SI:STREET_ADDRESS|Glenburn Road]]
Kilmacolm
[[SI:UK_POSTCODE|PA13 4DN]]

12 March 2024

Dear [[S|Dawn]],

Following our meeting with your personal tutor, [[P|Mr Guthrie]], and [[U|Dr Seonaid Urquhart]] on 5 March, I write to confirm the outcome. We accept that the posts on [[SI:SOCIAL_HANDLE|@dawnfairbairn_x]] were made by your brother [[R|Kyle Fairbairn]], and your father [[R|Mr Fairbairn]]'s statement supported this.

No referral will be made. Please ask [[R|Kyle]] not to use your devices. Your mother, [[R|Mrs Fairbairn]], asked for a copy of this letter; we can only send it to her at [[T:STREET_ADDRESS|22 Ardgowan Street]], Greenock, [[T:UK_POSTCODE|PA16 8EP]], with your written consent.

If you want to talk, [[U|Hope Gilchrist]] in Wellbeing is on [[T:PHONE_NUMBER|01475 496 220]].

Yours sincerely,

[[U|Isobel Moncrieff]]
Head of Student Casework

cc [[P|Malcolm Guthrie]]; [[U|Dr S. Urquhart]]""",
    },
    {
        "id": "d25-letter-002",
        "kind": "letter",
        "subject": "Cristina Dumitrescu",
        "subject_aliases": ["Cris"],
        "case_people": ["Radu Dumitrescu", "Fenella Oakes"],
        "text": """[[R|Radu Dumitrescu]]
[[T:STREET_ADDRESS|Flat 2B, 118 Stapleton Road]]
Bristol
[[T:UK_POSTCODE|BS5 0PR]]

[[P|Ms Fenella Oakes]]
Safeguarding Lead
[[NEG|Northmoor Open University]]

3 April 2024

Dear [[P|Ms Oakes]],

I am the father of [[S|Cristina Dumitrescu]] (student number [[SI:STUDENT_NUMBER|NM-1550-862]]). My wife [[R|Elena Dumitrescu]] and I are very worried. Since January [[S|Cris]] spends her nights on a Telegram channel run by a man calling himself [[T:USERNAME|CapitanulVerde]]. She has stopped speaking to her grandmother, [[R|Maria Dumitrescu]], and to her best friend [[U|Alexandra Ionescu]].

Her cousin [[R|Vlad]] says [[S|Cristina]] now talks about "the Legion". I have sent screenshots to [[U|PC Bradley Tolland]]. Please also speak to her tutor, [[U|Dr Ionuț Stanciu]].

[[S|Cristina]]'s fees are paid from my account, sort code [[T:UK_SORT_CODE|30-94-57]], account number [[T:UK_BANK_ACCOUNT|51208836]], if you need to check.

Yours faithfully,

[[R|R. Dumitrescu]]
[[T:PHONE_NUMBER|0117 496 0541]]""",
    },
    {
        "id": "d25-letter-003",
        "kind": "letter",
        "subject": "Tendai Moyo",
        "subject_aliases": ["Tee"],
        "case_people": ["Kayode Adesanya"],
        "text": """Private and Confidential

[[S|Mr Tendai Moyo]]
[[SI:STREET_ADDRESS|The Old Forge]]
[[SI:STREET_ADDRESS|Church Lane]]
Little Snoring
[[SI:UK_POSTCODE|NR21 0AF]]

Our ref: [[NEG|KA/PRV/221]]   Student number: [[SI:STUDENT_NUMBER|23771046]]

14 May 2024

Dear [[S|Tendai]],

Thank you for meeting me and [[U|Ms Chipo Mutasa]] on 9 May. I understand the material on your phone was forwarded by your brother [[R|Farai Moyo]], and that your sister [[R|Rudo]] reported it out of concern.

Our Prevent Lead, [[U|Dr Everton Lashley]], agrees no referral is needed. We have written separately to [[R|Farai]], who is also a student here, at [[T:STREET_ADDRESS|Flat 9, Ransome Court]], [[T:UK_POSTCODE|IP3 9QL]].

Your hardship award will be paid to IBAN [[SI:IBAN_CODE|GB47 BARC 2037 1584 2961 05]]; [[U|Patience Ncube]] in Finance will confirm. Your grandmother, [[R|Mrs Sekai Moyo]], may ring [[U|Patience]] with questions if you consent.

Yours sincerely,

[[P|Kayode Adesanya]]
Student Casework Manager
[[T:EMAIL_ADDRESS|k.adesanya@northmoor.example]]""",
    },
    {
        "id": "d25-letter-004",
        "kind": "letter",
        "subject": "Sofia Georgiou",
        "subject_aliases": ["Sofi"],
        "case_people": ["Andreas Georgiou", "Imogen Tarrant"],
        "text": """[[R|Mr Andreas Georgiou]]
[[T:STREET_ADDRESS|Olive Grove House]]
[[T:STREET_ADDRESS|47 Wood Vale]]
London
[[T:UK_POSTCODE|N10 3DL]]

8 December 2023

Dear [[R|Mr Georgiou]],

Re: [[S|Sofia Georgiou]], DOB [[SI:DATE_OF_BIRTH|19/06/2004]]

Thank you for your letter of 30 November. I am sorry you heard first from [[U|Mrs Hadjikyriakou]], [[S|Sofia]]'s landlady, rather than from us.

[[S|Ms Georgiou]] met [[U|Dr Thanos Mavridis]] and me on 24 November about posts supporting a nationalist party. She consented to our speaking to you. Her brother [[R|Christos Georgiou]] was present. Despite the shared surname, [[R|Dr Petros Georgiou]] in Classics was not involved.

[[S|Sofi]] has engaged well and no referral has been made. To discuss, telephone me on [[T:PHONE_NUMBER|020 7946 0622]] or write to [[T:EMAIL_ADDRESS|i.tarrant@northmoor.example]].

With best wishes,

[[P|Imogen Tarrant]]
Deputy Safeguarding Lead

cc: [[U|Dr T. Mavridis]]; [[R|Mrs Georgiou]] (at [[S|Sofia]]'s request)""",
    },
    {
        "id": "d25-letter-005",
        "kind": "letter",
        "subject": "Rafael Oliveira",
        "subject_aliases": ["Rafa"],
        "case_people": ["Fernanda Oliveira", "Hollis Pemberton"],
        "text": """[[S|Rafael Oliveira]]
[[SI:STREET_ADDRESS|3 Tannery Row]]
Frome
[[SI:UK_POSTCODE|BA11 1RE]]

[[P|Mr Hollis Pemberton]]
Appeals Officer
[[NEG|Northmoor Open University]]

27 February 2024

Dear [[P|Mr Pemberton]],

Appeal against suspension — [[SI:STUDENT_NUMBER|NM-2734-519]]

I am appealing the decision of [[U|Prof. Adaeze Nwachukwu]]. The forum comments attributed to me were posted by my brother [[R|Bruno Oliveira]] while I was in hospital, as my mother [[R|Fernanda Oliveira]] can confirm. [[R|Bruno]] has admitted this to [[U|Dr Valéria Souza]].

My account name is [[SI:USERNAME|roliveira7]]; [[R|Bruno]]'s own handle is [[T:SOCIAL_HANDLE|@bruno_ol1veira]]. My friends [[U|Ciarán Ó Dálaigh]] and [[U|Bill Nkosi]] can also confirm. My NHS number, [[SI:UK_NHS|721 449 3861]], is given so you can check the admission with the ward.

Please write to me, not to [[R|Mrs Oliveira]], as she has been unwell.

Yours sincerely,

[[S|Rafael Oliveira]]
([[S|Rafa]])""",
    },
]
