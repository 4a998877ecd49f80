import browser from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContextInvalidated, send } from '../../src/shared/messaging/send';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { id: 'x', sendMessage: vi.fn() } } }));

const sendMessage = vi.mocked(browser.runtime.sendMessage);
const WAKING = new Error('Could not establish connection. Receiving end does not exist.');
// RETRY_DELAYS_MS in send.ts: attempts at 0, 50, 150, 350, 750 and 1550 ms.
const ATTEMPT_TIMES = [0, 50, 150, 350, 750, 1550];

beforeEach(() => {
  vi.useFakeTimers();
  sendMessage.mockReset();
  (browser.runtime as { id?: string }).id = 'x';
});
afterEach(() => {
  vi.useRealTimers();
});

describe('send', () => {
  it('wraps the payload in the envelope and returns the answer', async () => {
    sendMessage.mockResolvedValueOnce(null);
    await expect(send('draft:clear', { composerId: 'c1' })).resolves.toBeNull();
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith({ hatcheck: 1, type: 'draft:clear', payload: { composerId: 'c1' } });
  });

  it('retries while the worker wakes, then returns the answer', async () => {
    sendMessage.mockRejectedValueOnce(WAKING).mockRejectedValueOnce(WAKING).mockResolvedValueOnce({ tabId: 1 });
    const result = send('tab:state', { tabId: 1 });
    await vi.advanceTimersByTimeAsync(49);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sendMessage).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(100);
    await expect(result).resolves.toEqual({ tabId: 1 });
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it('gives up after the retry schedule with the last error', async () => {
    sendMessage.mockRejectedValue(WAKING);
    const result = send('tab:state', { tabId: 1 });
    const rejected = expect(result).rejects.toBe(WAKING);
    await vi.advanceTimersByTimeAsync(ATTEMPT_TIMES.at(-1)! - 1);
    expect(sendMessage).toHaveBeenCalledTimes(ATTEMPT_TIMES.length - 1);
    await vi.advanceTimersByTimeAsync(1);
    await rejected;
    expect(sendMessage).toHaveBeenCalledTimes(ATTEMPT_TIMES.length);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sendMessage).toHaveBeenCalledTimes(ATTEMPT_TIMES.length);
  });

  it('throws ContextInvalidated at once when the extension went away', async () => {
    sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    const error = await send('draft:clear', { composerId: 'c1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContextInvalidated);
    expect((error as Error).name).toBe('ContextInvalidated');
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('treats a missing runtime id as an invalidated context', async () => {
    (browser.runtime as { id?: string }).id = undefined;
    sendMessage.mockRejectedValue(WAKING);
    await expect(send('draft:clear', { composerId: 'c1' })).rejects.toBeInstanceOf(ContextInvalidated);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('asks again, with the same message, when no listener answered (a worker stopped mid-request)', async () => {
    // The polyfill resolves undefined for Chrome's "message port closed before a response was received".
    sendMessage.mockResolvedValueOnce(undefined).mockResolvedValueOnce(undefined).mockResolvedValueOnce(null);
    const payload = { id: 'decision-0001', decision: 'posted-anyway', level: 'confirm', categories: ['alcohol'] } as const;
    const result = send('decision:record', { ...payload, categories: [...payload.categories] });
    await vi.advanceTimersByTimeAsync(150);
    await expect(result).resolves.toBeNull();
    expect(sendMessage).toHaveBeenCalledTimes(3);
    const messages = sendMessage.mock.calls.map(([m]) => m);
    expect(messages[1]).toEqual(messages[0]);
    expect(messages[2]).toEqual(messages[0]);
  });

  it('retries a channel closed mid-request, and returns undefined once the schedule is spent', async () => {
    sendMessage.mockRejectedValueOnce(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received')).mockResolvedValueOnce({ site: 'linkedin' });
    const first = send('page:site', null);
    await vi.advanceTimersByTimeAsync(50);
    await expect(first).resolves.toEqual({ site: 'linkedin' });
    sendMessage.mockReset();
    sendMessage.mockResolvedValue(undefined);
    const second = send('page:site', null);
    await vi.advanceTimersByTimeAsync(ATTEMPT_TIMES.at(-1)!);
    await expect(second).resolves.toBeUndefined();
    expect(sendMessage).toHaveBeenCalledTimes(ATTEMPT_TIMES.length);
  });

  it('does not retry other errors', async () => {
    const boom = new Error('boom');
    sendMessage.mockRejectedValue(boom);
    await expect(send('draft:clear', { composerId: 'c1' })).rejects.toBe(boom);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
