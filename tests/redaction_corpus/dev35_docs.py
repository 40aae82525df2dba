# ruff: noqa: E501
"""dev35: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d35-tutor-001",
        "kind": "tutor_report",
        "subject": "Eilidh MacLeod",
        "subject_aliases": ["Eils"],
        "case_people": ["Iain Drummond", "Fiona Kerr"],
        "text": """PERSONAL TUTOR CONCERN FORM
Student: [[S|Eilidh MacLeod]]    Student no.: [[SI:STUDENT_NUMBER|22-0417-386]]
Module: [[NEG|SOC2031]] Identity and Belonging ([[NEG|Week 7]])
Personal tutor: [[P|Dr Iain Drummond]]

[[S|Eilidh]] posted a forum reply on 14 March that quoted a video her cousin [[U|Kenneth Robertson]] had sent her. The moderator, [[U|Ms Gráinne Ní Cheallaigh]], flagged it that evening. When we spoke, [[S|Ms MacLeod]] said her mother, [[R|Mrs MacLeod]], had already taken a phone off her younger brother [[R|Calum]] after he repeated similar slogans at school in [[NEG|Stornoway]].

[[S|Eilidh]]'s mother ([[R|Morag MacLeod]], [[T:PHONE_NUMBER|01851 702 446]]) asked that the father, [[R|Angus MacLeod]], is not contacted while he is offshore. Housemate [[U|Catriona Baird]] confirmed [[S|Eils]] has been upset rather than persuaded. I hold out real [[NEG|hope]] here: she removed the post herself and asked the librarian, [[U|Hamish Sutherland]], for reading on media literacy.

Outcome: no referral; welfare check-in booked with [[P|Fiona Kerr]] (Wellbeing). [[R|Calum MacLeod]] is not our student and the school has been informed by the family.

Signed: [[P|I. Drummond]]
Reviewed: [[P|FK]], 18/03""",
    },
    {
        "id": "d35-tutor-002",
        "kind": "tutor_report",
        "subject": "Liang Xiaoyu",
        "subject_aliases": ["Sharon", "Xiaoyu", "Sharon Liang"],
        "case_people": ["Rebecca Ashworth", "Tomasz Nowicki"],
        "text": """TERM 2 PROGRESS REPORT — MSc Data Science (online)
Student: [[S|LIANG Xiaoyu]] (known on the course as [[S|Sharon]])
ID: [[SI:STUDENT_NUMBER|20318845]]    Tutor: [[P|Dr Rebecca Ashworth]]

Live-session attendance fell from [[NEG|Week 3]]. [[S|Xiaoyu]] explained that her father, [[R|Liang Jianguo]], is unwell in [[NEG|Chengdu]], and that her cousin [[R|Liang Hao]], who shares her flat in [[NEG|Salford]], keeps pressing her to join an online study circle run by a "[[U|Teacher Wu]]". [[S|Ms Liang]] showed me messages from the account [[T:USERNAME|wu_truthseeker88]] and from a second profile, [[T:SOCIAL_HANDLE|@mingdeng_light]].

Her classmate [[U|Zhou Mingyu]] and flatmate [[U|Precious Dlamini]] both contacted student services separately; [[U|Precious]] said [[S|Sharon]] has gone quiet in group work. Her uncle, [[R|Liang Wenbo]], pays the rent and, she says, would be furious if he heard of any of this, so please do not contact [[R|Mr Liang]] without her consent.

I have referred the matter to [[P|Tomasz Nowicki]] (Safeguarding) and copied the module lead, [[U|Prof. Kenji Mori]]. Her coursework remains strong and [[S|Liang]]'s last TMA scored 78.

Next review: 2 May.
Signed: [[P|R. Ashworth]]""",
    },
    {
        "id": "d35-tutor-003",
        "kind": "tutor_report",
        "subject": "Hodan Abdi Warsame",
        "subject_aliases": [],
        "case_people": ["Marta Głowacka", "Olusegun Adeyemi", "Mahad Abdi Warsame"],
        "text": """TUTOR CONCERN NOTE (confidential)
Student: [[S|Hodan Abdi Warsame]]    DOB: [[SI:DATE_OF_BIRTH|02/11/2003]]
Programme: [[NEG|Foundation Year in Health Sciences]]
Tutor: [[P|Marta Głowacka]]

At a one-to-one on 9 October, [[S|Hodan]] told me her older brother [[R|Mahad Abdi Warsame]] has been approached near [[NEG|Wembley Central]] by a man who calls himself "[[U|Abu Yaqub]]". Their father, [[R|Abdi Warsame Ali]], has asked the imam, [[U|Sheikh Abdullahi Nur]], to talk to [[R|Mahad]]. [[S|Hodan]] is worried, not sympathetic, and nothing in her own work concerns me.

Registry lists her as [[S|Ms Warsame]]; she prefers [[S|Hodan]]. She asked that any family contact goes through her aunt, [[U|Faduma Hassan]] ([[T:PHONE_NUMBER|07700 900 318]]), rather than her mother, [[U|Khadra Osman]], and that her younger sister [[R|Ayaan]] is not mentioned to the school. [[R|Ayaan Abdi Warsame]] is in Year 10.

Discussed with [[P|Dr Olusegun Adeyemi]] (Designated Safeguarding Officer): no Prevent referral for [[S|Hodan]]; signposted to the welfare adviser, [[U|Bronwen Jenkins]]. [[P|OA]] will note the brother's situation for the local authority if [[S|Hodan]] agrees.

Signed: [[P|M. Głowacka]]    Date: 10/10""",
    },
    {
        "id": "d35-tutor-004",
        "kind": "tutor_report",
        "subject": "João Pedro Conceição Ferreira",
        "subject_aliases": ["JP", "João Pedro"],
        "case_people": ["Siobhán Keane", "Tiago Alves"],
        "text": """PERSONAL TUTOR NOTES — BSc Criminology, Year 2
Student: [[S|João Pedro Conceição Ferreira]] ("[[S|JP]]")    Student number: [[SI:STUDENT_NUMBER|2109-5527]]

12 Jan — Call with [[S|João Pedro]]. He is staying with his uncle [[R|Rui Ferreira]] in [[NEG|Great Yarmouth]] after a falling-out at home. His mother, [[R|Maria da Conceição Ferreira]] ("[[R|Dona Conceição]]"), rang the faculty office twice; [[U|Lorna Whitaker]] took both calls.

19 Jan — [[S|JP]] forwarded screenshots of a Telegram group where a user, [[T:USERNAME|lusitano_88]], praised an attack. He says his cousin [[R|Inês Ferreira]] added him and he has now left. Module leader [[P|Dr Tiago Alves]] agrees the seminar comment of 15 Jan ("someone should do something") was careless rather than intent.

26 Jan — Met [[S|Mr Ferreira]] with his advocate, [[U|Sunny Okafor]]. [[U|Sunny]] will attend future meetings. No further concerns; [[S|Ferreira]]'s extension approved by [[U|Dr Helen Marsh]]. His sister [[R|Beatriz]] is collecting him from the train.

Signed: [[P|S. Keane]], personal tutor""",
    },
    {
        "id": "d35-tutor-005",
        "kind": "tutor_report",
        "subject": "Oleksandr Petrovych Kovalenko",
        "subject_aliases": ["Sasha", "Олександр Коваленко"],
        "case_people": ["Hywel Bowen", "Oksana Melnyk"],
        "text": """PROGRESS REPORT — Certificate in Engineering Foundations
Student: [[S|Oleksandr Petrovych Kovalenko]] ([[S|Олександр Коваленко]]), known as [[S|Sasha]]
Student no. [[SI:STUDENT_NUMBER|23007419]]
Tutor: [[P|Dr Hywel Bowen]]

[[S|Oleksandr]] arrived under the Homes for Ukraine scheme and lives with his sponsor, [[U|Bill Thornton]], in [[NEG|Harrogate]]. His mother, [[R|Halyna Kovalenko]], and sister [[R|Kateryna]] ("[[R|Katia]]") are with him; his father, [[R|Petro Kovalenko]], remains in [[NEG|Dnipro]].

In the [[NEG|Week 5]] discussion board [[S|Sasha]] replied angrily to a classmate, [[U|Dmitri Volkov]], who had posted pro-war memes. The moderator, [[U|Kasia Lewandowska]], removed both posts. [[S|Kovalenko]] apologised the same day. [[U|Mr Thornton]] phoned to say the household has been tense since [[R|Pani Halyna]] received a large phone [[NEG|bill]] for calls to [[NEG|Dnipro]].

[[S|Mr Kovalenko]]'s grades remain good. I see no radicalisation concern; this is grief and stress. Referred to the counsellor, [[P|Oksana Melnyk]], who speaks Ukrainian; [[P|OM]] will contact him this week.

