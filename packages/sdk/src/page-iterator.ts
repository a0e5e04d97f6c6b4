import type { Page } from '@credit-kit/contract';

/**
 * A cursor-paginated list. `for await` walks every item across pages; `await` gives the first page;
 * `.pages()` walks page by page. Nothing is fetched until one of them is used.
 */
export class PageIterator<T> implements AsyncIterable<T>, PromiseLike<Page<T>> {
  readonly #fetchPage: (cursor: string | undefined) => Promise<Page<T>>;
  readonly #firstCursor: string | undefined;

  constructor(fetchPage: (cursor: string | undefined) => Promise<Page<T>>, firstCursor?: string) {
    this.#fetchPage = fetchPage;
    this.#firstCursor = firstCursor;
  }

  then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((page: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#fetchPage(this.#firstCursor).then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.then(undefined, onrejected);
  }

  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let cursor = this.#firstCursor;
    do {
      const page = await this.#fetchPage(cursor);
      yield page;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }

  /** Every item, or the first `max` of them. */
  async toArray(max = Infinity): Promise<T[]> {
    const items: T[] = [];
    for await (const item of this) {
      if (items.length >= max) break;
      items.push(item);
    }
    return items;
  }
}
