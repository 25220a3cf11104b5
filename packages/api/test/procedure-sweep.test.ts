import { beforeAll, describe, expect, it } from "vitest";
import type { AnyProcedure } from "@trpc/server";
import { can, ROLES } from "@tally/domain";
import { appRouter } from "../src/root";
import type { ProcedureMeta } from "../src/trpc/init";
import { PROCEDURE_REGISTRY } from "./procedure-registry";
import { callerFor, outcomeOf, type Caller } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, createUserWithSession, type OrgWorld } from "./support/world";

// At run time the router keeps its procedures flat, keyed by dotted path.
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const paths = Object.keys(procedures).sort();
const orgScoped = paths.filter((path) => {
  const permission = PROCEDURE_REGISTRY[path]?.permission;
  return permission !== undefined && permission !== "public" && permission !== "authed";
});

function invoke(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

type InputBuilder = NonNullable<(typeof PROCEDURE_REGISTRY)[string]["input"]>;

function inputFor(path: string, world: Parameters<InputBuilder>[0], role: Parameters<InputBuilder>[1] = "admin") {
  const build = PROCEDURE_REGISTRY[path]?.input;
  if (!build) throw new Error(`${path} is org-scoped but its registry entry has no input builder.`);
  return build(world, role);
}

describe("procedure registry", () => {
  it("names every procedure of the router, and nothing else", () => {
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !(path in PROCEDURE_REGISTRY))).toEqual([]);
    expect(Object.keys(PROCEDURE_REGISTRY).filter((path) => !(path in procedures))).toEqual([]);
  });

  it.each(paths)("%s declares the permission the registry names", (path) => {
    const meta = procedures[path]!._def.meta as ProcedureMeta | undefined;
    expect(meta?.permission).toBe(PROCEDURE_REGISTRY[path]!.permission);
  });
});

describe("sweeps", () => {
  const db = useTestDatabase();
  const signedInPaths = paths.filter((path) => PROCEDURE_REGISTRY[path]?.permission !== "public");
  const isQuery = (path: string) => procedures[path]!._def.type === "query";

  // A refused call writes nothing (the fuzz suite proves it), so the sweeps whose every call is refused share
  // one world each; a call that may succeed gets a world of its own unless it only reads.
  describe("signed out", () => {
    let world: OrgWorld;
    beforeAll(async () => {
      world = await createOrgWorld(db(), "signedout");
    });
    it.each(signedInPaths)("%s refuses a signed-out caller with UNAUTHORIZED", async (path) => {
      const input = orgScoped.includes(path) ? inputFor(path, world) : undefined;
      expect(await outcomeOf(invoke(callerFor(db(), null), path, input))).toBe("UNAUTHORIZED");
    });
  });

  describe("session ended", () => {
    let world: OrgWorld;
    beforeAll(async () => {
      world = await createOrgWorld(db(), "ended");
      await db().session.delete({ where: { id: world.members.admin.sessionId } });
    });
    it.each(signedInPaths)("%s refuses a session that was ended, as for a copied cookie after sign-out", async (path) => {
      const input = orgScoped.includes(path) ? inputFor(path, world) : undefined;
      expect(await outcomeOf(invoke(callerFor(db(), world.members.admin.sessionId), path, input))).toBe("UNAUTHORIZED");
    });
  });

  describe("outsiders", () => {
    let target: OrgWorld;
    let other: OrgWorld;
    let loner: Awaited<ReturnType<typeof createUserWithSession>>;
    beforeAll(async () => {
      [target, other, loner] = await Promise.all([createOrgWorld(db(), "target"), createOrgWorld(db(), "other"), createUserWithSession(db(), "loner")]);
    });

    it.each(orgScoped)("%s answers NOT_FOUND to every role of another organization", async (path) => {
      for (const role of ROLES) {
        const outsider = callerFor(db(), other.members[role].sessionId);
        expect({ role, outcome: await outcomeOf(invoke(outsider, path, inputFor(path, target, role))) }).toEqual({ role, outcome: "NOT_FOUND" });
      }
    });

    it.each(orgScoped)("%s answers NOT_FOUND to a signed-in user of no organization", async (path) => {
      expect(await outcomeOf(invoke(callerFor(db(), loner.sessionId), path, inputFor(path, target)))).toBe("NOT_FOUND");
    });
  });

  describe("roles", () => {
    let readers: OrgWorld;
    beforeAll(async () => {
      readers = await createOrgWorld(db(), "readers");
    });
    it.each(orgScoped)("%s allows or forbids each role exactly as the permission matrix says", async (path) => {
      const permission = PROCEDURE_REGISTRY[path]!.permission;
      for (const role of ROLES) {
        const world = isQuery(path) ? readers : await createOrgWorld(db(), `roles-${role}`);
        const allowed = permission === "member" || (permission !== "public" && permission !== "authed" && can(role, permission));
        const outcome = await outcomeOf(invoke(callerFor(db(), world.members[role].sessionId), path, inputFor(path, world, role)));
        expect({ role, outcome }).toEqual({ role, outcome: allowed ? "OK" : "FORBIDDEN" });
      }
    });
  });

  describe("deactivated", () => {
    let world: OrgWorld;
    beforeAll(async () => {
      world = await createOrgWorld(db(), "deactivated");
      const admin = world.members.admin;
      await db().membership.update({ where: { orgId_id: { orgId: world.org.id, id: admin.membershipId } }, data: { status: "deactivated" } });
    });
    it.each(orgScoped)("%s answers NOT_FOUND to a deactivated member", async (path) => {
      expect(await outcomeOf(invoke(callerFor(db(), world.members.admin.sessionId), path, inputFor(path, world)))).toBe("NOT_FOUND");
    });
  });
});
