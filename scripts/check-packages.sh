#!/usr/bin/env bash
# Release checks for the published packages: builds each, then runs publint (package.json fields,
# exports, files) and @arethetypeswrong/cli (types resolve under node10, node16 ESM/CJS, bundler).
# Both tools are devDependencies of @rubricate/pack. Exit status: non-zero when any check fails.
# Usage: bash scripts/check-packages.sh [package-dir …]   (default: core cli diff pack)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$ROOT/packages/pack/node_modules/.bin"
PACKAGES=("$@")
if [ ${#PACKAGES[@]} -eq 0 ]; then PACKAGES=(core cli diff pack); fi

failed=()
warned=()
for name in "${PACKAGES[@]}"; do
  dir="$ROOT/packages/$name"
  echo "=== @rubricate/$name"
  if ! (cd "$ROOT" && pnpm --filter "./packages/$name" build >/tmp/check-packages-build-$name.log 2>&1); then
    echo "build failed (log: /tmp/check-packages-build-$name.log)"
    failed+=("$name:build")
    continue
  fi
  # publint reads the package as npm would pack it.
  if ! (cd "$dir" && "$BIN/publint" --strict); then failed+=("$name:publint"); fi
  # attw --pack runs `npm pack` and checks every entry point's types; workspace: ranges in
  # dependencies are irrelevant to type resolution. The packages require Node >= 20.19, which reads
  # `exports`; TypeScript's legacy node10 resolution does not, so a subpath export can fail there
  # alone. That is reported as a warning (users on moduleResolution "node" would be affected), not a
  # failure; a failure under node16 or bundler resolution fails the check.
  if ! (cd "$dir" && "$BIN/attw" --pack . --format table-flipped); then
    if (cd "$dir" && "$BIN/attw" --pack . --profile node16 --format table-flipped >/dev/null); then
      echo "WARNING: @rubricate/$name: types do not resolve under node10 (moduleResolution \"node\") only; see the table above"
      warned+=("$name:attw-node10")
    else
      failed+=("$name:attw")
    fi
  fi
done

if [ ${#warned[@]} -gt 0 ]; then echo "Warnings: ${warned[*]}"; fi

if [ ${#failed[@]} -gt 0 ]; then
  echo "Failed: ${failed[*]}"
  exit 1
fi
echo "All package checks passed: ${PACKAGES[*]}"