Signed: [[P|H. Bowen]]""",
    },
    {
        "id": "d35-support-006",
        "kind": "support_log",
        "subject": "Rhodri Llewelyn",
        "subject_aliases": ["Rhod"],
        "case_people": ["Gethin Hughes", "Eluned Parry-Jones"],
        "text": """STUDENT SUPPORT LOG — [[S|Rhodri Llewelyn]] ([[SI:STUDENT_NUMBER|21-660-148]])

03/02/2025 — Phone call from [[S|Rhodri]]. Says his sister [[R|Ffion Llewelyn]] saw his YouTube comments and told their mum. Agreed a call with wellbeing. — [[P|GH]]

05/02/2025 — Mother, [[R|Siân Llewelyn]], emailed from [[T:EMAIL_ADDRESS|sian.llewelyn@btinternet.example]] asking for an update; told her we cannot share without consent. — [[P|GH]]

06/02/2025 — [[S|Rhod]] consented to his grandfather, [[R|Gwilym Llewelyn]], being his contact. He named an online contact, "[[U|Will]]" ([[T:SOCIAL_HANDLE|@will_cymru_first]]), who sent him a manifesto; he will block him. — [[P|E. Parry-Jones]]

10/02/2025 — Met on Teams with [[S|Mr Llewelyn]], mentor [[U|Dr Carys Bevan]] and student rep [[U|Osian ap Dafydd]]. [[U|Osian]] offered to pair him with the debating society. — [[P|EPJ]]

12/02/2025 — [[R|Mrs Llewelyn]] rang to thank the team; [[R|Ffion]] has deleted the screenshots she shared with [[U|Elin Pugh]]. Case moved to monitoring. — [[P|GH]]""",
    },
    {
        "id": "d35-support-007",
        "kind": "support_log",
        "subject": "Nguyễn Thị Thu Hà",
        "subject_aliases": ["Hà", "Thu Hà"],
        "case_people": ["Lucy Wainwright"],
        "text": """WELLBEING LOG
Student: [[S|Nguyễn Thị Thu Hà]]    NHS no.: [[SI:UK_NHS|852 524 6492]]

14/11 — [[S|Thu Hà]] self-referred after a landlord dispute. Lives with her brother [[R|Nguyễn Văn Minh]] and a lodger, [[R|Nguyễn Thanh Tâm]] (no relation), in [[NEG|Beeston]]. — [[P|LW]]

15/11 — [[S|Hà]] said [[R|Minh]] has been sharing posts from a channel run by "[[U|anh Khoa]]" and asked what she should do. — [[P|LW]]

17/11 — Spoke with [[S|Ms Nguyễn]] and the interpreter, [[U|Phạm Thị Lan]] ("[[U|chị Lan]]"). [[S|Hà]] gave the landlord's name, [[U|Derek Ashby]], and number, [[T:PHONE_NUMBER|0115 496 0281]]. — [[P|L. Wainwright]]

20/11 — [[R|Tâm]] rang to say [[R|Minh]] has moved out to stay with [[U|Lê Quang Huy]] in [[NEG|Birmingham]]. — [[P|LW]]

