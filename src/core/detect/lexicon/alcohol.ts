// Alcohol. Severity follows what people rate unprofessional: heavy drinking 69%, one drink 9%
// (../shared/research/detection.md §4.3), so being drunk or hungover is high and a drink is low.

/** Being drunk, a blackout, a binge. */
export const DRUNK = `
a few too many
about my drinking
absolutely pissed
all day sesh
banjaxed
bar crawl
bathroom floor
beer fear
beer goggles
beer pong
bender
big sesh
binge drank
binge drinking
black out drunk
blacked out
blacking out
blackout
blackout drunk
bladdered
blind drunk
blotto
booze cruise
boozed up
boozing
boozy brunch
bottomless brunch
bottomless mimosas
cant remember how i got home
cant remember last night
chugged
chugging
cross faded
crossfaded
crunk
day drinking
day drunk
dont remember getting home
dont remember last night
drank too much
drank way too much
drinking game
drinking games
drunk
drunk af
drunk as a skunk
drunk dial
drunk dialed
drunk dialled
drunk text
drunk texted
drunk texting
drunken
drunkenly
drunker
drunkest
flip cup
get hammered
get smashed
get trashed
get wasted
getting hammered
getting smashed
getting trashed
getting wasted
got hammered
got smashed
got trashed
got wasted
had too much to drink
had way too much to drink
hammered
hanxiety
heavy night
jager bombs
jagerbomb
jagerbombs
keg stand
keg stands
langered
langers
lashed
leathered
legless
liquid afternoon
liquid breakfast
liquid lunch
liquored up
messy night
munted
my drinking problem
no idea how i got home
off my face
off my head
off my trolley
on a bender
on the lash
on the piss
on the sesh
one too many
out of my face
out on the lash
out on the piss
paralytic
pissed as a newt
pissed up
plastered
pre drinks
predrinks
pub crawl
puked after
rat arsed
rat faded
ratarsed
seeing double
several too many
shit faced
shitfaced
shotgunned a beer
shotgunning
slizzard
slizzed
slizzerd
slizzered
slizzurd
sloshed
smashed last night
so drunk
so wasted
sozzled
spewed
steaming
steaming drunk
still drunk
still pissed
tanked up
three sheets
three sheets to the wind
threw up after
too many beers
too many drinks
too many shots
trolleyed
wankered
wasted
wasted last night
way too much wine
went on a bender
what happened last night
woke up on the bathroom floor
woke up on the floor
`;

/** Merry rather than drunk: still more than one drink. */
export const TIPSY = `
a bit merry
a few too many
a heavy one
a messy one
back on the sauce
beer fear
big one last night
big sesh
boozy
buzzed
day drinks
faded af
few too many
hangover cure
hangover cures
hangover free
hangover remedy
heavy one
hit the sauce
merry
messy one
my liver has
my liver hates me
my liver is
my poor liver
on the sauce
on the sesh
open bar
pre gaming
pregame
pregaming
pub crawl
sesh
sloshy
so faded
squiffy
still recovering from last night
the beer fear
tipsy
tipsy texting
turnt
turnt up
wine drunk
`;

/** The morning after. */
export const HANGOVER = `
babalaas
babbelas
hair of the dog
hangin
hangover
hangovers
hangxiety
hung over
hungover
hungovr
`;

/** Drinks by name: one is fine for most people, so low. */
export const DRINKS = `
a bev
a drink
absinthe
ales
amaretto
aperol
aperols
armagnac
baijiu
baileys
beer
beer o'clock
beers
bevs
bevvies
bevvy
bloody mary
bloody marys
booze
bottle of rose
bourbon
brandy
brewski
brewskis
bubbly
bud light
bud lights
calvados
cans
cans of
champagne
cheeky pint
cheeky vino
cider
ciders
cocktail
cocktails
cognac
coors light
coors lights
daiquiris
drinks
espresso martini
feni
g t
gin
gin and tonic
gins
glass of red
glass of wine
glasses of wine
gluhwein
gluhweins
goon bag
goon sack
grappa
hennessy
ipa
ipas
jager
jagerbomb
jagerbombs
jagers
klippies
lager
lagers
large peg
large pegs
limoncello
limoncellos
marg
margarita
margaritas
margs
martini
martinis
mezcal
miller lite
miller lites
mimosa
mimosas
mojitos
negroni
negronis
old monk
palomas
peg of
pegs of
pint
pints
pornstar martini
prosecco
proseccos
rose all day
rose wine
rum
rums
sake bombs
sambuca
sambucas
sangria
schnapps
scotch
seltzers
shandy
snakebite
soju
spritz
spritzes
stubbies
tequila
tequilas
tinnies
tinny
toddy
vino
vinos
vodka
vodkas
whiskey
whiskeys
whiskies
whisky
white claw
wine
wine night
wine o'clock
wine tasting
wines
`;

