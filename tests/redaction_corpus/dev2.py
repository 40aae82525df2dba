"""A second development set, written without a roster, in two halves.

``dev2_tune.jsonl`` is the half the rules were tuned on; ``dev2_unseen.jsonl`` was written at
the same time, before any rule change, and scored once afterwards as an honest "unseen"
figure. Both have empty ``known_people``; ``case_people`` is the roster the gateway would pass
(the people recorded in the case), used by ``redact-eval`` unless ``--no-roster``.

Mark-up as in build_corpus.py (``P`` a third party recorded in the case's ``case_people``,
``U`` one who is not), plus:
  R            a relative (or other person) who shares the subject's surname: REDACTED, and
               tagged ``same_surname_relative``

``dev3.jsonl`` (documents in dev3_docs.py) was written after dev2's unseen half had been
scored and looked at, and was itself scored once before any rule change after it.

``dev4.jsonl,
dev5.jsonl`` (dev4_docs.py) likewise, after dev3 was spent, and ``dev5.jsonl``
(dev5_docs.py) after dev4 was spent, ``dev6.jsonl`` (dev6_docs.py)
after dev5, ``dev7.jsonl`` (dev7_docs.py) after dev6 ``dev8.jsonl`` (dev8_docs.py)
after dev7 ``dev9.jsonl`` (dev9_docs.py) after dev8, ``dev10.jsonl`` (dev10_docs.py, 31
documents) after dev9, ``dev11.jsonl`` (dev11_docs.py) after dev10 and ``dev12.jsonl``
(dev12_docs.py) after dev11, ``dev13.jsonl`` (dev13_docs.py, 36 short documents dense with
people) and ``dev14.jsonl`` (dev14_docs.py, likewise, by another writer) after dev12, both
scored once before the rules changed for them; ``dev15.jsonl`` and ``dev16.jsonl`` (two more
writers) after the dev13/dev14 rules, likewise; ``dev17.jsonl`` and ``dev18.jsonl`` after the
dev15/dev16 rules, likewise (dev18 not tuned on); ``dev19.jsonl`` (many third parties'
identifiers) and ``dev20.jsonl`` (many relatives) after the dev17 rules and a round from
identifier misses, likewise; ``dev21.jsonl`` and ``dev22.jsonl`` (as varied as the writers could
make them) after the dev19/dev20 rules, likewise; ``dev23.jsonl`` and ``dev24.jsonl`` after all
of those rules, scored once and not tuned on; ``dev25.jsonl`` to ``dev28.jsonl`` (four more
writers) after every rule before them, each scored once, then dev25, dev26 and dev28 tuned on
and dev27 kept unread; ``dev29.jsonl`` to ``dev31.jsonl`` (three more writers) after those
rules, likewise, then tuned on; ``dev33.jsonl`` to ``dev35.jsonl`` likewise after theirs (the
writer of a ``dev32`` left no file).

Run: python tests/redaction_corpus/dev2.py  -> dev2_tune.jsonl, dev2_unseen.jsonl, dev3.jsonl,
dev4.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from dev2_docs import TUNE, UNSEEN
from dev3_docs import DOCS as DEV3
from dev4_docs import DOCS as DEV4
from dev5_docs import DOCS as DEV5
from dev6_docs import DOCS as DEV6
from dev7_docs import DOCS as DEV7
from dev8_docs import DOCS as DEV8
from dev9_docs import DOCS as DEV9
from dev10_docs import DOCS as DEV10
from dev11_docs import DOCS as DEV11
from dev12_docs import DOCS as DEV12
from dev13_docs import DOCS as DEV13
from dev14_docs import DOCS as DEV14
from dev15_docs import DOCS as DEV15
from dev16_docs import DOCS as DEV16
from dev17_docs import DOCS as DEV17
from dev18_docs import DOCS as DEV18
from dev19_docs import DOCS as DEV19
from dev20_docs import DOCS as DEV20
from dev21_docs import DOCS as DEV21
from dev22_docs import DOCS as DEV22
from dev23_docs import DOCS as DEV23
from dev24_docs import DOCS as DEV24
from dev25_docs import DOCS as DEV25
from dev26_docs import DOCS as DEV26
from dev27_docs import DOCS as DEV27
from dev28_docs import DOCS as DEV28
from dev29_docs import DOCS as DEV29
from dev30_docs import DOCS as DEV30
from dev31_docs import DOCS as DEV31
from dev33_docs import DOCS as DEV33
from dev34_docs import DOCS as DEV34
from dev35_docs import DOCS as DEV35

MARK = re.compile(r"\[\[([A-Z_:]+)\|(.*?)\]\]")
KEEP_BY_DEFAULT = {"DATE_OF_BIRTH", "STUDENT_NUMBER", "STREET_ADDRESS", "UK_POSTCODE"}


def parse(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    negatives: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        tag, value = m.group(1), m.group(2)
        start, end = length, length + len(value)
        out.append(value)
        length = end
        pos = m.end()
        if tag == "NEG":
            negatives.append({"start": start, "end": end, "text": value})
        elif tag == "S":
            spans.append({"start": start, "end": end, "entity_type": "PERSON",
                          "owner": "subject", "expected": "keep", "text": value})
        elif tag in ("U", "R", "P"):
            span: dict[str, Any] = {"start": start, "end": end, "entity_type": "PERSON",
                                    "owner": "listed" if tag == "P" else "unlisted",
                                    "expected": "redact", "text": value}
            if tag == "R":
                span["tags"] = ["same_surname_relative"]
            spans.append(span)
        elif tag.startswith("T:"):
            spans.append({"start": start, "end": end, "entity_type": tag[2:],
                          "owner": "third_party", "expected": "redact", "text": value})
        elif tag.startswith("SI:"):
            kind = tag[3:]
            spans.append({"start": start, "end": end, "entity_type": kind, "owner": "subject",
                          "expected": "keep" if kind in KEEP_BY_DEFAULT else "redact",
                          "text": value})
        else:
            raise ValueError(f"unknown tag {tag!r}")
    out.append(marked[pos:])
    return "".join(out), spans, negatives


def write(docs: list[dict[str, Any]], name: str) -> None:
    path = Path(__file__).parent / name
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            text, spans, negatives = parse(d["text"])
            record = {
                "id": d["id"],
                "kind": d["kind"],
                "text": text,
                "subject": d["subject"],
                "subject_aliases": d.get("subject_aliases", []),
                "known_people": [],
                "case_people": d.get("case_people", []),
                "spans": spans,
                "hard_negatives": negatives,
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {path}")


if __name__ == "__main__":
    write(TUNE, "dev2_tune.jsonl")
    write(UNSEEN, "dev2_unseen.jsonl")
    write(DEV3, "dev3.jsonl")
    write(DEV4, "dev4.jsonl")
    write(DEV5, "dev5.jsonl")
    write(DEV6, "dev6.jsonl")
    write(DEV7, "dev7.jsonl")
    write(DEV8, "dev8.jsonl")
    write(DEV9, "dev9.jsonl")
    write(DEV10, "dev10.jsonl")
    write(DEV11, "dev11.jsonl")
    write(DEV12, "dev12.jsonl")
    write(DEV13, "dev13.jsonl")
    write(DEV14, "dev14.jsonl")
    write(DEV15, "dev15.jsonl")
    write(DEV16, "dev16.jsonl")
    write(DEV17, "dev17.jsonl")
    write(DEV18, "dev18.jsonl")
    write(DEV19, "dev19.jsonl")
    write(DEV20, "dev20.jsonl")
    write(DEV21, "dev21.jsonl")
    write(DEV22, "dev22.jsonl")
    write(DEV23, "dev23.jsonl")
    write(DEV24, "dev24.jsonl")
    write(DEV25, "dev25.jsonl")
    write(DEV26, "dev26.jsonl")
    write(DEV27, "dev27.jsonl")
    write(DEV28, "dev28.jsonl")
    write(DEV29, "dev29.jsonl")
    write(DEV30, "dev30.jsonl")
    write(DEV31, "dev31.jsonl")
    write(DEV33, "dev33.jsonl")
    write(DEV34, "dev34.jsonl")
    write(DEV35, "dev35.jsonl")
