import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create your organization" };

export default function SignUpPage() {
  return (
    <Card>
      <h1 className="text-xl font-semibold text-slate-900">Create your organization</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">You will be its first admin and can invite your team next.</p>
      <SignUpForm />
    </Card>
  );
}
