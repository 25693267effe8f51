/**
 * Installs a Debian package the tests need (Chromium, poppler) when it is
 * missing, as CI's fresh machines do; elsewhere it says how to install it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureDebianPackage<T>(options: {
  package: string;
  /** Returns what the tests need (e.g. a binary's path), or null when it is missing. */
  find: () => T | null;
  /** What to tell a user who must install it themselves. */
  howToInstall: string;
  log?: (line: string) => void;
}): T {
  const found = options.find();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) throw new Error(options.howToInstall);
  (options.log ?? console.log)(`Not found: installing Debian package "${options.package}" with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', options.package], { stdio: 'inherit', env });
  const installed = options.find();
  if (!installed) throw new Error(`apt-get installed ${options.package}, but it still cannot be found.`);
  return installed;
}

/** The first existing path: the one named by an environment variable if set (null when it does not exist), else the first candidate. */
export function findFirst(envVar: string, candidates: string[]): string | null {
  const fromEnv = process.env[envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return candidates.find((path) => existsSync(path)) ?? null;
}
