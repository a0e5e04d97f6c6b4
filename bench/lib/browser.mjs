// Headless Debian Chromium driven by playwright-core: the repository's one way to find and flag it.
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

export async function launchChromium() {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
}
