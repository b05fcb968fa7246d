#!/usr/bin/env python3
"""Writes the bad-input corpus (test/corpus/bad/) and its manifest (test/corpus/manifest.json).

Each case is a small file derived from one valid base config, plus the exact error it must give: the line, a
substring of the English message, and the exit code. Run it after changing a case; the files are committed so a
reviewer sees each hostile input as it is. The 200 MB file is not here: test/corpus.test.ts creates it in a temp dir.
"""
import json, os, random, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.join(HERE, "bad")

BASE = """apiVersion: kcb-compliance/v1
kind: Facility
facility:
  code: "01905"
  name: Trạm Y tế xã Mẫu
  type: commune_station
  bhytContract: true
staff:
  - id: tyt-01
    name: Ngô Thị Hạnh
    status: active
    joinedOn: "2020-01-01"
systems:
  - id: portal
    kind: bhxh_portal
    name: Cổng BHXH
accounts:
  - id: acc-1
    system: portal
    username: "01905_a"
    holder: tyt-01
    assignment: { decision: 1/QĐ-TYT, on: "2024-01-02", by: Ngô Thị Hạnh }
    status: active
    passwordChangedOn: "2026-10-01"
"""

cases = []


def case(name, content, line, message, exit_code=2, why="", evidence=None, at=""):
    """`evidence` files are written under bad/evidence/; `at` is the file the error points to when not the config."""
    cases.append({"file": name, "content": content, "line": line, "message": message, "exit": exit_code, "why": why,
                  "at": at, "evidence": evidence or {}})


def replace(old, new):
    assert old in BASE, old
    return BASE.replace(old, new, 1)


def append(text):
    return BASE + text


SYNTAX = "Invalid YAML/JSON syntax"
UTF8 = "not UTF-8 text"
NUL = "contains NUL bytes"

# Syntax ------------------------------------------------------------------------------------------------------
case("syntax-unclosed-flow.yaml", replace("name: Trạm Y tế xã Mẫu", "name: [Trạm Y tế"), 6, SYNTAX, why="flow sequence never closed")
case("syntax-bad-indent.yaml", replace("  type: commune_station", " type: commune_station"), 6, SYNTAX)
case("syntax-tab-indent.yaml", replace("  type: commune_station", "\ttype: commune_station"), 6, SYNTAX, why="tabs are not indentation in YAML")
case("syntax-unterminated-quote.yaml", replace('code: "01905"', 'code: "01905'), 4, SYNTAX)
case("syntax-two-documents.yaml", BASE + "---\n" + BASE, 25, SYNTAX, why="one facility per file")
case("syntax-block-scalar-header.yaml", replace("name: Trạm Y tế xã Mẫu", "name: |password=hunter2-secret"), 5, SYNTAX,
     why="yaml quotes the rest of the line in this message; the value must not be echoed")
case("syntax-bad-escape.yaml", replace("name: Trạm Y tế xã Mẫu", 'name: "Trạm \\q"'), 5, SYNTAX)
case("syntax-unknown-tag.yaml", replace("name: Trạm Y tế xã Mẫu", 'name: !!js/function "function () { return 1 }"'), 5,
     "Unresolved tag", why="no code execution: unknown tags are errors, not strings")
case("syntax-python-tag.yaml", replace("name: Trạm Y tế xã Mẫu", "name: !!python/object/apply:os.system [\"id\"]"), 5, "Unresolved tag")
case("dup-key-top.yaml", BASE + "kind: Facility\n", 25, SYNTAX, why="duplicate key kind")
case("dup-key-nested.yaml", replace("  bhytContract: true", "  bhytContract: true\n  bhytContract: false"), 8, SYNTAX)
case("dup-key-in-list-item.yaml", replace("    status: active\n    joinedOn", "    status: active\n    status: left\n    joinedOn"), 12, SYNTAX)
case("json-trailing-comma.json", '{\n  "apiVersion": "kcb-compliance/v1",\n  "kind": "Facility",\n}\n', 4, "Invalid JSON syntax")
case("json-unclosed-object.json", '{\n  "apiVersion": "kcb-compliance/v1",\n  "kind": "Facility"\n', 4, "Invalid JSON syntax")
case("json-duplicate-key.json", '{\n  "apiVersion": "kcb-compliance/v1",\n  "kind": "Facility",\n  "kind": "Facility"\n}\n', 4, SYNTAX)
case("json-comment.json", '{\n  "apiVersion": "kcb-compliance/v1", // the version\n  "kind": "Facility"\n}\n', 2, "Invalid JSON syntax")
case("json-missing-comma.json", '{\n  "apiVersion": "kcb-compliance/v1"\n  "kind": "Facility"\n}\n', 3, "Invalid JSON syntax")

