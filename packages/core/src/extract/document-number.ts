import { createMessage, msg } from '../messages/index.js';
import type { Grounded } from '../schema.js';
import type { ExtractContext, Extractor } from './context.js';
import { frontLines, ground } from './lines.js';

/** The number and symbol of the plan: `Số: 1420/KH-UBND`, or a draft's `Số:    /KH-UBND`. */
export interface DocumentNumber {
  /** "1420/KH-UBND", or null when the number is left blank. */
  number: Grounded | null;
  /** "KH-UBND": the type code and issuer code, kept even when the number is blank. */
  symbol: Grounded | null;
}

//   "Số: 1420/KH-UBND"   "Số:    /KH-UBND"   "Số 12/UBND-VX"
const NUMBER = /(?<![\p{L}\d])Số\s*:?\s*(\d+[\p{L}\d.]*)?\s*\/\s*([\p{L}\d][\p{L}\d&\-/.]*[\p{L}\d])/u;
const GROUP_NUMBER = 1;
const GROUP_SYMBOL = 2;

/** Reads the number from the header (before the body); a blank number gives `number: null` and an info diagnostic. */
export const extractDocumentNumber: Extractor<DocumentNumber> = (ctx: ExtractContext) => {
  for (const line of frontLines(ctx)) {
    const m = NUMBER.exec(line.text);
    if (!m || m.index === undefined) continue;
    const symbolText = m[GROUP_SYMBOL] ?? '';
    const symbolAt = line.start + m.index + m[0].length - symbolText.length;
    const symbol = ground(ctx, symbolAt, symbolAt + symbolText.length);
    const digits = m[GROUP_NUMBER];
    if (!digits) {
      ctx.diagnostics.push(
        createMessage('document-number/blank', 'info', 'documentNumber', msg('document-number/blank', { symbol: symbol.text }), { span: symbol.span, actual: symbol.text }),
      );
      return { number: null, symbol };
    }
    const numberAt = line.start + m.index + m[0].indexOf(digits);
    return { number: ground(ctx, numberAt, symbolAt + symbolText.length), symbol };
  }
  return { number: null, symbol: null };
};
