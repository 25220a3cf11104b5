import { REMINDER_STAGE_LABELS } from "@tally/domain";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import { getCaller } from "@/server/caller";
import type { getOrgFormatter } from "@/server/format";

type Formatter = Awaited<ReturnType<typeof getOrgFormatter>>;

/** The reminders and escalations sent about the KPI's missing values: part of its history. */
export async function RemindersSent({ orgSlug, kpiId, formatter }: { orgSlug: string; kpiId: string; formatter: Formatter }) {
  const caller = await getCaller();
  const reminders = await caller.reminder.ofKpi({ orgSlug, kpiId });
  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading" className="mb-1 text-base font-semibold text-slate-900">
        Reminders sent
      </h2>
      <p className="mb-3 text-sm text-slate-600">Who was told about a missing value, and when: when it fell due, when it was overdue, and each escalation.</p>
      {reminders.length === 0 ? (
        <p className="text-sm text-slate-600">No reminders so far: no value of this KPI has been missing when it was due.</p>
      ) : (
        <TableScrollBox scrollLabel="Reminders sent">
          <Table>
            <TableCaption className="sr-only">Reminders sent, newest first</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Period</TableHead>
                <TableHead>Stage</TableHead>
                <TableHead>Sent</TableHead>
                <TableHead>Told</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {reminders.map((reminder) => (
                <TableRow key={`${reminder.periodStart}-${reminder.stage}`}>
                  <TableCell>{reminder.periodLabel}</TableCell>
                  <TableCell>{REMINDER_STAGE_LABELS[reminder.stage]}</TableCell>
                  <TableCell>{formatter.formatDateTime(reminder.sentAt)}</TableCell>
                  <TableCell>{reminder.told.length ? reminder.told.join(", ") : "Nobody (no one holds that part)"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScrollBox>
      )}
    </section>
  );
}
