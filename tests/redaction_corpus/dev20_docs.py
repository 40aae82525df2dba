# ruff: noqa: E501
"""dev20: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d20-tutor-aoife",
        "kind": "tutor_report",
        "subject": "Aoife Ní Bhriain",
        "subject_aliases": [],
        "case_people": ["Neil Hargreaves"],
        "tags": ["diacritics", "same_surname_relative", "title", "signature", "labelled_id", "word_name"],
        "text": """[[NEG|Northmoor Open University]] – Personal Tutor Concern Form
Student: [[S|Aoife Ní Bhriain]]    Student no.: [[SI:STUDENT_NUMBER|S2318840]]
Module: [[NEG|BA Irish Studies]], Year 2

[[S|Aoife]] has missed three consecutive online seminars since early [[NEG|March]]. In a call on 12/03 she said her mother, [[R|Máire Ní Bhriain]], had been unwell and that she was staying with her aunt [[R|Síle Ní Bhriain]] in [[NEG|Galway]]. She mentioned that a man she called [[U|Declan]] had been sending her long voice notes about "the cause" and asked whether she would join a reading group run by [[U|Pádraig Ó Murchú]].

I have no evidence of harm, but the tone of what [[S|Ms Ní Bhriain]] described worried me. [[R|Mrs Ní Bhriain]] rang the faculty office on 14/03 (number left: [[T:PHONE_NUMBER|087 555 0193]]) and spoke to [[P|Dr N. Hargreaves]], who logged the call. [[S|Aoife]]'s seminar partner [[U|Faith Odum]] also said [[S|Aoife]] seemed withdrawn. Keeping [[NEG|faith]] with her study plan matters, so an extension has been offered.

Referred to the safeguarding lead for advice only.
Signed: [[P|N. Hargreaves]], Personal Tutor
""",
    },
    {
        "id": "d20-tutor-kwame",
        "kind": "tutor_report",
        "subject": "Kwame Asante-Boateng",
        "subject_aliases": ["KAB"],
        "case_people": ["Lorraine Whitfield", "Samuel Ofori"],
        "tags": ["same_surname_relative", "word_name", "initials", "title", "hyphenated", "labelled_id"],
        "text": """PROGRESS REPORT – Term 2
Name: [[S|Kwame Asante-Boateng]] ([[S|KAB]])   DOB: [[SI:DATE_OF_BIRTH|19/07/2003]]
Programme: [[NEG|BSc Computer Science]]

Engagement has dropped since January. [[S|Mr Asante-Boateng]] told me his father, [[R|Kofi Asante-Boateng]], lost his job and the family are struggling; his younger sister [[R|Grace]] is covering shifts so [[S|Kwame]] can study. By [[NEG|grace]] of a hardship award he kept his laptop.

