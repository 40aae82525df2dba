# ruff: noqa: E501
"""dev31: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ tutor_report
    {
        "id": "d31-tutor-001",
        "kind": "tutor_report",
        "subject": "Ciarán Ó Ceallaigh",
        "subject_aliases": ["Ciarán", "Mr Ó Ceallaigh"],
        "case_people": ["Róisín Keane", "Bríd Ó hUiginn"],
        "text": """NORTHMOOR OPEN UNIVERSITY — Personal Tutor Concern Form
Student: [[S|Ciarán Ó Ceallaigh]]    Student no: [[SI:STUDENT_NUMBER|NM-2207-4416]]
DOB: [[SI:DATE_OF_BIRTH|03/11/2004]]    Module: [[NEG|HIS2140]] Modern Ireland

Summary of concern
In the [[NEG|Week 6]] breakout room [[S|Ciarán]] posted two comments which [[P|Dr Róisín Keane]] (module lead) felt were sympathetic to a proscribed group. When I raised it with him afterwards he said his father, [[R|Séamus Ó Ceallaigh]], "would agree with every word". [[S|Mr Ó Ceallaigh]] added that his sister [[R|Órla]] had forwarded the material from a channel run by someone called [[U|Dara Fitzgerald]] ([[T:SOCIAL_HANDLE|@dara_fitz_1916]]).

I have no evidence of intent. [[S|Ciarán]]'s engagement is otherwise good; his last essay was second-marked by [[U|Pádraig Hennessy]] at 64.

Family contact on file: [[R|Mr Ó Ceallaigh]] senior, [[T:PHONE_NUMBER|+353 87 412 9930]]. [[R|Órla Ó Ceallaigh]] is not a student here.
Discussed with [[U|Niamh Brennan]] (Safeguarding Lead) on 14 March; [[U|NB]] advised a follow-up call and a note to [[P|Róisín]].

Signed: [[P|B. Ó hUiginn]]
Personal Tutor, School of History""",
    },
    {
        "id": "d31-tutor-002",
        "kind": "tutor_report",
        "subject": "Wiktoria Nowak",
        "subject_aliases": ["Wika"],
        "case_people": ["Grzegorz Lis", "Rafał Mazur"],
        "text": """Progress review — Foundation Year (Social Sciences)
Student: [[S|Wiktoria Nowak]] ("[[S|Wika]]")   ID [[SI:STUDENT_NUMBER|22918473]]
Personal tutor: [[P|Grzegorz Lis]]   Reviewer: [[U|Hope Tennant]]

Attendance in [[NEG|SOC1010]] has fallen to 41%. In our 1:1 [[S|Wika]] told me her brother [[R|Bartek Nowak]] has moved back home and "brings people round" who talk about migrants and "replacement". She said [[R|Pani Nowak]] (mum) is worried but "won't say anything to [[R|Bartek]]". One visitor, a man she called [[U|Kuba]], has been messaging her from [[T:SOCIAL_HANDLE|@kuba_patriota88]] and once from [[T:PHONE_NUMBER|07700 900 461]].

[[S|Nowak]] asked that we do not contact her family. I explained the limits of confidentiality and I have real [[NEG|hope]] she will keep engaging. Her cousin [[R|Zofia Nowak]], who studies at [[NEG|Leeds Trinity]], is apparently supportive, as is her friend [[U|Ola Wróbel]].

Actions:
- referral to [[U|Ms Tennant]] for second opinion;
- check-in booked with [[P|Rafał Mazur]] (wellbeing), [[P|RM]] to confirm by Friday;
- [[U|Dr Keeling]] to be told about the [[NEG|SOC1010]] absences.

Signed: [[P|G. Lis]]""",
    },
    {
        "id": "d31-tutor-003",
        "kind": "tutor_report",
        "subject": "Oluwaseun Adeyemi",
        "subject_aliases": ["Seun"],
        "case_people": ["Patience Okafor", "Chidi Nnamdi"],
        "text": """Tutor concern form (online)   Ref: [[NEG|TCF-0392]]
Student name: [[S|Oluwaseun Adeyemi]]
Preferred name: [[S|Seun]]
Email: [[SI:EMAIL_ADDRESS|o.adeyemi@student.nmou.ac.uk]]
Tutor: [[P|Patience Okafor]]

What happened: In the [[NEG|ENG3305]] seminar forum [[S|Seun]] linked a video uploaded by [[T:USERNAME|truthwarrior_tk]]; the uploader appears to be his cousin [[R|Tunde Adeyemi]]. Another student, [[U|Blessing Nwosu]], reported it and [[U|Kelechi Obi]] saw it too before [[U|Mr Gbadamosi]] removed it.

Family: [[S|Adeyemi]]'s mother, [[R|Mrs Folake Adeyemi]], rang the faculty office on [[T:PHONE_NUMBER|020 7946 0518]] to say she was worried about [[R|Tunde]]'s influence on both her sons (the younger, [[R|Kunle]], is 16). She asked for [[P|Dr Chidi Nnamdi]] by name.

Tutor view: I have no reason to think [[S|Seun]] shares the views in the video. I asked him for some [[NEG|patience]] with the process and he agreed to meet [[P|Dr Nnamdi]] and [[U|Tolu Bankole]] from Student Support next week.

Signed: [[P|P. Okafor]]    Date: 9/2""",
    },
    {
        "id": "d31-tutor-004",
        "kind": "tutor_report",
        "subject": "Nguyễn Thị Hồng Nhung",
        "subject_aliases": ["Nhung", "Nina", "Ms Nguyễn"],
        "case_people": ["Sarah Whitcombe", "Đặng Quốc Bảo"],
        "text": """Personal tutor notes — CONFIDENTIAL
Student: [[S|Nguyễn Thị Hồng Nhung]] (known as [[S|Nina]])
Student number: [[SI:STUDENT_NUMBER|2304-1187]]
Personal tutor: [[U|Harriet Wainwright]]    Module: [[NEG|BUS2201]] Supply Chains

12/10 — [[S|Nhung]] came to office hours with [[R|Minh Nguyen]] (no relation, same cohort). She says a group chat led by [[P|Đặng Quốc Bảo]] has been circulating posters calling for "action" against a named activist, [[U|Phạm Thị Thu]], and pressuring students to attend a rally in [[NEG|Birmingham]]. [[R|Minh]] left the room before she described it.

Her father, [[R|Nguyễn Văn Hải]], pays her fees; she fears [[R|ông Hải]] will find out and stop them. Her sister [[R|Nguyễn Thị Mai]] lives in [[NEG|Manchester]] and is her emergency contact: [[T:PHONE_NUMBER|07700 900 384]].

19/10 — Follow-up with [[P|Dr Sarah Whitcombe]]. [[P|SW]] will liaise with the Safeguarding Lead. [[S|Ms Nguyễn]] agreed to meet [[U|Lương Thu Trang]] (student rep) and asked that [[P|Bảo]] not be told she spoke to us.

Initials: [[U|HW]]""",
    },
    {
        "id": "d31-tutor-005",
        "kind": "tutor_report",
        "subject": "Rhys Pritchard",
        "subject_aliases": ["Rhys"],
        "case_people": ["Will Hughes"],
        "text": """Student Progress Report — Term 2
Student: [[S|Rhys Pritchard]]    Programme: BSc Computing (part-time)
Personal tutor: [[P|Will Hughes]]    Module leader: [[U|Dr Eleri Vaughan]]

Academic: [[S|Rhys]] passed [[NEG|COM1120]] with 68. The coursework [[NEG|mark]] for [[NEG|COM1145]] is still pending with [[U|Mr Bowen]].

