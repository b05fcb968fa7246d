import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import "./chunk-FTLTMWMS.js";
import {
  DEFAULT_LIMITS,
  readWithinLimits,
  tooDeep
} from "./chunk-XOWPIW4Q.js";
import {
  escapePointerToken
} from "./chunk-65ZUPPDZ.js";
import {
  InputError
} from "./chunk-A4REKETX.js";
import "./chunk-EZ77PSFF.js";

// src/load/typescript.ts
import { Node, Project, SyntaxKind, ts } from "ts-morph";
var PACKAGE = "kcb-compliance";
async function loadTypeScriptConfig(file, limits = DEFAULT_LIMITS) {
  const bytes = await readWithinLimits(file, limits);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      { file, line: 1, column: 1 },
      { vi: "Tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8.", en: "The file is not UTF-8 text; save it as UTF-8." }
    );
  }
  return parseTypeScriptConfig(text.normalize("NFC"), file, limits);
}
function checkNesting(text, file, limits) {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const opening = /* @__PURE__ */ new Set([
    SyntaxKind.OpenBraceToken,
    SyntaxKind.OpenBracketToken,
    SyntaxKind.OpenParenToken,
    SyntaxKind.LessThanToken
  ]);
  const closing = /* @__PURE__ */ new Set([
    SyntaxKind.CloseBraceToken,
    SyntaxKind.CloseBracketToken,
    SyntaxKind.CloseParenToken,
    SyntaxKind.GreaterThanToken
  ]);
  const chain = /* @__PURE__ */ new Set([SyntaxKind.AsKeyword, SyntaxKind.SatisfiesKeyword]);
  let depth = 0;
  let links = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (opening.has(token)) depth += 1;
    else if (closing.has(token)) depth -= 1;
    if (chain.has(token)) links += 1;
    else if (opening.has(token) || closing.has(token) || token === SyntaxKind.CommaToken || token === SyntaxKind.SemicolonToken)
      links = 0;
    if (depth + links > limits.maxDepth) {
      const before = text.slice(0, scanner.getTokenStart());
      throw tooDeep(file, limits, before.split("\n").length, before.length - before.lastIndexOf("\n"));
    }
  }
}
function parseTypeScriptConfig(text, file, limits = DEFAULT_LIMITS) {
  checkNesting(text, file, limits);
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const source = project.createSourceFile("facility.config.ts", text);
  const reader = new LiteralReader(file, source);
  const syntaxError = project.getProgram().getSyntacticDiagnostics(source)[0];
  if (syntaxError) {
    const message = String(syntaxError.getMessageText());
    throw reader.error(syntaxError.getStart() ?? 0, {
      vi: `Cú pháp TypeScript không hợp lệ: ${message}`,
      en: `Invalid TypeScript syntax: ${message}`
    });
  }
  const exported = reader.checkStatements();
  const data = reader.value(reader.unwrap(exported), "");
  return { file, data, positions: reader.positions };
}
var LiteralReader = class {
  constructor(file, source) {
    this.file = file;
    this.source = source;
  }
  file;
  source;
  positions = /* @__PURE__ */ new Map();
  error(offset, text) {
    const { line, column } = this.source.getLineAndColumnAtPos(offset);
    return new InputError({ file: this.file, line, column }, text);
  }
  refuse(node, what) {
    throw this.error(node.getStart(), {
      vi: `Chỉ nhận giá trị hằng (chuỗi, số, true/false, null, mảng, đối tượng); ${what} cần chạy mã nên không được đọc.`,
      en: `Only literal values (strings, numbers, true/false, null, arrays, objects) are read; ${what} would need running code.`
    });
  }
  /** Imports of types, or of defineFacility from the package; type declarations; one default export. */
  checkStatements() {
    let exported;
    for (const statement of this.source.getStatements()) {
      if (Node.isImportDeclaration(statement)) {
        const fromPackage = statement.getModuleSpecifierValue() === PACKAGE;
        const valueImports = statement.isTypeOnly() ? [] : [
          ...statement.getDefaultImport() ? ["default"] : [],
          ...statement.getNamespaceImport() ? ["*"] : [],
          ...statement.getNamedImports().filter((named) => !named.isTypeOnly()).map((named) => named.getName())
        ];
        if (valueImports.some((name) => !(fromPackage && name === "defineFacility")) || !fromPackage && valueImports.length > 0) {
          this.refuse(statement, `importing values ("${statement.getModuleSpecifierValue()}")`);
        }
      } else if (Node.isExportAssignment(statement) && !statement.isExportEquals()) {
        exported = statement.getExpression();
      } else if (!Node.isInterfaceDeclaration(statement) && !Node.isTypeAliasDeclaration(statement)) {
        this.refuse(statement, `a ${statement.getKindName()} statement`);
      }
    }
    if (!exported) {
      throw this.error(0, {
        vi: "Tệp phải có `export default { ... }` (hoặc `export default defineFacility({ ... })`).",
        en: "The file must have `export default { ... }` (or `export default defineFacility({ ... })`)."
      });
    }
    return exported;
  }
  /** Strips `(…)`, `as …`, `satisfies …` and one `defineFacility(…)` around the exported object. */
  unwrap(node) {
    if (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node))
      return this.unwrap(node.getExpression());
    if (Node.isCallExpression(node) && node.getExpression().getText() === "defineFacility" && node.getArguments().length === 1) {
      return this.unwrap(node.getArguments()[0]);
    }
    return node;
  }
  value(node, pointer) {
    node = Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node) ? this.unwrap(node) : node;
    if (!this.positions.has(pointer)) this.at(pointer, node);
    if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
    if (Node.isNumericLiteral(node)) return node.getLiteralValue();
    if (node.getKind() === SyntaxKind.TrueKeyword) return true;
    if (node.getKind() === SyntaxKind.FalseKeyword) return false;
    if (node.getKind() === SyntaxKind.NullKeyword) return null;
    if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.MinusToken && Node.isNumericLiteral(node.getOperand())) {
      return -Number(node.getOperand().getText());
    }
    if (Node.isArrayLiteralExpression(node))
      return node.getElements().map((element, index) => this.element(element, `${pointer}/${index}`));
    if (Node.isObjectLiteralExpression(node)) return this.object(node, pointer);
    if (Node.isTemplateExpression(node)) this.refuse(node, "a template literal with ${…}");
    if (Node.isIdentifier(node)) this.refuse(node, `the name "${node.getText()}"`);
    if (Node.isCallExpression(node)) this.refuse(node, "a function call");
    return this.refuse(node, `this expression (${node.getKindName()})`);
  }
  element(element, pointer) {
    if (Node.isSpreadElement(element)) this.refuse(element, "a spread (...)");
    this.at(pointer, element);
    return this.value(element, pointer);
  }
  object(node, pointer) {
    const result = {};
    for (const property of node.getProperties()) {
      if (!Node.isPropertyAssignment(property)) {
        this.refuse(
          property,
          Node.isSpreadAssignment(property) ? "a spread (...)" : Node.isShorthandPropertyAssignment(property) ? `the shorthand "${property.getName()}"` : "a method or accessor"
        );
      }
      const name = property.getNameNode();
      if (!Node.isIdentifier(name) && !Node.isStringLiteral(name) && !Node.isNumericLiteral(name))
        this.refuse(name, "a computed key");
      const key = Node.isIdentifier(name) ? name.getText() : String(name.getLiteralValue());
      if (Object.hasOwn(result, key)) {
        throw this.error(name.getStart(), { vi: `Khoá "${key}" bị lặp.`, en: `Duplicate key "${key}".` });
      }
      const child = `${pointer}/${escapePointerToken(key)}`;
      this.at(child, name);
      Object.defineProperty(result, key, {
        value: this.value(property.getInitializerOrThrow(), child),
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    return result;
  }
  at(pointer, node) {
    const { line, column } = this.source.getLineAndColumnAtPos(node.getStart());
    this.positions.set(pointer, { line, column });
  }
};
export {
  loadTypeScriptConfig,
  parseTypeScriptConfig
};
