#!/usr/bin/env bash
# Rebuilds every committed generated artifact and fails if the result differs from what is committed,
# so the WASM, catalog, index and Action bundle users rely on are reproducible from the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-policies.sh
# The Action's bundle (dist/) embeds the code and carries copies of the policy, so it is rebuilt after the policy.
node scripts/build-action.mjs
if ! git diff --exit-code --stat -- policy policies/main/index.rego dist; then
  echo "check-generated: generated artifacts differ from the committed ones; run 'npm run build:policies' and 'npm run build:action', and commit" >&2
  exit 1
fi
untracked=$(git ls-files --others --exclude-standard -- policy policies/main/index.rego dist)
if [ -n "$untracked" ]; then
  echo "check-generated: generated files not committed: $untracked" >&2
  exit 1
fi
echo "check-generated: generated artifacts match the sources" >&2
