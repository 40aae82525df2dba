"""The web app: server-rendered pages (Jinja2) that work without JavaScript."""

from gateway.web.pages import HTML_ERRORS, install

__all__ = ["HTML_ERRORS", "install"]
