# ruff: noqa: E501
"""dev17: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "d17-tutor-aoife",
        "kind": "tutor_report",
        "subject": "Aoife Ní Bhriain",
        "subject_aliases": [],
        "case_people": ["Kwame Mensah"],
        "text": """Personal tutor note — BA Social Policy (Online), Year 2
Student: [[S|Aoife Ní Bhriain]]   Student no.: [[SI:STUDENT_NUMBER|S2318847]]
Date of birth: [[SI:DATE_OF_BIRTH|14/03/2004]]

I met [[S|Aoife]] on Teams on 9 October after [[P|Dr Kwame Mensah]] flagged two missed seminars on the [[NEG|Joy of Data]] module. [[S|Ms Ní Bhriain]] said her sister [[R|Caoimhe Ní Bhriain]] had moved in with her and that their mother, [[R|Mrs Ní Bhriain]], was unwell in [[NEG|Galway]]. She mentioned that a flatmate, [[U|Grace Okonkwo]], had been sharing clips from a channel calling itself [[NEG|Patriot Dawn]], and that [[S|Aoife]] had asked her to stop.

[[S|Aoife]]'s view was that [[R|Caoimhe]] would deal with the flatmate herself. I saw nothing suggesting [[S|Aoife]] holds those views; she said she felt uneasy rather than drawn in. I have copied [[P|KM]] and the Prevent lead, [[U|Mr Tadeusz Wiśniewski]], for awareness only. A wellbeing check with [[U|Joy Adeyemi]] is booked for 23 October and I will review after that.

Signed: [[U|N. Gallagher]] (Personal Tutor)
""",
    },
    {
        "id": "d17-tutor-will",
        "kind": "tutor_report",
        "subject": "William Hartley-Boyce",
        "subject_aliases": ["Will"],
        "case_people": ["Fatima al-Rashid", "Hope Danquah"],
        "text": """TUTOR CONCERN FORM
Student name: [[S|William Hartley-Boyce]] ("[[S|Will]]")   ID: [[SI:STUDENT_NUMBER|2104-7781]]
Programme: BSc Computing (Online)   Tutor: [[P|Dr Fatima al-Rashid]]

Summary of concern
In the forum for [[NEG|Networks 2]], [[S|Will]] posted a link to a file-sharing page and asked whether anyone knew how to "get into" a council website. When [[P|Dr al-Rashid]] replied, [[S|Mr Hartley-Boyce]] said it was a joke picked up from his cousin [[R|Liam Hartley-Boyce]]. Another student, [[U|Mark Ferreira]], reported the thread. We [[NEG|will]] keep the screenshot on file.

Background
[[S|Will]]'s father, [[R|Mr Hartley-Boyce]], emailed in September about money worries; his uncle [[R|Graham Hartley-Boyce]] is his emergency contact on [[T:PHONE_NUMBER|07700 900418]]. [[S|William]] is otherwise engaged and his coursework is on time.

Action
Discussed with [[P|Hope Danquah]] (Safeguarding). No referral at this stage; [[P|HD]] to speak to [[S|Will]] about acceptable use. Review in four weeks with [[U|Prof. Istvan Bálint]].

Signed: [[P|F. al-Rashid]]
Countersigned: [[P|H. Danquah]]
""",
    },
    {
        "id": "d17-tutor-zhou",
        "kind": "tutor_report",
        "subject": "Zhou Meiling",
        "subject_aliases": ["Mei", "周美玲"],
        "case_people": ["Owen Pritchard"],
        "text": """Progress report — MA Education Studies, term 1
Student: [[S|ZHOU Meiling]] ([[S|周美玲]]), known as [[S|Mei]]
Student number: [[SI:STUDENT_NUMBER|S2290315]]   Personal tutor: [[P|Owen Pritchard]]

[[S|Ms Zhou]] has submitted both assignments and her reflective log is strong. In week 6 she told me her brother [[R|Zhou Wei]] had been contacted online by a group offering "study support" which later asked him to distribute leaflets at [[NEG|Canary Wharf]]. Her father, [[R|Mr Zhou]], wanted the university to "do something". [[S|Mei]] was worried rather than sympathetic, and asked whether [[R|Wei]] could speak to someone confidentially.

I explained that he is not our student and passed her the details of [[U|Sunny Patel]] at the local authority. She also mentioned her cousin [[R|Zhou Xiaoling]] in [[NEG|Leeds]], who had received similar messages. I have logged this with [[U|Dr Nkosana Dube]] as information only. [[S|Meiling]]'s engagement is good and I have no concern about her own conduct.

Next meeting: 2 December with [[P|OP]] and [[U|Rhian Llewelyn]].

[[P|O. Pritchard]]
""",
    },
    {
        "id": "d17-tutor-kemal",
        "kind": "tutor_report",
        "subject": "Kemal Yıldırım",
        "subject_aliases": ["Kem"],
        "case_people": ["Şule Çelik", "Patience Boateng"],
        "text": """Personal tutor notes (confidential)
[[S|Kemal Yıldırım]] — LLB (Online), Year 1 — [[SI:STUDENT_NUMBER|S2411902]]

3 Nov. [[S|Kemal]] attended the drop-in with his older brother [[R|Emre Yıldırım]], who did most of the talking. [[R|Emre]] said their uncle, [[R|Mr Yıldırım]], had been "radicalised by YouTube" and that the family wanted advice. [[S|Kem]] was quiet but said he had unfollowed the accounts his uncle shared.

I explained the Prevent duty and that nothing [[S|Mr Yıldırım]] (the student) had said raised a concern about him. I suggested the family contact [[NEG|Prevent]] locally and gave them the number for [[U|Ms Ayşe Korkmaz]] at the council.

[[S|Kemal]]'s attendance is 92%. His module leader, [[P|Dr Şule Çelik]], reports good seminar work. [[P|Patience Boateng]] (Wellbeing) is aware. I will show [[P|Dr Çelik]] these notes and meet [[S|Kemal]] alone next time; [[NEG|patience]] with his brother's anxiety is needed.

Signed: [[U|Rory McAllister]]
cc: [[P|PB]], [[U|Dr Grace Ogunleye]]
""",
    },
    {
        "id": "d17-tutor-thandiwe",
        "kind": "tutor_report",
        "subject": "Thandiwe Dlamini",
        "subject_aliases": ["Thandi"],
        "case_people": ["Bartosz Zieliński"],
        "text": """Tutor concern form (version 2, amended)
Student: [[S|Thandiwe Dlamini]]   Preferred name: [[S|Thandi]]
Student ID: [[SI:STUDENT_NUMBER|2203-1146]]   DOB: [[SI:DATE_OF_BIRTH|02/11/2001]]
Course: BSc Nursing Studies (Online)   Reported by: [[P|Bartosz Zieliński]]

[[S|Thandi]] told her tutor group that her partner, [[U|Sipho Khumalo]], had been pressuring her to attend meetings run by a man called [[U|Joseph Mahlangu]], known as "[[U|Baba Joe]]". Her mother [[R|Nomsa Dlamini]] and her sister [[R|Zanele]] have both asked the university to contact her. [[S|Ms Dlamini]] does not want her family involved.

[[P|Mr Zieliński]] noted that [[S|Thandiwe]] seemed frightened rather than persuaded. She shared a screenshot of a group called [[NEG|Summer of Faith]], which appears to be a church youth event and not extremist. The concern is mainly coercion.

