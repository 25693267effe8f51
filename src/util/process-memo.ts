/**
 * A value computed once per process, however many copies of the module that
 * asks for it run there. A bundler may give each chunk that imports a module a
 * copy of its own, and each copy evaluates its top level again (Astro's build
 * loads the configuration's modules once, then every page chunk's): a value
 * cached in a module variable is then computed once per copy. This cache lives
 * on `globalThis` under a registered symbol, which every copy in the process
 * (in one realm: a worker thread has its own) finds the same.
 *
 * For values that cannot change while the process runs (what git says of the
 * checkout at the start of a build). A key names one value for the whole
 * process, so it names the inputs the value depends on.
 */
const STORE = Symbol.for('kb.process-memo');

type Store = Map<string, unknown>;

function store(): Store {
  const holder = globalThis as typeof globalThis & { [STORE]?: Store };
  holder[STORE] ??= new Map();
  return holder[STORE];
}

/** The value cached under `key` in this process, computed by `compute` on the first ask. A `compute` that throws caches nothing. */
export function processMemo<T>(key: string, compute: () => T): T {
  const values = store();
  if (values.has(key)) return values.get(key) as T;
  const value = compute();
  values.set(key, value);
  return value;
}
