import { describe, expect, it } from "vitest";
import { queryObject } from "./query";

describe("queryObject", () => {
  it("reads each parameter once and drops empty ones", () => {
    expect(queryObject(new URLSearchParams("format=csv&status=&search=a%20b"))).toEqual({ values: { format: "csv", search: "a b" }, problems: [] });
  });

  it("names a parameter given twice", () => {
    expect(queryObject(new URLSearchParams("format=csv&format=xlsx"))).toEqual({ values: { format: "csv" }, problems: [{ field: "format", message: 'Give "format" once.' }] });
  });

  it("is not fooled by keys of Object's prototype", () => {
    expect(queryObject(new URLSearchParams("constructor=1&toString=2")).values).toEqual({ constructor: "1", toString: "2" });
  });
});
