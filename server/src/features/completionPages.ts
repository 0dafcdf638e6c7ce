// The 2014 wording of an MTUS citation: "Decision based on MTUS Chronic Pain Treatment Guidelines
// Benzodiazepines Page(s): 24." After the yearless label, the topics of the 2009 Chronic Pain guideline with
// their pages (from the page table), the ones the request names first.
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { CPMTG_2009_PAGES, MTUS_CHAPTERS } from '../kb';
import type { ItemTopic } from './itemTopic';
import { requestPointsTo } from './completionSections';

/** The yearless Chronic Pain labels of the 2014 letters, longest first. */
const YEARLESS = MTUS_CHAPTERS.filter((c) => c.era === '2014-label' && /chronic pain/i.test(c.label))
  .map((c) => c.label)
  .sort((a, b) => b.length - a.length);

/** What is typed after a yearless Chronic Pain label ("Chronic Pain Treatment Guidelines Benzo" -> "Benzo"), if the text starts with one. */
export function afterYearlessLabel(text: string): string | undefined {
  const flat = text.replace(/\s+/g, ' ').trimStart();
  const label = YEARLESS.find((l) => flat.toLowerCase().startsWith(`${l.toLowerCase()} `));
  if (!label || /Page\s*\(s\)/i.test(flat)) return undefined;
  return flat.slice(label.length + 1);
}

export function pageTopicChoices(range: Range, topic: ItemTopic): CompletionItem[] {
  return CPMTG_2009_PAGES.map((t, i) => ({ t, i, named: requestPointsTo(t.topic, topic.request) }))
    .sort((a, b) => Number(b.named) - Number(a.named) || a.i - b.i)
    .map(({ t }, k) => {
      const text = `${t.topic} Page(s): ${t.pages}.`;
      return {
        label: text,
        kind: CompletionItemKind.Reference,
        detail: 'MTUS Chronic Pain Medical Treatment Guidelines 2009, page table',
        documentation:
          t.confidence === 'A' ? 'Pages confirmed by a real letter.' : 'Pages commonly cited, not confirmed by a real letter: check them.',
        sortText: String(k).padStart(3, '0'),
        filterText: text,
        textEdit: { range, newText: text },
      };
    });
}
