import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card } from "@/components/ui/card";
import { getCaller } from "@/server/caller";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

const DEAD_ENDS = {
  invalid: { title: "This reset link is not valid", body: "Open it again from the email, or ask for a new link." },
  expired: { title: "This reset link has expired", body: "Reset links work for 30 minutes. Ask for a new one." },
  used: { title: "This reset link has already been used", body: "Each link works once. Ask for a new one if you still need to reset your password." },
} as const;

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { state } = await (await getCaller()).auth.passwordResetLink({ token });
  if (state !== "valid") {
    const deadEnd = DEAD_ENDS[state];
    return (
      <Card>
        <h1 className="text-xl font-semibold text-slate-900">{deadEnd.title}</h1>
        <p className="mt-2 text-sm text-slate-600">{deadEnd.body}</p>
        <Link href="/forgot-password" className={buttonClasses("primary", "mt-6")}>
          Ask for a new link
        </Link>
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="text-xl font-semibold text-slate-900">Choose a new password</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">You will be signed out everywhere else.</p>
      <ResetPasswordForm token={token} />
    </Card>
  );
}
