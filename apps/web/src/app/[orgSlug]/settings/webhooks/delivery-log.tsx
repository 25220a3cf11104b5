import { Inbox } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import type { RouterOutputs } from "@/lib/trpc/types";
import { getOrgFormatter } from "@/server/format";
import { AutoRefresh } from "./auto-refresh";
import { RefreshButton } from "./refresh-button";
import { deliveryStatus, eventLabel } from "./labels";

type Log = RouterOutputs["webhook"]["deliveries"];

interface DeliveryLogProps {
  orgSlug: string;
  endpointUrl: string;
  log: Log;
  hrefFor: (page: number) => string;
}

const HEADING_ID = "delivery-log-heading";

/** One endpoint's deliveries, newest first: what was sent, how it went, how often it was tried. */
export async function DeliveryLog({ orgSlug, endpointUrl, log, hrefFor }: DeliveryLogProps) {
  const formatter = await getOrgFormatter(orgSlug);
  const waiting = log.deliveries.some((delivery) => delivery.status === "pending" && delivery.attempts === 0);
  return (
    <section aria-labelledby={HEADING_ID} className="mt-10">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h2 id={HEADING_ID} className="text-base font-semibold text-slate-900">
            Delivery log
          </h2>
          <p className="break-all text-sm text-slate-600">{endpointUrl}</p>
        </div>
        <RefreshButton />
      </div>
      <AutoRefresh active={waiting} />
      {log.deliveries.length === 0 ? (
        <p className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-slate-300 bg-surface px-4 py-8 text-center text-sm text-slate-600">
          <Inbox aria-hidden className="size-6 text-slate-400" />
          No deliveries yet. Events sent to this endpoint appear here; send a test event to see one.
        </p>
      ) : (
        <TableScrollBox scrollLabel="Deliveries">
          <Table>
            <TableCaption>Deliveries to {endpointUrl}, newest first</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Event</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Created</TableHead>
                <TableHead>Attempts</TableHead>
                <TableHead>Response</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {log.deliveries.map((delivery) => {
                const status = deliveryStatus(delivery.status, delivery.attempts);
                return (
                  <TableRow key={delivery.id}>
                    <TableCell>
                      <p className="font-medium text-slate-900">{eventLabel(delivery.eventType)}</p>
                      <p className="font-mono text-xs text-slate-500">{delivery.eventId}</p>
                    </TableCell>
                    <TableCell>
                      <Badge tone={status.tone}>{status.label}</Badge>
                    </TableCell>
                    <TableCell className="whitespace-nowrap text-slate-600">{formatter.formatDateTime(delivery.createdAt)}</TableCell>
                    <TableCell className="text-slate-600">
                      {delivery.attempts}
                      {delivery.nextAttemptAt && delivery.attempts > 0 && (
                        <span className="block text-xs text-slate-500">next {formatter.formatDateTime(delivery.nextAttemptAt)}</span>
                      )}
                    </TableCell>
                    <TableCell className="max-w-xs text-slate-600">
                      {delivery.responseStatus !== null && <span className="font-mono">HTTP {delivery.responseStatus}</span>}
                      {delivery.lastError && delivery.responseStatus === null && <span className="break-words text-xs">{delivery.lastError}</span>}
                      {delivery.lastError && delivery.responseStatus !== null && delivery.status !== "delivered" && (
                        <span className="block break-words text-xs">{delivery.lastError}</span>
                      )}
                      {delivery.responseStatus === null && !delivery.lastError && "—"}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableScrollBox>
      )}
      <Pagination page={log.page} pageSize={log.pageSize} total={log.total} hrefFor={hrefFor} />
    </section>
  );
}
