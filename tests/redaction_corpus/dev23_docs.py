# ruff: noqa: E501
"""dev23: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d23-tutor-ciaran",
        "kind": "tutor_report",
        "subject": "Ciarán Ó Dálaigh",
        "subject_aliases": ["Kiz"],
        "case_people": ["Nuala Gallagher", "Femi Adeyemi-Cole"],
        "text": """Personal Tutor Note – Term 2 review
Student: [[S|Ciarán Ó Dálaigh]]   Student no.: [[SI:STUDENT_NUMBER|2207-4419]]
Programme: [[NEG|BSc Criminology with Psychology]] ([[NEG|Open Pathway]])

Met [[S|Ciarán]] on Teams for forty minutes. He asked to be called [[S|Kiz]] and was relaxed at first. His mother, [[R|Mrs Ó Dálaigh]], had e-mailed beforehand worried that his older brother [[R|Pádraig]] has been sharing videos with him from a channel run by someone calling himself [[U|Brennan Voss]]. [[S|Mr Ó Dálaigh]] did not deny this but said his brother "will grow out of it".

Two assignments for [[NEG|Module CRM204]] are late. His study buddy [[U|Aoife Ní Bhriain]] confirms he has stopped joining the [[NEG|Wednesday]] seminar run by [[P|Dr Femi Adeyemi-Cole]].

I do not think this meets the threshold yet, but given the content described I have shared a note with the Safeguarding Lead, [[U|Marcus Thorne]], and copied [[P|FAC]] for awareness. [[S|Ciarán]]'s grandfather [[R|Seán Ó Dálaigh]] is his emergency contact; the student has asked us to leave him out of it, and I will respect that for now.

Next review: 14 March.
Signed: [[P|N. Gallagher]] (Personal Tutor)
""",
    },
    {
        "id": "d23-tutor-oksana",
        "kind": "tutor_report",
        "subject": "Oksana Kovalenko",
        "subject_aliases": ["Ksyusha"],
        "case_people": ["Graham Whitlock"],
        "text": """PROGRESS REPORT (confidential)
Name: [[S|Oksana Kovalenko]] | ID: [[SI:STUDENT_NUMBER|23118870]] | DOB: [[SI:DATE_OF_BIRTH|02/11/2004]]
Course: [[NEG|Foundation Year in Engineering]]

[[S|Ms Kovalenko]] joined late after arriving from [[NEG|Kharkiv]] with her aunt, [[R|Larysa Kovalenko]], and her younger cousin [[R|Taras]]. Her friends call her [[S|Ksyusha]]. Attendance is 61%.

In the [[NEG|Statics]] workshop on 6 February another student, [[U|Jordan Pike]], made comments to her about "people like you". [[S|Oksana]] reported it to me and to her lab partner [[U|Grace Oduya]]. The workshop lead, [[P|Mr Whitlock]], removed [[U|Pike]] from the session. I mention this because [[U|Pike]] also posted a meme in the cohort group that [[U|Hope Llewellyn]] screenshotted and sent to me — it may be relevant to Prevent rather than to [[S|Oksana]] herself.

[[S|Kovalenko]]'s own work is strong. There is no concern about her; my concern is about the environment she is in. I have had a brief word with [[R|Mrs Kovalenko]] (the aunt) by phone, with consent.

Recommended: refer [[U|J. Pike]] through the usual route; keep an eye out for [[S|Oksana]].
Report by [[P|GW]] / [[P|Graham Whitlock]]
Countersigned: [[U|T. Achterberg]]
""",
    },
    {
        "id": "d23-tutor-kwame",
        "kind": "tutor_report",
        "subject": "Kwame Asante-Boateng",
        "subject_aliases": ["KAB"],
        "case_people": ["Priya Raghunathan", "Ewan MacLeod"],
        "text": """Tutor concern form — Section B (observations)

Student: [[S|Kwame Asante-Boateng]]  ([[SI:STUDENT_NUMBER|S-1904-3321]])
Reporting tutor: [[P|Dr Priya Raghunathan]]

Over the past fortnight [[S|Kwame]] has twice posted in the [[NEG|Politics and Society]] forum links to a site that I have not seen before. When asked, [[S|Mr Asante-Boateng]] said a cousin, [[R|Yaw Asante-Boateng]], had shared them. His sister [[R|Abena]] (not a student here) phoned Student Services on Monday and asked that we "not make a big thing" of it.

The forum moderator [[P|Ewan MacLeod]] took the links down. A classmate, [[U|Will Fairbairn]], replied supportively; I do not read that as a concern. [[NEG|Will]] I escalate? Not today. I have discussed with my line manager [[U|Prof. Adaeze Okonkwo]] and we agree on a supportive conversation first.

Note: [[S|Kwame]] signs forum posts "[[S|KAB]]". The university's [[NEG|Grace Hopper Building]] lab logs show normal use.

Follow-up with [[S|Kwame]] booked for 19 Feb. [[P|EM]] to keep the forum under review.

Signed: [[P|P. Raghunathan]]
Date: 12/02
""",
    },
    {
        "id": "d23-tutor-mei",
        "kind": "tutor_report",
        "subject": "Zhang Meiling",
        "subject_aliases": ["张美玲", "Mei"],
        "case_people": ["Hamish Drummond"],
        "text": """Personal tutor meeting record

Student: [[S|ZHANG Meiling]] (passport name: [[S|张美玲]]); prefers [[S|Mei]].
Student number [[SI:STUDENT_NUMBER|21-0087-455]]. Programme: [[NEG|MSc Data Science]].

[[S|Mei]] came to the meeting with a friend, [[U|Nguyễn Thị Lan]], who translated a little. [[S|Ms Zhang]] said her husband, [[R|Zhang Wei]], has been pressuring her to stop studying. She said that a man from his workplace, whom she knows only as [[U|Mr Halloran]], has been giving [[R|Wei]] literature she found frightening. [[S|Zhang]] did not want to name anyone else.

Her father-in-law [[R|Mr Zhang]] lives with them in [[NEG|Salford]].

I explained the [[NEG|Student Wellbeing Hub]] and the domestic abuse route as well as Prevent. She consented to me speaking with the Designated Safeguarding Officer, [[P|Hamish Drummond]]. [[U|Dawn Whitely]] from the international office will join next time. Separately, [[U|Lan]]'s support was welcome, and I made sure she knew she need not interpret.

Next steps: [[P|HD]] to advise by Friday. [[S|Mei]]'s extension for [[NEG|DS7010]] agreed.
— [[U|R. Okafor]], Personal Tutor
""",
    },
    {
        "id": "d23-support-aisha",
        "kind": "support_log",
        "subject": "Aisha Warsame",
        "subject_aliases": ["aishw"],
        "case_people": ["Kirsty Bell", "Adebayo Lawal"],
        "text": """Student Support Log — [[S|Aisha Warsame]] ([[SI:STUDENT_NUMBER|20339182]])

03/10  Call from [[S|Aisha]]. Worried about her brother [[R|Abdirahman Warsame]], who she says has been "talking differently" since spending time with a man called [[U|Liban Hersi]]. No immediate risk to [[S|Aisha]]. Signposted to [[NEG|Samaritans]]. — [[P|K. Bell]]

05/10  [[S|Ms Warsame]] e-mailed from [[SI:EMAIL_ADDRESS|aisha.warsame@studentmail.example.ac.uk]]. Her mother [[R|Mrs Warsame]] now aware. Forwarded to [[P|Adebayo Lawal]] (Prevent lead) with consent. — [[P|KB]]

