# ruff: noqa: E501
"""dev34: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ tutor_report
    {
        "id": "d34-tutor-001",
        "kind": "tutor_report",
        "subject": "Oisín Ó Briain",
        "subject_aliases": ["Oisín", "Osh"],
        "case_people": ["Fionnuala Keane", "Adaeze Okonkwo"],
        "tags": ["diacritics", "same_surname_relative", "initials", "signature", "title", "alias"],
        "text": """TUTOR CONCERN FORM  (ref [[NEG|TC-2025-0311]])
Module: [[NEG|PSY2041]] Social Psychology | [[NEG|Week 7]]
Student: [[S|Oisín Ó Briain]] | stu no. [[SI:STUDENT_NUMBER|A2290417]] | DOB [[SI:DATE_OF_BIRTH|02/11/2002]]
Tutor: [[P|Dr Fionnuala Keane]] (AL, grp 4)

What happened: [[S|Oisín]]'s TMA03 had 2 paras copied from a forum thread praising an attack + link in a footnote. Not marked, held. Rang [[S|Osh]] 14:10 Tues — says older bro [[R|Cathal]] "sent it as a wind-up" & he didn't read it properly. Seemed embarrassed, not defensive.

Context: mum [[R|Mrs Ó Briain]] phoned SSC same day (taken by [[U|Tomasz Lewandowski]]), worried about [[R|Cathal Ó Briain]] & "the lads from the gym" in [[NEG|Letterkenny]]. Previous AL [[U|Mr Hughes]] noted "quiet, engaged" at TMA01. No prior concerns on file.

Action: [[P|FK]] to hold TMA, refer to SL. Copied [[U|GW]] (deputy SL) + [[P|Adaeze Okonkwo]] (Safeguarding Lead). Student told a colleague may contact him; he agreed. Little sister [[R|Róisín]] sometimes answers his phone — don't leave detail w/ her.

Signed: [[P|F. Keane]]   Date: 11/03/25""",
    },
    {
        "id": "d34-tutor-002",
        "kind": "tutor_report",
        "subject": "Nguyễn Thị Thu Hà",
        "subject_aliases": ["Hà", "Ha", "Ms Nguyễn"],
        "case_people": ["Marcus Oduya"],
        "tags": ["diacritics", "same_surname_relative", "initials", "word_name", "title"],
        "text": """PERSONAL TUTOR NOTES — [[S|Nguyễn Thị Thu Hà]] (stu no [[SI:STUDENT_NUMBER|2311-0486]])
PT: [[P|Marcus Oduya]] | BSc Computing | yr 2

03/02 — call, 25 min. [[S|Hà]] behind on [[NEG|TM254]]; doing shifts at an uncle's nail bar in [[NEG|Walsall]]. Dad [[R|Mr Nguyễn]] wants her to drop to part-time. Nothing Prevent-related.
17/02 — [[S|Ha]] (no accents on her Teams name) sent screenshots from a group run by "[[U|Duy]]", someone her cousin [[R|Nguyễn Minh Khoa]] met through five-a-side. Posts about "taking back" the high street, anti-Muslim memes. She asked if she should report. Told her yes, via us; advised not to engage.
18/02 — passed to [[U|Hannah Protheroe]] (SL). [[U|HP]] asked if [[R|Khoa]] is ours — no. NB unrelated student [[R|Vincent Nguyen]] (same TM254 tut grp) NOT connected; don't merge records.
24/02 — [[S|Ms Nguyễn]] OK. Says [[R|Khoa]] has left the group; older sister [[R|Lan]] keeping an eye. [[NEG|Will]] check in again after TMA03.

— [[P|MO]]""",
    },
    {
        "id": "d34-tutor-003",
        "kind": "tutor_report",
        "subject": "Kacper Wróblewski",
        "subject_aliases": ["Kacper", "Kacek", "K.W."],
        "case_people": ["Hamish Rennie", "Bronagh Devlin"],
        "tags": ["diacritics", "same_surname_relative", "initials", "signature", "alias", "title"],
        "text": """PROGRESS REPORT — Sem B, wk 9
Student: [[S|Kacper Wróblewski]]   ID [[SI:STUDENT_NUMBER|K7742019]]   BEng Electronic Eng.
AL: [[P|Dr Hamish Rennie]]

Attendance 4/9 live tuts. TMA avg 58. EMA risk: med.

[[S|Kacper]] has engaged less since Jan. In tut 6 he shared his screen by mistake — tabs incl. a Telegram channel w/ nationalist imagery. Closed it fast. Later messaged me (as [[SI:USERNAME|kwrob_99]]) saying the channel is his cousin [[R|Bartek Wróblewski]]'s & he was "only looking". Sister [[R|Zuzanna Wróblewska]] emailed the module team 20/03 from [[T:EMAIL_ADDRESS|zuza.wroblewska@poczta.example.pl]] asking for "someone to talk to him" — says dad [[R|Mr Wróblewski]] is unwell and [[S|Kacek]] isn't coping.

Peer [[U|Ravi Menon]] said [[S|K.W.]] made "odd comments" in the WhatsApp study grp; [[U|RM]] kept no screenshots.

Recommend: SL referral (done 21/03 via [[P|Bronagh Devlin]]); study-skills; TMA04 ext. agreed w/ [[U|Dr Oyelowo]] (module chair). [[R|Zuzanna]] not to be updated w/o his consent.

Signed: [[P|H. Rennie]]   cc [[P|BD]]""",
    },
    {
        "id": "d34-tutor-004",
        "kind": "tutor_report",
        "subject": "Ayşe Çelik",
        "subject_aliases": ["Ayse", "Ayşe", "Ms Çelik"],
        "case_people": ["Grace Whitfield", "Lawrence Achterberg"],
        "tags": ["diacritics", "same_surname_relative", "word_name", "initials", "signature", "title"],
        "text": """Tutor Concern — Record of Conversation
Student: [[S|Ayşe Çelik]] (goes by "[[S|Ayse]]" online)   Student no: [[SI:STUDENT_NUMBER|C5518203]]
Module: [[NEG|DD102]]   Tutor: [[P|Grace Whitfield]]

Student asked for a [[NEG|grace]] period on TMA02. During the call she said her brother [[R|Emre Çelik]] has been "pulled in" by an online group since losing his job in [[NEG|Bradford]]. She is scared of him but also for him. He lives with her and mum [[R|Hatice Çelik]]. A friend of his, "[[U|Barış]]", visits and leaves leaflets. [[S|Ms Çelik]] does not share his views; wants advice that won't get [[R|Emre]] arrested.

Agreed: ext. to 02/04. Explained Prevent = support, not punishment. She'd prefer a Turkish speaker — [[U|Şebnem Aksoy]] (Student Support) may help, to check w/ [[U|ŞA]].

No direct risk from [[S|Ayşe]] herself identified. Younger sister [[R|Elif]] (14) also at home; [[R|Mrs Çelik]] works nights.

Fwd to [[P|Dr L. Achterberg]] (SL) 12:45.
Signed: [[P|G.W.]]   31/03/2025""",
    },
    {
        "id": "d34-tutor-005",
        "kind": "tutor_report",
        "subject": "Thabo Mokoena",
        "subject_aliases": ["Thabo", "T.M."],
        "case_people": ["Will Ashdown", "Nokuthula Zwane"],
        "tags": ["word_name", "same_surname_relative", "initials", "labelled_id", "title"],
        "text": """PT NOTE | [[S|Thabo Mokoena]] | [[SI:STUDENT_NUMBER|M0093327]] | LLB yr 1
Writer: [[P|Will Ashdown]] (PT)

- Teams mtg 09/04, 40 min. [[S|T.M.]] engaged, v. articulate.
- Raised: he's been arguing online w/ a channel run by "[[U|Jaco]]" ([[T:SOCIAL_HANDLE|@boerevolk_jaco]]) — far-right SA/UK crossover. [[S|Thabo]] posts as [[SI:SOCIAL_HANDLE|@thabo.m_law]]; now getting threats, one quoting his home street.
- Uncle [[R|Sipho Mokoena]] (lives w/ him, [[NEG|Croydon]]) wants him to go to police. Cousin [[R|Lerato]] has screenshots.
- I said I [[NEG|will]] refer to SL so we can support; he agreed. Suggested he stop replying for now.
- He asked that [[R|Mr Mokoena]] not be contacted by us. Noted on file.
- Refer: [[P|Nokuthula Zwane]] (SL); IT Security ([[U|Dev Bhattacharya]]) re doxxing. Second handle [[T:SOCIAL_HANDLE|@volksfront_uk88]] also sending DMs.

Next: f/u 16/04, [[P|NZ]] to confirm. [[U|DB]] to check whether uni email was scraped.
— [[P|WA]]""",
    },
    # ------------------------------------------------------------------ support_log
    {
        "id": "d34-support-001",
        "kind": "support_log",
        "subject": "Hodan Warsame",
        "subject_aliases": ["Hodan", "H.W.", "Ms Warsame"],
        "case_people": ["Joanne Pickering", "Idris Bello"],
        "tags": ["same_surname_relative", "initials", "alias", "title"],
        "text": """STUDENT SUPPORT LOG — [[S|Hodan Warsame]] — [[SI:STUDENT_NUMBER|W4410872]]
Log holder: [[P|Joanne Pickering]] (Wellbeing Adviser)   Ref [[NEG|SSL/25/0144]]

