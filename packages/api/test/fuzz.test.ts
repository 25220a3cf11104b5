import { afterEach, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import type { AnyProcedure } from "@trpc/server";
import type { PrismaClient } from "@tally/db";
import { appRouter } from "../src/root";
import { PROCEDURE_REGISTRY } from "./procedure-registry";
import { callerFor, type Caller } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, TEST_PASSWORD, type OrgWorld } from "./support/world";

/**
 * Every procedure of the registry, called by someone allowed to call it, with one field at a time (or the whole
 * input) replaced by a hostile value: control characters, lone surrogates, a 10 MB string, numbers beyond
 * doubles, 10,000-item arrays, wrong types, impossible dates and ids of another organization. None may answer
 * with an internal error, and a refused call must leave the database exactly as it was.
 */

const db = useTestDatabase();
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const RUNS_PER_PROCEDURE = Number(process.env.FUZZ_RUNS ?? 24);

const TEN_MEGABYTES = "x".repeat(10 * 1024 * 1024);
const HOSTILE_VALUES: unknown[] = [
  "\u0000",
  "name\u0000with nul",
  "\uD800",
  "tail \uDFFF",
  "\u001B[31mred",
  "\u0085",
  TEN_MEGABYTES,
  "",
  "   ",
  "1e309",
  "-0",
  "NaN",
  "2026-13-45",
  "0000-01-01",
  "2026-02-30",
  "99999-01-01",
  "'; DROP TABLE \"User\"; --",
  "<script>alert(1)</script>",
  "../../../etc/passwd",
  "%00",
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
  -0,
  2 ** 53 + 1,
  -1,
  1.5,
  null,
  true,
  {},
  [],
  { $gt: "" },
  Array.from({ length: 10_000 }, () => "a"),
  Array.from({ length: 10_000 }, (_, index) => ({ index })),
];

const SWEPT_VALUES: unknown[] = [
  "name\u0000with nul",
  "tail \uDFFF",
  TEN_MEGABYTES,
  Number.POSITIVE_INFINITY,
  Array.from({ length: 10_000 }, () => "a"),
];

/** Valid inputs for procedures that take no organization; org-scoped ones take theirs from the registry. */
function sampleInput(path: string, world: OrgWorld): unknown {
  const samples: Record<string, unknown> = {
    "auth.signUp": { orgName: "Fuzz Inc", orgSlug: "fuzz-inc", name: "Fuzz", email: "fuzz@example.test", password: "a long enough passphrase" },
    "auth.slugAvailability": { slug: "some-slug" },
    "auth.requestPasswordReset": { email: world.members.viewer.email },
    "auth.passwordResetLink": { token: "A".repeat(43) },
    "auth.resetPassword": { token: "A".repeat(43), password: "a long enough passphrase" },
    "invitation.preview": { token: "A".repeat(43) },
    "invitation.acceptAsNewUser": { token: "A".repeat(43), name: "Fuzz", password: "a long enough passphrase" },
    "invitation.accept": { token: "A".repeat(43) },
    "account.me": undefined,
    "account.securityLog": undefined,
    "account.preferences": undefined,
    "account.updatePreferences": { theme: "dark", locale: "de-DE" },
    "organization.mine": undefined,
    "organization.create": { orgName: "Fuzz Two", orgSlug: "fuzz-two" },
    "account.updateProfile": { name: "Fuzzed Name" },
    "account.changePassword": { currentPassword: TEST_PASSWORD, newPassword: "another long passphrase" },
  };
  const registered = PROCEDURE_REGISTRY[path];
  if (registered?.input) return registered.input(world, "admin");
  if (!(path in samples)) throw new Error(`${path} has neither a registry input nor a fuzz sample: add one.`);
  return samples[path];
}

/** Dotted paths of every leaf and every array or object of an input. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== "object") return prefix.length ? [prefix] : [];
  const children = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  return [...(prefix.length ? [prefix] : []), ...children.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

function replaced(input: unknown, path: string[], value: unknown): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const copy = (Array.isArray(input) ? [...input] : { ...(input as object) }) as Record<string, unknown>;
  copy[head] = replaced(copy[head], rest, value);
  return copy;
}

function invoke(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? code : `THROWN ${String(error)}`;
  }
}

/**
 * A digest of every row the product keeps, without what any request may touch on its way in: counters of rate
 * limits, the security log (a refused sign-in is logged on purpose), "last seen" times and the update times that
 * touching them moves.
 */
