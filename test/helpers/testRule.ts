// The metadata of a rule written for a test (the lint engine's tests check rules of their own): everything a Rule
// needs but its checks, named after the rule.
import type { Rule } from '../../server/src/rules';

export function testRuleMeta(name: string): Omit<Rule, 'check' | 'checkItem' | 'checkOutsideItems'> {
  return { id: `T-${name}`, name, category: 'structure', description: name, defaultLevel: 'warning', docs: name };
}
