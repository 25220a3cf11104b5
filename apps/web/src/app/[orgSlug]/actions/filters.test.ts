import { describe, expect, it } from "vitest";
import { actionsHref, parseActionFilters } from "./filters";

describe("action filters in the address", () => {
  it("reads status, mine and page", () => {
    expect(parseActionFilters({ status: "done", mine: "1", page: "3" })).toEqual({ status: "done", mine: true, page: 3 });
  });

  it("ignores what it does not know", () => {
    expect(parseActionFilters({ status: "late", mine: "yes", page: "-2" })).toEqual({ status: null, mine: false, page: 1 });
    expect(parseActionFilters({ page: "1.5" }).page).toBe(1);
  });

  it("writes only the filters set, so the plain list has a plain address", () => {
    expect(actionsHref("acme", { status: null, mine: false, page: 1 })).toBe("/acme/actions");
    expect(actionsHref("acme", { status: "open", mine: true, page: 2 })).toBe("/acme/actions?status=open&mine=1&page=2");
  });
});
