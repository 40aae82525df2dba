"""dpia library."""
