import { formatMegabytes } from "@tally/domain";
import { ImportFileError } from "./types";

async function* chunksOf(body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (Symbol.asyncIterator in body) {
    yield* body as AsyncIterable<Uint8Array>;
    return;
  }
  const reader = (body as ReadableStream<Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value.byteLength) yield value;
    }
  } finally {
    // Stops the upload when the reading stops early (too large, unreadable).
    await reader.cancel().catch(() => {});
  }
}

export function tooLarge(limit: number): ImportFileError {
  return new ImportFileError("too_large", `The file is larger than ${formatMegabytes(limit)}. Split it into smaller files and import them one after the other.`);
}

/**
 * The body's bytes as they arrive, counted: reading stops with a "too large" error as soon as they pass `limit`,
 * so a huge upload costs no more than the limit.
 */
export async function* boundedBytes(
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  limit: number,
  onBytes: (total: number) => void,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of chunksOf(body)) {
    total += chunk.byteLength;
    if (total > limit) throw tooLarge(limit);
    onBytes(total);
    yield chunk;
  }
}

export interface PeekedBytes {
  /** The first bytes of the body (up to `count`), empty for an empty body. */
  head: Uint8Array;
  /** Every byte of the body, the head included. */
  bytes: AsyncGenerator<Uint8Array>;
}

/** Looks at the first bytes (a byte-order mark, a zip signature) without losing them. */
export async function peekBytes(source: AsyncGenerator<Uint8Array>, count: number): Promise<PeekedBytes> {
  const taken: Uint8Array[] = [];
  let size = 0;
  while (size < count) {
    const next = await source.next();
    if (next.done) break;
    taken.push(next.value);
    size += next.value.byteLength;
  }
  const head = new Uint8Array(Math.min(size, count));
  let offset = 0;
  for (const chunk of taken) {
    if (offset >= head.length) break;
    const part = chunk.subarray(0, head.length - offset);
    head.set(part, offset);
    offset += part.byteLength;
  }
  async function* all(): AsyncGenerator<Uint8Array> {
    yield* taken;
    yield* source;
  }
  return { head, bytes: all() };
}
