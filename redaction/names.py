"""The case roster: every listed person becomes a deterministic name recognizer.

Variants of each name: the full name, first name + surname, first name alone, surname
alone, initials ("J. Smith", "J Smith", "S.J. Smith"), parts of hyphenated names, accent-
folded spellings ("Krol" for "Król"), both apostrophes ("O'Neill", "O’Neill"). Matching is
case-insensitive (chat is often lowercase) except for names that are also ordinary English
words ("Will", "Hope", "Grace", "Mark", "Brown"): those count only when written with a capital
and used as a name (not a sentence-initial "Will you..." or "Hope you are well").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from .models import Person

TITLES = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame rev revd imam sgt pc dc ds di insp cllr "
    # the titles of Spanish, Portuguese, French and German speakers ("Sra. Ferreira")
    "sra srta frau herr mme mlle".split()
)

#: First names / surnames that are also ordinary English words.
COMMON_WORD_NAMES = frozenset(
    """
    will hope grace mark brown rose faith joy bill sue pat frank summer dawn ivy amber jade
    ruby may april june august rob jack carol sandy rich guy art gene penny holly heather lily
    iris daisy robin victor bob chase hunter cliff dean drew grant miles wade mason baker cook
    white green black young king hill wood hall wells banks lane page long little price rice
    bell field fisher chance ray reed storm sky river star angel noble love sterling march
    christian harmony patience honor honour justice sunny hazel olive violet poppy autumn
    bishop carter cooper turner walker wright archer booth butler porter ward rich amen
    major marshall gray grey golden north south west east stone moss marsh brook brooks
    said blessing precious gift job
    """.split()
)

APOSTROPHES = "'’"


@lru_cache(maxsize=65536)
def fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded.translate(_UNDECOMPOSED)


#: Letters with no Unicode decomposition that are still written as their plain letter when
#: typed on an English keyboard: "Yildiz" for "Yıldız", "Lukasz" for "Łukasz", "Dang" for
#: "Đặng". One letter each, so offsets of folded text match the original.
_UNDECOMPOSED = str.maketrans("łŁøØıđĐðÐħĦŧŦ", "lLoOidDdDhHtT")

#: Capital letters a name may begin with (Latin scripts of the names in the name lists).
NAME_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ\u1e00-\u1eff"


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Accented Latin letter -> its plain letter, one character for one, so a folded text
    keeps every offset ("João" -> "Joao")."""
    table: dict[int, str] = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        ch = chr(code)
        folded = fold_accents(ch)
        if len(folded) == 1 and folded != ch:
            table[code] = folded
    return table


def fold_same_length(text: str) -> str:
    """``text`` with accents folded letter by letter: same length, same offsets."""
    return text.translate(_fold_table())


@lru_cache(maxsize=65536)
def normalise_name(text: str) -> str:
    """Case- and accent-insensitive key of a name ("Król's" -> "krol")."""
    text = fold_accents(text).casefold().replace("’", "'")
    text = re.sub(r"'s?$", "", text.strip())
    words = [w for w in re.split(r"\s+", text) if w and w.strip(".") not in TITLES]
    return " ".join(words)


#: Words of roles and offices ("associate tutor", "Personal Tutor", "Student Support")
#: beyond the role words of :mod:`redaction.decisions`.
_ROLE_QUALIFIERS = frozenset(
    """
    associate assistant personal academic senior junior deputy acting interim principal
    course module programme year student duty on-call hall night day placement external
    internal visiting lead named designated safeguarding prevent wellbeing support
    """.split()
)


@lru_cache(maxsize=16384)
def is_role_only(name: str) -> bool:
    """Whether every word of ``name`` is a role, title or office word, not a name."""
    from .decisions import NOT_PEOPLE, ORG_WORDS, ROLE_PREFIXES

    words = [fold_accents(w).casefold().strip(".,()") for w in name.split()]
    words = [w for w in words if w]
    return bool(words) and all(
        w in ROLE_PREFIXES
        or w in ORG_WORDS
        or w in TITLES
        or w in NOT_PEOPLE
        or w in _ROLE_QUALIFIERS
        for w in words
    )


def _words(name: str) -> list[str]:
    words = [w for w in name.replace("’", "'").split() if w]
    while words and words[0].casefold().strip(".") in TITLES:
        words = words[1:]
    return words


def _unhyphenated(key: str) -> str:
    return key.replace("-", " ").replace("'", " ")


@dataclass(frozen=True)
class NameVariant:
    text: str
    kind: str  # full | first_last | first | surname | initials | alias | part


def name_variants(name: str) -> list[NameVariant]:
    return list(_name_variants(name))


@lru_cache(maxsize=4096)
def _name_variants(name: str) -> tuple[NameVariant, ...]:
    return tuple(_compute_name_variants(name))


def _compute_name_variants(name: str) -> list[NameVariant]:
    """All the ways ``name`` may be written (before case/accent handling)."""
    words = _words(name)
    if not words:
        return []
    out: list[NameVariant] = [NameVariant(" ".join(words), "full")]
    if len(words) >= 2:
        first, last = words[0], words[-1]
        out.append(NameVariant(f"{first} {last}", "first_last"))
        out.append(NameVariant(first, "first"))
        out.append(NameVariant(last, "surname"))
        initials = "".join(f"{w[0]}." for w in words[:-1])
        out.append(NameVariant(f"{first[0]}. {last}", "initials"))
        out.append(NameVariant(f"{first[0]} {last}", "initials"))
        out.append(NameVariant(f"{first[0]}.{last}", "initials"))
        if len(words) > 2:
            out.append(NameVariant(f"{initials} {last}", "initials"))
            out.append(NameVariant(f"{initials}{last}", "initials"))
        if len(words) > 2:
            # "Mr Pereira da Silva", "Ms Fernández García": a surname of several words
            out.append(NameVariant(" ".join(words[1:]), "surname"))
            if _first_of_double_surname(words[-2]):
                # "Ms Fernández" for Lucía Fernández García: the first of two surnames
                out.append(NameVariant(words[-2], "surname"))
        if len(words) > 2 and not re.fullmatch(
            r"(?i)(?:al|el|de|van|von|bin|ibn|da|di|le|la)", words[-2]
        ):
            # e.g. "Sarah Jane Smith": the middle name used as a first name, or a double surname
            out.append(NameVariant(f"{words[-2]} {last}", "part"))
        if len(words) > 2 and fold_accents(first).casefold() in _COMPOUND_GIVEN_FIRST:
            # "Abdul Aziz Noori" goes by "Aziz" and by "Abdul Aziz": a compound given name
            out.append(NameVariant(words[1], "first"))
            out.append(NameVariant(f"{first} {words[1]}", "first"))
        given = first.split("-")
        if len(given) == 2 and all(given):
            # "A.-M. Lacey", "K-A Blake" for Anne-Marie Lacey, Kerry-Ann Blake
            out.append(NameVariant(f"{given[0][0]}.-{given[1][0]}. {last}", "initials"))
        parts = last.split("-")
        if len(parts) == 2 and all(parts):
            # "Ingrid S-H" for Ingrid Solberg-Hale: the given name, the surname's initials
            out.append(NameVariant(f"{first} {parts[0][0]}.-{parts[1][0]}.", "initials"))
        for word in (first, last):
            if "-" in word:
                for part in word.split("-"):
                    if len(part) >= 3:
                        out.append(NameVariant(part, "part"))
        # "al-Rashid" / "O'Neill": also without the particle separator
        if "'" in last and len(last.split("'")[-1]) >= 3:
            out.append(NameVariant(last.replace("'", ""), "surname"))
    elif "-" in words[0]:
        out.extend(NameVariant(p, "part") for p in words[0].split("-") if len(p) >= 3)
    return out