async function fingerprintQuery(prisma: PrismaClient): Promise<string> {
  const tables = await prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
      AND table_name NOT IN ('_prisma_migrations', 'RateLimit', 'UserSecurityEvent')
    ORDER BY table_name`;
  const parts = tables.map(
    ({ table_name }) =>
      `(SELECT coalesce(md5(string_agg((to_jsonb(t) - 'lastSeenAt' - 'lastActiveAt' - 'updatedAt')::text, ',' ORDER BY (to_jsonb(t) - 'lastSeenAt' - 'lastActiveAt' - 'updatedAt')::text)), '-') FROM "${table_name}" t)`,
  );
  return `SELECT ${parts.join(" || ':' || ")} AS digest`;
}

describe("fuzzing every procedure with hostile input", () => {
  let digestSql = "";
  let other: OrgWorld;
  let foreignIds: string[] = [];

  beforeAll(async () => {
    digestSql = await fingerprintQuery(db());
    other = await createOrgWorld(db(), "fuzz-other");
    foreignIds = [
      other.org.id,
      other.members.admin.membershipId,
      other.members.viewer.userId,
      other.teams.department.id,
      other.kpis.ownedBy.admin,
      other.kpis.objectiveId,
      other.invitationId,
      other.apiKey.id,
      other.webhooks.endpointId,
    ];
  });

  // Each procedure gets a fresh world; removing it afterwards keeps the database, and so every digest, small.
  let current: OrgWorld | undefined;
  afterEach(async () => {
    if (!current) return;
    const userIds = [...Object.values(current.members), current.secondAdmin].map((member) => member.userId);
    await db().organization.delete({ where: { id: current.org.id } });
    await db().user.deleteMany({ where: { id: { in: userIds } } });
    current = undefined;
  });

  async function digest(): Promise<string> {
    const [row] = await db().$queryRawUnsafe<{ digest: string }[]>(digestSql);
    return row!.digest;
  }

  const paths = Object.keys(procedures).sort();

  it("has an input for every procedure", async () => {
    const world = await createOrgWorld(db(), "fuzz-inputs");
    for (const path of paths) expect(() => sampleInput(path, world)).not.toThrow();
  });

  it.each(paths)("%s never fails inside and writes nothing when it refuses", { timeout: 120_000 }, async (path) => {
    const world = (current = await createOrgWorld(db(), "fuzz"));
    const permission = PROCEDURE_REGISTRY[path]?.permission;
    const caller = callerFor(db(), permission === "public" ? null : world.members.admin.sessionId);
    const base = sampleInput(path, world);
    const isMutation = procedures[path]!._def.type === "mutation";
    const fieldPaths = pathsOf(base).filter((fieldPath) => fieldPath[0] !== "orgSlug" || fieldPath.length === 1);

    const variant = fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom<unknown>(...HOSTILE_VALUES).map((value) => ({ at: [] as string[], value })) },
      {
        weight: fieldPaths.length ? 8 : 0,
        arbitrary: fc.record({
          at: fieldPaths.length ? fc.constantFrom(...fieldPaths) : fc.constant([] as string[]),
          value: fc.oneof(
            { weight: 6, arbitrary: fc.constantFrom<unknown>(...HOSTILE_VALUES) },
            { weight: 2, arbitrary: fc.constantFrom<unknown>(...foreignIds) },
            { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
            { weight: 1, arbitrary: fc.oneof(fc.double(), fc.bigInt().map(String), fc.date({ noInvalidDate: false }).map((d) => d.toString())) },
          ),
        }),
      },
    );

    await fc.assert(
      fc.asyncProperty(variant, async ({ at, value }) => {
        const input = replaced(base, at, value);
        const before = await digest();
        const result = await outcome(invoke(caller, path, input));
        expect(result, `${path} at ${at.join(".") || "(whole input)"}`).not.toMatch(/^(INTERNAL_SERVER_ERROR|THROWN)/);
        const idField = at.length > 0 && /Ids?$/.test(at.find((key) => /Ids?$/.test(key)) ?? "");
        if (isMutation && idField && foreignIds.includes(value as string)) {
          expect(result, `${path} accepted another organization's id at ${at.join(".")}`).not.toBe("OK");
        }
        if (result !== "OK") expect(await digest(), `${path} wrote although it answered ${result}`).toBe(before);
      }),
      {
        numRuns: RUNS_PER_PROCEDURE,
        endOnFailure: true,
        // Besides the random draws, every field meets the values that most often got through to the database.
        examples: fieldPaths.flatMap((at) => SWEPT_VALUES.map((value) => [{ at, value }] as [{ at: string[]; value: unknown }])),
      },
    );
  });
});
