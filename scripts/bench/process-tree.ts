/**
 * Peak memory of a process and all its descendants, sampled from /proc
 * (Linux): the whole tree, and the part of it that is Pagefind's binary.
 *
 * What a tree holds in memory is each process's own pages (anonymous and
 * shared memory) and the pages of the files they map, the programs and their
 * libraries, which are in memory once however many processes map them. A sum
 * of each process's resident set counts a program's pages once for every
 * process that runs it: a build that runs Node in a parent and a child would be
 * charged the Node binary twice (about 45 MB). So a sample adds up every
 * process's anonymous and shared memory, and the file pages of each program
 * once, as many as the process running it with the most of them resident has.
 * (Exactly once would be the processes' proportional sets, /proc/<pid>/smaps_rollup,
 * which takes the kernel 30 ms to add up for a 600 MB process: too slow to sample every 100 ms.)
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export interface TreeSample {
  total: number;
  pagefind: number;
  /** Everything but Pagefind (Node: Astro and our integrations). */
  other: number;
}

/** One process of a tree, from /proc/<pid>/status (sizes in bytes). */
export interface TreeProcess {
  pid: number;
  ppid: number;
  name: string;
  /** Resident memory: anonymous, file-backed and shared pages together. */
  rss: number;
  /** The anonymous part of `rss` (heaps, a forked child's copy-on-write view of its parent's). */
  rssAnon: number;
  /** The part of `rss` that is mapped files: the program, its libraries, other files it maps. */
  rssFile: number;
  /** The part of `rss` that is shared memory. */
  rssShmem: number;
  /** The program the process runs: its executable's path, or its name when that cannot be read. */
  program: string;
  threads: number;
}

function programOf(pid: string, name: string): string {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return name;
  }
}

/** Every process now, without its program, which is read for a tree's processes only. */
function readProcs(): Array<Omit<TreeProcess, 'program'>> {
  const procs: Array<Omit<TreeProcess, 'program'>> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(status)?.[1] ?? '';
      const kb = (name: string) => Number(field(name).replace(/\D/g, '') || 0) * 1024;
      procs.push({
        pid: Number(entry),
        ppid: Number(field('PPid')),
        name: field('Name'),
        rss: kb('VmRSS'),
        rssAnon: kb('RssAnon'),
        rssFile: kb('RssFile'),
        rssShmem: kb('RssShmem'),
        threads: Number(field('Threads') || 0),
      });
    } catch {
      // the process ended while we looked
    }
  }
  return procs;
}

/** `root` and its descendants now, parents before their children. */
export function treeProcesses(root: number): TreeProcess[] {
  const procs = readProcs();
  const children = new Map<number, number[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  const tree: TreeProcess[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    const proc = byPid.get(pid);
    if (proc) tree.push({ ...proc, program: programOf(String(pid), proc.name) });
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * What one sample of a tree adds up to: every process's anonymous and shared memory, and
 * each program's file pages once, as many as its process with the most of them has resident.
 */
export function sumTree(procs: readonly TreeProcess[]): TreeSample {
  const filePages = new Map<string, TreeProcess>();
  for (const proc of procs) if (proc.rssFile > (filePages.get(proc.program)?.rssFile ?? -1)) filePages.set(proc.program, proc);
  const sample = { total: 0, pagefind: 0, other: 0 };
  for (const proc of procs) {
    const memory = proc.rssAnon + proc.rssShmem + (filePages.get(proc.program) === proc ? proc.rssFile : 0);
    sample.total += memory;
    if (/pagefind/i.test(proc.name)) sample.pagefind += memory;
  }
  sample.other = sample.total - sample.pagefind;
  return sample;
}

/** The memory (bytes) of `root` and its descendants now, as sumTree counts it. */
export function sampleTree(root: number): TreeSample {
  return sumTree(treeProcesses(root));
}

/** Samples every `ms` until stopped; returns the peaks. */
export function watchTree(root: number, ms = 100): { stop(): TreeSample } {
  const peak = { total: 0, pagefind: 0, other: 0 };
  const timer = setInterval(() => {
    const s = sampleTree(root);
    peak.total = Math.max(peak.total, s.total);
    peak.pagefind = Math.max(peak.pagefind, s.pagefind);
    peak.other = Math.max(peak.other, s.other);
  }, ms);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/**
 * CPU seconds (user + system) spent by this process's children that have ended and
 * been waited for, and by their own waited-for descendants (Linux: cutime and cstime
 * of /proc/self/stat). The difference across one child's run is that child's whole
 * tree's CPU time, which, unlike its wall time, barely depends on what else loads the machine.
 */
export function endedChildrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // cutime and cstime are fields 16 and 17 of the whole line, 14 and 15 after the name.
  const ticksPerSecond = 100;
  return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
}

export interface MeasuredRun {
  code: number | null;
  /** Everything the command wrote to stdout and stderr. */
  log: string;
  seconds: number;
  cpuSeconds: number;
  peak: TreeSample;
}

/** Runs a command to its end, with its wall time, its tree's CPU seconds and its tree's peak memory. */
export async function measuredRun(command: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }): Promise<MeasuredRun> {
  const started = performance.now();
  const cpuBefore = endedChildrenCpuSeconds();
  const child = spawn(command, args, options);
  const watch = watchTree(child.pid!);
  let log = '';
  child.stdout.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr.on('data', (c: Buffer) => (log += c.toString()));
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  const seconds = (performance.now() - started) / 1000;
  const peak = watch.stop();
  return { code, log, seconds, cpuSeconds: endedChildrenCpuSeconds() - cpuBefore, peak };
}
