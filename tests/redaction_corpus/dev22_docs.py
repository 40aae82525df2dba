# ruff: noqa: E501
"""dev22: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d22-tutor-daniel",
        "kind": "tutor_report",
        "subject": "Daniel Price",
        "subject_aliases": ["Dan"],
        "case_people": ["Karen Mensah", "Oisín Ó Floinn"],
        "text": """TUTOR CONCERN FORM (Prevent) — School of Computing, [[NEG|Open Pathways]] campus
Student: [[S|Daniel Price]]   Student no.: [[SI:STUDENT_NUMBER|22-418-307]]   DOB: [[SI:DATE_OF_BIRTH|09/02/2005]]
Personal tutor: [[P|Dr K. Mensah]]

Summary of concern
In the [[NEG|Secure Systems]] forum on 3 March, [[S|Dan]] posted links praising a banned group and told another learner, [[U|Precious Adeyemi-Cole]], that she "would see soon enough". [[U|Precious]] reported it to her module lead, [[U|Mr Tadhg Byrne]]. I have no reason to doubt her account.

[[S|Daniel]]'s father, [[R|Robert Price]], phoned on 5 March worried that his son had stopped sleeping; [[R|Mr Price]] says [[S|Daniel]]'s younger sister [[R|Amy]] noticed the same videos. I asked [[R|Robert]] to keep the conversation open rather than confiscate the laptop.

[[P|Oisín Ó Floinn]] (Safeguarding Lead) has seen the posts. [[NEG|Faith]] in the process matters here: [[S|Price]] is engaged with his studies and his marks are good.

Recommended: referral discussion with [[P|OÓF]]; no police contact at this stage.

Signed: [[P|K. Mensah]]   Date: 6 March
""",
    },
    {
        "id": "d22-tutor-zeynep",
        "kind": "tutor_report",
        "subject": "Zeynep Yılmaz",
        "subject_aliases": ["Zey"],
        "case_people": ["Hope Okonkwo"],
        "text": """Personal tutor note — term 2 progress review
Learner: [[S|Zeynep Yılmaz]] ([[SI:STUDENT_NUMBER|S2291847]]), BSc Psychology, part-time

Met [[S|Zeynep]] on Teams for forty minutes. She prefers "[[S|Zey]]". Her cousin [[R|Barış Yılmaz]] sat in for the first ten minutes at her request; he left before we discussed the forum messages. [[S|Ms Yılmaz]] explained that the account "[[T:USERNAME|ataturk_kid]]" that shared the extremist poster belongs to a classmate, [[U|Çağla Şahin]], not to her.

Her mother, [[R|Mrs Yılmaz]], rang Student Services last week; [[U|Grace Whitlock]] in Student Services took the call. I have copied [[P|Hope Okonkwo]] as Designated Safeguarding Officer. There is reason for hope: [[S|Zeynep]] volunteered the screenshots herself and her brother [[R|Emre]] has offered to help her change passwords.

Actions: [[P|HO]] to review screenshots; I will check in again in two weeks. [[U|Mark Ellery]], her module tutor for Research Methods, will mark her late essay without penalty.

Progress: satisfactory. Attendance 82%.

[[U|N. Gallagher]]
Personal Tutor, Faculty of Social Sciences
""",
    },
    {
        "id": "d22-tutor-siobhan",
        "kind": "tutor_report",
        "subject": "Siobhán Ní Bhriain",
        "subject_aliases": ["Shiv"],
        "case_people": ["Will Ashcroft", "Nguyễn Thị Lan"],
        "text": """PROGRESS REPORT — Level 5, History and Politics
Student: [[S|Siobhán Ní Bhriain]] | ID [[SI:STUDENT_NUMBER|7730142]] | Email [[SI:EMAIL_ADDRESS|s.nibhriain@learners.openpathways.ac.uk]]

Academic: [[S|Siobhán]] submitted all three assignments. Her essay on the [[NEG|Good Friday Agreement]] was excellent.

Welfare: Her aunt, [[R|Máire Ní Bhriain]], wrote to the department on 12 January alleging that [[S|Shiv]] had been "radicalised online". I spoke to [[S|Ms Ní Bhriain]] directly; she was upset and said her aunt and her cousin, [[R|Róisín Ní Bhriain]], fell out years ago. [[S|Siobhán]] named a friend, [[U|Ciarán Mac Giolla Phádraig]], who can confirm the group chat was a history society debate.

I consulted [[P|Will Ashcroft]], Prevent Coordinator, who will decide whether anything further is needed. I will not escalate on the basis of one letter. [[P|Dr Nguyễn Thị Lan]] (senior tutor) agrees; [[P|Dr Nguyễn]] asked that a note be kept.

Next review: May. [[U|Summer Holloway]] from Disability Services will join because of [[S|Siobhán]]'s extension request.

Signed: [[P|W. Ashcroft]] on behalf of the tutor team
Countersigned: [[P|NTL]]
""",
    },
    {
        "id": "d22-tutor-kwame",
        "kind": "tutor_report",
        "subject": "Kwame Asante-Boateng",
        "subject_aliases": ["KAB"],
        "case_people": ["Joy Mbatha"],
        "text": """Tutor Concern Form / Ref: [[NEG|PRV-2026-0331]]
Student name: [[S|Kwame Asante-Boateng]]
Student number: [[SI:STUDENT_NUMBER|2024-55109]]
Programme: MSc Data Science (online)
Tutor: [[P|Joy Mbatha]]

What happened?
During a live seminar on 14 Oct, [[S|Mr Asante-Boateng]] shared his screen and an unrelated tab showed a messaging channel. Another student, [[U|Ioana Constantinescu]], asked in the chat what it was. [[S|Kwame]] closed it quickly. [[U|Rafael Domínguez Ortega]] and [[U|Liang Wei]] (written Liang surname first in the register) also saw it.

Context
His brother, [[R|Kofi Asante-Boateng]], is also enrolled (Law). [[R|Kofi]] emailed me on 15 Oct to say the channel was their uncle's, [[R|Yaw Asante-Boateng]], who runs a football fan page. I could not verify this. [[S|Kwame]] has always been courteous; I have no wish to overreact, and I will discuss it with him first.

Who else knows: [[U|Dr Patience Oduya]] (programme director). [[U|Bill Raynor]] from IT offered to check whether the tab was recorded, but I declined. The [[NEG|Patience Reading Room]] booking is unrelated.

Signed: [[P|J. Mbatha]]
""",
    },
    {
        "id": "d22-tutor-mei",
        "kind": "tutor_report",
        "subject": "Chen Mei",
        "subject_aliases": ["陈梅", "Mei-Mei"],
        "case_people": ["Rhodri ap Gwilym", "Sunny Lakhani"],
        "text": """Personal Tutor Meeting Record
Student: [[S|CHEN Mei]] ([[S|陈梅]]) — preferred name [[S|Mei]]; student ref [[SI:STUDENT_NUMBER|31047789]]
Attendees: [[P|Rhodri ap Gwilym]] (PT), [[S|Chen Mei]], interpreter [[U|Wang Xiaoling]]

Notes
[[S|Ms Chen]] asked for the meeting after a flatmate, [[U|Agnieszka Wróblewska]], told residential staff that [[S|Mei]] had been watching violent material late at night. [[S|Mei]] explained that the videos were for her dissertation on online radicalisation, supervised by [[U|Prof. Dawn Ashworth]]. Her father, [[R|Chen Jianguo]], and her mother, [[R|Mrs Chen]], know about the topic; [[R|Mr Chen]] phones every Sunday.

[[P|Sunny Lakhani]] (Wellbeing) joined for the second half; it was sunny outside and the call kept dropping, so [[P|SL]] rang back from a landline. We agreed the ethics approval letter from [[U|Dr Ashworth]] would be added to the file.

