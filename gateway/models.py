"""Imports every gateway model module so that Base.metadata is complete (Alembic, tests)."""

import gateway.access_log.models
import gateway.apd.models
import gateway.audit.models
import gateway.auth.models
import gateway.breaches.models
import gateway.cases.models
import gateway.complaints.models
import gateway.corrections.models
import gateway.disclosures.models
import gateway.dpias.models
import gateway.encryption.models
import gateway.recipients.models
import gateway.references
import gateway.requests.models
import gateway.retention.models
import gateway.rights.models
import gateway.sar.models
import gateway.training.models
import gateway.users.models  # noqa: F401
