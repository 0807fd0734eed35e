#!/usr/bin/env bash
# make report-png: renders the demo's HTML reports to PNG with headless Chromium, so a person can look at them.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing chromium (Debian's package) for headless rendering..." >&2
  $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
if ! ls demo-output/*.html >/dev/null 2>&1; then
  Scripts/demo.sh >/dev/null
fi
for page in demo-output/*.html; do
  png="${page%.html}.png"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,2400 \
    --screenshot="$png" "file://$PWD/$page" >/dev/null 2>&1
  echo "$png"
done