Outcome: no Prevent referral. [[U|Agnieszka]] to be thanked for raising it; the residence manager, [[U|Mr Kowalczyk]], will be told that the matter is closed.

Signed: [[P|R. ap G.]]  28/11
""",
    },
    {
        "id": "d22-support-amara",
        "kind": "support_log",
        "subject": "Amara Okafor",
        "subject_aliases": ["Ams"],
        "case_people": ["Karen Bell", "Thabo Nkosi"],
        "text": """Student Support Log — [[S|Amara Okafor]] — ID [[SI:STUDENT_NUMBER|S4471028]] — NHS no. [[SI:UK_NHS|230 972 1514]]

02/09  Phone call from [[S|Amara]]. Says her brother [[R|Chinedu Okafor]] has been posting on a forum she thinks is extreme. She is frightened for him, not of him. Advised her to speak to [[P|Karen Bell]]. — [[U|AB]]

04/09  [[S|Ms Okafor]] attended drop-in with her mother, [[R|Mrs Okafor]] ([[R|Ngozi]]). [[R|Ngozi Okafor]] asked that nothing be written down; explained our recording duty. — [[P|K. Bell]]

09/09  Call from [[U|Dr Fatima Al-Hashimi]], GP, with consent from [[S|Amara]]. GP number [[T:PHONE_NUMBER|0161 496 0321]]. — [[P|KB]]

15/09  [[P|Thabo Nkosi]] (Prevent lead) reviewed. [[S|Ams]] (as friends call her) is the person seeking help; no concern about her. [[P|Mr Nkosi]] will contact the Channel panel only about [[R|Chinedu]], and only after [[U|Precious]] in Legal advises. — [[P|TN]]

22/09  [[S|Amara]] doing well. [[NEG|Patience]] needed with her essay plan. Her friend [[U|Lerato Dlamini]] is supporting her. — [[P|K. Bell]]
""",
    },
    {
        "id": "d22-support-bogdan",
        "kind": "support_log",
        "subject": "Bogdan Popescu",
        "subject_aliases": ["bogdan.p"],
        "case_people": ["Ana Costa"],
        "text": """WELLBEING ENTRIES (exported from the case system)
Subject: [[S|POPESCU, Bogdan]]   Username: [[SI:USERNAME|bogdan.p]]   Mobile: [[SI:PHONE_NUMBER|07700 900412]]

Mon 13 Jan — [[S|Bogdan]] emailed at 02:14 saying he "can't switch off". Offered appointment. Flatmate [[U|Tomasz Zieliński]] later confirmed he had not left his room for days. — [[P|Ana Costa]]

Tue 14 Jan — Met [[S|Mr Popescu]]. He said his father, [[R|Ion Popescu]], lost his job in Constanța and the family blames "foreigners" in the UK. [[S|Bogdan]] repeated some of that language. Not assessed as a Prevent concern yet. — [[P|AC]]

Thu 16 Jan — His sister [[R|Elena]] ([[R|Elena Popescu]], [[T:EMAIL_ADDRESS|elena.popescu91@mailbox.ro]]) rang from Romania. Consent on file. — [[P|A. Costa]]

Mon 20 Jan — Consulted [[U|Rose Mbeki]] (Mental Health Adviser) and [[U|Dr Hiroshi Tanaka]]. [[NEG|Rose Court]] meeting room unavailable, so held on Teams. [[U|Dr Tanaka]] suggested counselling before any Prevent step. — [[U|RM]]

Fri 24 Jan — [[S|Bogdan]] attended counselling. — [[P|AC]]
""",
    },
    {
        "id": "d22-support-farida",
        "kind": "support_log",
        "subject": "Farida Haidari",
        "subject_aliases": ["Fari"],
        "case_people": ["Gareth Pugh-Evans", "Leyla Aydın"],
        "text": """Student Support — running record
Name: [[S|Farida Haidari]] | DOB [[SI:DATE_OF_BIRTH|17 June 2003]] | Passport [[SI:UK_PASSPORT|532871946]]

3 Feb. [[S|Farida]] came to the advice desk. Her uncle, [[R|Abdul Rahim Haidari]], sponsors her fees and has asked her to send him her login so that he can "check what she reads". She declined. — [[P|G. Pugh-Evans]]

5 Feb. Her cousin [[R|Zarmina Haidari]] (also a student, no. [[T:STUDENT_NUMBER|S3392015]]) came in separately, worried for [[S|Fari]]. Advised [[R|Zarmina]] of the support routes. — [[P|GPE]]

7 Feb. [[P|Leyla Aydın]], Prevent Coordinator: this is a safeguarding (coercion) issue, not a radicalisation one. [[P|Ms Aydın]] will tell the Channel contact [[U|DS Craig Whitfield]] that no referral is being made. — [[P|LA]]

11 Feb. [[S|Ms Haidari]] asked for the record to show that [[R|Mr Haidari]] has not threatened her. Noted. Her friend [[U|Hamid Karimi]] and her flatmate [[U|Joy Ansah]] walk her home. — [[P|G. Pugh-Evans]]

18 Feb. Closed for now. [[NEG|Faith]] community liaison ([[U|Imam Yusuf bin Hamdan]]) offered support if wanted. — [[P|LA]]
""",
    },
    {
        "id": "d22-support-jack",
        "kind": "support_log",
        "subject": "Jack McAllister",
        "subject_aliases": ["Jacko"],
        "case_people": ["Dawn Fairweather"],
        "text": """Wellbeing contact log: [[S|Jack McAllister]] ([[SI:STUDENT_NUMBER|2023-71934]]), BA Sport Management, Glasgow study centre

21.10  Referral from module tutor [[U|Ms Morag Cunningham]]: [[S|Jack]] shared memes about migrants in the cohort WhatsApp. [[U|Kirsty]] and [[U|Euan Sutherland]] screenshotted them. — [[P|D. Fairweather]]

23.10  Spoke to [[S|Jack]]. Says his older brother [[R|Callum McAllister]] sends him "this stuff" and he forwards it without thinking. [[S|Jacko]] appeared embarrassed. — [[P|DF]]

24.10  His gran, [[R|Mrs McAllister]], called reception asking after him. Reception ([[U|Stacey]]) took a message. Will call back with [[S|Jack]]'s consent only. — [[P|DF]]

30.10  Discussed with [[U|Mr Iain Drummond]] (Prevent SPOC, Scotland). He will speak to [[R|Callum]] only if [[R|Callum]] is a student here; he is not. — [[P|Dawn F.]]

06.11  [[S|Mr McAllister]] completed the online harms workshop. [[NEG|Summer]] placement at the Glasgow stadium still on. — [[U|ID]]
""",
    },
    {
        "id": "d22-chat-jessica",
        "kind": "chat_export",
        "subject": "Jessica Marlowe",
        "subject_aliases": ["jess", "jessm_04"],
        "case_people": ["Mohammed Rafiq"],
        "text": """Microsoft Teams — chat export — "ENG204 study group" — exported by [[P|Mohammed Rafiq]]

[19:02] [[U|Tom Whitaker]]: anyone seen the thing [[S|jess]] posted in general
[19:03] [[U|Priya Raman]]: yeah. @[[U|tom]] it's not ok
[19:03] [[S|jessm_04]]: it was a joke lol
[19:05] [[U|Priya Raman]]: @[[S|jess]] people are literally scared
[19:06] [[P|Mohammed Rafiq]]: hi all, I'm the module lead. [[S|Jessica]], can we talk tomorrow? @[[U|priya]] thanks for flagging
[19:07] [[S|jessm_04]]: fine. tell my sister [[R|becca]] i'm fine if she asks, she's in ENG101
[19:08] [[R|Rebecca Marlowe]]: i'm here [[S|jess]]. mum says call her
[19:09] [[U|Tom Whitaker]]: will do the slides tonight, @[[U|mo]] can you check
[19:10] [[P|Mohammed Rafiq]]: will do. [[U|Tom]], thanks
[19:15] [[U|hannah.k]]: who is [[S|marlowe]] even
[19:16] [[U|Priya Raman]]: @[[U|hannah.k]] not helpful

