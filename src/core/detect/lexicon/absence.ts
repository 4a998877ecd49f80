// Absence: away from work while supposed to be there. Employers cite "lied about an absence"
// (13% of rejections, ../shared/research/detection.md §4.3). Confirm at a professional audience.

/** Says so outright: calling in sick, skipping work, the boss believing a story. */
export const SKIPPED = `
badge me in
bailed on work
blagged a day off
blagged the day off
blew off work
booked a training day
boss believes i
boss thinks i
boss thinks i'm
boss thinks im
boss thinks my
bunked off
bunked off work
bunked the
bunked work
bunking off
bunking work
call in sick
call out sick
called in ill
called in sick
called off sick
called off work
called out sick
calling in sick
calling out sick
calls in sick
camera off and
camera off from
cheeky afternoon off
cheeky day off
cheeky sick day
chucked a sickie
chucking a sickie
claimed a comp off
clock me in
clock out early
clocked in for me
clocked in from
clocked me in
clocked out early
cover for me while
covered for me while
didnt go in
ditched the office
ditched work
ditching work
dodged work
dodging work
emailed in sick
emailing in sick
everyone at work thinks
fake a sick day
fake busy
fake meeting
fake meetings
fake sick
fake working
faked a sick day
faked sick
faking being sick
faking sick
ferris bueller
get out of the all hands
get out of the meeting
get out of the offsite
get out of the team day
get out of the training
ghosted my shift
ghosted the office
ghosted work
ghosting the office
ghosting work
green status
half day sick
jiggle my mouse
jiggling my mouse
keep my status green
keep slack green
keep teams green
keeping my status green
keeping slack green
keeping teams green
laptop open at home
left my laptop open
left work early without
logged off at lunch
logged off at noon
looking busy
manager thinks i
manager thinks i'm
mark my attendance
marked wfh
mitching
mouse jiggler
mouse jigglers
mouse mover
mouse wiggler
never being caught skiving
no call no show
no one noticed i was gone
nobody noticed i was gone
not going in today
office thinks i
phoned in ill
phoned in sick
phoning in sick
play hooky
played hooky
playing hookey
playing hooky
pretend i'm working
pretend im working
pretend to be sick
pretend to work
pretended to be sick
pretending to be sick
pretending to work
pull a sickie
pulled a disappearing act
pulled a sickie
pulled a sicky
pulling a ferris bueller
pulling a sickie
quiet quitting
rang in ill
rang in sick
ringing in sick
said i had covid
said i had the flu
said i was ill
said i was in a meeting
said i was sick
says i'm in a meeting
says im in a meeting
should be at work
should be working
sick day not sick
sickie
sicky
sign me in
signed me in
skip work
skipped my shift
skipped sprint planning
skipped standup
skipped the afternoon
skipped the all hands
skipped the morning
skipped the offsite
skipped the standup
skipped work
skipping my shift
skipping sprint planning
skipping standup
skipping the afternoon
skipping the all hands
skipping the offsite
skipping the standup
skipping work
skived off
skiving
skiving off
slack on green
slack status active
slack status green
sneaked off early
sneaking off early
sneaking out early
snuck off early
status on green
status set to available
supposed to be at work
supposed to be working
swerved work
swerving work
swipe my badge
swiped my badge
tap my card
team thinks i
teams on green
teams status green
texted in sick
they think i am sick
they think i'm sick
throw a sickie
throw a sicky
throwing a sickie
to get out of the office
to get out of work
told everyone at work i
told my boss i had
told my boss i have
told my boss i was ill
told my boss i was sick
told my boss i'm sick
told my manager i had
told my manager i was ill
told my manager i was sick
told them i had
told them i was sick
told work i had
told work i was sick
told work i'm sick
took a sickie
took the afternoon off without telling
while on the clock
without telling anyone at work
work thinks i
work thinks i'm
`;

