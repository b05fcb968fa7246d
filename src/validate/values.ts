import { InputError } from "../errors.js";
import { escapePointerToken, locate, type LoadedConfig } from "../load/config.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/**
 * Values the policy engine cannot take faithfully, refused at their own line rather than as an engine error at
 * 1:1: text holding a lone UTF-16 surrogate (an escape such as "\ud800", which is no character), and numbers that
 * are not exact (integers beyond 2^53, which JSON readers round, or beyond any range, read as Infinity).
 */
export function validateValues(config: LoadedConfig): InputError[] {
  const errors: InputError[] = [];
  const pending: Array<{ value: unknown; pointer: string }> = [{ value: config.data, pointer: "" }];
  while (pending.length > 0 && errors.length < 20) {
    const { value, pointer } = pending.pop()!;
    if (typeof value === "string" && LONE_SURROGATE.test(value)) {
      errors.push(
        new InputError(locate(config, pointer), {
          vi: "Chuỗi chứa nửa cặp thay thế UTF-16 (ví dụ \\ud800) không phải ký tự nào; hãy xoá hoặc gõ lại ký tự đó.",
          en: "The text holds a lone UTF-16 surrogate (e.g. \\ud800), which is no character; delete or retype it.",
        }),
      );
    } else if (
      typeof value === "number" &&
      (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value)))
    ) {
      errors.push(
        new InputError(locate(config, pointer), {
          vi: "Số quá lớn để đọc chính xác (vượt 2^53); nếu đây là mã số, hãy đặt trong dấu nháy.",
          en: "The number is too large to read exactly (beyond 2^53); if it is an identifier, put it in quotes.",
        }),
      );
    } else if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        const childPointer = `${pointer}/${escapePointerToken(key)}`;
        if (LONE_SURROGATE.test(key)) pending.push({ value: key, pointer: childPointer });
        else pending.push({ value: child, pointer: childPointer });
      }
    }
  }
  return errors.sort((a, b) => a.location.line - b.location.line);
}
