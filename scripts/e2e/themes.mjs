#!/usr/bin/env node
// Header and field labels in VS Code's own themes: the packaged extension in code-server, a real letter open,
// once per theme (Light Modern, Dark Modern, High Contrast, High Contrast Light). For each theme it reads the
// colour the workbench gives the label tokens ("Case Number:", "Claims Administrator guideline:", ...) and
// the colour of the theme's own invalid/error text, fails when a label is painted like an error (red), and saves
// a screenshot of the letter's opening lines to docs/images/theme-<name>.png.
//
//   node scripts/e2e/themes.mjs [--out DIR] [--no-package]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { codeServerInstalled } from './paths.mjs';
import { launchChromium, offlineSettings, reexecIsolated, startCodeServer, workbenchUrl } from './workbench.mjs';

const self = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(self), '..', '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = path.resolve(outAt >= 0 ? args[outAt + 1] : path.join(repoRoot, 'docs', 'images'));
const LETTER = 'CM16-0213037.imr';
const LABELS = ['Case Number:', 'Date Assigned:', 'Claims Administrator guideline:', 'MAXIMUS guideline:', 'Decision rationale:'];
const THEMES = [
  ['light', 'Default Light Modern'],
  ['dark', 'Default Dark Modern'],
  ['high-contrast', 'Default High Contrast'],
  ['high-contrast-light', 'Default High Contrast Light'],
];
const log = (m) => console.log(`themes: ${m}`);

if (!process.env.IMR_E2E_IN_NAMESPACE && !codeServerInstalled()) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'e2e', 'install.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}
if (!reexecIsolated(self, args)) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(`themes failed: ${err?.stack || err}`);
      process.exit(1);
    },
  );
}

/** Red as a reader sees it: a clearly dominant red channel. */
const isRed = ([r, g, b]) => r >= 150 && r - Math.max(g, b) >= 90;
const rgb = (css) => (/rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css) ?? []).slice(1).map(Number);

async function main() {
  const { prepare } = await import('../start.mjs');
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-themes-'));
  const dirs = prepare({ baseDir: base, packageIt: !args.includes('--no-package'), install: false });
  fs.mkdirSync(outDir, { recursive: true });
  const failures = [];
  const browser = await launchChromium();
  try {
    for (const [name, theme] of THEMES) {
      const settingsFile = path.join(dirs.userDataDir, 'User', 'settings.json');
      fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
      fs.writeFileSync(
        settingsFile,
        JSON.stringify(
          {
            ...offlineSettings,
            'workbench.colorTheme': theme,
            'editor.minimap.enabled': false,
            'editor.occurrencesHighlight': 'off',
            'editor.selectionHighlight': false,
            'editor.renderLineHighlight': 'none',
            'editor.cursorBlinking': 'solid',
          },
          null,
          2,
        ),
      );
      const server = await startCodeServer(dirs);
      try {
        const page = await browser.newPage({ viewport: { width: 1000, height: 560 } });
        page.setDefaultTimeout(60_000);
        const file = `vscode-remote://127.0.0.1:${server.port}${path.join(dirs.workspace, LETTER)}`;
        await page.goto(workbenchUrl(server, { folder: dirs.workspace, payload: [['openFile', file]] }));
        await page.locator('.tabs-container .tab.active', { hasText: LETTER }).waitFor();
        const lines = page.locator('.monaco-editor .view-lines').first();
        await lines.waitFor();
        // Tokens are coloured once the extension's grammar is in: wait for the first label to take a token
        // class other than the plain text's (mtk1).
        const tokenised = () =>
          page.evaluate(() => {
            // Word highlights and the cursor split a token's text into several spans: match a label's first word.
            const span = [...document.querySelectorAll('.view-lines span span')].find((x) => x.textContent?.includes('Case'));
            return !!span && span.className !== '' && span.className !== 'mtk1';
          });
        for (let i = 0; i < 300 && !(await tokenised()); i++) await page.waitForTimeout(200);
        const colours = await page.evaluate((labels) => {
          const spans = [...document.querySelectorAll('.view-lines span span')];
          return labels.map((l) => {
            // The editor renders spaces as no-break spaces.
            const text = (x) => (x.textContent ?? '').replace(/\u00a0/g, ' ').trim();
            const s = spans.find((x) => text(x) && l.startsWith(text(x)) && text(x).startsWith(l.split(' ')[0]));
            return [l, s ? getComputedStyle(s).color : undefined];
          });
        }, LABELS);
        const seen = colours.filter(([, c]) => c);
        if (seen.length < 2) failures.push(`${name}: label tokens not found on screen`);
        for (const [label, c] of seen) if (isRed(rgb(c))) failures.push(`${name}: "${label}" is red (${c})`);
        log(`${theme}: ${seen.map(([l, c]) => `${l} ${c}`).join(', ')}`);
        await page.mouse.move(0, 0);
        const box = await page.locator('.part.editor').boundingBox();
        await page.screenshot({
          path: path.join(outDir, `theme-${name}.png`),
          clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 300) },
        });
        await page.close();
      } finally {
        await server.stop();
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(base, { recursive: true, force: true });
  }
  for (const f of failures) log(`✘ ${f}`);
  console.log(
    `themes: ${THEMES.length - new Set(failures.map((f) => f.split(':')[0])).size} passed, ${new Set(failures.map((f) => f.split(':')[0])).size} failed`,
  );
  return failures.length ? 1 : 0;
}
