import type { Grounded, PlanKind } from '../schema.js';
import type { ExtractContext } from './context.js';
import { flat } from './lines.js';
import { openingOf, ownClause } from './opening.js';

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
 * its own clause in the opening ("... xây dựng Kế hoạch thực hiện công tác trẻ em ..."), then
 * from the whole opening.
 */
export function extractKind(ctx: ExtractContext, known: { title: Grounded | null }): PlanKind {
  if (known.title) {
    const k = kindOf(known.title.text);
    if (k) return k;
  }
  const own = ownClause(ctx);
  if (own) {
    // What the issuer says it builds, after its verb: the clause before it may name the upper plan's kind.
    const k = kindOf(flat(own.text.slice(own.verb)));
    if (k) return k;
  }
  return kindOf(flat(openingOf(ctx).text)) ?? 'other';
}
