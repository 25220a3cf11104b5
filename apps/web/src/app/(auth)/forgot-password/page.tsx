import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <Card>
      <h1 className="text-xl font-semibold text-slate-900">Forgot your password?</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">Enter the email you sign in with and we will send you a link to choose a new one.</p>
      <ForgotPasswordForm />
      <p className="mt-6 text-center text-sm text-slate-600">
        <Link href="/sign-in" className="font-medium text-brand-600 hover:underline">
          Back to sign in
        </Link>
      </p>
    </Card>
  );
}
