/**
 * A small PNG reader for the tests: the IHDR header and, for 8-bit non-interlaced images, the
 * pixels (inflated and unfiltered). Enough to check the Teams icons without an image library.
 */
import zlib from 'node:zlib';

/** What the IHDR chunk says about an image. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA. */
  colorType: number;
  interlace: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunks(png: Buffer): { type: string; data: Buffer }[] {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  const out: { type: string; data: Buffer }[] = [];
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    const crc = png.readUInt32BE(at + 8 + length);
    if ((zlib.crc32(png.subarray(at + 4, at + 8 + length)) >>> 0) !== crc) throw new Error(`bad CRC in ${type}`);
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

/** Reads the IHDR header (checking the signature and every chunk's CRC on the way). */
export function readPngHeader(png: Buffer): PngHeader {
  const ihdr = chunks(png)[0];
  if (!ihdr || ihdr.type !== 'IHDR') throw new Error('IHDR is not the first chunk');
  const d = ihdr.data;
  return { width: d.readUInt32BE(0), height: d.readUInt32BE(4), bitDepth: d[8]!, colorType: d[9]!, interlace: d[12]! };
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG into rows of pixels (RGBA, alpha 255 for RGB). */
export function decodePng(png: Buffer): { header: PngHeader; rgba: Uint8Array } {
  const header = readPngHeader(png);
  const channels = header.colorType === 6 ? 4 : header.colorType === 2 ? 3 : 0;
  if (header.bitDepth !== 8 || channels === 0 || header.interlace !== 0) throw new Error('unsupported PNG flavour');
  const raw = zlib.inflateSync(Buffer.concat(chunks(png).filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = header.width * channels;
  const rows = new Uint8Array(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const cur = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? rows[y * stride + x - channels]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`unknown filter ${filter}`);
      rows[y * stride + x] = (cur + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(header.width * header.height * 4);
  for (let i = 0; i < header.width * header.height; i++) {
    for (let k = 0; k < channels; k++) rgba[i * 4 + k] = rows[i * channels + k]!;
    if (channels === 3) rgba[i * 4 + 3] = 255;
  }
  return { header, rgba };
}
