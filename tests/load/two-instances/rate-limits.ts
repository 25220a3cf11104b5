import { rest, signIn, type CookieJar } from "./client";
import { alternate, type TwinContext } from "./context";
import { createApiKey } from "./setup";

/** Sign-in refusals in order, one attempt per instance in turn. */
async function attemptsInTurn(context: TwinContext, count: number, attempt: (baseUrl: string, index: number) => Promise<string | null>): Promise<string[]> {
  const refusals: string[] = [];
  for (let index = 0; index < count; index += 1) refusals.push((await attempt(alternate(context, index).url, index)) ?? "signed in");
  return refusals;
}

function summary(refusals: string[]): string {
  const runs: string[] = [];
  let index = 0;
  while (index < refusals.length) {
    let end = index;
    while (end + 1 < refusals.length && refusals[end + 1] === refusals[index]) end += 1;
    runs.push(`${end - index + 1} × ${refusals[index]}`);
    index = end + 1;
  }
  return runs.join(", ");
}

/**
 * Sign-in budgets (per account, per client address) and the API key's per-minute budget are counted in
 * PostgreSQL: attempts that alternate between A and B run out the one budget together.
 */
export async function checkRateLimits(context: TwinContext, adminJar: CookieJar): Promise<void> {
  const { report, sql, password, limits } = context;

  // A fresh forwarded address per attempt, so only the account's budget counts.
  const perAccount = await attemptsInTurn(context, limits.signInPerAccount + 1, async (baseUrl, index) =>
    (await signIn(baseUrl, "viewer@acme.test", "wrong-password-1", { forwardedFor: `10.20.0.${index + 1}` })).refusal,
  );
  const rightPassword = (await signIn(context.b.url, "viewer@acme.test", password, { forwardedFor: "10.20.1.1" })).refusal;
  const expectedAccount = [...Array<string>(limits.signInPerAccount).fill("invalid_credentials"), "rate_limited"];
  report.check(
    "sign-in limit per account, across A and B",
    perAccount.join() === expectedAccount.join() && rightPassword === "rate_limited",
    `${limits.signInPerAccount + 1} wrong passwords A, B, A, …: ${summary(perAccount)}; then the right password on B: ${rightPassword ?? "signed in"}`,
  );

  const address = "10.30.0.1";
  const perAddress = await attemptsInTurn(context, limits.signInPerIp + 1, async (baseUrl, index) =>
    (await signIn(baseUrl, `nobody-${index}@acme.test`, "wrong-password-1", { forwardedFor: address })).refusal,
  );
  const realAccount = (await signIn(context.a.url, "lead@acme.test", password, { forwardedFor: address })).refusal;
  const counter = await sql.query<{ points: number }>(`SELECT "points" FROM "RateLimit" WHERE "key" = $1`, [`signInByIp:${address}`]);
  const expectedAddress = [...Array<string>(limits.signInPerIp).fill("invalid_credentials"), "rate_limited"];
  report.check(
    "sign-in limit per address, across A and B",
    perAddress.join() === expectedAddress.join() && realAccount === "rate_limited",
    `${limits.signInPerIp + 1} attempts from ${address} A, B, A, …: ${summary(perAddress)}; then a real account on A: ${realAccount ?? "signed in"}; counter in SQL: ${counter.rows[0]?.points}`,
  );

  // Through the balancer a forged X-Forwarded-For is only the client's word: nginx appends the address it saw,
  // and with one trusted hop that address is what counts.
  const points = async (key: string) => Number((await sql.query<{ points: number }>(`SELECT "points" FROM "RateLimit" WHERE "key" = $1`, [key])).rows[0]?.points ?? 0);
  const [balancerBefore, forgedBefore] = [await points("signInByIp:127.0.0.1"), await points("signInByIp:10.40.0.1")];
  const forged = await signIn(context.balancer.url, "nobody-forged@acme.test", "wrong-password-1", { forwardedFor: "10.40.0.1" });
  const [balancerAfter, forgedAfter] = [await points("signInByIp:127.0.0.1"), await points("signInByIp:10.40.0.1")];
  report.check(
    "forged X-Forwarded-For through the balancer",
    forged.refusal === "invalid_credentials" && balancerAfter === balancerBefore + 1 && forgedAfter === forgedBefore,
    `counted for 127.0.0.1 (the address nginx saw): ${balancerBefore} → ${balancerAfter}; for the forged 10.40.0.1: ${forgedBefore} → ${forgedAfter}`,
  );

  const secret = await createApiKey(context, adminJar, "Rate limit probe", "read");
  const answers = [];
  for (let index = 0; index <= limits.apiPerMinute; index += 1) answers.push(await rest(alternate(context, index).url, secret, "GET", "/kpis?limit=1"));
  const remaining = answers.slice(0, limits.apiPerMinute).map((answer) => Number(answer.headers.get("ratelimit-remaining")));
  const last = answers[limits.apiPerMinute]!;
  const countedTogether = remaining.every((value, index) => value === limits.apiPerMinute - 1 - index);
  report.check(
    "API key limit per minute, across A and B",
    answers.slice(0, limits.apiPerMinute).every((answer) => answer.status === 200) && countedTogether && last.status === 429 && !!last.headers.get("retry-after"),
    `${limits.apiPerMinute} requests A, B, A, …: RateLimit-Remaining ${remaining[0]} → ${remaining[remaining.length - 1]} (one count), request ${limits.apiPerMinute + 1}: ${last.status} Retry-After ${last.headers.get("retry-after")} s`,
  );
}
