# ruff: noqa: E501
"""dev18: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d18-tutor-ciaran",
        "kind": "tutor_report",
        "subject": "Ciarán Ó Súilleabháin",
        "subject_aliases": ["Kieran"],
        "case_people": ["Nkechi Okonkwo-Bright", "Gareth Pryce"],
        "tags": ["same_surname_relative", "diacritics", "title", "signature", "initials", "alias", "labelled_id"],
        "text": """Personal tutor note: concern raised (Prevent duty)
Student: [[S|Ciarán Ó Súilleabháin]] (prefers "[[S|Kieran]]" in seminars)
Student number: [[SI:STUDENT_NUMBER|NMOU-2231-0478]]
Module: [[NEG|Politics and Power]] (PPW210), [[NEG|Galway]] study centre

During the online seminar on 3 November [[S|Ciarán]] posted several links praising a banned group. When [[U|Ms Hollis]] challenged him he left the call. [[S|Mr Ó Súilleabháin]] later told me his father, [[R|Donal Ó Súilleabháin]], had shared the videos in a family chat and that his sister [[R|Aoife]] had asked him to stop. [[R|Aoife Ó Súilleabháin]] contacted the faculty office separately on 5 November.
I discussed the posts with [[P|Dr Nkechi Okonkwo-Bright]] (Designated Safeguarding Lead) and with [[P|Gareth Pryce]] from Student Conduct. [[P|Dr Okonkwo-Bright]] agreed that [[S|Kieran]]'s wellbeing comes first and a referral is premature. [[U|Fionnuala Ní Bhriain]], the study-centre coordinator, will arrange a check-in; [[P|GP]] will keep the conduct file closed for now. His classmate [[U|Tadhg]] has also been offered support.
Next review: end of [[NEG|Michaelmas]] term.

Signed: [[U|R. Castellano]]
Personal Tutor, School of Social Sciences
""",
    },
    {
        "id": "d18-tutor-weronika",
        "kind": "tutor_report",
        "subject": "Weronika Zielińska",
        "subject_aliases": ["Weronka"],
        "case_people": ["Halima Osei-Tutu"],
        "tags": ["same_surname_relative", "diacritics", "title", "initials", "signature", "word_name", "alias"],
        "text": """PROGRESS REPORT - Term 2
Student name: [[S|Weronika Zielińska]]
Student no.: [[SI:STUDENT_NUMBER|22190346]]
Programme: [[NEG|BSc Criminology]]
Personal tutor: [[P|Halima Osei-Tutu]]

Academic: [[S|Weronika]] has submitted three of four assignments. Her essay on online radicalisation was strong, although [[U|Dr Brandt]] noted that sections quoted extremist material without critique.
Wellbeing: [[S|Ms Zielińska]] disclosed that her mother, [[R|Mrs Zielińska]], returned to [[NEG|Kraków]] in January and her younger sister [[R|Kasia Zielińska]] now lives with her. [[R|Kasia]] is 15. A neighbour, [[U|Mrs Joy Whitlock]], helps with childcare. There is no joy in the flat, she said, and she feels isolated.
Concerns: [[S|Weronka]] (the name friends use) mentioned a forum contact called [[U|Marek]] who encourages her to "stop trusting institutions". I discussed this with [[U|Patience Adu]] in the Safeguarding team on 14 February.
Actions: [[P|HOT]] to meet [[S|Weronika]] fortnightly; [[U|PA]] to advise on the Prevent pathway. [[U|Mark Kerrigan]] (Disability Advisor) to review her extension request; we will mark the delay as approved.

Signed: [[P|H. Osei-Tutu]]
""",
    },
    {
        "id": "d18-tutor-hiroshi",
        "kind": "tutor_report",
        "subject": "Hiroshi Tanaka",
        "subject_aliases": ["田中浩", "Hiro"],
        "case_people": ["Anouk van der Linde", "Bill Thackeray"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "word_name", "alias", "labelled_id"],
        "text": """Tutor Concern Form
Name of student: [[S|Hiroshi Tanaka]] ([[S|田中浩]])
Student number: [[SI:STUDENT_NUMBER|NMOU-2307-1122]]
Date of birth: [[SI:DATE_OF_BIRTH|19/06/2004]]
Reported by: [[P|Dr Anouk van der Linde]], Lecturer in Computing

Summary: In the [[NEG|Teams]] group chat for [[NEG|Secure Systems]] (COM305), [[S|Hiro]] shared a file described as a manual for building drones to "punish" local councillors. Two students, [[U|Sunny Kapoor]] and [[U|Olamide Ajayi]], flagged it to me. [[S|Mr Tanaka]] removed the file within ten minutes and apologised.
Background: [[S|Hiroshi]] lives with his uncle, [[R|Kenji Tanaka]], in [[NEG|Sheffield]]. His father [[R|Mr Tanaka]] is in [[NEG|Osaka]]. [[R|Kenji]] was not aware of any concerns when I called.
Discussion: I consulted [[P|Bill Thackeray]] (Head of Department). [[P|Mr Thackeray]] suggested contacting [[U|Rosa Quintero]] in the Prevent office. [[U|Ms Quintero]] will decide whether the matter goes further. [[S|Tanaka]]'s attendance is otherwise excellent.

Signed: [[P|A. van der Linde]]
Countersigned: [[P|BT]]
""",
    },
    {
        "id": "d18-tutor-grace",
        "kind": "tutor_report",
        "subject": "Grace Whitfield",
        "subject_aliases": ["Gracie"],
        "case_people": ["Emeka Chukwuma"],
        "tags": ["same_surname_relative", "word_name", "title", "initials", "signature", "alias"],
        "text": """Personal-tutor notes — [[S|Grace Whitfield]] (level 5, [[NEG|BA History]])

12/01: Met [[S|Grace]] online. She asked for a grace period on her dissertation proposal. She mentioned that her brother [[R|Will Whitfield]] has joined a group that meets above a gym in [[NEG|Hope Street]], [[NEG|Liverpool]]. She is worried he will bring friends to the house.
19/01: [[S|Ms Whitfield]] forwarded screenshots. Messages from a user called [[U|Dane]] urge [[R|Will]] to "prepare". Their mother, [[R|Mrs Whitfield]], is unaware. I shared the screenshots with [[P|Emeka Chukwuma]], Safeguarding Officer.
26/01: [[P|Mr Chukwuma]] spoke to [[S|Gracie]] (her own preference) and to [[U|Insp. Harriet Lowe]] of the regional Prevent team. [[U|Insp. Lowe]] confirmed that [[R|William Whitfield]] is already known to them. [[S|Grace]]'s friend [[U|Summer Okoro]] has been told nothing.
02/02: Extension granted by [[U|Dr Faith Monaghan]]. Have faith in the process, [[U|Dr Monaghan]] told [[S|Grace]]. Note that [[NEG|Faith]] and Belief Forum staff are not involved.

Signed: [[U|J. Aldridge]] (Personal Tutor)
Reviewed: [[P|EC]]
""",
    },
    {
        "id": "d18-support-amara",
        "kind": "support_log",
        "subject": "Amara Nwachukwu",
        "subject_aliases": ["Ama"],
        "case_people": ["Abigail Brennan", "Kelechi Bell"],
        "tags": ["same_surname_relative", "initials", "signature", "labelled_id", "title"],
        "text": """Student Support & Wellbeing log
Student: [[S|Amara Nwachukwu]] | ID [[SI:STUDENT_NUMBER|21908832]] | Tel [[SI:PHONE_NUMBER|07700 900418]]

