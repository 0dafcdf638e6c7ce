// SARIF 2.1.0 for code-scanning UIs: the rules that fired with their metadata, and one result per problem.
// Paths stay relative to the working folder (uriBaseId %SRCROOT%) so reports are portable.
import { RULES_BY_NAME, type Level, type Rule } from '../../rules';
import type { CliProblem } from '../analyse';
import type { FileResult } from '../results';

type SarifLevel = 'error' | 'warning' | 'note';
const SARIF_LEVEL: Record<Level, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function region(r: CliProblem['range']) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function ruleDescriptor(rule: Rule) {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: { text: rule.description, markdown: rule.docs },
    defaultConfiguration: { level: SARIF_LEVEL[rule.defaultLevel] },
    properties: { category: rule.category, tags: ['imr', rule.category] },
  };
}

export function formatSarif(results: readonly FileResult[], version: string): string {
  const fired = new Map<string, Rule>();
  for (const r of results)
    for (const p of r.report?.problems ?? []) {
      const rule = RULES_BY_NAME.get(p.rule);
      if (rule) fired.set(rule.id, rule);
    }
  const rules = [...fired.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(rules.map((r, i) => [r.name, i]));
  const sarifResults = results.flatMap((r) =>
    (r.report?.problems ?? []).map((p) => {
      const location = {
        physicalLocation: { artifactLocation: { uri: fileUri(r.file), uriBaseId: '%SRCROOT%' }, region: region(p.range) },
      };
      return {
        ruleId: p.id ?? p.rule,
        ...(index.has(p.rule) ? { ruleIndex: index.get(p.rule) } : {}),
        level: SARIF_LEVEL[p.level],
        message: { text: p.message },
        locations: [location],
        ...(p.related?.length
          ? {
              relatedLocations: p.related.map((rel, id) => ({
                id,
                message: { text: rel.message },
                physicalLocation: { ...location.physicalLocation, region: region(rel.range) },
              })),
            }
          : {}),
        // The quick fixes, as SARIF fixes: each a description and the replacements it makes in this file.
        ...(p.fixes?.length
          ? {
              fixes: p.fixes.map((f) => ({
                description: { text: f.title },
                artifactChanges: [
                  {
                    artifactLocation: location.physicalLocation.artifactLocation,
                    replacements: f.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
                  },
                ],
              })),
            }
          : {}),
        properties: { rule: p.rule, level: p.level, fixable: p.fixable },
      };
    }),
  );
  const unreadable = results.filter((r) => r.error);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'imr-lint', semanticVersion: version, version, rules: rules.map(ruleDescriptor) } },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            ...(unreadable.length
              ? { toolExecutionNotifications: unreadable.map((r) => ({ level: 'error', message: { text: `${r.file}: ${r.error}` } })) }
              : {}),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
