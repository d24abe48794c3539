/**
 * Draws OpPlan's ribbon and app icons and writes them as PNG files into assets/.
 *
 *   npx tsx scripts/make-icons.ts              # writes assets/*.png
 *   npx tsx scripts/make-icons.ts --preview /tmp/icons.png   # also a magnified contact sheet
 *
 * No image libraries: shapes are rasterised with 8×8 super-sampling (anti-aliasing) into a
 * premultiplied RGBA buffer and encoded as PNG with node:zlib. Each icon has one design on a
 * 16-unit grid (used at 16 px, where detail must be dropped) and one on a 32-unit grid (used
 * at 32, 64 and 80 px, edges snapped to whole pixels so they stay crisp).
 *
 * To add a button icon: write a `Design` for both grids, add it to ICONS, run the script,
 * and reference the files from manifest.xml (16/32/80 per control).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { deflateSync } from "node:zlib";

// ---------------------------------------------------------------- colours

const C = {
  ink: "#3B4A5C", // outlines
  paper: "#FFFFFF",
  paperShade: "#EEF2F6",
  grid: "#C9D3DE",
  brand: "#0B6A75", // teal: header band, pane
  brandDark: "#08515A",
  ring: "#3B4A5C",
  orange: "#F08A24",
  green: "#2E9E4F",
  blue: "#2F7FE0",
  rose: "#D9437A",
  plus: "#1E8E3E",
};

// ---------------------------------------------------------------- raster

type RGBA = [number, number, number, number];

function parseColor(hex: string, alpha = 1): RGBA {
  const m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(hex);
  if (!m) throw new Error(`bad colour ${hex}`);
  const n = parseInt(m[1], 16);
  const a = (m[2] ? parseInt(m[2], 16) / 255 : 1) * alpha;
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255, a];
}

/** A shape in pixel coordinates: a bounding box and an inside test. */
interface Shape {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  inside(x: number, y: number): boolean;
}

const SS = 8; // samples per axis per pixel

class Raster {
  /** premultiplied RGBA, 0..1 */
  readonly px: Float64Array;
  constructor(readonly size: number) {
    this.px = new Float64Array(size * size * 4);
  }

  fill(shape: Shape, color: string, alpha = 1): void {
    const [r, g, b, a] = parseColor(color, alpha);
    const xs = Math.max(0, Math.floor(shape.x0));
    const ys = Math.max(0, Math.floor(shape.y0));
    const xe = Math.min(this.size - 1, Math.ceil(shape.x1));
    const ye = Math.min(this.size - 1, Math.ceil(shape.y1));
    for (let y = ys; y <= ye; y++) {
      for (let x = xs; x <= xe; x++) {
        let hits = 0;
        for (let j = 0; j < SS; j++) {
          for (let i = 0; i < SS; i++) {
            if (shape.inside(x + (i + 0.5) / SS, y + (j + 0.5) / SS)) hits++;
          }
        }
        if (hits === 0) continue;
        const cov = (hits / (SS * SS)) * a;
        const o = (y * this.size + x) * 4;
        const p = this.px;
        p[o] = r * cov + p[o] * (1 - cov);
        p[o + 1] = g * cov + p[o + 1] * (1 - cov);
        p[o + 2] = b * cov + p[o + 2] * (1 - cov);
        p[o + 3] = cov + p[o + 3] * (1 - cov);
      }
    }
  }

  /** Straight (non-premultiplied) 8-bit RGBA. */
  rgba8(): Uint8Array {
    const out = new Uint8Array(this.size * this.size * 4);
    for (let i = 0; i < this.size * this.size; i++) {
      const a = this.px[i * 4 + 3];
      for (let c = 0; c < 3; c++) {
        const v = a > 0 ? this.px[i * 4 + c] / a : 0;
        out[i * 4 + c] = Math.round(Math.min(1, Math.max(0, v)) * 255);
      }
      out[i * 4 + 3] = Math.round(Math.min(1, a) * 255);
    }
    return out;
  }
}

// ---------------------------------------------------------------- shapes (pixel space)

