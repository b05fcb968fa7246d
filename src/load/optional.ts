import { InputError, type Bilingual, type Location } from "../errors.js";

/**
 * Imports a module that needs a heavy or native dependency (ts-morph, DuckDB) on first use. Those are optional
 * dependencies of the npm package (an install may leave them out) and are not in the GitHub Action's bundle:
 * a run that needs one that is missing reports the input it cannot read, and how to get the package.
 */
export async function importFeature<T>(
  load: () => Promise<T>,
  where: Location,
  feature: Bilingual,
  packageName?: string,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND") throw error;
    const install = packageName
      ? {
          vi: ` Hãy cài gói tuỳ chọn: npm install ${packageName}.`,
          en: ` Install the optional package: npm install ${packageName}.`,
        }
      : { vi: "", en: "" };
    throw new InputError(where, {
      vi: `Bản cài đặt này không đọc được ${feature.vi}.${install.vi} (GitHub Action không có gói này.)`,
      en: `This installation cannot read ${feature.en}.${install.en} (The GitHub Action does not include it.)`,
    });
  }
}
