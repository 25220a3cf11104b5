import { ANALYSIS_ALERTS_JOB } from "../src/services/alerts/analysis-alerts";
import { describe, expect, it } from "vitest";
import type { Prisma, PrismaClient } from "@tally/db";
import { afterValuesChanged } from "../src/services/kpi/values-changed";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { kpiDefinition } from "./support/kpi-world";
import { actorOf } from "./support/webhooks";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

async function deliveriesOf(world: OrgWorld, endpointId = world.webhooks.endpointId) {
  return db().webhookDelivery.findMany({
    where: { orgId: world.org.id, endpointId },
    orderBy: [{ createdAt: "asc" }, { eventType: "asc" }],
    select: { id: true, eventId: true, eventType: true, payload: true, status: true, attempts: true },
  });
}

/** A transaction client that notes every model call and raw statement made through it. */
function counting(tx: Prisma.TransactionClient, calls: string[]): Prisma.TransactionClient {
  return new Proxy(tx, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== "string") return value;
      if (typeof value === "function") {
        return (...args: unknown[]) => {
          // Raw statements are told apart by their text: other steps of a change run raw SQL too.
          const text = Array.isArray(args[0]) ? (args[0] as readonly string[]).join("?") : "";
          calls.push(text ? `${property} ${text}` : property);
          return (value as (...args: unknown[]) => unknown).apply(target, args);
        };
      }
      if (value && typeof value === "object") {
        return new Proxy(value, {
          get(model, method) {
            const fn = Reflect.get(model, method) as unknown;
            if (typeof fn !== "function" || typeof method !== "string") return fn;
            return (...args: unknown[]) => {
              calls.push(`${property}.${method}`);
              return (fn as (...args: unknown[]) => unknown).apply(model, args);
            };
          },
        });
      }
      return value;
    },
  });
}

async function checkInRow(tx: Prisma.TransactionClient | PrismaClient, world: OrgWorld, kpiId: string, period: string, value: string) {
  await tx.checkIn.create({
    data: { orgId: world.org.id, kpiId, periodStart: new Date(`${period}T00:00:00Z`), value, recordedByMembershipId: world.members.admin.membershipId },
  });
}

