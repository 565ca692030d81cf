// The installed app's icons, drawn from the favicon's own SVG (one source) into PNG without a browser or a package:
// the SVG's rounded square and its one polygon path are read, filled with 4×4 samples a pixel, and written as PNG.
// Pure: the caller passes the deflate function (the page endpoint uses the platform's CompressionStream).

export interface IconShape {
  /** The SVG's viewBox size (square). */
  size: number;
  background: string;
  /** Corner radius of the background square, in viewBox units. */
  radius: number;
  foreground: string;
  /** The polygon's points, in viewBox units. */
  points: Array<[number, number]>;
}

/** Reads the favicon: `<rect rx fill>` and one `<path d fill>` made of M/L/l/z commands. */
export function parseIconSvg(svg: string): IconShape {
  const size = Number(/viewBox="0 0 (\d+(?:\.\d+)?) /.exec(svg)?.[1]);
  const rect = /<rect\b[^>]*>/.exec(svg)?.[0] ?? '';
  const path = /<path\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const d = attribute(path, 'd');
  const background = attribute(rect, 'fill');
  const foreground = attribute(path, 'fill');
  if (!size || !d || !background || !foreground) throw new Error('The favicon SVG is not the rounded square with one path this drawing reads');
  return { size, background, radius: Number(attribute(rect, 'rx') ?? 0), foreground, points: polygonOf(d) };
}

/** The points of a path written with M, L, l and z only (as the favicon's star is). */
export function polygonOf(d: string): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  let command = '';
  let pending: number | undefined;
  let x = 0;
  let y = 0;
  for (const [token] of d.matchAll(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)/g)) {
    if (/[A-Za-z]/.test(token)) {
      if (token === 'z' || token === 'Z') break;
      if (!'MLl'.includes(token)) throw new Error(`path command ${token} not supported: ${d}`);
      command = token;
      continue;
    }
    if (pending === undefined) {
      pending = Number(token);
      continue;
    }
    [x, y] = command === 'l' ? [x + pending, y + Number(token)] : [pending, Number(token)];
    pending = undefined;
    points.push([x, y]);
  }
  if (pending !== undefined || points.length < 3) throw new Error(`path not understood: ${d}`);
  return points;
}

function inside(points: ReadonlyArray<[number, number]>, px: number, py: number): boolean {
  let result = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

function insideRoundedSquare(size: number, radius: number, px: number, py: number): boolean {
  const cx = Math.min(Math.max(px, radius), size - radius);
  const cy = Math.min(Math.max(py, radius), size - radius);
  return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
}

function rgb(hex: string): [number, number, number] {
  const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!value) throw new Error(`colour ${hex} is not #rrggbb`);
  return [0, 2, 4].map((at) => parseInt(value.slice(at, at + 2), 16)) as [number, number, number];
}

/**
 * RGBA pixels of the icon at `pixels`×`pixels`. "maskable" fills the whole square (the launcher cuts its own shape)
 * and keeps the star as drawn, well inside the central 80% circle the maskable format keeps.
 */
export function drawIcon(shape: IconShape, pixels: number, purpose: 'any' | 'maskable'): Uint8Array {
  const samples = 4;
  const scale = shape.size / pixels;
  const back = rgb(shape.background);
  const front = rgb(shape.foreground);
  const out = new Uint8Array(pixels * pixels * 4);
  for (let row = 0; row < pixels; row++) {
    for (let column = 0; column < pixels; column++) {
      let covered = 0;
      let star = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (column + (sx + 0.5) / samples) * scale;
          const y = (row + (sy + 0.5) / samples) * scale;
          if (purpose === 'maskable' || insideRoundedSquare(shape.size, shape.radius, x, y)) covered++;
          if (inside(shape.points, x, y)) star++;
        }
      }
      const total = samples * samples;
      const at = (row * pixels + column) * 4;
      // The star lies inside the square, so its share of the covered samples mixes the two colours.
      const mix = covered === 0 ? 0 : star / covered;
      for (let channel = 0; channel < 3; channel++) out[at + channel] = Math.round(back[channel]! * (1 - mix) + front[channel]! * mix);
      out[at + 3] = Math.round((255 * covered) / total);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A PNG (8-bit RGBA, no filter) of square RGBA pixels; `deflate` must return zlib-format data. */
export async function encodePng(rgba: Uint8Array, pixels: number, deflate: (raw: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const raw = new Uint8Array(pixels * (pixels * 4 + 1));
  for (let row = 0; row < pixels; row++) raw.set(rgba.subarray(row * pixels * 4, (row + 1) * pixels * 4), row * (pixels * 4 + 1) + 1);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, pixels);
  view.setUint32(4, pixels);
  header.set([8, 6, 0, 0, 0], 8);
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', await deflate(raw)), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
