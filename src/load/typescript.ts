export async function loadTypeScriptConfig(file: string): Promise<never> { throw new Error(file); }
