import type { BorderKind, CellStyle, RangeFormat } from "../core/sheetSpec";

/** A cell's style after every rectangle covering it has been laid on, borders per edge. */
export interface ResolvedStyle extends Omit<CellStyle, "border" | "outline"> {
  readonly top?: BorderKind;
  readonly bottom?: BorderKind;
  readonly left?: BorderKind;
  readonly right?: BorderKind;
}

/**
 * Lays the spec's rectangles on top of each other, later ones winning property by property,
 * the way Excel applies successive range formats. For adapters that can only style cells.
 */
export function resolveCellStyles(formats: readonly RangeFormat[]): Map<number, Map<number, ResolvedStyle>> {
  const grid = new Map<number, Map<number, ResolvedStyle>>();
  for (const { range, style } of formats) {
    const { border, outline, ...plain } = style;
    for (let r = range.row; r < range.row + range.rows; r++) {
      let line = grid.get(r);
      if (!line) grid.set(r, (line = new Map()));
      for (let c = range.col; c < range.col + range.cols; c++) {
        const next: { -readonly [K in keyof ResolvedStyle]: ResolvedStyle[K] } = { ...line.get(c), ...plain };
        if (border) next.top = next.bottom = next.left = next.right = border;
        if (outline) {
          if (r === range.row) next.top = outline;
          if (r === range.row + range.rows - 1) next.bottom = outline;
          if (c === range.col) next.left = outline;
          if (c === range.col + range.cols - 1) next.right = outline;
        }
        line.set(c, next);
      }
    }
  }
  return grid;
}
