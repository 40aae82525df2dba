"""People named in text the engine has never seen: word lists plus the structure around names.

A run of capitalised words ("Oluwaseun Adeyemi", "Ní Bhriain", "J. Doyle") is a person when
its words are names rather than ordinary words (see :mod:`redaction.lexicon`), or when the text
around it says so: a title ("Dr", "Mrs"), a name field ("Tutor:", "Signed:", "Present:"), an
e-mail header ("From:", "To:", "Cc:"), a greeting or sign-off ("Dear Ana,", "Thanks, Ana"), a
signature block after "--", a relation ("his sister, Amy"), a speech verb ("Faith said") or a
possessive ("Joy's message"). Where the words say "name" but nothing around confirms it, the
run is still reported, with ``confidence`` "low" so the reviewer sees why.

Every result is a ``PERSON_RULE`` (its own type, so Presidio's duplicate removal never lets
a same-span hint of another recognizer stand in for it) whose metadata carries ``confidence``
and ``why``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from .decisions import NOT_PEOPLE, ORG_WORDS, OTHER_SCRIPT_LETTERS, ROLE_PREFIXES
from .lexicon import PARTICLES, Lexicon, lexicon
from .names import COMMON_WORD_NAMES, TITLES, fold_accents
from .recognizers import LETTER, UPPER

PERSON_RULE = "PERSON_RULE"

MONTHS_DAYS = frozenset(
    """
    january february march july september october november december
    feb apr jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thur thurs fri sat sun today tomorrow yesterday
    """.split()
)
#: Words that end a place or an address, never a person's name.
STREET_WORDS = frozenset(
    """
    street road lane avenue close drive way crescent court place terrace gardens grove
    square mews walk rise view parade vale boulevard wharf yard heights
    parkway croft fold gate meadow meadows approach circus quay villas cottages estate
    cottage farm barn manor lodge house hall halls building block tower mansions st rd ave
    """.split()
)
#: Capitalised words that are never a person's name in these notes.
NEVER_NAME = (
    NOT_PEOPLE
    | ORG_WORDS
    | ROLE_PREFIXES
    | MONTHS_DAYS
    | STREET_WORDS
    | TITLES
    | frozenset(
        """
        i a an the this that these those he she it we they you his her their our my your its
        him them me us who what when where why how which there here then than and or but if
        so as at by for from in into of on onto to with without about after before over under
        not no yes ok okay hi hello dear thanks thank cheers regards best kind many warm yours
        sincerely faithfully wishes please re fw fwd ps cc bcc subject sent attachment
        note notes update meeting item minutes agenda present attendees apologies action
        actions chronology log report form referral concern incident case review summary
        details description outcome decision signed countersigned name student staff tutor
        personal tel telephone email e-mail mob mobile phone fax
        senior junior associate assistant deputy acting interim principal vice pro
        mr mrs ms miss mx dr prof professor sir dame rev imam sgt pc dc ds di insp cllr
        english british irish scottish welsh muslim jewish hindu sikh
        week term year semester module course lecture seminar exam library campus
        visitor visitors caller guest member members driver room level floor block flat
        wing gate platform grade part section appendix annex option phase stage type class
        north south east west central new old upper lower great little saint
        i've i'm i'll i'd held casework caseworker computing criminology literature
        paramedic history science sciences engineering nursing pharmacy medicine economics
        politics sociology psychology philosophy geography physics chemistry biology
        mathematics maths classics theology accounting humanities midwifery dentistry
        """.split()
    )
)
#: Labels of fields whose value is one or more people.
NAME_LABELS = (
    r"(?:from|to|cc|bcc|reply-to|sent\s+by|tutor|personal\s+tutor|academic\s+tutor|"
    r"supervisor|lecturer|minutes|minute[- ]taker|note[- ]taker|signed|countersigned|"
    r"signature|present|"
    r"attendees|attending|apologies|in\s+attendance|chair|referrer|referred\s+by|"
    r"reported\s+by|reported\s+to|raised\s+by|recorded\s+by|completed\s+by|written\s+by|"
    r"author|prepared\s+by|officer\s+reporting|reporting\s+officer|attending\s+officer|witness(?:es)?|name|full\s+name|name\s+of\s+\w+|student|"
    r"student\s+name|staff\s+member|staff|officer|caseworker|contact|next\s+of\s+kin|"
    r"emergency\s+contact|parent|guardian|visit(?:ed)?\s+by|seen\s+by|interviewer|"
    r"other\s+people(?:\s+involved)?|people\s+involved|involved|copied\s+to|attended\s+by|"
    r"by|owner|assigned\s+to|allocated\s+to|escalated\s+to|handled\s+by|lead|key\s+worker|"
    r"case\s+(?:officer|worker|owner|lead)|caller|spoke\s+to|interviewed|interviewee|"
    r"those\s+involved|persons?\s+of\s+concern|alleged\s+(?:perpetrator|victim)|victim|"
    r"complainant|reporter|informant|sender|recipient|addressee|fao|f\.a\.o\.|attn|"
    r"attention|for\s+the\s+attention\s+of|c/o|care\s+of|"
    r"[A-Za-z'’ ]{0,30}['’]s\s+name|"
    r"(?:(?:full|first|last|given|family|sur|maiden|preferred|student|staff|referrer|"
    r"witness|person|contact|parent|guardian|tutor|officer|caller|visitor|reporter|"
    r"complainant|victim|subject|sender|member|landlord|driver|(?:completed|signed)\s+by)"
    r"[ \t]*)?name(?:\s*\([^)\n]{0,20}\))?)"
)
_LABEL_LINE = re.compile(
    r"(?im)(?:^[ \t>*•-]*|(?<=\. )|(?<=; ))"  # a line, or a sentence in a log line
    + NAME_LABELS
    + r"(?:[ \t]+(?:on|in|of|at)[ \t]+\w+)?[ \t]*:[ \t]*(?=\S)"  # "Staff member on duty:"
)
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd|Imam|Sgt|Sergeant|PC|DC|"
    r"DS|DI|DCI|Insp|Inspector|Cllr|Councillor|Constable|Detective|Officer|Fr|Father|Sr|"
    r"Sister|Brother|Rabbi|Pastor|Sheikh|Shaykh|Ustadh|Ustaz|Coach|Nurse|Matron|Canon|"
    r"Hafiz|Mufti|Maulana|Mawlana|Reverend|Lord|Lady|Judge|Barrister|Chief|Alhaji|Alhaja|"
    r"Deacon|Elder|Evangelist|Apostle|Prophet|Prophetess|PCSO|PS|"
    # family words used as titles: "Auntie Faith", "Grandad Ken", "Khala Nasrin"
    r"Uncle|Auntie|Aunty|Aunt|Grandad|Granddad|Grandpa|Grandma|Granny|Gran|Nana|Nanna|Nan|"
    r"Khala|Khalu|Chacha|Chachi|Mamu|Tía|Tío|Tia|Tio|Tante|Babcia|Dziadek|"
    # ranks, and titles of other languages: "Commander Okello", "Pani Zielińska", "ông Hải"
    r"Commander|Capt|Colonel|Col|Lieutenant|Lt|Corporal|Cpl|"
    r"Pani|Signora|Signor|Señora|Señor|Monsieur|Madame|Ông|ông|Bà|bà|Sig\.ra|Sig\.na|Sig|"
    r"Mnr|Mev|Dna|Dl|Haji|Hajji|Ustad|Kak|Kaka|"
    # Vietnamese kinship words used as titles: "anh Khoa", "chị Lan", "chú Tư"
    r"anh|chị|chú|cô|bác|em)\.?[ \t]+"
    # "Dr van der Berg", "Mr bin Rashid": the particles of the surname after the title
    r"(?:(?:van|von|de|der|den|da|di|du|la|le|al|el|bin|ibn|dos|das|del)[ \t]+){0,2}"
    r"|\b(?:PC|DC|DS|PS|Sgt|Sergeant|Constable)[ \t]+\d{2,6}[ \t]+)$"  # "PC 2291 Laura Birch"
)
#: "known as 'Bash'", "goes by Tee": whatever follows is what someone is called.
_NICKNAME_BEFORE = re.compile(
    r"(?i)\b(?:(?:called|named)(?=[ \t]*[\"'‘“])|"
    r"known(?:[ \t]+(?:only|simply|online))?(?:[ \t]+to[ \t]+\w+)?[ \t]+as|"
    r"knows?[ \t]+(?:\w+[ \t]+)?(?:only[ \t]+)?as|"
    r"goes[ \t]+by|going[ \t]+by|call(?:s|ing)?[ \t]+(?:himself|herself|"
    r"themselves)|called[ \t]+(?:himself|herself|themselves)|nicknamed|a\.?k\.?a\.?|"
    r"(?:we|they|everyone|friends)[ \t]+call[ \t]+(?:him|her|them)|"
    r"username|alias)[ \t]*[:\"'‘“]?[ \t]*$"
)
_GREETING_BEFORE = re.compile(
    r"(?i)(?:^|\n)[ \t>]*(?:dear|hi|hello|hey|morning|good\s+morning|good\s+afternoon|"
    r"thanks|thank\s+you|many\s+thanks|cheers|regards|best|best\s+wishes|kind\s+regards|"
    r"warm\s+regards|all\s+the\s+best|with\s+thanks|ta|speak\s+soon)[ \t,!]*$"
)
_SIGN_OFF_LINE = re.compile(
    r"(?im)^[ \t>]*(?:thanks|thank\s+you|many\s+thanks|cheers|regards|best|best\s+wishes|"
    r"kind\s+regards|warm\s+regards|all\s+the\s+best|with\s+(?:best\s+)?(?:wishes|thanks)|"
    r"yours\s+sincerely|yours\s+faithfully|yours|sincerely|speak\s+soon|take\s+care|"
    r"diolch|cofion|hwyl|thanks\s+again|warmly|love|x+|many\s+thanks\s+again|"
    r"[A-Z][a-z]+(?:[ \t][a-z]+){0,2},|"
    r"--+|—+|–+|_{2,})[ \t,.!]*$"
)
_RELATION_BEFORE = re.compile(
    r"(?i)\b(?:father|mother|dad|mum|mom|brother|sister|son|daughter|wife|husband|partner|"
    r"boyfriend|girlfriend|fianc[eé]e?|ex|ex-\w+|former\s+\w+|cousin|uncle|aunt|auntie|nephew|niece|grandmother|"
    r"grandfather|grandma|grandad|granny|nan|gran|step-?(?:father|mother|dad|mum|brother|"
    r"sister|son|daughter)|stepfather|stepmother|half-?(?:brother|sister)|in-law|friend|"
    r"flatmate|housemate|roommate|classmate|coursemate|neighbour|colleague|landlord|"
    r"landlady|tutor|lecturer|supervisor|counsellor|adviser|advisor|officer|warden|"
    r"manager|coordinator|caseworker|teacher|mentor|chaplain|imam|visitor|driver|student|"
    r"called|named|known\s+as|calls\s+himself|calls\s+herself|goes\s+by|nicknamed|"
    r"(?:call|message|email|e-mail|letter|text|visit|note|complaint|referral)\s+from|"
    r"met|met\s+up\s+with|followed|threatened|approached|warned|invited|introduced|joined|"
    r"helped|blamed|accused|thanked|hugged|pushed|hit|attacked|hangs\s+out\s+with|"
    r"friends\s+with|lives\s+with|living\s+with|went\s+with|argued\s+with|fell\s+out\s+with|"
    r"spoke\s+with|talked\s+to|talking\s+to|close\s+to|dating|"
    r"spoke\s+to|spoken\s+to|met\s+with|contacted|emailed|messaged|texted|rang|phoned|"
    r"told|asked|visited|saw|accompanied\s+by|with\s+(?:his|her|their)\s+\w+|"
    r"(?:raised|reported|seen|written|sent|signed|referred|made|posted|shared|completed|"
    r"recorded|interviewed|chaired|approved|checked|taken|led|run|organised)\s+by)"
    r"[ \t]*,?[ \t]*\n?[ \t]*[\"“'‘]?$"
)
#: "a study circle, Ikran, who has been...": a relative clause about a person.
_WHO_AFTER = re.compile(r"[ \t]*,[ \t]*who\b")
_SPEECH_AFTER = re.compile(
    r"[ \t]*\n?[ \t]*(?:(?:also|later|then|had|has|have|just|never|had\s+not|has\s+not|did\s+not|"
    r"would|will|could|should|may|might|can|still|now|often|always|sometimes|usually)[ \t]+)?"
    r"(?:said|says|told|tells|asked|asks|reported|reports|explained|stated|replied|added|"
    r"confirmed|mentioned|claimed|admitted|disclosed|alleged|emailed|messaged|texted|rang|"
    r"phoned|wrote|writes|posted|shared|noted|notes|summarised|agreed|opened|closed|chaired|"
    r"thinks|thought|felt|feels|believes|believed|saw|heard|called|visited|contacted|met|"
    r"attended|arrived|left|came|went|gave|sent|found|kept|took|spoke|worries|worried|"
    r"complained|refused|denied|knows|knew|wants|wanted|lives|lived|works|worked|"
    r"argued|fought|shouted|laughed|cried|threatened|pushed|attacked|followed|joined|"
    r"helped|replied|answered|phoned|texted|promised|warned|insisted|left|stayed|"
    r"is|was|has|had|will|would|and\s+I|and\s+me|confirms|explains|adds|agrees|"
    r"suggests|says|tells|asks|replies|insists|contacts|phones|calls|rings|visits|emails|"
    r"messages|texts|posts|shares|organises|organizes|runs|sends|brings|drives)\b"
    r"|[ \t]*,[ \t]*(?:thanks|thank\s+you|many\s+thanks|cheers|sorry|please|just|quick)\b"
)
_PLACE_TAILS = frozenset("park green hill field fields wood woods common bridge cross".split())
_IN_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|near|around|outside|across|within)[ \t]+$")
_PLACE_LIST_BEFORE = re.compile(
    rf"(?i)\b(?:in|at|near|from|to|into|visit|visited|visiting|around|via|towards)[ \t]+"
    rf"(?:[{UPPER}][\w'’-]+(?:[ \t]*,[ \t]*|[ \t]+(?:and|or)[ \t]+)){{1,4}}$"
)
#: Frequency (Zipf 3.5) above which a given name is also a familiar English word or place.
_COMMON_PLACE = 10 ** (3.5 - 9)
#: Frequency (Zipf 3.5) below which a dictionary word after a given name may be a surname.
_RARE_WORD = 10 ** (3.5 - 9)
_OFFICE_AFTER = re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+)?[{UPPER}]")
_DEGREE_BEFORE = re.compile(r"\b(?:BA|BSc|MA|MSc|MEng|BEng|LLB|LLM|PhD|MBA|MPhil|HND|PGCE)[ \t]+$")
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|at|near|from|to|into|around|outside|via|towards)[ \t]+$")
_TO_VERB_AFTER = re.compile(
    r"[ \t]+(?:to|will|would|should|must|agreed\s+to)[ \t]+(?:call|ring|phone|contact|email|"
    r"e-mail|write|check|follow|speak|meet|update|send|arrange|review|ask|chase|book|visit|"
    r"liaise|inform|confirm|share|draft|prepare|look|find|see|talk|discuss|report|refer|"
    r"escalate|monitor|attend|circulate|request|complete|provide)\b"
)
_SPEAKER_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<t>\[?(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}},?[ \t]*)?"  # WhatsApp's date
    rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]*[-–]?[ \t]*)?"
    # "Zhang, Lei:": a speaker written family name first with a comma
    rf"(?P<v>[{UPPER}][^\W\d_]+(?:,[ \t][{UPPER}][^\W\d_]+"
    rf"|[ \t][{UPPER}](?:[^\W\d_]+|\.|(?=[ \t:])))?)"
    # a display name may carry an emoji ("Kasia 🌸: ...") or the time ("Grace L 23:46:")
    r"(?:[ \t]*[\u2600-\u27BF\U0001F000-\U0001FAFF\uFE0F\u200D]+)?"
    r"(?P<t2>[ \t]+\[?\d{1,2}:\d{2}(?::\d{2})?\]?)?[ \t]*:[ \t]"
)
#: A speaker on a line of its own above the message, with the time (Teams, Slack exports):
#: "Helena Matos 10:06", "Grace Holloway – 10 Oct 09:42", "Nguyễn Văn Thành 14:05  dimi…".
_HEADER_SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?P<v>[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?"
    # "Al-Hashimi, Noor 10:13": family name first with a comma
    rf"(?:,[ \t][{UPPER}][^\W\d_]+|(?:[ \t](?:[{UPPER}][^\W\d_]*\.?|[a-z]{{1,3}})){{0,3}}))"
    rf"[ \t]*(?:[,–—-][ \t]*)?(?:\d{{1,2}}[ \t][A-Z][a-z]{{2,8}}(?:[ \t]\d{{4}})?,?[ \t]+|"
    rf"\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?,?[ \t]+)?"
    rf"\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ \t]?[AaPp][Mm])?\]?"
    rf"[ \t]*(?:\(edited\))?(?:[ \t]*$|[ \t]{{2,}}\S|:[ \t])"
)
_LIST_GAP = re.compile(r"[ \t]*(?:,|;|&|\band\b|,[ \t]*and\b)[ \t]*")
#: "Security (Gbenga)", "the duty officer (Marsha)": a name in brackets after a role.
_ROLE_BRACKET_BEFORE = re.compile(
    r"(?i)\b(?:security|officer|warden|porter|tutor|lecturer|manager|adviser|advisor|"
    r"counsellor|supervisor|staff|colleague|friend|flatmate|housemate|partner|mother|father|"
    r"brother|sister|cousin|neighbour|landlord|landlady|caller|witness|student|reception|"
    r"receptionist|librarian|chaplain|nurse|doctor|gp|police|pc|officer|driver|visitor|"
    r"girlfriend|boyfriend|wife|husband|aunt|uncle|son|daughter|guard|cleaner|technician|"
    r"dsl|dpo|lead|head|chair|referrer|contact|manager|coordinator|caseworker|"
    # "Mrs Ssemakula (Florence)": a titled name, then the given name in brackets
    r"(?-i:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+[A-Z][^\W\d_]+))"
    r"[ \t]*\([ \t]*$"
)
#: "Precious in Admissions", "Hope from Student Support": someone of a department.
_IN_DEPARTMENT_AFTER = re.compile(
    r"[ \t]+(?:in|from|at|of)[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+)?(?:Admissions|Registry|"
    r"Security|Reception|Accommodation|Finance|Estates|Wellbeing|Chaplaincy|Counselling|"
    r"Library|Halls|Support|Services|Student|Students|Union|Office|Team|Department|Faculty|"
    r"School|IT|HR|Disability|Careers|Admin)\b"
)
_AND_NAME_AFTER = re.compile(rf"[ \t]+(?:and|&)[ \t]+[{UPPER}][a-z]+[ \t]+(?:were|are|was|both)\b")
#: A verb in the past tense right after a run ("… interpreted", "… translated").
_DID_AFTER = re.compile(r"[ \t]+(?:also[ \t]+)?[a-z]{3,}ed\b")
#: "and" then another two-word capitalised name: "Hope Wainwright and Ilya Berman".
_AND_FULL_NAME_AFTER = re.compile(
    rf"[ \t]+(?:and|&)[ \t]+[{UPPER}][^\W\d_]+[ \t]+[{UPPER}][^\W\d_]+(?![ \t]*(?:Street|Road|"
    r"Lane|Avenue|Close|Drive|Hall|House|Court|Park|Centre|Ltd|University|College))"
)
_BRACKETS_AFTER = re.compile(r"[ \t]*\(([^()\n]{2,40})\)")
_ROLE_WORDS_IN_BRACKETS = frozenset(
    """
    rep manager adviser advisor officer tutor lecturer chair warden porter student mentor
    coordinator lead head director supervisor counsellor librarian technician administrator
    secretary assistant support security dsl dpo friend flatmate housemate mother father
    sister brother cousin aunt uncle neighbour witness referrer landlord landlady partner
    interpreter translator invigilator steward analyst
    """.split()
)
#: Two or three capitals, bare or dotted, standing alone ("RK", "R.K.", "R. K.").
_BARE_INITIALS = re.compile(
    rf"(?<![\w.@/'’-])(?:[{UPPER}]{{2}}-[{UPPER}](?![\w-])"  # "CB-K"
    rf"|[{UPPER}]{{2,3}}|[{UPPER}]\.[ ]?[{UPPER}]\.(?:[ ]?[{UPPER}]\.)?"
    rf"|[{UPPER}]{{1,2}}['’][{UPPER}]{{1,2}}"  # and "PO'D"
    # with a surname's particle: "AdV" (Anna de Vries), "MvdB", "BapR"
    rf"|(?!PhD|MSc|BSc|MSci|MPhil|MRes|DPhil|BEd|MEd|MEng|BEng|MBA|LLM|LLB|BTec|GCSEs)"
    rf"[{UPPER}](?:a|b|d|de|v|vd|van|ap|al|el|bin|O|Mc|Mac)[{UPPER}]{{1,2}})(?![\w@/'’-])"
)
_DASH_BEFORE = re.compile(r"(?:^|\s)(?:—|–|-{1,2}|~)[ \t]*$")
#: A dash opening a line or closing a sentence, before a name that signs the entry.
_SIGNING_DASH = re.compile(r"(?:^[ \t]*|[.!?][\"”’')]*[ \t]+)(?:—|–|-{1,2}|~)[ \t]*$")
_ACTION_BEFORE = re.compile(
    r"(?i)(?:\b(?:actions?|owner|who|follow[- ]up|agreed|next\s+steps?|to\s+do|plan)[ \t]*:|;)"
    r"[ \t]*$"
)
_ACTION_LINE = re.compile(r"(?i)\b(?:actions?|next[ \t]+steps?|follow[- ]up|to[ \t]+do)[ \t]*:")
_LONE_INITIAL = re.compile(rf"(?m)^[ \t>—–-]*([{UPPER}]\.?)[ \t]*$")
#: A field only a person's signature or initials fill: "Countersigned: PA", "Initials: AM".
_SIGNING_LABEL_BEFORE = re.compile(
    r"(?i)\b(?:signed|countersigned|initials|minutes|approved[ \t]+by|reviewed[ \t]+by|"
    r"checked[ \t]+by|completed[ \t]+by|logged[ \t]+by|note[- ]?taker|minute[- ]?taker)"
    r"[ \t]*:[ \t]*$"
)
#: "… what to make of it. — A": one capital after a dash, closing a message.
_DASH_INITIAL = re.compile(rf"(?m)[.!?][\"”’')]*[ \t]+[—–-][ \t]*([{UPPER}])\.?[ \t]*$")
#: What follows a message a forwarded or quoted one opens with.
_QUOTED_BLOCK_AFTER = re.compile(
    r"\s*(?:>|-{3,}[ \t]*(?:Forwarded|Original)|From:|On[ \t][^\n]{0,80}wrote:|Sent from)",
    re.IGNORECASE,
)
_PREV_CAP_WORD = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")
#: Abbreviations that are also common initials: initials where they close a log entry.
SOFT_ACRONYMS = frozenset("NB PS CC RE OK AM PM TV PA PR QA AV CD DJ JD".split())
_DONE_BY_BEFORE = re.compile(
    r"(?i)\b(?:done|logged|written|recorded|noted|seen|taken)[ \t]+by[ \t]+$"
)
_BY_BEFORE = re.compile(r"(?i)\b(?:by|from|with|cc|to)[ \t]+$")
_LINE_HEAD = re.compile(r"[ \t>*•-]*(?:\d{1,2}[.)][ \t]*)?")
INITIALS_SAID = re.compile(
    r"[ \t]+(?:also[ \t]+)?(?:said|says|reported|noted|asked|summarised|summarized|agreed|"
    r"confirmed|explained|opened|closed|presented|raised|updated|suggested|proposed|added|"
    r"queried|questioned|advised|recommended|stated|responded|replied|felt|thinks|thought|"
    r"outlined|spoke|described|shared|welcomed|chaired|summarised|highlighted|clarified|"
    r"will|would|has|had|was|is)\b"
)
#: Abbreviations that are never a person's initials, even closing a log entry.
NEVER_INITIALS = frozenset(
    """
    DSL DPO SMT VLE AOB NHS GP ICO IT HR SU UK EU ID NI CID CTP MP BBC PDF URL IP DOB VPN
    ATM UCU IOPC CPS ASAP FYI TBC TBA OK LOL OMG BTW IMO TBH DM QR SMS NFA VC PVC HOD HOS
    PREVENT CHANNEL LA LADO MASH CAMHS ER ICU UN FW FWD CC BCC REF ETA ETC AKA FAQ PTO TBD
    JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC MON TUE WED THU FRI SAT SUN AM PM RE PS
    NB IS TV USA
    """.split()
)
#: Abbreviations of roles and offices: they "said" things as offices, not people.
_ROLE_ACRONYMS = frozenset("PC DC DS DI DCI CT CTU MA MSC BSC".split())
#: A sentence closed before the token on the same line: "... in writing. BA".
_SENTENCE_END_BEFORE = re.compile(r"\S[.!?][\"”’')]*[ \t]+$")
#: Initials then "to" and a verb at the head of an action: "AV to brief the Registrar".
_INITIALS_TO = re.compile(r"[ \t]+(?:to|will)[ \t]+[a-z]{2,}")
#: What someone did, right after initials that spell no abbreviation: "RM kept no
#: screenshots", "ZH supported by…".
_INITIALS_PAST = re.compile(
    r"[ \t]+(?:[a-z]{3,}ed|kept|sent|took|gave|left|met|told|rang|spoke|wrote|made|found|saw|"
    r"got|led|read|went|came|heard|knew|thought)\b"
)
_SENTENCE_OR_COMMA_BEFORE = re.compile(r"(?:\S[.!?;]|,)[ \t]+$")
#: Capitalised abbreviations of these notes that are never someone's initials.
ACRONYMS = frozenset(
    """
    DSL DPO SMT VLE AOB NHS GP CCTV ICO OFS OFSTED IT HR SU UK EU ID NI PC DC DS DI DCI CID CTP
    MP BBC PDF URL IP DOB VPN ATM SIA UCU IOPC CPS ASAP FYI TBC TBA NB PS RE AM PM USA RAF
    TV PhD MSC BSC BA MA LLB MBA UCAS SFE DBS GDPR DPA DPIA FOI SAR CEO CFO VC PVC HOD HOS
    PREVENT CT CTU ACPO NPCC LA LADO MASH CAMHS AMHP A&E ER ICU OK LOL OMG BTW IMO TBH DM
    PM RSVP QR SMS NFA WRAP RPC PL CHANNEL BAME LGBT LGBTQ ISIS IS EDL BNP NF IRA UDA UVF
    UN NATO FBI CIA MI5 MI6 GCHQ HMRC DVLA DWP UKVI BRP CAS ATAS IELTS TOEFL OSCE IBAN BIC
    SWIFT PIN CVV NINO VRN ANPR PNC PND CAD CRN URN UPN ULN HESA ESFA SENCO EHCP PIP ESA UC
    FAO ATTN FW FWD CC BCC REF ETA ETC AKA QA FAQ HQ PA PR PTO RSVP TBD WC CV GCSE GCSES
    NEET SEN SEND ADHD ASD OCD PTSD CBT NVQ BTEC HNC HND PGCE MSC MPHIL LLM
    JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC MON TUE WED THU FRI SAT SUN
    """.split()
)
#: An honorific after a name: "Oğuz Bey", "Şükran Hanım", "Sandhu ji", "Khan Sahib".
_EMAIL_AFTER = re.compile(r"[ \t]*<[^<>\s@]+@")
_HONORIFICS = frozenset("Bey Hanım Hanim Efendi Ji Sahib Saab".split())
_HONORIFIC_AFTER = re.compile(r"[ \t]+(?:Bey|Hanım|Hanim|Efendi|ji|Ji|jee|Sahib|sahib|Saab|saab)\b")
#: A name in another script in brackets right after: "Wong Chi-ming (黃志明)".
_OTHER_SCRIPT_AFTER = re.compile(
    rf"[ \t]*[(（][{OTHER_SCRIPT_LETTERS}]+(?:[ ][{OTHER_SCRIPT_LETTERS}]+)*[)）]"
)
#: A date after a name ("Signed: S. Ingram   08/11/2025"): not a number that makes a place.
_DATE_AFTER = re.compile(r"[ \t]+\d{1,2}/\d{1,2}/\d{2,4}\b")
_NUMBER_AFTER = re.compile(r"[ \t]+(?:[A-Z]\.?)?\d(?!\d*\)|\d*\.[ \t])")  # not "2)", "2. "
#: A line that opens with a time or a date ("21:14 ", "[10:02] ", "02/05 ", "- 3 Oct: ").
_LINE_OPENER = re.compile(
    r"[ \t>*•-]*(?:\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)"
    r"[ \t:–-]*$"
)
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:the|a|an|this|our|their|its)[ \t]+$")
_PROPHETS = frozenset({"muhammad", "mohammed", "mohammad", "jesus", "isa", "musa", "ibrahim"})
#: Months that are also given names ("Jun", "May", "April"): dates only next to a number.
_MONTH_NAMES = frozenset("jan jun mar may june april august".split())
_NUMBER_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?[ \t]*$")
#: "BitChute", "WhatsApp", "ThinkPad": brand names; "McLeod", "DeShawn", "FitzGerald" pass.
_CAMEL_CASE = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|Ap|Ab)[A-Z][a-z]+[A-Z][a-z]+$")
_DEGREE = re.compile(r"[A-Z]{2,}[a-z]|[A-Z][a-z][A-Z]$")  # "BSc", "MSc", "PhD"
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n[\s>*•-]*|[\"“(]\s*)$")
_TITLE_WORDS = TITLES | frozenset(
    """
    professor inspector sergeant constable detective councillor fr father sr sister brother
    rabbi pastor sheikh shaykh ustadh ustaz coach nurse matron canon hafiz mufti maulana
    mawlana reverend lord lady judge officer barrister chief alhaji alhaja deacon elder
    evangelist apostle prophet prophetess pcso
    uncle auntie aunty aunt grandad granddad grandpa grandma granny gran nana nanna nan
    khala khalu chacha chachi mamu tía tío tia tio tante babcia dziadek commander capt
    colonel col lieutenant lt corporal cpl pani signora signor señora
    señor monsieur madame ông bà sig.ra sig.na sig mnr mev dna dl haji hajji ustad kak kaka
    """.split()
)

_WORD = rf"(?:O['’]|Mc|Mac|D['’])?[{UPPER}]{LETTER}+(?:-[{UPPER}]?{LETTER}+)*"
_INITIAL = rf"[{UPPER}]\.(?:[ \t]?[{UPPER}]\.)*"
_PARTICLE = r"(?:al|el|bin|ibn|bint|binti|van|von|de|da|di|du|der|den|la|le|dos|das|del|ap|ab)"
_TOKEN = rf"(?:{_WORD}|Ó|Ní|Nic|Ua)"
_PARTICLE_GAP = re.compile(rf"(?:[ \t]+{_PARTICLE}){{1,2}}[ \t]+")
#: A run of up to four capitalised words, or initials then a surname ("J. Doyle").
#: Words of one name are one space apart; two spaces or a tab part the columns of a form
#: ("Signed: S. Ní Dhomhnaill   Date: 14/03"), so a run never crosses them.
_GAP = r"[ \t](?![ \t])"
_RUN = re.compile(
    rf"(?<![\w@./\\-])(?:{_INITIAL}[ \t]?)?{_TOKEN}"
    rf"(?:{_GAP}(?:(?:{_PARTICLE}{_GAP}){{1,2}}|{_PARTICLE}-)?{_TOKEN}){{0,3}}(?![\w@]|[-_.]\w)"
)


@dataclass
class _Token:
    text: str
    start: int
    end: int
    folded: str
    initial: bool


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    out: list[_Token] = []
    for m in re.finditer(rf"{_INITIAL}|{_TOKEN}", text[start:end]):
        word = m.group(0)
        folded = fold_accents(word).casefold().replace("’", "'")
        folded = re.sub(r"^(?:o'|d')", "", folded)
        out.append(_Token(word, start + m.start(), start + m.end(), folded, word.endswith(".")))
    return out


#: Words after a run that make it the name of a thing ("Chikwanha Road", "Tembo Ltd").
_ORG_AFTER = re.compile(
    r"[ \t]+(?:Road|Street|Lane|Avenue|Close|Drive|House|Hall|Court|Centre|Center|Ltd|Limited|"
    r"Group|Trust|Foundation|Society|Network|Media|News|Press|Mosque|Church|Temple|Academy|"
    r"School|College|University|Institute|Campus|Park|Square|Way|Street)\b"
)


#: Words after which a person, not a place or a thing, is named.
_PERSON_TAKING_BEFORE = re.compile(
    r"\b(?:with|told|asked|met|saw|called|emailed|contacted|informed|thanked|accompanied|"
    r"messaged|texted|phoned|rang)[ \t]+$"
)
_PERSON_OR_THING_BEFORE = re.compile(r"\b(?:by|and)[ \t]+$")


#: Words before a capitalised word that make it part of a saint's or an institution's name.
INSTITUTION_BEFORE = re.compile(
    r"(?:\b(?:St|Saint|Ste)\.?|\b(?:School|Faculty|Department|Dept|Institute|College|"
    r"University|Centre|Center|Division|Dean|Head|Professor|Museum|Academy)[ \t]+of"
    r"(?:[ \t]+the)?)[ \t]+$"
)
_INSTITUTION_BEFORE = INSTITUTION_BEFORE


_DAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())


class NameRulesRecognizer(LocalRecognizer):
    """Unlisted people from word lists and context (see the module documentation)."""

    name: str

    def __init__(self, lex: Lexicon | None = None) -> None:
        self._lex = lex
        self._gpe = _Spans([])
        self._kinds: dict[str, str] = {}  # token text -> kind (the lists never change)
        super().__init__(supported_entities=[PERSON_RULE], name="NameRulesRecognizer", context=[])

    @property
    def lex(self) -> Lexicon:
        if self._lex is None:
            self._lex = lexicon()
        return self._lex

    def load(self) -> None:
        return None

    def _acronym(self, tok: _Token, in_field: bool = False) -> bool:
        """An abbreviation or a shouted word; a surname in capitals ("OKAFOR", or in a name
        field any long capitalised word that is no English word: "KOWALSKI") is neither."""
        if not _is_acronym(tok.text):
            return False
        f = tok.folded
        return not (
            len(f) >= 4
            and tok.text.upper() not in ACRONYMS
            and (self.lex.is_name(f) or (in_field and len(f) >= 5))
            and not self.lex.is_word(f)
        )

    def _first(self, folded: str) -> bool:
        """A given name, or a hyphenated one made of given names ("Hollie-Mae")."""
        first = self.lex.first
        return folded in first or ("-" in folded and all(p in first for p in folded.split("-")))

    # ------------------------------------------------------------------ classification
    def kind(self, tok: _Token) -> str:
        """never | name | weak (a name that is also a word) | word | unknown | initial."""
        found = self._kinds.get(tok.text)
        if found is None:
            found = self._kind(tok)
            if len(self._kinds) < 100_000:
                self._kinds[tok.text] = found
        return found

    def _kind(self, tok: _Token) -> str:
        if tok.initial:
            return "initial"
        f = tok.folded
        if f in PARTICLES and tok.text[:1].isupper() and len(f) <= 3:
            return "particle"  # "Ní", "Mac", "Al", "De" inside a name
        if f in _MONTH_NAMES or f in _PROPHETS:
            # "April", "June", "May": months and given names; "Muhammad", "Jesus": prophets
            # and given names (a person when a surname or context says so)
            return "weak"
        if f in _DAY_ABBREVIATIONS and tok.text != tok.text.upper():
            return "weak"  # "Thu" of "Phạm Thu Hà", "Mon" of a date (numbers say which)
        if f in NEVER_NAME or _DEGREE.match(tok.text) or _CAMEL_CASE.match(tok.text):
            return "never"
        lex = self.lex
        parts = [p for p in f.split("-") if len(p) > 1]
        if len(parts) > 1 and any(p in NEVER_NAME for p in parts):
            return "never"  # "Vice-Chancellor", "Pro-Vice-Chancellor"
        name = lex.is_name(f) or any(lex.is_name(p) for p in parts)
        word = lex.is_word(f) or (len(parts) > 1 and all(lex.is_word(p) for p in parts))
        if word and not tok.text.isascii() and tok.text[:1].isupper():
            # "Hà", "Đức": an accent English words do not carry makes a name of the word
            return "weak" if name else "unknown"
        if name and word:
            return "weak"
        if name:
            return "name"
        if word:
            return "word"
        return "unknown"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        label_spans = _Spans(self._label_spans(text))
        sign_off_lines = self._sign_off_lines(text)
        ner = _Spans(_ner_spans(nlp_artifacts))
        self._gpe = _Spans(_gpe_spans(nlp_artifacts))
        all_places = _place_spans(nlp_artifacts)
        places = (
            _Spans([(a, b) for a, b, _ in all_places]),
            _Spans([(a, b) for a, b, is_place in all_places if is_place]),
        )
        results: list[RecognizerResult] = []
        for m in _BARE_INITIALS.finditer(text):
            why = self._initials_context(text, m.start(), m.end(), label_spans, sign_off_lines)
            if why is not None:
                results.append(self._result(m.start(), m.end(), "high", why))
        for m in _LONE_INITIAL.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not m.group(1).endswith(".") and not text[line_start : m.start(1)].strip(" \t>"):
                # a bare capital alone on its line ("A", a list's item) signs only above a
                # forwarded message; "— A" closing a message signs wherever it stands
                if not _QUOTED_BLOCK_AFTER.match(text, m.end()):
                    continue
            if (
                not text[m.end() :].strip()
                or line_start in sign_off_lines
                or _QUOTED_BLOCK_AFTER.match(text, m.end())
            ):
                # "F." closing a message (or the message above a forwarded one): the
                # writer's initial
                results.append(self._result(m.start(1), m.end(1), "low", "an initial signing"))
        for m in _DASH_INITIAL.finditer(text):
            if not text[m.end() :].strip() or _QUOTED_BLOCK_AFTER.match(text, m.end()):
                results.append(self._result(m.start(1), m.end(), "low", "an initial signing"))
        for start, end in self._chat_speakers(text):
            results.append(self._result(start, end, "high", "a chat speaker"))
        runs: list[tuple[int, int, bool]] = []  # (start, end, found)
        for m in _RUN.finditer(text):
            found = self._judge(text, m.start(), m.end(), label_spans, sign_off_lines, ner, places)
            if found is not None:
                start, end, confidence, why = found
                results.append(self._result(start, end, confidence, why))
            runs.append((m.start(), m.end(), found is not None))
        # A run listed with people ("Ana Lopes, Oluwadamilare Adeleye and Wei Zhang") is one
        # of them unless its words say otherwise.
        for i, (start, end, was_found) in enumerate(runs):
            if was_found or not self._could_be_listed(text, start, end):
                continue
            prev_found = (
                i > 0 and runs[i - 1][2] and _LIST_GAP.fullmatch(text, runs[i - 1][1], start)
            )
            next_found = (
                i + 1 < len(runs)
                and runs[i + 1][2]
                and _LIST_GAP.fullmatch(text, end, runs[i + 1][0])
            )
            if prev_found or next_found:
                results.append(self._result(start, end, "low", "listed with other people"))
        return results

    def _chat_speakers(self, text: str) -> list[tuple[int, int]]:
        """Capitalised names opening chat lines ("[12:01] Bongani: hey"): after a time stamp,
        or when at least three lines of the text open that way."""
        found: list[tuple[int, int, bool]] = []
        for m in _SPEAKER_LINE.finditer(text):
            stamped = m.group("t") is not None or m.group("t2") is not None
            toks = _tokens(text, m.start("v"), m.end("v"))
            kinds = [self.kind(t) for t in toks]
            if _LABEL_LINE.match(text, m.start()) or any(self._acronym(t) for t in toks):
                continue  # "Attn:", "FAO:", "Witness:": a field label, not a speaker
            if toks and all(k in ("name", "unknown", "weak", "particle") for k in kinds):
                found.append((m.start("v"), m.end("v"), stamped))
            elif (
                stamped
                and len(toks) == 2
                and (kinds[0] == "name" or (kinds[0] in ("weak", "word") and kinds[1] == "name"))
            ):
                # "[09:17] Jessica Ford:": a given name then any surname, after a time stamp;
                # "[08:40] Anil Varma:": a given name the lists call a word, then a surname
                found.append((m.start("v"), m.end("v"), True))
        for m in _HEADER_SPEAKER.finditer(text):
            toks = _tokens(text, m.start("v"), m.end("v"))
            kinds = [self.kind(t) for t in toks]
            if (
                toks
                and all(k in ("name", "unknown", "weak", "particle", "initial") for k in kinds)
                and any(k in ("name", "unknown") for k in kinds)
                and not any(self._acronym(t) for t in toks)
            ):
                found.append((m.start("v"), m.end("v"), True))
        if len(found) >= 3:
            return [(a, b) for a, b, _ in found]
        return [(a, b) for a, b, stamped in found if stamped]

    def _could_be_listed(self, text: str, start: int, end: int) -> bool:
        if fold_accents(text[start:end]).casefold() in self.lex.places:
            return False  # "a course in Birmingham and Nguyễn Đức Minh": the town
        toks = _tokens(text, start, end)
        kinds = [self.kind(t) for t in toks]
        if len(toks) == 1:
            # one word: only a name or a word in no dictionary ("Amir and Chiemeka")
            return kinds[0] in ("name", "unknown") and not self._acronym(toks[0])
        return all(k in ("name", "unknown", "weak", "particle") for k in kinds) and not any(
            self._acronym(t) for t in toks
        )

    def _initials_context(
        self,
        text: str,
        start: int,
        end: int,
        label_spans: _Spans,
        sign_off_lines: set[int],
    ) -> str | None:
        """Why bare initials ("RK", "R.K.") stand for a person here, or None."""
        value = text[start:end]
        letters = value.replace(".", "").replace(" ", "")
        line_start = text.rfind("\n", 0, start) + 1
        line_end = _line_end(text, end)
        before = text[line_start:start]
        rest = text[end:line_end]
        if letters in ACRONYMS:
            if letters in SOFT_ACRONYMS and before.endswith("(") and not rest[1:].strip(" \t."):
                return "initials in brackets closing an entry"  # "(NB)" closing a log line
            if letters in NEVER_INITIALS or len(letters) > 3:
                return None  # "NHS", "DSL", "IT said": never someone's initials
            # "— HQ", "... in writing. BA" closing an entry, "BA said": an abbreviation that
            # is also someone's initials, where only initials stand
            if not rest.strip(" \t.,)") and (
                _DASH_BEFORE.search(before) or _SENTENCE_END_BEFORE.search(before)
            ):
                return "initials signing a line"
            if INITIALS_SAID.match(text, end) and letters not in _ROLE_ACRONYMS:
                return "initials before what they said or did"
            if _SIGNING_LABEL_BEFORE.search(before) and not rest.strip(" \t.,;"):
                return "initials in a signing field"  # "Countersigned: PA"
            return None
        if not rest.strip(" \t.,)") and _SENTENCE_END_BEFORE.search(before):
            return "initials closing an entry"  # "... came back. MTR"
        if label_spans.contains(start, end):
            return "initials in a name field"
        if _DASH_BEFORE.search(before) and not rest.strip(" \t.,)"):
            return "initials signing a line"
        if not before.strip(" \t>") and not rest.strip(" \t.,"):
            if "." in value or line_start in sign_off_lines:
                return "initials alone on a line"
        if before.endswith("(") and rest.startswith(")"):
            expansion = re.findall(r"[A-Z]", before[-4 * len(letters) - 40 : -1])
            if "".join(expansion[-len(letters) :]) == letters:
                return None  # "Designated Safeguarding Lead (DSL)": an acronym's expansion
            if "." in value or not rest[1:].strip(" \t.,;"):
                return "initials in brackets closing an entry"
        if "." in value and _BY_BEFORE.search(before):
            return "initials after 'by'"  # "Logged by T.M."
        if _DONE_BY_BEFORE.search(before) and len(letters) >= 2:
            return "initials after 'by'"  # "Done by NF."
        if (
            not before.strip(" \t>")
            and not rest.strip(" \t.,")
            and not text[line_end:].strip()
            and 2 <= len(letters) <= 4
        ):
            return "initials closing the text"  # "GLJ" on the last line of a report
        if INITIALS_SAID.match(text, end) or _INITIALS_PAST.match(text, end):
            return "initials before what they said or did"  # "SG reported", "RM kept"
        if (
            _LINE_HEAD.fullmatch(before)
            and rest.startswith(":")
            and len(letters) >= 2
            and not _LABEL_LINE.match(text, line_start)
        ):
            return "initials opening a line of minutes"  # "CD: no update"
        if (_TO_VERB_AFTER.match(text, end) or _INITIALS_TO.match(text, end)) and (
            not before.strip(" \t>*•-")
            or _ACTION_BEFORE.search(before)
            # the next action on the same line: "Action: TW to call. KL to email the tutor"
            or (_SENTENCE_END_BEFORE.search(before) and _ACTION_LINE.search(before))
            # "NZ to confirm. DB to check whether…": after a sentence or a comma
            or bool(_SENTENCE_OR_COMMA_BEFORE.search(before))
        ):
            return "initials given an action"
        return None

    def _label_spans(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for m in _LABEL_LINE.finditer(text):
            line_end = text.find("\n", m.end())
            spans.append((m.end(), len(text) if line_end < 0 else line_end))
        return spans

    def _sign_off_lines(self, text: str) -> set[int]:
        """Start offsets of the first non-empty line after a sign-off or a "--" separator."""
        out: set[int] = set()
        for m in _SIGN_OFF_LINE.finditer(text):
            pos = m.end()
            while pos < len(text) and text[pos] in "\r\n \t":
                pos += 1
            line_start = text.rfind("\n", 0, pos) + 1
            out.add(line_start)
        return out

    def _judge(
        self,
        text: str,
        start: int,
        end: int,
        label_spans: _Spans,
        sign_off_lines: set[int],
        ner: _Spans,
        places: tuple[_Spans, _Spans],
    ) -> tuple[int, int, str, str] | None:
        cut = re.search(r"['’]s?(?=\s|$)", text[start:end])
        if cut:
            end = start + cut.start()  # "Siobhán's NHS number": the name ends at the possessive
        toks = _tokens(text, start, end)
        # acronyms at either end are not part of a name ("NHS", "CCTV", "DSL")
        in_field = label_spans.contains(start, end)
        if len(toks) > 1 and self._acronym(toks[-1], in_field):
            return None  # "Leeds CID", "Patriot Front UK": an organisation
        while toks and self._acronym(toks[0], in_field):
            toks = toks[1:]
        if not toks:
            return None
        start, end = toks[0].start, toks[-1].end
        before = text[max(0, start - 60) : start]
        title_match = _TITLE_BEFORE.search(before)
        titled = title_match is not None
        title_start = start - len(title_match.group(0)) if title_match else None
        role_stripped = False  # "Student Liaison": a role word led the run
        # Leading titles and role words are context, not name; so are ordinary words opening
        # a sentence ("Dear Mrs Demir", "Visited Patrick", "Tutor Dr Adeyemi").
        line_start = text.rfind("\n", 0, toks[0].start) + 1
        sentence_start = bool(
            _SENTENCE_START.search(text[max(0, toks[0].start - 4) : toks[0].start])
        ) or bool(_LINE_OPENER.fullmatch(text, line_start, toks[0].start))
        while toks:
            head = toks[0].folded.rstrip(".")
            if head in _TITLE_WORDS:
                titled = True
                title_start = toks[0].start if title_start is None else title_start
            elif head in ROLE_PREFIXES:
                title_start = None
                role_stripped = True
            elif (
                len(toks) > 1
                and self.kind(toks[0]) in ("word", "never")
                and (sentence_start or self.kind(toks[0]) == "never")
                and not (
                    # "Gift Chukwuma — note-taker": a given name that is a word, in a list of people
                    len(toks) == 2
                    and (self._first(toks[0].folded) or toks[0].folded in COMMON_WORD_NAMES)
                    and self.kind(toks[1]) in ("name", "unknown")
                    and _role_listed_after(text[toks[1].end : toks[1].end + 80])
                )
                and not (
                    # calls himself "Watchman Gabriel": the whole quoted name
                    self.kind(toks[0]) == "word"
                    and _NICKNAME_BEFORE.search(text, max(0, toks[0].start - 40), toks[0].start)
                )
                and not (
                    # "PC Dev Rana": after a title, a given name the lists call a word
                    titled
                    and self._first(toks[0].folded)
                    and self.kind(toks[1]) in ("name", "unknown", "weak")
                )
            ):
                title_start = None
            else:
                break
            toks = toks[1:]
            sentence_start = False
        while (
            len(toks) >= 3
            and self.kind(toks[0]) == "word"
            and all(self.kind(t) in ("name", "unknown", "weak", "initial") for t in toks[1:])
            and any(self.kind(t) == "name" for t in toks[1:])
        ):
            toks = toks[1:]  # "her uncle, Counsel Ikenna Nwachukwu": a word, then a full name
        if not toks:
            return None
        if toks[0].initial and len(toks) > 1:
            word_before = _PREV_CAP_WORD.search(text, max(0, toks[0].start - 30), toks[0].start)
            if word_before and fold_accents(word_before.group(1)).casefold() in NEVER_NAME:
                toks = toks[1:]  # "near Block C. Kerem gave": the letter ends a place name
        kinds = [self.kind(t) for t in toks]
        if (
            titled
            and len(toks) > 1
            and kinds[0] in ("never", "word")
            and self._first(toks[0].folded)
        ):
            kinds[0] = "weak"  # "PC Dev Rana", "Sgt Will Price": a given name after a title
        for i in range(1, len(toks)):
            # "Lucy Wainwright", "L. Wainwright": a rare dictionary word after a given name or
            # an initial is a surname ("Grace Hall", "Rose Garden": the words are common)
            prev_kind = kinds[i - 1]
            if (
                kinds[i] == "word"
                and i == len(toks) - 1
                and prev_kind in ("name", "weak")
                and self._first(toks[i - 1].folded)
                and _SPEECH_AFTER.match(text, toks[i].end)
            ):
                kinds[i] = "unknown"  # "Tutor Adrian Kettle reports": a surname before a verb
            elif kinds[i] in ("word", "weak") and _PARTICLE_GAP.fullmatch(
                text, toks[i - 1].end, toks[i].start
            ):
                kinds[i] = "unknown"  # "Riaan de Wet", "Bram van Dam": a surname after "de"
            elif (
                kinds[i] == "word"
                and (
                    prev_kind == "initial"
                    or (prev_kind in ("name", "weak") and self._first(toks[i - 1].folded))
                )
                and self.lex.frequency.get(toks[i].folded, 0.0) < _RARE_WORD
            ):
                kinds[i] = "unknown"
            elif (
                kinds[i] == "never"
                and i == len(toks) - 1
                and prev_kind == "name"
                and self._first(toks[i - 1].folded)
                and toks[i].folded in _STREET_TAIL_WORDS
                and not _STREET_AFTER_NAME.match(text, toks[i].end)
            ):
                kinds[i] = "unknown"  # "Annabel Croft", "Liam Fold": a surname, not a street
        trimmed_tail = False
        while (
            len(toks) > 1
            and kinds[-1] == "word"
            # "PC Kieron Salt", "PC Joanne Fell": after a title and a given name, the word is
            # the surname
            and not (
                titled
                and len(toks) == 2
                and (
                    (kinds[0] in ("name", "weak") and self._first(toks[0].folded))
                    or kinds[0] == "unknown"  # "PC Adeola Banjo"
                )
            )
            # "Cc: Imran Butt <imran.butt@…>", "Trainee: Kenechukwu Obi": a display name or a
            # name field, where a word after a given name is the surname
            and not (
                len(toks) == 2
                and (kinds[0] == "unknown" or (kinds[0] == "name" and self._first(toks[0].folded)))
                and fold_accents(toks[0].text).casefold() not in self.lex.places
                and (
                    _EMAIL_AFTER.match(text, toks[-1].end)
                    or label_spans.contains(toks[0].start, toks[-1].end)
                )
            )
            # "(G. Shore)" closing an entry: an initial, then a surname that is a word
            and not (
                len(toks) == 2
                and kinds[0] == "initial"
                and text[max(0, toks[0].start - 1) : toks[0].start] == "("
                and text[toks[1].end : toks[1].end + 1] == ")"
            )
        ):
            toks, kinds = toks[:-1], kinds[:-1]
            trimmed_tail = True
        if trimmed_tail and not any(k in ("name", "unknown") for k in kinds):
            return None  # "Patriot Voice", "Castle Park": a name of a thing
        if any(k == "never" for k in kinds):
            return None
        if (
            all(k == "word" for k in kinds)
            and not titled
            and not (len(toks) == 1 and _SPEECH_AFTER.match(text, toks[0].end))
            and not _NICKNAME_BEFORE.search(text, max(0, toks[0].start - 40), toks[0].start)
        ):
            return None  # ordinary words only: nothing below could make them a name
        if _NUMBER_AFTER.match(text, toks[-1].end) and not _DATE_AFTER.match(text, toks[-1].end):
            return None  # "Room G.04", "Level 2", "Block B12", "Jun 2025"
        if toks[0].folded in _MONTH_NAMES and _NUMBER_BEFORE.search(
            text, max(0, toks[0].start - 8), toks[0].start
        ):
            return None  # "12 Jan", "3rd May": a date
        s, e = toks[0].start, toks[-1].end
        span_before = text[max(0, s - 60) : s]
        after = text[e : e + 40]
        if (
            _ARTICLE_BEFORE.search(span_before)
            and not titled
            # "meetings organised by a Trần Quốc Bảo": a full name after "a" is someone
            and not (len(toks) >= 2 and all(k in ("name", "unknown") for k in kinds))
        ):
            return None
        if _INSTITUTION_BEFORE.search(span_before):
            return None  # "St Brendan's Hospital", "School of Law", "University of Wessex"
        if kinds == ["initial"]:
            return None
        in_label = label_spans.contains(s, e)
        in_parens = in_label and "(" in text[max(line_start, s - 30) : s].split(",")[-1]
        greeted = bool(_GREETING_BEFORE.search(text[max(0, s - 30) : s]))
        line_rest = text[e : _line_end(text, e)].strip(" \t.")
        # the line after a sign-off, holding a name alone or with its role ("Ana, Lecturer")
        signed = (
            line_start in sign_off_lines
            and not text[line_start:s].strip(" \t>")
            and (not line_rest or line_rest[0] in ",|(")
        )
        line_end = _line_end(text, e)
        alone = not text[line_start:s].strip(" \t>-—–") and not text[e:line_end].strip(" \t,.;")
        if not alone and "|" in text[line_start:line_end]:
            # a table cell: "| Kemal Aydın | Flatmate |"
            cell_start = max(line_start, text.rfind("|", line_start, s) + 1)
            cell_end = text.find("|", e, line_end)
            alone = (
                not text[cell_start:s].strip()
                and not text[e : line_end if cell_end < 0 else cell_end].strip()
            )
        related = bool(_RELATION_BEFORE.search(span_before))
        speaks = (
            bool(_WHO_AFTER.match(after))
            or bool(_IN_DEPARTMENT_AFTER.match(after))
            or bool(_SPEECH_AFTER.match(after))
            or bool(_POSSESSIVE_AFTER.match(after))
            or bool(_TO_VERB_AFTER.match(after))
            or _role_in_brackets(after)
        )
        by_ner = ner.overlaps(s, e)
        n_tokens = sum(1 for k in kinds if k not in ("initial", "particle"))
        # A place or organisation by the language model, or a town before a postcode.
        placed = (places[0] if n_tokens == 1 else places[1]).overlaps(s, e) and not by_ner
        in_address = (
            bool(_POSTCODE_AFTER.match(after))
            or bool(_STREET_BEFORE.search(span_before))
            # a line of an address block: "Carlisle" before a postcode line or after a
            # street line, a named house ("Bryn Awel") before its street
            or (alone and bool(_POSTCODE_LINE_AFTER.match(text, e)))
            or (alone and bool(_STREET_LINE_BEFORE.search(text, max(0, s - 80), s)))
            or (
                alone
                and not titled
                and bool(_NAME_LINE_BEFORE.search(text, max(0, line_start - 80), line_start))
                and bool(_STREET_LINE_AFTER.match(text, e))
            )
        )
        bracketed = bool(_ROLE_BRACKET_BEFORE.search(span_before)) and after.startswith(")")
        in_brackets = span_before.endswith("(") and after.startswith(")")
        nicknamed = bool(_NICKNAME_BEFORE.search(span_before))
        # "Wong Chi-ming (黃志明)": the same name written again in another script
        scripted = bool(_OTHER_SCRIPT_AFTER.match(after))
        honoured = _HONORIFIC_AFTER.match(text, e)
        if honoured is not None and not any(k == "never" for k in kinds):
            return s, honoured.end(), "high", "a name with an honorific after it"
        if (
            len(toks) >= 2
            and toks[-1].text in _HONORIFICS
            and not any(k == "never" for k in kinds[:-1])
        ):
            return s, e, "high", "a name with an honorific after it"  # "Oğuz Bey"
        strong_context = (
            titled
            or (in_label and not in_parens)
            or greeted
            or signed
            or bracketed
            or nicknamed
            or scripted
        )
        if kinds[0] == "particle" or kinds[-1] == "particle":
            if len(toks) == 1:
                return None
        words = [t for t, k in zip(toks, kinds, strict=True) if k not in ("initial", "particle")]
        word_kinds = [k for k in kinds if k not in ("initial", "particle")]
        has_initial = "initial" in kinds
        if not words:
            return None
        if any(self._acronym(w, in_field) for w in words):
            return None  # acronyms and shouting: "NHS", "CCTV", "URGENT"
        n = len(words)
        if strong_context:
            if all(k == "word" for k in word_kinds) and not (titled or nicknamed):
                return None  # "Student Services", "Number given": ordinary words in a field
            if scripted and not titled and not nicknamed and not in_label:
                return s, e, "high", "the same name in another script after it"
            why = (
                "after a title"
                if titled
                else "in a name field"
                if in_label
                else "in brackets after a role"
                if bracketed
                else "a name someone goes by"
                if nicknamed
                else "after a greeting or sign-off"
            )
            if titled and title_start is not None:
                s = title_start  # "Mrs Bishop": the title goes with the name
            return s, e, "high", why
        if has_initial and all(k in ("name", "unknown", "weak") for k in word_kinds):
            return s, e, "high", "initial and surname"
        role_listed = n >= 2 and _role_listed_after(text[e : e + 80])
        if has_initial and in_brackets and not line_rest.strip(" \t.);"):
            return s, e, "low", "initial and surname closing an entry"  # "(G. Shore)"
        if "word" in word_kinds:
            if (
                related
                and word_kinds[0] != "word"
                and word_kinds[-1] in ("name", "unknown", "weak")
            ):
                # "a different student, Cheung Ka Yan,": a name with a word inside it
                return s, e, "low", "capitalised words used as a name"
            if role_listed and word_kinds[-1] in ("name", "unknown"):
                return s, e, "low", "a name with a role after it"  # "Gift Chukwuma — note-taker"
            if n == 1 and speaks and not sentence_start and not role_stripped:
                return s, e, "low", "an ordinary word used as a name"
            if n == 1 and speaks and related:
                return s, e, "low", "an ordinary word used as a name"
            if n == 1 and speaks and by_ner:
                return s, e, "low", "an ordinary word used as a name"
            if (
                word_kinds == ["word", "unknown"]
                and not sentence_start
                and not placed
                and not in_address
                and not _PLACE_BEFORE.search(span_before)
                and not _ORG_AFTER.match(after)
            ):
                # "named another attendee as Gift Chikwanha": a capitalised word mid-sentence
                # before a word in no dictionary and no name list, most likely a given name
                # that is also a word and a surname no list has; the reviewer decides
                return s, e, "low", "capitalised words in a name position"
            return None
        if (
            n == 1
            and word_kinds[0] in ("name", "unknown")
            # the small model calls rare names places; only the gazetteer's towns stay
            and words[0].folded not in self.lex.places
            # "— Ruairidh", "— Huw (duty)": the line ends at the name or its role in brackets
            and not re.sub(r"\([^()\n]{1,30}\)", "", text[e:line_end]).strip(" \t.")
            and _SIGNING_DASH.search(text[line_start:s])
        ):
            return s, e, "low", "a name signing an entry"  # "... has stopped. — Ruairidh"
        if (
            n > 1
            and words[-1].folded in _PLACE_TAILS
            and not (related or speaks)
            and (_PLACE_BEFORE.search(span_before) or _IN_PLACE_BEFORE.search(span_before))
        ):
            return None  # "near Hyde Park", "at Castle Hill"
        if in_address and not (related or speaks):
            return None  # "Avenue, Bristol NE1 7RU": the town of an address
        given = any(self._first(w.folded) for w in words)
        person_expected = (
            n == 1
            and not sentence_start
            and word_kinds[0] == "unknown"
            and bool(_PERSON_TAKING_BEFORE.search(span_before))
        )
        if placed and not (related or speaks) and not given and not person_expected:
            return None  # "Leeds", "Bodington": a place; "Rhiannon Evans" is never one
        if fold_accents(" ".join(w.text for w in words)).casefold() in self.lex.places and (
            # "hospital in Porto and I flew back", "a lad from Aberystwyth": the word before
            _PLACE_BEFORE.search(span_before)
            # a line of an address: "Clarendon Building, Preston" above its postcode
            or _POSTCODE_LINE_AFTER.match(text, e)
            or alone
            or (not (related or speaks) and (n >= 2 or not given))
        ):
            return None  # "in Valencia", "Milton Keynes", "Enugu": a town or city
        if n == 1 and not (related or speaks):
            # Places that are also given names are common words of English text ("Lincoln",
            # "Georgia", "Sydney"); the model calls rare names places too ("Ifeoma").
            common = self.lex.frequency.get(words[0].folded, 0.0) >= _COMMON_PLACE
            if (
                common
                and self._gpe.overlaps(s, e)
                and not by_ner
                and not self._first(words[0].folded)
            ):
                return None  # the model's place, and nothing says person (not a given name:
                # the small model calls "Marcus" a place as readily as "Bradford")
            if common and _PLACE_BEFORE.search(span_before) and not by_ner:
                return None  # "lives in Lincoln"
            if _IN_PLACE_BEFORE.search(span_before) and self._gpe.overlaps(s, e):
                return None  # "lives in Bradford": the model's place after "in"
            if common and _PLACE_LIST_BEFORE.search(span_before):
                return None  # "visit Florence, Sydney and Austin"
            if _OFFICE_AFTER.match(after):
                return None  # "Dean of Students", "Bishop of Durham"
            if _DEGREE_BEFORE.search(span_before):
                return None  # "BA Criminology"
        strong_names = sum(1 for k in word_kinds if k == "name")
        unknown = sum(1 for k in word_kinds if k == "unknown")
        if n >= 2:
            if strong_names >= 1 and (strong_names + unknown >= 1):
                if _PLACE_BEFORE.search(span_before) and not (related or speaks or by_ner):
                    return s, e, "low", "words from name lists"
                return s, e, "high", "words from name lists"
            if related or speaks or by_ner or alone or in_brackets or role_listed:
                return s, e, "low", "capitalised words used as a name"
            if (
                strong_names + unknown >= 1
                and not placed
                and (_DID_AFTER.match(after) or _AND_FULL_NAME_AFTER.match(after))
            ):
                # "İpek Demirtaş interpreted.", "Hope Wainwright and Ilya Berman reported it":
                # opening a sentence, before what they did or beside another full name
                return s, e, "low", "capitalised words before what someone did"
            if not sentence_start:
                return s, e, "low", "capitalised words in a name position"
            return None
        # one word
        k = word_kinds[0]
        w = words[0]
        if related or speaks:
            return s, e, "high" if k == "name" else "low", "a name in context"
        if alone and k in ("name", "weak"):
            return s, e, "low", "a name alone on its line"
        if k == "name":
            if _PLACE_BEFORE.search(span_before) and not self._first(w.folded):
                return (s, e, "low", "a surname after a place word") if by_ner else None
            if sentence_start:
                return s, e, "low", "a word from name lists"
            return s, e, "high" if self._first(w.folded) else "low", "a word from name lists"
        if k == "weak":
            if w.folded in _MONTH_NAMES or w.folded in _PROPHETS:
                return None  # "since May", "the Prophet Muhammad": unless something says person
            if sentence_start:
                if _AND_NAME_AFTER.match(after):
                    return s, e, "low", "a name that is also a word, paired with a name"
                return None
            if _PLACE_BEFORE.search(span_before) and not by_ner:
                return None
            return s, e, "low", "a capitalised name that is also a word"
        # unknown single word
        if by_ner and not sentence_start and not _PLACE_BEFORE.search(span_before):
            return s, e, "low", "the language model's person, not in name lists"
        if (
            not sentence_start
            and not in_address
            and not _ORG_AFTER.match(after)
            and (
                # the small model calls rare names places ("with Lowri" -> GPE)
                _PERSON_TAKING_BEFORE.search(span_before)
                or (not placed and _PERSON_OR_THING_BEFORE.search(span_before))
            )
        ):
            # "check-ins with Lowri", "told Olu": a word in no dictionary and no name list
            # where a person is expected; the reviewer decides
            return s, e, "low", "a word in no dictionary where a person is named"
        return None

    def _result(self, start: int, end: int, confidence: str, why: str) -> RecognizerResult:
        score = 0.75 if confidence == "high" else 0.5
        return RecognizerResult(
            entity_type=PERSON_RULE,
            start=start,
            end=end,
            score=score,
            analysis_explanation=AnalysisExplanation(
                recognizer=self.name, original_score=score, textual_explanation=why
            ),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                "confidence": confidence,
                "why": why,
            },
        )


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and not word.endswith(".")


_ROLE_LIST_AFTER = re.compile(r"[ \t]*(?:,|—|–|-{1,2})[ \t]*([^\n,(;]{2,60})")


def _role_listed_after(after: str) -> bool:
    """ "Femi Adeyinka, Prevent Lead", "Gift Chukwuma — note-taker", "Anil Kapoor (IT
    Security)": a role or office written after the name, as in an attendee list."""
    if _role_in_brackets(after):
        return True
    m = _ROLE_LIST_AFTER.match(after)
    if m is None:
        return False
    words = re.findall(r"[A-Za-z]+", m.group(1).casefold())
    return bool(words) and words[-1] in _ROLE_WORDS_IN_BRACKETS | _ROLE_TAILS


