#!/usr/bin/env bash
# Installs Debian's chromium for the HTML report's browser test (test/html-browser.test.ts), which drives it with
# playwright-core (with a font that has Vietnamese glyphs for the screenshot). Playwright's own browser download is
# never used: it needs a network CI does not have.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version
