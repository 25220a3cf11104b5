import Link from "@/components/ui/link";
import { LogOut, UserRound } from "lucide-react";
import { signOutAction } from "@/server/sign-out";

interface AccountLinksProps {
  name: string;
  email: string;
  role: string;
}

/** Who is signed in, with the way to their account page and out: the foot of the sidebar and of the drawer. */
export function AccountLinks({ name, email, role }: AccountLinksProps) {
  return (
    <div className="min-w-0">
      <p className="truncate text-sm font-medium text-slate-900">{name}</p>
      <p className="truncate text-xs text-slate-600" title={email}>
        {email} · {role}
      </p>
      <Link href="/account" className="mt-3 inline-flex items-center gap-2 rounded-md py-1 text-sm text-slate-700 hover:text-slate-900">
        <UserRound aria-hidden className="size-4" />
        Your account
      </Link>
      <form action={signOutAction} className="mt-1">
        <button type="submit" className="inline-flex items-center gap-2 rounded-md py-1 text-sm text-slate-700 hover:text-slate-900">
          <LogOut aria-hidden className="size-4" />
          Sign out
        </button>
      </form>
    </div>
  );
}
