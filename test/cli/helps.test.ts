/**
 * A CLI that helps: help for each command with every option and an example, the nearest valid
 * flag, value or command for a typo, one table of exit codes, --output checked before any work,
 * --config checked with suggestions, the user's language, reader warnings where people see them,
 * and non-plans refused in one line.
 */
import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PlanExtraction, type ValidationReport } from '@plan-extract/core';
import { execute } from '../../packages/cli/src/main.js';
import { COMMANDS, GLOBAL_OPTIONS } from '../../packages/cli/src/options.js';
import { capture } from './capture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HA_LANG = join(ROOT, 'fixtures/corpus/ha-lang-2025-action-month.txt');
const TCVN3 = join(ROOT, 'fixtures/encodings/ha-lang.tcvn3.txt');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('help', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const spec of Object.values(COMMANDS)) {
      it(`${spec.name} --help (${lang}) lists every option with what it does, and an example`, async () => {
        const c = capture({ env: { PLAN_EXTRACT_LANG: lang } });
        expect(await execute([spec.name, '--help'], c.io)).toBe(0);
        const help = c.stdout();
        for (const [name, option] of Object.entries(spec.options)) {
          expect(help).toMatch(new RegExp(`${option.short ? `-${option.short}, ` : ''}--${name}\\b`));
        }
        expect(help).toContain(`plan-extract ${spec.name} `);
        expect(help).toContain(lang === 'vi' ? 'Ví dụ:' : 'Examples:');
        expect(help).toContain(lang === 'vi' ? 'Mã thoát' : 'Exit codes');
      });
    }
  }

  it('says something different for each command, and `help <command>` is the same screen', async () => {
    const screens = await Promise.all(
      Object.keys(COMMANDS).map(async (name) => {
        const c = capture();
        await execute([name, '-h'], c.io);
        return c.stdout();
      }),
    );
    expect(new Set(screens).size).toBe(3);
    const viaHelp = capture();
    await execute(['help', 'validate'], viaHelp.io);
    expect(viaHelp.stdout()).toBe(screens[2]);
  });

  it('the general help lists the commands and the global options, in Vietnamese by default', async () => {
    const c = capture({ env: { PLAN_EXTRACT_LANG: undefined } });
    expect(await execute(['--help'], c.io)).toBe(0);
    expect(c.stdout()).toContain('Cách dùng:');
    for (const name of [...Object.keys(COMMANDS), ...Object.keys(GLOBAL_OPTIONS).map((o) => `--${o}`)]) expect(c.stdout()).toContain(name);
  });
});

describe('typos get the nearest valid one, in one line', () => {
  it.each([
    [['valdiate', 'x'], /there is no command 'valdiate'; did you mean 'validate'\?/],
    [['--verison'], /there is no option --verison; did you mean --version\?/],
    [['validate', 'x', '--max-warning', '3'], /there is no option --max-warning; did you mean --max-warnings\?/],
    [['validate', 'x', '--format', 'sarf'], /--format does not take 'sarf'; did you mean 'sarif'\?/],
    [['extract', 'x', '--lang', 'vn'], /--lang does not take 'vn'; did you mean 'vi'\?/],
  ])('%j', async (argv, message) => {
    const c = capture();
    expect(await execute(argv, c.io)).toBe(2);
    expect(c.stderr()).toMatch(message);
    expect(c.stderr().trimEnd().split('\n')).toHaveLength(1);
  });

  it('in Vietnamese by default', async () => {
    const c = capture({ env: { PLAN_EXTRACT_LANG: 'vi' } });
    expect(await execute(['validate', 'x', '--fromat', 'html'], c.io)).toBe(2);
    expect(c.stderr()).toBe('plan-extract validate: không có tùy chọn --fromat; có phải ý bạn là --format? (xem: plan-extract validate --help)\n');
  });
});

