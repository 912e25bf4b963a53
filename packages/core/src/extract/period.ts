import { createMessage, msg } from '../messages/index.js';
import type { Period } from '../schema.js';
import { parseMarker } from '../segment/markers.js';
import type { ExtractContext } from './context.js';
import { findTimings } from './dates/index.js';
import { ground, linesOf } from './lines.js';

//   "2. Thời gian: Từ ngày 01/6/2025 đến ngày 30/6/2025."   "Thời gian: từ ngày 01/6 đến ngày 30/6/2025"
// Only the plan's own "Thời gian:" line: an activity's "Thời gian thực hiện:" is that activity's timing.
const LABEL = /^(?:Thời gian|THỜI GIAN)(?:\s+(?:triển khai|tổ chức)(?:\s+Tháng hành động(?:\s+vì trẻ em)?)?)?\s*:\s*/u;

/** The period of the month of action (`Thời gian: Từ ngày 01/6/2025 đến ngày 30/6/2025`); a year left out comes from the plan. */
export function extractPeriod(ctx: ExtractContext): Period | null {
  for (const line of linesOf(ctx)) {
    const marker = line.inTable ? null : parseMarker(line.text);
    const body = marker && marker.kind !== 'bullet' ? line.text.slice(marker.text.length).trimStart() : line.text;
    const label = LABEL.exec(body);
    if (!label) continue;
    const rest = body.slice(label[0].length);
    // The date grammar reads the range (a year left out comes from the plan) and flags impossible days.
    const m = findTimings(rest, { year: ctx.year }).find((t) => t.timing.kind === 'range');
    if (!m) continue;
    const { start, end } = m.timing;
    if (m.invalid || !start || !end) {
      ctx.diagnostics.push(createMessage('period/impossible-date', 'warning', 'period', msg('period/impossible-date', { text: m.text }), { actual: m.text }));
      continue;
    }
    const at = line.end - rest.length + m.index;
    const grounded = ground(ctx, at, at + m.text.length);
    return { start, end, text: grounded.text, span: grounded.span };
  }
  return null;
}
