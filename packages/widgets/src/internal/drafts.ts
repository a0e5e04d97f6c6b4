const PREFIX = 'credit-kit:draft:';

/** Storage key of a form's draft: component, then whatever identifies the form (template, subject). */
export function draftKey(component: string, ...scope: string[]): string {
  return PREFIX + [component, ...scope].map(encodeURIComponent).join(':');
}

/**
 * A form's unsent input kept in localStorage, so it survives a reload, a network failure or a server
 * error until the submission succeeds. Writes are debounced; storage failures (private mode, quota)
 * only cost the draft, never the form.
 */
export class DraftStore<T extends object> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: T | undefined;

  constructor(
    readonly key: string,
    private readonly delayMs = 300,
  ) {}

  load(): T | undefined {
    try {
      const raw = localStorage.getItem(this.key);
      const value: unknown = raw ? JSON.parse(raw) : undefined;
      return value && typeof value === 'object' ? (value as T) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Saves after a quiet period; the latest value wins. */
  save(value: T): void {
    this.pending = value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Writes a pending save at once (before a submit, on page hide, on disconnect). */
  flush(): void {
    clearTimeout(this.timer);
    if (this.pending) this.write(this.pending);
    this.pending = undefined;
  }

  /** Saves at once: for what must not be lost to a crash, such as an idempotency key. */
  saveNow(value: T): void {
    this.pending = value;
    this.flush();
  }

  clear(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
    try {
      localStorage.removeItem(this.key);
    } catch {
      // Nothing stored, nothing to clear.
    }
  }

  private write(value: T): void {
    try {
      localStorage.setItem(this.key, JSON.stringify(value));
    } catch {
      // Quota or disabled storage: the form keeps working from memory.
    }
  }
}