/** Party words that mean drinking only next to a drink ("tequila shots"), never alone ("flu shots"). */
export const PARTY = `
boat party
bottomless
clubbing
day party
drinking
happy hour
last night
lit
partied
partying
pre drinks
predrinks
pregame
pres at mine
rager
shot
shots
`;

/** Signs of excess next to a drink. */
export const EXCESS = `
2 for 1
again
all day
all night
all weekend
amount of
and it's only
and its only
beers deep
before lunch
before noon
body weight in
bottle
bottles
box of wine
boxed wine
cannot remember
cant remember
card behind the bar
consumed
didnt sleep
downed
dozen
drinks deep
endless
every night
fifth
for breakfast
from noon
liter
liters
litre
litres
lunchtime
magnum
many
my body weight in
my weight in
necked
no memory
no sleep
only 2pm
only noon
pints deep
recover from tonight
round 2
round two
sank
should be illegal
since noon
smelling of
still smelling of
stinking of
stumble home
stumbled home
stumbling home
sunk
tab behind the bar
the amount of
the whole bottle
til sunrise
till 4
till 5
till 6am
till sunrise
to recover from
too many
two for one
until 4
until 5
until 6am
until close
until sunrise
whole bottle
`;

/**
 * Counts that make drinks a lot ("three pints", "my sixth glass of wine"): only right before a drink
 * (combos.ts), not anywhere in its sentence ("ten minutes on the book and two hours on the cheese 🍷").
 */
export const COUNT = `
eight
eleven
fifteen
fifty
five
forty
four
fourth
nine
seven
six
sixth
ten
third
thirty
three
twelve
twenty
`;

/** Everyday phrases that contain a drinking word and mean something else. */
export const NEUTRAL = `
again and again
alcohol duty
bar chart
bar exam
bar graph
beer duty
big shot
big shots
blackout curtains
blackout dates
blackout period
blackout poetry
blackout window
book club
booster shot
brandy butter
brandy snap
brandy snaps
buzzed about
club sandwich
drink driving
drinking coffee
drinking from a firehose
drinking tea
drinking the kool aid
drinking water
drunk driver
drunk drivers
drunk driving
drunk on power
drunk with power
espresso shot
espresso shots
flu shot
flu shots
food and drink
ginger beer
got hammered by
hammered home
hammered out
head shots
high bar
lit review
long shot
media blackout
mug shot
news blackout
plastered all over
power blackout
punch drunk
raise the bar
raising the bar
root beer
set the bar
shot at
shot of espresso
shots fired
smashed it
sold out
the bar is
the hangover film
the hangover movie
the hangover part
time wasted
vaccine shot
wasted a day
wasted a morning
wasted a whole
wasted an afternoon
wasted an entire
wasted an evening
wasted an hour
wasted effort
wasted energy
wasted food
wasted hours
wasted money
wasted my time
wasted no time
wasted opportunity
wasted potential
wasted resources
wasted so much time
wasted talent
wasted the day
wasted time
wasted weeks
wasted years
wasted your time
watched the hangover
watching the hangover
wine and dine
wine duty
wine tasting room
`;

/** Work that involves drinks: a trade, not a night out. */
export const WORK = `
2 for 1
attendees
awards
bartender
bartenders
bartending
best seller
beverage
beverages
bottle shop
brand
brewer
breweries
brewers
brewery
christmas tasting
competition
cpg
distil
distiller
distilleries
distillers
distillery
distilling
distributor
distributors
drink responsibly
drinks industry
event
free entry
great to see so many
guests
hospitality
label
labels
ladies night
late licence
late license
licensed
liquor license
menu
mixologist
packaging
pairing
pairings
range
restaurant
restaurants
retailer
sommelier
spirits
stocked
stockists
student night
taproom
tasting evening
tasting evenings
tasting event
tasting room
trade buyers
trade customers
trade tasting
two for one
venue
venues
vineyard
vineyards
we brew
wedding packages
wine list
wineries
winery
`;
