#!/usr/bin/env bash
# Screenshot an HTML report in headless Chromium, to look at it as a reader would.
# Not run in CI (tests never need Chromium).
#
#   packages/cli/scripts/screenshot.sh REPORT.html OUT.png [WIDTHxHEIGHT]
#
# Needs Debian's chromium (`apt-get install -y chromium`); set CHROMIUM to use another binary.
set -euo pipefail
html="$(realpath "$1")"
png="$2"
size="${3:-1280,2000}"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium" ]; then
  echo "screenshot: chromium not found (apt-get install -y chromium, or set CHROMIUM)" >&2
  exit 2
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# The background-networking flags matter here: this machine has no network to reach.
"$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
  --hide-scrollbars --window-size="${size/x/,}" --screenshot="$png" "file://$html" 2>/dev/null
echo "wrote $png"
