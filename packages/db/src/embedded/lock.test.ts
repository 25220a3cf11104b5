import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient, disconnectDb } from "../client";
import { DatabaseInUseError } from "./lock";

const childScript = fileURLToPath(new URL("./lock-child.ts", import.meta.url));
const raceScript = fileURLToPath(new URL("./lock-race-child.ts", import.meta.url));
const packageDir = fileURLToPath(new URL("../..", import.meta.url));

type ChildResult = { code: number | null; stdout: string; stderr: string };

/** Opens `dir` from another Node process, as a second server or script would. */
function openFromAnotherProcess(dir: string): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ["--import", "tsx", childScript, dir], { cwd: packageDir }, (error, stdout, stderr) =>
      resolve({ code: error ? (child.exitCode ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A lock directory as a holder with this pid leaves it. */
function leaveLock(dir: string, pid: number | undefined) {
  mkdirSync(`${dir}.lock`);
  writeFileSync(`${dir}.lock/owner.json`, JSON.stringify({ pid, hostname: hostname(), startedAt: "", token: "left-behind" }));
}

/** Starts `count` processes that all try to take the lock of `dir` at the same moment; resolves to their answers. */
function race(dir: string, count: number): Promise<string[]> {
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<string>((resolve) => {
          execFile(process.execPath, ["--import", "tsx", raceScript, dir, String(count), "4000"], { cwd: packageDir }, (error, stdout, stderr) =>
            resolve(error ? `failed: ${stderr}` : stdout.trim()),
          );
        }),
    ),
  );
}

describe("the embedded database lock", () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const parent = mkdtempSync(join(tmpdir(), "tally-lock-"));
    dirs.push(parent);
    return join(parent, "pglite");
  };
  afterEach(async () => {
    await disconnectDb();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a second process while the first holds the folder, and admits it afterwards", async () => {
    const dir = freshDir();
    const prisma = createPrismaClient({ pgliteDir: dir });
    expect(await prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);

    const refused = await openFromAnotherProcess(dir);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      `The embedded database at ${dir} is in use by another process (pid ${process.pid}). Stop it or set DATABASE_URL.`,
    );
    expect(refused.stdout).not.toContain("opened");

    await disconnectDb();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    const admitted = await openFromAnotherProcess(dir);
    expect(admitted.stderr).toBe("");
    expect(admitted.stdout).toContain("opened");
    expect(admitted.code).toBe(0);
  });

  it("shares one PGlite per folder within a process instead of refusing itself", async () => {
    const dir = freshDir();
    const a = createPrismaClient({ pgliteDir: dir });
    const b = createPrismaClient({ pgliteDir: dir });
    await a.$executeRaw`CREATE TABLE probe (n int)`;
    await b.$executeRaw`INSERT INTO probe VALUES (1)`;
    expect(await a.$queryRaw`SELECT n FROM probe`).toEqual([{ n: 1 }]);
  });

  it("takes over a lock left behind by a process that has exited", async () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true });
    const exited = spawnSync(process.execPath, ["-e", ""]);
    leaveLock(dir, exited.pid);

    const prisma = createPrismaClient({ pgliteDir: dir });
    expect(await prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });

  it("lets exactly one of several processes take over a lock whose owner has exited", async () => {
    for (let round = 0; round < 3; round++) {
      const dir = freshDir();
      mkdirSync(dir, { recursive: true });
      leaveLock(dir, spawnSync(process.execPath, ["-e", ""]).pid);

      const answers = await race(dir, 8);
      expect(answers.filter((answer) => answer === "won")).toHaveLength(1);
      expect(answers.filter((answer) => answer === "refused")).toHaveLength(7);
    }
  }, 90_000);

  it("lets exactly one of several processes take a free lock", async () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true });
    const answers = await race(dir, 8);
    expect(answers.filter((answer) => answer === "won")).toHaveLength(1);
    expect(answers.filter((answer) => answer === "refused")).toHaveLength(7);
  }, 60_000);

  it("still refuses a fresh lock whose owner is alive", () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true });
    leaveLock(dir, process.ppid);

    expect(() => createPrismaClient({ pgliteDir: dir })).toThrow(DatabaseInUseError);
    expect(() => createPrismaClient({ pgliteDir: dir })).toThrow(`(pid ${process.ppid})`);
  });
});
