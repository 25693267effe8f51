/**
 * Byte-for-byte comparison of two builds of the same commit. Pure: the caller
 * lists the files of both builds; this reports every path that is missing on
 * one side or differs, with the first differing byte and what surrounds it.
 */

/**
 * Paths that may differ between two builds, each with its reason. Empty: two
 * builds of one commit (with SOURCE_DATE_EPOCH, which `npm run check:reproducible`
 * takes from the commit) are identical, including Pagefind's index and the
 * hashed asset names. Add an entry only with a reason that would convince a reviewer.
 */
export const REPRODUCIBILITY_EXCLUSIONS: Array<{ pattern: RegExp; why: string }> = [];

export interface BuildFiles {
  /** Path inside the build folder → its bytes. */
  get(path: string): Uint8Array | undefined;
  paths(): string[];
}

export function filesFrom(map: Map<string, Uint8Array>): BuildFiles {
  return { get: (p) => map.get(p), paths: () => [...map.keys()] };
}

function excluded(path: string, exclusions = REPRODUCIBILITY_EXCLUSIONS): boolean {
  return exclusions.some((e) => e.pattern.test(path));
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

function around(bytes: Uint8Array, at: number): string {
  const text = Buffer.from(bytes.subarray(Math.max(0, at - 24), at + 24)).toString('utf8');
  return JSON.stringify(text.replace(/\uFFFD/g, '�'));
}

export function compareBuilds(first: BuildFiles, second: BuildFiles, exclusions = REPRODUCIBILITY_EXCLUSIONS): string[] {
  const problems: string[] = [];
  const paths = [...new Set([...first.paths(), ...second.paths()])].sort();
  for (const path of paths) {
    if (excluded(path, exclusions)) continue;
    const a = first.get(path);
    const b = second.get(path);
    if (!a || !b) {
      problems.push(`${path}: only in the ${a ? 'first' : 'second'} build`);
      continue;
    }
    if (a.length === b.length && firstDifference(a, b) === a.length) continue;
    const at = firstDifference(a, b);
    problems.push(`${path}: differs from byte ${at} (${a.length} vs ${b.length} bytes): ${around(a, at)} vs ${around(b, at)}`);
  }
  return problems;
}
