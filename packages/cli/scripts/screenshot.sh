#!/usr/bin/env bash
# Look at an HTML report as its readers will: on screen at 1280 px, with every "… and N more"
# opened by a click, and printed on A4. Not run in CI (tests never need Chromium).
#
#   packages/cli/scripts/screenshot.sh REPORT.html OUT.png [WIDTHxHEIGHT]
#
# Writes OUT.png (the page as it opens), OUT-open.png (after clicking every "… more" summary; the
# script fails if one did not open), OUT.pdf (Chromium's A4 print) and OUT-print-1.png, -2.png (its
# first pages). Needs Debian's chromium and poppler-utils (pdftoppm); set CHROMIUM for another binary.
# Open the PNGs afterwards: what is wrong comes first, errors red, warnings amber, notes muted,
# Vietnamese letters intact, nothing cut off, and in print the folded rows are there.
set -euo pipefail
html="$(realpath "$1")"
png="$2"
size="${3:-1280x2000}"
base="${png%.png}"
mkdir -p "$(dirname "$png")"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium" ]; then
  echo "screenshot: chromium not found (apt-get install -y chromium, or set CHROMIUM)" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The background-networking flags matter here: this machine has no network to reach.
run() {
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" \
    --hide-scrollbars "$@" 2>/dev/null
}

run --window-size="${size/x/,}" --screenshot="$png" "file://$html"
echo "wrote $png"

# Every fold opened the way a reader opens it: a click on its summary (no script of the report's own).
opened="$work/opened.html"
sed 's#</body>#<script>for (const s of document.querySelectorAll("details > summary")) s.click();</script></body>#' "$html" > "$opened"
run --virtual-time-budget=2000 --dump-dom "file://$opened" > "$work/dom.html"
folds="$({ grep -o '<details' "$work/dom.html" || true; } | wc -l)"
open="$({ grep -oE '<details[^>]* open' "$work/dom.html" || true; } | wc -l)"
echo "folds: $folds, opened by a click: $open"
[ "$folds" = "$open" ] || { echo "screenshot: $((folds - open)) fold(s) did not open" >&2; exit 1; }
run --window-size="${size/x/,}" --virtual-time-budget=2000 --screenshot="$base-open.png" "file://$opened"
echo "wrote $base-open.png"

run --no-pdf-header-footer --print-to-pdf="$base.pdf" "file://$html"
rm -f "$base"-print-*.png
for page in 1 2; do pdftoppm -r 70 -png -f "$page" -l "$page" -singlefile "$base.pdf" "$base-print-$page"; done
echo "wrote $base.pdf ($(pdfinfo "$base.pdf" | awk '/^Pages/ {print $2}') A4 pages) and $base-print-1.png, $base-print-2.png"
