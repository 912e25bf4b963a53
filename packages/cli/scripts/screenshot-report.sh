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
# screenshot.sh also writes the page with every fold clicked open (-open.png) and its A4 print
# (.pdf, -print-1.png, -print-2.png). Open the PNGs afterwards and check: the verdict and what to fix
# at the top (errors red, warnings amber, notes muted), the lower plan's words beside what the upper
# plan asks, each section side by side with struck-through upper-only and underlined lower-only text,
# nothing cut off, Vietnamese letters intact. PLAN_EXTRACT_LANG=en for the English report.
set -euo pipefail

root="$(cd "$(dirname "$0")/../../.." && pwd)"
upper="${1:-$root/fixtures/province/thai-nguyen-2026-action-month.txt}"
lower="${2:-$root/fixtures/corpus/bac-kan-2026-action-month.txt}"
png="${3:-/tmp/diff.png}"
html="${png%.png}.html"
# Exit code 1 only means the diff has error-level findings: the report is still written.
node "$root/packages/cli/bin/plan-extract.js" diff "$upper" "$lower" --format html --output "$html" || [ $? -eq 1 ]

"$(dirname "$0")/screenshot.sh" "$html" "$png"
