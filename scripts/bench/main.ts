// `npm run bench`: our parser, rules and server beside yaml-language-server (YAML twins, over stdio) and VS Code's
// Markdown language service (Markdown twins, in process), on the same letters and the same document sizes.
// Prints the tables and writes BENCHMARKS.md. Timing figures are medians and p99 over repeated runs.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLetter } from '../../server/src/letter';
import { lint, RULES } from '../../server/src/rules';
import { allItems, joinedLetter, loadCorpus, typicalLetter, type Corpus } from './corpus';
import { beside, breakdown, throughput } from './inprocess';
import type { LspOptions } from './lspClient';
import { budgetsTable, machine, rowsTable, type Budget, type Row } from './report';
import { mb, ms } from './stats';
import { keystrokes, memoryWithOpen, middleLineEnd, openAndSymbols } from './stdio';
import { peerStartTimes, startTimes } from './startup';
import { startLsp } from './lspClient';
import { markdownTwin, yamlTwin } from './twins';
import { markdownWorkspace, oursWorkspace, removeLetters, writeLetters } from './workspace';

const ROOT = process.env.IMR_BENCH_ROOT ?? process.cwd();
const quick = process.argv.includes('--quick');
const n = (full: number, small: number): number => (quick ? small : full);
const log = (s: string): void => void process.stderr.write(`${s}\n`);

const SERVER = process.env.IMR_BENCH_SERVER ?? join(ROOT, 'out', 'bench-server.js');
const OURS: LspOptions = { command: [process.execPath, SERVER, '--stdio'], languageId: 'imr-letter' };
const YAML_BIN = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const YAML: LspOptions = { command: [process.execPath, YAML_BIN, '--stdio'], languageId: 'yaml', configuration: () => null };
const YAML_NAME = 'yaml-language-server 2.0.0';
const MD_NAME = 'Markdown language service';

/** A twin built from the same real items, with as many items as make it `bytes` long. */
function sizedTwin(
  corpus: Corpus,
  items: readonly string[],
  bytes: number,
  twin: (letter: string) => string,
): { letter: string; twin: string } {
  let letter = joinedLetter(corpus, items, bytes);
  let t = twin(letter);
  letter = joinedLetter(corpus, items, Math.round((bytes * letter.length) / t.length));
  t = twin(letter);
  return { letter, twin: t };
}

function dirSize(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    n += e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return n;
}

