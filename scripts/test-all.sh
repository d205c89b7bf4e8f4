#!/usr/bin/env bash
# The whole test suite, as `npm test` runs it after set-up. Each step prints its own summary;
# the script stops at the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$1"; }

step "Chromium for browser tests"
bash scripts/ensure-chromium.sh

step "Type check"
pnpm -r --workspace-concurrency=1 typecheck

step "Unit, property and fixture tests"
pnpm -r --workspace-concurrency=1 test

if [ -f apps/editor/package.json ]; then
  step "Editor end-to-end tests (Chromium)"
  pnpm --filter @rubricate/editor test:e2e
  step "Storybook build"
  pnpm --filter @rubricate/editor build-storybook
fi

step "The README's example, run as written"
node scripts/check-readme.mjs

step "Documentation site build (fails on dead links)"
pnpm --filter @rubricate/docs build

if [ -f scripts/check-packages.sh ]; then
  step "Package checks (publint, attw)"
  bash scripts/check-packages.sh
fi

step "Browser bundle of the core within its size budget"
pnpm --filter @rubricate/bench size

step "Publish to a local registry (verdaccio on 127.0.0.1), install elsewhere, score"
pnpm --filter @rubricate/pack test:registry

step "Done"
echo "all test steps passed"
