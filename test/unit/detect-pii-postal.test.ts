import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/detect/classify';
import { findPatterns } from '../../src/core/detect/pii';

// A whole postal address (house number … postcode) and a payment handle are personal details on
// their own, where a street name alone ("41 Harcourt Terrace") needs a home cue beside it.

/** Pattern hits on a lower-cased line, with `upper` answering from the line as typed. */
const hits = (typed: string) => findPatterns(typed.toLowerCase(), (i) => /[A-Z]/.test(typed[i] ?? ''))
  .filter((h) => h.signal === 'pii.postal' || h.signal === 'pii.payment')
  .map((h) => [h.signal, typed.slice(h.start, h.end)]);

describe('postal addresses and payment handles', () => {
  it.each([
    ['Cards to 3 Fernhill Cottages, Llandeilo SA19 6AB please', [['pii.postal', '3 Fernhill Cottages, Llandeilo SA19 6AB']]],
    ['We are at Flat 3, 41 Harcourt Terrace, Dublin D06 X2Y4', [['pii.postal', '41 Harcourt Terrace, Dublin D06 X2Y4']]],
    ['Venmo me @dan-raskin-92 for the cabin', [['pii.payment', 'Venmo me @dan-raskin-92']]],
    ['cashapp $jess22 for the tickets', [['pii.payment', 'cashapp $jess22']]],
    ['paypal.me/jdoe22 if you owe me', [['pii.payment', 'paypal.me/jdoe22']]],
  ] as const)('%s', (typed, expected) => {
    expect(hits(typed)).toEqual(expected);
  });

  it.each([
    // A postcode typed in lower case is not read as one; a year is not a house number.
    'cards to 3 fernhill cottages, llandeilo sa19 6ab',
    'Read the 2023 report on M25 traffic near the A1 2BX junction',
    // A postcode with no house number before it is an area, not an address.
    'Great turnout in SW1A 1AA today',
    // Far from the number: more than a street, a town and a county away.
    '12 reasons to love the long, slow, winding coast road that runs all the way north to EH1 1YZ',
    'Venmo is down again',
  ])('no postal address or payment handle: %s', (typed) => {
    expect(hits(typed)).toEqual([]);
  });

  it('warns on a home address with its postcode, and stays quiet on an office address in a work post', () => {
    const home = classify('For anyone sending RSVPs, it is 3 Fernhill Cottages, Llandeilo SA19 6AB. Green door, loud dog.');
    expect(home.map((f) => [f.category, f.severity, f.text])).toEqual([['personal-info', 'medium', '3 Fernhill Cottages, Llandeilo SA19 6AB']]);
    expect(classify('Our office has moved to 1 Canada Square, London E14 5AB. Visit our team there from Monday.')).toEqual([]);
  });

  it('finds each of 2,000 postcodes in one sentence, each address within its bounded look-back', () => {
    const text = 'flat 2 Some Road AB1 2CD '.repeat(2000);
    const found = findPatterns(text.toLowerCase(), (i) => /[A-Z]/.test(text[i] ?? '')).filter((h) => h.signal === 'pii.postal');
    expect(found).toHaveLength(2000);
    for (const h of found) expect(h.end - h.start).toBeLessThanOrEqual(70 + 8);
  });
});
