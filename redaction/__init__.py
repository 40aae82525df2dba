"""redaction library."""
