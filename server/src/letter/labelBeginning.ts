// The labels and headings a letter's lines begin with. A last line that so far spells only the beginning of one
// ("Claims Admin", "CLINICAL CA") is a label being typed: nothing is written on it yet.
import { FIELD_LABELS, HEADER_LABELS } from './labels';
import { HEADINGS } from './sections';

const LABELS: readonly string[] = [
  ...FIELD_LABELS.map((f) => f.label),
  ...HEADINGS.map((h) => h.title),
  ...HEADER_LABELS.map((h) => h.label),
].map((l) => l.toLowerCase());

/** Whether `line` (trimmed, whitespace collapsed) is the beginning of a label or heading, short of the whole. */
export function isLabelBeginning(line: string): boolean {
  const t = line.trim().replace(/\s+/g, ' ').toLowerCase();
  return t !== '' && LABELS.some((l) => l.length > t.length && l.startsWith(t));
}
