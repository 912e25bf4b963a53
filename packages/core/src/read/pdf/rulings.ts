/**
 * Ruling lines: the horizontal and vertical strokes a bordered table is drawn with, taken from a
 * pdf.js operator list. Text positions alone cannot tell a cell that wraps from the next row, or
 * two tight cells from one; the borders can.
 *
 * pdf.js (v5) hands paths over as `constructPath` operations, `[paintOp, [path], bbox]`, in the user
 * space of the moment: the current transformation is kept here from `save`/`restore`/`transform`
 * and form XObjects. Reading the operator list costs about as much again as the text layer, so the
 * reader asks for it only on pages whose text looks like a table (`mayHoldTable` in layout.ts).
 */

/** An axis-aligned stroke, `x0 <= x1`, `y0 <= y1`, in points: horizontal when `y0 === y1`, else vertical. */
export interface Ruling {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The pdf.js operator codes read here (pdf.js's `OPS`, passed in so this module needs no pdf.js). */
export interface RulingOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** pdf.js's `DrawOPS`, the codes inside a `constructPath` path (not exported by pdf.js). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** Longest side of a filled rectangle drawn as a line (Word draws some borders as thin filled boxes). */
const THIN = 2;
/** Shortest ruling kept, in points: shorter strokes are glyph parts, underlines of a letter, ticks. */
const MIN_LENGTH = 4;
/** How far off the axis a ruling may lean, in points over its length. */
const SLANT = 0.5;

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: readonly number[]): Matrix => {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = n;
  return [a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2], c * m[1] + d * m[3], e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5]];
};

/**
 * More strokes than this on a page make a drawing (a chart, a map, a scanned signature traced as
 * vectors), not a table: the page is then read without rulings, which keeps the table search cheap.
 */
export const MAX_RULINGS = 2000;

/** The rulings of a page from its operator list, in the page's user space (the space of its text items); none past `MAX_RULINGS`. */
export function rulingsFromOperatorList(list: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> }, ops: RulingOps): Ruling[] {
  const stroking = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const filling = new Set([ops.fill, ops.eoFill]);
  const out: Ruling[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const point = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
  const add = (p: [number, number], q: [number, number]) => {
    const dx = Math.abs(p[0] - q[0]);
    const dy = Math.abs(p[1] - q[1]);
    if (dy <= SLANT && dx >= MIN_LENGTH) out.push({ x0: Math.min(p[0], q[0]), x1: Math.max(p[0], q[0]), y0: (p[1] + q[1]) / 2, y1: (p[1] + q[1]) / 2 });
    else if (dx <= SLANT && dy >= MIN_LENGTH) out.push({ x0: (p[0] + q[0]) / 2, x1: (p[0] + q[0]) / 2, y0: Math.min(p[1], q[1]), y1: Math.max(p[1], q[1]) });
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0] as ArrayLike<number> | null | undefined;
      if (matrix && matrix.length === 6) ctm = multiply(ctm, Array.from(matrix));
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const path = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      if (!path) continue;
      if (stroking.has(paint)) strokes(path, point, add);
      else if (filling.has(paint)) thinBoxes(path, point, add);
      if (out.length > MAX_RULINGS) return [];
    }
  }
  return out;
}

/** Every straight piece of a stroked path. */
function strokes(path: ArrayLike<number>, point: (x: number, y: number) => [number, number], add: (p: [number, number], q: [number, number]) => void): void {
  let at: [number, number] | null = null;
  let start: [number, number] | null = null;
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === MOVE_TO) {
      at = start = point(path[i] as number, path[i + 1] as number);
      i += 2;
    } else if (op === LINE_TO) {
      const to = point(path[i] as number, path[i + 1] as number);
      if (at) add(at, to);
      at = to;
      i += 2;
    } else if (op === CURVE_TO) {
      at = point(path[i + 4] as number, path[i + 5] as number);
      i += 6;
    } else if (op === QUADRATIC_CURVE_TO) {
      at = point(path[i + 2] as number, path[i + 3] as number);
      i += 4;
    } else if (op === CLOSE_PATH) {
      if (at && start) add(at, start);
      at = start;
    } else {
      return; // an unknown code: the rest cannot be parsed
    }
  }
}

/** Filled subpaths that are thin axis-aligned boxes, read as the line along their long side. */
function thinBoxes(path: ArrayLike<number>, point: (x: number, y: number) => [number, number], add: (p: [number, number], q: [number, number]) => void): void {
  let corners: [number, number][] = [];
  const flush = () => {
    if (corners.length >= 4 && corners.length <= 5) {
      const xs = corners.map((c) => c[0]);
      const ys = corners.map((c) => c[1]);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      // Only boxes: every corner on the bounding box's corners.
      const boxy = corners.every((c) => (Math.abs(c[0] - x0) < 0.5 || Math.abs(c[0] - x1) < 0.5) && (Math.abs(c[1] - y0) < 0.5 || Math.abs(c[1] - y1) < 0.5));
      if (boxy && y1 - y0 <= THIN && x1 - x0 > y1 - y0) add([x0, (y0 + y1) / 2], [x1, (y0 + y1) / 2]);
      else if (boxy && x1 - x0 <= THIN && y1 - y0 > x1 - x0) add([(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1]);
    }
    corners = [];
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === MOVE_TO) {
      flush();
      corners.push(point(path[i] as number, path[i + 1] as number));
      i += 2;
    } else if (op === LINE_TO) {
      corners.push(point(path[i] as number, path[i + 1] as number));
      i += 2;
    } else if (op === CURVE_TO) {
      corners = [];
      i += 6;
    } else if (op === QUADRATIC_CURVE_TO) {
      corners = [];
      i += 4;
    } else if (op === CLOSE_PATH) {
      flush();
    } else {
      return;
    }
  }
  flush();
}
