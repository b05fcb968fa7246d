import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  RULE_STATUSES,
  blockingRules,
  blocks,
  reaches
} from "./chunk-OJYSJZFW.js";
import {
  TIME_ZONE,
  invalidIsoDate,
  todayInVietnam
} from "./chunk-KCONMGSM.js";
import {
  bilingualText,
  facilitySchema,
  fieldLabel,
  fieldPhraseVi,
  headersFor,
  importableFields,
  importableLists,
  matchHeader,
  readPackageFile,
  readPackageText,
  renamedTo,
  upgradeConfig
} from "./chunk-A543BN3N.js";
import {
  DISK_SOURCE,
  confineEvidencePath,
  loadConfigFile,
  locate,
  parseConfig
} from "./chunk-FTLTMWMS.js";
import {
  DEFAULT_LIMITS
} from "./chunk-XOWPIW4Q.js";
import {
  UnreadableFileError,
  escapePointerToken,
  forEachAt,
  pointerTokens,
  readInputFile,
  tooLarge,
  walkedChildren,
  walkedPointer
} from "./chunk-65ZUPPDZ.js";
import {
  EngineError,
  InputError,
  UsageError,
  describeThrown
} from "./chunk-A4REKETX.js";
import {
  __commonJS,
  __toESM
} from "./chunk-EZ77PSFF.js";

// kcb-empty:@open-policy-agent/opa-wasm/src/builtins/index.js
var require_builtins = __commonJS({
  "kcb-empty:@open-policy-agent/opa-wasm/src/builtins/index.js"(exports, module) {
    module.exports = {};
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/opa.js
var require_opa = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/opa.js"(exports, module) {
    var builtIns = require_builtins();
    function stringDecoder(mem) {
      return function(addr) {
        const i8 = new Int8Array(mem.buffer);
        let s = "";
        while (i8[addr] !== 0) {
          s += String.fromCharCode(i8[addr++]);
        }
        return s;
      };
    }
    function _loadJSON(wasmInstance, memory, value) {
      if (value === void 0) {
        return 0;
      }
      let valueBuf;
      if (value instanceof ArrayBuffer) {
        valueBuf = new Uint8Array(value);
      } else {
        const valueAsText = JSON.stringify(value);
        valueBuf = new TextEncoder().encode(valueAsText);
      }
      const valueBufLen = valueBuf.byteLength;
      const rawAddr = wasmInstance.exports.opa_malloc(valueBufLen);
      const memoryBuffer = new Uint8Array(memory.buffer);
      memoryBuffer.set(valueBuf, rawAddr);
      const parsedAddr = wasmInstance.exports.opa_json_parse(rawAddr, valueBufLen);
      if (parsedAddr === 0) {
        throw "failed to parse json value";
      }
      return parsedAddr;
    }
    function _dumpJSON(wasmInstance, memory, addr) {
      const rawAddr = wasmInstance.exports.opa_json_dump(addr);
      return _dumpJSONRaw(memory, rawAddr);
    }
    function _dumpJSONRaw(memory, addr) {
      const buf = new Uint8Array(memory.buffer);
      let idx = addr;
      while (buf[idx] !== 0) {
        idx++;
      }
      const utf8View = new Uint8Array(memory.buffer, addr, idx - addr);
      const jsonAsText = new TextDecoder().decode(utf8View);
      return JSON.parse(jsonAsText);
    }
    var builtinFuncs = builtIns;
    function _builtinCall(wasmInstance, memory, builtins, customBuiltins, builtinId) {
      const builtInName = builtins[builtinId];
      const impl = builtinFuncs[builtInName] || customBuiltins[builtInName];
      if (impl === void 0) {
        throw {
          message: "not implemented: built-in function " + builtinId + ": " + builtins[builtinId]
        };
      }
      const argArray = Array.prototype.slice.apply(arguments);
      const args = [];
      for (let i = 5; i < argArray.length; i++) {
        const jsArg = _dumpJSON(wasmInstance, memory, argArray[i]);
        args.push(jsArg);
      }
      const result = impl(...args);
      return _loadJSON(wasmInstance, memory, result);
    }
    function _importObject(env, memory, customBuiltins) {
      const addr2string = stringDecoder(memory);
      return {
        env: {
          memory,
          opa_abort: function(addr) {
            throw addr2string(addr);
          },
          opa_println: function(addr) {
            console.log(addr2string(addr));
          },
          opa_builtin0: function(builtinId, _ctx) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId
            );
          },
          opa_builtin1: function(builtinId, _ctx, arg1) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1
            );
          },
          opa_builtin2: function(builtinId, _ctx, arg1, arg2) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2
            );
          },
          opa_builtin3: function(builtinId, _ctx, arg1, arg2, arg3) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3
            );
          },
          opa_builtin4: function(builtinId, _ctx, arg1, arg2, arg3, arg4) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3,
              arg4
            );
          }
        }
      };
    }
    function _preparePolicy(env, wasm, memory) {
      env.instance = wasm.instance ? wasm.instance : wasm;
      const abiVersionGlobal = env.instance.exports.opa_wasm_abi_version;
      if (abiVersionGlobal !== void 0) {
        const abiVersion = typeof abiVersionGlobal === "number" ? abiVersionGlobal : abiVersionGlobal.value;
        if (abiVersion !== 1) {
          throw `unsupported ABI version ${abiVersion}`;
        }
      } else {
        console.error("opa_wasm_abi_version undefined");
      }
      const abiMinorVersionGlobal = env.instance.exports.opa_wasm_abi_minor_version;
      let abiMinorVersion;
      if (abiMinorVersionGlobal !== void 0) {
        abiMinorVersion = typeof abiMinorVersionGlobal === "number" ? abiMinorVersionGlobal : abiMinorVersionGlobal.value;
      } else {
        console.error("opa_wasm_abi_minor_version undefined");
      }
      const builtins = _dumpJSON(
        env.instance,
        memory,
        env.instance.exports.builtins()
      );
      env.builtins = {};
      for (const key of Object.keys(builtins)) {
        env.builtins[builtins[key]] = key;
      }
      return { policy: wasm, minorVersion: abiMinorVersion };
    }
    async function _loadPolicy(policyWasm, memory, customBuiltins) {
      const env = {};
      const isStreaming = policyWasm instanceof Response || policyWasm instanceof Promise;
      const importObject = _importObject(env, memory, customBuiltins);
      const wasm = await (isStreaming ? WebAssembly.instantiateStreaming(policyWasm, importObject) : WebAssembly.instantiate(policyWasm, importObject));
      return _preparePolicy(env, wasm, memory);
    }
    function _loadPolicySync(policyWasm, memory, customBuiltins) {
      const env = {};
      if (policyWasm instanceof ArrayBuffer || policyWasm.buffer instanceof ArrayBuffer) {
        policyWasm = new WebAssembly.Module(policyWasm);
      }
      const wasm = new WebAssembly.Instance(
        policyWasm,
        _importObject(env, memory, customBuiltins)
      );
      return _preparePolicy(env, wasm, memory);
    }
    var LoadedPolicy = class {
      /**
       * Loads and initializes a compiled Rego policy.
       * @param {WebAssembly.WebAssemblyInstantiatedSource} policy
       * @param {WebAssembly.Memory} memory
       */
      constructor(policy, memory, minorVersion) {
        this.minorVersion = minorVersion;
        this.mem = memory;
        this.wasmInstance = policy.instance ? policy.instance : policy;
        this.dataAddr = _loadJSON(this.wasmInstance, this.mem, {});
        this.baseHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
        this.dataHeapPtr = this.baseHeapPtr;
        this.entrypoints = _dumpJSON(
          this.wasmInstance,
          this.mem,
          this.wasmInstance.exports.entrypoints()
        );
      }
      /**
       * Evaluates the loaded policy with the given input and
       * return the result set. This should be re-used for multiple evaluations
       * of the same policy with different inputs.
       *
       * To call a non-default entrypoint in your WASM specify it as the second
       * param. A list of entrypoints can be accessed with the `this.entrypoints`
       * property.
       * @param {any | ArrayBuffer} input input to be evaluated in form of `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       * @param {number | string} entrypoint ID or name of the entrypoint to call (optional)
       */
      evaluate(input, entrypoint = 0) {
        if (typeof entrypoint === "number") {
        } else if (typeof entrypoint === "string") {
          if (Object.prototype.hasOwnProperty.call(this.entrypoints, entrypoint)) {
            entrypoint = this.entrypoints[entrypoint];
          } else {
            throw `entrypoint ${entrypoint} is not valid in this instance`;
          }
        } else {
          throw `entrypoint value is an invalid type, must be either string or number`;
        }
        if (this.minorVersion >= 2) {
          let inputBuf = null;
          let inputLen = 0;
          let inputAddr2 = 0;
          if (input) {
            if (input instanceof ArrayBuffer) {
              inputBuf = new Uint8Array(input);
            } else {
              const inputAsText = JSON.stringify(input);
              inputBuf = new TextEncoder().encode(inputAsText);
            }
            inputAddr2 = this.dataHeapPtr;
            inputLen = inputBuf.byteLength;
            const delta = inputAddr2 + inputLen - this.mem.buffer.byteLength;
            if (delta > 0) {
              const pages = roundup(delta);
              this.mem.grow(pages);
            }
            const buf = new Uint8Array(this.mem.buffer);
            buf.set(inputBuf, this.dataHeapPtr);
          }
          const heapPtr = this.dataHeapPtr + inputLen;
          const ret = this.wasmInstance.exports.opa_eval(
            0,
            entrypoint,
            this.dataAddr,
            inputAddr2,
            inputLen,
            heapPtr,
            0
          );
          return _dumpJSONRaw(this.mem, ret);
        }
        this.wasmInstance.exports.opa_heap_ptr_set(this.dataHeapPtr);
        const inputAddr = _loadJSON(this.wasmInstance, this.mem, input);
        const ctxAddr = this.wasmInstance.exports.opa_eval_ctx_new();
        this.wasmInstance.exports.opa_eval_ctx_set_input(ctxAddr, inputAddr);
        this.wasmInstance.exports.opa_eval_ctx_set_data(ctxAddr, this.dataAddr);
        this.wasmInstance.exports.opa_eval_ctx_set_entrypoint(ctxAddr, entrypoint);
        this.wasmInstance.exports.eval(ctxAddr);
        const resultAddr = this.wasmInstance.exports.opa_eval_ctx_get_result(
          ctxAddr
        );
        return _dumpJSON(this.wasmInstance, this.mem, resultAddr);
      }
      /**
       * evalBool will evaluate the policy and return a boolean answer
       * depending on the return code from the policy evaluation.
       * @deprecated Use `evaluate` instead.
       * @param {object} input
       */
      evalBool(input) {
        const rs = this.evaluate(input);
        return rs && rs.length === 1 && rs[0] === true;
      }
      /**
       * Loads data for use in subsequent evaluations.
       * @param {object | ArrayBuffer} data  data in form of `object` or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       */
      setData(data) {
        this.wasmInstance.exports.opa_heap_ptr_set(this.baseHeapPtr);
        this.dataAddr = _loadJSON(this.wasmInstance, this.mem, data);
        this.dataHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
      }
    };
    function roundup(bytes) {
      const pageSize = 64 * 1024;
      return Math.ceil(bytes / pageSize);
    }
    module.exports = {
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a Promise of a LoadedPolicy object which
       * can be used to evaluate the policy.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {Promise<LoadedPolicy>}
       */
      async loadPolicy(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        if (typeof memoryDescriptor === "number") {
          memoryDescriptor = { initial: memoryDescriptor };
        }
        memoryDescriptor.initial = memoryDescriptor.initial || 5;
        const memory = new WebAssembly.Memory(memoryDescriptor);
        const { policy, minorVersion } = await _loadPolicy(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a LoadedPolicy object which can be
       * used to evaluate the policy.
       *
       * This cannot be used from the main thread in a browser.
       * You must use the `loadPolicy` function instead, or call
       * from a worker thread.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {LoadedPolicy}
       */
      loadPolicySync(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        if (typeof memoryDescriptor === "number") {
          memoryDescriptor = { initial: memoryDescriptor };
        }
        memoryDescriptor.initial = memoryDescriptor.initial || 5;
        const memory = new WebAssembly.Memory(memoryDescriptor);
        const { policy, minorVersion } = _loadPolicySync(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      LoadedPolicy
    };
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate5, compare) {
      return { validate: validate5, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/load/facility.ts
import { extname as extname2 } from "node:path";

// src/load/evidence.ts
import { extname } from "node:path";

// src/load/cells.ts
var DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u;
var SHORT_YEAR = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/u;
var ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?)?$/u;
var EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
var MS_PER_DAY = 864e5;
var TRUE_WORDS = ["true", "yes", "có", "x", "1", "đúng"];
var FALSE_WORDS = ["false", "no", "không", "0", "sai"];
var STATUS_WORDS = {
  "đang làm việc": "active",
  "đang công tác": "active",
  "nghỉ việc": "left",
  "đã nghỉ việc": "left",
  "đã nghỉ": "left",
  "chuyển công tác": "transferred",
  "đã chuyển công tác": "transferred",
  "hoạt động": "active",
  "đang hoạt động": "active",
  "đã khoá": "disabled",
  "đã khóa": "disabled",
  "vô hiệu hoá": "disabled",
  "vô hiệu hóa": "disabled"
};
function convertCell(cell, kind, fromSpreadsheet) {
  if (cell === null || cell === void 0 || typeof cell === "string" && cell.trim() === "") return { empty: true };
  switch (kind) {
    case "date":
      return convertDate(cell, fromSpreadsheet);
    case "integer":
      return convertInteger(cell);
    case "boolean":
      return convertBoolean(cell);
    case "list":
      return {
        value: text(cell).split(/[;,]/u).map((part) => part.trim()).filter((part) => part !== "")
      };
    case "string": {
      const value = text(cell);
      return { value: STATUS_WORDS[value.toLowerCase()] ?? value };
    }
  }
}
function text(cell) {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).normalize("NFC").trim();
}
function convertDate(cell, fromSpreadsheet) {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? invalid(String(cell)) : { value: cell.toISOString().slice(0, 10) };
  }
  if (typeof cell === "number") {
    if (!fromSpreadsheet || !Number.isInteger(cell) || cell < 61 || cell > 2958465) {
      return {
        error: {
          vi: `số ${cell} ở cột ngày không rõ là ngày nào; hãy ghi ngày dạng dd/mm/yyyy hoặc YYYY-MM-DD`,
          en: `the number ${cell} in a date column is ambiguous; write the date as dd/mm/yyyy or YYYY-MM-DD`
        }
      };
    }
    return { value: new Date(EXCEL_EPOCH_MS + cell * MS_PER_DAY).toISOString().slice(0, 10) };
  }
  const value = text(cell);
  if (/^\d+$/u.test(value)) return convertDate(Number(value), fromSpreadsheet);
  const iso = ISO_DATE_TIME.exec(value);
  if (iso) return checked(iso[1], value);
  const dayMonthYear2 = DAY_MONTH_YEAR.exec(value);
  if (dayMonthYear2) {
    const [, day, month, year] = dayMonthYear2;
    if (Number(month) > 12 && Number(day) <= 12) {
      return {
        error: {
          vi: `"${value}" có vẻ là tháng/ngày/năm; hãy ghi ngày/tháng/năm (dd/mm/yyyy) hoặc YYYY-MM-DD`,
          en: `"${value}" looks like month/day/year; write day/month/year (dd/mm/yyyy) or YYYY-MM-DD`
        }
      };
    }
    return checked(`${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`, value);
  }
  if (SHORT_YEAR.test(value)) {
    return {
      error: {
        vi: `"${value}" có năm hai chữ số, không rõ thế kỷ; hãy ghi đủ bốn chữ số`,
        en: `"${value}" has a two-digit year, which is ambiguous; write all four digits`
      }
    };
  }
  return invalid(value);
}
function checked(iso, original) {
  return invalidIsoDate(iso) ? invalid(original) : { value: iso };
}
function invalid(value) {
  return {
    error: {
      vi: `"${value}" không phải ngày hợp lệ (cần dd/mm/yyyy hoặc YYYY-MM-DD)`,
      en: `"${value}" is not a valid date (expected dd/mm/yyyy or YYYY-MM-DD)`
    }
  };
}
function convertInteger(cell) {
  const value = typeof cell === "number" ? cell : Number(text(cell).replace(/[\s.,](?=\d{3}\b)/gu, ""));
  if (Number.isSafeInteger(value)) return { value };
  return { error: { vi: `"${text(cell)}" không phải số nguyên`, en: `"${text(cell)}" is not a whole number` } };
}
function convertBoolean(cell) {
  if (typeof cell === "boolean") return { value: cell };
  const value = text(cell).toLowerCase();
  if (TRUE_WORDS.includes(value)) return { value: true };
  if (FALSE_WORDS.includes(value)) return { value: false };
  return { error: { vi: `"${text(cell)}" không phải có/không`, en: `"${text(cell)}" is not yes/no` } };
}

// src/load/optional.ts
var ABSENT_FROM_PAGE = "KCB_ABSENT_FROM_PAGE";
async function importFeature(load, where, feature) {
  try {
    return await load();
  } catch (error) {
    const code = error.code;
    if (code === ABSENT_FROM_PAGE) {
      throw new InputError(where, {
        vi: `Trang kiểm tra trong trình duyệt không hỗ trợ ${feature.what.vi}. ${feature.inPage.vi}`,
        en: `The browser page does not support ${feature.what.en}. ${feature.inPage.en}`
      });
    }
    if (code !== "ERR_MODULE_NOT_FOUND") throw error;
    throw new InputError(where, {
      vi: `Bản cài đặt này không đọc được ${feature.what.vi} (cần ${feature.needs}). Hãy cài gói tuỳ chọn: npm install ${feature.packageName}. (GitHub Action không có gói này.)`,
      en: `This installation cannot read ${feature.what.en} (they need ${feature.needs}). Install the optional package: npm install ${feature.packageName}. (The GitHub Action does not include it.)`
    });
  }
}

// src/load/evidence.ts
async function importEvidence(config, options = {}) {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const source = options.source ?? DISK_SOURCE;
  const errors = [];
  for (const { pointer, parent, key, request } of evidenceImports(config)) {
    const where = locate(config, `${pointer}/from`);
    try {
      const path = await confineEvidencePath(config.file, request.from, where, source);
      const imported = await importList(
        pointer,
        request,
        path,
        where,
        { progress: options.progress ?? false, limits, source },
        errors,
        config.data
      );
      if (!imported) continue;
      parent[key] = imported.items;
      for (const [itemPointer, position] of imported.positions) config.positions.set(itemPointer, position);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  }
  return errors;
}
function evidenceImports(config) {
  const found = [];
  for (const pointer of importableLists()) {
    const tokens = pointer.split("/").slice(1);
    const key = tokens.pop();
    let parent = config.data;
    for (const token of tokens) parent = isObject(parent) ? parent[token] : void 0;
    if (!isObject(parent)) continue;
    const value = parent[key];
    if (isObject(value) && typeof value.from === "string")
      found.push({ pointer, parent, key, request: value });
  }
  return found;
}
async function importList(pointer, request, path, where, options, errors, data) {
  const extension = extname(path.display).toLowerCase();
  if (request.format === "access-log") {
    if (pointer !== "/accessStats")
      throw new InputError(where, {
        vi: "format: access-log chỉ dùng cho accessStats.",
        en: "format: access-log is only for accessStats."
      });
    const { aggregateAccessLog } = await importFeature(() => import("./access-log-JJELC45Q.js"), where, {
      what: { vi: "nhật ký truy cập thô", en: "raw access logs" },
      needs: "DuckDB",
      packageName: "@duckdb/node-api",
      inPage: {
        vi: "Hãy kiểm tra tệp này bằng lệnh kcb (kcb check).",
        en: "Check this file with the kcb command line (kcb check)."
      }
    });
    const { stats, errors: logErrors } = await aggregateAccessLog(path, options);
    errors.push(...logErrors);
    return logErrors.length > 0 ? void 0 : fromAccessStats(pointer, path.display, stats, accountIdsByUsername(data));
  }
  if (request.sheet !== void 0 && extension !== ".xlsx") {
    throw new InputError(where, { vi: "sheet chỉ dùng cho tệp .xlsx.", en: "sheet applies to .xlsx files only." });
  }
  if (extension === ".log") {
    throw new InputError(where, {
      vi: "Tệp .log chỉ đọc được với format: access-log.",
      en: "A .log file is read only with format: access-log."
    });
  }
  const bytes = await options.source.readEvidence(path, options.limits);
  const table = extension === ".xlsx" ? await (await import("./xlsx-OKLCJMJ3.js")).readXlsxTable(path, bytes, options.limits, request.sheet) : (await import("./csv-DKM2OMI3.js")).readCsvTable(path, bytes, options.limits);
  const list = importableFields(pointer);
  if (!list) throw new Error(`no item schema for ${pointer}`);
  return fromTable(pointer, table, list, request.columns ?? {}, errors);
}
function fromTable(pointer, table, list, extra, errors) {
  const at = (line, column) => ({
    file: table.file,
    ...table.sheet === void 0 ? {} : { sheet: table.sheet },
    line,
    column
  });
  const fail = (line, column, text2) => errors.push(new InputError(at(line, column), text2));
  const before = errors.length;
  const headerIndex = table.rows.findIndex(
    (row) => row.cells.some((cell) => typeof cell === "string" && matchHeader(cell, list.fields, extra))
  );
  const header = table.rows[headerIndex];
  if (!header) {
    fail(1, 1, {
      vi: "Không tìm thấy dòng tiêu đề có tên cột đã biết (xem README).",
      en: "No header row with a known column name (see the README)."
    });
    return void 0;
  }
  const columns = header.cells.map((cell, index) => {
    const name = cell === null || cell === void 0 ? "" : String(cell);
    const field = name.trim() === "" ? null : matchHeader(name, list.fields, extra);
    if (field === void 0) {
      const known = list.fields.map(
        (f) => headersFor(f).map((h) => `"${h}"`).join("/")
      ).join(", ");
      fail(header.line, index + 1, {
        vi: `Cột "${name}" không khớp trường nào; các cột nhận được: ${known}.`,
        en: `Column "${name}" matches no field; accepted columns: ${known}.`
      });
      return null;
    }
    return field;
  });
  const mapped = columns.filter((field) => field !== null).map((field) => field.path.join("."));
  mapped.filter((name, index) => mapped.indexOf(name) !== index).forEach(
    (name) => fail(header.line, 1, { vi: `Hai cột cùng ứng với trường "${name}".`, en: `Two columns map to the field "${name}".` })
  );
  for (const name of list.required.filter((required) => !columns.some((field) => field?.path[0] === required))) {
    const accepted = headersFor({ path: [name], kind: "string" }).map((h) => `"${h}"`).join("/");
    fail(header.line, 1, { vi: `Thiếu cột bắt buộc ${accepted}.`, en: `Missing the required column ${accepted}.` });
  }
  if (errors.length > before) return void 0;
  const items = [];
  const positions = /* @__PURE__ */ new Map();
  const position = (line, column) => ({
    file: table.file,
    ...table.sheet === void 0 ? {} : { sheet: table.sheet },
    line,
    column
  });
  for (const row of table.rows.slice(headerIndex + 1)) {
    const item = {};
    const itemPointer = `${pointer}/${items.length}`;
    positions.set(itemPointer, position(row.line, 1));
    columns.forEach((field, index) => {
      if (!field) return;
      const converted = convertCell(row.cells[index], field.kind, table.spreadsheet);
      if ("empty" in converted) return;
      if ("error" in converted) {
        fail(row.line, index + 1, {
          vi: `Cột "${String(header.cells[index])}": ${converted.error.vi}.`,
          en: `Column "${String(header.cells[index])}": ${converted.error.en}.`
        });
        return;
      }
      setPath(item, field.path, converted.value);
      field.path.forEach((_, depth) => {
        const fieldPointer = `${itemPointer}/${field.path.slice(0, depth + 1).map(escapePointerToken).join("/")}`;
        if (!positions.has(fieldPointer)) positions.set(fieldPointer, position(row.line, index + 1));
      });
    });
    items.push(item);
  }
  return errors.length > before ? void 0 : { items, positions };
}
function fromAccessStats(pointer, file, stats, idOf) {
  const merged = /* @__PURE__ */ new Map();
  for (const count of stats) {
    const account = idOf.get(count.account) ?? count.account;
    const key = `${count.date}	${account}`;
    const existing = merged.get(key);
    if (existing) existing.requests += count.requests;
    else merged.set(key, { ...count, account });
  }
  const positions = /* @__PURE__ */ new Map();
  const items = [...merged.values()].map(({ date, account, requests, line }, index) => {
    positions.set(`${pointer}/${index}`, { file, line, column: 1 });
    return { date, account, requests };
  });
  return { items, positions };
}
function accountIdsByUsername(data) {
  const accounts = isObject(data) && Array.isArray(data.accounts) ? data.accounts : [];
  return new Map(
    accounts.filter(isObject).flatMap(
      (account) => typeof account.username === "string" && typeof account.id === "string" ? [[account.username, account.id]] : []
    )
  );
}
function setPath(target, path, value) {
  let node = target;
  for (const token of path.slice(0, -1)) {
    if (!isObject(node[token])) node[token] = {};
    node = node[token];
  }
  node[path.at(-1)] = value;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/load/facility.ts
function isTypeScript(file) {
  return extname2(file).toLowerCase() === ".ts";
}
function typeScriptReader(file) {
  return importFeature(
    () => import("./typescript-UEB7Z7OO.js"),
    { file, line: 1, column: 1 },
    {
      what: { vi: "cấu hình TypeScript", en: "TypeScript configs" },
      needs: "ts-morph",
      packageName: "ts-morph",
      inPage: {
        vi: "Hãy kiểm tra tệp này bằng lệnh kcb (kcb check), hoặc xuất cấu hình ra tệp YAML hay JSON rồi chọn tệp đó.",
        en: "Check this file with the kcb command line (kcb check), or export the config as a YAML or JSON file and pick that."
      }
    }
  );
}
async function loadFacility(file, options = {}) {
  try {
    return await loadFacilityOrThrow(file, options);
  } catch (error) {
    return { file, errors: [unexpectedFailure(file, error)] };
  }
}
function unexpectedFailure(file, error) {
  const name = error instanceof Error ? error.name : typeof error;
  return new InputError(
    { file, line: 1, column: 1 },
    {
      vi: `Không đọc được tệp này (${name}); tệp quá phức tạp hoặc hỏng. Hãy kiểm tra lại tệp, hoặc báo lỗi kèm tệp cho nhóm phát triển.`,
      en: `This file could not be read (${name}); it is too complex or damaged. Check the file, or report the problem with it attached.`
    }
  );
}
async function loadFacilityOrThrow(file, options) {
  let config;
  try {
    config = upgradeConfig(
      isTypeScript(file) ? await (await typeScriptReader(file)).loadTypeScriptConfig(file, options.limits) : await loadConfigFile(file, options.limits, options.source)
    );
  } catch (error) {
    if (error instanceof InputError) return { file, errors: [error] };
    throw error;
  }
  const errors = await importEvidence(config, options);
  return errors.length > 0 ? { file, errors, data: config.data, notices: config.notices } : config;
}

// src/engine/policy.ts
import { createHash } from "node:crypto";

// node_modules/@open-policy-agent/opa-wasm/src/index.mjs
var import_opa = __toESM(require_opa(), 1);
var loadPolicy = import_opa.default.loadPolicy;
var src_default = import_opa.default;

// src/engine/daily-medians.ts
function dailyRequestMedians(config) {
  const stats = isPlainObject(config) ? config["accessStats"] : void 0;
  if (!Array.isArray(stats) || Object.getPrototypeOf(stats) !== Array.prototype) return {};
  const counts = /* @__PURE__ */ new Map();
  for (const stat of stats) {
    if (!isPlainObject(stat) || !("account" in stat) || !("requests" in stat)) continue;
    const { account, requests } = stat;
    if (account === void 0 || requests === void 0) continue;
    if (typeof account !== "string") continue;
    const list = counts.get(account);
    if (list === null) continue;
    if (typeof requests !== "number" || !Number.isSafeInteger(requests)) counts.set(account, null);
    else if (list) list.push(requests);
    else counts.set(account, [requests]);
  }
  const medians = [];
  for (const [account, list] of counts) {
    if (!list) continue;
    const sorted = Float64Array.from(list).sort();
    const half = sorted.length >> 1;
    if (sorted.length % 2 === 1) {
      medians.push([account, sorted[half]]);
    } else {
      const sum = sorted[half - 1] + sorted[half];
      if (Number.isSafeInteger(sum)) medians.push([account, sum / 2]);
    }
  }
  return Object.fromEntries(medians);
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// src/engine/day-numbers.ts
var DATE_PREFIX = /"\d{4}-\d\d-\d\d/g;
var DAY_MS = 864e5;
function dayNumbers(...inputJson) {
  const days = {};
  for (const text2 of inputJson) {
    DATE_PREFIX.lastIndex = 0;
    while (DATE_PREFIX.test(text2)) {
      const date = text2.slice(DATE_PREFIX.lastIndex - 10, DATE_PREFIX.lastIndex);
      if (Object.hasOwn(days, date)) continue;
      const year = Number(date.slice(0, 4));
      const month = Number(date.slice(5, 7));
      const day = Number(date.slice(8, 10));
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) continue;
      days[date] = (/* @__PURE__ */ new Date(0)).setUTCFullYear(year, month - 1, day) / DAY_MS;
    }
  }
  return days;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// src/engine/manifest.ts
function loadManifest() {
  return JSON.parse(readPackageText("policy/manifest.json"));
}

// src/engine/parts.ts
var RULES_APART = ["byt_6827_2024.health_workers_trained"];

// src/engine/policy.ts
var { loadPolicySync } = src_default;
var ENTRYPOINTS = {
  all: "kcb/main/results",
  not_passed: "kcb/main/not_passed",
  failed: "kcb/main/failures"
};
var encoder = new TextEncoder();
var WASM_PAGE_BYTES = 64 * 1024;
var MIN_INITIAL_PAGES = 5;
var RESERVED_PER_INPUT_BYTE = 256;
var FLOOR_PAGES = 256;
function loadEngine(params, wasm = readPackageFile("policy/policy.wasm"), options = {}) {
  const expected = options.sha256 ?? loadManifest().sha256;
  const actual = createHash("sha256").update(wasm).digest("hex");
  if (actual !== expected) {
    throw new EngineError(
      `the policy WASM does not match its recorded sha256 (expected ${expected}, found ${actual}); reinstall kcb-compliance or rebuild the policy`
    );
  }
  const maximum = Math.max(1, Math.floor((options.maxMemoryBytes ?? DEFAULT_LIMITS.maxPolicyMemoryBytes) / WASM_PAGE_BYTES));
  const reservation = (pages) => Math.min(maximum, Math.max(FLOOR_PAGES, pages));
  let reserved = 0;
  const instantiate = (pages) => {
    try {
      const loaded = loadPolicyReserved(compiledPolicy(wasm, actual), pages, maximum);
      loaded.setData({ params, packs: Object.fromEntries((options.packs ?? []).map((pack) => [pack, true])) });
      reserved = pages;
      return loaded;
    } catch (thrown) {
      throw new EngineError(`cannot load the policy WASM: ${describeThrown(thrown)}`, { cause: thrown });
    }
  };
  const splitBytes = options.splitInputBytes ?? SPLIT_INPUT_BYTES;
  const recycleBytes = options.recycleHeapBytes ?? RECYCLE_HEAP_BYTES;
  const entrypoint = ENTRYPOINTS[options.findings ?? "all"];
  let policy = instantiate(reservation(FLOOR_PAGES));
  return {
    evaluate(config, asOf, secrets = []) {
      try {
        const parts = inputParts(config, asOf, secrets);
        const length = inputLength(parts);
        const pages = reservation(Math.ceil(length * RESERVED_PER_INPUT_BYTE / WASM_PAGE_BYTES));
        if (!policy || pages > reserved) policy = instantiate(Math.max(pages, reserved));
        let results;
        let heap;
        if (length >= splitBytes && !waivesRuleApart(config)) {
          const rest = resultsOf(policy.evaluate(joined(parts, `,"part":"rest"`).buffer, entrypoint));
          heap = heapUsed(policy);
          const apart = resultsOf(policy.evaluate(joined(parts, `,"part":"apart"`).buffer, entrypoint));
          heap = Math.max(heap, heapUsed(policy));
          results = { ...rest, ...apart };
        } else {
          results = resultsOf(policy.evaluate(joined(parts).buffer, entrypoint));
          heap = heapUsed(policy);
        }
        if (heap >= recycleBytes) {
          policy = void 0;
          collectGarbage();
        }
        return results;
      } catch (thrown) {
        if (thrown instanceof UndefinedDecision) throw new EngineError(thrown.message);
        policy = void 0;
        if (thrown instanceof EngineError) throw thrown;
        throw new EngineError(`policy evaluation failed: ${describeThrown(thrown)}`, { cause: thrown });
      }
    }
  };
}
var UndefinedDecision = class extends Error {
};
function resultsOf(resultSet) {
  const results = resultSet?.[0]?.result;
  if (!results || typeof results !== "object") {
    throw new UndefinedDecision("policy evaluation returned no result (undefined decision)");
  }
  return results;
}
var SPLIT_INPUT_BYTES = 64 * 1024;
function waivesRuleApart(config) {
  if (typeof config !== "object" || config === null) return true;
  const waivers = config["waivers"];
  if (waivers === void 0) return false;
  if (!Array.isArray(waivers)) return true;
  return waivers.some(
    (waiver) => typeof waiver !== "object" || waiver === null || RULES_APART.includes(waiver.rule)
  );
}
var RECYCLE_HEAP_BYTES = 32 * 1024 * 1024;
function heapUsed(policy) {
  const exports = policy.wasmInstance.exports;
  return exports["opa_heap_ptr_get"]();
}
function collectGarbage() {
  globalThis.gc?.();
}
var compiled = /* @__PURE__ */ new Map();
function compiledPolicy(wasm, sha256) {
  let module = compiled.get(sha256);
  if (!module) {
    module = new WebAssembly.Module(wasm);
    compiled.set(sha256, module);
  }
  return module;
}
function loadPolicyReserved(wasm, pages, maximum) {
  for (let initial = pages; ; initial = Math.floor(initial / 2)) {
    try {
      return loadPolicySync(wasm, { initial, maximum });
    } catch (thrown) {
      if (!(thrown instanceof RangeError) || initial <= MIN_INITIAL_PAGES) throw thrown;
    }
  }
}
function inputParts(config, asOf, secrets) {
  const configJson = JSON.stringify(config);
  const head = `{"asOf":${JSON.stringify(asOf)},"secrets":${JSON.stringify(secrets)},"config":`;
  const tables = `,"dayNumbers":${JSON.stringify(dayNumbers(head, configJson))},"dailyRequestMedians":${JSON.stringify(dailyRequestMedians(config))}`;
  return [encoder.encode(head), encoder.encode(configJson), tables];
}
function inputLength([head, config, tables]) {
  return head.length + config.length + tables.length;
}
function joined([head, config, tables], extra = "") {
  const tail = encoder.encode(`${tables}${extra}}`);
  const bytes = new Uint8Array(head.length + config.length + tail.length);
  bytes.set(head, 0);
  bytes.set(config, head.length);
  bytes.set(tail, head.length + config.length);
  return bytes;
}
function failedEngine(error) {
  return {
    evaluate() {
      throw error;
    }
  };
}

// src/report/catalog.ts
var catalog;
function loadCatalog() {
  catalog ??= JSON.parse(readPackageText("policy/catalog.json"));
  return catalog;
}
var DEFAULT_PACK = "default";
function optionalPacks(catalog2) {
  return [...new Set(catalog2.rules.map((rule) => rule.pack))].filter((pack) => pack !== DEFAULT_PACK).sort();
}
function catalogForPacks(catalog2, packs) {
  const enabled = /* @__PURE__ */ new Set([DEFAULT_PACK, ...packs]);
  return { ...catalog2, rules: catalog2.rules.filter((rule) => enabled.has(rule.pack)) };
}
function assertKnownPacks(catalog2, packs) {
  const known = optionalPacks(catalog2);
  const unknown = packs.filter((pack) => !known.includes(pack));
  if (unknown.length === 0) return;
  throw new InputError(
    { file: "--pack", line: 1, column: 1 },
    {
      vi: `Không có gói quy tắc ${unknown.join(", ")}; các gói: ${known.join(", ")}.`,
      en: `Unknown rule pack ${unknown.join(", ")}; packs: ${known.join(", ")}.`
    }
  );
}

// src/validate/secrets.ts
var SECRET_KEY_PATTERN = "(passw|pwd|secret|token|api_?key|private_?key|access_?key|credential|connection_?string|mat_?khau)";
var secretKey = new RegExp(SECRET_KEY_PATTERN, "i");
var KNOWN_FIELDS = /* @__PURE__ */ new Set(["passwordChangedOn", "passwordRotationDays"]);
function isSecretNamedKey(key) {
  return secretKey.test(key);
}
var LABEL = String.raw`pass(?:word|wd|phrase)?|pwd|pw|mk|pin|secret|token|api[ _-]?key|access[ _-]?key|client[ _-]?secret|m[aậ]t[ _]?kh[aẩ]u`;
var VALUE = String.raw`"[^"\r\n]+"|'[^'\r\n]+'|[^\s,;"']*[\p{N}#$%&*+/<=>@^_|~\\-][^\s,;"']*|[^\s,;"']+(?=[ \t]*(?:$|[\r\n;]))`;
var SHAPES = [
  {
    kind: { en: "private key", vi: "khoá bí mật" },
    pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/gu
  },
  // scheme://user:password@host, the user maybe empty (redis://:pw@h) and the password maybe holding "/".
  {
    kind: { en: "URL with a password", vi: "URL có mật khẩu" },
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:(?<value>[^\s@]+)@[^\s"'<>]+/giu
  },
  {
    kind: { en: "authorization header", vi: "tiêu đề xác thực" },
    pattern: /\bauthorization\s*[:=]\s*["']?(?:basic|bearer|digest|token)\s+(?<value>[A-Za-z0-9._~+/=-]{4,})/giu
  },
  {
    kind: { en: "bearer token", vi: "mã bearer" },
    pattern: /\bbearer\s+(?<value>[A-Za-z0-9._~+/=-]*[0-9._~+/=-][A-Za-z0-9._~+/=-]*|[A-Za-z0-9._~+/=-]{20,})/giu
  },
  { kind: { en: "JSON Web Token", vi: "mã JWT" }, pattern: /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+/gu },
  {
    kind: { en: "cloud access key", vi: "khoá truy cập đám mây" },
    pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b|\bAIza[0-9A-Za-z_-]{35}/gu
  },
  {
    kind: { en: "service token", vi: "mã dịch vụ" },
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abeprs]-[A-Za-z0-9-]{10,}|sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,})/gu
  },
  {
    kind: { en: "credential note", vi: "ghi chú có mật khẩu hoặc khoá" },
    // A label not inside a longer word, maybe quoted as a JSON or TOML key, then ":" or "=", then the value.
    // "secret:/pointer" is a waiver's target (a JSON pointer), not a credential.
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}_])["']?(?:${LABEL})["']?[ \t]*[:=](?!\/)[ \t]*(?<value>${VALUE})`, "giu")
  }
];
var SECRET_NAMED_FIELD = { en: "secret-named field", vi: "trường mang tên bí mật" };
var MAYBE_SECRET = new RegExp(
  String.raw`:\/\/|authorization|(?:${LABEL})["']?[ \t]*[:=]|-----BEGIN|bearer|eyJ|AKIA|ASIA|AIza|gh[pousr]_|github_pat_|glpat-|xox[abeprs]-|sk-`,
  "iu"
);
function secretSpans(text2) {
  const spans = [];
  if (!MAYBE_SECRET.test(text2)) return spans;
  for (const { kind, pattern } of SHAPES) {
    for (const match of text2.matchAll(pattern)) {
      const value = match.groups?.value;
      const start = value === void 0 ? match.index : match.index + match[0].lastIndexOf(value);
      spans.push({ kind, start, end: start + (value ?? match[0]).length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
function redactText(text2, marker) {
  let out = "";
  let at = 0;
  for (const { start, end } of secretSpans(text2)) {
    if (end <= at) continue;
    out += text2.slice(at, Math.max(at, start)) + (start >= at ? marker : "");
    at = end;
  }
  return at === 0 ? text2 : out + text2.slice(at);
}
function findConfigSecrets(data) {
  const found = /* @__PURE__ */ new Map();
  const add = (node, kind) => {
    const pointer = walkedPointer(node);
    found.set(`${pointer}\0${kind.en}`, { pointer, kind: kind.en, kindVi: kind.vi });
  };
  const pending = [{ value: data }];
  while (pending.length > 0) {
    const node = pending.pop();
    const { value, key } = node;
    if (key !== void 0) {
      const { named, spans } = keyVerdict(key);
      if (named && value !== null && value !== "") {
        add(node, SECRET_NAMED_FIELD);
        continue;
      }
      for (const span of spans) add(node, span.kind);
    }
    if (typeof value === "string") for (const span of secretSpans(value)) add(node, span.kind);
    else for (const child of walkedChildren(node)) pending.push(child);
  }
  return [...found.values()].sort((a, b) => a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : a.kind < b.kind ? -1 : 1);
}
var keyVerdicts = /* @__PURE__ */ new Map();
var MAX_KEY_VERDICTS = 1e4;
function keyVerdict(key) {
  let verdict = keyVerdicts.get(key);
  if (verdict === void 0) {
    verdict = { named: isSecretNamedKey(key) && !KNOWN_FIELDS.has(key), spans: secretSpans(key) };
    if (keyVerdicts.size >= MAX_KEY_VERDICTS) keyVerdicts.clear();
    keyVerdicts.set(key, verdict);
  }
  return verdict;
}

// src/report/withhold-secrets.ts
var REDACTED = "[redacted]";
var MAX_SHOWN_CHARS = 1e3;
var MIN_SECRET_LENGTH = 4;
function withholdSecrets(report, data, secrets) {
  const known = data === void 0 ? [] : secretValues(data, secrets ?? findConfigSecrets(data));
  const scrub = (node) => {
    if (typeof node === "string") return shown(known.reduce((text2, secret) => text2.replaceAll(secret, REDACTED), node));
    if (Array.isArray(node)) {
      const items = node;
      let copy;
      items.forEach((item, index) => {
        const scrubbed = scrub(item);
        if (scrubbed !== item) (copy ??= [...items])[index] = scrubbed;
      });
      return copy ?? node;
    }
    if (typeof node === "object" && node !== null) {
      let copy;
      for (const [key, child] of Object.entries(node)) {
        const scrubbed = scrub(child);
        if (scrubbed !== child) (copy ??= { ...node })[key] = scrubbed;
      }
      return copy ?? node;
    }
    return node;
  };
  return scrub(report);
}
var scanned = /* @__PURE__ */ new Map();
var MAX_SCANNED = 2e4;
function shown(text2) {
  let result = scanned.get(text2);
  if (result === void 0) {
    result = capText(redactText(text2, REDACTED));
    if (scanned.size >= MAX_SCANNED) scanned.clear();
    if (text2.length <= MAX_SHOWN_CHARS) scanned.set(text2, result);
  }
  return result;
}
function secretValues(data, secrets) {
  const values = /* @__PURE__ */ new Set();
  for (const { pointer, kind } of secrets) {
    if (kind !== SECRET_NAMED_FIELD.en) continue;
    const key = pointerTokens(pointer).at(-1) ?? "";
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(key) && isSecretNamedKey(key)) values.add(key);
    const value = valueAt(data, pointer);
    if (typeof value === "string") values.add(value);
    else if (typeof value === "number") values.add(String(value));
  }
  return [...values].filter((value) => value.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}
function valueAt(data, pointer) {
  let current = data;
  for (const key of pointerTokens(pointer)) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}
function capText(text2) {
  if (text2.length <= MAX_SHOWN_CHARS) return text2;
  const kept = Array.from(text2.slice(0, MAX_SHOWN_CHARS)).slice(0, -1).join("");
  return `${kept}… [+${text2.length - kept.length} chars]`;
}

// src/generated/profile-validator.ts
var runtime0 = __toESM(require_ucs2length(), 1);
var runtime1 = __toESM(require_equal(), 1);
var commonJs = (namespace) => namespace.default && typeof namespace.default === "object" && "__esModule" in namespace.default ? namespace.default : namespace;
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://kcb-compliance.dev/schemas/profile.v1.schema.json", "title": "kcb-compliance parameter profile v1", "description": "Values the directives leave to the facility or the health department. A profile that extends another (national by default for files) inherits every parameter it does not set; the resolved profile must set them all.", "type": "object", "additionalProperties": false, "required": ["name", "params"], "properties": { "$schema": { "type": "string", "description": "Editor hint: the schema this file follows." }, "name": { "type": "string", "minLength": 1, "description": "Profile name, stated in every report." }, "extends": { "enum": ["national", "thanh-hoa"], "description": "Bundled profile whose parameters this one inherits." }, "description": { "type": "object", "description": "What the profile is for, in Vietnamese and English.", "additionalProperties": false, "properties": { "vi": { "type": "string", "description": "Vietnamese." }, "en": { "type": "string", "description": "English." } } }, "params": { "type": "object", "description": "Parameter values, whole numbers of days unless stated. Each is a bare number, or {value, basis} saying where the number comes from (see $defs/basis); a bare number keeps the inherited basis when it equals the inherited value, and is shown as 'no stated basis' otherwise.", "additionalProperties": false, "properties": { "passwordRotationMaxDays": { "$ref": "#/$defs/daysParam", "description": "Longest password rotation period a facility regulation may set (2748/SYT-NVY item 2 asks for periodic change; the period is this parameter)." }, "applicationReviewMaxDays": { "$ref": "#/$defs/daysParam", "description": "Longest time since the security review of an application holding BHYT data (5863/BYT-BH asks for the review; the period is this parameter)." }, "permissionReviewMaxDays": { "$ref": "#/$defs/daysParam", "description": "Longest time since the review of portal account delegation and permissions (5715/BYT-BH asks for the review; the period is this parameter)." }, "accessReviewMaxDays": { "$ref": "#/$defs/daysParam", "description": "Longest time since the last review of the portal access statistics (5715/BYT-BH asks for the review; the period is this parameter)." }, "accessDailyCeiling": { "description": "Requests a day above which a portal account's day is an anomaly (5715/BYT-BH reports a case of over 1,000,000 a day and sets no ceiling).", "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "object", "additionalProperties": false, "required": ["value", "basis"], "properties": { "value": { "type": "integer", "minimum": 1 }, "basis": { "$ref": "#/$defs/basis" } } }] }, "accessBaselineFactor": { "description": "A day above this many times the account's median daily count is an anomaly (no letter sets a factor).", "anyOf": [{ "type": "integer", "minimum": 2 }, { "type": "object", "additionalProperties": false, "required": ["value", "basis"], "properties": { "value": { "type": "integer", "minimum": 2 }, "basis": { "$ref": "#/$defs/basis" } } }] }, "securityDirectionMaxDays": { "$ref": "#/$defs/daysParam", "description": "Longest time since the head of unit's last direction on information security (5715/BYT-BH, 2748/SYT-NVY item 1 ask for regular direction; the period is this parameter)." }, "disseminationMaxDays": { "$ref": "#/$defs/daysParam", "description": "Longest time since the law on patient confidentiality was disseminated (6827/BYT-KCB item 1; the period is this parameter)." }, "trainingValidityDays": { "$ref": "#/$defs/daysParam", "description": "How long a patient-confidentiality training counts (6827/BYT-KCB item 2 asks for training; the period is this parameter)." }, "newStaffGraceDays": { "description": "Days new staff have to be trained and sign the commitment (a tool parameter; 6827/BYT-KCB item 2 sets no time).", "anyOf": [{ "type": "integer", "minimum": 0, "maximum": 3650 }, { "type": "object", "additionalProperties": false, "required": ["value", "basis"], "properties": { "value": { "type": "integer", "minimum": 0, "maximum": 3650 }, "basis": { "$ref": "#/$defs/basis" } } }] }, "commitmentValidityDays": { "$ref": "#/$defs/daysParam", "description": "How long a signed confidentiality commitment counts (a tool parameter; 6827/BYT-KCB item 2 sets no period)." }, "inspectionMaxDays": { "$ref": "#/$defs/daysParam", "description": "Longest time since the last inspection and periodic report on personal data (6827/BYT-KCB item 3 says periodically; the period is this parameter)." }, "fraudWarningMaxDays": { "$ref": "#/$defs/daysParam", "description": "Longest time since the last fraud-warning campaign with the media (6827/BYT-KCB item 3; the period is this parameter)." }, "waiverMaxDays": { "$ref": "#/$defs/daysParam", "description": "Longest a waiver may last, from approval date to expiry." }, "impactAssessmentMaxDays": { "$ref": "#/$defs/daysParam", "description": "Pack pdpl-2025: days after the processing starts within which the impact-assessment dossier is submitted." }, "breachNotificationMaxHours": { "description": "Pack pdpl-2025: hours after detection within which a personal-data breach is notified.", "anyOf": [{ "$ref": "#/$defs/hours" }, { "type": "object", "additionalProperties": false, "required": ["value", "basis"], "properties": { "value": { "$ref": "#/$defs/hours" }, "basis": { "$ref": "#/$defs/basis" } } }] }, "portalAccountsPerPersonMax": { "description": "Most active BHXH portal accounts one person may hold (5715/BYT-BH asks to review delegation and sets no number).", "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "object", "additionalProperties": false, "required": ["value", "basis"], "properties": { "value": { "type": "integer", "minimum": 1 }, "basis": { "$ref": "#/$defs/basis" } } }] }, "privilegedPermissions": { "description": "Permission names that are privileged (administration, user management): an account holding one needs a named, approved grant. Always {value, basis}.", "type": "object", "additionalProperties": false, "required": ["value", "basis"], "properties": { "value": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "basis": { "$ref": "#/$defs/basis" } } }, "incompatibleRolePairs": { "description": "Pairs of role ids one person must not hold together (e.g. managing the portal accounts and submitting claims with them). Always {value, basis}.", "type": "object", "additionalProperties": false, "required": ["value", "basis"], "properties": { "value": { "type": "array", "items": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 2, "maxItems": 2 } }, "basis": { "$ref": "#/$defs/basis" } } } } }, "packs": { "type": "array", "uniqueItems": true, "description": "Opt-in rule packs this profile enables on top of the default pack (the four letters): pdpl-2025 (Law 91/2025/QH15, Decree 356/2025/NĐ-CP), emr-2025 (Circular 13/2025/TT-BYT). Inherited when not set. — Các gói quy tắc tuỳ chọn được bật thêm.", "items": { "enum": ["pdpl-2025", "emr-2025"] } } }, "$defs": { "days": { "type": "integer", "minimum": 1, "maximum": 3650 }, "hours": { "type": "integer", "minimum": 1, "maximum": 8760 }, "daysParam": { "anyOf": [{ "$ref": "#/$defs/days" }, { "type": "object", "additionalProperties": false, "required": ["value", "basis"], "properties": { "value": { "$ref": "#/$defs/days" }, "basis": { "$ref": "#/$defs/basis" } } }] }, "bilingual": { "type": "object", "additionalProperties": false, "required": ["en", "vi"], "properties": { "en": { "type": "string", "minLength": 1 }, "vi": { "type": "string", "minLength": 1 } } }, "basis": { "description": "Where the number comes from. letter: a letter that contains the number (quote the sentence); law: an instrument and article that set it; decision: the department's own decision; default: the tool's (or the profile's) choice and why, optionally quoting the letter sentence that leaves the number open.", "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["kind", "letter", "quote"], "properties": { "kind": { "const": "letter" }, "letter": { "type": "string", "minLength": 1, "description": "Letter number, e.g. 2748/SYT-NVY." }, "item": { "type": "string" }, "quote": { "type": "string", "minLength": 1, "description": "The sentence of the letter that contains the number, verbatim." } } }, { "type": "object", "additionalProperties": false, "required": ["kind", "instrument", "article", "confidence"], "properties": { "kind": { "const": "law" }, "instrument": { "type": "string", "minLength": 1 }, "article": { "type": "string", "minLength": 1 }, "confidence": { "enum": ["high", "medium", "low"] }, "note": { "$ref": "#/$defs/bilingual" } } }, { "type": "object", "additionalProperties": false, "required": ["kind", "number"], "properties": { "kind": { "const": "decision" }, "number": { "type": "string", "minLength": 1, "description": "The department's decision or letter number, e.g. 123/QĐ-SYT." }, "issuer": { "type": "string" }, "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, "note": { "$ref": "#/$defs/bilingual" } } }, { "type": "object", "additionalProperties": false, "required": ["kind", "reason"], "properties": { "kind": { "const": "default" }, "reason": { "$ref": "#/$defs/bilingual" }, "letter": { "type": "string", "minLength": 1 }, "quote": { "type": "string", "minLength": 1, "description": "The letter's sentence that asks for the act but leaves the number open, verbatim." } }, "dependentRequired": { "quote": ["letter"], "letter": ["quote"] } }] } } };
var func1 = commonJs(runtime0).default;
var func2 = Object.prototype.hasOwnProperty;
var func0 = commonJs(runtime1).default;
var schema35 = { "description": "Where the number comes from. letter: a letter that contains the number (quote the sentence); law: an instrument and article that set it; decision: the department's own decision; default: the tool's (or the profile's) choice and why, optionally quoting the letter sentence that leaves the number open.", "oneOf": [{ "type": "object", "additionalProperties": false, "required": ["kind", "letter", "quote"], "properties": { "kind": { "const": "letter" }, "letter": { "type": "string", "minLength": 1, "description": "Letter number, e.g. 2748/SYT-NVY." }, "item": { "type": "string" }, "quote": { "type": "string", "minLength": 1, "description": "The sentence of the letter that contains the number, verbatim." } } }, { "type": "object", "additionalProperties": false, "required": ["kind", "instrument", "article", "confidence"], "properties": { "kind": { "const": "law" }, "instrument": { "type": "string", "minLength": 1 }, "article": { "type": "string", "minLength": 1 }, "confidence": { "enum": ["high", "medium", "low"] }, "note": { "$ref": "#/$defs/bilingual" } } }, { "type": "object", "additionalProperties": false, "required": ["kind", "number"], "properties": { "kind": { "const": "decision" }, "number": { "type": "string", "minLength": 1, "description": "The department's decision or letter number, e.g. 123/QĐ-SYT." }, "issuer": { "type": "string" }, "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, "note": { "$ref": "#/$defs/bilingual" } } }, { "type": "object", "additionalProperties": false, "required": ["kind", "reason"], "properties": { "kind": { "const": "default" }, "reason": { "$ref": "#/$defs/bilingual" }, "letter": { "type": "string", "minLength": 1 }, "quote": { "type": "string", "minLength": 1, "description": "The letter's sentence that asks for the act but leaves the number open, verbatim." } }, "dependentRequired": { "quote": ["letter"], "letter": ["quote"] } }] };
var pattern4 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.letter === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "letter" }, message: "must have required property 'letter'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.quote === void 0) {
      const err2 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "quote" }, message: "must have required property 'quote'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "letter" || key0 === "item" || key0 === "quote")) {
        const err3 = { instancePath, schemaPath: "#/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("letter" !== data.kind) {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/0/properties/kind/const", keyword: "const", params: { allowedValue: "letter" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.letter !== void 0) {
      let data1 = data.letter;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err5 = { instancePath: instancePath + "/letter", schemaPath: "#/oneOf/0/properties/letter/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/letter", schemaPath: "#/oneOf/0/properties/letter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.item !== void 0) {
      if (typeof data.item !== "string") {
        const err7 = { instancePath: instancePath + "/item", schemaPath: "#/oneOf/0/properties/item/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.quote !== void 0) {
      let data3 = data.quote;
      if (typeof data3 === "string") {
        if (func1(data3) < 1) {
          const err8 = { instancePath: instancePath + "/quote", schemaPath: "#/oneOf/0/properties/quote/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/quote", schemaPath: "#/oneOf/0/properties/quote/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = true;
  }
  const _errs11 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err11 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.instrument === void 0) {
      const err12 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "instrument" }, message: "must have required property 'instrument'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.article === void 0) {
      const err13 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "article" }, message: "must have required property 'article'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.confidence === void 0) {
      const err14 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "confidence" }, message: "must have required property 'confidence'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    for (const key1 in data) {
      if (!(key1 === "kind" || key1 === "instrument" || key1 === "article" || key1 === "confidence" || key1 === "note")) {
        const err15 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("law" !== data.kind) {
        const err16 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/1/properties/kind/const", keyword: "const", params: { allowedValue: "law" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.instrument !== void 0) {
      let data5 = data.instrument;
      if (typeof data5 === "string") {
        if (func1(data5) < 1) {
          const err17 = { instancePath: instancePath + "/instrument", schemaPath: "#/oneOf/1/properties/instrument/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/instrument", schemaPath: "#/oneOf/1/properties/instrument/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.article !== void 0) {
      let data6 = data.article;
      if (typeof data6 === "string") {
        if (func1(data6) < 1) {
          const err19 = { instancePath: instancePath + "/article", schemaPath: "#/oneOf/1/properties/article/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/article", schemaPath: "#/oneOf/1/properties/article/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.confidence !== void 0) {
      let data7 = data.confidence;
      if (!(data7 === "high" || data7 === "medium" || data7 === "low")) {
        const err21 = { instancePath: instancePath + "/confidence", schemaPath: "#/oneOf/1/properties/confidence/enum", keyword: "enum", params: { allowedValues: schema35.oneOf[1].properties.confidence.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data8 = data.note;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.en === void 0) {
          const err22 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/bilingual/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data8.vi === void 0) {
          const err23 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/bilingual/required", keyword: "required", params: { missingProperty: "vi" }, message: "must have required property 'vi'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        for (const key2 in data8) {
          if (!(key2 === "en" || key2 === "vi")) {
            const err24 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/bilingual/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data8.en !== void 0) {
          let data9 = data8.en;
          if (typeof data9 === "string") {
            if (func1(data9) < 1) {
              const err25 = { instancePath: instancePath + "/note/en", schemaPath: "#/$defs/bilingual/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/note/en", schemaPath: "#/$defs/bilingual/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data8.vi !== void 0) {
          let data10 = data8.vi;
          if (typeof data10 === "string") {
            if (func1(data10) < 1) {
              const err27 = { instancePath: instancePath + "/note/vi", schemaPath: "#/$defs/bilingual/properties/vi/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/note/vi", schemaPath: "#/$defs/bilingual/properties/vi/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/bilingual/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  var _valid0 = _errs11 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = true;
      }
    }
    const _errs28 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.kind === void 0) {
        const err31 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (data.number === void 0) {
        const err32 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      for (const key3 in data) {
        if (!(key3 === "kind" || key3 === "number" || key3 === "issuer" || key3 === "date" || key3 === "note")) {
          const err33 = { instancePath, schemaPath: "#/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      if (data.kind !== void 0) {
        if ("decision" !== data.kind) {
          const err34 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/2/properties/kind/const", keyword: "const", params: { allowedValue: "decision" }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
      if (data.number !== void 0) {
        let data12 = data.number;
        if (typeof data12 === "string") {
          if (func1(data12) < 1) {
            const err35 = { instancePath: instancePath + "/number", schemaPath: "#/oneOf/2/properties/number/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        } else {
          const err36 = { instancePath: instancePath + "/number", schemaPath: "#/oneOf/2/properties/number/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
      if (data.issuer !== void 0) {
        if (typeof data.issuer !== "string") {
          const err37 = { instancePath: instancePath + "/issuer", schemaPath: "#/oneOf/2/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (data.date !== void 0) {
        let data14 = data.date;
        if (typeof data14 === "string") {
          if (!pattern4.test(data14)) {
            const err38 = { instancePath: instancePath + "/date", schemaPath: "#/oneOf/2/properties/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        } else {
          const err39 = { instancePath: instancePath + "/date", schemaPath: "#/oneOf/2/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      }
      if (data.note !== void 0) {
        let data15 = data.note;
        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
          if (data15.en === void 0) {
            const err40 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/bilingual/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (data15.vi === void 0) {
            const err41 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/bilingual/required", keyword: "required", params: { missingProperty: "vi" }, message: "must have required property 'vi'" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          for (const key4 in data15) {
            if (!(key4 === "en" || key4 === "vi")) {
              const err42 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/bilingual/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
          if (data15.en !== void 0) {
            let data16 = data15.en;
            if (typeof data16 === "string") {
              if (func1(data16) < 1) {
                const err43 = { instancePath: instancePath + "/note/en", schemaPath: "#/$defs/bilingual/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            } else {
              const err44 = { instancePath: instancePath + "/note/en", schemaPath: "#/$defs/bilingual/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
          if (data15.vi !== void 0) {
            let data17 = data15.vi;
            if (typeof data17 === "string") {
              if (func1(data17) < 1) {
                const err45 = { instancePath: instancePath + "/note/vi", schemaPath: "#/$defs/bilingual/properties/vi/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            } else {
              const err46 = { instancePath: instancePath + "/note/vi", schemaPath: "#/$defs/bilingual/properties/vi/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
        } else {
          const err47 = { instancePath: instancePath + "/note", schemaPath: "#/$defs/bilingual/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
      }
    } else {
      const err48 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err48];
      } else {
        vErrors.push(err48);
      }
      errors++;
    }
    var _valid0 = _errs28 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = true;
        }
      }
      const _errs46 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.kind === void 0) {
          const err49 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (data.reason === void 0) {
          const err50 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        for (const key5 in data) {
          if (!(key5 === "kind" || key5 === "reason" || key5 === "letter" || key5 === "quote")) {
            const err51 = { instancePath, schemaPath: "#/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data.kind !== void 0) {
          if ("default" !== data.kind) {
            const err52 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/3/properties/kind/const", keyword: "const", params: { allowedValue: "default" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data.reason !== void 0) {
          let data19 = data.reason;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.en === void 0) {
              const err53 = { instancePath: instancePath + "/reason", schemaPath: "#/$defs/bilingual/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data19.vi === void 0) {
              const err54 = { instancePath: instancePath + "/reason", schemaPath: "#/$defs/bilingual/required", keyword: "required", params: { missingProperty: "vi" }, message: "must have required property 'vi'" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            for (const key6 in data19) {
              if (!(key6 === "en" || key6 === "vi")) {
                const err55 = { instancePath: instancePath + "/reason", schemaPath: "#/$defs/bilingual/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data19.en !== void 0) {
              let data20 = data19.en;
              if (typeof data20 === "string") {
                if (func1(data20) < 1) {
                  const err56 = { instancePath: instancePath + "/reason/en", schemaPath: "#/$defs/bilingual/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/reason/en", schemaPath: "#/$defs/bilingual/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data19.vi !== void 0) {
              let data21 = data19.vi;
              if (typeof data21 === "string") {
                if (func1(data21) < 1) {
                  const err58 = { instancePath: instancePath + "/reason/vi", schemaPath: "#/$defs/bilingual/properties/vi/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/reason/vi", schemaPath: "#/$defs/bilingual/properties/vi/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/reason", schemaPath: "#/$defs/bilingual/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data.letter !== void 0) {
          let data22 = data.letter;
          if (typeof data22 === "string") {
            if (func1(data22) < 1) {
              const err61 = { instancePath: instancePath + "/letter", schemaPath: "#/oneOf/3/properties/letter/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/letter", schemaPath: "#/oneOf/3/properties/letter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data.quote !== void 0) {
          let data23 = data.quote;
          if (typeof data23 === "string") {
            if (func1(data23) < 1) {
              const err63 = { instancePath: instancePath + "/quote", schemaPath: "#/oneOf/3/properties/quote/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/quote", schemaPath: "#/oneOf/3/properties/quote/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data.quote !== void 0) {
          if (data.letter === void 0) {
            const err65 = { instancePath, schemaPath: "#/oneOf/3/dependentRequired", keyword: "dependentRequired", params: {
              property: "quote",
              missingProperty: "letter",
              depsCount: 1,
              deps: "letter"
            }, message: "must have property letter when property quote is present" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data.letter !== void 0) {
          if (data.quote === void 0) {
            const err66 = { instancePath, schemaPath: "#/oneOf/3/dependentRequired", keyword: "dependentRequired", params: {
              property: "letter",
              missingProperty: "quote",
              depsCount: 1,
              deps: "quote"
            }, message: "must have property quote when property letter is present" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath, schemaPath: "#/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
      var _valid0 = _errs46 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          if (props0 !== true) {
            props0 = true;
          }
        }
      }
    }
  }
  if (!valid0) {
    const err68 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err68];
    } else {
      vErrors.push(err68);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate22.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate22.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/$defs/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data > 3650 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/$defs/days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/$defs/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.value === void 0) {
      const err3 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.basis === void 0) {
      const err4 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "basis" }, message: "must have required property 'basis'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "value" || key0 === "basis")) {
        const err5 = { instancePath, schemaPath: "#/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data0 = data.value;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err6 = { instancePath: instancePath + "/value", schemaPath: "#/$defs/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 3650 || isNaN(data0)) {
          const err7 = { instancePath: instancePath + "/value", schemaPath: "#/$defs/days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err8 = { instancePath: instancePath + "/value", schemaPath: "#/$defs/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.basis !== void 0) {
      if (!validate22(data.basis, { instancePath: instancePath + "/basis", parentData: data, parentDataProperty: "basis", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  var _valid0 = _errs4 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props1 = true;
  }
  if (!valid0) {
    const err10 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate21.errors = vErrors;
  evaluated0.props = props1;
  return errors === 0;
}
validate21.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.params === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "params" }, message: "must have required property 'params'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "name" || key0 === "extends" || key0 === "description" || key0 === "params" || key0 === "packs")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data2 = data.extends;
      if (!(data2 === "national" || data2 === "thanh-hoa")) {
        const err6 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/enum", keyword: "enum", params: { allowedValues: schema31.properties.extends.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "vi" || key1 === "en")) {
            const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data3.vi !== void 0) {
          if (typeof data3.vi !== "string") {
            const err8 = { instancePath: instancePath + "/description/vi", schemaPath: "#/properties/description/properties/vi/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data3.en !== void 0) {
          if (typeof data3.en !== "string") {
            const err9 = { instancePath: instancePath + "/description/en", schemaPath: "#/properties/description/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.params !== void 0) {
      let data6 = data.params;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key2 in data6) {
          if (!func2.call(schema31.properties.params.properties, key2)) {
            const err11 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data6.passwordRotationMaxDays !== void 0) {
          if (!validate21(data6.passwordRotationMaxDays, { instancePath: instancePath + "/params/passwordRotationMaxDays", parentData: data6, parentDataProperty: "passwordRotationMaxDays", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data6.applicationReviewMaxDays !== void 0) {
          if (!validate21(data6.applicationReviewMaxDays, { instancePath: instancePath + "/params/applicationReviewMaxDays", parentData: data6, parentDataProperty: "applicationReviewMaxDays", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data6.permissionReviewMaxDays !== void 0) {
          if (!validate21(data6.permissionReviewMaxDays, { instancePath: instancePath + "/params/permissionReviewMaxDays", parentData: data6, parentDataProperty: "permissionReviewMaxDays", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data6.accessReviewMaxDays !== void 0) {
          if (!validate21(data6.accessReviewMaxDays, { instancePath: instancePath + "/params/accessReviewMaxDays", parentData: data6, parentDataProperty: "accessReviewMaxDays", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data6.accessDailyCeiling !== void 0) {
          let data11 = data6.accessDailyCeiling;
          const _errs22 = errors;
          let valid3 = false;
          const _errs23 = errors;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err12 = { instancePath: instancePath + "/params/accessDailyCeiling", schemaPath: "#/properties/params/properties/accessDailyCeiling/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 1 || isNaN(data11)) {
              const err13 = { instancePath: instancePath + "/params/accessDailyCeiling", schemaPath: "#/properties/params/properties/accessDailyCeiling/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          var _valid0 = _errs23 === errors;
          valid3 = valid3 || _valid0;
          const _errs25 = errors;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.value === void 0) {
              const err14 = { instancePath: instancePath + "/params/accessDailyCeiling", schemaPath: "#/properties/params/properties/accessDailyCeiling/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data11.basis === void 0) {
              const err15 = { instancePath: instancePath + "/params/accessDailyCeiling", schemaPath: "#/properties/params/properties/accessDailyCeiling/anyOf/1/required", keyword: "required", params: { missingProperty: "basis" }, message: "must have required property 'basis'" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            for (const key3 in data11) {
              if (!(key3 === "value" || key3 === "basis")) {
                const err16 = { instancePath: instancePath + "/params/accessDailyCeiling", schemaPath: "#/properties/params/properties/accessDailyCeiling/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data11.value !== void 0) {
              let data12 = data11.value;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                const err17 = { instancePath: instancePath + "/params/accessDailyCeiling/value", schemaPath: "#/properties/params/properties/accessDailyCeiling/anyOf/1/properties/value/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 < 1 || isNaN(data12)) {
                  const err18 = { instancePath: instancePath + "/params/accessDailyCeiling/value", schemaPath: "#/properties/params/properties/accessDailyCeiling/anyOf/1/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
            }
            if (data11.basis !== void 0) {
              if (!validate22(data11.basis, { instancePath: instancePath + "/params/accessDailyCeiling/basis", parentData: data11, parentDataProperty: "basis", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/params/accessDailyCeiling", schemaPath: "#/properties/params/properties/accessDailyCeiling/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          var _valid0 = _errs25 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const err20 = { instancePath: instancePath + "/params/accessDailyCeiling", schemaPath: "#/properties/params/properties/accessDailyCeiling/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          } else {
            errors = _errs22;
            if (vErrors !== null) {
              if (_errs22) {
                vErrors.length = _errs22;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.accessBaselineFactor !== void 0) {
          let data14 = data6.accessBaselineFactor;
          const _errs32 = errors;
          let valid5 = false;
          const _errs33 = errors;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err21 = { instancePath: instancePath + "/params/accessBaselineFactor", schemaPath: "#/properties/params/properties/accessBaselineFactor/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 2 || isNaN(data14)) {
              const err22 = { instancePath: instancePath + "/params/accessBaselineFactor", schemaPath: "#/properties/params/properties/accessBaselineFactor/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          var _valid1 = _errs33 === errors;
          valid5 = valid5 || _valid1;
          const _errs35 = errors;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.value === void 0) {
              const err23 = { instancePath: instancePath + "/params/accessBaselineFactor", schemaPath: "#/properties/params/properties/accessBaselineFactor/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data14.basis === void 0) {
              const err24 = { instancePath: instancePath + "/params/accessBaselineFactor", schemaPath: "#/properties/params/properties/accessBaselineFactor/anyOf/1/required", keyword: "required", params: { missingProperty: "basis" }, message: "must have required property 'basis'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            for (const key4 in data14) {
              if (!(key4 === "value" || key4 === "basis")) {
                const err25 = { instancePath: instancePath + "/params/accessBaselineFactor", schemaPath: "#/properties/params/properties/accessBaselineFactor/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data14.value !== void 0) {
              let data15 = data14.value;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                const err26 = { instancePath: instancePath + "/params/accessBaselineFactor/value", schemaPath: "#/properties/params/properties/accessBaselineFactor/anyOf/1/properties/value/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 < 2 || isNaN(data15)) {
                  const err27 = { instancePath: instancePath + "/params/accessBaselineFactor/value", schemaPath: "#/properties/params/properties/accessBaselineFactor/anyOf/1/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
            }
            if (data14.basis !== void 0) {
              if (!validate22(data14.basis, { instancePath: instancePath + "/params/accessBaselineFactor/basis", parentData: data14, parentDataProperty: "basis", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/params/accessBaselineFactor", schemaPath: "#/properties/params/properties/accessBaselineFactor/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          var _valid1 = _errs35 === errors;
          valid5 = valid5 || _valid1;
          if (!valid5) {
            const err29 = { instancePath: instancePath + "/params/accessBaselineFactor", schemaPath: "#/properties/params/properties/accessBaselineFactor/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          } else {
            errors = _errs32;
            if (vErrors !== null) {
              if (_errs32) {
                vErrors.length = _errs32;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.securityDirectionMaxDays !== void 0) {
          if (!validate21(data6.securityDirectionMaxDays, { instancePath: instancePath + "/params/securityDirectionMaxDays", parentData: data6, parentDataProperty: "securityDirectionMaxDays", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data6.disseminationMaxDays !== void 0) {
          if (!validate21(data6.disseminationMaxDays, { instancePath: instancePath + "/params/disseminationMaxDays", parentData: data6, parentDataProperty: "disseminationMaxDays", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data6.trainingValidityDays !== void 0) {
          if (!validate21(data6.trainingValidityDays, { instancePath: instancePath + "/params/trainingValidityDays", parentData: data6, parentDataProperty: "trainingValidityDays", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data6.newStaffGraceDays !== void 0) {
          let data20 = data6.newStaffGraceDays;
          const _errs45 = errors;
          let valid7 = false;
          const _errs46 = errors;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err30 = { instancePath: instancePath + "/params/newStaffGraceDays", schemaPath: "#/properties/params/properties/newStaffGraceDays/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 > 3650 || isNaN(data20)) {
              const err31 = { instancePath: instancePath + "/params/newStaffGraceDays", schemaPath: "#/properties/params/properties/newStaffGraceDays/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data20 < 0 || isNaN(data20)) {
              const err32 = { instancePath: instancePath + "/params/newStaffGraceDays", schemaPath: "#/properties/params/properties/newStaffGraceDays/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          var _valid2 = _errs46 === errors;
          valid7 = valid7 || _valid2;
          const _errs48 = errors;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.value === void 0) {
              const err33 = { instancePath: instancePath + "/params/newStaffGraceDays", schemaPath: "#/properties/params/properties/newStaffGraceDays/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data20.basis === void 0) {
              const err34 = { instancePath: instancePath + "/params/newStaffGraceDays", schemaPath: "#/properties/params/properties/newStaffGraceDays/anyOf/1/required", keyword: "required", params: { missingProperty: "basis" }, message: "must have required property 'basis'" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            for (const key5 in data20) {
              if (!(key5 === "value" || key5 === "basis")) {
                const err35 = { instancePath: instancePath + "/params/newStaffGraceDays", schemaPath: "#/properties/params/properties/newStaffGraceDays/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data20.value !== void 0) {
              let data21 = data20.value;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                const err36 = { instancePath: instancePath + "/params/newStaffGraceDays/value", schemaPath: "#/properties/params/properties/newStaffGraceDays/anyOf/1/properties/value/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 > 3650 || isNaN(data21)) {
                  const err37 = { instancePath: instancePath + "/params/newStaffGraceDays/value", schemaPath: "#/properties/params/properties/newStaffGraceDays/anyOf/1/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (data21 < 0 || isNaN(data21)) {
                  const err38 = { instancePath: instancePath + "/params/newStaffGraceDays/value", schemaPath: "#/properties/params/properties/newStaffGraceDays/anyOf/1/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
            }
            if (data20.basis !== void 0) {
              if (!validate22(data20.basis, { instancePath: instancePath + "/params/newStaffGraceDays/basis", parentData: data20, parentDataProperty: "basis", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/params/newStaffGraceDays", schemaPath: "#/properties/params/properties/newStaffGraceDays/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          var _valid2 = _errs48 === errors;
          valid7 = valid7 || _valid2;
          if (!valid7) {
            const err40 = { instancePath: instancePath + "/params/newStaffGraceDays", schemaPath: "#/properties/params/properties/newStaffGraceDays/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          } else {
            errors = _errs45;
            if (vErrors !== null) {
              if (_errs45) {
                vErrors.length = _errs45;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.commitmentValidityDays !== void 0) {
          if (!validate21(data6.commitmentValidityDays, { instancePath: instancePath + "/params/commitmentValidityDays", parentData: data6, parentDataProperty: "commitmentValidityDays", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data6.inspectionMaxDays !== void 0) {
          if (!validate21(data6.inspectionMaxDays, { instancePath: instancePath + "/params/inspectionMaxDays", parentData: data6, parentDataProperty: "inspectionMaxDays", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data6.fraudWarningMaxDays !== void 0) {
          if (!validate21(data6.fraudWarningMaxDays, { instancePath: instancePath + "/params/fraudWarningMaxDays", parentData: data6, parentDataProperty: "fraudWarningMaxDays", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data6.waiverMaxDays !== void 0) {
          if (!validate21(data6.waiverMaxDays, { instancePath: instancePath + "/params/waiverMaxDays", parentData: data6, parentDataProperty: "waiverMaxDays", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data6.impactAssessmentMaxDays !== void 0) {
          if (!validate21(data6.impactAssessmentMaxDays, { instancePath: instancePath + "/params/impactAssessmentMaxDays", parentData: data6, parentDataProperty: "impactAssessmentMaxDays", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data6.breachNotificationMaxHours !== void 0) {
          let data28 = data6.breachNotificationMaxHours;
          const _errs60 = errors;
          let valid9 = false;
          const _errs61 = errors;
          if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
            const err41 = { instancePath: instancePath + "/params/breachNotificationMaxHours", schemaPath: "#/$defs/hours/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 > 8760 || isNaN(data28)) {
              const err42 = { instancePath: instancePath + "/params/breachNotificationMaxHours", schemaPath: "#/$defs/hours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8760 }, message: "must be <= 8760" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data28 < 1 || isNaN(data28)) {
              const err43 = { instancePath: instancePath + "/params/breachNotificationMaxHours", schemaPath: "#/$defs/hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
          var _valid3 = _errs61 === errors;
          valid9 = valid9 || _valid3;
          const _errs64 = errors;
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (data28.value === void 0) {
              const err44 = { instancePath: instancePath + "/params/breachNotificationMaxHours", schemaPath: "#/properties/params/properties/breachNotificationMaxHours/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data28.basis === void 0) {
              const err45 = { instancePath: instancePath + "/params/breachNotificationMaxHours", schemaPath: "#/properties/params/properties/breachNotificationMaxHours/anyOf/1/required", keyword: "required", params: { missingProperty: "basis" }, message: "must have required property 'basis'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key6 in data28) {
              if (!(key6 === "value" || key6 === "basis")) {
                const err46 = { instancePath: instancePath + "/params/breachNotificationMaxHours", schemaPath: "#/properties/params/properties/breachNotificationMaxHours/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data28.value !== void 0) {
              let data29 = data28.value;
              if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                const err47 = { instancePath: instancePath + "/params/breachNotificationMaxHours/value", schemaPath: "#/$defs/hours/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              if (typeof data29 == "number" && isFinite(data29)) {
                if (data29 > 8760 || isNaN(data29)) {
                  const err48 = { instancePath: instancePath + "/params/breachNotificationMaxHours/value", schemaPath: "#/$defs/hours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8760 }, message: "must be <= 8760" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                if (data29 < 1 || isNaN(data29)) {
                  const err49 = { instancePath: instancePath + "/params/breachNotificationMaxHours/value", schemaPath: "#/$defs/hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              }
            }
            if (data28.basis !== void 0) {
              if (!validate22(data28.basis, { instancePath: instancePath + "/params/breachNotificationMaxHours/basis", parentData: data28, parentDataProperty: "basis", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/params/breachNotificationMaxHours", schemaPath: "#/properties/params/properties/breachNotificationMaxHours/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          var _valid3 = _errs64 === errors;
          valid9 = valid9 || _valid3;
          if (!valid9) {
            const err51 = { instancePath: instancePath + "/params/breachNotificationMaxHours", schemaPath: "#/properties/params/properties/breachNotificationMaxHours/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          } else {
            errors = _errs60;
            if (vErrors !== null) {
              if (_errs60) {
                vErrors.length = _errs60;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.portalAccountsPerPersonMax !== void 0) {
          let data31 = data6.portalAccountsPerPersonMax;
          const _errs72 = errors;
          let valid13 = false;
          const _errs73 = errors;
          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
            const err52 = { instancePath: instancePath + "/params/portalAccountsPerPersonMax", schemaPath: "#/properties/params/properties/portalAccountsPerPersonMax/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          if (typeof data31 == "number" && isFinite(data31)) {
            if (data31 < 1 || isNaN(data31)) {
              const err53 = { instancePath: instancePath + "/params/portalAccountsPerPersonMax", schemaPath: "#/properties/params/properties/portalAccountsPerPersonMax/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
          var _valid4 = _errs73 === errors;
          valid13 = valid13 || _valid4;
          const _errs75 = errors;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.value === void 0) {
              const err54 = { instancePath: instancePath + "/params/portalAccountsPerPersonMax", schemaPath: "#/properties/params/properties/portalAccountsPerPersonMax/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data31.basis === void 0) {
              const err55 = { instancePath: instancePath + "/params/portalAccountsPerPersonMax", schemaPath: "#/properties/params/properties/portalAccountsPerPersonMax/anyOf/1/required", keyword: "required", params: { missingProperty: "basis" }, message: "must have required property 'basis'" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            for (const key7 in data31) {
              if (!(key7 === "value" || key7 === "basis")) {
                const err56 = { instancePath: instancePath + "/params/portalAccountsPerPersonMax", schemaPath: "#/properties/params/properties/portalAccountsPerPersonMax/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data31.value !== void 0) {
              let data32 = data31.value;
              if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
                const err57 = { instancePath: instancePath + "/params/portalAccountsPerPersonMax/value", schemaPath: "#/properties/params/properties/portalAccountsPerPersonMax/anyOf/1/properties/value/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              if (typeof data32 == "number" && isFinite(data32)) {
                if (data32 < 1 || isNaN(data32)) {
                  const err58 = { instancePath: instancePath + "/params/portalAccountsPerPersonMax/value", schemaPath: "#/properties/params/properties/portalAccountsPerPersonMax/anyOf/1/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              }
            }
            if (data31.basis !== void 0) {
              if (!validate22(data31.basis, { instancePath: instancePath + "/params/portalAccountsPerPersonMax/basis", parentData: data31, parentDataProperty: "basis", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/params/portalAccountsPerPersonMax", schemaPath: "#/properties/params/properties/portalAccountsPerPersonMax/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          var _valid4 = _errs75 === errors;
          valid13 = valid13 || _valid4;
          if (!valid13) {
            const err60 = { instancePath: instancePath + "/params/portalAccountsPerPersonMax", schemaPath: "#/properties/params/properties/portalAccountsPerPersonMax/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          } else {
            errors = _errs72;
            if (vErrors !== null) {
              if (_errs72) {
                vErrors.length = _errs72;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.privilegedPermissions !== void 0) {
          let data34 = data6.privilegedPermissions;
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.value === void 0) {
              const err61 = { instancePath: instancePath + "/params/privilegedPermissions", schemaPath: "#/properties/params/properties/privilegedPermissions/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data34.basis === void 0) {
              const err62 = { instancePath: instancePath + "/params/privilegedPermissions", schemaPath: "#/properties/params/properties/privilegedPermissions/required", keyword: "required", params: { missingProperty: "basis" }, message: "must have required property 'basis'" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            for (const key8 in data34) {
              if (!(key8 === "value" || key8 === "basis")) {
                const err63 = { instancePath: instancePath + "/params/privilegedPermissions", schemaPath: "#/properties/params/properties/privilegedPermissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data34.value !== void 0) {
              let data35 = data34.value;
              if (Array.isArray(data35)) {
                const len0 = data35.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data36 = data35[i0];
                  if (typeof data36 === "string") {
                    if (func1(data36) < 1) {
                      const err64 = { instancePath: instancePath + "/params/privilegedPermissions/value/" + i0, schemaPath: "#/properties/params/properties/privilegedPermissions/properties/value/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  } else {
                    const err65 = { instancePath: instancePath + "/params/privilegedPermissions/value/" + i0, schemaPath: "#/properties/params/properties/privilegedPermissions/properties/value/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
              } else {
                const err66 = { instancePath: instancePath + "/params/privilegedPermissions/value", schemaPath: "#/properties/params/properties/privilegedPermissions/properties/value/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data34.basis !== void 0) {
              if (!validate22(data34.basis, { instancePath: instancePath + "/params/privilegedPermissions/basis", parentData: data34, parentDataProperty: "basis", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/params/privilegedPermissions", schemaPath: "#/properties/params/properties/privilegedPermissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data6.incompatibleRolePairs !== void 0) {
          let data38 = data6.incompatibleRolePairs;
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            if (data38.value === void 0) {
              const err68 = { instancePath: instancePath + "/params/incompatibleRolePairs", schemaPath: "#/properties/params/properties/incompatibleRolePairs/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (data38.basis === void 0) {
              const err69 = { instancePath: instancePath + "/params/incompatibleRolePairs", schemaPath: "#/properties/params/properties/incompatibleRolePairs/required", keyword: "required", params: { missingProperty: "basis" }, message: "must have required property 'basis'" };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            for (const key9 in data38) {
              if (!(key9 === "value" || key9 === "basis")) {
                const err70 = { instancePath: instancePath + "/params/incompatibleRolePairs", schemaPath: "#/properties/params/properties/incompatibleRolePairs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data38.value !== void 0) {
              let data39 = data38.value;
              if (Array.isArray(data39)) {
                const len1 = data39.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data40 = data39[i1];
                  if (Array.isArray(data40)) {
                    if (data40.length > 2) {
                      const err71 = { instancePath: instancePath + "/params/incompatibleRolePairs/value/" + i1, schemaPath: "#/properties/params/properties/incompatibleRolePairs/properties/value/items/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                    if (data40.length < 2) {
                      const err72 = { instancePath: instancePath + "/params/incompatibleRolePairs/value/" + i1, schemaPath: "#/properties/params/properties/incompatibleRolePairs/properties/value/items/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                    const len2 = data40.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data41 = data40[i2];
                      if (typeof data41 === "string") {
                        if (func1(data41) < 1) {
                          const err73 = { instancePath: instancePath + "/params/incompatibleRolePairs/value/" + i1 + "/" + i2, schemaPath: "#/properties/params/properties/incompatibleRolePairs/properties/value/items/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err73];
                          } else {
                            vErrors.push(err73);
                          }
                          errors++;
                        }
                      } else {
                        const err74 = { instancePath: instancePath + "/params/incompatibleRolePairs/value/" + i1 + "/" + i2, schemaPath: "#/properties/params/properties/incompatibleRolePairs/properties/value/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err75 = { instancePath: instancePath + "/params/incompatibleRolePairs/value/" + i1, schemaPath: "#/properties/params/properties/incompatibleRolePairs/properties/value/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
              } else {
                const err76 = { instancePath: instancePath + "/params/incompatibleRolePairs/value", schemaPath: "#/properties/params/properties/incompatibleRolePairs/properties/value/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data38.basis !== void 0) {
              if (!validate22(data38.basis, { instancePath: instancePath + "/params/incompatibleRolePairs/basis", parentData: data38, parentDataProperty: "basis", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err77 = { instancePath: instancePath + "/params/incompatibleRolePairs", schemaPath: "#/properties/params/properties/incompatibleRolePairs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
      } else {
        const err78 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data.packs !== void 0) {
      let data43 = data.packs;
      if (Array.isArray(data43)) {
        const len3 = data43.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data44 = data43[i3];
          if (!(data44 === "pdpl-2025" || data44 === "emr-2025")) {
            const err79 = { instancePath: instancePath + "/packs/" + i3, schemaPath: "#/properties/packs/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.packs.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        let i4 = data43.length;
        let j0;
        if (i4 > 1) {
          outer0: for (; i4--; ) {
            for (j0 = i4; j0--; ) {
              if (func0(data43[i4], data43[j0])) {
                const err80 = { instancePath: instancePath + "/packs", schemaPath: "#/properties/packs/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err81 = { instancePath: instancePath + "/packs", schemaPath: "#/properties/packs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
  } else {
    const err82 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err82];
    } else {
      vErrors.push(err82);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/generated/profiles.ts
var BUNDLED_PROFILE_JSON = {
  "national": `{"name":"national","description":{"en":"National defaults (Ministry of Health letters apply everywhere).","vi":"Mặc định toàn quốc (các công văn của Bộ Y tế áp dụng trên cả nước)."},"params":{"passwordRotationMaxDays":{"value":90,"basis":{"kind":"default","letter":"2748/SYT-NVY","quote":"Định kỳ thay đổi mật khẩu theo Quy chế quản lý, khai thác sử dụng thông tin hoặc khi có sự thay đổi về nhân sự được giao quản lý, sử dụng tài khoản.","reason":{"en":"2748/SYT-NVY leaves the period to the facility's regulation; 90 days is the tool's ceiling on the period a regulation may set. Decision 326/QĐ-BYT (Ministry of Health units) asks for at least every 6 months (confidence low–medium).","vi":"Công văn 2748/SYT-NVY để quy chế của đơn vị quy định chu kỳ; 90 ngày là mức trần mặc định của công cụ. Quyết định 326/QĐ-BYT (đơn vị thuộc Bộ Y tế) yêu cầu ít nhất 6 tháng một lần (độ tin cậy thấp–trung bình)."}}},"applicationReviewMaxDays":{"value":365,"basis":{"kind":"default","letter":"5863/BYT-BH","quote":"khẩn trương kiểm tra, rà soát các ứng dụng trên Hệ thống công nghệ thông tin do Bảo hiểm xã hội Việt Nam quản lý","reason":{"en":"5863/BYT-BH asks for one review of the applications, with no period; yearly is the tool's default.","vi":"Công văn 5863/BYT-BH yêu cầu rà soát các ứng dụng, không nêu chu kỳ; hằng năm là mặc định của công cụ."}}},"permissionReviewMaxDays":{"value":365,"basis":{"kind":"default","letter":"5715/BYT-BH","quote":"các đơn vị cần rà soát lại việc ủy quyền, phân cấp, phân quyền cho các cá nhân, khoa, phòng liên quan trong việc quản lý, sử dụng tài khoản mà BHXH Việt Nam đã cung cấp.","reason":{"en":"5715/BYT-BH asks for a review of delegation and permissions, with no period; yearly is the tool's default (TCVN 14423 asks for account reviews every 6 months; confidence low).","vi":"Công văn 5715/BYT-BH yêu cầu rà soát ủy quyền, phân quyền, không nêu chu kỳ; hằng năm là mặc định của công cụ (TCVN 14423 yêu cầu 6 tháng một lần; độ tin cậy thấp)."}}},"accessReviewMaxDays":{"value":45,"basis":{"kind":"default","letter":"5715/BYT-BH","quote":"khẩn trương chỉ đạo kiểm tra, rà soát, xác minh số liệu truy cập trên Cổng Tiếp nhận dữ liệu - Hệ thống Thông tin giám định BHYT","reason":{"en":"5715/BYT-BH asks to check the portal access figures, with no period; monthly with two weeks' slack is the tool's default.","vi":"Công văn 5715/BYT-BH yêu cầu kiểm tra số liệu truy cập, không nêu chu kỳ; hằng tháng (dư hai tuần) là mặc định của công cụ."}}},"accessDailyCeiling":{"value":100000,"basis":{"kind":"default","letter":"5715/BYT-BH","quote":"có số lượng truy cập bất thường, hơn một triệu lượt/ngày để khai thác thông tin","reason":{"en":"The letter reports one account with over a million requests a day and sets no ceiling; a facility submits at most a few thousand records a day, so the tool flags a tenth of the reported figure.","vi":"Công văn nêu một tài khoản truy cập hơn một triệu lượt/ngày và không đặt ngưỡng; một cơ sở chỉ gửi vài nghìn hồ sơ mỗi ngày nên công cụ cảnh báo ở một phần mười con số đó."}}},"accessBaselineFactor":{"value":10,"basis":{"kind":"default","reason":{"en":"No letter sets a factor; ten times an account's median day is the tool's default for an anomaly.","vi":"Không công văn nào nêu hệ số; gấp mười lần trung vị ngày của tài khoản là mặc định của công cụ."}}},"securityDirectionMaxDays":{"value":365,"basis":{"kind":"default","letter":"2748/SYT-NVY","quote":"Người đứng đầu đơn vị cần quan tâm, chỉ đạo kịp thời, thường xuyên đối với vấn đề bảo mật, an toàn thông tin","reason":{"en":"The letters ask the head of unit to direct security promptly and regularly, with no period; at least yearly is the tool's default.","vi":"Các công văn yêu cầu người đứng đầu chỉ đạo kịp thời, thường xuyên, không nêu chu kỳ; ít nhất hằng năm là mặc định của công cụ."}}},"disseminationMaxDays":{"value":365,"basis":{"kind":"default","letter":"6827/BYT-KCB","quote":"tăng cường phổ biến Luật Khám bệnh, chữa bệnh và các văn bản quy phạm pháp luật có liên quan đến bảo mật thông tin người bệnh","reason":{"en":"6827/BYT-KCB asks for dissemination, with no period; yearly is the tool's default.","vi":"Công văn 6827/BYT-KCB yêu cầu phổ biến, không nêu chu kỳ; hằng năm là mặc định của công cụ."}}},"trainingValidityDays":{"value":365,"basis":{"kind":"default","letter":"6827/BYT-KCB","quote":"Tăng cường tập huấn, đào tạo về bảo mật thông tin của người bệnh cho từng nhân viên y tế","reason":{"en":"6827/BYT-KCB asks for training of every health worker, with no period; a training counting one year is the tool's default.","vi":"Công văn 6827/BYT-KCB yêu cầu tập huấn từng nhân viên y tế, không nêu chu kỳ; hiệu lực một năm là mặc định của công cụ."}}},"newStaffGraceDays":{"value":60,"basis":{"kind":"default","letter":"6827/BYT-KCB","quote":"Tăng cường tập huấn, đào tạo về bảo mật thông tin của người bệnh cho từng nhân viên y tế","reason":{"en":"The letter sets no time for new staff; 60 days after joining is the tool's default.","vi":"Công văn không nêu thời hạn cho nhân viên mới; 60 ngày kể từ khi vào làm là mặc định của công cụ."}}},"commitmentValidityDays":{"value":1095,"basis":{"kind":"default","letter":"6827/BYT-KCB","quote":"nghiêm túc tuân thủ nghĩa vụ đối với nghề nghiệp của nhân viên y tế được quy định tại Điều 45 Luật Khám bệnh, chữa bệnh","reason":{"en":"The letter asks health workers to comply with the Article 45 duties and mentions no signed commitment; the commitment, renewed every three years, is the tool's way of showing it.","vi":"Công văn yêu cầu tuân thủ nghĩa vụ tại Điều 45, không nêu bản cam kết; bản cam kết ký lại mỗi ba năm là cách công cụ dùng để chứng minh việc đó."}}},"inspectionMaxDays":{"value":365,"basis":{"kind":"default","letter":"6827/BYT-KCB","quote":"Tổ chức kiểm tra, giám sát, báo cáo định kỳ về việc thực hiện các biện pháp quản lý, lưu trữ và sử dụng thông tin cá nhân tại các cơ sở y tế","reason":{"en":"6827/BYT-KCB says \\"định kỳ\\" (periodically) without a period; yearly is the tool's default (a yearly report under the Cybersecurity Law's 2026 decrees rests on one secondary source; confidence low).","vi":"Công văn 6827/BYT-KCB nêu \\"định kỳ\\" nhưng không nêu chu kỳ; hằng năm là mặc định của công cụ (báo cáo hằng năm theo các nghị định năm 2026 chỉ có một nguồn thứ cấp; độ tin cậy thấp)."}}},"fraudWarningMaxDays":{"value":365,"basis":{"kind":"default","letter":"6827/BYT-KCB","quote":"Phối hợp với các cơ quan truyền thông để tăng cường công tác tuyên truyền, cảnh báo về các hành vi lừa đảo thông qua việc lợi dụng thông tin cá nhân","reason":{"en":"The letter asks for warnings with the media, with no period; yearly is the tool's default.","vi":"Công văn yêu cầu phối hợp truyền thông cảnh báo, không nêu chu kỳ; hằng năm là mặc định của công cụ."}}},"waiverMaxDays":{"value":180,"basis":{"kind":"default","reason":{"en":"Waivers are the tool's own governance, not the letters'; six months is the tool's default.","vi":"Miễn trừ là cơ chế của công cụ, không thuộc các công văn; sáu tháng là mặc định của công cụ."}}},"impactAssessmentMaxDays":{"value":60,"basis":{"kind":"law","instrument":"Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15","article":"Điều 21","confidence":"medium","note":{"en":"Dossier sent within 60 days of starting the processing; secondary sources agree, gazette text not read here.","vi":"Gửi hồ sơ trong 60 ngày kể từ khi bắt đầu xử lý; các nguồn thứ cấp thống nhất, chưa đọc được văn bản gốc."}}},"breachNotificationMaxHours":{"value":72,"basis":{"kind":"law","instrument":"Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15","article":"Điều 23 khoản 1","confidence":"medium","note":{"en":"Notification no later than 72 hours after detection; law-firm notes and the replaced Decree 13/2023 agree.","vi":"Thông báo chậm nhất 72 giờ sau khi phát hiện; ghi chú của các hãng luật và Nghị định 13/2023 (đã thay thế) thống nhất."}}},"portalAccountsPerPersonMax":{"value":1,"basis":{"kind":"default","letter":"5715/BYT-BH","quote":"các đơn vị cần rà soát lại việc ủy quyền, phân cấp, phân quyền cho các cá nhân, khoa, phòng liên quan trong việc quản lý, sử dụng tài khoản mà BHXH Việt Nam đã cung cấp.","reason":{"en":"5715/BYT-BH asks for a review of who is given the portal accounts and sets no number; one account a person is the tool's default, so that each account's use traces to one person's duty.","vi":"Công văn 5715/BYT-BH yêu cầu rà soát việc giao tài khoản, không nêu số lượng; mỗi người một tài khoản là mặc định của công cụ, để việc sử dụng mỗi tài khoản gắn với nhiệm vụ của một người."}}},"privilegedPermissions":{"value":["admin","user_management"],"basis":{"kind":"default","letter":"5715/BYT-BH","quote":"các đơn vị cần rà soát lại việc ủy quyền, phân cấp, phân quyền cho các cá nhân, khoa, phòng liên quan trong việc quản lý, sử dụng tài khoản mà BHXH Việt Nam đã cung cấp.","reason":{"en":"The letter names no permission; administration and user management are the tool's default list of privileged permissions.","vi":"Công văn không nêu tên quyền; quản trị và quản lý người dùng là danh sách quyền đặc quyền mặc định của công cụ."}}},"incompatibleRolePairs":{"value":[["portal_admin","claims_submitter"]],"basis":{"kind":"default","letter":"5715/BYT-BH","quote":"các đơn vị cần rà soát lại việc ủy quyền, phân cấp, phân quyền cho các cá nhân, khoa, phòng liên quan trong việc quản lý, sử dụng tài khoản mà BHXH Việt Nam đã cung cấp.","reason":{"en":"The letter names no incompatible roles; managing the portal accounts and submitting claims with them is the tool's default pair (role ids as in the facility's roles catalogue).","vi":"Công văn không nêu vai trò không kiêm nhiệm; quản trị tài khoản Cổng và gửi dữ liệu đề nghị thanh toán là cặp mặc định của công cụ (mã vai trò theo danh mục roles của cơ sở)."}}}}}`,
  "thanh-hoa": `{"name":"thanh-hoa","extends":"national","description":{"en":"Thanh Hoá province (code 38), with 2748/SYT-NVY; monthly access reviews and shorter waivers.","vi":"Tỉnh Thanh Hoá (mã 38), áp dụng thêm Công văn 2748/SYT-NVY; rà soát truy cập hằng tháng, miễn trừ ngắn hơn."},"params":{"accessReviewMaxDays":{"value":35,"basis":{"kind":"default","reason":{"en":"The tool's stricter default for this profile (monthly, five days' slack); neither 5715/BYT-BH nor 2748/SYT-NVY sets a period.","vi":"Mặc định chặt hơn của công cụ cho hồ sơ này (hằng tháng, dư năm ngày); 5715/BYT-BH và 2748/SYT-NVY không nêu chu kỳ."}}},"waiverMaxDays":{"value":90,"basis":{"kind":"default","reason":{"en":"The tool's shorter default for this profile; waivers are the tool's own governance.","vi":"Mặc định ngắn hơn của công cụ cho hồ sơ này; miễn trừ là cơ chế của công cụ."}}}}}`
};

// src/profile/load.ts
var BUNDLED_PROFILES = ["national", "thanh-hoa"];
var validate2 = validate;
var paramNames;
var readDiskFile = (file) => readInputFile(file, DEFAULT_LIMITS.maxReportBytes, "limits.maxReportBytes");
function profileParamNames() {
  paramNames ??= Object.keys(
    JSON.parse(readPackageText("schemas/profile.v1.schema.json")).properties.params.properties
  ).sort();
  return paramNames;
}
function loadProfile(nameOrFile = "national", read = readDiskFile) {
  const bundled = BUNDLED_PROFILES.includes(nameOrFile);
  const file = bundled ? `profiles/${nameOrFile}.yaml` : nameOrFile;
  const profile = bundled ? JSON.parse(BUNDLED_PROFILE_JSON[nameOrFile]) : readProfileFile(file, nameOrFile, read);
  const baseName = profile.extends ?? (bundled ? void 0 : "national");
  const base = baseName ? loadProfile(baseName, read) : void 0;
  const own = resolveOwn(profile, base);
  const params = {
    ...base?.params,
    ...Object.fromEntries(Object.entries(own).map(([name, param]) => [name, param.value]))
  };
  const bases = {
    ...base?.bases,
    ...Object.fromEntries(Object.entries(own).map(([name, param]) => [name, param.basis]))
  };
  const missing = profileParamNames().filter((name) => params[name] === void 0);
  if (missing.length > 0) {
    throw new InputError(
      { file, line: 1, column: 1 },
      { vi: `Bộ tham số thiếu: ${missing.join(", ")}.`, en: `The profile does not set: ${missing.join(", ")}.` }
    );
  }
  return {
    name: profile.name,
    source: bundled ? `bundled:${nameOrFile}` : nameOrFile,
    params: sortedByName(params),
    bases: sortedByName(bases),
    packs: profile.packs ?? base?.packs ?? []
  };
}
function resolveOwn(profile, base) {
  return Object.fromEntries(
    Object.entries(profile.params).map(([name, given]) => {
      if (typeof given === "object") return [name, given];
      const inherited = base?.bases[name];
      const basis = inherited && base?.params[name] === given ? inherited : { kind: "unstated", profile: profile.name };
      return [name, { value: given, basis }];
    })
  );
}
function sortedByName(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function resolvedParams(profile) {
  return Object.fromEntries(
    Object.entries(profile.params).map(([name, value]) => [name, { value, basis: profile.bases[name] }])
  );
}
function readProfileFile(file, nameOrFile, read) {
  let loaded;
  try {
    const bytes = read(file);
    if (bytes.byteLength > DEFAULT_LIMITS.maxReportBytes)
      throw tooLarge(file, bytes.byteLength, DEFAULT_LIMITS.maxReportBytes, "limits.maxReportBytes");
    loaded = parseConfig(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).normalize("NFC"), file, {
      ...DEFAULT_LIMITS,
      maxFileBytes: DEFAULT_LIMITS.maxReportBytes
    });
  } catch (error) {
    if (error instanceof InputError && !(error instanceof UnreadableFileError)) throw error;
    throw new InputError(
      { file, line: 1, column: 1 },
      {
        vi: `Không đọc được bộ tham số "${nameOrFile}"; dùng ${BUNDLED_PROFILES.join(", ")} hoặc đường dẫn tệp YAML.`,
        en: `Cannot read profile "${nameOrFile}" (${error.code ?? "unreadable"}); use ${BUNDLED_PROFILES.join(", ")} or a YAML file path.`
      }
    );
  }
  if (!validate2(loaded.data)) {
    const first = (validate2.errors ?? [])[0];
    const pointer = first.keyword === "additionalProperties" ? `${first.instancePath}/${String(first.params.additionalProperty)}` : first.instancePath;
    const detail = (validate2.errors ?? []).map((error) => describe(error)).join("; ");
    throw new InputError(locate(loaded, pointer), { vi: `Bộ tham số không hợp lệ: ${detail}`, en: `Invalid profile: ${detail}` });
  }
  return loaded.data;
}
function describe(error) {
  const where = error.instancePath || "/";
  if (error.keyword === "additionalProperties") return `${where}: unknown field "${String(error.params.additionalProperty)}"`;
  if (error.keyword === "required") return `${where}: missing "${String(error.params.missingProperty)}"`;
  return `${where}: ${error.message ?? "invalid"}`;
}

// src/report/build.ts
function facilityReport(config, raw, catalog2) {
  const rules = catalog2.rules.map((rule) => {
    const result = raw[rule.id];
    if (!result) {
      throw new Error(`rule ${rule.id} is in the catalog but produced no result; rebuild the policy`);
    }
    return {
      ...ruleHeader(rule, catalog2),
      status: result.status,
      findings: inSourceOrder(result.findings).map((finding) => ({ ...finding, location: locate(config, finding.pointer) }))
    };
  });
  return { file: config.file, facility: facilityIdentity(config.data), errors: [], rules };
}
function inSourceOrder(findings) {
  const key = (finding) => [
    finding.pointer,
    finding.target,
    finding.status === "waived" ? "fail" : finding.status,
    finding.message.en,
    finding.message.vi
  ];
  const keyed = findings.map((finding) => ({ finding, key: key(finding) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const order = compareUtf8(a.key[i], b.key[i]);
      if (order !== 0) return order;
    }
    return 0;
  });
  return keyed.map(({ finding }) => finding);
}
function compareUtf8(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}
var codePointRank = (unit) => unit < 55296 ? unit : unit >= 57344 ? unit - 2048 : unit + 8192;
function failedFacility(file, errors, data) {
  return { file, facility: data === void 0 ? void 0 : facilityIdentity(data), errors, rules: [] };
}
function inputErrorRecord(error) {
  return { kind: "input", location: error.location, message: error.text };
}
function ruleHeader(rule, catalog2) {
  const document = catalog2.documents[rule.document];
  return {
    id: rule.id,
    severity: rule.severity,
    title: rule.title,
    directive: {
      id: rule.document,
      number: document?.number ?? rule.document,
      issuer: document?.issuer ?? "",
      date: document?.date ?? "",
      item: rule.item
    },
    clause: rule.clause,
    remediation: rule.remediation
  };
}
function facilityIdentity(data) {
  const facility = data?.facility;
  if (typeof facility?.code !== "string" || !/^[0-9]{5}$/.test(facility.code) || typeof facility.name !== "string")
    return void 0;
  return { code: facility.code, name: facility.name };
}
function summarize(facilities) {
  const tally = new SummaryTally();
  for (const facility of facilities) tally.add(facility);
  return tally.summary;
}
var SummaryTally = class {
  summary = {
    facilities: 0,
    facilitiesWithErrors: 0,
    rules: Object.fromEntries(RULE_STATUSES.map((status) => [status, 0]))
  };
  /** Failing rules no baseline knew, by severity: what exitCode compares with fail-on. */
  #failing = /* @__PURE__ */ new Map();
  add(facility) {
    this.summary.facilities += 1;
    if (facility.errors.length > 0) this.summary.facilitiesWithErrors += 1;
    for (const rule of facility.rules) {
      this.summary.rules[rule.status] += 1;
      if (blocks(rule, "low")) this.#failing.set(rule.severity, (this.#failing.get(rule.severity) ?? 0) + 1);
    }
  }
  /** As exitCode(report, failOn) on the whole report. */
  exitCode(failOn = "low") {
    if (this.summary.facilitiesWithErrors > 0) return 2;
    return [...this.#failing.keys()].some((severity) => reaches(severity, failOn)) ? 1 : 0;
  }
};
function exitCode(report, failOn = "low") {
  if (report.summary.facilitiesWithErrors > 0) return 2;
  return blockingRules(report, failOn) > 0 ? 1 : 0;
}

// src/report/delegation.ts
function records(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "object" && item !== null && !Array.isArray(item)) : [];
}
function strings(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function delegationRows(data) {
  const config = records([data])[0];
  const roles = records(config?.roles);
  if (roles.length === 0) return void 0;
  const staff = new Map(records(config?.staff).map((person) => [person.id, person]));
  const allowed = (roleIds, system) => new Set(
    roles.filter((role) => roleIds.includes(role.id)).flatMap((role) => [...records(role.grants), { system: role.system, permissions: role.permissions }]).filter((grant) => grant.system === system).flatMap((grant) => strings(grant.permissions))
  );
  return records(config?.accounts).filter((account) => (account.status ?? "active") === "active").map((account) => {
    const person = typeof account.holder === "string" ? staff.get(account.holder) : void 0;
    const roleIds = strings(person?.roles);
    const within = allowed(roleIds, account.system);
    return {
      account: String(account.id),
      system: String(account.system),
      ...typeof account.holder === "string" ? { holder: account.holder } : {},
      ...typeof person?.name === "string" ? { holderName: person.name } : {},
      roles: roleIds,
      permissions: strings(account.permissions).map((name) => ({ name, withinRoles: within.has(name) }))
    };
  });
}

// src/validate/event-dates.ts
var PAST_EVENTS = [
  ["governance", "regulations", "*", "issuedOn"],
  ["governance", "securityDirectives", "*", "issuedOn"],
  ["governance", "disseminations", "*", "heldOn"],
  ["staff", "*", "joinedOn"],
  ["staff", "*", "confidentialityCommitment", "signedOn"],
  ["trainings", "*", "completedOn"],
  ["accounts", "*", "assignment", "decidedOn"],
  ["accounts", "*", "passwordChangedOn"],
  ["accounts", "*", "holderHistory", "*", "from"],
  ["accessReviews", "*", "reviewedOn"],
  ["accessStats", "*", "date"],
  ["dataTransfers", "*", "approvedOn"],
  ["applicationReviews", "*", "reviewedOn"],
  ["inspections", "*", "inspectedOn"],
  ["awareness", "fraudWarnings", "*", "publishedOn"],
  ["waivers", "*", "approvedOn"]
];
function validateEventDates(config, asOf) {
  const errors = [];
  for (const path of PAST_EVENTS) {
    forEachAt(config.data, path, (value, pointerOf) => {
      if (typeof value !== "string" || value <= asOf) return;
      const pointer = pointerOf();
      errors.push(
        new InputError(locate(config, pointer), {
          vi: `${fieldPhraseVi(pointer)}: ngày ${dayMonthYear(value)} là sự việc đã xảy ra nhưng lại sau ngày đánh giá ${dayMonthYear(asOf)}. Hãy sửa ngày (nhầm năm/tháng?), hoặc chạy lại với --as-of đúng.`,
          en: `${pointer}: ${value} records a past event but is after the evaluation date ${asOf}. Correct the date (wrong year or month?), or run with the right --as-of.`
        })
      );
    });
  }
  return errors.sort((a, b) => a.location.line - b.location.line);
}
function dayMonthYear(iso) {
  return iso.slice(0, 10).split("-").reverse().join("/");
}

// src/validate/references.ts
var ENTITIES = {
  staff: { path: ["staff"], what: { vi: "nhân viên", en: "staff member (staff)" } },
  systems: { path: ["systems"], what: { vi: "hệ thống", en: "system (systems)" } },
  accounts: { path: ["accounts"], what: { vi: "tài khoản", en: "account (accounts)" } },
  pharmacies: {
    path: ["facility", "pharmacies"],
    what: { vi: "nhà thuốc", en: "pharmacy (facility.pharmacies)" }
  },
  regulations: {
    path: ["governance", "regulations"],
    what: { vi: "quy chế", en: "regulation (governance.regulations)" }
  },
  dataTransfers: { path: ["dataTransfers"], what: { vi: "kênh trích chuyển dữ liệu", en: "data transfer (dataTransfers)" } }
};
var REFERENCES = [
  { from: ["accounts", "*"], field: "holder", to: "staff" },
  { from: ["accounts", "*"], field: "system", to: "systems" },
  { from: ["accounts", "*", "holderHistory", "*"], field: "holder", to: "staff" },
  { from: ["trainings", "*"], field: "staffId", to: "staff" },
  { from: ["accessStats", "*"], field: "account", to: "accounts" },
  { from: ["applicationReviews", "*"], field: "system", to: "systems" },
  { from: ["facility", "pharmacies", "*", "systems"], field: "*", to: "systems" }
];
function validateReferences(config) {
  const errors = Object.entries(ENTITIES).flatMap(([, entity]) => duplicateIds(config, entity));
  const ids = Object.fromEntries(Object.entries(ENTITIES).map(([name, entity]) => [name, idsOf(config.data, entity)]));
  for (const reference of REFERENCES) {
    forEachAt(config.data, [...reference.from, reference.field], (value, pointerOf) => {
      if (typeof value !== "string" || ids[reference.to].has(value)) return;
      const what = ENTITIES[reference.to].what;
      const pointer = pointerOf();
      errors.push(
        new InputError(locate(config, pointer), {
          vi: `${fieldPhraseVi(pointer)}: giá trị này không khớp mã của ${what.vi} nào trong tệp. Hãy sửa mã cho đúng, hoặc thêm ${what.vi} đó vào tệp.`,
          en: `${pointer}: this value matches the id of no ${what.en} in this file. Correct the id, or add that ${what.en} to the file.`
        })
      );
    });
  }
  return errors.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}
function duplicateIds(config, entity) {
  const seen = /* @__PURE__ */ new Map();
  const errors = [];
  records2(config.data, entity.path).forEach((record, index) => {
    const id = record?.id;
    const pointer = `/${entity.path.join("/")}/${index}/id`;
    if (typeof id !== "string") return;
    const first = seen.get(id);
    if (first === void 0) return void seen.set(id, pointer);
    errors.push(
      new InputError(locate(config, pointer), {
        vi: `${fieldPhraseVi(pointer)}: mã này đã dùng cho ${entity.what.vi} ở ${fieldPhraseVi(first.replace(/\/id$/, "")).toLocaleLowerCase("vi")}; mỗi mã phải duy nhất. Hãy đổi mã, hoặc gộp hai bản ghi.`,
        en: `${pointer}: this id is already used by the ${entity.what.en} at ${first}; ids must be unique. Rename it, or merge the two records.`
      })
    );
  });
  return errors;
}
function idsOf(data, entity) {
  return new Set(
    records2(data, entity.path).map((record) => record?.id).filter((id) => typeof id === "string")
  );
}
function records2(data, path) {
  const found = path.reduce((node, key) => isObject2(node) ? node[key] : void 0, data);
  return Array.isArray(found) ? found : [];
}
function isObject2(node) {
  return typeof node === "object" && node !== null && !Array.isArray(node);
}

// src/generated/facility-validator.ts
var runtime02 = __toESM(require_ucs2length(), 1);
var runtime12 = __toESM(require_formats(), 1);
var commonJs2 = (namespace) => namespace.default && typeof namespace.default === "object" && "__esModule" in namespace.default ? namespace.default : namespace;
var schema312 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://kcb-compliance.dev/schemas/facility.v2.schema.json", "title": "kcb-compliance facility configuration v2", "description": "Bản khai của cơ sở y tế về các sự việc mà các văn bản chỉ đạo bảo vệ dữ liệu KCB BHYT hỏi tới. Ngày viết dạng ISO YYYY-MM-DD, đặt trong dấu nháy. Khoá có tên như thông tin đăng nhập (password, token, apiKey…) chỉ được nhận để quy tắc byt_5715_2019.account_secrets_not_in_config báo cáo; đừng bao giờ ghi mật khẩu vào đây.\n\nA health facility's declarative record of the facts the KCB BHYT data-protection directives ask about. Dates are ISO YYYY-MM-DD strings. Keys named like a credential (password, token, apiKey…) are accepted only so that the rule byt_5715_2019.account_secrets_not_in_config can report them; never write secrets here.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "facility"], "properties": { "$schema": { "type": "string", "description": "Gợi ý cho trình soạn thảo: lược đồ mà tệp này tuân theo.\n\nEditor hint: the schema this file follows.", "x-label": "lược đồ\n\nschema" }, "apiVersion": { "const": "kcb-compliance/v2", "description": "Phiên bản định dạng. Luôn là kcb-compliance/v2.\n\nFormat version. Always kcb-compliance/v2.", "x-label": "phiên bản định dạng\n\nformat version" }, "kind": { "const": "Facility", "description": "Loại tài liệu. Luôn là Facility.\n\nDocument kind. Always Facility.", "x-label": "loại tài liệu\n\ndocument kind" }, "facility": { "type": "object", "description": "Thông tin định danh của cơ sở.\n\nThe facility's identity.", "x-label": "thông tin cơ sở\n\nfacility details", "additionalProperties": false, "properties": { "code": { "type": "string", "description": "Mã cơ sở KCB 5 chữ số do BHXH cấp; hai chữ số đầu là mã tỉnh. Đặt trong dấu nháy.\n\n5-digit KCB facility code issued by BHXH; its first two digits are the province code.", "x-label": "mã cơ sở KCB\n\nKCB facility code", "pattern": "^[0-9]{5}$", "patternErrorMessage": 'Mã cơ sở KCB gồm đúng 5 chữ số, đặt trong dấu nháy, ví dụ "38001".\n\nThe KCB facility code is exactly 5 digits, in quotes, e.g. "38001".', "examples": ["38001"] }, "name": { "type": "string", "description": "Tên chính thức của cơ sở.\n\nOfficial facility name.", "x-label": "tên cơ sở\n\nfacility name", "minLength": 1, "examples": ["Bệnh viện Đa khoa huyện Mẫu"] }, "province": { "type": "string", "description": "Mã tỉnh hai chữ số (38 = Thanh Hoá), đặt trong dấu nháy. Mặc định là hai chữ số đầu của mã cơ sở.\n\nTwo-digit province code (38 = Thanh Hoá). Defaults to the first two digits of code.", "x-label": "mã tỉnh\n\nprovince code", "pattern": "^[0-9]{2}$", "patternErrorMessage": 'Mã tỉnh gồm đúng 2 chữ số, đặt trong dấu nháy, ví dụ "38".\n\nThe province code is exactly 2 digits, in quotes, e.g. "38".', "examples": ["38"] }, "type": { "enum": ["hospital", "health_center", "commune_station", "clinic", "pharmacy", "other"], "description": "Loại cơ sở.\n\nKind of facility.", "x-label": "loại cơ sở\n\nfacility type", "markdownEnumDescriptions": ["Bệnh viện\n\nHospital", "Trung tâm y tế\n\nHealth centre", "Trạm y tế xã, phường\n\nCommune health station", "Phòng khám\n\nClinic", "Nhà thuốc\n\nPharmacy", "Loại khác\n\nOther"] }, "bhytContract": { "type": "boolean", "description": "Cơ sở có hợp đồng KCB BHYT với cơ quan BHXH hay không (và do đó có tài khoản Cổng tiếp nhận dữ liệu).\n\nWhether the facility has a KCB BHYT contract with the social insurance agency (and so BHXH portal accounts).", "x-label": "hợp đồng KCB BHYT\n\nKCB BHYT contract" }, "head": { "type": "object", "description": "Thủ trưởng đơn vị, người chỉ đạo công tác an toàn thông tin.\n\nHead of the unit (thủ trưởng), who directs information security.", "x-label": "thủ trưởng đơn vị\n\nhead of unit", "additionalProperties": false, "properties": { "name": { "type": "string", "description": "Họ và tên.\n\nFull name.", "x-label": "họ tên thủ trưởng\n\nname of the head of unit", "minLength": 1 }, "title": { "type": "string", "description": "Chức danh, ví dụ Giám đốc.\n\nTitle, e.g. Giám đốc.", "x-label": "chức danh thủ trưởng\n\ntitle of the head of unit", "examples": ["Giám đốc", "Trạm trưởng"] } }, "required": ["name"] }, "pharmacies": { "type": ["array", "object"], "description": "Các nhà thuốc bệnh viện do cơ sở quản lý. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nHospital pharmacies run by the facility. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "danh sách nhà thuốc bệnh viện\n\nhospital pharmacies", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một nhà thuốc bệnh viện.\n\nA hospital pharmacy (nhà thuốc bệnh viện).", "additionalProperties": false, "properties": { "id": { "type": "string", "description": "Mã định danh.\n\nIdentifier.", "x-label": "mã nhà thuốc\n\npharmacy id", "minLength": 1 }, "name": { "type": "string", "description": "Tên.\n\nName.", "x-label": "tên nhà thuốc\n\npharmacy name" }, "systems": { "type": "array", "description": "Mã các hệ thống nhà thuốc sử dụng (xem systems).\n\nIds of the systems the pharmacy uses (see systems).", "x-label": "hệ thống nhà thuốc sử dụng\n\nsystems the pharmacy uses", "items": { "type": "string" } } }, "required": ["id", "name"] } } }, "required": ["code", "name", "type", "bhytContract"] }, "governance": { "type": "object", "description": "Quy chế, văn bản chỉ đạo và tuyên truyền, phổ biến.\n\nRegulations, directions and dissemination.", "x-label": "quy chế và chỉ đạo\n\ngovernance", "additionalProperties": false, "properties": { "regulations": { "type": ["array", "object"], "description": "Các quy chế nội bộ phân công trách nhiệm. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nInternal regulations that assign responsibilities. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "danh sách quy chế\n\nregulations", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một quy chế, quy định nội bộ của cơ sở.\n\nAn internal regulation (quy chế, quy định) of the facility.", "additionalProperties": false, "properties": { "id": { "type": "string", "description": "Mã định danh dùng để tham chiếu.\n\nIdentifier used in references.", "x-label": "mã quy chế\n\nregulation id", "minLength": 1 }, "number": { "type": "string", "description": "Số văn bản, ví dụ 123/QĐ-BV.\n\nDocument number, e.g. 123/QĐ-BV.", "x-label": "số văn bản\n\ndocument number", "minLength": 1, "examples": ["123/QĐ-BV"] }, "title": { "type": "string", "description": "Tên quy chế.\n\nTitle of the regulation.", "x-label": "tên quy chế\n\nregulation title" }, "issuedOn": { "$ref": "#/$defs/date", "description": "Ngày ban hành.\n\nDate of issue.", "x-label": "ngày ban hành\n\ndate of issue" }, "covers": { "type": "array", "description": "Các nội dung quy chế phân công trách nhiệm.\n\nTopics the regulation assigns responsibilities for.", "x-label": "nội dung quy chế\n\ntopics covered", "items": { "enum": ["account_responsibility", "password_rotation", "access_review", "patient_confidentiality", "it_operations", "data_transfer", "incident_response", "training", "health_data_access", "emr_management"], "markdownEnumDescriptions": ["Trách nhiệm của người giữ tài khoản\n\nResponsibility of account holders", "Đổi mật khẩu định kỳ\n\nPeriodic password change", "Rà soát quyền và thống kê truy cập\n\nReview of permissions and access statistics", "Giữ bí mật thông tin người bệnh\n\nPatient confidentiality", "Vận hành hệ thống công nghệ thông tin\n\nIT operations", "Trích xuất, chuyển dữ liệu\n\nData extraction and transfer", "Xử lý sự cố lộ thông tin\n\nResponse to information leaks", "Đào tạo, tập huấn\n\nTraining", "Phân quyền truy cập dữ liệu sức khoẻ (gói pdpl-2025)\n\nWho may access patients' health data (pack pdpl-2025)", "Quản lý, bảo mật hồ sơ bệnh án điện tử (gói emr-2025)\n\nManaging and securing electronic medical records (pack emr-2025)"] } }, "passwordRotationDays": { "type": "integer", "minimum": 1, "maximum": 3650, "description": "Chu kỳ đổi mật khẩu quy chế đặt ra, tính bằng ngày.\n\nPassword rotation period set by the regulation, in days.", "x-label": "chu kỳ đổi mật khẩu (ngày)\n\npassword rotation period (days)" }, "evidence": { "type": "string", "description": "Đường dẫn (trong thư mục của tệp cấu hình) hoặc tham chiếu tới văn bản đã ký.\n\nPath (inside the config's folder) or reference to the signed document.", "x-label": "văn bản đã ký\n\nsigned document" } }, "required": ["id", "number", "issuedOn", "covers"] } }, "securityDirectives": { "type": ["array", "object"], "description": "Các văn bản chỉ đạo của thủ trưởng đơn vị về an toàn thông tin. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nThe head of unit's directions on information security. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "văn bản chỉ đạo về an toàn thông tin\n\nsecurity directions", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một văn bản chỉ đạo về an toàn thông tin do thủ trưởng đơn vị ban hành.\n\nA direction on information security issued by the head of unit.", "additionalProperties": false, "properties": { "number": { "type": "string", "description": "Số văn bản.\n\nDocument number.", "x-label": "số văn bản\n\ndocument number", "minLength": 1 }, "issuedOn": { "$ref": "#/$defs/date", "description": "Ngày ban hành.\n\nDate of issue.", "x-label": "ngày ban hành\n\ndate of issue" }, "issuedBy": { "type": "string", "description": "Người ký (thủ trưởng đơn vị).\n\nWho signed it (the head of unit).", "x-label": "người ký\n\nsigned by" }, "topic": { "type": "string", "description": "Nội dung chỉ đạo.\n\nWhat it directs.", "x-label": "nội dung chỉ đạo\n\nsubject of the direction" } }, "required": ["number", "issuedOn", "issuedBy"] } }, "disseminations": { "type": ["array", "object"], "description": "Tuyên truyền, phổ biến pháp luật và quy định về giữ bí mật thông tin người bệnh. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nDissemination of the law and rules on patient confidentiality. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "buổi phổ biến pháp luật\n\ndissemination sessions", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một buổi phổ biến pháp luật về giữ bí mật thông tin người bệnh.\n\nA session spreading the law on patient confidentiality.", "additionalProperties": false, "properties": { "heldOn": { "$ref": "#/$defs/date", "description": "Ngày tổ chức buổi phổ biến.\n\nDate the dissemination session was held.", "x-label": "ngày phổ biến\n\ndate held" }, "topic": { "type": "string", "description": "Nội dung được phổ biến (luật, quy định).\n\nWhat was disseminated (law, regulation).", "x-label": "nội dung phổ biến\n\nsubject disseminated", "minLength": 1 }, "audience": { "type": "string", "description": "Người tham dự.\n\nWho attended.", "x-label": "thành phần tham dự\n\naudience" }, "evidence": { "type": "string", "description": "Tham chiếu tới biên bản hoặc danh sách tham dự.\n\nReference to minutes or attendance list.", "x-label": "biên bản, danh sách tham dự\n\nminutes or attendance list" } }, "required": ["heldOn", "topic"] } }, "permissionReviews": { "type": "array", "description": "Các lần rà soát việc phân công và phân quyền các tài khoản BHXH cấp (5715/BYT-BH): ai giữ tài khoản nào, với quyền gì.\n\nReviews of the delegation and permissions of the accounts BHXH issued (5715/BYT-BH): who holds which account, with which rights.", "x-label": "rà soát phân quyền tài khoản\n\npermission reviews", "items": { "type": "object", "description": "Một lần rà soát phân công, phân quyền tài khoản Cổng tiếp nhận dữ liệu.\n\nOne review of portal account delegation and permissions.", "additionalProperties": false, "properties": { "reviewedOn": { "$ref": "#/$defs/date", "description": "Ngày rà soát.\n\nDate of the review.", "x-label": "ngày rà soát\n\nreview date" }, "reviewer": { "type": "string", "description": "Người rà soát (tên hoặc chức vụ).\n\nWho reviewed (name or position).", "x-label": "người rà soát\n\nreviewer" }, "scope": { "type": "string", "description": "Phạm vi rà soát, ví dụ mọi tài khoản Cổng tiếp nhận dữ liệu.\n\nWhat was reviewed, e.g. all BHXH portal accounts.", "x-label": "phạm vi rà soát\n\nscope of the review" }, "outcome": { "enum": ["no_change", "changes_made"], "description": "Sau rà soát, việc phân công hay phân quyền có thay đổi hay không.\n\nWhether delegation or permissions were changed as a result.", "x-label": "kết quả rà soát\n\nreview outcome", "markdownEnumDescriptions": ["Giữ nguyên phân công, phân quyền\n\nDelegation and permissions kept as they were", "Đã thay đổi phân công hoặc phân quyền\n\nDelegation or permissions were changed"] }, "evidence": { "type": "string", "description": "Tham chiếu tới biên bản hoặc quyết định ghi nhận việc rà soát.\n\nReference to the minutes or the decision that records the review.", "x-label": "biên bản rà soát\n\nrecord of the review" } }, "required": ["reviewedOn", "reviewer"] } }, "directiveImplementations": { "type": "array", "description": "Ghi nhận việc cơ sở triển khai một văn bản mà không sự việc cấu hình nào thể hiện được (ví dụ 941/SYT-NVY): làm gì, khi nào, ai chỉ đạo.\n\nRecords of how the facility implemented a letter that no configuration fact can show (e.g. 941/SYT-NVY): what, when, who.", "x-label": "ghi nhận triển khai văn bản\n\nrecords of implementing letters", "items": { "type": "object", "description": "Việc triển khai một văn bản chỉ đạo.\n\nImplementation of one directive letter.", "additionalProperties": false, "properties": { "directive": { "type": "string", "minLength": 1, "description": "Số văn bản được triển khai, ví dụ 941/SYT-NVY.\n\nNumber of the letter implemented, e.g. 941/SYT-NVY.", "x-label": "số văn bản được triển khai\n\nletter implemented", "examples": ["941/SYT-NVY"] }, "implementedOn": { "$ref": "#/$defs/date", "description": "Ngày cơ sở triển khai văn bản.\n\nDate the facility implemented the letter.", "x-label": "ngày triển khai\n\ndate implemented" }, "by": { "type": "string", "minLength": 1, "description": "Người chỉ đạo triển khai.\n\nWho directed the implementation.", "x-label": "người chỉ đạo triển khai\n\ndirected by" }, "summary": { "type": "string", "description": "Những việc đã làm.\n\nWhat was done.", "x-label": "những việc đã làm\n\nwhat was done" }, "evidence": { "type": "string", "description": "Tham chiếu tới kế hoạch, biên bản hoặc quyết định.\n\nReference to the plan, minutes or decision.", "x-label": "kế hoạch, biên bản, quyết định\n\nplan, minutes or decision" } }, "required": ["directive", "implementedOn", "by"] } } } }, "staff": { "type": ["array", "object"], "description": "Nhân viên của cơ sở. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nStaff of the facility. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "danh sách nhân viên\n\nstaff list", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một người làm việc tại cơ sở.\n\nA person working at the facility.", "additionalProperties": false, "properties": { "id": { "type": "string", "description": "Mã nhân viên, không trùng trong tệp. Đặt trong dấu nháy nếu toàn chữ số.\n\nStaff identifier, unique in the file.", "x-label": "mã nhân viên\n\nstaff id", "minLength": 1 }, "name": { "type": "string", "description": "Họ và tên.\n\nFull name.", "x-label": "họ tên\n\nfull name", "minLength": 1 }, "department": { "type": "string", "description": "Khoa, phòng.\n\nDepartment (khoa, phòng).", "x-label": "khoa, phòng\n\ndepartment" }, "role": { "type": "string", "description": "Chức danh hoặc nghề nghiệp.\n\nRole or profession.", "x-label": "chức danh\n\nrole" }, "healthWorker": { "type": "boolean", "description": "Người này có phải nhân viên y tế không. Mặc định là true.\n\nWhether the person is a health worker (nhân viên y tế). Defaults to true.", "x-label": "là nhân viên y tế\n\nhealth worker" }, "status": { "enum": ["active", "left", "transferred"], "description": "Tình trạng làm việc.\n\nEmployment status.", "x-label": "tình trạng làm việc\n\nemployment status", "markdownEnumDescriptions": ["Đang làm việc\n\nWorking here", "Đã nghỉ việc\n\nHas left", "Đã chuyển công tác\n\nTransferred elsewhere"] }, "joinedOn": { "$ref": "#/$defs/date", "description": "Ngày vào làm.\n\nDate the person joined.", "x-label": "ngày vào làm\n\ndate joined" }, "leftOn": { "$ref": "#/$defs/date", "description": "Ngày nghỉ việc hoặc chuyển công tác.\n\nDate the person left or was transferred.", "x-label": "ngày nghỉ việc, chuyển công tác\n\ndate left" }, "confidentialityCommitment": { "type": "object", "description": "Bản cam kết giữ bí mật thông tin người bệnh đã ký (nghĩa vụ theo Điều 45).\n\nSigned commitment to patient confidentiality (Article 45 duties).", "x-label": "cam kết giữ bí mật thông tin người bệnh\n\nconfidentiality commitment", "additionalProperties": false, "properties": { "signedOn": { "$ref": "#/$defs/date", "description": "Ngày ký.\n\nDate signed.", "x-label": "ngày ký cam kết\n\ndate the commitment was signed" }, "evidence": { "type": "string", "description": "Tham chiếu tới bản cam kết đã ký.\n\nReference to the signed commitment.", "x-label": "bản cam kết đã ký\n\nsigned commitment" } }, "required": ["signedOn"] }, "roles": { "type": "array", "description": "Mã các vai trò (trong danh mục roles) được giao cho người này.\n\nIds of the roles (from the roles catalogue) assigned to this person.", "x-label": "vai trò được giao\n\nassigned roles", "items": { "type": "string", "minLength": 1, "description": "Mã vai trò.\n\nRole id." } } }, "required": ["id", "name", "status"], "defaultSnippets": [{ "label": "staff member", "description": "Một nhân viên.\n\nOne staff member.", "body": { "id": "${1:NV001}", "name": "${2:Họ và tên}", "status": "active", "joinedOn": "${3:2024-01-15}" } }] } }, "roles": { "type": ["array", "object"], "description": "Danh mục vai trò: mỗi vai trò được giữ những quyền nào trên hệ thống nào. Khi có danh mục, quyền của từng tài khoản được đối chiếu với vai trò của người giữ. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX (mỗi dòng một vai trò trên một hệ thống: system, permissions).\n\nRole catalogue: which permissions on which system each role may hold. With a catalogue, every account's permissions are checked against its holder's roles. Or, instead of the list, {from: file} to import it from a CSV or XLSX file (one row per role and system: system, permissions).", "x-label": "danh mục vai trò\n\nrole catalogue", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một vai trò.\n\nOne role.", "additionalProperties": false, "properties": { "id": { "type": "string", "minLength": 1, "description": "Mã vai trò, không trùng trong tệp.\n\nRole identifier, unique in the file.", "x-label": "mã vai trò\n\nrole id" }, "name": { "type": "object", "description": "Tên vai trò.\n\nRole name.", "x-label": "tên vai trò\n\nrole name", "additionalProperties": false, "properties": { "vi": { "type": "string", "minLength": 1, "description": "Tên tiếng Việt.\n\nVietnamese name.", "x-label": "tên tiếng Việt\n\nVietnamese name" }, "en": { "type": "string", "minLength": 1, "description": "Tên tiếng Anh.\n\nEnglish name.", "x-label": "tên tiếng Anh\n\nEnglish name" } }, "required": ["vi"] }, "system": { "type": "string", "minLength": 1, "description": "Mã một hệ thống vai trò được giữ quyền (dạng một dòng, như khi nhập từ bảng tính; cùng mã vai trò có thể lặp lại cho hệ thống khác).\n\nId of one system the role holds permissions on (the one-row form, as imported from a spreadsheet; the same role id may repeat for another system).", "x-label": "hệ thống\n\nsystem" }, "permissions": { "type": "array", "description": "Các quyền vai trò được giữ trên hệ thống system.\n\nPermissions the role may hold on the system named by system.", "x-label": "quyền của vai trò\n\nrole permissions", "items": { "type": "string", "minLength": 1, "description": "Tên quyền, như trong accounts[].permissions.\n\nPermission name, as in accounts[].permissions." } }, "grants": { "type": "array", "description": "Các quyền vai trò được giữ, theo từng hệ thống.\n\nThe permissions the role may hold, per system.", "x-label": "quyền theo hệ thống\n\npermissions per system", "items": { "type": "object", "description": "Các quyền trên một hệ thống.\n\nThe permissions on one system.", "additionalProperties": false, "properties": { "system": { "type": "string", "minLength": 1, "description": "Mã hệ thống.\n\nSystem id.", "x-label": "hệ thống\n\nsystem" }, "permissions": { "type": "array", "description": "Các quyền được giữ.\n\nPermissions the role may hold.", "x-label": "quyền được giữ\n\npermissions", "items": { "type": "string", "minLength": 1, "description": "Tên quyền, như trong accounts[].permissions.\n\nPermission name, as in accounts[].permissions." } } }, "required": ["system", "permissions"] } }, "departments": { "type": "array", "description": "Các khoa, phòng có vai trò này.\n\nDepartments the role belongs to.", "x-label": "khoa, phòng\n\ndepartments", "items": { "type": "string", "minLength": 1, "description": "Khoa, phòng.\n\nDepartment." } }, "mayDelegate": { "type": "boolean", "description": "Người giữ vai trò có được ký giao, uỷ quyền tài khoản không. Mặc định là false.\n\nWhether holders of the role may sign account assignments (delegate). Defaults to false.", "x-label": "được ký giao, uỷ quyền tài khoản\n\nmay delegate accounts" } }, "required": ["id", "name"], "dependentRequired": { "permissions": ["system"] } } }, "trainings": { "type": ["array", "object"], "description": "Hồ sơ đào tạo, tập huấn. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nTraining records. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "hồ sơ tập huấn\n\ntraining records", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một khoá đào tạo đã hoàn thành.\n\nA completed training.", "additionalProperties": false, "properties": { "staffId": { "type": "string", "description": "Mã nhân viên của người học.\n\nStaff id of the trainee.", "x-label": "mã nhân viên\n\nstaff id", "minLength": 1 }, "course": { "type": "string", "description": "Tên khoá học.\n\nCourse name.", "x-label": "khoá học\n\ncourse", "minLength": 1 }, "completedOn": { "$ref": "#/$defs/date", "description": "Ngày hoàn thành.\n\nCompletion date.", "x-label": "ngày hoàn thành\n\ncompletion date" }, "topics": { "type": "array", "description": "Các chủ đề đã học.\n\nTopics covered.", "x-label": "chủ đề\n\ntopics", "items": { "enum": ["account_responsibility", "password_rotation", "access_review", "patient_confidentiality", "it_operations", "data_transfer", "incident_response", "training"], "markdownEnumDescriptions": ["Trách nhiệm của người giữ tài khoản\n\nResponsibility of account holders", "Đổi mật khẩu định kỳ\n\nPeriodic password change", "Rà soát quyền và thống kê truy cập\n\nReview of permissions and access statistics", "Giữ bí mật thông tin người bệnh\n\nPatient confidentiality", "Vận hành hệ thống công nghệ thông tin\n\nIT operations", "Trích xuất, chuyển dữ liệu\n\nData extraction and transfer", "Xử lý sự cố lộ thông tin\n\nResponse to information leaks", "Đào tạo, tập huấn\n\nTraining"] } } }, "required": ["staffId", "course", "completedOn"], "defaultSnippets": [{ "label": "training", "description": "Một khoá đào tạo đã hoàn thành.\n\nOne completed training.", "body": { "staffId": "${1:NV001}", "course": "${2:Bảo mật thông tin người bệnh}", "completedOn": "${3:2026-03-15}", "topics": ["patient_confidentiality"] } }] } }, "systems": { "type": ["array", "object"], "description": "Các hệ thống thông tin đang dùng. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nInformation systems in use. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "danh sách hệ thống thông tin\n\ninformation systems", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một hệ thống thông tin.\n\nAn information system.", "additionalProperties": false, "properties": { "id": { "type": "string", "description": "Mã hệ thống.\n\nSystem identifier.", "x-label": "mã hệ thống\n\nsystem id", "minLength": 1 }, "kind": { "enum": ["bhxh_portal", "his", "emr", "pharmacy", "lis", "pacs", "other"], "description": "Loại hệ thống.\n\nKind of system.", "x-label": "loại hệ thống\n\nsystem kind", "markdownEnumDescriptions": ["Cổng tiếp nhận dữ liệu Hệ thống thông tin giám định BHYT (của BHXH)\n\nBHXH data-receiving portal (BHYT assessment)", "Phần mềm quản lý bệnh viện (HIS)\n\nHospital information system (HIS)", "Bệnh án điện tử (EMR)\n\nElectronic medical record (EMR)", "Phần mềm nhà thuốc\n\nPharmacy software", "Phần mềm xét nghiệm (LIS)\n\nLaboratory information system (LIS)", "Lưu trữ và truyền hình ảnh (PACS)\n\nPicture archiving and communication (PACS)", "Hệ thống khác\n\nOther system"] }, "name": { "type": "string", "description": "Tên sản phẩm hoặc cổng.\n\nProduct or portal name.", "x-label": "tên hệ thống\n\nsystem name", "minLength": 1 }, "vendor": { "type": "string", "description": "Nhà cung cấp.\n\nVendor.", "x-label": "nhà cung cấp\n\nvendor" }, "holdsPatientData": { "type": "boolean", "description": "Hệ thống có lưu dữ liệu người bệnh không. Mặc định là true, trừ bhxh_portal.\n\nWhether the system stores patient data. Defaults to true except for bhxh_portal.", "x-label": "có lưu dữ liệu người bệnh\n\nholds patient data" }, "holdsBhytData": { "type": "boolean", "description": "Hệ thống có chứa dữ liệu thẻ hoặc đề nghị thanh toán BHYT không.\n\nWhether the system holds BHYT card or claim data.", "x-label": "có lưu dữ liệu thẻ, dữ liệu KCB BHYT\n\nholds BHYT card or claim data" }, "controls": { "type": "object", "description": "Các biện pháp kỹ thuật đang áp dụng.\n\nTechnical controls in place.", "x-label": "biện pháp kỹ thuật\n\ntechnical controls", "additionalProperties": false, "properties": { "rbac": { "type": "boolean", "description": "Phân quyền theo vai trò.\n\nRole-based access control.", "x-label": "phân quyền truy cập theo vai trò\n\nrole-based access control" }, "auditLog": { "type": "boolean", "description": "Có ghi nhật ký truy cập.\n\nAccess is logged.", "x-label": "nhật ký truy cập\n\naccess logging" }, "encryptionAtRest": { "type": "boolean", "description": "Dữ liệu lưu trữ được mã hoá.\n\nStored data is encrypted.", "x-label": "mã hoá dữ liệu khi lưu trữ\n\nencryption at rest" }, "mfa": { "type": "boolean", "description": "Xác thực nhiều yếu tố.\n\nMulti-factor authentication.", "x-label": "xác thực nhiều yếu tố\n\nmulti-factor authentication" } } } }, "required": ["id", "kind", "name"] } }, "accounts": { "type": ["array", "object"], "description": "Các tài khoản cơ sở quản lý. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nAccounts the facility manages. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "danh sách tài khoản\n\naccounts", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một tài khoản, ví dụ trên Cổng tiếp nhận dữ liệu.\n\nAn account, e.g. on the BHXH data-receiving portal.", "additionalProperties": false, "properties": { "id": { "type": "string", "description": "Mã tài khoản.\n\nAccount identifier.", "x-label": "mã tài khoản\n\naccount id", "minLength": 1 }, "system": { "type": "string", "description": "Mã hệ thống chứa tài khoản.\n\nId of the system the account belongs to.", "x-label": "hệ thống của tài khoản\n\nsystem of the account", "minLength": 1 }, "username": { "type": "string", "description": "Tên đăng nhập (không bao giờ ghi mật khẩu).\n\nLogin name (never the password).", "x-label": "tên đăng nhập\n\nlogin name" }, "holder": { "type": "string", "description": "Mã nhân viên của người duy nhất được giao tài khoản.\n\nStaff id of the one person assigned to the account.", "x-label": "người giữ tài khoản\n\naccount holder" }, "assignment": { "type": "object", "description": "Quyết định giao tài khoản.\n\nThe decision assigning the account.", "x-label": "quyết định giao tài khoản\n\nassignment decision", "additionalProperties": false, "properties": { "decision": { "type": "string", "description": "Số quyết định giao.\n\nNumber of the assignment decision.", "x-label": "số quyết định giao\n\nassignment decision number", "minLength": 1, "examples": ["45/QĐ-BV"] }, "decidedOn": { "$ref": "#/$defs/date", "description": "Ngày ký quyết định giao tài khoản.\n\nDate of the decision assigning the account.", "x-label": "ngày quyết định giao\n\ndate of the assignment decision" }, "by": { "type": "string", "description": "Người ký.\n\nWho signed it.", "x-label": "người ký quyết định giao\n\nsigner of the assignment" }, "acknowledgedOn": { "$ref": "#/$defs/date", "description": "Ngày người được giao ký nhận, chịu hoàn toàn trách nhiệm cá nhân trước pháp luật nếu để lộ thông tin qua tài khoản.\n\nDate the holder signed the assignment, accepting full personal responsibility before the law for leaks through the account.", "x-label": "ngày người giữ ký nhận trách nhiệm\n\ndate the holder signed for responsibility" } }, "required": ["decision", "decidedOn"] }, "permissions": { "type": "array", "description": "Các quyền được cấp.\n\nPermissions granted.", "x-label": "quyền được cấp\n\npermissions granted", "items": { "type": "string" } }, "status": { "enum": ["active", "disabled"], "description": "Trạng thái tài khoản. Mặc định là active.\n\nAccount status. Defaults to active.", "x-label": "trạng thái tài khoản\n\naccount status", "markdownEnumDescriptions": ["Đang dùng\n\nIn use", "Đã khoá\n\nDisabled"] }, "passwordChangedOn": { "$ref": "#/$defs/date", "description": "Ngày đổi mật khẩu gần nhất.\n\nDate the password was last changed.", "x-label": "ngày đổi mật khẩu gần nhất\n\ndate of the last password change" }, "holderHistory": { "type": "array", "description": "Ai đã giữ tài khoản và trong thời gian nào.\n\nWho held the account and when.", "x-label": "lịch sử người giữ tài khoản\n\nholder history", "items": { "type": "object", "description": "Một khoảng thời gian một người giữ tài khoản.\n\nA period during which one person held the account.", "additionalProperties": false, "properties": { "holder": { "type": "string", "description": "Mã nhân viên.\n\nStaff id.", "x-label": "người giữ\n\nholder", "minLength": 1 }, "from": { "$ref": "#/$defs/date", "description": "Ngày bắt đầu.\n\nStart.", "x-label": "ngày bắt đầu giữ\n\nheld from" }, "to": { "$ref": "#/$defs/date", "description": "Ngày kết thúc; bỏ trống khi còn đang giữ.\n\nEnd; absent while current.", "x-label": "ngày thôi giữ\n\nheld until" } }, "required": ["holder", "from"] } }, "privilegeApproval": { "type": "object", "description": "Phê duyệt cấp quyền đặc quyền (quản trị, quản lý người dùng) cho tài khoản.\n\nApproval of the privileged permissions (administration, user management) the account holds.", "x-label": "phê duyệt quyền đặc quyền\n\napproval of privileged permissions", "additionalProperties": false, "properties": { "decision": { "type": "string", "minLength": 1, "description": "Số văn bản phê duyệt.\n\nNumber of the approving decision.", "x-label": "số văn bản phê duyệt quyền\n\napproving decision number" }, "approvedOn": { "$ref": "#/$defs/date", "description": "Ngày phê duyệt.\n\nDate approved.", "x-label": "ngày phê duyệt quyền\n\ndate the permissions were approved" }, "by": { "type": "string", "minLength": 1, "description": "Người phê duyệt.\n\nWho approved it.", "x-label": "người phê duyệt quyền\n\napprover of the permissions" } }, "required": ["approvedOn", "by"] } }, "required": ["id", "system"], "defaultSnippets": [{ "label": "portal account", "description": "Một tài khoản Cổng tiếp nhận dữ liệu.\n\nOne BHXH portal account.", "body": { "id": "${1:bhxh-01}", "system": "${2:bhxh}", "holder": "${3:NV001}", "assignment": { "decision": "${4:45/QĐ-BV}", "decidedOn": "${5:2026-01-10}", "acknowledgedOn": "${6:2026-01-11}" }, "passwordChangedOn": "${7:2026-10-01}" } }] } }, "accessReviews": { "type": ["array", "object"], "description": "Các lần rà soát thống kê truy cập cổng. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nReviews of portal access statistics. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "các lần rà soát số liệu truy cập\n\naccess reviews", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một lần rà soát thống kê truy cập cổng.\n\nA review of the portal's access statistics.", "additionalProperties": false, "properties": { "period": { "type": "string", "description": "Tháng được rà soát, dạng YYYY-MM, đặt trong dấu nháy.\n\nReviewed month, YYYY-MM.", "x-label": "tháng được rà soát\n\nmonth reviewed", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$", "patternErrorMessage": 'Tháng dạng YYYY-MM, đặt trong dấu nháy, ví dụ "2026-10".\n\nA month as YYYY-MM, in quotes, e.g. "2026-10".', "examples": ["2026-10"] }, "reviewedOn": { "$ref": "#/$defs/date", "description": "Ngày rà soát.\n\nDate of the review.", "x-label": "ngày rà soát\n\nreview date" }, "reviewer": { "type": "string", "description": "Người rà soát.\n\nWho reviewed.", "x-label": "người rà soát\n\nreviewer" }, "outcome": { "enum": ["normal", "anomalies_found"], "description": "Kết quả.\n\nResult.", "x-label": "kết quả rà soát\n\nreview outcome", "markdownEnumDescriptions": ["Bình thường\n\nNormal", "Phát hiện bất thường\n\nAnomalies found"] }, "actions": { "type": "string", "description": "Biện pháp đã thực hiện.\n\nActions taken.", "x-label": "biện pháp đã thực hiện\n\nactions taken" } }, "required": ["period", "reviewedOn", "outcome"], "defaultSnippets": [{ "label": "access review", "description": "Một lần rà soát thống kê truy cập.\n\nOne review of access statistics.", "body": { "period": "${1:2026-10}", "reviewedOn": "${2:2026-11-05}", "reviewer": "${3:Phòng CNTT}", "outcome": "normal" } }] } }, "accessStats": { "type": ["array", "object"], "description": "Số lượt truy cập cổng mỗi ngày, theo từng tài khoản. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nDaily request counts on the portal, per account. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "số liệu truy cập theo ngày\n\ndaily access statistics", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Số lượt truy cập trong ngày của một tài khoản.\n\nDaily request count of one account.", "additionalProperties": false, "properties": { "date": { "$ref": "#/$defs/date", "description": "Ngày.\n\nDay.", "x-label": "ngày\n\nday" }, "account": { "type": "string", "description": "Mã tài khoản.\n\nAccount id.", "x-label": "tài khoản\n\naccount", "minLength": 1 }, "requests": { "type": "integer", "minimum": 0, "description": "Số lượt truy cập trong ngày.\n\nRequests that day.", "x-label": "số lượt truy cập trong ngày\n\nrequests that day" } }, "required": ["date", "account", "requests"] } }, "dataTransfers": { "type": ["array", "object"], "description": "Các kênh trích xuất, chuyển dữ liệu KCB BHYT. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nChannels that extract or transfer KCB BHYT data. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "các kênh trích chuyển dữ liệu\n\ndata transfer channels", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một kênh trích xuất hoặc chuyển dữ liệu.\n\nA data extraction or transfer channel.", "additionalProperties": false, "properties": { "id": { "type": "string", "description": "Mã định danh.\n\nIdentifier.", "x-label": "mã kênh\n\nchannel id", "minLength": 1 }, "from": { "type": "string", "description": "Mã hệ thống nguồn.\n\nSource system id.", "x-label": "hệ thống nguồn\n\nsource system" }, "to": { "type": "string", "description": "Nơi nhận.\n\nDestination.", "x-label": "nơi nhận\n\ndestination" }, "protocol": { "enum": ["https", "ftps", "smtps", "hl7-mllp-tls", "fhir-https", "dicom-tls", "sftp", "scp", "ipsec", "wireguard", "openvpn", "ssl-vpn", "http", "ftp", "telnet", "smb", "smtp", "hl7-mllp", "fhir-http", "dicom"], "description": "Giao thức của kênh, theo họ: TLS (https, ftps, smtps, hl7-mllp-tls, fhir-https, dicom-tls) đánh giá theo tlsMinVersion; SSH (sftp, scp) được mã hoá bởi SSH; đường hầm VPN (ipsec, wireguard, openvpn, ssl-vpn); truyền rõ (http, ftp, telnet, smb, smtp, hl7-mllp, fhir-http, dicom) chỉ đạt khi chạy trong đường hầm VPN đã khai báo (tunnel). Viết chữ thường.\n\nThe channel's protocol, by family: TLS-based (https, ftps, smtps, hl7-mllp-tls, fhir-https, dicom-tls) judged by tlsMinVersion; SSH-based (sftp, scp) encrypted by SSH; VPN tunnels (ipsec, wireguard, openvpn, ssl-vpn); plaintext (http, ftp, telnet, smb, smtp, hl7-mllp, fhir-http, dicom) passes only inside a declared VPN tunnel (tunnel). Lower case.", "x-label": "giao thức\n\nprotocol", "markdownEnumDescriptions": ["HTTPS — chạy trên TLS: đánh giá theo tlsMinVersion (1.2 trở lên)\n\nHTTPS — runs over TLS: judged by tlsMinVersion (1.2 or later)", "FTPS — FTP chạy trên TLS: đánh giá theo tlsMinVersion\n\nFTPS — FTP over TLS: judged by tlsMinVersion", "SMTPS — thư điện tử chạy trên TLS: đánh giá theo tlsMinVersion\n\nSMTPS — mail over TLS: judged by tlsMinVersion", "HL7 v2 MLLP chạy trên TLS: đánh giá theo tlsMinVersion\n\nHL7 v2 MLLP over TLS: judged by tlsMinVersion", "FHIR REST chạy trên HTTPS: đánh giá theo tlsMinVersion\n\nFHIR REST over HTTPS: judged by tlsMinVersion", "DICOM chạy trên TLS: đánh giá theo tlsMinVersion\n\nDICOM over TLS: judged by tlsMinVersion", "SFTP — chạy trên SSH: được mã hoá; tlsMinVersion không áp dụng\n\nSFTP — runs over SSH: encrypted; tlsMinVersion does not apply", "SCP — chạy trên SSH: được mã hoá; tlsMinVersion không áp dụng\n\nSCP — runs over SSH: encrypted; tlsMinVersion does not apply", "Đường hầm VPN IPsec: được mã hoá; các kênh khác có thể chạy bên trong (tunnel)\n\nIPsec VPN tunnel: encrypted; other channels may run inside it (tunnel)", "Đường hầm VPN WireGuard: được mã hoá\n\nWireGuard VPN tunnel: encrypted", "Đường hầm OpenVPN (trên TLS): được mã hoá; tlsMinVersion nếu khai báo phải từ 1.2\n\nOpenVPN tunnel (over TLS): encrypted; a stated tlsMinVersion must be 1.2 or later", "Đường hầm SSL VPN (trên TLS): được mã hoá; tlsMinVersion nếu khai báo phải từ 1.2\n\nSSL VPN tunnel (over TLS): encrypted; a stated tlsMinVersion must be 1.2 or later", "HTTP — truyền rõ: không đạt trừ khi chạy trong đường hầm VPN đã khai báo (tunnel)\n\nHTTP — plaintext: fails unless inside a declared VPN tunnel (tunnel)", "FTP — truyền rõ: không đạt trừ khi chạy trong đường hầm VPN đã khai báo\n\nFTP — plaintext: fails unless inside a declared VPN tunnel", "Telnet — truyền rõ: không đạt trừ khi chạy trong đường hầm VPN đã khai báo\n\nTelnet — plaintext: fails unless inside a declared VPN tunnel", "SMB (thư mục chia sẻ) không bật mã hoá — truyền rõ: không đạt trừ khi chạy trong đường hầm VPN đã khai báo\n\nSMB (shared folder) without encryption — plaintext: fails unless inside a declared VPN tunnel", "SMTP không TLS — truyền rõ: không đạt trừ khi chạy trong đường hầm VPN đã khai báo\n\nSMTP without TLS — plaintext: fails unless inside a declared VPN tunnel", "HL7 v2 MLLP không TLS — truyền rõ: không đạt trừ khi chạy trong đường hầm VPN đã khai báo\n\nHL7 v2 MLLP without TLS — plaintext: fails unless inside a declared VPN tunnel", "FHIR REST trên HTTP — truyền rõ: không đạt trừ khi chạy trong đường hầm VPN đã khai báo\n\nFHIR REST over HTTP — plaintext: fails unless inside a declared VPN tunnel", "DICOM không TLS — truyền rõ: không đạt trừ khi chạy trong đường hầm VPN đã khai báo\n\nDICOM without TLS — plaintext: fails unless inside a declared VPN tunnel"], "examples": ["https", "sftp"] }, "tunnel": { "type": "string", "minLength": 1, "description": "Mã (id) của kênh VPN (ipsec, wireguard, openvpn, ssl-vpn) khai báo trong dataTransfers mà kênh này chạy bên trong; cần cho giao thức truyền rõ.\n\nId of the VPN channel (ipsec, wireguard, openvpn, ssl-vpn) declared in dataTransfers that this channel runs inside; needed for a plaintext protocol.", "x-label": "kênh VPN chứa kênh này\n\nVPN tunnel", "examples": ["vpn-bhxh"] }, "sshAuthentication": { "enum": ["publickey", "password", "publickey-and-password"], "description": "Với sftp, scp: cách đăng nhập SSH.\n\nFor sftp and scp: how SSH logins authenticate.", "x-label": "cách xác thực SSH\n\nSSH authentication", "markdownEnumDescriptions": ["Khoá SSH\n\nSSH key", "Mật khẩu\n\nPassword", "Khoá SSH và mật khẩu\n\nSSH key and password"] }, "tlsMinVersion": { "enum": ["1.0", "1.1", "1.2", "1.3"], "description": 'Phiên bản TLS thấp nhất được chấp nhận, đặt trong dấu nháy ("1.2"). Chỉ áp dụng cho giao thức chạy trên TLS; với sftp, scp trường này bị bỏ qua.\n\nLowest TLS version accepted, in quotes. Applies to TLS-based protocols only; ignored (with a note) for sftp and scp.', "x-label": "phiên bản TLS thấp nhất\n\nlowest TLS version", "markdownEnumDescriptions": ["TLS 1.0 (không an toàn)\n\nTLS 1.0 (unsafe)", "TLS 1.1 (không an toàn)\n\nTLS 1.1 (unsafe)", "TLS 1.2\n\nTLS 1.2", "TLS 1.3\n\nTLS 1.3"], "examples": ["1.2"] }, "authenticated": { "type": "boolean", "description": "Hai đầu có xác thực lẫn nhau không.\n\nWhether both ends authenticate.", "x-label": "xác thực hai đầu\n\nmutual authentication" }, "approvedBy": { "type": "string", "description": "Người phê duyệt kênh.\n\nWho approved the channel.", "x-label": "người phê duyệt kênh\n\napprover of the channel" }, "approvedOn": { "$ref": "#/$defs/date", "description": "Ngày phê duyệt.\n\nDate approved.", "x-label": "ngày phê duyệt kênh\n\ndate the channel was approved" }, "agreement": { "type": "object", "additionalProperties": false, "description": "Thoả thuận chuyển giao dữ liệu cá nhân.\n\nThe agreement that governs the transfer of the personal data (Decree 356/2025/NĐ-CP).", "x-label": "thoả thuận chuyển giao dữ liệu\n\ntransfer agreement", "properties": { "reference": { "type": "string", "minLength": 1, "description": "Số hiệu hoặc tên thoả thuận.\n\nNumber or title of the agreement.", "x-label": "số hiệu thoả thuận\n\nagreement reference" }, "signedOn": { "$ref": "#/$defs/date", "description": "Ngày ký.\n\nDate signed.", "x-label": "ngày ký thoả thuận\n\ndate the agreement was signed" } }, "required": ["reference", "signedOn"] } }, "required": ["id", "from", "to", "protocol"], "$comment": "Field added for the opt-in pack pdpl-2025 (issue 13): agreement. Encryption in transit is judged by protocol family (policies/lib/channels.rego, whose protocol list must match this enum), shared with the 5863/BYT-BH rules." } }, "manualExports": { "type": ["array", "object"], "description": "Các việc trích xuất dữ liệu thủ công: xuất danh sách Excel/CSV hay báo cáo PDF từ hệ thống, chép ra USB, gửi qua thư điện tử hay ứng dụng nhắn tin (Zalo), chụp màn hình. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nManual extractions of data: Excel/CSV lists or PDF reports exported from a system, copies to USB, sending by email or a messaging app (Zalo), screenshots. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "các việc trích xuất dữ liệu thủ công\n\nmanual extractions", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một loại trích xuất dữ liệu thủ công, lặp lại hay thỉnh thoảng.\n\nOne kind of manual extraction, recurring or occasional.", "additionalProperties": false, "properties": { "id": { "type": "string", "minLength": 1, "description": "Mã định danh.\n\nIdentifier.", "x-label": "mã việc trích xuất\n\nextraction id", "examples": ["bc-bhyt-thang"] }, "source": { "type": "string", "description": "Mã hệ thống nguồn (xem systems).\n\nId of the source system (see systems).", "x-label": "hệ thống nguồn\n\nsource system", "examples": ["his-01"] }, "medium": { "enum": ["excel", "csv", "pdf", "usb", "email", "messaging", "screenshot"], "description": "Dữ liệu đi ra bằng cách nào.\n\nHow the data leaves.", "x-label": "hình thức trích xuất\n\nmedium", "markdownEnumDescriptions": ["Xuất tệp Excel\n\nExcel export", "Xuất tệp CSV\n\nCSV export", "Xuất báo cáo PDF\n\nPDF report", "Chép ra USB hay ổ cứng rời\n\nCopy to a USB stick or removable drive", "Gửi qua thư điện tử\n\nSent by email", "Gửi qua ứng dụng nhắn tin (Zalo…)\n\nSent through a messaging app (Zalo…)", "Ảnh chụp màn hình\n\nScreenshot"] }, "department": { "type": "string", "description": "Khoa, phòng thực hiện trích xuất.\n\nThe department that exports.", "x-label": "khoa, phòng trích xuất\n\nexporting department", "examples": ["Phòng Kế hoạch tổng hợp"] }, "pharmacy": { "type": "string", "description": "Mã nhà thuốc bệnh viện thực hiện trích xuất (xem facility.pharmacies).\n\nId of the hospital pharmacy that exports (see facility.pharmacies).", "x-label": "nhà thuốc trích xuất\n\nexporting pharmacy", "examples": ["nt-01"] }, "authorizedStaff": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Mã những nhân viên được phép trích xuất (xem staff).\n\nIds of the staff allowed to export (see staff).", "x-label": "người được phép trích xuất\n\nstaff allowed to export" }, "destination": { "type": "string", "minLength": 1, "description": "Dữ liệu được gửi tới đâu, cho ai.\n\nWhere the data goes, and to whom.", "x-label": "nơi nhận dữ liệu\n\ndestination", "examples": ["Giám định viên BHXH tỉnh"] }, "protection": { "enum": ["encrypted", "password", "none"], "description": "Tệp trích xuất được bảo vệ thế nào.\n\nHow the exported file is protected.", "x-label": "mã hoá hoặc mật khẩu bảo vệ tệp\n\nencryption or password on the file", "markdownEnumDescriptions": ["Mã hoá (ví dụ 7-Zip AES-256, USB mã hoá)\n\nEncrypted (e.g. 7-Zip AES-256, an encrypted USB drive)", "Đặt mật khẩu mở tệp, gửi mật khẩu qua kênh khác\n\nPassword to open, sent by another channel", "Không bảo vệ\n\nNot protected"] }, "approvedBy": { "type": "string", "description": "Người phê duyệt việc trích xuất.\n\nWho approved the extraction.", "x-label": "người phê duyệt trích xuất\n\napprover of the extraction" }, "approvedOn": { "$ref": "#/$defs/date", "description": "Ngày phê duyệt.\n\nDate approved.", "x-label": "ngày phê duyệt trích xuất\n\ndate the extraction was approved" }, "exportLog": { "type": "string", "description": "Nơi ghi nhật ký mỗi lần trích xuất (sổ, nhật ký hệ thống).\n\nWhere each export is logged (a register, a system log).", "x-label": "nhật ký trích xuất\n\nexport log", "examples": ["Sổ theo dõi trích xuất dữ liệu, Phòng KHTH"] } }, "required": ["id", "medium", "destination"] } }, "applicationReviews": { "type": ["array", "object"], "description": "Các lần đánh giá an toàn ứng dụng chứa dữ liệu BHYT. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nSecurity reviews of applications holding BHYT data. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "các lần rà soát an toàn ứng dụng\n\napplication security reviews", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một lần đánh giá an toàn ứng dụng.\n\nA security review of an application.", "additionalProperties": false, "properties": { "system": { "type": "string", "description": "Mã hệ thống.\n\nSystem id.", "x-label": "ứng dụng được rà soát\n\napplication reviewed", "minLength": 1 }, "reviewedOn": { "$ref": "#/$defs/date", "description": "Ngày.\n\nDate.", "x-label": "ngày rà soát\n\nreview date" }, "reviewer": { "type": "string", "description": "Người rà soát.\n\nWho reviewed.", "x-label": "người rà soát\n\nreviewer" }, "result": { "enum": ["pass", "issues_found", "issues_fixed"], "description": "Kết quả.\n\nOutcome.", "x-label": "kết quả rà soát\n\nreview result", "markdownEnumDescriptions": ["Đạt\n\nPassed", "Phát hiện lỗi, chưa khắc phục\n\nIssues found, not yet fixed", "Phát hiện lỗi, đã khắc phục\n\nIssues found and fixed"] } }, "required": ["system", "reviewedOn", "result"] } }, "inspections": { "type": ["array", "object"], "description": "Các đợt kiểm tra và báo cáo định kỳ. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nInspections and periodic reports. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "các đợt kiểm tra, báo cáo định kỳ\n\ninspections and periodic reports", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một đợt kiểm tra việc quản lý dữ liệu cá nhân.\n\nAn inspection of how personal data is managed.", "additionalProperties": false, "properties": { "inspectedOn": { "$ref": "#/$defs/date", "description": "Ngày kiểm tra.\n\nDate of the inspection.", "x-label": "ngày kiểm tra\n\ninspection date" }, "scope": { "type": "string", "description": "Nội dung kiểm tra.\n\nWhat was inspected.", "x-label": "nội dung kiểm tra\n\nscope of the inspection", "minLength": 1 }, "reportedTo": { "type": "string", "description": "Nơi nhận báo cáo.\n\nWho received the report.", "x-label": "nơi nhận báo cáo\n\nreport recipient" }, "reportNumber": { "type": "string", "description": "Số báo cáo.\n\nReport number.", "x-label": "số báo cáo\n\nreport number" } }, "required": ["inspectedOn", "scope"] } }, "awareness": { "type": "object", "description": "Nâng cao nhận thức của người bệnh.\n\nPatient awareness.", "x-label": "nâng cao nhận thức người bệnh\n\npatient awareness", "additionalProperties": false, "properties": { "patientReportingChannels": { "type": ["array", "object"], "description": "Các kênh để người bệnh phản ánh việc lộ thông tin. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nChannels for patients to report leaks. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "kênh tiếp nhận phản ánh của người bệnh\n\npatient reporting channels", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một cách để người bệnh phản ánh.\n\nA way for patients to report.", "additionalProperties": false, "properties": { "kind": { "enum": ["hotline", "email", "web", "counter", "other"], "description": "Loại kênh.\n\nKind of channel.", "x-label": "loại kênh\n\nkind of channel", "markdownEnumDescriptions": ["Đường dây nóng\n\nHotline", "Thư điện tử\n\nEmail", "Trang web\n\nWeb page", "Quầy tiếp nhận\n\nReception counter", "Kênh khác\n\nOther channel"] }, "value": { "type": "string", "description": "Số điện thoại, địa chỉ hoặc nơi tiếp nhận.\n\nNumber, address or place.", "x-label": "số điện thoại, địa chỉ tiếp nhận\n\nnumber or address", "minLength": 1 }, "publishedAt": { "type": "array", "description": "Nơi công bố.\n\nWhere it is published.", "x-label": "nơi công bố\n\nwhere it is published", "items": { "type": "string" } } }, "required": ["kind", "value"] } }, "fraudWarnings": { "type": ["array", "object"], "description": "Cảnh báo người bệnh về lừa đảo. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nWarnings to patients about fraud. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "cảnh báo lừa đảo\n\nfraud warnings", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một đợt cảnh báo lừa đảo.\n\nA fraud-warning campaign.", "additionalProperties": false, "properties": { "publishedOn": { "$ref": "#/$defs/date", "description": "Ngày đăng cảnh báo lừa đảo.\n\nDate the fraud warning was published.", "x-label": "ngày đăng cảnh báo\n\ndate published" }, "channel": { "type": "string", "description": "Phương tiện sử dụng.\n\nMedium used.", "x-label": "phương tiện đăng\n\nmedium", "minLength": 1 }, "partner": { "type": "string", "description": "Đơn vị truyền thông phối hợp.\n\nMedia partner.", "x-label": "đơn vị truyền thông phối hợp\n\nmedia partner" }, "topic": { "type": "string", "description": "Chủ đề.\n\nTopic.", "x-label": "chủ đề cảnh báo\n\ntopic" } }, "required": ["publishedOn", "channel"] } } } }, "incidents": { "type": "array", "description": "Sổ theo dõi sự cố: lộ thông tin tài khoản hoặc thông tin người bệnh và cách xử lý. Danh sách rỗng khẳng định không có sự cố.\n\nIncident register: leaks of account or patient information and how they were handled. An empty list states that no incident occurred.", "x-label": "sổ theo dõi sự cố\n\nincident register", "items": { "type": "object", "description": "Một sự cố.\n\nOne incident.", "additionalProperties": false, "properties": { "id": { "type": "string", "minLength": 1, "description": "Mã định danh.\n\nIdentifier.", "x-label": "mã sự cố\n\nincident id" }, "detectedOn": { "$ref": "#/$defs/date", "description": "Ngày phát hiện sự cố.\n\nDate the incident was found.", "x-label": "ngày phát hiện\n\ndate detected" }, "kind": { "enum": ["account_leak", "data_leak", "anomalous_access", "other"], "description": "Loại sự cố.\n\nKind of incident.", "x-label": "loại sự cố\n\nkind of incident", "markdownEnumDescriptions": ["Lộ thông tin tài khoản\n\nAccount credentials leaked", "Lộ dữ liệu người bệnh\n\nPatient data leaked", "Truy cập bất thường\n\nAnomalous access", "Sự cố khác\n\nOther incident"] }, "description": { "type": "string", "description": "Diễn biến (không bao giờ dán thông tin đăng nhập bị lộ vào đây).\n\nWhat happened (never paste the leaked credential here).", "x-label": "diễn biến\n\ndescription" }, "handledOn": { "$ref": "#/$defs/date", "description": "Ngày hoàn thành xử lý.\n\nDate the handling was completed.", "x-label": "ngày xử lý xong\n\ndate handled" }, "actions": { "type": "string", "minLength": 1, "description": "Biện pháp xử lý đối với đơn vị, cá nhân liên quan và để ngăn chặn việc lộ lọt.\n\nMeasures taken against the units or persons involved, and to contain the leak.", "x-label": "biện pháp xử lý\n\nmeasures taken" }, "handledBy": { "type": "string", "description": "Người xử lý.\n\nWho handled it.", "x-label": "người xử lý\n\nhandled by" }, "personalDataBreach": { "type": "boolean", "description": "Sự cố có phải vi phạm dữ liệu cá nhân không (mặc định: có với data_leak).\n\nWhether the incident is a personal-data breach under Law 91/2025/QH15 (default: true for data_leak, false otherwise).", "x-label": "là vi phạm dữ liệu cá nhân\n\npersonal-data breach" }, "detectedAt": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$", "description": "Thời điểm phát hiện, giờ Việt Nam.\n\nWhen the breach was detected, local time (Asia/Ho_Chi_Minh) YYYY-MM-DDTHH:MM.", "x-label": "thời điểm phát hiện\n\ntime detected", "patternErrorMessage": 'Thời điểm dạng YYYY-MM-DDTHH:MM (giờ Việt Nam), đặt trong dấu nháy, ví dụ "2026-03-02T08:30".\n\nA local time as YYYY-MM-DDTHH:MM (Asia/Ho_Chi_Minh), in quotes, e.g. "2026-03-02T08:30".' }, "notifiedAt": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$", "description": "Thời điểm thông báo cơ quan chuyên trách bảo vệ dữ liệu cá nhân.\n\nWhen the data-protection authority was notified, local time YYYY-MM-DDTHH:MM.", "x-label": "thời điểm thông báo\n\ntime notified", "patternErrorMessage": 'Thời điểm dạng YYYY-MM-DDTHH:MM (giờ Việt Nam), đặt trong dấu nháy, ví dụ "2026-03-02T08:30".\n\nA local time as YYYY-MM-DDTHH:MM (Asia/Ho_Chi_Minh), in quotes, e.g. "2026-03-02T08:30".' }, "notifiedTo": { "type": "string", "minLength": 1, "description": "Cơ quan được thông báo và số tiếp nhận.\n\nWho was notified and how, e.g. A05 Bộ Công an, national portal reference.", "x-label": "cơ quan được thông báo\n\nauthority notified" } }, "required": ["id", "detectedOn", "kind"], "$comment": "Fields added for the opt-in pack pdpl-2025 (issue 13): personalDataBreach, detectedAt, notifiedAt, notifiedTo." } }, "dataProtection": { "type": "object", "additionalProperties": false, "$comment": "Added for the opt-in pack pdpl-2025 (issue 13).", "description": "Bảo vệ dữ liệu cá nhân theo Luật 91/2025/QH15 và Nghị định 356/2025/NĐ-CP.\n\nPersonal-data protection under Law 91/2025/QH15 and Decree 356/2025/NĐ-CP (checked with --pack pdpl-2025).", "x-label": "bảo vệ dữ liệu cá nhân\n\npersonal-data protection", "properties": { "officer": { "type": "object", "additionalProperties": false, "description": "Bộ phận, nhân sự bảo vệ dữ liệu cá nhân được chỉ định, hoặc dịch vụ thuê ngoài.\n\nThe designated data-protection unit or person, or the hired service.", "x-label": "bộ phận, nhân sự bảo vệ dữ liệu cá nhân\n\ndata-protection unit or person", "properties": { "name": { "type": "string", "minLength": 1, "description": "Tên bộ phận hoặc người được chỉ định.\n\nUnit or person designated.", "x-label": "bộ phận hoặc người được chỉ định\n\ndesignated unit or person" }, "decision": { "type": "object", "additionalProperties": false, "description": "Quyết định chỉ định.\n\nThe written decision that designates them.", "x-label": "quyết định chỉ định\n\ndesignation decision", "properties": { "number": { "type": "string", "minLength": 1, "description": "Số quyết định.\n\nDecision number, e.g. 120/QĐ-BV.", "x-label": "số quyết định chỉ định\n\ndecision number" }, "issuedOn": { "$ref": "#/$defs/date", "description": "Ngày ban hành.\n\nDate of issue.", "x-label": "ngày ban hành quyết định chỉ định\n\ndate of the designation decision" } }, "required": ["number", "issuedOn"] }, "service": { "type": "object", "additionalProperties": false, "description": "Dịch vụ bảo vệ dữ liệu cá nhân thuê ngoài.\n\nA hired data-protection service instead of (or besides) own staff.", "x-label": "dịch vụ bảo vệ dữ liệu thuê ngoài\n\nhired data-protection service", "properties": { "provider": { "type": "string", "minLength": 1, "description": "Đơn vị cung cấp.\n\nProvider.", "x-label": "đơn vị cung cấp dịch vụ\n\nservice provider" }, "contract": { "type": "string", "minLength": 1, "description": "Số hợp đồng.\n\nContract number.", "x-label": "số hợp đồng dịch vụ\n\nservice contract number" } }, "required": ["provider", "contract"] } }, "required": ["name"] }, "impactAssessments": { "type": "array", "description": "Hồ sơ đánh giá tác động xử lý dữ liệu cá nhân.\n\nImpact-assessment dossiers of personal-data processing sent to the Ministry of Public Security.", "x-label": "hồ sơ đánh giá tác động xử lý dữ liệu cá nhân\n\nimpact-assessment dossiers", "items": { "type": "object", "additionalProperties": false, "description": "Một hồ sơ.\n\nOne dossier.", "properties": { "id": { "type": "string", "minLength": 1, "description": "Mã hồ sơ.\n\nIdentifier.", "x-label": "mã hồ sơ\n\ndossier id" }, "processing": { "type": "string", "minLength": 1, "description": "Hoạt động xử lý được đánh giá.\n\nThe processing assessed, e.g. patients' records in the HIS.", "x-label": "hoạt động xử lý được đánh giá\n\nprocessing assessed" }, "startedOn": { "$ref": "#/$defs/date", "description": "Ngày bắt đầu xử lý.\n\nDate the processing started.", "x-label": "ngày bắt đầu xử lý\n\ndate processing started" }, "submittedOn": { "$ref": "#/$defs/date", "description": "Ngày gửi hồ sơ.\n\nDate the dossier was sent.", "x-label": "ngày gửi hồ sơ\n\ndate the dossier was sent" }, "reference": { "type": "string", "minLength": 1, "description": "Số tiếp nhận.\n\nReceipt or portal reference.", "x-label": "số tiếp nhận\n\nreceipt reference" } }, "required": ["id", "processing", "startedOn"] } } } }, "electronicRecords": { "type": "object", "additionalProperties": false, "$comment": "Added for the opt-in pack emr-2025 (issue 13).", "description": "Hồ sơ bệnh án điện tử theo Thông tư 13/2025/TT-BYT.\n\nElectronic medical records under Circular 13/2025/TT-BYT (checked with --pack emr-2025).", "x-label": "hồ sơ bệnh án điện tử\n\nelectronic medical records", "properties": { "inUseSince": { "$ref": "#/$defs/date", "description": "Ngày bắt đầu sử dụng hồ sơ bệnh án điện tử.\n\nDate electronic medical records went into use.", "x-label": "ngày bắt đầu sử dụng hồ sơ bệnh án điện tử\n\ndate electronic records went into use" }, "systems": { "type": "array", "description": "Hệ thống lưu hồ sơ bệnh án điện tử.\n\nIds of the systems that hold them (see systems).", "x-label": "hệ thống lưu hồ sơ bệnh án điện tử\n\nsystems holding the records", "items": { "type": "string" } } } }, "waivers": { "type": ["array", "object"], "description": "Các ngoại lệ đã được phê duyệt. Một ngoại lệ chỉ có hiệu lực khi được quản lý (xem governance.waivers_governed): quy tắc có thật, được phép miễn, đối tượng quy tắc kiểm tra, có approvedOn và risk, chưa hết hạn và không dài hơn waiverMaxDays của hồ sơ tham số; nếu không, nó không miễn gì và chính nó là một lỗi. Hoặc, thay cho danh sách, {from: tệp} để nhập từ tệp CSV hay XLSX.\n\nApproved exceptions to rules. A waiver counts only when it is governed (see governance.waivers_governed): a known, waivable rule and a target it checks, approvedOn and risk given, not expired, and no longer than the profile's waiverMaxDays; otherwise it waives nothing and is itself a failure. Or, instead of the list, {from: file} to import it from a CSV or XLSX file.", "x-label": "danh sách miễn trừ\n\nwaivers", "if": { "type": "object" }, "then": { "$ref": "#/$defs/evidenceImport" }, "items": { "type": "object", "description": "Một ngoại lệ đã được phê duyệt.\n\nAn approved exception.", "additionalProperties": false, "properties": { "rule": { "type": "string", "description": "Mã quy tắc, ví dụ syt_2748_2019.password_rotated_on_time.\n\nRule id, e.g. syt_2748_2019.password_rotated_on_time.", "x-label": "quy tắc được miễn trừ\n\nrule waived", "minLength": 1, "examples": ["syt_2748_2019.password_rotated_on_time"] }, "target": { "type": "string", "description": "Đối tượng được miễn, đúng như kết quả của quy tắc ghi, ví dụ account:bhxh-01 hoặc system:his.\n\nTarget the waiver covers, exactly as the rule's finding names it, e.g. account:bhxh-01 or system:his.", "x-label": "đối tượng được miễn trừ\n\nwaived target", "minLength": 1, "examples": ["account:bhxh-01"] }, "reason": { "type": "string", "description": "Lý do.\n\nWhy.", "x-label": "lý do\n\nreason", "minLength": 1 }, "approvedBy": { "type": "string", "description": "Người phê duyệt.\n\nWho approved.", "x-label": "người phê duyệt miễn trừ\n\napprover of the waiver", "minLength": 1 }, "approvedOn": { "$ref": "#/$defs/date", "description": "Ngày phê duyệt (bắt buộc để ngoại lệ có hiệu lực; ngoại lệ kéo dài tối đa waiverMaxDays của hồ sơ tham số kể từ ngày này).\n\nApproval date (required for the waiver to count; the waiver may last at most the profile's waiverMaxDays from it).", "x-label": "ngày phê duyệt miễn trừ\n\ndate the waiver was approved" }, "risk": { "enum": ["low", "medium", "high"], "description": "Mức rủi ro chấp nhận (bắt buộc để ngoại lệ có hiệu lực).\n\nAccepted risk (required for the waiver to count).", "x-label": "mức rủi ro chấp nhận\n\naccepted risk", "markdownEnumDescriptions": ["Thấp\n\nLow", "Trung bình\n\nMedium", "Cao\n\nHigh"] }, "expiresOn": { "$ref": "#/$defs/date", "description": "Ngày cuối cùng ngoại lệ còn hiệu lực.\n\nLast day the waiver holds.", "x-label": "ngày hết hạn miễn trừ\n\nexpiry date of the waiver" } }, "required": ["rule", "target", "reason", "approvedBy", "expiresOn"] } } }, "$defs": { "date": { "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "patternErrorMessage": 'Cần ngày có thật dạng YYYY-MM-DD, đặt trong dấu nháy, ví dụ "2026-01-15".\n\nexpected a real date as YYYY-MM-DD, in quotes, e.g. "2026-01-15".', "examples": ["2026-01-15"] }, "evidenceImport": { "type": "object", "description": "Một danh sách lưu trong tệp CSV hoặc XLSX cạnh tệp cấu hình (khi danh sách được ghi dạng đối tượng). Tiêu đề cột được khớp với trường theo tên trường tiếng Anh hoặc nhãn tiếng Việt (xem README).\n\nA list kept in a CSV or XLSX file next to the config (applies when the list is given as an object). Headers are matched to fields by their English field name or their Vietnamese label (see README).", "properties": { "from": { "type": "string", "minLength": 1, "pattern": "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$", "description": "Đường dẫn tệp, tính từ tệp cấu hình và nằm trong thư mục của nó.\n\nPath of the file, relative to the config file and inside its folder.", "x-label": "tệp nhập\n\nimport file", "patternErrorMessage": "Đường dẫn tới tệp .csv, .tsv, .txt, .log hoặc .xlsx trong thư mục của tệp cấu hình.\n\nPath of a .csv, .tsv, .txt, .log or .xlsx file inside the config's folder.", "examples": ["staff.xlsx", "trainings.csv"] }, "sheet": { "type": "string", "minLength": 1, "description": "Chỉ cho XLSX: trang tính cần đọc (mặc định: trang đầu tiên).\n\nXLSX only: the sheet to read (default: the first sheet).", "x-label": "trang tính\n\nsheet" }, "columns": { "type": "object", "description": "Ánh xạ thêm tiêu đề → trường cho những tiêu đề bảng dựng sẵn chưa biết; ánh xạ một tiêu đề tới null để bỏ qua cột đó.\n\nExtra header → field mappings for headers the built-in table does not know; map a header to null to ignore that column.", "x-label": "cột\n\ncolumns", "additionalProperties": { "type": ["string", "null"] } }, "format": { "enum": ["rows", "access-log"], "description": "rows (mặc định): mỗi dòng một mục. access-log (chỉ cho accessStats): mỗi dòng một lượt truy cập cổng (thời điểm, tài khoản), được cộng thành số lượt mỗi ngày theo tài khoản.\n\nrows (default): one row per list item. access-log (accessStats only): one line per portal request (timestamp, account), aggregated into daily counts per account.", "x-label": "định dạng nhật ký\n\nlog format", "markdownEnumDescriptions": ["Mỗi dòng một mục của danh sách (mặc định)\n\nOne row per list item (default)", "Nhật ký truy cập cổng, mỗi dòng một lượt (chỉ cho accessStats)\n\nPortal access log, one line per request (accessStats only)"] } }, "required": ["from"], "additionalProperties": false } }, "examples": [{ "$schema": "https://kcb-compliance.dev/schemas/facility.v2.schema.json", "apiVersion": "kcb-compliance/v2", "kind": "Facility", "facility": { "code": "38001", "name": "Bệnh viện Đa khoa huyện Mẫu", "type": "hospital", "bhytContract": true, "head": { "name": "Nguyễn Văn A", "title": "Giám đốc" } } }], "defaultSnippets": [{ "label": "kcb-compliance facility (v2)", "description": "Tệp cấu hình cơ sở mới, định dạng v2.\n\nA new facility configuration, format v2.", "body": { "apiVersion": "kcb-compliance/v2", "kind": "Facility", "facility": { "code": "${1:38001}", "name": "${2:Tên cơ sở}", "type": "${3|hospital,health_center,commune_station,clinic,pharmacy,other|}", "bhytContract": true, "head": { "name": "${4:Họ và tên}", "title": "${5:Giám đốc}" } }, "staff": { "from": "staff.xlsx" }, "trainings": { "from": "trainings.xlsx" }, "accounts": { "from": "accounts.xlsx" }, "accessReviews": { "from": "access-reviews.xlsx" } } }] };
var schema32 = { "type": "object", "description": "Một danh sách lưu trong tệp CSV hoặc XLSX cạnh tệp cấu hình (khi danh sách được ghi dạng đối tượng). Tiêu đề cột được khớp với trường theo tên trường tiếng Anh hoặc nhãn tiếng Việt (xem README).\n\nA list kept in a CSV or XLSX file next to the config (applies when the list is given as an object). Headers are matched to fields by their English field name or their Vietnamese label (see README).", "properties": { "from": { "type": "string", "minLength": 1, "pattern": "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$", "description": "Đường dẫn tệp, tính từ tệp cấu hình và nằm trong thư mục của nó.\n\nPath of the file, relative to the config file and inside its folder.", "x-label": "tệp nhập\n\nimport file", "patternErrorMessage": "Đường dẫn tới tệp .csv, .tsv, .txt, .log hoặc .xlsx trong thư mục của tệp cấu hình.\n\nPath of a .csv, .tsv, .txt, .log or .xlsx file inside the config's folder.", "examples": ["staff.xlsx", "trainings.csv"] }, "sheet": { "type": "string", "minLength": 1, "description": "Chỉ cho XLSX: trang tính cần đọc (mặc định: trang đầu tiên).\n\nXLSX only: the sheet to read (default: the first sheet).", "x-label": "trang tính\n\nsheet" }, "columns": { "type": "object", "description": "Ánh xạ thêm tiêu đề → trường cho những tiêu đề bảng dựng sẵn chưa biết; ánh xạ một tiêu đề tới null để bỏ qua cột đó.\n\nExtra header → field mappings for headers the built-in table does not know; map a header to null to ignore that column.", "x-label": "cột\n\ncolumns", "additionalProperties": { "type": ["string", "null"] } }, "format": { "enum": ["rows", "access-log"], "description": "rows (mặc định): mỗi dòng một mục. access-log (chỉ cho accessStats): mỗi dòng một lượt truy cập cổng (thời điểm, tài khoản), được cộng thành số lượt mỗi ngày theo tài khoản.\n\nrows (default): one row per list item. access-log (accessStats only): one line per portal request (timestamp, account), aggregated into daily counts per account.", "x-label": "định dạng nhật ký\n\nlog format", "markdownEnumDescriptions": ["Mỗi dòng một mục của danh sách (mặc định)\n\nOne row per list item (default)", "Nhật ký truy cập cổng, mỗi dòng một lượt (chỉ cho accessStats)\n\nPortal access log, one line per request (accessStats only)"] } }, "required": ["from"], "additionalProperties": false };
var func12 = Object.prototype.hasOwnProperty;
var func22 = commonJs2(runtime02).default;
var pattern42 = new RegExp("^[0-9]{5}$", "u");
var pattern5 = new RegExp("^[0-9]{2}$", "u");
var pattern6 = new RegExp("\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$", "u");
var pattern8 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
var pattern31 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])$", "u");
var pattern49 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$", "u");
var formats0 = commonJs2(runtime12).fullFormats.date;
var validate202 = (function validate203(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate203.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.facility === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "facility" }, message: "must have required property 'facility'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema312.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if ("kcb-compliance/v2" !== data.apiVersion) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "kcb-compliance/v2" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("Facility" !== data.kind) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Facility" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.facility !== void 0) {
      let data3 = data.facility;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.code === void 0) {
          const err7 = { instancePath: instancePath + "/facility", schemaPath: "#/properties/facility/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data3.name === void 0) {
          const err8 = { instancePath: instancePath + "/facility", schemaPath: "#/properties/facility/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data3.type === void 0) {
          const err9 = { instancePath: instancePath + "/facility", schemaPath: "#/properties/facility/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.bhytContract === void 0) {
          const err10 = { instancePath: instancePath + "/facility", schemaPath: "#/properties/facility/required", keyword: "required", params: { missingProperty: "bhytContract" }, message: "must have required property 'bhytContract'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "code" || key1 === "name" || key1 === "province" || key1 === "type" || key1 === "bhytContract" || key1 === "head" || key1 === "pharmacies")) {
            const err11 = { instancePath: instancePath + "/facility", schemaPath: "#/properties/facility/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.code !== void 0) {
          let data4 = data3.code;
          if (typeof data4 === "string") {
            if (!pattern42.test(data4)) {
              const err12 = { instancePath: instancePath + "/facility/code", schemaPath: "#/properties/facility/properties/code/pattern", keyword: "pattern", params: { pattern: "^[0-9]{5}$" }, message: 'must match pattern "^[0-9]{5}$"' };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/facility/code", schemaPath: "#/properties/facility/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data5 = data3.name;
          if (typeof data5 === "string") {
            if (func22(data5) < 1) {
              const err14 = { instancePath: instancePath + "/facility/name", schemaPath: "#/properties/facility/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/facility/name", schemaPath: "#/properties/facility/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.province !== void 0) {
          let data6 = data3.province;
          if (typeof data6 === "string") {
            if (!pattern5.test(data6)) {
              const err16 = { instancePath: instancePath + "/facility/province", schemaPath: "#/properties/facility/properties/province/pattern", keyword: "pattern", params: { pattern: "^[0-9]{2}$" }, message: 'must match pattern "^[0-9]{2}$"' };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/facility/province", schemaPath: "#/properties/facility/properties/province/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.type !== void 0) {
          let data7 = data3.type;
          if (!(data7 === "hospital" || data7 === "health_center" || data7 === "commune_station" || data7 === "clinic" || data7 === "pharmacy" || data7 === "other")) {
            const err18 = { instancePath: instancePath + "/facility/type", schemaPath: "#/properties/facility/properties/type/enum", keyword: "enum", params: { allowedValues: schema312.properties.facility.properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data3.bhytContract !== void 0) {
          if (typeof data3.bhytContract !== "boolean") {
            const err19 = { instancePath: instancePath + "/facility/bhytContract", schemaPath: "#/properties/facility/properties/bhytContract/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.head !== void 0) {
          let data9 = data3.head;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.name === void 0) {
              const err20 = { instancePath: instancePath + "/facility/head", schemaPath: "#/properties/facility/properties/head/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "name" || key2 === "title")) {
                const err21 = { instancePath: instancePath + "/facility/head", schemaPath: "#/properties/facility/properties/head/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data9.name !== void 0) {
              let data10 = data9.name;
              if (typeof data10 === "string") {
                if (func22(data10) < 1) {
                  const err22 = { instancePath: instancePath + "/facility/head/name", schemaPath: "#/properties/facility/properties/head/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/facility/head/name", schemaPath: "#/properties/facility/properties/head/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data9.title !== void 0) {
              if (typeof data9.title !== "string") {
                const err24 = { instancePath: instancePath + "/facility/head/title", schemaPath: "#/properties/facility/properties/head/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/facility/head", schemaPath: "#/properties/facility/properties/head/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data3.pharmacies !== void 0) {
          let data12 = data3.pharmacies;
          if (!data12 || typeof data12 != "object") {
            const err26 = { instancePath: instancePath + "/facility/pharmacies", schemaPath: "#/properties/facility/properties/pharmacies/type", keyword: "type", params: { type: schema312.properties.facility.properties.pharmacies.type }, message: "must be array,object" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          const _errs27 = errors;
          let valid3 = true;
          const _errs28 = errors;
          if (!(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
            const err27 = {};
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          var _valid0 = _errs28 === errors;
          errors = _errs27;
          if (vErrors !== null) {
            if (_errs27) {
              vErrors.length = _errs27;
            } else {
              vErrors = null;
            }
          }
          if (_valid0) {
            const _errs30 = errors;
            if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
              if (data12.from === void 0) {
                const err28 = { instancePath: instancePath + "/facility/pharmacies", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              for (const key3 in data12) {
                if (!(key3 === "from" || key3 === "sheet" || key3 === "columns" || key3 === "format")) {
                  const err29 = { instancePath: instancePath + "/facility/pharmacies", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data12.from !== void 0) {
                let data13 = data12.from;
                if (typeof data13 === "string") {
                  if (func22(data13) < 1) {
                    const err30 = { instancePath: instancePath + "/facility/pharmacies/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                  if (!pattern6.test(data13)) {
                    const err31 = { instancePath: instancePath + "/facility/pharmacies/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                } else {
                  const err32 = { instancePath: instancePath + "/facility/pharmacies/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              if (data12.sheet !== void 0) {
                let data14 = data12.sheet;
                if (typeof data14 === "string") {
                  if (func22(data14) < 1) {
                    const err33 = { instancePath: instancePath + "/facility/pharmacies/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                } else {
                  const err34 = { instancePath: instancePath + "/facility/pharmacies/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
              if (data12.columns !== void 0) {
                let data15 = data12.columns;
                if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                  for (const key4 in data15) {
                    let data16 = data15[key4];
                    if (typeof data16 !== "string" && data16 !== null) {
                      const err35 = { instancePath: instancePath + "/facility/pharmacies/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err36 = { instancePath: instancePath + "/facility/pharmacies/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
              if (data12.format !== void 0) {
                let data17 = data12.format;
                if (!(data17 === "rows" || data17 === "access-log")) {
                  const err37 = { instancePath: instancePath + "/facility/pharmacies/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            } else {
              const err38 = { instancePath: instancePath + "/facility/pharmacies", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            var _valid0 = _errs30 === errors;
            valid3 = _valid0;
          }
          if (!valid3) {
            const err39 = { instancePath: instancePath + "/facility/pharmacies", schemaPath: "#/properties/facility/properties/pharmacies/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (Array.isArray(data12)) {
            const len0 = data12.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data18 = data12[i0];
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.id === void 0) {
                  const err40 = { instancePath: instancePath + "/facility/pharmacies/" + i0, schemaPath: "#/properties/facility/properties/pharmacies/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data18.name === void 0) {
                  const err41 = { instancePath: instancePath + "/facility/pharmacies/" + i0, schemaPath: "#/properties/facility/properties/pharmacies/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                for (const key5 in data18) {
                  if (!(key5 === "id" || key5 === "name" || key5 === "systems")) {
                    const err42 = { instancePath: instancePath + "/facility/pharmacies/" + i0, schemaPath: "#/properties/facility/properties/pharmacies/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data18.id !== void 0) {
                  let data19 = data18.id;
                  if (typeof data19 === "string") {
                    if (func22(data19) < 1) {
                      const err43 = { instancePath: instancePath + "/facility/pharmacies/" + i0 + "/id", schemaPath: "#/properties/facility/properties/pharmacies/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/facility/pharmacies/" + i0 + "/id", schemaPath: "#/properties/facility/properties/pharmacies/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data18.name !== void 0) {
                  if (typeof data18.name !== "string") {
                    const err45 = { instancePath: instancePath + "/facility/pharmacies/" + i0 + "/name", schemaPath: "#/properties/facility/properties/pharmacies/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data18.systems !== void 0) {
                  let data21 = data18.systems;
                  if (Array.isArray(data21)) {
                    const len1 = data21.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      if (typeof data21[i1] !== "string") {
                        const err46 = { instancePath: instancePath + "/facility/pharmacies/" + i0 + "/systems/" + i1, schemaPath: "#/properties/facility/properties/pharmacies/items/properties/systems/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err47 = { instancePath: instancePath + "/facility/pharmacies/" + i0 + "/systems", schemaPath: "#/properties/facility/properties/pharmacies/items/properties/systems/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
              } else {
                const err48 = { instancePath: instancePath + "/facility/pharmacies/" + i0, schemaPath: "#/properties/facility/properties/pharmacies/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/facility", schemaPath: "#/properties/facility/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.governance !== void 0) {
      let data23 = data.governance;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key6 in data23) {
          if (!(key6 === "regulations" || key6 === "securityDirectives" || key6 === "disseminations" || key6 === "permissionReviews" || key6 === "directiveImplementations")) {
            const err50 = { instancePath: instancePath + "/governance", schemaPath: "#/properties/governance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data23.regulations !== void 0) {
          let data24 = data23.regulations;
          if (!data24 || typeof data24 != "object") {
            const err51 = { instancePath: instancePath + "/governance/regulations", schemaPath: "#/properties/governance/properties/regulations/type", keyword: "type", params: { type: schema312.properties.governance.properties.regulations.type }, message: "must be array,object" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          const _errs60 = errors;
          let valid13 = true;
          const _errs61 = errors;
          if (!(data24 && typeof data24 == "object" && !Array.isArray(data24))) {
            const err52 = {};
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          var _valid1 = _errs61 === errors;
          errors = _errs60;
          if (vErrors !== null) {
            if (_errs60) {
              vErrors.length = _errs60;
            } else {
              vErrors = null;
            }
          }
          if (_valid1) {
            const _errs63 = errors;
            if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
              if (data24.from === void 0) {
                const err53 = { instancePath: instancePath + "/governance/regulations", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              for (const key7 in data24) {
                if (!(key7 === "from" || key7 === "sheet" || key7 === "columns" || key7 === "format")) {
                  const err54 = { instancePath: instancePath + "/governance/regulations", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
              if (data24.from !== void 0) {
                let data25 = data24.from;
                if (typeof data25 === "string") {
                  if (func22(data25) < 1) {
                    const err55 = { instancePath: instancePath + "/governance/regulations/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                  if (!pattern6.test(data25)) {
                    const err56 = { instancePath: instancePath + "/governance/regulations/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                } else {
                  const err57 = { instancePath: instancePath + "/governance/regulations/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              }
              if (data24.sheet !== void 0) {
                let data26 = data24.sheet;
                if (typeof data26 === "string") {
                  if (func22(data26) < 1) {
                    const err58 = { instancePath: instancePath + "/governance/regulations/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                } else {
                  const err59 = { instancePath: instancePath + "/governance/regulations/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              }
              if (data24.columns !== void 0) {
                let data27 = data24.columns;
                if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                  for (const key8 in data27) {
                    let data28 = data27[key8];
                    if (typeof data28 !== "string" && data28 !== null) {
                      const err60 = { instancePath: instancePath + "/governance/regulations/columns/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err61 = { instancePath: instancePath + "/governance/regulations/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              }
              if (data24.format !== void 0) {
                let data29 = data24.format;
                if (!(data29 === "rows" || data29 === "access-log")) {
                  const err62 = { instancePath: instancePath + "/governance/regulations/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
            } else {
              const err63 = { instancePath: instancePath + "/governance/regulations", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            var _valid1 = _errs63 === errors;
            valid13 = _valid1;
          }
          if (!valid13) {
            const err64 = { instancePath: instancePath + "/governance/regulations", schemaPath: "#/properties/governance/properties/regulations/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          if (Array.isArray(data24)) {
            const len2 = data24.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data30 = data24[i2];
              if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                if (data30.id === void 0) {
                  const err65 = { instancePath: instancePath + "/governance/regulations/" + i2, schemaPath: "#/properties/governance/properties/regulations/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                if (data30.number === void 0) {
                  const err66 = { instancePath: instancePath + "/governance/regulations/" + i2, schemaPath: "#/properties/governance/properties/regulations/items/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                if (data30.issuedOn === void 0) {
                  const err67 = { instancePath: instancePath + "/governance/regulations/" + i2, schemaPath: "#/properties/governance/properties/regulations/items/required", keyword: "required", params: { missingProperty: "issuedOn" }, message: "must have required property 'issuedOn'" };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                if (data30.covers === void 0) {
                  const err68 = { instancePath: instancePath + "/governance/regulations/" + i2, schemaPath: "#/properties/governance/properties/regulations/items/required", keyword: "required", params: { missingProperty: "covers" }, message: "must have required property 'covers'" };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                for (const key9 in data30) {
                  if (!(key9 === "id" || key9 === "number" || key9 === "title" || key9 === "issuedOn" || key9 === "covers" || key9 === "passwordRotationDays" || key9 === "evidence")) {
                    const err69 = { instancePath: instancePath + "/governance/regulations/" + i2, schemaPath: "#/properties/governance/properties/regulations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data30.id !== void 0) {
                  let data31 = data30.id;
                  if (typeof data31 === "string") {
                    if (func22(data31) < 1) {
                      const err70 = { instancePath: instancePath + "/governance/regulations/" + i2 + "/id", schemaPath: "#/properties/governance/properties/regulations/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  } else {
                    const err71 = { instancePath: instancePath + "/governance/regulations/" + i2 + "/id", schemaPath: "#/properties/governance/properties/regulations/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (data30.number !== void 0) {
                  let data32 = data30.number;
                  if (typeof data32 === "string") {
                    if (func22(data32) < 1) {
                      const err72 = { instancePath: instancePath + "/governance/regulations/" + i2 + "/number", schemaPath: "#/properties/governance/properties/regulations/items/properties/number/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/governance/regulations/" + i2 + "/number", schemaPath: "#/properties/governance/properties/regulations/items/properties/number/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data30.title !== void 0) {
                  if (typeof data30.title !== "string") {
                    const err74 = { instancePath: instancePath + "/governance/regulations/" + i2 + "/title", schemaPath: "#/properties/governance/properties/regulations/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data30.issuedOn !== void 0) {
                  let data34 = data30.issuedOn;
                  if (typeof data34 === "string") {
                    if (!pattern8.test(data34)) {
                      const err75 = { instancePath: instancePath + "/governance/regulations/" + i2 + "/issuedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data34)) {
                      const err76 = { instancePath: instancePath + "/governance/regulations/" + i2 + "/issuedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                  } else {
                    const err77 = { instancePath: instancePath + "/governance/regulations/" + i2 + "/issuedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data30.covers !== void 0) {
                  let data35 = data30.covers;
                  if (Array.isArray(data35)) {
                    const len3 = data35.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data36 = data35[i3];
                      if (!(data36 === "account_responsibility" || data36 === "password_rotation" || data36 === "access_review" || data36 === "patient_confidentiality" || data36 === "it_operations" || data36 === "data_transfer" || data36 === "incident_response" || data36 === "training" || data36 === "health_data_access" || data36 === "emr_management")) {
                        const err78 = { instancePath: instancePath + "/governance/regulations/" + i2 + "/covers/" + i3, schemaPath: "#/properties/governance/properties/regulations/items/properties/covers/items/enum", keyword: "enum", params: { allowedValues: schema312.properties.governance.properties.regulations.items.properties.covers.items.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err79 = { instancePath: instancePath + "/governance/regulations/" + i2 + "/covers", schemaPath: "#/properties/governance/properties/regulations/items/properties/covers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (data30.passwordRotationDays !== void 0) {
                  let data37 = data30.passwordRotationDays;
                  if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
                    const err80 = { instancePath: instancePath + "/governance/regulations/" + i2 + "/passwordRotationDays", schemaPath: "#/properties/governance/properties/regulations/items/properties/passwordRotationDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                  if (typeof data37 == "number" && isFinite(data37)) {
                    if (data37 > 3650 || isNaN(data37)) {
                      const err81 = { instancePath: instancePath + "/governance/regulations/" + i2 + "/passwordRotationDays", schemaPath: "#/properties/governance/properties/regulations/items/properties/passwordRotationDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                    if (data37 < 1 || isNaN(data37)) {
                      const err82 = { instancePath: instancePath + "/governance/regulations/" + i2 + "/passwordRotationDays", schemaPath: "#/properties/governance/properties/regulations/items/properties/passwordRotationDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                  }
                }
                if (data30.evidence !== void 0) {
                  if (typeof data30.evidence !== "string") {
                    const err83 = { instancePath: instancePath + "/governance/regulations/" + i2 + "/evidence", schemaPath: "#/properties/governance/properties/regulations/items/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
              } else {
                const err84 = { instancePath: instancePath + "/governance/regulations/" + i2, schemaPath: "#/properties/governance/properties/regulations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          }
        }
        if (data23.securityDirectives !== void 0) {
          let data39 = data23.securityDirectives;
          if (!data39 || typeof data39 != "object") {
            const err85 = { instancePath: instancePath + "/governance/securityDirectives", schemaPath: "#/properties/governance/properties/securityDirectives/type", keyword: "type", params: { type: schema312.properties.governance.properties.securityDirectives.type }, message: "must be array,object" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
          const _errs98 = errors;
          let valid23 = true;
          const _errs99 = errors;
          if (!(data39 && typeof data39 == "object" && !Array.isArray(data39))) {
            const err86 = {};
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
          var _valid2 = _errs99 === errors;
          errors = _errs98;
          if (vErrors !== null) {
            if (_errs98) {
              vErrors.length = _errs98;
            } else {
              vErrors = null;
            }
          }
          if (_valid2) {
            const _errs101 = errors;
            if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
              if (data39.from === void 0) {
                const err87 = { instancePath: instancePath + "/governance/securityDirectives", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              for (const key10 in data39) {
                if (!(key10 === "from" || key10 === "sheet" || key10 === "columns" || key10 === "format")) {
                  const err88 = { instancePath: instancePath + "/governance/securityDirectives", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              }
              if (data39.from !== void 0) {
                let data40 = data39.from;
                if (typeof data40 === "string") {
                  if (func22(data40) < 1) {
                    const err89 = { instancePath: instancePath + "/governance/securityDirectives/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                  if (!pattern6.test(data40)) {
                    const err90 = { instancePath: instancePath + "/governance/securityDirectives/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                } else {
                  const err91 = { instancePath: instancePath + "/governance/securityDirectives/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
              if (data39.sheet !== void 0) {
                let data41 = data39.sheet;
                if (typeof data41 === "string") {
                  if (func22(data41) < 1) {
                    const err92 = { instancePath: instancePath + "/governance/securityDirectives/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                } else {
                  const err93 = { instancePath: instancePath + "/governance/securityDirectives/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
              if (data39.columns !== void 0) {
                let data42 = data39.columns;
                if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                  for (const key11 in data42) {
                    let data43 = data42[key11];
                    if (typeof data43 !== "string" && data43 !== null) {
                      const err94 = { instancePath: instancePath + "/governance/securityDirectives/columns/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err95 = { instancePath: instancePath + "/governance/securityDirectives/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
              }
              if (data39.format !== void 0) {
                let data44 = data39.format;
                if (!(data44 === "rows" || data44 === "access-log")) {
                  const err96 = { instancePath: instancePath + "/governance/securityDirectives/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
              }
            } else {
              const err97 = { instancePath: instancePath + "/governance/securityDirectives", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            var _valid2 = _errs101 === errors;
            valid23 = _valid2;
          }
          if (!valid23) {
            const err98 = { instancePath: instancePath + "/governance/securityDirectives", schemaPath: "#/properties/governance/properties/securityDirectives/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
          if (Array.isArray(data39)) {
            const len4 = data39.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data45 = data39[i4];
              if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                if (data45.number === void 0) {
                  const err99 = { instancePath: instancePath + "/governance/securityDirectives/" + i4, schemaPath: "#/properties/governance/properties/securityDirectives/items/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'" };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
                if (data45.issuedOn === void 0) {
                  const err100 = { instancePath: instancePath + "/governance/securityDirectives/" + i4, schemaPath: "#/properties/governance/properties/securityDirectives/items/required", keyword: "required", params: { missingProperty: "issuedOn" }, message: "must have required property 'issuedOn'" };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
                if (data45.issuedBy === void 0) {
                  const err101 = { instancePath: instancePath + "/governance/securityDirectives/" + i4, schemaPath: "#/properties/governance/properties/securityDirectives/items/required", keyword: "required", params: { missingProperty: "issuedBy" }, message: "must have required property 'issuedBy'" };
                  if (vErrors === null) {
                    vErrors = [err101];
                  } else {
                    vErrors.push(err101);
                  }
                  errors++;
                }
                for (const key12 in data45) {
                  if (!(key12 === "number" || key12 === "issuedOn" || key12 === "issuedBy" || key12 === "topic")) {
                    const err102 = { instancePath: instancePath + "/governance/securityDirectives/" + i4, schemaPath: "#/properties/governance/properties/securityDirectives/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data45.number !== void 0) {
                  let data46 = data45.number;
                  if (typeof data46 === "string") {
                    if (func22(data46) < 1) {
                      const err103 = { instancePath: instancePath + "/governance/securityDirectives/" + i4 + "/number", schemaPath: "#/properties/governance/properties/securityDirectives/items/properties/number/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  } else {
                    const err104 = { instancePath: instancePath + "/governance/securityDirectives/" + i4 + "/number", schemaPath: "#/properties/governance/properties/securityDirectives/items/properties/number/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data45.issuedOn !== void 0) {
                  let data47 = data45.issuedOn;
                  if (typeof data47 === "string") {
                    if (!pattern8.test(data47)) {
                      const err105 = { instancePath: instancePath + "/governance/securityDirectives/" + i4 + "/issuedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data47)) {
                      const err106 = { instancePath: instancePath + "/governance/securityDirectives/" + i4 + "/issuedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                  } else {
                    const err107 = { instancePath: instancePath + "/governance/securityDirectives/" + i4 + "/issuedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
                if (data45.issuedBy !== void 0) {
                  if (typeof data45.issuedBy !== "string") {
                    const err108 = { instancePath: instancePath + "/governance/securityDirectives/" + i4 + "/issuedBy", schemaPath: "#/properties/governance/properties/securityDirectives/items/properties/issuedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
                if (data45.topic !== void 0) {
                  if (typeof data45.topic !== "string") {
                    const err109 = { instancePath: instancePath + "/governance/securityDirectives/" + i4 + "/topic", schemaPath: "#/properties/governance/properties/securityDirectives/items/properties/topic/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
              } else {
                const err110 = { instancePath: instancePath + "/governance/securityDirectives/" + i4, schemaPath: "#/properties/governance/properties/securityDirectives/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
          }
        }
        if (data23.disseminations !== void 0) {
          let data50 = data23.disseminations;
          if (!data50 || typeof data50 != "object") {
            const err111 = { instancePath: instancePath + "/governance/disseminations", schemaPath: "#/properties/governance/properties/disseminations/type", keyword: "type", params: { type: schema312.properties.governance.properties.disseminations.type }, message: "must be array,object" };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
          const _errs129 = errors;
          let valid31 = true;
          const _errs130 = errors;
          if (!(data50 && typeof data50 == "object" && !Array.isArray(data50))) {
            const err112 = {};
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
          var _valid3 = _errs130 === errors;
          errors = _errs129;
          if (vErrors !== null) {
            if (_errs129) {
              vErrors.length = _errs129;
            } else {
              vErrors = null;
            }
          }
          if (_valid3) {
            const _errs132 = errors;
            if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
              if (data50.from === void 0) {
                const err113 = { instancePath: instancePath + "/governance/disseminations", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
              for (const key13 in data50) {
                if (!(key13 === "from" || key13 === "sheet" || key13 === "columns" || key13 === "format")) {
                  const err114 = { instancePath: instancePath + "/governance/disseminations", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              }
              if (data50.from !== void 0) {
                let data51 = data50.from;
                if (typeof data51 === "string") {
                  if (func22(data51) < 1) {
                    const err115 = { instancePath: instancePath + "/governance/disseminations/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                  if (!pattern6.test(data51)) {
                    const err116 = { instancePath: instancePath + "/governance/disseminations/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                } else {
                  const err117 = { instancePath: instancePath + "/governance/disseminations/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
              }
              if (data50.sheet !== void 0) {
                let data52 = data50.sheet;
                if (typeof data52 === "string") {
                  if (func22(data52) < 1) {
                    const err118 = { instancePath: instancePath + "/governance/disseminations/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                } else {
                  const err119 = { instancePath: instancePath + "/governance/disseminations/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
              }
              if (data50.columns !== void 0) {
                let data53 = data50.columns;
                if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                  for (const key14 in data53) {
                    let data54 = data53[key14];
                    if (typeof data54 !== "string" && data54 !== null) {
                      const err120 = { instancePath: instancePath + "/governance/disseminations/columns/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err121 = { instancePath: instancePath + "/governance/disseminations/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
              }
              if (data50.format !== void 0) {
                let data55 = data50.format;
                if (!(data55 === "rows" || data55 === "access-log")) {
                  const err122 = { instancePath: instancePath + "/governance/disseminations/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
              }
            } else {
              const err123 = { instancePath: instancePath + "/governance/disseminations", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
            var _valid3 = _errs132 === errors;
            valid31 = _valid3;
          }
          if (!valid31) {
            const err124 = { instancePath: instancePath + "/governance/disseminations", schemaPath: "#/properties/governance/properties/disseminations/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
          if (Array.isArray(data50)) {
            const len5 = data50.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data56 = data50[i5];
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                if (data56.heldOn === void 0) {
                  const err125 = { instancePath: instancePath + "/governance/disseminations/" + i5, schemaPath: "#/properties/governance/properties/disseminations/items/required", keyword: "required", params: { missingProperty: "heldOn" }, message: "must have required property 'heldOn'" };
                  if (vErrors === null) {
                    vErrors = [err125];
                  } else {
                    vErrors.push(err125);
                  }
                  errors++;
                }
                if (data56.topic === void 0) {
                  const err126 = { instancePath: instancePath + "/governance/disseminations/" + i5, schemaPath: "#/properties/governance/properties/disseminations/items/required", keyword: "required", params: { missingProperty: "topic" }, message: "must have required property 'topic'" };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
                for (const key15 in data56) {
                  if (!(key15 === "heldOn" || key15 === "topic" || key15 === "audience" || key15 === "evidence")) {
                    const err127 = { instancePath: instancePath + "/governance/disseminations/" + i5, schemaPath: "#/properties/governance/properties/disseminations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                }
                if (data56.heldOn !== void 0) {
                  let data57 = data56.heldOn;
                  if (typeof data57 === "string") {
                    if (!pattern8.test(data57)) {
                      const err128 = { instancePath: instancePath + "/governance/disseminations/" + i5 + "/heldOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err128];
                      } else {
                        vErrors.push(err128);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data57)) {
                      const err129 = { instancePath: instancePath + "/governance/disseminations/" + i5 + "/heldOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err129];
                      } else {
                        vErrors.push(err129);
                      }
                      errors++;
                    }
                  } else {
                    const err130 = { instancePath: instancePath + "/governance/disseminations/" + i5 + "/heldOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err130];
                    } else {
                      vErrors.push(err130);
                    }
                    errors++;
                  }
                }
                if (data56.topic !== void 0) {
                  let data58 = data56.topic;
                  if (typeof data58 === "string") {
                    if (func22(data58) < 1) {
                      const err131 = { instancePath: instancePath + "/governance/disseminations/" + i5 + "/topic", schemaPath: "#/properties/governance/properties/disseminations/items/properties/topic/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err131];
                      } else {
                        vErrors.push(err131);
                      }
                      errors++;
                    }
                  } else {
                    const err132 = { instancePath: instancePath + "/governance/disseminations/" + i5 + "/topic", schemaPath: "#/properties/governance/properties/disseminations/items/properties/topic/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
                if (data56.audience !== void 0) {
                  if (typeof data56.audience !== "string") {
                    const err133 = { instancePath: instancePath + "/governance/disseminations/" + i5 + "/audience", schemaPath: "#/properties/governance/properties/disseminations/items/properties/audience/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
                if (data56.evidence !== void 0) {
                  if (typeof data56.evidence !== "string") {
                    const err134 = { instancePath: instancePath + "/governance/disseminations/" + i5 + "/evidence", schemaPath: "#/properties/governance/properties/disseminations/items/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                }
              } else {
                const err135 = { instancePath: instancePath + "/governance/disseminations/" + i5, schemaPath: "#/properties/governance/properties/disseminations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
          }
        }
        if (data23.permissionReviews !== void 0) {
          let data61 = data23.permissionReviews;
          if (Array.isArray(data61)) {
            const len6 = data61.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data62 = data61[i6];
              if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                if (data62.reviewedOn === void 0) {
                  const err136 = { instancePath: instancePath + "/governance/permissionReviews/" + i6, schemaPath: "#/properties/governance/properties/permissionReviews/items/required", keyword: "required", params: { missingProperty: "reviewedOn" }, message: "must have required property 'reviewedOn'" };
                  if (vErrors === null) {
                    vErrors = [err136];
                  } else {
                    vErrors.push(err136);
                  }
                  errors++;
                }
                if (data62.reviewer === void 0) {
                  const err137 = { instancePath: instancePath + "/governance/permissionReviews/" + i6, schemaPath: "#/properties/governance/properties/permissionReviews/items/required", keyword: "required", params: { missingProperty: "reviewer" }, message: "must have required property 'reviewer'" };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                }
                for (const key16 in data62) {
                  if (!(key16 === "reviewedOn" || key16 === "reviewer" || key16 === "scope" || key16 === "outcome" || key16 === "evidence")) {
                    const err138 = { instancePath: instancePath + "/governance/permissionReviews/" + i6, schemaPath: "#/properties/governance/properties/permissionReviews/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data62.reviewedOn !== void 0) {
                  let data63 = data62.reviewedOn;
                  if (typeof data63 === "string") {
                    if (!pattern8.test(data63)) {
                      const err139 = { instancePath: instancePath + "/governance/permissionReviews/" + i6 + "/reviewedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data63)) {
                      const err140 = { instancePath: instancePath + "/governance/permissionReviews/" + i6 + "/reviewedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err140];
                      } else {
                        vErrors.push(err140);
                      }
                      errors++;
                    }
                  } else {
                    const err141 = { instancePath: instancePath + "/governance/permissionReviews/" + i6 + "/reviewedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err141];
                    } else {
                      vErrors.push(err141);
                    }
                    errors++;
                  }
                }
                if (data62.reviewer !== void 0) {
                  if (typeof data62.reviewer !== "string") {
                    const err142 = { instancePath: instancePath + "/governance/permissionReviews/" + i6 + "/reviewer", schemaPath: "#/properties/governance/properties/permissionReviews/items/properties/reviewer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
                if (data62.scope !== void 0) {
                  if (typeof data62.scope !== "string") {
                    const err143 = { instancePath: instancePath + "/governance/permissionReviews/" + i6 + "/scope", schemaPath: "#/properties/governance/properties/permissionReviews/items/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
                if (data62.outcome !== void 0) {
                  let data66 = data62.outcome;
                  if (!(data66 === "no_change" || data66 === "changes_made")) {
                    const err144 = { instancePath: instancePath + "/governance/permissionReviews/" + i6 + "/outcome", schemaPath: "#/properties/governance/properties/permissionReviews/items/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema312.properties.governance.properties.permissionReviews.items.properties.outcome.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err144];
                    } else {
                      vErrors.push(err144);
                    }
                    errors++;
                  }
                }
                if (data62.evidence !== void 0) {
                  if (typeof data62.evidence !== "string") {
                    const err145 = { instancePath: instancePath + "/governance/permissionReviews/" + i6 + "/evidence", schemaPath: "#/properties/governance/properties/permissionReviews/items/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                }
              } else {
                const err146 = { instancePath: instancePath + "/governance/permissionReviews/" + i6, schemaPath: "#/properties/governance/properties/permissionReviews/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
          } else {
            const err147 = { instancePath: instancePath + "/governance/permissionReviews", schemaPath: "#/properties/governance/properties/permissionReviews/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
        }
        if (data23.directiveImplementations !== void 0) {
          let data68 = data23.directiveImplementations;
          if (Array.isArray(data68)) {
            const len7 = data68.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data69 = data68[i7];
              if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                if (data69.directive === void 0) {
                  const err148 = { instancePath: instancePath + "/governance/directiveImplementations/" + i7, schemaPath: "#/properties/governance/properties/directiveImplementations/items/required", keyword: "required", params: { missingProperty: "directive" }, message: "must have required property 'directive'" };
                  if (vErrors === null) {
                    vErrors = [err148];
                  } else {
                    vErrors.push(err148);
                  }
                  errors++;
                }
                if (data69.implementedOn === void 0) {
                  const err149 = { instancePath: instancePath + "/governance/directiveImplementations/" + i7, schemaPath: "#/properties/governance/properties/directiveImplementations/items/required", keyword: "required", params: { missingProperty: "implementedOn" }, message: "must have required property 'implementedOn'" };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
                if (data69.by === void 0) {
                  const err150 = { instancePath: instancePath + "/governance/directiveImplementations/" + i7, schemaPath: "#/properties/governance/properties/directiveImplementations/items/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'" };
                  if (vErrors === null) {
                    vErrors = [err150];
                  } else {
                    vErrors.push(err150);
                  }
                  errors++;
                }
                for (const key17 in data69) {
                  if (!(key17 === "directive" || key17 === "implementedOn" || key17 === "by" || key17 === "summary" || key17 === "evidence")) {
                    const err151 = { instancePath: instancePath + "/governance/directiveImplementations/" + i7, schemaPath: "#/properties/governance/properties/directiveImplementations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                }
                if (data69.directive !== void 0) {
                  let data70 = data69.directive;
                  if (typeof data70 === "string") {
                    if (func22(data70) < 1) {
                      const err152 = { instancePath: instancePath + "/governance/directiveImplementations/" + i7 + "/directive", schemaPath: "#/properties/governance/properties/directiveImplementations/items/properties/directive/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err152];
                      } else {
                        vErrors.push(err152);
                      }
                      errors++;
                    }
                  } else {
                    const err153 = { instancePath: instancePath + "/governance/directiveImplementations/" + i7 + "/directive", schemaPath: "#/properties/governance/properties/directiveImplementations/items/properties/directive/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                }
                if (data69.implementedOn !== void 0) {
                  let data71 = data69.implementedOn;
                  if (typeof data71 === "string") {
                    if (!pattern8.test(data71)) {
                      const err154 = { instancePath: instancePath + "/governance/directiveImplementations/" + i7 + "/implementedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err154];
                      } else {
                        vErrors.push(err154);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data71)) {
                      const err155 = { instancePath: instancePath + "/governance/directiveImplementations/" + i7 + "/implementedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err155];
                      } else {
                        vErrors.push(err155);
                      }
                      errors++;
                    }
                  } else {
                    const err156 = { instancePath: instancePath + "/governance/directiveImplementations/" + i7 + "/implementedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err156];
                    } else {
                      vErrors.push(err156);
                    }
                    errors++;
                  }
                }
                if (data69.by !== void 0) {
                  let data72 = data69.by;
                  if (typeof data72 === "string") {
                    if (func22(data72) < 1) {
                      const err157 = { instancePath: instancePath + "/governance/directiveImplementations/" + i7 + "/by", schemaPath: "#/properties/governance/properties/directiveImplementations/items/properties/by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err157];
                      } else {
                        vErrors.push(err157);
                      }
                      errors++;
                    }
                  } else {
                    const err158 = { instancePath: instancePath + "/governance/directiveImplementations/" + i7 + "/by", schemaPath: "#/properties/governance/properties/directiveImplementations/items/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err158];
                    } else {
                      vErrors.push(err158);
                    }
                    errors++;
                  }
                }
                if (data69.summary !== void 0) {
                  if (typeof data69.summary !== "string") {
                    const err159 = { instancePath: instancePath + "/governance/directiveImplementations/" + i7 + "/summary", schemaPath: "#/properties/governance/properties/directiveImplementations/items/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err159];
                    } else {
                      vErrors.push(err159);
                    }
                    errors++;
                  }
                }
                if (data69.evidence !== void 0) {
                  if (typeof data69.evidence !== "string") {
                    const err160 = { instancePath: instancePath + "/governance/directiveImplementations/" + i7 + "/evidence", schemaPath: "#/properties/governance/properties/directiveImplementations/items/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err160];
                    } else {
                      vErrors.push(err160);
                    }
                    errors++;
                  }
                }
              } else {
                const err161 = { instancePath: instancePath + "/governance/directiveImplementations/" + i7, schemaPath: "#/properties/governance/properties/directiveImplementations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
            }
          } else {
            const err162 = { instancePath: instancePath + "/governance/directiveImplementations", schemaPath: "#/properties/governance/properties/directiveImplementations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          }
        }
      } else {
        const err163 = { instancePath: instancePath + "/governance", schemaPath: "#/properties/governance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err163];
        } else {
          vErrors.push(err163);
        }
        errors++;
      }
    }
    if (data.staff !== void 0) {
      let data75 = data.staff;
      if (!data75 || typeof data75 != "object") {
        const err164 = { instancePath: instancePath + "/staff", schemaPath: "#/properties/staff/type", keyword: "type", params: { type: schema312.properties.staff.type }, message: "must be array,object" };
        if (vErrors === null) {
          vErrors = [err164];
        } else {
          vErrors.push(err164);
        }
        errors++;
      }
      const _errs191 = errors;
      let valid47 = true;
      const _errs192 = errors;
      if (!(data75 && typeof data75 == "object" && !Array.isArray(data75))) {
        const err165 = {};
        if (vErrors === null) {
          vErrors = [err165];
        } else {
          vErrors.push(err165);
        }
        errors++;
      }
      var _valid4 = _errs192 === errors;
      errors = _errs191;
      if (vErrors !== null) {
        if (_errs191) {
          vErrors.length = _errs191;
        } else {
          vErrors = null;
        }
      }
      if (_valid4) {
        const _errs194 = errors;
        if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
          if (data75.from === void 0) {
            const err166 = { instancePath: instancePath + "/staff", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          }
          for (const key18 in data75) {
            if (!(key18 === "from" || key18 === "sheet" || key18 === "columns" || key18 === "format")) {
              const err167 = { instancePath: instancePath + "/staff", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
          }
          if (data75.from !== void 0) {
            let data76 = data75.from;
            if (typeof data76 === "string") {
              if (func22(data76) < 1) {
                const err168 = { instancePath: instancePath + "/staff/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
              if (!pattern6.test(data76)) {
                const err169 = { instancePath: instancePath + "/staff/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                if (vErrors === null) {
                  vErrors = [err169];
                } else {
                  vErrors.push(err169);
                }
                errors++;
              }
            } else {
              const err170 = { instancePath: instancePath + "/staff/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err170];
              } else {
                vErrors.push(err170);
              }
              errors++;
            }
          }
          if (data75.sheet !== void 0) {
            let data77 = data75.sheet;
            if (typeof data77 === "string") {
              if (func22(data77) < 1) {
                const err171 = { instancePath: instancePath + "/staff/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            } else {
              const err172 = { instancePath: instancePath + "/staff/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err172];
              } else {
                vErrors.push(err172);
              }
              errors++;
            }
          }
          if (data75.columns !== void 0) {
            let data78 = data75.columns;
            if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
              for (const key19 in data78) {
                let data79 = data78[key19];
                if (typeof data79 !== "string" && data79 !== null) {
                  const err173 = { instancePath: instancePath + "/staff/columns/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                  if (vErrors === null) {
                    vErrors = [err173];
                  } else {
                    vErrors.push(err173);
                  }
                  errors++;
                }
              }
            } else {
              const err174 = { instancePath: instancePath + "/staff/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err174];
              } else {
                vErrors.push(err174);
              }
              errors++;
            }
          }
          if (data75.format !== void 0) {
            let data80 = data75.format;
            if (!(data80 === "rows" || data80 === "access-log")) {
              const err175 = { instancePath: instancePath + "/staff/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err175];
              } else {
                vErrors.push(err175);
              }
              errors++;
            }
          }
        } else {
          const err176 = { instancePath: instancePath + "/staff", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err176];
          } else {
            vErrors.push(err176);
          }
          errors++;
        }
        var _valid4 = _errs194 === errors;
        valid47 = _valid4;
      }
      if (!valid47) {
        const err177 = { instancePath: instancePath + "/staff", schemaPath: "#/properties/staff/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err177];
        } else {
          vErrors.push(err177);
        }
        errors++;
      }
      if (Array.isArray(data75)) {
        const len8 = data75.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data81 = data75[i8];
          if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
            if (data81.id === void 0) {
              const err178 = { instancePath: instancePath + "/staff/" + i8, schemaPath: "#/properties/staff/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err178];
              } else {
                vErrors.push(err178);
              }
              errors++;
            }
            if (data81.name === void 0) {
              const err179 = { instancePath: instancePath + "/staff/" + i8, schemaPath: "#/properties/staff/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err179];
              } else {
                vErrors.push(err179);
              }
              errors++;
            }
            if (data81.status === void 0) {
              const err180 = { instancePath: instancePath + "/staff/" + i8, schemaPath: "#/properties/staff/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors++;
            }
            for (const key20 in data81) {
              if (!func12.call(schema312.properties.staff.items.properties, key20)) {
                const err181 = { instancePath: instancePath + "/staff/" + i8, schemaPath: "#/properties/staff/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err181];
                } else {
                  vErrors.push(err181);
                }
                errors++;
              }
            }
            if (data81.id !== void 0) {
              let data82 = data81.id;
              if (typeof data82 === "string") {
                if (func22(data82) < 1) {
                  const err182 = { instancePath: instancePath + "/staff/" + i8 + "/id", schemaPath: "#/properties/staff/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err182];
                  } else {
                    vErrors.push(err182);
                  }
                  errors++;
                }
              } else {
                const err183 = { instancePath: instancePath + "/staff/" + i8 + "/id", schemaPath: "#/properties/staff/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err183];
                } else {
                  vErrors.push(err183);
                }
                errors++;
              }
            }
            if (data81.name !== void 0) {
              let data83 = data81.name;
              if (typeof data83 === "string") {
                if (func22(data83) < 1) {
                  const err184 = { instancePath: instancePath + "/staff/" + i8 + "/name", schemaPath: "#/properties/staff/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err184];
                  } else {
                    vErrors.push(err184);
                  }
                  errors++;
                }
              } else {
                const err185 = { instancePath: instancePath + "/staff/" + i8 + "/name", schemaPath: "#/properties/staff/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors++;
              }
            }
            if (data81.department !== void 0) {
              if (typeof data81.department !== "string") {
                const err186 = { instancePath: instancePath + "/staff/" + i8 + "/department", schemaPath: "#/properties/staff/items/properties/department/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
            }
            if (data81.role !== void 0) {
              if (typeof data81.role !== "string") {
                const err187 = { instancePath: instancePath + "/staff/" + i8 + "/role", schemaPath: "#/properties/staff/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
            }
            if (data81.healthWorker !== void 0) {
              if (typeof data81.healthWorker !== "boolean") {
                const err188 = { instancePath: instancePath + "/staff/" + i8 + "/healthWorker", schemaPath: "#/properties/staff/items/properties/healthWorker/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err188];
                } else {
                  vErrors.push(err188);
                }
                errors++;
              }
            }
            if (data81.status !== void 0) {
              let data87 = data81.status;
              if (!(data87 === "active" || data87 === "left" || data87 === "transferred")) {
                const err189 = { instancePath: instancePath + "/staff/" + i8 + "/status", schemaPath: "#/properties/staff/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema312.properties.staff.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err189];
                } else {
                  vErrors.push(err189);
                }
                errors++;
              }
            }
            if (data81.joinedOn !== void 0) {
              let data88 = data81.joinedOn;
              if (typeof data88 === "string") {
                if (!pattern8.test(data88)) {
                  const err190 = { instancePath: instancePath + "/staff/" + i8 + "/joinedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err190];
                  } else {
                    vErrors.push(err190);
                  }
                  errors++;
                }
                if (!formats0.validate(data88)) {
                  const err191 = { instancePath: instancePath + "/staff/" + i8 + "/joinedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err191];
                  } else {
                    vErrors.push(err191);
                  }
                  errors++;
                }
              } else {
                const err192 = { instancePath: instancePath + "/staff/" + i8 + "/joinedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err192];
                } else {
                  vErrors.push(err192);
                }
                errors++;
              }
            }
            if (data81.leftOn !== void 0) {
              let data89 = data81.leftOn;
              if (typeof data89 === "string") {
                if (!pattern8.test(data89)) {
                  const err193 = { instancePath: instancePath + "/staff/" + i8 + "/leftOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err193];
                  } else {
                    vErrors.push(err193);
                  }
                  errors++;
                }
                if (!formats0.validate(data89)) {
                  const err194 = { instancePath: instancePath + "/staff/" + i8 + "/leftOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err194];
                  } else {
                    vErrors.push(err194);
                  }
                  errors++;
                }
              } else {
                const err195 = { instancePath: instancePath + "/staff/" + i8 + "/leftOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
            if (data81.confidentialityCommitment !== void 0) {
              let data90 = data81.confidentialityCommitment;
              if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                if (data90.signedOn === void 0) {
                  const err196 = { instancePath: instancePath + "/staff/" + i8 + "/confidentialityCommitment", schemaPath: "#/properties/staff/items/properties/confidentialityCommitment/required", keyword: "required", params: { missingProperty: "signedOn" }, message: "must have required property 'signedOn'" };
                  if (vErrors === null) {
                    vErrors = [err196];
                  } else {
                    vErrors.push(err196);
                  }
                  errors++;
                }
                for (const key21 in data90) {
                  if (!(key21 === "signedOn" || key21 === "evidence")) {
                    const err197 = { instancePath: instancePath + "/staff/" + i8 + "/confidentialityCommitment", schemaPath: "#/properties/staff/items/properties/confidentialityCommitment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err197];
                    } else {
                      vErrors.push(err197);
                    }
                    errors++;
                  }
                }
                if (data90.signedOn !== void 0) {
                  let data91 = data90.signedOn;
                  if (typeof data91 === "string") {
                    if (!pattern8.test(data91)) {
                      const err198 = { instancePath: instancePath + "/staff/" + i8 + "/confidentialityCommitment/signedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err198];
                      } else {
                        vErrors.push(err198);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data91)) {
                      const err199 = { instancePath: instancePath + "/staff/" + i8 + "/confidentialityCommitment/signedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err199];
                      } else {
                        vErrors.push(err199);
                      }
                      errors++;
                    }
                  } else {
                    const err200 = { instancePath: instancePath + "/staff/" + i8 + "/confidentialityCommitment/signedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err200];
                    } else {
                      vErrors.push(err200);
                    }
                    errors++;
                  }
                }
                if (data90.evidence !== void 0) {
                  if (typeof data90.evidence !== "string") {
                    const err201 = { instancePath: instancePath + "/staff/" + i8 + "/confidentialityCommitment/evidence", schemaPath: "#/properties/staff/items/properties/confidentialityCommitment/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err201];
                    } else {
                      vErrors.push(err201);
                    }
                    errors++;
                  }
                }
              } else {
                const err202 = { instancePath: instancePath + "/staff/" + i8 + "/confidentialityCommitment", schemaPath: "#/properties/staff/items/properties/confidentialityCommitment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err202];
                } else {
                  vErrors.push(err202);
                }
                errors++;
              }
            }
            if (data81.roles !== void 0) {
              let data93 = data81.roles;
              if (Array.isArray(data93)) {
                const len9 = data93.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  let data94 = data93[i9];
                  if (typeof data94 === "string") {
                    if (func22(data94) < 1) {
                      const err203 = { instancePath: instancePath + "/staff/" + i8 + "/roles/" + i9, schemaPath: "#/properties/staff/items/properties/roles/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err203];
                      } else {
                        vErrors.push(err203);
                      }
                      errors++;
                    }
                  } else {
                    const err204 = { instancePath: instancePath + "/staff/" + i8 + "/roles/" + i9, schemaPath: "#/properties/staff/items/properties/roles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err204];
                    } else {
                      vErrors.push(err204);
                    }
                    errors++;
                  }
                }
              } else {
                const err205 = { instancePath: instancePath + "/staff/" + i8 + "/roles", schemaPath: "#/properties/staff/items/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
          } else {
            const err206 = { instancePath: instancePath + "/staff/" + i8, schemaPath: "#/properties/staff/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err206];
            } else {
              vErrors.push(err206);
            }
            errors++;
          }
        }
      }
    }
    if (data.roles !== void 0) {
      let data95 = data.roles;
      if (!data95 || typeof data95 != "object") {
        const err207 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: schema312.properties.roles.type }, message: "must be array,object" };
        if (vErrors === null) {
          vErrors = [err207];
        } else {
          vErrors.push(err207);
        }
        errors++;
      }
      const _errs242 = errors;
      let valid60 = true;
      const _errs243 = errors;
      if (!(data95 && typeof data95 == "object" && !Array.isArray(data95))) {
        const err208 = {};
        if (vErrors === null) {
          vErrors = [err208];
        } else {
          vErrors.push(err208);
        }
        errors++;
      }
      var _valid5 = _errs243 === errors;
      errors = _errs242;
      if (vErrors !== null) {
        if (_errs242) {
          vErrors.length = _errs242;
        } else {
          vErrors = null;
        }
      }
      if (_valid5) {
        const _errs245 = errors;
        if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
          if (data95.from === void 0) {
            const err209 = { instancePath: instancePath + "/roles", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          }
          for (const key22 in data95) {
            if (!(key22 === "from" || key22 === "sheet" || key22 === "columns" || key22 === "format")) {
              const err210 = { instancePath: instancePath + "/roles", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err210];
              } else {
                vErrors.push(err210);
              }
              errors++;
            }
          }
          if (data95.from !== void 0) {
            let data96 = data95.from;
            if (typeof data96 === "string") {
              if (func22(data96) < 1) {
                const err211 = { instancePath: instancePath + "/roles/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
              if (!pattern6.test(data96)) {
                const err212 = { instancePath: instancePath + "/roles/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              }
            } else {
              const err213 = { instancePath: instancePath + "/roles/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err213];
              } else {
                vErrors.push(err213);
              }
              errors++;
            }
          }
          if (data95.sheet !== void 0) {
            let data97 = data95.sheet;
            if (typeof data97 === "string") {
              if (func22(data97) < 1) {
                const err214 = { instancePath: instancePath + "/roles/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err214];
                } else {
                  vErrors.push(err214);
                }
                errors++;
              }
            } else {
              const err215 = { instancePath: instancePath + "/roles/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err215];
              } else {
                vErrors.push(err215);
              }
              errors++;
            }
          }
          if (data95.columns !== void 0) {
            let data98 = data95.columns;
            if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
              for (const key23 in data98) {
                let data99 = data98[key23];
                if (typeof data99 !== "string" && data99 !== null) {
                  const err216 = { instancePath: instancePath + "/roles/columns/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                  if (vErrors === null) {
                    vErrors = [err216];
                  } else {
                    vErrors.push(err216);
                  }
                  errors++;
                }
              }
            } else {
              const err217 = { instancePath: instancePath + "/roles/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err217];
              } else {
                vErrors.push(err217);
              }
              errors++;
            }
          }
          if (data95.format !== void 0) {
            let data100 = data95.format;
            if (!(data100 === "rows" || data100 === "access-log")) {
              const err218 = { instancePath: instancePath + "/roles/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err218];
              } else {
                vErrors.push(err218);
              }
              errors++;
            }
          }
        } else {
          const err219 = { instancePath: instancePath + "/roles", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err219];
          } else {
            vErrors.push(err219);
          }
          errors++;
        }
        var _valid5 = _errs245 === errors;
        valid60 = _valid5;
      }
      if (!valid60) {
        const err220 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err220];
        } else {
          vErrors.push(err220);
        }
        errors++;
      }
      if (Array.isArray(data95)) {
        const len10 = data95.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data101 = data95[i10];
          if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
            if (data101.id === void 0) {
              const err221 = { instancePath: instancePath + "/roles/" + i10, schemaPath: "#/properties/roles/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err221];
              } else {
                vErrors.push(err221);
              }
              errors++;
            }
            if (data101.name === void 0) {
              const err222 = { instancePath: instancePath + "/roles/" + i10, schemaPath: "#/properties/roles/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err222];
              } else {
                vErrors.push(err222);
              }
              errors++;
            }
            for (const key24 in data101) {
              if (!(key24 === "id" || key24 === "name" || key24 === "system" || key24 === "permissions" || key24 === "grants" || key24 === "departments" || key24 === "mayDelegate")) {
                const err223 = { instancePath: instancePath + "/roles/" + i10, schemaPath: "#/properties/roles/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err223];
                } else {
                  vErrors.push(err223);
                }
                errors++;
              }
            }
            if (data101.id !== void 0) {
              let data102 = data101.id;
              if (typeof data102 === "string") {
                if (func22(data102) < 1) {
                  const err224 = { instancePath: instancePath + "/roles/" + i10 + "/id", schemaPath: "#/properties/roles/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err224];
                  } else {
                    vErrors.push(err224);
                  }
                  errors++;
                }
              } else {
                const err225 = { instancePath: instancePath + "/roles/" + i10 + "/id", schemaPath: "#/properties/roles/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err225];
                } else {
                  vErrors.push(err225);
                }
                errors++;
              }
            }
            if (data101.name !== void 0) {
              let data103 = data101.name;
              if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                if (data103.vi === void 0) {
                  const err226 = { instancePath: instancePath + "/roles/" + i10 + "/name", schemaPath: "#/properties/roles/items/properties/name/required", keyword: "required", params: { missingProperty: "vi" }, message: "must have required property 'vi'" };
                  if (vErrors === null) {
                    vErrors = [err226];
                  } else {
                    vErrors.push(err226);
                  }
                  errors++;
                }
                for (const key25 in data103) {
                  if (!(key25 === "vi" || key25 === "en")) {
                    const err227 = { instancePath: instancePath + "/roles/" + i10 + "/name", schemaPath: "#/properties/roles/items/properties/name/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err227];
                    } else {
                      vErrors.push(err227);
                    }
                    errors++;
                  }
                }
                if (data103.vi !== void 0) {
                  let data104 = data103.vi;
                  if (typeof data104 === "string") {
                    if (func22(data104) < 1) {
                      const err228 = { instancePath: instancePath + "/roles/" + i10 + "/name/vi", schemaPath: "#/properties/roles/items/properties/name/properties/vi/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err228];
                      } else {
                        vErrors.push(err228);
                      }
                      errors++;
                    }
                  } else {
                    const err229 = { instancePath: instancePath + "/roles/" + i10 + "/name/vi", schemaPath: "#/properties/roles/items/properties/name/properties/vi/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err229];
                    } else {
                      vErrors.push(err229);
                    }
                    errors++;
                  }
                }
                if (data103.en !== void 0) {
                  let data105 = data103.en;
                  if (typeof data105 === "string") {
                    if (func22(data105) < 1) {
                      const err230 = { instancePath: instancePath + "/roles/" + i10 + "/name/en", schemaPath: "#/properties/roles/items/properties/name/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err230];
                      } else {
                        vErrors.push(err230);
                      }
                      errors++;
                    }
                  } else {
                    const err231 = { instancePath: instancePath + "/roles/" + i10 + "/name/en", schemaPath: "#/properties/roles/items/properties/name/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err231];
                    } else {
                      vErrors.push(err231);
                    }
                    errors++;
                  }
                }
              } else {
                const err232 = { instancePath: instancePath + "/roles/" + i10 + "/name", schemaPath: "#/properties/roles/items/properties/name/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err232];
                } else {
                  vErrors.push(err232);
                }
                errors++;
              }
            }
            if (data101.system !== void 0) {
              let data106 = data101.system;
              if (typeof data106 === "string") {
                if (func22(data106) < 1) {
                  const err233 = { instancePath: instancePath + "/roles/" + i10 + "/system", schemaPath: "#/properties/roles/items/properties/system/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err233];
                  } else {
                    vErrors.push(err233);
                  }
                  errors++;
                }
              } else {
                const err234 = { instancePath: instancePath + "/roles/" + i10 + "/system", schemaPath: "#/properties/roles/items/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err234];
                } else {
                  vErrors.push(err234);
                }
                errors++;
              }
            }
            if (data101.permissions !== void 0) {
              let data107 = data101.permissions;
              if (Array.isArray(data107)) {
                const len11 = data107.length;
                for (let i11 = 0; i11 < len11; i11++) {
                  let data108 = data107[i11];
                  if (typeof data108 === "string") {
                    if (func22(data108) < 1) {
                      const err235 = { instancePath: instancePath + "/roles/" + i10 + "/permissions/" + i11, schemaPath: "#/properties/roles/items/properties/permissions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err235];
                      } else {
                        vErrors.push(err235);
                      }
                      errors++;
                    }
                  } else {
                    const err236 = { instancePath: instancePath + "/roles/" + i10 + "/permissions/" + i11, schemaPath: "#/properties/roles/items/properties/permissions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err236];
                    } else {
                      vErrors.push(err236);
                    }
                    errors++;
                  }
                }
              } else {
                const err237 = { instancePath: instancePath + "/roles/" + i10 + "/permissions", schemaPath: "#/properties/roles/items/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err237];
                } else {
                  vErrors.push(err237);
                }
                errors++;
              }
            }
            if (data101.grants !== void 0) {
              let data109 = data101.grants;
              if (Array.isArray(data109)) {
                const len12 = data109.length;
                for (let i12 = 0; i12 < len12; i12++) {
                  let data110 = data109[i12];
                  if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
                    if (data110.system === void 0) {
                      const err238 = { instancePath: instancePath + "/roles/" + i10 + "/grants/" + i12, schemaPath: "#/properties/roles/items/properties/grants/items/required", keyword: "required", params: { missingProperty: "system" }, message: "must have required property 'system'" };
                      if (vErrors === null) {
                        vErrors = [err238];
                      } else {
                        vErrors.push(err238);
                      }
                      errors++;
                    }
                    if (data110.permissions === void 0) {
                      const err239 = { instancePath: instancePath + "/roles/" + i10 + "/grants/" + i12, schemaPath: "#/properties/roles/items/properties/grants/items/required", keyword: "required", params: { missingProperty: "permissions" }, message: "must have required property 'permissions'" };
                      if (vErrors === null) {
                        vErrors = [err239];
                      } else {
                        vErrors.push(err239);
                      }
                      errors++;
                    }
                    for (const key26 in data110) {
                      if (!(key26 === "system" || key26 === "permissions")) {
                        const err240 = { instancePath: instancePath + "/roles/" + i10 + "/grants/" + i12, schemaPath: "#/properties/roles/items/properties/grants/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err240];
                        } else {
                          vErrors.push(err240);
                        }
                        errors++;
                      }
                    }
                    if (data110.system !== void 0) {
                      let data111 = data110.system;
                      if (typeof data111 === "string") {
                        if (func22(data111) < 1) {
                          const err241 = { instancePath: instancePath + "/roles/" + i10 + "/grants/" + i12 + "/system", schemaPath: "#/properties/roles/items/properties/grants/items/properties/system/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err241];
                          } else {
                            vErrors.push(err241);
                          }
                          errors++;
                        }
                      } else {
                        const err242 = { instancePath: instancePath + "/roles/" + i10 + "/grants/" + i12 + "/system", schemaPath: "#/properties/roles/items/properties/grants/items/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err242];
                        } else {
                          vErrors.push(err242);
                        }
                        errors++;
                      }
                    }
                    if (data110.permissions !== void 0) {
                      let data112 = data110.permissions;
                      if (Array.isArray(data112)) {
                        const len13 = data112.length;
                        for (let i13 = 0; i13 < len13; i13++) {
                          let data113 = data112[i13];
                          if (typeof data113 === "string") {
                            if (func22(data113) < 1) {
                              const err243 = { instancePath: instancePath + "/roles/" + i10 + "/grants/" + i12 + "/permissions/" + i13, schemaPath: "#/properties/roles/items/properties/grants/items/properties/permissions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                              if (vErrors === null) {
                                vErrors = [err243];
                              } else {
                                vErrors.push(err243);
                              }
                              errors++;
                            }
                          } else {
                            const err244 = { instancePath: instancePath + "/roles/" + i10 + "/grants/" + i12 + "/permissions/" + i13, schemaPath: "#/properties/roles/items/properties/grants/items/properties/permissions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err244];
                            } else {
                              vErrors.push(err244);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err245 = { instancePath: instancePath + "/roles/" + i10 + "/grants/" + i12 + "/permissions", schemaPath: "#/properties/roles/items/properties/grants/items/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err245];
                        } else {
                          vErrors.push(err245);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err246 = { instancePath: instancePath + "/roles/" + i10 + "/grants/" + i12, schemaPath: "#/properties/roles/items/properties/grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err246];
                    } else {
                      vErrors.push(err246);
                    }
                    errors++;
                  }
                }
              } else {
                const err247 = { instancePath: instancePath + "/roles/" + i10 + "/grants", schemaPath: "#/properties/roles/items/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err247];
                } else {
                  vErrors.push(err247);
                }
                errors++;
              }
            }
            if (data101.departments !== void 0) {
              let data114 = data101.departments;
              if (Array.isArray(data114)) {
                const len14 = data114.length;
                for (let i14 = 0; i14 < len14; i14++) {
                  let data115 = data114[i14];
                  if (typeof data115 === "string") {
                    if (func22(data115) < 1) {
                      const err248 = { instancePath: instancePath + "/roles/" + i10 + "/departments/" + i14, schemaPath: "#/properties/roles/items/properties/departments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err248];
                      } else {
                        vErrors.push(err248);
                      }
                      errors++;
                    }
                  } else {
                    const err249 = { instancePath: instancePath + "/roles/" + i10 + "/departments/" + i14, schemaPath: "#/properties/roles/items/properties/departments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err249];
                    } else {
                      vErrors.push(err249);
                    }
                    errors++;
                  }
                }
              } else {
                const err250 = { instancePath: instancePath + "/roles/" + i10 + "/departments", schemaPath: "#/properties/roles/items/properties/departments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err250];
                } else {
                  vErrors.push(err250);
                }
                errors++;
              }
            }
            if (data101.mayDelegate !== void 0) {
              if (typeof data101.mayDelegate !== "boolean") {
                const err251 = { instancePath: instancePath + "/roles/" + i10 + "/mayDelegate", schemaPath: "#/properties/roles/items/properties/mayDelegate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err251];
                } else {
                  vErrors.push(err251);
                }
                errors++;
              }
            }
            if (data101.permissions !== void 0) {
              if (data101.system === void 0) {
                const err252 = { instancePath: instancePath + "/roles/" + i10, schemaPath: "#/properties/roles/items/dependentRequired", keyword: "dependentRequired", params: {
                  property: "permissions",
                  missingProperty: "system",
                  depsCount: 1,
                  deps: "system"
                }, message: "must have property system when property permissions is present" };
                if (vErrors === null) {
                  vErrors = [err252];
                } else {
                  vErrors.push(err252);
                }
                errors++;
              }
            }
          } else {
            const err253 = { instancePath: instancePath + "/roles/" + i10, schemaPath: "#/properties/roles/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err253];
            } else {
              vErrors.push(err253);
            }
            errors++;
          }
        }
      }
    }
    if (data.trainings !== void 0) {
      let data117 = data.trainings;
      if (!data117 || typeof data117 != "object") {
        const err254 = { instancePath: instancePath + "/trainings", schemaPath: "#/properties/trainings/type", keyword: "type", params: { type: schema312.properties.trainings.type }, message: "must be array,object" };
        if (vErrors === null) {
          vErrors = [err254];
        } else {
          vErrors.push(err254);
        }
        errors++;
      }
      const _errs296 = errors;
      let valid77 = true;
      const _errs297 = errors;
      if (!(data117 && typeof data117 == "object" && !Array.isArray(data117))) {
        const err255 = {};
        if (vErrors === null) {
          vErrors = [err255];
        } else {
          vErrors.push(err255);
        }
        errors++;
      }
      var _valid6 = _errs297 === errors;
      errors = _errs296;
      if (vErrors !== null) {
        if (_errs296) {
          vErrors.length = _errs296;
        } else {
          vErrors = null;
        }
      }
      if (_valid6) {
        const _errs299 = errors;
        if (data117 && typeof data117 == "object" && !Array.isArray(data117)) {
          if (data117.from === void 0) {
            const err256 = { instancePath: instancePath + "/trainings", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
            if (vErrors === null) {
              vErrors = [err256];
            } else {
              vErrors.push(err256);
            }
            errors++;
          }
          for (const key27 in data117) {
            if (!(key27 === "from" || key27 === "sheet" || key27 === "columns" || key27 === "format")) {
              const err257 = { instancePath: instancePath + "/trainings", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err257];
              } else {
                vErrors.push(err257);
              }
              errors++;
            }
          }
          if (data117.from !== void 0) {
            let data118 = data117.from;
            if (typeof data118 === "string") {
              if (func22(data118) < 1) {
                const err258 = { instancePath: instancePath + "/trainings/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err258];
                } else {
                  vErrors.push(err258);
                }
                errors++;
              }
              if (!pattern6.test(data118)) {
                const err259 = { instancePath: instancePath + "/trainings/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                if (vErrors === null) {
                  vErrors = [err259];
                } else {
                  vErrors.push(err259);
                }
                errors++;
              }
            } else {
              const err260 = { instancePath: instancePath + "/trainings/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err260];
              } else {
                vErrors.push(err260);
              }
              errors++;
            }
          }
          if (data117.sheet !== void 0) {
            let data119 = data117.sheet;
            if (typeof data119 === "string") {
              if (func22(data119) < 1) {
                const err261 = { instancePath: instancePath + "/trainings/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err261];
                } else {
                  vErrors.push(err261);
                }
                errors++;
              }
            } else {
              const err262 = { instancePath: instancePath + "/trainings/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err262];
              } else {
                vErrors.push(err262);
              }
              errors++;
            }
          }
          if (data117.columns !== void 0) {
            let data120 = data117.columns;
            if (data120 && typeof data120 == "object" && !Array.isArray(data120)) {
              for (const key28 in data120) {
                let data121 = data120[key28];
                if (typeof data121 !== "string" && data121 !== null) {
                  const err263 = { instancePath: instancePath + "/trainings/columns/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                  if (vErrors === null) {
                    vErrors = [err263];
                  } else {
                    vErrors.push(err263);
                  }
                  errors++;
                }
              }
            } else {
              const err264 = { instancePath: instancePath + "/trainings/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err264];
              } else {
                vErrors.push(err264);
              }
              errors++;
            }
          }
          if (data117.format !== void 0) {
            let data122 = data117.format;
            if (!(data122 === "rows" || data122 === "access-log")) {
              const err265 = { instancePath: instancePath + "/trainings/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err265];
              } else {
                vErrors.push(err265);
              }
              errors++;
            }
          }
        } else {
          const err266 = { instancePath: instancePath + "/trainings", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err266];
          } else {
            vErrors.push(err266);
          }
          errors++;
        }
        var _valid6 = _errs299 === errors;
        valid77 = _valid6;
      }
      if (!valid77) {
        const err267 = { instancePath: instancePath + "/trainings", schemaPath: "#/properties/trainings/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err267];
        } else {
          vErrors.push(err267);
        }
        errors++;
      }
      if (Array.isArray(data117)) {
        const len15 = data117.length;
        for (let i15 = 0; i15 < len15; i15++) {
          let data123 = data117[i15];
          if (data123 && typeof data123 == "object" && !Array.isArray(data123)) {
            if (data123.staffId === void 0) {
              const err268 = { instancePath: instancePath + "/trainings/" + i15, schemaPath: "#/properties/trainings/items/required", keyword: "required", params: { missingProperty: "staffId" }, message: "must have required property 'staffId'" };
              if (vErrors === null) {
                vErrors = [err268];
              } else {
                vErrors.push(err268);
              }
              errors++;
            }
            if (data123.course === void 0) {
              const err269 = { instancePath: instancePath + "/trainings/" + i15, schemaPath: "#/properties/trainings/items/required", keyword: "required", params: { missingProperty: "course" }, message: "must have required property 'course'" };
              if (vErrors === null) {
                vErrors = [err269];
              } else {
                vErrors.push(err269);
              }
              errors++;
            }
            if (data123.completedOn === void 0) {
              const err270 = { instancePath: instancePath + "/trainings/" + i15, schemaPath: "#/properties/trainings/items/required", keyword: "required", params: { missingProperty: "completedOn" }, message: "must have required property 'completedOn'" };
              if (vErrors === null) {
                vErrors = [err270];
              } else {
                vErrors.push(err270);
              }
              errors++;
            }
            for (const key29 in data123) {
              if (!(key29 === "staffId" || key29 === "course" || key29 === "completedOn" || key29 === "topics")) {
                const err271 = { instancePath: instancePath + "/trainings/" + i15, schemaPath: "#/properties/trainings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err271];
                } else {
                  vErrors.push(err271);
                }
                errors++;
              }
            }
            if (data123.staffId !== void 0) {
              let data124 = data123.staffId;
              if (typeof data124 === "string") {
                if (func22(data124) < 1) {
                  const err272 = { instancePath: instancePath + "/trainings/" + i15 + "/staffId", schemaPath: "#/properties/trainings/items/properties/staffId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err272];
                  } else {
                    vErrors.push(err272);
                  }
                  errors++;
                }
              } else {
                const err273 = { instancePath: instancePath + "/trainings/" + i15 + "/staffId", schemaPath: "#/properties/trainings/items/properties/staffId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err273];
                } else {
                  vErrors.push(err273);
                }
                errors++;
              }
            }
            if (data123.course !== void 0) {
              let data125 = data123.course;
              if (typeof data125 === "string") {
                if (func22(data125) < 1) {
                  const err274 = { instancePath: instancePath + "/trainings/" + i15 + "/course", schemaPath: "#/properties/trainings/items/properties/course/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err274];
                  } else {
                    vErrors.push(err274);
                  }
                  errors++;
                }
              } else {
                const err275 = { instancePath: instancePath + "/trainings/" + i15 + "/course", schemaPath: "#/properties/trainings/items/properties/course/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err275];
                } else {
                  vErrors.push(err275);
                }
                errors++;
              }
            }
            if (data123.completedOn !== void 0) {
              let data126 = data123.completedOn;
              if (typeof data126 === "string") {
                if (!pattern8.test(data126)) {
                  const err276 = { instancePath: instancePath + "/trainings/" + i15 + "/completedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err276];
                  } else {
                    vErrors.push(err276);
                  }
                  errors++;
                }
                if (!formats0.validate(data126)) {
                  const err277 = { instancePath: instancePath + "/trainings/" + i15 + "/completedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err277];
                  } else {
                    vErrors.push(err277);
                  }
                  errors++;
                }
              } else {
                const err278 = { instancePath: instancePath + "/trainings/" + i15 + "/completedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err278];
                } else {
                  vErrors.push(err278);
                }
                errors++;
              }
            }
            if (data123.topics !== void 0) {
              let data127 = data123.topics;
              if (Array.isArray(data127)) {
                const len16 = data127.length;
                for (let i16 = 0; i16 < len16; i16++) {
                  let data128 = data127[i16];
                  if (!(data128 === "account_responsibility" || data128 === "password_rotation" || data128 === "access_review" || data128 === "patient_confidentiality" || data128 === "it_operations" || data128 === "data_transfer" || data128 === "incident_response" || data128 === "training")) {
                    const err279 = { instancePath: instancePath + "/trainings/" + i15 + "/topics/" + i16, schemaPath: "#/properties/trainings/items/properties/topics/items/enum", keyword: "enum", params: { allowedValues: schema312.properties.trainings.items.properties.topics.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err279];
                    } else {
                      vErrors.push(err279);
                    }
                    errors++;
                  }
                }
              } else {
                const err280 = { instancePath: instancePath + "/trainings/" + i15 + "/topics", schemaPath: "#/properties/trainings/items/properties/topics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err280];
                } else {
                  vErrors.push(err280);
                }
                errors++;
              }
            }
          } else {
            const err281 = { instancePath: instancePath + "/trainings/" + i15, schemaPath: "#/properties/trainings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err281];
            } else {
              vErrors.push(err281);
            }
            errors++;
          }
        }
      }
    }
    if (data.systems !== void 0) {
      let data129 = data.systems;
      if (!data129 || typeof data129 != "object") {
        const err282 = { instancePath: instancePath + "/systems", schemaPath: "#/properties/systems/type", keyword: "type", params: { type: schema312.properties.systems.type }, message: "must be array,object" };
        if (vErrors === null) {
          vErrors = [err282];
        } else {
          vErrors.push(err282);
        }
        errors++;
      }
      const _errs328 = errors;
      let valid87 = true;
      const _errs329 = errors;
      if (!(data129 && typeof data129 == "object" && !Array.isArray(data129))) {
        const err283 = {};
        if (vErrors === null) {
          vErrors = [err283];
        } else {
          vErrors.push(err283);
        }
        errors++;
      }
      var _valid7 = _errs329 === errors;
      errors = _errs328;
      if (vErrors !== null) {
        if (_errs328) {
          vErrors.length = _errs328;
        } else {
          vErrors = null;
        }
      }
      if (_valid7) {
        const _errs331 = errors;
        if (data129 && typeof data129 == "object" && !Array.isArray(data129)) {
          if (data129.from === void 0) {
            const err284 = { instancePath: instancePath + "/systems", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
            if (vErrors === null) {
              vErrors = [err284];
            } else {
              vErrors.push(err284);
            }
            errors++;
          }
          for (const key30 in data129) {
            if (!(key30 === "from" || key30 === "sheet" || key30 === "columns" || key30 === "format")) {
              const err285 = { instancePath: instancePath + "/systems", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err285];
              } else {
                vErrors.push(err285);
              }
              errors++;
            }
          }
          if (data129.from !== void 0) {
            let data130 = data129.from;
            if (typeof data130 === "string") {
              if (func22(data130) < 1) {
                const err286 = { instancePath: instancePath + "/systems/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err286];
                } else {
                  vErrors.push(err286);
                }
                errors++;
              }
              if (!pattern6.test(data130)) {
                const err287 = { instancePath: instancePath + "/systems/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                if (vErrors === null) {
                  vErrors = [err287];
                } else {
                  vErrors.push(err287);
                }
                errors++;
              }
            } else {
              const err288 = { instancePath: instancePath + "/systems/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err288];
              } else {
                vErrors.push(err288);
              }
              errors++;
            }
          }
          if (data129.sheet !== void 0) {
            let data131 = data129.sheet;
            if (typeof data131 === "string") {
              if (func22(data131) < 1) {
                const err289 = { instancePath: instancePath + "/systems/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err289];
                } else {
                  vErrors.push(err289);
                }
                errors++;
              }
            } else {
              const err290 = { instancePath: instancePath + "/systems/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err290];
              } else {
                vErrors.push(err290);
              }
              errors++;
            }
          }
          if (data129.columns !== void 0) {
            let data132 = data129.columns;
            if (data132 && typeof data132 == "object" && !Array.isArray(data132)) {
              for (const key31 in data132) {
                let data133 = data132[key31];
                if (typeof data133 !== "string" && data133 !== null) {
                  const err291 = { instancePath: instancePath + "/systems/columns/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                  if (vErrors === null) {
                    vErrors = [err291];
                  } else {
                    vErrors.push(err291);
                  }
                  errors++;
                }
              }
            } else {
              const err292 = { instancePath: instancePath + "/systems/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err292];
              } else {
                vErrors.push(err292);
              }
              errors++;
            }
          }
          if (data129.format !== void 0) {
            let data134 = data129.format;
            if (!(data134 === "rows" || data134 === "access-log")) {
              const err293 = { instancePath: instancePath + "/systems/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err293];
              } else {
                vErrors.push(err293);
              }
              errors++;
            }
          }
        } else {
          const err294 = { instancePath: instancePath + "/systems", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err294];
          } else {
            vErrors.push(err294);
          }
          errors++;
        }
        var _valid7 = _errs331 === errors;
        valid87 = _valid7;
      }
      if (!valid87) {
        const err295 = { instancePath: instancePath + "/systems", schemaPath: "#/properties/systems/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err295];
        } else {
          vErrors.push(err295);
        }
        errors++;
      }
      if (Array.isArray(data129)) {
        const len17 = data129.length;
        for (let i17 = 0; i17 < len17; i17++) {
          let data135 = data129[i17];
          if (data135 && typeof data135 == "object" && !Array.isArray(data135)) {
            if (data135.id === void 0) {
              const err296 = { instancePath: instancePath + "/systems/" + i17, schemaPath: "#/properties/systems/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err296];
              } else {
                vErrors.push(err296);
              }
              errors++;
            }
            if (data135.kind === void 0) {
              const err297 = { instancePath: instancePath + "/systems/" + i17, schemaPath: "#/properties/systems/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err297];
              } else {
                vErrors.push(err297);
              }
              errors++;
            }
            if (data135.name === void 0) {
              const err298 = { instancePath: instancePath + "/systems/" + i17, schemaPath: "#/properties/systems/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err298];
              } else {
                vErrors.push(err298);
              }
              errors++;
            }
            for (const key32 in data135) {
              if (!(key32 === "id" || key32 === "kind" || key32 === "name" || key32 === "vendor" || key32 === "holdsPatientData" || key32 === "holdsBhytData" || key32 === "controls")) {
                const err299 = { instancePath: instancePath + "/systems/" + i17, schemaPath: "#/properties/systems/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err299];
                } else {
                  vErrors.push(err299);
                }
                errors++;
              }
            }
            if (data135.id !== void 0) {
              let data136 = data135.id;
              if (typeof data136 === "string") {
                if (func22(data136) < 1) {
                  const err300 = { instancePath: instancePath + "/systems/" + i17 + "/id", schemaPath: "#/properties/systems/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err300];
                  } else {
                    vErrors.push(err300);
                  }
                  errors++;
                }
              } else {
                const err301 = { instancePath: instancePath + "/systems/" + i17 + "/id", schemaPath: "#/properties/systems/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err301];
                } else {
                  vErrors.push(err301);
                }
                errors++;
              }
            }
            if (data135.kind !== void 0) {
              let data137 = data135.kind;
              if (!(data137 === "bhxh_portal" || data137 === "his" || data137 === "emr" || data137 === "pharmacy" || data137 === "lis" || data137 === "pacs" || data137 === "other")) {
                const err302 = { instancePath: instancePath + "/systems/" + i17 + "/kind", schemaPath: "#/properties/systems/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema312.properties.systems.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err302];
                } else {
                  vErrors.push(err302);
                }
                errors++;
              }
            }
            if (data135.name !== void 0) {
              let data138 = data135.name;
              if (typeof data138 === "string") {
                if (func22(data138) < 1) {
                  const err303 = { instancePath: instancePath + "/systems/" + i17 + "/name", schemaPath: "#/properties/systems/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err303];
                  } else {
                    vErrors.push(err303);
                  }
                  errors++;
                }
              } else {
                const err304 = { instancePath: instancePath + "/systems/" + i17 + "/name", schemaPath: "#/properties/systems/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err304];
                } else {
                  vErrors.push(err304);
                }
                errors++;
              }
            }
            if (data135.vendor !== void 0) {
              if (typeof data135.vendor !== "string") {
                const err305 = { instancePath: instancePath + "/systems/" + i17 + "/vendor", schemaPath: "#/properties/systems/items/properties/vendor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err305];
                } else {
                  vErrors.push(err305);
                }
                errors++;
              }
            }
            if (data135.holdsPatientData !== void 0) {
              if (typeof data135.holdsPatientData !== "boolean") {
                const err306 = { instancePath: instancePath + "/systems/" + i17 + "/holdsPatientData", schemaPath: "#/properties/systems/items/properties/holdsPatientData/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err306];
                } else {
                  vErrors.push(err306);
                }
                errors++;
              }
            }
            if (data135.holdsBhytData !== void 0) {
              if (typeof data135.holdsBhytData !== "boolean") {
                const err307 = { instancePath: instancePath + "/systems/" + i17 + "/holdsBhytData", schemaPath: "#/properties/systems/items/properties/holdsBhytData/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err307];
                } else {
                  vErrors.push(err307);
                }
                errors++;
              }
            }
            if (data135.controls !== void 0) {
              let data142 = data135.controls;
              if (data142 && typeof data142 == "object" && !Array.isArray(data142)) {
                for (const key33 in data142) {
                  if (!(key33 === "rbac" || key33 === "auditLog" || key33 === "encryptionAtRest" || key33 === "mfa")) {
                    const err308 = { instancePath: instancePath + "/systems/" + i17 + "/controls", schemaPath: "#/properties/systems/items/properties/controls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err308];
                    } else {
                      vErrors.push(err308);
                    }
                    errors++;
                  }
                }
                if (data142.rbac !== void 0) {
                  if (typeof data142.rbac !== "boolean") {
                    const err309 = { instancePath: instancePath + "/systems/" + i17 + "/controls/rbac", schemaPath: "#/properties/systems/items/properties/controls/properties/rbac/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err309];
                    } else {
                      vErrors.push(err309);
                    }
                    errors++;
                  }
                }
                if (data142.auditLog !== void 0) {
                  if (typeof data142.auditLog !== "boolean") {
                    const err310 = { instancePath: instancePath + "/systems/" + i17 + "/controls/auditLog", schemaPath: "#/properties/systems/items/properties/controls/properties/auditLog/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err310];
                    } else {
                      vErrors.push(err310);
                    }
                    errors++;
                  }
                }
                if (data142.encryptionAtRest !== void 0) {
                  if (typeof data142.encryptionAtRest !== "boolean") {
                    const err311 = { instancePath: instancePath + "/systems/" + i17 + "/controls/encryptionAtRest", schemaPath: "#/properties/systems/items/properties/controls/properties/encryptionAtRest/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err311];
                    } else {
                      vErrors.push(err311);
                    }
                    errors++;
                  }
                }
                if (data142.mfa !== void 0) {
                  if (typeof data142.mfa !== "boolean") {
                    const err312 = { instancePath: instancePath + "/systems/" + i17 + "/controls/mfa", schemaPath: "#/properties/systems/items/properties/controls/properties/mfa/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err312];
                    } else {
                      vErrors.push(err312);
                    }
                    errors++;
                  }
                }
              } else {
                const err313 = { instancePath: instancePath + "/systems/" + i17 + "/controls", schemaPath: "#/properties/systems/items/properties/controls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err313];
                } else {
                  vErrors.push(err313);
                }
                errors++;
              }
            }
          } else {
            const err314 = { instancePath: instancePath + "/systems/" + i17, schemaPath: "#/properties/systems/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err314];
            } else {
              vErrors.push(err314);
            }
            errors++;
          }
        }
      }
    }
    if (data.accounts !== void 0) {
      let data147 = data.accounts;
      if (!data147 || typeof data147 != "object") {
        const err315 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/type", keyword: "type", params: { type: schema312.properties.accounts.type }, message: "must be array,object" };
        if (vErrors === null) {
          vErrors = [err315];
        } else {
          vErrors.push(err315);
        }
        errors++;
      }
      const _errs372 = errors;
      let valid95 = true;
      const _errs373 = errors;
      if (!(data147 && typeof data147 == "object" && !Array.isArray(data147))) {
        const err316 = {};
        if (vErrors === null) {
          vErrors = [err316];
        } else {
          vErrors.push(err316);
        }
        errors++;
      }
      var _valid8 = _errs373 === errors;
      errors = _errs372;
      if (vErrors !== null) {
        if (_errs372) {
          vErrors.length = _errs372;
        } else {
          vErrors = null;
        }
      }
      if (_valid8) {
        const _errs375 = errors;
        if (data147 && typeof data147 == "object" && !Array.isArray(data147)) {
          if (data147.from === void 0) {
            const err317 = { instancePath: instancePath + "/accounts", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
            if (vErrors === null) {
              vErrors = [err317];
            } else {
              vErrors.push(err317);
            }
            errors++;
          }
          for (const key34 in data147) {
            if (!(key34 === "from" || key34 === "sheet" || key34 === "columns" || key34 === "format")) {
              const err318 = { instancePath: instancePath + "/accounts", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err318];
              } else {
                vErrors.push(err318);
              }
              errors++;
            }
          }
          if (data147.from !== void 0) {
            let data148 = data147.from;
            if (typeof data148 === "string") {
              if (func22(data148) < 1) {
                const err319 = { instancePath: instancePath + "/accounts/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err319];
                } else {
                  vErrors.push(err319);
                }
                errors++;
              }
              if (!pattern6.test(data148)) {
                const err320 = { instancePath: instancePath + "/accounts/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                if (vErrors === null) {
                  vErrors = [err320];
                } else {
                  vErrors.push(err320);
                }
                errors++;
              }
            } else {
              const err321 = { instancePath: instancePath + "/accounts/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err321];
              } else {
                vErrors.push(err321);
              }
              errors++;
            }
          }
          if (data147.sheet !== void 0) {
            let data149 = data147.sheet;
            if (typeof data149 === "string") {
              if (func22(data149) < 1) {
                const err322 = { instancePath: instancePath + "/accounts/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err322];
                } else {
                  vErrors.push(err322);
                }
                errors++;
              }
            } else {
              const err323 = { instancePath: instancePath + "/accounts/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err323];
              } else {
                vErrors.push(err323);
              }
              errors++;
            }
          }
          if (data147.columns !== void 0) {
            let data150 = data147.columns;
            if (data150 && typeof data150 == "object" && !Array.isArray(data150)) {
              for (const key35 in data150) {
                let data151 = data150[key35];
                if (typeof data151 !== "string" && data151 !== null) {
                  const err324 = { instancePath: instancePath + "/accounts/columns/" + key35.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                  if (vErrors === null) {
                    vErrors = [err324];
                  } else {
                    vErrors.push(err324);
                  }
                  errors++;
                }
              }
            } else {
              const err325 = { instancePath: instancePath + "/accounts/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err325];
              } else {
                vErrors.push(err325);
              }
              errors++;
            }
          }
          if (data147.format !== void 0) {
            let data152 = data147.format;
            if (!(data152 === "rows" || data152 === "access-log")) {
              const err326 = { instancePath: instancePath + "/accounts/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err326];
              } else {
                vErrors.push(err326);
              }
              errors++;
            }
          }
        } else {
          const err327 = { instancePath: instancePath + "/accounts", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err327];
          } else {
            vErrors.push(err327);
          }
          errors++;
        }
        var _valid8 = _errs375 === errors;
        valid95 = _valid8;
      }
      if (!valid95) {
        const err328 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err328];
        } else {
          vErrors.push(err328);
        }
        errors++;
      }
      if (Array.isArray(data147)) {
        const len18 = data147.length;
        for (let i18 = 0; i18 < len18; i18++) {
          let data153 = data147[i18];
          if (data153 && typeof data153 == "object" && !Array.isArray(data153)) {
            if (data153.id === void 0) {
              const err329 = { instancePath: instancePath + "/accounts/" + i18, schemaPath: "#/properties/accounts/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err329];
              } else {
                vErrors.push(err329);
              }
              errors++;
            }
            if (data153.system === void 0) {
              const err330 = { instancePath: instancePath + "/accounts/" + i18, schemaPath: "#/properties/accounts/items/required", keyword: "required", params: { missingProperty: "system" }, message: "must have required property 'system'" };
              if (vErrors === null) {
                vErrors = [err330];
              } else {
                vErrors.push(err330);
              }
              errors++;
            }
            for (const key36 in data153) {
              if (!func12.call(schema312.properties.accounts.items.properties, key36)) {
                const err331 = { instancePath: instancePath + "/accounts/" + i18, schemaPath: "#/properties/accounts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err331];
                } else {
                  vErrors.push(err331);
                }
                errors++;
              }
            }
            if (data153.id !== void 0) {
              let data154 = data153.id;
              if (typeof data154 === "string") {
                if (func22(data154) < 1) {
                  const err332 = { instancePath: instancePath + "/accounts/" + i18 + "/id", schemaPath: "#/properties/accounts/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err332];
                  } else {
                    vErrors.push(err332);
                  }
                  errors++;
                }
              } else {
                const err333 = { instancePath: instancePath + "/accounts/" + i18 + "/id", schemaPath: "#/properties/accounts/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err333];
                } else {
                  vErrors.push(err333);
                }
                errors++;
              }
            }
            if (data153.system !== void 0) {
              let data155 = data153.system;
              if (typeof data155 === "string") {
                if (func22(data155) < 1) {
                  const err334 = { instancePath: instancePath + "/accounts/" + i18 + "/system", schemaPath: "#/properties/accounts/items/properties/system/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err334];
                  } else {
                    vErrors.push(err334);
                  }
                  errors++;
                }
              } else {
                const err335 = { instancePath: instancePath + "/accounts/" + i18 + "/system", schemaPath: "#/properties/accounts/items/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err335];
                } else {
                  vErrors.push(err335);
                }
                errors++;
              }
            }
            if (data153.username !== void 0) {
              if (typeof data153.username !== "string") {
                const err336 = { instancePath: instancePath + "/accounts/" + i18 + "/username", schemaPath: "#/properties/accounts/items/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err336];
                } else {
                  vErrors.push(err336);
                }
                errors++;
              }
            }
            if (data153.holder !== void 0) {
              if (typeof data153.holder !== "string") {
                const err337 = { instancePath: instancePath + "/accounts/" + i18 + "/holder", schemaPath: "#/properties/accounts/items/properties/holder/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err337];
                } else {
                  vErrors.push(err337);
                }
                errors++;
              }
            }
            if (data153.assignment !== void 0) {
              let data158 = data153.assignment;
              if (data158 && typeof data158 == "object" && !Array.isArray(data158)) {
                if (data158.decision === void 0) {
                  const err338 = { instancePath: instancePath + "/accounts/" + i18 + "/assignment", schemaPath: "#/properties/accounts/items/properties/assignment/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'" };
                  if (vErrors === null) {
                    vErrors = [err338];
                  } else {
                    vErrors.push(err338);
                  }
                  errors++;
                }
                if (data158.decidedOn === void 0) {
                  const err339 = { instancePath: instancePath + "/accounts/" + i18 + "/assignment", schemaPath: "#/properties/accounts/items/properties/assignment/required", keyword: "required", params: { missingProperty: "decidedOn" }, message: "must have required property 'decidedOn'" };
                  if (vErrors === null) {
                    vErrors = [err339];
                  } else {
                    vErrors.push(err339);
                  }
                  errors++;
                }
                for (const key37 in data158) {
                  if (!(key37 === "decision" || key37 === "decidedOn" || key37 === "by" || key37 === "acknowledgedOn")) {
                    const err340 = { instancePath: instancePath + "/accounts/" + i18 + "/assignment", schemaPath: "#/properties/accounts/items/properties/assignment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err340];
                    } else {
                      vErrors.push(err340);
                    }
                    errors++;
                  }
                }
                if (data158.decision !== void 0) {
                  let data159 = data158.decision;
                  if (typeof data159 === "string") {
                    if (func22(data159) < 1) {
                      const err341 = { instancePath: instancePath + "/accounts/" + i18 + "/assignment/decision", schemaPath: "#/properties/accounts/items/properties/assignment/properties/decision/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err341];
                      } else {
                        vErrors.push(err341);
                      }
                      errors++;
                    }
                  } else {
                    const err342 = { instancePath: instancePath + "/accounts/" + i18 + "/assignment/decision", schemaPath: "#/properties/accounts/items/properties/assignment/properties/decision/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err342];
                    } else {
                      vErrors.push(err342);
                    }
                    errors++;
                  }
                }
                if (data158.decidedOn !== void 0) {
                  let data160 = data158.decidedOn;
                  if (typeof data160 === "string") {
                    if (!pattern8.test(data160)) {
                      const err343 = { instancePath: instancePath + "/accounts/" + i18 + "/assignment/decidedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err343];
                      } else {
                        vErrors.push(err343);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data160)) {
                      const err344 = { instancePath: instancePath + "/accounts/" + i18 + "/assignment/decidedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err344];
                      } else {
                        vErrors.push(err344);
                      }
                      errors++;
                    }
                  } else {
                    const err345 = { instancePath: instancePath + "/accounts/" + i18 + "/assignment/decidedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err345];
                    } else {
                      vErrors.push(err345);
                    }
                    errors++;
                  }
                }
                if (data158.by !== void 0) {
                  if (typeof data158.by !== "string") {
                    const err346 = { instancePath: instancePath + "/accounts/" + i18 + "/assignment/by", schemaPath: "#/properties/accounts/items/properties/assignment/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err346];
                    } else {
                      vErrors.push(err346);
                    }
                    errors++;
                  }
                }
                if (data158.acknowledgedOn !== void 0) {
                  let data162 = data158.acknowledgedOn;
                  if (typeof data162 === "string") {
                    if (!pattern8.test(data162)) {
                      const err347 = { instancePath: instancePath + "/accounts/" + i18 + "/assignment/acknowledgedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err347];
                      } else {
                        vErrors.push(err347);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data162)) {
                      const err348 = { instancePath: instancePath + "/accounts/" + i18 + "/assignment/acknowledgedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err348];
                      } else {
                        vErrors.push(err348);
                      }
                      errors++;
                    }
                  } else {
                    const err349 = { instancePath: instancePath + "/accounts/" + i18 + "/assignment/acknowledgedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err349];
                    } else {
                      vErrors.push(err349);
                    }
                    errors++;
                  }
                }
              } else {
                const err350 = { instancePath: instancePath + "/accounts/" + i18 + "/assignment", schemaPath: "#/properties/accounts/items/properties/assignment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err350];
                } else {
                  vErrors.push(err350);
                }
                errors++;
              }
            }
            if (data153.permissions !== void 0) {
              let data163 = data153.permissions;
              if (Array.isArray(data163)) {
                const len19 = data163.length;
                for (let i19 = 0; i19 < len19; i19++) {
                  if (typeof data163[i19] !== "string") {
                    const err351 = { instancePath: instancePath + "/accounts/" + i18 + "/permissions/" + i19, schemaPath: "#/properties/accounts/items/properties/permissions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err351];
                    } else {
                      vErrors.push(err351);
                    }
                    errors++;
                  }
                }
              } else {
                const err352 = { instancePath: instancePath + "/accounts/" + i18 + "/permissions", schemaPath: "#/properties/accounts/items/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err352];
                } else {
                  vErrors.push(err352);
                }
                errors++;
              }
            }
            if (data153.status !== void 0) {
              let data165 = data153.status;
              if (!(data165 === "active" || data165 === "disabled")) {
                const err353 = { instancePath: instancePath + "/accounts/" + i18 + "/status", schemaPath: "#/properties/accounts/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema312.properties.accounts.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err353];
                } else {
                  vErrors.push(err353);
                }
                errors++;
              }
            }
            if (data153.passwordChangedOn !== void 0) {
              let data166 = data153.passwordChangedOn;
              if (typeof data166 === "string") {
                if (!pattern8.test(data166)) {
                  const err354 = { instancePath: instancePath + "/accounts/" + i18 + "/passwordChangedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err354];
                  } else {
                    vErrors.push(err354);
                  }
                  errors++;
                }
                if (!formats0.validate(data166)) {
                  const err355 = { instancePath: instancePath + "/accounts/" + i18 + "/passwordChangedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err355];
                  } else {
                    vErrors.push(err355);
                  }
                  errors++;
                }
              } else {
                const err356 = { instancePath: instancePath + "/accounts/" + i18 + "/passwordChangedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err356];
                } else {
                  vErrors.push(err356);
                }
                errors++;
              }
            }
            if (data153.holderHistory !== void 0) {
              let data167 = data153.holderHistory;
              if (Array.isArray(data167)) {
                const len20 = data167.length;
                for (let i20 = 0; i20 < len20; i20++) {
                  let data168 = data167[i20];
                  if (data168 && typeof data168 == "object" && !Array.isArray(data168)) {
                    if (data168.holder === void 0) {
                      const err357 = { instancePath: instancePath + "/accounts/" + i18 + "/holderHistory/" + i20, schemaPath: "#/properties/accounts/items/properties/holderHistory/items/required", keyword: "required", params: { missingProperty: "holder" }, message: "must have required property 'holder'" };
                      if (vErrors === null) {
                        vErrors = [err357];
                      } else {
                        vErrors.push(err357);
                      }
                      errors++;
                    }
                    if (data168.from === void 0) {
                      const err358 = { instancePath: instancePath + "/accounts/" + i18 + "/holderHistory/" + i20, schemaPath: "#/properties/accounts/items/properties/holderHistory/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
                      if (vErrors === null) {
                        vErrors = [err358];
                      } else {
                        vErrors.push(err358);
                      }
                      errors++;
                    }
                    for (const key38 in data168) {
                      if (!(key38 === "holder" || key38 === "from" || key38 === "to")) {
                        const err359 = { instancePath: instancePath + "/accounts/" + i18 + "/holderHistory/" + i20, schemaPath: "#/properties/accounts/items/properties/holderHistory/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err359];
                        } else {
                          vErrors.push(err359);
                        }
                        errors++;
                      }
                    }
                    if (data168.holder !== void 0) {
                      let data169 = data168.holder;
                      if (typeof data169 === "string") {
                        if (func22(data169) < 1) {
                          const err360 = { instancePath: instancePath + "/accounts/" + i18 + "/holderHistory/" + i20 + "/holder", schemaPath: "#/properties/accounts/items/properties/holderHistory/items/properties/holder/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err360];
                          } else {
                            vErrors.push(err360);
                          }
                          errors++;
                        }
                      } else {
                        const err361 = { instancePath: instancePath + "/accounts/" + i18 + "/holderHistory/" + i20 + "/holder", schemaPath: "#/properties/accounts/items/properties/holderHistory/items/properties/holder/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err361];
                        } else {
                          vErrors.push(err361);
                        }
                        errors++;
                      }
                    }
                    if (data168.from !== void 0) {
                      let data170 = data168.from;
                      if (typeof data170 === "string") {
                        if (!pattern8.test(data170)) {
                          const err362 = { instancePath: instancePath + "/accounts/" + i18 + "/holderHistory/" + i20 + "/from", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                          if (vErrors === null) {
                            vErrors = [err362];
                          } else {
                            vErrors.push(err362);
                          }
                          errors++;
                        }
                        if (!formats0.validate(data170)) {
                          const err363 = { instancePath: instancePath + "/accounts/" + i18 + "/holderHistory/" + i20 + "/from", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                          if (vErrors === null) {
                            vErrors = [err363];
                          } else {
                            vErrors.push(err363);
                          }
                          errors++;
                        }
                      } else {
                        const err364 = { instancePath: instancePath + "/accounts/" + i18 + "/holderHistory/" + i20 + "/from", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err364];
                        } else {
                          vErrors.push(err364);
                        }
                        errors++;
                      }
                    }
                    if (data168.to !== void 0) {
                      let data171 = data168.to;
                      if (typeof data171 === "string") {
                        if (!pattern8.test(data171)) {
                          const err365 = { instancePath: instancePath + "/accounts/" + i18 + "/holderHistory/" + i20 + "/to", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                          if (vErrors === null) {
                            vErrors = [err365];
                          } else {
                            vErrors.push(err365);
                          }
                          errors++;
                        }
                        if (!formats0.validate(data171)) {
                          const err366 = { instancePath: instancePath + "/accounts/" + i18 + "/holderHistory/" + i20 + "/to", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                          if (vErrors === null) {
                            vErrors = [err366];
                          } else {
                            vErrors.push(err366);
                          }
                          errors++;
                        }
                      } else {
                        const err367 = { instancePath: instancePath + "/accounts/" + i18 + "/holderHistory/" + i20 + "/to", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err367];
                        } else {
                          vErrors.push(err367);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err368 = { instancePath: instancePath + "/accounts/" + i18 + "/holderHistory/" + i20, schemaPath: "#/properties/accounts/items/properties/holderHistory/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err368];
                    } else {
                      vErrors.push(err368);
                    }
                    errors++;
                  }
                }
              } else {
                const err369 = { instancePath: instancePath + "/accounts/" + i18 + "/holderHistory", schemaPath: "#/properties/accounts/items/properties/holderHistory/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err369];
                } else {
                  vErrors.push(err369);
                }
                errors++;
              }
            }
            if (data153.privilegeApproval !== void 0) {
              let data172 = data153.privilegeApproval;
              if (data172 && typeof data172 == "object" && !Array.isArray(data172)) {
                if (data172.approvedOn === void 0) {
                  const err370 = { instancePath: instancePath + "/accounts/" + i18 + "/privilegeApproval", schemaPath: "#/properties/accounts/items/properties/privilegeApproval/required", keyword: "required", params: { missingProperty: "approvedOn" }, message: "must have required property 'approvedOn'" };
                  if (vErrors === null) {
                    vErrors = [err370];
                  } else {
                    vErrors.push(err370);
                  }
                  errors++;
                }
                if (data172.by === void 0) {
                  const err371 = { instancePath: instancePath + "/accounts/" + i18 + "/privilegeApproval", schemaPath: "#/properties/accounts/items/properties/privilegeApproval/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'" };
                  if (vErrors === null) {
                    vErrors = [err371];
                  } else {
                    vErrors.push(err371);
                  }
                  errors++;
                }
                for (const key39 in data172) {
                  if (!(key39 === "decision" || key39 === "approvedOn" || key39 === "by")) {
                    const err372 = { instancePath: instancePath + "/accounts/" + i18 + "/privilegeApproval", schemaPath: "#/properties/accounts/items/properties/privilegeApproval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err372];
                    } else {
                      vErrors.push(err372);
                    }
                    errors++;
                  }
                }
                if (data172.decision !== void 0) {
                  let data173 = data172.decision;
                  if (typeof data173 === "string") {
                    if (func22(data173) < 1) {
                      const err373 = { instancePath: instancePath + "/accounts/" + i18 + "/privilegeApproval/decision", schemaPath: "#/properties/accounts/items/properties/privilegeApproval/properties/decision/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err373];
                      } else {
                        vErrors.push(err373);
                      }
                      errors++;
                    }
                  } else {
                    const err374 = { instancePath: instancePath + "/accounts/" + i18 + "/privilegeApproval/decision", schemaPath: "#/properties/accounts/items/properties/privilegeApproval/properties/decision/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err374];
                    } else {
                      vErrors.push(err374);
                    }
                    errors++;
                  }
                }
                if (data172.approvedOn !== void 0) {
                  let data174 = data172.approvedOn;
                  if (typeof data174 === "string") {
                    if (!pattern8.test(data174)) {
                      const err375 = { instancePath: instancePath + "/accounts/" + i18 + "/privilegeApproval/approvedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err375];
                      } else {
                        vErrors.push(err375);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data174)) {
                      const err376 = { instancePath: instancePath + "/accounts/" + i18 + "/privilegeApproval/approvedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err376];
                      } else {
                        vErrors.push(err376);
                      }
                      errors++;
                    }
                  } else {
                    const err377 = { instancePath: instancePath + "/accounts/" + i18 + "/privilegeApproval/approvedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err377];
                    } else {
                      vErrors.push(err377);
                    }
                    errors++;
                  }
                }
                if (data172.by !== void 0) {
                  let data175 = data172.by;
                  if (typeof data175 === "string") {
                    if (func22(data175) < 1) {
                      const err378 = { instancePath: instancePath + "/accounts/" + i18 + "/privilegeApproval/by", schemaPath: "#/properties/accounts/items/properties/privilegeApproval/properties/by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err378];
                      } else {
                        vErrors.push(err378);
                      }
                      errors++;
                    }
                  } else {
                    const err379 = { instancePath: instancePath + "/accounts/" + i18 + "/privilegeApproval/by", schemaPath: "#/properties/accounts/items/properties/privilegeApproval/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err379];
                    } else {
                      vErrors.push(err379);
                    }
                    errors++;
                  }
                }
              } else {
                const err380 = { instancePath: instancePath + "/accounts/" + i18 + "/privilegeApproval", schemaPath: "#/properties/accounts/items/properties/privilegeApproval/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err380];
                } else {
                  vErrors.push(err380);
                }
                errors++;
              }
            }
          } else {
            const err381 = { instancePath: instancePath + "/accounts/" + i18, schemaPath: "#/properties/accounts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err381];
            } else {
              vErrors.push(err381);
            }
            errors++;
          }
        }
      }
    }
    if (data.accessReviews !== void 0) {
      let data176 = data.accessReviews;
      if (!data176 || typeof data176 != "object") {
        const err382 = { instancePath: instancePath + "/accessReviews", schemaPath: "#/properties/accessReviews/type", keyword: "type", params: { type: schema312.properties.accessReviews.type }, message: "must be array,object" };
        if (vErrors === null) {
          vErrors = [err382];
        } else {
          vErrors.push(err382);
        }
        errors++;
      }
      const _errs446 = errors;
      let valid115 = true;
      const _errs447 = errors;
      if (!(data176 && typeof data176 == "object" && !Array.isArray(data176))) {
        const err383 = {};
        if (vErrors === null) {
          vErrors = [err383];
        } else {
          vErrors.push(err383);
        }
        errors++;
      }
      var _valid9 = _errs447 === errors;
      errors = _errs446;
      if (vErrors !== null) {
        if (_errs446) {
          vErrors.length = _errs446;
        } else {
          vErrors = null;
        }
      }
      if (_valid9) {
        const _errs449 = errors;
        if (data176 && typeof data176 == "object" && !Array.isArray(data176)) {
          if (data176.from === void 0) {
            const err384 = { instancePath: instancePath + "/accessReviews", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
            if (vErrors === null) {
              vErrors = [err384];
            } else {
              vErrors.push(err384);
            }
            errors++;
          }
          for (const key40 in data176) {
            if (!(key40 === "from" || key40 === "sheet" || key40 === "columns" || key40 === "format")) {
              const err385 = { instancePath: instancePath + "/accessReviews", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err385];
              } else {
                vErrors.push(err385);
              }
              errors++;
            }
          }
          if (data176.from !== void 0) {
            let data177 = data176.from;
            if (typeof data177 === "string") {
              if (func22(data177) < 1) {
                const err386 = { instancePath: instancePath + "/accessReviews/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err386];
                } else {
                  vErrors.push(err386);
                }
                errors++;
              }
              if (!pattern6.test(data177)) {
                const err387 = { instancePath: instancePath + "/accessReviews/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                if (vErrors === null) {
                  vErrors = [err387];
                } else {
                  vErrors.push(err387);
                }
                errors++;
              }
            } else {
              const err388 = { instancePath: instancePath + "/accessReviews/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err388];
              } else {
                vErrors.push(err388);
              }
              errors++;
            }
          }
          if (data176.sheet !== void 0) {
            let data178 = data176.sheet;
            if (typeof data178 === "string") {
              if (func22(data178) < 1) {
                const err389 = { instancePath: instancePath + "/accessReviews/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err389];
                } else {
                  vErrors.push(err389);
                }
                errors++;
              }
            } else {
              const err390 = { instancePath: instancePath + "/accessReviews/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err390];
              } else {
                vErrors.push(err390);
              }
              errors++;
            }
          }
          if (data176.columns !== void 0) {
            let data179 = data176.columns;
            if (data179 && typeof data179 == "object" && !Array.isArray(data179)) {
              for (const key41 in data179) {
                let data180 = data179[key41];
                if (typeof data180 !== "string" && data180 !== null) {
                  const err391 = { instancePath: instancePath + "/accessReviews/columns/" + key41.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                  if (vErrors === null) {
                    vErrors = [err391];
                  } else {
                    vErrors.push(err391);
                  }
                  errors++;
                }
              }
            } else {
              const err392 = { instancePath: instancePath + "/accessReviews/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err392];
              } else {
                vErrors.push(err392);
              }
              errors++;
            }
          }
          if (data176.format !== void 0) {
            let data181 = data176.format;
            if (!(data181 === "rows" || data181 === "access-log")) {
              const err393 = { instancePath: instancePath + "/accessReviews/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err393];
              } else {
                vErrors.push(err393);
              }
              errors++;
            }
          }
        } else {
          const err394 = { instancePath: instancePath + "/accessReviews", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err394];
          } else {
            vErrors.push(err394);
          }
          errors++;
        }
        var _valid9 = _errs449 === errors;
        valid115 = _valid9;
      }
      if (!valid115) {
        const err395 = { instancePath: instancePath + "/accessReviews", schemaPath: "#/properties/accessReviews/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err395];
        } else {
          vErrors.push(err395);
        }
        errors++;
      }
      if (Array.isArray(data176)) {
        const len21 = data176.length;
        for (let i21 = 0; i21 < len21; i21++) {
          let data182 = data176[i21];
          if (data182 && typeof data182 == "object" && !Array.isArray(data182)) {
            if (data182.period === void 0) {
              const err396 = { instancePath: instancePath + "/accessReviews/" + i21, schemaPath: "#/properties/accessReviews/items/required", keyword: "required", params: { missingProperty: "period" }, message: "must have required property 'period'" };
              if (vErrors === null) {
                vErrors = [err396];
              } else {
                vErrors.push(err396);
              }
              errors++;
            }
            if (data182.reviewedOn === void 0) {
              const err397 = { instancePath: instancePath + "/accessReviews/" + i21, schemaPath: "#/properties/accessReviews/items/required", keyword: "required", params: { missingProperty: "reviewedOn" }, message: "must have required property 'reviewedOn'" };
              if (vErrors === null) {
                vErrors = [err397];
              } else {
                vErrors.push(err397);
              }
              errors++;
            }
            if (data182.outcome === void 0) {
              const err398 = { instancePath: instancePath + "/accessReviews/" + i21, schemaPath: "#/properties/accessReviews/items/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'" };
              if (vErrors === null) {
                vErrors = [err398];
              } else {
                vErrors.push(err398);
              }
              errors++;
            }
            for (const key42 in data182) {
              if (!(key42 === "period" || key42 === "reviewedOn" || key42 === "reviewer" || key42 === "outcome" || key42 === "actions")) {
                const err399 = { instancePath: instancePath + "/accessReviews/" + i21, schemaPath: "#/properties/accessReviews/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err399];
                } else {
                  vErrors.push(err399);
                }
                errors++;
              }
            }
            if (data182.period !== void 0) {
              let data183 = data182.period;
              if (typeof data183 === "string") {
                if (!pattern31.test(data183)) {
                  const err400 = { instancePath: instancePath + "/accessReviews/" + i21 + "/period", schemaPath: "#/properties/accessReviews/items/properties/period/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])$"' };
                  if (vErrors === null) {
                    vErrors = [err400];
                  } else {
                    vErrors.push(err400);
                  }
                  errors++;
                }
              } else {
                const err401 = { instancePath: instancePath + "/accessReviews/" + i21 + "/period", schemaPath: "#/properties/accessReviews/items/properties/period/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err401];
                } else {
                  vErrors.push(err401);
                }
                errors++;
              }
            }
            if (data182.reviewedOn !== void 0) {
              let data184 = data182.reviewedOn;
              if (typeof data184 === "string") {
                if (!pattern8.test(data184)) {
                  const err402 = { instancePath: instancePath + "/accessReviews/" + i21 + "/reviewedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err402];
                  } else {
                    vErrors.push(err402);
                  }
                  errors++;
                }
                if (!formats0.validate(data184)) {
                  const err403 = { instancePath: instancePath + "/accessReviews/" + i21 + "/reviewedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err403];
                  } else {
                    vErrors.push(err403);
                  }
                  errors++;
                }
              } else {
                const err404 = { instancePath: instancePath + "/accessReviews/" + i21 + "/reviewedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err404];
                } else {
                  vErrors.push(err404);
                }
                errors++;
              }
            }
            if (data182.reviewer !== void 0) {
              if (typeof data182.reviewer !== "string") {
                const err405 = { instancePath: instancePath + "/accessReviews/" + i21 + "/reviewer", schemaPath: "#/properties/accessReviews/items/properties/reviewer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err405];
                } else {
                  vErrors.push(err405);
                }
                errors++;
              }
            }
            if (data182.outcome !== void 0) {
              let data186 = data182.outcome;
              if (!(data186 === "normal" || data186 === "anomalies_found")) {
                const err406 = { instancePath: instancePath + "/accessReviews/" + i21 + "/outcome", schemaPath: "#/properties/accessReviews/items/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema312.properties.accessReviews.items.properties.outcome.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err406];
                } else {
                  vErrors.push(err406);
                }
                errors++;
              }
            }
            if (data182.actions !== void 0) {
              if (typeof data182.actions !== "string") {
                const err407 = { instancePath: instancePath + "/accessReviews/" + i21 + "/actions", schemaPath: "#/properties/accessReviews/items/properties/actions/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err407];
                } else {
                  vErrors.push(err407);
                }
                errors++;
              }
            }
          } else {
            const err408 = { instancePath: instancePath + "/accessReviews/" + i21, schemaPath: "#/properties/accessReviews/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err408];
            } else {
              vErrors.push(err408);
            }
            errors++;
          }
        }
      }
    }
    if (data.accessStats !== void 0) {
      let data188 = data.accessStats;
      if (!data188 || typeof data188 != "object") {
        const err409 = { instancePath: instancePath + "/accessStats", schemaPath: "#/properties/accessStats/type", keyword: "type", params: { type: schema312.properties.accessStats.type }, message: "must be array,object" };
        if (vErrors === null) {
          vErrors = [err409];
        } else {
          vErrors.push(err409);
        }
        errors++;
      }
      const _errs478 = errors;
      let valid123 = true;
      const _errs479 = errors;
      if (!(data188 && typeof data188 == "object" && !Array.isArray(data188))) {
        const err410 = {};
        if (vErrors === null) {
          vErrors = [err410];
        } else {
          vErrors.push(err410);
        }
        errors++;
      }
      var _valid10 = _errs479 === errors;
      errors = _errs478;
      if (vErrors !== null) {
        if (_errs478) {
          vErrors.length = _errs478;
        } else {
          vErrors = null;
        }
      }
      if (_valid10) {
        const _errs481 = errors;
        if (data188 && typeof data188 == "object" && !Array.isArray(data188)) {
          if (data188.from === void 0) {
            const err411 = { instancePath: instancePath + "/accessStats", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
            if (vErrors === null) {
              vErrors = [err411];
            } else {
              vErrors.push(err411);
            }
            errors++;
          }
          for (const key43 in data188) {
            if (!(key43 === "from" || key43 === "sheet" || key43 === "columns" || key43 === "format")) {
              const err412 = { instancePath: instancePath + "/accessStats", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err412];
              } else {
                vErrors.push(err412);
              }
              errors++;
            }
          }
          if (data188.from !== void 0) {
            let data189 = data188.from;
            if (typeof data189 === "string") {
              if (func22(data189) < 1) {
                const err413 = { instancePath: instancePath + "/accessStats/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err413];
                } else {
                  vErrors.push(err413);
                }
                errors++;
              }
              if (!pattern6.test(data189)) {
                const err414 = { instancePath: instancePath + "/accessStats/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                if (vErrors === null) {
                  vErrors = [err414];
                } else {
                  vErrors.push(err414);
                }
                errors++;
              }
            } else {
              const err415 = { instancePath: instancePath + "/accessStats/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err415];
              } else {
                vErrors.push(err415);
              }
              errors++;
            }
          }
          if (data188.sheet !== void 0) {
            let data190 = data188.sheet;
            if (typeof data190 === "string") {
              if (func22(data190) < 1) {
                const err416 = { instancePath: instancePath + "/accessStats/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err416];
                } else {
                  vErrors.push(err416);
                }
                errors++;
              }
            } else {
              const err417 = { instancePath: instancePath + "/accessStats/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err417];
              } else {
                vErrors.push(err417);
              }
              errors++;
            }
          }
          if (data188.columns !== void 0) {
            let data191 = data188.columns;
            if (data191 && typeof data191 == "object" && !Array.isArray(data191)) {
              for (const key44 in data191) {
                let data192 = data191[key44];
                if (typeof data192 !== "string" && data192 !== null) {
                  const err418 = { instancePath: instancePath + "/accessStats/columns/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                  if (vErrors === null) {
                    vErrors = [err418];
                  } else {
                    vErrors.push(err418);
                  }
                  errors++;
                }
              }
            } else {
              const err419 = { instancePath: instancePath + "/accessStats/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err419];
              } else {
                vErrors.push(err419);
              }
              errors++;
            }
          }
          if (data188.format !== void 0) {
            let data193 = data188.format;
            if (!(data193 === "rows" || data193 === "access-log")) {
              const err420 = { instancePath: instancePath + "/accessStats/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err420];
              } else {
                vErrors.push(err420);
              }
              errors++;
            }
          }
        } else {
          const err421 = { instancePath: instancePath + "/accessStats", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err421];
          } else {
            vErrors.push(err421);
          }
          errors++;
        }
        var _valid10 = _errs481 === errors;
        valid123 = _valid10;
      }
      if (!valid123) {
        const err422 = { instancePath: instancePath + "/accessStats", schemaPath: "#/properties/accessStats/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err422];
        } else {
          vErrors.push(err422);
        }
        errors++;
      }
      if (Array.isArray(data188)) {
        const len22 = data188.length;
        for (let i22 = 0; i22 < len22; i22++) {
          let data194 = data188[i22];
          if (data194 && typeof data194 == "object" && !Array.isArray(data194)) {
            if (data194.date === void 0) {
              const err423 = { instancePath: instancePath + "/accessStats/" + i22, schemaPath: "#/properties/accessStats/items/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'" };
              if (vErrors === null) {
                vErrors = [err423];
              } else {
                vErrors.push(err423);
              }
              errors++;
            }
            if (data194.account === void 0) {
              const err424 = { instancePath: instancePath + "/accessStats/" + i22, schemaPath: "#/properties/accessStats/items/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'" };
              if (vErrors === null) {
                vErrors = [err424];
              } else {
                vErrors.push(err424);
              }
              errors++;
            }
            if (data194.requests === void 0) {
              const err425 = { instancePath: instancePath + "/accessStats/" + i22, schemaPath: "#/properties/accessStats/items/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'" };
              if (vErrors === null) {
                vErrors = [err425];
              } else {
                vErrors.push(err425);
              }
              errors++;
            }
            for (const key45 in data194) {
              if (!(key45 === "date" || key45 === "account" || key45 === "requests")) {
                const err426 = { instancePath: instancePath + "/accessStats/" + i22, schemaPath: "#/properties/accessStats/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err426];
                } else {
                  vErrors.push(err426);
                }
                errors++;
              }
            }
            if (data194.date !== void 0) {
              let data195 = data194.date;
              if (typeof data195 === "string") {
                if (!pattern8.test(data195)) {
                  const err427 = { instancePath: instancePath + "/accessStats/" + i22 + "/date", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err427];
                  } else {
                    vErrors.push(err427);
                  }
                  errors++;
                }
                if (!formats0.validate(data195)) {
                  const err428 = { instancePath: instancePath + "/accessStats/" + i22 + "/date", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err428];
                  } else {
                    vErrors.push(err428);
                  }
                  errors++;
                }
              } else {
                const err429 = { instancePath: instancePath + "/accessStats/" + i22 + "/date", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err429];
                } else {
                  vErrors.push(err429);
                }
                errors++;
              }
            }
            if (data194.account !== void 0) {
              let data196 = data194.account;
              if (typeof data196 === "string") {
                if (func22(data196) < 1) {
                  const err430 = { instancePath: instancePath + "/accessStats/" + i22 + "/account", schemaPath: "#/properties/accessStats/items/properties/account/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err430];
                  } else {
                    vErrors.push(err430);
                  }
                  errors++;
                }
              } else {
                const err431 = { instancePath: instancePath + "/accessStats/" + i22 + "/account", schemaPath: "#/properties/accessStats/items/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err431];
                } else {
                  vErrors.push(err431);
                }
                errors++;
              }
            }
            if (data194.requests !== void 0) {
              let data197 = data194.requests;
              if (!(typeof data197 == "number" && (!(data197 % 1) && !isNaN(data197)) && isFinite(data197))) {
                const err432 = { instancePath: instancePath + "/accessStats/" + i22 + "/requests", schemaPath: "#/properties/accessStats/items/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err432];
                } else {
                  vErrors.push(err432);
                }
                errors++;
              }
              if (typeof data197 == "number" && isFinite(data197)) {
                if (data197 < 0 || isNaN(data197)) {
                  const err433 = { instancePath: instancePath + "/accessStats/" + i22 + "/requests", schemaPath: "#/properties/accessStats/items/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err433];
                  } else {
                    vErrors.push(err433);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err434 = { instancePath: instancePath + "/accessStats/" + i22, schemaPath: "#/properties/accessStats/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err434];
            } else {
              vErrors.push(err434);
            }
            errors++;
          }
        }
      }
    }
    if (data.dataTransfers !== void 0) {
      let data198 = data.dataTransfers;
      if (!data198 || typeof data198 != "object") {
        const err435 = { instancePath: instancePath + "/dataTransfers", schemaPath: "#/properties/dataTransfers/type", keyword: "type", params: { type: schema312.properties.dataTransfers.type }, message: "must be array,object" };
        if (vErrors === null) {
          vErrors = [err435];
        } else {
          vErrors.push(err435);
        }
        errors++;
      }
      const _errs507 = errors;
      let valid131 = true;
      const _errs508 = errors;
      if (!(data198 && typeof data198 == "object" && !Array.isArray(data198))) {
        const err436 = {};
        if (vErrors === null) {
          vErrors = [err436];
        } else {
          vErrors.push(err436);
        }
        errors++;
      }
      var _valid11 = _errs508 === errors;
      errors = _errs507;
      if (vErrors !== null) {
        if (_errs507) {
          vErrors.length = _errs507;
        } else {
          vErrors = null;
        }
      }
      if (_valid11) {
        const _errs510 = errors;
        if (data198 && typeof data198 == "object" && !Array.isArray(data198)) {
          if (data198.from === void 0) {
            const err437 = { instancePath: instancePath + "/dataTransfers", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
            if (vErrors === null) {
              vErrors = [err437];
            } else {
              vErrors.push(err437);
            }
            errors++;
          }
          for (const key46 in data198) {
            if (!(key46 === "from" || key46 === "sheet" || key46 === "columns" || key46 === "format")) {
              const err438 = { instancePath: instancePath + "/dataTransfers", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err438];
              } else {
                vErrors.push(err438);
              }
              errors++;
            }
          }
          if (data198.from !== void 0) {
            let data199 = data198.from;
            if (typeof data199 === "string") {
              if (func22(data199) < 1) {
                const err439 = { instancePath: instancePath + "/dataTransfers/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err439];
                } else {
                  vErrors.push(err439);
                }
                errors++;
              }
              if (!pattern6.test(data199)) {
                const err440 = { instancePath: instancePath + "/dataTransfers/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                if (vErrors === null) {
                  vErrors = [err440];
                } else {
                  vErrors.push(err440);
                }
                errors++;
              }
            } else {
              const err441 = { instancePath: instancePath + "/dataTransfers/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err441];
              } else {
                vErrors.push(err441);
              }
              errors++;
            }
          }
          if (data198.sheet !== void 0) {
            let data200 = data198.sheet;
            if (typeof data200 === "string") {
              if (func22(data200) < 1) {
                const err442 = { instancePath: instancePath + "/dataTransfers/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err442];
                } else {
                  vErrors.push(err442);
                }
                errors++;
              }
            } else {
              const err443 = { instancePath: instancePath + "/dataTransfers/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err443];
              } else {
                vErrors.push(err443);
              }
              errors++;
            }
          }
          if (data198.columns !== void 0) {
            let data201 = data198.columns;
            if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
              for (const key47 in data201) {
                let data202 = data201[key47];
                if (typeof data202 !== "string" && data202 !== null) {
                  const err444 = { instancePath: instancePath + "/dataTransfers/columns/" + key47.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                  if (vErrors === null) {
                    vErrors = [err444];
                  } else {
                    vErrors.push(err444);
                  }
                  errors++;
                }
              }
            } else {
              const err445 = { instancePath: instancePath + "/dataTransfers/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err445];
              } else {
                vErrors.push(err445);
              }
              errors++;
            }
          }
          if (data198.format !== void 0) {
            let data203 = data198.format;
            if (!(data203 === "rows" || data203 === "access-log")) {
              const err446 = { instancePath: instancePath + "/dataTransfers/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err446];
              } else {
                vErrors.push(err446);
              }
              errors++;
            }
          }
        } else {
          const err447 = { instancePath: instancePath + "/dataTransfers", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err447];
          } else {
            vErrors.push(err447);
          }
          errors++;
        }
        var _valid11 = _errs510 === errors;
        valid131 = _valid11;
      }
      if (!valid131) {
        const err448 = { instancePath: instancePath + "/dataTransfers", schemaPath: "#/properties/dataTransfers/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err448];
        } else {
          vErrors.push(err448);
        }
        errors++;
      }
      if (Array.isArray(data198)) {
        const len23 = data198.length;
        for (let i23 = 0; i23 < len23; i23++) {
          let data204 = data198[i23];
          if (data204 && typeof data204 == "object" && !Array.isArray(data204)) {
            if (data204.id === void 0) {
              const err449 = { instancePath: instancePath + "/dataTransfers/" + i23, schemaPath: "#/properties/dataTransfers/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err449];
              } else {
                vErrors.push(err449);
              }
              errors++;
            }
            if (data204.from === void 0) {
              const err450 = { instancePath: instancePath + "/dataTransfers/" + i23, schemaPath: "#/properties/dataTransfers/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
              if (vErrors === null) {
                vErrors = [err450];
              } else {
                vErrors.push(err450);
              }
              errors++;
            }
            if (data204.to === void 0) {
              const err451 = { instancePath: instancePath + "/dataTransfers/" + i23, schemaPath: "#/properties/dataTransfers/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'" };
              if (vErrors === null) {
                vErrors = [err451];
              } else {
                vErrors.push(err451);
              }
              errors++;
            }
            if (data204.protocol === void 0) {
              const err452 = { instancePath: instancePath + "/dataTransfers/" + i23, schemaPath: "#/properties/dataTransfers/items/required", keyword: "required", params: { missingProperty: "protocol" }, message: "must have required property 'protocol'" };
              if (vErrors === null) {
                vErrors = [err452];
              } else {
                vErrors.push(err452);
              }
              errors++;
            }
            for (const key48 in data204) {
              if (!func12.call(schema312.properties.dataTransfers.items.properties, key48)) {
                const err453 = { instancePath: instancePath + "/dataTransfers/" + i23, schemaPath: "#/properties/dataTransfers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err453];
                } else {
                  vErrors.push(err453);
                }
                errors++;
              }
            }
            if (data204.id !== void 0) {
              let data205 = data204.id;
              if (typeof data205 === "string") {
                if (func22(data205) < 1) {
                  const err454 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/id", schemaPath: "#/properties/dataTransfers/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err454];
                  } else {
                    vErrors.push(err454);
                  }
                  errors++;
                }
              } else {
                const err455 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/id", schemaPath: "#/properties/dataTransfers/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err455];
                } else {
                  vErrors.push(err455);
                }
                errors++;
              }
            }
            if (data204.from !== void 0) {
              if (typeof data204.from !== "string") {
                const err456 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/from", schemaPath: "#/properties/dataTransfers/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err456];
                } else {
                  vErrors.push(err456);
                }
                errors++;
              }
            }
            if (data204.to !== void 0) {
              if (typeof data204.to !== "string") {
                const err457 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/to", schemaPath: "#/properties/dataTransfers/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err457];
                } else {
                  vErrors.push(err457);
                }
                errors++;
              }
            }
            if (data204.protocol !== void 0) {
              let data208 = data204.protocol;
              if (!(data208 === "https" || data208 === "ftps" || data208 === "smtps" || data208 === "hl7-mllp-tls" || data208 === "fhir-https" || data208 === "dicom-tls" || data208 === "sftp" || data208 === "scp" || data208 === "ipsec" || data208 === "wireguard" || data208 === "openvpn" || data208 === "ssl-vpn" || data208 === "http" || data208 === "ftp" || data208 === "telnet" || data208 === "smb" || data208 === "smtp" || data208 === "hl7-mllp" || data208 === "fhir-http" || data208 === "dicom")) {
                const err458 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/protocol", schemaPath: "#/properties/dataTransfers/items/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema312.properties.dataTransfers.items.properties.protocol.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err458];
                } else {
                  vErrors.push(err458);
                }
                errors++;
              }
            }
            if (data204.tunnel !== void 0) {
              let data209 = data204.tunnel;
              if (typeof data209 === "string") {
                if (func22(data209) < 1) {
                  const err459 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/tunnel", schemaPath: "#/properties/dataTransfers/items/properties/tunnel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err459];
                  } else {
                    vErrors.push(err459);
                  }
                  errors++;
                }
              } else {
                const err460 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/tunnel", schemaPath: "#/properties/dataTransfers/items/properties/tunnel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err460];
                } else {
                  vErrors.push(err460);
                }
                errors++;
              }
            }
            if (data204.sshAuthentication !== void 0) {
              let data210 = data204.sshAuthentication;
              if (!(data210 === "publickey" || data210 === "password" || data210 === "publickey-and-password")) {
                const err461 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/sshAuthentication", schemaPath: "#/properties/dataTransfers/items/properties/sshAuthentication/enum", keyword: "enum", params: { allowedValues: schema312.properties.dataTransfers.items.properties.sshAuthentication.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err461];
                } else {
                  vErrors.push(err461);
                }
                errors++;
              }
            }
            if (data204.tlsMinVersion !== void 0) {
              let data211 = data204.tlsMinVersion;
              if (!(data211 === "1.0" || data211 === "1.1" || data211 === "1.2" || data211 === "1.3")) {
                const err462 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/tlsMinVersion", schemaPath: "#/properties/dataTransfers/items/properties/tlsMinVersion/enum", keyword: "enum", params: { allowedValues: schema312.properties.dataTransfers.items.properties.tlsMinVersion.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err462];
                } else {
                  vErrors.push(err462);
                }
                errors++;
              }
            }
            if (data204.authenticated !== void 0) {
              if (typeof data204.authenticated !== "boolean") {
                const err463 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/authenticated", schemaPath: "#/properties/dataTransfers/items/properties/authenticated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err463];
                } else {
                  vErrors.push(err463);
                }
                errors++;
              }
            }
            if (data204.approvedBy !== void 0) {
              if (typeof data204.approvedBy !== "string") {
                const err464 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/approvedBy", schemaPath: "#/properties/dataTransfers/items/properties/approvedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err464];
                } else {
                  vErrors.push(err464);
                }
                errors++;
              }
            }
            if (data204.approvedOn !== void 0) {
              let data214 = data204.approvedOn;
              if (typeof data214 === "string") {
                if (!pattern8.test(data214)) {
                  const err465 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/approvedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err465];
                  } else {
                    vErrors.push(err465);
                  }
                  errors++;
                }
                if (!formats0.validate(data214)) {
                  const err466 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/approvedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err466];
                  } else {
                    vErrors.push(err466);
                  }
                  errors++;
                }
              } else {
                const err467 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/approvedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err467];
                } else {
                  vErrors.push(err467);
                }
                errors++;
              }
            }
            if (data204.agreement !== void 0) {
              let data215 = data204.agreement;
              if (data215 && typeof data215 == "object" && !Array.isArray(data215)) {
                if (data215.reference === void 0) {
                  const err468 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/agreement", schemaPath: "#/properties/dataTransfers/items/properties/agreement/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
                  if (vErrors === null) {
                    vErrors = [err468];
                  } else {
                    vErrors.push(err468);
                  }
                  errors++;
                }
                if (data215.signedOn === void 0) {
                  const err469 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/agreement", schemaPath: "#/properties/dataTransfers/items/properties/agreement/required", keyword: "required", params: { missingProperty: "signedOn" }, message: "must have required property 'signedOn'" };
                  if (vErrors === null) {
                    vErrors = [err469];
                  } else {
                    vErrors.push(err469);
                  }
                  errors++;
                }
                for (const key49 in data215) {
                  if (!(key49 === "reference" || key49 === "signedOn")) {
                    const err470 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/agreement", schemaPath: "#/properties/dataTransfers/items/properties/agreement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key49 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err470];
                    } else {
                      vErrors.push(err470);
                    }
                    errors++;
                  }
                }
                if (data215.reference !== void 0) {
                  let data216 = data215.reference;
                  if (typeof data216 === "string") {
                    if (func22(data216) < 1) {
                      const err471 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/agreement/reference", schemaPath: "#/properties/dataTransfers/items/properties/agreement/properties/reference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err471];
                      } else {
                        vErrors.push(err471);
                      }
                      errors++;
                    }
                  } else {
                    const err472 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/agreement/reference", schemaPath: "#/properties/dataTransfers/items/properties/agreement/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err472];
                    } else {
                      vErrors.push(err472);
                    }
                    errors++;
                  }
                }
                if (data215.signedOn !== void 0) {
                  let data217 = data215.signedOn;
                  if (typeof data217 === "string") {
                    if (!pattern8.test(data217)) {
                      const err473 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/agreement/signedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err473];
                      } else {
                        vErrors.push(err473);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data217)) {
                      const err474 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/agreement/signedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err474];
                      } else {
                        vErrors.push(err474);
                      }
                      errors++;
                    }
                  } else {
                    const err475 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/agreement/signedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err475];
                    } else {
                      vErrors.push(err475);
                    }
                    errors++;
                  }
                }
              } else {
                const err476 = { instancePath: instancePath + "/dataTransfers/" + i23 + "/agreement", schemaPath: "#/properties/dataTransfers/items/properties/agreement/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err476];
                } else {
                  vErrors.push(err476);
                }
                errors++;
              }
            }
          } else {
            const err477 = { instancePath: instancePath + "/dataTransfers/" + i23, schemaPath: "#/properties/dataTransfers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err477];
            } else {
              vErrors.push(err477);
            }
            errors++;
          }
        }
      }
    }
    if (data.manualExports !== void 0) {
      let data218 = data.manualExports;
      if (!data218 || typeof data218 != "object") {
        const err478 = { instancePath: instancePath + "/manualExports", schemaPath: "#/properties/manualExports/type", keyword: "type", params: { type: schema312.properties.manualExports.type }, message: "must be array,object" };
        if (vErrors === null) {
          vErrors = [err478];
        } else {
          vErrors.push(err478);
        }
        errors++;
      }
      const _errs556 = errors;
      let valid141 = true;
      const _errs557 = errors;
      if (!(data218 && typeof data218 == "object" && !Array.isArray(data218))) {
        const err479 = {};
        if (vErrors === null) {
          vErrors = [err479];
        } else {
          vErrors.push(err479);
        }
        errors++;
      }
      var _valid12 = _errs557 === errors;
      errors = _errs556;
      if (vErrors !== null) {
        if (_errs556) {
          vErrors.length = _errs556;
        } else {
          vErrors = null;
        }
      }
      if (_valid12) {
        const _errs559 = errors;
        if (data218 && typeof data218 == "object" && !Array.isArray(data218)) {
          if (data218.from === void 0) {
            const err480 = { instancePath: instancePath + "/manualExports", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
            if (vErrors === null) {
              vErrors = [err480];
            } else {
              vErrors.push(err480);
            }
            errors++;
          }
          for (const key50 in data218) {
            if (!(key50 === "from" || key50 === "sheet" || key50 === "columns" || key50 === "format")) {
              const err481 = { instancePath: instancePath + "/manualExports", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key50 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err481];
              } else {
                vErrors.push(err481);
              }
              errors++;
            }
          }
          if (data218.from !== void 0) {
            let data219 = data218.from;
            if (typeof data219 === "string") {
              if (func22(data219) < 1) {
                const err482 = { instancePath: instancePath + "/manualExports/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err482];
                } else {
                  vErrors.push(err482);
                }
                errors++;
              }
              if (!pattern6.test(data219)) {
                const err483 = { instancePath: instancePath + "/manualExports/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                if (vErrors === null) {
                  vErrors = [err483];
                } else {
                  vErrors.push(err483);
                }
                errors++;
              }
            } else {
              const err484 = { instancePath: instancePath + "/manualExports/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err484];
              } else {
                vErrors.push(err484);
              }
              errors++;
            }
          }
          if (data218.sheet !== void 0) {
            let data220 = data218.sheet;
            if (typeof data220 === "string") {
              if (func22(data220) < 1) {
                const err485 = { instancePath: instancePath + "/manualExports/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err485];
                } else {
                  vErrors.push(err485);
                }
                errors++;
              }
            } else {
              const err486 = { instancePath: instancePath + "/manualExports/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err486];
              } else {
                vErrors.push(err486);
              }
              errors++;
            }
          }
          if (data218.columns !== void 0) {
            let data221 = data218.columns;
            if (data221 && typeof data221 == "object" && !Array.isArray(data221)) {
              for (const key51 in data221) {
                let data222 = data221[key51];
                if (typeof data222 !== "string" && data222 !== null) {
                  const err487 = { instancePath: instancePath + "/manualExports/columns/" + key51.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                  if (vErrors === null) {
                    vErrors = [err487];
                  } else {
                    vErrors.push(err487);
                  }
                  errors++;
                }
              }
            } else {
              const err488 = { instancePath: instancePath + "/manualExports/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err488];
              } else {
                vErrors.push(err488);
              }
              errors++;
            }
          }
          if (data218.format !== void 0) {
            let data223 = data218.format;
            if (!(data223 === "rows" || data223 === "access-log")) {
              const err489 = { instancePath: instancePath + "/manualExports/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err489];
              } else {
                vErrors.push(err489);
              }
              errors++;
            }
          }
        } else {
          const err490 = { instancePath: instancePath + "/manualExports", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err490];
          } else {
            vErrors.push(err490);
          }
          errors++;
        }
        var _valid12 = _errs559 === errors;
        valid141 = _valid12;
      }
      if (!valid141) {
        const err491 = { instancePath: instancePath + "/manualExports", schemaPath: "#/properties/manualExports/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err491];
        } else {
          vErrors.push(err491);
        }
        errors++;
      }
      if (Array.isArray(data218)) {
        const len24 = data218.length;
        for (let i24 = 0; i24 < len24; i24++) {
          let data224 = data218[i24];
          if (data224 && typeof data224 == "object" && !Array.isArray(data224)) {
            if (data224.id === void 0) {
              const err492 = { instancePath: instancePath + "/manualExports/" + i24, schemaPath: "#/properties/manualExports/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err492];
              } else {
                vErrors.push(err492);
              }
              errors++;
            }
            if (data224.medium === void 0) {
              const err493 = { instancePath: instancePath + "/manualExports/" + i24, schemaPath: "#/properties/manualExports/items/required", keyword: "required", params: { missingProperty: "medium" }, message: "must have required property 'medium'" };
              if (vErrors === null) {
                vErrors = [err493];
              } else {
                vErrors.push(err493);
              }
              errors++;
            }
            if (data224.destination === void 0) {
              const err494 = { instancePath: instancePath + "/manualExports/" + i24, schemaPath: "#/properties/manualExports/items/required", keyword: "required", params: { missingProperty: "destination" }, message: "must have required property 'destination'" };
              if (vErrors === null) {
                vErrors = [err494];
              } else {
                vErrors.push(err494);
              }
              errors++;
            }
            for (const key52 in data224) {
              if (!func12.call(schema312.properties.manualExports.items.properties, key52)) {
                const err495 = { instancePath: instancePath + "/manualExports/" + i24, schemaPath: "#/properties/manualExports/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key52 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err495];
                } else {
                  vErrors.push(err495);
                }
                errors++;
              }
            }
            if (data224.id !== void 0) {
              let data225 = data224.id;
              if (typeof data225 === "string") {
                if (func22(data225) < 1) {
                  const err496 = { instancePath: instancePath + "/manualExports/" + i24 + "/id", schemaPath: "#/properties/manualExports/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err496];
                  } else {
                    vErrors.push(err496);
                  }
                  errors++;
                }
              } else {
                const err497 = { instancePath: instancePath + "/manualExports/" + i24 + "/id", schemaPath: "#/properties/manualExports/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err497];
                } else {
                  vErrors.push(err497);
                }
                errors++;
              }
            }
            if (data224.source !== void 0) {
              if (typeof data224.source !== "string") {
                const err498 = { instancePath: instancePath + "/manualExports/" + i24 + "/source", schemaPath: "#/properties/manualExports/items/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err498];
                } else {
                  vErrors.push(err498);
                }
                errors++;
              }
            }
            if (data224.medium !== void 0) {
              let data227 = data224.medium;
              if (!(data227 === "excel" || data227 === "csv" || data227 === "pdf" || data227 === "usb" || data227 === "email" || data227 === "messaging" || data227 === "screenshot")) {
                const err499 = { instancePath: instancePath + "/manualExports/" + i24 + "/medium", schemaPath: "#/properties/manualExports/items/properties/medium/enum", keyword: "enum", params: { allowedValues: schema312.properties.manualExports.items.properties.medium.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err499];
                } else {
                  vErrors.push(err499);
                }
                errors++;
              }
            }
            if (data224.department !== void 0) {
              if (typeof data224.department !== "string") {
                const err500 = { instancePath: instancePath + "/manualExports/" + i24 + "/department", schemaPath: "#/properties/manualExports/items/properties/department/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err500];
                } else {
                  vErrors.push(err500);
                }
                errors++;
              }
            }
            if (data224.pharmacy !== void 0) {
              if (typeof data224.pharmacy !== "string") {
                const err501 = { instancePath: instancePath + "/manualExports/" + i24 + "/pharmacy", schemaPath: "#/properties/manualExports/items/properties/pharmacy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err501];
                } else {
                  vErrors.push(err501);
                }
                errors++;
              }
            }
            if (data224.authorizedStaff !== void 0) {
              let data230 = data224.authorizedStaff;
              if (Array.isArray(data230)) {
                const len25 = data230.length;
                for (let i25 = 0; i25 < len25; i25++) {
                  let data231 = data230[i25];
                  if (typeof data231 === "string") {
                    if (func22(data231) < 1) {
                      const err502 = { instancePath: instancePath + "/manualExports/" + i24 + "/authorizedStaff/" + i25, schemaPath: "#/properties/manualExports/items/properties/authorizedStaff/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err502];
                      } else {
                        vErrors.push(err502);
                      }
                      errors++;
                    }
                  } else {
                    const err503 = { instancePath: instancePath + "/manualExports/" + i24 + "/authorizedStaff/" + i25, schemaPath: "#/properties/manualExports/items/properties/authorizedStaff/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err503];
                    } else {
                      vErrors.push(err503);
                    }
                    errors++;
                  }
                }
              } else {
                const err504 = { instancePath: instancePath + "/manualExports/" + i24 + "/authorizedStaff", schemaPath: "#/properties/manualExports/items/properties/authorizedStaff/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err504];
                } else {
                  vErrors.push(err504);
                }
                errors++;
              }
            }
            if (data224.destination !== void 0) {
              let data232 = data224.destination;
              if (typeof data232 === "string") {
                if (func22(data232) < 1) {
                  const err505 = { instancePath: instancePath + "/manualExports/" + i24 + "/destination", schemaPath: "#/properties/manualExports/items/properties/destination/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err505];
                  } else {
                    vErrors.push(err505);
                  }
                  errors++;
                }
              } else {
                const err506 = { instancePath: instancePath + "/manualExports/" + i24 + "/destination", schemaPath: "#/properties/manualExports/items/properties/destination/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err506];
                } else {
                  vErrors.push(err506);
                }
                errors++;
              }
            }
            if (data224.protection !== void 0) {
              let data233 = data224.protection;
              if (!(data233 === "encrypted" || data233 === "password" || data233 === "none")) {
                const err507 = { instancePath: instancePath + "/manualExports/" + i24 + "/protection", schemaPath: "#/properties/manualExports/items/properties/protection/enum", keyword: "enum", params: { allowedValues: schema312.properties.manualExports.items.properties.protection.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err507];
                } else {
                  vErrors.push(err507);
                }
                errors++;
              }
            }
            if (data224.approvedBy !== void 0) {
              if (typeof data224.approvedBy !== "string") {
                const err508 = { instancePath: instancePath + "/manualExports/" + i24 + "/approvedBy", schemaPath: "#/properties/manualExports/items/properties/approvedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err508];
                } else {
                  vErrors.push(err508);
                }
                errors++;
              }
            }
            if (data224.approvedOn !== void 0) {
              let data235 = data224.approvedOn;
              if (typeof data235 === "string") {
                if (!pattern8.test(data235)) {
                  const err509 = { instancePath: instancePath + "/manualExports/" + i24 + "/approvedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err509];
                  } else {
                    vErrors.push(err509);
                  }
                  errors++;
                }
                if (!formats0.validate(data235)) {
                  const err510 = { instancePath: instancePath + "/manualExports/" + i24 + "/approvedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err510];
                  } else {
                    vErrors.push(err510);
                  }
                  errors++;
                }
              } else {
                const err511 = { instancePath: instancePath + "/manualExports/" + i24 + "/approvedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err511];
                } else {
                  vErrors.push(err511);
                }
                errors++;
              }
            }
            if (data224.exportLog !== void 0) {
              if (typeof data224.exportLog !== "string") {
                const err512 = { instancePath: instancePath + "/manualExports/" + i24 + "/exportLog", schemaPath: "#/properties/manualExports/items/properties/exportLog/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err512];
                } else {
                  vErrors.push(err512);
                }
                errors++;
              }
            }
          } else {
            const err513 = { instancePath: instancePath + "/manualExports/" + i24, schemaPath: "#/properties/manualExports/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err513];
            } else {
              vErrors.push(err513);
            }
            errors++;
          }
        }
      }
    }
    if (data.applicationReviews !== void 0) {
      let data237 = data.applicationReviews;
      if (!data237 || typeof data237 != "object") {
        const err514 = { instancePath: instancePath + "/applicationReviews", schemaPath: "#/properties/applicationReviews/type", keyword: "type", params: { type: schema312.properties.applicationReviews.type }, message: "must be array,object" };
        if (vErrors === null) {
          vErrors = [err514];
        } else {
          vErrors.push(err514);
        }
        errors++;
      }
      const _errs601 = errors;
      let valid151 = true;
      const _errs602 = errors;
      if (!(data237 && typeof data237 == "object" && !Array.isArray(data237))) {
        const err515 = {};
        if (vErrors === null) {
          vErrors = [err515];
        } else {
          vErrors.push(err515);
        }
        errors++;
      }
      var _valid13 = _errs602 === errors;
      errors = _errs601;
      if (vErrors !== null) {
        if (_errs601) {
          vErrors.length = _errs601;
        } else {
          vErrors = null;
        }
      }
      if (_valid13) {
        const _errs604 = errors;
        if (data237 && typeof data237 == "object" && !Array.isArray(data237)) {
          if (data237.from === void 0) {
            const err516 = { instancePath: instancePath + "/applicationReviews", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
            if (vErrors === null) {
              vErrors = [err516];
            } else {
              vErrors.push(err516);
            }
            errors++;
          }
          for (const key53 in data237) {
            if (!(key53 === "from" || key53 === "sheet" || key53 === "columns" || key53 === "format")) {
              const err517 = { instancePath: instancePath + "/applicationReviews", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err517];
              } else {
                vErrors.push(err517);
              }
              errors++;
            }
          }
          if (data237.from !== void 0) {
            let data238 = data237.from;
            if (typeof data238 === "string") {
              if (func22(data238) < 1) {
                const err518 = { instancePath: instancePath + "/applicationReviews/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err518];
                } else {
                  vErrors.push(err518);
                }
                errors++;
              }
              if (!pattern6.test(data238)) {
                const err519 = { instancePath: instancePath + "/applicationReviews/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                if (vErrors === null) {
                  vErrors = [err519];
                } else {
                  vErrors.push(err519);
                }
                errors++;
              }
            } else {
              const err520 = { instancePath: instancePath + "/applicationReviews/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err520];
              } else {
                vErrors.push(err520);
              }
              errors++;
            }
          }
          if (data237.sheet !== void 0) {
            let data239 = data237.sheet;
            if (typeof data239 === "string") {
              if (func22(data239) < 1) {
                const err521 = { instancePath: instancePath + "/applicationReviews/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err521];
                } else {
                  vErrors.push(err521);
                }
                errors++;
              }
            } else {
              const err522 = { instancePath: instancePath + "/applicationReviews/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err522];
              } else {
                vErrors.push(err522);
              }
              errors++;
            }
          }
          if (data237.columns !== void 0) {
            let data240 = data237.columns;
            if (data240 && typeof data240 == "object" && !Array.isArray(data240)) {
              for (const key54 in data240) {
                let data241 = data240[key54];
                if (typeof data241 !== "string" && data241 !== null) {
                  const err523 = { instancePath: instancePath + "/applicationReviews/columns/" + key54.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                  if (vErrors === null) {
                    vErrors = [err523];
                  } else {
                    vErrors.push(err523);
                  }
                  errors++;
                }
              }
            } else {
              const err524 = { instancePath: instancePath + "/applicationReviews/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err524];
              } else {
                vErrors.push(err524);
              }
              errors++;
            }
          }
          if (data237.format !== void 0) {
            let data242 = data237.format;
            if (!(data242 === "rows" || data242 === "access-log")) {
              const err525 = { instancePath: instancePath + "/applicationReviews/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err525];
              } else {
                vErrors.push(err525);
              }
              errors++;
            }
          }
        } else {
          const err526 = { instancePath: instancePath + "/applicationReviews", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err526];
          } else {
            vErrors.push(err526);
          }
          errors++;
        }
        var _valid13 = _errs604 === errors;
        valid151 = _valid13;
      }
      if (!valid151) {
        const err527 = { instancePath: instancePath + "/applicationReviews", schemaPath: "#/properties/applicationReviews/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err527];
        } else {
          vErrors.push(err527);
        }
        errors++;
      }
      if (Array.isArray(data237)) {
        const len26 = data237.length;
        for (let i26 = 0; i26 < len26; i26++) {
          let data243 = data237[i26];
          if (data243 && typeof data243 == "object" && !Array.isArray(data243)) {
            if (data243.system === void 0) {
              const err528 = { instancePath: instancePath + "/applicationReviews/" + i26, schemaPath: "#/properties/applicationReviews/items/required", keyword: "required", params: { missingProperty: "system" }, message: "must have required property 'system'" };
              if (vErrors === null) {
                vErrors = [err528];
              } else {
                vErrors.push(err528);
              }
              errors++;
            }
            if (data243.reviewedOn === void 0) {
              const err529 = { instancePath: instancePath + "/applicationReviews/" + i26, schemaPath: "#/properties/applicationReviews/items/required", keyword: "required", params: { missingProperty: "reviewedOn" }, message: "must have required property 'reviewedOn'" };
              if (vErrors === null) {
                vErrors = [err529];
              } else {
                vErrors.push(err529);
              }
              errors++;
            }
            if (data243.result === void 0) {
              const err530 = { instancePath: instancePath + "/applicationReviews/" + i26, schemaPath: "#/properties/applicationReviews/items/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property 'result'" };
              if (vErrors === null) {
                vErrors = [err530];
              } else {
                vErrors.push(err530);
              }
              errors++;
            }
            for (const key55 in data243) {
              if (!(key55 === "system" || key55 === "reviewedOn" || key55 === "reviewer" || key55 === "result")) {
                const err531 = { instancePath: instancePath + "/applicationReviews/" + i26, schemaPath: "#/properties/applicationReviews/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key55 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err531];
                } else {
                  vErrors.push(err531);
                }
                errors++;
              }
            }
            if (data243.system !== void 0) {
              let data244 = data243.system;
              if (typeof data244 === "string") {
                if (func22(data244) < 1) {
                  const err532 = { instancePath: instancePath + "/applicationReviews/" + i26 + "/system", schemaPath: "#/properties/applicationReviews/items/properties/system/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err532];
                  } else {
                    vErrors.push(err532);
                  }
                  errors++;
                }
              } else {
                const err533 = { instancePath: instancePath + "/applicationReviews/" + i26 + "/system", schemaPath: "#/properties/applicationReviews/items/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err533];
                } else {
                  vErrors.push(err533);
                }
                errors++;
              }
            }
            if (data243.reviewedOn !== void 0) {
              let data245 = data243.reviewedOn;
              if (typeof data245 === "string") {
                if (!pattern8.test(data245)) {
                  const err534 = { instancePath: instancePath + "/applicationReviews/" + i26 + "/reviewedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err534];
                  } else {
                    vErrors.push(err534);
                  }
                  errors++;
                }
                if (!formats0.validate(data245)) {
                  const err535 = { instancePath: instancePath + "/applicationReviews/" + i26 + "/reviewedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err535];
                  } else {
                    vErrors.push(err535);
                  }
                  errors++;
                }
              } else {
                const err536 = { instancePath: instancePath + "/applicationReviews/" + i26 + "/reviewedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err536];
                } else {
                  vErrors.push(err536);
                }
                errors++;
              }
            }
            if (data243.reviewer !== void 0) {
              if (typeof data243.reviewer !== "string") {
                const err537 = { instancePath: instancePath + "/applicationReviews/" + i26 + "/reviewer", schemaPath: "#/properties/applicationReviews/items/properties/reviewer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err537];
                } else {
                  vErrors.push(err537);
                }
                errors++;
              }
            }
            if (data243.result !== void 0) {
              let data247 = data243.result;
              if (!(data247 === "pass" || data247 === "issues_found" || data247 === "issues_fixed")) {
                const err538 = { instancePath: instancePath + "/applicationReviews/" + i26 + "/result", schemaPath: "#/properties/applicationReviews/items/properties/result/enum", keyword: "enum", params: { allowedValues: schema312.properties.applicationReviews.items.properties.result.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err538];
                } else {
                  vErrors.push(err538);
                }
                errors++;
              }
            }
          } else {
            const err539 = { instancePath: instancePath + "/applicationReviews/" + i26, schemaPath: "#/properties/applicationReviews/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err539];
            } else {
              vErrors.push(err539);
            }
            errors++;
          }
        }
      }
    }
    if (data.inspections !== void 0) {
      let data248 = data.inspections;
      if (!data248 || typeof data248 != "object") {
        const err540 = { instancePath: instancePath + "/inspections", schemaPath: "#/properties/inspections/type", keyword: "type", params: { type: schema312.properties.inspections.type }, message: "must be array,object" };
        if (vErrors === null) {
          vErrors = [err540];
        } else {
          vErrors.push(err540);
        }
        errors++;
      }
      const _errs631 = errors;
      let valid159 = true;
      const _errs632 = errors;
      if (!(data248 && typeof data248 == "object" && !Array.isArray(data248))) {
        const err541 = {};
        if (vErrors === null) {
          vErrors = [err541];
        } else {
          vErrors.push(err541);
        }
        errors++;
      }
      var _valid14 = _errs632 === errors;
      errors = _errs631;
      if (vErrors !== null) {
        if (_errs631) {
          vErrors.length = _errs631;
        } else {
          vErrors = null;
        }
      }
      if (_valid14) {
        const _errs634 = errors;
        if (data248 && typeof data248 == "object" && !Array.isArray(data248)) {
          if (data248.from === void 0) {
            const err542 = { instancePath: instancePath + "/inspections", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
            if (vErrors === null) {
              vErrors = [err542];
            } else {
              vErrors.push(err542);
            }
            errors++;
          }
          for (const key56 in data248) {
            if (!(key56 === "from" || key56 === "sheet" || key56 === "columns" || key56 === "format")) {
              const err543 = { instancePath: instancePath + "/inspections", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key56 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err543];
              } else {
                vErrors.push(err543);
              }
              errors++;
            }
          }
          if (data248.from !== void 0) {
            let data249 = data248.from;
            if (typeof data249 === "string") {
              if (func22(data249) < 1) {
                const err544 = { instancePath: instancePath + "/inspections/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err544];
                } else {
                  vErrors.push(err544);
                }
                errors++;
              }
              if (!pattern6.test(data249)) {
                const err545 = { instancePath: instancePath + "/inspections/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                if (vErrors === null) {
                  vErrors = [err545];
                } else {
                  vErrors.push(err545);
                }
                errors++;
              }
            } else {
              const err546 = { instancePath: instancePath + "/inspections/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err546];
              } else {
                vErrors.push(err546);
              }
              errors++;
            }
          }
          if (data248.sheet !== void 0) {
            let data250 = data248.sheet;
            if (typeof data250 === "string") {
              if (func22(data250) < 1) {
                const err547 = { instancePath: instancePath + "/inspections/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err547];
                } else {
                  vErrors.push(err547);
                }
                errors++;
              }
            } else {
              const err548 = { instancePath: instancePath + "/inspections/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err548];
              } else {
                vErrors.push(err548);
              }
              errors++;
            }
          }
          if (data248.columns !== void 0) {
            let data251 = data248.columns;
            if (data251 && typeof data251 == "object" && !Array.isArray(data251)) {
              for (const key57 in data251) {
                let data252 = data251[key57];
                if (typeof data252 !== "string" && data252 !== null) {
                  const err549 = { instancePath: instancePath + "/inspections/columns/" + key57.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                  if (vErrors === null) {
                    vErrors = [err549];
                  } else {
                    vErrors.push(err549);
                  }
                  errors++;
                }
              }
            } else {
              const err550 = { instancePath: instancePath + "/inspections/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err550];
              } else {
                vErrors.push(err550);
              }
              errors++;
            }
          }
          if (data248.format !== void 0) {
            let data253 = data248.format;
            if (!(data253 === "rows" || data253 === "access-log")) {
              const err551 = { instancePath: instancePath + "/inspections/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err551];
              } else {
                vErrors.push(err551);
              }
              errors++;
            }
          }
        } else {
          const err552 = { instancePath: instancePath + "/inspections", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err552];
          } else {
            vErrors.push(err552);
          }
          errors++;
        }
        var _valid14 = _errs634 === errors;
        valid159 = _valid14;
      }
      if (!valid159) {
        const err553 = { instancePath: instancePath + "/inspections", schemaPath: "#/properties/inspections/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err553];
        } else {
          vErrors.push(err553);
        }
        errors++;
      }
      if (Array.isArray(data248)) {
        const len27 = data248.length;
        for (let i27 = 0; i27 < len27; i27++) {
          let data254 = data248[i27];
          if (data254 && typeof data254 == "object" && !Array.isArray(data254)) {
            if (data254.inspectedOn === void 0) {
              const err554 = { instancePath: instancePath + "/inspections/" + i27, schemaPath: "#/properties/inspections/items/required", keyword: "required", params: { missingProperty: "inspectedOn" }, message: "must have required property 'inspectedOn'" };
              if (vErrors === null) {
                vErrors = [err554];
              } else {
                vErrors.push(err554);
              }
              errors++;
            }
            if (data254.scope === void 0) {
              const err555 = { instancePath: instancePath + "/inspections/" + i27, schemaPath: "#/properties/inspections/items/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'" };
              if (vErrors === null) {
                vErrors = [err555];
              } else {
                vErrors.push(err555);
              }
              errors++;
            }
            for (const key58 in data254) {
              if (!(key58 === "inspectedOn" || key58 === "scope" || key58 === "reportedTo" || key58 === "reportNumber")) {
                const err556 = { instancePath: instancePath + "/inspections/" + i27, schemaPath: "#/properties/inspections/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key58 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err556];
                } else {
                  vErrors.push(err556);
                }
                errors++;
              }
            }
            if (data254.inspectedOn !== void 0) {
              let data255 = data254.inspectedOn;
              if (typeof data255 === "string") {
                if (!pattern8.test(data255)) {
                  const err557 = { instancePath: instancePath + "/inspections/" + i27 + "/inspectedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err557];
                  } else {
                    vErrors.push(err557);
                  }
                  errors++;
                }
                if (!formats0.validate(data255)) {
                  const err558 = { instancePath: instancePath + "/inspections/" + i27 + "/inspectedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err558];
                  } else {
                    vErrors.push(err558);
                  }
                  errors++;
                }
              } else {
                const err559 = { instancePath: instancePath + "/inspections/" + i27 + "/inspectedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err559];
                } else {
                  vErrors.push(err559);
                }
                errors++;
              }
            }
            if (data254.scope !== void 0) {
              let data256 = data254.scope;
              if (typeof data256 === "string") {
                if (func22(data256) < 1) {
                  const err560 = { instancePath: instancePath + "/inspections/" + i27 + "/scope", schemaPath: "#/properties/inspections/items/properties/scope/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err560];
                  } else {
                    vErrors.push(err560);
                  }
                  errors++;
                }
              } else {
                const err561 = { instancePath: instancePath + "/inspections/" + i27 + "/scope", schemaPath: "#/properties/inspections/items/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err561];
                } else {
                  vErrors.push(err561);
                }
                errors++;
              }
            }
            if (data254.reportedTo !== void 0) {
              if (typeof data254.reportedTo !== "string") {
                const err562 = { instancePath: instancePath + "/inspections/" + i27 + "/reportedTo", schemaPath: "#/properties/inspections/items/properties/reportedTo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err562];
                } else {
                  vErrors.push(err562);
                }
                errors++;
              }
            }
            if (data254.reportNumber !== void 0) {
              if (typeof data254.reportNumber !== "string") {
                const err563 = { instancePath: instancePath + "/inspections/" + i27 + "/reportNumber", schemaPath: "#/properties/inspections/items/properties/reportNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err563];
                } else {
                  vErrors.push(err563);
                }
                errors++;
              }
            }
          } else {
            const err564 = { instancePath: instancePath + "/inspections/" + i27, schemaPath: "#/properties/inspections/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err564];
            } else {
              vErrors.push(err564);
            }
            errors++;
          }
        }
      }
    }
    if (data.awareness !== void 0) {
      let data259 = data.awareness;
      if (data259 && typeof data259 == "object" && !Array.isArray(data259)) {
        for (const key59 in data259) {
          if (!(key59 === "patientReportingChannels" || key59 === "fraudWarnings")) {
            const err565 = { instancePath: instancePath + "/awareness", schemaPath: "#/properties/awareness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key59 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err565];
            } else {
              vErrors.push(err565);
            }
            errors++;
          }
        }
        if (data259.patientReportingChannels !== void 0) {
          let data260 = data259.patientReportingChannels;
          if (!data260 || typeof data260 != "object") {
            const err566 = { instancePath: instancePath + "/awareness/patientReportingChannels", schemaPath: "#/properties/awareness/properties/patientReportingChannels/type", keyword: "type", params: { type: schema312.properties.awareness.properties.patientReportingChannels.type }, message: "must be array,object" };
            if (vErrors === null) {
              vErrors = [err566];
            } else {
              vErrors.push(err566);
            }
            errors++;
          }
          const _errs665 = errors;
          let valid168 = true;
          const _errs666 = errors;
          if (!(data260 && typeof data260 == "object" && !Array.isArray(data260))) {
            const err567 = {};
            if (vErrors === null) {
              vErrors = [err567];
            } else {
              vErrors.push(err567);
            }
            errors++;
          }
          var _valid15 = _errs666 === errors;
          errors = _errs665;
          if (vErrors !== null) {
            if (_errs665) {
              vErrors.length = _errs665;
            } else {
              vErrors = null;
            }
          }
          if (_valid15) {
            const _errs668 = errors;
            if (data260 && typeof data260 == "object" && !Array.isArray(data260)) {
              if (data260.from === void 0) {
                const err568 = { instancePath: instancePath + "/awareness/patientReportingChannels", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
                if (vErrors === null) {
                  vErrors = [err568];
                } else {
                  vErrors.push(err568);
                }
                errors++;
              }
              for (const key60 in data260) {
                if (!(key60 === "from" || key60 === "sheet" || key60 === "columns" || key60 === "format")) {
                  const err569 = { instancePath: instancePath + "/awareness/patientReportingChannels", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key60 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err569];
                  } else {
                    vErrors.push(err569);
                  }
                  errors++;
                }
              }
              if (data260.from !== void 0) {
                let data261 = data260.from;
                if (typeof data261 === "string") {
                  if (func22(data261) < 1) {
                    const err570 = { instancePath: instancePath + "/awareness/patientReportingChannels/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err570];
                    } else {
                      vErrors.push(err570);
                    }
                    errors++;
                  }
                  if (!pattern6.test(data261)) {
                    const err571 = { instancePath: instancePath + "/awareness/patientReportingChannels/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                    if (vErrors === null) {
                      vErrors = [err571];
                    } else {
                      vErrors.push(err571);
                    }
                    errors++;
                  }
                } else {
                  const err572 = { instancePath: instancePath + "/awareness/patientReportingChannels/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err572];
                  } else {
                    vErrors.push(err572);
                  }
                  errors++;
                }
              }
              if (data260.sheet !== void 0) {
                let data262 = data260.sheet;
                if (typeof data262 === "string") {
                  if (func22(data262) < 1) {
                    const err573 = { instancePath: instancePath + "/awareness/patientReportingChannels/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err573];
                    } else {
                      vErrors.push(err573);
                    }
                    errors++;
                  }
                } else {
                  const err574 = { instancePath: instancePath + "/awareness/patientReportingChannels/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err574];
                  } else {
                    vErrors.push(err574);
                  }
                  errors++;
                }
              }
              if (data260.columns !== void 0) {
                let data263 = data260.columns;
                if (data263 && typeof data263 == "object" && !Array.isArray(data263)) {
                  for (const key61 in data263) {
                    let data264 = data263[key61];
                    if (typeof data264 !== "string" && data264 !== null) {
                      const err575 = { instancePath: instancePath + "/awareness/patientReportingChannels/columns/" + key61.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                      if (vErrors === null) {
                        vErrors = [err575];
                      } else {
                        vErrors.push(err575);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err576 = { instancePath: instancePath + "/awareness/patientReportingChannels/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err576];
                  } else {
                    vErrors.push(err576);
                  }
                  errors++;
                }
              }
              if (data260.format !== void 0) {
                let data265 = data260.format;
                if (!(data265 === "rows" || data265 === "access-log")) {
                  const err577 = { instancePath: instancePath + "/awareness/patientReportingChannels/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err577];
                  } else {
                    vErrors.push(err577);
                  }
                  errors++;
                }
              }
            } else {
              const err578 = { instancePath: instancePath + "/awareness/patientReportingChannels", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err578];
              } else {
                vErrors.push(err578);
              }
              errors++;
            }
            var _valid15 = _errs668 === errors;
            valid168 = _valid15;
          }
          if (!valid168) {
            const err579 = { instancePath: instancePath + "/awareness/patientReportingChannels", schemaPath: "#/properties/awareness/properties/patientReportingChannels/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err579];
            } else {
              vErrors.push(err579);
            }
            errors++;
          }
          if (Array.isArray(data260)) {
            const len28 = data260.length;
            for (let i28 = 0; i28 < len28; i28++) {
              let data266 = data260[i28];
              if (data266 && typeof data266 == "object" && !Array.isArray(data266)) {
                if (data266.kind === void 0) {
                  const err580 = { instancePath: instancePath + "/awareness/patientReportingChannels/" + i28, schemaPath: "#/properties/awareness/properties/patientReportingChannels/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                  if (vErrors === null) {
                    vErrors = [err580];
                  } else {
                    vErrors.push(err580);
                  }
                  errors++;
                }
                if (data266.value === void 0) {
                  const err581 = { instancePath: instancePath + "/awareness/patientReportingChannels/" + i28, schemaPath: "#/properties/awareness/properties/patientReportingChannels/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                  if (vErrors === null) {
                    vErrors = [err581];
                  } else {
                    vErrors.push(err581);
                  }
                  errors++;
                }
                for (const key62 in data266) {
                  if (!(key62 === "kind" || key62 === "value" || key62 === "publishedAt")) {
                    const err582 = { instancePath: instancePath + "/awareness/patientReportingChannels/" + i28, schemaPath: "#/properties/awareness/properties/patientReportingChannels/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key62 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err582];
                    } else {
                      vErrors.push(err582);
                    }
                    errors++;
                  }
                }
                if (data266.kind !== void 0) {
                  let data267 = data266.kind;
                  if (!(data267 === "hotline" || data267 === "email" || data267 === "web" || data267 === "counter" || data267 === "other")) {
                    const err583 = { instancePath: instancePath + "/awareness/patientReportingChannels/" + i28 + "/kind", schemaPath: "#/properties/awareness/properties/patientReportingChannels/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema312.properties.awareness.properties.patientReportingChannels.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err583];
                    } else {
                      vErrors.push(err583);
                    }
                    errors++;
                  }
                }
                if (data266.value !== void 0) {
                  let data268 = data266.value;
                  if (typeof data268 === "string") {
                    if (func22(data268) < 1) {
                      const err584 = { instancePath: instancePath + "/awareness/patientReportingChannels/" + i28 + "/value", schemaPath: "#/properties/awareness/properties/patientReportingChannels/items/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err584];
                      } else {
                        vErrors.push(err584);
                      }
                      errors++;
                    }
                  } else {
                    const err585 = { instancePath: instancePath + "/awareness/patientReportingChannels/" + i28 + "/value", schemaPath: "#/properties/awareness/properties/patientReportingChannels/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err585];
                    } else {
                      vErrors.push(err585);
                    }
                    errors++;
                  }
                }
                if (data266.publishedAt !== void 0) {
                  let data269 = data266.publishedAt;
                  if (Array.isArray(data269)) {
                    const len29 = data269.length;
                    for (let i29 = 0; i29 < len29; i29++) {
                      if (typeof data269[i29] !== "string") {
                        const err586 = { instancePath: instancePath + "/awareness/patientReportingChannels/" + i28 + "/publishedAt/" + i29, schemaPath: "#/properties/awareness/properties/patientReportingChannels/items/properties/publishedAt/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err586];
                        } else {
                          vErrors.push(err586);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err587 = { instancePath: instancePath + "/awareness/patientReportingChannels/" + i28 + "/publishedAt", schemaPath: "#/properties/awareness/properties/patientReportingChannels/items/properties/publishedAt/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err587];
                    } else {
                      vErrors.push(err587);
                    }
                    errors++;
                  }
                }
              } else {
                const err588 = { instancePath: instancePath + "/awareness/patientReportingChannels/" + i28, schemaPath: "#/properties/awareness/properties/patientReportingChannels/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err588];
                } else {
                  vErrors.push(err588);
                }
                errors++;
              }
            }
          }
        }
        if (data259.fraudWarnings !== void 0) {
          let data271 = data259.fraudWarnings;
          if (!data271 || typeof data271 != "object") {
            const err589 = { instancePath: instancePath + "/awareness/fraudWarnings", schemaPath: "#/properties/awareness/properties/fraudWarnings/type", keyword: "type", params: { type: schema312.properties.awareness.properties.fraudWarnings.type }, message: "must be array,object" };
            if (vErrors === null) {
              vErrors = [err589];
            } else {
              vErrors.push(err589);
            }
            errors++;
          }
          const _errs694 = errors;
          let valid177 = true;
          const _errs695 = errors;
          if (!(data271 && typeof data271 == "object" && !Array.isArray(data271))) {
            const err590 = {};
            if (vErrors === null) {
              vErrors = [err590];
            } else {
              vErrors.push(err590);
            }
            errors++;
          }
          var _valid16 = _errs695 === errors;
          errors = _errs694;
          if (vErrors !== null) {
            if (_errs694) {
              vErrors.length = _errs694;
            } else {
              vErrors = null;
            }
          }
          if (_valid16) {
            const _errs697 = errors;
            if (data271 && typeof data271 == "object" && !Array.isArray(data271)) {
              if (data271.from === void 0) {
                const err591 = { instancePath: instancePath + "/awareness/fraudWarnings", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
                if (vErrors === null) {
                  vErrors = [err591];
                } else {
                  vErrors.push(err591);
                }
                errors++;
              }
              for (const key63 in data271) {
                if (!(key63 === "from" || key63 === "sheet" || key63 === "columns" || key63 === "format")) {
                  const err592 = { instancePath: instancePath + "/awareness/fraudWarnings", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key63 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err592];
                  } else {
                    vErrors.push(err592);
                  }
                  errors++;
                }
              }
              if (data271.from !== void 0) {
                let data272 = data271.from;
                if (typeof data272 === "string") {
                  if (func22(data272) < 1) {
                    const err593 = { instancePath: instancePath + "/awareness/fraudWarnings/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err593];
                    } else {
                      vErrors.push(err593);
                    }
                    errors++;
                  }
                  if (!pattern6.test(data272)) {
                    const err594 = { instancePath: instancePath + "/awareness/fraudWarnings/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                    if (vErrors === null) {
                      vErrors = [err594];
                    } else {
                      vErrors.push(err594);
                    }
                    errors++;
                  }
                } else {
                  const err595 = { instancePath: instancePath + "/awareness/fraudWarnings/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err595];
                  } else {
                    vErrors.push(err595);
                  }
                  errors++;
                }
              }
              if (data271.sheet !== void 0) {
                let data273 = data271.sheet;
                if (typeof data273 === "string") {
                  if (func22(data273) < 1) {
                    const err596 = { instancePath: instancePath + "/awareness/fraudWarnings/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err596];
                    } else {
                      vErrors.push(err596);
                    }
                    errors++;
                  }
                } else {
                  const err597 = { instancePath: instancePath + "/awareness/fraudWarnings/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err597];
                  } else {
                    vErrors.push(err597);
                  }
                  errors++;
                }
              }
              if (data271.columns !== void 0) {
                let data274 = data271.columns;
                if (data274 && typeof data274 == "object" && !Array.isArray(data274)) {
                  for (const key64 in data274) {
                    let data275 = data274[key64];
                    if (typeof data275 !== "string" && data275 !== null) {
                      const err598 = { instancePath: instancePath + "/awareness/fraudWarnings/columns/" + key64.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                      if (vErrors === null) {
                        vErrors = [err598];
                      } else {
                        vErrors.push(err598);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err599 = { instancePath: instancePath + "/awareness/fraudWarnings/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err599];
                  } else {
                    vErrors.push(err599);
                  }
                  errors++;
                }
              }
              if (data271.format !== void 0) {
                let data276 = data271.format;
                if (!(data276 === "rows" || data276 === "access-log")) {
                  const err600 = { instancePath: instancePath + "/awareness/fraudWarnings/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err600];
                  } else {
                    vErrors.push(err600);
                  }
                  errors++;
                }
              }
            } else {
              const err601 = { instancePath: instancePath + "/awareness/fraudWarnings", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err601];
              } else {
                vErrors.push(err601);
              }
              errors++;
            }
            var _valid16 = _errs697 === errors;
            valid177 = _valid16;
          }
          if (!valid177) {
            const err602 = { instancePath: instancePath + "/awareness/fraudWarnings", schemaPath: "#/properties/awareness/properties/fraudWarnings/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err602];
            } else {
              vErrors.push(err602);
            }
            errors++;
          }
          if (Array.isArray(data271)) {
            const len30 = data271.length;
            for (let i30 = 0; i30 < len30; i30++) {
              let data277 = data271[i30];
              if (data277 && typeof data277 == "object" && !Array.isArray(data277)) {
                if (data277.publishedOn === void 0) {
                  const err603 = { instancePath: instancePath + "/awareness/fraudWarnings/" + i30, schemaPath: "#/properties/awareness/properties/fraudWarnings/items/required", keyword: "required", params: { missingProperty: "publishedOn" }, message: "must have required property 'publishedOn'" };
                  if (vErrors === null) {
                    vErrors = [err603];
                  } else {
                    vErrors.push(err603);
                  }
                  errors++;
                }
                if (data277.channel === void 0) {
                  const err604 = { instancePath: instancePath + "/awareness/fraudWarnings/" + i30, schemaPath: "#/properties/awareness/properties/fraudWarnings/items/required", keyword: "required", params: { missingProperty: "channel" }, message: "must have required property 'channel'" };
                  if (vErrors === null) {
                    vErrors = [err604];
                  } else {
                    vErrors.push(err604);
                  }
                  errors++;
                }
                for (const key65 in data277) {
                  if (!(key65 === "publishedOn" || key65 === "channel" || key65 === "partner" || key65 === "topic")) {
                    const err605 = { instancePath: instancePath + "/awareness/fraudWarnings/" + i30, schemaPath: "#/properties/awareness/properties/fraudWarnings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key65 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err605];
                    } else {
                      vErrors.push(err605);
                    }
                    errors++;
                  }
                }
                if (data277.publishedOn !== void 0) {
                  let data278 = data277.publishedOn;
                  if (typeof data278 === "string") {
                    if (!pattern8.test(data278)) {
                      const err606 = { instancePath: instancePath + "/awareness/fraudWarnings/" + i30 + "/publishedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err606];
                      } else {
                        vErrors.push(err606);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data278)) {
                      const err607 = { instancePath: instancePath + "/awareness/fraudWarnings/" + i30 + "/publishedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err607];
                      } else {
                        vErrors.push(err607);
                      }
                      errors++;
                    }
                  } else {
                    const err608 = { instancePath: instancePath + "/awareness/fraudWarnings/" + i30 + "/publishedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err608];
                    } else {
                      vErrors.push(err608);
                    }
                    errors++;
                  }
                }
                if (data277.channel !== void 0) {
                  let data279 = data277.channel;
                  if (typeof data279 === "string") {
                    if (func22(data279) < 1) {
                      const err609 = { instancePath: instancePath + "/awareness/fraudWarnings/" + i30 + "/channel", schemaPath: "#/properties/awareness/properties/fraudWarnings/items/properties/channel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err609];
                      } else {
                        vErrors.push(err609);
                      }
                      errors++;
                    }
                  } else {
                    const err610 = { instancePath: instancePath + "/awareness/fraudWarnings/" + i30 + "/channel", schemaPath: "#/properties/awareness/properties/fraudWarnings/items/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err610];
                    } else {
                      vErrors.push(err610);
                    }
                    errors++;
                  }
                }
                if (data277.partner !== void 0) {
                  if (typeof data277.partner !== "string") {
                    const err611 = { instancePath: instancePath + "/awareness/fraudWarnings/" + i30 + "/partner", schemaPath: "#/properties/awareness/properties/fraudWarnings/items/properties/partner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err611];
                    } else {
                      vErrors.push(err611);
                    }
                    errors++;
                  }
                }
                if (data277.topic !== void 0) {
                  if (typeof data277.topic !== "string") {
                    const err612 = { instancePath: instancePath + "/awareness/fraudWarnings/" + i30 + "/topic", schemaPath: "#/properties/awareness/properties/fraudWarnings/items/properties/topic/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err612];
                    } else {
                      vErrors.push(err612);
                    }
                    errors++;
                  }
                }
              } else {
                const err613 = { instancePath: instancePath + "/awareness/fraudWarnings/" + i30, schemaPath: "#/properties/awareness/properties/fraudWarnings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err613];
                } else {
                  vErrors.push(err613);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err614 = { instancePath: instancePath + "/awareness", schemaPath: "#/properties/awareness/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err614];
        } else {
          vErrors.push(err614);
        }
        errors++;
      }
    }
    if (data.incidents !== void 0) {
      let data282 = data.incidents;
      if (Array.isArray(data282)) {
        const len31 = data282.length;
        for (let i31 = 0; i31 < len31; i31++) {
          let data283 = data282[i31];
          if (data283 && typeof data283 == "object" && !Array.isArray(data283)) {
            if (data283.id === void 0) {
              const err615 = { instancePath: instancePath + "/incidents/" + i31, schemaPath: "#/properties/incidents/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err615];
              } else {
                vErrors.push(err615);
              }
              errors++;
            }
            if (data283.detectedOn === void 0) {
              const err616 = { instancePath: instancePath + "/incidents/" + i31, schemaPath: "#/properties/incidents/items/required", keyword: "required", params: { missingProperty: "detectedOn" }, message: "must have required property 'detectedOn'" };
              if (vErrors === null) {
                vErrors = [err616];
              } else {
                vErrors.push(err616);
              }
              errors++;
            }
            if (data283.kind === void 0) {
              const err617 = { instancePath: instancePath + "/incidents/" + i31, schemaPath: "#/properties/incidents/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err617];
              } else {
                vErrors.push(err617);
              }
              errors++;
            }
            for (const key66 in data283) {
              if (!func12.call(schema312.properties.incidents.items.properties, key66)) {
                const err618 = { instancePath: instancePath + "/incidents/" + i31, schemaPath: "#/properties/incidents/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key66 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err618];
                } else {
                  vErrors.push(err618);
                }
                errors++;
              }
            }
            if (data283.id !== void 0) {
              let data284 = data283.id;
              if (typeof data284 === "string") {
                if (func22(data284) < 1) {
                  const err619 = { instancePath: instancePath + "/incidents/" + i31 + "/id", schemaPath: "#/properties/incidents/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err619];
                  } else {
                    vErrors.push(err619);
                  }
                  errors++;
                }
              } else {
                const err620 = { instancePath: instancePath + "/incidents/" + i31 + "/id", schemaPath: "#/properties/incidents/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err620];
                } else {
                  vErrors.push(err620);
                }
                errors++;
              }
            }
            if (data283.detectedOn !== void 0) {
              let data285 = data283.detectedOn;
              if (typeof data285 === "string") {
                if (!pattern8.test(data285)) {
                  const err621 = { instancePath: instancePath + "/incidents/" + i31 + "/detectedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err621];
                  } else {
                    vErrors.push(err621);
                  }
                  errors++;
                }
                if (!formats0.validate(data285)) {
                  const err622 = { instancePath: instancePath + "/incidents/" + i31 + "/detectedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err622];
                  } else {
                    vErrors.push(err622);
                  }
                  errors++;
                }
              } else {
                const err623 = { instancePath: instancePath + "/incidents/" + i31 + "/detectedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err623];
                } else {
                  vErrors.push(err623);
                }
                errors++;
              }
            }
            if (data283.kind !== void 0) {
              let data286 = data283.kind;
              if (!(data286 === "account_leak" || data286 === "data_leak" || data286 === "anomalous_access" || data286 === "other")) {
                const err624 = { instancePath: instancePath + "/incidents/" + i31 + "/kind", schemaPath: "#/properties/incidents/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema312.properties.incidents.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err624];
                } else {
                  vErrors.push(err624);
                }
                errors++;
              }
            }
            if (data283.description !== void 0) {
              if (typeof data283.description !== "string") {
                const err625 = { instancePath: instancePath + "/incidents/" + i31 + "/description", schemaPath: "#/properties/incidents/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err625];
                } else {
                  vErrors.push(err625);
                }
                errors++;
              }
            }
            if (data283.handledOn !== void 0) {
              let data288 = data283.handledOn;
              if (typeof data288 === "string") {
                if (!pattern8.test(data288)) {
                  const err626 = { instancePath: instancePath + "/incidents/" + i31 + "/handledOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err626];
                  } else {
                    vErrors.push(err626);
                  }
                  errors++;
                }
                if (!formats0.validate(data288)) {
                  const err627 = { instancePath: instancePath + "/incidents/" + i31 + "/handledOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err627];
                  } else {
                    vErrors.push(err627);
                  }
                  errors++;
                }
              } else {
                const err628 = { instancePath: instancePath + "/incidents/" + i31 + "/handledOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err628];
                } else {
                  vErrors.push(err628);
                }
                errors++;
              }
            }
            if (data283.actions !== void 0) {
              let data289 = data283.actions;
              if (typeof data289 === "string") {
                if (func22(data289) < 1) {
                  const err629 = { instancePath: instancePath + "/incidents/" + i31 + "/actions", schemaPath: "#/properties/incidents/items/properties/actions/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err629];
                  } else {
                    vErrors.push(err629);
                  }
                  errors++;
                }
              } else {
                const err630 = { instancePath: instancePath + "/incidents/" + i31 + "/actions", schemaPath: "#/properties/incidents/items/properties/actions/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err630];
                } else {
                  vErrors.push(err630);
                }
                errors++;
              }
            }
            if (data283.handledBy !== void 0) {
              if (typeof data283.handledBy !== "string") {
                const err631 = { instancePath: instancePath + "/incidents/" + i31 + "/handledBy", schemaPath: "#/properties/incidents/items/properties/handledBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err631];
                } else {
                  vErrors.push(err631);
                }
                errors++;
              }
            }
            if (data283.personalDataBreach !== void 0) {
              if (typeof data283.personalDataBreach !== "boolean") {
                const err632 = { instancePath: instancePath + "/incidents/" + i31 + "/personalDataBreach", schemaPath: "#/properties/incidents/items/properties/personalDataBreach/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err632];
                } else {
                  vErrors.push(err632);
                }
                errors++;
              }
            }
            if (data283.detectedAt !== void 0) {
              let data292 = data283.detectedAt;
              if (typeof data292 === "string") {
                if (!pattern49.test(data292)) {
                  const err633 = { instancePath: instancePath + "/incidents/" + i31 + "/detectedAt", schemaPath: "#/properties/incidents/items/properties/detectedAt/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err633];
                  } else {
                    vErrors.push(err633);
                  }
                  errors++;
                }
              } else {
                const err634 = { instancePath: instancePath + "/incidents/" + i31 + "/detectedAt", schemaPath: "#/properties/incidents/items/properties/detectedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err634];
                } else {
                  vErrors.push(err634);
                }
                errors++;
              }
            }
            if (data283.notifiedAt !== void 0) {
              let data293 = data283.notifiedAt;
              if (typeof data293 === "string") {
                if (!pattern49.test(data293)) {
                  const err635 = { instancePath: instancePath + "/incidents/" + i31 + "/notifiedAt", schemaPath: "#/properties/incidents/items/properties/notifiedAt/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err635];
                  } else {
                    vErrors.push(err635);
                  }
                  errors++;
                }
              } else {
                const err636 = { instancePath: instancePath + "/incidents/" + i31 + "/notifiedAt", schemaPath: "#/properties/incidents/items/properties/notifiedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err636];
                } else {
                  vErrors.push(err636);
                }
                errors++;
              }
            }
            if (data283.notifiedTo !== void 0) {
              let data294 = data283.notifiedTo;
              if (typeof data294 === "string") {
                if (func22(data294) < 1) {
                  const err637 = { instancePath: instancePath + "/incidents/" + i31 + "/notifiedTo", schemaPath: "#/properties/incidents/items/properties/notifiedTo/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err637];
                  } else {
                    vErrors.push(err637);
                  }
                  errors++;
                }
              } else {
                const err638 = { instancePath: instancePath + "/incidents/" + i31 + "/notifiedTo", schemaPath: "#/properties/incidents/items/properties/notifiedTo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err638];
                } else {
                  vErrors.push(err638);
                }
                errors++;
              }
            }
          } else {
            const err639 = { instancePath: instancePath + "/incidents/" + i31, schemaPath: "#/properties/incidents/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err639];
            } else {
              vErrors.push(err639);
            }
            errors++;
          }
        }
      } else {
        const err640 = { instancePath: instancePath + "/incidents", schemaPath: "#/properties/incidents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err640];
        } else {
          vErrors.push(err640);
        }
        errors++;
      }
    }
    if (data.dataProtection !== void 0) {
      let data295 = data.dataProtection;
      if (data295 && typeof data295 == "object" && !Array.isArray(data295)) {
        for (const key67 in data295) {
          if (!(key67 === "officer" || key67 === "impactAssessments")) {
            const err641 = { instancePath: instancePath + "/dataProtection", schemaPath: "#/properties/dataProtection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key67 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err641];
            } else {
              vErrors.push(err641);
            }
            errors++;
          }
        }
        if (data295.officer !== void 0) {
          let data296 = data295.officer;
          if (data296 && typeof data296 == "object" && !Array.isArray(data296)) {
            if (data296.name === void 0) {
              const err642 = { instancePath: instancePath + "/dataProtection/officer", schemaPath: "#/properties/dataProtection/properties/officer/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err642];
              } else {
                vErrors.push(err642);
              }
              errors++;
            }
            for (const key68 in data296) {
              if (!(key68 === "name" || key68 === "decision" || key68 === "service")) {
                const err643 = { instancePath: instancePath + "/dataProtection/officer", schemaPath: "#/properties/dataProtection/properties/officer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key68 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err643];
                } else {
                  vErrors.push(err643);
                }
                errors++;
              }
            }
            if (data296.name !== void 0) {
              let data297 = data296.name;
              if (typeof data297 === "string") {
                if (func22(data297) < 1) {
                  const err644 = { instancePath: instancePath + "/dataProtection/officer/name", schemaPath: "#/properties/dataProtection/properties/officer/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err644];
                  } else {
                    vErrors.push(err644);
                  }
                  errors++;
                }
              } else {
                const err645 = { instancePath: instancePath + "/dataProtection/officer/name", schemaPath: "#/properties/dataProtection/properties/officer/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err645];
                } else {
                  vErrors.push(err645);
                }
                errors++;
              }
            }
            if (data296.decision !== void 0) {
              let data298 = data296.decision;
              if (data298 && typeof data298 == "object" && !Array.isArray(data298)) {
                if (data298.number === void 0) {
                  const err646 = { instancePath: instancePath + "/dataProtection/officer/decision", schemaPath: "#/properties/dataProtection/properties/officer/properties/decision/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'" };
                  if (vErrors === null) {
                    vErrors = [err646];
                  } else {
                    vErrors.push(err646);
                  }
                  errors++;
                }
                if (data298.issuedOn === void 0) {
                  const err647 = { instancePath: instancePath + "/dataProtection/officer/decision", schemaPath: "#/properties/dataProtection/properties/officer/properties/decision/required", keyword: "required", params: { missingProperty: "issuedOn" }, message: "must have required property 'issuedOn'" };
                  if (vErrors === null) {
                    vErrors = [err647];
                  } else {
                    vErrors.push(err647);
                  }
                  errors++;
                }
                for (const key69 in data298) {
                  if (!(key69 === "number" || key69 === "issuedOn")) {
                    const err648 = { instancePath: instancePath + "/dataProtection/officer/decision", schemaPath: "#/properties/dataProtection/properties/officer/properties/decision/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key69 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err648];
                    } else {
                      vErrors.push(err648);
                    }
                    errors++;
                  }
                }
                if (data298.number !== void 0) {
                  let data299 = data298.number;
                  if (typeof data299 === "string") {
                    if (func22(data299) < 1) {
                      const err649 = { instancePath: instancePath + "/dataProtection/officer/decision/number", schemaPath: "#/properties/dataProtection/properties/officer/properties/decision/properties/number/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err649];
                      } else {
                        vErrors.push(err649);
                      }
                      errors++;
                    }
                  } else {
                    const err650 = { instancePath: instancePath + "/dataProtection/officer/decision/number", schemaPath: "#/properties/dataProtection/properties/officer/properties/decision/properties/number/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err650];
                    } else {
                      vErrors.push(err650);
                    }
                    errors++;
                  }
                }
                if (data298.issuedOn !== void 0) {
                  let data300 = data298.issuedOn;
                  if (typeof data300 === "string") {
                    if (!pattern8.test(data300)) {
                      const err651 = { instancePath: instancePath + "/dataProtection/officer/decision/issuedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err651];
                      } else {
                        vErrors.push(err651);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data300)) {
                      const err652 = { instancePath: instancePath + "/dataProtection/officer/decision/issuedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err652];
                      } else {
                        vErrors.push(err652);
                      }
                      errors++;
                    }
                  } else {
                    const err653 = { instancePath: instancePath + "/dataProtection/officer/decision/issuedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err653];
                    } else {
                      vErrors.push(err653);
                    }
                    errors++;
                  }
                }
              } else {
                const err654 = { instancePath: instancePath + "/dataProtection/officer/decision", schemaPath: "#/properties/dataProtection/properties/officer/properties/decision/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err654];
                } else {
                  vErrors.push(err654);
                }
                errors++;
              }
            }
            if (data296.service !== void 0) {
              let data301 = data296.service;
              if (data301 && typeof data301 == "object" && !Array.isArray(data301)) {
                if (data301.provider === void 0) {
                  const err655 = { instancePath: instancePath + "/dataProtection/officer/service", schemaPath: "#/properties/dataProtection/properties/officer/properties/service/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                  if (vErrors === null) {
                    vErrors = [err655];
                  } else {
                    vErrors.push(err655);
                  }
                  errors++;
                }
                if (data301.contract === void 0) {
                  const err656 = { instancePath: instancePath + "/dataProtection/officer/service", schemaPath: "#/properties/dataProtection/properties/officer/properties/service/required", keyword: "required", params: { missingProperty: "contract" }, message: "must have required property 'contract'" };
                  if (vErrors === null) {
                    vErrors = [err656];
                  } else {
                    vErrors.push(err656);
                  }
                  errors++;
                }
                for (const key70 in data301) {
                  if (!(key70 === "provider" || key70 === "contract")) {
                    const err657 = { instancePath: instancePath + "/dataProtection/officer/service", schemaPath: "#/properties/dataProtection/properties/officer/properties/service/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key70 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err657];
                    } else {
                      vErrors.push(err657);
                    }
                    errors++;
                  }
                }
                if (data301.provider !== void 0) {
                  let data302 = data301.provider;
                  if (typeof data302 === "string") {
                    if (func22(data302) < 1) {
                      const err658 = { instancePath: instancePath + "/dataProtection/officer/service/provider", schemaPath: "#/properties/dataProtection/properties/officer/properties/service/properties/provider/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err658];
                      } else {
                        vErrors.push(err658);
                      }
                      errors++;
                    }
                  } else {
                    const err659 = { instancePath: instancePath + "/dataProtection/officer/service/provider", schemaPath: "#/properties/dataProtection/properties/officer/properties/service/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err659];
                    } else {
                      vErrors.push(err659);
                    }
                    errors++;
                  }
                }
                if (data301.contract !== void 0) {
                  let data303 = data301.contract;
                  if (typeof data303 === "string") {
                    if (func22(data303) < 1) {
                      const err660 = { instancePath: instancePath + "/dataProtection/officer/service/contract", schemaPath: "#/properties/dataProtection/properties/officer/properties/service/properties/contract/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err660];
                      } else {
                        vErrors.push(err660);
                      }
                      errors++;
                    }
                  } else {
                    const err661 = { instancePath: instancePath + "/dataProtection/officer/service/contract", schemaPath: "#/properties/dataProtection/properties/officer/properties/service/properties/contract/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err661];
                    } else {
                      vErrors.push(err661);
                    }
                    errors++;
                  }
                }
              } else {
                const err662 = { instancePath: instancePath + "/dataProtection/officer/service", schemaPath: "#/properties/dataProtection/properties/officer/properties/service/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err662];
                } else {
                  vErrors.push(err662);
                }
                errors++;
              }
            }
          } else {
            const err663 = { instancePath: instancePath + "/dataProtection/officer", schemaPath: "#/properties/dataProtection/properties/officer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err663];
            } else {
              vErrors.push(err663);
            }
            errors++;
          }
        }
        if (data295.impactAssessments !== void 0) {
          let data304 = data295.impactAssessments;
          if (Array.isArray(data304)) {
            const len32 = data304.length;
            for (let i32 = 0; i32 < len32; i32++) {
              let data305 = data304[i32];
              if (data305 && typeof data305 == "object" && !Array.isArray(data305)) {
                if (data305.id === void 0) {
                  const err664 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32, schemaPath: "#/properties/dataProtection/properties/impactAssessments/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                  if (vErrors === null) {
                    vErrors = [err664];
                  } else {
                    vErrors.push(err664);
                  }
                  errors++;
                }
                if (data305.processing === void 0) {
                  const err665 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32, schemaPath: "#/properties/dataProtection/properties/impactAssessments/items/required", keyword: "required", params: { missingProperty: "processing" }, message: "must have required property 'processing'" };
                  if (vErrors === null) {
                    vErrors = [err665];
                  } else {
                    vErrors.push(err665);
                  }
                  errors++;
                }
                if (data305.startedOn === void 0) {
                  const err666 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32, schemaPath: "#/properties/dataProtection/properties/impactAssessments/items/required", keyword: "required", params: { missingProperty: "startedOn" }, message: "must have required property 'startedOn'" };
                  if (vErrors === null) {
                    vErrors = [err666];
                  } else {
                    vErrors.push(err666);
                  }
                  errors++;
                }
                for (const key71 in data305) {
                  if (!(key71 === "id" || key71 === "processing" || key71 === "startedOn" || key71 === "submittedOn" || key71 === "reference")) {
                    const err667 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32, schemaPath: "#/properties/dataProtection/properties/impactAssessments/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key71 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err667];
                    } else {
                      vErrors.push(err667);
                    }
                    errors++;
                  }
                }
                if (data305.id !== void 0) {
                  let data306 = data305.id;
                  if (typeof data306 === "string") {
                    if (func22(data306) < 1) {
                      const err668 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32 + "/id", schemaPath: "#/properties/dataProtection/properties/impactAssessments/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err668];
                      } else {
                        vErrors.push(err668);
                      }
                      errors++;
                    }
                  } else {
                    const err669 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32 + "/id", schemaPath: "#/properties/dataProtection/properties/impactAssessments/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err669];
                    } else {
                      vErrors.push(err669);
                    }
                    errors++;
                  }
                }
                if (data305.processing !== void 0) {
                  let data307 = data305.processing;
                  if (typeof data307 === "string") {
                    if (func22(data307) < 1) {
                      const err670 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32 + "/processing", schemaPath: "#/properties/dataProtection/properties/impactAssessments/items/properties/processing/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err670];
                      } else {
                        vErrors.push(err670);
                      }
                      errors++;
                    }
                  } else {
                    const err671 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32 + "/processing", schemaPath: "#/properties/dataProtection/properties/impactAssessments/items/properties/processing/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err671];
                    } else {
                      vErrors.push(err671);
                    }
                    errors++;
                  }
                }
                if (data305.startedOn !== void 0) {
                  let data308 = data305.startedOn;
                  if (typeof data308 === "string") {
                    if (!pattern8.test(data308)) {
                      const err672 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32 + "/startedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err672];
                      } else {
                        vErrors.push(err672);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data308)) {
                      const err673 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32 + "/startedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err673];
                      } else {
                        vErrors.push(err673);
                      }
                      errors++;
                    }
                  } else {
                    const err674 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32 + "/startedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err674];
                    } else {
                      vErrors.push(err674);
                    }
                    errors++;
                  }
                }
                if (data305.submittedOn !== void 0) {
                  let data309 = data305.submittedOn;
                  if (typeof data309 === "string") {
                    if (!pattern8.test(data309)) {
                      const err675 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32 + "/submittedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err675];
                      } else {
                        vErrors.push(err675);
                      }
                      errors++;
                    }
                    if (!formats0.validate(data309)) {
                      const err676 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32 + "/submittedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err676];
                      } else {
                        vErrors.push(err676);
                      }
                      errors++;
                    }
                  } else {
                    const err677 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32 + "/submittedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err677];
                    } else {
                      vErrors.push(err677);
                    }
                    errors++;
                  }
                }
                if (data305.reference !== void 0) {
                  let data310 = data305.reference;
                  if (typeof data310 === "string") {
                    if (func22(data310) < 1) {
                      const err678 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32 + "/reference", schemaPath: "#/properties/dataProtection/properties/impactAssessments/items/properties/reference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err678];
                      } else {
                        vErrors.push(err678);
                      }
                      errors++;
                    }
                  } else {
                    const err679 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32 + "/reference", schemaPath: "#/properties/dataProtection/properties/impactAssessments/items/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err679];
                    } else {
                      vErrors.push(err679);
                    }
                    errors++;
                  }
                }
              } else {
                const err680 = { instancePath: instancePath + "/dataProtection/impactAssessments/" + i32, schemaPath: "#/properties/dataProtection/properties/impactAssessments/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err680];
                } else {
                  vErrors.push(err680);
                }
                errors++;
              }
            }
          } else {
            const err681 = { instancePath: instancePath + "/dataProtection/impactAssessments", schemaPath: "#/properties/dataProtection/properties/impactAssessments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err681];
            } else {
              vErrors.push(err681);
            }
            errors++;
          }
        }
      } else {
        const err682 = { instancePath: instancePath + "/dataProtection", schemaPath: "#/properties/dataProtection/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err682];
        } else {
          vErrors.push(err682);
        }
        errors++;
      }
    }
    if (data.electronicRecords !== void 0) {
      let data311 = data.electronicRecords;
      if (data311 && typeof data311 == "object" && !Array.isArray(data311)) {
        for (const key72 in data311) {
          if (!(key72 === "inUseSince" || key72 === "systems")) {
            const err683 = { instancePath: instancePath + "/electronicRecords", schemaPath: "#/properties/electronicRecords/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key72 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err683];
            } else {
              vErrors.push(err683);
            }
            errors++;
          }
        }
        if (data311.inUseSince !== void 0) {
          let data312 = data311.inUseSince;
          if (typeof data312 === "string") {
            if (!pattern8.test(data312)) {
              const err684 = { instancePath: instancePath + "/electronicRecords/inUseSince", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
              if (vErrors === null) {
                vErrors = [err684];
              } else {
                vErrors.push(err684);
              }
              errors++;
            }
            if (!formats0.validate(data312)) {
              const err685 = { instancePath: instancePath + "/electronicRecords/inUseSince", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
              if (vErrors === null) {
                vErrors = [err685];
              } else {
                vErrors.push(err685);
              }
              errors++;
            }
          } else {
            const err686 = { instancePath: instancePath + "/electronicRecords/inUseSince", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err686];
            } else {
              vErrors.push(err686);
            }
            errors++;
          }
        }
        if (data311.systems !== void 0) {
          let data313 = data311.systems;
          if (Array.isArray(data313)) {
            const len33 = data313.length;
            for (let i33 = 0; i33 < len33; i33++) {
              if (typeof data313[i33] !== "string") {
                const err687 = { instancePath: instancePath + "/electronicRecords/systems/" + i33, schemaPath: "#/properties/electronicRecords/properties/systems/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err687];
                } else {
                  vErrors.push(err687);
                }
                errors++;
              }
            }
          } else {
            const err688 = { instancePath: instancePath + "/electronicRecords/systems", schemaPath: "#/properties/electronicRecords/properties/systems/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err688];
            } else {
              vErrors.push(err688);
            }
            errors++;
          }
        }
      } else {
        const err689 = { instancePath: instancePath + "/electronicRecords", schemaPath: "#/properties/electronicRecords/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err689];
        } else {
          vErrors.push(err689);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data315 = data.waivers;
      if (!data315 || typeof data315 != "object") {
        const err690 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: schema312.properties.waivers.type }, message: "must be array,object" };
        if (vErrors === null) {
          vErrors = [err690];
        } else {
          vErrors.push(err690);
        }
        errors++;
      }
      const _errs806 = errors;
      let valid204 = true;
      const _errs807 = errors;
      if (!(data315 && typeof data315 == "object" && !Array.isArray(data315))) {
        const err691 = {};
        if (vErrors === null) {
          vErrors = [err691];
        } else {
          vErrors.push(err691);
        }
        errors++;
      }
      var _valid17 = _errs807 === errors;
      errors = _errs806;
      if (vErrors !== null) {
        if (_errs806) {
          vErrors.length = _errs806;
        } else {
          vErrors = null;
        }
      }
      if (_valid17) {
        const _errs809 = errors;
        if (data315 && typeof data315 == "object" && !Array.isArray(data315)) {
          if (data315.from === void 0) {
            const err692 = { instancePath: instancePath + "/waivers", schemaPath: "#/$defs/evidenceImport/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
            if (vErrors === null) {
              vErrors = [err692];
            } else {
              vErrors.push(err692);
            }
            errors++;
          }
          for (const key73 in data315) {
            if (!(key73 === "from" || key73 === "sheet" || key73 === "columns" || key73 === "format")) {
              const err693 = { instancePath: instancePath + "/waivers", schemaPath: "#/$defs/evidenceImport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key73 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err693];
              } else {
                vErrors.push(err693);
              }
              errors++;
            }
          }
          if (data315.from !== void 0) {
            let data316 = data315.from;
            if (typeof data316 === "string") {
              if (func22(data316) < 1) {
                const err694 = { instancePath: instancePath + "/waivers/from", schemaPath: "#/$defs/evidenceImport/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err694];
                } else {
                  vErrors.push(err694);
                }
                errors++;
              }
              if (!pattern6.test(data316)) {
                const err695 = { instancePath: instancePath + "/waivers/from", schemaPath: "#/$defs/evidenceImport/properties/from/pattern", keyword: "pattern", params: { pattern: "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$" }, message: 'must match pattern "\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Tt][Xx][Tt]|[Ll][Oo][Gg]|[Xx][Ll][Ss][Xx])$"' };
                if (vErrors === null) {
                  vErrors = [err695];
                } else {
                  vErrors.push(err695);
                }
                errors++;
              }
            } else {
              const err696 = { instancePath: instancePath + "/waivers/from", schemaPath: "#/$defs/evidenceImport/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err696];
              } else {
                vErrors.push(err696);
              }
              errors++;
            }
          }
          if (data315.sheet !== void 0) {
            let data317 = data315.sheet;
            if (typeof data317 === "string") {
              if (func22(data317) < 1) {
                const err697 = { instancePath: instancePath + "/waivers/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err697];
                } else {
                  vErrors.push(err697);
                }
                errors++;
              }
            } else {
              const err698 = { instancePath: instancePath + "/waivers/sheet", schemaPath: "#/$defs/evidenceImport/properties/sheet/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err698];
              } else {
                vErrors.push(err698);
              }
              errors++;
            }
          }
          if (data315.columns !== void 0) {
            let data318 = data315.columns;
            if (data318 && typeof data318 == "object" && !Array.isArray(data318)) {
              for (const key74 in data318) {
                let data319 = data318[key74];
                if (typeof data319 !== "string" && data319 !== null) {
                  const err699 = { instancePath: instancePath + "/waivers/columns/" + key74.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/evidenceImport/properties/columns/additionalProperties/type", keyword: "type", params: { type: schema32.properties.columns.additionalProperties.type }, message: "must be string,null" };
                  if (vErrors === null) {
                    vErrors = [err699];
                  } else {
                    vErrors.push(err699);
                  }
                  errors++;
                }
              }
            } else {
              const err700 = { instancePath: instancePath + "/waivers/columns", schemaPath: "#/$defs/evidenceImport/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err700];
              } else {
                vErrors.push(err700);
              }
              errors++;
            }
          }
          if (data315.format !== void 0) {
            let data320 = data315.format;
            if (!(data320 === "rows" || data320 === "access-log")) {
              const err701 = { instancePath: instancePath + "/waivers/format", schemaPath: "#/$defs/evidenceImport/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err701];
              } else {
                vErrors.push(err701);
              }
              errors++;
            }
          }
        } else {
          const err702 = { instancePath: instancePath + "/waivers", schemaPath: "#/$defs/evidenceImport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err702];
          } else {
            vErrors.push(err702);
          }
          errors++;
        }
        var _valid17 = _errs809 === errors;
        valid204 = _valid17;
      }
      if (!valid204) {
        const err703 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err703];
        } else {
          vErrors.push(err703);
        }
        errors++;
      }
      if (Array.isArray(data315)) {
        const len34 = data315.length;
        for (let i34 = 0; i34 < len34; i34++) {
          let data321 = data315[i34];
          if (data321 && typeof data321 == "object" && !Array.isArray(data321)) {
            if (data321.rule === void 0) {
              const err704 = { instancePath: instancePath + "/waivers/" + i34, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err704];
              } else {
                vErrors.push(err704);
              }
              errors++;
            }
            if (data321.target === void 0) {
              const err705 = { instancePath: instancePath + "/waivers/" + i34, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'" };
              if (vErrors === null) {
                vErrors = [err705];
              } else {
                vErrors.push(err705);
              }
              errors++;
            }
            if (data321.reason === void 0) {
              const err706 = { instancePath: instancePath + "/waivers/" + i34, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err706];
              } else {
                vErrors.push(err706);
              }
              errors++;
            }
            if (data321.approvedBy === void 0) {
              const err707 = { instancePath: instancePath + "/waivers/" + i34, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "approvedBy" }, message: "must have required property 'approvedBy'" };
              if (vErrors === null) {
                vErrors = [err707];
              } else {
                vErrors.push(err707);
              }
              errors++;
            }
            if (data321.expiresOn === void 0) {
              const err708 = { instancePath: instancePath + "/waivers/" + i34, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "expiresOn" }, message: "must have required property 'expiresOn'" };
              if (vErrors === null) {
                vErrors = [err708];
              } else {
                vErrors.push(err708);
              }
              errors++;
            }
            for (const key75 in data321) {
              if (!(key75 === "rule" || key75 === "target" || key75 === "reason" || key75 === "approvedBy" || key75 === "approvedOn" || key75 === "risk" || key75 === "expiresOn")) {
                const err709 = { instancePath: instancePath + "/waivers/" + i34, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key75 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err709];
                } else {
                  vErrors.push(err709);
                }
                errors++;
              }
            }
            if (data321.rule !== void 0) {
              let data322 = data321.rule;
              if (typeof data322 === "string") {
                if (func22(data322) < 1) {
                  const err710 = { instancePath: instancePath + "/waivers/" + i34 + "/rule", schemaPath: "#/properties/waivers/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err710];
                  } else {
                    vErrors.push(err710);
                  }
                  errors++;
                }
              } else {
                const err711 = { instancePath: instancePath + "/waivers/" + i34 + "/rule", schemaPath: "#/properties/waivers/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err711];
                } else {
                  vErrors.push(err711);
                }
                errors++;
              }
            }
            if (data321.target !== void 0) {
              let data323 = data321.target;
              if (typeof data323 === "string") {
                if (func22(data323) < 1) {
                  const err712 = { instancePath: instancePath + "/waivers/" + i34 + "/target", schemaPath: "#/properties/waivers/items/properties/target/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err712];
                  } else {
                    vErrors.push(err712);
                  }
                  errors++;
                }
              } else {
                const err713 = { instancePath: instancePath + "/waivers/" + i34 + "/target", schemaPath: "#/properties/waivers/items/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err713];
                } else {
                  vErrors.push(err713);
                }
                errors++;
              }
            }
            if (data321.reason !== void 0) {
              let data324 = data321.reason;
              if (typeof data324 === "string") {
                if (func22(data324) < 1) {
                  const err714 = { instancePath: instancePath + "/waivers/" + i34 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err714];
                  } else {
                    vErrors.push(err714);
                  }
                  errors++;
                }
              } else {
                const err715 = { instancePath: instancePath + "/waivers/" + i34 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err715];
                } else {
                  vErrors.push(err715);
                }
                errors++;
              }
            }
            if (data321.approvedBy !== void 0) {
              let data325 = data321.approvedBy;
              if (typeof data325 === "string") {
                if (func22(data325) < 1) {
                  const err716 = { instancePath: instancePath + "/waivers/" + i34 + "/approvedBy", schemaPath: "#/properties/waivers/items/properties/approvedBy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err716];
                  } else {
                    vErrors.push(err716);
                  }
                  errors++;
                }
              } else {
                const err717 = { instancePath: instancePath + "/waivers/" + i34 + "/approvedBy", schemaPath: "#/properties/waivers/items/properties/approvedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err717];
                } else {
                  vErrors.push(err717);
                }
                errors++;
              }
            }
            if (data321.approvedOn !== void 0) {
              let data326 = data321.approvedOn;
              if (typeof data326 === "string") {
                if (!pattern8.test(data326)) {
                  const err718 = { instancePath: instancePath + "/waivers/" + i34 + "/approvedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err718];
                  } else {
                    vErrors.push(err718);
                  }
                  errors++;
                }
                if (!formats0.validate(data326)) {
                  const err719 = { instancePath: instancePath + "/waivers/" + i34 + "/approvedOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err719];
                  } else {
                    vErrors.push(err719);
                  }
                  errors++;
                }
              } else {
                const err720 = { instancePath: instancePath + "/waivers/" + i34 + "/approvedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err720];
                } else {
                  vErrors.push(err720);
                }
                errors++;
              }
            }
            if (data321.risk !== void 0) {
              let data327 = data321.risk;
              if (!(data327 === "low" || data327 === "medium" || data327 === "high")) {
                const err721 = { instancePath: instancePath + "/waivers/" + i34 + "/risk", schemaPath: "#/properties/waivers/items/properties/risk/enum", keyword: "enum", params: { allowedValues: schema312.properties.waivers.items.properties.risk.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err721];
                } else {
                  vErrors.push(err721);
                }
                errors++;
              }
            }
            if (data321.expiresOn !== void 0) {
              let data328 = data321.expiresOn;
              if (typeof data328 === "string") {
                if (!pattern8.test(data328)) {
                  const err722 = { instancePath: instancePath + "/waivers/" + i34 + "/expiresOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err722];
                  } else {
                    vErrors.push(err722);
                  }
                  errors++;
                }
                if (!formats0.validate(data328)) {
                  const err723 = { instancePath: instancePath + "/waivers/" + i34 + "/expiresOn", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err723];
                  } else {
                    vErrors.push(err723);
                  }
                  errors++;
                }
              } else {
                const err724 = { instancePath: instancePath + "/waivers/" + i34 + "/expiresOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err724];
                } else {
                  vErrors.push(err724);
                }
                errors++;
              }
            }
          } else {
            const err725 = { instancePath: instancePath + "/waivers/" + i34, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err725];
            } else {
              vErrors.push(err725);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err726 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err726];
    } else {
      vErrors.push(err726);
    }
    errors++;
  }
  validate203.errors = vErrors;
  return errors === 0;
});
validate202.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validate3 = validate202;

// src/validate/schema.ts
var validate4 = validate3;
function validateConfig(config) {
  if (validate4(config.data)) return [];
  return (validate4.errors ?? []).filter((error) => error.keyword !== "if" && !secretKeyLetThrough(error)).map((error) => {
    const pointer = error.keyword === "additionalProperties" ? `${error.instancePath}/${String(error.params.additionalProperty)}` : error.instancePath;
    return new InputError(locate(config, pointer), describe2(error));
  });
}
function secretKeyLetThrough(error) {
  return error.keyword === "additionalProperties" && isSecretNamedKey(String(error.params.additionalProperty));
}
function describe2(error) {
  const where = error.instancePath || "/";
  const at = fieldPhraseVi(where);
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return {
        vi: `${at}: thiếu trường bắt buộc "${String(params.missingProperty)}"${missingLabel(where, params.missingProperty)}.`,
        en: `${where}: missing required field "${String(params.missingProperty)}".`
      };
    case "additionalProperties":
      return unknownField(where, params.additionalProperty);
    case "type":
      return params.type === "string" ? {
        vi: `${at}: cần chuỗi ký tự; hãy đặt giá trị trong dấu nháy, ví dụ "01905", "2026-01-15".`,
        en: `${where}: expected string; put the value in quotes, e.g. "01905", "2026-01-15".`
      } : {
        vi: `${at}: cần ${TYPE_VI[String(params.type)] ?? String(params.type)}.`,
        en: `${where}: expected ${String(params.type)}.`
      };
    case "enum":
      return {
        vi: `${at}: cần một trong ${JSON.stringify(params.allowedValues)}.`,
        en: `${where}: expected one of ${JSON.stringify(params.allowedValues)}.`
      };
    case "const":
      return {
        vi: `${at}: phải là ${JSON.stringify(params.allowedValue)}.`,
        en: `${where}: must be ${JSON.stringify(params.allowedValue)}.`
      };
    case "format":
    case "pattern":
      return schemaMessage(error.schemaPath, where) ?? (params.format === "date" || String(params.pattern ?? "").includes("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? { vi: `${at}: cần ngày có thật dạng YYYY-MM-DD.`, en: `${where}: expected a real date in YYYY-MM-DD form.` } : {
        vi: `${at}: không đúng dạng ${String(params.pattern ?? params.format)}.`,
        en: `${where}: does not match ${String(params.pattern ?? params.format)}.`
      });
    case "minLength":
    case "maxLength":
    case "minimum":
    case "maximum":
    case "minItems":
    case "maxItems":
      return { vi: `${at}: ${LIMIT_VI[error.keyword]} ${String(params.limit)}.`, en: `${where}: ${error.message ?? "invalid"}.` };
    default:
      return { vi: `${at}: giá trị không hợp lệ.`, en: `${where}: ${error.message ?? "invalid"}.` };
  }
}
var LIMIT_VI = {
  minLength: "cần ít nhất số ký tự là",
  maxLength: "không được dài quá số ký tự là",
  minimum: "không được nhỏ hơn",
  maximum: "không được lớn hơn",
  minItems: "cần ít nhất số mục là",
  maxItems: "không được nhiều hơn số mục là"
};
function missingLabel(where, name) {
  const label = typeof name === "string" ? fieldLabel(`${where === "/" ? "" : where}/${name}`) : void 0;
  return label ? ` (${label.vi})` : "";
}
var TYPE_VI = {
  boolean: "giá trị đúng/sai (true hoặc false)",
  integer: "số nguyên",
  number: "số",
  array: "danh sách",
  object: "nhóm trường (dạng tên: giá trị)",
  null: "giá trị rỗng"
};
function unknownField(where, name) {
  const renamed = typeof name === "string" ? renamedTo(`${where === "/" ? "" : where}/${name}`) : void 0;
  const text2 = {
    vi: `${fieldPhraseVi(where)}: trường ${fieldName(name)} không có trong định dạng v2.`,
    en: `${where}: unknown field ${fieldName(name)} (not in format v2).`
  };
  return renamed === void 0 ? text2 : {
    vi: `${text2.vi} Định dạng v2 đổi tên trường này thành "${renamed}".`,
    en: `${text2.en} Format v2 renamed it "${renamed}".`
  };
}
function schemaMessage(schemaPath, where) {
  const tokens = schemaPath.replace(/^#\//, "").split("/").slice(0, -1);
  const node = tokens.reduce(
    (current, token) => current?.[token],
    facilitySchema()
  );
  const message = bilingualText(node?.patternErrorMessage);
  if (!message) return void 0;
  const place = fieldPhraseVi(where);
  const named = message.vi.toLocaleLowerCase("vi").startsWith(place.split(" (")[0].toLocaleLowerCase("vi"));
  return { vi: named ? message.vi : `${place}: ${message.vi}`, en: `${where}: ${message.en}` };
}
function fieldName(name) {
  return typeof name === "string" && /^[A-Za-z_$][A-Za-z0-9_$-]{0,40}$/.test(name) ? `"${name}"` : "(name withheld)";
}

// src/validate/values.ts
var wellFormed = (text2) => text2.isWellFormed();
function validateValues(config) {
  const errors = [];
  const pending = [{ value: config.data }];
  while (pending.length > 0 && errors.length < 20) {
    const walked = pending.pop();
    const { value, key } = walked;
    const text2 = key !== void 0 && !wellFormed(key) ? key : value;
    if (typeof text2 === "string" && !wellFormed(text2)) {
      errors.push(
        new InputError(locate(config, walkedPointer(walked)), {
          vi: "Chuỗi chứa nửa cặp thay thế UTF-16 (ví dụ \\ud800) không phải ký tự nào; hãy xoá hoặc gõ lại ký tự đó.",
          en: "The text holds a lone UTF-16 surrogate (e.g. \\ud800), which is no character; delete or retype it."
        })
      );
    } else if (typeof value === "number" && (!Number.isFinite(value) || Number.isInteger(value) && !Number.isSafeInteger(value))) {
      errors.push(
        new InputError(locate(config, walkedPointer(walked)), {
          vi: "Số quá lớn để đọc chính xác (vượt 2^53); nếu đây là mã số, hãy đặt trong dấu nháy.",
          en: "The number is too large to read exactly (beyond 2^53); if it is an identifier, put it in quotes."
        })
      );
    } else for (const child of walkedChildren(walked)) pending.push(child);
  }
  return errors.sort((a, b) => a.location.line - b.location.line);
}

// src/assess.ts
var version;
function reportHeader(options, loaded) {
  const asOf = options.asOf ?? todayInVietnam();
  const invalid2 = invalidIsoDate(asOf);
  if (invalid2) throw new UsageError("asOf", invalid2);
  const profile = loaded ?? loadProfile(options.profile);
  const packs = [.../* @__PURE__ */ new Set([...profile.packs, ...options.packs ?? []])].sort();
  assertKnownPacks(loadCatalog(), packs);
  const manifest = loadManifest();
  version ??= JSON.parse(readPackageText("package.json")).version;
  return {
    tool: { name: "kcb-compliance", version, opa: manifest.opa, policySha256: manifest.sha256 },
    asOf,
    timeZone: TIME_ZONE,
    profile: { name: profile.name, source: profile.source, params: profile.params, bases: profile.bases },
    packs
  };
}
function startAssessor(header, limits, { findings = "all" } = {}) {
  const packs = header.packs ?? [];
  const catalog2 = catalogForPacks(loadCatalog(), packs);
  const engine = loadEngineOrFailure(header.profile.params, limits, packs, findings);
  return (loaded) => {
    try {
      return assess(loaded, engine, catalog2, header.asOf);
    } catch (error) {
      return withholdSecrets(failedFacility(loaded.file, [inputErrorRecord(unexpectedFailure(loaded.file, error))]));
    }
  };
}
function loadEngineOrFailure(params, limits, packs, findings) {
  try {
    return loadEngine(params, void 0, { maxMemoryBytes: limits.maxPolicyMemoryBytes, packs, findings });
  } catch (error) {
    if (error instanceof EngineError) return failedEngine(error);
    throw error;
  }
}
function assess(loaded, engine, catalog2, asOf) {
  if ("errors" in loaded && loaded.data === void 0)
    return withholdSecrets(failedFacility(loaded.file, loaded.errors.map(inputErrorRecord)));
  const secrets = findConfigSecrets(loaded.data);
  const report = withholdSecrets(
    withDelegation(assessLoaded(loaded, engine, catalog2, asOf, secrets), loaded.data),
    loaded.data,
    secrets
  );
  return loaded.notices?.length ? { ...report, notices: loaded.notices } : report;
}
function withDelegation(report, data) {
  const delegation = report.errors.length === 0 ? delegationRows(data) : void 0;
  return delegation ? { ...report, delegation } : report;
}
function assessLoaded(loaded, engine, catalog2, asOf, secrets) {
  if ("errors" in loaded) return failedFacility(loaded.file, loaded.errors.map(inputErrorRecord), loaded.data);
  const valueErrors = validateValues(loaded);
  if (valueErrors.length > 0) return failedFacility(loaded.file, valueErrors.map(inputErrorRecord), loaded.data);
  const schemaErrors = validateConfig(loaded);
  if (schemaErrors.length > 0) return failedFacility(loaded.file, schemaErrors.map(inputErrorRecord), loaded.data);
  const integrityErrors = [...validateReferences(loaded), ...validateEventDates(loaded, asOf)];
  if (integrityErrors.length > 0) return failedFacility(loaded.file, integrityErrors.map(inputErrorRecord), loaded.data);
  try {
    return facilityReport(loaded, engine.evaluate(loaded.data, asOf, secrets), catalog2);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    const location = { file: loaded.file, line: 1, column: 1 };
    return failedFacility(
      loaded.file,
      [
        {
          kind: "engine",
          location,
          message: {
            vi: `Lỗi bộ máy chính sách, cơ sở này chưa được đánh giá: ${error.message}`,
            en: `Policy engine error, this facility was not assessed: ${error.message}`
          }
        }
      ],
      loaded.data
    );
  }
}

// src/batch/catalog-text.ts
function catalogHeaders(catalog2) {
  return new Map(catalog2.rules.map((rule) => [rule.id, ruleHeader(rule, catalog2)]));
}
function withoutCatalogText(facility, headers) {
  return {
    ...facility,
    rules: facility.rules.map((rule) => {
      const header = headers.get(rule.id);
      return header && sameText(rule, header) ? { id: rule.id, status: rule.status, findings: rule.findings } : rule;
    })
  };
}
function withCatalogText(facility, headers) {
  return {
    ...facility,
    rules: facility.rules.map((rule) => {
      if ("title" in rule) return rule;
      const header = headers.get(rule.id);
      if (!header) throw new Error(`rule ${rule.id} is not in the main thread's catalog`);
      return { ...header, status: rule.status, findings: rule.findings };
    })
  };
}
function sameText(rule, header) {
  return rule.severity === header.severity && rule.clause === header.clause && sameBilingual(rule.title, header.title) && sameBilingual(rule.remediation, header.remediation) && rule.directive.id === header.directive.id && rule.directive.number === header.directive.number && rule.directive.issuer === header.directive.issuer && rule.directive.date === header.directive.date && rule.directive.item === header.directive.item && Object.keys(rule).length === Object.keys(header).length + 2;
}
function sameBilingual(a, b) {
  return a.vi === b.vi && a.en === b.en;
}

export {
  loadFacility,
  summarize,
  SummaryTally,
  exitCode,
  collectGarbage,
  BUNDLED_PROFILES,
  loadProfile,
  resolvedParams,
  loadCatalog,
  catalogForPacks,
  assertKnownPacks,
  redactText,
  REDACTED,
  capText,
  reportHeader,
  startAssessor,
  catalogHeaders,
  withoutCatalogText,
  withCatalogText
};