/** Time off that is fine alone and is an absence story beside the beach or the bar. */
export const OFF_WORK = `
aeroplane mode
airplane mode
all hands
calendar says
camera off
cameras off
clock off early
clocked in
clocked off early
cough cough
dentist appointment
doctors appointment
during a call
during a meeting
during my shift
during standup
during the meeting
during the standup
during work
during work hours
duvet day
extended lunch
fake wfh
family emergency
home sick
hour lunch
hr lunch
in a meeting
instead of working
joining the standup
laptop closed
laptop shut
leave early
left early
left the office
left work
left work at
log off early
logged in
logged off early
logged on
logging off early
meant to be at work
meant to be in the office
meant to be working
mental health day
mid shift
my calendar says
my shift
off sick
off today
off work
officially working
on a call
on company time
on mute
on my lunch break
on shift
on sick leave
on slack
on teams
on the clock
on zoom
out sick
phone off
remote today
should be in the office
sick day
sick days
signed off
slipped out early
sneaked out
snuck out
sprint planning
standup
status says
supposed to be at the
supposed to be in a meeting
supposed to be in the
supposed to be in the office
technically at work
technically on shift
technically working
the 9am
the offsite
the standup
wfh
wfh from the beach
wfh today
work from home
working from home
working from the beach
working from the pool
working remotely today
`;

/** Fun that makes "sick day" an absence story. Also used by other rules as "out having fun". */
export const LEISURE = `
a boat
a gig
a pint
allotment
alton towers
amusement park
aquarium
arcade
ascot
ashes
back to bed
ball game
ballpark
bar
barbecue
baseball game
bbq
beach
beach day
beaches
beachside
beer
beer garden
beers
benidorm
binge watching
binging
boardmasters
boat
bonnaroo
boozer
boozy lunch
bottomless brunch
bowling
brewery tour
brunch
burning man
camping
canoe
canoeing
casino
cheltenham
chessington
cinema
coachella
coast
cocktail
cocktails
concert
creamfields
cruise
day drinking
day party
day spa
day trip
derby day
disney
disneyland
disneyworld
download festival
drinks
driving range
escape room
eurostar
f1
festival
festival season
field day
fishing
fishing trip
football
football game
fun day
game day
gaming
garden centre
gig
gin tasting
glamping
glastonbury
go karting
golf
golf course
golfing
gondola
goodwood
grand final
grand prix
hike
hiking
horse racing
hot tub
hurling match
ibiza
in a field
in bed till noon
in the sun
karting
kayak
kayaking
kick off
lake
lake district
lakeside
lazy day
leeds festival
lido
lie in
lilo
lollapalooza
lords
lounging
mall
margaritas
massage
match day
matchday
matinee
mimosas
movies
music festival
my tan
mykonos
nap
napping
netflix
on a sunbed
on the beach
paddle boarding
paddleboard
paddleboarding
paintball
picnic
pints
playing games
pool
pool bar
pool day
pool float
pool party
poolside
powder day
pub
pub garden
pub lunch
queueing for
queuing for
race day
racecourse
reading festival
road trip
road tripping
roller coaster
rollercoaster
roof rack
rooftop bar
safari
scuba
sea swim
seaside
shopping
shopping spree
silverstone
six nations
ski
ski lift
skiing
sleeping in
slept in
slopes
snorkeling
snorkelling
spa
spa day
space mountain
sprint planning
stadium
state of origin
straight back home
sun lounger
sunbathing
sunbed
sunbeds
sunlounger
sunshine
surf
surfing
tailgate
tailgating
tanning
tee time
tenerife
tennis
test match
the beach
the beach bar
the boozer
the coast
the cricket
the derby
the footie
the game
the match
the races
the river
the sales
the slopes
the swell
the track
the zoo
theme park
theme parks
tiki bar
vacay
vegas
video games
vineyard
water park
waterpark
wellies
went home
wild swimming
wimbledon
wine tasting
zoo trip
`;

export const NEUTRAL = `
comedy standup
on the clock for
out of office message
out of office policy
out of office reply
paid sick days
paid sick leave
remote work
sick and tired
sick day policy
sick days policy
sick leave
sick leave policy
sick of
sick pay
sick to death of
standup comedian
standup comedy
standup comic
standup set
standup show
standup special
wfh policy
wfh setup
work from home days
work from home policy
work from home tips
working from home tips
`;