Welfare: [[S|Rhys]] disclosed that his brother [[R|Dafydd Pritchard]] was recently arrested after a disturbance in [[NEG|Wrexham]]. Their mother, [[R|Gwenllian Pritchard]], has asked the university not to contact [[R|Dafydd]] directly. [[S|Pritchard]] says [[R|Dafydd]] sends him material from his profile ([[T:URL|https://www.facebook.com/dafydd.pritchard.7731]]) and from a forum moderated by [[T:USERNAME|cymru_awake]]. A friend, [[U|Mark Jenkins]], is described as "the one who got him into it", and another, [[U|Gethin Lloyd]], tried to talk him out of it.

Next steps: [[P|Mr Hughes]] to meet [[S|Rhys]] fortnightly; concern logged with [[U|Bill Ashdown]] (Safeguarding). [[R|Mrs Pritchard]] may call on [[T:PHONE_NUMBER|01978 496 221]]; [[U|Bill]] is happy to take it. I [[NEG|will]] review in May.

Signed: [[P|W. Hughes]]    Counter-signed: [[U|E.V.]]""",
    },
    # ------------------------------------------------------------------ support_log
    {
        "id": "d31-support-001",
        "kind": "support_log",
        "subject": "Amani Wanjiru Kariuki",
        "subject_aliases": ["Amani", "Ms Kariuki"],
        "case_people": ["Joyce Mwangi", "Faith Achieng"],
        "text": """Student Support & Wellbeing — contact log
Subject: [[S|Amani Wanjiru Kariuki]]   SID [[SI:STUDENT_NUMBER|NM2319006]]   Tel: [[SI:PHONE_NUMBER|07700 900 215]]

04/03/2024 09:40 — Phone call. [[S|Amani]] upset: her sister [[R|Wanjiku Kariuki]] has joined a "fellowship" in [[NEG|Luton]] run by a [[U|Pastor Otieno]]. Says the group talks about "cleansing" the area. Signposted to counselling. — [[P|JM]]

06/03/2024 — Email from [[R|Mr Kariuki]] (father, [[T:EMAIL_ADDRESS|pkariuki58@gmail.com]]) asking about [[S|Amani]]'s grades. Not shared; no consent held. — [[P|J. Mwangi]]

11/03/2024 — Teams call with [[S|Ms Kariuki]] and [[P|Faith Achieng]] (Mental Health Adviser). [[S|Amani]] showed messages from [[R|Wanjiku]] and from a [[U|Brother Kamau]] ([[T:PHONE_NUMBER|+254 712 448 903]]). She said she is keeping [[NEG|faith]] with her studies. [[P|FA]] to consult [[U|Dr Lucy Gathoni]] re: Prevent threshold. — [[P|FA]]

15/03/2024 — Discussed with [[U|Owen Marsh]] (DSL). No referral for [[S|Amani]] herself; concern is about [[R|Wanjiku]] and possibly cousin [[R|Njeri Kariuki]]. [[U|OM]] asked [[P|Faith]] to update the file. — [[P|JM]]""",
    },
    {
        "id": "d31-support-002",
        "kind": "support_log",
        "subject": "Hamza Yılmaz",
        "subject_aliases": ["Hamza"],
        "case_people": ["Çağla Demir", "Dawn Hartley"],
        "text": """Wellbeing log — [[S|Hamza Yılmaz]] ([[SI:STUDENT_NUMBER|NM-2288-0153]])
Adviser: [[P|Çağla Demir]]

2 Feb — [[S|Hamza]] self-referred after tutor [[U|Mr Ashby]] raised concerns. He says his older brother [[R|Emre Yılmaz]] has "found religion online", wakes him at [[NEG|dawn]] to watch videos from [[T:SOCIAL_HANDLE|@hakikat_sesi_34]] (run by a man called [[U|Serkan Aydın]]). — [[P|ÇD]]

9 Feb — [[S|Hamza]] missed appointment. Texted [[SI:PHONE_NUMBER|07700 900 642]]. — [[P|ÇD]]

14 Feb — Call from cousin [[R|Şule Yılmaz]], listed as emergency contact ([[T:PHONE_NUMBER|0121 496 0734]]). She says [[R|Emre]] has stopped [[S|Hamza]] using the family laptop and took his phone for two days. [[S|Yılmaz]] confirmed this later by email. — [[U|K. İnce]]

20 Feb — Case review with [[P|Dawn Hartley]] (Prevent Lead). Agreed: no referral yet; [[P|Çağla]] to keep weekly contact; [[P|Dawn]] to review [[T:SOCIAL_HANDLE|@hakikat_sesi_34]] content with [[U|Kıvanç İnce]]. Mother ([[R|Ayşe Yılmaz]]) is unaware and [[S|Hamza]] wants it kept that way; father [[R|Mehmet]] lives in [[NEG|İzmir]]. — [[P|ÇD]]""",
    },
    {
        "id": "d31-support-003",
        "kind": "support_log",
        "subject": "Fionnghal MacLeod",
        "subject_aliases": ["Fiona", "Miss MacLeod"],
        "case_people": ["Ross Duncan"],
        "text": """Support notes — [[S|Fionnghal MacLeod]] ("[[S|Fiona]]")
Location: studies from home, [[NEG|Isle of Lewis]]
NHS no. [[SI:UK_NHS|322 002 3878]]

01.05 — [[S|Fiona]] rang about her dad, [[R|Callum MacLeod]]. Says he's up nights on a forum with a user called "[[T:USERNAME|highland_sentinel]]" and has started talking about "dealing with" the new wind-farm workers. She is frightened and wants advice only. — [[P|RD]]

03.05 — [[P|Ross Duncan]] (adviser) spoke with [[S|Miss MacLeod]] again. Her gran, [[R|Morag MacLeod]], is looking after her younger brother [[R|Iain]] this week. Gran's number: [[T:PHONE_NUMBER|01851 700 932]]. — [[P|RD]]

07.05 — Consulted [[U|Kirsty McAllister]] (Safeguarding) and, via her, [[U|Sgt Alasdair Munro]] of [[NEG|Police Scotland]]; no offence disclosed so far. [[S|MacLeod]]'s [[NEG|Week 9]] extension agreed by [[U|Dr Ishbel Grant]]. [[U|Sgt Munro]] asked to be told if [[R|Mr MacLeod]] mentions specific dates. — [[U|K. McA]]

09.05 — [[S|Fiona]] says [[R|Iain]] and [[R|Granny Morag]] are fine. Next call Monday. — [[P|RD]]""",
    },
    {
        "id": "d31-support-004",
        "kind": "support_log",
        "subject": "Zanele Dlamini",
        "subject_aliases": ["Zanele", "Ms Dlamini"],
        "case_people": ["Grace Achterberg", "Themba Nkosi"],
        "text": """Student Support Log | [[S|Zanele Dlamini]] | [[SI:STUDENT_NUMBER|23-114-562]] | DOB [[SI:DATE_OF_BIRTH|29/08/2002]]

| Date  | Entry | By |
|-------|-------|----|
| 12/01 | [[S|Zanele]] disclosed that her brother [[R|Sipho Dlamini]] is active in a Telegram group ([[T:USERNAME|sipho_d_rsa]]) sharing threats against "foreigners". Mum [[R|Nomvula]] wants help. | [[P|GA]] |
| 15/01 | Rang [[R|Mrs Dlamini]] on [[T:PHONE_NUMBER|+27 82 555 0147]] at the student's request; line dropped twice. | [[P|GA]] |
| 19/01 | Met [[P|Grace Achterberg]] and [[P|Themba Nkosi]] (chaplaincy). [[S|Ms Dlamini]] named the group leader as [[U|Lungile "LJ" Zulu]]. Her friend [[U|Precious Mahlangu]] was also added to the group. | [[P|TN]] |
| 26/01 | [[S|Zanele]] calmer. Says the support is [[NEG|precious]] to her; asked for [[NEG|grace]] on the [[NEG|PSY1004]] deadline. Extension approved by [[U|Dr Venter]]. | [[P|GA]] |
| 02/02 | [[U|Precious]] reported that [[R|Sipho]] and cousin [[R|Bongani Dlamini]] posted a photo of a weapon. Passed to [[U|Rob Kettering]] (DSL) same day. | [[P|Grace A.]] |""",
    },
    {
        "id": "d31-support-005",
        "kind": "support_log",
        "subject": "Ioana Popescu",
        "subject_aliases": ["Ioana"],
        "case_people": ["Rose Whitfield", "Cristian Dobre"],
        "text": """WELLBEING / SUPPORT — running log
Student: [[S|Ioana Popescu]]   DOB [[SI:DATE_OF_BIRTH|22.07.2001]]   NI: [[SI:UK_NINO|TN 48 21 93 B]]

- 3 Oct — [[S|Ioana]] emailed [[P|Rose Whitfield]] (Student Adviser) saying she feels unsafe at her flat. Housemate [[P|Cristian Dobre]] has put up [[NEG|Iron Guard]] imagery and talks about "cleaning the street". — [[P|RW]]
- 5 Oct — Call with [[S|Ioana]] and her mother [[R|Mihaela Popescu]] (interpreter: [[U|Elena Stan]]). [[R|Doamna Popescu]] says [[P|Cristian]] visited their family in [[NEG|Iași]] last summer. Her anxiety [[NEG|rose]] during the call. — [[P|RW]]
- 10 Oct — [[S|Popescu]] moved temporarily to her uncle [[R|Sorin Popescu]]'s flat, [[T:STREET_ADDRESS|41 Larch Grove]], [[T:UK_POSTCODE|LU4 9DD]]. [[R|Sorin]]'s mobile: [[T:PHONE_NUMBER|07700 900 557]]. — [[U|A. Ionescu]]
- 12 Oct — [[P|Dobre]]'s account [[T:USERNAME|cdobre_1989]] reported to the platform. [[P|Ms Whitfield]] updated [[U|Lee Cartwright]] (DSL). [[S|Ioana]] asked that her brother [[R|Radu]] not be contacted. — [[P|RW]]""",
    },
    # ------------------------------------------------------------------ chat_export
    {
        "id": "d31-chat-001",
        "kind": "chat_export",
        "subject": "Yusuf Warsame",
        "subject_aliases": ["Yusi"],
        "case_people": ["Declan O'Rourke", "Priti Desai"],
        "text": """[Microsoft Teams export] Chat: "SOC2204 study group"
Participants: [[S|Yusuf Warsame]], [[U|Hibaaq Ali]], [[P|Declan O'Rourke]], [[P|Priti Desai]]

[19/02/2024 20:14] [[S|Yusuf Warsame]]: anyone got the notes for week 4
[19/02/2024 20:15] [[P|Priti Desai]]: @[[S|Yusuf]] they're in the files tab
[19/02/2024 20:17] [[P|Declan O'Rourke]]: lol [[S|yusi]] you never read the files
[19/02/2024 20:19] [[S|Yusuf Warsame]]: my cousin [[R|hodan]] has them too. or ask [[R|abdirahman]] hes on the same module
[19/02/2024 20:22] [[U|Hibaaq Ali]]: @[[R|Abdirahman Warsame]] isnt in this chat
[19/02/2024 20:25] [[S|Yusuf Warsame]]: forget the essay, watch this instead [[T:URL|https://www.youtube.com/@AbuTalhaAlSomali]] he explains why the kuffar deserve it
[19/02/2024 20:27] [[P|Declan O'Rourke]]: mate thats not ok. @[[P|Priti]] should we tell [[U|dr hayes]]?
[19/02/2024 20:28] [[P|Priti Desai]]: yeah ill msg [[U|hayes]] tomorrow. [[U|hibaaq]] you saw it too
[19/02/2024 20:31] [[S|Yusuf Warsame]]: relax its a joke. ask [[R|hodan]] she'll tell you. or [[R|Hodan Warsame]] on insta [[T:SOCIAL_HANDLE|@hodan.w_]]
[19/02/2024 20:33] [[U|Hibaaq Ali]]: not funny [[S|yusuf]]
--- Export generated by [[U|K. Osei]] (IT Services) for [[U|Dr Miriam Hayes]], ticket [[NEG|INC-448201]]""",
    },
    {
        "id": "d31-chat-002",
        "kind": "chat_export",
        "subject": "Kenji Takahashi",
        "subject_aliases": ["Kenji T"],
        "case_people": ["Sunny Patel"],
        "text": """WhatsApp Chat export — "Fairfield Rd flat 🏠" (submitted by [[P|Sunny Patel]], 06/11/2023)

[03/11/2023, 22:41:07] [[S|Kenji T]]: anyone in the kitchen
[03/11/2023, 22:41:30] [[P|Sunny Patel]]: no go ahead. is [[R|yui]] still staying?
[03/11/2023, 22:42:02] [[S|Kenji T]]: my sister left sunday. dad came to get her
[03/11/2023, 22:45:18] [[U|Marta]] 🇵🇱: [[S|kenji]] did you put those stickers on the fridge??
[03/11/2023, 22:45:51] [[S|Kenji T]]: theyre from [[U|ryo]]'s group not mine
[03/11/2023, 22:46:10] [[U|Marta]] 🇵🇱: they literally say "purify the nation" and have a rifle on 😬
[03/11/2023, 22:47:33] [[P|Sunny Patel]]: @[[U|Ryo Ishikawa]] is that the guy on insta [[T:SOCIAL_HANDLE|@ryo.kokutai]]
[03/11/2023, 22:48:02] [[S|Kenji T]]: yeah. dont tell [[R|yui]] or my dad pls. [[R|Takahashi Hiroshi]] does not need this lol
[03/11/2023, 22:50:40] [[U|Marta]] 🇵🇱: ok but its grim tbh. its [[NEG|sunny]] tomorrow, walk and talk?
[03/11/2023, 22:52:11] [[U|Dev]] (flat 4B): who is [[U|ryo]]
[03/11/2023, 22:53:00] [[S|Kenji T]]: nobody. [[U|dev]] forget it
[04/11/2023, 08:15:44] [[P|Sunny Patel]]: [[S|kenji]] im sending this to [[U|Ms Okoro]] sorry mate
<Media omitted>
Note from receiving adviser [[U|Abigail Okoro]]: display name "[[U|Marta]]" is [[U|Marta Kowalska]]; sister is [[R|Yui Takahashi]], DOB [[T:DATE_OF_BIRTH|14/06/2006]].""",
    },
    {
        "id": "d31-chat-003",
        "kind": "chat_export",
        "subject": "Dimitris Papadopoulos",
        "subject_aliases": ["Jim", "Mr Papadopoulos"],
        "case_people": ["Eleni Georgiou"],
        "text": """VLE › [[NEG|PHI1003]] Ethics › Live chat log (moderated) — 27 Jan 2024
Moderator: [[P|Eleni Georgiou]] (tutor)

14:02  [[P|Eleni Georgiou]]: Welcome all. Please keep to the topic – [[NEG|Week 3]] is just war theory.
14:04  [[SI:USERNAME|dpapadopoulos04]]: so is it "just war" if the state is already lost to globalists
14:05  [[T:USERNAME|amira.h]]: what does that even mean
14:05  [[T:USERNAME|grace_olu]]: ^ same
14:07  [[SI:USERNAME|dpapadopoulos04]]: @[[U|amira]] my uncle [[R|Nikos Papadopoulos]] explains it better, hes got a channel [[T:URL|https://rumble.com/c/NikosPapadopoulosTruth]]
14:08  [[P|Eleni Georgiou]]: [[S|Dimitris]], please don't post external links.
14:09  [[T:USERNAME|jwhelan_22]]: is that the guy from [[NEG|Thessaloniki]]? my mate [[U|stavros]] follows him
14:10  [[T:USERNAME|ioanna_k]]: [[R|Νίκος]]; σοβαρά; he wants people armed
14:12  [[SI:USERNAME|dpapadopoulos04]]: call me [[S|jim]] lol. [[R|nikos]] is right about most of it
14:13  [[P|Eleni Georgiou]]: I'm closing the chat. [[S|Mr Papadopoulos]], I'll email you.
-- Log exported by [[U|Kostas Ioannou]] (Learning Technology) for [[P|Dr Georgiou]]. [[NEG|Grace]] period for [[NEG|PHI1003]] resubmission unaffected. Cousin [[R|Eleni Papadopoulou]] is not on this module.""",
    },
    {
        "id": "d31-chat-004",
        "kind": "chat_export",
        "subject": "Aaliyah Chaudhry",
        "subject_aliases": ["Aaliyah"],
        "case_people": ["Mehwish Iqbal"],
        "text": """Teams — messages exported for safeguarding review (case [[NEG|SG-24-117]])
Channel: [[NEG|LAW1502]] Tutorial Group 6

[10:02] [[P|Mehwish Iqbal]]: Morning all, reminder: essay plans by Friday.
[10:05] [[S|Aaliyah Chaudhry]]: @[[R|Sana Chaudhry]] are we related lol
[10:06] [[R|Sana Chaudhry]]: haha no, my lot are from [[NEG|Bradford]]
[10:09] [[S|Aaliyah Chaudhry]]: my brother [[R|bilal]] says this whole module is kafir law anyway
[10:10] [[U|Oscar Bright]]: ??
[10:12] [[S|Aaliyah Chaudhry]]: he runs [[T:SOCIAL_HANDLE|@ummah_awake_uk]] on tiktok, [[U|oscar]] you should watch it. the last video says the judges should be punished
[10:15] [[P|Mehwish Iqbal]]: [[S|Aaliyah]], can we chat 1:1 after the session?
[10:16] [[U|Oscar Bright]]: tell [[U|kev]] to look, he's the rep
[10:20] [[S|Aaliyah Chaudhry]]: fine. [[R|Bilal Chaudhry]] is not an "extremist", he's my brother
-- 1:1 chat [[P|Mehwish Iqbal]] / [[S|Aaliyah Chaudhry]] --
[11:03] [[P|Mehwish Iqbal]]: Thanks for staying on. I've asked [[U|Dr Farooq]] to join us Tuesday.
[11:04] [[S|Aaliyah Chaudhry]]: ok. will my abbu be told? [[R|Mr Chaudhry]] gets really angry. and dont tell [[R|sana]] from group 6 either
[11:06] [[P|Mehwish Iqbal]]: Nothing goes to your family without talking to you. [[U|Kevin Lomax]] won't see this chat.""",
    },
    {
        "id": "d31-chat-005",
        "kind": "chat_export",
        "subject": "Liam Fletcher",
        "subject_aliases": ["Fletch", "Liam"],
        "case_people": ["Hannah Okonjo", "Craig Ridley"],
        "text": """WhatsApp: "fam chat ❤️🏠" — screenshots typed up from [[R|Summer Fletcher]]'s phone, forwarded to [[P|Hannah Okonjo]] (Student Safeguarding) 15/04/2024

12/04/2024, 18:02 - [[R|Gaz Fletcher]]: whos coming sat then
12/04/2024, 18:05 - [[R|Summer Fletcher]]: me and [[U|Kayden]]. [[S|liam]]??
12/04/2024, 18:11 - [[S|Fletch]]: cant, got a meet with the lads in [[NEG|Doncaster]]
12/04/2024, 18:12 - [[R|Gaz Fletcher]]: not them again. [[P|Craig Ridley]] is bad news son
12/04/2024, 18:14 - [[S|Fletch]]: [[P|craig]]'s sound. hes running the [[NEG|Albion First]] stall and we're doing the mosque on sunday
12/04/2024, 18:20 - Nana [[R|Jean]]: [[S|Liam]] love be careful xx
12/04/2024, 18:26 - [[R|Summer Fletcher]]: what does "doing the mosque" mean. send me [[P|craig]]'s fb
12/04/2024, 18:30 - [[S|Fletch]]: [[T:URL|https://www.facebook.com/craig.ridley.5099]]
12/04/2024, 18:33 - [[R|Summer Fletcher]]: its nearly [[NEG|summer]] and you're wasting it on him
12/04/2024, 18:41 - [[R|Gaz Fletcher]]: im ringing [[P|Mrs Okonjo]] at the uni monday. [[R|Jean]] dont worry
12/04/2024, 18:44 - [[U|Kayden]]: [[R|summer]] babe leave it
Adviser note: "Nana" is [[R|Jean Fletcher]]; [[U|Kayden]] is [[U|Kayden Shaw]], [[R|Summer]]'s partner.""",
    },
    # ------------------------------------------------------------------ email
    {
        "id": "d31-email-001",
        "kind": "email",
        "subject": "Inês Carvalho",
        "subject_aliases": ["Inês", "Ms Carvalho"],
        "case_people": ["Rebecca Thorne"],
        "text": """From: [[P|Rebecca Thorne]] <[[T:EMAIL_ADDRESS|r.thorne@nmou.ac.uk]]>
To: Safeguarding Team <[[NEG|safeguarding@nmou.ac.uk]]>
Cc: [[U|Gonçalo Mendes]] <[[T:EMAIL_ADDRESS|g.mendes@nmou.ac.uk]]>
Subject: Concern — [[S|Inês Carvalho]] ([[SI:STUDENT_NUMBER|NM-2311-0879]])

Hi all,

Flagging a conversation I had with [[S|Inês]] yesterday. She told me her father, [[R|Rui Carvalho]], has been going to meetings of a nationalist group in [[NEG|Croydon]] and wants her to "stop studying with foreigners". Her mother, [[R|Sra. Carvalho]] ([[R|Maria do Rosário]]), pays the fees from a joint account (IBAN [[T:IBAN_CODE|GB04 NWBK 6016 1347 7205 18]]) and [[R|Rui]] has threatened to cancel them.

[[S|Ms Carvalho]] also says her younger brother [[R|Tiago]] has been sharing [[R|Rui]]'s posts at school. [[U|Gonçalo]], you mentioned [[U|Dr Ferreira]] at the Portuguese centre knows the family?

I've booked [[S|Inês]] in with [[U|Annika Lund]] on Thursday.

Thanks,
[[P|Becky]]

--
[[P|Rebecca Thorne]]
Personal Tutor, Faculty of Education
[[T:PHONE_NUMBER|0113 496 0275]] | [[T:EMAIL_ADDRESS|r.thorne@nmou.ac.uk]]""",
    },
    {
        "id": "d31-email-002",
        "kind": "email",
        "subject": "Layla Haddad",
        "subject_aliases": ["Layla"],
        "case_people": ["Simon Achebe", "Karim Haddad"],
        "text": """From: [[P|Simon Achebe]] <[[T:EMAIL_ADDRESS|simon.achebe@nmou.ac.uk]]>
To: [[U|Yasmin Qureshi]] <[[T:EMAIL_ADDRESS|y.qureshi@nmou.ac.uk]]>
Subject: FW: my sister [[S|Layla]]

[[U|Yasmin]] — see below, forwarded as discussed. Can we talk before I reply? [[P|S.]]

---------- Forwarded message ---------
From: [[R|Karim Haddad]] <[[T:EMAIL_ADDRESS|karim.haddad94@outlook.com]]>
Date: Tue, 5 Mar 2024 at 23:12
To: [[P|Simon Achebe]] <[[T:EMAIL_ADDRESS|simon.achebe@nmou.ac.uk]]>
Subject: my sister [[S|Layla]]

Dear [[P|Mr Achebe]],

I am [[S|Layla Haddad]]'s brother. Our father [[R|Dr Haddad]] ([[R|Samir]]) does not know I am writing. [[S|Layla]] has been talking to a man online called [[U|Abu Yahya]], who she met through the Discord user [[T:USERNAME|yahya_al_ghareeb]]. He tells her to leave the course and travel. Our cousin [[R|Rania Haddad]] saw the messages too, and our friend [[U|Hala Nassar]] can confirm.

Please help her but do not say it was me.

Thanks,
[[R|Karim]] / [[R|كريم حداد]]
[[T:PHONE_NUMBER|+44 (0)7700 900 817]]""",
    },
    {
        "id": "d31-email-003",
        "kind": "email",
        "subject": "Oksana Kovalenko",
        "subject_aliases": ["Oksana"],
        "case_people": ["Joy Abernethy", "Halyna Kovalenko"],
        "text": """From: [[S|Oksana Kovalenko]] <[[SI:EMAIL_ADDRESS|oksana.kovalenko@student.nmou.ac.uk]]>
To: [[P|Joy Abernethy]] <[[T:EMAIL_ADDRESS|j.abernethy@nmou.ac.uk]]>
Cc: [[R|Halyna Kovalenko]] <[[T:EMAIL_ADDRESS|halyna.kov@ukr.net]]>
Subject: Re: extension + what my brother said

Dear [[P|Joy]],

Thank you for calling. As I said, my brother [[R|Taras]] has been in a chat with a man called [[U|Vadym Hrytsenko]] who wants him to "punish" Russian-speaking students in [[NEG|Bristol]]. [[R|Taras Kovalenko]] is not a student here but he uses my laptop. Mum ([[R|пані Галина]]) is copied because she wants to know what the university can do.

[[U|Dmytro Shevchuk]], who runs the Ukrainian society, said I should talk to you first. I do not agree with anything [[R|Taras]] has shared. I only want the extension for [[NEG|HLT2006]] and a bit of [[NEG|joy]] back in my life.

Thanks,
[[S|Oksana]]
[[SI:PHONE_NUMBER|07700 900 356]]

> On 12 Apr 2024, at 16:05, [[P|Joy Abernethy]] wrote:
> Hi [[S|Oksana]], I spoke to [[U|Mr Whiteley]] about the [[NEG|Week 7]] deadline. Please tell me more about [[R|Taras]] when you can.
> [[P|Joy]]""",
    },
    {
        "id": "d31-email-004",
        "kind": "email",
        "subject": "Chen Jiahui",
        "subject_aliases": ["Jenny", "Jenny Chen", "Jiahui", "陈佳慧"],
        "case_people": ["Aidan Kerrigan", "Wen Li"],
        "text": """From: "[[P|Li, Wen]]" <[[T:EMAIL_ADDRESS|wen.li@harbourtrade.co.uk]]>
To: [[P|Dr Aidan Kerrigan]] <[[T:EMAIL_ADDRESS|a.kerrigan@nmou.ac.uk]]>
Cc: [[U|Sunita Bhatt]] (HR) <[[T:EMAIL_ADDRESS|s.bhatt@harbourtrade.co.uk]]>
Subject: Placement student [[S|Jenny Chen]] ([[S|陈佳慧]]) – concern

Hi [[P|Aidan]],

Writing about your student [[S|Chen Jiahui]] (she goes by [[S|Jenny]]). Over the last fortnight she has printed leaflets at work for a group her cousin [[R|Chen Hao]] belongs to. They contain threats against a named journalist, [[U|Grace Lim]], and her home street. Her father, [[R|Mr Chen]], came to reception on Friday in a silver Audi ([[T:UK_VEHICLE_REGISTRATION|LK19 XHT]]) and argued with our security officer [[U|Dev Raman]].

I have kept copies. [[S|Jiahui]]'s line manager [[U|Marek Sobczak]] can confirm dates, and [[U|Sunita]] has the CCTV request.

Best wishes,
[[P|Wen]]

--
[[P|Wen Li 李文]]
Operations Manager, [[NEG|Harbour Trade Ltd]]
M: [[T:PHONE_NUMBER|07700 900 493]] | T: [[T:PHONE_NUMBER|020-7946-0312]]""",
    },
    {
        "id": "d31-email-005",
        "kind": "email",
        "subject": "Ahmad Shah Noori",
        "subject_aliases": ["Ahmad", "Mr Noori"],
        "case_people": ["Marcus Bellamy", "Farid Noori"],
        "text": """From: [[U|Farzana Habibi]] <[[T:EMAIL_ADDRESS|farzana.habibi@refugeeaction-nw.org]]>
To: [[P|Marcus Bellamy]] <[[T:EMAIL_ADDRESS|m.bellamy@nmou.ac.uk]]>
Subject: [[S|Ahmad Noori]] — DOB [[SI:DATE_OF_BIRTH|01/01/2002]]

Dear [[P|Marcus]],

As agreed, some context on [[S|Ahmad]]. He arrived in 2021 with his brother [[R|Farid Noori]] ([[R|فرید]]); their uncle [[R|Haji Noori]] sponsors them. Travel document: [[SI:UK_PASSPORT|552918374]].

[[S|Mr Noori]] told our caseworker [[U|Zahra Ahmadi]] that a man at the mosque, [[U|Mullah Rahimullah]], has been urging young men to "go back and fight". [[R|Farid]] is 17 and we are more worried about him than about [[S|Ahmad Shah]]. [[R|Farid]]'s college tutor, [[U|Mrs Ellison]], is aware. Their cousin [[R|Bashir Noori]] can be reached on [[T:PHONE_NUMBER|0161 496 0632]] if [[S|Ahmad]] is unreachable.

Kind regards,
[[U|Farzana]]

--
[[U|Farzana Habibi]] | Caseworker
[[NEG|Refugee Action North West]]
[[T:PHONE_NUMBER|0161 496 0077]] | [[T:URL|https://www.linkedin.com/in/farzana-habibi-rnw]]""",
    },
    # ------------------------------------------------------------------ meeting_minutes
    {
        "id": "d31-minutes-001",
        "kind": "meeting_minutes",
        "subject": "Kwame Asante",
        "subject_aliases": ["Kwame", "Mr Asante"],
        "case_people": ["Alan Whitmore", "Will Hargreaves"],
        "text": """STUDENT CONCERNS PANEL — MINUTES
Date: 21 November 2023, 14:00 (Teams)
Present: [[P|Prof. Alan Whitmore]] (Chair); [[U|Dr Nana Ama Boateng]] (Faculty Safeguarding Officer); [[P|Will Hargreaves]] (Personal Tutor); [[U|Chloe Banerjee]] (Student Support); [[U|Gideon Marsh]] (minutes)
Apologies: [[U|Ruth Oyelaran]] (Legal), [[U|Mark Devlin]]

1. [[P|WH]] summarised concerns about [[S|Kwame Asante]] ([[SI:STUDENT_NUMBER|NM-2210-3345]]). [[S|Mr Asante]] shared a manifesto-style post in the [[NEG|EDU1101]] forum praising a recent attack. His sister [[R|Abena Asante]] contacted [[U|CB]] to say he had been "different since the summer".
2. [[U|NAB]] noted that the father, [[R|Kofi Asante]], is a lay preacher and has asked to attend any meeting. [[S|Kwame]]'s cousin [[R|Yaw Asante]] is also enrolled (BA Business); no concerns.
3. [[P|Prof. Whitmore]] asked whether [[S|Kwame]] had been spoken to directly. Not yet.

Actions:
- [[P|WH]] to call the student by Friday.
- [[U|CB]] to reply to [[R|Abena]] (consent permitting).
- [[U|NAB]] to consult [[U|DS Kerr]] (Counter Terrorism Policing) on threshold.
- [[P|AW]] to brief the [[NEG|Prevent Steering Group]].
Minutes: [[U|GM]]""",
    },
    {
        "id": "d31-minutes-002",
        "kind": "meeting_minutes",
        "subject": "Rojda Amedi",
        "subject_aliases": ["Rojda", "Ms Amedi", "Rojda Amedî"],
        "case_people": ["Baran Kaya", "Naomi Fairbrother"],
        "text": """Minutes – Safeguarding Case Conference (Prevent)
Attendees:
• [[U|Helen Carstairs]] – Head of Student Wellbeing (chair)
• [[P|Dr Baran Kaya]] – Personal Tutor
• [[U|Shirin Rostami]] – Interpreter (Kurmanji)
• [[P|Naomi Fairbrother]] – Prevent Coordinator
• [[U|Pooja Lal]] – note-taker
Apologies: [[U|Iwan Morgan]] (Disability Service)

Item 1 – [[S|Rojda Amedî]]
[[P|NF]] outlined the referral: [[S|Ms Amedi]] reposted videos from [[T:SOCIAL_HANDLE|@serhildan_ciwan]] in the [[NEG|POL2210]] forum, including one urging attacks on a named MP. [[P|BK]] said [[S|Rojda]] told him the account belongs to her cousin [[R|Berivan Amedi]]. Their father, [[R|Mr Amedi]], had phoned [[P|Dr Kaya]] asking that the family be left alone.
[[U|HC]] asked whether [[R|Serhat]] (brother, 15) was at risk, as [[S|Amedi]] had said he shares her laptop. [[U|SR]] noted that [[R|Serhat Amedi]]'s school is [[NEG|Fir Vale]].

Actions
- [[P|BK]] to meet [[S|Rojda]] with [[U|SR]] interpreting.
- [[P|NF]] to decide on referral to the [[NEG|Channel]] panel by 1 March.
- [[U|HC]] to write to [[R|Mr Amedi]] ([[R|Azad Amedi]]).
Minutes: [[U|PL]]""",
    },
    {
        "id": "d31-minutes-003",
        "kind": "meeting_minutes",
        "subject": "Harriet Bainbridge",
        "subject_aliases": ["Hattie", "Ms Bainbridge"],
        "case_people": ["Sunny Adebayo", "Kevin Scholes"],
        "text": """Minutes: Support to Study review (Prevent-related)
Attendees: [[P|Sunny Adebayo]] (Student Conduct), [[U|Prof. Clare Whitlam]] (chair), [[U|Ollie Grant]] (SU Advice), [[R|Mrs Dawn Bainbridge]] (parent), [[U|Beth Kowalski]] (note-taker)
Apologies: [[U|Dr Patrick Nolan]]

Minutes:
1. [[U|CW]] welcomed [[R|Mrs Bainbridge]], who attended at [[S|Hattie]]'s request. [[S|Harriet]] joined by phone.
2. [[P|SA]] summarised: [[S|Ms Bainbridge]] posted in an [[NEG|ENV2003]] forum calling for "sabotage" of a named farm and its owner, [[U|Giles Hartnell]]. Her stepfather, [[P|Kevin Scholes]], reported similar posts at home.
3. [[R|Dawn]] said [[S|Hattie]] had been influenced by an online contact, [[U|Rory]], and that her younger sister [[R|Poppy Bainbridge]] (posts as [[T:SOCIAL_HANDLE|@poppyb_xo]]) had shared some of it.
4. [[U|OG]] asked that [[S|Harriet]]'s disability adjustments be kept in place.

Actions:
- [[P|SA]] to agree a behaviour agreement with [[S|Hattie]] by 8 March.
- [[U|OG]] to support [[S|Harriet]] at the next meeting.
- [[U|CW]] to write to [[R|Mrs Bainbridge]] and [[P|Mr Scholes]].
The meeting closed at 15:40 on a [[NEG|sunny]] afternoon. Minutes: [[U|BK]]""",
    },
    {
        "id": "d31-minutes-004",
        "kind": "meeting_minutes",
        "subject": "Priya Raghunathan",
        "subject_aliases": ["Priya"],
        "case_people": ["Imogen Fairley", "Karthik Subramaniam"],
        "text": """Programme Team meeting — EXTRACT (item 6 only)
Present: [[P|Dr Imogen Fairley]] (Chair), [[U|Venkat Iyer]], [[U|Rose Adjei]], [[U|Siddharth "Sid" Menon]], [[U|Lorna McBride]]
Apologies: [[U|Faith Lindqvist]], [[U|Dr Ó Murchú]]

6. Student concern — [[S|Priya Raghunathan]] ([[SI:STUDENT_NUMBER|2205 6612]])
6.1 [[U|VI]] reported that [[S|Priya]] disclosed in a tutorial that her brother [[R|Vikram Raghunathan]] is part of a group that "will teach a lesson" to the local imam. [[S|Ms Raghunathan]] was distressed.
6.2 [[U|RA]] noted that [[S|Priya]]'s husband, [[P|Karthik Subramaniam]], emailed from [[T:EMAIL_ADDRESS|karthik.s.1988@yahoo.co.uk]] to ask that nothing be written to their home. Her mother [[R|Lakshmi Raghunathan]] lives with them.
6.3 [[U|Sid]] said [[R|Vikram]]'s posts are under [[T:SOCIAL_HANDLE|@vikram_rsrg]]; screenshots passed to [[U|Lorna]].
6.4 [[P|IF]] reminded the team of the [[NEG|Prevent Duty Guidance]]; the case goes to the Safeguarding Lead.

Actions: [[P|IF]] to refer to [[U|Thomas Garside]] (DSL). [[U|VI]] to offer [[S|Priya]] a 1:1. [[U|LM]] to file screenshots.""",
    },
    {
        "id": "d31-minutes-005",
        "kind": "meeting_minutes",
        "subject": "Marco Esposito",
        "subject_aliases": ["Marco", "Il Lupo"],
        "case_people": ["Tariq Mahmood", "Salvatore Esposito"],
        "text": """MINUTES — Prevent check-in (internal)
Attendees: [[R|Dr Lucia Esposito]] (Module Lead, no relation to the student); [[P|Tariq Mahmood]] (Safeguarding); [[U|Gemma Hollis]] (Student Services); [[U|PC Dan Whitby]] (Campus Liaison, [[NEG|Thames Valley Police]])
Apologies: [[U|Joy Ferreira-Lowe]]
Minutes: [[U|GH]]

[[P|TM]] opened. Case: [[S|Marco Esposito]], DOB [[SI:DATE_OF_BIRTH|17 May 2003]].
[[R|LE]] reported that [[S|Marco]] submitted a reflective essay praising a fascist militia and signed it "[[S|Il Lupo]]".
[[U|PC Whitby]] confirmed that the family car, a grey Fiat Tipo ([[T:UK_VEHICLE_REGISTRATION|KX68 RWU]]) registered to the father [[R|Salvatore Esposito]], was photographed at a rally in [[NEG|Reading]]. [[R|Mr Esposito]] senior has a prior caution.
[[U|GH]] said [[S|Marco]]'s sister [[R|Giulia Esposito]] rang on [[T:PHONE_NUMBER|07700 900 689]] asking for advice.

Actions:
- [[P|TM]] and [[R|LE]] to meet [[S|Marco]] (w/c 4 March).
- [[U|GH]] to update [[S|Esposito]]'s support plan.
- [[U|PC Whitby]] to share any intelligence with [[P|Tariq]] only.
- [[R|Dr Esposito]] to step back from marking [[S|Marco]]'s work.""",
    },
    # ------------------------------------------------------------------ case_chronology
    {
        "id": "d31-chron-001",
        "kind": "case_chronology",
        "subject": "Callum Drummond",
        "subject_aliases": ["Cal"],
        "case_people": ["Siobhan Keogh", "Morven Blair"],
        "text": """CASE CHRONOLOGY — [[S|Callum Drummond]] (Ref [[NEG|PRV/23/0418]])
Prepared by [[P|Siobhan Keogh]], Safeguarding Officer

02/10/2023  Tutor [[U|Mr Lennox]] emails: [[S|Callum]] wore a patch with a far-right symbol on camera in a live session. — [[P|SK]]
05/10/2023  [[S|Drummond]] says the patch is his brother [[R|Ewan Drummond]]'s and was "just a laugh". ([[P|S. Keogh]])
09/10/2023  Call from mum, [[R|Mrs Drummond]], on [[T:PHONE_NUMBER|01382 496 120]]: worried about [[R|Ewan]] and his friend [[U|Stuart Baird]]. — [[P|SK]]
12/10/2023  [[U|DC Fraser Lindsay]] confirms [[R|Ewan]]'s Telegram name [[T:USERNAME|ewan_1488]] is known to police. ([[U|F. Lindsay]] by phone)
20/10/2023  [[S|Cal]] meets [[P|Dr Morven Blair]]; accepts that posting the symbol was wrong. ([[P|M. Blair]])
27/10/2023  Uncle [[R|Hamish Drummond]] rings, angry, demanding to speak to "whoever is spying on the boy". — [[P|SK]]
03/11/2023  Review with [[U|Alison Petrie]] (DSL). Not referred to [[NEG|Channel]]; [[S|Callum]] to continue support. ([[U|A. Petrie]])
10/11/2023  [[R|Mrs Drummond]] ([[R|Lorraine]]) thanks the team; [[R|Ewan]] has moved to [[NEG|Aberdeen]]. — [[P|SK]]""",
    },
    {
        "id": "d31-chron-002",
        "kind": "case_chronology",
        "subject": "Omar Khalil",
        "subject_aliases": ["Omar"],
        "case_people": ["Niall Hendry", "Youssef Khalil"],
        "text": """Chronology of events — [[S|Omar Khalil]] — Safeguarding file
Student no. [[SI:STUDENT_NUMBER|NM-2301-2277]] | NI No: [[SI:UK_NINO|GB 40 18 72 A]]

• 08 Jan 2024 — [[U|Ms Ferrante]] (tutor) reports [[S|Omar]] asking in a webinar where to "buy parts" for a device. — [[P|NH]]
• 10 Jan 2024 — [[S|Khalil]] interviewed by [[P|Niall Hendry]]; says it was a chemistry joke. — [[P|NH]]
• 15 Jan 2024 — Sister [[R|Nour Khalil]] emails from [[T:EMAIL_ADDRESS|nour.k.2005@hotmail.com]]: their father [[R|Youssef Khalil]] ([[R|يوسف خليل]]) has found pages printed from [[T:URL|http://ansar-bayan.example.net/u/abu_qatada_uk]]. — [[U|L. Mercer]]
• 16 Jan 2024 — [[R|Abu Omar]] (as the father signs his texts) rings [[T:PHONE_NUMBER|0208 496 0441]] asking for a meeting. — [[P|NH]]
• 22 Jan 2024 — Meeting: [[S|Omar]], [[R|Mr Khalil]], [[P|Niall Hendry]], [[U|Imam Saeed Rahman]] (community adviser). [[S|Omar]] shows remorse. — [[U|Laura Mercer]]
• 30 Jan 2024 — Referral made to [[NEG|Channel]] via [[U|DS Priya Kandola]]. [[R|Nour]] updated. ([[P|N. Hendry]])""",
    },
    {
        "id": "d31-chron-003",
        "kind": "case_chronology",
        "subject": "Brian Ssemakula",
        "subject_aliases": ["Brian", "Mr Ssemakula"],
        "case_people": ["Joan Nakato", "Ivan Ssemakula"],
        "text": """Chronology (extract) — subject: [[S|Brian Ssemakula]]   SID [[SI:STUDENT_NUMBER|23117760]]

14 Jan 2024 — Automated alert: VLE account [[SI:USERNAME|bssemakula]] accessed a flagged site from [[SI:IP_ADDRESS|2a00:23c7:8a1e:5c01::3f]]. ([[P|J. Nakato]])
16 Jan 2024 — [[S|Brian]] says his brother [[R|Ivan Ssemakula]] uses his login at night. Second session from [[T:IP_ADDRESS|81.2.69.160]] attributed by [[S|Brian]] to [[R|Ivan]]. ([[P|J. Nakato]])
19 Jan 2024 — Mother, [[R|Mrs Ssemakula]] ([[R|Florence]]), calls from [[T:PHONE_NUMBER|+256 772 118 405]]: [[R|Ivan]] has been talking with "[[U|Commander Okello]]" about joining an armed group. — [[U|PW]]
22 Jan 2024 — Strategy call: [[P|Joan Nakato]], [[U|Peter Wamala]] (IT Security), [[U|Hope Mirembe]] (Student Support). Agreed to reset [[S|Mr Ssemakula]]'s password; no referral for [[S|Brian]]. — [[U|HM]]
29 Jan 2024 — [[S|Brian]] reports that cousin [[R|Grace Ssemakula]] has also received messages. [[NEG|Hope]] Street Hub (community centre) offered to help. ([[P|J. Nakato]])
05 Feb 2024 — Police liaison [[U|PC Adeola Banjo]] informed; [[R|Ivan]]'s IP logs shared. — [[U|PW]]""",
    },
    {
        "id": "d31-chron-004",
        "kind": "case_chronology",
        "subject": "Dawid Kowalczyk",
        "subject_aliases": ["Dawid", "Dawidek"],
        "case_people": ["Aleksandra Wiśniewska"],
        "text": """Case chronology — [[S|Dawid Kowalczyk]] | Driving licence [[SI:UK_DRIVING_LICENCE|KOWAL904129D99XY]]

| Date | Event | Recorded by |
|---|---|---|
| 03/09 | Referral from [[U|Dr Helen Ashcroft]]: [[S|Dawid]] posted a photo of himself with a crossbow captioned "ready for the invasion". | — [[U|HA]] |
| 05/09 | [[S|Kowalczyk]] meets [[P|Aleksandra Wiśniewska]] (Polish-speaking adviser); says photo is "an old joke" from his uncle [[R|Zbigniew Kowalczyk]]'s farm. | — [[P|AW]] |
| 11/09 | Sister [[R|Natalia Kowalczyk]] phones ([[T:PHONE_NUMBER|07700 900 722]]); says [[R|Zbyszek]] runs [[T:SOCIAL_HANDLE|@polska_tarcza]] and "[[S|Dawidek]]" copies him. | — [[P|AW]] |
| 14/09 | [[U|PC Stephen Ogunleye]] confirms crossbow is lawfully owned by [[R|Mr Kowalczyk]] senior ([[R|Tadeusz]]). | — [[U|S. Ogunleye]] |
| 20/09 | Joint meeting: [[S|Dawid]], [[P|Ola Wiśniewska]], [[U|Marcin Zając]] (SU). Agreed support plan. | — [[P|AW]] |
| 02/10 | [[R|Natalia]] reports [[R|Zbigniew]]'s account deleted. Case stepped down. | — [[U|HA]] |""",
    },
    {
        "id": "d31-chron-005",
        "kind": "case_chronology",
        "subject": "Sofía Fernández Ruiz",
        "subject_aliases": ["Sofía", "Sofi", "Ms Fernández"],
        "case_people": ["Pilar Navarro", "Owen Fairclough"],
        "text": """CHRONOLOGY — [[S|Sofía Fernández Ruiz]]
DOB [[SI:DATE_OF_BIRTH|30/01/2000]] · Address on file: [[SI:STREET_ADDRESS|7 Canal Wharf]], [[SI:UK_POSTCODE|M4 6DZ]]

12.02.24 — Tutor [[P|Pilar Navarro]] notes [[S|Sofía]] shared an anti-vaccine post threatening clinic staff by name ([[U|Dr Amaka Ibe]]). — [[P|PN]]
14.02.24 — [[S|Ms Fernández]] says her brother [[R|Javier Fernández]] wrote it and used her account. — [[P|Pilar N.]]
16.02.24 — Father [[R|Alejandro Fernández]] emails [[P|Owen Fairclough]] from [[T:EMAIL_ADDRESS|afernandez.arq@gmail.com]] supporting [[R|Javi]]'s views. ([[P|O. Fairclough]])
19.02.24 — Mother [[R|Carmen Ruiz]] phones [[T:PHONE_NUMBER|+34 612 408 377]]; worried for [[S|Sofi]]. — [[P|OF]]
26.02.24 — Consultation with [[U|DS Hollie Grange]]; no offence by [[S|Sofía]]. [[R|Javier]] known to police in [[NEG|Valencia]]. — [[P|OF]]
04.03.24 — [[S|Fernández Ruiz]] attends wellbeing session with [[U|Marisol Ortega]]. Case kept open. — [[P|PN]]""",
    },
    # ------------------------------------------------------------------ incident_report
    {
        "id": "d31-incident-001",
        "kind": "incident_report",
        "subject": "Jordan Whitlock",
        "subject_aliases": ["Jordan", "Whitlock"],
        "case_people": ["Kerry-Ann Baptiste", "Kyle Whitlock"],
        "text": """INCIDENT REPORT — [[NEG|IR-2024-0071]]
Reported by: [[P|Kerry-Ann Baptiste]], Online Community Moderator
Date/time: 16/02/2024 21:35
Student concerned: [[S|Jordan Whitlock]] ([[SI:STUDENT_NUMBER|NM-2218-5530]])
Witnesses: [[U|Ifeoma Chukwu]], [[U|Alfie Rendall]], [[U|Bogdan Petrenko]] (all students)

Description: During a live [[NEG|CRM2050]] webinar the account "[[SI:USERNAME|jwhitlock_nm]]" (login IP [[SI:IP_ADDRESS|86.134.22.190]]) shared a screen showing a list of addresses of local asylum hotels. A second account, "[[T:USERNAME|kwhit_88]]", joined from [[T:IP_ADDRESS|86.134.22.191]]; [[S|Whitlock]] later said this was his brother [[R|Kyle Whitlock]], DOB [[T:DATE_OF_BIRTH|02/09/1997]].

[[U|Alfie]] said [[R|Kyle]] drives a white Transit ([[T:UK_VEHICLE_REGISTRATION|YD21 KPO]]) and has "done the hotels before".

Police: reported to [[U|PC Sarah Iqbal]] (collar 4471); follow-up by [[U|DS Mensah-Clarke]]. [[R|Mr Whitlock]] (father, [[R|Terry]]) was informed by [[U|DS Mensah-Clarke]] at the family's request.

Reporter signature: [[P|K-A. Baptiste]]""",
    },
    {
        "id": "d31-incident-002",
        "kind": "incident_report",
        "subject": "Barış Çelik",
        "subject_aliases": ["Barış"],
        "case_people": ["Nilüfer Şahin", "Murat Kılıç"],
        "text": """Incident Report Form – Study Day / Off-campus
Report ID: [[NEG|INC/0934]]    Location: [[NEG|Hallam Conference Centre]], [[NEG|Sheffield]]
Reporter: [[P|Dr Nilüfer Şahin]]
Person concerned: [[S|Barış Çelik]] (student, [[SI:STUDENT_NUMBER|NM-2290-1142]])
Others involved: [[R|Kaan Çelik]] (brother, non-student), [[P|Murat Kılıç]] (student)

Summary: At 12:40 [[S|Barış]] and [[R|Kaan]] handed out flyers naming a Kurdish café owner, [[U|Rêzan Doğan]], as a "traitor" with his home address. [[P|Murat]] tried to stop them and was pushed. Security officer [[U|Ahmet Yıldız]] escorted [[R|Kaan]] out.

Witnesses: [[U|Ela Kurt]], [[U|Gareth Pryce]], [[U|Siân Howells]].

Police attending: [[U|PC Rachel Dunmore]] and [[U|Sgt Lee Haworth]], ref [[NEG|SYP-20240314-0442]].
Vehicle: black BMW, [[T:UK_VEHICLE_REGISTRATION|YR70 ZFK]], registered to [[R|Mr Çelik]] (father, [[R|Hüseyin Çelik]]).

[[S|Mr Çelik]] apologised to [[P|Dr Şahin]] later that day; [[R|Kaan]] did not.
Signed: [[P|N. Şahin]]""",
    },
    {
        "id": "d31-incident-003",
        "kind": "incident_report",
        "subject": "Tendai Moyo",
        "subject_aliases": ["Tendai", "TJ"],
        "case_people": ["Colm Fahy", "Farai Moyo"],
        "text": """INCIDENT REPORT
Reporter: [[P|Colm Fahy]] (Residential Study Week coordinator)
Date: 09/07/2024    Venue: [[NEG|Aston Lakeside]] halls
Student: [[S|Tendai Moyo]] ("[[S|TJ]]")

What happened: A threatening post about the [[NEG|Aston Lakeside]] event appeared on X from [[T:SOCIAL_HANDLE|@farai_mo_zw]], the account of [[S|Tendai]]'s brother [[R|Farai Moyo]]. The post named staff member [[U|Dr Kezia Hollander]]. It was made from [[T:IP_ADDRESS|2001:db8:ac10:fe01::21]], which halls Wi-Fi logs link to a guest device registered by [[S|Moyo]].

Witnesses: [[U|Chipo Ndlovu]] (student), [[U|Danny Okello]] (porter), [[U|Ruvimbo]] (surname not given).

Police: [[R|Sgt Blessing Moyo]] (no relation) and [[U|PC Ben Hollister]], [[NEG|West Midlands Police]]. [[R|Sgt Moyo]] took [[S|Tendai]]'s account; [[U|PC Hollister]] spoke with [[R|Farai]] by phone on [[T:PHONE_NUMBER|+263 77 214 5096]].

Vehicle seen: [[R|Farai]]'s hire car [[T:UK_VEHICLE_REGISTRATION|BD23 WMV]].

[[S|Tendai]] cooperated fully; [[R|Mrs Moyo]] (mother) collected him.
— [[P|CF]]""",
    },
    {
        "id": "d31-incident-004",
        "kind": "incident_report",
        "subject": "Kelvin Wong",
        "subject_aliases": ["Kelvin", "黃家樂"],
        "case_people": ["Ravi Chandrasekar", "Tessa Villiers"],
        "text": """IT Security Incident + Safeguarding note
Reporter: [[P|Ravi Chandrasekar]] (IT Security Analyst)    Ref: [[NEG|SEC-2024-118]]
Subject account: [[SI:USERNAME|kwong23]] — [[S|Kelvin Wong]] ([[S|黃家樂]])

Detected 02:14 on 11/03: bulk upload of bomb-making PDFs to a shared [[NEG|MAT2207]] folder. Source IPs: [[SI:IP_ADDRESS|92.40.178.33]] (student's home broadband) and [[T:IP_ADDRESS|5.64.201.17]], which [[S|Kelvin]] says is his father's office, i.e. [[R|Wong Chi-ming]] ([[R|黃志明]]).

Reviewed with [[P|Tessa Villiers]] (Safeguarding) at 09:30. [[S|Mr Wong]] told [[P|TV]] that his cousin [[R|Alvin Wong]] asked him to "store" the files. [[R|Alvin]]'s email: [[T:EMAIL_ADDRESS|alvinwong.hk@protonmail.com]].

Witnesses to the VLE content: [[U|Bill Tranter]] and [[U|Mei-Ling Cho]] (classmates). [[U|Bill]] took screenshots.
Police: [[U|DC Joanne Harker]], Counter Terrorism Policing, attended 14:00. [[U|DC Harker]] asked for [[R|Mr Wong]] senior's contact: [[T:PHONE_NUMBER|+852 9123 4470]].

Signed: [[P|R. Chandrasekar]]""",
    },
    {
        "id": "d31-incident-005",
        "kind": "incident_report",
        "subject": "Aditya Kulkarni",
        "subject_aliases": ["Adi", "Aditya"],
        "case_people": ["Gráinne Doherty", "Rohan Kulkarni"],
        "text": """Incident report — study day, [[NEG|Room 2.14]], [[NEG|Bramley Building]]
Reporter: [[P|Gráinne Doherty]], Associate Lecturer
Date/time: Sat 20/04/2024, 11:05
Student: [[S|Aditya Kulkarni]]   Student no: [[SI:STUDENT_NUMBER|2216-4409]]

During a group exercise [[S|Adi]] told [[U|Joseph Mensah]] that "people like you will be sorted out" and showed a video of a riot. [[U|Lena Hoffmann]] and [[U|Farhan Siddiqui]] witnessed this. His brother, [[R|Rohan Kulkarni]], who was waiting outside, came in and shouted at [[U|Joseph]].

Guest Wi-Fi log shows [[R|Rohan]]'s phone at [[T:IP_ADDRESS|10.44.7.212]] uploading the video at 11:12.
Vehicle: silver Skoda, [[T:UK_VEHICLE_REGISTRATION|BF19 OXM]], registered to [[R|Mr Kulkarni]] senior ([[R|Suresh Kulkarni]]).

Police: [[U|DC Amira Saleh]] attended 12:30; [[U|PC Thomas Reddy]] took statements.
[[S|Mr Kulkarni]] left with [[R|Rohan]] at 12:50. [[U|Joseph]] was offered support by [[U|Sunil Bhatia]].

Signed: [[P|G. Doherty]]   Countersigned: [[U|M. Ó Fearghail]] (Site Manager)""",
    },
    # ------------------------------------------------------------------ letter
    {
        "id": "d31-letter-001",
        "kind": "letter",
        "subject": "Megan Llewellyn",
        "subject_aliases": ["Megan", "Meg"],
        "case_people": ["Alun Bevan", "Bethan Llewellyn"],
        "text": """[[NEG|Northmoor Open University]]
Student Safeguarding Service
[[NEG|Kestrel House]], [[NEG|Waterfront Way]]

[[R|Mrs Bethan Llewellyn]]
[[T:STREET_ADDRESS|Tŷ Gwyn]]
[[T:STREET_ADDRESS|Heol y Dderwen]]
[[NEG|Llanrwst]]
[[T:UK_POSTCODE|LL26 0DG]]

14 March 2024

Dear [[R|Mrs Llewellyn]],

Re: [[S|Megan Llewellyn]], DOB [[SI:DATE_OF_BIRTH|11/02/2003]]

Thank you for your letter of 2 March. I understand [[S|Megan]] has moved to [[SI:STREET_ADDRESS|Flat 2, 18 Cathedral Road]], [[NEG|Cardiff]], [[SI:UK_POSTCODE|CF11 9LJ]], with her partner [[U|Jac Rowlands]], and that you are worried about the people [[U|Jac]] has introduced her to.

You mentioned that [[S|Meg]]'s brother [[R|Gethin]] has also received messages from [[U|Jac]]'s friend [[U|Owain Prys]]. I cannot share details of [[S|Megan]]'s studies without her consent, but I have passed your concerns to [[U|Dr Sioned Parry]], and [[R|Mr Llewellyn]] is welcome to call me on [[T:PHONE_NUMBER|029 2018 0455]].

Yours sincerely,

[[P|Alun Bevan]]
Head of Student Safeguarding
cc [[U|Ffion Roberts]], Personal Tutor""",
    },
    {
        "id": "d31-letter-002",
        "kind": "letter",
        "subject": "Chiamaka Eze",
        "subject_aliases": ["Chi-Chi", "Chiamaka"],
        "case_people": ["Adaeze Obi"],
        "text": """[[R|Emeka Eze]]
[[T:STREET_ADDRESS|27 Ashgrove Terrace]]
[[NEG|Peckham]], [[NEG|London]]
[[T:UK_POSTCODE|SE15 4QP]]

Student Support Office
[[NEG|Northmoor Open University]]

5th February 2024

Dear Sir/Madam,

I write about my daughter [[S|Chiamaka Eze]] ([[S|Chi-Chi]]), student number [[SI:STUDENT_NUMBER|NM 2214 9907]]. Since Christmas her cousin [[R|Obinna Eze]] has introduced her to a man calling himself "[[U|Brother Zion]]" who preaches that the end is coming and that "unbelievers must be punished". [[S|Chiamaka]] has stopped her studies and gives him money. I pay her fees from my account (sort code [[T:UK_SORT_CODE|20-45-77]], account [[T:UK_BANK_ACCOUNT|63019842]]) and I want to know if the money is reaching you.

Her mother, [[R|Mrs Ngozi Eze]], and I would like to meet [[P|Mrs Adaeze Obi]], who [[S|Chi-Chi]] says is her adviser. You may phone me on [[T:PHONE_NUMBER|07700 900 128]] or her aunt [[U|Mrs Chinwe Okeke]] on [[T:PHONE_NUMBER|020 7946 0991]].

Yours faithfully,

[[R|E. N. Eze]] (Mr)""",
    },
    {
        "id": "d31-letter-003",
        "kind": "letter",
        "subject": "Trần Minh Khoa",
        "subject_aliases": ["Khoa", "Mr Tran", "Mr Trần"],
        "case_people": ["Ngô Thanh Hương", "Trần Văn Phúc"],
        "text": """PRIVATE & CONFIDENTIAL

[[S|Mr Trần Minh Khoa]]
[[SI:STREET_ADDRESS|Room 9, Whitefriars House]]
[[SI:STREET_ADDRESS|Carrow Road]]
[[NEG|Norwich]]
[[SI:UK_POSTCODE|NR1 1HU]]

22 January 2024

Dear [[S|Khoa]],

Invitation to a support meeting

Following your conversation with [[P|Dr Ngô Thanh Hương]] on 15 January, I would like to invite you to a meeting on 30 January at 10:00 (Teams). [[P|Dr Ngô]] told me you are worried about messages your sister [[R|Trần Minh Anh]] has been receiving from [[U|Lý Văn Đức]] ([[T:SOCIAL_HANDLE|@duc.ly.nationalist]]), and about what he has said he will do.

You are welcome to bring someone with you, for example your friend [[U|Hoàng Bích Ngọc]] or a representative from the Students' Union such as [[U|Ellis Marchant]].

Copy to guarantor, at your request: [[R|Mr Trần Văn Phúc]], [[T:STREET_ADDRESS|112 Stoney Stanton Road]], [[NEG|Coventry]] [[T:UK_POSTCODE|CV6 5EU]].

Yours sincerely,

[[U|Rachel Amory]]
Student Casework Manager
[[T:EMAIL_ADDRESS|r.amory@nmou.ac.uk]] · [[T:PHONE_NUMBER|01603 496 318]]""",
    },
    {
        "id": "d31-letter-004",
        "kind": "letter",
        "subject": "Andreea Munteanu",
        "subject_aliases": ["Andreea", "Ms Munteanu"],
        "case_people": ["Dorin Vasilescu", "Vasile Munteanu"],
        "text": """[[NEG|Eastside Community Advice]]
[[NEG|Unit 4, Marlowe Yard]]

Prevent & Safeguarding Lead
[[NEG|Northmoor Open University]]

18 October 2023

Dear Safeguarding Lead,

Re: [[S|Andreea Munteanu]] — NI number [[SI:UK_NINO|SZ 71 04 38 D]]

I am [[S|Ms Munteanu]]'s support worker. With her consent I am writing because her father, [[R|Vasile Munteanu]], has been contacting her repeatedly from prison. Probation officer [[P|Dorin Vasilescu]] tells me [[R|Mr Munteanu]] was convicted of stirring up racial hatred and is due for release in December to [[T:STREET_ADDRESS|Laurel Bank]], [[T:STREET_ADDRESS|Fennell Lane]], [[T:UK_POSTCODE|PE13 2RX]].

[[S|Andreea]] fears he will pressure her younger brother [[R|Cosmin Munteanu]] (NHS [[T:UK_NHS|863 911 0654]]) who lives with her. Her aunt [[R|Rodica Munteanu]] has also been approached by [[U|Florin Stoica]], a former associate of [[R|Vasile]].

Please contact me or [[U|Patience Harlow]], my manager. [[S|Andreea]] would like [[P|Mr Vasilescu]] to be included in any meeting.

Yours faithfully,

[[U|Kasia Dąbrowska]]
Support Worker
[[T:PHONE_NUMBER|01945 496 210]] | [[T:EMAIL_ADDRESS|kasia.d@eastside-advice.org.uk]]""",
    },
    {
        "id": "d31-letter-005",
        "kind": "letter",
        "subject": "Benedict Ashworth",
        "subject_aliases": ["Ben", "Mr Ashworth"],
        "case_people": ["Hope Ashworth", "Lorraine Quigley"],
        "text": """Office of the Dean of Students
[[NEG|Northmoor Open University]]

[[S|Mr Benedict Ashworth]]
[[SI:STREET_ADDRESS|The Old Forge]]
[[SI:STREET_ADDRESS|Nether Lane]]
[[NEG|Hebden Bridge]]
[[SI:UK_POSTCODE|HX7 8LP]]

3 June 2024

Dear [[S|Ben]],

I am writing after our call with [[P|Dr Lorraine Quigley]] on 28 May. I was sorry to hear that your sister, [[R|Hope Ashworth]], has been receiving threats from people connected to your father's former group. I [[NEG|hope]] the steps below help.

1. You will keep your current tutor, [[U|Mr Dhillon]], and your deadlines for [[NEG|GEO2011]] are extended.
2. [[P|Dr Quigley]] will check in with you weekly.
3. If [[R|Mr Ashworth]] ([[R|Graham]]) or his associate [[U|Neil Sowerby]] contact you through the university, please tell [[U|Bridget Maddox]] in our office immediately.
4. We have noted that [[R|Hope]]'s car ([[T:UK_VEHICLE_REGISTRATION|FN66 HDA]]) was damaged on 25 May.

Your grandmother, [[R|Mrs Edith Ashworth]], called us; we did not discuss your studies.

With best wishes,

[[U|Professor Kwabena Otoo]]
Dean of Students""",
    },
]
