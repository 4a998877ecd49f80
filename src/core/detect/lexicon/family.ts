// Family and relationships: rated unprofessional by few (relationship status 5%), so a notice.

export const FAMILY = [
  'baby shower', 'bachelor party', 'bachelorette', 'breakup', 'broke up', 'cheated on me', 'custody', 'custody battle',
  'date night', 'dating app', 'divorce', 'divorced', 'dumped me', 'expecting a baby', 'first date', 'gender reveal',
  'getting divorced', 'getting married', 'got engaged', 'got married', 'hen do', 'honeymoon', 'maternity leave',
  'my aunt', 'my baby', 'my bf', 'my boyfriend', 'my brother', 'my children', 'my cousin', 'my dad', 'my daughter',
  'my daughters', 'my ex', 'my ex husband', 'my ex wife', 'my family', 'my father', 'my fiance', 'my fiancee', 'my gf',
  'my girlfriend', 'my grandfather', 'my grandma', 'my grandmother', 'my grandpa', 'my hubby', 'my husband',
  'my in laws', 'my kid', 'my kids', 'my little one', 'my little ones', 'my mama', 'my mom', 'my mother',
  'my mother in law', 'my mum', 'my nephew', 'my newborn', 'my niece', 'my papa', 'my parents', 'my partner and i',
  'my sibling', 'my siblings', 'my sister', 'my son', 'my sons', 'my spouse', 'my stepdad', 'my stepmom', 'my toddler',
  'my twins', 'my uncle', 'my wedding', 'my wife', 'our anniversary', 'our baby', 'our children', 'our daughter',
  'our kids', 'our son', 'our wedding', 'parental leave', 'paternity leave', 'single again', 'stag do',
  "we're engaged", "we're expecting",
];

export const NEUTRAL = [
  'crypto custody', 'custody services', 'custody solution', 'custody solutions', 'digital custody', 'divorce attorney',
  'divorce law', 'divorce lawyer', 'family business', 'family friendly', 'family leave policy', 'family of brands',
  'family of products', 'family office', 'family owned', 'maternity leave policy', 'my family of', 'our family of',
  'parental leave policy', 'paternity leave policy', 'product family', 'work anniversary', 'work family',
];
