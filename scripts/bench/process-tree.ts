/**
 * Peak memory of a process and all its descendants, sampled from /proc
 * (Linux): the whole tree, and the part of it that is Pagefind's binary.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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
  threads: number;
}

function readProcs(): TreeProcess[] {
  const procs: TreeProcess[] = [];
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
    if (proc) tree.push(proc);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** What one sample of a tree adds up to. */
export function sumTree(procs: readonly TreeProcess[]): TreeSample {
  const sample = { total: 0, pagefind: 0, other: 0 };
  for (const proc of procs) {
    sample.total += proc.rss;
    if (/pagefind/i.test(proc.name)) sample.pagefind += proc.rss;
  }
  sample.other = sample.total - sample.pagefind;
  return sample;
}

/** RSS (bytes) of `root` and its descendants, now. */
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
