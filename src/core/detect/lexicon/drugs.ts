// Drugs: rated unprofessional by 94% (../shared/research/detection.md §4.3), so high. Slang that
// is also everyday English ("high", "joint", "pot", "baked") is a WEAK cue: it counts only next to
// another drug cue ("smoking a joint", "so high 🌿").

/** Unmistakable drug use, slang included. */
export const USE = `
420 friendly
a blunt
a bump in
a line off the
a tab of
acid trip
adderall i bought
ate a whole edible
ate an edible
bag of coke
bag of mandy
baked af
been microdosing
billys been packed
blaze it
blazed
blunt on the
bong
bong rips
bongs
bought adderall
bought some adderall
bump of
bumps of
bun a zoot
bunning a zoot
came up on
chasing the dragon
cheeky line
cheeky lines
coke head
cokehead
coming up
coming up on
cones on the
crackhead
dab pen
dab rig
dabbing
did 2 lines
did 3 lines
did a bump
did a line
did bumps
did coke
did drugs
did lines
did some coke
did some lines
did speed
did two lines
dispensary run
do coke
do speed
doing a line
doing bumps
doing coke
doing drugs
doing lines
doobie
dropped a pill
dropped a pinger
dropped acid
dropping acid
drug dealer
edible hit
edible kicked in
edibles kicked in
found a dealer
ganja
gas station heroin
get high
get so high
get stoned
getting high
getting so high
getting stoned
got high
got so high
got some gear
got stoned
gummies kicked in
gummy kicked in
gurning
gurning my face off
half a tab
happy 420
high af
high as
high as a kite
high as hell
high last night
hit of the bong
hit the bong
hot boxed
hotbox
hotboxed
hotboxing
im high
k hole
k holed
ket
ketamine hole
key bump
key of
khole
kratom
kush
laughing gas
line of coke
line off her
line off his
lines in the loos
lines in the toilets
lines of coke
magic brownies
magic mushrooms
magic tea
microdose
microdosed
munted
mushie tea
mushies tea
mushroom shake
my dealer
my plug
necked a pill
necked a pinger
nos balloons
not normal brownies
not ordinary brownies
not regular brownies
not your regular brownies
off my face
off my head
off my tits
off the grass
on acid
on coke
on drugs
on molly
on pingers
on speed
on the beak
on the gear
on the sniff
oxy from
pills at
pinged
pinging
pop a pill
popped a pill
popped a xan
popped an adderall
popped an oxy
popped pills
popping pills
pot brownie
pot brownies
pre roll
pre rolled
preroll
prerolled
prerolls
pupils the size of
purple drank
rack up a line
racked up
reefer
roll a joint
rolled a blunt
rolled a j
rolled a joint
rolled a zol
rolled one
rolling a j
rolling a joint
rolling balls
rolling face
sesh
shroom tea
shrooms
sizzurp
smoke a bowl
smoke a zol
smoke sesh
smoked a fat one
smoked a j
smoked a joint
smoked a zoot
smoked so much
smoking a fat one
smoking a j
smoking a joint
smoking a zoot
smoking crack
sniffed a line
snorted
snorting
so baked
so high rn
some molly
space cake
space cakes
spare gram
special brownies
spliff
spliffs
started microdosing
still high
stoned
stoned af
stoner
tab of acid
tabs of
tabs of acid
test cycle
thc pen
the edible hit
the edibles hit
tina
toking
took 2c b
took acid
took an edible
took drugs
took molly
tripping balls
trying acid
tweaking
used to do speed
w33d
wake and bake
wake n bake
was baked
weed
weed pen
whippets
xannies
xtc
yayo
zol session
zonked
`;

/** Drug slang that is about the writer only with "I" nearby ("expectations are so high" is not). */
export const USE_SELF = `
extremely high rn
feeling high
so high
so high rn
still high
very high rn
was high
were high
`;

/** Drug names that also appear in medicine, policy and news: quiet in professional context. */
export const NAMES = `
2c b
2cb
adderall
ayahuasca
benzos
bhang
cannabis
charas
chillum
cocaine
crack cocaine
crystal meth
delta 8
dmt
dmt trip
double cup
drug test
drugs
eccies
ecstasy
edibles
failed a drug test
fentanyl
ganja
half an ounce
half ounce
hash
heroin
ibogaine
ket
ketamine
kush
lemon haze
lsd
lsd tabs
magic mushrooms
magic truffles
marijuana
marijuana edibles
mdma
mephedrone
mescaline
meth
methamphetamine
microdosing
modafinil
molly water
moroccan hash
mushroom chocolate
mushroom chocolates
mushroom gummies
mushroom tea
nangs
og kush
opioids
oxycontin
percocet
percs
peyote
pinger
pingers
poppers
pressed bars
psilocybin
psychedelics
ritalin
salvia
shroom bar
shroom chocolate
shroom gummies
shrooms
sticky icky
thc
thc vape
vyvanse
xanax
`;

