import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  OUTCOME,
  STATUS,
  WORDS
} from "./chunk-BRDU4QNJ.js";
import {
  CSV_OPTIONS,
  SEVERITY_LABELS,
  STATUS_LABELS,
  delegationDetails,
  directiveNumber,
  displayDate,
  displayNumber,
  esc,
  itemLabel,
  summaryRows,
  textLines
} from "./chunk-TN5MCCL6.js";
import {
  RULE_STATUSES,
  SEVERITIES
} from "./chunk-OJYSJZFW.js";
import {
  describeLocation
} from "./chunk-A4REKETX.js";

// node_modules/csv-stringify/lib/utils/get.js
var charCodeOfDot = ".".charCodeAt(0);
var reEscapeChar = /\\(\\)?/g;
var rePropName = RegExp(
  // Match anything that isn't a dot or bracket.
  `[^.[\\]]+|\\[(?:([^"'][^[]*)|(["'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2)\\]|(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))`,
  "g"
);
var reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
var reIsPlainProp = /^\w*$/;
var getTag = function(value) {
  return Object.prototype.toString.call(value);
};
var isSymbol = function(value) {
  const type = typeof value;
  return type === "symbol" || type === "object" && value && getTag(value) === "[object Symbol]";
};
var isKey = function(value, object) {
  if (Array.isArray(value)) {
    return false;
  }
  const type = typeof value;
  if (type === "number" || type === "symbol" || type === "boolean" || !value || isSymbol(value)) {
    return true;
  }
  return reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object != null && value in Object(object);
};
var stringToPath = function(string) {
  const result = [];
  if (string.charCodeAt(0) === charCodeOfDot) {
    result.push("");
  }
  string.replace(rePropName, function(match, expression, quote, subString) {
    let key = match;
    if (quote) {
      key = subString.replace(reEscapeChar, "$1");
    } else if (expression) {
      key = expression.trim();
    }
    result.push(key);
  });
  return result;
};
var castPath = function(value, object) {
  if (Array.isArray(value)) {
    return value;
  } else {
    return isKey(value, object) ? [value] : stringToPath(value);
  }
};
var toKey = function(value) {
  if (typeof value === "string" || isSymbol(value)) return value;
  const result = `${value}`;
  return result == "0" && 1 / value == -Infinity ? "-0" : result;
};
var get = function(object, path) {
  path = castPath(path, object);
  let index = 0;
  const length = path.length;
  while (object != null && index < length) {
    object = object[toKey(path[index++])];
  }
  return index && index === length ? object : void 0;
};

// node_modules/csv-stringify/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-stringify/lib/api/normalize_columns.js
var normalize_columns = function(columns) {
  if (columns === void 0 || columns === null) {
    return [void 0, void 0];
  }
  if (typeof columns !== "object") {
    return [Error('Invalid option "columns": expect an array or an object')];
  }
  if (!Array.isArray(columns)) {
    const newcolumns = [];
    for (const k in columns) {
      newcolumns.push({
        key: k,
        header: columns[k]
      });
    }
    columns = newcolumns;
  } else {
    const newcolumns = [];
    for (const column of columns) {
      if (typeof column === "string") {
        newcolumns.push({
          key: column,
          header: column
        });
      } else if (typeof column === "object" && column !== null && !Array.isArray(column)) {
        if (!column.key) {
          return [
            Error('Invalid column definition: property "key" is required')
          ];
        }
        if (column.header === void 0) {
          column.header = column.key;
        }
        newcolumns.push(column);
      } else {
        return [
          Error("Invalid column definition: expect a string or an object")
        ];
      }
    }
    columns = newcolumns;
  }
  return [void 0, columns];
};

