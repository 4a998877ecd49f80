import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAudience, siteLabel } from '../../src/core/audience';
import { buildAudienceIndex, isWorkTag, type AudienceContact } from '../../src/core/audience-index';
import { CONTACT_ROLES, type ContactRole, type Mention, type VisibilityKind } from '../../src/core/types';

const contact = (name: string, fields: Partial<AudienceContact> = {}): AudienceContact => ({ name, handles: [], emails: [], tag: 'untagged', tagSource: 'import', sources: [], ...fields });
const onLinkedIn = (name: string, fields: Partial<AudienceContact> = {}) => contact(name, { tag: 'work', sources: ['linkedin-connections'], handles: [`linkedin:${name.toLowerCase().replace(/\s+/g, '-')}`], ...fields });
const onFacebook = (name: string, fields: Partial<AudienceContact> = {}) => contact(name, { tag: 'personal', sources: ['facebook-friends'], ...fields });
const mention = (name: string, handle = ''): Mention => ({ name, handle });

describe('resolveAudience on LinkedIn', () => {
  it.each([
    ['Anyone', 'Anyone on or off LinkedIn', 'public'],
    ['anyone', 'Anyone on or off LinkedIn', 'public'],
    ['Post to Anyone', 'Anyone on or off LinkedIn', 'public'],
    ['Post to  Connections only ', 'Your LinkedIn connections', 'connections'],
    ['Connections only', 'Your LinkedIn connections', 'connections'],
    ['Group', 'A LinkedIn group', 'channel'],
    ['', 'Your LinkedIn audience', 'public'],
    ['Alumni of Acme', 'Alumni of Acme on LinkedIn', 'unknown'],
  ])('%j is professional: %s', (visibility, description, visibilityKind) => {
    expect(resolveAudience({ site: 'linkedin', visibility, mentions: [] })).toMatchObject({ kind: 'professional', description, visibility, visibilityKind, workMentions: [], personalMentions: [] });
  });

  // Regression (fixed 2026-11-22): the visibility label indexes a plain object, so labels that name Object.prototype
  // members ("constructor", "__proto__") return kind undefined, and the verdict drops to 'none'.
  it.each(['constructor', '__proto__', 'hasOwnProperty'])('treats the label %j like any unknown label', (visibility) => {
    expect(resolveAudience({ site: 'linkedin', visibility, mentions: [] })).toMatchObject({ kind: 'professional', description: `${visibility} on LinkedIn`, visibility });
    expect(resolveAudience({ site: 'facebook', visibility, mentions: [] }).kind).toBe('public');
  });

  it.each(['constructor', 'toString'])('treats the site %j as a site it does not know', (site) => {
    expect(resolveAudience({ site, visibility: '', mentions: [] })).toMatchObject({ kind: 'public', description: 'An audience Hatcheck cannot see' });
  });
});

