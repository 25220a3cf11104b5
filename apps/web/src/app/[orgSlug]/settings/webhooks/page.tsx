import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ArrowLeft, Webhook } from "lucide-react";
import type { SearchParams } from "nuqs/server";
import { WEBHOOK_EVENT_LABELS, isWebhookEventType } from "@tally/domain";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";
import { DeliveryLog } from "./delivery-log";
import { EndpointActions } from "./endpoint-actions";
import { EndpointDialog } from "./endpoint-dialog";
import { deliveryStatus } from "./labels";

export const metadata: Metadata = { title: "Webhooks" };

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export default async function WebhooksPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: Promise<SearchParams> }) {
  const { orgSlug } = await params;
  await requirePagePermission(orgSlug, "webhook.manage");
  const query = await searchParams;
  const caller = await getCaller();
  const formatter = await getOrgFormatter(orgSlug);
  const base = `/${orgSlug}/settings/webhooks`;
  const { endpoints, allowPrivateNetworks } = await loadForPage(() => caller.webhook.list({ orgSlug }), base);
  // The log of the endpoint named in the address, or of the first one; a stale name falls back too.
  const selected = endpoints.find((endpoint) => endpoint.id === single(query.endpoint)) ?? endpoints[0];
  const page = Math.min(Math.max(Number.parseInt(single(query.page) ?? "1", 10) || 1, 1), 100_000);
  const log = selected ? await loadForPage(() => caller.webhook.deliveries({ orgSlug, endpointId: selected.id, page }), base) : null;

  return (
    <>
      <Link href={`/${orgSlug}/settings`} className="mb-3 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft aria-hidden className="size-4" />
        Settings
      </Link>
      <PageHeader
        title="Webhooks"
        description="Send signed events to your own systems when values are recorded and KPIs change."
        actions={<EndpointDialog orgSlug={orgSlug} allowHttp={allowPrivateNetworks} />}
      />
      {endpoints.length === 0 ? (
        <EmptyState icon={Webhook} title="No endpoints yet">
          Add an https address, choose the events it should receive, and Tally will POST each one there, signed per Standard Webhooks.
        </EmptyState>
      ) : (
        <section aria-labelledby="endpoints-heading">
          <h2 id="endpoints-heading" className="sr-only">
            Endpoints
          </h2>
          <ul className="flex flex-col gap-4">
            {endpoints.map((endpoint) => {
              const last = endpoint.lastDelivery;
              const lastStatus = last ? deliveryStatus(last.status, last.attempts) : null;
              return (
                <li key={endpoint.id} aria-label={endpoint.url} className="rounded-xl border border-slate-200 bg-surface p-5 shadow-xs">
                  <div className="flex flex-wrap items-start justify-between gap-4">
                    <div className="min-w-0 flex-1">
                      <div className="flex flex-wrap items-center gap-2">
                        <p className="break-all font-mono text-sm font-medium text-slate-900">{endpoint.url}</p>
                        <Badge tone={endpoint.enabled ? "success" : "neutral"}>{endpoint.enabled ? "On" : "Off"}</Badge>
                      </div>
                      {endpoint.description && <p className="mt-1 text-sm text-slate-600">{endpoint.description}</p>}
                      <ul aria-label="Events" className="mt-2 flex flex-wrap gap-1.5">
                        {endpoint.events.map((event) => (
                          <li key={event}>
                            <Badge tone="brand">{isWebhookEventType(event) ? WEBHOOK_EVENT_LABELS[event].label : event}</Badge>
                          </li>
                        ))}
                      </ul>
                      <p className="mt-2 text-xs text-slate-500">
                        Added by {endpoint.createdByName} {formatter.formatRelative(endpoint.createdAt)}
                        {last && lastStatus && ` · last event ${formatter.formatRelative(last.createdAt)}: ${lastStatus.label.toLowerCase()}`}
                      </p>
                    </div>
                    <div className="flex flex-col items-end gap-2">
                      <div className="flex flex-wrap justify-end gap-2">
                        <EndpointDialog orgSlug={orgSlug} allowHttp={allowPrivateNetworks} endpoint={endpoint} />
                        {endpoint.id !== selected?.id && (
                          <Link href={`${base}?endpoint=${endpoint.id}`} className="rounded-md px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
                            Delivery log
                          </Link>
                        )}
                      </div>
                      <EndpointActions orgSlug={orgSlug} endpointId={endpoint.id} url={endpoint.url} />
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {selected && log && <DeliveryLog orgSlug={orgSlug} endpointUrl={selected.url} log={log} hrefFor={(next) => `${base}?endpoint=${selected.id}&page=${next}`} />}
    </>
  );
}