#: First words of compound given names ("Abdul Aziz", "Mohammed Ali"): the second word is
#: the name the person goes by.
_COMPOUND_GIVEN_FIRST = frozenset(
    "abdul abdel abdal abd abdi abu mohammed muhammad mohamed mohammad md".split()
)


def _first_of_double_surname(word: str) -> bool:
    """A word before the last of a three-word name that is a surname and no given name:
    "Fernández" in "Lucía Fernández García" (not "Jane" in "Sarah Jane Smith")."""
    from .lexicon import lexicon

    key = normalise_name(word)
    lex = lexicon()
    return (
        key in lex.last
        and key not in lex.first
        and not lex.is_word(key)
        and key not in _INITIAL_PARTICLES
        and len(key) >= 3
    )


@lru_cache(maxsize=4096)
def _variant_regex(variant: str) -> str:
    """Regex for one variant: flexible spaces/dots, both apostrophes, accents optional."""
    pieces: list[str] = []
    for ch in variant:
        if ch == " ":
            pieces.append(r"\s+")
        elif ch == ".":
            pieces.append(r"\.?")
        elif ch in APOSTROPHES:
            pieces.append("(?:['’]|[ ](?=[A-Z]))")  # "O'Neill", "O’Neill", "O Neill"
        elif ch == "-":
            pieces.append(r"[-‐–\s]")
        else:
            folded = fold_accents(ch)
            if folded != ch and len(folded) == 1:
                pieces.append(f"[{re.escape(ch)}{re.escape(folded)}]")
            else:
                pieces.append(re.escape(ch))
    return "".join(pieces)