describe('each site label means one visibility kind', () => {
  it.each<[string, string, VisibilityKind]>([
    ['facebook', 'Public', 'public'],
    ['facebook', 'Friends', 'friends'],
    ['facebook', 'Friends except…', 'friends-except'],
    ['facebook', 'Friends except: Dana Whitfield, Raj Patel', 'friends-except'],
    ['facebook', 'Edit privacy. Sharing with Friends', 'unknown'],
    ['facebook', 'Sharing with Friends', 'friends'],
    ['facebook', 'Specific friends', 'friends-except'],
    ['facebook', 'Only me', 'only-me'],
    ['facebook', 'Direct message', 'mentioned-only'],
    ['facebook', 'Your friends of friends', 'friends'],
    ['x', 'Everyone', 'public'],
    ['x', 'Everyone can reply', 'public'],
    ['x', 'Only people you mention can reply', 'public'],
    // The X adapter reads these four reply settings and a Community's name: readers stay public.
    ['x', 'Accounts you follow can reply', 'public'],
    ['x', 'Verified accounts can reply', 'public'],
    ['x', 'Hiking Club', 'public'],
    ['x', 'Followers', 'followers'],
    ['x', 'Only accounts you mention', 'mentioned-only'],
    ['bluesky', 'Anybody can interact', 'public'],
    ['bluesky', '', 'public'],
    ['bluesky', 'Interaction limited', 'public'],
    ['bluesky', 'Direct message', 'mentioned-only'],
    ['mastodon', 'Public', 'public'],
    ['mastodon', 'Public, anyone can quote', 'public'],
    ['mastodon', 'Quiet public', 'public'],
    ['mastodon', 'Followers only', 'followers'],
    ['mastodon', 'Followers', 'followers'],
    ['mastodon', 'Specific people', 'mentioned-only'],
    ['slack', 'Channel', 'channel'],
    ['slack', 'Private channel', 'channel'],
    ['slack', 'Direct message', 'mentioned-only'],
    ['slack', 'Channel: #general in Acme Corp', 'channel'],
    ['slack', 'Private channel: #leadership in Acme Corp', 'channel'],
    ['slack', 'Direct message: Sam Rivera in Acme Corp', 'mentioned-only'],
    ['slack', 'Group message: Sam Rivera, Lee Chen in Acme Corp', 'mentioned-only'],
    ['discord', 'Channel', 'channel'],
    ['discord', 'Channel: #general in Acme Dev Community', 'channel'],
    ['discord', 'Direct message: sam_rivera', 'mentioned-only'],
    ['discord', 'Group message: sam_rivera, lee.chen', 'mentioned-only'],
    ['teams', '', 'channel'],
    ['teams', 'Chat', 'mentioned-only'],
    ['teams', 'Chat: Sam Rivera, Lee Chen', 'mentioned-only'],
    ['teams', 'Channel', 'channel'],
    ['teams', 'Channel: Acme Corp › General', 'channel'],
    ['discord', 'Channel', 'channel'],
    ['gmail', '', 'recipients'],
    ['outlook', 'To', 'recipients'],
    // The Reddit adapter's label is the community (r/…) or the user's own profile (u/…).
    ['reddit', 'r/cats', 'public'],
    ['reddit', 'u/jane_doe', 'public'],
    ['reddit', '', 'public'],
    // Instagram posts and comments carry no label (public account: anyone); a DM is its conversation.
    ['instagram', '', 'public'],
    ['instagram', 'Direct message', 'mentioned-only'],
    ['instagram', 'Close friends', 'friends'],
    // Threads: everything is public, whatever the reply controls say.
    ['threads', '', 'public'],
    ['threads', 'Anyone can reply', 'public'],
    // YouTube: a comment is public, under the video the adapter names.
    ['youtube', 'Public: Weekend brewery tour', 'public'],
    ['youtube', 'Public', 'public'],
    ['youtube', '', 'public'],
    // WordPress: the sidebar's Visibility (≤ 6.5) or Status (6.6+) button.
    ['wordpress', 'Public', 'public'],
    ['wordpress', 'Private', 'channel'],
    ['wordpress', 'Password protected', 'unknown'],
    ['wordpress', 'Published', 'public'],
    ['wordpress', 'Draft', 'public'],
    ['wordpress', '', 'public'],
  ])('%s %j → %s', (site, visibility, visibilityKind) => {
    expect(resolveAudience({ site, visibility, mentions: [] }).visibilityKind).toBe(visibilityKind);
  });

  it('says who reads an Instagram or Threads box', () => {
    expect(resolveAudience({ site: 'instagram', visibility: '', mentions: [] }).description).toContain('Anyone on Instagram');
    expect(resolveAudience({ site: 'instagram', visibility: 'Direct message', mentions: [] }).description).toContain('The people in this conversation');
    expect(resolveAudience({ site: 'threads', visibility: '', mentions: [] }).description).toContain('Anyone on Threads');
  });

  it('says who reads a YouTube comment and a WordPress post', () => {
    expect(resolveAudience({ site: 'youtube', visibility: 'Public: Weekend brewery tour', mentions: [] })).toMatchObject({ kind: 'public', description: expect.stringContaining('Anyone on YouTube, under “Weekend brewery tour”') });
    expect(resolveAudience({ site: 'youtube', visibility: '', mentions: [] }).description).toContain('Anyone on YouTube');
    expect(resolveAudience({ site: 'wordpress', visibility: 'Public', mentions: [] })).toMatchObject({ kind: 'public', description: expect.stringContaining('Anyone who visits the site') });
    expect(resolveAudience({ site: 'wordpress', visibility: 'Private', mentions: [] }).description).toContain('Only the site’s administrators and editors');
    expect(resolveAudience({ site: 'wordpress', visibility: 'Password protected', mentions: [] }).description).toContain('People with the password');
  });

  it('names the subreddit a Reddit post goes to', () => {
    expect(resolveAudience({ site: 'reddit', visibility: 'r/AskUK', mentions: [] }).description).toContain('Anyone on Reddit, in r/AskUK');
    expect(resolveAudience({ site: 'reddit', visibility: 'u/jane_doe', mentions: [] }).description).toContain('Anyone on Reddit, on your profile');
    expect(resolveAudience({ site: 'reddit', visibility: 'r/not a sub', mentions: [] }).description).toContain('Anyone on Reddit');
    expect(resolveAudience({ site: 'reddit', visibility: 'r/not a sub', mentions: [] }).description).not.toContain('r/not');
  });

  it('names known sites and echoes unknown ids', () => {
    expect(siteLabel('linkedin')).toBe('LinkedIn');
    expect(siteLabel('mastodon')).toBe('Mastodon');
    expect(siteLabel('myspace')).toBe('myspace');
  });
});

