# ruff: noqa: E501
"""dev16: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d16-tutor-siobhan",
        "kind": "tutor_report",
        "subject": "Siobhán Ní Bhriain",
        "subject_aliases": ["Shiv"],
        "case_people": ["Karen Mensah", "Owen Pritchard"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "diacritics", "word_name", "alias"],
        "text": """Personal tutor concern form — Northgate Open University
Student: [[S|Siobhán Ní Bhriain]]   Student number: [[SI:STUDENT_NUMBER|21094417]]
Programme: [[NEG|BA Criminology and Social Policy]]   Tutor: [[P|Dr K. Mensah]]
Date of birth: [[SI:DATE_OF_BIRTH|14/03/2004]]

Summary of concern
During the week 6 tutorial [[S|Siobhán]] (she prefers [[S|Shiv]]) shared a video clip in the group forum and told [[U|Aoife Kelleher]] and [[U|Marek Zieliński]] that "people like them will pay soon". When I raised it privately, [[S|Ms Ní Bhriain]] said the clip came from an account her older sister [[R|Clodagh]] follows. Her mother, [[R|Mrs Ní Bhriain]], has emailed twice asking for a call; the sister's mobile is [[T:PHONE_NUMBER|07700 914 382]]. [[S|Shiv]]'s attendance has dropped to 41% since [[NEG|March]].

Action taken
I spoke to [[P|Owen Pritchard]] (Prevent lead) on 9 April; [[P|OP]] advised a welfare check first. [[U|Grace Oduya]], her study-skills adviser, will join the next call. I have not informed [[U|Prof. Hollis]] yet. [[NEG|Hope]] this is an isolated incident, but the [[NEG|Faith and Belief Society]] moderator, [[U|Hope Nakamura]], also flagged a post.

Signed: [[P|K. Mensah]]   Date: 10 April 2026
""",
    },
    {
        "id": "d16-tutor-tomasz",
        "kind": "tutor_report",
        "subject": "Tomasz Wiśniewski",
        "subject_aliases": ["Tomek"],
        "case_people": ["Nadia Haddad"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "diacritics", "word_name", "alias", "labelled_id"],
        "text": """Progress report — Term 2
Student: [[S|Tomasz Wiśniewski]] ([[SI:STUDENT_NUMBER|NOU-2311-0486]])
Module: [[NEG|Introduction to Cyber Security]]   Personal tutor: [[U|Mr Gareth Lloyd-Evans]]

[[S|Tomasz]] submitted three of four assignments. Peer feedback from [[U|Chloe Birch]] and [[U|Ikechukwu Obi]] describes him as withdrawn. In a seminar on 3 February [[S|Tomek]] defended a forum user called "[[T:USERNAME|iron_vistula88]]" whose posts had been removed by [[U|Sunny Patel]], the VLE moderator. [[S|Mr Wiśniewski]] says his brother [[R|Paweł Wiśniewski]] introduced him to the forum and that their father, [[R|Mr Wiśniewski]] senior, strongly disapproves. [[R|Paweł]] apparently lives with him in [[NEG|Swindon]].

Wellbeing: referred to [[P|Nadia Haddad]] on 5 February. [[P|Ms Haddad]] noted he has been working night shifts at [[NEG|Royal Mail]]. [[U|Will Tanner]] from [[NEG|Student Finance]] has been asked about hardship funds. [[NEG|Will]] follow up after the next tutorial.

Discussed with [[U|Dr Roisin Keane]]; [[U|RK]] agrees no referral is needed yet.

Signed: [[U|G. Lloyd-Evans]]
""",
    },
    {
        "id": "d16-tutor-grace",
        "kind": "tutor_report",
        "subject": "Grace Adeyemi",
        "subject_aliases": ["Gee"],
        "case_people": ["Bill Thornton", "Amara Nwosu"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "word_name", "alias"],
        "text": """Tutor concern form
Name: [[S|Grace Adeyemi]]   Student no.: [[SI:STUDENT_NUMBER|20871135]]   DOB: [[SI:DATE_OF_BIRTH|02/11/2001]]
Reporting tutor: [[P|Bill Thornton]], [[NEG|School of Health and Social Care]]

Concern: On 12 May [[S|Grace]] posted in the [[NEG|Nursing Practice]] study group that her uncle, [[R|Pastor Adeyemi]], would "deal with" two classmates, [[U|Precious Mhlongo]] and [[U|Dawn Richards]]. Both reported it to me. [[S|Ms Adeyemi]] later apologised to [[U|Precious]] directly.

Context: [[S|Gee]] (as friends call her) is a carer for her mother, [[R|Mrs Folake Adeyemi]], and her younger brother [[R|Tunde]]. She told me she has had little [[NEG|grace]] from her placement supervisor, [[U|Mrs Okonjo]], over late shifts. [[NEG|Patience]] is wearing thin at home, she says.

Advice sought from [[P|Amara Nwosu]] (Safeguarding). [[P|AN]] judged this a welfare matter, not Prevent, but asked me to note the uncle's church, [[NEG|Grace Covenant Ministries]], in case it recurs.

Next step: [[P|BT]] to meet [[S|Grace]] with [[U|Joy Fairbairn]] from Disability Services.

Signed: [[P|B. Thornton]]
""",
    },
    {
        "id": "d16-tutor-hamid",
        "kind": "tutor_report",
        "subject": "Hamid Rahimi",
        "subject_aliases": ["hamid.r"],
        "case_people": ["Sarah Whitcombe"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "word_name", "labelled_id"],
        "text": """Personal tutor notes — confidential
Student: [[S|Hamid Rahimi]]   ID: [[SI:STUDENT_NUMBER|SN-2402-1193]]
Tutor: [[P|Sarah Whitcombe]]

18/01 — Call with [[S|Hamid]]. He studies [[NEG|Politics, Philosophy and Economics]] part-time while working at his cousin [[R|Farid Rahimi]]'s shop in [[NEG|Leicester]]. Said his VLE username [[SI:USERNAME|hamid.r]] was used by someone else to post in the debate forum; [[U|Dr Mark Ellison]] removed the posts. [[NEG|Mark]] scheme queries also raised.

25/01 — [[S|Mr Rahimi]] brought his uncle [[R|Abdul Qadir Rahimi]] to the call as interpreter. [[R|Abdul Qadir]] said the family are worried about a man named [[U|Gul Agha Noorzai]] who contacts [[S|Hamid]] online. [[U|Zarghona Safi]], a classmate, confirmed this to [[U|Mrs Pereira]] in Student Advice.

02/02 — Discussed with [[U|Tariq bin Salleh]] (IT security). [[U|Tariq]] checked login logs: an unfamiliar address, [[T:IP_ADDRESS|81.94.203.17]], appears twice. [[U|Dr Ellison]] will lock the thread.

Signed: [[P|S. Whitcombe]] ([[P|SW]])
""",
    },
    {
        "id": "d16-support-lan",
        "kind": "support_log",
        "subject": "Nguyễn Thị Lan",
        "subject_aliases": ["Lan"],
        "case_people": ["Kathryn Bell"],
        "tags": ["same_surname_relative", "title", "initials", "diacritics", "word_name", "labelled_id"],
        "text": """Student Support & Wellbeing — case log
Student: [[S|Nguyễn Thị Lan]] (known as [[S|Lan]])   Student no. [[SI:STUDENT_NUMBER|22016648]]
Phone: [[SI:PHONE_NUMBER|07911 203 557]]

04/03/2026 Initial contact. [[S|Lan]] self-referred after messages in a WhatsApp group run by [[U|Trần Quốc Bảo]]. She said her brother [[R|Nguyễn Văn Minh]] was added first. Signposted to counselling. — [[P|K. Bell]]

06/03/2026 Follow-up with [[S|Ms Nguyễn]]. A classmate with the same surname, [[R|Nguyễn Hoàng Phúc]], is unconnected. [[S|Lan]] asked that her mother, [[R|Mrs Nguyễn]], not be contacted. — [[P|KB]]

