/**
 * `npm run source:add` end to end, on a copy of the content and the archive
 * (KB_CONTENT_DIR, KB_SOURCES_DIR): what it writes, what it refuses, and that the
 * content check then fails on the draft with "still to write" and nothing else.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const temps: string[] = [];
after(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the content with one raw file taken out of the archive, to add again as new. */
function project(): { dir: string; env: NodeJS.ProcessEnv; newRaw: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kb-source-add-'));
  temps.push(dir);
  cpSync('content/terms', join(dir, 'content/terms'), { recursive: true });
  mkdirSync(join(dir, 'content/sources'));
  cpSync('content/archive', join(dir, 'archive'), { recursive: true });
  const taken = '003_6bc6484b284cb233.txt';
  const newRaw = join(dir, 'incoming.txt');
  cpSync(join(dir, 'archive', taken), newRaw);
  rmSync(join(dir, 'archive', taken));
  const list = join(dir, 'archive/SHA256SUMS');
  writeFileSync(
    list,
    readFileSync(list, 'utf8')
      .split('\n')
      .filter((l) => !l.includes(taken))
      .join('\n'),
  );
  return { dir, env: { ...process.env, KB_CONTENT_DIR: join(dir, 'content'), KB_SOURCES_DIR: join(dir, 'archive') }, newRaw };
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const add = (args: string[], env: NodeJS.ProcessEnv) => run('scripts/source-add.ts', args, env);

describe('npm run source:add', () => {
  it('archives the file byte for byte with its checksum, writes a draft and says what is left', () => {
    const { dir, env, newRaw } = project();
    const result = add([newRaw, '--slug', '2019-zhenlai-test'], env);
    assert.equal(result.status, 0, result.stderr);
    const bytes = readFileSync(newRaw);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const name = `005_${sha.slice(0, 16)}.txt`;
    assert.deepEqual(readFileSync(join(dir, 'archive', name)), bytes);
    assert.match(readFileSync(join(dir, 'archive/SHA256SUMS'), 'utf8'), new RegExp(`\\n${sha}  ${name}\\n$`));
    const draft = readFileSync(join(dir, 'content/sources/2019-zhenlai-test.md'), 'utf8');
    assert.match(draft, new RegExp(`^archiveFile: ${name}$`, 'm'));
    assert.match(draft, /^ {2}keepLines: \[\[2, 7\]\]$/m);
    for (const heading of [
      'Archived',
      'Script: Simplified',
      'Lines to keep',
      'Lines to drop',
      'Repairs',
      'Glossary terms found',
      'New term candidates',
      'Still to write',
      'Next:',
    ]) {
      assert.ok(result.stdout.includes(heading), `prints ${heading}`);
    }
    assert.match(result.stdout, /lines 8–12 +与前文逐字重复的段落 +\[duplicate\]/);

    // The content check: the draft's fields are still to write, and that is all it says about it.
    const check = run('scripts/check-content.ts', [], env);
    assert.equal(check.status, 1);
    const draftLines = check.stderr.split('\n').filter((l) => l.includes('2019-zhenlai-test.md'));
    assert.ok(draftLines.length > 20);
    for (const line of draftLines) assert.match(line, /^ {2}\S*content\/sources\/2019-zhenlai-test\.md:\d+ › [\w.[\]]+: still to write \(TODO\): /);
    assert.ok(draftLines.some((l) => / › title: still to write/.test(l)));
    assert.ok(draftLines.some((l) => / › body: still to write/.test(l)));
  });

  it('refuses a file already in the archive, and an existing summary, writing nothing', () => {
    const { dir, env, newRaw } = project();
    const before = readdirSync(join(dir, 'archive')).sort();
    const again = add([join(dir, 'archive/000_0b7c87c13ac73fd6.txt')], env);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already in the archive as 000_0b7c87c13ac73fd6\.txt; nothing written/);
    writeFileSync(join(dir, 'content/sources/source-005.md'), 'an editor’s work\n');
    const clash = add([newRaw], env);
    assert.equal(clash.status, 1);
    assert.match(clash.stderr, /content\/sources\/source-005\.md already exists; choose another --slug \(nothing written\)/);
    assert.equal(readFileSync(join(dir, 'content/sources/source-005.md'), 'utf8'), 'an editor’s work\n');
    assert.deepEqual(readdirSync(join(dir, 'archive')).sort(), before);
  });

  it('gives a clear error for a missing file, a folder, a binary or non-UTF-8 file, and bad arguments', () => {
    const { dir, env, newRaw } = project();
    const expect = (args: string[], message: RegExp) => {
      const result = add(args, env);
      assert.equal(result.status, 1, args.join(' '));
      assert.match(result.stderr, message);
    };
    expect([join(dir, 'nope.txt')], /^source:add: .*nope\.txt: no such file\n$/);
    expect([dir], /is a folder; give one raw text file/);
    writeFileSync(join(dir, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect([join(dir, 'picture.png')], /picture\.png: the file is binary/);
    writeFileSync(join(dir, 'gbk.txt'), Buffer.from(Array.from({ length: 10 }, () => [0xb7, 0xf6, 0xc6, 0xb6, 0xb9, 0xa5, 0xbc, 0xe1]).flat()));
    expect([join(dir, 'gbk.txt')], /gbk\.txt: the file is not UTF-8 .*iconv -f GBK/);
    expect([], /which raw file\?\nusage: npm run source:add/);
    expect([newRaw, '--slug', 'Not A Slug'], /--slug "Not A Slug" is not a readable ASCII slug/);
    expect([newRaw, '--colour'], /unknown option --colour\nusage:/);
    assert.deepEqual(readdirSync(join(dir, 'content/sources')), []);
  });
});
