"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { acceptInvitationAction } from "./actions";

export function AcceptButton({ token, orgName }: { token: string; orgName: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-3">
      {error && <Alert>{error}</Alert>}
      <Button
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await acceptInvitationAction(token);
            if (result.message) setError(result.message);
          })
        }
      >
        Join {orgName}
      </Button>
    </div>
  );
}
