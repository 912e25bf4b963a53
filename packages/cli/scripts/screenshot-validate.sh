#!/usr/bin/env bash
# The validation report of an inbox as an officer gets one: the submitted plans among the bundled
# fixtures (corpus, office and chain plans as DOCX and PDF, and three files that cannot be read),
# not the test-only cases (layout constructs, hostile files). Built in Vietnamese (`--format html`), then shown at 1280 px, with every "… N mục nữa"
# clicked open, and printed on A4 (see screenshot.sh). Not run in CI (tests never need Chromium).
#
#   packages/cli/scripts/screenshot-validate.sh [OUT.png] [--docs]
#
# Default OUT: /tmp/validate.png (the HTML beside it). With --docs, also refreshes the README's
# pictures, docs/validate-report-vi.png and docs/diff-report-vi.png (the top of each page).
# Needs a build (`npx --yes pnpm@10.34.8 run build`), chromium, poppler-utils and ImageMagick.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
docs=false
if [ "${1:-}" = "--docs" ]; then docs=true; shift; fi
if [ "${2:-}" = "--docs" ]; then docs=true; fi
png="${1:-/tmp/validate.png}"
html="${png%.png}.html"
cd "$root"
# Exit code 1 only means some plans have errors: the report is still written.
inbox=(fixtures/corpus/*.docx fixtures/corpus/*.pdf fixtures/office/*.docx fixtures/office/*.pdf fixtures/chain/*.docx
  fixtures/broken/encrypted.pdf fixtures/broken/truncated.docx fixtures/broken/legacy.doc)
PLAN_EXTRACT_LANG=vi node packages/cli/bin/plan-extract.js validate "${inbox[@]}" --format html --output "$html" --quiet || [ $? -eq 1 ]
"$here/screenshot.sh" "$html" "$png" 1280x2400
if [ "$docs" = true ]; then
  mkdir -p docs
  convert "$png" -crop 1280x1500+0+0 +repage -strip docs/validate-report-vi.png
  PLAN_EXTRACT_LANG=vi "$here/screenshot-report.sh" fixtures/province/thai-nguyen-2026-action-month.txt fixtures/corpus/bac-kan-2026-action-month.txt /tmp/diff.png
  convert /tmp/diff.png -crop 1280x1300+0+0 +repage -strip docs/diff-report-vi.png
  echo "wrote docs/validate-report-vi.png and docs/diff-report-vi.png"
fi
