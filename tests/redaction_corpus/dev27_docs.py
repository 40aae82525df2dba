# ruff: noqa: E501
"""dev27: a development set written blind to the redaction engine from the brief's document kinds
and people mix only. Invented text; every person is fictional."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ letters
    {
        "id": "d27-letter-001",
        "kind": "letter",
        "subject": "Éabha Ó Murchú",
        "subject_aliases": ["Éabha"],
        "case_people": ["Fionnuala Breathnach", "Oisín Ó Murchú"],
        "text": """[[NEG|Wrenfield Online University]]
Student Casework Office, [[NEG|Halloran House]]

[[S|Ms Éabha Ó Murchú]]
[[SI:STREET_ADDRESS|Teach na Coille, Ballynahinch Road]]
Carryduff
[[SI:UK_POSTCODE|BT8 8DN]]

14 October 2024
Our ref: [[NEG|CAS/24/0917]]

Dear [[S|Éabha]],

Thank you for meeting [[P|Dr Fionnuala Breathnach]] and me on 9 October. As agreed, your mother, [[R|Mrs Ó Murchú]], may attend the next review, but your brother [[R|Oisín]] should not contact the office on your behalf again. [[R|Oisín Ó Murchú]] telephoned twice last week from [[T:PHONE_NUMBER|028 9018 0416]] and we could not discuss your case with him.

Your personal tutor, [[U|Mr Declan Crowe]], has extended the [[NEG|HSC204]] deadline to [[NEG|Week 9]]. If you would rather speak to someone outside the department, [[U|Sorcha Devlin]] in Wellbeing is free on Thursdays, and [[U|Father Brendan Tierney]], the chaplain you mentioned, may also come to the review.

Please quote your student number ([[SI:STUDENT_NUMBER|W2241786]]) when you reply, so that [[P|Fionnuala]]'s notes can be matched to your file.

Yours sincerely,

[[U|Gráinne McAteer]]
Casework Officer

cc: [[P|Dr F. Breathnach]]; [[U|D. Crowe]]""",
    },
    {
        "id": "d27-letter-002",
        "kind": "letter",
        "subject": "Tomasz Wiśniewski",
        "subject_aliases": ["Tomek"],
        "case_people": ["Aleksandra Zielińska", "Krzysztof Wiśniewski"],
        "text": """[[R|Mr Krzysztof Wiśniewski]]
[[T:STREET_ADDRESS|Flat 2/1, 17 Albany Terrace]]
Dundee
[[T:UK_POSTCODE|DD3 6HR]]

22 January 2025

Dear [[R|Mr Wiśniewski]],

Re: [[S|Tomasz Wiśniewski]], student number [[SI:STUDENT_NUMBER|2207-5531]]

[[S|Tomasz]] has given written consent for us to write to you. I understand from [[P|Ms Aleksandra Zielińska]], his tutor, that you and your wife [[R|Halina]] are worried about material he shares online as [[SI:SOCIAL_HANDLE|@tomek_wolny]].

Please be reassured that a referral is not an accusation. [[U|DS Graham Baird]] of [[NEG|Police Scotland]] has confirmed that no criminal investigation is open. Our Prevent coordinator, [[U|Mrs Lorna Cattanach]], will ring you from [[T:PHONE_NUMBER|0131 496 0227]] to arrange a call. If your younger son [[R|Kuba]] would also like to talk to someone, she can suggest local services. [[S|Tomek]] himself has agreed to meet [[P|Ms Zielińska]] weekly until Easter.

With kind regards,

[[U|Hamish Strachan]]
Head of Student Conduct
[[T:EMAIL_ADDRESS|h.strachan@wrenfield.ac.uk]]

cc: [[P|A. Zielińska]]; [[U|L. Cattanach]]""",
    },
    {
        "id": "d27-letter-003",
        "kind": "letter",
        "subject": "Adaeze Okonkwo",
        "subject_aliases": ["Ada"],
        "case_people": ["Ngozi Eze"],
        "text": """PRIVATE AND CONFIDENTIAL

[[S|Miss A. Okonkwo]]
[[SI:STREET_ADDRESS|The Old Bakehouse]]
[[SI:STREET_ADDRESS|Church Lane]]
Little Hadham
[[SI:UK_POSTCODE|SG11 2DY]]

3 March 2025

Dear [[S|Adaeze]],

I am writing after your welfare call on 27 February with [[P|Mrs Ngozi Eze]] of the [[NEG|Student Hub]]. We understand you are staying with your uncle, [[R|Mr Emeka Okonkwo]], and that your sister [[R|Chiamaka]] has been helping with your studies.

