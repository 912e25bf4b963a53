/**
 * `--help`: the general screen and one per command, built from the option specs
 * (`options.ts`) and the catalogue, so every option is listed with what it does and its default.
 */
import { t, type Lang } from '@plan-extract/core/messages';
import { COMMANDS, GLOBAL_OPTIONS, type CommandSpec, type OptionSpec } from './options.js';

const COLUMN = 34;

function optionLines(options: Record<string, OptionSpec>, lang: Lang): string[] {
  return Object.entries(options).map(([name, o]) => {
    const value = o.type === 'boolean' ? '' : ` <${o.choices ? o.choices.join('|') : t(lang, o.placeholder ?? 'cli:placeholder-value')}>`;
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${value}`;
    const help = t(lang, o.help);
    const fallback = o.defaultValue !== undefined ? ` ${t(lang, 'cli:default', { value: o.defaultValue })}` : '';
    return flag.length + 2 >= COLUMN ? `  ${flag}\n${' '.repeat(COLUMN + 2)}${help}${fallback}` : `  ${flag.padEnd(COLUMN)}${help}${fallback}`;
  });
}

/** The help of one command: what it does, its arguments, every option, examples. */
export function commandHelp(spec: CommandSpec, lang: Lang): string {
  return [
    `plan-extract ${spec.name} — ${t(lang, spec.summary)}`,
    '',
    t(lang, 'cli:usage-heading'),
    `  plan-extract ${spec.name} ${t(lang, spec.usage)}`,
    '',
    t(lang, 'cli:options-heading'),
    ...optionLines(spec.options, lang),
    `  ${'-h, --help'.padEnd(COLUMN)}${t(lang, 'help:help')}`,
    '',
    t(lang, 'cli:examples-heading'),
    ...spec.examples.map((id) => `  ${t(lang, id)}`),
    '',
    t(lang, 'help:exit-codes'),
    '',
  ].join('\n');
}

/** The general help: the commands, the global options, where to read more. */
export function generalHelp(lang: Lang): string {
  return [
    `plan-extract — ${t(lang, 'help:tagline')}`,
    '',
    t(lang, 'cli:usage-heading'),
    ...Object.values(COMMANDS).map((c) => `  plan-extract ${c.name} ${t(lang, c.usage)}`),
    '',
    t(lang, 'cli:commands-heading'),
    ...Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(10)}${t(lang, c.summary)}`),
    '',
    t(lang, 'help:inputs'),
    '',
    t(lang, 'cli:options-heading'),
    ...optionLines(GLOBAL_OPTIONS, lang),
    `  ${'--'.padEnd(COLUMN)}${t(lang, 'help:dashes')}`,
    '',
    t(lang, 'help:more'),
    '',
    t(lang, 'help:exit-codes'),
    '',
  ].join('\n');
}
