import { describe, expect, it } from "vitest";
import { EXPORT_CONTENT_TYPES, attachmentDisposition, exportFileName, fileNamePart } from "./file-name";

describe("exportFileName", () => {
  it("names the organization, what the file holds and the day", () => {
    expect(exportFileName("acme", { kind: "kpis" }, "2026-03-12", "csv")).toBe("acme-kpis-2026-03-12.csv");
    expect(exportFileName("acme", { kind: "values" }, "2026-03-12", "xlsx")).toBe("acme-values-2026-03-12.xlsx");
    expect(exportFileName("acme", { kind: "kpiValues", code: "MRR", name: "Monthly recurring revenue" }, "2026-03-12", "csv")).toBe("acme-mrr-values-2026-03-12.csv");
    expect(exportFileName("acme", { kind: "kpiValues", code: null, name: "Net Promoter Score (NPS)" }, "2026-03-12", "csv")).toBe("acme-net-promoter-score-nps-values-2026-03-12.csv");
  });
});

describe("fileNamePart", () => {
  it.each([
    ["Café crème", "cafe-creme"],
    ["  --Revenue / headcount--  ", "revenue-headcount"],
    ["ÜBER_GROSS", "uber-gross"],
    ["收入", "kpi"],
    ["", "kpi"],
    ["\"; rm -rf /", "rm-rf"],
  ])("turns %j into %j", (text, part) => {
    expect(fileNamePart(text)).toBe(part);
  });

  it("keeps a long name short, without a trailing dash", () => {
    const part = fileNamePart(`${"a".repeat(39)} b c`);
    expect(part.length).toBeLessThanOrEqual(40);
    expect(part.endsWith("-")).toBe(false);
  });
});

describe("attachmentDisposition", () => {
  it("downloads under the name, with nothing that could break the header", () => {
    expect(attachmentDisposition("acme-kpis-2026-03-12.csv")).toBe('attachment; filename="acme-kpis-2026-03-12.csv"');
    expect(attachmentDisposition('a"b\r\nc.csv')).toBe('attachment; filename="abc.csv"');
  });

  it("has a content type per format", () => {
    expect(EXPORT_CONTENT_TYPES.csv).toBe("text/csv; charset=utf-8");
    expect(EXPORT_CONTENT_TYPES.xlsx).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
});
