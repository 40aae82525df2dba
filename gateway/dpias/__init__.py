"""DPIAs in the gateway: every version of each processing activity's DPIA, stored as JSON."""
