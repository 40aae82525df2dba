# ruff: noqa: E501
"""dev19: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d19-tutor-siobhan",
        "kind": "tutor_report",
        "subject": "Siobhán Keane",
        "subject_aliases": ["Shiv"],
        "case_people": ["Karen Mensah", "Mark Dlamini"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "diacritics", "word_name", "labelled_id"],
        "text": """Personal tutor note: [[NEG|BSc Criminology and Social Policy]], Level 5
Tutor: [[P|Dr Karen Mensah]]
Student number: [[SI:STUDENT_NUMBER|2291-4470]]

[[S|Siobhán Keane]] ("[[S|Shiv]]" to her study group) joined the Tuesday seminar twenty minutes late again. In the breakout room she told [[U|Pádraig Ó Súilleabháin]] and [[U|Grace Adeyemi]] that her brother [[R|Cathal Keane]] keeps sending her clips from a channel at [[T:URL|https://vidshare.example/c/trueisles88]]. [[U|Grace]] said the clips were "properly nasty" and that [[U|Pádraig]] ([[T:USERNAME|padraig_os]]) had muted them.

[[S|Siobhán]]'s mother, [[R|Mrs Keane]], later rang the faculty office on [[T:PHONE_NUMBER|01632 960441]] asking that we leave [[R|Cathal]] out of any paperwork; she gave a second contact, [[T:EMAIL_ADDRESS|brid.keane@mailbox.example]]. [[NEG|Faith]] in the course team seems intact: [[S|Ms Keane]] says she wants to finish the module.

I discussed this with [[P|Mark Dlamini]] (Prevent lead) by phone. [[P|MD]] advised a welfare conversation first, with [[U|Aled Prosser]] ([[T:EMAIL_ADDRESS|a.prosser@example.ac.uk]]) from Student Support present. No referral at this stage; review after the [[NEG|Grace Hopper]] lecture week.

Signed: [[P|K. Mensah]]
""",
    },
    {
        "id": "d19-tutor-hang",
        "kind": "tutor_report",
        "subject": "Nguyễn Thị Hằng",
        "subject_aliases": ["Hằng", "Hang", "hang.nt"],
        "case_people": ["Rhys ap Gwilym"],
        "tags": ["same_surname_relative", "diacritics", "title", "signature", "labelled_id", "unissued_prefix"],
        "text": """PROGRESS REPORT (interim): [[NEG|MSc Data Science]], [[NEG|Bangor]] online cohort
Student: [[S|Nguyễn Thị Hằng]]    Student no. [[SI:STUDENT_NUMBER|77104238]]
Personal tutor: [[P|Rhys ap Gwilym]]

[[S|Hằng]] submitted both assessments on time and her marks are good. The concern arises from the forum, where the account [[SI:USERNAME|hang.nt]] reposted material first shared by [[T:USERNAME|phoenix_vn_1975]]. When asked, [[S|Ms Nguyễn]] said the account had been used by her cousin [[R|Nguyễn Văn Bình]] while he stayed with her in [[NEG|Cardiff]]. Her father, [[R|Mr Nguyễn]], confirmed by phone ([[T:PHONE_NUMBER|+44 7700 900318]]) that [[R|Bình]] had borrowed the laptop.

Module leader [[U|Dr Elin Vaughan]] ([[T:EMAIL_ADDRESS|e.vaughan@example.ac.uk]]) and librarian [[U|Huw Bevan]] both describe [[S|Hang]] as quiet and diligent. [[U|Elin]] noted that [[R|Bình]]'s own handle, [[T:SOCIAL_HANDLE|@binh.nv.real]], follows several of the same pages.

For the file, [[S|Hằng]] gave her NI number as [[SI:UK_NINO|QQ 12 34 56 C]]; [[U|Mr Bevan]] has asked Registry to check it. Action: [[P|RaG]] to meet [[S|Hằng]] with an interpreter, [[U|Trần Minh Khoa]] ([[T:PHONE_NUMBER|029 2018 0553]]), next week.

Signed: [[P|R. ap Gwilym]]
""",
    },
    {
        "id": "d19-tutor-kwabena",
        "kind": "tutor_report",
        "subject": "Kwabena Owusu-Ansah",
        "subject_aliases": ["Kobby", "kobby_oa"],
        "case_people": ["Will Thornbury", "Nadia Rahman"],
        "tags": ["same_surname_relative", "word_name", "title", "initials", "signature", "labelled_id"],
        "text": """Tutor concern form
Completed by: [[P|Will Thornbury]], associate lecturer, [[NEG|Foundation Year in Business]]
Student: [[S|Kwabena Owusu-Ansah]] ([[SI:STUDENT_NUMBER|OA-5530-12]])

On 3 March [[S|Kwabena]] posted in the module chat that people "[[NEG|will]] see what happens" at the open day. Classmates [[U|Joy Barrington]] and [[U|Ferhat Kaya]] screenshotted it and sent it to me. [[U|Joy]] added that [[S|Kobby]] ([[SI:USERNAME|kobby_oa]]) had been arguing online with a user called [[T:USERNAME|redline_dex]] ([[T:URL|https://forum.example/u/redline_dex]]).

I rang [[S|Mr Owusu-Ansah]] on the number we hold. His sister [[R|Abena Owusu-Ansah]] answered and said he was at work; she gave her own mobile, [[T:PHONE_NUMBER|07700 900 562]]. Their mother [[R|Mrs Owusu-Ansah]] later e-mailed from [[T:EMAIL_ADDRESS|akosua.oa@postbox.example]] to say [[S|Kwabena]] was embarrassed and had deleted the post.

I have shared this with [[P|Nadia Rahman]] (safeguarding). [[P|NR]] will decide whether it goes to the Prevent panel. [[U|Ferhat]] (mobile [[T:PHONE_NUMBER|07700 900 771]]) has asked not to be named to the student. [[NEG|Will]] update after the call.

Signed: [[P|W. Thornbury]]
""",
    },
    {
        "id": "d19-tutor-emre",
        "kind": "tutor_report",
        "subject": "Emre Yıldız",
        "subject_aliases": ["emreyldz"],
        "case_people": ["Çiğdem Aksoy"],
        "tags": ["same_surname_relative", "diacritics", "title", "initials", "signature", "labelled_id"],
        "text": """Personal-tutor notes: [[S|Emre Yıldız]], [[NEG|LLB Law (part-time)]]
Tutor: [[P|Dr Çiğdem Aksoy]]

12/02: [[S|Emre]] asked for an extension, citing family pressure. His older brother [[R|Barış Yıldız]] has moved in and, according to [[S|Emre]], "lectures him every night". I recorded a contact number for [[R|Barış]]: [[T:PHONE_NUMBER|+44 (0)113 496 0731]].

19/02: seminar tutor [[U|Selin Öztürk]] flagged that [[S|Mr Yıldız]] shared a link in the group chat, [[T:URL|http://haber-kanal.example/video/4471]], which she thinks is extremist. Fellow student [[U|Şükrü Doğan]] confirmed he saw it before it was removed by [[U|Tom Ashworth]] (moderator, [[T:EMAIL_ADDRESS|t.ashworth@example.ac.uk]]).

26/02: spoke with [[S|Emre]]. He said his uncle, also [[R|Mr Yıldız]], sent it to the family WhatsApp and he forwarded it without watching. He gave the uncle's e-mail as [[T:EMAIL_ADDRESS|k.yildiz58@webpost.example]]. [[S|Emre]]'s own handle is [[SI:USERNAME|emreyldz]].

Discussed with [[U|Ben Okoro]] (Prevent coordinator, [[T:PHONE_NUMBER|0113 496 0119]]). [[P|ÇA]] to follow up with [[U|Selin]] and [[U|Şükrü]]; no further action unless something new comes in.

— [[P|Ç. Aksoy]]
""",
    },
    {
        "id": "d19-tutor-hamza",
        "kind": "tutor_report",
        "subject": "Hamza al-Rashidi",
        "subject_aliases": ["Hamz"],
        "case_people": ["Fiona Gallagher", "Kenji Mori"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "labelled_id", "word_name"],
        "text": """End-of-term progress report
Programme: [[NEG|BA International Relations]]   Tutor: [[P|Fiona Gallagher]]
Student: [[S|Hamza al-Rashidi]]   Student ID: [[SI:STUDENT_NUMBER|40021977]]

Academic progress is satisfactory. [[S|Hamza]] contributes well in seminars led by [[P|Dr Kenji Mori]], though [[P|Dr Mori]] reports that in week 8 [[S|Mr al-Rashidi]] argued heatedly with [[U|Patience Nwosu]] about a proscribed group. [[U|Patience]] felt intimidated and told [[U|Hope Carrington]], the student rep ([[T:EMAIL_ADDRESS|hope.carrington@su.example.org]]).

[[S|Hamza]]'s father, [[R|Dr Tariq al-Rashidi]], wrote in from [[T:EMAIL_ADDRESS|t.alrashidi@clinicmail.example]] asking to be kept informed. I explained that [[S|Hamza]] is an adult. His sister [[R|Layla al-Rashidi]], also a student here, later told me that [[S|Hamz]] had been "winding people up" and meant no harm; [[R|Layla]] gave her number as [[T:PHONE_NUMBER|07700900845]].

[[U|Hope]] has since reported a follower account, [[T:SOCIAL_HANDLE|@truth_seeker_uk77]], sending [[U|Patience]] messages from [[T:IP_ADDRESS|198.51.100.14]]; its link to [[S|Hamza]] is unconfirmed. [[P|KM]] and I will meet [[S|Hamza]] jointly. There is some hope this resolves informally.

Signed: [[P|F. Gallagher]]
""",
    },
    {
        "id": "d19-support-precious",
        "kind": "support_log",
        "subject": "Precious Moyo",
        "subject_aliases": ["Pre"],
        "case_people": ["Alison Bell", "Kieran Bell"],
        "tags": ["same_surname_relative", "word_name", "initials", "labelled_id", "unissued_prefix"],
        "text": """Student Support & Wellbeing: contact log
Student: [[S|Precious Moyo]]   Student no: [[SI:STUDENT_NUMBER|8830-1172]]

04/11 Phone call. [[S|Precious]] upset; says her cousin [[R|Tendai Moyo]] has been pushing leaflets from a group called [[NEG|Sons of the Soil Forum]] at church. Advised her of options. — [[P|AB]]
06/11 E-mail from [[S|Ms Moyo]]'s mother, [[R|Mrs Moyo]] ([[T:EMAIL_ADDRESS|ruvimoyo@homenet.example]]), worried about [[R|Tendai]]. Replied with general information only. — [[P|AB]]
09/11 Drop-in (online). [[S|Pre]] attended with friend [[U|Summer Okonkwo]] ([[T:USERNAME|summer.okonkwo]]). [[U|Summer]] showed a message from [[T:SOCIAL_HANDLE|@soil_sons_zw]] inviting [[S|Precious]] to a "study night" at an address in [[NEG|Leicester]]. Shared with [[P|Kieran Bell]] (Prevent SPOC, [[T:EMAIL_ADDRESS|k.bell@example.ac.uk]]). — [[P|A. Bell]]
12/11 [[P|KB]] rang [[R|Tendai]] on [[T:PHONE_NUMBER|07700 900 114]]; no answer. Voicemail left. — [[P|K. Bell]]
15/11 [[S|Precious]] reports [[R|Tendai]] has "backed off". Her brother [[R|Farai]] is now staying with her. She gave an NI number for the hardship form, [[SI:UK_NINO|BG 63 81 27 D]], which Finance ([[U|Dawn Petrie]]) says cannot be valid. — [[P|AB]]
""",
    },
    {
        "id": "d19-support-oksana",
        "kind": "support_log",
        "subject": "Oksana Kovalenko",
        "subject_aliases": ["Оксана Коваленко", "ksyu_k"],
        "case_people": ["Joanna Wróbel"],
        "tags": ["same_surname_relative", "initials", "labelled_id", "chat_lowercase", "diacritics"],
        "text": """Wellbeing entries: [[S|Oksana Kovalenko]] ([[S|Оксана Коваленко]]), [[NEG|Diploma in Health and Social Care]]

2 Feb. First contact. [[S|Oksana]] referred by tutor [[U|Gareth Lloyd]] after missing three tutorials. She lives with her sister [[R|Iryna Kovalenko]] and nephew [[R|Maksym]] in shared housing. — [[P|JW]]
9 Feb. [[S|Ms Kovalenko]] disclosed that a man in her building, [[U|Viktor Hnatyuk]], has been adding her to Telegram groups (one run by [[T:USERNAME|bilyi_vovk_88]]) with violent anti-migrant content. She left the groups. [[R|Iryna]] has kept screenshots. — [[P|J. Wróbel]]
13 Feb. [[R|Iryna Kovalenko]] rang from [[T:PHONE_NUMBER|+44 20 7946 0518]] to add that [[U|Hnatyuk]] drives a blue van, [[T:UK_VEHICLE_REGISTRATION|KX17 RWN]], and waits outside. Advised police contact; gave 101. — [[P|JW]]
16 Feb. Case discussed with [[U|Dr Marta Zielińska]] (Prevent lead). [[U|Marta]] suggests the concern sits with [[U|Hnatyuk]], not [[S|Oksana]]. Police contact: [[U|PC Darren Hale]], [[T:EMAIL_ADDRESS|darren.hale@police.example]]. — [[P|JW]]
20 Feb. [[S|Oksana]] calmer; her Telegram name is [[SI:USERNAME|ksyu_k]] and she has made it private. — [[P|Joanna Wróbel]]
""",
    },
    {
        "id": "d19-support-callum",
        "kind": "support_log",
        "subject": "Callum MacLeod",
        "subject_aliases": ["Cal"],
        "case_people": ["Morag Sinclair", "Tunde Bakare"],
        "tags": ["same_surname_relative", "title", "initials", "labelled_id", "word_name"],
        "text": """STUDENT SUPPORT LOG: CONFIDENTIAL
Name: [[S|Callum MacLeod]]    DOB: [[SI:DATE_OF_BIRTH|14/08/2003]]    NHS no: [[SI:UK_NHS|943 476 5912]]

21.09 Self-referral via the [[NEG|Student Hub]]. [[S|Cal]] says his father, [[R|Angus MacLeod]], has been arrested after a march in [[NEG|Inverness]] and journalists are calling the house. — [[P|MS]]
23.09 [[S|Callum]]'s stepmother [[R|Mrs MacLeod]] e-mailed from [[T:EMAIL_ADDRESS|fiona.macleod@crofters.example]] asking the University to "say nothing". Response drafted by [[P|Tunde Bakare]]. — [[P|M. Sinclair]]
27.09 Call with [[S|Mr MacLeod]]. He has stopped replying to [[U|Stuart Grieve]], an old school friend who keeps sending him links (e.g. [[T:URL|www.highland-voice.example/rally]]). [[S|Callum]] describes [[U|Stuart]] as "full of it"; [[U|Stuart]] is [[T:SOCIAL_HANDLE|@stu_grieve_alba]] on X. — [[P|MS]]
30.09 [[P|TB]] consulted [[U|Dr Isla Fraser]]; agreed this is a wellbeing case, not Prevent. [[S|Callum]]'s younger brother [[R|Ewan]] may also need support; signposted to his school. — [[P|T. Bakare]]
02.10 [[U|Stuart Grieve]] rang the switchboard from [[T:PHONE_NUMBER|01632 960 907]] asking for [[S|Callum]]'s address. Refused. — [[P|MS]]
""",
    },
    {
        "id": "d19-support-amina",
        "kind": "support_log",
        "subject": "Amina Warsame",
        "subject_aliases": ["Ami"],
        "case_people": ["Hodan Abdi"],
        "tags": ["same_surname_relative", "initials", "labelled_id", "word_name"],
        "text": """Wellbeing Team: case notes
Student: [[S|Amina Warsame]] (student number [[SI:STUDENT_NUMBER|5061-2284]]), [[NEG|Certificate in Early Years]]

Mon 8 Jan. [[S|Amina]] e-mailed [[P|Hodan Abdi]] (adviser) saying her brother [[R|Abdirahman Warsame]] had been approached outside the mosque on [[NEG|Grace Street]] by two men handing out USB sticks. She is frightened for him. — [[P|HA]]
Wed 10 Jan. Video call. [[S|Ms Warsame]] named one of the men as "[[U|Liban]]"; the other used the Snapchat [[T:SOCIAL_HANDLE|@liban.x.official]]. Her mother [[R|Mrs Warsame]] does not know. — [[P|H. Abdi]]
Fri 12 Jan. [[R|Abdirahman]] rang on [[T:PHONE_NUMBER|0044 7700 900 671]] and confirmed; he has handed the USB to his imam, [[U|Sheikh Yusuf Farah]]. [[U|Sheikh Farah]] contacted the police; officer [[U|DC Rachel Moss]] will call. — [[P|HA]]
Tue 16 Jan. [[U|DC Moss]] asked for the IP address used to send the e-mail invitation [[S|Ami]] received: logged as [[T:IP_ADDRESS|203.0.113.48]]. Passed via [[U|Bill Thompson]] (IT security, [[T:EMAIL_ADDRESS|b.thompson@it.example.ac.uk]]). — [[P|Hodan Abdi]]
Thu 18 Jan. [[S|Amina]] feels reassured; her sister [[R|Sagal]] will stay with her this week. — [[P|HA]]
""",
    },
    {
        "id": "d19-chat-jessica",
        "kind": "chat_export",
        "subject": "Jessica Hughes",
        "subject_aliases": ["jess", "Jess", "jesshughes_"],
        "case_people": ["Ffion Rowlands"],
        "tags": ["same_surname_relative", "chat_lowercase", "alias", "word_name"],
        "text": """[[NEG|Microsoft Teams]] export: "[[NEG|HIS204]] study group", exported by [[P|Ffion Rowlands]] (moderator)

[19:02] [[U|Osian Pryce]]: anyone seen [[S|jess]] today?
[19:03] [[U|Mo Siddiqui]]: @[[U|osian]] she posted that thing again lol
[19:03] [[U|Osian Pryce]]: which thing
[19:04] [[U|Mo Siddiqui]]: the "[[NEG|Remigration Now]]" poster. her insta is [[SI:SOCIAL_HANDLE|@jesshughes_]]
[19:06] [[S|Jessica Hughes]]: it's a joke, [[U|mo]], chill
[19:07] [[U|Carys Jenkins]]: [[S|jess]] it's not funny, my nan reads this stuff
[19:08] [[S|Jessica Hughes]]: tell [[U|carys]] to mind her own. my brother [[R|dylan]] made it anyway
[19:09] [[U|Mo Siddiqui]]: @ [[R|dylan hughes]] isn't even on this course
[19:11] [[S|Jessica Hughes]]: he's [[T:USERNAME|dyl_hughes_99]] on discord, ask him
[19:12] [[P|Ffion Rowlands]]: [[S|Jess]], please take it down. I'm forwarding this to [[U|Dr Patel]].
[19:14] [[U|Carys Jenkins]]: [[R|mrs hughes]] would kill her if she knew
[19:15] [[U|Osian Pryce]]: [[P|ffion]] the poster links to [[T:URL|t.example/remig-cymru]], fyi
[19:16] [[U|Carys Jenkins]]: [[U|dr patel]] is [[T:EMAIL_ADDRESS|r.patel@example.ac.uk]] if anyone wants to report it
[19:17] [[U|Osian Pryce]]: and [[R|dylan]]'s tiktok is [[T:SOCIAL_HANDLE|@dyl.cymru.first]]
[19:20] [[S|Jessica Hughes]] left the chat
[19:21] [[U|Mo Siddiqui]]: rip
""",
    },
    {
        "id": "d19-chat-mohammed",
        "kind": "chat_export",
        "subject": "Mohammed Karimi",
        "subject_aliases": ["mo", "Mo K"],
        "case_people": ["Shabnam Hotak", "Tom Reilly"],
        "tags": ["same_surname_relative", "chat_lowercase", "alias", "labelled_id"],
        "text": """WhatsApp chat export: "Pashto & Dari society committee 🇦🇫"
(exported 14/05 for [[P|Shabnam Hotak]], Student Union welfare officer)

14/05/2025, 21:17 - [[U|Zahra Ahmadi]]: salaam all, did [[S|mo]] send the link to the whole group??
14/05/2025, 21:18 - [[U|Rahim Stanekzai]]: yeah. [[S|Mohammed Karimi]] sent [[T:URL|https://join.chat.example/aBc12Xyz]]
14/05/2025, 21:18 - [[U|Zahra Ahmadi]]: that's his cousin [[R|farid]]'s group
14/05/2025, 21:19 - [[S|Mo K]]: it's a charity group bro, for flood relief
14/05/2025, 21:21 - [[U|Rahim Stanekzai]]: charity that posts about martyrs? @[[S|mo]] come on
14/05/2025, 21:22 - [[R|Farid Karimi]]: who is this talking about me
14/05/2025, 21:22 - [[U|Zahra Ahmadi]]: [[S|mo]] who added [[R|farid]] ([[T:PHONE_NUMBER|+447700900811]]) to the committee chat
14/05/2025, 21:24 - [[U|Rahim Stanekzai]]: ok I'm telling [[P|shabnam]]
14/05/2025, 21:30 - [[P|Shabnam Hotak]]: I've seen it. [[S|Mohammed]], please remove [[R|Mr Karimi]] and call me on [[T:PHONE_NUMBER|07700 900 239]]
14/05/2025, 21:31 - [[S|Mo K]]: fine. [[R|farid]] you're out
14/05/2025, 21:33 - [[P|Shabnam Hotak]]: [[U|Zahra]], [[U|Rahim]]: [[P|Tom Reilly]] from Student Services will e-mail you from [[T:EMAIL_ADDRESS|t.reilly@studentservices.example]]
14/05/2025, 21:34 - [[U|Zahra Ahmadi]]: 👍
""",
    },
    {
        "id": "d19-chat-wei",
        "kind": "chat_export",
        "subject": "Li Wei",
        "subject_aliases": ["Wei", "weiwei_li"],
        "case_people": ["Grace Holloway"],
        "tags": ["same_surname_relative", "chat_lowercase", "alias", "word_name", "labelled_id"],
        "text": """VLE discussion board export: [[NEG|Moodle]] course [[NEG|ENG1010 Academic English]], thread "Group presentation"
Moderator: [[P|Grace Holloway]]

[[SI:USERNAME|weiwei_li]] ([[S|Li Wei]]) – 10 Oct 09:14
has anyone got the slides? also my cousin [[R|Li Jun]] says there's a meeting for "real Chinese patriots" on sat, dm me

[[T:USERNAME|kate.m.ashby]] ([[U|Kate Ashby]]) – 10 Oct 09:20
@[[S|wei]] what's that got to do with the presentation?

[[T:USERNAME|h.suzuki]] ([[U|Haruto Suzuki]]) – 10 Oct 09:31
[[S|Li Wei]], your cousin posted my photo on weibo with a rude caption. [[T:SOCIAL_HANDLE|@lijun_redstar]] is him, right?

[[SI:USERNAME|weiwei_li]] ([[S|Li Wei]]) – 10 Oct 09:40
not my business. ask [[R|mr li]] lol

[[T:USERNAME|kate.m.ashby]] ([[U|Kate Ashby]]) – 10 Oct 09:42
[[U|haruto]] I'd report it to [[P|grace]]

[[P|Grace Holloway]] – 10 Oct 10:05
[[S|Wei]], I've removed the first post. [[U|Haruto]], please e-mail me at [[T:EMAIL_ADDRESS|g.holloway@staff.example.ac.uk]]. Everyone: this board is for [[NEG|Grace Academic Skills]] material only.

[[SI:USERNAME|weiwei_li]] ([[S|Li Wei]]) – 10 Oct 10:11
ok. [[R|jun]] says sorry
""",
    },
    {
        "id": "d19-chat-tomasz",
        "kind": "chat_export",
        "subject": "Tomasz Wiśniewski",
        "subject_aliases": ["tomek", "Tomek", "t_wisniewski"],
        "case_people": ["Dorota Kamińska", "Sam Whitfield"],
        "tags": ["same_surname_relative", "chat_lowercase", "alias", "diacritics", "labelled_id"],
        "text": """Teams chat export: "Engineering Maths 2 – peer support"
Exported by: [[P|Sam Whitfield]] (Academic Conduct, [[T:EMAIL_ADDRESS|s.whitfield@example.ac.uk]])  Date: 22/01

[08:41] [[P|Dorota Kamińska]]: [[S|tomek]] are you ok? you weren't on the call
[08:45] [[S|Tomasz Wiśniewski]]: busy. [[R|paweł]] needs the car
[08:46] [[U|Jakub Nowak]]: tell [[R|pawel]] the stickers on it are getting him noticed lol
[08:47] [[U|Hannah Crewe]]: what stickers?
[08:49] [[U|Jakub Nowak]]: white pride ones. silver astra, [[T:UK_VEHICLE_REGISTRATION|YH63 OKB]], everyone in [[NEG|Bradford]] knows it
[08:52] [[S|Tomasz Wiśniewski]]: @[[U|jakub]] leave my brother out of it
[08:53] [[P|Dorota Kamińska]]: [[S|Tomek]], [[U|Jakub]] is just worried
[08:55] [[S|Tomasz Wiśniewski]]: [[R|Paweł Wiśniewski]] is an adult. and [[R|mama]] already shouted at him
[08:57] [[U|Hannah Crewe]]: isn't he the one who messaged [[U|aisha]] from [[T:USERNAME|pw_polskawalka]]?
[08:58] [[U|Aisha Bello]]: yes. I blocked him. [[U|hannah]] I sent the screenshots to [[P|sam]]
[09:04] [[P|Sam Whitfield]]: Thanks [[U|Aisha]]. [[S|Tomasz]], please ring me on [[T:PHONE_NUMBER|01632 960 228]] today.
[09:06] [[S|Tomasz Wiśniewski]]: ok. I'm [[SI:USERNAME|t_wisniewski]] on teams
""",
    },
    {
        "id": "d19-chat-sunny",
        "kind": "chat_export",
        "subject": "Sunny Okafor",
        "subject_aliases": ["sunny", "Sunny"],
        "case_people": ["Precious Eze"],
        "tags": ["same_surname_relative", "chat_lowercase", "word_name", "alias", "labelled_id"],
        "text": """WhatsApp export: "Nursing cohort B (online)"
Requested by [[U|Dr Helen Marsh]] ([[T:EMAIL_ADDRESS|h.marsh@example.ac.uk]]), Prevent lead. Exported by [[P|Precious Eze]].

[11/03/25, 07:58] [[U|Faith Ogunleye]]: morning all, [[NEG|sunny]] day finally ☀️
[11/03/25, 08:01] [[U|Kemi Adeyinka]]: where's [[S|sunny]] tho, he owes me notes
[11/03/25, 08:03] [[S|Sunny Okafor]]: here. sorry, my brother [[R|chidi]] has my laptop
[11/03/25, 08:04] [[U|Faith Ogunleye]]: [[R|chidi]] who posted in here last night?? that video??
[11/03/25, 08:06] [[S|Sunny Okafor]]: that was him not me. he's [[T:SOCIAL_HANDLE|@chidi_ok_biafra]], the video is at [[T:URL|yt.example/watch?v=Qx81kLm]]
[11/03/25, 08:07] [[U|Kemi Adeyinka]]: @[[S|sunny]] it said to "deal with" the people at [[NEG|St Hope's Centre]]. not ok
[11/03/25, 08:09] [[P|Precious Eze]]: [[S|Sunny]], I've saved it. [[U|faith]], [[U|kemi]], please don't share
[11/03/25, 08:12] [[S|Sunny Okafor]]: [[R|Chidi Okafor]] is staying at ours till friday. [[R|mrs okafor]] will talk to him
[11/03/25, 08:15] [[U|Kemi Adeyinka]]: [[NEG|hope]] so
[11/03/25, 08:20] [[P|Precious Eze]]: [[S|Mr Okafor]] (sorry, [[S|Sunny]]), [[U|Dr Marsh]] will e-mail you. Her number is [[T:PHONE_NUMBER|+44 1632 960 713]] if urgent
[11/03/25, 08:22] [[S|Sunny Okafor]]: fine
""",
    },
    {
        "id": "d19-email-ana",
        "kind": "email",
        "subject": "Ana Ferreira",
        "subject_aliases": ["Aninha"],
        "case_people": ["Owen Pritchard", "Lucía Márquez"],
        "tags": ["same_surname_relative", "email_header", "greeting", "signoff", "signature", "diacritics", "labelled_id"],
        "text": """From: [[P|Owen Pritchard]] <[[T:EMAIL_ADDRESS|o.pritchard@safeguard.example.ac.uk]]>
To: [[P|Lucía Márquez]] <[[T:EMAIL_ADDRESS|l.marquez@safeguard.example.ac.uk]]>
Subject: FW: Concern: [[S|Ana Ferreira]] (PGCE)

[[P|Lucía]], forwarding below for the Thursday panel. Thanks, [[P|Owen]]

---------- Forwarded message ----------
From: [[R|Maria da Conceição Ferreira]] <[[T:EMAIL_ADDRESS|conceicao.ferreira@correio.example]]>
To: [[P|Owen Pritchard]]
Cc: [[R|João Ferreira]] <[[T:EMAIL_ADDRESS|joao.ferreira71@correio.example]]>
Subject: A minha filha [[S|Ana]]

Dear [[P|Mr Pritchard]],

I am [[S|Ana]]'s mother. Since January [[S|Aninha]] spends every night on a forum with a man who calls himself "[[U|Rui]]" ([[T:USERNAME|lusitano_puro]]). My husband [[R|João]] saw messages about "cleansing" the school where she trains. [[S|Ana]] says [[R|Sra. Ferreira]] worries too much, but her tutor [[U|Mrs Beatriz Santos]] has noticed it as well.

Please call me on [[T:PHONE_NUMBER|+351 912 345 678]] or [[R|João]] on [[T:PHONE_NUMBER|07700 900 482]].

Com os melhores cumprimentos,
[[R|Conceição Ferreira]]
--
[[P|Owen Pritchard]]
Safeguarding & Prevent Officer, [[NEG|Open Learning Directorate]]
T: [[T:PHONE_NUMBER|0113 496 0284]]
""",
    },
    {
        "id": "d19-email-tom",
        "kind": "email",
        "subject": "Tom Bishop",
        "subject_aliases": [],
        "case_people": ["Rachel Kerr"],
        "tags": ["same_surname_relative", "email_header", "greeting", "signoff", "signature", "title", "word_name"],
        "text": """From: [[P|Rachel Kerr]] <[[T:EMAIL_ADDRESS|rachel.kerr@example.ac.uk]]>
To: [[S|Tom Bishop]] <[[SI:EMAIL_ADDRESS|tbishop.student@example.ac.uk]]>
Cc: [[U|Will Pemberton]] <[[T:EMAIL_ADDRESS|w.pemberton@example.ac.uk]]>; [[U|Dr Amara Nkemelu]]
Subject: Following up from Friday

Hi [[S|Tom]],

Thanks for talking to me and [[U|Will]] on Friday. I know it was hard to hear that [[U|Mr Pemberton]] had seen the posts, and I appreciate your honesty about your dad.

As agreed, we won't contact [[R|Mr Bishop]] directly. You said your mum, [[R|Carol Bishop]], would be happy to speak to [[U|Dr Nkemelu]], and that your sister [[R|Rosie]] is the one who first showed you the [[NEG|Patriot Dawn]] channel. If [[R|Rosie Bishop]] wants support too, she can contact [[U|Dawn Ellery]] at her college.

The [[NEG|Bishop Auckland]] meeting you mentioned: please don't go before we speak again. I'll book us in with [[U|Amara]] next Tuesday.

Best wishes,
[[P|Rachel]]
--
[[P|Rachel Kerr]]
Student Wellbeing Adviser
[[T:PHONE_NUMBER|(0191) 498 0632]] | [[T:EMAIL_ADDRESS|rachel.kerr@example.ac.uk]]
""",
    },
    {
        "id": "d19-email-yuki",
        "kind": "email",
        "subject": "Yuki Tanaka",
        "subject_aliases": ["田中由紀"],
        "case_people": ["Gwen Morgan", "Ibrahim Sesay"],
        "tags": ["same_surname_relative", "email_header", "greeting", "signoff", "signature", "title", "labelled_id"],
        "text": """From: [[P|Gwen Morgan]] <[[T:EMAIL_ADDRESS|gwen.morgan@example.ac.uk]]>
To: [[P|Ibrahim Sesay]] <[[T:EMAIL_ADDRESS|i.sesay@example.ac.uk]]>
Cc: [[U|Paul O'Hare]]
Subject: [[S|Yuki T]]: ID check before panel

Dear [[P|Ibrahim]],

Before Wednesday's panel on [[S|Yuki Tanaka]] ([[S|田中由紀]]), Registry asked me to confirm the documents on file. [[S|Ms Tanaka]]'s passport number is [[SI:UK_PASSPORT|538216704]]. Her father, [[R|Tanaka Hiroshi]], sponsors her fees; his UK account is sort code [[T:UK_SORT_CODE|20-41-77]], account [[T:UK_BANK_ACCOUNT|31926840]]. [[R|Mr Tanaka]] also pays part of the fees from a euro account, IBAN [[T:IBAN_CODE|DE44 5001 0517 5407 3249 31]].

The concern itself came from [[U|Paul]] in IT: [[S|Yuki]]'s account logged in from [[T:IP_ADDRESS|2001:db8:4f2a::17]] at the same time as a login by [[U|Kaito Watanabe]], who runs the anonymous blog [[T:URL|https://kuroi-hata.example.org]]. [[U|Mr Watanabe]] is not a student. [[S|Yuki]]'s younger brother [[R|Ren Tanaka]] may have shared the login.

Kind regards,
[[P|Gwen]]
--
[[P|Gwen Morgan]] | Registry Compliance Officer
[[T:PHONE_NUMBER|029 2018 0447]]
""",
    },
    {
        "id": "d19-email-rojda",
        "kind": "email",
        "subject": "Rojda Zebari",
        "subject_aliases": ["Roj"],
        "case_people": ["Helen Ashcroft"],
        "tags": ["same_surname_relative", "email_header", "greeting", "signoff", "signature", "labelled_id", "word_name"],
        "text": """From: [[S|Rojda Zebari]] <[[SI:EMAIL_ADDRESS|rojda.zebari@student.example.ac.uk]]>
To: [[P|Helen Ashcroft]] <[[T:EMAIL_ADDRESS|h.ashcroft@example.ac.uk]]>
Cc: [[U|Dilan Hussein]] <[[T:EMAIL_ADDRESS|dilan.h@student.example.ac.uk]]>
Subject: Re: Saturday event and my brother

Dear [[P|Helen]],

Thank you for your message. I want to explain about my brother [[R|Shwan Zebari]]. [[R|Shwan]] is not involved with any group. The poster for the [[NEG|Newroz]] event was made by [[U|Hêvî Ahmed]] and shared by [[U|Serhat]] from the society, not by him. The man who commented under it, [[T:SOCIAL_HANDLE|@azadi_now_kr]], is someone none of us know.

My father [[R|Mr Zebari]] is very worried that [[R|Shwan]] will lose his visa. My cousin [[R|Nasrin Zebari]] can confirm that [[R|Shwan]] was at work that night; her number is [[T:PHONE_NUMBER|07700-900-317]].

[[U|Dilan]] was with me at the event and is copied in. [[U|Mark Foyle]], who chaired it, can confirm too ([[T:EMAIL_ADDRESS|mark.foyle@community.example]]).

Thanks,
[[S|Roj]]
--
[[S|Rojda Zebari]]
[[NEG|BA Social Work]], Year 2
""",
    },
    {
        "id": "d19-email-giulia",
        "kind": "email",
        "subject": "Giulia Romano",
        "subject_aliases": [],
        "case_people": ["Kevin Doyle", "Aisling Nic Giolla"],
        "tags": ["same_surname_relative", "email_header", "greeting", "signoff", "signature", "title", "diacritics", "labelled_id"],
        "text": """From: [[P|Aisling Nic Giolla]] <[[T:EMAIL_ADDRESS|a.nicgiolla@example.ac.uk]]>
To: [[P|Kevin Doyle]] <[[T:EMAIL_ADDRESS|kevin.doyle@example.ac.uk]]>
Cc: [[R|Dr Paolo Romano]] <[[T:EMAIL_ADDRESS|p.romano@example.ac.uk]]>
Subject: [[S|G. Romano]]: note of call

Hi [[P|Kevin]],

Quick note after my call with [[S|Giulia Romano]] today. [[R|Dr Romano]] (no relation, but he is her module leader in [[NEG|Roman History]]) is copied because it concerns his forum.

[[S|Giulia]] says the comments under her name were posted by her father, [[R|Marco Romano]], who uses her laptop. [[R|Marco]] is active on [[T:URL|www.forza-nazione.example/forum]] as [[T:USERNAME|marco_r_1962]]. Her mother [[R|Signora Romano]] has asked him to stop. [[S|Ms Romano]] also named a friend of his, [[U|Gianluca Ferri]], who sent her a direct message with the address of a [[NEG|Milton Keynes]] mosque.

I've asked [[U|Lorenzo Bianchi]] in IT to preserve the logs (login IP [[T:IP_ADDRESS|198.51.100.203]]).

Speak soon,
[[P|Aisling]]
--
[[P|Aisling Nic Giolla]]
Prevent Coordinator | [[T:PHONE_NUMBER|+44 (0)20 7946 0993]]
""",
    },
    {
        "id": "d19-minutes-arjun",
        "kind": "meeting_minutes",
        "subject": "Arjun Mehta",
        "subject_aliases": ["AJ"],
        "case_people": ["Rebecca Kaur", "Samuel Adjei", "Neil Foster"],
        "tags": ["same_surname_relative", "attendees", "initials", "title", "labelled_id"],
        "text": """Prevent Case Panel: minutes
Present: [[P|Rebecca Kaur]] (Chair, Head of Student Safeguarding); [[P|Samuel Adjei]] (Prevent SPOC); [[U|Dr Lena Hoffmann]] (Academic Lead, [[NEG|Computing]]); [[U|Priyanka Desai]] (Minutes)
Apologies: [[P|Neil Foster]] (Disability Service); [[U|Sgt Craig Whelan]] (police liaison)

1. Case: [[S|Arjun Mehta]] ([[SI:STUDENT_NUMBER|6602-9145]])
[[P|SA]] summarised. [[S|Arjun]] (known as [[S|AJ]]) shared a manifesto in the VLE chat. [[U|Dr Hoffmann]] removed it within an hour. [[S|Mr Mehta]] told [[P|SA]] that his elder brother [[R|Vikram Mehta]] sent it to him. [[R|Vikram]]'s number is on file: [[T:PHONE_NUMBER|07700 900 356]]; e-mail [[T:EMAIL_ADDRESS|vik.mehta@inbox.example]].
[[S|Arjun]]'s mother, [[R|Mrs Mehta]], has contacted the University twice; she says [[R|Vikram]] has been staying with an associate, [[U|Darren Cole]], at [[T:STREET_ADDRESS|14 Brook Street]], [[NEG|Slough]].
[[P|RK]] noted that [[U|Sgt Whelan]] had sent information in advance: [[U|Cole]]'s car, [[T:UK_VEHICLE_REGISTRATION|BD68 FTY]], is known to police.

Minutes: [[U|PD]]

Actions
- [[P|RK]] to call the student this week.
- [[P|SA]] to write to [[R|Mrs Mehta]] with general guidance only.
- [[P|NF]] to check reasonable adjustments on [[S|Arjun]]'s file.
""",
    },
    {
        "id": "d19-minutes-andrei",
        "kind": "meeting_minutes",
        "subject": "Andrei Popescu",
        "subject_aliases": ["Andi"],
        "case_people": ["Claire Whitmore", "Oluwaseun Adebisi"],
        "tags": ["same_surname_relative", "attendees", "initials", "title", "labelled_id", "diacritics"],
        "text": """Student Concerns Group: notes of meeting, 7 June
Attendees: [[P|Claire Whitmore]] (Deputy Registrar, chair); [[P|Oluwaseun Adebisi]] (Safeguarding); [[U|Ms Ștefania Dumitrescu]] (Tutor, [[NEG|MA Translation Studies]]); [[U|Gary Lamb]] (IT Security)
Apologies: [[U|Prof. Hilary Osei]]

Item 2: [[S|Andrei Popescu]]
[[U|SD]] reported that [[S|Andrei]] submitted an essay quoting a banned group's slogans approvingly. When questioned, [[S|Mr Popescu]] said he was "testing" her. [[U|Ms Dumitrescu]] is not comfortable continuing one-to-one supervision.
[[U|GL]] reported that [[S|Andrei]]'s account was used from [[T:IP_ADDRESS|192.0.2.117]], an address also linked to [[T:USERNAME|dacul_negru]], a user banned in March.
[[P|OA]] had spoken to [[S|Andrei]]'s father, [[R|Mr Popescu]], at the student's request. [[R|Ion Popescu]] ([[T:PHONE_NUMBER|+40 721 555 014]]) says his son is "angry, not dangerous". [[S|Andrei]]'s sister [[R|Ioana]] (who calls him "[[S|Andi]]") has offered to attend the next meeting.

Minutes: [[P|C. Whitmore]]

Actions
- [[P|OA]] to arrange a support meeting with [[S|Andrei]] and [[R|Ioana Popescu]].
- [[U|GL]] to share logs with [[U|Prof. Osei]].
- [[P|CW]] to confirm an alternative supervisor, possibly [[U|Dr Ben Hartley]] ([[T:EMAIL_ADDRESS|b.hartley@example.ac.uk]]).
""",
    },
    {
        "id": "d19-minutes-dawn",
        "kind": "meeting_minutes",
        "subject": "Dawn Pritchard",
        "subject_aliases": ["dawnie_p"],
        "case_people": ["Matthew Bryce", "Leah Goldberg"],
        "tags": ["same_surname_relative", "attendees", "initials", "word_name", "title", "labelled_id"],
        "text": """Minutes: Fitness to Study / Prevent interface meeting
Present: [[P|Matthew Bryce]] (chair); [[P|Dr Leah Goldberg]] (Mental Health Adviser); [[U|Rose Ambler]] (Faculty Administrator); [[U|Ahmed Jalloh]] (Student Union advocate)
Apologies: none

Subject of discussion: [[S|Dawn Pritchard]], mature student, [[NEG|Certificate in Counselling]].
[[P|MB]] explained the background. From [[NEG|dawn]] on 2 April [[S|Ms Pritchard]] posted over forty times on [[T:URL|www.localtruth.example/board]] under the name [[SI:USERNAME|dawnie_p]], attacking a named local imam. Her husband, [[R|Gareth Pritchard]], rang to say [[S|Dawn]] had stopped taking medication. [[R|Mr Pritchard]] can be reached on [[T:PHONE_NUMBER|01632 960 582]].
[[P|LG]] considers this primarily a mental-health matter. [[U|Ahmed]] noted that [[S|Dawn]] had apologised to the imam, [[U|Imam Abdul Karim Sheikh]], through his office ([[T:EMAIL_ADDRESS|office@masjid-noor.example]]).
[[S|Dawn]]'s daughter [[R|Kelly Pritchard]] is also enrolled; [[U|Rose]] confirmed [[R|Kelly]] has not been involved.

Actions
[[P|LG]] to contact [[S|Dawn]] by Friday.
[[P|MB]] to reply to [[R|Gareth]] at [[T:EMAIL_ADDRESS|gareth.pritchard@btmail.example]].
[[U|RA]] to close the forum thread.
""",
    },
    {
        "id": "d19-minutes-nikos",
        "kind": "meeting_minutes",
        "subject": "Nikos Papadopoulos",
        "subject_aliases": ["Nick"],
        "case_people": ["Deborah Fanshawe", "Bogdan Marinescu"],
        "tags": ["same_surname_relative", "attendees", "initials", "title", "labelled_id", "diacritics"],
        "text": """Prevent Operational Group: minutes of 18 September
Present: [[P|Deborah Fanshawe]] ([[P|DF]], chair); [[P|Bogdan Marinescu]] ([[P|BM]], Safeguarding Lead); [[U|Yasmin El-Amin]] ([[U|YE]], Accommodation); [[U|DS Lee Harrington]] (Counter Terrorism Policing, [[T:EMAIL_ADDRESS|lee.harrington@ctp.police.example]], item 3 only)
Apologies: [[U|Mr Alan Pike]]

Item 3: [[S|Nikos Papadopoulos]] (student no. [[SI:STUDENT_NUMBER|31-447-208]])
[[U|DS Harrington]] advised that [[S|Nikos]] had been seen with a group leafleting near [[NEG|Athena House]]. [[P|BM]] said [[S|Mr Papadopoulos]] told him it was a Greek cultural society. His mother, [[R|Mrs Papadopoulos]], lives in [[NEG|Thessaloniki]]; his cousin [[R|Eleni Papadopoulos]] lives locally and is his emergency contact ([[T:PHONE_NUMBER|+44 7700 900 604]]).
[[U|YE]] reported that a visitor signed in to [[S|Nick]]'s flat as [[U|Stavros Kouris]] (mobile [[T:PHONE_NUMBER|07700 900 690]]); car [[T:UK_VEHICLE_REGISTRATION|LR21 ZXD]]. [[U|Kouris]] is named in police intelligence, per [[U|DS Harrington]].

Minutes: [[U|Yasmin El-Amin]]

Actions
- [[P|BM]] to meet [[S|Nikos]] with [[R|Eleni]] present if he agrees.
- [[P|DF]] to brief [[U|Mr Pike]].
- [[U|YE]] to review the visitor log for [[NEG|Athena House]].
""",
    },
    {
        "id": "d19-chrono-joy",
        "kind": "case_chronology",
        "subject": "Joy Mwangi",
        "subject_aliases": ["Wanjiru"],
        "case_people": ["Sarah Malik", "Robert Sandoval"],
        "tags": ["same_surname_relative", "initials", "word_name", "title", "labelled_id"],
        "text": """CASE CHRONOLOGY: [[S|Joy Mwangi]] ([[S|Joy Wanjiru Mwangi]]), [[NEG|BSc Nursing]], ref PCP/24/031

03/10/24 Concern raised by placement mentor [[U|Bridget Omondi]] ([[T:EMAIL_ADDRESS|b.omondi@nhs-trust.example]]): [[S|Joy]] distributed flyers for "[[NEG|Kingdom Joy Fellowship]]" containing homophobic calls to violence. ([[P|S. Malik]])
05/10/24 [[S|Ms Mwangi]] seen by [[P|Sarah Malik]]. Says her father, [[R|Pastor Peter Mwangi]], prints the flyers and she "just helps". — [[P|RS]]
09/10/24 [[R|Peter Mwangi]] e-mails from [[T:EMAIL_ADDRESS|pastor.mwangi@kjf-church.example]] demanding an apology. Copied to [[U|Dr Otieno]]. ([[P|S. Malik]])
14/10/24 Placement manager [[U|Grace Kimani]] confirms a patient, [[U|Mr Douglas Reid]], complained. No [[NEG|joy]] there, she adds. — [[P|RS]]
21/10/24 [[S|Joy]]'s brother [[R|Kamau Mwangi]] calls on [[T:PHONE_NUMBER|+254 712 345 678]]; says [[S|Wanjiru]] wants to leave the church but fears [[R|Mr Mwangi]]. ([[P|S. Malik]])
28/10/24 Panel: [[P|Robert Sandoval]], [[P|Sarah Malik]], [[U|Dr Otieno]]. Agreed: support plan, no Channel referral yet. — [[P|RS]]
04/11/24 [[S|Joy]] moves in with her aunt [[R|Esther Mwangi]], [[T:STREET_ADDRESS|Hillcrest, Dallow Road]], [[NEG|Luton]]. — [[P|RS]]
""",
    },
    {
        "id": "d19-chrono-diego",
        "kind": "case_chronology",
        "subject": "Diego Hernández",
        "subject_aliases": ["dieguito_hz"],
        "case_people": ["Natalie Brooks"],
        "tags": ["same_surname_relative", "initials", "diacritics", "title", "labelled_id"],
        "text": """Chronology: [[S|Diego Hernández]] | [[NEG|MSc Cyber Security]] | Student no [[SI:STUDENT_NUMBER|70553318]]

12 Jan. IT alert: [[S|Diego]]'s account attempted a scan of an external server at [[T:IP_ADDRESS|198.51.100.66]]. — [[P|NB]]
13 Jan. [[S|Mr Hernández]] says the scan was coursework set by [[U|Dr Álvaro Ruiz]]; [[U|Dr Ruiz]] denies setting it. — [[P|NB]]
17 Jan. Classmate [[U|Ifeoma Chukwu]] ([[T:USERNAME|ife_chukwu]]) reports [[S|Diego]] boasting in Discord ([[SI:USERNAME|dieguito_hz]]) that he works with [[T:USERNAME|antifa_hunter_es]]. — [[P|N. Brooks]]
20 Jan. [[S|Diego]]'s mother [[R|Carmen Hernández]] rings from Spain, [[T:PHONE_NUMBER|+34 612 48 93 07]]; says his cousin [[R|Javier]] got him into "these people". — [[P|NB]]
24 Jan. Meeting: [[P|Natalie Brooks]], [[U|Dr Ruiz]], [[U|Tomás Ortega]] (student advocate). [[S|Diego]] admits [[R|Javier Hernández]] asked him to run the scan. — [[P|NB]]
29 Jan. Police ([[U|DC Imogen Frost]]) request the IP log; provided under DPA exemption, authorised by [[U|Mr Keith Lunn]]. — [[P|NB]]
02 Feb. [[R|Sra. Hernández]] writes again asking for [[S|Diego]] to be allowed home. Referred to [[U|Tomás]] ([[T:EMAIL_ADDRESS|t.ortega@su.example.org]]). — [[P|NB]]
""",
    },
    {
        "id": "d19-chrono-imran",
        "kind": "case_chronology",
        "subject": "Imran Qureshi",
        "subject_aliases": ["Immy"],
        "case_people": ["Ahmad bin Ismail", "Jane Whitcombe"],
        "tags": ["same_surname_relative", "initials", "title", "labelled_id", "word_name"],
        "text": """Case chronology (restricted): [[S|Imran Qureshi]]
DOB [[SI:DATE_OF_BIRTH|02/03/2001]]  NI [[SI:UK_NINO|JT 48 02 91 B]]

2024-02-05: Tutor [[P|Ahmad bin Ismail]] notes [[S|Imran]] absent for three weeks; phone to [[S|Mr Qureshi]] unanswered. — [[P|AbI]]
2024-02-07: [[S|Imran]]'s brother [[R|Bilal Qureshi]] e-mails ([[T:EMAIL_ADDRESS|bilal.q@fastmail.example]]): [[S|Immy]] has gone to stay with "friends" in [[NEG|Birmingham]]. ([[P|J. Whitcombe]])
2024-02-09: Flatmate [[U|Nur Aisyah binti Ahmad]] ([[T:PHONE_NUMBER|07700 900 426]]) reports that [[S|Imran]] left with a man she knew as [[U|Abu Harith]], driving a grey Passat, [[T:UK_VEHICLE_REGISTRATION|FN15 UXR]]. ([[P|J. Whitcombe]])
2024-02-10: [[P|JW]] speaks to [[R|Mrs Qureshi]], who is frantic. [[S|Imran]]'s father [[R|Tariq Qureshi]] gives the family landline, [[T:PHONE_NUMBER|0121 496 0775]]. — [[P|JW]]
2024-02-12: Referral to Channel via [[U|DS Mark Elwood]]. [[U|Abu Harith]] believed to be [[U|Khalid Mirza]], per police. ([[P|J. Whitcombe]])
2024-02-20: [[S|Imran]] returns; meets [[P|Mr bin Ismail]] and [[U|Will Hardy]] (chaplain). Says he "will not go back". [[R|Bilal]] present. — [[P|AbI]]
""",
    },
    {
        "id": "d19-chrono-kayleigh",
        "kind": "case_chronology",
        "subject": "Kayleigh Atkinson",
        "subject_aliases": ["Kay", "kayleigh.a88"],
        "case_people": ["Olumide Bankole", "Pat Renshaw"],
        "tags": ["same_surname_relative", "initials", "title", "word_name", "labelled_id"],
        "text": """Chronology of concerns: [[S|Kayleigh Atkinson]], [[NEG|Access to HE Diploma]]

Mon 2 Sept: [[S|Kayleigh]] posts in the VLE café that "[[U|Will]]" should be "dealt with". Tutor [[U|Will Anderson]] ([[T:EMAIL_ADDRESS|w.anderson@example.ac.uk]]) takes it as a threat. — [[P|OB]]
Tue 3 Sept: [[S|Ms Atkinson]] says she meant her ex, [[U|Will Crossley]], not the tutor. Her mother [[R|Mrs Atkinson]] confirms [[U|Crossley]] (car [[T:UK_VEHICLE_REGISTRATION|MA66 HJT]]) has a restraining order. — [[P|O. Bankole]]
Thu 5 Sept: [[S|Kay]]'s brother [[R|Shane Atkinson]] is reported by [[U|PC Jo Whitlock]] as a member of a local far-right chat. His TikTok: [[T:SOCIAL_HANDLE|@shane_eng_first]]. ([[P|P. Renshaw]])
Mon 9 Sept: [[P|Pat Renshaw]] meets [[S|Kayleigh]]. She shows messages from [[R|Shane]] urging her to "join the lads". Her Instagram is [[SI:SOCIAL_HANDLE|@kayleigh.a88]]; [[P|PR]] advises a name change given the "88". — [[P|PR]]
Wed 11 Sept: [[R|Shane]]'s partner [[U|Chantelle Rigby]] rings from [[T:PHONE_NUMBER|07700 900 145]] threatening a complaint. ([[P|P. Renshaw]])
Fri 13 Sept: [[P|Olumide Bankole]] closes the Prevent strand; wellbeing support continues with [[U|Ms Whitlock]]'s agreement. [[R|Dean Atkinson]], her father, informed at [[S|Kayleigh]]'s request. — [[P|OB]]
""",
    },
    {
        "id": "d19-incident-mark",
        "kind": "incident_report",
        "subject": "Mark Ellison",
        "subject_aliases": ["Marky"],
        "case_people": ["Gemma Rutherford", "Yusuf Demir"],
        "tags": ["same_surname_relative", "word_name", "title", "labelled_id", "unissued_prefix"],
        "text": """INCIDENT REPORT: [[NEG|Northgate Study Centre]] (partner venue)
Reported by: [[P|Gemma Rutherford]], Centre Manager
Date/time: 14 November, 18:40

Student involved: [[S|Mark Ellison]], student no. [[SI:STUDENT_NUMBER|5508-3361]]

During an evening exam, [[S|Mark]] was seen photographing the prayer room and its users. Invigilator [[U|Bill Carver]] asked him to stop; [[S|Mr Ellison]] replied that he would "[[NEG|mark]] it for later". Witnesses: [[U|Sana Javed]] ([[T:EMAIL_ADDRESS|sana.javed@student.example.ac.uk]]) and [[U|Owain Rees]]. [[U|Sana]] says she recognised [[S|Marky]] from a livestream by [[T:SOCIAL_HANDLE|@northern_watch_tv]].

[[S|Mark]] left in a red Corsa driven by his father, [[R|Bill Ellison]], registration [[T:UK_VEHICLE_REGISTRATION|NU14 BWE]]. [[R|Mr Ellison]] senior shouted at [[U|Owain]] from the car.

Police attended at 19:25: [[U|PC Lauren Shaw]] (collar 4471) and [[U|Sgt Dev Bhatt]]. [[U|Sgt Bhatt]] took [[R|Bill Ellison]]'s details; he gave driving licence [[T:UK_DRIVING_LICENCE|ELLIS612031WR9AB]] and an NI number, [[T:UK_NINO|QQ 88 19 40 A]], which [[U|PC Shaw]] noted is not a valid format.

Forwarded to [[P|Yusuf Demir]] (Prevent SPOC). [[P|Mr Demir]] requests the CCTV and the venue Wi-Fi log (device IP [[SI:IP_ADDRESS|10.20.4.117]]).

— [[P|G. Rutherford]]
""",
    },
    {
        "id": "d19-incident-zanele",
        "kind": "incident_report",
        "subject": "Zanele Khumalo",
        "subject_aliases": ["Zee"],
        "case_people": ["Andrew Pike"],
        "tags": ["same_surname_relative", "title", "labelled_id", "word_name"],
        "text": """Incident report form: online harassment
Reporter: [[S|Zanele Khumalo]] (student, [[NEG|MA Education]])
Recorded by: [[P|Andrew Pike]], Student Conduct

[[S|Zanele]] reports that since 2 May she has received threatening messages from an account, [[T:USERNAME|true_boer_1838]], after she spoke at an anti-racism event organised by [[U|Thandiwe Ngcobo]]. The messages name her brother [[R|Sipho Khumalo]] and her mother [[R|Mrs Khumalo]], and give the family's old address in [[NEG|Durban]].

Witnesses: [[U|Thandiwe Ngcobo]]; [[U|Pieter Bosman]], who saw the account post her photograph in a Telegram channel ([[T:URL|https://t.example/trueboer1838]]).

IT ([[U|Craig Osborne]]) traced one login to [[T:IP_ADDRESS|203.0.113.201]] and a second to [[T:IP_ADDRESS|2001:db8:a0b:12f0::1]]. [[U|Mr Osborne]] believes the account belongs to [[U|Hendrik Venter]], a former student.

[[R|Sipho]] has contacted police; officer [[U|DS Angela Munro]] gave reference CR/2291/24. [[S|Ms Khumalo]] asks that [[U|Venter]] be barred from campus events. Her cousin [[R|Lindiwe Khumalo]] will accompany [[S|Zee]] to classes this week.

Signed: [[P|A. Pike]]
""",
    },
    {
        "id": "d19-incident-kofi",
        "kind": "incident_report",
        "subject": "Kofi Asante",
        "subject_aliases": [],
        "case_people": ["Eleanor Shaw", "Ravinder Gill"],
        "tags": ["same_surname_relative", "title", "initials", "labelled_id", "word_name"],
        "text": """INCIDENT REPORT (Security)
Location: [[NEG|Faith House]] car park, [[NEG|Hope Street]] entrance
Reporting officer: [[P|Eleanor Shaw]], Security Supervisor

At 22:10 student [[S|Kofi Asante]] ([[SI:STUDENT_NUMBER|2940-6617]]) was found spray-painting a slogan on the wall of [[NEG|Faith House]]. Security officers [[U|Connor Walsh]] and [[U|Adebola Akinwale]] witnessed this. [[S|Mr Asante]] was with two others: his cousin [[R|Yaw Asante]] and a man who gave his name as "[[U|Dre]]".

[[R|Yaw]] left in a black Golf, [[T:UK_VEHICLE_REGISTRATION|WP70 KCV]]. "[[U|Dre]]" was later identified by [[U|PC Martin Quayle]] as [[U|Andre Stewart-Lyle]], who posts as [[T:SOCIAL_HANDLE|@dre_lyle_sl]].

[[S|Kofi]] gave his sister's number for a lift: [[R|Ama Asante]], [[T:PHONE_NUMBER|+44 7700 900 908]]. [[R|Ama]] arrived at 22:45 and told [[U|Connor]] that [[S|Kofi]] had "been led on" by [[U|Stewart-Lyle]].

[[U|PC Quayle]] reference: 0551/24. Photographs passed to [[P|Ravinder Gill]] (Prevent lead). [[P|RG]] will speak to [[S|Kofi]] and to his mother, [[R|Mrs Asante]] ([[T:PHONE_NUMBER|0161 496 0823]]), tomorrow.

[[P|E. Shaw]], 23:20
""",
    },
    {
        "id": "d19-incident-ahmad",
        "kind": "incident_report",
        "subject": "Ahmad Noorzai",
        "subject_aliases": ["Ahmad Jan"],
        "case_people": ["Lucy Tremayne"],
        "tags": ["same_surname_relative", "title", "labelled_id", "word_name"],
        "text": """Incident record: suspected grooming, reported via online form
Form completed by: [[U|Summer Blake]] (peer mentor)
Received by: [[P|Lucy Tremayne]], Safeguarding Team

[[U|Summer]] reports that [[S|Ahmad Noorzai]], a first-year on the [[NEG|Foundation Certificate in English]], is being contacted by a man calling himself "[[U|Ustad Karim]]" who offers to pay [[S|Ahmad]]'s fees. The contact began in a Facebook group run by [[T:SOCIAL_HANDLE|@watan_youth_uk]]. [[S|Ahmad Jan]] (his family name for him) showed [[U|Summer]] a WhatsApp from [[T:PHONE_NUMBER|+93 70 123 4567]].

[[S|Mr Noorzai]]'s uncle, [[R|Haji Gul Noorzai]], is his guardian in the UK. [[R|Zarghona Noorzai]], his aunt, called [[P|Ms Tremayne]] separately and said the uncle knows "[[U|Karim]]" from the mosque. Witness: [[U|Farhad Sultani]], who sat with [[S|Ahmad]] when the call came.

[[P|Lucy]] has asked [[U|Dr Stephen Cole]] (DSL) to consider a Channel referral. Bank details "[[U|Karim]]" sent for the fee payment: sort code [[T:UK_SORT_CODE|60-83-71]], account [[T:UK_BANK_ACCOUNT|54102938]].

[[R|Mr Noorzai]] (the uncle) has not yet been spoken to.
""",
    },
    {
        "id": "d19-incident-xiaoling",
        "kind": "incident_report",
        "subject": "Chen Xiaoling",
        "subject_aliases": ["Xiaoling", "Lynn", "陈晓玲"],
        "case_people": ["Dominic Hayes", "Tariq Awan"],
        "tags": ["same_surname_relative", "title", "labelled_id", "alias"],
        "text": """INCIDENT REPORT: online exam disruption
Reporter: [[P|Dominic Hayes]] (Exams Officer)
Subject: [[S|Chen Xiaoling]] ([[S|陈晓玲]]), known as [[S|Lynn]]; student number [[SI:STUDENT_NUMBER|88201-644]]

During the online exam on 9 January, the proctoring chat for [[S|Ms Chen]]'s session was flooded with messages supporting violence against a named dissident, [[U|Wang Lihua]]. Proctors [[U|Siân Edwards]] and [[U|Rashid Mahmood]] witnessed it.

[[S|Xiaoling]] says the messages came from her father, [[R|Chen Jianguo]], who was logged in as [[T:USERNAME|jianguo_chen62]] on a second device ([[T:IP_ADDRESS|203.0.113.77]]). Her mother, [[R|Mrs Chen]], e-mailed [[T:EMAIL_ADDRESS|chenmama1970@mail.example]] apologising. [[S|Lynn]]'s cousin [[R|Chen Yu]] runs the handle [[T:SOCIAL_HANDLE|@redwind_chenyu]], which reposted a screenshot.

[[U|Siân]] preserved the log. [[U|Mr Mahmood]] notes [[U|Ms Wang]] has been told via [[U|Prof. Eleanor Tsang]].

Passed to [[P|Tariq Awan]] (Prevent). [[P|TA]] to speak to [[S|Lynn]]; [[P|Mr Hayes]] to arrange a resit.

[[P|Dominic Hayes]]
""",
    },
    {
        "id": "d19-letter-rose",
        "kind": "letter",
        "subject": "Rose Davies",
        "subject_aliases": ["Rosie"],
        "case_people": ["Gwyneth Pugh"],
        "tags": ["same_surname_relative", "named_house", "split_postcode", "greeting", "signoff", "word_name", "title"],
        "text": """Student Safeguarding Office
[[NEG|Dawn Building]], [[NEG|Faith Lane Campus]]

[[R|Mr Huw Davies]]
[[T:STREET_ADDRESS|Rose Cottage, Heol y Felin]]
[[NEG|Llandeilo]]
[[T:UK_POSTCODE|SA19 6QT]]

12 March

Dear [[R|Mr Davies]],

Re: your daughter, [[S|Rose Davies]]

Thank you for your letter of 3 March. I understand that you and [[R|Mrs Davies]] are worried about the people [[S|Rose]] has been meeting through the online society chaired by [[U|Bryn Talfryn]]. Your younger daughter [[R|Megan]] told you that [[S|Rosie]] has been asked to hand out leaflets for [[NEG|Cymru Rose Movement]].

[[S|Rose]] is an adult and I cannot share details without her consent. I have, however, asked her tutor, [[U|Dr Nerys Llewellyn]], and our Prevent lead, [[U|Callum Ritchie]], to make sure she knows support is available.

You mentioned a man called [[U|Gethin]] who telephones the house from [[T:PHONE_NUMBER|01558 960 114]]. Please report that to [[U|PC Eirian Jones]] at [[NEG|Dyfed-Powys Police]].

Yours sincerely,

[[P|Gwyneth Pugh]]
Head of Student Safeguarding
[[T:EMAIL_ADDRESS|g.pugh@example.ac.uk]]
""",
    },
    {
        "id": "d19-letter-mehmet",
        "kind": "letter",
        "subject": "Mehmet Çelik",
        "subject_aliases": ["memo_celik"],
        "case_people": ["Julian Ashby", "Nkechi Obi"],
        "tags": ["same_surname_relative", "no_house_number", "split_postcode", "greeting", "signoff", "diacritics", "title", "labelled_id"],
        "text": """PRIVATE AND CONFIDENTIAL

[[S|Mr Mehmet Çelik]]
c/o [[R|Mrs Ayşe Çelik]]
[[SI:STREET_ADDRESS|Flat 4, Kingsley Court, Marsh Road]]
[[NEG|Bristol]]
[[SI:UK_POSTCODE|BS3 9FR]]

Student number: [[SI:STUDENT_NUMBER|4471-0093]]

Dear [[S|Mehmet]],

Outcome of the Student Concerns Panel, 20 February

The panel ([[P|Julian Ashby]], chair; [[P|Dr Nkechi Obi]]; [[U|Ms Şule Karataş]], student representative) considered the report from your tutor, [[U|Dr Oğuz Kılıç]], about comments you made in his seminar, and the statement from your classmate [[U|Leon Fairweather]] ([[T:EMAIL_ADDRESS|leon.fairweather@student.example.ac.uk]]).

The panel accepted that your brother, [[R|Kemal Çelik]], wrote the posts shared from your account ([[SI:USERNAME|memo_celik]]). It noted that [[R|Kemal]]'s own account, [[T:SOCIAL_HANDLE|@kemal_bozkurt34]], has been reported to the platform, and that [[R|Kemal]] gave his number as [[T:PHONE_NUMBER|07700 900 352]]. [[P|Dr Obi]] will remain your point of contact; she can be reached on [[T:PHONE_NUMBER|0117 496 0238]].

We were grateful to your mother, [[R|Mrs Çelik]], for attending with you.

Yours sincerely,

[[P|J. Ashby]]
Chair, Student Concerns Panel
cc: [[U|Dr O. Kılıç]]
""",
    },
    {
        "id": "d19-letter-femke",
        "kind": "letter",
        "subject": "Femke van der Berg",
        "subject_aliases": [],
        "case_people": ["Hugh Carmichael"],
        "tags": ["same_surname_relative", "named_house", "no_house_number", "split_postcode", "greeting", "signoff", "title", "labelled_id"],
        "text": """[[NEG|The Open Learning University]]
Registry and Student Casework

[[S|Ms Femke van der Berg]]
[[SI:STREET_ADDRESS|The Old Granary, Mill Lane]]
[[NEG|Great Shelford]]
[[SI:UK_POSTCODE|CB22 5LD]]

Our ref: SC/2025/118

Dear [[S|Ms van der Berg]],

I write following your e-mail and the call from your father, [[R|Pieter van der Berg]] ([[T:PHONE_NUMBER|+31 6 1234 5678]]), on 14 April.

We have investigated the concern raised by your classmate [[U|Saoirse Ní Chathasaigh]] ([[T:EMAIL_ADDRESS|saoirse.nic@student.example.ac.uk]]) about material shared in the [[NEG|Environmental Science]] group chat. [[U|Ms Ní Chathasaigh]] and a second student, [[U|Tobias Engel]], both stated that the files came from an account named [[T:USERNAME|groenfront_nl]]. Our IT team ([[U|Fergus Lamont]]) has confirmed this account is not linked to you, although it was used from the same house network. We understand your brother [[R|Daan van der Berg]] also lives at the address; [[R|Mr van der Berg]] has told us [[R|Daan]] is no longer using the family computer.

No further action will be taken in respect of you, [[S|Femke]]. If you wish to talk, please contact [[P|Hugh Carmichael]] on [[T:PHONE_NUMBER|01223 960 447]].

With best wishes,

[[P|H. Carmichael]]
Casework Manager
""",
    },
    {
        "id": "d19-letter-hope",
        "kind": "letter",
        "subject": "Hope Adebayo",
        "subject_aliases": [],
        "case_people": ["Sandra Whitlow", "Kwame Boateng"],
        "tags": ["same_surname_relative", "named_house", "split_postcode", "greeting", "signoff", "word_name", "title", "labelled_id"],
        "text": """[[R|Mrs Folake Adebayo]]
[[T:STREET_ADDRESS|27 Patience Road]]
[[NEG|Peckham]]
[[NEG|London]]
[[T:UK_POSTCODE|SE15 4JW]]

3 July

Dear [[R|Mrs Adebayo]],

Your son, [[R|Tunde Adebayo]]

I am writing at the request of your daughter [[S|Hope Adebayo]], who studies with us. [[S|Hope]] asked me to write to you as she is worried about [[R|Tunde]] and did not feel able to raise it herself. I [[NEG|hope]] this letter is helpful.

[[S|Hope]] tells us that [[R|Tunde]] has been spending time with a man called [[U|Marcus Reid]] and with a group that meets at [[NEG|Hope Hall]]. [[S|Ms Adebayo]] showed our adviser, [[P|Kwame Boateng]], messages from [[U|Mr Reid]] ([[T:PHONE_NUMBER|020 7946 0372]]) asking [[R|Tunde]] to "stand up for the community" at a protest. [[P|Mr Boateng]] also saw a post by [[T:SOCIAL_HANDLE|@reid_stands_up]] naming [[S|Hope]]'s family.

If you would like to talk, you can reach me or [[P|Kwame]] at [[T:EMAIL_ADDRESS|safeguarding@example.ac.uk]]. Your other son, [[R|Dapo]], is welcome to come with you.

Yours sincerely,

[[P|Sandra Whitlow]]
Student Safeguarding Manager
""",
    },
]
