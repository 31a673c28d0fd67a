// Line charts as SVG text, built here rather than by a charting library so the output is plain vector
// markup with nothing to load and nothing to run. Readable in black and white: the values are a solid line
// with filled markers and printed values, the target a dashed line, a missing value a dotted rule.

export interface LineChartInput {
  /** Unique within the document; prefixes the ids the SVG uses. */
  id: string;
  /** Short title: the KPI's name. */
  title: string;
  /** The full text alternative: what the chart shows, every value and the target. */
  description: string;
  /** One label per point, e.g. "kv. 3 2025"; a trailing year goes on a second line. */
  categories: string[];
  values: (number | null)[];
  target?: number;
  /** Formats a value for the points, the axis and the target label. */
  format: (value: number) => string;
  words: { values: string; target: string; missing: string };
  /** Upper bound for the axis when the unit has one (100 for percent). */
  max?: number;
}

const W = 640;
const H = 250;
const PLOT = { left: 52, right: 92, top: 40, bottom: 44 };

export function escapeXml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function niceStep(range: number): number {
  const raw = range / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

/** The axis: from zero (or the lowest value, if negative) to a round number above the highest. */
export function axis(values: number[], max?: number): { min: number; max: number; step: number } {
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values, lo + 1);
  if (max !== undefined && hi <= max) {
    const step = niceStep(max - lo);
    return { min: Math.floor(lo / step) * step, max, step };
  }
  const step = niceStep(hi - lo);
  return { min: Math.floor(lo / step) * step, max: Math.ceil(hi / step) * step, step };
}

const n = (v: number) => Math.round(v * 10) / 10;

/** Where things go on the plot: a category's x, a value's y, and the value axis. */
interface Plot {
  x: (i: number) => number;
  y: (v: number) => number;
  scale: { min: number; max: number; step: number };
  plotH: number;
}

const isMissing = (v: number | null): boolean => v === null || !Number.isFinite(v);

export function lineChart(input: LineChartInput): string {
  const { categories, values, target } = input;
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const scale = axis([...present, ...(target !== undefined ? [target] : [])], input.max);
  const plotW = W - PLOT.left - PLOT.right;
  const plotH = H - PLOT.top - PLOT.bottom;
  const step = categories.length > 0 ? plotW / categories.length : plotW;
  const plot: Plot = {
    x: (i: number) => n(PLOT.left + step * (i + 0.5)),
    y: (v: number) => n(PLOT.top + plotH - ((v - scale.min) / (scale.max - scale.min || 1)) * plotH),
    scale,
    plotH,
  };
  const label = `${input.title}. ${input.description}`;
  const missing = values.map((v, i) => (isMissing(v) ? i : -1)).filter((i) => i >= 0);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeXml(label)}" font-size="11">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml(input.description)}</desc>`,
    ...grid(plot, input.format),
    ...categoryAxis(categories, plot),
    ...missingMarks(input, missing, plot),
    ...targetLine(input, plot),
    ...valueLine(input, plot),
    ...legend(input, missing.length > 0),
    '</svg>',
  ].join('');
}

/** Grid and value axis. */
function grid(plot: Plot, format: (value: number) => string): string[] {
  const { scale, y } = plot;
  const out = ['<g class="grid" aria-hidden="true">'];
  for (let v = scale.min; v <= scale.max + scale.step / 1000; v += scale.step) {
    const yy = y(v);
    out.push(
      `<line x1="${PLOT.left}" x2="${W - PLOT.right}" y1="${yy}" y2="${yy}" stroke="#b8b8b8" stroke-width="${v === scale.min ? 1 : 0.5}"/>`,
      `<text x="${PLOT.left - 6}" y="${n(yy + 4)}" text-anchor="end" fill="#333">${escapeXml(format(n(v)))}</text>`,
    );
  }
  out.push('</g>');
  return out;
}

/** Category axis: "kv. 3" over "2025". */
function categoryAxis(categories: string[], { x }: Plot): string[] {
  const out = ['<g class="categories" aria-hidden="true">'];
  categories.forEach((c, i) => {
    const m = /^(.*\S)\s+(\d{4})$/.exec(c);
    const [first, second] = m ? [m[1] ?? c, m[2] ?? ''] : [c, ''];
    out.push(
      `<text x="${x(i)}" y="${H - PLOT.bottom + 16}" text-anchor="middle" fill="#222">${escapeXml(first)}</text>`,
    );
    if (second)
      out.push(
        `<text x="${x(i)}" y="${H - PLOT.bottom + 30}" text-anchor="middle" fill="#555">${escapeXml(second)}</text>`,
      );
  });
  out.push('</g>');
  return out;
}

