"""The API documentation pages (/docs, /redoc) served entirely by the app.

Swagger UI and ReDoc come from the pinned ``fastapi-offline`` package, which ships their built
assets, so the pages work with no outside network and no script from another host runs on the
origin of the signed-in case pages. Both pages send a Content-Security-Policy that allows
scripts from this origin only (the Swagger UI start-up script is a file, not inline); styles may be
inline because both renderers set them at run time.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs-assets"
OWN_ASSETS = "/docs-assets/own"

#: What the documentation pages may load: this origin only.
DOCS_CSP = (
    b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    b"img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; "
    b"form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
DOCS_PATHS = ("/docs", "/redoc")


def _vendor_dir() -> Path:
    return Path(str(resources.files("fastapi_offline").joinpath("static")))


def _page(title: str, head: str, body: str) -> HTMLResponse:
    return HTMLResponse(
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n"
        f'<link rel="icon" href="{ASSETS}/favicon.png">\n{head}</head>\n'
        f"<body>\n{body}</body>\n</html>\n"
    )


def install(app: FastAPI) -> None:
    app.mount(ASSETS + "/own", StaticFiles(directory=Path(__file__).parent / "docs_static"))
    app.mount(ASSETS, StaticFiles(directory=_vendor_dir()))

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return _page(
            "prevent-gateway API",
            f'<link rel="stylesheet" href="{ASSETS}/swagger-ui.css">\n',
            '<main id="swagger-ui"></main>\n'
            f'<script src="{ASSETS}/swagger-ui-bundle.js"></script>\n'
            f'<script src="{OWN_ASSETS}/swagger-init.js"></script>\n',
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return _page(
            "prevent-gateway API reference",
            "",
            '<redoc spec-url="/openapi.json"></redoc>\n'
            f'<script src="{ASSETS}/redoc.standalone.js"></script>\n',
        )
