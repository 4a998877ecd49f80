// Swearing: 60% rate it unprofessional (../shared/research/detection.md §4.3). Compounds the list
// does not know ("clusterfuck", "absofuckinglutely") are caught by obscenity (profanity.ts).

/** Strong swearing. */
export const STRONG = `
a55
arse
arsehole
arseholes
ass
ass off
asses
asshat
asshole
assholes
b1tch
bastard
bastards
batshit
bawbag
bawbags
being a dick
bellend
bellends
biatch
bitch
bitches
bitching
bitchy
bloody hell
bollocks
bullshit
cunt
cunts
dick move
dickhead
dickheads
dipshit
douche
douchebag
dumb ass
dumbass
effing
f off
fat ass
fck
fcking
feck off
fecker
feckers
fecking
ffs
fk
fking
fkn
fookin
fucc
fuck
fucked
fucker
fuckers
fuckery
fuckin
fucking
fucks
fuckup
fuk
fuking
fuq
god damn
goddammit
goddamn
goddamnit
gtfo
half assed
holy shit
horseshit
jackass
kak
kiss my ass
knn
knobhead
knobheads
lazy ass
mfer
mfers
mofo
motherfucker
motherfuckers
motherfucking
my ass
omfg
pain in the ass
phuck
phuk
piss off
pissed off
pissing me off
poes
prick
pricks
putang ina
putangina
sh1t
shit
shit show
shite
shithole
shitload
shits
shitshow
shitting
shitty
sht
smartass
son of a bitch
sonofabitch
stfu
such a dick
such a prick
tosser
tossers
twat
twats
wank
wanker
wankers
what a dick
what a prick
wtaf
wtf
`;

/** Mild swearing: low, one step below the category's level. */
export const MILD = `
bad ass
badass
bloody
bs
bugger
cock up
crap
crappy
dammit
damn
damnit
fml
hell
kick ass
lmfao
mf
pissed
screw this
screw you
sod off
sucks ass
the hell
what the hell
`;

/** Slurs: high; hurtful whatever the audience. */
export const SLURS = `
chink
chinks
dyke
dykes
fag
faggot
faggots
fags
kike
kikes
nigga
niggas
nigger
niggers
retard
retarded
retards
spastic
spaz
towelhead
trannies
tranny
wetback
wetbacks
`;

export const NEUTRAL = `
a hell of a
assess
assessed
assesses
bastard file
bastard files
bloody good
bs degree
bs in
chink in the armor
chink in the armour
damn good
finger prick
hell of a
hell or high water
hell week
hells kitchen
kick ass speakers
one hell of a
pin prick
prick test
skin prick
`;
