import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/background/check-draft';
import { DEFAULT_POLICY, decideLevel } from '../../src/core/policy';
import { offCategories, policyOverrides, presetPolicy, sensitivityOf, withCategory } from '../../src/core/sensitivity';
import type { DraftSnapshot, Finding, TabState } from '../../src/core/types';
import { activeIdentity } from '../../src/popup/active-identity';
import { db } from '../../src/shared/storage/db';
import { addIdentity, effectivePolicy, listIdentities, setPolicyLevel } from '../../src/shared/storage/identities';
import { setCategoryOn, setSensitivity } from '../../src/shared/storage/quick-settings';

// The popup's quick settings (sensitivity, categories on or off) are rows of the identity's policy:
// the presets round-trip, a custom table stays custom, and the next verdict follows a change.

const none = new Set<never>();

describe('sensitivity presets', () => {
  it('standard is the default policy; relaxed and strict move every level one step, none stays none', () => {
    expect(presetPolicy('standard', none)).toEqual(DEFAULT_POLICY);
    expect(presetPolicy('relaxed', none).drugs).toEqual({ professional: 'warn', public: 'notice', personal: 'none' });
    expect(presetPolicy('relaxed', none).family).toEqual({ professional: 'none', public: 'none', personal: 'none' });
    expect(presetPolicy('strict', none).alcohol).toEqual({ professional: 'confirm', public: 'warn', personal: 'none' });
    expect(presetPolicy('strict', none).drugs.professional).toBe('confirm');
  });

  it('reads a preset back, with some categories off, and calls an edited table custom', () => {
    const strictNoAlcohol = presetPolicy('strict', new Set(['alcohol']));
    expect(sensitivityOf(strictNoAlcohol)).toBe('strict');
    expect([...offCategories(strictNoAlcohol)]).toEqual(['alcohol']);
    expect(sensitivityOf({ ...DEFAULT_POLICY, drugs: { professional: 'notice', public: 'warn', personal: 'none' } })).toBe('custom');
    expect(policyOverrides(DEFAULT_POLICY)).toBeUndefined();
    expect(Object.keys(policyOverrides(withCategory(DEFAULT_POLICY, 'politics', false, 'standard'))!)).toEqual(['politics']);
  });

  it('a category turned off no longer counts for the brand rule', () => {
    const findings: Finding[] = [{ category: 'alcohol', severity: 'high', start: 0, end: 5, text: 'drunk', why: 'drinking' }];
    const off = presetPolicy('standard', new Set(['alcohol']));
    expect(decideLevel({ findings, audience: 'personal', identity: 'brand', firstPerson: true })).toBe('confirm');
    expect(decideLevel({ findings, audience: 'personal', identity: 'brand', firstPerson: true, policy: off })).toBe('none');
  });
});

describe('quick settings in storage and the next verdict', () => {
  beforeEach(async () => {
    await db().delete({ disableAutoOpen: false });
  });

  const draft: DraftSnapshot = {
    site: 'linkedin', composerId: 'c1', text: 'So hungover after the party last night, wasted', mentions: [], visibility: 'Anyone', profile: { name: 'Jane Doe', handle: 'linkedin:jane-doe', kind: 'personal' },
  };

  it('turning alcohol off for Personal silences the draft; on again brings the warning back', async () => {
    const personal = (await listIdentities()).find((i) => i.kind === 'personal')!;
    const before = await checkDraft(draft);
    expect(before.level).toBe('warn');
    expect(before.findings.map((f) => f.category)).toContain('alcohol');

    await setCategoryOn(personal.id!, 'alcohol', false);
    const off = await checkDraft(draft);
    expect(off.findings.filter((f) => f.category === 'alcohol')).toEqual([]);
    expect(off.level).toBe('none');

    await setCategoryOn(personal.id!, 'alcohol', true);
    expect((await checkDraft(draft)).level).toBe('warn');
    expect((await db().identities.get(personal.id!))!.policy).toBeUndefined();
  });

  it('strict makes the same draft ask before posting; relaxed keeps a category that is off, off', async () => {
    const personal = (await listIdentities()).find((i) => i.kind === 'personal')!;
    await setSensitivity(personal.id!, 'strict');
    expect((await checkDraft(draft)).level).toBe('confirm');
    await setCategoryOn(personal.id!, 'politics', false);
    await setSensitivity(personal.id!, 'relaxed');
    const stored = effectivePolicy((await db().identities.get(personal.id!))!);
    expect(sensitivityOf(stored)).toBe('relaxed');
    expect(offCategories(stored).has('politics')).toBe(true);
    expect((await checkDraft(draft)).level).toBe('notice');
  });

  it('keeps cells the options page set when a category is switched', async () => {
    const work = (await listIdentities()).find((i) => i.kind === 'work')!;
    await setPolicyLevel(work.id!, 'drugs', 'professional', 'notice');
    await setCategoryOn(work.id!, 'family', false);
    const stored = effectivePolicy((await db().identities.get(work.id!))!);
    expect(stored.drugs.professional).toBe('notice');
    expect(sensitivityOf(stored)).toBe('custom');
  });

  it('applies to the identity the tab is checked as: the popup choice, the linked one, else the built-in of the kind', async () => {
    const identities = await listIdentities();
    const acme = await addIdentity({ name: 'Acme', kind: 'brand' });
    const all = [...identities, acme];
    const tab = (kind: 'personal' | 'work' | 'brand') => ({ tabId: 1, site: 'linkedin', url: '', composers: [{ composerId: 'c', level: 'none' as const, findings: [], audience: { kind: 'public' as const, description: '' }, identity: { name: 'X', kind }, headline: '', reasons: [], updatedAt: 1 }] }) as unknown as TabState;
    const everywhere = { identityId: null, scope: 'everywhere' as const };
    expect(activeIdentity(all, { identityId: acme.id!, scope: 'site' }, null, tab('personal'))?.name).toBe('Acme');
    expect(activeIdentity(all, everywhere, acme.id!, tab('personal'))?.name).toBe('Acme');
    expect(activeIdentity(all, everywhere, null, tab('work'))?.name).toBe('Work');
    expect(activeIdentity(all, everywhere, null, null)?.name).toBe('Personal');
    expect(activeIdentity(all, everywhere, null, tab('brand'))).toBeUndefined();
  });
});
