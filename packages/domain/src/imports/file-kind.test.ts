import { describe, expect, it } from "vitest";
import { importFileKind, XLSX_CONTENT_TYPE } from "./file-kind";

const kind = (contentType: string | undefined, fileName?: string) => {
  const result = importFileKind(contentType, fileName);
  return result.ok ? result.kind : `${result.reason}: ${result.problem}`;
};

describe("the kind of an import file", () => {
  it.each([
    ["text/csv", undefined, "csv"],
    ["text/csv; charset=utf-8", "values.csv", "csv"],
    ["TEXT/CSV; Charset=UTF-8", undefined, "csv"],
    ["application/csv", undefined, "csv"],
    ["text/plain", "values.txt", "csv"],
    ["text/tab-separated-values", "values.tsv", "csv"],
    [XLSX_CONTENT_TYPE, "values.xlsx", "xlsx"],
    [XLSX_CONTENT_TYPE, undefined, "xlsx"],
    ["text/csv", "values.xlsx", "xlsx"],
    ["application/octet-stream", "values.xlsx", "xlsx"],
    ["application/octet-stream", "values.CSV", "csv"],
    ["", "values.csv", "csv"],
    [undefined, undefined, "csv"],
    // Windows browsers send this for .csv files.
    ["application/vnd.ms-excel", "values.csv", "csv"],
  ])("reads %j named %j as %s", (contentType, fileName, expected) => {
    expect(kind(contentType, fileName)).toBe(expected);
  });

  it.each([
    ["application/json", undefined, /^unsupported_type: A file of type application\/json cannot be imported\. Upload a CSV file/],
    ["image/png", "chart.png", /^unsupported_type: A file of type image\/png/],
    ["application/octet-stream", "report.pdf", /^unsupported_type: A \.pdf file cannot be imported\./],
    ["application/vnd.ms-excel", "old.xls", /^unsupported_type: Excel 97–2003 workbooks \(\.xls\) cannot be read\./],
    ["text/csv; charset=utf-16", undefined, /^not_utf8: The file is sent as utf-16, not UTF-8\. Save it as “CSV UTF-8”/],
    ["text/csv; charset=\"windows-1252\"", undefined, /^not_utf8: .*windows-1252/],
  ])("refuses %j named %j", (contentType, fileName, problem) => {
    expect(kind(contentType, fileName)).toMatch(problem);
  });
});
