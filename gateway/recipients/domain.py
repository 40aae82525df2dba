"""Who may receive disclosures, in the policy's words."""

from __future__ import annotations

from enum import StrEnum


class RecipientKind(StrEnum):
    REGIONAL_PREVENT_COORDINATOR = "regional_prevent_coordinator"
    CHANNEL_PANEL = "channel_panel"
    POLICE_PREVENT_TEAM = "police_prevent_team"

    @property
    def label(self) -> str:
        return {
            "regional_prevent_coordinator": "Regional Prevent Coordinator",
            "channel_panel": "Channel panel",
            "police_prevent_team": "Police Prevent team",
        }[self.value]
