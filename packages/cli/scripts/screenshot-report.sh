#!/usr/bin/env bash
# Render a diff report as HTML and screenshot it in headless Chromium, to look at the page
# as a reader would. Not run in CI (tests never need Chromium).
#
#   packages/cli/scripts/screenshot-report.sh [UPPER] [LOWER] [OUT.png]
#
# Defaults: the Thái Nguyên province plan against the Bắc Kạn ward plan (a changed theme,
# reworded, missing and extra slogans, an uncovered function), written to /tmp/diff.png,
# with the HTML next to it (/tmp/diff.html). Needs a build (`npx --yes pnpm@10.34.8 run build`)
# and Debian's chromium (`apt-get install -y chromium`); set CHROMIUM to use another binary.
# Open the PNG afterwards and check: the summary at the top, each section side by side,
# struck-through upper-only and underlined lower-only text, nothing cut off, Vietnamese letters intact.
set -euo pipefail

root="$(cd "$(dirname "$0")/../../.." && pwd)"
upper="${1:-$root/fixtures/province/thai-nguyen-2026-action-month.txt}"
lower="${2:-$root/fixtures/corpus/bac-kan-2026-action-month.txt}"
png="${3:-/tmp/diff.png}"
html="${png%.png}.html"
# Exit code 1 only means the diff has error-level findings: the report is still written.
node "$root/packages/cli/bin/plan-extract.js" diff "$upper" "$lower" --format html --output "$html" || [ $? -eq 1 ]

"$(dirname "$0")/screenshot.sh" "$html" "$png"
