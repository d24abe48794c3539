/** Limits and sizes Excel imposes or defaults to. */

export const MAX_ROWS = 1_048_576;

export const MAX_COLS = 16_384;

/** Excel on the web rejects requests and responses above 5 MB. */
export const FAKE_PAYLOAD_LIMIT_BYTES = 5_000_000;

/** Roughly what one serialized action costs in an Office.js request besides its arguments. */
export const ACTION_OVERHEAD_BYTES = 80;

/** Excel returns nothing useful for reads of more cells than this. */
export const MAX_CELLS_PER_READ = 5_000_000;

/** Guard against formatting whole columns cell by cell, which this sparse fake cannot afford. */
export const MAX_CELLS_PER_FORMAT = 2_000_000;

export const DEFAULT_COLUMN_WIDTH_PT = 48;

export const DEFAULT_ROW_HEIGHT_PT = 15;

export const NO_FILL = "#FFFFFF";
