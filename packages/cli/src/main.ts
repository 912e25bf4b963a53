/**
 * `plan-extract <command> ...`: a thin shell over @plan-extract/core.
 * `execute(argv)` resolves to the exit code (`EXIT` in io.ts: 0 done, 1 findings or an unusable
 * input, 2 a command line that cannot be carried out, 3 an internal error).
 * Commands load lazily so `--help` does not pay for pdf.js, chrono-node or zod.
 * Everything printed is in the user's language: `--lang`, else `PLAN_EXTRACT_LANG`, else Vietnamese.
 */
import './runtime.js';
import { DEFAULT_LANG, parseLang, suggest, t, type Lang } from '@plan-extract/core/messages';
import { EXIT, OutputError, UsageError, type Context, type Io, defaultIo } from './io.js';
import { commandHelp, generalHelp } from './help.js';
import { COMMANDS, GLOBAL_OPTIONS, type CommandName } from './options.js';
import { terminalLine } from './formatters/escape.js';

type Command = (args: string[], io: Io, context: Context) => Promise<number>;

const LOADERS: Record<CommandName, () => Promise<Command>> = {
  extract: async () => (await import('./commands/extract.js')).extractCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
};

/** The general help in a language (tests and the README read it). */
export function help(lang: Lang = DEFAULT_LANG): string {
  return generalHelp(lang);
}

export async function execute(argv: string[], io: Io = defaultIo()): Promise<number> {
  const dashes = argv.indexOf('--');
  const flags = dashes < 0 ? argv : argv.slice(0, dashes);
  const debug = flags.includes('--debug');
  const args = [...flags.filter((a) => a !== '--debug'), ...(dashes < 0 ? [] : argv.slice(dashes))];

  const language = chooseLang(args, io);
  const lang = language.lang;
  io.setLang?.(lang);
  const say = (prefix: string, message: string) => io.stderr(`${terminalLine(`${prefix}: ${message}`)}\n`);
  if (language.error) {
    say('plan-extract', language.error);
    return EXIT.usage;
  }
  if (language.warning) say('plan-extract', language.warning);
  const [name, ...rest] = language.args;

  if (name === undefined) {
    io.stdout(generalHelp(lang));
    return EXIT.usage;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    const topic = rest[0];
    if (topic !== undefined && isCommand(topic)) io.stdout(commandHelp(COMMANDS[topic], lang));
    else io.stdout(generalHelp(lang));
    return EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${await version()}\n`);
    return EXIT.ok;
  }
  if (!isCommand(name)) {
    if (name.startsWith('-')) {
      const options = Object.entries(GLOBAL_OPTIONS).flatMap(([long, o]) => [`--${long}`, ...(o.short ? [`-${o.short}`] : [])]);
      say('plan-extract', t(lang, 'cli:unknown-global-option', { option: name, suggestion: suggest(name.replace(/=.*$/, ''), options) }));
    } else {
      say('plan-extract', t(lang, 'cli:unknown-command', { command: name, suggestion: suggest(name, Object.keys(COMMANDS)), commands: Object.keys(COMMANDS) }));
    }
    return EXIT.usage;
  }
  const beforeDashes = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (beforeDashes.includes('--help') || beforeDashes.includes('-h')) {
    io.stdout(commandHelp(COMMANDS[name], lang));
    return EXIT.ok;
  }
  try {
    const code = await (await LOADERS[name]())(rest, io, { lang, debug });
    return io.outputFailed?.() ? EXIT.usage : code;
  } catch (error) {
    if (error instanceof OutputError) {
      say(`plan-extract ${name}`, error.message);
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      say(`plan-extract ${name}`, `${error.message} ${t(lang, 'cli:see-help', { command: name })}`);
      return EXIT.usage;
    }
    // A bug of ours: one line with E_INTERNAL, the stack only with --debug.
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    say(`plan-extract ${name}`, t(lang, 'cli:internal-error', { message }));
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.internal;
  }
}

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

/**
 * The language, from `--lang` (anywhere before `--`, as `--lang en` or `--lang=en`), else
 * `PLAN_EXTRACT_LANG`, else Vietnamese; and the arguments without the flag. A bad `--lang` is a
 * usage error; a bad environment value only a warning (it may be set for another version).
 */
function chooseLang(args: string[], io: Io): { lang: Lang; args: string[]; error?: string; warning?: string } {
  const fromEnv = io.env['PLAN_EXTRACT_LANG'];
  const envLang = fromEnv ? parseLang(fromEnv) : null;
  let lang: Lang = envLang ?? DEFAULT_LANG;
  const warning = fromEnv && !envLang ? t(lang, 'cli:bad-lang-env', { value: fromEnv }) : undefined;
  const out: string[] = [];
  let flag: string | null = null;
  let missing = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (a === '--lang') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-')) missing = true;
      else flag = value;
      i++;
    } else if (a.startsWith('--lang=')) {
      flag = a.slice('--lang='.length);
    } else {
      out.push(a);
    }
  }
  if (missing) return { lang, args: out, error: t(lang, 'cli:missing-value', { option: '--lang', choices: ['vi', 'en'] }) };
  if (flag !== null) {
    const chosen = parseLang(flag);
    if (!chosen) return { lang, args: out, error: t(lang, 'cli:bad-choice', { option: '--lang', value: flag, suggestion: suggest(flag, ['vi', 'en']), choices: ['vi', 'en'] }) };
    lang = chosen;
  }
  return warning ? { lang, args: out, warning } : { lang, args: out };
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