11/03/2026 Spoke with [[U|Rose Ashworth]] (Prevent coordinator). [[U|RA]] advised recording the group name only. Group admin also uses the handle [[T:SOCIAL_HANDLE|@baotran_vn]]. — [[U|D. Okafor]] (covering for [[P|Kathryn]])

13/03/2026 [[S|Lan]] reports leaving the group. Her friend [[U|Phạm Thu Hà]] will keep an eye out and tell [[U|Ms Ashworth]] if [[U|Bảo]] adds her again. Case closed pending review in [[NEG|June]]. — [[P|KB]]
""",
    },
    {
        "id": "d16-support-rhys",
        "kind": "support_log",
        "subject": "Rhys Llewellyn",
        "subject_aliases": ["rhysyboy"],
        "case_people": ["Ffion Pugh", "Dewi Morgan"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "word_name", "labelled_id"],
        "text": """Wellbeing log — [[S|Rhys Llewellyn]] ([[SI:STUDENT_NUMBER|NOU-2209-3310]])
[[NEG|Swansea]] regional hub

2 Oct — Call from [[R|Mrs Llewellyn]] (mother), worried [[S|Rhys]] is spending nights on a gaming server where he goes by [[SI:USERNAME|rhysyboy]]. She named another player, [[U|Cai Vaughan-Jones]]. — [[P|FP]]

5 Oct — Spoke to [[S|Rhys]]. He denied any extremist content; said [[U|Cai]] is a school friend from [[NEG|Carmarthen]]. His father [[R|Gethin Llewellyn]] is unwell. — [[P|FP]]

9 Oct — [[P|Dewi Morgan]] (Prevent SPOC) reviewed. [[P|Mr Morgan]] asked for screenshots, which [[S|Mr Llewellyn]] supplied via his sister [[R|Carys]]. — [[P|F. Pugh]]

14 Oct — Screenshots show a user named "[[T:USERNAME|Dai_Ddraig1400]]" sharing flags. Passed to [[U|DS Bethan Rowlands]], [[NEG|Dyfed-Powys Police]]. [[U|DS Rowlands]] to advise. — [[P|DM]]

20 Oct — [[S|Rhys]] attended a first session with [[U|Summer Hughes]], counsellor, and says he has left the server. — [[P|FP]]
""",
    },
    {
        "id": "d16-support-farah",
        "kind": "support_log",
        "subject": "Farah al-Amin",
        "subject_aliases": [],
        "case_people": ["Joseph Kariuki"],
        "tags": ["same_surname_relative", "title", "initials", "word_name", "labelled_id"],
        "text": """Student support entries — [[S|Farah al-Amin]]
Student number [[SI:STUDENT_NUMBER|21330972]]; DOB [[SI:DATE_OF_BIRTH|23 July 2003]]; email [[SI:EMAIL_ADDRESS|f.alamin@students.northgate-ou.ac.uk]]

12 Nov 2026 — [[S|Farah]] emailed about a lecturer's comment during the [[NEG|Middle East Politics]] webinar. She felt singled out by [[U|Dr Liam Fairclough]]. She also mentioned her father, [[R|Khalid al-Amin]], had been stopped at [[NEG|Manchester Airport]]. — [[P|JK]]

15 Nov 2026 — Call with [[S|Ms al-Amin]] and her aunt [[R|Dr Huda al-Amin]], who asked that [[U|Dr Fairclough]] be spoken to. Referred to [[U|Yasmin Boateng]] (complaints). — [[P|J. Kariuki]]

19 Nov 2026 — Anonymous report alleging [[S|Farah]] shared a sermon link. Checked with [[U|Imam Yusuf bin Hamdan]] of the [[NEG|Islamic Society]]; the link is a standard [[NEG|Eid]] talk. No concern. [[R|Khalid]] called to thank us. — [[P|JK]]

22 Nov 2026 — Case closed. [[U|Faith Olawale]] from the chaplaincy will offer [[S|Farah]] a follow-up chat. — [[P|Joseph]]
""",
    },
    {
        "id": "d16-support-olena",
        "kind": "support_log",
        "subject": "Olena Kovalenko",
        "subject_aliases": ["Олена Коваленко"],
        "case_people": ["Marta Nowak", "Ian Bishop"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "labelled_id"],
        "text": """Support log — [[S|Olena Kovalenko]] ([[S|Олена Коваленко]]), student no. [[SI:STUDENT_NUMBER|23108841]]

03/09 — [[S|Olena]] arrived in [[NEG|Bristol]] under the [[NEG|Homes for Ukraine]] scheme; her sponsor is [[P|Mr Bishop]] ([[P|Ian Bishop]]). Her mother [[R|Iryna Kovalenko]] and brother [[R|Andriy]] are still in [[NEG|Kharkiv]]. — [[P|MN]]

10/09 — [[S|Ms Kovalenko]] reported a fellow student, [[U|Bohdan Melnyk]], telling others she was a "Russian spy". [[U|Bohdan]] was spoken to by [[U|Dr Petra Lindqvist]]. — [[P|M. Nowak]]

17/09 — [[S|Olena]] received Telegram messages from [[T:SOCIAL_HANDLE|@volk_zapad_77]]. Forwarded to [[U|PC Harris]]. [[P|Ian]] drove her to the station in his car, [[T:UK_VEHICLE_REGISTRATION|WU19 KXP]]. — [[P|MN]]

24/09 — [[R|Mrs Kovalenko]] called via [[U|Oksana Shevchuk]] (interpreter) to ask whether [[S|Olena]] is safe. Reassured. [[U|PC Harris]] says the account is linked to a wider harassment campaign. — [[P|Marta]]
""",
    },
    {
        "id": "d16-chat-mohamed",
        "kind": "chat_export",
        "subject": "Mohamed Farouk",
        "subject_aliases": ["mo", "Mo"],
        "case_people": ["Laura Jennings"],
        "tags": ["same_surname_relative", "title", "chat_lowercase", "word_name", "alias"],
        "text": """Microsoft Teams — chat export: "PHIL2004 study group"
Exported by: [[P|Laura Jennings]] (module tutor), 16/10/2026

[19:02] [[U|Jess Okoro]]: has anyone heard from [[S|mo]]? he's gone quiet
[19:03] [[U|Ben Harrowgate]]: @[[S|Mohamed Farouk]] you around?
[19:05] [[S|Mohamed Farouk]]: here. sorry, my cousin [[R|yusuf]] had the laptop
[19:06] [[U|Jess Okoro]]: np. [[U|ben]] sent the notes
[19:07] [[S|Mohamed Farouk]]: ok. tell [[U|priya]] i'll do slide 4
[19:09] [[U|Priya Lal]]: lol fine. btw who's [[T:USERNAME|truthseeker_kh]] posting in the module forum? he keeps tagging [[S|mo]]
[19:10] [[S|Mohamed Farouk]]: my brother's mate. [[R|karim]] knows him not me
[19:12] [[U|Ben Harrowgate]]: he posted that video again. flagging to [[P|laura]]
[19:20] [[P|Laura Jennings]]: Thanks [[U|Ben]]. [[S|Mohamed]], can you message me after? No trouble, just checking in.
[19:21] [[S|Mohamed Farouk]]: sure [[P|Dr Jennings]]. my dad [[R|Mr Farouk]] says hi lol
[19:22] [[U|Jess Okoro]]: [[NEG|Sunny]] tomorrow so library at 10? [[U|sunny]] said she'd book a room
[19:23] [[U|Priya Lal]]: 👍
""",
    },
    {
        "id": "d16-chat-jess",
        "kind": "chat_export",
        "subject": "Jess Whitfield",
        "subject_aliases": ["Jessie W", "jess"],
        "case_people": ["Precious Dube"],
        "tags": ["same_surname_relative", "title", "chat_lowercase", "word_name", "alias", "signature"],
        "text": """WhatsApp chat export — "Year 2 Social Work 💬" (reported by [[P|Precious Dube]])
Student concerned: [[S|Jess Whitfield]], mobile [[SI:PHONE_NUMBER|+44 7700 900462]]

