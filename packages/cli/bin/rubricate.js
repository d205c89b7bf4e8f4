#!/usr/bin/env node
// Exit codes 0–3 are the CLI's contract; a crash must not look like one of them (node would exit 1,
// "invalid rubric"), so it exits 70 (EX_SOFTWARE) with the stack on standard error.
try {
  const { main, nodeIo } = await import('../dist/index.js');
  process.exitCode = await main(process.argv.slice(2), nodeIo(), { env: process.env, helpWidth: process.stdout.columns });
} catch (error) {
  process.stderr.write(`rubricate: 内部错误 / internal error\n${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 70;
}
