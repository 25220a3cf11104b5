"use client";

import { API_KEY_SCOPE_LABELS } from "@tally/domain";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { useFormatter } from "@/lib/format-context";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

type ApiKey = RouterOutputs["apiKey"]["list"][number];

const STATE_BADGES = {
  active: { tone: "success", label: "Active" },
  expired: { tone: "warning", label: "Expired" },
  revoked: { tone: "neutral", label: "Revoked" },
} as const;

const CAPTION_ID = "api-keys-caption";

export function ApiKeyList({ orgSlug, keys }: { orgSlug: string; keys: readonly ApiKey[] }) {
  const trpc = useTRPC();
  const formatter = useFormatter();
  // A revoked key loses its button: the focus goes to the table's caption.
  const revoke = useRefreshingMutation(
    trpc.apiKey.revoke.mutationOptions({
      onSuccess: (key) => toast.success(`“${key.name}” was revoked. Requests with it are refused from now on.`),
      onError: (error) => toast.error(clientFailure(error).message),
    }),
    () => requestAnimationFrame(() => document.getElementById(CAPTION_ID)?.focus()),
  );

  return (
    <TableScrollBox>
      <Table>
        <caption id={CAPTION_ID} tabIndex={-1} className="sr-only focus:outline-none">
          API keys of the organization
        </caption>
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Key</TableHead>
            <TableHead>Access</TableHead>
            <TableHead>Created</TableHead>
            <TableHead>Last used</TableHead>
            <TableHead>Expires</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {keys.map((key) => {
            const badge = STATE_BADGES[key.state];
            return (
              <TableRow key={key.id} aria-label={key.name}>
                <TableCell className="font-medium text-slate-900">{key.name}</TableCell>
                <TableCell>
                  <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">{key.prefix}…</code>
                </TableCell>
                <TableCell>
                  {API_KEY_SCOPE_LABELS[key.scope]}
                  <span className="block text-xs text-slate-500">{key.team ? (key.team.name ?? "A deleted team: reaches nothing") : "Every KPI"}</span>
                </TableCell>
                <TableCell>
                  {formatter.formatDate(key.createdAt)}
                  <span className="block text-xs text-slate-500">by {key.createdBy.name}</span>
                </TableCell>
                <TableCell>{key.lastUsedAt ? formatter.formatDateTime(key.lastUsedAt) : "Never"}</TableCell>
                <TableCell>{key.expiresOn ? formatter.formatDate(key.expiresOn) : "Never"}</TableCell>
                <TableCell>
                  <Badge tone={badge.tone}>{badge.label}</Badge>
                </TableCell>
                <TableCell className="text-right">
                  {key.state !== "revoked" && (
                    <ConfirmDialog
                      trigger={
                        <Button variant="ghost" className="px-3 py-1 text-red-700 hover:bg-red-50" pending={revoke.pending && revoke.variables?.apiKeyId === key.id} aria-label={`Revoke ${key.name}`}>
                          Revoke
                        </Button>
                      }
                      title={`Revoke “${key.name}”?`}
                      description="Every request with this key is refused from the moment you confirm. Systems that use it stop sending values until they get a new key."
                      confirmLabel="Revoke key"
                      onConfirm={() => revoke.mutate({ orgSlug, apiKeyId: key.id })}
                    />
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScrollBox>
  );
}
