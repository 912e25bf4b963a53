#!/usr/bin/env node
// The CLI entry: everything lives in ../dist (built by the set-up command).
import { execute } from '../dist/main.js';

process.exitCode = await execute(process.argv.slice(2));
