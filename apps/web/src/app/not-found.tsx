import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Logo } from "@/components/brand/logo";
import { buttonClasses } from "@/components/ui/button-classes";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 text-center">
      <Logo />
      <main className="mt-10">
        <p className="text-sm font-semibold text-brand-600">404</p>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">Page not found</h1>
        <p className="mt-2 max-w-md text-sm text-slate-600">
          This page does not exist, or you do not have access to it. Check the address, or go back to your organizations.
        </p>
        <Link href="/organizations" className={buttonClasses("primary", "mt-6")}>
          Your organizations
        </Link>
      </main>
    </div>
  );
}
