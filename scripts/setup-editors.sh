#!/usr/bin/env bash
# Installs the editors whose kehoach recipes (examples/editors/) the tests run, from Debian's packages:
# Neovim (test/editors/neovim.test.ts) and Emacs without X with eglot (test/editors/emacs.test.ts;
# eglot is built into Emacs 29, a separate package, elpa-eglot, for Debian 12's Emacs 28). Helix has no
# Debian package: its recipe is not run. An editor the archive does not have is reported and skipped,
# and its test skips too. Idempotent: a second run installs nothing.
#   SKIP_APT=1   install nothing, only report what is there (for a machine set up otherwise)
set -euo pipefail

available() { [ -n "$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p' | grep -v '(none)')" ]; }
has_eglot() { emacs --batch --eval '(kill-emacs (if (require (quote eglot) nil t) 0 1))' >/dev/null 2>&1; }

wanted=()
command -v nvim >/dev/null 2>&1 || wanted+=(neovim)
command -v emacs >/dev/null 2>&1 || wanted+=(emacs-nox)
if ! command -v emacs >/dev/null 2>&1 || ! has_eglot; then wanted+=(elpa-eglot); fi

if [ "${#wanted[@]}" -gt 0 ] && [ "${SKIP_APT:-0}" != "1" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # The package lists are fetched once: only when apt has none yet, or a package is not found in them.
  if ! ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1; then $sudo apt-get update -qq; fi
  need=()
  for p in "${wanted[@]}"; do available "$p" && need+=("$p"); done
  if [ "${#need[@]}" -lt "${#wanted[@]}" ]; then
    $sudo apt-get update -qq
    need=()
    for p in "${wanted[@]}"; do
      if available "$p"; then need+=("$p"); else echo "setup-editors: $p: not in this Debian archive (Emacs 29 and later carry eglot; otherwise the recipe's test skips)" >&2; fi
    done
  fi
  [ "${#need[@]}" -eq 0 ] || $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
elif [ "${#wanted[@]}" -gt 0 ]; then
  echo "setup-editors: missing ${wanted[*]} (SKIP_APT=1: not installing)" >&2
fi

# Missing editors are not an error: their tests skip. Say what there is.
if command -v nvim >/dev/null 2>&1; then echo "setup-editors: nvim: $(nvim --version | head -n 1)"; else echo "setup-editors: nvim: MISSING (its test skips)" >&2; fi
if command -v emacs >/dev/null 2>&1; then
  eglot="without eglot (its test skips)"
  has_eglot && eglot="with eglot"
  echo "setup-editors: emacs: $(emacs --version | head -n 1), $eglot"
else
  echo "setup-editors: emacs: MISSING (its test skips)" >&2
fi
echo "setup-editors: helix: no Debian package, recipe not run"
exit 0
