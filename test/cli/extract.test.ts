import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PlanExtraction } from '@plan-extract/core';
import { execute } from '../../packages/cli/src/main.js';
import { capture } from './capture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HA_LANG = join(ROOT, 'fixtures/corpus/ha-lang-2025-action-month.txt');
const CAO_BANG = join(ROOT, 'fixtures/province/cao-bang-2025-action-month.txt');

describe('plan-extract extract', () => {
  it('prints the JSON contract by default', async () => {
    const c = capture();
    expect(await execute(['extract', HA_LANG], c.io)).toBe(0);
    const parsed = PlanExtraction.parse(JSON.parse(c.stdout()));
    expect(parsed.title).toBe('Triển khai Tháng hành động vì trẻ em năm 2025 trên địa bàn huyện Hạ Lang');
    expect(parsed.slogans).toHaveLength(12);
    expect(c.stderr()).toBe('');
  });

  it('prints a readable summary with --format text, coloured only on a terminal without NO_COLOR', async () => {
    const plain = capture();
    expect(await execute(['extract', HA_LANG, '--format', 'text'], plain.io)).toBe(0);
    const text = plain.stdout();
    expect(text).toContain('Triển khai Tháng hành động vì trẻ em năm 2025 trên địa bàn huyện Hạ Lang');
    expect(text).toContain('Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em');
    expect(text).toMatch(/Slogans \(12\)/);
    expect(text).toContain('Responsibilities (9: 1 lead, 7 assigned, 1 requested)');
    expect(text).toMatch(/^ {2}12\. Tổng đài 111/m);
    expect(text).toContain('Hoàng Thanh Sơn');
    // Dates as officers write them.
    expect(text).toContain('1/6/2025 – 30/6/2025');
    expect(text).not.toContain('\u001b[');

    const tty = capture({ tty: true });
    await execute(['extract', HA_LANG, '--format=text'], tty.io);
    expect(tty.stdout()).toContain('\u001b[');

    const noColor = capture({ tty: true, env: { NO_COLOR: '1' } });
    await execute(['extract', HA_LANG, '-f', 'text'], noColor.io);
    expect(noColor.stdout()).not.toContain('\u001b[');
  });

  it('prints Markdown with --format markdown', async () => {
    const c = capture();
    expect(await execute(['extract', HA_LANG, '--format', 'markdown'], c.io)).toBe(0);
    expect(c.stdout()).toMatch(/^# Triển khai Tháng hành động/);
    expect(c.stdout()).toContain('12. Tổng đài 111 - tiếp nhận thông tin mọi lúc, bảo vệ trẻ em mọi nơi');
    expect(c.stdout()).toContain('| Issuing body | Ủy ban nhân dân huyện Hạ Lang (district) |');
  });

  it('lists what the plan carries out apart from its legal basis, one citation a line', async () => {
    const c = capture({ env: { PLAN_EXTRACT_LANG: 'vi' } });
    expect(await execute(['extract', CAO_BANG, '--format', 'text'], c.io)).toBe(0);
    expect(c.stdout()).toContain(
      [
        'Thực hiện         (không có)',
        'Căn cứ            Luật Trẻ em năm 2016',
        '                  Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ',
        '                  Thông tư số 28/2019/TT-BLĐTBXH ngày 26/12/2019 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội',
      ].join('\n'),
    );
    const md = capture();
    expect(await execute(['extract', HA_LANG, '--format', 'markdown'], md.io)).toBe(0);
    expect(md.stdout()).toContain('| Implements | Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng |');
    expect(md.stdout()).toContain('| Legal basis | _(none)_ |');
  });

  it('writes --output and nothing to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-'));
    const file = join(dir, 'ha-lang.json');
    const c = capture();
    expect(await execute(['extract', HA_LANG, '--output', file], c.io)).toBe(0);
    expect(c.stdout()).toBe('');
    expect(PlanExtraction.parse(JSON.parse(readFileSync(file, 'utf8'))).year).toBe(2025);
  });

  it('does not create a missing output folder: exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-'));
    const c = capture();
    expect(await execute(['extract', HA_LANG, '--output', join(dir, 'missing', 'out.json')], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/^plan-extract extract: --output .*out\.json: the folder .*missing does not exist \(see: plan-extract extract --help\)\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports an unreadable document in one line with its code: exit 1, a missing file too', async () => {
    const c = capture();
    expect(await execute(['extract', '/no/such/plan.txt'], c.io)).toBe(1);
    expect(c.stderr()).toBe('plan-extract: /no/such/plan.txt: no such file (E_NOT_FOUND)\n');
    expect(c.stdout()).toBe('');
    const empty = capture();
    expect(await execute(['extract', join(ROOT, 'fixtures/corpus')], empty.io)).toBe(1);
    expect(empty.stderr()).toMatch(/\(E_UNSUPPORTED\)\n$/);
  });

  it.each([
    [['extract'], /extract needs a plan file/],
    [['extract', HA_LANG, '--format', 'yaml'], /--format does not take 'yaml' \(one of json, text, markdown\)/],
    [['extract', HA_LANG, '--colour'], /there is no option --colour/],
    [['extract', HA_LANG, HA_LANG], /extract reads one plan file, not 2/],
    [['extract', HA_LANG, '--format'], /--format needs a value \(json, text, markdown\)/],
    [['extract', HA_LANG, '--formt', 'json'], /there is no option --formt; did you mean --format\?/],
  ])('usage error %j: exit 2', async (argv, message) => {
    const c = capture();
    expect(await execute(argv, c.io)).toBe(2);
    expect(c.stderr()).toMatch(message);
    expect(c.stderr().trimEnd().split('\n')).toHaveLength(1);
    expect(c.stdout()).toBe('');
  });
});

describe('plan-extract extract (built bin)', () => {
  it('runs end to end', () => {
    expect(existsSync(join(ROOT, 'packages/cli/dist/main.js')), 'packages/cli/dist is missing: run the build first').toBe(true);
    const stdout = execFileSync(process.execPath, ['packages/cli/bin/plan-extract.js', 'extract', 'fixtures/corpus/ha-lang-2025-action-month.txt', '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const parsed = PlanExtraction.parse(JSON.parse(stdout));
    expect(parsed.source).toMatchObject({ path: 'fixtures/corpus/ha-lang-2025-action-month.txt', format: 'text' });
    expect(parsed.issuer?.name).toBe('Ủy ban nhân dân huyện Hạ Lang');
  });
});