@lru_cache(maxsize=256)
def _compile_alternatives(alternatives: tuple[str, ...]) -> re.Pattern[str] | None:
    if not alternatives:
        return None
    return re.compile(
        r"(?<![\w@])(?<!\w[-.])(?:" + "|".join(alternatives) + r")(?![\w@]|[-_.]\w)",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class RosterEntry:
    key: str
    person: Person
    is_subject: bool


class RosterRecognizer(LocalRecognizer):
    name: str
    """Presidio recognizer for the people listed in one case (built per request).

    Every result carries ``recognition_metadata["person_key"]`` and ``["is_subject"]``.
    """

    ENTITY = "PERSON"

    def __init__(self, subject: Person | None, people: Sequence[Person]) -> None:
        self.entries: list[RosterEntry] = []
        if subject is not None:
            self.entries.append(RosterEntry("roster:0", subject, True))
        for i, person in enumerate(people, start=1):
            if subject is not None and normalise_name(person.name) == normalise_name(subject.name):
                continue  # the subject listed twice: keep as subject
            if is_role_only(person.name) and all(is_role_only(a) for a in person.aliases):
                continue  # "associate tutor" recorded as a referrer: a role, never a person
            self.entries.append(RosterEntry(f"roster:{i}", person, False))
        # variant (normalised) -> list of (entry index, kind)
        owners: dict[str, list[tuple[int, str]]] = {}
        for idx, entry in enumerate(self.entries):
            names = (entry.person.name, *entry.person.aliases)
            for n_i, nm in enumerate(names):
                for v in name_variants(nm):
                    kind = v.kind if n_i == 0 else ("alias" if v.kind == "full" else v.kind)
                    if len(v.text.replace(".", "").replace(" ", "")) < 2 or is_role_only(v.text):
                        continue
                    key = normalise_name(v.text) if "." not in v.text else v.text.casefold()
                    # "K-A Blake" as well as "K.-A. Blake": initials with or without dots
                    undotted = (
                        normalise_name(v.text.replace(".", ""))
                        if "." in v.text and "-" in v.text  # not "olindqvist" for O.Lindqvist
                        else key
                    )
                    for k in {key, _unhyphenated(key), undotted}:
                        lst = owners.setdefault(k, [])
                        mine = [i for i, o in enumerate(lst) if o[0] == idx]
                        if not mine:
                            lst.append((idx, kind))
                        elif lst[mine[0]][1] == "initials" and kind in ("surname", "part"):
                            # "Ó Catháin" is the surname of Oisín Ó Catháin, not the
                            # initial-and-surname "O Catháin" it folds to
                            lst[mine[0]] = (idx, kind)
        self._owners = owners
        self._variant_text: dict[str, str] = {}
        alternatives: list[str] = []
        seen: set[str] = set()
        for entry in self.entries:
            for nm in (entry.person.name, *entry.person.aliases):
                for v in name_variants(nm):
                    if is_role_only(v.text):
                        continue
                    rx = _variant_regex(v.text)
                    if rx not in seen:
                        seen.add(rx)
                        alternatives.append(rx)
        self._pattern = _compile_alternatives(tuple(sorted(alternatives, key=len, reverse=True)))
        # Bare initials ("AK", "A.K.") of everyone listed, matched in capitals only.
        self._initials: dict[str, list[int]] = {}
        for idx, entry in enumerate(self.entries):
            for nm in (entry.person.name, *entry.person.aliases):
                letters = _initials_of(nm)
                forms = {letters} if letters is not None else set()
                forms |= initials_written(nm) if not is_role_only(nm) else set()
                for form in forms:
                    if idx not in self._initials.get(form, []):
                        self._initials.setdefault(form, []).append(idx)
        # Initials that also spell an abbreviation ("AM", "PR"): a listed person's only where
        # initials stand for someone ("Passed to AM", "PR advises"), never "HR" or "GP"
        self._ambiguous: dict[str, list[int]] = {}
        for idx, entry in enumerate(self.entries):
            if entry.is_subject:
                continue
            letters = _plain_initials(entry.person.name)
            if letters is not None and _initials_of(entry.person.name) is None:
                self._ambiguous.setdefault(letters, []).append(idx)
        self._ambiguous_pattern = (
            re.compile(r"(?<![\w.@/-])(?:" + "|".join(self._ambiguous) + r")(?![\w@/-])")
            if self._ambiguous
            else None
        )
        self._initials_pattern = (
            re.compile(
                r"(?<![\w.@/-])(?:"
                + "|".join(
                    "|".join((re.escape(k), r"\.[ ]?".join(k) + r"\."))
                    if k.isalpha() and k.isupper()
                    else re.escape(k).replace("'", "['’]")
                    for k in sorted(self._initials, key=len, reverse=True)
                )
                + r")(?![\w@/-])"
            )
            if self._initials
            else None
        )
        # The subject with a middle name or initial the roster does not give ("Daniel J.
        # Price", "Daniel James Price" for Daniel Price): the subject's own whole form, so
        # its parts are not taken for another person sharing the surname.
        middles: list[str] = []
        if subject is not None:
            for nm in (subject.name, *subject.aliases):
                words = _words(nm)
                if len(words) >= 2 and not is_role_only(nm):
                    first, last = _variant_regex(words[0]), _variant_regex(words[-1])
                    middles.append(first + rf"\s+(?-i:[{NAME_UPPER}](?:\.|[^\W\d_]+\.?))\s+" + last)
                    # "Daniel P." and "Price, D." (not "Daniel P. Okafor": someone else)
                    not_more = rf"(?![.]?[ \t]+(?-i:[{NAME_UPPER}]))"
                    last_initial = re.escape(fold_accents(words[-1])[:1].upper())
                    first_initial = re.escape(fold_accents(words[0])[:1].upper())
                    middles.append(first + rf"\s+(?-i:{last_initial})\.?" + not_more)
                    middles.append(last + rf",?\s+(?-i:{first_initial})\.?" + not_more)
        self._subject_middle = _compile_alternatives(tuple(middles))
        super().__init__(supported_entities=[self.ENTITY], name="CaseRosterRecognizer", context=[])

    def load(self) -> None:
        return None

    def _other_person(
        self, text: str, start: int, end: int, entry: RosterEntry, kind: str = "surname"
    ) -> tuple[int, int] | None:
        """The span of another person's name that a lone given name or surname of the subject
        is part of, or None when it is the subject's own form.

        The subject is kept by whole name forms only: a capitalised name word (or an initial)
        right before the subject's surname, or right after the subject's given name, that is
        not one of the subject's own names makes it someone else ("Amy Price", "R. Price",
        "Daniel Okafor"). A title before is the subject's form ("Mr Price") unless the title
        is of the other sex from the subject's given name ("Mrs Price" for Daniel Price).
        """
        own = {
            normalise_name(w)
            for n in (entry.person.name, *entry.person.aliases)
            for w in re.split(r"[\s.]+", n)
            if w
        }
        lasts = {
            normalise_name(words[-1])
            for n in (entry.person.name, *entry.person.aliases)
            if (words := _words(n))
        }
        lower = text[start:end].islower()
        prev = _PREV_WORD.search(text, max(0, start - 40), start)
        if prev is not None and kind in ("surname", "part") and prev.group(1) in _LOWER_PARTICLES:
            # "Maria da Conceição Ferreira" for Ana Conceição Ferreira: a particle, then
            # another given name before it
            given = _PREV_WORD.search(text, max(0, prev.start() - 40), prev.start())
            if given is not None:
                word = given.group(1)
                key = normalise_name(word)
                if (
                    word[:1].isupper()
                    and key not in own
                    and key not in _NOT_GIVEN
                    and not _never_given(key)
                    and _is_given_name(key)
                ):
                    title = _TITLE_BEFORE.search(text, max(0, given.start() - 12), given.start())
                    return (title.start() if title else given.start()), end
        if (
            kind in ("part", "surname")
            and len(text[start:end].split()) > 1
            and _RELATIVE_BEFORE.search(text, max(0, start - 40), start)
        ):
            # "their father, Tesfaye Gebremedhin" for Dawit Tesfaye Gebremedhin: a father's
            # name carried as the student's middle name, after a family word
            return start, end
        if kind == "first" and _RELATIVE_BEFORE.search(text, max(0, start - 40), start):
            # "Her brother Nguyễn Văn Hải" for Nguyễn Thị Hồng Nhung: a family word, then the
            # family name written first and given names that are not the student's
            words_end, others = end, 0
            for _ in range(3):
                nxt = _NEXT_NAME.match(text, words_end)
                if nxt is None:
                    break
                if normalise_name(nxt.group(1)) not in own:
                    others += 1
                words_end = nxt.end()
            if others:
                return start, words_end
        if kind == "first" and prev is not None and prev.group(1).casefold() in _KUNYA:
            return prev.start(), end  # "Abu Omar" (father of Omar), "Umm Yusuf": a parent
        if kind in ("surname", "first") and _ANOTHER_BEFORE.search(text, max(0, start - 20), start):
            return start, end  # "a second Okonkwo", "a different Chaudhry": someone else
        senior = _SENIOR_AFTER.match(text, end)
        titled = prev is not None and prev.group(1).casefold() in TITLES
        if senior is not None and (kind == "surname" or (kind == "first" and titled)):
            # "Mr Adebayo Snr"; "Mr Nguyễn senior" for Nguyễn Bảo (family name first)
            return (prev.start() if titled and prev else start), senior.end()
        if (kind == "surname" or (kind == "first" and titled)) and _RELATIVE_AFTER.match(text, end):
            # "Mr Price (father)"; "Mr Tan (the brother)" for Tan Wei Ming, family name first
            return (prev.start() if titled and prev else start), end
        if prev is not None and (
            "." not in prev.group(0) or len(prev.group(1)) == 1 or prev.group(1).lower() in TITLES
        ):
            word = prev.group(1)
            key = fold_accents(word).casefold().replace("’", "'")
            if kind == "surname" and key in _FAMILY_TITLE and word[:1].isupper():
                return prev.start(), end  # "Uncle Mensah": a relative, titled by the relation
            if key in TITLES:
                following = _NEXT_NAME.match(text, end)
                if (
                    kind == "surname"
                    and following is not None
                    and "-" in following.group(1)
                    and normalise_name(following.group(1)) not in own
                    and _unknown_word(normalise_name(following.group(1)))
                ):
                    # "Mr Chan Kwok-keung" for Kelvin Chan: the family name, then a
                    # hyphenated given name that is not the student's
                    return prev.start(), following.end()
                relative = _RELATIVE_BEFORE.search(text, max(0, prev.start() - 40), prev.start())
                if relative is not None:
                    if relative.group("couple"):
                        return relative.start("couple"), end  # "Mr and Mrs Patel": both
                    return prev.start(), end  # "her grandmother, Mrs Campbell"
                if _GREETING_BEFORE.search(text, max(0, prev.start() - 12), prev.start()) and (
                    _YOUR_CHILD.search(text)
                    or _addressed_to_another(text, prev.start(), text[start:end], own)
                ):
                    # "Dear Mr Kelly, ... your son Oisín": a parent; "Mr Abdul Karim
                    # Chowdhury / The Laurels / … / Dear Mr Chowdhury,": the letter's addressee
                    return prev.start(), end
                # a title before the first word of the name: a family name written first
                # ("Mr Li" for Li Wei), so the given name tells nothing of the title's sex
                if (
                    kind != "first"
                    and _title_sex_differs(key, entry.person.name)
                    # the name lists are wrong about some rarer names ("Dilan", "Wanjiru"):
                    # there the student's own pronouns overrule them
                    and not (
                        _rare_in_english(entry.person.name)
                        and _pronoun_sex(text, entry.person.name, entry.person.aliases, min_votes=3)
                        == ("female" if key in _FEMALE_TITLES else "male")
                    )
                ):
                    return prev.start(), end  # "Mrs Price" for Daniel Price
                if (
                    kind in ("surname", "first")
                    and key in ("mrs", "sra")
                    and not _own_title(entry, key)
                ):
                    # a student is "Ms" or "Miss" far more often than "Mrs": "Mrs Warsame"
                    # beside Hodan Warsame is her mother (the reviewer keeps it if not)
                    return prev.start(), end
                if kind == "surname" and (
                    _addressed_in_message(text, prev.start(), entry)
                    or _greets_the_student(text, prev.start(), entry)
                ):
                    # "Mohammed, please remove Mr Karimi", "Dear Tom, … we won't contact Mr
                    # Bishop": whoever is spoken to by their given name is not "Mr" there
                    return prev.start(), end
                if kind == "surname" and _student_listed_before(text, prev.start(), entry):
                    # "Meeting: Omar, Mr Khalil, Niall Hendry": the student listed beside
                    return prev.start(), end
                if _said_by(text, prev.start(), own):
                    # "Mr Chen cannot know" in a message the student wrote: nobody writes of
                    # themselves by title, so another person of the student's surname
                    return prev.start(), end
                bracketed = _BRACKETED_GIVEN_AFTER.match(text, end)
                if (
                    kind == "surname"
                    and bracketed is not None
                    and normalise_name(bracketed.group(1)) not in own
                    and _is_given_name(normalise_name(bracketed.group(1)))
                ):
                    return prev.start(), end  # "Mr Ndlovu (Themba)" for Lwazi Ndlovu
                if key in _OFFICE_TITLES and kind == "surname":
                    # "DS Price", "Prof. Price", "Revd Price": an office a student does not
                    # hold, so another person of the subject's surname
                    return prev.start(), end
                if (
                    kind == "surname"
                    and not _POSSESSIVE_AFTER.match(text, end)  # "Mr Ndlovu's sister": theirs
                    and _student_named_in_sentence(text, prev.start(), end, entry)
                ):
                    # "Mr Yildiz said Mehmet's brother...", "write to Mr De Luca only if
                    # Marco consents": the student is named apart in the same sentence
                    return prev.start(), end
                # "Mr Chen" for Chen Jiahui (family name first): the pronouns still tell
                sex = (
                    _subject_sex_from_text(text, entry.person.name, entry.person.aliases)
                    if kind in ("surname", "first") and key in _FEMALE_TITLES | _MALE_TITLES
                    else None
                )
                if sex is not None and (key in _FEMALE_TITLES) != (sex == "female"):
                    # "Mrs Eze" where the text speaks of the subject as "he" (and no name
                    # list knows the subject's given name): another person
                    return prev.start(), end
                return None
            dated = bool(_DAY_BEFORE.search(text, max(0, prev.start() - 6), prev.start()))
            if (
                key not in own
                # "A. Asante": an initial with its dot, not the article
                and (
                    key not in _NOT_GIVEN
                    or (len(word) == 1 and "." in prev.group(0))
                    # "his brother Said Farah": after a relation, a given name that is also
                    # one of the words that usually stand before a surname
                    or (
                        word[:1].isupper()
                        and key in _GIVEN_AND_VERB
                        and _RELATIVE_BEFORE.search(text, max(0, prev.start() - 40), prev.start())
                        is not None
                    )
                )
                and not (dated and (key in _MONTH_ABBREVIATIONS or _never_given(key)))
                and (word[:1].isupper() != lower)  # "Amy Price", "amy price"; not "I hope"
                and (len(word) > 1 or _is_initial(word, prev.group(0)))
                and (
                    _is_given_name(key, allow_unknown=word[:1].isupper())
                    # "her cousin sana malik": a relation before a lower-case name in chat
                    or (
                        lower
                        and bool(
                            _LOWER_RELATION.search(text, max(0, prev.start() - 20), prev.start())
                        )
                    )
                    # capitalised mid-sentence right before the surname: a given name even
                    # when it is also a word ("Raj Patel", "Will Price")
                    or (
                        kind != "first"
                        and word[:1].isupper()
                        and not _sentence_opens(text, prev.start())
                        and not _never_given(key)
                    )
                )
            ):
                first = prev.start()
                title = _TITLE_BEFORE.search(text, max(0, first - 12), first)
                return (title.start() if title else first), end
        inverted = _COMMA_GIVEN.match(text, end)
        if inverted is not None and (prev is None or prev.group(1).casefold() not in TITLES):
            key = fold_accents(inverted.group(1)).casefold()
            # "Price, Robert (father)": surname first; "Zhang, Lei:" speaking in a chat, where
            # a given name no list knows counts too
            speaking = inverted.group("speaker") is not None
            if key not in own and _is_given_name(key, allow_unknown=speaking):
                return start, inverted.end()
        pos = end
        for _ in range(2):
            nxt = _NEXT_NAME.match(text, pos)
            if nxt is None:
                break
            word = nxt.group(1)
            key = fold_accents(word).casefold().replace("’", "'")
            if (
                key not in own
                and key not in _NOT_GIVEN
                and (
                    _is_surname(key)
                    or _is_given_name(key, allow_unknown=False)
                    or _unknown_word(key)
                )
            ):
                # "Daniel Okafor" for Daniel Price; "Wang Jun" for Wang Fang (family name
                # first); "Nguyễn Văn Minh" for Nguyễn Thị Lan (a middle name between); and
                # the capitalised name words after it ("Nguyễn Văn Hải", "Trần Văn Phúc")
                other_end = nxt.end()
                for _ in range(2):
                    more = _NEXT_NAME.match(text, other_end)
                    if more is None or normalise_name(more.group(1)) in _NOT_GIVEN:
                        break
                    more_key = normalise_name(more.group(1))
                    if not (
                        _is_surname(more_key)
                        or _is_given_name(more_key, allow_unknown=True)
                        or _unknown_word(more_key)
                    ):
                        break
                    other_end = more.end()
                return start, other_end
            if key in own and key not in lasts and kind == "first" and word[:1].isupper():
                pos = nxt.end()  # the subject's own middle name ("Thị"), then another given name
                continue
            if key in own or key in _NOT_GIVEN or not word[:1].isupper():
                break
            pos = nxt.end()  # one capitalised word between ("Văn"), then the given name
        return None

    def _relative(self, start: int, end: int) -> RecognizerResult:
        """Another person whose name shares a word with the subject's: never the subject."""
        why = "shares a name with the subject but is another person"
        return RecognizerResult(
            entity_type="PERSON_HINT",
            start=start,
            end=end,
            score=0.9,
            analysis_explanation=AnalysisExplanation(
                recognizer=SAME_NAME_RECOGNIZER, original_score=0.9, textual_explanation=why
            ),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: SAME_NAME_RECOGNIZER,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                "confidence": "high",
                "why": why,
            },
        )

    def _owner(self, matched: str) -> tuple[RosterEntry, str, bool] | None:
        key = normalise_name(matched) if "." not in matched else matched.casefold()
        found = self._owners.get(key)
        if not found:
            found = self._owners.get(normalise_name(matched))
        if not found:
            # "Smith Jones" for "Smith-Jones", "O Neill" for "O'Neill"
            found = self._owners.get(_unhyphenated(normalise_name(matched)))
        if not found and "." not in matched:
            found = self._owners.get(normalise_name(matched))
        if not found:
            # initials written differently ("J Smith" vs "J. Smith")
            alt = normalise_name(matched.replace(".", ". ").replace("  ", " "))
            found = self._owners.get(alt)
        if not found:
            return None
        ambiguous = len(found) > 1
        subject_first = sorted(found, key=lambda o: 0 if self.entries[o[0]].is_subject else 1)
        idx, kind = subject_first[0]
        return self.entries[idx], kind, ambiguous

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if self._pattern is None:
            return []
        results: list[RecognizerResult] = []
        matches = []
        named_in_full: set[str] = set()
        # matched on the accent-folded text (same offsets), so "Joao Conceicao" as listed
        # finds "João Conceição" too, without an accent class for every letter of the roster
        haystack = fold_same_length(text)
        for m in self._pattern.finditer(haystack):
            owner = self._owner(m.group(0))
            if owner is None:
                continue
            matches.append((m, owner))
            if len(m.group(0).split()) > 1:
                named_in_full.add(owner[0].key)
        if self._initials_pattern is not None:
            for m in self._initials_pattern.finditer(text):
                owners = self._initials[
                    m.group(0).replace(".", "").replace(" ", "").replace("’", "'")
                ]
                owners = sorted(owners, key=lambda i: 0 if self.entries[i].is_subject else 1)
                matches.append((m, (self.entries[owners[0]], "initials", len(owners) > 1)))
        if self._ambiguous_pattern is not None:
            from .decisions import initials_stand_for_someone

            for m in self._ambiguous_pattern.finditer(text):
                if initials_stand_for_someone(text, m.start(), m.end()):
                    owners = self._ambiguous[m.group(0)]
                    matches.append((m, (self.entries[owners[0]], "initials", len(owners) > 1)))
        if self._subject_middle is not None and self.entries and self.entries[0].is_subject:
            spans = [(m.start(), m.end()) for m in self._subject_middle.finditer(haystack)]
            if spans:
                matches = [
                    (m, o)
                    for m, o in matches
                    if not any(s <= m.start() and m.end() <= e for s, e in spans)
                ]
                matches.extend(
                    (m, (self.entries[0], "full", False))
                    for m in self._subject_middle.finditer(haystack)
                )
        for m, (entry, kind, ambiguous) in matches:
            matched = m.group(0)
            if entry.is_subject and kind in ("surname", "first", "part"):
                other = self._other_person(text, m.start(), m.end(), entry, kind)
                if other is not None:
                    # "his father Robert Price": another person with the subject's surname
                    results.append(self._relative(*other))
                    continue
            if (
                kind != "initials"
                and len(matched.split()) == 1
                and not used_as_name(
                    text, m.start(), m.end(), nlp_artifacts, entry.key in named_in_full
                )
            ):
                continue
            explanation = AnalysisExplanation(
                recognizer=self.name,
                original_score=1.0,
                textual_explanation=f"case roster ({kind})",
            )
            begin = m.start()
            if not entry.is_subject:
                # "Dr Mensah", "Mrs H. Price": the title goes with a recorded person's name,
                # or the placeholder leaves "Dr" and "Mrs" standing beside it
                title = _ROSTER_TITLE_BEFORE.search(text, max(0, begin - 12), begin)
                if title is not None:
                    begin = title.start()
            results.append(
                RecognizerResult(
                    entity_type=self.ENTITY,
                    start=begin,
                    end=m.end(),
                    score=1.0,
                    analysis_explanation=explanation,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        "person_key": entry.key,
                        "is_subject": entry.is_subject,
                        "variant_kind": kind,
                        "ambiguous": ambiguous,
                    },
                )
            )
        return results


