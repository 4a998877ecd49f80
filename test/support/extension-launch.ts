// The built extension (dist/chrome, or $HATCHECK_DIST/chrome) in Debian's Chromium, with the
// site replicas routed at their real URLs and everything else cut off: what every end-to-end test
// of a site starts from.
import { launchChromium, type LaunchedChromium } from './browser';
import { distDir } from './dist';
import { routeFixtures } from './fixtures';

export interface LaunchedExtension extends LaunchedChromium {
  extensionId: string;
}

export async function launchExtension(): Promise<LaunchedExtension> {
  const launched = await launchChromium({ extensionPath: distDir('chrome') });
  await routeFixtures(launched.context);
  if (!launched.extensionId) throw new Error('the extension did not load (no service worker)');
  return { ...launched, extensionId: launched.extensionId };
}
