// The few `chrome.*` calls the tests evaluate inside the extension's service worker.
declare const chrome: {
  tabs: { query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number }>> };
  storage: {
    session: { get(keys: null): Promise<Record<string, unknown>> };
  };
  runtime: { id: string };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
};
