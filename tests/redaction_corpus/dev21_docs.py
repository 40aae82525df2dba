# ruff: noqa: E501
"""dev21: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d21-tutor-oisin",
        "kind": "tutor_report",
        "subject": "Oisín Ó Dálaigh",
        "subject_aliases": ["Osh"],
        "case_people": ["Bronwen Pritchard-Lloyd"],
        "tags": ["same_surname_relative", "diacritics", "title", "signature", "word_name", "initials"],
        "text": """Personal Tutor Note — Term 2 progress review
Module: [[NEG|Criminology and Society]] (CRM204), [[NEG|Open Hall]] cohort

Student: [[S|Oisín Ó Dálaigh]], student no. [[SI:STUDENT_NUMBER|S2210487]]
Personal tutor: [[P|Dr Bronwen Pritchard-Lloyd]]

[[S|Oisín]] (known to his group as [[S|Osh]]) joined the review late. He said his brother [[R|Cathal Ó Dálaigh]] had been sending him videos from a channel run by someone called [[U|Will Hartigan]] and that he "will probably stop watching". I asked whether anyone else at home had noticed; he said his mother, [[R|Mrs Ó Dálaigh]], had, and that his cousin [[R|Niamh]] told him to talk to me.

[[S|Mr Ó Dálaigh]]'s marks have dropped in [[NEG|Research Methods]]. His study partner [[U|Grace Nwachukwu]] has been covering seminar notes. He asked that [[U|Prof. Tadeusz Wiśniewski]] not be told yet. I have referred to the Prevent lead, [[U|Ms Ffion ap Rhys]], and copied [[P|BPL]] records only.

Faith in the process seems low, but he agreed to a follow-up on 14 March.

Signed: [[P|B. Pritchard-Lloyd]]
""",
    },
    {
        "id": "d21-support-thandeka",
        "kind": "support_log",
        "subject": "Thandeka Mahlangu",
        "subject_aliases": ["Thandi"],
        "case_people": ["Aoife Ní Bhriain", "Kwabena Owusu-Ansah"],
        "tags": ["same_surname_relative", "initials", "signoff", "labelled_id", "word_name", "diacritics"],
        "text": """Student Support & Wellbeing — contact log
Student: [[S|Thandeka Mahlangu]] ([[SI:STUDENT_NUMBER|2301-5587]]) DOB [[SI:DATE_OF_BIRTH|03/11/2003]]

02/02 Phone call. [[S|Thandi]] rang the [[NEG|Wellbeing Hub]] upset; her uncle [[R|Sipho Mahlangu]] had been visiting and "pushing ideas". Number she called from: [[SI:PHONE_NUMBER|07700 914 332]]. Offered appointment. — [[P|AN]]

05/02 Video call with [[S|Ms Mahlangu]] and her advocate [[U|Patience Dube]]. Discussed feeling isolated on the [[NEG|Social Work BA]]. She mentioned her sister [[R|Lindiwe]] is supportive. — [[P|A. Ní Bhriain]]

09/02 Emailed [[P|Kwabena Owusu-Ansah]] (Safeguarding) for advice; he suggested a Prevent conversation rather than referral. Uncle's mobile given by student: [[T:PHONE_NUMBER|+27 82 555 0147]]. — [[P|AN]]

12/02 [[P|KOA]] spoke with [[S|Thandeka]]. She wants her father, [[R|Mr Mahlangu]], kept out of it. Hope is that she engages with [[U|Dr Joy Ekwueme]] in counselling. — [[P|K. Owusu-Ansah]]

14/02 Note: "Hope" in her message of 13/02 refers to the [[NEG|Hope Street]] food bank, not a person. — [[P|AN]]
""",
    },
    {
        "id": "d21-chat-wojciech",
        "kind": "chat_export",
        "subject": "Wojciech Zieliński",
        "subject_aliases": ["wojtek", "woj", "wojtek_z99"],
        "case_people": ["Mariana Conceição"],
        "tags": ["chat_lowercase", "alias", "same_surname_relative", "diacritics", "word_name"],
        "text": """Microsoft Teams export — channel: POL102 Study Group 4
[09:14] [[P|Mariana Conceição]]: morning all, has anyone heard from [[S|wojtek]]?
[09:15] [[U|Sunny Adeyemi]]: @[[S|wojtek_z99]] u there
[09:17] [[S|Wojciech Zieliński]]: here. sorry, [[R|agnieszka]] had the laptop
[09:17] [[U|Sunny Adeyemi]]: ur sister?
[09:18] [[S|Wojciech Zieliński]]: yeah. tata says i shouldn't post the link again
[09:20] [[U|Hamid Karimi]]: what link
[09:21] [[P|Mariana Conceição]]: @[[U|hamid]] the one from friday, i reported it to [[U|dr okafor]]
[09:22] [[U|Li Wei]]: tell [[S|woj]] it got him flagged lol
[09:23] [[S|Wojciech Zieliński]]: not funny [[U|wei]]
[09:25] [[U|Summer Blake]]: summer reading list is on the VLE btw, [[NEG|Moodle]] not Teams
[09:26] [[P|mariana]]: @[[U|summer]] thx. [[S|wojtek]] pls message [[R|Mr Zieliński]] back, he emailed the tutor
[09:28] [[S|Wojciech Zieliński]]: my dad emailed?? ok
[09:30] [[U|Hamid Karimi]]: will do the slides tonight
[09:31] [[U|Li Wei]]: @[[U|sunny]] you're on the intro
""",
    },
    {
        "id": "d21-email-amara",
        "kind": "email",
        "subject": "Amara Okonkwo-Bassey",
        "subject_aliases": ["Mara"],
        "case_people": ["Tom Fairclough", "Hiroshi Tanaka"],
        "tags": ["email_header", "greeting", "signoff", "signature", "same_surname_relative", "labelled_id"],
        "text": """From: [[P|Tom Fairclough]] <[[T:EMAIL_ADDRESS|t.fairclough@northmoor-open.ac.uk]]>
To: [[P|Hiroshi Tanaka]] <[[T:EMAIL_ADDRESS|h.tanaka@northmoor-open.ac.uk]]>
Cc: [[U|Dawn Whitlock]] <[[T:EMAIL_ADDRESS|d.whitlock@northmoor-open.ac.uk]]>
Subject: Concern — [[S|A. Okonkwo-Bassey]] (student [[SI:STUDENT_NUMBER|N-4471902]])

Hi [[P|Hiroshi]],

Following the seminar, [[S|Amara]] told me her brother [[R|Chidi Okonkwo-Bassey]] had shared material in the family group chat that she found frightening. Her mother, [[R|Mrs Okonkwo-Bassey]], rang the department from [[T:PHONE_NUMBER|0161 496 0723]] asking us to "keep an eye on [[S|Mara]]".

[[S|Amara]]'s own number is [[SI:PHONE_NUMBER|07911 123 456]]. She is happy for [[U|Dawn]] to join a call. I'd rather not involve [[U|Mr Greenhalgh]] from [[NEG|Estates]] at this stage. She also named a speaker, [[U|Ebenezer Quaye]], whose talks her brother attends; I haven't looked him up.

Thanks,
[[P|Tom]]

