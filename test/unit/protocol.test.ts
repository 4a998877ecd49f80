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

describe('parseRequest: the warning panel\'s actions', () => {
  const profile = snapshot.profile;

  it('accepts each from its own surface, trimming the phrase and dropping unknown fields', () => {
    expect(parseRequest(envelope('phrase:ignore', { phrase: '  Falcon Lager ', profile, site: 'x' }), 'content')).toEqual({ type: 'phrase:ignore', payload: { phrase: 'Falcon Lager', profile } });
    expect(parseRequest(envelope('phrase:ignore', { phrase: 'p'.repeat(200), profile }), 'content')?.type).toBe('phrase:ignore');
    expect(parseRequest(envelope('site:snooze', { minutes: 60, site: 'x' }), 'content')).toEqual({ type: 'site:snooze', payload: { minutes: 60 } });
    expect(parseRequest(envelope('site:snooze', { minutes: 1 }), 'content')?.type).toBe('site:snooze');
    expect(parseRequest(envelope('site:snooze', { minutes: 1440 }), 'content')?.type).toBe('site:snooze');
    expect(parseRequest(envelope('popup:open', null), 'content')).toEqual({ type: 'popup:open', payload: null });
    const decision = { decision: 'posted-anyway', level: 'confirm', categories: ['alcohol', 'absence'] };
    expect(parseRequest(envelope('decision:record', { ...decision, text: 'So hungover' }), 'content')).toEqual({ type: 'decision:record', payload: decision });
    expect(parseRequest(envelope('decision:record', { ...decision, categories: [] }), 'content')?.type).toBe('decision:record');
    expect(parseRequest(envelope('site:unsnooze', { site: 'linkedin' }), 'page')).toEqual({ type: 'site:unsnooze', payload: { site: 'linkedin' } });
  });

  it('refuses each from the other surface', () => {
    expect(parseRequest(envelope('phrase:ignore', { phrase: 'beer', profile }), 'page')).toBeUndefined();
    expect(parseRequest(envelope('site:snooze', { minutes: 60 }), 'page')).toBeUndefined();
    expect(parseRequest(envelope('popup:open', null), 'page')).toBeUndefined();
    expect(parseRequest(envelope('decision:record', { decision: 'edited', level: 'warn', categories: [] }), 'page')).toBeUndefined();
    expect(parseRequest(envelope('site:unsnooze', { site: 'linkedin' }), 'content')).toBeUndefined();
  });

  it.each([
    ['no phrase', { profile }],
    ['an empty phrase', { phrase: '', profile }],
    ['a blank phrase', { phrase: ' \n\t ', profile }],
    ['a phrase over 200 characters', { phrase: 'p'.repeat(201), profile }],
    ['a phrase that is not a string', { phrase: ['beer'], profile }],
    ['no profile', { phrase: 'beer' }],
    ['a profile of an unknown kind', { phrase: 'beer', profile: { ...profile, kind: 'admin' } }],
    ['a profile without a handle', { phrase: 'beer', profile: { name: 'Sam', kind: 'personal' } }],
  ])('a phrase:ignore payload with %s', (_label, payload) => {
    expect(parseRequest(envelope('phrase:ignore', payload), 'content')).toBeUndefined();
  });

  it.each([[0], [1441], [1.5], [-5], ['60'], [null], [Number.NaN], [Number.POSITIVE_INFINITY]])('a site:snooze payload with minutes %j', (minutes) => {
    expect(parseRequest(envelope('site:snooze', { minutes }), 'content')).toBeUndefined();
  });

  it.each([['a number', 1], ['a string', 'open'], ['an array', []], ['an object', { tabId: 3 }], ['no payload at all', undefined]])('a popup:open payload that is %s', (_label, payload) => {
    const message = payload === undefined ? { hatcheck: 1, type: 'popup:open' } : envelope('popup:open', payload);
    expect(parseRequest(message, 'content')).toBeUndefined();
  });

  it.each([
    ['an unknown decision', { decision: 'ignored', level: 'warn', categories: [] }],
    ['an unknown level', { decision: 'edited', level: 'severe', categories: [] }],
    ['an unknown category', { decision: 'edited', level: 'warn', categories: ['gossip'] }],
    ['more than 20 categories', { decision: 'edited', level: 'warn', categories: Array.from({ length: 21 }, () => 'alcohol') }],
    ['categories as a string', { decision: 'edited', level: 'warn', categories: 'alcohol' }],
    ['no categories', { decision: 'edited', level: 'warn' }],
  ])('a decision:record payload with %s', (_label, payload) => {
    expect(parseRequest(envelope('decision:record', payload), 'content')).toBeUndefined();
  });

  it.each([['__proto__'], ['constructor'], ['LinkedIn'], ['myspace'], [''], [7], [null]])('a site:unsnooze payload with site %j', (site) => {
    expect(parseRequest(envelope('site:unsnooze', { site }), 'page')).toBeUndefined();
  });
});
