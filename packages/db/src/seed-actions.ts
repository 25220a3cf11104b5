import type { Prisma } from "./generated/prisma/client";
import type { ActionStatus } from "./generated/prisma/enums";

const DAY_MS = 24 * 60 * 60 * 1000;

interface DemoAction {
  title: string;
  description: string;
  /** Codes of the demo KPIs it is linked to. */
  kpis: string[];
  owner: string;
  createdBy: string;
  /** Days from the seed's date; negative is in the past (an overdue action when still open). */
  dueInDays: number;
  status: ActionStatus;
}

/**
 * Corrective actions of the demo: open, overdue, done and dropped ones. Defect rate and Operating cash flow are
 * off track and left without an open action on purpose, so the "No action" flag has something to show.
 */
const ACTIONS: readonly DemoAction[] = [
  {
    title: "Review the discount policy with the sales team",
    description: "Deals close smaller since the spring price change; agree on a floor for discounts.",
    kpis: ["DEAL_SIZE"],
    owner: "manager@acme.test",
    createdBy: "executive@acme.test",
    dueInDays: 10,
    status: "open",
  },
  {
    title: "Restore the sales-cycle export from the CRM",
    description: "The quarterly export stopped after the CRM upgrade, so no value was recorded.",
    kpis: ["SALES_CYCLE"],
    owner: "viewer@acme.test",
    createdBy: "manager@acme.test",
    dueInDays: -3,
    status: "open",
  },
  {
    title: "Shorten the hiring panel to three interviews",
    description: "",
    kpis: ["TIME_TO_HIRE"],
    owner: "hr@acme.test",
    createdBy: "hr@acme.test",
    dueInDays: 21,
    status: "open",
  },
  {
    title: "Coach two account executives on qualification",
    description: "",
    kpis: ["WIN_RATE"],
    owner: "manager@acme.test",
    createdBy: "admin@acme.test",
    dueInDays: -20,
    status: "done",
  },
  {
    title: "Count stock weekly instead of monthly",
    description: "Dropped: the new warehouse system counts continuously.",
    kpis: ["INV_TURNOVER"],
    owner: "manager@acme.test",
    createdBy: "admin@acme.test",
    dueInDays: -40,
    status: "dropped",
  },
];

/** Seeds the demo's actions once: a second run, or an organization that already has actions, is left alone. */
export async function seedActions(tx: Prisma.TransactionClient, orgId: string, membershipIds: Map<string, string>, today: Date) {
  if ((await tx.action.count({ where: { orgId } })) > 0) return;
  const kpis = new Map(
    (await tx.kpi.findMany({ where: { orgId, code: { in: ACTIONS.flatMap((action) => action.kpis) } }, select: { id: true, code: true } })).map((kpi) => [kpi.code, kpi.id]),
  );
  const member = (email: string) => {
    const id = membershipIds.get(email);
    if (!id) throw new Error(`Demo action names unknown user ${email}`);
    return id;
  };
  for (const action of ACTIONS) {
    const kpiIds = action.kpis.map((code) => kpis.get(code));
    // A demo organization whose KPIs were changed by hand may lack one; its action is left out.
    if (kpiIds.some((id) => id === undefined)) continue;
    const dueDate = new Date(today.getTime() + action.dueInDays * DAY_MS);
    await tx.action.create({
      data: {
        orgId,
        title: action.title,
        description: action.description,
        ownerMembershipId: member(action.owner),
        createdByMembershipId: member(action.createdBy),
        dueDate,
        status: action.status,
        completedAt: action.status === "open" ? null : dueDate,
        kpis: { createMany: { data: kpiIds.map((kpiId) => ({ kpiId: kpiId! })) } },
      },
    });
  }
}
