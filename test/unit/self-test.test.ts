// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForUnrecognisedBoxes, type ProtectionProblem } from '../../src/content/self-test';

// The self-test notices typing in a compose box the adapter does not know (issue 5 item 5). It runs
// on every key of every box on a supported site, so what it does per key is pinned here: nothing
// but a containment check inside the key's dispatch, the rest once per box, after the keys.
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function setUp(known: (el: Element) => boolean, inSession: (el: Element) => boolean = () => false) {
  const reports: ProtectionProblem[] = [];
  const isKnownComposer = vi.fn(known);
  const controller = new AbortController();
  watchForUnrecognisedBoxes(document, { inSession, isKnownComposer, report: (p) => reports.push(p), signal: controller.signal });
  const type = (el: Element) => el.dispatchEvent(new Event('beforeinput', { bubbles: true, composed: true }));
  return { reports, isKnownComposer, controller, type };
}

const box = (readOnly = false) => {
  const el = document.createElement('textarea');
  el.readOnly = readOnly;
  return document.body.appendChild(el);
};

describe('watchForUnrecognisedBoxes', () => {
  it('reports a box the adapter does not know once, after the key rather than inside its dispatch', () => {
    vi.useFakeTimers();
    const { reports, type } = setUp(() => false);
    const unknown = box();
    type(unknown);
    expect(reports).toEqual([]); // nothing decided inside the event
    vi.runAllTimers();
    expect(reports).toEqual(['unrecognised-editor']);
    type(unknown);
    type(box());
    vi.runAllTimers();
    expect(reports).toHaveLength(1);
  });

  it('asks the adapter about a known box once, however many keys are typed in it', () => {
    vi.useFakeTimers();
    const { reports, isKnownComposer, type } = setUp(() => true);
    const known = box();
    for (let i = 0; i < 30; i++) {
      type(known);
      if (i % 10 === 9) vi.runAllTimers();
    }
    vi.runAllTimers();
    expect(isKnownComposer).toHaveBeenCalledTimes(1);
    expect(reports).toEqual([]);
  });

  it('never looks further at a box that has a session, and ignores boxes that are not composers', () => {
    vi.useFakeTimers();
    const watched = box();
    const { reports, isKnownComposer, type } = setUp(() => false, (el) => el === watched);
    type(watched);
    type(box(true));
    vi.runAllTimers();
    expect(reports).toEqual([]);
    expect(isKnownComposer).not.toHaveBeenCalled();
  });

  it('stops when its signal is aborted, even with a look already due', () => {
    vi.useFakeTimers();
    const { reports, controller, type } = setUp(() => false);
    type(box());
    controller.abort();
    vi.runAllTimers();
    type(box());
    vi.runAllTimers();
    expect(reports).toEqual([]);
  });
});
