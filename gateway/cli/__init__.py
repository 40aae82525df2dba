"""Command-line adapters over the services."""