@lru_cache(maxsize=4096)
def _capitals(name: str) -> str | None:
    """The first letters of a name of two or three words, titles and particles left out
    ("AK" for "Amir Khan", "SJS" for "Sarah Jane Smith"), whatever they spell."""
    words = [w for w in re.split(r"[\s.]+", name) if w and w.casefold() not in TITLES]
    words = [w for w in words if w.casefold() not in _INITIAL_PARTICLES]
    if not 2 <= len(words) <= 3:
        return None
    letters = "".join(fold_accents(w[0]).upper() for w in words)
    return letters if letters.isalpha() else None


def _plain_initials(name: str) -> str | None:
    """ "AM" for "Andrei Munteanu", whatever they spell; None where they spell an
    abbreviation that is never someone's initials ("HR", "GP", "IT")."""
    from .name_rules import NEVER_INITIALS, SOFT_ACRONYMS

    letters = _capitals(name)
    never = letters in NEVER_INITIALS and letters not in SOFT_ACRONYMS
    return None if never else letters


def _initials_of(name: str) -> str | None:
    """ "AK" for "Amir Khan"; None where they would read as an abbreviation ("IT", "PM")."""
    from .name_rules import ACRONYMS

    letters = _capitals(name)
    return None if letters in ACRONYMS else letters