// node_modules/csv-stringify/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ");
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString() : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-stringify/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-stringify/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    return [
      new CsvError("CSV_OPTION_BOOLEAN_INVALID_TYPE", [
        "option `bom` is optional and must be a boolean value,",
        `got ${JSON.stringify(options.bom)}`
      ])
    ];
  }
  if (options.delimiter === void 0 || options.delimiter === null) {
    options.delimiter = ",";
  } else if (Buffer.isBuffer(options.delimiter)) {
    options.delimiter = options.delimiter.toString();
  } else if (typeof options.delimiter !== "string") {
    return [
      new CsvError("CSV_OPTION_DELIMITER_INVALID_TYPE", [
        "option `delimiter` must be a buffer or a string,",
        `got ${JSON.stringify(options.delimiter)}`
      ])
    ];
  }
  if (options.quote === void 0 || options.quote === null) {
    options.quote = '"';
  } else if (options.quote === true) {
    options.quote = '"';
  } else if (options.quote === false) {
    options.quote = "";
  } else if (Buffer.isBuffer(options.quote)) {
    options.quote = options.quote.toString();
  } else if (typeof options.quote !== "string") {
    return [
      new CsvError("CSV_OPTION_QUOTE_INVALID_TYPE", [
        "option `quote` must be a boolean, a buffer or a string,",
        `got ${JSON.stringify(options.quote)}`
      ])
    ];
  }
  if (options.quoted === void 0 || options.quoted === null) {
    options.quoted = false;
  } else {
  }
  if (options.escape_formulas === void 0 || options.escape_formulas === null) {
    options.escape_formulas = false;
  } else if (typeof options.escape_formulas !== "boolean") {
    return [
      new CsvError("CSV_OPTION_ESCAPE_FORMULAS_INVALID_TYPE", [
        "option `escape_formulas` must be a boolean,",
        `got ${JSON.stringify(options.escape_formulas)}`
      ])
    ];
  }
  if (options.quoted_empty === void 0 || options.quoted_empty === null) {
    options.quoted_empty = void 0;
  } else {
  }
  if (options.quoted_match === void 0 || options.quoted_match === null || options.quoted_match === false) {
    options.quoted_match = null;
  } else if (!Array.isArray(options.quoted_match)) {
    options.quoted_match = [options.quoted_match];
  }
  if (options.quoted_match) {
    for (const quoted_match of options.quoted_match) {
      const isString = typeof quoted_match === "string";
      const isRegExp = quoted_match instanceof RegExp;
      if (!isString && !isRegExp) {
        return [
          new CsvError("CSV_OPTION_QUOTED_MATCH", [
            "option `quoted_match` must be a string or a regex,",
            `got ${JSON.stringify(options.quoted_match)}`
          ])
        ];
      }
    }
  }
  if (options.quoted_string === void 0 || options.quoted_string === null) {
    options.quoted_string = false;
  } else {
  }
  if (options.eof === void 0 || options.eof === null) {
    options.eof = true;
  } else {
  }
  if (options.escape === void 0 || options.escape === null) {
    options.escape = '"';
  } else if (Buffer.isBuffer(options.escape)) {
    options.escape = options.escape.toString();
  } else if (typeof options.escape !== "string") {
    return [
      Error(
        `Invalid Option: escape must be a buffer or a string, got ${JSON.stringify(options.escape)}`
      )
    ];
  }
  if (options.escape.length > 1) {
    return [
      Error(
        `Invalid Option: escape must be one character, got ${options.escape.length} characters`
      )
    ];
  }
  if (options.header === void 0 || options.header === null || options.header === false) {
    options.header = false;
  } else if (options.header !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER",
      [
        "option `header` is expected to be a boolean,",
        `got ${JSON.stringify(options.header)}`
      ],
      options
    );
  }
  if (options.header_as_comment === void 0 || options.header_as_comment === null || options.header_as_comment === false) {
    options.header_as_comment = false;
  } else if (options.header_as_comment === true) {
    options.header_as_comment = "#";
  } else if (Buffer.isBuffer(options.header_as_comment)) {
    options.header_as_comment = options.header_as_comment.toString();
  } else if (typeof options.header_as_comment !== "string") {
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER_AS_COMMENT",
      [
        "option `header_as_comment` must be a boolean, a string or a buffer,",
        `got ${JSON.stringify(options.header_as_comment)}`
      ],
      options
    );
  }
  const [errColumns, columns] = normalize_columns(options.columns);
  if (errColumns !== void 0) return [errColumns];
  options.columns = columns;
  if (options.quoted === void 0 || options.quoted === null) {
    options.quoted = false;
  } else {
  }
  if (options.cast === void 0 || options.cast === null) {
    options.cast = {};
  } else {
  }
  if (options.cast.bigint === void 0 || options.cast.bigint === null) {
    options.cast.bigint = (value) => "" + value;
  }
  if (options.cast.boolean === void 0 || options.cast.boolean === null) {
    options.cast.boolean = (value) => value ? "1" : "";
  }
  if (options.cast.date === void 0 || options.cast.date === null) {
    options.cast.date = (value) => "" + value.getTime();
  }
  if (options.cast.number === void 0 || options.cast.number === null) {
    options.cast.number = (value) => "" + value;
  }
  if (options.cast.object === void 0 || options.cast.object === null) {
    options.cast.object = (value) => JSON.stringify(value);
  }
  if (options.cast.string === void 0 || options.cast.string === null) {
    options.cast.string = function(value) {
      return value;
    };
  }
  if (options.on_record !== void 0 && typeof options.on_record !== "function") {
    return [Error(`Invalid Option: "on_record" must be a function.`)];
  }
  if (options.quote_record_delimiter === void 0 || options.quote_record_delimiter === null) {
    options.quote_record_delimiter = !options.record_delimiter;
  } else if (typeof options.quote_record_delimiter !== "boolean") {
    return [
      new CsvError("CSV_OPTION_QUOTE_RECORD_DELIMITER_INVALID_TYPE", [
        "option `quote_record_delimiter` must be a boolean,",
        `got ${JSON.stringify(options.quote_record_delimiter)}`
      ])
    ];
  }
  if (options.record_delimiter === void 0 || options.record_delimiter === null) {
    options.record_delimiter = "\n";
  } else if (Buffer.isBuffer(options.record_delimiter)) {
    options.record_delimiter = options.record_delimiter.toString();
  } else if (typeof options.record_delimiter !== "string") {
    return [
      Error(
        `Invalid Option: record_delimiter must be a buffer or a string, got ${JSON.stringify(options.record_delimiter)}`
      )
    ];
  }
  switch (options.record_delimiter) {
    case "unix":
      options.record_delimiter = "\n";
      break;
    case "mac":
      options.record_delimiter = "\r";
      break;
    case "windows":
      options.record_delimiter = "\r\n";
      break;
    case "ascii":
      options.record_delimiter = "";
      break;
    case "unicode":
      options.record_delimiter = "\u2028";
      break;
  }
  return [void 0, options];
};

