// Employer-confidential matters: 24% of employers passed on candidates who shared confidential
// information (../shared/research/detection.md §4.3). Confirm, whoever the audience.

/** Markers people put on secrets. */
export const MARKERS = [
  "before it's announced", 'before its announced', 'before the announcement', 'before the official announcement',
  'between you and me', 'break my nda', 'breaking my nda', "can't officially say", 'confidential deck',
  'confidential doc', 'confidential memo', 'confidential roadmap', 'do not distribute', 'do not forward',
  'do not share', "don't share this", "don't tell anyone", "don't tell anyone at work", "don't tell hr",
  "don't tell my boss", "don't tell my manager", 'dont share this', 'dont tell anyone', 'dont tell anyone at work',
  'dont tell hr', 'dont tell my boss', 'dont tell my manager', 'embargoed', 'for internal use',
  "hasn't been announced", 'heard through the grapevine', 'highly confidential', 'hush hush', 'inside info',
  'insider info', 'insider tip', 'internal email', 'internal memo', 'internal numbers', 'internal only',
  'internal roadmap', 'internal slack', 'internal use only', 'just between us', 'keep it quiet',
  'keep this between us', 'keep this quiet', 'leaked', 'leaked memo', 'nda but', 'nobody outside',
  'not allowed to say', 'not announced yet', 'not been announced', 'not for distribution', 'not public until',
  'not public yet', 'not supposed to know', 'not supposed to say', 'not supposed to tell', 'off the record',
  'pre announcement', 'screw the nda', 'secret project', "shouldn't be saying", "shouldn't say this",
  'shouldnt say this', 'spill the tea', 'stealth project', 'strictly confidential', 'top secret', 'under embargo',
  'under nda but', 'violating my nda',
];

/** Layoffs and restructuring before they are announced. */
export const LAYOFFS = [
  'about to lay off', 'cuts are coming', 'cutting jobs next', 'going to lay off', 'gonna lay off', 'lay off half',
  'laying people off next', 'layoff list', 'layoffs are coming', 'layoffs are planned', 'layoffs coming',
  'layoffs incoming', 'layoffs next month', 'layoffs next week', 'layoffs on friday', 'layoffs planned',
  'layoffs soon', 'more layoffs coming', 'on the layoff list', 'planned layoffs', 'planning layoffs',
  'planning to lay off', 'plans to lay off', 'reorg is coming', 'reorg next week', 'restructuring next month',
  'restructuring next week', 'secret layoffs', 'upcoming layoffs',
];

/** Work matters that are secret only beside a leak cue: "under NDA but…", "acquisition 🤫". */
export const SENSITIVE = [
  'acquired', 'acquiring', 'acquisition', 'board meeting', 'buyout', 'client list', 'codename', 'confidential',
  'earnings', 'internal numbers', 'ipo', 'lawsuit', 'layoff', 'layoffs', 'merger', 'nda', 'prototype', 'reorg',
  'restructuring', 'roadmap', 'salaries', 'sneak peek', 'unannounced', 'under nda', 'unreleased',
];

/** Leak cues. */
export const LEAK_CUES = [
  'before anyone', 'between us', "don't tell", 'dont tell', 'gossip', 'hint hint', 'leak', 'no one knows',
  'nobody knows', 'not supposed', 'oops', 'psst', 'quietly', 'rumor', 'rumors', 'rumour', 'rumours', 'secret',
  'secretly', 'shh', "shouldn't", 'shouldnt', 'spill', 'technically', 'whisper',
];

export const NEUTRAL = [
  'bubble tea', 'client confidentiality', 'confidential and', 'confidential information', 'confidentiality agreement',
  'confidentiality policy', 'confidentiality training', 'cup of tea', 'data leak prevention', 'gas leak', 'green tea',
  'high tea', 'iced tea', 'keep confidential', 'leak detection', 'memory leak', 'memory leaks', 'mutual nda',
  'nda process', 'nda review', 'nda template', 'ndas', 'our nda template', 'patient confidentiality', 'privacy policy',
  'sign an nda', 'signed an nda', 'tea time', 'treat as confidential', 'water leak',
];

export const WORK = [
  'best practices', 'checklist', 'compliance', 'course', 'guide', 'handling', 'legal team', 'policies', 'policy',
  'process', 'protect', 'protecting', 'security', 'template', 'tips', 'training', 'webinar', 'workshop',
];
