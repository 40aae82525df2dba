# ruff: noqa: E501
"""dev29: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d29-tutor-01",
        "kind": "tutor_report",
        "subject": "Eoghan Ó Ceallaigh",
        "subject_aliases": ["Owen", "Eoghan", "Mr Ó Ceallaigh"],
        "case_people": ["Gwenllian Pryce", "Ilona Wiśniewska"],
        "text": """PERSONAL TUTOR CONCERN FORM — [[NEG|Northgate Online University]]
Student: [[S|Eoghan Ó Ceallaigh]] ([[S|Owen]])   Student no: [[SI:STUDENT_NUMBER|NGU-2291-0457]]
Module: [[NEG|SOC2104]] Identity and Belonging, [[NEG|Week 6]]
Personal tutor: [[P|Dr Gwenllian Pryce]]

During the live seminar on 14 March, [[S|Eoghan]] shared a meme in the breakout room that other students found alarming. [[U|Kofi Asante]] and [[U|Mairéad Quinlan]] messaged me privately. When I spoke with [[S|Mr Ó Ceallaigh]] afterwards he said he had copied it from a cousin's channel and "didn't think". He mentioned that his father, [[R|Seán Ó Ceallaigh]], has been unwell and that his sister [[R|Aoife]] has moved back home to [[NEG|Galway]].

I have referred him to [[P|Ms Wiśniewska]] in Wellbeing; [[P|Ilona]] confirmed she can see him on Thursday. [[U|Prof. Hywel Bevan]] (Safeguarding Lead) is copied. I do not consider this a [[NEG|Prevent]] referral at this stage, but [[S|Owen]]'s tone in his last three forum posts has changed. His father's number is on file as next of kin: [[T:PHONE_NUMBER|+353 87 555 0142]] (ask for [[R|Seán]]).

Next review: [[NEG|Week 8]].

Signed: [[P|G. Pryce]]
cc [[P|IW]], [[U|HB]]""",
    },
    {
        "id": "d29-tutor-02",
        "kind": "tutor_report",
        "subject": "Thabo Mokoena",
        "subject_aliases": ["Tebza", "Thabo", "Mr Mokoena"],
        "case_people": ["Callum Fraser", "Nandi Khumalo"],
        "text": """PROGRESS REPORT — Term 2
Student: [[S|Thabo Mokoena]]   DOB: [[SI:DATE_OF_BIRTH|03/11/2003]]
Programme: BSc Computing ([[NEG|COM1180]])
Personal tutor: [[P|Mr Callum Fraser]]

Attendance at synchronous sessions fell to 40% after reading week. [[S|Thabo]] told me that his mother, [[R|Mrs Nomvula Mokoena]], had been admitted to hospital in [[NEG|Durban]] and his brother [[R|Sipho]] is now her main carer. His study partner [[P|Nandi Khumalo]] has been passing on notes; [[P|Nandi]] also raised that [[S|Tebza]] (as friends call him) spends nights on a gaming server run by someone called [[U|Riaan Botha]], where extremist "jokes" circulate. I have not seen this content myself.

[[S|Mr Mokoena]] engaged well in our call and agreed a support plan. I have asked [[U|Dr Aisha Bello]] for advice. His uncle [[R|Lwazi Mokoena]] in [[NEG|Leicester]] is the UK emergency contact ([[T:PHONE_NUMBER|0116 496 0738]]); [[R|Mr Mokoena]] senior has not been told of any concern.

Recommendation: extension on CW2; weekly check-in with [[P|CF]]. [[P|Ms Khumalo]] has agreed to keep sharing notes.

Signed: [[P|Callum Fraser]]
Countersigned: [[U|A. Bello]]""",
    },
    {
        "id": "d29-tutor-03",
        "kind": "tutor_report",
        "subject": "Nguyễn Thị Hồng Nhung",
        "subject_aliases": ["Nhung", "Nina", "Ms Nguyễn"],
        "case_people": ["Beatriz Salgado", "Obinna Eze"],
        "text": """Tutor Note — Academic Integrity & Welfare
Re: [[S|Nguyễn Thị Hồng Nhung]] (prefers "[[S|Nina]]"), student no. [[SI:STUDENT_NUMBER|22019384]]

[[S|Nhung]] came to my online office hour on 2 February upset after a group-chat row. A classmate, [[U|Lachlan Reid]], had accused her of "spreading propaganda" for reposting a news article. Her brother [[R|Nguyễn Văn Hải]] phoned the department the next day asking whether she was "in trouble"; I told [[R|Mr Hải]] I could not discuss her record without consent. Confusingly, an unrelated student in the same cohort, [[R|Nguyễn Minh Tuấn]], had his [[NEG|Week 4]] submission merged with hers by the VLE — [[U|Suzanne Okoro]] in Registry is fixing this.

I asked [[P|Dr Beatriz Salgado]] (module lead) to read the article; [[P|Beatriz]] agrees it is mainstream reporting and not a concern. [[P|Obinna Eze]] from Student Advice will support [[S|Ms Nguyễn]] with a complaint about the group work. [[P|Mr Eze]] has already emailed her.

Actions: [[P|BS]] to reply to the group; [[P|OE]] to book a follow-up; no Prevent element.

Signed: [[U|Ruth Abernethy]], Personal Tutor
[[U|R.A.]] 05/02""",
    },
    {
        "id": "d29-tutor-04",
        "kind": "tutor_report",
        "subject": "Bartosz Kowalczyk",
        "subject_aliases": ["Bartek", "Bartosz", "Kowalczyk"],
        "case_people": ["Priyanka Desai", "Gareth Lloyd-Jones"],
        "text": """CAUSE FOR CONCERN — tutor submission
Completed by: [[P|Dr Priyanka Desai]]   Date: 19/10
Student: [[S|Bartosz Kowalczyk]] ("[[S|Bartek]]")   ID: [[SI:STUDENT_NUMBER|S-4471-208]]