// node_modules/csv-stringify/lib/api/index.js
var bom_utf8 = Buffer.from([239, 187, 191]);
var emits_separator = function(value, separators) {
  return separators.some(
    (separator) => separator.length !== 0 && (value.indexOf(separator) !== -1 || separator.length > 1 && (value + separator).indexOf(separator) < value.length)
  );
};
var matches_quoted_match = function(value, quoted_match) {
  if (!quoted_match) return false;
  return quoted_match.some(
    (pattern) => typeof pattern === "string" ? value.indexOf(pattern) !== -1 : value.search(pattern) !== -1
  );
};
var stringifier = function(options, state, info) {
  return {
    options,
    state,
    info,
    __transform: function(chunk, push) {
      if (!Array.isArray(chunk) && typeof chunk !== "object") {
        return Error(
          `Invalid Record: expect an array or an object, got ${JSON.stringify(chunk)}`
        );
      }
      if (this.info.records === 0) {
        if (Array.isArray(chunk)) {
          if (this.options.header === true && this.options.columns === void 0) {
            return Error(
              "Undiscoverable Columns: header option requires column option or object records"
            );
          }
        } else if (this.options.columns === void 0) {
          const [err2, columns] = normalize_columns(Object.keys(chunk));
          if (err2) return;
          this.options.columns = columns;
        }
      }
      if (this.info.records === 0) {
        this.bom(push);
        const err2 = this.headers(push);
        if (err2) return err2;
      }
      try {
        if (this.options.on_record) {
          this.options.on_record(chunk, this.info.records);
        }
      } catch (err2) {
        return err2;
      }
      let err, chunk_string;
      if (this.options.eof) {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === void 0) {
          return;
        } else {
          chunk_string = chunk_string + this.options.record_delimiter;
        }
      } else {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === void 0) {
          return;
        } else {
          if (this.options.header || this.info.records) {
            chunk_string = this.options.record_delimiter + chunk_string;
          }
        }
      }
      this.info.records++;
      push(chunk_string);
    },
    stringify: function(chunk, chunkIsHeader = false) {
      if (typeof chunk !== "object") {
        return [void 0, chunk];
      }
      const { columns } = this.options;
      const record = [];
      if (Array.isArray(chunk)) {
        const length = columns ? Math.min(chunk.length, columns.length) : chunk.length;
        for (let i = 0; i < length; i++) {
          const field = chunk[i];
          const [err, value] = this.__cast(field, {
            index: i,
            column: i,
            records: this.info.records,
            header: chunkIsHeader
          });
          if (err) return [err];
          record[i] = [value, field];
        }
      } else {
        for (let i = 0; i < columns.length; i++) {
          const field = get(chunk, columns[i].key);
          const [err, value] = this.__cast(field, {
            index: i,
            column: columns[i].key,
            records: this.info.records,
            header: chunkIsHeader
          });
          if (err) return [err];
          record[i] = [value, field];
        }
      }
      let csvrecord = "";
      for (let i = 0; i < record.length; i++) {
        let options2, err;
        let [value, field] = record[i];
        if (typeof value === "string") {
          options2 = this.options;
        } else if (is_object(value)) {
          options2 = { ...value };
          value = options2.value;
          delete options2.value;
          if (typeof value !== "string" && value !== void 0 && value !== null) {
            if (err)
              return [
                Error(
                  `Invalid Casting Value: returned value must return a string, null or undefined, got ${JSON.stringify(value)}`
                )
              ];
          }
          options2 = { ...this.options, ...options2 };
          [err, options2] = normalize_options(options2);
          if (err !== void 0) {
            return [err];
          }
        } else if (value === void 0 || value === null) {
          options2 = this.options;
        } else {
          return [
            Error(
              `Invalid Casting Value: returned value must return a string, an object, null or undefined, got ${JSON.stringify(value)}`
            )
          ];
        }
        const {
          delimiter,
          escape,
          quote,
          quoted,
          quoted_empty,
          quoted_string,
          quoted_match,
          record_delimiter,
          quote_record_delimiter,
          escape_formulas
        } = options2;
        if ("" === value && "" === field) {
          const quotedMatch = matches_quoted_match(value, quoted_match);
          const shouldQuote = quotedMatch || true === quoted_empty || true === quoted_string && false !== quoted_empty;
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (value) {
          if (typeof value !== "string") {
            return [
              Error(
                `Formatter must return a string, null or undefined, got ${JSON.stringify(value)}`
              )
            ];
          }
          const containsdelimiter = emits_separator(value, [delimiter]);
          const containsQuote = quote !== "" && value.indexOf(quote) >= 0;
          const containsEscape = value.indexOf(escape) >= 0 && escape !== quote;
          const containsRecordDelimiter = emits_separator(value, [
            record_delimiter,
            ...quote_record_delimiter === false ? [] : ["\n", "\r"]
          ]);
          const quotedString = quoted_string && typeof field === "string";
          const quotedMatch = matches_quoted_match(value, quoted_match);
          if (escape_formulas) {
            switch (value[0]) {
              case "-":
                if (typeof field === "number" || typeof field === "bigint") {
                  break;
                }
                value = `'${value}`;
                break;
              case "=":
              case "+":
              case "@":
              case "	":
              case "\r":
              case "＝":
              // Unicode '='
              case "＋":
              // Unicode '+'
              case "－":
              // Unicode '-'
              case "＠":
                value = `'${value}`;
                break;
            }
          }
          const shouldQuote = containsQuote === true || containsdelimiter || containsRecordDelimiter || quoted || quotedString || quotedMatch;
          if (shouldQuote === true && containsEscape === true) {
            value = value.replaceAll(escape, () => escape + escape);
          }
          if (containsQuote === true) {
            value = value.replaceAll(quote, () => escape + quote);
          }
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (quoted_empty === true || field === "" && quoted_string === true && quoted_empty !== false) {
          csvrecord += quote + quote;
        }
        if (i !== record.length - 1) {
          csvrecord += delimiter;
        }
      }
      return [void 0, csvrecord];
    },
    bom: function(push) {
      if (this.options.bom !== true) {
        return;
      }
      push(bom_utf8);
    },
    headers: function(push) {
      if (this.options.header === false) {
        return;
      }
      if (this.options.columns === void 0) {
        return;
      }
      let err;
      let headers = this.options.columns.map((column) => column.header);
      if (this.options.eof) {
        [err, headers] = this.stringify(headers, true);
        headers += this.options.record_delimiter;
      } else {
        [err, headers] = this.stringify(headers, true);
      }
      if (err) return err;
      if (this.options.header_as_comment) {
        headers = this.options.header_as_comment + " " + headers;
      }
      push(headers);
    },
    __cast: function(value, context) {
      const type = typeof value;
      try {
        if (type === "string") {
          return [void 0, this.options.cast.string(value, context)];
        } else if (type === "bigint") {
          return [void 0, this.options.cast.bigint(value, context)];
        } else if (type === "number") {
          return [void 0, this.options.cast.number(value, context)];
        } else if (type === "boolean") {
          return [void 0, this.options.cast.boolean(value, context)];
        } else if (value instanceof Date) {
          return [void 0, this.options.cast.date(value, context)];
        } else if (type === "object" && value !== null) {
          return [void 0, this.options.cast.object(value, context)];
        } else if (value === null && this.options.cast.null !== void 0) {
          return [void 0, this.options.cast.null(value, context)];
        } else if (value === void 0 && this.options.cast.undefined !== void 0) {
          return [void 0, this.options.cast.undefined(value, context)];
        } else {
          return [void 0, value];
        }
      } catch (err) {
        return [err];
      }
    }
  };
};

