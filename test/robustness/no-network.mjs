/**
 * Preloaded with `node --import` into a process under test (test/robustness/network.test.ts):
 * every network entry point refuses, in every thread — worker threads inherit `--import`, so the
 * OCR engine's thread is covered too. A refusal is written to stderr as `NETWORK-ATTEMPT <what>`
 * (and thrown); each thread says `NETWORK-GUARD <thread>` when the guard is set, so the test can
 * see that it reached the engine's thread.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { isMainThread, threadId } from 'node:worker_threads';

const refuse = (what) =>
  function refused() {
    process.stderr.write(`NETWORK-ATTEMPT ${what}\n`);
    throw new Error(`network use refused: ${what}`);
  };

globalThis.fetch = refuse('fetch');
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
tls.connect = refuse('tls.connect');
http.request = http.get = refuse('http.request');
https.request = https.get = refuse('https.request');
dns.lookup = refuse('dns.lookup');
dns.resolve = refuse('dns.resolve');
dns.promises.lookup = refuse('dns.promises.lookup');
process.stderr.write(`NETWORK-GUARD ${isMainThread ? 'main' : `thread ${threadId}`}\n`);
