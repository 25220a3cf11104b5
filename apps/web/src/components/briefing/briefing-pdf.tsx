import type { Briefing, BriefingKpi } from "@tally/api/briefing";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { BRIEFING_STATUS_ORDER, KPI_STATUS_LABELS, pdfText } from "@tally/domain";
import { createFormatter, type Formatter } from "@/lib/format";
import { explanationOf, factsOf, shareText } from "./briefing-text";
import { PdfChart } from "./pdf-chart";

const STATUS_COLOURS = { on_track: "#15803d", at_risk: "#b45309", off_track: "#b91c1c", overdue: "#7c3aed", no_data: "#6b7280" } as const;

const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 10, fontFamily: "Helvetica", color: "#111827" },
  cover: { padding: 60, fontFamily: "Helvetica", justifyContent: "center" },
  title: { fontSize: 26, fontFamily: "Helvetica-Bold", marginBottom: 12 },
  subtitle: { fontSize: 14, color: "#374151", marginBottom: 6 },
  heading: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 10 },
  row: { flexDirection: "row", borderBottom: "1pt solid #e5e7eb", paddingVertical: 4 },
  cellName: { flexGrow: 1 },
  cellCount: { width: 60, textAlign: "right" },
  kpiName: { fontSize: 14, fontFamily: "Helvetica-Bold" },
  muted: { color: "#4b5563" },
  badge: { fontFamily: "Helvetica-Bold", marginTop: 4 },
  facts: { flexDirection: "row", flexWrap: "wrap", marginVertical: 8 },
  fact: { width: "33%", marginBottom: 4 },
  label: { fontSize: 8, color: "#6b7280" },
  subheading: { fontSize: 11, fontFamily: "Helvetica-Bold", marginTop: 10, marginBottom: 4 },
  footer: { position: "absolute", bottom: 20, left: 40, right: 40, fontSize: 8, color: "#6b7280", textAlign: "center" },
});

function Chart({ kpi, formatter }: { kpi: BriefingKpi; formatter: Formatter }) {
  const points = kpi.points.map((point) => ({ value: Number(point.value), target: point.target?.target ?? null, targetMin: point.target?.targetMin ?? null, targetMax: point.target?.targetMax ?? null }));
  const label = (index: number) => (kpi.points[index] ? formatter.formatPeriod(kpi.points[index].periodStart, kpi.cadence) : "");
  return <PdfChart points={points} firstLabel={label(0)} lastLabel={label(kpi.points.length - 1)} format={kpi} formatter={formatter} />;
}

function KpiSection({ kpi, briefing, formatter }: { kpi: BriefingKpi; briefing: Briefing; formatter: Formatter }) {
  return (
    <Page size="A4" style={styles.page}>
      <Text style={styles.kpiName}>{pdfText(kpi.name)}</Text>
      <Text style={styles.muted}>{pdfText(`Owner ${kpi.ownerName}${kpi.teamName ? ` · Team ${kpi.teamName}` : ""}${kpi.code ? ` · ${kpi.code}` : ""}`)}</Text>
      <Text style={[styles.badge, { color: STATUS_COLOURS[kpi.status] }]}>{KPI_STATUS_LABELS[kpi.status]}</Text>
      <Text>{pdfText(explanationOf(kpi, formatter, briefing.cover.weekStart))}</Text>
      <View style={styles.facts}>
        {factsOf(kpi, formatter).map((fact) => (
          <View key={fact.label} style={styles.fact}>
            <Text style={styles.label}>{fact.label}</Text>
            <Text>{pdfText(fact.value)}</Text>
          </View>
        ))}
      </View>
      <Chart kpi={kpi} formatter={formatter} />
      <Text style={styles.subheading}>Open actions</Text>
      {kpi.actions.length === 0 ? (
        <Text style={styles.muted}>No open action.</Text>
      ) : (
        kpi.actions.map((action) => (
          <Text key={action.id}>{pdfText(`• ${action.title} — ${action.ownerName}, due ${formatter.formatDate(action.dueDate)}${action.overdue ? " (overdue)" : ""}`)}</Text>
        ))
      )}
      <Text style={styles.footer} render={({ pageNumber, totalPages }) => pdfText(`${briefing.cover.title} · ${pageNumber} / ${totalPages}`)} fixed />
    </Page>
  );
}

/** The briefing pack: a cover, the summary, then one page per KPI, worst first. */
export function BriefingDocument({ briefing }: { briefing: Briefing }) {
  const formatter = createFormatter(briefing.cover.format);
  const { cover, summary } = briefing;
  return (
    <Document title={pdfText(`Briefing — ${cover.title}`)} author={pdfText(cover.orgName)} creator="Tally" producer="Tally" language={cover.format.locale}>
      <Page size="A4" style={styles.cover}>
        <Text style={styles.subtitle}>{pdfText(cover.orgName)}</Text>
        <Text style={styles.title}>{pdfText(`Briefing: ${cover.title}`)}</Text>
        <Text style={styles.subtitle}>{pdfText(`As of ${formatter.formatDate(cover.today)}`)}</Text>
        <Text style={styles.muted}>{pdfText(`Generated ${formatter.formatDateTime(cover.generatedAt)}`)}</Text>
      </Page>
      <Page size="A4" style={styles.page}>
        <Text style={styles.heading}>Summary</Text>
        <Text style={{ marginBottom: 8 }}>{pdfText(`${summary.total} KPI${summary.total === 1 ? "" : "s"}. ${shareText(briefing, formatter)}.`)}</Text>
        {BRIEFING_STATUS_ORDER.map((status) => (
          <View key={status} style={styles.row}>
            <Text style={[styles.cellName, { color: STATUS_COLOURS[status] }]}>{KPI_STATUS_LABELS[status]}</Text>
            <Text style={styles.cellCount}>{summary.counts[status]}</Text>
          </View>
        ))}
        <Text style={styles.subheading}>KPIs, worst first</Text>
        {briefing.kpis.map((kpi) => (
          <View key={kpi.id} style={styles.row}>
            <Text style={styles.cellName}>{pdfText(kpi.name)}</Text>
            <Text style={{ width: 90, textAlign: "right", color: STATUS_COLOURS[kpi.status] }}>{KPI_STATUS_LABELS[kpi.status]}</Text>
          </View>
        ))}
        {briefing.omitted > 0 ? <Text style={styles.muted}>{`${briefing.omitted} more KPIs are left out; the KPI list has them all.`}</Text> : null}
      </Page>
      {briefing.kpis.map((kpi) => (
        <KpiSection key={kpi.id} kpi={kpi} briefing={briefing} formatter={formatter} />
      ))}
    </Document>
  );
}

export async function renderBriefingPdf(briefing: Briefing): Promise<Uint8Array> {
  return new Uint8Array(await renderToBuffer(<BriefingDocument briefing={briefing} />));
}
