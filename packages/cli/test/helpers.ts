import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/io/types.js';

/** A fixture file's path. */
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** An Io over in-memory files (falling back to the real disk for fixtures), recording what is printed. */
export interface MemoryIo extends Io {
  out: () => string;
  err: () => string;
  written: Map<string, string | Uint8Array>;
}

export function memoryIo(files: Record<string, string | Uint8Array> = {}): MemoryIo {
  let out = '';
  let err = '';
  const written = new Map<string, string | Uint8Array>();
  return {
    async readFile(path) {
      const file = files[path];
      if (file !== undefined) return typeof file === 'string' ? new TextEncoder().encode(file) : file;
      return new Uint8Array(await readFile(path));
    },
    async writeFile(path, data) {
      if (path.startsWith('/nonexistent/')) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      written.set(path, data);
    },
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    out: () => out,
    err: () => err,
    written,
  };
}

/** The mini rubric as an object, to derive broken variants from. */
export async function miniRubric(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(fixture('mini-star.json'), 'utf8')) as Record<string, unknown>;
}