# Empty and non-object documents ------------------------------------------------------------------------------
EMPTY = "The configuration file is empty"
case("empty.yaml", "", 1, EMPTY)
case("empty-comments-only.yaml", "# nothing yet\n# still nothing\n", 1, EMPTY)
case("empty-whitespace.json", "  \n\n   \n", 1, EMPTY)
case("empty-null-document.yaml", "~\n", 1, EMPTY)
case("scalar-document.yaml", "hello\n", 1, "/: expected object")
case("array-document.json", "[]\n", 1, "/: expected object")

# Encodings ----------------------------------------------------------------------------------------------------
case("binary-garbage.yaml", bytes(random.Random(7).randrange(128, 256) for _ in range(4096)), 1, UTF8)
case("binary-nul-bytes.yaml", b"apiVersion: kcb-compliance/v1\nkind: Facility\n\x00\x01\x02\x03binary\n", 3, NUL)
case("utf16le-bom.yaml", "\ufeff".encode("utf-16-le") + BASE.encode("utf-16-le"), 1, UTF8)
case("utf16be-bom.yaml", "\ufeff".encode("utf-16-be") + BASE.encode("utf-16-be"), 1, UTF8)
case("utf16le-no-bom.yaml", "apiVersion: kcb-compliance/v1\nkind: Facility\n".encode("utf-16-le"), 1, NUL)
case("latin1-vietnamese.yaml", "apiVersion: kcb-compliance/v1\nkind: Facility\nfacility:\n  name: Tr\u00e2m Y t\u00ea\n".encode("latin-1"), 1, UTF8,
     why="legacy 8-bit encodings are refused rather than guessed")

# Resource exhaustion --------------------------------------------------------------------------------------------
laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
for level in "bcdefghi":
    prev = chr(ord(level) - 1)
    laughs.append(f"{level}: &{level} [" + ",".join([f"*{prev}"] * 9) + "]")
case("alias-billion-laughs.yaml", "\n".join(laughs) + "\n", 2, "beyond the limit of 100", why="9^9 expansion")
case("alias-bomb-in-config.yaml", replace("  bhytContract: true", "  bhytContract: true\n  head: &h { name: [" + ",".join(["x"] * 10) + "] }")
     + "governance:\n  disseminations: [" + ",".join(["*h"] * 120) + "]\n", 27, "beyond the limit of 100")
case("alias-self-reference.yaml", replace("  - id: portal", "  - &loop\n    id: portal\n    self: [*loop]").replace("    kind: bhxh_portal", "    kind: bhxh_portal", 1), 16,
     "points into the very block", why="a cyclic value would hang JSON consumers")
case("alias-unresolved.yaml", replace("name: Trạm Y tế xã Mẫu", "name: *nowhere"), 5, "refers to no anchor")
case("nesting-10000-flow.yaml", "a: " + "[" * 10000 + "]" * 10000 + "\n", 1, "deeper than 64 levels")
case("nesting-10000-block-seq.yaml", "a:\n  " + "- " * 10000 + "x\n", 2, "deeper than 64 levels")
case("nesting-10000.json", '{"a":' * 10000 + "1" + "}" * 10000 + "\n", 1, "deeper than 64 levels")
case("nesting-65-levels.yaml", "\n".join("  " * i + f"k{i}:" for i in range(65)) + " 1\n", 65, "deeper than 64 levels")

case("nesting-10000.facility.ts", "export default " + "[" * 10000 + "]" * 10000 + ";\n", 1, "deeper than 64 levels",
     why="TypeScript configs are scanned for depth before the recursive parser")
