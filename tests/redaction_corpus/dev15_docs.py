# ruff: noqa: E501
"""dev15: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d15-chronology-aoife",
        "kind": "case_chronology",
        "subject": "Aoife Ní Bhriain",
        "subject_aliases": ["Eef"],
        "case_people": ["Rashida Shaikh", "Chidi Eze"],
        "text": """Prevent case chronology
Subject: [[S|Aoife Ní Bhriain]] ([[SI:STUDENT_NUMBER|F2204518]]), BA Criminology, Year 2
Case ref: [[NEG|PRV-26-0113]]   Case lead: [[P|Rashida Shaikh]]

03/02/2026 Personal tutor [[U|Dr Gethin Morgan]] flagged a forum post by [[S|Aoife]] praising a proscribed group. Screenshots saved to the case file. ([[P|R. Shaikh]])
04/02/2026 Rang [[S|Ms Ní Bhriain]] on [[SI:PHONE_NUMBER|07700 900 318]]; voicemail only. Text sent asking her to call back. — [[P|RS]]
06/02/2026 Her mother, [[R|Máire Ní Bhriain]], called the wellbeing line from [[NEG|Galway]]. [[R|Mrs Ní Bhriain]] said "[[S|Eef]]" and her sister [[R|Niamh]] had argued about videos posted by [[T:USERNAME|saoirse_rua]]. ([[U|T. Ó Dónaill]], wellbeing)
09/02/2026 Discussed with Prevent lead [[P|Chidi Eze]]. Not a [[NEG|Channel]] referral at this point; [[P|CE]] asked for a welfare check first. — [[P|RS]]
12/02/2026 [[S|Aoife]] met [[U|Dr Morgan]] and SU adviser [[U|Bríd Keane]]. She said an older student, [[U|Conor Delaney]], had added her to the group chat. [[S|Aoife]]'s aunt [[R|Síle Ní Bhriain]] remains emergency contact ([[T:PHONE_NUMBER|+353 87 555 0142]]). — [[P|RS]]
16/02/2026 [[NEG|Will]] review after reading week with [[U|Grace Adeyemi]] from Disability Services. ([[U|G. Adeyemi]])
""",
    },
    {
        "id": "d15-chronology-mehmet",
        "kind": "case_chronology",
        "subject": "Mehmet Yıldız",
        "subject_aliases": ["Memo"],
        "case_people": ["Helen Ashworth", "Kerem Doğan"],
        "text": """Case chronology: [[S|Mehmet Yıldız]] (DOB [[SI:DATE_OF_BIRTH|22/09/2004]])
Student no. [[SI:STUDENT_NUMBER|FOU-23-55810]]; BSc Computing, [[NEG|Leeds]] study centre

14 Jan 2026 — Module leader [[U|Dr Patience Obi]] reported [[S|Mehmet]] sharing extremist memes in a study group on [[NEG|Discord]]. — [[U|PO]]
15 Jan 2026 — Case opened by [[P|Helen Ashworth]]. VLE logs show logins from [[SI:IP_ADDRESS|198.51.100.74]] at night. — [[P|HA]]
17 Jan 2026 — "[[S|Memo]]", as his friends call him, emailed [[P|Ms Ashworth]] asking why his account was restricted. — [[P|HA]]
20 Jan 2026 — Phone call with his father, [[R|Hüseyin Yıldız]]. [[R|Mr Yıldız]] said [[S|Mehmet]]'s younger brother [[R|Emre]] had seen the same material at home. [[NEG|Patience]] advised; family cooperative. — [[P|HA]]
22 Jan 2026 — Advice sought from chaplain [[P|Kerem Doğan]] and data officer [[U|Şule Kaya]]. [[P|Mr Doğan]] offered a mentoring session. ([[P|K. Doğan]])
27 Jan 2026 — Meeting with [[S|Mehmet Yıldız]], [[P|HA]] and [[U|Dr Obi]]. He named [[U|Çağrı Aslan]] as the person who sent the files; [[U|Çağrı]] is not enrolled with us. No [[NEG|Channel]] referral at this stage. — [[P|HA]]
""",
    },
    {
        "id": "d15-chronology-oleksandr",
        "kind": "case_chronology",
        "subject": "Oleksandr Kovalenko",
        "subject_aliases": ["Sasha"],
        "case_people": ["Bethany Rourke"],
        "text": """Safeguarding chronology – [[S|Oleksandr Kovalenko]] ("[[S|Sasha]]")
Student number [[SI:STUDENT_NUMBER|F2119043]] · Case officer [[P|Bethany Rourke]]

02.03.2026 Flag raised by [[U|Dr Summer Hale]], who noticed [[S|Kovalenko]]'s essay quoting a far-right manifesto at length. [[NEG|Summer]] assessment deadline paused meanwhile. — [[P|BR]]
04.03.2026 [[P|Ms Rourke]] spoke to [[S|Sasha]] by phone. He said the quotes were for a critique and seemed upset. — [[P|BR]]
05.03.2026 Email from [[R|Nataliia Kovalenko]] (mother) at [[T:EMAIL_ADDRESS|n.kovalenko@postbox.example]]. [[R|Mrs Kovalenko]] (NI number: [[T:UK_NINO|JR 48 21 93 B]], given for the consent form) fears his cousin [[R|Dmytro]] is influencing him. ([[U|O. Melnyk]], interpreter)
09.03.2026 Interpreter [[U|Oksana Melnyk]] joined a second call; [[R|Dmytro Kovalenko]] is not one of our students. — [[P|BR]]
11.03.2026 [[U|PC Gareth Hughes]] of the neighbourhood team confirmed no police interest. [[U|PC Hughes]] can be reached on [[T:PHONE_NUMBER|0161 496 0275]]. — [[P|BR]]
13.03.2026 Tutor [[U|Dr Hale]] and [[S|Oleksandr]] agreed a revised essay plan. [[S|Mr Kovalenko]] thanked [[P|Bethany]] for her help. Closure to be signed off by Prevent lead [[U|Jonah Ferris]]. — [[P|BR]]
""",
    },
    {
        "id": "d15-chronology-farhan",
        "kind": "case_chronology",
        "subject": "Farhan Siddiqui",
        "subject_aliases": ["Fazz"],
        "case_people": ["Lorraine Blackwood", "Imran Qureshi"],
        "text": """Chronology of concerns — [[S|Farhan Siddiqui]]
ID [[SI:STUDENT_NUMBER|F2307716]] | NI number: [[SI:UK_NINO|QQ 40 17 83 A]]

19/11/2025 Concern raised by [[U|Mark Ellison]] (IT Security): [[S|Farhan]]'s account searched for explosive recipes. [[NEG|Mark]] as priority. ([[P|L. Blackwood]])
20/11/2025 [[P|Lorraine Blackwood]] reviewed the logs; searches line up with a dissertation on terrorism law. — [[P|LB]]
24/11/2025 [[S|Fazz]] (the name his flatmates use) told tutor [[P|Imran Qureshi]] the searches were research. [[P|Mr Qureshi]] confirmed the topic was approved in [[NEG|October]]. — [[P|IQ]]
26/11/2025 His brother [[R|Adnan Siddiqui]] called, worried that [[S|Farhan]] is isolated. [[R|Adnan]] drives him to placement in a car registered [[T:UK_VEHICLE_REGISTRATION|BD71 XHK]]. — [[P|LB]]
01/12/2025 Note for file: [[R|Dr Nadia Siddiqui]], the practice GP, is no relation. [[R|Dr Siddiqui]] has seen [[S|Mr Siddiqui]] (NHS no. [[SI:UK_NHS|485 777 3456]]) about sleep problems. ([[P|L. Blackwood]])
03/12/2025 [[S|Farhan]]'s mother, [[R|Mrs Siddiqui]], joined a call with [[U|Joy Mwangi]] from Wellbeing. Outcome: no Prevent referral; welfare plan held by [[U|Ms Mwangi]]. — [[P|LB]]
""",
    },
    {
        "id": "d15-chronology-grace",
        "kind": "case_chronology",
        "subject": "Grace Okonkwo",
        "subject_aliases": ["Gracie"],
        "case_people": ["Anthony Briggs"],
        "text": """Case chronology (Prevent) — subject: [[S|Grace Okonkwo]], [[SI:STUDENT_NUMBER|FOU-24-10385]]