async function main(): Promise<void> {
  const started = performance.now();
  const corpus = loadCorpus(ROOT);
  const items = allItems(corpus);
  const typical = typicalLetter(corpus);
  const oneMB = joinedLetter(corpus, items, 1048576);
  const tenMB = joinedLetter(corpus, items, 10 * 1048576);
  const docs = {
    typical: { ours: typical, yaml: yamlTwin(typical), md: markdownTwin(typical) },
    oneMB: {
      ours: oneMB,
      yaml: sizedTwin(corpus, items, 1048576, yamlTwin).twin,
      md: sizedTwin(corpus, items, 1048576, markdownTwin).twin,
    },
    tenMB: { ours: tenMB, yaml: sizedTwin(corpus, items, 10 * 1048576, yamlTwin).twin },
  };
  log(`corpus: ${corpus.texts.length} texts, ${mb(corpus.bytes)} (${corpus.dir}); 1 MB letter: ${parseLetter(oneMB).items.length} items`);
  const rows: Row[] = [];
  const label = (name: string, text: string): string => `${name} (${mb(Buffer.byteLength(text))})`;

  log('in process: parse + lint throughput');
  const tp = await throughput(corpus, n(15, 4));
  rows.push({
    what: 'Parse + lint throughput (in process)',
    document: `${corpus.texts.length} real letters, ${mb(corpus.bytes)}`,
    ours: tp.mbPerSecond,
    unit: 'MB/s',
  });
  rows.push({
    what: 'Parse only throughput (in process)',
    document: `${corpus.texts.length} real letters`,
    ours: tp.parseOnly,
    unit: 'MB/s',
  });
  rows.push({ what: 'Parse + lint, one letter (in process)', document: `${corpus.texts.length} real letters`, ours: tp.perLetter });

  log('in process: where the time of the 1 MB letter goes');
  const bd = await breakdown(oneMB, corpus, n(15, 4), middleLineEnd(oneMB));
  const doc1 = label('1 MB letter', oneMB);
  rows.push({ what: 'Parse (in process)', document: doc1, ours: bd.parse });
  rows.push({ what: 'Lint, all rules (in process)', document: doc1, ours: bd.lint });
  rows.push({ what: 'Problems -> LSP diagnostics (in process)', document: doc1, ours: bd.diagnostics });
  rows.push({ what: 'Outline computation (in process)', document: `${doc1}, ${mb(bd.symbolsJsonBytes)} of JSON`, ours: bd.symbols });
  rows.push({ what: 'Re-parse after one typed character (in process, updateLetter)', document: doc1, ours: bd.keystrokeParse });
  rows.push({ what: "Lint after one typed character (in process, with the document's memo)", document: doc1, ours: bd.keystrokeLint });

  log('in process: beside the Markdown language service');
  for (const [name, d, runs] of [
    ['typical letter', docs.typical, n(50, 10)],
    ['1 MB letter', docs.oneMB, n(15, 4)],
  ] as const) {
    const r = await beside(d.ours, d.md, runs);
    rows.push({
      what: 'Text -> diagnostics (in process)',
      document: `${label(name, d.ours)} / md ${mb(d.md.length)}`,
      ours: r.diagnostics.ours,
      peer: { name: MD_NAME, ...r.diagnostics.peer },
    });
    rows.push({
      what: 'documentSymbol (in process)',
      document: label(name, d.ours),
      ours: r.symbols.ours,
      peer: { name: MD_NAME, ...r.symbols.peer },
    });
  }

  const haveYaml = existsSync(YAML_BIN);
  log('stdio: start -> ready');
  // Our server starts from a V8 code cache once its first start has written one: both are measured.
  const starts = await startTimes(OURS, n(15, 3));
  const readyOurs = starts.cached;
  const readyYaml = haveYaml ? peerStartTimes(YAML, n(5, 2)) : undefined;
  rows.push({
    what: 'Server start -> initialize response, first start (no code cache yet)',
    document: '',
    ours: starts.first,
    peer: readyYaml && { name: YAML_NAME, ...readyYaml },
  });
  rows.push({
    what: 'Server start -> initialize response, later starts (code cache)',
    document: starts.cacheWritten ? '' : 'no cache was written',
    ours: readyOurs,
    peer: readyYaml && { name: YAML_NAME, ...readyYaml },
  });
  rows.push({ what: 'For reference: bare `node -e 0`, spawn -> exit, run between the later starts', document: '', ours: starts.bare });

  const ours = await startLsp(OURS);
  const yaml = haveYaml ? await startLsp(YAML) : undefined;
  const stdioOpen: Record<string, { ours: { diagnostics: { median: number; p99: number }; symbols: { median: number; p99: number } } }> =
    {};
  for (const [key, name, oursRuns, yamlRuns] of [
    ['typical', 'typical letter', n(30, 5), n(15, 3)],
    ['oneMB', '1 MB letter', n(20, 4), n(8, 2)],
    ['tenMB', '10 MB letter', n(5, 1), n(3, 1)],
  ] as const) {
    const d = docs[key];
    log(`stdio: open ${name}`);
    const o = await openAndSymbols(ours, '.imr', d.ours, oursRuns);
    const y = yaml ? await openAndSymbols(yaml, '.yaml', d.yaml, yamlRuns) : undefined;
    stdioOpen[key] = { ours: o };
    rows.push({
      what: 'Open -> diagnostics (stdio)',
      document: `${label(name, d.ours)} / yaml ${mb(d.yaml.length)}`,
      ours: o.diagnostics,
      peer: y && { name: YAML_NAME, ...y.diagnostics },
    });
    rows.push({
      what: 'documentSymbol (stdio)',
      document: label(name, d.ours),
      ours: o.symbols,
      peer: y && { name: YAML_NAME, ...y.symbols },
    });
  }

  log('stdio: keystrokes in the 1 MB letter');
  const editsOurs = await keystrokes(ours, '.imr', oneMB, middleLineEnd(oneMB), n(100, 20), n(10, 3));
  const yamlText = docs.oneMB.yaml;
  const editsYaml = yaml
    ? await keystrokes(
        yaml,
        '.yaml',
        yamlText,
        middleLineEnd(yamlText, (l) => /^ {6}\S.{20}/.test(l)),
        n(100, 10),
        0,
      )
    : undefined;
  rows.push({
    what: 'Keystroke -> fresh diagnostics (stdio)',
    document: '1 MB letter, 100 single-character edits mid-document',
    ours: editsOurs.keystroke,
    peer: editsYaml && { name: YAML_NAME, ...editsYaml.keystroke },
  });
  rows.push({ what: 'Last of 10 back-to-back keystrokes -> its diagnostics', document: '1 MB letter', ours: editsOurs.burst });
  await ours.stop();
  await yaml?.stop();

  log('stdio: memory with 1,000 open letters');
  const count = n(1000, 200);
  const memOurs = await (async () => {
    const s = await startLsp(OURS);
    try {
      return await memoryWithOpen(s, '.imr', corpus.texts, count);
    } finally {
      await s.stop();
    }
  })();
  const memYaml = haveYaml
    ? await (async () => {
        const s = await startLsp(YAML);
        try {
          return await memoryWithOpen(
            s,
            '.yaml',
            corpus.texts.map((t) => yamlTwin(t)),
            count,
          );
        } finally {
          await s.stop();
        }
      })()
    : undefined;
  rows.push({
    what: 'Server RSS, idle',
    document: '',
    ours: { median: memOurs.idle, p99: NaN },
    peer: memYaml && { name: YAML_NAME, median: memYaml.idle, p99: NaN },
    unit: 'MB',
  });
  rows.push({
    what: `Server RSS with ${count} open letters`,
    document: 'real letters / their YAML twins',
    ours: { median: memOurs.open, p99: NaN },
    peer: memYaml && { name: YAML_NAME, median: memYaml.open, p99: NaN },
    unit: 'MB',
  });

  log('workspace symbols: 10,000 letters');
  const files = n(10000, 1000);
  const dir = writeLetters(corpus.texts, files);
  let ws: Awaited<ReturnType<typeof oursWorkspace>>;
  try {
    ws = await oursWorkspace(OURS, dir, n(60, 12));
  } finally {
    removeLetters(dir);
  }
  const mdWs = await markdownWorkspace(
    corpus.texts.map((t) => markdownTwin(t)),
    files,
    n(30, 6),
  );
  if (ws) {
    rows.push({
      what: `Workspace symbol index of ${files} letter files (initialized -> complete)`,
      document: `${ws.documents} letters, ${ws.items} items`,
      ours: { median: ws.indexMs, p99: NaN },
      peer: { name: `${MD_NAME} (first query, in memory)`, median: mdWs.indexMs, p99: NaN },
    });
    rows.push({ what: 'workspace/symbol query', document: `${files} letters`, ours: ws.query, peer: { name: MD_NAME, ...mdWs.query } });
    rows.push({ what: `Server RSS with ${files} letters indexed`, document: '', ours: { median: ws.rss, p99: NaN }, unit: 'MB' });
  }

  const size = (f: string): string => (existsSync(join(ROOT, f)) ? mb(statSync(join(ROOT, f)).size) : 'n/a');
  const bundles = [
    `| out/bench-server.js (the server's loader, minified as packaged) | ${size('out/bench-server.js')} |`,
    `| out/server-main.js (the server, minified as packaged) | ${size('out/server-main.js')} |`,
  ];
  if (existsSync(join(ROOT, 'dist'))) {
    for (const f of readdirSync(join(ROOT, 'dist'))
      .filter((f) => f.endsWith('.js'))
      .sort())
      bundles.push(`| dist/${f} (as last built) | ${size(join('dist', f))} |`);
  }
  const yamlOut = join('node_modules', 'yaml-language-server', 'out');
  if (existsSync(join(ROOT, yamlOut)))
    bundles.push(`| ${YAML_NAME}: out/ (unbundled, plus its dependencies) | ${mb(dirSize(join(ROOT, yamlOut)))} |`);

  const o1 = stdioOpen.oneMB.ours;
  const oneMBRow = rows.find((r) => r.what === 'Open -> diagnostics (stdio)' && r.document.startsWith('1 MB'));
  const yamlRatio = oneMBRow?.peer ? oneMBRow.peer.median / oneMBRow.ours.median : NaN;
  const lintMs = bd.lint.median;
  const slowest = bd.rules
    .slice(0, 3)
    .map((r) => `${r.name} ${ms(r.letter)} ms`)
    .join(', ');
  const oneMBLetter = parseLetter(oneMB);
  const itemsOf1MB = oneMBLetter.items.length;
  const problemsOf1MBList = lint(oneMBLetter, RULES);
  const problemsOf1MB = problemsOf1MBList.length;
  const dupes = problemsOf1MBList.filter((p) => p.rule === 'duplicate-item').length;
  const fresh1MB = rows.find((r) => r.what === 'Text -> diagnostics (in process)' && r.document.startsWith('1 MB'))?.ours.median ?? NaN;
  const lintWhy =
    `in process, text -> diagnostics takes ${ms(fresh1MB)} ms: parsing ${ms(bd.parse.median)} ms, the citations and conclusions the rules read, ` +
    `and the rules themselves ${ms(lintMs)} ms once those are parsed (slowest: ${slowest}); the rest is receiving the 1 MB text as JSON and sending ${problemsOf1MB} diagnostics`;
  const budgets: Budget[] = [
    {
      what: '1 MB letter: open -> diagnostics (stdio)',
      limit: '<= 25 ms',
      measured: `${ms(o1.diagnostics.median)} ms median, ${ms(o1.diagnostics.p99)} ms p99`,
      met: o1.diagnostics.median <= 25,
      why: lintWhy,
    },
    {
      what: '1 MB letter: documentSymbol (stdio)',
      limit: '<= 10 ms',
      measured: `${ms(o1.symbols.median)} ms median, ${ms(o1.symbols.p99)} ms p99`,
      met: o1.symbols.median <= 10,
      why: `the outline is computed in ${ms(bd.symbols.median)} ms; the rest is writing, sending and reading ${mb(bd.symbolsJsonBytes)} of JSON (the letter has ${itemsOf1MB} items: above 100 items they are listed without their fields)`,
    },
    {
      what: '1 MB letter: keystroke -> diagnostics (stdio)',
      limit: 'p99 <= 15 ms',
      measured: `${ms(editsOurs.keystroke.p99)} ms p99, ${ms(editsOurs.keystroke.median)} ms median`,
      met: editsOurs.keystroke.p99 <= 15,
      why: `in process, re-parsing takes ${ms(bd.keystrokeParse.median)} ms median (${ms(bd.keystrokeParse.p99)} ms p99) and linting (only the edited item is checked again) ${ms(bd.keystrokeLint.median)} ms median (${ms(bd.keystrokeLint.p99)} ms p99); the rest is copying the 1 MB text of each version, garbage collection and sending ${problemsOf1MB} diagnostics for every version`,
    },
    {
      what: 'Parse + lint throughput (in process)',
      limit: '>= 60 MB/s',
      measured: `${tp.mbPerSecond.median.toFixed(1)} MB/s median (parse alone ${tp.parseOnly.median.toFixed(1)} MB/s)`,
      met: tp.mbPerSecond.median >= 60,
      why: 'the rules take most of it; see below',
    },
    {
      what: 'Server start -> ready',
      limit: '<= 150 ms',
      measured: `${ms(readyOurs.median)} ms median with the code cache, ${ms(starts.first.median)} ms on the first start`,
      met: readyOurs.median <= 150,
      why: `a bare \`node -e 0\` takes ${ms(starts.bare.median)} ms at the same moments, so the server's own part is ${ms(readyOurs.median - starts.bare.median)} ms`,
    },
    {
      what: 'yaml-language-server ÷ ours, 1 MB open -> diagnostics',
      limit: '>= 20x',
      measured: Number.isNaN(yamlRatio) ? 'n/a' : `${yamlRatio.toFixed(1)}x`,
      met: yamlRatio >= 20,
      why: lintWhy,
    },
  ];
  const ruleTable = [
    '| Rule | 1 MB letter | All 292 corpus letters |',
    '|---|--:|--:|',
    ...bd.rules.filter((r) => r.letter + r.corpus >= 0.5).map((r) => `| ${r.name} | ${ms(r.letter)} ms | ${ms(r.corpus)} ms |`),
  ];

  const markdown = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench/). Timings are medians and 99th percentiles over repeated runs;',
    'the machine is shared and noisy, so judge medians and ratios. "Peer ÷ ours" is how many times longer the',
    'peer takes (for memory: how many times more it uses).',
    '',
    machine(),
    `- Corpus: ${corpus.texts.length} real letter texts, ${mb(corpus.bytes)}; the 1 MB and 10 MB letters join the disputed items of many real letters under one letter's header and sections (${items.length} items in the corpus, so they repeat: ${dupes} of the 1 MB letter's ${problemsOf1MB} diagnostics are duplicate-item warnings)`,
    `- Bench run time: ${((performance.now() - started) / 1000).toFixed(0)} s${quick ? ' (--quick: fewer runs)' : ''}`,
    '',
    '## Budgets',
    '',
    budgetsTable(budgets),
    '',
    '## Ours beside the peers',
    '',
    rowsTable(rows),
    '',
    '## Where the time goes: rules',
    '',
    'Median milliseconds per rule (rules under 0.5 ms in total left out), on the 1 MB letter and on the whole corpus.',
    '',
    ...ruleTable,
    '',
    '## Bundle sizes',
    '',
    '| File | Size |',
    '|---|--:|',
    ...bundles,
    '',
    '## How it is measured',
    '',
    '- Our server is `server/src/node/main.ts` bundled as the package ships it (minified), driven over stdio by a JSON-RPC client (scripts/bench/lspClient.ts) that',
    '  sends `didOpen`/`didChange` and waits for `publishDiagnostics` of that document version; yaml-language-server runs',
    '  the same way on YAML twins (header fields as a mapping, sections and items as sequences of mappings, texts as block',
    '  scalars) sized to the same number of bytes. It validates YAML syntax only (no schema), the least work it can do.',
    '  yaml-language-server stops its outline at 5,000 symbols (`yaml.maxItemsComputed`), so on the 10 MB twin it returns',
    '  a truncated outline; ours returns every item (about 8,000 items; a letter of more than 100 items lists them without',
    '  their three fields).',
    "- VS Code's Markdown language service (vscode-markdown-languageservice with markdown-it) runs in process on Markdown twins",
    '  (a heading per section, item and field), with every link check on; ours runs in process too for that comparison',
    '  (parse + lint + diagnostics conversion against its computeDiagnostics on a fresh document version).',
    '- Keystrokes: one character typed at a time at the end of a line in the middle of the document, each change sent',
    '  as an incremental `didChange`, timed to the diagnostics for that version.',
    '- Memory: resident set size of the server process after the letters are open and their diagnostics received.',
    '- Workspace symbols: letters written to a temporary folder opened as the workspace folder; index time runs from',
    '  spawning the server to the index reporting complete (`imrLetters/indexStatus`).',
    '',
  ].join('\n');
  process.stdout.write(`\n${markdown}\n`);
  if (!quick) writeFileSync(join(ROOT, 'BENCHMARKS.md'), markdown);
  log(quick ? 'quick run: BENCHMARKS.md not written' : 'wrote BENCHMARKS.md');
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
