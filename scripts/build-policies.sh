#!/usr/bin/env bash
# Compiles policies/ into the artifacts the runner ships with (committed, so users need no Go):
#   policies/main/index.rego  static index of the obligation rules (generated from METADATA)
#   policies/lib/labels.rego  field and value labels from the facility schema (scripts/build-labels.mjs)
#   policy/capabilities.json  builtins the WASM runner supports natively (OPA's WASM minus the SDK's JS host builtins)
#   policy/policy.wasm        the compiled policy, entrypoints kcb/main/results, kcb/main/failures (a summary's) and
#                             kcb/main/not_passed (the text, Markdown and SARIF reports')
#   policy/catalog.json       rule metadata exported from the METADATA annotations
#   policy/manifest.json      sha256 of the WASM and the OPA version that built it
#   policy/oscal-catalog.json the directives as an OSCAL catalog (scripts/build-oscal-catalog.mjs)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/install-tools.sh opa regal
opa=.tools/bin/opa
# A public rule without METADATA would be left out of the index and catalog, and so never run: refuse to build.
.tools/bin/regal lint --disable-all --enable missing-metadata policies >&2
out=policy
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

node scripts/capabilities.mjs > "$out/capabilities.json"
npx tsc -p .
node scripts/build-labels.mjs
"$opa" inspect --annotations --format json policies > "$tmp/inspect.json"
node scripts/build-index.mjs "$tmp/inspect.json" > policies/main/index.rego
"$opa" fmt --write policies/main/index.rego
"$opa" check --strict --capabilities "$out/capabilities.json" --ignore '*_test.rego' policies
"$opa" build --target wasm --entrypoint kcb/main/results --entrypoint kcb/main/failures --entrypoint kcb/main/not_passed --capabilities "$out/capabilities.json" \
  --ignore '*_test.rego' --output "$tmp/bundle.tar.gz" policies
tar -xzf "$tmp/bundle.tar.gz" -C "$tmp" /policy.wasm 2>/dev/null || tar -xzf "$tmp/bundle.tar.gz" -C "$tmp" policy.wasm
cp "$tmp/policy.wasm" "$out/policy.wasm"
node scripts/build-catalog.mjs "$tmp/inspect.json" > "$out/catalog.json"
node -e '
const { createHash } = require("node:crypto"); const fs = require("node:fs");
const sha256 = createHash("sha256").update(fs.readFileSync(process.argv[1])).digest("hex");
const opa = process.argv[2];
process.stdout.write(JSON.stringify({ wasm: "policy.wasm", sha256, entrypoints: ["kcb/main/results", "kcb/main/failures", "kcb/main/not_passed"], opa }, null, 2) + "\n");
' "$out/policy.wasm" "$("$opa" version | awk '/^Version:/{print $2}')" > "$out/manifest.json"
# The OSCAL catalog shares its id scheme with the oscal report format, so it is built from the compiled library.
node scripts/build-oscal-catalog.mjs > "$out/oscal-catalog.json"
echo "build-policies: $(wc -c < "$out/policy.wasm") bytes of WASM, $(node -e 'console.log(require("./policy/catalog.json").rules.length)') rules" >&2