— end of export —
Note for file: [[R|Mrs Marlowe]] has since contacted [[P|MR]]. Handle on Instagram reported by [[U|Priya]]: [[SI:SOCIAL_HANDLE|@jess.marlowe.x]]
""",
    },
    {
        "id": "d22-chat-yusuf",
        "kind": "chat_export",
        "subject": "Yusuf Abdullahi Warsame",
        "subject_aliases": ["yus", "Y.A.W."],
        "case_people": ["Alejandra Ruiz de la Fuente"],
        "text": """WhatsApp chat with "Level 4 Nursing 🩺"
12/05/2026, 21:14 - [[U|Hodan Farah]]: has anyone heard from [[S|yus]]
12/05/2026, 21:15 - [[U|Maryam]]: no. his cousin [[R|Abdi Warsame]] said he's ok
12/05/2026, 21:15 - [[U|Kelechi 🌻]]: [[S|Yusuf]] sent me a video earlier, not sharing it here
12/05/2026, 21:16 - [[U|Hodan Farah]]: send it to [[P|Alejandra]] then, she's the safeguarding person
12/05/2026, 21:18 - [[U|Maryam]]: @[[P|Alejandra Ruiz]] are you in this group?
12/05/2026, 21:20 - [[P|Alejandra Ruiz de la Fuente]]: yes. please email me directly, not here. [[T:EMAIL_ADDRESS|a.ruizdelafuente@openpathways.ac.uk]]
12/05/2026, 21:21 - [[U|Kelechi 🌻]]: ok miss
12/05/2026, 21:30 - [[T:PHONE_NUMBER|+44 7700 900871]]: this is [[R|Hawa Warsame]], [[S|Yusuf]]'s mum. he is at home with me. please don't worry
12/05/2026, 21:31 - [[U|Hodan Farah]]: thank you auntie [[R|Hawa]] ❤️
12/05/2026, 21:33 - [[U|Maryam]]: tell [[S|yus]] we miss him

Exported by [[P|A. Ruiz de la Fuente]] for the [[NEG|Safeguarding Panel]]. Number above belongs to [[R|Mrs Warsame]]: [[T:PHONE_NUMBER|+44 7700 900871]].
""",
    },
    {
        "id": "d22-chat-piotr",
        "kind": "chat_export",
        "subject": "Piotr Kowalski",
        "subject_aliases": ["pk_gdansk", "Piotrek"],
        "case_people": ["Grace Adebayo"],
        "text": """VLE discussion board — MOD3302 Cybersecurity Ethics — thread "Is hacking ever justified?" (moderator export)

[[S|pk_gdansk]] ([[S|Piotr Kowalski]]) wrote, 08 Apr 10:41:
  people like @[[U|fatima_s]] should be removed from this country. not joking.

[[U|fatima_s]] ([[U|Fatima Siddiqui]]) wrote, 08 Apr 10:55:
  reported. @[[P|grace.adebayo]] please look at this

[[U|lukas.vdberg]] ([[U|Lukas van der Berg]]) wrote, 08 Apr 11:02:
  +1, that's not debate [[S|piotrek]]

[[P|grace.adebayo]] ([[P|Dr Grace Adebayo]], moderator) wrote, 08 Apr 11:20:
  Post hidden. [[S|Piotr]], I will email you. [[U|Fatima]], [[U|Lukas]] — thank you.

[[R|kowalska_a]] ([[R|Anna Kowalska]]) wrote, 08 Apr 12:04:
  im his sister, he doesn't mean it, our dad [[R|Marek]] got attacked last year

Moderator note: [[R|Anna]] is enrolled on the same module. Login for [[S|pk_gdansk]] came from [[SI:IP_ADDRESS|86.143.22.17]]; [[U|Grace]]'s colleague [[U|Tomás Ó Sé]] in IT confirmed. — [[P|GA]]
""",
    },
    {
        "id": "d22-chat-thanh",
        "kind": "chat_export",
        "subject": "Nguyễn Văn Thành",
        "subject_aliases": ["thanh", "Tony"],
        "case_people": ["Hannah Featherstone", "Dimitris Papadopoulos"],
        "text": """Teams chat export — 1:1 and group — requested by [[P|Hannah Featherstone]], Student Conduct

[[S|Nguyễn Văn Thành]] 14:02  hi [[P|hannah]], sorry about yesterday
[[P|Hannah Featherstone]] 14:03  Thanks [[S|Thành]]. Can you tell me who else was in the call?
[[S|Nguyễn Văn Thành]] 14:05  [[P|dimi]] i mean [[P|Dimitris]], and [[U|Sophie Lefèvre]], and my brother [[R|Nguyễn Văn Hùng]]
[[P|Hannah Featherstone]] 14:06  Is [[R|Hùng]] a student?
[[S|Nguyễn Văn Thành]] 14:06  no he's in Hanoi. english name [[R|Henry]]
[[P|Dimitris Papadopoulos]] 14:20  (added to chat) hi. [[S|tony]] just shared a doc, I didn't read it all
[[P|Hannah Featherstone]] 14:21  Thank you [[P|Dr Papadopoulos]]. [[S|Tony]] — is that the name you prefer?
[[S|Nguyễn Văn Thành]] 14:22  [[S|tony]] or [[S|thanh]] both fine
[[U|Sophie Lefèvre]] 14:40  (added) I left early, ask @[[U|reuben]]

File note: the mother, [[U|Trần Thị Hoa]] (she keeps her own family name), is the emergency contact; [[S|Thành]]'s father [[R|Mr Nguyễn]] is not. [[U|Reuben Achterberg]] not yet contacted. — [[P|HF]] / [[P|DP]]
""",
    },
    {
        "id": "d22-chat-kasia",
        "kind": "chat_export",
        "subject": "Katarzyna Wiśniewska",
        "subject_aliases": ["kasia", "@kasia_w"],
        "case_people": ["Themba Zulu"],
        "text": """Screenshot transcription (Instagram DM + X replies), supplied by [[P|Themba Zulu]], Residence Life

[[SI:SOCIAL_HANDLE|@kasia_w]]: they won't listen until someone does something
[[T:SOCIAL_HANDLE|@bartek.nowak]]: calm down [[S|kasia]]
[[SI:SOCIAL_HANDLE|@kasia_w]]: no. my mum [[R|Beata]] agrees with me
[[T:SOCIAL_HANDLE|@liv_c]]: [[S|Katarzyna]] pls delete this
[[T:SOCIAL_HANDLE|@bartek.nowak]]: tagging [[R|@wisniewski_michal]] your brother shld see this
[[R|@wisniewski_michal]]: [[S|kasia]] call me now

Transcriber notes
The handle [[SI:SOCIAL_HANDLE|@kasia_w]] is [[S|Ms Wiśniewska]]'s own; profile URL [[SI:URL|https://instagram.com/kasia_w]]. [[T:SOCIAL_HANDLE|@liv_c]] is [[U|Olivia Carr]], a flatmate; [[T:SOCIAL_HANDLE|@bartek.nowak]] is [[U|Bartłomiej Nowak]], a former student. The brother, [[R|Michał Wiśniewski]], lives in Leeds. Their mother, [[R|Beata Wiśniewska]], is not a student.

