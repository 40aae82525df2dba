"""prevent-gateway: the one door through which Prevent-duty personal data leaves the provider."""

__version__ = "0.1.0"
