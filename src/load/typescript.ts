import { Node, Project, SyntaxKind, ts, type Expression, type SourceFile } from "ts-morph";
import { InputError } from "../errors.js";
import { escapePointerToken, type LoadedConfig, type SourcePosition } from "./config.js";
import { DEFAULT_LIMITS, readWithinLimits, tooDeep, type Limits } from "./limits.js";

/** The package a config may import `defineFacility` (and types) from. */
const PACKAGE = "kcb-compliance";

/**
 * Reads `facility.config.ts` statically: its default export must be an object literal, optionally wrapped in
 * `defineFacility(...)`, `as const` or `satisfies`. The file is parsed, never executed, so anything whose value
 * would need running code (other calls, imported values, identifiers, spreads, computed keys, template
 * literals with expressions) is refused at its line.
 */
export async function loadTypeScriptConfig(file: string, limits: Limits = DEFAULT_LIMITS): Promise<LoadedConfig> {
  const bytes = await readWithinLimits(file, limits);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      { file, line: 1, column: 1 },
      { vi: "Tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8.", en: "The file is not UTF-8 text; save it as UTF-8." },
    );
  }
  return parseTypeScriptConfig(text.normalize("NFC"), file, limits);
}

/**
 * Nesting counted by TypeScript's own (iterative) scanner: its parser and the literal reader below recurse. Type
 * arguments (`A<A<…>>`) nest like brackets, and a chain of `as`/`satisfies` nests one level per link.
 */
function checkNesting(text: string, file: string, limits: Limits): void {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const opening = new Set([
    SyntaxKind.OpenBraceToken,
    SyntaxKind.OpenBracketToken,
    SyntaxKind.OpenParenToken,
    SyntaxKind.LessThanToken,
  ]);
  const closing = new Set([
    SyntaxKind.CloseBraceToken,
    SyntaxKind.CloseBracketToken,
    SyntaxKind.CloseParenToken,
    SyntaxKind.GreaterThanToken,
  ]);
  const chain = new Set([SyntaxKind.AsKeyword, SyntaxKind.SatisfiesKeyword]);
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

export function parseTypeScriptConfig(text: string, file: string, limits: Limits = DEFAULT_LIMITS): LoadedConfig {
  checkNesting(text, file, limits);
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const source = project.createSourceFile("facility.config.ts", text);
  const reader = new LiteralReader(file, source);
  // Syntax only: the type checker is not needed to read literals (and would cost a second per file).
  const syntaxError = project.getProgram().getSyntacticDiagnostics(source)[0];
  if (syntaxError) {
    const message = String(syntaxError.getMessageText());
    throw reader.error(syntaxError.getStart() ?? 0, {
      vi: `Cú pháp TypeScript không hợp lệ: ${message}`,
      en: `Invalid TypeScript syntax: ${message}`,
    });
  }
  const exported = reader.checkStatements();
  const data = reader.value(reader.unwrap(exported), "");
  return { file, data, positions: reader.positions };
}

class LiteralReader {
  readonly positions = new Map<string, SourcePosition>();
  constructor(
    private readonly file: string,
    private readonly source: SourceFile,
  ) {}

  error(offset: number, text: { vi: string; en: string }): InputError {
    const { line, column } = this.source.getLineAndColumnAtPos(offset);
    return new InputError({ file: this.file, line, column }, text);
  }

  private refuse(node: Node, what: string): never {
    throw this.error(node.getStart(), {
      vi: `Chỉ nhận giá trị hằng (chuỗi, số, true/false, null, mảng, đối tượng); ${what} cần chạy mã nên không được đọc.`,
      en: `Only literal values (strings, numbers, true/false, null, arrays, objects) are read; ${what} would need running code.`,
    });
  }

  /** Imports of types, or of defineFacility from the package; type declarations; one default export. */
  checkStatements(): Expression {
    let exported: Expression | undefined;
    for (const statement of this.source.getStatements()) {
      if (Node.isImportDeclaration(statement)) {
        const fromPackage = statement.getModuleSpecifierValue() === PACKAGE;
        const valueImports = statement.isTypeOnly()
          ? []
          : [
              ...(statement.getDefaultImport() ? ["default"] : []),
              ...(statement.getNamespaceImport() ? ["*"] : []),
              ...statement
                .getNamedImports()
                .filter((named) => !named.isTypeOnly())
                .map((named) => named.getName()),
            ];
        if (
          valueImports.some((name) => !(fromPackage && name === "defineFacility")) ||
          (!fromPackage && valueImports.length > 0)
        ) {
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
        en: "The file must have `export default { ... }` (or `export default defineFacility({ ... })`).",
      });
    }
    return exported;
  }

  /** Strips `(…)`, `as …`, `satisfies …` and one `defineFacility(…)` around the exported object. */
  unwrap(node: Expression): Expression {
    if (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node))
      return this.unwrap(node.getExpression());
    if (Node.isCallExpression(node) && node.getExpression().getText() === "defineFacility" && node.getArguments().length === 1) {
      return this.unwrap(node.getArguments()[0] as Expression);
    }
    return node;
  }

  value(node: Expression, pointer: string): unknown {
    node =
      Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node)
        ? this.unwrap(node)
        : node;
    if (!this.positions.has(pointer)) this.at(pointer, node);
    if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
    if (Node.isNumericLiteral(node)) return node.getLiteralValue();
    if (node.getKind() === SyntaxKind.TrueKeyword) return true;
    if (node.getKind() === SyntaxKind.FalseKeyword) return false;
    if (node.getKind() === SyntaxKind.NullKeyword) return null;
    if (
      Node.isPrefixUnaryExpression(node) &&
      node.getOperatorToken() === SyntaxKind.MinusToken &&
      Node.isNumericLiteral(node.getOperand())
    ) {
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

  private element(element: Node, pointer: string): unknown {
    if (Node.isSpreadElement(element)) this.refuse(element, "a spread (...)");
    this.at(pointer, element);
    return this.value(element as Expression, pointer);
  }

  private object(node: Node & { getProperties(): Node[] }, pointer: string): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const property of node.getProperties()) {
      if (!Node.isPropertyAssignment(property)) {
        this.refuse(
          property,
          Node.isSpreadAssignment(property)
            ? "a spread (...)"
            : Node.isShorthandPropertyAssignment(property)
              ? `the shorthand "${property.getName()}"`
              : "a method or accessor",
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
      // Defined, not assigned: `result["__proto__"] = …` would set the prototype instead of a key the schema refuses.
      Object.defineProperty(result, key, {
        value: this.value(property.getInitializerOrThrow(), child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return result;
  }

  private at(pointer: string, node: Node): void {
    const { line, column } = this.source.getLineAndColumnAtPos(node.getStart());
    this.positions.set(pointer, { line, column });
  }
}
