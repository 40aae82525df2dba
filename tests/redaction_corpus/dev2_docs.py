# ruff: noqa: E501
"""The documents of dev2.py (invented; any likeness to real people is chance)."""

from __future__ import annotations

from typing import Any

TUNE: list[dict[str, Any]] = [
    {
        "id": "d2t-tutor-price",
        "kind": "tutor_report",
        "subject": "Daniel Price",
        "subject_aliases": ["Dan"],
        "case_people": ["Robert Price", "Amy Price", "Oluwaseun Adeyemi"],
        "text": """Personal tutor report, [[NEG|BSc Computing]] year 2
Tutor: Dr [[U|Oluwaseun Adeyemi]]

[[S|Daniel Price]] came to see me on [[NEG|Tuesday]]. [[S|Dan]] said his father [[R|Robert Price]] has been unwell and that his sister, [[R|Amy Price]], now drives him to campus. [[S|Daniel]] mentioned a friend called [[U|Chidi Okafor]] who "sends him videos". I asked [[S|Mr Price]] whether he felt safe at home; he said yes.
[[R|Amy]] rang the department on [[NEG|14 March]] to ask about extenuating circumstances. Her number is [[T:PHONE_NUMBER|07700 900 412]].

Signed: [[U|O. Adeyemi]]
""",
    },
    {
        "id": "d2t-email-lopes",
        "kind": "email",
        "subject": "Tomasz Wiśniewski",
        "subject_aliases": ["Tom"],
        "case_people": ["Ana Lopes", "Gráinne Ní Bhriain"],
        "text": """From: [[U|Ana Lopes]] <[[T:EMAIL_ADDRESS|a.lopes@northbridge.ac.uk]]>
To: [[U|Gráinne Ní Bhriain]] <[[T:EMAIL_ADDRESS|g.nibhriain@northbridge.ac.uk]]>
Cc: [[U|Kwame Mensah]]
Subject: [[S|Tomasz]] - attendance

Dear [[U|Gráinne]],

I am writing about [[S|Tomasz Wiśniewski]] on [[NEG|ECO1002]]. He has missed four seminars. His flatmate [[U|Radu Popescu]] told me [[S|Tomasz]] spends nights on a forum run by someone he calls "the Captain". [[U|Kwame]] has seen the same posts.

Could we meet on [[NEG|Friday]]?

Thanks,
[[U|Ana]]

--
[[U|Ana Lopes]]
Senior Lecturer, [[NEG|School of Economics]]
[[T:PHONE_NUMBER|0161 496 0832]]
""",
    },
    {
        "id": "d2t-minutes-initials",
        "kind": "minutes",
        "subject": "Siobhan Gallagher",
        "subject_aliases": [],
        "case_people": ["Rajinder Kaur", "Peter Kowalski", "Jane Doyle"],
        "text": """Safeguarding panel, [[NEG|3 April 2025]]
Minutes: [[U|J. Doyle]]
Present: [[U|Rajinder Kaur]] (chair), [[U|Peter Kowalski]], [[U|Jane Doyle]], [[U|Liu Yang]]

1. [[S|Siobhan Gallagher]] - update
[[U|RK]] summarised the concern raised by [[S|Siobhan]]'s placement supervisor, [[U|Mrs Bishop]]. [[S|Siobhan]]'s brother [[R|Ciarán Gallagher]] had posted a photo of her with a flag. [[U|LY]] noted the flag is not proscribed.
Action: [[U|PK]] to call the student by [[NEG|Friday]].
Action: [[U|RK]] to write to the placement provider ([[U|R.K.]]).

2. [[NEG|AOB]]: none.
""",
    },
    {
        "id": "d2t-chat-group",
        "kind": "vle_chat",
        "subject": "Kofi Boateng",
        "subject_aliases": [],
        "case_people": [],
        "text": """Group chat export, [[NEG|Thursday]]
[[T:USERNAME|jess.w]]: anyone seen kofi today
[[T:USERNAME|mo_h]]: no. tell [[U|jess]] to check the library
[[T:USERNAME|jess.w]]: i am [[U|jess]] lol
[[T:USERNAME|mo_h]]: [[S|kofi]] was with [[U|faith]] yesterday, she said he was weird about the protest
[[T:USERNAME|ade99]]: @ [[U|mo]] dont spread stuff
[[T:USERNAME|mo_h]]: [[U|Faith]] said it not me
[[T:USERNAME|ade99]]: ok ask [[U|tunde]] he knows [[S|kofi]] best
""",
    },
    {
        "id": "d2t-support-log",
        "kind": "support_log",
        "subject": "Mariam Al-Sayed",
        "subject_aliases": [],
        "case_people": ["Farid Al-Sayed"],
        "text": """Student support log - [[S|Mariam Al-Sayed]]
[[NEG|02/05]] Phone call from [[S|Mariam]]'s uncle, [[R|Farid Al-Sayed]], worried about her. ([[U|S. Malik]])
[[NEG|04/05]] Drop-in. [[S|Mariam]] said her cousin [[U|Yousef]] lives on [[T:STREET_ADDRESS|Cedar Close]] and she stays there at weekends. ([[U|S. Malik]])
[[NEG|06/05]] [[U|Joy]]'s message passed on by reception: [[S|Mariam]] missed her appointment. ([[U|S. Malik]])
[[NEG|09/05]] Spoke to [[U|Hope Nwosu]] ([[NEG|Wellbeing]]) about a referral. [[U|Hope]] will see her on [[NEG|Monday]].
""",
    },
    {
        "id": "d2t-chronology",
        "kind": "chronology",
        "subject": "Ionuț Dumitrescu",
        "subject_aliases": ["Ionut"],
        "case_people": [],
        "text": """Chronology of events
[[NEG|12 Jan 2025]] - [[S|Ionut]] reported to halls warden ([[U|Mr Oyelaran]]) that his room had been searched.
[[NEG|15 Jan 2025]] - [[S|Ionuț Dumitrescu]] moved to [[SI:STREET_ADDRESS|Rose Cottage, Mill Lane]], [[NEG|Ashby]]. Postcode [[SI:UK_POSTCODE|LE65 2QF]].
[[NEG|20 Jan 2025]] - His mother, [[R|Elena Dumitrescu]], emailed the [[NEG|Registry]].
[[NEG|28 Jan 2025]] - Security officer [[U|Zhang Wei]] found leaflets in the common room; [[U|Wei]] kept one.
[[NEG|02 Feb 2025]] - [[U|Summer]] and [[U|Dawn]] (flatmates) gave statements.
[[NEG|03 Feb 2025]] - NI number: [[T:UK_NINO|QQ 12 34 56 C]] given by the visitor, [[U|Bogdan Ionescu]].
""",
    },
    {
        "id": "d2t-referral-form",
        "kind": "referral",
        "subject": "Ahmed Hassan",
        "subject_aliases": [],
        "case_people": ["Fatima Hassan", "Will Thornton"],
        "text": """Referral form
Name of student: [[S|Ahmed Hassan]]
Student number: [[SI:STUDENT_NUMBER|S7731204]]
Referred by: [[U|Will Thornton]] ([[NEG|Accommodation Manager]])
Witness: [[U|Małgorzata Zielińska]]
Next of kin: [[R|Fatima Hassan]] (mother), tel [[T:PHONE_NUMBER|07911 123456]]

Details: [[U|Will]] found material in the kitchen of flat 3. [[S|Ahmed]] said it belonged to a visitor, [[U|Eoin]]. Passport number: [[T:UK_PASSPORT|X1234567]].
[[U|Mr Thornton]] will keep the material until collected.
""",
    },
    {
        "id": "d2t-email-thread",
        "kind": "email",
        "subject": "Chen Jing",
        "subject_aliases": ["Jing"],
        "case_people": [],
        "text": """Hi [[U|Niamh]],

Thanks for this. I spoke to [[S|Jing]] this morning; she is fine but said [[U|Huang Lei]] from her course keeps messaging her. [[U|Lei]] has also contacted her housemate [[U|Adaeze]].

Best wishes,
[[U|Declan]]

> On [[NEG|Mon 7 Apr]], [[U|Niamh Ó Súilleabháin]] wrote:
> Can someone check on [[S|Chen Jing]]? Her tutor [[U|Prof. Nakamura]] is worried.
""",
    },
    {
        "id": "d2t-incident",
        "kind": "support_log",
        "subject": "Grace Mbeki",
        "subject_aliases": [],
        "case_people": [],
        "text": """Security incident report
Reported by: [[U|Victor Nnamdi]]
At [[NEG|23:15]] [[S|Grace Mbeki]] was seen at the gate with two men. One gave his name as [[U|Dragoș Marin]]. The other, [[U|Mr Bishop]], would not give a first name. [[S|Grace]] said the men were friends of her sister [[R|Thandiwe Mbeki]].
Car: [[T:UK_VEHICLE_REGISTRATION|LM19 XRT]].
I hope this is useful. Will follow up tomorrow.
— [[U|VN]]
""",
    },
    {
        "id": "d2t-welfare",
        "kind": "welfare_visit",
        "subject": "Patrick O'Connor",
        "subject_aliases": ["Paddy"],
        "case_people": [],
        "text": """Welfare visit note
Visited [[S|Patrick]] at his flat. His partner [[U|Aoife Byrne]] was present and his brother [[R|Seán O'Connor]] arrived later. [[S|Paddy]] said [[U|Aoife]] worries about the group he meets at [[NEG|the Crown]].
[[R|Seán]] gave his address as [[T:STREET_ADDRESS|14 Heron Way]], [[T:UK_POSTCODE|BT7 1NN]].
Visit by [[U|Ruth Okonjo]] and [[U|Dmitri Volkov]].
""",
    },
    {
        "id": "d2t-teams",
        "kind": "vle_chat",
        "subject": "Priyanka Sharma",
        "subject_aliases": ["Priya"],
        "case_people": [],
        "text": """Teams message log
[[NEG|10:02]] [[U|Gabriel Costa]]: has anyone heard from [[S|Priya]]?
[[NEG|10:05]] [[U|Oksana Melnyk]]: she messaged me last night, she seemed upset
[[NEG|10:06]] [[U|Gabriel Costa]]: her dad [[R|Rakesh Sharma]] emailed the school
[[NEG|10:09]] [[U|Oksana Melnyk]]: [[U|Bartek]] might know more
""",
    },
    {
        "id": "d2t-letter",
        "kind": "letter",
        "subject": "Yusuf Demir",
        "subject_aliases": [],
        "case_people": [],
        "text": """Dear [[U|Mrs Demir]],

I am writing in reply to your letter about your son [[S|Yusuf]]. As [[S|Yusuf]] is over 18 we cannot discuss his studies without his consent. Your other son, [[R|Emre Demir]], is welcome to contact [[NEG|Student Services]] directly.

Yours sincerely,

[[U|Gwen Pritchard]]
[[NEG|Head of Student Support]]
""",
    },
    {
        "id": "d2t-concern",
        "kind": "concern_form",
        "subject": "Nuala Brennan",
        "subject_aliases": [],
        "case_people": [],
        "text": """Concern form
Student: [[S|Nuala Brennan]]
Staff member: [[U|Kelechi Eze]]
NHS number: [[T:UK_NHS|123 456 7890]]
Description: [[S|Nuala]] said her stepfather, [[U|Gerry Walsh]], shares posts from a group called [[NEG|Patriot Voice]]. Her grandmother [[R|Bridget Brennan]] is worried. [[S|Nuala]] asked that [[U|Gerry]] not be contacted.
Contact via her friend [[U|Precious]] if needed.
""",
    },
    {
        "id": "d2t-police-note",
        "kind": "phone_note",
        "subject": "Bilal Qureshi",
        "subject_aliases": [],
        "case_people": [],
        "text": """Phone note, [[NEG|Prevent Lead]]
DS [[U|Hollingworth]] called about [[S|Bilal Qureshi]]. She asked whether [[S|Bilal]] lives with [[R|Imran Qureshi]] (father) at [[T:STREET_ADDRESS|Orchard House, Station Road]]. I said I could not confirm. She also mentioned [[U|Wojciech Nowak]], a delivery driver, and [[U|Li Na]].
Driving licence on file: [[T:UK_DRIVING_LICENCE|QURES901234B99AB]].
""",
    },
]

