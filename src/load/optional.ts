import { InputError, type Bilingual, type Location } from "../errors.js";

/**
 * Imports a module that needs a heavy or native dependency (ts-morph, DuckDB) on first use. A build that leaves the
 * dependency out (the GitHub Action's bundle) then reports the input it cannot read instead of crashing.
 */
export async function importFeature<T>(load: () => Promise<T>, where: Location, feature: Bilingual): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND") throw error;
    throw new InputError(where, {
      vi: `Bản cài đặt này không hỗ trợ ${feature.vi}; hãy dùng lệnh kcb (gói npm kcb-compliance).`,
      en: `This build does not support ${feature.en}; use the kcb command (npm package kcb-compliance).`,
    });
  }
}
