"""The web app: server-rendered pages (Jinja2) that work without JavaScript, one module per area."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from gateway.web.rendering import HERE, HTML_ERRORS
from gateway.web.session import SESSION_COOKIE


def install(app: FastAPI) -> None:
    from gateway.web import (
        account_pages,
        admin_pages,
        apd_pages,
        audit_pages,
        breach_pages,
        case_pages,
        disclosure_pages,
        dpia_pages,
        redress_pages,
        report_pages,
        retention_pages,
        rights_pages,
        sar_pages,
        training_pages,
    )

    for area in (
        account_pages,
        case_pages,
        disclosure_pages,
        report_pages,
        admin_pages,
        audit_pages,
        retention_pages,
        sar_pages,
        training_pages,
        dpia_pages,
        apd_pages,
        rights_pages,
        breach_pages,
        redress_pages,
    ):
        app.include_router(area.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")


__all__ = ["HTML_ERRORS", "SESSION_COOKIE", "install"]
