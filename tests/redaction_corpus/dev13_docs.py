# ruff: noqa: E501
"""dev13: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d13-tutor-aoife",
        "kind": "tutor_report",
        "subject": "Aoife Ní Bhriain",
        "subject_aliases": [],
        "case_people": ["Fionnuala Gallagher", "Hamid Rezaei"],
        "tags": ["same_surname_relative", "diacritics", "title", "signature", "initials", "labelled_id", "word_name"],
        "text": """Personal tutor note — [[NEG|Kestrel Open University]]
Student: [[S|Aoife Ní Bhriain]] | Student no.: [[SI:STUDENT_NUMBER|K2307741]] | DOB: [[SI:DATE_OF_BIRTH|14/03/2004]]
Programme: [[NEG|BA Criminology and Social Policy]] | Module leader: [[P|Dr Fionnuala Gallagher]]

Met [[S|Aoife]] on Teams after the week 6 seminar. She was upset that her sister [[R|Niamh Ní Bhriain]] had shared her essay draft in a group run by someone called [[U|Ruairí]]. [[S|Ms Ní Bhriain]] said the group began as a hurling fan page but now posts material about "taking back" estates near [[NEG|Newry]]. Her flatmate [[U|Orla Keating]] was added too, and a man who signs as [[U|Séamus Breen]] messaged her twice asking where she lives.

[[S|Aoife]]'s attendance is otherwise good and [[P|Dr Gallagher]] rates her coursework highly. [[R|Niamh]] is not a student here. I have not yet contacted [[R|Mrs Ní Bhriain]]; [[S|Aoife]] asked me not to. Discussed with the safeguarding lead, [[P|Hamid Rezaei]], and with [[U|Brigid Walsh]] in Student Support. [[NEG|Will]] arrange a check-in call on Friday and agreed [[S|Aoife]] can submit late without penalty.

Signed: [[U|C. Doherty]] (personal tutor)
Copied to: [[P|HR]], [[U|BW]]
""",
    },
    {
        "id": "d13-tutor-tomasz",
        "kind": "tutor_report",
        "subject": "Tomasz Wiśniewski",
        "subject_aliases": ["Tomek"],
        "case_people": ["Agnieszka Kowalczyk-Lewis"],
        "tags": ["same_surname_relative", "diacritics", "alias", "hyphenated", "unissued_prefix", "labelled_id", "word_name", "signature"],
        "text": """PROGRESS REPORT – TERM 2
Student: [[S|Tomasz Wiśniewski]] ("[[S|Tomek]]")   Student number: [[SI:STUDENT_NUMBER|2201-4478]]
NI number on file: [[SI:UK_NINO|QQ 48 19 27 A]]
Course: [[NEG|BSc Cyber Security]], Level 5. Tutor: [[P|Dr Agnieszka Kowalczyk-Lewis]]

[[S|Tomek]] has completed four of six assessed labs. In the discussion board for the [[NEG|Network Defence]] unit he posted links to a channel run by "[[U|Bartek Z.]]" that praises last year's attack on a mosque in [[NEG|Christchurch]]. When I raised it, [[S|Mr Wiśniewski]] said his cousin [[R|Paweł Wiśniewski]] had sent him the link and that he "didn't read it properly". Fellow students [[U|Joy Ashworth]] and [[U|Kacper Nowicki]] reported feeling uneasy about his comments in breakout rooms.

[[S|Tomasz]]'s father, [[R|Krzysztof Wiśniewski]], called the faculty office on 12 February asking about fees; [[U|Mr Hargreaves]] took the call and did not discuss this concern. His sister [[R|Zofia]] is listed as emergency contact.

Recommendation: refer to the Prevent lead for advice only. [[S|Tomek]] engaged well and I see no rose-tinted reason to escalate further at this stage.

Signed: [[P|A. Kowalczyk-Lewis]]
Reviewed by: [[U|Rose Fairbairn]], Head of School
""",
    },
    {
        "id": "d13-tutor-grace",
        "kind": "tutor_report",
        "subject": "Grace Adeyemi",
        "subject_aliases": [],
        "case_people": ["Olumide Bakare", "Patience Osei"],
        "tags": ["same_surname_relative", "word_name", "title", "signature", "labelled_id"],
        "text": """Tutor Concern Form
Name of student: [[S|Grace Adeyemi]]    Student ID: [[SI:STUDENT_NUMBER|KOU-221-0934]]
Email: [[SI:EMAIL_ADDRESS|g.adeyemi@student.kestrel-open.ac.uk]]
Raised by: [[P|Prof. Olumide Bakare]], [[NEG|School of Health and Social Care]]

Nature of concern: [[S|Grace]] asked for a [[NEG|grace]] period on her reflective essay and then, during a one-to-one call, said that her older brother [[R|Tunde Adeyemi]] had "found the truth" through an online preacher and wanted her to stop studying. She said [[R|Tunde]] and their cousin [[R|Femi Adeyemi]] had taken her laptop for two days. [[S|Ms Adeyemi]] was calm but said she has lost [[NEG|hope]] of finishing the year.

Her mother, [[R|Mrs Adeyemi]], can be reached on [[T:PHONE_NUMBER|07700 900 418]], but [[S|Grace]] does not want her told. Her study buddy [[P|Patience Osei]] has been helping her catch up; [[P|Patience]] has shown great patience with her. I also informed [[U|Dr Hope Lindqvist]], the disability adviser.

Action: [[P|OB]] to refer to the safeguarding team; [[U|Dr Lindqvist]] to review the extension.

Signed: [[P|O. Bakare]]    Date: 3 March
""",
    },
    {
        "id": "d13-tutor-haruto",
        "kind": "tutor_report",
        "subject": "Haruto Sato",
        "subject_aliases": ["Sato Haruto", "佐藤陽翔"],
        "case_people": ["Megumi Tanaka-Reid"],
        "tags": ["same_surname_relative", "surname_first", "other_script", "hyphenated", "word_name", "initials", "signature"],
        "text": """Personal tutor notes – confidential
Student: [[S|Haruto Sato]] (registered as [[S|Sato Haruto]], [[S|佐藤陽翔]])
Student number: [[SI:STUDENT_NUMBER|K2290016]]   Passport: [[SI:UK_PASSPORT|561203947]]
Tutor: [[P|Dr Megumi Tanaka-Reid]]

[[S|Haruto]] has been quiet since the [[NEG|Osaka]] exchange students left. In the last session he shared a meme from an account called "[[U|Ronin Ken]]" with a swastika edited into an anime still. When asked, [[S|Mr Sato]] apologised and said his father, [[R|Sato Kenji]], had warned him about the forum. His younger sister [[R|Yui]] also studies in the UK; [[R|Yui Sato]] emailed me separately worried about him.

Other students in the group: [[U|Bill Tremayne]], [[U|Nakamura Aoi]] and [[U|Lerato Mokoena]]. [[U|Bill]] said [[S|Haruto]] talked about a "day of reckoning". Nobody has handed in the [[NEG|Bill of Rights]] essay yet, so I could not check for further content.

Plan: [[P|MTR]] to meet [[S|Haruto]] weekly. [[R|Mrs Sato]] phoned the office but we have no consent to share. Referred to [[U|Gwen Pryce]] (Prevent lead).

— [[P|M. Tanaka-Reid]]
""",
    },
    {
        "id": "d13-support-mihai",
        "kind": "support_log",
        "subject": "Mihai Popescu",
        "subject_aliases": ["Mişu"],
        "case_people": ["Ioana Dumitrescu", "Lowri Thomas"],
        "tags": ["same_surname_relative", "initials", "diacritics", "labelled_id", "alias"],
        "text": """Student Support & Wellbeing log
Student: [[S|Mihai Popescu]]   ID: [[SI:STUDENT_NUMBER|K2184402]]   NHS no.: [[SI:UK_NHS|612 408 3397]]

04/11 – [[S|Mihai]] phoned in distress. Said his mother [[R|Elena Popescu]] had lost her job and his brother [[R|Andrei]] has started attending meetings in [[NEG|Luton]] with a group he calls "the Guard". Advised him of the hardship fund. — [[P|LT]]

06/11 – Call with [[P|Ioana Dumitrescu]] (Romanian-speaking peer mentor). [[S|Mişu]], as his friends call him, told [[P|Ioana]] that [[R|Andrei Popescu]] wanted him to translate leaflets. [[S|Mihai]] refused but is scared of him. — [[P|L. Thomas]]

