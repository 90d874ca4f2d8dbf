/**
 * The latency-against-corpus-size chart as a standalone SVG (no plotting
 * library): log-log axes, one colour per retrieval path, p95 solid and p50
 * dashed, and the targets as grey reference lines.
 */

export interface Series {
  label: string;
  colour: string;
  /** [corpus size, p50 ms, p95 ms]; missing sizes are skipped. */
  points: Array<[number, number, number]>;
}

export interface Target {
  label: string;
  ms: number;
}

const W = 840;
const H = 460;
const PAD = { left: 70, right: 250, top: 50, bottom: 60 };

export function latencyChart(title: string, series: Series[], targets: Target[]): string {
  const sizes = series.flatMap((s) => s.points.map((p) => p[0]));
  const values = series.flatMap((s) => s.points.flatMap((p) => [p[1], p[2]])).concat(targets.map((t) => t.ms));
  const xMin = Math.log10(Math.min(...sizes));
  const xMax = Math.max(xMin + 1, Math.log10(Math.max(...sizes)));
  const yMin = Math.floor(Math.log10(Math.max(0.01, Math.min(...values))));
  const yMax = Math.ceil(Math.log10(Math.max(...values)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (size: number) => PAD.left + ((Math.log10(size) - xMin) / (xMax - xMin)) * plotW;
  const y = (ms: number) => PAD.top + plotH - ((Math.log10(Math.max(ms, 10 ** yMin)) - yMin) / (yMax - yMin)) * plotH;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ` +
      `font-family="Helvetica, Arial, sans-serif" font-size="12">`,
  );
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  out.push(`<text x="${PAD.left}" y="28" font-size="15" font-weight="bold">${escape(title)}</text>`);
  for (let e = yMin; e <= yMax; e += 1) {
    const yy = y(10 ** e);
    out.push(`<line x1="${PAD.left}" y1="${yy}" x2="${PAD.left + plotW}" y2="${yy}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${PAD.left - 8}" y="${yy + 4}" text-anchor="end" fill="#444">${formatMs(10 ** e)}</text>`);
  }
  for (let e = Math.ceil(xMin); e <= Math.floor(xMax); e += 1) {
    const xx = x(10 ** e);
    out.push(`<line x1="${xx}" y1="${PAD.top}" x2="${xx}" y2="${PAD.top + plotH}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${xx}" y="${PAD.top + plotH + 18}" text-anchor="middle" fill="#444">${formatSize(10 ** e)}</text>`);
  }
  out.push(`<rect x="${PAD.left}" y="${PAD.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#888"/>`);
  out.push(`<text x="${PAD.left + plotW / 2}" y="${H - 18}" text-anchor="middle">corpus size (clauses, log scale)</text>`);
  out.push(`<text transform="translate(18 ${PAD.top + plotH / 2}) rotate(-90)" text-anchor="middle">query latency, ms (log scale)</text>`);
  for (const t of targets) {
    const yy = y(t.ms);
    out.push(
      `<line x1="${PAD.left}" y1="${yy}" x2="${PAD.left + plotW}" y2="${yy}" stroke="#999" stroke-dasharray="2 4" stroke-width="1.5"/>`,
    );
    out.push(`<text x="${PAD.left + 6}" y="${yy - 5}" fill="#777" font-size="11">${escape(t.label)}</text>`);
  }
  series.forEach((s, i) => {
    const pts = s.points.filter((p) => p[1] > 0 && p[2] > 0);
    if (!pts.length) return;
    const path = (k: 1 | 2) => pts.map((p, j) => `${j ? 'L' : 'M'}${x(p[0]).toFixed(1)},${y(p[k]).toFixed(1)}`).join(' ');
    out.push(`<path d="${path(2)}" fill="none" stroke="${s.colour}" stroke-width="2.5"/>`);
    out.push(`<path d="${path(1)}" fill="none" stroke="${s.colour}" stroke-width="1.5" stroke-dasharray="6 4"/>`);
    for (const p of pts) out.push(`<circle cx="${x(p[0]).toFixed(1)}" cy="${y(p[2]).toFixed(1)}" r="3.5" fill="${s.colour}"/>`);
    const ly = PAD.top + 10 + i * 22;
    const lx = PAD.left + plotW + 16;
    out.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 24}" y2="${ly}" stroke="${s.colour}" stroke-width="2.5"/>`);
    out.push(`<text x="${lx + 30}" y="${ly + 4}">${escape(s.label)}</text>`);
  });
  out.push(...lineStyleLegend(PAD.left + plotW + 16, PAD.top + 10 + series.length * 22 + 8));
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** The legend's last two entries: solid lines are p95, dashed lines p50. */
function lineStyleLegend(lx: number, ly: number): string[] {
  return [
    `<line x1="${lx}" y1="${ly}" x2="${lx + 24}" y2="${ly}" stroke="#333" stroke-width="2.5"/>` +
      `<text x="${lx + 30}" y="${ly + 4}">p95</text>`,
    `<line x1="${lx}" y1="${ly + 20}" x2="${lx + 24}" y2="${ly + 20}" stroke="#333" stroke-width="1.5" stroke-dasharray="6 4"/>` +
      `<text x="${lx + 30}" y="${ly + 24}">p50</text>`,
  ];
}

function formatMs(ms: number): string {
  return ms >= 1 ? `${ms} ms` : `${ms.toFixed(ms >= 0.1 ? 1 : 2)} ms`;
}

export function formatSize(n: number): string {
  return n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