Opened by [[P|Anthony Briggs]], Student Safeguarding

07/10/2025 — [[U|Dr Folasade Adebayo-Smith]] reports [[S|Grace]] distressed after a youth group leader, [[U|Will Thornton]], shared videos about "the final battle". The group sang [[NEG|Amazing Grace]] before each video. — [[P|AB]]
09/10/2025 — [[S|Ms Okonkwo]] emailed from [[SI:EMAIL_ADDRESS|grace.okonkwo@student.fenwick.ac.uk]] asking for help leaving the group. — [[P|AB]]
10/10/2025 — Phoned her father [[R|Chukwuemeka Okonkwo]] on [[T:PHONE_NUMBER|07700 900 642]]. [[R|Mr Okonkwo]] said [[S|Gracie]]'s sister [[R|Precious]] left the same group last year. — [[P|A. Briggs]]
14/10/2025 — Call with [[U|Dawn Pickering]] of the council Prevent team. [[U|DP]] advised no [[NEG|Channel]] referral; [[U|Mr Thornton]] is already known to police. ([[P|A. Briggs]])
21/10/2025 — [[S|Grace]] met [[U|Dr Adebayo-Smith]] and chaplain [[U|Rev. Tobias Lund]]. [[NEG|Will]] continue fortnightly check-ins until [[NEG|Christmas]]. — [[P|AB]]
""",
    },
    {
        "id": "d15-chronology-callum",
        "kind": "case_chronology",
        "subject": "Callum McAllister",
        "subject_aliases": ["Cal", "@cal_mca"],
        "case_people": ["Fiona Drummond", "Samuel Osei"],
        "text": """CASE CHRONOLOGY
Subject: [[S|Callum McAllister]] | DOB: [[SI:DATE_OF_BIRTH|3 May 2003]] | Hub: [[NEG|Dundee]]