@lru_cache(maxsize=4096)
def initials_written(name: str) -> frozenset[str]:
    """Initials of ``name`` as people write them beside the plain capitals: each part of a
    hyphenated name ("BPL" for Bronwen Pritchard-Lloyd, "AML" for Anne-Marie Lacey), an O' or
    Mac prefix kept ("PO'R" for Patrick O'Rourke, "CMacL" for Catriona MacLeod) and particles
    in lower case ("MvdB" for Miriam van der Berg, "PdV" for Pieter de Vries).

    Three characters or more, and never a word or an abbreviation of these notes, so that
    "Jo-Ann Yates" does not make every "JAY" a person.
    """
    from .lexicon import lexicon
    from .name_rules import ACRONYMS

    words = [w for w in re.split(r"\s+", name.replace("’", "'")) if w]
    words = [w for w in words if w.casefold().strip(".") not in TITLES]
    if len(words) < 2:
        return frozenset()
    plain: list[str] = []
    kept: list[str] = []
    extra = ""
    for w in words:
        if w.casefold() in _LOWER_PARTICLES or w.casefold() in _INITIAL_PARTICLES:
            kept.append(w[0].lower() if w.casefold() != "der" else "d")
            continue
        for part in w.split("-"):
            if not part:
                continue
            head = re.match(r"(O'|Ó|Mac|Mc|Ní|Ni)(?=[A-Z])", part)
            plain.append(fold_accents(part[0]).upper())
            kept.append(
                head.group(1) + part[len(head.group(1))] if head else fold_accents(part[0]).upper()
            )
            if head is not None and head.group(1) in ("Mc", "Mac"):
                extra = head.group(1)  # "RMc" for Rory McAllister, beside "RMcA"
    forms = {"".join(plain), "".join(kept)} if 2 <= len(plain) <= 4 else set()
    if extra and len(words) == 2:
        forms.add(fold_accents(words[0][0]).upper() + extra)
    last = words[-1]
    if len(words) == 2 and last[1:2].isalpha() and "-" not in last and "'" not in last:
        # "RKe" for Rosalind Kerr: a surname's second letter telling two "RK"s apart
        forms.add(fold_accents(words[0][0]).upper() + fold_accents(last[:2]).title())
    lex = lexicon()
    return frozenset(
        f
        for f in forms
        if len(f) >= 3
        and f.upper() not in ACRONYMS
        and not lex.is_word(f.casefold())
        and f != "".join(fold_accents(w[0]).upper() for w in words)
    )


