import { describe, expect, it } from "vitest";
import { periodDeadlines, reachedReminderStages, REMINDER_LOOKBACK_MARGIN_DAYS, stagesToAnnounce } from "./stages";
import { addDays } from "../kpi/calendar";

const settings = { leadsAfterDays: 7, adminsAfterDays: 14 };

describe("periodDeadlines", () => {
  it("a month is due the day after it ends, overdue after three grace days, then escalated after 7 and 14 more", () => {
    expect(periodDeadlines("2026-03-01", "monthly", 1, settings)).toEqual({
      dueOn: "2026-04-01",
      overdueOn: "2026-04-04",
      escalateToLeadsOn: "2026-04-11",
      escalateToAdminsOn: "2026-04-25",
    });
  });

  it("follows the cadence and the week start", () => {
    expect(periodDeadlines("2026-01-01", "quarterly", 1, settings).dueOn).toBe("2026-04-01");
    expect(periodDeadlines("2026-11-30", "weekly", 1, settings).dueOn).toBe("2026-12-07");
    expect(periodDeadlines("2026-11-29", "weekly", 7, settings).dueOn).toBe("2026-12-06");
    expect(periodDeadlines("2026-02-01", "monthly", 1, settings).dueOn).toBe("2026-03-01");
  });

  it("takes the organization's days and a grace of its own", () => {
    expect(periodDeadlines("2026-03-01", "monthly", 1, { leadsAfterDays: 1, adminsAfterDays: 2, graceDays: 0 })).toEqual({
      dueOn: "2026-04-01",
      overdueOn: "2026-04-01",
      escalateToLeadsOn: "2026-04-02",
      escalateToAdminsOn: "2026-04-04",
    });
  });
});

describe("reachedReminderStages", () => {
  const reached = (today: string) => reachedReminderStages("2026-03-01", "monthly", 1, today, settings);

  it("is empty while the period runs", () => {
    expect(reached("2026-03-15")).toEqual([]);
    expect(reached("2026-03-31")).toEqual([]);
  });

  it("adds each stage on its day, never before", () => {
    expect(reached("2026-04-01")).toEqual(["due"]);
    expect(reached("2026-04-03")).toEqual(["due"]);
    expect(reached("2026-04-04")).toEqual(["due", "overdue"]);
    expect(reached("2026-04-10")).toEqual(["due", "overdue"]);
    expect(reached("2026-04-11")).toEqual(["due", "overdue", "escalated_to_leads"]);
    expect(reached("2026-04-24")).toEqual(["due", "overdue", "escalated_to_leads"]);
    expect(reached("2026-04-25")).toEqual(["due", "overdue", "escalated_to_leads", "escalated_to_admins"]);
  });

  it("leaves a period alone once it is past the whole chain and the margin", () => {
    expect(reached(addDays("2026-04-25", REMINDER_LOOKBACK_MARGIN_DAYS))).toHaveLength(4);
    expect(reached(addDays("2026-04-25", REMINDER_LOOKBACK_MARGIN_DAYS + 1))).toEqual([]);
    expect(reached("2027-03-01")).toEqual([]);
  });
});

describe("stagesToAnnounce", () => {
  it("announces each escalation, and only the later of due and overdue", () => {
    expect(stagesToAnnounce(["due"])).toEqual(["due"]);
    expect(stagesToAnnounce(["overdue"])).toEqual(["overdue"]);
    expect(stagesToAnnounce(["due", "overdue"])).toEqual(["overdue"]);
    expect(stagesToAnnounce(["due", "overdue", "escalated_to_leads"])).toEqual(["overdue", "escalated_to_leads"]);
    expect(stagesToAnnounce(["escalated_to_admins", "escalated_to_leads"])).toEqual(["escalated_to_leads", "escalated_to_admins"]);
    expect(stagesToAnnounce([])).toEqual([]);
  });
});
