/**
 * How far findings on a scanned plan are trusted. OCR misreads: "30/6" can come out "80/6", a
 * theme can lose a tone mark, a line under a seal can vanish. An error is a claim that the plan
 * is wrong, so it must not rest on a reading OCR itself doubted. Two cases are reported as
 * warnings instead, with a note saying why (the severity a rule is configured with is not
 * otherwise changed): an error whose span covers a word OCR read with low confidence
 * (`source.ocrPages[].lowConfidence`) — the value may be misread, not wrong.
 *
 * An error with no span (a field not found at all) on a plan with a page read with low confidence
 * (`read/ocr-low-confidence`) stays an error — no value of doubtful reading backs it, and a scan
 * too poor to read must not pass as valid — but gets a note: the field may be on that page,
 * unreadable. An error on words read with good confidence stays an error: a scan is checked like
 * any plan.
 */
import type { PlanExtraction, Span } from '../schema.js';
import { t, type Lang } from '../messages/index.js';
import type { Finding } from './rule.js';
import { lowConfidencePages, pageList } from './rules/ocr.js';

/** Findings with errors that rest on doubtful OCR turned into warnings, and missing-field errors noted (a new array; the input is not changed). */
export function weighOcrDoubt(findings: Finding[], plan: PlanExtraction, lang: Lang): Finding[] {
  if (!plan.source.ocr) return findings;
  const doubtful: Span[] = (plan.source.ocrPages ?? []).flatMap((p) => p.lowConfidence);
  const lowPages = lowConfidencePages(plan.source.ocrPages).map((p) => p.page);
  return findings.map((finding) => {
    if (finding.severity !== 'error' || finding.ruleId.startsWith('read/')) return finding;
    const span = finding.span;
    if (span) {
      const words = doubtful.filter((d) => d.start < span.end && span.start < d.end);
      if (words.length === 0) return finding;
      const quoted = words.slice(0, 3).map((d) => `“${plan.text.slice(d.start, d.end)}”`).join(', ');
      return { ...finding, severity: 'warning', note: t(lang, 'note:ocr-doubtful-words', { count: words.length, words: quoted }) };
    }
    if (lowPages.length === 0) return finding;
    return { ...finding, note: t(lang, 'note:ocr-low-pages', { pages: pageList(lowPages), count: lowPages.length }) };
  });
}
