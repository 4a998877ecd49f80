import type { Category, Severity } from '../types';

// First-pass lexicon: enough categories to prove the whole path, phrased as people write them.
// The full engine (obfuscation, emoji, hashtags, every category, a labelled corpus) is its own
// issue and replaces this table; keep the shape (category, severity, pattern, why).

export interface Rule {
  category: Category;
  severity: Severity;
  /** Word-bounded alternation, matched case-insensitively. */
  pattern: string;
  why: string;
}

export const RULES: readonly Rule[] = [
  { category: 'alcohol', severity: 'high', pattern: 'wasted|hammered|blackout drunk|black(?:ed)? out|so+ drunk|drunk|hungover|hangover|tipsy|keg stand|bar crawl|pub crawl|bottomless mimosas', why: 'Mentions drinking heavily; 69% of professionals in one survey rated this unprofessional.' },
  { category: 'alcohol', severity: 'low', pattern: 'beers?|wine|tequila|vodka|shots|booze|cocktails?', why: 'Mentions alcohol.' },
  { category: 'drugs', severity: 'high', pattern: 'weed|stoned|high af|cocaine|coke|molly|mdma|edibles|shrooms|acid trip|blunt|420', why: 'Mentions drug use, which most employers rate unprofessional (94%).' },
  { category: 'sexual', severity: 'high', pattern: 'horny|nudes|hook(?:ed)? ?up|one night stand|sexting', why: 'Sexual content, rated unprofessional by 86% in one survey.' },
  { category: 'profanity', severity: 'medium', pattern: 'f+u+c+k+\\w*|f\\*+ck\\w*|sh[i!1]+t\\w*|bullshit|bitch\\w*|assholes?|wtf|goddamn', why: 'Swearing; 60% in one survey rated it unprofessional.' },
  { category: 'absence', severity: 'high', pattern: "call(?:ed|ing)? in sick|pull(?:ed|ing)? a sickie|play(?:ed|ing)? hooky|skipp(?:ed|ing) work|fake sick|boss thinks i(?:'m| am| have)", why: 'Says you are away from work while supposed to be there.' },
  { category: 'work-complaint', severity: 'medium', pattern: "hate my job|hate my boss|my boss is (?:an idiot|useless|a joke|clueless)|worst boss|this company sucks|can't stand my (?:boss|manager|coworkers)", why: 'Complains about your employer or boss.' },
  { category: 'job-search', severity: 'medium', pattern: "job hunting|looking for a new job|interview(?:ing)? (?:at|with) (?:a |another )?(?:competitor|new company)|secretly interviewing|updating my (?:resume|cv)", why: 'Says you are looking for another job.' },
  { category: 'confidential', severity: 'high', pattern: "nda|internal only|off the record|don't tell anyone at work|layoffs are coming|not public yet|confidential", why: 'Hints at confidential work matters.' },
  { category: 'personal-info', severity: 'medium', pattern: 'house (?:will be |is )?empty|away for (?:two|2|three|3) weeks', why: 'Tells strangers your home is empty.' },
];

/** Words that, just before a match, negate it ("I don't drink", "never hungover"). */
export const NEGATION = /\b(?:don't|do not|never|not|no longer|didn't|won't|stopped)\s+(?:\w+\s+){0,1}$/i;

/**
 * Professional context in the same sentence turns a trigger word into work talk:
 * "our tequila brand partnership", "drug awareness month", "our NDA template". `severities` says
 * which findings it may excuse: a work word never excuses "blackout drunk at the client dinner".
 */
export const PROFESSIONAL_CONTEXT: Partial<Record<Category, { pattern: RegExp; severities: readonly Severity[] }>> = {
  alcohol: { pattern: /\b(?:client|brand|partnership|launch(?:ed|es)?|campaign|hiring|industry|distributor|menu|sommelier)\b/i, severities: ['low'] },
  drugs: { pattern: /\b(?:discovery|pipeline|clinical|trial|pharma\w*|policy|awareness|addiction|recovery|research)\b/i, severities: ['low', 'medium', 'high'] },
  confidential: { pattern: /\b(?:our (?:nda|privacy) (?:template|policy)|nda template|confidentiality training)\b/i, severities: ['low', 'medium', 'high'] },
};
