from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo(
        data_dir: Annotated[
            Path | None,
            typer.Option(help="Where to put the demo installation (default: a new temp dir)."),
        ] = None,
        database_url: Annotated[
            str | None,
            typer.Option(help="An EMPTY database to use instead of SQLite, e.g. PostgreSQL."),
        ] = None,
    ) -> None:
        """Take a fictional case through every step, then verify the package and log offline."""
        import warnings

        from rich.console import Console

        from gateway.demo import run_demo

        out = Console(highlight=False)
        step = 0

        def say(title: str, detail: str) -> None:
            nonlocal step
            step += 1
            out.print(f"[bold]{step:2}. {title}[/]: {detail}")

        out.print("[bold]prevent-gateway demo[/] — a fictional case, every step real.\n")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = run_demo(data_dir, database_url, say)
        out.print(
            f"\n[bold green]Done.[/] Disclosure {result.disclosure} released and verified; "
            f"sharing log of {result.log_size} entr{'y' if result.log_size == 1 else 'ies'} "
            f"verified.\nDemo installation: {result.data_dir}"
        )
