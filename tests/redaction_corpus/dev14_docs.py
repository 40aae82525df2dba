# ruff: noqa: E501
"""dev14: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d14-tutor-oisin",
        "kind": "tutor_report",
        "subject": "Oisín Ó Catháin",
        "subject_aliases": [],
        "case_people": ["Siobhán Ní Bhriain"],
        "tags": ["diacritics", "same_surname_relative", "title", "signature", "word_name", "initials"],
        "text": """Personal Tutor Concern Form
Northway Open University, Faculty of Social Sciences
Student: [[S|Oisín Ó Catháin]]   Student no.: [[SI:STUDENT_NUMBER|20418833]]
Personal tutor: [[P|Dr Siobhán Ní Bhriain]]   Module: [[NEG|Criminology and Society]]

[[S|Oisín]] rang me on 3 March after missing four live seminars. He said his older brother [[R|Cathal Ó Catháin]] had been forwarding him channel links and pushing him to "come over to Liverpool for a meeting". Their mother, [[R|Mrs Ó Catháin]], had already phoned the student hub, and [[U|Bríd Keane]] logged that call. [[S|Oisín]]'s view is that [[R|Cathal]] "will calm down"; I have my doubts. He also mentioned a friend, [[U|Dara Fitzsimons]], who apparently runs the group chat.

I discussed the case with [[U|Mr Gallagher]] (Prevent lead) and copied [[U|Ms Aoife Brennan]] in Wellbeing. [[NEG|Will]] review at the tutorial on 17 March; [[S|Mr Ó Catháin]] agreed to keep the slot. His aunt, [[R|Nuala Ó Catháin]], is listed as emergency contact: [[T:PHONE_NUMBER|+353 87 412 6630]].

Signed: [[P|S. Ní Bhriain]]
Countersigned: [[U|N. Gallagher]]
""",
    },
    {
        "id": "d14-tutor-grace",
        "kind": "tutor_report",
        "subject": "Grace Adeyemi",
        "subject_aliases": ["Gracie"],
        "case_people": ["Tunde Bakare", "Helen Marsh"],
        "tags": ["word_name", "same_surname_relative", "title", "initials", "signature"],
        "text": """PROGRESS REPORT (Level 4, [[NEG|Adult Nursing]])
Student: [[S|Grace Adeyemi]]   ID: [[SI:STUDENT_NUMBER|NW-3104552]]
Personal tutor: [[P|Mr Tunde Bakare]]   Programme lead: [[P|Dr Helen Marsh]]

Engagement has dropped sharply since January. In our tutorial on 12 February [[S|Grace]] told me that her sister [[R|Joy Adeyemi]] had introduced her to an online "study circle" run by a man she calls [[U|Brother Emmanuel Okafor]]. She has stopped attending placement debriefs. [[NEG|Faith]], she says, is a private matter, and I respect that; what worried me was a clip she showed me from [[T:SOCIAL_HANDLE|@truthcircle_uk]] praising an attack.

Her father, [[R|Mr Adeyemi]], has emailed twice asking for her grades. I replied that I cannot share anything without [[S|Gracie]]'s consent. [[R|Joy]] rang the faculty office on 19 February and spoke to [[U|Precious Nwosu]], who passed the message on. Placement mentor [[U|Sister Ruth Aldous]] reports no concerns on the ward.

[[NEG|Grace]] period for the essay agreed to 4 March (no penalty). [[P|HM]] to decide on referral; [[P|TB]] to meet [[S|Ms Adeyemi]] weekly.

Signed: [[P|T. Bakare]]
""",
    },
    {
        "id": "d14-tutor-wiktoria",
        "kind": "tutor_report",
        "subject": "Wiktoria Kowalczyk",
        "subject_aliases": ["Wika"],
        "case_people": ["Rebecca Thornley-Hughes"],
        "tags": ["diacritics", "same_surname_relative", "title", "initials", "word_name", "alias"],
        "text": """Tutor note: welfare and engagement
Student: [[S|Wiktoria Kowalczyk]]   Student number [[SI:STUDENT_NUMBER|21877340]]
Tutor: [[P|Dr Rebecca Thornley-Hughes]]   Date: 26 January

Met [[S|Wiktoria]] (she prefers "[[S|Wika]]") online for 40 minutes. She is living with her grandmother, [[R|Zofia Kowalczyk]], in Peterborough while her mother, [[R|Mrs Kowalczyk]], works in [[NEG|Gdańsk]]. Her brother [[R|Paweł]] joined the call uninvited for a few minutes and talked over her about "people like [[U|Tommy Harker]]" being the only ones telling the truth. [[S|Wika]] looked uncomfortable and asked him to leave.

Afterwards she said [[R|Paweł Kowalczyk]] shares posts from a channel run by [[U|Kacper Nowak]] and that a classmate, [[U|Dawn Fielding]], had seen them in the module forum. I have asked [[U|Mr Osborne]] in the Prevent team for advice rather than raise it with the family. [[NEG|Dawn]] of a new term, she joked; she does want to stay on the [[NEG|Foundation Year]].

Next steps: [[P|RTH]] to check in fortnightly; [[U|Ms Fielding]] not to be approached.
[[P|RTH]]
""",
    },
    {
        "id": "d14-tutor-duc",
        "kind": "tutor_report",
        "subject": "Trần Minh Đức",
        "subject_aliases": ["Duc", "Đức"],
        "case_people": ["Lê Thu Hằng", "Alan Whitcombe"],
        "tags": ["diacritics", "same_surname_relative", "title", "signature", "word_name", "initials"],
        "text": """Personal tutor record, [[NEG|MSc Data Science]]
Student: [[S|Trần Minh Đức]] (known on the VLE as [[S|Duc]])   No. [[SI:STUDENT_NUMBER|NW-5560193]]
Tutor: [[P|Dr Lê Thu Hằng]]   Module leader: [[P|Prof. Alan Whitcombe]]

[[S|Đức]] asked for an extension on 9 November. During the call I heard a man in the background shouting about "traitors at the embassy". [[S|Đức]] said this was his cousin [[R|Trần Quốc Bảo]], who has been staying with him in Coventry. His father, [[R|Mr Trần]] ([[R|Trần Văn Long]]), is in [[NEG|Hải Phòng]] and does not know. He also named [[U|Nguyễn Hoàng Phúc]], a friend from his old college, as the person who added [[R|Bảo]] to a Telegram group.

[[P|Prof. Whitcombe]] agreed the extension. I have spoken to [[U|Ms Patience Osei]] (Student Casework), who advised patience and a second conversation before any referral. Her colleague [[U|Kieran Lowe]] will check whether [[S|Mr Trần]]'s account has been shared; the login came from [[T:IP_ADDRESS|82.34.117.9]], not his usual address.

Signed: [[P|L. T. Hằng]]   cc [[P|AW]]
""",
    },
    {
        "id": "d14-tutor-rhys",
        "kind": "tutor_report",
        "subject": "Rhys Pritchard",
        "subject_aliases": ["Rhysy"],
        "case_people": ["Iwan ap Gruffydd"],
        "tags": ["same_surname_relative", "title", "word_name", "signature", "initials", "alias"],
        "text": """TUTOR CONCERN FORM
Name of student: [[S|Rhys Pritchard]]   Student ID: [[SI:STUDENT_NUMBER|30028817]]
Programme: [[NEG|BA Welsh History]]   Tutor: [[P|Mr Iwan ap Gruffydd]]

What happened: During a group seminar on 4 October, [[S|Rhys]] shared his screen and a desktop folder named "[[NEG|Cymru Rydd]] targets" was visible, containing photographs of a mosque in Newport. Other students noticed; [[U|Sunny Dhillon]] messaged me privately and [[U|Carys Bevan]] left the call. [[S|Rhys]] closed it quickly and later emailed to say the folder belongs to his brother [[R|Dafydd Pritchard]].

