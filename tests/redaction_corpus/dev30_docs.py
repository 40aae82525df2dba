# ruff: noqa: E501
"""dev30: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d30-tutor-001",
        "kind": "tutor_report",
        "subject": "Róisín Brennan",
        "subject_aliases": ["Rosh"],
        "case_people": ["Declan Farrelly", "Aoife Brennan"],
        "text": """PERSONAL TUTOR CONCERN FORM – [[NEG|Faculty of Social Sciences]]
Student: [[S|Róisín Brennan]]   Student no.: [[SI:STUDENT_NUMBER|NMU-2219-4408]]
Module: [[NEG|SOC2104]] Criminology and Society, [[NEG|Week 6]]
Tutor: [[P|Declan Farrelly]]

In the live seminar on 14 November [[S|Róisín]] shared her screen while a channel run by a user called [[T:USERNAME|north_standard88]] was open; several peers reported it. [[S|Ms Brennan]] said her sister [[R|Aoife Brennan]] had sent the link and that "[[R|Aoife]] just finds it funny". Their mother, [[R|Mrs Brennan]], is the emergency contact on [[T:PHONE_NUMBER|+353 87 412 6630]].

Peer [[U|Saoirse Ní Chonaill]] messaged me afterwards, and classmate [[U|Marcus Whitlow]] emailed from [[T:EMAIL_ADDRESS|m.whitlow@student.nmou.ac.uk]]. I have not yet spoken to [[R|Fergal Brennan]], the older brother who pays [[S|Róisín]]'s fees.

I discussed the material with [[S|Rosh]] (her preferred name) in a 1:1; she was reflective and apologetic. Referred to [[U|Dr Tamsin Ogilvie]], Safeguarding Lead, for advice only.

Signed: [[P|D. Farrelly]]
Countersigned: [[U|TO]]   Date: 15/11/2024""",
    },
    {
        "id": "d30-tutor-002",
        "kind": "tutor_report",
        "subject": "Tomasz Wiśniewski",
        "subject_aliases": ["Tomek"],
        "case_people": ["Gareth Pryce-Jones"],
        "text": """PROGRESS REPORT – [[NEG|Level 5]] Computing
Student: [[S|Tomasz Wiśniewski]]   ID: [[SI:STUDENT_NUMBER|22107734]]   DOB: [[SI:DATE_OF_BIRTH|03/09/2001]]
Personal tutor: [[P|Gareth Pryce-Jones]]

[[S|Tomasz]] (everyone calls him [[S|Tomek]]) has submitted [[NEG|CMP2207]] coursework late twice. On a call on 2 October he said he works nights with his brother [[R|Paweł Wiśniewski]] at a depot near [[NEG|Daventry]]; [[R|Paweł]] collects him in a white Transit, [[T:UK_VEHICLE_REGISTRATION|KX19 RWO]].

Forum moderator [[U|Bethan Cadwaladr]] flagged a post in which [[S|Wiśniewski]] repeated slogans from the Telegram account [[T:SOCIAL_HANDLE|@polnoc_wolna]]. When I raised it, [[S|Mr Wiśniewski]] said it was something his father, [[R|Jerzy Wiśniewski]], had forwarded, and that [[R|Mr Wiśniewski]] senior "only reads that stuff". Classmate [[U|Kacper Zając]] confirmed [[S|Tomek]]'s account.

Actions: [[P|GPJ]] to check attendance; [[U|NE]] ([[U|Ngozi Eze]], Student Services) to offer hardship-fund advice; copy to [[U|Dr Iwan Roberts]].

Signed: [[P|G. Pryce-Jones]], 4 October 2024""",
    },
    {
        "id": "d30-tutor-003",
        "kind": "tutor_report",
        "subject": "Kwabena Owusu-Ansah",
        "subject_aliases": ["Kobby"],
        "case_people": ["Harriet Lomax", "Kojo Owusu-Ansah"],
        "text": """TUTOR CONCERN FORM
Student: [[S|Kwabena Owusu-Ansah]] – [[NEG|BSc Business Management]], [[NEG|Block 2]]
Student ID: [[SI:STUDENT_NUMBER|NMU-2031-7765]]   Mobile: [[SI:PHONE_NUMBER|07700 900418]]
Reported by: [[P|Harriet Lomax]], associate lecturer

