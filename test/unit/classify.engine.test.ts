import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/detect/classify';
import { decideLevel, isFirstPerson } from '../../src/core/policy';
import type { Category, Level } from '../../src/core/types';

// Issue 3 behaviour, one example per rule. `level` is what a professional audience gets, posting as
// yourself (what the corpus test and the CLI measure).
const level = (text: string): Level => decideLevel({ findings: classify(text), audience: 'professional', identity: 'personal', firstPerson: isFirstPerson(text) });
const categories = (text: string): Category[] => [...new Set(classify(text).map((f) => f.category))];
const texts = (text: string): string[] => classify(text).map((f) => f.text);
const warns = (text: string) => ['warn', 'confirm'].includes(level(text));

/** Rules alone, so the trained model cannot hide (or stand in for) what a rule does. */
const ruleLevel = (text: string): Level => decideLevel({ findings: classify(text, { rulesOnly: true }), audience: 'professional', identity: 'personal', firstPerson: isFirstPerson(text) });

describe('every category id', () => {
  it.each([
    ['alcohol', 'So hungover after the work party'],
    ['drugs', 'Got so high last night lol'],
    ['sexual', 'Send nudes 😏'],
    ['profanity', 'This week can fuck right off'],
    ['absence', 'Called in sick, off to the beach 🏖️'],
    ['work-complaint', 'My boss is completely useless'],
    ['job-search', 'Secretly interviewing at a competitor on Friday'],
    ['health', 'Just got diagnosed with ADHD at 34'],
    ['money', "I'm drowning in debt and my rent went up again"],
    ['personal-info', 'Text me on 07911 123456'],
    ['confidential', 'Off the record, layoffs are coming next month'],
    ['family', 'My wife and I are expecting our second'],
    ['politics', 'Vote for the Greens, the other parties are useless'],
    ['religion', 'Praying for my grandad this week'],
  ] as const)('%s: %j', (category, text) => {
    expect(categories(text)).toContain(category);
  });

  it('custom: the user\'s always-warn terms', () => {
    expect(classify('Project Falcon launches Friday', { customTerms: ['falcon'] }).map((f) => f.category)).toEqual(['custom']);
  });
});

describe('robust to how people write', () => {
  it.each([
    ['case', 'SO DRUNK LAST NIGHT'],
    ['stretched letters', 'sooo drunk'],
    ['stretched letters at the end', 'hungoverrr'],
    ['leetspeak', 'smoked some w33d'],
    ['leetspeak', 'b00ze cruise tonight'],
    ['masking', 'sh!t week'],
    ['masking', 'what the f*ck'],
    ['spaced letters', 'f u c k this'],
    ['dotted letters', 's.h.i.t happens'],
    ['look-alike letters', 'ʃṳ𝒸𝗄 mondays'],
    ['Cyrillic look-alike', 'fuсk mondays'],
    ['hashtag split by dictionary', 'friday night #gettingslizzerd'],
    ['hashtag split by case', '#CalledInSick and loving it'],
    ['hashtag job hunt', 'Another week of #jobhunt'],
    ['contraction without apostrophe', 'dont tell anyone at work'],
    ['misspelling', 'so hungova today'],
    ['text speak', 'lookin 4 a new job asap'],
    ['compound swearing', 'what a clusterfuck'],
    ['zero-width characters inside a word', 'so dr\u200bunk'],
  ])('%s: %j', (_why, text) => {
    expect(warns(text)).toBe(true);
  });

  it.each([
    ['🍺🍻🥴', 'alcohol'],
    ['🍆🍑', 'sexual'],
    ['smoking 🌿💨', 'drugs'],
    ['rave 💊💊', 'drugs'],
  ] as const)('reads emoji %j as %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it('treats one emoji or one drink as low (one level below the policy)', () => {
    expect(classify('🍺')[0]?.severity).toBe('low');
    expect(level('Had a beer with Sam')).toBe('notice');
    expect(level('Damn, what a week')).toBe('notice');
  });

  it('leaves a houseplant, a peach and innocent words with swear stems alone', () => {
    for (const text of ['New plants for the office 🌿', 'Peach cobbler recipe 🍑', 'Scunthorpe United won', 'saltwater fishing trip', 'The assassin in chapter 3', 'Fukushima cleanup report']) {
      expect(warns(text), text).toBe(false);
    }
  });
});