Background: [[S|Mr Pritchard]] lives with his mother, [[R|Gwenllian Pritchard]], and his father [[R|Mr Pritchard]] runs the family garage. On a sunny day he is chatty and engaged; recently he has been withdrawn. His friend [[U|Owain Tudor]] ("[[U|Oz]]") calls him "[[S|Rhysy]]" in the forum and has posted similar material.

Action: I informed [[U|Dr Mererid Hale]], Designated Safeguarding Lead, the same evening. [[U|Sunny]] has been offered support.

Signed: [[P|Iwan ap Gruffydd]]   Date: 4 October
""",
    },
    {
        "id": "d14-support-ayaan",
        "kind": "support_log",
        "subject": "Ayaan Warsame",
        "subject_aliases": [],
        "case_people": ["Kirsty Bell", "Amina Begum"],
        "tags": ["same_surname_relative", "initials", "title", "labelled_id", "unissued_prefix"],
        "text": """Student Support Log: [[S|Ayaan Warsame]] ([[SI:STUDENT_NUMBER|NW-4418209]])
NI number on file: [[SI:UK_NINO|QQ 12 34 56 C]] (query with Finance)

02/02 Call from [[S|Ayaan]]'s mother, [[R|Hodan Warsame]], via interpreter [[U|Abdullahi Mohamed Farah]]. [[R|Mrs Warsame]] worried that [[S|Ayaan]] is "online all night" and no longer sees his cousins. Advised her we can only speak to [[S|Ayaan]] directly. — [[P|K. Bell]]

05/02 Spoke to [[S|Ayaan]]. Tired, polite. Says brother [[R|Abdirahman]] is "overreacting". Mentioned an older man, [[U|Sheikh Idris]], from a Discord server who "explains things properly". Booked wellbeing appointment. — [[P|AB]]

09/02 Missed appointment. Left voicemail on [[SI:PHONE_NUMBER|07700 900 481]]. — [[P|AB]]

11/02 [[R|Abdirahman Warsame]] emailed from [[T:EMAIL_ADDRESS|a.warsame88@mailbox.co.uk]] with screenshots; forwarded to [[U|Mr Lowther]] (Prevent SPOC). — [[P|KB]]

14/02 Meeting with [[S|Ayaan]] and [[U|Ms Farhiya Yusuf]] (mentor). He agreed to a follow-up. [[U|Lowther]] to decide on next steps. — [[P|Kirsty Bell]]
""",
    },
    {
        "id": "d14-support-elif",
        "kind": "support_log",
        "subject": "Elif Yıldız",
        "subject_aliases": ["elif.y"],
        "case_people": ["Oliver Strand"],
        "tags": ["diacritics", "same_surname_relative", "initials", "labelled_id", "title"],
        "text": """WELLBEING CONTACT LOG
Student: [[S|Elif Yıldız]]   Student no. [[SI:STUDENT_NUMBER|22190465]]   NHS no. [[SI:UK_NHS|485 777 3456]]
Adviser: [[P|Oliver Strand]]

14 Oct. [[S|Elif]] self-referred. Says her older brother [[R|Barış Yıldız]] has been posting on a forum under [[T:USERNAME|baris_kurt34]] and wants her to translate leaflets. She is frightened of upsetting her father, [[R|Mehmet Yıldız]]. — [[P|OS]]

16 Oct. Follow-up call. Her friend [[U|Zeynep Aktaş]] sat in for support. [[S|Ms Yıldız]] gave consent to speak to [[U|Dr Şule Çakır]] at her GP practice in Harrow. — [[P|OS]]

21 Oct. [[R|Mrs Yıldız]] phoned from [[T:PHONE_NUMBER|020 7946 0381]] asking whether [[S|Elif]] was "in trouble". Explained confidentiality. [[R|Barış]] could be heard in the background. — [[P|O. Strand]]

23 Oct. Case discussed with [[U|Gareth Pryce-Jones]] (Prevent). Agreed no referral yet; [[S|Elif]] wants to stay at home until her exams at the [[NEG|Ankara Street]] campus. — [[P|OS]]

28 Oct. [[S|Elif]] uploaded assignment on time. Cheerful. Mentioned [[U|Çağrı]] from her study group has been kind. — [[U|H. Greaves]] (covering)
""",
    },
    {
        "id": "d14-support-jiahui",
        "kind": "support_log",
        "subject": "Chen Jiahui",
        "subject_aliases": ["Jenny", "陈佳慧"],
        "case_people": ["Sarah Oduya", "Li Wei"],
        "tags": ["same_surname_relative", "initials", "alias", "title", "labelled_id"],
        "text": """Student support entries: [[S|Chen Jiahui]] ([[S|陈佳慧]], uses "[[S|Jenny]]")
Student number: [[SI:STUDENT_NUMBER|NW-6023371]]

03/11: [[S|Jenny]] emailed the hub from [[SI:EMAIL_ADDRESS|jenny.chen2003@webmail.com]] asking how to withdraw. On the phone she said her father, [[R|Chen Guoqiang]], wants her home, and that her cousin [[R|Chen Hao]] has been "watching what I post". — [[P|SO]]

05/11: Second call. [[S|Jiahui]] said [[R|Hao]] took photos of a study group run by [[P|Li Wei]] and another student, [[U|Zhang Yifan]], and sent them to someone called [[U|Mr Gu]]. She is scared for [[P|Li]]. Offered counselling with [[U|Dr Amelia Frost]]. — [[P|SO]]

08/11: [[P|Li Wei]] contacted us independently, worried about [[S|Ms Chen]]. — [[P|S. Oduya]]

12/11: Case review with [[U|Mark Dempsey]] (Prevent) and [[U|Yusuf al-Amin]] (international student adviser). Agreed this is a safeguarding matter, not Prevent. [[R|Mr Chen]] not to be contacted without [[S|Jiahui]]'s consent. — [[P|SO]]

15/11: Landlord [[U|Mr Hopkins]] reports [[S|Chen]] safe and in the flat. — [[P|Sarah Oduya]]
""",
    },
    {
        "id": "d14-support-summer",
        "kind": "support_log",
        "subject": "Summer Holloway",
        "subject_aliases": [],
        "case_people": ["Bethan Morgan"],
        "tags": ["word_name", "same_surname_relative", "initials", "title", "labelled_id"],
        "text": """Support & Wellbeing: running log
Subject: [[S|Summer Holloway]]   ID [[SI:STUDENT_NUMBER|31144962]]   DOB [[SI:DATE_OF_BIRTH|17/06/2005]]

[[NEG|Summer]] term, week 2. [[S|Summer]] disclosed that her mother's partner, [[U|Gary Pike]], has been taking her to meetings of a "patriots' walking club". Her mother, [[R|Dawn Holloway]], is aware. [[S|Summer]] seemed unsure whether she wanted help. — [[P|BM]]

Week 3. Spoke to [[S|Ms Holloway]] again. Her brother [[R|Kieran Holloway]] has a new tattoo she described and did not want named. She mentioned a man called [[U|Will]] who drives them, vehicle [[T:UK_VEHICLE_REGISTRATION|YD21 KPW]]. [[NEG|Will]] follow up. — [[P|B. Morgan]]

Week 4. [[R|Mrs Holloway]] rang, angry that [[S|Summer]] "told tales". Did not confirm anything. Consulted [[U|Will Atkinson]] (Prevent coordinator; no relation to the driver). — [[P|BM]]

Week 5. [[S|Summer]] attended with her aunt [[R|Joanne Holloway]]. Calm. Referred to [[U|Dr Priya Menon]] for counselling. [[NEG|Dawn]] starts earlier now, she said, so she walks alone less. — [[P|Bethan Morgan]]
""",
    },
    {
        "id": "d14-support-tendai",
        "kind": "support_log",
        "subject": "Tendai Moyo",
        "subject_aliases": ["TJ"],
        "case_people": ["Jonathan Reeve", "Thandiwe Nkosi-Mahlangu"],
        "tags": ["same_surname_relative", "initials", "word_name", "labelled_id", "title"],
        "text": """Student Support Log
