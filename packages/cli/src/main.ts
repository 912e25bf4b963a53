/**
 * `plan-extract <command> ...`: a thin shell over @plan-extract/core.
 * `execute(argv)` resolves to the exit code: 0 clean, 1 findings or unreadable input, 2 usage or I/O error.
 * Commands load lazily so `--help` does not pay for pdf.js, chrono-node or zod.
 */
import './runtime.js';
import { EXIT, UsageError, type Io, defaultIo } from './io.js';

export const HELP = `plan-extract — read Vietnamese plan documents (Kế hoạch) into checkable data

Usage:
  plan-extract extract <file> [--format json|text|markdown] [--output FILE] [--ocr MODE] [limits]
  plan-extract diff <upper plan> <lower plan> [--format text|json|markdown|html] [--output FILE] [--ocr MODE] [limits]
  plan-extract validate <paths...> [--against FILE] [--config FILE] [--format stylish|json|sarif|junit|html|csv]
                        [--output FILE] [--concurrency N|auto] [--max-warnings N] [--quiet] [--ocr MODE] [limits]

Inputs may be PDF, DOCX or text (UTF-8, UTF-16, TCVN3, VNI); the format is read from the bytes.
validate walks folders for .pdf, .docx, .doc, .txt files and expands globs ("plans/**/*.pdf").

Options:
  -h, --help       show this help
  -v, --version    show the version
  --debug          show stack traces for internal errors
  --               ends the options: a file named '-x.pdf' goes after it (or write ./-x.pdf)
  --ocr MODE       scanned PDF pages (no text layer, a picture over the page): auto reads them by
                   OCR (Vietnamese, offline), force reads every page by OCR, off reads none [auto]

Limits (a document over one is reported unreadable with its code; defaults in brackets):
  --max-bytes N    largest input file, in bytes; K, M, G suffixes allowed [50M]
  --max-pages N    most PDF pages [500]
  --timeout S      time budget for one document, in seconds [30], and as much again for each page
                   read by OCR; in validate the worker is replaced

Exit codes: 0 clean; 1 findings at error level (validate: or warnings past --max-warnings;
extract: an unreadable document); 2 usage errors (diff: or an unreadable input).
`;

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./commands/extract.js')).extractCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
};

export async function execute(argv: string[], io: Io = defaultIo()): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${await version()}\n`);
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  const beforeDashes = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (load && (beforeDashes.includes('--help') || beforeDashes.includes('-h'))) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (!load) {
    io.stderr(`plan-extract: unknown command '${name}' (try --help)\n`);
    return EXIT.usage;
  }
  try {
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`plan-extract ${name}: ${error.message} (try --help)\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`plan-extract ${name}: ${message.split('\n')[0]}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.usage;
  }
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
