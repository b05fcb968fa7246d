#!/usr/bin/env bash
# Rebuilds every committed generated artifact and fails if the result differs from what is committed,
# so the WASM, catalog and index users rely on are reproducible from the sources, and docs/rules.md and
# docs/coverage.md are current (build-docs also fails when the coverage matrix leaves a sentence unexplained).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-policies.sh
npm run -s build:docs
if ! git diff --exit-code --stat -- policy policies/main/index.rego docs; then
  echo "check-generated: generated artifacts differ from the committed ones; run 'npm run build:policies' and commit" >&2
  exit 1
fi
untracked=$(git ls-files --others --exclude-standard -- policy policies/main/index.rego docs)
if [ -n "$untracked" ]; then
  echo "check-generated: generated files not committed: $untracked" >&2
  exit 1
fi
echo "check-generated: generated artifacts match the sources" >&2
