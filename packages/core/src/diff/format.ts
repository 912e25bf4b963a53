/** Small display helpers shared by the checks' messages. */
import type { PlanExtraction, UpstreamRef } from '../schema.js';

/** ISO (possibly partial) date as Vietnamese officials write it: "2025-05-16" → "16/5/2025". */
export function displayDate(iso: string | null): string {
  if (iso === null) return '(no date)';
  const [year, month, day] = iso.split('-');
  if (day !== undefined && month !== undefined) return `${Number(day)}/${Number(month)}/${year}`;
  if (month !== undefined) return `${Number(month)}/${year}`;
  return year ?? iso;
}

/** "Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của UBND tỉnh Cao Bằng" from a plan's own header. */
export function describePlan(plan: PlanExtraction): string {
  const number = plan.documentNumber ?? '(no number)';
  const by = plan.issuer ? ` of ${plan.issuer.name}` : '';
  return `plan ${number} dated ${displayDate(plan.issuedOn)}${by}`;
}

/** A citation as printed, or rebuilt from its parts. */
export function describeRef(ref: UpstreamRef): string {
  if (ref.text) return ref.text;
  const by = ref.issuer ? ` of ${ref.issuer}` : '';
  return `plan ${ref.documentNumber ?? '(no number)'} dated ${displayDate(ref.issuedOn)}${by}`;
}