UNSEEN: list[dict[str, Any]] = [
    {
        "id": "d2u-tutor",
        "kind": "tutor_report",
        "subject": "Emmanuel Osei",
        "subject_aliases": ["Manny"],
        "case_people": ["Abena Osei"],
        "text": """Tutor report
Personal tutor: Dr [[U|Folasade Akinola]]
Student: [[S|Emmanuel Osei]]

[[S|Manny]] has been late with three pieces of work. He said his mother, [[R|Abena Osei]], is in hospital and his cousin [[U|Kojo]] is helping. [[S|Emmanuel]] also mentioned [[U|Stefan Georgescu]], a student on another course, who invited him to "study sessions" off campus.
[[U|Mr Georgescu]] is not one of my tutees.

[[U|F.A.]]
""",
    },
    {
        "id": "d2u-email",
        "kind": "email",
        "subject": "Aisha Bello",
        "subject_aliases": [],
        "case_people": [],
        "text": """From: [[U|Bronwen Hughes]] <[[T:EMAIL_ADDRESS|bhughes@westmoor.ac.uk]]>
To: [[U|Tariq Mahmood]]
Cc: [[U|Orla Kennedy]]; [[U|Jakub Wójcik]]
Subject: Concern - [[S|Aisha Bello]]

Hi [[U|Tariq]],

[[S|Aisha]] told me her brother [[R|Musa Bello]] has been sending her links. She is upset and asked me not to tell her father, [[R|Ibrahim Bello]]. [[U|Orla]] saw the messages too.

Kind regards,
[[U|Bronwen]]
""",
    },
    {
        "id": "d2u-minutes",
        "kind": "minutes",
        "subject": "Connor Fitzgerald",
        "subject_aliases": [],
        "case_people": [],
        "text": """Case review meeting
Attendees: [[U|Helen Marsh]], [[U|Ravi Patel]], [[U|Ewa Kamińska]]
Apologies: [[U|Deepak Rao]]

[[U|HM]] opened the meeting. [[S|Connor Fitzgerald]]'s sister [[R|Niamh Fitzgerald]] contacted the university. [[U|RP]] had spoken to [[S|Connor]] on [[NEG|Monday]].
Action: [[U|EK]] to check the VLE logs.
Action: [[U|HM]] to update the Prevent Lead.
Signed: [[U|H. Marsh]]
""",
    },
    {
        "id": "d2u-chat",
        "kind": "vle_chat",
        "subject": "Sami Haddad",
        "subject_aliases": [],
        "case_people": [],
        "text": """[[T:USERNAME|lily_r]]: did sami send u that video
[[T:USERNAME|ozzy22]]: ye. ask [[U|kemi]] she saw it first
[[T:USERNAME|lily_r]]: [[U|kemi]] said she deleted it
[[T:USERNAME|ozzy22]]: [[S|sami]]'s cousin [[R|karim haddad]] made it i think
[[T:USERNAME|lily_r]]: tell [[U|dev]] not to share it
""",
    },
    {
        "id": "d2u-log",
        "kind": "support_log",
        "subject": "Olivia Grant",
        "subject_aliases": [],
        "case_people": [],
        "text": """Support log
[[NEG|11/03]] [[S|Olivia]] attended with her aunt, [[R|Carol Grant]]. ([[U|T. Okoye]])
[[NEG|12/03]] Call from [[U|Hope]] at the [[NEG|GP surgery]]. ([[U|T. Okoye]])
[[NEG|14/03]] [[S|Olivia]] said a man named [[U|Cristian Vasile]] approached her at [[NEG|Castle Park]]. He lives on [[T:STREET_ADDRESS|Willow Crescent]]. ([[U|T. Okoye]])
[[NEG|15/03]] Student number [[SI:STUDENT_NUMBER|S4412098]] checked. NI number: [[SI:UK_NINO|TN 31 22 45 A]].
""",
    },
    {
        "id": "d2u-chronology",
        "kind": "chronology",
        "subject": "Wang Fang",
        "subject_aliases": ["Fang"],
        "case_people": [],
        "text": """Chronology
[[NEG|3 Oct 2024]] - [[S|Fang]] reported harassment by [[U|Zhou Min]].
[[NEG|9 Oct 2024]] - [[U|Zhou]] was spoken to by [[U|Insp. Dunmore]].
[[NEG|15 Oct 2024]] - [[S|Wang Fang]]'s father, [[R|Wang Jun]], called from abroad.
[[NEG|20 Oct 2024]] - [[U|Rhiannon Price]] ([[NEG|International Office]]) met [[S|Fang]].
[[NEG|22 Oct 2024]] - [[U|Mr Adebayo]] from the landlord's agency visited [[T:STREET_ADDRESS|Ivy House, Church Street]].
""",
    },
    {
        "id": "d2u-referral",
        "kind": "referral",
        "subject": "Luca Romano",
        "subject_aliases": [],
        "case_people": [],
        "text": """Prevent referral
Subject: [[S|Luca Romano]]
Referrer: [[U|Sinéad Murphy]]
Other people involved: [[U|Andrei Stoica]], [[R|Giulia Romano]] (sister)
[[S|Luca]] shared a video made by [[U|Andrei]]. [[R|Giulia]] told [[U|Ms Murphy]] she is frightened of [[U|Andrei]].
Phone of [[U|Andrei Stoica]]: [[T:PHONE_NUMBER|07700 900 871]]
""",
    },
    {
        "id": "d2u-letter",
        "kind": "letter",
        "subject": "Joseph Mwangi",
        "subject_aliases": ["Joe"],
        "case_people": [],
        "text": """Dear [[U|Dr Kamau]],

Thank you for your call about [[S|Joseph]]. His wife, [[R|Wanjiru Mwangi]], has asked that letters go to [[T:STREET_ADDRESS|The Old Barn, Hollow Lane]].

With best wishes,
[[U|Marek Dąbrowski]]
""",
    },
    {
        "id": "d2u-incident",
        "kind": "support_log",
        "subject": "Faith Adeleke",
        "subject_aliases": [],
        "case_people": [],
        "text": """Incident note
[[S|Faith Adeleke]] reported that [[U|Chukwuemeka Obi]] followed her after the lecture. Her friend [[U|Sunny]] saw it happen. [[S|Faith]]'s sister [[R|Blessing Adeleke]] collected her.
Reported to: [[U|Ms Lovelock]]
Signed: [[U|A. Petrescu]]
""",
    },
    {
        "id": "d2u-notes",
        "kind": "tutor_report",
        "subject": "Hannah Schmidt",
        "subject_aliases": [],
        "case_people": [],
        "text": """Notes after supervision
[[S|Hannah]] arrived upset. Her boyfriend [[U|Tyrone Campbell]] and his friend [[U|Darius]] have been pressuring her to attend meetings. [[S|Hannah]]'s father [[R|Klaus Schmidt]] does not know.
I suggested she speak to [[U|Mark]] in the wellbeing team. Will review next week.
[[U|Elif Yılmaz]], Supervisor
""",
    },
    {
        "id": "d2u-email2",
        "kind": "email",
        "subject": "Nikolai Petrov",
        "subject_aliases": [],
        "case_people": [],
        "text": """Dear [[U|Siân]],

Following our call: [[S|Nikolai]] has agreed to meet the Prevent Lead. His flatmate [[U|Obinna]] will come with him.

Thanks, [[U|Cormac]]

--
[[U|Cormac Doherty]]
[[NEG|Student Liaison Officer]]
""",
    },
]
