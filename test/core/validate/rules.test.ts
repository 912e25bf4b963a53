import { describe, expect, it } from 'vitest';
import { ConfigError, createValidator, parseConfig, render, RULES, RULE_IDS, terms, type PlanExtraction } from '@plan-extract/core';
import { cleanPlan } from './plan-builder.js';

const validator = await createValidator();
const ids = (plan: PlanExtraction, upper: PlanExtraction | null = null) => validator.validate({ plan, upper }).map((f) => f.ruleId);

describe('validation rules', () => {
  it('finds nothing in a clean plan', () => {
    expect(validator.validate({ plan: cleanPlan() })).toEqual([]);
  });

  it('gives every rule a unique id, a field and a description in both languages', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(RULE_IDS).toContain(rule.id);
      expect(terms('en').rule[rule.id].length).toBeGreaterThan(10);
      expect(terms('vi').rule[rule.id].length).toBeGreaterThan(10);
    }
  });

  it.each<[string, (p: PlanExtraction) => PlanExtraction]>([
    ['document/not-a-plan', (p) => ({ ...p, text: p.text.replace('KẾ HOẠCH', 'THÔNG BÁO'), kind: 'other' as const, implements: [], documentNumber: '3/TB-UBND', title: 'Về việc nghỉ lễ' })],
    ['document-number/shape', (p) => ({ ...p, text: p.text.replace('Số: 15/KH-UBND', 'Số: 15 KH UBND') })],
    ['document-number/type-code', (p) => ({ ...p, text: p.text.replace('Số: 15/KH-UBND', 'Số: 15/QĐ-UBND') })],
    ['document-number/missing', (p) => ({ ...p, text: p.text.replace('Số: 15/KH-UBND', '') })],
    ['document-number/blank', (p) => ({ ...p, text: p.text.replace('Số: 15/KH-UBND', 'Số:     /KH-UBND') })],
    ['issuer/missing', (p) => ({ ...p, issuer: null })],
    ['issuedOn/missing', (p) => ({ ...p, issuedOn: null })],
    ['title/missing', (p) => ({ ...p, title: null })],
    ['year/missing', (p) => ({ ...p, year: null })],
    ['year/inconsistent', (p) => ({ ...p, title: 'Triển khai Tháng hành động vì trẻ em năm 2024' })],
    ['implements/missing', (p) => ({ ...p, implements: [] })],
    ['implements/dated-after', (p) => ({ ...p, implements: p.implements.map((r) => ({ ...r, issuedOn: '2025-05-25' })) })],
    ['theme/missing', (p) => ({ ...p, theme: null })],
    ['theme/not-national', (p) => ({ ...p, theme: { ...p.theme!, text: 'Chung tay giảm thiểu tổn hại trẻ em' } })],
    ['period/missing', (p) => ({ ...p, period: null })],
    ['slogans/missing', (p) => ({ ...p, slogans: [] })],
    ['period/end-before-start', (p) => ({ ...p, period: { ...p.period!, start: '2025-06-30', end: '2025-06-01' } })],
    ['period/wrong-year', (p) => ({ ...p, period: { ...p.period!, start: '2024-06-01', end: '2024-06-30' } })],
    ['period/not-action-month', (p) => ({ ...p, period: { ...p.period!, start: '2025-05-15', end: '2025-06-30' } })],
    ['deadlines/report-before-period-end', (p) => ({ ...p, deadlines: p.deadlines.map((d) => ({ ...d, date: '2025-06-20' })) })],
    ['deadlines/far-from-year', (p) => ({ ...p, deadlines: p.deadlines.map((d) => ({ ...d, date: '2052-07-10' })) })],
    ['responsibilities/missing', (p) => ({ ...p, responsibilities: [] })],
    ['responsibilities/no-lead', (p) => ({ ...p, responsibilities: p.responsibilities.map((r) => ({ ...r, role: 'assigned' as const })) })],
    ['signer/missing', (p) => ({ ...p, signer: null })],
    ['recipients/missing', (p) => ({ ...p, recipients: [] })],
    ['references/malformed', (p) => ({ ...p, references: p.references.map((r) => ({ ...r, number: '56/NĐ-CP' })) })],
    ['spelling/confusable', (p) => ({ ...p, text: p.text.replace('mọi nơi', 'mọi nơi, đất nước phồng vinh') })],
    ['spelling/unknown-word', (p) => ({ ...p, text: p.text.replace('tiếp nhận', 'tiếpp nhận') })],
  ])('%s', (ruleId, breakIt) => {
    const found = ids(breakIt(cleanPlan()));
    expect(found).toContain(ruleId);
  });

  it('flags impossible dates on the period line and elsewhere, with spans', () => {
    // Extraction cannot make a period of a day that does not exist: the rule reads the printed line.
    const broken = cleanPlan((t) => t.replace('30/6/2025.', '31/6/2025.').replace('trước ngày 10/7/2025', 'trước ngày 32/7/2025'));
    const plan = { ...broken, period: null, deadlines: [] };
    const findings = validator.validate({ plan });
    const period = findings.find((f) => f.ruleId === 'period/impossible-date');
    const deadline = findings.find((f) => f.ruleId === 'deadlines/impossible-date');
    expect(plan.text.slice(period!.span!.start, period!.span!.end)).toBe('31/6/2025');
    expect(plan.text.slice(deadline!.span!.start, deadline!.span!.end)).toBe('32/7/2025');
  });

  it('does not ask a province plan to cite an upper plan', () => {
    const province = { ...cleanPlan(), implements: [], issuer: { name: 'Ủy ban nhân dân tỉnh Cao Bằng', level: 'province' as const, locality: 'Cao Bằng' } };
    expect(ids(province)).not.toContain('implements/missing');
  });

  it('asks a district plan for a plan it implements, not only its legal basis', () => {
    const law = { ...cleanPlan().implements[0]!, role: 'basis' as const, type: 'Luật', documentNumber: null, name: 'Luật Trẻ em', issuer: null, level: null, locality: null };
    expect(ids({ ...cleanPlan(), implements: [law] })).toContain('implements/missing');
    // "Căn cứ Kế hoạch số 1420/KH-UBND ...": the upper plan cited as the basis still counts.
    const basisPlan = { ...cleanPlan().implements[0]!, role: 'basis' as const };
    expect(ids({ ...cleanPlan(), implements: [law, basisPlan] })).not.toContain('implements/missing');
  });

  it('does not fault an annual plan for having no theme, period or slogans', () => {
    const found = ids({ ...cleanPlan(), kind: 'annual', theme: null, period: null, slogans: [] });
    expect(found).toEqual([]);
  });

  it('applies configured severities and turns rules off', async () => {
    const configured = await createValidator({ rules: { 'recipients/missing': 'error', 'issuer/missing': 'off' } });
    const findings = configured.validate({ plan: { ...cleanPlan(), recipients: [], issuer: null } });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['recipients/missing', 'error']]);
  });

  it('checks the campaign theme, period and deadlines from configuration', async () => {
    const configured = await createValidator({
      campaign: { theme: 'Một chủ đề khác', period: { start: '2025-06-01', end: '2025-06-15' }, deadlines: { report: '2025-07-05' } },
    });
    const found = configured.validate({ plan: cleanPlan() }).map((f) => f.ruleId);
    expect(found).toEqual(expect.arrayContaining(['theme/not-national', 'period/not-action-month', 'deadlines/after-campaign']));
  });

  it('refuses a configuration with unknown keys', async () => {
    await expect(createValidator({ rulez: {} } as never)).rejects.toThrow();
  });

  it('refuses unknown rule ids and severities, naming the nearest valid one', () => {
    const issues = (config: unknown) => {
      try {
        parseConfig(config);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).issues.map((issue) => render(issue, 'en'));
      }
    };
    expect(issues({ rules: { 'spelling/unkown-word': 'off' } })).toEqual(['rules: there is no rule "spelling/unkown-word"; did you mean "spelling/unknown-word"?']);
    expect(issues({ rules: { 'theme/missing': 'warn' } })).toEqual(['rules.theme/missing: "warn" is not a severity (error, warning, info or off); did you mean "warning"?']);
    expect(issues({ rules: { 'theme/missing': 'eror' } })).toEqual(['rules.theme/missing: "eror" is not a severity (error, warning, info or off); did you mean "error"?']);
    expect(issues({ rulez: {} })).toEqual(['there is no setting "rulez"; did you mean "rules"?']);
    expect(issues({ rules: { 'no/such-thing': 'error' } })).toEqual(['rules: there is no rule "no/such-thing"']);
    expect(issues({ rules: { 'theme/missing': 'off', 'spelling/confusable': 'info' } })).toEqual([]);
  });

  it('still takes the old names of renamed rule ids, as the ids that replaced them', async () => {
    const config = parseConfig({ rules: { 'deadlines/upper-conflict': 'warning', 'implements/not-upper': 'off', 'document-number-blank': 'off' } });
    expect(config.rules).toEqual({
      'diff/deadline-conflict': 'warning',
      'diff/deadline-send-late': 'warning',
      'diff/implements-missing': 'off',
      'diff/implements-number': 'off',
      'diff/implements-date': 'off',
      'document-number/blank': 'off',
    });
  });

  it('reports a document that is not a plan with document/not-a-plan alone', () => {
    const readme = { ...cleanPlan(), text: 'plan-extract\nA tool that reads plans; it has no recipients and no signer.', kind: 'other' as const, implements: [], documentNumber: null, title: null };
    expect(validator.validate({ plan: readme }).map((f) => f.ruleId)).toEqual(['document/not-a-plan']);
  });

  it('writes its findings in Vietnamese by default, in English when asked, and keeps the message id to render again', async () => {
    const plan = { ...cleanPlan(), recipients: [] };
    const [vi] = validator.validate({ plan });
    expect(vi).toMatchObject({ ruleId: 'recipients/missing', message: 'Không có phần "Nơi nhận:"', messageId: 'recipients/missing', params: {} });
    const english = await createValidator({}, { lang: 'en' });
    expect(english.validate({ plan })[0]?.message).toBe('no recipients ("Nơi nhận:")');
  });
});

