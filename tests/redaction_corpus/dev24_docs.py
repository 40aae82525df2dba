# ruff: noqa: E501
"""dev24: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d24-tutor-siobhan",
        "kind": "tutor_report",
        "subject": "Siobhán Ní Bhriain",
        "subject_aliases": ["Shiv"],
        "case_people": ["Declan Furlong", "Marguerite Osei"],
        "text": """PERSONAL TUTOR NOTE: welfare and engagement
Student: [[S|Siobhán Ní Bhriain]]   Student no.: [[SI:STUDENT_NUMBER|2291-4470]]
Programme: [[NEG|BA Criminology and Social Policy]] (online, part-time)
Tutor: [[P|Dr Declan Furlong]]

Met [[S|Siobhán]] (she asks to be called [[S|Shiv]]) on 14 October by video. She said her brother [[R|Ciarán]], who is not a student here, has been sharing pamphlets from a group called [[NEG|Grace Harbour Fellowship]] in the household WhatsApp. Her mother, [[R|Mrs Ní Bhriain]], asked her to "report it to someone at the college". [[S|Ms Ní Bhriain]] was clear she does not share those views.

I discussed options and referred to [[P|Marguerite Osei]] (Safeguarding Lead). [[P|MO]] will decide whether this goes any further. [[S|Shiv]]'s module leader, [[U|Mr Tobias Wren]], has not been told and should not be told without consent. She also mentioned that [[U|Aunt Nuala]] had phoned [[U|Father Keegan]] at the parish, which [[S|Siobhán]] found embarrassing.

Attendance since [[NEG|Week 3]] is low; extension agreed with [[U|Priya Nandakumar]] in Registry.

Signed: [[P|D. Furlong]]
Countersigned: [[U|H.T.]]
""",
    },
    {
        "id": "d24-tutor-wojciech",
        "kind": "tutor_report",
        "subject": "Wojciech Kowalczyk",
        "subject_aliases": ["Wojtek"],
        "case_people": ["Bernadette Lowe"],
        "text": """Tutor Concern Form (v2.3) - Ref [[NEG|TCF-2026-0418]]

Name of student: [[S|KOWALCZYK, Wojciech]]
DOB: [[SI:DATE_OF_BIRTH|03/09/2001]]
Course: [[NEG|MSc Cyber Security]]
Concern raised by: [[P|Bernadette Lowe]], Associate Lecturer

1. What happened?
In the [[NEG|Moodle]] forum for module [[NEG|CYB7012]], [[S|Wojtek]] posted a link to a video and wrote that "people like [[U|Kasia]] should be sent back". [[U|Katarzyna Zielińska]] is another student on the module and is upset. [[U|Mr Adebayo]] (seminar tutor) removed the post within the hour.

2. Context
[[S|Mr Kowalczyk]] told me his father, [[R|Andrzej Kowalczyk]], lost his job in [[NEG|March]] and that his cousin [[R|Piotr]] has "been getting into stuff online". His sister [[R|Ola Kowalczyk]] emailed the faculty office separately to ask if [[S|Wojciech]] was okay. I do not know how she got the address.

3. Action taken
Spoke with [[S|Wojtek]] on [[NEG|Teams]]; he was apologetic. Passed to [[U|Leila Haddad]] in Student Conduct and copied [[U|Prof. Gareth Pryce-Jones]].

Signed: [[P|B. Lowe]]
Date: 21/10/2026
""",
    },
    {
        "id": "d24-tutor-hope",
        "kind": "tutor_report",
        "subject": "Hope Adeyemi",
        "subject_aliases": [],
        "case_people": ["Olumide Bankole", "Rachel Tindall"],
        "text": """Progress review - personal tutor record
[[S|Hope Adeyemi]] ([[SI:STUDENT_NUMBER|U24018832]]), Year 2, [[NEG|BSc Psychology]]
Reviewer: [[P|Dr O. Bankole]]

[[S|Hope]] remains on track academically and I have every [[NEG|hope]] she will finish the year well. However, during our call she mentioned that her uncle, [[R|Pastor Emmanuel Adeyemi]], has invited her younger brother [[R|Tunde]] to "study sessions" that she finds worrying. [[R|Mrs Adeyemi]] (mother) apparently shares the concern. [[S|Miss Adeyemi]] asked me not to contact her family.

Her friend [[U|Patience Okafor]] attended part of the call. [[U|Patience]] said she had heard the same from [[U|Blessing]], a cousin in [[NEG|Peckham]]. I had to exercise some [[NEG|patience]] to bring the focus back to [[S|Hope]].

I will ask [[P|Rachel Tindall]] ([[NEG|Prevent]] Single Point of Contact) to advise. [[P|RT]] is away until Monday so [[U|Sunil Varma]] is covering.

Next review: 9 December.

OB
""",
    },
    {
        "id": "d24-tutor-minh",
        "kind": "tutor_report",
        "subject": "Nguyễn Văn Minh",
        "subject_aliases": ["Minh Nguyen"],
        "case_people": ["Fiona Gallacher"],
        "text": """STUDENT CONCERN - TUTOR REPORT
Student: [[S|Nguyễn Văn Minh]] (enrolled as "[[S|Minh Nguyen]]")
Student number: [[SI:STUDENT_NUMBER|S-0771-2093]]
Personal tutor: [[P|Fiona Gallacher]]

Summary
[[S|Minh]] contacted me after a group project call in which a team member, [[U|Ravi Chandran-Hale]], shared a screen showing a channel run by someone called [[U|Jonah Strickland]]. [[S|Mr Nguyễn]] felt uncomfortable and left the call. Another member, [[U|Đặng Thu Hà]], confirmed this to me in writing.

[[S|Minh]]'s sister [[R|Nguyễn Thị Lan]] is his emergency contact; he does not want [[R|Lan]] told. His father, [[R|Mr Nguyễn]], works in [[NEG|Hanoi]] and is not in the UK.

I have not spoken to [[U|Ravi]]. I have informed [[U|Dr Imogen Sallis]] as module convenor and logged the matter with [[U|Kofi Mensah-Arthur]] in the Safeguarding Team, who may ask [[P|FG]] for more detail.

Recommended: no further action against [[S|Minh Nguyen]]; support only.

Signed: [[P|F. Gallacher]], 02/11/2026
""",
    },
    {
        "id": "d24-tutor-callum",
        "kind": "tutor_report",
        "subject": "Callum MacLeod",
        "subject_aliases": ["Cal"],
        "case_people": ["Ishbel Munro", "Tariq Siddiqui"],
        "text": """Personal Tutor Notes - [[NEG|Highland Learning Centre]] cohort
Student: [[S|Callum MacLeod]]   ID [[SI:STUDENT_NUMBER|40019245]]
Tutor: [[P|Ishbel Munro]]

12/10 Call with [[S|Cal]]. Said his grandad, [[R|Hamish MacLeod]], died in [[NEG|August]]; he now lives with his step-dad [[U|Gordon Baird]] near [[NEG|Stornoway]]. [[S|Callum]] seemed flat. Talked through extension.

19/10 [[S|Mr MacLeod]] missed the session. His mum, [[R|Morag MacLeod]], emailed to say he was "online all night with [[U|Dale]] and that lot". I do not know who [[U|Dale]] is.

