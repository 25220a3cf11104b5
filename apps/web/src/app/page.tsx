import Link from "@/components/ui/link";
import { BarChart3, ClipboardCheck, Target, Users } from "lucide-react";
import { Logo } from "@/components/brand/logo";
import { buttonClasses } from "@/components/ui/button-classes";
import { currentSessionId } from "@/server/session";

const STEPS = [
  { icon: Target, title: "Objectives to KPIs", text: "Tie every indicator to the objective it serves, with SMART checks that catch vague ones." },
  { icon: ClipboardCheck, title: "Targets and check-ins", text: "Targets that change over time, thresholds, cadences — and values recorded by hand, CSV or API." },
  { icon: BarChart3, title: "Status at a glance", text: "On track, at risk, off track or overdue: the same rules for everyone, computed, not guessed." },
  { icon: Users, title: "Roles that fit", text: "Executives, managers, HR and project leads each own and see exactly what their role allows." },
];

export default async function LandingPage() {
  const signedIn = Boolean(await currentSessionId());
  return (
    <div className="flex min-h-screen flex-col">
      <header className="mx-auto flex w-full max-w-6xl items-center justify-between px-6 py-5">
        <Logo />
        <nav aria-label="Account" className="flex items-center gap-3">
          {signedIn ? (
            <Link href="/organizations" className={buttonClasses("primary")}>
              Open Tally
            </Link>
          ) : (
            <>
              <Link href="/sign-in" className={buttonClasses("ghost")}>
                Sign in
              </Link>
              <Link href="/sign-up" className={buttonClasses("primary")}>
                Sign up free
              </Link>
            </>
          )}
        </nav>
      </header>
      <main className="mx-auto w-full max-w-6xl flex-1 px-6">
        <section className="py-16 sm:py-24">
          <p className="text-sm font-semibold uppercase tracking-wider text-brand-600">KPI management for teams</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
            Know which numbers matter, who owns them, and whether you are on track.
          </h1>
          <p className="mt-6 max-w-2xl text-lg text-slate-600">
            Tally is where your organization defines its key performance indicators, records their values every
            period and reviews them together — from objectives to targets, data, analysis and the next decision.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/sign-up" className={buttonClasses("primary", "px-5 py-2.5 text-base")}>
              Create your organization
            </Link>
            <Link href="/sign-in" className={buttonClasses("secondary", "px-5 py-2.5 text-base")}>
              I already have an account
            </Link>
          </div>
        </section>
        <section aria-labelledby="how-it-works" className="pb-24">
          <h2 id="how-it-works" className="sr-only">
            How Tally works
          </h2>
          <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {STEPS.map(({ icon: Icon, title, text }) => (
              <li key={title} className="rounded-xl border border-slate-200 bg-surface p-6 shadow-xs">
                <Icon aria-hidden className="size-6 text-brand-600" />
                <h3 className="mt-4 font-semibold text-slate-900">{title}</h3>
                <p className="mt-2 text-sm text-slate-600">{text}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
      <footer className="border-t border-slate-200 py-6 text-center text-xs text-slate-500">Tally — objectives, KPIs, targets, data, review.</footer>
    </div>
  );
}
