/**
 * `npm run source:add -- <raw file> [--slug <year>-<place>-<topic>]` — adds a raw
 * scraped file to the archive and writes a draft summary with a proposed cleaning
 * recipe. The findings come from src/content/intake/; this file reads, writes
 * and prints. It never overwrites an archive file, the checksum list's entries or
 * a summary.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checksumLine, parseChecksums } from '../src/content/archive-checksums.ts';
import { SLUG_PATTERN } from '../src/content/schema.ts';
import { readGlossary } from '../src/content/glossary-dictionary.ts';
import { projectPaths } from '../src/content/project-paths.ts';
import { draftSlug, nextArchiveName } from '../src/content/intake/archive-name.ts';
import { draftSummary } from '../src/content/intake/draft.ts';
import { proposeIntake } from '../src/content/intake/proposal.ts';
import { decodeRaw } from '../src/content/intake/raw-file.ts';
import { isTodo, todoFields } from '../src/content/todo-fields.ts';
import { parse } from 'yaml';

function fail(message: string): never {
  console.error(`source:add: ${message}`);
  process.exit(1);
}

const USAGE = 'usage: npm run source:add -- <raw file> [--slug <year>-<place>-<topic>]';
const args = process.argv.slice(2);
let slugArg: string | undefined;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--slug') slugArg = args[++i] ?? fail(`--slug needs a value\n${USAGE}`);
  else if (args[i] === '--help' || args[i] === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (args[i]!.startsWith('-')) fail(`unknown option ${args[i]}\n${USAGE}`);
  else files.push(args[i]!);
}
if (files.length !== 1) fail(files.length === 0 ? `which raw file?\n${USAGE}` : `one raw file at a time\n${USAGE}`);
const input = files[0]!;

let bytes: Buffer;
try {
  bytes = readFileSync(input);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(
    code === 'ENOENT'
      ? `${input}: no such file`
      : code === 'EISDIR'
        ? `${input}: is a folder; give one raw text file`
        : code === 'EACCES'
          ? `${input}: cannot be read (permission denied)`
          : `${input}: cannot be read (${code ?? String(error)})`,
  );
}
const decoded = decodeRaw(bytes);
if (!decoded.ok) fail(`${input}: ${decoded.reason}`);

const paths = projectPaths(process.cwd());
const archiveDir = paths.sourcesDir;
const listPath = join(archiveDir, 'SHA256SUMS');
const sha256 = createHash('sha256').update(bytes).digest('hex');
const existing = existsSync(archiveDir) ? readdirSync(archiveDir) : fail(`${relative(paths.root, archiveDir)}: the archive folder is missing`);
const list = existsSync(listPath) ? parseChecksums(readFileSync(listPath, 'utf8')).entries : [];
const same =
  list.find((e) => e.sha256 === sha256) ??
  existing
    .filter((n) => n.endsWith('.txt'))
    .map((name) => ({ name }))
    .find(
      ({ name }) =>
        createHash('sha256')
          .update(readFileSync(join(archiveDir, name)))
          .digest('hex') === sha256,
    );
if (same) fail(`${input}: this file is already in the archive as ${same.name}; nothing written`);

const archiveName = nextArchiveName(existing, sha256);
const archivePath = join(archiveDir, archiveName);
const slug = slugArg ?? draftSlug(archiveName);
if (!SLUG_PATTERN.test(slug)) fail(`--slug "${slug}" is not a readable ASCII slug: lower-case pinyin or English words joined by "-"`);
const summaryPaths = ['md', 'mdx'].map((ext) => join(paths.contentDir, 'sources', `${slug}.${ext}`));
const taken = summaryPaths.find((p) => existsSync(p));
if (taken) fail(`${relative(paths.root, taken)} already exists; choose another --slug (nothing written)`);
if (existsSync(archivePath)) fail(`${relative(paths.root, archivePath)} already exists; nothing written`);

const glossary = readGlossary(paths.contentDir, paths.root);
const raw = decoded.text;
const proposal = proposeIntake(raw, glossary);
const draft = draftSummary(archiveName, proposal);
const summaryPath = summaryPaths[0]!;

// 'wx': fail rather than overwrite, should a file appear between the checks and the writes.
writeFileSync(archivePath, bytes, { flag: 'wx' });
const listText = existsSync(listPath) ? readFileSync(listPath, 'utf8') : '';
appendFileSync(listPath, `${listText === '' || listText.endsWith('\n') ? '' : '\n'}${checksumLine(archiveName, sha256)}\n`);
writeFileSync(summaryPath, draft, { flag: 'wx' });

// ── Report ──
const rel = (p: string) => relative(paths.root, p);
const lines = raw.replace(/\r\n?/g, '\n').split('\n');
const excerpt = (n: number) => {
  const text = (lines[n - 1] ?? '').trim();
  return text.length > 28 ? `${text.slice(0, 28)}…` : text;
};
const out: string[] = [];
const section = (title: string) => out.push('', title);

out.push(`Archived   ${rel(archivePath)}  (SHA-256 recorded in ${rel(listPath)})`);
out.push(`Draft      ${rel(summaryPath)}`);
if (decoded.invalidBytes > 0) out.push(`Warning    ${decoded.invalidBytes} undecodable byte(s) shown as U+FFFD: garbled text to repair or drop`);

const { script } = proposal;
section(
  `Script: ${script.script === 'zh-Hant' ? 'Traditional (zh-Hant)' : 'Simplified (zh-Hans)'} — ${script.traditional} of ${script.han} Han characters are Traditional-only`,
);

section(
  `Lines to keep (cleaning.keepLines): ${JSON.stringify(proposal.keepLines)}${proposal.titleLine ? `  — line ${proposal.titleLine} looks like the title` : ''}`,
);
section(`Lines to drop (${proposal.dropped.length} group${proposal.dropped.length === 1 ? '' : 's'}):`);
const where = (from: number, to: number) => (from === to ? `line ${from}` : `lines ${from}–${to}`);
for (const g of proposal.dropped) out.push(`  ${where(g.from, g.to).padEnd(13)} ${g.label}  [${g.detector}]  “${excerpt(g.from)}”`);
if (proposal.dropped.length === 0) out.push('  none found');

section(`Repairs (cleaning.replacements): ${proposal.replacements.length}`);
for (const r of proposal.replacements) {
  out.push(`  line ${r.lines.join(', ')}  “${r.find}” → ${isTodo(r.replace) ? 'TODO (decide)' : `“${r.replace}”`}  [${r.detector}]`);
}
if (proposal.replacements.length === 0) out.push('  none found');

const a = proposal.automatic;
section(
  `Cleaned by the build itself: ${a.insertedPinyin} inserted pinyin, ${a.halfWidthPunctuation} half-width punctuation marks, ${a.paddedLines} indented lines`,
);

section(`Glossary terms found (${proposal.terms.length}): ${proposal.terms.map((t) => `${t.slug} ×${t.count}`).join(', ') || 'none'}`);
const candidates = proposal.candidates.slice(0, 15);
section(
  `New term candidates (${proposal.candidates.length}${proposal.candidates.length > candidates.length ? `, first ${candidates.length}` : ''}): ${candidates.map((c) => `${c.text} ×${c.count}`).join('、') || 'none'}`,
);

const todos = todoFields(parse(draft.split('\n---\n')[0]!.replace(/^---\n/, ''))).map((t) => t.field);
section(`Still to write in ${rel(summaryPath)}: ${todos.length} fields marked TODO, and the body`);
out.push(`  ${todos.join(', ')}`);
section('Next:');
const steps = [
  `Read ${rel(archivePath)} beside the proposal: keep, drop and repair what the proposal got wrong.`,
  'Replace every TODO (the content check fails while one is left, so the draft cannot be published).',
  ...(slugArg ? [] : [`Name the summary: git mv ${rel(summaryPath)} content/sources/<year>-<place>-<topic>.md`]),
  'npm run check:content — lists what is still to write, and every quote or figure not in the source.',
  'npx astro build, then npm run manifest:update for the new page; commit the archive file, SHA256SUMS and the summary.',
];
steps.forEach((s, i) => out.push(`  ${i + 1}. ${s}`));
console.log(out.join('\n'));
