/** A dependency-free SVG line chart of generation time against the number of operations. */

/** One line of the chart. */
export interface Series {
  label: string;
  color: string;
  dashed?: boolean;
  points: { x: number; y: number }[];
}

const WIDTH = 720;
const HEIGHT = 440;
const MARGIN = { left: 70, right: 30, top: 60, bottom: 60 };

/** Renders the series (x = operations, y = seconds) as a standalone SVG document. */
export function renderTimeChart(options: { title: string; subtitle: string; series: readonly Series[] }): string {
  const all = options.series.flatMap((s) => s.points).filter((p) => Number.isFinite(p.y));
  const maxX = Math.max(1, ...all.map((p) => p.x));
  const maxY = niceCeil(Math.max(0.1, ...all.map((p) => p.y)));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const sx = (x: number) => MARGIN.left + (x / maxX) * plotW;
  const sy = (y: number) => MARGIN.top + plotH - (y / maxY) * plotH;
  const parts: string[] = [];
  const placed = new Map<number, number[]>();
  parts.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`);
  parts.push(text(WIDTH / 2, 24, options.title, { size: 16, anchor: "middle", weight: "bold" }));
  parts.push(text(WIDTH / 2, 44, options.subtitle, { size: 11, anchor: "middle", fill: "#555" }));
  for (let i = 0; i <= 5; i++) {
    const y = (maxY / 5) * i;
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${sy(y).toFixed(1)}" y2="${sy(y).toFixed(1)}" stroke="#e5e5e5"/>`,
    );
    parts.push(text(MARGIN.left - 8, sy(y) + 4, `${trim(y)} s`, { size: 11, anchor: "end" }));
  }
  const xs = [...new Set(all.map((p) => p.x))].sort((a, b) => a - b);
  for (const x of xs) {
    parts.push(
      `<line x1="${sx(x).toFixed(1)}" x2="${sx(x).toFixed(1)}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH + 5}" stroke="#333"/>`,
    );
    parts.push(text(sx(x), MARGIN.top + plotH + 20, String(x), { size: 11, anchor: "middle" }));
  }
  parts.push(
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH}" stroke="#333"/>`,
  );
  parts.push(
    `<line x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" stroke="#333"/>`,
  );
  parts.push(text(MARGIN.left + plotW / 2, HEIGHT - 14, "operations in the spec", { size: 12, anchor: "middle" }));
  parts.push(text(16, MARGIN.top + plotH / 2, "wall time (median)", { size: 12, anchor: "middle", rotate: true }));
  options.series.forEach((series, i) => {
    const pts = series.points.filter((p) => Number.isFinite(p.y));
    const dash = series.dashed ? ` stroke-dasharray="6 4"` : "";
    parts.push(
      `<polyline fill="none" stroke="${series.color}" stroke-width="2"${dash} points="${pts.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(" ")}"/>`,
    );
    for (const p of pts) {
      parts.push(`<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3.5" fill="${series.color}"/>`);
      const last = p.x === maxX;
      const y = placeLabel(placed, p.x, sy(p.y) - 6);
      if (y !== undefined)
        parts.push(
          text(sx(p.x) + (last ? -8 : 6), y, `${trim(p.y)} s`, {
            size: 10,
            fill: series.color,
            anchor: last ? "end" : "start",
          }),
        );
    }
    const ly = MARGIN.top + 12 + i * 18;
    parts.push(
      `<line x1="${MARGIN.left + 14}" x2="${MARGIN.left + 38}" y1="${ly - 4}" y2="${ly - 4}" stroke="${series.color}" stroke-width="2"${dash}/>`,
    );
    parts.push(text(MARGIN.left + 44, ly, series.label, { size: 12 }));
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif">\n${parts.map((p) => `  ${p}`).join("\n")}\n</svg>\n`;
}

function text(
  x: number,
  y: number,
  content: string,
  style: { size: number; anchor?: string; weight?: string; fill?: string; rotate?: boolean },
): string {
  const rotate = style.rotate ? ` transform="rotate(-90 ${x.toFixed(1)} ${y.toFixed(1)})"` : "";
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${style.size}" text-anchor="${style.anchor ?? "start"}" fill="${style.fill ?? "#222"}"${style.weight ? ` font-weight="${style.weight}"` : ""}${rotate}>${escapeXml(content)}</text>`;
}

/** A spot near `y` clear of the labels already placed at the same x, or undefined (the label is left out). */
function placeLabel(placed: Map<number, number[]>, x: number, y: number): number | undefined {
  const taken = placed.get(x) ?? [];
  const at = [y, y - 12, y - 24, y + 12].find((candidate) => taken.every((other) => Math.abs(other - candidate) >= 12));
  if (at !== undefined) placed.set(x, [...taken, at]);
  return at;
}

function niceCeil(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (value <= step * magnitude) return step * magnitude;
  return 10 * magnitude;
}

function trim(value: number): string {
  if (value === 0) return "0";
  return value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
