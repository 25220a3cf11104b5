import { signIn, signOut, trpcQuery, type CookieJar } from "./client";
import type { TwinContext } from "./context";

interface CurrentOrganization {
  organization: { name: string };
}

const current = (baseUrl: string, jar: CookieJar, orgSlug: string) => trpcQuery<CurrentOrganization>(baseUrl, jar, "organization.current", { orgSlug });

/**
 * A session signed in on one instance is honoured by the other (one AUTH_SECRET, the session row in PostgreSQL),
 * through the balancer too, and signing out on one ends it on both. Answers the admin's signed-in cookies.
 */
export async function checkSessions(context: TwinContext): Promise<CookieJar> {
  const { a, b, balancer, report, orgSlug, password } = context;

  const onA = await signIn(a.url, "admin@acme.test", password);
  report.check("sign in on A", onA.refusal === null, onA.refusal ?? "session cookie set by A");
  const onB = await current(b.url, onA.jar, orgSlug);
  report.check("A's session on B (tRPC)", onB.status === 200 && onB.data?.organization.name === "Acme Demo", `organization.current on B answered ${onB.status} ${onB.data?.organization.name ?? ""}`);
  const page = await fetch(`${b.url}/${orgSlug}`, { headers: { cookie: onA.jar.header() }, redirect: "manual" });
  report.check("A's session on B (page)", page.status === 200, `GET /${orgSlug} on B answered ${page.status}${page.headers.get("location") ? ` → ${page.headers.get("location")}` : ""}`);

  const throughBalancer = await signIn(balancer.url, "executive@acme.test", password);
  const reads = [];
  for (let index = 0; index < 10; index += 1) reads.push(await current(balancer.url, throughBalancer.jar, orgSlug));
  const upstreams = new Set(reads.map((read) => read.upstream));
  const allAnswered = reads.every((read) => read.status === 200 && read.data?.organization.name === "Acme Demo");
  report.check(
    "balancer session, round-robin",
    throughBalancer.refusal === null && allAnswered && upstreams.size === 2,
    `signed in through the balancer (answered by ${throughBalancer.upstream}), then 10 reads: ${reads.filter((read) => read.status === 200).length} × 200 from ${[...upstreams].join(" and ")}`,
  );

  const ending = await signIn(a.url, "manager@acme.test", password);
  const stolen = ending.jar.copy();
  const before = await current(a.url, stolen, orgSlug);
  const signedOut = await signOut(b.url, ending.jar);
  const after = await current(a.url, stolen, orgSlug);
  report.check(
    "sign-out on B ends the session on A",
    ending.refusal === null && before.status === 200 && after.status === 401,
    `copied cookie on A: ${before.status} before, sign-out on B (${signedOut}), ${after.status} after`,
  );
  return onA.jar;
}
