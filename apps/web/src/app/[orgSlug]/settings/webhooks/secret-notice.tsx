"use client";

import { useState } from "react";
import { Check, Copy } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** A signing secret shown the one time it can be: readable, selectable and copyable. */
export function SecretNotice({ secret }: { secret: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-3">
      <Alert tone="info">Copy this signing secret now and store it with the receiving system. It will not be shown again.</Alert>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="webhook-secret" className="text-sm font-medium text-slate-800">
          Signing secret
        </label>
        <div className="flex gap-2">
          <input
            id="webhook-secret"
            readOnly
            value={secret}
            onFocus={(event) => event.currentTarget.select()}
            className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-900"
          />
          <Button
            variant="secondary"
            onClick={async () => {
              await navigator.clipboard?.writeText(secret).catch(() => undefined);
              setCopied(true);
            }}
          >
            {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
            {copied ? "Copied" : "Copy"}
          </Button>
        </div>
        <p className="text-xs text-slate-500">
          Verify each request's <code>webhook-signature</code> with a Standard Webhooks library, e.g. <code>new Webhook(secret).verify(body, headers)</code>.
        </p>
      </div>
    </div>
  );
}