/** Everyday words that are drug slang only beside another drug cue. */
export const WEAK = `
420
a fatty
bag of
baggie
baked
bars
beak
blaze
blazing
blow
blunt
blunts
bowl
cart
carts
cbd
charlie
coke
come down
comedown
coming down
dab
dabs
dealer
edible
faded
fat one
flake
gear
good shit
goood shit
got a plug
grass
green stuff
greens
gummies
gummy
herb
high
j
jay
joint
joints
kush
lit
mandy
molly
munchies
mushie
mushies
need a plug
nose candy
numb gums
oxy
party favors
party favours
party snacks
pill
pills
pinger
pingers
pipe
plug
pot
roll
rolled
rolling
shroom
skunk
smoke
smoked
smoking
sniff
sniffing
sniffles
stash
tab
tabs
the beak
the good stuff
the green stuff
toke
trip
tripping
vape pen
wax
xan
xans
zol
zoot
zooted
zoots
`;

export const NEUTRAL = `
acai bowl
baked goods
baked in
baked into
blunt feedback
blunt honest
blunt instrument
blunt truth
bowl game
burrito bowl
business trip
camping trip
coke zero
crock pot
dab hand
day trip
diet coke
drug approval
drug awareness
drug delivery
drug design
drug development
drug discovery
drug interactions
drug pipeline
drug policy
drug pricing
drug safety
drug store
drug trade
drug trial
drug trials
drugs trade
edible flowers
family trip
field trip
fun trip
generic drugs
got a plug adapter
got a plug adaptor
grain bowl
grass roots
grassroots
half baked
herb bed
herb box
herb butter
herb garden
herb planter
herb pots
high bar
high demand
high end
high expectations
high five
high growth
high hopes
high impact
high level
high noon
high on my list
high performance
high performing
high praise
high pressure
high priority
high profile
high quality
high risk
high school
high schooler
high schoolers
high season
high stakes
high standards
high street
high tech
high time
high value
high volume
highly
holiday pills
illegal drugs trade
in the weeds
instant pot
joint account
joint announcement
joint effort
joint pain
joint paper
joint project
joint replacement
joint statement
joint venture
joint webinar
joint work
medicinal cannabis
melting pot
need a plug adapter
need a plug adaptor
on a roll
pipe dream
pipeline
plug adapter
plug adapters
plug adaptor
plug adaptors
plug and play
plug in
poke bowl
pot luck
pot of coffee
pot roast
prescription drug
prescription drugs
pull weeds
pulling weeds
road trip
roll call
roll out
rolled out
rolling out
rolling with
rose bowl
salad bowl
shameless plug
ski trip
smoke and mirrors
smoke test
smoke tests
smoking gun
so high that
super bowl
to be blunt
trip down memory lane
trip report
war on drugs
weed control
weed early
weed killer
weed out
weeding
weeding out
weeds out
weekend trip
work trip
`;

export const WORK = `
addiction
approval
approved
arrests
audit
audits
awareness
been charged
biotech
charged with
clinical
clinicians
cohort
compound
compounds
controlled drugs
counseling
counselling
crackdown
crisis
decriminalisation
decriminalization
derived
dispensaries
dispensary
dispensing
education
ema
enforcement
epidemic
epidemiology
epilepsy
explainer
fda
garden
gardening
harm reduction
hospital
industry
insurance
insurer
insurers
intent to supply
laboratory
landscaping
legalisation
legalization
licensed
longitudinal
medical
medication
medicinal
medicine
mhra
molecule
molecules
mulch
officers
oncology
overdose
overdoses
patient
patients
pharma
pharmaceutical
pharmaceuticals
pharmacist
pharmacists
pharmacy
phd
police
policy
potency
prescribing
prescription
prevention
public health
recovery
regulation
regulator
research
researchers
residues
scientists
seized
seizures
sentenced
studies
study
therapeutics
therapies
trafficking
treatment
treatments
trial
trials
underwriting
vacancy
vet
vets
ward
warrant
wastewater
young people
youth work
youth workers
`;

/** Drug slang that is plain drug use at a party ("molly + open bar", "pills at the rave"). */
export const PARTY_SLANG = `
a line
baggie
baggies
blow
bumps
charlie
coke
dealer
gear
got a plug
if you know you know
iykyk
lines
mandy
molly
need a plug
party favors
party favours
party snacks
pill
pills
pingers
plug
sniff
tabs
yokes
`;

/** Where party slang means drugs: "molly at the rave", "pills in the dance tent". */
export const PARTY_PLACES = `
after party
afterparty
afters
all nighter
bathroom stall
bender
club
clubbing
dance floor
dance tent
festival
in the loos
in the toilets
open bar
party
rave
raving
techno
the afters
the loos
warehouse party
work loos
`;