describe('professional uses stay quiet', () => {
  it.each([
    'Our brewery client launched a new IPA',
    'Reminder: our sick leave policy changed this month',
    'Our drug discovery pipeline hit a milestone',
    'Mental health awareness week starts Monday',
    'We are hiring a bartender for our new venue',
    'Thrilled to announce our tequila brand partnership',
    'Please review our NDA template before Friday',
    'Security reminder: internal only documents must not be shared externally',
    'Looking for a new job? Here are 5 tips for your CV',
    'Hiring: Senior Designer. Salary band £70–85k, published because pay transparency matters.',
    'Case study: how a regional bank reduced problem-gambling harm',
    'Our pharmaceutical client just got FDA approval for a new migraine drug',
    'Great keynote on burnout prevention at the HR summit',
    'Weed out weak candidates early in the interview process',
    'High quality work from the whole team this quarter',
  ])('%j', (text) => {
    expect(warns(text)).toBe(false);
  });

  it('never lets a work word excuse a strong finding', () => {
    expect(texts('Got blackout drunk at the client dinner')).toEqual(['blackout drunk']);
    expect(warns('Snorted coke with a client at the launch party')).toBe(true);
  });

  it('looks for work context in the sentence, not the whole post', () => {
    expect(categories('Our tequila brand partnership launched. Then tequila shots all night!')).toEqual(['alcohol']);
  });
});

describe('negation and quotation', () => {
  it.each(["I don't drink", 'I never smoke weed', 'I stopped drinking tequila', 'Not hungover at all'])('%j is quiet', (text) => {
    expect(classify(text)).toEqual([]);
  });

  it('does not let a negation reach past a clause', () => {
    expect(texts("I don't drink, but I got wasted")).toEqual(['got wasted']);
  });

  it('keeps "never been so drunk" (the negation is undone)', () => {
    expect(warns('Never been so drunk in my life')).toBe(true);
  });

  it('keeps health when denied, and drops what was faked', () => {
    expect(categories("I don't have covid, just a bad cold")).toContain('health');
    expect(categories('Faked a migraine to get out of the offsite')).toEqual(['absence']);
  });

  it('makes quoted words milder, and quiet in work talk, but keeps quoted swearing', () => {
    expect(classify('My boss said "you look hungover"')[0]?.severity).toBe('medium');
    expect(classify('Loved this quote from our keynote: "A hangover is the body filing a complaint."')).toEqual([]);
    expect(categories('The plumber said "oh fuck" under my sink')).toEqual(['profanity']);
  });


  it('makes swearing reported in quotes one step milder, unless the writer is by it or the line is all quote', () => {
    const review = 'Film review: half of it is teenagers shouting "shit" at each other, and it is tender anyway.';
    expect(classify(review, { rulesOnly: true }).map((f) => [f.category, f.severity])).toEqual([['profanity', 'low']]);
    expect(ruleLevel(review)).not.toBe('warn');
    expect(ruleLevel('I told him "fuck this job" and walked out')).toBe('warn');
    expect(ruleLevel('Things I shouted at the wardrobe today:\n"Fuck this wardrobe."\n"Oh, there is screw F."')).toBe('warn');
    expect(ruleLevel('He called me a "cunt" in the car park')).toBe('warn');
  });

  it('does not let the model read what a work post\'s quoted speakers say as "I"; a personal post\'s quotes stay read (2026-11-23)', () => {
    // The writer speaks for work outside the quote; the leaver's "I" and "my manager" are the leaver's.
    expect(warns('Quote from an exit interview our HR team still talks about: "I didn\'t quit the job. I quit my manager." Worth reading out at every leadership offsite.')).toBe(false);
    // The writer's own desk and week: the boss's quoted words are part of the writer's complaint.
    expect(warns('Boss walked past my desk at 6pm and said "I hope you\'re not planning on leaving yet." Third week of this.')).toBe(true);
    expect(warns('Team lead in standup today: "I don\'t see why anyone needs a lunch break." Sure, I\'ll just photosynthesise.')).toBe(true);
  });

  it('reads drink, drugs, sex and illness in a review as the work\'s subject, unless the writer is by them', () => {
    expect(ruleLevel('Game review: a gritty crime thriller set in 1970s Glasgow, full of smuggling, heroin and corrupt coppers. 9/10.')).toBe('none');
    expect(ruleLevel('Album review: the lyrics are all hangovers and bad decisions, but the production is immaculate.')).toBe('none');
    expect(ruleLevel('Film review: I watched it so hungover I cried at the trailer.')).toBe('warn');
    expect(ruleLevel('Album review: this fucking record is the best thing all year.')).toBe('warn');
  });

  it('reads single quotation marks as quotes, and apostrophes as apostrophes (2026-11-23)', () => {
    expect(ruleLevel("Album review: the opener is one long, gleeful 'f*** you' to the label that dropped them.")).not.toBe('warn');
    expect(ruleLevel("Gig review: the frontman spent the encore screaming 'we're f***ing back' and they are.")).not.toBe('warn');
    for (const text of ["I told him 'fuck this job' and walked out", "rang in with 'car trouble'. the car is parked at the beach 🚗🏖️", "the boys' fucking car again, 'cause they can't park"]) {
      expect(['warn', 'confirm'], text).toContain(ruleLevel(text));
    }
  });

  it('reads an "I" or "my" inside the quote as the speaker\'s, not the writer\'s', () => {
    expect(ruleLevel('Review: the sitcom\'s foul-mouthed grandmother ("get that effing dog off my sofa") is the best character on TV.')).not.toBe('warn');
  });
});

