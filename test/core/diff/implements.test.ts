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
