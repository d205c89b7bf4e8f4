import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERDACCIO_BIN = fileURLToPath(new URL('./node_modules/verdaccio/bin/verdaccio', import.meta.url));

/** A free TCP port on the loopback interface. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The registry's configuration: storage in `dir`, listening on 127.0.0.1 only. Our packages
 * (@rubricate/*, rubric-*, @demo/*) are served from local storage only, never proxied; everything
 * else (zod, json-rules-engine …) comes through the one uplink, the public npm registry.
 */
function config(dir: string): string {
  return `storage: ${JSON.stringify(join(dir, 'storage'))}
auth:
  htpasswd:
    file: ${JSON.stringify(join(dir, 'htpasswd'))}
    max_users: 10
uplinks:
  npmjs:
    url: https://registry.npmjs.org/
    timeout: 60s
packages:
  '@rubricate/*':
    access: $all
    publish: $authenticated
  '@demo/*':
    access: $all
    publish: $authenticated
  'rubric-*':
    access: $all
    publish: $authenticated
  '**':
    access: $all
    proxy: npmjs
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`;
}

export interface Registry {
  url: string;
  /** A token of a user made for this run, for `npm publish`. */
  token: string;
  stop(): Promise<void>;
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${url}-/ping`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`verdaccio did not answer within 60 s:\n${output()}`);
}

/** Starts verdaccio with storage in `dir`, and registers a user for publishing. */
export async function startRegistry(dir: string): Promise<Registry> {
  mkdirSync(join(dir, 'storage'), { recursive: true });
  const configPath = join(dir, 'config.yaml');
  writeFileSync(configPath, config(dir));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  let output = '';
  const child = spawn(process.execPath, [VERDACCIO_BIN, '--config', configPath, '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  try {
    await waitUntilUp(url, child, () => output);
    // The CouchDB-style user endpoint that `npm adduser` uses; verdaccio answers with a token.
    const response = await fetch(`${url}-/user/org.couchdb.user:tester`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'tester', password: 'tester-password', type: 'user', roles: [] }),
    });
    const body = (await response.json()) as { token?: string };
    if (!response.ok || !body.token) throw new Error(`could not register a user: ${response.status} ${JSON.stringify(body)}`);
    return { url, token: body.token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
