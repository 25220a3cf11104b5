import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ROLE_LABELS, type InvitationState, type Role } from "@tally/domain";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card } from "@/components/ui/card";
import { getCaller } from "@/server/caller";
import { AcceptButton } from "./accept-button";
import { switchAccountAction } from "./actions";
import { NewAccountForm } from "./new-account-form";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

const DEAD_ENDS: Record<Exclude<InvitationState, "valid">, { title: string; body: string }> = {
  malformed: {
    title: "This invitation link is not valid",
    body: "The link looks incomplete. Open it again from the invitation email, or copy all of it into the address bar.",
  },
  unknown: {
    title: "This invitation link no longer works",
    body: "It may have been replaced by a newer invitation. Use the most recent invitation email, or ask an admin to send a new one.",
  },
  expired: {
    title: "This invitation has expired",
    body: "Invitations work for 7 days. Ask an admin of the organization to send you a new one.",
  },
  revoked: {
    title: "This invitation was withdrawn",
    body: "An admin of the organization revoked it, or the person who sent it may no longer invite. If you think this is a mistake, ask an admin to invite you again.",
  },
  used: {
    title: "This invitation has already been used",
    body: "Each invitation works once. If you accepted it, sign in to reach the organization.",
  },
};

async function signedInUser() {
  try {
    return await (await getCaller()).account.me();
  } catch {
    return null;
  }
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const caller = await getCaller();
  const [preview, me] = await Promise.all([caller.invitation.preview({ token }), signedInUser()]);

  if (preview.state !== "valid" || !preview.invitation) {
    const deadEnd = DEAD_ENDS[preview.state === "valid" ? "unknown" : preview.state];
    return (
      <Card>
        <h1 className="text-xl font-semibold text-slate-900">{deadEnd.title}</h1>
        <p className="mt-2 text-sm text-slate-600">{deadEnd.body}</p>
        <Link href={me ? "/organizations" : "/sign-in"} className={buttonClasses("secondary", "mt-6")}>
          {me ? "Your organizations" : "Sign in"}
        </Link>
      </Card>
    );
  }

  const { invitation } = preview;
  const role = ROLE_LABELS[invitation.role as Role];
  const heading = (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Join {invitation.orgName} on Tally</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">
        {invitation.inviterName ?? "An admin"} invited {invitation.email} to join as {role}.
      </p>
    </>
  );

  if (me && me.email === invitation.email) {
    return (
      <Card>
        {heading}
        <AcceptButton token={token} orgName={invitation.orgName} />
      </Card>
    );
  }
  if (me) {
    return (
      <Card>
        {heading}
        <p className="mb-6 text-sm text-slate-700">
          You are signed in as <strong>{me.email}</strong>. This invitation can only be accepted by {invitation.email}.
        </p>
        <form action={switchAccountAction.bind(null, token)}>
          <button type="submit" className={buttonClasses("primary")}>
            Sign out and continue as {invitation.email}
          </button>
        </form>
      </Card>
    );
  }
  if (preview.accountExists) {
    return (
      <Card>
        {heading}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className={buttonClasses("primary")}>
          Sign in as {invitation.email} to accept
        </Link>
      </Card>
    );
  }
  return (
    <Card>
      {heading}
      <NewAccountForm token={token} email={invitation.email} orgName={invitation.orgName} />
    </Card>
  );
}
