import { warmUp } from './warm-up';

// Imported by main.ts before anything else, so that this runs before the first touch of the
// extension APIs (webextension-polyfill reads `chrome.runtime` when it loads). In a worker that
// has just started, that first touch waits for the browser's side: measured with marks (load
// 11–14), the polyfill's load took 60 ms as the first thing the worker did and 20 ms after the
// database's open and the detector's warm-up (~38 ms of this thread's own work) had run. So that
// work goes first, inside the wait (docs/decisions.md, "… cold start: the worker as one classic
// script"). Nothing imported here may import the polyfill.
warmUp();
