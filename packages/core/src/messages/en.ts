/**
 * The English catalogue. It is also where each message's parameters are declared: the
 * Vietnamese catalogue (`vi.ts`) must have the same ids with the same parameters, which
 * TypeScript checks. How to add a message: see `./index.ts`.
 *
 * Ids: a finding's message is keyed by its rule id (`theme/not-national`), a second wording of
 * the same rule by `rule-id#variant`; everything else by a prefix: `rule:` (what a rule checks),
 * `error:` (an error code), `label:` (a domain term or a status), `cli:` / `help:` / `report:`
 * (the command line and its reports).
 */
import { count, day, decimal, quote } from './format.js';
import type { Terms } from './terms.js';

/** Parameters are JSON values, so a message can cross a worker thread or a JSON file and be rendered later. */
type Date = string | null;

export const en = {
  // ── Validation findings (one per rule; `#variant` for a second wording) ──────────────────
  'document/not-a-plan': () => 'not a plan: no "KẾ HOẠCH" type name and no plan number (…/KH-…)',
  'document/unreadable': (p: { reason: string; code: string }) => `${p.reason} (${p.code})`,
  'document-number/shape': (p: { text: string }) => `the number and symbol ${quote(p.text)} are not in the N/KH-XXX shape`,
  'document-number/type-code': (p: { type: string }) => `the type code "${p.type}" is not KH: this is not numbered as a plan`,
  'document-number/missing': () => 'no number and symbol line ("Số: …/KH-…") in the header',
  'document-number/blank': (p: { symbol: string }) => `the number is left blank (a draft, not the issued plan); the symbol is ${p.symbol}`,
  'issuer/missing': () => 'no issuing body (ỦY BAN NHÂN DÂN …) found',
  'issuedOn/missing': () => 'no place and date of issue ("…, ngày … tháng … năm …")',
  'issuedOn/impossible-date': (p: { text: string }) => `the date of issue names a day that does not exist: ${p.text}`,
  'title/missing': () => 'no summary line (title) under "KẾ HOẠCH"',
  'year/missing': () => 'the plan does not say which year it is for',
  'year/inconsistent': (p: { what: 'title' | 'period' | 'issuedOn'; year: number; against: 'title' | 'period' | 'issuedOn'; againstYear: number }) =>
    `the ${YEAR_SOURCE[p.what]} says ${p.year} but the ${YEAR_SOURCE[p.against]} says ${p.againstYear}`,
  'implements/missing': () => 'cites no upper plan it implements ("Thực hiện Kế hoạch số …")',
  'implements/dated-after': (p: { number: string | null; cited: Date; own: Date }) =>
    `cites ${p.number ?? 'a plan'} dated ${day(p.cited, 'en')}, after this plan's own date ${day(p.own, 'en')}`,
  'theme/missing': () => 'an action-month plan without a theme ("Chủ đề: …")',
  'theme/not-national': (p: { expected: string; year: number | null; campaign: boolean }) =>
    `the theme is not ${p.campaign ? "the campaign's theme" : `the national theme of ${p.year ?? 'the year'}`}: ${quote(p.expected)}`,
  'period/missing': () => 'an action-month plan without a period ("Thời gian: Từ ngày … đến ngày …")',
  'period/impossible-date': (p: { text: string }) => `the period names a day that does not exist: ${p.text}`,
  'period/end-before-start': (p: { start: Date; end: Date }) => `the period ends (${day(p.end, 'en')}) before it starts (${day(p.start, 'en')})`,
  'period/wrong-year': (p: { start: Date; end: Date; year: number }) => `the period ${day(p.start, 'en')}–${day(p.end, 'en')} is not in the plan's year ${p.year}`,
  'period/not-action-month': (p: { start: Date; end: Date; expectedStart: Date; expectedEnd: Date; campaign: boolean }) =>
    `the period ${day(p.start, 'en')}–${day(p.end, 'en')} is not ${p.campaign ? "the campaign's period" : 'the month of action'} ${day(p.expectedStart, 'en')}–${day(p.expectedEnd, 'en')}`,
  'slogans/missing': () => 'an action-month plan without slogans ("Thông điệp, khẩu hiệu truyền thông")',
  'deadlines/impossible-date': (p: { text: string }) => `a date that does not exist: ${p.text}`,
  'deadlines/report-before-period-end': (p: { due: Date; end: Date }) => `a report is due ${day(p.due, 'en')}, before the period ends on ${day(p.end, 'en')}`,
  'deadlines/far-from-year': (p: { year: number; planYear: number }) => `a deadline in ${p.year}, far from the plan's year ${p.planYear}`,
  'deadlines/after-campaign': (p: { action: string; due: Date; limit: Date }) =>
    `the ${ACTION[p.action as keyof typeof ACTION] ?? p.action} is due ${day(p.due, 'en')}, after the campaign's deadline ${day(p.limit, 'en')}`,
  'responsibilities/missing': () => 'no implementation section ("Tổ chức thực hiện") assigning work to agencies',
  'responsibilities/no-lead': () => 'no agency is made lead of the plan (chủ trì, tham mưu tổ chức triển khai)',
  'signer/missing': () => 'no signature block (TM./KT. CHỦ TỊCH, title, name)',
  'signer/missing#name': () => 'the signature block has no signer name',
  'recipients/missing': () => 'no recipients ("Nơi nhận:")',
  'references/malformed': (p: { number: string; symbol: string; expected: string | null }) =>
    `${quote(p.number)} lacks its year (a ${p.symbol} number reads N/YYYY/${p.symbol})${p.expected ? `: ${p.expected}?` : ''}`,
  'spelling/unknown-word': (p: { word: string }) => `${quote(p.word)} is not a Vietnamese word`,
  'spelling/confusable': (p: { word: string; expected: string }) => `${quote(p.word)}: did you mean ${quote(p.expected)}?`,
  'validate/rule-crashed': (p: { rule: string; error: string }) => `rule ${p.rule} failed on this document: ${p.error}`,
  'validate/findings-capped': (p: { rule: string; shown: number; more: number }) =>
    `${p.rule}: ${p.more} more findings of this rule not listed (the first ${p.shown} are)`,

  // ── Reading ──────────────────────────────────────────────────────────────────────────────
  'read/legacy-encoding': (p: { encoding: string }) => `the file is in ${ENCODING[p.encoding as keyof typeof ENCODING] ?? p.encoding}, not Unicode; converted to Unicode`,
  'read/legacy-encoding#mojibake': (p: { encoding: string }) =>
    `the text is ${ENCODING[p.encoding as keyof typeof ENCODING] ?? p.encoding} read as Windows-1252 (mojibake); converted to Unicode`,
  'read/unknown-encoding': () => 'the file is neither UTF-8 nor a known Vietnamese encoding; read as Windows-1252, letters may be wrong',
  'read/mixed-encoding': (p: { lines: string[]; more: number; encoding: string }) =>
    `the file is UTF-8 except ${lineList(p.lines, p.more)}, in ${ENCODING[p.encoding as keyof typeof ENCODING] ?? p.encoding}; converted to Unicode line by line`,
  'read/mixed-encoding#unknown': (p: { lines: string[]; more: number }) =>
    `the file is UTF-8 except ${lineList(p.lines, p.more)}, whose bytes are in no encoding recognised; they are shown as �`,
  'read/text-reflowed': (p: { width: number; lines: number; paragraphs: number; footers: number }) =>
    `the text is hard-wrapped at about ${p.width} columns (pulled out of a PDF); ${count(p.lines, 'en', '', 'line')} rejoined into ${count(p.paragraphs, 'en', '', 'paragraph')}` +
    (p.footers > 0 ? `, ${count(p.footers, 'en', '', 'footer line')} set aside` : ''),
  'read/pdf-truncated': () => 'the PDF has no %%EOF at its end (cut short?); pages or text may be missing',
  'read/pdf-empty-page': (p: { page: number }) => `page ${p.page} has no text layer (a scan or a picture?)`,
  'read/pdf-empty-page#ocr': (p: { page: number }) => `page ${p.page}: OCR found no text on it`,
  'read/ocr': (p: { pages: string; count: number; confidence: number; turned: string; turnedCount: number }) =>
    `read by OCR: ${p.count === 1 ? 'page' : 'pages'} ${p.pages} (mean word confidence ${p.confidence} %${p.turned ? `; ${p.turnedCount === 1 ? 'page' : 'pages'} ${p.turned} scanned turned, read upright` : ''})`,
  'read/ocr-low-confidence': (p: { page: number; confidence: number }) =>
    `page ${p.page} was read by OCR with low confidence (${p.confidence} %): check its values against the paper`,
  'note:ocr-doubtful-words': (p: { count: number; words: string }) =>
    `rests on ${p.count === 1 ? 'a word' : 'words'} OCR read with low confidence (${p.words}): check against the paper`,
  'note:ocr-low-pages': (p: { pages: string; count: number }) =>
    `the plan was read by OCR and ${p.count === 1 ? 'page' : 'pages'} ${p.pages} read with low confidence: it may be there, misread; check the paper`,
  'read/pdf-empty-page#ocr-off': (p: { page: number }) => `page ${p.page} has no text layer (a scan or a picture? OCR is off)`,
  'read/pdf-unread-text': (p: { page: number; unread: number; chars: number }) =>
    `page ${p.page}: ${p.unread} of ${p.chars} characters run in another direction than the page's text and were not read`,
  'read/pdf-unread-text#all': (p: { page: number; chars: number }) => `page ${p.page}: its text (${p.chars} characters) is slanted and was not read`,
  'read/docx-damaged-part': (p: { part: string; error: string }) => `damaged DOCX: ${p.part} is not well-formed XML (${p.error}); the part is skipped`,
  'read/docx-duplicate-part': (p: { part: string }) => `the DOCX holds ${p.part} more than once; the last copy is read, as Word and LibreOffice do`,
  'read/docx-unknown-element': (p: { element: string; where: 'body' | 'paragraph' | 'run' }) =>
    p.where === 'run' ? `unrecognised element <${p.element}> in a run; skipped` : `unrecognised element <${p.element}> in ${p.where === 'body' ? 'the document body' : 'a paragraph'}; its text is read through`,
  'read/docx-unknown-element#alt-chunk': () => 'an embedded document (w:altChunk) is not read',
  'read/docx-letter-e': () => 'an automatic a), b), c) list prints "e)" after "d)" where Vietnamese plans write "đ)"; markers are kept as Word prints them',
  'read/docx-numbering': (p: { list: string }) => `a paragraph refers to list ${p.list}, which numbering.xml does not define; its marker is lost`,
  'read/docx-numbering#abstract': (p: { list: string; abstract: string }) => `list ${p.list} points to a missing abstract list ${p.abstract}; its marker is lost`,
  'read/docx-numbering#level': (p: { list: string; level: number }) => `list ${p.list} has no level ${p.level}; its marker is lost`,
  'read/docx-numbering#format': (p: { format: string }) => `numbering format "${p.format}" is not supported; printed as decimal`,
  'read/docx-numbering#marker-length': (p: { max: number }) => `a list marker is longer than ${p.max} characters; it is cut there`,

  // ── Diff of a lower plan against the upper plan ─────────────────────────────────────────
  'diff/plan': (p: { number: string | null; date: Date; issuer: string | null }) =>
    `plan ${p.number ?? '(no number)'} dated ${day(p.date, 'en')}${p.issuer ? ` of ${p.issuer}` : ''}`,
  'diff/upper-draft': () => 'The upper plan has no number yet (a draft): the citation is checked on its date and issuer only.',
  'diff/implements-missing': (p: { expected: string }) => `The lower plan cites no plan it implements; expected ${p.expected}.`,
  'diff/implements-missing#other': (p: { expected: string; cited: string[] }) => `The lower plan does not cite ${p.expected}; it cites ${p.cited.join('; ')}.`,
  'diff/implements-number': (p: { cited: string; number: string; distance: number | null }) =>
    `The lower plan cites number ${p.cited} for the upper plan ${p.number}${p.distance !== null ? ` (edit distance ${p.distance}: a typo?)` : ''}.`,
  'diff/implements-date': (p: { cited: Date; issued: Date }) => `The lower plan dates the upper plan ${day(p.cited, 'en')}; it was issued on ${day(p.issued, 'en')}.`,
  'diff/implements-issuer': (p: { cited: string | null; issuer: string | null }) =>
    `The lower plan attributes the upper plan to ${p.cited ?? 'another issuer'}; it was issued by ${p.issuer ?? 'another issuer'}.`,
  'diff/implements-same': () => 'Both inputs are the same document.',
  'diff/implements-agrees': (p: { expected: string }) => `The lower plan cites ${p.expected}.`,
  'diff/implements-agrees#draft': (p: { cited: string }) => `The lower plan's citation ${quote(p.cited)} agrees with the upper plan's date and issuer (the upper plan has no number yet).`,
  'diff/theme-missing': (p: { upper: string }) => `The lower plan states no theme; the upper plan's theme is ${quote(p.upper)}.`,
  'diff/theme-changed': (p: { lower: string; upper: string }) => `The lower plan's theme ${quote(p.lower)} differs from the upper plan's ${quote(p.upper)}.`,
  'diff/period-missing': (p: { upperStart: Date; upperEnd: Date }) => `The lower plan states no period; the upper plan runs ${day(p.upperStart, 'en')}–${day(p.upperEnd, 'en')}.`,
  'diff/period-changed': (p: { start: Date; end: Date; upperStart: Date; upperEnd: Date }) =>
    `The lower plan runs ${day(p.start, 'en')}–${day(p.end, 'en')}, inside but not all of the upper plan's ${day(p.upperStart, 'en')}–${day(p.upperEnd, 'en')}.`,
  'diff/period-outside': (p: { start: Date; end: Date; upperStart: Date; upperEnd: Date }) =>
    `The lower plan's period ${day(p.start, 'en')}–${day(p.end, 'en')} leaves the upper plan's ${day(p.upperStart, 'en')}–${day(p.upperEnd, 'en')}.`,
  'diff/slogan-changed': (p: { similarity: number; upper: string; lower: string }) =>
    `Slogan reworded (similarity ${decimal(p.similarity, 'en')}): ${quote(p.upper)} → ${quote(p.lower)}.`,
  'diff/slogan-missing': (p: { slogan: string }) => `The lower plan does not carry the slogan ${quote(p.slogan)}.`,
  'diff/slogan-extra': (p: { slogan: string }) => `The lower plan adds its own slogan ${quote(p.slogan)}.`,
  'diff/slogans-too-many': (p: { upper: number; lower: number }) =>
    `${p.upper} upper and ${p.lower} lower slogans are too many to pair by similarity; only identical slogans were matched.`,
  'diff/deadline-conflict': (p: { action: string; from: string | null; date: Date; upperDate: Date; late: number }) =>
    `The lower plan collects ${plural(p.action)}${p.from ? ` from ${p.from}` : ''} by ${day(p.date, 'en')}, ${count(p.late, 'en', '', 'day')} after the upper plan's deadline ${day(p.upperDate, 'en')} for them: it cannot send them up in time.`,
  'diff/deadline-no-margin': (p: { action: string; from: string | null; date: Date }) =>
    `The lower plan collects ${plural(p.action)}${p.from ? ` from ${p.from}` : ''} by ${day(p.date, 'en')}, the very day the upper plan wants them: no time is left to compile them.`,
  'diff/deadline-send-late': (p: { action: string; to: string | null; date: Date; upperDate: Date; late: number }) =>
    `The lower plan sends its ${plural(p.action)} up${p.to ? ` to ${p.to}` : ''} by ${day(p.date, 'en')}, ${count(p.late, 'en', '', 'day')} after the upper plan's deadline ${day(p.upperDate, 'en')}.`,
  'diff/responsibility-uncovered': (p: { names: string[]; key: string }) =>
    `The upper plan assigns duties to ${p.names.join('; ')} (${fn(p.key)}); the lower plan assigns no body of that function.`,
  'diff/responsibility-extra': (p: { names: string[]; key: string }) =>
    `The lower plan also assigns duties to ${p.names.join('; ')} (${fn(p.key)}), a function the upper plan does not assign.`,
  'diff/lead-changed': (p: { upper: string | null; upperKey: string | null; lower: string | null; lowerKey: string | null }) =>
    `The upper plan's lead is ${p.upper ?? '(none)'} (${fn(p.upperKey)}); the lower plan's is ${p.lower ?? '(none)'} (${fn(p.lowerKey)}).`,
  'value:on-or-before': (p: { date: Date }) => `on or before ${day(p.date, 'en')}`,
  'value:before': (p: { date: Date }) => `before ${day(p.date, 'en')}`,
  'value:after': (p: { date: Date }) => `after ${day(p.date, 'en')}`,
  'value:range': (p: { start: Date; end: Date }) => `${day(p.start, 'en')}–${day(p.end, 'en')}`,
  'value:within': (p: { start: Date; end: Date }) => `within ${day(p.start, 'en')}–${day(p.end, 'en')}`,
  'value:n-kh-xxx': () => 'N/KH-XXX (e.g. 1420/KH-UBND)',

  // ── Configuration (`--config`) ──────────────────────────────────────────────────────────
  'config:unknown-rule': (p: { id: string; suggestion: string | null }) =>
    `rules: there is no rule "${p.id}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
  'config:renamed-rule': (p: { id: string; ids: string[] }) => `rules: "${p.id}" is now ${p.ids.map((id) => `"${id}"`).join(', ')}; the old name still works`,
  'config:bad-severity': (p: { id: string; value: string; suggestion: string | null }) =>
    `rules.${p.id}: "${p.value}" is not a severity (error, warning, info or off)${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
  'config:unknown-key': (p: { key: string; suggestion: string | null }) => `there is no setting "${p.key}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
  'config:invalid': (p: { path: string; problem: string }) => `${p.path || '(the file)'}: ${p.problem}`,
  'config:not-json': (p: { error: string }) => `not valid JSON (${p.error})`,
  'config:unreadable': () => 'cannot read the file',


  // ── Why a file cannot be read (a PlanError's `detail`) ───────────────────────────────────
  'error:no-such-file': () => 'no such file',
  'error:no-match': () => 'no file matches the pattern',
  'error:folder-denied': () => 'the folder cannot be listed: permission denied',
  'error:folder-gone': () => 'the folder is gone',
  'error:folder-unlistable': (p: { error: string }) => `the folder cannot be listed (${p.error})`,
  'error:part-too-large': (p: { part: string; max: number }) => `${p.part} inflates to more than ${p.max} bytes, the limit for one part (a zip bomb?)`,
  'error:inflates-too-much': (p: { max: number }) => `the document inflates to more than ${p.max} bytes (a zip bomb?)`,
  'error:too-many-xml-nodes': (p: { max: number }) => `the document has more than ${p.max} XML nodes (elements, attributes, runs of text)`,
  'error:too-many-chars': (p: { max: number }) => `the document has more than ${p.max} characters of text`,
  'error:timeout': (p: { ms: number }) => `processing took longer than ${decimal(p.ms / 1000, 'en', p.ms % 1000 === 0 ? 0 : 3)} s; stopped`,
  'error:out-of-memory': () => 'processing ran out of memory; stopped',
  'error:not-a-file': (p: { kind: 'folder' | 'fifo' | 'socket' | 'char-device' | 'block-device' | 'other'; link: string | null }) =>
    `${p.link === null ? 'it is' : `it links to ${p.link}, which is`} ${FILE_KIND[p.kind]}, not a file`,
  'error:link-to-nothing': (p: { target: string }) => `it links to ${p.target}, which does not exist`,
  'error:link-loop': () => 'a loop of symbolic links, which leads to no file',
  'error:permission-denied': (p: { link: string | null }) => `${p.link === null ? 'the file' : `it links to ${p.link}, which`} cannot be read: permission denied`,
  'error:name-too-long': () => 'the name is too long for the file system',
  'error:read-failed': (p: { link: string | null; error: string }) => `${p.link === null ? 'the file' : `it links to ${p.link}, which`} could not be read (${p.error})`,
  'error:empty-file': () => 'the file is empty',
  'error:no-text': () => 'the document has no text',
  'error:ocr-found-no-text': (p: { pages: number }) => `the PDF has no text layer, and OCR found no text on its ${p.pages === 1 ? 'scanned page' : `${p.pages} scanned pages`}`,
  'error:ocr-needs-package': (p: { pkg: string }) => `OCR needs the package ${p.pkg}, which is not installed or cannot be loaded on this machine`,
  'error:ocr-failed': (p: { page: number }) => `the OCR engine failed on page ${p.page} (it crashed or ran out of memory)`,
  'error:no-text-ocr-off': () => 'the PDF has no text layer (a scan?) and OCR is off',
  'error:no-scanned-page': () => 'the PDF has no text layer and no scanned page to read by OCR',

  // ── The command line ────────────────────────────────────────────────────────────────────
  'cli:usage-heading': () => 'Usage:',
  'cli:commands-heading': () => 'Commands:',
  'cli:options-heading': () => 'Options:',
  'cli:examples-heading': () => 'Examples:',
  'cli:default': (p: { value: string }) => `[default: ${p.value}]`,
  'cli:placeholder-file': () => 'FILE',
  'cli:placeholder-n': () => 'N',
  'cli:placeholder-size': () => 'SIZE',
  'cli:placeholder-seconds': () => 'SECONDS',
  'cli:placeholder-concurrency': () => 'N|auto',
  'cli:placeholder-value': () => 'VALUE',
  'cli:see-help': (p: { command: string }) => `(see: plan-extract ${p.command} --help)`,
  'cli:unknown-command': (p: { command: string; suggestion: string | null; commands: string[] }) =>
    `there is no command '${p.command}'${p.suggestion ? `; did you mean '${p.suggestion}'?` : `; the commands are ${p.commands.join(', ')}`} (see: plan-extract --help)`,
  'cli:unknown-global-option': (p: { option: string; suggestion: string | null }) =>
    `there is no option ${p.option}${p.suggestion ? `; did you mean ${p.suggestion}?` : ''} (see: plan-extract --help)`,
  'cli:unknown-option': (p: { option: string; suggestion: string | null }) => `there is no option ${p.option}${p.suggestion ? `; did you mean ${p.suggestion}?` : ''}`,
  'cli:missing-value': (p: { option: string; choices: string[] }) => `${p.option} needs a value${p.choices.length > 0 ? ` (${p.choices.join(', ')})` : ''}`,
  'cli:no-value-taken': (p: { option: string }) => `${p.option} takes no value`,
  'cli:empty-value': (p: { option: string }) => `${p.option} needs a value, not an empty one`,
  'cli:bad-choice': (p: { option: string; value: string; suggestion: string | null; choices: string[] }) =>
    `${p.option} does not take '${p.value}'${p.suggestion ? `; did you mean '${p.suggestion}'?` : ''} (one of ${p.choices.join(', ')})`,
  'cli:bad-lang-env': (p: { value: string }) => `PLAN_EXTRACT_LANG=${p.value} is not a language plan-extract speaks (vi, en); using Vietnamese`,
  'cli:bad-max-bytes': (p: { value: string }) => `--max-bytes takes a size in bytes (e.g. 20000000 or 20M), not '${p.value}'`,
  'cli:bad-max-pages': (p: { value: string }) => `--max-pages takes a whole number ≥ 1, not '${p.value}'`,
  'cli:bad-timeout': (p: { value: string; min: number; max: number }) => `--timeout takes a number of seconds from ${p.min} to ${p.max} (a day), not '${p.value}'`,
  'cli:bad-max-warnings': (p: { value: string }) => `--max-warnings takes a whole number ≥ 0, not '${p.value}'`,
  'cli:bad-concurrency': (p: { value: string }) => `--concurrency takes a whole number ≥ 1 or "auto", not '${p.value}'`,
  'cli:extract-needs-file': () => 'extract needs a plan file',
  'cli:extract-one-file': (p: { count: number }) => `extract reads one plan file, not ${p.count}`,
  'cli:diff-needs-two': (p: { count: number }) => `diff needs <upper plan> <lower plan>, not ${count(p.count, 'en', '', 'path')}`,
  'cli:validate-needs-input': () => 'validate needs at least one file, folder or glob',
  'cli:no-files': (p: { paths: string }) => `no plan files found in ${p.paths}`,
  'cli:not-an-extraction': (p: { problem: string }) => `not a plan extraction (${p.problem})`,
  'cli:output-is-folder': (p: { path: string }) => `--output ${p.path} is a folder; give a file name in it`,
  'cli:output-no-folder': (p: { path: string; folder: string }) => `--output ${p.path}: the folder ${p.folder} does not exist`,
  'cli:output-not-writable': (p: { path: string }) => `--output ${p.path} cannot be written (permissions?)`,
  'cli:output-is-input': (p: { path: string; input: string }) => `--output ${p.path} is one of the inputs (${p.input}); it would be overwritten`,
  'cli:cannot-write': (p: { path: string; reason: string }) => `cannot write ${p.path} (${p.reason})`,
  'cli:stdout-failed': (p: { code: string }) =>
    `cannot write the output: ${p.code === 'EPIPE' ? 'the program reading it stopped (EPIPE)' : p.code === 'ENOSPC' ? 'no space left on the device (ENOSPC)' : p.code}`,
  'cli:internal-error': (p: { message: string }) => `internal error (E_INTERNAL): ${p.message}; run again with --debug and report it`,
  'cli:too-many-warnings': (p: { warnings: number; max: number }) => `${count(p.warnings, 'en', '', 'warning')}, more than --max-warnings ${p.max}`,
  'cli:progress-bar': (p: { done: number; total: number; percent: number; rate: number }) => `${p.done}/${p.total} ${p.percent}% ${decimal(p.rate, 'en', 1)} files/s`,
  'cli:progress-line': (p: { done: number; total: number; percent: number; rate: number }) =>
    `validated ${p.done}/${p.total} files (${p.percent}%, ${decimal(p.rate, 'en', 1)} files/s)`,
  'cli:ocr-page': (p: { path: string; page: number; pages: number }) => `${p.path}: OCR of page ${p.page} of ${p.pages}`,

  // ── Help ───────────────────────────────────────────────────────────────────────────────
  'help:tagline': () => 'read Vietnamese plan documents (Kế hoạch) into checkable data',
  'help:inputs': () =>
    'Inputs may be PDF, DOCX or text (UTF-8, UTF-16, TCVN3, VNI); the format is read from the bytes.\nvalidate walks folders for .pdf, .docx, .doc, .txt files and expands globs ("plans/**/*.pdf").',
  'help:more': () => 'Each command has its own help: plan-extract <command> --help',
  'help:exit-codes': () =>
    'Exit codes: 0 done, no error; 1 errors found, or an input that cannot be read or is not a plan;\n2 the command line cannot be carried out (bad option, --config, --output); 3 internal error.',
  'help:help': () => 'show this help',
  'help:version': () => 'show the version',
  'help:debug': () => 'show stack traces of internal errors',
  'help:dashes': () => "ends the options: a file named '-x.pdf' goes after it (or write ./-x.pdf)",
  'help:lang': () => 'language of messages and reports (also PLAN_EXTRACT_LANG)',
  'help:output': () => 'write to FILE instead of the screen (checked before any work; the folder must exist)',
  'help:max-bytes': () => 'largest input file, in bytes; K, M, G suffixes allowed',
  'help:max-pages': () => 'most PDF pages',
  'help:timeout': () => 'time budget for one document, in seconds (0.001 to 86400), and as much again for each page read by OCR',
  'help:ocr': () => 'scanned PDF pages (no text layer): auto reads them by OCR (Vietnamese, offline), force reads every page by OCR, off reads none',
  'help:extract-usage': () => '<file> [options]',
  'help:extract-summary': () => 'every field of one plan, as JSON or a readable summary',
  'help:extract-format': () => 'json: the full contract (schema/plan.schema.json); text, markdown: a summary',
  'help:extract-example-1': () => 'plan-extract extract ha-lang.docx --format text',
  'help:extract-example-2': () => 'plan-extract extract cao-bang.pdf --output cao-bang.json',
  'help:diff-usage': () => '<upper plan> <lower plan> [options]',
  'help:diff-summary': () => 'does a lower plan carry out the upper plan it implements?',
  'help:diff-format': () => 'text for the screen; html a printable report; markdown; json',
  'help:diff-example-1': () => 'plan-extract diff tinh/1420-KH-UBND.pdf huyen/ha-lang.docx',
  'help:diff-example-2': () => 'plan-extract diff tinh.pdf huyen.docx --format html --output doi-chieu.html',
  'help:validate-usage': () => '<files|folders|globs...> [options]',
  'help:validate-summary': () => 'check a batch of plans and report every file',
  'help:validate-format': () => 'stylish for the screen; html a report for people; csv for Excel; json, sarif, junit for tools',
  'help:against': () => 'also compare every plan with this upper plan (the diff checks)',
  'help:config': () => 'a JSON file: rule severities ("off"), themes, campaign dates, extra words',
  'help:concurrency': () => 'files checked in parallel (workers); auto: one per core, and never more than the cores',
  'help:max-warnings': () => 'exit 1 when there are more warnings than N',
  'help:quiet': () => 'report errors only; no progress',
  'help:validate-example-1': () => 'plan-extract validate ho-so/ --format html --output bao-cao.html',
  'help:validate-example-2': () => 'plan-extract validate "ho-so/**/*.pdf" --against tinh/1420-KH-UBND.pdf',
  'help:validate-example-3': () => 'plan-extract validate ho-so/ --config kiem-tra.json --format csv --output ket-qua.csv',

  // ── Reports ────────────────────────────────────────────────────────────────────────────
  'report:validate-title': () => 'Plan validation report',
  'report:validate-lead': (p: { files: number; invalid: number; unreadable: number; errors: number; warnings: number }) =>
    p.invalid + p.unreadable === 0
      ? `All ${count(p.files, 'en', '', 'file')} pass${p.warnings > 0 ? `, with ${count(p.warnings, 'en', '', 'warning')} to look at` : ''}.`
      : `${p.invalid} of ${count(p.files, 'en', '', 'file')} ${p.invalid === 1 ? 'fails' : 'fail'} and ${p.unreadable} cannot be read: ${count(p.errors, 'en', '', 'error')} to fix, ${count(p.warnings, 'en', '', 'warning')} to look at.`,
  'report:requirement': (p: { rule: string }) => `Requirement not met: ${p.rule}`,
  'report:unreadable-files': () => 'Files that cannot be read as plans',
  'report:by-rule': () => 'Problems, most serious first',
  'report:by-file': () => 'Files: those to send back first',
  'report:rule-tally': (p: { findings: number; files: number }) => `${count(p.findings, 'en', '', 'finding')} in ${count(p.files, 'en', '', 'file')}`,
  'report:clean-files': (p: { count: number }) => `${count(p.count, 'en', '', 'file')} with nothing to report`,
  'report:and-more': (p: { count: number }) => `… and ${p.count} more`,
  'report:no-findings': () => 'Nothing to report.',
  'report:errors-label': () => 'errors',
  'report:warnings-label': () => 'warnings',
  'report:infos-label': () => 'notes',
  'report:problems': (p: { problems: number; errors: number; warnings: number }) =>
    `${count(p.problems, 'en', '', 'problem')} (${count(p.errors, 'en', '', 'error')}, ${count(p.warnings, 'en', '', 'warning')})`,
  'report:no-problems': () => 'no problems',
  'report:file-tally': (p: { valid: number; invalid: number; unreadable: number }) => `${p.valid} valid, ${p.invalid} invalid, ${p.unreadable} unreadable`,
  'report:at-line': (p: { line: number; column: number }) => `line ${p.line}, column ${p.column}`,
  'report:at-paragraph': (p: { paragraph: number }) => `paragraph ${p.paragraph}`,
  'report:at-page': (p: { page: number }) => `page ${p.page}`,
  'report:at-section': (p: { section: string }) => `section ${p.section}`,
  'report:col-file': () => 'File',
  'report:col-rule': () => 'Rule',
  'report:col-line': () => 'Line',
  'report:col-column': () => 'Column',
  'report:col-page': () => 'Page',
  'report:col-paragraph': () => 'Paragraph',
  'report:col-section-number': () => 'Section',
  'report:col-kind': () => 'Kind of plan',
  'report:col-part': () => 'Part of the plan',
  'report:col-severity': () => 'Severity',
  'report:col-where': () => 'Where',
  'report:col-problem': () => 'Problem',
  'report:col-actual': () => 'The plan says',
  'report:col-expected': () => 'Expected',
  'report:col-note': () => 'Note',
  'report:col-section': () => 'Section',
  'report:col-status': () => 'Status',
  'report:col-function': () => 'Function',
  'report:col-field': () => 'Field',
  'report:col-value': () => 'Value',
  'report:col-lower-says': () => 'The lower plan says',
  'report:col-upper-asks': () => 'The upper plan asks',
  'report:diff-title': () => 'Does the lower plan carry out the upper plan?',
  'report:diff-lead-errors': (p: { errors: number; warnings: number }) => `${count(p.errors, 'en', '', 'error')} to fix${p.warnings > 0 ? `, ${count(p.warnings, 'en', '', 'warning')} to look at` : ''}.`,
  'report:diff-lead-warnings': (p: { errors: number; warnings: number }) => `No error; ${count(p.warnings, 'en', '', 'warning')} to look at.`,
  'report:diff-lead-ok': () => 'The lower plan follows the upper plan: nothing to fix.',
  'report:to-fix': () => 'What to fix',
  'report:by-section': () => 'Section by section',
  'report:upper-plan': () => 'Upper plan',
  'report:lower-plan': () => 'Lower plan',
  'report:lower-cites': () => 'The lower plan cites',
  'report:citation': () => 'Citation of the upper plan',
  'report:findings': () => 'Findings',
  'report:legend-html': () => 'In the tables, <del>struck-through text</del> is in the upper plan only and <ins>underlined text</ins> in the lower plan only.',
  'report:not-in-lower': () => '— (not in the lower plan)',
  'report:not-in-upper': () => '— (not in the upper plan)',
  'report:no-counterpart': () => 'no counterpart',
  'report:similarity': (p: { similarity: number }) => `similarity ${decimal(p.similarity, 'en')}`,
  'report:due': (p: { date: string }) => `due ${p.date}`,
  'report:deadline-caption': () => "Each deadline of the lower plan for plans and reports, against the upper plan's deadline it must meet",
  'report:no-deadline-pair': () => 'No deadline of the lower plan for plans or reports meets a deadline the upper plan sets for this level.',
  'report:deadline-tally': (p: { pairs: number; conflicts: number }) =>
    p.pairs === 0 ? 'no deadline to check' : `${count(p.pairs, 'en', '', 'deadline')} checked, ${p.conflicts} in conflict`,
  'report:margin': (p: { role: 'collect' | 'send'; margin: number }) =>
    p.margin < 0
      ? `${count(-p.margin, 'en', '', 'day')} late`
      : p.margin === 0
        ? p.role === 'collect' ? 'the same day: no time to compile' : 'on the day'
        : p.role === 'collect' ? `${count(p.margin, 'en', '', 'day')} to compile` : `${count(p.margin, 'en', '', 'day')} early`,
  'report:col-chain': () => 'Chain',
  'report:col-margin': () => 'Time left',
  'report:responsibility-caption': () => 'Functions paired across levels (Sở Y tế ↔ Phòng Y tế ↔ Trạm Y tế)',
  'report:responsibility-tally': (p: { covered: number; uncovered: number; extra: number; lead: string }) =>
    `${p.covered} covered, ${p.uncovered} without counterpart, ${p.extra} added; lead: ${p.lead}`,
  'report:lead': () => 'lead',
  'report:nothing-to-compare': () => 'Nothing to compare.',
  'report:none': () => '(none)',
  'report:untitled': () => '(untitled plan)',
  'report:number-blank': () => '(number blank)',
  'report:stated': () => 'stated',
  'report:when': () => 'when',
  'report:notes': () => 'Notes',
  'report:source': () => 'Source',
} satisfies Record<string, (p: never) => string>;

const YEAR_SOURCE = { title: 'title', period: 'period', issuedOn: 'date of issue' } as const;
const ACTION = { plan: 'plan', report: 'report', event: 'event', other: 'deadline' } as const;
const PLURAL_ACTION = { plan: 'plans', report: 'reports', event: 'events', other: 'it' } as const;
const plural = (action: string) => PLURAL_ACTION[action as keyof typeof PLURAL_ACTION] ?? action;
const FILE_KIND = {
  folder: 'a folder',
  fifo: 'a named pipe (FIFO)',
  socket: 'a socket',
  'char-device': 'a character device',
  'block-device': 'a block device',
  other: 'not a regular file',
} as const;
const ENCODING = {
  tcvn3: 'TCVN3 (ABC, .VnTime fonts)',
  vni: 'VNI (VNI-Times fonts)',
  'windows-1258': 'Windows-1258 (the Vietnamese Windows code page)',
} as const;

/** The first few line numbers of a file, and how many more: "line 13", "lines 2, 5, 9 and 40 more". */
const lineList = (lines: string[], more: number) => `${lines.length + more === 1 ? 'line' : 'lines'} ${lines.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
const fn = (key: string | null) => (key === null ? 'unknown function' : (enTerms.function[key as keyof Terms['function']] ?? key));

export type Catalogue = typeof en;

/** English terms (see `Terms`). */
export const enTerms: Terms = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  status: { valid: 'valid', invalid: 'invalid', unreadable: 'unreadable' },
  kind: { 'action-month': 'action-month plan', annual: 'annual plan', other: 'other plan' },
  field: {
    document: 'Document', documentNumber: 'Number and symbol', issuer: 'Issuing body', issuedOn: 'Date of issue', place: 'Place of issue',
    title: 'Summary line (title)', year: 'Year', kind: 'Kind', implements: 'Implements', theme: 'Theme', period: 'Period', slogans: 'Slogans',
    targets: 'Targets', activities: 'Activities', deadlines: 'Deadlines', responsibilities: 'Responsibilities', budget: 'Budget',
    signer: 'Signer', recipients: 'Recipients', references: 'References', spelling: 'Spelling',
  },
  function: {
    'people-committee': "People's Committee", office: 'Office', health: 'Health', education: 'Education and Training', culture: 'Culture',
    police: 'Police', justice: 'Justice', finance: 'Finance', 'home-affairs': 'Home Affairs', labour: 'Labour, Invalids and Social Affairs',
    information: 'Information and Communications', media: 'Press and broadcasting', construction: 'Construction', economy: 'Economy',
    agriculture: 'Agriculture', 'social-insurance': 'Social Insurance', military: 'Military command', front: 'Fatherland Front',
    youth: 'Youth Union', women: "Women's Union", veterans: "Veterans' Association", farmers: "Farmers' Association",
    'red-cross': 'Red Cross', party: 'Party committee', council: "People's Council", court: 'Court', procuracy: 'Procuracy',
    residential: 'Villages and residential groups', schools: 'Schools', 'all-agencies': 'All agencies',
  },
  role: { lead: 'lead', assigned: 'assigned', requested: 'requested' },
  citation: { implements: 'Implements', basis: 'Legal basis' },
  chain: { collect: 'collected from units', send: 'sent up' },
  action: { plan: 'plan', report: 'report', event: 'event', other: 'other' },
  timing: { by: 'by', on: 'on', range: 'from–to', within: 'within', quarters: 'quarters', recurring: 'every', continuous: 'ongoing' },
  level: { national: 'national', province: 'province', district: 'district', commune: 'commune' },
  diff: {
    match: 'same', changed: 'changed', missing: 'missing', mismatch: 'does not match', 'not-applicable': 'not applicable', matched: 'kept',
    covered: 'covered', uncovered: 'no counterpart', extra: 'added', conflict: 'conflict', 'no-conflict': 'no conflict',
  },
  rule: {
    'document/not-a-plan': 'The document is a plan (a "KẾ HOẠCH" type name, a …/KH-… number, or a body that reads as one).',
    'document/unreadable': 'The file can be read as a plan (PDF, DOCX or text); the error code says why not.',
    'document-number/shape': 'The number and symbol have the shape N/KH-XXX.',
    'document-number/type-code': 'The type code of the symbol is KH (Kế hoạch).',
    'document-number/missing': 'The header has a number-and-symbol line (Số: …).',
    'document-number/blank': 'The number is filled in (drafts leave it blank).',
    'issuer/missing': 'The issuing body is stated.',
    'issuedOn/missing': 'The place and date of issue are stated (day and month may be blank in drafts).',
    'issuedOn/impossible-date': 'The date of issue names a real day.',
    'title/missing': 'The plan has a summary line (title) under "KẾ HOẠCH".',
    'year/missing': 'The plan says which year it is for.',
    'year/inconsistent': 'Title year, period year and year of issue agree.',
    'implements/missing': 'A district or commune plan cites the upper plan it implements ("Thực hiện Kế hoạch số … của UBND tỉnh …").',
    'implements/dated-after': 'A cited plan is not dated after this plan.',
    'theme/missing': 'An action-month plan states its theme ("Chủ đề: …").',
    'theme/not-national': "The theme is the year's national theme (or the campaign's, when configured).",
    'period/missing': 'An action-month plan states its period ("Thời gian: Từ ngày … đến ngày …").',
    'period/impossible-date': 'The period names real days.',
    'period/end-before-start': 'The period ends after it starts.',
    'period/wrong-year': "The period lies in the plan's year.",
    'period/not-action-month': "An action-month plan's period is the month of action, 1–30 June (or the campaign's period).",
    'slogans/missing': 'An action-month plan lists its communication slogans ("Thông điệp, khẩu hiệu truyền thông").',
    'deadlines/impossible-date': 'Dates in the plan name real days.',
    'deadlines/report-before-period-end': 'A report on results is not due before the period it reports on has ended.',
    'deadlines/far-from-year': "Deadlines fall in the plan's year or the next.",
    'deadlines/after-campaign': "Deadlines are not later than the campaign's (configuration: campaign.deadlines).",
    'responsibilities/missing': 'The plan assigns its work to agencies ("Tổ chức thực hiện").',
    'responsibilities/no-lead': 'One agency leads the plan (chủ trì, tham mưu).',
    'signer/missing': 'The plan ends with a signature block (TM./KT. …, title, name).',
    'recipients/missing': 'The plan lists its recipients ("Nơi nhận:").',
    'references/malformed': 'Legal references are written in full (a decree or circular number carries its year: 56/2017/NĐ-CP).',
    'spelling/unknown-word': 'Words are Vietnamese syllables (dictionary-vi) or known names and loanwords.',
    'spelling/confusable': 'No known misspelling of a common phrase ("phồng vinh" for "phồn vinh").',
    'diff/upper-draft': 'The upper plan has a number (a draft is checked on its date and issuer only).',
    'diff/implements-missing': 'The plan cites the upper plan it implements.',
    'diff/implements-number': "The citation gives the upper plan's own number.",
    'diff/implements-date': "The citation gives the upper plan's own date.",
    'diff/implements-issuer': "The citation names the upper plan's own issuer.",
    'diff/theme-missing': "The plan states the upper plan's theme.",
    'diff/theme-changed': "The theme is the upper plan's theme.",
    'diff/period-missing': 'The plan states its period, as the upper plan does.',
    'diff/period-changed': "The period is the upper plan's whole period.",
    'diff/period-outside': "The period lies within the upper plan's period.",
    'diff/slogan-changed': 'A slogan is carried as the upper plan words it.',
    'diff/slogan-missing': "The plan carries the upper plan's slogans.",
    'diff/slogan-extra': 'Slogans of its own the plan adds (for information).',
    'diff/slogans-too-many': 'The slogans are few enough to pair by similarity (for information: past 10,000 pairs only identical slogans are matched).',
    'diff/deadline-conflict': "The plan collects plans and reports from its units before the upper plan wants them, not after.",
    'diff/deadline-no-margin': 'The plan does not collect plans and reports on the very day the upper plan wants them (no time to compile).',
    'diff/deadline-send-late': "The plan sends its plans and reports up by the upper plan's deadline.",
    'diff/responsibility-uncovered': 'Every function the upper plan assigns has a local counterpart.',
    'diff/responsibility-extra': 'Functions the plan assigns that the upper plan does not (for information).',
    'diff/lead-changed': 'The function that leads the work is the upper plan’s (for information: it varies by district).',
    'read/legacy-encoding': 'The text is Unicode (TCVN3, VNI and Windows-1258 files are converted).',
    'read/unknown-encoding': 'The text is in an encoding plan-extract knows.',
    'read/mixed-encoding': 'The text is in one encoding (lines of a UTF-8 file in another are converted one by one).',
    'read/text-reflowed': 'The text is not hard-wrapped (text pulled out of a PDF is rejoined into paragraphs).',
    'read/pdf-truncated': 'The PDF is complete (ends with %%EOF).',
    'read/pdf-empty-page': 'Every PDF page has a text layer.',
    'read/pdf-unread-text': 'The text of every PDF page runs in a direction the reader can read (a stamp or a sideways note is left out).',
    'read/ocr': 'Says which pages were read by OCR (a scanned plan) and how confidently (mean word confidence).',
    'read/ocr-low-confidence': 'Pages read by OCR read with good confidence (mean word confidence 75 % or more). An error that rests on words read with low confidence is reported as a warning.',
    'read/docx-damaged-part': 'Every part of the DOCX is well-formed XML.',
    'read/docx-duplicate-part': 'The DOCX holds each part once (of a part held twice, the last copy is read, as Word does).',
    'read/docx-unknown-element': 'The DOCX holds only elements the reader knows.',
    'read/docx-letter-e': 'Automatic a), b), c) lists print đ) after d), as Vietnamese plans do.',
    'read/docx-numbering': 'Automatic numbering refers to lists the DOCX defines.',
    'validate/rule-crashed': 'Every rule ran on the document (a rule that failed is a bug to report).',
    'validate/findings-capped': 'No rule finds more than 200 problems in one document (the rest are counted, not listed: a report stays readable and small).',
  },
  error: {
    E_NOT_FOUND: 'the file does not exist (or a link leads nowhere, or a pattern matches no file)',
    E_ACCESS: 'the file or folder cannot be read: permission denied',
    E_IO: 'the file or folder could not be read (a disk or network error)',
    E_UNSUPPORTED: 'not a format plan-extract reads (PDF, DOCX or text), or not a regular file (a folder, device or FIFO)',
    E_CORRUPT: 'the file is damaged',
    E_ENCRYPTED: 'the file is password-protected',
    E_NO_TEXT: 'the PDF has no text to read: no text layer, and OCR found none (or was off)',
    E_TOO_LARGE: 'the document is over a safety limit (--max-bytes, --max-pages, inflated bytes, XML nodes or the text size)',
    E_TIMEOUT: 'the document took longer than its time budget (--timeout)',
    E_EMPTY: 'the file is empty',
    E_OCR: 'the OCR engine failed on a scanned page (it crashed or ran out of memory); not the file’s fault',
    E_INTERNAL: 'an internal error in plan-extract (a bug: please report it with the file)',
  },
};
