import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { KeyRound, Webhook } from "lucide-react";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SUPPORTED_LOCALES, WEEKDAY_NAMES, type SupportedLocale } from "@tally/domain";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";
import { formatChoices } from "./format-options";
import { FormatSettingsForm } from "./format-settings-form";
import { OrganizationSettingsForm } from "./organization-settings-form";
import { ReminderSettingsForm } from "./reminder-settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { permissions } = await requirePagePermission(orgSlug, "org.view");
  const caller = await getCaller();
  const settings = await loadForPage(() => caller.organization.settings({ orgSlug }), `/${orgSlug}/settings`);
  const canEdit = permissions.includes("org.update");
  const canManageKeys = permissions.includes("apiKey.manage");
  const canManageWebhooks = permissions.includes("webhook.manage");
  const formatter = await getOrgFormatter(orgSlug);

  return (
    <>
      <PageHeader title="Settings" description={canEdit ? "How your organization appears in Tally." : "Only admins can change these settings."} />
      <Card className="max-w-xl">
        <OrganizationSettingsForm orgSlug={orgSlug} initialName={settings.name} canEdit={canEdit} />
        <dl className="mt-6 grid grid-cols-2 gap-4 border-t border-slate-100 pt-6 text-sm">
          <div>
            <dt className="text-slate-500">Address</dt>
            <dd className="font-medium">/{settings.slug}</dd>
          </div>
          {!canEdit && (
            <>
              <div>
                <dt className="text-slate-500">Currency</dt>
                <dd className="font-medium">{settings.currency}</dd>
              </div>
              <div>
                <dt className="text-slate-500">Number and date format</dt>
                <dd className="font-medium">{SUPPORTED_LOCALES[settings.locale as SupportedLocale] ?? settings.locale}</dd>
              </div>
              <div>
                <dt className="text-slate-500">Time zone</dt>
                <dd className="font-medium break-words">{settings.timeZone.replace(/_/g, " ")}</dd>
              </div>
              <div>
                <dt className="text-slate-500">Weeks start on</dt>
                <dd className="font-medium">{WEEKDAY_NAMES[settings.weekStart - 1] ?? "Monday"}</dd>
              </div>
              <div>
                <dt className="text-slate-500">Team leads told after</dt>
                <dd className="font-medium">{settings.escalateToLeadsAfterDays} days overdue</dd>
              </div>
              <div>
                <dt className="text-slate-500">Admins and executives told</dt>
                <dd className="font-medium">{settings.escalateToAdminsAfterDays} days later</dd>
              </div>
            </>
          )}
          <div>
            <dt className="text-slate-500">Created</dt>
            <dd className="font-medium">{formatter.formatDate(settings.createdAt)}</dd>
          </div>
        </dl>
      </Card>
      {canEdit && (
        <Card className="mt-6 max-w-xl">
          <FormatSettingsForm
            orgSlug={orgSlug}
            initial={{ currency: settings.currency, locale: settings.locale as SupportedLocale, timeZone: settings.timeZone, weekStart: settings.weekStart }}
            choices={formatChoices(settings)}
          />
        </Card>
      )}
      {canEdit && (
        <Card className="mt-6 max-w-xl">
          <ReminderSettingsForm
            orgSlug={orgSlug}
            initial={{ escalateToLeadsAfterDays: settings.escalateToLeadsAfterDays, escalateToAdminsAfterDays: settings.escalateToAdminsAfterDays }}
          />
        </Card>
      )}
      {canManageKeys && (
        <Card className="mt-6 max-w-xl">
          <h2 className="text-base font-semibold text-slate-900">API keys</h2>
          <p className="mt-1 text-sm text-slate-600">Let other systems read your KPIs and record their values through the REST API.</p>
          <Link
            href={`/${orgSlug}/settings/api-keys`}
            className="mt-4 inline-flex items-center gap-2 text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            <KeyRound aria-hidden className="size-4" />
            Manage API keys
          </Link>
        </Card>
      )}
      {canManageWebhooks && (
        <Card className="mt-6 max-w-xl">
          <h2 className="text-base font-semibold text-slate-900">Webhooks</h2>
          <p className="mt-1 text-sm text-slate-600">Send signed events to your own systems when values and KPIs change.</p>
          <Link
            href={`/${orgSlug}/settings/webhooks`}
            className="mt-4 inline-flex items-center gap-2 text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            <Webhook aria-hidden className="size-4" />
            Manage webhooks
          </Link>
        </Card>
      )}
    </>
  );
}