28 Apr 2026. [[U|Dr Ruaridh Fraser]] forwarded posts from [[SI:SOCIAL_HANDLE|@cal_mca]], an account [[S|Callum]] admits is his, reposting [[T:SOCIAL_HANDLE|@tartan_patriot88]] and linking to [[T:URL|https://t.example/tartanpatriot]]. ([[P|F. Drummond]])
29 Apr 2026. [[P|Fiona Drummond]] reviewed VLE access from [[SI:IP_ADDRESS|2001:db8:7c2e::1a]]. — [[P|FD]]
30 Apr 2026. [[S|Cal]] spoke to [[P|Ms Drummond]] and denied any membership. Says his brother [[R|Ewan]] "just sends him stuff". — [[P|FD]]
02 May 2026. [[R|Morag McAllister]] rang. [[R|Mrs McAllister]] asked that [[R|Ewan McAllister]] not be contacted at work. — [[P|FD]]
05 May 2026. Police liaison [[U|DS Alan Baird]] checked the handle; [[U|DS Baird]] says it is linked to a banned network. [[P|Samuel Osei]] (Prevent lead) agreed a [[NEG|Channel]] referral. — [[P|SO]]
06 May 2026. [[S|McAllister]] informed in person by [[P|Dr Osei]] and [[U|Dr Fraser]]; flatmate [[U|Kirsty Lennox]] present as supporter. — [[P|FD]]
""",
    },
    {
        "id": "d15-email-lan",
        "kind": "email",
        "subject": "Nguyễn Thị Lan",
        "subject_aliases": [],
        "case_people": ["Sarah Whitcombe"],
        "text": """From: [[P|Sarah Whitcombe]] <[[T:EMAIL_ADDRESS|s.whitcombe@fenwick.ac.uk]]>
To: [[S|Nguyễn Thị Lan]] <[[SI:EMAIL_ADDRESS|lan.nguyen@student.fenwick.ac.uk]]>
Cc: [[U|Owen Pryce]] <[[T:EMAIL_ADDRESS|o.pryce@fenwick.ac.uk]]>
Subject: Follow-up from Wednesday

Dear [[S|Lan]],

Thank you for talking with [[U|Owen]] and me yesterday. I know it was hard to describe the messages your brother [[R|Minh]] has been getting from [[U|Trần Quốc Bảo]], and how they have started to reach you too.

As agreed, I have told [[U|Dr Okafor]] that you will miss Thursday's seminar on [[NEG|Victorian Britain]]. Your brother, [[R|Nguyễn Văn Minh]], is welcome to ring me if he wants advice; he does not need to be a student here. If [[U|Bảo]] contacts you again, please screenshot it and forward it to me rather than replying.

I will also check with [[U|Phạm Thu Hà]] in the Vietnamese student society whether others have been approached. [[R|Minh]]'s safety comes first, and so does yours.

Kind regards,
[[P|Sarah]]

--
[[P|Sarah Whitcombe]]
Student Safeguarding Adviser, [[NEG|Fenwick Open University]]
Tel: [[T:PHONE_NUMBER|0113 496 0718]]
[[T:EMAIL_ADDRESS|s.whitcombe@fenwick.ac.uk]]
""",
    },
    {
        "id": "d15-email-bartosz",
        "kind": "email",
        "subject": "Bartosz Wiśniewski",
        "subject_aliases": ["Bartek"],
        "case_people": ["Agnieszka Nowak", "Hywel Jones"],
        "text": """From: [[P|Hywel Jones]] <[[T:EMAIL_ADDRESS|h.jones@fenwick.ac.uk]]>
To: Safeguarding Team <[[NEG|safeguarding@fenwick.ac.uk]]>
Cc: [[P|Agnieszka Nowak]] <[[T:EMAIL_ADDRESS|a.nowak@fenwick.ac.uk]]>
Subject: Concern – [[S|Bartosz Wiśniewski]] ([[SI:STUDENT_NUMBER|F2210937]])

Hi all,

I want to flag a concern about [[S|Bartosz Wiśniewski]], second year, BA History. In Tuesday's online seminar [[S|Bartek]] (as he prefers) defended an attack on a mosque and shared a link in the chat. His flatmate [[U|Kacper Zieliński]] messaged me afterwards to say he is worried too.

[[S|Bartosz]]'s father, [[R|Tomasz Wiśniewski]], emailed me last week from [[T:EMAIL_ADDRESS|t.wisniewski@pocztamail.example]] about fees; [[R|Mr Wiśniewski]] also mentioned that [[S|Bartosz]]'s sister [[R|Zofia]] is anxious about him. Finance ([[U|Bill Cartwright]]) says the fee issue is separate.

[[P|Agnieszka]], could you check whether [[S|Mr Wiśniewski]] has engaged with Student Support this term? [[U|Dr Ruth Abernethy]] may know more.

Thanks,
[[P|Hywel]]

--
[[P|Dr Hywel Jones]]
Lecturer in Modern History
Tel: [[T:PHONE_NUMBER|+44 (0)113 496 0455]]
""",
    },
    {
        "id": "d15-email-hodan",
        "kind": "email",
        "subject": "Hodan Warsame",
        "subject_aliases": ["Hodo"],
        "case_people": ["Ahmed Nur"],
        "text": """From: [[U|Rose Kettering]] <[[T:EMAIL_ADDRESS|r.kettering@fenwick.ac.uk]]>
To: [[R|Faduma Warsame]] <[[T:EMAIL_ADDRESS|faduma.w@inboxly.example]]>
Subject: RE: [[S|Hodan]]

Dear [[R|Mrs Warsame]],

Thank you for your message about [[S|Hodan]] and for the phone call on [[NEG|Monday]]. I understand from you that [[S|Hodo]], as the family call her, has stopped attending lectures since her cousin [[R|Abdirahman Warsame]] returned from abroad.

I have spoken with [[P|Dr Ahmed Nur]], our Prevent lead. [[P|Dr Nur]] suggests that [[S|Hodan]] meets with our faith adviser, [[U|Ustadh Bilal Hersi]], who knows the youth worker you mentioned, [[U|Mr Yusuf Abdi]]. I have not shared [[R|Abdirahman]]'s name outside this small group.

For our records, please confirm [[S|Hodan]]'s mobile is still [[SI:PHONE_NUMBER|07700 900 551]] and her student number [[SI:STUDENT_NUMBER|F2401276]].

Best wishes,
[[U|Rose]]

--
[[U|Rose Kettering]]
Senior Wellbeing Practitioner
[[NEG|Rose Court]], [[NEG|Fenwick Open University]]
Direct line: [[T:PHONE_NUMBER|0113 496 0992]]
""",
    },
    {
        "id": "d15-email-joao",
        "kind": "email",
        "subject": "João Conceição Ferreira",
        "subject_aliases": ["Jota"],
        "case_people": ["Liesel Brandt"],
        "text": """From: [[S|João Conceição Ferreira]] <[[SI:EMAIL_ADDRESS|joao.ferreira@student.fenwick.ac.uk]]>
To: [[P|Dr Liesel Brandt]] <[[T:EMAIL_ADDRESS|l.brandt@fenwick.ac.uk]]>
Cc: [[R|Maria da Conceição Ferreira]] <[[T:EMAIL_ADDRESS|mcferreira@correio.example]]>
Subject: Missed tutorials and the group chat

Hi [[P|Dr Brandt]],

Sorry for missing the last two tutorials. My father [[R|Rui]] was in hospital in [[NEG|Porto]] and I flew back. While I was there a man called [[U|Tiago Mendes]] kept messaging me on Telegram ([[T:USERNAME|tmendes_pt]]) with videos that frightened me. I think he got my number from [[U|Inês Carvalho]], who was in my first-year group.

I told [[U|Dr Simões]] at the [[NEG|Lisbon]] clinic and she said I should tell the university. My mother, [[R|Maria da Conceição Ferreira]], is copied in because she wants to help. [[R|Sra. Ferreira]] speaks good English.

Can I meet you or [[U|Gabriel Osorio]] from Student Support this week?

Thanks,
[[S|João]] ([[S|Jota]] to friends)

--
[[S|João Conceição Ferreira]]
BSc Psychology, student no. [[SI:STUDENT_NUMBER|F2301158]]
Mob: [[SI:PHONE_NUMBER|+44 7700 900233]]
""",
    },
    {
        "id": "d15-email-rhys",
        "kind": "email",
        "subject": "Rhys Pritchard",
        "subject_aliases": [],
        "case_people": ["Gwen Howells", "Marcus Appiah"],
        "text": """From: [[P|Gwen Howells]] <[[T:EMAIL_ADDRESS|g.howells@fenwick.ac.uk]]>
To: [[P|Marcus Appiah]] <[[T:EMAIL_ADDRESS|m.appiah@fenwick.ac.uk]]>
Subject: FW: Worried about [[S|Rhys]]

[[P|Marcus]] — see below from [[S|Rhys Pritchard]]'s mother. Can we talk [[NEG|Friday]]? [[P|GH]]

---------- Forwarded message ----------
From: [[R|Eirlys Pritchard]] <[[T:EMAIL_ADDRESS|eirlys.pritchard@cymrumail.example]]>
Date: 12 March 2026 21:14
To: [[P|Gwen Howells]] <[[T:EMAIL_ADDRESS|g.howells@fenwick.ac.uk]]>
Subject: Worried about [[S|Rhys]]

Dear [[P|Ms Howells]],

I am [[S|Rhys]]'s mam. Since Christmas he has spent every night online with a man he calls "[[U|Sarge]]" and a lad from [[NEG|Aberystwyth]], [[U|Iolo Bevan]]. His dad, [[R|Gareth Pritchard]], found leaflets in his room. His taid, old [[R|Mr Pritchard]], says we are fussing. [[S|Rhys]]'s sister [[R|Nia]] is frightened of him now.

We live at:
[[T:STREET_ADDRESS|Bryn Awel, Heol y Felin]]
Llanfihangel
[[T:UK_POSTCODE|SY23 9QX]]

Please ring me on [[T:PHONE_NUMBER|01970 496 112]]. [[U|Dr Meirion Price]] gave me your name.

Diolch,
[[R|Eirlys Pritchard]]
""",
    },
    {
        "id": "d15-email-wei",
        "kind": "email",
        "subject": "Zhang Wei",
        "subject_aliases": ["张伟", "David"],
        "case_people": ["Joy Fairbanks"],
        "text": """From: [[P|Joy Fairbanks]] <[[T:EMAIL_ADDRESS|j.fairbanks@fenwick.ac.uk]]>
To: [[U|Kofi Boateng]] <[[T:EMAIL_ADDRESS|k.boateng@fenwick.ac.uk]]>
Cc: [[U|Li Na]] <[[T:EMAIL_ADDRESS|li.na@fenwick.ac.uk]]>
Subject: [[S|Zhang Wei]] – international student welfare

Hi [[U|Kofi]],

Quick summary after my call with [[S|Zhang Wei]] ([[S|张伟]]; he uses "[[S|David]]" in class). [[S|Wei]] says a contact on WeChat, [[T:USERNAME|chen_xm_1990]], who calls himself [[U|Chen Xiaoming]], has been pressuring him to photograph other students at protests. [[S|Mr Zhang]] is frightened for his father, [[R|Zhang Jianguo]], back in [[NEG|Chengdu]].

His cousin [[R|Zhang Min]] studies in [[NEG|Manchester]] and had a similar approach. [[R|Min]] has already spoken to her own university. This looks more like state pressure than radicalisation, so not a [[NEG|Prevent]] case as such, but [[U|Li Na]] thinks we should log it.

[[S|Wei]]'s student number is [[SI:STUDENT_NUMBER|F2388410]]; please add a note to his record.

Thanks,
[[P|Joy]]

--
[[P|Joy Fairbanks]] | International Student Adviser
[[T:PHONE_NUMBER|+44 113 496 0623]]
""",
    },
    {
        "id": "d15-tutor-thomas",
        "kind": "tutor_report",
        "subject": "Thomas Hargreaves",
        "subject_aliases": ["Tom"],
        "case_people": ["Adaeze Nwosu", "Lewis Achebe"],
        "text": """PERSONAL TUTOR CONCERN FORM
Student: [[S|Thomas Hargreaves]] ("[[S|Tom]]")   Student ID: [[SI:STUDENT_NUMBER|F2215530]]
Programme: BSc Sport Science   Personal tutor: [[P|Dr Adaeze Nwosu]]
Date: 18 February 2026

Summary of concern
Over the past month [[S|Tom]] has posted in the module forum about "defending the nation" and linked to a channel run by [[T:USERNAME|ironoak_88]]. In a one-to-one he said his uncle [[R|Philip Hargreaves]] "tells it like it is". [[S|Hargreaves]]'s attendance has fallen to 40%.

Family and contacts
His mother, [[R|Mrs Hargreaves]], phoned the department on 12 February and asked that contact go through her. [[S|Tom]]'s sister [[R|Hope]] is at sixth form near the [[NEG|Hope Valley]]. Flatmate [[U|Kieran Doyle]] says [[S|Thomas]] no longer eats with the others.

Actions
Discussed with module leader [[U|Dr Carmen Vidal]] and referred to Prevent lead [[P|Mr L. Achebe]]. [[P|LA]] to decide on next steps by Friday. I will see [[S|Tom]] again on 25 February; [[U|Rachel Stott]] from the Students' Union has offered to attend.

Signed: [[P|A. Nwosu]]   Countersigned: [[P|L. Achebe]]
""",
    },
    {
        "id": "d15-tutor-ioana",
        "kind": "tutor_report",
        "subject": "Ioana Popescu",
        "subject_aliases": [],
        "case_people": ["Sunny Okoro", "Marianne Cole"],
        "text": """Progress report — Spring term
Student: [[S|Ioana Popescu]] ([[SI:STUDENT_NUMBER|F2109864]])   Personal tutor: [[P|Dr Sunny Okoro]]
Programme: MA International Relations

Academic progress
[[S|Ioana]]'s essays remain strong and her dissertation proposal on border policy was approved by [[U|Prof. Hugh Lattimer]]. She missed one seminar in [[NEG|March]].

Welfare / Prevent note
In our tutorial on 3 March, [[S|Ioana]] told me that her brother [[R|Andrei Popescu]] has joined an online nationalist group run from [[NEG|Bucharest]] by a man named [[U|Mihai Dumitrescu-Rusu]]. She is not sympathetic herself but is worried [[R|Andrei]] will stay with her in [[NEG|April]]. Her father, [[R|Mr Popescu]], has asked her to "keep him out of trouble", and her mother [[R|Elena]] wants the university kept out of it.

[[S|Ms Popescu]] agreed that I share this with safeguarding officer [[P|Marianne Cole]]. [[P|MC]] will contact her this week. With [[S|Ioana]]'s consent I have also informed module tutor [[U|Dr Radu Ionescu]], who teaches her on Security Studies.

Signed: [[P|S. Okoro]]
""",
    },
    {
        "id": "d15-tutor-kenji",
        "kind": "tutor_report",
        "subject": "Kenji Watanabe",
        "subject_aliases": ["渡辺健二", "kuro_kenji"],
        "case_people": ["Oliver Strand"],
        "text": """Personal tutor note — [[S|Kenji Watanabe]] ([[S|渡辺健二]])
Recorded by [[P|Mr Oliver Strand]], 9 January 2026
Student no: [[SI:STUDENT_NUMBER|F2277301]]   DOB: [[SI:DATE_OF_BIRTH|14/08/2005]]

[[S|Kenji]] joined our check-in on Teams. Classmate [[U|Rosa Bellini]] had told me he was posting on a misogynist forum as [[SI:USERNAME|kuro_kenji]], replying mostly to a user called [[T:USERNAME|Kuroneko]]. He admitted this and said he felt lonely since moving from [[NEG|Osaka]].

His mother, [[R|Mrs Watanabe]], does not speak English; his older brother [[R|Haruki Watanabe]] works in [[NEG|London]] and is his UK contact ([[T:PHONE_NUMBER|020 7946 0381]]). [[R|Haruki]] has offered to visit at weekends.

I raised the matter with the Prevent lead, [[U|Dr Bronwen Tate]], who suggested peer mentoring with [[U|Yuna Sato]] rather than a referral. [[S|Watanabe]] agreed. [[U|Ms Sato]] and I will meet him on 16 January. [[U|Rosa]] has been thanked and told nothing further.

Signed: [[P|O. Strand]]
""",
    },
    {
        "id": "d15-tutor-tendai",
        "kind": "tutor_report",
        "subject": "Tendai Moyo",
        "subject_aliases": ["TK"],
        "case_people": ["Thandiwe Dlamini", "Pieter Botha"],
        "text": """Concern form — Academic Skills
Student: [[S|Tendai Moyo]] (prefers "[[S|TK]]")   Student ID: [[SI:STUDENT_NUMBER|FOU-22-70114]]
Completed by: [[P|Thandiwe Dlamini]], Academic Skills Tutor

What happened
In a recorded webinar on 4 November [[S|Tendai]] spoke approvingly of a "defence militia" promoted on a page run by his uncle, [[R|Blessing Moyo]] ([[T:URL|https://facebook.example/blessing.moyo.voice]]). Two students, [[U|Chloe Marsh]] and [[U|Farai Chikore]], messaged me afterwards.

Background
[[S|TK]] lives with his grandmother, [[R|Mrs Moyo]], in [[NEG|Wolverhampton]]. His cousin [[R|Tatenda]] shares his laptop, so some activity may not be his. [[S|Mr Moyo]] says he attends the [[NEG|Faith]] Centre on Sundays and is keen to keep studying.

Action taken
Shared with Prevent lead [[P|Dr Pieter Botha]]; [[P|PB]] wants a welfare conversation before anything else. [[U|Dr Chipo Nyathi]] (programme lead) informed. I will ask [[R|Mrs Moyo]] to call me if [[S|Tendai]] agrees.

Signed: [[P|T. Dlamini]]
""",
    },
    {
        "id": "d15-support-amira",
        "kind": "support_log",
        "subject": "Amira al-Hashimi",
        "subject_aliases": [],
        "case_people": ["Kirsty Lamb", "Oluwaseun Bankole"],
        "text": """Student Support Log — [[S|Amira al-Hashimi]] ([[SI:STUDENT_NUMBER|F2330217]])
Adviser: [[P|Kirsty Lamb]]

12/01/2026 [[S|Amira]] rang in tears. Her brother [[R|Yusuf]] keeps sending her talks by a preacher calling himself "[[U|Abu Harith]]". She wants advice, not a report. — [[P|KL]]
14/01/2026 Called back on [[SI:PHONE_NUMBER|07700 900 784]]. [[S|Amira]]'s father, [[R|Khalid al-Hashimi]], is working in [[NEG|Amman]]; she does not want him told yet. — [[P|KL]]
19/01/2026 Consulted Prevent lead [[P|Dr Oluwaseun Bankole]]. Low risk for [[S|Ms al-Hashimi]]; concern is mainly [[R|Yusuf al-Hashimi]], who is not a student. [[P|Dr Bankole]] will speak to the police Prevent officer, [[U|PC Leanne Royle]]. — [[P|K. Lamb]]
22/01/2026 [[S|Amira]]'s mother, [[R|Mrs al-Hashimi]], emailed from [[T:EMAIL_ADDRESS|umyusuf.h@webpost.example]] asking for counselling support for her daughter. — [[P|KL]]
27/01/2026 First session with counsellor [[U|Salma Haddad]]. [[S|Amira]] says [[R|Yusuf]] has blocked her since she challenged him. Next session 3 Feb. — [[U|SH]]
""",
    },
    {
        "id": "d15-support-wanjiru",
        "kind": "support_log",
        "subject": "Wanjiru Kamau",
        "subject_aliases": ["Wanji"],
        "case_people": ["Joseph Ochieng"],
        "text": """Wellbeing log: [[S|Wanjiru Kamau]] — student number [[SI:STUDENT_NUMBER|FOU-21-33468]]

03 Feb — Referred by tutor [[U|Faith Achieng]]. [[S|Wanjiru]] ("[[S|Wanji]]") says an Instagram account, [[T:SOCIAL_HANDLE|@truth_seeker_ke]], has been sending her anti-government material and asking her to recruit others. — [[P|J. Ochieng]]
05 Feb — Phone check-in. Her sister [[R|Njeri Kamau]] is with her this week. Offered the [[NEG|Faith]] and Belief chaplaincy; declined for now. — [[P|JO]]
09 Feb — Clarified with IT that [[R|Dr Peter Kamau]] (Engineering) is no relation; [[R|Dr Kamau]] was copied in error on an earlier email. — [[P|JO]]
11 Feb — [[S|Ms Kamau]] forwarded screenshots. The account holder signs as "[[U|Brother Otieno]]". Passed to Prevent coordinator [[U|Esther Wambui]]. — [[P|JO]]
16 Feb — [[S|Wanjiru]]'s father, [[R|Mr Kamau]], called from [[NEG|Nairobi]] on [[T:PHONE_NUMBER|+254 712 555 093]]. Reassured him; [[R|Njeri]] now screens messages for her. — [[U|E. Wambui]]
18 Feb — Review with [[U|Ms Achieng]]: attending again, good engagement. — [[P|JO]]
""",
    },
    {
        "id": "d15-support-sunita",
        "kind": "support_log",
        "subject": "Sunita Chauhan",
        "subject_aliases": ["Sunny"],
        "case_people": ["Dawn Frazer"],
        "text": """Student support notes — [[S|Sunita Chauhan]] ([[S|Sunny]])
Student no. [[SI:STUDENT_NUMBER|F2250641]]   NHS no. [[SI:UK_NHS|943 476 5920]]
Adviser: [[P|Dawn Frazer]], Student Support

Mon 2 Mar — [[S|Sunny]] booked an appointment after a heated argument with her brother [[R|Dev]] about posts he shares from [[U|Vikram Rathore]]'s channel. She felt threatened. — [[P|DF]]
Wed 4 Mar — Spoke to [[S|Sunita]] again. She is staying at the [[NEG|Sunny Side]] hostel. Her father, [[R|Rajesh Chauhan]], wants her home. — [[P|Dawn F.]]
Fri 6 Mar — Discussed with [[U|Dr Mark Heywood]] (Prevent lead). [[NEG|Mark]] the file as restricted. [[U|Dr Heywood]] to contact the local authority Prevent team, [[U|Asha Bains]]. — [[P|DF]]
Tue 10 Mar — [[R|Mrs Chauhan]] called asking for her daughter's address; not given. [[R|Dev Chauhan]] later left a voicemail from [[T:PHONE_NUMBER|07700 900 417]]. — [[P|DF]]
Thu 12 Mar — [[S|Ms Chauhan]] met [[U|Ms Bains]] with me. Safety plan agreed; housing officer [[U|Gareth Lloyd-Evans]] involved. — [[P|DF]]
""",
    },
    {
        "id": "d15-support-eleni",
        "kind": "support_log",
        "subject": "Eleni Papadopoulou",
        "subject_aliases": ["Lena"],
        "case_people": ["Hannah Greaves", "Nikos Andreou"],
        "text": """Support log: [[S|Eleni Papadopoulou]] ([[SI:STUDENT_NUMBER|F2193322]])
Case worker: [[P|Hannah Greaves]]

20.01.2026 — [[S|Eleni]] disclosed that a former partner, [[P|Nikos Andreou]], has been sending her extremist material and threats. [[P|Andreou]] is not a student. — [[P|HG]]
21.01.2026 — [[S|Lena]] (the name she uses on the VLE) shared that [[P|Nikos]] logged into her account; logins from [[T:IP_ADDRESS|203.0.113.86]]. He also knows her NI number, [[SI:UK_NINO|BG 52 07 39 C]]. Password reset done. — [[P|HG]]
23.01.2026 — Her mother, [[R|Katerina Papadopoulou]], rang from [[NEG|Thessaloniki]]. [[R|Mrs Papadopoulou]] asked us to speak with [[S|Eleni]]'s sister [[R|Sofia]] in [[NEG|Reading]]. — [[P|H. Greaves]]
26.01.2026 — Call with [[R|Sofia Papadopoulou]] ([[T:PHONE_NUMBER|0118 496 0357]]). She will stay with [[S|Ms Papadopoulou]] this week. — [[P|HG]]
28.01.2026 — [[S|Eleni]] spoke to [[U|Fr. Dimitrios Georgiou]] from her parish; he and [[U|DC Amy Stroud]] both advised reporting to police. — [[P|HG]]
30.01.2026 — Crime reference [[NEG|CR/4471/26]] recorded. — [[U|A. Stroud]]
""",
    },
    {
        "id": "d15-chat-ahmad",
        "kind": "chat_export",
        "subject": "Ahmad Rahimi",
        "subject_aliases": ["ahmo", "@ahmo_kbl"],
        "case_people": ["Paul Hollis"],
        "text": """WhatsApp chat: "[[NEG|Law 2B Study Group]]" — exported 14/02/2026
[12/02/2026, 21:03] [[S|Ahmad Rahimi]]: anyone got the notes from [[U|sohail]]'s lecture
[12/02/2026, 21:05] [[U|Sohail Karimi]]: lol it's [[P|Dr Hollis]]'s lecture not mine
[12/02/2026, 21:06] [[R|Zarghuna Rahimi]]: [[S|ahmo]] stop posting those videos in here pls
[12/02/2026, 21:07] [[S|Ahmad Rahimi]]: theyre just the truth [[R|zari]]
[12/02/2026, 21:09] [[U|Beth Calloway]]: @[[S|Ahmad Rahimi]] not cool, the mods can see this
[12/02/2026, 21:10] [[U|Sohail Karimi]]: tell [[R|farid]] to stop adding him to that telegram thing
[12/02/2026, 21:12] [[R|Zarghuna Rahimi]]: [[R|farid]] is his cousin not mine to control
[12/02/2026, 21:14] [[S|Ahmad Rahimi]]: @[[U|beth]] it's a free country
[12/02/2026, 21:15] [[U|Beth Calloway]]: reporting to [[P|dr hollis]] tbh
[12/02/2026, 21:20] [[U|Nasrin Haidari]]: guys calm down. [[S|ahmad]] msg me on [[T:PHONE_NUMBER|07700 900126]]
[12/02/2026, 21:22] [[S|Ahmad Rahimi]]: fine. my telegram is [[SI:SOCIAL_HANDLE|@ahmo_kbl]] if anyone actually wants to talk
[13/02/2026, 09:01] [[P|Dr Paul Hollis]]: Morning all. Please keep this group for coursework only. [[S|Ahmad]], could you email me at [[T:EMAIL_ADDRESS|p.hollis@fenwick.ac.uk]] today? [[R|Zarghuna]], thank you.
[13/02/2026, 09:04] [[R|Zarghuna Rahimi]]: ok sir
""",
    },
    {
        "id": "d15-chat-jessica",
        "kind": "chat_export",
        "subject": "Jessica Whitfield",
        "subject_aliases": ["Jess", "jess"],
        "case_people": ["Marcus Ng"],
        "text": """Microsoft Teams — chat export
Conversation: Year 1 Nursing peer group
Participants: [[S|Jessica Whitfield]], [[U|Precious Nwachukwu]], [[U|Dawn Hartley]], [[U|Owain Griffiths]]

[09:14] [[U|Precious Nwachukwu]]: has anyone heard from [[S|jess]] since tuesday?
[09:15] [[U|Owain Griffiths]]: nope. her brother [[R|liam]] posted something grim last night
[09:16] [[U|Dawn Hartley]]: the "cleansing" one? yeah. @[[S|Jessica Whitfield]] you ok?
[09:20] [[S|Jessica Whitfield]]: im fine. [[R|liam]] is [[R|liam]]. mum ([[R|mrs whitfield]] to you lot) has already had words
[09:22] [[U|Precious Nwachukwu]]: ok but [[S|jess]] your account shared it
[09:23] [[S|Jessica Whitfield]]: didnt mean to. [[R|Liam Whitfield]] was logged in on my phone
[09:25] [[U|Owain Griffiths]]: his handle is [[T:SOCIAL_HANDLE|@lw_patriot_1488]] right? [[T:URL|https://x.example/lw_patriot_1488/status/55102]] someone should report it
[09:26] [[U|Dawn Hartley]]: tell [[P|dr ng]]? or @[[P|Marcus Ng]] directly
[09:30] [[P|Marcus Ng]]: I've seen this. [[S|Jessica]], please call me on [[T:PHONE_NUMBER|0113 496 0874]] today. Nobody else repost it please.
[09:31] [[U|Owain Griffiths]]: [[NEG|Will]] do
[09:31] [[S|Jessica Whitfield]]: ok sorry everyone
[09:33] [[U|Dawn Hartley]]: not your fault hun x
""",
    },
    {
        "id": "d15-chat-rojda",
        "kind": "chat_export",
        "subject": "Rojda Baran",
        "subject_aliases": ["rojda.baran"],
        "case_people": ["Ceren Aksoy"],
        "text": """VLE live-session chat log — [[NEG|SOC204]] tutorial room, week 6
Session host: [[P|Dr Ceren Aksoy]]

[14:02] [[SI:USERNAME|rojda.baran]]: hi everyone sorry im late
[14:02] [[P|Dr Ceren Aksoy]]: Welcome [[S|Rojda]]. We're on the week 6 reading.
[14:04] [[T:USERNAME|dilan_k]]: [[S|rojda]] did [[R|serhat]] send you the link
[14:05] [[SI:USERNAME|rojda.baran]]: yeah my brother sends me everything lol
[14:06] [[U|Tom Ashby]]: what link
[14:07] [[T:USERNAME|dilan_k]]: [[R|serhat baran]]'s channel. its about going to fight
[14:08] [[P|Dr Ceren Aksoy]]: [[U|Dilan]], please don't share that here.
[14:09] [[SI:USERNAME|rojda.baran]]: im not going anywhere, i told [[R|Serhat]] that already
[14:10] [[U|Tom Ashby]]: @[[SI:USERNAME|rojda.baran]] is your dad [[R|Mr Baran]] from the shop in [[NEG|Dalston]]?
[14:11] [[SI:USERNAME|rojda.baran]]: yes why
[14:12] [[U|Tom Ashby]]: nvm
[14:15] [[P|Dr Ceren Aksoy]]: [[S|Rojda]], please stay on after the session. I'll also invite [[U|Hêvî Zana]] from Student Support.
[14:16] System: [[SI:USERNAME|rojda.baran]] (student [[SI:STUDENT_NUMBER|F2317725]]) connected from [[SI:IP_ADDRESS|192.0.2.57]]
[14:16] System: [[U|Hêvî Zana]] joined the session
""",
    },
    {
        "id": "d15-chat-lucia",
        "kind": "chat_export",
        "subject": "Lucía Fernández Ortega",
        "subject_aliases": ["Lu", "lucia_fo"],
        "case_people": ["Giorgio Lombardi"],
        "text": """WhatsApp group "[[NEG|Spanish Soc]] 🇪🇸" — export
[03/04/26, 22:41] [[S|Lucía]]: chicos my sister [[R|carmen]] says [[R|pablo]] has gone to some camp in the mountains??
[03/04/26, 22:43] [[U|Nuria]] 🌻: wait your brother [[R|pablo]]? the one with the flags?
[03/04/26, 22:44] [[S|Lucía]]: yes [[R|Pablo Fernández Ortega]], the idiot one
[03/04/26, 22:45] [[P|Gio]]: [[S|lu]] want me to ask [[U|marco]]? he knows the guy who runs it
[03/04/26, 22:46] [[S|Lucía]]: who
[03/04/26, 22:47] [[P|Gio]]: [[U|Íñigo Salazar]]. insta [[T:SOCIAL_HANDLE|@inigo.reconquista]]
[03/04/26, 22:49] [[R|Carmen FO]]: hola soy [[R|Carmen]], [[S|Lucía]] added me. mamá is crying, [[R|Pablo]] won't answer
[03/04/26, 22:50] [[U|Nuria]] 🌻: omg. [[S|lu]] tell [[U|dr hart]] tomorrow, she's nice
[03/04/26, 22:52] [[S|Lucía]]: ok. [[P|gio]] can you come with me
[03/04/26, 22:53] [[P|Gio]]: yes. my number is [[T:PHONE_NUMBER|+44 7700 900 905]] if the group dies
[04/04/26, 08:10] [[P|Giorgio Lombardi]] changed his name to "[[P|Gio L]]"
[04/04/26, 08:12] [[S|Lucía]]: [[U|Dr Imogen Hart]] says email her from my [[SI:USERNAME|lucia_fo]] account
""",
    },
    {
        "id": "d15-minutes-marco",
        "kind": "meeting_minutes",
        "subject": "Marco De Luca",
        "subject_aliases": [],
        "case_people": ["Bernadette Quigley", "Femi Adeyinka"],
        "text": """Prevent Case Review — Minutes
Date: 21 January 2026, 10:00 (Teams)
Present: [[P|Bernadette Quigley]] (Chair, Head of Safeguarding); [[P|Dr Femi Adeyinka]] (Prevent Lead); [[U|Dr Alessandra Conti]] (Personal Tutor); [[U|Rosalind Chua]] (Disability Adviser)
Apologies: [[U|Will Okafor]] (IT Security)
Minutes: [[U|Jamie Strickland]]

1. Background
[[P|BQ]] summarised the concern about [[S|Marco De Luca]] ([[SI:STUDENT_NUMBER|F2140083]]). [[U|Dr Conti]] reported that [[S|Marco]] has posted material praising an armed group in the politics forum. [[S|Mr De Luca]] told her it was "satire".

2. Family contact
[[S|Marco]]'s sister, [[R|Giulia De Luca]], emailed on 15 January from [[NEG|Milan]] saying he has cut contact. Their father, [[R|Mr De Luca]], is listed as emergency contact ([[T:PHONE_NUMBER|+39 02 5550 1784]]). [[R|Giulia]] asked that her message stay confidential.

3. Actions
- [[P|FA]] to call the student by Friday.
- [[U|AC]] to meet [[S|Marco]] at his next tutorial and offer support.
- [[P|BQ]] to write to [[R|Mr De Luca]] only if [[S|Marco]] consents.
- [[U|RC]] to review his reasonable adjustments.
[[NEG|Will]] revisit on 4 February.
""",
    },
    {
        "id": "d15-minutes-ffion",
        "kind": "meeting_minutes",
        "subject": "Ffion Llywelyn",
        "subject_aliases": [],
        "case_people": ["Carwyn Jenkins", "Kamal Haddad"],
        "text": """Student Concern Panel — minutes of meeting held 9 October 2025
Attendees: [[P|Dr Carwyn Jenkins]] (chair); [[U|Bethan Rees-Owen]] (Wellbeing); [[U|Sgt Lowri Vaughan]] ([[NEG|Dyfed-Powys Police]]); [[P|Kamal Haddad]] (Prevent coordinator)
Apologies: [[U|Prof. Grace Whitlock]]
Minutes: [[U|Siân Parry]]

Item 1 — [[S|Ffion Llywelyn]], BA Welsh and Celtic Studies ([[SI:STUDENT_NUMBER|F2028870]])
[[U|Sgt Vaughan]] reported that a car registered to [[S|Ffion]]'s father, [[R|Dafydd Llywelyn]] ([[T:UK_VEHICLE_REGISTRATION|CP19 WNX]]), was seen near a holiday let attacked with graffiti linked to a militant group. [[S|Ms Llywelyn]] was not identified at the scene. [[U|Bethan]] noted that [[S|Ffion]] has been withdrawn since her sister [[R|Cerys]] moved out. [[R|Mrs Llywelyn]] phoned Wellbeing last week.

[[P|Mr Haddad]] felt the threshold for a Prevent referral is not met. Panel agreed.

Actions
- [[P|CJ]] to write to [[S|Ffion]] offering a meeting.
- [[U|BRO]] to phone [[R|Mrs Llywelyn]] back.
- [[P|KH]] to keep the record open for 3 months.
""",
    },
    {
        "id": "d15-minutes-kwabena",
        "kind": "meeting_minutes",
        "subject": "Kwabena Asante",
        "subject_aliases": ["Kobby"],
        "case_people": ["Harriet Molyneux"],
        "text": """Minutes — Safeguarding Case Conference
Date: 2 June 2026, Room 3.12 and online
Attendees:
[[P|Harriet Molyneux]], Deputy Safeguarding Lead (chair)
[[R|Dr Yaw Asante]], Programme Leader, Engineering
[[U|Ifeoma Chukwu]], Student Casework Officer
[[U|DS Neil Whitcroft]], Counter Terrorism Policing
Apologies: [[U|Mr Tariq Shah]] (Accommodation)
Minutes: [[U|Ellen Brightwell]]

Declarations: [[R|Dr Asante]] confirmed he shares a surname with the student but is no relation.

1. [[S|Kwabena Asante]] ([[SI:STUDENT_NUMBER|FOU-25-00917]]), known as "[[S|Kobby]]". [[U|DS Whitcroft]] said [[S|Kwabena]]'s phone ([[SI:PHONE_NUMBER|07700 900 360]]) was in contact with a man under investigation, [[U|Kenneth Loader]]. [[S|Mr Asante]] is not a suspect.
2. His sister [[R|Akosua Asante]] had raised concerns with [[U|Ms Chukwu]] in May. [[R|Akosua]] believes [[S|Kobby]] met [[U|Loader]] at a gym.
3. Actions: [[P|HM]] to meet [[S|Kwabena]] with [[U|IC]]; [[U|DS Whitcroft]] to share only what is lawful; [[U|EB]] to circulate minutes to attendees only.
""",
    },
    {
        "id": "d15-minutes-priya",
        "kind": "meeting_minutes",
        "subject": "Priya Venkataraman",
        "subject_aliases": ["Pri"],
        "case_people": ["Duncan Ferrier", "Olamide Akande"],
        "text": """Meeting notes: Fitness to Study / Prevent liaison
Thursday 12 February 2026
Present: [[P|Duncan Ferrier]] (Head of Student Support, chair), [[P|Dr Olamide Akande]] (Prevent Lead), [[U|Faith Merriweather]] (Mental Health Adviser), [[U|Rory Callaghan]] (Personal Tutor)
Apologies: [[U|Dr Huang Li]]
Minutes: [[U|Noor Abbasi]]

[[P|DF]] opened the meeting. The subject is [[S|Priya Venkataraman]] ([[SI:STUDENT_NUMBER|F2265519]]), BSc Pharmacology. [[U|Mr Callaghan]] reported that [[S|Priya]] submitted an assignment quoting extensively from an eco-extremist text. [[U|Faith]] noted [[S|Pri]] is struggling with her health and has lost [[NEG|faith]] in her course.

[[S|Ms Venkataraman]]'s mother, [[R|Mrs Venkataraman]], has emailed twice. [[S|Priya]]'s brother [[R|Arjun]] studies at another university and sent her the text. Her grandmother [[R|Lakshmi Venkataraman]] is her UK guardian.

[[P|Dr Akande]] advised a support-first approach; no [[NEG|Channel]] referral.

Actions
[[U|RC]] to meet the student; [[U|FM]] to offer a wellbeing plan; [[P|OA]] to brief [[U|Dr Huang]] on return.
""",
    },
    {
        "id": "d15-incident-hamza",
        "kind": "incident_report",
        "subject": "Hamza bin Rashid",
        "subject_aliases": [],
        "case_people": ["Joanne Pickles", "Ravi Menon"],
        "text": """INCIDENT REPORT — Student Conduct / Prevent
Ref: [[NEG|INC-2026-0311]]   Date/time: 11 March 2026, 19:40
Location: car park, [[NEG|Bradford]] Learning Centre (residential study weekend)
Reported by: [[P|Joanne Pickles]], Events Officer
Subject: [[S|Hamza bin Rashid]] ([[SI:STUDENT_NUMBER|F2312094]]), DOB [[SI:DATE_OF_BIRTH|02/11/2002]]

Description
Security officer [[P|Ravi Menon]] saw [[S|Hamza]] handing out leaflets for a banned organisation from a silver Vauxhall, registration [[T:UK_VEHICLE_REGISTRATION|YS68 TRN]], driven by his brother [[R|Imran bin Rashid]]. [[R|Imran]] at first refused to give his name, then produced a passport, number [[T:UK_PASSPORT|533801246]], DOB [[T:DATE_OF_BIRTH|17/06/1998]]. [[P|Mr Menon]] asked both men to leave; [[S|Mr bin Rashid]] complied.

Witnesses: [[U|Chloé Martin]] (student); [[U|Kwame Ofori]] (catering staff).
Police: [[U|PC Daniel Whitby]] and [[U|Sgt Ayesha Malik]] attended at 20:05. [[U|PC Whitby]] seized the leaflets. [[R|Mr bin Rashid]], the driver, was spoken to at the car.
Network: [[S|Hamza]]'s laptop was on the guest Wi-Fi as [[SI:IP_ADDRESS|203.0.113.19]]; a phone registered to [[R|Imran]] as [[T:IP_ADDRESS|2001:db8:aa1::4c]].

Signed: [[P|J. Pickles]]   Verified: [[P|RM]]
""",
    },
    {
        "id": "d15-incident-declan",
        "kind": "incident_report",
        "subject": "Declan Byrne",
        "subject_aliases": ["Dec"],
        "case_people": ["Graham Tolland", "Órla Ní Chonaill"],
        "text": """Incident report form — exam centre
Centre: [[NEG|Belfast]] (Queen's Quarter hub)   Date: 14 January 2026
Reporting officer: [[P|Graham Tolland]], Centre Manager

At 11:20 candidate [[S|Declan Byrne]] ([[SI:STUDENT_NUMBER|FOU-23-48812]]) shouted sectarian threats at invigilator [[P|Órla Ní Chonaill]] and tore up his paper. [[P|Ms Ní Chonaill]] pressed the alarm. Another candidate, [[U|Precious Adjei]], and invigilator [[U|Seán Ó Laoire]] witnessed it.

[[S|Dec]] (as his brother called him) left the hall and got into a blue Ford, registration [[T:UK_VEHICLE_REGISTRATION|LKZ 4827]], driven by his brother [[R|Ciarán Byrne]]. [[U|PC Ruth Ashdown]] and [[U|PC Tomás Quinn]] stopped the car on [[NEG|Botanic Avenue]]. [[U|PC Ashdown]] took statements.

At 15:00 [[R|Siobhán Byrne]], the mother, phoned to apologise. [[R|Mrs Byrne]] said [[S|Declan]] had been reading posts from [[T:SOCIAL_HANDLE|@ulster_awake]] for months. [[R|Ciarán]] gave a contact number, [[T:PHONE_NUMBER|028 9649 6031]].

Follow-up: [[P|GT]] to send to the Prevent lead, [[U|Dr Nkechi Obasi]]; [[P|ÓNC]] offered staff counselling.
Signed: [[P|G. Tolland]]
""",
    },
    {
        "id": "d15-incident-sipho",
        "kind": "incident_report",
        "subject": "Sipho Ndlovu",
        "subject_aliases": ["s.ndlovu7"],
        "case_people": ["Megan Halliday"],
        "text": """IT SECURITY INCIDENT REPORT
Category: extremist content uploaded to shared storage
Reported by: [[P|Megan Halliday]], Security Analyst   Ticket: [[NEG|SEC-88213]]
Account: [[SI:USERNAME|s.ndlovu7]] ([[S|Sipho Ndlovu]], [[SI:STUDENT_NUMBER|F2208845]])

Summary
On 6 May 2026 four files glorifying a mass shooting were uploaded to the group drive for [[NEG|ENG210]] from [[SI:USERNAME|s.ndlovu7]]. Sessions came from [[T:IP_ADDRESS|198.51.100.23]] and [[T:IP_ADDRESS|2001:db8:3b::19]].

Interviews
[[S|Sipho]] says his cousin [[R|Themba Ndlovu]] used his laptop over the weekend. [[R|Themba]] is not a student; his e-mail is [[T:EMAIL_ADDRESS|themba.nd@mailbox.example]]. Flatmate [[U|Lerato Mokoena]] confirmed [[R|Themba]] stayed at the flat. [[S|Mr Ndlovu]]'s sister, [[R|Nomsa Ndlovu]], sent a screenshot showing [[S|Sipho]] was at her house in [[NEG|Durban Road]] at the time. His mother, [[R|Mrs Ndlovu]], called twice.

Module leader [[U|Dr Johan Pretorius]] removed the files. [[U|DC Hugh Brannigan]] was informed and asked us to keep the logs.

Actions
[[P|MH]] to preserve logs; [[U|Dr Pretorius]] to meet [[S|Sipho]] with [[U|Lindiwe Khumalo]] (SU adviser).
""",
    },
    {
        "id": "d15-incident-pieter",
        "kind": "incident_report",
        "subject": "Pieter van der Berg",
        "subject_aliases": ["Piet"],
        "case_people": ["Bill Hanrahan", "Moira Kerr"],
        "text": """Security incident report — [[NEG|Summer School]], [[NEG|Durham]] residential
Date: 22 July 2026   Time: 23:15
Reporting officer: [[P|Bill Hanrahan]], Night Security

Description: Student [[S|Pieter van der Berg]] ([[SI:STUDENT_NUMBER|F2290174]]) was found spraying racist symbols on the [[NEG|Hope Building]]. When challenged, [[S|Piet]] said his brother [[R|Joost]] had "told him to make a statement". [[P|Mr Hanrahan]] called police.

Police: [[P|Sgt Moira Kerr]] and [[U|PC Jaswinder Gill]]. [[P|Sgt Kerr]] recorded crime number [[NEG|DH/22071/26]]. [[U|PC Gill]] photographed the wall.

Witnesses: [[U|Summer Oduya]] (student ambassador); [[U|Tadeusz Grabowski]] (porter).

Vehicle: at 00:40 [[S|Pieter]]'s mother, [[R|Anneke van der Berg]], arrived in a grey Skoda, [[T:UK_VEHICLE_REGISTRATION|WR70 PLD]], with [[R|Mr van der Berg]]. She showed her driving licence, [[T:UK_DRIVING_LICENCE|VANDE757224AM9XK]]. [[R|Joost van der Berg]] was not present.

Other: the student's phone was seen posting to a forum from [[SI:IP_ADDRESS|203.0.113.140]] earlier that evening, per [[U|Dr Ellie Fontaine]] (IT).

Signed: [[P|W. Hanrahan]]   Received: summer school manager [[U|K. Ross]]
""",
    },
    {
        "id": "d15-letter-hope",
        "kind": "letter",
        "subject": "Hope Atkinson",
        "subject_aliases": [],
        "case_people": ["Wilfred Ames"],
        "text": """[[NEG|Fenwick Open University]] · Student Conduct Office
[[NEG|Kirkgate House]], [[NEG|Leeds]] [[NEG|LS2 1QT]]

[[S|Ms Hope Atkinson]]
[[SI:STREET_ADDRESS|Rose Cottage]]
[[SI:STREET_ADDRESS|Mill Lane]]
Little Haddon
[[SI:UK_POSTCODE|NR14 7QB]]

19 March 2026

Dear [[S|Hope]],

Student number: [[SI:STUDENT_NUMBER|F2120467]]

I am writing after our telephone conversation on 17 March. As you know, your tutor [[U|Dr Imogen Fairlie]] raised concerns about messages in your module forum supporting violence against asylum seekers. You told me the account was shared with your brother, [[R|Will]], and that your mother, [[R|Dawn Atkinson]], had already spoken to him.

[[NEG|Will]] you please attend a support meeting on 26 March at 2pm on Teams? [[U|Mr Kofi Amankwah]], our Prevent coordinator, and [[U|Rachel Ibbotson]] from Student Support will join me. You may bring a friend or family member; [[R|Mrs Atkinson]] is welcome.

This is not a disciplinary process. If you need to rearrange, please contact [[U|Lucy Fenn]] on [[T:PHONE_NUMBER|0113 496 0140]].

Yours sincerely,

[[P|Dr Wilfred Ames]]
Head of Student Conduct

cc: [[U|Dr I. Fairlie]]
""",
    },
    {
        "id": "d15-letter-karwan",
        "kind": "letter",
        "subject": "Karwan Mahmoud",
        "subject_aliases": [],
        "case_people": ["Claire Penhaligon", "Aram Ahmed"],
        "text": """PRIVATE AND CONFIDENTIAL

[[S|Mr Karwan Mahmoud]]
[[SI:STREET_ADDRESS|Flat 3, 27 Albion Street]]
Hull
[[SI:UK_POSTCODE|HU1 3TG]]

4 November 2025

Dear [[S|Mr Mahmoud]],

Re: support following your disclosure (ref. [[NEG|SS/2025/1187]])

Thank you for meeting [[P|Dr Aram Ahmed]] and me on 30 October. You explained that a man known to you as "[[U|Kak Rebaz]]" had been asking you to raise money for a fighting group, and that your sister [[R|Shilan Mahmoud]] had warned you about him. You also said your father, [[R|Mr Mahmoud]], does not yet know.

We are grateful that you came forward. [[P|Dr Ahmed]] will remain your contact for Kurdish-language support. With your agreement, I have shared the name [[U|Rebaz Qadir]] and his number, [[T:PHONE_NUMBER|07700 900 813]], with [[U|DS Fiona Tait]] of Counter Terrorism Policing. [[R|Shilan]] may also be contacted as a witness.

Your bank details (sort code [[SI:UK_SORT_CODE|40-17-62]], account [[SI:UK_BANK_ACCOUNT|71930448]]) were given to him, and you sent £900 to an account abroad, IBAN [[T:IBAN_CODE|TR33 0006 1005 1978 6457 8413 26]]. Please speak to your bank.

Yours sincerely,

[[P|Claire Penhaligon]]
Safeguarding Manager
cc [[P|Dr A. Ahmed]]; [[U|Hêro Aziz]], Students' Union
""",
    },
    {
        "id": "d15-letter-yuki",
        "kind": "letter",
        "subject": "Yuki Tanaka",
        "subject_aliases": ["田中由紀"],
        "case_people": ["Imogen Patel"],
        "text": """[[S|Miss Yuki Tanaka]]
[[SI:STREET_ADDRESS|Ground Floor Flat, 9 Harcourt Road]]
Sheffield
[[SI:UK_POSTCODE|S10 1DJ]]

Our ref: [[NEG|WB-26-0442]]
2 February 2026

Dear [[S|Yuki]],

Following your visit to the wellbeing team with your friend [[U|Mei Ling Ong]], I am writing to confirm what we agreed.

You told [[U|Mr Callum Reid]] and me that your younger brother [[R|Haruto]] has been contacted online by a group promoting violence, and that a message to him from [[T:EMAIL_ADDRESS|shinsekai.kai@freemail.example]] mentioned you by name ([[S|田中由紀]]). Your father, [[R|Tanaka Hiroshi]], has reported this in [[NEG|Osaka]]. Your mother, [[R|Mrs Tanaka]], hopes to visit in [[NEG|April]].

We have agreed that [[P|Dr Patel]] will see you every two weeks, and that [[U|Mr Reid]] will flag your file so that staff use only your university e-mail. If you receive anything further, please forward it to me, or to [[U|Nasra Elmi]] out of hours on [[T:PHONE_NUMBER|0114 496 0188]].

With best wishes,

[[P|Dr Imogen Patel]]
Senior Wellbeing Adviser
""",
    },
    {
        "id": "d15-letter-anna-maria",
        "kind": "letter",
        "subject": "Anna-Maria Kowalczyk",
        "subject_aliases": ["Ania"],
        "case_people": ["Tobias Renshaw"],
        "text": """Students' Union Advice Centre
[[NEG|Fenwick Open University]]

[[U|Dr Sarah-Jane Oduya]]
Prevent Lead
[[NEG|Ferry House]], Ferry Road
[[NEG|Bristol]]
[[NEG|BS1 6ZZ]]

11 May 2026

Dear [[U|Dr Oduya]],

Re: [[S|Anna-Maria Kowalczyk]], student number [[SI:STUDENT_NUMBER|F2255901]], DOB [[SI:DATE_OF_BIRTH|09/07/2004]]

I act as adviser to [[S|Ms Kowalczyk]]. She has asked me to write about your letter of 2 May. [[S|Ania]], as she is known, was named in a report by a neighbour, [[U|Mr Gerald Thwaite]], after her brother [[R|Piotr Kowalczyk]] hung a banner from their window at:

[[SI:STREET_ADDRESS|14 Garnet Terrace]]
[[SI:UK_POSTCODE|BS5 9HW]]

[[S|Anna-Maria]] had no part in it. Her father, [[R|Mr Kowalczyk]], removed the banner the same day, and her sister [[R|Zuzanna]] can confirm this. [[R|Piotr]] has since moved out.

I would ask that the referral be withdrawn and that [[S|Ania]]'s record say so. [[P|Tobias Renshaw]] from our team will attend any meeting.

Yours sincerely,

[[U|Marta Sobczak]]
Student Adviser, SU Advice Centre
[[T:EMAIL_ADDRESS|m.sobczak@su.fenwick.ac.uk]]
""",
    },
]
