/**
 * A module a widget needs only on a rare path (another UI language, the wording of a failure): loaded
 * with a dynamic `import()` on first use, so the bundle's entry carries none of it.
 */
export class Lazy<T> {
  /** The module once it has loaded. */
  value?: T;
  /** Whether the last load failed (a widget then shows what it can without it, rather than wait). */
  failed = false;
  private promise?: Promise<T>;

  constructor(private readonly importer: () => Promise<T>) {}

  /** The module, loading it on the first call (again after a failed load). */
  load(): Promise<T> {
    return (this.promise ??= this.importer().then(
      (value) => {
        this.failed = false;
        return (this.value = value);
      },
      (error: unknown) => {
        this.promise = undefined;
        this.failed = true;
        throw error;
      },
    ));
  }
}
