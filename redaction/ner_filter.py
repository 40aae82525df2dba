"""Send the NER model only the sentences where an unlisted person could be named.

Most of the cost of redaction is spaCy's NER. A sentence whose capitalised words are all
known not to be unlisted people (stop words such as "He" or "The", months and days, titles,
organisation words, platforms, and the names of people the case already lists, which the
roster recognizer finds itself) cannot give NER anything new, so it is blanked out with
spaces of the same length: offsets do not move, and NER reads fewer words. Every other
recognizer still reads the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .decisions import NOT_PEOPLE, ORG_WORDS
from .names import TITLES, fold_accents

MONTHS_DAYS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thur thurs fri sat sun today tomorrow yesterday
    """.split()
)

_SENTENCE = re.compile(r"[^\n.!?]*(?:[.!?]+(?=\s|$)|\n|$)|[^\n]+")
_CAPITALISED = re.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][\w'’-]*")


def build_ignorable(stop_words: Iterable[str], roster_words: Iterable[str]) -> frozenset[str]:
    base = {w.lower() for w in stop_words}
    base |= NOT_PEOPLE | ORG_WORDS | TITLES | MONTHS_DAYS
    base |= {fold_accents(w).casefold() for w in roster_words}
    return frozenset(base)


def ner_view(text: str, ignorable: frozenset[str]) -> str:
    """``text`` with every sentence that cannot name an unlisted person replaced by spaces."""
    out: list[str] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _SENTENCE.match(text, pos)
        end = m.end() if m and m.end() > pos else n
        sentence = text[pos:end]
        if _may_name_someone(sentence, ignorable):
            out.append(sentence)
        else:
            out.append("".join(c if c in "\n\r\t" else " " for c in sentence))
        pos = end
    return "".join(out)


def _may_name_someone(sentence: str, ignorable: frozenset[str]) -> bool:
    for m in _CAPITALISED.finditer(sentence):
        word = m.group(0).rstrip("'’-")
        if len(word) < 2 or (word.isupper() and len(word) <= 5):
            continue  # "I", acronyms (VLE, SMT, DPO)
        base = re.sub(r"['’]s$", "", word)
        parts = [p for p in base.split("-") if p]
        if any(fold_accents(p).casefold() not in ignorable for p in parts):
            return True
    return False
