import { InputError, type Bilingual, type Location } from "../errors.js";

/** A reader that needs a heavy or native package, loaded on first use. */
export interface OptionalFeature {
  /** What it reads, e.g. "TypeScript configs". */
  what: Bilingual;
  /** What it needs, as users know it ("ts-morph", "DuckDB"). */
  needs: string;
  /** The npm package to install. */
  packageName: string;
  /** What to do instead in the browser page, which cannot install anything. */
  inPage: Bilingual;
}

/**
 * The error code of a module left out of the browser page's build (scripts/build-web.mjs puts
 * web/src/shims/absent.ts in its place): there is nothing to install there, only another way to check the file.
 */
export const ABSENT_FROM_PAGE = "KCB_ABSENT_FROM_PAGE";

/**
 * Imports a module that needs a heavy or native dependency (ts-morph, DuckDB) on first use. Those are optional
 * dependencies of the npm package (an install may leave them out) and are not in the GitHub Action's bundle nor in
 * the browser page: a run that needs one that is missing reports the input it cannot read, and what to do.
 */
export async function importFeature<T>(load: () => Promise<T>, where: Location, feature: OptionalFeature): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === ABSENT_FROM_PAGE) {
      throw new InputError(where, {
        vi: `Trang kiểm tra trong trình duyệt không hỗ trợ ${feature.what.vi}. ${feature.inPage.vi}`,
        en: `The browser page does not support ${feature.what.en}. ${feature.inPage.en}`,
      });
    }
    if (code !== "ERR_MODULE_NOT_FOUND") throw error;
    throw new InputError(where, {
      vi: `Bản cài đặt này không đọc được ${feature.what.vi} (cần ${feature.needs}). Hãy cài gói tuỳ chọn: npm install ${feature.packageName}. (GitHub Action không có gói này.)`,
      en: `This installation cannot read ${feature.what.en} (they need ${feature.needs}). Install the optional package: npm install ${feature.packageName}. (The GitHub Action does not include it.)`,
    });
  }
}
