/**
 * The commands' options, declared once: node:util's parseArgs reads them, `--help` prints them,
 * and a mistyped flag or value is answered with the nearest valid one ("did you mean --format?").
 * Commands parse strictly; after `--` every argument is a path, even one starting with a dash.
 */
import { parseArgs } from 'node:util';
import type { OcrMode } from '@plan-extract/core';
import { suggest, t, type Lang, type MessageId } from '@plan-extract/core/messages';
import { UsageError } from './io.js';
import { LIMIT_OPTIONS } from './limits.js';
import { terminalLine } from './formatters/escape.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's name in help ("FILE", "N"); for a choice, its values are listed instead. */
  placeholder?: MessageId;
  /** The values a choice takes. */
  choices?: readonly string[];
  /** The default, as help shows it. */
  defaultValue?: string;
  /** What the option does (catalogue). */
  help: MessageId;
}

export type CommandName = 'extract' | 'diff' | 'validate';

export interface CommandSpec {
  name: CommandName;
  /** The arguments after the command name ("<file>"), and what the command does. */
  usage: MessageId;
  summary: MessageId;
  options: Record<string, OptionSpec>;
  examples: readonly MessageId[];
}

/** Help for each limit flag; a flag added to `LIMIT_OPTIONS` needs a line here (TypeScript asks for it). */
const LIMIT_HELP: Record<keyof typeof LIMIT_OPTIONS, OptionSpec> = {
  'max-bytes': { type: 'string', placeholder: 'cli:placeholder-size', defaultValue: '50M', help: 'help:max-bytes' },
  'max-pages': { type: 'string', placeholder: 'cli:placeholder-n', defaultValue: '500', help: 'help:max-pages' },
  timeout: { type: 'string', placeholder: 'cli:placeholder-seconds', defaultValue: '30', help: 'help:timeout' },
};

const output: OptionSpec = { type: 'string', short: 'o', placeholder: 'cli:placeholder-file', help: 'help:output' };
const lang: OptionSpec = { type: 'string', choices: ['vi', 'en'], defaultValue: 'vi', help: 'help:lang' };
const ocr: OptionSpec = { type: 'string', choices: ['auto', 'off', 'force'] satisfies OcrMode[], defaultValue: 'auto', help: 'help:ocr' };

export const EXTRACT_FORMATS = ['json', 'text', 'markdown'] as const;
export const DIFF_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
export const VALIDATE_FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'html', 'csv'] as const;

export const COMMANDS: Record<CommandName, CommandSpec> = {
  extract: {
    name: 'extract',
    usage: 'help:extract-usage',
    summary: 'help:extract-summary',
    options: {
      format: { type: 'string', short: 'f', choices: EXTRACT_FORMATS, defaultValue: 'json', help: 'help:extract-format' },
      output,
      lang,
      ocr,
      ...LIMIT_HELP,
    },
    examples: ['help:extract-example-1', 'help:extract-example-2'],
  },
  diff: {
    name: 'diff',
    usage: 'help:diff-usage',
    summary: 'help:diff-summary',
    options: {
      format: { type: 'string', short: 'f', choices: DIFF_FORMATS, defaultValue: 'text', help: 'help:diff-format' },
      output,
      lang,
      ocr,
      ...LIMIT_HELP,
    },
    examples: ['help:diff-example-1', 'help:diff-example-2'],
  },
  validate: {
    name: 'validate',
    usage: 'help:validate-usage',
    summary: 'help:validate-summary',
    options: {
      format: { type: 'string', short: 'f', choices: VALIDATE_FORMAT_NAMES, defaultValue: 'stylish', help: 'help:validate-format' },
      output,
      against: { type: 'string', placeholder: 'cli:placeholder-file', help: 'help:against' },
      config: { type: 'string', placeholder: 'cli:placeholder-file', help: 'help:config' },
      concurrency: { type: 'string', short: 'j', placeholder: 'cli:placeholder-concurrency', defaultValue: 'auto', help: 'help:concurrency' },
      'max-warnings': { type: 'string', placeholder: 'cli:placeholder-n', help: 'help:max-warnings' },
      quiet: { type: 'boolean', short: 'q', help: 'help:quiet' },
      lang,
      ocr,
      ...LIMIT_HELP,
    },
    examples: ['help:validate-example-1', 'help:validate-example-2', 'help:validate-example-3'],
  },
};

/** Options every command takes besides its own, and the global ones. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', help: 'help:help' },
  version: { type: 'boolean', short: 'v', help: 'help:version' },
  lang,
  debug: { type: 'boolean', help: 'help:debug' },
};

export type ParsedValues = Record<string, string | boolean | undefined>;

/**
 * argv after the command name, parsed by the command's spec. Unknown flags, missing values and
 * values outside a choice throw a one-line `UsageError` in `lang`, naming the nearest valid one.
 */
export function parseCommand(spec: CommandSpec, args: string[], lang: Lang): { values: ParsedValues; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, o]) => [name, o.short ? { type: o.type, short: o.short } : { type: o.type }]),
  );
  let parsed: { values: ParsedValues; positionals: string[] };
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    throw new UsageError(explainParseError(error, spec, lang));
  }
  for (const [name, o] of Object.entries(spec.options)) {
    const value = parsed.values[name];
    if (typeof value !== 'string') continue;
    if (value === '' && o.type === 'string') throw new UsageError(t(lang, 'cli:empty-value', { option: `--${name}` }));
    if (o.choices && !o.choices.includes(value)) {
      throw new UsageError(t(lang, 'cli:bad-choice', { option: `--${name}`, value: terminalLine(value), suggestion: suggest(value, o.choices), choices: [...o.choices] }));
    }
  }
  return parsed;
}

/** parseArgs' errors (codes ERR_PARSE_ARGS_*) as one line in the user's language. */
function explainParseError(error: unknown, spec: CommandSpec, lang: Lang): string {
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^'\s,]*)/.exec(text)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const bare = flag.replace(/=.*$/, '');
    const candidates = Object.entries(spec.options).flatMap(([name, o]) => [`--${name}`, ...(o.short && !bare.startsWith('--') ? [`-${o.short}`] : [])]);
    return t(lang, 'cli:unknown-option', { option: terminalLine(bare), suggestion: suggest(bare, candidates) });
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const long = /--([\w-]+)/.exec(text)?.[1] ?? flag.replace(/^-+/, '');
    const o = spec.options[long];
    if (o?.type === 'boolean') return t(lang, 'cli:no-value-taken', { option: `--${long}` });
    return t(lang, 'cli:missing-value', { option: `--${long}`, choices: o?.choices ? [...o.choices] : [] });
  }
  return terminalLine(text.split('\n')[0] ?? text);
}
