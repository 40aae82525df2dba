"""The `prevent-gateway` command.

Command groups are built only when they are used: `prevent-gateway --help` lists them with the
help of each group without building their commands, which keeps it well under 0.3 s. Each
module imports its heavy dependencies (Presidio, spaCy, FastAPI, reportlab, SQLAlchemy) inside
its commands.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import typer
from typer.core import TyperGroup

from gateway.cli import demo, redact, serve, setup
from gateway.cli.common import run_cli

#: name -> (module, attribute) of each command group, in the order `--help` lists them.
GROUPS: dict[str, tuple[str, str]] = {
    "db": ("gateway.cli.setup", "db_app"),
    "user": ("gateway.cli.user", "app"),
    "recipient": ("gateway.cli.recipient", "app"),
    "concern": ("gateway.cli.concern", "app"),
    "case": ("gateway.cli.case", "app"),
    "disclosure": ("gateway.cli.disclosure", "app"),
    "package": ("gateway.cli.package", "app"),
    "keys": ("gateway.cli.keys", "app"),
    "log": ("gateway.cli.log", "app"),
    "access-log": ("gateway.cli.access_log", "app"),
    "dpia": ("gateway.cli.dpia", "app"),
    "apd": ("gateway.cli.apd", "app"),
    "report": ("gateway.cli.report", "app"),
    "training": ("gateway.cli.training", "app"),
    "sar": ("gateway.cli.sar", "app"),
    "breach": ("gateway.cli.breach", "app"),
    "request": ("gateway.cli.request", "app"),
    "complaint": ("gateway.cli.complaint", "app"),
    "retention": ("gateway.cli.retention", "app"),
    "hold": ("gateway.cli.retention", "hold_app"),
}


def load_group(name: str) -> typer.Typer:
    module_name, attribute = GROUPS[name]
    group: typer.Typer = getattr(importlib.import_module(module_name), attribute)
    if name == "user":
        from gateway.cli import auth

        _once(group, "set-password", lambda: auth.register(group))
    elif name == "keys":
        from gateway.cli import retention

        _once(
            group, "rotate-kek", lambda: group.command("rotate-kek")(retention.rotate_kek_command)
        )
    return group


def _once(group: typer.Typer, command: str, add: Any) -> None:
    if not any(info.name == command for info in group.registered_commands):
        add()


class LazyGroup(TyperGroup):
    """A root group that builds a command group only when it is invoked or asked for."""

    def list_commands(self, ctx: Any) -> list[str]:
        return [*self.commands, *(name for name in GROUPS if name not in self.commands)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in GROUPS:
            command = typer.main.get_command(load_group(cmd_name))
            command.name = cmd_name
            self.commands[cmd_name] = command
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        from typer._click.utils import make_default_short_help

        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            if name in self.commands:
                rows.append((name, self.commands[name].get_short_help_str(limit)))
            else:  # the group's own help, without building its commands
                help_text = inspect.cleandoc(load_group(name).info.help or "")
                rows.append((name, make_default_short_help(help_text, limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


app = typer.Typer(
    name="prevent-gateway",
    cls=LazyGroup,
    help="The one door through which Prevent-duty personal data leaves the provider: lawful "
    "basis, DPO approval, redaction, signed referral packages and a verifiable sharing log.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

setup.register(app)
demo.register(app)
serve.register(app)
redact.register(app)


def main() -> None:
    run_cli(app)


if __name__ == "__main__":
    main()
