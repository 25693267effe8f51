/**
 * Reads the bytes of a raw scraped file as text, or says why it cannot be a
 * source: empty, binary (NUL bytes), or not UTF-8 (e.g. a GBK page saved as is).
 * A few undecodable bytes in an otherwise UTF-8 file are garbled text, which the
 * cleaning recipe repairs; they are counted, not refused.
 */
export type RawText = { ok: true; text: string; invalidBytes: number } | { ok: false; reason: string };

/** Above this share of undecodable characters the file is taken to be in another encoding. */
const MAX_INVALID_SHARE = 0.01;

export function decodeRaw(bytes: Uint8Array): RawText {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.includes(0)) return { ok: false, reason: 'the file is binary (it contains NUL bytes), not a scraped text file' };
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const literal = countLiteralReplacementChars(bytes);
  const invalid = [...text.matchAll(/\uFFFD/g)].length - literal;
  if (invalid > Math.max(2, text.length * MAX_INVALID_SHARE)) {
    return {
      ok: false,
      reason: `the file is not UTF-8 (${invalid} undecodable bytes): convert it first, e.g. iconv -f GBK -t UTF-8 in.txt > out.txt`,
    };
  }
  return { ok: true, text, invalidBytes: invalid };
}

/** U+FFFD written in the file itself (EF BF BD), as opposed to bytes the decoder could not read. */
function countLiteralReplacementChars(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  return count;
}