[[P|Mrs Eze]] noted that a man who calls himself [[U|Brother Tunde]] has been messaging you on Telegram as [[T:USERNAME|tunde_truthseeker]] and sending links to [[T:URL|https://t.me/awakening_voice_uk]]. You do not need to reply to him. Your academic adviser, [[U|Dr Morag Kilbride]], has paused the [[NEG|SOC110]] assessment, and [[U|Mr Chinedu Obi]] from our Prevent team will call you on [[SI:PHONE_NUMBER|07700 900 762]] on Monday.

If Uncle [[R|Emeka]] or [[R|Chiamaka Okonkwo]] would like to join that call, please let [[U|Mr Obi]] know beforehand.

Yours sincerely,

[[U|Rachel Blake]]
Safeguarding Officer

cc: [[P|N. Eze]]""",
    },
    {
        "id": "d27-letter-004",
        "kind": "letter",
        "subject": "Ionuț Popescu",
        "subject_aliases": ["Nuțu"],
        "case_people": ["Gareth Llewellyn", "Andrei Popescu"],
        "text": """[[R|Mirela Popescu]]
[[T:STREET_ADDRESS|27 Ferndale Crescent]]
Leicester
[[T:UK_POSTCODE|LE2 6QW]]
Tel: [[T:PHONE_NUMBER|0116 496 0584]]

To: Student Support, [[NEG|Wrenfield Online University]]

Dear Sir or Madam,

I am the mother of [[S|Ionuț Popescu]] (date of birth [[SI:DATE_OF_BIRTH|11/06/2004]]). I want to tell you my worries before his meeting with [[P|Mr Gareth Llewellyn]].

Since Easter [[S|Ionuț]] spends every night in his room with my nephew [[R|Andrei Popescu]], watching videos from a man called [[U|Vlad Bărbulescu]]. [[R|Andrei]] drives a grey Passat, [[T:UK_VEHICLE_REGISTRATION|FN19 KXR]], and takes my son to meetings in [[NEG|Nottingham]] that his friend [[U|Sorin]] organises. My husband [[R|Costel]] says it is only politics, but [[S|Nuțu]] has stopped calling his grandmother, [[R|Elena Popescu]], who he loves very much.

Please do not tell [[S|Ionuț]] that I wrote. You can call me, or my neighbour [[U|Mrs Jean Tattersall]] on [[T:PHONE_NUMBER|07700 900 915]], who helps me with English. [[U|Mr Llewellyn]] may also speak to [[U|Father Ilie]] at our church.

Yours faithfully,

[[R|M. Popescu]] (Mrs)""",
    },
    {
        "id": "d27-letter-005",
        "kind": "letter",
        "subject": "Thandiwe Dlamini",
        "subject_aliases": ["Thandi"],
        "case_people": ["Pieter van der Merwe", "Nomsa Dlamini"],
        "text": """[[S|Ms Thandiwe Dlamini]]
[[SI:STREET_ADDRESS|Flat 0/1, 88 Novar Drive]]
Glasgow [[SI:UK_POSTCODE|G12 9SS]]

Our ref: [[NEG|CHN/2025/031]]
16 May 2025

Dear [[S|Ms Dlamini]],

Outcome of the support review

Thank you for attending on 13 May with your aunt, [[R|Nomsa Dlamini]]. The panel, chaired by [[U|Ms Dorothy Ferrie]], has decided that no further action is needed. [[R|Mrs Dlamini]]'s statement and the report from your tutor, [[P|Dr Pieter van der Merwe]], were both very helpful.

[[U|PC Iain Moffat]] has confirmed that the posts by your former housemate, [[U|Lwazi Ngcobo]], will be dealt with separately. You told us that [[U|Blessing Chikwanha]] from your church has been a great support; having someone like that is a [[NEG|blessing]], and we are glad. If your cousin [[R|Sipho Dlamini]] contacts us again, we will not discuss your case without your consent.

Please keep your student number, [[SI:STUDENT_NUMBER|G2310447]], to hand if you need to call [[U|Kenneth Baillie]] in Student Finance.

Yours sincerely,

[[U|Morven Lennox]]
Student Safeguarding Manager

cc: [[P|Dr P. van der Merwe]]; [[U|D. Ferrie]]""",
    },
    {
        "id": "d27-letter-006",
        "kind": "letter",
        "subject": "Carys Llywelyn",
        "subject_aliases": [],
        "case_people": ["Yuki Matsumoto", "Alun Llywelyn"],
        "text": """[[NEG|Wrenfield Online University]] – Student Wellbeing (Wales)
[[NEG|Tŷ Dewi]], Cardiff

[[R|Mr Alun Llywelyn]]
[[T:STREET_ADDRESS|Bryn Celyn]]
[[T:STREET_ADDRESS|Ffordd y Llan]]
Llanrwst
Conwy
[[T:UK_POSTCODE|LL26 0DR]]

18 June 2025

Annwyl [[R|Mr Llywelyn]],

Thank you for your letter of 2 June about [[S|Carys]]. With her written consent I am able to reply. [[S|Carys Llywelyn]]'s tutor, [[P|Dr Yuki Matsumoto]], and I met her on 10 June. She confirmed that she had shared posts from [[T:SOCIAL_HANDLE|@meibion_y_fflam]] only in order to argue against them.

She asked me to tell you that the young man you saw with her in [[NEG|Betws-y-Coed]], [[U|Iwan Parry]], is a classmate and not the person [[R|Mrs Llywelyn]] was worried about. Her nain, [[R|Gwenllian Llywelyn]], is welcome to ring too.

If you wish to talk further, please call [[U|Rhian Bowen]], our Welsh-speaking adviser, on [[T:PHONE_NUMBER|029 2018 0744]], or write to [[U|Rhian]] at [[T:EMAIL_ADDRESS|rhian.bowen@wrenfield.ac.uk]].

Yn gywir,

[[U|Elin Thomas-Maddox]]
Wellbeing Manager (Wales)

cc: [[S|Ms C. Llywelyn]]; [[P|Dr Y. Matsumoto]]""",
    },
    # ------------------------------------------------------------------ incident reports
    {
        "id": "d27-incident-001",
        "kind": "incident_report",
        "subject": "Bilal Qureshi",
        "subject_aliases": ["Bil"],
        "case_people": ["Joanne Whitlock", "Imran Qureshi"],
        "text": """INCIDENT REPORT
Ref: [[NEG|IR-2024-0311]]   Date/time: 16/11/2024, 19:40
Location: [[NEG|Carmody Hall]] common room, [[NEG|Leeds]] residential school
Reporter: [[P|Joanne Whitlock]], Residential School Manager
Student concerned: [[S|Bilal Qureshi]], student no. [[SI:STUDENT_NUMBER|S4410283]]

Summary: [[U|Kyle Armitage]] told [[P|JW]] that [[S|Bilal]] was playing a video from a banned channel at full volume and telling others that [[U|Rhys Pemberton]] "deserved what's coming". [[U|Rhys]] left the room upset. [[S|Mr Qureshi]] said the video had been sent to him by his cousin [[R|Usman Qureshi]].

Witnesses:
1. [[U|Kyle Armitage]] (student), mob. [[T:PHONE_NUMBER|07700 900 244]]
2. [[U|Farah Siddiqui]] (student), says [[S|Bil]] apologised afterwards
3. [[U|Des Hanlon]] (security, badge [[NEG|S-17]])

Police: [[U|PC Sarah Ingham]] and [[U|Sgt Rob Vickers]], [[NEG|West Yorkshire Police]], attended at 20:25; log [[NEG|WYP-1611-0893]]. No arrest.

Vehicles: silver Corsa [[T:UK_VEHICLE_REGISTRATION|YD68 HWU]], registered to [[R|Imran Qureshi]] (brother), collected [[S|Bilal]] at 21:10.

Digital: [[U|Sgt Vickers]] asked for the hall Wi-Fi log; [[S|Bilal]]'s laptop connected as [[SI:IP_ADDRESS|10.44.7.182]].

Signed: [[P|J. Whitlock]]""",
    },
    {
        "id": "d27-incident-002",
        "kind": "incident_report",
        "subject": "Wang Jiayi",
        "subject_aliases": ["Jenny Wang", "Jenny W"],
        "case_people": ["Olamide Bakare", "Wang Lei"],
        "text": """ONLINE INCIDENT REPORT – VLE / Teams
Reference: [[NEG|OIR-0742]]
Reported by: [[P|Ms Olamide Bakare]] (Tutor, [[NEG|B112]])
Date of report: 20 January 2025

Student: [[S|Wang Jiayi]] ([[S|Jenny Wang]]), [[SI:EMAIL_ADDRESS|jw7788@wrenfield-students.ac.uk]]

Description: During a recorded tutorial on 19 January an account showing "[[S|Jenny W]]" shared a screen displaying an extremist manifesto. [[P|Ms Bakare]] removed the participant within a minute. [[S|Ms Wang]] emailed that evening to say her brother [[R|Wang Lei]] had joined using her link.

Witnesses (tutorial attendees): [[U|Tomás Ferreira]], [[U|Aisling Brady]], [[U|Yusra Khalil]]. [[U|Tomás]] saved a screenshot.

Technical: [[R|Dr Wang Min]] (IT Security, no relation) traced the session to [[T:IP_ADDRESS|2001:db8:4f2a:19::7c]]; [[S|Jiayi]]'s usual login is [[SI:IP_ADDRESS|90.214.33.67]]. [[R|Dr Wang]] thinks [[R|Lei]] used a VPN.

Police: reported to [[U|DC Hannah Roebuck]], Counter Terrorism Policing North East, ref [[NEG|CTP-NE/25/0117]].

Family: their father, [[R|Mr Wang Jun]], rang from [[T:PHONE_NUMBER|+86 138 0013 8000]] and asked that [[U|Ms Roebuck]] contact him before speaking to [[R|Lei]].

Completed by: [[P|O. Bakare]]; reviewed by [[U|Imogen Sayle]]""",
    },
    {
        "id": "d27-incident-003",
        "kind": "incident_report",
        "subject": "Dmytro Kovalenko",
        "subject_aliases": ["Dima"],
        "case_people": ["Paul Quigley", "Andriy Melnyk"],
        "text": """INCIDENT REPORT FORM
Exam centre: [[NEG|Hallam Conference Centre]], [[NEG|Sheffield]]
Date: 6 June 2025, approx. 13:20
Reporter: [[P|Paul Quigley]], Chief Invigilator
Person involved: [[S|Dmytro Kovalenko]], DOB [[SI:DATE_OF_BIRTH|23/08/1998]]
ID checked: driving licence [[SI:UK_DRIVING_LICENCE|KOVAL908238D99PN]]

Account: At the end of the [[NEG|S217]] exam, [[S|Dmytro]] shouted far-right slogans at another candidate, [[P|Andriy Melnyk]], and pushed him against a table. [[U|Olena Shevchuk]], a third candidate, stepped in. [[S|Kovalenko]] then left with his sister [[R|Oksana Kovalenko]], who was waiting in a red Fabia, [[T:UK_VEHICLE_REGISTRATION|WR70 NKE]].

Witnesses: [[U|Olena Shevchuk]] ([[T:EMAIL_ADDRESS|olena.shev@gmail.com]]); [[U|Mr Graham Tulley]] (invigilator); [[U|Priti Solanki]] (venue staff).

Police: [[U|PC Jamie Harrop]], [[NEG|South Yorkshire Police]], incident no. [[NEG|SYP-0606-441]]. [[P|Mr Melnyk]] declined to make a complaint but gave his number, [[T:PHONE_NUMBER|0114 496 0917]], for follow-up.

Follow-up: [[R|Mr Kovalenko]] (father, [[R|Volodymyr]]) rang the exams office the next morning to apologise. [[S|Dima]], he said, "has been angry since the summer".

Signed: [[P|P. Quigley]]
Passed to: [[U|Dr Femi Ogundipe]], Prevent Lead""",
    },
    {
        "id": "d27-incident-004",
        "kind": "incident_report",
        "subject": "Rojin Zebari",
        "subject_aliases": [],
        "case_people": ["Deborah Lightfoot", "Serhat Doğan"],
        "text": """INCIDENT REPORT – Harassment / online threats
Ref: [[NEG|INC-25-0561]]
Reported by: [[S|Rojin Zebari]] (student, [[SI:STUDENT_NUMBER|Z5518830]]) in person to [[P|Mrs Deborah Lightfoot]], [[NEG|Manchester Study Centre]]

Details: [[S|Rojin]] says her Instagram ([[SI:SOCIAL_HANDLE|@rojin.zeb]]) was taken over on 2 May and used to post threats against a Kurdish community centre. She believes her former fiancé, [[P|Serhat Doğan]], did it, as he knew her password. Login alerts showed access from [[T:IP_ADDRESS|109.155.42.201]].

Witnesses: her cousin [[R|Hêvî Zebari]], who was with her when the alerts arrived; [[U|Dilan Aksoy]], a friend who received one of the messages.

Vehicle: [[P|Doğan]] drives a black Golf, [[T:UK_VEHICLE_REGISTRATION|MA19 ZPX]], seen outside the centre by [[U|Mr Ashok Varma]] (security) on 3 May.

Police: [[U|PC Niamh McCrory]], GMP, crime ref [[NEG|GMP-25-118402]]. [[U|DS Kerem Aydın]] from the Prevent team will also review.

Family: [[S|Ms Zebari]]'s father, [[R|Mr Zebari]], has asked staff not to contact him; her brother [[R|Baran Zebari]] is her emergency contact ([[T:PHONE_NUMBER|07700 900 631]]). [[R|Baran]] confirmed by phone that [[P|Serhat]] visited the family home on 1 May.

Completed by: [[P|D. Lightfoot]]""",
    },
    {
        "id": "d27-incident-005",
        "kind": "incident_report",
        "subject": "Çağrı Yıldırım",
        "subject_aliases": [],
        "case_people": ["Gwen Ashby", "Emre Yıldırım"],
        "text": """INCIDENT REPORT – Remote Examination
Exam: [[NEG|M140 Introducing Statistics]], 14 January 2025
Reporter: [[P|Ms Gwen Ashby]], e-Assessment Officer
Candidate: [[S|Çağrı Yıldırım]] ([[SI:STUDENT_NUMBER|Y2047719]])

What happened: The proctoring software flagged a second voice at 10:14. The recording shows [[S|Çağrı]]'s brother, [[R|Emre Yıldırım]], entering the room and placing a printed sheet bearing the logo of a proscribed group on the desk. [[S|Mr Yıldırım]] appeared distressed and asked [[R|Emre]] to leave.

Live proctors: [[U|Shreya Menon]] and [[U|Lukas Becker]]. Both have made written statements; [[U|Becker]] also noted a man's voice off camera saying "[[U|Kemal]] is outside".

Network: exam session from [[SI:IP_ADDRESS|151.227.14.90]]; a second device on the same connection reported as [[T:IP_ADDRESS|2a02:8010:61a3::5b]].

Police: [[U|DC Selin Arslan]] (Counter Terrorism Policing) collected the recording and spoke to their mother, [[R|Mrs Ayşe Yıldırım]], at home. [[S|Çağrı]] gave his NI number as [[SI:UK_NINO|GB 48 26 91 C]], which [[U|DC Arslan]] queried.

Outcome: exam voided; resit approved by [[U|Prof. Ian Holloway]].

Signed: [[P|G. Ashby]]""",
    },
    {
        "id": "d27-incident-006",
        "kind": "incident_report",
        "subject": "Hodan Warsame",
        "subject_aliases": [],
        "case_people": ["Ciarán Ó Dálaigh", "Helena Voss"],
        "text": """INCIDENT REPORT
Date of incident: 21 February 2025, 17:50
Location: outside [[NEG|Ashfield Library]], [[NEG|Bristol]] (study meet-up)
Reported by: [[P|Ciarán Ó Dálaigh]], Peer Mentor
Student: [[S|Hodan Warsame]] (DOB [[SI:DATE_OF_BIRTH|07-04-2002]]; tel [[SI:PHONE_NUMBER|07700900448]])

Summary: Two men approached [[S|Hodan]] and her brother [[R|Abdirahman Warsame]] and shouted abuse about her hijab. One, later identified as [[U|Kane Tilley]], filmed her and said he would post it on [[T:URL|https://www.tiktok.com/@kanet_bristol]]. [[R|Abdirahman]] stepped between them.

Witnesses: [[U|Amina Jama]] (student); [[U|Mr Geoff Pearce]] (library staff); [[U|Stefan Ionescu]] (passer-by, [[T:PHONE_NUMBER|(0117) 496 0381]]).

Vehicles: the men left in a white van, [[T:UK_VEHICLE_REGISTRATION|WU15 EKB]]; the plate was also noted by [[U|Amina]].

Police: [[U|PC Marcus Olufemi]] and [[U|PCSO Tasha Bright]], [[NEG|Avon and Somerset Police]]; ref [[NEG|5225045117]].

Family: [[S|Ms Warsame]]'s mother, [[U|Faadumo Hirsi]], asks that contact go through [[R|Abdirahman]] or her sister [[R|Sagal Warsame]].

Follow-up: referred to [[U|Ilhan Nur]] (Wellbeing). The Prevent lead, [[P|Dr Helena Voss]], recorded this as a hate incident against the student, not a concern about her. [[P|CÓD]] to check in with [[S|Hodan]] on Monday.""",
    },
    # ------------------------------------------------------------------ meeting minutes
    {
        "id": "d27-minutes-001",
        "kind": "meeting_minutes",
        "subject": "Nikolaos Papadopoulos",
        "subject_aliases": ["Nikos"],
        "case_people": ["Christina Georgiou", "Eleni Papadopoulou"],
        "text": """SAFEGUARDING CASE MEETING – MINUTES
Date: 4 December 2024, 14:00 (Teams)
Case ref: [[NEG|SG-24-0288]]
Student: [[S|Nikolaos Papadopoulos]] ([[S|Nikos]])

Present: [[P|Dr Christina Georgiou]] (Chair, Deputy Safeguarding Lead); [[U|Lewis Ashdown]] (Personal Tutor); [[U|Ms Zoë Whitcombe]] (Disability Adviser); [[U|PS Aaron Fenwick]] (Prevent Police Officer)
Apologies: [[U|Hugh Davenport]] (Faculty Prevent Contact)
Minutes: [[U|Rose Ogunleye]]

1. Background. [[P|CG]] summarised: [[S|Nikos]]'s sister, [[R|Eleni Papadopoulou]], contacted the university on 25 November after he shared posts by [[U|Stavros Kalogeropoulos]]. Concern [[NEG|rose]] after a comment about "cleansing" [[NEG|Athens]].
2. [[U|LA]] confirmed [[S|Mr Papadopoulos]] has submitted all work on time.
3. [[U|PS Fenwick]] said the family car, [[T:UK_VEHICLE_REGISTRATION|LR20 GZT]], registered to the father, [[R|Giorgos Papadopoulos]], was seen near a rally in [[NEG|Manchester]]; no offences.
4. [[U|ZW]] noted [[S|Nikos]] has ADHD and finds group calls hard.

Actions
- [[U|LA]] to meet [[S|Nikos]] by 11 Dec.
- [[U|AF]] to share the PNC outcome with [[P|CG]].
- [[U|ZW]] to review reasonable adjustments.
- [[P|CG]] to call [[R|Eleni]] (consent given) on [[T:PHONE_NUMBER|07700 900 846]].
- [[U|HD]] to be briefed by [[U|RO]].""",
    },
    {
        "id": "d27-minutes-002",
        "kind": "meeting_minutes",
        "subject": "Trần Minh Khoa",
        "subject_aliases": ["Khoa"],
        "case_people": ["Imogen Faraday", "Trần Quốc Bảo"],
        "text": """Minutes – Student Concern Panel
12 March 2025 | [[NEG|Kensington Suite]], [[NEG|Brunel House]] and online

Attendees:
[[P|Prof. Imogen Faraday]] – Chair, Pro-Vice-Chancellor (Students)
[[U|Dr Vũ Thị Hằng]] – Personal Tutor
[[U|Kwame Boakye]] – Student Casework Manager
[[U|Sgt Leanne Pryce]] – Prevent Engagement Officer
[[U|Nia Blackwood]] – Minute-taker
Apologies: [[U|Dr Oscar Lindgren]]; [[U|Harriet Quayle]]

Student: [[S|Trần Minh Khoa]] ([[S|Khoa]]), student no. [[SI:STUDENT_NUMBER|V0092317]]

Item 1 – [[U|VTH]] reported that [[S|Khoa]] has been absent since [[NEG|Week 4]]. His mother, [[U|Mrs Nguyễn Thị Mai]], called from [[NEG|Hà Nội]] to say his cousin [[R|Trần Quốc Bảo]], who shares his flat, recruits for an online group.
Item 2 – [[U|Sgt Pryce]] confirmed [[R|Bảo]] is known to police; [[S|Mr Trần]] is not.
Item 3 – [[U|KB]] noted the tenancy at [[SI:STREET_ADDRESS|Flat 6, Mercer Court, 19 Lyme Street]], [[SI:UK_POSTCODE|NW1 0EE]], is in [[S|Khoa]]'s name only. His father, [[R|Mr Trần Văn Hùng]], is guarantor.

Actions:
[[U|KB]] to offer [[S|Khoa]] emergency accommodation.
[[U|VTH]] to arrange a call in Vietnamese with [[S|Khoa]] and, with consent, [[U|Mrs Mai]].
[[U|LP]] to update [[U|Dr Lindgren]].
[[P|IF]] to sign off minutes.""",
    },
    {
        "id": "d27-minutes-003",
        "kind": "meeting_minutes",
        "subject": "Farid Ahmadzai",
        "subject_aliases": [],
        "case_people": ["Omar Rashidi", "Wahid Ahmadzai"],
        "text": """PREVENT TRIAGE MEETING
Date: 17/01/2025   Venue: Teams
Chair: [[U|Bronwen Hale]] ([[U|BH]]), Prevent Lead
Attendees: [[P|Dr Omar Rashidi]] ([[P|OR]]), Personal Tutor; [[U|Mrs Gulalai Stanekzai]] ([[U|GS]]), Pashto interpreter; [[U|DC Mark Levene]] ([[U|ML]]), Counter Terrorism Policing; [[U|Jade Tomlinson]] ([[U|JT]]), Student Support
Apologies: [[U|Prof. Rajesh Iyer]]
Minutes: [[U|JT]]

Student: [[S|Farid Ahmadzai]], DOB [[SI:DATE_OF_BIRTH|01/01/2000]], passport [[SI:UK_PASSPORT|548213076]]

Discussion: [[P|OR]] said [[S|Farid]] disclosed that his older brother, [[R|Wahid Ahmadzai]], has been pressuring him to send money abroad. [[R|Wahid]] moves between [[NEG|Birmingham]] and [[NEG|Bradford]]. [[U|ML]] noted intelligence on a Telegram account, [[T:USERNAME|khorasan_voice_22]], linked to [[R|Wahid]]'s phone, [[T:PHONE_NUMBER|07700 900 371]]. [[S|Mr Ahmadzai]] himself is assessed as vulnerable, not as a risk. His uncle and guardian, [[R|Haji Naqibullah Ahmadzai]], is supportive. [[U|GS]] asked that [[S|Farid]] not be interviewed without her.

Actions:
[[P|OR]] to meet [[S|Farid]] weekly, with [[U|GS]] interpreting.
[[U|ML]] to update the Channel panel lead, [[U|Kirsty Dunmore]].
[[U|JT]] to send minutes to [[U|BH]] for sign-off.
[[U|BH]] to write to [[R|Haji Ahmadzai]] with [[S|Farid]]'s consent.""",
    },
    {
        "id": "d27-minutes-004",
        "kind": "meeting_minutes",
        "subject": "Lucía Fernández Ortega",
        "subject_aliases": ["Lucía"],
        "case_people": ["Carmen Ruiz Salazar", "Adrián Molina"],
        "text": """Minutes of the Fitness to Study Review
[[NEG|Wrenfield Online University]] – [[NEG|Faculty of Arts and Social Sciences]]
Held: 23 April 2025, 10:30, by video

Present:
- [[P|Dr Carmen Ruiz Salazar]], Chair ([[P|CRS]])
- [[U|Mr Piotr Nowicki]], Student Conduct Officer ([[U|PN]])
- [[U|Ms Abigail Frost]], Mental Health Adviser ([[U|AF]])
- [[S|Lucía Fernández Ortega]], student
- [[R|Javier Fernández]], father, as supporter
Apologies: [[U|Dr Ifeanyi Nwosu]]
Minutes: [[U|Tegan Yarwood]]

1. [[P|CRS]] explained the purpose of the review. [[S|Ms Fernández]] accepted that posts under [[SI:SOCIAL_HANDLE|@luciafo_libre]] breached the [[NEG|Student Conduct Policy]].
2. [[R|Sr Fernández]] said the account was shared with [[S|Lucía]]'s stepbrother, [[P|Adrián Molina]], who wrote most of the posts. [[P|Adrián]] has since left the UK.
3. [[U|AF]] noted that [[S|Lucía]]'s mother, [[R|Mrs Pilar Ortega]], had written in support, and that [[S|Lucía]] is receiving help from [[U|Dr Sunil Reddy]], her GP.

Actions
- [[U|PN]] to request platform data via [[U|Sgt Ellen Marsh]].
- [[U|AF]] to arrange counselling with [[U|Joaquín]] in the Wellbeing team.
- [[P|CRS]] to write to [[S|Lucía]] by 30 April, copying [[R|Javier]].
- [[U|TY]] to circulate minutes.""",
    },
    {
        "id": "d27-minutes-005",
        "kind": "meeting_minutes",
        "subject": "Callum Brook",
        "subject_aliases": ["Cal"],
        "case_people": ["Summer Okoye", "Heather Brook"],
        "text": """MINUTES – Residential School Safeguarding Debrief
Date: 9 August 2024, 09:00, [[NEG|Fell View Halls]], [[NEG|Lancaster]]

Present: [[P|Summer Okoye]] (Residential School Manager, chair); [[U|Dr Gareth Pennock]] (Tutor); [[U|Precious Moyo]] (Student Services); [[U|Insp. Claire Doherty]] ([[NEG|Cumbria Police]]); [[R|Alfie Brook]] (Student Ambassador, no relation to the student)
Apologies: [[U|Martin Fairclough]]
Minutes: [[U|Precious Moyo]]

Student: [[S|Callum Brook]], DOB [[SI:DATE_OF_BIRTH|30.01.2005]]

1. [[P|SO]] summarised the incident on 7 August: [[S|Callum]] hung a flag with a far-right symbol in his window. [[U|GP]] asked him to take it down; [[S|Callum]], who would [[NEG|brook]] no argument, refused.
2. [[U|Insp. Doherty]] confirmed the symbol is not proscribed. [[S|Mr Brook]]'s mother, [[R|Heather Brook]], collected him at 21:00 in a blue Fiesta ([[T:UK_VEHICLE_REGISTRATION|PF16 LHW]]).
3. [[R|Alfie]] said [[S|Cal]] told him his sister [[R|Ivy]] had "got him into it".

Actions
- [[U|GP]] to contact [[S|Callum]] on [[SI:PHONE_NUMBER|07700 900 902]].
- [[U|PM]] to log on the case system; [[U|MF]] to be briefed.
- [[P|SO]] to email [[R|Mrs Brook]] with the outcome.
- [[U|CD]] to share the police log with [[P|Summer]].""",
    },
    {
        "id": "d27-minutes-006",
        "kind": "meeting_minutes",
        "subject": "Gonçalo Simões",
        "subject_aliases": [],
        "case_people": ["Anthony Oduya", "Inês Simões"],
        "text": """Case Conference – Minutes
[[NEG|Prevent and Safeguarding Group]]
Date: 28 May 2025

Attendees: [[U|Mariana Assunção]] (Chair, Head of Student Safeguarding) | [[P|Dr Anthony Oduya]] (Academic Lead) | [[U|Jerome Quist]] (IT Security) | [[U|Sgt Kelly Barraclough]] ([[NEG|Thames Valley Police]]) | [[R|Inês Simões]] (sister, by consent, items 2–3 only)
Apologies: [[U|Dr Fiona Strang]]
Minutes: [[U|Olwen Tudor]]

1. [[U|JQ]] reported VLE login anomalies. [[S|Gonçalo]]'s account was used from his home router, [[SI:IP_ADDRESS|2a02:c7c:5e21:a900::12]], and from [[T:IP_ADDRESS|92.40.198.7]], traced to his flatmate [[U|Ravi Chandran]].
2. [[R|Ms Simões]] said her brother has been sending money to [[U|Hélder Magalhães]], who runs an online "brotherhood". [[U|Sgt Barraclough]] has the details: from sort code [[SI:UK_SORT_CODE|30-96-26]], account [[SI:UK_BANK_ACCOUNT|17462839]], to IBAN [[T:IBAN_CODE|PT05 0035 0683 0000 0123 4567 8]].
3. [[R|Inês]] said their father, [[R|Rui Simões]], does not yet know. [[S|Mr Simões]] has agreed to a meeting.

Actions
- [[P|AO]] to meet [[S|Gonçalo]] with [[U|MA]].
- [[U|KB]] to update Channel.
- [[U|JQ]] to preserve logs.
- [[U|OT]] to circulate minutes to [[U|Dr Strang]].""",
    },
    # ------------------------------------------------------------------ tutor reports
    {
        "id": "d27-tutor-001",
        "kind": "tutor_report",
        "subject": "Euan MacLeod",
        "subject_aliases": ["Mac"],
        "case_people": ["Ishbel Munro", "Fraser MacLeod"],
        "text": """TUTOR CONCERN FORM
Module: [[NEG|DD218 Criminology and Society]]
Student: [[S|Euan MacLeod]] ([[SI:STUDENT_NUMBER|C7730142]])
Tutor: [[P|Dr Ishbel Munro]]

Concern raised: After the tutorial on 4 November [[S|Euan]] (he prefers [[S|Mac]]) posted in the tutor-group forum that "people like us" must "take the country back". Two students, [[U|Kirsty Rennie]] and [[U|Gus Abernethy]], messaged me privately about it.

When I spoke to [[S|MacLeod]] he said the phrase came from his cousin, [[R|Fraser MacLeod]], who runs a video channel at [[T:URL|https://odysee.com/@highlandwatch]]. He added that his father, [[R|Mr MacLeod]], has "warned him off" [[R|Fraser]], and that his wee sister [[R|Isla]] no longer speaks to either of them.

I have not contacted the family. I have shared the posts with [[U|Mr Callum Dewar]] (Prevent lead) and copied [[U|Hope Kinnear]] in Disability Services, as [[S|Euan]] has an autism diagnosis and may need adjustments. There is real [[NEG|hope]] he will engage: he apologised to [[U|Kirsty]] unprompted.

Signed: [[P|I. Munro]]    Date: 05/11/2024
Countersigned: [[U|C. Dewar]]""",
    },
    {
        "id": "d27-tutor-002",
        "kind": "tutor_report",
        "subject": "Priyanka Venkataraman",
        "subject_aliases": ["Priya"],
        "case_people": ["Shabnam Qadir", "Karthik Venkataraman"],
        "text": """Personal tutor notes – [[S|Priyanka Venkataraman]] ([[S|Priya]])
Tutor: [[U|Mark Ellison]]
Session: 12 February 2025, Teams, 40 minutes

[[S|Priya]] joined late; her brother [[R|Karthik]] was audible in the background and at one point took over the laptop to tell me that [[S|Ms Venkataraman]] "doesn't need the university's help". After he left she said [[R|Karthik Venkataraman]] has been spending time with a man called [[U|Dev]] from a gym in [[NEG|Wembley]], and that their mother, [[R|Mrs Lakshmi Venkataraman]], has asked her to keep him calm.

I made no Prevent assessment myself but referred to [[P|Shabnam Qadir]], Safeguarding Lead, per the [[NEG|Prevent Duty Guidance]]. [[S|Priya]]'s [[NEG|M250]] assignment is two weeks late; I have asked [[U|Will Okafor]] in the [[NEG|Student Hub]] to hold the penalty so that no [[NEG|mark]] is lost. Her preferred number is [[SI:PHONE_NUMBER|+44 7700 900 311]]; she asked us not to use the landline, which [[R|Karthik]] answers. Her friend [[U|Anjali Desai]] may attend future calls.

Next review: 26 February, with [[P|SQ]] present.

— [[U|ME]]""",
    },
    {
        "id": "d27-tutor-003",
        "kind": "tutor_report",
        "subject": "Yousef Al-Masri",
        "subject_aliases": [],
        "case_people": ["Nadia Haddad", "Layla Al-Masri"],
        "text": """PROGRESS REPORT – [[NEG|Level 2 Foundation Review]]
Student: [[S|Yousef Al-Masri]]   DOB: [[SI:DATE_OF_BIRTH|19 July 2003]]   ID: [[SI:STUDENT_NUMBER|7791-2046]]
Reviewer: [[P|Dr Nadia Haddad]]

Attendance: [[S|Yousef]] attended 6 of 10 tutorials. Absences fall on Fridays, when he drives his uncle, [[R|Khalid Al-Masri]], to work.

Engagement: strong written work for [[NEG|A111]]. In the [[NEG|Week 7]] online seminar, [[S|Mr Al-Masri]] challenged [[U|Ms Rebecca Thorne]], a fellow student, in a way she found intimidating; she reported it to [[U|Kieran Lowe]], the seminar moderator. [[U|Kieran]] kept a screenshot.

Family context: his sister [[R|Layla Al-Masri]] also studies with us. [[R|Layla]] emailed from [[T:EMAIL_ADDRESS|layla.almasri@wrenfield-students.ac.uk]] to say that [[S|Yousef]] has become withdrawn since their father, [[R|Mr Al-Masri]], returned to [[NEG|Amman]].

Recommendation: no Prevent referral at this stage. Wellbeing check by [[U|Grace Adjei]]; a [[NEG|grace]] period of ten days on the next TMA.

Signed: [[P|N. Haddad]]
Reviewed by: [[U|Tobias Wren]], Associate Dean""",
    },
    {
        "id": "d27-tutor-004",
        "kind": "tutor_report",
        "subject": "Wanjiru Kamau",
        "subject_aliases": ["Wanji"],
        "case_people": ["Patience Mwangi"],
        "text": """TUTOR CONCERN FORM (Prevent / Welfare)
Student name: [[S|Wanjiru Kamau]]      Known as: [[S|Wanji]]
Student no.: [[SI:STUDENT_NUMBER|K-20931174]]
Tutor: [[P|Patience Mwangi]]      Module: [[NEG|K102 Introduction to Health and Social Care]]

What happened?
During a 1:1 call on 18 March, [[S|Wanji]] said an older man, [[U|Pastor Elijah Otieno]], had told her she must "cut off" her family. Her mother, [[R|Mrs Kamau]], and her brother [[R|Njoroge Kamau]] are both worried. [[S|Kamau]] gave me her brother's number, [[T:PHONE_NUMBER|07700 900 538]], in case she "disappears".

She also said that [[U|Faith Achieng]], a friend from the church, left the group in January after being shouted at. I told [[S|Wanjiru]] I would treat this in good [[NEG|faith]] but would need to share it. She thanked me for my [[NEG|patience]].

Who else knows?
[[U|Mr Samuel Kiprop]] (her line manager at work) and her cousin [[R|Wairimu Kamau]].

Action taken: passed to [[U|Ruth Henshaw]] (Safeguarding) at 16:10; [[U|RH]] will call [[R|Njoroge]] only with consent.

Signed: [[P|P. Mwangi]]   Date: 18/03/2025""",
    },
    # ------------------------------------------------------------------ support logs
    {
        "id": "d27-support-001",
        "kind": "support_log",
        "subject": "Giulia Esposito",
        "subject_aliases": [],
        "case_people": ["Leah Thornbury", "Davide Russo"],
        "text": """STUDENT SUPPORT LOG – [[S|Giulia Esposito]] ([[SI:STUDENT_NUMBER|E1187702]])

02/10/2024 – Phone call from [[S|Giulia]]. Her ex-partner, [[P|Davide Russo]], has been posting her home address ([[SI:STREET_ADDRESS|41 Vicarage Road]], [[SI:UK_POSTCODE|WD18 0ER]]) in a Telegram group alongside anti-migrant content. Advised her to report to police; gave details for [[NEG|Victim Support]]. — [[P|LT]]

08/10/2024 – Email from her sister [[R|Chiara Esposito]] ([[T:EMAIL_ADDRESS|chiara.esp93@gmail.com]]) asking for an update. Explained we cannot share without consent. [[S|Ms Esposito]] later consented by phone. — [[U|K. Osei]]

11/10/2024 – [[U|PC Lauren Whitby]] ([[NEG|Hertfordshire Constabulary]]) called re crime ref [[NEG|41/88120/24]]. [[P|Russo]] has been interviewed. Officer asked for dates of missed tutorials; supplied by tutor [[U|Alessandro Bianchi]]. — [[P|LT]]

15/10/2024 – Welfare call. [[S|Giulia]] is staying with her parents, [[R|Paolo]] and [[R|Rosa Esposito]]. Extension agreed with [[U|Lucy Tran]] (Assessment). [[R|Chiara]] to collect her post. — [[P|L. Thornbury]]

21/10/2024 – [[U|Kofi Osei]] checked in; [[S|Giulia]] calmer, back online. — [[U|KO]]""",
    },
    {
        "id": "d27-support-002",
        "kind": "support_log",
        "subject": "Kenji Watanabe",
        "subject_aliases": [],
        "case_people": ["Anita Hollis", "Emily Cartwright"],
        "text": """Wellbeing record: [[S|Kenji Watanabe]]
DOB [[SI:DATE_OF_BIRTH|1999-12-04]] · Tel [[SI:PHONE_NUMBER|07700 900 127]]

3 Feb – First contact via web chat. [[S|Kenji]] has not slept properly since his father, [[R|Hideo Watanabe]], lost his job in [[NEG|Osaka]]. He reads forums about "national collapse" and follows [[T:SOCIAL_HANDLE|@iron_dawn_uk]]. — [[P|AH]]

6 Feb – Call with [[S|Watanabe]] and his partner [[P|Emily Cartwright]] (present at his request). [[P|Emily]] says he spends nights on a Discord server run by [[T:USERNAME|ronin_1989]]. Referred to counsellor [[U|Dr Aiko Fujimoto]]. — [[P|Anita Hollis]]

10 Feb – His younger sister [[R|Mei Watanabe]] emailed from Japan asking us to check on him. [[R|Mei]] gave her mobile, [[T:PHONE_NUMBER|+81 90-1234-5678]]. — [[P|AH]]

14 Feb – [[S|Kenji]] attended counselling. [[U|Dr Fujimoto]] reports low mood, no risk to others. Case reviewed with [[U|Dawn Pilkington]] (Safeguarding Lead); no Prevent referral. — [[U|D. Pilkington]]

17 Feb – [[S|Mr Watanabe]] asked that [[R|Mrs Watanabe]], his mother, not be told. Noted. — [[P|AH]]""",
    },
    {
        "id": "d27-support-003",
        "kind": "support_log",
        "subject": "Jordan Whitfield",
        "subject_aliases": ["Jordy"],
        "case_people": ["Hope Simmonds", "Ravi Dhillon"],
        "text": """Student Support & Wellbeing – running log
Student: [[S|Jordan Whitfield]] / VLE username [[SI:USERNAME|jwhit_88]]

Mon 13 Jan — [[S|Jordan]] rang the [[NEG|Student Hub]] upset after his mum's partner, [[U|Gary Lomax]], threw him out. Now sofa-surfing at a friend's ([[U|Connor Pyke]]) in [[NEG|Wigan]]. Hardship form sent. — [[P|HS]]

Wed 15 Jan — Call from his nan, [[R|Mrs Pauline Whitfield]], on [[T:PHONE_NUMBER|01942 496 033]]. She says [[S|Jordy]] goes to meetings with his uncle [[R|Dean Whitfield]] and "some lads from the [[NEG|Northern Shield]]". She is also worried about the gas [[NEG|bill]]. — [[P|HS]]

Fri 17 Jan — [[S|Mr Whitfield]] missed his appointment. Texted [[SI:PHONE_NUMBER|07700 900 664]]. [[U|Connor]] replied for him: "hes ok just sleeping". — [[U|Bill Norcross]]

Mon 20 Jan — Joint call with [[P|Sgt Ravi Dhillon]] (Prevent officer, GMP). Nan ([[R|Pauline]]) and cousin [[R|Kayleigh Whitfield]] gave consent for contact. [[S|Jordan]] agreed to meet [[P|Sgt Dhillon]] at [[NEG|Wigan Library]]. — [[P|H. Simmonds]]

Thu 23 Jan — [[U|BN]] confirmed hardship payment. — [[P|Hope]]""",
    },
    {
        "id": "d27-support-004",
        "kind": "support_log",
        "subject": "Kwabena Asamoah",
        "subject_aliases": ["Kobby"],
        "case_people": ["Efua Frimpong-Mensah", "Abena Asamoah"],
        "text": """Support entries – [[S|Kwabena Asamoah]] ([[S|Kobby]])
Student no. [[SI:STUDENT_NUMBER|41920573]]

21.05.24  [[S|Kobby]] emailed from [[SI:EMAIL_ADDRESS|kobby.asamoah@wrenfield-students.ac.uk]] asking to defer. Says his twin sister, [[R|Abena Asamoah]], has been "taken in" by a group led by [[U|Prophet Nana Kwarteng]] and he is looking after their father. — [[P|EFM]]

23.05.24  Spoke to [[R|Abena]] (consent given by both) on [[T:PHONE_NUMBER|+233 24 412 9087]]; she denies any problem and says [[U|Kwarteng]] is "just a teacher". — [[P|E. Frimpong-Mensah]]

28.05.24  Bursary query passed to [[R|Mrs Gifty Asamoah]] in Finance (no relation). [[R|Mrs Asamoah]] confirmed the sort code on file, [[SI:UK_SORT_CODE|20-45-77]], and account [[SI:UK_BANK_ACCOUNT|41236587]]. — [[U|TK]]

03.06.24  [[S|Mr Asamoah]] called, upset. His father, [[R|Kwame Asamoah]], was admitted to hospital; NHS number given as [[T:UK_NHS|485 777 3457]] for the carer's letter. Referred to [[U|Yaw Darko]], Carers' Adviser. — [[P|EFM]]

05.06.24  [[U|Tamsin Kerr]] approved the deferral. — [[U|Tamsin]]""",
    },
    # ------------------------------------------------------------------ chat exports
    {
        "id": "d27-chat-001",
        "kind": "chat_export",
        "subject": "Tanvir Rahman",
        "subject_aliases": ["Tan"],
        "case_people": ["Ffion Jenkins", "Shafiq Rahman"],
        "text": """Microsoft Teams – chat export
Chat: Prevent triage (private)
Participants: [[P|Ffion Jenkins]], [[U|Oliver Pask]], [[U|Nasreen Choudhury]]

[09:12] [[P|Ffion Jenkins]]: morning both – can we look at [[S|Tanvir Rahman]]? @[[U|Oliver Pask]] you flagged him yesterday
[09:14] [[U|Oliver Pask]]: yes. his brother [[R|Shafiq]] sent the tutor group a link to [[T:URL|https://rumble.com/c/truthummah]] and [[S|tan]] reposted it
[09:15] [[U|Nasreen Choudhury]]: is that [[R|Shafiq Rahman]] from the access course? [[U|deb]] taught him i think
[09:16] [[P|Ffion Jenkins]]: same family. mum is [[R|Mrs Rahman]], she rang [[U|deb]] on friday in tears
[09:17] [[U|Oliver Pask]]: @[[U|nasreen]] can you pull his VLE login IPs?
[09:31] [[U|Nasreen Choudhury]]: logins from [[SI:IP_ADDRESS|86.142.77.201]] (home) and [[T:IP_ADDRESS|2a00:23c7:9d1e:4c01::1f]], which matches [[R|Shafiq]]'s old account
[09:33] [[P|Ffion Jenkins]]: ok. I'll ring [[S|Tan]] today. not a Channel referral yet
[09:34] [[U|Oliver Pask]]: 👍 cc [[U|Debbie Marsh]] as she's his PT. and [[R|Rahman]] senior ([[R|Mr Rahman]]) wants a call too apparently
[09:36] [[U|Nasreen Choudhury]]: [[R|mr rahman]] emailed from [[T:EMAIL_ADDRESS|a.rahman1961@btinternet.com]] at 2am lol
[09:37] [[P|Ffion Jenkins]]: not lol @[[U|nasreen]]. I'll handle it, thanks both""",
    },
    {
        "id": "d27-chat-002",
        "kind": "chat_export",
        "subject": "Kai Brennan",
        "subject_aliases": ["kai", "Kai B"],
        "case_people": ["Ellie Thornton", "Tyler Brennan"],
        "text": """WhatsApp Chat – "TMA03 study group 📚"
Exported 02/12/2024 by [[P|Ellie Thornton]] and sent to the Student Hub

[28/11/2024, 21:03] [[P|Ellie Thornton]]: anyone else get the weird vid from [[S|kai]]?
[28/11/2024, 21:04] [[U|Joy]] 🌻: yeah. not watching it tbh
[28/11/2024, 21:04] [[U|Marcus O]]: he's been like this since he met that guy at the gym, [[U|rocco]] or whatever
[28/11/2024, 21:06] [[P|Ellie Thornton]]: [[U|rocco]]'s insta is [[T:SOCIAL_HANDLE|@rocco.unplugged_]] ngl it's grim
[28/11/2024, 21:07] [[T:PHONE_NUMBER|+44 7700 900 283]]: this is [[S|kai]]'s cousin [[R|tyler]]. pls stop talking about him
[28/11/2024, 21:08] [[U|Joy]] 🌻: who added you??
[28/11/2024, 21:09] [[S|Kai B]]: i did. [[R|ty]] is sound. [[U|rocco]] is just a coach lol
[28/11/2024, 21:11] [[U|Marcus O]]: @[[U|ellie]] tell our tutor maybe? [[U|dr okoro]]?
[28/11/2024, 21:13] [[P|Ellie Thornton]]: already emailed [[U|Dr Okoro]]. also [[S|kai]] ur auntie [[R|Mrs Brennan]] messaged me on fb asking if ur ok
[28/11/2024, 21:14] [[S|Kai B]]: tell [[R|siobhan]] to mind her business
[28/11/2024, 21:15] [[R|Tyler Brennan]] changed their name from [[T:PHONE_NUMBER|+44 7700 900 283]]
[28/11/2024, 21:16] [[U|Joy]] 🌻: there's no [[NEG|joy]] in this chat anymore 😭
[28/11/2024, 21:16] [[U|Joy]] 🌻 left""",
    },
    {
        "id": "d27-chat-003",
        "kind": "chat_export",
        "subject": "Zhou Xinyi",
        "subject_aliases": ["Cindy Zhou", "Xinyi", "cindy"],
        "case_people": ["Anand Joshi", "Zhou Hao"],
        "text": """VLE forum export – [[NEG|TM129]] Tutor Group 07, thread "Week 6 help"
Exported by [[U|Marta Kowal]] (Tutor), 03/03/2025
Moderator: [[R|Dr Zhou Peng]] (no relation to the student)

[02/03 23:47] [[SI:USERNAME|xz2291]] ([[S|Zhou Xinyi]]): [post removed by moderator]
[02/03 23:52] [[T:USERNAME|b.harlow7]] ([[U|Ben Harlow]]): @[[S|cindy]] what was that link??
[03/03 00:05] [[T:USERNAME|sadebam_22]] ([[U|Sade Bamgbose]]): that wasnt [[S|cindy]], she told me her brother uses her laptop
[03/03 08:15] [[SI:USERNAME|xz2291]] ([[S|Zhou Xinyi]]): sorry everyone. that was [[R|Hao]] not me. its deleted
[03/03 08:20] [[T:USERNAME|mkowal_tutor]] ([[U|Marta Kowal]]): Thanks [[S|Xinyi]]. I've passed this to [[P|Mr Anand Joshi]] (Safeguarding). Please nobody reshare the link.
[03/03 08:31] [[T:USERNAME|b.harlow7]] ([[U|Ben Harlow]]): fair. @[[U|sade]] you still doing the call at 7?
[03/03 08:33] [[T:USERNAME|sadebam_22]] ([[U|Sade Bamgbose]]): yep, [[U|liang]] and [[U|priya k]] joining too

Moderator note ([[R|Dr Zhou Peng]]): post logged from [[SI:IP_ADDRESS|82.132.219.45]] (student's home). [[P|Mr Joshi]] has spoken to [[S|Ms Zhou]]; her father, [[R|Mr Zhou]], will be told by [[S|Cindy]] herself. [[R|Zhou Hao]]'s own account is [[T:USERNAME|haozhou_eagle]].""",
    },
    {
        "id": "d27-chat-004",
        "kind": "chat_export",
        "subject": "Dafydd Evans",
        "subject_aliases": ["Daf"],
        "case_people": ["Rhys Morgan", "Bethan Evans"],
        "text": """WhatsApp export supplied by [[R|Bethan Evans]] to [[P|Dr Rhys Morgan]], 9 April 2025
Group: "Teulu ❤️"

[06/04/2025, 19:20] [[R|Bethan Evans]]: [[S|daf]] who is [[U|gruff]] and why is he parked outside mam's in a van at 7pm
[06/04/2025, 19:22] [[S|Daf]]: hes a mate from the [[NEG|Cymru Rydd]] lot. chill
[06/04/2025, 19:22] Mam ❤️: [[S|Dafydd]] the van is across [[U|Mrs Pugh]]'s drive!! [[T:UK_VEHICLE_REGISTRATION|CU67 DWX]]
[06/04/2025, 19:25] Uncle [[R|Huw]]: i know [[U|Gruffydd Lloyd]]. he was banned from the [[NEG|Red Lion]] after the flag thing. [[S|Dafydd]] stay away from him
[06/04/2025, 19:27] [[S|Daf]]: [[R|huw]] ur literally in a group chat w him
[06/04/2025, 19:28] [[S|Daf]]: he's on insta as [[T:SOCIAL_HANDLE|@gruff_cymru1400]] if u want to stalk him
[06/04/2025, 19:30] [[R|Bethan Evans]]: im telling [[P|dr morgan]]
[06/04/2025, 19:31] [[S|Daf]]: go on then [[R|beth]]. tell [[R|gethin]] too while ur at it
[06/04/2025, 19:40] Mam ❤️: [[R|Bethan]] love leave it. [[S|Dafydd]] home now please. [[U|Cerys]] next door is filming the van
[06/04/2025, 19:41] Uncle [[R|Huw]]: [[S|Dafydd Evans]] answer your mother""",
    },
    # ------------------------------------------------------------------ emails
    {
        "id": "d27-email-001",
        "kind": "email",
        "subject": "Oluwaseun Adebayo",
        "subject_aliases": ["Seun"],
        "case_people": ["Temitope Fashola", "Eilidh Grant"],
        "text": """From: [[P|Dr Temitope Fashola]] <[[T:EMAIL_ADDRESS|t.fashola@wrenfield.ac.uk]]>
To: Safeguarding Team <[[NEG|safeguarding@wrenfield.ac.uk]]>
Cc: [[P|Eilidh Grant]] <[[T:EMAIL_ADDRESS|eilidh.grant@wrenfield.ac.uk]]>
Date: 7 November 2024 11:02
Subject: Concern – [[S|Oluwaseun Adebayo]] ([[SI:STUDENT_NUMBER|A3390415]])

Hi [[P|Eilidh]],

Quick one before the triage meeting. [[S|Seun]] rang me this morning after his father, [[R|Pastor Adebayo]], found leaflets in his room from a group run by [[U|Kehinde Alao]]. [[S|Seun]] says they belong to his cousin [[R|Femi Adebayo]], who stayed over last month. His mother, [[R|Mrs Funmilayo Adebayo]], would like to speak to someone; her number is [[T:PHONE_NUMBER|020 7946 0418]].

I have no reason to doubt [[S|Mr Adebayo]], but [[U|Sunny Bhatti]] in the [[NEG|Student Hub]] says he has missed three tutorials in a row, which isn't like him. [[U|Sunny]] also mentioned a new username on the forum, [[SI:USERNAME|seun_awake]].

Thanks,
[[P|Temi]]

--
[[P|Dr Temitope Fashola]]
Senior Lecturer, [[NEG|School of Law]]
[[NEG|Wrenfield Online University]]
T: [[T:PHONE_NUMBER|01908 496 552]] | E: [[T:EMAIL_ADDRESS|t.fashola@wrenfield.ac.uk]]""",
    },
    {
        "id": "d27-email-002",
        "kind": "email",
        "subject": "Magdalena Kowalczyk",
        "subject_aliases": ["Magda"],
        "case_people": ["Lindiwe Khumalo", "Szymon Wróbel"],
        "text": """From: [[U|Owen Prothero]] <[[T:EMAIL_ADDRESS|o.prothero@wrenfield.ac.uk]]>
Sent: 11 March 2025 10:42
To: [[P|Lindiwe Khumalo]] <[[T:EMAIL_ADDRESS|l.khumalo@wrenfield.ac.uk]]>
Subject: FW: [[S|Magda]] – message from her mum

[[P|Lindiwe]] – see below, forwarded with [[S|Magda]]'s consent. Can you pick this up? I'm on leave from Thursday.
[[U|Owen]]

-----Original Message-----
From: [[R|Beata Kowalczyk]] <[[T:EMAIL_ADDRESS|beata.kowalczyk@wp.pl]]>
Sent: 10 March 2025 22:15
To: [[U|Owen Prothero]] <[[T:EMAIL_ADDRESS|o.prothero@wrenfield.ac.uk]]>
Cc: [[R|Paweł Kowalczyk]] <[[T:EMAIL_ADDRESS|pawel.k@onet.pl]]>
Subject: [[S|Magdalena]]

Dear [[U|Mr Prothero]],

I am [[S|Magdalena]]'s mother. Her boyfriend [[P|Szymon Wróbel]] takes her to meetings of men who talk about "defending Europe". My son [[R|Paweł]] saw [[P|Szymon]]'s car, [[T:UK_VEHICLE_REGISTRATION|BD17 UYH]], outside a hall in [[NEG|Slough]] with [[S|Magda]] inside. She does not answer me. Her babcia, [[R|Zofia Kowalczyk]], is very ill and asks for her every day.

Please help.

[[R|Beata Kowalczyk]]
tel. [[T:PHONE_NUMBER|+48 601 234 567]]""",
    },
    {
        "id": "d27-email-003",
        "kind": "email",
        "subject": "Arjun Nair",
        "subject_aliases": [],
        "case_people": ["Siân Haf Roberts", "Jack Denholm"],
        "text": """From: [[S|Arjun Nair]] <[[SI:EMAIL_ADDRESS|arjun.nair.2021@wrenfield-students.ac.uk]]>
To: [[P|Siân Haf Roberts]] <[[T:EMAIL_ADDRESS|sian.roberts@wrenfield.ac.uk]]>
Cc: [[R|Meera Nair]] <[[T:EMAIL_ADDRESS|meera.nair84@outlook.com]]>
Subject: Re: Missed tutorial and the forum post

Dear [[P|Siân]],

Sorry for the delay. I didn't write Sunday's post – my flatmate [[P|Jack Denholm]] logged in on my laptop (he knows my password, stupid I know). [[P|Jack]] has been talking online to someone called [[U|Rev. Tobias Crane]], and the post copied his wording. My sister [[R|Meera]] is copied in because she was with me when I found it.

I've changed my password. [[U|Dr Venugopal]] in IT said the login came through [[P|Jack]]'s phone hotspot, [[T:IP_ADDRESS|51.148.90.12]]. My dad, [[R|Suresh Nair]], doesn't know yet and I'd rather he didn't.

Best wishes,
[[S|Arjun]]
[[SI:STUDENT_NUMBER|N-2104478]]

> On 9 Mar 2025, at 16:20, [[P|Siân Haf Roberts]] wrote:
> Hi [[S|Arjun]], [[U|Ms Okwu]] in moderation has hidden your post from Sunday. Can we talk? [[U|Hamza]] and [[U|Lottie]] from the group were upset by it.
> Thanks, [[P|Siân]]
> --
> [[P|Siân Haf Roberts]] | Associate Lecturer | [[T:PHONE_NUMBER|029 2018 0391]]""",
    },
    {
        "id": "d27-email-004",
        "kind": "email",
        "subject": "Mhairi Campbell",
        "subject_aliases": [],
        "case_people": ["Neil Campbell", "Stuart Gillespie"],
        "text": """From: [[U|Alasdair Ross]] <[[T:EMAIL_ADDRESS|alasdair.ross@wrenfield.ac.uk]]>
To: [[R|DC Neil Campbell]] <[[T:EMAIL_ADDRESS|neil.campbell@scotland.police.uk]]>
Cc: [[U|Eilish Docherty]] <[[T:EMAIL_ADDRESS|e.docherty@wrenfield.ac.uk]]>
Subject: [[S|Mhairi Campbell]] – update (and no, no relation!)

Dear [[R|Neil]],

Following our call: [[S|Mhairi]]'s mother, [[R|Morag Campbell]], rang on Tuesday. She says [[S|Mhairi]]'s partner, [[P|Stuart Gillespie]], has moved into the flat and is storing leaflets there. His van, [[T:UK_VEHICLE_REGISTRATION|SK66 PZV]], was seen at the [[NEG|Inverness]] rally by her brother [[R|Ruaridh Campbell]].

[[S|Ms Campbell]] has engaged well with [[U|Eilish]] and says [[P|Gillespie]] pressures her. For the DWP check you asked about, her NI number is [[SI:UK_NINO|NK 47 29 63 B]] and her DOB [[SI:DATE_OF_BIRTH|14/02/2001]].

Kind regards,
[[U|Alasdair]]

--
[[U|Alasdair Ross]]
Prevent Coordinator (Scotland)
[[NEG|Wrenfield Online University]]
[[T:PHONE_NUMBER|0131 496 0870]] | [[T:EMAIL_ADDRESS|alasdair.ross@wrenfield.ac.uk]]""",
    },
    # ------------------------------------------------------------------ case chronologies
    {
        "id": "d27-chron-001",
        "kind": "case_chronology",
        "subject": "Mustafa Al-Obaidi",
        "subject_aliases": ["Mus"],
        "case_people": ["Rashid Tahir", "Bronagh Keane"],
        "text": """CASE CHRONOLOGY – [[S|Mustafa Al-Obaidi]] (ref [[NEG|PRV/0412]])

05/09/2024  Tutor [[P|Dr Bronagh Keane]] reports that [[S|Mustafa]] left a comment on the [[NEG|DD102]] forum praising an attack abroad. Comment hidden. ([[P|B. Keane]])

12/09/2024  Call from his brother [[R|Hassan Al-Obaidi]] ([[T:PHONE_NUMBER|07700 900 559]]): says [[S|Mus]] is being influenced by a preacher on TikTok, [[U|Abu Zakariya]] ([[T:SOCIAL_HANDLE|@abuzakariya_official]]). — [[P|RT]]

18/09/2024  Meeting with [[S|Mr Al-Obaidi]] and [[P|Dr Keane]]. He regrets the comment and says he did not understand it. ([[P|R. Tahir]])

25/09/2024  Referral to [[U|PC Gemma Lyall]], Prevent. NI number supplied by student: [[SI:UK_NINO|TN 31 88 04 A]] (temporary, queried). — [[P|RT]]

02/10/2024  [[R|Mrs Al-Obaidi]] (mother, [[R|Samira]]) attended with [[S|Mustafa]]; asked that his uncle, [[R|Dr Faisal Al-Obaidi]], be kept informed. — [[P|RT]]

15/10/2024  Channel panel (chair [[U|Cllr Dennis Whyte]]) agreed support; mentor [[U|Imam Yusuf Hamid]] assigned. ([[U|G. Lyall]])

29/10/2024  First mentoring session held; [[U|Imam Hamid]] reports good rapport. [[R|Hassan]] updated by phone. — [[P|RT]]""",
    },
    {
        "id": "d27-chron-002",
        "kind": "case_chronology",
        "subject": "Brian Ochieng",
        "subject_aliases": ["Bri"],
        "case_people": ["Auma Owino", "Akinyi Ochieng"],
        "text": """Chronology of events – [[S|Brian Ochieng]] ([[S|Bri]]), student no. [[SI:STUDENT_NUMBER|B88-41027]]

14 Jan 2025 — Tutor [[P|Ms Auma Owino]] notes [[S|Brian]] has stopped submitting [[NEG|TU100]] work and posted a video of a militia training camp. ([[P|A. Owino]])
16 Jan 2025 — [[S|Mr Ochieng]] tells [[P|Ms Owino]] the video was sent by a friend, [[U|Collins Wekesa]], who posts as [[T:USERNAME|c_wekesa_254]]. — [[U|GH]]
20 Jan 2025 — His sister [[R|Akinyi Ochieng]] emails from [[T:EMAIL_ADDRESS|akinyi.o@yahoo.co.uk]]: [[S|Brian]] has not been home for four nights. — [[U|Grace Hollins]]
21 Jan 2025 — [[U|PC Daniyal Shah]] confirms [[S|Brian]] is safe, staying with [[U|Wekesa]]. — [[U|GH]]
28 Jan 2025 — GP letter received (NHS number [[SI:UK_NHS|943 476 5919]]) confirming depression. Father, [[R|Mr Ochieng]], asks for updates via [[R|Akinyi]]. ([[U|D. Kariuki]])
03 Feb 2025 — [[R|Dr Paul Ochieng]], external examiner (no relation), withdraws from marking [[S|Brian]]'s script to avoid any conflict. — [[U|GH]]
10 Feb 2025 — [[S|Bri]] meets [[U|Dennis Kariuki]] (Prevent Lead) with [[R|Akinyi]]. Agrees to mentoring. ([[U|DK]])""",
    },
    {
        "id": "d27-chron-003",
        "kind": "case_chronology",
        "subject": "Liam Hargreaves",
        "subject_aliases": ["Hargie"],
        "case_people": ["Paula Greenhalgh", "Bradley Sutcliffe"],
        "text": """CASE CHRONOLOGY
Student: [[S|Liam Hargreaves]] (known as [[S|Hargie]]), [[SI:STUDENT_NUMBER|H3306621]]
Address: [[SI:STREET_ADDRESS|12 Cob Lane]], Burnley, [[SI:UK_POSTCODE|BB11 4QZ]]

02/06/2025  [[S|Liam]] posts on the [[NEG|E102]] forum that "[[P|Brad]] is right about the mosques". Tutor [[U|Frank Oyelaran]] removes it. To be [[NEG|frank]], the tone is escalating. — [[U|FO]]
04/06/2025  [[U|FO]] identifies "[[P|Brad]]" as [[P|Bradley Sutcliffe]], who streams at [[T:URL|https://kick.com/bradsutcliffe_ns]]. — [[U|FO]]
09/06/2025  Mother, [[R|Mrs Joanne Hargreaves]], rings: [[S|Liam]]'s older brother [[R|Reece Hargreaves]] drove him to a gathering in [[NEG|Preston]] in [[R|Reece]]'s car, [[T:UK_VEHICLE_REGISTRATION|PN65 YBA]]. — [[U|AP]]
12/06/2025  Referral to [[P|DS Paula Greenhalgh]], Lancashire Prevent. — [[U|Amrit Pannu]]
19/06/2025  Home visit by [[P|DS Greenhalgh]] and [[U|PCSO Amira Hussain]]. Father, [[R|Steve Hargreaves]], hostile; [[S|Mr Hargreaves]] himself calm and talkative. ([[P|P. Greenhalgh]])
26/06/2025  [[S|Hargie]] agrees to meet [[U|AP]] weekly; [[R|Mrs Hargreaves]] relieved. — [[U|AP]]""",
    },
    {
        "id": "d27-chron-004",
        "kind": "case_chronology",
        "subject": "Nimali Perera",
        "subject_aliases": ["Nimmi"],
        "case_people": ["Jonathan Aldous", "Dinesh Perera"],
        "text": """Case chronology – [[S|Nimali Perera]] ([[S|Nimmi]])
Prepared by [[P|Jonathan Aldous]], Student Casework, for the review on 30 September 2024

01/08/2024 – Tutor [[U|Dr Miriam Castellano]] reports that [[S|Nimali]] shared a nationalist video in tutorial chat calling for violence. [[U|Dr Castellano]] removed it. ([[P|J. Aldous]])
07/08/2024 – [[S|Nimali]] says the video came from her landlord, [[R|Mr Dinesh Perera]] (no relation), who hosts meetings at [[T:STREET_ADDRESS|Lanka House, Waddon Road]], Croydon [[T:UK_POSTCODE|CR0 4HY]]. — [[P|JA]]
12/08/2024 – Her mother, [[R|Mrs Kumari Perera]], phones from [[NEG|Colombo]] on [[T:PHONE_NUMBER|+94 77 123 4567]], very worried. — [[P|JA]]
20/08/2024 – [[U|PC Olly Garside]] confirms [[R|Dinesh Perera]] is known for leafleting; no offence identified. — [[P|JA]]
02/09/2024 – [[S|Ms Perera]] moves to her brother [[R|Sahan Perera]]'s flat in [[NEG|Sutton]]. [[R|Sahan]] will be her emergency contact. — [[U|KW]]
09/09/2024 – Deposit refunded by [[R|Mr Perera]] to her account, sort code [[SI:UK_SORT_CODE|40-11-62]], account [[SI:UK_BANK_ACCOUNT|53108874]]. — [[U|Kate Wilde]]
23/09/2024 – [[S|Nimmi]] tells [[U|Dr Castellano]] and [[P|JA]] she now feels safe. ([[P|J. Aldous]])""",
    },
]