describe('validation against the upper plan', () => {
  const upper = (): PlanExtraction => {
    const p = cleanPlan();
    return {
      ...p,
      source: { ...p.source, path: 'cao-bang.pdf', sha256: '1'.repeat(64) },
      text: p.text.replace('HUYỆN HẠ LANG', 'TỈNH CAO BẰNG'),
      documentNumber: '1420/KH-UBND',
      issuedOn: '2025-05-16',
      issuer: { name: 'Ủy ban nhân dân tỉnh Cao Bằng', level: 'province', locality: 'Cao Bằng' },
      implements: [],
      slogans: [...p.slogans, { text: 'Phòng, chống tai nạn, thương tích cho trẻ em', span: p.slogans[0]!.span }],
    };
  };

  it('finds nothing more when the plan carries the upper plan out', () => {
    const plan = cleanPlan();
    // The upper plan wants reports a week after the district's own deadline: time to compile them.
    const later = (iso: string | null) => (iso ? `${iso.slice(0, 8)}${String(Math.min(28, Number(iso.slice(8)) + 7)).padStart(2, '0')}` : iso);
    const up = { ...upper(), slogans: plan.slogans, deadlines: upper().deadlines.map((d) => ({ ...d, date: later(d.date), end: later(d.end) })) };
    expect(ids(plan, up).filter((id) => id.startsWith('diff/') && id !== 'diff/lead-changed')).toEqual([]);
  });

  it('reports the missing upper slogan, a changed theme, a wrong citation and a late deadline', () => {
    const up = { ...upper(), theme: { text: 'Một chủ đề khác hẳn', span: cleanPlan().theme!.span } };
    // The province's deadline for the districts (an upper deadline binds the district by its actor).
    up.deadlines = up.deadlines.map((d) => ({ ...d, date: '2025-07-05', actor: 'UBND các huyện, thành phố', recipient: 'Sở Y tế' }));
    const plan = { ...cleanPlan(), implements: cleanPlan().implements.map((r) => ({ ...r, documentNumber: '1402/KH-UBND' })) };
    // The same rule ids as `diff` reports them.
    expect(ids(plan, up)).toEqual(
      expect.arrayContaining(['diff/slogan-missing', 'diff/theme-changed', 'diff/implements-number', 'diff/deadline-conflict']),
    );
  });

  it('points diff/implements-number at the citation the diff chose, not at the first one', () => {
    const plan = cleanPlan();
    const upperRef = plan.implements[0]!;
    const wrong = { ...upperRef, documentNumber: '1402/KH-UBND' };
    const law = { ...upperRef, role: 'basis' as const, type: 'Luật', documentNumber: null, name: 'Luật Trẻ em', issuedOn: '2016', issuer: null, level: null, locality: null, span: { start: 0, end: 8, page: null } };
    const findings = validator.validate({ plan: { ...plan, implements: [law, wrong] }, upper: upper() });
    const hit = findings.find((f) => f.ruleId === 'diff/implements-number');
    expect(hit?.span).toEqual(upperRef.span);
  });

  it('runs no upper-plan rule without an upper plan', () => {
    expect(ids(cleanPlan()).filter((id) => id.startsWith('diff/'))).toEqual([]);
  });
});
