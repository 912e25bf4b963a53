import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocument } from '@plan-extract/core';
import { keepingBuiltins } from '../../../packages/core/src/read/pdf/builtins.js';

const PLAN = fileURLToPath(new URL('../../../fixtures/corpus/ly-son-2025-annual.pdf', import.meta.url));

describe('keepingBuiltins', () => {
  it('puts back a native function the load replaced and keeps what it only added', async () => {
    const native = String.prototype.trim;
    const proto = String.prototype as unknown as Record<string, unknown>;
    try {
      const { value, restored } = await keepingBuiltins(async () => {
        proto['trim'] = function trim(this: string) {
          return `polyfilled ${this}`;
        };
        proto['planExtractAdded'] = () => 'added';
        return 42;
      });
      expect(value).toBe(42);
      expect(restored).toEqual(['String.prototype.trim']);
      expect(String.prototype.trim).toBe(native);
      expect(' a '.trim()).toBe('a');
      expect(proto['planExtractAdded']).toBeTypeOf('function');
    } finally {
      String.prototype.trim = native;
      delete proto['planExtractAdded'];
    }
  });

  it('leaves a function that was not native before alone', async () => {
    const proto = Array.prototype as unknown as Record<string, unknown>;
    proto['planExtractOwn'] = () => 1;
    const replacement = () => 2;
    try {
      const { restored } = await keepingBuiltins(async () => {
        proto['planExtractOwn'] = replacement;
      });
      expect(restored).toEqual([]);
      expect(proto['planExtractOwn']).toBe(replacement);
    } finally {
      delete proto['planExtractOwn'];
    }
  });
});

describe('reading a PDF', () => {
  it("leaves the host's Array.prototype.push and JSON as they were (pdf.js's legacy build replaces them)", async () => {
    const before = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    const { value: doc } = await readDocument(new Uint8Array(readFileSync(PLAN)), { path: PLAN });
    expect(doc.text).toContain('KẾ HOẠCH');
    expect({ push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify }).toEqual(before);
    // pdf.js still has what its build adds for older engines.
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function');
  });
});
