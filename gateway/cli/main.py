"""The `prevent-gateway` command. Sub-command modules import their heavy dependencies lazily,
so `prevent-gateway --help` stays fast."""

from __future__ import annotations

import typer

from gateway.cli import case, concern, demo, disclosure, recipient, setup, user
from gateway.cli.common import run_cli

app = typer.Typer(
    name="prevent-gateway",
    help="The one door through which Prevent-duty personal data leaves the provider: lawful "
    "basis, DPO approval, redaction, signed referral packages and a verifiable sharing log.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

setup.register(app)
demo.register(app)
app.add_typer(setup.db_app, name="db")
app.add_typer(user.app, name="user")
app.add_typer(recipient.app, name="recipient")
app.add_typer(concern.app, name="concern")
app.add_typer(case.app, name="case")
app.add_typer(disclosure.app, name="disclosure")


def _optional_groups() -> None:
    # Groups written alongside (package, keys, log, dpia, redact): wired when present.
    import importlib

    for module, name in (
        ("gateway.cli.package", "package"),
        ("gateway.cli.keys", "keys"),
        ("gateway.cli.log", "log"),
        ("gateway.cli.dpia", "dpia"),
    ):
        try:  # TODO(integration): import statically once every group has landed
            mod = importlib.import_module(module)
        except ModuleNotFoundError:
            continue
        app.add_typer(mod.app, name=name)
    try:
        from gateway.cli import redact

        redact.register(app)
    except ImportError:
        pass


_optional_groups()


def main() -> None:
    run_cli(app)


if __name__ == "__main__":
    main()
