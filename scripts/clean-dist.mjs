// Empties a package's dist/ before tsc writes it: tsc never deletes the output of a source file
// that is gone, and a stale file would ship in the package with a source map pointing at nothing.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
