// Reads `opa test --coverage --format json` on stdin, prints coverage per file and in total,
// and fails when the policies (tests and the generated index aside) fall below the threshold.
const threshold = Number(process.argv[2] ?? 95);
let text = "";
for await (const chunk of process.stdin) text += chunk;
const report = JSON.parse(text);
const files = Object.entries(report.files ?? {})
  .filter(([file]) => !file.endsWith("_test.rego"))
  .map(([file, data]) => ({ file, covered: data.covered_lines ?? 0, notCovered: data.not_covered_lines ?? 0 }))
  .sort((a, b) => a.file.localeCompare(b.file));
let covered = 0;
let total = 0;
for (const { file, covered: c, notCovered: n } of files) {
  covered += c;
  total += c + n;
  const percent = c + n === 0 ? 100 : (100 * c) / (c + n);
  console.log(`  ${percent.toFixed(1).padStart(5)}%  ${file}`);
}
const percent = total === 0 ? 100 : (100 * covered) / total;
console.log(`Rego coverage: ${percent.toFixed(1)}% of ${total} lines (threshold ${threshold}%)`);
if (percent < threshold) process.exit(1);