function roundRect(x0: number, y0: number, x1: number, y1: number, r = 0): Shape {
  const rr = Math.max(0, Math.min(r, (x1 - x0) / 2, (y1 - y0) / 2));
  return {
    x0,
    y0,
    x1,
    y1,
    inside(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      if (rr === 0) return true;
      const dx = Math.max(x0 + rr - x, 0, x - (x1 - rr));
      const dy = Math.max(y0 + rr - y, 0, y - (y1 - rr));
      return dx * dx + dy * dy <= rr * rr;
    },
  };
}

function circle(cx: number, cy: number, r: number): Shape {
  return {
    x0: cx - r,
    y0: cy - r,
    x1: cx + r,
    y1: cy + r,
    inside: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r,
  };
}

/** A line with round caps. */
function capsule(ax: number, ay: number, bx: number, by: number, width: number): Shape {
  const h = width / 2;
  const vx = bx - ax;
  const vy = by - ay;
  const len2 = vx * vx + vy * vy || 1;
  return {
    x0: Math.min(ax, bx) - h,
    y0: Math.min(ay, by) - h,
    x1: Math.max(ax, bx) + h,
    y1: Math.max(ay, by) + h,
    inside(x, y) {
      const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / len2));
      const dx = x - (ax + t * vx);
      const dy = y - (ay + t * vy);
      return dx * dx + dy * dy <= h * h;
    },
  };
}

