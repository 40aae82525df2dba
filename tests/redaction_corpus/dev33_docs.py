# ruff: noqa: E501
"""dev33: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ tutor_report
    {
        "id": "d33-tutor-001",
        "kind": "tutor_report",
        "subject": "Ciarán Ó Dónaill",
        "subject_aliases": ["Ciarán", "Ciaro"],
        "case_people": ["Fiona MacLeod", "Gareth Pryce-Jones"],
        "text": """PERSONAL TUTOR CONCERN FORM – [[NEG|Calderbrook Online University]]
Student: [[S|Ciarán Ó Dónaill]]   Student no.: [[SI:STUDENT_NUMBER|CB-2207-4419]]
Module: [[NEG|HIS2043 Modern Ireland]]   Tutor: [[P|Dr F. MacLeod]]

During the [[NEG|Week 6]] live seminar [[S|Ciarán]] shared his screen and a tab was visible showing a channel run by a user called [[T:USERNAME|eire_firinne88]]. Another student, [[U|Nkechi Obi]], messaged me privately afterwards; [[U|Nkechi]] said [[S|Ciaro]] (his nickname in the study group) had been posting links to that channel in the cohort chat.

I phoned [[S|Mr Ó Dónaill]] on [[SI:PHONE_NUMBER|07700 900318]]. His brother [[R|Pádraig Ó Dónaill]] answered first and said [[S|Ciarán]]'s mother, [[R|Mrs Ó Dónaill]], has been unwell. [[S|Ciarán]] was calm and said the channel was "just history memes".

I discussed this with [[P|Gareth]] (Safeguarding Lead) and copied [[P|GPJ]] into the notes. [[U|Dr Wen Jiahui]], the module lead, is aware. [[R|Pádraig]] asked to be kept informed; I declined. No referral at this stage; review in [[NEG|Week 9]].

Signed: [[P|F. MacLeod]]
Countersigned: [[P|G. Pryce-Jones]]""",
    },
    {
        "id": "d33-tutor-002",
        "kind": "tutor_report",
        "subject": "Wiktoria Zielińska",
        "subject_aliases": ["Wiki"],
        "case_people": ["Hamish Dunbar", "Agata Zielińska"],
        "text": """PROGRESS REPORT – [[NEG|Term 2]]
Student: [[S|Wiktoria Zielińska]] ([[S|Wiki]])   ID: [[SI:STUDENT_NUMBER|22918407]]
Personal tutor: [[P|Mr H. Dunbar]]

[[S|Wiktoria]] has submitted three of five assignments. Her sister [[R|Agata]] e-mailed from [[T:EMAIL_ADDRESS|agata.z@pocztamail.example]] to ask for an extension on her behalf; I explained we need to hear from [[S|Ms Zielińska]] herself. A two-week [[NEG|grace]] period was agreed once [[S|Wiki]] called in.

On 3 March the VLE flagged logins to [[S|Wiktoria]]'s account from [[T:IP_ADDRESS|198.51.100.72]], which is not her usual address; [[U|Bilal Chaudhry]] from IT Security thinks it is [[R|Agata Zielińska]]'s laptop. [[S|Wiki]] confirmed that [[R|Mrs Zielińska]], her mother, sometimes uses it too.

Referred to [[U|Grace Whitfield]] (study skills) for time-management support. [[U|Grace]] will ring [[U|Bilal]] about the login review on [[T:PHONE_NUMBER|01632 960 441]].

No Prevent concern identified in this period. [[P|Hamish]] to review at the end of term.

Signed: [[P|H. Dunbar]] ([[P|HD]])""",
    },
    {
        "id": "d33-tutor-003",
        "kind": "tutor_report",
        "subject": "Tendai Moyo",
        "subject_aliases": ["Tee"],
        "case_people": ["Blessing Moyo", "Siobhan Kerr"],
        "text": """TUTOR CONCERN NOTE
Subject: [[S|Tendai Moyo]]   DOB: [[SI:DATE_OF_BIRTH|09/11/2003]]
Reporting tutor: [[R|Dr Blessing Moyo]] (no relation – noted for clarity)