case("ts-runs-code.facility.ts", 'import { execSync } from "node:child_process";\n\nexport default { apiVersion: "kcb-compliance/v1", kind: execSync("id").toString() };\n', 1,
     "importing values", why="a .ts config is read, never run: a call is refused at its line")

# Schema: wrong types, missing and unknown fields, impossible dates ---------------------------------------------
case("missing-apiVersion.yaml", BASE.replace("apiVersion: kcb-compliance/v1\n", ""), 1, 'missing required field "apiVersion"')
case("wrong-apiVersion.yaml", replace("kcb-compliance/v1", "kcb-compliance/v3"), 1, '/apiVersion: must be "kcb-compliance/v2"')
case("wrong-kind.yaml", replace("kind: Facility", "kind: Hospital"), 2, "/kind: must be")
case("missing-facility.yaml", BASE.split("facility:")[0] + "staff:" + BASE.split("staff:")[1], 1, 'missing required field "facility"')
case("missing-staff-name.yaml", replace("    name: Ngô Thị Hạnh\n    status", "    status"), 9, 'missing required field "name"')
case("facility-code-number.yaml", replace('code: "01905"', "code: 1905"), 4, "/facility/code: expected string")
case("facility-code-pattern.yaml", replace('code: "01905"', 'code: "019"'), 4, "/facility/code: The KCB facility code is exactly 5 digits")
case("bhytContract-string.yaml", replace("bhytContract: true", "bhytContract: yes"), 7, "/facility/bhytContract: expected boolean",
     why="YAML 1.2 core schema: yes is a string, not a boolean")
case("staff-not-array.yaml", replace("staff:\n  - id: tyt-01", "staff:\n  id: tyt-01").replace("    name: Ngô Thị Hạnh\n    status: active\n    joinedOn", "  name: Ngô Thị Hạnh\n  status: active\n  joinedOn"), 8, '/staff: missing required field "from"', why="staff is a list, or {from: file} naming a CSV/XLSX list")
case("staff-status-enum.yaml", replace("    status: active\n    joinedOn", "    status: retired\n    joinedOn"), 11, "/staff/0/status: expected one of")
case("accounts-item-not-object.yaml", BASE.split("accounts:")[0] + "accounts:\n  - acc-1\n", 18, "/accounts/0: expected object")
case("account-id-empty.yaml", replace("  - id: acc-1", '  - id: ""'), 18, "/accounts/0/id: must NOT have fewer than 1 characters")
case("unknown-top-field.yaml", BASE + "colour: blue\n", 25, 'unknown field "colour"')
case("unknown-field-with-secret-value.yaml", replace('    username: "01905_a"', '    username: "01905_a"\n    remark: "Hunter2!Secret"'), 21, 'unknown field "remark"',
     why="the value of an unknown field is never quoted")
case("date-feb-30.yaml", replace('passwordChangedOn: "2026-10-01"', 'passwordChangedOn: "2024-02-30"'), 24, "/accounts/0/passwordChangedOn: expected a real date")
case("date-feb-29-not-leap.yaml", replace('joinedOn: "2020-01-01"', 'joinedOn: "2023-02-29"'), 12, "/staff/0/joinedOn: expected a real date")
case("date-month-13.yaml", replace('on: "2024-01-02"', 'on: "2024-13-02"'), 22, "/accounts/0/assignment/decidedOn: expected a real date")
case("date-day-month-year.yaml", replace('passwordChangedOn: "2026-10-01"', "passwordChangedOn: 01/10/2026"), 24, "expected a real date")
case("date-as-number.yaml", replace('passwordChangedOn: "2026-10-01"', "passwordChangedOn: 20261001"), 24, "/accounts/0/passwordChangedOn: expected string")
case("proto-key-top.yaml", BASE + "__proto__:\n  polluted: true\n", 25, 'unknown field "__proto__"', why="no prototype pollution")
case("constructor-key.yaml", BASE + "constructor:\n  prototype:\n    polluted: true\n", 25, 'unknown field "constructor"')
case("proto-key-nested.json", json.dumps({"apiVersion": "kcb-compliance/v1", "kind": "Facility",
     "facility": {"code": "01905", "name": "X", "type": "commune_station", "bhytContract": False, "__proto__": {"polluted": True}}}, indent=2) + "\n",
     9, 'unknown field "__proto__"')

