/**
 * Values shared by the users that ask for the same key at the same time: the
 * first `acquire` of a key creates its value, later ones get the same value,
 * and the value is disposed of when the last user releases it. A key asked for
 * again after that gets a new value.
 */
export class SharedByKey<V> {
  readonly #dispose: (value: V) => Promise<void>;
  readonly #live = new Map<string, { value: V; users: number }>();

  constructor(dispose: (value: V) => Promise<void>) {
    this.#dispose = dispose;
  }

  /** Keys with a live value. */
  get size(): number {
    return this.#live.size;
  }

  /** The key's live value, or a new one from `create` if it has none. */
  acquire(key: string, create: () => V): V {
    let shared = this.#live.get(key);
    if (!shared) {
      shared = { value: create(), users: 0 };
      this.#live.set(key, shared);
    }
    shared.users++;
    return shared.value;
  }

  /** Ends one user's share; the last one's disposes of the value. */
  async release(key: string): Promise<void> {
    const shared = this.#live.get(key);
    if (!shared) throw new Error(`SharedByKey: release of "${key.slice(0, 40)}", which nothing holds`);
    if (--shared.users > 0) return;
    this.#live.delete(key);
    await this.#dispose(shared.value);
  }
}
