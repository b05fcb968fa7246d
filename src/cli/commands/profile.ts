import { Command, Option } from "commander";
import { describeBasis } from "../../profile/basis.js";
import { loadProfile, resolvedParams, type Profile } from "../../profile/load.js";

/** `kcb profile --format json`: the resolved parameters, each with its value and where it comes from. */
export function profileJson(profile: Profile) {
  return { name: profile.name, source: profile.source, packs: profile.packs, params: resolvedParams(profile) };
}

function profileText(profile: Profile, lang: "vi" | "en"): string {
  const params = resolvedParams(profile);
  const width = Math.max(...Object.keys(params).map((name) => name.length));
  const packs = profile.packs.length > 0 ? profile.packs.join(", ") : "—";
  const header =
    lang === "vi"
      ? `Hồ sơ ${profile.name} (${profile.source}) · gói tuỳ chọn: ${packs}`
      : `Profile ${profile.name} (${profile.source}) · opt-in packs: ${packs}`;
  const lines = Object.entries(params).map(
    ([name, { value, basis }]) => `${name.padEnd(width)}  ${String(value).padStart(6)}  ${describeBasis(basis, lang)}`,
  );
  return `${[header, "", ...lines].join("\n")}\n`;
}

export const profileCommand = new Command("profile")
  .description("print a profile's resolved parameters and where each number comes from (letter, law, decision or tool default)")
  .argument("[profile]", "national, thanh-hoa, or a profile file", "national")
  .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
  .addOption(new Option("--lang <lang>", "language").choices(["vi", "en"]).default("en"))
  .action((name: string, flags: { format: "text" | "json"; lang: "vi" | "en" }) => {
    const profile = loadProfile(name);
    process.stdout.write(
      flags.format === "json" ? `${JSON.stringify(profileJson(profile), null, 2)}\n` : profileText(profile, flags.lang),
    );
  });