# Referential integrity ------------------------------------------------------------------------------------------
case("ref-holder-not-staff.yaml", replace("    holder: tyt-01", "    holder: tyt-99"), 21, '/accounts/0/holder: this value matches the id of no staff member')
case("ref-account-unknown-system.yaml", replace("    system: portal", "    system: portal-2"), 19, '/accounts/0/system: this value matches the id of no system')
case("ref-training-unknown-staff.yaml", append('trainings:\n  - { staffId: tyt-07, course: ATTT 2026, completedOn: "2026-03-01" }\n'), 26, "/trainings/0/staffId")
case("ref-holder-history-unknown-staff.yaml", append('    holderHistory:\n      - { holder: tyt-00, from: "2020-01-01", to: "2023-12-31" }\n'), 26, "/accounts/0/holderHistory/0/holder")
case("ref-access-stats-unknown-account.yaml", append('accessStats:\n  - { date: "2026-10-02", account: acc-9, requests: 3 }\n'), 26, "/accessStats/0/account")
case("ref-pharmacy-unknown-system.yaml", replace("  bhytContract: true", "  bhytContract: true\n  pharmacies:\n    - { id: nt-1, name: Nhà thuốc, systems: [pharm-9] }"), 9, "/facility/pharmacies/0/systems/0")
case("ref-application-review-unknown-system.yaml", append('applicationReviews:\n  - { system: his-9, reviewedOn: "2026-05-01", result: pass }\n'), 26, "/applicationReviews/0/system")
case("ref-duplicate-staff-id.yaml", replace("systems:", "  - { id: tyt-01, name: Trùng mã, status: active }\nsystems:"), 13, '/staff/1/id: this id is already used by the staff member (staff) at /staff/0/id')
case("ref-duplicate-account-id.yaml", append('  - { id: acc-1, system: portal, holder: tyt-01, status: disabled }\n'), 25, '/accounts/1/id: this id is already used')

# Dates after --as-of (2026-11-20) on fields that record past events ---------------------------------------------
FUTURE = "records a past event but is after the evaluation date 2026-11-20"
case("future-password-change.yaml", replace('passwordChangedOn: "2026-10-01"', 'passwordChangedOn: "2027-10-01"'), 24, FUTURE)
case("future-training.yaml", append('trainings:\n  - { staffId: tyt-01, course: ATTT, completedOn: "2026-12-01" }\n'), 26, FUTURE)
case("future-joined.yaml", replace('joinedOn: "2020-01-01"', 'joinedOn: "2062-01-01"'), 12, FUTURE)
case("future-assignment.yaml", replace('on: "2024-01-02"', 'on: "2026-11-21"'), 22, FUTURE)

# Hostile evidence, TypeScript and values (issue 18) -------------------------------------------------------------
EVIDENCE_HEAD = BASE.split("staff:")[0]
case("evidence-secret-date-cell.yaml", EVIDENCE_HEAD + "staff:\n  - { id: tyt-01, name: Ngô Thị Hạnh, status: active, joinedOn: \"2020-01-01\" }\n"
     "trainings: { from: evidence/secret-date-cell.csv }\n", 2, "is not a valid date", at="evidence/secret-date-cell.csv",
     evidence={"secret-date-cell.csv": "Mã nhân viên,Khoá học,Ngày hoàn thành\ntyt-01,Bảo mật,mật khẩu: Hunter2Secret\n"},
     why="the cell is quoted in the error, but a credential in it is withheld")
case("evidence-secret-header.yaml", EVIDENCE_HEAD + "staff: { from: evidence/secret-header.csv }\n", 1, "matches no field",
     at="evidence/secret-header.csv", evidence={"secret-header.csv": "Họ và tên,Mã,password=hunter2-header\nA,tyt-01,x\n"})
case("evidence-stray-quote.yaml", EVIDENCE_HEAD + "staff: { from: evidence/stray-quote.csv }\n", 2, "Invalid CSV (",
     at="evidence/stray-quote.csv", evidence={"stray-quote.csv": 'Họ và tên,Mã\n"pw: hunter2-quoted"x,tyt-01\n'},
     why="csv-parse quotes the value in its message; only its code is shown")
