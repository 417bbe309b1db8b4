#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core; nothing downloads a browser.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ -x "$CHROMIUM" ]]; then
  echo "== chromium: $("$CHROMIUM" --version 2>/dev/null || echo present)"
  exit 0
fi
if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
  echo "== installing Debian's chromium for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
  echo "== chromium: $(/usr/bin/chromium --version)"
else
  echo "The browser tests need Chromium at $CHROMIUM. Install it (Debian/Ubuntu: sudo apt-get install -y chromium)" >&2
  echo "or point CHROMIUM_PATH at an existing Chromium or Chrome binary." >&2
  exit 1
fi