#: Particles written in lower case inside a surname ("da Conceição", "van der Berg").
_LOWER_PARTICLES = frozenset("da de do dos das del della di du van von der den la le".split())
_INITIAL_PARTICLES = frozenset("al el bin ibn van von de da di du la le ap".split())
_COMMA_GIVEN = re.compile(
    rf",[ \t]*([{NAME_UPPER}][^\W\d_]+)(?=[ \t]*(?:\(|$|\n)|(?P<speaker>:[ \t]))", re.MULTILINE
)
#: The recognizer name of another person found through the subject's name ("Amy Price").
SAME_NAME_RECOGNIZER = "SameSurnameRecognizer"
_PREV_WORD = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)\.?[ \t]+$")
_NEXT_NAME = re.compile(
    rf"[ \t]+((?:O['’]|Mc|Mac)?[{NAME_UPPER}][^\W\d_]*(?:-[^\W\d_]+)*)(?![\w@])"
)
#: Capitalised words that often stand before a surname without being a given name.
_NOT_GIVEN = frozenset(
    """
    the a an and or but his her their my our your its of to from with by for at in on as if
    dear hi hello hey thanks cheers signed from cc minutes present student name tutor
    family case mother father brother sister son daughter wife husband cousin uncle aunt
    attended met saw called told asked said emailed rang visited that this when while
    """.split()
)
#: A word of _NOT_GIVEN that is also a given name ("his brother Said Farah").
_GIVEN_AND_VERB = frozenset({"said"})
_GREETING_BEFORE = re.compile(r"(?i)\b(?:dear|hi|hello)[ \t]+$")
_YOUR_CHILD = re.compile(
    r"(?i)\byour[ \t]+(?:son|daughter|child|nephew|niece|grandson|granddaughter|ward)\b"
)
#: A family relation (or "Mr and") just before a titled surname: someone else of that name.
_RELATIVE_BEFORE = re.compile(
    r"(?i)\b(?:father|mother|dad|mum|mom|parents?|grandparents?|brother|sister|son|daughter|"
    r"wife|husband|uncle|aunt|auntie|grandmother|grandfather|grandma|grandad|gran|nan|cousin|"
    r"step-?\w+|guardian|in-laws?|(?P<couple>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\w+\s+)?(?:and|&)))"
    r"[ \t]*[,(]?[ \t]*(?:also[ \t]+|old[ \t]+)?$"
)
_FAMILY = (
    r"(?:father|mother|dad|mum|mom|parents?|grandparents?|brother|sister|son|daughter|wife|"
    r"husband|uncle|aunt|auntie|aunty|grandmother|grandfather|grandma|grandpa|grandad|granddad|"
    r"gran|granny|nan|nana|cousin|niece|nephew|twin|step-?\w+|half-?(?:brother|sister)|"
    r"guardian|in-laws?|(?:brother|sister|father|mother)-in-law)"
)
#: A relation written right after a surname: "Mr Price (father)", "Price, her mother,".
_RELATIVE_AFTER = re.compile(
    r"[ \t]*(?:\([ \t]*(?:(?:his|her|their|my|our|the|the[ \t]+student['’]s|[A-Z][\w-]*['’]s)"
    r"[ \t]+)?"
    + _FAMILY
    + r"\b|,[ \t]*(?:his|her|their|the[ \t]+student['’]s)[ \t]+"
    + _FAMILY
    + r"\b|[ \t]+(?:is|was)[ \t]+(?:his|her|their|the[ \t]+student['’]s)[ \t]+"
    + _FAMILY
    + r"\b)",
    re.IGNORECASE,
)
#: A family word used as a title right before a surname: "Uncle Mensah", "Grandad Price".
_FAMILY_TITLE = frozenset(
    "uncle aunt auntie aunty grandma grandpa grandad granddad gran granny nan nana nanna "
    "grandmother grandfather cousin".split()
)
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "dame", "sra", "srta", "frau", "mme", "mlle"})
#: Titles of offices (police ranks, clergy, professors, councillors) a student does not hold:
#: before the subject's surname they name someone else.
#: "Dr" too: in these notes a doctor with the student's surname is a relative or a namesake
#: (no student in the corpora is written "Dr"), and uncertain is redacted for the reviewer.
_OFFICE_TITLES = frozenset("prof professor rev revd imam sgt pc dc ds di insp cllr dr".split())
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)


#: A name, then a comma, right before a titled surname: "Meeting: Omar, Mr Khalil".
_LISTED_AFTER_STUDENT = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \t]*,[ \t]*$")
_ANOTHER_BEFORE = re.compile(
    r"(?i)\b(?:another|a[ \t]+(?:second|third|different)|the[ \t]+other)[ \t]+$"
)
#: A given name in brackets right after a titled surname: "Mr Ndlovu (Themba)".
_BRACKETED_GIVEN_AFTER = re.compile(
    rf"[ \t]*\([ \t]*([{NAME_UPPER}][^\W\d_]+)(?:[ \t]+[{NAME_UPPER}][\w'’-]+)?[ \t]*\)"
)
#: "Abu" / "Umm" before a given name: a parent named after their child.
_KUNYA = frozenset({"abu", "abou", "umm", "um", "ummu"})
#: Who wrote a chat message: the speaker opening its line ("[09/03 19:20] Mehmet Yıldırım:",
#: "Chen Jiahui 14:12 — ", "12/03/2025, 21:09 - Hiroshi Tanaka: ").
_MESSAGE_SPEAKER = re.compile(
    r"[ \t>]*\[?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?,?[ \t]*)?(?:\d{1,2}:\d{2}(?::\d{2})?\]?)?"
    r"[ \t]*[-–]?[ \t]*(?P<who>[^\W\d_][^\n:—–()\[\]]{0,40}?)[ \t]*"
    r"(?:\(?\d{1,2}:\d{2}(?::\d{2})?\)?[ \t]*)?(?::|—|–)[ \t]"
)


def _message_speaker(text: str, pos: int) -> re.Match[str] | None:
    """The speaker opening the chat line that holds ``pos``, if the line opens with one."""
    m = _MESSAGE_SPEAKER.match(text, text.rfind("\n", 0, pos) + 1)
    return m if m is not None and m.end() <= pos else None


def _addressed_to_another(text: str, pos: int, surname: str, own: set[str]) -> bool:
    """Whether a letter's address block, above ``pos``, names someone of ``surname`` with
    another given name ("Mr Abdul Karim Chowdhury" for the student Rahim Chowdhury)."""
    block = re.finditer(
        rf"(?m)^[ \t]*(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+([^\W\d_][\w'’-]*\.?)"
        rf"(?:[ \t]+[^\W\d_][\w'’-]*\.?)*?[ \t]+{re.escape(surname)}[ \t]*$",
        text[:pos],
    )
    initials = {w[0] for w in own if w}
    for m in block:
        given = normalise_name(m.group(1).rstrip("."))
        if len(given) == 1:
            if given not in initials:
                return True  # "Mr R. Price" above "Dear Mr Price," for Daniel Price
        elif given not in own:
            return True
    return False