06/01/25 10:12  Inbound call. [[S|Hodan]] upset; brother [[R|Abdirahman]] ("[[R|Abdi]]") has stopped talking to the family, watches sermons from a preacher she called "[[U|Sheikh Mahad]]". Asked if uni can "do anything". Explained limits. — [[P|JP]]
08/01/25 14:30  Call back to [[S|H.W.]] as agreed. Mum [[R|Mrs Warsame]] in background, also worried. Sent Prevent info link. [[S|Hodan]] agreed to SL referral. — [[P|JP]]
09/01/25 09:05  Referral to [[P|Idris Bello]] (SL). — [[P|JP]]
13/01/25 16:40  [[P|IB]] spoke to [[S|Ms Warsame]]; no concerns re her own views. Family's imam [[U|Mr Ahmed Nur]] already involved w/ [[R|Abdi]]. — [[U|K. Osei]]
20/01/25 11:00  [[S|Hodan]] missed tutorial; AL [[U|Beth Tranter]] emailed her. [[R|Abdirahman Warsame]] reportedly back at college. — [[P|JP]]
27/01/25 15:15  Welfare check done. Open-door, case closed. Sister [[R|Ifrah]] rang to say thanks. — [[U|KO]]""",
    },
    {
        "id": "d34-support-002",
        "kind": "support_log",
        "subject": "Rhys Pritchard",
        "subject_aliases": ["Rhys", "R.P."],
        "case_people": ["Llinos Parry", "Carys Bowen"],
        "tags": ["same_surname_relative", "initials", "word_name", "labelled_id", "title"],
        "text": """Wellbeing entries — [[S|Rhys Pritchard]] (DOB [[SI:DATE_OF_BIRTH|19 June 2001]]) — [[NEG|Swansea]] hub

Mon 3 Feb — [[S|Rhys]] self-referred via webchat. Low mood, isolated, gaming till 4am. Mentioned a Discord server "[[NEG|Iron Dragon Collective]]" where people "say what everyone thinks". Open qs only. — [[P|L. Parry]]
Wed 5 Feb — mum [[R|Gwen Pritchard]] rang ([[T:PHONE_NUMBER|(01792) 730418]]). Found flags + printed manifesto in his room; younger bro [[R|Dafydd]] says [[S|Rhys]] "just trolls". Explained consent; can't share detail without his agreement. — [[P|LP]]
Thu 6 Feb — [[S|Rhys]] agreed to see SL [[U|Mr Ifeanyi Chukwu]]; also referred to counselling ([[U|Amber Sohal]]). — [[P|LP]]
Thu 13 Feb — session held. Some hostile views re migrants, no plans/intent. Consulted LA Prevent coord. [[P|Carys Bowen]]; Channel not needed at this stage. — [[U|IC]]
Tue 18 Feb — [[R|Mrs Pritchard]] rang again, calmer. [[S|Rhys]] attended 1st counselling w/ [[U|AS]]; said he'd gone for a walk as it was [[NEG|sunny]]. Small win. — [[P|LP]]
Fri 28 Feb — [[S|R.P.]] back on track w/ TMA02. Gran [[R|Nerys Pritchard]] paying for a new laptop. — [[P|LP]]""",
    },
    {
        "id": "d34-support-003",
        "kind": "support_log",
        "subject": "Zhao Meiling",
        "subject_aliases": ["Meiling", "Mei", "Melody", "赵美玲", "Ms Zhao"],
        "case_people": ["Teresa Quinlan"],
        "tags": ["same_surname_relative", "alias", "initials", "labelled_id", "title"],
        "text": """SUPPORT LOG | [[S|ZHAO Meiling]] ([[S|赵美玲]]) | [[SI:STUDENT_NUMBER|Z-2208-7731]] | Intl student
Adviser: [[P|Teresa Quinlan]]

12.11.24 — [[S|Melody]] (pref. name) emailed from [[SI:EMAIL_ADDRESS|melody.zhao@students.aou.ac.uk]]: flatmate [[U|Ellie Marsh]] sharing her photo in a group chat w/ racist captions. Not sleeping. — [[P|TQ]]
13.11.24 — Call w/ [[S|Mei]]. Chat is called "[[NEG|Real Brits Only]]", admin handle [[T:SOCIAL_HANDLE|@lionheart_1415]]. She thinks [[U|Connor]] from [[U|Ellie]]'s course runs it. Advised police report + SL. — [[P|TQ]]
14.11.24 — SL [[U|Dr Anil Rao]] reviewed: Prevent concern is re the group admin, not the student. [[S|Ms Zhao]] is the victim → hate-incident route. — [[U|AR]]
15.11.24 — Father [[R|Mr Zhao]] rang from [[NEG|Shenzhen]] via interpreter [[U|Li Na]]. Cousin [[R|Zhao Yifan]] ([[T:PHONE_NUMBER|+44 7700 900412]]) to be emergency contact. — [[P|TQ]]
22.11.24 — [[S|Meiling]] moved flats; [[R|Yifan]] helped w/ the van. Crime ref from [[U|PC Adeleke]] logged. — [[P|T. Quinlan]]""",
    },
    {
        "id": "d34-support-004",
        "kind": "support_log",
        "subject": "Farhad Ahmadzai",
        "subject_aliases": ["Farhad", "F.A.", "Mr Ahmadzai"],
        "case_people": ["Rosalind Dunmore", "Oluwaseun Adebayo-Clarke"],
        "tags": ["same_surname_relative", "initials", "labelled_id", "signature", "title"],
        "text": """Student Support / Wellbeing — running log
Name: [[S|Farhad Ahmadzai]]   Stu no: [[SI:STUDENT_NUMBER|A-4471-092]]   NI no: [[SI:UK_NINO|JT 48 29 17 B]]
(NI held for hardship app only.) Adviser: [[P|Rosalind Dunmore]]

2/10 — [[S|Farhad]] in re hardship fund. Cousin [[R|Naveed Ahmadzai]] lent him £600; now [[R|N.]] wants him at "meetings" in a flat in [[NEG|Sparkhill]]. Unsure what they are. — [[P|RD]]
4/10 — spoke to [[S|Mr Ahmadzai]] again. Meetings = "study circle", speaker "[[U|Ustad Hakimi]]". Some content he found "angry", left after the 2nd. — [[P|RD]]
7/10 — referred to SL [[P|Oluwaseun Adebayo-Clarke]]. Uncle [[R|Gul Ahmadzai]] is his housing guarantor — do not contact, per student. — [[P|RD]]
9/10 — call w/ [[S|Farhad]]. His views fine; pressure from [[R|Naveed]] is the issue. Hardship £400 approved by [[U|Kwame Asante]] (Finance). — [[P|OAC]]
15/10 — [[S|F.A.]] says [[R|Naveed]] has stopped messaging. Sister [[R|Mariam]] arrived from [[NEG|Peshawar]] last wk, staying w/ him. Closing. — [[P|R. Dunmore]]""",
    },
    {
        "id": "d34-support-005",
        "kind": "support_log",
        "subject": "Ioana Popescu",
        "subject_aliases": ["Ioana", "I.P.", "Mrs Popescu"],
        "case_people": ["Patience Mabuza", "Gideon Lacey"],
        "tags": ["same_surname_relative", "word_name", "initials", "title"],
        "text": """Wellbeing log — [[S|Ioana Popescu]] — [[SI:STUDENT_NUMBER|P3309185]] — MSc Public Health
Adviser: [[P|Patience Mabuza]]

21 Mar — [[S|Ioana]] emailed: husband [[R|Mihai Popescu]] watching a YouTube preacher "[[U|Father Gheorghe]]", talking about "defending Christian Europe"; brought home a replica rifle. Worried for son [[R|Luca]] (7). Advised DV + Prevent routes. She says "he's not violent, I just need [[NEG|patience]]". — [[P|PM]]
24 Mar — call. [[S|Mrs Popescu]] consents to SL referral. Mother-in-law [[R|Elena Popescu]] lives w/ them, speaks little English. — [[P|PM]]
25 Mar — referred to SL [[P|Gideon Lacey]]. — [[P|PM]]
28 Mar — spoke to [[S|I.P.]]; advised police re rifle. [[U|PC Rowan Steele]] attended, confirmed replica; words of advice to [[R|Mr Popescu]]. — [[P|GL]]
02 Apr — [[S|Ioana]] OK; [[R|Mihai]]'s brother [[R|Sorin]] now staying, "calmer house". TMA ext. agreed via [[U|Dr Hollings]]. — [[P|PM]]
09 Apr — [[R|Elena]] phoned asking for [[S|Ioana]]'s tutor's number; declined, no consent. — [[U|CB-K]]""",
    },
    # ------------------------------------------------------------------ chat_export
    {
        "id": "d34-chat-001",
        "kind": "chat_export",
        "subject": "Callum McAllister",
        "subject_aliases": ["Cal", "callum", "C McA", "McAllister"],
        "case_people": ["Shona Dalgleish", "Tendai Moyo"],
        "tags": ["chat_lowercase", "same_surname_relative", "initials", "alias", "title"],
        "text": """Microsoft Teams — chat export — "Concern: [[S|C McA]] ([[NEG|GEO1003]])"