Student: [[S|Tendai Moyo]] ("[[S|TJ]]")   Student no. [[SI:STUDENT_NUMBER|NW-2207781]]   Tel: [[SI:PHONE_NUMBER|+44 7911 204 385]]

12 Jan: [[S|Tendai]] called in distress. Uncle [[R|Farai Moyo]] is sponsoring his fees and has asked him to "help with a project" for a group that [[U|Hope Clarke]] in the Students' Union believes is extremist. Advised we would listen first. — [[P|JR]]

13 Jan: Spoke with [[U|Hope]] (SU advice). She shared the group's site, [[T:URL|https://risingvoices-network.org/join]]. — [[P|JR]]

15 Jan: [[S|TJ]] attended with his sister [[R|Rufaro]]. [[R|Mrs Moyo]] (mother, in Bulawayo) has not been told. [[S|Mr Moyo]] agreed to a meeting with [[P|Thandiwe Nkosi-Mahlangu]] (Student Money). — [[P|J. Reeve]]

19 Jan: [[P|Ms Nkosi-Mahlangu]] set up hardship funding so that [[S|Tendai]] is not reliant on [[R|Farai]]. Sort code [[SI:UK_SORT_CODE|20-45-77]], account [[SI:UK_BANK_ACCOUNT|41736280]] confirmed. — [[P|TNM]]

22 Jan: No contact from [[R|Farai Moyo]] since. [[U|Dr Kwesi Boateng]] (Safeguarding) closed the alert. — [[P|Jonathan Reeve]]
""",
    },
    {
        "id": "d14-chat-jessica",
        "kind": "chat_export",
        "subject": "Jessica Whitfield",
        "subject_aliases": ["Jess", "jess", "jwhitfield03"],
        "case_people": ["Faith Mbeki"],
        "tags": ["chat_lowercase", "same_surname_relative", "word_name", "alias", "title"],
        "text": """Microsoft Teams export: "[[NEG|SOC1102]] study group" (exported for Prevent review)
Participants: [[S|Jessica Whitfield]] ([[SI:USERNAME|jwhitfield03]]), [[U|Priyanka Shah]], [[U|Marcus Oyelaran-Brown]], [[U|Ben Carver]], [[P|Dr Faith Mbeki]] (tutor)

[19:02] [[U|Priyanka Shah]]: has anyone seen the reading for thursday
[19:04] [[U|Ben Carver]]: nope. @[[S|jess]] you had it?
[19:05] [[S|Jessica Whitfield]]: sorry my brother [[R|tom]] was using the laptop again
[19:05] [[S|Jessica Whitfield]]: he keeps leaving those videos open, the ones from that [[U|Colm]] guy
[19:07] [[U|Marcus Oyelaran-Brown]]: the ones about "remigration"?? [[S|jess]] that's not ok
[19:08] [[U|Ben Carver]]: tell [[S|jess]]'s brother to get his own laptop lol
[19:09] [[S|Jessica Whitfield]]: its not funny, mum says [[R|Tom Whitfield]] got kicked out of college for it
[19:12] [[P|Dr Faith Mbeki]]: Hi all, I've seen this thread. [[S|Jess]], could you message me privately please?
[19:13] [[U|Priyanka Shah]]: @[[U|marcus]] keep faith, she'll sort it
[19:20] [[S|Jessica Whitfield]]: ok [[P|dr mbeki]]. pls dont ring [[R|mrs whitfield]] tho, shes got enough on
[19:21] [[P|Dr Faith Mbeki]]: Understood. I'll call you, not home.
""",
    },
    {
        "id": "d14-chat-mohammed",
        "kind": "chat_export",
        "subject": "Mohammed Al-Rashid",
        "subject_aliases": ["Mo", "mo", "Mo Rashid", "mo_rashid"],
        "case_people": ["Aisha Siddiqui"],
        "tags": ["chat_lowercase", "same_surname_relative", "alias", "labelled_id"],
        "text": """WhatsApp chat export, group "Level 5 Law Crew" (provided by [[P|Aisha Siddiqui]], 24/03)

[21/03, 22:14] [[U|Bilal Hussain]]: @ [[S|mo]] you coming to the revision thing sat
[21/03, 22:15] [[S|Mo Rashid]]: cant, my cousin [[R|yusuf]] wants me at the talk in Bradford
[21/03, 22:15] [[P|Aisha Siddiqui]]: which talk? the one [[U|Sheikh Anwar]] posted?
[21/03, 22:16] [[S|Mo Rashid]]: yeah. [[R|Yusuf al-Rashid]] says its just history lol
[21/03, 22:17] [[T:PHONE_NUMBER|+44 7700 900872]]: [[S|mo]] bro that guy got banned from the mosque
[21/03, 22:18] [[U|Bilal Hussain]]: who is this number
[21/03, 22:18] [[T:PHONE_NUMBER|+44 7700 900872]]: its [[U|hamza]], new phone
[21/03, 22:20] [[S|Mo Rashid]]: my uncle [[R|Khalid]] is driving us anyway. tell [[U|aisha]] to chill
[21/03, 22:21] [[P|Aisha Siddiqui]]: I'm right here [[S|Mohammed]] 🙄 just be careful ok
[21/03, 22:23] [[U|Bilal Hussain]]: [[S|Al-Rashid]] send the notes before u go
[21/03, 22:25] [[S|Mo Rashid]]: sent to [[U|bilal]] + [[U|Hamza Qadri]]. my ig is [[SI:SOCIAL_HANDLE|@mo_rashid]] if u need
[22/03, 09:02] [[U|Bilal Hussain]]: [[R|Mr Al-Rashid]] (his dad) messaged me asking where he is??
""",
    },
    {
        "id": "d14-chat-bogdan",
        "kind": "chat_export",
        "subject": "Bogdan Ionescu",
        "subject_aliases": ["bogdi", "bogdan.i"],
        "case_people": ["Andrei Popescu-Vlad", "Mădălina Stoica"],
        "tags": ["chat_lowercase", "same_surname_relative", "diacritics", "alias", "labelled_id"],
        "text": """VLE discussion board export: [[NEG|Engineering Maths]] café (moderated)
Flagged by moderator [[U|Rachel Dunmore]] on 7 May

[[U|andrei.pv]] ([[P|Andrei Popescu-Vlad]]): has anyone done q4 yet
[[S|bogdan.i]] ([[S|Bogdan Ionescu]]): done. btw who's coming to the rally sunday, my sister [[R|ioana]] has spare flags
[[P|madalina.s]] ([[P|Mădălina Stoica]]): @[[S|bogdi]] which rally
[[S|bogdan.i]]: the one in Birmingham. [[U|Marius Dragomir]] is speaking, he says we need to "clean the streets"
[[P|andrei.pv]]: mate not on the uni board. delete that
[[S|bogdan.i]]: relax [[P|andrei]]. [[R|Ioana Ionescu]] and my dad are going too
[[U|t.okafor]] ([[U|Tobi Okafor]]): reported. this is not ok
[[P|madalina.s]]: [[S|bogdan]] seriously, [[R|Mr Ionescu]] would be embarrassed
[[S|bogdan.i]]: he literally drives the van lol, reg [[T:UK_VEHICLE_REGISTRATION|BF68 RZT]]
[[U|Rachel Dunmore]] (moderator): Thread locked. [[S|Bogdan]], [[P|Mădălina]], [[U|Tobi]], please check your inbox.
""",
    },
    {
        "id": "d14-chat-haruto",
        "kind": "chat_export",
        "subject": "Haruto Sato",
        "subject_aliases": ["佐藤陽翔", "haru", "h_sato"],
        "case_people": ["Yuki Tanaka"],
        "tags": ["chat_lowercase", "same_surname_relative", "alias", "word_name", "labelled_id"],
        "text": """Discord export, server "NOU Games Society", channel #general (submitted by [[P|Yuki Tanaka]], society president)

