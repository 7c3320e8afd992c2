import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const icon = readFileSync(fileURLToPath(new URL('../../../electron/build/icon.png', import.meta.url)));

// electron-builder derives every platform's icon from this one file; it needs 512×512 or more.
describe('electron/build/icon.png', () => {
  it('is a 512×512 RGBA PNG', () => {
    expect(icon.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(icon.toString('ascii', 12, 16)).toBe('IHDR');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20), icon[24], icon[25]]).toEqual([512, 512, 8, 6]);
  });
});
