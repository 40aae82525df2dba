"""The `prevent-gateway` command. Sub-command modules import only Typer at module level and
their heavy dependencies inside the commands, so `prevent-gateway --help` stays fast."""

from __future__ import annotations

import typer

from gateway.cli import (
    access_log,
    auth,
    case,
    concern,
    demo,
    disclosure,
    dpia,
    keys,
    log,
    package,
    recipient,
    redact,
    report,
    retention,
    sar,
    serve,
    setup,
    training,
    user,
)
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
serve.register(app)
redact.register(app)
auth.register(user.app)
app.add_typer(setup.db_app, name="db")
app.add_typer(user.app, name="user")
app.add_typer(recipient.app, name="recipient")
app.add_typer(concern.app, name="concern")
app.add_typer(case.app, name="case")
app.add_typer(disclosure.app, name="disclosure")
app.add_typer(package.app, name="package")
app.add_typer(keys.app, name="keys")
app.add_typer(log.app, name="log")
app.add_typer(dpia.app, name="dpia")
app.add_typer(report.app, name="report")
app.add_typer(training.app, name="training")
app.add_typer(sar.app, name="sar")
app.add_typer(access_log.app, name="access-log")
retention.register(app)  # retention, hold, keys rotate-kek


def main() -> None:
    run_cli(app)


if __name__ == "__main__":
    main()
