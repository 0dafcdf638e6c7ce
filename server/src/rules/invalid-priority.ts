import type { Rule } from './types';
import { headerField } from '../letter';
import { editDistance } from '../kb/vocabulary';

const PRIORITIES = ['Standard', 'Expedited'];

export const invalidPriority: Rule = {
  id: 'IMR016',
  name: 'invalid-priority',
  category: 'header',
  description: 'The priority is not "Standard" or "Expedited".',
  defaultLevel: 'warning',
  docs: `An IMR is reviewed on one of two tracks: \`Standard\` or \`Expedited\` (an imminent and serious threat to health, decided within days). Any other word ("Urgent", "Normal", "Routine") is not a DWC priority and makes the decision's timeliness impossible to check.

The quick fix corrects the capitalisation or a misspelling of one of the two words.`,
  example: { bad: 'Priority: standard', good: 'Priority: Standard' },
  check(letter, report) {
    const v = headerField(letter, 'priority')?.value;
    if (!v || PRIORITIES.includes(v.text)) return;
    const target = PRIORITIES.find((p) => editDistance(p, v.text) <= 2) ?? (/^expedite|^urgent/i.test(v.text) ? 'Expedited' : undefined);
    const fixes = target
      ? [
          {
            title: `Change to "${target}"`,
            edits: [{ span: v.span, newText: target }],
            safe: target.toLowerCase() === v.text.toLowerCase(),
          },
        ]
      : undefined;
    report({
      span: v.span,
      message: `"${v.text}" is not an IMR priority: use "Standard" or "Expedited"${target ? ` (did you mean "${target}"?)` : ''}.`,
      fixes,
    });
  },
};
