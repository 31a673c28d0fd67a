import { escapeXml } from './charts.js';

// The risk matrix as a heat map, SVG text like the line charts (nothing to load, nothing to run). Readable
// without colour: every cell prints its level and, in bold, its count; the shade darkens with the level, and
// cells above the acceptance level are hatched with a thick border. The same numbers go into the text
// alternative (<desc>) and into a table next to the figure, so nothing is only in the picture.

export interface MatrixCell {
  likelihood: number;
  consequence: number;
  level: number;
  count: number;
  above: boolean;
}

export interface MatrixInput {
  /** Unique within the document; prefixes the pattern's id. */
  id: string;
  title: string;
  description: string;
  /** Likelihood steps from lowest to highest, with labels. */
  likelihood: { level: number; label: string }[];
  consequence: { level: number; label: string }[];
  /** Row per likelihood step (same order), column per consequence step. */
  cells: MatrixCell[][];
  maxLevel: number;
  words: { likelihood: string; consequence: string };
}

const CELL_W = 78;
const CELL_H = 50;
const LEFT = 128;
const TOP = 12;
const BOTTOM = 58;

/** A grey from near white to mid grey by the level's share of the highest: dark text stays readable. */
function shade(level: number, max: number): string {
  const ratio = max > 1 ? (level - 1) / (max - 1) : 0;
  const v = Math.round(250 - ratio * 120);
  return `rgb(${v},${v},${v})`;
}

/** Splits a label into at most two lines of about `width` characters. */
function lines(label: string, width: number): string[] {
  if (label.length <= width) return [label];
  const cut = label.lastIndexOf(' ', width);
  if (cut <= 0) return [label];
  return [label.slice(0, cut), label.slice(cut + 1)];
}

export function riskMatrixSvg(input: MatrixInput): string {
  const rows = input.likelihood.length;
  const cols = input.consequence.length;
  const W = LEFT + cols * CELL_W + 8;
  const H = TOP + rows * CELL_H + BOTTOM;
  const hatch = `${input.id}-hatch`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart risk-matrix" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeXml(input.title)}" font-size="11">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml(input.description)}</desc>`,
    `<defs><pattern id="${hatch}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" stroke="#000" stroke-width="1.4" stroke-opacity="0.45"/></pattern></defs>`,
    '<g aria-hidden="true">',
  ];
  // Highest likelihood at the top, as risk matrices are drawn.
  for (let r = 0; r < rows; r++) {
    const y = TOP + (rows - 1 - r) * CELL_H;
    const step = input.likelihood[r];
    if (step) {
      const text = lines(`${step.level} ${step.label}`, 18);
      text.forEach((t, i) => {
        const dy = y + CELL_H / 2 + (i - (text.length - 1) / 2) * 12 + 4;
        out.push(`<text x="${LEFT - 8}" y="${dy}" text-anchor="end">${escapeXml(t)}</text>`);
      });
    }
    for (let c = 0; c < cols; c++) {
      const cell = input.cells[r]?.[c];
      if (!cell) continue;
      const x = LEFT + c * CELL_W;
      out.push(
        `<rect x="${x}" y="${y}" width="${CELL_W}" height="${CELL_H}" fill="${shade(cell.level, input.maxLevel)}" stroke="#000" stroke-width="0.6"/>`,
      );
      if (cell.above) {
        out.push(
          `<rect x="${x}" y="${y}" width="${CELL_W}" height="${CELL_H}" fill="url(#${hatch})"/>`,
          `<rect x="${x + 1.5}" y="${y + 1.5}" width="${CELL_W - 3}" height="${CELL_H - 3}" fill="none" stroke="#000" stroke-width="2.5"/>`,
        );
      }
      out.push(`<text x="${x + 6}" y="${y + 14}" font-size="10">${cell.level}</text>`);
      if (cell.count > 0) {
        out.push(
          `<rect x="${x + CELL_W / 2 - 14}" y="${y + CELL_H / 2 - 9}" width="28" height="22" rx="4" fill="#fff" stroke="#000" stroke-width="1"/>`,
          `<text x="${x + CELL_W / 2}" y="${y + CELL_H / 2 + 7}" text-anchor="middle" font-size="15" font-weight="bold">${cell.count}</text>`,
        );
      }
    }
  }
  const gridBottom = TOP + rows * CELL_H;
  for (let c = 0; c < cols; c++) {
    const step = input.consequence[c];
    if (!step) continue;
    const text = lines(`${step.level} ${step.label}`, 13);
    text.forEach((t, i) => {
      out.push(
        `<text x="${LEFT + c * CELL_W + CELL_W / 2}" y="${gridBottom + 14 + i * 12}" text-anchor="middle">${escapeXml(t)}</text>`,
      );
    });
  }
  out.push(
    `<text x="${LEFT + (cols * CELL_W) / 2}" y="${H - 6}" text-anchor="middle" font-weight="bold">${escapeXml(input.words.consequence)} →</text>`,
    `<text x="12" y="${TOP + (rows * CELL_H) / 2}" text-anchor="middle" font-weight="bold" transform="rotate(-90 12 ${TOP + (rows * CELL_H) / 2})">${escapeXml(input.words.likelihood)} →</text>`,
    '</g>',
    '</svg>',
  );
  return out.join('');
}
