import { msg, type MessageRef } from '../../messages/index.js';
import { defineRule, type RuleContext, type RuleHit } from '../rule.js';
import type { PlanExtraction } from '../../schema.js';

// "Số: 1420/KH-UBND", "Số:    /KH-UBND" (a draft), "Số: 12/UBND-VX" (an official letter).
const NUMBER_LINE = /Số\s*:\s*([^\n]*)/u;
// number (may be blank in drafts) / type code - issuer code(s)
const SHAPE = /^(\d*)\s*\/\s*([\p{Lu}]+)((?:-[\p{Lu}\d&.]+)+)$/u;
const GROUP_NUMBER = 1;
const GROUP_TYPE = 2;

interface NumberLine {
  /** As printed after "Số:". */
  text: string;
  start: number;
  /** Its parts when it has the N/TYPE-ISSUER shape (the number may be blank), else null. */
  shape: { number: string; type: string } | null;
}

/** The printed number-and-symbol line of the header, with its offsets and parts, or null. */
function numberLine(plan: PlanExtraction): NumberLine | null {
  // Only the header: the body cites other documents' numbers too.
  const head = plan.text.slice(0, Math.min(plan.text.length, 1500));
  const m = NUMBER_LINE.exec(head);
  if (!m || m[1] === undefined) return null;
  const text = m[1].replace(/[.;,]\s*$/u, '').trim();
  const parts = SHAPE.exec(text.replace(/\s+/g, ''));
  const shape = parts ? { number: parts[GROUP_NUMBER] ?? '', type: parts[GROUP_TYPE] ?? '' } : null;
  return { text, start: m.index + m[0].indexOf(m[1]), shape };
}

function hit(ctx: RuleContext, line: NumberLine, message: MessageRef, expected?: RuleHit['expected']): RuleHit {
  const base: RuleHit = { message, actual: line.text, span: ctx.span(line.start, line.start + line.text.length) };
  return expected === undefined ? base : { ...base, expected };
}

export const numberShape = defineRule({
  id: 'document-number/shape',
  field: 'documentNumber',
  severity: 'error',
  *check(ctx) {
    const line = numberLine(ctx.plan);
    if (line && line.text !== '' && line.shape === null) {
      yield hit(ctx, line, msg('document-number/shape', { text: line.text }), msg('value:n-kh-xxx'));
    }
  },
});

export const numberTypeCode = defineRule({
  id: 'document-number/type-code',
  field: 'documentNumber',
  severity: 'error',
  *check(ctx) {
    const line = numberLine(ctx.plan);
    if (line?.shape && line.shape.type !== 'KH') {
      yield hit(ctx, line, msg('document-number/type-code', { type: line.shape.type }), 'KH');
    }
  },
});

export const numberMissing = defineRule({
  id: 'document-number/missing',
  field: 'documentNumber',
  severity: 'warning',
  *check({ plan }) {
    if (numberLine(plan) === null) yield { message: msg('document-number/missing') };
  },
});

export const numberBlank = defineRule({
  id: 'document-number/blank',
  field: 'documentNumber',
  severity: 'info',
  *check(ctx) {
    const line = numberLine(ctx.plan);
    if (line?.shape && line.shape.number === '') yield hit(ctx, line, msg('document-number/blank', { symbol: line.text.replace(/^\s*\//u, '') }));
  },
});
