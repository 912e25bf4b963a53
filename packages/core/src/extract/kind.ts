import type { Grounded, PlanKind } from '../schema.js';
import type { ExtractContext } from './context.js';
import { flat } from './lines.js';
import { introLines } from './year.js';

// "Triển khai Tháng hành động vì trẻ em năm 2025" (any case: "tháng hành động").
const ACTION_MONTH = /tháng hành động vì trẻ em/iu;
// "Triển khai thực hiện công tác trẻ em ... năm 2025", "Kế hoạch công tác trẻ em năm 2025".
const ANNUAL = /công tác (?:bảo vệ, chăm sóc )?trẻ em/iu;

function kindOf(text: string): PlanKind | null {
  if (ACTION_MONTH.test(text)) return 'action-month';
  if (ANNUAL.test(text)) return 'annual';
  return null;
}

/**
 * What kind of plan this is, from its title; a plan without a printed title is read from
 * the sentence where the issuer says what it builds ("... xây dựng Kế hoạch thực hiện công
 * tác trẻ em ..."), then from the whole introduction.
 */
export function extractKind(ctx: ExtractContext, known: { title: Grounded | null }): PlanKind {
  if (known.title) {
    const k = kindOf(known.title.text);
    if (k) return k;
  }
  const intro = flat(introLines(ctx).map((l) => l.text).join('\n'));
  const own = /(?:ban hành|xây dựng|triển khai)\s+(?:Kế hoạch|kế hoạch)(.*)/u.exec(intro);
  if (own) {
    const k = kindOf(own[1] ?? '');
    if (k) return k;
  }
  return kindOf(intro) ?? 'other';
}
