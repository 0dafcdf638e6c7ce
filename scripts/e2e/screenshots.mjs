#!/usr/bin/env node
// UI smoke test and README screenshots: installs the packaged extension (.vsix)
// into code-server, opens sample letters in headless chromium, and checks what a
// user sees: the Outline view (items with their outcomes), the Problems panel
// (the draft's defects), a hover on an item header, the completion list of MTUS
// chapters and the decision summary. Each view is saved as a
// small PNG in docs/images/ (or the folder given with --out).
//
//   node scripts/e2e/screenshots.mjs [--out DIR] [--no-package]
//
// Exits 1 when a view does not show what it should. Runs isolated on loopback
// (unshare) when possible. IMR_E2E_VERBOSE=1 shows the workbench's console.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { codeServerInstalled } from './paths.mjs';
import { launchChromium, reexecIsolated, startCodeServer, workbenchUrl } from './workbench.mjs';

const self = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(self), '..', '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = path.resolve(outAt >= 0 ? args[outAt + 1] : path.join(repoRoot, 'docs', 'images'));
const verbose = !!process.env.IMR_E2E_VERBOSE;
const TIMEOUT = 30_000;

const REAL = 'CM17-0002892.imr';
const DRAFT = 'draft-CM17-0019066-missing-outcome.imr';
const HOVER_ITEM = 'Naproxen 550mg #60';
const HOVER_LETTER = 'CM16-0247624.txt';
const SUMMARY_LETTER = 'CM17-0002892.imr';

function log(msg) {
  console.log(`screenshots: ${msg}`);
}

if (!process.env.IMR_E2E_IN_NAMESPACE && !codeServerInstalled()) {
  // Installing needs the network, so it happens before isolation.
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'e2e', 'install.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}
if (!reexecIsolated(self, args)) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(`screenshots failed: ${err?.stack || err}`);
      process.exit(1);
    },
  );
}

/**
 * The images are packaged with the extension (its README is the extension's page in VS Code): quantise
 * them to a palette with Debian's pngquant, about a third of their size with no visible change. Without
 * pngquant they are kept as taken.
 */
function shrinkImages(files) {
  if (spawnSync('sh', ['-c', 'command -v pngquant'], { stdio: 'ignore' }).status !== 0) {
    log('pngquant not found (apt-get install pngquant): images kept at full size');
    return;
  }
  for (const f of files.filter((x) => fs.existsSync(x))) {
    const before = fs.statSync(f).size;
    const r = spawnSync('pngquant', ['--quality=70-90', '--speed', '1', '--force', '--output', f, f]);
    if (r.status === 0) log(`${path.basename(f)}: ${before} -> ${fs.statSync(f).size} bytes`);
  }
}

