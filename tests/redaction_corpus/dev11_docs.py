# ruff: noqa: E501
"""dev11: an eleventh development set, written from the brief's list of document kinds, people
mix and hard cases (not from any engine code or blind document). Same mark-up as dev2.py
(R = a person, relative or not, who shares the subject's surname, in any form).
Invented text; every person is fictional.
"""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d11-tutor-eoin",
        "kind": "tutor_report",
        "subject": "Eoin Ó Ceallaigh",
        "subject_aliases": ["Eoin"],
        "case_people": ["Małgorzata Wiśniewska"],
        "text": """Personal tutor record: Semester 1, week 9
Student: [[S|Eoin Ó Ceallaigh]]    Student no.: [[SI:STUDENT_NUMBER|2318804]]
Programme: [[NEG|BSc Geography]], Year 2
Personal tutor: [[P|Dr Małgorzata Wiśniewska]]

[[S|Eoin]] came to my office hour on 14 November after missing three [[NEG|GEO2104 Field Methods]] practicals. He was polite but visibly tired. He told me he has been spending most weekends in [[NEG|Belfast]] with his father, [[R|Seán Ó Ceallaigh]], who he says has "got back in with the old crowd". [[S|Mr Ó Ceallaigh]] showed me a video on his phone of a march and asked whether it was "legal to film the peelers". I said I would find out and come back to him.

He mentioned a man called [[U|Dessie]] who drives him to the ferry at [[NEG|Cairnryan]], and an older student, [[U|Ciarán Mac Giolla Bhríde]], whom he described as "the only one here who gets it". I do not know whether [[U|Ciarán]] is registered with us. [[S|Eoin]]'s mother, [[U|Gráinne Byrne]], rang the department office last week asking if he had been attending; [[U|Sunita]] on reception took the call and did not give out any information.

The [[NEG|Grace]] period for the field report ends on Friday; I have extended it by a week. [[S|Eoin]]'s uncle, [[R|Tadhg Ó Ceallaigh]], is apparently paying his rent this term, which [[S|Eoin]] said makes it "hard to say no" to the weekends.

Contact number on file: [[SI:PHONE_NUMBER|07700 914382]]. Term address: [[SI:STREET_ADDRESS|Flat 6, 31 Harrow Lane]], [[SI:UK_POSTCODE|LS6 2RQ]].

Action: I have suggested he sees [[U|Hope Adeyemi]] in Wellbeing and I have copied the Prevent contact, [[U|Mr Rhodri Pugh]], for advice only.

[[P|M. Wiśniewska]]
""",
    },
    {
        "id": "d11-support-hodan",
        "kind": "support_log",
        "subject": "Hodan Warsame",
        "subject_aliases": ["Hodo"],
        "case_people": ["Bethan Pryce"],
        "text": """Student Support: contact log
Student: [[S|Hodan Warsame]] ([[SI:STUDENT_NUMBER|W2207731]]), DOB [[SI:DATE_OF_BIRTH|03/09/2005]]
Keyworker: [[P|Bethan Pryce]]

[[NEG|12 Oct]] Drop-in. [[S|Hodan]] asked about the hardship fund; rent arrears since her brother [[R|Abdirahman Warsame]] stopped contributing. Signposted to [[NEG|Money Advice]]. [[P|BP]]
[[NEG|19 Oct]] Phone call to [[SI:PHONE_NUMBER|+44 7911 203 448]]. [[S|Hodo]] (her preferred name) was upset; [[R|Mrs Warsame]] wants her home in [[NEG|Leicester]] every weekend to look after younger siblings. She mentioned a "sister" from a study circle, [[U|Ikran]], who has been sending her long audio clips late at night. Did not seem alarmed by them. [[P|BP]]
[[NEG|26 Oct]] Email from academic tutor [[U|Dr Felix Hartmann]]: [[S|Hodan]] absent from two [[NEG|Pharmacology]] labs. [[U|JT]]
[[NEG|02 Nov]] Met in person with [[P|Bethan]]. [[S|Ms Warsame]] showed messages forwarded from a Telegram channel; some of the clips she said her cousin, [[R|Sagal Warsame]], had also shared. [[S|Hodan]] asked whether she could "get in trouble just for being in the group". Advised; consulted Prevent lead [[U|Graham Oduya]]. [[P|BP]]
[[NEG|03 Nov]] [[U|Graham]] reviewed the screenshots. No referral at this stage; continue support and check in weekly. [[U|GO]]
[[NEG|09 Nov]] [[S|Hodan]] left the channel herself. Given the number for [[NEG|Shout]] and the out-of-hours line. [[R|Abdirahman]] has started paying rent again, she says. [[P|BP]]
[[NEG|16 Nov]] Short call. Fine; exams worry only. Her flatmate [[U|Patience Boateng]] has been "a star". [[P|BP]]
""",
    },
    {
        "id": "d11-chat-kenji",
        "kind": "chat_export",
        "subject": "Kenji Watanabe",
        "subject_aliases": ["Ken", "kenji_w"],
        "case_people": ["Priya Raman"],
        "text": """Microsoft Teams export: channel [[NEG|Fenwick Hall Wardens]]
Exported by [[U|Callum Reid]] on 28/11

[21:04] [[U|Jessica Lowe]]: anyone seen [[S|kenji]] today? his door's been shut since sunday
[21:05] [[U|Tomás Ferreira]]: nah. @[[P|Priya Raman]] you're on his floor?
[21:07] [[P|Priya Raman]]: he answered earlier, said he's fine, just "busy with the project"
[21:07] [[P|Priya Raman]]: there was a parcel outside though, addressed to [[S|K. Watanabe]] from some tactical gear site
[21:09] [[U|Callum Reid]]: tell [[U|jess]] to log it pls, I'm off tonight
[21:10] [[U|Jessica Lowe]]: logging. [[S|Ken]]'s sister [[R|Yui Watanabe]] messaged the hall inbox too, she's worried he's stopped replying to the family chat
[21:12] [[U|Tomás Ferreira]]: his handle on the gaming discord is @[[S|kenji_w]] and he's been posting in a channel called [[NEG|Iron Dawn]]. [[U|Marcus]] from the [[NEG|Esports Society]] sent me screenshots
[21:13] [[U|Callum Reid]]: don't screenshot more than you need. forward to [[U|Dr Ogunbiyi]] tomorrow
[21:15] [[P|Priya]]: ok. also his dad, [[R|Mr Hiroshi Watanabe]], is flying in from [[NEG|Osaka]] on friday apparently
[21:16] [[U|Jessica Lowe]]: [[NEG|Summer]] ball committee is in the common room btw, keep it quiet
[21:20] [[U|Tomás Ferreira]]: 👍 will check on [[S|Watanabe]] at 10 with [[U|Sunny]] from security
[22:41] [[U|Tomás Ferreira]]: done. [[S|Kenji]] opened the door, chatted fine. room ok
""",
    },
    {
        "id": "d11-email-chidinma",
        "kind": "email",
        "subject": "Chidinma Okonkwo",
        "subject_aliases": ["Chi"],
        "case_people": ["Andrew Fairbairn", "Leila Haddad"],
        "text": """From: [[P|Andrew Fairbairn]] <[[T:EMAIL_ADDRESS|a.fairbairn@northgate.ac.uk]]>
To: [[P|Leila Haddad]] <[[T:EMAIL_ADDRESS|l.haddad@northgate.ac.uk]]>
Cc: [[U|Joy Mensah]] <[[T:EMAIL_ADDRESS|j.mensah@northgate.ac.uk]]>
Subject: [[S|Chidinma Okonkwo]] ([[SI:STUDENT_NUMBER|N21094476]]): call from her father
Date: Tue, 10 Nov 2026 16:42

Hi [[P|Leila]],

Quick heads-up. I had a call this afternoon from [[R|Mr Emeka Okonkwo]], [[S|Chidinma]]'s father, on [[T:PHONE_NUMBER|0161 496 0732]]. He is worried that [[S|Chi]] has been attending meetings of a group off campus that he described as "anti-government" and that she has cut off contact with her mother, [[R|Adaeze Okonkwo]]. He asked us to "keep an eye on her" and to ring him back.

I explained we cannot share information about an adult student without her consent. He then mentioned her boyfriend, [[U|Tobenna]], and a woman called [[U|Sister Blessing]] who runs the group. I have no surname for either.

For what it is worth, [[S|Ms Okonkwo]] is attending all her [[NEG|Nursing]] placements at [[NEG|Salford Royal]] and her mentor, [[U|Heather Cullen]], has no concerns. I'd suggest you or [[U|Joy]] have a welfare chat with [[S|Chidinma]] before anyone thinks about Prevent. Her email is [[SI:EMAIL_ADDRESS|chidinma.okonkwo@student.northgate.ac.uk]].

Thanks,
[[P|Andrew]]

--
[[P|Andrew Fairbairn]]
Senior Lecturer, School of Health
[[NEG|Northgate University]]
Tel: [[T:PHONE_NUMBER|0161 496 0118]]
""",
    },
    {
        "id": "d11-minutes-andrei",
        "kind": "meeting_minutes",
        "subject": "Andrei Popescu",
        "subject_aliases": ["Andi"],
        "case_people": ["Rachel Kingsley", "Omar Siddiqui"],
        "text": """Student Concern Panel: minutes
Date: 4 December, 10:00, [[NEG|Boardroom 2]], [[NEG|Whitcombe Building]]

Present: [[P|Rachel Kingsley]] (Head of Student Wellbeing, chair), [[P|Omar Siddiqui]] (Prevent Lead), [[U|Dr Iris Tamura]] (Department of Computer Science), [[U|Gwen Llewelyn]] (Accommodation Manager), [[U|Kwabena Asante]] (minutes)
Apologies: [[U|Prof. Mark Delaney]], [[U|Ffion Morgan]]

1. Case: [[S|Andrei Popescu]], [[SI:STUDENT_NUMBER|22017345]], [[NEG|MEng Software Engineering]] Year 3.

[[P|OS]] summarised the concern. A lab technician, [[U|Miles Harper]], saw [[S|Andrei]] reading a manifesto on a shared screen in [[NEG|Lab 4.12]] and noted that the machine was logged into a forum from [[T:IP_ADDRESS|172.16.40.23]]. [[U|Dr Tamura]] said [[S|Mr Popescu]] is a strong student who has been isolated since his cousin, [[R|Mihai Popescu]], left the course last year.

[[U|GL]] reported a flatmate complaint: [[S|Andi]] had put up a flag in the kitchen and argued with [[U|Yusuf Demir]], another resident. The flag was removed when asked.

[[P|RK]] noted that [[S|Andrei]]'s mother, [[R|Elena Popescu]], has emailed twice about his mental health.

2. Decision: not a Prevent referral at this stage. Wellbeing-led support plan.

Actions:
[[P|RK]] to call the student and offer a meeting this week.
[[U|IT]] to ask [[U|Miles]] for a written note of what he saw, factual only.
[[P|OS]] to review with the [[NEG|Channel]] coordinator informally (no names).
[[U|GL]] to speak to [[U|Yusuf]] about the kitchen dispute.

Next review: 18 December. Minutes: [[U|K. Asante]]
""",
    },
    {
        "id": "d11-chron-oleksandr",
        "kind": "case_chronology",
        "subject": "Oleksandr Kovalenko",
        "subject_aliases": ["Sasha", "Oleks"],
        "case_people": ["Sana Malik", "Rory Sutherland"],
        "text": """Case chronology: [[S|Oleksandr Kovalenko]]
Student number [[SI:STUDENT_NUMBER|KU-2024-18830]]; date of birth [[SI:DATE_OF_BIRTH|17 April 2004]]
Case owner: [[P|Sana Malik]] (Safeguarding Officer)

03/10/2026  Welfare referral from the International Office after [[S|Oleksandr]] missed his visa check-in. He explained that his sister, [[R|Kateryna Kovalenko]], had arrived from [[NEG|Kharkiv]] and was staying with him in halls. ([[P|S. Malik]])
07/10/2026  Accommodation confirmed [[R|Ms Kovalenko]] cannot stay beyond 14 nights. [[S|Sasha]] (as he asks to be called) agreed. — [[P|RS]]
15/10/2026  Lecturer [[U|Dr Anneliese Brandt]] reported [[S|Mr Kovalenko]] had shown classmates a video of a volunteer battalion and said he might "go back and fight". No threat to anyone here; she was worried for him. ([[P|S. Malik]])
16/10/2026  Discussion with [[P|Rory Sutherland]] (Prevent Lead). Agreed this is not a Prevent matter on its face: wish to return to defend his country is not extremism. Welfare focus. — [[P|RS]]
22/10/2026  Met [[S|Oleks]] with interpreter [[U|Iryna Bondar]]. He said his father, [[R|Viktor Kovalenko]], is serving and he has had no news for nine days. Referred to counselling; [[U|Wren Atkinson]] to see him. ([[P|S. Malik]])
30/10/2026  [[U|Wren]] confirmed two sessions attended. ([[P|S. Malik]])
12/11/2026  Anonymous message to the report-and-support tool naming "[[S|Kovalenko]]" and saying he was recruiting for a "foreign legion" in the [[NEG|Students' Union]] bar. IP logged as [[T:IP_ADDRESS|2001:db8:4f1a::17]]. No corroboration found. — [[P|RS]]
13/11/2026  [[S|Oleksandr]] told me a student called [[U|Dmytro]] from another university had been handing out leaflets for a charity collecting body armour. [[S|Sasha]] had only helped carry boxes. Charity checked: registered, lawful. ([[P|S. Malik]])
20/11/2026  Mother, [[R|Mrs Halyna Kovalenko]], phoned from [[NEG|Warsaw]] on [[T:PHONE_NUMBER|+48 601 442 913]] asking for news. Consent from [[S|Oleksandr]] to share that he is safe and attending. ([[P|S. Malik]])
01/12/2026  Case closed to welfare monitoring. — [[P|RS]]
""",
    },
    {
        "id": "d11-incident-baris",
        "kind": "incident_report",
        "subject": "Barış Yıldırım",
        "subject_aliases": ["Baris"],
        "case_people": ["Helen Marsh"],
        "text": """INCIDENT REPORT  Ref: SEC/26/0419
Reported by: [[P|Helen Marsh]], Campus Security Supervisor (badge 118)
Date/time: Saturday 21 November 2026, approx. 23:40
Location: Car park C, [[NEG|Penrose Campus]]

Summary
A group of about six people gathered by the [[NEG|Library]] entrance with a banner. Student [[S|Barış Yıldırım]] ([[SI:STUDENT_NUMBER|20456781]]) was identified from his campus card. A second man, later named by police as [[U|Serkan Doğan]], was filming and shouting at passers-by. A member of the public, [[U|Mrs Pearl Ashworth]], said she felt threatened and called 999.

Witnesses
1. [[U|Nathaniel Okoye]], student, mobile [[T:PHONE_NUMBER|07456 220913]]: saw [[S|Yıldırım]] trying to calm [[U|Doğan]] down.
2. [[U|Shirin Karimi]], cleaner, night shift: saw two men arrive in a silver Ford Focus, registration [[T:UK_VEHICLE_REGISTRATION|WF68 KZD]].
3. [[U|Officer Dean Hallam]] (security, badge 131).

Police
[[U|PC 2291 Laura Birch]] and [[U|PC Simon Ortega]] from [[NEG|West Yorkshire Police]] attended at 23:58. [[U|Sgt Imran Chaudhry]] arrived later. [[U|PC Birch]] spoke to [[S|Baris]], who gave his address as [[SI:STREET_ADDRESS|14 Kirkstall Mews]], [[SI:UK_POSTCODE|LS5 3BW]]. No arrests. [[U|Sgt Chaudhry]] took the banner for examination; the slogan was in Turkish and he asked [[S|Mr Yıldırım]] to translate it. [[S|Barış]] said it referred to an earthquake relief appeal.

[[S|Barış]]'s brother, [[R|Çağan Yıldırım]], arrived at 00:20 in a black Vauxhall Corsa, [[T:UK_VEHICLE_REGISTRATION|YG21 ODN]], and drove him home. The other man, [[U|Doğan]], left on foot.

CCTV
Footage from cameras C3 and C4 saved. Wi-Fi logs requested for device on [[T:IP_ADDRESS|10.44.8.201]] which posted a livestream during the incident, per [[U|Kai]] in IT Services.

Follow-up
Passed to [[U|Dr Esra Kılıç]] (Student Conduct) and the Prevent lead on Monday. [[P|H. Marsh]]
""",
    },
    {
        "id": "d11-letter-precious",
        "kind": "letter",
        "subject": "Precious Moyo",
        "subject_aliases": [],
        "case_people": ["Nkosana Dube"],
        "text": """[[NEG|Castlebrook University]]
Student Services
[[NEG|Mill Road]]
[[NEG|Cambridge]]
[[NEG|CB1 2AZ]]

Private and confidential
[[S|Ms Precious Moyo]]
[[SI:STREET_ADDRESS|Thornfield House]]
[[SI:STREET_ADDRESS|22 Beech Grove]]
[[NEG|Ipswich]]
[[SI:UK_POSTCODE|IP4 2LN]]

Student number: [[SI:STUDENT_NUMBER|C1903347]]

1 December 2026

Dear [[S|Ms Moyo]],

Thank you for meeting [[P|Mr Nkosana Dube]] and me on 26 November. I am writing, as promised, to set out what we agreed.

You told us that your aunt, [[R|Mrs Tendai Moyo]], who lives on [[T:STREET_ADDRESS|Cedar Close]] in [[NEG|Colchester]], has asked you to stay with her over the break, and that you do not feel safe there because of the views of her lodger, [[U|Mr Gideon Marr]]. You also said that your cousin, [[R|Rufaro Moyo]], has been introduced by [[U|Mr Marr]] to a group whose leaflets you showed us. We have passed the leaflets to our Prevent lead for advice; this is not a referral about you.

[[NEG|Precious]] little of this is your responsibility, and you should not feel you have to manage it alone. We have arranged:

- a room in [[NEG|Eastfield Halls]] over the vacation, free of charge;
- a follow-up appointment with [[U|Dr Joy Whitlock]] in the Counselling Service.

If you would like us to talk to your mother, [[U|Mrs Rutendo Ncube]], please let me know; we will not contact her otherwise.

Yours sincerely,

[[U|Fiona Templeton]]
Student Support Adviser
Tel: [[T:PHONE_NUMBER|01223 760 442]]

cc: [[P|Mr N. Dube]], Safeguarding Lead
""",
    },
    {
        "id": "d11-tutor-ha",
        "kind": "tutor_report",
        "subject": "Nguyễn Thị Thu Hà",
        "subject_aliases": ["Hà", "Ha"],
        "case_people": ["Owain Griffiths"],
        "text": """Tutor concern form
Student: [[S|Nguyễn Thị Thu Hà]]   ID [[SI:STUDENT_NUMBER|B00987123]]
Course: [[NEG|MSc Finance and Investment]]
Completed by: [[P|Dr Owain Griffiths]], personal tutor

Background. [[S|Hà]] is an international student in her first term. She is hard-working and has good attendance. I am recording this because of a conversation on 19 November that I was unsure how to handle.

What happened. After the [[NEG|Corporate Finance]] seminar, [[S|Ms Nguyễn]] asked to speak privately. She said her older brother, [[R|Nguyễn Văn Hùng]], who is studying in [[NEG|Birmingham]], has been sending her articles from a website that blames "foreigners" for the housing crisis, and that he has started to call her a traitor for having English friends. She showed me the site on her phone: [[NEG|www.britainfirstnews-example.org]] (I noted the address but did not visit it). She was tearful. She said her cousin [[R|Nguyễn Minh Tuấn]] thinks [[R|Hùng]] has "changed completely".

Her friend [[U|Jade Thornton]] was waiting outside and came in at [[S|Ha]]'s request. [[U|Jade]] said the brother turned up at their flat last week and argued with their other flatmate, [[U|Amaka]].

My view. I do not think [[S|Hà]] holds any of these views; I am concerned about her wellbeing and possibly about [[R|Mr Nguyễn]] (the brother), who is not our student.

Action. Referred to Safeguarding for advice. Her contact: [[SI:PHONE_NUMBER|+44 (0)7520 661 208]]; email [[SI:EMAIL_ADDRESS|ntth2@student.aston-example.ac.uk]]. She consents to a call from [[U|Ms Dawn Fairweather]] in the Safeguarding team.

[[P|O. Griffiths]], 20/11
""",
    },
    {
        "id": "d11-support-grace",
        "kind": "support_log",
        "subject": "Grace Otieno",
        "subject_aliases": ["Gracie"],
        "case_people": ["Lukas Becker", "Ama Owusu"],
        "text": """Residential Life: welfare notes
Resident: [[S|Grace Otieno]], Block D room 14, [[NEG|Marlowe Court]]
Student no. [[SI:STUDENT_NUMBER|1187734]]  |  Mobile [[SI:PHONE_NUMBER|07389-442-105]]
Notes by: [[P|Lukas Becker]] (RA), [[P|Ama Owusu]] (Senior RA)

[[NEG|05/11]] Flat meeting after complaint about posters in the kitchen. [[S|Grace]] said they belong to her boyfriend, [[U|Jamal Reid]], who is not a resident. Posters removed. - [[P|LB]]
[[NEG|08/11]] [[S|Gracie]] came to the office; her older brother [[R|Brian Otieno]] had told the family she was "being radicalised by the church group" because she has stopped drinking. She laughed but seemed hurt. - [[P|AO]]
[[NEG|10/11]] Call from [[R|Mr Otieno]] (father, [[R|Joseph Otieno]]) asking for her room number. Declined. He gave his number as [[T:PHONE_NUMBER|+254 722 318 004]]. - [[P|LB]]
[[NEG|12/11]] [[P|Ama]] spoke to [[S|Grace]]; she is happy at [[NEG|Hillsong]] and with [[U|Pastor Femi]]'s study group, no concerns about either. She does not want her family contacted. - [[P|AO]]
[[NEG|20/11]] Resident [[U|Will Pritchard]] reported [[U|Jamal]] on the block at 2am again. Security informed. [[NEG|Will]] chase key-fob access with [[U|Maureen]] in Accommodation. - [[P|LB]]
[[NEG|25/11]] [[S|Ms Otieno]] well; with [[NEG|grace]] and good humour about the flat rota argument. Closing welfare notes. - [[P|LB]]
""",
    },
    {
        "id": "d11-chat-yasmin",
        "kind": "chat_export",
        "subject": "Yasmin Al-Khatib",
        "subject_aliases": ["Yas", "yaz"],
        "case_people": ["Chloe Brennan"],
        "text": """WhatsApp chat export: "[[NEG|ISOC Sisters Committee 26/27]]"
(supplied by [[P|Chloe Brennan]], Student Union Societies Coordinator, with members' agreement)

[14/11/2026, 18:02] [[U|Nour Saleh]]: salam all, has anyone heard from [[S|yaz]]? she didn't come to the bake sale
[14/11/2026, 18:05] [[U|Hafsa 🌸]]: she's with her uncle this weekend i think
[14/11/2026, 18:05] [[U|Hafsa 🌸]]: the one who keeps sending her those talks lol
[14/11/2026, 18:07] [[U|Nour Saleh]]: [[R|Khalid Al-Khatib]]?? i thought she'd blocked him
[14/11/2026, 18:09] [[U|Mariam K]]: tell [[U|hafsa]] not to joke about that in the group chat pls
[14/11/2026, 18:10] [[U|Hafsa 🌸]]: sorry 🙏
[14/11/2026, 18:26] [[S|Yasmin Al-Khatib]]: I'm here!! sorry, phone died. I'm at my cousin [[U|Rania]]'s, not my uncle's
[14/11/2026, 18:27] [[S|Yasmin Al-Khatib]]: @[[U|Nour Saleh]] can you send me the treasurer form
[14/11/2026, 18:29] [[U|Nour Saleh]]: ok. [[U|Mariam]] has it
[15/11/2026, 09:14] [[U|Mariam K]]: morning. [[S|Yas]], your uncle messaged the society Instagram again. he wants to "give a talk on the true path". i've said no and screenshotted for [[P|Chloe]]
[15/11/2026, 09:20] [[S|Yasmin Al-Khatib]]: I'm so sorry. He's not speaking for me or my family. My dad ([[R|Tariq Al-Khatib]]) has told him to stop
[15/11/2026, 09:22] [[U|Nour Saleh]]: not your fault habibti ❤️
[15/11/2026, 09:40] [[U|Mariam K]]: [[P|Chloe]] says forward to [[U|Imam Abdullah Faris]] at the chaplaincy and she'll log it with the Prevent coordinator
[15/11/2026, 09:41] [[U|Mariam K]]: uncle's insta is [[T:URL|instagram.com/khalid.truepath_]] if anyone needs it
[15/11/2026, 10:02] [[S|Yasmin Al-Khatib]]: his number is [[T:PHONE_NUMBER|+971 50 884 2210]] if they want to call him, I don't mind
""",
    },
    {
        "id": "d11-email-piotr",
        "kind": "email",
        "subject": "Piotr Zieliński",
        "subject_aliases": ["Piotrek"],
        "case_people": ["Hannah Osei", "Declan Murphy"],
        "text": """From: [[P|Hannah Osei]] <[[T:EMAIL_ADDRESS|hannah.osei@westbury.ac.uk]]>
To: [[P|Declan Murphy]] <[[T:EMAIL_ADDRESS|d.murphy@westbury.ac.uk]]>
Subject: FW: Concern about [[S|Piotr]] - confidential
Date: 23 November 2026 08:51

[[P|Declan]], forwarding below as discussed. I've not replied to the mother yet. [[P|H]]

---------- Forwarded message ---------
From: [[R|Agnieszka Zielińska]] <[[T:EMAIL_ADDRESS|a.zielinska77@onet.example.pl]]>
Date: Sun, 22 Nov 2026 at 21:13
Subject: Concern about [[S|Piotr]] - confidential
To: [[T:EMAIL_ADDRESS|studentsupport@westbury.ac.uk]]

Dear Sir or Madam,

I am the mother of [[S|Piotr Zieliński]], student of [[NEG|Mechanical Engineering]] (number [[SI:STUDENT_NUMBER|WU2209381]], born [[SI:DATE_OF_BIRTH|02.02.2006]]). I am very worried. Since September [[S|Piotrek]] talks only about a man named [[U|Krzysztof Nowak]] who he met at a gym in [[NEG|Swindon]]. This man has tattoos with symbols I do not like and he gave [[S|Piotr]] books. My husband [[R|Marek Zieliński]] thinks it is nothing but I know my son.

Also his sister [[R|Ola Zielińska]] saw on his Facebook a group with a name like "[[NEG|Wessex Active Club]]".

Please can someone talk to him. My phone is [[T:PHONE_NUMBER|+48 512 778 340]].

With respect,
[[R|Agnieszka Zielińska]]

---------- Forwarded message ---------
From: [[NEG|Student Support Inbox]] <[[T:EMAIL_ADDRESS|studentsupport@westbury.ac.uk]]>
Date: Mon, 23 Nov 2026 at 08:30
To: [[P|Hannah Osei]]

Forwarding to you as the named adviser for Engineering. [[U|Kayleigh]] (Hub)

--
[[P|Hannah Osei]] | Student Adviser (Engineering) | [[NEG|Westbury University]]
[[T:PHONE_NUMBER|01793 555 219]] | she/her
""",
    },
    {
        "id": "d11-minutes-farhad",
        "kind": "meeting_minutes",
        "subject": "Farhad Ahmadzai",
        "subject_aliases": [],
        "case_people": ["Dr Gabriela Santos", "Peter Lindqvist"],
        "text": """Safeguarding Case Review (confidential)
Held: 27 November 2026, 14:00, [[NEG|Microsoft Teams]]

Attendees:
[[P|Dr Gabriela Santos]], Deputy Director of Student Services (Chair)
[[P|Peter Lindqvist]], Prevent Coordinator
[[U|Revd Faith Okafor]], Multi-faith Chaplain
[[U|Aziz Rahimi]], Dari/Pashto interpreter (items 1–2 only)
[[U|Charlotte Vance]], Note-taker

Apologies: [[U|Jonah Feldman]] (Law School), [[U|Sgt Nicola Barnes]] ([[NEG|Thames Valley Police]] Prevent team)

Minutes:
1. [[S|Farhad Ahmadzai]] ([[SI:STUDENT_NUMBER|40118256]]), [[NEG|LLB Law]] Year 1, arrived in the UK in 2022 and studies on a Sanctuary Scholarship. [[P|PL]] outlined a referral from his housing provider: [[S|Farhad]]'s elder brother, [[R|Jawed Ahmadzai]], moved in without permission and a neighbour, [[U|Mr Gordon Ellis]], complained of "extremist chanting". The interpreter confirmed, from a recording the neighbour sent, that it was a poem about the fall of [[NEG|Kabul]] and a prayer.
2. [[U|Revd Okafor]] has met [[S|Mr Ahmadzai]] weekly; he is grieving for his father, [[R|Haji Ahmadzai]], killed in 2021, and frightened his brother's asylum claim will fail. She sees no ideological concern.
3. [[P|GS]] noted the complaint appears to reflect hostility from the neighbour. [[NEG|Faith]] and culture must not be mistaken for risk. Agreed: no Prevent referral.
4. [[U|Jonah]] (by email) offered Law Clinic help with [[R|Jawed]]'s claim.

Actions:
[[P|PL]] to write to the housing provider closing the matter.
[[U|FO]] to continue pastoral meetings.
[[P|GS]] to ask [[U|Jonah Feldman]] to contact the student about the Law Clinic.

Signed as accurate: [[P|G. Santos]]
""",
    },
    {
        "id": "d11-incident-lewis",
        "kind": "incident_report",
        "subject": "Lewis McAllister",
        "subject_aliases": ["Lewie"],
        "case_people": ["Morag Sinclair"],
        "text": """Incident report form IR-2026-077
Completed by: [[P|Morag Sinclair]], Duty Manager, [[NEG|Students' Association]]
Incident date: Thursday 12 November 2026, 21:15
Venue: [[NEG|The Hive]] bar, [[NEG|Kelvin Campus]], [[NEG|Glasgow]]

Description
During a quiz night, student [[S|Lewis McAllister]] ([[SI:STUDENT_NUMBER|2401772M]]) stood on a table and read out a statement about "invaders" and "the great replacement". Staff asked him to stop. His friend, [[U|Kieran Docherty]], filmed this and uploaded it; the upload came from [[T:IP_ADDRESS|2a00:23c6:9b10:7e01::4a]] according to the venue Wi-Fi. Another student, [[U|Aisha Bello]], was targeted with abuse and left in tears.

Witnesses
[[U|Aisha Bello]] (student) — statement attached.
[[U|Fraser Milne]] (bar staff) — heard [[S|McAllister]] say "you're next" to [[U|Ms Bello]].
[[U|Ewan]] (quizmaster, surname not known).

Police attendance
[[U|PC Ross Gilchrist]] and [[U|PC Ailsa Boyd]], [[NEG|Police Scotland]], attended at 21:40 and spoke to [[S|Lewis]] outside. [[U|DS Caroline Nairn]] called the Duty Manager the next morning for a copy of the CCTV. Crime reference: PS-20261112-0419.

[[S|Lewis]]'s father, [[R|Mr Alasdair McAllister]], arrived at 22:30 in a white Land Rover, registration [[T:UK_VEHICLE_REGISTRATION|SK70 HWX]], and took him home to [[SI:STREET_ADDRESS|Glenview Cottage]], [[NEG|Milngavie]], [[SI:UK_POSTCODE|G62 7DP]]. [[R|Mr McAllister]] said his other son, [[R|Callum McAllister]], had "got [[S|Lewie]] into all this".

Immediate action
[[S|Lewis]] barred from Association premises pending review. Referral to the University's Prevent Single Point of Contact, [[U|Dr Neil Forrest]]. Welfare check offered to [[U|Aisha]] via [[U|Bernadette Quinn]], Advice Centre.

Signed: [[P|M. Sinclair]]   Time: 23:55
""",
    },
    {
        "id": "d11-letter-sian",
        "kind": "letter",
        "subject": "Siân Hughes-Parry",
        "subject_aliases": ["Siân", "Sian"],
        "case_people": ["Dr Rhiannon Vaughan"],
        "text": """Private & Confidential

[[S|Miss Siân Hughes-Parry]]
[[SI:STREET_ADDRESS|Bryn Awel]]
[[SI:STREET_ADDRESS|Lôn Isaf]]
[[NEG|Llanberis]]
[[NEG|Gwynedd]]
[[SI:UK_POSTCODE|LL55 4TY]]

Our ref: SS/PHP/1187
Your student number: [[SI:STUDENT_NUMBER|580034921]]

30 November 2026

Dear [[S|Siân]],

Following our meeting on Thursday, with your agreement I am writing to confirm the support the University will put in place for next term.

You told me you had been frightened by messages sent to you by a former partner, [[U|Rhys Cadwaladr]], who now lives on [[T:STREET_ADDRESS|Ffordd Glan Môr]] in [[NEG|Bangor]] and who has joined a group that you believe is planning protests at the [[NEG|Menai Bridge]] asylum accommodation. You were right to tell us. We have shared the information, without your name, with our Prevent lead, and [[U|PC Gethin Rowlands]] of [[NEG|North Wales Police]] may contact you to ask if you wish to make a statement.

Your father, [[R|Mr Gareth Hughes-Parry]], has asked for an update; as you asked, we will not contact him, or your sister [[R|Elin Hughes-Parry]], unless you tell us otherwise.

Your lectures in [[NEG|Cymraeg]] and Welsh History will continue in person. [[U|Dr Iolo Bevan]] has agreed you can submit through [[NEG|Blackboard]] if you need to miss a class.

If anything changes, please call me on [[T:PHONE_NUMBER|01248 382 910]] or email [[T:EMAIL_ADDRESS|r.vaughan@bangor-example.ac.uk]].

Yn gywir / Yours sincerely,

[[P|Dr Rhiannon Vaughan]]
Senior Welfare Officer

Copy: [[U|Mrs Delyth Owen]], Head of Student Wellbeing
""",
    },
    {
        "id": "d11-chron-zanele",
        "kind": "case_chronology",
        "subject": "Zanele Khumalo",
        "subject_aliases": ["Zee"],
        "case_people": ["Thomas Ashby"],
        "text": """CHRONOLOGY (working copy) | Subject: [[S|Zanele Khumalo]] | SID [[SI:STUDENT_NUMBER|s2214098]] | DOB [[SI:DATE_OF_BIRTH|29/06/2003]]
Lead: [[P|Thomas Ashby]], Student Casework

2026-09-28  Hardship award of £400 approved for [[S|Zanele]]; paid to sort code [[SI:UK_SORT_CODE|20-45-77]], account [[SI:UK_BANK_ACCOUNT|41236688]]. — [[P|TA]]
2026-10-09  [[S|Ms Khumalo]] disclosed that her brother, [[R|Sipho Khumalo]], has been staying in her studio since being evicted. She asked whether that breaches her tenancy. — [[P|TA]]
2026-10-21  Report from library staff member [[U|Bill Harrington]]: a man matching [[R|Sipho]]'s description was printing flyers for "[[NEG|Reclaim the Streets Now]]" using [[S|Zanele]]'s print credit. — [[U|KM]]
2026-10-22  [[S|Zee]] confirmed she gave him her login. Reminded of IT rules. No action on her. — [[P|TA]]
2026-11-03  [[NEG|Greater Manchester Police]] Prevent officer, [[U|DC Samira Hussain]], called asking if [[R|Mr Khumalo]] was a student. Told no. She left her number, [[T:PHONE_NUMBER|0161 856 0000 ext 4471]]. — [[P|TA]]
2026-11-04  Consulted [[U|Dr Kelechi Eze]] (Prevent SPOC). Agreed: no information to be shared about [[S|Zanele]] without a lawful basis; police request to be made in writing. ([[U|K. Eze]])
2026-11-18  [[S|Zanele]]'s mother, [[R|Nomvula Khumalo]], rang from [[NEG|Durban]], distressed, to say [[R|Sipho]] has "gone quiet". Passport number she gave for him, [[T:UK_PASSPORT|561902483]], not recorded further. — [[U|KM]]
2026-11-26  [[S|Zanele]] says [[R|Sipho]] has moved out to a friend's, [[U|Dylan Crowe]], on [[T:STREET_ADDRESS|Ashgrove Terrace]]. She is relieved. Support continues. — [[P|TA]]
""",
    },
    {
        "id": "d11-tutor-arjun",
        "kind": "tutor_report",
        "subject": "Arjun Venkataraman",
        "subject_aliases": ["AJ"],
        "case_people": ["Prof. Helena Novak"],
        "text": """Academic Tutor Report: confidential
Student: [[S|Arjun Venkataraman]] (known as [[S|AJ]])
Student number: [[SI:STUDENT_NUMBER|U2105563]]
Module leader / tutor: [[P|Prof. Helena Novak]], [[NEG|School of Chemistry]]
Date: 25 November 2026

1. Concern
During the [[NEG|CHEM3011 Advanced Synthesis]] lab on 18 November, [[S|Arjun]] asked a demonstrator, [[U|Rosa Delgado]], detailed questions about the quantities of two precursors that are not on the practical schedule. [[U|Rosa]] reported this to me the same day. When I asked [[S|Mr Venkataraman]] about it, he said he had read about them on a forum and was "just curious".

2. Context
[[S|AJ]] has had a difficult term. His father, [[R|Dr Suresh Venkataraman]], was seriously ill in August and [[S|Arjun]] has been travelling to [[NEG|Leicester]] most weekends. He told me his cousin [[R|Karthik Venkataraman]] has been "helping him think about things" but did not say what. His lab partner, [[U|Mark Ellison]], said [[S|Arjun]] spends a lot of time on a Telegram group run by someone called "[[U|Vik]]".

3. Assessment
I am not in a position to judge whether this is a risk. [[NEG|Patience]] is not the issue: I have known [[S|Arjun]] for three years and this is out of character.

4. Action
Reported to the Prevent lead, [[U|Mr Daniel Achterberg]], and to Health and Safety ([[U|Gillian Stroud]]). Access to the precursor store restricted for all undergraduates pending review, not only [[S|Arjun]]. I will meet him again on 2 December with [[U|Dr Mark Ofori]] present.

[[P|H. Novak]]
""",
    },
    {
        "id": "d11-chat-lucia",
        "kind": "chat_export",
        "subject": "Lucía Fernández García",
        "subject_aliases": ["Lucía", "Lu", "luciafg"],
        "case_people": ["Dr Simon Whitaker"],
        "text": """[[NEG|Canvas]] discussion board export
Course: [[NEG|POL2203 Political Violence in Europe]]
Thread: "Week 6: Is ETA's legacy still relevant?"
Moderator: [[P|Dr Simon Whitaker]]

[[S|Lucía Fernández García]] (posted 9 Nov, 22:47)
Honestly I think people here romanticise armed struggle from a safe distance. My grandfather lived through it. Some of the posts on this thread read like recruitment material.

[[U|Ben Carrow]] (9 Nov, 23:02)
@[[S|Lucía Fernández García]] who are you calling a recruiter? Some of us have actually read the texts.

[[U|Jonas Eriksson]] (9 Nov, 23:10)
calm down [[U|ben]]. [[S|Lu]] has a point about the ones from [[U|Tristan_88]].

[[U|Tristan Hale]] (9 Nov, 23:31)
I stand by every word. Violence is sometimes the only language the state understands. Anyone who wants the reading list DM me or find me on [[T:URL|t.me/tristanhale_reads]]

[[S|Lucía Fernández García]] (10 Nov, 00:05)
That's exactly what I mean. @[[P|Simon Whitaker]] can you look at this please?

[[P|Dr Simon Whitaker]] (10 Nov, 08:15)
Thanks all. I've hidden two posts pending review. [[S|Lucía]], thank you for flagging. [[U|Tristan]], please email me today.

[[U|Jonas Eriksson]] (10 Nov, 08:40)
fwiw [[S|luciafg]]'s brother [[R|Javier Fernández]] is a journalist who covered this, she isn't making it up

Moderator note (private, [[P|SW]]): referred [[U|Tristan Hale]]'s posts to the Prevent lead, [[U|Ms Amelia Kerr]]; [[S|Ms Fernández García]] is a witness only, not a subject of concern.
""",
    },
    {
        "id": "d11-email-jiayi",
        "kind": "email",
        "subject": "Chen Jiayi",
        "subject_aliases": ["Jiayi", "Jenny", "陈佳怡"],
        "case_people": ["Sophie Laurent"],
        "text": """From: [[U|Liu Yang]] <[[T:EMAIL_ADDRESS|liu.yang@intl.kingsmere.ac.uk]]>
To: [[P|Sophie Laurent]] <[[T:EMAIL_ADDRESS|s.laurent@kingsmere.ac.uk]]>
Cc: [[U|Gavin Shaw]] <[[T:EMAIL_ADDRESS|g.shaw@kingsmere.ac.uk]]>; [[T:EMAIL_ADDRESS|safeguarding@kingsmere.ac.uk]]
Subject: Student welfare: [[S|Chen Jiayi]] ([[S|陈佳怡]]), [[SI:STUDENT_NUMBER|K24007718]]

Dear [[P|Sophie]],

I am the International Student Adviser for the [[NEG|Asia-Pacific]] region. I am writing about [[S|Chen Jiayi]] (she uses the English name [[S|Jenny]]), a first-year [[NEG|Architecture]] student.

On 16 November [[S|Jiayi]] came to see me because she had received threatening messages on [[NEG|WeChat]] from people who say they are "watching" her after she attended a vigil. She believes they got her details from a classmate, [[U|Zhao Peng]]. She also said her father, [[R|Chen Wei]] ([[R|陈伟]]), was visited at his workplace in [[NEG|Hangzhou]] and asked about her activities in the UK.

This is a safeguarding matter, not a Prevent one: [[S|Ms Chen]] is the person at risk. I would be grateful if you could arrange a meeting with her and consider whether [[U|Inspector Ruth Calloway]]'s team at the local police should be informed.

Her contact details: mobile [[SI:PHONE_NUMBER|07 412 993 650]], email [[SI:EMAIL_ADDRESS|jiayi.chen@student.kingsmere.ac.uk]]. Her passport number ([[SI:UK_PASSPORT|EK4471902]]) is on file with the visa team if needed for the police report.

Kind regards,
[[U|Yang]]

--
[[U|Liu Yang]] ([[U|刘洋]])
International Student Adviser
[[NEG|Kingsmere University]] | [[NEG|Orchard Building]], Room 1.07
T: [[T:PHONE_NUMBER|+44 (0)1865 204 771]]
""",
    },
    {
        "id": "d11-support-kofi",
        "kind": "support_log",
        "subject": "Kofi Boakye",
        "subject_aliases": ["Kof"],
        "case_people": ["Ines Carvalho"],
        "text": """Disability & Mental Health Support: case notes
Name: [[S|Kofi Boakye]]   Student ID: [[SI:STUDENT_NUMBER|19083365]]
NHS no. [[SI:UK_NHS|485 777 3456]]   NI no. [[SI:UK_NINO|TN 31 18 56 A]]
GP: [[U|Dr Amanda Rourke]], [[NEG|Riverside Medical Practice]]
Adviser: [[P|Ines Carvalho]]

1 Oct — Initial appointment. [[S|Kofi]] has a diagnosis of bipolar disorder. Reasonable adjustments agreed (extensions, recorded lectures). — [[P|IC]]
14 Oct — [[S|Kofi]] missed appt. Phoned; his mother, [[R|Mrs Abena Boakye]], answered and said he was "not himself" and talking about "the end times". Asked her to get him to call. — [[P|IC]]
15 Oct — [[S|Mr Boakye]] called back. Manic episode, now under the crisis team. Says a man at a street preaching stall in [[NEG|Brixton]], "[[U|Brother Isaiah]]", told him to stop taking medication. — [[P|IC]]
22 Oct — Call from [[U|PC Jade Whitfield]], [[NEG|Met Police]]: [[S|Kofi]] was found shouting on a bridge, no offence. She asked if he was "known to Prevent". Explained this is a mental health matter. — [[P|IC]]
23 Oct — Discussed with manager [[U|Tom Brightwell]]. Agreed: no Prevent referral, health-led. Letter to GP with consent. — [[U|TB]]
6 Nov — [[S|Kofi]] stable. His brother [[R|Yaw Boakye]] now staying with him. [[R|Yaw]]'s number for emergencies: [[T:PHONE_NUMBER|07700 900 418]]. — [[P|IC]]
20 Nov — Review. [[S|Kof]] returning to lectures part-time. — [[P|IC]]
""",
    },
    {
        "id": "d11-minutes-zsofia",
        "kind": "meeting_minutes",
        "subject": "Zsófia Horváth",
        "subject_aliases": ["Zsófi", "Sophie", "Sophie Horvath", "Horváth Zsófia"],
        "case_people": ["Dr Martin Ekwueme", "Lisa Brennan-Hall"],
        "text": """PREVENT CASE CONSULTATION: NOTE OF MEETING
Date: 2 December 2026   Location: [[NEG|Room G.14]], [[NEG|Ashdown House]]

Attendees:
- [[P|Dr Martin Ekwueme]] — Designated Safeguarding Lead (chair)
- [[P|Lisa Brennan-Hall]] — Head of Residential Life
- [[U|Bence Tóth]] — [[NEG|Erasmus]] Coordinator
- [[U|Mx Robin Ashcroft]] — Students' Union Advice
- [[U|Gift Chukwuma]] — note-taker

Apologies: [[U|Dr Amelia Frost]]; [[U|Mr Sunil Mehta]]

1. Background
[[S|Zsófia Horváth]] (exchange student, [[SI:STUDENT_NUMBER|EX26-00413]]) was reported by a resident assistant, [[U|Ivy Marsden]], after leaving leaflets in the laundry room for a Hungarian nationalist youth movement. [[U|BT]] confirmed that the movement is legal in [[NEG|Hungary]] but explained its material is anti-Roma. The enrolment record from her home university lists her as "[[S|Horváth Zsófia]]", family name first, and the hall list as "[[S|Sophie Horvath]]", which caused a delay in identifying her.

2. Discussion
[[P|LBH]] said a Roma student in the same block, [[U|Dániel Lakatos]], found one leaflet pushed under his door and is frightened. [[U|RA]] (Advice) has met [[U|Dániel]]. [[P|ME]] noted [[S|Zsófi]] told [[U|Ivy]] the leaflets were her father's, [[R|László Horváth]], who visited in October, and that her younger brother [[R|Ádám Horváth]] is "more into it" than she is.

3. Outcome
Treat first as a conduct and harassment matter (impact on [[U|Mr Lakatos]]). Prevent lead to be kept informed; no [[NEG|Channel]] referral at present. [[S|Ms Horváth]] to be offered a meeting with support.

Actions:
[[P|LBH]] to meet [[S|Zsófia]] with [[U|Bence]] present (by 9 Dec).
[[U|RA]] to continue support for [[U|Dániel]] and offer a room move.
[[P|ME]] to brief [[U|Dr Frost]] on return.

Minutes by [[U|G. Chukwuma]]
""",
    },
    {
        "id": "d11-incident-dimitrios",
        "kind": "incident_report",
        "subject": "Dimitrios Papadopoulos",
        "subject_aliases": ["Dimitri"],
        "case_people": ["Kerry-Ann Blake"],
        "text": """SECURITY INCIDENT LOG: REF 26/1188
Reporting officer: [[P|Kerry-Ann Blake]] (Security Officer, shift B)
Date: 07/11/2026   Time: 14:20–15:05
Location: [[NEG|Great Hall]] foyer, open day

Narrative:
At approx 14:20 I was called by [[U|Jim Loughlin]] (Events team) to the foyer where a student, [[S|Dimitrios Papadopoulos]], was arguing with two visitors at the [[NEG|Palestine Society]] stall. [[S|Mr Papadopoulos]] was shouting and had torn one of their posters. He said one of the visitors, a man he called "[[U|Costa]]", had threatened his family. The visitors gave their names as [[U|Konstantinos Mavridis]] and [[U|Sofia Mavridi]].

Witnesses:
- [[U|Miss Hope Carrington]] (prospective student's parent), tel [[T:PHONE_NUMBER|07981 004 552]]
- [[U|Ravi Shankar Iyer]] (stall volunteer)
- [[U|Father Georgios Antoniou]], Orthodox chaplain, who knows the family and calmed [[S|Dimitri]] down.

Police:
[[U|PC 4410 Tom Fairley]] attended at 14:50 and spoke to all parties. [[U|DS Ana Kovač]] phoned later and asked for CCTV. No arrests.

Other:
[[S|Dimitrios]]'s cousin, [[R|Nikos Papadopoulos]], who is not a student, was waiting in a car outside, a blue BMW 1 Series, reg [[T:UK_VEHICLE_REGISTRATION|LR19 XEA]]. He came in and took [[S|Dimitri]] home. [[R|Nikos]] gave his own driving licence ([[T:UK_DRIVING_LICENCE|PAPAD802174N99XK]]) as ID at the barrier.

A visitor logged in to the open-day Wi-Fi from [[T:IP_ADDRESS|192.168.212.48]] posted the footage to X within minutes; [[U|Lewis Hardy]] (IT) has the log.

Passed to: Student Conduct ([[U|Ms Rosalind Adeyemi-Ward]]); Prevent SPOC for information only. Note: [[S|Dimitrios]] himself raised that his uncle, [[R|Mr Stavros Papadopoulos]], has had threats from the same men.

Signed: [[P|K-A Blake]]
""",
    },
    {
        "id": "d11-letter-joao",
        "kind": "letter",
        "subject": "João Pereira da Silva",
        "subject_aliases": ["João", "Joao"],
        "case_people": ["Prof. Anita Sharma"],
        "text": """Office of the Pro Vice-Chancellor (Student Experience)
[[NEG|Hartwell University]], [[NEG|Queen's Parade]], [[NEG|Exeter]] [[NEG|EX4 4QJ]]

STRICTLY PRIVATE
[[S|Mr João Pereira da Silva]]
c/o [[R|Mrs Helena Pereira da Silva]]
[[SI:STREET_ADDRESS|The Old Forge]]
[[SI:STREET_ADDRESS|Church Lane]]
[[NEG|Topsham]]
[[SI:UK_POSTCODE|EX3 0HX]]

Student number: [[SI:STUDENT_NUMBER|710022847]]

4 December 2026

Dear [[S|Mr Pereira da Silva]],

Outcome of the Fitness to Study meeting held on 1 December

I write following the meeting chaired by [[P|Prof. Anita Sharma]]. Also present were [[U|Dr Colm Ó Riain]] (Student Wellbeing), [[U|Ms Thandiwe Nkosi]] (Student Union advocate) and your mother, [[R|Mrs Pereira da Silva]], at your request.

The panel considered the concern raised by your flatmates, [[U|Ollie Barnes]] and [[U|Kwame Asamoah]], about material you shared in the flat group chat. The panel accepted your explanation that the videos were sent to you by a former school friend, [[U|Rui Antunes]], and that you forwarded them to ask what they meant. The panel also heard that your brother, [[R|Tiago Pereira]], has since spoken to [[U|Mr Antunes]]'s family.

The panel's decision is that no further action will be taken under the Fitness to Study procedure. You are encouraged to continue to meet [[U|Dr Ó Riain]].

[[NEG|Miles]] away from home, the first term can be hard. If you need anything, please contact the Student Hub on [[NEG|01392 000 100]].

Yours sincerely,

[[P|Anita Sharma]]
Pro Vice-Chancellor (Student Experience)
""",
    },
    {
        "id": "d11-chron-clarissa",
        "kind": "case_chronology",
        "subject": "Maria Clarissa Dela Cruz",
        "subject_aliases": ["Clang", "Clarissa"],
        "case_people": ["Marisol Reyes", "Hamid Qureshi"],
        "text": """Chronology: [[S|Maria Clarissa Dela Cruz]] ("[[S|Clang]]") | [[NEG|BSc Adult Nursing]] | ID [[SI:STUDENT_NUMBER|2309-8812]]

06/10  Practice placement at [[NEG|St Brendan's Hospital]] began. Placement educator [[U|Annabel Croft]] reports good progress. ([[P|M. Reyes]])
20/10  [[S|Clarissa]] told her personal tutor she was being pressured by her aunt, [[R|Tita Rowena Dela Cruz]], to send money home to a "movement" in [[NEG|Mindanao]]. She did not know what the movement was. ([[P|M. Reyes]])
21/10  Prevent lead [[P|Hamid Qureshi]] advised: gather facts, no referral. Possible financial exploitation. — [[P|HQ]]
03/11  [[S|Ms Dela Cruz]] brought bank statements. Transfers to an account held by [[U|Ernesto Villanueva]], IBAN [[T:IBAN_CODE|GB82 WEST 1234 5698 7654 32]]. Total £1,150 since July. ([[P|M. Reyes]])
04/11  [[P|HQ]] spoke to the bank's fraud team ([[U|Chris]], ref on file). Account flagged. — [[P|HQ]]
10/11  [[S|Clang]]'s cousin, [[R|Jerome Dela Cruz]], also a student here (Computing), came in worried; he has had the same requests. Offered separate appointment with [[U|Ms Pearl Agyeman]]. ([[P|M. Reyes]])
17/11  [[S|Clarissa]] and [[R|Jerome]] both seen together at their request. They have told [[R|Tita Rowena]] they will not send more money. ([[P|M. Reyes]])
01/12  Case closed. Referral to [[NEG|Action Fraud]] made by [[S|Clarissa]] herself. — [[P|HQ]]
""",
    },
    {
        "id": "d11-tutor-faith",
        "kind": "tutor_report",
        "subject": "Faith Nwachukwu",
        "subject_aliases": [],
        "case_people": ["Gareth Lloyd-Jones"],
        "text": """Personal Tutoring: record of meeting
Tutee: [[S|Faith Nwachukwu]]  ([[SI:STUDENT_NUMBER|P2398117]])
Tutor: [[P|Gareth Lloyd-Jones]]
Date: 11 November 2026

[[S|Faith]] asked for this meeting. She is in her final year of [[NEG|Theology and Religious Studies]] and is writing a dissertation on online conspiracy communities. She wanted advice because she has been receiving messages from a man in one of the forums she is studying, who calls himself "[[U|Watchman Gabriel]]" and has found her real name.

She is clear-headed and well organised. [[NEG|Faith]] communities are part of her research and she has ethics approval (ref. TRS-ETH-2026-044). The problem is the contact, not her views. She showed me a message sent to [[SI:EMAIL_ADDRESS|faithnwachukwu.research@gmail.com]] naming her sister, [[R|Chioma Nwachukwu]], and the town where her parents live.

I suggested:
- she talks to [[U|Dr Rachel Amos]], her dissertation supervisor, today;
- she reports the messages to the police (she will ask her uncle, [[R|Barrister Ikenna Nwachukwu]], to help);
- she contacts IT Security ([[U|Ahmed Lone]]) about her university account.

I have also informed the Ethics Committee chair, [[U|Prof. Grace Tennant]]. [[S|Ms Nwachukwu]] agreed to all of this. She does not want her father, [[R|Mr Nwachukwu]], told yet.

Next meeting 25 November.

[[P|GLJ]]
""",
    },
    {
        "id": "d11-support-dwayne",
        "kind": "support_log",
        "subject": "Dwayne Campbell",
        "subject_aliases": ["Dee"],
        "case_people": ["Marcia Thompson-Reid"],
        "text": """Student Money & Welfare: case log
Student: [[S|Dwayne Campbell]] | ID [[SI:STUDENT_NUMBER|C00451129]] | DOB [[SI:DATE_OF_BIRTH|11 Jan 2006]]
Worker: [[P|Marcia Thompson-Reid]]

Mon 02/11 — [[S|Dwayne]] referred by his course leader, [[U|Mr Delroy Bennett]], for missing rent. He lives with his aunt, [[R|Miss Campbell]] ([[R|Yvonne Campbell]]), at [[SI:STREET_ADDRESS|47 Granville Road]], [[SI:UK_POSTCODE|B12 9HT]]. [[P|MTR]]
Wed 04/11 — Phone appt, [[SI:PHONE_NUMBER|0121 496 0021]] (aunt's landline, he asked us to use it). [[S|Dee]] says his cousin [[R|Jermaine Campbell]] was arrested last month and a man from [[R|Jermaine]]'s "crew", [[U|Shaq]], is pressuring [[S|Dwayne]] to hold a bag for him. Not a Prevent concern: exploitation / county lines. Referred to [[U|Sadie Oyelaran]], Safeguarding. [[P|MTR]]
Thu 05/11 — [[U|Sadie]] met [[S|Dwayne]]. He is scared but clear he wants out. [[U|SO]]
Mon 09/11 — Emergency grant £250 paid. His bank: sort code [[SI:UK_SORT_CODE|30-96-26]], acc [[SI:UK_BANK_ACCOUNT|00812276]]. [[P|MTR]]
Fri 13/11 — [[U|DC Leon Asher]], [[NEG|West Midlands Police]], called re [[R|Jermaine Campbell]]; asked whether [[S|Mr Campbell]] is enrolled. Not confirmed without warrant/DPA form. [[P|MTR]]
Tue 17/11 — [[S|Dwayne]] in good spirits. Got a job at [[NEG|Pret]]. Friend [[U|Blessing Adeleke]] helping him with his CV. [[NEG|Blessing]] in disguise, he said. [[P|MTR]]
Mon 30/11 — Closing. He knows to come back. [[P|MTR]]
""",
    },
    {
        "id": "d11-chat-rojin",
        "kind": "chat_export",
        "subject": "Rojin Barzani",
        "subject_aliases": ["Roj", "rojin.b"],
        "case_people": ["Elif Aydın"],
        "text": """Teams chat export: private chat, [[P|Elif Aydın]] (Mental Health Adviser) and [[U|Connor Walsh]] (Personal Tutor, Civil Engineering)
Exported 03/12/2026 for the case file

[[U|Connor Walsh]] 09:12
Morning [[P|Elif]], quick one about [[S|Rojin Barzani]] in my tutor group. She's fine academically but yesterday she told me her brother [[R|Shvan]] has gone back to [[NEG|Erbil]] and she thinks he's joined "the fighters". She's very anxious

[[P|Elif Aydın]] 09:15
Thanks [[U|Connor]]. Did she say which group? Many young Kurds join lawful defence units, so I want to be careful not to assume anything

[[U|Connor Walsh]] 09:16
No, just "the fighters". Also her dad ([[R|Mr Barzani]]) has told her not to talk about it

[[P|Elif Aydın]] 09:18
Ok. To be clear, [[S|Roj]] herself isn't a concern here, it's her wellbeing. Can you send her my booking link? And her mum is [[U|Mrs Gulistan Ahmed]], right? she came to the open day

[[U|Connor Walsh]] 09:20
yes that's mum. [[S|rojin.b]] is her teams name. I'll tell [[U|amir]] (her flatmate, [[U|Amir Rostami]]) to keep an eye too

[[P|Elif Aydın]] 09:22
please don't ask flatmates to monitor her 🙂 just signpost. I'll also let [[U|Dr Pınar Şahin]] know as she supervises her project

[[U|Connor Walsh]] 09:25
fair. sorry. will do

[[P|Elif Aydın]] 11:47
Seen her. [[R|Shvan Barzani]] has messaged the family, he's safe. She'll keep seeing me. Thanks 🙏
""",
    },
    {
        "id": "d11-email-matteo",
        "kind": "email",
        "subject": "Matteo Russo",
        "subject_aliases": ["Teo"],
        "case_people": ["Bronwen Ellis", "Kwame Boateng"],
        "text": """From: [[P|Kwame Boateng]] <[[T:EMAIL_ADDRESS|kwame.boateng@ravensworth.ac.uk]]>
Sent: Friday, 13 November 2026 17:05
To: [[P|Bronwen Ellis]] <[[T:EMAIL_ADDRESS|b.ellis@ravensworth.ac.uk]]>
Cc: [[U|Alessandra Conti]] <[[T:EMAIL_ADDRESS|a.conti@ravensworth.ac.uk]]>; [[U|Rob Hennessy]] <[[T:EMAIL_ADDRESS|r.hennessy@ravensworth.ac.uk]]>
Subject: RE: [[S|Matteo Russo]] (History) - posts on the society page

Hi [[P|Bronwen]],

Following up on our call. I have now spoken to [[S|Matteo]]. He accepts that he shared the poster on the [[NEG|History Society]] Instagram account, @[[NEG|ravensworth_histsoc]], and that it promoted a "remigration" rally in [[NEG|Newcastle]]. He says he did it because his cousin, [[R|Luca Russo]], asked him to, and that he did not read it properly. I have no reason to disbelieve him, but he also said [[R|Luca]] is involved with a group called [[NEG|Patriotic Alternative]], which I understand is the concern.

[[U|Alessandra]] (his tutor) says [[S|Teo]] has been struggling since his grandmother, [[R|Nonna Giuseppina Russo]], died in September. His father, [[R|Mr Paolo Russo]], has been in touch with her twice.

I've suspended [[S|Mr Russo]]'s access to the society account for now. [[U|Rob]], could you check whether any other committee member, e.g. [[U|Summer Goodwin]], shared it?

Best wishes,
[[P|Kwame]]

[[P|Kwame Boateng]]
Student Activities Manager | [[NEG|Ravensworth Students' Union]]
M: [[T:PHONE_NUMBER|07123 456 789]]

-----Original Message-----
From: [[P|Bronwen Ellis]]
Sent: 13 November 2026 10:31
To: [[P|Kwame Boateng]]
Subject: [[S|Matteo Russo]] (History) - posts on the society page

[[P|Kwame]], can you give me a call about a post a student reported this morning? Thanks, [[P|Bron]]
""",
    },
    {
        "id": "d11-incident-astrid",
        "kind": "incident_report",
        "subject": "Astrid Solberg",
        "subject_aliases": [],
        "case_people": ["Neil Gascoigne", "Priyanka Desai"],
        "text": """INCIDENT REPORT: IT SECURITY / SAFEGUARDING
Reference: ITS-INC-2026-3310
Reporter: [[P|Neil Gascoigne]], Information Security Analyst
Reviewed by: [[P|Priyanka Desai]], Prevent Coordinator

What was reported
On 17 November at 02:14 the web filter flagged repeated searches for bomb-making instructions from a university desktop in the [[NEG|Hopkinson Library]], session IP [[T:IP_ADDRESS|10.12.3.77]], logged in as student [[S|Astrid Solberg]] ([[SI:STUDENT_NUMBER|A7719023]], username [[SI:EMAIL_ADDRESS|as1902@hopkinson-example.ac.uk]]).

Investigation
CCTV shows that the person at the desk was not [[S|Ms Solberg]]. Library night staff [[U|Forrest Okello]] and [[U|Maya Klein]] recognised him as a non-student, [[U|Jake Penhaligon]], who has been seen tailgating through the turnstiles. [[S|Astrid]] confirmed she had lent her card and password to her boyfriend's friend, "[[U|Penny]]", in October.

A second device on the same account connected from [[T:IP_ADDRESS|fe80::1c4a:92ff:fe3b:77d1]] in a private residence; [[S|Astrid]] says this was her brother, [[R|Erik Solberg]], who uses her laptop at home. [[R|Erik]] was interviewed by phone with her consent and his searches were for [[NEG|Minecraft]] mods.

Police contact
[[P|PD]] informed [[U|DS Owen Pritchett]] (Counter Terrorism Policing North East) on 17/11. [[U|DC Lara Mbeki]] visited on 19/11 and took the CCTV. [[U|Mr Penhaligon]] was arrested on 20/11; his car, a grey Skoda Octavia [[T:UK_VEHICLE_REGISTRATION|NK15 TYU]], was seized.

Outcome for the student
[[S|Astrid]] received a written warning for sharing credentials. She is not considered a risk. Her parents, [[R|Anders Solberg]] and [[R|Kari Solberg]], were not contacted. Welfare follow-up by [[U|Iris Delacroix]].

[[P|N. Gascoigne]] / [[P|P. Desai]]
""",
    },
    {
        "id": "d11-letter-ibrahim",
        "kind": "letter",
        "subject": "Ibrahim Sesay",
        "subject_aliases": ["Ibbi"],
        "case_people": ["Claire Dunmore"],
        "text": """[[NEG|Lowther University]]
Student Safeguarding Service
[[NEG|PO Box 88]], [[NEG|Carlisle]] [[NEG|CA1 9ZZ]]

[[S|Mr Ibrahim Sesay]]
[[SI:STREET_ADDRESS|Flat 3B]]
[[SI:STREET_ADDRESS|118 Warwick Road]]
[[NEG|Carlisle]]
[[SI:UK_POSTCODE|CA1 1JU]]

8 December 2026

Dear [[S|Ibrahim]],

Thank you for coming to see me and [[U|Dr Kenneth Amadi]] last week. I know it took courage to tell us about your uncle, [[R|Mr Alhaji Sesay]], who lives on [[T:STREET_ADDRESS|Marlborough Road]] in [[NEG|London]], and the people he has introduced you to.

To confirm what we discussed:

1. We do not consider you to be at risk of committing any offence. You asked us for help and we are giving it.
2. With your agreement, we have made a referral to the local authority's Prevent team so that they can offer support to you and, separately, look into the contact made with your younger brother, [[R|Mohamed Sesay]], who is 16. The coordinator is [[U|Ms Nadia Farouk]].
3. You do not have to return to your uncle's house over Christmas. We have arranged for you to stay in [[NEG|Fisher Hall]].

Your mother, [[R|Mrs Fatmata Sesay]], telephoned on 5 December. I explained I could not discuss you without your consent. If you would like me to call her back, her number on your record is [[T:PHONE_NUMBER|+232 76 405 118]].

With best wishes,

[[P|Claire Dunmore]]
Safeguarding Manager
Direct line [[T:PHONE_NUMBER|01228 616 230]] | [[T:EMAIL_ADDRESS|c.dunmore@lowther-example.ac.uk]]
""",
    },
    {
        "id": "d11-minutes-ousmane",
        "kind": "meeting_minutes",
        "subject": "Ousmane Ndiaye",
        "subject_aliases": ["Ous"],
        "case_people": ["Victoria Hale", "Dr Benedict Ahern"],
        "text": """Minutes: Multi-agency Student Support Meeting
Wednesday 25 November 2026, 11:30–12:30 (hybrid: [[NEG|Room 3.02 Senate House]] / [[NEG|Zoom]])

Attendees:
[[P|Victoria Hale]] ([[P|VH]]), Director of Student Services, chair
[[P|Dr Benedict Ahern]] ([[P|BA]]), Prevent Lead
[[U|Ms Adjoa Frimpong]] ([[U|AF]]), Disability Adviser
[[U|DS Craig Whitmore]] ([[U|CW]]), Counter Terrorism Policing, items 2–3 only
[[U|Imam Yusuf Bakr]] ([[U|YB]]), Muslim Chaplain
[[U|Ellie Fenwick]] ([[U|EF]]), minutes

Apologies: [[U|Prof. Joy Haddington]] (Dean of Engineering); [[U|Sgt Paul Drury]]

1. Minutes of last meeting agreed.

2. Student: [[S|Ousmane Ndiaye]], [[SI:STUDENT_NUMBER|2204591]], [[NEG|BEng Electrical]] Year 3.
[[U|CW]] reported that [[S|Mr Ndiaye]]'s name came up in an investigation into his older brother, [[R|Cheikh Ndiaye]] (DOB [[T:DATE_OF_BIRTH|14/02/1996]]), who was arrested on 9 November. There is no suggestion that [[S|Ousmane]] was involved. Police asked whether [[S|Ousmane]] had been absent. [[P|BA]] said attendance data would only be shared under a formal request.
[[U|YB]] said [[S|Ous]] came to Friday prayers in a state of shock and asked to talk. He has since met him twice. [[S|Ousmane]] is worried about his mother, [[R|Mrs Mariama Ndiaye]], and his sister [[R|Awa Ndiaye]], who were visited by police at home.
[[U|AF]] noted [[S|Ousmane]] has a registered disability (dyslexia) and deadline extensions already in place.

3. Agreed:
- [[S|Ousmane]] is not the subject of any Prevent concern; support is pastoral.
- Any police request to go through [[P|BA]] in writing.

Actions:
[[P|VH]] to write to [[S|Ousmane]] offering a named contact (likely [[U|AF]]).
[[U|YB]] to continue meeting him weekly.
[[P|BA]] to log the police enquiry (no personal data beyond name and ID).
[[U|EF]] to circulate minutes to attendees only.

Next meeting: 16 December.
""",
    },
    {
        "id": "d11-chron-jack",
        "kind": "case_chronology",
        "subject": "Jack Thornbury",
        "subject_aliases": ["Jacko", "JT"],
        "case_people": ["Rukhsana Begum"],
        "text": """CASE CHRONOLOGY
Subject: [[S|Jack Thornbury]]   ID: [[SI:STUDENT_NUMBER|T2290015]]   DOB: [[SI:DATE_OF_BIRTH|1 March 2007]]
NI no. (from hardship form): [[SI:UK_NINO|QQ 12 34 56 C]]
Address: [[SI:STREET_ADDRESS|The Laurels, 9 Manor Way]], [[NEG|Harrogate]], [[SI:UK_POSTCODE|HG2 8PL]]

12 Sept  [[S|Jack]] enrolled, first year [[NEG|Sports Science]]. — [[P|RB]]
02 Oct  Halls manager [[U|Dominic Shaw]] reported a flag with a runic symbol on [[S|Jack]]'s wall. Photo taken. — [[U|DS]]
03 Oct  I checked the symbol with the Prevent lead, [[U|Mr Anthony Greaves]]: it is used by far-right groups but also in Norse heritage re-enactment. [[S|Mr Thornbury]] says it's from a [[NEG|Viking]] festival in [[NEG|York]]. — [[P|RB]]
15 Oct  Flatmate [[U|Miguel Santos]] complained [[S|Jacko]] was watching videos by a banned speaker at full volume. [[U|Miguel]] did not know the speaker's name. — [[P|RB]]
16 Oct  Spoke to [[S|Jack]]. He was defensive, said his father, [[R|Graham Thornbury]], "sends him that stuff". [[NEG|Said]] his stepmum [[U|Donna Keeling]] hates it too. — [[P|RB]]
30 Oct  [[R|Mr Thornbury]] (father) rang Accommodation demanding to know "who grassed". Number withheld. — [[U|DS]]
04 Nov  Referral to Prevent made by [[U|Mr Greaves]] after [[S|Jack]] posted a threat against a named lecturer, [[U|Dr Nasrin Akbari]], on a gaming server. Screenshot from [[U|Miguel]]. — [[P|RB]]
05 Nov  Police informed. [[U|PC Rachel Dunn]] visited the Thornbury family home with [[U|PC Stephen Wilde]]; [[S|Jack]]'s younger brother, [[R|Ben Thornbury]], answered. — [[P|RB]]
12 Nov  [[S|Jack]] accepted [[NEG|Channel]] support. Mentor allocated by the local authority. — [[P|RB]]
26 Nov  [[U|Dr Akbari]] informed of outcome and offered support; she has asked that [[S|Jack]] is moved to another seminar group. Done. — [[P|Rukhsana Begum]]
""",
    },
    {
        "id": "d11-tutor-rafi",
        "kind": "tutor_report",
        "subject": "Mohammed Rafiq Chowdhury",
        "subject_aliases": ["Rafi", "Rafiq"],
        "case_people": ["Dr Eleanor Pike"],
        "text": """NOTE OF TUTORIAL: for Student Wellbeing
Student: [[S|Mohammed Rafiq Chowdhury]]
ID: [[SI:STUDENT_NUMBER|BB2317760]]
Tutor: [[P|Dr Eleanor Pike]] (Economics)
Meeting: 17 November 2026

[[S|Rafi]] is in Year 2 of [[NEG|BSc Economics]]. He asked to see me after a lecture in which a guest speaker, [[U|Mr Justin Hale-Morton]] from [[NEG|Hollis Capital]], made remarks about Muslims that several students found offensive. [[S|Rafi]] said he and his friend [[U|Zain Malik]] walked out and that since then someone has been posting about him on an anonymous Instagram account, calling him an "Islamist".

He also told me, unprompted, that his cousin [[R|Tanvir Chowdhury]] was "Prevented" at school years ago for asking questions in RE and that he is scared the same thing will happen to him. His older brother, [[R|Dr Shafiq Chowdhury]], is a GP and has told him to "keep his head down".

My assessment: [[S|Mr Chowdhury]] is the target of harassment. I have no concerns about radicalisation. [[NEG|Iris]] recognition on the lab doors has been raising queries too, which is irrelevant here but he mentioned it.

Actions:
- Report the Instagram account through Report + Support; [[U|Sam Oyelowo]] (Digital Safety) to advise.
- Speak to the events team ([[U|Harriet Brook]]) about the speaker.
- [[S|Rafiq]] to see [[U|Imam Tariq Hussain]] at the chaplaincy, if he wishes.

[[P|E. Pike]]
""",
    },
    {
        "id": "d11-chat-harpreet",
        "kind": "chat_export",
        "subject": "Harpreet Kaur Sandhu",
        "subject_aliases": ["Preet", "Harpreet", "harps"],
        "case_people": ["Gurdeep Bains"],
        "text": """WhatsApp export: "[[NEG|Sikh Soc Exec 2026]]" (provided by [[P|Gurdeep Bains]], President, for a safeguarding enquiry)

[02/11/2026, 20:11] [[P|Gurdeep Bains]]: has anyone seen what [[S|Preet]]'s brother posted on insta
[02/11/2026, 20:12] [[U|Simran K]]: [[R|Jaspreet]]? yeah. it's bad
[02/11/2026, 20:12] [[U|Simran K]]: he's calling for people to "deal with" that councillor
[02/11/2026, 20:14] [[U|Arjan Gill]]: tell [[U|simran]] to stop screenshotting in here, we'll get in trouble
[02/11/2026, 20:15] [[S|Harpreet Kaur Sandhu]]: I know. I've seen it. I've told my mum.
[02/11/2026, 20:15] [[S|Harpreet Kaur Sandhu]]: [[R|Jaspreet Singh Sandhu]] does not speak for me or for our family, and I don't want the soc dragged into it
[02/11/2026, 20:17] [[P|Gurdeep Bains]]: ❤️ we know [[S|harps]]. I'll talk to [[U|Parminder]] in SU and see what we should do
[02/11/2026, 20:19] [[U|Bally]]: isn't the councillor [[U|Cllr Hugh Mallory]]? he's been getting threats from everyone this week tbh
[02/11/2026, 20:21] [[U|Simran K]]: doesn't make it ok
[03/11/2026, 09:03] [[P|Gurdeep Bains]]: update: [[U|Parminder Dhillon]] says we should send it to the SU's safeguarding email and leave it there. [[S|Harpreet]] is not in trouble and nobody should contact her family
[03/11/2026, 09:05] [[S|Harpreet Kaur Sandhu]]: thanks. my dad ([[R|Mr Sandhu]]) has already called the police himself fwiw
[03/11/2026, 09:06] [[U|Arjan Gill]]: 🙏 respect to uncle ji
""",
    },
    {
        "id": "d11-support-valentina",
        "kind": "support_log",
        "subject": "Valentina Ríos Castillo",
        "subject_aliases": ["Vale", "Valentina"],
        "case_people": ["Owen Tremlett"],
        "text": """Careers & Placements: student support notes (confidential section)
Student: [[S|Valentina Ríos Castillo]] | [[SI:STUDENT_NUMBER|M2402213]] | [[NEG|MA International Relations]]
Placement: [[NEG|Amnesty International UK]], [[NEG|London]]

19/10 [[S|Valentina]] raised worries about her placement manager, [[U|Ms Carys Wynne-Jones]], asking about her family in [[NEG|Colombia]]. On reflection [[S|Vale]] thinks it was genuine interest. No action. [[P|OT]]
27/10 [[S|Ms Ríos Castillo]] came back: her brother [[R|Santiago Ríos]] has been detained in [[NEG|Bogotá]] on suspicion of links to an armed group. She is distraught. Gave her the [[NEG|Samaritans]] number. [[P|OT]]
28/10 Home Office caseworker [[U|Mr Adebayo Ojo]] emailed asking us to confirm her enrolment. Done (enrolment only). [[P|OT]]
04/11 Her father, [[R|Mr Ríos]] ([[R|Hernán Ríos]]), emailed from [[T:EMAIL_ADDRESS|hernan.rios.m@correo-example.co]] asking whether she is safe. She consented to a short reply. [[P|OT]]
10/11 [[U|Dawn Patterson]] (Student Immigration) confirmed her visa is unaffected. [[NEG|Dawn]] raids in [[NEG|Bogotá]] were on the news, [[S|Valentina]] says her cousin [[U|Camila]] sent her the footage. [[P|OT]]
24/11 [[S|Valentina]] back at placement. [[R|Santiago]] released without charge. [[P|Owen Tremlett]]
""",
    },
    {
        "id": "d11-email-neema",
        "kind": "email",
        "subject": "Neema Mwangi",
        "subject_aliases": ["Neema"],
        "case_people": ["Stuart Kerr"],
        "text": """From: [[U|Rosie Adebanjo]] <[[T:EMAIL_ADDRESS|r.adebanjo@halls.fernhill-example.ac.uk]]>
To: [[P|Stuart Kerr]] <[[T:EMAIL_ADDRESS|stuart.kerr@fernhill-example.ac.uk]]>
Cc: [[NEG|Mental Health Team]] <[[T:EMAIL_ADDRESS|mhadvice@fernhill-example.ac.uk]]>
Subject: Welfare concern - [[S|Neema Mwangi]], [[NEG|Oakwood Hall]] room 211

Dear [[P|Stuart]],

I'm the warden at [[NEG|Oakwood]]. Last night (Sunday) I was called to room 211 where [[S|Neema Mwangi]] ([[SI:STUDENT_NUMBER|F2210984]]) was in distress. Her older sister, [[R|Ms Wanjiru Mwangi]], had travelled up from [[NEG|Reading]] without warning and was insisting that [[S|Neema]] leave the university and come home with her.

[[R|Ms Mwangi]] (the sister) told me [[S|Neema]] has joined a "cult" and showed me leaflets from a church group that meets on [[T:STREET_ADDRESS|Sandringham Avenue]]. [[S|Ms Mwangi]] (our student) says the group is an ordinary Pentecostal fellowship and that her sister disapproves because it isn't the family church. I looked up the group; nothing concerning.

Neither of them mentioned violence or extremism. I don't think this is a Prevent matter, but [[S|Neema]] was very shaken and said her mother, [[R|Mrs Grace Mwangi]], may also come. The sister left at 23:30 in a taxi. She left her number: [[T:PHONE_NUMBER|+44 7700 900 736]].

[[S|Neema]]'s friend on the floor, [[U|Heather Okonjo]], stayed with her overnight. [[NEG|Heather]] and gorse were all over the flyers, oddly, it looked like a hiking club leaflet at first.

Could your team contact [[S|Neema]] today? Her mobile is [[SI:PHONE_NUMBER|07700 900 512]].

Thanks,
[[U|Rosie]]

--
[[U|Rosie Adebanjo]]
Warden, [[NEG|Oakwood Hall]]
Out-of-hours: [[NEG|01189 000 999]]
""",
    },
    {
        "id": "d11-minutes-keisha",
        "kind": "meeting_minutes",
        "subject": "Keisha Baptiste",
        "subject_aliases": ["Kiki"],
        "case_people": ["Angela Moss", "Femi Adeyinka"],
        "text": """Fitness to Study: Stage 2 Meeting, minutes
Date: 19 November 2026   Venue: [[NEG|Committee Room B]]

Present:
[[P|Angela Moss]], Head of Student Conduct (Chair)
[[P|Femi Adeyinka]], Prevent and Safeguarding Lead
[[U|Dr Lorraine Pascal]], School of Law, academic representative
[[S|Keisha Baptiste]], student
[[U|Yvette Charles]], SU adviser (supporting the student)
[[U|Tom Kirby]], Secretary

Apologies: [[U|Revd Dr Colin Armitage]]

Minutes:
1. The Chair introduced the meeting. [[S|Ms Baptiste]] confirmed she was happy for [[U|Ms Charles]] to speak on her behalf.
2. [[P|FA]] summarised: on 2 November [[S|Keisha]]'s brother, [[R|Marlon Baptiste]], was arrested at a protest in [[NEG|Whitehall]] and charged with a public order offence. Press coverage wrongly named [[S|Keisha]] as the person arrested and published her Instagram handle. Since then she has received abuse and has not attended.
3. [[U|Dr Pascal]] confirmed [[S|Keisha]] is on track academically and that [[NEG|Faith]], [[NEG|Hope]] and [[NEG|Charity]] (the [[NEG|Year 2 moot court]] teams) have been told not to discuss the case.
4. [[S|Kiki]] (as she asked to be called) said that her mother, [[R|Mrs Sharon Baptiste]], has been getting calls from journalists, one of whom, [[U|Gareth Pryor]], said he was from the "[[NEG|Daily Courier]]".
5. Agreed that there are no concerns about [[S|Keisha]]'s own conduct. The meeting was convened only because of the press reports.

Actions:
[[P|AM]] to write to [[S|Keisha]] confirming no case to answer.
[[P|FA]] to contact Press Office ([[U|Leanne Osei-Tutu]]) about the misreporting.
[[U|YC]] to help [[S|Keisha]] with a request to the newspaper for a correction.
[[U|TK]] to file minutes.

[[U|T. Kirby]], 20/11/2026
""",
    },
    {
        "id": "d11-chron-aoi",
        "kind": "case_chronology",
        "subject": "Aoi Yamamoto",
        "subject_aliases": ["Aoi", "山本葵"],
        "case_people": ["Kieran Doyle"],
        "text": """Safeguarding chronology
Student: [[S|Aoi Yamamoto]] ([[S|山本葵]]), PhD Physics, [[SI:STUDENT_NUMBER|R-2025-0614]]
Date of birth: [[SI:DATE_OF_BIRTH|1998-08-23]]
Compiled by: [[P|Kieran Doyle]], Doctoral College Welfare

2026-10-02 Supervisor [[U|Prof. Ingrid Halvorsen]] reports [[S|Aoi]] has missed three weekly meetings. ([[P|K. Doyle]])
2026-10-05 Met [[S|Ms Yamamoto]]. She told me she has been visiting a meditation retreat in [[NEG|Wales]] run by a man called [[U|Leon Ashby-Frost]] who "knows the truth about the government". ([[P|K. Doyle]])
2026-10-14 Her mother, [[R|Mrs Keiko Yamamoto]], emailed the Doctoral College from [[NEG|Nagoya]] in Japanese; translated by [[U|Haruka Ito]]. She says [[S|Aoi]] has stopped calling home and has given money to the retreat. ([[P|K. Doyle]])
2026-10-20 [[S|Aoi]] met me. Calm, articulate. She said she left the retreat after [[U|Mr Ashby-Frost]] asked members to "prepare for the collapse" and to stockpile fuel. She asked whether she should tell anyone. ([[P|K. Doyle]])
2026-10-21 Advice from Prevent SPOC, [[U|Nadine Ferreira]]: forward the information to the police Prevent team about the retreat, not about [[S|Aoi]]. Done by [[U|NF]]. ([[P|K. Doyle]])
2026-11-09 [[S|Aoi]]'s brother, [[R|Haruto Yamamoto]], visited from [[NEG|Tokyo]]. She is staying with him in an Airbnb on [[T:STREET_ADDRESS|Lark Rise]] for a fortnight. ([[P|K. Doyle]])
2026-11-30 Back in the lab full time. [[U|Prof. Halvorsen]] content. Case closed. ([[P|K. Doyle]])
""",
    },
    {
        "id": "d11-incident-emre",
        "kind": "incident_report",
        "subject": "Emre Çelik",
        "subject_aliases": ["Emre Celik", "Emo"],
        "case_people": ["Sandra Okafor-Lewis"],
        "text": """Report of incident: Students' Union Building
Report no.: SU-INC-0931
Prepared by: [[P|Sandra Okafor-Lewis]], Venue Manager
Time of incident: 20:05, Friday 27 November 2026

Summary: A fight broke out in the [[NEG|Courtyard Café]] after an argument about a football match. Student [[S|Emre Çelik]] (ID [[SI:STUDENT_NUMBER|EC0098812]]) and a non-student, [[U|Aydın Korkmaz]], were separated by door staff. During the argument [[U|Mr Korkmaz]] accused [[S|Emre]] of being "one of the Grey Wolves". [[S|Emre]] denied this and shouted back about [[U|Korkmaz]]'s family.

Witnesses:
[[U|Ms Şebnem Yıldız]] (student) — statement taken. Says [[U|Aydın]] started it.
[[U|Liam O'Sullivan]] (door supervisor; showed his driving licence, [[T:UK_DRIVING_LICENCE|OSULL901225L99AB]], to police as ID).
[[U|Mark]] (bar staff; surname not given).

Police: [[U|PC Hannah Greaves]] and [[U|PC Rhys Talbot]] attended at 20:25, [[NEG|Avon and Somerset Police]]. [[S|Mr Celik]]'s cousin, [[R|Ömer Çelik]], arrived and drove [[S|Emre]] home in a red [[NEG|Seat Leon]], [[T:UK_VEHICLE_REGISTRATION|WU17 FJN]]. [[U|Sgt Moira Callaghan]] later phoned to say no further police action.

The venue's guest Wi-Fi recorded [[U|Mr Korkmaz]]'s phone at [[T:IP_ADDRESS|100.64.12.9]]; he had posted a video tagging [[S|Emo]] (his nickname among friends) with the caption "traitor".

Follow-up: [[S|Emre]] and [[U|Aydın]] both banned from the venue for 4 weeks. [[R|Ömer]] asked to be kept informed; told we cannot. Passed to [[U|Ms Zeynep Arslan]] (Student Conduct). Prevent lead informed as a precaution given the Grey Wolves comment; [[U|Ms Arslan]] sees no indication [[S|Emre]] has any link.

Signed: [[P|S. Okafor-Lewis]]
""",
    },
    {
        "id": "d11-letter-aditi",
        "kind": "letter",
        "subject": "Aditi Rao",
        "subject_aliases": [],
        "case_people": ["Dr Philippa Grant"],
        "text": """Department of Psychology
[[NEG|Ellesmere University]]
[[NEG|Sterling Road]]
[[NEG|Durham]]
[[NEG|DH1 3LE]]

[[S|Ms Aditi Rao]]
[[SI:STREET_ADDRESS|Rosemount]]
[[SI:STREET_ADDRESS|3 Cherry Tree Walk]]
[[NEG|Stockton-on-Tees]]
[[SI:UK_POSTCODE|TS18 5QP]]

Ref: PSY/AR/WELF
Student no. [[SI:STUDENT_NUMBER|000918834]]
Date of birth: [[SI:DATE_OF_BIRTH|9 October 2005]]

2 December 2026

Dear [[S|Aditi]],

I am writing after our conversation on 28 November, when you told me about the WhatsApp group your grandfather, [[R|Mr K. S. Rao]], added you to, and the messages in it about "protecting Hindu girls". You were worried because some of the messages named a student at another university, [[U|Sana Qadri]], and gave her home address.

I want to reassure you that you did the right thing. As we agreed, I have passed the screenshots (not your name) to the University's Prevent lead, [[U|Mr Rajesh Menon]], who will decide whether the police should be told about the threats to [[U|Ms Qadri]]. I have not contacted your grandfather, or your parents, [[R|Dr Vikram Rao]] and [[U|Dr Lakshmi Iyer]].

You said your cousin [[R|Rohan Rao]] has already left the group. If you want to leave it too, you can; [[U|Joy Fairley]] at the Wellbeing Centre can help you think about how to handle family reactions.

[[NEG|Rosemount Park]] Community Centre runs a student support group on Tuesdays that some students have found useful.

With best wishes,

[[P|Dr Philippa Grant]]
Senior Lecturer and Senior Personal Tutor
[[T:EMAIL_ADDRESS|philippa.grant@ellesmere-example.ac.uk]]
""",
    },
    {
        "id": "d11-tutor-summer",
        "kind": "tutor_report",
        "subject": "Summer Whitfield",
        "subject_aliases": ["Sum"],
        "case_people": ["Dr Kavita Joshi"],
        "text": """Personal tutor report: end of first half-term
Student: [[S|Summer Whitfield]] | [[NEG|BA English Literature]] | [[SI:STUDENT_NUMBER|EN2407719]]
Tutor: [[P|Dr Kavita Joshi]]

Attendance and progress
[[S|Summer]] has attended 9 of 12 seminars. Her essay on [[NEG|Mrs Dalloway]] was strong. She has applied for the [[NEG|Summer]] School in Florence next year.

Concern
In our meeting on 29 October [[S|Ms Whitfield]] told me she had stopped going home because her mother's new partner, [[U|Craig Lomax]], has filled the house with flags and "keeps going on about the boats". Her mum, [[R|Dawn Whitfield]], has started sharing his posts. [[S|Summer]] said she is more worried about her younger brother [[R|Alfie Whitfield]], who is 15 and has been going with [[U|Craig]] to protests outside a hotel housing asylum seekers in [[NEG|Skegness]].

She asked if there was anything she could do. I said I would ask the Safeguarding team for advice, since [[R|Alfie]] is a child and not our student. She agreed, and also agreed that I could tell her course leader, [[U|Mr Peter Kowalski]].

[[NEG|Dawn]] tutorials (the optional 8am writing sessions) are helping her with routine, she says.

Advice received
[[U|Nicola Baines]] (Safeguarding) advised that [[S|Summer]] may wish to contact [[R|Alfie]]'s school's safeguarding lead herself, or that we can, with her consent. [[S|Summer]] will think about it. Her email for follow-up: [[SI:EMAIL_ADDRESS|s.whitfield7@students.example-uni.ac.uk]].

Next meeting: 19 November.

[[P|KJ]]
""",
    },
    {
        "id": "d11-support-abdullahi",
        "kind": "support_log",
        "subject": "Abdullahi Farah",
        "subject_aliases": ["Abdi"],
        "case_people": ["Rebecca Stone"],
        "text": """Student Support Hub: contact notes
Student: [[S|Abdullahi Farah]]  ID [[SI:STUDENT_NUMBER|2411093]]  DOB [[SI:DATE_OF_BIRTH|30.12.2004]]
Main contact: [[P|Rebecca Stone]]

03/11 09:40  [[S|Abdi]] came to the Hub. IT had blocked his account after the filter flagged visits to an extremist site from his laptop at [[SI:IP_ADDRESS|10.201.14.66]]. He was upset and said he was researching for his [[NEG|Politics]] dissertation on al-Shabaab. — [[P|RS]]
03/11 11:15  Checked with his supervisor, [[U|Dr Alistair Crane]], who confirmed the topic and that ethics approval covers viewing propaganda in a controlled way. — [[P|RS]]
04/11 10:00  [[U|Anil Kapoor]] (IT Security) unblocked the account after [[U|Dr Crane]]'s letter. — [[P|RS]]
12/11 14:30  [[S|Abdullahi]] back: his brother [[R|Said Farah]] was stopped at [[NEG|Heathrow]] under Schedule 7 on return from [[NEG|Nairobi]]. [[S|Mr Farah]] worried the dissertation has "put the family on a list". Reassured him that the University did not report him. — [[P|RS]]
12/11 15:00  His mother, [[R|Hawa Farah]], called the Hub on [[T:PHONE_NUMBER|020 7946 0193]] asking for a letter confirming he is a student. Letter provided with [[S|Abdi]]'s consent. — [[U|TW]]
20/11 10:30  Follow-up. [[R|Said]] released without charge. [[S|Abdullahi]] says his friend [[U|Khadar]] has been "a rock". — [[P|RS]]
""",
    },
    {
        "id": "d11-chat-bilal",
        "kind": "chat_export",
        "subject": "Bilal Hussaini",
        "subject_aliases": ["Bil", "b.hussaini"],
        "case_people": ["Meera Pillai"],
        "text": """Moodle forum export: [[NEG|MED1040 Professionalism]] group 7, private tutor channel
Exported by [[P|Meera Pillai]] (Module Lead) on 26 Nov 2026

[[U|Freya Lindholm]] — 21 Nov 2026, 19:44
Has anyone else noticed the stuff [[U|Connor M]] has been saying about [[S|Bilal]] in the group chat? It's not ok

[[U|Connor Mulgrew]] — 21 Nov 2026, 19:59
It was a joke. He knows I'm joking. Right @[[S|b.hussaini]]?

[[S|Bilal Hussaini]] — 21 Nov 2026, 20:30
It isn't funny to call someone Taliban when their family fled the Taliban. My uncle [[R|Ghulam Hussaini]] was killed by them. Please stop.

[[U|Kwaku Ampofo]] — 21 Nov 2026, 20:41
+1 to [[U|Freya]]. tell [[U|connor]] to grow up

[[U|Connor Mulgrew]] — 21 Nov 2026, 21:02
fine sorry [[S|bil]]

[[P|Meera Pillai]] — 22 Nov 2026, 08:10
I've read this thread. [[S|Bilal]], thank you for saying this clearly. [[U|Connor]], please come to see me on Monday at 10. Everyone: the University's dignity policy applies online.

[[S|Bilal Hussaini]] — 22 Nov 2026, 09:15
thank you [[P|Dr Pillai]]. my sister [[R|Zahra Hussaini]] is a 4th year here if you need anyone to confirm the family story, but I'd rather you didn't

Private note ([[P|MP]]): no Prevent concern about [[S|Mr Hussaini]]; this is harassment of him. Referred [[U|Mr Mulgrew]] to [[U|Dr Alan Beecroft]], professionalism lead.
""",
    },
    {
        "id": "d11-email-mihaela",
        "kind": "email",
        "subject": "Mihaela Ionescu",
        "subject_aliases": ["Mihaela", "Mia"],
        "case_people": ["Graham Pell", "Nia Ogundipe"],
        "text": """From: [[P|Nia Ogundipe]] <[[T:EMAIL_ADDRESS|n.ogundipe@thamesgate.ac.uk]]>
To: [[P|Graham Pell]] <[[T:EMAIL_ADDRESS|g.pell@thamesgate.ac.uk]]>
Cc: [[U|Cristian Dumitrescu]] <[[T:EMAIL_ADDRESS|c.dumitrescu@thamesgate.ac.uk]]>
Subject: Funding query + welfare: [[S|Mihaela Ionescu]] ([[SI:STUDENT_NUMBER|TG-24-55103]])

Hi [[P|Graham]],

Two things about [[S|Mihaela]] (she goes by [[S|Mia]]).

1) Money. She has asked whether her bursary can be paid into her Romanian account, IBAN [[SI:IBAN_CODE|RO49 AAAA 1B31 0075 9384 0000]], because her UK account was closed. Can Finance do this?

2) Welfare. When she came in she mentioned that her father, [[R|Mr Ionescu]] ([[R|Dorin Ionescu]]), has been going to meetings of a group in [[NEG|Iași]] that she described as "the ones who hate Ukrainians and gay people". He has been pressuring her to come home and join a youth camp in the summer. Her cousin [[R|Ștefan Ionescu]] has already gone. She is not interested and was laughing about it, but I'd like someone to check in. [[U|Cristian]], as a Romanian speaker, would you be happy to be copied in?

She is fine to be contacted on [[SI:PHONE_NUMBER|+40 721 555 038]] (she's in Romania until 4 Jan).

Cheers,
[[P|Nia]]

--
[[P|Nia Ogundipe]] (she/her)
Funding & Welfare Adviser
[[NEG|Thamesgate University]] | [[NEG|Student Centre]], Level 1
""",
    },
    {
        "id": "d11-minutes-will",
        "kind": "meeting_minutes",
        "subject": "William Ashdown",
        "subject_aliases": ["Will", "Wills"],
        "case_people": ["Yolanda Mbatha", "Ross Fairclough"],
        "text": """Prevent Case Panel: minutes (restricted)
Date: 30 November 2026

Present: [[P|Yolanda Mbatha]] (Chair, Deputy Registrar); [[P|Ross Fairclough]] (Prevent SPOC); [[U|Dr Bill Okonedo]] (Head of School, Computing); [[U|Ms Jade Harker]] (Residential Life); [[U|Aleksandra Wójcik]] (minute-taker)
Apologies: [[U|Grace Nakamura]] (Counselling)

Item 1: [[S|William Ashdown]] ([[SI:STUDENT_NUMBER|CS23-0417]])
[[P|RF]] reported that [[S|Will]] was referred by a flatmate, [[U|Hamza Qureshi]], after [[S|Will]] said in the kitchen that "someone will have to do something" about a mosque in [[NEG|Lincoln]]. [[U|Hamza]] took this as a threat. [[S|Mr Ashdown]] told [[U|Ms Harker]] it was "just banter" and that he will apologise.

[[U|Dr Okonedo]] said [[S|Will]] has been a quiet, capable student but has recently been posting memes from an account linked to [[NEG|Patriotic Alternative]]. His older brother, [[R|Josh Ashdown]], was convicted in 2024 of a racially aggravated offence.

[[S|Will]]'s father, [[R|Mr Nigel Ashdown]], had phoned [[U|Ms Harker]] to say the family "will back [[S|Will]] 100%".

Discussion: the panel considered the words, the context, and [[S|Wills]]'s age (19). It is not clear whether this will meet the threshold. [[NEG|Will]] a referral help him or harden him? On balance the panel thought it would help.

Decision: referral to [[NEG|Channel]] via the local authority. [[P|RF]] to submit. Support to be offered to [[U|Mr Qureshi]].

Actions:
[[P|RF]] to submit referral by 2 Dec.
[[U|JH]] to move [[U|Hamza]] to another flat if he wishes.
[[U|BO]] to meet [[S|Will]] about attendance.
[[P|YM]] to check that [[U|Grace]] is available for [[U|Hamza]].
""",
    },
    {
        "id": "d11-chron-layla",
        "kind": "case_chronology",
        "subject": "Layla Mansour",
        "subject_aliases": ["Lulu"],
        "case_people": ["Josephine Adu", "Callum Fraser"],
        "text": """Case chronology: [[S|Layla Mansour]] ([[NEG|BSc Pharmacy]], Year 4)
Student ID [[SI:STUDENT_NUMBER|PH21-3307]] | Term address [[SI:STREET_ADDRESS|Apt 12, Canal Wharf, 5 Lock Street]], [[SI:UK_POSTCODE|M4 6DZ]]

08/10/26 [[S|Layla]] emailed her tutor, [[U|Dr Simone Achebe]], asking for an extension because of "family matters". Granted. — [[P|JA]]
15/10/26 Pharmacy placement supervisor [[U|Mr Hugo Rennie]] reported that [[S|Ms Mansour]] had asked a colleague detailed questions about the controlled-drug safe. Raised as a fitness-to-practise query, not Prevent. — [[P|JA]]
16/10/26 Met [[S|Layla]] with [[P|Callum Fraser]]. She was embarrassed: she had been asked the same questions by her cousin, [[R|Yousef Mansour]], who is "doing a course online", and wanted to check the answers. She now thinks he was not honest with her. — [[P|JA]]
17/10/26 [[P|CF]] checked: no concern that [[S|Layla]] accessed or removed anything. Placement continues. — [[P|CF]]
29/10/26 [[S|Layla]]'s father, [[R|Dr Karim Mansour]], called from [[NEG|Amman]] after [[R|Yousef]] was arrested in [[NEG|Manchester]]. He gave [[R|Yousef]]'s date of birth ([[T:DATE_OF_BIRTH|04/05/2001]]) and NHS number ([[T:UK_NHS|401 023 2137]]) asking us to "find which hospital". Advised him to contact the police; we hold no information about [[R|Yousef]]. — [[P|JA]]
30/10/26 [[U|DS Peter Ng]], [[NEG|GMP]] Counter Terrorism, requested a statement from [[S|Layla]] as a witness. She agreed to give one with [[U|Ms Lorna Haig]] (Student Advice) present. — [[P|CF]]
12/11/26 Statement given. [[S|Lulu]] (as her friends call her) is tired but coping. Counselling with [[U|Ivy Castellano]] started. — [[P|JA]]
""",
    },
    {
        "id": "d11-incident-weiming",
        "kind": "incident_report",
        "subject": "Tan Wei Ming",
        "subject_aliases": ["Wei Ming", "Alan Tan", "Alan"],
        "case_people": ["Natasha Greenwood"],
        "text": """Library incident report
Ref: LIB/INC/2026/58
Reported by: [[P|Natasha Greenwood]], Senior Library Assistant
Date/time: Tuesday 10 November 2026, 16:45
Location: [[NEG|Level 3 Silent Study]], [[NEG|Brunel Library]]

What happened:
A student, later identified as [[S|Tan Wei Ming]] (ID [[SI:STUDENT_NUMBER|W2301184]]; he uses the English name [[S|Alan]]), was approached by two men who were not students. One of them, who gave his name as [[U|Vincent Lau]], demanded [[S|Wei Ming]] hand over his phone because he had "photographed" them putting up posters. [[S|Mr Tan]] refused and called for help.

Witnesses:
1. [[U|Rebecca Osagie]], student: heard [[U|Lau]] threaten to "tell his family back home".
2. [[U|Mr Eamon Fitzpatrick]], cleaner: saw the second man, who he thinks was called "[[U|Jason]]", remove posters when security arrived.

Security and police:
Security officer [[U|Bartek Nowicki]] escorted the men out. [[U|PC Jennifer Maddox]] and [[U|PC Sunil Varma]] attended at 17:20. [[U|DS Gwen Pryce-Morgan]] later took over the investigation.

Other details:
The men left in a black Mercedes, registration [[T:UK_VEHICLE_REGISTRATION|LB67 MNV]]. The posters (about Hong Kong activists) were put up from a QR code linking to [[T:URL|https://example-notice.net/hk/wanted-list]], which named a different student, [[U|Cheung Ka Yan]], with her photo.

[[S|Wei Ming]]'s brother, [[R|Tan Wei Jie]], collected him. [[R|Mr Tan]] (the brother) asked that the University protect [[S|Alan]] and [[U|Ms Cheung]].

Actions: [[U|Ms Cheung]] contacted by Safeguarding ([[U|Dr Farida Osman]]) the same evening. Passed to the Prevent lead because of the threats, not because of any concern about either student.

[[P|N. Greenwood]]
""",
    },
    {
        "id": "d11-letter-amani",
        "kind": "letter",
        "subject": "Amani Juma",
        "subject_aliases": [],
        "case_people": ["Mrs Deborah Lyle"],
        "text": """[[NEG|St Aidan's College]]
[[NEG|Fenwick Street]]
[[NEG|Newcastle upon Tyne]]
[[NEG|NE1 7RU]]

[[S|Mr Amani Juma]]
[[SI:STREET_ADDRESS|14 Oxford Terrace]]
[[NEG|Gateshead]]
[[SI:UK_POSTCODE|NE8 4LB]]

Your ref: none | Our ref: DL/AJ/26
Student number: [[SI:STUDENT_NUMBER|S24018876]]

3 December 2026

Dear [[S|Mr Juma]],

Your request to defer your studies

Thank you for your letter of 25 November and for meeting me with your uncle, [[R|Mr Hamisi Juma]], on 1 December.

I understand you wish to defer until September because your family in [[NEG|Mombasa]] need your help after your father's illness, and that your cousin, [[R|Rehema Juma]], will travel with you. I also note what you told me about the messages from a former classmate, [[U|Salim Abdalla]], urging you to join "a brotherhood" in [[NEG|Lamu]]. You said you have blocked him and reported his number ([[T:PHONE_NUMBER|+254 711 902 338]]) to the police in Kenya.

Your deferral is approved. I have also, as you asked, shared your concerns about [[U|Mr Abdalla]] with our Prevent lead, [[U|Mr Gift Moyo]], so that he can tell you how to report them in the UK too.

You asked about your student loan. [[U|Ms Joy Oduya]] in the Funding Office will write to you separately.

I wish you and your family well. Please do not hesitate to contact me.

Yours sincerely,

[[P|Mrs Deborah Lyle]]
Senior Tutor
""",
    },
    {
        "id": "d11-tutor-rose",
        "kind": "tutor_report",
        "subject": "Rose Fitzgerald",
        "subject_aliases": ["Rosie"],
        "case_people": ["Dr Tomasz Lewandowski"],
        "text": """Report to Student Wellbeing from personal tutor
Student: [[S|Rose Fitzgerald]] ([[SI:STUDENT_NUMBER|220044571]]) — [[NEG|BA Drama]]
Tutor: [[P|Dr Tomasz Lewandowski]]
Date: 20 November

I am writing about [[S|Rose]] after a difficult tutorial this morning.

[[S|Rosie]] told me that she has been receiving hundreds of messages since she performed in a student play about the Troubles at the [[NEG|Rose Theatre]]. Some are threats. Several come from an account she believes is run by a man called [[U|Declan Breen]] from her home town, [[NEG|Omagh]]. She said her brother, [[R|Pádraig Fitzgerald]], and her father, [[R|Mr Fitzgerald]], have been approached in a pub and told she "should be careful".

[[S|Ms Fitzgerald]] does not want to go to the police. She is frightened that involving them will make things worse for her family. She wanted advice about whether the University could do anything about the online messages.

I suggested she see [[U|Síle Nic Giolla Phádraig]] in the Student Safety team, and that she consider reporting the threats. I also told her she could ask to have her name removed from the programme listing on the [[NEG|Drama Society]] website. She agreed to both.

She mentioned that her friend [[U|Mark Odum]] saved screenshots. [[NEG|Mark]] scheme for the coursework is unaffected; I have told her not to worry about the deadline.

[[P|T. Lewandowski]]
""",
    },
    {
        "id": "d11-support-mustafa",
        "kind": "support_log",
        "subject": "Mustafa Aksoy",
        "subject_aliases": ["Musti"],
        "case_people": ["Hayley Barnard"],
        "text": """International Student Support: casework log
Student: [[S|Mustafa Aksoy]] | ID [[SI:STUDENT_NUMBER|IS-23-7782]] | Passport [[SI:UK_PASSPORT|U04417729]] | Driving licence [[SI:UK_DRIVING_LICENCE|AKSOY009124M91RT]]
Adviser: [[P|Hayley Barnard]]

02.10  [[S|Mustafa]] asked for help with a police registration issue. Resolved. [[P|HB]]
16.10  [[S|Mr Aksoy]] reported his car, registration [[SI:UK_VEHICLE_REGISTRATION|BD16 KSZ]], had been vandalised with graffiti calling him a "terrorist". Photos shown. Advised him to report to police. [[P|HB]]
17.10  He reported it; crime ref given. [[U|PC Gavin Royle]] took the report. [[P|HB]]
29.10  [[S|Musti]]'s brother, [[R|Kerem Aksoy]], was also targeted: a note through the door of their shared house. [[R|Kerem]] is not a student. [[P|HB]]
30.10  [[U|Şule Kaya]] (Turkish Society president) came in to say the society had received similar notes. Passed to [[U|Dr Ahmet Işık]], who leads on hate incidents. [[P|HB]]
12.11  Their mother, [[R|Mrs Aysel Aksoy]], arrived from [[NEG|İzmir]]. [[S|Mustafa]] asked us to meet her with him. She asked whether the family is safe. [[U|Dr Işık]] joined. [[P|HB]]
20.11  Arrest made by police (suspect not a student). [[S|Mustafa]] relieved. [[NEG|Joy]] all round in the office; [[P|Hayley]]'s colleague [[U|Precious Nwosu]] brought cake. [[P|HB]]
""",
    },
]
