import type { AssumptionNotes, ResultLine } from '@mini-ev/core';
import stringWidth from 'string-width';
import { wrapText } from '../wrap.js';

/** The row every screen is drawn from, and the few pieces screens share. Only presentation. */
export interface Row {
  text: string;
  color?: 'cyan' | 'yellow' | 'green' | 'red' | 'gray' | 'magenta';
  bold?: boolean;
  inverse?: boolean;
  /** Where a wrapped row's continuation lines start (default: under the row's text, past a bullet). */
  hang?: number;
}

export const blank: Row = { text: '' };
export const heading = (text: string): Row => ({ text, bold: true, color: 'cyan' });

/**
 * Core's answer lines as rows, each under its label in one column; the answer's own line (`main`) in bold
 * green, others in the colour given for their key; every line wraps under its value.
 */
export function resultRows(
  lines: readonly ResultLine[],
  main: string,
  colors: Readonly<Record<string, Row['color']>> = {},
): Row[] {
  const width = Math.max(...lines.map((l) => l.label.length)) + 2;
  return lines.map((l) => {
    const text = `${l.label.padEnd(width)}${l.value}`;
    if (l.key === main) return { text, bold: true, color: 'green', hang: width };
    const color = colors[l.key];
    return color ? { text, hang: width, color } : { text, hang: width };
  });
}

/**
 * What an answer rests on, as rows: the car model's flags first, in yellow (an official figure the model
 * cannot reach points at wrong data), then the other assumptions, dimmed. Under a calculator's answer and
 * on a car's page.
 */
export function assumptionRows(notes: AssumptionNotes): Row[] {
  return [
    ...notes.flags.map((a): Row => ({ text: `  ! ${a}`, color: 'yellow', hang: 4 })),
    ...notes.others.map((a): Row => ({ text: `  • ${a}`, color: 'gray' })),
  ];
}

/** A horizontal bar of `value / max` over `width` cells, in eighths for smoothness. */
export function bar(value: number, max: number, width: number): string {
  const eighths = Math.max(0, Math.round((value / max) * width * 8));
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  return '█'.repeat(full) + (part ? ' ▏▎▍▌▋▊▉'[part] : '');
}

/**
 * Rows as drawn in `width` columns: a longer row wraps, its continuation lines indented like the row (and
 * past a bullet, a list number or a label column), in the row's style, so nothing is cut and no line is wider than the
 * window.
 */
export function wrapRows(rows: readonly Row[], width: number): Row[] {
  return rows.flatMap((r) => {
    if (stringWidth(r.text) <= width) return [r];
    // Continuations start under the text: past a bullet or list number, or past a label column such as
    // 'Range        ' (a short label followed by two or more spaces).
    const label = /^[A-Z][^\s]*(?: [^\s]+)*? {2,}/.exec(r.text)?.[0];
    const lead = label && label.length <= 24 ? label : /^(\s*(?:[•›◆-] |\d+\. )?)/.exec(r.text)![1]!;
    const hang = Math.min(Math.floor(width / 2), r.hang ?? lead.length);
    const [first = '', ...rest] = wrapText(r.text, width, { trim: false });
    // The continuation re-wrapped to the room left of the hanging indent. The first wrap keeps spaces
    // (trim: false, for the line's own indent), so a line may end in the space it broke at: one space
    // between words, not that one and the join's.
    const more = rest.length ? wrapText(rest.join(' ').replace(/ {2,}/g, ' ').trim(), width - hang) : [];
    return [
      { ...r, text: first.trimEnd() },
      ...more.map((line) => ({ ...r, text: ' '.repeat(hang) + line })),
    ];
  });
}