[14/02/2025 09:14] [[P|Shona Dalgleish]]: morning – flagging [[S|Callum McAllister]] from my tut grp, posted a meme in the module forum w/ a sonnenrad on it, removed now
[14/02/2025 09:16] [[U|Ruaridh Gillies]]: ugh. screenshot?
[14/02/2025 09:17] [[P|Shona Dalgleish]]: in the files tab. @[[U|Ruaridh Gillies]] he's usually fine tbh
[14/02/2025 09:21] [[U|Priya Raman]]: I had [[S|callum]] last yr. his dad [[R|Mr McAllister]] emailed us twice about "woke lecturers" fwiw
[14/02/2025 09:22] [[U|Ruaridh Gillies]]: and his sister [[R|kirsty]] is on [[NEG|SK320]] — [[R|Kirsty McAllister]], same address on SIMS
[14/02/2025 09:25] [[P|Shona Dalgleish]]: ok logging it. tagging @[[P|Tendai Moyo]] (SL)
[14/02/2025 09:40] [[P|Tendai Moyo]]: thanks [[P|SD]]. i'll call [[S|Cal]] today. pls nobody message him directly. [[U|RG]] can u send the post link
[14/02/2025 09:41] [[U|Ruaridh Gillies]]: [[NEG|https://learn.aou.ac.uk/mod/forum/discuss.php?d=88412]]
[14/02/2025 11:02] [[P|Tendai Moyo]]: spoke to [[S|McAllister]]. says it was off a gaming page, didn't know the symbol. seemed genuine. logging as low. @[[U|priya]] can you ask [[R|Angus]] (his da) to stop cc'ing the VC lol
[14/02/2025 11:03] [[U|Priya Raman]]: 🙃 will do""",
    },
    {
        "id": "d34-chat-002",
        "kind": "chat_export",
        "subject": "Yaw Boateng",
        "subject_aliases": ["yaw", "YB", "yaw boateng"],
        "case_people": ["Tash Arkwright", "Anders Lindqvist"],
        "tags": ["chat_lowercase", "same_surname_relative", "alias", "social_handle", "title"],
        "text": """WhatsApp Chat with AOU Accounting L2 study 📚
12/03/2025, 21:47 - [[U|Efua]]: has anyone seen what [[S|yaw]] put on his story
12/03/2025, 21:48 - [[U|Dom H]]: the flag thing? yeah thats grim
12/03/2025, 21:48 - [[U|Efua]]: @[[U|Dom H]] not the flag, the video w the speech
12/03/2025, 21:50 - [[T:PHONE_NUMBER|+44 7700 900237]]: who is [[S|YB]]
12/03/2025, 21:51 - [[U|Efua]]: [[S|yaw boateng]] lol he's in our tma grp
12/03/2025, 21:53 - [[U|Marguerite]]: his brother [[R|kwabs]] posted it first i think. [[T:SOCIAL_HANDLE|@kwabena.b_official]]
12/03/2025, 21:55 - [[U|Dom H]]: tell [[P|tash]] she's the rep
12/03/2025, 21:58 - [[P|Tash Arkwright]]: i'm here 🙄 i'll msg our tutor [[P|mr lindqvist]] tmrw. pls don't pile on him
12/03/2025, 22:01 - [[U|Efua]]: ok but [[S|yaw]]'s handle is [[SI:SOCIAL_HANDLE|@yawb_17]] if u need it
12/03/2025, 22:03 - [[U|Marguerite]]: his mum auntie [[R|grace]] will kill [[R|kwabena]] if she sees it
13/03/2025, 08:12 - [[P|Tash Arkwright]]: sent to [[P|Lindqvist]]. also fyi [[R|Kwabena Boateng]] isnt a student here so nothing the uni can do abt him
13/03/2025, 08:14 - [[U|Marguerite]]: 👍
13/03/2025, 08:20 - [[U|Dom H]]: [[U|efua]] delete ur screenshots pls""",
    },
    {
        "id": "d34-chat-003",
        "kind": "chat_export",
        "subject": "Olena Kovalenko",
        "subject_aliases": ["olena", "O.K.", "okovalenko7"],
        "case_people": ["Iryna Savchuk"],
        "tags": ["chat_lowercase", "same_surname_relative", "username", "initials", "title"],
        "text": """VLE > [[NEG|LNG1120]] Ukrainian–English Translation > Live session chat (auto-export)
2025-01-22 18:03:11 UTC | [[S|Olena Kovalenko]] ([[SI:USERNAME|okovalenko7]]): добрий вечір all
2025-01-22 18:03:40 UTC | [[U|Arturs Ozols]] ([[T:USERNAME|aozols2]]): evening
2025-01-22 18:05:02 UTC | [[P|Dr Iryna Savchuk]] ([[T:USERNAME|isavchuk]]): welcome, today is [[NEG|Unit 4]]
2025-01-22 18:11:47 UTC | [[U|Bogdan M]] ([[T:USERNAME|bmelnyk_x]]): @[[S|olena]] ur brother [[R|taras]] is the one in that video right
2025-01-22 18:12:05 UTC | [[S|Olena Kovalenko]] ([[SI:USERNAME|okovalenko7]]): not here please
2025-01-22 18:12:30 UTC | [[U|Bogdan M]] ([[T:USERNAME|bmelnyk_x]]): [[R|Taras Kovalenko]] burning the flag lol everyone knows
2025-01-22 18:13:02 UTC | [[P|Dr Iryna Savchuk]] ([[T:USERNAME|isavchuk]]): [[U|Bogdan]], stop. I'll message you after.
2025-01-22 18:40:19 UTC | [[U|Arturs Ozols]] ([[T:USERNAME|aozols2]]): @[[P|Iryna Savchuk]] do we submit to the [[NEG|TMA02]] box
---
Tutor note appended 22/01 19:10: raised w/ SL [[U|Femi Adeyinka]]. Concern is harassment of [[S|O.K.]] and possibly [[R|Mr Kovalenko]]'s activity (not a student). Mother [[R|Halyna]] is emergency contact; [[S|Olena]] asked that [[R|Halyna Kovalenko]] not be told. [[U|FA]] to speak to [[U|Mr Melnyk]]. — [[P|IS]]""",
    },
    {
        "id": "d34-chat-004",
        "kind": "chat_export",
        "subject": "Daniyal Qureshi",
        "subject_aliases": ["dani", "dani_q", "Daniyal"],
        "case_people": ["Rashida Begum"],
        "tags": ["chat_lowercase", "same_surname_relative", "username", "initials", "title"],
        "text": """Discord export — server "[[NEG|AOU Law Society]]" #general — exported by mod [[T:USERNAME|hollyhock22]]

[[SI:USERNAME|dani_q]] — 03/04/2025 19:02
anyone going to the talk thurs
[[T:USERNAME|hollyhock22]] — 03/04/2025 19:04
which one lol
[[SI:USERNAME|dani_q]] — 03/04/2025 19:05
the brother from [[NEG|Luton]]. my cousin [[R|imran]] rates him, says no sugarcoating
[[T:USERNAME|zak.siddiqui]] — 03/04/2025 19:09
@[[S|dani]] isnt that the guy banned from like 3 campuses
[[SI:USERNAME|dani_q]] — 03/04/2025 19:10
@[[U|zak]] banned for telling the truth bro
[[T:USERNAME|priyaaa.k]] — 03/04/2025 19:12
can we not. this is a law soc server. [[U|holly]] pls
[[T:USERNAME|hollyhock22]] — 03/04/2025 19:15
ok locking this. [[S|dani]] dm me
[[T:USERNAME|zak.siddiqui]] — 03/04/2025 19:16
his dad is literally [[R|mr qureshi]] from the mosque committee 💀

-- mod note ([[U|Holly Tran]]): fwd to SU + staff contact [[P|Dr Rashida Begum]] 04/04. [[S|Daniyal Qureshi]]'s cousin [[R|Imran Qureshi]] also posts in the public channel as [[T:USERNAME|IQ_speaks]]. Pls don't let [[U|Zak]] wind him up again. — [[U|HT]]""",
    },
    {
        "id": "d34-chat-005",
        "kind": "chat_export",
        "subject": "Sakura Tanaka",
        "subject_aliases": ["Sakura", "saku", "Ms Tanaka"],
        "case_people": ["Beatriz Saldanha", "Mehwish Khan"],
        "tags": ["chat_lowercase", "same_surname_relative", "initials", "username", "title"],
        "text": """Teams chat export (1:1) — participants: [[P|Beatriz Saldanha]], [[U|Kieran O'Rourke]] — exported 20/03/2025

Tue 16:22  [[P|Beatriz Saldanha]]
quick one re [[S|Sakura Tanaka]] (BA Japanese Studies yr 2) — her homestay host in [[NEG|Reading]] emailed
Tue 16:24  [[U|Kieran O'Rourke]]
[[U|Mr Pell]]? the retired teacher?
Tue 16:25  [[P|Beatriz Saldanha]]
yeah. says [[S|Sakura]] is up all night on a forum w/ someone called [[T:USERNAME|kenji_ultra]] who's recruiting for some "purity" group. her brother [[R|Hiroshi]] flew over last wk, v worried
Tue 16:27  [[U|Kieran O'Rourke]]
ok. not to be confused w/ [[R|Dr Aiko Tanaka]] in Languages lol, she got the last one
Tue 16:28  [[P|Beatriz Saldanha]]
ha yes. [[S|Ms Tanaka]] the student not [[R|Aiko]]. can u book SL? [[P|Mehwish Khan]] is on today
Tue 16:31  [[U|Kieran O'Rourke]]
done, [[P|MK]] 10am tmrw. is [[R|Hiroshi Tanaka]]'s no. on file?
Tue 16:32  [[P|Beatriz Saldanha]]
[[T:PHONE_NUMBER|+81 90-4417-2286]]. mum [[R|Yoko]] is NOK tho
Wed 09:02  [[P|Beatriz Saldanha]]
[[S|saku]] signed consent. @[[U|Kieran]] ty 🙏 [[U|mr pell]] says she's eating again""",
    },
    # ------------------------------------------------------------------ email
    {
        "id": "d34-email-001",
        "kind": "email",
        "subject": "Dimitris Papadopoulos",
        "subject_aliases": ["Dimitris", "Dimitri", "Dimitris P"],
        "case_people": ["Nerys Hollis"],
        "tags": ["email_header", "same_surname_relative", "greeting", "signoff", "signature", "forwarded"],
        "text": """From: [[P|Nerys Hollis]] <[[T:EMAIL_ADDRESS|n.hollis@aou.ac.uk]]>
To: Safeguarding Team <[[NEG|safeguarding@aou.ac.uk]]>
Cc: [[U|Gabriel Fontaine]] <[[T:EMAIL_ADDRESS|g.fontaine@aou.ac.uk]]>
Subject: FW: [[S|Dimitris P]] – TMA content

All — see below from [[S|Dimitris]]'s mum. Not sure what I can/can't say back. [[U|GF]] is his module chair. [[P|NH]]

-----Original Message-----
From: [[R|Eleni Papadopoulou]] <[[T:EMAIL_ADDRESS|eleni.papad@example.gr]]>
Sent: 02 May 2025 22:14
To: [[P|Nerys Hollis]] <[[T:EMAIL_ADDRESS|n.hollis@aou.ac.uk]]>
Subject: RE: [[S|Dimitris P]] – TMA content

Dear [[P|Ms Hollis]],
Thank you. My son won't speak to me. His father [[R|Kostas]] says leave it. He writes every night on a forum with a man called [[U|Stavros]] and says things about "traitors" in [[NEG|Athens]]. His sister [[R|Maria]] is frightened of him.
[[R|Eleni]]

> On 30 Apr 2025, [[P|Nerys Hollis]] wrote:
> Dear [[R|Mrs Papadopoulou]], I can't discuss [[S|Dimitri]]'s studies without his consent, but please call Student Support on [[NEG|0300 555 0199]].
> Kind regards, [[P|Nerys]]

--
[[P|Nerys Hollis]]
Associate Lecturer, History
T: [[T:PHONE_NUMBER|0113 496 0772]]  E: [[T:EMAIL_ADDRESS|n.hollis@aou.ac.uk]]""",
    },
    {
        "id": "d34-email-002",
        "kind": "email",
        "subject": "Joy Adeyemi",
        "subject_aliases": ["Joy"],
        "case_people": ["Folasade Ige", "Bill Ormerod"],
        "tags": ["email_header", "word_name", "same_surname_relative", "greeting", "signoff", "signature", "initials"],
        "text": """From: [[U|Toby Carmichael]] <[[T:EMAIL_ADDRESS|toby.carmichael@aou.ac.uk]]>
To: [[P|Folasade Ige]] <[[T:EMAIL_ADDRESS|f.ige@aou.ac.uk]]>
Cc: [[P|Bill Ormerod]] <[[T:EMAIL_ADDRESS|b.ormerod@aou.ac.uk]]>
Subject: [[S|Joy Adeyemi]] ([[SI:STUDENT_NUMBER|A8820114]]) — concern re brother

Hi [[P|Fola]],

Heads-up. [[S|Joy]] rang the helpdesk in tears this am — not much [[NEG|joy]] in that call tbh. Brother [[R|Tunde Adeyemi]] arrested Sat; police ([[U|DC Hurst]]) took her laptop as it's shared w/ him. She needs an ext. on [[NEG|B207]] + a loan device. Mum [[R|Mrs Adeyemi]] also rang, from [[T:PHONE_NUMBER|07700 900618]].

She's asked we don't mention [[R|Tunde]] to her tutor [[U|Dr Chinwe Obi]]. Younger sis [[R|Bisi]] is in yr 11, may need a school link.

Can you pick up as SL? [[P|BO]] is sorting the device.

Thanks,
[[U|Toby]]

--
[[U|Toby Carmichael]] | Student Support Adviser
[[NEG|Ashbourne Open University]] | [[T:PHONE_NUMBER|+44 (0)1908 655410]] ext 2231
[[T:EMAIL_ADDRESS|toby.carmichael@aou.ac.uk]]""",
    },
    {
        "id": "d34-email-003",
        "kind": "email",
        "subject": "Conceição Ferreira",
        "subject_aliases": ["Conceição"],
        "case_people": ["Siddharth Iyer"],
        "tags": ["email_header", "diacritics", "same_surname_relative", "greeting", "signoff", "title"],
        "text": """From: [[S|Conceição Ferreira]] <[[SI:EMAIL_ADDRESS|c.ferreira91@students.aou.ac.uk]]>
To: [[P|Dr Siddharth Iyer]] <[[T:EMAIL_ADDRESS|s.iyer@aou.ac.uk]]>
Cc: [[U|Fatima Rahimi]] <[[T:EMAIL_ADDRESS|f.rahimi@aou.ac.uk]]>
Subject: Re: your message about the [[NEG|DB125]] forum

Dear [[P|Dr Iyer]],

I am sorry about the post. My husband [[R|João Ferreira]] used my login — he reads a lot from "[[U|Zé Patriota]]" ([[T:URL|https://t.me/zepatriota_pt]]) and I did not know he posted. I changed my password. His brother [[R|Rui]] has the same ideas. Our daughter [[R|Inês]] saw it first and told me.

I do not agree with these things. Can I speak to [[U|Ms Rahimi]] again? She helped me in September.

Obrigada,
[[S|Conceição]]
[[SI:STUDENT_NUMBER|F-1190-335]] | [[SI:PHONE_NUMBER|07700 900854]]

> On Mon 7 Apr, [[P|Siddharth Iyer]] wrote:
> Dear [[S|Conceição]], a post under your name on the module forum has been hidden as it breaches the [[NEG|Dignity at Study Policy]]. Please call me.
> Best, [[P|Sid]]""",
    },
    {
        "id": "d34-email-004",
        "kind": "email",
        "subject": "Amani Njoroge",
        "subject_aliases": ["Amani", "Amani N", "Mr Njoroge"],
        "case_people": ["Seren Lloyd-Morgan", "Gordon Pike"],
        "tags": ["email_header", "forwarded", "same_surname_relative", "initials", "signoff"],
        "text": """From: [[U|Ollie Brannigan]] <[[T:EMAIL_ADDRESS|o.brannigan@aou.ac.uk]]>
To: [[P|Seren Lloyd-Morgan]] <[[T:EMAIL_ADDRESS|s.lloyd-morgan@aou.ac.uk]]>
Subject: Fwd: Fwd: [[S|Amani N]] — landlord concern

[[P|Seren]] — fyi, 3rd-hand so treat w/ care. [[U|OB]]

---------- Forwarded message ---------
From: [[U|Ruth Ogunleye]] <[[T:EMAIL_ADDRESS|ruth.ogunleye@aou.ac.uk]]>
Date: Thu, 6 Mar 2025 at 11:20
To: [[U|Ollie Brannigan]] <[[T:EMAIL_ADDRESS|o.brannigan@aou.ac.uk]]>

[[U|Ollie]], not mine — think it's yours (accommodation liaison). [[U|R]]

---------- Forwarded message ---------
From: [[P|Gordon Pike]] <[[T:EMAIL_ADDRESS|gordonpike.lettings@example.co.uk]]>
Date: Wed, 5 Mar 2025 at 17:03

To whom it may concern,
I let a room at [[SI:STREET_ADDRESS|14 Cobden Terrace]], [[SI:UK_POSTCODE|LS6 2DQ]] to [[S|Mr Njoroge]] and his cousin [[R|Wanjiru Njoroge]]. Another tenant, [[U|Kev]], says [[R|Wanjiru]]'s boyfriend [[U|Liam Cotter]] brings lads round at night and there are flags and stickers in the hall. I am not accusing [[S|Amani]], he is polite and pays on time, but I thought the university should know.
[[P|G. Pike]]  [[T:PHONE_NUMBER|07700 900 733]]""",
    },
    {
        "id": "d34-email-005",
        "kind": "email",
        "subject": "Karwan Hawrami",
        "subject_aliases": ["Karwan", "Kaz", "K. Hawrami"],
        "case_people": ["Rojda Aydın"],
        "tags": ["email_header", "diacritics", "same_surname_relative", "greeting", "signoff", "signature", "alias"],
        "text": """From: [[P|Rojda Aydın]] <[[T:EMAIL_ADDRESS|rojda.aydin@aou.ac.uk]]>
To: [[U|Martin Fairclough]] <[[T:EMAIL_ADDRESS|m.fairclough@aou.ac.uk]]>
Subject: [[S|K. Hawrami]] ([[SI:STUDENT_NUMBER|H2207-5519]]) — SL referral, not urgent

Hi [[U|Martin]],

Referring [[S|Karwan Hawrami]] (Eng Foundation). [[S|Kaz]] came to me after class; he's being pressured by an older man, "[[U|Kak Sherzad]]", at a community centre in [[NEG|Harrow]] to collect money "for the cause" back home. [[S|Karwan]] refused; now [[U|Sherzad]] is messaging his sister [[R|Shilan Hawrami]] ([[T:PHONE_NUMBER|07700 900 291]]). Dad [[R|Mr Hawrami]] doesn't know.

NB the GP letter on file is from [[R|Dr Dara Hawrami]] — no relation, common name in [[NEG|Sulaymaniyah]] apparently.

He's OK for you to call on [[SI:PHONE_NUMBER|07700 900 566]]. Best after 4. [[R|Shilan]] may ring too.

Cheers,
[[P|Rojda]]

--
[[P|Rojda Aydın]]
Tutor, Foundation Year (Engineering) | Mon–Thu
[[T:PHONE_NUMBER|020 7946 0381]] | [[T:EMAIL_ADDRESS|rojda.aydin@aou.ac.uk]]""",
    },
    # ------------------------------------------------------------------ meeting_minutes
    {
        "id": "d34-minutes-001",
        "kind": "meeting_minutes",
        "subject": "Lucía Romero",
        "subject_aliases": ["Lucía", "Ms Romero"],
        "case_people": ["Marguerite Ashby", "Nkechi Okafor"],
        "tags": ["attendees", "initials", "same_surname_relative", "diacritics", "title"],
        "text": """PREVENT CASE REVIEW — MINUTES
08/05/2025, 14:00, Teams   Case: [[S|Lucía Romero]] ([[SI:STUDENT_NUMBER|R6604-1187]])

Present: [[P|Dr Marguerite Ashby]] (Chair, DSL); [[U|Hugh Penrose]] (Student Casework); [[P|Nkechi Okafor]] (Wellbeing); [[U|Zainab Chaudhry]] (Faculty of Arts, AL)
Apologies: [[U|Ffion Jenkins]] (Disability Support)
Minutes: [[U|Ben Sadler]]

1. Background. [[U|ZC]] reported [[S|Lucía]]'s essay drafts citing Great Replacement material; she says it's for a critique but sources used uncritically. Brother [[R|Javier Romero]] runs a podcast on similar themes.
2. Discussion. [[P|NO]] noted [[S|Ms Romero]] has disclosed anxiety and family pressure. [[U|HP]] confirmed no conduct issues. Chair: not Channel at this point.
3. Data error: [[R|Carmen Romero]] (Finance, no relation) was cc'd in error on the last email — [[U|BS]] to recall.

Actions
- [[P|NO]] to call the student by Fri.
- [[U|ZC]] to give feedback on sourcing, w/ [[P|MA]].
- [[U|HP]] to check whether [[R|Javier]] is a registered student (no further action if not).
- [[P|MA]] to review 05/06. [[R|Sra. Romero]] (mother) not to be contacted.""",
    },
    {
        "id": "d34-minutes-002",
        "kind": "meeting_minutes",
        "subject": "Bilal Haddad",
        "subject_aliases": ["Bilal", "Bil"],
        "case_people": ["Oksana Hrytsenko", "Samir Haddad"],
        "tags": ["attendees", "initials", "same_surname_relative", "title", "labelled_id"],
        "text": """MULTI-AGENCY MEETING — notes
Re: [[S|Bilal Haddad]], DOB [[SI:DATE_OF_BIRTH|07/09/2004]]
14 Jan 2025, [[NEG|Kingsway House]] rm 3.12

Attendees:
[[P|Oksana Hrytsenko]] – Uni Safeguarding Lead (chair)
[[U|Sgt Callum Forde]] – [[NEG|West Midlands Police]] Prevent team
[[U|Amira Saleh]] – LA Prevent Coordinator
[[U|Dr Ivor Whitlock]] – Personal Tutor
Apologies: [[U|Rev. Jonathan Mace]] (chaplaincy)
Minutes: [[U|Kelly Ng]]

Notes
- [[U|IW]]: [[S|Bilal]] argumentative in tutorials; shared a video from an account since removed.
- [[U|Sgt Forde]]: police aware of father [[R|Samir Haddad]] via an unrelated fraud matter; no ideological concerns re [[R|Mr Haddad]] senior.
- [[U|AS]]: sister [[R|Rania Haddad]] contacted the LA herself in Dec, worried about [[S|Bil]].
- [[P|OH]]: [[S|Mr Haddad]] (the student) has engaged w/ every email so far.

Actions
- [[P|OH]] to meet [[S|Bilal]] w/ [[U|IW]], 21/01.
- [[U|CF]] to share PNC outcome w/ [[P|OH]] only.
- [[U|AS]] to contact [[R|Rania]] re consent.
- [[R|Mrs Haddad]] not to be contacted at this stage. [[U|KN]] to circulate by Fri.""",
    },
    {
        "id": "d34-minutes-003",
        "kind": "meeting_minutes",
        "subject": "Summer Ellison",
        "subject_aliases": ["Summer", "Sum"],
        "case_people": ["Ivy Rigby", "Mark Ellison"],
        "tags": ["attendees", "word_name", "initials", "same_surname_relative", "url"],
        "text": """Team meeting minutes — Student Support (North) — 22/01/25
Attendees: [[P|Ivy Rigby]] (Team Lead), [[U|Hazel Kinsella]] (Adviser), [[U|Jamal Idowu]] (Adviser), [[U|Bronwen Teague]] (Prevent Champion)
Apologies: [[U|Rosa Delgado]]
Minutes: [[U|JI]]

Item 4 — [[S|Summer Ellison]] ([[SI:STUDENT_NUMBER|E0021446]])
[[U|HK]] updated: [[S|Summer]] disclosed her dad [[R|Mark Ellison]] has been organising "patrols" near the asylum hotel in [[NEG|Knowsley]] and wants her to film them for his channel [[T:URL|youtube.com/@MarkEllisonTruth]]. She's refused. [[R|Mr Ellison]] turned up at the study centre 17/01 asking for her timetable; reception ([[U|Gemma]]) declined.
[[P|IR]] noted her TMA03 [[NEG|mark]] dropped to 38. Team agreed there's [[NEG|hope]] — she's engaging well. Step-mum [[R|Tina Ellison]] rang to say [[S|Sum]] can stay with her over the [[NEG|summer]].
[[U|BT]] to log as Prevent concern re [[R|Mark]] (not student) and pass to LA.

Actions:
[[U|HK]] to call [[S|Summer]] weekly.
[[U|BT]] to email LA Prevent team by Fri.
[[P|IR]] to brief security on [[R|Mr Ellison]]; photo from [[R|Tina]] on file.""",
    },
    {
        "id": "d34-minutes-004",
        "kind": "meeting_minutes",
        "subject": "Giulia Bianchi",
        "subject_aliases": ["Giulia", "Ms Bianchi"],
        "case_people": ["Francesca Russo"],
        "tags": ["attendees", "initials", "same_surname_relative", "diacritics", "ip_address", "social_handle"],
        "text": """Case Conference — MINUTES (draft v2)
Subject: [[S|Giulia Bianchi]], MA Creative Writing, [[SI:STUDENT_NUMBER|B-5528-041]]
Date: 03/03/2025

Present:
 Chair — [[P|Francesca Russo]], Head of Student Casework
 [[R|Dr Paolo Bianchi]], Module Chair [[NEG|A215]] (no relation to student — declared)
 [[U|Ayodele Fashola]], Personal Tutor
 [[U|Mr Seán Ó Dálaigh]], IT Security
Apologies: [[U|Prof. Hilary Brandt]]
Minutes: [[U|Kerry-Ann Walcott]]

Discussion
[[U|AF]] summarised: [[S|Giulia]]'s story for [[NEG|A215]] depicts a bombing in detail and names a real mosque. [[R|PB]] said fiction can explore extremism but flagged brother [[R|Marco Bianchi]]'s public posts, handle [[T:SOCIAL_HANDLE|@marco_b_tricolore]]. [[U|SÓD]] confirmed VLE logins from [[T:IP_ADDRESS|203.0.113.58]] (not her usual IP) on 2 nights — possibly [[R|Marco]] using her account.
[[S|Ms Bianchi]] to be invited to a supportive meeting. Mother [[R|Signora Bianchi]] has emailed twice; no consent on file.

Actions: [[P|FR]] to write to [[S|Giulia]]. [[U|AF]] to meet her. [[U|SÓD]] to reset creds. [[R|PB]] to step back from marking her EMA.""",
    },
    {
        "id": "d34-minutes-005",
        "kind": "meeting_minutes",
        "subject": "Chidi Eze",
        "subject_aliases": ["Chidi", "Mr Eze"],
        "case_people": ["Gwilym Rees"],
        "tags": ["attendees", "initials", "same_surname_relative", "title", "labelled_id"],
        "text": """Safeguarding Panel — minutes, 11 Feb 2025
Present: [[P|Gwilym Rees]] (Chair), [[U|Dr Yasmin Haddou]] (Deputy SL), [[U|Marek Nowicki]] (Residential Support), [[U|Abena Owusu]] (SU Advice)
Apologies: [[U|DS Clare Whitby]] (police liaison)
Minutes: [[U|Ethan Lowe]]

Case 2: [[S|Chidi Eze]] ([[SI:STUDENT_NUMBER|E7731-0420]])
[[U|MN]]: flatmate complaint — [[S|Chidi]] allegedly playing speeches loud, posters of a separatist militia in the kitchen. [[S|Mr Eze]] told [[U|MN]] it's "history" and cousin [[R|Obinna Eze]] sent the posters from [[NEG|Enugu]].
[[U|AO]]: [[S|Chidi]] came to SU advice, feels targeted by flatmates [[U|Rory]] and [[U|Jack Pemberton]].
[[U|YH]]: mother [[R|Adaobi Eze]] is NOK, phone [[T:PHONE_NUMBER|+234 803 555 0172]].
Discussion: views political, no indication of violence; flat tensions the main issue. [[U|DS Whitby]] (by email): no police interest.

Actions:
- [[P|GR]] to meet [[S|Chidi]] w/ [[U|AO]] present.
- [[U|MN]] to mediate flat mtg, not naming [[R|Obinna]].
- [[U|YH]] to update [[R|Mrs Eze]] only if student consents.
- [[U|EL]] to circulate; [[R|Uche Eze]] (brother, applicant for Sept) — no link, no action.""",
    },
    # ------------------------------------------------------------------ case_chronology
    {
        "id": "d34-chron-001",
        "kind": "case_chronology",
        "subject": "Precious Dlamini",
        "subject_aliases": ["Precious", "P.D.", "Ms Dlamini"],
        "case_people": ["Sibusiso Ntuli", "Nomsa Dlamini"],
        "tags": ["word_name", "initials", "same_surname_relative", "vehicle", "labelled_id"],
        "text": """CASE CHRONOLOGY — [[S|Precious Dlamini]] — [[SI:STUDENT_NUMBER|D4418-2207]] — DOB [[SI:DATE_OF_BIRTH|23.08.1999]]

09/09/24 — Enrolment. NOK mother [[R|Nomsa Dlamini]], [[T:PHONE_NUMBER|+27 82 555 0193]]. ([[U|A. Kruger]])
21/10/24 — [[S|Precious]] tells AL [[U|Mr Fenwick]] her partner "[[U|Dee]]" is in a group that "trains" at weekends. Gave [[NEG|precious]] little detail. ([[U|R. Fenwick]])
22/10/24 — Referral to SL. — [[P|SN]]
28/10/24 — [[P|Sibusiso Ntuli]] (SL) met [[S|Ms Dlamini]]. Group is a militia-style "survival club" in [[NEG|Thetford Forest]]; [[U|Dee]] = [[U|Deon Vermaak]], per student. — [[P|SN]]
02/11/24 — Brother [[R|Sizwe Dlamini]] emailed from [[T:EMAIL_ADDRESS|sizwe.dlamini@example.co.za]] asking uni to "get her out of there". No consent to reply. ([[U|A. Kruger]])
15/11/24 — LA Prevent: [[U|Vermaak]] already known. Vehicle [[T:UK_VEHICLE_REGISTRATION|KX21 PZT]] seen at study centre car park 3x. — [[P|SN]]
20/11/24 — [[S|P.D.]] moved to aunt [[R|Thandi Dlamini]]'s in [[NEG|Norwich]]. — [[P|SN]]
06/12/24 — [[R|Mrs Dlamini]] rang, thanked team. Case stepped down. ([[U|AK]])""",
    },
    {
        "id": "d34-chron-002",
        "kind": "case_chronology",
        "subject": "Rahul Venkataraman",
        "subject_aliases": ["Rahul", "RV", "Mr Venkataraman"],
        "case_people": ["Stephanie Nwachukwu"],
        "tags": ["initials", "same_surname_relative", "title", "signature"],
        "text": """Case chronology — [[S|Rahul Venkataraman]] — stu [[SI:STUDENT_NUMBER|V1187294]]
Compiled by [[P|Stephanie Nwachukwu]] for Channel panel

14 Sep 24 — [[S|Rahul]] posts on module forum re a "Hindu nation" & calls a peer an "invader". Removed by mod [[U|Ahmed Jaffar]]. — [[P|SN]]
16 Sep 24 — [[S|RV]] apologises by email; says father [[R|Mr Venkataraman]] "forwards this stuff all day". — [[U|AJ]]
02 Oct 24 — Peer [[U|Zara Hussain]] (the one called "invader") complains formally; [[U|ZH]] supported by [[U|Prof. Ewan Lockhart]]. — [[P|SN]]
10 Oct 24 — PT [[U|Dr Meenakshi Pillai]] meets [[S|Rahul]]; he shows WhatsApp msgs from uncle [[R|S. Venkataraman]] w/ calls to "teach them a lesson". — [[U|MP]]
11 Oct 24 — SL referral. Sister [[R|Divya Venkataraman]] ([[T:EMAIL_ADDRESS|divya.v.2001@example.com]]) contacts uni separately, worried. — [[P|SN]]
04 Nov 24 — [[S|Mr Venkataraman]] (student) attends mentoring w/ interfaith mentor [[U|Joseph Abrams]]. Positive. — [[P|SN]]
18 Nov 24 — Channel panel: support package agreed. [[R|Divya]] to be informed only w/ consent. [[R|Mrs Venkataraman]] asked to attend; declined by chair. — [[P|S. Nwachukwu]]""",
    },
    {
        "id": "d34-chron-003",
        "kind": "case_chronology",
        "subject": "Siobhán Cassidy",
        "subject_aliases": ["Siobhán", "Shiv", "Ms Cassidy"],
        "case_people": ["Dermot Fallon"],
        "tags": ["diacritics", "initials", "same_surname_relative", "title", "labelled_id"],
        "text": """Chronology — [[S|Siobhán Cassidy]] ([[SI:STUDENT_NUMBER|C-3350-817]]) — prepared 12/02/25

05/11/24  Student emails tutor re late TMA; mentions brother [[R|Declan]] is "back from inside" & staying w/ her. ([[U|C. Ní Bhraonáin]])
19/11/24  [[S|Shiv]] tells SSC adviser [[U|Paddy Morrow]] that [[R|Declan Cassidy]] wants to use her address for parcels; she's uneasy. — [[U|PM]]
03/12/24  Police ([[U|DS Aoife Kearney]], [[NEG|PSNI]]) contact uni: [[R|Declan]] is subject of an investigation; asks if [[S|Ms Cassidy]] is enrolled. Info shared under DP exemption after [[P|Dermot Fallon]] (DSL) approval. — [[P|DF]]
04/12/24  [[P|DF]] called [[S|Siobhán]]. She's frightened; mum [[R|Bernadette Cassidy]] ([[T:PHONE_NUMBER|028 9018 0442]]) to have her stay in [[NEG|Newry]]. — [[P|DF]]
09/01/25  [[S|Siobhán]] confirms [[R|Declan]] moved out. New address [[SI:STREET_ADDRESS|7 Ardcarn Park]], [[SI:UK_POSTCODE|BT35 8RG]]. ([[U|P. Morrow]])
28/01/25  [[R|Mrs Cassidy]] emails thanks. Tutor [[U|Mr Quigley]] agrees ext. ([[P|D. Fallon]])
10/02/25  [[U|DS Kearney]] confirms no further contact needed; [[R|Declan]]'s partner [[U|Shauna]] not linked to uni. ([[P|D. Fallon]])""",
    },
    {
        "id": "d34-chron-004",
        "kind": "case_chronology",
        "subject": "Mehmet Yıldız",
        "subject_aliases": ["Mehmet", "Memo", "M.Y.", "Mr Yıldız"],
        "case_people": ["Lowri Vaughan"],
        "tags": ["diacritics", "initials", "same_surname_relative", "alias", "labelled_id"],
        "text": """CASE CHRONOLOGY
Subject: [[S|Mehmet Yıldız]]   Stu no [[SI:STUDENT_NUMBER|Y0042671]]   UK passport [[SI:UK_PASSPORT|541927386]]

2024-10-03 | [[S|Mehmet]] reports being followed after a Kurdish solidarity event on campus; names [[U|Onur]] & "[[U|Kaan K.]]" as involved. — [[P|LV]]
2024-10-04 | [[S|Memo]] (nickname in peer emails) shown CCTV stills by security ([[U|Gary Platt]]); confirms one man. — [[U|GP]]
2024-10-09 | Uncle [[R|Şükrü Yıldız]] calls: wants uni to "expel the Kurds". Declined. Concern noted re [[R|Mr Yıldız]]'s views (the uncle, not student). — [[P|LV]]
2024-10-15 | Sister [[R|Çağla Yıldız]] says [[S|M.Y.]] sleeping at friend [[U|Deniz Arslan]]'s flat. — [[P|LV]]
2024-10-22 | Referral to LA Prevent re [[R|Şükrü]]; [[U|DC Imogen Hale]] to assess. — [[P|Lowri Vaughan]]
2024-11-06 | [[S|Mehmet]] back in tuts; mum [[R|Mrs Yıldız]] asks for copy of letter — declined (no consent). — [[P|LV]]
2024-11-20 | [[U|DC Hale]]: [[R|Şükrü]] given advice; [[U|Onur Kaya]] identified, interviewed. — [[P|LV]]""",
    },
    {
        "id": "d34-chron-005",
        "kind": "case_chronology",
        "subject": "Faith Achieng Otieno",
        "subject_aliases": ["Faith", "F.O.", "Ms Otieno"],
        "case_people": ["Hamza Iqbal", "Brian Otieno"],
        "tags": ["word_name", "initials", "same_surname_relative", "social_handle", "title"],
        "text": """Chronology of concern — [[S|Faith Achieng Otieno]] ([[SI:STUDENT_NUMBER|O-2290-115]])

12 Jan — [[S|Faith]] messages chaplain [[U|Rev. Alison Pryce]]: brother [[R|Brian Otieno]] has joined a church splinter group that preaches against "the faithless". Says she still has [[NEG|faith]] he'll come back. — [[U|AP]]
15 Jan — [[R|Brian]] posts a clip as [[T:SOCIAL_HANDLE|@brian_otieno_warrior]] naming a local imam. [[S|Ms Otieno]] reports it. — [[P|HI]]
16 Jan — SL [[P|Hamza Iqbal]] opens case; concern = [[R|Brian]], student is the reporter. — [[P|HI]]
20 Jan — Father [[R|Mr Otieno]] ([[NEG|Nairobi]]) emails from [[T:EMAIL_ADDRESS|p.otieno@example.co.ke]], wants to be kept informed. Consent not given. — [[P|HI]]
23 Jan — Police Prevent ([[U|PC Nasra Abdi]]) acknowledge. [[S|F.O.]] gives statement. — [[P|HI]]
30 Jan — [[S|Faith]] asks for module ext.; AL [[U|Ms Warrender]] agrees. Cousin [[R|Akinyi Otieno]] staying w/ her. — [[U|AP]]
06 Feb — [[NEG|Interfaith]] Society chair [[U|Yusuf Omondi]] offers peer support. [[R|Brian]]'s account suspended. — ([[P|H. Iqbal]])""",
    },
    # ------------------------------------------------------------------ incident_report
    {
        "id": "d34-incident-001",
        "kind": "incident_report",
        "subject": "Euan Baxter",
        "subject_aliases": ["Euan", "Baxter"],
        "case_people": ["Isla Mackintosh"],
        "tags": ["vehicle", "ip_address", "same_surname_relative", "title", "signature"],
        "text": """INCIDENT REPORT  [[NEG|IR-25-0078]]
Date/time: 19/02/2025 18:40   Location: [[NEG|Dundee]] study centre, car park
Reported by: [[P|Isla Mackintosh]] (Security Supervisor), call sign [[NEG|Sierra 4]]
Student involved: [[S|Euan Baxter]], stu no [[SI:STUDENT_NUMBER|B9921-0043]]

Account: [[S|Baxter]] found handing out leaflets (anti-immigration, group logo) to students leaving evening tutorial. With him: [[R|Morag Baxter]] (says she's his aunt) and a male later named as [[U|Stuart Lennox]]. Vehicle [[T:UK_VEHICLE_REGISTRATION|SN68 KWD]] (blue Astra, keeper [[R|M. Baxter]]) parked across disabled bay. Guest Wi-Fi log shows [[U|Lennox]]'s phone on [[T:IP_ADDRESS|198.51.100.23]] 18:22–18:51.

Witnesses: [[U|Anjali Desai]] (student, [[T:PHONE_NUMBER|07700 900145]]); [[U|Mr Tomasz Górski]] (cleaner).
Police: [[U|PC Darren Ruddock]] & [[U|PC Leah Baird]], [[NEG|Police Scotland]], ref [[NEG|PS-20250219-3321]]. No arrests; leaflets retained.
[[S|Euan]] said cousin [[R|Fraser Baxter]] printed them and [[R|Fraser]] "runs the group page". [[R|Mrs Baxter]] (mother) phoned 19:30 asking if he's in trouble.

Sign: [[P|I. Mackintosh]]   Counter-signed: [[U|G. Rennard]] (Duty Mgr)""",
    },
    {
        "id": "d34-incident-002",
        "kind": "incident_report",
        "subject": "Tariq Al-Mansouri",
        "subject_aliases": ["Tariq", "tal-mansouri"],
        "case_people": ["Niamh Corcoran", "Halima Bashir"],
        "tags": ["ip_address", "ipv6", "username", "same_surname_relative", "title", "labelled_id"],
        "text": """IT SECURITY INCIDENT — [[NEG|INC0041729]]
Raised: 27/01/2025 09:12 by [[P|Niamh Corcoran]] (SOC analyst)
Account: [[SI:USERNAME|tal-mansouri]] ([[S|Tariq Al-Mansouri]], [[SI:STUDENT_NUMBER|M2210874]])

Summary: VPN session from [[T:IP_ADDRESS|2001:db8:4f2a:9c::17]] pulled 40+ files from a proscribed group's mirror via the library proxy. Device [[NEG|DESKTOP-7H2KQ1]]. Second login same night from [[T:IP_ADDRESS|192.0.2.144]], geolocated to [[NEG|Leicester]] — home of father [[R|Mr Al-Mansouri]].
Student's account: laptop is shared w/ brother [[R|Yousef Al-Mansouri]] and cousin [[R|Khalid]].
Witness: flatmate [[U|Ciarán Doyle]] says [[R|Yousef]] stayed 25–27 Jan.
Police: [[U|DS Hannah Greaves]] ([[NEG|East Midlands CTP]]) informed 11:30; [[U|DC Omar Farouk]] collected logs.
Reviewed by [[U|Ravi Sood]] (Head of InfoSec). [[U|RS]] approved account lock.
[[S|Tariq]] interviewed 28/01 w/ SL [[P|Dr Halima Bashir]] present; says he didn't know what [[R|Yousef]] downloaded. [[R|Yousef]]'s own uni account (also ours, [[T:STUDENT_NUMBER|M2307713]]) suspended pending review.
— [[P|N. Corcoran]]""",
    },
    {
        "id": "d34-incident-003",
        "kind": "incident_report",
        "subject": "Agnieszka Zielińska",
        "subject_aliases": ["Agnieszka", "Aga", "Mrs Zielińska"],
        "case_people": ["Derek Ashworth", "Piotr Zieliński"],
        "tags": ["diacritics", "vehicle", "same_surname_relative", "title", "signature"],
        "text": """INCIDENT REPORT FORM
Date: 11/04/2025, approx 13:15   Location: exam venue, [[NEG|Marlow Room]], [[NEG|Exeter Conference Centre]]
Reporter: [[P|Derek Ashworth]] (Invigilator), ext 4410
Persons involved: [[S|Agnieszka Zielińska]] (candidate, [[SI:STUDENT_NUMBER|Z-7702-318]]); [[R|Piotr Zieliński]] (husband, not a student)

Account: [[R|Mr Zieliński]] arrived mid-exam demanding to see [[S|Aga]], shouting about "traitors" & waving a phone w/ a video. Refused to leave. [[S|Mrs Zielińska]] visibly distressed. Invigilator [[U|Olumide Bankole]] took her to a side room.
Witnesses: [[U|Harriet Colley]] (candidate); [[U|Mr Aled Prosser]] (venue manager).
Police: [[U|PC Jamie Kerslake]] & [[U|PCSO Ruth Adair]] attended 13:40. [[R|Piotr]] had left in [[T:UK_VEHICLE_REGISTRATION|WF19 LXA]] before arrival. Incident no. [[NEG|DC-4471-110425]].
After: [[S|Agnieszka]] said brother-in-law [[R|Tomasz Zieliński]] sends [[R|Piotr]] "these videos". Son [[R|Kuba]] at home w/ neighbour [[U|Mrs Dunne]].
Referred: SL [[U|Dr Olivia Penhaligon]] + DV adviser. Special consideration form given.

Signed: [[P|D. Ashworth]]  11/04/25""",
    },
    {
        "id": "d34-incident-004",
        "kind": "incident_report",
        "subject": "Trần Văn Đức",
        "subject_aliases": ["Đức", "Duc", "Duc Tran", "dtran_44"],
        "case_people": ["Trần Thị Mai", "Gareth Pugh"],
        "tags": ["diacritics", "ip_address", "ipv6", "username", "same_surname_relative", "initials"],
        "text": """INCIDENT REPORT — online hate / possible radicalisation
Ref [[NEG|IR/OL/25/019]]   Logged 03/03/2025 by [[P|Gareth Pugh]] (Digital Learning)
Subject: [[S|Trần Văn Đức]] ("[[S|Duc Tran]]" on VLE), [[SI:STUDENT_NUMBER|T4419-2280]]

What happened: in a live session 02/03 ([[NEG|TX290]]), account [[SI:USERNAME|dtran_44]] posted links to a channel celebrating an attack. Host [[U|Ms Ikeoluwa Balogun]] removed them. Login IP [[T:IP_ADDRESS|198.51.100.201]] — not his usual; matches sister's flat in [[NEG|Birmingham]]. Second session from [[T:IP_ADDRESS|2001:db8:a0b:12f0::1]].

[[S|Đức]] says sister [[R|Trần Thị Mai]] and her partner [[U|Khánh]] share the laptop. [[R|Mai]] denies it. Father [[R|Mr Trần]] phoned ([[T:PHONE_NUMBER|0121 496 0837]]) asking uni not to "involve police".
Witnesses (chat): [[U|Sophie Lam]], [[U|Ahmed Ali]], user [[T:USERNAME|b.okafor_ou]].
Police: not yet. SL [[U|Dr Kenji Mori]] to decide by 07/03. [[U|KM]] has asked [[U|IB]] for the session recording.

— [[P|GP]]""",
    },
    {
        "id": "d34-incident-005",
        "kind": "incident_report",
        "subject": "Hope Oyelaran",
        "subject_aliases": ["Hope", "Ms Oyelaran"],
        "case_people": ["Magdalena Kowalczyk"],
        "tags": ["word_name", "unissued_prefix", "labelled_id", "vehicle", "same_surname_relative", "title"],
        "text": """INCIDENT / CONCERN REPORT
When: 06/12/2024, 10:30–11:05   Where: [[NEG|Bristol]] regional centre, room [[NEG|G.14]]
Reported by: [[P|Magdalena Kowalczyk]] (Regional Support Officer)
Subject: [[S|Hope Oyelaran]], DOB [[SI:DATE_OF_BIRTH|30 April 2003]], NI [[SI:UK_NINO|QQ 38 27 41 A]]

Details: [[S|Hope]] came to a drop-in with uncle [[R|Adewale Oyelaran]], who did most of the talking. He asked for her login "to check her work" and said classmates "need to be dealt with". [[S|Ms Oyelaran]] said little; when he stepped out she said she has no [[NEG|hope]] of leaving his house until she finishes. Aunt [[R|Mrs Oyelaran]] waited in car [[T:UK_VEHICLE_REGISTRATION|BD70 HRN]].
Uncle's NI given on fee-payer form: [[T:UK_NINO|BG 72 19 40 C]].
Witnesses: receptionist [[U|Sunita Kaur]]; student [[U|Jonah Blackmore]] (waiting area).
Police: none at time. Follow-up by [[U|DS Kehinde Ajayi]] (CTP SW) 09/12.
Next: SL [[U|Mr Alasdair Munro]] to meet [[S|Hope]] alone. Cousin [[R|Tobi Oyelaran]] also enrolled ([[T:STUDENT_NUMBER|O5520931]]); no concerns re [[R|Tobi]].
Signed: [[P|M. Kowalczyk]]""",
    },
    # ------------------------------------------------------------------ letter
    {
        "id": "d34-letter-001",
        "kind": "letter",
        "subject": "Gareth Llewellyn",
        "subject_aliases": ["Gareth", "Mr Gareth Llewellyn"],
        "case_people": ["Andrew Moss", "Rhodri Llewellyn"],
        "tags": ["named_house", "no_house_number", "split_postcode", "same_surname_relative", "greeting", "signoff"],
        "text": """[[NEG|Ashbourne Open University]] — Student Casework
[[NEG|Kingsway House]], [[NEG|Ashbourne]]

[[S|Mr Gareth Llewellyn]]
[[SI:STREET_ADDRESS|Bryn Awel]]
[[SI:STREET_ADDRESS|Heol y Felin]]
Llanybydder
[[SI:UK_POSTCODE|SA40 9QT]]

12 September 2025

Dear [[S|Gareth]],

Following our meeting on 4 September with [[P|Mr Andrew Moss]] (Safeguarding Lead), I am writing to confirm what we agreed.

1. The University has no concerns about your own views or conduct.
2. You told us your brother [[R|Rhodri Llewellyn]] used your account to post in an online forum linked to a banned group. Your password has been reset.
3. Your mother, [[R|Mrs Llewellyn]], may contact us. We will not discuss your studies with her without your written consent, which you can give to [[U|Mrs Bethan Howells]] at the Cardiff office ([[T:PHONE_NUMBER|029 2018 0934]]).
4. [[U|Dr Owain Jarvis]] will mark TMA05 separately.

If [[R|Rhodri]] or your uncle [[R|Emyr Llewellyn]] contacts you about the account, please tell us.

Yours sincerely,

[[U|Catrin Ellis-Rowe]]
Student Casework Manager
cc: [[P|A. Moss]]; file""",
    },
    {
        "id": "d34-letter-002",
        "kind": "letter",
        "subject": "Andreea Munteanu",
        "subject_aliases": ["Andreea", "Ms Munteanu"],
        "case_people": ["Ngaire Whitcombe", "Cezar Dobre"],
        "tags": ["diacritics", "same_surname_relative", "labelled_id", "greeting", "signoff", "title"],
        "text": """[[NEG|Westerleigh Borough Council]] — Prevent & Channel
[[NEG|Civic Offices]], Market Square

Private & Confidential
[[P|Dr Ngaire Whitcombe]]
Designated Safeguarding Lead
[[NEG|Ashbourne Open University]]

10 March 2025

Dear [[P|Dr Whitcombe]],

Re: [[S|Andreea Munteanu]], DOB [[SI:DATE_OF_BIRTH|11/01/2000]], NHS no. [[SI:UK_NHS|859 030 6518]], of [[SI:STREET_ADDRESS|Flat 3, 22 Wellington Road]], [[SI:UK_POSTCODE|WR2 4JE]]

Thank you for your referral of 12 February. The Channel panel met on 3 March, chaired by [[U|Cllr Marian Oakes]]. [[S|Ms Munteanu]] attended with her sister [[R|Bianca Munteanu]]. The panel heard that [[S|Andreea]]'s partner, [[P|Cezar Dobre]], and her father, [[R|Dragoș Munteanu]], are active in an online group promoting violence against Roma families. The panel is satisfied [[S|Andreea]] does not share these views.

A separate referral has been made regarding [[P|Mr Dobre]]. [[R|Mr Munteanu]] must not be told where his daughter is living; she is staying with [[U|Mrs Lăcrămioara Stan]].

Yours sincerely,
[[U|Hugo Brennan]]
Prevent Coordinator
[[T:PHONE_NUMBER|01905 960447]] | [[T:EMAIL_ADDRESS|hugo.brennan@westerleigh.example.gov.uk]]
cc: [[U|PC Jade Morrell]]""",
    },
    {
        "id": "d34-letter-003",
        "kind": "letter",
        "subject": "Hamid Karimi",
        "subject_aliases": ["Hamid", "Mr Karimi", "Mr H. Karimi"],
        "case_people": ["Zarlasht Ahmadi", "Jawad Karimi"],
        "tags": ["labelled_id", "same_surname_relative", "split_postcode", "greeting", "signoff", "title"],
        "text": """[[NEG|Ashbourne Open University]] — Student Funding Office

[[S|Mr H. Karimi]]
[[SI:STREET_ADDRESS|41 Dovecote Lane]]
Beeston
[[SI:UK_POSTCODE|NG9 1JF]]

3 March 2025

Dear [[S|Mr Karimi]],

Emergency Support Fund — payment query ([[NEG|ESF-2025-0388]])

We paid £750 on 14 February to the account you gave us: sort code [[T:UK_SORT_CODE|30-96-34]], account no. [[T:UK_BANK_ACCOUNT|17738290]]. Our bank tells us this account is held by [[R|Jawad Karimi]], not by you. We have also had a request from [[U|Mr Abdul Wahid Noori]] to send a further payment to IBAN [[T:IBAN_CODE|GB88 NWBK 6017 2258 2033 46]].

As you know from your conversation with [[P|Ms Zarlasht Ahmadi]] (Safeguarding), we must ask where funds go. We have not made the second payment. Please call [[U|Nadia Hussaini]] on [[T:PHONE_NUMBER|0115 496 0254]] to confirm your own bank details. Your mother, [[R|Mrs Karimi]], and [[R|Jawad]] cannot act for you unless you authorise them in writing.

Yours sincerely,

[[U|Rachel Ondaatje]]
Student Funding Officer
cc: [[P|Z. Ahmadi]]""",
    },
    {
        "id": "d34-letter-004",
        "kind": "letter",
        "subject": "Lin Haoran",
        "subject_aliases": ["Haoran", "Harry"],
        "case_people": ["Lin Xue", "Ffion Evans"],
        "tags": ["named_house", "no_house_number", "split_postcode", "same_surname_relative", "signoff", "social_handle"],
        "text": """[[R|Lin Xue]]
[[T:STREET_ADDRESS|The Old Forge]]
[[T:STREET_ADDRESS|Church Lane]]
Little Shelford
[[T:UK_POSTCODE|CB22 5HH]]
[[T:EMAIL_ADDRESS|linxue.forge@example.com]]

18 March 2025

The Safeguarding Lead
[[NEG|Ashbourne Open University]]

Dear Sir or Madam,

My brother [[S|Lin Haoran]] ("[[S|Harry]]") studies Politics with you ([[SI:STUDENT_NUMBER|L7719-0032]]). Since the autumn he spends nights on a forum run by a man called [[U|Vance Holloway]] ([[T:SOCIAL_HANDLE|@vanceholloway_real]]) and repeats what he says about "civilisational war". Our father [[R|Lin Guoqiang]] has stopped speaking to him. Our cousin [[R|Lin Jiaqi]] says [[S|Haoran]] asked him about buying a crossbow.

I have spoken to his tutor [[P|Dr Evans]], who told me to write to you. [[S|Harry]]'s girlfriend [[U|Poppy Carver]] is also worried. Please do not tell our father I wrote.

Yours faithfully,

[[R|Lin Xue]] (Miss)
[[T:PHONE_NUMBER|07700 900 962]]""",
    },
    {
        "id": "d34-letter-005",
        "kind": "letter",
        "subject": "Sunny Patel",
        "subject_aliases": ["Sunny", "Mr Sunny Patel"],
        "case_people": ["Rekha Joshi"],
        "tags": ["word_name", "labelled_id", "vehicle", "same_surname_relative", "greeting", "signoff"],
        "text": """[[NEG|Ashbourne Open University]] — Placements & Safeguarding

[[S|Mr Sunny Patel]]
[[SI:STREET_ADDRESS|Flat 9, Rosebery Court]]
[[SI:STREET_ADDRESS|118 Belgrave Road]]
Leicester
[[SI:UK_POSTCODE|LE4 6AR]]

2 June 2025

Dear [[S|Sunny]],

Thank you for returning your placement documents. We have recorded: driving licence [[SI:UK_DRIVING_LICENCE|PATEL907148SK9XY]], passport [[SI:UK_PASSPORT|548201937]], NHS no. [[SI:UK_NHS|806 294 4654]].

As [[P|Mrs Rekha Joshi]] explained on the phone, the school asked about a 2023 Prevent referral concerning your cousin [[R|Nikhil Patel]], whose address matched yours. We have confirmed it did not concern you. We note your father, [[R|Mr Bharat Patel]], is the registered keeper of [[T:UK_VEHICLE_REGISTRATION|FN17 OUY]], listed on your parking permit.

[[R|Dr Anjali Patel]], a placement supervisor at [[NEG|Thurmaston Park Academy]], is no relation and will not see your file. Your induction is in the [[NEG|Rose Building]]; your mum, [[R|Mrs Patel]], is welcome to wait in reception.

Yours sincerely,

[[P|R. Joshi]]
Placements Officer
cc: [[U|Mr Dev Karia]] (Head, [[NEG|Thurmaston Park Academy]])""",
    },
]
