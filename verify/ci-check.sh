#!/usr/bin/env bash
# CI for the stand-alone verifier (verify/, distribution prevent-gateway-verify):
# install it in a fresh virtual environment and say how much it added, then open and verify the
# demo's sealed package and verify the demo's sharing-log export with it, every key pinned.
#
# Needs the product's `prevent-gateway` command (set PREVENT_GATEWAY_CMD to run it otherwise)
# to run the demo and to hand out the keys an organisation gives a coordinator or an auditor.
# Run from anywhere: bash verify/ci-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
read -r -a product <<<"${PREVENT_GATEWAY_CMD:-prevent-gateway}"
limit_mb=40

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== prevent-gateway-verify: install in a fresh virtual environment"
python3 -m venv "$work/venv"
# The verifier's environment sees nothing of the repository or of the product's environment.
py=(env -u PYTHONPATH "$work/venv/bin/python")
site="$("${py[@]}" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
before_kb="$(du -sk "$site" | cut -f1)"
"${py[@]}" -m pip install --quiet ./verify
after_kb="$(du -sk "$site" | cut -f1)"
added_mb="$(( (after_kb - before_kb + 1023) / 1024 ))"
echo "prevent-gateway-verify added ${added_mb} MB to a fresh virtual environment (limit ${limit_mb} MB):"
"${py[@]}" -m pip list --disable-pip-version-check --format=freeze | sed 's/^/  /'
if [ "$added_mb" -ge "$limit_mb" ]; then
  echo "FAIL: the verifier must add less than ${limit_mb} MB" >&2
  exit 1
fi
(cd "$work" && "${py[@]}" - <<'PY'
import sys

import prevent_gateway_verify.cli  # noqa: F401

heavy = sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "gateway", "sharing_log"})
assert not heavy, f"the verifier imported {heavy}"
PY
)
pgv=(env -u PYTHONPATH "$work/venv/bin/prevent-gateway-verify")

echo "== the demo, and the keys the organisation hands out"
demo="$work/demo"
"${product[@]}" demo --data-dir "$demo" >"$work/demo.out"
export PREVENT_GATEWAY_DATA_DIR="$demo"
"${product[@]}" keys export-public --out "$work/org.pub" >/dev/null
"${product[@]}" log key --out "$work/log.vkey" >/dev/null
sealed="$(find "$demo/packages" -name '*.sealed' | head -n 1)"
recipient_key="$demo/recipient-keys/rpc-north-west.key.pem"
export_dir="$demo/log-export"
test -f "$sealed" && test -f "$recipient_key" && test -f "$export_dir/checkpoint"

echo "== open and verify the sealed package (pinned organisation and log keys)"
"${pgv[@]}" open "$sealed" --key "$recipient_key" --org-key "$work/org.pub" \
  --log-key "$work/log.vkey" --out "$work/opened"
"${pgv[@]}" verify "$work/opened" --org-key "$work/org.pub" --log-key "$work/log.vkey"

echo "== verify the sharing-log export (pinned log key, then a pinned-keys file)"
"${pgv[@]}" log "$export_dir" --key "$work/log.vkey"
{ echo "# sharing logs this auditor pins"; cat "$work/log.vkey"; } >"$work/pinned-keys"
"${pgv[@]}" log "$export_dir" --pinned-keys "$work/pinned-keys"
"${pgv[@]}" consistency "$export_dir/checkpoint" "$export_dir" --key "$work/log.vkey"

echo "== the export's own key is not trusted silently"
if "${pgv[@]}" log "$export_dir" >"$work/refused.out" 2>&1; then
  echo "FAIL: the export verified without a pinned key" >&2
  exit 1
fi
grep -q -- "--key" "$work/refused.out"
echo "prevent-gateway-verify: OK"