04 Mar 2026, 10:15. Phone call. [[S|Amara]] upset; said her brother [[R|Chidi Nwachukwu]] was stopped at [[NEG|Manchester Airport]] last week. Their mother [[R|Mrs Nwachukwu]] is asking the university to "explain". Offered counselling. — [[P|AB]]
05 Mar 2026, 14:40. Email from [[R|Ngozi Nwachukwu]] (mother) at [[T:EMAIL_ADDRESS|ngozi.nwa@mailbox.example]] asking for a call back on [[T:PHONE_NUMBER|0161 496 0732]]. Not returned pending consent from [[S|Ama]]. — [[P|K. Bell]]
07 Mar 2026, 09:05. [[S|Ms Nwachukwu]] gave verbal consent. Spoke to [[R|Ngozi]]. She says [[R|Chidi]] had travelled with a friend, [[U|Ifeanyi Obi]]. — [[P|AB]]
09 Mar 2026, 16:30. Case discussed with [[U|Dr Tendai Mupfumira]] (Prevent Lead). No referral needed about [[S|Amara]]; she is a witness, not a concern. [[U|TM]] to log it. — [[P|KB]]
12 Mar 2026. Follow-up: [[S|Amara]] attending sessions with [[U|Bronwen Hughes]] (counsellor). — [[P|Abigail Brennan]]
""",
    },
    {
        "id": "d18-support-lindiwe",
        "kind": "support_log",
        "subject": "Lindiwe Dlamini",
        "subject_aliases": ["Lindi"],
        "case_people": ["Sarah Malik"],
        "tags": ["same_surname_relative", "initials", "labelled_id", "unissued_prefix", "word_name", "alias"],
        "text": """WELLBEING ENTRIES - [[S|Lindiwe Dlamini]]
NI number: [[SI:UK_NINO|QQ 12 34 56 C]]  NHS no: [[SI:UK_NHS|217 533 7723]]

02/10/2026 - [[S|Lindi]] self-referred. Living with her aunt [[R|Thandeka Dlamini]] in [[NEG|Bradford]]. Reports that a lodger, [[U|Jabu Khumalo]], plays speeches from a hate preacher late at night. — [[P|SM]]
03/10/2026 - Checked with [[U|Precious Mthembu]] (accommodation) whether [[S|Ms Dlamini]] can move. A room at [[NEG|Grace Hall]] is free from 20 October. — [[P|S. Malik]]
06/10/2026 - [[R|Thandeka]] phoned, angry that [[S|Lindiwe]] "spoke to strangers". She said her son [[R|Sizwe Dlamini]] would collect [[S|Lindiwe]]'s things. Advised her politely that [[S|Lindiwe]] is an adult. — [[U|RS]]
08/10/2026 - Discussed [[U|Mr Khumalo]] with [[U|Raj Sandhu]] (Prevent coordinator). [[U|Raj]] will pass the details to the police liaison, [[U|PC Dawn Everett]]. — [[P|SM]]
14/10/2026 - [[S|Lindi]] moved in. Feels safer. Next contact in two weeks. — [[P|Sarah Malik]]
""",
    },
    {
        "id": "d18-support-yusuf",
        "kind": "support_log",
        "subject": "Yusuf Abdi Warsame",
        "subject_aliases": ["Yusuf W"],
        "case_people": ["Caoimhe Ní Riain", "Olu Adebayo"],
        "tags": ["same_surname_relative", "initials", "signature", "labelled_id", "title"],
        "text": """Student support log (confidential)
Subject: [[S|Yusuf Abdi Warsame]], student no. [[SI:STUDENT_NUMBER|2204-7719]]

21 Jan - [[S|Yusuf]] called about finance. His brother [[R|Abdirahman Warsame]] has lost his job and [[S|Yusuf]] sends money home each month. Bank details on file: sort code [[SI:UK_SORT_CODE|20-45-77]], account [[SI:UK_BANK_ACCOUNT|73014482]]. — [[P|CNR]]
23 Jan - Hardship fund form sent. [[S|Mr Warsame]] mentioned a man at the mosque, [[U|Hassan]], who says the fund is "haram". — [[P|Caoimhe Ní Riain]]
28 Jan - Call from [[R|Hodan Warsame]] (mother) via interpreter [[U|Fadumo Ali]]. [[R|Mrs Warsame]] worries [[S|Yusuf]] is being pulled into debates online. — [[P|OA]]
30 Jan - Spoke with [[S|Yusuf W]] (name on the VLE). He described [[U|Hassan]] as "just an uncle figure". No evidence of risk. Referred to [[U|Dr Imran bin Yusof]] for a welfare chat, not Prevent. — [[P|O. Adebayo]]
04 Feb - [[U|Dr bin Yusof]] met him. Payment approved. [[R|Abdirahman]] has found work again. — [[P|CNR]]
""",
    },
    {
        "id": "d18-support-rhys",
        "kind": "support_log",
        "subject": "Rhys Llewellyn-Parry",
        "subject_aliases": ["Rhysy"],
        "case_people": ["Siân Pritchard"],
        "tags": ["same_surname_relative", "initials", "signature", "labelled_id", "title", "diacritics"],
        "text": """Support Log — [[S|Rhys Llewellyn-Parry]]
DOB [[SI:DATE_OF_BIRTH|02/02/2005]] · email [[SI:EMAIL_ADDRESS|r.llewellynparry@student.nmou.ac.uk]]

Mon 9 Feb — [[S|Rhys]] joined the drop-in from [[NEG|Aberystwyth]]. Said his father, [[R|Gwilym Llewellyn-Parry]], has been posting about "invaders" on a local page. [[S|Rhys]] does not agree and feels ashamed. — [[P|SP]]
Wed 11 Feb — [[R|Mrs Llewellyn-Parry]] rang: [[R|Gwilym]] has been arrested after a protest outside a hotel in [[NEG|Llandudno]]. She asked that [[S|Rhys]]'s exams be moved. — [[P|Siân Pritchard]]
Thu 12 Feb — Spoke with [[U|Dr Owain Bevan]] (Exams). Deferral approved. [[S|Mr Llewellyn-Parry]] also asked that his cousin [[R|Ffion Llewellyn-Parry]] not be told anything. — [[P|S. Pritchard]]
Mon 16 Feb — Friend [[U|Dafydd]] worried that [[S|Rhysy]] (a nickname) is sleeping badly. Booked him in with [[U|Meleri Jones]]. — — [[U|K. Bell]]
Fri 20 Feb — Case note checked by [[U|Sgt Alun Roberts]], police liaison: no action on the student. — [[P|SP]]
""",
    },
    {
        "id": "d18-chat-mohammed",
        "kind": "chat_export",
        "subject": "Mohammed Rahimi",
        "subject_aliases": ["Mo", "mo", "mo_rahimi99"],
        "case_people": ["Zainab Qureshi"],
        "tags": ["same_surname_relative", "chat_lowercase", "alias", "title"],
        "text": """Microsoft Teams export - channel "[[NEG|Year 2 Engineering]]" - 14/11/2026
