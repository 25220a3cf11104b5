import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";
import { TrpcReactProvider } from "@/lib/trpc/client";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <div className="mb-8">
        <Logo />
      </div>
      <main className="w-full max-w-md">
        <TrpcReactProvider>{children}</TrpcReactProvider>
      </main>
    </div>
  );
}