[[P|Mr Zulu]] discussed the posts with [[U|Dr Eilidh Sinclair]] on 2 December; [[U|Dr Sinclair]] asked [[P|TZ]] to arrange a welfare check, which [[U|Olivia]] attended. Nothing found in the room. The X account [[NEG|@OpenPathwaysUni]] is the university's official one.
""",
    },
    {
        "id": "d22-email-lucia",
        "kind": "email",
        "subject": "Lucía Fernández García",
        "subject_aliases": ["Lu"],
        "case_people": ["Owen Prydderch", "Nomvula Khumalo"],
        "text": """From: [[P|Owen Prydderch]] <[[T:EMAIL_ADDRESS|o.prydderch@openpathways.ac.uk]]>
To: [[P|Nomvula Khumalo]] <[[T:EMAIL_ADDRESS|n.khumalo@openpathways.ac.uk]]>
Cc: [[U|Faith Ogunleye]] <[[T:EMAIL_ADDRESS|f.ogunleye@openpathways.ac.uk]]>
Subject: [[S|Lucía Fernández García]] — parental contact

Dear [[P|Nomvula]],

I had a call this morning from [[S|Lucía]]'s father, [[R|Sr. Fernández]] ([[R|Javier Fernández Ruiz]]), from Valencia. [[R|Javier]] believes his daughter has joined a group he saw on her phone. [[S|Ms Fernández García]] is 24 and has not given consent for us to discuss her with family, so I said very little. Her sister [[R|Carmen Fernández]] also emailed from [[T:EMAIL_ADDRESS|carmenfg@correo.es]].

[[S|Lu]] (as her friends call her) is doing well on the [[NEG|Spanish Studies]] MA. Her supervisor, [[U|Prof. Marco Bellini]], has no concerns.

Could you advise whether this needs to go to [[U|Faith]] as Prevent lead? I will keep faith with the student either way.

Thanks,
[[P|Owen]]

--
[[P|Owen Prydderch]]
Student Casework Officer
Tel: [[T:PHONE_NUMBER|029 2018 0443]] | ext. 4471
[[T:EMAIL_ADDRESS|o.prydderch@openpathways.ac.uk]]
""",
    },
    {
        "id": "d22-email-tendai",
        "kind": "email",
        "subject": "Tendai Moyo",
        "subject_aliases": ["T.M."],
        "case_people": ["Eleni Georgiou"],
        "text": """From: [[P|Eleni Georgiou]] <[[T:EMAIL_ADDRESS|eleni.georgiou@openpathways.ac.uk]]>
Sent: 19 February 2026 16:02
To: Prevent Team <[[NEG|prevent@openpathways.ac.uk]]>
Cc: [[U|Hugh Devereux-Blake]]; [[U|Ayesha Siddiqa]]
Subject: FW: Concern — [[S|Tendai Moyo]] ([[SI:STUDENT_NUMBER|S5518830]])

Hi all,

Forwarding below. [[S|Tendai]]'s mother is worried. I have met [[S|Mr Moyo]] twice and saw nothing concerning. — [[P|Eleni]]

-----Original Message-----
From: [[R|Rudo Moyo]] <[[T:EMAIL_ADDRESS|rudo.moyo@zimmail.co.zw]]>
To: [[P|Eleni Georgiou]]
Subject: my son

Dear [[P|Ms Georgiou]],

My son [[S|Tendai]] will not answer my calls. His brother [[R|Tatenda]] says he is spending all his time with a man called [[U|Brother Isaac]] from an online study circle. Please can someone check he is safe. My husband [[R|Mr Moyo]] is also worried.

God bless,
[[R|Mrs R. Moyo]]
Mobile: [[T:PHONE_NUMBER|+263 77 214 5590]]

---
[[U|Hugh]], can you check the study circle? [[U|Ayesha]], please hold the file. [[NEG|Grace]] period for his assignment extended to 3 March.

Best wishes,
[[P|Eleni Georgiou]] | Senior Adviser | [[T:PHONE_NUMBER|+44 (0)113 496 0987]]
""",
    },
    {
        "id": "d22-email-aiko",
        "kind": "email",
        "subject": "Aiko Takahashi",
        "subject_aliases": ["高橋愛子"],
        "case_people": ["Seán Ó Murchú"],
        "text": """From: [[S|Aiko Takahashi]] <[[SI:EMAIL_ADDRESS|aiko.takahashi@learners.openpathways.ac.uk]]>
To: [[P|Seán Ó Murchú]] <[[T:EMAIL_ADDRESS|sean.omurchu@openpathways.ac.uk]]>
Subject: Re: your message about the reading group

Hi [[P|Seán]],

Thank you for checking in. I understand why [[U|Rosalind Greaves]] was worried, but the reading group is run by my older brother [[R|Kenji]] ([[R|Kenji Takahashi]]) in Osaka and we read Japanese novels and poetry, nothing political. My mother, [[R|Mrs Takahashi]], sometimes joins. [[U|Rosalind]] only saw one quote out of context.

I'm happy to meet. [[U|Dr Abernethy]] said I could bring my friend [[U|Yuki Nakamura]] as a supporter; is that ok? My DOB for the form is [[SI:DATE_OF_BIRTH|30/08/2001]] and my new number is [[SI:PHONE_NUMBER|+44 7700 900 256]].

Kind regards,
[[S|Aiko]]
[[S|高橋愛子]]

> On 4 May, [[P|Seán Ó Murchú]] wrote:
> Dear [[S|Aiko]], a member of staff, [[U|Ms Greaves]], raised a concern about a post. Nothing is decided. Would you meet me and [[U|Will Hartley]]? [[NEG|Will]] you let me know? — [[P|SÓM]]
""",
    },
    {
        "id": "d22-email-obinna",
        "kind": "email",
        "subject": "Obinna Eze",
        "subject_aliases": ["Obi"],
        "case_people": ["Maria da Conceição Santos", "Richard Bishop"],
        "text": """From: [[U|Caroline Hesketh]] <[[T:EMAIL_ADDRESS|c.hesketh@openpathways.ac.uk]]>
To: [[P|Mr Bishop]] <[[T:EMAIL_ADDRESS|r.bishop@openpathways.ac.uk]]>; [[P|Maria da Conceição Santos]] <[[T:EMAIL_ADDRESS|m.santos@openpathways.ac.uk]]>
Cc: [[U|Sanjay Mehta-Rao]]
Subject: [[S|Obinna]] — bank details and a Prevent question

Hi [[P|Richard]], hi [[P|Conceição]],

Two things about [[S|Obinna Eze]].

1. Hardship fund: [[S|Obi]] asked us to pay the grant to his uncle's account because his own is frozen. The uncle is [[R|Chukwuemeka Eze]], sort code [[T:UK_SORT_CODE|20-44-77]], account [[T:UK_BANK_ACCOUNT|58213904]] (IBAN [[T:IBAN_CODE|GB21 BARC 2044 7758 2139 04]]). I have said no. [[S|Mr Eze]]'s own details remain sort code [[SI:UK_SORT_CODE|60-16-13]], account [[SI:UK_BANK_ACCOUNT|31926819]].

2. His cousin [[R|Adaeze Eze]] told [[U|Sanjay]] that [[S|Obinna]] is being pressured to "carry" money for a group. That may be exploitation rather than ideology. [[P|Conceição]], could you log it? [[P|Richard]], can you tell [[U|Ms Patel]] in Finance to hold payment?

Thanks,
[[U|Caroline]]

--
[[U|Caroline Hesketh]] | Student Money Adviser
[[T:PHONE_NUMBER|0113 496 0555]] | Mon–Thu
""",
    },
    {
        "id": "d22-minutes-hamza",
        "kind": "meeting_minutes",
        "subject": "Hamza al-Rashid",
        "subject_aliases": ["Hamza R."],
        "case_people": ["Rebecca Kettering", "Olumide Bankole"],
        "text": """PREVENT CASE REVIEW — MINUTES
Date: 11 March 2026, 10:00, Teams