[14/02/2026, 21:14] [[S|Jessie W]]: anyone else get that leaflet from [[U|tom]]'s mate?
[14/02/2026, 21:15] [[U|Hannah Scargill]]: the one about "reclaiming [[NEG|England]]"? binned it
[14/02/2026, 21:15] [[P|Precious Dube]]: same. [[S|jess]] where did he get your address
[14/02/2026, 21:17] [[S|Jessie W]]: my sister [[R|becky]] gave it him i think. she's seeing him
[14/02/2026, 21:18] [[U|Hannah Scargill]]: [[R|Becky Whitfield]]?? since when
[14/02/2026, 21:20] [[S|Jessie W]]: dont tell mum. [[R|Mrs Whitfield]] would kill her lol
[14/02/2026, 21:22] [[U|Tom Akinola]]: not my mate btw, [[U|craig]] brought him to the pub
[14/02/2026, 21:23] [[U|Tom Akinola]]: he's on insta as [[T:SOCIAL_HANDLE|@stgeorge_lad_1066]]
[14/02/2026, 21:25] [[P|Precious Dube]]: i'm telling [[U|mr adebayo]] tomorrow, that's not ok
[14/02/2026, 21:26] [[S|Jessie W]]: pls keep my name out of it 😅
[14/02/2026, 21:27] [[U|Hannah Scargill]]: [[NEG|Will]] do. [[U|will]] says the same

Export forwarded to [[U|Mr Adebayo]], Student Conduct, by [[P|P. Dube]] on 15/02/2026.
""",
    },
    {
        "id": "d16-chat-kenji",
        "kind": "chat_export",
        "subject": "Kenji Watanabe",
        "subject_aliases": ["ken_w", "渡辺健二", "kenji"],
        "case_people": ["Yuki Sato"],
        "tags": ["same_surname_relative", "title", "initials", "chat_lowercase", "alias", "labelled_id"],
        "text": """VLE live-chat log — [[NEG|Data Science Foundations]] (session 7)
Subject of referral: [[S|Kenji Watanabe]] ([[S|渡辺健二]]), VLE username [[SI:USERNAME|ken_w]]

10:01 [[S|ken_w]]: morning all
10:02 [[T:USERNAME|amelia.hart]]: morning [[S|kenji]]
10:03 [[P|Dr Sato]]: Welcome. Today we look at web scraping.
10:05 [[S|ken_w]]: my brother [[R|haruto]] scraped a forum for his thesis lol
10:06 [[T:USERNAME|amelia.hart]]: which forum
10:06 [[S|ken_w]]: the one [[U|rafa]] got banned from
10:07 [[T:USERNAME|r.delgado]]: hey that was a mistake 😂 ask [[U|nicola]]
10:09 [[P|Dr Sato]]: Let's keep to the topic please, [[U|Rafael]].
10:14 [[S|ken_w]]: sorry [[P|Sato-sensei]]
10:20 [[T:USERNAME|n.oyelaran]]: [[S|Watanabe]] can you share your notebook
10:21 [[S|ken_w]]: it's on [[SI:URL|https://github.example/kenw-data/scraper-notes]]

Tutor note: [[S|Kenji]]'s repository includes a list of mosques scraped from a map site. Discussed with [[U|Mr Haroon Siddiqui]] (Prevent) and, by phone, with his father [[R|Mr Watanabe]], who says [[R|Haruto Watanabe]] wrote the script. — [[P|YS]]
""",
    },
    {
        "id": "d16-chat-ioana",
        "kind": "chat_export",
        "subject": "Ioana Popescu",
        "subject_aliases": ["Ioni", "ioana"],
        "case_people": ["Hope Mensah", "Andrei Munteanu"],
        "tags": ["same_surname_relative", "title", "initials", "chat_lowercase", "word_name", "alias", "labelled_id"],
        "text": """WhatsApp export — "Mature Students Support" — submitted by [[P|Hope Mensah]], Students' Union adviser
Student concerned: [[S|Ioana Popescu]], DOB [[SI:DATE_OF_BIRTH|09.06.1998]]

[03/05/26 08:41] [[P|Hope Mensah]]: Morning all 🌞 reminder the hardship form closes Friday
[03/05/26 08:44] [[S|Ioni]]: [[P|hope]] can my husband [[R|Mihai]] fill it in for me?
[03/05/26 08:45] [[P|Hope Mensah]]: It has to be you [[S|Ioana]], but [[R|Mihai Popescu]] can help you with it
[03/05/26 08:47] [[U|Gabriela Stan]]: [[NEG|Hope]] you're ok [[S|ioana]] x
[03/05/26 08:50] [[S|Ioni]]: ok. also who is [[U|vlad]]? he keeps messaging me about "the movement"
[03/05/26 08:52] [[U|Gabriela Stan]]: [[U|Vlad Ciobanu]]? he messaged my cousin too. his tiktok is [[T:SOCIAL_HANDLE|@vlad.trezirea]]
[03/05/26 08:55] [[P|Hope Mensah]]: Thanks both. I'll pass this to [[P|Andrei Munteanu]] in Safeguarding. [[S|Ms Popescu]], I'll DM you.
[03/05/26 09:01] [[S|Ioni]]: thank you. my mother-in-law [[R|Doina Popescu]] says the same man came to church
[03/05/26 09:03] [[U|Cristina Dragomir]]: 👍 [[U|vlad]] is bad news

Passed to [[P|AM]] 03/05/26 for contact with [[S|Ioana]] — [[P|HM]]
""",
    },
    {
        "id": "d16-chat-abdirahman",
        "kind": "chat_export",
        "subject": "Abdirahman Warsame",
        "subject_aliases": ["Abdi", "abdi"],
        "case_people": ["Fiona Gallagher"],
        "tags": ["same_surname_relative", "title", "initials", "chat_lowercase", "alias", "labelled_id"],
        "text": """Teams chat — "Business Analytics cohort B" (export requested by [[P|Fiona Gallagher]], Prevent lead)
Subject: [[S|Abdirahman Warsame]] (student no. [[SI:STUDENT_NUMBER|NOU-2101-7745]])

[[U|Hodan Ali]] 11:02
@[[S|Abdi]] are you coming to the revision call?
[[S|Abdirahman Warsame]] 11:04
can't, driving my uncle [[R|Cabdi Warsame]] to the hospital
[[U|Liam Corrigan]] 11:05
no worries. [[U|hodan]] can you record it
[[U|Hodan Ali]] 11:05
yep. also [[S|abdi]] your sister [[R|Sagal]] messaged me about the fundraiser link
[[S|Abdirahman Warsame]] 11:07
that's for the mosque roof in [[NEG|Hargeisa]], not the other thing. [[U|ayaan]] got confused
[[U|Ayaan Mohamud]] 11:09
i didnt get confused 🙄 [[U|mr jama]] said it was for "the brothers"
[[U|Liam Corrigan]] 11:10
guys not in here pls
[[S|Abdirahman Warsame]] 11:12
fine. my dad [[R|Mr Warsame]] runs the appeal, ask him
[[P|Fiona Gallagher]] 11:30
Noted. [[U|Mr Jama]]'s comment is hearsay. [[P|FG]] to speak to [[S|Abdirahman]] with [[U|Dr Osei]] this week.
""",
    },
    {
        "id": "d16-chat-callum",
        "kind": "chat_export",
        "subject": "Callum MacLeod",
        "subject_aliases": ["cally_mac", "cal", "callum"],
        "case_people": ["Morag Ferguson", "Hamish Grant"],
        "tags": ["same_surname_relative", "title", "initials", "chat_lowercase", "alias", "labelled_id"],
        "text": """Discord server export (student-run "[[NEG|Highland Campus]] Gaming"), supplied by [[P|Hamish Grant]]
