"""The body of an evidence upload (``POST /cases/{reference}/evidence``), read as it arrives.

FastAPI would read the whole JSON body, then decode it to text, then parse it: for a 25 MB file
(33 MB of base64) that is four copies of the base64 at once, well over the memory the intake is
allowed. Here the body is read as it arrives: the characters of the top-level
``content_base64`` string go into one buffer of their own, undecoded (the use case decodes it a
chunk at a time, after its permission check), and the rest of the body, with that string
emptied, is parsed and validated as FastAPI would (same model, same 422 answers).
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from gateway.api import schemas
from gateway.http.state import app_state
from gateway.http.uploads import body_limit

#: The key whose string is taken out of the body as it comes.
CONTENT_KEY = b"content_base64"
_WHITESPACE = b" \t\r\n"
_SIMPLE_ESCAPES = {
    ord('"'): b'"',
    ord("\\"): b"\\",
    ord("/"): b"/",
    ord("b"): b"\b",
    ord("f"): b"\f",
    ord("n"): b"\n",
    ord("r"): b"\r",
    ord("t"): b"\t",
}


class _Malformed(Exception):
    """The body is not a JSON object this reader can take apart."""


class _Splitter:
    """A state machine over the body's bytes: the top-level object's ``content_base64``
    string goes to :attr:`content` (its escapes resolved), everything else to :attr:`rest`,
    with that string left empty."""

    def __init__(self, capacity: int | None = None) -> None:
        self.rest = bytearray()
        # With the body's length known, the string gets one buffer of that size, filled in
        # place: grown piece by piece, it costs up to twice its size in reallocations.
        self.content = bytearray(capacity or 0)
        self.filled = 0
        self.depth = 0  # of objects and arrays
        self.in_string = False
        self.escape: bytearray | None = None  # an escape being read (\uXXXX spans chunks)
        self.is_key = False  # the string being read is a key of the top-level object
        self.key = bytearray()
        self.last_key = b""
        self.expect_key = False
        self.into_content = False  # the string being read is content_base64's value
        self.done = False

    def feed(self, data: bytes) -> None:
        rest = self.rest
        i, n = 0, len(data)
        while i < n:
            if self.in_string and self.into_content:
                # The long string: copied a run at a time up to the next quote or backslash.
                if self.escape is None:
                    j = i
                    while j < n and data[j] != 0x22 and data[j] != 0x5C:
                        j += 1
                    self._take(data, i, j)
                    i = j
                    if i >= n:
                        break
                i = self._string_byte(data[i], self.content, i)
                if not self.in_string:
                    rest.append(0x22)
                continue
            b = data[i]
            if self.in_string:
                target = self.key if self.is_key else rest
                i = self._string_byte(b, target, i)
                if not self.in_string:
                    rest.append(0x22)
                continue
            i += 1
            if b in _WHITESPACE:
                rest.append(b)
                continue
            if self.done or (self.depth == 0 and b != 0x7B):
                raise _Malformed  # not one JSON object
            rest.append(b)
            if b == 0x22:
                self.in_string = True
                self.is_key = self.depth == 1 and self.expect_key
                self.into_content = (
                    self.depth == 1 and not self.expect_key and self.last_key == CONTENT_KEY
                )
                if self.is_key:
                    self.key.clear()
                elif self.into_content:
                    self.filled = 0  # a key given twice: the last counts, as in JSON
            elif b in b"{[":
                self.depth += 1
                self.expect_key = self.depth == 1
            elif b in b"}]":
                self.depth -= 1
                if self.depth == 0:
                    self.done = True
            elif b == 0x2C and self.depth == 1:  # ,
                self.expect_key = True
                self.last_key = b""
            elif b == 0x3A and self.depth == 1:  # :
                self.expect_key = False

    def _string_byte(self, b: int, target: bytearray, i: int) -> int:
        """One byte inside a string (``target`` gets its meaning); the index after it."""
        if self.escape is not None:
            self.escape.append(b)
            if self.escape[0] == ord("u"):
                if len(self.escape) == 5:
                    try:
                        char = chr(int(self.escape[1:].decode("ascii"), 16))
                    except ValueError:
                        raise _Malformed from None
                    self._escaped(target, char)
                    self.escape = None
            elif self.escape[0] in _SIMPLE_ESCAPES:
                self._escaped(target, _SIMPLE_ESCAPES[self.escape[0]].decode())
                self.escape = None
            else:
                raise _Malformed
            return i + 1
        if b == 0x5C:
            self.escape = bytearray()
        elif b == 0x22:
            self.in_string = False
            if self.is_key:
                self.rest += self.key
                self.last_key = bytes(self.key)
                self.is_key = False
            self.into_content = False
        elif target is self.content:
            self._take(bytes((b,)), 0, 1)
        else:
            target.append(b)
        return i + 1

    def _take(self, data: bytes, start: int, end: int) -> None:
        """Bytes of the content string, written into its buffer."""
        size = end - start
        if self.filled + size > len(self.content):  # no length given, or longer than it said
            self.content.extend(bytes(self.filled + size - len(self.content)))
        self.content[self.filled : self.filled + size] = data[start:end]
        self.filled += size

    def taken(self) -> bytearray:
        """The content string's bytes (its buffer, trimmed in place)."""
        del self.content[self.filled :]
        return self.content

    def _escaped(self, target: bytearray, char: str) -> None:
        if target is self.content:
            encoded = char.encode("utf-8", "surrogatepass")
            self._take(encoded, 0, len(encoded))
        else:
            # Kept escaped in the rest, which json.loads reads: what it meant stays the same.
            target += json.dumps(char)[1:-1].encode()


def _invalid_json() -> RequestValidationError:
    return RequestValidationError(
        [{"type": "json_invalid", "loc": ("body", 0), "msg": "JSON decode error", "input": {}}]
    )


async def read_evidence_body(request: Request) -> tuple[schemas.EvidenceIn, bytearray]:
    """The upload's fields (``content_base64`` left empty) and its base64 text, read from the
    body as it arrives; a body that is not valid is answered as FastAPI answers it (422)."""
    length = request.headers.get("content-length", "").strip()
    rules = app_state(request).ctx.settings.evidence_rules
    limit = body_limit(request.url.path, rules.max_file_bytes)
    # EvidenceUploadLimit has refused a longer body already; the bound is kept here as well.
    capacity = min(int(length), limit or 0) if length.isdigit() else None
    splitter = _Splitter(capacity)
    try:
        async for chunk in request.stream():
            splitter.feed(chunk)
        if not splitter.done or splitter.in_string:
            raise _Malformed
        fields: Any = json.loads(bytes(splitter.rest))
    except (_Malformed, ValueError):
        raise _invalid_json() from None
    try:
        body = schemas.EvidenceIn.model_validate(fields)
    except ValidationError as exc:
        errors = [{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]
        raise RequestValidationError(errors) from None
    return body, splitter.taken()  # the base64 text, not copied


#: The request body as the API's documentation shows it (the route reads the body itself).
OPENAPI_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": schemas.EvidenceIn.model_json_schema()}},
    }
}
