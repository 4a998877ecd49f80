// Sexual content: rated unprofessional by 86% (../shared/research/detection.md §4.3), so high.

export const EXPLICIT = `
a nude of
afternoon delight
and a bit more
asked for pics
asking for pics
back to mine
bad sex
banged
bdsm
best sex
bj
blowjob
blowjobs
body count
boned
bonked
boob pic
boobs
booty call
bottle of lube
boudoir photoshoot
break the bed
broke the bed
broke the headboard
butt stuff
came back to mine
cheeky snog
chemsex
christened every room
christened the bed
clapping cheeks
deepthroat
dick pic
dick pics
did not go home alone
did not leave the bedroom
did the deed
did the walk of shame
didnt go home alone
didnt leave the bedroom
dildo
dirty talk
doggy style
dominatrix
domme
dtf
ended up in bed with
escort service
ex sex
fetish
findom
freak by night
friends with benefits
fwb
get frisky
get laid
getting frisky
getting jiggy
getting laid
getting some
getting some action
go down on
got frisky
got laid
got lucky
got naked
got some action
great sex
had a root
had sex
hall pass
handjob
hanky panky
having sex
hook up
hook up with
hooked up
hooked up with
hooker
hookers
hooking up with
hookup
hookups
horny
in bed and not because
kink club
kink night
kink party
kinky
lap dance
lube
made out with
make up sex
makeup sex
making love
making out with
mid act
mile high club
milf
morning glory hit
morning sex
morning wood
my kink
my onlyfans
naked pics
netflix and chill
never left the bedroom
new kink unlocked
nip slip
nooky
nsfw
nsfw pics
nude pics
nude selfie
nudes
on the pull
one night stand
one night stands
one thing led to another
only fans
onlyfans
open marriage
open relationship
opened up our marriage
opening up our marriage
orgasm
orgasms
orgy
polyamorous
porn
pornhub
porno
pulled last night
quickie
reverse cowgirl
rumpy pumpy
safe word
send nudes
send pics
sending nudes
sending pics
sent a nude
sent her a nude
sent him a nude
sent nudes
sex drive
sex life
sex tape
sex toy
sex toys
sex with
sext
sexted
sexting
sexts
sexy time
shag
shaggable
shagged
shagging
situationship
sleeping with
slept together
slept with
smashed her
smashed him
snogged
snogging
spanked
spicy photo
spicy photos
spicy pic
spicy pics
spicy selfie
strip club
stripper
strippers
sucked off
sugar baby
sugar daddy
sugar mommy
swingers club
swingers night
swingers party
talk dirty
talked dirty
talking dirty
talks dirty
tapped that
the sex has
the sex was
thirst trap
threesome
tits
titties
took her home
took him home
topless
unsolicited dick pic
unsolicited nude
unsolicited nudes
very happy with each other
vibrator
walk of shame
wanna bang
want to bang
went down on
went home with a
wet dream
woke up at her place
woke up at his place
woke up in bed with
woke up next to
`;

/** Words that read as sexual only beside another sexual cue (🍆🍑, "sexy" + "naked"). */
export const WEAK = `
a giver
adult shop
apologies to the neighbors
apologies to the neighbours
bad decisions
bed
best cardio
between the sheets
birthday suit
bite marks
blindfold
body shot
body shots
booty
bumble
cant walk
condom
condoms
cuddle buddy
cuddling
date
definitely not my husband
definitely not my wife
dirty
discreet packaging
erotica
filth
filthy
fit guy
flirt
flirting
freak
freaky
frisky
going at it
handcuffs
headboard
her flat
her place
hickey
hinge
his flat
his place
hot girl
hot guy
hot neighbor
hot neighbour
hot stranger
if you know you know
in laws
iykyk
king size bed
kink
kinky
latex
lingerie
love bite
lube
match
matched
naked
naughty
naughty pics
neighbors heard
neighbours heard
new toy
no knickers
no pants
not cuddling
not quiet enough
nude
paper thin walls
rizz
role play
roleplay
room service
sex shop
sexy
skinny dip
skinny dipping
smashing
sneaky
sore from last night
sorry to the neighbors
sorry to the neighbours
spank
spicy
stay the night
stayed for breakfast
stayed over
stayed the night
steamy
stranger
strangers
tall dark
thats all im saying
the bed
the couple next door
the in laws
the sheets
the walls are thin
thin walls
thirsty
thong
tied up
twerk
twerking
walk funny
walking funny
walls are paper thin
walls were thin
were not quiet
who is not my husband
who is not my wife
who isnt my husband
who isnt my wife
whos not my husband
whos not my wife
wink wink
`;

export const NEUTRAL = `
bed and breakfast
blue tits
cable porn
coal tits
dad duty
daddy duty
design porn
earth porn
electric hookup
electrical hookups
food porn
gender and sex
great tits
hook up the
hook up your
hooked up the
hooked up to
hot button
hot coffee
hot desk
hot desking
hot dog
hot dogs
hot mess
hot new
hot off the press
hot sauce
hot seat
hot spot
hot summer
hot take
hot takes
hot tea
hot topic
hot water
hot weather
hotspot
in bed with
kiss goodbye
kiss of death
long tailed tits
naked eye
naked truth
not sexy
power hookups
rv hookup
rv hookups
same sex
sex and gender
sex differences
sex discrimination
sex ed
sex education
sex trafficking
sex workers
sexual and reproductive
sexual assault
sexual harassment
sexual health
sexual orientation
sexy feature
spicy food
spicy take
the sexiest
water hookups
wet paint
wet weather
`;

export const WORK = `
advertising
app store
awareness
brand
campaign
client
clinic
consent
education
fake profiles
harassment
health
hr
launch
launches
market
marketing
policy
prevention
product
research
revenue
revenues
safety
sector
startup
subscribers
survivors
training
trust and safety
users
workplace
`;

/** Hook-up and dating apps and their moves: medium, and quiet in work talk about the apps. */
export const DATING = `
dating app
dating apps
feeld
grindr
hinge prompt
hook up app
hookup app
my hinge
on hinge
on the apps
sneaky link
swiped left
swiped right
tinder
u up
`;
