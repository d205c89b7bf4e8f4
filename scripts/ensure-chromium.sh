#!/usr/bin/env bash
# Makes sure Debian's chromium is installed (for the editor's browser tests and screenshots) and
# that a Chinese font is present, so pages render Chinese text instead of empty boxes.
# Installs only what is missing; running it again does nothing. Needs root (or password-less sudo).
set -euo pipefail

run() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n env DEBIAN_FRONTEND=noninteractive "$@"
  else
    echo "ensure-chromium: cannot install $* (not root, no sudo)" >&2
    exit 1
  fi
}

export DEBIAN_FRONTEND=noninteractive
packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]; then
  packages+=(fonts-wqy-microhei)
fi

if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi

run apt-get update
run apt-get install -y "${packages[@]}"
test -x /usr/bin/chromium
echo "ensure-chromium: installed ${packages[*]}"
