import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { checkSource, type FacilityReport } from "../src/index.js";

// Channels as hospitals declare them, through the real WASM policy: the compliant example with its channels and
// manual exports replaced.
const asOf = "2026-11-20";
const example = readFileSync("examples/compliant-hospital/facility.yaml", "utf8");
const base = { authenticated: true, approvedBy: "Lê Văn Minh", approvedOn: "2024-03-15", from: "his-01", to: "BHXH tỉnh" };

async function withChannels(dataTransfers: object[], manualExports?: object[]): Promise<FacilityReport> {
  const doc = parseDocument(example);
  doc.set("dataTransfers", dataTransfers);
  if (manualExports) doc.set("manualExports", manualExports);
  const report = await checkSource(doc.toString(), "facility.yaml", { asOf });
  return report.facilities[0]!;
}

function findings(facility: FacilityReport, id: string) {
  return facility.rules
    .find((rule) => rule.id === id)!
    .findings.map((f) => ({ status: f.status, target: f.target, en: f.message.en, line: f.location.line }));
}

describe("transfer channels judged by protocol family", () => {
  it("passes an SFTP channel without tlsMinVersion: SSH encrypts it", async () => {
    const facility = await withChannels([{ id: "sao-luu", protocol: "sftp", ...base }]);
    expect(facility.errors).toEqual([]);
    expect(findings(facility, "byt_5863_2021.transfer_encrypted")).toMatchObject([
      { status: "pass", target: "transfer:sao-luu", en: "Channel sao-luu: SFTP runs over SSH: encrypted." },
    ]);
  });

  it("notes, without failing, a tlsMinVersion on an SSH channel, on the line of that field", async () => {
    const facility = await withChannels([{ id: "sao-luu", protocol: "sftp", tlsMinVersion: "1.0", ...base }]);
    const [finding] = findings(facility, "byt_5863_2021.transfer_encrypted");
    expect(finding).toMatchObject({
      status: "pass",
      en: expect.stringContaining('The field "lowest TLS version" does not apply to SSH and is ignored.'),
    });
    const doc = parseDocument(example);
    doc.set("dataTransfers", [{ id: "sao-luu", protocol: "sftp", tlsMinVersion: "1.0", ...base }]);
    const lines = doc.toString().split("\n");
    expect(lines[finding!.line - 1]).toContain("tlsMinVersion");
  });

  it("fails plain FTP unless it runs inside a declared VPN tunnel", async () => {
    const alone = await withChannels([{ id: "ftp-xml", protocol: "ftp", ...base }]);
    expect(findings(alone, "byt_5863_2021.transfer_encrypted")).toMatchObject([
      { status: "fail", en: "Channel ftp-xml: FTP is plaintext and does not run inside a declared VPN tunnel." },
    ]);
    const tunnelled = await withChannels([
      { id: "vpn-bhxh", protocol: "ipsec", ...base },
      { id: "ftp-xml", protocol: "ftp", tunnel: "vpn-bhxh", ...base },
    ]);
    expect(findings(tunnelled, "byt_5863_2021.transfer_encrypted").map((f) => f.status)).toEqual(["pass", "pass"]);
  });

  it("refuses an unknown protocol as an input error that names the known ones", async () => {
    const facility = await withChannels([{ id: "x", protocol: "gopher", ...base }]);
    expect(facility.errors).toHaveLength(1);
    expect(facility.errors[0]!.message.en).toContain("/dataTransfers/0/protocol");
    expect(facility.errors[0]!.message.en).toContain('"sftp"');
    expect(facility.errors[0]!.message.en).toContain('"ipsec"');
  });

  it("fails a Zalo export that is not protected, named, approved or logged, under 5863 and 6827", async () => {
    const zalo = {
      id: "zalo",
      source: "his-01",
      medium: "messaging",
      department: "Khoa Nội",
      destination: "Nhóm Zalo",
      protection: "none",
    };
    const facility = await withChannels([{ id: "xml", protocol: "https", tlsMinVersion: "1.2", ...base }], [zalo]);
    for (const id of ["manual_export_protected", "manual_export_authorized", "manual_export_logged"]) {
      expect(findings(facility, `byt_5863_2021.${id}`).map((f) => f.status)).toEqual(["fail"]);
    }
    expect(findings(facility, "byt_6827_2024.unit_exports_controlled")).toMatchObject([
      {
        status: "fail",
        target: "export:zalo",
        en: expect.stringContaining(
          "by Khoa Nội lacks: encryption or password on the file, staff allowed to export, approver of the extraction, " +
            "date the extraction was approved, export log.",
        ),
      },
    ]);
  });
});
