"""What a DPIA still needs before it can be submitted to the DPO or approved.

Each function returns a list of plain-English items; an empty list means "ready".
"""

from __future__ import annotations

from dpia.model import DPIA, PLACEHOLDER

_PROCESSING_FIELDS = {
    "nature": "Step 2: the nature of the processing",
    "scope": "Step 2: the scope of the processing",
    "context": "Step 2: the context of the processing",
    "purposes": "Step 2: the purposes of the processing",
}

_NECESSITY_FIELDS = {
    "lawful_basis": "Step 4: the lawful basis (UK GDPR Article 6)",
    "necessity_and_proportionality": "Step 4: why the processing is necessary and proportionate",
    "function_creep": "Step 4: how function creep is prevented",
    "minimisation": "Step 4: data minimisation",
    "accuracy": "Step 4: how accuracy (data quality) is ensured",
    "retention": "Step 4: retention periods",
    "transparency": "Step 4: what individuals are told",
    "individual_rights": "Step 4: how individuals' rights are supported",
    "processors": "Step 4: processors used (write 'None' if there are none)",
    "international_transfers": ("Step 4: international transfers (write 'None' if there are none)"),
}


def missing_for_submission(dpia: DPIA) -> list[str]:
    """Everything steps 2-6 still lack before the DPO can be asked for advice."""
    missing: list[str] = []
    if not dpia.need_for_dpia.strip():
        missing.append("Step 1: why a DPIA is needed (need_for_dpia)")
    for field, label in _PROCESSING_FIELDS.items():
        if not getattr(dpia.processing, field).strip():
            missing.append(f"{label} (processing.{field})")
    if not dpia.processing.data_subjects:
        missing.append("Step 2: whose data is processed (processing.data_subjects)")
    if not dpia.processing.data_categories:
        missing.append("Step 2: the categories of data (processing.data_categories)")
    if not dpia.processing.recipients:
        missing.append("Step 2: who the data is shared with (processing.recipients)")

    consultation = dpia.consultation
    if not consultation.entries and not consultation.not_consulted_reason.strip():
        missing.append(
            "Step 3: the views sought (consultation.entries), or why they were not sought "
            "(consultation.not_consulted_reason)"
        )
    for entry in consultation.entries:
        if not entry.views.strip():
            missing.append(
                f"Step 3: the views of {entry.stakeholder} (consultation.entries.{entry.id})"
            )

    necessity = dpia.necessity
    for field, label in _NECESSITY_FIELDS.items():
        if not getattr(necessity, field).strip():
            missing.append(f"{label} (necessity.{field})")
    if dpia.processing.special_category_data and not necessity.special_category_condition.strip():
        missing.append(
            "Step 4: the Article 9(2) condition and DPA 2018 Schedule 1 paragraph for the special "
            "category data (necessity.special_category_condition)"
        )
    if dpia.processing.criminal_offence_data and not necessity.criminal_offence_condition.strip():
        missing.append(
            "Step 4: the Article 10 condition for criminal offence data "
            "(necessity.criminal_offence_condition)"
        )

    if not dpia.risks:
        missing.append("Step 5: at least one risk to individuals (risks)")
    for risk in dpia.risks:
        where = f"risks.{risk.id}"
        if not risk.description.strip():
            missing.append(
                f"Step 5: a description of risk {risk.id} '{risk.title}' ({where}.description)"
            )
        if not risk.source.strip():
            missing.append(f"Step 5: the source of risk {risk.id} '{risk.title}' ({where}.source)")
        if not risk.measures:
            missing.append(
                f"Step 6: at least one measure for risk {risk.id} '{risk.title}' ({where}.measures)"
            )
        for measure in risk.measures:
            if not measure.description.strip():
                missing.append(
                    f"Step 6: the description of measure {measure.id} "
                    f"({where}.measures.{measure.id})"
                )
        residual = risk.residual_level
        if residual is None:
            missing.append(
                f"Step 6: the residual likelihood and severity of risk {risk.id} '{risk.title}' "
                f"({where}.residual_likelihood, {where}.residual_severity)"
            )
        elif residual.rank > risk.level.rank:
            missing.append(
                f"Step 6: the residual risk of {risk.id} '{risk.title}' ({residual.value}) "
                f"cannot be higher than the risk before measures ({risk.level.value})"
            )

    for path, text in dpia.iter_text_fields():
        start = text.find(PLACEHOLDER)
        if start >= 0:
            end = text.find("]", start)
            asked = text[start : end + 1 if end >= 0 else len(text)]
            missing.append(f"{path}: replace the template text {asked}")
    return missing