09/11 – [[R|Mr Popescu]] (father) rang asking whether his son was "in trouble". Gave no information. Note: the caller gave the number [[T:PHONE_NUMBER|+44 7700 900 261]]. — [[U|DG]]

12/11 – Discussed with [[U|Dafydd Griffiths]] and [[U|Sorin Vasilescu]] (Prevent coordinator). Agreed a support plan; no referral at present. [[S|Mr Popescu]] consented to weekly check-ins with [[P|Lowri]]. — [[P|LT]]

15/11 – [[S|Mihai]] attended. Calmer. Said [[U|Cristina]] from his study group has been checking in daily. — [[P|L. Thomas]]
""",
    },
    {
        "id": "d13-support-hodan",
        "kind": "support_log",
        "subject": "Hodan Warsame",
        "subject_aliases": [],
        "case_people": ["Sahra Jama"],
        "tags": ["same_surname_relative", "initials", "labelled_id", "title"],
        "text": """Wellbeing contact record — [[S|Hodan Warsame]]
DOB: [[SI:DATE_OF_BIRTH|22 July 2001]]   Student no.: [[SI:STUDENT_NUMBER|K2011873]]

2 Oct. [[S|Hodan]] emailed asking to pause her studies. She cares for her younger siblings [[R|Ayaan]] and [[R|Liban Warsame]] while her mother, [[R|Mrs Warsame]], works nights in [[NEG|Bristol]]. — [[P|SJ]]

5 Oct. Video call. [[S|Hodan]] said her older brother [[R|Abdullahi Warsame]] came back from [[NEG|Nairobi]] in August and has been telling [[R|Liban]] that studying in Britain is "haram". She is worried for [[R|Liban]], who is 15. Explained Prevent to her in plain terms; she did not want a referral. — [[P|S. Jama]]

9 Oct. Spoke to the designated safeguarding lead, [[U|Mr Olawale Adebayo]], and to [[U|Khadra Ismail]] from the local authority's early help team by phone, [[T:PHONE_NUMBER|0117 496 0385]]. Advice: record and monitor; contact the school of [[R|Liban]] only with consent. — [[P|SJ]]