09/10  Case discussion, [[P|AL]] and [[P|KB]]. Agreed [[S|Aisha]] is not the person of concern; [[R|Abdirahman]] is not a student. Advice to family via the local authority. — [[P|AL]]

11/10  Wellbeing check. [[S|Aisha]] said her aunt [[R|Hodan Warsame]] and cousin [[U|Farhiya Elmi]] are supportive. Deadline extension for [[NEG|Nursing Practice 2]] requested from [[U|Joy Pemberton]]. — [[P|K. Bell]]

14/10  Extension confirmed by [[U|Ms Pemberton]]. Closed for now; reopen if [[S|Aisha]] asks. Her VLE username [[SI:USERNAME|aishw]] noted for the file. — [[P|KB]]
""",
    },
    {
        "id": "d23-support-tomasz",
        "kind": "support_log",
        "subject": "Tomasz Wiśniewski",
        "subject_aliases": ["Tomek"],
        "case_people": ["Rhiannon Pryce"],
        "text": """WELLBEING NOTES  |  [[S|Tomasz Wiśniewski]]  |  [[SI:STUDENT_NUMBER|2310-5527]]

Mon 8 Jan — Phone [[SI:PHONE_NUMBER|07700 900 418]]. [[S|Tomek]] (prefers this) says he is not sleeping and is spending nights on forums. Mentioned a user called [[T:USERNAME|wolf_of_wessex]] who "gets it". He lives with his father [[R|Krzysztof Wiśniewski]] in [[NEG|Swindon]]. — [[P|RP]]

Wed 10 Jan — [[S|Tomasz]] missed appointment. Left voicemail. His partner [[U|Summer Hale]] rang back, worried; said [[S|Tomek]] has been printing flyers. Discussed with [[P|Rhiannon Pryce]]'s manager, [[U|Gethin Lloyd-Evans]]. — [[P|R. Pryce]]

Thu 11 Jan — [[S|Mr Wiśniewski]] attended in person. Calm. Spoke of his grandmother [[R|Halina]] in [[NEG|Kraków]] and of his sister [[R|Agnieszka Wiśniewska]]. Showed me the flyer: it was for a [[NEG|Rose Festival]] run by the allotment society, not anything concerning. — [[P|RP]]

Fri 12 Jan — The forum account remains a worry. Agreed with [[U|GL-E]] to keep the case open at "monitor". [[S|Tomasz]] agreed to see the counsellor, [[U|Patience Mbeki]], next week. — [[P|Rhiannon]]
""",
    },
    {
        "id": "d23-support-precious",
        "kind": "support_log",
        "subject": "Precious Ndlovu",
        "subject_aliases": [],
        "case_people": ["Siobhan Keane", "Mark Attwood"],
        "text": """Support & Wellbeing — contact record
Subject: [[S|Precious Ndlovu]]   DOB [[SI:DATE_OF_BIRTH|17 July 2001]]   NHS no. [[SI:UK_NHS|943 476 5919]]

2024-01-15 Initial contact via [[NEG|Ask Us]] form. [[S|Precious]] is caring for her mother, [[R|Mrs Ndlovu]], and her little brother [[R|Sipho]]. She wrote that patience "is running out" with a neighbour, [[U|Desmond Farrow]], who keeps leaving leaflets for [[R|Sipho]]. — [[P|S. Keane]]

2024-01-17 Telephone. [[S|Ms Ndlovu]] read me one leaflet; it names a group I checked with [[P|Mark Attwood]]. He advised it is on the watch list. — [[P|SK]]

2024-01-18 [[P|MA]] spoke with [[S|Precious]]. Her uncle [[R|Themba Ndlovu]] has already told [[U|Mr Farrow]] to stop. Police contact offered: [[U|PC Aled Roberts]], collar number kept on file. — [[P|Mark]]

2024-01-22 [[S|Precious]] okay. Her friend [[U|Faith Chikwanha]] now walks [[R|Sipho]] home. [[NEG|Faith]] in the process seems restored; she thanked [[U|Bill Osei]] at reception. — [[P|Siobhan Keane]]
""",
    },
    {
        "id": "d23-support-huseyin",
        "kind": "support_log",
        "subject": "Hüseyin Çelik",
        "subject_aliases": ["Hus"],
        "case_people": ["Anwen Roberts"],
        "text": """Student Support — running log
[[S|Hüseyin Çelik]] / [[SI:STUDENT_NUMBER|22004516]] / [[SI:EMAIL_ADDRESS|h.celik@student.example.ac.uk]]

4 Nov. [[S|Hus]] (as he signs himself) rang after a row with his cousin [[R|Serkan Çelik]] about posts on a Telegram channel. He says [[R|Serkan]] follows [[U|Kadir Yılmaz]] and wants [[S|Hüseyin]] to come to a meeting in [[NEG|Luton]]. — [[P|A.R.]]

6 Nov. Met on campus. [[S|Mr Çelik]] brought his sister [[R|Şule]]; she is also worried. Their father [[R|Mr Çelik]] does not know. I explained consent and Prevent honestly. — [[P|AR]]

7 Nov. Spoke to [[U|Dr Ioannis Papadakis]] (course lead, [[NEG|Civil Engineering]]). No academic concerns. — [[P|Anwen Roberts]]

12 Nov. [[S|Hüseyin]] says he did not go to the meeting. [[R|Şule Çelik]] confirmed by e-mail. He wants support with anger; referred to [[U|Ms Gül Aydın]] (counselling). — [[P|A. Roberts]]

20 Nov. Nothing further. [[U|İbrahim Doğan]], a friend, phoned to say [[S|Hus]] is "back to normal". Review in December. — [[P|AR]]
""",
    },
    {
        "id": "d23-chat-jessica",
        "kind": "chat_export",
        "subject": "Jessica Thornbury",
        "subject_aliases": ["jess", "jess_t99"],
        "case_people": ["Mohammed Iqbal"],
        "text": """[Teams export] Chat: "[[NEG|GEOG1102]] study group"  (exported 21/03, 14:02)

[09:14] [[U|Liam Costello]]: anyone seen [[S|jess]] today?
[09:15] [[P|Mohammed Iqbal]]: nope. @ [[S|jess]] you ok??
[09:21] [[U|Sunny Adeleke]]: her mum messaged me lol. [[R|mrs thornbury]] asked if we'd seen her
[09:22] [[U|Liam Costello]]: tell [[S|jess]] to check the group
[09:40] [[S|Jessica Thornbury]]: im fine. just staying at my brothers
[09:41] [[P|Mohammed Iqbal]]: which one, [[R|kyle]]?
[09:41] [[S|Jessica Thornbury]]: yeah [[R|kyle]]. he keeps showing me stuff from that guy on tiktok [[T:SOCIAL_HANDLE|@truthforge_uk]]
[09:43] [[U|Sunny Adeleke]]: that account is grim ngl, [[NEG|sunny]] day for once tho
[09:50] [[P|mo]]: ill flag it to [[U|dr hussain]] if thats ok
[09:51] [[S|Jessica Thornbury]]: fine. dont tell dad. dont tell [[R|gary]] either
[09:52] [[U|Liam Costello]]: [[R|gary thornbury]] is her uncle fyi
[09:55] [[S|Jessica Thornbury]]: my insta is [[SI:SOCIAL_HANDLE|jess_t99]] if u need me
[10:02] [[P|mo]]: ok. chat later [[S|jess]], [[NEG|Reading Week]] starts monday
""",
    },
    {
        "id": "d23-chat-hoang",
        "kind": "chat_export",
        "subject": "Trần Văn Hoàng",
        "subject_aliases": ["hoang.tran", "hoangz"],
        "case_people": ["Eleni Georgiou", "Duncan Fraser"],
        "text": """WhatsApp Chat with "[[NEG|Year 2 Nursing – Cohort B]]"
