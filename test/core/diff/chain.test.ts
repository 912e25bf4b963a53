/**
 * The reporting chain written for the tests (fixtures/chain, see its README): each pair gives
 * exactly the deadline findings a person reading both plans lists there, in every format, and no
 * deadline finding on a plan diffed with itself or on the pair that leaves enough time.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffPlans, PlanDiff } from '@plan-extract/core';
import { FORMAT_PAIRS, loadPlan } from '../load-plan.js';

const CHAIN = fileURLToPath(new URL('../../../fixtures/chain/', import.meta.url));
const PLANS = ['yen-bai-2024-annual', 'tran-yen-2024-annual', 'van-yen-2024-annual', 'dong-cuong-2024-annual'];

interface Expected {
  upper: string;
  lower: string;
  /** `ruleId: lower due date (margin in days)`, as the README's table. */
  findings: string[];
}

const PAIRS: Expected[] = [
  { upper: 'yen-bai-2024-annual', lower: 'tran-yen-2024-annual', findings: ['diff/deadline-conflict: 2024-12-24 (-4)'] },
  { upper: 'yen-bai-2024-annual', lower: 'van-yen-2024-annual', findings: ['diff/deadline-no-margin: 2024-06-15 (0)', 'diff/deadline-conflict: 2024-12-22 (-2)'] },
  { upper: 'van-yen-2024-annual', lower: 'dong-cuong-2024-annual', findings: [] },
];

function deadlineFindings(diff: PlanDiff): string[] {
  return diff.findings
    .filter((f) => f.ruleId.startsWith('diff/deadline-'))
    .map((f) => {
      // The finding quotes the plan's words (`actual`); its due date is in the message's parameters.
      const date = f.params?.['date'];
      const conflict = diff.deadlines.conflicts.find((c) => c.lower.date === date);
      return `${f.ruleId}: ${String(date)} (${conflict?.margin})`;
    });
}

describe('the reporting chain of fixtures/chain', () => {
  for (const pair of PAIRS) {
    for (const [uf, lf] of FORMAT_PAIRS) {
      const upperPath = `${CHAIN}${pair.upper}.${uf}`;
      const lowerPath = `${CHAIN}${pair.lower}.${lf}`;
      it.skipIf(!existsSync(upperPath) || !existsSync(lowerPath))(`${pair.upper} (${uf}) ⟶ ${pair.lower} (${lf})`, async () => {
        const diff = diffPlans(await loadPlan(upperPath), await loadPlan(lowerPath));
        expect(PlanDiff.parse(diff)).toEqual(diff);
        expect(deadlineFindings(diff)).toEqual(pair.findings);
        expect(diff.deadlines.conflicts).toHaveLength(pair.findings.length);
      });
    }
  }

  it('the text files are all present', () => {
    for (const name of PLANS) expect(existsSync(`${CHAIN}${name}.txt`), name).toBe(true);
  });

  it('checks every collection and sending date of a lower plan against the deadline that binds it', async () => {
    const diff = diffPlans(await loadPlan(`${CHAIN}yen-bai-2024-annual.txt`), await loadPlan(`${CHAIN}van-yen-2024-annual.txt`));
    expect(diff.deadlines.pairs.map((p) => [p.role, p.lower.date, p.upper.date, p.margin])).toEqual([
      ['send', '2024-06-15', '2024-06-15', 0],
      ['collect', '2024-03-28', '2024-04-05', 8],
      ['collect', '2024-06-15', '2024-06-15', 0],
      ['collect', '2024-12-12', '2024-12-20', 8],
      ['collect', '2024-12-22', '2024-12-20', -2],
    ]);
  });

  it('the province binds no commune, and a plan diffed with itself has no deadline finding', async () => {
    const province = await loadPlan(`${CHAIN}yen-bai-2024-annual.txt`);
    expect(diffPlans(province, await loadPlan(`${CHAIN}dong-cuong-2024-annual.txt`)).deadlines.pairs).toEqual([]);
    for (const name of PLANS) {
      const plan = await loadPlan(`${CHAIN}${name}.txt`);
      expect(deadlineFindings(diffPlans(plan, plan)), name).toEqual([]);
      // Not only because the diff sees the same document: a copy binds nobody either (no plan binds its own issuer).
      const copy = { ...plan, source: { ...plan.source, sha256: 'a copy' }, text: `${plan.text}\n` };
      expect(diffPlans(plan, copy).deadlines.pairs, name).toEqual([]);
    }
  });
});
