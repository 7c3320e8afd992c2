/**
 * Bytes to base64 without one giant intermediate string: `btoa` takes a binary string, and
 * `String.fromCharCode(...bytes)` overflows the call stack past ~100k arguments. Chunks are a
 * multiple of 3 bytes so each encodes to whole base64 quads and the pieces join cleanly.
 */
const CHUNK = 3 * 0x4000;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const chunk = bytes.subarray(start, start + CHUNK);
    parts.push(btoa(String.fromCharCode(...chunk)));
  }
  return parts.join('');
}

export async function readBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