Exported 02/05/2024

02/05/2024, 21:03 - [[P|Eleni Georgiou]]: has anyone heard from [[S|hoang]]?
02/05/2024, 21:05 - [[U|Ngozi Eze]]: [[S|Hoàng]] left the group chat for the placement
02/05/2024, 21:05 - [[U|Ngozi Eze]]: his sister [[R|Linh]] said he's at their uncle's
02/05/2024, 21:07 - [[U|Rosie Carmichael]]: [[R|Trần Minh Đức]]? the one in [[NEG|Birmingham]]?
02/05/2024, 21:08 - [[P|Eleni Georgiou]]: yeah i think so. [[P|duncan]] do you know anything
02/05/2024, 21:12 - [[P|Duncan Fraser]]: [[S|hoang.tran]] messaged me from a new account [[SI:USERNAME|hoangz]]. asked me to join a "study group" on discord. link was [[T:URL|https://discord.example.gg/k9Qm2]]
02/05/2024, 21:13 - [[U|Rosie Carmichael]]: not going near that
02/05/2024, 21:15 - [[P|Eleni Georgiou]]: i'll tell [[U|ms baptiste]] tomorrow. [[S|Mr Tran]] is a good lad honestly
02/05/2024, 21:16 - [[U|Ngozi Eze]]: @[[U|rosie]] can u text [[R|linh]]? her number is [[T:PHONE_NUMBER|+44 7700 900 261]]
02/05/2024, 21:20 - [[U|Rosie Carmichael]]: done x
""",
    },
    {
        "id": "d23-chat-rhys",
        "kind": "chat_export",
        "subject": "Rhys ap Gwilym",
        "subject_aliases": ["rapg", "rhysy"],
        "case_people": ["Catrin Howells"],
        "text": """VLE discussion board — [[NEG|HIS2003 The Modern Welsh Nation]] — thread "Week 7 readings"
(moderator export, plain text)

[[SI:USERNAME|rapg]] ([[S|Rhys ap Gwilym]]) wrote:
> honestly the reading from [[NEG|Gwasg Prifysgol Cymru]] is soft. my dad [[R|Huw ap Gwilym]] says the only answer is what [[U|Aled Cornelius]] posts on his blog, see [[T:URL|http://cornelius-truth.example.net/blog]]

[[T:USERNAME|c.howells]] ([[P|Catrin Howells]], tutor) wrote:
> [[S|Rhys]], let's keep to the readings please. @[[T:USERNAME|mari.b]] can you summarise week 7?

[[T:USERNAME|mari.b]] ([[U|Mari Bevan]]) wrote:
> sure. also [[S|rhysy]] your sister [[R|ffion]] said hi lol

[[U|dawn]] ([[U|Dawn Pritchard]]) wrote:
> [[NEG|dawn]] of a new week, same arguments. [[S|rapg]] the blog is not a source

[[SI:USERNAME|rapg]] ([[S|Rhys ap Gwilym]]) wrote:
> fine. mam agrees with you anyway. [[R|Mrs ap Gwilym]] has spoken lol

[[P|CH]] (moderator note): post by [[S|Mr ap Gwilym]] referred to [[U|Dr Osei-Mensah]], 14:20. Blog link removed.
""",
    },
    {
        "id": "d23-chat-yusuf",
        "kind": "chat_export",
        "subject": "Yusuf al-Haddad",
        "subject_aliases": ["yus", "yusuf_h", "يوسف"],
        "case_people": ["Bronwen Pugh", "Kenji Watanabe"],
        "text": """Microsoft Teams — 1:1 and group messages relating to [[S|Yusuf al-Haddad]] (disclosed under consent form ref [[NEG|SF-2291]])

[Group: [[NEG|Law Society]] committee]
[[U|Tariq Mahmood]] 18:02  @[[S|yus]] are you coming to the debate thursday
[[S|Yusuf al-Haddad]] 18:05  maybe. [[R|omar]] wants me home
[[U|Tariq Mahmood]] 18:05  ur brother needs to chill
[[P|Kenji Watanabe]] 18:10  the motion is about free speech on campus, [[P|Ms Pugh]] approved it
[[S|Yusuf al-Haddad]] 18:12  my uncle [[R|Khalid al-Haddad]] says speakers like [[U|Ryan Calder]] should be banned

[1:1: [[P|Bronwen Pugh]] ↔ [[S|يوسف]]]
[[P|Bronwen Pugh]] 19:40  Hi [[S|Yusuf]], checking you're okay after today
[[S|Yusuf al-Haddad]] 19:52  im ok miss. [[R|Omar al-Haddad]] took my phone earlier thats why i went quiet
[[P|Bronwen Pugh]] 19:53  Thanks for telling me. Can I mention it to [[P|kenji]]?
[[S|Yusuf al-Haddad]] 19:55  yes. my other account is [[SI:USERNAME|yusuf_h]] if this one goes off
[[P|Bronwen Pugh]] 19:56  Okay. Our [[NEG|Student Union]] advisor [[U|Grace Adomako]] is around tomorrow.
""",
    },
    {
        "id": "d23-chat-rosa",
        "kind": "chat_export",
        "subject": "Rosa Conceição Mendes",
        "subject_aliases": ["rosinha", "@rosa.cmendes"],
        "case_people": ["Rajesh Nair"],
        "text": """Export: VLE Messages — course [[NEG|PSY1001 Intro to Psychology]]
Participants: [[S|Rosa Conceição Mendes]], [[P|Rajesh Nair]], [[U|Joy Hargreaves]], [[U|Stanisław Nowak]]

[[U|Joy Hargreaves]] (11:02): morning all, is [[S|rosinha]] joining the call?
[[S|Rosa Conceição Mendes]] (11:03): yes sorry, my mum [[R|Conceição]] needed the laptop
[[U|Stanisław Nowak]] (11:04): no worries [[S|rosa]]
[[P|Rajesh Nair]] (11:06): Quick note — I saw the reel you were tagged in by [[T:SOCIAL_HANDLE|@patria_pura_pt]]. Is that you, [[S|@rosa.cmendes]]?
[[S|Rosa Conceição Mendes]] (11:09): no!! thats my cousin [[R|João Mendes]]. he tagged me. i hate it
[[U|Joy Hargreaves]] (11:10): [[NEG|joy]] to the world, another [[NEG|Monday]]
[[P|Rajesh Nair]] (11:12): Understood. [[S|Ms Mendes]], I'll let [[U|Dr Fernández]] know it isn't you.
[[S|Rosa Conceição Mendes]] (11:13): pls dont tell tia [[R|Amélia]]. [[R|Amélia Mendes]] will tell my dad
[[P|Rajesh Nair]] (11:14): I won't contact family. [[P|RN]] (tutor)
[[U|stan]] (11:15): u ok [[S|rosa]]?
""",
    },
    {
        "id": "d23-email-sophie",
        "kind": "email",
        "subject": "Sophie Marchetti",
        "subject_aliases": [],
        "case_people": ["Oluwaseun Bakare", "Heather Lindqvist"],
        "text": """From: [[P|Oluwaseun Bakare]] <[[T:EMAIL_ADDRESS|o.bakare@northway.example.ac.uk]]>
To: [[P|Heather Lindqvist]] <[[T:EMAIL_ADDRESS|h.lindqvist@northway.example.ac.uk]]>
Cc: [[U|Daniel Oyelaran-Smith]] <[[T:EMAIL_ADDRESS|d.oyelaran-smith@northway.example.ac.uk]]>
Subject: Student concern – [[S|S. Marchetti]] ([[SI:STUDENT_NUMBER|22-3041-118]])

Dear [[P|Heather]],

I'm writing about [[S|Sophie Marchetti]] on the [[NEG|BA Fine Art]] programme. Her father, [[R|Giuseppe Marchetti]], rang our switchboard on Tuesday to say [[S|Sophie]] has been in contact with a man named [[U|Lorenzo Vitale]] who runs a channel promoting violence against migrants. [[R|Mr Marchetti]] was very upset. Her brother [[R|Luca]] apparently introduced them.

I have not spoken to [[S|Ms Marchetti]] yet. Could you advise on next steps, and whether [[U|Prof. Anand Krishnamurthy]] should be told as Head of School?

Thanks,
[[P|Seun]]

--
[[P|Oluwaseun Bakare]]
Student Engagement Adviser, [[NEG|Northway Online University]]
T: [[T:PHONE_NUMBER|0161 496 0732]]
E: [[T:EMAIL_ADDRESS|o.bakare@northway.example.ac.uk]]
""",
    },
    {
        "id": "d23-email-bilal",
        "kind": "email",
        "subject": "Bilal Qureshi",
        "subject_aliases": ["Bil"],
        "case_people": ["Fiona Galbraith"],
        "text": """From: [[P|Fiona Galbraith]] <[[T:EMAIL_ADDRESS|fiona.galbraith@northway.example.ac.uk]]>
Sent: 14 June 2024 16:22
To: [[NEG|Safeguarding Team]] <[[NEG|safeguarding@northway.example.ac.uk]]>
Subject: FW: worried about my son [[S|Bilal]]

Forwarding below from [[S|Bilal Qureshi]]'s mother. [[P|FG]]

-----Original Message-----
From: [[R|Nasreen Qureshi]] <[[T:EMAIL_ADDRESS|nasreen.q1968@mailbox.example.com]]>
Sent: 14 June 2024 09:03
To: [[P|Fiona Galbraith]]
Subject: worried about my son [[S|Bilal]]

Hi [[P|Fiona]],

Sorry to write to you directly. My son [[S|Bilal]] ([[SI:STUDENT_NUMBER|21987430]]) has been going to a gym run by a man called [[U|Zain Chaudhry]] and comes back saying things that are not like him. My husband [[R|Tariq Qureshi]] thinks I am overreacting. [[S|Bil]]'s sister [[R|Sana]] found pamphlets in his room.

Please do not tell [[S|Bilal]] that I wrote. You can call me on [[T:PHONE_NUMBER|07700-900-553]].

Thanks,
[[R|Nasreen]]
""",
    },
    {
        "id": "d23-email-niamh",
        "kind": "email",
        "subject": "Niamh Ní Chonaill",
        "subject_aliases": [],
        "case_people": ["Arjun Mehta", "Ruth Abernethy"],
        "text": """From: [[P|Arjun Mehta]] <[[T:EMAIL_ADDRESS|a.mehta@northway.example.ac.uk]]>
To: [[P|Ruth Abernethy]]
Cc: [[U|Chidi Nwankwo]] <[[T:EMAIL_ADDRESS|c.nwankwo@northway.example.ac.uk]]>; [[U|Lena van der Berg]]
Subject: RE: [[NEG|Ireland]] field trip – [[S|Niamh]]

Hi [[P|Ruth]],

Following up on our call. [[S|Niamh Ní Chonaill]] was on the [[NEG|Galway]] field trip. On the coach she told [[U|Lena]] that her father, [[R|Dónal Ó Conaill]], and her sister [[R|Síle Ní Chonaill]] had been "warned" by a man called [[U|Declan Moriarty]] because of her posts supporting refugees. So she is the target here, not the risk.

[[S|Ms Ní Chonaill]] gave permission for us to share this. Her mother, [[R|Bríd]], is coming over in May.

Could [[P|Dr Abernethy]] and [[U|Chidi]] put together a safety plan? [[S|Niamh]] wants to finish the [[NEG|Irish Studies]] module in person.

Best wishes,
[[P|Arjun]]

--
[[P|Arjun Mehta]] | Field Trips Coordinator
Mob: [[T:PHONE_NUMBER|+44 (0)7700 900 874]]
""",
    },
    {
        "id": "d23-email-chioma",
        "kind": "email",
        "subject": "Chioma Okeke",
        "subject_aliases": ["Chi"],
        "case_people": ["Stuart McAllister"],
        "text": """From: [[S|Chioma Okeke]] <[[SI:EMAIL_ADDRESS|chioma.okeke@student.northway.example.ac.uk]]>
To: [[P|Stuart McAllister]] <[[T:EMAIL_ADDRESS|s.mcallister@northway.example.ac.uk]]>
Subject: extension and something else

Dear [[P|Mr McAllister]],

I need an extension for [[NEG|Accounting Principles]] because of family things. My brother [[R|Emeka Okeke]] was arrested last week in [[NEG|Peckham]] and the officer, [[U|DS Rachel Kettering]], said it was under counter-terrorism law. I am not involved. My mum [[R|Mrs Okeke]] asked me to tell the university before they hear from anyone else.

My friend [[U|Adaora Nnamdi]] said I should also speak to [[U|Hope Sinclair]] in Student Support. Is that right? My uncle [[R|Chukwuemeka]] is helping with the lawyer.

Thank you,
[[S|Chi]]
[[S|Chioma Okeke]] — [[SI:STUDENT_NUMBER|S-2204-1187]]
Tel [[SI:PHONE_NUMBER|07700 900 642]]

> On 3 Apr, [[P|Stuart McAllister]] wrote:
> Hi [[S|Chioma]], please let me know if you need anything. [[P|SM]]
""",
    },
    {
        "id": "d23-email-haruto",
        "kind": "email",
        "subject": "Haruto Sato",
        "subject_aliases": ["佐藤陽翔"],
        "case_people": ["Gwen Lusk"],
        "text": """From: [[P|Gwen Lusk]] <[[T:EMAIL_ADDRESS|g.lusk@northway.example.ac.uk]]>
To: [[U|Kofi Mensah-Bonsu]] <[[T:EMAIL_ADDRESS|k.mensah-bonsu@northway.example.ac.uk]]>
Cc: [[U|Dr Yuki Tanaka]]
Subject: Prevent query — [[S|SATO Haruto]]

Hi [[U|Kofi]],

Quick one. [[S|Haruto Sato]] (registered as [[S|佐藤陽翔]]; student number [[SI:STUDENT_NUMBER|2301 7782]]) asked me today about a Discord server he was invited to by a user called [[T:USERNAME|nihilist_ronin]]. He forwarded the invite. [[S|Mr Sato]]'s older brother [[R|Ren Sato]] is in [[NEG|Osaka]] and apparently warned him off it. His mother [[R|Mrs Sato]] is visiting in [[NEG|April]].

I think [[S|Haruto]] is doing the right thing by asking. [[U|Yuki]], can you check whether your colleague [[U|Mark Pettigrew]] has seen the same server? [[NEG|Will]] mark this for review.

Cheers,
[[P|Gwen]]
--
[[P|Gwen Lusk]]
Prevent Coordinator (Acting)
[[T:PHONE_NUMBER|+44 161 496 0011]]
""",
    },
    {
        "id": "d23-minutes-liam",
        "kind": "meeting_minutes",
        "subject": "Liam Doherty",
        "subject_aliases": [],
        "case_people": ["Ravinder Kaur", "Obinna Chukwu"],
        "text": """PREVENT CASE PANEL — MINUTES
Date: 9 October   Location: Teams ([[NEG|Room B12]] for those on site)

Present: [[P|Ravinder Kaur]] (Chair, Prevent Lead); [[P|Dr Obinna Chukwu]] (Academic Lead); [[U|Ms Joanna Whitcombe]] (Student Support); [[U|Sgt Paul Ferris]] (Police liaison)
Apologies: [[U|Prof. Helena Sørensen]]; [[U|Bill Crawshaw]]
Minutes: [[U|Teresa Ambrose]]

1. Case: [[S|Liam Doherty]] ([[SI:STUDENT_NUMBER|20-7745-301]])
[[P|RK]] summarised. [[S|Mr Doherty]]'s father, [[R|Sean Doherty]], contacted the university after finding material on a shared laptop. [[S|Liam]]'s stepmother, [[R|Mrs Doherty]], and half-brother [[R|Conor]] were present when police visited. [[U|Sgt Ferris]] confirmed no arrest.

[[P|OC]] reported [[S|Liam]] is engaging with [[NEG|Social Work]] modules and with his tutor [[U|Marguerite Okafor]].

2. Actions
- [[P|RK]] to call the student and offer a supportive meeting.
- [[U|JW]] to check in with [[R|Conor Doherty]]'s school only if the family consent.
- [[U|PF]] to share any update by 23 Oct.

Next panel: 6 November. [[NEG|Mark]] scheme for [[NEG|Social Work]] not affected.
""",
    },
    {
        "id": "d23-minutes-amara",
        "kind": "meeting_minutes",
        "subject": "Amara Diallo",
        "subject_aliases": ["Ams"],
        "case_people": ["Grace Whitfield"],
        "text": """Student Welfare Review Group
Notes of meeting held 27/02, 10:00–10:45

Attendees:
  [[P|Grace Whitfield]] – Head of Student Wellbeing (chair)
  [[U|Dr Mamadou Sow]] – Personal Tutor
  [[U|Kateryna Bondarenko]] – Disability Adviser
  [[U|Gareth Wyn Jones]] – Accommodation
Apologies: [[U|Joy Abara]], [[U|Dawn MacIntyre]]
Note-taker: [[U|Paul Heyes]]

Item 1 — [[S|Amara Diallo]]
[[U|MS]] reported that [[S|Amara]] ("[[S|Ams]]") has been receiving messages from her ex-partner's friend, [[U|Kieran Lowe]], after she spoke in a [[NEG|Peace and Conflict Studies]] seminar. Her mother [[R|Fatoumata Diallo]] and brother [[R|Ibrahima]] have also been contacted. [[R|Mr Diallo]] (father) has asked the university to act.

[[P|GW]] noted this is safeguarding of [[S|Ms Diallo]], not a Prevent referral about her, though [[U|Mr Lowe]]'s messages may meet the threshold for a police report.

Actions:
  [[P|GW]] — contact [[S|Amara]] to agree a safety plan
  [[U|KB]] — adjustments for exams
  [[U|GWJ]] — room move if wanted
  [[U|MS]] — share [[S|Amara]]'s statement with [[U|PC Hollis]] with consent

[[NEG|Grace]] period for [[NEG|PCS2010]] coursework agreed.
""",
    },
    {
        "id": "d23-minutes-dmytro",
        "kind": "meeting_minutes",
        "subject": "Dmytro Shevchuk",
        "subject_aliases": ["Dima"],
        "case_people": ["Alison Trewin", "Sanjay Patel"],
        "text": """Minutes — Channel pre-referral discussion (internal)
Held: 5 Dec, via Teams. Chair: [[P|Alison Trewin]]. Minutes: [[P|S. Patel]].
Also present: [[U|Rt. Rev. Colin Ashby]] (Chaplaincy), [[U|Ms Lerato Mokoena]] (Student Voice), [[U|Mr Hiroshi Kimura]] (IT Security)
Apologies: none

Subject: [[S|Dmytro Shevchuk]] ([[S|Dima]]), year 1, [[NEG|Computer Science]]. Student no. [[SI:STUDENT_NUMBER|2412-0098]].

[[U|HK]] described login activity from IP [[SI:IP_ADDRESS|203.0.113.47]] to a forum associated with "[[U|Viktor Hale]]". The same account used [[SI:IP_ADDRESS|2001:db8:4a1::7c]] from halls. [[P|AT]] stressed that access alone is not evidence of risk.

[[U|LM]] said [[S|Dmytro]]'s sister, [[R|Iryna Shevchuk]], had asked for advice on behalf of their parents. [[R|Mrs Shevchuk]] is in [[NEG|Lviv]]; [[R|Oleksandr Shevchuk]] (father) is in [[NEG|Reading]].

Decision: no referral yet. [[P|AT]] to meet [[S|Mr Shevchuk]] with [[U|Rev. Ashby]] present if he wishes.
Action: [[P|SP]] to file these minutes. [[U|HK]] to stop monitoring after 14 days unless [[P|Alison]] says otherwise.
""",
    },
    {
        "id": "d23-minutes-fatima",
        "kind": "meeting_minutes",
        "subject": "Fatima Zahra Benali",
        "subject_aliases": ["Zahra"],
        "case_people": ["Douglas Kerr"],
        "text": """FACULTY SAFEGUARDING MEETING — ACTION NOTES

Date 16.01 | Chair [[P|Prof. Douglas Kerr]] | Secretary [[U|Mrs Patience Achebe]]
In attendance: [[U|Dr Sinéad Ní Mhurchú]], [[U|Mr Tomás de la Fuente]], [[U|Ms Xu Jiayi]], [[U|Hannah Rees-Mogridge]]
Apologies: [[U|Mr Rafael Ortega Morales]]

Student: [[S|Fatima Zahra Benali]], known as [[S|Zahra]]. DOB [[SI:DATE_OF_BIRTH|1999-08-23]].

[[U|SNM]] raised that [[S|Ms Benali]]'s cousin [[R|Youssef Benali]], who shares her flat, had been posting slogans on a public board in the [[NEG|Rose Bowl]] stadium car park. [[S|Zahra]] herself disclosed this. Her mother, [[R|Khadija Benali]], and her aunt [[R|Mrs Benali]] have been supportive.

[[P|DK]] asked that the minutes record [[S|Fatima Zahra]] is not a subject of concern.

Actions:
[[U|TdlF]] to contact [[S|Zahra]] about accommodation options.
[[U|XJ]] to liaise with [[U|Ms Hope Adjei]] (Housing).
[[P|DK]] to seek advice from the regional Prevent coordinator, [[U|Lee Harker]].
[[U|HRM]] to note on the case file.
""",
    },
    {
        "id": "d23-chron-callum",
        "kind": "case_chronology",
        "subject": "Callum Fairweather",
        "subject_aliases": ["Cal", "cal_fw"],
        "case_people": ["Shabnam Malik", "Robert Stewart"],
        "text": """CASE CHRONOLOGY — [[S|Callum Fairweather]] ([[SI:STUDENT_NUMBER|19-5520-034]])
Prepared for the Prevent panel. Entries in date order.

02/09  Tutor [[U|Megan Arkwright]] notes [[S|Callum]] has shared a video from [[T:SOCIAL_HANDLE|@albion_awake]] in the [[NEG|History]] forum. ([[P|S. Malik]])
04/09  [[S|Mr Fairweather]] asked to remove it; complied. His username [[SI:USERNAME|cal_fw]] suspended for 48h. — [[P|RS]]
11/09  Mother [[R|Deborah Fairweather]] e-mails. Worried about the influence of her partner's son, [[U|Jake Brannigan]]. ([[P|S. Malik]])
12/09  [[S|Cal]] phoned in upset; says his dad [[R|Mr Fairweather]] "doesn't get it". Offered counselling with [[U|Sunny Okoro]]. — [[P|RS]]
19/09  [[P|Robert Stewart]] and [[P|Shabnam Malik]] meet [[S|Callum]]. He names his younger brother [[R|Alfie]] as someone he wants to protect. ([[P|SM]])
26/09  [[U|PC Ivan Horvat]] confirms [[U|Brannigan]] is known to police. Not shared with [[S|Callum]]. — [[P|R. Stewart]]
03/10  Follow-up. [[S|Callum]] attends; engaged. [[R|Alfie Fairweather]] not discussed. [[NEG|Fair weather]] forecast for open day noted by [[U|Ms Arkwright]], not relevant. ([[P|S. Malik]])
""",
    },
    {
        "id": "d23-chron-ngozi",
        "kind": "case_chronology",
        "subject": "Ngozi Eze-Williams",
        "subject_aliases": [],
        "case_people": ["Hywel Morgan"],
        "text": """Chronology of contact — [[S|Ngozi Eze-Williams]]
DOB: [[SI:DATE_OF_BIRTH|30.03.2002]]   NI number: [[SI:UK_NINO|QQ 12 34 56 C]]   Student no: [[SI:STUDENT_NUMBER|2119 3307]]

14 Feb 2024 — [[S|Ngozi]] tells library staff that her stepfather, [[R|Owen Williams]], is pressing her to attend meetings of a group led by [[U|Stephen Acre]]. — [[P|HM]]
15 Feb 2024 — Her mother, [[R|Mrs Eze-Williams]], confirms. Says [[R|Owen]] has changed. — [[P|H. Morgan]]
20 Feb 2024 — [[S|Ms Eze-Williams]] seen by [[U|Dr Precious Mthembu]]. Low mood; no risk to others. — [[P|HM]]
01 Mar 2024 — Half-sister [[R|Chiamaka Eze-Williams]] contacts university; says [[U|Acre]] came to the house. Police informed: [[U|DC Fiona Lam]]. — [[P|Hywel Morgan]]
08 Mar 2024 — [[S|Ngozi]] moves into halls; accommodation officer [[U|Will Thackeray]] arranged it. — [[P|HM]]
15 Mar 2024 — Bank change requested for hardship fund: sort code [[SI:UK_SORT_CODE|20-45-77]], account [[SI:UK_BANK_ACCOUNT|41928837]]. [[S|Ngozi]] stable. Case stepped down. — [[P|Hywel]]
""",
    },
    {
        "id": "d23-chron-arash",
        "kind": "case_chronology",
        "subject": "Arash Karimi",
        "subject_aliases": ["Ash"],
        "case_people": ["Leila Haidari", "Marek Zieliński"],
        "text": """Safeguarding chronology: [[S|Arash Karimi]] / [[NEG|Ref PRV-0417]]

2023-11-02  [[S|Arash]] (goes by [[S|Ash]]) disclosed that his older brother [[R|Farid Karimi]] was stopped at [[NEG|Heathrow]] by [[U|DS Nicholas Grey]]. [[S|Ash]] was not travelling. — [[P|LH]]
2023-11-03  [[P|Leila Haidari]] phoned [[R|Mr Karimi]] senior with consent. He said the family came from [[NEG|Herat]] and that [[R|Farid]] is a good son. — [[P|L. Haidari]]
2023-11-09  IT ([[P|Marek Zieliński]]) confirms [[S|Mr Karimi]]'s account logged in from [[SI:IP_ADDRESS|198.51.100.23]] only. No concerning sites. ([[P|MZ]])
2023-11-10  [[S|Arash]]'s sister-in-law [[R|Mrs Karimi]] (wife of [[R|Farid]]) asked for a letter for the Home Office. Declined; signposted to [[U|Gulalai Noorzai]] at the local advice centre. — [[P|LH]]
2023-11-20  [[S|Arash]] met [[U|Dr Rebin Ahmed]] (Kurdish Students' advisor). Fine. ([[P|M. Zieliński]])
2023-12-01  [[NEG|Ref PRV-0417]] closed. [[S|Karimi]] informed by [[P|Leila]]. — [[P|LH]]
""",
    },
    {
        "id": "d23-chron-sian",
        "kind": "case_chronology",
        "subject": "Siân Lloyd",
        "subject_aliases": ["Si"],
        "case_people": ["Nkechi Obi"],
        "text": """Case chronology (extract) — Student: [[S|Siân Lloyd]]   No. [[SI:STUDENT_NUMBER|S-1806-2254]]

Mon 3 June   Concern raised by flatmate [[U|Yasmin Haddou]]: [[S|Siân]] has been making YouTube videos with her uncle [[R|Gareth Lloyd]] praising a banned group. — [[P|NO]]
Tue 4 June   Video reviewed by [[P|Nkechi Obi]]. Content is about the [[NEG|Lloyd George]] era, historical, not advocacy. [[S|Ms Lloyd]] is quoting, not endorsing. ([[P|N. Obi]])
Wed 5 June   [[S|Si]] explains she films with Uncle [[R|Gareth]] for the [[NEG|Heritage Media]] module. Her cousin [[R|Bethan Lloyd]] edits them. — [[P|NO]]
Thu 6 June   [[U|Yasmin]] apologised to [[S|Siân]]. Mediation by [[U|Mr Bogdan Popescu]]. ([[P|N. Obi]])
Fri 7 June   [[U|Grace Tan]] (module lead) confirms the project brief. [[R|Mrs Lloyd]] (mother) asks for a copy of the outcome; told it must come from [[S|Siân]]. — [[P|NO]]
Mon 10 June  No further action. Note that a second student called [[R|Rhodri Lloyd]] (no relation) shares the surname; do not confuse files. — [[P|Nkechi]]
""",
    },
    {
        "id": "d23-incident-georgios",
        "kind": "incident_report",
        "subject": "Georgios Papadopoulos",
        "subject_aliases": ["George"],
        "case_people": ["Deborah Hartley", "Oluwatoyin Ajayi"],
        "text": """INCIDENT REPORT FORM — Campus Security
Ref: [[NEG|INC-2024-0883]]   Date/time: 21/09/2024 22:40   Location: [[NEG|Kingfisher Car Park]]

Reported by: [[P|Deborah Hartley]] (Security Supervisor), radio call sign [[NEG|Delta 2]]
Student involved: [[S|Georgios Papadopoulos]] ([[S|George]]), [[SI:STUDENT_NUMBER|21-6603-712]]

Account: [[S|Mr Papadopoulos]] was found distributing stickers from the boot of a silver hatchback, reg [[T:UK_VEHICLE_REGISTRATION|KX19 TLV]], registered to his cousin [[R|Nikos Papadopoulos]]. A second vehicle, [[T:UK_VEHICLE_REGISTRATION|LB68 ZRH]], belonged to [[U|Craig Stannard]], who left before police arrived.

Witnesses: [[P|Oluwatoyin Ajayi]] (student ambassador); [[U|Dawn Sykes]] (cleaner); [[U|Kwabena Ofori]].

Police attended: [[U|PC 4471 Sarah Linwood]] and [[U|PC Mehmet Arslan]]. Stickers seized. [[S|George]] stated his uncle [[R|Mr Papadopoulos]] gave them to him and he "didn't read them". His sister [[R|Eleni Papadopoulou]] collected him at 23:30.

Wi-Fi logs show [[S|Georgios]]'s phone at [[SI:IP_ADDRESS|10.44.18.209]].

Signed: [[P|D. Hartley]]    Reviewed: [[U|J. Okoye]] (Duty Manager)
""",
    },
    {
        "id": "d23-incident-nomvula",
        "kind": "incident_report",
        "subject": "Nomvula Dlamini",
        "subject_aliases": ["Vuvu"],
        "case_people": ["Stephen Gallacher"],
        "text": """ONLINE INCIDENT — IT Security / Safeguarding joint report
Reporter: [[P|Stephen Gallacher]], IT Security Analyst. Ext. [[T:PHONE_NUMBER|0141 496 0218]]
Affected student: [[S|Nomvula Dlamini]] ("[[S|Vuvu]]") — [[SI:EMAIL_ADDRESS|n.dlamini@student.northway.example.ac.uk]]

Summary: On 2 March at 01:14 a post appeared on [[S|Ms Dlamini]]'s VLE blog calling for attacks on a named mosque. [[S|Nomvula]] says she did not write it. Login came from [[T:IP_ADDRESS|185.220.101.33]] (an anonymising relay) and from [[T:IP_ADDRESS|2001:db8:ff00:42::8329]].

Her brother [[R|Bongani Dlamini]] had her password, she says, as did her ex-boyfriend [[U|Tyrese Makinde]]. [[R|Bongani]] denies it. Their mother [[R|Mrs Dlamini]] phoned the helpdesk, spoke to [[U|Rose Wheatley]].

Witness statements: [[U|Ayesha Siddiqui]] (flatmate) confirms [[S|Vuvu]] was asleep at the time.

Police: report made to [[U|DS Kelvin Armitage]], crime ref [[NEG|CR/0093/24]].
Action: [[P|SG]] reset credentials; [[U|Ms Wheatley]] to retain call log. The [[NEG|Rose Wing]] server was not affected.
""",
    },
    {
        "id": "d23-incident-patrick",
        "kind": "incident_report",
        "subject": "Patrick Nwosu",
        "subject_aliases": ["Paddy"],
        "case_people": ["Claire Ashdown", "Vikram Sethi"],
        "text": """Incident record — Residential Life
Completed by: [[P|Claire Ashdown]] (Residence Manager)    Date of incident: 11 Nov

What happened: At approx. 19:00 a delivery driver left a parcel at [[NEG|Maple House]] addressed to [[S|Patrick Nwosu]] ("[[S|Paddy]]" on the label). Flatmate [[U|Sam Gorecki]] opened it by mistake and found printed manuals. [[U|Sam]] told [[P|Vikram Sethi]], duty warden, who informed me.

Sender label: [[U|A. Ferreira]], [[T:STREET_ADDRESS|Flat 2, 19 Coldharbour Lane]], [[T:UK_POSTCODE|SE5 9NR]]. Vehicle seen: white van [[T:UK_VEHICLE_REGISTRATION|WU21 KPD]].

[[S|Mr Nwosu]] returned at 21:10 with his father [[R|Chinedu Nwosu]] and cousin [[R|Ifeoma Nwosu]]. [[S|Patrick]] said the parcel was unexpected; [[R|Mr Nwosu]] agreed it should go to police.

Police: [[U|PC Rosalind Bright]], [[U|PC Omar Faruk]]. Parcel retained.

Witnesses: [[U|Sam Gorecki]]; [[U|Precious Adu]] (security).

Note: [[P|VS]] recorded the driver's description. Handover to [[U|Dr Jane Ellery]] (Prevent lead) at 09:00.

Signed [[P|C. Ashdown]]
""",
    },
    {
        "id": "d23-incident-lucia",
        "kind": "incident_report",
        "subject": "Lucía Hernández Ortega",
        "subject_aliases": ["Lu"],
        "case_people": ["Abdi Farah"],
        "text": """STUDENT EVENT INCIDENT — [[NEG|Open Mic Night]], [[NEG|Student Union Bar]]
Report written by [[P|Abdi Farah]] (Events Officer) on 8 February.

During the evening a student, [[S|Lucía Hernández Ortega]], performed a poem. A man in the audience, later identified as [[U|Dominic Rourke]] (not a student), shouted abuse and threatened her. [[S|Ms Hernández]] left the stage in tears with her brother [[R|Javier Hernández]] and her friend [[U|Amani Wanjiru]].

[[U|Mr Rourke]] drove off in a blue estate, registration [[T:UK_VEHICLE_REGISTRATION|YC15 HNB]]. His driving licence, dropped at the bar, read [[T:UK_DRIVING_LICENCE|ROURK812154D99AB]]. Handed to police.

Witnesses: [[U|Bartholomew King]] (bar staff), [[U|Hope Rawlinson]] (sound tech), [[U|Xiao Yu]].

Police: [[U|Sgt Dolores Quayle]] attended at 23:15.

Afterwards [[S|Lucía]]'s mother, [[R|Carmen Ortega]], phoned; [[R|Sra. Ortega]] is listed as next of kin. [[S|Lu]] is staying with [[R|Javier]] for now.

[[P|AF]] 09/02
""",
    },
    {
        "id": "d23-letter-emily",
        "kind": "letter",
        "subject": "Emily Hargreaves",
        "subject_aliases": ["Em"],
        "case_people": ["Kwabena Mensah"],
        "text": """[[NEG|Northway Online University]]
Student Support Services
[[NEG|Minerva House]], [[NEG|Deansgate]]
[[NEG|Manchester]]

[[R|Mr and Mrs Hargreaves]]
[[T:STREET_ADDRESS|Fernlea]]
[[T:STREET_ADDRESS|Mill Lane]]
[[NEG|Hebden Bridge]]
[[T:UK_POSTCODE|HX7 8QP]]

12 April

Dear [[R|Mr and Mrs Hargreaves]],

Re: your daughter, [[S|Emily Hargreaves]] (student number [[SI:STUDENT_NUMBER|22041337]])

Thank you for your letter of 3 April. I understand that [[S|Emily]]'s younger brother, [[R|Thomas Hargreaves]], has been contacted online by someone using the name [[U|Grant Peyton]], and that he has tried to involve [[S|Em]] too.

With [[S|Emily]]'s written consent I can confirm that we have spoken with her and that our Prevent lead, [[P|Dr K. Mensah]], has advised her. [[S|Miss Hargreaves]] is not under investigation. If you are worried about [[R|Thomas]], please contact his school or the police; [[U|PC Joanne Fell]] at [[NEG|Halifax]] station handles such matters.

Yours sincerely,

[[U|Harriet Okonjo]]
Student Support Manager
cc [[P|KM]]
""",
    },
    {
        "id": "d23-letter-gabriel",
        "kind": "letter",
        "subject": "Gabriel Popescu",
        "subject_aliases": [],
        "case_people": ["Margaret Quinn", "Sadia Rahman"],
        "text": """PRIVATE AND CONFIDENTIAL

[[S|Mr Gabriel Popescu]]
[[SI:STREET_ADDRESS|Flat 4B, 27 Tennyson Road]]
[[NEG|Luton]]
[[SI:UK_POSTCODE|LU1 3RX]]

Our ref: [[NEG|SS/PR/2024/117]]
18 September 2024

Dear [[S|Gabriel]],

Following your meeting with [[P|Ms Quinn]] on 10 September, I am writing to confirm what was agreed. You told us that your cousin, [[R|Andrei Popescu]], and a friend of his, [[U|Marius Dumitrescu]], had asked you to help run a Telegram channel. You declined, and you asked us for support in case they contact you again. Your grandmother [[R|Elena Popescu]] has been told, at your request.

We have arranged for you to meet [[P|Sadia Rahman]], our Prevent coordinator, on 25 September. Your mother, [[R|Mrs Popescu]], may come with you if you wish, as may your friend [[U|Ioana Marin]]; [[U|Mr Dumitrescu]] will not be contacted by us.

Your bank details for the hardship award: IBAN [[SI:IBAN_CODE|GB33 BUKB 2020 1555 5555 55]].

If you have questions, contact me on [[T:PHONE_NUMBER|01632 960 418]].

Kind regards,

[[P|Margaret Quinn]]
Senior Student Adviser
p.p. [[P|S. Rahman]]
cc [[U|Dr Olusegun Bright]], Head of Student Services
""",
    },
    {
        "id": "d23-letter-aoife",
        "kind": "letter",
        "subject": "Aoife Brennan",
        "subject_aliases": [],
        "case_people": ["Christopher Dunmore"],
        "text": """[[NEG|Northway Online University]] — Office of the Academic Registrar

[[S|Ms Aoife Brennan]]
c/o [[R|Mrs Máire Brennan]]
[[SI:STREET_ADDRESS|Rosehill Cottage]]
[[SI:STREET_ADDRESS|Church Street]]
[[NEG|Ballycastle]], Co. [[NEG|Antrim]]
[[SI:UK_POSTCODE|BT54 6DB]]

4 March

Dear [[S|Ms Brennan]],

Fitness to Study — outcome

The panel met on 28 February. Members: [[P|Christopher Dunmore]] (chair), [[U|Dr Ayodele Bankole]], [[U|Ms Charity Nyambura]]. Also present, at your request, was your father, [[R|Declan Brennan]].

The panel considered the information provided by [[U|Inspector Neil Hardcastle]] regarding your brother [[R|Ciarán Brennan]]. It concluded that there is no evidence that you share his views, and that you remain fit to study. The panel noted the strong reference from your tutor, [[U|Grace Olumide]].

Your passport number ([[SI:UK_PASSPORT|502135326]]) will be removed from our file.

Should you wish to appeal any element, please write to [[U|Ms Frances Laing]] within 14 days.

Yours sincerely,
[[P|C. Dunmore]]
Academic Registrar
""",
    },
    {
        "id": "d23-letter-farhan",
        "kind": "letter",
        "subject": "Farhan Chowdhury",
        "subject_aliases": [],
        "case_people": ["Lisa Okonkwo-Hale"],
        "text": """[[P|Lisa Okonkwo-Hale]]
Prevent Lead, [[NEG|Northway Online University]]
PO Box 1147, [[NEG|Leeds]]

[[R|Mr Anwar Chowdhury]]
[[T:STREET_ADDRESS|112 Burley Road]]
[[NEG|Leeds]]
[[T:UK_POSTCODE|LS4 2EU]]

22 January

Dear [[R|Mr Chowdhury]],

Your son [[S|Farhan]]

Thank you for your phone call on 19 January to my colleague [[U|Rubina Akhtar]]. I understand you are worried that [[S|Farhan Chowdhury]] has been spending time with a man called [[U|Imran Shah]] at a community gym, and that [[S|Farhan]]'s sister [[R|Tasnim]] has seen messages that upset her.

[[S|Farhan]] is an adult, so we cannot share details of his studies without his consent. I have, however, passed your concern to the team, and [[U|Dr Hope Osagie]] will offer [[S|Farhan]] a meeting. [[R|Mrs Chowdhury]] is welcome to call me directly on [[T:PHONE_NUMBER|0113 496 0577]].

For reference, the NI number you gave over the phone ([[T:UK_NINO|BG 63 81 27 D]]) is yours, not [[S|Farhan]]'s, and has not been recorded.

Yours sincerely,
[[P|L. Okonkwo-Hale]]
""",
    },
    {
        "id": "d23-tutor-will",
        "kind": "tutor_report",
        "subject": "William Ashworth",
        "subject_aliases": ["Will", "Billy"],
        "case_people": ["Temitope Adewale", "Lindsay Grieve"],
        "text": """Academic progress & welfare report — end of Block 3
Student: [[S|William Ashworth]] ([[S|Will]]) · ID [[SI:STUDENT_NUMBER|20-1145-876]] · [[NEG|BA Philosophy, Politics and Economics]]

Summary: [[S|Will]] will pass the block, though his last two essays leaned heavily on sources from a website his stepbrother, [[R|Connor Ashworth]], runs. I raised this with [[S|Mr Ashworth]] on 2 May. He said [[R|Connor]] and their father [[R|Mr Ashworth]] "argue about politics all the time" and that he only used the site because his sister [[R|Bethany]] was using the shared laptop for everything else.

His seminar partner [[U|Mark Ellison]] and [[U|Faith Obuya]] say he has been more withdrawn. At home he is still [[S|Billy]]; at university he prefers [[S|Will]].

I have discussed the sources with the module convenor, [[P|Dr Temitope Adewale]], who agrees it is an academic-skills issue first. The faculty Prevent contact, [[P|Lindsay Grieve]], has been informed for awareness only. [[U|Prof. Bartosz Kamiński]] need not be involved.

[[NEG|Will]] I need to revisit? Possibly, in [[NEG|June]].

Signed: [[P|T. Adewale]] for the programme team
Initialled: [[P|LG]]
""",
    },
    {
        "id": "d23-support-hang",
        "kind": "support_log",
        "subject": "Nguyễn Thị Hằng",
        "subject_aliases": ["Hannah", "hang.nguyen"],
        "case_people": ["Bogdan Ionescu"],
        "text": """International Student Support — case notes
Student: [[S|Nguyễn Thị Hằng]] (uses "[[S|Hannah]]"). VLE username [[SI:USERNAME|hang.nguyen]]. Passport [[SI:UK_PASSPORT|548213976]].

19/04 09:10. [[S|Hằng]] came to the drop-in. Her brother [[R|Nguyễn Văn Phúc]] has been asked by an older man, [[U|Đặng Quốc Bảo]], to collect money "for the cause" from other students. [[S|Hannah]] is frightened for [[R|Phúc]]. — [[P|B.I.]]

19/04 14:30. Spoke with [[P|Bogdan Ionescu]]'s deputy, [[U|Jennifer Osei-Tutu]]. [[S|Ms Nguyễn]] is not involved in collecting. — [[P|BI]]

22/04. Phone call, [[SI:PHONE_NUMBER|+44 7700 900 117]]. Her mother [[R|Mrs Nguyễn]] arrives from [[NEG|Hà Nội]] next week. Her cousin [[U|Lê Thu Trang]] (different surname) is helping. — [[P|Bogdan]]

24/04. [[S|Hằng]] attended with [[U|Rev. Amos Tshabalala]] from the chaplaincy. [[R|Phúc]] has agreed to meet [[U|DC Harriet Vane-Okoro]]. — [[P|BI]]

30/04. Stable. [[S|Nguyễn Thị Hằng]] thanked [[U|Patience Wood]] at reception. Closed. — [[P|B. Ionescu]]
""",
    },
]
