import { numberAt } from '../citations/numbers.js';
import { createMessage, msg } from '../messages/index.js';
import type { Grounded } from '../schema.js';
import type { ExtractContext, Extractor } from './context.js';
import { ground } from './lines.js';

/** The number and symbol of the plan: `Số: 1420/KH-UBND`, or a draft's `Số:    /KH-UBND`. */
export interface DocumentNumber {
  /** The number and symbol as printed ("36 /KH - UBND"), or null when the number is left blank. */
  number: Grounded | null;
  /** The number without the spaces web copies put in it ("36/KH-UBND"), or null. */
  value: string | null;
  /** "KH-UBND": the type code and issuer code, kept even when the number is blank. */
  symbol: Grounded | null;
}

// "Số:" before the number in the header's number zone.
const NUMBER_WORD = /^S[ốỐ][ \t]*[:.]?\s*/u;

/** Reads the number from the header's number zone; a blank number gives `number: null` and an info diagnostic. */
export const extractDocumentNumber: Extractor<DocumentNumber> = (ctx: ExtractContext) => {
  const zone = ctx.anatomy.header?.number;
  if (!zone) return { number: null, value: null, symbol: null };
  const { start, end } = zone.span;
  const text = ctx.doc.text.slice(start, end);
  const word = NUMBER_WORD.exec(text);
  const found = numberAt(text, word ? word[0].length : 0, true);
  if (!found) return { number: null, value: null, symbol: null };
  const printed = text.slice(found.index, found.end);
  // The symbol is the printed number after its first separator ("1420/KH-UBND" → "KH-UBND").
  const separator = /^[\d \t]*(?:\/[ \t]*(?:19|20)\d{2}[ \t]*)?[/-][ \t]*/u.exec(printed)?.[0].length ?? 0;
  const symbol = ground(ctx, start + found.index + separator, start + found.end);
  if (found.number === null) {
    ctx.diagnostics.push(
      createMessage('document-number/blank', 'info', 'documentNumber', msg('document-number/blank', { symbol: symbol.text }), { span: symbol.span, actual: symbol.text }),
    );
    return { number: null, value: null, symbol };
  }
  return { number: ground(ctx, start + found.index, start + found.end), value: found.number, symbol };
};
