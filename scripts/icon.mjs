#!/usr/bin/env node
// Renders images/icon.svg to images/icon.png (128 x 128, the size the extension page shows) in the
// Debian chromium, so the committed PNG always matches its source.
//
//   node scripts/icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './e2e/workbench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = fs.readFileSync(path.join(root, 'images', 'icon.svg'), 'utf8');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  fs.writeFileSync(path.join(root, 'images', 'icon.png'), png);
  console.log(`icon: images/icon.png (${png.length} bytes)`);
} finally {
  await browser.close();
}