--
[[P|Tom Fairclough]]
Senior Lecturer, [[NEG|School of Law]]
[[NEG|Northmoor Open University]]
Tel: [[T:PHONE_NUMBER|+44 (0)1632 960 418]]
[[T:EMAIL_ADDRESS|t.fairclough@northmoor-open.ac.uk]]
""",
    },
    {
        "id": "d21-minutes-nguyen",
        "kind": "meeting_minutes",
        "subject": "Nguyễn Thị Lan",
        "subject_aliases": ["Lan"],
        "case_people": ["Rajesh Kulkarni", "Siobhán McGrath"],
        "tags": ["attendees", "initials", "diacritics", "same_surname_relative", "title"],
        "text": """Prevent Case Panel — minutes, 19 January
Present: [[P|Rajesh Kulkarni]] (Chair, Prevent Lead); [[P|Siobhán McGrath]] (Student Casework); [[U|Dr Eleni Papadopoulou]] (Academic Lead, [[NEG|Nursing]]); [[U|Gareth Price-Jenkins]] (Minutes)
Apologies: [[U|Ms Rose Abernethy]], [[U|Mehmet Yıldırım]]

1. Case [[NEG|NU-0412]] (panel reference, not a student number)
Subject: [[S|Nguyễn Thị Lan]]. [[S|Ms Nguyễn]] was referred by [[U|Dr Papadopoulou]] after a placement supervisor heard remarks. [[S|Lan]] lives with her brother [[R|Nguyễn Văn Minh]]; [[R|Minh]] is also enrolled but not part of this referral. Her aunt, [[R|Mrs Nguyễn]], is her emergency contact ([[T:PHONE_NUMBER|020 7946 0831]]).

Minutes: [[P|SMcG]] noted that [[S|Lan]]'s account of events matches the supervisor's.

Actions:
- [[P|RK]] to call the student this week.
- [[P|SMcG]] to request placement notes from [[U|Mr Ochieng]].
- [[U|EP]] to review coursework for welfare flags.
Next meeting: 2 February.
""",
    },
    {
        "id": "d21-chron-mehmet",
        "kind": "case_chronology",
        "subject": "Mehmet Çelik",
        "subject_aliases": ["Memo"],
        "case_people": ["Sana Malik", "Richard Stoneham"],
        "tags": ["initials", "diacritics", "same_surname_relative", "labelled_id", "unissued_prefix"],
        "text": """CASE CHRONOLOGY — [[S|ÇELİK, Mehmet]] — ref [[NEG|PV/24/118]]
Student no. [[SI:STUDENT_NUMBER|22093118]]; NI number: [[SI:UK_NINO|QQ 12 34 56 C]]

03.10 Referral received from library staff; [[S|Mr Çelik]] seen accessing proscribed material on a shared PC. ([[P|S. Malik]])
04.10 Triage. Father, [[R|Hasan Çelik]], contacted as emergency contact at student's request. — [[P|RS]]
06.10 [[S|Mehmet]] attended with his cousin [[R|Ayşe Çelik]] (also a student, no concerns). Said friend [[U|Barış Doğan]] sent him the files. ([[P|S. Malik]])
09.10 Spoke to [[U|DS Claire Hutton]], counter-terrorism policing; no police action. — [[P|R. Stoneham]]
11.10 [[S|Memo]] (as he signs emails) asked whether [[R|Mr Çelik]] senior would be told. Advised no further contact without consent. — [[P|RS]]
15.10 Tutor [[U|Joy Akinyemi]] reports good attendance. ([[P|S. Malik]])
20.10 Closed to monitoring. [[U|Bill Hargreaves]] ([[NEG|IT Services]]) confirmed workstation log retained. — [[P|RS]]
""",
    },
    {
        "id": "d21-incident-kwame",
        "kind": "incident_report",
        "subject": "Kwame Asante",
        "subject_aliases": ["KA_Builds"],
        "case_people": ["Marek Nowak"],
        "tags": ["title", "labelled_id", "same_surname_relative", "word_name", "initials"],
        "text": """INCIDENT REPORT — Summer School residential, [[NEG|Kingsway Campus]]
Date of incident: 22 July. Reported by: [[P|Marek Nowak]] (Residential Officer)
Subject: [[S|Kwame Asante]], student ID [[SI:STUDENT_NUMBER|KA-220917]]

At approx. 23:10 [[P|Mr Nowak]] found [[S|Mr Asante]] in the common room printing leaflets. Witnesses: [[U|Precious Moyo]], [[U|Dafydd Hughes]] and [[U|Yusuf bin Hamzah]]. [[S|Kwame]] said the leaflets came from his uncle [[R|Kofi Asante]], who had dropped him off in a grey Vauxhall, registration [[T:UK_VEHICLE_REGISTRATION|LK19 XWT]].

The print job came from a laptop on [[NEG|EDUROAM]] at [[SI:IP_ADDRESS|10.44.17.203]]; an earlier upload to the same folder came from [[T:IP_ADDRESS|2001:db8:4f2a::17]], believed to be the uncle's home connection.

Police attended: [[U|PC Hollie Gartside]] (collar 4471) and [[U|Sgt Imran Chaudhry]]. No arrest. [[S|Asante]]'s online handle [[SI:SOCIAL_HANDLE|@KA_Builds]] was noted. His sister [[R|Abena]] collected him the next morning; [[R|Mrs Asante]] phoned at 09:00.

Summer staff were briefed. Report completed by [[P|MN]].
""",
    },
    {
        "id": "d21-letter-ioana",
        "kind": "letter",
        "subject": "Ioana Popescu",
        "subject_aliases": [],
        "case_people": ["Catriona MacLeod"],
        "tags": ["named_house", "no_house_number", "split_postcode", "same_surname_relative", "signoff", "title"],
        "text": """[[NEG|Northmoor Open University]] — Student Casework
Private and Confidential

[[R|Mr Dumitru Popescu]]
[[T:STREET_ADDRESS|Rowan Cottage, Mill Lane]]
Little Haddon
[[T:UK_POSTCODE|NR17 4QX]]

Our ref: [[NEG|SC/7781]]
Student: [[S|Ioana Popescu]] ([[SI:STUDENT_NUMBER|21-408-551]])

Dear [[R|Mr Popescu]],

Thank you for your letter about your daughter. We understand that you and [[R|Mrs Elena Popescu]] are worried about the people [[S|Ioana]] met at the [[NEG|Bucharest Cultural Society]] event in Leeds. [[S|Ioana]] has asked that we only share information with her consent, and she has not yet given it. Her brother [[R|Andrei]] may also contact us; the same applies.

If you have concerns about [[U|Mr Radu Ionescu]] or [[U|Florin Constantin-Marin]], you may contact the police directly. You can also write to our Prevent Coordinator, [[U|Mr Jamal al-Rashid]], at the address above.

Yours sincerely,

[[P|Catriona MacLeod]]
Casework Manager
cc. [[P|CMacL]] file; [[U|Ms Hope Lindqvist]], Student Records
""",
    },
    {
        "id": "d21-tutor-farhan",
        "kind": "tutor_report",
        "subject": "Farhan Siddiqui",
        "subject_aliases": ["fazz_siddiqui"],
        "case_people": ["Nicola Gallagher", "Piotr Kowalczyk"],
        "tags": ["signature", "initials", "same_surname_relative", "word_name", "title"],
        "text": """TUTOR CONCERN FORM (Prevent)