[[S|h_sato]] ([[S|佐藤陽翔]]) 23:41: anyone else think the [[NEG|Preston]] campus thing was deserved
[[U|rosie_b]] 23:42: what?? people got hurt [[S|haru]]
[[S|h_sato]] 23:42: my brother [[R|ren]] says they had it coming
[[U|kenjiwatanabe]] 23:44: [[S|haru]] delete this. [[R|Ren Sato]] isn't even at this uni
[[P|yuki.t]] 23:45: @[[S|h_sato]] not the place. DM me
[[U|Grace L]] 23:46: sending this to [[U|Rose]] on the committee
[[U|rosie_b]] 23:46: I'm [[U|Rose]] lol. already screenshotted
[[S|h_sato]] 23:48: fine. [[R|sato-san]] senior will sort it out anyway, he knows [[U|Kane Mercer]]
[[U|kenjiwatanabe]] 23:49: who is [[U|kane mercer]]
[[S|h_sato]] 23:49: look him up. [[T:URL|https://t.me/mercer_truthfront]]
[[P|yuki.t]] 23:55: Muting for 24h. [[S|Haruto]], [[U|Kenji]], [[U|Rose]]: thanks, I've told [[U|Dr Helen Achterberg]]. Sorry [[U|Grace]].
Log IP for [[S|h_sato]] session: [[SI:IP_ADDRESS|2a00:23c7:4e1b:9f01::2c]]
""",
    },
    {
        "id": "d14-email-ana",
        "kind": "email",
        "subject": "Ana Lúcia Ferreira",
        "subject_aliases": ["Ana"],
        "case_people": ["Duncan Fraser", "Joana Pereira"],
        "tags": ["email_header", "greeting", "signoff", "signature", "same_surname_relative", "diacritics", "title"],
        "text": """From: [[P|Duncan Fraser]] <[[T:EMAIL_ADDRESS|d.fraser@northway-ou.ac.uk]]>
To: [[P|Joana Pereira]] <[[T:EMAIL_ADDRESS|j.pereira@northway-ou.ac.uk]]>
Cc: [[U|Imran Chaudhry]] <[[T:EMAIL_ADDRESS|i.chaudhry@northway-ou.ac.uk]]>
Subject: FW: [[S|Ana Ferreira]] – message from her mother

Hi [[P|Joana]],

Forwarding the below, as you speak Portuguese. [[S|Ana]]'s mother says [[S|Ana]] is spending time with a man called [[U|João Baptista Neves]]. I have not replied.

Thanks, [[P|Duncan]]
--
[[P|Duncan Fraser]] | Student Casework Officer
Northway Open University | [[T:PHONE_NUMBER|0113 496 0521]]

----- Forwarded message -----
From: [[R|Maria da Conceição Ferreira]] <[[T:EMAIL_ADDRESS|mconceicao.ferreira@correio.pt]]>
Sent: 2 April
To: Student Hub

Dear Sir or Madam,

My daughter [[S|Ana Lúcia Ferreira]] (student [[SI:STUDENT_NUMBER|21005583]]) no longer answers me. Her brother [[R|Tiago]] says she follows [[U|Mr Neves]] on Instagram ([[T:SOCIAL_HANDLE|@joao.neves.verdade]]) and talks like him. Her father, [[R|Rui Ferreira]], is ill. Please help.

With thanks,
[[R|Conceição Ferreira]]
""",
    },
    {
        "id": "d14-email-kwame",
        "kind": "email",
        "subject": "Kwame Asante",
        "subject_aliases": ["Kwams"],
        "case_people": ["Abena Owusu-Ansah"],
        "tags": ["email_header", "greeting", "signoff", "signature", "same_surname_relative", "title", "word_name"],
        "text": """From: [[P|Abena Owusu-Ansah]] <[[T:EMAIL_ADDRESS|abena.owusu-ansah@northway-ou.ac.uk]]>
To: [[U|Mark Halliwell]] <[[T:EMAIL_ADDRESS|m.halliwell@northway-ou.ac.uk]]>
Cc: [[U|Dr Joy Ekwueme]]
Subject: Concern – [[S|Kwame Asante]], BSc Computing (Year 2)

Dear [[U|Mark]],

I'm writing about [[S|Kwame Asante]] ([[SI:STUDENT_NUMBER|NW-7719042]]). His brother, [[R|Kofi Asante]], called me yesterday from [[T:PHONE_NUMBER|07700 900 236]]. [[R|Kofi]] says [[S|Kwame]] has been building a website for a group led by [[U|Ebo Mensah-Darko]] and spends nights on it. He sent a link: [[T:URL|http://pan-african-dawn.net/members]]. Their mother, [[R|Mrs Asante]], has asked us not to involve the police.

I have met [[S|Kwame]] once. He was friendly and said "[[R|Kofi]] worries too much." [[U|Dr Ekwueme]] (his personal tutor) has noticed nothing academically. I'd welcome your view on whether this meets the threshold; I will mark mine as "unsure".

Kind regards,
[[P|Abena]]
--
[[P|Abena Owusu-Ansah]]
Senior Wellbeing Adviser
Tel: [[T:PHONE_NUMBER|(0113) 496 0738]]
""",
    },
    {
        "id": "d14-email-priya",
        "kind": "email",
        "subject": "Priya Raghunathan",
        "subject_aliases": [],
        "case_people": ["Ciarán Mac Giolla", "Deborah Okoye"],
        "tags": ["email_header", "greeting", "signoff", "signature", "same_surname_relative", "title", "diacritics"],
        "text": """From: [[P|Ciarán Mac Giolla]] <[[T:EMAIL_ADDRESS|c.macgiolla@northway-ou.ac.uk]]>
To: [[P|Deborah Okoye]]
Subject: Re: [[S|Priya R.]] – meeting with family

Hi [[P|Deborah]],

Quick update after today's Teams call. [[S|Priya]] joined with her father, [[R|Mr Raghunathan]], and her younger sister, [[R|Divya Raghunathan]]. [[R|Mr S. Raghunathan]] believes [[S|Priya]] is being pressured by [[U|Arjun Malhotra]], a former student, to distribute leaflets for a Hindutva youth group in Leicester. [[S|Priya]] denied this. [[R|Divya]] later messaged me to say [[U|Arjun]]'s friend [[U|Rohit Bhandari]] has her sister's student login ([[SI:USERNAME|praghunathan21]]).

IT ([[U|Lucy Ng]]) can see logins from [[T:IP_ADDRESS|86.153.27.204]], which is not [[S|Ms Raghunathan]]'s usual address.

Can we talk tomorrow? I think [[U|Sunil]] from Chaplaincy should join.

Cheers,
[[P|Ciarán]]
--
[[P|Ciarán Mac Giolla]]
Personal Tutor, School of Law
[[T:PHONE_NUMBER|+44 (0)161 496 0732]] | [[T:EMAIL_ADDRESS|c.macgiolla@northway-ou.ac.uk]]
""",
    },
    {
        "id": "d14-email-lorenzo",
        "kind": "email",
        "subject": "Lorenzo De Luca",
        "subject_aliases": ["Enzo"],
        "case_people": ["Fiona Lindqvist"],
        "tags": ["email_header", "greeting", "signoff", "signature", "same_surname_relative", "title", "alias"],
        "text": """From: [[P|Fiona Lindqvist]] <[[T:EMAIL_ADDRESS|f.lindqvist@northway-ou.ac.uk]]>
To: [[S|Lorenzo De Luca]] <[[SI:EMAIL_ADDRESS|l.deluca@student.northway-ou.ac.uk]]>
Cc: [[U|Hamish Drummond]]
Subject: Your message about the society event

Dear [[S|Lorenzo]],

Thank you for your email. I understand you are upset that your talk with [[U|Signor Franco Bellini]] was cancelled. The decision was made by [[U|Mr Drummond]] and the Events Committee after complaints from [[U|Leila Mansour]] and others about the speaker's posts.

You mentioned that your father, [[R|Marco De Luca]], had already paid for the venue, and that your cousin [[R|Giulia De Luca]] had travelled from Milan. I am sorry for the inconvenience to the [[R|De Luca]] family. Refunds go through [[U|Paolo]] in Finance.

I would like to meet, with your personal tutor [[U|Dr Simone Vitale]], to talk about the society's next steps. [[S|Enzo]], this is not a disciplinary meeting.

Best wishes,
[[P|Fiona]]
--
[[P|Dr Fiona Lindqvist]]
Head of Student Conduct
[[T:PHONE_NUMBER|01632 960 184]]
""",
    },
    {
        "id": "d14-minutes-ahmad",
        "kind": "meeting_minutes",
        "subject": "Ahmad Zia Noorzai",
        "subject_aliases": ["Zia"],
        "case_people": ["Rachel Kingsley", "Samir Malik"],
        "tags": ["attendees", "initials", "same_surname_relative", "title", "word_name"],
        "text": """PREVENT CASE PANEL: minutes, 14 May
Present: [[P|Rachel Kingsley]] (Chair, Head of Safeguarding); [[P|Samir Malik]] (Prevent SPOC); [[U|Dr Bill Ashworth]] (Faculty of Health); [[U|Nadia Rahimi]] (Student Support)
Apologies: [[U|Hope Ndlovu]] (Counselling)
Minutes: [[U|Tom Eaves]]

1. Student: [[S|Ahmad Zia Noorzai]] ([[SI:STUDENT_NUMBER|NW-8830217]]), [[NEG|Paramedic Science]].
[[U|NR]] reported that [[S|Zia]] (the name he uses) disclosed that his older brother [[R|Farid Noorzai]] is being questioned by police in Kabul-related enquiries. [[S|Mr Noorzai]] is anxious and not sleeping. His father, [[R|Mr Noorzai]], and uncle [[R|Gul Agha Noorzai]] have asked him to "stay quiet".
[[U|BA]] noted no academic concerns; placement supervisor [[U|Mr Wahidullah Karimi]] speaks well of him.
[[P|SM]] advised this is a welfare matter, not a Prevent referral. The panel agreed.

Actions
- [[P|RK]] to call the student this week.
- [[U|NR]] to book counselling with [[U|Hope]] on her return.
- [[P|SM]] to note on the case file; no Channel referral.
[[NEG|Bill]] of costs for interpreter ([[U|Ms Zarmina Sadat]]) to be sent to Finance. Next review: 11 June.
""",
    },
    {
        "id": "d14-minutes-shirin",
        "kind": "meeting_minutes",
        "subject": "Shirin Barzani",
        "subject_aliases": [],
        "case_people": ["Patrick O'Rourke"],
        "tags": ["attendees", "initials", "same_surname_relative", "title", "word_name"],
        "text": """Student Concerns Group: minutes of meeting held 3 December (Teams)
Attendees: [[P|Patrick O'Rourke]], Deputy Registrar (chair); [[U|Dr Hêvî Aziz]], Personal Tutor; [[U|Grace Whitlock]], Accommodation; [[U|Jamal bin Osman]], Students' Union Advice
Apologies: [[U|Prof. Malcolm Reid]]
Minutes taken by: [[U|Leanne Cho]]

Item 2: [[S|Shirin Barzani]], [[NEG|BA International Relations]], Level 6
[[U|HA]] explained that [[S|Shirin]] has asked for her address to be withheld from her brother, [[R|Dilshad Barzani]], who has been posting her photos with threats. Their mother, [[R|Mrs Barzani]], supports [[S|Shirin]]. A cousin, [[R|Rêbaz Barzani]], may be involved. [[U|JbO]] said the SU has seen similar posts from [[T:SOCIAL_HANDLE|@kurdlion_1991]].
[[U|GW]] confirmed [[S|Ms Barzani]] has moved flats. The group agreed this is honour-based abuse and not Prevent, though [[R|Dilshad]]'s posts also praise an armed group.

Actions:
[[P|PO'R]] to refer to the police safeguarding unit (contact [[U|DS Lorna Finch]]).
[[U|HA]] to meet [[S|Shirin]] weekly.
[[U|GW]] to suppress address on all systems.
""",
    },
    {
        "id": "d14-minutes-callum",
        "kind": "meeting_minutes",
        "subject": "Callum McAllister",
        "subject_aliases": ["Cal"],
        "case_people": ["Morag Sinclair", "Ewan MacLeod"],
        "tags": ["attendees", "initials", "same_surname_relative", "title", "word_name"],
        "text": """Minutes: Safeguarding review, [[NEG|Glasgow]] Learning Centre, 22 February
Attendees: [[P|Morag Sinclair]] (Centre Manager, chair), [[P|Ewan MacLeod]] (Prevent Lead), [[U|Fatima Zahra El-Idrissi]] (Disability Adviser), [[U|Sgt Colin Baird]] (Police Scotland, observer)
Apologies: [[U|Kirsty Dunbar]]
Minutes: [[U|Rowan Petrie]]

[[S|Callum McAllister]] (ID [[SI:STUDENT_NUMBER|40221938]]). [[P|EM]] summarised: [[S|Cal]] was seen handing out stickers for a banned group at the centre on 15 February. His dad, [[R|Ian McAllister]], collected him and was abusive to staff. [[U|Sgt Baird]] said officers know [[R|Mr McAllister]] senior but have no concerns about [[S|Callum]] himself. [[U|FZE]] reminded the group that [[S|Callum]] has autism and may be easily led; his gran, [[R|Isobel McAllister]], is his main carer.

Agreed: a supportive conversation first. [[S|Mr McAllister]] is not banned from the centre.

Actions
[[P|MS]] to write to [[S|Callum]] and [[R|Mrs McAllister]] (gran).
[[P|EM]] to complete the Prevent log.
[[U|FZE]] to review his reasonable adjustments.
""",
    },
    {
        "id": "d14-minutes-oksana",
        "kind": "meeting_minutes",
        "subject": "Oksana Melnyk",
        "subject_aliases": ["Ksiusha"],
        "case_people": ["Victoria Amadi"],
        "tags": ["attendees", "initials", "same_surname_relative", "title", "diacritics"],
        "text": """MINUTES: Student Wellbeing Case Conference
Date: 9 September   Chair: [[P|Victoria Amadi]] (Director of Student Services)
Present: [[U|Rev. Andrew Pike]] (Chaplain), [[U|Dr Marta Wiśniewska-Hart]] (Mental Health Adviser), [[U|Kemal Aydın]] (Prevent Coordinator)
Apologies: [[U|Dr Joy Fairbanks]], [[U|Siân Llywelyn]]
Minutes: [[U|Connor Walsh]]

Case: [[S|Oksana Melnyk]] ([[SI:STUDENT_NUMBER|NW-1190274]]), [[NEG|BSc Psychology]]
[[U|MWH]] reported [[S|Oksana]] is distressed after her brother [[R|Taras Melnyk]] returned from the front. [[R|Taras]] has been sharing battle footage in a family chat with their mother, [[R|Halyna Melnyk]], and [[S|Oksana]] has been re-sharing some of it on the module forum. [[U|KA]] was clear that this is trauma, not extremism. [[S|Ms Melnyk]] asked that [[R|Mrs Melnyk]] not be contacted; her emergency contact is [[U|Olena Kravets]] on [[T:PHONE_NUMBER|07700 900 615]].

Actions
[[U|MWH]] to arrange trauma counselling.
[[P|VA]] to ask the forum moderator, [[U|Dan Whitaker]], to remove the clips gently.
[[U|AP]] to offer pastoral contact.
""",
    },
    {
        "id": "d14-chron-nikos",
        "kind": "case_chronology",
        "subject": "Nikos Papadopoulos",
        "subject_aliases": ["Nick"],
        "case_people": ["Sunita Malik", "Rob Sheridan"],
        "tags": ["initials", "same_surname_relative", "title", "diacritics", "labelled_id"],
        "text": """CASE CHRONOLOGY: [[S|Nikos Papadopoulos]] (student [[SI:STUDENT_NUMBER|20773519]], DOB [[SI:DATE_OF_BIRTH|03/08/2001]])

04/03 Tutor [[U|Dr Eleni Vasileiou]] reports [[S|Nikos]] posted a meme about "cleansing" Athens of migrants in the [[NEG|Classics]] forum. ([[P|S. Malik]])
06/03 [[S|Nick]] (preferred name) says it was a joke forwarded by his cousin [[R|Giorgos Papadopoulos]]. ([[P|S. Malik]])
09/03 Further posts traced to account [[T:USERNAME|golden_meander88]], believed to be [[R|Giorgos]]'s. — [[P|RS]]
12/03 Father [[R|Dimitrios Papadopoulos]] phones, says the family "has nothing to do with politics". [[R|Mr Papadopoulos]] gave his number, [[T:PHONE_NUMBER|+30 694 512 7730]]. ([[P|S. Malik]])
15/03 [[S|Mr Papadopoulos]] meets [[P|Rob Sheridan]] and [[U|Christos Andreou]] (SU). Apologises; agrees to forum guidance. — [[P|RS]]
20/03 [[U|Ms Konstantina Lazaridou]], a classmate, reports further messages to her from [[R|Giorgos]]. ([[P|S. Malik]])
27/03 Case closed for [[S|Nikos]]; [[R|Giorgos Papadopoulos]] is not a student. Information passed to [[U|PC Darren Holt]]. — [[P|RS]]
""",
    },
    {
        "id": "d14-chron-brian",
        "kind": "case_chronology",
        "subject": "Brian Otieno",
        "subject_aliases": ["Brayo"],
        "case_people": ["Sanjay Kapoor"],
        "tags": ["initials", "same_surname_relative", "word_name", "title", "labelled_id", "unissued_prefix"],
        "text": """Chronology of concern: [[S|Brian Otieno]]
Student no. [[SI:STUDENT_NUMBER|NW-3381026]]   NI no. [[SI:UK_NINO|BG 63 81 27 D]]

2 Sept: Sister [[R|Faith Otieno]] emails Admissions saying [[S|Brian]] has "lost his faith and found something worse". — [[P|SK]]
5 Sept: Call with [[S|Brian]]. Says [[R|Faith]] is exaggerating; he listens to a preacher, [[U|Pastor Samuel Kiprono]], online. — [[P|SK]]
11 Sept: [[U|Achieng Odhiambo]] (classmate) sends screenshots from [[T:SOCIAL_HANDLE|@brayo_kingdomwarrior]] showing a threat to a clinic. [[S|Brian]] confirms the account is his. — [[P|SK]]
12 Sept: Referral discussed with [[U|Dr Wanjiku Kamau]] (DSL). Mother, [[R|Mrs Otieno]], informed with [[S|Brian]]'s consent. ([[P|S. Kapoor]])
16 Sept: [[S|Mr Otieno]] withdraws the post; meets [[U|Canon Peter Halsey]]. — [[P|SK]]
24 Sept: [[R|Faith]] reports [[S|Brayo]] calmer. Uncle [[R|Joseph Otieno]] has offered him work in Nairobi. — [[P|S. Kapoor]]
30 Sept: [[U|Patience Mwale]] ([[NEG|Channel]] panel) agrees no further action. — [[P|SK]]
""",
    },
    {
        "id": "d14-chron-sipho",
        "kind": "case_chronology",
        "subject": "Sipho Dlamini",
        "subject_aliases": ["Sips"],
        "case_people": ["Marianne Fourie", "Tom Pritchett"],
        "tags": ["initials", "same_surname_relative", "title", "labelled_id", "word_name"],
        "text": """Case chronology: student [[S|Sipho Dlamini]] ([[SI:STUDENT_NUMBER|30664120]]), prepared for [[NEG|Channel]] panel

10 June: [[P|Marianne Fourie]] (personal tutor) notes [[S|Sipho]] has stopped submitting work. — [[P|MF]]
14 June: [[S|Sipho]] tells [[P|Ms Fourie]] his mother, [[R|Nomvula Dlamini]], is in hospital in Durban and he is "getting support from the brothers". — [[P|MF]]
17 June: Housemate [[U|Lwazi Khumalo]] reports [[S|Mr Dlamini]] watching beheading videos sent by [[U|Abu Talha]]. — [[P|TP]]
18 June: [[P|Tom Pritchett]] (Prevent) meets [[S|Sipho]]. Older brother [[R|Bongani Dlamini]] joins by phone from [[T:PHONE_NUMBER|+27 82 555 0194]], very worried. — [[P|TP]]
20 June: [[R|Bongani]] emails [[T:EMAIL_ADDRESS|bongani.dlamini@mailza.co.za]] with more messages. ([[P|T. Pritchett]])
25 June: Referral made. [[U|DC Amy Jarvis]] and [[U|Sergeant Patel]] visit. [[R|Mrs Dlamini]] informed by [[R|Bongani]]. — [[P|TP]]
2 July: [[S|Sips]] attends mentoring with [[U|Imam Yusuf Adams]]. [[NEG|Mark]] for July review. — [[P|MF]]
""",
    },
    {
        "id": "d14-chron-layla",
        "kind": "case_chronology",
        "subject": "Layla Haddad",
        "subject_aliases": [],
        "case_people": ["Roisin Kelleher"],
        "tags": ["initials", "same_surname_relative", "title", "labelled_id"],
        "text": """Chronology: [[S|Layla Haddad]], [[NEG|MA Middle Eastern Studies]] (ID [[SI:STUDENT_NUMBER|NW-5004418]])
Compiled by [[P|Roisin Kelleher]], Casework

01/10: [[S|Layla]] reports harassment on the module forum from a user called [[T:USERNAME|true_levant]]. — [[P|RK]]
03/10: IT trace ([[U|Dmitri Volkov]]): posts came from [[T:IP_ADDRESS|151.228.40.17]]. — [[P|RK]]
06/10: [[S|Ms Haddad]] says her brother [[R|Karim Haddad]] told her the user is [[U|Khalid bin Saeed]], an ex-boyfriend. — ([[P|R. Kelleher]])
08/10: Her father, [[R|Dr Haddad]], emails to ask the university to "protect her name". [[R|Karim]] asks to join meetings; declined. — [[P|RK]]
13/10: [[U|Mr bin Saeed]] is not a student. Case passed to [[U|DS Heather Collins]]. [[S|Layla]]'s own posts raise no Prevent concern. — [[P|RK]]
20/10: [[S|Layla]] meets [[U|Dr Nour al-Khatib]] (Chaplaincy). Her aunt, [[R|Samira Haddad]], attends for support. — [[P|R. Kelleher]]
29/10: [[U|DS Collins]] confirms a warning was issued. Case closed. — [[P|RK]]
""",
    },
    {
        "id": "d14-incident-mark",
        "kind": "incident_report",
        "subject": "Mark Jennings",
        "subject_aliases": ["Jenno"],
        "case_people": ["Gemma Rowntree", "Kwabena Adjei"],
        "tags": ["word_name", "same_surname_relative", "title", "labelled_id", "initials"],
        "text": """INCIDENT REPORT: Leeds Study Centre
Ref: [[NEG|INC-2291-LDS]]   Date/time: 11 March, 18:40
Reported by: [[P|Gemma Rowntree]] (Centre Supervisor)
Witnesses: [[P|Kwabena Adjei]] (security), [[U|Sian Whitlow]] (student), [[U|Dr Faisal Haq]] (tutor)

Student [[S|Mark Jennings]] ([[SI:STUDENT_NUMBER|NW-6610458]]) arrived with his father, [[R|Bill Jennings]], and another man, later named as [[U|Lee Crossley]]. [[R|Mr Jennings]] senior shouted at [[U|Dr Haq]] about a "grooming gang" and filmed him. [[S|Mark]] tried to calm him down; [[U|Ms Whitlow]] said [[S|Mark]] looked "mortified". [[P|Mr Adjei]] escorted the men out.

They left in a grey Transit, reg [[T:UK_VEHICLE_REGISTRATION|LK19 XTA]], registered to [[R|Bill]]. The clip appeared that night on [[T:SOCIAL_HANDLE|@bill_j_patriot]]. [[S|Mr Jennings]] emailed at 22:10 to apologise, mentioning that his mother, [[R|Carol Jennings]], had been ill. [[NEG|Mark]] my words, he wrote, it won't happen again.

Police: [[U|PC Hannah Lister]] (collar 4471) attended; crime ref [[NEG|13/88421/26]].
[[P|GR]] / [[P|KA]]
""",
    },
    {
        "id": "d14-incident-ahmet",
        "kind": "incident_report",
        "subject": "Ahmet Çelik",
        "subject_aliases": ["ahmetc"],
        "case_people": ["Deniz Karaca", "Lauren Pierce"],
        "tags": ["diacritics", "same_surname_relative", "title", "labelled_id", "initials"],
        "text": """Digital Incident Report
Reporter: [[P|Lauren Pierce]], Information Security   Date: 18 April
Other staff involved: [[P|Deniz Karaca]] (VLE admin), [[U|Mehmet Ali Doğan]] (Turkish-language tutor)

Summary: Between 02:00 and 03:15 the [[NEG|Moodle]] account of student [[S|Ahmet Çelik]] ([[SI:USERNAME|ahmetc]], [[SI:STUDENT_NUMBER|21340077]]) posted recruitment messages for a proscribed group in three forums. Sessions came from [[T:IP_ADDRESS|94.12.201.66]] and [[T:IP_ADDRESS|2001:db8:14a::7]], neither [[S|Ahmet]]'s usual address.

[[S|Mr Çelik]] phoned at 09:00 and said his uncle, [[R|Serkan Çelik]], had borrowed his laptop. His cousin [[R|Aylin Çelik]] confirmed this to [[P|Ms Karaca]]. [[U|Doğan Hoca]] (as students call [[U|Mr Doğan]]) said [[S|Ahmet]] had previously complained about [[R|Serkan]]'s views. [[U|Şebnem Işık]], a student, reported the posts first.

Police: [[U|DC Rhiannon Keys]], Counter Terrorism Policing NE; [[R|Serkan Çelik]]'s vehicle [[T:UK_VEHICLE_REGISTRATION|NA17 FJU]] noted at the address.
Account suspended pending review. — [[P|LP]]
""",
    },
    {
        "id": "d14-incident-ryan",
        "kind": "incident_report",
        "subject": "Ryan Doherty",
        "subject_aliases": ["Dohc"],
        "case_people": ["Niamh Quinlan"],
        "tags": ["same_surname_relative", "title", "labelled_id", "initials", "word_name", "diacritics"],
        "text": """INCIDENT REPORT FORM
Location: [[NEG|Belfast]] exam venue, [[NEG|Victoria Hall]]   Date: 23 May
Reporting officer: [[P|Niamh Quinlan]], Exams Officer
Witnesses: invigilators [[U|Séamus Ó Dálaigh]] and [[U|Patience Achterberg]]; candidate [[U|Jordan Maguire]]

During the 10:00 paper, candidate [[S|Ryan Doherty]] (candidate [[SI:STUDENT_NUMBER|NW-3307715]]) was found with a phone showing messages from a contact saved as "[[R|Seán D]]". [[S|Ryan]] said it was his brother [[R|Seán Doherty]]. [[U|Mr Ó Dálaigh]] saw a message reading "bring the flag, [[U|Gerry]] says Saturday". [[S|Doherty]] became upset and left.

After the paper, his mother [[R|Mrs Doherty]] arrived in a car, reg [[T:UK_VEHICLE_REGISTRATION|OIW 4527]], and spoke to [[P|Ms Quinlan]]. [[R|Bernadette Doherty]] said the family were "sick of [[R|Seán]]'s nonsense".

PSNI: [[U|Constable Aaron McKeown]] called at 13:20 about an unrelated matter; not involved.
[[NEG|Sunny]] outside; candidates were held in the foyer. Next: [[P|NQ]] to refer to [[U|Prof. Declan Hurley]].
""",
    },
    {
        "id": "d14-incident-bilal",
        "kind": "incident_report",
        "subject": "Bilal Qureshi",
        "subject_aliases": ["Billy"],
        "case_people": ["Steve Okonjo"],
        "tags": ["same_surname_relative", "title", "labelled_id", "initials", "word_name"],
        "text": """Security Incident Log: Manchester Hub
Incident no. [[NEG|SEC/0417]]   Reported by: [[P|Steve Okonjo]], Security Team Leader   Time: 14:05, 6 June
Witnesses: [[U|Rosa Martínez]] (reception), [[U|Dr Anjali Varma]], [[U|Callum Reid]] (student)

A man in the car park was handing leaflets to students entering the hub. He gave his name as [[R|Usman Qureshi]] and said he was waiting for his cousin, [[S|Bilal Qureshi]] ([[SI:STUDENT_NUMBER|30118452]]). The leaflets named [[U|Nadeem Farooqi]] as a speaker. [[U|Ms Martínez]] recognised [[S|Bilal]], who came out and asked [[R|Usman]] to leave. [[U|Callum Reid]] heard [[S|Billy]] (as friends call him) say "not here, bro".

Vehicle: black Golf, [[T:UK_VEHICLE_REGISTRATION|MA66 OKP]]; keeper believed to be [[R|Tariq Qureshi]], [[S|Bilal]]'s uncle. [[R|Mr Qureshi]] was not present.
Police: [[U|PC Gemma Hartley]] and [[U|PC Ola Nwachukwu]] attended at 14:40 and took the leaflets.
[[S|Mr Qureshi]] (the student) was spoken to by [[U|Dr Varma]] and is not suspected of involvement.
Signed: [[P|S. Okonjo]]
""",
    },
    {
        "id": "d14-incident-lucia",
        "kind": "incident_report",
        "subject": "Lucía Fernández",
        "subject_aliases": ["Lu", "lucia_fdz"],
        "case_people": ["Gabriel Moreau", "Ifeoma Chukwu"],
        "tags": ["diacritics", "same_surname_relative", "title", "labelled_id", "initials", "word_name"],
        "text": """ONLINE SAFETY INCIDENT REPORT
Reported by: [[P|Gabriel Moreau]] (Student Engagement)   Received: 2 February, 21:15
Witness statements: [[P|Ifeoma Chukwu]], [[U|Dawn Ashby]], [[U|Álvaro Ruiz de la Torre]]

During a live webinar, a participant named "[[T:USERNAME|patria_1936]]" posted images of a swastika and the address of a student, [[S|Lucía Fernández]] ([[SI:STUDENT_NUMBER|NW-4477102]]). [[P|Ms Chukwu]] (host) removed the user. [[U|Álvaro]] told us the user is [[R|Javier Fernández]], [[S|Lucía]]'s brother, who has posted about her before. [[S|Lucía]] confirmed this by phone from [[SI:PHONE_NUMBER|07700 900 318]].

[[U|Ms Ashby]] captured the join IP: [[T:IP_ADDRESS|31.205.88.143]]. [[S|Ms Fernández]]'s parents, [[R|Carmen Fernández]] and [[R|Mr Fernández]], live in Valencia and have been told by [[S|Lu]].

Police: reported to [[U|DS Owen Pryce]] (ref [[NEG|CR/55102/26]]).
[[NEG|Faith]] communities team informed as the images targeted a synagogue.
[[P|GM]] / [[P|IC]]
""",
    },
    {
        "id": "d14-letter-megan",
        "kind": "letter",
        "subject": "Megan Llewellyn",
        "subject_aliases": ["Meg"],
        "case_people": ["Gareth Prosser"],
        "tags": ["named_house", "no_house_number", "split_postcode", "same_surname_relative", "title", "signoff", "signature"],
        "text": """Northway Open University
Student Conduct Office

[[S|Ms Megan Llewellyn]]
[[SI:STREET_ADDRESS|Bryn Awel]]
[[SI:STREET_ADDRESS|Heol y Dderwen]]
Llandeilo
[[SI:UK_POSTCODE|SA19 6PJ]]

14 November

Our ref: [[NEG|SC/2026/0931]]   Student number: [[SI:STUDENT_NUMBER|21556803]]

Dear [[S|Megan]],

Thank you for meeting [[P|Mr Prosser]] and me on 10 November, and for bringing your mother, [[R|Mrs Llewellyn]]. I know it was difficult to hear that posts from your account had been reported by [[U|Eleri Vaughan]] and [[U|Dr Tomasz Grabowski]].

You told us your stepbrother, [[R|Aled Llewellyn]], had your password. [[R|Aled]] has since written to us, and your mother ([[R|Sioned Llewellyn]]) confirmed the account was shared at home. On that basis no conduct action will be taken. [[U|Mrs Beynon]] in IT will help you reset your login.

If you need support, [[U|Rose Tanner]] in Wellbeing is happy to speak to you. Please do not hesitate to contact [[P|Gareth Prosser]] or me.

Yours sincerely,

[[U|Dr Angharad Rees]]
Head of Student Conduct
cc [[P|G. Prosser]]
""",
    },
    {
        "id": "d14-letter-rose",
        "kind": "letter",
        "subject": "Rose van der Berg",
        "subject_aliases": ["Rosie"],
        "case_people": ["Leon Achebe-Whyte"],
        "tags": ["word_name", "same_surname_relative", "title", "signoff", "split_postcode", "labelled_id"],
        "text": """PRIVATE AND CONFIDENTIAL

[[R|Mr Pieter van der Berg]]
[[T:STREET_ADDRESS|27 Rosemary Lane]]
Ipswich
[[T:UK_POSTCODE|IP4 2LX]]

3 March

Dear [[R|Mr van der Berg]],

Re: your daughter, [[S|Rose van der Berg]] (student [[SI:STUDENT_NUMBER|NW-2086631]])

Thank you for your letter of 24 February. I understand your worry that [[S|Rose]] has been influenced by her former partner, [[U|Jake Ellery]], and by the group he belongs to. Your wife, [[R|Mrs van der Berg]], also spoke to my colleague [[U|Ms Primrose Adjaye]] last week.

As [[S|Rose]] is an adult, we cannot share information about her without her consent. She has been offered support, and her tutor, [[P|Dr Leon Achebe-Whyte]], is aware. If you believe [[S|Rosie]] is at risk, you may wish to contact [[U|PC Daniel Frost]] at the local station, or the Prevent team via [[U|Harriet Coombes]].

I hope that [[R|Annelies]], [[S|Rose]]'s younger sister, is now settled at school.

Yours sincerely,

[[P|L. Achebe-Whyte]] (for the Dean, [[U|Prof. Rosalind Thorne]])
""",
    },
    {
        "id": "d14-letter-chidi",
        "kind": "letter",
        "subject": "Chidiebere Okonkwo",
        "subject_aliases": ["Chidi"],
        "case_people": ["Margaret Ellison"],
        "tags": ["same_surname_relative", "title", "signoff", "split_postcode", "labelled_id", "no_house_number"],
        "text": """Northway Open University, Student Services
[[NEG|Cromwell House]], Park Row, Leeds

[[S|Mr Chidiebere Okonkwo]]
[[SI:STREET_ADDRESS|Flat 4B, 112 Stanhope Road]]
Croydon
[[SI:UK_POSTCODE|CR0 6AZ]]

19 January

Dear [[S|Chidi]],

Hardship fund and enrolment hold

I am sorry to hear about your difficult few months. Your uncle, [[R|Mr Emeka Okonkwo]], phoned on your behalf, and your sister [[R|Adaeze]] sent the documents. Please note we received a copy of your passport ([[SI:UK_PASSPORT|533912478]]) and your NHS letter ([[SI:UK_NHS|721 448 3095]]).

The concern raised by [[U|Mr Tobias Grant]], that you had shared material from [[U|Olumide Bankole]]'s channel, has been reviewed by [[U|Ngozi Eze]] and me, and closed.

Payments will go to the account you gave: sort code [[SI:UK_SORT_CODE|40-12-76]], account [[SI:UK_BANK_ACCOUNT|90223147]]. Your mother, [[R|Mrs Okonkwo]], asked whether [[R|Ifeanyi Okonkwo]] could collect post for you; we cannot agree to this without your signed consent.

Yours sincerely,

[[P|Margaret Ellison]]
Student Funding Manager
[[P|ME]]/[[U|jw]]
""",
    },
    {
        "id": "d14-letter-mateusz",
        "kind": "letter",
        "subject": "Mateusz Wiśniewski",
        "subject_aliases": ["Mati"],
        "case_people": ["Harriet Blackwood", "Piotr Zając"],
        "tags": ["diacritics", "same_surname_relative", "title", "signoff", "split_postcode", "labelled_id", "no_house_number"],
        "text": """[[S|Mr Mateusz Wiśniewski]]
c/o [[R|Mrs Wiśniewska]]
[[SI:STREET_ADDRESS|Orchard Cottage, Mill Lane]]
Boston
Lincolnshire
[[SI:UK_POSTCODE|PE21 9QT]]

8 August

Dear [[S|Mr Wiśniewski]],

Outcome of your placement review

I write following the meeting on 1 August attended by you, your father [[R|Andrzej Wiśniewski]], [[P|Mr Piotr Zając]] (interpreter) and myself.

The panel noted that the flyers found in your locker belonged to your brother [[R|Kamil]], who drove you to work in his van ([[T:UK_VEHICLE_REGISTRATION|FY63 WLM]]). [[R|Kamil Wiśniewski]] has confirmed this in writing. Your employer, [[U|Mr Dean Foxley]], and your mentor, [[U|Grażyna Lis]], both describe you as reliable. We have also copied the driving licence you supplied ([[SI:UK_DRIVING_LICENCE|WISNI902145M99TK]]) to your file.

No further action will be taken. [[U|Dr Ewa Sobczak]] remains available if you would like support, and [[P|Mr Zając]] can translate for your mother, [[R|Bożena Wiśniewska]], if needed.

Yours sincerely,

[[P|Harriet Blackwood]]
Placements Manager, Faculty of Health
[[T:EMAIL_ADDRESS|h.blackwood@northway-ou.ac.uk]]
""",
    },
    {
        "id": "d14-letter-patience",
        "kind": "letter",
        "subject": "Patience Banda",
        "subject_aliases": [],
        "case_people": ["Gordon Whitelaw"],
        "tags": ["word_name", "same_surname_relative", "title", "signoff", "split_postcode", "labelled_id", "named_house"],
        "text": """[[S|Miss Patience Banda]]
[[SI:STREET_ADDRESS|The Willows]]
[[SI:STREET_ADDRESS|19 Hope Street]]
Wolverhampton
[[SI:UK_POSTCODE|WV3 0BD]]

Student number: [[SI:STUDENT_NUMBER|NW-5129904]]
Date of birth: [[SI:DATE_OF_BIRTH|22 October 2000]]

Dear [[S|Patience]],

I am writing to confirm the support agreed when you met [[U|Ms Gloria Mhango]] and me. Thank you for your patience while we looked into the messages your sister, [[R|Precious Banda]], received from [[U|Chikondi Phiri]].

We understand that [[R|Precious]] and your brother [[R|Mr Chisomo Banda]] are worried about a church group led by [[U|Prophet Elias Mwale]]. You told us you left that group last year. Your mother, [[R|Mrs Banda]], has asked us to refund fees to her account (IBAN [[T:IBAN_CODE|GB47 BARC 2031 8854 2219 07]]); we can do this only with your written consent.

[[U|Dr Yohannes Tesfaye]] will be your new personal tutor from January, and [[U|Ms Mhango]] will stay in touch over the holidays.

With best wishes,

[[P|Gordon Whitelaw]]
Student Casework Manager
[[T:PHONE_NUMBER|0121 496 0877]]
""",
    },
]
