/** What the commands share: the one-line reports of an input they cannot use, and reader warnings. */
import { describeError, t, terms, type Lang, type PlanError, type Severity } from '@plan-extract/core';

/** "<file>: <reason> (E_CODE)": a file that cannot be read, in the user's language. */
export function unreadableLine(error: PlanError, lang: Lang): string {
  return `${error.file ?? '<input>'}: ${describeError(error, lang)} (${error.code})`;
}

/** "<file>: not a plan … (document/not-a-plan)". */
export function notAPlanLine(path: string, lang: Lang): string {
  return `${path}: ${t(lang, 'document/not-a-plan')} (document/not-a-plan)`;
}

/** "<file>: warning: <message> (read/…)", for what a reader noticed while reading the file. */
export function readerWarningLines(path: string, messages: ReadonlyArray<{ ruleId: string; severity: Severity; message: string }>, lang: Lang): string[] {
  return messages
    .filter((m) => m.ruleId.startsWith('read/') && m.severity !== 'info')
    .map((m) => `${path}: ${terms(lang).severity[m.severity]}: ${m.message} (${m.ruleId})`);
}
