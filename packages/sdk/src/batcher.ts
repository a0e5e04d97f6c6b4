/** Loads many keys in one call; a key missing from the map, or mapped to an Error, rejects. */
export type BatchLoad<V> = (keys: string[]) => Promise<Map<string, V | Error>>;

/**
 * Collects the keys asked for during one task (a `setTimeout(0)` window, so look-ups made across
 * microtasks, as Lit elements' updates are, still share a request), drops duplicates, and loads
 * them in chunks of `maxBatch`. A full chunk leaves at once, so a page creating a thousand badges
 * has its first answers on the way while it is still creating the rest. A key already on its way
 * joins the pending request.
 */
export class Batcher<V> {
  readonly #load: BatchLoad<V>;
  readonly #maxBatch: number;
  readonly #pending = new Map<string, Promise<V>>();
  #queue = new Map<string, { resolve: (v: V) => void; reject: (e: unknown) => void }>();
  #scheduled = false;

  constructor(load: BatchLoad<V>, maxBatch: number) {
    this.#load = load;
    this.#maxBatch = maxBatch;
  }

  get(key: string): Promise<V> {
    const pending = this.#pending.get(key);
    if (pending) return pending;
    const promise = new Promise<V>((resolve, reject) => this.#queue.set(key, { resolve, reject }));
    this.#pending.set(key, promise);
    const forget = () => this.#pending.delete(key);
    promise.then(forget, forget);
    if (this.#queue.size >= this.#maxBatch) this.#flush();
    else if (!this.#scheduled) {
      this.#scheduled = true;
      setTimeout(() => {
        this.#scheduled = false;
        this.#flush();
      }, 0);
    }
    return promise;
  }

  #flush(): void {
    const queue = [...this.#queue];
    this.#queue = new Map();
    for (const chunk of chunks(queue, this.#maxBatch)) {
      this.#load(chunk.map(([key]) => key)).then(
        (results) => {
          for (const [key, { resolve, reject }] of chunk) {
            const result = results.get(key);
            if (result === undefined) reject(new Error(`No result for "${key}"`));
            else if (result instanceof Error) reject(result);
            else resolve(result);
          }
        },
        (error: unknown) => chunk.forEach(([, { reject }]) => reject(error)),
      );
    }
  }
}

/** `items` in slices of at most `size`. */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
