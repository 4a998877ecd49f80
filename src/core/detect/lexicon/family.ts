// Family and relationships: rated unprofessional by few (relationship status 5%), so a notice.

export const FAMILY = `
baby shower
breakup
broke up
cheated on me
custody
custody battle
date night
dating app
divorce
divorced
dumped me
expecting a baby
first date
gender reveal
getting divorced
getting married
got engaged
got married
grandad
granddad
grandma
grandpa
granny
honeymoon
married
my aunt
my baby
my bf
my big brother
my big sister
my boyfriend
my brother
my children
my cousin
my dad
my daughter
my daughters
my eldest
my ex
my ex husband
my ex wife
my family
my father
my fiance
my fiancee
my gf
my girlfriend
my gran
my grandad
my grandfather
my grandma
my grandmother
my grandpa
my hubby
my husband
my in laws
my kid
my kids
my little brother
my little one
my little ones
my little sister
my mama
my missus
my mom
my mother
my mother in law
my mum
my nan
my nephew
my newborn
my niece
my older brother
my older sister
my other half
my papa
my parents
my partner
my partner and i
my sibling
my siblings
my sister
my son
my sons
my spouse
my stepdad
my stepdaughter
my stepmom
my stepson
my toddler
my twins
my uncle
my wedding
my wife
my younger brother
my younger sister
my youngest
nana
our anniversary
our baby
our children
our daughter
our kids
our son
our twins
our wedding
school dads
school mum
school mums
single again
the hubby
the kids
the whole clan
the wife
were engaged
were expecting
years married
`;

export const NEUTRAL = `
crypto custody
custody services
custody solution
custody solutions
digital custody
divorce attorney
divorce law
divorce lawyer
family business
family friendly
family leave policy
family of brands
family of products
family office
family owned
married to our
married to the job
maternity leave policy
my family of
our family of
parental leave policy
paternity leave policy
product family
work anniversary
work family
`;
