import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./support/settings.mjs";

// The budgets are checked against the build these browser tests run on, so CI builds nothing more for them.
const script = fileURLToPath(new URL("../../apps/web/scripts/first-load-js.mjs", import.meta.url));

test("each budgeted page loads no more JavaScript at first than its budget allows", async () => {
  const run = await promisify(execFile)(process.execPath, [script, "--base-url", `http://127.0.0.1:${E2E_PORT}`]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? 1, stdout: error.stdout ?? "", stderr: error.stderr ?? "" }),
  );
  console.log(run.stdout);
  expect(run.stdout).toContain("KPI page");
  expect(run.code, run.stderr).toBe(0);
});
