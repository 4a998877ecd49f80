// Complaints about the employer: "bad-mouthing a previous company or co-worker" cost 36% of
// candidates a job (../shared/research/detection.md §4.3).

/** Complaints said in so many words. */
export const COMPLAINTS = [
  'another pointless meeting', 'boss from hell', "can't stand my boss", "can't stand my coworkers",
  "can't stand my job", "can't stand my manager", "can't stand this job", 'cant stand my boss', 'cant stand my job',
  'clown show', 'corporate bs', 'corporate bullshit', 'counting down the minutes', 'counting the hours until',
  'dead end job', "don't pay me enough", 'done with this job', 'done with this place', 'dont pay me enough',
  'dumpster fire of a company', 'fed up with my job', 'fed up with work', 'hate my boss', 'hate my co workers',
  'hate my colleagues', 'hate my company', 'hate my coworkers', 'hate my job', 'hate my manager', 'hate my team',
  'hate my workplace', 'hate this company', 'hate this job', 'hate working here', 'idiot boss', 'idiot manager',
  'job from hell', 'kill me now', 'manager from hell', 'micromanager', 'micromanaging boss', 'mondays suck',
  'my boss is an idiot', 'my boss sucks', 'my job sucks', 'my manager sucks', 'need a new boss', 'not paid enough',
  'overworked and underpaid', 'pointless meetings', 'rage quit', 'sick of my boss', 'sick of my job',
  'sick of this job', 'so done with this job', 'soul crushing job', 'soul sucking job', 'this company sucks',
  'this job sucks', 'underpaid and overworked', 'useless meetings', 'work sucks', 'worst boss', 'worst company',
  'worst job', 'worst manager',
];

/** Who a complaint is about: "my boss", "this company". A complaint needs a harsh word nearby. */
export const TARGETS = [
  'boss', 'ceo', 'client', 'clients', 'co worker', 'co workers', 'colleagues', 'company', 'corporate', 'coworker',
  'coworkers', 'customers', 'department', 'director', 'employer', 'higher ups', 'hr', 'job', 'leadership',
  'management', 'manager', 'managers', 'meeting', 'meetings', 'office', 'shift', 'supervisor', 'team lead',
  'teammates', 'the execs', 'this place', 'upper management', 'workplace',
];

/** Verbs of complaint that come before who they are about: "hate my job", "sick of this place". */
export const HARSH_VERBS = [
  "can't stand", "can't wait to leave", 'cant stand', 'cant wait to leave', 'despise', 'done with', 'escape',
  'fed up with', 'hate', 'hated', 'hates', 'hating', 'loathe', 'over it with', 'screw', 'sick of', 'tired of',
];

/** Harsh words said about the boss or the job: "my boss is useless", "clueless management". */
export const HARSH = [
  'a joke', 'annoying', 'asshole', 'assholes', 'awful', 'brain dead', 'braindead', 'clown', 'clowns', 'clueless',
  'dick', 'disaster', 'draining', 'dumb', 'dumpster fire', 'exhausting', 'exploiting', 'garbage', 'gaslighting',
  'hell', 'hellscape', 'hopeless', 'horrible', 'idiot', 'idiots', 'incompetent', 'insufferable', 'jerk', 'joke',
  'lazy', 'losers', 'micromanages', 'micromanaging', 'miserable', 'moron', 'morons', 'nightmare', 'pathetic',
  'pointless', 'power trip', 'prick', 'ridiculous', 'soul crushing', 'soul sucking', 'spineless', 'stupid', 'suck',
  'sucks', 'terrible', 'the worst', 'toxic', 'trash', 'unbearable', 'underpaid', 'unfair', 'ungrateful', 'useless',
  'worst',
];

/** Advice and reporting about bad workplaces, not complaints about one's own. */
export const NEUTRAL = [
  'at worst', 'bad boss', 'bad bosses', 'fire drill', 'good work', 'great work', 'hard work', 'hate speech',
  'job description', 'job security', 'job title', 'joke aside', 'jokes aside', 'love hate', 'nightmare scenario',
  'team work', 'teamwork', 'the worst is over', 'toxic culture', 'toxic work culture', 'toxic work environment',
  'toxic workplace', 'toxic workplaces', 'work life', 'work life balance', 'worst case', 'worst case scenario',
  'worst of it',
];