14 Oct. [[S|Ms Warsame]] consented to [[U|Mr Adebayo]] contacting [[U|Ms Fiona Kerr]] at [[NEG|St Brendan's Sixth Form]]. Study break approved by [[U|Dr Tom Hewitt]]. — [[P|Sahra Jama]], Student Support Adviser
""",
    },
    {
        "id": "d13-support-rhys",
        "kind": "support_log",
        "subject": "Rhys Llewellyn",
        "subject_aliases": [],
        "case_people": ["Dylan Evans", "Bethan ap Rhys"],
        "tags": ["same_surname_relative", "particle", "word_name", "initials", "labelled_id"],
        "text": """STUDENT SUPPORT LOG – Hardship & wellbeing
Student: [[S|Rhys Llewellyn]]   Student no. [[SI:STUDENT_NUMBER|K1998350]]
Bank details for hardship payment: sort code [[SI:UK_SORT_CODE|30-94-71]], account [[SI:UK_BANK_ACCOUNT|52019846]]

17 Jan – [[S|Rhys]] applied for hardship funding after his father [[R|Gareth Llewellyn]] was made redundant from the quarry. Application checked. — [[P|DE]]

20 Jan – [[S|Rhys]] called before [[NEG|dawn]] (05:40) to the out-of-hours line. Said he had been up all night watching videos from "[[U|Cymru First]]" and that his uncle, [[R|Huw Llewellyn]], had invited him to a march in [[NEG|Swansea]]. Out-of-hours worker [[U|Dawn Morgan]] stayed on the line for 40 minutes. — [[U|D. Morgan]]

21 Jan – Follow-up with [[P|Bethan ap Rhys]] (Welsh-medium wellbeing). [[S|Mr Llewellyn]] said his mother, [[R|Carys Llewellyn]], is worried about [[R|Huw]]'s influence. — [[P|BapR]]

24 Jan – Case discussed with [[U|Mark Tudor]] (Prevent lead). Proportionate response: support, not referral. Payment released to the account above. — [[P|Dylan Evans]]
""",
    },
    {
        "id": "d13-support-lan",
        "kind": "support_log",
        "subject": "Nguyễn Thị Lan",
        "subject_aliases": ["Lan Nguyen", "Lan"],
        "case_people": ["Trần Quốc Bảo", "Ruth Achterberg"],
        "tags": ["same_surname_relative", "surname_first", "diacritics", "initials", "labelled_id"],
        "text": """Student support entries — [[S|Nguyễn Thị Lan]] (enrolled as [[S|Lan Nguyen]])
Student number [[SI:STUDENT_NUMBER|K2305519]] · Mobile [[SI:PHONE_NUMBER|07700 900 732]]

3/2 — [[S|Lan]] disclosed that her father, [[R|Nguyễn Văn Hùng]], keeps forwarding her videos from a channel that blames migrants for the cost of living. She found it "strange because we are migrants". — [[P|R. Achterberg]]

7/2 — [[S|Ms Nguyen]] asked for help with a visa letter. Her brother [[R|Minh]] is applying for a course in [[NEG|Birmingham]] and [[R|Nguyễn Đức Minh]] needs her as sponsor. Referred to [[U|Hannah Okoro]] in the International Office. — [[P|RA]]

10/2 — Interpreter [[P|Trần Quốc Bảo]] joined a call with [[R|Mrs Nguyen]] (mother), who said her husband has "become angry with everyone" since joining a [[NEG|Telegram]] group. [[P|Mr Trần]] translated. — [[P|RA]]

13/2 — Consulted [[U|Greg Dunmore]], Prevent coordinator. This concerns the father, not the student; no referral for [[S|Lan]]. Signposted to a family support service. Friend [[U|Phạm Thu Hà]] is aware and supportive. — [[P|Ruth Achterberg]]
""",
    },
    {
        "id": "d13-chat-oleksandr",
        "kind": "chat_export",
        "subject": "Oleksandr Kovalenko",
        "subject_aliases": ["Sasha", "sasha", "sash", "okoval_22"],
        "case_people": ["Marta Shevchuk", "Liam Doyle"],
        "tags": ["same_surname_relative", "chat_lowercase", "alias", "username", "word_name"],
        "text": """Microsoft Teams – chat export – "[[NEG|HIST204]] study group"
Participants: [[S|Oleksandr Kovalenko]], [[P|Marta Shevchuk]], [[P|Liam Doyle]], [[U|Summer Ellis]], [[U|Kwesi Ampofo]]

[09/03 19:02] [[P|Liam Doyle]]: has anyone seen [[S|sasha]] today?
[09/03 19:03] [[U|Summer Ellis]]: no. @[[P|marta]] you're in his flat right
[09/03 19:05] [[P|Marta Shevchuk]]: he's at his brother's. [[R|dmytro]] picked him up
[09/03 19:06] [[U|Kwesi Ampofo]]: the stuff he posted last night was not ok tbh
[09/03 19:07] [[P|Liam Doyle]]: the "cleanse the cities" one? i screenshotted it
[09/03 19:09] [[P|Marta Shevchuk]]: his mum [[R|Iryna]] messaged me, she's worried. [[R|Mrs Kovalenko]] doesn't speak much english so i translate
[09/03 19:10] [[U|Summer Ellis]]: should we tell [[U|dr okafor]]?
[09/03 19:12] [[P|Liam Doyle]]: yes. also his gaming account [[SI:USERNAME|okoval_22]] is following that [[T:SOCIAL_HANDLE|@iron_steppe]] guy
[09/03 19:14] [[S|Oleksandr Kovalenko]]: guys I can see this chat
[09/03 19:14] [[S|Oleksandr Kovalenko]]: it was a joke. [[R|Dmytro Kovalenko]] sent it to me first
[09/03 19:16] [[U|Kwesi Ampofo]]: [[S|Sasha]] man it's not funny, not after [[NEG|Summer]] term
[09/03 19:18] [[P|Marta Shevchuk]]: I'm telling [[U|Dr Okafor]] tomorrow, sorry [[S|sash]]
""",
    },
    {
        "id": "d13-chat-precious",
        "kind": "chat_export",
        "subject": "Precious Dlamini",
        "subject_aliases": ["Prec", "prec", "precious_d"],
        "case_people": ["Patience Mahlangu"],
        "tags": ["same_surname_relative", "word_name", "chat_lowercase", "alias", "username"],
        "text": """WhatsApp Chat with "Level 4 Nursing 🩺"
[14/05/2025, 21:14] [[P|Patience Mahlangu]]: has [[S|prec]] said anything to u
[14/05/2025, 21:15] [[U|Faith Oduya]]: no she left the group chat with her cousins
[14/05/2025, 21:15] [[U|Faith Oduya]]: her cousin [[R|sipho]] keeps posting that stuff
[14/05/2025, 21:17] [[U|Hope Brennan]]: which stuff
[14/05/2025, 21:18] [[P|Patience Mahlangu]]: the "foreigners out" videos. [[R|Sipho Dlamini]] is the one from [[NEG|Durban]] who moved to [[NEG|Reading]]
[14/05/2025, 21:19] [[U|Hope Brennan]]: omg. and [[S|Precious]] is like the kindest person
[14/05/2025, 21:20] [[U|Faith Oduya]]: she said her mum [[R|Nomsa]] is scared of him
[14/05/2025, 21:22] [[SI:USERNAME|precious_d]]: hi all sorry, just saw. i'm ok
[14/05/2025, 21:22] [[SI:USERNAME|precious_d]]: uncle [[R|Bongani]] told him to stop but he won't
[14/05/2025, 21:24] [[P|Patience Mahlangu]]: [[S|Prec]] we love you. pls talk to [[U|ms o'hare]] tomorrow
[14/05/2025, 21:25] [[U|Hope Brennan]]: [[U|Ms O'Hare]] is good, she helped me in first year
[14/05/2025, 21:27] [[SI:USERNAME|precious_d]]: ok. [[R|Mrs Dlamini]] will kill me if this gets back lol
[14/05/2025, 21:28] [[U|Faith Oduya]]: have faith babe x. this is precious time before exams, don't let [[R|sipho]] ruin it
""",
    },
    {
        "id": "d13-chat-callum",
        "kind": "chat_export",
        "subject": "Callum McLeod",
        "subject_aliases": ["cal", "cmcleod"],
        "case_people": ["Isla Robertson", "Graham Dunbar"],
        "tags": ["same_surname_relative", "chat_lowercase", "username", "alias", "title"],
        "text": """VLE forum export — [[NEG|SOC1010 Introduction to Sociology]], thread "Week 8: identity and belonging"
Exported by: [[P|Graham Dunbar]] (module lead) on request of the Prevent lead

[[SI:USERNAME|cmcleod]] ([[S|Callum McLeod]]), 22:41: honestly the lecture was propaganda. my uncle [[R|Alasdair McLeod]] says the same, scotland for the scots and nobody else
[[T:USERNAME|irobertson4]] ([[P|Isla Robertson]]), 22:50: @[[S|cal]] that's not what the reading said at all
[[T:USERNAME|ahmed_k]] ([[U|Ahmed Khan]]), 22:53: I'm scottish too mate. born in [[NEG|Dundee]]
[[SI:USERNAME|cmcleod]] ([[S|Callum McLeod]]), 22:58: not you, the new lot. ask [[R|fiona]], she sees it every day at the job centre
[[T:USERNAME|jgrant]] ([[U|Jenna Grant]]), 23:04: who is fiona??
[[P|Isla Robertson]], 23:06: his sister. [[R|Fiona McLeod]] posted the same poster on facebook
[[T:USERNAME|g.dunbar]] ([[P|Graham Dunbar]]), 08:15: Please keep this space respectful. @[[SI:USERNAME|cmcleod]] I've messaged you privately.

Moderator note: [[P|GD]] hid two posts. Contact made with [[U|Ms Rachel Abernethy]], safeguarding. [[S|Mr McLeod]]'s father, [[R|Mr McLeod]], is listed as his emergency contact.
""",
    },
    {
        "id": "d13-chat-wei",
        "kind": "chat_export",
        "subject": "Zhang Wei",
        "subject_aliases": ["David Zhang", "张伟", "wei"],
        "case_people": ["Chen Xiaoming"],
        "tags": ["same_surname_relative", "surname_first", "other_script", "chat_lowercase", "alias"],
        "text": """Teams chat export – "Group C – Data Science project"
Members: [[S|Zhang Wei]] (display name "[[S|David Zhang]]"), [[P|Chen Xiaoming]], [[U|Mohammed Iqbal]], [[U|Rosie Hart]]

[[U|Rosie Hart]] 10:02  @ [[U|mo]] can you merge the branch
[[U|Mohammed Iqbal]] 10:04  done. where's [[S|wei]]?
[[P|Chen Xiaoming]] 10:05  [[S|张伟]] is at the consulate with his cousin [[R|Zhang Lei]] today
[[U|Rosie Hart]] 10:06  ok. [[P|xiaoming]] did you see what he shared in the other group?
[[P|Chen Xiaoming]] 10:09  yes. the posts about "punishing traitors" abroad. I think [[R|Lei]] sends them
[[U|Mohammed Iqbal]] 10:11  tell [[U|jess]] before the review. she's the rep
[[S|David Zhang]] 10:30  sorry late. my mum [[R|Mrs Zhang]] called
[[S|David Zhang]] 10:31  the posts are from [[R|Zhang Lei]] not me. i only forwarded
[[U|Rosie Hart]] 10:33  [[S|wei]] forwarding is still sharing it
[[P|Chen Xiaoming]] 10:35  I'll talk to [[U|Dr Rutherford]]. no drama
[[U|Mohammed Iqbal]] 10:36  fine. [[NEG|Python]] notebook is in the [[NEG|SharePoint]] folder
""",
    },
    {
        "id": "d13-chat-emre",
        "kind": "chat_export",
        "subject": "Emre Çelik",
        "subject_aliases": ["Emo", "emre.c_1903"],
        "case_people": ["Barış Kılıç", "Çağla Aydın"],
        "tags": ["same_surname_relative", "diacritics", "chat_lowercase", "alias", "username", "social_handle"],
        "text": """WhatsApp export: "KOU Turkish Society committee"
[02/12/2025, 18:40] [[P|Barış Kılıç]]: arkadaşlar, [[S|Emre]] posted again on his insta
[02/12/2025, 18:41] [[P|Çağla Aydın]]: the one with the grey wolves sign? [[SI:SOCIAL_HANDLE|@emre.c_1903]]
[02/12/2025, 18:42] [[P|Barış Kılıç]]: yes. and his dad [[R|Şükrü Çelik]] commented "aferin oğlum"
[02/12/2025, 18:44] [[U|Deniz Öztürk]]: we can't have him at the [[NEG|Ankara]] night if he's doing this
[02/12/2025, 18:45] [[P|Çağla Aydın]]: [[R|ayşe]] (his sister) said he's changed since summer
[02/12/2025, 18:46] [[U|Deniz Öztürk]]: @[[P|barış]] you're president, you decide
[02/12/2025, 18:49] [[P|Barış Kılıç]]: i'll email [[U|Mr Pemberton]] at the students' union
[02/12/2025, 18:50] [[S|Emo]] 🐺: I'm literally in this chat [[P|çağla]]
[02/12/2025, 18:51] [[S|Emo]] 🐺: [[R|Ayşe Çelik]] should mind her own business
[02/12/2025, 18:53] [[U|Yusuf Demirtaş]]: bro the kurdish members feel threatened. [[U|Rojda]] left the society because of you
[02/12/2025, 18:55] [[P|Çağla Aydın]]: [[R|Mr Çelik]] is a donor to the society too. awkward
[02/12/2025, 18:57] [[P|Barış Kılıç]]: ok I'm taking it to [[U|Mr Pemberton]]. [[S|Emre]], sorry
""",
    },
    {
        "id": "d13-chat-farida",
        "kind": "chat_export",
        "subject": "Farida Noorzai",
        "subject_aliases": ["fari"],
        "case_people": ["Mohammad Qasim Safi", "Jess Whitlock"],
        "tags": ["same_surname_relative", "three_part_name", "chat_lowercase", "alias", "word_name"],
        "text": """Moodle messaging export – conversation between peer mentors, forwarded to Student Support
Participants: [[P|Jess Whitlock]], [[P|Mohammad Qasim Safi]], [[U|Sunny Baptiste]]

[[P|Mohammad Qasim Safi]] (11:02): salaam. [[S|Farida]] missed the Dari language café again
[[P|Jess Whitlock]] (11:04): I'll ring her. is [[S|fari]] ok?
[[P|Mohammad Qasim Safi]] (11:06): her brother [[R|Ahmad Noorzai]] arrived from [[NEG|Kabul]] via [[NEG|Calais]] last month. he says girls shouldn't be at uni
[[U|Sunny Baptiste]] (11:07): that's awful. does [[R|Mrs Noorzai]] agree with him?
[[P|Mohammad Qasim Safi]] (11:09): no, her mum supports her. it's only [[R|ahmad]]. also cousin [[R|Zarghuna]] told me he shares videos from a taliban-linked channel
[[P|Jess Whitlock]] (11:12): right, that's beyond us. tell [[U|jess b]] in safeguarding? not me, the other jess lol
[[U|Sunny Baptiste]] (11:13): [[U|Jess Barlow]] yes. it's sunny today so I'll drop round [[NEG|Sunny Bank]] halls after
[[P|Jess Whitlock]] (11:20): spoke to [[S|Farida]]. she wants to keep studying. [[S|Ms Noorzai]] asked us not to call home
[[P|Mohammad Qasim Safi]] (11:22): understood. [[P|MQS]] out
""",
    },
    {
        "id": "d13-email-joy",
        "kind": "email",
        "subject": "Joy Owusu",
        "subject_aliases": [],
        "case_people": ["Ruth Kennard", "Nnamdi Eze"],
        "tags": ["same_surname_relative", "word_name", "email_header", "greeting", "signoff", "signature"],
        "text": """From: [[P|Ruth Kennard]] <[[T:EMAIL_ADDRESS|ruth.kennard@kestrel-open.ac.uk]]>
To: [[P|Nnamdi Eze]] <[[T:EMAIL_ADDRESS|n.eze@kestrel-open.ac.uk]]>
Cc: [[U|Tom Gillespie]] <[[T:EMAIL_ADDRESS|t.gillespie@kestrel-open.ac.uk]]>
Subject: Concern – [[S|Joy Owusu]] ([[SI:STUDENT_NUMBER|K2216650]])

Hi [[P|Nnamdi]],

I'm writing about [[S|Joy Owusu]] on the [[NEG|Foundation Year]]. It gave me no joy to read her last forum post, which repeated claims from a group her brother [[R|Kwabena Owusu]] belongs to, calling for "action" against a named councillor in [[NEG|Croydon]].

[[S|Joy]] told me on the phone that [[R|Kwabena]] lives with her and their father, [[R|Mr Owusu]], and that her little sister [[R|Ama]] has started copying his language. She gave me her personal email, [[SI:EMAIL_ADDRESS|joyowusu.99@mailbox.example]], to use instead of her student address. Her classmate [[U|Esi Mensah-Boateng]] also flagged the post.

Could you advise whether this needs a Prevent referral? [[U|Tom]] has already asked [[U|Will Danvers]] in IT to keep a copy of the thread.

Thanks,
[[P|Ruth]]

--
[[P|Ruth Kennard]]
Senior Lecturer, Foundation Studies
Tel: [[T:PHONE_NUMBER|01632 960 714]] | [[T:EMAIL_ADDRESS|ruth.kennard@kestrel-open.ac.uk]]
""",
    },
    {
        "id": "d13-email-dimitris",
        "kind": "email",
        "subject": "Dimitris Papadopoulos",
        "subject_aliases": ["Jim"],
        "case_people": ["Sofia Antoniou", "Neil Armitage"],
        "tags": ["same_surname_relative", "forwarded_chain", "email_header", "greeting", "signoff", "alias", "title"],
        "text": """From: [[P|Neil Armitage]] <[[T:EMAIL_ADDRESS|neil.armitage@kestrel-open.ac.uk]]>
To: Prevent Team <[[NEG|prevent@kestrel-open.ac.uk]]>
Subject: FW: [[S|Dimitris]] – worrying messages

Forwarding below from [[P|Dr Antoniou]]. [[U|Kate]], please log it. – [[P|NA]]

---------- Forwarded message ----------
From: [[P|Sofia Antoniou]] <[[T:EMAIL_ADDRESS|s.antoniou@kestrel-open.ac.uk]]>
Date: Tue, 18 Nov 2025 16:22
To: [[P|Neil Armitage]] <[[T:EMAIL_ADDRESS|neil.armitage@kestrel-open.ac.uk]]>
Subject: [[S|Dimitris]] – worrying messages

Dear [[P|Neil]],

[[S|Dimitris Papadopoulos]] ("[[S|Jim]]" to most of the cohort) sent me three private messages overnight. He says his father, [[R|Giorgos Papadopoulos]], was beaten in [[NEG|Piraeus]] and that he and his brother [[R|Nikos]] intend to "go after" the people responsible, whom he names as members of a group in [[NEG|Athens]]. He attached a photo of [[R|Nikos Papadopoulos]] holding what looks like a flare gun.

[[S|Mr Papadopoulos]] is a strong student; I have never seen anything like this. His mother phoned [[U|Mrs Castellanos]] in the faculty office this morning, in tears. His friend [[U|Yiannis Georgiou]] is worried too.

Kind regards,
[[P|Sofia]]

--
[[P|Dr Sofia Antoniou]]
Lecturer in Classics | [[T:PHONE_NUMBER|+44 20 7946 0352]]
""",
    },
    {
        "id": "d13-email-hassan",
        "kind": "email",
        "subject": "Hassan al-Rashid",
        "subject_aliases": [],
        "case_people": ["Faisal bin Hamdan"],
        "tags": ["same_surname_relative", "particle", "email_header", "greeting", "signoff", "signature", "title"],
        "text": """From: [[U|Clare Whitmore]] <[[T:EMAIL_ADDRESS|clare.whitmore@kestrel-open.ac.uk]]>
To: [[SI:EMAIL_ADDRESS|h.alrashid@student.kestrel-open.ac.uk]]
Cc: [[P|Faisal bin Hamdan]] <[[T:EMAIL_ADDRESS|f.binhamdan@kestrel-open.ac.uk]]>
Subject: Following up our call – support available

Dear [[S|Hassan]],

Thank you for speaking with me and [[P|Mr bin Hamdan]] yesterday. I know it was hard to talk about your cousin [[R|Omar al-Rashid]] and the pressure you have been under since he moved in.

To summarise what we agreed:
• [[P|Faisal]] will meet you fortnightly as your Arabic-speaking mentor.
• Your extension for the [[NEG|Middle East Politics]] essay runs to 9 January.
• You will let us know if [[R|Omar]] contacts you again about travelling to [[NEG|Idlib]].

You mentioned that your father, [[R|Dr al-Rashid]], and your sister [[R|Layla al-Rashid]] do not know about the messages. We will not contact them without your agreement, unless someone is at risk.

If you need to talk out of hours, the line is staffed by [[U|Nadia Haddad]] and [[U|Bill Ashcroft]].

Best wishes,
[[U|Clare]]

--
[[U|Clare Whitmore]]
Student Wellbeing Lead, [[NEG|Kestrel Open University]]
Mobile: [[T:PHONE_NUMBER|07700 900 587]]
""",
    },
    {
        "id": "d13-email-ana",
        "kind": "email",
        "subject": "Ana Conceição Ferreira",
        "subject_aliases": [],
        "case_people": ["Helen Stoddart"],
        "tags": ["same_surname_relative", "diacritics", "email_header", "greeting", "signoff", "signature", "labelled_id"],
        "text": """From: [[S|Ana Conceição Ferreira]] <[[SI:EMAIL_ADDRESS|ana.c.ferreira@student.kestrel-open.ac.uk]]>
To: [[P|Helen Stoddart]] <[[T:EMAIL_ADDRESS|h.stoddart@kestrel-open.ac.uk]]>
Subject: Re: Your attendance

Hi [[P|Helen]],

Sorry I haven't replied. Things are difficult at home. My father, [[R|João Ferreira]], has been in hospital in [[NEG|Porto]] and my mother [[R|Maria da Conceição Ferreira]] went to look after him, so I am alone with my brother [[R|Tiago]].

I need to tell you something else. [[R|Tiago]] has joined a group online run by a man called [[U|Rui Coutinho]]. They talk about "defending Europe" and he asked me to help edit videos. I said no. My friend [[U|Inês Barros]] thinks I should tell the university, so I am telling you.

My student number is [[SI:STUDENT_NUMBER|K2278094]] and my phone is [[SI:PHONE_NUMBER|07700 900 146]]. Please don't contact [[R|Mrs Ferreira]], she has enough to deal with.

Thanks,
[[S|Ana]]

> On 3 Feb, [[P|Helen Stoddart]] wrote:
> Dear [[S|Ana]], I noticed you have missed three tutorials...
> [[P|Helen Stoddart]], Personal Tutor, [[NEG|Faculty of Arts]]
""",
    },
    {
        "id": "d13-email-mark",
        "kind": "email",
        "subject": "Mark Whitfield",
        "subject_aliases": ["Whitters"],
        "case_people": ["Priyanka Sandhu", "Gordon Lamb"],
        "tags": ["same_surname_relative", "word_name", "email_header", "greeting", "signoff", "signature", "alias", "initials"],
        "text": """From: [[P|Priyanka Sandhu]] <[[T:EMAIL_ADDRESS|priyanka.sandhu@kestrel-open.ac.uk]]>
To: [[P|Gordon Lamb]] <[[T:EMAIL_ADDRESS|g.lamb@kestrel-open.ac.uk]]>
Subject: [[S|Mark Whitfield]] – assignment content

Hi [[P|Gordon]],

While marking the [[NEG|Level 6]] dissertations against the mark scheme I found a section in [[S|Mark Whitfield]]'s draft that copies a manifesto almost word for word. He has not cited it. I have put a question mark in the margin and saved a copy.

[[S|Mark]] told his seminar group that his dad, [[R|Bill Whitfield]], "knows people" in a banned group. His sister [[R|Summer Whitfield]] is on our [[NEG|Early Years]] course and her tutor, [[U|Hazel Quigley]], says [[R|Summer]] is frightened of him. Their mother [[R|Mrs Whitfield]] emailed last week about fees only.

Students on his course call him "[[S|Whitters]]". [[U|Connor Blake]] and [[U|Ifeoma Nwosu]] have both said he talks about it openly.

Can we discuss at Thursday's panel? [[U|Dawn Fairley]] will minute.

Thanks,
[[P|Priyanka]]

--
[[P|Dr Priyanka Sandhu]] | Senior Lecturer, Childhood Studies
T: [[T:PHONE_NUMBER|(0113) 496 0921]]
""",
    },
    {
        "id": "d13-email-lucia",
        "kind": "email",
        "subject": "Lucía Herrera Vidal",
        "subject_aliases": ["Lu"],
        "case_people": ["Owen Parry"],
        "tags": ["same_surname_relative", "diacritics", "double_surname", "email_header", "greeting", "signoff", "signature"],
        "text": """From: [[P|Owen Parry]] <[[T:EMAIL_ADDRESS|owen.parry@kestrel-open.ac.uk]]>
To: [[U|Marisol Ortega]] <[[T:EMAIL_ADDRESS|m.ortega@kestrel-open.ac.uk]]>
Cc: [[U|Gemma Tranter]] <[[T:EMAIL_ADDRESS|gemma.tranter@kestrel-open.ac.uk]]>
Subject: Interpreting for a call with [[S|Lucía Herrera Vidal]]'s family?

Dear [[U|Marisol]],

I'm the personal tutor for [[S|Lucía Herrera Vidal]] ("[[S|Lu]]" in class). She has asked for a meeting with her parents present, and I understand her father, [[R|Mr Herrera]], speaks little English. Would you be able to interpret?

Background, in confidence: [[S|Lucía]]'s brother [[R|Pablo Herrera Vidal]] has been arrested in [[NEG|Valencia]] in connection with an online group. [[S|Ms Herrera Vidal]] is not implicated, but she is being harassed by [[R|Pablo]]'s friends, including someone using the handle [[T:SOCIAL_HANDLE|@cruzado_88]]. Her partner [[U|Diego Salas]] has been supportive.

[[U|Gemma]] from Prevent is copied for awareness. The family's number is [[T:PHONE_NUMBER|+34 612 345 901]].

Many thanks,
[[P|Owen]]

--
[[P|Owen Parry]]
Personal Tutor, [[NEG|Modern Languages]]
[[T:PHONE_NUMBER|029 2018 0443]]
""",
    },
    {
        "id": "d13-minutes-rebin",
        "kind": "meeting_minutes",
        "subject": "Rebin Karimi",
        "subject_aliases": [],
        "case_people": ["Sian Holloway", "Kaveh Moradi"],
        "tags": ["same_surname_relative", "attendees", "initials", "title"],
        "text": """Prevent Case Review – minutes
Date: 21 October 2025, 14:00, via Teams
Present: [[P|Sian Holloway]] (Prevent Lead, chair), [[P|Dr Kaveh Moradi]] (Personal Tutor), [[U|Andrew Keble]] (Head of Student Services), [[U|Grace Oyelaran]] (Safeguarding Officer)
Apologies: [[U|Marcus Lindley]], [[U|Prof. Hilary Voss]]
Minutes: [[U|Grace Oyelaran]]

1. Student: [[S|Rebin Karimi]], [[NEG|MA International Relations]], ID [[SI:STUDENT_NUMBER|K2319062]].
[[P|KM]] reported that [[S|Rebin]] has been receiving threats from an account believed to belong to his cousin [[R|Shler Karimi]], who accuses [[S|Rebin]] of working with "the Turks". [[S|Mr Karimi]] is the target, not the source, of the concern.

2. [[U|AK]] noted that [[R|Mr Karimi]] senior, [[R|Hejar Karimi]], called reception twice. No information was shared.

3. [[P|SH]] advised that this is primarily a safeguarding matter. Police contact via [[U|PC Joanne Rigby]] if threats escalate.

Actions:
- [[P|KM]] to meet [[S|Rebin]] this week and agree a safety plan.
- [[U|GO]] to log the messages and share with [[U|PC Rigby]] only with consent.
- [[P|SH]] to review on 4 November. [[R|Shler]] is not a student; no action within the University.
""",
    },
    {
        "id": "d13-minutes-priya",
        "kind": "meeting_minutes",
        "subject": "Priya Raghunathan",
        "subject_aliases": ["Pri"],
        "case_people": ["Sunil Mehta-Crane", "Joy Fenwick"],
        "tags": ["same_surname_relative", "attendees", "initials", "hyphenated", "word_name", "title"],
        "text": """Minutes of the Student Concerns Panel
Held: 6 February, Room 2.14 [[NEG|Rose Court]] and online
Attendees: [[P|Dr Sunil Mehta-Crane]] (chair, Associate Dean); [[P|Joy Fenwick]] (Prevent Coordinator); [[U|Olu Fashola]] (Disability Service); [[U|Ms Carmen Ruiz]] (Personal Tutor)
Apologies: [[U|Mr Hugh Bellamy]]

Item 1 – [[S|Priya Raghunathan]] ([[SI:STUDENT_NUMBER|K2-204-887]])
[[U|Ms Ruiz]] reported that [[S|Priya]] submitted a coursework appendix with images from a forum that glorifies attacks on a temple in [[NEG|Leicester]]. [[S|Ms Raghunathan]] told [[U|CR]] that the appendix was put together by her brother [[R|Venkat Raghunathan]], who helped "format" it. Her mother, [[R|Mrs Raghunathan]], and her younger sister [[R|Divya]] are unaware.

[[P|JF]] observed that [[S|Pri]] (as she signs her emails) was open and cooperative. [[U|OF]] confirmed an existing support plan for anxiety.

Decision: no Channel referral at this stage; academic integrity route for the appendix.

Actions:
[[U|CR]] to meet [[S|Priya]] with [[U|Olu]] present.
[[P|SMC]] to write to [[S|Priya]] confirming the outcome.
[[P|JF]] to review in four weeks. Next panel: 6 March.
""",
    },
    {
        "id": "d13-minutes-giulia",
        "kind": "meeting_minutes",
        "subject": "Giulia Romano",
        "subject_aliases": ["Giuli"],
        "case_people": ["Francesca De Luca"],
        "tags": ["same_surname_relative", "particle", "attendees", "initials", "title", "word_name"],
        "text": """SAFEGUARDING GROUP — MINUTES
Meeting held 12 May 2025 (online)
Present: [[P|Dr Francesca De Luca]] (Chair), [[U|Patrick Nolan]] (Deputy Safeguarding Lead), [[U|Hope Adebisi]] (Wellbeing), [[U|Mr Stuart Finch]] (Academic Registrar)
Apologies: [[U|Ms Anjali Rao]]
Minute taker: [[U|Hope Adebisi]]

1. [[S|Giulia Romano]] – [[NEG|BSc Psychology]], Year 2. DOB [[SI:DATE_OF_BIRTH|02/09/1999]].
[[U|PN]] summarised: [[S|Giulia]] disclosed that her partner's brother, [[U|Matteo Ricci]], and her own father [[R|Marco Romano]] attend a group in [[NEG|Bedford]] that has distributed antisemitic leaflets. [[S|Ms Romano]] is frightened that [[R|Mr Romano]] will find out she spoke to us.

2. [[R|Chiara Romano]] (sister, not a student) has also been approached. [[R|Chiara]] is 17.
[[P|FDL]] noted the duty of care extends to a child at risk and the Local Authority may need to be informed.

3. [[U|Mr Finch]] confirmed [[S|Giuli]]'s mitigating circumstances claim is accepted.

Actions
• [[U|PN]] to contact the LADO via [[U|Sandra Whittle]].
• [[U|HA]] to call [[S|Giulia]] on Wednesday.
• [[P|Dr De Luca]] to report to the [[NEG|Prevent Steering Group]].
""",
    },
    {
        "id": "d13-minutes-kofi",
        "kind": "meeting_minutes",
        "subject": "Kofi Asante",
        "subject_aliases": ["KA"],
        "case_people": ["Eilidh MacAskill", "Bola Adewale"],
        "tags": ["same_surname_relative", "attendees", "initials", "title", "word_name"],
        "text": """Channel pre-referral discussion – minutes
Date: 27 January 2026
Attendees: [[P|Eilidh MacAskill]] (Prevent Lead), [[P|Bola Adewale]] (Faculty Safeguarding), [[U|DS Martin Creswell]] (Counter Terrorism Policing, observer), [[U|Faith Ogunleye]] (Student Union Advice)
Apologies: [[U|Ms Justine Harker]]
Minutes: [[P|Bola Adewale]]

Subject: [[S|Kofi Asante]], [[NEG|BA Business Management]], student number [[SI:STUDENT_NUMBER|K2172209]].

[[P|EM]] outlined the concern: [[S|Kofi]] has posted on the module forum in support of a sovereign-citizen style movement and told peers that laws "don't apply" to him. His uncle, [[R|Yaw Asante]], is said to run the group's [[NEG|Manchester]] branch.

[[U|DS Creswell]] confirmed no police interest in [[S|Mr Asante]] at present. [[U|FO]] noted that [[S|Kofi]]'s mother, [[R|Akosua Asante]], contacted the Union in December for help with debt. Keep the faith with the family, she said, rather than cutting them off.

[[R|Mr Asante]] (father) has not been in contact.

Actions:
[[P|BA]] to arrange a meeting with [[S|KA]] and his personal tutor [[U|Dr Ngozi Umeh]].
[[P|EM]] to decide on Channel referral after that meeting.
""",
    },
    {
        "id": "d13-minutes-tendai",
        "kind": "meeting_minutes",
        "subject": "Tendai Moyo",
        "subject_aliases": ["Tee"],
        "case_people": ["Sunny Chikwanha"],
        "tags": ["same_surname_relative", "attendees", "initials", "word_name", "title"],
        "text": """Meeting: Student Risk Group
Date: Thursday 4 September
In attendance: [[U|Mrs Alison Crowther]] (Director of Student Experience), [[P|Sunny Chikwanha]] (Residential Life), [[U|Dr Leo Fairhurst]] (Tutor), [[U|Precious Banda]] (Mental Health Adviser)
Apologies: none
Minutes: [[U|Leo Fairhurst]]

1. Case: [[S|Tendai Moyo]], student no. [[SI:STUDENT_NUMBER|K2109945]], [[NEG|LLB Law]].
[[P|SC]] reported that [[S|Tendai]] ("[[S|Tee]]") has been sleeping at his aunt's home in [[NEG|Sunny Bank]] since August. His cousin [[R|Tatenda Moyo]] is believed to be involved with a group recruiting online for a militia, and has pressured [[S|Mr Moyo]] to "come home and fight".

2. [[U|PB]] noted [[S|Tendai]] is sleeping badly and has stopped eating properly. His mother, [[R|Rudo Moyo]], phoned [[U|Precious]] on [[T:PHONE_NUMBER|+263 77 412 3098]] from [[NEG|Harare]] asking the university to "keep him safe".

3. [[U|AC]] asked whether [[R|Mrs Moyo]] had consent to be given information. Answer: no; [[S|Tee]] will speak to her himself.

Actions:
• [[P|Sunny]] to check in daily (sunny days or not, he said).
• [[U|LF]] to agree extensions.
• [[U|AC]] to brief the Prevent lead, [[U|Mr Dominic Shaw]].
• [[R|Tatenda]] not a student – no university action.
""",
    },
    {
        "id": "d13-chron-bilal",
        "kind": "case_chronology",
        "subject": "Bilal Hussain",
        "subject_aliases": ["Billy"],
        "case_people": ["Samina Malik", "Robert Steele"],
        "tags": ["same_surname_relative", "unrelated_same_surname", "initials", "title", "alias", "labelled_id", "unissued_prefix"],
        "text": """CASE CHRONOLOGY – [[S|Bilal Hussain]] – Ref [[NEG|PRV-2025-0147]]
Student no. [[SI:STUDENT_NUMBER|K2141176]] | NI no. [[SI:UK_NINO|BG 63 81 27 D]] | DOB [[SI:DATE_OF_BIRTH|11/12/2002]]

08/09/2025 – Tutor reports [[S|Bilal]] shared a video praising a recent attack during an online seminar. Removed by moderator. ([[P|S. Malik]])
10/09/2025 – Call with [[S|Bilal]]. Says his older brother [[R|Tariq Hussain]] "showed him the real news". Friends know him as "[[S|Billy]]". ([[P|S. Malik]])
15/09/2025 – [[R|Mrs Hussain]] (mother) emails asking why her son's access was suspended. Holding reply sent by [[U|Caroline Moss]]. — [[P|RS]]
19/09/2025 – GP letter from [[R|Dr Imran Hussain]] (no relation) confirms [[S|Mr Hussain]] is being treated for depression. — [[P|RS]]
23/09/2025 – Multi-agency call with [[U|PC Daniel Orme]] and [[U|Farzana Begum]] (Local Authority). [[R|Tariq]] known to police. — [[P|RS]]
30/09/2025 – [[S|Bilal]] agrees to mentoring with [[U|Yasir Qureshi]]. Younger sister [[R|Sana Hussain]] attended for support. ([[P|S. Malik]])
14/10/2025 – Review. Engagement good. Case remains open. — [[P|Robert Steele]], Prevent Lead
""",
    },
    {
        "id": "d13-chron-anneke",
        "kind": "case_chronology",
        "subject": "Anneke van der Berg",
        "subject_aliases": ["Anna"],
        "case_people": ["Siobhán Ní Mhurchú"],
        "tags": ["same_surname_relative", "particle", "diacritics", "initials", "labelled_id", "driving_licence"],
        "text": """Chronology of contact — [[S|Anneke van der Berg]]
Student number: [[SI:STUDENT_NUMBER|K2266031]]   Driving licence: [[SI:UK_DRIVING_LICENCE|VANDE852194AV9TK]]

2 Mar — [[S|Anneke]] reports that her father [[R|Pieter van der Berg]] has been visiting an encampment near [[NEG|Hull]] run by anti-government "freemen". — [[P|SNM]]
4 Mar — Student says [[R|Mr van der Berg]] wants her to stop paying council tax and to cancel her student loan. She asks to be called [[S|Anna]] in correspondence. — [[P|SNM]]
9 Mar — Sister [[R|Lotte van der Berg]] calls, saying [[R|Pieter]] has taken the car, reg [[T:UK_VEHICLE_REGISTRATION|YX68 HTD]], to a rally in [[NEG|Lincoln]]. — [[U|JW]]
11 Mar — Discussed with [[U|Jacob Wilkinson]] (Prevent) and [[U|Dr Evert de Jong]], who teaches [[S|Ms van der Berg]]'s [[NEG|Environmental Science]] module. — [[P|Siobhán Ní Mhurchú]]
16 Mar — [[S|Anneke]] attends in person. Calm. Mother [[R|Mrs van der Berg]] is supportive. Neighbour [[U|Marjorie Quince]] has offered a room. — [[P|SNM]]
20 Mar — Closed to Prevent; open to wellbeing. — [[U|J. Wilkinson]]
""",
    },
    {
        "id": "d13-chron-ewan",
        "kind": "case_chronology",
        "subject": "Ewan Sinclair",
        "subject_aliases": [],
        "case_people": ["Morven Gillies", "Karen Mbeki"],
        "tags": ["same_surname_relative", "word_name", "initials", "title", "labelled_id", "ip_address"],
        "text": """Case chronology: [[S|Ewan Sinclair]] (ID [[SI:STUDENT_NUMBER|K2032587]])

12.01 — IT security flags repeated searches for explosive precursors from a VLE session at [[SI:IP_ADDRESS|81.144.203.57]], logged into [[S|Ewan]]'s account. ([[P|MG]])
13.01 — [[S|Ewan]] says his younger brother [[R|Iain Sinclair]] used his laptop for a "chemistry project". ([[P|M. Gillies]])
14.01 — Mother [[R|Morag Sinclair]] confirms by phone that [[R|Iain]] is 16 and at school in [[NEG|Perth]]. She asks that [[R|Mr Sinclair]] not be told, as he is "not well". — [[P|KM]]
17.01 — Police Scotland contact via [[U|DC Fraser Lennox]]. [[U|Sgt Will Imrie]] to visit the family home. — [[P|KM]]
20.01 — Visit completed. [[U|DC Lennox]] reports no further concern about [[S|Mr Sinclair]]; [[R|Iain]] referred to school support. — [[P|Karen Mbeki]]
22.01 — [[S|Ewan]] angry that his grandmother [[R|Jean Sinclair]] was visited. Apology letter sent by [[U|Prof. Alasdair Munro]]. ([[P|Morven Gillies]])
29.01 — Case closed. [[NEG|Will]] review if flagged again. ([[P|M. Gillies]])
""",
    },
    {
        "id": "d13-chron-faith",
        "kind": "case_chronology",
        "subject": "Faith Njoroge",
        "subject_aliases": [],
        "case_people": ["Tom Harrington", "Wairimu Kariuki"],
        "tags": ["same_surname_relative", "word_name", "initials", "title", "labelled_id"],
        "text": """Chronology – [[S|Faith Njoroge]], [[NEG|MSc Public Health]] – student no. [[SI:STUDENT_NUMBER|K2350418]]

1 April – Module leader [[P|Tom Harrington]] notes [[S|Faith]]'s reflective log quotes a preacher who says members who leave the [[NEG|Faith]] "deserve what comes". [[S|Ms Njoroge]] otherwise performing well. — [[P|TH]]
3 April – [[S|Faith]] explains the quotes come from her father, [[R|Pastor Njoroge]], who leads a small church in [[NEG|Nakuru]] and on Zoom. Her brother [[R|Kamau Njoroge]] is "fully in it". — [[P|TH]]
8 April – Call with peer mentor [[P|Wairimu Kariuki]] in Swahili. [[S|Faith]] says her mother [[R|Wanjiru]] wants to leave the church but is afraid. — [[P|W. Kariuki]]
10 April – Reviewed by Prevent lead [[U|Ms Rosalind Eke]]. Not a Prevent matter: religious coercion, not terrorism. In good faith, referred to wellbeing. — [[U|RE]]
16 April – [[R|Kamau]] emails the University from [[T:EMAIL_ADDRESS|kamau.njoroge@mailbox.example]] demanding her grades. No reply sent. — [[P|TH]]
22 April – [[S|Faith]] moves into university-arranged housing. [[U|Joy Atieno]] (housing officer) assists. [[R|Mr Njoroge]] informed only that she is safe. — [[P|WK]]
""",
    },
    {
        "id": "d13-chron-ahmet",
        "kind": "case_chronology",
        "subject": "Ahmet Yıldız",
        "subject_aliases": ["Ahmed Yildiz"],
        "case_people": ["Gülşen Arslan"],
        "tags": ["same_surname_relative", "diacritics", "initials", "title", "labelled_id", "ip_address"],
        "text": """Chronology: [[S|Ahmet Yıldız]] (misspelt "[[S|Ahmed Yildiz]]" in SITS) — [[SI:STUDENT_NUMBER|K2198760]]
Passport: [[SI:UK_PASSPORT|127450938]]

05.05 — Report from [[U|Dr Gemma Pickford]]: [[S|Ahmet]] posted a link to a PKK-related fundraiser on the course forum from IPv6 [[SI:IP_ADDRESS|2a02:c7f:9d14:3e00::1b]]. Link removed. — [[P|GA]]
06.05 — [[S|Mr Yıldız]] says he shared it for a [[NEG|Turkish Politics]] assignment; he is critical of it. — [[P|G. Arslan]]
09.05 — His uncle, [[R|Serkan Yıldız]], phones and claims [[S|Ahmet]] is "being recruited". Caller hostile. — [[P|GA]]
12.05 — Discussion with [[U|Çiğdem Koç]] (Turkish-speaking adviser) and [[U|Mr Huw Pennant]]. Agreed this is likely a family dispute. — [[P|Gülşen Arslan]]
15.05 — [[S|Ahmet]]'s mother, [[R|Hatice Yıldız]], attends with him. She says [[R|Serkan]] is the one in trouble, over a debt. [[R|Mrs Yıldız]] asks for no contact with [[R|Mr Serkan Yıldız]]. — [[P|GA]]
20.05 — Academic misconduct: none. Prevent: no further action. [[U|HP]] informed. — [[P|G. Arslan]]
""",
    },
    {
        "id": "d13-incident-kateryna",
        "kind": "incident_report",
        "subject": "Kateryna Bondar",
        "subject_aliases": ["Katya"],
        "case_people": ["Alan Prescott", "Noor Haidari"],
        "tags": ["same_surname_relative", "title", "ip_address", "vehicle", "labelled_id", "word_name"],
        "text": """INCIDENT REPORT – Ref [[NEG|INC/25/0392]]
Date/time: 14 November 2025, 18:20
Location: [[NEG|Learning Centre]], [[NEG|Milton Keynes]] study hub
Reported by: [[P|Alan Prescott]], Security Supervisor
Witnesses: [[P|Noor Haidari]] (student), [[U|Mr Patrick Oyelowo]] (caretaker)

Description: A man later identified as [[R|Mykola Bondar]] arrived in a silver Skoda, registration [[T:UK_VEHICLE_REGISTRATION|LB19 XKP]], and demanded to see his niece, [[S|Kateryna Bondar]]. He shouted that [[S|Katya]] was "a traitor" for volunteering with a refugee charity. [[P|Ms Haidari]] took [[S|Kateryna]] into a side room. [[P|AP]] asked him to leave.

[[S|Ms Bondar]] later said her uncle had been sending messages from the email [[T:EMAIL_ADDRESS|m.bondar.ua@mailbox.example]] and had logged into the hub Wi-Fi; logs show his device at [[T:IP_ADDRESS|10.41.7.233]]. Her mother, [[R|Olena Bondar]], was phoned by [[S|Kateryna]] from the room.

Police attended: [[U|PC Sarah Kinsella]] (collar 4471) and [[U|PC Dev Rana]]. [[R|Mr Bondar]] was spoken to and left at 18:55. Crime ref [[NEG|43250118873]].

Follow-up: [[U|Mrs Gill Hardy]] to review CCTV. [[P|Alan Prescott]] to complete the security log.
Signed: [[P|A. Prescott]]
""",
    },
    {
        "id": "d13-incident-dawn",
        "kind": "incident_report",
        "subject": "Dawn Pritchard",
        "subject_aliases": [],
        "case_people": ["Ifan Roberts"],
        "tags": ["same_surname_relative", "word_name", "title", "vehicle", "labelled_id", "ip_address"],
        "text": """Security Incident Report
Reporter: [[P|Ifan Roberts]] (Night Porter)    Date: 28/02/2026    Time: 05:50, just before dawn
Site: [[NEG|Dawn House]] residences, [[NEG|Cardiff]]

At approximately 05:50 I saw a red van, [[T:UK_VEHICLE_REGISTRATION|CY22 FWD]], parked across the gates. The driver, who gave his name as [[R|Gethin Pritchard]], said he had come to collect his daughter [[S|Dawn Pritchard]] and "get her away from these people". [[S|Dawn]] came down with her flatmate [[U|Amara Okeke]]. [[S|Ms Pritchard]] told me she did not want to go.

[[R|Mr Pritchard]] had leaflets in the van from a group opposing the new mosque on [[NEG|Clifton Street]]. Her brother [[R|Rhodri]] was in the passenger seat filming on his phone. Witness [[U|Lewys Bevan]] (resident) also saw this.

I called the police. [[U|DS Anwen Rees]] and [[U|PC Tom Baxter]] attended at 06:15. [[R|Rhodri Pritchard]] was asked to stop filming.

[[S|Dawn]] later told [[U|Ms Kelly Amos]] (on-call warden) that her father has access to her Wi-Fi account; last login from [[T:IP_ADDRESS|86.14.221.9]]. Password reset by [[U|KA]]. Her mother, [[R|Mrs Pritchard]], phoned at 07:30.

— [[P|I. Roberts]]
""",
    },
    {
        "id": "d13-incident-abdirahman",
        "kind": "incident_report",
        "subject": "Abdirahman Farah",
        "subject_aliases": ["Abdi"],
        "case_people": ["Claire Devenish", "Mustafe Ali"],
        "tags": ["same_surname_relative", "title", "ip_address", "alias", "labelled_id"],
        "text": """ONLINE INCIDENT REPORT
Reporter: [[P|Claire Devenish]], Digital Learning Team
Date: 9 June 2025
Student: [[S|Abdirahman Farah]] ("[[S|Abdi]]"), ID [[SI:STUDENT_NUMBER|K2257301]]

Summary: During a live webinar for [[NEG|Introduction to Economics]], an account displayed as "[[S|Abdi F]]" shared a screen showing a flag associated with al-Shabaab for roughly 20 seconds. The session log records the connection from [[SI:IP_ADDRESS|2001:db8:4a2e:7c::19]] and a second device at [[SI:IP_ADDRESS|92.40.188.17]].

Witnesses: [[U|Dr Rachel Penrose]] (presenter), [[P|Mustafe Ali]] (student rep) and about 40 students.

[[S|Mr Farah]] contacted [[P|Mustafe]] soon after, saying his cousin [[R|Mahad Farah]] had been using his laptop. [[R|Mahad]] is staying with the family in [[NEG|Bristol]]. [[S|Abdirahman]]'s mother, [[R|Mrs Farah]], and his sister [[R|Hibaaq Farah]] confirmed this in a call with [[U|Sgt Colin Mayhew]] on 10 June.

Actions: recording preserved by [[P|CD]]; [[U|Mr Ibrahim Nur]] (Prevent coordinator) informed. No further webinar access until [[S|Abdi]] meets [[U|Ibrahim]].

Signed: [[P|C. Devenish]]
""",
    },
    {
        "id": "d13-letter-oisin",
        "kind": "letter",
        "subject": "Oisín Breathnach",
        "subject_aliases": [],
        "case_people": ["Margaret Quayle"],
        "tags": ["same_surname_relative", "diacritics", "named_house", "split_postcode", "salutation", "signoff"],
        "text": """[[NEG|Kestrel Open University]]
Student Safeguarding Office

[[S|Mr Oisín Breathnach]]
[[SI:STREET_ADDRESS|Ard na Gréine, Ballyhackamore Road]]
Belfast
[[SI:UK_POSTCODE|BT5 6QZ]]

19 January 2026

Dear [[S|Oisín]],

Thank you for meeting [[U|Mr Cormac Dunne]] and me last week. I am writing to confirm what we discussed.

You told us that your brother, [[R|Colm Breathnach]], and a man called [[U|Dessie Flood]] have asked you to store "materials" at the house. You said you had refused and that your mother, [[R|Eimear Breathnach]], does not know. We have not contacted [[R|Mrs Breathnach]] or [[R|Colm]] and will not do so without your agreement unless someone is at immediate risk.

As agreed, [[U|Dr Áine Carville]] will be your named contact and will phone you each Monday. If you feel unsafe, please call 999 or contact [[U|Sergeant Niall Gormley]] at the neighbourhood office.

Your studies are not affected. [[U|Prof. Derek Hume]] has approved the extension for your [[NEG|Irish History]] module.

Yours sincerely,

[[P|Margaret Quayle]]
Head of Safeguarding
cc: [[U|Dr Á. Carville]]
""",
    },
    {
        "id": "d13-letter-adrian",
        "kind": "letter",
        "subject": "Adrian Nowak",
        "subject_aliases": [],
        "case_people": ["Helen Cartwright"],
        "tags": ["same_surname_relative", "no_house_number", "split_postcode", "salutation", "signoff", "labelled_id", "iban"],
        "text": """[[R|Mrs Beata Nowak]]
[[T:STREET_ADDRESS|Willow Lane]]
[[NEG|Grantham]]
[[T:UK_POSTCODE|NG31 8RT]]

Our ref: [[NEG|SS/0926]]
12 March 2026

Dear [[R|Mrs Nowak]],

Re: your son, [[S|Adrian Nowak]], student number [[SI:STUDENT_NUMBER|K2-115-604]]

Thank you for your letter of 2 March. I understand your worry about [[S|Adrian]] and about his friend [[U|Kamil Zieliński]], who you say has introduced him to people from a nationalist group in [[NEG|Peterborough]].

I must explain that [[S|Adrian]] is an adult and we cannot share details of his studies or support without his consent. I have passed your letter to his personal tutor, [[U|Mr Vikram Desai]], who will ask [[S|Mr Nowak]] whether he is happy for us to speak to you.

You asked us to refund the fees you paid for his younger brother [[R|Filip]]. [[R|Filip Nowak]]'s refund will go to the IBAN you gave, [[T:IBAN_CODE|GB47 LOYD 3091 2264 8815 07]], within 10 working days. [[U|Ms Grace Whitby]] in Finance is handling this.

If your husband, [[R|Mr Nowak]], wishes to write separately, he may.

Yours sincerely,

[[P|Helen Cartwright]]
Student Casework Manager
""",
    },
    {
        "id": "d13-letter-themba",
        "kind": "letter",
        "subject": "Themba Khumalo",
        "subject_aliases": [],
        "case_people": ["Douglas Fairweather", "Lindiwe Ngcobo"],
        "tags": ["same_surname_relative", "numbered_house", "split_postcode", "salutation", "signoff", "title"],
        "text": """PRIVATE AND CONFIDENTIAL

[[S|Mr T. Khumalo]]
[[SI:STREET_ADDRESS|Flat 3, 27 Hope Street]]
[[NEG|Sheffield]]
[[SI:UK_POSTCODE|S3 7QD]]

5 December 2025

Dear [[S|Themba]],

Outcome of your support meeting

Thank you for attending on 1 December with [[P|Ms Lindiwe Ngcobo]] (your adviser) and [[U|Dr Peter Oakes]]. I am sorry that your cousin, [[R|Sibusiso Khumalo]], has been sending you messages that frighten you.

You told us that [[R|Sibusiso]] and his friend [[U|Jaco Steyn]] share material from a group that calls for violence against farm workers, and that they want you to raise money for it. You have refused. We think you did the right thing. Your aunt, [[R|Mrs Khumalo]], and your sister [[R|Nandi Khumalo]] have been told by you, and you are happy for [[P|Ms Ngcobo]] to speak with [[R|Nandi]].

We will not refer you to Channel. [[P|Lindiwe]] will meet you fortnightly, and [[U|Dr Oakes]] has agreed a new deadline.

With best wishes,

[[P|Douglas Fairweather]]
Deputy Director, Student Services
cc: [[P|L. Ngcobo]]; [[U|Dr P. Oakes]]
""",
    },
]
