"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm, type Path } from "react-hook-form";
import { Pencil, Plus } from "lucide-react";
import { z } from "zod";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS, webhookEndpointSchema, type WebhookEventType } from "@tally/domain";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { FormError } from "@/lib/forms/form-error";
import { applyServerErrors } from "@/lib/forms/server-errors";
import { useTRPC } from "@/lib/trpc/client";
import type { RouterOutputs } from "@/lib/trpc/types";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";
import { SecretNotice } from "./secret-notice";

type Endpoint = RouterOutputs["webhook"]["list"]["endpoints"][number];

interface EndpointForm {
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
}

const EVENT_CHOICES = WEBHOOK_EVENTS.map((event) => ({ value: event, label: `${WEBHOOK_EVENT_LABELS[event].label} (${event})` }));
const FIELDS: readonly Path<EndpointForm>[] = ["url", "description", "events", "enabled"];

/** An API error path beside its input: every problem with the event list belongs to the list. */
function inputOf(path: string): Path<EndpointForm> | null {
  const field = path.split(".")[0] as Path<EndpointForm>;
  return FIELDS.includes(field) ? field : null;
}

function formValues(endpoint: Endpoint | null): EndpointForm {
  return endpoint
    ? { url: endpoint.url, description: endpoint.description, events: endpoint.events as WebhookEventType[], enabled: endpoint.enabled }
    : { url: "", description: "", events: ["checkin.recorded"], enabled: true };
}

interface EndpointDialogProps {
  orgSlug: string;
  /** The server sends to private networks and over plain http (development, tests). */
  allowHttp: boolean;
  /** The endpoint to edit; none to add one. */
  endpoint?: Endpoint;
}

/** Adds an endpoint (then shows its signing secret, once) or edits one. */
export function EndpointDialog({ orgSlug, allowHttp, endpoint }: EndpointDialogProps) {
  const trpc = useTRPC();
  const editing = Boolean(endpoint);
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm<EndpointForm>({
    resolver: zodResolver(webhookEndpointSchema({ allowHttp }).extend({ enabled: z.boolean() })) as never,
    defaultValues: formValues(endpoint ?? null),
  });
  const onError = (error: unknown) => setFormError(applyServerErrors(form, error, { pathOf: inputOf }));
  const create = useRefreshingMutation(
    trpc.webhook.create.mutationOptions({
      onSuccess: (created) => {
        setSecret(created.secret);
        toast.success("Endpoint added. Copy its signing secret now.");
      },
      onError,
    }),
  );
  const update = useRefreshingMutation(
    trpc.webhook.update.mutationOptions({ onSuccess: () => toast.success("Endpoint saved."), onError }),
    () => setOpen(false),
  );
  const saving = create.pending || update.pending;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setFormError(null);
        if (next) {
          setSecret(null);
          form.reset(formValues(endpoint ?? null));
        }
      }}
    >
      <DialogTrigger asChild>
        {editing ? (
          <Button variant="secondary" className="px-3 py-1" aria-label={`Edit ${endpoint!.url}`}>
            <Pencil aria-hidden className="size-4" />
            Edit
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden className="size-4" />
            Add endpoint
          </Button>
        )}
      </DialogTrigger>
      <DialogContent size="lg">
        <DialogHeader>
          <DialogTitle>{secret ? "Endpoint added" : editing ? "Edit endpoint" : "Add endpoint"}</DialogTitle>
          <DialogDescription>
            {secret
              ? "Events are signed with this secret, so the receiver can tell they come from Tally."
              : "Tally POSTs a signed JSON event to this address when one of the chosen events happens, and retries for about a day when it does not answer."}
          </DialogDescription>
        </DialogHeader>
        {secret ? (
          <>
            <div className="mt-6">
              <SecretNotice secret={secret} />
            </div>
            <DialogFooter>
              <Button onClick={() => setOpen(false)}>Done</Button>
            </DialogFooter>
          </>
        ) : (
          <form
            noValidate
            className="mt-6 flex flex-col gap-4"
            onSubmit={form.handleSubmit((values) => {
              setFormError(null);
              if (endpoint) update.mutate({ orgSlug, endpointId: endpoint.id, ...values });
              else create.mutate({ orgSlug, url: values.url, description: values.description, events: values.events });
            })}
          >
            <FormError message={formError} />
            <TextField
              label="Endpoint URL"
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="https://example.com/webhooks/tally"
              hint={allowHttp ? "Any address this server can reach." : "An https:// address on the public internet."}
              error={form.formState.errors.url?.message}
              {...form.register("url")}
            />
            <TextField
              label="Description (optional)"
              placeholder="e.g. Data warehouse"
              error={form.formState.errors.description?.message}
              {...form.register("description")}
            />
            <Controller
              control={form.control}
              name="events"
              render={({ field }) => (
                <CheckboxGroup
                  legend="Events to send"
                  choices={EVENT_CHOICES}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={form.formState.errors.events?.message ?? form.formState.errors.events?.root?.message}
                  empty="No events."
                />
              )}
            />
            {editing && (
              <label className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" className="size-4 accent-brand-600" {...form.register("enabled")} />
                Send events to this endpoint
              </label>
            )}
            <DialogFooter>
              <Button type="submit" pending={saving}>
                {editing ? "Save endpoint" : "Add endpoint"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