In the [[NEG|HIS2202]] discussion board [[S|Bartek]] posted a link to [[T:URL|https://t.me/kresy_patriot_chan]] with a comment about "taking the country back". When I raised it, [[S|Kowalczyk]] said the channel belongs to his uncle [[R|Zbigniew Kowalczyk]] and he was "only arguing with it". His mother [[R|Agnieszka]] emailed me separately from [[T:EMAIL_ADDRESS|a.kowalczyk.dom@poczta.example.pl]] saying she is worried about [[R|Zbyszek]]'s influence.

Peers [[U|Hannah Lindqvist]] and [[U|Jakub Mazur]] reported the post; [[U|Jakub]] added that [[S|Bartosz]]'s gaming tag is [[SI:USERNAME|bartek_k_2003]]. I have consulted [[P|Gareth Lloyd-Jones]] (Prevent Lead). [[P|Gareth]] advises a supportive conversation first, then review in a fortnight.

Note: this is the first concern raised. [[S|Bartek]]'s marks are good and he is articulate, so there is real [[NEG|hope]] of a positive outcome.

Signed: [[P|P. Desai]]
Reviewed: [[P|GLJ]]""",
    },
    {
        "id": "d29-tutor-05",
        "kind": "tutor_report",
        "subject": "Hamza Al-Rashidi",
        "subject_aliases": ["Hamza", "Mr Al-Rashidi"],
        "case_people": ["Imogen Whitlock", "Chidi Okonkwo"],
        "text": """PERSONAL TUTOR NOTES (confidential)
Tutee: [[S|Hamza Al-Rashidi]]   Tutor: [[P|Imogen Whitlock]]
Contact logged: Teams call, 11 Nov, 40 min

[[S|Hamza]] asked for the call himself. He explained that his older sister [[R|Fatima Al-Rashidi]] had been questioned at an airport and that his father, [[R|Dr Yusuf Al-Rashidi]], has told the family to "keep their heads down". [[S|Mr Al-Rashidi]] feels singled out in the [[NEG|POL1010]] seminars, particularly by comments from a fellow student he called "[[U|Ollie]]" (I believe [[U|Oliver Trent]]).

I reassured him. I will speak to the seminar leader, [[P|Mr Chidi Okonkwo]]; [[P|Chidi]] has already noticed the tension and moved [[U|Trent]] to another group. No radicalisation indicators: this is a wellbeing and inclusion matter. [[S|Hamza]]'s cousin [[R|Layla Al-Rashidi]] is also enrolled (Law) — mentioned for context only.

Follow-up with [[U|Ms Esi Boateng]] (Equality & Diversity) requested. [[P|Mr Okonkwo]] to report back by Friday.

[[P|IW]]
[[P|Imogen W.]] — Personal Tutor, [[NEG|School of Social Sciences]]""",
    },
    {
        "id": "d29-support-01",
        "kind": "support_log",
        "subject": "Precious Dlamini",
        "subject_aliases": ["Precious", "Ms Dlamini"],
        "case_people": ["Marcus Afolabi"],
        "text": """STUDENT SUPPORT LOG — [[S|Precious Dlamini]]   Student no. [[SI:STUDENT_NUMBER|NGU-2310-0993]]
NI number: [[SI:UK_NINO|TN 48 19 73 B]]

03/02 — [[S|Precious]] phoned the hub in tears. Said her aunt [[R|Patience Dlamini]] (guardian in UK) wants her to stop studying. Booked wellbeing call. — [[P|MA]]
05/02 — Call done. [[S|Ms Dlamini]] described pressure from an older man, "[[U|Uncle Jabu]]", not a relative, to attend meetings above a shop in [[NEG|Croydon]]. Passed to [[U|Deborah Finch]] (DSL). — [[P|M. Afolabi]]
07/02 — Reviewed. Not Prevent at this stage; possible exploitation. [[NEG|Patience]] is what she needs from us, not pressure. — [[U|DF]]
10/02 — Aunt rang from [[T:PHONE_NUMBER|07700 900 318]], introduced herself as "[[R|Auntie Patience]]" and insisted on speaking for [[S|Precious]]. Declined politely. — [[U|Kerry-Ann Walsh]]
12/02 — [[S|Precious]] says her cousin [[R|Sizwe Dlamini]] can be a safe contact. Consent given. — [[P|Marcus]]
14/02 — Case review with [[P|Mr Afolabi]] and [[U|Ms Finch]]. [[U|Jabu]] identified by [[S|Precious]] as [[U|Jabulani Mahlangu]]; plan agreed. — [[U|KW]]""",
    },
    {
        "id": "d29-support-02",
        "kind": "support_log",
        "subject": "Ahmad Shah Sadiqi",
        "subject_aliases": ["Shah", "Ahmad", "Mr Sadiqi"],
        "case_people": ["Parisa Rahimi", "Dylan Hughes"],
        "text": """Wellbeing & Support Record
Student: [[S|Ahmad Shah Sadiqi]] ("[[S|Shah]]")   DOB [[SI:DATE_OF_BIRTH|21 June 2004]]
Interpreter (Dari) when needed: [[P|Parisa Rahimi]]

21/09 — First contact. [[S|Ahmad]] arrived in the UK in 2021, lives with brother [[R|Mahmood Sadiqi]] at [[SI:STREET_ADDRESS|14 Ferncliffe Road]], [[SI:UK_POSTCODE|BD9 4QE]]. Asked about hardship fund. — [[P|DH]]
28/09 — Hardship form submitted. Sort code [[SI:UK_SORT_CODE|40-22-61]], account [[SI:UK_BANK_ACCOUNT|71849302]]. — [[P|D. Hughes]]
04/10 — [[S|Shah]] reports that a man at the mosque car park, known only as "[[U|Abu Musa]]", keeps offering him cash work and lifts in a grey Passat, [[T:UK_VEHICLE_REGISTRATION|YG68 KTN]]. He feels uneasy. Discussed with [[U|Ruth Turay]] (Safeguarding). — [[P|Dylan]]
06/10 — Call with [[S|Mr Sadiqi]] via [[P|Ms Rahimi]]. He asked that [[R|Mahmood]] not be told yet; [[R|Mr Sadiqi]] (brother) is his landlord. — [[U|RT]]
09/10 — [[U|Ruth]] consulted [[U|DS Alan Pike]] (regional Prevent team). Advice logged. — [[U|R. Turay]]
10/10 — [[S|Ahmad]] attended with [[P|Parisa]]. Calm. — [[P|DH]]""",
    },
    {
        "id": "d29-support-03",
        "kind": "support_log",
        "subject": "Rhiannon Llewellyn",
        "subject_aliases": ["Rhi", "Rhiannon", "Ms Llewellyn"],
        "case_people": ["Nia Pritchard"],
        "text": """SUPPORT LOG — [[S|Rhiannon Llewellyn]] ([[S|Rhi]])
Module: [[NEG|EDU1003]] | Tutor: [[U|Mr Owain Griffiths]]
NHS no. [[SI:UK_NHS|485 777 3456]]

12 Jan — [[S|Rhi]] emailed from [[SI:EMAIL_ADDRESS|rhi.llew03@mailbox.example.com]] asking for an extension; her grandad [[R|Dai Llewellyn]] died over Christmas. Approved. — [[P|NP]]
19 Jan — Mum ([[R|Mrs Llewellyn]]) rang: worried [[S|Rhiannon]] is "in a dark place" and on forums for hours with someone called "[[U|Corvid]]". Gave crisis numbers. — [[P|N. Pritchard]]
22 Jan — Welfare call. [[S|Ms Llewellyn]] says [[U|Corvid]] is [[U|Bryn Talbot]], an ex from school; no ideological content, but controlling. Passed to [[U|Eleri Vaughan]] for DV advice. — [[P|Nia]]
25 Jan — Spoke with [[S|Rhi]]; safety plan agreed. Sister [[R|Carys Llewellyn]] is her support. — [[U|EV]]
30 Jan — Follow-up. [[NEG|Dawn]] walks along the canal are helping, she says. — [[P|NP]]
02 Feb — [[R|Carys]] called; [[S|Rhi]] ok. [[U|Mr Griffiths]] updated. — [[U|Huw]] (duty)
03 Feb — Reviewed by [[P|Ms Pritchard]]. — [[P|NP]]""",
    },
    {
        "id": "d29-support-04",
        "kind": "support_log",
        "subject": "Kenji Watanabe",
        "subject_aliases": ["Kenji", "Watanabe", "Mr Watanabe"],
        "case_people": ["Fiona Strachan", "Adebola Ogunleye"],
        "text": """Student Support Log — Case ref [[NEG|SSL/24/0817]]
Student: [[S|Kenji Watanabe]]  |  Passport: [[SI:UK_PASSPORT|533281946]]  |  Tel: [[SI:PHONE_NUMBER|+44 (0)7700 900 664]]

08/03 09:40 — [[S|Kenji]] disclosed in a VLE message that a housemate, [[U|Conor Daly]], has been leaving far-right leaflets in the kitchen and asked [[S|Kenji]] to "translate" one. [[S|Watanabe]] refused and now feels unsafe. — [[P|FS]]
08/03 14:15 — Discussed with [[P|Dr Adebola Ogunleye]]. Agreed the concern is the housemate, not our student. — [[P|F. Strachan]]
09/03 — Mother [[R|Watanabe Yoko]] emailed from Osaka ([[T:EMAIL_ADDRESS|yoko.w@example.jp]]); [[R|Mrs Watanabe]] asks whether her son should move. — [[P|FS]]
11/03 — [[P|Bola]] contacted the landlord, [[U|Steve Rowntree]]. — [[P|AO]]
12/03 — [[S|Mr Watanabe]] moved in temporarily with a friend, [[U|Haruto Ishikawa]]. Father [[R|Watanabe Takeshi]] informed by [[S|Kenji]] himself. — [[P|Fiona]]
14/03 — [[U|Daly]] reported to the housing provider by [[P|Dr Ogunleye]]. — [[P|AO]]
15/03 — Closed on our side. — [[P|Ms Strachan]]""",
    },
    {
        "id": "d29-support-05",
        "kind": "support_log",
        "subject": "Abdirahman Warsame",
        "subject_aliases": ["Abdi", "Abdirahman", "Mr Warsame"],
        "case_people": ["Halima Farah", "Jonathan Pemberton"],
        "text": """WELLBEING LOG
Name: [[S|Abdirahman Warsame]]   Known as: [[S|Abdi]]
Student no.: [[SI:STUDENT_NUMBER|2022-01587]]

17.04 — Referral from personal tutor [[P|Jonathan Pemberton]]: [[S|Abdi]] missed three seminars. Tried [[SI:PHONE_NUMBER|07700 900 251]], no answer. — [[U|SO]]
18.04 — [[S|Abdirahman]] called back. Caring for younger sister [[R|Hodan Warsame]] while mother works nights. — [[U|S. Osei]]
22.04 — [[P|Mr Pemberton]] forwarded a screenshot from [[NEG|TikTok]] showing [[S|Abdi]] tagged by [[T:SOCIAL_HANDLE|@truth_ummah_uk]]. [[P|JP]] unsure of context. — [[U|SO]]
23.04 — [[P|Halima Farah]] (Somali-speaking adviser) called [[S|Mr Warsame]]; he had already reported the account himself. His uncle, also [[R|Mr Warsame]], had warned him about it. — [[P|HF]]
25.04 — [[P|Halima]] and [[U|Samuel Osei]] agreed: no Prevent referral. Young carer support offered; [[R|Hodan]] referred to school nurse. — [[U|SO]]
29.04 — [[S|Abdi]] back in class. [[P|Jon]] confirmed. — [[P|H. Farah]]""",
    },
    {
        "id": "d29-chat-01",
        "kind": "chat_export",
        "subject": "Joy Adebayo",
        "subject_aliases": ["Joy", "joy"],
        "case_people": ["Kemi Oladipo", "Ethan Marsh"],
        "text": """[Microsoft Teams export — channel: [[NEG|PSY2201]] Study Group B]

[10:02] [[P|Kemi Oladipo]]: has anyone heard from [[S|joy]]?? she missed the presentation
[10:03] [[P|Ethan Marsh]]: nope. @[[S|Joy Adebayo]] you ok?
[10:05] [[U|Freya Lindgren]]: her brother [[R|tunde]] messaged me on insta ([[T:SOCIAL_HANDLE|@tunde.adebayo_]]) asking for her login lol
[10:05] [[P|Kemi Oladipo]]: wait what. dont give it
[10:06] [[U|Freya Lindgren]]: obviously not 😂
[10:09] [[P|ethan.marsh]]: tbh [[S|joy]] was talking about some "sisterhood" group last week, [[U|rukky]] said they meet in a flat in [[NEG|Peckham]]
[10:10] [[U|Rukayat Bello]]: i said it SOUNDED weird, not that it IS weird @[[P|ethan]]
[10:12] [[P|Kemi Oladipo]]: ok im telling [[U|dr hargreaves]]. no [[NEG|joy]] getting hold of her for 3 days
[10:15] [[U|Dr Felicity Hargreaves]]: Thanks [[P|Kemi]]. I'll contact [[S|Joy]] directly. Please don't share her details. Her mum, [[R|Mrs Adebayo]], is already in touch with us.
[10:16] [[S|Joy Adebayo]]: im fine guys!! phone broke. sorry @[[P|kemi]] @[[P|Ethan]]
[10:16] [[S|Joy Adebayo]]: and ignore [[R|Tunde Adebayo]], he's being dramatic
[10:17] [[P|Ethan Marsh]]: 🙌
[10:18] [[U|Freya Lindgren]]: glad ur ok [[S|adebayo]] x""",
    },
    {
        "id": "d29-chat-02",
        "kind": "chat_export",
        "subject": "Mihai Popescu",
        "subject_aliases": ["Mihai", "mihai"],
        "case_people": ["Ioana Dumitru", "Ravi Menon"],
        "text": """WhatsApp chat export — "NGU Engineering yr2 🔧"
[14/05/2024, 21:14] [[P|Ioana D]]: @[[S|Mihai]] are u coming to the lab session tmrw
[14/05/2024, 21:20] [[S|Mihai Popescu]]: cant. my cousin [[R|Andrei]] is driving me to a meeting in [[NEG|Luton]]
[14/05/2024, 21:21] [[P|Ravi Menon]]: what meeting lol
[14/05/2024, 21:25] [[S|Mihai Popescu]]: political thing. [[R|andrei popescu]] runs it, look him up [[T:URL|https://rumble.example/c/AndreiPopescuLive]]
[14/05/2024, 21:31] [[T:PHONE_NUMBER|+44 7700 900872]]: who is this group
[14/05/2024, 21:33] [[P|Ioana D]]: thats [[U|gabi]] ([[U|gabriela stan]]), she transferred in
[14/05/2024, 21:40] [[P|Ravi Menon]]: [[S|mihai]] that channel is dodgy mate
[14/05/2024, 21:41] [[P|Ravi Menon]]: @[[U|Finlay Kerr]] didnt u say the uni flagged it
[14/05/2024, 21:45] [[U|Finlay Kerr]]: yeah [[U|mr okafor]] mentioned it in induction
[14/05/2024, 21:52] [[S|Mihai Popescu]]: relax its just debate. my aunt [[R|Elena Popescu]] goes too
[14/05/2024, 22:03] [[P|ravi]]: ok but send me ur notes [[P|ioana]] pls
[14/05/2024, 22:04] [[P|Ioana D]]: sent ✔️ and [[S|popescu]] pls dont go
[14/05/2024, 22:05] [[P|Ravi Menon]]: +1. [[P|RM]] out 😴""",
    },
    {
        "id": "d29-chat-03",
        "kind": "chat_export",
        "subject": "Zhang Wei",
        "subject_aliases": ["David", "David Zhang", "Mr Zhang"],
        "case_people": ["Harriet Coles", "Wang Jing"],
        "text": """VLE forum export — [[NEG|BUS1040]] Global Markets › Week 5 discussion

[[S|Zhang Wei]] ([[S|David]]) — 06 Nov 19:22
Does anyone think the sanctions reading is biased? My father [[R|Zhang Min]] works in export and says it is.

  ↳ [[T:USERNAME|wang_jing88]] — 06 Nov 19:40
  @[[S|David Zhang]] i think its fine, it's just one article. ask [[P|harriet]]

  ↳ [[U|Sam Whitehouse]] — 06 Nov 20:02
  lol [[S|zhang]] always defending the party

  ↳ [[S|Zhang Wei]] ([[S|David]]) — 06 Nov 20:05
  That's not fair @[[T:USERNAME|samw_93]]. Not political, I just asked.

  ↳ [[P|Harriet Coles]] (Module Tutor) — 07 Nov 08:15
  [[U|Sam]], please keep comments respectful — see the netiquette policy. [[S|David]], good question; I'll pick it up in Thursday's live session. [[P|Jing]], thanks for pointing people to the reading.

  ↳ [[U|Tobias Reinholt]] — 07 Nov 09:01
  +1 to what [[P|Dr Coles]] said

Moderator note ([[P|HC]]): post by [[U|S. Whitehouse]] hidden. [[S|Mr Zhang]]'s session IP logged as [[SI:IP_ADDRESS|2001:db8:4f2a::17]]. [[R|Mr Zhang]] senior emailed the School; forwarded to [[U|Dr Amara Nwachukwu]]. [[P|Ms Wang]] asked to be kept out of any follow-up.""",
    },
    {
        "id": "d29-chat-04",
        "kind": "chat_export",
        "subject": "Olena Kovalenko",
        "subject_aliases": ["Lena", "lena", "Kovalenko"],
        "case_people": ["Dmytro Bondar", "Georgia Whitcombe"],
        "text": """Teams chat export — group "Ukrainian Students Society – committee" (exported for case file)

[18:01] [[P|Dmytro Bondar]]: [[S|lena]] you ok? [[U|khrystyna]] said you stayed at hers again
[18:03] [[S|Olena Kovalenko]]: yes. [[R|iryna]] and i had a fight about the volunteer trip
[18:03] [[U|Khrystyna Savchuk]]: she's fine with me 💛 @[[P|Dima]]
[18:06] [[P|Dmytro Bondar]]: the trip [[U|Serhii]] organises? with the van [[T:UK_VEHICLE_REGISTRATION|KX21 OPF]]?
[18:07] [[S|Olena Kovalenko]]: yes. [[R|Iryna Kovalenko]] thinks it's dangerous. she says [[U|serhii h]] posts stuff about "cleansing"
[18:10] [[U|Maksym Ivanenko]]: that guy is [[T:SOCIAL_HANDLE|@serhii_front88]] right? reported him last month
[18:12] [[P|Dmytro Bondar]]: ok i'm telling [[P|Ms Whitcombe]]
[18:30] [[P|Georgia Whitcombe]] (Student Engagement): Thanks [[P|Dmytro]]. [[S|Olena]], could we talk tomorrow? Your sister can join if you want.
[18:34] [[S|Olena Kovalenko]]: ok. thank u [[P|georgia]]
[18:35] [[U|Khrystyna Savchuk]]: proud of u [[S|kovalenko]] 🫶
[18:36] [[U|Maksym Ivanenko]]: tell [[R|iryna]] i said hi
[18:40] [[P|Georgia Whitcombe]] (Student Engagement): [[U|Maksym]], [[U|Khrystyna]] — thanks both. [[P|GW]] will pick this up from here.""",
    },
    {
        "id": "d29-chat-05",
        "kind": "chat_export",
        "subject": "Will Thornton",
        "subject_aliases": ["Will", "will"],
        "case_people": ["Kieran Doyle", "Bethany Ashworth"],
        "text": """WhatsApp export — "The Fam 🏡" (supplied by [[R|Dawn Thornton]], 22/01)

[19/01, 20:12] [[R|Dawn T]]: [[S|will]] love have you eaten
[19/01, 20:40] [[S|Will Thornton]]: yeah. out with [[P|kez]] and the lads
[19/01, 20:41] [[R|Mark Thornton]]: [[P|kez]] as in [[P|Kieran Doyle]]?? mate
[19/01, 20:45] [[S|Will Thornton]]: hes alright. hes got me a job with [[U|big stevo]]
[19/01, 20:46] [[R|Dawn T]]: [[NEG|Will]] you be home Sunday? grandad [[R|bill]] asking
[19/01, 21:02] [[S|Will Thornton]]: maybe
[20/01, 09:15] [[R|Mark Thornton]]: saw [[P|doyle]]'s story [[T:URL|https://instagram.example/kdoyle_1488]] — flag with a swastika in the back. [[S|Will]] what the hell
[20/01, 09:20] [[S|Will Thornton]]: its a joke [[R|marky]]
[20/01, 09:31] [[R|Dawn T]]: I'm ringing his tutor. [[P|Ms Ashworth]] gave me her number [[T:PHONE_NUMBER|01632 960 417]]
[20/01, 09:33] [[R|Mark Thornton]]: good. [[P|Bethany]] will know what to do
[20/01, 10:05] [[R|Bill Thornton]]: Whats going on
[20/01, 10:06] [[R|Dawn T]]: tell you later [[R|Bill]]
[20/01, 10:40] [[S|Will Thornton]]: fine ill talk to [[P|miss ashworth]]. and [[U|stevo]] isnt even political""",
    },
    {
        "id": "d29-email-01",
        "kind": "email",
        "subject": "Deniz Yıldırım",
        "subject_aliases": ["Deniz"],
        "case_people": ["Aylin Kaya", "Stephen Okwuosa"],
        "text": """From: [[P|Aylin Kaya]] <[[T:EMAIL_ADDRESS|a.kaya@northgate-ou.example.ac.uk]]>
To: [[P|Stephen Okwuosa]] <[[T:EMAIL_ADDRESS|s.okwuosa@northgate-ou.example.ac.uk]]>
Cc: [[U|Ruairí Mac Lochlainn]] <[[T:EMAIL_ADDRESS|r.maclochlainn@northgate-ou.example.ac.uk]]>
Subject: [[S|Deniz Yıldırım]] — message from family

Hi [[P|Steve]],

I took a call this morning from [[R|Mr Yıldırım]], [[S|Deniz]]'s father, who rang from [[T:PHONE_NUMBER|+90 532 555 0187]]. He was worried: [[S|Deniz]]'s sister [[R|Çağla]] had seen him sharing videos from an account called [[T:SOCIAL_HANDLE|@kurtlar_sesi_34]], and a man named [[U|Barış Şahin]] has been messaging him. I explained we cannot discuss a student without consent, but I have noted it.

[[S|Deniz]] himself engages well in [[NEG|ECO2030]]; [[U|Dr Selin Öztürk]] says he is one of the more thoughtful contributors.

Could you and [[U|Ruairí]] advise whether this meets the threshold? I'd rather we offered [[S|Deniz]] a conversation first. [[R|Çağla Yıldırım]] has offered to join if that helps.

Thanks,
[[P|Aylin]]

--
[[P|Aylin Kaya]]
Student Liaison Officer, Turkish & Kurdish student support
[[NEG|Northgate Online University]]
T: [[T:PHONE_NUMBER|0161 496 0872]] | E: [[T:EMAIL_ADDRESS|a.kaya@northgate-ou.example.ac.uk]]""",
    },
    {
        "id": "d29-email-02",
        "kind": "email",
        "subject": "Conceição Ferreira",
        "subject_aliases": ["Connie", "Conceição", "C. Ferreira"],
        "case_people": ["Eilidh MacLeod", "Samuel Adjei"],
        "text": """From: [[S|Conceição Ferreira]] <[[SI:EMAIL_ADDRESS|conceicao.ferreira@student.northgate-ou.example.ac.uk]]>
To: [[P|Eilidh MacLeod]] <[[T:EMAIL_ADDRESS|e.macleod@northgate-ou.example.ac.uk]]>
Subject: Re: missed tutorial

Dear [[P|Eilidh]],

Sorry I missed Tuesday. My brother [[R|João]] was arrested on Saturday in [[NEG|Bristol]] after a protest and I have been at the station with my mum, [[R|Maria da Conceição Ferreira]]. The officer, [[U|PC Hollis]], said [[R|João Ferreira]] will be interviewed about "links to a group" — he isn't in any group, he just went with his friend [[U|Tiago Mendes]]. I'm not involved at all but I'm scared the university will think I am.

Can I have until Friday for the essay? [[P|Samuel]] said it was ok to ask you.

Thanks,
[[S|Connie]]

On 12 Feb, [[P|Dr Eilidh MacLeod]] wrote:
> Hi [[S|Conceição]], we missed you at the tutorial. Is everything OK? [[P|Sam Adjei]] (Student Support) is cc'd and can help. Best, [[P|EM]]

--
[[S|C. Ferreira]]
BA Criminology, Year 1 | Student no. [[SI:STUDENT_NUMBER|NGU-2401-1173]]
Mob: [[SI:PHONE_NUMBER|07700 900 583]]""",
    },
    {
        "id": "d29-email-03",
        "kind": "email",
        "subject": "Dilan Zebari",
        "subject_aliases": ["Dilan"],
        "case_people": ["Rebecca Haworth", "Kaveh Amini"],
        "text": """From: [[P|Rebecca Haworth]] <[[T:EMAIL_ADDRESS|rebecca.haworth@northgate-ou.example.ac.uk]]>
To: [[NEG|Safeguarding Team]] <[[NEG|safeguarding@northgate-ou.example.ac.uk]]>
Subject: FW: FW: concern re [[S|Dilan Zebari]]

Forwarding the chain below for the record. — [[P|Becky]]

---------- Forwarded message ----------
From: [[P|Kaveh Amini]] <[[T:EMAIL_ADDRESS|k.amini@northgate-ou.example.ac.uk]]>
Date: Mon 3 Mar 2025 16:12
To: [[P|Rebecca Haworth]]
Subject: FW: concern re [[S|Dilan Zebari]]

[[P|Becky]] — see below. I know the family a little through the Kurdish community centre; [[R|Azad Zebari]] is [[S|Dilan]]'s uncle, and the brother, [[R|Baran]], is also one of our students. — [[P|KA]]

---------- Forwarded message ----------
From: [[R|Azad Zebari]] <[[T:EMAIL_ADDRESS|azad.zebari@example.net]]>
To: [[P|Kaveh Amini]]
Subject: concern re [[S|Dilan Zebari]]

Dear [[P|Mr Amini]],
My nephew [[S|Dilan]] has stopped coming to family events. His brother [[R|Baran Zebari]] says [[S|Dilan]] spends time with [[U|Hêvî Rashid]] and a man called [[U|Şêrko]] who takes young people to "camps". Please can the university check on him. His mother [[R|Mrs Zebari]] does not know I am writing.
Respectfully,
[[R|A. Zebari]]
[[T:PHONE_NUMBER|07700 900 746]]""",
    },
    {
        "id": "d29-email-04",
        "kind": "email",
        "subject": "Priya Raghunathan",
        "subject_aliases": ["Priya", "Ms Raghunathan"],
        "case_people": ["Matthew Crosby"],
        "text": """From: "[[P|Crosby, Matthew]]" <[[T:EMAIL_ADDRESS|m.crosby@northgate-ou.example.ac.uk]]>
To: [[R|Lakshmi Raghunathan]] <[[T:EMAIL_ADDRESS|lakshmi.r1968@example.co.uk]]>
Cc: [[S|Priya Raghunathan]] <[[SI:EMAIL_ADDRESS|p.raghunathan@student.northgate-ou.example.ac.uk]]>; [[U|Olumide Fashola]] <[[T:EMAIL_ADDRESS|o.fashola@northgate-ou.example.ac.uk]]>
Subject: Your call on 8 April

Dear [[R|Mrs Raghunathan]],

Thank you for your call. With [[S|Priya]]'s written consent (copied), I can confirm we are aware of her concerns about a fellow student, [[U|Reece Barlow]], who has posted anti-Muslim and anti-Hindu material in the [[NEG|LAW1205]] group chat. [[S|Ms Raghunathan]] was not involved in any wrongdoing. Your son [[R|Arjun]] is welcome to accompany her to the meeting with [[U|Mr Fashola]] on Thursday.

I have also passed your message to [[U|Dr Winifred Akande]], who will consider the reports about [[U|Mr Barlow]] separately.

Kind regards,
[[P|Matt]]

--
[[P|Matthew Crosby]] | Student Casework Manager
[[NEG|Northgate Online University]], [[NEG|Hollins Building]]
Tel [[T:PHONE_NUMBER|0114 496 0551]] | Mob [[T:PHONE_NUMBER|07700900919]]""",
    },
    {
        "id": "d29-email-05",
        "kind": "email",
        "subject": "Grace Ochieng",
        "subject_aliases": ["Grace", "Grace A. Ochieng"],
        "case_people": ["Lydia Fairbairn", "Moses Kiprotich"],
        "text": """From: [[S|Grace Ochieng]] <[[SI:EMAIL_ADDRESS|grace.ochieng@student.northgate-ou.example.ac.uk]]>
To: [[P|Lydia Fairbairn]] <[[T:EMAIL_ADDRESS|l.fairbairn@northgate-ou.example.ac.uk]]>
Cc: [[P|Moses Kiprotich]] <[[T:EMAIL_ADDRESS|moses.kiprotich@northgate-ou.example.ac.uk]]>
Subject: [[NEG|Grace]] period for resubmission?

Hi [[P|Lydia]],

Is there a [[NEG|grace]] period for the [[NEG|NUR1100]] resubmission? I have had a difficult month. My sister [[R|Hope Ochieng]] was threatened online by someone using the handle [[T:SOCIAL_HANDLE|@kenya_pure_blood]] after she spoke at a rally, and I have been staying with her. My father [[R|Mr Ochieng]] wants us both to come home to [[NEG|Kisumu]].

[[P|Moses]] from the African Students Network said I should tell you. He has already spoken to [[U|Sgt Dean Whitlow]] at the local station, who gave the reference [[NEG|CAD-4471-0325]].

I [[NEG|hope]] that is ok. [[R|Hope]] says thank you for the kind message last week.

Thanks,
[[S|Grace]]

--
[[S|Grace A. Ochieng]]
Student no. [[SI:STUDENT_NUMBER|23004127]]
Mob: [[SI:PHONE_NUMBER|+44 7700 900 390]]""",
    },
    {
        "id": "d29-minutes-01",
        "kind": "meeting_minutes",
        "subject": "Stavros Papadakis",
        "subject_aliases": ["Stav", "Stavros", "Mr Papadakis"],
        "case_people": ["Rosalind Kerr", "Emeka Nwankwo"],
        "text": """CASE CONFERENCE — MINUTES
Date: 9 May 2025, via Teams
Present: [[P|Rosalind Kerr]] (Deputy DSL, Chair) — [[P|RKe]]; [[P|Dr Emeka Nwankwo]] (Personal Tutor) — [[P|EN]]; [[U|Ffion Roberts]] (Wellbeing Adviser) — [[U|FR]]; [[U|Giorgos Antoniou]] (Greek interpreter) — [[U|GA]]
Apologies: [[U|Prof. Ian Blackwood]]; [[U|Mrs Shona Geddes]]
Minutes: [[U|Tariq Hussain]]

1. Background. [[P|EN]] summarised: [[S|Stavros Papadakis]] ("[[S|Stav]]") posted anti-migrant comments on the [[NEG|HIS1150]] forum and later apologised. His mother, [[R|Eleni Papadakis]], contacted [[P|Emeka]] to say her son has struggled since his father's death.
2. Discussion. [[P|Ros]] noted no links to organised groups. [[U|Ffion]] reports [[S|Mr Papadakis]] is engaging with counselling. An unrelated student, [[R|Nikos Papadakis]], was mistakenly named in one complaint; [[U|TH]] to correct the record.
3. Actions:
   - [[P|EN]] to meet [[S|Stavros]] weekly.
   - [[U|FR]] to invite [[R|Mrs Papadakis]] to a family session, [[U|GA]] interpreting.
   - [[P|RKe]] to close Prevent screening; no referral.
   - [[U|TH]] to send [[R|Mr N. Papadakis]] an apology.
Next meeting: 23 May. Chair: [[P|R. Kerr]]""",
    },
    {
        "id": "d29-minutes-02",
        "kind": "meeting_minutes",
        "subject": "Lucía Ortega",
        "subject_aliases": ["Lucía", "Ms Ortega"],
        "case_people": ["Anjali Vora", "Declan Murray"],
        "text": """Minutes — Student Concerns Panel
Attendees: [[P|Anjali Vora]] (Chair, Head of Student Services); [[P|Declan Murray]] (Prevent Coordinator); [[U|Dr Olga Petrenko]] (Programme Lead, Languages); [[U|Mr Kwesi Appiah]] (Students' Union Advice)
Apologies: [[U|Harriet-Jane Sowerby]]
Minutes taken by: [[U|Leah Fitzpatrick]]

Item 1: [[S|Lucía Ortega]] ([[NEG|SPA3001]])
[[U|Dr Petrenko]] reported that [[S|Lucía]] wrote a dissertation chapter on ETA and online recruitment. A peer, [[U|Callum Rennie]], reported it as "supportive of terrorism". [[P|DM]] read the chapter: it is critical academic analysis. [[S|Ms Ortega]]'s father, [[R|Javier Ortega]], emailed the panel objecting to the complaint; [[P|AV]] will reply.
[[U|Kwesi]] noted [[S|Lucía]] feels targeted. Her brother [[R|Pablo]] studies with us too and has been asked about her by classmates.

Actions:
[[P|AV]] to write to [[R|Sr Ortega]] and to [[S|Lucía]].
[[P|Declan]] to record outcome: no further action.
[[U|OP]] to talk with [[U|Mr Rennie]] about respectful disagreement.
[[U|LF]] to check whether [[R|Pablo Ortega]] wants support.

Signed off: [[P|A. Vora]], 14/03""",
    },
    {
        "id": "d29-minutes-03",
        "kind": "meeting_minutes",
        "subject": "Alessandro Rinaldi",
        "subject_aliases": ["Sandro", "Alessandro", "Mr Rinaldi"],
        "case_people": ["Keith Armitage", "Simone Baptiste"],
        "text": """MINUTES — Wellbeing Review
Held: 27/11, Teams
In attendance: [[P|Keith Armitage]] (Chair) [[P|KA]]; [[P|Simone Baptiste]] (Mental Health Adviser) [[P|SB]]; [[U|Dr Vittoria Conti]] (Personal Tutor) [[U|VC]]; [[S|Alessandro Rinaldi]] (student)
Also present: [[R|Giulia Rinaldi]] (sister, supporter)
Apologies: [[U|Mr Peter Oyelaran]]
Minutes: [[U|Ewa Szymańska]]

[[P|KA]] opened. [[U|VC]] explained the concern: [[S|Sandro]] posted in the [[NEG|PHI2010]] channel about "acceleration" and linked [[T:URL|https://odysee.example/@terzaposizione]]. [[S|Alessandro]] explained it was research for an essay on extremism and that he finds the material repugnant. [[R|Giulia]] confirmed he has been very isolated since moving to [[NEG|Sunderland]].
[[P|SB]] suggested a wellbeing plan. [[S|Mr Rinaldi]] agreed. Their father, [[R|Dr Marco Rinaldi]], is aware and supportive, per [[R|Ms Rinaldi]].

Actions
- [[P|SB]] to book six sessions with [[S|Sandro]].
- [[U|VC]] to advise on essay sources.
- [[P|Keith]] to note: Prevent not indicated.
- [[U|ES]] to circulate minutes to [[P|Simone]] and [[U|Vittoria]] only.""",
    },
    {
        "id": "d29-minutes-04",
        "kind": "meeting_minutes",
        "subject": "Mohammed Irfan Qureshi",
        "subject_aliases": ["Irfan", "Mr Qureshi"],
        "case_people": ["Neil Hepburn", "Sana Qureshi"],
        "text": """Prevent Pre-Screening Meeting — Minutes
Attendees: [[P|Neil Hepburn]] (Prevent Lead, chair); [[R|Dr Sana Qureshi]] (Senior Lecturer, no relation to the student); [[U|DC Mark Sutcliffe]] (Counter Terrorism Policing); [[U|Jennifer Obi]] (Wellbeing)
Apologies: [[U|Prof. Gráinne Hegarty]]
Minutes: [[U|Tendai Moyo]]

Student: [[S|Mohammed Irfan Qureshi]] (known as [[S|Irfan]]), DOB [[SI:DATE_OF_BIRTH|14.02.2002]], NI [[SI:UK_NINO|NT 73 02 44 A]]

[[U|DC Sutcliffe]] reported that [[S|Irfan]]'s IP address [[SI:IP_ADDRESS|81.2.69.160]] appeared in a platform referral. [[R|Dr Qureshi]] offered to step out given the shared surname; [[P|NH]] noted she is not related and may remain. [[U|JO]] said [[S|Mr Qureshi]] lives with his father [[R|Tahir Qureshi]] and brother [[R|Bilal]], and cares for his grandmother.
Discussion: the flag related to a shared household device used by [[R|Bilal Qureshi]], not [[S|Irfan]]. [[NEG|Mark]] this as "insufficient information".
Actions: [[P|NH]] to record outcome; [[U|MS]] to check device attribution; [[R|SQ]] to take no part in marking [[S|Irfan]]'s coursework this term; [[U|TM]] to file.
Signed: [[P|N. Hepburn]]""",
    },
    {
        "id": "d29-minutes-05",
        "kind": "meeting_minutes",
        "subject": "Fraser McAllister",
        "subject_aliases": ["Fraser", "McAllister", "Mr McAllister"],
        "case_people": ["Ayodele Ibekwe"],
        "text": """Team Meeting — Student Support (Scotland hub)
Date: 4 September
Attendees: [[P|Ayodele Ibekwe]] (Lead Adviser); [[U|Isla Cameron]] (Adviser); [[U|Ruaridh Munro]] (Disability); [[U|Dr Mhairi Ross]] (Personal Tutor)
Apologies: [[U|Jamie Ferguson]], [[U|Kirsty Boyle]]
Minutes: [[U|IC]]

Item 3 — [[S|Fraser McAllister]]
[[U|Dr Ross]] said [[S|Fraser]] has stopped submitting. His mum, [[R|Morag McAllister]], rang reception twice. She says his uncle [[R|Hamish McAllister]] "got him into" a nationalist Discord where people post about "traitors". [[S|McAllister]] told [[U|Mhairi]] it's banter.
[[P|Ayo]] noted this is the second concern. The server is [[T:URL|discord.example/invite/alba-rising]]; [[S|Fraser]]'s handle there is [[SI:USERNAME|frazmac_1320]].
[[U|Ruaridh]] reminded the team that [[S|Mr McAllister]] has an ADHD support plan.

Actions:
[[P|AI]] to phone [[S|Fraser]] this week.
[[U|MR]] to hold a tutorial.
[[U|IC]] to reply to [[R|Mrs McAllister]] (consent on file).
[[P|Ayodele]] and [[U|RM]] to consider a Prevent consultation if no engagement by 18 Sept.
[[R|Hamish]] not to be contacted.""",
    },
    {
        "id": "d29-chron-01",
        "kind": "case_chronology",
        "subject": "Ama Owusu",
        "subject_aliases": ["Ama", "Ms Owusu"],
        "case_people": ["Nadia Benali", "Gavin Shore"],
        "text": """CASE CHRONOLOGY — [[S|Ama Owusu]] (student no. [[SI:STUDENT_NUMBER|NGU-2208-3341]])
Prepared by [[P|Nadia Benali]], Safeguarding Officer

02/09/24  Enrolment. Emergency contact: father [[R|Kwame Owusu]], [[T:PHONE_NUMBER|+233 24 555 0193]]. ([[P|N. Benali]])
19/10/24  Tutor [[P|Gavin Shore]] notes [[S|Ama]] is quiet in seminars. — [[P|GS]]
07/11/24  [[S|Ms Owusu]] discloses that [[R|Auntie Efua]] ([[R|Efua Owusu]], UK host) restricts her phone use. — [[P|NB]]
12/11/24  A church elder, [[U|Pastor Emmanuel Tetteh]], contacts the university asking for [[S|Ama]]'s timetable. Refused. — [[P|NB]]
14/11/24  [[S|Ama]] reports [[U|Pastor Tetteh]] sends her sermons about "cleansing the nation". Referred for advice to [[U|Claire Hutchins]] (DSL). — [[P|NB]]
20/11/24  [[U|CH]] consults the local authority Prevent officer, [[U|Jas Gill]]. Threshold not met; safeguarding plan instead. — [[U|CH]]
03/12/24  [[S|Ama]] moves to student housing. Cousin [[R|Kofi Owusu]] helps. ([[P|G. Shore]])
10/12/24  [[P|Gavin]] reports improved attendance; [[R|Mr Owusu]] informed by [[S|Ama]]. — [[P|NB]]
16/12/24  Review with [[P|Ms Benali]] and [[U|Ms Hutchins]]. Plan continues. — [[P|Nadia]]""",
    },
    {
        "id": "d29-chron-02",
        "kind": "case_chronology",
        "subject": "Yousef Haddad",
        "subject_aliases": ["Joe", "Yousef", "Mr Haddad"],
        "case_people": ["Lorna Petrie", "Dariusz Wróbel"],
        "text": """Chronology of concerns — [[S|Yousef Haddad]] ("[[S|Joe]]")
DOB: [[SI:DATE_OF_BIRTH|30/07/2001]]   Address: [[SI:STREET_ADDRESS|Flat 3, 27 Alma Terrace]], [[SI:UK_POSTCODE|NE6 2RL]]

14 Jan — Module tutor [[P|Lorna Petrie]] flags an essay by [[S|Yousef]] quoting a proscribed group's statement uncritically. — [[P|LP]]
16 Jan — [[S|Haddad]] meets [[P|Dr Petrie]]; says he was rushed and used a source his brother [[R|Sami Haddad]] sent. — [[P|LP]]
21 Jan — Sister [[R|Rania Haddad]] calls: the family is worried about [[R|Sami]], not [[S|Yousef]]. — [[P|DW]]
24 Jan — [[P|Dariusz Wróbel]] (Safeguarding) consults [[U|DS Fiona McKenna]]. Police already aware of [[R|Sami]]; advise supportive contact with [[S|Joe]]. — [[P|D. Wróbel]]
02 Feb — [[S|Mr Haddad]] attends a meeting with [[P|Dariusz]] and [[U|Imam Khalid Nasser]] (chaplaincy). Positive. — [[P|DW]]
10 Feb — Mother, [[R|Mrs Haddad]], emails thanks from [[T:EMAIL_ADDRESS|umm.sami.haddad@example.com]]. — [[P|DW]]
17 Feb — Resubmission accepted by [[P|Lorna]]. [[U|DS McKenna]] informed. Case closed. — [[P|LP]]""",
    },
    {
        "id": "d29-chron-03",
        "kind": "case_chronology",
        "subject": "Oksana Melnyk",
        "subject_aliases": ["Oksana", "Ms Melnyk"],
        "case_people": ["Bronwen Davies", "Faisal Karimi"],
        "text": """CASE CHRONOLOGY
Student: [[S|Oksana Melnyk]] — Passport [[SI:UK_PASSPORT|120389557]] — Student no. [[SI:STUDENT_NUMBER|2301-4418]]
Case owner: [[P|Bronwen Davies]]

2024-10-02  [[S|Oksana]] reports ex-partner [[U|Vadym Koval]] shared her photos in a nationalist Telegram channel. ([[P|B. Davies]])
2024-10-04  [[S|Ms Melnyk]]'s brother [[R|Taras Melnyk]] threatens [[U|Koval]] online; [[U|Koval]]'s friend [[U|Artem]] reports this to us. ([[P|BD]])
2024-10-07  Call with [[S|Oksana]] and [[P|Faisal Karimi]] (Report + Support). IP of abusive account logged: [[T:IP_ADDRESS|198.51.100.23]]. ([[P|F. Karimi]])
2024-10-09  [[R|Taras]] contacts [[P|Faisal]] directly from [[T:PHONE_NUMBER|07700 900 127]]. Advised to step back. ([[P|FK]])
2024-10-15  [[U|PC Joanne Rigby]] takes statement; crime ref [[NEG|NB/2024/88172]]. ([[P|BD]])
2024-10-30  [[S|Oksana]] asks that there be no contact with her father, [[R|Petro Melnyk]], about this. ([[P|Bronwen]])
2024-11-05  [[R|Mr Melnyk]] rings anyway; [[P|Mr Karimi]] declines to discuss. ([[P|FK]])
2024-11-12  [[U|Koval]] banned from platform; no Prevent element. Closed. ([[P|BD]])""",
    },
    {
        "id": "d29-chron-04",
        "kind": "case_chronology",
        "subject": "Tomasz Zieliński",
        "subject_aliases": ["Tomek", "Tomasz", "Zieliński"],
        "case_people": ["Alistair Gunn", "Yetunde Bakare"],
        "text": """Chronology — [[S|Tomasz Zieliński]] ("[[S|Tomek]]")
Driving licence: [[SI:UK_DRIVING_LICENCE|ZIELI005154T99KL]]
Vehicle: [[SI:UK_VEHICLE_REGISTRATION|WF17 HZD]]

05/05 – [[U|Jodie Pratt]] (student) reports [[S|Tomek]] filmed outside a mosque from his car and posted it to a Facebook group. — [[P|AG]]
06/05 – [[P|Alistair Gunn]] (tutor) speaks to [[S|Zieliński]]; he says it was for a photography assignment. — [[P|A. Gunn]]
09/05 – Mother [[R|Ewa Zielińska]] rings, distressed; says his father [[R|Mr Zieliński]] has "filled his head". — [[P|YB]]
12/05 – [[P|Yetunde Bakare]] (Prevent Lead) reviews the group; admin is [[U|Craig Lomax]] ([[T:SOCIAL_HANDLE|@lomax_patriot]]). Consults [[U|PC Deepak Sandhu]]. — [[P|Y. Bakare]]
15/05 – [[S|Tomasz]] meets [[P|Yetunde]] and [[P|Alistair]]; removes the post. Sister [[R|Kasia Zielińska]] attends as support. — [[P|YB]]
20/05 – Channel referral considered, not made; [[S|Tomek]] accepts mentoring; [[U|Mr Lomax]]'s group reported to the platform. ([[P|Y. Bakare]])
28/05 – [[R|Pani Zielińska]] thanks the team by phone. — [[P|AG]]""",
    },
    {
        "id": "d29-chron-05",
        "kind": "case_chronology",
        "subject": "Summer Hartley",
        "subject_aliases": ["Summer", "Ms Hartley"],
        "case_people": ["Oluwaseun Adeleke", "Morven Drysdale"],
        "text": """CASE CHRONOLOGY — [[S|Summer Hartley]]
Student no. [[SI:STUDENT_NUMBER|NGU-2304-0076]] | NHS [[SI:UK_NHS|943 476 5919]]

18/06/24  [[S|Summer]] discloses that stepfather [[R|Bill Hartley]] has taken her laptop and posts under her name. — [[P|OA]]
20/06/24  [[P|Oluwaseun Adeleke]] checks VLE logins: sessions from [[T:IP_ADDRESS|203.0.113.88]] do not match [[S|Ms Hartley]]'s usual device. — [[P|O. Adeleke]]
25/06/24  Grandmother [[R|Rose Hartley]] confirms [[R|Bill]] is using the account. — [[P|Seun]]
01/07/24  Concern [[NEG|rose]] after posts on the [[NEG|ENG1022]] forum included antisemitic content; authorship disputed. [[P|Morven Drysdale]] (Academic Integrity) notified. — [[P|MD]]
08/07/24  Police ([[U|DC Rory Fenwick]]) visit; [[R|Mr Hartley]] cautioned for unauthorised access. — [[P|M. Drysdale]]
15/07/24  [[S|Summer]]'s password reset; new login [[SI:USERNAME|shartley04]]. — [[P|OA]]
22/07/24  [[NEG|Summer]] term marks reinstated. [[R|Nana Rose]] to be contacted only via [[S|Summer]]. — [[P|Morven]]""",
    },
    {
        "id": "d29-incident-01",
        "kind": "incident_report",
        "subject": "Emre Çelik",
        "subject_aliases": ["Emre", "Mr Çelik", "Çelik"],
        "case_people": ["Dominic Harkness", "Yasmin Chaudhry"],
        "text": """INCIDENT REPORT — [[NEG|IR-2025-0419]]
Reported by: [[P|Dominic Harkness]], IT Security Analyst
Date/time: 19/04/2025 02:14
Student involved: [[S|Emre Çelik]] (user [[SI:USERNAME|ecelik22]])

Summary: An automated alert flagged downloads of an extremist manual through [[S|Emre]]'s VLE account from IPv4 [[SI:IP_ADDRESS|192.0.2.146]] and IPv6 [[SI:IP_ADDRESS|2001:db8:ac10:fe01::2b]].
[[P|DH]] contacted [[P|Yasmin Chaudhry]] (Prevent Lead). [[P|Ms Chaudhry]] spoke to [[S|Mr Çelik]] on 20/04. He stated that his flatmate [[U|Levent Aksoy]] had used his laptop; another flatmate, [[U|Jamal Whyte]], witnessed this and confirmed it.
[[S|Çelik]]'s sister [[R|Ayşe Çelik]] phoned to vouch for him; [[R|Ayşe]] left the number [[T:PHONE_NUMBER|+90 212 555 0144]].
Police: [[U|DS Hilary Lowry]] and [[U|PC Owen Marr]] attended 22/04; [[U|Aksoy]]'s device was seized.
Witnesses: [[U|J. Whyte]]; [[U|Mrs Gül Aksoy]] (landlady, no relation to [[U|Levent]]).
Outcome: [[S|Emre]] not implicated. His father, [[R|Mehmet Çelik]], has been told by [[S|Emre]].
— [[P|Y. Chaudhry]]; technical annex by [[P|D. Harkness]]""",
    },
    {
        "id": "d29-incident-02",
        "kind": "incident_report",
        "subject": "Dawit Tesfaye",
        "subject_aliases": ["Dawit", "Mr Tesfaye"],
        "case_people": ["Marisol Vega", "Hugh Carrington"],
        "text": """INCIDENT REPORT FORM
Ref: [[NEG|INC/0933]]     Location: online exam, [[NEG|MAT1101]]
Reporter: [[P|Marisol Vega]] (Invigilation Coordinator)

At 10:42 on 12 January, during a proctored online exam, [[S|Dawit Tesfaye]] (student [[SI:STUDENT_NUMBER|NGU-2311-2088]]) was seen on webcam with another person in the room, later identified as his cousin [[R|Selam Tesfaye]]. A second voice, believed to be [[U|Yonas Girma]], could be heard discussing a "cause" and donations.
[[P|Ms Vega]] paused the exam and escalated to [[P|Hugh Carrington]] (Deputy Registrar). [[P|HC]] reviewed the recording and found no misconduct, but the conversation was passed to [[U|Dr Mercy Achieng]] (DSL).
[[S|Dawit]] explained that [[U|Girma]] collects money for a relief fund and shared the details he was given: sort code [[T:UK_SORT_CODE|30-98-14]], account [[T:UK_BANK_ACCOUNT|55102846]], IBAN [[T:IBAN_CODE|GB82 WEST 1234 5698 7654 32]].
Witness: [[U|Bethan Lewis]] (second invigilator).
[[U|Dr Achieng]] to check the fund with the [[NEG|Charity Commission]]. [[R|Mr Tesfaye]] (father) informed by [[S|Dawit]].
Signed: [[P|M. Vega]]   Countersigned: [[P|H. Carrington]]""",
    },
    {
        "id": "d29-incident-03",
        "kind": "incident_report",
        "subject": "Mariam Yusuf",
        "subject_aliases": ["Mariam", "Ms Yusuf"],
        "case_people": ["Roksana Begum", "Clive Ashdown"],
        "text": """INCIDENT REPORT — hate incident, online seminar
Reporter: [[P|Roksana Begum]], seminar leader, [[NEG|SOC1001]]
Subject student: [[S|Mariam Yusuf]]
Date: 07/03/2025

During the 19:00 live seminar an attendee displaying as "[[T:USERNAME|guest_8812]]" joined and posted abuse directed at [[S|Mariam]] and her sister [[R|Faduma Yusuf]], including [[S|Ms Yusuf]]'s home address ([[SI:STREET_ADDRESS|Halcyon House, Marlow Street]], [[SI:UK_POSTCODE|LS11 7JD]]). The meeting log records the guest's IP as [[T:IP_ADDRESS|203.0.113.201]].
Witnesses: [[U|Aidan Kerrigan]], [[U|Nasra Jama]], [[U|Li Qiang]] (students).
[[P|Ms Begum]] removed the guest and informed [[P|Clive Ashdown]] (Security). [[P|CA]] contacted [[U|PC Tamsin Rowe]] and [[U|Sgt Victor Alade]], who attended the family home. [[S|Mariam]]'s father, [[R|Abdullahi Yusuf]], said a car, [[T:UK_VEHICLE_REGISTRATION|BN19 WLX]], has been parked outside repeatedly. [[R|Faduma]] photographed it.
[[U|Nasra]] believes "[[T:USERNAME|guest_8812]]" is [[U|Kyle Denton]], a former student. [[P|Clive]] has passed this to [[U|Sgt Alade]].
Report completed: [[P|R. Begum]]""",
    },
    {
        "id": "d29-incident-04",
        "kind": "incident_report",
        "subject": "Huang Jiayi",
        "subject_aliases": ["Jenny", "Jiayi", "Ms Huang"],
        "case_people": ["Graham Telfer", "Funmilayo Adeyemi"],
        "text": """INCIDENT REPORT
Reported by: [[P|Graham Telfer]], Residential Support (partner accommodation)
Time: 23:30, 02/12
Student: [[S|Huang Jiayi]] ("[[S|Jenny]]")   DOB [[SI:DATE_OF_BIRTH|08-09-2005]]

[[S|Jenny]] called the out-of-hours line reporting that two men had followed her from the bus stop on [[NEG|Cavendish Road]] and filmed her. She believes one was [[U|Darren Cole]], who had posted about "Chinese spies" on a student Facebook page. She noted a silver van, [[T:UK_VEHICLE_REGISTRATION|MA66 UVE]].
[[P|Mr Telfer]] attended with colleague [[U|Joy Mwangi]]. Police called: [[U|PC Liam Thorne]] and [[U|PC Aoife Breen]]. [[S|Ms Huang]]'s brother [[R|Huang Lei]] arrived at 00:10.
Witness: neighbour [[U|Mr Rashid Dar]], [[T:STREET_ADDRESS|Flat 9, Cavendish Court]].
Next day [[P|Funmilayo Adeyemi]] (Wellbeing) checked in. [[P|Funmi]] confirmed that [[S|Jiayi]]'s mother, [[R|Mrs Huang]], had been told by [[S|Jenny]] herself. [[U|Cole]]'s posts were reported by [[U|Joy]].
Signed: [[P|G. Telfer]]   Reviewed: [[P|FA]]""",
    },
    {
        "id": "d29-incident-05",
        "kind": "incident_report",
        "subject": "Connor Whitfield",
        "subject_aliases": ["Connor", "Mr Whitfield"],
        "case_people": ["Lowri Jenkins", "Tendai Chikwanha"],
        "text": """INCIDENT REPORT (Prevent-related)
Reporter: [[P|Lowri Jenkins]], Digital Learning Team
Date: 30/09/2024

At 14:05 the VLE chat for [[NEG|GEO2103]] received a message from [[S|Connor Whitfield]]'s account ([[SI:USERNAME|cwhitfield2]], IP [[SI:IP_ADDRESS|198.51.100.77]]) containing a video glorifying a recent mass shooting. [[S|Connor]] denies sending it and says his younger brother, known as "[[R|Sunny]]" ([[R|Sonny Whitfield]]), uses his laptop.
Witnesses in chat: [[U|Harvey Lund]], [[U|Mei Ling Tan]], [[U|Priti Solanki]].
[[P|LJ]] removed the post and notified [[P|Tendai Chikwanha]] (Safeguarding). [[P|Mr Chikwanha]] called [[S|Mr Whitfield]] and his mother [[R|Lorraine Whitfield]], who confirmed [[R|Sonny]], 14, had been on the laptop. It was a [[NEG|sunny]] afternoon and [[S|Connor]] was at work, per his manager [[U|Gary Pilling]].
Police: [[U|PC Amrit Kaur]] attended 01/10 regarding [[R|Sonny]] (under 18).
Outcome: no action against [[S|Connor]]; [[P|Tendai]] to speak with the school DSL, [[U|Mrs Joanna Hurst]]. [[R|Mrs Whitfield]] agreed to parental controls.
Signed: [[P|L. Jenkins]]""",
    },
    {
        "id": "d29-letter-01",
        "kind": "letter",
        "subject": "Adaeze Nwosu",
        "subject_aliases": ["Adaeze", "Ms Nwosu"],
        "case_people": ["Olivia Stanhope"],
        "text": """[[NEG|Northgate Online University]]
Student Casework, PO Box 4471
[[NEG|Manchester]]

[[R|Mrs Chiamaka Nwosu]]
[[T:STREET_ADDRESS|42 Tennyson Avenue]]
Harpurhey
Manchester
[[T:UK_POSTCODE|M9 5QT]]

11 March 2025

Dear [[R|Mrs Nwosu]],

Re: [[S|Adaeze Nwosu]], student no. [[SI:STUDENT_NUMBER|23017765]]

Thank you for your letter of 2 March. [[S|Adaeze]] has given written consent for me to reply. I understand your concern that her friend [[U|Ngozi Eke]] introduced her to a group led by a man calling himself "[[U|Brother Ikenna]]". Our Prevent Lead, [[P|Dr Olivia Stanhope]], has reviewed the matter with [[S|Ms Nwosu]] and with her tutor, [[U|Mr Paul Ashby]]. [[P|Dr Stanhope]] found no indication of radicalisation.

Your husband, [[R|Mr Obiora Nwosu]], also asked whether [[S|Adaeze]]'s brother [[R|Chukwudi]] could attend future meetings; he would be welcome. If you have further concerns please contact [[P|Olivia]] directly on [[T:PHONE_NUMBER|0161 496 0229]].

Yours sincerely,

[[U|M. Oyelowo]]
[[U|Margaret Oyelowo]]
Student Casework Manager
cc: [[P|Dr O. Stanhope]]; [[S|Adaeze Nwosu]]""",
    },
    {
        "id": "d29-letter-02",
        "kind": "letter",
        "subject": "Bogdan Ionescu",
        "subject_aliases": ["Bogdan", "Mr Ionescu"],
        "case_people": ["Carys Pennant", "Arash Tehrani"],
        "text": """PRIVATE & CONFIDENTIAL
Our ref: [[P|CP]]/[[P|AT]]/2291

[[S|Mr Bogdan Ionescu]]
[[SI:STREET_ADDRESS|Rowan Cottage]]
[[SI:STREET_ADDRESS|Church Lane]]
[[NEG|Little Wenham]]
[[SI:UK_POSTCODE|IP7 2QF]]

4 June 2025

Dear [[S|Bogdan]],

Outcome of Support Meeting, 29 May

Thank you for meeting with me and [[P|Mr Arash Tehrani]] (Student Wellbeing). As discussed, concerns were raised by a fellow student, [[U|Niamh Cullinan]], about messages you sent in the [[NEG|CRI2040]] WhatsApp group. Having reviewed them with you, we accept that you were quoting your cousin [[R|Vlad Ionescu]]'s posts in order to criticise them.

Your mother, [[R|Mrs Ionescu]], and your sister [[R|Daniela Ionescu]] are welcome to contact [[P|Arash]] on [[T:PHONE_NUMBER|0113 496 0914]] if they have questions. No further action will be taken. Please continue to see [[U|Dr Pelham]] for academic support, and let [[U|Ms Cullinan]] know through the module team if you would like a facilitated conversation.

Yours sincerely,

[[P|Carys Pennant]]
Deputy Designated Safeguarding Lead
cc [[P|A. Tehrani]]""",
    },
    {
        "id": "d29-letter-03",
        "kind": "letter",
        "subject": "Farhan Chowdhury",
        "subject_aliases": ["Farhan"],
        "case_people": ["Deborah Quaye", "Imran Siddiqui"],
        "text": """[[R|Mr Abdul Karim Chowdhury]]
[[T:STREET_ADDRESS|The Laurels]]
[[T:STREET_ADDRESS|118 Green Lane]]
Small Heath
Birmingham
[[T:UK_POSTCODE|B9 5DP]]

Our ref: [[NEG|SC/FC/0417]]
17 April 2025

Dear [[R|Mr Chowdhury]],

Thank you for your telephone call on 10 April to [[P|Mrs Deborah Quaye]]. With [[S|Farhan]]'s consent I am able to respond.

You told [[P|Mrs Quaye]] that [[S|Farhan]] had been approached by a man named [[U|Tanvir Alam]] at a community event and given leaflets and a link, [[T:URL|www.example-ummahrising.org/join]]. [[S|Farhan Chowdhury]] has confirmed this and kindly forwarded the materials to us. We have shared them with [[U|DS Neil Brockway]] of the regional Prevent team.

I want to reassure you and [[R|Mrs Rahima Chowdhury]] that [[S|Farhan]] is not in any trouble. His tutor, [[P|Mr Imran Siddiqui]], speaks highly of him. [[S|Farhan]]'s cousin [[R|Nazmul Chowdhury]], also one of our students, was not mentioned in [[U|Mr Alam]]'s approach.

Yours sincerely,

[[U|Bukola Adesanya]]
Head of Student Safeguarding
[[T:EMAIL_ADDRESS|b.adesanya@northgate-ou.example.ac.uk]]
cc [[P|D. Quaye]]""",
    },
    {
        "id": "d29-letter-04",
        "kind": "letter",
        "subject": "Nokuthula Ndlovu",
        "subject_aliases": ["Thula", "Nokuthula", "Ms Ndlovu"],
        "case_people": ["Éamonn Ó Briain", "Zanele Mthembu"],
        "text": """Student Support Services
[[NEG|Northgate Online University]]

[[S|Ms Nokuthula Ndlovu]]
c/o [[R|Mrs Sibongile Ndlovu]]
[[SI:STREET_ADDRESS|Flat 12 Kestrel House]]
[[SI:STREET_ADDRESS|Larkspur Way]]
Leicester
[[SI:UK_POSTCODE|LE4 6TW]]

20 January 2025

Dear [[S|Thula]],

I am writing following our call with [[P|Mr Éamonn Ó Briain]], your personal tutor. As agreed, we are putting a support plan in place after you told [[P|Éamonn]] about pressure from your partner's brother, [[U|Themba Sithole]], to join an online group that shares antisemitic conspiracy theories.

You mentioned that your mother, [[R|Mrs Ndlovu]], and your uncle [[R|Mandla Ndlovu]] know about this and are supportive. Your friend [[U|Lindiwe]] has also been helpful.

Your named contact is [[P|Zanele Mthembu]] ([[T:EMAIL_ADDRESS|z.mthembu@northgate-ou.example.ac.uk]]; [[T:PHONE_NUMBER|0116 496 0451]]). [[P|Zanele]] will call you on Mondays. Should [[U|Mr Sithole]] contact you through university services again, please tell [[P|Ms Mthembu]] or [[P|Mr Ó Briain]] straight away.

With best wishes,

[[P|Z. Mthembu]]
Student Support Adviser
cc [[P|E. Ó Briain]]""",
    },
    {
        "id": "d29-letter-05",
        "kind": "letter",
        "subject": "Haruka Sato",
        "subject_aliases": ["Haruka", "Miss Sato"],
        "case_people": ["Tamsin Carew", "Gbenga Ajayi"],
        "text": """[[S|Miss Haruka Sato]]
[[SI:STREET_ADDRESS|Wisteria Lodge]]
[[SI:STREET_ADDRESS|Quarry Hill Road]]
Tonbridge
Kent
[[SI:UK_POSTCODE|TN10 3XL]]

Our ref: [[NEG|WB-0925-3317]]
12 September 2025

Dear [[S|Haruka]],

Follow-up to your report of 4 September

Thank you for reporting the messages you received from [[T:SOCIAL_HANDLE|@red_sun_truth]], the account you believe belongs to [[U|Kaito Mori]], a former classmate. [[P|Ms Tamsin Carew]] and I have reviewed the screenshots. Because the messages encourage violence we have, with your agreement, passed them to [[U|PC Hannah Voss]] (crime ref [[NEG|KE-25-88104]]).

Your father, [[R|Mr Sato]] ([[R|Sato Hiroshi]]), emailed [[P|Tamsin]] asking for updates; we will only share information with your consent. Your brother [[R|Kenta Sato]] may continue to act as your emergency contact.

Please continue your sessions with [[P|Mr Gbenga Ajayi]] (counsellor). [[P|Gbenga]] can be reached on [[T:PHONE_NUMBER|020 7946 0381]].

Kind regards,

[[U|Dr Philippa Rendell]]
Safeguarding & Prevent Lead
cc [[P|T. Carew]]; [[P|G. Ajayi]]""",
    },
]