26/10 Called [[S|Cal]]. He mentioned a forum user "[[T:USERNAME|Sentinel_88]]" who had messaged him about [[NEG|Culloden]] and "taking the country back". He said [[U|Mark]] from his old school put him onto it. I reminded him that we can [[NEG|mark]] this as a welfare matter, not a disciplinary one.

Referred to [[P|Tariq Siddiqui]], Prevent lead; [[P|TS]] to call [[S|MacLeod]] this week. Copy to [[U|Ewan Fraser]] (Head of School).

Signed: [[P|I. Munro]]
""",
    },
    {
        "id": "d24-support-amina",
        "kind": "support_log",
        "subject": "Amina Warsame",
        "subject_aliases": ["Ami"],
        "case_people": ["Kerry Bell"],
        "text": """Student Support Log - [[S|Amina Warsame]] - case [[NEG|SS/26/1187]]

03/11/2026 14:10  [[S|Amina]] phoned the helpline. Said her older brother [[R|Abdirahman Warsame]] has been "watching speeches" and wants her to leave the course. Tearful. Agreed a call-back. - [[P|K. Bell]]

04/11/2026 09:30  Call-back. [[S|Ms Warsame]] says her mother [[R|Hodan]] supports her studies. Her aunt [[R|Faadumo Warsame]] in [[NEG|Leicester]] has offered a room. [[S|Ami]] (her preferred name) gave a new mobile: [[SI:PHONE_NUMBER|07700 914 382]]. - [[P|KB]]

06/11/2026 16:00  Discussed with [[U|Jasmine Holt]] (Wellbeing). [[U|JH]] suggested a referral to [[U|Dr Hassan Nur]] at the university counselling service. - [[P|KB]]

10/11/2026 11:15  Email from [[U|Hamza Ali]], friend, worried about [[S|Amina]]. Replied with general advice only; did not confirm she is a student. - [[U|R. Akhtar]]

12/11/2026 10:05  [[S|Amina]] confirms she is safe and staying with [[R|Faadumo]]. No [[NEG|Prevent]] referral at this stage; [[P|Kerry]] to review in two weeks. - [[P|K. Bell]]
""",
    },
    {
        "id": "d24-support-elif",
        "kind": "support_log",
        "subject": "Elif Çelik",
        "subject_aliases": ["elifc"],
        "case_people": ["Gwen Aspinall", "Barış Demir"],
        "text": """WELLBEING ENTRIES
Subject: [[S|Elif Çelik]] | Student no. [[SI:STUDENT_NUMBER|2024-55810]] | [[NEG|Istanbul]] time zone

Tue 6 Oct - [[S|Elif]] raised concern about posts by a classmate, [[U|Serkan Yıldız]], in the module chat. She forwarded screenshots. Her username there is "[[SI:USERNAME|elifc]]". — [[P|GA]]

Thu 8 Oct - Spoke to [[P|Barış Demir]] (Turkish-speaking adviser) who translated. [[P|Mr Demir]] says the posts praise a banned group. [[S|Ms Çelik]] is worried [[U|Serkan]] knows her father, [[R|Hüseyin Çelik]]. — [[P|Gwen Aspinall]]

Mon 12 Oct - [[S|Elif]]'s sister [[R|Şule]] rang asking for news; told her nothing. [[R|Şule Çelik]] gave her number as [[T:PHONE_NUMBER|+90 532 418 77 06]]. — [[U|D. Okoro]]

Wed 14 Oct - Case conference with [[U|Çağla Arslan]] and [[U|Prof. Martin Hesketh]]. Agreed [[U|Yıldız]] matter goes to the Prevent lead, not [[S|Çelik]]'s file. — [[P|GA]]

Fri 16 Oct - [[S|Elif]] thanked us. Closed on this log. — [[P|G. Aspinall]]
""",
    },
    {
        "id": "d24-support-rhys",
        "kind": "support_log",
        "subject": "Rhys Pritchard",
        "subject_aliases": [],
        "case_people": ["Angharad Vaughan"],
        "text": """Student Support - contact record
[[S|Rhys Pritchard]] / [[NEG|BA History (Welsh medium)]] / campus hub: [[NEG|Aberystwyth]]
NI number: [[SI:UK_NINO|QQ 12 34 56 C]]

18.09.26 - Referred by [[U|Eleri Jenkins]] (tutor). [[S|Rhys]] has not logged on for three weeks. Message left. — [[P|AV]]

21.09.26 - [[S|Mr Pritchard]] called back. Lives with his nan, [[R|Gwenllian Pritchard]], in [[NEG|Llanbadarn Fawr]]. He says his cousin [[R|Owain]] and a man called [[U|Terry Saddler]] took him to a meeting in [[NEG|Swansea]]. Didn't like it. — [[P|A. Vaughan]]

24.09.26 - [[R|Mrs Pritchard]] (nan) phoned; wants him to "come back to his books". Explained we can only talk to [[S|Rhys]]. — [[P|AV]]

30.09.26 - [[S|Rhys]] met [[U|Dylan ap Rhys]] (peer mentor). [[U|Dylan]] reports [[S|Pritchard]] seems more settled. [[U|Sian Hopkin]] at the library has set up remote access. — [[U|M. Evans]]

02.10.26 - Discussed with [[P|Angharad]]; [[NEG|Will]] monitor. No referral. — [[P|AV]]
""",
    },
    {
        "id": "d24-support-thandiwe",
        "kind": "support_log",
        "subject": "Thandiwe Dlamini",
        "subject_aliases": ["Thandi"],
        "case_people": ["Joy Whitfield", "Sipho Ndlovu"],
        "text": """Support & Wellbeing Service — running log
Student: [[S|Thandiwe Dlamini]] (pref. "[[S|Thandi]]")
DOB [[SI:DATE_OF_BIRTH|22 April 1999]]; contact [[SI:EMAIL_ADDRESS|t.dlamini7@student.ouu.ac.uk]]

01 Nov. Initial triage by [[P|Joy Whitfield]]. [[S|Thandi]] reports her partner, [[U|Lwazi Khumalo]], has been pressuring her to attend "self-defence" events run by [[U|Brandon Voss]]. Not obviously a [[NEG|Prevent]] matter. — [[P|JW]]

03 Nov. [[S|Thandiwe]]'s mother, [[R|Nomsa Dlamini]], emailed from [[NEG|Durban]]. Asked that [[R|Mrs Dlamini]] be given a call. Declined; consent not held. — [[P|Joy]]

05 Nov. Second session. [[S|Ms Dlamini]] says her brother [[R|Bongani]] has also met [[U|Voss]]. Raised with [[P|Sipho Ndlovu]] (Deputy DSL). [[P|SN]] advised a joint call. — [[P|J. Whitfield]]

07 Nov. Joint call with [[P|Mr Ndlovu]]. [[S|Thandi]] agrees to a referral. Form sent to [[U|Carys Lloyd-Bennett]] at the regional [[NEG|Prevent]] team. It was a [[NEG|joy]] to hear she has moved into university-arranged accommodation. — [[P|JW]]
""",
    },
    {
        "id": "d24-chat-mo",
        "kind": "chat_export",
        "subject": "Mohammed al-Rashid",
        "subject_aliases": ["mo", "Mo", "mo_rashid99"],
        "case_people": ["Bilal Qureshi"],
        "text": """Microsoft Teams — export — channel "[[NEG|ENG2031 Study Group B]]"
