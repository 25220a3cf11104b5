import { describe, expect, it } from "vitest";
import { briefingFileName, pdfText } from "./pdf-text";

describe("pdfText", () => {
  it("maps the spaces and minus of locale number formats to signs the PDF fonts draw", () => {
    expect(pdfText("1\u202f250,5\u00a0€")).toBe("1\u00a0250,5\u00a0€");
    expect(pdfText("\u22125 %")).toBe("-5 %");
    expect(pdfText("Revenue – Q1 2026")).toBe("Revenue – Q1 2026");
  });

  it("formats real locale output into drawable text", () => {
    const text = pdfText(new Intl.NumberFormat("fr-FR").format(-1250.5));
    expect(text).not.toMatch(/[\u202f\u2212]/);
  });
});

describe("briefingFileName", () => {
  it("names the organization, what the briefing covers and the day, safely", () => {
    expect(briefingFileName("acme", null, "2026-12-01")).toBe("acme-briefing-2026-12-01.pdf");
    expect(briefingFileName("acme", 'Sales "EMEA"\r\n/Ops', "2026-12-01")).toBe("acme-briefing-sales-emea-ops-2026-12-01.pdf");
  });
});