describe('who can see it, from the audience index', () => {
  // 14 LinkedIn connections at work (no roles), one of whom is also a Facebook friend; 3 Facebook friends.
  const colleagues = Array.from({ length: 14 }, (_, i) => onLinkedIn(`Colleague ${String(i).padStart(2, '0')}`));
  const index = buildAudienceIndex([
    ...colleagues.slice(0, 13),
    { ...colleagues[13]!, sources: ['linkedin-connections', 'facebook-friends'], tag: 'both' },
    onFacebook('Sam Friend'), onFacebook('Lee Friend'), onFacebook('Kim Friend'),
  ]);

  it('public: anyone, including every work contact on the network', () => {
    const a = resolveAudience({ site: 'linkedin', visibility: 'Anyone', mentions: [], index });
    expect(a.counts).toEqual({ work: 13, personal: 0, both: 1, untagged: 0 });
    expect(a.reason).toBe('Public post: anyone, including 14 work contacts, can see it');
    expect(a.description).toBe('Anyone on or off LinkedIn, including 14 work contacts');
    expect(a.named.map((n) => n.name)).toEqual(['Colleague 00', 'Colleague 01', 'Colleague 02', 'Colleague 03', 'Colleague 04']);
  });

  it('friends: the friends who are colleagues make a personal network professional', () => {
    const a = resolveAudience({ site: 'facebook', visibility: 'Friends', mentions: [], index });
    expect(a).toMatchObject({ kind: 'professional', visibilityKind: 'friends', counts: { work: 0, personal: 3, both: 1, untagged: 0 } });
    expect(a.reason).toBe('1 work contact can see this');
    expect(a.named).toEqual([{ name: 'Colleague 13', mentioned: false }]);
  });

  it('friends except: counted as the friends they were picked from (Hatcheck cannot see who was left out)', () => {
    expect(resolveAudience({ site: 'facebook', visibility: 'Friends except: Colleague 13', mentions: [], index }).counts).toEqual({ work: 0, personal: 3, both: 1, untagged: 0 });
  });

  it('friends with no work contact among them is personal; friends Hatcheck knows nothing about is public', () => {
    const friendsOnly = buildAudienceIndex([onFacebook('Sam Friend'), onFacebook('Lee Friend')]);
    const known = resolveAudience({ site: 'facebook', visibility: 'Friends', mentions: [], index: friendsOnly });
    expect(known).toMatchObject({ kind: 'personal', counts: { work: 0, personal: 2, both: 0, untagged: 0 }, named: [] });
    expect(known.reason).toBe('Your Facebook friends can see this; none of the 2 you know there is a work contact');
    const unknown = resolveAudience({ site: 'facebook', visibility: 'Friends', mentions: [] });
    expect(unknown.kind).toBe('public');
    expect(unknown.reason).toMatch(/does not know who they are/);
  });

  it('friends of friends reach strangers: public, never personal', () => {
    const friendsOnly = buildAudienceIndex([onFacebook('Sam Friend')]);
    expect(resolveAudience({ site: 'facebook', visibility: 'Friends of friends', mentions: [], index: friendsOnly }).kind).toBe('public');
  });

  it('followers (X, Mastodon) count the people known on that network only', () => {
    const idx = buildAudienceIndex([
      contact('Pat Coder', { handles: ['mastodon:pat@hachyderm.io'], tag: 'work', sources: ['mastodon-following'] }),
      contact('Ola Pal', { handles: ['x:ola'], tag: 'personal', sources: ['x-followers'] }),
    ]);
    expect(resolveAudience({ site: 'mastodon', visibility: 'Followers only', mentions: [], index: idx })).toMatchObject({ kind: 'professional', counts: { work: 1, personal: 0, both: 0, untagged: 0 } });
    expect(resolveAudience({ site: 'x', visibility: 'Followers', mentions: [], index: idx })).toMatchObject({ kind: 'personal', counts: { work: 0, personal: 1, both: 0, untagged: 0 } });
  });

  it('only me: nobody else, whatever the network holds', () => {
    const a = resolveAudience({ site: 'facebook', visibility: 'Only me', mentions: [], index });
    expect(a).toMatchObject({ kind: 'personal', counts: { work: 0, personal: 0, both: 0, untagged: 0 }, named: [], reason: 'Only you can see this' });
  });

  it('mentioned-only: the people mentioned and nobody else', () => {
    const a = resolveAudience({ site: 'x', visibility: 'Only accounts you mention', mentions: [mention('Sam Friend'), mention('Lee Friend')], index });
    expect(a).toMatchObject({ kind: 'personal', counts: { work: 0, personal: 2, both: 0, untagged: 0 }, personalMentions: ['Sam Friend', 'Lee Friend'] });
    expect(a.reason).toBe('Only the 2 people you mention can see this; none is a work contact');
    const stranger = resolveAudience({ site: 'mastodon', visibility: 'Specific people', mentions: [mention('Who Knows', 'mastodon:who@example.social')], index });
    expect(stranger).toMatchObject({ kind: 'public', counts: { work: 0, personal: 0, both: 0, untagged: 1 } });
  });

  it('channel: members unknown, so only the mentions are counted; a workplace tool is professional', () => {
    expect(resolveAudience({ site: 'slack', visibility: 'Channel', mentions: [], index })).toMatchObject({ kind: 'professional', counts: { work: 0, personal: 0, both: 0, untagged: 0 } });
    expect(resolveAudience({ site: 'discord', visibility: 'Channel', mentions: [], index }).kind).toBe('public');
    expect(resolveAudience({ site: 'discord', visibility: 'Channel', mentions: [mention('Colleague 03')], index })).toMatchObject({ kind: 'professional', counts: { work: 1, personal: 0, both: 0, untagged: 0 } });
  });

  it.each([
    ['Channel: #general in Acme Corp', '#general in Acme Corp (Slack)'],
    ['Private channel: #leadership in Acme Corp', '#leadership (private) in Acme Corp (Slack)'],
    ['Direct message: Sam Rivera in Acme Corp', 'A direct message to Sam Rivera in Acme Corp (Slack)'],
    ['Group message: Sam Rivera, Lee Chen in Acme Corp', 'A group message to Sam Rivera, Lee Chen in Acme Corp (Slack)'],
    ['Channel: #general', '#general (Slack)'],
    ['Channel', 'A Slack channel'],
    ['', 'A Slack channel'],
  ])('Slack is a workplace: %j is professional and described as %j', (visibility, description) => {
    const a = resolveAudience({ site: 'slack', visibility, mentions: [], index });
    expect(a.kind).toBe('professional');
    expect(a.description).toBe(description);
  });

  it.each([
    ['Channel: #general in Acme Dev Community', 'channel', 'The members of Acme Dev Community who can see #general (Discord)'],
    ['Channel: #general', 'channel', '#general (Discord)'],
    ['Direct message: sam_rivera', 'mentioned-only', 'A direct message to sam_rivera (Discord)'],
    ['Group message: sam_rivera, lee.chen', 'mentioned-only', 'A group message to sam_rivera, lee.chen (Discord)'],
    ['Channel', 'channel', 'A Discord channel'],
    ['', 'channel', 'A Discord channel'],
  ])('Discord is no workplace: %j is a %s audience described as %j', (visibility, kind, description) => {
    const a = resolveAudience({ site: 'discord', visibility, mentions: [], index });
    // Nobody tagged work is in it: a server's channel is a public audience, a DM only its people.
    expect(a.kind).toBe(kind === 'channel' ? 'public' : 'personal');
    expect(a.description).toBe(description);
  });

  it.each([
    ['Chat: Sam Rivera', 'The people in this chat: Sam Rivera (Teams)'],
    ['Chat: Sam Rivera, Lee Chen', 'The people in this chat: Sam Rivera, Lee Chen (Teams)'],
    ['Channel: Acme Corp › General', 'Members of Acme Corp › General (Teams)'],
    ['Channel: General', 'Members of General (Teams)'],
    ['Chat', 'The people in this chat'],
    ['Channel', 'The members of a Teams channel'],
    ['', 'A Teams conversation'],
  ])('Teams is a workplace: %j is professional and described as %j', (visibility, description) => {
    const a = resolveAudience({ site: 'teams', visibility, mentions: [], index });
    expect(a.kind).toBe('professional');
    expect(a.description).toBe(description);
  });

  it('Slack stays professional in a DM with someone tagged personal, and counts them', () => {
    const a = resolveAudience({ site: 'slack', visibility: 'Direct message: Sam Friend in Acme Corp', mentions: [mention('Sam Friend')], index });
    expect(a).toMatchObject({ kind: 'professional', visibilityKind: 'mentioned-only', personalMentions: ['Sam Friend'] });
  });

  it('counts a mentioned person once, however many times and ways they are mentioned', () => {
    const a = resolveAudience({ site: 'facebook', visibility: 'Friends', mentions: [mention('Sam Friend'), mention('sam friend'), mention('Colleague 13', 'linkedin:colleague-13')], index });
    expect(a.counts).toEqual({ work: 0, personal: 3, both: 1, untagged: 0 });
  });

  it('adds mentioned people who are not on the network to those who can see it', () => {
    const a = resolveAudience({ site: 'facebook', visibility: 'Friends', mentions: [mention('Colleague 02')], index });
    expect(a.counts).toEqual({ work: 1, personal: 3, both: 1, untagged: 0 });
    expect(a.description).toBe('Your Facebook friends, including 1 work contact you mentioned (Colleague 02) and 1 other work contact');
  });
});