[09:14] [[U|Harriet Lomax]]: morning all, has anyone heard from [[S|mo]]?
[09:15] [[P|Bilal Qureshi]]: @[[S|Mo]] you about?
[09:20] [[S|Mohammed al-Rashid]]: here. sorry, family stuff
[09:21] [[U|Harriet Lomax]]: np. [[P|bilal]] can you share the slides
[09:22] [[P|Bilal Qureshi]]: done. [[S|mo]] did [[R|yasmin]] get the form?
[09:24] [[S|Mohammed al-Rashid]]: my sister [[R|Yasmin al-Rashid]] got it yeah. also my cousin [[R|Khalid]] keeps sending me stuff from [[T:SOCIAL_HANDLE|@truthseeker_uk]]
[09:25] [[U|Ellis Nkemelu]]: what kind of stuff
[09:26] [[S|Mohammed al-Rashid]]: idk. dark stuff. going to tell [[U|dr patel]]
[09:27] [[U|Harriet Lomax]]: tell [[U|jess]] too shes the rep
[09:30] [[P|Bilal Qureshi]]: [[S|mo]] message me. my number's [[T:PHONE_NUMBER|07911 203 448]]
[09:31] [[S|Mohammed al-Rashid]]: my insta is [[SI:SOCIAL_HANDLE|@mo_rashid99]] if easier
[09:33] [[U|Ellis Nkemelu]]: [[NEG|Will]] do the lit review tonight, [[U|harriet]] you doing methods?
[09:34] [[U|Harriet Lomax]]: yep

— exported by [[U|C. Redfern]], Student Conduct, 11/11/2026
""",
    },
    {
        "id": "d24-chat-jess",
        "kind": "chat_export",
        "subject": "Jessica Okonkwo",
        "subject_aliases": ["jess", "Jess", "jessokk"],
        "case_people": ["Summer Hale", "Obinna Eze"],
        "text": """WhatsApp chat with "Course reps 26/27" (exported .txt)
04/11/2026, 19:02 - [[P|Summer Hale]]: hi all, quick one. has anyone spoken to [[S|jess]]
04/11/2026, 19:03 - [[U|Dami]]: no. [[R|chidi]] said she's staying at her aunties
04/11/2026, 19:03 - [[P|Obinna E]]: [[R|Chidi Okonkwo]] is her brother btw
04/11/2026, 19:05 - [[U|Tomasz W]]: she left the group chat after [[U|Reece]] posted that video
04/11/2026, 19:06 - [[P|Summer Hale]]: which video
04/11/2026, 19:07 - [[U|Tomasz W]]: the one from [[T:SOCIAL_HANDLE|@patriot.reece]], he tagged [[SI:SOCIAL_HANDLE|@jessokk]] in it
04/11/2026, 19:09 - [[P|Obinna E]]: thats not ok. [[P|summer]] can u flag to [[U|Dr Marsh]]
04/11/2026, 19:10 - [[P|Summer Hale]]: will do. Also [[U|grace]] from wellbeing said to email [[T:EMAIL_ADDRESS|wellbeing.team@ouu.ac.uk]]
04/11/2026, 19:12 - [[U|Dami]]: [[R|mrs okonkwo]] messaged me asking if [[S|Jess]] is ok lol
04/11/2026, 19:13 - [[P|Obinna E]]: dont reply to her mum tbh
04/11/2026, 19:20 - [[S|Jessica Okonkwo]] joined using this group's invite link
04/11/2026, 19:21 - [[S|Jessica Okonkwo]]: im fine guys. [[NEG|summer]] school plans still on?
""",
    },
    {
        "id": "d24-chat-haruto",
        "kind": "chat_export",
        "subject": "Haruto Yamamoto",
        "subject_aliases": ["haru", "山本陽翔", "hyamamoto"],
        "case_people": ["Dawn Pickering"],
        "text": """VLE direct messages — export for case [[NEG|PRV-0932]]
Participants: [[S|Haruto Yamamoto]] ([[SI:USERNAME|hyamamoto]]), [[P|Dawn Pickering]] ([[T:USERNAME|dpickering]])

[[P|Dawn Pickering]] 10:02: Hello [[S|Haruto]], thanks for getting back to me.
[[S|Haruto Yamamoto]] 10:05: hi. my name on the portal shows as [[S|山本陽翔]] sorry
[[P|Dawn Pickering]] 10:06: No problem. You mentioned a man called [[U|Craig]] in the forum?
[[S|Haruto Yamamoto]] 10:09: yes [[T:USERNAME|craig_w]] and his friend [[U|lewis]]. they message me about "foreigners". my brother [[R|yamamoto sora]] told me to ignore
[[P|Dawn Pickering]] 10:11: That was good advice from [[R|Sora]]. Is your mum, [[R|Mrs Yamamoto]], aware?
[[S|Haruto Yamamoto]] 10:14: no. she is in [[NEG|Osaka]]. friends call me [[S|haru]]
[[P|Dawn Pickering]] 10:15: Thanks [[S|haru]]. I'll speak to [[U|Mr Ogilvie]], who moderates that forum, and to [[U|Anjali Rao]].
[[S|Haruto Yamamoto]] 10:17: ok. [[U|kenta]] from class saw the posts too
[[P|Dawn Pickering]] 10:18: I'll message you at [[NEG|dawn]], well, first thing tomorrow!
""",
    },
    {
        "id": "d24-chat-bogdan",
        "kind": "chat_export",
        "subject": "Bogdan Popescu",
        "subject_aliases": ["bogdi", "bpopescu_"],
        "case_people": ["Precious Mahlangu", "Luca Ferraro"],
        "text": """Discord → screenshot transcription (supplied by student, 08/10/2026)
server: "[[NEG|Year 1 Engineering]]"  channel: #general

[[U|ironvale]]: anyone seen [[S|bogdi]]'s post lol
[[P|precious.m]]: @[[U|ironvale]] not funny tbh
[[S|bpopescu_]]: it was a joke
[[U|ironvale]]: @[[S|bpopescu_]] ur cousin said otherwise
[[S|bpopescu_]]: leave [[R|andrei]] out of it
[[P|luca.ferraro]]: [[R|Andrei Popescu]] isnt even on this server
[[U|NightOwl_Zara]]: can a mod step in
[[U|Femi]] (mod): locking this. @[[S|bpopescu_]] dm me
[[P|precious.m]]: thanks [[U|femi]]

Transcribed by: [[P|Precious Mahlangu]] (course rep)
Reviewed by: [[U|Dr Anca Ionescu]], who knows [[S|Mr Popescu]]'s family. She noted [[S|Bogdan]]'s father, [[R|Mr Popescu]], runs a shop in [[NEG|Hounslow]] and has asked [[U|Dr Ionescu]] for help before. [[U|Ionescu]] recommends [[P|Luca]] is not asked to give a statement. [[NEG|Precious]] little else in the export is relevant.
""",
    },
    {
        "id": "d24-email-joao",
        "kind": "email",
        "subject": "João Conceição Ferreira",
        "subject_aliases": ["Jota"],
        "case_people": ["Helen Armitage"],
        "text": """From: [[P|Helen Armitage]] <[[T:EMAIL_ADDRESS|h.armitage@ouu.ac.uk]]>
