import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/shared/messaging/protocol';

const snapshot = {
  site: 'linkedin',
  composerId: 'share-box',
  text: 'So hungover',
  mentions: [{ name: 'Jane Doe', handle: 'linkedin:jane-doe' }],
  visibility: 'Anyone',
  profile: { name: 'Sam Lee', handle: 'linkedin:sam-lee', kind: 'unknown' },
};
const envelope = (type: string, payload: unknown) => ({ hatcheck: 1, type, payload });

describe('parseRequest: what it accepts', () => {
  it('accepts draft:check from a content script', () => {
    expect(parseRequest(envelope('draft:check', snapshot), 'content')).toEqual({ type: 'draft:check', payload: snapshot });
  });

  it('accepts draft:clear from a content script and tab:state from a page', () => {
    expect(parseRequest(envelope('draft:clear', { composerId: 'c1' }), 'content')).toEqual({ type: 'draft:clear', payload: { composerId: 'c1' } });
    expect(parseRequest(envelope('tab:state', { tabId: 3 }), 'page')).toEqual({ type: 'tab:state', payload: { tabId: 3 } });
  });

  it('accepts text up to the limit and refuses one character more', () => {
    const atLimit = { ...snapshot, text: 'a'.repeat(1_000_000) };
    expect(parseRequest(envelope('draft:check', atLimit), 'content')?.type).toBe('draft:check');
    expect(parseRequest(envelope('draft:check', { ...snapshot, text: 'a'.repeat(1_000_001) }), 'content')).toBeUndefined();
  });

  it('drops fields the schema does not name, so handlers never see them', () => {
    const parsed = parseRequest({ ...envelope('draft:check', { ...snapshot, contacts: ['all'], profile: { ...snapshot.profile, token: 't' } }), extra: 1 }, 'content');
    expect(parsed).toEqual({ type: 'draft:check', payload: snapshot });
    expect(parsed?.payload).not.toHaveProperty('contacts');
  });
});

describe('parseRequest: what it refuses', () => {
  it.each([
    ['null', null],
    ['a string', 'draft:check'],
    ['an array', [1, 'draft:check', snapshot]],
    ['no marker', { type: 'draft:check', payload: snapshot }],
    ['marker 2', { hatcheck: 2, type: 'draft:check', payload: snapshot }],
    ['marker "1"', { hatcheck: '1', type: 'draft:check', payload: snapshot }],
    ['a numeric type', { hatcheck: 1, type: 1, payload: snapshot }],
  ])('a wrong envelope: %s', (_label, message) => {
    expect(parseRequest(message, 'content')).toBeUndefined();
  });

  it('an unknown type', () => {
    expect(parseRequest(envelope('draft:delete', snapshot), 'content')).toBeUndefined();
    expect(parseRequest(envelope('contacts:list', {}), 'page')).toBeUndefined();
  });

  it('a page-only type from a content script, and a content type from a page', () => {
    expect(parseRequest(envelope('tab:state', { tabId: 3 }), 'content')).toBeUndefined();
    expect(parseRequest(envelope('draft:check', snapshot), 'page')).toBeUndefined();
  });

  it.each(['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf'])('the prototype key %j as a type', (type) => {
    expect(parseRequest(envelope(type, {}), 'content')).toBeUndefined();
    expect(parseRequest(envelope(type, {}), 'page')).toBeUndefined();
    expect(parseRequest(JSON.parse(`{"hatcheck":1,"type":"${type}","payload":{}}`), 'page')).toBeUndefined();
  });

  it.each([
    ['no profile', (({ profile: _p, ...rest }) => rest)(snapshot)],
    ['no text', (({ text: _t, ...rest }) => rest)(snapshot)],
    ['text not a string', { ...snapshot, text: 42 }],
    ['mentions not an array', { ...snapshot, mentions: 'Jane' }],
    ['a mention without handle', { ...snapshot, mentions: [{ name: 'Jane' }] }],
    ['too many mentions', { ...snapshot, mentions: Array.from({ length: 201 }, () => ({ name: 'x', handle: '' })) }],
    ['an unknown profile kind', { ...snapshot, profile: { ...snapshot.profile, kind: 'admin' } }],
    ['an overlong visibility', { ...snapshot, visibility: 'v'.repeat(501) }],
    ['an overlong composer id', { ...snapshot, composerId: 'c'.repeat(81) }],
  ])('a draft:check payload with %s', (_label, payload) => {
    expect(parseRequest(envelope('draft:check', payload), 'content')).toBeUndefined();
  });

  it.each([[-1], [1.5], ['3'], [null], [Number.NaN]])('a tab:state payload with tabId %j', (tabId) => {
    expect(parseRequest(envelope('tab:state', { tabId }), 'page')).toBeUndefined();
  });

  it('a missing payload', () => {
    expect(parseRequest({ hatcheck: 1, type: 'draft:clear' }, 'content')).toBeUndefined();
  });
});