describe('mentioning a work contact makes the audience professional whatever the visibility', () => {
  const index = buildAudienceIndex([onLinkedIn('Jane Doe'), onFacebook('Sam Friend')]);
  it.each([
    ['facebook', 'Only me'], ['facebook', 'Friends'], ['x', 'Only accounts you mention'], ['mastodon', 'Public'], ['nowhere', ''],
  ])('%s %j', (site, visibility) => {
    const quiet = resolveAudience({ site, visibility, mentions: [mention('Sam Friend')], index });
    expect(quiet.kind).not.toBe('professional');
    const a = resolveAudience({ site, visibility, mentions: [mention('Sam Friend'), mention('Jane Doe')], index });
    expect(a).toMatchObject({ kind: 'professional', workMentions: ['Jane Doe'], personalMentions: ['Sam Friend'] });
    expect(a.named).toEqual([{ name: 'Jane Doe', mentioned: true }]);
  });

  it('keeps the words the in-page warning has always used for a mentioned work contact', () => {
    const idx = buildAudienceIndex([contact('Sam Boss', { handles: ['linkedin:sam-boss'], tag: 'work', tagSource: 'manual', sources: ['manual'] })]);
    expect(resolveAudience({ site: 'linkedin', visibility: 'Anyone', mentions: [mention('Sam Boss', 'linkedin:sam-boss')], index: idx }).description)
      .toBe('Anyone on or off LinkedIn, including 1 work contact you mentioned (Sam Boss)');
  });
});