/** Telling work a story: on its own ambiguous, with a lie, a quote or a beach it is an absence. */
export const TOLD = `
blocked my calendar
blocked my diary
blocked out my calendar
called it a
cover for me
covered for me
covering for me
emailed my boss
emailed my manager
emailed my team lead
emailed the lecturers
emailed work
in the calendar
let my boss think
logged in at
logged it as
marked myself as
messaged my boss
messaged my manager
my boss approved my
my manager approved my
my team thought i was
on my calendar
out of office says
phoned in with
put in my calendar
put it in the diary as
rang in with
rescheduled my
sent the
set my status to
status in a meeting
tell the client
texted my boss
texted my manager
think im at
thinks im at
thinks im in
told boss
told everyone at work
told hr
told my boss
told my boss it was
told my line manager
told my manager
told my oga
told my supervisor
told my team
told my team lead
told the boss
told the foreman
told the head
told the manager
told the office
told the site manager
told the site supervisor
told the supervisor
told them at work
told them my
told them the
told work
wont be in
`;

/** Marks of a lie or an excuse that was not true. */
export const LIE = `
actually
actually at
allegedly
are fine
but i'm actually
but i'm at
but im actually
but im at
but really
fake
faked
in actual fact
in fact
in reality
in reality i am
instead i'm at
instead im at
is fine
is not cancelled
it wasn't
it wasnt
lie
lied
little did they know
little do they know
lying
nope
not actually
notactuallysick
pretend
pretending
real reason
reality
really at
spoiler
supposedly
the real reason
the truth
truth is
was actually
was not
was not cancelled
wasnt
wasnt cancelled
when actually
when really
`;

/** Excuses for missing work: in scare quotes ("dentist") they are a story. */
export const EXCUSES = `
a cold
a cough
a headache
a migraine
a wedding
appointment
at a client site
at a customer site
bad back
boiler
broke down
broken down
burst pipe
car broke down
car trouble
childcare
connection issues
cough
dead grandma
delivery
dentist
dentist appointment
doctor
doctors
doctors appointment
emergency
engineer
family emergency
family thing
flight cancelled
flu
food poisoning
funeral
grandmas
grandmas funeral
headache
ill
illness
jury duty
migraine
my car broke down
my grandma
my nan died
optician
personal day
plumber
sick
sick day
sick days
sick leave
sore throat
stomach bug
the boiler
train cancelled
tummy bug
unwell
vet
wfh
with a cold
working from home
`;

/** Being ill: beside a beach or a festival it reads as faked. */
export const SICKNESS = `
cough cough
cough on the first call
croaky
dental emergency
dodgy back
feeling rough
flu
funeral
grandmother has died
heavy cold
losing connection
migraine
off sick
poorly
power cut
sick
sick today
so sick
stomach thing
temperature
train was stuck
under the weather
unwell
van broke down
`;

/** Hiding something from work: "if anyone from work sees this". */
export const HIDING = `
boss has no idea
boss will never know
delete this later
deleting this later
dont tell my boss
dont tell my manager
dont tell work
hope my boss doesn't
hope my boss doesnt
hope my manager doesn't
hope my manager doesnt
if anyone at work sees this
if anyone from the office sees this
if anyone from work sees this
if hr sees this
if my boss sees this
if my manager sees this
if my supervisor sees this
if my team sees this
if work sees this
manager has no idea
manager will never know
no one at my current job
no one at work knows
no one even noticed
no one needs to know
no one noticed
no one on my team noticed
no one will notice
no you didn't
nobody at my current job
nobody at work knows
nobody even noticed
nobody needs to know
nobody noticed
nobody on my team noticed
nobody will notice
not telling my boss
not telling my manager
not telling work
office has no idea
our little secret
sees this
they will never know
they won't notice
they wont notice
theyll never know
what they don't know
what they dont know
without telling anyone
wont even notice
work has no idea
you didn't see this
you never saw this
`;

/** Research and reporting about absence ("1 in 3 workers have faked a sick day"): not a confession. */
export const WORK = `
1 in 3
absenteeism
article
data
employees
episode
guide
hidden cost
hr teams
managers
one in three
per cent
percent
podcast
policy
presenteeism
report
research
respondents
staff
study
survey
webinar
workers
`;
