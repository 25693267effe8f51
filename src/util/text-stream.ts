/**
 * A stream of the UTF-8 bytes of some text given in parts, each part encoded
 * only when the reader asks for more: a large file served from an Astro
 * endpoint is never held as one string (a part must not end inside a
 * surrogate pair; whole records, lines or values never do).
 */
export function textStream(parts: Iterable<string>): ReadableStream<Uint8Array> {
  const next = parts[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const part = next.next();
      if (part.done) controller.close();
      else controller.enqueue(encoder.encode(part.value));
    },
  });
}
