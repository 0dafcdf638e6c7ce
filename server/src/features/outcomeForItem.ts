// What an outcome means for this item: the plain meaning, or, for a partly authorised request, only the
// remaining portion is decided (the authorised part stands), and for a retrospective request the service was
// already given, so an overturn means payment rather than authorisation.
import { isRetrospective, type Item, type Outcome } from '../letter';

const APPEAL =
  "The determination is binding. The worker may appeal to the Workers' Compensation Appeals Board only on the narrow grounds of Labor Code 4610.6(h) (for example fraud, a conflict of interest, bias, or a plainly erroneous finding of fact that is a matter of ordinary knowledge), or ask for the treatment again if the condition changes.";
const UNLESS_LIABILITY = 'unless it disputes liability on grounds other than medical necessity';

const q = (s: string | undefined): string => (s ? `"${s}"` : 'the authorised part');

export function outcomeMeaning(outcome: Outcome, item?: Item): string {
  const partial = item?.partial;
  const retro = item ? isRetrospective(item) : false;
  const remaining = partial ? `the remaining portion${partial.remaining?.text ? ` ("${partial.remaining.text}")` : ''}` : '';
  if (outcome === 'Upheld') {
    const head = partial
      ? `**Upheld** — the utilization review denial stands, for the remaining portion only: what the Claims Administrator authorised (${q(partial.authorized?.text)}) stands and was not in dispute; ${remaining} is **not** authorised${retro ? ' (a service already given)' : ''}: the claims administrator need not pay for it.`
      : retro
        ? '**Upheld** — the utilization review denial stands: the service, already given, was **not** medically necessary and is **not** authorised for payment; the claims administrator need not pay for it.'
        : '**Upheld** — the utilization review denial stands: the requested treatment is **not** authorised and the claims administrator need not pay for it.';
    return [head, '', APPEAL].join('\n');
  }
  if (retro) {
    return [
      `**Overturned** — the utilization review denial is reversed: ${partial ? `${remaining} of ` : ''}the service, already given (a retrospective request), **was** medically necessary.`,
      '',
      `The effect is payment: the claims administrator must pay for the service given (Labor Code 4610.6), ${UNLESS_LIABILITY}.`,
    ].join('\n');
  }
  if (partial) {
    return [
      `**Overturned** — the utilization review decision is reversed for the remaining portion: ${remaining} **is** medically necessary. With the part the Claims Administrator already authorised (${q(partial.authorized?.text)}), the whole original request is authorised.`,
      '',
      `The claims administrator must promptly authorise and provide the remaining portion (Labor Code 4610.6), ${UNLESS_LIABILITY}.`,
    ].join('\n');
  }
  return [
    '**Overturned** — the utilization review denial is reversed: the treatment **is** medically necessary.',
    '',
    `The claims administrator must promptly authorise and provide it (Labor Code 4610.6), ${UNLESS_LIABILITY}.`,
  ].join('\n');
}
