// Draws the two Teams app icons and writes them as PNG files. Run once by hand after changing the
// drawing (`node scripts/make-icons.mjs`) and commit appPackage/color.png and appPackage/outline.png;
// nothing runs this at build time.
//
// The mark is a whiteboard on a stand with an upward arrow across it: the team's board, going up.
// color.png:   192x192, full colour, the mark inside the central 120 px on a rounded accent square.
// outline.png: 32x32, pure white (#FFFFFF) on transparent; only the alpha channel varies.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const appPackage = join(dirname(fileURLToPath(import.meta.url)), '..', 'appPackage');

/** The manifest's accentColor, so the icon and the frame Teams draws around it match. */
const ACCENT = [0x3b, 0x5b, 0xdb];
const WHITE = [0xff, 0xff, 0xff];
const GROWTH = [0x1f, 0x9d, 0x6b];

/** Sub-samples per pixel side: coverage from a 6x6 grid gives smooth edges without a rasterizer. */
const GRID = 6;

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const qx = Math.abs(x - (x0 + x1) / 2) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - (y0 + y1) / 2) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};

const segment = (ax, ay, bx, by) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
};

const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const side = (px, py, qx, qy) => (qx - px) * (y - py) - (qy - py) * (x - px);
  const s1 = side(ax, ay, bx, by);
  const s2 = side(bx, by, cx, cy);
  const s3 = side(cx, cy, ax, ay);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
};

const filled = (sdf) => (x, y) => sdf(x, y) <= 0;
const stroked = (sdf, width) => (x, y) => Math.abs(sdf(x, y) + width / 2) <= width / 2;
const polyline = (points, width) => (x, y) =>
  points.slice(1).some(([bx, by], i) => segment(points[i][0], points[i][1], bx, by)(x, y) <= width / 2);

/** The mark in a 192-unit square: board, stand and arrow, as insideness tests; `line` is the stroke width. */
function mark(boardInside, line) {
  const arrow = [
    [60, 108],
    [84, 86],
    [102, 98],
    [128, 70],
  ];
  return {
    board: boardInside,
    legs: polyline(
      [
        [78, 160],
        [96, 130],
        [114, 160],
      ],
      line,
    ),
    arrow: polyline(arrow, line + 1),
    arrowHead: triangle(138, 58, 114, 66, 132, 84),
  };
}

/** Renders `layers` (topmost last) to straight-alpha RGBA at `size` px for a 192-unit drawing. */
function render(size, layers) {
  const scale = 192 / size;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < GRID; sy++) {
        for (let sx = 0; sx < GRID; sx++) {
          const x = (px + (sx + 0.5) / GRID) * scale;
          const y = (py + (sy + 0.5) / GRID) * scale;
          const hit = layers.findLast((layer) => layer.inside(x, y));
          if (!hit) continue;
          r += hit.color[0];
          g += hit.color[1];
          b += hit.color[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a === 0) {
        // Transparent pixels keep white colour so the outline icon is white in every channel.
        rgba.set([255, 255, 255, 0], o);
        continue;
      }
      rgba.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / GRID ** 2)], o);
    }
  }
  return rgba;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes straight-alpha RGBA as an 8-bit RGBA PNG (filter type 0 on every row). */
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const colorMark = mark(filled(roundedRect(36, 36, 156, 132, 12)), 10);
const color = render(192, [
  { inside: filled(roundedRect(0, 0, 192, 192, 40)), color: ACCENT },
  { inside: colorMark.legs, color: WHITE },
  { inside: colorMark.board, color: WHITE },
  { inside: colorMark.arrow, color: GROWTH },
  { inside: colorMark.arrowHead, color: GROWTH },
]);

// The outline keeps the board as a frame so the arrow inside it stays visible in one colour. Its edges
// sit on the 6-unit pixel grid of the 32 px image and its strokes are 2 px wide, so they stay crisp.
const outlineMark = mark(stroked(roundedRect(18, 24, 174, 132, 12), 12), 13);
const outline = render(32, [
  { inside: outlineMark.legs, color: WHITE },
  { inside: outlineMark.board, color: WHITE },
  { inside: outlineMark.arrow, color: WHITE },
  { inside: outlineMark.arrowHead, color: WHITE },
]);

await writeFile(join(appPackage, 'color.png'), png(192, color));
await writeFile(join(appPackage, 'outline.png'), png(32, outline));
console.log('Wrote appPackage/color.png (192x192) and appPackage/outline.png (32x32).');
