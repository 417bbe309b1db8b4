/** The row every screen is drawn from, and the few pieces screens share. Only presentation. */
export interface Row {
  text: string;
  color?: 'cyan' | 'yellow' | 'green' | 'red' | 'gray' | 'magenta';
  bold?: boolean;
  inverse?: boolean;
}

export const blank: Row = { text: '' };
export const heading = (text: string): Row => ({ text, bold: true, color: 'cyan' });

/** A horizontal bar of `value / max` over `width` cells, in eighths for smoothness. */
export function bar(value: number, max: number, width: number): string {
  const eighths = Math.max(0, Math.round((value / max) * width * 8));
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  return '█'.repeat(full) + (part ? ' ▏▎▍▌▋▊▉'[part] : '');
}