Present: [[P|Rebecca Kettering]] (Chair, Head of Student Safeguarding); [[P|Olumide Bankole]] (Prevent Coordinator); [[U|Dr Ffion Llewellyn]] (Personal Tutor); [[U|Mark Sterling]] (Accommodation)
Apologies: [[U|Aleksandra Petrović]]; [[U|Precious Nwosu]]
Minutes: [[U|Joy Hartley]]

1. Case: [[S|Hamza al-Rashid]], [[SI:STUDENT_NUMBER|S6630291]]
[[U|FL]] reported that [[S|Hamza]] has missed four seminars. His father, [[R|Dr Khalid al-Rashid]], emailed to say the family is dealing with a bereavement. [[R|Dr al-Rashid]] did not mention any online activity. [[S|Mr al-Rashid]]'s sister [[R|Noor]] is also a student.

[[P|OB]] summarised the anonymous report: a forum account linked to [[S|Hamza]] shared a speech. [[U|MS]] confirmed no concerns in halls. Members agreed the evidence is thin.

Actions
- [[P|RK]] to call the student this week.
- [[P|OB]] to ask IT ([[U|Bill Carver]]) whether the account is really his.
- [[U|FL]] to offer an extension.
- [[U|JH]] to circulate minutes.

Next meeting: 25 March. [[NEG|Mark]] the date.
""",
    },
    {
        "id": "d22-minutes-nomsa",
        "kind": "meeting_minutes",
        "subject": "Nomsa van der Merwe",
        "subject_aliases": ["Noms"],
        "case_people": ["Kieran O'Sullivan"],
        "text": """Safeguarding Working Group — minutes of the meeting held 2 June
