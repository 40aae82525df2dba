"""Suggested answers for a data item: which UK GDPR Art 9 categories its text reveals and
whether it is criminal-offence data (Art 10).

Plain Python, word and phrase rules. A suggestion never decides: the Prevent Lead answers for
every item, and an answer that says less than the suggestion needs a recorded reason, which the
DPO reads beside both. The rules err towards suggesting: a DPO can read a reason for a missed
category, not a category nobody noticed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from gateway.disclosures.lawful_basis import SpecialCategory, category_words
from gateway.errors import InvalidInput

#: An answer below the suggestion is explained at this length at least (as other reasons a DPO
#: assesses are).
MIN_BELOW_SUGGESTION_REASON_CHARS = 40


def _rule(*phrases: str) -> re.Pattern[str]:
    """Whole words or phrases; a trailing ``*`` allows any ending (``depress*``)."""
    parts = []
    for phrase in phrases:
        stem = phrase.removesuffix("*")
        body = r"[\s\-]+".join(re.escape(word) for word in stem.split())
        parts.append(body + (r"\w*" if phrase.endswith("*") else r"\b"))
    return re.compile(r"\b(?:" + "|".join(parts) + ")", re.IGNORECASE)


_CATEGORY_RULES: dict[SpecialCategory, re.Pattern[str]] = {
    SpecialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS: _rule(
        "religio*", "faith", "mosque*", "church*", "synagogue*", "temple", "gurdwara*",
        "pray*", "muslim*", "islam", "islamic", "christian*", "jewish", "judaism", "jew", "jews",
        "hindu*", "sikh*", "buddhis*", "atheis*", "quran", "koran", "bible", "imam*", "priest*",
        "rabbi*", "convert* to", "belief*", "believes in", "spiritual*", "ramadan", "halal",
        "kosher",
    ),
    SpecialCategory.POLITICAL_OPINIONS: _rule(
        "politic*", "extremis*", "radicalis*", "radicaliz*", "terroris*", "terrorist*",
        "proscribed", "jihad*", "islamist*", "far right", "far left", "extreme right",
        "neo nazi*", "nazi*", "white supremac*", "fascis*", "anarchis*", "ideolog*",
        "manifesto*", "propaganda", "activis*", "protest*", "election*", "vote*", "voting",
        "political party", "incel*", "great replacement", "martyr*", "caliphate",
    ),
    SpecialCategory.RACIAL_OR_ETHNIC_ORIGIN: _rule(
        "race", "racial*", "racis*", "ethnic*", "black", "asian", "arab", "african",
        "caribbean", "pakistani", "bangladeshi", "somali", "roma", "gypsy", "traveller community",
        "mixed heritage", "mixed race", "skin colour", "skin color",
    ),
    SpecialCategory.HEALTH: _rule(
        "health", "mental health", "depress*", "anxiety", "anxious", "self harm*", "suicid*",
        "eating disorder*", "anorexi*", "bulimi*", "medication*", "medicat*", "sertraline",
        "fluoxetine", "citalopram", "antidepressant*", "prescri*", "gp", "doctor*", "hospital*",
        "diagnos*", "autis*", "adhd", "psychosis", "psychotic", "schizophren*", "bipolar",
        "ptsd", "disabilit*", "disabled", "illness*", "unwell", "therap*", "counsell*",
        "pregnan*", "overdos*", "substance misuse", "addict*", "camhs", "psychiatr*",
        "ocd", "panic attack*",
    ),
    SpecialCategory.SEX_LIFE_OR_ORIENTATION: _rule(
        "gay", "lesbian*", "bisexual*", "homosexual*", "heterosexual*", "sexual orientation",
        "sexuality", "sex life", "sexual relationship*", "sexual partner*", "lgbt*", "queer",
    ),
    SpecialCategory.TRADE_UNION_MEMBERSHIP: _rule(
        "trade union*", "union member*", "union rep*", "ucu", "unison", "unite the union",
        "picket*",
    ),
    SpecialCategory.GENETIC: _rule("genetic*", "dna", "genome*", "hereditary"),
    SpecialCategory.BIOMETRIC: _rule(
        "biometric*", "fingerprint*", "facial recognition", "face scan*", "iris scan*",
        "voiceprint*", "retina scan*",
    ),
}

#: Alleged offences, arrests, cautions, convictions and the proceedings around them
#: (UK GDPR Art 10, DPA 2018 s.11(2)); supporting a proscribed organisation is itself an
#: offence (Terrorism Act 2000 ss.11-13).
_CRIMINAL_RULE = _rule(
    "arrest*", "charged with", "convict*", "cautioned", "police caution", "offence*",
    "offense*", "crime*", "criminal*", "prosecut*", "court", "sentenc*", "prison*", "jail*",
    "custody", "bail", "remand*", "proscribed", "terrorism act", "weapon*", "knife", "knives",
    "firearm*", "gun", "guns", "bomb*", "explosive*", "assault*", "stole", "stolen", "theft",
    "burglar*", "drug dealing", "dealing drugs", "possession of", "harassment", "stalking",
    "hate crime*", "illegal*", "unlawful*", "youth offending", "probation", "police interview*",
    "investigated by the police", "reported to the police", "terrorist attack*",
    "encouraging terrorism", "glorifying terrorism",
)


@dataclass(frozen=True)
class Suggestion:
    """What the text suggests, with the words that suggested each part."""

    special_categories: frozenset[SpecialCategory] = frozenset()
    criminal_offence: bool = False
    because: dict[str, list[str]] = field(default_factory=dict)

    def in_words(self) -> str:
        parts = [category_words(c.value) for c in sorted(self.special_categories)]
        if self.criminal_offence:
            parts.append("criminal offence data")
        return ", ".join(parts) if parts else "nothing"


def suggest(text: str) -> Suggestion:
    """The categories and criminal-offence answer the text suggests."""
    found: set[SpecialCategory] = set()
    because: dict[str, list[str]] = {}
    for category, rule in _CATEGORY_RULES.items():
        words = _matches(rule, text)
        if words:
            found.add(category)
            because[category.value] = words
    criminal = _matches(_CRIMINAL_RULE, text)
    if criminal:
        because["criminal_offence"] = criminal
    return Suggestion(frozenset(found), bool(criminal), because)


def suggest_item(label: str, text: str) -> Suggestion:
    """What an item suggests: its label and its text, as the recipient reads both."""
    return suggest(f"{label}\n{text}")


def _matches(rule: re.Pattern[str], text: str) -> list[str]:
    seen: list[str] = []
    for match in rule.finditer(text):
        word = match.group(0).lower()
        if word not in seen:
            seen.append(word)
    return seen


def below_suggestion(
    suggestion: Suggestion, special: Iterable[SpecialCategory], criminal_offence: bool
) -> list[str]:
    """What the suggestion flags that the answer does not, in words (empty: nothing)."""
    answered = set(special)
    missing = [category_words(c.value) for c in sorted(suggestion.special_categories - answered)]
    if suggestion.criminal_offence and not criminal_offence:
        missing.append("criminal offence data")
    return missing


def check_answer(
    suggestion: Suggestion,
    special: Iterable[SpecialCategory],
    criminal_offence: bool,
    reason: str | None,
    *,
    where: str,
) -> str | None:
    """An answer that says less than the suggestion needs a reason the DPO can assess;
    returns the reason as recorded (None when the answer does not fall below)."""
    missing = below_suggestion(suggestion, special, criminal_offence)
    if not missing:
        return None  # nothing to explain: the answer covers the suggestion
    text = " ".join((reason or "").split())
    if len(text) < MIN_BELOW_SUGGESTION_REASON_CHARS:
        raise InvalidInput(
            f"{where} reads as {', '.join(missing)} but the answer does not say so. Mark it, or "
            f"explain in at least {MIN_BELOW_SUGGESTION_REASON_CHARS} characters why it is not.",
            hint="The DPO reads the suggestion, the answer and this reason side by side.",
        )
    return (reason or "").strip()


#: Short names a person types for each category (``--special health,religion``).
_ALIASES: dict[str, SpecialCategory] = {
    "race": SpecialCategory.RACIAL_OR_ETHNIC_ORIGIN,
    "ethnicity": SpecialCategory.RACIAL_OR_ETHNIC_ORIGIN,
    "ethnic": SpecialCategory.RACIAL_OR_ETHNIC_ORIGIN,
    "political": SpecialCategory.POLITICAL_OPINIONS,
    "politics": SpecialCategory.POLITICAL_OPINIONS,
    "religion": SpecialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,
    "religious": SpecialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,
    "belief": SpecialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,
    "union": SpecialCategory.TRADE_UNION_MEMBERSHIP,
    "trade_union": SpecialCategory.TRADE_UNION_MEMBERSHIP,
    "sex": SpecialCategory.SEX_LIFE_OR_ORIENTATION,
    "sexuality": SpecialCategory.SEX_LIFE_OR_ORIENTATION,
    "orientation": SpecialCategory.SEX_LIFE_OR_ORIENTATION,
}


def parse_special(values: Iterable[str]) -> frozenset[SpecialCategory]:
    """The answer as typed: ``none``, or category codes or short names, comma-separated or
    repeated. Nothing typed is not an answer; ``none`` with a category contradicts itself."""
    words = [w.strip().lower() for v in values for w in str(v).split(",") if w.strip()]
    if not words:
        raise InvalidInput(
            "Say which special categories of data the item reveals, or none.",
            hint="Use none, or one or more of: "
            + ", ".join(c.value for c in SpecialCategory)
            + " (short names: health, religion, political, race, sexuality, union).",
        )
    if "none" in words:
        if len(words) > 1:
            raise InvalidInput(
                "The special categories say both none and a category.",
                hint="Give none on its own, or only the categories.",
            )
        return frozenset()
    out: set[SpecialCategory] = set()
    for word in words:
        try:
            out.add(_ALIASES.get(word) or SpecialCategory(word))
        except ValueError:
            raise InvalidInput(
                f"'{word}' is not a special category.",
                hint="Use none, or one or more of: "
                + ", ".join(c.value for c in SpecialCategory)
                + ".",
            ) from None
    return frozenset(out)


def parse_yes_no(value: str | None, what: str) -> bool:
    """A yes/no answer that must be given (no default)."""
    text = (value or "").strip().lower()
    if text in ("yes", "y", "true"):
        return True
    if text in ("no", "n", "false"):
        return False
    raise InvalidInput(f"Answer yes or no: {what}.")