// node_modules/csv-stringify/lib/sync.js
var stringify = function(records, opts = {}) {
  const data = [];
  const [err, options] = normalize_options(opts);
  if (err !== void 0) throw err;
  const state = {
    stop: false
  };
  const info = {
    records: 0
  };
  const api = stringifier(options, state, info);
  for (const record of records) {
    const err2 = api.__transform(record, function(record2) {
      data.push(record2);
    });
    if (err2 !== void 0) throw err2;
  }
  if (data.length === 0) {
    api.bom((d) => {
      data.push(d);
    });
    const err2 = api.headers((headers) => {
      data.push(headers);
    });
    if (err2 !== void 0) throw err2;
  }
  return data.join("");
};

// src/format/summary/csv.ts
var BOM = "\uFEFF";
function* summaryCsvChunks(summary, { lang }) {
  const words = WORDS[lang];
  const header = [
    words.code,
    words.name,
    words.district,
    words.file,
    words.outcome,
    words.worst,
    ...RULE_STATUSES.map((status) => STATUS[status][lang]),
    ...summary.rules.map((rule) => rule.id),
    words.error
  ];
  yield BOM + stringify([header], CSV_OPTIONS);
  for (const facility of summary.facilities)
    yield stringify(
      [
        [
          facility.code ?? "",
          facility.name ?? "",
          facility.district ?? "",
          facility.file,
          OUTCOME[facility.outcome][lang],
          facility.worstSeverity ? SEVERITY_LABELS[facility.worstSeverity][lang] : "",
          ...RULE_STATUSES.map((status) => facility.counts[status]),
          ...summary.rules.map((rule) => {
            const status = facility.status(rule.id);
            return status ? STATUS[status][lang] : "";
          }),
          facility.firstError ? `${facility.firstError.location.file}:${facility.firstError.location.line}:${facility.firstError.location.column} ${facility.firstError.message[lang]}` : ""
        ]
      ],
      CSV_OPTIONS
    );
}
function* summaryRulesCsvChunks(summary, { lang }) {
  const words = WORDS[lang];
  const header = [
    words.rule,
    words.directive,
    words.item,
    words.severity,
    words.title_,
    ...RULE_STATUSES.map((status) => STATUS[status][lang])
  ];
  const rows = summary.rules.map((rule) => [
    rule.id,
    directiveNumber(rule.directive.number, lang),
    itemLabel(rule.directive.item, lang),
    SEVERITY_LABELS[rule.severity][lang],
    rule.title[lang],
    ...RULE_STATUSES.map((status) => rule.facilities[status])
  ]);
  yield BOM + stringify([header, ...rows], CSV_OPTIONS);
}