Student of concern: [[S|Callum MacLeod]]; Discord handle [[SI:USERNAME|cally_mac#2291]]

[22:14] [[S|cally_mac]]: anyone on tonight
[22:15] [[T:USERNAME|kirsty_b]]: aye after ten. is [[U|euan]] coming
[22:16] [[S|cally_mac]]: [[U|euan]]'s grounded lol. his maw found the flags
[22:17] [[T:USERNAME|ruaridh.k]]: [[S|cal]] dont post that stuff here mate
[22:18] [[S|cally_mac]]: it's just history. my grandad [[R|Angus MacLeod]] was in the [[NEG|Black Watch]]
[22:19] [[T:USERNAME|kirsty_b]]: thats not what the pic was [[S|callum]]
[22:21] [[S|cally_mac]]: whatever. my brother [[R|iain]] thinks the same
[22:23] [[T:USERNAME|ruaridh.k]]: reported to [[P|hamish]] fyi
[22:40] [[P|Hamish Grant]] (mod): Pic removed. Passed to [[P|Ms Ferguson]] at the university.

Note: [[P|Morag Ferguson]] to speak with [[S|Mr MacLeod]] and his mother, [[R|Mrs MacLeod]]. [[U|Dr Ailsa Drummond]] to advise on the history module context. — [[P|MF]]
""",
    },
    {
        "id": "d16-email-ana",
        "kind": "email",
        "subject": "Ana Conceição Ferreira",
        "subject_aliases": [],
        "case_people": ["Tom Ashby"],
        "tags": ["same_surname_relative", "title", "email_header", "greeting", "signoff", "signature", "diacritics", "word_name"],
        "text": """From: [[P|Tom Ashby]] <[[T:EMAIL_ADDRESS|t.ashby@northgate-ou.ac.uk]]>
To: [[S|Ana Conceição Ferreira]] <[[SI:EMAIL_ADDRESS|ana.c.ferreira@students.northgate-ou.ac.uk]]>
Cc: [[U|Dr Wen Li]] <[[T:EMAIL_ADDRESS|wen.li@northgate-ou.ac.uk]]>
Subject: Your forum post in [[NEG|Global Development Studies]]

Dear [[S|Ana]],

Thank you for speaking with me yesterday. As discussed, [[U|Dr Li]] and I read your post about the protest in [[NEG|Lisbon]]. We do not consider it a concern, but two students, [[U|Beatriz Lopes]] and [[U|Rui Santos]], asked that it be reviewed.

You mentioned that your father, [[R|João Ferreira]], and your aunt [[R|Maria da Conceição Ferreira]] were also at the protest. There is no need to share anything further about them. If your brother [[R|Tiago]] wishes to complain about [[U|Rui]]'s comments, he can contact [[U|Mrs Okafor]] in Student Conduct.

[[NEG|Faith]] in the process matters, so please call me if anything is unclear.

Thanks,
[[P|Tom]]
--
[[P|Tom Ashby]]
Student Casework Officer, [[NEG|Northgate Open University]]
Tel: [[T:PHONE_NUMBER|0161 496 0732]]
[[T:EMAIL_ADDRESS|t.ashby@northgate-ou.ac.uk]]
""",
    },
    {
        "id": "d16-email-tom",
        "kind": "email",
        "subject": "Tom Hargreaves",
        "subject_aliases": ["Tommy"],
        "case_people": ["Ana Ruiz", "Kofi Mensah"],
        "tags": ["same_surname_relative", "title", "initials", "email_header", "greeting", "signoff", "signature", "alias"],
        "text": """From: [[P|Ana Ruiz]] <[[T:EMAIL_ADDRESS|ana.ruiz@northgate-ou.ac.uk]]>
To: [[P|Kofi Mensah]] <[[T:EMAIL_ADDRESS|k.mensah@northgate-ou.ac.uk]]>
Subject: FW: Concern — [[S|Tom Hargreaves]] ([[SI:STUDENT_NUMBER|21556019]])

Hi [[P|Kofi]],

Forwarding below from [[S|Tom]]'s mother. I think this needs the Prevent panel. Can [[P|KM]] pick it up?

Thanks, [[P|Ana]]

---------- Forwarded message ----------
From: [[R|Linda Hargreaves]] <[[T:EMAIL_ADDRESS|linda.hargreaves62@outlook.example]]>
Date: 2 June 2026
To: [[NEG|studentsupport@northgate-ou.ac.uk]]
Subject: my son [[S|Tommy]]

Dear Sir or Madam,

My son [[S|Thomas Hargreaves]] ("[[S|Tommy]]") studies [[NEG|History]] with you. Since Christmas he has been talking to a man called [[U|Dean Sutcliffe]] online, and his stepdad [[R|Gary Hargreaves]] found leaflets in his room. His brother [[R|Lee]] says [[U|Sutcliffe]] runs a group in [[NEG|Barnsley]]. [[U|Mr Bishop]], [[S|Tom]]'s old teacher, saw the same thing years ago.

Please be discreet; [[S|Tom]] does not know I am writing.

Regards,
[[R|Linda]]
[[R|Mrs L. Hargreaves]]
Tel [[T:PHONE_NUMBER|07700 900 118]]
""",
    },
    {
        "id": "d16-email-zanele",
        "kind": "email",
        "subject": "Zanele Dlamini",
        "subject_aliases": ["Zee"],
        "case_people": ["Patience Moyo"],
        "tags": ["same_surname_relative", "title", "email_header", "greeting", "signoff", "signature", "word_name", "alias"],
        "text": """From: [[U|Dr Nomvula Khumalo]] <[[T:EMAIL_ADDRESS|n.khumalo@northgate-ou.ac.uk]]>
To: [[P|Patience Moyo]] <[[T:EMAIL_ADDRESS|p.moyo@northgate-ou.ac.uk]]>
Cc: [[U|Stuart Pennington]] <[[T:EMAIL_ADDRESS|s.pennington@northgate-ou.ac.uk]]>
Subject: [[S|Zanele Dlamini]] — seminar incident 14/10

Hi [[P|Patience]],

Quick summary as promised. In the [[NEG|Contemporary African Politics]] seminar, [[S|Zanele]] ([[S|Zee]]) challenged [[U|Jan de Villiers]] over a comment about land reform. [[U|Mr de Villiers]] alleged she threatened him; [[U|Sipho Ndlovu]] and [[U|Lerato Mokoena]], who were present, say she did not.

[[S|Ms Dlamini]] told me afterwards that her uncle, [[R|Bongani Dlamini]], was injured in [[NEG|Durban]] in 2021 and that the topic is painful. Her cousin [[R|Thandi Dlamini]] also studies with us but is not involved. [[NEG|Patience]] is needed on both sides.

I don't see a Prevent issue here. Let me know if you want [[U|Stuart]] to take the conduct side.

Best wishes,
[[U|Nomvula]]
--
[[U|Dr Nomvula Khumalo]] | Lecturer in Politics
[[T:PHONE_NUMBER|+44 (0)20 7946 0381]] | [[T:EMAIL_ADDRESS|n.khumalo@northgate-ou.ac.uk]]
""",
    },
    {
        "id": "d16-email-wei",
        "kind": "email",
        "subject": "Chen Wei",
        "subject_aliases": ["William", "陈伟", "Wei"],
        "case_people": ["Hugh Barrington", "Liu Yang"],
        "tags": ["same_surname_relative", "title", "initials", "email_header", "greeting", "signoff", "signature", "alias", "labelled_id"],
        "text": """From: [[S|Chen Wei]] <[[SI:EMAIL_ADDRESS|chen.wei.2022@students.northgate-ou.ac.uk]]>
To: [[P|Hugh Barrington]] <[[T:EMAIL_ADDRESS|h.barrington@northgate-ou.ac.uk]]>
Subject: Re: meeting about WeChat group

Dear [[P|Mr Barrington]],

Thank you for your email. My English name is [[S|William]] but please use [[S|Wei]]. I am sorry about the WeChat group. My cousin [[R|Chen Jing]] added me and I did not know the admin, [[U|Zhao Lei]], was posting those articles. My father [[R|Chen Guoqiang]] has told me to leave it and I have.

My classmate [[P|Liu Yang]] can confirm I did not post. [[P|Ms Liu]] was in the group longer than me. I can meet on Thursday with [[U|Dr Amelia Strand]] if convenient. Please do not contact my mother, [[R|Mrs Chen]]; she is unwell.

Kind regards,
[[S|Chen Wei]] ([[S|陈伟]])
Student number: [[SI:STUDENT_NUMBER|22470315]]
Mobile: [[SI:PHONE_NUMBER|+44 7700 900 733]]

On 8 March, [[P|Hugh Barrington]] wrote:
> Dear [[S|Wei]], [[U|Professor Okonjo-Ward]] has asked me to meet you about the group. [[U|Zhao]]'s posts were reported by a student. — [[P|HB]]
""",
    },
    {
        "id": "d16-minutes-emre",
        "kind": "meeting_minutes",
        "subject": "Emre Yıldız",
        "subject_aliases": [],
        "case_people": ["Rachel Kirby", "Okan Demir"],
        "tags": ["same_surname_relative", "title", "initials", "attendees", "diacritics", "word_name", "labelled_id"],
        "text": """Prevent Case Panel — minutes
Date: 21 January 2026, 14:00 (Teams)
Present: [[P|Rachel Kirby]] (Chair, Head of Student Safeguarding); [[P|Okan Demir]] (Prevent lead); [[U|Dr Şule Çelik]] (Academic representative); [[U|Mark Whitby]] (IT Security); [[U|Bill Ogunleye]] (Student Support)
Apologies: [[U|Ayşe Kılıç]] (Disability Services), [[U|Prof. Graham Lister]]
Minutes: [[U|Dawn Prescott]]

1. Case: [[S|Emre Yıldız]] ([[SI:STUDENT_NUMBER|NOU-2207-5521]])
[[P|RK]] summarised the referral from [[U|Dr Çelik]]: [[S|Mr Yıldız]] shared a channel link in the [[NEG|International Relations]] forum. [[P|OD]] noted the channel belongs to his older brother, [[R|Kerem Yıldız]], not to [[S|Emre]] himself. [[U|MW]] confirmed the logins came from [[SI:IP_ADDRESS|2001:db8:4f2a::17]], a shared family router. [[S|Emre]]'s mother, [[R|Mrs Yıldız]], has asked to attend any meeting.

Actions
- [[P|RK]] to call the student this week.
- [[P|OD]] and [[U|BO]] to meet [[S|Emre]] and [[R|Kerem]] separately.
- [[U|MW]] to close the forum thread. [[NEG|Will]] report back at the next panel.
- [[U|DP]] to circulate these minutes by Friday.
""",
    },
    {
        "id": "d16-minutes-ciaran",
        "kind": "meeting_minutes",
        "subject": "Ciarán Ó Súilleabháin",
        "subject_aliases": [],
        "case_people": ["Niamh Kearney"],
        "tags": ["same_surname_relative", "title", "initials", "attendees", "diacritics", "word_name"],
        "text": """Student Welfare Review Group — minutes of meeting held 3 March 2026
Attendees: [[P|Niamh Kearney]] (Chair), [[U|Dr Femi Adebayo]] (Deputy Chair), [[U|Joy Henshall]] (Counselling), [[U|Wiktoria Kowalczyk]] (Accommodation liaison), [[U|Seán Doherty]] (Prevent coordinator)
Apologies: [[U|Dr Ruth Abernethy]]
Minutes taken by: [[U|Joy Henshall]]

Item 2 — [[S|Ciarán Ó Súilleabháin]], [[NEG|BSc Environmental Science]]
[[U|SD]] reported that [[S|Ciarán]] joined a direct-action group during the [[NEG|Shannon]] airport protests. [[U|Dr Adebayo]] stressed that lawful protest is not a Prevent matter; [[P|NK]] agreed. [[S|Mr Ó Súilleabháin]]'s father, [[R|Donncha Ó Súilleabháin]], phoned [[U|Ms Henshall]] to say his son is under pressure from a housemate, [[U|Rónán Mac Giolla]]. [[U|WK]] will check whether [[U|Rónán]] is registered with us. Members noted the [[NEG|Joy]] Division poster in the evidence bundle is a band, not a symbol.

Decision: no referral; support continues.

Actions
[[U|JH]] to offer [[S|Ciarán]] counselling.
[[P|NK]] to write to [[R|Mr Ó Súilleabháin]] and to [[R|Donncha]]'s solicitor.
[[U|SD]] to close the referral.
""",
    },
    {
        "id": "d16-minutes-priya",
        "kind": "meeting_minutes",
        "subject": "Priya Raghunathan",
        "subject_aliases": ["Pri"],
        "case_people": ["Gwen Harris", "Arjun Mehta"],
        "tags": ["same_surname_relative", "title", "initials", "attendees", "word_name", "alias", "labelled_id"],
        "text": """Safeguarding Operational Group — minutes
Thursday 9 July 2026, [[NEG|Cavendish]] Room 2 / online
Present: [[P|Gwen Harris]] (chair), [[P|Arjun Mehta]], [[U|Olumide Bakare]], [[U|Summer Clarke]], [[U|Dr Hiroshi Ito]]
Apologies: [[U|Kavita Deshpande-Roy]], [[U|Sgt Paul Hendry]] ([[NEG|Thames Valley Police]] liaison)
Minutes: [[U|Summer Clarke]]

3. [[S|Priya Raghunathan]] (student no. [[SI:STUDENT_NUMBER|20933780]])
[[P|AM]] explained that [[S|Priya]]'s father, [[R|Dr Raghunathan]], contacted the university after finding saved posts on her laptop. [[U|Dr Ito]] said [[S|Ms Raghunathan]] had raised the posts herself in tutorial as research for her dissertation on online radicalisation. Her brother, [[R|Vikram Raghunathan]], is a former student and supports her. [[U|OB]] noted a [[NEG|Summer]] School place is already arranged for [[S|Pri]].

The group agreed this is an academic matter. [[P|GH]] thanked [[U|Sgt Hendry]] for his written advice.

Actions
[[P|AM]] to phone [[R|Dr Raghunathan]] with [[S|Priya]]'s consent.
[[U|SC]] to file the minutes.
[[U|HI]] to confirm ethics approval for the dissertation.
""",
    },
    {
        "id": "d16-minutes-dilan",
        "kind": "meeting_minutes",
        "subject": "Dilan Zebari",
        "subject_aliases": [],
        "case_people": ["Carla Moretti"],
        "tags": ["same_surname_relative", "title", "initials", "attendees", "diacritics", "word_name"],
        "text": """Minutes: Prevent Triage Meeting
Date: 12/11/2026   Venue: Teams
Attendees: [[P|Carla Moretti]] (Prevent lead); [[U|Hêvî Barzani]] (Student Advice); [[U|Dr Owain Rees]] (School of Law); [[U|Grace Lindqvist]] (Residential Life); [[U|Mr Baker]] (Security)
Apologies: [[U|Aram Karimi]]

Case 1 — [[S|Dilan Zebari]]
[[P|CM]] outlined the referral from [[U|Mr Baker]], who saw [[S|Dilan]] handing out leaflets outside [[NEG|Baker Street]] station. The leaflets, in Kurmanji, advertise a cultural festival organised by her cousin [[R|Rojda Zebari]]. [[U|Ms Barzani]] translated them and found nothing of concern. [[U|Dr Rees]] noted that [[S|Ms Zebari]]'s brother, [[R|Shvan Zebari]], was questioned in 2024 but not charged, and that this should not colour the case. [[S|Dilan]] has asked that her father, [[R|Mr Zebari]], not be informed.

Outcome: no further action.

Actions
[[U|HB]] to let [[S|Dilan]] know the outcome.
[[P|CM]] to reply to [[U|Mr Baker]].
[[U|GL]] to note on file. [[NEG|Grace]] period on the leafleting permit extended by Security.
""",
    },
    {
        "id": "d16-minutes-nikos",
        "kind": "meeting_minutes",
        "subject": "Nikos Papadopoulos",
        "subject_aliases": ["Nick", "Νίκος Παπαδόπουλος"],
        "case_people": ["Simon Yeboah", "Eleni Georgiou"],
        "tags": ["same_surname_relative", "title", "initials", "attendees", "word_name", "alias"],
        "text": """Case conference — minutes
Date: 30 April 2026
Attendees: [[P|Simon Yeboah]] (chair, Prevent), [[P|Eleni Georgiou]] (personal tutor), [[U|Dr Ravi Chandran]] (Mental Health Adviser), [[U|Constance Whitlow]] (Student Conduct), [[U|DC Aaron Kemp]] (Counter Terrorism Policing)
Apologies: [[U|Hope Abara]]
Minutes: [[U|Constance Whitlow]]

Subject: [[S|Nikos Papadopoulos]] ([[S|Νίκος Παπαδόπουλος]]), known as [[S|Nick]]
[[P|EG]] reported that [[S|Nick]] posted in Greek on the module forum praising an attack in [[NEG|Athens]]. [[U|DC Kemp]] said a user, [[T:SOCIAL_HANDLE|@maiandros_1821]], had reposted it. [[S|Mr Papadopoulos]] told [[P|Ms Georgiou]] the post was satire. His uncle, [[R|Stavros Papadopoulos]], emailed to vouch for him. [[U|Dr Chandran]] noted a recent bereavement and that [[S|Nikos]]'s mother, [[R|Mrs Papadopoulos]], has asked for support. Constant monitoring of the forum was not thought proportionate.

Actions
[[P|SY]] and [[P|EG]] to meet [[S|Nikos]] on 6 May.
[[U|CW]] to hold the conduct case.
[[U|AK]] to confirm whether the account is known.
""",
    },
    {
        "id": "d16-minutes-lucia",
        "kind": "meeting_minutes",
        "subject": "Lucía Fernández",
        "subject_aliases": ["Lu"],
        "case_people": ["Dominic Hale", "Aisha Bello"],
        "tags": ["same_surname_relative", "title", "initials", "attendees", "diacritics", "word_name", "alias"],
        "text": """Minutes of the Student Risk Assessment Meeting
Held: 17 September 2026, 10:30
Present: [[P|Dominic Hale]] (Chair), [[P|Aisha Bello]] (Wellbeing), [[U|Felipe García Márquez]] (Languages tutor), [[U|Rose Kettering]] (Accommodation), [[U|Precious Okeke]] (Students' Union)
Apologies: [[U|Prof. Ingrid Solberg]]
Minutes: [[U|Rose Kettering]]

Agenda item 1: [[S|Lucía Fernández]]
[[U|Mr García]] explained that [[S|Lucía]] has been absent since her sister, [[R|Carmen Fernández]], was arrested in [[NEG|Valencia]] after a climate protest. [[S|Ms Fernández]] told him her phone had been seized; she now uses [[SI:PHONE_NUMBER|+34 612 908 447]]. [[P|AB]] has spoken to her twice. Her father, [[R|Señor Fernández]], wrote asking for an extension for [[S|Lu]]. [[U|Precious]] confirmed the Union has no record of [[S|Lucía]] joining any society. The meeting agreed Prevent does not apply.

Actions
- [[P|DH]] to approve the extension.
- [[P|AB]] to check in with [[S|Lucía]] weekly.
- [[U|RK]] to update the room allocation at [[NEG|Rose Court]].
""",
    },
    {
        "id": "d16-chron-amina",
        "kind": "case_chronology",
        "subject": "Amina Yusuf",
        "subject_aliases": [],
        "case_people": ["Rebecca Stone", "Samir Malik"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "word_name", "labelled_id"],
        "text": """Case chronology — [[S|Amina Yusuf]] ([[SI:STUDENT_NUMBER|NOU-2005-0912]]), DOB [[SI:DATE_OF_BIRTH|30/09/2000]]
Prepared for the Prevent panel. Reference [[NEG|PRV-26-0417]]

08/01/2026  Tutor [[U|Dr Halima Sani]] reports [[S|Amina]] missed two assessments. ([[P|R. Stone]])
12/01/2026  [[S|Ms Yusuf]] discloses that her husband, [[R|Ibrahim Yusuf]], has taken her passport. Passport no. given as [[SI:UK_PASSPORT|531946027]]. — [[P|RS]]
19/01/2026  [[R|Mr Yusuf]] phones the university demanding her timetable. Call taken by [[U|Kelly Marsh]]. ([[P|S. Malik]])
22/01/2026  Concern raised that [[R|Ibrahim]] has shared material from [[T:URL|http://sahwa-news.example/ng]] with [[S|Amina]]'s brother-in-law, [[R|Musa Yusuf]]. Referred to [[U|DS Claire Hutton]]. — [[P|SM]]
03/02/2026  [[S|Amina]] moves to a refuge arranged by [[U|Patience Eze]]. Contact via [[U|Patience]] only. — [[P|RS]]
10/02/2026  Panel (chair [[P|Rebecca Stone]]) agrees this is domestic abuse, not Prevent. [[U|DS Hutton]] notified; [[U|Kelly]] briefed reception staff. ([[P|S. Malik]])
""",
    },
    {
        "id": "d16-chron-joy",
        "kind": "case_chronology",
        "subject": "Joy Wanjiru Kamau",
        "subject_aliases": ["Wanjiru"],
        "case_people": ["Peter Otieno"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "word_name", "alias", "labelled_id", "unissued_prefix"],
        "text": """Chronology of events — [[S|Joy Wanjiru Kamau]]
Student no.: [[SI:STUDENT_NUMBER|21178804]]   NI number: [[SI:UK_NINO|QQ 12 34 56 C]]

14 Feb 2026 — [[S|Joy]] reports messages from an ex-partner, [[U|Brian Mwangi]], containing extremist imagery. — [[P|PO]]
17 Feb 2026 — Meeting with [[S|Ms Kamau]] and her sister [[R|Grace Kamau]]. [[R|Grace]] has screenshots showing [[U|Brian]] using the handle [[T:SOCIAL_HANDLE|@mwangi_truth]]. — [[P|P. Otieno]]
20 Feb 2026 — [[U|PC Fatima Osei]] takes a statement; crime ref [[NEG|CR/0420/26]]. [[S|Wanjiru]] (as family call her) stays with her uncle [[R|Mr Kamau]] in [[NEG|Luton]]. — [[P|PO]]
27 Feb 2026 — [[U|Dr Esther Njoroge]] (GP) writes in support; NHS number [[SI:UK_NHS|401 023 2137]]. — [[U|L. Faulkner]]
03 Mar 2026 — [[S|Joy]] joins the [[NEG|Joy of Reading]] book club run by [[U|Will Ashcroft]] and says she feels calmer. — [[P|PO]]
09 Mar 2026 — [[U|Mwangi]] bailed; conditions include no contact with [[S|Joy]] or [[R|Grace]]. Case closed by [[P|Peter Otieno]]. — [[P|PO]]
""",
    },
    {
        "id": "d16-chron-matteo",
        "kind": "case_chronology",
        "subject": "Matteo Bianchi",
        "subject_aliases": ["Teo"],
        "case_people": ["Harriet Cole"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "alias"],
        "text": """Case chronology: [[S|Matteo Bianchi]] — Prevent referral [[NEG|NOU-PR-2026-031]]

01/06/2026 Referral received from [[U|Giulia Ferrante]], a classmate, who saw [[S|Matteo]] share a neo-fascist song during a Teams call. ([[P|H. Cole]])
03/06/2026 [[S|Mr Bianchi]] interviewed with [[U|Dr Alessandro De Luca]] present. He says the song was posted by his cousin [[R|Lorenzo Bianchi]] and that he did not listen to it. ([[P|HC]])
05/06/2026 His mother, [[R|Rosa Bianchi]], emails from [[T:EMAIL_ADDRESS|rosa.bianchi@libero.example]] asking to attend. [[R|Signora Bianchi]] is told the student must consent. — [[P|HC]]
10/06/2026 IT logs show the account signed in from [[SI:IP_ADDRESS|51.148.77.203]] and once from [[T:IP_ADDRESS|51.148.77.210]] (the cousin's flat). — [[U|Yaw Darko-Ampem]]
14/06/2026 [[S|Teo]] attends a session with [[U|Father Cillian Moran]], the chaplain. ([[P|HC]])
20/06/2026 Panel ([[P|Harriet Cole]], [[U|Dr De Luca]], [[U|Marcus Webb]]) closes the case. [[R|Lorenzo]] is not a student and is outside scope. [[U|Giulia]] thanked for reporting. ([[P|H. Cole]])
""",
    },
    {
        "id": "d16-chron-liam",
        "kind": "case_chronology",
        "subject": "Liam Brennan",
        "subject_aliases": ["Brenno"],
        "case_people": ["Maeve Doyle", "Rashid Khan"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "diacritics", "alias", "labelled_id"],
        "text": """Case chronology — [[S|Liam Brennan]] (DOB [[SI:DATE_OF_BIRTH|11 August 1999]])
Address on file: [[SI:STREET_ADDRESS|Flat 3, 27 Crosby Road]], [[SI:UK_POSTCODE|L21 4QT]]

02 Sep — [[S|Liam]] posts a threat against local councillor [[U|Joan Ridley]] in the [[NEG|Politics Society]] chat; reported by [[U|Declan Fahy]]. — [[P|MD]]
04 Sep — [[S|Mr Brennan]] says his account was used by his brother [[R|Conor Brennan]]. A car, [[T:UK_VEHICLE_REGISTRATION|YK68 BNE]], registered to [[R|Conor]] was seen at the councillor's surgery. — [[P|RK]]
06 Sep — [[U|PC Óisín Walsh]] and [[U|Sgt Debbie Nolan]] visit the family home. [[R|Mrs Brennan]] says both sons were home that night. — [[P|Rashid Khan]]
09 Sep — [[S|Brenno]] (his gaming alias) messages [[P|Ms Doyle]] asking for help. — [[P|M. Doyle]]
15 Sep — Case discussed with [[U|Dr Adaeze Nwankwo]]. [[U|Sgt Nolan]] shares that the car's keeper holds driving licence [[T:UK_DRIVING_LICENCE|BRENN904066C99XY]]. — [[P|RK]]
22 Sep — [[U|Cllr Ridley]] declines to make a statement. [[S|Liam]] to stay on programme with weekly check-ins. — [[P|MD]]
""",
    },
    {
        "id": "d16-incident-kwame",
        "kind": "incident_report",
        "subject": "Kwame Asante",
        "subject_aliases": ["KJ"],
        "case_people": ["Lorna McKenzie"],
        "tags": ["same_surname_relative", "title", "signature", "word_name", "alias", "labelled_id"],
        "text": """Incident report — [[NEG|Manchester]] study centre
Ref: [[NEG|INC-2026-0088]]   Date/time: 23/03/2026 18:40
Reported by: [[P|Lorna McKenzie]] (Centre Manager)
Student involved: [[S|Kwame Asante]] ([[SI:STUDENT_NUMBER|NOU-1902-6618]]), known as [[S|KJ]]
Witnesses: [[U|Abena Owusu-Ansah]], [[U|Declan Moss]], [[U|Faith Ibekwe]]

Account: At 18:40 [[S|Mr Asante]] argued with a visitor, [[U|Gary Pruitt]], who had been leafleting outside. [[U|Mr Pruitt]] arrived in a white van, registration [[T:UK_VEHICLE_REGISTRATION|MA17 TWX]]. [[U|Ms Owusu-Ansah]] says [[U|Pruitt]] shouted racist abuse first. [[S|Kwame]]'s brother, [[R|Kofi Asante]], arrived and separated them.

Police: [[U|PC Daniel Hayes]] (collar 4471) and [[U|PC Okafor]] attended; [[U|PC Hayes]] took the van details. [[S|Kwame]]'s father, [[R|Mr Asante]], collected him at 19:30.

Wi-Fi log: [[U|Pruitt]]'s phone joined the guest network from [[T:IP_ADDRESS|10.44.7.231]].

Signed: [[P|L. McKenzie]]
""",
    },
    {
        "id": "d16-incident-dawit",
        "kind": "incident_report",
        "subject": "Dawit Tesfaye",
        "subject_aliases": ["Dave"],
        "case_people": ["Jonathan Reeve"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "alias"],
        "text": """Security incident report
Reporter: [[P|Jonathan Reeve]], Security Supervisor   Date: 5 May 2026
Location: [[NEG|Wessex House]], reception
Persons involved: [[S|Dawit Tesfaye]] (student), [[U|Mr Halloran]] (member of public)
Witnesses: [[U|Marta Sequeira]] (receptionist), [[U|Kaan Aydın]] (student)

At 11:15 [[S|Dawit]] (signs in as "[[S|Dave]]") asked to see [[U|Dr Selam Haile]]. While waiting, [[U|Mr Halloran]], who gave his name as [[U|Kevin Halloran]], approached him and offered a USB stick. [[U|Ms Sequeira]] heard [[U|Halloran]] say "your brother [[R|Yonas]] sent this". [[S|Mr Tesfaye]] refused it and alerted me. [[U|Kaan]] photographed a grey Vauxhall, [[T:UK_VEHICLE_REGISTRATION|GX21 LRK]], leaving the car park.

[[S|Dawit]]'s sister, [[R|Hana Tesfaye]], later phoned to say [[R|Yonas Tesfaye]] has been out of contact since March.

Police: [[U|PC Sam Ridley]] attended at 12:05 (ref [[NEG|CAD 1187]]). The USB stick was handed to [[U|PC Ridley]] unopened.

Signed: [[P|J. Reeve]] ([[P|JR]])
""",
    },
    {
        "id": "d16-incident-pieter",
        "kind": "incident_report",
        "subject": "Pieter van der Merwe",
        "subject_aliases": ["piet_vdm"],
        "case_people": ["Alan Foster", "Chipo Mutasa"],
        "tags": ["same_surname_relative", "title", "initials", "signature", "labelled_id"],
        "text": """Online incident report — IT Security
Reported by: [[P|Alan Foster]]   Logged: 28/08/2026 09:12
Account: [[SI:USERNAME|piet_vdm]] — [[S|Pieter van der Merwe]] ([[SI:STUDENT_NUMBER|21662090]])

Summary: Overnight, [[S|van der Merwe]]'s account posted a manifesto extract in three module forums. Posts were reported by [[U|Thabo Sithole]] and [[U|Ellie Brookes]]. Logins came from IPv4 [[T:IP_ADDRESS|196.22.141.8]] and IPv6 [[T:IP_ADDRESS|2c0f:f4c0:1a2:33::9]], neither used before by [[S|Pieter]].

[[S|Mr van der Merwe]] says he was asleep and that his stepbrother, [[R|Johan van der Merwe]], knew his password. His mother, [[R|Mrs van der Merwe]], confirmed [[R|Johan]] stayed that night. [[P|Chipo Mutasa]] (Prevent lead) was informed at 10:00; [[P|CM]] asked [[U|Dr Riaan de Wet]] to preserve the forum logs.

Police contact: [[U|DS Karen Olsen]], [[NEG|Counter Terrorism Policing North East]]; [[U|DS Olsen]] may request the logs.

[[P|AF]] locked the account at 09:20 and [[U|Nkosana Dube]] reset the password.
Signed: [[P|A. Foster]]
""",
    },
    {
        "id": "d16-incident-bilal",
        "kind": "incident_report",
        "subject": "Bilal Qureshi",
        "subject_aliases": ["@billy_q"],
        "case_people": ["Helen Marsh"],
        "tags": ["same_surname_relative", "title", "signature", "word_name", "labelled_id"],
        "text": """Incident report form
Date of incident: 19 October 2026   Reporter: [[P|Helen Marsh]] (Library team leader)
Student: [[S|Bilal Qureshi]], DOB [[SI:DATE_OF_BIRTH|17.04.2002]], student number [[SI:STUDENT_NUMBER|NOU-2010-4457]]
Witnesses: [[U|Rose Tilley]], [[U|Dr Imran Siddiqui]], [[R|Zainab Qureshi]] (no relation)

What happened: [[S|Bilal]] was printing in the [[NEG|Rose Library]] when a man later identified as [[U|Craig Denton]] accused him of "printing jihad". [[U|Mr Denton]] photographed [[S|Mr Qureshi]] and posted the image at [[T:URL|https://x.example/cdenton_patriot/status/771]]. [[U|Rose]] intervened and [[R|Ms Qureshi]] called security. [[S|Bilal]]'s older brother, [[R|Usman Qureshi]], arrived to collect him.

Police: [[U|PC Lewis Grant]] and [[U|PCSO Amy Lowe]] attended. [[U|Denton]]'s car, [[T:UK_VEHICLE_REGISTRATION|BD63 XKR]], was noted. [[R|Mr Qureshi]] senior asked for a copy of this report. [[S|Bilal]] asked that his own handle, [[SI:SOCIAL_HANDLE|@billy_q]], not appear in any statement.

Signed: [[P|H. Marsh]]
""",
    },
    {
        "id": "d16-letter-eilidh",
        "kind": "letter",
        "subject": "Eilidh Campbell",
        "subject_aliases": [],
        "case_people": ["Duncan Fraser"],
        "tags": ["same_surname_relative", "title", "signoff", "signature", "named_house", "no_house_number", "split_postcode", "salutation"],
        "text": """[[NEG|Northgate Open University]]
Student Safeguarding Team
[[NEG|Hadrian House]], [[NEG|Quayside]]
[[NEG|NE1 3DX]]

Private and confidential
[[R|Mrs Morag Campbell]]
[[T:STREET_ADDRESS|Tigh na Mara]]
[[T:STREET_ADDRESS|Shore Road]]
Ullapool
[[T:UK_POSTCODE|IV26 2UR]]

14 October 2026

Dear [[R|Mrs Campbell]],

Re: [[S|Eilidh Campbell]], student number [[SI:STUDENT_NUMBER|22108864]]

Thank you for your letter of 2 October about [[S|Eilidh]]. She has consented to this reply. You were worried that her friend [[U|Kirsty Baird]] had introduced her to an online group. We have spoken to [[S|Miss Campbell]] and to her tutor, [[U|Dr Andrew Sinclair]]. [[U|Dr Sinclair]] has no concerns about her studies, and the group is a walking club run by [[U|Calum Og Munro]].

Your son [[R|Fraser Campbell]] also phoned us. [[R|Fraser]] is welcome to attend the meeting on 28 October with [[S|Eilidh]] and [[U|Ms Ishbel Munro]] from Student Conduct.

Yours sincerely,

[[P|Duncan Fraser]]
Safeguarding Manager
Tel [[T:PHONE_NUMBER|0191 498 0265]]
cc [[U|Ms I. Munro]]
""",
    },
    {
        "id": "d16-letter-chidiebere",
        "kind": "letter",
        "subject": "Chidiebere Okonkwo",
        "subject_aliases": ["Chidi"],
        "case_people": ["Margaret Ellis", "Felicity Hart"],
        "tags": ["same_surname_relative", "title", "signoff", "signature", "salutation", "labelled_id"],
        "text": """[[S|Mr Chidiebere Okonkwo]]
[[SI:STREET_ADDRESS|42 Albert Grove]]
[[NEG|Manchester]]
[[SI:UK_POSTCODE|M13 0WS]]

9 November 2026

Dear [[S|Chidi]],

Prevent duty — outcome of review

I write following our meeting on 5 November with [[U|Mr Emeka Nwachukwu]] from the [[NEG|Students' Union]] and your sister, [[R|Ngozi Okonkwo]]. [[P|Dr Felicity Hart]] has reviewed the messages you showed us from [[U|Obinna Eze]], and we accept your account that you did not reply to them. [[P|Dr Hart]] has passed the messages from [[U|Eze]] to [[U|DC Wilson]] of [[NEG|Greater Manchester Police]]. Your father, [[R|Chief Okonkwo]], asked to be kept informed; we will only do so with your consent.

The hardship refund will be paid to sort code [[SI:UK_SORT_CODE|30-94-57]], account [[SI:UK_BANK_ACCOUNT|40218873]], as confirmed by [[R|Mrs Okonkwo]] on your behalf.

Yours sincerely,

[[P|Margaret Ellis]]
Head of Student Casework
[[T:EMAIL_ADDRESS|m.ellis@northgate-ou.ac.uk]]
cc: [[P|Dr F. Hart]]; [[U|Mr Nwachukwu]]; file [[NEG|PRV/2026/118]]
""",
    },
    {
        "id": "d16-letter-andreea",
        "kind": "letter",
        "subject": "Andreea Ionescu",
        "subject_aliases": ["Deea"],
        "case_people": ["Claire Whitmore"],
        "tags": ["same_surname_relative", "title", "signoff", "signature", "salutation", "split_postcode", "labelled_id"],
        "text": """[[R|Radu Ionescu]]
[[T:STREET_ADDRESS|Flat 2, Lime Court]]
[[T:STREET_ADDRESS|91 Pelham Street]]
[[NEG|Nottingham]]
[[T:UK_POSTCODE|NG1 2EG]]

[[P|Ms Claire Whitmore]]
Head of Student Wellbeing
[[NEG|Northgate Open University]]
[[NEG|Clarendon Building]], [[NEG|Preston]]
[[NEG|PR1 7QS]]

20 January 2026

Dear [[P|Ms Whitmore]],

My daughter [[S|Andreea Ionescu]] (student number [[SI:STUDENT_NUMBER|23-0419-822]]) is in her first year. Before Christmas [[S|Deea]] told me that a man called [[U|Sorin Vasilescu]] was sending her videos about a "national rebirth". Her tutor, [[U|Dr Patrick Quinn]], knows about this. My wife [[R|Elena Ionescu]] and her grandmother, [[R|Mrs Ionescu]], are very worried. [[U|Vasilescu]] also contacted her friend [[U|Bianca Marinescu]].

I ask that [[S|Andreea]] is offered support, and that the fee refund promised by [[U|Mr Okafor]] is paid to IBAN [[T:IBAN_CODE|RO66 BTRL 0130 1205 4472 1390]].

Yours faithfully,

[[R|Radu Ionescu]]
Phone [[T:PHONE_NUMBER|+40 721 334 908]]
""",
    },
    {
        "id": "d16-letter-faith",
        "kind": "letter",
        "subject": "Faith Morgan",
        "subject_aliases": [],
        "case_people": ["Siân Bevan", "Alun Price"],
        "tags": ["same_surname_relative", "title", "signoff", "signature", "salutation", "named_house", "no_house_number", "word_name", "diacritics", "unissued_prefix", "labelled_id"],
        "text": """[[S|Miss Faith Morgan]]
[[SI:STREET_ADDRESS|Bryn Awel]]
[[SI:STREET_ADDRESS|Heol y Coed]]
[[NEG|Llandeilo]]
[[SI:UK_POSTCODE|SA19 6RT]]

3 March 2026

Dear [[S|Faith]],

Re: Invitation to a support meeting (NI number [[SI:UK_NINO|BG 71 40 55 A]])

Thank you for talking with [[U|Mrs Eluned Parry]] and me on 24 February. I know you acted in good faith when you shared the group's posts with us, and [[P|Dr Price]] agrees you did the right thing.

We would like to meet you on 12 March at the [[NEG|Faith]] and Community Centre. Your mother, [[R|Mrs Morgan]], and your brother [[R|Gareth Morgan]] are welcome to come. [[R|Rhian Morgan]] of our Accommodation team (no relation) will also attend, with [[P|Dr Alun Price]] and [[U|Hywel Jenkins]] from the chaplaincy.

[[U|Mrs Parry]] will phone you beforehand, [[S|Faith]]. If [[R|Gareth]] would prefer a separate conversation, please let me know.

Yours sincerely,

[[P|Siân Bevan]]
Student Support Adviser
Tel [[T:PHONE_NUMBER|01558 823 410]]
""",
    },
]
