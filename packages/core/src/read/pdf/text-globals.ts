/**
 * What pdf.js needs from the browser to read text when its optional `@napi-rs/canvas` package is
 * missing (`npm install --omit=optional`, or a platform without a prebuilt canvas): pdf.js's
 * legacy build creates a `DOMMatrix` while it loads (a scale matrix kept for rendering), so without
 * one it fails with `ReferenceError: DOMMatrix is not defined` before any text is read. Reading
 * text never renders, so the 2-D affine part of DOMMatrix is all it takes; with canvas installed
 * pdf.js uses canvas's own and this file does nothing.
 *
 * pdf.js also warns at load (console.warn) that it could not find canvas and cannot polyfill
 * what only rendering uses; on every run of the CLI that is noise about nothing it will do, so
 * those load-time lines, and only those, are dropped while it loads.
 */

/** The 2-D affine subset of DOMMatrix: [a c e; b d f; 0 0 1], with the methods pdf.js calls. */
export class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  readonly is2D = true;

  /** From nothing (identity), six numbers [a, b, c, d, e, f], or sixteen (a 4×4 matrix in column order), or another matrix. */
  constructor(init?: ArrayLike<number> | AffineMatrix) {
    if (init instanceof AffineMatrix) this.set(init.a, init.b, init.c, init.d, init.e, init.f);
    else if (init && init.length === 6) this.set(init[0] ?? 1, init[1] ?? 0, init[2] ?? 0, init[3] ?? 1, init[4] ?? 0, init[5] ?? 0);
    else if (init && init.length === 16) this.set(init[0] ?? 1, init[1] ?? 0, init[4] ?? 0, init[5] ?? 1, init[12] ?? 0, init[13] ?? 0);
    else if (init && init.length !== 0) throw new TypeError('DOMMatrix takes 6 or 16 numbers');
  }

  get m11(): number { return this.a; }
  get m12(): number { return this.b; }
  get m21(): number { return this.c; }
  get m22(): number { return this.d; }
  get m41(): number { return this.e; }
  get m42(): number { return this.f; }
  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  private set(a: number, b: number, c: number, d: number, e: number, f: number): this {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.e = e;
    this.f = f;
    return this;
  }

  /** this = this × other. */
  multiplySelf(other: ArrayLike<number> | AffineMatrix = []): this {
    const o = other instanceof AffineMatrix ? other : new AffineMatrix(other);
    return this.set(
      this.a * o.a + this.c * o.b,
      this.b * o.a + this.d * o.b,
      this.a * o.c + this.c * o.d,
      this.b * o.c + this.d * o.d,
      this.a * o.e + this.c * o.f + this.e,
      this.b * o.e + this.d * o.f + this.f,
    );
  }

  /** this = other × this. */
  preMultiplySelf(other: ArrayLike<number> | AffineMatrix = []): this {
    const product = new AffineMatrix(other).multiplySelf(this);
    return this.set(product.a, product.b, product.c, product.d, product.e, product.f);
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf([1, 0, 0, 1, tx, ty]);
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf([sx, 0, 0, sy, 0, 0]);
  }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (det === 0 || !Number.isFinite(det)) return this.set(NaN, NaN, NaN, NaN, NaN, NaN);
    return this.set(
      this.d / det,
      -this.b / det,
      -this.c / det,
      this.a / det,
      (this.c * this.f - this.d * this.e) / det,
      (this.b * this.e - this.a * this.f) / det,
    );
  }

  multiply(other?: ArrayLike<number> | AffineMatrix): AffineMatrix {
    return new AffineMatrix(this).multiplySelf(other);
  }

  translate(tx?: number, ty?: number): AffineMatrix {
    return new AffineMatrix(this).translateSelf(tx, ty);
  }

  scale(sx?: number, sy?: number): AffineMatrix {
    return new AffineMatrix(this).scaleSelf(sx, sy);
  }

  inverse(): AffineMatrix {
    return new AffineMatrix(this).invertSelf();
  }

  transformPoint(point: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
    const x = point.x ?? 0;
    const y = point.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }
}

// pdf.js's load-time notes when canvas is missing; nothing else is filtered.
const CANVAS_NOTES = /^Warning: (Cannot load "@napi-rs\/canvas"|Cannot polyfill `(DOMMatrix|ImageData|Path2D)`)/;

/**
 * Runs `load` (pdf.js's import) with a `DOMMatrix` in place when the host has none, and without
 * pdf.js's notes about the missing canvas on stdout. A host's own DOMMatrix is left alone.
 */
export async function withTextGlobals<T>(load: () => Promise<T>): Promise<T> {
  const globals = globalThis as { DOMMatrix?: unknown };
  globals.DOMMatrix ??= AffineMatrix;
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && CANVAS_NOTES.test(args[0])) return;
    warn(...args);
  };
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}
