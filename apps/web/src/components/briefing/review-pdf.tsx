import type { ReviewPack } from "@tally/api/review-briefing-http";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { FORECAST_VERDICT_LABELS, KPI_STATUS_LABELS, pdfText } from "@tally/domain";
import { formatKpiValue } from "@/components/kpi/format-value";
import { createFormatter, type Formatter } from "@/lib/format";
import { PdfChart } from "./pdf-chart";

type PackKpi = ReviewPack["kpis"][number];
type Entry = PackKpi["notes"][number];

const STATUS_COLOURS = { on_track: "#15803d", at_risk: "#b45309", off_track: "#b91c1c", overdue: "#7c3aed", no_data: "#6b7280" } as const;

const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 10, fontFamily: "Helvetica", color: "#111827" },
  cover: { padding: 60, fontFamily: "Helvetica", justifyContent: "center" },
  title: { fontSize: 26, fontFamily: "Helvetica-Bold", marginBottom: 12 },
  subtitle: { fontSize: 14, color: "#374151", marginBottom: 6 },
  heading: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 10 },
  row: { flexDirection: "row", borderBottom: "1pt solid #e5e7eb", paddingVertical: 4 },
  grow: { flexGrow: 1, flexShrink: 1 },
  kpiName: { fontSize: 14, fontFamily: "Helvetica-Bold" },
  muted: { color: "#4b5563" },
  badge: { fontFamily: "Helvetica-Bold", marginTop: 4 },
  subheading: { fontSize: 11, fontFamily: "Helvetica-Bold", marginTop: 10, marginBottom: 4 },
  footer: { position: "absolute", bottom: 20, left: 40, right: 40, fontSize: 8, color: "#6b7280", textAlign: "center" },
});

function Entries({ title, entries, formatter }: { title: string; entries: readonly Entry[]; formatter: Formatter }) {
  if (entries.length === 0) return null;
  return (
    <View>
      <Text style={styles.subheading}>{title}</Text>
      {entries.map((entry) => (
        <Text key={entry.id} style={{ marginBottom: 3 }}>
          {pdfText(`• ${entry.text} — ${entry.authorName}, ${formatter.formatDate(entry.createdAt)}`)}
        </Text>
      ))}
    </View>
  );
}

function targetText(item: PackKpi["item"], formatter: Formatter): string {
  const target = item.target;
  if (!target) return "—";
  if (item.direction === "range") return `${formatKpiValue(target.targetMin, item, formatter)} – ${formatKpiValue(target.targetMax, item, formatter)}`;
  return formatKpiValue(target.target, item, formatter);
}

/** "On-time delivery, Mar 2026: from 81.5 % to 84 % by Max, 2 Apr 2026"; the PDF's fonts have no arrow. */
function restatementText(restatement: ReviewPack["restatements"][number], pack: ReviewPack, formatter: Formatter): string {
  const item = pack.kpis.find((kpi) => kpi.item.kpiId === restatement.kpiId)?.item;
  const value = (text: string) => (item ? formatKpiValue(text, item, formatter) : text);
  const period = item ? formatter.formatPeriod(restatement.periodStart, item.cadence) : formatter.formatDate(restatement.periodStart);
  const change = restatement.newValue === null ? `${value(restatement.oldValue)} deleted` : `from ${value(restatement.oldValue)} to ${value(restatement.newValue)}`;
  return `${restatement.kpiName}, ${period}: ${change}${restatement.byName ? ` by ${restatement.byName}` : ""}${restatement.at ? `, ${formatter.formatDate(restatement.at)}` : ""}`;
}

