/**
 * How the benchmark adds up a process tree's memory (scripts/bench/process-tree.ts):
 * each process's own pages, and each program's file pages once.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sumTree, type TreeProcess, treeProcesses } from '../../../scripts/bench/process-tree.ts';

const MB = 2 ** 20;
const proc = (pid: number, ppid: number, program: string, anon: number, file: number, shmem = 0): TreeProcess => ({
  pid,
  ppid,
  name: program.split('/').at(-1)!,
  rss: (anon + file + shmem) * MB,
  rssAnon: anon * MB,
  rssFile: file * MB,
  rssShmem: shmem * MB,
  program,
  threads: 1,
});

describe("a process tree's memory", () => {
  it("counts one program's file pages once, as many as its process with the most of them has, and every process's own pages", () => {
    const parent = proc(1, 0, '/usr/bin/node', 22, 45);
    const child = proc(2, 1, '/usr/bin/node', 480, 90, 2);
    assert.deepEqual(sumTree([parent, child]), { total: (22 + 480 + 90 + 2) * MB, pagefind: 0, other: (22 + 480 + 90 + 2) * MB });
  });

  it("counts each program's file pages, and Pagefind's part apart", () => {
    const node = proc(1, 0, '/usr/bin/node', 150, 60);
    const pagefind = proc(2, 1, '/nm/@pagefind/linux-x64/bin/pagefind', 350, 10);
    const esbuild = proc(3, 1, '/nm/@esbuild/linux-x64/bin/esbuild', 7, 9);
    const sample = sumTree([node, pagefind, esbuild]);
    assert.equal(sample.total, (150 + 60 + 350 + 10 + 7 + 9) * MB);
    assert.equal(sample.pagefind, 360 * MB);
    assert.equal(sample.other, sample.total - sample.pagefind);
  });

  it('is the sum of resident sets for a single process, and reads a live tree from /proc', () => {
    const alone = proc(1, 0, '/usr/bin/node', 300, 50, 1);
    assert.equal(sumTree([alone]).total, alone.rss);
    const [self] = treeProcesses(process.pid);
    assert.equal(self?.pid, process.pid);
    assert.ok(self.rssAnon > 0 && self.rssFile > 0, 'anonymous and file pages are both read');
    assert.equal(self.rssAnon + self.rssFile + self.rssShmem, self.rss, 'the parts add up to the resident set');
    assert.equal(self.program, process.execPath);
  });
});