function polygon(points: [number, number][]): Shape {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return {
    x0: Math.min(...xs),
    y0: Math.min(...ys),
    x1: Math.max(...xs),
    y1: Math.max(...ys),
    inside(x, y) {
      let inside = false;
      for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
        const [xi, yi] = points[i];
        const [xj, yj] = points[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
    },
  };
}

function minus(a: Shape, b: Shape): Shape {
  return { ...a, inside: (x, y) => a.inside(x, y) && !b.inside(x, y) };
}

// ---------------------------------------------------------------- design-space pen

/**
 * Draws in design units (a 16- or 32-unit grid) onto a raster of any size.
 * Rectangle edges snap to whole pixels; stroke widths stay at least one pixel.
 */
class Pen {
  readonly k: number;
  constructor(
    readonly raster: Raster,
    readonly grid: number,
  ) {
    this.k = raster.size / grid;
  }
  private e(v: number): number {
    return Math.round(v * this.k);
  }
  private w(v: number): number {
    return Math.max(1, Math.round(v * this.k));
  }
  rect(x0: number, y0: number, x1: number, y1: number, color: string, r = 0, alpha = 1): void {
    this.raster.fill(roundRect(this.e(x0), this.e(y0), this.e(x1), this.e(y1), r * this.k), color, alpha);
  }
  /** An outlined rounded rectangle: stroke inside the edges, optional fill. */
  box(x0: number, y0: number, x1: number, y1: number, stroke: string, width: number, fill?: string, r = 0): void {
    const [a, b, c, d] = [this.e(x0), this.e(y0), this.e(x1), this.e(y1)];
    const w = this.w(width);
    const rr = r * this.k;
    if (fill) this.raster.fill(roundRect(a, b, c, d, rr), fill);
    this.raster.fill(minus(roundRect(a, b, c, d, rr), roundRect(a + w, b + w, c - w, d - w, Math.max(0, rr - w))), stroke);
  }
  circle(cx: number, cy: number, r: number, color: string): void {
    this.raster.fill(circle(cx * this.k, cy * this.k, r * this.k), color);
  }
  line(ax: number, ay: number, bx: number, by: number, width: number, color: string): void {
    const k = this.k;
    this.raster.fill(capsule(ax * k, ay * k, bx * k, by * k, width * k), color);
  }
  poly(points: [number, number][], color: string): void {
    this.raster.fill(
      polygon(points.map(([x, y]) => [x * this.k, y * this.k])),
      color,
    );
  }
}

// ---------------------------------------------------------------- designs

type Design = (p: Pen) => void;

interface Icon {
  /** file stem: assets/<stem>-<size>.png */
  stem: string;
  sizes: number[];
  small: Design; // 16-unit grid
  large: Design; // 32-unit grid
}

/** The app: an annual-plan calendar page with coloured month bars (a Gantt chart). */
const app: Icon = {
  stem: "icon",
  sizes: [16, 32, 64, 80],
  small(p) {
    p.box(1, 2, 15, 15, C.ink, 1, C.paper, 1.5);
    p.rect(1, 2, 15, 5, C.brand, 1.5);
    p.rect(1, 4, 15, 5, C.brand);
    p.rect(4, 1, 5, 4, C.ring);
    p.rect(11, 1, 12, 4, C.ring);
    // two rows of month bars
    p.rect(3, 7, 8, 9, C.orange);
    p.rect(10, 7, 13, 9, C.blue);
    p.rect(5, 10, 11, 12, C.green);
  },
  large(p) {
    p.box(3, 5, 29, 30, C.ink, 1.5, C.paper, 2.5);
    p.rect(3, 5, 29, 12, C.brand, 2.5);
    p.rect(3, 8, 29, 12, C.brand);
    // binding rings
    p.rect(9, 2, 11, 8, C.ring, 1);
    p.rect(21, 2, 23, 8, C.ring, 1);
    // faint month columns
    for (const x of [10, 16, 22]) p.rect(x, 13.5, x + 0.5, 28.5, C.grid);
    // month bars
    p.rect(6, 14, 15, 17, C.orange, 1);
    p.rect(11, 18.5, 22, 21.5, C.green, 1);
    p.rect(17, 23, 26, 26, C.blue, 1);
    p.rect(6, 23, 13, 26, C.rose, 1);
  },
};

/** Open the task pane: a window whose right-hand pane is highlighted. */
const pane: Icon = {
  stem: "pane",
  sizes: [16, 32, 64, 80],
  small(p) {
    p.rect(1, 2, 15, 14, C.paper, 1);
    p.rect(9, 2, 15, 14, C.brand, 1);
    p.rect(9, 2, 11, 14, C.brand);
    p.box(1, 2, 15, 14, C.ink, 1, undefined, 1);
    // sheet grid on the left
    p.rect(3, 5, 8, 6, C.grid);
    p.rect(3, 8, 8, 9, C.grid);
    p.rect(3, 11, 8, 12, C.grid);
    // pane content
    p.rect(10, 5, 14, 6, C.paper);
    p.rect(10, 8, 13, 9, C.orange);
    p.rect(10, 11, 14, 12, C.paper);
  },
  large(p) {
    p.rect(2, 5, 30, 27, C.paper, 2);
    p.rect(2, 5, 30, 9.5, C.paperShade, 2);
    p.rect(2, 7, 30, 9.5, C.paperShade);
    // right-hand pane
    p.rect(18, 5, 30, 27, C.brand, 2);
    p.rect(18, 5, 22, 27, C.brand);
    p.box(2, 5, 30, 27, C.ink, 1.5, undefined, 2);
    // sheet rows on the left
    for (const y of [12, 16]) p.rect(5, y, 15, y + 2, C.grid);
    p.rect(5, 20, 11, 22, C.grid);
    // pane content: heading, a month bar, a button
    p.rect(20.5, 8, 27.5, 10, C.paper, 0.5);
    p.rect(20.5, 13, 27.5, 15, C.orange, 0.5);
    p.rect(20.5, 17.5, 25.5, 19.5, C.paper, 0.5);
    p.rect(20.5, 22, 27.5, 24.5, C.paper, 1);
  },
};

/** Create template: a blank plan sheet (header row, grid) with a green "+" badge. */
const template: Icon = {
  stem: "template",
  sizes: [16, 32, 64, 80],
  small(p) {
    p.box(1, 1, 12, 14, C.ink, 1, C.paper, 1);
    p.rect(1, 1, 12, 5, C.brand, 1);
    p.rect(1, 3, 12, 5, C.brand);
    p.rect(2, 7, 11, 8, C.grid);
    p.rect(2, 10, 11, 11, C.grid);
    p.rect(5, 5, 6, 13, C.grid);
    // badge
    p.circle(12, 12, 4, C.paper);
    p.circle(12, 12, 3.5, C.plus);
    p.rect(10, 11.5, 14, 12.5, C.paper);
    p.rect(11.5, 10, 12.5, 14, C.paper);
  },
  large(p) {
    p.box(3, 3, 24, 28, C.ink, 1.5, C.paper, 2);
    p.rect(3, 3, 24, 9, C.brand, 2);
    p.rect(3, 6, 24, 9, C.brand);
    // grid: rows and a first (project name) column
    for (const y of [13, 17.5, 22]) p.rect(4.5, y, 22.5, y + 1, C.grid);
    p.rect(10, 9, 11, 26.5, C.grid);
    p.rect(16, 9, 17, 26.5, C.grid);
    // badge with a plus
    p.circle(23.5, 23.5, 8, C.paper);
    p.circle(23.5, 23.5, 6.75, C.plus);
    p.line(19.5, 23.5, 27.5, 23.5, 2.25, C.paper);
    p.line(23.5, 19.5, 23.5, 27.5, 2.25, C.paper);
  },
};

/** Check the projects: a clipboard (teal clip) with a large green check mark. */
const check: Icon = {
  stem: "check",
  sizes: [16, 32, 64, 80],
  small(p) {
    p.box(2, 2, 14, 15, C.ink, 1, C.paper, 1);
    // clip
    p.rect(5, 1, 11, 4, C.brand, 0.75);
    p.rect(7, 1, 9, 2, C.paper);
    // check mark
    p.line(4.6, 8.8, 7, 11.2, 2.3, C.green);
    p.line(7, 11.2, 11.4, 6.4, 2.3, C.green);
  },
  large(p) {
    p.box(4, 4, 28, 30, C.ink, 1.5, C.paper, 2.5);
    // clip with its hole
    p.rect(10, 1.5, 22, 8, C.brand, 1.5);
    p.rect(10, 5, 22, 8, C.brandDark, 0.5);
    p.circle(16, 3.75, 1.25, C.paper);
    // faint list lines under the mark
    p.rect(8, 25, 24, 26, C.grid);
    // check mark
    p.line(9.5, 16.5, 14, 21, 3.5, C.green);
    p.line(14, 21, 23, 11.5, 3.5, C.green);
  },
};

/**
 * Classify the projects: two tags (orange, blue) dropping into a two-drawer box, i.e.
 * projects sorted into their strategy and แผนงาน.
 */
const classify: Icon = {
  stem: "classify",
  sizes: [16, 32, 64, 80],
  small(p) {
    // the box's back rim, behind the tags
    p.box(1, 7, 15, 11, C.ink, 1, C.paperShade);
    // tags pointing down into it, each with its hole
    const tag = (x0: number, x1: number, color: string) =>
      p.poly(
        [
          [x0, 0.5],
          [x1, 0.5],
          [x1, 7],
          [(x0 + x1) / 2, 10],
          [x0, 7],
        ],
        color,
      );
    tag(2, 7, C.orange);
    tag(9, 14, C.blue);
    p.rect(4, 2, 5, 3, C.paper);
    p.rect(11, 2, 12, 3, C.paper);
    // the front, over the tags' tips, with a label per drawer
    p.box(1, 10, 15, 15, C.ink, 1, C.brand, 1);
    p.rect(3, 12, 6, 13, C.paper);
    p.rect(10, 12, 13, 13, C.paper);
  },
  large(p) {
    // the box's back rim, behind the tags
    p.box(2, 14, 30, 22, C.ink, 1.5, C.paperShade, 1.5);
    const tag = (x0: number, x1: number, color: string) =>
      p.poly(
        [
          [x0, 1.5],
          [x1, 1.5],
          [x1, 14],
          [(x0 + x1) / 2, 20],
          [x0, 14],
        ],
        color,
      );
    tag(4, 14, C.orange);
    tag(18, 28, C.blue);
    p.circle(9, 5.5, 1.5, C.paper);
    p.circle(23, 5.5, 1.5, C.paper);
    // the front, over the tags' tips: two drawers with their labels
    p.box(2, 19, 30, 30, C.ink, 1.5, C.brand, 2);
    p.rect(15.5, 19, 16.5, 30, C.brandDark);
    p.rect(5.5, 23, 12.5, 25.5, C.paper, 0.75);
    p.rect(19.5, 23, 26.5, 25.5, C.paper, 0.75);
  },
};

/**
 * Build the forms (บัญชี ผด.): a printed page, its corner folded, with a title, a table header
 * and the projects' month bars, i.e. the ผด.02 that goes to the printer.
 */
const generate: Icon = {
  stem: "generate",
  sizes: [16, 32, 64, 80],
  small(p) {
    // the page, its top-right corner folded over
    p.poly(
      [
        [2, 1],
        [10, 1],
        [14, 5],
        [14, 15],
        [2, 15],
      ],
      C.ink,
    );
    p.poly(
      [
        [3, 2],
        [9.6, 2],
        [13, 5.4],
        [13, 14],
        [3, 14],
      ],
      C.paper,
    );
    p.poly(
      [
        [10, 1],
        [10, 5],
        [14, 5],
      ],
      C.ink,
    );
    p.poly(
      [
        [10.8, 2.6],
        [10.8, 4.2],
        [12.4, 4.2],
      ],
      C.paperShade,
    );
    // title and table header
    p.rect(4, 3, 8, 4, C.ink);
    p.rect(3, 6, 13, 7, C.brand);
    // month bars
    p.rect(4, 8, 9, 9, C.orange);
    p.rect(7, 10, 12, 11, C.green);
    p.rect(5, 12, 9, 13, C.blue);
  },
  large(p) {
    // the page, its top-right corner folded over (whole-pixel edges at 32 px; 2-unit outline)
    p.poly(
      [
        [4, 1],
        [20, 1],
        [28, 9],
        [28, 31],
        [4, 31],
      ],
      C.ink,
    );
    p.poly(
      [
        [6, 3],
        [22 - 2 * Math.SQRT2, 3], // the diagonal moved in by 2 units
        [26, 7 + 2 * Math.SQRT2],
        [26, 29],
        [6, 29],
      ],
      C.paper,
    );
    p.poly(
      [
        [20, 1],
        [20, 9],
        [28, 9],
      ],
      C.ink,
    );
    p.poly(
      [
        [22, 4.8],
        [22, 7],
        [24.2, 7],
      ],
      C.paperShade,
    );
    // two centred title lines
    p.rect(9, 5, 18, 6.5, C.ink, 0.5);
    p.rect(8, 8.5, 19, 9.5, C.grid);
    // the table: header band, month columns, rows with their bars
    p.rect(7, 11.5, 25, 14, C.brand, 0.5);
    for (const x of [12, 16.5, 21]) p.rect(x, 14, x + 0.5, 27.5, C.grid);
    for (const y of [18.5, 23]) p.rect(7, y, 25, y + 0.5, C.grid);
    p.rect(8, 15.25, 17, 17.75, C.orange, 1);
    p.rect(13, 19.75, 24, 22.25, C.green, 1);
    p.rect(8, 24.25, 13, 26.75, C.blue, 1);
    p.rect(17.5, 24.25, 23, 26.75, C.rose, 1);
  },
};

/** ประกาศ: a notice pinned to a board, with a round seal at its foot (no emblem). */
const announce: Icon = {
  stem: "announce",
  sizes: [16, 32, 64, 80],
  small(p) {
    // the board
    p.rect(1, 2, 15, 15, C.ink, 1);
    p.rect(2, 3, 14, 14, C.orange, 0.5);
    // the notice
    p.rect(4, 4, 12, 14, C.ink);
    p.rect(5, 5, 11, 13, C.paper);
    p.rect(6, 6, 10, 7, C.ink);
    p.rect(6, 8, 10, 8.75, C.grid);
    p.rect(6, 9.5, 10, 10.25, C.grid);
    // the seal
    p.circle(9.5, 11.75, 1.5, C.rose);
    // the pin
    p.circle(8, 3.5, 1.5, C.brand);
  },
  large(p) {
    // the board
    p.rect(2, 4, 30, 30, C.ink, 2);
    p.rect(4, 6, 28, 28, C.orange, 1);
    // the notice
    p.rect(8, 7, 24, 28, C.ink, 0.5);
    p.rect(9.5, 8.5, 22.5, 26.5, C.paper);
    // title and text lines
    p.rect(11.5, 11, 20.5, 12.5, C.ink, 0.5);
    for (const y of [15, 17.5, 20]) p.rect(11.5, y, 20.5, y + 1, C.grid);
    // the seal at its foot, right
    p.circle(19, 23.5, 2.5, C.rose);
    p.circle(19, 23.5, 1.25, C.paper);
    // the pin
    p.circle(16, 6.5, 2.5, C.brand);
  },
};

/**
 * ติดตามผล: a report page with three progress bars (done in green, the rest grey) and a small
 * rising arrow, i.e. how far the year's projects have got.
 */
const track: Icon = {
  stem: "track",
  sizes: [16, 32, 64, 80],
  small(p) {
    p.box(2, 1, 14, 15, C.ink, 1, C.paper, 1);
    for (const [y, done] of [[4, 10], [7.5, 7.5], [11, 5.5]] as const) {
      p.rect(4, y, 12, y + 2, C.grid);
      p.rect(4, y, done, y + 2, C.green);
    }
  },
  large(p) {
    p.box(4, 2, 28, 30, C.ink, 1.5, C.paper, 2.5);
    // the report's title
    p.rect(8, 6, 20, 7.5, C.ink, 0.5);
    // progress bars: how much of each is done
    for (const [y, done] of [[11, 22], [16.5, 17], [22, 12.5]] as const) {
      p.rect(8, y, 24, y + 3, C.grid, 1);
      p.rect(8, y, done, y + 3, C.green, 1);
    }
    // a rising arrow in the corner
    p.line(19, 27.5, 25, 21.5, 1.75, C.blue);
    p.poly([[26.5, 20], [26.5, 25], [21.5, 20]], C.blue);
  },
};

export const ICONS: Icon[] = [app, pane, template, check, classify, generate, announce, track];

// ---------------------------------------------------------------- PNG

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

export function renderIcon(icon: Icon, size: number): Uint8Array {
  const raster = new Raster(size);
  if (size <= 24) icon.small(new Pen(raster, 16));
  else icon.large(new Pen(raster, 32));
  return raster.rgba8();
}

// ---------------------------------------------------------------- preview sheet

/** Icons at the given sizes, magnified (nearest neighbour) on a light and a dark strip. */
function previewSheet(sizes: number[], mag: number): { w: number; h: number; rgba: Uint8Array } {
  const pad = 8;
  const cell = Math.max(...sizes) * mag + pad;
  const w = sizes.length * cell + pad;
  const h = ICONS.length * 2 * cell + pad;
  const out = new Uint8Array(w * h * 4);
  const backgrounds = [
    [0xf3, 0xf3, 0xf3],
    [0x29, 0x29, 0x29],
  ];
  ICONS.forEach((icon, row) => {
    backgrounds.forEach((bg, band) => {
      const top = (row * 2 + band) * cell + pad;
      for (let y = top - pad / 2; y < top + cell - pad / 2 && y < h; y++) {
        for (let x = 0; x < w; x++) {
          const o = (y * w + x) * 4;
          out.set([bg[0], bg[1], bg[2], 255], o);
        }
      }
      sizes.forEach((size, col) => {
        const img = renderIcon(icon, size);
        const left = col * cell + pad;
        for (let y = 0; y < size * mag; y++) {
          for (let x = 0; x < size * mag; x++) {
            const s = (Math.floor(y / mag) * size + Math.floor(x / mag)) * 4;
            const o = ((top + y) * w + left + x) * 4;
            const a = img[s + 3] / 255;
            for (let c = 0; c < 3; c++) out[o + c] = Math.round(img[s + c] * a + bg[c] * (1 - a));
            out[o + 3] = 255;
          }
        }
      });
    });
  });
  return { w, h, rgba: out };
}

// ---------------------------------------------------------------- main

function main(): void {
  const root = join(__dirname, "..");
  const assets = join(root, "assets");
  mkdirSync(assets, { recursive: true });
  for (const icon of ICONS) {
    for (const size of icon.sizes) {
      const file = join(assets, `${icon.stem}-${size}.png`);
      writeFileSync(file, encodePng(size, size, renderIcon(icon, size)));
      console.log(`wrote ${file}`);
    }
  }
  const i = process.argv.indexOf("--preview");
  if (i > 0 && process.argv[i + 1]) {
    const file = process.argv[i + 1];
    const small = process.argv.includes("--small");
    const { w, h, rgba } = small ? previewSheet([16, 32], 8) : previewSheet([16, 32, 64, 80], 3);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, encodePng(w, h, rgba));
    console.log(`wrote ${file}`);
  }
}

main();
