#!/usr/bin/env bash
# System packages the tests drive: Debian's Chromium (site tests, via playwright-core; nothing downloads a
# browser) and tmux (the terminal app's interactive test). Installs them on Debian as root; otherwise says
# what to install.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[[ -x "$CHROMIUM" ]] || missing+=(chromium)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "== system packages: chromium ($("$CHROMIUM" --version 2>/dev/null | head -1)), $(tmux -V)"
  exit 0
fi
if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
  echo "== installing ${missing[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The tests need: ${missing[*]}. Install them (Debian/Ubuntu: sudo apt-get install -y ${missing[*]})." >&2
  echo "Chromium may also be given as CHROMIUM_PATH=/path/to/chromium." >&2
  exit 1
fi
