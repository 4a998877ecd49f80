import { useEffect, useState } from 'preact/hooks';
import { App } from '../App';
import { useOptions } from '../store';
import { FirstRun } from './FirstRun';

/** The address of the guide: the options page with #welcome (the worker opens it on install). */
export const GUIDE_HASH = '#welcome';

/** The options page shows the settings, or the first-run guide while the address says #welcome. */
export function Root() {
  const [guide, setGuide] = useState(location.hash === GUIDE_HASH);
  useEffect(() => {
    const follow = () => setGuide(location.hash === GUIDE_HASH);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  if (guide) {
    return <FirstRun onClose={() => {
      // Leaving the guide: the settings, with the contacts the guide may have imported.
      history.replaceState(null, '', location.pathname);
      setGuide(false);
      void useOptions.getState().load();
    }} />;
  }
  return <App />;
}