function KpiSection({ kpi, pack, formatter }: { kpi: PackKpi; pack: ReviewPack; formatter: Formatter }) {
  const { item } = kpi;
  const format = item;
  const target = item.target;
  const points = item.trend.map((value) => ({ value, target: target?.target === null || !target ? null : Number(target.target), targetMin: target?.targetMin ? Number(target.targetMin) : null, targetMax: target?.targetMax ? Number(target.targetMax) : null }));
  return (
    <Page size="A4" style={styles.page}>
      <Text style={styles.kpiName}>{pdfText(item.name)}</Text>
      <Text style={styles.muted}>{pdfText(`Owner ${item.ownerName}`)}</Text>
      <Text style={[styles.badge, { color: STATUS_COLOURS[item.status] }]}>{KPI_STATUS_LABELS[item.status]}</Text>
      <Text>{pdfText(item.explanation)}</Text>
      <Text style={{ marginVertical: 6 }}>
        {pdfText(
          `Latest ${item.latest ? `${formatKpiValue(item.latest.value, format, formatter)} (${item.latest.periodLabel})` : "—"} · Target ${targetText(item, formatter)} · Forecast ${FORECAST_VERDICT_LABELS[item.forecast.verdict]}${item.noOpenAction ? " · No open action" : ""}`,
        )}
      </Text>
      <PdfChart points={points} firstLabel="Earlier" lastLabel={item.latest?.periodLabel ?? ""} format={format} formatter={formatter} />
      <Text style={styles.subheading}>Values of the review&apos;s period</Text>
      {item.values.length === 0 ? (
        <Text style={styles.muted}>No value recorded for this period.</Text>
      ) : (
        item.values.map((value) => (
          <View key={value.periodStart} style={styles.row}>
            <Text style={styles.grow}>{pdfText(value.periodLabel)}</Text>
            <Text>{pdfText(formatKpiValue(value.value, format, formatter))}</Text>
          </View>
        ))
      )}
      <Entries title="Notes" entries={kpi.notes} formatter={formatter} />
      <Entries title="Decisions" entries={kpi.decisions} formatter={formatter} />
      <Entries title="Adjustments" entries={kpi.adjustments} formatter={formatter} />
      <Text style={styles.subheading}>Actions</Text>
      {kpi.actions.length === 0 ? (
        <Text style={styles.muted}>No action.</Text>
      ) : (
        kpi.actions.map((action) => <Text key={action.id}>{pdfText(`• ${action.title} — ${action.ownerName}, due ${formatter.formatDate(action.dueDate)} (${action.status})`)}</Text>)
      )}
      <Text style={styles.footer} render={({ pageNumber, totalPages }) => pdfText(`${pack.review.title} · ${pageNumber} / ${totalPages}`)} fixed />
    </Page>
  );
}

/** A review's briefing pack: a cover, the agenda with notes and decisions for the whole review, then a page per KPI. */
export function ReviewPackDocument({ pack }: { pack: ReviewPack }) {
  const formatter = createFormatter(pack.cover.format);
  const { review } = pack;
  const state =
    review.status === "closed" && review.closedAt
      ? `Closed ${formatter.formatDate(review.closedAt)}${review.closedBy ? ` by ${review.closedBy.name}` : ""}: the figures are as they stood then.`
      : `Open: live figures as of ${formatter.formatDate(pack.cover.today)}.`;
  return (
    <Document title={pdfText(`Review — ${review.title}`)} author={pdfText(pack.cover.orgName)} creator="Tally" producer="Tally" language={pack.cover.format.locale}>
      <Page size="A4" style={styles.cover}>
        <Text style={styles.subtitle}>{pdfText(pack.cover.orgName)}</Text>
        <Text style={styles.title}>{pdfText(`Review: ${review.title}`)}</Text>
        <Text style={styles.subtitle}>{pdfText(`${review.scopeLabel} · ${formatter.formatDate(review.periodStart)} – ${formatter.formatDate(review.periodEnd)}`)}</Text>
        <Text style={styles.muted}>{pdfText(state)}</Text>
        <Text style={styles.muted}>{pdfText(`Participants: ${review.participants.map((p) => p.name).join(", ") || "none"}`)}</Text>
      </Page>
      <Page size="A4" style={styles.page}>
        <Text style={styles.heading}>Agenda</Text>
        {pack.kpis.map(({ item }) => (
          <View key={item.kpiId} style={styles.row}>
            <Text style={styles.grow}>{pdfText(item.name)}</Text>
            <Text style={{ width: 90, textAlign: "right", color: STATUS_COLOURS[item.status] }}>{KPI_STATUS_LABELS[item.status]}</Text>
          </View>
        ))}
        <Entries title="Notes on the review" entries={pack.generalNotes} formatter={formatter} />
        <Entries title="Decisions on the review" entries={pack.generalDecisions} formatter={formatter} />
        {pack.otherActions.length > 0 ? (
          <View>
            <Text style={styles.subheading}>Other actions decided</Text>
            {pack.otherActions.map((action) => (
              <Text key={action.id}>{pdfText(`• ${action.title} — ${action.ownerName}, due ${formatter.formatDate(action.dueDate)}`)}</Text>
            ))}
          </View>
        ) : null}
        {pack.restatements.length > 0 ? (
          <View>
            <Text style={styles.subheading}>Restated since the close</Text>
            {pack.restatements.map((restatement) => (
              <Text key={`${restatement.kpiId}-${restatement.periodStart}`}>{pdfText(`• ${restatementText(restatement, pack, formatter)}`)}</Text>
            ))}
          </View>
        ) : null}
      </Page>
      {pack.kpis.map((kpi) => (
        <KpiSection key={kpi.item.kpiId} kpi={kpi} pack={pack} formatter={formatter} />
      ))}
    </Document>
  );
}

export async function renderReviewPackPdf(pack: ReviewPack): Promise<Uint8Array> {
  return new Uint8Array(await renderToBuffer(<ReviewPackDocument pack={pack} />));
}
