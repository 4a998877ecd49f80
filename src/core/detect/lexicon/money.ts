// Money: the writer's pay, debts and spending are private; a company's revenue is not.

/** About the writer's own money by their wording. */
export const PERSONAL = [
  'behind on bills', 'behind on rent', 'broke af', 'broke until payday', "can't afford", 'cant afford',
  "couldn't afford", 'credit card debt', 'crushing debt', 'dead broke', 'debt collectors', 'declared bankruptcy',
  'drowning in debt', 'evicted', 'eviction notice', 'filing for bankruptcy', 'flat broke', 'gambling debts',
  'got a bonus', 'got a pay rise', 'got a raise', "i'm broke", 'im broke', 'in debt', 'in the red', 'late on rent',
  'lost everything in', 'lost money on', 'lost my savings', 'make six figures', 'maxed out', 'my 401k',
  'my bank account', 'my bonus', 'my credit card', 'my credit score', 'my debt', 'my debts', 'my income',
  'my inheritance', 'my loans', 'my mortgage', 'my net worth', 'my pay', 'my paycheck', 'my paycheque', 'my pension',
  'my portfolio is down', 'my raise', 'my rent', 'my salary', 'my savings', 'my student loans', 'my wage', 'my wages',
  'overdraft', 'overdrawn', 'owe the irs', 'pay cut', 'pay rise', 'paycheck to paycheck', 'payday loan',
  'six figure salary', 'so broke', 'tax debt', 'took a pay cut',
];

/** Amount words; with "I make", "my salary" etc. nearby they are the writer's money. */
export const AMOUNT_VERBS = [
  'afford', 'bonus', 'borrowed', 'debt', 'earn', 'earned', 'earning', 'income', 'loan', 'lost', 'make', 'making',
  'owe', 'owed', 'paid', 'pay', 'raise', 'rent', 'salary', 'spent',
];

export const WORK = [
  'arr', 'award', 'budget', 'charity', 'clients', 'company', 'contract', 'cost savings', 'customers', 'deal', 'donate',
  'donated', 'donation', 'donations', 'fund', 'funding', 'fundraising', 'grant', 'investment', 'investors', 'margin',
  'market', 'mrr', 'our team', 'pricing', 'prize', 'profit', 'q1', 'q2', 'q3', 'q4', 'quarter', 'raised', 'revenue',
  'round', 'sales', 'saved our', 'scholarship', 'seed', 'series a', 'series b', 'startup', 'valuation',
];

export const NEUTRAL = [
  'in debt to', 'make a difference', 'make it', 'make sure', 'maxed out capacity', 'paid dividends', 'paid off',
  'pay attention', 'pay gap', 'pay it forward', 'pays off', 'raise awareness', 'raise money', 'raise the bar',
  'raised money', 'salary bands', 'salary range', 'salary ranges', 'salary transparency', 'tech debt',
  'technical debt',
];
