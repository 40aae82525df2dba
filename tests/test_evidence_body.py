"""The API's evidence upload is read as it arrives: the base64 of the file is taken out of the
body into a buffer of its own and the rest is parsed as JSON, whatever the chunks it came in;
what the fields mean is the same as json.loads makes of the whole body, and a body that is not
one JSON object is refused (422), never a server error."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest

from gateway.api.evidence_body import _Malformed, _Splitter


def split(body: bytes, cut: list[int], capacity: int | None) -> tuple[Any, bytes]:
    splitter = _Splitter(capacity)
    edges = [0, *cut, len(body)]
    for start, end in itertools.pairwise(edges):
        splitter.feed(body[start:end])
    assert splitter.done and not splitter.in_string
    return json.loads(bytes(splitter.rest)), bytes(splitter.taken())


BODIES = [
    {"description": "Notes", "provenance": "Tutor", "content_base64": "QUJD"},
    # Escapes in every string: quotes, backslashes, a slash escaped, non-ASCII and a pair.
    {
        "description": 'He said "call me" \\ then left / caf\u00e9 \U0001f600',
        "provenance": "Tutor,\n3 December: {not an object} [nor a list]",
        "content_base64": "QU/D+w==",
        "filename": None,
    },
    # Other keys holding objects and lists, one of them with a key of the same name.
    {
        "extra": {"content_base64": "not this one", "list": [1, {"a": "]}"}, None]},
        "content_base64": "QUJDREVG",
        "description": "x",
        "provenance": "y",
        "n": 3.5,
        "t": True,
    },
]


@pytest.mark.parametrize("index", range(len(BODIES)))
def test_the_fields_are_what_the_whole_body_says_at_every_cut(index: int) -> None:
    whole = BODIES[index]
    for text in (json.dumps(whole), json.dumps(whole, indent=2, ensure_ascii=False)):
        body = text.replace("QU/D", "QU\\/D").encode()  # a JSON encoder may escape "/"
        expected = dict(whole)
        content = expected.pop("content_base64")
        for at in range(len(body) + 1):
            for capacity in (None, len(body)):
                fields, taken = split(body, [at], capacity)
                assert taken.decode() == content
                assert fields.pop("content_base64") == ""
                assert fields == expected
        # A byte at a time (\uXXXX and other escapes cut in the middle).
        fields, taken = split(body, list(range(1, len(body))), None)
        assert taken.decode() == content


def test_a_key_given_twice_counts_once_the_last() -> None:
    fields, taken = split(b'{"content_base64": "QUJD", "content_base64": "REVG"}', [], None)
    assert taken == b"REVG" and fields == {"content_base64": ""}


@pytest.mark.parametrize(
    "body",
    [b"[1, 2]", b'"text"', b"{} {}", b'{"a": 1} x', b'{"content_base64": "\\q"}', b"3"],
)
def test_what_is_not_one_object_is_refused(body: bytes) -> None:
    splitter = _Splitter(None)
    with pytest.raises(_Malformed):
        splitter.feed(body)