[19:02] [[S|Mohammed Rahimi]]: anyone got the notes from thursday
[19:03] [[U|Ellie Ward]]: @[[S|Mo]] check the files tab
[19:05] [[U|Tunde Bakare]]: lol [[S|mo]] never checks anything
[19:07] [[S|Mohammed Rahimi]]: my cousin [[R|Farid]] says the lecturers are all spies anyway
[19:08] [[U|Ellie Ward]]: ?? what
[19:09] [[S|Mohammed Rahimi]]: joke. [[R|farid rahimi]] is a clown. ask [[U|jess]]
[19:11] [[U|Jess Fairbairn]]: leave me out of it 😂
[19:20] [[S|Mohammed Rahimi]]: watch this [[NEG|https://video.example/watch?v=8KQ3x]] before they delete it
[19:22] [[U|Tunde Bakare]]: mate no. @ [[U|ellie]] tell [[P|zainab]]
[19:25] [[U|Ellie Ward]]: done
[19:40] [[P|Zainab Qureshi]] (Module Leader): [[S|Mohammed]], please remove that link. I've messaged you privately.
[19:41] [[S|Mohammed Rahimi]]: sorry [[P|Dr Qureshi]]
[19:43] [[U|Kayode]]: his brother [[R|Samir]] posts the same stuff on insta as [[T:SOCIAL_HANDLE|@samir.rhm]]
--- export by [[P|ZQ]]; student username [[SI:USERNAME|mo_rahimi99]] ---
""",
    },
    {
        "id": "d18-chat-jessica",
        "kind": "chat_export",
        "subject": "Jessica Haldane",
        "subject_aliases": ["Jess", "jess", "jhaldane"],
        "case_people": ["Callum Ferrier", "Aroha Singh"],
        "tags": ["same_surname_relative", "chat_lowercase", "alias", "word_name"],
        "text": """WhatsApp chat with "Flat 4 [[NEG|Dundee]]" exported 02/03/2026
02/03/2026, 21:14 - [[U|Rory McKinnon]]: is [[S|jess]] coming tonight
02/03/2026, 21:15 - [[S|Jess Haldane]]: cant, [[R|callum]] is round
02/03/2026, 21:15 - [[U|Rory McKinnon]]: your brother?? the one with the flags
02/03/2026, 21:16 - [[S|Jess Haldane]]: yes [[R|Callum Haldane]]. dont start
02/03/2026, 21:18 - [[P|Aroha Singh]]: [[S|jess]] hun he was handing out leaflets at [[NEG|Overgate]] again
02/03/2026, 21:19 - [[S|Jess Haldane]]: i know. mum says dad drives him there
02/03/2026, 21:20 - [[U|Sunny]]: sunny day for it too lol
02/03/2026, 21:22 - [[P|Aroha Singh]]: should we tell [[P|callum f]]? he's the rep
02/03/2026, 21:30 - [[P|Callum Ferrier]]: I saw. [[S|Jess]], want me to speak to [[U|Mrs Duthie]] at student services?
02/03/2026, 21:31 - [[S|Jess Haldane]]: only if [[R|Mr Haldane]] never finds out
02/03/2026, 21:33 - [[U|Rory McKinnon]]: @[[U|sunny]] you ok
[Forwarded by [[P|Aroha Singh]] to safeguarding on 03/03. Student VLE login: [[SI:USERNAME|jhaldane]]]
""",
    },
    {
        "id": "d18-chat-ngoc",
        "kind": "chat_export",
        "subject": "Nguyễn Bảo Ngọc",
        "subject_aliases": ["Ngọc", "ngoc", "Ruby", "baongoc.ng"],
        "case_people": ["Trần Minh Khoa"],
        "tags": ["same_surname_relative", "diacritics", "chat_lowercase", "alias"],
        "text": """VLE discussion board export - [[NEG|Intro to Marketing]] forum - thread "Group 7"
[[S|Nguyễn Bảo Ngọc]] ([[SI:USERNAME|baongoc.ng]]) 09:12: Hi all, I am [[S|Ngọc]] but you can call me [[S|Ruby]].
[[U|Lewis Pratt]] 09:20: hi [[S|ruby]]! is your sister [[R|Thu Hà]] on this course too?
[[S|Nguyễn Bảo Ngọc]] 09:21: yes [[R|Nguyễn Thu Hà]] is in group 3
[[R|Nguyễn Văn Tâm]] 09:25: hello from another [[R|Nguyễn]] haha, not related
[[U|Lewis Pratt]] 09:40: someone in group 3 keeps posting weird stuff about "cleansing"
[[P|Trần Minh Khoa]] 09:45: @[[S|ngoc]] is it [[R|hà]]?
[[S|Nguyễn Bảo Ngọc]] 09:50: no!! it is a guy called [[T:USERNAME|dmitri_k]] I think
[[U|Olga Petrenko]] 10:02: [[U|dmitri]] sent me a DM with a manifesto. reporting to [[U|Dr Asante]]
[[U|Dr Kwabena Asante]] (moderator) 10:30: Thanks [[U|Olga]]. [[S|Ngọc]], [[P|Khoa]], please send me screenshots.
[[P|Trần Minh Khoa]] 10:31: sent sir
[[S|Nguyễn Bảo Ngọc]] 10:33: sent. my dad [[R|Mr Nguyễn]] says i must stay out of it
""",
    },
    {
        "id": "d18-chat-dawn",
        "kind": "chat_export",
        "subject": "Dawn Mulligan",
        "subject_aliases": ["dawnie", "dawnie_m"],
        "case_people": ["Precious Okonjo"],
        "tags": ["same_surname_relative", "word_name", "chat_lowercase", "alias", "title"],
        "text": """Teams chat: "[[NEG|Nursing Cohort B]]" (export requested by [[P|Precious Okonjo]], Student Wellbeing)
[[S|Dawn Mulligan]] 23:48: up till dawn again, can't sleep
[[U|Hope Ferguson]] 23:50: aw [[S|dawnie]] 💛 what's wrong
[[S|Dawn Mulligan]] 23:52: [[R|sean]] is at it again
[[U|Hope Ferguson]] 23:53: your brother? the group in [[NEG|Derry]]?
[[S|Dawn Mulligan]] 23:55: yeah [[R|Seán Mulligan]]. and now mammy says he's moving in with us
[[U|Kofi Mensah-Ward]] 00:02: @[[S|Dawn]] there's hope, tell [[U|mrs o'hare]] tomorrow
[[U|Hope Ferguson]] 00:03: [[U|kofi]] is right
[[S|Dawn Mulligan]] 00:05: [[U|Mrs O'Hare]] will just ring [[R|Mrs Mulligan]] lol
[[U|Saoirse Ní Cheallaigh]] 00:10: [[S|Dawn]] my uncle [[U|Pádraig]] went through the same with that crowd. dm me
[[S|Dawn Mulligan]] 00:12: thanks [[U|saoirse]]. [[R|sean]]'s insta is [[T:SOCIAL_HANDLE|@seanmull_1690]] if anyone wants to see
[[P|Precious Okonjo]] 09:15: [[S|Dawn]], I've seen this. Can we talk at 11? — [[P|PO]]
(Student handle: [[SI:USERNAME|dawnie_m]])
""",
    },
    {
        "id": "d18-email-andreea",
        "kind": "email",
        "subject": "Andreea Popescu",
        "subject_aliases": ["Andi"],
        "case_people": ["Tomasz Wróbel", "Ana Ferreira"],
        "tags": ["same_surname_relative", "email_header", "greeting", "signoff", "signature", "title"],
        "text": """From: [[P|Ana Ferreira]] <[[T:EMAIL_ADDRESS|a.ferreira@nmou.ac.uk]]>
To: [[P|Tomasz Wróbel]] <[[T:EMAIL_ADDRESS|t.wrobel@nmou.ac.uk]]>
Cc: [[U|Lerato Sithole]] <[[T:EMAIL_ADDRESS|l.sithole@nmou.ac.uk]]>
Subject: FW: [[S|Andreea Popescu]] - message from her father

Hi [[P|Tom]],
See below. I have not replied to [[R|Mr Popescu]] yet. [[S|Andreea]] has told me she does not want him contacted.
Thanks, [[P|Ana]]

---------- Forwarded message ----------
From: [[R|Mihai Popescu]] <[[T:EMAIL_ADDRESS|mihai.popescu71@mailbox.example]]>
Date: 6 May 2026 22:41
To: [[P|Ana Ferreira]] <[[T:EMAIL_ADDRESS|a.ferreira@nmou.ac.uk]]>
Subject: my daughter

Dear [[P|Ms Ferreira]],
My daughter [[S|Andreea Popescu]] ([[SI:STUDENT_NUMBER|S2210457]]) is spending time with a man called [[U|Victor Lungu]] who belongs to a nationalist group. Her mother [[R|Elena]] and I are afraid. [[S|Andi]] will not listen to us. Her brother [[R|Radu Popescu]] says [[U|Lungu]] meets students near the [[NEG|Victoria]] campus.
Please call me on [[T:PHONE_NUMBER|+44 7700 900531]].
[[R|Mihai]]

--
[[P|Ana Ferreira]]
Student Casework Officer | [[NEG|Northmoor Open University]]
T: [[T:PHONE_NUMBER|0113 496 0288]]
""",
    },
    {
        "id": "d18-email-kwame",
        "kind": "email",
        "subject": "Kwame Asante-Boateng",
        "subject_aliases": [],
        "case_people": ["Eilidh Fraser"],
        "tags": ["same_surname_relative", "email_header", "greeting", "signoff", "signature", "title", "word_name"],
        "text": """From: [[P|Eilidh Fraser]] <[[T:EMAIL_ADDRESS|eilidh.fraser@nmou.ac.uk]]>
To: [[U|Dr Grace Okafor]] <[[T:EMAIL_ADDRESS|g.okafor@nmou.ac.uk]]>
Cc: [[U|Bill Morrow]]
Subject: Student of concern — [[S|Kwame Asante-Boateng]]

Dear [[U|Grace]],

Following our call, here is a summary. [[S|Kwame]] emailed his tutor, [[U|Mr Morrow]], on Tuesday saying he "will not be around after the weekend". His uncle, [[R|Kofi Asante-Boateng]], with whom he lives, rang us the same day. [[R|Mr Asante-Boateng]] believes [[S|Kwame]] has been talking to someone calling himself "[[U|Brother Yaw]]" on a gaming server.
We will check welfare first. [[S|Mr Asante-Boateng]] has no previous concerns on file; his cousin [[R|Abena Asante-Boateng]] is also a student here but is not involved. Student number: [[SI:STUDENT_NUMBER|NMOU-2118-6604]].
Can you advise whether [[U|Yaw]] should be passed to the police? [[U|Bill]] has the server logs.

Kind regards,
[[P|Eilidh]]

--
[[P|Eilidh Fraser]]
Safeguarding Caseworker
Mobile: [[T:PHONE_NUMBER|07700 900 274]]
[[T:EMAIL_ADDRESS|eilidh.fraser@nmou.ac.uk]]
""",
    },
    {
        "id": "d18-email-oksana",
        "kind": "email",
        "subject": "Oksana Melnyk",
        "subject_aliases": ["Оксана Мельник", "Oksanka"],
        "case_people": ["Declan Murphy", "Yaw Mensah"],
        "tags": ["same_surname_relative", "email_header", "greeting", "signoff", "signature", "alias", "title"],
        "text": """From: [[S|Oksana Melnyk]] <[[SI:EMAIL_ADDRESS|oksana.melnyk@student.nmou.ac.uk]]>
To: [[P|Declan Murphy]] <[[T:EMAIL_ADDRESS|declan.murphy@nmou.ac.uk]]>
Cc: [[P|Yaw Mensah]] <[[T:EMAIL_ADDRESS|y.mensah@nmou.ac.uk]]>
Subject: Re: meeting about my brother

Hi [[P|Declan]],

Thank you for yesterday. As you asked, I am writing down what happened. My brother [[R|Andriy Melnyk]] came to the [[NEG|United Kingdom]] in 2024 with our mother [[R|Halyna]]. Since the summer [[R|Andriy]] has been in contact with [[U|Stanislav Koval]], who recruits people for a militia. [[U|Koval]] also messaged me as "[[T:USERNAME|stas_volya]]" and called me [[S|Oksanka]].
[[R|Mrs Melnyk]] (my mother) does not know. Please do not call her at home on [[T:PHONE_NUMBER|020 7946 0815]].
I signed my name in Ukrainian on the form as [[S|Оксана Мельник]], I hope that is ok.
[[P|Mr Mensah]] said I can ask for a deadline extension. My tutor is [[U|Dr Ilse Vogel]].

Thanks,
[[S|Oksana]]

--
[[S|Oksana Melnyk]]
[[NEG|MA International Relations]], student no. [[SI:STUDENT_NUMBER|23017745]]
""",
    },
    {
        "id": "d18-email-tom",
        "kind": "email",
        "subject": "Thomas Brennan",
        "subject_aliases": ["Tom", "Tommo"],
        "case_people": ["Rukhsana Begum"],
        "tags": ["same_surname_relative", "email_header", "greeting", "signoff", "signature", "title", "word_name"],
        "text": """From: [[R|Patrick Brennan]] <[[T:EMAIL_ADDRESS|paddy.brennan@nmou.ac.uk]]>
To: [[P|Rukhsana Begum]] <[[T:EMAIL_ADDRESS|r.begum@nmou.ac.uk]]>
Subject: Student [[S|T. Brennan]] - not a relative!

Hi [[P|Rukhsana]],

Quick note because of the shared surname: I am not related to [[S|Tom Brennan]] and should not be the reviewing officer, so I am handing this to you.
The referral came from [[U|Dr Marcus Hope]] in Philosophy. [[U|Dr Hope]] says [[S|Tom]] submitted an essay calling for "direct action" against a named councillor, [[U|Cllr Patience Oduya]]. [[S|Thomas]]'s father, [[R|Mr Brennan]], phoned the faculty to complain about "censorship". His mother [[R|Siobhan Brennan]] followed up by email ([[T:EMAIL_ADDRESS|siobhan.b@mailbox.example]]).
[[S|Tommo]], as his friends call him, has asked for [[U|Will Asquith]] (SU advice) to attend any meeting. [[U|Will]] is happy to.
Student number [[SI:STUDENT_NUMBER|2119-0053]]; phone [[SI:PHONE_NUMBER|07700 900 662]].

Best wishes,
[[R|Paddy]]

--
[[R|Patrick Brennan]] | Faculty Registrar
[[T:PHONE_NUMBER|(0131) 496 0519]]
""",
    },
    {
        "id": "d18-minutes-zeynep",
        "kind": "meeting_minutes",
        "subject": "Zeynep Çelik",
        "subject_aliases": ["Zey"],
        "case_people": ["İlker Şahin", "Rachel Kemp"],
        "tags": ["same_surname_relative", "attendees", "initials", "diacritics", "title"],
        "text": """Safeguarding Case Review — minutes
Date: 18 March 2026, via [[NEG|Teams]]
Present: [[P|Rachel Kemp]] (Chair, Head of Student Support); [[P|Dr İlker Şahin]] (Academic Lead, Engineering); [[U|Nomvula Zulu]] (Prevent Coordinator); [[U|Ciarán Walsh]] (minute-taker)
Apologies: [[U|Prof. Ayşe Kılıç]]
Minutes: [[U|CW]]

1. [[S|Zeynep Çelik]] (student no. [[SI:STUDENT_NUMBER|22061188]]). [[P|RK]] summarised the referral. [[S|Zeynep]]'s brother [[R|Barış Çelik]] was arrested in [[NEG|Izmir]] last month; [[S|Ms Çelik]] has been posting about his case. [[P|İŞ]] said the posts are political but lawful.
2. [[U|NZ]] noted that a second [[R|Çelik]], [[R|Emre Çelik]] (no relation), is also enrolled and was wrongly copied into an earlier email. [[U|Mr Walsh]] to correct the distribution list.
3. [[S|Zey]] has asked that her mother, [[R|Mrs Çelik]], not be contacted.
Actions:
- [[P|RK]] to call the student this week.
- [[P|Dr Şahin]] to agree extensions with [[U|Dr Gülşen Yıldız]].
- [[U|NZ]] to close the Prevent referral; no further action.
Next meeting: April (date tbc).
""",
    },
    {
        "id": "d18-minutes-rohan",
        "kind": "meeting_minutes",
        "subject": "Rohan Venkataraman",
        "subject_aliases": ["Ro"],
        "case_people": ["Olivia Chambers"],
        "tags": ["same_surname_relative", "attendees", "initials", "title", "word_name"],
        "text": """Minutes of the Student Concern Panel, [[NEG|Reading]] hub
Attendees: [[P|Olivia Chambers]] (chair); [[U|Dr Mark Adeleke]] (School of Law); [[U|Joy Pemberton]] (Wellbeing); [[U|Sgt Lena Hoffmann]] (police liaison, for item 2 only)
Apologies: [[U|Farhan Siddiqui]], [[U|Ms Ní Mhurchú]]
Minutes: [[U|Joy Pemberton]]

Item 1 — [[S|Rohan Venkataraman]]
[[U|Dr Adeleke]] reported that [[S|Rohan]] had asked in a lecture how to obtain restricted chemicals. [[S|Mr Venkataraman]] later explained it was for a crime novel he is writing. His father, [[R|Dr Suresh Venkataraman]], a pharmacist, confirmed by phone that [[S|Ro]] has written fiction for years. His sister [[R|Anjali Venkataraman]] sent us the first chapter.
[[U|Sgt Hoffmann]] advised that there is no police interest. Panel agreed: no Prevent referral.
Item 2 — unrelated (case ref [[NEG|PRV-2026-0412]]), see separate note.

Actions:
[[P|OC]] to write to [[S|Rohan]] confirming the outcome.
[[U|MA]] to mark the matter closed and to remind staff that [[NEG|Mark]] schemes must be published.
[[U|JP]] to offer [[R|Dr Venkataraman]] a call if he wishes.
""",
    },
    {
        "id": "d18-minutes-faith",
        "kind": "meeting_minutes",
        "subject": "Faith Adeyemi",
        "subject_aliases": ["Fay"],
        "case_people": ["Desmond Kerr", "Yuki Watanabe"],
        "tags": ["same_surname_relative", "word_name", "attendees", "initials", "title"],
        "text": """NMOU Prevent Operational Group — Minutes
Held: 9 June 2026
Present: [[P|Desmond Kerr]] (Chair); [[P|Yuki Watanabe]] (Student Services); [[U|Rev. Hope Stanley]] (Chaplaincy); [[U|Kateryna Bondar]] (Secretary)
Apologies: [[U|Dr Roisín Healy]]
Minutes: [[U|KB]]

3. Student: [[S|Faith Adeyemi]]
[[P|YW]] reported that [[S|Faith]] raised a concern about her sister, [[R|Joy Adeyemi]], who is not a student. [[R|Joy]] has been attending a "study circle" run by a man known as [[U|Brother Ishmael]]. [[S|Ms Adeyemi]] fears the group is isolating [[R|Joy]] from the family. Their father, [[R|Pastor Adeyemi]], has asked the Chaplaincy for help.
[[U|Rev. Stanley]] stressed that the group's faith is not the issue; the control is. The Chaplaincy's [[NEG|Faith]] Advisers network can offer a neutral contact.
[[P|DK]] said the University's duty is to support [[S|Faith]], not to refer [[R|Joy]]; concerns about [[R|Joy Adeyemi]] belong with the local authority.
Actions:
- [[P|YW]] to meet [[S|Fay]] (her preferred name) on 12 June.
- [[U|HS]] to share Chaplaincy contacts.
- [[P|DK]] to liaise with [[U|Marta Kowalska]], council Prevent officer.
""",
    },
    {
        "id": "d18-minutes-dimitris",
        "kind": "meeting_minutes",
        "subject": "Dimitrios Papadopoulos",
        "subject_aliases": ["Dimitris", "Jim"],
        "case_people": ["Sophie Laurent", "Kwesi Appiah"],
        "tags": ["same_surname_relative", "attendees", "initials", "title", "alias"],
        "text": """Case conference: [[S|Dimitrios Papadopoulos]]
Date 4 Dec 2026, 14:00. Online.
Attendees: [[P|Sophie Laurent]] (Designated Safeguarding Lead); [[P|Kwesi Appiah]] (Personal Tutor); [[U|DS Ruth Kavanagh]] (Counter Terrorism Policing); [[U|Luís de Sousa]] (IT Security)
Apologies: [[U|Dr Fatima al-Zahrani]]
Minutes: [[U|LdS]]

[[P|SL]] opened. [[S|Dimitris]], known as "[[S|Jim]]" to classmates, was seen on the university network visiting a site linked to a violent accelerationist group. [[U|Mr de Sousa]] confirmed the device was his. [[P|KA]] described [[S|Mr Papadopoulos]] as isolated since his father [[R|Nikos Papadopoulos]] died. His mother, [[R|Mrs Papadopoulos]], and brother [[R|Giorgos]] live in [[NEG|Athens]].
[[U|DS Kavanagh]] said the site is under observation; no further police interest in [[S|Dimitrios]] at present.
Decisions: make a Prevent referral, with consent sought first.
Actions:
[[P|KA]] to call the student tomorrow.
[[P|SL]] to complete the referral form.
[[U|LdS]] to keep a record of access; [[U|DS Kavanagh]] to update the group.
""",
    },
    {
        "id": "d18-chron-joao",
        "kind": "case_chronology",
        "subject": "João Ferreira",
        "subject_aliases": ["Jota"],
        "case_people": ["Salma Malik", "Pieter Jansen"],
        "tags": ["same_surname_relative", "initials", "diacritics", "title", "labelled_id", "alias"],
        "text": """CASE CHRONOLOGY — [[S|João Ferreira]] (student no. [[SI:STUDENT_NUMBER|NMOU-2009-3361]])
Prepared by [[P|Salma Malik]], Safeguarding

01/09/2026 Enrolment. Emergency contact: mother, [[R|Maria da Conceição Ferreira]], [[T:PHONE_NUMBER|+351 912 345 678]]. ([[P|S. Malik]])
15/09/2026 [[S|João]] posts in the forum under the name "[[S|Jota]]", praising an attack in [[NEG|Lisbon]]. Removed by moderator [[U|Chidinma Eze]]. — [[U|CE]]
16/09/2026 Tutor [[P|Dr Pieter Jansen]] emails [[S|Mr Ferreira]]; no reply. ([[P|P. Jansen]])
22/09/2026 Call from [[R|Conceição]]: she says her son is "angry since his cousin [[R|Rui Ferreira]] was deported". Advised to contact [[U|Ms Gallagher]] at student services. ([[P|S. Malik]])
30/09/2026 [[S|Ferreira]] attends meeting with [[P|SM]] and [[P|PJ]]. Says the post was a "bad joke". Agrees to mentoring with [[U|Inês de Almeida]]. ([[P|S. Malik]])
14/10/2026 [[U|Ms de Almeida]] reports good engagement. His father [[R|Mr Ferreira]] has been told nothing at [[S|João]]'s request. — [[U|IdA]]
02/11/2026 Case reviewed and closed by [[U|Dr Nuala Gallagher]]. ([[U|N. Gallagher]])
""",
    },
    {
        "id": "d18-chron-hawre",
        "kind": "case_chronology",
        "subject": "Hawre Aziz Rasul",
        "subject_aliases": ["Hawre R", "هاوڕێ"],
        "case_people": ["Beatriz Conceição Lopes"],
        "tags": ["same_surname_relative", "initials", "title", "labelled_id", "diacritics", "alias"],
        "text": """Chronology of contact: [[S|Hawre Aziz Rasul]]
Passport: [[SI:UK_PASSPORT|533918204]]  DOB: [[SI:DATE_OF_BIRTH|11 April 2001]]

03 Feb — [[S|Hawre]] (Kurdish name [[S|هاوڕێ]] on his ID card) asks for a quiet prayer space. Passed to [[U|Imam Dilshad Ahmadi]]. — [[P|BCL]]
10 Feb — [[S|Mr Rasul]] says his brother [[R|Shvan Rasul]] in [[NEG|Erbil]] is under pressure to join an armed group. — [[P|BCL]]
17 Feb — Lecturer [[U|Dr Eleanor Marsh]] notes [[S|Hawre]] missed two seminars. — [[U|EM]]
19 Feb — [[P|Beatriz Conceição Lopes]] meets [[S|Hawre]]. He is frightened for [[R|Shvan]] and for his father [[R|Aziz Rasul]], not for himself. — [[P|BCL]]
26 Feb — An anonymous email alleges [[S|Rasul]] is "a recruiter". Sender's IP [[T:IP_ADDRESS|203.0.113.47]] traced to a former flatmate, [[U|Kieran Doyle]]. — [[U|T. Abiodun]]
02 Mar — Discussed with [[U|Mr Doyle]]; he withdrew the allegation. [[U|Tolu Abiodun]] (IT) confirms. — ([[P|B. Conceição Lopes]])
09 Mar — No Prevent concern. [[S|Hawre R]] referred for hardship support. [[R|Mrs Rasul]] to be sent information in Sorani. — [[P|BCL]]
""",
    },
    {
        "id": "d18-chron-zixuan",
        "kind": "case_chronology",
        "subject": "Huang Zixuan",
        "subject_aliases": ["Zack", "黄子轩"],
        "case_people": ["Ellen Marsh-Okoye"],
        "tags": ["same_surname_relative", "initials", "title", "alias", "labelled_id"],
        "text": """Chronology — [[S|Huang Zixuan]] ([[S|黄子轩]]), known as [[S|Zack]]
Student ID: [[SI:STUDENT_NUMBER|23114087]]

05/01 [[S|Zack]] reports being followed after a [[NEG|Hong Kong]] solidarity event. [[P|EMO]]
06/01 [[S|Mr Huang]] identifies one man as [[U|Liu Haoran]], a fellow student. — [[P|Ellen Marsh-Okoye]]
08/01 Father [[R|Huang Jianguo]] emails from [[NEG|Shenzhen]] ([[T:EMAIL_ADDRESS|hjg1968@mailbox.example]]) demanding [[S|Zixuan]] come home. [[R|Mr Huang]] says he was "visited". — [[P|EMO]]
09/01 Meeting with [[U|Dr Chen Meiling]] (International Office) and [[U|Insp. Gareth Lloyd]]. [[U|Insp. Lloyd]] logs a foreign interference concern. — [[P|E. Marsh-Okoye]]
12/01 [[U|Liu]] denies contact. Another student, [[R|Huang Mei]] (unrelated to [[S|Zixuan]]), confirms she saw [[U|Liu]] photographing attendees. — [[U|CM]]
15/01 [[S|Huang]] asks that his mother [[R|Mrs Huang]] not be told. Agreed. — [[P|EMO]]
20/01 Not a Prevent matter; continuing welfare support via [[U|Rosie Fairweather]]. — [[U|RF]]
""",
    },
    {
        "id": "d18-chron-sofia",
        "kind": "case_chronology",
        "subject": "Sofía Ramírez Ortega",
        "subject_aliases": ["Sofi"],
        "case_people": ["Ngozi Eze", "Hamish Grant"],
        "tags": ["same_surname_relative", "initials", "title", "diacritics", "labelled_id", "word_name"],
        "text": """Chronology — [[S|Sofía Ramírez Ortega]]
Student no. [[SI:STUDENT_NUMBER|2210-8841]]  |  IP at login [[SI:IP_ADDRESS|2001:db8:4a1c::17]]

14 Apr 2026: [[S|Sofía]] tells tutor [[P|Hamish Grant]] that her brother [[R|Diego Ramírez]] has been sharing "remigration" memes in the family group. — [[P|HG]]
16 Apr 2026: [[S|Ms Ramírez Ortega]] forwards examples. [[R|Diego]] uses the handle [[T:SOCIAL_HANDLE|@diegoRZ_es]]. — [[P|H. Grant]]
18 Apr 2026: [[P|Ngozi Eze]] (Safeguarding) reviews. Notes that [[R|Diego Ramírez Ortega]] is not a student. — [[P|NE]]
20 Apr 2026: Their mother, [[R|Sra. Ramírez]], emails to say [[S|Sofi]] "exaggerates". — [[P|NE]]
23 Apr 2026: Advice from [[U|Dr Aurelio Conti]] (Prevent Lead): the University's role is to support [[S|Sofía]]. Signpost to [[NEG|Crimestoppers]]. — [[U|AC]]
27 Apr 2026: [[S|Ramírez]] meets [[U|Rose Turner]] (counsellor). Says she rose early to go running to clear her head. — [[U|RT]]
05 May 2026: Closed. — ([[P|N. Eze]])
""",
    },
    {
        "id": "d18-incident-kyle",
        "kind": "incident_report",
        "subject": "Kyle Bishop",
        "subject_aliases": ["Bish"],
        "case_people": ["Harriet Osborne", "Adebola Ogundipe"],
        "tags": ["same_surname_relative", "title", "labelled_id", "initials", "signature"],
        "text": """INCIDENT REPORT — [[NEG|Leeds]] study centre
Incident no: [[NEG|INC-26-0931]]   Date/time: 21/05/2026 18:40
Reported by: [[P|Harriet Osborne]], Centre Manager
Person involved: [[S|Kyle Bishop]], student no. [[SI:STUDENT_NUMBER|21073395]], DOB [[SI:DATE_OF_BIRTH|08/08/2003]]

Account: [[S|Kyle]] arrived with his stepfather, [[U|Darren Pike]], who began shouting at [[P|Adebola Ogundipe]] on reception and filming her. [[U|Mr Pike]] displayed a patch associated with a proscribed organisation. [[S|Mr Bishop]] tried to calm him. [[S|Bishop]] later said [[U|Pike]] "drags him to meetings".
Witnesses: [[U|Yasmin Choudhury]] (student), [[U|Tom Iredale]] (security), [[R|Courtney Bishop]] ([[S|Kyle]]'s sister, waiting outside).
Vehicle: [[U|Mr Pike]] left in a white van, registration [[T:UK_VEHICLE_REGISTRATION|YX19 KDF]].
Police: [[U|PC 4471 Ahmed]] and [[U|PC Lucy Hartnell]] attended at 19:10. [[U|PC Hartnell]] took statements from [[P|Ms Ogundipe]] and [[U|Mr Iredale]].
Follow-up: [[R|Mrs Bishop]] (mother) called next day to apologise; [[R|Courtney]] gave a statement. [[S|Kyle]] asked for support and was referred to [[U|Dr Alan Fenwick]].

Signed: [[P|H. Osborne]]   Checked: [[P|AO]]
""",
    },
    {
        "id": "d18-incident-omar",
        "kind": "incident_report",
        "subject": "Omar al-Rashidi",
        "subject_aliases": ["Abu Tariq"],
        "case_people": ["Gwen Thomas"],
        "tags": ["same_surname_relative", "title", "labelled_id", "initials", "alias"],
        "text": """Digital incident report (IT Security)
Reporter: [[P|Gwen Thomas]], IT Security Analyst
Account holder: [[S|Omar al-Rashidi]], username [[SI:USERNAME|oalrashidi3]], student no. [[SI:STUDENT_NUMBER|NMOU-2305-9210]]
Time of incident: 02:13–02:57, 7 October 2026

Summary: [[S|Omar]]'s account downloaded 3 GB of material from a file-sharing site linked to violent extremism. Source IP [[SI:IP_ADDRESS|198.51.100.23]] (home broadband); a second session came from [[T:IP_ADDRESS|192.0.2.144]], registered to his brother [[R|Tariq al-Rashidi]].
Interview: [[S|Mr al-Rashidi]] denied downloading anything. He said his brother [[R|Tariq]] and his cousin [[R|Yousef al-Rashidi]] know his password. The profile name "[[S|Abu Tariq]]" was created, he says, by [[R|Yousef]] as a joke.
Witnesses: [[U|Dr Helena Brooks]] (personal tutor), who confirms [[S|al-Rashidi]] was at a family wedding in [[NEG|Birmingham]] on 6–7 October; his father [[R|Mr al-Rashidi]] sent photos.
Police: [[U|DC Jamal Haddad]] notified; ref [[NEG|CT/26/5512]].
Action: account suspended by [[P|GT]]; [[U|Femi Oyelaran]] to reset credentials. [[U|DC Haddad]] will contact [[R|Tariq]] directly.
""",
    },
    {
        "id": "d18-incident-precious",
        "kind": "incident_report",
        "subject": "Precious Moyo",
        "subject_aliases": ["Prezzy"],
        "case_people": ["Nicola Fairbrother", "Shingai Chikwanha"],
        "tags": ["same_surname_relative", "word_name", "title", "labelled_id", "initials"],
        "text": """Incident report — harassment at residential school
Location: [[NEG|Patience Hall]], [[NEG|Nottingham]] campus
Reporter: [[P|Nicola Fairbrother]] (Residential Tutor)
Subject: [[S|Precious Moyo]], mobile [[SI:PHONE_NUMBER|+44 7700 900 187]]

At 22:30 on 3 July [[S|Precious]] and her sister [[R|Patience Moyo]] were followed from the bar by two men. One, identified later as [[U|Wade Corrigan]], shouted racist abuse and threatened to "deal with" [[S|Ms Moyo]]. [[R|Patience]] phoned security. Officer [[U|Stan Kowalczyk]] attended.
Witnesses: [[P|Shingai Chikwanha]] (student); [[U|Bethan Lloyd]] (bar staff). [[P|Mr Chikwanha]] says [[U|Corrigan]] had handed out leaflets earlier. It takes patience to deal with this, [[U|Bethan]] said.
Police: [[U|PC Daniel Okoro]] (collar 2290) and [[U|Sgt Rachel Finch]]. [[U|Corrigan]] left in a grey Astra, [[T:UK_VEHICLE_REGISTRATION|NK68 RWE]].
After care: [[S|Precious]] asked for her mother, [[R|Mrs Moyo]], to be informed; [[P|NF]] called her. A room change for [[S|Moyo]] and [[R|Patience]] was arranged. [[S|Prezzy]], as friends call her, was offered counselling.
Signed: [[P|N. Fairbrother]]
""",
    },
    {
        "id": "d18-incident-luca",
        "kind": "incident_report",
        "subject": "Luca Bianchi",
        "subject_aliases": ["lucab_88"],
        "case_people": ["Amina Jallow"],
        "tags": ["same_surname_relative", "title", "labelled_id", "initials", "unissued_prefix"],
        "text": """Incident Report: threatening message to staff
Reporter: [[P|Amina Jallow]], Lecturer, [[NEG|School of Languages]]
Date: 11/11/2026
Subject student: [[S|Luca Bianchi]] (NI [[SI:UK_NINO|BG 63 81 27 D]])

At 09:05 [[P|Dr Jallow]] received a message on the VLE from the account [[SI:USERNAME|lucab_88]] saying "people like you will be removed". [[S|Luca]] denies writing it. He says his flatmate [[U|Connor Hale]] used his laptop. Login IP: [[T:IP_ADDRESS|203.0.113.90]].
Witness: [[U|Giulia Romano]], classmate, says [[U|Hale]] boasted about the message. [[S|Bianchi]]'s father, [[R|Giorgio Bianchi]], phoned to insist his son is "no racist".
Police: reported to [[U|PC Sunita Rao]], [[NEG|West Midlands Police]]. [[U|PC Rao]] collected the laptop.
Vehicle seen leaving: a blue Fiat, [[T:UK_VEHICLE_REGISTRATION|BD21 XHN]], owned by [[U|Mr Hale]].
Other: [[S|Mr Bianchi]]'s sister [[R|Chiara]] and aunt [[R|Francesca Bianchi]] contacted the faculty. [[U|Sandro]] (IT helpdesk) preserved the logs.
Signed [[P|A. Jallow]]
""",
    },
    {
        "id": "d18-incident-aisha",
        "kind": "incident_report",
        "subject": "Aisha Mahmoud",
        "subject_aliases": ["Aisha M"],
        "case_people": ["Brendan O'Connell", "Mei Ling Tan"],
        "tags": ["same_surname_relative", "title", "labelled_id", "initials", "word_name"],
        "text": """Incident report - [[NEG|Student Union]] building, [[NEG|Cardiff]]
Reporter: [[P|Brendan O'Connell]] (Security Supervisor)
Affected student: [[S|Aisha Mahmoud]] - student no. [[SI:STUDENT_NUMBER|22150071]]

14:20: [[S|Aisha]] was leafleting for a charity stall when a man pulled at her hijab and shouted about "invaders". Her sister [[R|Layla Mahmoud]] and friend [[U|Summer Pryce]] were present. [[S|Ms Mahmoud]] was not injured.
14:25: [[P|Mr O'Connell]] detained the man, who gave his name as [[U|Glen Ashby]]. [[U|Ashby]] carried stickers of a banned group.
Witnesses: [[P|Mei Ling Tan]] (SU officer), [[U|Dr Hywel Evans]], [[U|Summer]].
Police: [[U|PC Bethan Morgan]] and [[U|PC Kieron Salt]] arrested [[U|Mr Ashby]] at 14:50. Car: [[T:UK_VEHICLE_REGISTRATION|CF17 LMO]].
Note: [[R|Layla]] told [[P|Ms Tan]] that another [[R|Mahmoud]], a cousin called [[R|Karim Mahmoud]], had been threatened last month. In summer the group had targeted the mosque on [[NEG|Grace Road]].
[[S|Aisha M]] was supported by [[U|Rhiannon Price]] (wellbeing) and her father [[R|Mr Mahmoud]] collected her.
Signed: [[P|B. O'Connell]]   cc [[P|MLT]]
""",
    },
    {
        "id": "d18-incident-ewan",
        "kind": "incident_report",
        "subject": "Ewan MacLeod",
        "subject_aliases": ["Ewan Mac"],
        "case_people": ["Chiamaka Obi", "Stuart Ramsay"],
        "tags": ["same_surname_relative", "title", "labelled_id", "initials", "word_name"],
        "text": """INCIDENT REPORT FORM
Reported by: [[P|Chiamaka Obi]], Exam Invigilator, [[NEG|Inverness]] centre
Date: 19 May 2026
Student: [[S|Ewan MacLeod]], DOB [[SI:DATE_OF_BIRTH|30/01/2002]]

During the exam [[S|Ewan]] was found with a notebook containing sketches of the centre's entrances and the words "day of reckoning". [[P|Ms Obi]] removed it. [[S|Mr MacLeod]] said the notes belonged to a board game he designs with his father [[R|Angus MacLeod]].
Witnesses: [[U|Dr Isla Mackenzie]] (second invigilator) and [[U|Will Geddes]] (student). [[U|Mr Geddes]] says [[S|MacLeod]] often talks about "the day it all ends".
Police liaison: [[P|Stuart Ramsay]] contacted [[U|DS Morag Cairns]], who visited [[R|Mr MacLeod]] senior. [[U|DS Cairns]] confirmed the game exists; [[R|Angus]] showed her the boxes. His driving licence [[T:UK_DRIVING_LICENCE|MACLE603157AJ9KL]] was checked.
Outcome: no Prevent referral. [[S|Ewan]]'s mother [[R|Mrs MacLeod]] and uncle [[R|Hamish MacLeod]] are aware.
[[P|SR]] to speak with [[U|Dr Mackenzie]] about the process; [[P|CO]] to file this form.
""",
    },
    {
        "id": "d18-letter-will",
        "kind": "letter",
        "subject": "William Hartley",
        "subject_aliases": ["Will"],
        "case_people": ["Josephine Adjei"],
        "tags": ["same_surname_relative", "word_name", "named_house", "split_postcode", "title", "signoff", "labelled_id"],
        "text": """[[NEG|Northmoor Open University]]
Student Casework Office

[[R|Mrs Linda Hartley]]
[[T:STREET_ADDRESS|Rowan Cottage]]
[[T:STREET_ADDRESS|Mill Lane]], Little Haddon
[[NEG|Norfolk]]
[[T:UK_POSTCODE|NR12 8QT]]

2 October 2026

Our ref: [[NEG|SC/2026/1187]]

Dear [[R|Mrs Hartley]],

Re: [[S|William Hartley]], student number [[SI:STUDENT_NUMBER|21994021]]

Thank you for your letter of 24 September about your son. [[S|Will]] has given his consent for us to write to you. We understand your concern that he has been spending time with [[U|Craig Tennant]] and that your husband, [[R|Mr Hartley]], has found material in [[S|Will]]'s room.
I can confirm that our Safeguarding Lead, [[P|Dr Josephine Adjei]], has met [[S|William]]. [[P|Dr Adjei]] will arrange further support with [[U|Marcus Bell]], a specialist mentor. We will not share details of [[S|Will]]'s studies with [[U|Mr Tennant]] or anyone else. His brother [[R|Oliver]] is welcome to attend a meeting if [[S|Mr Hartley]] (your son) agrees.
[[NEG|Will]] you let us know a convenient date?

Yours sincerely,

[[U|Kamala Raghunathan]]
Student Casework Manager
""",
    },
    {
        "id": "d18-letter-sipho",
        "kind": "letter",
        "subject": "Sipho Ndlovu",
        "subject_aliases": [],
        "case_people": ["Isabel Carmichael", "Thabo Nkosi"],
        "tags": ["same_surname_relative", "no_house_number", "split_postcode", "title", "signoff", "labelled_id"],
        "text": """Private and confidential

[[S|Mr Sipho Ndlovu]]
[[SI:STREET_ADDRESS|Flat 3, 47 Wellington Road]]
[[NEG|Sheffield]]
[[SI:UK_POSTCODE|S10 2HL]]

14 August 2026

Dear [[S|Sipho]],

Outcome of the support meeting on 10 August

Thank you for meeting [[P|Ms Carmichael]] and me. We discussed the messages you received from [[U|Ruan Botha]] and the group chat he added you to. You told us your mother, [[R|Nomsa Ndlovu]], and your cousin [[R|Themba Ndlovu]] were also sent the same invitation. [[R|Mrs Ndlovu]] has reported this to [[U|PC Yusuf Demir]] of [[NEG|South Yorkshire Police]].
We agreed that [[U|Mr Botha]] will be blocked from our platforms. [[U|Dr Ingrid Solberg]], your tutor, will move your presentation to September. Your bank details for the hardship award are: sort code [[SI:UK_SORT_CODE|40-11-62]], account [[SI:UK_BANK_ACCOUNT|51904336]]; please check these.
If you have any further concerns, contact [[P|Isabel Carmichael]] on [[T:PHONE_NUMBER|0114 496 0371]].

Yours sincerely,

[[P|Thabo Nkosi]]
Student Support Adviser
cc: [[P|I. Carmichael]]
""",
    },
    {
        "id": "d18-letter-priya",
        "kind": "letter",
        "subject": "Priya Chaudhary",
        "subject_aliases": ["Pri"],
        "case_people": ["Alastair Whyte"],
        "tags": ["same_surname_relative", "split_postcode", "title", "signoff", "labelled_id", "word_name"],
        "text": """[[R|Mr Arjun Chaudhary]]
[[T:STREET_ADDRESS|112 Belgrave Gate]]
[[NEG|Leicester]]
[[T:UK_POSTCODE|LE1 3GQ]]

9 March 2026

Dear [[R|Mr Chaudhary]],

Your request for information about [[S|Priya Chaudhary]]

I write in reply to your letter about your sister. You asked whether [[S|Priya]] has been "reported" and requested copies of her records, including her NHS number and passport.
I am unable to share [[S|Ms Chaudhary]]'s personal information without her consent. I can say that the University has no record of any disciplinary matter. You mention that your father, [[R|Rajesh Chaudhary]], is worried about her friendship with [[U|Farah Iqbal]] and with [[U|Mr Dawood]]. If you have information suggesting a risk of harm, you may contact [[U|Hope Anderson]] in our Safeguarding team or the [[NEG|Leicestershire]] Prevent team.
I have copied this letter to [[S|Priya]], and to our Data Protection Officer, [[P|Alastair Whyte]]. [[P|Mr Whyte]] will respond to any formal subject access request. Your other sister, [[R|Neha]], contacted us by phone; we gave her the same answer.

Yours sincerely,

[[U|Dr Olufemi Ayodele]]
Director of Student Services
cc [[S|P. Chaudhary]]; [[P|A. Whyte]]
""",
    },
    {
        "id": "d18-letter-bartosz",
        "kind": "letter",
        "subject": "Bartosz Nowak",
        "subject_aliases": ["Bartek"],
        "case_people": ["Nadia Haddad-Price", "Colm Ó Briain"],
        "tags": ["same_surname_relative", "split_postcode", "title", "signoff", "labelled_id", "diacritics"],
        "text": """Strictly confidential

[[S|Mr B. Nowak]]
[[SI:STREET_ADDRESS|22 Cavendish Terrace]]
[[NEG|Peterborough]]
[[SI:UK_POSTCODE|PE1 5RD]]

Student number: [[SI:STUDENT_NUMBER|NMOU-2216-4402]]
NHS number: [[SI:UK_NHS|747 434 1581]]

30 April 2026

Dear [[S|Bartosz]],

Thank you for speaking so openly with [[P|Colm Ó Briain]] and me on Monday. This letter confirms what we agreed.
You explained that your older brother, [[R|Piotr Nowak]], has introduced you to people who organise "patrols" near the station, and that [[R|Piotr]]'s friend [[U|Kamil Zając]] asked you to film people at the mosque on [[NEG|Gladstone Street]]. You refused, and we think that was brave. Your mother, [[R|Mrs Nowak]], and your sister [[R|Zofia Nowak]] know you have spoken to us.
With your consent, [[P|Mr Ó Briain]] has made a Prevent referral for support; [[U|Agnieszka Wójcik]] of the local authority will contact you. [[U|Ms Wójcik]] speaks Polish. Your tutor, [[U|Dr Frances Lowther]], is aware that [[S|Bartek]] (as you asked to be called) may need time off.

With best wishes,

[[P|Nadia Haddad-Price]]
Designated Safeguarding Officer
""",
    },
    {
        "id": "d18-letter-wanjiru",
        "kind": "letter",
        "subject": "Wanjiru Kamau",
        "subject_aliases": ["Shiru"],
        "case_people": ["Eleanor Fitzgerald"],
        "tags": ["same_surname_relative", "named_house", "split_postcode", "title", "signoff", "labelled_id", "word_name"],
        "text": """[[S|Ms Wanjiru Kamau]]
[[SI:STREET_ADDRESS|The Old Forge]]
[[SI:STREET_ADDRESS|4 Church Walk]]
[[NEG|Bristol]]
[[SI:UK_POSTCODE|BS3 4LW]]

17 November 2026

Dear [[S|Ms Kamau]],

Fee refund and support

Further to your call with [[P|Eleanor Fitzgerald]], I confirm that your refund will be paid to the account you gave us: IBAN [[SI:IBAN_CODE|GB47 BARC 2035 1773 9204 18]].
I am sorry to hear that your father, [[R|Njoroge Kamau]], received threatening calls after your article about the [[NEG|Mau Mau]] history project. You mentioned that [[R|Mr Kamau]] has reported these to the police and that [[U|DC Olusegun Fashola]] is dealing with it. Your cousin [[R|Wambui Kamau]] has also been named online by an account run by someone calling themselves [[U|Brett]].
[[P|Ms Fitzgerald]] has arranged for [[S|Shiru]] (as you sign your emails) to have a named contact, [[U|Dawn Pilkington]]. [[U|Dawn]] is available from dawn till late on weekdays by arrangement.
If anything changes, please write to [[P|Eleanor]] at [[T:EMAIL_ADDRESS|e.fitzgerald@nmou.ac.uk]].

Kind regards,

[[U|Dr Thomas Achebe-Lyle]]
Head of Student Finance
""",
    },
    {
        "id": "d18-letter-maeve",
        "kind": "letter",
        "subject": "Maeve Ní Dhomhnaill",
        "subject_aliases": ["Méabh"],
        "case_people": ["Rashid Mahmood", "Aoibheann Keane"],
        "tags": ["same_surname_relative", "diacritics", "no_house_number", "split_postcode", "title", "signoff", "labelled_id"],
        "text": """[[S|Maeve Ní Dhomhnaill]]
[[SI:STREET_ADDRESS|Ardmore House, Quarry Road]]
[[NEG|Belfast]]
[[SI:UK_POSTCODE|BT4 3NF]]

5 January 2026

Dear [[S|Maeve]],

I am writing after our conversation before Christmas. You told me that your aunt, [[R|Bríd Ní Dhomhnaill]], has been receiving letters signed by someone using the name "[[U|Cú Chulainn]]", and that your sister [[R|Síle]] found one addressed to you.
[[P|Dr Rashid Mahmood]] and I think these should be reported. With your agreement I have passed copies to [[U|DS Ciara Byrne]] of the [[NEG|PSNI]]. [[U|DS Byrne]] may contact [[R|Ms Ní Dhomhnaill]] (your aunt) directly.
You also asked whether [[S|Méabh]], the Irish spelling you use on your essays, can appear on your degree certificate. [[U|Gráinne]] in Registry says yes. Your tutor, [[P|Aoibheann Keane]], will record your driving licence number [[SI:UK_DRIVING_LICENCE|NIDHO756124M99AB]] only if the placement provider needs it.
[[P|Dr Mahmood]] and [[P|Ms Keane]] send their best wishes to you and to [[R|Síle Ní Dhomhnaill]].

Le meas,

[[U|Orla Quigley]]
Student Casework Officer
""",
    },
]
