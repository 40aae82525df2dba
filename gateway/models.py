"""Imports every gateway model module so that Base.metadata is complete (Alembic, tests)."""

import gateway.access_log.models
import gateway.auth.models  # noqa: F401
import gateway.cases.models
import gateway.disclosures.models
import gateway.dpias.models
import gateway.recipients.models
import gateway.users.models  # noqa: F401
import gateway.training.models  # noqa: F401
import gateway.sar.models  # noqa: F401
import gateway.retention.models  # noqa: F401