#: Last words of a role in an attendee list ("Prevent and Safeguarding Lead", "note-taker").
_ROLE_TAILS = frozenset(
    """
    lead officer manager tutor adviser advisor head director chair secretary taker minutes
    coordinator lecturer professor warden chaplain counsellor worker mentor representative
    rep assistant administrator dean registrar librarian nurse advocate caseworker
    interpreter translator observer governor steward analyst investigator clerk notetaker
    practitioner invigilator chaplain imam
    """.split()
)


def _role_in_brackets(after: str) -> bool:
    """ "Will (duty manager)", "Rose (Disability Adviser)": a role in brackets after a name."""
    m = _BRACKETS_AFTER.match(after)
    if m is None:
        return False
    words = re.findall(r"[A-Za-z]+", m.group(1).casefold())
    return any(w in _ROLE_WORDS_IN_BRACKETS or w in ORG_WORDS for w in words)


class _Spans:
    """Sorted, non-nested character spans with O(log n) containment and overlap tests."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]

    def _near(self, start: int, end: int) -> list[tuple[int, int]]:
        i = bisect_right(self._starts, end)
        return self._spans[max(0, i - 4) : i]  # spans do not nest deeply: a few suffice

    def contains(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self._near(start, end))

    def overlaps(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self._near(start, end))


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _ner_spans(nlp_artifacts: NlpArtifacts | None) -> list[tuple[int, int]]:
    if nlp_artifacts is None:
        return []
    return [(e.start_char, e.end_char) for e in nlp_artifacts.entities or ()]


def _gpe_spans(nlp_artifacts: NlpArtifacts | None) -> list[tuple[int, int]]:
    doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
    if doc is None:
        return []
    ents = getattr(doc, "ents", ())
    return [(e.start_char, e.end_char) for e in ents if e.label_ in ("GPE", "LOC")]


def _place_spans(nlp_artifacts: NlpArtifacts | None) -> list[tuple[int, int, bool]]:
    """(start, end, is a place) of the model's places and organisations.

    Unfamiliar names of two words are often labelled ORG or NORP by the small model, so only
    its places (GPE, LOC, FAC) count against a run of several words.
    """
    doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
    if doc is None:
        return []
    return [
        (e.start_char, e.end_char, e.label_ in ("GPE", "LOC", "FAC"))
        for e in getattr(doc, "ents", ())
        if e.label_ in ("GPE", "LOC", "FAC", "ORG", "NORP")
    ]


#: Street words that are also surnames: one after a given name is a surname ("Annabel
#: Croft") unless an address follows ("Annabel Croft, Leeds LS6 2RQ").
_STREET_TAIL_WORDS = frozenset("croft fold gate".split())
_STREET_AFTER_NAME = re.compile(
    r",?[ \t]+(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|\d)|,[ \t]*[A-Z][a-z]+[ \t,]+[A-Z]{1,2}\d"
)
_STREET_BEFORE = re.compile(
    r"\b(?:Street|Road|Lane|Avenue|Close|Drive|Crescent|Terrace|Gardens|Grove|Mews|Way|Place"
    r"|Row|Walk|Rise|Parade|Hall|House|Court|Cottage|Farm)[ \t]*,[ \t]*$"
)
_POSTCODE_AFTER = re.compile(r",?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b")
_POSTCODE_LINE_AFTER = re.compile(
    r"[ \t,]*\n[ \t]*[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}[ \t]*(?:\n|$)"
)
_STREET_WORDS = (
    r"(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Crescent|Terrace|Gardens|Grove|Mews|Way"
    r"|Place|Row|Walk|Rise|Parade|Square|Hill|Green|Park|View|Court|Wharf|Quay)"
)
_STREET_LINE_BEFORE = re.compile(
    rf"(?m)^[ \t]*(?:(?:Flat|Apartment|Unit)[ \t]+\w+,?[ \t]+)?\d+[A-Za-z]?,?[ \t]+"
    rf"[^\n]*\b{_STREET_WORDS}[ \t,]*\n[ \t]*$"
)
#: The line above is a name with no digits (the addressee's), not a blank or a heading.
_NAME_LINE_BEFORE = re.compile(r"(?m)^[ \t]*(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+[^\d\n]+\n$")
_STREET_LINE_AFTER = re.compile(
    rf"[ \t,]*\n[ \t]*(?:(?:\d+[A-Za-z]?,?[ \t]+)?[^\n]*\b{_STREET_WORDS}"
    r"|(?:Lôn|Lon|Heol|Ffordd|Stryd)[ \t]+[^\n]*)[ \t]*(?:\n|$)"
)


def name_rules() -> NameRulesRecognizer:
    return NameRulesRecognizer()


__all__ = ["PARTICLES", "NameRulesRecognizer", "name_rules"]