/** Missing values: a dotted rule where the point would be, and the word. */
function missingMarks(input: LineChartInput, missing: number[], { x, y, plotH }: Plot): string[] {
  if (!missing.length) return [];
  const { values, target, words } = input;
  const out = ['<g class="missing" aria-hidden="true">'];
  for (const i of missing) {
    // The word goes where nothing else is: as far as possible from the target and the neighbours' values.
    const taken = [target, values[i - 1], values[i + 1]]
      .filter((v): v is number => typeof v === 'number')
      .map(y);
    const spots = [PLOT.top + 14, PLOT.top + plotH / 2, PLOT.top + plotH - 8];
    const spot = spots.reduce((best, s) =>
      Math.min(...taken.map((t) => Math.abs(t - s)), 999) >
      Math.min(...taken.map((t) => Math.abs(t - best)), 999)
        ? s
        : best,
    );
    out.push(
      `<line x1="${x(i)}" x2="${x(i)}" y1="${PLOT.top}" y2="${PLOT.top + plotH}" stroke="#000" stroke-width="1.2" stroke-dasharray="1.5 3.5"/>`,
      `<text x="${x(i)}" y="${n(spot + 4)}" text-anchor="middle" font-style="italic" fill="#000" stroke="#fff" stroke-width="4" paint-order="stroke">${escapeXml(words.missing)}</text>`,
    );
  }
  out.push('</g>');
  return out;
}

function targetLine({ target, words, format }: LineChartInput, { y }: Plot): string[] {
  if (target === undefined) return [];
  const ty = y(target);
  return [
    '<g class="target" aria-hidden="true">',
    `<line x1="${PLOT.left}" x2="${W - PLOT.right}" y1="${ty}" y2="${ty}" stroke="#444" stroke-width="1.6" stroke-dasharray="8 5"/>`,
    `<text x="${W - PLOT.right + 6}" y="${n(ty + 4)}" fill="#222">${escapeXml(`${words.target} ${format(target)}`)}</text>`,
    '</g>',
  ];
}

/** Values: the line breaks where a value is missing. */
function valueLine({ values, format }: LineChartInput, { x, y }: Plot): string[] {
  const segments: string[] = [];
  let current: string[] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (current.length) segments.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${current.length ? 'L' : 'M'}${x(i)} ${y(v)}`);
  });
  if (current.length) segments.push(current.join(' '));
  const out = ['<g class="values" aria-hidden="true">'];
  for (const d of segments)
    out.push(`<path d="${d}" fill="none" stroke="#000" stroke-width="2.2" stroke-linejoin="round"/>`);
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) return;
    out.push(
      `<circle cx="${x(i)}" cy="${y(v)}" r="3.6" fill="#000"/>`,
      `<text x="${x(i)}" y="${n(y(v) - 9)}" text-anchor="middle" fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke" font-weight="bold">${escapeXml(format(v))}</text>`,
    );
  });
  out.push('</g>');
  return out;
}

/** Legend, drawn with the same strokes as the chart. */
function legend({ target, words }: LineChartInput, anyMissing: boolean): string[] {
  const ly = 16;
  let lx = PLOT.left;
  const out = ['<g class="legend" aria-hidden="true">'];
  out.push(
    `<line x1="${lx}" x2="${lx + 26}" y1="${ly}" y2="${ly}" stroke="#000" stroke-width="2.2"/><circle cx="${lx + 13}" cy="${ly}" r="3.6" fill="#000"/>`,
    `<text x="${lx + 32}" y="${ly + 4}" fill="#000">${escapeXml(words.values)}</text>`,
  );
  lx += 44 + words.values.length * 6.2;
  if (target !== undefined) {
    out.push(
      `<line x1="${lx}" x2="${lx + 26}" y1="${ly}" y2="${ly}" stroke="#444" stroke-width="1.6" stroke-dasharray="8 5"/>`,
      `<text x="${lx + 32}" y="${ly + 4}" fill="#000">${escapeXml(words.target)}</text>`,
    );
    lx += 44 + words.target.length * 6.2;
  }
  if (anyMissing) {
    out.push(
      `<line x1="${lx + 10}" x2="${lx + 10}" y1="${ly - 8}" y2="${ly + 8}" stroke="#000" stroke-width="1.2" stroke-dasharray="1.5 3.5"/>`,
      `<text x="${lx + 20}" y="${ly + 4}" fill="#000">${escapeXml(words.missing)}</text>`,
    );
  }
  out.push('</g>');
  return out;
}
