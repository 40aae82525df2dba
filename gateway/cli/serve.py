"""`prevent-gateway serve`: the web app and API under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer


def build_app() -> object:
    """Uvicorn factory (`gateway.cli.serve:build_app`): each worker opens its own context."""
    from gateway.cli.common import open_ctx
    from gateway.http.app import create_app

    return create_app(open_ctx())


def serve_command(
    host: Annotated[
        str, typer.Option(help="Address to listen on. Keep 127.0.0.1 behind a reverse proxy.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes (use PostgreSQL for more than one).")
    ] = 1,
    proxy_headers: Annotated[
        bool, typer.Option(help="Trust X-Forwarded-For/Proto from --forwarded-allow-ips.")
    ] = False,
    forwarded_allow_ips: Annotated[
        str, typer.Option(help="Addresses of the reverse proxy whose headers are trusted.")
    ] = "127.0.0.1",
) -> None:
    """Serve the web app and the API (OpenAPI documentation at /docs)."""
    import uvicorn

    from gateway.cli.common import cli_settings
    from gateway.installation import check_ready_to_serve

    check_ready_to_serve(cli_settings())  # fails early, with a clear message
    typer.echo(f"prevent-gateway on http://{host}:{port}/ (API documentation at /docs)")
    uvicorn.run(
        "gateway.cli.serve:build_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=proxy_headers,
        forwarded_allow_ips=forwarded_allow_ips,
        server_header=False,
        log_level="warning",
        access_log=False,  # request paths carry case references: no personal data in app logs
    )


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
