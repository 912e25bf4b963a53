import { isPlanError } from '../errors.js';
import { extract } from '../extract/index.js';
import { locateMessages } from '../locate.js';
import { localize } from '../messages/index.js';
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
 * becomes a report with status `unreadable`, its error code and a one-line reason. Findings
 * are in the validator's language and carry their location in the file (`Location`).
 */
export async function checkFile(path: string, options: CheckFileOptions): Promise<FileReport> {
  const lang = options.validator.lang;
  let findings: Finding[];
  let kind: FileReport['kind'];
  try {
    const { value: doc, messages } = await readDocument(options.input ?? path, { ...options.read, path });
    const { value: plan } = extract(doc, { path });
    kind = plan.kind;
    const checked = options.validator.validate({ plan, upper: options.upper ?? null, pageStarts: doc.pageStarts });
    // Not a plan: that one finding says it all; the reader's notes about the file would only distract.
    const notPlan = checked.length === 1 && checked[0]?.ruleId === 'document/not-a-plan';
    findings = notPlan ? checked : [...localize(messages.filter((m) => m.severity !== 'info'), lang), ...checked];
    if (notPlan) kind = null;
    locateMessages(findings, doc);
  } catch (error) {
    if (isPlanError(error)) return unreadableReport(path, error.code, error.reason, { detail: error.detail, lang });
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? 'internal error') : String(error);
    return unreadableReport(path, 'E_INTERNAL', `internal error: ${reason}`, { lang });
  }
  return { path, status: statusOf(findings), kind, findings };
}