describe('e-mail recipients', () => {
  const index = buildAudienceIndex([
    contact('Dana Whitfield', { emails: ['dana@acme.example'], tag: 'personal', tagSource: 'manual', role: 'manager' }),
    contact('Mum', { emails: ['mum@home.example'], tag: 'personal', tagSource: 'manual', role: 'family' }),
  ], { workDomains: ['acme.example', '@Example.ORG'], employers: [] });

  it('a recipient on a work domain is work even when not in the contacts, on subdomains too, in any case', () => {
    for (const address of ['new.hire@acme.example', 'X@EU.ACME.EXAMPLE', 'someone@example.org']) {
      const a = resolveAudience({ site: 'gmail', visibility: '', mentions: [mention('', `email:${address}`)], index });
      expect(a).toMatchObject({ kind: 'professional', visibilityKind: 'recipients', counts: { work: 1, personal: 0, both: 0, untagged: 0 } });
      expect(a.named).toEqual([{ name: address.toLowerCase(), mentioned: true }]);
    }
  });

  it('a look-alike domain is not a work domain', () => {
    for (const address of ['a@notacme.example', 'a@acme.example.evil.test', 'a@example']) {
      expect(resolveAudience({ site: 'gmail', visibility: '', mentions: [mention('A', `email:${address}`)], index }).counts.work).toBe(0);
    }
  });

  it('a tag the user set by hand wins over the domain (Dana is a friend here)', () => {
    const a = resolveAudience({ site: 'outlook', visibility: '', mentions: [mention('Dana', 'email:Dana@acme.example')], index });
    expect(a).toMatchObject({ kind: 'personal', counts: { work: 0, personal: 1, both: 0, untagged: 0 } });
  });

  it('says how many recipients are work', () => {
    const a = resolveAudience({ site: 'gmail', visibility: '', mentions: [mention('Mum', 'email:mum@home.example'), mention('Bo', 'email:bo@acme.example'), mention('Stranger', 'email:s@else.example')], index });
    expect(a.reason).toBe('1 of the 3 recipients is a work contact');
    expect(a.description).toBe('3 recipients, including 1 work contact');
    expect(a.counts).toEqual({ work: 1, personal: 1, both: 0, untagged: 1 });
  });

  it('recipients known and personal: personal; unknown and not on a work domain: public; none yet: personal', () => {
    expect(resolveAudience({ site: 'gmail', visibility: '', mentions: [mention('Mum', 'email:mum@home.example')], index }).kind).toBe('personal');
    expect(resolveAudience({ site: 'gmail', visibility: '', mentions: [mention('S', 'email:s@else.example')], index }).kind).toBe('public');
    expect(resolveAudience({ site: 'gmail', visibility: '', mentions: [], index })).toMatchObject({ kind: 'personal', reason: 'No recipients yet' });
  });
});

