/**
 * The message catalogue: the same ids and terms in both languages, every entry translated, and the
 * machinery (render again from id + params, plurals, did-you-mean) doing what callers rely on.
 */
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, localize, msg, render, RULE_IDS, suggest, t, terms, type MessageId } from '@plan-extract/core';
import { en } from '../../../packages/core/src/messages/en.js';
import { vi } from '../../../packages/core/src/messages/vi.js';

/** Parameters that fit any message: each property read gives a plausible value of the kind its name suggests. */
const anyParams = new Proxy({} as Record<string, unknown>, {
  get: (_, key) => {
    const name = String(key);
    if (/^(what|against)$/.test(name)) return 'title';
    if (/^(where)$/.test(name)) return 'body';
    if (/^(action)$/.test(name)) return 'report';
    if (/^(encoding)$/.test(name)) return 'tcvn3';
    if (/^(key|upperKey|lowerKey)$/.test(name)) return 'health';
    if (/^(campaign)$/.test(name)) return false;
    if (/^(names|cited|choices|commands|ids)$/.test(name)) return ['A', 'B'];
    if (/^(count|year|planYear|againstYear|page|line|column|level|width|lines|paragraphs|footers|files|invalid|unreadable|errors|warnings|problems|findings|covered|uncovered|extra|done|total|percent|rate|max|distance|valid|paragraph)$/.test(name)) return 2;
    if (/^(similarity)$/.test(name)) return 0.5;
    if (/^(start|end|date|due|limit|own|issued|upperDate|upperStart|upperEnd|expectedStart|expectedEnd)$/.test(name)) return '2025-06-01';
    return `«${name}»`;
  },
});

// Where one parameter name means different things in different messages.
const PARAMS: Record<string, object> = {
  'implements/dated-after': { number: '12/KH-UBND', cited: '2025-05-20', own: '2025-05-10' },
  'diff/implements-number': { cited: '1402/KH-UBND', number: '1420/KH-UBND', distance: 1 },
  'diff/implements-date': { cited: '2025-05-15', issued: '2025-05-16' },
  'diff/implements-issuer': { cited: 'UBND tỉnh Lạng Sơn', issuer: 'Ủy ban nhân dân tỉnh Cao Bằng' },
  'diff/implements-agrees#draft': { cited: 'Kế hoạch ngày 16/5/2025' },
  'read/mixed-encoding': { lines: ['13', '40'], more: 3, encoding: 'tcvn3' },
  'read/mixed-encoding#unknown': { lines: ['13'], more: 0 },
  'error:not-a-file': { kind: 'fifo', link: '/tmp/x' },
  'error:timeout': { ms: 1500 },
  'cli:bad-timeout': { value: '1e308', min: 0.001, max: 86400 },
  'diff/slogans-too-many': { upper: 3000, lower: 2999 },
};

const ids = Object.keys(en) as MessageId[];
const renderBoth = (id: MessageId) => {
  const params = PARAMS[id] ?? anyParams;
  return [(en[id] as (p: unknown) => string)(params), (vi[id] as (p: unknown) => string)(params)] as const;
};

// Entries that read the same in both languages: symbols, code, examples made of commands and Vietnamese file names.
const SAME_IN_BOTH = new Set<string>([
  // Their words are their parameters': the reason (already in the language), zod's problem text.
  'document/unreadable', 'config:invalid', 'value:range', 'cli:placeholder-concurrency',
  'help:extract-example-1', 'help:extract-example-2', 'help:diff-example-1', 'help:diff-example-2',
  'help:validate-example-1', 'help:validate-example-2', 'help:validate-example-3',
]);

describe('the message catalogue', () => {
  it('has the same ids in Vietnamese and English', () => {
    expect(Object.keys(vi).sort()).toEqual(ids.sort());
  });

  it('renders every entry in both languages, and translates each one', () => {
    const untranslated: string[] = [];
    for (const id of ids) {
      const [english, vietnamese] = renderBoth(id);
      expect(english.length, id).toBeGreaterThan(0);
      expect(vietnamese.length, id).toBeGreaterThan(0);
      expect(vietnamese, id).not.toContain('undefined');
      expect(english, id).not.toContain('undefined');
      if (english === vietnamese && !SAME_IN_BOTH.has(id)) untranslated.push(id);
    }
    expect(untranslated).toEqual([]);
  });

  it('describes every rule id and every error code in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const id of RULE_IDS) expect(terms(lang).rule[id].length, `${lang} ${id}`).toBeGreaterThan(10);
      for (const code of ERROR_CODES) expect(terms(lang).error[code].length, `${lang} ${code}`).toBeGreaterThan(5);
    }
    expect(terms('vi').rule['theme/not-national']).not.toBe(terms('en').rule['theme/not-national']);
  });

  it('writes the domain terms as officers write them', () => {
    const field = terms('vi').field;
    expect([field.theme, field.period, field.slogans, field.recipients, field.documentNumber, field.title, field.responsibilities]).toEqual([
      'Chủ đề', 'Thời gian', 'Khẩu hiệu', 'Nơi nhận', 'Số, ký hiệu', 'Trích yếu', 'Tổ chức thực hiện',
    ]);
    expect(terms('vi').role.lead).toBe('chủ trì');
    expect(terms('vi').function.health).toBe('Y tế');
  });

  it('renders a stored message again in the other language, and leaves messages without an id alone', () => {
    const ref = msg('theme/not-national', { expected: 'Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em', year: 2025, campaign: false });
    expect(render(ref, 'vi')).toBe('Chủ đề không đúng chủ đề Tháng hành động vì trẻ em năm 2025: “Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em”');
    expect(render(ref, 'en')).toBe('the theme is not the national theme of 2025: “Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em”');
    const stored = JSON.parse(JSON.stringify([{ message: render(ref, 'vi'), messageId: ref.id, params: ref.params }, { message: 'a plugin’s own words' }]));
    expect(localize(stored, 'en').map((m: { message: string }) => m.message)).toEqual([render(ref, 'en'), 'a plugin’s own words']);
    expect(render({ id: 'no/such-message', params: {} }, 'vi')).toBeNull();
  });

  it('counts in English with plurals, in Vietnamese without', () => {
    expect(t('en', 'report:problems', { problems: 1, errors: 0, warnings: 1 })).toBe('1 problem (0 errors, 1 warning)');
    expect(t('en', 'report:problems', { problems: 2, errors: 1, warnings: 1 })).toBe('2 problems (1 error, 1 warning)');
    expect(t('vi', 'report:problems', { problems: 1, errors: 0, warnings: 1 })).toBe('1 vấn đề (0 lỗi, 1 cảnh báo)');
    expect(t('en', 'read/text-reflowed', { width: 80, lines: 1, paragraphs: 1, footers: 0 })).toContain('1 line rejoined into 1 paragraph');
  });

  it('suggests the nearest candidate, and nothing when none is near', () => {
    expect(suggest('--fromat', ['--format', '--output', '--lang'])).toBe('--format');
    expect(suggest('--form', ['--format', '--output'])).toBe('--format');
    expect(suggest('valdiate', ['extract', 'diff', 'validate'])).toBe('validate');
    expect(suggest('spelling/unkown-word', RULE_IDS)).toBe('spelling/unknown-word');
    expect(suggest('--zzz', ['--format', '--output'])).toBeNull();
    expect(suggest('x'.repeat(10_000), RULE_IDS)).toBeNull();
  });
});
