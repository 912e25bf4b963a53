/**
 * Stage 5: validation. Rules (one concern each, `rules/`) read an extracted plan and yield
 * findings shaped like messages: stable rule id, severity, field, plain message, span.
 */
import type { PlanExtraction, Span } from '../schema.js';
import { pageAt } from '../model.js';
import { DEFAULT_LANG, render, type Lang, type MessageRef } from '../messages/index.js';
import { parseConfig, type ValidateConfig, type ValidateConfigInput } from './config.js';
import type { Finding, Rule, RuleContext, RuleHit } from './rule.js';
import { RULES } from './rules/index.js';
import { notAPlan } from './rules/document.js';
import { weighOcrDoubt } from './ocr-trust.js';
import { loadSpeller, type Speller } from './spelling.js';

export { RULES } from './rules/index.js';
export { looksLikePlan } from './rules/document.js';
export { NATIONAL_THEMES } from './themes.js';
export { ValidateConfig, RuleSetting, ConfigError, parseConfig, renamedRuleIds, type ValidateConfigInput } from './config.js';
export type { Rule, RuleHit, RuleContext, Field, Finding } from './rule.js';
export { loadSpeller, CONFUSABLES, DOMAIN_WORDS, type Speller, type SpellingIssue } from './spelling.js';

export interface ValidateInput {
  plan: PlanExtraction;
  /** The upper plan, for `--against` checks. */
  upper?: PlanExtraction | null;
  /** Page starts of the plan's document (PDF), so findings carry pages. */
  pageStarts?: number[];
}

export interface ValidatorOptions {
  /** The language of findings' messages; default Vietnamese. */
  lang?: Lang;
}

export interface Validator {
  readonly config: ValidateConfig;
  readonly lang: Lang;
  /**
   * Findings for one plan, ordered by position then rule id. A document that is not a plan
   * gets `document/not-a-plan` alone: checking a README's spelling helps nobody.
   */
  validate(input: ValidateInput): Finding[];
}

/** A validator with its configuration applied; loads the spelling dictionary once. */
export async function createValidator(config: ValidateConfigInput | ValidateConfig = {}, options: ValidatorOptions = {}): Promise<Validator> {
  const lang = options.lang ?? DEFAULT_LANG;
  const resolved = parseConfig(config, { lang });
  const speller = cached(await loadSpeller(resolved.words));
  const active = RULES.filter((rule) => resolved.rules[rule.id] !== 'off' && rule !== notAPlan);
  const gate = resolved.rules[notAPlan.id] === 'off' ? null : notAPlan;
  return {
    config: resolved,
    lang,
    validate({ plan, upper = null, pageStarts = [] }) {
      const span = (start: number, end: number): Span => ({ start, end, page: pageAt({ pageStarts }, start) });
      const ctx: RuleContext = { plan, upper, config: resolved, speller, span, lang };
      if (gate) {
        const notPlan = run(gate, ctx, resolved);
        if (notPlan.length > 0) return notPlan;
      }
      const findings: Finding[] = [];
      for (const rule of active) findings.push(...run(rule, ctx, resolved));
      // A scanned plan's errors that rest on words OCR doubted become warnings (see ocr-trust.ts).
      return weighOcrDoubt(findings, plan, lang).sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1) || a.ruleId.localeCompare(b.ruleId));
    },
  };
}

function run(rule: Rule, ctx: RuleContext, config: ValidateConfig): Finding[] {
  const setting = config.rules[rule.id];
  const severity = setting === undefined || setting === 'off' ? rule.severity : setting;
  const out: Finding[] = [];
  let more = 0;
  try {
    for (const hit of rule.check(ctx)) {
      if (out.length < MAX_FINDINGS_PER_RULE) out.push(toFinding(rule, severity, hit, ctx.lang));
      else more++;
    }
  } catch (error) {
    // A rule that breaks on odd input is a finding of its own, never an aborted run (textlint's way).
    const ref: MessageRef = { id: 'validate/rule-crashed', params: { rule: rule.id, error: error instanceof Error ? error.message : String(error) } };
    out.push({ ruleId: 'validate/rule-crashed', severity: 'warning', field: 'document', message: render(ref, ctx.lang) ?? ref.id, messageId: ref.id, params: ref.params });
  }
  if (more > 0) {
    const ref: MessageRef = { id: 'validate/findings-capped', params: { rule: rule.id, shown: MAX_FINDINGS_PER_RULE, more } };
    out.push({ ruleId: 'validate/findings-capped', severity: 'info', field: rule.field, message: render(ref, ctx.lang) ?? ref.id, messageId: ref.id, params: ref.params });
  }
  return out;
}

/**
 * The most findings one rule reports on one document; the rest are counted in one
 * `validate/findings-capped` note. A 500-page text of unknown words gave 122 505 spelling warnings,
 * a 33 MB report for one file, which every format then rendered (cspell caps per file likewise).
 */
export const MAX_FINDINGS_PER_RULE = 200;

function toFinding(rule: Rule, severity: Finding['severity'], hit: RuleHit, lang: Lang): Finding {
  const text = (m: MessageRef | string) => (typeof m === 'string' ? m : (render(m, lang) ?? m.id));
  const finding: Finding = { ruleId: rule.id, severity, field: hit.field ?? rule.field, message: text(hit.message) };
  if (typeof hit.message !== 'string') {
    finding.messageId = hit.message.id;
    finding.params = hit.message.params;
  }
  if (hit.span) finding.span = hit.span;
  if (hit.actual !== undefined) finding.actual = hit.actual;
  if (hit.expected !== undefined) finding.expected = text(hit.expected);
  return finding;
}

// Both spelling rules read the same check; run it once per text.
function cached(speller: Speller): Speller {
  let lastText: string | null = null;
  let last: ReturnType<Speller['check']> = [];
  return {
    check(text) {
      if (text !== lastText) {
        last = speller.check(text);
        lastText = text;
      }
      return last;
    },
  };
}
export { buildReport, summarize, statusOf, unreadableReport, type FileReport, type FileStatus, type Summary, type ValidationReport } from './report.js';
export { checkFile, type CheckFileOptions } from './file.js';
