import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { dataScript, dataScriptPath, DATA_GLOBAL } from '../../../src/emit/offline/data-scripts.ts';
import { formatBytes } from '../../../src/emit/offline/offline-names.ts';
import { offlineUrl, relativePath, rewriteHtmlForOffline } from '../../../src/emit/offline/relative-links.ts';
import { createZip, writeZipFile } from '../../../src/emit/offline/zip.ts';
import { markAsOfflineCopy } from '../../../src/emit/offline-copy-step.ts';

const temps: string[] = [];
after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Lists and reads a zip with Python's zipfile: an independent reader, not ours. */
function readWithPython(zip: Buffer): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-zip-'));
  temps.push(dir);
  writeFileSync(join(dir, 'a.zip'), zip);
  const script =
    'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({n: z.read(n).decode("utf-8") for n in z.namelist()}))';
  const result = spawnSync('python3', ['-c', script, join(dir, 'a.zip')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as Record<string, string>;
}

/**
 * Reads every entry of an archive of `f/<n>` entries with Python's zipfile (each read checks the
 * entry's CRC) and compares it with `<n>` there, so that only the count, the names that differ
 * and the last entry come back.
 */
function checkManyWithPython(path: string): { count: number; mismatched: string[]; last: string } {
  const script =
    'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nnames=z.namelist()\n' +
    'bad=[n for n in names if z.read(n)!=n[2:].encode("utf-8")]\n' +
    'print(json.dumps({"count":len(names),"mismatched":bad[:10],"last":z.read(f"f/{len(names)-1}").decode("utf-8")}))';
  const result = spawnSync('python3', ['-c', script, path], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as { count: number; mismatched: string[]; last: string };
}

describe('offline links', () => {
  it('makes a site path relative to the page that holds it', () => {
    assert.equal(relativePath('terms/x/index.html', 'terms/index.html'), '../index.html');
    assert.equal(relativePath('index.html', 'terms/x/index.html'), 'terms/x/index.html');
    assert.equal(relativePath('search/index.html', '_kb/search.js'), '../_kb/search.js');
    assert.equal(relativePath('terms/x/index.html', 'terms/x/index.html'), 'index.html');
  });
  it('names index.html for directory URLs and keeps query and fragment', () => {
    assert.equal(offlineUrl('/kb/terms/x/#definition', 'sources/a/index.html', '/kb/'), '../../terms/x/index.html#definition');
    assert.equal(offlineUrl('/kb/search/?q=1', 'index.html', '/kb/'), 'search/index.html?q=1');
    assert.equal(offlineUrl('/kb/', 'about/index.html', '/kb/'), '../index.html');
  });
  it('reads a path-relative URL against its page, so a directory it names gets its index.html', () => {
    assert.equal(offlineUrl('text/#l12', 'sources/a/index.html', '/kb/'), 'text/index.html#l12');
    assert.equal(offlineUrl('text/', 'sources/a/index.html', '/'), 'text/index.html');
    assert.equal(offlineUrl('citation.bib', 'sources/a/index.html', '/kb/'), 'citation.bib');
    assert.equal(offlineUrl('../b/', 'sources/a/index.html', '/kb/'), '../b/index.html');
    assert.equal(offlineUrl('mailto:kb@example.org', 'index.html', '/kb/'), 'mailto:kb@example.org');
  });
  it('leaves outside URLs, fragments and other paths alone', () => {
    assert.equal(offlineUrl('#top', 'index.html', '/kb/'), '#top');
    assert.equal(offlineUrl('https://example.org/', 'index.html', '/'), 'https://example.org/');
    assert.equal(offlineUrl('/other/', 'index.html', '/kb/'), '/other/');
  });
  it('rewrites every URL attribute and a meta refresh in a page', () => {
    const html =
      '<link href="/a.css"><a href="/terms/">t</a><script src="/_kb/s.js"></script><form action="/search/"></form><meta http-equiv="refresh" content="0; url=/terms/x/">';
    assert.equal(
      rewriteHtmlForOffline(html, 'sources/y/index.html', '/'),
      '<link href="../../a.css"><a href="../../terms/index.html">t</a><script src="../../_kb/s.js"></script><form action="../../search/index.html"></form><meta http-equiv="refresh" content="0; url=../../terms/x/index.html">',
    );
  });
  it('rewrites the script a search box loads on first focus (data-kb-suggest)', () => {
    assert.equal(
      rewriteHtmlForOffline('<input data-kb-suggest="/kb/_kb/suggest.js">', 'terms/x/index.html', '/kb/'),
      '<input data-kb-suggest="../../_kb/suggest.js">',
    );
  });
  it('says on the copy’s own about page that it is the offline copy', () => {
    const html = '<p><span data-offline-download><a href="/downloads/x.zip">下载（<strong data-offline-size>1 MB</strong>）</a>。</span> 解压后……</p>';
    assert.equal(markAsOfflineCopy(html), '<p><span data-offline-download>你正在使用的就是离线副本。</span> 解压后……</p>');
  });
});

describe('Pagefind data as classic scripts', () => {
  it('registers the bytes under their path, in base64', () => {
    const script = dataScript('index/a.pf_index', new Uint8Array([0, 1, 255]));
    const self: Record<string, Record<string, string>> = {};
    new Function('self', script)(self);
    assert.deepEqual(self[DATA_GLOBAL], { 'index/a.pf_index': Buffer.from([0, 1, 255]).toString('base64') });
    assert.equal(dataScriptPath('index/a.pf_index'), 'index/a.pf_index.js');
  });
});

describe('the zip writer', () => {
  const files = [
    { name: 'kb/index.html', data: Buffer.from('<h1>脱贫攻坚</h1>'.repeat(50)) },
    { name: 'kb/terms/两不愁.txt', data: Buffer.from('两不愁三保障') },
    { name: 'kb/empty.txt', data: Buffer.alloc(0) },
  ];
  it('writes an archive another reader extracts exactly', () => {
    const read = readWithPython(createZip(files, new Date('2019-10-17T12:34:56Z')));
    assert.deepEqual(read, Object.fromEntries(files.map((f) => [f.name, f.data.toString('utf8')])));
  });
  it('is deterministic: the same files and date give the same bytes, whatever their order', () => {
    const date = new Date('2019-10-17T00:00:00Z');
    assert.deepEqual(createZip(files, date), createZip([...files].reverse(), date));
    assert.notDeepEqual(createZip(files, date), createZip(files, new Date('2020-01-01T00:00:00Z')));
  });
  it('holds more than 65,535 files (ZIP64 end records)', () => {
    // 65,536 entries, the first count the classic end record cannot hold, streamed to a file as the
    // build writes its archive; each entry's bytes are made when it is written.
    const count = 0x10000;
    const dir = mkdtempSync(join(tmpdir(), 'kb-zip64-'));
    temps.push(dir);
    const path = join(dir, 'many.zip');
    const entries = Array.from({ length: count }, (_, i) => ({ name: `f/${i}`, read: () => Buffer.from(String(i)) }));
    writeZipFile(path, entries, new Date('2019-10-17T00:00:00Z'));
    assert.deepEqual(checkManyWithPython(path), { count, mismatched: [], last: String(count - 1) });
    // Python reads the central directory without the count, so the ZIP64 records are read here
    // (APPNOTE 4.3.14–4.3.16): the classic end record points past its 16-bit count to them.
    const zip = readFileSync(path);
    const end = zip.length - 22;
    assert.equal(zip.readUInt32LE(end), 0x06054b50, 'end of central directory record');
    assert.equal(zip.readUInt16LE(end + 10), 0xffff, 'the 16-bit entry count is saturated');
    const locator = end - 20;
    assert.equal(zip.readUInt32LE(locator), 0x07064b50, 'ZIP64 end of central directory locator');
    const end64 = Number(zip.readBigUInt64LE(locator + 8));
    assert.equal(zip.readUInt32LE(end64), 0x06064b50, 'ZIP64 end of central directory record');
    assert.equal(zip.readBigUInt64LE(end64 + 32), BigInt(count), 'the ZIP64 record holds the entry count');
  });
  it('formats sizes for the about page', () => {
    assert.equal(formatBytes(1.2 * 1024 * 1024), '1.2 MB');
    assert.equal(formatBytes(830 * 1024), '830 KB');
  });
});
