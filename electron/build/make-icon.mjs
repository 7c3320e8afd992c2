// Draws the app icon (a loupe over lines of text) into electron/build/icon.png, 512×512 RGBA.
// Generated rather than downloaded or hand-drawn so that it can be rebuilt anywhere with Node
// alone: shapes are signed distance functions, which give antialiased edges for free.
//
// Usage: node electron/build/make-icon.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 512;
const here = path.dirname(fileURLToPath(import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter type None for every row
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const ring = (cx, cy, r, half) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - half;
function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    const qx = Math.abs(x - (x0 + x1) / 2) - ((x1 - x0) / 2 - r);
    const qy = Math.abs(y - (y0 + y1) / 2) - ((y1 - y0) / 2 - r);
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}
function capsule(ax, ay, bx, by, r) {
  return (x, y) => {
    const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - dx * t, py - dy * t) - r;
  };
}
const coverage = (d) => Math.max(0, Math.min(1, 0.5 - d));
const mix = (a, b, t) => a + (b - a) * t;

const lens = [216, 216];
const layers = [
  // Background tile, a vertical navy gradient.
  {
    shape: roundedRect(24, 24, 488, 488, 104),
    colour: (_x, y) => [mix(0x1d, 0x2e, y / SIZE), mix(0x35, 0x62, y / SIZE), mix(0x5a, 0x93, y / SIZE)],
  },
  { shape: circle(...lens, 124), colour: () => [0xe4, 0xef, 0xf8] },
  // Lines of a news article seen through the glass, clipped to the lens.
  ...[150, 196, 242, 288].map((y, i) => ({
    shape: (px, py) =>
      Math.max(capsule(150, y, i === 3 ? 236 : 284, y, 11)(px, py), circle(...lens, 112)(px, py)),
    colour: () => [0x2e, 0x4f, 0x78],
  })),
  { shape: capsule(322, 322, 426, 426, 26), colour: () => [0xd9, 0xa2, 0x2e] },
  { shape: ring(...lens, 136, 18), colour: () => [0xf2, 0xc1, 0x4e] },
];

export function drawIcon() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layers) {
        const alpha = coverage(layer.shape(x + 0.5, y + 0.5));
        if (alpha === 0) continue;
        const [lr, lg, lb] = layer.colour(x, y);
        const outA = alpha + a * (1 - alpha);
        [r, g, b] = [lr, lg, lb].map((c, i) => (c * alpha + [r, g, b][i] * a * (1 - alpha)) / outA);
        a = outA;
      }
      rgba.set([r, g, b, a * 255].map(Math.round), (y * SIZE + x) * 4);
    }
  }
  return encodePng(SIZE, SIZE, rgba);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const png = drawIcon();
  writeFileSync(path.join(here, 'icon.png'), png);
  console.log(`wrote electron/build/icon.png (${png.length} bytes)`);
}