def _student_listed_before(text: str, pos: int, entry: RosterEntry) -> bool:
    """Whether the item of a list right before ``pos`` is the student's given name."""
    item = _LISTED_AFTER_STUDENT.search(text, max(0, pos - 40), pos)
    return item is not None and normalise_name(item.group(1)) in _given_forms(entry)


def _given_forms(entry: RosterEntry) -> set[str]:
    """The student's given name and one-word aliases, folded ("tom", "wojtek")."""
    out = set()
    for n in (entry.person.name, *entry.person.aliases):
        words = _words(n)
        if words and (len(words) == 1 or n == entry.person.name):
            out.add(normalise_name(words[0]))
    return out


def _addressed_in_message(text: str, pos: int, entry: RosterEntry) -> bool:
    """Whether the chat message holding ``pos`` opens by addressing the student by a given
    name or alias ("Mohammed, please…", "wojtek pls message…", "bogdan seriously, …")."""
    from .recognizers import looks_like_chat

    speaker = _message_speaker(text, pos)
    if speaker is None or not looks_like_chat(text):
        return False  # prose ("Summary: Will will pass…") speaks of the student, not to them
    first = _VOCATIVE.match(text[speaker.end() : pos])
    return first is not None and normalise_name(first.group(1)) in _given_forms(entry)


#: A name opening a chat message as the one spoken to: "Mohammed, please…", "wojtek pls…".
_VOCATIVE = re.compile(
    r"[ \t]*@?([^\W\d_]+)(?:[ \t]*,|[ \t]+(?=(?:pls|please|plz|seriously|can|could|did|do|"
    r"you|u|ur|are|r|why|stop|dont|don't|just|have|will)\b))"
)


#: "Dear Tom," / "Hi Yuki" opening a line: whom a letter or an e-mail is written to.
_GREETING_LINE = re.compile(r"(?im)^[ \t>]*(?:dear|hi|hello|hiya|hey)[ \t]+([^\W\d_]+)[ \t]*[,!\n]")


def _greets_the_student(text: str, pos: int, entry: RosterEntry) -> bool:
    """Whether a letter or an e-mail greets the student by a given name before ``pos``: it
    speaks to the student as "you", so its "Mr" of the student's surname is someone else."""
    given = _given_forms(entry)
    return any(normalise_name(m.group(1)) in given for m in _GREETING_LINE.finditer(text, 0, pos))


def _said_by(text: str, pos: int, own: set[str]) -> bool:
    """Whether ``pos`` lies in a chat message whose speaker is named only by ``own`` words
    (the student's own names)."""
    m = _message_speaker(text, pos)
    if m is None:
        return False
    words = [normalise_name(w) for w in re.split(r"[\s.]+", m.group("who")) if w]
    return bool(words) and all(w in own for w in words)


def _subject_sex_from_text(text: str, name: str, aliases: Sequence[str] = ()) -> str | None:
    """The subject's sex as the text's pronouns show it, only where no name list knows the
    subject's given name (the lists decide then, see _title_sex_differs).

    Two readings, either enough: the first pronoun and the first possessive in the sentence of
    each mention of the subject's given name, full name or an alias (at least two votes, three
    times as many one way as the other: "Oleksandr missed his visa ... Sasha (as he asks");
    or pronouns all one way over the whole text (at least three, none of the other)."""
    from .lexicon import lexicon

    words = _words(name)
    if not words:
        return None
    lex = lexicon()
    given = normalise_name(words[0])
    if given in lex.male_first or given in lex.female_first:
        return None  # the lists decide (see _title_sex_differs)
    return _pronoun_sex(text, name, aliases)


def _rare_in_english(name: str) -> bool:
    """Whether the given name is rare in English text (Zipf < 3: "Wanjiru", not "Jessica")."""
    from .lexicon import lexicon

    words = _words(name)
    return bool(words) and lexicon().frequency.get(normalise_name(words[0]), 0.0) < 1e-6


def _pronoun_sex(
    text: str, name: str, aliases: Sequence[str] = (), min_votes: int = 2
) -> str | None:
    """The subject's sex by the pronouns alone (see _subject_sex_from_text)."""
    words = _words(name)
    if not words:
        return None
    forms = {f for f in (name, words[0], *aliases) if len(f) >= 2 and not is_role_only(f)}
    mention = re.compile(
        r"(?<![\w'’-])(?:"
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w-])"
    )
    votes = {"male": 0, "female": 0}
    for m in mention.finditer(text):
        # the next pronoun, and the next possessive, may be someone else's ("saying he was
        # her uncle"): each is one vote, and one side must outvote the other three to one
        stop = _SENTENCE_STOP.search(text, m.end(), min(len(text), m.end() + 120))
        window_end = stop.start() if stop else min(len(text), m.end() + 120)
        for pattern in (_PRONOUN, _POSSESSIVE):
            pronoun = pattern.search(text, m.end(), window_end)
            if pronoun is not None:
                votes["male" if pronoun.group(0).casefold() in _HE_WORDS else "female"] += 1
    if votes["male"] >= min_votes and votes["male"] >= 3 * votes["female"]:
        return "male"
    if votes["female"] >= min_votes and votes["female"] >= 3 * votes["male"]:
        return "female"
    he, she = len(_HE.findall(text)), len(_SHE.findall(text))
    if he >= 3 and she == 0:
        return "male"
    if she >= 3 and he == 0:
        return "female"
    return None


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
#: The end of a clause: what comes after is about someone else as often as not.
_CLAUSE_STOP = re.compile(r"[.!?;](?=\s)|\n")
_HANDLE_LIKE = re.compile(r"[\d_@.]")


def _student_named_in_sentence(text: str, start: int, end: int, entry: RosterEntry) -> bool:
    """Whether the clause after ``start:end`` names the student, within a few words, by a
    given name or an alias (not by the surname, which this mention shares, nor by a handle):
    "Mr Yildiz said Mehmet's brother...". Only after: "I know Hakan well, but Mr Yildirim had
    shared..." is Hakan; and not far on: "Mr Asante-Boateng told me his father ... lost his
    job ... so Kwame can study" is Kwame."""
    stop = _CLAUSE_STOP.search(text, end, min(len(text), end + 60))
    sentence = text[end : stop.start() if stop else min(len(text), end + 60)]
    names = [
        n
        for n in (
            [entry.person.name.split()[0], *entry.person.aliases] if entry.person.name else []
        )
        if not _HANDLE_LIKE.search(n)  # "under the name dawnie_p": her handle, not a mention
    ]
    if any(re.match(rf"[ \t]*\([ \t]*{re.escape(n)}[ \t]*\)", sentence) for n in names if n):
        return False  # "Mr Holloway (Marcus) said...": the student, named to say so
    return any(
        len(n) >= 2
        and not is_role_only(n)
        and re.search(rf"(?<![\w'’-]){re.escape(n)}(?![\w-])", sentence) is not None
        for n in names
    )


