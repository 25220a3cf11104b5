import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <Card>
      <h1 className="text-xl font-semibold text-slate-900">Sign in to Tally</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">Welcome back. Your KPIs are waiting.</p>
      <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : null} />
    </Card>
  );
}
