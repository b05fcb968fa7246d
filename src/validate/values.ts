import { InputError } from "../errors.js";
import { locate, type LoadedConfig } from "../load/config.js";
import { walkedChildren, walkedPointer, type WalkedValue } from "../load/pointer.js";

/** False for text holding a lone UTF-16 surrogate (String.prototype.isWellFormed, ES2024, which lib ES2022 does not declare). */
const wellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();

/**
 * Values the policy engine cannot take faithfully, refused at their own line rather than as an engine error at
 * 1:1: text holding a lone UTF-16 surrogate (an escape such as "\ud800", which is no character), and numbers that
 * are not exact (integers beyond 2^53, which JSON readers round, or beyond any range, read as Infinity).
 */
export function validateValues(config: LoadedConfig): InputError[] {
  const errors: InputError[] = [];
  const pending: WalkedValue[] = [{ value: config.data }];
  while (pending.length > 0 && errors.length < 20) {
    const walked = pending.pop()!;
    const { value, key } = walked;
    // A key with a lone surrogate is reported at its own pointer, in place of its value.
    const text = key !== undefined && !wellFormed(key) ? key : value;
    if (typeof text === "string" && !wellFormed(text)) {
      errors.push(
        new InputError(locate(config, walkedPointer(walked)), {
          vi: "Chuỗi chứa nửa cặp thay thế UTF-16 (ví dụ \\ud800) không phải ký tự nào; hãy xoá hoặc gõ lại ký tự đó.",
          en: "The text holds a lone UTF-16 surrogate (e.g. \\ud800), which is no character; delete or retype it.",
        }),
      );
    } else if (
      typeof value === "number" &&
      (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value)))
    ) {
      errors.push(
        new InputError(locate(config, walkedPointer(walked)), {
          vi: "Số quá lớn để đọc chính xác (vượt 2^53); nếu đây là mã số, hãy đặt trong dấu nháy.",
          en: "The number is too large to read exactly (beyond 2^53); if it is an identifier, put it in quotes.",
        }),
      );
    } else for (const child of walkedChildren(walked)) pending.push(child);
  }
  return errors.sort((a, b) => a.location.line - b.location.line);
}