describe('exit codes: one table for every command', () => {
  it('is the README’s table', () => {
    for (const row of ['| 0 |', '| 1 |', '| 2 |', '| 3 |']) expect(README).toContain(row);
    expect(README).toMatch(/\| 3 \| .*E_INTERNAL/);
  });

  it('a file that cannot be read is 1 in every command; a command line that cannot be carried out is 2', async () => {
    const missing = join(ROOT, 'no-such-plan.pdf');
    for (const argv of [['extract', missing], ['diff', HA_LANG, missing], ['validate', missing]]) {
      expect(await execute(argv, capture().io), argv.join(' ')).toBe(1);
    }
    for (const argv of [['extract'], ['diff', HA_LANG], ['validate'], ['extract', HA_LANG, '--timeout', 'soon'], ['nope']]) {
      expect(await execute(argv, capture().io), argv.join(' ')).toBe(2);
    }
  });
});

describe('--output is checked before any work', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-output-'));
  const plan = join(dir, 'plan.txt');
  writeFileSync(plan, readFileSync(HA_LANG));
  mkdirSync(join(dir, 'reports'));

  it.each([
    ['a folder', ['validate', plan, '--output', join(dir, 'reports')], /--output .*reports is a folder/],
    ['a folder that does not exist', ['validate', plan, '--format', 'html', '--output', join(dir, 'nowhere', 'r.html')], /the folder .*nowhere does not exist/],
    ['the plan itself', ['validate', dir, '--format', 'csv', '--output', plan], /--output .*plan\.txt is one of the inputs/],
    ['the plan itself, for extract', ['extract', plan, '--output', plan], /is one of the inputs/],
    ['the upper plan, for diff', ['diff', plan, HA_LANG, '--output', plan], /is one of the inputs/],
  ])('refuses %s, and leaves the inputs as they were (exit 2)', async (_name, argv, message) => {
    const before = readFileSync(plan, 'utf8');
    const c = capture();
    expect(await execute(argv, c.io)).toBe(2);
    expect(c.stderr()).toMatch(message);
    expect(c.stdout()).toBe('');
    expect(readFileSync(plan, 'utf8')).toBe(before);
  });

  it('writes the report whole, in place of an older one', async () => {
    const out = join(dir, 'reports', 'report.json');
    writeFileSync(out, 'old');
    expect(await execute(['validate', plan, '--format', 'json', '--output', out], capture().io)).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as ValidationReport).files).toHaveLength(1);
    expect(statSync(out).isFile()).toBe(true);
  });
});

describe('--config is checked, with suggestions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-config-'));
  const write = (name: string, config: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof config === 'string' ? config : JSON.stringify(config));
    return path;
  };

  it.each([
    ['an unknown rule id', { rules: { 'spelling/unkown-word': 'off' } }, /there is no rule "spelling\/unkown-word"; did you mean "spelling\/unknown-word"\?/],
    ['a bad severity', { rules: { 'theme/missing': 'warn' } }, /"warn" is not a severity .*did you mean "warning"\?/],
    ['an unknown setting', { rule: {} }, /there is no setting "rule"; did you mean "rules"\?/],
    ['a bad date', { campaign: { period: { start: '1/6/2026', end: '2026-06-30' } } }, /campaign\.period\.start: /],
    ['broken JSON', '{ "rules": ', /not valid JSON/],
  ])('refuses %s (exit 2, one line)', async (_name, config, message) => {
    const c = capture();
    expect(await execute(['validate', HA_LANG, '--config', write(`${_name}.json`, config)], c.io)).toBe(2);
    expect(c.stderr()).toMatch(message);
    expect(c.stderr().trimEnd().split('\n')).toHaveLength(1);
  });

  it('takes an old rule id, and says what it is called now', async () => {
    const c = capture();
    const path = write('old.json', { rules: { 'deadlines/upper-conflict': 'warning' } });
    expect(await execute(['validate', HA_LANG, '--config', path, '--format', 'json'], c.io)).toBe(0);
    expect(c.stderr()).toContain('"deadlines/upper-conflict" is now "diff/deadline-conflict", "diff/deadline-send-late"; the old name still works');
  });

  it('says what is wrong in Vietnamese by default, zod’s problems included', async () => {
    const c = capture({ env: { PLAN_EXTRACT_LANG: 'vi' } });
    expect(await execute(['validate', HA_LANG, '--config', write('vi.json', { words: 'Pác Bó' })], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/^plan-extract validate: --config .*vi\.json: words: .*mong đợi/);
  });
});

