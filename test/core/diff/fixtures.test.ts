/**
 * Each province plan written for the tests (fixtures/province, see its README) diffed against
 * the corpus plan that cites it, in mixed formats: every deliberate difference must be found,
 * and nothing else. A finding is identified by its rule id and what it is about
 * (its function key for responsibilities, else `actual`, else `expected`: the lower slogan, the missing upper slogan...).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffPlans, PlanDiff } from '@plan-extract/core';
import { FORMAT_PAIRS, loadPlan } from '../load-plan.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

interface Pair {
  upper: string;
  lower: string;
  implements: 'match' | 'mismatch' | 'missing';
  theme: string;
  period: string;
  slogans: [matched: number, changed: number, missing: number, extra: number];
  findings: string[];
}

const PAIRS: Pair[] = [
  {
    upper: 'cao-bang-2025-action-month',
    lower: 'ha-lang-2025-action-month',
    implements: 'match',
    theme: 'match', // the district writes it “*...*”: emphasis and quotes do not count
    period: 'match',
    slogans: [9, 2, 1, 1], // mixed dash/number list on the lower side
    findings: [
      'diff/slogan-changed: Bảo đảm tất cả trẻ em được tiêm chủng đầy đủ',
      'diff/slogan-changed: Cho trẻ trong độ tuổi uống vitamin A',
      'diff/slogan-missing: Gia đình, cộng đồng giám sát, trông giữ trẻ em để phòng, chống đuối nước',
      'diff/slogan-extra: Vì một cộng đồng an toàn, mỗi gia đình cần nâng cao vai trò trách nhiệm quản lý và giám sát trẻ em',
      'diff/deadline-conflict: 2025-07-10',
      'diff/responsibility-uncovered: health',
      'diff/responsibility-extra: office',
      'diff/responsibility-extra: economy',
      'diff/lead-changed: office',
    ],
  },
  {
    upper: 'thai-nguyen-2026-action-month',
    lower: 'bac-kan-2026-action-month',
    implements: 'match',
    theme: 'changed',
    period: 'match',
    slogans: [8, 2, 1, 2],
    findings: [
      'diff/theme-changed: Trẻ em hạnh phúc, an toàn, vững bước trong kỷ nguyên số',
      'diff/slogan-changed: Tổng đài 111 - Luôn lắng nghe và bảo vệ trẻ em',
      'diff/slogan-changed: Vì tương lai không còn trẻ em bị đuổi nước',
      'diff/slogan-missing: Xây dựng môi trường mạng an toàn, lành mạnh cho trẻ em',
      'diff/slogan-extra: An toàn trên mạng - Vững vàng tương lai',
      'diff/slogan-extra: Kết nối yêu thương - Đồng hành cùng trẻ em trong kỷ nguyên số',
      'diff/responsibility-uncovered: education',
      'diff/responsibility-extra: office',
      'diff/responsibility-extra: party',
      'diff/responsibility-extra: residential',
      'diff/lead-changed: culture',
    ],
  },
  {
    upper: 'lang-son-2025-annual',
    lower: 'chi-lang-2025-annual',
    implements: 'mismatch',
    theme: 'not-applicable',
    period: 'not-applicable',
    slogans: [0, 0, 0, 0],
    findings: [
      'diff/implements-date: 2025-04-03',
      'diff/responsibility-uncovered: women',
      'diff/responsibility-extra: media',
    ],
  },
  {
    upper: 'quang-ngai-2025-annual',
    lower: 'ly-son-2025-annual',
    implements: 'mismatch',
    theme: 'not-applicable',
    period: 'not-applicable',
    slogans: [0, 0, 0, 0],
    findings: [
      'diff/implements-number: 65/KH-UBND',
      'diff/deadline-conflict: 2025-05-10',
      'diff/responsibility-uncovered: health',
      'diff/responsibility-extra: home-affairs',
      'diff/responsibility-extra: justice',
      'diff/responsibility-extra: culture',
      'diff/responsibility-extra: office',
      'diff/responsibility-extra: media',
      'diff/responsibility-extra: police',
      'diff/responsibility-extra: youth',
      'diff/lead-changed: home-affairs',
    ],
  },
  {
    upper: 'quang-tri-town-2024-action-month',
    lower: 'quang-tri-ward1-2024-action-month',
    implements: 'match',
    theme: 'match',
    period: 'changed',
    slogans: [11, 1, 1, 0],
    findings: [
      'diff/upper-draft: ',
      'diff/period-changed: 1/6/2024–30/6/2024',
      'diff/slogan-changed: Tăng cường chăm sóc, giáo dục và bảo vệ trẻ em vì sự phát triển đất nước phồng vinh, hạnh phúc',
      'diff/slogan-missing: Ngăn chặn bạo lực, xâm hại trẻ em trên môi trường mạng',
      // No deadline finding: the ward's officer reports to the town by 12/7, the town's own date (meeting
      // it on its day is no conflict), and the ward collects from its units by 10/7, two days before.
      'diff/responsibility-uncovered: youth',
      'diff/responsibility-extra: construction',
      'diff/responsibility-extra: residential',
    ],
  },
];

function describeFinding(f: PlanDiff['findings'][number]): string {
  // Responsibility findings name functions in the reader's words ("Y tế") and deadline findings quote the plan's
  // words ("trước ngày 10/7/2025"); the function key and the due date are in the message's parameters.
  const key = f.params?.['lowerKey'] ?? f.params?.['key'] ?? (f.ruleId.startsWith('diff/deadline-') ? f.params?.['date'] : undefined);
  return `${f.ruleId}: ${typeof key === 'string' ? key : (f.actual ?? f.expected ?? '')}`;
}

describe('diff of each province plan against the corpus plan that cites it', () => {
  for (const pair of PAIRS) {
    describe(`${pair.upper} ⟶ ${pair.lower}`, () => {
      for (const [uf, lf] of FORMAT_PAIRS) {
        const upperPath = `${FIXTURES}province/${pair.upper}.${uf}`;
        const lowerPath = `${FIXTURES}corpus/${pair.lower}.${lf}`;
        const present = existsSync(upperPath) && existsSync(lowerPath);
        it.skipIf(!present)(`${uf} upper, ${lf} lower: every expected finding and no other`, async () => {
          const diff = diffPlans(await loadPlan(upperPath), await loadPlan(lowerPath));
          expect(PlanDiff.parse(diff)).toEqual(diff);
          expect(diff.findings.map(describeFinding).sort()).toEqual([...pair.findings].sort());
          expect(diff.implements.status).toBe(pair.implements);
          expect(diff.theme.status).toBe(pair.theme);
          expect(diff.period.status).toBe(pair.period);
          const s = diff.slogans;
          expect([s.matched.length, s.changed.length, s.missing.length, s.extra.length]).toEqual(pair.slogans);
        });
      }
    });
  }

  it('the text-file pairs are all present (the mixed-format ones need the rendered fixtures)', () => {
    for (const pair of PAIRS) {
      expect(existsSync(`${FIXTURES}province/${pair.upper}.txt`)).toBe(true);
      expect(existsSync(`${FIXTURES}corpus/${pair.lower}.txt`)).toBe(true);
    }
  });

  it('a plan diffed against itself yields no differences', async () => {
    for (const name of [...PAIRS.map((p) => `province/${p.upper}`), ...PAIRS.map((p) => `corpus/${p.lower}`)]) {
      const plan = await loadPlan(`${FIXTURES}${name}.txt`);
      const diff = diffPlans(plan, plan);
      expect(diff.findings, name).toEqual([]);
      expect(diff.slogans.matched).toHaveLength(plan.slogans.length);
      expect(diff.responsibilities.uncovered, name).toEqual([]);
      expect(diff.responsibilities.extra, name).toEqual([]);
    }
  });

  it('a plan diffed against a province plan it does not implement misses the citation', async () => {
    const diff = diffPlans(await loadPlan(`${FIXTURES}province/cao-bang-2025-action-month.txt`), await loadPlan(`${FIXTURES}corpus/chi-lang-2025-annual.txt`));
    expect(diff.implements.status).toBe('missing');
    expect(diff.findings.filter((f) => f.ruleId === 'diff/implements-missing')).toHaveLength(1);
    expect(diff.implements.message).toContain('99/KH-UBND');
  });
});
