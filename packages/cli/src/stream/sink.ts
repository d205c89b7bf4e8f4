import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { say } from '../i18n/messages.js';
import { CliFailure } from '../io/failure.js';
import { ExitCode, type Io } from '../io/types.js';

/** Where streamed output goes: standard output through `io`, or a file written piece by piece. */
export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

function unwritable(path: string, error: unknown): CliFailure {
  return new CliFailure(ExitCode.usage, [say('fileUnwritable', path, error instanceof Error ? error.message : String(error))]);
}

/** A CSV file gets a byte-order mark, as `score` writes it, so that Excel reads it as UTF-8. */
export async function openSink(io: Io, out: string | undefined, csv: boolean): Promise<Sink> {
  if (out === undefined) {
    return { write: async (text) => io.stdout(text), close: async () => undefined };
  }
  let stream: WriteStream;
  let failure: unknown;
  try {
    stream = createWriteStream(out);
    stream.on('error', (e) => (failure = e));
    await once(stream, 'open');
  } catch (error) {
    throw unwritable(out, error);
  }
  const check = (): void => {
    if (failure !== undefined) throw unwritable(out, failure);
  };
  if (csv) stream.write('\uFEFF');
  return {
    async write(text) {
      check();
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close() {
      check();
      stream.end();
      await once(stream, 'finish');
      check();
    },
  };
}