describe('the language', () => {
  it('follows --lang, else PLAN_EXTRACT_LANG, else Vietnamese', async () => {
    const run = async (argv: string[], env: Record<string, string | undefined>) => {
      const c = capture({ env });
      await execute(argv, c.io);
      return c.stdout();
    };
    const argv = ['validate', HA_LANG];
    expect(await run(argv, { PLAN_EXTRACT_LANG: undefined })).toContain('vấn đề');
    expect(await run(argv, { PLAN_EXTRACT_LANG: 'en' })).toContain('1 problem (0 errors, 1 warning)');
    expect(await run([...argv, '--lang', 'vi'], { PLAN_EXTRACT_LANG: 'en' })).toContain('1 vấn đề (0 lỗi, 1 cảnh báo)');
    expect(await run(['--lang=en', ...argv], { PLAN_EXTRACT_LANG: 'vi' })).toContain('1 problem');
  });

  it('warns about a PLAN_EXTRACT_LANG it does not speak, and goes on in Vietnamese', async () => {
    const c = capture({ env: { PLAN_EXTRACT_LANG: 'fr' } });
    expect(await execute(['validate', HA_LANG], c.io)).toBe(0);
    expect(c.stderr()).toContain('PLAN_EXTRACT_LANG=fr');
    expect(c.stdout()).toContain('vấn đề');
  });
});

describe('extract: what the reader noticed, and non-plans', () => {
  it('shows reader warnings on stderr for the text formats, and in diagnostics for JSON', async () => {
    const text = capture({ env: { PLAN_EXTRACT_LANG: 'vi' } });
    expect(await execute(['extract', TCVN3, '--format', 'text'], text.io)).toBe(0);
    expect(text.stderr()).toMatch(/^plan-extract: .*ha-lang\.tcvn3\.txt: cảnh báo: Tệp dùng bảng mã TCVN3 .*\(read\/legacy-encoding\)\n$/);
    const json = capture();
    expect(await execute(['extract', TCVN3], json.io)).toBe(0);
    expect(json.stderr()).toBe('');
    const diagnostics = PlanExtraction.parse(JSON.parse(json.stdout())).diagnostics;
    expect(diagnostics[0]).toMatchObject({ ruleId: 'read/legacy-encoding', severity: 'warning', messageId: 'read/legacy-encoding', params: { encoding: 'tcvn3' } });
  });

  it('refuses a file that is not a plan: one line, exit 1, nothing on stdout', async () => {
    const c = capture();
    expect(await execute(['extract', join(ROOT, 'fixtures/broken/README.md'), '--format', 'text'], c.io)).toBe(1);
    expect(c.stderr()).toMatch(/^plan-extract: .*README\.md: not a plan: no "KẾ HOẠCH" type name .*\(document\/not-a-plan\)\n$/);
    expect(c.stdout()).toBe('');
  });
});

describe('SARIF regions point at the file’s own lines', () => {
  it('marks line 145 of ha-lang, where the malformed decree number is', async () => {
    const c = capture();
    await execute(['validate', HA_LANG, '--format', 'sarif'], c.io);
    const result = JSON.parse(c.stdout()).runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'references/malformed');
    const region = result.locations[0].physicalLocation.region;
    expect(region).toMatchObject({ startLine: 145, startColumn: 83, endLine: 145 });
    const line = readFileSync(HA_LANG, 'utf8').split('\n')[region.startLine - 1]!;
    expect(line.slice(region.startColumn - 1, region.endColumn - 1)).toBe('Nghị định số 56/NĐ-CP ngày 09/5/2017');
  });
});