On the module forum [[S|Kobby]] posted a link to [[T:URL|https://rumble.example.com/c/TrueSonsTV]] and wrote that "[[U|Tunde]] from the [[NEG|Leicester]] chapter" would explain more, giving [[U|Tunde]]'s number as [[T:PHONE_NUMBER|+44 (0) 7700 900 655]]. His cousin [[R|Kojo Owusu-Ansah]], also enrolled ([[T:STUDENT_NUMBER|NMU-2030-1182]]), says he warned [[S|Kwabena]] off the group weeks ago. Their aunt, [[R|Mrs Owusu-Ansah]], rang the Hub from [[T:PHONE_NUMBER|0116 496 0273]] asking for a call back.

I met [[S|Mr Owusu-Ansah]] on Teams and he agreed to remove the post. His study partner [[U|Precious Nwachukwu]] joined for part of the call and said [[R|Kojo]] had been "winding him up". [[NEG|Patience]] will be needed: he is under real financial strain.

Signed: [[P|H. Lomax]]
Reviewed: [[U|Prof. Alasdair Crichton]], Head of School ([[U|AC]])""",
    },
    {
        "id": "d30-tutor-004",
        "kind": "tutor_report",
        "subject": "Nguyễn Thị Lan",
        "subject_aliases": ["Lan", "Lana"],
        "case_people": ["Trần Quốc Bảo"],
        "text": """PERSONAL TUTOR NOTE – confidential
Student: [[S|Nguyễn Thị Lan]] ([[SI:STUDENT_NUMBER|21994410]]), known in class as [[S|Lana]]
Tutor: [[U|Ffion Hughes]]   Module: [[NEG|NUR1102]]

[[S|Lan]] stayed behind after the tutorial. She is worried about her brother, [[R|Nguyễn Văn Hùng]], who has been spending evenings with a man she knows only as "[[U|Anh Vinh]]". [[R|Hùng]] still lives with their mother, [[R|Mrs Nguyễn]], at [[T:STREET_ADDRESS|Flat 3, 41 Tenter Lane, Bradford]] [[T:UK_POSTCODE|BD3 8QT]], while [[S|Ms Nguyễn]] is in halls.

Her classmate [[P|Trần Quốc Bảo]] had seen [[R|Hùng]]'s TikTok, [[T:SOCIAL_HANDLE|@hung.ng.real]], sharing a speech by [[U|Đặng Văn Khoa]]. [[P|Bảo]] asked me not to name him to the family. Note: another student, [[R|Nguyễn Minh Châu]], is no relation and is not involved.

I gave [[S|Lan]] the [[NEG|Prevent]] information sheet and the number for [[U|Sister Mairéad Quinlan]] at the chaplaincy, [[T:PHONE_NUMBER|01274 496118]].

Signed: [[U|F. Hughes]]""",
    },
    {
        "id": "d30-tutor-005",
        "kind": "tutor_report",
        "subject": "Hope Adeyemi",
        "subject_aliases": [],
        "case_people": ["Olumide Bakare", "Rachel Sutcliffe"],
        "text": """END-OF-TERM TUTOR REPORT
Student: [[S|Hope Adeyemi]]  |  ID [[SI:STUDENT_NUMBER|NMU-2207-0391]]  |  VLE login [[SI:USERNAME|hadeyemi07]]
Module: [[NEG|EDU1010]] Foundations of Education

[[S|Hope]] engages well, but two matters arose. In the [[NEG|Week 9]] webinar her brother [[R|Tobi Adeyemi]] appeared on her camera and typed comments praising a speaker called "[[U|Brother Idris]]". Later [[S|Ms Adeyemi]] told me she had lost [[NEG|faith]] in mainstream politics since her mother, [[R|Mrs Adeyemi]], lost her job. An unrelated colleague, [[R|Dr Funmi Adeyemi]] in Chemistry, was copied into an earlier email by mistake and has been asked to delete it.

Peer mentors [[U|Faith Ogunleye]] and [[U|Grace Oduya]] have offered study sessions, and [[R|Tobi]] has been told not to use [[S|Hope]]'s account. I have every [[NEG|hope]] that she will finish the year well.

Signed: [[P|O. Bakare]]
Copied to: [[P|Rachel Sutcliffe]]; [[U|Will Danquah]], Student Support ([[T:EMAIL_ADDRESS|w.danquah@nmou.ac.uk]])""",
    },
    {
        "id": "d30-support-001",
        "kind": "support_log",
        "subject": "Ioana Popescu",
        "subject_aliases": ["Nuța"],
        "case_people": ["Kerry Ashdown"],
        "text": """WELLBEING LOG – [[S|Ioana Popescu]] ([[SI:STUDENT_NUMBER|23015528]])

02/10/2024 – Phone call. [[S|Ioana]] upset; her brother [[R|Mihai Popescu]] has moved in and keeps sharing videos from [[T:SOCIAL_HANDLE|@garda.neagra.uk]]. Advised on blocking. — [[P|KA]]

05/10/2024 – [[S|Ms Popescu]]'s mother, [[R|Elena Popescu]], emailed from [[T:EMAIL_ADDRESS|elena.popescu62@yahoo.ro]] asking us not to involve the police. Explained the limits of confidentiality. — [[P|K. Ashdown]]

09/10/2024 – [[S|Nuța]] (her family's name for her) attended drop-in with her friend [[U|Bogdan Ionescu]]. Mentioned that [[R|Mihai]]'s friend [[U|Sorin]] drives a silver Audi, [[T:UK_VEHICLE_REGISTRATION|WU67 HZN]]. — [[U|JT]]

12/10/2024 – Case discussed with [[U|Janet Tolley]] (Safeguarding). Counsellor [[U|Dr Anca Vasilescu]] will see [[S|Ioana]] on Thursday; her direct line is [[T:PHONE_NUMBER|020 7946 0812]]. — [[P|KA]]

15/10/2024 – No-show. Text sent to [[SI:PHONE_NUMBER|+44 7700 900266]]. [[R|Mrs Popescu]] rang later to say [[S|Ioana]] was asleep. — [[U|JT]]""",
    },
    {
        "id": "d30-support-002",
        "kind": "support_log",
        "subject": "Yusuf Demirtaş",
        "subject_aliases": ["Yuss"],
        "case_people": ["Kemal Demirtaş", "Bronwen Ellery"],
        "text": """STUDENT SUPPORT ENTRIES – [[S|Yusuf Demirtaş]]
NI number: [[SI:UK_NINO|BG 41 77 09 A]]   Student no.: [[SI:STUDENT_NUMBER|2304-5518]]

18 Jan 2025 – [[S|Yusuf]] phoned, distressed. His uncle [[R|Kemal Demirtaş]] wants him to quit and work at the family takeaway in [[NEG|Coventry]]. — [[P|BE]]

20 Jan 2025 – Email from cousin [[R|Çağrı Demirtaş]] <[[T:EMAIL_ADDRESS|cagri.dmrts@gmail.com]]>: worried [[S|Yuss]] is watching a preacher, [[U|Şükrü Yıldırım]], late at night. — [[U|İ. Karaca]]

22 Jan 2025 – Met [[S|Mr Demirtaş]] in person. He denied any interest in [[U|Yıldırım]] and said [[R|Çağrı]] "exaggerates". His uncle, [[R|Mr Demirtaş]], arrived uninvited and waited in reception. — [[P|B. Ellery]]

27 Jan 2025 – Friend [[U|Ayşe Kılıç]] shared screenshots from [[T:SOCIAL_HANDLE|@sukru_yol]]; forwarded to [[U|Dr Hamish Dunlop]], Prevent lead. — [[P|BE]]

30 Jan 2025 – [[S|Yusuf]] agreed to mentoring with [[U|Ozan]] from the Turkish Society. [[R|Kemal]] has been asked to contact [[U|İlkay Karaca]] rather than turn up. — [[U|IK]]""",
    },
    {
        "id": "d30-support-003",
        "kind": "support_log",
        "subject": "Farhan Chowdhury",
        "subject_aliases": [],
        "case_people": ["Meera Pathak"],
        "text": """WELLBEING AND SUPPORT LOG
Student: [[S|Farhan Chowdhury]]   Student no. [[SI:STUDENT_NUMBER|NMU-2118-6602]]   NHS no. [[SI:UK_NHS|485 777 3456]]

03/03/2025 – [[S|Farhan]] self-referred via the portal. Sleeping badly; says his sister [[R|Nusrat Chowdhury]] is "being watched" by people from a local committee. Advised GP. — [[U|LW]]

06/03/2025 – Call from [[R|Nusrat]] on [[T:PHONE_NUMBER|07700 900 583]]. She thinks [[S|Farhan]] is the one being pulled in, by an online gamer called [[T:USERNAME|DeenWarrior_77]]. — [[U|L. Whitcombe]]

10/03/2025 – Counselling intake with [[R|Dr Anwar Chowdhury]] (no relation; [[S|Mr Chowdhury]] was offered another counsellor and declined). — [[P|MP]]

14/03/2025 – [[S|Farhan]]'s flatmate [[U|Rezaul Karim]] reported shouting; their father, [[R|Mr Chowdhury]], had visited from [[NEG|Oldham]]. — [[P|M. Pathak]]

18/03/2025 – Strategy discussion with [[U|Sunita Goel]] and [[U|DS Carl Brereton]]. Outcome: no referral; continue support and review after Easter. [[U|Lydia Whitcombe]] to remain key worker. — [[U|LW]]""",
    },
    {
        "id": "d30-support-004",
        "kind": "support_log",
        "subject": "Grace Mthembu",
        "subject_aliases": ["Gracie"],
        "case_people": ["Tracy Walcott"],
        "text": """SUPPORT LOG — [[S|Grace Mthembu]]
DOB [[SI:DATE_OF_BIRTH|22 July 1999]]   ID [[SI:STUDENT_NUMBER|23300815]]

Mon 7 Apr – [[S|Grace]] asked for a two-week period of [[NEG|grace]] on [[NEG|HSC2003]]. Disclosed that her brother [[R|Sipho Mthembu]] had been arrested in [[NEG|Durban]] and the family WhatsApp is "full of anger". — [[P|TW]]

Wed 9 Apr – Mother [[R|Nomvula Mthembu]] called from South Africa, [[T:PHONE_NUMBER|+27 82 555 0143]], wanting updates. No information shared. — [[P|T. Walcott]]

Fri 11 Apr – [[S|Gracie]] (the name friends use) showed me messages from [[T:USERNAME|zulu_blood_90]] telling her to "stand with [[R|Sipho]]". Her housemate [[U|Lerato Khumalo]] is supportive. — [[U|R. Ashworth]]

Tue 15 Apr – Discussed with [[U|Rosalind Ashworth]]. [[S|Ms Mthembu]] is not considered at risk; extension approved by [[U|Mr Ebrahim]]. — [[P|TW]]

Thu 17 Apr – [[S|Grace]] called from [[SI:PHONE_NUMBER|07700900652]]; her cousin [[R|Themba Mthembu]] is collecting her for Easter. — [[P|TW]]""",
    },
    {
        "id": "d30-support-005",
        "kind": "support_log",
        "subject": "Liam McAllister",
        "subject_aliases": ["Macca"],
        "case_people": ["Rhona Sutherland"],
        "text": """STUDENT SUPPORT – CONTACT RECORD
Student: [[S|Liam McAllister]] ([[SI:STUDENT_NUMBER|NMU-1998-2040]])
Home: [[SI:STREET_ADDRESS|12 Glenbervie Crescent, Kirkcaldy]] [[SI:UK_POSTCODE|KY2 6RB]]

11.09.24 – Intake call. [[S|Liam]] (goes by [[S|Macca]] online) disclosed that his father, [[R|Mr McAllister]], posts on a far-right forum as [[T:USERNAME|ScotsFirst1314]]. — [[P|RS]]

13.09.24 – Note: tutor [[R|Fiona McAllister]] is unrelated; the case has moved to [[U|Dr Ruaridh Baird]] to avoid confusion. — [[P|R. Sutherland]]

17.09.24 – [[S|Mr McAllister]] emailed from [[SI:EMAIL_ADDRESS|liam.mcallister@student.nmou.ac.uk]] asking whether his dad could "get him in trouble". Reassured. — [[P|RS]]

20.09.24 – Sister [[R|Kirsty McAllister]] rang on [[T:PHONE_NUMBER|(01592) 496 771]]. [[R|Kirsty]] says [[S|Liam]] is fine and their dad is "just noise". — [[U|AB]]

24.09.24 – Reviewed with [[U|Ailsa Buchanan]] and [[U|Dr Baird]]. Closed; signposting only. — [[P|R. Sutherland]]""",
    },
    {
        "id": "d30-chat-001",
        "kind": "chat_export",
        "subject": "Mohammed Al-Rashid",
        "subject_aliases": ["Mo", "mo", "moe"],
        "case_people": ["Yasmin Darwish"],
        "text": """WhatsApp export – group "[[NEG|NMU Eng Yr2 Study]]"
[14/02/2025, 21:04] [[U|Zain K]]: anyone seen what [[S|mo]] put in the group last night
[14/02/2025, 21:05] [[P|Yasmin Darwish]]: @[[S|Mo]] delete it pls, [[U|dr lindqvist]] is in this chat lol
[14/02/2025, 21:05] [[U|Zain K]]: its from [[T:URL|https://t.me/ummah_front_uk/2291]]
[14/02/2025, 21:07] [[S|Mohammed Al-Rashid]]: thats my brother [[R|khalid]]'s link not mine
[14/02/2025, 21:07] [[S|Mohammed Al-Rashid]]: [[R|Khalid Al-Rashid]] uses my phone sometimes
[14/02/2025, 21:08] [[U|Ellie]] 🌸: @[[U|zain]] screenshot it before he deletes
[14/02/2025, 21:09] [[P|Yasmin Darwish]]: dont. tell [[U|farah]] to message [[S|moe]] privately
[14/02/2025, 21:10] [[T:PHONE_NUMBER|+44 7700 900731]]: is this the [[S|Al-Rashid]] from tuesdays lab?
[14/02/2025, 21:11] [[U|Farah Nasser]]: yes. @[[P|yas]] I'll do it
[14/02/2025, 21:12] [[S|Mohammed Al-Rashid]]: deleted. my uncle [[R|Tariq]] would kill me if [[R|Mr Al-Rashid]] saw this
[14/02/2025, 21:15] [[U|Dr Sven Lindqvist]]: Thanks all. [[S|Mohammed]], please email me tomorrow at [[T:EMAIL_ADDRESS|s.lindqvist@nmou.ac.uk]] and we will talk.
[14/02/2025, 21:16] [[U|Ellie]] 🌸: 😬
[14/02/2025, 21:18] [[U|Zain K]]: [[T:SOCIAL_HANDLE|@zain.k.builds]] on insta if anyone needs the notes""",
    },
    {
        "id": "d30-chat-002",
        "kind": "chat_export",
        "subject": "Jessica Thornbury",
        "subject_aliases": ["Jess", "jess"],
        "case_people": ["Dawn Ridley"],
        "text": """Microsoft Teams – chat export, [[NEG|PSY1001]] Study Group C
Participants: [[S|Jessica Thornbury]], [[P|Dawn Ridley]] (tutor), [[U|Kieran Boyce]], [[U|Aaliyah Osei]], [[U|Tom Harker]]

[09:12] [[P|Dawn Ridley]]: Morning all – [[NEG|Week 4]] reading is up.
[09:14] [[U|Kieran Boyce]]: has anyone heard from [[S|jess]]? she said she'd be up at [[NEG|dawn]] revising lol
[09:15] [[U|Aaliyah Osei]]: tell [[S|jess]] her sister [[R|amber]] was on tiktok again @[[U|kieran]]
[09:20] [[S|Jessica Thornbury]]: sorry!! [[R|amber]] took my laptop. she follows [[T:SOCIAL_HANDLE|@england.awake]] and was posting from my account [[SI:USERNAME|jthornbury3]]
[09:22] [[P|Dawn Ridley]]: Thanks [[S|Jess]]. I'll ring you on [[SI:PHONE_NUMBER|07700 900 119]] later today.
[09:23] [[U|Tom Harker]]: @[[S|Jess]] ur mum ([[R|Mrs Thornbury]]) messaged me on fb asking if ur ok
[09:25] [[P|Dawn Ridley]]: [[U|Tom]], please don't share family details in here. @[[U|Aaliyah]] can you send [[S|Thornbury]] the notes?
[09:26] [[U|Aaliyah Osei]]: yep. also [[R|Amber Thornbury]] added me on snap [[T:SOCIAL_HANDLE|@amberrr.t]] ??
[09:27] [[S|Jessica Thornbury]]: ignore her pls. [[R|Amber]]'s not even at uni
[09:29] [[U|Kieran Boyce]]: [[P|dawn]] can we do group 2 on thursday instead
[09:30] [[P|Dawn Ridley]]: Yes – thanks [[U|Kieran]].""",
    },
    {
        "id": "d30-chat-003",
        "kind": "chat_export",
        "subject": "Oleksandr Kovalenko",
        "subject_aliases": ["Sasha", "sasha"],
        "case_people": ["Philippa Grant"],
        "text": """VLE live-chat log – [[NEG|HIS2210]] Europe since 1989, room "Seminar 2"
Session IPs recorded: [[SI:USERNAME|okovalenko22]] [[SI:IP_ADDRESS|198.51.100.23]]; [[T:USERNAME|mbrzezinska]] [[T:IP_ADDRESS|198.51.100.88]]; [[T:USERNAME|tmcgrath]] [[T:IP_ADDRESS|2001:db8:1f70::9a:12]]

14:02 [[SI:USERNAME|okovalenko22]]: has the reading list changed?
14:03 [[T:USERNAME|mbrzezinska]]: no. [[S|sasha]] you said your sister was coming to the talk?
14:04 [[SI:USERNAME|okovalenko22]]: [[R|dasha]] yes, [[R|Daryna]] will bring [[U|Andriy]]
14:05 [[T:USERNAME|pgrant_tutor]] ([[P|Dr Philippa Grant]]): Reminder that guests must register first.
14:06 [[T:USERNAME|tmcgrath]]: @[[S|sasha]] is [[U|andriy]] the one from that telegram channel?
14:07 [[SI:USERNAME|okovalenko22]]: no he's [[R|Daryna Kovalenko]]'s boyfriend, calm down [[U|tom]]
14:08 [[T:USERNAME|mbrzezinska]]: the channel was [[T:URL|https://t.me/vilni_syny_ua]] btw
14:09 [[T:USERNAME|pgrant_tutor]]: [[S|Oleksandr]], [[U|Tomás]] – let's keep this respectful, please.
14:11 [[T:USERNAME|tmcgrath]]: sorry [[P|Dr Grant]]
14:12 [[T:USERNAME|mbrzezinska]]: [[U|Marta]] here, I can share my notes with [[S|Kovalenko]]
14:14 [[SI:USERNAME|okovalenko22]]: ty. my dad [[R|Mr Kovalenko]] wants to come too, is that ok
14:15 [[T:USERNAME|pgrant_tutor]]: Register him on the form, [[S|Sasha]].""",
    },
    {
        "id": "d30-chat-004",
        "kind": "chat_export",
        "subject": "Zhang Wei",
        "subject_aliases": ["Wei", "David"],
        "case_people": ["Callum Reid"],
        "text": """Teams chat export – "[[NEG|MKT3005]] Group Project"
[10:01] [[S|Zhang, Wei]]: morning. [[R|Zhang Min]] is my cousin, she might join as a visitor
[10:02] [[R|Zhang, Lei]]: just to say I'm not related to [[S|David]] lol
[10:03] [[U|Nakamura, Yui]]: @[[S|David]] is your cousin the one who posted about the [[NEG|Spring Rally]]?
[10:04] [[S|Zhang, Wei]]: yes [[R|min]] shares stuff from [[T:SOCIAL_HANDLE|@huaxia_shield]] on weibo, I told her to stop
[10:05] [[P|Reid, Callum]] (Tutor): [[S|Wei]], thanks for flagging. Please don't invite [[R|Min]] to module sessions.
[10:06] [[U|Nakamura, Yui]]: ok. also [[U|bilal]] says the group doc link is broken
[10:07] [[R|Zhang, Lei]]: here [[T:URL|https://nmou-my.sharepoint.com/personal/l_zhang_nmou_ac_uk/doc42]]
[10:09] [[P|Reid, Callum]] (Tutor): Thanks [[R|Lei]]. [[S|Mr Zhang]], can we talk after? My number is [[T:PHONE_NUMBER|0131 496 0380]].
[10:10] [[S|Zhang, Wei]]: ok. my aunt [[R|Mrs Zhang]] is picking me up at 12 though
[10:11] [[U|Bilal Hussain]]: link works now ty [[R|lei]]
[10:12] [[U|Nakamura, Yui]]: [[U|yui]] out, see u thurs 👋
[10:13] [[P|Reid, Callum]] (Tutor): Thanks everyone. [[S|Wei]] – 11:30 then.""",
    },
    {
        "id": "d30-chat-005",
        "kind": "chat_export",
        "subject": "Summer Okafor",
        "subject_aliases": ["sum"],
        "case_people": ["Sunny Achebe"],
        "text": """WhatsApp export supplied by [[U|Kemi Adebayo]] – group "[[NEG|Summer School 2025]] 🎓"
[02/06/2025, 19:40] [[U|Kemi Adebayo]]: [[S|summer]] are you coming to the [[NEG|summer]] barbecue?
[02/06/2025, 19:41] [[S|Summer Okafor]]: cant, [[R|chidi]] has his car back [[T:UK_VEHICLE_REGISTRATION|LB21 UXM]] and won't lend it
[02/06/2025, 19:42] [[U|Nnamdi]]: ur brother [[R|Chidi]] was at that meeting in [[NEG|Peckham]] w [[U|Pastor Femi]] again
[02/06/2025, 19:43] [[S|Summer Okafor]]: not a church thing, its [[T:SOCIAL_HANDLE|@rise.ldn.collective]]'s meetup
[02/06/2025, 19:45] [[U|Kemi Adebayo]]: @[[U|nnamdi]] leave it. [[S|sum]] msg me privately
[02/06/2025, 19:47] [[T:PHONE_NUMBER|+44 20 7946 0533]]: This is [[R|Mrs Okafor]], [[S|Summer]]'s mum. Please stop discussing [[R|Chidi]] here.
[02/06/2025, 19:48] [[U|Nnamdi]]: sorry aunty
[02/06/2025, 19:50] [[P|Sunny Achebe]]: its meant to be [[NEG|sunny]] tmrw, come to the park [[S|Summer]]
[02/06/2025, 19:52] [[S|Summer Okafor]]: maybe. [[R|Ngozi Okafor]] (my cousin) might bring me
[02/06/2025, 19:53] [[U|Kemi Adebayo]]: [[P|sunny]] add [[U|tobe]] to the group pls, his number is [[T:PHONE_NUMBER|07700900 244]]
[02/06/2025, 19:55] [[P|Sunny Achebe]]: done 👍""",
    },
    {
        "id": "d30-email-001",
        "kind": "email",
        "subject": "Dafydd Pritchard",
        "subject_aliases": ["Daf"],
        "case_people": ["Eluned Parry"],
        "text": """From: [[P|Eluned Parry]] <[[T:EMAIL_ADDRESS|e.parry@nmou.ac.uk]]>
To: [[U|Gethin Morgan]] <[[T:EMAIL_ADDRESS|gethin.morgan@nmou.ac.uk]]>
Cc: [[U|Siân Rowlands]] <[[T:EMAIL_ADDRESS|s.rowlands@nmou.ac.uk]]>
Subject: [[S|Dafydd Pritchard]] – concern from [[NEG|HIS1004]] seminar

Hi [[U|Gethin]],

A quick note after today's seminar. [[S|Dafydd]] (he signs his posts "[[S|Daf]]") repeated claims from a YouTube channel run by [[T:SOCIAL_HANDLE|@CymruRydd_TV]]. His mother, [[R|Gwen Pritchard]], emailed me separately from [[T:EMAIL_ADDRESS|gwenpritch@btinternet.com]] to say she and her partner are worried; [[R|Mrs Pritchard]] also mentioned that [[S|Daf]]'s older brother [[R|Owain]] introduced him to the channel.

[[S|Mr Pritchard]] has always been courteous in class, and I do not think this meets the threshold, but [[U|Siân]] may want to log it. [[U|Rhodri Vaughan]] sits next to him in the live sessions and raised it first.

Thanks,
[[P|Eluned]]

--
[[P|Dr Eluned Parry]]
Associate Lecturer, History
[[NEG|Northmoor Open University]]
Tel: [[T:PHONE_NUMBER|029 2018 0447]] | [[T:EMAIL_ADDRESS|e.parry@nmou.ac.uk]]""",
    },
    {
        "id": "d30-email-002",
        "kind": "email",
        "subject": "Amina Warsame",
        "subject_aliases": [],
        "case_people": ["Hodan Ismail"],
        "text": """From: "[[P|Hodan Ismail]]" <[[T:EMAIL_ADDRESS|hodan.ismail@bristolyouthlink.org.uk]]>
To: [[U|Martin Threlfall]] <[[T:EMAIL_ADDRESS|m.threlfall@nmou.ac.uk]]>
Cc: [[U|Mustafe Duale]] <[[T:EMAIL_ADDRESS|mustafe.d@bristolyouthlink.org.uk]]>
Subject: RE: [[S|Amina]] – permission to share

Dear [[U|Martin]],

Thank you for your call on Friday. I have spoken to [[S|Amina Warsame]] and she is happy for me to share the following. Her brother, [[R|Abdirahman Warsame]], known locally as "[[R|Abdi Dheere]]", has been approached by a man called [[U|Liban]] outside the [[NEG|Easton]] community centre; [[U|Liban]] drives a blue Golf, [[T:UK_VEHICLE_REGISTRATION|WR14 OKD]]. [[S|Ms Warsame]] worries that [[R|Abdirahman]] will pass her details on. Their father, [[R|Mr Warsame]], does not know. [[S|Amina]]'s personal email is [[SI:EMAIL_ADDRESS|amina.w.2003@gmail.com]] if you need it.

I have copied my colleague [[U|Mustafe]], who runs the mentoring group.

Kind regards,
[[P|Hodan]]

--
[[P|Hodan Ismail]] | Family Support Worker
[[NEG|Bristol Youth Link]]
M: [[T:PHONE_NUMBER|07700 900 947]] | T: [[T:PHONE_NUMBER|0117 496 0625]]""",
    },
    {
        "id": "d30-email-003",
        "kind": "email",
        "subject": "Haruto Tanaka",
        "subject_aliases": [],
        "case_people": ["Joanne Whitfield"],
        "text": """From: [[P|Joanne Whitfield]] <[[T:EMAIL_ADDRESS|j.whitfield@nmou.ac.uk]]>
To: [[U|Imran Sadiq]] <[[T:EMAIL_ADDRESS|i.sadiq@nmou.ac.uk]]>
Subject: FW: Re: [[S|Haruto]] – message from his father
Date: 12 March 2025 16:02

[[U|Imran]] – forwarding below for the file. [[P|JW]]

---------- Forwarded message ---------
From: [[R|Kenji Tanaka]] <[[T:EMAIL_ADDRESS|k.tanaka1968@docomo.ne.jp]]>
To: [[P|Joanne Whitfield]] <[[T:EMAIL_ADDRESS|j.whitfield@nmou.ac.uk]]>
Date: 11 March 2025 23:47
Subject: Re: [[S|Haruto]]

Dear [[P|Ms Whitfield]],

I am [[S|Haruto]]'s father. My son told his mother, [[R|Tanaka Yumiko]], that a student called [[U|Ren Ishikawa]] sent him videos from [[T:URL|https://forum.example.jp/u/seinen_kesshi]]. [[S|Haruto Tanaka]] is a good boy. Please contact [[R|Yumiko]] on [[T:PHONE_NUMBER|+81 90-1234-5678]] as my English is weak.

Yours,
[[R|K. Tanaka]]

> On 10 March 2025, [[P|Joanne Whitfield]] wrote:
> Dear [[R|Mr Tanaka]], thank you for your email about [[S|Haruto]] ([[SI:STUDENT_NUMBER|NMU-2402-3371]]). I am not able to share details without his consent, but I have asked [[U|Dr Aiko Morimoto]] to contact him.
> Best wishes, [[P|Joanne]]""",
    },
    {
        "id": "d30-email-004",
        "kind": "email",
        "subject": "Beatriz Conceição Almeida",
        "subject_aliases": ["Bia"],
        "case_people": ["Peter Haldane"],
        "text": """From: [[U|Sofia Marques]] <[[T:EMAIL_ADDRESS|sofia.marques@nmou.ac.uk]]>
To: [[P|Peter Haldane]] <[[T:EMAIL_ADDRESS|p.haldane@nmou.ac.uk]]>
Cc: [[U|Ana Lúcia Ferreira]] <[[T:EMAIL_ADDRESS|alferreira@nmou.ac.uk]]>
Subject: Welfare check – [[S|Beatriz Conceição Almeida]] ([[SI:STUDENT_NUMBER|23118807]])

Dear [[P|Peter]],

I'm writing about [[S|Beatriz]], who asks to be called [[S|Bia]]. Her father, [[R|João Almeida]], phoned our [[NEG|Lisbon]] partner office insisting that [[S|Ms Almeida]] return home, and [[R|Mr Almeida]] has since emailed twice. She says her cousin [[R|Tiago Almeida]] runs an Instagram page, [[T:SOCIAL_HANDLE|@portugal.primeiro]], and has pressured her to distribute its leaflets.

The housing officer, [[U|Conceição Ribeiro]], confirms [[S|Bia]] has not been in her room since Tuesday. Her flatmate [[U|Inês Carvalho]] has a mobile number for her: [[SI:PHONE_NUMBER|+351 912 345 678]].

Could you call her today? [[U|Ana Lúcia]] can interpret if needed.

Thanks, [[U|Sofia]]

--
[[U|Sofia Marques]]
International Student Adviser
Tel: [[T:PHONE_NUMBER|+44 (0)1904 496 213]]
[[T:EMAIL_ADDRESS|sofia.marques@nmou.ac.uk]]""",
    },
    {
        "id": "d30-email-005",
        "kind": "email",
        "subject": "Priya Raghunathan",
        "subject_aliases": [],
        "case_people": ["Owen Caldicott"],
        "text": """From: [[S|Priya Raghunathan]] <[[SI:EMAIL_ADDRESS|p.raghunathan@student.nmou.ac.uk]]>
To: [[P|Dr Owen Caldicott]] <[[T:EMAIL_ADDRESS|o.caldicott@nmou.ac.uk]]>
Subject: my brother / the [[NEG|Prevent]] session

Dear [[P|Dr Caldicott]],

Sorry to email late. After the [[NEG|Prevent]] session today I realised I should mention my brother, [[R|Arjun Raghunathan]]. [[R|Arjun]] spends hours on a Discord server run by [[T:USERNAME|rakshak_88]] and keeps sending me their posts. Our father, [[R|Dr Raghunathan]], a GP in [[NEG|Leicester]], doesn't want me "causing trouble". My friend [[U|Kavya]] said I should tell you.

Thanks,
[[S|Priya]]

--
[[S|Priya R.]]
[[NEG|BSc Psychology]], Year 2
Mob: [[SI:PHONE_NUMBER|07700 900 314]]

----- Reply -----
From: [[P|Owen Caldicott]] <[[T:EMAIL_ADDRESS|o.caldicott@nmou.ac.uk]]>
To: [[S|Priya Raghunathan]]
Cc: [[U|Joy Pemberton]] <[[T:EMAIL_ADDRESS|joy.pemberton@nmou.ac.uk]]>

Hi [[S|Priya]], thank you – that was the right thing to do. I've copied [[U|Mrs Pemberton]] from Safeguarding, who will call you tomorrow. Nothing goes to [[R|Mrs Raghunathan]] or anyone at home without your say-so.

Best, [[P|Owen]]""",
    },
    {
        "id": "d30-minutes-001",
        "kind": "meeting_minutes",
        "subject": "Ahmad Zahir Sultani",
        "subject_aliases": ["Zahir"],
        "case_people": ["Rebecca Thwaite"],
        "text": """SAFEGUARDING CASE MEETING – MINUTES
Date: 6 May 2025, via Teams
Attendees: [[P|Dr Rebecca Thwaite]] (Chair, Designated Safeguarding Lead); [[U|Nasrin Habibi]] (Student Support); [[U|Mark Ellison]] (Personal Tutor); [[U|PC Gary Lightfoot]] (Prevent Officer, [[NEG|West Yorkshire Police]])
Apologies: [[U|Hamid Noori]] (Interpreter)
Minutes: [[U|Jodie Clegg]]

1. Background. [[P|RT]] summarised: [[S|Ahmad Zahir Sultani]] ([[SI:STUDENT_NUMBER|NMU-2205-9140]]) forwarded a video posted by [[T:SOCIAL_HANDLE|@khorasan_voice_uk]] to his cohort group. [[S|Zahir]] says he did not watch it.
2. Family. His older brother [[R|Farid Sultani]] is his carer; [[U|PC Lightfoot]] confirmed [[R|Farid]] has a previous conviction and gave his NI number as [[T:UK_NINO|GB 93 05 71 C]]. [[R|Mrs Sultani]] speaks Dari only.
3. Progress. [[U|ME]] said [[S|Mr Sultani]] is engaged and his [[NEG|marks]] are strong.

Actions:
- [[P|RT]] to call the student by Friday.
- [[U|GL]] to check the upload IP [[T:IP_ADDRESS|203.0.113.87]] logged against [[R|Farid]]'s account.
- [[U|NH]] to book [[U|Mr Noori]] for a family meeting with [[R|Mrs Sultani]].
- [[U|JC]] to circulate minutes to [[U|Mark]] and [[U|Nasrin]] only.""",
    },
    {
        "id": "d30-minutes-002",
        "kind": "meeting_minutes",
        "subject": "Dilan Barzinji",
        "subject_aliases": [],
        "case_people": ["Kamal Saeed"],
        "text": """MINUTES – Student Concern Panel, 3 April 2025
Present: [[U|Prof. Helen Ashby]] (Chair); [[P|Kamal Saeed]] (Faculty Safeguarding Officer); [[U|Ms Lowri Jenkins]] (Tutor); [[U|Sgt Paul Denholm]] (Police liaison)
Apologies: [[U|Dr Sozan Mahmoud]]
Minutes: [[U|Chloe Ruddock]]

Item 1 – [[S|Dilan Barzinji]]
[[P|KS]] reported that [[S|Dilan]] (DOB [[SI:DATE_OF_BIRTH|17.11.2002]]) has asked to pause her studies. Her brother [[R|Shvan Barzinji]] was detained in [[NEG|Erbil]] last month, and a cousin, [[R|Rêbaz Barzinji]], has been messaging her from [[T:PHONE_NUMBER|+964 750 123 4567]]. [[S|Ms Barzinji]] is frightened rather than sympathetic.

[[U|LJ]] noted that [[S|Dilan]]'s attendance dropped after [[NEG|Newroz]]. [[U|Sgt Denholm]] confirmed there is no police interest in [[S|Barzinji]] herself. [[U|Dr Mahmoud]] had sent written comments supporting a pause.

Item 2 – AOB: none.

Actions
[[P|KS]] to call the student on Monday.
[[U|HA]] to write to [[R|Mr Barzinji]] (father) only with [[S|Dilan]]'s consent.
[[U|CR]] to circulate minutes; [[P|Kamal]] to hold the file.""",
    },
    {
        "id": "d30-minutes-003",
        "kind": "meeting_minutes",
        "subject": "Andreas Georgiou",
        "subject_aliases": ["Andy"],
        "case_people": ["Nikos Stavrou", "Maria Georgiou"],
        "text": """MEETING NOTE – [[NEG|Prevent]] Multi-Agency Discussion, 28 January 2025
Attendees:
[[U|Dimitra Kalogeropoulou]] – Head of Student Wellbeing (chair)
[[P|Nikos Stavrou]] – Personal Tutor
[[U|Ms Precious Dube]] – Mental Health Adviser
[[U|DS Ian Rothwell]] – Counter Terrorism Policing
[[R|Maria Georgiou]] – sister (item 2 only)
Apologies: [[U|Mr Theo Charalambous]]
Minutes: [[U|Abigail Stott]]

1. [[U|DK]] opened. [[S|Andreas Georgiou]] ([[SI:STUDENT_NUMBER|22-8810-46]]) posted material on a gaming forum as [[SI:USERNAME|spartan_andy]]. [[U|DS Rothwell]] said the posts came from [[SI:IP_ADDRESS|2001:db8:ac10:fe01::3b]], the home broadband.
2. [[R|Maria]] said [[S|Andy]] has been isolated since their father, [[R|Kostas Georgiou]], moved back to [[NEG|Limassol]]. An unrelated student, [[R|Eleni Georgiou]], was wrongly tagged in one post.

Actions: [[P|NS]] to meet [[S|Andreas]] weekly; [[U|PD]] to offer counselling; [[U|IR]] to advise on the forum account; [[U|AS]] to send minutes to [[R|Ms Georgiou]] for item 2 only.""",
    },
    {
        "id": "d30-minutes-004",
        "kind": "meeting_minutes",
        "subject": "Mark Fairweather",
        "subject_aliases": [],
        "case_people": ["Bill Tranter"],
        "text": """MINUTES OF CONCERN REVIEW – 14 October 2024
Attendees: [[P|Bill Tranter]] (Chair); [[U|Joy Ashcroft]] (Disability Adviser); [[U|Rose Kettering]] (Tutor); [[U|Sunil Varma]] (IT Security)
Apologies: [[U|Dawn Holloway]]
Minutes: [[U|Will Archer]]

1. [[S|Mark Fairweather]] ([[SI:STUDENT_NUMBER|21087732]]). [[U|RK]] reported that [[S|Mark]] posted a manifesto extract on the [[NEG|ENV2010]] forum. [[U|SV]] said the post came from [[SI:IP_ADDRESS|198.51.100.47]], and a second account, [[T:USERNAME|fairweather_j]], belongs to his brother [[R|Jamie Fairweather]].
2. [[R|Mrs Fairweather]] has rung [[U|Joy]] twice. [[U|Joy]] will [[NEG|mark]] the file as sensitive. [[R|Dr Lyn Fairweather]] (Geography, no relation) is to be removed from the circulation list.
3. [[NEG|Will]] [[S|Mark]] be permitted to attend the residential? Agreed: yes, with a check-in plan.

Actions:
[[P|BT]] to write to [[S|Mr Fairweather]].
[[U|RK]] to call the student before Friday.
[[U|SV]] to preserve logs for both accounts.
[[U|WA]] to send the minutes to [[U|Dawn]].""",
    },
    {
        "id": "d30-minutes-005",
        "kind": "meeting_minutes",
        "subject": "Wanjiru Kamau",
        "subject_aliases": ["Shiru"],
        "case_people": ["Esther Njoroge", "Peter Kamau"],
        "text": """MINUTES – Wellbeing & Safeguarding Huddle, 19 February 2025
Present: [[U|Dr Adaeze Nnaji]] (Chair); [[P|Esther Njoroge]] (Student Adviser); [[U|Mr Kofi Boateng]] (Tutor); [[U|Hannah Lusk]] (minutes)
Apologies: [[U|Prof. Simon Aldred]]

[[S|Wanjiru Kamau]] ([[SI:STUDENT_NUMBER|NMU-2112-4479]])
[[P|EN]] reported that [[S|Wanjiru]] (friends call her [[S|Shiru]]) disclosed pressure from her husband, [[R|Peter Kamau]], to share videos from his brother's channel, [[T:URL|https://youtube.com/@GithinjiSpeaks]]. The brother, [[R|Githinji Kamau]], has also messaged her classmates. [[S|Mrs Kamau]] does not agree with the content and is frightened of [[R|Mr Kamau]]'s reaction if she refuses.

[[U|KB]] noted that her work on [[NEG|LAW2102]] remains good. [[U|Dr Nnaji]] suggested a domestic-abuse referral in parallel with any [[NEG|Prevent]] consideration. [[S|Wanjiru]] has asked that [[R|Peter]] not be contacted.

Actions
[[P|EN]] to call the student on Thursday from a withheld number.
[[U|KB]] to extend the [[NEG|LAW2102]] deadline.
[[U|AN]] to consult [[U|Prof. Aldred]].
[[U|HL]] to file the minutes.""",
    },
    {
        "id": "d30-chron-001",
        "kind": "case_chronology",
        "subject": "Patience Banda",
        "subject_aliases": [],
        "case_people": ["Sandra Millichip"],
        "text": """CASE CHRONOLOGY – [[S|Patience Banda]] ([[SI:STUDENT_NUMBER|NMU-2110-5523]])
Prepared by [[P|Sandra Millichip]], [[NEG|Student Safeguarding Team]]

04/09/2024 – [[S|Patience]] enrols on [[NEG|SWK1000]]; emergency contact is her aunt [[R|Chikondi Banda]], [[T:PHONE_NUMBER|07700 900 860]]. ([[P|S. Millichip]])
19/09/2024 – Tutor [[U|Joel Whitaker]] notes [[S|Ms Banda]] quoting a preacher, [[U|Prophet Elias Mwale]], on the forum. — [[U|JW]]
02/10/2024 – [[S|Banda]] tells Student Support that her cousin [[R|Mphatso Banda]] shares her login, [[SI:USERNAME|pbanda11]]. ([[P|S. Millichip]])
14/10/2024 – Forum account accessed from [[T:IP_ADDRESS|203.0.113.212]], traced by IT ([[U|Raj Bhatt]]) to [[R|Mphatso]]'s laptop. — [[U|RB]]
29/10/2024 – Meeting with [[S|Patience]] and [[U|Rev. Agnes Tembo]] as supporter. Password reset agreed; the chair asked for "[[NEG|patience]] and clear boundaries". ([[P|SM]])
11/11/2024 – [[R|Kelvin Banda]] (Estates, unrelated) was emailed in error; file access restricted. — [[U|JW]]
20/11/2024 – Closed after review with [[U|Joel]]. ([[P|S. Millichip]])""",
    },
    {
        "id": "d30-chron-002",
        "kind": "case_chronology",
        "subject": "Dawid Kowalczyk",
        "subject_aliases": [],
        "case_people": ["Simon Abernethy", "Marek Kowalczyk"],
        "text": """CHRONOLOGY OF CONCERNS
Subject: [[S|Dawid Kowalczyk]]   DOB: [[SI:DATE_OF_BIRTH|28/02/2000]]   NI: [[SI:UK_NINO|QQ 82 14 55 B]]

10 Jan 2025 – [[S|Dawid]] referred by [[P|Dr Simon Abernethy]] after an essay quoting the blog [[T:URL|https://krzysztof-nowicki.blog.example.pl]] at length. — [[P|SA]]
14 Jan 2025 – Brother [[R|Marek Kowalczyk]] calls, saying [[S|Dawid]] has "changed". [[R|Marek]] asks us not to tell their mother. ([[U|A. Zielonka]])
17 Jan 2025 – Campus security log a van, [[T:UK_VEHICLE_REGISTRATION|Y482 HFT]], registered to [[U|Krzysztof Nowicki]] of [[T:STREET_ADDRESS|Hawthorn Road, Corby]], dropping [[S|Mr Kowalczyk]] at the study centre. — [[U|AZ]]
21 Jan 2025 – [[R|Mrs Kowalczyk]] rings anyway, via [[T:PHONE_NUMBER|+48 601 234 567]]. No information given. ([[U|Agata Zielonka]])
29 Jan 2025 – [[U|PC Rhiannon Evans]] attends a consultation; no police action. — [[U|RE]]
03 Feb 2025 – [[S|Kowalczyk]] meets [[P|SA]], denies contact with [[U|Nowicki]]. Note: [[R|Aleksandra Kowalczyk]] (Nursing) is not related. — [[P|SA]]""",
    },
    {
        "id": "d30-chron-003",
        "kind": "case_chronology",
        "subject": "Alejandro Ruiz Ortega",
        "subject_aliases": ["Álex"],
        "case_people": ["Carmen Villalobos"],
        "text": """CASE CHRONOLOGY – [[S|Alejandro Ruiz Ortega]] ([[SI:STUDENT_NUMBER|2201-6634]]), known as [[S|Álex]]

03/02/2025 – Tutor [[P|Carmen Villalobos]] flags an essay by [[S|Álex]] praising a street group in [[NEG|Valencia]]. — [[P|CV]]
06/02/2025 – Sister [[R|Lucía Ruiz Ortega]] emails from [[T:EMAIL_ADDRESS|lucia.ruiz.o@hotmail.es]]: their father, [[R|Javier Ruiz]], is paying for [[S|Alejandro]] to travel to a rally. ([[U|M. Doyle]])
10/02/2025 – [[S|Mr Ruiz]] attends a meeting with [[U|Dr Ignacio Peña]] and produces his driving licence, [[SI:UK_DRIVING_LICENCE|RUIZ9905159AR9XT]], as ID. — [[U|IP]]
12/02/2025 – [[R|Sr. Ruiz]] rings from [[T:PHONE_NUMBER|+34 612 48 93 07]] demanding to know who contacted [[R|Lucía]]. No details given. ([[U|Maeve Doyle]])
18/02/2025 – [[S|Ruiz Ortega]] withdraws from the trip after talking to [[U|Father Tomás Egan]], chaplain. — [[P|CV]]
24/02/2025 – Security officer [[R|Marta Ruiz]] (no relation) logs that [[S|Alejandro]] collected his post. — [[U|IP]]
03/03/2025 – Review with [[P|Carmen]]: no further concern. ([[U|M. Doyle]])""",
    },
    {
        "id": "d30-chron-004",
        "kind": "case_chronology",
        "subject": "Chiara Bellandi",
        "subject_aliases": ["Chià"],
        "case_people": ["Lorenzo Gatti", "Matteo Bellandi"],
        "text": """CHRONOLOGY – [[S|Chiara Bellandi]]   Student no. [[SI:STUDENT_NUMBER|NMU-2301-0082]]
Fees account: sort code [[SI:UK_SORT_CODE|40-17-62]], account [[SI:UK_BANK_ACCOUNT|71234598]]

09/01/2025 – [[S|Chiara]] reports that her brother [[R|Matteo Bellandi]] has added her to a channel run by [[T:SOCIAL_HANDLE|@fiamma_nera_it]]. — [[U|RS]]
13/01/2025 – Fees part-paid from her mother's Italian account, IBAN [[T:IBAN_CODE|IT40 S054 2811 1010 0000 0748 219]]; [[R|Signora Bellandi]] asks for a receipt. ([[P|L. Gatti]])
20/01/2025 – [[S|Ms Bellandi]] meets [[P|Lorenzo Gatti]] and [[U|Roisin Sherlock]]. She says [[R|Matteo]] travels with [[U|Don Paolo Rinaldi]], a priest who disapproves of the channel. — [[U|RS]]
27/01/2025 – [[S|Chià]] (her signature on the forum) removes a repost. [[U|Francesca Lombardi]], a classmate, confirms. ([[P|L. Gatti]])
04/02/2025 – [[R|Matteo]] emails from [[T:EMAIL_ADDRESS|matteo.bellandi@libero.it]] asking us to "leave his sister alone". — [[U|RS]]
11/02/2025 – Closed. [[S|Bellandi]] to keep weekly contact with [[P|LG]]. ([[P|L. Gatti]])""",
    },
    {
        "id": "d30-chron-005",
        "kind": "case_chronology",
        "subject": "Rhys Llewellyn",
        "subject_aliases": [],
        "case_people": ["Nia Wyn Thomas"],
        "text": """CHRONOLOGY OF CONTACT – [[S|Rhys Llewellyn]]
Passport (ID check): [[SI:UK_PASSPORT|541288907]]   Student no.: [[SI:STUDENT_NUMBER|22004519]]

02.12.24 – [[S|Rhys]] tells tutor [[P|Nia Wyn Thomas]] that his father, [[R|Huw Llewellyn]], has been handing out leaflets in [[NEG|Merthyr]]. — [[P|NWT]]
05.12.24 – [[R|Mr Llewellyn]] turns up at the [[NEG|Cardiff]] study centre in a red pick-up, [[T:UK_VEHICLE_REGISTRATION|CP63 LWY]], and asks for [[S|Rhys]]'s timetable. Refused by [[U|Gavin Probert]]. — [[U|GP]]
06.12.24 – Sister [[R|Cerys Llewellyn]] phones on [[T:PHONE_NUMBER|07700 900 392]]: [[R|Cerys]] says [[S|Mr Llewellyn]] (the student) is "mortified". ([[P|N. W. Thomas]])
10.12.24 – [[U|Sgt Alun Bevan]] advises that [[R|Huw]] is known to police. — [[P|NWT]]
13.12.24 – [[S|Llewellyn]] meets [[U|Bethan Rees-Owen]] from Wellbeing; asks that post go to his own flat, not the family home. ([[U|B. Rees-Owen]])
19.12.24 – [[R|Mrs Llewellyn]] writes asking for an apology; [[U|Prof. Emrys Daniel]] replies. — [[U|ED]]
07.01.25 – Case reviewed, kept open. — [[P|NWT]]""",
    },
    {
        "id": "d30-incident-001",
        "kind": "incident_report",
        "subject": "Ciarán Doherty",
        "subject_aliases": [],
        "case_people": ["Gráinne Ní Bhriain"],
        "text": """INCIDENT REPORT – [[NEG|Ashgrove House]] exam centre, [[NEG|Belfast]]
Reporter: [[P|Gráinne Ní Bhriain]] (Invigilator), tel [[T:PHONE_NUMBER|028 9018 0562]]
Student: [[S|Ciarán Doherty]] ([[SI:STUDENT_NUMBER|NMU-2017-3306]])
Witnesses: [[U|Seán Ó Ceallaigh]] (invigilator); [[U|Orla Byrne]] (student); [[R|Niamh Doherty]] (student, no relation)
Police: [[U|PC Ruth Kerr]], PSNI

Account: At 14:20 [[S|Mr Doherty]] left the hall and began handing out leaflets in the car park beside a car, [[T:UK_VEHICLE_REGISTRATION|OIG 4827]], belonging to his brother [[R|Pádraig Doherty]]. [[R|Pádraig]] shouted at [[U|Seán]] when asked to move. [[S|Ciarán]] apologised and went back inside. [[U|Orla]] photographed the leaflet, which named a website registered to [[U|Declan Fee]], [[T:URL|https://declanfee-speaks.example.ie]].

[[U|PC Kerr]] attended at 15:05, spoke with both brothers, took the leaflets and noted [[R|Pádraig]]'s driving licence, [[T:UK_DRIVING_LICENCE|DOHER803125PD9KM]]. [[R|Mrs Doherty]] collected [[S|Ciarán]] at 15:40.

Reporter's note: [[R|Niamh]] was upset at being linked to the family by surname; I have reassured her.

Signed: [[P|G. Ní Bhriain]]""",
    },
    {
        "id": "d30-incident-002",
        "kind": "incident_report",
        "subject": "Bilal Qureshi",
        "subject_aliases": ["Bilal Q"],
        "case_people": ["Kathryn Ingledew"],
        "text": """INCIDENT REPORT – live webinar disruption
Reporter: [[P|Kathryn Ingledew]], Associate Lecturer
Date/time: 22/01/2025 19:35
Session: [[NEG|LAW1001]] live webinar, [[NEG|Room 3]]

During the webinar a participant shown as "[[S|Bilal Q]]" shared a slide with a banned group's logo. Platform logs give IP [[SI:IP_ADDRESS|192.0.2.146]] for [[S|Bilal Qureshi]] and [[T:IP_ADDRESS|2001:db8:9c2::41]] for a second login under the name "[[R|Hamza Qureshi]]", his brother. [[S|Bilal]] later said [[R|Hamza]] had taken over his laptop.

Witnesses: [[U|Leanne Fogarty]] (joined from [[T:IP_ADDRESS|198.51.100.201]]), [[U|Obinna Eze]], [[U|Mr Graham Lister]] (observer).
Police: [[U|DS Amir Latif]], Counter Terrorism Policing North West, ref [[NEG|CTP-NW-25-0117]].

Follow-up: [[R|Mrs Qureshi]] rang from [[T:PHONE_NUMBER|0161-496-0721]] to say [[R|Hamza]] is 17. [[S|Mr Qureshi]] was calm and cooperative; an unrelated [[R|Sana Qureshi]] on the same module asked to be moved to a different group.

Signed: [[P|K. Ingledew]]   Reviewed: [[U|Prof. Nadia Karimi]]""",
    },
    {
        "id": "d30-incident-003",
        "kind": "incident_report",
        "subject": "Sunny Chen",
        "subject_aliases": ["Chen Xiaoyang"],
        "case_people": ["Martin Gale", "Chen Hao"],
        "text": """INCIDENT REPORT – study centre car park, [[NEG|Milton Keynes]]
Reported by: [[P|Martin Gale]], Security Supervisor, tel. [[T:PHONE_NUMBER|01908 496027]]
Date: Saturday 17 May 2025, 16:10 – a [[NEG|sunny]] afternoon with the car park busy after exams.

Subject: [[S|Sunny Chen]] (registered as [[S|Chen Xiaoyang]]), student no. [[SI:STUDENT_NUMBER|NMU-2204-7781]].

What happened: [[S|Sunny]] was seen arguing with two men beside a black BMW, [[T:UK_VEHICLE_REGISTRATION|BF70 KZD]], driven by [[S|Mr Chen]]'s cousin [[R|Chen Hao]]. The passenger, later named by police as [[U|Lam Tsz-ho]] of [[T:STREET_ADDRESS|9 Fennel Close, Bletchley]], was filming on his phone. [[R|Hao]] drove off at speed, nearly striking [[U|Joy Meadows]], a visitor.

Witnesses: [[U|Joy Meadows]] ([[T:PHONE_NUMBER|07700 900 518]]; NHS no. [[T:UK_NHS|601 224 8873]], checked by paramedics); [[U|Rahul Dasgupta]] (student); [[R|Chen Yufei]] (staff, unrelated).

Police: [[U|PC Lisa Ackroyd]] and [[U|PC Gareth Jones]] (collar 4417) attended at 16:35. [[U|PC Ackroyd]] took a statement from [[S|Chen]]; [[R|Mrs Chen]] arrived at 17:00 to take him home.

Signed: [[P|M. Gale]]""",
    },
    {
        "id": "d30-incident-004",
        "kind": "incident_report",
        "subject": "Yonas Tesfaye",
        "subject_aliases": [],
        "case_people": ["Graham Nettleton"],
        "text": """INCIDENT REPORT FORM   Ref: [[NEG|IR-2025-0093]]
Reporter: [[P|Graham Nettleton]], Exam Centre Manager, [[T:PHONE_NUMBER|0161 496 0957]]
Student: [[S|Yonas Tesfaye]] ([[SI:STUDENT_NUMBER|NMU-2309-1176]]), DOB [[SI:DATE_OF_BIRTH|09/06/1998]]
Location: [[NEG|Langworthy House]], [[NEG|Salford]]

Summary: After the [[NEG|ENG2201]] exam on 3 June, [[S|Yonas]] was approached in the foyer by two men. One, later named by police as [[U|Dereje Alemu]] (DOB [[T:DATE_OF_BIRTH|14/02/1991]]), handed him a USB stick and a leaflet. [[S|Mr Tesfaye]] gave both to staff. His sister [[R|Hanna Tesfaye]] arrived to collect him and recognised the second man as "[[U|Abel]]". The men left in a grey Toyota, [[T:UK_VEHICLE_REGISTRATION|MA66 PLV]].

Witnesses: [[U|Selamawit Girma]] (student); [[U|Colin Pilling]] (invigilator); [[R|Meron Tesfaye]] (student, no relation).
Police: [[U|PC Kirsty Marland]] (collar 2281); [[U|DS Neil Ormerod]].

IT ([[U|Priyanka Desai]]) found the files were uploaded from [[T:IP_ADDRESS|203.0.113.9]]. [[R|Hanna]] asked that [[S|Tesfaye]] not be contacted at home.

Signed: [[P|G. Nettleton]]""",
    },
    {
        "id": "d30-incident-005",
        "kind": "incident_report",
        "subject": "Callum Fraser",
        "subject_aliases": ["Cal"],
        "case_people": ["Morag Kinnear", "Anjali Mistry"],
        "text": """INCIDENT REPORT – online threats
Reported by: [[P|Morag Kinnear]], Student Conduct Officer
Student: [[S|Callum Fraser]] ([[SI:STUDENT_NUMBER|21-0044-87]]), handle [[SI:SOCIAL_HANDLE|@cal_fraser_88]]

On 8 March [[S|Cal]] posted threats aimed at a fellow student, [[P|Anjali Mistry]] ([[T:SOCIAL_HANDLE|@anjalimistry]]), from IP [[SI:IP_ADDRESS|192.0.2.77]]. [[P|Ms Mistry]] reported that a pick-up, [[T:UK_VEHICLE_REGISTRATION|SN18 FXE]], registered to his father [[R|Alistair Fraser]], was parked outside her flat on [[T:STREET_ADDRESS|Marchmont Road]] that evening.

Witnesses: [[U|Euan Dalgleish]] (neighbour, [[T:PHONE_NUMBER|0131-496-0612]]); [[U|Kirsty Moffat]] (student).
Police: [[U|PC Stuart Grieve]], Police Scotland, incident [[NEG|PS-20250308-1147]].

[[S|Mr Fraser]] told [[P|MK]] that his wee brother [[R|Ewan]] uses the account too. [[R|Alistair]] phoned to complain about "harassment". Note: [[R|Dr Iona Fraser]], his former tutor, is unrelated and has been removed from the case.

Signed: [[P|M. Kinnear]]""",
    },
    {
        "id": "d30-letter-001",
        "kind": "letter",
        "subject": "Joy Mwangi",
        "subject_aliases": [],
        "case_people": ["Helena Markham"],
        "text": """[[NEG|Northmoor Open University]]
Student Safeguarding Team

[[S|Ms Joy Mwangi]]
[[SI:STREET_ADDRESS|Flat 12, Harcourt Court]]
[[SI:STREET_ADDRESS|88 Beaconsfield Road, Luton]]
[[SI:UK_POSTCODE|LU3 1PX]]

14 May 2025

Dear [[S|Joy]],

Thank you for meeting me and [[U|Dr Samuel Kiprono]] last week. It was a [[NEG|joy]] to hear how much you value the course.

As agreed, we will not contact your brother, [[R|Kariuki Mwangi]], or your mother, [[R|Mrs Mwangi]], about the posts. We have noted that [[R|Kariuki]] shared them from [[T:SOCIAL_HANDLE|@kariuki_truth254]] using your old laptop, and that [[U|Pastor Geoffrey Otieno]] has offered to speak with him.

If anyone else contacts you, including [[U|Mr Okello]] from the online group, please call me on [[T:PHONE_NUMBER|01632 960 731]] or email [[T:EMAIL_ADDRESS|h.markham@nmou.ac.uk]].

Yours sincerely,

[[P|Helena Markham]]
Designated Safeguarding Lead

cc [[U|Dr S. Kiprono]], Personal Tutor""",
    },
    {
        "id": "d30-letter-002",
        "kind": "letter",
        "subject": "Ewa Zielińska",
        "subject_aliases": [],
        "case_people": ["Colin Featherstone"],
        "text": """[[R|Mrs Agnieszka Zielińska]]
[[T:STREET_ADDRESS|Rosewood Cottage]]
[[T:STREET_ADDRESS|Church Lane, Little Hadham]]
[[T:UK_POSTCODE|SG11 2DU]]

3 February 2025

Dear [[R|Mrs Zielińska]],

Re: [[S|Ewa Zielińska]] – student number [[SI:STUDENT_NUMBER|2208-4417]]

Thank you for your letter. [[S|Ewa]] has consented to my replying to you. I can confirm that the man who contacted your younger daughter, [[R|Katarzyna Zielińska]], is not a member of staff. We have passed what we know about [[U|Łukasz Nowicki]] to [[U|DC Harriet Bowes]].

You asked for the overpaid fees to be refunded to you; this will go to sort code [[T:UK_SORT_CODE|30-94-57]], account [[T:UK_BANK_ACCOUNT|00418832]]. [[R|Kasia]] need not do anything further.

[[S|Ms Zielińska]] continues to meet her tutor, [[U|Dr Wojciech Sadowski]], weekly.

Yours sincerely,

[[P|Dr Colin Featherstone]]
Head of Student Casework
Tel: [[T:PHONE_NUMBER|01632 960 418]]""",
    },
    {
        "id": "d30-letter-003",
        "kind": "letter",
        "subject": "Mehmet Çelik",
        "subject_aliases": ["Memo"],
        "case_people": ["İbrahim Koç"],
        "text": """[[P|İbrahim Koç]]
[[T:STREET_ADDRESS|Flat B, 203 Stamford Hill, London]]
[[T:UK_POSTCODE|N16 5RG]]

Student Casework Team
[[NEG|Northmoor Open University]]

21 March 2025

Dear [[U|Ms Hargreaves]],

I write as a family friend and volunteer mentor to [[S|Mehmet Çelik]] ([[SI:STUDENT_NUMBER|NMU-2206-3390]]), whom we all call [[S|Memo]]. I understand a concern was raised after he shared a post by [[T:SOCIAL_HANDLE|@bozkurt_london]].

[[S|Mehmet]] is not involved with that account. It belongs to a friend of his older brother, [[R|Emre Çelik]]. [[R|Emre]] and their father, [[R|Mr Çelik]], have since spoken to him. [[S|Mr Çelik]] deleted the post within an hour. Please note that [[R|Şule Çelik]], who also studies with you, is not related.

[[U|Hacer Aydın]] at the [[NEG|Dalston]] community centre can confirm his volunteering. I can be reached on [[T:PHONE_NUMBER|020 7946 0291]] or [[T:EMAIL_ADDRESS|ibrahim.koc@mail.example.com]].

Yours sincerely,

[[P|İ. Koç]]""",
    },
    {
        "id": "d30-letter-004",
        "kind": "letter",
        "subject": "Thandiwe Dlamini",
        "subject_aliases": ["Thandi"],
        "case_people": ["Sibusiso Dlamini", "Jonathan Pell"],
        "text": """[[NEG|Northmoor Open University]] – Student Wellbeing

[[S|Miss Thandiwe Dlamini]]
[[SI:STREET_ADDRESS|Ivy House]]
[[SI:STREET_ADDRESS|Moor Lane, Clitheroe]]
[[SI:UK_POSTCODE|BB7 1AT]]

Your ref: [[NEG|WB/2025/311]]   NHS number: [[SI:UK_NHS|943 476 5919]]

Dear [[S|Thandi]],

Thank you for telling us about the messages from your cousin, [[R|Sibusiso Dlamini]]. We understand that [[R|Sibusiso]] and your uncle, [[R|Mr Dlamini]], want you to leave the course and move to [[NEG|Johannesburg]]. Your sister [[R|Busi]] has also written to us; we have not replied to her.

Your appointment is with [[U|Dr Nomsa Zulu]] at 10:00 on 2 June. [[U|Mrs Carol Entwistle]], your GP's link worker, will attend if you wish.

If [[R|Sibusiso]] contacts you from [[T:PHONE_NUMBER|+27 71 555 0198]] again, please save the messages.

With best wishes,

[[P|Jonathan Pell]]
Wellbeing Adviser
[[T:EMAIL_ADDRESS|j.pell@nmou.ac.uk]]""",
    },
    {
        "id": "d30-letter-005",
        "kind": "letter",
        "subject": "Fatima Zahra Haddad",
        "subject_aliases": ["Zahra"],
        "case_people": ["Youssef Haddad"],
        "text": """PRIVATE AND CONFIDENTIAL

[[R|Mr Youssef Haddad]]
[[T:STREET_ADDRESS|Apartment 7, Quayside Lofts]]
[[T:STREET_ADDRESS|58 Close Road, Newcastle upon Tyne]]
[[T:UK_POSTCODE|NE1 3RQ]]

9 April 2025

Dear [[R|Mr Haddad]],

Re: [[S|Fatima Zahra Haddad]], DOB [[SI:DATE_OF_BIRTH|05/12/2003]]

You are named as [[S|Zahra]]'s guarantor, and she has asked us to write to you. [[S|Ms Haddad]] tells us that her cousin, [[R|Rania Haddad]], has been sending her material from [[T:URL|https://rania-h.substack.example.com]] and has given her number to a man called [[U|Karim Benali]].

We have spoken with [[S|Fatima]] and with [[U|Imam Rachid El Idrissi]], who knows the family. [[R|Rania]]'s mother, [[R|Mrs Leila Haddad]], has not been contacted. Your own passport number, [[T:UK_PASSPORT|302918475]], is on the guarantor form; please tell us if it has changed.

Should you wish to discuss this, contact [[U|Ms Alison Tweddle]] on [[T:PHONE_NUMBER|0191 498 0335]].

Yours sincerely,

[[U|Dr Sarah Oyelaran]]
Head of Student Support""",
    },
]