describe('who the user posts as', () => {
  const friendsOnly = buildAudienceIndex([onFacebook('Sam Friend')]);
  it('a work or brand identity makes a broadcast professional, but not an e-mail to a friend', () => {
    expect(resolveAudience({ site: 'facebook', visibility: 'Friends', mentions: [], identityKind: 'personal', index: friendsOnly }).kind).toBe('personal');
    expect(resolveAudience({ site: 'facebook', visibility: 'Friends', mentions: [], identityKind: 'brand', index: friendsOnly }).kind).toBe('professional');
    expect(resolveAudience({ site: 'x', visibility: 'Everyone', mentions: [], identityKind: 'work' }).kind).toBe('professional');
    expect(resolveAudience({ site: 'gmail', visibility: '', mentions: [mention('Sam Friend')], identityKind: 'work', index: friendsOnly }).kind).toBe('personal');
  });
});

describe('named work contacts', () => {
  const ROLES_SCRAMBLED: Array<ContactRole | undefined> = ['recruiter', undefined, 'colleague', 'friend', 'report', 'client', 'manager', 'colleague'];
  const index = buildAudienceIndex(ROLES_SCRAMBLED.map((role, i) => onLinkedIn(`Person ${String.fromCharCode(72 - i)}`, role ? { role } : {})));

  it('are at most five: manager, client, report, colleague, recruiter', () => {
    const a = resolveAudience({ site: 'linkedin', visibility: 'Anyone', mentions: [], index });
    expect(a.named.map((n) => n.role)).toEqual(['manager', 'client', 'report', 'colleague', 'colleague']);
    expect(a.named.map((n) => n.name)).toEqual(['Person B', 'Person C', 'Person D', 'Person A', 'Person F']);
    expect(a.reason).toBe('Public post: anyone, including 8 work contacts (your manager Person B), can see it');
  });

  it('put a mentioned contact first among equals and name each person once', () => {
    const a = resolveAudience({ site: 'linkedin', visibility: 'Connections only', mentions: [mention('Person F'), mention('Person A')], index });
    expect(a.named.map((n) => [n.name, n.mentioned])).toEqual([['Person B', false], ['Person C', false], ['Person D', false], ['Person A', true], ['Person F', true]]);
    expect(a.reason).toBe('8 work contacts, including your manager Person B, can see this');
  });

  it('say "your manager Dana" when one work contact can see it', () => {
    const one = buildAudienceIndex([onFacebook('Dana', { tag: 'both', role: 'manager' })]);
    expect(resolveAudience({ site: 'facebook', visibility: 'Friends', mentions: [], index: one }).reason).toBe('1 work contact, your manager Dana, can see this');
  });
});

