#!/usr/bin/env node
import { main, nodeIo } from '../dist/index.js';

process.exitCode = await main(process.argv.slice(2), nodeIo(), {
  env: process.env,
  helpWidth: process.stdout.columns,
});
