/** Bounded, ordered concurrency: results come out in input order while a few items are in flight. */
import pLimit from 'p-limit'

/**
 * Maps `items` with `fn`, at most `concurrency` calls running and at most `window` results held,
 * yielding results in the order of `items` (so output never depends on which call finishes first).
 */
export async function* mapOrdered<T, R>(
  items: Iterable<T>, fn: (item: T) => Promise<R>, options: {concurrency: number; window?: number},
): AsyncGenerator<R> {
  const limit = pLimit(Math.max(1, options.concurrency))
  const window = Math.max(options.window ?? options.concurrency * 4, 1)
  const inFlight: Promise<R>[] = []
  for (const item of items) {
    inFlight.push(limit(() => fn(item)))
    if (inFlight.length >= window) yield await inFlight.shift()!
  }
  while (inFlight.length > 0) yield await inFlight.shift()!
}
