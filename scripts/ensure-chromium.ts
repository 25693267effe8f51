/** `node scripts/ensure-chromium.ts` — prints the Chromium the tests will use, installing it if needed. */
import { ensureChromium } from '../tests/support/chromium.ts';

console.log(`Chromium: ${ensureChromium()}`);
