import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/detect/classify';
import { postVoice, someoneElse, voiceWords } from '../../src/core/detect/voice';
import { tokenize } from '../../src/core/detect/tokens';
import { decideLevel, isFirstPerson } from '../../src/core/policy';
import type { Level } from '../../src/core/types';

// The post's work voice (voice.ts): written for work, a finding no "I"/"my" claims is the subject
// of the work. Regressions from fresh drafts written on 2026-11-23, before the rule existed.
const level = (text: string): Level => decideLevel({ findings: classify(text), audience: 'professional', identity: 'personal', firstPerson: isFirstPerson(text) });
const warns = (text: string) => ['warn', 'confirm'].includes(level(text));

describe('work voice', () => {
  it.each([
    'I covered the trial for the paper today. The defendant denied supplying cocaine; the jury returns on Monday.',
    'Our support group for carers of people with dementia meets every Tuesday at the library. New members very welcome.',
    'Cocktail menu development day with the bar team. Twelve drinks tested, four made the cut. The smoked mezcal negroni is going on the menu.',
    'Recruiter tip: if a candidate tells you they\'re looking for a new job because of their manager, don\'t treat it as a red flag.',
    'As a criminal defence solicitor, the question I get most from parents is what happens if their child is caught with cannabis. Short answer: usually a warning, but get advice.',
    'We teach sex education in 200 schools. This year\'s update covers online pornography, sexting and the law, written with teenagers.',
    // "me" is near, but "she" stands between: the patient's antibiotics, not the writer's.
    'A patient once asked me if she could drink on antibiotics. As a pharmacist the answer is usually yes, with some important exceptions.',
    // A business's "Currently hiring" is no diary: nothing personal in it to warn about.
    'Currently hiring two bartenders for weekends at our cocktail bar. Staff drinks after close.',
  ])('quiets a work post: %j', (text) => {
    expect(warns(text)).toBe(false);
  });

  it.each([
    // The writer's own, however many work words: "I", "my" near the words.
    'Our team launched the new policy today and I got absolutely hammered at the launch party with the clients.',
    // Two posts in one: the work sentence does not speak for the party one.
    'Our tequila brand partnership launched. Then tequila shots all night!',
    // "My employer", "my team": the writer's own workplace, as news.
    'A list of things my employer has offered my team instead of a pay rise: a fruit bowl and a certificate. I would like to be paid.',
    // A sentence that opens on a past tense has dropped its "I".
    'Skived off the mandatory compliance training and got Jordan to scan my badge in. Spent the afternoon at the Tate instead.',
    // "Currently on a yacht" has dropped its "I'm": the writer is in the post, under a "guide" (2026-11-23).
    'A freelancer\'s guide to a long weekend: tell the client you\'re "on site" Friday, tell the site you\'re "with the client". Currently on a yacht in Hvar ⛵',
  ])('still warns on the writer\'s own news: %j', (text) => {
    expect(warns(text)).toBe(true);
  });

  it('never quiets swearing, complaints or leaks', () => {
    expect(warns('Reminder to the team: our client review is on Friday. Absolute shitshow of a quarter.')).toBe(true);
    expect(warns('Reminder to all staff: the layoffs are coming next month, our managers will brief the teams.')).toBe(true);
  });

  it('names someone else between the writer and the words', () => {
    expect(someoneElse(tokenize('asked me if she could drink on antibiotics'), 2, 7)).toBe(true);
    expect(someoneElse(tokenize('i was on antibiotics all week'), 1, 3)).toBe(false);
  });

  it('counts work words against the writer\'s own', () => {
    // Sentences reach voiceWords normalised (lower case), as in classify.
    expect(voiceWords(tokenize('our team and our clients'))).toEqual({ work: 2, home: 0 });
    expect(voiceWords(tokenize('my team and my kids'))).toEqual({ work: 0, home: 2 });
    expect(voiceWords(tokenize('booked the clinic'))).toEqual({ work: 1, home: 1 });
    expect(voiceWords(tokenize('as a surgeon i see it'))).toEqual({ work: 1, home: 0 });
    expect(voiceWords(tokenize('as a mother i see it'))).toEqual({ work: 0, home: 0 });
    expect(postVoice({ work: 1, self: 0 })).toBeNull();
    expect(postVoice({ work: 5, self: 2 })).toBeNull();
    expect(postVoice({ work: 6, self: 2 })).not.toBeNull();
  });
});
