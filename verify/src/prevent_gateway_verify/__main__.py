"""`python -m prevent_gateway_verify`: the same as the `prevent-gateway-verify` command."""

from prevent_gateway_verify.cli import main

main()