describe('combinations that make a post personal', () => {
  it('"sick day" with a beach is an absence; alone it is not', () => {
    expect(categories('Took a sick day. Beach day! 🏖️')).toContain('absence');
    expect(categories('Took a sick day, back tomorrow')).not.toContain('absence');
  });

  it('a boss who believes the flu', () => {
    expect(categories('My boss thinks I have the flu')).toContain('absence');
  });

  it('"don\'t tell anyone at work"', () => {
    expect(level("Don't tell anyone at work but I got the job")).toBe('confirm');
  });

  it('an excuse in scare quotes, or a story told to work that was not true', () => {
    expect(categories('My "dentist appointment" is at Alton Towers 🎢')).toContain('absence');
    expect(categories('Told my manager my train was cancelled. It wasn\'t.')).toContain('absence');
  });

  it('a job-hunt word with secrecy', () => {
    expect(categories('Final round interview tomorrow, boss has no idea')).toContain('job-search');
  });

  it('a partner in another sentence is the writer\'s only when an "I"/"my" is by it there (2026-11-23)', () => {
    // "one more" two sentences after a CV tip is advice, not a job hunt on the quiet.
    expect(warns('CV tip: cut the objective statement. Use the space for one more result with a number in it.')).toBe(false);
    expect(level('Polished the CV tonight. My boss has no idea 🤫')).toBe('confirm');
    expect(level('Sent off the application at lunch. Nobody at my current job knows.')).toBe('confirm');
  });

  it('a leak cue next to business news', () => {
    expect(categories('Psst, we are acquiring Northwind next month')).toContain('confidential');
  });
});