Student name: [[S|Farhan Siddiqui]]   Student number: [[SI:STUDENT_NUMBER|19204417]]
Programme: [[NEG|BSc Computing]], Year 2   Tutor: [[P|Nicola Gallagher]]

Nature of concern: In the forum for [[NEG|Network Security]], [[S|Farhan]] posted a link to [[SI:URL|https://pastebin.example/fz-notes]] under his username [[SI:USERNAME|fazz_siddiqui]]. Another student, [[U|Mark Ellery]], flagged it; [[U|Mark]] said he would mark the thread for moderators.

Background: [[S|Mr Siddiqui]] lives with his older brother [[R|Imran Siddiqui]] and his mother, [[R|Mrs Siddiqui]]. He told me [[R|Imran]] "handles the admin". His cousin [[R|Zara Siddiqui]] is on the same course. He also mentioned a contact, [[U|Bilal Qureshi]], from a gaming server.

Action: Discussed with [[P|P. Kowalczyk]] (Deputy Safeguarding Lead). [[P|PK]] advises a conversation, not a referral. Second opinion from [[U|Dr Rebecca Osei-Tutu]].

Will review on 3 May.

Signed: [[P|N. Gallagher]]   Date: 21 April
""",
    },
    {
        "id": "d21-support-liang",
        "kind": "support_log",
        "subject": "Zhang Liang",
        "subject_aliases": ["Leo", "张亮", "leo.zhang77"],
        "case_people": ["Katie Bell"],
        "tags": ["initials", "same_surname_relative", "alias", "labelled_id"],
        "text": """Wellbeing Team — running notes
Subject: [[S|ZHANG Liang]] ([[S|Leo]]); student no. [[SI:STUDENT_NUMBER|23-001764]]; passport [[SI:UK_PASSPORT|925076473]]

12 Nov — [[S|Leo]] emailed from [[SI:EMAIL_ADDRESS|leo.zhang77@mailbox.example]] saying his father [[R|Zhang Wei]] had been contacted by a man calling himself [[U|Brother Yusuf]]. Chinese name on his ID is [[S|张亮]]. — [[P|K. Bell]]

14 Nov — Call with [[S|Mr Zhang]]. His mother [[R|Mrs Zhang]] is visiting from Chengdu. He is worried about flatmate [[U|Callum Reid]]. — [[P|KB]]

15 Nov — Spoke to accommodation officer [[U|Dawn Fitzgerald]]. At dawn on 14th the flat fire alarm was set off; unrelated. — [[P|K. Bell]]

20 Nov — [[S|Liang]] says his cousin [[R|Zhang Mei]] has reassured him. Referred to [[U|Dr Aiko Matsumoto]] (counselling). — [[P|KB]]

22 Nov — [[U|Matsumoto]] reports good first session. — [[P|K. Bell]]
""",
    },
    {
        "id": "d21-chat-hodan",
        "kind": "chat_export",
        "subject": "Hodan Warsame",
        "subject_aliases": ["hodz", "hod", "@hodan.w"],
        "case_people": ["Leila Haidari"],
        "tags": ["chat_lowercase", "alias", "same_surname_relative", "word_name"],
        "text": """WhatsApp Chat with "SOC101 girls 💬" (exported 03/03)
03/03, 18:02 - [[P|Leila Haidari]]: has anyone seen what [[S|hodz]] put on insta
03/03, 18:03 - [[U|Faith Mwangi]]: which account, [[S|@hodan.w]]?
03/03, 18:03 - [[P|Leila Haidari]]: yes. it was a repost from [[U|@truth_seeker_ab]]
03/03, 18:05 - [[U|Grace O'Connor]]: tbh i have faith she didn't mean it
03/03, 18:06 - [[S|Hodan Warsame]]: i can see this u know 🙄
03/03, 18:06 - [[S|Hodan Warsame]]: [[R|abdi]] sent it to me, my brother. i took it down
03/03, 18:07 - [[U|Faith Mwangi]]: ok babe. does hooyo know
03/03, 18:08 - [[S|Hodan Warsame]]: no and dont tell [[R|ayaan]] either she'll tell mum
03/03, 18:10 - [[U|Rania El-Khoury]]: @[[P|leila]] did u screenshot for [[U|dr b]]?
03/03, 18:11 - [[P|Leila Haidari]]: no. [[U|rania]] pls. leave it
03/03, 18:12 - [[U|Grace O'Connor]]: [[S|hod]] call me later x
03/03, 18:13 - [[S|Hodan Warsame]]: k. [[U|grace]] ur a star
03/03, 18:20 - [[U|Faith Mwangi]]: also reminder [[NEG|Sociology of Religion]] essay due friday
""",
    },
    {
        "id": "d21-email-arjun",
        "kind": "email",
        "subject": "Arjun Venkataraman",
        "subject_aliases": ["AJ"],
        "case_people": ["Precious Banda", "Colm Ó Súilleabháin"],
        "tags": ["email_header", "greeting", "signoff", "signature", "same_surname_relative", "word_name", "diacritics"],
        "text": """---------- Forwarded message ---------
From: [[R|Lakshmi Venkataraman]] <[[T:EMAIL_ADDRESS|lakshmi.v1968@webpost.example]]>
Date: Mon, 9 Sep
To: [[P|Precious Banda]] <[[T:EMAIL_ADDRESS|p.banda@northmoor-open.ac.uk]]>
Subject: my son [[S|Arjun]]

Dear [[P|Ms Banda]],
I am [[S|Arjun]]'s mother. My husband [[R|Mr Venkataraman]] and I are worried about a group he has joined online. His friend [[U|Hugo van der Berg]] told us about it. Please call me on [[T:PHONE_NUMBER|07700 900 613]].
Regards, [[R|Lakshmi]]

---------- end of forwarded message ---------

From: [[P|Precious Banda]] <[[T:EMAIL_ADDRESS|p.banda@northmoor-open.ac.uk]]>
To: [[P|Colm Ó Súilleabháin]] <[[T:EMAIL_ADDRESS|c.osuilleabhain@northmoor-open.ac.uk]]>
Subject: FW: my son [[S|Arjun]]

Hi [[P|Colm]],
Forwarding for Prevent triage. [[S|AJ]] ([[S|Arjun Venkataraman]], [[SI:STUDENT_NUMBER|20117735]]) has not consented to parental contact. Precious little else to go on yet.
Best,
[[P|Precious]]
--
[[P|Precious Banda]] | Student Engagement Adviser
[[T:PHONE_NUMBER|01632 960 552]] | [[T:EMAIL_ADDRESS|p.banda@northmoor-open.ac.uk]]
""",
    },
    {
        "id": "d21-minutes-elif",
        "kind": "meeting_minutes",
        "subject": "Elif Şahin",
        "subject_aliases": [],
        "case_people": ["Oluwaseun Adebayo"],
        "tags": ["attendees", "initials", "diacritics", "same_surname_relative", "word_name"],
        "text": """STUDENT CONCERNS GROUP
Date: 8 May   Venue: MS Teams
Attendees: [[P|Oluwaseun Adebayo]] (Head of Student Support, chair) — [[U|Fiona Drummond]] (Faculty of [[NEG|Arts]]) — [[U|Konstantinos Georgiou]] (Prevent Officer) — [[U|Hope Tshabalala]] (note-taker)
Apologies: [[U|Dr Will Penhaligon]]

Item 3: [[S|Elif Şahin]] (student [[SI:STUDENT_NUMBER|ES-771203]])
[[U|FD]] summarised: [[S|Ms Şahin]] submitted an essay for [[NEG|Modern Turkey]] quoting extremist sources without critique. [[S|Elif]] has since said her father [[R|Mustafa Şahin]] asked her to include them. Her sister [[R|Zeynep Şahin]] contacted the faculty separately. [[U|KG]] considered the sources lawful but one-sided.
[[P|OA]] asked whether [[R|Mr Şahin]] had any formal link to the university; none known.

Actions
- [[U|FD]] to meet [[S|Elif]] with her tutor [[U|Çağrı Aydın]].
- [[U|KG]] to log on the Prevent tracker.
- [[P|OA]] to write to the student.
Will the group reconvene? Yes, 22 May.
""",
    },
    {
        "id": "d21-chron-siobhan",
        "kind": "case_chronology",
        "subject": "Siobhán Nic Giolla Phádraig",
        "subject_aliases": ["Shiv"],
        "case_people": ["Adrian Moss", "Bukola Fashola"],
        "tags": ["initials", "diacritics", "same_surname_relative", "labelled_id", "three_part_name"],
        "text": """Chronology of contact — [[S|Siobhán Nic Giolla Phádraig]] ([[S|Shiv]])
Student number [[SI:STUDENT_NUMBER|20044516]]; DOB [[SI:DATE_OF_BIRTH|17 June 2001]]; NHS no. [[SI:UK_NHS|943 476 5919]]

2 Feb: Disclosure to tutor [[P|Adrian Moss]] that her partner [[U|Conor Whelan]] was "recruiting" on campus forums. — [[P|AM]]
4 Feb: [[S|Ms Nic Giolla Phádraig]] met [[P|Bukola Fashola]] (Prevent). Mother, [[R|Máire Nic Giolla Phádraig]], had called the helpline. — [[P|BF]]
7 Feb: [[S|Siobhán]] asked for a pause; exam stress. Father [[R|Mr Mac Giolla Phádraig]] emailed from [[T:EMAIL_ADDRESS|seamus.mgp@eirnet.example]]. — [[P|B. Fashola]]
10 Feb: [[U|Garda Ciarán Hennessy]] (liaison) confirmed no record. — [[P|BF]]
15 Feb: [[S|Shiv]] reports [[U|Conor]] has left the country. Brother [[R|Pádraig]] supportive. — [[P|AM]]
20 Feb: Closed. Review in [[NEG|May]]. — [[P|BF]]
""",
    },
    {
        "id": "d21-incident-dawit",
        "kind": "incident_report",
        "subject": "Dawit Tesfaye Gebremedhin",
        "subject_aliases": ["Dave"],
        "case_people": ["Alison Rutherford"],
        "tags": ["title", "labelled_id", "same_surname_relative", "three_part_name"],
        "text": """Security Incident Form [[NEG|SIF-0921]]
Location: [[NEG|Brunel Building]], ground-floor study space
Reporting officer: [[P|Alison Rutherford]], Security Supervisor

Description: [[S|Dawit Tesfaye Gebremedhin]] (student [[SI:STUDENT_NUMBER|22-66-1904]]) was seen filming the entrance barriers. When approached by [[P|Ms Rutherford]], [[S|Mr Gebremedhin]] said he was doing "a project". His friend, who gave the name [[U|Samuel Kiprotich]], left in a blue Ford Focus, VRM [[T:UK_VEHICLE_REGISTRATION|YC21 KPN]].

Witnesses: [[U|Bethany Cole]] (library assistant); [[U|Mr Femi Ogundipe]] (visitor).

Police: [[U|PC Danielle Yates]] (collar 2231) attended at 16:40 and spoke to [[S|Dawit]]. [[U|DS Paul Marchetti]] phoned later. [[S|Dave]], as he asked to be called, showed his driving licence: [[SI:UK_DRIVING_LICENCE|GEBRE907184DT9AB]]. His brother [[R|Yonas Gebremedhin]] arrived to collect him; their father, [[R|Tesfaye Gebremedhin]], rang the front desk on [[T:PHONE_NUMBER|+44 7700 900 218]].

Wi-Fi session traced to [[SI:IP_ADDRESS|172.20.8.45]].
Signed [[P|A. Rutherford]]
""",
    },
    {
        "id": "d21-letter-grace",
        "kind": "letter",
        "subject": "Grace Kamau",
        "subject_aliases": [],
        "case_people": ["Ewan Sinclair"],
        "tags": ["named_house", "split_postcode", "same_surname_relative", "word_name", "signoff"],
        "text": """[[NEG|Northmoor Open University]]
Office of the Academic Registrar

[[S|Ms Grace Kamau]]
[[SI:STREET_ADDRESS|Flat 3, 27 Rosebery Avenue]]
Sunderland
[[SI:UK_POSTCODE|SR2 7PL]]

14 October

Dear [[S|Grace]],

Invitation to a support meeting

I am writing following concerns raised by your tutor, [[U|Dr Rose Halvorsen]]. I want to reassure you that this is a supportive, not disciplinary, process. You are welcome to bring someone with you, for example your sister [[R|Wanjiru Kamau]] or your father, [[R|Mr Kamau]], whom you mentioned to [[U|Dr Halvorsen]]. Your student union adviser, [[U|Hamza Yusufzai]], can also attend.

The meeting will be with me and [[U|Mrs Olga Shevchenko]] of [[NEG|Student Wellbeing]] on 21 October. Grace periods for your [[NEG|Grace Darling Module]] deadline have been applied.

Please confirm with [[U|Ms Leanne Tate]] on [[T:PHONE_NUMBER|0191 496 0045]].

Kind regards,

[[P|Ewan Sinclair]]
Academic Registrar
""",
    },
    {
        "id": "d21-tutor-ana",
        "kind": "tutor_report",
        "subject": "Ana Beatriz da Conceição",
        "subject_aliases": ["Bia"],
        "case_people": ["Graham Whitfield"],
        "tags": ["signature", "initials", "diacritics", "same_surname_relative", "title"],
        "text": """Progress report — [[NEG|Foundation Year]] (Humanities)
Student: [[S|Ana Beatriz da Conceição]] | ID [[SI:STUDENT_NUMBER|2024-1187-33]]
Tutor: [[P|Graham Whitfield]]

Engagement: [[S|Ana]] — who signs herself [[S|Bia]] in forums — has attended 9/12 tutorials. Since January her posts have shifted. She cites a preacher called [[U|João Pedro Salgueiro]] and shares clips from his channel [[T:URL|https://video.example.com/c/jpsalgueiro]].

Family: she lives with her mother, [[R|Maria da Conceição]], and grandmother [[R|Dona Conceição]]. Her brother [[R|Tiago]] studies in Porto. A flatmate, [[U|Sofía Ramírez Ortega]], raised the initial concern with me.

Discussion: I spoke with [[S|Ms da Conceição]] on 6 Feb. She said [[U|Salgueiro]]'s talks "give her direction". I've discussed with our Prevent lead, [[U|Mr Idris Bello]]. [[U|IB]] suggests we invite her to a wellbeing check-in with [[U|Anjali Mehta-Rao]].

Outcome: Monitor. Next review 6 March.
[[P|GW]]
[[P|G. Whitfield]], Personal Tutor
""",
    },
    {
        "id": "d21-support-bohdan",
        "kind": "support_log",
        "subject": "Bohdan Kovalenko",
        "subject_aliases": ["Bodya"],
        "case_people": ["Harriet Ashworth", "Tunde Bakare"],
        "tags": ["initials", "same_surname_relative", "labelled_id", "unissued_prefix", "word_name"],
        "text": """Student Support Record — [[S|KOVALENKO Bohdan]]
SID [[SI:STUDENT_NUMBER|21190356]] · NINO [[SI:UK_NINO|BG 63 81 27 D]] · Tel [[SI:PHONE_NUMBER|(07700) 900 447]]

[Mon 4 Mar] Drop-in chat. [[S|Bohdan]] says since his father [[R|Oleksandr Kovalenko]] went back to Kharkiv he has been spending nights on forums. Will check in Thursday. —[[P|HA]]

[Thu 7 Mar] Follow-up with [[S|Mr Kovalenko]]. Mentions a user [[U|Mykola_Frontline]] who DM'd him. His sister [[R|Daryna]] (also in UK) knows. — [[P|H. Ashworth]]

[Fri 8 Mar] Consulted [[P|Tunde Bakare]] (Prevent SPOC). [[P|TB]]: low threshold, keep supporting. — [[P|HA]]

[Tue 12 Mar] [[S|Bodya]] (his preferred name) missed appointment. Mother [[R|Mrs Kovalenko]] emailed from [[T:EMAIL_ADDRESS|o.kovalenko@ukr-mail.example]] asking us to ring her. Not done — no consent. — [[P|HA]]

[Wed 13 Mar] Rearranged with [[U|Dr Nadia Petrenko]] as interpreter/support. [[U|Summer Oduya]] from [[NEG|Careers]] also attended re: placement. — [[P|TB]]
""",
    },
    {
        "id": "d21-chat-kenji",
        "kind": "chat_export",
        "subject": "Kenji Watanabe",
        "subject_aliases": ["kenj1", "ken"],
        "case_people": ["Olivia Strand"],
        "tags": ["chat_lowercase", "alias", "same_surname_relative", "word_name"],
        "text": """VLE Discussion Board export — [[NEG|ENG210 Global Englishes]], thread "week 6 task"
[[S|kenj1]] ([[S|Kenji Watanabe]]) 14:02: has anyone read the piece [[U|haruto]] linked? my sister [[R|yui]] says it's propaganda
[[U|bex.hollings]] ([[U|Rebecca Hollings]]) 14:05: @[[S|ken]] yes, it's nasty. why share it in a module forum?
[[S|kenj1]] 14:06: i didn't share it, [[U|haruto]] did. @[[U|h.sato]] explain
[[U|h.sato]] ([[U|Haruto Satō]]) 14:09: relax. it's just debate. [[U|dawn_p]] agreed with me
[[U|dawn_p]] ([[U|Dawn Pereira]]) 14:10: i did NOT. at dawn tomorrow i'm reporting it lol
[[P|Olivia Strand]] (Moderator) 14:15: Thread locked. @[[S|kenj1]] and @[[U|h.sato]], please check your inbox. [[S|Mr Watanabe]], a [[R|Takeshi Watanabe]] has also written to the faculty; is [[R|Mr Watanabe]] your father? Let's discuss privately.
[[S|kenj1]] 14:17: that's my dad yeah. and [[R|yui]] is cc'd. ugh
[[P|o.strand]] 14:20: Noted. [[U|Dr Khumalo]] will be in touch.
""",
    },
    {
        "id": "d21-email-rhys",
        "kind": "email",
        "subject": "Rhys Vaughan-Evans",
        "subject_aliases": [],
        "case_people": ["Parveen Akhtar"],
        "tags": ["email_header", "greeting", "signoff", "signature", "same_surname_relative", "word_name"],
        "text": """From: [[P|Parveen Akhtar]] <[[T:EMAIL_ADDRESS|parveen.akhtar@northmoor-open.ac.uk]]>
To: [[S|Rhys Vaughan-Evans]] <[[SI:EMAIL_ADDRESS|r.vaughanevans@student.northmoor-open.ac.uk]]>
Cc: [[U|Joy Lamptey]] <[[T:EMAIL_ADDRESS|j.lamptey@northmoor-open.ac.uk]]>; [[U|Bill Tranter]] <[[T:EMAIL_ADDRESS|b.tranter@northmoor-open.ac.uk]]>
Subject: Check-in after Tuesday's webinar

Dear [[S|Rhys]],

Thanks for speaking to me after the [[NEG|Welsh Politics]] webinar. You mentioned that your mother, [[R|Mrs Vaughan-Evans]], and your grandfather [[R|Emrys Vaughan-Evans]] had been to meetings organised by [[U|Gwilym Prosser]], and that you found some of what was said hard to hear. I'm copying [[U|Joy]] from our Prevent team and [[U|Bill]] ([[NEG|Disability Services]]) because you asked for extra time on the next assignment.

If it helps, your cousin [[R|Carys]] is welcome to come to our next call. Your mobile on record is [[SI:PHONE_NUMBER|07700 900 980]] — please let me know if that has changed.

With best wishes,
[[P|Parveen]]

--
[[P|Dr Parveen Akhtar]]
Lecturer in Politics | [[NEG|Faculty of Arts and Social Sciences]]
T: [[T:PHONE_NUMBER|029 2018 0447]] ext. 2214
""",
    },
    {
        "id": "d21-minutes-yaw",
        "kind": "meeting_minutes",
        "subject": "Yaw Boateng",
        "subject_aliases": ["YB"],
        "case_people": ["Deborah Stein", "Ahmad Zia Noorzai"],
        "tags": ["attendees", "initials", "same_surname_relative", "word_name", "title"],
        "text": """Minutes — Safeguarding & Prevent Operational Group (SPOG)
Held: 11 June, Room [[NEG|Lovelace 2.14]] and online

Attendees:
  [[P|Deborah Stein]] — Director of Student Services (Chair)
  [[P|Ahmad Zia Noorzai]] — Prevent Coordinator
  [[U|Mark Chikwanha]] — Faculty Safeguarding Lead
  [[U|Rosalind Ferreira-Hunt]] — Secretary
Apologies: [[U|Prof. Malcolm Dreyer]]; [[U|Patience Otieno]]

Minutes: [[U|RFH]] recorded. Mark-up of previous minutes approved.

Case 4 — [[S|Yaw Boateng]]
[[P|AZN]] reported that [[S|Mr Boateng]] ([[SI:STUDENT_NUMBER|B-22-01943]]) spoke at an unaffiliated society event; a recording shows [[S|Yaw]] repeating claims by [[U|Kwesi Darko-Mensah]]. [[U|MC]] noted [[S|YB]]'s aunt, [[R|Mrs Akosua Boateng]], is a staff member in [[NEG|Finance]]; she has declared an interest. [[R|Ama Boateng]] (no relation) in [[NEG|Admissions]] also flagged the same surname for conflict checking.

Actions:
  [[P|AZN]] to meet [[S|Yaw]] with [[U|MC]].
  [[P|DS]] to confirm [[R|Mrs Boateng]] is excluded from the case file.
""",
    },
    {
        "id": "d21-chron-precious",
        "kind": "case_chronology",
        "subject": "Precious Ndlovu",
        "subject_aliases": [],
        "case_people": ["Stuart Kennedy", "Amira bint Khalid"],
        "tags": ["initials", "word_name", "same_surname_relative", "labelled_id"],
        "text": """PREVENT CASE LOG — Subject: [[S|Precious Ndlovu]] | Ref: [[NEG|PRV-2219]] | SID: [[SI:STUDENT_NUMBER|23007821]]

2024-01-08 | Tutor [[U|Hannah Whitcombe]] raised concern: [[S|Precious]] shared a video of [[U|Pastor Emmanuel Sibanda]] in [[NEG|Zoom]] breakout. — [[P|SK]]
2024-01-09 | [[P|Stuart Kennedy]] reviewed; precious little context in the clip. — [[P|SK]]
2024-01-11 | Met [[S|Ms Ndlovu]]. Says her mother [[R|Nomvula Ndlovu]] attends the church; her brother [[R|Themba]] is "more into it". — ([[P|A. bint Khalid]])
2024-01-15 | Brother's phone given as [[T:PHONE_NUMBER|+263 77 123 4567]]; not contacted. — [[P|SK]]
2024-01-19 | [[S|Ndlovu]] asked that [[R|Mr Ndlovu]] not be told. Agreed. — [[P|ABK]]
2024-01-26 | [[U|Grace Mutasa]] (peer mentor) reports positive engagement. — [[P|SK]]
2024-02-02 | Closed, no further action. — [[P|ABK]]
""",
    },
    {
        "id": "d21-incident-layla",
        "kind": "incident_report",
        "subject": "Layla al-Hashimi",
        "subject_aliases": ["layla.h"],
        "case_people": ["Craig Dunbar"],
        "tags": ["title", "labelled_id", "same_surname_relative", "particle"],
        "text": """ONLINE SAFETY INCIDENT — [[NEG|Digital Services]] / Prevent
Logged by: [[P|Craig Dunbar]], Information Security Analyst    Date: 30 Nov

Summary: The VLE account [[SI:USERNAME|layla.h]] belonging to [[S|Layla al-Hashimi]] (SID [[SI:STUDENT_NUMBER|20-7731-04]]) uploaded a PDF titled "Call to the Faithful" to a shared drive. Login originated from [[SI:IP_ADDRESS|81.2.69.160]]. A second login to the same account came from [[T:IP_ADDRESS|2a02:c7f:1234:5600::9b]], which [[S|Ms al-Hashimi]] says is her brother [[R|Omar al-Hashimi]]'s flat.

Witness statement: course rep [[U|Tomasz Grabowski]] saw the file and alerted [[U|Dr Catherine Ng]]. Second witness: [[U|Faisal bin Abdullah]].

Police: [[U|DC Sarah Lowther]], [[NEG|West Yorkshire Police]] Prevent team, was informed by [[P|Mr Dunbar]]. [[U|Sgt Ravi Dhillon]] phoned the family; [[R|Mr al-Hashimi]] (father, [[R|Khalid]]) said [[R|Omar]] uses [[S|Layla]]'s laptop. Vehicle seen at the flat: [[T:UK_VEHICLE_REGISTRATION|BD68 ZRC]].

Faithful reproduction of logs attached (Appendix A).
Reported by [[P|C. Dunbar]]
""",
    },
    {
        "id": "d21-letter-tariq",
        "kind": "letter",
        "subject": "Tariq Rahimi",
        "subject_aliases": [],
        "case_people": ["Heather Mulholland", "Xu Jiayi"],
        "tags": ["no_house_number", "split_postcode", "named_house", "same_surname_relative", "signoff", "title"],
        "text": """[[S|Mr Tariq Rahimi]]
[[SI:STREET_ADDRESS|The Old Forge]]
[[SI:STREET_ADDRESS|Chapel Street]]
Mansfield
Nottinghamshire
[[SI:UK_POSTCODE|NG18 1AB]]

Date: 5 December                             Student number: [[SI:STUDENT_NUMBER|21556093]]

Dear [[S|Tariq]],

Outcome of your support meeting

Thank you for meeting [[P|Ms Xu Jiayi]] and me on 28 November, and for bringing your uncle, [[R|Mr Nasir Rahimi]]. We also noted the letter from your mother, [[R|Mrs Rahimi]], and that your younger brother [[R|Sohail]] has been unwell.

You told us that the online group led by [[U|Abdul Wahid Popalzai]] is no longer part of your life, and that you have spoken to [[U|Imam Yaqub Ansari]] at your local mosque. We have agreed that [[P|Ms Xu]] will check in monthly.

Our records hold a mobile number for you, [[SI:PHONE_NUMBER|+447700900361]], and a landline for your uncle, [[T:PHONE_NUMBER|01623 555 012]]. Please tell us if either is wrong.

Yours sincerely

[[P|H. Mulholland]]
[[P|Heather Mulholland]]
Head of Student Casework
""",
    },
    {
        "id": "d21-tutor-kiri",
        "kind": "tutor_report",
        "subject": "Kiri Papadakis",
        "subject_aliases": ["Kiki"],
        "case_people": ["Joanna Lisowska"],
        "tags": ["initials", "signature", "same_surname_relative", "word_name", "diacritics"],
        "text": """Personal tutor — record of meeting (confidential)
Tutee: [[S|Kiri Papadakis]]; Student No: [[SI:STUDENT_NUMBER|1988-2210]]; tutor [[P|J. Lisowska]]

Met [[S|Kiri]] online, 45 min. Her friend [[U|Rose Mbatha]] had said [[S|Kiki]] was "talking differently". [[S|Ms Papadakis]] explained she had been following [[U|Stavros Karamanlis-Doukas]], a blogger with ties to a group listed by the Home Office. She reads his blog at [[T:URL|www.example.org/skd-voice]].

She said her father, [[R|Giorgos Papadakis]], "agrees with most of it" and her grandmother [[R|Kyria Papadakis]] does not. Her cousin [[R|Eleni]] lives in [[NEG|Athens]].

Other names mentioned: [[U|Dr Ifeoma Nwosu]] (her module leader), [[U|Mr Horvat]] (landlord).

I have logged this with [[U|Aisha Rahman]] in the Prevent team. [[S|Kiri]] consented. We will meet again after [[NEG|Easter]]; I will mark this as routine unless she tells me otherwise.

— [[P|JL]]
Signed: [[P|Joanna Lisowska]]
""",
    },
    {
        "id": "d21-support-chukwuemeka",
        "kind": "support_log",
        "subject": "Chukwuemeka Eze",
        "subject_aliases": ["Emeka"],
        "case_people": ["Lucy Marchbank"],
        "tags": ["initials", "same_surname_relative", "labelled_id", "word_name"],
        "text": """Wellbeing contact log — [[S|EZE, Chukwuemeka]] ([[S|Emeka]])
Student number: [[SI:STUDENT_NUMBER|22-100-451]]   NHS number: [[SI:UK_NHS|485 777 3456]]

17/09 — [[S|Emeka]] self-referred after argument with his brother [[R|Obinna Eze]] about a speaker, [[U|Rev. Dr Bartholomew Oyelaran]]. — [[P|LM]]
19/09 — GP letter received from [[U|Dr Sunny Raghavan]]. [[S|Mr Eze]] reports poor sleep. — [[P|L. Marchbank]]
24/09 — Joint call with [[U|Anneke van der Merwe]] (mental health adviser). His mother, [[R|Mrs Ngozi Eze]], called during session; [[S|Emeka]] put her on speaker briefly. — [[P|LM]]
30/09 — Bank details for hardship fund: sort code [[SI:UK_SORT_CODE|20-45-77]], account [[SI:UK_BANK_ACCOUNT|31926819]]. Payee confirmed by [[U|Will Ashdown]] ([[NEG|Finance]]). — [[P|LM]]
04/10 — [[R|Obinna]] emailed asking for an update. No info shared. — [[P|L.M.]]
10/10 — [[S|Chukwuemeka]] doing better; Prevent lead [[U|Ms Kezia Brandt]] agreed no referral. — [[P|LM]]
""",
    },
    {
        "id": "d21-chat-darius",
        "kind": "chat_export",
        "subject": "Dariush Karimzadeh",
        "subject_aliases": ["daz", "dariush.kz", "@dkz_real"],
        "case_people": ["Bethan Morgan"],
        "tags": ["chat_lowercase", "alias", "same_surname_relative", "word_name"],
        "text": """[Teams] Chat: [[P|Bethan Morgan]], [[U|Ikechukwu Obi]], [[U|Joy Henderson]], [[S|dariush.kz]]
[[U|Ikechukwu Obi]] 10:01
@[[S|daz]] you posting from [[S|@dkz_real]] again? [[U|joy]] saw it
[[U|Joy Henderson]] 10:02
joy to the world lol. yes, the one about the march
[[S|Dariush Karimzadeh]] 10:03
that was [[R|navid]] on my phone. my cousin. [[R|Navid Karimzadeh]] if u want to look him up
[[U|Ikechukwu Obi]] 10:04
sure mate 🙃 tell [[U|iyke]] the truth
[[S|Dariush Karimzadeh]] 10:04
you ARE [[U|iyke]]
[[P|Bethan Morgan]] 10:06
Folks, please keep this chat for the [[NEG|Data Analytics]] project. [[S|Dariush]], can we talk 1:1? [[R|Mrs Karimzadeh]] left a voicemail for [[U|Dr Sorensen]] too.
[[S|Dariush Karimzadeh]] 10:07
my mum?? ok
[[P|bethan]] 10:08
I'll message. @[[U|joy.h]] can you share the dataset link with [[U|marcus]]?
[[U|Joy Henderson]] 10:09
will do. [[U|marcus]] isn't in this chat tho, he's [[U|@marcus_dlm]] on slack
""",
    },
    {
        "id": "d21-email-mihaela",
        "kind": "email",
        "subject": "Mihaela Dumitrescu",
        "subject_aliases": ["Miha"],
        "case_people": ["Jonathan Okafor", "Fatima Zahra Benali"],
        "tags": ["email_header", "greeting", "signoff", "signature", "same_surname_relative", "labelled_id"],
        "text": """From: [[P|Fatima Zahra Benali]] <[[T:EMAIL_ADDRESS|fz.benali@northmoor-open.ac.uk]]>
Sent: 02 April 11:48
To: [[P|Okafor, Jonathan]] <[[T:EMAIL_ADDRESS|jonathan.okafor@northmoor-open.ac.uk]]>
Subject: RE: [[S|M. Dumitrescu]] — bursary and welfare

Hi [[P|Jon]],

Quick update. [[S|Mihaela]] came in with her sister [[R|Irina Dumitrescu]] to sort the bursary; the IBAN she gave is [[SI:IBAN_CODE|GB33 BUKB 2020 1555 5555 55]]. [[R|Irina]] mentioned that their father, [[R|Mr Dumitrescu]], has been attending rallies organised by [[U|Cosmin Vlad-Tănase]] and pressuring [[S|Miha]] to go. [[S|Ms Dumitrescu]] seemed embarrassed rather than sympathetic.

I've not contacted [[U|Pastor Dorin]] or anyone outside. Her passport no. on the bursary form is [[SI:UK_PASSPORT|549302118]]; her DOB [[SI:DATE_OF_BIRTH|1999-08-21]].

Cheers,
[[P|Fatima]]

--
[[P|Fatima Zahra Benali]]
Student Money Adviser | [[NEG|Student Hub]]
[[T:PHONE_NUMBER|+44 113 496 0921]]
Pronouns: she/her
""",
    },
    {
        "id": "d21-minutes-mohamed",
        "kind": "meeting_minutes",
        "subject": "Mohamed Abdirahman Farah",
        "subject_aliases": ["Moe", "Mo"],
        "case_people": ["Sinéad Kavanagh", "Pieter de Vries"],
        "tags": ["attendees", "initials", "same_surname_relative", "diacritics", "three_part_name", "word_name"],
        "text": """Faculty Welfare Panel — Notes
Date: Thursday 23 January | Chair: [[P|Sinéad Kavanagh]]
In attendance: [[P|Pieter de Vries]] (Prevent Lead); [[U|Dr Mei-Ling Chow]] (Engineering); [[U|Bartholomew Adjei]] (Student Union); [[U|Carmen Ruiz de Alarcón]] (secretary)
Apologies: [[U|Hope Fenwick]]; [[U|Mr Aziz]]

Minutes: [[U|CRA]]

Student: [[S|Mohamed Abdirahman Farah]] ([[S|Moe]]) — SID [[SI:STUDENT_NUMBER|24-0019-66]]
[[U|MLC]] explained that [[S|Moe]] refused to join a lab group with [[U|Rachel Goldberg]]. [[S|Mr Farah]] later apologised. His mother [[R|Mrs Farah]] and his uncle [[R|Abdullahi Farah]] both emailed the school. Some peers shorten it to [[S|Mo]]. [[R|Hibaaq Farah]], a postgraduate with the same surname, is not related and was not discussed.
[[U|BA]] said the Union would offer mediation.

Actions:
[[P|PdV]] — meet [[S|Mohamed]] with a Union rep.
[[P|SK]] — reply to [[R|Mrs Farah]] (no personal data).
[[U|MLC]] — reassign lab group.
""",
    },
    {
        "id": "d21-chron-rosa",
        "kind": "case_chronology",
        "subject": "Rosa Benedetti",
        "subject_aliases": [],
        "case_people": ["Nuala Ní Chonaill", "Declan Forsyth"],
        "tags": ["initials", "word_name", "same_surname_relative", "diacritics", "labelled_id"],
        "text": """Chronology — [[S|BENEDETTI, Rosa]] — Prevent file [[NEG|PF-3310]]
Prepared by [[P|Nuala Ní Chonaill]] for the case review.

• 01/05 — [[S|Rosa]] emailed her tutor from [[SI:EMAIL_ADDRESS|rosa.benedetti@studentmail.example]] describing threats from an ex-partner, [[U|Lorenzo Bianchi]], who runs a nationalist page. ([[P|N. Ní Chonaill]])
• 03/05 — Call with [[S|Ms Benedetti]] and her mother, [[R|Giovanna Benedetti]]. [[R|Mrs B]] asked us to contact [[U|Lorenzo]]'s family; declined. — [[P|NNC]]
• 07/05 — [[P|Declan Forsyth]] (Security) checked visitor logs; [[U|Bianchi]] visited [[NEG|Rose Court]] on 5 May in car [[T:UK_VEHICLE_REGISTRATION|MA70 HJU]]. — [[P|DF]]
• 08/05 — [[U|PC Sunita Chauhan]] took a statement from [[S|Rosa]]. Brother [[R|Marco]] present. — [[P|DF]]
• 12/05 — [[U|Prof. Alessandro Greco]] agreed deadline extension. — [[P|NNC]]
• 15/05 — Father, [[R|Mr Benedetti]], phoned ([[T:PHONE_NUMBER|+39 333 123 4567]]); no details given. — ([[P|N. Ní Chonaill]])
• 22/05 — Risk reduced; rose-tinted view avoided, monitoring continues. — [[P|NNC]]
""",
    },
    {
        "id": "d21-incident-connor",
        "kind": "incident_report",
        "subject": "Connor McAllister",
        "subject_aliases": ["Con"],
        "case_people": ["Yasmin Haddad"],
        "tags": ["title", "labelled_id", "same_surname_relative", "word_name", "initials"],
        "text": """INCIDENT REPORT FORM — Graduation Ceremony, [[NEG|Usher Hall]]
Reporter: [[P|Yasmin Haddad]], Events Officer    Time: 14:25, 18 July

Subject: [[S|Connor McAllister]] (student no. [[SI:STUDENT_NUMBER|C-203-77-14]]), DOB [[SI:DATE_OF_BIRTH|09/02/1998]].
During the ceremony [[S|Mr McAllister]] unfurled a banner with slogans linked to a banned group. His father, [[R|Alasdair McAllister]], and his sister [[R|Kirsty]] were seated beside him; [[R|Mr McAllister]] tried to stop him.

Witnesses: [[U|Dr Morag Fleming]] (platform party); [[U|Chiamaka Okeke]] (graduand); [[U|Mr Stephen Lau]].

Police attended: [[U|PC Iain Gillespie]], [[U|PS Lorna Baird]] (Police Scotland). [[S|Con]] was escorted out and spoke to [[U|DS Baird]] for ten minutes; no charge. The family's car, [[T:UK_VEHICLE_REGISTRATION|SF65 OXD]], was in the disabled bay.

A social post about it came from [[T:SOCIAL_HANDLE|@kirsty_mca]] ([[R|Kirsty McAllister]]); IP logged by the venue Wi-Fi: [[T:IP_ADDRESS|192.0.2.113]].

Signed: [[P|Y. Haddad]] — cc [[U|Fergus Innes]]
""",
    },
    {
        "id": "d21-letter-joy",
        "kind": "letter",
        "subject": "Joy Adebanjo-Williams",
        "subject_aliases": [],
        "case_people": ["Marcus Thornbury"],
        "tags": ["no_house_number", "split_postcode", "same_surname_relative", "word_name", "signoff", "greeting"],
        "text": """[[NEG|Northmoor Open University]]
Student Conduct & Support

Private — addressee only
[[S|Miss J. Adebanjo-Williams]]
c/o [[R|Mrs F. Adebanjo-Williams]]
[[SI:STREET_ADDRESS|Vicarage Road]]
Watford
[[SI:UK_POSTCODE|WD18]]
[[SI:UK_POSTCODE|0ER]]

9 February

Dear [[S|Joy]],

Re: our conversation of 2 February

I was glad to speak to you, and I hope this letter brings some joy after a difficult month. You told me that your stepbrother [[R|Daniel Adebanjo-Williams]] introduced you to an online group run by [[U|Kieran Doyle]] and [[U|Ayo Fashanu]], and that your mother, [[R|Mrs Adebanjo-Williams]], is worried.

We have agreed that you will meet [[U|Ms Rukhsana Begum]] fortnightly and that I will not contact [[R|Daniel]]. If [[U|Mr Doyle]] contacts you again, please tell [[U|Rukhsana]] or call the police.

With kind regards,

[[P|Marcus Thornbury]]
Student Conduct Manager
[[T:EMAIL_ADDRESS|m.thornbury@northmoor-open.ac.uk]]
""",
    },
    {
        "id": "d21-email-nikos",
        "kind": "email",
        "subject": "Nikos Antoniou",
        "subject_aliases": ["nik0s_a"],
        "case_people": ["Gillian Armitage"],
        "tags": ["email_header", "greeting", "signoff", "signature", "same_surname_relative", "word_name"],
        "text": """From: [[S|Nikos Antoniou]] <[[SI:EMAIL_ADDRESS|nik0s_a@fastpost.example]]>
To: [[P|Gillian Armitage]] <[[T:EMAIL_ADDRESS|g.armitage@northmoor-open.ac.uk]]>
Cc: [[R|Andreas Antoniou]] <[[T:EMAIL_ADDRESS|andreas.antoniou@fastpost.example]]>
Subject: About Friday

Hi [[P|Gill]],

Sorry about Friday. I want to explain. My cousin [[R|Andreas]] (cc'd) and I went to a talk by [[U|Dimitris Kallergis]] because Uncle [[R|Stelios Antoniou]] said it was about Cyprus history. It wasn't. When [[U|Dr Bashir]] asked me about it in the seminar I got defensive. [[U|Amelia]] and [[U|Kofi]] were only trying to help.

I'll do the reflection you asked for. My mum ([[R|Mrs Antoniou]]) says hi and sorry too. If it's easier I can come to the office hour on Tuesday with [[U|Amelia]], since she was there for most of it and can say what happened better than me.

Thanks,
[[S|Nikos]]

--
[[S|Nikos Antoniou]]
BA History, Year 1 — student no. [[SI:STUDENT_NUMBER|23114409]]
[[SI:PHONE_NUMBER|07700-900-771]]
""",
    },
    {
        "id": "d21-letter-aziz",
        "kind": "letter",
        "subject": "Abdul Aziz Noori",
        "subject_aliases": [],
        "case_people": ["Rebecca Ashcroft", "Dong Hai"],
        "tags": ["named_house", "split_postcode", "same_surname_relative", "signoff", "title", "three_part_name"],
        "text": """[[R|Mr Gulbuddin Noori]]
[[T:STREET_ADDRESS|Flat 12, Hawthorn House]]
[[T:STREET_ADDRESS|41 Garside Street]]
Bolton
[[T:UK_POSTCODE|BL1 4QT]]

Our reference: [[NEG|CASE-NOU-4471]]

Dear [[R|Mr Noori]],

Your nephew, [[S|Abdul Aziz Noori]]

Thank you for your telephone call to [[P|Mr Dong Hai]] on 3 March. You told [[P|Mr Dong]] that you are [[S|Aziz]]'s guardian in the UK and that his brother [[R|Farid Noori]] remains in Kabul.

Because [[S|Abdul Aziz]] is over eighteen, we cannot discuss his studies or welfare with you without his consent. We have let [[S|Mr Noori]] know that you called. Our Prevent Lead, [[U|Dr Shabnam Hashimi]], has also met [[S|Aziz]].

If you have information that someone such as [[U|Haji Rahmatullah]] is putting him at risk, please call the police on 101 or contact [[U|Ms Bethany Quill]] in our safeguarding team.

Yours sincerely,

[[P|Rebecca Ashcroft]]
Deputy Registrar (Student Casework)
""",
    },
]