Attendees:
  [[P|Kieran O'Sullivan]] — Prevent lead (chair)
  [[U|Hope Castellanos]] — Disability Adviser
  [[U|Dr Anjali Venkataraman]] — Senior Tutor, Law
  [[U|Rob Ferris]] — Student Union advice centre
Apologies: [[U|Bronwen Hughes]], [[U|Stelios Karagiannis]]
Minutes taken by: [[U|AV]]

Item 3 — [[S|Nomsa van der Merwe]] (Law, Year 2)
[[U|Dr Venkataraman]] outlined that [[S|Ms van der Merwe]] had reported her own stepfather, [[R|Pieter van der Merwe]], for sending her far-right material. [[S|Nomsa]] fears that [[R|Mr van der Merwe]] will come to the Cape Town graduation event. Her mother, [[R|Thandiwe van der Merwe]], supports her.

[[U|HC]] noted that [[S|Noms]] has an exam arrangement. [[U|RF]] said the SU can offer an advocate; he suggested [[U|Sunny Okeke]].

Decisions: this is not a Prevent referral about the student. [[P|KO'S]] will take advice from the police Prevent team about the stepfather.

Actions: [[P|KO]] — contact police team; [[U|AV]] — meet [[S|Nomsa]]; [[U|HC]] — check arrangements.
""",
    },
    {
        "id": "d22-minutes-ravi",
        "kind": "meeting_minutes",
        "subject": "Ravi Shankar Iyer",
        "subject_aliases": ["Ravi"],
        "case_people": ["Gwen Pritchard", "Ahmed Musa Bello"],
        "text": """Minutes — Student Concerns Panel (closed session)
Held: 19/01/2026

In attendance: [[P|Ms Gwen Pritchard]] (Deputy Registrar, chair), [[P|Ahmed Musa Bello]] (Prevent), [[U|Ruth Abernathy-Cole]] (Counselling), [[U|Mr Darius Farahani]] (IT Security)
Apologies: [[U|Prof. Lindiwe Mahlangu]]
Note-taker: [[U|Ellie Marsh]]

Student: [[S|Ravi Shankar Iyer]] (Engineering), DOB [[SI:DATE_OF_BIRTH|02.11.2002]]
[[U|DF]] reported login to a blocked site from [[SI:IP_ADDRESS|2a00:23c7:1a2b:4e01::5f]], registered to [[S|Mr Iyer]]'s home broadband. [[S|Ravi]]'s brother [[R|Arjun Iyer]] and their father [[R|Shankar Iyer]] share that connection. [[S|Ravi]] says [[R|Arjun]] used his laptop.

[[U|RAC]] advised that [[S|Ravi]] is already in counselling for anxiety; she urged a light touch. [[P|AMB]] agreed.

ACTIONS
GP to write to [[S|Ravi]] (not to the family).
[[P|AMB]] to record as "no further action".
[[U|DF]] to delete the access log after 90 days.
[[U|EM]] to file.

Any other business: the [[NEG|Bishop Street]] office move. [[U|Prof. Mahlangu]] to be updated.
""",
    },
    {
        "id": "d22-minutes-eilish",
        "kind": "meeting_minutes",
        "subject": "Éilis Nic Giolla Bhríde",
        "subject_aliases": ["Eilish"],
        "case_people": ["Dariusz Lewandowski"],
        "text": """MINUTES: Prevent Duty Operational Group
Date: Thursday 8 October
Present: [[P|Dariusz Lewandowski]] ([[P|DL]], Chair); [[U|Charity Mwangi]] ([[U|CM]], Welfare); [[U|Lewis Gray]] ([[U|LG]], Library); [[U|Dr Amal bin Saleh]] ([[U|AbS]], Faculty of Arts)
Apologies: [[U|Ffion Roberts-Jenkins]]
Minutes: [[U|CM]]

Matter 2: [[S|Éilis Nic Giolla Bhríde]] ("[[S|Eilish]]")
[[U|LG]] reported that library staff found printed leaflets in a study carrel booked under [[S|Éilis]]'s card. [[U|AbS]] said [[S|Ms Nic Giolla Bhríde]] is a model student. Her brother [[R|Cathal Mac Giolla Bhríde]] and her father [[R|Seosamh Mac Giolla Bhríde]] are both known locally as community activists; [[R|Cathal]] visited the library on the day.

[[NEG|Charity]] shop flyers were also found; these are unrelated.

It was agreed that the leaflets are lawful political material.

Actions
[[P|DL]] to speak with [[S|Éilis]] informally.
[[U|CM]] to check whether the booking was made by [[S|Eilish]] or by [[R|Cathal]] using her card.
[[U|LG]] to return the leaflets.
[[P|Mr Lewandowski]] to close the matter by 22 October.
""",
    },
    {
        "id": "d22-minutes-olek",
        "kind": "meeting_minutes",
        "subject": "Oleksandr Shevchenko",
        "subject_aliases": ["Sasha"],
        "case_people": ["Abimbola Adeyemi", "Rose Tremayne"],
        "text": """Channel Pre-Referral Discussion — note of meeting
Date/time: 23.04.2026 14:00–14:45

Attendees
• [[P|Abimbola Adeyemi]] — University Prevent Lead
• [[P|Rose Tremayne]] — Head of Wellbeing
• [[U|DS Paul Huxtable]] — Counter Terrorism Policing, Prevent
• [[U|Olena Kravchenko]] — interpreter
Apologies: [[U|Dr Viktor Hrabovsky]]

Summary
[[S|Oleksandr Shevchenko]] ("[[S|Sasha]]"), [[SI:STUDENT_NUMBER|2025-10432]], arrived from Kharkiv in 2023. [[U|DS Huxtable]] explained that [[S|Mr Shevchenko]] was named in a local report after an argument with his uncle, [[R|Vasyl Shevchenko]]. His mother [[R|Iryna]] ([[R|Mrs Shevchenko]]) told [[U|Olena]] it was a family dispute about the war, not extremism.

[[P|RT]] said [[S|Sasha]] has PTSD symptoms and a counselling place.

Outcome: no Channel referral. Wellbeing support to continue.

Actions
[[P|AA]] — inform [[U|DS Huxtable]] in writing.
[[P|RT]] — review support plan in May.
[[U|OK]] — translate letter for [[R|Mrs Shevchenko]].
[[NEG|Rose Garden]] venue booked for the next group session.
""",
    },
    {
        "id": "d22-chron-faisal",
        "kind": "case_chronology",
        "subject": "Faisal Qureshi",
        "subject_aliases": ["Fez"],
        "case_people": ["Sabina Malik", "Rhys Stanton"],
        "text": """CASE CHRONOLOGY — [[S|Faisal Qureshi]] — [[SI:STUDENT_NUMBER|S7102395]] — NI [[SI:UK_NINO|QQ 12 34 56 C]]

14/01/2026  Concern raised by tutor [[U|Dr Imogen Ashdown]]: [[S|Faisal]] argued with a lecturer about foreign policy. Not a Prevent matter in itself. ([[P|S. Malik]])
16/01/2026  [[S|Mr Qureshi]] seen by [[P|Sabina Malik]]. Says his cousin [[R|Imran Qureshi]] was arrested last year and he "knows how this looks". — [[P|RS]]
20/01/2026  Call from [[R|Mrs Nasreen Qureshi]], mother. Asked us to "keep an eye". [[R|Mrs Qureshi]] gave her number [[T:PHONE_NUMBER|07700 900 633]]. ([[P|S. Malik]])
27/01/2026  [[S|Fez]] (nickname used by peers) attended a debate society event chaired by [[U|Ms Bushra Anwar]]. No issues. — [[P|R. Stanton]]
03/02/2026  Brother [[R|Bilal]] emailed asking for [[S|Faisal]]'s timetable; declined. ([[P|SM]])
10/02/2026  Review with [[P|Rhys Stanton]] and [[U|Hugo Lindqvist]]: close. — [[P|RS]]
""",
    },
    {
        "id": "d22-chron-bethan",
        "kind": "case_chronology",
        "subject": "Bethan Griffiths",
        "subject_aliases": ["Beth"],
        "case_people": ["Daniel Osei"],
        "text": """Chronology of contact — [[S|Bethan Griffiths]], BA Criminology, Cardiff learning hub
NHS number (from GP letter): [[SI:UK_NHS|340 592 8605]]

05 Sep — [[S|Bethan]] told her tutor [[U|Ms Carys Thomas]] that a man online was "training" her. — [[U|CT]]
07 Sep — [[P|Daniel Osei]] (Prevent) spoke to [[S|Ms Griffiths]]; she named him as "[[U|Wolfhound]]", real name unknown. — [[P|D. Osei]]
09 Sep — Her father, [[R|Gareth Griffiths]], phoned; angry, wants the police involved. Told [[R|Mr Griffiths]] we would act appropriately. ([[P|DO]])
12 Sep — [[R|Nia Griffiths]] (sister, Year 1 Nursing) came in with [[S|Beth]] for support. — [[U|Megan Lloyd-Parry]]
12 Sep — [[U|PC Hywel Bowen]] collected screenshots. — [[U|MLP]]
18 Sep — [[S|Bethan]] blocked the account; [[U|PC Bowen]] confirms investigation open. ([[P|DO]])
25 Sep — Check-in. [[S|Bethan]] says she feels safer; her aunt [[R|Sian Griffiths]] staying with her. — [[U|C. Thomas]]
[[NEG|Sunny Bank]] halls warden ([[U|Dewi Rowlands]]) informed. ([[P|D. Osei]])
""",
    },
    {
        "id": "d22-chron-fatuma",
        "kind": "case_chronology",
        "subject": "Fatuma Hassan Ali",
        "subject_aliases": ["Tuma"],
        "case_people": ["Ingrid Solberg-Hale"],
        "text": """Chronology — Student: [[S|Fatuma Hassan Ali]] — ID [[SI:STUDENT_NUMBER|44108872]] — Passport [[SI:UK_PASSPORT|907314562]]

2026-02-02  Anonymous message via Report+Support alleging [[S|Fatuma]] is sending money abroad. — [[P|ISH]]
2026-02-04  [[P|Ingrid Solberg-Hale]] met [[S|Ms Ali]]. She sends £50 a month to her grandmother, [[R|Hodan Ali]], in Hargeisa. [[R|Mrs Ali]] is 81. ([[P|I. Solberg-Hale]])
2026-02-06  Brother [[R|Abdirahman Ali]] confirmed by phone, [[T:PHONE_NUMBER|+252 63 441 2290]]. — [[U|KW]]
2026-02-09  Supervisor [[U|Dr Kwabena Wiredu]] ([[U|KW]]) vouched for [[S|Tuma]]. — [[U|Dr K. Wiredu]]
2026-02-10  Finance ([[U|Joy Pemberton]]) checked hardship records; nothing of note. — [[U|JP]]
2026-02-11  [[S|Fatuma]]'s uncle, [[R|Mr Hassan Ali]], asked to be kept informed; declined (no consent). ([[P|ISH]])
2026-02-12  Closed. Malicious report suspected; [[U|Ahmad Zia Popal]] (Student Conduct) notified. — [[P|Ingrid S-H]]
""",
    },
    {
        "id": "d22-chron-george",
        "kind": "case_chronology",
        "subject": "George Whitmore",
        "subject_aliases": ["gwhit88"],
        "case_people": ["Anita Deshpande", "Lwazi Mthembu"],
        "text": """PREVENT CHRONOLOGY (internal) — subject [[S|George Whitmore]]
Username [[SI:USERNAME|gwhit88]] | Vehicle [[SI:UK_VEHICLE_REGISTRATION|KP19 XHT]] | Licence [[SI:UK_DRIVING_LICENCE|WHITM803145GW9IJ]]

1 Nov — Car park attendant reported stickers on [[S|Mr Whitmore]]'s car ([[SI:UK_VEHICLE_REGISTRATION|KP19 XHT]]) referencing a proscribed group. — [[U|Terry Baines]]
2 Nov — [[P|Anita Deshpande]] reviewed photos. Car registered to [[S|George]]'s father, [[R|Nigel Whitmore]]. — [[P|AD]]
3 Nov — [[S|George]] said the stickers were his brother [[R|Harry]]'s. [[R|Harry Whitmore]] is not a student. — [[P|A. Deshpande]]
5 Nov — [[P|Lwazi Mthembu]] spoke with [[U|Sgt Deborah Okoro]]; [[U|Sgt Okoro]] advised a Prevent referral on the brother only if other evidence. — [[P|LM]]
7 Nov — [[R|Mrs Whitmore]] ([[R|Linda]]) called; removed the stickers herself. — [[P|Lwazi M.]]
9 Nov — [[S|gwhit88]] posted a link on the VLE forum; checked by [[U|Will Osborne]]; it was a revision guide. — [[U|WO]]
12 Nov — Closed by [[P|AD]]. Bonfire night on campus was quiet.
""",
    },
    {
        "id": "d22-chron-ioana",
        "kind": "case_chronology",
        "subject": "Ioana Munteanu",
        "subject_aliases": ["Ioanuța"],
        "case_people": ["Patrick Delaney"],
        "text": """Case chronology: [[S|MUNTEANU Ioana]] (b. [[SI:DATE_OF_BIRTH|21 April 2004]]), BA Journalism

10 Mar  Concern from [[U|Prof. Harriet Quayle]]: [[S|Ioana]]'s article draft quoted extremist recruiters at length. — [[U|HQ]]
11 Mar  [[P|Patrick Delaney]] reviewed: it is journalism, supported by ethics approval. — [[P|PD]]
13 Mar  [[S|Ms Munteanu]]'s mother, [[R|Doina Munteanu]], emailed from [[T:EMAIL_ADDRESS|doina.munteanu@yahoo.ro]] — she had seen the draft. — [[P|P. Delaney]]
14 Mar  [[S|Ioana]] asked that her father, [[R|Mr Munteanu]], not be told. Agreed. — [[P|PD]]
18 Mar  Her cousin [[R|Radu Munteanu]] is a journalist in Bucharest and helped with sources; [[R|Radu]] gave a statement. — [[U|Ștefan Dumitrescu]] (translator)
22 Mar  Editor of the student paper, [[U|Priyanka Chaudhary]], agreed to add a content note. — [[U|PC]]
29 Mar  Case closed. No Prevent concern. [[S|Ioanuța]] (as she signs her columns) thanked the team. — [[P|Patrick D.]]
Note: "[[NEG|Mark]]" in this entry means mark the file closed.
""",
    },
    {
        "id": "d22-incident-tariq",
        "kind": "incident_report",
        "subject": "Tariq Mahmood Chaudhry",
        "subject_aliases": ["TC"],
        "case_people": ["Helen Ashby", "Kojo Mensah"],
        "text": """INCIDENT REPORT — Security & Estates — Ref [[NEG|SEC/26/0412]]
Date/time: 17/04/2026 21:40 | Location: Exam centre car park, Milton Keynes

Reported by: [[P|Helen Ashby]] (Duty Security Officer), radio call-sign [[NEG|Bravo 2]]
Subject: [[S|Tariq Mahmood Chaudhry]], student no. [[SI:STUDENT_NUMBER|S8823017]], DOB [[SI:DATE_OF_BIRTH|05/05/2000]]
Witnesses: [[U|Daniela Moreira]] (invigilator); [[U|Mr Li Jun]] (student); [[R|Samina Chaudhry]] (subject's wife)

Account
[[P|Ms Ashby]] saw a heated argument between [[S|Mr Chaudhry]] and another driver, [[U|Craig Lomax]], over a parking space. [[U|Mr Lomax]] alleged that [[S|Tariq]] made threats of a "religious" kind; [[U|Daniela Moreira]] and [[R|Mrs Chaudhry]] say he did not. [[S|Tariq]]'s vehicle: [[SI:UK_VEHICLE_REGISTRATION|MK68 RZT]]. [[U|Lomax]]'s vehicle: [[T:UK_VEHICLE_REGISTRATION|YD21 KWF]].

Police attended: PC 4471 [[U|Sarah Quigley]] and [[U|PC Adewale]]. [[U|PC Quigley]] took statements; no offence recorded.

Follow-up: [[P|Kojo Mensah]] (Prevent Coordinator) reviewed CCTV with [[P|HA]]; no concern. [[S|Tariq]]'s brother [[R|Imtiaz]] collected him.

Signed: [[P|H. Ashby]]   Reviewed: [[P|K. Mensah]]
""",
    },
    {
        "id": "d22-incident-sofia",
        "kind": "incident_report",
        "subject": "Sofia Rossi",
        "subject_aliases": ["sofi_r", "Sofi"],
        "case_people": ["Tunde Bakare"],
        "text": """IT SECURITY INCIDENT — notified to Prevent lead
Logged by: [[U|Aaron Whitfield-Jones]], SOC analyst
Affected account: [[SI:USERNAME|sofi_r]] ([[S|Sofia Rossi]], [[SI:EMAIL_ADDRESS|sofia.rossi@learners.openpathways.ac.uk]])

Summary
On 03/06 the web filter flagged repeated searches for bomb-making terms from [[SI:IP_ADDRESS|81.109.44.203]] under [[S|Ms Rossi]]'s login. A second session from [[T:IP_ADDRESS|203.0.113.77]] belonged to her housemate [[U|Giulia Bianchi]], who was logged in as herself.

[[P|Tunde Bakare]] (Prevent lead) interviewed [[S|Sofia]] with [[U|Dr Matteo Esposito]] present. [[S|Sofi]] said she was researching a crime novel for the Creative Writing module; her father [[R|Luca Rossi]], a crime writer, had suggested the topic. Her mother, [[R|Signora Rossi]], confirmed by phone on [[T:PHONE_NUMBER|+39 06 4521 8830]]. Her sister [[R|Chiara]] sent the publisher's letter.

Tutor [[U|Ms Grace Holloway]] confirmed the assignment. [[U|Holloway]] added that three other students chose similar themes.

Outcome: false positive. [[P|TB]] closed on 06/06; [[U|AWJ]] tuned the filter rule. No police involvement.
""",
    },
    {
        "id": "d22-incident-mehmet",
        "kind": "incident_report",
        "subject": "Mehmet Çelik",
        "subject_aliases": ["Memo"],
        "case_people": ["Claire Dunmore", "Nkechi Obi"],
        "text": """INCIDENT REPORT FORM
Incident: graffiti in study centre toilets, Birmingham | Date: 9 Dec
Reporter: [[P|Claire Dunmore]], Centre Manager — mobile [[T:PHONE_NUMBER|07700 900 118]]

Description
A cleaner, [[U|Bolanle Ajayi]], found slogans in a cubicle. A student, [[U|Kerem Öztürk]], told [[P|Ms Dunmore]] he had seen [[S|Mehmet Çelik]] leave the room just before. [[S|Mehmet]] denies it. CCTV shows [[S|Mr Çelik]] and another man, later identified by his cousin [[R|Serkan Çelik]] as [[U|Hakan Doğan]], not a student.

Witnesses: [[U|Bolanle Ajayi]]; [[U|Kerem Öztürk]]; [[R|Ayşe Çelik]] (sister, also enrolled).
Police: [[U|DC Lauren Fitch]], collar no. 2291; crime ref [[NEG|BW/44190/26]]. Vehicle seen leaving: [[T:UK_VEHICLE_REGISTRATION|BN17 PLO]], keeper not known.
Wi-Fi log: [[S|Memo]]'s phone connected at 14:02 from [[SI:IP_ADDRESS|10.44.3.91]].

Review
[[P|Nkechi Obi]] (Prevent) met [[S|Mehmet]] and his father, [[R|Mr Çelik]], on 11 Dec. [[P|NO]] concluded there was no evidence that [[S|Mehmet]] wrote the slogans. [[U|DC Fitch]] is pursuing [[U|Doğan]].

Signed: [[P|C. Dunmore]]
""",
    },
    {
        "id": "d22-incident-abena",
        "kind": "incident_report",
        "subject": "Abena Darko",
        "subject_aliases": ["Bena"],
        "case_people": ["Stuart Llewelyn"],
        "text": """Serious Incident Report (graduation ceremony, Manchester Central)
Completed by: [[P|Stuart Llewelyn]], Events Manager — [[T:EMAIL_ADDRESS|s.llewelyn@openpathways.ac.uk]]
Subject of report: [[S|Abena Darko]] ([[SI:STUDENT_NUMBER|2022-39981]])

At 15:20 a guest, later named as [[U|Mr Dmitri Volkov]], shouted abuse at [[S|Ms Darko]] as she crossed the stage, calling her a "terrorist sympathiser". [[S|Abena]]'s grandmother, [[R|Mrs Akosua Darko]], was knocked over in the aisle. Her brother [[R|Yaw Darko]] and her uncle [[R|Kwesi]] restrained [[U|Volkov]] until security arrived.

Witnesses: [[U|Rev. Patience Amoah]]; [[U|Sunil Gupta]] (steward); [[U|Brooke Lawson]] (photographer).
Police: [[U|PS Gemma Hollins]] and [[U|PC Hamid Noorzai]]. [[U|Volkov]]'s car, [[T:UK_VEHICLE_REGISTRATION|LR70 BVC]], was found on the Deansgate side.

[[S|Abena]] was not at fault. [[P|Mr Llewelyn]] notes that [[U|Volkov]] is the former partner of [[R|Efua Darko]], [[S|Bena]]'s aunt, and that the dispute is personal.

Action: [[P|SL]] to share the footage with [[U|PS Hollins]]; welfare follow-up by [[U|Joy Ndlovu]].
""",
    },
    {
        "id": "d22-letter-connor",
        "kind": "letter",
        "subject": "Connor Doyle",
        "subject_aliases": ["Con"],
        "case_people": ["Margaret Okoye"],
        "text": """Student Casework Office
[[NEG|Open Pathways University]]
Brunel Yard
[[NEG|MK9 8ZZ]]

PRIVATE AND CONFIDENTIAL
[[S|Mr Connor Doyle]]
[[SI:STREET_ADDRESS|Rose Cottage, Mill Lane]]
Little Abington
Cambridge
[[SI:UK_POSTCODE|CB21 6BQ]]

12 January 2026
Student number: [[SI:STUDENT_NUMBER|52004817]]

Dear [[S|Connor]],

Thank you for meeting me and [[U|Dr Nadia Haddad]] on 8 January. As agreed, we have not contacted your mother, [[R|Mrs Siobhan Doyle]], or your brother [[R|Liam]]. If [[R|Mrs Doyle]] contacts us again we will only confirm that you are a student.

We have noted your account that the messages were sent by a former friend, [[U|Kyle Brennan]], using your phone. Our Prevent lead, [[U|Mr Francis Okonjo]], has agreed that no referral is needed.

If you wish to appeal any record, write to [[U|Ms Heather Lindley]], Registry.

Yours sincerely,

[[P|Margaret Okoye]]
[[P|Dr M. Okoye]], Head of Student Casework
cc: [[U|Dr Haddad]]; file
""",
    },
    {
        "id": "d22-letter-nadia",
        "kind": "letter",
        "subject": "Nadia Benali",
        "subject_aliases": ["Nadia B."],
        "case_people": ["Owain Rees"],
        "text": """[[R|Mr Karim Benali]]
[[T:STREET_ADDRESS|Flat 3, 27 Chalmers Street]]
Edinburgh
[[T:UK_POSTCODE|EH3 9ES]]

15 March 2026

Our ref: [[NEG|PV/0198]]

Dear [[R|Mr Benali]],

Re: your daughter, [[S|Nadia Benali]]

Thank you for your letter of 2 March. I understand your concern that [[S|Nadia]] has been spending time with a group you describe as "dangerous". However, [[S|Nadia]] is an adult, and without her consent I cannot discuss her studies with you or with her mother, [[R|Mrs Fatima Benali]].

I have written separately to [[S|Miss Benali]] at her term-time address, [[SI:STREET_ADDRESS|Larchfield House, Brandon Terrace]], Edinburgh, [[SI:UK_POSTCODE|EH3 5DZ]], inviting her to contact our support team.

Your son [[R|Yassine]] mentioned [[U|Mr Alasdair Crombie]] in his phone call. [[U|Mr Crombie]] is a member of staff, and I am satisfied there is nothing improper.

If you have information about a risk to [[S|Nadia]] or others, please call [[U|Ms Hope Adair]] on [[T:PHONE_NUMBER|0131 496 0729]].

Yours sincerely,
[[P|Owain Rees]]
Student Safeguarding Manager
cc [[U|Ms Adair]]
""",
    },
    {
        "id": "d22-letter-wanjiru",
        "kind": "letter",
        "subject": "Wanjiru Kamau",
        "subject_aliases": ["Wanji"],
        "case_people": ["Hamish Strachan", "Ama Owusu"],
        "text": """[[S|Ms Wanjiru Kamau]]
[[SI:STREET_ADDRESS|Orchard View]]
[[SI:STREET_ADDRESS|Station Road]]
Ludlow
Shropshire
[[SI:UK_POSTCODE|SY8 1PD]]

Date: 4 November 2026
Student ID: [[SI:STUDENT_NUMBER|S9051724]]
NI number (for bursary): [[SI:UK_NINO|BG 63 81 27 D]]

Dear [[S|Ms Kamau]],

Outcome of your Prevent support meeting

I am writing to confirm the outcome of the meeting on 28 October with [[P|Dr Ama Owusu]] and myself. Your sister, [[R|Njeri Kamau]], attended as your supporter, and your uncle [[R|Mr Kamau]] joined by phone for part of it.

We agreed that the concern raised by [[U|Mr Derek Pollard]] arose from a misunderstanding about your research on Mau Mau history. [[P|Dr Owusu]] will remain your contact. Your bursary will be paid to your own account and not to [[R|Peter Kamau]]'s, as you requested.

A copy of this letter goes to [[U|Mrs Joyce Otieno]] (Student Finance) only.

Yours sincerely,

[[P|Hamish Strachan]]
Prevent Lead
[[P|H. Strachan]] / [[P|A. Owusu]]
""",
    },
    {
        "id": "d22-letter-eleftheria",
        "kind": "letter",
        "subject": "Eleftheria Konstantinou",
        "subject_aliases": ["Ria"],
        "case_people": ["Jonathan Fairbairn"],
        "text": """[[NEG|Open Pathways University]] — Student Wellbeing
PO Box 4471

[[S|Miss Eleftheria Konstantinou]]
[[SI:STREET_ADDRESS|118 Green Lanes]]
London
[[SI:UK_POSTCODE|N13 5UP]]

9 September 2026

Dear [[S|Eleftheria]],

Following our telephone call, I confirm that I have spoken to your tutor, [[U|Mrs Angharad Price-Watkins]], about the comments made in the [[NEG|Greek Civilisation]] seminar by another student, [[U|Christos Mavridis]]. You told me [[U|Christos]] accused you of supporting a banned group because of a photo of your cousin [[R|Nikos Konstantinou]] at a march.

Your father, [[R|Mr Giorgos Konstantinou]], also wrote to us; with your consent I replied to him at [[T:STREET_ADDRESS|Villa Eleni, Odos Kritis]], Limassol. Your brother [[R|Andreas]] may attend future meetings with you, as you asked.

[[U|Mr Mavridis]]'s conduct is being dealt with under the student disciplinary procedure by [[U|Dr Ifeoma Chukwu]].

Please call me on [[T:PHONE_NUMBER|01908 496 112]] if you need anything. [[S|Ria]], I hope the new term goes well.

With best wishes,

[[P|Jonathan Fairbairn]]
Wellbeing Adviser
[[T:EMAIL_ADDRESS|jonathan.fairbairn@openpathways.ac.uk]]
""",
    },
    {
        "id": "d22-letter-ahmad",
        "kind": "letter",
        "subject": "Ahmad Shah Noori",
        "subject_aliases": ["Shah"],
        "case_people": ["Nokuthula Sibanda", "Euan Baird"],
        "text": """[[NEG|Open Pathways University]]
Prevent & Safeguarding
Dunstan House, Seagate Row
Dundee
[[NEG|DD1 4HN]]

[[S|Mr A. S. Noori]]
[[SI:STREET_ADDRESS|Harbour Road]]
Peterhead
[[SI:UK_POSTCODE|AB42 1UP]]

Thursday 3 December 2026

Dear [[S|Mr Noori]],

Your request for information about the Prevent record

You asked what we hold about you. We hold: a note by [[P|Ms Nokuthula Sibanda]] of a conversation with your brother [[R|Mohammad Noori]]; a report from [[U|Mr Gordon Pirie]], warden; and minutes of a panel chaired by [[P|Euan Baird]]. Your passport number ([[SI:UK_PASSPORT|548193270]]) and date of birth ([[SI:DATE_OF_BIRTH|14/03/1999]]) appear on the enrolment form. Your sister-in-law, [[R|Mrs Noori]] ([[R|Zahra]]), is named once.

The information from [[U|Dr Farzana Rahimi]] has been withheld because it concerns her, not you. Your father, [[R|Ghulam Noori]], is not mentioned.

You may complain to [[U|Ms Catriona Ross]], Data Protection Officer, or to the regulator.

Yours sincerely,

[[P|E. Baird]]
pp [[P|N. Sibanda]]
""",
    },
]