Next steps: [[P|BZ]] to refer to Student Support; [[U|Dawn Fairweather]] (Safeguarding Lead) to advise on contact with [[R|Mrs Dlamini]]. [[S|Thandi]]'s consent recorded verbally on 14 November.

Signed: [[P|B. Zieliński]]   Reviewed: [[U|D. Fairweather]]
""",
    },
    {
        "id": "d17-tutor-oluwaseun",
        "kind": "tutor_report",
        "subject": "Oluwaseun Adebayo-Cole",
        "subject_aliases": ["Seun", "seun_ac"],
        "case_people": ["Miriam van der Berg"],
        "text": """End-of-module progress report: Criminology 2B
Student: [[S|Oluwaseun Adebayo-Cole]] ([[S|Seun]])   Student no. [[SI:STUDENT_NUMBER|S2177530]]
VLE username: [[SI:USERNAME|seun_ac]]

[[S|Seun]] passed the module with 64%. His essay on online radicalisation was thoughtful, although module leader [[P|Dr Miriam van der Berg]] raised a concern that his sources included a forum run by [[U|Tobias Kray]], a known activist. On discussion [[S|Mr Adebayo-Cole]] explained he was critiquing the material, and [[P|Dr van der Berg]] accepted this.

He mentioned his twin, [[R|Kehinde Adebayo-Cole]], and their father [[R|Pastor Adebayo-Cole]], who runs a youth group in [[NEG|Peckham]]. His mother [[R|Folake]] is his emergency contact. There is no Prevent concern; I record the discussion only because [[U|Mr Bill Osei]] in Student Conduct asked for it.

Peer marker: [[U|Dr Chiara Rinaldi]]. Moderator: [[P|MvdB]].
Signed: [[U|Nia Gallagher]]
""",
    },
    {
        "id": "d17-support-precious",
        "kind": "support_log",
        "subject": "Precious Mutua",
        "subject_aliases": [],
        "case_people": ["Katie Bell"],
        "text": """Student Support log — [[S|Precious Mutua]] — [[SI:STUDENT_NUMBER|S2301458]]

04/10 Phone call. [[S|Precious]] called from her aunt's house in [[NEG|Reading]]. Said her brother [[R|Daniel Mutua]] had been sending her videos from a preacher she did not trust. She wanted advice, not action. — [[P|K. Bell]]

06/10 Email from [[R|Mrs Mutua]] (mother) asking us to "watch" her daughter. Replied that we cannot share information without consent. — [[P|KB]]

11/10 Teams call with [[S|Ms Mutua]] and [[U|Hamid Rahimi]] (Mental Health Adviser). [[S|Precious]] is sleeping badly. Agreed weekly check-ins. [[U|Hamid]] to send the Togetherall link. — [[U|HR]]

18/10 [[S|Precious]] reports [[R|Daniel]] has stopped messaging. Their cousin [[R|Wanjiru Mutua]] had spoken to him. No Prevent concern about the student. Closing the safeguarding flag; keeping wellbeing support. — [[P|K. Bell]]

