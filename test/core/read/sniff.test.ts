import { describe, expect, it } from 'vitest';
import { sniffFormat } from '@plan-extract/core';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('sniffFormat', () => {
  it('finds PDF by its signature, even after leading junk when objects follow', () => {
    expect(sniffFormat(new TextEncoder().encode('%PDF-1.7\n...')).format).toBe('pdf');
    expect(sniffFormat(new TextEncoder().encode('\n\n  %PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')).format).toBe('pdf');
  });
  // A text plan that mentions the signature is text: "%PDF-" alone anywhere in the first KiB made it a corrupt PDF.
  it('reads a text that mentions "%PDF-1.7" in its first lines as text', () => {
    expect(sniffFormat(new TextEncoder().encode('KẾ HOẠCH\nGhi chú: gửi bản %PDF-1.7 (PDF/A) và bản Word.\n')).format).toBe('text');
    expect(sniffFormat(new TextEncoder().encode('\n\n  %PDF-1.4\n')).format).toBe('text');
  });
  it('refuses images and archives with a reason', () => {
    const png = sniffFormat(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a));
    expect(png.format).toBe('unsupported');
    expect(png.reason).toMatch(/PNG/);
    expect(sniffFormat(bytes(0x50, 0x4b, 0x03, 0x04, 0, 0, 0)).reason).toMatch(/not a Word document/);
  });
  it('takes UTF-8, BOMs and UTF-16 as text', () => {
    expect(sniffFormat(new TextEncoder().encode('Kế hoạch số 1420/KH-UBND')).format).toBe('text');
    expect(sniffFormat(bytes(0xef, 0xbb, 0xbf, 0x4b)).format).toBe('text');
    expect(sniffFormat(new Uint8Array(Buffer.from('Kế hoạch', 'utf16le'))).format).toBe('text');
  });
  it('refuses binary noise', () => {
    expect(sniffFormat(bytes(0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x9f, 0x00, 0x13)).format).toBe('unsupported');
  });
});
