// Styles live inside our closed shadow root, so the site's CSS cannot reach them and ours cannot
// leak out. `all: initial` on the root stops inherited page styles (fonts, colours) from bleeding in.
export const STYLES = `
:host { all: initial; }
.panel { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2226; }
.badge, .card, .toast { position: fixed; z-index: 2147483647; top: 0; left: 0; }
.toast:empty { display: none; }
.toast button { font: inherit; margin-left: 6px; border-radius: 999px; padding: 1px 10px; border: 1px solid currentColor; background: transparent; color: inherit; cursor: pointer; }
.toast button:focus-visible { outline: 3px solid #70b5f9; outline-offset: 2px; }
.toast {
  margin: 0; max-width: min(320px, calc(100vw - 24px)); box-sizing: border-box; padding: 6px 10px; border-radius: 8px;
  background: #1d2226; color: #fff; box-shadow: 0 4px 14px rgba(0,0,0,.2);
}
.panel[hidden] { display: none; }
.badge {
  cursor: pointer; border: 1px solid #c7d1db; border-radius: 999px; padding: 2px 10px 2px 6px;
  background: #fff; color: #1d2226; font: inherit; font-weight: 600; display: inline-flex; align-items: center; gap: 6px;
  box-shadow: 0 1px 3px rgba(0,0,0,.15);
}
.badge:focus-visible, .card button:focus-visible { outline: 3px solid #0a66c2; outline-offset: 2px; }
.dot { width: 10px; height: 10px; border-radius: 50%; background: #2e7d32; }
.badge[data-level="notice"] .dot { background: #5b7fa6; }
.badge[data-level="warn"] .dot { background: #b26a00; }
.badge[data-level="confirm"] .dot { background: #b3261e; }
.badge[data-level="unknown"] .dot { background: #9e9e9e; }
.card {
  width: min(360px, calc(100vw - 24px)); box-sizing: border-box; background: #fff; border-radius: 10px;
  border: 1px solid #c7d1db; border-left: 6px solid #b26a00; padding: 10px 12px; box-shadow: 0 6px 20px rgba(0,0,0,.18);
}
.card[data-level="confirm"] { border-left-color: #b3261e; }
.card[data-level="notice"], .card[data-level="none"] { border-left-color: #5b7fa6; }
.card[hidden] { display: none; }
.card h2 { all: unset; display: block; font-weight: 700; font-size: 14px; margin-bottom: 4px; }
.card p { margin: 4px 0; }
.card ul { margin: 6px 0; padding-left: 18px; }
.card li { margin: 2px 0; }
.card mark { background: #fff0c2; color: inherit; padding: 0 2px; border-radius: 3px; }
.card .who { color: #38434f; }
.card .category { font-weight: 600; }
.card .hint { color: #38434f; font-size: 12px; }
.actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 6px 8px; margin-top: 8px; }
.card button, .dialog button {
  font: inherit; border-radius: 999px; padding: 4px 12px; border: 1px solid #0a66c2; background: #fff; color: #0a66c2; cursor: pointer;
}
.card li button { padding: 0 8px; font-size: 12px; margin-left: 4px; }
.dialog button.primary { background: #0a66c2; color: #fff; }
.dialog button[aria-disabled="true"] { opacity: .55; cursor: default; }
.backdrop {
  position: fixed; inset: 0; z-index: 2147483647; background: rgba(0,0,0,.35);
  display: flex; align-items: center; justify-content: center;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2226;
}
.dialog {
  width: min(440px, calc(100vw - 32px)); box-sizing: border-box; background: #fff; border-radius: 12px;
  border-top: 6px solid #b3261e; padding: 16px 18px; box-shadow: 0 12px 40px rgba(0,0,0,.3);
}
.dialog h2 { all: unset; display: block; font-weight: 700; font-size: 16px; margin-bottom: 6px; }
.dialog p { margin: 6px 0; }
.dialog ul { margin: 4px 0 8px; padding-left: 20px; }
.dialog mark { background: #fff0c2; color: inherit; padding: 0 2px; border-radius: 3px; }
.dialog .who { color: #38434f; }
.dialog button:focus-visible { outline: 3px solid #0a66c2; outline-offset: 2px; }
/* Dark: the site's own theme decides (theme.ts sets .dark from the page's colours), not the OS's. */
.dark .badge, .dark .card, .dark .dialog { background: #1d2226; color: #e9e9e9; border-color: #4a5561; }
.dark .dialog { border-top-color: #f2b8b5; }
.dark .card .who, .dark .card .hint, .dark .dialog .who { color: #c5ccd3; }
.dark .card mark, .dark .dialog mark { background: #5c4a00; }
.dark .card button, .dark .dialog button { background: #1d2226; color: #70b5f9; border-color: #70b5f9; }
.dark .dialog button.primary { background: #70b5f9; color: #1d2226; }
.dark .toast { background: #e9e9e9; color: #1d2226; }
/* The dialog appears without motion: "Post anyway" is armed only once it is plainly visible
   (hold-dialog.ts), and a fade-in would read as hidden to that check. */
@media (prefers-reduced-motion: no-preference) { .card { transition: opacity .12s ease-out; } }
`;
