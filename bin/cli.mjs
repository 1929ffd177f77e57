// The command line of partner-city-widgets (#17), bundled into dist/cli.mjs with the importer and
// linkedom (the DOM for HTML input in Node) by scripts/build-cli.mjs. Exit codes: 0 imported (the
// report may still list text to check), 1 the input cannot be imported, 2 wrong usage.
import { open, stat, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { importArticle, MAX_INPUT } from '../src/import/import.ts';

const USAGE = `Usage: partner-city-widgets import ARTICLE [options]

  ARTICLE            a saved article: a .txt file, an .html page, a file:// URL, or - for stdin
  --lang TAG         the article's language (sl, en, ru, …); guessed when not given
  --url URL          where the article is published (its url, and the base of an HTML page's links)
  --format text|html how to read it; by default from the file's extension, else from its content
  --out FILE         write the announcement JSON to FILE instead of stdout
  --quiet            no report on stderr (errors are still printed)

Writes the announcement JSON (schema/announcement.schema.json) and prints on stderr what was
mapped from where, every piece of text that was not, and what to check.`;

/** The largest file read, in bytes: MAX_INPUT characters take at most 4 bytes each in UTF-8. */
const MAX_BYTES = MAX_INPUT * 4;

class Fail extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

function parseArgs(args) {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') return { help: true };
  if (command !== 'import') throw new Fail(command ? `unknown command "${command}"\n\n${USAGE}` : USAGE, 2);
  const opts = { quiet: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new Fail(`${arg} needs a value\n\n${USAGE}`, 2);
      return v;
    };
    if (arg === '--lang') opts.lang = value();
    else if (arg === '--out' || arg === '-o') opts.out = value();
    else if (arg === '--url') opts.url = value();
    else if (arg === '--format') {
      opts.format = value();
      if (opts.format !== 'text' && opts.format !== 'html') throw new Fail('--format is text or html', 2);
    } else if (arg === '--quiet' || arg === '-q') opts.quiet = true;
    else if (arg === '--help' || arg === '-h') return { help: true };
    else if (arg.startsWith('-') && arg !== '-') throw new Fail(`unknown option ${arg}\n\n${USAGE}`, 2);
    else if (opts.input === undefined) opts.input = arg;
    else throw new Fail(`one article at a time (got "${opts.input}" and "${arg}")`, 2);
  }
  if (opts.input === undefined) throw new Fail(`no article given\n\n${USAGE}`, 2);
  return opts;
}

/** Reads stdin, up to MAX_BYTES. */
async function readStdin(stdin) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stdin) {
    size += chunk.length;
    if (size > MAX_BYTES) throw new Fail(tooLarge(size, true));
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const tooLarge = (bytes, more = false) =>
  `the article is ${more ? 'over ' : ''}${(bytes / 1e6).toFixed(1)} MB; the importer reads at most ${MAX_INPUT.toLocaleString('en')} characters (a saved article page is far smaller: is this the right file?)`;

/** Reads a file (a path or a file:// URL), refusing what is too large before reading it. */
async function readFile(input) {
  if (/^https?:\/\//i.test(input))
    throw new Fail(`"${input}" is a web address: save the page first and import the file (the importer reads no network)`);
  const path = /^file:/i.test(input) ? fileURLToPath(input) : input;
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new Fail(`cannot read "${input}": no such file`);
  }
  if (!info.isFile()) throw new Fail(`"${input}" is not a file`);
  if (info.size > MAX_BYTES) throw new Fail(tooLarge(info.size));
  const handle = await open(path);
  try {
    return { bytes: await handle.readFile(), path };
  } finally {
    await handle.close();
  }
}

/** UTF-8 text, or a clear error for binary data (NUL bytes or bytes that are not UTF-8). */
function decode(bytes) {
  if (!bytes.length) throw new Fail('the article is empty: there is no text to import');
  if (bytes.includes(0)) throw new Fail('the input looks like binary data (it has NUL bytes), not an article in text or HTML');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Fail('the input is not UTF-8 text (binary data, or another encoding: save the article as UTF-8)');
  }
}

const clip = (s, n = 100) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** The report for a person: a summary, then what went where, what went nowhere, what to check. */
function formatReport(name, announcement, report) {
  const a = announcement;
  const items = (a.areas ?? []).reduce((n, x) => n + x.items.length, 0);
  const parts = [
    'title',
    a.lead && 'lead',
    a.body && `${a.body.length} paragraph${a.body.length === 1 ? '' : 's'}`,
    a.areas && `${a.areas.length} area${a.areas.length === 1 ? '' : 's'} (${items} item${items === 1 ? '' : 's'})`,
    a.tags && `${a.tags.length} tag${a.tags.length === 1 ? '' : 's'}`,
    a.events && `${a.events.length} event${a.events.length === 1 ? '' : 's'}`,
    a.image && 'image',
    a.published && `published ${a.published}`,
  ].filter(Boolean);
  const lines = [
    `Imported ${name} (${report.format}, language ${report.lang}${report.langSource === 'guessed' ? ', guessed: use --lang to set it' : report.langSource === 'page' ? ', from the page' : ''}): ${parts.join(', ')}.`,
    '',
    'Mapped:',
    ...report.mapped.map((m) => `  ${(m.field ?? '').padEnd(14)} ← ${m.from}${m.note ? ` (${m.note})` : ''}`),
  ];
  lines.push('', report.unmapped.length ? `Not mapped (${report.unmapped.length}):` : 'Not mapped: nothing.');
  for (const u of report.unmapped) lines.push(`  ${u.from}: "${clip(u.text)}"${u.note ? ` — ${u.note}` : ''}`);
  lines.push('', report.warnings.length ? `To check (${report.warnings.length}):` : 'To check: nothing.');
  for (const w of report.warnings) lines.push(`  ${w.from}: "${clip(w.text)}"${w.note ? ` — ${w.note}` : ''}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Runs the command with `args` (without node and the script); returns the exit code. Never
 * throws for bad input: every failure is a message on stderr and a non-zero code.
 */
export async function main(args, io) {
  const say = (text) => io.stderr.write(text);
  let opts;
  try {
    opts = parseArgs(args);
    if (opts.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const { bytes, path } = opts.input === '-' ? { bytes: await readStdin(io.stdin), path: undefined } : await readFile(opts.input);
    const ext = path ? extname(path).toLowerCase() : '';
    const format =
      opts.format ??
      (ext === '.html' || ext === '.htm' || ext === '.xhtml' ? 'html' : ext === '.txt' || ext === '.text' ? 'text' : undefined);
    const result = importArticle(decode(bytes), {
      lang: opts.lang,
      url: opts.url,
      format,
      parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
    });
    if (!result.ok) throw new Fail(result.error.message.replace(/^\w/, (c) => c.toLowerCase()));
    const json = `${JSON.stringify(result.announcement, null, 2)}\n`;
    if (opts.out) await writeFile(opts.out, json);
    else await new Promise((resolve) => io.stdout.write(json, resolve));
    if (!opts.quiet) say(formatReport(opts.input === '-' ? 'stdin' : opts.input, result.announcement, result.report));
    if (opts.out && !opts.quiet) say(`Written: ${opts.out}\n`);
    return 0;
  } catch (e) {
    if (e instanceof Fail) {
      say(`partner-city-widgets import: ${e.message}\n`);
      return e.code;
    }
    say(`partner-city-widgets import: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