def _own_title(entry: RosterEntry, title: str) -> bool:
    """Whether the subject's recorded names carry this title ("Mrs Amina Yusuf")."""
    return any(
        title in (w.casefold().strip(".") for w in n.split())
        for n in (entry.person.name, *entry.person.aliases)
    )


_HE_WORDS = frozenset({"he", "him", "his", "himself"})
#: The end of the sentence a mention stands in: its pronouns are most likely its own.
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\b(?:his|himself|her|hers|herself)\b", re.IGNORECASE)
_MALE_TITLES = frozenset({"mr", "sir", "herr"})


def _is_given_name(key: str, allow_unknown: bool = True) -> bool:
    """A word that may be someone's given name (or an initial)."""
    if len(key) == 1:
        return True
    from .lexicon import lexicon

    lex = lexicon()
    if key in lex.first:
        return True
    if lex.is_word(key) or key in COMMON_WORD_NAMES:
        return False
    return allow_unknown


#: "her cousin sana malik": a relation before a lower-case name in chat.
_LOWER_RELATION = re.compile(
    r"\b(?:cousin|brother|bro|sister|sis|mum|mom|dad|uncle|aunt|auntie|nan|gran|wife|husband|"
    r"bf|gf|boyfriend|girlfriend|mate|friend)[ \t]+$"
)
_SENIOR_AFTER = re.compile(r"[ \t]+(?:Snr|Sr|Senior|senior)\b\.?")


def _sentence_opens(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos]
    return pos == 0 or bool(re.search(r"(?:^|[.!?:;]\s+|\n[\s>*•-]*|[\"“(]\s*)$", before))


def _never_given(key: str) -> bool:
    from .decisions import NOT_PEOPLE, ORG_WORDS, ROLE_PREFIXES
    from .name_rules import MONTHS_DAYS

    return (
        key in NOT_PEOPLE
        or key in ORG_WORDS
        or key in ROLE_PREFIXES
        or key in TITLES
        or key in MONTHS_DAYS
        or key in _MONTH_ABBREVIATIONS
    )


_MONTH_ABBREVIATIONS = frozenset("jan mar may jun june april august".split())
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?[ \t]+$")  # "4 Jan Doherty": a date


def _is_initial(word: str, written: str) -> bool:
    """ "R" or "R." before a surname; the pronoun "I" and the article "A" only with a dot."""
    return word.isupper() and (word not in ("I", "A") or "." in written)


def _unknown_word(key: str) -> bool:
    """In no name list and no dictionary: most likely a name ("Hua" in "Li Hua")."""
    from .decisions import NOT_PEOPLE, ORG_WORDS
    from .lexicon import lexicon

    lex = lexicon()
    return (
        len(key) >= 2
        and not lex.is_word(key)
        and not lex.is_name(key)
        and key not in NOT_PEOPLE
        and key not in ORG_WORDS
        and key.replace("-", "").isalpha()  # "Chi-ming"
    )


def _is_surname(key: str) -> bool:
    from .lexicon import lexicon

    lex = lexicon()
    return key in lex.last and key not in lex.words


def _title_sex_differs(title: str, name: str) -> bool:
    from .lexicon import lexicon

    words = _words(name)
    if not words:
        return False
    given = normalise_name(words[0])
    lex = lexicon()
    if title in _FEMALE_TITLES:
        return given in lex.male_first
    if title in _MALE_TITLES:
        return given in lex.female_first
    return False


_TITLE_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|PC|DC|Cllr|Sir|Dame)\.?\s+)$")
_ROSTER_TITLE_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Revd|Imam|Sgt|PC|DC|DS|DI|Insp|Cllr|"
    r"Sir|Dame|(?i:mr|mrs|ms|miss|dr|prof))\.?[ \t]+)$"
)
#: Words after a capitalised "Will"/"Grace"/"Mark" showing it is someone's name.
_NAME_NEXT = frozenset(
    """
    , ) ( and or was is has had will would can could should may might must shall to said says
    told asked thinks thought felt feels wrote writes emailed rang called met reported
    explained agreed confirmed noted notes added stated replied also did does who from
    """.split()
)
_LOWER_NAME_NEXT = frozenset(
    "said says told asked thinks thought wrote emailed rang called reported replied laughed".split()
)
#: Words after a capitalised sentence-initial "Will"/"Hope"/"Mark" showing an ordinary word.
_WORD_NEXT = frozenset(
    """
    the a an this that these those it its you your we our they their he she him her his i me
    my all everyone anyone someone something be do have get go make take see ask let check
    need send call contact look speak update meet keep note not please so well too
    """.split()
)


def used_as_name(
    text: str,
    start: int,
    end: int,
    nlp_artifacts: NlpArtifacts | None,
    named_in_full: bool = False,
) -> bool:
    """Whether a one-word name at ``start:end`` is used as a name, not as an ordinary word.

    Only names that are also English words ("Will", "Hope", "Grace", "Mark", "Brown") are
    questioned; others always count. ``named_in_full`` says the person's full name appears
    in the same text, which makes a capitalised lone "Grace" far more likely to be her.
    """
    matched = text[start:end]
    word = fold_accents(matched).casefold().strip(".").replace("’", "'")
    if word not in COMMON_WORD_NAMES:
        return True
    after = text[end : end + 2]
    if not matched[:1].isupper():
        # "will", "hope", "mark" in lower case are ordinary words, unless plainly a name:
        # "grace laughed", "mark said", "grace's"
        nxt = _next_word(text, end)
        if after[:1] in ("'", "’") and after[1:2] == "s":
            return True
        return nxt in _LOWER_NAME_NEXT or (nxt.endswith("ed") and len(nxt) > 4)
    if matched.isupper() and len(matched) > 1:
        return True
    if after[:1] in ("'", "’") and after[1:2] in ("s", " ", ""):
        return True  # possessive: "Will's"
    if _TITLE_BEFORE.search(text[max(0, start - 8) : start]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not text[line_start:start].strip() and not text[
        end : None if line_end < 0 else line_end
    ].strip(" ,.\t\r"):
        return True  # the name alone on its line (a signature, a list of names)
    before = text[max(0, start - 200) : start].rstrip()
    sentence_start = (
        not before
        or before[-1] in ".!?:"
        or "\n\n" in text[max(0, start - 200) : start][-3:]
        or bool(re.search(r"\n\s*\n\s*$", text[max(0, start - 20) : start]))
    )
    next_word = _next_word(text, end)
    if next_word in _NAME_NEXT:
        return True
    if not sentence_start:
        return True  # capitalised mid-sentence: a name
    if next_word in _WORD_NEXT:
        return False
    if next_word.endswith(("ed", "s")) and len(next_word) > 3:
        return True  # "Grace asked", "Marsh notes"
    return named_in_full and next_word[:1].isalpha() is False


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end)
    return m.group(1).lower() if m else ""


_NEXT_WORD = re.compile(r"[ \t]*([,()]|[A-Za-z]+)")