To: [[U|Sanjay Mehta]] <[[T:EMAIL_ADDRESS|s.mehta@ouu.ac.uk]]>
Cc: [[U|Rosalind Tate]] <[[T:EMAIL_ADDRESS|rosalind.tate@ouu.ac.uk]]>
Subject: [[S|João Conceição Ferreira]] – welfare check

Hi [[U|Sanjay]],

As discussed, [[S|João]] (he goes by "[[S|Jota]]") contacted me yesterday. His mother, [[R|Maria da Conceição Ferreira]], has written from [[NEG|Porto]] saying he has stopped answering calls. His brother [[R|Tiago Ferreira]] lives in [[NEG|Croydon]] and may be able to visit.

[[S|Mr Ferreira]]'s student number is [[SI:STUDENT_NUMBER|23-008-417]]. Could you check the VLE log-ins? [[U|Rosalind]], could you see whether [[U|Dr Ngozi Adichie-Price]] has had contact in the [[NEG|Portuguese Studies]] seminars?

I don't think this is a [[NEG|Prevent]] matter, but [[R|Tiago]] mentioned a man named [[U|Ruben Salgado]] who "talks politics" with [[S|Jota]].

Thanks,
[[P|Helen]]

--
[[P|Helen Armitage]]
Student Casework Officer
T: [[T:PHONE_NUMBER|0161 496 0732]]
E: [[T:EMAIL_ADDRESS|h.armitage@ouu.ac.uk]]
""",
    },
    {
        "id": "d24-email-ana",
        "kind": "email",
        "subject": "Ana García López",
        "subject_aliases": [],
        "case_people": ["Will Ashdown", "Pilar Ortega"],
        "text": """From: [[S|Ana García López]] <[[SI:EMAIL_ADDRESS|ana.garcialopez@student.ouu.ac.uk]]>
To: [[P|Will Ashdown]] <[[T:EMAIL_ADDRESS|w.ashdown@ouu.ac.uk]]>
Subject: Re: your message about the [[NEG|Global Politics]] forum

Dear [[P|Will]],

Thank you for your message. I understand you [[NEG|will]] need to speak to [[P|Ms Ortega]] as well.

The posts were written by [[U|Diego Castaño]], not by me. My cousin [[R|Lucía García]] is on the same module and can confirm. [[U|Diego]] also sent messages to [[U|Rose Fairbairn]], who reported them to [[U|Dr Kavanagh]]. My father, [[R|Señor García]], is worried because [[U|Diego]] knows our address in [[NEG|Valencia]].

Could you please also let [[U|Ms Beatriz Nunes]] in Disability Services know that my exams may need to be moved?

My number is [[SI:PHONE_NUMBER|+34 612 44 90 18]] and my sister [[R|Marta]] can be reached on [[T:PHONE_NUMBER|+34 699 310 552]] if I am not available.

Best wishes,
[[S|Ana]]

> On 3 Nov, [[P|Will Ashdown]] wrote:
> Dear [[S|Ms García López]], [[P|Pilar Ortega]] and I would like to arrange a short call...
""",
    },
    {
        "id": "d24-email-liam",
        "kind": "email",
        "subject": "Liam O'Sullivan",
        "subject_aliases": ["liamos"],
        "case_people": ["Nadia Rahman"],
        "text": """From: [[P|Nadia Rahman]] <[[T:EMAIL_ADDRESS|nadia.rahman@ouu.ac.uk]]>
