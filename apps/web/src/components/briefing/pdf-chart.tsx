import { Line, Polyline, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { chartGeometry, pdfText, type ChartPoint } from "@tally/domain";
import { formatKpiNumber, type KpiValueFormat } from "@/components/kpi/format-value";
import type { Formatter } from "@/lib/format";

const CHART = { width: 515, height: 150, left: 56, bottom: 16 };
const muted = { color: "#4b5563" };

export interface PdfChartProps {
  points: readonly ChartPoint[];
  /** The first and last period's names, under the axis. */
  firstLabel: string;
  lastLabel: string;
  format: KpiValueFormat;
  formatter: Formatter;
}

/** A KPI's values as a line over the steps of the target in force, drawn in the PDF's own vector shapes. */
export function PdfChart({ points, firstLabel, lastLabel, format, formatter }: PdfChartProps) {
  if (points.length === 0) return <Text style={muted}>No values recorded yet.</Text>;
  const geometry = chartGeometry(points, CHART);
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
        {geometry.lines.map((line, index) => (
          <Polyline key={`l${index}`} points={line} stroke="#2563eb" strokeWidth={1.5} fill="none" />
        ))}
        {geometry.dots.map((dot, index) => (
          <Rect key={`d${index}`} x={dot.x - 1.5} y={dot.y - 1.5} width={3} height={3} fill="#2563eb" />
        ))}
      </Svg>
      {/* Axis labels as text above the drawing, so they stay extractable and use the PDF's fonts. */}
      {geometry.grid.map((line) => (
        <Text key={`a${line.value}`} style={{ position: "absolute", left: 0, top: line.y - 4, width: CHART.left - 4, fontSize: 7, textAlign: "right", color: "#6b7280" }}>
          {pdfText(formatKpiNumber(line.value, format, formatter))}
        </Text>
      ))}
      <Text style={{ position: "absolute", left: CHART.left, top: plotBottom + 3, fontSize: 7, color: "#6b7280" }}>{pdfText(firstLabel)}</Text>
      <Text style={{ position: "absolute", right: 0, top: plotBottom + 3, fontSize: 7, color: "#6b7280" }}>{pdfText(lastLabel)}</Text>
      <Text style={{ fontSize: 7, color: "#6b7280", marginTop: 2 }}>Blue: values. Red dashes: target in force for each period.</Text>
    </View>
  );
}
