import { describe, expect, it } from 'vitest';
import { checkImplements } from '../../../packages/core/src/diff/implements.js';
import { district, province, ref, ruleIds } from './build.js';

describe('checkImplements', () => {
  it('matches a citation by number and date', () => {
    const r = checkImplements(province(), district({ implements: [ref('1420/KH-UBND', '2025-05-16')] }));
    expect(r.value.status).toBe('match');
    expect(r.findings).toEqual([]);
  });

  it('ignores spacing and case in the number', () => {
    const r = checkImplements(province(), district({ implements: [ref('1420 / kh-ubnd', '2025-05-16')] }));
    expect(r.value.status).toBe('match');
  });

  it('reports a typo in the number as its own finding', () => {
    const r = checkImplements(province(), district({ implements: [ref('1402/KH-UBND', '2025-05-16')] }), 'en');
    expect(r.value.status).toBe('mismatch');
    expect(ruleIds(r.findings)).toEqual(['diff/implements-number']);
    expect(r.findings[0]?.message).toMatch(/1402\/KH-UBND.*1420\/KH-UBND.*typo/);
    expect(r.findings[0]?.message).toContain('edit distance 1');
    const vi = checkImplements(province(), district({ implements: [ref('1402/KH-UBND', '2025-05-16')] }));
    expect(vi.findings[0]?.message).toBe('Kế hoạch cấp dưới ghi số 1402/KH-UBND cho kế hoạch cấp trên số 1420/KH-UBND (khác 1 ký tự: gõ nhầm?).');
    expect(vi.findings[0]).toMatchObject({ messageId: 'diff/implements-number', params: { cited: '1402/KH-UBND', number: '1420/KH-UBND', distance: 1 } });
  });

  it('reports a wrong date as its own finding', () => {
    const r = checkImplements(province(), district({ implements: [ref('1420/KH-UBND', '2025-05-15')] }));
    expect(r.value.status).toBe('mismatch');
    expect(ruleIds(r.findings)).toEqual(['diff/implements-date']);
    expect(r.findings[0]?.message).toContain('15/5/2025');
  });

  it('reports a missing citation as missing', () => {
    const r = checkImplements(province(), district());
    expect(r.value.status).toBe('missing');
    expect(ruleIds(r.findings)).toEqual(['diff/implements-missing']);
    expect(r.findings[0]?.severity).toBe('error');
  });

  it('treats a citation of another plan as missing, not as a typo', () => {
    const r = checkImplements(province(), district({ implements: [ref('12/KH-UBND', '2025-01-10')] }));
    expect(r.value.status).toBe('missing');
    expect(r.value.message).toContain('12/KH-UBND');
  });

  it('prefers the citation of the upper plan among several', () => {
    const r = checkImplements(province(), district({
      implements: [ref('56/2017/NĐ-CP', '2017-05-09', { level: null, locality: null, issuer: null }), ref('1420/KH-UBND', '2025-05-16')],
    }));
    expect(r.value.status).toBe('match');
  });

  it('chooses by number and issuer, not by position, and says where the chosen citation is', () => {
    const at = (start: number) => ({ start, end: start + 10, page: null });
    const law = ref(null, '2016', { role: 'basis', type: 'Luật', name: 'Luật Trẻ em', issuer: null, level: null, locality: null, span: at(0) });
    const decree = ref('56/2017/NĐ-CP', '2017-05-09', { role: 'basis', type: 'Nghị định', issuer: 'Chính phủ', level: 'national', locality: null, span: at(20) });
    const upper = ref('1420/KH-UBND', '2025-05-16', { role: 'basis', span: at(40) });
    const r = checkImplements(province(), district({ implements: [law, decree, upper] }));
    expect(r.value).toMatchObject({ status: 'match', citedSpan: at(40) });
    // Two plans cited with a wrong number: the one of the upper plan's issuer and date is the one compared.
    const other = ref('12/KH-UBND', '2025-01-10', { locality: 'Lạng Sơn', span: at(60) });
    const typo = ref('1402/KH-UBND', '2025-05-16', { span: at(80) });
    const t = checkImplements(province(), district({ implements: [other, typo] }));
    expect(t.value).toMatchObject({ status: 'mismatch', citedSpan: at(80) });
    // None names the upper plan: the closest is shown (the same issuer), not the first.
    const none = checkImplements(province(), district({ implements: [decree, ref('7/KH-UBND', '2025-03-01', { span: at(100) })] }));
    expect(none.value).toMatchObject({ status: 'missing', citedSpan: at(100) });
  });

  it('names what the lower plan carries out, not its legal basis, when it misses the upper plan', () => {
    const law = ref(null, '2016', { role: 'basis', type: 'Luật', name: 'Luật Trẻ em', issuer: null, level: null, locality: null, text: 'Luật Trẻ em năm 2016' });
    const other = ref('12/KH-UBND', '2025-01-10', { locality: 'Lạng Sơn', text: 'Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND tỉnh Lạng Sơn' });
    const r = checkImplements(province(), district({ implements: [law, other] }));
    expect(r.value.message).toContain('12/KH-UBND');
    expect(r.value.message).not.toContain('Luật Trẻ em');
  });

  it('reads the right plan cited by a wrong number when date and issuer agree', () => {
    const r = checkImplements(province(), district({ implements: [ref('999/KH-UBND', '2025-05-16')] }));
    expect(r.value.status).toBe('mismatch');
    expect(ruleIds(r.findings)).toEqual(['diff/implements-number']);
    expect(r.findings[0]?.message).not.toContain('typo');
  });

  it('flags another issuer', () => {
    const r = checkImplements(province(), district({ implements: [ref('1420/KH-UBND', '2025-05-16', { locality: 'Lạng Sơn' })] }));
    expect(ruleIds(r.findings)).toEqual(['diff/implements-issuer']);
  });

  it('says so when the upper plan is a draft without a number', () => {
    const r = checkImplements(province({ documentNumber: null }), district({ implements: [ref('1420/KH-UBND', '2025-05-16')] }));
    expect(r.value.status).toBe('match');
    expect(ruleIds(r.findings)).toEqual(['diff/upper-draft']);
  });

  it('accepts a partial date where the draft left the day blank', () => {
    const r = checkImplements(province({ issuedOn: '2025-05' }), district({ implements: [ref('1420/KH-UBND', '2025-05-16')] }));
    expect(r.value.status).toBe('match');
  });

  it('a plan diffed against itself matches', () => {
    const p = province();
    expect(checkImplements(p, p).value.status).toBe('match');
  });
});