case("evidence-log-secret-timestamp.yaml", EVIDENCE_HEAD + "accessStats: { from: evidence/log-secret-timestamp.csv, format: access-log }\n", 2,
     "is not a valid timestamp", at="evidence/log-secret-timestamp.csv",
     evidence={"log-secret-timestamp.csv": "timestamp,account\npassword=hunter2-log,acc-1\n"})
case("evidence-glob-name.yaml", EVIDENCE_HEAD + "accessStats: { from: \"evidence/[l]og-glob.csv\", format: access-log }\n", 2,
     "is not a valid timestamp", at="evidence/[l]og-glob.csv",
     evidence={"[l]og-glob.csv": "timestamp,account\nyesterday,acc-1\n", "log-glob.csv": "timestamp,account\n2026-10-01T08:00:00+07:00,decoy\n"},
     why="DuckDB reads [l] as a pattern matching log-glob.csv (the decoy); kcb hands it the checked file itself")
case("secret-note-matkhau.yaml", replace("name: Trạm Y tế xã Mẫu", "name: \"Trạm Y tế xã Mẫu matkhau=Hunter2x\""), 5,
     "holds a secret (credential note)", exit_code=1, why="the secrets rule and the withholding pass share one detector")
case("secret-url-redis.yaml", replace("name: Trạm Y tế xã Mẫu", "name: redis://:hunter2redis@cache.local"), 5,
     "holds a secret (URL with a password)", exit_code=1)
case("ts-import-credential.facility.ts", 'import { x } from "postgres://admin:hunter2db@db.local/kcb";\nexport default { apiVersion: "kcb-compliance/v1" };\n',
     1, "would need running code", why="the import specifier is quoted, its password withheld")
case("ts-proto-key.facility.ts", 'export default {\n  apiVersion: "kcb-compliance/v1",\n  kind: "Facility",\n'
     '  facility: { code: "01905", name: "X", type: "commune_station", bhytContract: false },\n  "__proto__": { polluted: true },\n};\n',
     5, 'unknown field "__proto__"', why="defined as a key, never set as the prototype")
case("ts-generic-nesting.facility.ts", "export default {} as " + "A<" * 5000 + "B" + ">" * 5000 + ";\n", 1, "deeper than 64 levels",
     why="type arguments nest like brackets; the parser would overflow the stack")
case("ts-as-chain.facility.ts", "export default {}" + " as A" * 5000 + ";\n", 1, "deeper than 64 levels")
case("value-lone-surrogate.json", '{\n  "apiVersion": "kcb-compliance/v1",\n  "kind": "Facility",\n  "facility": {\n    "code": "01905",\n'
     '    "name": "Tr\\ud800m",\n    "type": "commune_station",\n    "bhytContract": false\n  }\n}\n', 6, "lone UTF-16 surrogate")
case("value-integer-above-2-64.yaml", replace("  bhytContract: true", "  bhytContract: true\n  beds: 123456789012345678901234567890"), 8,
     "too large to read exactly")

# Valid but empty of accounts: the file is fine, so this is not an input error; the facility has a BHYT contract
# and declares no portal account, which the rules report as failures (exit 1) rather than passing.
case("valid-no-accounts.yaml", BASE.split("accounts:")[0] + "accounts: []\n", 17, "lists no BHXH portal account", exit_code=1)

shutil.rmtree(BAD, ignore_errors=True)
os.makedirs(os.path.join(BAD, "evidence"))
manifest = []
for c in cases:
    data = c.pop("content")
    with open(os.path.join(BAD, c["file"]), "wb") as out:
        out.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    for name, text in c.pop("evidence").items():
        with open(os.path.join(BAD, "evidence", name), "w", encoding="utf-8") as out:
            out.write(text)
    manifest.append({k: v for k, v in c.items() if v != ""})
with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as out:
    json.dump({"asOf": "2026-11-20", "cases": manifest}, out, ensure_ascii=False, indent=2)
    out.write("\n")
print(f"{len(manifest)} cases")
