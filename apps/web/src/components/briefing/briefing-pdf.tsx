import type { Briefing, BriefingKpi } from "@tally/api/briefing";
import { Document, Line, Page, Polyline, Rect, StyleSheet, Svg, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { BRIEFING_STATUS_ORDER, KPI_STATUS_LABELS, chartGeometry, pdfText } from "@tally/domain";
import { formatKpiNumber } from "@/components/kpi/format-value";
import { createFormatter, type Formatter } from "@/lib/format";
import { explanationOf, factsOf, shareText } from "./briefing-text";

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

const CHART = { width: 515, height: 150, left: 56, bottom: 16 };

function Chart({ kpi, formatter }: { kpi: BriefingKpi; formatter: Formatter }) {
  if (kpi.points.length === 0) return <Text style={styles.muted}>No values recorded yet.</Text>;
  const geometry = chartGeometry(
    kpi.points.map((point) => ({ value: Number(point.value), target: point.target?.target ?? null, targetMin: point.target?.targetMin ?? null, targetMax: point.target?.targetMax ?? null })),
    CHART,
  );
  const plotBottom = CHART.height - CHART.bottom;
  return (
    <View>
      <Svg width={CHART.width} height={CHART.height}>
        <Rect x={CHART.left} y={0} width={CHART.width - CHART.left} height={plotBottom} fill="#f9fafb" />
        {geometry.grid.map((line) => (
          <Line key={`g${line.value}`} x1={CHART.left} y1={line.y} x2={CHART.width} y2={line.y} stroke="#e5e7eb" strokeWidth={0.5} />
        ))}
        {geometry.targetSteps.map((step, index) => (
          <Line key={`t${index}`} x1={step.x1} y1={step.y1} x2={step.x2} y2={step.y2} stroke="#dc2626" strokeWidth={1} strokeDasharray="3,2" />
        ))}
        {geometry.lines.map((points, index) => (
          <Polyline key={`l${index}`} points={points} stroke="#2563eb" strokeWidth={1.5} fill="none" />
        ))}
        {geometry.dots.map((dot, index) => (
          <Rect key={`d${index}`} x={dot.x - 1.5} y={dot.y - 1.5} width={3} height={3} fill="#2563eb" />
        ))}
      </Svg>
      {/* Axis labels as text above the drawing, so they stay extractable and use the PDF's fonts. */}
      {geometry.grid.map((line) => (
        <Text key={`a${line.value}`} style={{ position: "absolute", left: 0, top: line.y - 4, width: CHART.left - 4, fontSize: 7, textAlign: "right", color: "#6b7280" }}>
          {pdfText(formatKpiNumber(line.value, kpi, formatter))}
        </Text>
      ))}
      <Text style={{ position: "absolute", left: CHART.left, top: plotBottom + 3, fontSize: 7, color: "#6b7280" }}>{pdfText(formatter.formatPeriod(kpi.points[0]!.periodStart, kpi.cadence))}</Text>
      <Text style={{ position: "absolute", right: 0, top: plotBottom + 3, fontSize: 7, color: "#6b7280" }}>{pdfText(formatter.formatPeriod(kpi.points.at(-1)!.periodStart, kpi.cadence))}</Text>
      <Text style={{ fontSize: 7, color: "#6b7280", marginTop: 2 }}>Blue: values. Red dashes: target in force for each period.</Text>
    </View>
  );
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
