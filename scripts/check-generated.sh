#!/usr/bin/env bash
# Rebuilds every committed generated artifact and fails if the result differs from what is committed,
# so the WASM, catalog, index and Action bundle users rely on are reproducible from the sources, and docs/rules.md
# and docs/coverage.md are current (build-docs also fails when the coverage matrix leaves a sentence unexplained).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-policies.sh
npm run -s build:docs
node scripts/build-schemas.mjs
node scripts/generate-types.mjs
node scripts/build-validator.mjs
node scripts/generate-evidence-example.mjs
node scripts/generate-rego-fixtures.mjs
node scripts/build-profiles.mjs
# The bundle (dist/: the Action and the CLI) embeds the code, so it is rebuilt last.
node scripts/build-action.mjs
generated=(policy policies/main/index.rego policies/lib/fixtures_test.rego policies/lib/labels.rego schemas/facility.v1.schema.json docs src/generated examples/hospital-with-evidence/staff.xlsx examples/hospital-with-evidence/portal-access.csv dist)
if ! git diff --exit-code --stat -- "${generated[@]}"; then
  echo "check-generated: generated artifacts differ from the committed ones; run 'npm run build:policies', 'npm run build:docs', 'npm run generate', 'npm run build:action' and commit" >&2
  exit 1
fi
untracked=$(git ls-files --others --exclude-standard -- "${generated[@]}")
if [ -n "$untracked" ]; then
  echo "check-generated: generated files not committed: $untracked" >&2
  exit 1
fi
echo "check-generated: generated artifacts match the sources" >&2
