// `npm run build`: the unpacked Chrome extension in dist/chrome, the Firefox one in dist/firefox.
import { build } from 'vite';

for (const mode of ['chrome', 'firefox']) {
  await build({ mode, logLevel: 'warn' });
  console.log(`built dist/${mode}`);
}
