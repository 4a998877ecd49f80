// Complaints about the employer: "bad-mouthing a previous company or co-worker" cost 36% of
// candidates a job (../shared/research/detection.md §4.3).

/** Complaints said in so many words. */
export const COMPLAINTS = [
  '60 hour week', '70 hour week', '80 hour week', 'another pointless', 'another pointless meeting', 'boss from hell',
  "can't stand my boss", "can't stand my coworkers", "can't stand my job", "can't stand my manager",
  "can't stand this job", 'cant stand my boss', 'cant stand my job', 'clown show', 'corporate bs',
  'corporate bullshit', 'could have been an email', 'could not organise a', "could've been an email",
  "couldn't organise a", 'couldnt organise a', 'couldve been an email', 'counting down the minutes',
  'counting the hours until', 'currently stuck', 'dead end job', "doesn't care about us", "doesn't value me",
  'doesnt care about us', 'doesnt value me', "don't care about us", "don't pay me enough", "don't value me",
  'done with this job', 'done with this place', 'dont care about us', 'dont pay me enough', 'dont value me',
  'dumpster fire of a company', 'fed up with my job', 'fed up with work', 'feel undervalued', 'feeling so valued',
  'feeling undervalued', 'hate my boss', 'hate my co workers', 'hate my colleagues', 'hate my company',
  'hate my coworkers', 'hate my job', 'hate my manager', 'hate my team', 'hate my workplace', 'hate this company',
  'hate this job', 'hate working here', 'hiring freeze no raises', 'hr human remains', 'idiot boss', 'idiot manager',
  'job from hell', 'kill me now', 'living the corporate dream', 'living the dream lol', 'love working here lol',
  'manager from hell', 'micromanager', 'micromanaging boss', 'mondays suck', 'my boss is an idiot', 'my boss sucks',
  'my job sucks', 'my manager sucks', 'need a new boss', 'never listen to us', 'never listens', 'no raise again',
  'not paid enough', 'not valued', 'overworked and underpaid', 'paid peanuts', 'passed it off as her own',
  'passed it off as his own', 'passed over for promotion', 'piss up in a brewery', 'pointless all hands',
  'pointless meetings', 'presented it as her own', 'presented it as his own', 'rage quit', 'should be fired',
  'should have been an email', 'shove it up', 'shove their', 'sick of my boss', 'sick of my job', 'sick of this job',
  'so done with this job', 'so undervalued', 'soul crushing job', 'soul sucking job', 'steals credit for my',
  'steals my ideas', 'stick their new', 'stole credit for my', 'stole my idea', 'stuck in a dead end',
  'takes credit for my', 'thanks for nothing', 'the corporate dream', 'they can stick their', 'this company sucks',
  'this job sucks', 'threw me under the bus', 'throw us under the bus', 'thrown under the bus',
  'took all the credit', 'took credit for my', 'took my idea', 'toxic workplace', 'toxicworkplace',
  'treated like crap', 'treated like dirt', 'treated like shit', 'treats us like data points', 'underappreciated',
  'underpaid and overworked', 'unpaid on call', 'unpaid overtime again', 'useless meetings', 'where they can stick',
  'work sucks', 'worst boss', 'worst company', 'worst job', 'worst manager', 'zero hours contract',
  'zero recognition',
];

/** Who a complaint is about: "my boss", "this company". A complaint needs a harsh word nearby. */
export const TARGETS = [
  'agency', 'all hands', 'boss', 'c suite', 'ceo', 'cfo', 'client', 'clients', 'co worker', 'co workers',
  'colleagues', 'company', 'corporate', 'corporate life', 'corporatelife', 'coworker', 'coworkers', 'customers',
  'department', 'director', 'employer', 'exec team', 'execs', 'expense system', 'facilities', 'finance team',
  'founder', 'head of sales', 'head office', 'higher ups', 'hr', 'it department', 'job', 'leadership',
  'leadership here', 'line manager', 'management', 'management here', 'manager', 'managers', 'meeting', 'meetings',
  'my company', 'my department', 'my director', 'my line manager', 'my manager', 'my supervisor', 'my team', 'my vp',
  'my work', 'office', 'open plan office', 'org', 'organisation', 'organization', 'our boss', 'our company',
  'our new vp', 'payroll', 'procurement', 'reorg', 'rota', 'rotas', 'senior leadership', 'shift', 'slt',
  'supervisor', 'systems', 'team', 'team lead', 'teammates', 'the all hands', 'the business', 'the ceo',
  'the company', 'the execs', 'the founder', 'the it team', 'the job', 'the manager', 'the office', 'the trust',
  'this company', 'this consultancy', 'this job', 'this place', 'trust', 'upper management', 'vp', 'workplace',
];

