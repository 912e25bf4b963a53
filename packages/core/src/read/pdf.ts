import { PlanError } from '../errors.js';
import type { ReadOptions } from './options.js';
import type { RawDocument } from './raw.js';

export async function readPdf(_bytes: Uint8Array, options: ReadOptions): Promise<RawDocument> {
  throw new PlanError('E_UNSUPPORTED', 'PDF reading is not built yet', options.path ?? null);
}