describe("events of a change of values", () => {
  it("queue checkin.recorded and kpi.status_changed, each with a delivery job, when a value is recorded", async () => {
    const world = await createOrgWorld(db(), "ev-values");
    const admin = callerFor(db(), world.members.admin.sessionId);
    const kpiId = world.kpis.ownedBy.admin;
    await admin.checkIn.record({ orgSlug: world.org.slug, kpiId, date: "2025-03-15", value: "87.5" });

    const first = await deliveriesOf(world);
    expect(first.map((delivery) => delivery.eventType)).toEqual(["checkin.recorded", "kpi.status_changed"]);
    const checkIn = await db().checkIn.findFirstOrThrow({ where: { orgId: world.org.id, kpiId } });
    expect(first[0]!.payload).toMatchObject({
      type: "checkin.recorded",
      data: {
        organization: { id: world.org.id, slug: world.org.slug },
        kpi: { id: kpiId, code: null, name: "Owned by admin" },
        checkIn: { id: checkIn.id, periodStart: "2025-03-01", value: "87.5", status: "at_risk", source: "manual" },
      },
    });
    expect(first[1]!.payload).toMatchObject({
      type: "kpi.status_changed",
      data: { kpi: { id: kpiId }, previousStatus: null, status: "at_risk", periodStart: "2025-03-01", value: "87.5" },
    });
    expect(new Date((first[0]!.payload as { timestamp: string }).timestamp).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(first.every((delivery) => delivery.status === "pending" && delivery.attempts === 0 && delivery.eventId.startsWith("msg_"))).toBe(true);
    expect(first[0]!.eventId).not.toBe(first[1]!.eventId);

    const jobs = await db().job.findMany({ where: { orgId: world.org.id, kind: "webhook.deliver" } });
    expect(jobs.map((job) => job.key).sort()).toEqual(first.map((delivery) => `webhook.deliver:${delivery.id}`).sort());
    expect(jobs.every((job) => job.status === "pending" && job.maxAttempts === 6 && job.runAt.getTime() <= Date.now())).toBe(true);

    // A correction that keeps the status: the value only.
    await admin.checkIn.record({ orgSlug: world.org.slug, kpiId, date: "2025-03-20", value: "90" });
    // One that moves it: both.
    await admin.checkIn.record({ orgSlug: world.org.slug, kpiId, date: "2025-03-20", value: "120" });
    const all = await deliveriesOf(world);
    expect(all.map((delivery) => delivery.eventType)).toEqual(["checkin.recorded", "kpi.status_changed", "checkin.recorded", "checkin.recorded", "kpi.status_changed"]);
    expect(all[2]!.payload).toMatchObject({ data: { checkIn: { value: "90", status: "at_risk" } } });
    expect(all[4]!.payload).toMatchObject({ data: { previousStatus: "at_risk", status: "on_track", value: "120" } });

    // No person's e-mail address leaves with an event.
    const sent = JSON.stringify(all.map((delivery) => delivery.payload));
    for (const member of Object.values(world.members)) expect(sent).not.toContain(member.email);
  });

  it("queue nothing when the change rolls back", async () => {
    const world = await createOrgWorld(db(), "ev-rollback");
    const actor = await actorOf(db(), world.members.admin.sessionId, world.org.slug);
    const kpiId = world.kpis.ownedBy.admin;
    await expect(
      db().$transaction(async (tx) => {
        await checkInRow(tx, world, kpiId, "2025-04-01", "50");
        await afterValuesChanged(tx, actor, [{ kpiId, periodStart: "2025-04-01" }]);
        expect(await tx.webhookDelivery.count({ where: { orgId: world.org.id } })).toBe(2);
        throw new Error("the import failed on a later row");
      }),
    ).rejects.toThrow("the import failed on a later row");
    expect(await db().webhookDelivery.count({ where: { orgId: world.org.id } })).toBe(0);
    expect(await db().job.count({ where: { orgId: world.org.id } })).toBe(0);
  });

  it("go only to enabled endpoints that listen to them", async () => {
    const world = await createOrgWorld(db(), "ev-subscribed");
    const admin = callerFor(db(), world.members.admin.sessionId);
    const other = await admin.webhook.create({ orgSlug: world.org.slug, url: "https://93.184.215.14/kpis-only", events: ["kpi.created"] });
    await admin.webhook.update({ orgSlug: world.org.slug, endpointId: world.webhooks.endpointId, url: "https://93.184.215.14/off", events: ["checkin.recorded"], enabled: false });
    await admin.checkIn.record({ orgSlug: world.org.slug, kpiId: world.kpis.ownedBy.admin, date: "2025-03-15", value: "87.5" });
    expect(await db().webhookDelivery.count({ where: { orgId: world.org.id } })).toBe(0);

    const statusOnly = await admin.webhook.create({ orgSlug: world.org.slug, url: "https://93.184.215.14/status", events: ["kpi.status_changed"] });
    await admin.checkIn.record({ orgSlug: world.org.slug, kpiId: world.kpis.ownedBy.admin, date: "2025-03-15", value: "10" });
    expect((await deliveriesOf(world, statusOnly.endpoint.id)).map((delivery) => delivery.eventType)).toEqual(["kpi.status_changed"]);
    expect(await deliveriesOf(world, other.endpoint.id)).toEqual([]);
    expect(await deliveriesOf(world)).toEqual([]);
  });

  it("cost an organization without endpoints one query, and write nothing", async () => {
    const world = await createOrgWorld(db(), "ev-none");
    await db().webhookEndpoint.deleteMany({ where: { orgId: world.org.id } });
    const actor = await actorOf(db(), world.members.admin.sessionId, world.org.slug);
    const kpiIds = [world.kpis.ownedBy.admin, world.kpis.ownedBy.manager];
    const calls: string[] = [];
    await db().$transaction(async (tx) => {
      for (const kpiId of kpiIds) await checkInRow(tx, world, kpiId, "2025-05-01", "70");
      await afterValuesChanged(counting(tx, calls), actor, kpiIds.map((kpiId) => ({ kpiId, periodStart: "2025-05-01" })));
    });
    expect(calls.filter((call) => call.startsWith("webhook"))).toEqual(["webhookEndpoint.findMany"]);
    const webhookStatements = (call: string) => call.startsWith("$") && /"(WebhookDelivery|WebhookEndpoint)"/.test(call);
    expect(calls.filter((call) => webhookStatements(call) || call.startsWith("job") || call === "checkIn.findMany")).toEqual([]);
    expect(await db().webhookDelivery.count({ where: { orgId: world.org.id } })).toBe(0);
    // The only job is the values' forecast and signal check, which every organization gets.
    expect(await db().job.findMany({ where: { orgId: world.org.id }, select: { kind: true } })).toEqual([{ kind: ANALYSIS_ALERTS_JOB }]);
  });

  it("for thousands of values at once, queue every delivery and job in one statement", async () => {
    const world = await createOrgWorld(db(), "ev-bulk");
    await db().webhookEndpoint.updateMany({ where: { orgId: world.org.id }, data: { events: ["checkin.recorded"] } });
    const actor = await actorOf(db(), world.members.admin.sessionId, world.org.slug);
    const kpiIds = Object.values(world.kpis.ownedBy);
    const periods = Array.from({ length: 500 }, (_, index) => new Date(Date.UTC(1980, index, 1)).toISOString().slice(0, 10));
    const changes = kpiIds.flatMap((kpiId) => periods.map((periodStart) => ({ kpiId, periodStart })));
    await db().checkIn.createMany({
      data: changes.map((change, index) => ({
        orgId: world.org.id,
        kpiId: change.kpiId,
        periodStart: new Date(`${change.periodStart}T00:00:00Z`),
        value: String(index % 150),
        recordedByMembershipId: world.members.admin.membershipId,
        source: "import" as const,
      })),
    });
    const calls: string[] = [];
    const started = performance.now();
    await db().$transaction((tx) => afterValuesChanged(counting(tx, calls), actor, changes), { timeout: 60_000 });
    const seconds = (performance.now() - started) / 1000;
    console.log(`webhook events: ${changes.length} values queued with their deliveries in ${seconds.toFixed(2)} s`);

    expect(calls.filter((call) => call.startsWith("$") && call.includes('"WebhookDelivery"'))).toHaveLength(1);
    expect(await db().webhookDelivery.count({ where: { orgId: world.org.id, eventType: "checkin.recorded" } })).toBe(changes.length);
    expect(await db().job.count({ where: { orgId: world.org.id, kind: "webhook.deliver" } })).toBe(changes.length);
    const sample = await db().webhookDelivery.findFirstOrThrow({ where: { orgId: world.org.id, payload: { path: ["data", "checkIn", "periodStart"], equals: "1980-02-01" }, endpointId: world.webhooks.endpointId } });
    expect(sample.payload).toMatchObject({ data: { checkIn: { source: "import" } } });
  });

  it("never reach another organization's endpoints", async () => {
    const mine = await createOrgWorld(db(), "ev-mine");
    const theirs = await createOrgWorld(db(), "ev-theirs");
    const admin = callerFor(db(), mine.members.admin.sessionId);
    await admin.checkIn.record({ orgSlug: mine.org.slug, kpiId: mine.kpis.ownedBy.admin, date: "2025-03-15", value: "87.5" });
    await admin.kpi.create({ orgSlug: mine.org.slug, ...kpiDefinition({ name: "Mine only", ownerMembershipId: mine.members.admin.membershipId }) } as never);
    await admin.webhook.sendTest({ orgSlug: mine.org.slug, endpointId: mine.webhooks.endpointId });

    expect((await deliveriesOf(mine)).length).toBe(4);
    expect(await db().webhookDelivery.count({ where: { orgId: theirs.org.id } })).toBe(0);
    expect(await db().webhookDelivery.count({ where: { endpointId: theirs.webhooks.endpointId } })).toBe(0);
    expect(await db().job.count({ where: { orgId: theirs.org.id } })).toBe(0);
  });
});

describe("events of KPI changes", () => {
  it("queue kpi.created, kpi.updated with the changed fields, kpi.status_changed when new targets move the status, and kpi.archived", async () => {
    const world = await createOrgWorld(db(), "ev-kpis");
    const admin = callerFor(db(), world.members.admin.sessionId);
    const definition = kpiDefinition({ name: "Net revenue retention", code: "NRR", ownerMembershipId: world.members.admin.membershipId });
    const created = await admin.kpi.create({ orgSlug: world.org.slug, ...definition } as never);
    // 100 against a target of 105 with a warning at 98: at risk.
    await admin.checkIn.record({ orgSlug: world.org.slug, kpiId: created.id, date: "2025-02-10", value: "100" });
    await db().webhookDelivery.deleteMany({ where: { orgId: world.org.id, eventType: { in: ["checkin.recorded", "kpi.status_changed"] } } });

    await admin.kpi.update({
      orgSlug: world.org.slug,
      kpiId: created.id,
      version: 1,
      ...definition,
      name: "Net revenue retention (NRR)",
      targets: [{ effectiveFrom: "2025-01-01", target: "99", warning: "95" }],
    } as never);
    await admin.kpi.archive({ orgSlug: world.org.slug, kpiId: created.id });
    await admin.kpi.restore({ orgSlug: world.org.slug, kpiId: created.id });

    const events = await deliveriesOf(world);
    expect(events.map((event) => event.eventType)).toEqual(["kpi.created", "kpi.status_changed", "kpi.updated", "kpi.archived", "kpi.updated"]);
    const [createdEvent, statusEvent, updatedEvent, archivedEvent, restoredEvent] = events.map((event) => event.payload as { data: Record<string, unknown> });
    expect(createdEvent!.data).toMatchObject({
      kpi: { id: created.id, code: "NRR", name: "Net revenue retention", category: "financial", unit: "percent", direction: "increase", cadence: "monthly", version: 1, archived: false },
    });
    expect(createdEvent!.data).not.toHaveProperty("changedFields");
    expect(statusEvent!.data).toMatchObject({ previousStatus: "at_risk", status: "on_track", periodStart: "2025-02-01", value: "100" });
    expect(updatedEvent!.data).toMatchObject({ kpi: { name: "Net revenue retention (NRR)", version: 2 } });
    expect(updatedEvent!.data.changedFields).toEqual(expect.arrayContaining(["name", "targets"]));
    expect(archivedEvent!.data).toMatchObject({ kpi: { archived: true, version: 3 } });
    expect(restoredEvent!.data).toMatchObject({ kpi: { archived: false, version: 4 }, changedFields: ["archived"] });
  });

  it("queue nothing for a save that changes nothing", async () => {
    const world = await createOrgWorld(db(), "ev-kpi-same");
    const admin = callerFor(db(), world.members.admin.sessionId);
    const definition = kpiDefinition({ name: "Unchanged KPI", ownerMembershipId: world.members.admin.membershipId });
    const created = await admin.kpi.create({ orgSlug: world.org.slug, ...definition } as never);
    await admin.kpi.update({ orgSlug: world.org.slug, kpiId: created.id, version: 1, ...definition } as never);
    expect((await deliveriesOf(world)).map((event) => event.eventType)).toEqual(["kpi.created"]);
  });
});
