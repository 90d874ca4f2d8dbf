/**
 * Vitest global set-up: builds the bundles under dist/ from the current
 * sources first, so the tests that run the product as people do
 * (`npm run slack`, `npm run discord`, `node dist/cli.mjs`) never run a stale build.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url))], { stdio: 'ignore' });
}
