/** Hand-built extractions for the diff checks' unit tests (spans are irrelevant to diffing). */
import type { Agency, Deadline, FunctionKey, Grounded, Level, PlanExtraction, Responsibility, Role, UpstreamRef } from '@plan-extract/core';

const SPAN = { start: 0, end: 0, page: null };

export function g(text: string): Grounded {
  return { text, span: SPAN };
}

export function agency(name: string, key: FunctionKey | null, level: Level | null = null): Agency {
  return { name, key, level };
}

export function resp(name: string, key: FunctionKey | null, options: { level?: Level; role?: Role; duties?: string[] } = {}): Responsibility {
  return {
    agency: agency(name, key, options.level ?? null),
    role: options.role ?? 'assigned',
    duties: (options.duties ?? []).map(g),
    span: SPAN,
  };
}

export function deadline(action: Deadline['action'], date: string, extra: Partial<Deadline> = {}): Deadline {
  return {
    kind: 'by', text: `trước ngày ${date}`, date, start: null, end: null, quarters: [],
    action, actor: null, recipient: null, span: SPAN, ...extra,
  };
}

export function ref(documentNumber: string | null, issuedOn: string | null, extra: Partial<UpstreamRef> = {}): UpstreamRef {
  return { role: 'implements', type: 'Kế hoạch', documentNumber, name: null, issuedOn, issuer: 'UBND tỉnh Cao Bằng', level: 'province', locality: 'Cao Bằng', span: SPAN, ...extra };
}

let counter = 0;

/** A plan with every field empty, then `overrides`. Each call gets its own text and hash. */
export function plan(overrides: Partial<PlanExtraction> = {}): PlanExtraction {
  counter += 1;
  return {
    schemaVersion: 1,
    source: { path: `plan-${counter}.txt`, format: 'text', pages: null, sha256: `sha-${counter}` },
    text: `plan ${counter}`,
    kind: 'action-month',
    documentNumber: null,
    issuer: null,
    place: null,
    issuedOn: null,
    title: null,
    year: 2025,
    years: null,
    implements: [],
    theme: null,
    period: null,
    slogans: [],
    targets: [],
    activities: [],
    responsibilities: [],
    deadlines: [],
    budget: null,
    recipients: [],
    signer: null,
    references: [],
    diagnostics: [],
    anatomy: { header: null, typeName: null, title: null, opening: null, body: null, closing: null },
    ...overrides,
  };
}

/** The province plan of Cao Bằng, 2025, as the district plans cite it. */
export function province(overrides: Partial<PlanExtraction> = {}): PlanExtraction {
  return plan({
    documentNumber: '1420/KH-UBND',
    issuedOn: '2025-05-16',
    issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG', level: 'province', locality: 'Cao Bằng' },
    ...overrides,
  });
}

/** A district plan of Hạ Lang. */
export function district(overrides: Partial<PlanExtraction> = {}): PlanExtraction {
  return plan({
    issuer: { name: 'ỦY BAN NHÂN DÂN HUYỆN HẠ LANG', level: 'district', locality: 'Hạ Lang' },
    ...overrides,
  });
}

/** Rule ids of a check's findings, for compact assertions. */
export function ruleIds(findings: { ruleId: string }[]): string[] {
  return findings.map((f) => f.ruleId);
}
