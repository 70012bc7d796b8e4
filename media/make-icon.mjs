// Draws media/icon.png (128×128, the extension's icon in the Marketplace and the Extensions view) with
// Node alone, so that anyone can make it again and change it: `node media/make-icon.mjs`.
// A plan page (white, with a red header band and text lines) and a green check: "a plan, checked".
// Each pixel is 4×4 samples of the shapes below, painted in order (anti-aliased edges).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
/** A stroke from (ax, ay) to (bx, by) with round ends, `w` wide. */
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= (w / 2) ** 2;
};

const RED = [0xc6, 0x28, 0x28, 255];
const PAPER = [0xff, 0xff, 0xff, 255];
const INK = [0x90, 0x9a, 0xa6, 255];
const GREEN = [0x2e, 0x7d, 0x32, 255];

/** Painted in this order: the last shape that covers a sample gives its colour. */
const layers = [
  [roundedRect(4, 4, 124, 124, 22), RED],
  [roundedRect(26, 16, 94, 112, 6), PAPER],
  [roundedRect(36, 28, 84, 34, 3), RED],
  [roundedRect(36, 44, 84, 48, 2), INK],
  [roundedRect(36, 56, 76, 60, 2), INK],
  [roundedRect(36, 68, 84, 72, 2), INK],
  [roundedRect(36, 80, 64, 84, 2), INK],
  [circle(92, 92, 25), PAPER],
  [circle(92, 92, 21), GREEN],
  [segment(81, 93, 89, 101, 7), PAPER],
  [segment(89, 101, 104, 84, 7), PAPER],
];

function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      let colour = [0, 0, 0, 0];
      for (const [inside, c] of layers) if (inside(x, y)) colour = c;
      // Premultiplied, so that a transparent sample does not darken an edge.
      for (let i = 0; i < 3; i++) sum[i] += colour[i] * colour[3];
      sum[3] += colour[3];
    }
  }
  const alpha = sum[3] / (SAMPLES * SAMPLES);
  return alpha === 0 ? [0, 0, 0, 0] : [...sum.slice(0, 3).map((v) => Math.round(v / sum[3])), Math.round(alpha)];
}

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
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0: none
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
  rows.push(row);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`media/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