In the [[NEG|SOC1120]] forum [[S|Tendai]] replied to a classmate, [[U|Precious Sibanda]], with a link to [[T:URL|https://t.me/iron_shield_uk]] and wrote that "time is too [[NEG|precious]] to wait for politics". [[U|Precious]] reported it to me the same evening. I have known [[S|Tee]] since induction and this is out of character.

[[S|Mr Moyo]] told me during our call that his sister [[R|Rutendo]] had shared it with him; [[R|Rutendo Moyo]] follows the same account as [[T:SOCIAL_HANDLE|@rutie.m]]. An uncle, [[R|Farai Moyo]], is his emergency contact on [[T:PHONE_NUMBER|0121 496 0378]].

Discussed with [[P|Ms Kerr]] on 14 February. [[P|SK]] advised a welfare conversation rather than referral. [[U|Prof. Munro]] has removed the post and [[U|Lwazi Dube]], the peer mentor, will check in with [[S|Tendai]].

Signed: [[R|B. Moyo]]
Reviewed: [[P|Siobhan]] ([[P|S. Kerr]]), Safeguarding""",
    },
    {
        "id": "d33-tutor-004",
        "kind": "tutor_report",
        "subject": "Nguyễn Thị Hạnh",
        "subject_aliases": ["Hạnh", "Hannah"],
        "case_people": ["Owain Rhys-Evans", "Nguyễn Văn Khoa"],
        "text": """PERSONAL TUTOR NOTE — meeting 21/01
Student: [[S|Nguyễn Thị Hạnh]] (prefers "[[S|Hannah]]")   [[SI:EMAIL_ADDRESS|h.nguyen4471@student.calderbrook.ac.uk]]
Tutor: [[P|Dr O. Rhys-Evans]]

[[S|Hạnh]] asked to meet after [[U|Kenji Watanabe]] told her a group on the module Discord was sharing extremist videos. She had taken screenshots; the poster's account showed connections from [[T:IP_ADDRESS|2001:db8:4a1c::17]]. [[S|Ms Nguyễn]] was anxious that her brother, [[R|Khoa]], would be told; [[R|Nguyễn Văn Khoa]] is her guarantor and his number ([[T:PHONE_NUMBER|+44 7700 900 562]]) is on file. I confirmed we would not contact [[R|Mr Nguyễn]] without her agreement.

She finds little [[NEG|joy]] in the course at present. [[U|Joy Mensah-Bonsu]] from Wellbeing has offered an appointment, and I have passed [[U|Kenji]]'s screenshots to [[U|Ayesha Siddiqui]] for review.

Actions: [[P|ORE]] to follow up in a fortnight; [[U|JMB]] to confirm appointment; [[U|Ms Siddiqui]] to report back to [[P|Owain]].

Signed: [[P|Owain R-E]]""",
    },
    {
        "id": "d33-tutor-005",
        "kind": "tutor_report",
        "subject": "Callum Ashworth",
        "subject_aliases": ["Cal"],
        "case_people": ["Dawn Okafor", "Mark Ashworth"],
        "text": """PROGRESS REPORT (Prevent-relevant) – [[NEG|BSc Criminology]], Year 2
Student: [[S|Callum Ashworth]]   Student number: [[SI:STUDENT_NUMBER|CB-2119-0653]]
Prepared by: [[P|Mrs D. Okafor]], personal tutor

[[S|Callum]]'s essay for [[NEG|CRM2210]] earned a pass [[NEG|mark]] but quoted a manifesto without critique. When asked, [[S|Cal]] said his dad, [[R|Mark]], had given him the pamphlet. I spoke to [[R|Mr Ashworth]] on [[T:PHONE_NUMBER|(01632) 960718]]; he said it came from a stall in town and he had not read it.

Attendance dropped after early [[NEG|dawn]] shifts at a warehouse began. His sister [[R|Rose]] messaged the tutor inbox from [[T:EMAIL_ADDRESS|rose.ashworth@mailbox.example]] to say he is sleeping badly. [[U|Sunny Bhatt]], a peer mentor, has stayed in touch with him.

I have logged the concern with [[U|Hugh Fairbairn]]; [[U|HF]] agreed no referral. I will meet [[S|Mr Ashworth]] again on 4 April and ask whether [[R|Rose Ashworth]] can join as support.

Signed: [[P|Dawn]] ([[P|D. Okafor]])""",
    },
    # ------------------------------------------------------------------ support_log
    {
        "id": "d33-support-001",
        "kind": "support_log",
        "subject": "Amina Warsame",
        "subject_aliases": ["Ami"],
        "case_people": ["Lowri Pritchard", "Hodan Warsame"],
        "text": """STUDENT SUPPORT LOG — [[S|Amina Warsame]] ([[SI:STUDENT_NUMBER|23301958]])

02/10  [[S|Amina]] rang the wellbeing line from [[SI:PHONE_NUMBER|07700 900 127]]. Upset after her brother [[R|Abdirahman]] was stopped at the airport. Offered listening appointment. — [[P|LP]]

05/10  Listening appointment. [[S|Ami]] said [[R|Mrs Warsame]] wants her to pause study. No Prevent indicators. Shared the [[NEG|Student Hardship Fund]] link. — [[P|Lowri]]

09/10  Call from [[R|Hodan]] (mother) on [[T:PHONE_NUMBER|0161 496 0733]] asking for [[S|Amina]]'s grades. Declined; no consent on file. — [[U|KA]]

12/10  [[U|Kwabena Asante]] and [[P|Ms Pritchard]] discussed the case. [[R|Abdirahman Warsame]] had posted about the airport stop as [[T:SOCIAL_HANDLE|@abdi_w_official]]; posts reviewed, political but lawful. Nothing for the Prevent lead. — [[U|K. Asante]]

16/10  [[S|Ms Warsame]] attended study skills with [[U|Eilidh Grant]]. Cheerful, on track. — [[U|E. Grant]]

20/10  Closed on this log; reopen if contact from family resumes. — [[P|L. Pritchard]]""",
    },
    {
        "id": "d33-support-002",
        "kind": "support_log",
        "subject": "Dmytro Kovalenko",
        "subject_aliases": ["Dima"],
        "case_people": ["Bronwen Hughes", "Yusuf Demir"],
        "text": """WELLBEING & SUPPORT ENTRIES
Student: [[S|Dmytro Kovalenko]]   Passport (on file): [[SI:UK_PASSPORT|533829164]]

14 Jan 2025 — [[S|Dima]] asked about hardship funding. Bank details taken for payment: sort code [[SI:UK_SORT_CODE|30-96-41]], account [[SI:UK_BANK_ACCOUNT|70254183]]. — [[P|BH]]

17 Jan 2025 — Tutor raised that [[S|Dmytro]] forwarded a video from a militia channel to his group. He says his cousin [[R|Taras]] sent it from the front and he wanted others to see the reality. — [[P|Y. Demir]]

20 Jan 2025 — Spoke with [[S|Mr Kovalenko]]. His mother, [[R|Olena Kovalenko]], is in Kharkiv; [[R|Taras Kovalenko]] can be reached on [[T:PHONE_NUMBER|+380 67 555 0192]]. No ideological concern; trauma support offered. — [[P|Bronwen]]

22 Jan 2025 — Referred to [[U|Hope Adebayo]]. We [[NEG|hope]] he takes it up. Note: [[R|Iryna Kovalenko]] on the same module is no relation. — [[P|YD]]

28 Jan 2025 — [[U|Hope]] confirms first session held; [[P|Mr Demir]] informed. — [[P|B. Hughes]]""",
    },
    {
        "id": "d33-support-003",
        "kind": "support_log",
        "subject": "Chen Xiaoyu",
        "subject_aliases": ["Xiaoyu", "Sophie"],
        "case_people": ["Tadhg Ó Súilleabháin", "Priya Raghunathan"],
        "text": """SUPPORT LOG: [[S|Chen Xiaoyu]] ([[S|Sophie]]) — student no. [[SI:STUDENT_NUMBER|CB-2304-1187]]

Mon 3 Feb. [[S|Xiaoyu]] emailed to say her flatmate [[U|Marek Wiśniewski]] had accused her of spying for "the party". She is frightened. Called her back on [[SI:PHONE_NUMBER|07700900846]]. — [[P|T. Ó Súilleabháin]]

Wed 5 Feb. [[U|Marek]] wrote to the support inbox from [[T:EMAIL_ADDRESS|marek.wisniewski@studentpost.example]] repeating the claim and naming her father, [[R|Chen Jianguo]]. No evidence of anything other than a falling-out. — [[P|PR]]

Thu 6 Feb. [[S|Ms Chen]] says [[R|Mr Chen]] works for a textiles firm and her cousin [[R|Chen Hao]] is visiting next month. Advised on the accommodation complaints route. — [[P|Tadhg]]

Mon 10 Feb. Case discussed with [[P|Dr Raghunathan]]: this is harassment directed at [[S|Sophie]], not a Prevent matter. [[U|Marek]]'s comments passed to the conduct team ([[U|Imogen Tait]]). — [[P|Priya R.]]

Fri 14 Feb. [[S|Chen Xiaoyu]] moved rooms. [[U|Ms Tait]] to update. Follow-up at end of month. — [[P|TÓS]]""",
    },
    {
        "id": "d33-support-004",
        "kind": "support_log",
        "subject": "Ahmad Karimi",
        "subject_aliases": ["Ahmad Jan"],
        "case_people": ["Rhiannon Ellis", "Mohammad Karimi"],
        "text": """SUPPORT & WELLBEING LOG
[[S|Ahmad Karimi]] · NI number: [[SI:UK_NINO|BG 71 44 09 A]] · DOB [[SI:DATE_OF_BIRTH|2002-06-30]]

11.03 – [[S|Ahmad]] disclosed that his uncle [[R|Mohammad Karimi]] is pressuring him to leave his course and join a relative's business. Not a Prevent issue; family pressure. – [[P|RE]]

13.03 – [[S|Mr Karimi]] asked us not to post letters to [[R|Mohammad]]'s house at [[T:STREET_ADDRESS|27 Alder Grove, Luton]]. Correspondence address updated. – [[P|Rhi]]

18.03 – Chaplain [[U|Faith Nyambura]] met [[S|Ahmad Jan]] (family name for him). He spoke about his [[NEG|faith]] and about his sister [[R|Farzana]], who is still in Herat. – [[U|MRL]]

19.03 – [[U|Maria do Rosário Lopes]] passed on a call from [[R|Mr Karimi]] (uncle), [[T:PHONE_NUMBER|01582 496 017]], who was angry. Call ended politely. – [[U|M. R. Lopes]]

25.03 – [[P|Ms Ellis]] reviewed; no further action. [[U|Faith]] to continue pastoral sessions with [[S|Ahmad]]. – [[P|R. Ellis]]""",
    },
    {
        "id": "d33-support-005",
        "kind": "support_log",
        "subject": "Adaeze Okonkwo",
        "subject_aliases": ["Ada", "Daze"],
        "case_people": ["Callum Fraser", "Obinna Okonkwo"],
        "text": """WELLBEING LOG — [[S|Adaeze Okonkwo]] (known as [[S|Ada]])

2 May — [[S|Ada]] reported that someone had messaged her from [[T:SOCIAL_HANDLE|@truthnorth_77]] urging her to "wake up" and join a chat. Blocked and reported. — [[P|CF]]

6 May — Brother [[R|Obinna]] rang, worried. [[R|Obi]] says he saw a car ([[T:UK_VEHICLE_REGISTRATION|KX21 RVN]]) parked outside their mum [[R|Chinwe Okonkwo]]'s flat twice. Advised police if it recurs. — [[U|Z. Çelik]]

9 May — Met [[S|Ms Okonkwo]]; calm. Platform logs show the account used [[T:IP_ADDRESS|203.0.113.54]]. Passed to [[U|Patience Dlamini]] in digital safety, who asked for [[NEG|patience]] while the platform responds. — [[P|Callum]]

13 May — [[P|Mr Fraser]] confirmed the platform suspended the account. [[R|Mrs Okonkwo]] thanked us by e-mail. [[U|Patience]] closed her ticket. — [[U|ZÇ]]

20 May — [[S|Daze]] says she feels safe; [[R|Obinna Okonkwo]] has stopped calling. [[U|Zeynep Çelik]] to send a closing letter. Closed. — [[P|C. Fraser]]""",
    },
    # ------------------------------------------------------------------ chat_export
    {
        "id": "d33-chat-001",
        "kind": "chat_export",
        "subject": "Rhys Llewellyn",
        "subject_aliases": ["rhysy"],
        "case_people": ["Megan Parry", "Samir Haddad"],
        "text": """Microsoft Teams – [[NEG|PSY1001]] study group – exported 07/03
Members: [[P|Megan Parry]] (Tutor), [[SI:USERNAME|rhys.llewellyn]], [[T:USERNAME|ioana.popescu]], [[T:USERNAME|jtierney2]]
[19:02] [[P|Megan Parry]] (Tutor): evening all, reminder the [[NEG|TMA02]] deadline is Friday
[19:04] [[U|Ioana Popescu]]: thanks [[P|meg]] 👍
[19:05] [[S|Rhys Llewellyn]]: anyone seen this [[T:URL|https://bitchute.example/v/kr88x]] its mad
[19:05] [[U|Jack Tierney]]: [[S|rhysy]] what is that
[19:07] [[S|Rhys Llewellyn]]: my sister [[R|cerys]] sent it, some bloke talking about "replacement"
[19:08] [[U|Ioana Popescu]]: not ok in here tbh
[19:09] [[P|Megan Parry]] (Tutor): @[[P|Samir Haddad]] can you take a look pls
[19:15] [[P|Samir Haddad]]: removed. [[S|Rhys]], can you message me directly? [[P|sam]] from student support
[19:16] [[S|Rhys Llewellyn]]: ok sorry didnt think. [[R|Cerys Llewellyn]] just shares everything, and my dad [[R|gwyn]] backs her up
[19:17] [[U|Jack Tierney]]: @[[U|ioana]] shall we move on to q3
[19:18] [[U|Ioana Popescu]]: yes [[U|jack]]
[19:20] [[P|Megan Parry]] (Tutor): yes please. [[P|MP]] logging this for [[P|Mr Haddad]]""",
    },
    {
        "id": "d33-chat-002",
        "kind": "chat_export",
        "subject": "Zanele Khumalo",
        "subject_aliases": ["Zee", "zee"],
        "case_people": ["Thandiwe Ndlovu", "Oisín Byrne"],
        "text": """WhatsApp chat export – "[[NEG|CRM study buddies]]" – 12/04/2025
12/04/2025, 21:10 - [[P|Thandi Ndlovu]]: who's doing the [[NEG|summer]] resit
12/04/2025, 21:11 - [[S|Zee K]]: me prob 😩
12/04/2025, 21:11 - [[T:PHONE_NUMBER|+44 7700 900431]]: same. [[U|summer]] here btw new number
12/04/2025, 21:12 - [[P|Thandi Ndlovu]]: saved you as [[U|Summer Clarke]] 👍
12/04/2025, 21:13 - [[P|Oisín B]]: welcome [[U|summer]]
12/04/2025, 21:15 - [[S|Zee K]]: my cousin [[R|sipho]] added me to a group called [[NEG|Iron Veld]], they keep posting flags and stuff
12/04/2025, 21:16 - [[U|Hassan Al-Rashid]]: [[S|zee]] that sounds dodgy, leave it
12/04/2025, 21:17 - [[S|Zee K]]: auntie [[R|nomsa]] says its harmless. [[R|Sipho Khumalo]] is her son so ofc she does
12/04/2025, 21:19 - [[P|Thandi Ndlovu]]: @[[P|osh]] should we tell [[U|ms okeke]]?
12/04/2025, 21:20 - [[P|Oisín B]]: yeah [[P|thandi]] I'll email her. [[S|zanele]] ok with that?
12/04/2025, 21:22 - [[S|Zee K]]: fine. his handle is [[T:SOCIAL_HANDLE|@sipho_kh_za]] if she needs it. dont tell [[R|Mrs Khumalo]] pls
12/04/2025, 21:23 - [[U|Hassan Al-Rashid]]: gn all""",
    },
    {
        "id": "d33-chat-003",
        "kind": "chat_export",
        "subject": "Mehmet Yıldız",
        "subject_aliases": ["Memo"],
        "case_people": ["Şule Aksoy", "Graham Whitelaw"],
        "text": """VLE live-chat log — [[NEG|POL2205 Politics of Migration]], session 8
Participants: [[P|G.Whitelaw]] (moderator), [[SI:USERNAME|m.yildiz22]], [[T:USERNAME|cagla.d]], [[T:USERNAME|bokoro_ou]], [[T:USERNAME|h.tanaka7]]

14:03 [[P|G.Whitelaw]]: Today: border policy in Turkey and the EU.
14:05 [[SI:USERNAME|m.yildiz22]]: my brother [[R|emre]] says the EU wants to "replace" us lol
14:06 [[T:USERNAME|cagla.d]]: [[S|memo]] that's a conspiracy theory
14:06 [[T:USERNAME|bokoro_ou]]: @[[T:USERNAME|cagla.d]] agreed
14:08 [[SI:USERNAME|m.yildiz22]]: not my words, [[R|Emre Yıldız]] posts that stuff, I just repeat
14:09 [[P|G.Whitelaw]]: [[S|Mehmet]], let's unpick where that phrase comes from. [[U|Hiroshi]], any thoughts?
14:10 [[T:USERNAME|h.tanaka7]]: it's from a French novel iirc
14:14 [[P|G.Whitelaw]]: good. I'll ask [[P|Dr Aksoy]] to join next week.
14:20 [[SI:USERNAME|m.yildiz22]]: [[P|şule]] hoca? she knows my dad [[R|Kemal]]

Moderator note ([[P|GW]]): flagged to [[P|Ş. Aksoy]]. [[S|Mr Yıldız]] engaged well after challenge. [[U|Çağla Demirtaş]] and [[U|Ben Okoro]] handled it maturely; [[U|Hiroshi Tanaka]] too. No referral.""",
    },
    {
        "id": "d33-chat-004",
        "kind": "chat_export",
        "subject": "Harpreet Kaur Sandhu",
        "subject_aliases": ["Preet", "harps"],
        "case_people": ["Rory McAllister", "Noor Al-Hashimi"],
        "text": """Teams chat – [[P|McAllister, Rory]] / [[P|Al-Hashimi, Noor]] – 18 Nov
[[P|McAllister, Rory]] 10:12: morning [[P|noor]], quick one re [[S|Harpreet Sandhu]] ([[SI:STUDENT_NUMBER|CB-2210-5532]])
[[P|Al-Hashimi, Noor]] 10:13: go on
[[P|McAllister, Rory]] 10:15: her brother [[R|Jas]] turned up at the [[NEG|Milton Keynes]] study centre, shouting at reception. [[U|bill]] on security got his car reg, [[T:UK_VEHICLE_REGISTRATION|MA68 KDU]]
[[P|Al-Hashimi, Noor]] 10:16: is that [[R|Jaspal Sandhu]]? he emailed from [[T:EMAIL_ADDRESS|jaspal.sandhu@fastmail.example]] last month
[[P|McAllister, Rory]] 10:17: yes. [[U|Bill Thorne]] says he was angry about [[S|Preet]] dating someone, nothing ideological
[[P|Al-Hashimi, Noor]] 10:19: ok so family concern not Prevent. has [[S|harps]] been told?
[[P|McAllister, Rory]] 10:20: not yet. [[U|kofi]] is her tutor, I'll loop him in
[[P|Al-Hashimi, Noor]] 10:22: pls also log the [[NEG|bill]] for the broken door 🙄 and note [[R|Mrs Sandhu]] rang too
[[P|McAllister, Rory]] 10:23: will do. [[P|RMc]]
[[P|Al-Hashimi, Noor]] 10:30: thanks [[P|rory]]. cc [[U|Kofi Owusu]] and [[U|Mr Thorne]] when you write it up""",
    },
    {
        "id": "d33-chat-005",
        "kind": "chat_export",
        "subject": "Wanjiru Kamau",
        "subject_aliases": ["Wanji", "wanji"],
        "case_people": ["Daisy Pemberton", "Hamza Latif"],
        "text": """WhatsApp – "[[NEG|Nursing Soc committee]]" – exported by [[P|D. Pemberton]]
[03/06/2025, 08:41] [[P|Daisy 🌼]]: has anyone heard from [[S|wanji]]?
[03/06/2025, 08:43] [[U|Lorenzo Bianchi]]: she posted on insta last night [[SI:URL|https://instagram.example/p/Cx9qTw]]
[03/06/2025, 08:44] [[P|Hamza L]]: saw it. reposting stuff from [[T:SOCIAL_HANDLE|@purewake_uk]], that's a nasty account
[03/06/2025, 08:45] [[U|Kyoko Sato]]: her brother [[R|njoroge]] follows them too
[03/06/2025, 08:47] [[P|Daisy 🌼]]: ok I'll tell [[U|dr feeney]]
[03/06/2025, 08:48] [[P|Hamza L]]: @[[P|daisy]] maybe ring [[R|mrs kamau]] first? number is [[T:PHONE_NUMBER|07700 900 954]]
[03/06/2025, 08:50] [[U|Lorenzo Bianchi]]: nah go via uni, [[U|enzo]] speaking from experience
[03/06/2025, 08:52] [[P|Daisy 🌼]]: fair. [[P|hamza]] can you screenshot
[03/06/2025, 08:55] [[P|Hamza L]]: done, sent to [[U|Dr Feeney]] at [[T:EMAIL_ADDRESS|c.feeney@calderbrook.ac.uk]]
[03/06/2025, 09:02] [[S|Wanjiru Kamau]]: guys I can see this chat 😬 took it down. [[R|Njoroge Kamau]] told me it was a charity page
[03/06/2025, 09:03] [[U|Kyoko Sato]]: ❤️ ok [[S|Wanji]]""",
    },
    # ------------------------------------------------------------------ email
    {
        "id": "d33-email-001",
        "kind": "email",
        "subject": "Nikos Papadopoulos",
        "subject_aliases": ["Nick"],
        "case_people": ["Kirsty Menzies", "Giorgos Papadopoulos"],
        "text": """From: [[P|Menzies, Kirsty]] <[[T:EMAIL_ADDRESS|k.menzies@calderbrook.ac.uk]]>
To: [[U|Abdullahi Farah]] <[[T:EMAIL_ADDRESS|a.h.farah@calderbrook.ac.uk]]>
Cc: [[U|Victoria Ashby-Clarke]] <[[T:EMAIL_ADDRESS|v.ashby-clarke@calderbrook.ac.uk]]>
Subject: [[S|N. Papadopoulos]] – concern from father

Dear [[U|Abdullahi]],

Yesterday I had a call from [[R|Mr Papadopoulos]], father of [[S|Nikos Papadopoulos]] ([[SI:STUDENT_NUMBER|23105562]]). [[R|Giorgos]] believes [[S|Nick]] has been drawn into an online group after losing his job, and forwarded a screenshot from [[T:SOCIAL_HANDLE|@hellenic_phalanx_88]].

[[S|Nikos]] himself told me last week that his sister [[R|Eleni]] had introduced him to a gym where "some of the lads are political". I have no direct evidence of anything concerning in his coursework.

Could we discuss at Thursday's panel? [[U|Victoria]], please add it to the agenda.

Thanks,
[[P|Kirsty]]

--
[[P|Dr K. Menzies]]
Senior Lecturer, [[NEG|School of Social Sciences]]
[[NEG|Calderbrook Online University]]
T: [[T:PHONE_NUMBER|01632 960 255]] | E: [[T:EMAIL_ADDRESS|k.menzies@calderbrook.ac.uk]]""",
    },
    {
        "id": "d33-email-002",
        "kind": "email",
        "subject": "Rania Al-Masri",
        "subject_aliases": ["Rani"],
        "case_people": ["Tomasz Nowak", "Karim Al-Masri"],
        "text": """From: [[P|Tomasz Nowak]] <[[T:EMAIL_ADDRESS|t.nowak@calderbrook.ac.uk]]>
To: [[U|Joanne Whitby]] <[[T:EMAIL_ADDRESS|j.whitby@calderbrook.ac.uk]]>
Subject: FW: [[S|Rania]] – urgent

Hi [[U|Jo]],

Forwarding below from [[S|Rania Al-Masri]]'s brother. I don't think this meets the threshold but would value your view. [[S|Ms Al-Masri]] has not raised anything with me.

[[P|Tomek]]
--
[[P|T. Nowak]] | Personal Tutor | [[T:PHONE_NUMBER|0306 999 0187]]

---------- Forwarded message ----------
From: [[R|Karim Al-Masri]] <[[T:EMAIL_ADDRESS|karim.almasri91@mailhost.example]]>
Date: 22 October 2025 23:48
To: [[P|Nowak, Tomasz]] <[[T:EMAIL_ADDRESS|t.nowak@calderbrook.ac.uk]]>
Subject: [[S|Rania]] – urgent

Dear [[P|Mr Nowak]],

I am [[S|Rania]]'s older brother. Our mother [[R|Samira]] and I are worried she is spending all night on a forum run by [[T:USERNAME|al_haqq_voice]]. Her friend [[U|Dina Qassem]] says [[S|Rani]] has stopped going out. [[R|Mrs Al-Masri]] asked me to write because her English is limited.

Please call me.

Regards,
[[R|K. Al-Masri]]
[[T:PHONE_NUMBER|+44 (0)7700 900 673]]""",
    },
    {
        "id": "d33-email-003",
        "kind": "email",
        "subject": "Haruto Yamamoto",
        "subject_aliases": ["Haru"],
        "case_people": ["Rebecca Ashcroft", "Keiko Yamamoto"],
        "text": """From: "[[P|Becky Ashcroft]]" <[[T:EMAIL_ADDRESS|rebecca.ashcroft@calderbrook.ac.uk]]>
To: [[S|Haruto Yamamoto]] <[[SI:EMAIL_ADDRESS|h.yamamoto@student.calderbrook.ac.uk]]>
Cc: [[U|Adebola Ogunleye]] <[[T:EMAIL_ADDRESS|a.ogunleye@calderbrook.ac.uk]]>; [[U|Will Carrington]] <[[T:EMAIL_ADDRESS|w.carrington@calderbrook.ac.uk]]>
Subject: Following up our call

Dear [[S|Haruto]],

Thank you for talking with me on Tuesday. I know it was hard to hear that your cousin, [[R|Yuki Yamamoto]], had used your login to post on the module forum. [[U|Will]] in IT has reset your password and confirmed the posts came from [[T:IP_ADDRESS|192.0.2.219]], not your own connection.

Your mother, [[R|Mrs Yamamoto]], rang again this morning. With your consent I told [[R|Keiko]] only that you are safe and engaged with study. [[U|Adebola]] will contact you about exam arrangements.

Please call me if anything changes, [[S|Haru]].

Best wishes,
[[P|Becky]]

--
[[P|R. Ashcroft]] (she/her)
Student Support Adviser
[[T:PHONE_NUMBER|020 7946 0831]] · [[T:EMAIL_ADDRESS|rebecca.ashcroft@calderbrook.ac.uk]]""",
    },
    {
        "id": "d33-email-004",
        "kind": "email",
        "subject": "Ștefan Popa",
        "subject_aliases": ["Ștefi"],
        "case_people": ["Duncan Crombie", "Mirela Popa"],
        "text": """From: [[P|Crombie, Duncan]] (Prevent Lead) <[[T:EMAIL_ADDRESS|d.crombie@calderbrook.ac.uk]]>
To: [[U|DC Harriet Lamb]] <[[T:EMAIL_ADDRESS|harriet.lamb@police.example.uk]]>
Cc: [[U|Imran Butt]] <[[T:EMAIL_ADDRESS|imran.butt@council.example.gov.uk]]>
Subject: Information request – [[S|Ștefan Popa]], DOB [[SI:DATE_OF_BIRTH|17/05/2001]]

Dear [[U|DC Lamb]],

Further to your request ref. [[NEG|PRV/2025/0419]], I can confirm that [[S|Mr Popa]] is registered with us (student no. [[SI:STUDENT_NUMBER|CB-2098-3361]]). His listed emergency contact is his sister, [[R|Mirela]], on [[T:PHONE_NUMBER|+40 721 555 903]].

[[S|Ștefi]] (as he signs his e-mails) last logged in on 2 October. His tutor, [[U|Ms Andreea Munteanu]], reports nothing of concern. We hold no record of [[R|Ion Popa]], whom you mention as his father, and I have not contacted [[R|Ms Popa]].

[[U|Imran]], copying you as agreed at the last [[NEG|Channel]] meeting.

Kind regards,
[[P|Duncan]]

--
[[P|D. J. Crombie]]
Prevent Lead, [[NEG|Calderbrook Online University]]
Mob: [[T:PHONE_NUMBER|07700 900 281]]""",
    },
    {
        "id": "d33-email-005",
        "kind": "email",
        "subject": "Precious Banda",
        "subject_aliases": ["Presh"],
        "case_people": ["Marcus Whitlock", "Chikondi Banda"],
        "text": """From: [[S|Precious Banda]] <[[SI:EMAIL_ADDRESS|precious.banda@student.calderbrook.ac.uk]]>
To: [[P|Whitlock, M.]] <[[T:EMAIL_ADDRESS|m.whitlock@calderbrook.ac.uk]]>
Subject: Re: your message about the forum

Dear [[P|Dr Whitlock]],

Thank you for checking on me. The post you saw was not written by me. My husband [[R|Chikondi]] was using my account to read about the election at home and he shared a video from [[T:URL|https://videos.example/watch?v=Zb81qLp]] without knowing the module rules. I have changed my password.

I understand that [[U|Ms Hendricks]] from conduct may need to speak with me. Our daughter [[R|Grace Banda]] is small so afternoons are best; by the [[NEG|grace]] of God things are calmer now and [[R|Mr Banda]] has apologised.

Thanks,
[[S|Presh]]

> On 9 Jun, [[P|Marcus Whitlock]] wrote:
> Hi [[S|Precious]], a post under your name was flagged by [[U|Lucy Hendricks]] and [[U|Ravi Menon]]. I know time is [[NEG|precious]] before exams, but could we talk this week?
> [[P|Marcus]]
> --
> [[P|MW]] | Lecturer in Public Health | [[T:PHONE_NUMBER|0113 496 0550]]""",
    },
    # ------------------------------------------------------------------ meeting_minutes
    {
        "id": "d33-minutes-001",
        "kind": "meeting_minutes",
        "subject": "Joshua Pennington",
        "subject_aliases": ["Josh"],
        "case_people": ["Farhan Mirza", "Linda Pennington"],
        "text": """PREVENT CASE REVIEW – MINUTES
Date: 4 March 2025, via Teams
Present: [[P|Farhan Mirza]] (Chair), [[R|Dr Anne Pennington]] (Psychology; no relation to the student), [[U|Gwen Lloyd-Roberts]] (Student Casework), [[U|PC Darren Hollis]] (Prevent Officer), [[U|Chidi Eze]] (Minutes)
Apologies: [[U|Mei-Ling Tan]]
Minutes: [[U|CE]]

1. [[S|Joshua Pennington]] ([[SI:STUDENT_NUMBER|21877340]]). [[P|FM]] summarised: [[S|Josh]] posted a flag image with a far-right slogan to the [[NEG|HIS1010]] forum. [[U|GLR]] noted his mother, [[R|Linda]], contacted us on [[T:PHONE_NUMBER|01632 961 550]] to say his brother [[R|Luke]] has been in trouble with police.
2. [[U|PC Hollis]] confirmed [[R|Luke Pennington]] is known locally; nothing on record for [[S|Joshua]].
3. [[R|AP]] advised that [[S|Mr Pennington]]'s essay work shows curiosity, not commitment.

Actions:
- [[U|GLR]] to call the student this week.
- [[U|DH]] to check whether [[R|Mrs Pennington]] wishes to speak to police.
- [[P|Farhan]] to review in 4 weeks.
- [[R|Dr Pennington]] to offer a reading list on extremism.""",
    },
    {
        "id": "d33-minutes-002",
        "kind": "meeting_minutes",
        "subject": "Sadia Rahman",
        "subject_aliases": ["Sadi"],
        "case_people": ["Eluned Vaughan", "Kemal Arslan"],
        "text": """Safeguarding & Prevent Operational Group — minutes of 11/09/2025

Attendees:
• [[P|Eluned Vaughan]] — Head of Student Wellbeing (Chair)
• [[P|Dr K. Arslan]] — Academic Lead, Engineering
• [[U|Sgt Paul Whittaker]] — [[NEG|Wessex Constabulary]]
• [[U|Natalia Kowalczyk]] — Case Officer
• [[U|Ruth Osei]] — Disability Services
Apologies: [[U|Ifeoma Chukwu]], [[U|Alastair Reid]]
Minutes: [[U|NK]]

Item 2 — [[S|Sadia Rahman]], [[NEG|MEng]] Year 1
[[P|EV]] reported a concern from [[S|Sadia]]'s tutor after a project chat in which [[S|Ms Rahman]] shared a sermon recording. [[P|Kemal]] had listened: mainstream religious content. [[U|Sgt Whittaker]] noted her brother [[R|Tanvir Rahman]] was arrested in 2023 but released without charge; [[R|Tanvir]] posts as [[T:SOCIAL_HANDLE|@tanvir.r.ldn]]. The group agreed this must not colour views of [[S|Sadi]].
[[U|RO]] said [[R|Mr Rahman]], the father, wants adjustments discussed with him directly; [[U|Ruth]] will remind him of consent rules.

Actions
[[P|KA]] — feedback to tutor
[[U|RO]] — call [[R|Mr Rahman]] on [[T:PHONE_NUMBER|0117 496 0382]]
[[U|PW]] — no police action
[[P|Ms Vaughan]] — close at next meeting""",
    },
    {
        "id": "d33-minutes-003",
        "kind": "meeting_minutes",
        "subject": "Óscar Gutiérrez Navarro",
        "subject_aliases": ["Oski"],
        "case_people": ["Bethan Morgan", "Javier Gutiérrez"],
        "text": """Minutes: Prevent Panel (extraordinary)
Held: Zoom, 16:00, 27 January
Present: [[P|B. Morgan]] (chair) | [[U|Prof. Abimbola Ajayi]] (Dean) | [[U|DS Craig Robertson]] (Counter Terrorism Policing) | [[U|Anjali Nair]] (IT Security) | [[U|Pietro Romano]] (Residential Services)
Apologies: none
Minutes: [[U|A. Nair]]

[[P|Bethan]] opened with the report about [[S|Óscar Gutiérrez Navarro]] ([[SI:STUDENT_NUMBER|CB-2301-0098]]). [[U|AN]] explained that searches for explosive precursors were run from his home connection, [[SI:IP_ADDRESS|2001:db8:a0b:12f0::1]]. [[U|DS Robertson]] said [[S|Mr Gutiérrez]]'s father, [[R|Javier]], reported the searches himself, believing they were for a chemistry assignment. [[U|Pietro]] added that the sister, [[R|Lucía Gutiérrez]], lives in halls and has raised no concerns. [[U|Prof. Ajayi]] asked that [[S|Oski]], as friends call him, be spoken to by someone he trusts.

Actions:
[[U|CR]] to visit [[R|Mr Gutiérrez]] senior at [[T:STREET_ADDRESS|Flat 3, 58 Coldharbour Lane, London]] [[T:UK_POSTCODE|SE5 9QZ]].
[[P|BM]] to brief [[S|Óscar]]'s tutor.
[[U|AA]] to decide on an interim library restriction.""",
    },
    {
        "id": "d33-minutes-004",
        "kind": "meeting_minutes",
        "subject": "Shilan Hawrami",
        "subject_aliases": ["Shili"],
        "case_people": ["Gráinne Ní Mhurchú", "Aram Hawrami"],
        "text": """MINUTES — Student Casework Meeting (Prevent item)
Attendees: [[P|Ms G. Ní Mhurchú]] (Casework Manager, chair); [[U|Dr Francesca Ricci]] (Personal Tutor); [[U|Wang Lei]] (International Office); [[U|Sgt Lee Hargreaves]] (Prevent Engagement)
Apologies: [[U|Oluwadamilare Bello]]
Minutes taken by: [[U|WL]]

[[P|Gráinne]] introduced the case of [[S|Shilan Hawrami]], a [[NEG|Law]] student. Her cousin [[R|Aram]] wrote to the university saying [[S|Shilan]] attends protests about Kurdish politics and "will end up on a list". [[U|Dr Ricci]] said [[S|Ms Hawrami]] is an engaged student whose essays on self-determination are well argued. [[U|Sgt Hargreaves]] confirmed that lawful protest is not a Prevent matter; [[R|Aram]]'s letter appears linked to a family dispute with her brother [[R|Dilshad Hawrami]]. [[U|Wang Lei]] noted her visa is in order; passport [[SI:UK_PASSPORT|120447385]] is held on file.

Outcome: no referral. [[P|GNM]] to reply to [[R|Mr Hawrami]] (cousin) at [[T:EMAIL_ADDRESS|aram.hawrami@post.example]] without disclosing details.
Actions: [[U|FR]] — check in with [[S|Shili]]; [[U|LH]] — none; [[P|Ms Ní Mhurchú]] — file note.""",
    },
    {
        "id": "d33-minutes-005",
        "kind": "meeting_minutes",
        "subject": "Ewan Sinclair",
        "subject_aliases": ["Sinky"],
        "case_people": ["Adwoa Boakye", "Morag Sinclair"],
        "text": """Welfare & Prevent Triage – Minutes
Meeting: Tues 2 December, Room [[NEG|Ben Nevis]] (Edinburgh office)
In attendance: [[P|A. Boakye]] (Chair, Deputy Head of Student Services); [[U|Hiba Yousef]] (Mental Health Adviser); [[U|Vikram Desai]] (Digital Learning); [[U|PC Ross Galbraith]] ([[NEG|Police Scotland]])
Apologies: [[R|Joanna Sinclair]] (Reception – no relation to the student)
Minutes: [[U|V. Desai]]

1. [[S|Ewan Sinclair]] – [[P|Adwoa]] reported that his grandmother, [[R|Mrs Sinclair]], phoned after finding leaflets in his room. [[R|Morag]] read one out; [[U|PC Galbraith]] recognised a proscribed organisation. [[S|Ewan]] lives with her at [[SI:STREET_ADDRESS|Rowan Cottage, Back Lane, Dunfermline]] [[SI:UK_POSTCODE|KY12 7QX]]. Her NHS number, [[T:UK_NHS|731 209 4678]], was given in error and has been deleted.
2. [[U|HY]] said [[S|Mr Sinclair]] disclosed low mood; his father [[R|Douglas Sinclair]] left the family home last year.
3. [[U|VD]] found forum posts by [[S|Sinky]] under [[SI:USERNAME|sinky_1990]].

Actions:
[[U|RG]] – submit Prevent referral today.
[[P|AB]] – inform [[S|Ewan]] unless this increases risk.
[[U|Hiba]] – offer appointment.
[[P|Ms Boakye]] – letter to [[R|Mrs M. Sinclair]].""",
    },
    # ------------------------------------------------------------------ case_chronology
    {
        "id": "d33-chron-001",
        "kind": "case_chronology",
        "subject": "Youssef Benali",
        "subject_aliases": ["Yous", "Joe"],
        "case_people": ["Ciara Doherty", "Rachid Benali"],
        "text": """CASE CHRONOLOGY — [[S|Youssef Benali]], [[SI:STUDENT_NUMBER|CB-2215-7704]]
Ref: [[NEG|PRV-25-031]]

08/01/2025 Tutor [[U|Bartosz Lewandowski]] reports [[S|Youssef]] asked in a seminar where to buy "untraceable" phones. ([[U|B. Lewandowski]])
09/01/2025 Initial review; no prior concerns recorded for [[S|Mr Benali]]. — [[P|CD]]
13/01/2025 Telephone call with [[S|Yous]]: he wants a second phone for a delivery job. Father [[R|Rachid]] confirms he drives for [[NEG|QuickParcel]]. ([[P|C. Doherty]])
15/01/2025 [[R|Mr Benali]] (father) rings from [[T:PHONE_NUMBER|0113 496 0245]] asking whether [[S|Youssef]] is "in trouble". Reassured. — [[P|Ciara]]
20/01/2025 [[U|DC Owen Blackwood]] confirms a van registered to [[R|Rachid Benali]] ([[T:UK_VEHICLE_REGISTRATION|YD19 HMX]]) is used for courier work. No police interest. — [[P|CD]]
22/01/2025 Sister [[R|Nadia Benali]] e-mails from [[T:EMAIL_ADDRESS|nadia.benali@mail.example]] with a consent form signed by [[S|Joe]] (his workplace name). ([[P|Ms Doherty]])
30/01/2025 Case closed, no Prevent concern. [[U|Bartosz]] and [[U|DC Blackwood]] informed. — [[P|CD]] / countersigned [[U|Imani Wekesa]]""",
    },
    {
        "id": "d33-chron-002",
        "kind": "case_chronology",
        "subject": "Beatriz Almeida",
        "subject_aliases": ["Bia"],
        "case_people": ["Declan Rafferty", "Rui Almeida"],
        "text": """CHRONOLOGY OF EVENTS
Subject: [[S|Beatriz Almeida]] ("[[S|Bia]]")   DOB [[SI:DATE_OF_BIRTH|23 August 2004]]

• 02 Sep — Induction; [[S|Beatriz]] discloses her brother [[R|Rui]] was recently convicted of public order offences. — [[P|DR]]
• 19 Sep — [[R|Rui Almeida]] messages [[S|Bia]]'s module group from [[T:SOCIAL_HANDLE|@rui_almeida_pt]] with nationalist content. Group owner removes him. — [[U|Trần Minh Tuấn]]
• 20 Sep — [[S|Ms Almeida]] apologises to the group; says [[R|Rui]] took her phone. ([[P|D. Rafferty]])
• 24 Sep — Mother [[R|Graça Almeida]] calls from [[T:PHONE_NUMBER|+351 912 555 017]]; worried about both children. — [[P|Declan]]
• 01 Oct — [[S|Beatriz]] referred to counselling with [[U|Dimitra Kostopoulou]]. [[U|DK]] confirms first session. — [[P|DR]]
• 07 Oct — [[R|Dr Paulo Almeida]] (Chemistry, no relation) mistakenly receives an e-mail about the case; recalled by [[U|Tuấn]]. — [[P|Mr Rafferty]]
• 15 Oct — [[S|Bia]] reports [[R|Mrs Almeida]] has asked [[R|Rui]] to move out. Risk reduced; [[U|Ms Kostopoulou]] continues sessions. — [[P|D.R.]]""",
    },
    {
        "id": "d33-chron-003",
        "kind": "case_chronology",
        "subject": "Zainab Bhatti",
        "subject_aliases": ["Zainy"],
        "case_people": ["Morwenna Trelawny", "Usman Bhatti"],
        "text": """Case chronology: [[S|Zainab Bhatti]] | [[SI:STUDENT_NUMBER|22-118-4503]]
Prepared by [[P|M. Trelawny]], Safeguarding Practitioner

14.04.25 | [[S|Zainab]] emails tutor [[U|Aled Bowen]] asking to switch to audio-only seminars because her husband [[R|Usman]] "does not like men on camera". — [[P|MT]]
15.04.25 | [[U|Mr Bowen]] notes a second voice telling [[S|Mrs Bhatti]] what to say during a call. — [[U|A. Bowen]]
17.04.25 | Welfare call; [[S|Zainy]] says [[R|Mrs Bhatti]] senior (mother-in-law) reads her e-mails. Code word agreed. — [[P|Morwenna]]
22.04.25 | An anonymous report includes a link, [[T:URL|https://archive.example/khilafa-now]], said to be shared by [[R|Usman Bhatti]] in a family chat. — [[P|MT]]
23.04.25 | Strategy discussion with [[U|DS Nadia Karim]] and [[U|Abena Owusu-Ansah]] (Children's Services; the couple have a son, [[R|Ayaan]], aged 3). — [[P|Ms Trelawny]]
28.04.25 | [[U|DS Karim]] confirms a Prevent referral relating to [[R|Mr Bhatti]], not to [[S|Zainab]]. [[U|Abena]] to visit. — [[P|M.T.]]""",
    },
    {
        "id": "d33-chron-004",
        "kind": "case_chronology",
        "subject": "Phạm Quốc Bảo",
        "subject_aliases": ["Bảo", "Bobby"],
        "case_people": ["Alun Gwilym", "Phạm Thu Trang"],
        "text": """CASE CHRONOLOGY (Prevent) — [[S|Phạm Quốc Bảo]] ([[S|Bobby]])
NHS no. (from GP letter): [[SI:UK_NHS|485 777 3023]]

03/02 [[S|Bảo]]'s flatmate reported a drone and fertiliser bags in the shared hallway. — [[P|AG]]
04/02 [[U|PC Gemma Rowlands]] visited; items linked to [[S|Mr Phạm]]'s agriculture module project. Receipts seen. ([[U|PC Rowlands]])
05/02 Sister [[R|Trang]] rang from [[T:PHONE_NUMBER|+84 90 555 3172]], distressed that police attended, and asked for [[S|Bobby]]'s tutor's details. — [[P|Alun]]
06/02 Module leader [[U|Dr Aiko Fujimoto]] confirms drone fieldwork is assessed. — [[P|A. Gwilym]]
10/02 Father [[R|Mr Phạm]] e-mails via [[R|Trang]]'s account [[T:EMAIL_ADDRESS|trang.pham@mail.example]] complaining. Reply drafted by [[U|Kwesi Ampofo]]. — [[P|AG]]
11/02 Flatmate ([[U|Liam Redfern]]) apologises; he had seen a news story. — [[U|KA]]
14/02 Closed. Note for file: [[R|Phạm Văn Long]] is the father, not a student; [[U|Dr Fujimoto]] informed. — [[P|Mr Gwilym]]""",
    },
    {
        "id": "d33-chron-005",
        "kind": "case_chronology",
        "subject": "Seren Pugh",
        "subject_aliases": ["Ser"],
        "case_people": ["Nomvula Zulu", "Iwan Pugh"],
        "text": """CHRONOLOGY – [[S|Seren Pugh]] – Ref [[NEG|SG/0712]]

01.06 – [[S|Seren]] posts in the [[NEG|Welsh History]] forum defending arson attacks on holiday homes. Tutor [[U|Robin Hale]] flags it. ([[P|N. Zulu]])
02.06 – [[U|Robin]] adds that [[S|Ms Pugh]] later wrote "joking" and compared it to [[NEG|Robin Hood]]. — [[P|NZ]]
03.06 – Her brother [[R|Iwan]] contacts us from [[T:EMAIL_ADDRESS|iwan.pugh@post.example]]; says both he and [[S|Ser]] follow [[T:SOCIAL_HANDLE|@meibion_tan_2]]. — [[P|NZ]]
05.06 – Call with [[S|Seren]] and mother [[R|Delyth]]. [[R|Mrs Pugh]] says the account belongs to a friend of [[R|Iwan Pugh]]. — [[P|Nomvula]]
09.06 – [[R|Cllr Huw Pugh]] (no relation) writes about press coverage; no information shared. ([[P|N.Z.]])
12.06 – Referral to [[NEG|Channel]] discussed with [[U|DS Rhodri Bevan]]; [[U|DS Bevan]] advises a welfare plan first. — [[P|Ms Zulu]]
20.06 – [[S|Seren]] meets [[U|Mr Hale]]; remorseful. [[U|Dr Tegwen Rowlands]] to monitor the forum. — [[P|NZ]]""",
    },
    # ------------------------------------------------------------------ incident_report
    {
        "id": "d33-incident-001",
        "kind": "incident_report",
        "subject": "Abdiwali Osman",
        "subject_aliases": ["Wali"],
        "case_people": ["Stacey Cartwright", "Liban Osman"],
        "text": """INCIDENT REPORT – [[NEG|Birmingham Study Hub]]
Incident no: [[NEG|IR-2025-0144]]   Date/time: 19/05/2025 18:40
Reported by: [[P|S. Cartwright]] (Security Officer)
Student involved: [[S|Abdiwali Osman]] ([[SI:STUDENT_NUMBER|23410076]])

Summary: [[S|Wali]] was approached in the car park by two men from a silver Ford, [[T:UK_VEHICLE_REGISTRATION|LR70 BXP]], who handed him leaflets. His brother [[R|Liban]] arrived and argued with them. [[P|Stacey]] called police.

Witnesses: [[U|Mateusz Krawczyk]] (student, [[T:PHONE_NUMBER|07700 900 736]]); [[U|Priyanka Bose]] (café staff).
Police: [[U|PC Ian Maddox]] (collar 4471) and [[U|Sgt Deborah Quinn]] attended at 19:05. [[U|Sgt Quinn]] took the leaflets. Crime ref [[NEG|BW/25/08812]].

[[S|Mr Osman]] said he did not know the men. [[R|Liban Osman]] told [[U|PC Maddox]] they had been "recruiting at the mosque" and that their uncle, [[R|Mr Osman]] senior, had warned them away.

Hub Wi-Fi log shows [[S|Abdiwali]]'s laptop at [[SI:IP_ADDRESS|172.16.40.23]] during the incident.

Signature: [[P|SC]]   Reviewed: [[U|Hollie Barnes]], Duty Manager""",
    },
    {
        "id": "d33-incident-002",
        "kind": "incident_report",
        "subject": "Matteo Esposito",
        "subject_aliases": ["Teo"],
        "case_people": ["Ngozi Anyanwu", "Hannah Goldberg"],
        "text": """ONLINE INCIDENT REPORT
Reporter: [[P|Dr N. Anyanwu]], Module Lead, [[NEG|ITA2001]]
Date of incident: 8 March 2025, 21:12–21:40 (live webinar)
Person concerned: [[S|Matteo Esposito]], student [[SI:STUDENT_NUMBER|CB-2188-2420]]

During the webinar a participant joined as "[[T:USERNAME|duce_ritorna]]" and posted antisemitic comments aimed at [[P|Hannah]], a student. Logs link that account to [[T:IP_ADDRESS|203.0.113.199]]; [[S|Matteo]]'s own session came from [[SI:IP_ADDRESS|198.51.100.14]]. [[S|Teo]] denies involvement and says his cousin [[R|Gianluca Esposito]] knew the meeting link.

Witnesses: [[P|Ms Goldberg]] (target; statement taken); [[U|Ryo Kimura]] (co-host); [[U|Fenella Marsh]] (observer).
Police: reported online by [[P|Ngozi]]; [[U|DC Leanne Fox]] will contact [[P|H. Goldberg]].

Follow-up: [[S|Mr Esposito]]'s father, [[R|Salvatore]], phoned from [[T:PHONE_NUMBER|+39 333 555 0481]] to vouch for him. [[R|Gianluca]] lives with [[R|Mr Esposito]] senior. [[U|Ryo]] has kept the chat transcript.

Reporter's signature: [[P|N. Anyanwu]] ([[P|NA]])""",
    },
    {
        "id": "d33-incident-003",
        "kind": "incident_report",
        "subject": "Morven Baird",
        "subject_aliases": ["Vennie"],
        "case_people": ["Kamala Subramaniam", "Alistair Baird"],
        "text": """INCIDENT REPORT FORM
1. Reporter: [[P|Mrs K. Subramaniam]], Centre Administrator, [[NEG|Glasgow Learning Centre]]
2. Date: 30/10/2025, approx. 07:50
3. Student: [[S|Morven Baird]] ([[SI:STUDENT_NUMBER|21-554-0912]])
4. Description: Stickers promoting a banned group found on the centre door. CCTV shows a blue hatchback, [[T:UK_VEHICLE_REGISTRATION|SF22 WOK]], registered to [[R|Alistair Baird]], stopping outside at 07:32. A woman resembling [[S|Ms Baird]] placed the stickers; [[P|Kamala]] thought she recognised the coat.
5. Witnesses: [[U|Baraka Mwangi]] (cleaner; [[T:PHONE_NUMBER|0141 496 0588]]), [[U|Siân Protheroe]] (student).
6. Police: [[U|PC Lewis Duff]] attended; later [[U|DS Jennifer Rae]] called [[P|KS]]. [[U|DS Rae]] checked [[R|Mr Baird]]'s licence, [[T:UK_DRIVING_LICENCE|BAIRD608141AJ9LK]]; he told officers his daughter [[R|Catriona]] had borrowed the car, not [[S|Morven]]. [[R|Cat]] has since admitted it.
7. Additional: [[S|Vennie]] (family nickname) arrived at 09:00 unaware and was distressed when told. [[U|Baraka]] made her tea.
Signed: [[P|K. Subramaniam]]   Date: 30/10/2025""",
    },
    {
        "id": "d33-incident-004",
        "kind": "incident_report",
        "subject": "Huang Zihan",
        "subject_aliases": ["Zihan", "Kevin"],
        "case_people": ["Ffion Jenkins", "Huang Yifan"],
        "text": """IT SECURITY INCIDENT REPORT
Ticket: [[NEG|SEC-44817]]
Reporter: [[P|Ffion J.]] (Information Security Analyst) <[[T:EMAIL_ADDRESS|f.jenkins@calderbrook.ac.uk]]>
Affected user: [[S|Huang Zihan]] ([[SI:USERNAME|zhuang27]])

On 12 Dec at 02:14 the account of [[S|Mr Huang]] (known to staff as [[S|Kevin]]) posted a link to [[T:URL|http://freedom-front.example/join]] in four module forums. Sign-in came from [[T:IP_ADDRESS|2001:db8:ffee:9::3c]], not the student's usual [[SI:IP_ADDRESS|192.0.2.88]]. [[S|Zihan]] says he shared his password with his cousin [[R|Yifan]] to download readings. [[R|Huang Yifan]]'s own university e-mail, [[T:EMAIL_ADDRESS|yifan.huang@uni-other.example]], received the MFA prompt.

Other parties: [[U|Olumide Oyelaran]] (moderator who spotted the posts); [[U|Dr Yiannis Stavrou]] (module lead).
Police: [[U|DC Ahmed Shah]] notified under the [[NEG|Prevent]] protocol. [[S|Zihan]] has told his father, [[R|Huang Jun]]; [[R|Mr Huang]] senior rang [[U|Dr Stavrou]] to apologise.

Actions: password reset ([[P|FJ]]); [[U|Olumide]] to remove posts; [[P|Ms Jenkins]] to close the ticket once [[U|DC Shah]] confirms.
— [[P|Ffion]]""",
    },
    {
        "id": "d33-incident-005",
        "kind": "incident_report",
        "subject": "Efua Asamoah",
        "subject_aliases": ["Fifi"],
        "case_people": ["Pauline Ritchie", "Kwaku Asamoah"],
        "text": """INCIDENT REPORT — exam venue
Venue: [[NEG|Holloway House]], Leeds exam centre
Reporter: [[P|Mrs Ritchie]], Chief Invigilator
Candidate: [[S|Efua Asamoah]] (candidate no. [[SI:STUDENT_NUMBER|23-407-1195]])

At 09:35 a man later identified as [[S|Efua]]'s brother, [[R|Kwaku]], entered the hall shouting that the exam was "haram" and that she belonged at home. He had parked a black BMW, [[T:UK_VEHICLE_REGISTRATION|LS17 NTY]], across the entrance. Invigilator [[U|Ivy Collingwood]] walked him out past the [[NEG|ivy]] wall; [[U|Ivy]] says he calmed once outside.

Police: [[U|PC Jordan Mills]] and [[U|PC Aisha Yakubu]] attended at 09:50. [[U|PC Mills]] spoke to [[R|Kwaku Asamoah]] and gave words of advice.

[[S|Miss Asamoah]] completed the paper with 20 minutes' extra time. [[S|Fifi]], as friends call her, was tearful afterwards. [[R|Mrs Asamoah]] later rang [[P|PR]] from [[T:PHONE_NUMBER|0113 496 0921]] to apologise; she says her son has been attending a new study circle run by a man called [[U|Idris]].

Signed: [[P|P. Ritchie]] / witnessed [[U|I. Collingwood]]""",
    },
    # ------------------------------------------------------------------ letter
    {
        "id": "d33-letter-001",
        "kind": "letter",
        "subject": "Natasha Hollingsworth",
        "subject_aliases": ["Tash"],
        "case_people": ["Olawale Adebisi", "Jake Hollingsworth"],
        "text": """[[NEG|Calderbrook Online University]]
Student Casework Office, [[NEG|Pennine Building]]

14 November 2025

[[S|Ms Natasha Hollingsworth]]
[[SI:STREET_ADDRESS|Larkspur House]]
[[SI:STREET_ADDRESS|Church Lane]]
Little Hadham
[[SI:UK_POSTCODE|SG11 2DQ]]

Dear [[S|Natasha]],

Re: Support following the events of 3 November

I am writing to confirm what we discussed with you and your mother, [[R|Mrs Hollingsworth]], on Monday. We understand that the messages sent from your account to [[U|Mr Hywel Jones]] were written by your brother [[R|Jake]], and that [[R|Mr J. Hollingsworth]] has accepted this to the police ([[U|PC Rebecca Tranter]]).

No concerns are recorded against you. [[U|Mr Jones]] has asked me to say he bears you no ill will. Your tutor, [[U|Dr Małgorzata Wróbel]], will arrange a catch-up call; [[U|Gosia]], as she prefers, can be reached on [[T:PHONE_NUMBER|01422 496 310]].

Please do call me [[P|Wale]] when we next speak, [[S|Tash]].

Yours sincerely,

[[P|Dr O. Adebisi]]
Head of Student Casework
cc: [[U|H. Jones]], Prevent Lead""",
    },
    {
        "id": "d33-letter-002",
        "kind": "letter",
        "subject": "Oksana Melnyk",
        "subject_aliases": ["Oksanka"],
        "case_people": ["Lindiwe Mahlangu", "Viktor Melnyk"],
        "text": """[[R|Viktor Melnyk]]
[[T:STREET_ADDRESS|Flat 2, 14 Tenter Street]]
Rotherham
[[T:UK_POSTCODE|S60 1LB]]
Tel. [[T:PHONE_NUMBER|01709 496 552]]

[[P|Prof. L. Mahlangu]]
Pro-Vice-Chancellor (Students)
[[NEG|Calderbrook Online University]]

3 February 2026

Dear [[P|Professor Mahlangu]],

My daughter [[S|Oksana Melnyk]] (student number [[SI:STUDENT_NUMBER|CB-2402-6617]]) was called to a meeting by [[U|Mr Dariusz Lis]] about a poster she shared. I wish to complain. The poster came from a Ukrainian charity, [[NEG|Hope for Kharkiv]]. [[S|Oksanka]], as we call her at home, is no extremist.

My wife, [[R|Larysa Melnyk]], and my son [[R|Andriy]] were present when [[U|Mr Lis]] telephoned. He used words that upset [[R|Mrs Melnyk]] very much. I also ask why [[S|Ms Melnyk]]'s tutor, [[U|Dr Chiara Fontana]], was not asked for her view.

Please reply to me at [[T:EMAIL_ADDRESS|v.melnyk@post.example]].

Yours sincerely,

[[R|V. Melnyk]]
[[R|Viktor]] ([[S|Oksana]]'s father)""",
    },
    {
        "id": "d33-letter-003",
        "kind": "letter",
        "subject": "Aoi Takahashi",
        "subject_aliases": ["Aoi"],
        "case_people": ["Rashida Begum", "Daichi Takahashi"],
        "text": """[[NEG|Westmoor Borough Council]] — Channel Panel

PRIVATE & CONFIDENTIAL
[[S|Miss A. Takahashi]]
[[SI:STREET_ADDRESS|Chapel Row]]
Upper Denby
Huddersfield
[[SI:UK_POSTCODE|HD8 8UN]]

12 March 2026
Our ref: [[NEG|CH/26/0117]]

Dear [[S|Ms Takahashi]],

Thank you for meeting [[U|Mr Rohan Kapoor]] and me on 5 March with your father, [[R|Mr Takahashi]]. As agreed, the panel has decided that no Channel support is needed. We accept that the posts seen by your employer, [[U|Ms Yvonne Catterall]], were shared by your brother [[R|Ren]] from your phone, and that [[R|Ren Takahashi]] has since deleted them.

Your university contact remains [[U|Dr Efosa Igbinedion]]; [[U|Efosa]] has been told of the outcome. [[U|Mr Kapoor]] will write separately to [[R|Daichi]] about the family support offer.

If you have any questions, [[S|Aoi]], please ask for [[P|Rashida]] on [[T:PHONE_NUMBER|01484 496 073]].

Yours sincerely,

[[P|Mrs R. Begum]]
Channel Coordinator
Direct e-mail: [[T:EMAIL_ADDRESS|rashida.begum@westmoor.gov.example]]
cc: [[R|D. Takahashi]] (with consent)""",
    },
    {
        "id": "d33-letter-004",
        "kind": "letter",
        "subject": "Arjun Venkataraman",
        "subject_aliases": ["Arj"],
        "case_people": ["Olivia Fairclough", "Sunita Venkataraman"],
        "text": """[[NEG|Fairclough & Hart LLP]]
Solicitors

The Data Protection Officer
[[NEG|Calderbrook Online University]]

20 January 2026

Our client: [[S|Arjun Venkataraman]]
DOB: [[SI:DATE_OF_BIRTH|02/02/2000]]   NI number: [[SI:UK_NINO|NK 40 61 95 B]]   NHS: [[SI:UK_NHS|640 183 9252]]

Dear Sir or Madam,

We act for [[S|Mr Venkataraman]], whose mother, [[R|Mrs Venkataraman]], has also instructed us. [[S|Arjun]] was referred under the Prevent duty by [[U|Dr Struan Mackintosh]] in December. Under Article 15 UK GDPR we request all records concerning him, including e-mails between [[U|Dr Mackintosh]] and [[U|Ms Leah Greenberg]], and the notes of the meeting at which [[S|Arj]]'s father, [[R|Srinivasan Venkataraman]], was present.

[[R|Sunita]] asks that correspondence not be sent to the family home. Please reply for the attention of [[P|Ms Fairclough]] at [[T:EMAIL_ADDRESS|o.fairclough@fairclough-hart.example]] quoting [[NEG|OF/VEN/0093]].

Yours faithfully,

[[P|O. Fairclough]]
Solicitor, for [[NEG|Fairclough & Hart LLP]]
Direct line [[T:PHONE_NUMBER|0161 496 0412]]
Trainee: [[U|Kenechukwu Obi]]""",
    },
    {
        "id": "d33-letter-005",
        "kind": "letter",
        "subject": "Elif Şahin",
        "subject_aliases": ["Eli"],
        "case_people": ["Georgina Fenwick", "Murat Şahin"],
        "text": """[[NEG|Calderbrook Online University]] · Finance Office

[[S|Mrs Elif Şahin]]
[[SI:STREET_ADDRESS|47 Ravensworth Road]]
Gateshead
[[SI:UK_POSTCODE|NE8 3JT]]

9 January 2026

Dear [[S|Mrs Şahin]],

Refund of tuition fees – [[SI:STUDENT_NUMBER|CB-2311-8850]]

Following your withdrawal, [[P|Ms Fenwick]] in Student Casework asked us to process a refund. Your form names an account held by your husband, [[R|Murat]], IBAN [[T:IBAN_CODE|TR22 0006 2000 0091 8427 3301 61]]. We can only refund to an account in your own name, so we will use the UK account you gave earlier: sort code [[SI:UK_SORT_CODE|40-51-62]], account [[SI:UK_BANK_ACCOUNT|88317254]] (IBAN [[SI:IBAN_CODE|GB83 NWBK 4051 6288 3172 54]]).

We note the concerns [[U|Mr Aykut Doğan]] raised about pressure from [[R|Mr Şahin]] and his brother [[R|Kadir Şahin]]. [[P|Georgie]] has shared support contacts with you separately, and [[U|Sevgi]] from our interpreting service can call you on [[T:PHONE_NUMBER|0191 498 0226]].

With best wishes, [[S|Elif]],

[[U|Jonathan Pike]]
Finance Officer
cc: [[P|G. Fenwick]]; [[U|A. Doğan]]""",
    },
]
