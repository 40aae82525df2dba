"""The DPIA's editable parts as ordinary form controls: each field labelled in words, with the
question it answers; lists one item a line; risk scales as choices; consultees, risks and their
measures each with their own fields. Reading a submitted form gives the changes for
:func:`gateway.dpias.use_cases.edit` (values addressed by the DPIA's field paths, which people
never see)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import dpia as lib
from gateway.errors import InvalidInput


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    hint: str = ""
    kind: str = "text"  # text (a paragraph), line, lines (a list, one a line), yes_no


ABOUT = (
    Field("title", "Title of the assessment", kind="line"),
    Field("controller", "Controller (the organisation responsible)", kind="line"),
    Field("need_for_dpia", "Why a DPIA is needed (step 1)",
          "What makes the processing likely to be high risk to people."),
)

PROCESSING = (
    Field("nature", "Nature of the processing",
          "How the data is collected, used, stored and deleted; where it comes from; who it is "
          "shared with."),
    Field("scope", "Scope of the processing",
          "What data, how much and how often; how long it is kept; how many people; what area."),
    Field("context", "Context of the processing",
          "Your relationship with the people; what they expect; whether any are vulnerable; "
          "public concerns."),
    Field("purposes", "Purposes of the processing",
          "What it is meant to achieve, its effect on people and its benefits."),
    Field("data_subjects", "Whose data is processed", "One group a line, e.g. Students.",
          kind="lines"),
    Field("data_categories", "Kinds of personal data", "One kind a line.", kind="lines"),
    Field("special_category_data", "Special category data (if any)",
          "One kind a line, e.g. Health; leave empty if none.", kind="lines"),
    Field("criminal_offence_data", "Criminal offence data is processed", kind="yes_no"),
    Field("recipients", "Who the data is shared with", "One recipient a line.", kind="lines"),
)

NECESSITY = (
    Field("lawful_basis", "Lawful basis (UK GDPR Article 6)",
          "The basis, and the law or public task it rests on."),
    Field("special_category_condition", "Condition for special category data",
          "The Article 9(2) condition and the DPA 2018 Schedule 1 paragraph."),
    Field("criminal_offence_condition", "Condition for criminal offence data",
          "The Article 10 condition (DPA 2018 section 10(5))."),
    Field("appropriate_policy_document", "Appropriate policy document",
          "Which document, and when it is next reviewed."),
    Field("necessity_and_proportionality", "Why the processing is necessary and proportionate",
          "Does it achieve the purpose? Is there a less intrusive way?"),
    Field("function_creep", "How function creep is prevented"),
    Field("minimisation", "Data minimisation"),
    Field("accuracy", "How accuracy (data quality) is ensured"),
    Field("retention", "Retention periods"),
    Field("transparency", "What people are told"),
    Field("individual_rights", "How people's rights are supported"),
    Field("processors", "Processors used", "Write None if there are none."),
    Field("international_transfers", "International transfers", "Write None if there are none."),
)

CONSULTEE = (
    Field("stakeholder", "Who was consulted", kind="line"),
    Field("method", "How their views were sought"),
    Field("views", "What they said"),
    Field("response", "How their views were taken into account (or why not)"),
)

RISK = (
    Field("title", "Risk", kind="line"),
    Field("description", "What could happen to people"),
    Field("source", "Where the risk comes from", "Who or what could cause the harm."),
)

MEASURE = (
    Field("description", "Measure"),
    Field("owner", "Who puts it in place and keeps it working", kind="line"),
    Field("enforced_by", "Tests that show the gateway enforces it",
          "One a line, e.g. tests/test_x.py::test_name; leave empty when the provider carries "
          "the measure out.", kind="lines"),
)

LIKELIHOOD_WORDS = {
    lib.Likelihood.REMOTE: "Remote",
    lib.Likelihood.POSSIBLE: "Possible",
    lib.Likelihood.PROBABLE: "Probable",
}
SEVERITY_WORDS = {
    lib.Severity.MINIMAL: "Minimal",
    lib.Severity.SIGNIFICANT: "Significant",
    lib.Severity.SEVERE: "Severe",
}
EFFECT_WORDS = {
    lib.MeasureEffect.ELIMINATED: "Eliminates the risk",
    lib.MeasureEffect.REDUCED: "Reduces the risk",
    lib.MeasureEffect.ACCEPTED: "The risk is accepted",
}

PARTS = ("about", "processing", "consultation", "necessity", "risk")


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


def _text(form: Mapping[str, Any], name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def _values(form: Mapping[str, Any], fields: tuple[Field, ...], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields:
        raw = _text(form, prefix + f.name)
        if f.kind == "lines":
            out[f.name] = _lines(raw)
        elif f.kind == "yes_no":
            out[f.name] = raw == "yes"
        else:
            out[f.name] = raw
    return out


def _choice(enum: Any, words: Mapping[Any, str], raw: str, label: str, *, optional: bool) -> Any:
    if not raw and optional:
        return None
    try:
        return enum(raw).value
    except ValueError:
        raise InvalidInput(
            f"Choose {label}.", hint=f"One of: {', '.join(words.values())}."
        ) from None


def _next_id(prefix: str, taken: set[str]) -> str:
    n = 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


def _risk(form: Mapping[str, Any], current: lib.Risk | None, taken: set[str]) -> dict[str, Any]:
    """One risk from its form: its own fields, its scales, its measures (kept, changed or
    removed) and a new measure when one is described."""
    risk: dict[str, Any] = _values(form, RISK)
    if not risk["title"]:
        raise InvalidInput("Give the risk a short title.", hint="For example: Over-referral.")
    risk["likelihood"] = _choice(lib.Likelihood, LIKELIHOOD_WORDS, _text(form, "likelihood"),
                                 "how likely the harm is before measures", optional=False)
    risk["severity"] = _choice(lib.Severity, SEVERITY_WORDS, _text(form, "severity"),
                               "how severe the harm would be before measures", optional=False)
    risk["residual_likelihood"] = _choice(
        lib.Likelihood, LIKELIHOOD_WORDS, _text(form, "residual_likelihood"),
        "how likely the harm is after the measures", optional=True)
    risk["residual_severity"] = _choice(
        lib.Severity, SEVERITY_WORDS, _text(form, "residual_severity"),
        "how severe the harm would be after the measures", optional=True)
    measures: list[dict[str, Any]] = []
    for measure in current.measures if current else ():
        key = f"m-{measure.id}-"
        if _text(form, key + "remove") == "yes":
            continue
        values = _values(form, MEASURE, key)
        values["id"] = measure.id
        values["effect"] = _choice(lib.MeasureEffect, EFFECT_WORDS, _text(form, key + "effect"),
                                   f"what measure {measure.id} does to the risk", optional=False)
        measures.append(values)
    new = _values(form, MEASURE, "m-new-")
    if new["description"]:
        new["id"] = _next_id("M", taken)
        new["effect"] = _choice(lib.MeasureEffect, EFFECT_WORDS, _text(form, "m-new-effect"),
                                "what the new measure does to the risk", optional=False)
        measures.append(new)
    risk["measures"] = measures
    return risk


def changes(form: Mapping[str, Any], current: lib.DPIA) -> list[tuple[str, Any]]:
    """The changes a submitted part of the DPIA form asks for, as (field path, value) pairs;
    a form that does not say what it changes is refused."""
    part = _text(form, "part")
    if part == "about":
        return list(_values(form, ABOUT).items())
    if part == "processing":
        return [("processing", _values(form, PROCESSING))]
    if part == "necessity":
        return [("necessity", _values(form, NECESSITY))]
    if part == "consultation":
        entries: list[dict[str, Any]] = []
        for entry in current.consultation.entries:
            key = f"c-{entry.id}-"
            if _text(form, key + "remove") == "yes":
                continue
            entries.append({"id": entry.id, **_values(form, CONSULTEE, key)})
        new = _values(form, CONSULTEE, "c-new-")
        if any(new.values()):
            if not new["stakeholder"]:
                raise InvalidInput("Say who was consulted.",
                                   hint="For example: the students' union.")
            taken = {e.id for e in current.consultation.entries}
            entries.append({"id": _next_id("C", taken), **new})
        return [("consultation", {
            "entries": entries,
            "not_consulted_reason": _text(form, "not_consulted_reason"),
        })]
    if part == "risk":
        risk_id = _text(form, "risk")
        existing = {r.id: r for r in current.risks}
        if risk_id and risk_id not in existing:
            raise InvalidInput(f"There is no risk {risk_id} in this DPIA.",
                               hint="Open the DPIA again and change the risk shown there.")
        if risk_id and _text(form, "remove") == "yes":
            return [(f"risks.{risk_id}", None)]
        taken = {m.id for r in current.risks for m in r.measures}
        value = _risk(form, existing.get(risk_id), taken)
        new_id = risk_id or _next_id("R", set(existing))
        return [(f"risks.{new_id}", {"id": new_id, **value})]
    raise InvalidInput("The form did not say which part of the DPIA it changes.",
                       hint="Open the DPIA again and use the form of the part to change.")


# --- field paths in words, for what the library reports (people never see a path) ------------

_PATH = re.compile(
    r"\b(?:need_for_dpia|(?:processing|consultation|necessity|risks)(?:\.[A-Za-z0-9_]+)+)\b"
)
_BRACKETED = re.compile(r" \((?:risks|" + _PATH.pattern + r")(?:, " + _PATH.pattern + r")*\)")
_LEADING = re.compile(r"^(title|controller|need_for_dpia):")

_WORDS: dict[str, str] = {
    **{f.name: f.label for f in ABOUT},
    **{f"processing.{f.name}": f.label for f in PROCESSING},
    **{f"necessity.{f.name}": f.label for f in NECESSITY},
    "consultation.entries": "the consultees",
    "consultation.not_consulted_reason": "why views were not sought",
    "risks": "the risks",
}


def path_words(path: str) -> str:
    """A field path as people read it ("necessity.retention" -> "Retention periods")."""
    if path in _WORDS:
        return _WORDS[path]
    parts = path.split(".")
    if parts[0] == "consultation" and len(parts) >= 3:
        field = {f.name: f.label for f in CONSULTEE}.get(parts[3] if len(parts) > 3 else "")
        return f"consultee {parts[2]}" + (f": {field.lower()}" if field else "")
    if parts[0] == "risks" and len(parts) >= 2:
        rest = parts[2:]
        if rest[:1] == ["measures"] and len(rest) >= 2:
            measure = ".".join(rest[1:3]) if len(rest) > 2 and rest[2].isdigit() else rest[1]
            return f"risk {parts[1]}, measure {measure}"
        words = {f.name: f.label.lower() for f in RISK}
        words.update({"residual_likelihood": "likelihood after measures",
                      "residual_severity": "severity after measures",
                      "measures": "measures", "likelihood": "likelihood",
                      "severity": "severity"})
        return f"risk {parts[1]}" + (f": {words.get(rest[0], rest[0])}" if rest else "")
    return path.replace("_", " ").replace(".", ", ")


def in_words(message: str) -> str:
    """A message from the DPIA library with every field path put in words; a path given in
    brackets after words that already say it is dropped."""
    message = _BRACKETED.sub("", message)
    message = _LEADING.sub(lambda m: f"{_WORDS[m.group(1)]}:", message)
    return _PATH.sub(lambda m: path_words(m.group(0)), message)