To: [[U|Séamus Ó Briain]] <[[T:EMAIL_ADDRESS|s.obriain@ouu.ac.uk]]>
Cc: [[U|Mark Tillotson]] <[[T:EMAIL_ADDRESS|m.tillotson@ouu.ac.uk]]>
Subject: Concern - [[S|L. O'Sullivan]] ([[SI:STUDENT_NUMBER|5519038]])

Hi [[U|Séamus]],

[[U|Mark]] flagged that [[S|Liam O'Sullivan]] has been posting under the handle [[SI:SOCIAL_HANDLE|@liamos_real]] with material that crosses the line. I have rung [[S|Liam]] and left a message.

[[S|Liam]]'s father, [[R|Declan O'Sullivan]], is listed as emergency contact. [[R|Mr O'Sullivan]]'s number on file is [[T:PHONE_NUMBER|+353 87 412 6630]]. I'd rather not call him yet. His sister [[R|Róisín O'Sullivan]] graduated from us in 2024 and has been in touch separately with [[U|Caoimhe Nic Aodha]] in Alumni.

Please can you [[NEG|mark]] this as restricted on the case system. [[U|Dr Fenwick]] is aware.

Kind regards,
[[P|Nadia]]

--
[[P|Nadia Rahman]] | Prevent Coordinator
[[NEG|Office of Student Safeguarding]]
Tel. [[T:PHONE_NUMBER|(020) 7946 0815]] | ext. 4402
""",
    },
    {
        "id": "d24-email-priya",
        "kind": "email",
        "subject": "Priya Raghunathan",
        "subject_aliases": [],
        "case_people": ["Colin Pemberton", "Adaeze Nwosu"],
        "text": """From: [[P|Colin Pemberton]] <[[T:EMAIL_ADDRESS|c.pemberton@ouu.ac.uk]]>
To: [[P|Adaeze Nwosu]] <[[T:EMAIL_ADDRESS|a.nwosu@ouu.ac.uk]]>
Subject: FW: Fwd: [[S|Priya]] - parent call

[[P|Adaeze]] - see below, forwarded for the Prevent file. [[P|CP]]

---------- Forwarded message ---------
From: [[U|Gemma Kilbride]] <[[T:EMAIL_ADDRESS|gemma.kilbride@ouu.ac.uk]]>
Date: Mon, 9 Nov 2026 at 16:40
To: [[P|Colin Pemberton]] <[[T:EMAIL_ADDRESS|c.pemberton@ouu.ac.uk]]>
Subject: Fwd: [[S|Priya]] - parent call

[[P|Colin]], I took a call from [[R|Mr Venkatesh Raghunathan]], [[S|Priya Raghunathan]]'s father. He says [[S|Priya]] has cut off contact since meeting [[U|Arjun Sethi]] online. [[R|Mr Raghunathan]] gave his email as [[T:EMAIL_ADDRESS|v.raghunathan61@gmail.com]]. Her brother [[R|Karthik]] has apparently seen the chats.

---------- Forwarded message ---------
From: [[U|Lorna Beattie]]
To: [[U|Gemma Kilbride]]
Hi [[U|Gemma]], [[S|Ms Raghunathan]]'s tutor, [[U|Dr Hussain]], said she has been engaging normally. - [[U|Lorna]]

--
[[P|Colin Pemberton]]
Deputy Designated Safeguarding Lead
M: [[T:PHONE_NUMBER|07700-900-216]]
""",
    },
    {
        "id": "d24-minutes-oksana",
        "kind": "meeting_minutes",
        "subject": "Oksana Shevchenko",
        "subject_aliases": ["Оксана Шевченко"],
        "case_people": ["Richard Kaye", "Amara Diallo"],
        "text": """Prevent Case Panel — minutes
Date: 17 November 2026, 10:00, via [[NEG|Teams]]
Present: [[P|Richard Kaye]] (Chair, Head of Student Safety); [[P|Amara Diallo]] (Prevent Lead); [[U|Yevhen Bondarenko]] (interpreter); [[U|Lucy Carmichael]] (Minutes)
Apologies: [[U|Prof. Stanislav Horák]]; [[U|Bill Okeke]]

1. Case: [[S|Oksana Shevchenko]] ([[S|Оксана Шевченко]]), [[NEG|MA International Relations]]
[[P|AD]] summarised. [[S|Ms Shevchenko]] reported that her ex-partner, [[U|Dmytro Lysenko]], has been sending her material from a nationalist channel and pressuring her brother, [[R|Taras Shevchenko]], to travel. [[S|Oksana]]'s mother [[R|Halyna]] is in [[NEG|Lviv]].
[[P|RK]] asked whether [[R|Taras]] is a student; he is not.

2. Actions
[[P|RK]] to call the student this week.
[[P|AD]] to liaise with [[U|DS Morrow]] regarding [[U|Lysenko]].
[[U|LC]] to circulate minutes.

Minutes: [[U|L. Carmichael]]
Next meeting: 1 December 2026
""",
    },
    {
        "id": "d24-minutes-tom",
        "kind": "meeting_minutes",
        "subject": "Thomas Bishop",
        "subject_aliases": ["Tom"],
        "case_people": ["Rukhsana Khan", "Grace Oduya"],
        "text": """Student Concerns Group (SCG) – meeting minutes
Held: 24/11/2026 (online)
Attendees: [[P|Rukhsana Khan]] – Chair; [[P|Grace Oduya]] – Student Support Manager; [[U|Philip Drummond]] – Academic Registrar; [[U|Nkechi Obi]] – note-taker
Apologies: [[U|Dr Angus Whyte]]
In attendance for item 2: [[U|Faith Loveday]] (Accommodation)

Item 2 – [[S|Thomas Bishop]] (ID [[SI:STUDENT_NUMBER|21-774-380]])
[[P|GO]] reported that [[S|Tom]] has been sharing videos of [[U|Ashley Crane]] in the [[NEG|Bishop Street]] hall chat. Another resident, [[U|Zainab Yusuf]], complained. [[S|Mr Bishop]]'s father, [[R|Martin Bishop]], has emailed twice. [[R|Mrs Bishop]] rang [[U|Faith]] directly. No evidence yet of [[NEG|faith]]-based targeting, but [[S|Bishop]] refers to [[U|Crane]] as "the only one telling the truth".
[[U|Dr Whyte]] (by email) suggested no sanction.

Actions:
[[P|RK]] to refer to the Prevent lead.
[[P|GO]] to arrange a welfare call with [[S|Tom]].
[[U|FL]] to check the hall chat.

Minutes: [[U|N. Obi]]
""",
    },
    {
        "id": "d24-minutes-kwame",
        "kind": "meeting_minutes",
        "subject": "Kwame Asante-Boateng",
        "subject_aliases": ["KAB"],
        "case_people": ["Siân Roberts"],
        "text": """Minutes of the Safeguarding Review Meeting
2 December 2026
Present: [[P|Siân Roberts]] (DSL, chair), [[U|Abdullahi Hirsi]] (Student Support), [[U|Dr Penelope Ashworth-Clarke]] (Faculty of Business), [[U|Jorge Villanueva]] (IT Security)
Apologies: [[U|Sunny Marchetti]], [[U|Hugh Dunleavy]]
Minutes: [[U|Abdullahi Hirsi]]

1. [[S|Kwame Asante-Boateng]]
[[U|JV]] reported that the account of [[S|Mr Asante-Boateng]] ([[SI:USERNAME|kasanteboateng]]) accessed proscribed-group material from IP [[SI:IP_ADDRESS|81.2.69.142]] on 28 November. [[S|Kwame]] says the laptop is shared with his brother, [[R|Kofi Asante-Boateng]], and his uncle [[R|Yaw]]. [[U|Dr Ashworth-Clarke]] described [[S|KAB]] as a diligent student. His mother, [[R|Mrs Asante-Boateng]], is not aware.
[[P|SR]] noted written comments from [[U|Sunny]] (absent), broadly supportive.

Actions
[[P|SR]] to speak to [[S|Kwame]].
[[U|AH]] to record on the case system.
[[U|JV]] to preserve logs.

Approved: [[P|S. Roberts]]
""",
    },
    {
        "id": "d24-minutes-wei",
        "kind": "meeting_minutes",
        "subject": "Zhang Wei",
        "subject_aliases": ["David Zhang", "张伟"],
        "case_people": ["Eilidh Sutherland", "Kemal Aydın"],
        "text": """Channel panel (internal) – notes of meeting, 5 Nov 2026
Attendance: [[P|Eilidh Sutherland]] (chair); [[P|Kemal Aydın]] (Prevent lead); [[U|Chen Xiaoling]] (international student adviser); [[U|Ms Robyn Gault]] (minutes)
Apologies: [[U|Mr Desmond Achterberg]]

Subject: [[S|ZHANG Wei]] ([[S|张伟]]), who also uses the English name "[[S|David Zhang]]".
[[P|KA]] explained that [[S|Wei]] was reported by [[U|Lin Yutong]] after comments in a seminar about [[NEG|Hong Kong]] protesters. [[U|Ms Chen]] said [[S|Mr Zhang]]'s father, [[R|Zhang Jianguo]], has called the international office twice. His cousin [[R|Zhang Min]] studies at another university.
[[P|ES]] felt this is a matter for the Dean of Students, not [[NEG|Channel]].
[[U|Dr Harriet Pennycook]] (seminar tutor) had sent a written note; she says [[S|David]] apologised to [[U|Lin]].

Actions:
[[P|KA]] to write to [[S|Zhang Wei]].
[[U|CX]] to support with language if needed.

Minutes: [[U|R. Gault]]
""",
    },
    {
        "id": "d24-chron-ahmad",
        "kind": "case_chronology",
        "subject": "Ahmad Shah Karimi",
        "subject_aliases": [],
        "case_people": ["Sarah Malik", "Robert Stainton"],
        "text": """CASE CHRONOLOGY – [[S|Ahmad Shah Karimi]] – ref [[NEG|PREV/26/044]]
Passport: [[SI:UK_PASSPORT|925076473]]   DOB: [[SI:DATE_OF_BIRTH|01/01/2003]]

05/09/2026 – [[S|Ahmad]] enrols on [[NEG|Foundation Year Computing]]. Sponsor listed as his uncle, [[R|Mohammad Nader Karimi]]. ([[P|S. Malik]])
19/09/2026 – Tutor [[U|Ms Imelda Rourke]] reports [[S|Mr Karimi]] asked about travel to [[NEG|Kabul]] in a seminar. ([[P|S. Malik]])
02/10/2026 – Call with [[S|Ahmad]]. He explains his mother [[R|Fereshta]] is unwell in [[NEG|Herat]]. — [[P|RS]]
04/10/2026 – [[U|Zarmina Wardak]], a family friend, phones to say [[S|Karimi]] is being "influenced" by [[U|Hamid Sultani]]. Unverified. ([[P|S. Malik]])
11/10/2026 – [[P|Robert Stainton]] meets [[R|Mr Karimi]] (uncle), who denies knowing [[U|Sultani]]. — [[P|RS]]
15/10/2026 – [[R|Farid Karimi]] (brother) emails [[U|Dr Owen Blackwood]]. — [[P|RS]]
20/10/2026 – Discussed with [[U|DS Helen Ainsworth]], [[NEG|Counter Terrorism Policing]]. No further police interest. ([[P|S. Malik]])
""",
    },
    {
        "id": "d24-chron-dilan",
        "kind": "case_chronology",
        "subject": "Dilan Barzani",
        "subject_aliases": ["Dil"],
        "case_people": ["Anne-Marie Lacey"],
        "text": """Chronology of contact — [[S|Dilan Barzani]] (student no. [[SI:STUDENT_NUMBER|SN-88124]])

12 Sep — [[S|Dilan]] reports harassment from a fellow student, [[U|Connor Gilhooly]], over her Kurdish flag profile picture. — [[P|AML]]
14 Sep — [[U|Gilhooly]] interviewed by [[U|Dr Yvonne Teale]]. Denies it. — [[P|AML]]
20 Sep — [[S|Ms Barzani]]'s brother [[R|Rêbaz Barzani]] calls the switchboard, angry. Given generic advice. — [[U|T. Ogunleye]]
22 Sep — [[S|Dil]] says [[R|Rêbaz]] and her cousin [[R|Shilan Barzani]] want to "sort it out themselves". Concern for escalation. — [[P|A.-M. Lacey]]
25 Sep — Meeting with [[S|Dilan]], [[P|Anne-Marie Lacey]] and [[U|Hêvî Ahmed]] (community liaison). — [[P|AML]]
30 Sep — [[R|Mr Barzani]] (father) emails from [[NEG|Erbil]]: [[T:EMAIL_ADDRESS|barzani.family@mail.krd]]. — [[P|AML]]
03 Oct — [[U|Connor]] withdraws from the module. [[U|Mr Gilhooly]]'s mother, [[U|Mrs Gilhooly]], writes to complain. — [[U|Y. Teale]]
05 Oct — Case closed; [[S|Barzani]] happy with outcome. — [[P|AML]]
""",
    },
    {
        "id": "d24-chron-grace",
        "kind": "case_chronology",
        "subject": "Grace Achieng Otieno",
        "subject_aliases": [],
        "case_people": ["Hamish Boyd", "Wanjiru Kamau"],
        "text": """Case chronology: [[S|Grace Achieng Otieno]]
NHS no. [[SI:UK_NHS|943 476 5919]] | Programme: [[NEG|BSc Nursing (Distance)]]

07/10/2026 – [[S|Grace]] tells placement mentor [[U|Rose Ellery]] that a neighbour, [[U|Peter Mwangi]], is pressuring her to join a "prayer cell". ([[P|H. Boyd]])
08/10/2026 – [[P|Hamish Boyd]] speaks with [[S|Mrs Otieno]]. She says her sister-in-law [[R|Mercy Otieno]] attends the same group. — [[P|HB]]
13/10/2026 – [[P|Wanjiru Kamau]] (Kenyan student society adviser) confirms the group is a church house group at [[NEG|Grace Chapel]], [[NEG|Luton]]. — [[P|WK]]
15/10/2026 – [[S|Grace]]'s daughter [[R|Faith Otieno]], aged 16, contacts [[U|Ms Ellery]]. [[R|Faith]] says her mum is fine. — [[P|HB]]
16/10/2026 – [[U|Dr Samuel Kiprop]] reviews. Says there is no basis for [[NEG|Prevent]]; matter is family tension. — [[P|HB]]
21/10/2026 – [[S|Otieno]] withdraws concern. [[R|Mr Otieno]] (husband, [[R|Joseph]]) writes to thank staff. — ([[P|W. Kamau]])
""",
    },
    {
        "id": "d24-chron-nikos",
        "kind": "case_chronology",
        "subject": "Nikolaos Papadopoulos",
        "subject_aliases": ["Nikos", "Nick"],
        "case_people": ["Deborah Quayle"],
        "text": """Chronology — [[S|PAPADOPOULOS, Nikolaos]] ([[S|Nikos]])
Driving licence: [[SI:UK_DRIVING_LICENCE|PAPAD904152N99AB]]

01.11.26 — [[U|Elena Georgiou]], a classmate, reports that [[S|Nikos]] posted an image of [[U|Kyriakos Vlachos]] with the caption "our next leader". — [[P|D. Quayle]]
02.11.26 — [[P|DQ]] searches public profile; [[S|Nick]] uses [[SI:SOCIAL_HANDLE|@nick_papad]], profile at [[SI:URL|https://social.example.gr/nick_papad]]. — [[P|DQ]]
04.11.26 — Call with [[S|Mr Papadopoulos]]. He says the post was ironic. Mentions his father, [[R|Giorgos Papadopoulos]], and his sister [[R|Eleni]] argue about politics at home. — [[P|DQ]]
06.11.26 — [[U|Prof. Antonia Leventis]] (Modern Greek) consulted on context. — ([[P|D. Quayle]])
09.11.26 — [[R|Mrs Papadopoulou]] (mother) telephones; upset that [[U|Elena]] reported him. — [[U|J. Fairclough]]
11.11.26 — [[U|Dr Rami Haddad]] advises proportionate response. [[S|Papadopoulos]] agrees to remove the post. — [[P|Deborah Quayle]]
12.11.26 — Closed. — [[P|DQ]]
""",
    },
    {
        "id": "d24-incident-sunny",
        "kind": "incident_report",
        "subject": "Sunny Chowdhury",
        "subject_aliases": ["Sunny"],
        "case_people": ["Imran Hafeez"],
        "text": """INCIDENT REPORT FORM – [[NEG|Estates & Security]]
Incident no.: [[NEG|IR-26-3390]]   Date/time: 13/11/2026 18:45
Location: [[NEG|Sunny Bank Study Centre]], car park
Reported by: [[P|Imran Hafeez]], Security Supervisor

Description: Student [[S|Sunny Chowdhury]] ([[SI:STUDENT_NUMBER|31-220-915]]) was handing out leaflets. A member of the public, [[U|Mr Derek Haworth]], became aggressive. [[S|Sunny]] was pushed. [[S|Mr Chowdhury]]'s cousin, [[R|Rafiq Chowdhury]], was with him and filmed it.

Witnesses: [[U|Amelia Strand]] (staff); [[U|Kamal Uddin]] (student); [[R|Nasrin Chowdhury]] (sister)
Police: [[U|PC Gareth Lyle]] (4471) and [[U|Sgt Joanne Beck]] attended. Crime ref [[NEG|MP/26/118832]].
Vehicle: silver Ford Focus, registration [[T:UK_VEHICLE_REGISTRATION|MA19 XKT]] (owned by [[U|Haworth]]).
The leaflets were for a charity run by [[U|Shahida Begum]]; content reviewed by [[P|IH]] and not considered extremist. A [[NEG|sunny]] day, CCTV clear.

Signed: [[P|I. Hafeez]]
""",
    },
    {
        "id": "d24-incident-matteo",
        "kind": "incident_report",
        "subject": "Matteo Russo",
        "subject_aliases": ["teo_r"],
        "case_people": ["Clare Donnelly", "Olamide Fashola"],
        "text": """IT SECURITY INCIDENT – escalated to Prevent
Reporter: [[P|Clare Donnelly]] (SOC analyst)
Account: [[SI:USERNAME|mrusso22]] — [[S|Matteo Russo]]

At 02:14 on 29/10/2026 the web filter blocked repeated requests from [[SI:IP_ADDRESS|2001:db8:4f2a::17]] to a site listed on the [[NEG|Counter-Terrorism Internet Referral Unit]] feed. The session belonged to [[S|Mr Russo]]. A second device on the same home network, [[T:IP_ADDRESS|192.168.1.44]], is registered to [[R|Francesca Russo]].

[[P|Olamide Fashola]] (Prevent Coordinator) called [[S|Matteo]] on 30/10. He said his brother [[R|Lorenzo]] uses his login. [[R|Signora Russo]], their mother, confirmed this when [[P|Ms Fashola]] spoke to her with [[S|Matteo]]'s consent.

Witness statement taken from [[U|Giulia Bianchi]], housemate. [[U|Giulia]] says [[R|Lorenzo Russo]] often plays online as [[SI:USERNAME|teo_r]], which is [[S|Matteo]]'s gamertag.
No police involvement. [[U|Dr Nathan Orme]] (CISO) informed.

— [[P|C.D.]] / [[P|O.F.]]
""",
    },
    {
        "id": "d24-incident-ifeoma",
        "kind": "incident_report",
        "subject": "Ifeoma Eze",
        "subject_aliases": ["Ify"],
        "case_people": ["Gavin Thorne"],
        "text": """Incident Report — [[NEG|Manchester Study Hub]], 3rd floor
Reported by: [[P|Gavin Thorne]] (Duty Manager)
Date: 20 November 2026

Summary: At approx. 14:00 a visitor, [[U|Mr Kelvin Strachan]], shouted at student [[S|Ifeoma Eze]] (known as [[S|Ify]]) and tore down a poster for the [[NEG|African-Caribbean Society]]. [[S|Ms Eze]] was accompanied by her sister [[R|Chiamaka Eze]] and her niece [[R|Adanna]].

Witnesses:
1. [[U|Joy Ebere-Smith]] — student
2. [[U|Will Pennington]] — librarian
3. [[R|Chiamaka Eze]] — visitor

Police attended: [[U|PC Hannah Doyle]] (collar 2290) and [[U|DS Vikram Bhatt]].
Vehicle seen leaving: blue van, [[T:UK_VEHICLE_REGISTRATION|YX68 BFO]]; the van is linked by [[U|PC Doyle]] to [[U|Strachan]].
[[S|Ify]]'s father, [[R|Chief Eze]], phoned the front desk; [[P|Mr Thorne]] took the call. [[U|Joy]] later said [[U|Strachan]] had been in before. To [[U|Will]]'s knowledge he is not a member.

Signed: [[P|G. Thorne]]
""",
    },
    {
        "id": "d24-incident-pieter",
        "kind": "incident_report",
        "subject": "Pieter van der Berg",
        "subject_aliases": [],
        "case_people": ["Mariam Hosseini", "Edward Linklater"],
        "text": """INCIDENT LOG ENTRY #[[NEG|5521]]
Reporter: [[P|Mariam Hosseini]], Residential Life Officer
Subject: [[S|Pieter van der Berg]], [[NEG|MEng Civil Engineering]], DOB [[SI:DATE_OF_BIRTH|14.02.2000]]

Narrative: [[S|Pieter]] was seen placing stickers reading "[[NEG|Hope Springs Trust]] is the enemy" around [[NEG|Kingfisher Court]]. [[U|Mrs Agnieszka Nowak]], cleaner, removed six. [[S|Mr van der Berg]] told [[P|Ms Hosseini]] the stickers belonged to his brother, [[R|Joost van der Berg]], who visited at the weekend in car [[T:UK_VEHICLE_REGISTRATION|LK21 UZH]].

Witnesses: [[U|Benedict Oyelaran]] (resident); [[U|Layla Nasser]] (resident)
Police: [[U|Sgt Colin Reeve]], [[NEG|Thames Valley Police]], by phone only.
[[S|van der Berg]]'s father, [[R|Dr Hendrik van der Berg]], contacted [[P|Edward Linklater]] (Head of Residences). [[P|EL]] has asked [[U|Layla]] for a statement.
Bank details found on a dropped envelope (returned to [[R|Joost]]): sort code [[T:UK_SORT_CODE|20-45-77]], account [[T:UK_BANK_ACCOUNT|31926819]].

— [[P|MH]]
""",
    },
    {
        "id": "d24-letter-aoife",
        "kind": "letter",
        "subject": "Aoife Gallagher",
        "subject_aliases": [],
        "case_people": ["Neil Gallagher", "Róisín Kealy"],
        "text": """[[NEG|Office of the Dean of Students]]
[[NEG|Open Upland University]]

[[S|Ms Aoife Gallagher]]
[[SI:STREET_ADDRESS|Rose Cottage, Ballyvaughan Road]]
[[SI:STREET_ADDRESS|Castlebar]]
[[SI:STREET_ADDRESS|Co. Mayo]]

14 November 2026

Dear [[S|Aoife]],

Thank you for speaking with me and with [[P|Mrs Róisín Kealy]] on Tuesday. I am writing to confirm what we agreed.

You told us that your cousin, [[R|Dara Gallagher]], has been posting about you online, and that your mother, [[R|Mrs Gallagher]], asked [[U|Father Brendan Toal]] to intervene. We understand [[R|Dara]] is not a student of ours. [[U|Dr Keane]] has agreed to extend your deadline.

Please note that the staff member who first raised this, [[R|Neil Gallagher]], is not related to you; the shared surname is coincidence. [[R|Mr Gallagher]] will no longer be your tutor, and [[U|Ms Úna Breathnach]] takes over from Monday.

If you need support, please contact [[U|Rose Abara]] on [[T:PHONE_NUMBER|0300 555 0192]].

Yours sincerely,

[[U|Dr Felicity Marsh-Gordon]]
Dean of Students
""",
    },
    {
        "id": "d24-letter-yusuf",
        "kind": "letter",
        "subject": "Yusuf bin Hamid",
        "subject_aliases": [],
        "case_people": ["Ingrid Solberg"],
        "text": """PRIVATE AND CONFIDENTIAL

[[S|Mr Yusuf bin Hamid]]
[[SI:STREET_ADDRESS|Flat 3, 41 Ladysmith Terrace]]
[[SI:STREET_ADDRESS|Bradford]]
[[SI:UK_POSTCODE|BD7 2QN]]

Student number: [[SI:STUDENT_NUMBER|7730-1184]]

Dear [[S|Mr bin Hamid]],

Re: support following the report of 2 October

I write following your meeting with [[U|Dr Aziz]] and myself. You explained that your father, [[R|Hamid bin Hamid]], and your brother [[R|Ismail]] had received messages from an account operated by [[U|Zubair Latif]], and that you had reported these to [[NEG|West Yorkshire Police]]. [[U|DC Nicola Harte]] is the officer in the case.

Your mother, [[R|Mrs bin Hamid]], asked that we correspond with you only. We will do so. [[U|Ms Kauser]] from the Chaplaincy would be happy to speak with you and [[R|Ismail bin Hamid]] if that would help.

Please contact [[U|Stephen Quirke]] on [[T:EMAIL_ADDRESS|studentcases@ouu.ac.uk]] with any questions.

Yours sincerely,

[[P|Ingrid Solberg]]
Head of Student Casework

cc. [[U|Dr Aziz]]
""",
    },
    {
        "id": "d24-letter-marta",
        "kind": "letter",
        "subject": "Marta Wiśniewska",
        "subject_aliases": [],
        "case_people": ["Paul Okonjo", "Heather Quinn"],
        "text": """[[S|Miss M. Wiśniewska]]
[[SI:STREET_ADDRESS|The Old Forge]]
[[SI:STREET_ADDRESS|Chapel Lane]]
[[SI:STREET_ADDRESS|Little Hadham]]
[[SI:UK_POSTCODE|SG11]]
[[SI:UK_POSTCODE|2DP]]

Our ref: [[NEG|PO/HQ/2611]]
Student no.: [[SI:STUDENT_NUMBER|22-510-336]]
NI no. on file: [[SI:UK_NINO|BG 63 81 27 D]]

Dear [[S|Marta]],

I am sorry to hear about the difficulties you described in your letter. You said your brother, [[R|Tomasz Wiśniewski]], and his friend [[U|Kamil Dudek]] are pressuring you to attend rallies, and that your grandmother, [[R|Pani Wiśniewska]], is frightened.

[[P|Ms Quinn]] and I have agreed that you can move to the [[NEG|Chapel]] cohort, tutored by [[U|Dr Ruth Abernethy]]. We have also asked [[U|Jakub]] in IT to reset your password.

[[R|Tomasz]] telephoned [[U|Mr Fenton]] in Admissions last week. We did not discuss your case with him.

With best wishes,

[[P|Paul Okonjo]]
Student Welfare Manager
cc. [[P|Heather Quinn]], Prevent Lead
""",
    },
    {
        "id": "d24-letter-faith",
        "kind": "letter",
        "subject": "Faith Moyo",
        "subject_aliases": [],
        "case_people": ["Derek Ashby"],
        "text": """[[S|Mrs Faith Moyo]]
[[SI:STREET_ADDRESS|Windrush House]]
[[SI:STREET_ADDRESS|Parade]]
[[SI:STREET_ADDRESS|Leamington Spa]]
[[SI:UK_POSTCODE|CV32 4AB]]

5 November 2026

Dear [[S|Mrs Moyo]],

Re: your son, [[R|Tatenda Moyo]]

Thank you for your letter. I should explain that because [[R|Tatenda]] is not a student, and you are, we can only act on concerns that affect you. I know you wrote in good [[NEG|faith]].

You mentioned that [[R|Tatenda]] and his friend [[U|Blessing Chikwanha]] have been visiting a website run by [[U|Simbarashe Ncube]] ([[T:URL|www.ncube-truthblog.example.com]]), and that your husband, [[R|Mr Moyo]], wants the university to intervene. [[U|Dr Grace Mupfumira]] in our School of Social Sciences has suggested the [[NEG|Faith and Belief Forum]] as a source of advice.

[[P|Mr Ashby]] in Safeguarding would be glad to speak to you and your daughter [[R|Ruvimbo]] if helpful. His number is [[T:PHONE_NUMBER|01926 800 417]].

Yours sincerely,

[[P|Derek Ashby]]
Safeguarding Manager
cc. [[U|Hope Lindqvist]], Student Services
""",
    },
    {
        "id": "d24-letter-ioana",
        "kind": "letter",
        "subject": "Ioana Munteanu",
        "subject_aliases": [],
        "case_people": ["Carl Whitmore", "Ngozi Okafor-Reid"],
        "text": """[[NEG|Student Casework]], [[NEG|Open Upland University]], [[NEG|Milton Keynes]]

[[S|Ms Ioana Munteanu]]
[[SI:STREET_ADDRESS|27 Brindley Close]]
[[SI:STREET_ADDRESS|Wolverton]]
[[SI:UK_POSTCODE|MK12 5JE]]

Dear [[S|Ms Munteanu]],

Hardship fund and welfare support

Following your call with [[P|Carl Whitmore]], I confirm that a payment of £400 will be made to the account you gave: sort code [[SI:UK_SORT_CODE|40-11-62]], account [[SI:UK_BANK_ACCOUNT|88234017]]. Your previous payment went to IBAN [[SI:IBAN_CODE|RO49 AAAA 1B31 0075 9384 0000]], which is now closed.

You told [[P|Mr Whitmore]] that your husband, [[R|Adrian Munteanu]], has been contacted by [[U|Vasile Dragomir]] and asked to collect money for a group. Your brother-in-law [[R|Cristian]] shares your concerns. [[P|Ngozi Okafor-Reid]] (Prevent Lead) will call you; [[P|Ms Okafor-Reid]] may ask for [[R|Adrian]]'s consent to pass information to [[U|PC Lewis Hartnell]].

[[U|Rodica Stan]] can interpret if you would like.

Yours sincerely,

[[P|C. Whitmore]]
Student Funding Adviser
""",
    },
    {
        "id": "d24-support-will",
        "kind": "support_log",
        "subject": "William Hartley",
        "subject_aliases": ["Will", "Billy"],
        "case_people": ["Ebony Clarke", "Farhan Choudhury"],
        "text": """Student Support Log: [[S|William Hartley]] ([[S|Will]])
Student no. [[SI:STUDENT_NUMBER|1905-6621]] | Phone [[SI:PHONE_NUMBER|+44 7700 900461]]

2 Nov 2026, 10:15. [[S|Will]] emailed support. Said he "[[NEG|will]] not be in this week" because of a family row. His step-mum, [[R|Dawn Hartley]], wants him to stop seeing [[U|Kyle Benson]]. — [[P|EC]]

3 Nov 2026, 15:40. Phoned [[S|Will]]. He says [[U|Kyle]] took him to a gym run by [[U|Marcus Greer]] where people talk about "remigration". His dad, [[R|Bill Hartley]], is a member there. — [[P|E. Clarke]]

5 Nov 2026, 09:05. [[R|Mrs Hartley]] left a voicemail; did not call back (no consent). — [[P|EC]]

6 Nov 2026, 13:20. Consulted [[P|Farhan Choudhury]] (DSL). [[P|FC]] suggested a [[NEG|Prevent]] conversation. [[S|Mr Hartley]] agreed to speak to him. [[S|Billy]] (name his gran uses) wants [[R|Nan Hartley]] kept out. — [[P|Ebony]]

9 Nov 2026, 11:00. Call with [[P|Mr Choudhury]]. [[U|Mark Olusanya]] (mentor) also joins. Plan agreed. — [[P|FC]]
""",
    },
]