async function main() {
  const { prepare } = await import('../start.mjs');
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-screenshots-'));
  const dirs = prepare({ baseDir: base, packageIt: !args.includes('--no-package'), install: false });
  const server = await startCodeServer(dirs);
  let browser;
  let keep = true;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1200, height: 720 }, deviceScaleFactor: 1 });
    page.setDefaultTimeout(TIMEOUT);
    if (verbose) page.on('console', (m) => console.error(`[workbench:${m.type()}] ${m.text()}`));
    await page.goto(workbenchUrl(server, { folder: dirs.workspace }));
    await page.locator('.monaco-workbench .part.editor').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    fs.mkdirSync(outDir, { recursive: true });
    const results = [];
    const check = async (name, fn) => {
      try {
        await fn();
        results.push([name, null]);
        log(`✔ ${name}`);
      } catch (err) {
        results.push([name, err]);
        log(`✘ ${name}: ${String(err?.message ?? err).split('\n')[0]}`);
        await page.screenshot({ path: path.join(base, `failed-${results.length}.png`) }).catch(() => {});
      }
    };

    const command = async (title) => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(`>${title}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    };
    // Screenshot of a view down to its last list row, not the empty space below.
    const shootRows = async (view, file) => {
      const rows = view.locator('.monaco-list-row');
      const last = await rows.nth((await rows.count()) - 1).boundingBox();
      const box = await view.boundingBox();
      await page.screenshot({
        path: path.join(outDir, file),
        clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, last.y + last.height + 8 - box.y) },
      });
    };
    // Drags the sash on the side bar's right edge so the side bar is `width` pixels wide.
    const resizeSidebar = async (width) => {
      const bar = await page.locator('.part.sidebar').boundingBox();
      const y = bar.y + bar.height / 2;
      await page.mouse.move(bar.x + bar.width + 1, y);
      await page.mouse.down();
      await page.mouse.move(bar.x + width, y, { steps: 8 });
      await page.mouse.up();
    };
    const openFile = async (name) => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
      await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
      await page.locator('.monaco-editor .view-lines').first().waitFor();
    };

    // 1-based number of the first line of a workspace file that satisfies `test`.
    const lineOf = (file, test) => {
      const at = fs.readFileSync(path.join(dirs.workspace, file), 'utf8').split(/\r?\n/).findIndex(test);
      if (at < 0) throw new Error(`no such line in ${file}`);
      return at + 1;
    };
    const goToLine = async (line, column) => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.fill('>Go to Line/Column');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Go to Line/Column' }).first().waitFor();
      await page.keyboard.press('Enter');
      await input.fill(`:${line}:${column}`);
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    };

    await check('Outline view lists the items of a real letter with their outcomes', async () => {
      await openFile(REAL);
      // Give the Outline the whole side bar, wide enough for the item names: fold the
      // file list away and drag the side bar's edge to the right.
      const files = page.locator('.pane-header', { hasText: 'workspace' }).first();
      await files.click();
      await resizeSidebar(620);
      await command('Explorer: Focus on Outline View');
      const outline = page.locator('.pane:has(.pane-header:has-text("Outline"))');
      // Fold the header fields, unfold the issues section: sections, then items with outcomes.
      const header = outline.locator('.monaco-list-row', { hasText: 'Header' }).first();
      await header.waitFor();
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.locator('.monaco-tl-twistie').click();
      const issues = outline.locator('.monaco-list-row', { hasText: 'IMR ISSUES' });
      await issues.waitFor();
      if ((await issues.getAttribute('aria-expanded')) === 'false') await issues.locator('.monaco-tl-twistie').click();
      await outline.locator('.monaco-list-row', { hasText: 'PA assist' }).waitFor();
      const text = await outline.innerText();
      for (const want of ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'PA assist', 'Upheld']) {
        if (!text.includes(want)) throw new Error(`the Outline view lacks "${want}":\n${text}`);
      }
      await shootRows(outline, 'outline.png');
      await files.click();
      await resizeSidebar(300);
    });

    await check("Problems panel shows the draft letter's defects", async () => {
      await openFile(DRAFT);
      await command('View: Toggle Primary Side Bar Visibility'); // the panel gets the full width
      await command('View: Focus Problems (Errors, Warnings, Infos)');
      const panel = page.locator('.part.panel');
      await panel.locator('.monaco-list-row', { hasText: 'has no outcome' }).waitFor();
      await panel.locator('.monaco-list-row', { hasText: 'MAXIMUS guideline' }).waitFor();
      await shootRows(panel, 'problems.png');
      await command('View: Toggle Panel Visibility');
      await command('View: Toggle Primary Side Bar Visibility');
    });

    await check('hover on an item header shows the item and its outcome', async () => {
      await openFile(HOVER_LETTER);
      await goToLine(
        lineOf(HOVER_LETTER, (l) => l.startsWith(`${HOVER_ITEM}:`)),
        3,
      );
      await command('Show or Focus Hover');
      const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: HOVER_ITEM }).first();
      await hover.waitFor();
      const text = await hover.innerText();
      if (!text.includes('Overturned')) throw new Error(`the hover lacks "Overturned":\n${text}`);
      // The hover with the lines around it.
      const box = await hover.boundingBox();
      const editor = await page.locator('.part.editor').boundingBox();
      const left = Math.max(0, Math.min(editor.x, box.x - 8));
      const top = Math.max(editor.y, box.y - 40);
      const clip = {
        x: left,
        y: top,
        width: Math.min(editor.x + editor.width - left, Math.max(box.x + box.width + 40 - left, 640)),
        height: Math.min(box.height + 120, editor.y + editor.height - top),
      };
      await page.screenshot({ path: path.join(outDir, 'hover.png'), clip });
      await page.keyboard.press('Escape');
    });

    await check('completion after "Decision based on MTUS " lists the MTUS chapters', async () => {
      // The draft's second item lost its "MAXIMUS guideline:" line: start writing it again above the rationale.
      await openFile(DRAFT);
      const line = lineOf(DRAFT, (l) => l.startsWith('Decision rationale: The MTUS Guidelines do not recommend'));
      await goToLine(line, 1);
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.type('MAXIMUS guideline: Decision based on MTUS ');
      await page.keyboard.press('Escape'); // whatever the typing suggested
      await page.keyboard.press('Control+Space');
      const suggest = page.locator('.editor-widget.suggest-widget.visible');
      await suggest.locator('.monaco-list-row', { hasText: 'Low Back Complaints 2004' }).waitFor();
      const text = await suggest.innerText();
      for (const want of ['Chronic Pain Medical Treatment', 'Knee Complaints']) {
        if (!text.includes(want)) throw new Error(`the completion list lacks "${want}":\n${text}`);
      }
      // The list with the line being written and the item header above it.
      const box = await suggest.boundingBox();
      const editor = await page.locator('.part.editor').boundingBox();
      const top = Math.max(editor.y, box.y - 80);
      const left = Math.max(editor.x, box.x - 420);
      await page.screenshot({
        path: path.join(outDir, 'completion.png'),
        clip: {
          x: left,
          y: top,
          width: Math.min(editor.x + editor.width - left, 1000),
          height: Math.min(box.y + box.height + 8 - top, editor.y + editor.height - top),
        },
      });
      await page.keyboard.press('Escape');
      await command('Revert File');
    });

    await check("Show Decision Summary opens a table of the letter's decisions", async () => {
      await openFile(SUMMARY_LETTER);
      await command('Show Decision Summary');
      // The Markdown preview is a webview: an iframe holding the page's iframe.
      const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await preview.locator('table').waitFor();
      const text = await preview.locator('body').innerText();
      for (const want of [
        'decision summary',
        'Right knee arthroscopy',
        'PA assist',
        'Post operative physical therapy',
        'Upheld',
        '3 items: 3 Upheld',
      ]) {
        if (!text.includes(want)) throw new Error(`the decision summary lacks "${want}":\n${text}`);
      }
      // The preview opens beside the letter: give it the whole window.
      await command('View: Join All Editor Groups');
      await command('View: Toggle Primary Side Bar Visibility');
      await preview.locator('table').waitFor();
      const group = page.locator('.part.editor .editor-group-container.active');
      const table = await preview.locator('table').boundingBox();
      const box = await group.boundingBox();
      await page.screenshot({
        path: path.join(outDir, 'summary.png'),
        clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, table.y + table.height + 16 - box.y) },
      });
      await command('View: Toggle Primary Side Bar Visibility');
    });

    const failed = results.filter(([, e]) => e).length;
    shrinkImages(['outline.png', 'problems.png', 'hover.png', 'completion.png', 'summary.png'].map((f) => path.join(outDir, f)));
    log(`${results.length - failed} passed, ${failed} failed; images in ${outDir}`);
    if (failed) log(`screens of the failures kept in ${base}`);
    keep = failed > 0;
    return failed ? 1 : 0;
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
    if (!keep) fs.rmSync(base, { recursive: true, force: true });
  }
}