On 2 February his project partner [[U|Bill Tranter]] forwarded me a link [[S|Kwame]] had posted to the module forum: [[T:URL|https://truthforge.example.net/t/awaken-88]]. The account behind it is run by someone using the handle [[T:SOCIAL_HANDLE|@iron_sentinel_uk]]. [[S|Kwame]] says he was "just curious" and removed it.

I spoke with [[P|Dr L. Whitfield]] (module lead) and [[P|Mr Ofori]] from Student Support. [[P|SO]] will phone [[S|KAB]] this week. [[R|Mr Asante-Boateng]] senior has asked to be kept informed; I explained we need [[S|Kwame]]'s consent first.

Recommendation: no referral yet; monitor, and offer study-skills sessions with [[U|Hope Akintola]].

Signed: [[P|L. Whitfield]]
""",
    },
    {
        "id": "d20-tutor-hong",
        "kind": "tutor_report",
        "subject": "Nguyễn Thị Hồng",
        "subject_aliases": ["Hong", "Rosie"],
        "case_people": ["Patricia Doyle"],
        "tags": ["diacritics", "same_surname_relative", "alias", "word_name", "initials", "surname_first"],
        "text": """Personal tutor note – confidential
Student: [[S|Nguyễn Thị Hồng]] (prefers "[[S|Rosie]]")   ID: [[SI:STUDENT_NUMBER|23-118-47]]

Met [[S|Hồng]] on Teams, 21 November. She is anxious about her brother [[R|Nguyễn Văn Minh]], who moved to [[NEG|Birmingham]] in the summer. [[S|Rosie]] says [[R|Minh]] has started attending meetings organised by a [[U|Trần Quốc Bảo]] and sends her videos she finds frightening. She wants advice, not action; she asked that [[R|Mr Nguyễn]] not be contacted directly.

Her cousin [[R|Nguyễn Thị Lan]] stays with her at weekends and is supportive. Tensions [[NEG|rose]] after [[S|Hồng]]'s landlord, [[U|Mr Pemberton]], threatened eviction over arrears.

I have passed a summary to [[P|Patricia Doyle]] (Safeguarding). [[P|PD]] suggested a wellbeing appointment first. [[S|Ms Nguyễn]] agreed to see [[U|Joy Makinde]] in the counselling team.

No further concern about [[S|Rosie]] herself. Review at end of [[NEG|Autumn Term]].

— [[U|C. Ashworth]], Personal Tutor
""",
    },
    {
        "id": "d20-tutor-callum",
        "kind": "tutor_report",
        "subject": "Callum MacLeod",
        "subject_aliases": ["Cal", "cal_macleod"],
        "case_people": ["Deborah Kaye", "Imran Siddiqui"],
        "tags": ["same_surname_relative", "word_name", "title", "initials", "signature", "username"],
        "text": """Tutor Concern Form
Student: [[S|Callum MacLeod]]   Username: [[SI:USERNAME|cal_macleod]]   Course: [[NEG|BA History]]

On 9 October [[S|Callum]] submitted an essay on the [[NEG|Highland Clearances]] that drifted into material copied from an extremist blog. When I raised it, [[S|Cal]] said his brother [[R|Will]] had given him the sources. [[NEG|Will]] this become a wider issue? I am not sure; [[S|Mr MacLeod]] was polite and accepted the feedback.

His mother, [[R|Fiona MacLeod]], e-mailed from [[T:EMAIL_ADDRESS|fiona.macleod@example.org]] asking why marks were withheld. I replied that I can only discuss [[S|Callum]]'s work with him. [[R|Mrs MacLeod]] later phoned [[P|Deborah Kaye]] in the faculty office.

[[S|Callum]] named a friend, [[U|Euan Baird]], as the person who introduced [[R|Will MacLeod]] to an online group. I have no details of the group.

Actions: [[P|DK]] to log the parental contact; [[P|IS]] ([[P|Imran Siddiqui]], Prevent lead) to review the essay sources.

Signed: [[U|R. Okonjo]]
""",
    },
    {
        "id": "d20-tutor-zeynep",
        "kind": "tutor_report",
        "subject": "Zeynep Çelik",
        "subject_aliases": ["Zey"],
        "case_people": ["Marcus Fenwick"],
        "tags": ["diacritics", "same_surname_relative", "title", "initials", "labelled_id", "word_name"],
        "text": """Module tutor report – [[NEG|MSc International Relations]]
Student: [[S|Zeynep Çelik]]   Student number: [[SI:STUDENT_NUMBER|S2204419]]
Prepared by: [[P|Dr M. Fenwick]]

[[S|Zeynep]] is a strong student. In a tutorial on 4 May she raised concerns about her cousin [[R|Barış Çelik]], who she believes is being pressured by a recruiter calling himself "[[U|Abi Kemal]]". She showed me a message from [[T:PHONE_NUMBER|+90 532 555 0148]]. Her father, [[R|Mr Çelik]], is aware and has spoken to [[R|Barış]].

[[S|Ms Çelik]] herself expressed no concerning views. She asked whether she could speak to someone confidentially; I gave her the details of [[U|Şule Aydın]] in Student Wellbeing and of [[U|Dr Precious Nkosi]], the faith adviser. [[NEG|Precious]] little of the module has been missed.

[[S|Zey]] (as friends call her) also mentioned a classmate, [[U|Ömer Kılıç]], who reposted the recruiter's material on [[NEG|Instagram]].

Next step: [[P|MF]] to discuss with the safeguarding lead. No referral without [[S|Zeynep]]'s agreement.

Signed: [[P|M. Fenwick]]
""",
    },
    {
        "id": "d20-support-amina",
        "kind": "support_log",
        "subject": "Amina Warsame",
        "subject_aliases": [],
        "case_people": ["Kirsty Bell", "Abdullahi Farah"],
        "tags": ["same_surname_relative", "initials", "signoff", "labelled_id", "word_name"],
        "text": """Student Support Log – [[S|Amina Warsame]] ([[SI:STUDENT_NUMBER|S2109935]])

03/02 – Phone call with [[S|Amina]]. Says she is behind on [[NEG|Nursing Practice 2]] because her younger sister [[R|Hodan]] is unwell. Offered extension. — [[P|K. Bell]]

07/02 – [[S|Amina]] e-mailed from [[SI:EMAIL_ADDRESS|amina.w@students.nmou.ac.uk]]. Her mother, [[R|Mrs Warsame]], has asked her to stop studying and return to [[NEG|Leicester]]. Her uncle [[R|Abdirizak Warsame]] is pressuring the family. Advised on support options. — [[P|KB]]

10/02 – Community link worker [[P|Abdullahi Farah]] called to say [[R|Hodan Warsame]] had shown him a leaflet from a group meeting at [[NEG|Crescent Hall]]. [[P|Mr Farah]] left his number, [[T:PHONE_NUMBER|0116 496 0527]]. — [[P|KB]]

12/02 – Spoke to [[S|Ms Warsame]]. She feels safe; wants no contact with [[R|Abdirizak]]. Agreed weekly check-ins with [[U|Patience Adebayo]] (wellbeing). — [[U|J. Mulholland]]

14/02 – Check-in done. [[S|Amina]] said [[NEG|patience]] is wearing thin at home but she is coping. — [[U|PA]]
""",
    },
    {
        "id": "d20-support-rhys",
        "kind": "support_log",
        "subject": "Rhys Llewellyn",
        "subject_aliases": ["Rhysy"],
        "case_people": ["Angharad Pugh"],
        "tags": ["same_surname_relative", "word_name", "initials", "labelled_id", "welsh"],
        "text": """Wellbeing entries – [[S|Rhys Llewellyn]]
Student ID: [[SI:STUDENT_NUMBER|2201-5583]]

14 Sept – Drop-in on Teams. [[S|Rhys]] upset after a row with his father [[R|Gareth Llewellyn]] about politics. Says [[R|Mr Llewellyn]] has been sharing posts from a group called [[NEG|Cymru First]]. — [[P|AP]]

18 Sept – [[S|Rhys]] missed appointment. Sister [[R|Hope]] rang on his behalf from [[T:PHONE_NUMBER|07700 900412]]. I have [[NEG|hope]] he will reconnect. — [[P|A. Pugh]]

22 Sept – Seen. [[S|Mr Llewellyn]] (student) wants to move out of the family home in [[NEG|Merthyr Tydfil]]. Referred to accommodation officer [[U|Dafydd Rees-Morgan]]. — [[P|AP]]

25 Sept – [[U|Dafydd]] confirmed a room. [[S|Rhys]] mentioned a friend, [[U|Owain ap Siôn]], who invited him to a "meeting" in [[NEG|Cardiff]]; [[S|Rhys]] declined. — [[U|D. R-M]]

30 Sept – Mother, [[R|Carys Llewellyn]], e-mailed [[T:EMAIL_ADDRESS|carys.llew@example.com]]. Replied with general information only. [[S|Rhysy]] (his own sign-off) thanked us. — [[P|AP]]
""",
    },
    {
        "id": "d20-support-oleksandr",
        "kind": "support_log",
        "subject": "Oleksandr Kovalenko",
        "subject_aliases": ["Sasha", "Олександр Коваленко"],
        "case_people": ["Hannah Whitlock"],
        "tags": ["same_surname_relative", "alias", "other_script", "initials", "labelled_id", "unissued_prefix"],
        "text": """Student Support – case notes
[[S|Oleksandr Kovalenko]] ([[S|Олександр Коваленко]]), known as [[S|Sasha]]
NI number: [[SI:UK_NINO|QQ 12 34 56 C]]

11/01/2025 – [[S|Sasha]] asked for help with a hardship fund. He supports his mother [[R|Olena Kovalenko]], who arrived from [[NEG|Kharkiv]] last year. — [[P|HW]]

15/01/2025 – Bank details provided for the grant: sort code [[SI:UK_SORT_CODE|30-94-57]], account [[SI:UK_BANK_ACCOUNT|41829364]]. — [[P|H. Whitlock]]

20/01/2025 – [[S|Oleksandr]] disclosed that an older man, [[U|Viktor Hrytsenko]], has been pressing him to join a chat about "defending the homeland" and sent money to [[R|Mrs Kovalenko]] from sort code [[T:UK_SORT_CODE|40-11-62]], account [[T:UK_BANK_ACCOUNT|90817254]]. [[S|Mr Kovalenko]] wants this stopped. — [[P|HW]]

22/01/2025 – Spoke to [[S|Sasha]] with interpreter [[U|Iryna Melnyk]]. His brother [[R|Dmytro]] is still in [[NEG|Ukraine]]; [[R|Dmytro Kovalenko]]'s phone is [[T:PHONE_NUMBER|+380 67 555 2190]]. — [[U|IM]] / [[P|HW]]

27/01/2025 – Discussed with [[U|Graham Poole]], Prevent coordinator. Advice only. — [[P|HW]]
""",
    },
    {
        "id": "d20-support-priya",
        "kind": "support_log",
        "subject": "Priya Raghunathan",
        "subject_aliases": [],
        "case_people": ["Eleanor Briggs", "Tunde Bakare"],
        "tags": ["same_surname_relative", "title", "initials", "labelled_id", "word_name"],
        "text": """Student Wellbeing Log
Student: [[S|Priya Raghunathan]]   NHS no.: [[SI:UK_NHS|241 592 0665]]

Mon 6 May – [[S|Priya]] self-referred. Sleeping badly since her brother [[R|Karthik Raghunathan]] (student no. [[T:STUDENT_NUMBER|S2019452]]) was questioned by police in [[NEG|Leeds]]. — [[P|EB]]

Wed 8 May – Her father, [[R|Dr Raghunathan]], phoned asking if [[S|Priya]] had been "reported". Told him we cannot discuss a student without consent. He gave [[T:PHONE_NUMBER|0113 496 0872]]. — [[P|E. Briggs]]

Fri 10 May – [[S|Ms Raghunathan]] attended. She says [[R|Karthik]] had been talking to a man online named [[U|Sunny Kapoor]]; [[NEG|Sunny]] weather, she joked, is the only thing she misses about home. GP is [[U|Dr Aditi Rao]]. — [[P|EB]]

Tue 14 May – Case discussed with [[P|Tunde Bakare]] (Safeguarding). [[P|TB]] agreed no Prevent referral for [[S|Priya]]; offered counselling with [[U|Summer Lyons]]. — [[P|EB]]

Thu 16 May – [[S|Priya]] met [[U|Ms Lyons]]. Her mother [[R|Lakshmi]] joined the call briefly. — [[U|S. Lyons]]
""",
    },
    {
        "id": "d20-support-tendai",
        "kind": "support_log",
        "subject": "Tendai Moyo",
        "subject_aliases": ["TK"],
        "case_people": ["Gillian Marsh"],
        "tags": ["same_surname_relative", "word_name", "initials", "labelled_id", "passport"],
        "text": """Support Log – International Student Advice
Student: [[S|Tendai Moyo]]   Passport: [[SI:UK_PASSPORT|502718364]]

04/10 – [[S|Tendai]] attended about visa conditions. Sister [[R|Precious Moyo]] (passport no. [[T:UK_PASSPORT|119046352]]) is his emergency contact ([[T:PHONE_NUMBER|+263 77 555 0316]]). — [[P|GM]]

09/10 – [[S|Mr Moyo]] reported that his uncle, also [[R|Mr Moyo]], has introduced him to a prayer group led by a [[U|Pastor Blessing Chikwanha]]; [[S|Tendai]] found some sermons hostile to other faiths. — [[P|G. Marsh]]

12/10 – Follow-up. [[S|Tendai]] says [[R|Precious]] thinks he is overreacting. Gave details of chaplain [[U|Rev. Alan Beckwith]]. — [[P|GM]]

17/10 – Call from [[U|Nyasha Chirwa]], a friend of the family, worried about [[S|Tendai]]. Her e-mail: [[T:EMAIL_ADDRESS|nyasha.c@example.net]]. — [[U|RL]]

20/10 – Team meeting with [[U|Rachel Lomax]]. Agreed no referral; continue support. [[S|TK]] (his nickname) said he is relieved. [[R|Farai Moyo]], a cousin in [[NEG|Harare]], has stopped messaging him. — [[P|GM]]
""",
    },
    {
        "id": "d20-chat-jessica",
        "kind": "chat_export",
        "subject": "Jessica Oyelaran",
        "subject_aliases": ["jess", "jess_oye"],
        "case_people": ["Tom Ridley"],
        "tags": ["chat_lowercase", "same_surname_relative", "username", "social_handle", "word_name"],
        "text": """WhatsApp export – group "[[NEG|Criminology Y1 Study Squad]]"
[14/03/2025, 21:02] [[P|Tom Ridley]]: has anyone heard from [[S|jess]]?
[14/03/2025, 21:03] [[U|Mo Ahmed]]: nah. [[S|jess_oye]] hasnt been online since tues
[14/03/2025, 21:05] [[U|Dawn Keating]]: her brother [[R|tunde]] posted some weird stuff on tiktok
[14/03/2025, 21:05] [[U|Dawn Keating]]: [[T:SOCIAL_HANDLE|@tunde.oyelaran_real]] if u want to see
[14/03/2025, 21:06] [[P|Tom Ridley]]: thats [[R|Babatunde Oyelaran]]?? the one who came to freshers
[14/03/2025, 21:07] [[U|Mo Ahmed]]: yeah. [[S|jess]] said [[R|mrs oyelaran]] is really worried
[14/03/2025, 21:09] [[U|Dawn Keating]]: @[[P|tom]] should we tell [[U|mr hale]]
[14/03/2025, 21:10] [[P|Tom Ridley]]: ill message [[S|jessica]] first
[14/03/2025, 21:15] [[S|Jessica Oyelaran]]: im ok guys. just family stuff with [[R|tunde]]. pls dont screenshot
[14/03/2025, 21:16] [[U|Mo Ahmed]]: ❤️ @[[S|jess]]
[14/03/2025, 21:18] [[U|Dawn Keating]]: [[NEG|dawn]] shift tomorrow so im off. text me on [[T:PHONE_NUMBER|07700 900781]] x
""",
    },
    {
        "id": "d20-chat-mohammed",
        "kind": "chat_export",
        "subject": "Mohammed al-Rashid",
        "subject_aliases": ["mo", "mo_rashid22"],
        "case_people": ["Sarah Quinlan", "Liang Chen"],
        "tags": ["chat_lowercase", "same_surname_relative", "particle", "username", "ip_address"],
        "text": """Microsoft Teams – chat export, module [[NEG|LAW2031 Public Law]]
Participants: [[P|Sarah Quinlan]] (Tutor), [[S|Mohammed al-Rashid]] ([[SI:USERNAME|mo_rashid22]]), [[P|Chen Liang]]

[09:14] [[P|Sarah Quinlan]]: Morning all. @[[S|Mohammed al-Rashid]] can you share your draft?
[09:16] [[S|Mohammed al-Rashid]]: sorry miss, my cousin [[R|yusuf]] had the laptop
[09:17] [[P|Chen Liang]]: [[S|mo]] you can use mine notes
[09:18] [[S|Mohammed al-Rashid]]: thanks [[P|liang]]. [[R|Yusuf al-Rashid]] was using it for his gaming stuff
[09:20] [[P|Sarah Quinlan]]: No problem [[S|Mo]]. Please submit by Friday.
[09:41] [[P|Chen Liang]]: @[[P|Sarah Quinlan]] there is a weird link in the files tab
[09:42] [[P|Sarah Quinlan]]: Thanks [[P|Liang]], removed. It was uploaded from [[T:IP_ADDRESS|203.0.113.47]] under the account [[T:USERNAME|yrashid_x]].
[09:44] [[S|Mohammed al-Rashid]]: thats [[R|yusuf]] again, my uncle [[R|Mr al-Rashid]] will sort it
[09:45] [[P|Sarah Quinlan]]: I'll speak to [[U|Dr Harriet Vos]] about it. [[NEG|Mark]] the thread as resolved please.
[09:46] [[U|Kemi Adewale]]: ok
""",
    },
    {
        "id": "d20-chat-wei",
        "kind": "chat_export",
        "subject": "Zhang Wei",
        "subject_aliases": ["Wei", "张伟", "zw_2004"],
        "case_people": ["Olivia Barnes"],
        "tags": ["chat_lowercase", "same_surname_relative", "surname_first", "other_script", "social_handle"],
        "text": """VLE discussion board export – [[NEG|MA Global Media]] cohort chat
[2025-02-11 19:30] [[U|olivia.b]]: anyone seen [[S|wei]] this week?
[2025-02-11 19:31] [[U|Haruto Sato]]: [[S|Zhang Wei]] said he was going home to [[NEG|Manchester]]
[2025-02-11 19:33] [[S|zw_2004]]: im here lol. my sister [[R|Zhang Lin]] got into trouble
[2025-02-11 19:34] [[U|olivia.b]]: omg is she ok @[[S|zw_2004]]
[2025-02-11 19:36] [[S|zw_2004]]: [[R|lin]] is ok. some guy [[T:SOCIAL_HANDLE|@redlantern_kai]] keeps messaging her
[2025-02-11 19:37] [[U|Haruto Sato]]: tell [[R|ms zhang]] to block him
[2025-02-11 19:38] [[S|zw_2004]]: my mum [[R|Mrs Zhang]] already did. he made new acc [[T:SOCIAL_HANDLE|@kai.truth.seeker]]
[2025-02-11 19:40] [[U|Nkechi Eze]]: [[S|张伟]] you should report it to [[P|Ms Barnes]]
[2025-02-11 19:41] [[U|olivia.b]]: yes [[P|Olivia Barnes]] is the tutor not me haha
[2025-02-11 19:42] [[S|zw_2004]]: ok will do. thx [[U|nkechi]]
""",
    },
    {
        "id": "d20-chat-bartosz",
        "kind": "chat_export",
        "subject": "Bartosz Wiśniewski",
        "subject_aliases": ["bartek", "bartek.w99"],
        "case_people": ["Joanne Pike"],
        "tags": ["chat_lowercase", "same_surname_relative", "diacritics", "username", "url"],
        "text": """Teams chat export – "[[NEG|Engineering Project Group B]]"
[10/11 14:02] [[U|Kamil Nowak]]: @[[S|bartek]] u coming to the call?
[10/11 14:04] [[S|Bartosz Wiśniewski]]: 5 min. my brother [[R|kuba]] is here
[10/11 14:05] [[U|Grace O'Neill]]: hi [[R|Kuba]]! 👋
[10/11 14:06] [[S|Bartosz Wiśniewski]]: [[R|Jakub Wiśniewski]] says hi lol
[10/11 14:11] [[U|Kamil Nowak]]: [[S|bartek]] why did u share that link earlier
[10/11 14:12] [[S|Bartosz Wiśniewski]]: [[R|kuba]] sent it me [[T:URL|https://patriotcell.example.org/join?ref=kw]]
[10/11 14:13] [[U|Grace O'Neill]]: thats not ok [[S|bartosz]]. @[[P|Joanne Pike]]
[10/11 14:20] [[P|Joanne Pike]]: Thanks [[U|Grace]]. [[S|Bartosz]], please remove it. I'll ring [[R|Mr Wiśniewski]] if needed.
[10/11 14:21] [[S|bartek.w99]]: deleted. sorry [[P|joanne]]
[10/11 14:22] [[U|Kamil Nowak]]: @[[U|zofia]] can u send the CAD file
[10/11 14:25] [[U|Zofia Lewandowska]]: done, check [[NEG|OneDrive]]
""",
    },
    {
        "id": "d20-chat-summer",
        "kind": "chat_export",
        "subject": "Summer Hughes",
        "subject_aliases": ["summz", "summerh_", "sum"],
        "case_people": ["Anil Varma"],
        "tags": ["chat_lowercase", "same_surname_relative", "word_name", "social_handle", "greeting"],
        "text": """WhatsApp export – "[[NEG|Summer School Mentors]]"
[02/07/2025, 08:40] [[P|Anil Varma]]: Morning! Reminder [[NEG|Summer]] School induction is at 10.
[02/07/2025, 08:42] [[U|Rose Mbeki]]: has [[S|summer]] replied?
[02/07/2025, 08:43] [[U|Liam Fortune]]: [[S|summz]] said her mum [[R|dawn]] was taking her phone
[02/07/2025, 08:45] [[U|Rose Mbeki]]: [[R|Dawn Hughes]] is the one who rang [[P|anil]] right
[02/07/2025, 08:46] [[P|Anil Varma]]: Yes. [[R|Mrs Hughes]] was worried about an instagram account, [[T:SOCIAL_HANDLE|@pure_nation_girls]]
[02/07/2025, 08:47] [[U|Liam Fortune]]: @[[S|summerh_]] follows it 😬
[02/07/2025, 08:50] [[S|Summer Hughes]]: i unfollowed!! it was my step-sister [[R|Bethany Hughes]] who added me
[02/07/2025, 08:51] [[U|Rose Mbeki]]: glad ur ok [[S|sum]] ☀️ [[NEG|sunny]] day for it
[02/07/2025, 08:53] [[P|Anil Varma]]: Thanks [[S|Summer]]. I'll note it for [[U|Ms Okafor]].
[02/07/2025, 08:54] [[U|Liam Fortune]]: 👍 @[[U|rose]] lift at 9?
""",
    },
    {
        "id": "d20-email-ana",
        "kind": "email",
        "subject": "Ana Conceição Ferreira",
        "subject_aliases": [],
        "case_people": ["Gemma Thornbury"],
        "tags": ["email_header", "greeting", "signoff", "same_surname_relative", "diacritics", "three_part_name"],
        "text": """From: [[P|Gemma Thornbury]] <[[T:EMAIL_ADDRESS|g.thornbury@nmou.ac.uk]]>
To: [[S|Ana Conceição Ferreira]] <[[SI:EMAIL_ADDRESS|ana.cferreira@students.nmou.ac.uk]]>
Cc: [[U|Ruairí Ó Dónaill]] <[[T:EMAIL_ADDRESS|r.odonaill@nmou.ac.uk]]>
Subject: Your message about your father

Dear [[S|Ana]],

Thank you for writing so openly. I understand your father, [[R|João Ferreira]], has been receiving leaflets from a group in [[NEG|Lisbon]] and that he has asked you to translate them. You are under no obligation to do so, and you did the right thing in telling us.

If [[R|Mr Ferreira]] or your brother [[R|Tiago]] contacts the university, we will not share anything about you without your consent. My colleague [[U|Ruairí]] in Student Support can meet you on Thursday.

You also mentioned your friend [[U|Conceição Almeida]]; please pass on our counselling details if she would find them useful.

Best wishes,
[[P|Gemma]]

--
[[P|Gemma Thornbury]]
Senior Safeguarding Officer, [[NEG|Northmoor Open University]]
Tel: [[T:PHONE_NUMBER|0161 496 0358]]
[[T:EMAIL_ADDRESS|g.thornbury@nmou.ac.uk]]
""",
    },
    {
        "id": "d20-email-ionut",
        "kind": "email",
        "subject": "Ionuț Popescu",
        "subject_aliases": ["Ionut"],
        "case_people": ["Helen Ashby", "Kieran Walsh"],
        "tags": ["email_header", "forwarded_chain", "greeting", "signoff", "same_surname_relative", "diacritics"],
        "text": """From: [[P|Kieran Walsh]] <[[T:EMAIL_ADDRESS|k.walsh@nmou.ac.uk]]>
To: [[P|Helen Ashby]] <[[T:EMAIL_ADDRESS|h.ashby@nmou.ac.uk]]>
Subject: FW: concern – [[S|Ionuț Popescu]]

Hi [[P|Helen]],

Forwarding below as discussed. Can you advise whether this needs to go further?

Thanks,
[[P|Kieran]]

---------- Forwarded message ----------
From: [[R|Andrei Popescu]] <[[T:EMAIL_ADDRESS|andrei.popescu84@example.com]]>
Date: Tue, 18 Mar 2025 22:41
To: [[P|Kieran Walsh]] <[[T:EMAIL_ADDRESS|k.walsh@nmou.ac.uk]]>
Subject: my brother [[S|Ionut]]

Hello [[P|Mr Walsh]],

I am [[R|Andrei]], older brother of [[S|Ionuț]]. Our mother [[R|Mrs Popescu]] and I are worried. [[S|Ionuț]] spends nights in chats with a man called [[U|Florin Dragomir]] who says he must "prepare". His new number is [[SI:PHONE_NUMBER|07700 900266]].

Please do not tell [[S|Ionut]] I wrote. Our cousin [[R|Elena Popescu]] can confirm.

Thank you,
[[R|Andrei Popescu]]
[[T:PHONE_NUMBER|+40 721 555 019]]
""",
    },
    {
        "id": "d20-email-hamid",
        "kind": "email",
        "subject": "Hamid Karimi",
        "subject_aliases": [],
        "case_people": ["Victoria Lamb"],
        "tags": ["email_header", "greeting", "signoff", "same_surname_relative", "signature", "word_name"],
        "text": """From: [[S|Hamid Karimi]] <[[SI:EMAIL_ADDRESS|hamid.karimi@students.nmou.ac.uk]]>
To: [[P|Victoria Lamb]] <[[T:EMAIL_ADDRESS|v.lamb@nmou.ac.uk]]>
Cc: [[U|Mark Ellison]] <[[T:EMAIL_ADDRESS|m.ellison@nmou.ac.uk]]>
Subject: Extension and family situation

Dear [[P|Ms Lamb]],

I am sorry my assignment for [[NEG|Public Health Policy]] is late. My uncle, [[R|Nasir Karimi]], arrived from [[NEG|Herat]] last month and I have been helping him with appointments. My cousin [[R|Zahra Karimi]] is also staying with us.

Last week a man from the mosque, [[U|Mr Sharifi]], told [[R|Nasir]] he should not let me study "Western" subjects. [[R|Uncle Karimi]] laughed, but I felt uncomfortable and wanted someone to know. [[U|Mark]], my tutor, suggested I write to you.

I hope this is OK.

Thanks,
[[S|Hamid]]

--
[[S|Hamid Karimi]]
BSc Public Health, Year 3
Student no. [[SI:STUDENT_NUMBER|S2011764]]
Mob: [[SI:PHONE_NUMBER|+44 7700 900 593]]
""",
    },
    {
        "id": "d20-email-yuki",
        "kind": "email",
        "subject": "Yuki Tanaka",
        "subject_aliases": ["田中由紀"],
        "case_people": ["Owen Prichard", "Benedict Carr"],
        "tags": ["email_header", "greeting", "signoff", "same_surname_relative", "other_script", "signature"],
        "text": """From: [[P|Owen Prichard]] <[[T:EMAIL_ADDRESS|o.prichard@nmou.ac.uk]]>
To: [[S|Yuki Tanaka]] <[[SI:EMAIL_ADDRESS|y.tanaka7@students.nmou.ac.uk]]>
Cc: [[P|Benedict Carr]] <[[T:EMAIL_ADDRESS|b.carr@nmou.ac.uk]]>; [[U|Amara Okonkwo]] <[[T:EMAIL_ADDRESS|a.okonkwo@nmou.ac.uk]]>
Subject: Follow-up to our call

Hi [[S|Yuki]],

Thanks for taking the time to talk today. To confirm what we agreed:

- You will let us know if the person using the name "[[U|Ren Kisaragi]]" contacts you again.
- Your mother, [[R|Keiko Tanaka]], can reach [[P|Ben]] on the family liaison line if she is worried; [[R|Mrs Tanaka]] asked for this.
- Your brother [[R|Haruki]] does not need to be involved unless you wish.

[[P|Mr Carr]] and [[U|Amara]] are copied for information. Your Japanese name ([[S|田中由紀]]) is now on your record, as requested.

Kind regards,
[[P|Owen]]

--
[[P|Owen Prichard]] | Student Safeguarding Adviser
[[NEG|Northmoor Open University]], [[NEG|Salford Quays]]
T: [[T:PHONE_NUMBER|0161 496 0914]] | [[T:EMAIL_ADDRESS|o.prichard@nmou.ac.uk]]
""",
    },
    {
        "id": "d20-email-giorgos",
        "kind": "email",
        "subject": "Giorgos Papadopoulos",
        "subject_aliases": ["George"],
        "case_people": ["Rebecca Stone"],
        "tags": ["email_header", "greeting", "signoff", "same_surname_relative", "title", "labelled_id"],
        "text": """From: [[R|Dimitris Papadopoulos]] <[[T:EMAIL_ADDRESS|d.papadopoulos@example.gr]]>
To: [[NEG|studentsupport@nmou.ac.uk]]
Cc: [[P|Rebecca Stone]] <[[T:EMAIL_ADDRESS|r.stone@nmou.ac.uk]]>
Subject: Son – [[S|Giorgos Papadopoulos]], student [[SI:STUDENT_NUMBER|S2307215]]

Dear [[P|Dr Stone]],

I am the father of [[S|Giorgos]] (he uses "[[S|George]]" in [[NEG|England]]). His younger brother [[R|Stavros Papadopoulos]] has told me [[S|George]] is spending time with a student called [[U|Nikolai Petrov]] who shares violent videos. My wife, [[R|Mrs Papadopoulos]], found a message from [[T:PHONE_NUMBER|07700 900845]] on [[R|Stavros]]'s phone inviting both boys to a "training weekend" in [[NEG|Wales]].

I do not want to make trouble for [[S|Giorgos]]. I only ask that someone speaks with him. You may call me on [[T:PHONE_NUMBER|+30 694 555 2731]]. Our family friend [[U|Fr. Christos Lambrou]] can also be contacted.

With thanks,
[[R|Dimitris Papadopoulos]]
""",
    },
    {
        "id": "d20-minutes-luca",
        "kind": "meeting_minutes",
        "subject": "Luca Romano",
        "subject_aliases": [],
        "case_people": ["Rajesh Kumar", "Fiona Delaney"],
        "tags": ["attendees", "initials", "same_surname_relative", "title", "word_name"],
        "text": """Safeguarding Case Review – Minutes
Date: 16 January 2025, 14:00 (Teams)
Present: [[P|Rajesh Kumar]] (Chair, Prevent Lead), [[P|Fiona Delaney]] (Personal Tutor), [[U|Gráinne Ní Fhlatharta]] (Wellbeing), [[U|Will Chatterton]] (Note-taker)
Apologies: [[U|Dr Imogen Sayers]]
Minutes: [[U|WC]]

1. Student: [[S|Luca Romano]], [[NEG|BA Politics]], Year 1.
[[P|FD]] reported that [[S|Luca]] had posted comments praising an attack in [[NEG|Christchurch]] on a module forum. When challenged, [[S|Mr Romano]] said he was "repeating" his older cousin [[R|Marco Romano]]. [[S|Luca]]'s mother, [[R|Mrs Romano]], has contacted the tutor twice and is supportive.

2. [[U|GNF]] noted [[S|Luca]] lives with his sister [[R|Giulia]] and has few friends locally.

3. Discussion. [[P|RK]] felt the threshold for a referral is not yet met; [[NEG|Will]] revisit in four weeks.

Actions:
- [[P|RK]] to call the student and explain the concern.
- [[P|FD]] to arrange a tutorial with [[S|Luca]] and his study buddy [[U|Ahmed Yusuf]].
- [[U|GNF]] to offer wellbeing support; contact [[R|Giulia Romano]] only with consent.
""",
    },
    {
        "id": "d20-minutes-dilan",
        "kind": "meeting_minutes",
        "subject": "Dilan Zebari",
        "subject_aliases": [],
        "case_people": ["Stephen Hollis"],
        "tags": ["attendees", "initials", "same_surname_relative", "kurdish", "labelled_id"],
        "text": """Prevent Case Panel – minutes of meeting held 3 April
Attendees: [[P|Stephen Hollis]] (Head of Student Safeguarding), [[U|Nasrin Rahmani]] (Student Support Adviser), [[U|Dr Ifeoma Nwachukwu]] (Academic Lead), [[U|PC Darren Firth]] ([[NEG|Greater Manchester Police]], by phone)
Apologies: [[U|Joy Whitaker]]

Item 1 – [[S|Dilan Zebari]] (student no. [[SI:STUDENT_NUMBER|S2216602]])
[[P|SH]] summarised: [[S|Ms Zebari]]'s brother, [[R|Azad Zebari]], was arrested in February. [[S|Dilan]] has since received messages from accounts linked to [[R|Azad]]'s associates, including [[T:SOCIAL_HANDLE|@kurdistan_lion_91]]. [[U|PC Firth]] confirmed [[S|Dilan]] is regarded as a potential victim, not a suspect.
[[U|NR]] reported that [[S|Dilan]]'s father, [[R|Mr Zebari]], has asked her to leave her course. [[S|Dilan]] wishes to continue.
[[U|Dr Nwachukwu]] noted excellent attendance.

Actions:
- [[U|NR]] to meet [[S|Dilan]] weekly and record contacts.
- [[P|SH]] to liaise with [[U|PC Firth]] regarding the account.
- [[U|IN]] to agree flexible deadlines.
Next meeting: [[NEG|May]] 2025.
""",
    },
    {
        "id": "d20-minutes-joseph",
        "kind": "meeting_minutes",
        "subject": "Joseph van der Merwe",
        "subject_aliases": ["Joe"],
        "case_people": ["Christine Oduya", "Paul Garside"],
        "tags": ["attendees", "initials", "same_surname_relative", "particle", "title", "word_name"],
        "text": """Minutes – Student Concern Meeting
Date: 27/09/2024
Present: [[P|Christine Oduya]] ([[P|CO]], Chair), [[P|Paul Garside]] ([[P|PG]], Personal Tutor), [[U|Mei Ling Tan]] ([[U|MLT]], Disability Advice)
Apologies: [[U|Hope Carrington]]
Minutes: [[P|PG]]

Subject: [[S|Joseph van der Merwe]] ("[[S|Joe]]"), [[NEG|BEng Mechanical Engineering]].

[[P|PG]] reported that [[S|Mr van der Merwe]] had shared a manifesto in the module chat. [[S|Joe]] says his father, [[R|Hendrik van der Merwe]], sent it from [[NEG|Pretoria]] "as a joke". [[S|Joe]]'s sister [[R|Annelie]] contacted [[P|PG]] separately, worried about [[R|Mr van der Merwe]] senior's influence.

[[U|MLT]] noted [[S|Joseph]] has an autism diagnosis and may not have understood how the post would be read. His support worker is [[U|Kofi Mensah-Bonsu]].

[[P|CO]] proposed a conversation focused on [[S|Joseph]]'s wellbeing rather than discipline. All agreed.

Actions:
- [[P|PG]] to meet [[S|Joe]] with [[U|Mr Mensah-Bonsu]] present.
- [[U|MLT]] to review reasonable adjustments.
- [[P|CO]] to update the Prevent log; no contact with [[R|Annelie van der Merwe]] for now.
""",
    },
    {
        "id": "d20-minutes-mark",
        "kind": "meeting_minutes",
        "subject": "Mark Pennington",
        "subject_aliases": ["Penny"],
        "case_people": ["Aisha Bello"],
        "tags": ["attendees", "initials", "same_surname_relative", "word_name", "alias"],
        "text": """Wellbeing & Safeguarding Group – Minutes
Present: [[P|Aisha Bello]] (Chair), [[U|Tomasz Zieliński]], [[U|Rachel Greenhalgh]], [[U|Sunil Desai]]
Apologies: [[U|Dawn Fairbrother]], [[U|Dr Faith Amadi]]
Minutes: [[U|RG]]

Item 3: [[S|Mark Pennington]]
[[P|AB]] introduced the case. [[S|Mark]] (known online as "[[S|Penny]]") posted memes from a far-right channel on the course Discord. His mother, [[R|Joy Pennington]], contacted the university after finding leaflets in his room. [[R|Mrs Pennington]] says his stepbrother [[R|Craig Pennington]] introduced him to the group.

[[U|TZ]] said [[S|Mr Pennington]] engages well in seminars. [[NEG|Mark]] of 68 on his last essay.

[[U|SD]] raised the question of whether [[S|Mark]]'s brother [[R|Craig]] is also a student; he is not.

Agreed to seek advice from the Prevent lead, [[U|Gordon Achterberg]].

Actions:
- [[P|AB]] to refer to the Prevent lead by Friday.
- [[U|TZ]] to meet [[S|Mark]] and discuss the posts.
- [[U|RG]] to circulate minutes. [[NEG|Joy]] at the outcome of item 2 noted.
""",
    },
    {
        "id": "d20-chrono-farhan",
        "kind": "case_chronology",
        "subject": "Farhan Chowdhury",
        "subject_aliases": ["Faz"],
        "case_people": ["Sophie Malik", "Richard Stanton"],
        "tags": ["initials", "same_surname_relative", "title", "labelled_id", "ip_address"],
        "text": """CASE CHRONOLOGY – Ref [[NEG|PRV-2025-0117]]
Student: [[S|Farhan Chowdhury]]   DOB: [[SI:DATE_OF_BIRTH|02/11/2004]]

05/01/2025  Tutor [[U|Adrian Kettle]] reports [[S|Farhan]] searching extremist material on a library PC (desk [[NEG|L2-14]]). ([[P|S. Malik]])
08/01/2025  [[S|Farhan]] seen by [[P|Sophie Malik]]. Says his cousin [[R|Rafiq Chowdhury]] asked him to look up "the brothers' videos". ([[P|S. Malik]])
10/01/2025  Father, [[R|Abdul Chowdhury]], phones; asks that [[S|Faz]] not be "labelled". ([[P|S. Malik]])
14/01/2025  Home login traced to [[T:IP_ADDRESS|2001:db8:4a1f::7c]], registered to [[R|Mr Chowdhury]]. — [[P|RS]]
17/01/2025  Discussed with [[P|Richard Stanton]] (DSL). [[P|RS]] agrees [[NEG|Channel]] referral not yet needed. — [[P|RS]]
21/01/2025  [[S|Mr Chowdhury]] (student) attends mentoring with [[U|Imam Yasin Qureshi]]. ([[P|S. Malik]])
30/01/2025  [[R|Rafiq]] e-mails from [[T:EMAIL_ADDRESS|rafiq.c@example.com]] asking about [[S|Farhan]]'s grades. Not answered. — [[P|RS]]
""",
    },
    {
        "id": "d20-chrono-wanjiru",
        "kind": "case_chronology",
        "subject": "Wanjiru Kamau",
        "subject_aliases": ["Wanji"],
        "case_people": ["Gareth Oldfield"],
        "tags": ["initials", "same_surname_relative", "title", "labelled_id", "word_name", "unissued_prefix"],
        "text": """Case chronology: [[S|Wanjiru Kamau]]   NI no.: [[SI:UK_NINO|BG 63 81 27 D]]

12 Feb 2025 – [[S|Wanjiru]] tells personal tutor [[U|Faith Harrington]] that her brother [[R|Njoroge Kamau]] has joined a group preaching against "outsiders". — [[U|FH]]
14 Feb 2025 – [[U|Ms Harrington]] logs concern; passes to [[P|Gareth Oldfield]]. — [[U|FH]]
17 Feb 2025 – [[P|GO]] calls [[S|Ms Kamau]]. She confirms [[R|Njoroge]] lives with their mother, [[R|Mrs Kamau]], in [[NEG|Luton]]. Mother's NHS number given for a GP letter: [[T:UK_NHS|112 579 7630]]. — [[P|GO]]
20 Feb 2025 – [[S|Wanji]] forwards screenshots from [[T:SOCIAL_HANDLE|@watu_wa_kweli]]; the account belongs to [[U|Peter Otieno]]. — [[P|G. Oldfield]]
24 Feb 2025 – Consultation with [[U|DS Helen Marsden]]. No action against [[S|Wanjiru]]; police to consider [[R|Njoroge]]. — [[P|GO]]
03 Mar 2025 – [[S|Wanjiru]] reports her sister [[R|Wambui]] has been visited by [[U|Mr Otieno]]. [[U|DS Marsden]] informed. — [[P|GO]]
10 Mar 2025 – Review: support continues; [[S|Wanjiru]] to meet [[U|Grace Mwangi]] (counsellor) fortnightly. — [[P|GO]]
""",
    },
    {
        "id": "d20-chrono-liam",
        "kind": "case_chronology",
        "subject": "Liam Thornton",
        "subject_aliases": ["Thorny", "lthornton_"],
        "case_people": ["Nadia Hussain", "Colin Rushworth"],
        "tags": ["initials", "same_surname_relative", "word_name", "username", "vehicle"],
        "text": """Chronology of events – [[S|Liam Thornton]] (student [[SI:STUDENT_NUMBER|S2120093]])

01/10 – [[S|Liam]] messages classmate [[U|Rose Adeyinka]] (student [[T:STUDENT_NUMBER|2301-7746]]) about "getting ready for the race war". [[U|Rose]] reports it. [[NEG|Rose]] gardens on campus were mentioned as a meeting point. ([[P|N. Hussain]])
02/10 – [[P|NH]] speaks with [[S|Liam]]. He says his sister [[R|Rose Thornton]] will "vouch" for him. ([[P|N. Hussain]])
04/10 – [[R|Rose]] contacts the university; she is frightened of [[S|Liam]]'s friend [[U|Dean Garvey]], who drives [[T:UK_VEHICLE_REGISTRATION|YK68 WFT]]. — [[P|CR]]
06/10 – Father, [[R|Mr Thornton]], asks for a meeting. [[P|Colin Rushworth]] declines pending consent. — [[P|CR]]
09/10 – Gaming username [[SI:USERNAME|lthornton_]] linked to a Telegram group run by [[T:USERNAME|deangarvey_88]]. — [[P|CR]]
12/10 – [[S|Thorny]] (his gaming alias) posts a video filmed at [[R|Gary Thornton]]'s garage. [[R|Gary]] is an uncle. — [[P|NH]]
15/10 – Referral discussed with [[U|Sgt Bill Ramsden]]. [[S|Mr Thornton]] informed. — [[P|CR]]
""",
    },
    {
        "id": "d20-chrono-carlos",
        "kind": "case_chronology",
        "subject": "Carlos Jiménez Ortega",
        "subject_aliases": ["Carlitos"],
        "case_people": ["Ahmad bin Ismail"],
        "tags": ["initials", "same_surname_relative", "particle", "diacritics", "labelled_id", "iban"],
        "text": """Chronology – [[S|Carlos Jiménez Ortega]]
Ref: [[NEG|SAF/24/0381]]

03 Jun – [[S|Carlos]] requests emergency funds; says his brother [[R|Pablo Jiménez]] took money from his account. [[R|Pablo]]'s NI number: [[T:UK_NINO|JT 48 29 61 B]]. IBAN given for refund: [[SI:IBAN_CODE|GB02 BARC 3314 2862 1770 23]]. — [[P|AbI]]
05 Jun – [[P|Dr Ahmad bin Ismail]] (funding officer) notices transfers to [[T:IBAN_CODE|GB63 MIDL 5024 4910 0339 69]], in the name of [[U|Sergio Vidal Ruiz]]. — [[P|AbI]]
07 Jun – [[S|Mr Jiménez]] says [[U|Sergio]] runs a "self-defence club" in [[NEG|Valencia]]; [[R|Pablo]] is a member. — [[P|A. bin Ismail]]
10 Jun – Mother, [[R|Mrs Jiménez]], calls from Spain: [[T:PHONE_NUMBER|+34 612 555 430]]. — [[U|LT]]
11 Jun – [[U|Lucía Torres]] (interpreter) notes [[R|Señora Jiménez]] fears [[S|Carlitos]] will be drawn in. — [[U|LT]]
14 Jun – Advice from [[U|DC Ryan Ashcroft]]: log only. [[S|Carlos]] agrees. — [[P|AbI]]
18 Jun – [[R|Pablo Jiménez Ortega]] e-mails [[S|Carlos]]'s tutor, [[U|Dr Elena Sforza]]. Not answered. — [[P|AbI]]
""",
    },
    {
        "id": "d20-incident-abdirahman",
        "kind": "incident_report",
        "subject": "Abdirahman Hassan",
        "subject_aliases": ["Abdi"],
        "case_people": ["Lucy Fairclough", "Daniel Osei"],
        "tags": ["same_surname_relative", "title", "vehicle", "ip_address", "labelled_id"],
        "text": """INCIDENT REPORT – Ref [[NEG|INC-2025-0442]]
Date/time: 22/04/2025, 18:40   Location: [[NEG|Northmoor Learning Hub]], [[NEG|Piccadilly Gardens]] study centre
Reported by: [[P|Lucy Fairclough]] (Centre Manager)
Witnesses: [[P|Daniel Osei]] (security), [[U|Wiktoria Zając]] (student)

Summary: [[S|Abdirahman Hassan]] ([[SI:STUDENT_NUMBER|S2303378]]) was approached outside the centre by two men who handed him leaflets and argued with him loudly. [[P|Mr Osei]] intervened. One man was later identified by [[S|Abdi]] as his cousin [[R|Mahad Hassan]] (passport [[T:UK_PASSPORT|548120937]]); the second gave his name as "[[U|Ilyas]]".

The men left in a silver Toyota, registration [[T:UK_VEHICLE_REGISTRATION|LK19 HXT]]. [[U|Ms Zając]] filmed part of the exchange.

[[S|Mr Hassan]] later said [[R|Mahad]] wants him to stop attending "kafir" lectures. His mother, [[R|Mrs Hassan]], was phoned at his request.

Police attended: [[U|PC Gemma Lowry]] (collar no. [[NEG|4471]]) and [[U|PC Aled Prosser]]. The centre's guest Wi-Fi log shows a device of [[R|Mahad]]'s on [[T:IP_ADDRESS|198.51.100.23]].

Signed: [[P|L. Fairclough]]
""",
    },
    {
        "id": "d20-incident-kayleigh",
        "kind": "incident_report",
        "subject": "Kayleigh Booth",
        "subject_aliases": ["Kay"],
        "case_people": ["Marian Oyelowo"],
        "tags": ["same_surname_relative", "word_name", "title", "vehicle", "driving_licence"],
        "text": """Incident Report Form
Reporter: [[P|Marian Oyelowo]], Residential Support Officer, [[T:EMAIL_ADDRESS|m.oyelowo@nmou.ac.uk]]
Date: 8 November 2024   Location: [[NEG|Bridgewater House]] student flats

At approximately 21:15 [[S|Kayleigh Booth]] phoned to report that her father, [[R|Will Booth]], had arrived uninvited with a flag and leaflets for a rally. [[S|Kayleigh]] asked that he leave. [[NEG|Will]] she be safe tonight? She believed so.

[[R|Mr Booth]] refused to leave and was joined by a man he called "[[U|Stevo]]". Witnesses: [[U|Callum Reid]] (flat 3), [[U|Bich Ngoc Phạm]] (flat 5).

[[U|PC Nathan Kerr]] and [[U|Sgt Alison Fry]] attended at 21:50. [[U|Sgt Fry]] recorded [[R|Mr Booth]]'s driving licence as [[T:UK_DRIVING_LICENCE|BOOTH705124WJ9KL]] and his van as [[T:UK_VEHICLE_REGISTRATION|WA66 ZRN]].

[[S|Kay]] later told me her brother [[R|Jordan Booth]] (DOB [[T:DATE_OF_BIRTH|03/05/1998]]) had warned her their dad was "getting deep into it". [[S|Ms Booth]] does not want her mother, [[R|Sandra]], told.

Actions: [[P|MO]] to inform the Prevent lead, [[U|Dr Kenji Mori]].

Signed: [[P|M. Oyelowo]]
""",
    },
    {
        "id": "d20-incident-mihai",
        "kind": "incident_report",
        "subject": "Mihai Ionescu",
        "subject_aliases": ["mihai_ion"],
        "case_people": ["Trevor Blake"],
        "tags": ["same_surname_relative", "title", "ip_address", "username", "labelled_id"],
        "text": """IT Security / Safeguarding Incident Report
Incident no.: [[NEG|ITS-2025-118]]
Reporter: [[P|Trevor Blake]], IT Security Analyst
Date: 14/05/2025

Description: The VLE account [[SI:USERNAME|mihai_ion]], belonging to [[S|Mihai Ionescu]], uploaded a file titled "operational guide" to a shared folder at 02:13. The session originated from [[SI:IP_ADDRESS|192.0.2.55]]. A second login at 02:20 came from [[T:IP_ADDRESS|2001:db8:ffee::12]], a device registered to [[R|Radu Ionescu]], [[S|Mihai]]'s cousin.

Interview: [[S|Mr Ionescu]] told [[P|Mr Blake]] and [[U|Anya Kowalczyk]] (Student Conduct) that [[R|Radu]] had his password. His aunt, [[R|Mrs Ionescu]], confirmed [[R|Radu]] stays with them.

Witness: flatmate [[U|Oisín Mac Giolla Phádraig]] saw [[R|Radu Ionescu]] using [[S|Mihai]]'s laptop.

Police: referred to [[U|DC Priya Ramsay]], cyber team, [[NEG|North West Counter Terrorism Policing]].

Contact details held for [[R|Radu]]: [[T:EMAIL_ADDRESS|radu.ionescu.r@example.ro]], [[T:PHONE_NUMBER|+40 744 555 812]].

Signed: [[P|T. Blake]]
""",
    },
    {
        "id": "d20-incident-emre",
        "kind": "incident_report",
        "subject": "Emre Yıldız",
        "subject_aliases": [],
        "case_people": ["Helen Cartwright", "Kwabena Owusu"],
        "tags": ["same_surname_relative", "diacritics", "title", "vehicle", "word_name"],
        "text": """INCIDENT REPORT
Ref: [[NEG|SEC/0925/07]]
Reported by: [[P|Kwabena Owusu]], Security Supervisor
Date & time: 19/09/2025 at 13:05
Location: [[NEG|Oxford Road]] exam centre car park

[[P|Mr Owusu]] observed a confrontation between [[S|Emre Yıldız]] and a man later identified as his brother, [[R|Kaan Yıldız]]. [[R|Kaan]] was shouting about "traitors" and handed leaflets to students queueing for the exam.

Witnesses: [[U|Çağla Şahin]] (student), [[U|Marcus Thorne]] (invigilator), [[U|Dr Sunny Iheanacho]] (exam lead).

[[R|Mr Yıldız]] left in a black BMW, index [[T:UK_VEHICLE_REGISTRATION|FG21 KPV]]. [[S|Emre]] was upset and was looked after by [[P|Helen Cartwright]] (Wellbeing).

[[S|Mr Yıldız]] said his father, [[R|İbrahim Yıldız]], is unaware. He gave his own phone as [[SI:PHONE_NUMBER|07700 900137]].

[[U|PC Rhiannon Lloyd]] attended and took statements. [[NEG|Patience]] was needed to calm the queue.

Follow-up: [[P|HC]] to contact [[S|Emre]] tomorrow. [[P|KO]] to check CCTV.

Signed: [[P|K. Owusu]]
""",
    },
    {
        "id": "d20-letter-sipho",
        "kind": "letter",
        "subject": "Sipho Dlamini",
        "subject_aliases": [],
        "case_people": ["Margaret Okoye"],
        "tags": ["same_surname_relative", "street_address", "split_postcode", "named_house", "salutation", "signoff"],
        "text": """[[NEG|Northmoor Open University]]
Student Safeguarding Team
[[NEG|1 Quay Street]]
[[NEG|Manchester]]

[[S|Mr Sipho Dlamini]]
[[SI:STREET_ADDRESS|Jacaranda House, 7 Chapel Lane]]
[[NEG|Didsbury]]
[[SI:UK_POSTCODE|M20 6RD]]

4 March 2025

Dear [[S|Sipho]],

Thank you for meeting [[U|Mr Adeleke]] and me on 27 February. I am writing to confirm the support we agreed.

You told us that your mother, [[R|Nomvula Dlamini]], and your cousin [[R|Themba Dlamini]] have received messages from a man called [[U|Johan Kruger]]. We understand [[R|Mrs Dlamini]] has reported these to the police; the officer dealing is [[U|DS Karen Whitby]].

We will not contact your family unless you ask us to. If [[R|Themba]] wishes to speak to someone, he can ring our advice line.

Your personal tutor, [[U|Dr Felix Oduro]], has agreed a two-week extension.

Yours sincerely,

[[P|Margaret Okoye]]
Head of Student Safeguarding
cc: [[U|Olumide Adeleke]], Student Support
""",
    },
    {
        "id": "d20-letter-layla",
        "kind": "letter",
        "subject": "Layla Haddad",
        "subject_aliases": [],
        "case_people": ["Jonathan Pryce"],
        "tags": ["same_surname_relative", "street_address", "no_house_number", "split_postcode", "salutation", "word_name"],
        "text": """Private and Confidential

[[R|Mr Sami Haddad]]
[[T:STREET_ADDRESS|Flat 2, 41 Albion Terrace]]
[[NEG|Bradford]]
[[T:UK_POSTCODE|BD7 1QE]]

12 June 2025

Dear [[R|Mr Haddad]],

Re: your daughter, [[S|Layla Haddad]], student no. [[SI:STUDENT_NUMBER|S2216789]]

Thank you for your letter of 2 June. I understand you are worried that [[S|Layla]] has been contacted by a man named [[U|Khalid Nasser]] through a study group, and that your son [[R|Karim]] has seen the messages.

I must explain that [[S|Layla]] is an adult and we cannot share details of her studies without her consent. I have, however, passed your concerns to our safeguarding lead, [[P|Jonathan Pryce]]. [[P|Mr Pryce]] may write to [[S|Ms Haddad]] directly at her term address on [[SI:STREET_ADDRESS|Hope Street]], [[NEG|Leeds]].

If you believe anyone is at immediate risk, please contact the police or [[NEG|Prevent]] on 101.

You may also wish to speak to [[U|Dr Amal Saeed]], who runs a family support group.

Yours sincerely,

[[U|Catherine Ellwood]]
Student Casework Manager
""",
    },
    {
        "id": "d20-letter-grace",
        "kind": "letter",
        "subject": "Grace Adeyemi",
        "subject_aliases": ["Gracie"],
        "case_people": ["Philip Marchetti", "Siobhán Keane"],
        "tags": ["same_surname_relative", "word_name", "street_address", "split_postcode", "sort_code", "salutation"],
        "text": """[[S|Ms Grace Adeyemi]]
[[SI:STREET_ADDRESS|23 Wellington Road]]
[[NEG|Stockport]]
[[SI:UK_POSTCODE|SK4 2HN]]

30 January 2025

Dear [[S|Grace]],

Hardship Fund and Support Plan

Thank you for your application. We have approved a grant of £600, to be paid to the account you gave: sort code [[SI:UK_SORT_CODE|20-45-77]], account [[SI:UK_BANK_ACCOUNT|73014582]].

You mentioned that your sister [[R|Joy Adeyemi]] has moved in with you after leaving your father's house, and that [[R|Mr Adeyemi]] has been in contact with a group called [[NEG|The Remnant Fellowship]]. We were sorry to hear this. It is [[NEG|grace]] under pressure to keep studying.

[[P|Siobhán Keane]] in Student Support will contact you weekly. If [[R|Joy]] needs support, [[P|Ms Keane]] can refer her to local services, or she may contact [[U|Father Tobias Okafor]] at [[NEG|St Mary's]].

Your brother, [[R|Tobi Adeyemi]], is welcome to come to the next meeting with you.

Yours sincerely,

[[P|Philip Marchetti]]
Student Finance & Support Manager
""",
    },
    {
        "id": "d20-letter-aarav",
        "kind": "letter",
        "subject": "Aarav Mehta",
        "subject_aliases": [],
        "case_people": ["Ruth Abernethy"],
        "tags": ["same_surname_relative", "street_address", "named_house", "split_postcode", "salutation", "signoff", "labelled_id"],
        "text": """[[NEG|Northmoor Open University]] – Safeguarding Office

[[R|Mrs Kavita Mehta]]
[[T:STREET_ADDRESS|The Laurels, Beechwood Avenue]]
[[NEG|Harrow]]
[[T:UK_POSTCODE|HA2 8PL]]

5 September 2025

Dear [[R|Mrs Mehta]],

Thank you for your call on 1 September concerning your son, [[S|Aarav Mehta]] (DOB [[SI:DATE_OF_BIRTH|14/03/2005]]).

With [[S|Aarav]]'s consent I can confirm that we met him on 3 September. He told us that his cousin [[R|Rohan Mehta]] had introduced him to an online forum and that a user called [[T:USERNAME|dharma_warrior_77]], whom he believes to be [[U|Vikram Joshi]], had asked him to meet in person.

[[S|Mr Mehta]] has agreed to work with our mentor, [[U|Dr Nandini Iyer]]. Your husband, [[R|Mr Mehta]], is welcome to join a family session. [[R|Ishita]], [[S|Aarav]]'s sister, may also attend.

Please do not hesitate to contact me on [[T:PHONE_NUMBER|0161 496 0442]].

Yours sincerely,

[[P|Ruth Abernethy]]
Safeguarding Lead
""",
    },
]