describe('personal details by pattern', () => {
  it.each([
    ['a phone number with "call me"', 'Call me on 555-123-4567'],
    ['a UK mobile', 'Text me on 07911 123456'],
    ['a personal e-mail', 'reach me at jane.doe@gmail.com'],
    ['a home address', 'Party at our new place, 14 Larkfield Road!'],
    ['an empty house', 'The house will be empty for two weeks'],
    ['an empty home with an alarm', 'Out of the country till the 30th and the alarm is broken'],
  ])('%s', (_why, text) => {
    expect(categories(text)).toContain('personal-info');
    expect(warns(text)).toBe(true);
  });

  it('reads a "5k"/"10k" race as a race, and the same "10k" as money when it is paid', () => {
    for (const text of ['i signed up for a 10k. for context i could not run for a bus this time last year', 'Ran my first 5k in 31 minutes, up next the 10k!']) {
      expect(categories(text), text).not.toContain('money');
    }
    for (const text of ['I got a 10k raise and I am finally debt free', 'he offered me a 5k bonus to stay']) {
      expect(categories(text), text).toContain('money');
    }
  });

  it('takes "won\'t be told" alone for stubbornness, not a secret', () => {
    expect(categories("the cat has decided 5am is breakfast time and won't be told otherwise")).not.toContain('confidential');
    expect(categories("Staff won't be told about the layoffs until after Christmas")).toContain('confidential');
  });

  it('counts drinks only beside the drink: "three pints" is a night out, "ten minutes on the book … 🍷" is one glass', () => {
    expect(level('We spent ten minutes on the book and two hours on the cheese 🧀🍷')).toBe('notice');
    for (const text of ['three pints and a kebab', "a big enough glass counts as one 🍷🍷 I'm on my third 'one'", 'Three large pegs of Old Monk and suddenly I am singing']) {
      expect(warns(text), text).toBe(true);
    }
  });

  it('leaves dates, years, prices and work addresses alone', () => {
    for (const text of ['Q3 ran 2019-2023', 'Order 2024-05-01 shipped', 'Revenue of $1,234,567', 'Visit our office at 100 Main Street', 'Contact us at sales@acme.com']) {
      expect(warns(text), text).toBe(false);
    }
  });
});

describe('lessons and rules told for work', () => {
  it('a lesson drawn from a bad manager is not a complaint; a complaint still is', () => {
    expect(ruleLevel('Leadership lesson from my worst manager: never criticise someone in front of the team.')).toBe('none');
    expect(ruleLevel('Early in my career I had a manager who shouted at people in open plan. Be the manager you needed.')).toBe('none');
    expect(ruleLevel('My manager shouted at me in open plan again today. Worst manager ever.')).toBe('warn');
  });

  it('flat praise cut short after a boss or a workplace is irony; sincere praise is not', () => {
    expect(ruleLevel('The new hangar manager thinks safety culture means whoever reports the most snags gets overtime cut. Genius.')).toBe('warn');
    expect(ruleLevel('The branch manager moved all our Saturday appointments to Sunday. She will not be working Sunday. Of course.')).toBe('warn');
    expect(ruleLevel('Our CEO ran a 90-minute seminar on listening and interrupted every question. Radical, all right.')).toBe('warn');
    expect(ruleLevel('Our manager sorted the whole rota in an hour. Amazing.')).toBe('none');
    expect(ruleLevel('The new hangar manager starts on Monday. Brilliant!')).toBe('none');
  });

  it('confidentiality as the subject of guidance is not a leak; a leak still is', () => {
    expect(ruleLevel('A reminder for the team: anything marked internal only in the quarterly deck stays inside the company.')).toBe('none');
    expect(ruleLevel('New guidance from our data protection team on what to do if you email confidential files to the wrong person')).toBe('none');
    expect(ruleLevel('Internal only, but the merger is happening in March and nobody outside knows.')).not.toBe('none');
    expect(ruleLevel('Our Q2 numbers are way below guidance and the board has not been told yet.')).not.toBe('none');
  });

  it('"let\'s keep it that way" keeps a secret only beside one; a blue tit is a bird', () => {
    expect(ruleLevel('Warehouse safety reminder: our injury rate is down 18% this year; let\'s keep it that way.')).toBe('none');
    expect(ruleLevel('The merger is still secret, let\'s keep it that way.')).not.toBe('none');
    expect(ruleLevel('Built my first birdhouse. Blue tits moved in within a week.')).toBe('none');
  });
});

