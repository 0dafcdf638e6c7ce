// --list-rules: the registry as a table (or JSON with --format json).
import { RULES } from '../rules';

export function listRules(format: 'text' | 'json' | 'sarif'): string {
  if (format !== 'text') {
    return (
      JSON.stringify(
        RULES.map((r) => ({ id: r.id, name: r.name, category: r.category, defaultLevel: r.defaultLevel, description: r.description })),
        null,
        2,
      ) + '\n'
    );
  }
  const nameWidth = Math.max(4, ...RULES.map((r) => r.name.length));
  const levelWidth = 11;
  const catWidth = Math.max(8, ...RULES.map((r) => r.category.length));
  const row = (id: string, name: string, cat: string, level: string, desc: string) =>
    `${id.padEnd(7)} ${name.padEnd(nameWidth)} ${cat.padEnd(catWidth)} ${level.padEnd(levelWidth)} ${desc}`.trimEnd();
  return (
    [
      row('ID', 'NAME', 'CATEGORY', 'LEVEL', 'DESCRIPTION'),
      ...RULES.map((r) => row(r.id, r.name, r.category, r.defaultLevel, r.description)),
    ].join('\n') + '\n'
  );
}