25/10 DNA for check-in. Texted [[SI:PHONE_NUMBER|07700 900771]]. [[S|Precious]] replied she had a shift at [[NEG|Sainsbury's]]. Rebooked. — [[U|AB]]
""",
    },
    {
        "id": "d17-support-dariusz",
        "kind": "support_log",
        "subject": "Dariusz Kowalczyk",
        "subject_aliases": ["Darek"],
        "case_people": ["Andrea Bianchi", "Summer Whitlock"],
        "text": """WELLBEING CASE NOTES
Student: [[S|Dariusz Kowalczyk]] ([[S|Darek]])   ID [[SI:STUDENT_NUMBER|2119-4402]]
NHS number on file: [[SI:UK_NHS|943 476 5919]]   NI number: [[SI:UK_NINO|QQ 40 17 88 A]]

12 Jan — Self-referral via online form. [[S|Darek]] says an online gaming friend, "[[U|Mateusz]]", keeps sending him material about a "race war". He has blocked him. His father [[R|Piotr Kowalczyk]] does not know. — AB ([[P|Andrea Bianchi]])

15 Jan — Call. [[S|Mr Kowalczyk]] calmer. Agreed to share the usernames with us: [[T:USERNAME|wolf_of_lodz88]] and [[T:USERNAME|m4teusz_k]]. — [[P|AB]]

19 Jan — Consulted [[P|Summer Whitlock]] (Prevent Lead). [[P|Ms Whitlock]] advised the concern sits with the contact, not the student. [[S|Dariusz]] has been given the Report It link. — [[P|SW]]

2 Feb — [[S|Darek]]'s sister [[R|Agnieszka Kowalczyk]] phoned on [[T:PHONE_NUMBER|+48 601 234 567]] to say he was low. Called [[S|Dariusz]]; he was fine and had been at [[NEG|Summer]] school induction. — [[P|A. Bianchi]]

9 Feb — Closed. — [[P|AB]]
""",
    },
    {
        "id": "d17-support-joy",
        "kind": "support_log",
        "subject": "Joy Nakamura-Evans",
        "subject_aliases": ["JoJo"],
        "case_people": ["Connor Doyle"],
        "text": """Student support entries — [[S|Joy Nakamura-Evans]]
Date of birth: [[SI:DATE_OF_BIRTH|21 July 2003]]   Student number: [[SI:STUDENT_NUMBER|S2266019]]

Mon 3 March — Initial contact. [[S|Joy]] described her grandfather [[R|Hiroshi Nakamura-Evans]] as "getting into conspiracies" and forwarding them to the family WhatsApp. She finds it upsetting but is not worried for herself. Her mother [[R|Mrs Nakamura-Evans]] has asked her not to argue with him. — [[P|C. Doyle]]

Wed 5 March — [[S|Joy]] sent a screenshot from [[U|Kenji Sato]], a family friend, which mentions a rally. Passed to [[U|Dr Rose Amankwah]] for advice; it is about a housing protest, not extremist. There was no [[NEG|joy]] in the call, but she was relieved. — [[P|CD]]

Mon 10 March — [[S|Ms Nakamura-Evans]] said her sister [[R|Emi]] has muted the group. Her friend [[U|Laila Haidari]] (also a student) offered to go with her to counselling. — [[P|CD]]

Fri 14 March — Counselling booked with [[U|Tomás O'Sullivan]]. [[S|JoJo]] (her own sign-off) thanked the team. — — [[U|R. Amankwah]]
""",
    },
    {
        "id": "d17-support-abdirahman",
        "kind": "support_log",
        "subject": "Abdirahman Warsame",
        "subject_aliases": ["Abdi"],
        "case_people": ["Ioana Popescu", "Faith Kariuki"],
        "text": """Student Support & Wellbeing — contact log
[[S|Abdirahman Warsame]] | [[SI:STUDENT_NUMBER|S2400123]] | mobile [[SI:PHONE_NUMBER|+44 7700 900 236]]

22/04 — [[S|Abdi]] asked for help with a hardship form. Mentioned his brother [[R|Yusuf Warsame]] had been stopped at [[NEG|Heathrow]] under Schedule 7 and he was worried the university would "hold it against" him. Reassured. — [[P|IP]]

24/04 — [[P|Ioana Popescu]] and [[P|Faith Kariuki]] discussed. [[P|Ms Kariuki]] confirmed there is no concern about [[S|Mr Warsame]] himself. Keep supporting the hardship claim. — [[P|FK]]

29/04 — [[S|Abdirahman]]'s mother, [[R|Hodan Warsame]], called. Explained we cannot discuss him without consent. — — [[U|M. Farah]]

02/05 — [[S|Abdi]] gave consent for us to speak to his uncle [[R|Mr Warsame]] about the fees. Bank details for the refund: sort code [[SI:UK_SORT_CODE|20-45-77]], account [[SI:UK_BANK_ACCOUNT|41298830]]; the uncle's own IBAN, [[T:IBAN_CODE|GB82WEST12345698765432]], is not to be used. Meeting moved out of the [[NEG|Faith and Belief Centre]] room. — [[P|I. Popescu]]

06/05 — Hardship award approved by [[U|Graham Lindqvist]]. — [[P|IP]]
""",
    },
    {
        "id": "d17-support-nguyet",
        "kind": "support_log",
        "subject": "Nguyễn Thị Nguyệt",
        "subject_aliases": ["Nguyệt", "Nina"],
        "case_people": ["Alasdair MacLeod"],
        "text": """Wellbeing log: [[S|Nguyễn Thị Nguyệt]] (uses "[[S|Nina]]")   Student no. [[SI:STUDENT_NUMBER|S2355671]]

1 Sept — First appointment. [[S|Nina]] told me an older man from her church, [[U|Trần Văn Hùng]], has been messaging her about "defending the nation". She has also been contacted by her cousin [[R|Nguyễn Văn Long]], who shares the same posts. — [[P|A. MacLeod]]

4 Sept — [[S|Ms Nguyễn]] brought screenshots. Most are from a page called [[NEG|Golden Dawn Study Circle]]. Discussed with the Prevent lead, [[U|Dr Kateryna Bondarenko]]. — [[P|AM]]

9 Sept — [[S|Nguyệt]] says her mother, [[R|Mrs Nguyễn]], wants her to move home to [[NEG|Birmingham]]. [[S|Nina]] does not want to leave her course. — [[P|AM]]

15 Sept — Case conference with [[P|Alasdair MacLeod]], [[U|Dr Bondarenko]] and [[U|Hope Mwangi]]. Agreed: no referral about the student; [[U|KB]] to pass information about [[U|Mr Trần]] to the police liaison, [[U|PC Gareth Rees]]. — [[U|K. Bondarenko]]

30 Sept — [[S|Nina]] doing well. — [[P|AM]]
""",
    },
    {
        "id": "d17-support-ahmad",
        "kind": "support_log",
        "subject": "Ahmad Shah Noori",
        "subject_aliases": ["Shah"],
        "case_people": ["Bethan Morgan"],
        "text": """Support log — [[S|Ahmad Shah Noori]]
Student number: [[SI:STUDENT_NUMBER|2301-5566]]   Email: [[SI:EMAIL_ADDRESS|a.noori@student.example.ac.uk]]

08/11 — [[S|Ahmad]] (goes by "[[S|Shah]]" with friends) came to the online drop-in with his sister [[R|Zarghona Noori]]. They wanted advice about their father, [[R|Mr Noori]], who is being pressured by a man called [[U|Gul Agha]] to send money abroad. — [[P|B. Morgan]]

10/11 — Spoke to [[U|Dr Patrick Ó Conaill]] (Prevent lead). He advised the issue may be fraud rather than extremism, and suggested [[NEG|Action Fraud]]. — [[P|BM]]

12/11 — [[S|Mr Noori]] phoned from [[T:PHONE_NUMBER|020 7946 0018]] (his uncle [[R|Habib Noori]]'s landline). He said [[R|Zarghona]] had reported it. — [[P|BM]]

19/11 — [[S|Shah]] missed the meeting; [[U|Mark Ellison]] from Finance needed him to sign. [[NEG|Mark]] sheets for his resit are still outstanding. — — [[U|ME]]

21/11 — [[S|Ahmad]] fine, plans to stay on course. Closed. — [[P|Bethan Morgan]]
""",
    },
    {
        "id": "d17-chat-jessica",
        "kind": "chat_export",
        "subject": "Jessica Okafor",
        "subject_aliases": ["jess", "jessokafor_", "Jess O"],
        "case_people": ["Mohammed Iqbal"],
        "text": """Microsoft Teams — chat export — "Group 4 Sociology project"
Participants: [[S|Jessica Okafor]], [[P|Mohammed Iqbal]], [[U|Lucy Baptiste]], [[U|Dafydd ap Rhys]]

[19:02] [[U|Lucy Baptiste]]: has anyone heard from [[S|jess]]?? she hasn't done her section
[19:03] [[P|Mohammed Iqbal]]: @[[U|dafydd]] can you ask her, you're on insta with her
[19:05] [[U|Dafydd ap Rhys]]: she changed her handle to [[SI:SOCIAL_HANDLE|@jessokafor_]] and it's all those protest posts now
[19:05] [[U|Dafydd ap Rhys]]: her brother [[R|chidi]] keeps commenting too
[19:07] [[U|Lucy Baptiste]]: tbh that's [[R|Chidi Okafor]]'s thing not hers
[19:09] [[S|Jess O]]: hi sorry!! I'm here, mum ([[R|Mrs Okafor]]) was in hospital
[19:09] [[S|Jess O]]: @ [[P|mo]] I'll send my bit tonight
[19:10] [[P|Mohammed Iqbal]]: no worries [[S|jess]], hope she's ok
[19:11] [[U|Lucy Baptiste]]: [[NEG|Hope]] your mum is ok x
[19:14] [[U|Dafydd ap Rhys]]: [[R|ngozi]] (her sister) messaged me too, all good
[19:15] [[P|Mohammed Iqbal]]: tell [[U|luce]] the deadline is [[NEG|Friday]] not [[NEG|Monday]]
[19:16] [[S|Jess O]]: ty 🙏

Exported by: [[U|Dr Ewa Nowak]] (module lead) for concern review, ref [[NEG|PRV-2025-0419]]
""",
    },
    {
        "id": "d17-chat-rosa",
        "kind": "chat_export",
        "subject": "Rosa Conceição Almeida",
        "subject_aliases": ["rosinha", "ro", "ro_almeida"],
        "case_people": ["João Pereira", "Dawn Kelly"],
        "text": """WhatsApp export: "Nursing cohort B 💉"
[[NEG|WhatsApp]] chat with 14 participants. Extract supplied by [[P|Dawn Kelly]], Student Conduct.

12/02/2025, 21:14 - [[P|João Pereira]]: anyone seen what [[S|rosinha]] posted?
12/02/2025, 21:15 - [[U|Sunny Akhtar]]: the one about the mosque? that's not her, that's her cousin [[R|tiago]]
12/02/2025, 21:15 - [[U|Sunny Akhtar]]: [[R|Tiago Almeida]] shares everything from that page
12/02/2025, 21:17 - [[S|Rosa Almeida]]: guys it was my account but [[R|Tiago]] had my phone. I've deleted it
12/02/2025, 21:18 - [[P|João Pereira]]: @[[U|Precious Eze]] did you report it?
12/02/2025, 21:20 - [[U|Precious Eze]]: yes to [[P|Ms Kelly]], sorry [[S|ro]]
12/02/2025, 21:21 - [[S|Rosa Almeida]]: my mum [[R|Conceição]] is going to kill him lol
12/02/2025, 21:23 - [[U|Sunny Akhtar]]: it's a [[NEG|sunny]] day for drama
12/02/2025, 21:25 - [[P|João Pereira]]: her IG is [[SI:SOCIAL_HANDLE|@ro_almeida]] if [[P|dawn]] needs it

Note by [[P|DK]]: account holder [[S|Rosa Conceição Almeida]] (student no. [[SI:STUDENT_NUMBER|S2287704]]); post attributed to the cousin. Cousin's page: [[T:URL|https://social.example.com/tiago.almeida.77]]. Forwarded to [[U|Dr Kofi Boateng]].
""",
    },
    {
        "id": "d17-chat-emeka",
        "kind": "chat_export",
        "subject": "Chukwuemeka Eze",
        "subject_aliases": ["emeka", "meks_eze"],
        "case_people": ["Harriet Lloyd"],
        "text": """VLE discussion board export — Module PHIL201 — thread "Free speech week 7"
Exported by [[P|Harriet Lloyd]] on 20 March

[[S|Chukwuemeka Eze]] ([[SI:USERNAME|meks_eze]]) wrote:
> honestly the state has no right to tell us what to read. @[[U|kasia.w]] you agree right

[[U|Katarzyna Wójcik]] ([[T:USERNAME|kasia.w]]) wrote:
> partly [[S|emeka]] but sharing that manifesto link wasn't great

[[U|Ibrahim bin Yusof]] ([[T:USERNAME|ibinyusof]]) wrote:
> agree w [[U|kasia]]. also [[R|obi]] ([[S|emeka]]'s brother) posted it first on his tiktok [[T:SOCIAL_HANDLE|@obi.eze.official]]

[[S|Chukwuemeka Eze]] wrote:
> fair, I'll take it down. didn't mean to upset anyone. [[NEG|Will]] repost the reading list instead

[[P|Harriet Lloyd]] (tutor) wrote:
> Thanks [[S|Emeka]]. Please all see [[R|Dr Ngozi Eze]]'s note on the forum rules (no relation to [[S|Mr Eze]]).

Tutor comment: [[S|Emeka]]'s father, [[R|Mr Eze]], is his emergency contact. Note that [[R|Dr Ngozi Eze]] shares the surname but is unrelated. Logged by [[P|HL]].
""",
    },
    {
        "id": "d17-chat-siobhan",
        "kind": "chat_export",
        "subject": "Siobhán Ó Dálaigh",
        "subject_aliases": ["shiv", "Shiv"],
        "case_people": ["Rhys Griffiths", "Amara Nwosu"],
        "text": """Teams chat — "Politics Y3 study group" — exported for case review
Members: [[S|Siobhán Ó Dálaigh]], [[P|Rhys Griffiths]], [[P|Amara Nwosu]], [[U|Giorgos Papadakis]]

[10:41] [[U|Giorgos Papadakis]]: @[[S|shiv]] is that group your brother is in legit?
[10:42] [[S|Siobhán Ó Dálaigh]]: [[R|Cian]]? no idea, he won't tell mam anything
[10:43] [[P|Amara Nwosu]]: [[R|cian ó dálaigh]] added me to a telegram last night, it's grim
[10:44] [[P|Rhys Griffiths]]: report it? @[[P|amara]]
[10:44] [[P|Amara Nwosu]]: did. [[P|rhys]] you tell [[U|dr bishop]]
[10:45] [[P|Rhys Griffiths]]: will do, [[U|Mr Bishop]] is on leave so [[U|Grace]] in safeguarding
[10:47] [[S|Shiv]]: pls don't drag me into this, I already told [[R|Niamh Ó Dálaigh]] (auntie) to talk to him
[10:48] [[U|Giorgos Papadakis]]: [[NEG|grace]] period for the essay is till [[NEG|Thursday]] btw
[10:50] [[P|Amara Nwosu]]: his handle is [[T:SOCIAL_HANDLE|@cian_od_1916]]

Reviewer note ([[P|R. Griffiths]]): no concern regarding [[S|Ms Ó Dálaigh]]; concern relates to [[R|Cian]].
""",
    },
    {
        "id": "d17-email-hannah",
        "kind": "email",
        "subject": "Hannah Pryce-Jenkins",
        "subject_aliases": [],
        "case_people": ["Olumide Bankole"],
        "text": """From: [[P|Olumide Bankole]] <[[T:EMAIL_ADDRESS|o.bankole@northmoor.example.ac.uk]]>
To: [[U|Sarah Whitaker]] <[[T:EMAIL_ADDRESS|safeguarding@northmoor.example.ac.uk]]>
Cc: [[U|Dr Anil Kumar Reddy]] <[[T:EMAIL_ADDRESS|a.k.reddy@northmoor.example.ac.uk]]>
Subject: Student [[S|Hannah Pryce-Jenkins]] — call from her mother

Dear [[U|Sarah]],

This morning I took a call from [[R|Mrs Pryce-Jenkins]], mother of [[S|Hannah Pryce-Jenkins]] ([[SI:STUDENT_NUMBER|S2314480]]). She is worried that [[S|Hannah]]'s stepbrother, [[R|Owain Pryce-Jenkins]], has been inviting her to "meet-ups" organised by someone called [[U|Craig Dennison]]. [[S|Hannah]] herself has said nothing to us, and her engagement on the [[NEG|Open Pathways]] course is fine.

[[R|Mrs Pryce-Jenkins]] gave her number as [[T:PHONE_NUMBER|(01633) 960 412]] and asked that [[S|Ms Pryce-Jenkins]] not be told she called. I said we could not promise that. Could you or [[U|Anil]] advise? Her father, [[R|Gareth]], is apparently aware.

Thanks,
[[P|Olumide]]

--
[[P|Olumide Bankole]]
Personal Tutor, School of Health
Tel: [[T:PHONE_NUMBER|+44 1632 960 733]]
Email: [[T:EMAIL_ADDRESS|o.bankole@northmoor.example.ac.uk]]
""",
    },
    {
        "id": "d17-email-farhan",
        "kind": "email",
        "subject": "Farhan Chowdhury",
        "subject_aliases": ["Fazz"],
        "case_people": ["Eilidh Fraser", "Yaw Asante"],
        "text": """From: [[P|Eilidh Fraser]] <[[T:EMAIL_ADDRESS|eilidh.fraser@northmoor.example.ac.uk]]>
To: [[P|Yaw Asante]] <[[T:EMAIL_ADDRESS|y.asante@northmoor.example.ac.uk]]>
Subject: FW: concern — [[S|F. Chowdhury]]

Hi [[P|Yaw]],

Forwarding the chain below as discussed. I don't think this meets the threshold, but I'd value a second view before [[NEG|Wednesday]].

[[P|Eilidh]]

---------- Forwarded message ----------
From: [[R|Rashida Chowdhury]] <[[T:EMAIL_ADDRESS|rashida.c@mailbox.example.com]]>
Date: 3 Feb 2025 08:12
To: [[T:EMAIL_ADDRESS|studentsupport@northmoor.example.ac.uk]]
Subject: my brother [[S|Farhan]]

Hello,

I am [[S|Farhan Chowdhury]]'s sister. [[S|Fazz]] has been spending every night on a Discord server run by a man who calls himself "[[U|Brother Idris]]". Our father [[R|Mr Chowdhury]] and I are worried. [[S|Farhan]]'s student number is [[SI:STUDENT_NUMBER|S2208861]].

Kind regards,
[[R|Rashida]]

--
[[P|Dr Eilidh Fraser]]
Senior Lecturer and Prevent Contact, Faculty of Arts
[[T:PHONE_NUMBER|0131 496 0288]] | [[T:EMAIL_ADDRESS|eilidh.fraser@northmoor.example.ac.uk]]
""",
    },
    {
        "id": "d17-email-mariam",
        "kind": "email",
        "subject": "Mariam Al-Khatib",
        "subject_aliases": ["Miri"],
        "case_people": ["Benjamin Okoro"],
        "text": """From: [[U|Lena Schäfer]] <[[T:EMAIL_ADDRESS|l.schaefer@northmoor.example.ac.uk]]>
To: [[P|Benjamin Okoro]] <[[T:EMAIL_ADDRESS|b.okoro@northmoor.example.ac.uk]]>
Cc: [[U|Gwen Tudor]]
Subject: Re: [[S|Mariam Al-Khatib]] — extension and welfare

Hi [[P|Ben]],

Quick update. I spoke to [[S|Mariam]] yesterday. She is asking for an extension because her uncle, [[R|Tariq Al-Khatib]], was arrested last week and the family have had police at the house. [[S|Ms Al-Khatib]] says she knew nothing about his activities and is frightened her name will be linked to his. Her mother [[R|Mrs Al-Khatib]] has asked to speak to someone.

I'd like to grant the extension. I don't see any Prevent concern about [[S|Miri]] herself. [[U|Gwen]] — could [[NEG|Student Money]] look at the hardship fund?

Best,
[[U|Lena]]

--
[[U|Dr Lena Schäfer]] | Module Leader, Arabic and Translation
Phone: [[T:PHONE_NUMBER|01632 960 541]]
Email: [[T:EMAIL_ADDRESS|l.schaefer@northmoor.example.ac.uk]]

> On 12 May, [[P|Benjamin Okoro]] wrote:
> Is [[S|Mariam]] ok? Her brother [[R|Sami]] emailed me directly. — [[P|BO]]
""",
    },
    {
        "id": "d17-email-callum",
        "kind": "email",
        "subject": "Callum Rennie",
        "subject_aliases": ["Cal"],
        "case_people": ["Dawit Tesfaye"],
        "text": """From: [[S|Callum Rennie]] <[[SI:EMAIL_ADDRESS|c.rennie2@student.northmoor.example.ac.uk]]>
To: [[P|Dawit Tesfaye]] <[[T:EMAIL_ADDRESS|d.tesfaye@northmoor.example.ac.uk]]>
Cc: [[R|Morag Rennie]] <[[T:EMAIL_ADDRESS|morag.rennie@mailbox.example.com]]>
Subject: meeting on Thursday

Dear [[P|Mr Tesfaye]],

Thank you for your email. I understand the meeting is about the comments I made in the [[NEG|Glasgow]] seminar. I'd like my mum, [[R|Morag]], to come with me if that is allowed. My dad can't get time off.

I want to say that I was repeating what [[U|Stuart McKenzie]] from my old school used to say and I know now it was wrong. I've spoken to my brother [[R|Euan Rennie]] about it too. I haven't been to any of the groups [[U|Stuart]] runs.

Could we do after 2pm? I work at [[NEG|Morrisons]] in the mornings.

Thanks,
[[S|Cal]]
[[S|Callum Rennie]] | [[SI:STUDENT_NUMBER|2110-3987]] | [[SI:PHONE_NUMBER|07700 900552]]

--
Reply from [[P|Dawit]]: Hi [[S|Callum]], 2.30 is fine and [[R|Mrs Rennie]] is welcome. [[U|Dr Faith Adjei]] will also attend. — [[P|DT]]
""",
    },
    {
        "id": "d17-minutes-yaroslav",
        "kind": "meeting_minutes",
        "subject": "Yaroslav Melnyk",
        "subject_aliases": ["Slava"],
        "case_people": ["Rebecca Kaur", "Tunde Afolabi"],
        "text": """Prevent Case Discussion Panel — minutes
Date: 14 January   Location: Teams
Present: [[P|Rebecca Kaur]] (Chair, Prevent Lead), [[P|Tunde Afolabi]] (Head of Student Support), [[U|Dr Gwenllian Price]] (Academic Lead), [[U|Sgt Paul Heaton]] (Police liaison)
Apologies: [[U|Will Ashworth]] (Legal), [[U|Mrs Anjali Deshpande]]
Minutes: [[U|Chloe Barnes]]

1. Case: [[S|Yaroslav Melnyk]] ([[SI:STUDENT_NUMBER|S2339014]])
[[P|RK]] summarised: [[S|Slava]] raised concerns that his brother [[R|Bohdan Melnyk]] is being recruited online by a volunteer militia. The student is not the subject of concern. [[P|TA]] confirmed [[S|Mr Melnyk]] is engaging with support.
[[U|Sgt Heaton]] noted that [[R|Bohdan]] is over 18 and not a student; any concern about him is for the police. [[U|Dr Price]] said [[S|Yaroslav]]'s father, [[R|Mr Melnyk]], had also emailed the department.

Actions
- [[P|RK]] to call the student and explain the outcome.
- [[P|TA]] to offer counselling via [[NEG|Kyiv House]] partner service.
- [[U|PH]] to share the contact route for [[R|Bohdan]]'s case with [[U|DC Joanna Lis]].
- [[U|CB]] to circulate minutes by [[NEG|Friday]].
""",
    },
    {
        "id": "d17-minutes-grace",
        "kind": "meeting_minutes",
        "subject": "Grace Mbeki-Taylor",
        "subject_aliases": [],
        "case_people": ["Ifeoma Nwachukwu", "Stefan Ionescu"],
        "text": """Minutes of the Student Concerns Group
Attendees: [[P|Ifeoma Nwachukwu]] — Wellbeing Manager (chair); [[P|Stefan Ionescu]] — Programme Lead, Law; [[U|Joy Hendricks]] — Disability Adviser; [[U|Dr Min-jun Park]] — Personal Tutor
Apologies: [[U|Rev. Andrew Lyle]] (Chaplaincy)
Minutes taken by: [[U|Bill Trevena]]

Item 3 — [[S|Grace Mbeki-Taylor]], [[SI:STUDENT_NUMBER|S2250067]]
[[U|Dr Park]] reported that [[S|Grace]] has asked for her surname to be removed from a group project because her father, [[R|Andile Mbeki-Taylor]], has been named in a newspaper story about a far-right rally. [[S|Ms Mbeki-Taylor]] is distressed. Her aunt [[R|Lindiwe Mbeki-Taylor]] is supporting her. [[P|SI]] noted that the [[NEG|Grace and Dignity Policy]] allows this and no Prevent issue arises.
[[U|Joy]] will update [[S|Grace]]'s support plan. [[P|Ms Nwachukwu]] reminded the group that [[R|Mr Mbeki-Taylor]] is not a student and the university holds no information on him.

Actions:
[[P|IN]] to write to [[S|Grace]] confirming support.
[[P|SI]] to amend the group record.
[[U|MP]] to meet [[S|Grace]] weekly.
""",
    },
    {
        "id": "d17-minutes-bilal",
        "kind": "meeting_minutes",
        "subject": "Bilal Qureshi",
        "subject_aliases": [],
        "case_people": ["Niamh Brennan"],
        "text": """Safeguarding and Prevent Operational Group — 6 March
Attendees:
- [[P|Niamh Brennan]], Safeguarding Lead (Chair)
- [[U|Hemi Walker]], Student Conduct
- [[U|Prof. Aleksander Nowicki]], Dean of Engineering
- [[U|Ms Efua Mensah-Bonsu]], Accommodation Liaison
Apologies: [[U|Dawn Hargreaves]]
Minutes: [[U|Tomasz Lewandowski]]

Case 2: [[S|Bilal Qureshi]] ([[SI:STUDENT_NUMBER|2207-4410]])
[[P|NB]] reported a referral from [[U|Prof. Nowicki]]: [[S|Bilal]] was heard in an online lab session saying his cousin [[R|Imran Qureshi]] "knows people" who could "sort out" a lecturer. [[S|Mr Qureshi]] later apologised to the lecturer, [[U|Dr Sophie Lang]], and said it was a bad joke. His mother [[R|Nasreen Qureshi]] contacted [[U|Hemi]] to apologise as well.
Discussion: group agreed the remark was a conduct matter, not Prevent. [[U|Ms Mensah-Bonsu]] confirmed no issues at [[NEG|Dawn House]] hall.

Actions
[[U|HW]] to open a conduct file.
[[P|NB]] to write to [[S|Bilal]].
[[U|AN]] to brief [[U|Dr Lang]].
[[U|TL]] to file minutes.
""",
    },
    {
        "id": "d17-minutes-eleni",
        "kind": "meeting_minutes",
        "subject": "Eleni Papadopoulou",
        "subject_aliases": ["Leni"],
        "case_people": ["Kofi Agyeman", "Maria José Fernández"],
        "text": """Case review meeting — minutes (restricted)
Present: [[P|Kofi Agyeman]] (Prevent Co-ordinator), [[P|Dr Maria José Fernández]] (Personal Tutor), [[U|Patience Owusu]] (Counselling), [[U|DS Neil Carver]] (Counter Terrorism Policing)
Apologies: [[U|Summer Oyelaran]]
Minutes: [[U|Alys Rowlands]]

Subject: [[S|Eleni Papadopoulou]], student no. [[SI:STUDENT_NUMBER|S2196623]], DOB [[SI:DATE_OF_BIRTH|09.05.2002]]

[[P|Dr Fernández]] explained that [[S|Eleni]] disclosed that her brother [[R|Nikos Papadopoulos]] had travelled to join a group abroad. [[S|Leni]] is in contact with him. [[U|DS Carver]] confirmed the police are aware of [[R|Mr Papadopoulos]]. [[S|Ms Papadopoulou]]'s mother, [[R|Mrs Papadopoulou]], has been interviewed.
[[U|Ms Owusu]] said [[S|Eleni]] is struggling and counselling continues. The panel agreed to a Channel referral for support only, with consent. [[U|Summer]] had sent a note before the meeting, read out by [[P|KA]].

Actions
[[P|KA]] to complete the referral form.
[[P|MJF]] to meet [[S|Eleni]] and explain.
[[U|PO]] to continue sessions; review in [[NEG|summer]] term.
""",
    },
    {
        "id": "d17-chron-amina",
        "kind": "case_chronology",
        "subject": "Amina Diallo",
        "subject_aliases": ["Mina"],
        "case_people": ["Sadia Malik", "Robert Sinclair"],
        "text": """CASE CHRONOLOGY — [[S|Amina Diallo]] — [[SI:STUDENT_NUMBER|S2371185]]
Prepared for Prevent review. Entries in date order.

02.09 Enrolment. Emergency contact: father, [[R|Mamadou Diallo]], [[T:PHONE_NUMBER|+44 7700 900 614]]. ([[P|S. Malik]])
17.09 Tutor [[U|Dr Hannah Brooke]] reports [[S|Amina]] left a seminar upset after a discussion on the [[NEG|Sahel]]. — [[P|RS]]
24.09 [[S|Ms Diallo]] discloses that an older cousin, [[R|Oumar Diallo]], has been sending her recordings of a preacher she does not know. She asks for advice. ([[P|S. Malik]])
30.09 Consultation with [[P|Robert Sinclair]] (Prevent Lead). Decision: not a referral; signpost to support. — [[P|RS]]
08.10 [[R|Mrs Diallo]] (mother) telephones to ask whether [[S|Mina]] is attending. Consent not held; no information given. ([[P|S. Malik]])
21.10 [[S|Amina]] confirms she has blocked [[R|Oumar]]. Her friend [[U|Rose Kamara]] supported her. — [[P|RS]]
04.11 Case closed by [[P|Mr Sinclair]]. File to be held by [[U|Hope Adeyemi-Clarke]] for 12 months. ([[P|SM]])
""",
    },
    {
        "id": "d17-chron-liam",
        "kind": "case_chronology",
        "subject": "Liam Dunphy",
        "subject_aliases": ["ldunphy", "Lee"],
        "case_people": ["Olga Shevchenko"],
        "text": """Chronology of events: [[S|Liam Dunphy]] ([[SI:STUDENT_NUMBER|2018-6634]])

11 Feb — Forum post by user [[SI:USERNAME|ldunphy]] quoting a banned group's slogan. Flagged by IT monitoring. — [[U|JW]]
12 Feb — Login traced to [[SI:IP_ADDRESS|203.0.113.47]]. [[U|Jamal Whitfield]] (IT Security) confirms account belongs to [[S|Mr Dunphy]]. — [[U|JW]]
13 Feb — Personal tutor [[P|Dr Olga Shevchenko]] speaks to [[S|Liam]]. He says his younger brother [[R|Ciarán Dunphy]] used his laptop while visiting. ([[P|O. Shevchenko]])
14 Feb — [[R|Ciarán]]'s own account, [[T:SOCIAL_HANDLE|@ciaran_d_09]], shows the same slogan. [[S|Liam]]'s explanation accepted as plausible. — [[P|OS]]
18 Feb — Call from [[R|Mrs Bernadette Dunphy]] (mother), who asks the university not to involve police. Advised by [[U|Grace Onyango]] (Legal). — [[P|OS]]
20 Feb — Meeting with [[S|Lee]] (as he asks to be called) and [[P|Dr Shevchenko]]. He agrees to change his password. [[R|Mr Dunphy]] senior present by phone. — [[P|OS]]
27 Feb — No further activity from [[SI:IP_ADDRESS|2001:db8:4a1:7::2c]]. [[U|Rowan Tate]] closes IT alert. ([[U|R. Tate]])
""",
    },
    {
        "id": "d17-chron-nomvula",
        "kind": "case_chronology",
        "subject": "Nomvula Sithole",
        "subject_aliases": [],
        "case_people": ["Hugh Ashdown", "Mei Lin Tan"],
        "text": """Case chronology — Student: [[S|Nomvula Sithole]] — NI number: [[SI:UK_NINO|JT 48 21 93 B]]

05/03 Referral received from [[P|Hugh Ashdown]] (Accommodation). [[S|Nomvula]] reported that her housemate [[U|Faith Mukiri]] had left pamphlets in the kitchen. — [[P|HA]]
06/03 [[P|Mei Lin Tan]] (Student Support) calls [[S|Ms Sithole]]. Pamphlets relate to [[NEG|Christian Aid]] and a lawful march. No concern. — [[P|MLT]]
09/03 [[S|Nomvula]]'s brother [[R|Themba Sithole]] emails asking whether she is "in trouble". Her consent obtained to reply. — [[P|M. L. Tan]]
10/03 [[S|Nomvula]] asks that her mother, [[R|Mrs Sithole]], not be contacted. Noted. — [[P|MLT]]
15/03 [[U|Faith]] apologises to [[S|Nomvula]]; mediation by [[U|Kwabena Owusu-Ansah]]. Some [[NEG|faith]] restored between them. — [[U|KOA]]
22/03 [[R|Themba]] forwards a message from their uncle [[R|Sipho Sithole]] about rent. Passed to [[NEG|Student Money]]. — [[P|HA]]
30/03 Closed by [[P|Mr Ashdown]]. — [[P|HA]]
""",
    },
    {
        "id": "d17-chron-ruxandra",
        "kind": "case_chronology",
        "subject": "Ruxandra Ionescu-Popa",
        "subject_aliases": ["Ruxi"],
        "case_people": ["Daniel Osei"],
        "text": """Chronology — [[S|Ruxandra Ionescu-Popa]] ([[S|Ruxi]]), [[SI:STUDENT_NUMBER|S2403379]]

1 Oct — [[S|Ruxandra]] told tutor [[P|Daniel Osei]] that her father, [[R|Mihai Ionescu-Popa]], had been visited by police about posts on his [[NEG|Facebook]] page. ([[P|D. Osei]])
3 Oct — [[S|Ms Ionescu-Popa]] asked whether this would affect her studies. Advised no. — [[P|DO]]
7 Oct — Her sister [[R|Andreea]] sent a long message to the general inbox. [[U|Mark Chatterjee]] (Admissions) passed it on. — [[P|DO]]
12 Oct — [[P|Mr Osei]] consulted [[U|Dr Anneliese de Vries]] (Prevent Lead). She asked for [[R|Mr Ionescu-Popa]]'s posts not to be stored on the student file. — [[U|AdV]]
19 Oct — [[S|Ruxi]] attended counselling with [[U|Bogdan Stan]]. Mother [[R|Elena Ionescu-Popa]] accompanied her to the door. — — [[U|B. Stan]]
26 Oct — Passport copy [[SI:UK_PASSPORT|533380006]] placed on file for a placement check by [[U|Will Harcourt]], not for this matter. — [[P|DO]]
2 Nov — File closed. — [[U|AdV]]
""",
    },
    {
        "id": "d17-incident-tariq",
        "kind": "incident_report",
        "subject": "Tariq Hussain",
        "subject_aliases": ["T-Man"],
        "case_people": ["Agnieszka Nowak", "Dawn Okeke"],
        "text": """INCIDENT REPORT — Ref [[NEG|INC/2025/0312]]
Reported by: [[P|Agnieszka Nowak]], Campus Security (study centre, [[NEG|Hope Street]])
Date/time: 12 March, 18:40

Student involved: [[S|Tariq Hussain]] ([[SI:STUDENT_NUMBER|S2284410]]), known online as "[[S|T-Man]]"

Description: [[S|Mr Hussain]] was dropped off by his brother [[R|Asif Hussain]] in a silver Ford Focus, registration [[T:UK_VEHICLE_REGISTRATION|LB07 SEO]]. A second car, registration [[T:UK_VEHICLE_REGISTRATION|YK19 RHW]], belonging to a man named as [[U|Kieran Doyle]], followed them into the car park. [[U|Mr Doyle]] shouted abuse at [[S|Tariq]]. Witnesses: [[U|Joy Mwale]] (student) and [[U|Stelian Dumitru]] (cleaner).

Police attended: [[U|PC Harriet Vance]] (collar 4471) and [[U|PC Ravi Sandhu]]. [[U|PC Vance]] took details from [[R|Mr Hussain]] (the brother). [[S|Tariq]]'s father, [[R|Javed Hussain]], arrived later.

IT note: threatening messages to [[S|Tariq]] traced by [[P|Dawn Okeke]] to IP [[T:IP_ADDRESS|198.51.100.23]].

Signed: [[P|A. Nowak]]   Received by: [[P|D. Okeke]]
""",
    },
    {
        "id": "d17-incident-saoirse",
        "kind": "incident_report",
        "subject": "Saoirse Mac Giolla Phádraig",
        "subject_aliases": ["Sersh"],
        "case_people": ["Kenji Watanabe"],
        "text": """Online incident report form
Reporter: [[P|Kenji Watanabe]], VLE Administrator   Date: 4 June
Student: [[S|Saoirse Mac Giolla Phádraig]] — student no. [[SI:STUDENT_NUMBER|2215-0098]]

What happened: During a live webinar on the [[NEG|Belfast Agreement]], an account displaying the name "[[S|Sersh MGP]]" posted a link to a paramilitary memorial page. [[P|Mr Watanabe]] removed it. Logs show the session came from [[SI:IP_ADDRESS|192.0.2.188]].

[[S|Saoirse]] contacted us the next morning to say her cousin [[R|Pádraig Mac Giolla Phádraig]] had been in her room and used her laptop. Her mother, [[R|Mrs Mac Giolla Phádraig]], confirmed this by phone.

Witnesses in webinar: [[U|Dr Aoibheann Ní Mhurchú]] (presenter), [[U|Rose Ferguson]], [[U|Tomás Ruiz de la Peña]].

Other identifiers noted: [[R|Pádraig]]'s account [[T:USERNAME|paddy_mgp1798]].

Outcome: no further action against [[S|Ms Mac Giolla Phádraig]]. [[P|KW]] to reset credentials. [[U|Dr Ní Mhurchú]] informed.

Signed: [[P|K. Watanabe]]
""",
    },
    {
        "id": "d17-incident-dawn",
        "kind": "incident_report",
        "subject": "Dawn Abernethy",
        "subject_aliases": [],
        "case_people": ["Yusuf Demir"],
        "text": """Security incident log — Exam Centre, [[NEG|Marsh Lane]]
Reporting officer: [[P|Yusuf Demir]]
Subject: [[S|Dawn Abernethy]], DOB [[SI:DATE_OF_BIRTH|30/01/1999]], driving licence [[SI:UK_DRIVING_LICENCE|ABERN901309DA9XK]]

At 08:55 [[S|Ms Abernethy]] arrived for an in-person exam with her husband [[R|Keith Abernethy]]. [[R|Mr Abernethy]] was wearing a badge of a proscribed organisation and refused to leave the foyer. Staff [[U|Sunny Mahlaba]] and [[U|Çağla Aydın]] asked him to wait outside. [[S|Dawn]] said she had asked him not to wear it.

Police called 09:10. [[U|Sgt Colin Ferris]] and [[U|PC Leah Nakashima]] attended in vehicle [[T:UK_VEHICLE_REGISTRATION|WX68 PDK]]. [[R|Keith]] was spoken to and left. Their daughter [[R|Kayleigh Abernethy]] collected [[S|Dawn]] at 11:30.

[[S|Dawn]] completed the exam. At [[NEG|dawn]] the following day [[U|Sgt Ferris]] emailed [[T:EMAIL_ADDRESS|c.ferris@police.example.uk]] to confirm no offence by the student.

Witness statement also from [[U|Mr Efosa Igbinedion]], invigilator.

Signed: [[P|Y. Demir]]
""",
    },
    {
        "id": "d17-letter-kwabena",
        "kind": "letter",
        "subject": "Kwabena Asamoah",
        "subject_aliases": ["Kobby"],
        "case_people": ["Helen Whitmore"],
        "text": """Student Support Service
Northmoor Online University
[[NEG|Faith House]], Quay Street
[[NEG|MK9 2XZ]]

[[S|Mr Kwabena Asamoah]]
[[SI:STREET_ADDRESS|Rosemary Cottage, Bell Lane]]
Little Hadham
[[SI:UK_POSTCODE|SG11 2PQ]]

15 May

Dear [[S|Mr Asamoah]],

Student number: [[SI:STUDENT_NUMBER|S2260918]]

Thank you for meeting [[P|Ms Whitmore]] and me on 9 May, and for explaining that friends call you "[[S|Kobby]]"; we will use that name in sessions if you prefer. As agreed, we have noted that the messages sent to you by [[U|Kingsley Boateng]] were unwanted and that you reported them yourself. Your brother, [[R|Yaw Asamoah]], and your mother, [[R|Mrs Akosua Asamoah]], are listed as contacts only with your consent.

We understand your cousin [[R|Kofi Asamoah]] may also be contacted by the police. That is a separate matter and will not affect your studies.

Your tutor, [[U|Mr Adebowale]], has been told only that you may need flexibility. If you need us, please call [[U|Joy Lamptey]] on [[T:PHONE_NUMBER|01908 960 214]]. [[U|Joy]] will arrange any extension.

Yours sincerely,

[[U|Dr Simon Ferreira-Lowe]]
Deputy Head of Student Support
cc: [[P|Helen Whitmore]], Prevent Co-ordinator
""",
    },
    {
        "id": "d17-letter-agata",
        "kind": "letter",
        "subject": "Agata Kamińska",
        "subject_aliases": [],
        "case_people": ["Rhiannon Evans"],
        "text": """PRIVATE AND CONFIDENTIAL

[[S|Ms Agata Kamińska]]
[[SI:STREET_ADDRESS|Flat 3, 47 Mill Road]]
[[NEG|Cambridge]]
[[SI:UK_POSTCODE|CB1 2AZ]]

Our ref: [[NEG|SS/AK/2291]]
Student no.: [[SI:STUDENT_NUMBER|S2291174]]   NI number: [[SI:UK_NINO|GB 27 50 91 C]]

3 April

Dear [[S|Agata]],

I am writing following your conversation with [[P|Rhiannon Evans]] and [[U|Sunita Rao]] on 28 March. You told [[P|Ms Evans]] that your husband, [[R|Krzysztof Kamiński]], has become involved with a group whose leader, [[U|Marek Zając]], posts threats online. You were clear that you do not share these views and that you want support.

We have not shared anything about you with your husband or with [[R|Mr Kamiński]]'s family. Your daughter [[R|Zofia]] is not our student and we hold no information about her. Your sister-in-law, [[R|Ewa Kamińska]], phoned on 1 April; we did not confirm you are a student. [[U|Mr Zając]]'s posts have been reported to [[U|DS Alan Forbes]].

[[U|Dr Patience Adu]] in our counselling team can see you on [[NEG|Tuesdays]]. Please let me know.

With best wishes,

[[U|Grace Holloway]]
Student Wellbeing Manager
""",
    },
    {
        "id": "d17-letter-huang",
        "kind": "letter",
        "subject": "Huang Jiahao",
        "subject_aliases": ["Jay", "黄家豪"],
        "case_people": ["Alistair Kerr", "Nkechi Obi"],
        "text": """Northmoor Online University — Office of Student Conduct
[[NEG|Graduate Centre]], [[NEG|Summerhill Road]], [[NEG|Leicester]]

[[S|Mr HUANG Jiahao]] ([[S|黄家豪]])
[[SI:STREET_ADDRESS|12 Rowan Court, Kingsway]]
[[NEG|Manchester]]
[[SI:UK_POSTCODE|M19 2LT]]

21 February

Dear [[S|Mr Huang]],

Re: meeting of 18 February — your student number [[SI:STUDENT_NUMBER|2109-5540]]

Thank you for attending with your father, [[R|Mr Huang Weiming]]. As explained by [[P|Mr Kerr]] and [[P|Dr Nkechi Obi]], the forum posts that were reported by [[U|Lily Chen-Abbott]] and [[U|Tom Fairley]] were made from your account but have been traced to your cousin [[R|Huang Zhiqiang]], who lives in [[NEG|Shenzhen]]. We accept that you were not responsible.

We understand you use the name "[[S|Jay]]" on the forum, and [[U|Ms Chen-Abbott]] agreed she knew you only by that name. Please change your password and do not share devices; [[U|Dr Vikram Sethi]] in IT can help. Your sister [[R|Huang Xinyi]] asked to be copied; we will only do so if you agree.

Yours sincerely,

[[P|Alistair Kerr]]
Head of Student Conduct
[[T:EMAIL_ADDRESS|a.kerr@northmoor.example.ac.uk]] | [[T:PHONE_NUMBER|0116 496 0750]]
""",
    },
    {
        "id": "d17-letter-hope",
        "kind": "letter",
        "subject": "Hope Chikwanha",
        "subject_aliases": ["Hopey"],
        "case_people": ["Ioan Wyn Jones"],
        "text": """[[U|Mrs Patience Ndlovu]]
[[T:STREET_ADDRESS|The Willows]]
[[T:STREET_ADDRESS|Station Road]]
[[NEG|Harrogate]]
[[T:UK_POSTCODE|HG1 1TQ]]

9 January

Dear [[U|Mrs Ndlovu]],

Re: [[S|Hope Chikwanha]] (date of birth [[SI:DATE_OF_BIRTH|17/08/2005]])

Thank you for your letter about your niece. I understand you are writing as the person who raised [[S|Hope]] after her mother, [[R|Tendai Chikwanha]], moved to [[NEG|Harare]]. You are worried that [[S|Hope]]'s brother, [[R|Tinashe Chikwanha]], has introduced her to a group run by [[U|Pastor Blessing Moyo]].

I am not able to share information about [[S|Ms Chikwanha]] without her consent. I have, however, passed your concerns to our Prevent Co-ordinator, [[P|Ioan Wyn Jones]], and [[P|Mr Jones]] may ask [[S|Hope]] whether she would like to talk. You mention that the family call her "[[S|Hopey]]" and that her friend [[U|Grace Mapfumo]] has noticed a change. There is every [[NEG|hope]] this can be resolved informally. Her uncle [[R|Mr Chikwanha]] has also written; my reply to him is the same.

Yours sincerely,

[[U|Rosalind Fairbairn]]
Head of Student Support
""",
    },
]