describe('never-warn terms', () => {
  it('drop a finding that contains one, or lies inside one', () => {
    expect(classify('Lunch with Dick Smith, what a dick move', { neverTerms: ['dick move'] })).toEqual([]);
    expect(classify('Our client Hangover Games shipped', { neverTerms: ['Hangover Games'] })).toEqual([]);
    // A capitalised word inside a run of capitalised words is a name even without the term.
    expect(texts('So hungover. Our client Hangover Games shipped')).toEqual(['hungover']);
  });

  it('are case-insensitive and leave other findings alone', () => {
    expect(classify('BEER and weed', { neverTerms: [] }).map((f) => f.text)).toEqual(['BEER', 'weed']);
    expect(classify('BEER and weed', { neverTerms: ['beer'] }).map((f) => f.text)).toEqual(['weed']);
  });
});

describe('grawlix: swearing masked with symbols (2026-11-23)', () => {
  const swearing = (text: string) => classify(text, { rulesOnly: true }).filter((f) => f.category === 'profanity');

  it.each([
    ['f#%k this job', 'f#%k'],
    ['What a f@#king joke this airline is', 'f@#king'],
    ['f%#ked it up again', 'f%#ked'],
    ['total f&@ker', 'f&@ker'],
    ["f#%kin' Mondays", "f#%kin'"],
    ['F#@&ING HELL', 'F#@&ING'],
    ['what the f#@%', 'f#@%'],
    ['fu#k that', 'fu#k'],
    ['sh#t happens', 'sh#t'],
    ['sh%t week', 'sh%t'],
    ['my boss is an a@$hole', 'a@$hole'],
    ['you @$$hole', '@$$hole'],
    ['kiss my @$$', 'kiss my @$$'],
    ['b#tch please', 'b#tch'],
    ['mother#%$er', 'mother#%$er'],
    ['bull$#!t', 'bull$#!t'],
    ['tw#t', 'tw#t'],
    ['what a pr#ck', 'what a pr#ck'],
  ])('%j is swearing, found as %j', (text, found) => {
    const hits = swearing(text);
    expect(hits.map((f) => f.text)).toContain(found);
    for (const f of hits) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('points at the masked word as typed after emoji and folded letters (UTF-16 offsets)', () => {
    const input = '🙃🙃 Ｗhat a f#%king day';
    const [hit] = swearing(input);
    expect(hit?.text).toBe('f#%king');
    expect(input.slice(hit!.start, hit!.end)).toBe('f#%king');
  });

  it.each([
    'Learning F# today', 'Senior C# developer wanted', 'Nocturne in F# minor', 'F#m7 then C#dim', 'I love C#!!!', 'C#, F# and Go',
    'Our R&D team', 'AT&T and S&T budgets', 'Q&A and P&L at 5', 'C&T department', 'rock&roll, fish&chips, B&B',
    '#fun at work', 'Thanks @jane and @mark', 'Prices: $$$', 'pay $$ now', 'mail me at f@k.com or sh@t.co.uk',
    'p@ssword reset', '**Bold** text and *italics*', '## Heading', 'Save 20%!', 'url%20encoded', 'x#y and a*b',
  ])('%j stays quiet', (text) => {
    expect(swearing(text)).toEqual([]);
    expect(ruleLevel(text)).not.toBe('warn');
  });
});

describe('phrasings from round8 (2026-11-23)', () => {
  const warnsByRules = (text: string) => ['warn', 'confirm'].includes(ruleLevel(text));

  it.each([
    ['a masked compound', 'this sprint has been an absolute sh*tshow'],
    ['a masked compound', 'what a clusterf*ck of a day'],
    ['abbreviated swearing', "mf'ers on the motorway can't merge"],
    ['Irish swearing', 'feck off with your new year new me emails'],
    ['a test result', 'HIV test came back negative today and the relief is unreal'],
    ['a flare at work', 'IBS flared mid-shift and I spent the day in the staff toilet'],
    ['a skin condition', 'eczema so bad my hands bleed when I make the coffee'],
    ['dirty talk', 'the hottest thing about my bf is when he talks dirty'],
    ['pints deep', 'three days in and roughly forty pints deep 🍻'],
    ['a psychedelic edible', 'mushroom chocolate bar from a shop downtown and the ferry home was SPIRITUAL 🍄'],
    ['security answers', 'my security answers are literally my dog\'s name and my first school'],
    ['a job hunt the boss must not know', 'if my headteacher knew I had an interview with a school in Dubai she\'d combust'],
    ['a job hunt with a scare-quoted excuse', "interviewing with three firms while pretending my annual leave is for 'a wedding'"],
    ['an address on a parade', 'just moved into 41b Marine Parade, first floor, come visit!'],
    ['an address with a routine', "I'm the one waiting outside 5 Jupiter St every morning at 7:05"],
    ['a loan for a loan', 'just took out a loan to pay off a loan. financial genius over here'],
    ['medication said plainly', "anxiety meds upped to 100mg and I'm feeling more human already"],
    ['a back injury', 'slipped a disc lifting a box of printer paper. at 29.'],
    ['interviews on the sly', "bring back the days when I wasn't sneaking off to zoom interviews"],
    ['a site foreman', 'my site foreman is a total clown'],
  ])('%s: %j', (_why, text) => {
    expect(warnsByRules(text)).toBe(true);
  });

  it.each([
    'prosecco toasts for six of us at the baby shower',
    'Dev tip: never commit secrets. We found 2,000 leaked API keys in public repos last month.',
    'I grew up in a house where nobody swam, and pretended I didn\'t fancy the sea on holiday.',
    'Find our new studio at 12 Harbour Parade, open weekdays for lessons.',
  ])('stays quiet: %j', (text) => {
    expect(warnsByRules(text)).toBe(false);
  });
});

describe('findings', () => {
  it('carry a short explanation a person can read', () => {
    for (const f of classify('So hungover, called in sick, my boss is useless, f*ck this')) {
      expect(f.why.length).toBeGreaterThan(8);
      expect(f.why).not.toMatch(/unprofessional/i);
    }
  });

  it('point at the text as typed', () => {
    const input = 'Ｗｅｅｄ and “hungover” — Ça va? 🍺🍺';
    for (const f of classify(input)) expect(input.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('phrasings from round9 (2026-11-23)', () => {
  const warnsByRules = (text: string) => ['warn', 'confirm'].includes(ruleLevel(text));

  it.each([
    ['a sick day and a beach', 'called in sick, so we booked a last-minute week in Tenerife 🏖️'],
    ['herb beside a leaf', 'picked up some herb from my guy 🌿 weekend sorted'],
    ['a closure off the record', "Off the record, the site closure is happening and nobody's been told"],
    ['a hunt on the quiet', 'Quietly job hunting and my boss has no idea. DMs open 👀'],
    ['a postcode offered', 'Moved in! Anyone want my postcode for Christmas cards?'],
    ['swearing quoted by the writer', "Worst day. My boss walked in. 'What the fuck is this.'"],
    ['a beer brand counted', 'had eleven Coors Lights before kick-off'],
    ['a minor operation', 'got the snip on Friday, sofa life now ✂️'],
    ['an embarrassing cream', 'haemorrhoid cream in my bag again, lovely'],
    ['a repossession', 'car got repossessed this morning'],
    ['a loan refused', 'bank said no to the loan again'],
    ['sex said bluntly', 'wanna bang my neighbour ngl'],
    ['a swingers party', 'off to a swingers party tonight 😉'],
    ['South African drug slang', 'zol session after work 🌿'],
    ['South African swearing', 'some poes keyed my car'],
    ['a row with the boss', 'had a screaming match with my manager today'],
    ['a work password', 'our prod password is still password1 and nobody cares'],
    ['home alone, abbreviated', 'home alone all wk, come over'],
    ['a security answer given', "mother's maiden name Kowalski, first pet Biscuit, I love these quizzes"],
    ['a counter-offer of my own', 'Accepted a counter-offer from my current employer but still interviewing at a rival on the quiet'],
    ['a resignation kept quiet', "Handed in my resignation letter, still haven't told my boss where I'm going 🤫"],
    ['drunk in a review', "Restaurant review: I was so drunk by dessert I can't remember the mains."],
    ['a final interview on the quiet', 'Final interview at Acme tomorrow, my boss has no idea'],
    ['a tasting that went too far', "Wine tasting tonight, 12 wines in and I'm wasted"],
    ['brandy sunk', 'Sunk half a bottle of brandy in the walk-in tonight'],
    ['the writer\'s drinking', 'Talking about my drinking problem openly for the first time'],
    ['a medication review of my own', 'Meds review Tuesday, fingers crossed they lower the dose'],
    ['short staffed, again', 'Short staffed again and management sent pizza'],
    ['a stimulant bought off a friend', 'the adderall I bought off a mate got me through finals'],
    ['an affair hinted', 'long lunch with someone who is definitely not my husband 💋'],
    ['snow with a wink', 'snow day every weekend ❄️❄️ iykyk'],
    ['a child walking home alone', "Our Ava starts Year 2 at Elm Primary tomorrow and she's walking home on her own at 3:30!"],
    ['a child\'s weekly lesson', "Kids' swimming lessons are Mondays 5pm at the leisure centre, we're there every week"],
    ['a diagnosis of my own', 'Finally diagnosed with endometriosis after 8 years and a GP referral'],
    ['an operation of my own', "Two weeks post mastectomy and I'm finally out of the hospital bed"],
    ['Irish for drunk', 'Absolutely langers last night, woke up in me coat'],
    ['South African for hungover', 'babalaas and my boss wants me on a call'],
    ['a boss insulted, Australian', 'my boss is a flog'],
    ['a story told to the head', 'Told the head my car broke down. The car is fine. I am at the beach.'],
    ['a scare-quoted site visit', "Auto-reply says I'm 'at a customer site'. I am at IKEA."],
    ['sore with a wink', 'sore from last night 😏'],
    ['smoking a zoot at work', 'man was bunning a zoot behind the warehouse on break'],
    ['asking for a dealer', 'anyone got a plug in Leeds? 👀❄️'],
    ['high on a call', 'I am extremely high rn and this Zoom is hilarious'],
    ['a password given away', "my email password is my dog's name lol"],
    ['a CV at work', "Updating the CV on my lunch break. Don't look at my screen, Steve."],
    ['debts said plainly', 'I owe everyone everything, gambling is a disease'],
    ['Singlish swearing', 'knn the train broke down again'],
  ])('%s: %j', (_why, text) => {
    expect(warnsByRules(text)).toBe(true);
  });

  it.each([
    'Sick of the rain, so we booked a week in Tenerife 🏖️',
    'Built a herb planter from an old crate 🌿 thyme, sage and rosemary',
    'Road closure on the high street from Monday while the drains are relaid.',
    'Journalist here. Looking to hear from nurses who\'ve worked double shifts for a piece on staffing. DMs open, anonymity guaranteed.',
    'Half the runner beans went to everyone in my postcode.',
    "Comedy review: her closing bit is a riot. 'My landlord texted me at midnight,' she says, 'so I replied. Then I thought: oh shit.'",
    "Film review: 'I'm leaving,' he says. 'This town is shit.'",
    'Five stars for the new standup special. #comedy #standup',
    'Thinking of having the snip? Our clinic runs vasectomy consultations every Tuesday.',
    'Our pharmacy stocks haemorrhoid cream, ask the team for advice.',
    'Advice: what happens if your car is repossessed? Our guide explains.',
    'Security tip: rotate your database password every 90 days and never reuse the admin password.',
    'Back at work next wk after the conference.',
    "Security questions (mother's maiden name, first pet) are often answered on public profiles.",
    'Half of people who accepted a counter-offer were job hunting again within a year, our placements data shows. Your current employer knows it.',
    "If you've accepted a new job and your current employer suddenly finds more money, ask why it took a resignation letter.",
    'Restaurant review: the house cocktails are dangerously good and the wine list is long.',
    'Our annual report is out. Cannabis remains the most common drug among under-25s.',
    'New paper out today: a third of pills sold as MDMA contained something else. Open access link below.',
    'CE marking approved for our ECG monitor, now available to NHS trusts.',
    'Our pay bands are on every job advert now, so nobody wastes a final interview on a salary mismatch.',
    'Wine tasting for trade buyers next Tuesday: 40 wines from Chile.',
    'brandy snaps and brandy butter on the Christmas table 🎄',
    'Our recovery service supports people with a drinking problem.',
    'Book a free medication review with our pharmacists.',
    'Short staffed this weekend, please bear with our team.',
    'Adderall shortages are hitting patients hard, our pharmacy says.',
    "Date night! Not my husband's favourite restaurant but he came anyway 💋",
    "Snow day ❄️❄️ school's closed, sledges out!",
    'new plant baby 🌿 iykyk',
    'Year 6 pupils may walk home on their own once a permission form is signed. Primary school letters go out Friday.',
    'Swimming lessons for ages 5 to 11 run every week at our leisure centre. Book online.',
    'Endometriosis takes years to diagnose. Our clinic pathway aims to cut that. Referral criteria for GPs are attached.',
    'Launch week for our adaptive lingerie range, designed with women recovering from mastectomy.',
    'three months behind on the project plan, classic',
    'Malaria vaccine trial results are out, our team is thrilled.',
    "We're at a customer site all week installing the new line.",
    "sore from last night's leg day 💪",
    'anyone got a plug adapter for Spain? ❄️ ski trip',
    'Go to Hell\'s Kitchen for the best burger in town',
  ])('stays quiet: %j', (text) => {
    expect(warnsByRules(text)).toBe(false);
  });
});

describe('work talk from round10 (2026-11-23)', () => {
  const warnsByRules = (text: string) => ['warn', 'confirm'].includes(ruleLevel(text));

  it.each([
    "Lawyer's reminder: \"off the record\" means nothing once a tribunal asks for your messages.",
    'Lesson from 15 years in comms: no Slack message is ever off the record.',
    "Dietitian's tip: a hangover breakfast won't fix what the night did. Water first.",
    "Physician's note: binge drinking at weekends shows up in your liver by your forties.",
  ])('an adviser\'s label makes the post advice: %j', (text) => {
    expect(warnsByRules(text)).toBe(false);
  });

  it('a role signing in ("Pharmacist here.") speaks for work; its own "I\'m on" still warns', () => {
    expect(warnsByRules('Pharmacist here. Antidepressants and alcohol are a poor mix, whatever the label says.')).toBe(false);
    expect(warnsByRules("Pharmacist here, and I'm on antidepressants myself, so I get it.")).toBe(true);
    expect(warnsByRules('Nurse here, and I was hungover for my whole shift.')).toBe(true);
  });

  it('a talk\'s quoted title is its subject; "speaking at" a wedding excuses nothing strong', () => {
    expect(warnsByRules('Speaking at the Ops Forum on "Layoffs done humanely." It shouldn\'t be a radical topic.')).toBe(false);
    expect(warnsByRules("Speaking at my best mate's wedding on Saturday and I'll be hammered by the speeches.")).toBe(true);
  });

  it('"I run a small brewery" is the writer at work; "I was so hungover" is still theirs', () => {
    expect(warnsByRules('I run a small brewery. Our customers love a hangover brunch after the tasting.')).toBe(false);
    expect(warnsByRules('I run a small brewery and I was so hungover at the tasting I could barely stand.')).toBe(true);
    expect(warnsByRules("I'm a nurse and I got blackout drunk at the Christmas do.")).toBe(true);
  });

  it.each([
    ['an "I" after the label', "Physician's note: binge drinking at weekends, I did it all through my twenties."],
    ['a dropped "I" after the label', "Trading lesson: lost 3 grand on crypto this week and my wife doesn't know."],
    ['a leak under a label', "Team reminder: the layoffs are Friday, strictly confidential, don't tell anyone."],
    ['layoffs under a label', 'Team reminder: the layoffs are Friday, strictly confidential.'],
    ['a label that is anyone\'s', 'Reminder to self: the layoff list is strictly confidential, stop talking about it.'],
  ])('still warns: %s', (_, text) => {
    expect(warnsByRules(text)).toBe(true);
  });
});
