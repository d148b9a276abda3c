#!/usr/bin/env bash
# Installs whatever this machine lacks to build and test the tour (idempotent; fast when all is there):
# the wasm target, trunk 0.21, wasm-bindgen-cli at Cargo.lock's version, npm packages (Playwright,
# binaryen's wasm-opt), wasm-split-cli, Debian's Chromium, CJK/Thai fonts for screenshots, and brotli.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
sudo_if() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

rustup target list --installed | grep -q '^wasm32-unknown-unknown$' || {
  say "adding the wasm32-unknown-unknown target"; rustup target add wasm32-unknown-unknown; }

if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "installing trunk 0.21 (takes ~9 minutes on 2 cores)"
  cargo install --locked trunk --version '^0.21'
fi

bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen" ]; then
  say "installing wasm-bindgen-cli $bindgen (takes ~5 minutes)"
  cargo install wasm-bindgen-cli --version "$bindgen" --force
fi

# wasm-split-cli: splits the release wasm into modules loaded on demand (scripts/split-wasm.sh).
if ! cargo install --list | grep -q '^wasm_split_cli_support v0\.2\.4:'; then
  say "installing wasm-split-cli 0.2.4 (takes ~2 minutes)"
  cargo install --locked wasm_split_cli_support --version 0.2.4 --features build-binary
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v brotli >/dev/null || missing+=(brotli)
# grep reads all of fc-list's output (no -q): with pipefail, an early exit would fail the pipe.
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || missing+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -i 'Loma\|Garuda\|TlwgTypo' >/dev/null || missing+=(fonts-thai-tlwg)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  sudo_if apt-get update -qq
  sudo_if env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -x node_modules/.bin/playwright ] || [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (Playwright without its browser download, binaryen)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
say "ready: $(trunk --version), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), wasm-split-cli 0.2.4, wasm-opt $(wasm-opt --version | awk '{print $3}'), $(chromium --version)"
