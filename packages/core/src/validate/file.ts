import { isPlanError } from '../errors.js';
import { extract } from '../extract/index.js';
import { readDocument, type ReadInput } from '../read/index.js';
import type { ReadOptions } from '../read/options.js';
import type { PlanExtraction } from '../schema.js';
import type { Validator } from './index.js';
import { statusOf, unreadableReport, type FileReport } from './report.js';
import type { Finding } from './rule.js';

export interface CheckFileOptions {
  validator: Validator;
  /** The upper plan, already extracted, for `--against`. */
  upper?: PlanExtraction | null;
  read?: ReadOptions;
  /** What to read, when not `path` itself (the bytes of a name that is not UTF-8: `{ file }`); `path` names it. */
  input?: ReadInput;
}

/**
 * Read, extract and validate one file. Never throws for a bad input: an unreadable file
 * becomes a report with status `unreadable`, its error code and a one-line reason.
 */
export async function checkFile(path: string, options: CheckFileOptions): Promise<FileReport> {
  let findings: Finding[];
  let kind: FileReport['kind'];
  try {
    const { value: doc, messages } = await readDocument(options.input ?? path, { ...options.read, path });
    const { value: plan } = extract(doc, { path });
    kind = plan.kind;
    findings = [...messages.filter((m) => m.severity !== 'info'), ...options.validator.validate({ plan, upper: options.upper ?? null, pageStarts: doc.pageStarts })];
    withLines(findings, doc.text);
  } catch (error) {
    if (isPlanError(error)) return unreadableReport(path, error.code, error.reason);
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? 'internal error' : String(error);
    return unreadableReport(path, 'E_INTERNAL', `internal error: ${reason}`);
  }
  return { path, status: statusOf(findings), kind, findings };
}

/** Adds 1-based `line` and `column` to findings with a span, for terminals, SARIF and CI annotations. */
export function withLines(findings: Finding[], text: string): void {
  const withSpan = findings.filter((f) => f.span).sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  let line = 1;
  let lineStart = 0;
  let at = 0;
  // One pass over the text for all findings, in offset order.
  for (const f of withSpan) {
    const target = f.span?.start ?? 0;
    for (; at < target && at < text.length; at++) {
      if (text.charCodeAt(at) === 10) {
        line++;
        lineStart = at + 1;
      }
    }
    f.line = line;
    f.column = target - lineStart + 1;
  }
}
