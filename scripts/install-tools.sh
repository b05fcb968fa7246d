#!/usr/bin/env bash
# Installs the pinned Go toolchain the project needs (OPA, Regal, Conftest) into .tools/bin.
# Versions are pinned, with checksums, in tools/<name>/go.mod and go.sum: that is the one place to change them.
# Does nothing for a tool whose installed binary was built from the current go.mod/go.sum.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.tools/bin"
mkdir -p "$bin"
command -v go >/dev/null || { echo "install-tools: Go is required (https://go.dev/dl/) to build OPA, Regal and Conftest" >&2; exit 2; }

for dir in "$root"/tools/*/; do
  name=$(basename "$dir")
  stamp="$bin/.$name.stamp"
  want=$(cat "$dir/go.mod" "$dir/go.sum" | sha256sum | cut -d' ' -f1)
  if [ -x "$bin/$name" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    continue
  fi
  echo "install-tools: building $name ($(grep -m1 "open-policy-agent/$name v" "$dir/go.mod" | awk '{print $2}'))" >&2
  (cd "$dir" && GOBIN="$bin" go install tool)
  echo "$want" > "$stamp"
done
