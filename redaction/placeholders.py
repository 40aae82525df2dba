"""Stable placeholders: the same person (or value) always gets the same label in a package."""

from __future__ import annotations

import threading

#: How each entity type is labelled in the redacted text.
LABELS: dict[str, str] = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "UK_NHS": "NHS NUMBER",
    "UK_NINO": "NI NUMBER",
    "UK_POSTCODE": "POSTCODE",
    "UK_PASSPORT": "PASSPORT",
    "UK_DRIVING_LICENCE": "DRIVING LICENCE",
    "UK_VEHICLE_REGISTRATION": "VEHICLE REG",
    "IP_ADDRESS": "IP ADDRESS",
    "URL": "URL",
    "IBAN_CODE": "IBAN",
    "UK_SORT_CODE": "SORT CODE",
    "UK_BANK_ACCOUNT": "ACCOUNT NUMBER",
    "DATE_OF_BIRTH": "DATE OF BIRTH",
    "STREET_ADDRESS": "ADDRESS",
    "STUDENT_NUMBER": "STUDENT NUMBER",
    "USERNAME": "USERNAME",
    "SOCIAL_HANDLE": "HANDLE",
}


class PlaceholderRegistry:
    """Hands out ``[PERSON 1]``, ``[PERSON 2]``, ``[EMAIL 1]``... stably.

    Create one per disclosure package and pass it to every ``redact`` call of that package,
    so a person keeps the same placeholder across all the package's texts. Keys are opaque
    (a roster index, a normalised name or value); the registry never logs them.
    """

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        self._person_tokens: dict[str, set[str]] = {}
        self._lock = threading.Lock()

    def placeholder(self, entity_type: str, key: str) -> str:
        label = LABELS.get(entity_type, entity_type.replace("_", " "))
        with self._lock:
            found = self._by_key.get((label, key))
            if found is not None:
                return found
            n = self._counters.get(label, 0) + 1
            self._counters[label] = n
            value = f"[{label} {n}]"
            self._by_key[(label, key)] = value
            return value

    def person_key_for_unlisted(self, normalised_name: str) -> str:
        """Key for a person found by NER; a lone first name or surname joins a known full name.

        "Tom Reeves" then "Reeves" get the same key when exactly one earlier unlisted name
        contains that word.
        """
        tokens = normalised_name.split()
        with self._lock:
            if len(tokens) == 1:
                owners = [k for k, toks in self._person_tokens.items() if tokens[0] in toks]
                if len(owners) == 1:
                    return owners[0]
            key = "ner:" + normalised_name
            self._person_tokens.setdefault(key, set(tokens))
            return key

    def __len__(self) -> int:
        return len(self._by_key)
