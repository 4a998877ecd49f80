// Text speak and common misspellings, as [written, meant]. Stretched letters, leetspeak,
// masks and apostrophes are handled by rule (tokens.ts); these are the ones no rule covers.

export const SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['2', 'to'], ['4', 'for'], ['b4', 'before'], ['bankrupcy', 'bankruptcy'], ['bc', 'because'], ['cocain', 'cocaine'],
  ['coz', 'because'], ['cuz', 'because'], ['diarhea', 'diarrhea'], ['drnk', 'drunk'], ['durnk', 'drunk'], ['hangova', 'hangover'],
  ['hngover', 'hungover'], ['hosptial', 'hospital'], ['hungova', 'hungover'], ['hungovr', 'hungover'], ['interveiw', 'interview'],
  ['intervew', 'interview'], ['inteview', 'interview'], ['luv', 'love'], ['marajuana', 'marijuana'], ['marihuana', 'marijuana'],
  ['morgage', 'mortgage'], ['nite', 'night'], ['pls', 'please'], ['plz', 'please'], ['ppl', 'people'], ['pregant', 'pregnant'],
  ['r', 'are'], ['salery', 'salary'], ['sum1', 'someone'], ['sumone', 'someone'], ['taquila', 'tequila'], ['tequilla', 'tequila'],
  ['tho', 'though'], ['thru', 'through'], ['tonite', 'tonight'], ['u', 'you'], ['ur', 'your'], ['vaction', 'vacation'],
  ['vodca', 'vodka'], ['wiskey', 'whiskey'], ['wk', 'week'], ['wkend', 'weekend'], ['wknd', 'weekend'], ['wks', 'weeks'],
];