// src/format/summary/html.ts
var CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
var STYLE = `
:root{--fail:#b42318;--waived:#b54708;--pass:#067647;--na:#667085;--error:#6941c6;--line:#d0d5dd;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#101828}
body{margin:0 auto;max-width:90rem;padding:1.5rem;line-height:1.45}h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}h3{font-size:1rem;margin:1rem 0 .35rem}
.meta{color:#475467;margin:0}.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
.card{border:1px solid var(--line);border-radius:.5rem;padding:.5rem 1rem;min-width:7rem}.card b{display:block;font-size:1.6rem}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;position:sticky;top:0;background:#fff;padding:.5rem 0;z-index:2}
.filters label{display:flex;flex-direction:column;font-size:.85rem}.filters input,.filters select{font:inherit;padding:.2rem}
.scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;font-size:.85rem}
th,td{border:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top}th{background:#f2f4f7}
th[data-sort]{cursor:pointer}th[data-sort]::after{content:" ↕";color:#98a2b3}
th.rule{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:500;max-height:14rem;overflow:hidden;text-overflow:ellipsis}
table.matrix td:first-child{min-width:12rem}
td.c{text-align:center;padding:0}td.c a{display:block;padding:.25rem .35rem;color:#fff;text-decoration:none;font-weight:700}
.s-fail{background:var(--fail)}.s-waived{background:var(--waived)}.s-pass{background:var(--pass)}.s-not_applicable{background:var(--na)}.s-error{background:var(--error)}
.o-fail{color:var(--fail);font-weight:600}.o-not_assessed{color:var(--error);font-weight:600}.o-pass{color:var(--pass)}
ul{padding-left:1.25rem}code{font-size:.85em;background:#f2f4f7;padding:0 .2rem;border-radius:.2rem;overflow-wrap:anywhere}
section.facility{border:1px solid var(--line);border-radius:.5rem;padding:.25rem .75rem;margin:.5rem 0;overflow-wrap:anywhere}ul,p{overflow-wrap:anywhere}
.badge{display:inline-block;border-radius:.25rem;padding:0 .4rem;color:#fff;font-size:.8rem;font-weight:600;white-space:nowrap}
details.delegation{margin:.25rem 0 .5rem}details.delegation summary{cursor:pointer;font-weight:600}
.legend span{display:inline-block;margin-right:.75rem}.legend i{display:inline-block;width:1em;height:1em;vertical-align:middle;margin-right:.25rem}
[hidden]{display:none!important}
@media (max-width:600px){body{padding:.75rem}.filters{position:static}
table.matrix,table.matrix tbody,table.matrix tr,table.matrix td{display:block}table.matrix thead{display:none}
table.matrix tr{border:1px solid var(--line);border-radius:.5rem;margin:.5rem 0;padding:.35rem .5rem}
table.matrix td{border:0;padding:.1rem 0}table.matrix td:first-child{min-width:0}table.matrix td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
table.matrix td.c{display:inline-block;margin:.1rem;border-radius:.25rem}table.matrix td.c::before{content:none}
table.matrix td.c a::before{content:attr(data-short) " ";font-weight:400}
table.delegation,table.delegation tbody,table.delegation tr,table.delegation td{display:block}table.delegation thead{display:none}
table.delegation tr{border:1px solid var(--line);border-radius:.5rem;margin:.35rem 0;padding:.25rem .5rem}
table.delegation td{border:0;padding:.1rem 0}table.delegation td::before{content:attr(data-label) ": ";font-weight:600}}
`;
var SCRIPT = `
(function(){
  var q=function(s){return Array.prototype.slice.call(document.querySelectorAll(s));};
  var f={letter:document.getElementById('f-letter'),severity:document.getElementById('f-severity'),outcome:document.getElementById('f-outcome'),search:document.getElementById('f-search')};
  function apply(){
    var letter=f.letter.value,severity=f.severity.value,outcome=f.outcome.value,text=f.search.value.trim().toLowerCase();
    q('[data-col]').forEach(function(c){c.hidden=(letter&&c.dataset.directive!==letter)||(severity&&c.dataset.severity!==severity);});
    q('th[data-group]').forEach(function(g){var n=q('thead th[data-col][data-directive="'+g.dataset.group+'"]:not([hidden])').length;g.hidden=n===0;g.colSpan=Math.max(n,1);});
    var shown=0;
    q('tr[data-facility]').forEach(function(r){
      var visible=(!outcome||r.dataset.outcome===outcome)&&(!text||r.dataset.search.indexOf(text)>=0);
      r.hidden=!visible;if(visible)shown++;
      var d=document.getElementById(r.dataset.facility);if(d)d.hidden=!visible;
    });
    q('section.clause').forEach(function(s){s.hidden=(letter&&s.dataset.directive!==letter)||(severity&&s.dataset.severity!==severity);});
    document.getElementById('shown').textContent=String(shown);
  }
  var order={};
  function sort(key){
    var body=document.querySelector('table.matrix tbody');var rows=q('table.matrix tbody tr');
    order[key]=order[key]===1?-1:1;var dir=order[key];
    rows.sort(function(a,b){var x=a.dataset[key],y=b.dataset[key];var nx=Number(x),ny=Number(y);
      var c=(x!==''&&y!==''&&!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,document.documentElement.lang);return c*dir;});
    rows.forEach(function(r){body.appendChild(r);});
  }
  q('th[data-sort]').forEach(function(th){th.addEventListener('click',function(){sort(th.dataset.sort);});});
  [f.letter,f.severity,f.outcome].forEach(function(s){s.addEventListener('change',apply);});
  f.search.addEventListener('input',apply);
  apply();
})();
`;
var MARK = { fail: "✗", waived: "~", pass: "✓", not_applicable: "–", error: "!" };
var OUTCOME_RANK = { not_assessed: 0, fail: 1, pass: 2 };
function* summaryHtmlChunks(summary, { lang }) {
  const words = WORDS[lang];
  const title = `${words.title} · ${displayDate(summary.asOf, lang)}`;
  yield `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(words.title)}</h1>
<p class="meta">${esc(`${words.asOf} ${displayDate(summary.asOf, lang)} (${summary.timeZone}) · ${words.profile} ${summary.profile.name} · ${summary.tool.name} ${summary.tool.version}`)}</p>
${totals(summary, lang)}
${expected(summary, lang)}
<h2 id="matrix">${esc(words.matrix)}</h2>
${filters(summary, lang)}
${legend(lang)}
<div class="scroll">`;
  yield* matrix(summary, lang);
  yield `</div>
<h2>${esc(words.byClause)}</h2>
`;
  yield* byClause(summary, lang);
  yield `
<h2>${esc(words.details)}</h2>
`;
  const ruleById = new Map(summary.rules.map((rule) => [rule.id, rule]));
  let separator = "";
  for (const [index, row] of summary.facilities.entries()) {
    yield separator + details(row.full(), index, ruleById, lang);
    separator = "\n";
  }
  yield `
<script>${SCRIPT}</script>
</body>
</html>
`;
}
function totals(summary, lang) {
  const words = WORDS[lang];
  const { totals: totals2 } = summary;
  const n = (value) => displayNumber(value, lang);
  const cards = [
    card(n(totals2.facilities), words.facilities, "facilities"),
    card(n(totals2.failing), words.failing, "failing"),
    card(n(totals2.notAssessed), words.notAssessed, "not-assessed"),
    card(n(totals2.rules.fail), words.failingRules, "failing-rules"),
    ...summary.expected ? [
      card(n(summary.expected.missing.length), words.missing, "missing"),
      card(n(summary.expected.unknown.length), words.unknown, "unknown")
    ] : []
  ];
  return `<section class="cards" id="totals">${cards.join("")}</section>`;
}
function card(value, label, name) {
  return `<div class="card" data-card="${name}"><b>${esc(value)}</b>${esc(label)}</div>`;
}
function expected(summary, lang) {
  if (!summary.expected) return "";
  const words = WORDS[lang];
  const { missing, unknown, file, listed } = summary.expected;
  const list = (items) => items.length === 0 ? `<p>${esc(words.none)}</p>` : `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;
  return `<p class="meta">${esc(`${words.registry}: ${file} · ${displayNumber(listed, lang)} ${words.listed}`)}</p>
<h2 id="missing">${esc(words.missing)} (${displayNumber(missing.length, lang)})</h2>
${list(missing.map((entry) => `<b>${esc(entry.code)}</b> ${esc(entry.name)}${entry.district ? ` · ${esc(entry.district)}` : ""}`))}
<h2 id="unknown">${esc(words.unknown)} (${displayNumber(unknown.length, lang)})</h2>
${list(unknown.map((entry) => `<code>${esc(entry.file)}</code> ${esc(entry.code ?? words.noCode)} ${esc(entry.name ?? "")}`))}`;
}
function filters(summary, lang) {
  const words = WORDS[lang];
  const option = (value, label) => `<option value="${esc(value)}">${esc(label)}</option>`;
  const letters = directives(summary).map((directive) => option(directive.id, directiveNumber(directive.number, lang)));
  const severities = SEVERITIES.map((severity) => option(severity, SEVERITY_LABELS[severity][lang]));
  const outcomes = Object.keys(OUTCOME).map(
    (outcome) => option(outcome, OUTCOME[outcome][lang])
  );
  const select = (id, label, options) => `<label>${esc(label)}<select id="${id}">${option("", words.all)}${options.join("")}</select></label>`;
  return `<form class="filters" id="filters" onsubmit="return false">
${select("f-letter", words.directive, letters)}
${select("f-severity", words.severity, severities)}
${select("f-outcome", words.outcome, outcomes)}
<label>${esc(words.search)}<input id="f-search" type="search"></label>
<span><b id="shown">${summary.facilities.length}</b> ${esc(words.shown)}</span>
</form>`;
}
function legend(lang) {
  const statuses = Object.keys(STATUS_LABELS).map(
    (status) => `<span><i class="s-${status}"></i>${MARK[status]} ${esc(STATUS_LABELS[status][lang])}</span>`
  );
  return `<p class="legend">${statuses.join("")}<span><i class="s-error"></i>${MARK.error} ${esc(WORDS[lang].notAssessed)}</span></p>`;
}
function directives(summary) {
  const groups = /* @__PURE__ */ new Map();
  for (const rule of summary.rules) {
    const group = groups.get(rule.directive.id) ?? { id: rule.directive.id, number: rule.directive.number, rules: [] };
    group.rules.push(rule);
    groups.set(rule.directive.id, group);
  }
  return [...groups.values()];
}
function shortName(rule, lang) {
  return `${directiveNumber(rule.directive.number, lang)} ${itemLabel(rule.directive.item, lang)}`.trimEnd();
}
function ruleAttributes(rule) {
  return `data-col data-directive="${esc(rule.directive.id)}" data-severity="${rule.severity}" data-rule="${esc(rule.id)}"`;
}
function* matrix(summary, lang) {
  const words = WORDS[lang];
  const groups = directives(summary);
  const facilityHeads = [
    ["name", words.name],
    ["code", words.code],
    ["district", words.district],
    ["rank", words.outcome],
    ["fails", words.failCount]
  ];
  const head1 = `<tr>${facilityHeads.map(([key, label]) => `<th rowspan="2" data-sort="${key}">${esc(label)}</th>`).join("")}${groups.map(
    (group) => `<th colspan="${group.rules.length}" data-group="${esc(group.id)}">${esc(directiveNumber(group.number, lang))}</th>`
  ).join("")}</tr>`;
  const head2 = `<tr>${summary.rules.map(
    (rule) => `<th class="rule" ${ruleAttributes(rule)} title="${esc(`${rule.id} — ${rule.title[lang]}`)}">${esc(itemLabel(rule.directive.item, lang))} · ${esc(rule.title[lang])}</th>`
  ).join("")}</tr>`;
  yield `<table class="matrix"><thead>${head1}
${head2}</thead>
<tbody>
`;
  let separator = "";
  for (const [index, facility] of summary.facilities.entries()) {
    yield separator + matrixRow(facility, index, summary.rules, lang);
    separator = "\n";
  }
  yield "\n</tbody></table>";
}
function matrixRow(facility, index, rules, lang) {
  const words = WORDS[lang];
  const id = facilityAnchor(index);
  const name = facility.name ?? facility.file;
  const search = [facility.name, facility.code, facility.district, facility.file].filter(Boolean).join(" ").toLowerCase();
  const cells = rules.map((rule) => {
    const status = facility.outcome === "not_assessed" ? "error" : facility.status(rule.id);
    if (!status) return `<td class="c" ${ruleAttributes(rule)}></td>`;
    const label = status === "error" ? words.notAssessed : STATUS_LABELS[status][lang];
    const tip = `${name} — ${shortName(rule, lang)} — ${rule.title[lang]}: ${label}`;
    return `<td class="c s-${status}" ${ruleAttributes(rule)}><a href="#${id}" title="${esc(tip)}" data-short="${esc(itemLabel(rule.directive.item, lang))}">${MARK[status]}</a></td>`;
  });
  const data = `data-facility="${id}" data-outcome="${facility.outcome}" data-search="${esc(search)}" data-name="${esc(name)}" data-code="${esc(facility.code ?? "")}" data-district="${esc(facility.district ?? "")}" data-rank="${OUTCOME_RANK[facility.outcome]}" data-fails="${facility.counts.fail}"`;
  return `<tr ${data}><td data-label="${esc(words.name)}"><a href="#${id}">${esc(name)}</a></td><td data-label="${esc(words.code)}">${esc(facility.code ?? "")}</td><td data-label="${esc(words.district)}">${esc(facility.district ?? "")}</td><td data-label="${esc(words.outcome)}" class="o-${facility.outcome}">${esc(OUTCOME[facility.outcome][lang])}</td><td data-label="${esc(words.failCount)}">${facility.counts.fail}</td>${cells.join("")}</tr>`;
}
function facilityAnchor(index) {
  return `f-${index + 1}`;
}
function* byClause(summary, lang) {
  const words = WORDS[lang];
  const failing = summary.rules.filter((rule) => rule.facilities.fail > 0);
  if (failing.length === 0) yield `<p>${esc(words.noFailures)}</p>`;
  for (const [ruleIndex, rule] of failing.entries()) {
    yield `${ruleIndex > 0 ? "\n" : ""}<section class="clause" data-directive="${esc(rule.directive.id)}" data-severity="${rule.severity}" data-rule="${esc(rule.id)}">
<h3>${esc(shortName(rule, lang))} · ${esc(rule.title[lang])} <small>(${esc(SEVERITY_LABELS[rule.severity][lang])} · ${displayNumber(rule.facilities.fail, lang)} ${esc(words.facilities)})</small></h3>
<ul>`;
    for (const [index, facility] of summary.facilities.entries())
      if (facility.status(rule.id) === "fail")
        yield `<li><a href="#${facilityAnchor(index)}">${esc(facility.code ?? "")} ${esc(facility.name ?? facility.file)}</a>${facility.district ? ` · ${esc(facility.district)}` : ""}</li>`;
    yield "</ul></section>";
  }
}
function details(facility, index, ruleById, lang) {
  const words = WORDS[lang];
  const heading = `<h3>${esc(facility.code ?? "")} ${esc(facility.name ?? facility.file)} <span class="o-${facility.outcome}">${esc(OUTCOME[facility.outcome][lang])}</span></h3>
<p class="meta"><code>${esc(facility.file)}</code>${facility.district ? ` · ${esc(facility.district)}` : ""} · <a href="#matrix">${esc(words.back)}</a></p>`;
  let body;
  if (facility.firstError) {
    const more = facility.errorCount > 1 ? ` (+${facility.errorCount - 1})` : "";
    body = `<p class="o-not_assessed">${esc(words.error)}: <code>${esc(describeLocation(facility.firstError.location))}</code> ${esc(facility.firstError.message[lang])}${more}</p>`;
  } else if (facility.failures.length === 0) {
    body = `<p>${esc(words.noFailures)}</p>`;
  } else {
    const items = facility.failures.map((failure) => {
      const rule = ruleById.get(failure.rule);
      const where = rule ? `${shortName(rule, lang)} · ${rule.title[lang]}` : failure.rule;
      return `<li><b>${esc(where)}</b><br><code>${esc(describeLocation(failure.location))}</code> ${esc(failure.message[lang])}</li>`;
    });
    const more = facility.failuresOmitted > 0 ? `<p>… ${displayNumber(facility.failuresOmitted, lang)} ${esc(words.more)}</p>` : "";
    body = `<ul>${items.join("")}</ul>${more}`;
  }
  return `<section class="facility" id="${facilityAnchor(index)}">${heading}${delegationDetails(facility, lang)}${body}</section>`;
}

// src/format/summary/json.ts
function* summaryJsonChunks(summary) {
  const { facilities, totals: totals2, rules, items, expected: expected2, ...header } = summary;
  const before = JSON.stringify({ ...header, totals: totals2 }, null, 2);
  const after = JSON.stringify({ rules, items, ...expected2 ? { expected: expected2 } : {} }, null, 2);
  yield `${before.slice(0, -2)},
  "facilities": ${facilities.length === 0 ? "[]" : "["}`;
  let separator = "\n    ";
  for (const row of facilities) {
    yield separator + JSON.stringify(row.full(), null, 2).replace(/\n/g, "\n    ");
    separator = ",\n    ";
  }
  yield `${facilities.length === 0 ? "" : "\n  ]"},
${after.slice(2)}
`;
}

// src/format/summary/text.ts
var SHOWN_FACILITIES = 20;
function* summaryTextChunks(summary, { lang }) {
  const words = WORDS[lang];
  const { totals: totals2 } = summary;
  const n = (value) => displayNumber(value, lang);
  const lines = [
    `${summary.tool.name} ${summary.tool.version} · ${words.asOf} ${displayDate(summary.asOf, lang)} (${summary.timeZone}) · ${words.profile} ${summary.profile.name}`,
    // Facilities and rule results are counted apart: "1 cơ sở không đạt · 36 quy tắc không đạt".
    `${n(totals2.facilities)} ${words.facilities}: ${n(totals2.failing)} ${words.failing} · ${n(totals2.notAssessed)} ${words.notAssessed} · ${n(totals2.rules.fail)} ${words.failingRules}`,
    ...expectedLines(summary, lang),
    "",
    `${words.byRule}:`,
    ...summary.rules.map(
      (rule) => `  ${n(rule.facilities.fail).padStart(6)} ${STATUS.fail[lang]}  ${SEVERITY_LABELS[rule.severity][lang].padEnd(12)} ${rule.id}  [${directiveNumber(rule.directive.number, lang)} ${itemLabel(rule.directive.item, lang)}]`
    )
  ];
  const attention = summary.facilities.filter((facility) => facility.outcome !== "pass");
  if (attention.length > 0) lines.push("", `${words.byFacility}:`);
  for (const facility of attention.slice(0, SHOWN_FACILITIES)) {
    const counts = RULE_STATUSES.filter((status) => facility.counts[status] > 0).map(
      (status) => `${n(facility.counts[status])} ${STATUS[status][lang]}`
    );
    const detail = facility.firstError ? `${describeLocation(facility.firstError.location)} ${facility.firstError.message[lang]}` : `${facility.worstSeverity ? SEVERITY_LABELS[facility.worstSeverity][lang] : ""} · ${counts.join(", ")}`;
    lines.push(
      `  ${OUTCOME[facility.outcome][lang].padEnd(12)} ${facility.code ?? "-----"} ${facility.name ?? facility.file}  ${detail}`
    );
  }
  if (attention.length > SHOWN_FACILITIES) lines.push(`  … +${n(attention.length - SHOWN_FACILITIES)}`);
  yield textLines(lines);
}
function expectedLines(summary, lang) {
  if (!summary.expected) return [];
  const words = WORDS[lang];
  const { missing, unknown } = summary.expected;
  return [
    "",
    `${words.missing} (${displayNumber(missing.length, lang)}):`,
    ...missing.map((entry) => `  ${entry.code} ${entry.name}${entry.district ? ` · ${entry.district}` : ""}`),
    `${words.unknown} (${displayNumber(unknown.length, lang)}):`,
    ...unknown.map((entry) => `  ${entry.file} ${entry.code ?? words.noCode} ${entry.name ?? ""}`.trimEnd())
  ];
}

// src/format/summary/index.ts
var SUMMARY_CHUNKS = {
  text: summaryTextChunks,
  json: summaryJsonChunks,
  csv: summaryCsvChunks,
  "csv-rules": summaryRulesCsvChunks,
  html: summaryHtmlChunks
};
function formatSummary(summary, format, options) {
  return [...SUMMARY_CHUNKS[format](summaryRows(summary), options)].join("");
}

export {
  SUMMARY_CHUNKS,
  formatSummary
};