/** Verbs of complaint that come before who they are about: "hate my job", "sick of this place". */
export const HARSH_VERBS = [
  "can't stand", "can't wait to leave", 'cant stand', 'cant wait to leave', 'despise', 'done with', 'escape', 'f*ck',
  'fed up with', 'fuck', 'hate', 'hated', 'hates', 'hating', 'loathe', 'over it with', 'screw', 'screw you', 'sick of',
  'sod', 'tired of',
];

/** Harsh words said about the boss or the job: "my boss is useless", "clueless management". */
export const HARSH = [
  'a joke', 'amateur hour', 'annoying', 'arsehole', 'as usual', 'asshole', 'assholes', 'awful', 'backstabbing',
  'bellend', 'blamed me', 'blamed the', 'bludgers', 'brain dead', 'braindead', 'bureaucracy', 'buzzwords', 'chaos',
  'circus', 'clown', 'clowns', 'clueless', 'complete joke', 'cost line', "couldn't care less", "couldn't organise",
  'couldnt care less', 'couldnt organise', 'cowards', 'crappiest', 'crushing my soul', 'data points', 'demoralising',
  'demoralizing', 'destroying me', 'dick', 'dickhead', 'dinosaurs', 'disaster', 'disrespected', 'do nothing',
  'does nothing', "doesn't care", 'doesnt care', "don't care", 'dont care', 'draining', 'drongo', 'dumb',
  'dumpster fire', 'every single time', 'every single week', 'exhausting', 'exploiting', 'favoritism', 'favouritism',
  'for the third time', 'forced to', 'galah', 'garbage', 'gaslighting', 'gaslit', 'has no clue', 'has no idea',
  'hell', 'hellscape', 'hopeless', 'horrible', 'hostage', 'idiot', 'idiots', 'if it bit them', 'if it slapped them',
  'ignoring me', 'ignoring you', 'incompetence', 'incompetent', 'insufferable', 'is killing me', 'jerk', 'jobsworth',
  'joke', 'killing me', 'lacks commitment', 'lazy', 'liars', 'like a ghost', 'like cattle', 'like crap', 'like dirt',
  'like shit', 'losers', 'lunatic', 'madhouse', 'mess', 'micromanaged', 'micromanages', 'micromanaging', 'miserable',
  'moron', 'morons', 'muppet', 'muppets', 'nepotism', 'never once', 'nightmare', 'no answers', 'no clue', 'no idea',
  'no raises', 'no respect', 'nobody listens', 'on a potato', 'out of their depth', 'out of touch', 'passed over',
  'pathetic', 'piling it on', 'piling work', 'pointless', 'power trip', 'pretending everything is fine',
  "pretending everything's fine", "pretending it's fine", 'pretending its fine', 'prick', 'prison', 'psycho',
  'quick task', 'rewards is being seen', 'ridiculous', 'says nothing', 'scam', 'screenshots my screen', 'shitshow',
  'shittiest', 'slowly dying', 'slowly killing me', 'snakes', 'soul crushing', 'soul destroying', 'soul sucking',
  'spineless', 'stupid', 'suck', 'sucks', 'terrible', 'thanks a lot', 'the vibes here', 'the worst', 'tosser',
  'toxic', 'trash', 'treat us like', 'treated like', 'treats nurses like', 'treats us like', 'twat', 'two faced',
  'unbearable', 'underpaid', 'unfair', 'ungrateful', 'unpaid overtime', 'useless', 'vibes are off', 'wake me when',
  'walking out', 'wanker', 'waste of my time', 'waste of time', 'wasted my time', 'what a waste', "won't let me",
  'worst', "wouldn't know", 'wouldnt know', 'wrote me up', 'yet again', 'zero answers', 'zoo',
];

/** Advice and reporting about bad workplaces, not complaints about one's own. */
export const NEUTRAL = [
  'at worst', 'bad boss', 'bad bosses', 'fire drill', 'good work', 'great work', 'hard work', 'hate speech',
  'job description', 'job security', 'job title', 'joke aside', 'jokes aside', 'love hate', 'nightmare scenario',
  'team work', 'teamwork', 'the worst is over', 'toxic culture', 'toxic work culture', 'toxic work environment',
  'toxic workplace', 'toxic workplaces', 'work life', 'work life balance', 'worst case', 'worst case scenario',
  'worst of it',
];

/** Sarcasm markers: beside "this company" or "my manager" a complaint. */
export const SARCASM = [
  'amazing leadership', 'branded fleece', 'cool cool cool', "couldn't write it", 'couldnt write it',
  'everything is fine', 'feeling so valued', 'genius leadership', 'great leadership', 'human remains',
  'living the dream', 'love that for me', 'love working for', 'magic', 'make it make sense', 'morale is thriving',
  'nice try', 'not suspicious at all', 'nothing says', 'open door policy', 'pizza party', 'shout out to my company',
  'so valued', 'thanks facilities', 'thanks so much', 'this is fine', 'totally fine', "we're a family here",
  'what a time', 'wonderful times',
];
