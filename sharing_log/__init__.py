"""sharing_log library."""