22/11 — Discussed with [[U|Rosa Caruso]] (Prevent coordinator). Threshold not met for [[S|Hà]]; the concern sits with [[R|Nguyễn Văn Minh]], who is not our student, and has been passed to the local authority with consent. [[S|Thu Hà]]'s rent arrears referred to [[U|Imran Sheikh]] in Finance. — [[U|RC]]""",
    },
    {
        "id": "d35-support-008",
        "kind": "support_log",
        "subject": "Berfîn Amedî",
        "subject_aliases": [],
        "case_people": ["Ayşe Kaya"],
        "text": """SUPPORT & WELLBEING ENTRIES — [[S|Berfîn Amedî]]
Student ID [[SI:STUDENT_NUMBER|22510936]] · DOB [[SI:DATE_OF_BIRTH|19 June 2002]]

2 Apr — [[S|Berfîn]] asked for an extension. Her brother [[R|Diyar Amedî]] was stopped at [[NEG|Heathrow]] and questioned under Schedule 7; she is frightened. — [[P|AK]]

4 Apr — Uncle [[R|Rezo Amedî]] ("[[R|Mam Rezo]]") rang from [[T:PHONE_NUMBER|+44 7911 123 640]] on her behalf. Told him we need [[S|Berfîn]]'s consent first. — [[P|AK]]

7 Apr — [[S|Ms Amedî]] and her mother, [[R|Gulîstan Amedî]], met [[U|Dr Hêvîn Barzanî]] (community link). [[U|Hêvîn]] confirmed [[R|Diyar]] was released without charge. — [[U|S. Patel]]

9 Apr — Friend [[U|Rojîn Azad]] (Instagram [[T:SOCIAL_HANDLE|@rojin.azad]]) says [[S|Berfîn]] has not slept. Booked counselling with [[U|Mr Aziz]]. — [[P|A. Kaya]]

14 Apr — Tutor [[U|Dr Niall Ó Súilleabháin]] reports work back on track; [[R|Mam Rezo]] thanked us. — [[P|AK]]""",
    },
    {
        "id": "d35-support-009",
        "kind": "support_log",
        "subject": "Saoirse Ní Bhriain",
        "subject_aliases": ["Sersh"],
        "case_people": ["Declan McGonigle"],
        "text": """STUDENT SUPPORT — CONTACT LOG
Name: [[S|Saoirse Ní Bhriain]]    Student no: [[SI:STUDENT_NUMBER|2205-8831]]

01/03 09:40 — [[S|Saoirse]] emailed from [[SI:EMAIL_ADDRESS|s.nibhriain@learn.hollins-open.example]]. Her father, [[R|Pádraig Ó Briain]], found leaflets in her brother [[R|Cathal]]'s room and she wants advice. — [[P|DMcG]]

01/03 14:15 — Called [[S|Ms Ní Bhriain]]. [[R|Cathal Ó Briain]] is 17 and lives in [[NEG|Newry]]; not our student. Her mother, [[R|Máire Uí Bhriain]], wants advice only. — [[P|DMcG]]

03/03 — Advice from [[U|Ciarán Mac Giolla Phádraig]] (NI partner liaison): route via PSNI; [[S|Sersh]] agreed. We are acting in good [[NEG|faith]] under the [[NEG|Prevent duty guidance]]. — [[P|D. McGonigle]]

05/03 — [[S|Saoirse]] says [[R|Mr Ó Briain]] is angry with her for telling us. Offered counselling with [[U|Róisín Dervan]]; accepted. Friend [[U|Faith Adebayo]] will attend the first session with her. — [[P|DMcG]]

09/03 — [[R|Máire]] phoned from [[T:PHONE_NUMBER|028 3026 1147]]; [[R|Cathal]] is engaging with [[U|Fr Eoghan Mac Cárthaigh]] at his school. — [[P|DMcG]]""",
    },
    {
        "id": "d35-support-010",
        "kind": "support_log",
        "subject": "Takahashi Yūki",
        "subject_aliases": ["Yuki Takahashi", "Yūki", "Takahashi-kun"],
        "case_people": ["Mercy Oduya"],
        "text": """SUPPORT NOTES — International Student Advice
Student: [[S|TAKAHASHI Yūki]] (Western order: [[S|Yuki Takahashi]])    Student no.: [[SI:STUDENT_NUMBER|24-0093-118]]

08/05 — [[S|Yūki]] asked about visa implications of an online "study group" he joined through [[U|Sato-san]], a friend of his mother, [[R|Takahashi Keiko]]. — [[P|MO]]

09/05 — [[R|Mrs Takahashi]] emailed in Japanese; translated by [[U|Aiko Hayashi]]. She is worried about the group leader, [[U|Ishikawa Ren]] ([[T:URL|https://ishikawa-ren-dojo.example.jp/about]]). — [[P|MO]]

12/05 — Father, [[R|Takahashi Hiroshi]], rang from [[T:PHONE_NUMBER|+81 90 4417 2286]]; wants [[S|Yūki]] home for the summer. — [[P|M. Oduya]]

13/05 — [[R|Dr Mei Takahashi]] of the Japan Society (no relation) offered to speak with [[S|Yuki]] about [[U|Ishikawa]]'s group. — [[P|MO]]

14/05 — Tutor [[U|Dr Ingrid Halvorsen]] says [[S|Takahashi-kun]], as the cohort calls him, is thriving academically. [[S|Mr Takahashi]] has left the group chat and blocked [[T:USERNAME|ren_ishikawa_jp]]. — [[P|MO]]

15/05 — Closed; [[U|Sato-san]] no longer in contact. — [[P|MO]]""",
    },
    {
        "id": "d35-chat-011",
        "kind": "chat_export",
        "subject": "Jasmine Whitlock",
        "subject_aliases": ["Jaz", "Jaz W", "jazzywhit"],
        "case_people": ["Dean Foulkes", "Gareth Lloyd-Evans"],
        "text": """WhatsApp export — "L2 Psych study grp" (submitted to Student Support, 22/01/2025)

[21/01/2025, 19:02] [[S|Jaz W]]: anyone else seen what [[P|dean]] posted lol
[21/01/2025, 19:03] [[U|Priya Raman]]: that's not funny [[S|jaz]], it's actually scary
[21/01/2025, 19:03] [[P|Dean Foulkes]]: it's a joke @[[S|jaz]] relax
[21/01/2025, 19:05] [[R|Ruby Whitlock]]: [[S|jasmine]] your sister is literally in this chat 😂
[21/01/2025, 19:06] [[S|Jaz W]]: [[R|ruby]] get out
[21/01/2025, 19:07] [[U|Priya Raman]]: @[[P|dean]] seriously. tell [[U|mo]] to take his repost down too
[21/01/2025, 19:08] [[U|Mo Haddad]]: already did. [[P|dean]] ur insta is public btw [[T:SOCIAL_HANDLE|@deanf_88]]
[21/01/2025, 19:10] [[S|Jaz W]]: ok fine i only shared it bc [[U|kyle]] said it was satire. my page is [[SI:SOCIAL_HANDLE|@jazzywhit]] and it's down now
[21/01/2025, 19:11] [[U|Summer Fairley]]: [[U|kyle]] = [[T:USERNAME|kyle.b.rotherham]] on discord yeah? he's been spamming the uni server
[21/01/2025, 19:12] [[R|Ruby Whitlock]]: [[R|mrs whitlock]] says get off your phone and do your essay 😂
[21/01/2025, 19:13] [[S|Jaz W]]: cant wait for [[NEG|summer]] honestly
[21/01/2025, 19:14] [[U|Summer Fairley]]: 👀
[21/01/2025, 19:15] [[U|Priya Raman]]: [[U|summer]] pls

Exported by [[U|Priya Raman]] ([[T:PHONE_NUMBER|+44 7700 900 552]]).
Reviewed: [[P|Gareth Lloyd-Evans]], Student Conduct — [[P|GLE]]""",
    },
    {
        "id": "d35-chat-012",
        "kind": "chat_export",
        "subject": "Chiamaka Okonkwo",
        "subject_aliases": ["Chi"],
        "case_people": ["Adaeze Nwosu"],
        "text": """Microsoft Teams — chat export, "Safeguarding triage", Mon 3 Mar
Participants: [[P|Adaeze Nwosu]], [[U|Hugh Pemberton]], [[U|Rhiannon Morgan]]

[10:02] [[P|Adaeze Nwosu]]: morning. flagging [[S|Chiamaka Okonkwo]] ([[SI:STUDENT_NUMBER|21447093]]) — her brother [[R|Ebuka]] has been posting from her account
[10:04] [[U|Hugh Pemberton]]: is that the [[S|chi]] in my [[NEG|LAW1104]] seminar?
[10:04] [[P|Adaeze Nwosu]]: yes. [[R|Ebuka Okonkwo]], 19, not a student. username [[T:USERNAME|ebuka_ok_naija]]
[10:06] [[U|Rhiannon Morgan]]: her dad rang me, [[R|Chief Okonkwo]], very worried, wants someone senior
[10:07] [[U|Hugh Pemberton]]: @[[U|rhiannon]] i can ask [[U|bola]] to ring him, she speaks Igbo
[10:08] [[P|Adaeze Nwosu]]: [[U|Bola Adeyinka]] is on leave till weds. I'll do it
[10:09] [[U|Rhiannon Morgan]]: mum too? [[R|Mrs Okonkwo]] called the switchboard twice
[10:11] [[P|Adaeze Nwosu]]: ok. and [[S|chiamaka]] herself?
[10:12] [[U|Hugh Pemberton]]: fine in class. [[S|Ms Okonkwo]] said her sister [[R|Nneka]] changed her password. logins from [[T:IP_ADDRESS|203.0.113.47]] aren't hers
[10:14] [[U|Rhiannon Morgan]]: ta. @[[U|hugh]] can you send the screenshots to [[U|joy]]?
[10:15] [[U|Hugh Pemberton]]: sent to [[U|Joy Kariuki]]. such a [[NEG|joy]], mondays
[10:16] [[P|Adaeze Nwosu]]: 😂 I'll update [[S|Chi]]'s file. [[P|AN]]""",
    },
    {
        "id": "d35-chat-013",
        "kind": "chat_export",
        "subject": "Çağla Yıldırım",
        "subject_aliases": ["cagla", "cagla_y"],
        "case_people": ["Oğuz Demirtaş"],
        "text": """VLE live-chat transcript — Study Skills drop-in ([[NEG|SKL100]]), 3 Dec

[14:00] Tutor [[P|Oğuz Demirtaş]]: welcome all
[14:01] [[SI:USERNAME|cagla_y]]: hocam my brother has been using my login, sorry if anything weird got posted
[14:02] [[P|Oğuz Demirtaş]]: thanks [[S|Çağla]]. which brother?
[14:02] [[SI:USERNAME|cagla_y]]: [[R|Barış]]. [[R|Barış Yıldırım]]. he shared stuff from a telegram channel
[14:03] [[T:USERNAME|ilgin.s]]: omg [[S|cagla]] is that why the group had those links
[14:04] [[P|Oğuz Demirtaş]]: thanks [[U|Ilgın]]. I spoke to your mother, [[R|Şükran Hanım]], yesterday, [[S|Çağla]]
[14:05] [[T:USERNAME|kerem_çlk]]: [[P|Oğuz Bey]] can we move on to referencing
[14:06] [[P|Oğuz Demirtaş]]: in a minute [[U|Kerem]]. [[S|Ms Yıldırım]], please email [[U|Dr Şahin]] in IT today
[14:07] [[SI:USERNAME|cagla_y]]: ok. [[R|Barış]] says sorry too lol. my dad is furious
[14:08] [[T:USERNAME|ilgin.s]]: tell [[U|deniz]] the link was fake
[14:09] [[T:USERNAME|kerem_çlk]]: [[U|deniz]] already knows

Also present (camera off): [[U|Çetin Arslan]], [[U|Deniz Aksoy]].
Exported by [[P|O. Demirtaş]]; passed to [[U|Nilüfer Şahin]] (IT Security) with [[S|Yıldırım]]'s consent.""",
    },
    {
        "id": "d35-chat-014",
        "kind": "chat_export",
        "subject": "Harpreet Kaur Sandhu",
        "subject_aliases": ["Preet"],
        "case_people": ["Alison Tierney", "Gurjit Singh Sandhu"],
        "text": """WhatsApp export ("Family ❤️" group) submitted by [[S|Harpreet Kaur Sandhu]] ([[SI:PHONE_NUMBER|07700 900 964]]) to Student Support, 12/02/2025

[11/02/2025, 21:14] [[S|Preet]]: [[R|gurj]] stop forwarding these videos to the family group pls
[11/02/2025, 21:15] [[R|Gurjit Singh Sandhu]]: it's debate [[S|preet]] not a crime
[11/02/2025, 21:16] [[R|Kuldip Sandhu]]: [[R|Gurjit]] puttar who is this [[U|Voss]] man
[11/02/2025, 21:17] [[R|Gurjit Singh Sandhu]]: [[U|Aaron Voss]]. he streams at [[T:URL|https://streamhall.example/aaronvoss]]
[11/02/2025, 21:18] [[U|Navdeep Gill]]: [[R|Sandhu ji]] please not in this group, the kids are here
[11/02/2025, 21:19] [[S|Preet]]: @[[U|navdeep]] thank you
[11/02/2025, 21:20] [[R|Manjit Kaur Sandhu]]: [[R|Gurjit]] delete it now
[11/02/2025, 21:22] [[R|Gurjit Singh Sandhu]]: fine. [[U|jas]] at work said the same lol
[11/02/2025, 21:23] [[S|Preet]]: [[U|jas]] who
[11/02/2025, 21:23] [[R|Gurjit Singh Sandhu]]: [[U|Jaswinder]] from the depot. [[U|Voss]] is on [[T:SOCIAL_HANDLE|@voss_unfiltered]] too

Note: [[S|Harpreet]] asked that [[R|Mrs Sandhu]] is not contacted. Her tutor, [[U|Dr Tunde Bakare]], is aware.
Received by [[P|Alison Tierney]], Student Support — [[P|AT]]""",
    },
    {
        "id": "d35-chat-015",
        "kind": "chat_export",
        "subject": "Omar Khalid Al-Rashidi",
        "subject_aliases": ["Omar Al-Rashidi"],
        "case_people": ["Yasmin Haq"],
        "text": """VLE module chat export — [[NEG|ENG1020]] Academic Writing, cohort B, 7 July

[09:30] [[S|Omar Al-Rashidi]]: morning all, really sorry about my dad's post last night
[09:31] [[U|Lina Barakat]]: no worries [[S|omar]]
[09:31] [[U|Connor Doyle]]: wait was "[[R|Abu Omar]]" your dad?? 😂
[09:32] [[S|Omar Al-Rashidi]]: yes, [[R|Abu Omar]] = my father [[R|Khalid Al-Rashidi]]. he used my laptop
[09:33] [[U|Connor Doyle]]: he tagged [[R|faisal]] tho, who's that
[09:33] [[S|Omar Al-Rashidi]]: my brother. [[R|Faisal Al-Rashidi]], he's in [[NEG|Jeddah]]
[09:34] [[U|Lina Barakat]]: the arabic bit just said "[[R|خالد الرشيدي]]" and a prayer lol, nothing bad
[09:35] [[P|Dr Yasmin Haq]]: Hi all. [[S|Omar]], thanks for flagging. I've removed the post. Anyone worried, email me at [[T:EMAIL_ADDRESS|y.haq@hollins-open.example]]
[09:36] [[U|Grace Oyelaran]]: omg [[P|Dr Haq]] is here, everyone behave
[09:37] [[S|Omar Al-Rashidi]]: [[U|grace]] pls 😭 mum ([[R|Umm Omar]]) is mortified already
[09:38] [[U|Connor Doyle]]: tell [[U|lina]] to stop screenshotting
[09:39] [[U|Lina Barakat]]: [[U|connor]] i deleted them
[09:40] [[P|Dr Yasmin Haq]]: Thank you. [[U|Tobias Lindqvist]] in IT will check the account for [[S|Mr Al-Rashidi]].

Export saved by [[P|Y. Haq]].""",
    },
    {
        "id": "d35-email-016",
        "kind": "email",
        "subject": "Małgorzata Wiśniewska",
        "subject_aliases": ["Gosia"],
        "case_people": ["Rachel Obi", "Zbigniew Wiśniewski"],
        "text": """From: [[P|Dr Rachel Obi]] <[[T:EMAIL_ADDRESS|r.obi@hollins-open.example]]>
To: [[U|Krystyna Nowak]] <[[T:EMAIL_ADDRESS|k.nowak@hollins-open.example]]>
Subject: FW: [[S|Gosia]] – message from her father

Hi [[U|Krystyna]],

Forwarding below. [[S|Małgorzata]] has asked me to pass it on; she is happy for us to speak to her father but not to her brother.

Thanks, [[P|Rachel]]

---------- Forwarded message ----------
From: [[R|Zbigniew Wiśniewski]] <[[T:EMAIL_ADDRESS|zbyszek.wisniewski@onet.example.pl]]>
Sent: 3 March 2025 22:41
To: [[P|Rachel Obi]] <[[T:EMAIL_ADDRESS|r.obi@hollins-open.example]]>
Cc: [[S|Małgorzata Wiśniewska]] <[[SI:EMAIL_ADDRESS|m.wisniewska@learn.hollins-open.example]]>
Subject: [[S|Gosia]] / [[NEG|PSY1001]]

Dear [[P|Dr Obi]],

I am [[S|Gosia]]'s father. Her brother [[R|Paweł]] has joined a group online and keeps sending her their material. My wife, [[R|Ewa Wiśniewska]], and I are very worried. [[R|Paweł Wiśniewski]]'s friend [[U|Łukasz Sobczak]] drives him to their meetings in a white van, [[T:UK_VEHICLE_REGISTRATION|WX17 KTN]].

Please call me on [[T:PHONE_NUMBER|+48 601 284 377]] or [[T:PHONE_NUMBER|07700 900 126]]. Our neighbour [[U|Mrs Hollings]] can also pass on messages.

Z poważaniem,
[[R|Zbigniew Wiśniewski]]""",
    },
    {
        "id": "d35-email-017",
        "kind": "email",
        "subject": "Konstantinos Papadopoulos",
        "subject_aliases": ["Kostas"],
        "case_people": ["Athanasios Karagiannis", "Bethan Rowlands"],
        "text": """From: [[P|Thanos Karagiannis]] <[[T:EMAIL_ADDRESS|a.karagiannis@hollins-open.example]]>
To: [[P|Bethan Rowlands]] <[[T:EMAIL_ADDRESS|b.rowlands@hollins-open.example]]>
Cc: [[U|Dr Ifeoma Eze]] <[[T:EMAIL_ADDRESS|i.eze@hollins-open.example]]>
Subject: [[S|Konstantinos Papadopoulos]] ([[SI:STUDENT_NUMBER|20994512]]) – call with mother

Hi [[P|Bethan]],

I spoke to [[S|Kostas]]'s mother, [[R|Mrs Papadopoulou]], this morning. She says his cousin [[R|Giorgos Papadopoulos]] has been taking him to meetings of a nationalist group in [[NEG|Tottenham]]. [[S|Konstantinos]] told me he went twice and then stopped. His father, [[R|Nikos Papadopoulos]], does not know.

[[R|Eleni Papadopoulou]] can be reached on [[T:PHONE_NUMBER|+30 694 118 2750]]. She prefers Greek; [[U|Despina Andreou]] in the language centre has offered to interpret. [[U|Ifeoma]], could you check whether [[R|Giorgos]] is enrolled with us?

Kind regards,
[[P|Thanos]]

--
[[P|Dr Athanasios Karagiannis]]
Personal Tutor, School of Humanities
Tel: [[T:PHONE_NUMBER|01908 655 213]]
Email: [[T:EMAIL_ADDRESS|a.karagiannis@hollins-open.example]]""",
    },
    {
        "id": "d35-email-018",
        "kind": "email",
        "subject": "María José Fernández López",
        "subject_aliases": ["Majo", "María José"],
        "case_people": ["Patience Mwale"],
        "text": """From: [[S|María José Fernández López]] <[[SI:EMAIL_ADDRESS|mj.fernandezlopez@learn.hollins-open.example]]>
To: [[P|Patience Mwale]] <[[T:EMAIL_ADDRESS|p.mwale@hollins-open.example]]>
Cc: [[R|Carmen López Ruiz]] <[[T:EMAIL_ADDRESS|carmen.lopez.ruiz@correo.example.es]]>
Subject: Re: meeting on Thursday

Dear [[P|Patience]],

Thank you for your [[NEG|patience]] with me this week. I have spoken to my mother, [[R|Carmen]], and she will join Thursday's call from [[NEG|Valencia]]. My father, [[R|Antonio Fernández Gil]], will not attend.

To answer your questions: my brother [[R|Javier Fernández López]] introduced me to the forum, and the person who messaged me is [[U|Iker Goñi]] ([[T:SOCIAL_HANDLE|@iker_gz]]). I have blocked him. My friend [[U|Lucía Romero]] saw the messages and can confirm. I am sorry for the worry I caused [[U|Dr Whitfield]] in the seminar, and please thank [[U|Ms Adeola]] for staying late.

Thanks,
[[S|Majo]]

--
[[S|María José Fernández López]]
BA Politics, Year 1 · Student no. [[SI:STUDENT_NUMBER|2301-4478]]
Mob: [[SI:PHONE_NUMBER|+34 612 448 903]]""",
    },
    {
        "id": "d35-email-019",
        "kind": "email",
        "subject": "Thandiwe Ndlovu",
        "subject_aliases": ["Thandi"],
        "case_people": ["Lindiwe Dube", "Sipho Ndlovu"],
        "text": """From: [[P|Dr Lindiwe Dube]] <[[T:EMAIL_ADDRESS|l.dube@hollins-open.example]]>
To: [[U|Callum Reid]] <[[T:EMAIL_ADDRESS|c.reid@hollins-open.example]]>
Cc: [[U|Blessing Chikwanha]] <[[T:EMAIL_ADDRESS|b.chikwanha@hollins-open.example]]>
Subject: [[S|Thandiwe]] – disclosure on Monday

Dear [[U|Callum]],

As discussed, [[S|Thandi]] disclosed on Monday that her brother [[R|Sipho Ndlovu]] has been visiting a man she knows only as "[[U|Bra Vusi]]". Her mother, [[R|Mrs Ndlovu]], lives in [[NEG|Bulawayo]]; her father, [[R|Themba Ndlovu]], is in [[NEG|Leicester]] and has been told.

[[S|Ms Ndlovu]] has asked that [[U|Nokuthula Sibanda]] be her support person, and that [[U|Blessing]] keeps her timetable light until Easter. [[R|Sipho]]'s number is [[T:PHONE_NUMBER|07700 900 781]] and his Facebook page is [[T:URL|https://facebook.example/sipho.ndlovu.9081]].

There is no concern about [[S|Thandiwe]] herself.

Best wishes,
[[P|Lindiwe]]

--
[[P|Dr Lindiwe Dube]]
Senior Wellbeing Practitioner
T: [[T:PHONE_NUMBER|(01908) 655 417]]
E: [[T:EMAIL_ADDRESS|l.dube@hollins-open.example]]""",
    },
    {
        "id": "d35-email-020",
        "kind": "email",
        "subject": "Zarghuna Ahmadzai",
        "subject_aliases": [],
        "case_people": ["Farhad Rahimi"],
        "text": """From: [[P|Farhad Rahimi]] <[[T:EMAIL_ADDRESS|f.rahimi@hollins-open.example]]>
To: [[S|Zarghuna Ahmadzai]] <[[SI:EMAIL_ADDRESS|zarghuna.ahmadzai@learn.hollins-open.example]]>
Cc: [[U|Eimear Ní Fhlannagáin]] <[[T:EMAIL_ADDRESS|e.nifhlannagain@hollins-open.example]]>
Subject: Your request for a different tutor group

Dear [[S|Zarghuna]],

Thank you for explaining the situation. I understand that your cousin [[R|Farid Ahmadzai]] is in the same tutor group and that your father, [[R|Haji Abdul Wahid Ahmadzai]], has asked him to report back on you. [[R|Farid]]'s messages, which refer to your father as "[[R|Haji Sahib]]", are now on file, and you were right to tell us.

I have moved you to [[U|Ms Leanne Booth]]'s group from [[NEG|Week 4]]. Your aunt, [[R|Bibi Gul Ahmadzai]], may attend meetings as you asked; your friend [[U|Mursal Noori]] is welcome too.

If [[R|Farid]] contacts you again, please forward it to me or to [[U|Eimear]] in Student Conduct.

Warm regards,
[[P|Farhad]]

--
[[P|Farhad Rahimi]] | Student Casework Officer
[[T:PHONE_NUMBER|+44 (0)1908 655 870]] | [[T:EMAIL_ADDRESS|f.rahimi@hollins-open.example]]""",
    },
    {
        "id": "d35-minutes-021",
        "kind": "meeting_minutes",
        "subject": "Ioana-Maria Popescu",
        "subject_aliases": ["Ioana"],
        "case_people": ["Radu Ionescu"],
        "text": """CASE REVIEW MEETING — MINUTES
Date: 14 October 2024, 10:00 (Teams)
Student: [[S|Ioana-Maria Popescu]] ([[SI:STUDENT_NUMBER|22-118-590]])
Present: [[P|Dr Radu Ionescu]] (Chair, Deputy Safeguarding Lead); [[U|Hannah Greaves]] (Personal Tutor); [[U|Kwabena Osei]] (Student Conduct); [[U|Mirela Stan]] (Romanian-language adviser)
Apologies: [[U|Prof. Julian Hartnell]]
Minutes: [[U|Hannah Greaves]]

1. [[U|HG]] summarised: [[S|Ioana]] told her tutor that her brother [[R|Mihai Popescu]] has been sharing material from a channel run by "[[U|Costel]]". [[S|Ms Popescu]] is not herself of concern.
2. [[U|MS]] had spoken to the mother, [[R|dna Popescu]] ([[R|Doina Popescu]]), who confirmed [[R|Mihai]] lives at the family home in [[NEG|Luton]].
3. [[U|KO]] noted that [[S|Ioana-Maria]]'s forum posts are all on topic.

Actions:
- [[P|RI]] to call the student on Friday.
- [[U|HG]] to agree an extension for [[NEG|HIS2210]] with [[U|Dr Elena Voicu]].
- [[U|MS]] to send [[R|Doina]] information about Prevent in Romanian.
- [[U|KO]] to close the conduct file.

Next meeting: 11 November. [[P|Radu]] to circulate.""",
    },
    {
        "id": "d35-minutes-022",
        "kind": "meeting_minutes",
        "subject": "Wanjiru Kamau",
        "subject_aliases": ["Wanji"],
        "case_people": ["Achieng Otieno", "Mark Beaumont"],
        "text": """MINUTES — Student Support Panel, 5 June
Student: [[S|Wanjiru Kamau]] (known as [[S|Wanji]])
Attendees: [[P|Dr Achieng Otieno]] – Chair; [[P|Mark Beaumont]] – Personal Tutor; [[U|Dawn Whiteley]] – Disability Adviser; [[U|Abdullahi Hersi]] – Student Rep
Apologies: [[U|Dr Rose Waweru]]
Minutes: [[U|Tendai Chirwa]]

Item 1. [[P|MB]] reported [[S|Wanjiru]] has missed two assignments. Her father, [[R|Joseph Kamau]], has been unwell and her sister [[R|Njeri Kamau]] has been caring for him. [[S|Ms Kamau]] also mentioned that her mother, known to everyone as [[R|Mama Njeri]], was contacted by a man from a church group in [[NEG|Thika]] asking for money.
Item 2. The [[NEG|mark]] for TMA 02 stands; [[U|DW]] will review reasonable adjustments.
Item 3. [[P|AO]] noted no extremism indicators; this looks like financial exploitation. [[U|Rose]]'s written comments supported this.

Actions:
- [[P|MB]] to call [[S|Wanji]] by Friday.
- [[U|DW]] to send the adjustment form.
- [[U|AH]] to check in through the student rep network.
- [[P|AO]] to pass the fraud details to [[U|Sgt Ian Pryce]].""",
    },
    {
        "id": "d35-minutes-023",
        "kind": "meeting_minutes",
        "subject": "Francesca De Luca",
        "subject_aliases": ["Fran"],
        "case_people": ["Rebecca Thwaite"],
        "text": """PREVENT CASE CONFERENCE — MINUTES
Student: [[S|Francesca De Luca]], DOB [[SI:DATE_OF_BIRTH|07/08/2001]]
Present: [[P|Rebecca Thwaite]] (Safeguarding Lead, Chair); [[U|Dr Alessandro Marino]] (Personal Tutor); [[U|Sgt Dominic Hale]] (Prevent Officer, Thames Valley Police); [[U|Oona Fitzgerald]] (Minutes)
Apologies: [[R|Dr Paolo De Luca]] (School of Languages, no relation)

1. [[U|AM]] described [[S|Francesca]]'s essay citing a manifesto. She told him her brother, [[R|Matteo De Luca]], gave it to her.
2. [[U|Sgt Hale]] said [[R|Matteo]] is already known to police; a car, [[T:UK_VEHICLE_REGISTRATION|LV19 XRE]], registered to their father, [[R|Giuseppe De Luca]], was seen at a rally in [[NEG|Reading]].
3. [[S|Ms De Luca]] lives with her parents and her grandmother, [[R|Nonna Rosa]]. [[R|Sig.ra De Luca]] has asked to be kept informed; [[S|Fran]] has not consented to this.

Actions:
- [[P|RT]] to write to [[S|Francesca]] offering support.
- [[U|DH]] to liaise with the Channel panel regarding [[R|Matteo]].
- [[U|AM]] to meet [[S|Fran]] weekly.
- [[U|OF]] to file minutes.""",
    },
    {
        "id": "d35-minutes-024",
        "kind": "meeting_minutes",
        "subject": "Chan Ka-wing",
        "subject_aliases": ["Kelvin", "Kelvin Chan", "Ka-wing"],
        "case_people": ["Vivian Chan", "Huw Griffiths"],
        "text": """MEETING MINUTES — International Student Welfare Group
Date: 22 January 2025
Attendees:
  [[R|Dr Vivian Chan]] – Chair, Head of Student Services (no relation to the student)
  [[P|Huw Griffiths]] – Personal Tutor
  [[U|Lerato Mokoena]] – International Adviser
  [[U|Stanisław Kaczmarek]] – IT Security
Apologies: [[U|Ms Bernadette Quigley]]
Minutes: [[U|Lerato Mokoena]]

Student: [[S|CHAN Ka-wing]] ([[S|Kelvin Chan]]), [[SI:STUDENT_NUMBER|21876034]]

1. [[P|HG]] reported that [[S|Kelvin]] is worried his mother, [[R|Chan Mei-ling]], is receiving threatening calls in [[NEG|Hong Kong]] about his posts. [[R|Mrs Chan]] wants him to close his accounts.
2. [[U|SK]] confirmed login attempts on [[S|Ka-wing]]'s account from [[T:IP_ADDRESS|198.51.100.23]] and [[T:IP_ADDRESS|2001:db8:fe0::9a]].
3. [[R|VC]] noted that [[S|Mr Chan]]'s uncle, [[R|Chan Kwok-keung]], lives in [[NEG|Manchester]] and can support him.

Actions:
- [[U|LM]] to arrange a call with [[S|Kelvin]] and [[R|Mr Chan Kwok-keung]].
- [[U|SK]] to reset credentials.
- [[R|VC]] to brief [[U|DS Rachel Okafor]].""",
    },
    {
        "id": "d35-minutes-025",
        "kind": "meeting_minutes",
        "subject": "Thomas Pendlebury",
        "subject_aliases": ["Tommo"],
        "case_people": ["Keisha Brathwaite"],
        "text": """PREVENT CONCERN — MEETING NOTES, 19 March
Attendees: [[P|Keisha Brathwaite]] (Safeguarding Officer); [[U|Dr Owain Rees]] (Personal Tutor); [[U|Hope Adjei]] (Wellbeing); [[U|Gavin Dalgleish]] (Students' Union advocate)
Apologies: [[U|Faith Mukasa]]
Minutes: [[P|KB]]

[[U|OR]] outlined the concern: [[S|Thomas Pendlebury]] ([[SI:STUDENT_NUMBER|2207-3319]]) posted a link to a site run by [[U|Lee Carver]] ([[T:URL|https://truthbritannia.example.co.uk/carver]]). Peers know him as [[S|Tommo]]. [[S|Pendlebury]]'s mother, [[R|Dawn Pendlebury]], phoned on Monday; [[R|Mrs Pendlebury]] said his father, [[R|Mark Pendlebury]], shares the same views. His sister [[R|Grace]] is a nurse and has been supportive. [[U|Hope]] said there is reason for [[NEG|hope]]: [[S|Thomas]] took the post down when asked.

Actions:
- [[U|OR]] to meet [[S|Thomas]] and discuss the post.
- [[U|HA]] to offer counselling.
- [[P|KB]] to consult the local Prevent coordinator, [[U|PC Ellie Marsden]].
- [[U|GD]] to attend future meetings as advocate.

AOB: the [[NEG|grace]] period for TMA 03 is extended to 4 April. [[R|Grace Pendlebury]] may attend the next meeting if [[S|Tommo]] agrees.""",
    },
    {
        "id": "d35-chron-026",
        "kind": "case_chronology",
        "subject": "Tahmina Begum",
        "subject_aliases": [],
        "case_people": ["Farzana Chowdhury", "Shahidul Islam"],
        "text": """CASE CHRONOLOGY — [[S|Tahmina Begum]]    Student no.: [[SI:STUDENT_NUMBER|20-7731-04]]

04/09/2024 — [[S|Tahmina]] discloses that her brother, [[P|Shahidul Islam]], has been pressuring her to leave her course. ([[P|F. Chowdhury]])
06/09/2024 — Mother, [[R|Rokeya Begum]], phones from [[T:PHONE_NUMBER|020 7946 0733]]; says [[P|Shahidul]] has new friends from an online group led by "[[U|Ustadh Kamal]]". ([[P|F. Chowdhury]])
10/09/2024 — Meeting with [[S|Ms Begum]] and her personal tutor, [[U|Dr Graham Ellery]]. Interpreter [[R|Mrs Nasrin Begum]] (no relation) assisted. — [[U|GE]]
17/09/2024 — Discussed with [[U|Zainab Hussain]] (Prevent coordinator). Concern relates to [[P|Shahidul Islam]], not [[S|Tahmina]]. ([[P|FC]])
20/09/2024 — Father, [[U|Md Abdul Karim]], rings to ask why the university is involved. — [[U|ZH]]
01/10/2024 — [[R|Rokeya Begum]] confirms [[P|Shahidul]] has moved to a cousin's in [[NEG|Oldham]]; sister [[R|Ruksana Begum]] now drives [[S|Tahmina]] to her placement. ([[P|F. Chowdhury]])
08/10/2024 — [[S|Tahmina]]'s TMA submitted on time. File reviewed by [[U|Zainab Hussain]]; no further action for the student. — [[U|ZH]]""",
    },
    {
        "id": "d35-chron-027",
        "kind": "case_chronology",
        "subject": "Adwoa Boateng",
        "subject_aliases": ["Adjoa"],
        "case_people": ["Ellen Morrison"],
        "text": """CHRONOLOGY — safeguarding file [[NEG|SG-2024-117]]
Subject: [[S|Adwoa Boateng]] (also "[[S|Adjoa]]" on older records)    DOB: [[SI:DATE_OF_BIRTH|23.05.2000]]

12 Feb — [[S|Adwoa]] raises concern about her brother [[R|Kojo Boateng]]'s TikTok ([[T:SOCIAL_HANDLE|@kojo_realtalk]]). — [[P|EM]]
14 Feb — Call with her mother, [[R|Mrs Akosua Boateng]] ([[T:PHONE_NUMBER|+233 24 418 9920]]). She says [[R|Kojo]] is influenced by a cousin, [[U|Kwaku Asante]]. — [[P|EM]]
19 Feb — [[S|Ms Boateng]] met [[U|Dr Comfort Agyeman]] (Wellbeing). — [[P|E. Morrison]]
26 Feb — Uncle [[R|Nana Yaw Boateng]] emails from [[T:EMAIL_ADDRESS|nanayaw.boateng@mail.example.com.gh]] offering to talk to [[R|Kojo]]. — [[U|CA]]
03 Mar — [[U|Comfort]] notes [[S|Adwoa]] is coping; news that [[R|Kojo]] has deleted the account was some [[NEG|comfort]] to her. — [[P|EM]]
10 Mar — [[R|Kojo]] referred to Channel by [[U|DC Femi Lawal]] (Metropolitan Police). [[S|Adwoa]]'s friend [[U|Esi Quansah]] remains her named contact. — [[P|EM]]
17 Mar — Closed for [[S|Adwoa]]; [[R|Auntie Efua Boateng]] thanked [[U|Dr Agyeman]] by letter. — [[P|EM]]""",
    },
    {
        "id": "d35-chron-028",
        "kind": "case_chronology",
        "subject": "Trần Quốc Bảo",
        "subject_aliases": ["Bảo", "Bao Tran", "Bao"],
        "case_people": ["Jude O'Rourke"],
        "text": """CASE CHRONOLOGY — [[S|Trần Quốc Bảo]] ("[[S|Bảo]]"; registry spelling [[S|Bao Tran]])
NI number: [[SI:UK_NINO|TN 44 19 02 B]]

05/06 — [[S|Bảo]] reported an online "mentor", [[U|Viktor Hale]] ([[T:USERNAME|vhale_ironwill]]), who asked him to recruit other students. ([[P|J. O'Rourke]])
07/06 — His father, [[R|Trần Văn Hùng]], attends with [[S|Bảo]]; interpreter [[U|Đỗ Thị Mai]]. [[R|Ông Trần]] is supportive. ([[P|J. O'Rourke]])
09/06 — Friend [[U|Ngô Minh Tuấn]] sends screenshots of [[U|Hale]]'s messages. — [[P|JOR]]
12/06 — Paternal uncle, [[R|Trần Văn Tư]] ("[[R|chú Tư]]"), offers [[S|Bảo]] a room in [[NEG|Croydon]] while things settle. — [[P|JOR]]
14/06 — Classmate [[R|Trần Thị Ngọc]] (no relation) confirms she received the same approach. — [[P|JOR]]
15/06 — Referral to police via [[U|DS Imogen Clarke]]; [[S|Mr Trần]] consents. ([[P|J. O'Rourke]])
18/06 — IP address used by [[U|Viktor Hale]], [[T:IP_ADDRESS|192.0.2.114]], passed to [[U|DS Clarke]]. — [[U|IC]]
20/06 — [[S|Bao]] attending well; no concern about the student. ([[P|J. O'Rourke]])""",
    },
    {
        "id": "d35-chron-029",
        "kind": "case_chronology",
        "subject": "Abdirahman Mohamed Farah",
        "subject_aliases": ["Abdi"],
        "case_people": ["Hamish Ross", "Alasdair Duncan"],
        "text": """CHRONOLOGY OF CONCERN
Student: [[S|Abdirahman Mohamed Farah]] — DOB [[SI:DATE_OF_BIRTH|1999-12-30]] — NHS [[SI:UK_NHS|351 252 9178]]

2024-11-02 — [[S|Abdi]] misses a third seminar; his tutor, [[P|Dr Hamish Ross]], emails him. — [[P|HR]]
2024-11-05 — Sister [[R|Ifrah Mohamed Farah]] calls: [[S|Abdirahman]] is caring for their father, [[R|Mohamed Farah Jama]], after a stroke. ([[P|A. Duncan]])
2024-11-08 — Anonymous web form alleges [[S|Mr Farah]] shared extremist content; submitted from [[T:IP_ADDRESS|203.0.113.201]]. ([[P|A. Duncan]])
2024-11-11 — [[S|Abdi]] denies it and shows the post was made by [[U|Yusuf Dahir]], who tagged him. — [[P|HR]]
2024-11-14 — Mother, [[U|Hawa Ali Egal]], and brother [[R|Abdiweli]] attend; [[R|Abdiweli Mohamed Farah]] confirms the tagging. ([[P|A. Duncan]])
2024-11-20 — [[R|Mr Farah]] in Finance (no relation) approves a hardship grant for [[S|Abdirahman]]. — [[U|S. Mahamud]]
2024-11-21 — No further action; [[U|Yusuf Dahir]] is not a student here. Outcome shared with [[P|Alasdair]]. — [[P|HR]]""",
    },
    {
        "id": "d35-chron-030",
        "kind": "case_chronology",
        "subject": "Krzysztof Zieliński",
        "subject_aliases": ["Krzyś", "Chris"],
        "case_people": ["Maeve Walsh"],
        "text": """Chronology — [[S|Krzysztof Zieliński]] ("[[S|Krzyś]]", "[[S|Chris]]")
Passport: [[SI:UK_PASSPORT|533480917]]    Student no.: [[SI:STUDENT_NUMBER|21-339-772]]

08.01.2025 — [[S|Krzysztof]] discloses that his brother [[R|Piotr Zieliński]] is posting on [[T:URL|https://vk.example/piotr.zielinski.ps]]. — [[P|MW]]
10.01.2025 — Mother, [[R|Agnieszka Zielińska]] ([[T:PHONE_NUMBER|+48 22 514 30 88]]), emails asking us to "keep [[S|Krzyś]] away from [[R|Piotr]]". — [[P|MW]]
13.01.2025 — [[S|Chris]] meets personal tutor [[U|Dr Andrzej Kubiak]] with his friend [[U|Bartek]] present. — [[U|AK]]
15.01.2025 — [[R|Piotr]] arrested in [[NEG|Slough]] by [[U|DC Louise Fenwick]]; vehicle [[T:UK_VEHICLE_REGISTRATION|BD66 PZO]] seized. — [[P|MW]]
20.01.2025 — [[S|Mr Zieliński]]'s grandmother, [[R|Pani Zielińska]], rings reception; [[U|Kirsty Bain]] takes the call. [[R|Babcia Halina]] is told we cannot discuss [[S|Krzysztof]]. — [[P|M. Walsh]]
27.01.2025 — [[S|Zieliński]] reports no contact from [[R|Piotr]]. Monitoring only. — [[P|MW]]""",
    },
    {
        "id": "d35-incident-031",
        "kind": "incident_report",
        "subject": "Serkan Çelik",
        "subject_aliases": [],
        "case_people": ["Andrew McAllister", "Emre Çelik"],
        "text": """INCIDENT REPORT — [[NEG|Birmingham Exam Centre]], 17 June 2025
Reporter: [[P|Andrew McAllister]] (Invigilation Lead), [[T:PHONE_NUMBER|0121 496 0375]]
Student involved: [[S|Serkan Çelik]], [[SI:STUDENT_NUMBER|22-904-117]]
Witnesses: [[U|Dilek Öztürk]] (invigilator); [[U|Şeyma Yılmaz]] (student); [[U|Joy Hamilton]] (security)

At 13:40 a man later identified as [[R|Emre Çelik]], [[S|Serkan]]'s older brother, entered the foyer shouting and demanded that [[S|Mr Çelik]] leave the exam. [[U|Joy]] asked him to step outside. [[S|Serkan]] was distressed and apologised to staff. Their father, [[R|Hüseyin Çelik]], arrived at 13:55 and drove [[R|Emre]] away in a grey Ford, [[T:UK_VEHICLE_REGISTRATION|FN68 WKJ]].

Police attended at 14:20: [[U|PC Callum Reed]] and [[U|Sgt Aylin Kara]]. Log ref [[NEG|WMP-20250617-0442]]. [[U|PC Reed]] noted that [[R|Emre]] had posted threats from the account [[T:SOCIAL_HANDLE|@emre.celik.34]]. [[U|Şeyma]] said [[R|Mr Çelik]] senior apologised to her in Turkish.

[[S|Serkan]]'s exam resumed at 14:05 under [[U|Dilek]]'s supervision with 25 minutes added.

Signed: [[P|A. McAllister]]""",
    },
    {
        "id": "d35-incident-032",
        "kind": "incident_report",
        "subject": "Eleftheria Georgiou",
        "subject_aliases": ["Ria"],
        "case_people": ["Nasser Al-Khouri"],
        "text": """IT SECURITY INCIDENT REPORT — ref [[NEG|ITSEC-0931]]
Reported by: [[P|Nasser Al-Khouri]], Security Analyst <[[T:EMAIL_ADDRESS|n.alkhouri@hollins-open.example]]>
Affected account: [[S|Eleftheria Georgiou]] ([[SI:USERNAME|egeorgiou22]])
Date: 2 February 2025

Summary: between 02:10 and 02:45 the VLE account of [[S|Ms Georgiou]] posted links to a proscribed group's site in three module forums. Logins came from [[T:IP_ADDRESS|198.51.100.77]] and [[T:IP_ADDRESS|2001:db8:33::c4]]. [[S|Ria]] was at work at the time, as confirmed by her manager, [[U|Yiannis Charalambous]].

[[S|Eleftheria]] believes her cousin [[R|Andreas Georgiou]] used her password; he stayed with her father, [[R|Christos Georgiou]], in [[NEG|Enfield]] that week. Her mother, [[R|Kyria Sofia Georgiou]], has confirmed this.

Witnesses: forum moderators [[U|Olga Petrenko]] and [[U|Sam Whitcombe]] saw the posts live. Police contact: [[U|DS Mariam Qasim]] (Counter Terrorism Policing), reference [[NEG|CTP/NE/2025/1187]].

Action: password reset and MFA enforced by [[P|NAK]]; [[U|Sam]] to restore deleted forum threads. [[R|Andreas]] is not a student of the university.""",
    },
    {
        "id": "d35-incident-033",
        "kind": "incident_report",
        "subject": "Andrei Munteanu",
        "subject_aliases": [],
        "case_people": ["Lowri Hopkins"],
        "text": """INCIDENT REPORT — [[NEG|Summer]] Residential School, [[NEG|Brackenridge Hall]]
Date/time: 9 August 2025, 21:15
Reporter: [[P|Lowri Hopkins]] (Residential Tutor)
Student: [[S|Andrei Munteanu]] ([[SI:STUDENT_NUMBER|23041608]])

[[S|Andrei]] reported that his brother, [[R|Ionuț Munteanu]], had arrived uninvited and was handing out leaflets in the common room. [[R|Ionuț]] was asked to leave by [[U|Colin Rafferty]] (site security). Witnesses: [[U|Sorina Dumitrescu]], [[U|Mehmet Koç]] and [[U|Will Ashcroft]]. [[U|Mehmet]] photographed the car, a blue Dacia, [[T:UK_VEHICLE_REGISTRATION|YD21 HVB]], registered to [[R|Vasile Munteanu]], the brothers' father.

Police: [[U|PC Gemma Stokes]] (collar 4417) and [[U|Sgt Darren Lomax]] attended at 21:50. [[U|Sgt Lomax]] took the leaflets. Later [[R|dl Munteanu]] rang [[S|Andrei]] to apologise. [[U|Will]] said he [[NEG|will]] give a statement if needed.

[[S|Mr Munteanu]] was calm and cooperative throughout and asked to continue the course. He may contact [[U|Sorina]] in Romanian if he needs support overnight.

Signed: [[P|L. Hopkins]], 22:40""",
    },
    {
        "id": "d35-incident-034",
        "kind": "incident_report",
        "subject": "Khalid Stanikzai",
        "subject_aliases": [],
        "case_people": ["Áine Moriarty", "Rahmatullah Stanikzai"],
        "text": """INCIDENT REPORT FORM — online proctored exam, [[NEG|ACC2002]]
Reporter: [[P|Dr Áine Moriarty]], Exams Officer
Student: [[S|Khalid Stanikzai]]    DOB: [[SI:DATE_OF_BIRTH|14 April 1998]]    NI: [[SI:UK_NINO|NK 20 58 13 A]]
Session IP: [[SI:IP_ADDRESS|203.0.113.86]]

At 10:17 the webcam showed a second man in the room who began shouting slogans. [[S|Khalid]] said it was his cousin, [[R|Rahmatullah Stanikzai]], and asked him to leave. The proctor, [[U|Tariq Mahmood]], paused the session. Second proctor [[U|Grace Tumusiime]] heard [[R|Rahmatullah]] mention a "[[U|Mullah Zahir]]".

[[S|Mr Stanikzai]] resumed at 10:31. His older brother, [[R|Nasrullah Stanikzai]], phoned [[U|Tariq]] at 11:05 from [[T:PHONE_NUMBER|07700 900 455]] to apologise for the disruption. A neighbour, [[U|Zmarai]], was named as a witness.

[[P|Dr Moriarty]] informed [[U|DS Neil Armitage]] (Counter Terrorism Policing North West). [[U|Grace]]'s notes and the recording are attached.

Signed: [[P|Á. Moriarty]]""",
    },
    {
        "id": "d35-incident-035",
        "kind": "incident_report",
        "subject": "Dafydd Prydderch",
        "subject_aliases": ["Dai"],
        "case_people": ["Meinir Gwilym"],
        "text": """INCIDENT REPORT — [[NEG|Cardiff Study Centre]] car park
Reporter: [[P|Meinir Gwilym]] (Centre Manager), [[T:EMAIL_ADDRESS|m.gwilym@hollins-open.example]]
Student: [[S|Dafydd Prydderch]] ("[[S|Dai]]")    Driving licence: [[SI:UK_DRIVING_LICENCE|PRYDD903149D99AB]]
Student's vehicle: [[SI:UK_VEHICLE_REGISTRATION|CA70 DPR]]

At 16:30 on 4 March [[S|Dafydd]] found his car daubed with symbols. CCTV shows a man, later named by police as [[U|Kieran Moss]], leaving in a white van, [[T:UK_VEHICLE_REGISTRATION|WN15 ZKF]].
Witnesses: [[U|Eleri Vaughan]] (receptionist), [[U|Pat Connolly]] (student), [[U|Nia]] (café staff).

[[S|Mr Prydderch]] rang his father, [[R|Emyr Prydderch]], who collected him; his sister [[R|Mared Prydderch]] photographed the damage. [[R|Mrs Prydderch]] later called to ask whether [[S|Dai]] had been targeted because of his posts against [[U|Moss]]'s group.

Police: [[U|PC Rhys Tudor]] attended at 17:10; [[U|DS Anwen Lloyd]] will follow up. Crime ref [[NEG|SWP-25-031-8842]].

[[U|Eleri]] has saved the footage. [[S|Dafydd]] did not want to involve [[U|Pat]] further.

Signed: [[P|M. Gwilym]]""",
    },
    {
        "id": "d35-letter-036",
        "kind": "letter",
        "subject": "Luca Esposito",
        "subject_aliases": [],
        "case_people": ["Olamide Fashola", "Bronagh Quinn"],
        "text": """[[NEG|Hollins Open University]] · Student Support Services
[[NEG|Fenwick House]]

[[S|Mr Luca Esposito]]
[[SI:STREET_ADDRESS|Flat 3, 41 Corporation Street]]
Preston
[[SI:UK_POSTCODE|PR1 2QT]]

12 May 2025

Dear [[S|Luca]],

Following our call on 9 May with your mother, [[R|Signora Anna Esposito]], and your tutor, [[P|Dr Bronagh Quinn]], I am writing to confirm what we agreed.

The concerns relate to your brother, [[R|Salvatore Esposito]] ("[[R|Totò]]"), and with your consent we have shared them with [[U|PC Jordan Akinola]] of Lancashire Constabulary. You asked that your grandfather, [[R|Vincenzo Esposito]], is not contacted, and we will respect that.

[[U|Gianluca Russo]], a peer mentor, will meet you weekly, and [[P|Dr Quinn]] has agreed a two-week extension. Your bursary will continue to be paid to sort code [[SI:UK_SORT_CODE|20-45-77]], account number [[SI:UK_BANK_ACCOUNT|41839204]].

Yours sincerely,

[[P|Olamide Fashola]]
Student Casework Manager

cc: [[P|Dr B. Quinn]]; [[U|Mrs Theresa Gorman]] (Student Finance)""",
    },
    {
        "id": "d35-letter-037",
        "kind": "letter",
        "subject": "Nour El-Sayed",
        "subject_aliases": [],
        "case_people": ["Inés Castellanos Vidal"],
        "text": """Complaints and Appeals Office
[[NEG|Hollins Open University]]

[[S|Ms Nour El-Sayed]]
[[SI:STREET_ADDRESS|Rosebank]]
[[SI:STREET_ADDRESS|Ferry Lane]]
Shepperton
[[SI:UK_POSTCODE|TW17 8LQ]]

30 April 2025

Dear [[S|Ms El-Sayed]],

Re: Your complaint about the [[NEG|Week 9]] seminar and the Prevent report

Thank you for your letter, and for the letter from your father, [[R|Dr Hany El-Sayed]], to [[U|Prof. Margaret Lyle]]. We have investigated. The student who made the remarks, [[U|Jack Pennington]], has been spoken to, and the seminar tutor, [[U|Mr Declan Frew]], accepts that the referral was made in error. Your cousin [[R|Karim El-Sayed]] and your mother, [[U|Dr Salma Fawzy]], gave helpful statements.

Your complaint is upheld. A refund of the residential fee will be made to [[SI:IBAN_CODE|GB18 LOYD 3096 2244 5188 30]].

Yours sincerely,

[[P|Inés Castellanos Vidal]]
Complaints Officer

cc: [[U|Dr Rowan Ashby]], Prevent Lead; [[R|Mr Omar El-Sayed]] (no relation), Students' Union adviser""",
    },
    {
        "id": "d35-letter-038",
        "kind": "letter",
        "subject": "Meron Tesfaye",
        "subject_aliases": [],
        "case_people": ["Callum Fraser", "Dawit Tesfaye"],
        "text": """[[S|Miss Meron Tesfaye]]
[[SI:STREET_ADDRESS|27 Coldharbour Road]]
Bristol
[[SI:UK_POSTCODE|BS6 7JT]]

Student no. [[SI:STUDENT_NUMBER|22-483-901]]

18 November 2024

Dear [[S|Meron]],

Thank you for meeting me and [[U|Ms Hiwot Alemu]] on 14 November. I am sorry that your brother [[R|Dawit Tesfaye]]'s situation has affected your studies.

As agreed, we will not contact your father, [[R|Ato Tesfaye Gebremedhin]], or your mother, [[U|Wro. Almaz Bekele]]. [[R|Dawit]]'s case is being handled by [[U|PC Sandeep Dhillon]] and we will not comment on it. If [[R|Ato Tesfaye]] writes to us again, we will reply only to say that we cannot discuss a student.

Your academic adviser, [[U|Dr Rahel Haile]], will review your TMA deadlines. Our counsellor, [[U|Joy Ferguson]], can be reached on [[T:PHONE_NUMBER|0117 496 0884]]. Your younger sister [[R|Selam Tesfaye]] is welcome to attend the open day with you.

Yours sincerely,

[[P|Callum Fraser]]
Safeguarding and Prevent Lead

Enc. Support plan (prepared by [[P|CF]] and [[U|HA]])""",
    },
    {
        "id": "d35-letter-039",
        "kind": "letter",
        "subject": "Annelie van der Merwe",
        "subject_aliases": ["Annie"],
        "case_people": ["Tshepo Molefe"],
        "text": """Student Wellbeing Team
[[NEG|Hollins Open University]]

[[S|Ms Annelie van der Merwe]]
[[SI:STREET_ADDRESS|The Old Forge]]
[[SI:STREET_ADDRESS|Church Walk]]
Much Wenlock
[[SI:UK_POSTCODE|TF13 6BX]]

2 December 2024

Dear [[S|Ms Van der Merwe]],

I am writing after your call with [[U|Lerato Khumalo]] about the messages your brother, [[R|Riaan van der Merwe]], has been sending from [[T:SOCIAL_HANDLE|@riaan_boerseun]]. Your father, [[R|Pieter van der Merwe]], also wrote to us; [[R|Mnr. Van der Merwe]] asked that we speak to [[S|Annelie]] directly, which I have done.

We understand your uncle, [[R|Oom Johan van der Merwe]], has offered you a place to stay in [[NEG|Stellenbosch]] over the holidays. [[U|Dr Kobus Steyn]] is content for your placement hours to be deferred.

Please keep in touch with your tutor, [[U|Ms Charity Nkosi]], who has been very supportive.

With best wishes,

[[P|Tshepo Molefe]]
Senior Student Adviser
[[T:PHONE_NUMBER|+44 1908 655 392]] · [[T:EMAIL_ADDRESS|t.molefe@hollins-open.example]]

cc: [[U|Imke de Vries]], Student Finance""",
    },
    {
        "id": "d35-letter-040",
        "kind": "letter",
        "subject": "Alejandro Ruiz de la Torre",
        "subject_aliases": ["Álex"],
        "case_people": ["Rhona Kilbride", "Ignacio Ruiz Ortega"],
        "text": """[[NEG|Hollins Open University]]
Prevent and Safeguarding Office

[[R|Sr. D. Ignacio Ruiz Ortega]]
[[T:STREET_ADDRESS|Flat 12, Cavendish Court]]
[[T:STREET_ADDRESS|Elgin Crescent]]
London
[[T:UK_POSTCODE|W11 2JD]]

By email also: [[T:EMAIL_ADDRESS|ignacio.ruiz.ortega@correo.example.es]]

6 February 2025

Dear [[R|Señor Ruiz]],

Re: your son, [[S|Alejandro Ruiz de la Torre]]

Thank you for your letter of 28 January. I understand your concern that [[S|Álex]] has been in contact with [[U|Marco Brizuela]], whom you describe as a recruiter. I must explain that [[S|Alejandro]] is an adult and we can only discuss him with his consent, which he has not given.

I have passed your letter to [[U|Dr Neil Ferrie]], his tutor. Your wife, [[R|Pilar de la Torre Sanz]], and your daughter, [[R|Carlota Ruiz de la Torre]], may contact me directly if they wish; [[R|Doña Pilar]] spoke to my colleague [[U|Ailsa Munro]] last week.

Yours sincerely,

[[P|Rhona Kilbride]]
Prevent Coordinator
[[T:PHONE_NUMBER|01908 655 104]]""",
    },
]
