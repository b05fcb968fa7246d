#!/usr/bin/env bash
# Installs the pinned Go toolchain the project needs (OPA, Regal, Conftest) into .tools/bin.
# Versions are pinned, with checksums, in tools/<name>/go.mod and go.sum: that is the one place to change them.
# Does nothing for a tool whose installed binary was built from the current go.mod/go.sum.
# Usage: install-tools.sh [NAME...]   (default: every tool; `npm test` asks for opa and regal only, the
# benchmark adds conftest, so CI does not spend minutes building a tool it does not run)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.tools/bin"
mkdir -p "$bin"
command -v go >/dev/null || { echo "install-tools: Go is required (https://go.dev/dl/) to build OPA, Regal and Conftest" >&2; exit 2; }

names=("$@")
[ ${#names[@]} -gt 0 ] || names=($(basename -a "$root"/tools/*/))
for name in "${names[@]}"; do
  dir="$root/tools/$name"
  [ -d "$dir" ] || { echo "install-tools: unknown tool $name (expected one of: $(basename -a "$root"/tools/*/ | tr '\n' ' '))" >&2; exit 2; }
  stamp="$bin/.$name.stamp"
  want=$(cat "$dir/go.mod" "$dir/go.sum" | sha256sum | cut -d' ' -f1)
  if [ -x "$bin/$name" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    continue
  fi
  echo "install-tools: building $name ($(grep -m1 "open-policy-agent/$name v" "$dir/go.mod" | awk '{print $2}'))" >&2
  (cd "$dir" && GOBIN="$bin" go install tool)
  echo "$want" > "$stamp"
done
