import { readFile, writeFile } from 'node:fs/promises';
import type { Io } from './types.js';

/** The real file system and console, as used by the `rubricate` binary. */
export function nodeIo(): Io {
  return {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}
