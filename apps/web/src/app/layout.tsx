import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppTheme } from "@/components/theme/app-theme";
import { LazyToaster } from "@/components/ui/lazy-toaster";
import "./globals.css";

// Every page carries a per-request CSP nonce, so none may be prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Tally — KPIs your whole organization can trust", template: "%s · Tally" },
  description: "Define, own, track and review your organization's key performance indicators.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // next-themes sets the class and color-scheme on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen font-sans">
        {/* The tRPC client sits in the layouts of the pages that call it; the landing page does not. */}
        <AppTheme>{children}</AppTheme>
        <LazyToaster />
      </body>
    </html>
  );
}