describe('properties', () => {
  const tags = fc.constantFrom('work', 'personal', 'both', 'untagged' as const);
  const names = fc.constantFrom('Ana', 'Ben', 'Cy', 'Dana', 'Eve', 'Finn', 'Gus');
  const contactArb = fc.record({
    name: names,
    handles: fc.subarray(['linkedin:a', 'linkedin:b', 'x:c', 'mastodon:d@e.example', 'facebook:f']),
    emails: fc.subarray(['a@acme.example', 'b@home.example', 'c@eu.acme.example']),
    employer: fc.option(fc.constantFrom('Acme', 'Acme Inc.', 'Other'), { nil: undefined }),
    role: fc.option(fc.constantFrom(...CONTACT_ROLES), { nil: undefined }),
    tag: tags,
    tagSource: fc.constantFrom('manual', 'import' as const),
    sources: fc.subarray(['linkedin-connections', 'facebook-friends', 'x-followers', 'google-contacts', 'manual']),
  });
  const mentionArb = fc.record({ name: fc.oneof(names, fc.string({ maxLength: 8 })), handle: fc.constantFrom('', 'linkedin:a', 'x:c', 'email:z@acme.example', 'email:q@else.example') });
  const siteLabelArb = fc.constantFrom<[string, string]>(
    ['linkedin', 'Anyone'], ['linkedin', 'Connections only'], ['facebook', 'Friends'], ['facebook', 'Only me'], ['facebook', 'Friends except…'],
    ['x', 'Only accounts you mention'], ['x', 'Everyone'], ['mastodon', 'Followers only'], ['gmail', ''], ['slack', 'Channel'], ['elsewhere', 'Public'],
  );

  it('counts are never negative, at most five are named, every named one is work, in role order', () => {
    fc.assert(fc.property(fc.array(contactArb, { maxLength: 25 }), fc.array(mentionArb, { maxLength: 6 }), siteLabelArb, (contacts, mentions, [site, visibility]) => {
      const index = buildAudienceIndex(contacts, { workDomains: ['acme.example'], employers: ['ACME'] });
      const a = resolveAudience({ site, visibility, mentions, index });
      for (const n of Object.values(a.counts)) expect(n).toBeGreaterThanOrEqual(0);
      expect(a.named.length).toBeLessThanOrEqual(5);
      expect(a.named.length).toBeLessThanOrEqual(a.counts.work + a.counts.both);
      for (const n of a.named) {
        const person = index.people.find((p) => p.name === n.name && isWorkTag(p.tag));
        // Either a work person from the index or a recipient on a work domain the user never stored.
        const workRecipient = mentions.some((m) => m.handle.endsWith('@acme.example') && (m.name.trim() || m.handle.slice('email:'.length)) === n.name);
        expect(person !== undefined || (n.mentioned && workRecipient)).toBe(true);
      }
      const ranks = a.named.map((n) => ['manager', 'client', 'report', 'colleague', 'recruiter', undefined, 'friend', 'family'].indexOf(n.role));
      expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
      expect(a.kind === 'professional' || a.counts.work + a.counts.both === 0 || a.visibilityKind === 'only-me').toBe(true);
      expect(a.reason.length).toBeGreaterThan(0);
    }));
  });
});
