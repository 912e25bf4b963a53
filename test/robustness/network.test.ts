/**
 * No network: reading PDFs (pdf.js) never calls `fetch`, never opens a socket or resolves a name,
 * and pdf.js is given the bytes with font loading, eval and worker fetches off. OCR of a scan
 * (tesseract.js, which downloads its model and core from a CDN unless told otherwise) runs in a
 * thread of its own: it is checked in a child process whose every thread refuses the network.
 */
import { execFile } from 'node:child_process';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isPlanError, readDocument } from '@plan-extract/core';
import { ROOT } from './helpers.js';

const calls: string[] = [];
const seenOptions: Array<Record<string, unknown>> = [];

// Record what the reader hands pdf.js (the mock wraps the real module).
vi.mock('../../packages/core/node_modules/pdfjs-dist/legacy/build/pdf.mjs', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../packages/core/node_modules/pdfjs-dist/legacy/build/pdf.mjs')>();
  return {
    ...real,
    getDocument: (params: Parameters<typeof real.getDocument>[0]) => {
      seenOptions.push({ ...(params as Record<string, unknown>) });
      return real.getDocument(params);
    },
  };
});

const PDFS = [
  'fixtures/corpus/bac-kan-2026-action-month.pdf',
  'fixtures/corpus/chi-lang-2025-annual.pdf',
  'fixtures/corpus/ha-lang-2025-action-month.pdf',
  'fixtures/pdf/layout.pdf',
  'fixtures/broken/scan.pdf',
  'fixtures/broken/encrypted.pdf',
  'fixtures/broken/truncated.pdf',
];

describe('reading PDFs stays offline', () => {
  beforeAll(() => {
    const refuse = (what: string) => (...args: unknown[]) => {
      calls.push(`${what} ${String(args[0] instanceof Object && 'href' in (args[0] as object) ? (args[0] as URL).href : JSON.stringify(args[0]))}`);
      throw new Error(`network use in a test: ${what}`);
    };
    vi.stubGlobal('fetch', refuse('fetch'));
    vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(refuse('net.Socket.connect') as never);
    vi.spyOn(http, 'request').mockImplementation(refuse('http.request') as never);
    vi.spyOn(https, 'request').mockImplementation(refuse('https.request') as never);
    vi.spyOn(dns, 'lookup').mockImplementation(refuse('dns.lookup') as never);
  });
  afterAll(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('has its traps set (a fetch or a socket would be caught)', () => {
    expect(() => fetch('http://example.invalid/font.ttf')).toThrow(/network use/);
    expect(() => new net.Socket().connect(80, 'example.invalid')).toThrow(/network use/);
    expect(calls).toHaveLength(2);
    calls.length = 0;
  });

  it('reads every PDF without fetch, sockets or DNS', async () => {
    for (const pdf of PDFS) {
      try {
        await readDocument(join(ROOT, pdf));
      } catch (error) {
        if (!isPlanError(error)) throw error;
      }
    }
    expect(calls).toEqual([]);
    // The mock saw every read (the options test below covers them all); scan.pdf, which has no text,
    // is opened a second time with stopAtErrors to tell a scan from a damaged file.
    expect(seenOptions).toHaveLength(PDFS.length + 1);
  });

  it('hands pdf.js the bytes, with fonts, eval and fetches off', () => {
    expect(seenOptions.length).toBeGreaterThan(0);
    for (const options of seenOptions) {
      expect(options['data']).toBeInstanceOf(Uint8Array);
      expect(options['url']).toBeUndefined();
      expect(options).toMatchObject({ disableFontFace: true, isEvalSupported: false, disableAutoFetch: true, disableStream: true });
      expect(options['useWorkerFetch']).not.toBe(true);
      for (const key of ['standardFontDataUrl', 'cMapUrl', 'wasmUrl', 'iccUrl']) {
        const value = options[key];
        expect(value === undefined || !/^(https?|ftp):/i.test(String(value)), `${key}=${String(value)}`).toBe(true);
      }
    }
  });
});

describe('OCR of a scanned plan stays offline, in every thread', () => {
  const GUARD = join(ROOT, 'test/robustness/no-network.mjs');
  const CLI = join(ROOT, 'packages/cli/bin/plan-extract.js');
  // Asynchronous on purpose: a blocking spawn starves vitest's worker of its heartbeat.
  const node = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', GUARD, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });

  it('has its traps set in worker threads too', async () => {
    const script = [
      "const { Worker } = await import('node:worker_threads');",
      "const code = 'try { await fetch(\"https://cdn.jsdelivr.net/npm/@tesseract.js-data/vie\") } catch {}';",
      "const w = new Worker(new URL('data:text/javascript,' + encodeURIComponent(code)));",
      "await new Promise((r) => w.on('exit', r));",
    ].join('\n');
    const run = await node(['--input-type=module', '-e', script]);
    expect(run.stderr).toContain('NETWORK-GUARD thread 1');
    expect(run.stderr).toContain('NETWORK-ATTEMPT fetch');
  });

  it('validates a scan (the CLI, OCR engine, Vietnamese model) without any network attempt', async () => {
    const run = await node([CLI, 'validate', join(ROOT, 'fixtures/scans/ha-lang-scan.pdf'), '--format', 'json', '--timeout', '600', '--lang', 'en']);
    expect(run.stderr).not.toContain('NETWORK-ATTEMPT');
    // The guard reached the threads tesseract.js started (the recogniser and the orientation detector).
    expect(run.stderr.match(/NETWORK-GUARD thread \d+/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    const report = JSON.parse(run.stdout) as { files: Array<{ status: string; findings: Array<{ ruleId: string; severity: string; message: string }> }> };
    const findings = report.files[0]?.findings ?? [];
    expect(findings.find((f) => f.ruleId === 'read/ocr')).toMatchObject({ severity: 'info', message: expect.stringMatching(/^read by OCR: pages 1–3 \(mean word confidence \d+ %; pages 2–3 scanned turned, read upright\)$/) });
    expect(findings.filter((f) => f.ruleId.startsWith('document/'))).toEqual([]);
  }, 900_000);
});
