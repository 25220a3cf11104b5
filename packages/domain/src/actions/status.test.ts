import { describe, expect, it } from "vitest";
import { ACTION_STATUSES, actionStatusProblem, canChangeActionStatus, completedAtAfter, isActionOverdue, type ActionStatus } from "./status";

const ALLOWED: Record<ActionStatus, ActionStatus[]> = { open: ["done", "dropped"], done: ["open"], dropped: ["open"] };

const pairs = ACTION_STATUSES.flatMap((from) => ACTION_STATUSES.map((to) => ({ from, to, allowed: ALLOWED[from].includes(to) })));

describe("action status transitions", () => {
  it("covers every pair of statuses", () => {
    expect(pairs).toHaveLength(9);
  });

  it.each(pairs)("$from → $to allowed: $allowed", ({ from, to, allowed }) => {
    expect(canChangeActionStatus(from, to)).toBe(allowed);
    expect(actionStatusProblem(from, to) === null).toBe(allowed);
  });

  it("says an action is already in the status asked for", () => {
    expect(actionStatusProblem("done", "done")).toBe("This action is already done.");
  });

  it("asks to reopen before turning done into dropped", () => {
    expect(actionStatusProblem("done", "dropped")).toBe("A done action cannot become dropped: reopen it first.");
  });
});

describe("completedAtAfter", () => {
  const now = new Date("2026-03-12T09:30:00Z");

  it.each(["done", "dropped"] as const)("stamps the moment an action becomes %s", (status) => {
    expect(completedAtAfter(status, now)).toEqual(now);
  });

  it("clears the moment when an action is reopened", () => {
    expect(completedAtAfter("open", now)).toBeNull();
  });
});

describe("isActionOverdue", () => {
  it("is overdue only when open and due before today", () => {
    expect(isActionOverdue({ status: "open", dueDate: "2026-03-11" }, "2026-03-12")).toBe(true);
    expect(isActionOverdue({ status: "open", dueDate: "2026-03-12" }, "2026-03-12")).toBe(false);
    expect(isActionOverdue({ status: "open", dueDate: "2026-03-13" }, "2026-03-12")).toBe(false);
  });

  it.each(["done", "dropped"] as const)("never counts a %s action as overdue", (status) => {
    expect(isActionOverdue({ status, dueDate: "2020-01-01" }, "2026-03-12")).toBe(false);
  });

  it("compares across a year end", () => {
    expect(isActionOverdue({ status: "open", dueDate: "2025-12-31" }, "2026-01-01")).toBe(true);
  });
});
