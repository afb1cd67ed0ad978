/**
 * Draws the two Teams app icons and writes them to `manifest/`:
 *
 * - `color.png`, 192×192, full colour: the DSFR blue (#000091) with a white springboard
 *   ("tremplin") in the central safe area;
 * - `outline.png`, 32×32, the same springboard in white on a transparent background, as
 *   Teams requires for its monochrome icon.
 *
 * The shapes are described once in a unit square and rasterised with 4×4 supersampling, so the
 * edges are smooth at both sizes. The PNG files are written by hand (signature, IHDR, one
 * zlib-compressed IDAT with filter 0 rows, IEND, CRC32 per chunk): no image library needed.
 *
 * Run: `npx tsx scripts/icons.ts` (the PNGs are committed; rerun only to change the drawing).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The DSFR "bleu France" sun colour. */
const BLUE: Rgb = [0x00, 0x00, 0x91];
const WHITE: Rgb = [0xff, 0xff, 0xff];

type Rgb = [number, number, number];
type Point = [number, number];

/** A shape as a signed distance: negative inside, positive outside, in unit-square units. */
type Shape = (p: Point) => number;

/** A thick segment with round ends. */
function capsule(a: Point, b: Point, radius: number): Shape {
  return ([x, y]) => {
    const [ax, ay] = a;
    const [bx, by] = b;
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) - radius;
  };
}

function disc(centre: Point, radius: number): Shape {
  return ([x, y]) => Math.hypot(x - centre[0], y - centre[1]) - radius;
}

/** A ring arc around `centre`, between two angles (radians, y pointing down), with round ends. */
function arc(centre: Point, radius: number, from: number, to: number, thickness: number): Shape {
  const end = (a: number): Point => [centre[0] + radius * Math.cos(a), centre[1] + radius * Math.sin(a)];
  const [p, q] = [end(from), end(to)];
  return ([x, y]) => {
    let a = Math.atan2(y - centre[1], x - centre[0]);
    while (a < from) a += 2 * Math.PI;
    if (a <= to) return Math.abs(Math.hypot(x - centre[0], y - centre[1]) - radius) - thickness;
    return Math.min(Math.hypot(x - p[0], y - p[1]), Math.hypot(x - q[0], y - q[1])) - thickness;
  };
}

const union =
  (...shapes: Shape[]): Shape =>
  (p) =>
    Math.min(...shapes.map((s) => s(p)));

/**
 * The springboard, in a unit square: a "T" whose bar is the board tilting up to the right, on
 * its foot, with the jumper (a dot) taking off along an arc.
 */
const SPRINGBOARD: Shape = union(
  // the board, rising to the right
  capsule([0.06, 0.6], [0.74, 0.44], 0.065),
  // the post of the "T"
  capsule([0.4, 0.52], [0.4, 0.93], 0.065),
  // the foot
  capsule([0.22, 0.93], [0.58, 0.93], 0.055),
  // the leap, curving up from the tip of the board
  arc([1.02, 0.4], 0.22, 1.08 * Math.PI, 1.3 * Math.PI, 0.032),
  // the jumper
  disc([0.94, 0.075], 0.07),
);

/** Fraction of pixel (px, py) covered by the shape drawn in `box` (x, y, size in pixels). */
function coverage(shape: Shape, px: number, py: number, box: { x: number; y: number; size: number }): number {
  const n = 4;
  let inside = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const u = (px + (i + 0.5) / n - box.x) / box.size;
      const v = (py + (j + 0.5) / n - box.y) / box.size;
      if (shape([u, v]) <= 0) inside++;
    }
  }
  return inside / (n * n);
}

/** One PNG chunk: length, type, data, CRC32 of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * Encodes 8-bit pixels as a PNG: colour type 2 (RGB, 3 channels) or 6 (RGBA, 4 channels),
 * every row with filter 0.
 */
function encodePng(width: number, height: number, channels: 3 | 4, pixels: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = channels === 4 ? 6 : 2; // colour type
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering, filter types per row
  ihdr[12] = 0; // no interlace
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type 0: None
    Buffer.from(pixels.buffer, pixels.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** 192×192: white springboard on blue, inside the central area Teams leaves uncropped. */
function colorIcon(): Buffer {
  const size = 192;
  const box = { x: 44, y: 44, size: 104 };
  const pixels = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(SPRINGBOARD, x, y, box);
      for (let k = 0; k < 3; k++) pixels[(y * size + x) * 3 + k] = Math.round(BLUE[k]! * (1 - c) + WHITE[k]! * c);
    }
  }
  return encodePng(size, size, 3, pixels);
}

/** 32×32: white springboard, transparent elsewhere (alpha carries the anti-aliasing). */
function outlineIcon(): Buffer {
  const size = 32;
  const box = { x: 1, y: 1, size: 30 };
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = Math.round(coverage(SPRINGBOARD, x, y, box) * 255);
      const i = (y * size + x) * 4;
      // Even fully transparent pixels are white (not 0,0,0,0): the icon holds nothing but white.
      pixels.set([...WHITE, alpha], i);
    }
  }
  return encodePng(size, size, 4, pixels);
}

const dir = path.join(ROOT, 'manifest');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'color.png'), colorIcon());
fs.writeFileSync(path.join(dir, 'outline.png'), outlineIcon());
process.stdout.write(`icons: wrote ${path.join(dir, 'color.png')} (192×192) and ${path.join(dir, 'outline.png')} (32×32)\n`);
