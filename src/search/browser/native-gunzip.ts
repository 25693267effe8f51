/**
 * Pagefind's index files (WebAssembly, metadata, index and filter chunks,
 * fragments) are gzip files, which Pagefind's JS API inflates in JavaScript on
 * the main thread unless a file already starts with its signature
 * `pagefind_dcd` (the first bytes of every file once inflated). This hands
 * Pagefind each of those files inflated by the browser's own
 * DecompressionStream instead, which costs the main thread less; the bytes
 * fetched are the same. Where the browser has no DecompressionStream, nothing
 * changes.
 */

/** The files Pagefind writes gzip-compressed (its WebAssembly ends in .pagefind). */
const GZIP_FILE = /\.(pagefind|pf_meta|pf_index|pf_filter|pf_fragment)$/;

/** A response's body inflated when it is gzip (it starts with 1f 8b), else the same bytes. */
export async function inflatedResponse(response: Response): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, { status: response.status });
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')), { status: response.status });
}

/** Wraps fetch (after any other wrapper, such as the offline transport) for Pagefind's gzip files under `pagefindBase`. */
export function installNativeGunzip(pagefindBase: string): void {
  if (typeof DecompressionStream === 'undefined') return;
  const original = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await original(input, init);
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    if (!response.ok || !url.href.startsWith(pagefindBase) || !GZIP_FILE.test(url.pathname)) return response;
    return inflatedResponse(response);
  };
}
