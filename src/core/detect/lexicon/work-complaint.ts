// Complaints about the employer: "bad-mouthing a previous company or co-worker" cost 36% of
// candidates a job (../shared/research/detection.md §4.3).

/** Complaints said in so many words. */
export const COMPLAINTS = `
3 people's jobs
60 hour week
70 hour week
80 hour week
about to quit
act your wage
another pointless
another pointless meeting
another unpaid
bare minimum
boss from hell
boss is a nightmare
cant stand my boss
cant stand my coworkers
cant stand my job
cant stand my manager
cant stand this job
clown show
clowns running
corporate bs
corporate bullshit
could have been a slack message
could have been a two line
could have been an email
could not organise a
couldnt organise a
couldve been a slack message
couldve been a two line
couldve been an email
counting down the hours
counting down the minutes
counting the hours
counting the hours until
cried at my desk
cried in the toilets
cry in the car before work
crying at my desk
crying in the toilets
currently stuck
dead end job
doesnt care about us
doesnt value me
doing the work of three
doing the work of two
done with this job
done with this place
dont care about us
dont pay me enough
dont value me
dread going in
dreading going in
dreading monday
dreading work
dumpster fire of a company
fed up with my job
fed up with work
feel undervalued
feeling so valued
feeling undervalued
going to quit
gonna quit
hate it here
hate my boss
hate my co workers
hate my colleagues
hate my company
hate my coworkers
hate my job
hate my manager
hate my team
hate my workplace
hate this company
hate this job
hate this place
hate working here
hiring freeze no raises
hr human remains
i hate it here
idiot boss
idiot manager
job from hell
job is killing me
just a number here
just a number to them
kill me now
lazy girl job
leadership has no clue
leadership has no idea
living the corporate dream
living the dream lol
love working here lol
lunch at my desk again
management has no clue
management has no idea
manager from hell
manager is a nightmare
micromanager
micromanaging boss
mondays suck
my boss is an idiot
my boss sucks
my job sucks
my manager sucks
need a new boss
never again working
never listen to us
never listens
never seen morale
no one here cares
no raise again
nobody here cares
not paid enough
not valued
one more meeting and
over this job
over this place
overworked and underpaid
paid peanuts
passed it off as her own
passed it off as his own
passed over for promotion
pay us properly
piss up in a brewery
pointless all hands
pointless meetings
presented it as her own
presented it as his own
quiet cracking
rage quit
rather be anywhere else
run into the ground
running it into the ground
running this circus
running this place into the ground
screaming match with my boss
screaming match with my line manager
screaming match with my manager
short staffed again
should be fired
should have been an email
shouting match with my boss
shouting match with my line manager
shouting match with my manager
shove it up
shove their
sick of my boss
sick of my job
sick of this job
sick of this place
so close to quitting
so done with this job
so over this job
so undervalued
soul crushing job
soul sucking job
steals credit for my
steals my ideas
stick their new
still haven't been paid
still havent been paid
still waiting for my expenses
stole credit for my
stole my idea
stuck in a dead end
sunday scaries
takes credit for my
taking credit for my
thanks for nothing
the corporate dream
they can stick their
this company is a joke
this company sucks
this job is a joke
this job is killing me
this job sucks
this place is a joke
three people's jobs
threw me under the bus
throw us under the bus
thrown under the bus
tired of this place
took all the credit
took credit for my
took my idea
toxic doesn't cover it
toxic doesnt cover it
toxic workplace
toxicworkplace
treated like a number
treated like crap
treated like dirt
treated like shit
treats us like data points
two people's jobs
underappreciated
underpaid again
underpaid and overworked
understaffed again
unpaid again
unpaid on call
unpaid overtime again
useless meetings
walking hr violation
wanna quit
want to quit
where they can stick
work for free
work is killing me
work sucks
working through lunch again
worst boss
worst company
worst job
worst manager
worst place i've worked
worst place ive worked
worst place to work
zero hours contract
zero recognition
`;

/** Who a complaint is about: "my boss", "this company". A complaint needs a harsh word nearby. */
export const TARGETS = `
agency
all hands
appraisal
at my place
bigwigs
boss
bosses
c suite
ceo
cfo
charge nurse
chief exec
client
clients
co worker
co workers
colleagues
company
corporate
corporate life
corporate overlords
corporatelife
coworker
coworkers
customers
department
director
directors
employer
exec team
execs
expense system
facilities
finance team
foreman
founder
head chef
head of department
head of sales
head office
head teacher
headteacher
higher ups
hr
hr business partner
it department
job
leadership
leadership here
leadership team
line manager
management
management here
management team
manager
managers
mandate
matron
meeting
meetings
middle management
my appraisal
my boss
my bosses
my company
my department
my director
my employer
my expenses
my line manager
my manager
my performance review
my place
my probation
my shifts
my supervisor
my team
my vp
my work
my workload
new policy
office
on call
open plan office
org
organisation
organization
our boss
our ceo
our company
our cto
our director
our hr
our leadership
our manager
our new vp
overlords
pay review
payroll
performance review
powers that be
probation review
procurement
reorg
return to office
rota
rotas
rto
rto mandate
senior leadership
senior management
shift
site foreman
site manager
slt
suits
supervisor
supervisors
systems
team
team lead
teammates
the all hands
the board
the boss
the business
the call centre
the ceo
the company
the cto
the depot
the directors
the execs
the firm
the foreman
the founder
the hospital
the hr
the it team
the job
the leadership
the manager
the managers
the new chief exec
the new system
the office
the partners
the people upstairs
the powers that be
the rota
the school
the shop floor
the startup
the suits
the supervisors
the trust
the ward
the warehouse
this company
this consultancy
this firm
this hospital
this job
this organisation
this organization
this place
this school
this startup
trust
upper management
vp
ward manager
workload
workplace
`;

/** Verbs of complaint that come before who they are about: "hate my job", "sick of this place". */
export const HARSH_VERBS = `
cant stand
cant wait to leave
despise
done with
escape
f*ck
fed up with
fuck
hate
hated
hates
hating
loathe
over it with
screw
screw you
sick of
sod
tired of
`;

/** Harsh words said about the boss or the job: "my boss is useless", "clueless management". */
export const HARSH = `
a farce
a flog
a joke
a mess
a nightmare
a piss take
a shitshow
absurd
amateur hour
annoying
arsehole
as usual
asshole
assholes
awful
backstabbing
belittled
bellend
below inflation
black hole
blamed me
blamed the
blamed us
blames
blames the
blames us
bludgers
bollocks
brain dead
braindead
breathing down my neck
bs
bureaucracy
burning out
burning us out
buzzwords
cancelled our
cancelled the staff
chaos
circus
clapping emoji
clown
clowns
clueless
complete joke
condescending
control freak
cost line
couldnt care less
couldnt find their
couldnt lead
couldnt manage
couldnt organise
couldnt run
cowards
crap
crappiest
crushing my soul
cult
cut my hours
cut our
cut our hours
cut our pay
cut the budget
cutting our
data points
demoralising
demoralizing
destroying me
dick
dickhead
dinosaurs
disaster
disgrace
disgraceful
disrespected
do nothing
does nothing
doesnt care
doesnt listen
dont care
draining
drongo
dumb
dumpster fire
dysfunctional
embarrassing
even worse
every single time
every single week
exhausting
exploitative
exploiting
farce
favorites
favoritism
favourites
favouritism
flew business
for the third time
forced to
galah
garbage
gaslighting
gaslit
golfs with
gutted the
has gutted
has no clue
has no idea
hell
hellscape
hopeless
horrible
hostage
humiliated
humiliating
idiot
idiots
if it bit them
if it slapped them
ignored my
ignored us
ignores
ignoring me
ignoring you
incompetence
incompetent
insane
insufferable
insulting
is killing me
is mid
is worse
jerk
jobs for the boys
jobsworth
joke
killing me
lacks commitment
laughable
lazy
liars
lied to us
like a ghost
like a number
like cattle
like children
like crap
like dirt
like furniture
like numbers
like robots
like shit
like we're kids
like were kids
losers
low morale
lunatic
madhouse
mates get
mess
micromanaged
micromanages
micromanaging
milking us
miserable
morale is in the
morale is low
morale this low
moron
morons
muppet
muppets
nepotism
never answered
never answers
never listen
never once
nightmare
no answers
no backbone
no clue
no idea
no one cares
no one from management
no pay rise
no payrise
no raises
no respect
no support
no thanks
nobody cares
nobody from management
nobody listens
not a penny
old boys club
on a potato
out of their depth
out of touch
overworked
passed over
pathetic
patronising
patronizing
pay cut
pay freeze
penny pinching
piling it on
piling work
piss take
pisses me off
plays golf with
pointless
power hungry
power trip
pretending everything is fine
pretending everything's fine
pretending it's fine
pretending its fine
prick
prison
psycho
quick task
read the room
real terms pay cut
rejected my
rewards is being seen
ridiculous
robbing us
rubbish
says nothing
scam
scrapped our
scrapped the
screamed at
screenshots my screen
shambles
shambolic
shitshow
shittiest
short staffed
shout at us
shouted at
shouts at us
sinking ship
slashed
slowly dying
slowly killing me
snakes
so mid
soul crushing
soul destroying
soul sucking
spineless
still can't
still cant
still hasn't
still hasnt
stingy
stupid
suck
sucks
takes all the credit
takes every
takes the credit
taking the piss
talked down
talks down
terrible
thanks a lot
thanks for nothing
the only thanks
the vibes here
the worst
their mates
tight fisted
tone deaf
took the credit
tosser
toxic
trash
treat us like
treated like
treats nurses like
treats us
treats us like
twat
two faced
unbearable
underpaid
understaffed
unfair
ungrateful
unpaid overtime
unreal
useless
vanity project
vibes are off
wake me when
walking out
wanker
waste of my time
waste of time
wasted my time
watching my every
what a waste
what do they do all day
wont let me
wont listen
worst
worthless
wouldnt know
wrote me up
yell at us
yelled at
yells at us
yet again
zero answers
zero support
zero thanks
zoo
`;

/** Advice and reporting about bad workplaces, not complaints about one's own. */
export const NEUTRAL = `
at worst
bad boss
bad bosses
fire drill
good work
great work
hard work
hate speech
job description
job security
job title
joke aside
jokes aside
love hate
nightmare scenario
team work
teamwork
the worst is over
toxic culture
toxic work culture
toxic work environment
toxic workplace
toxic workplaces
work life
work life balance
worst case
worst case scenario
worst of it
`;

/** Sarcasm markers: beside "this company" or "my manager" a complaint. */
export const SARCASM = `
a real treat
a visionary
amazing leadership
another genius decision
another great decision
another reorg
another restructure
appreciate you too
award winning culture
because of course
best employer ever
best job ever
branded fleece
cheers boss
cheers management
cool cool cool
couldnt write it
dream job lol
everything is fine
exciting times
feeling appreciated
feeling so valued
free pizza
funny that
galaxy brain
genius leadership
genius move
good to know where i stand
great culture
great leadership
human remains
inspiring stuff
like a family here
living the dream
love it here
love that for me
love that for us
love working for
magic
make it make sense
mandatory fun
morale is thriving
nice try
not at all shady
not suspicious at all
nothing says
of course they did
open door policy
peak leadership
peak management
pizza friday
pizza party
read the room
really feeling the investment
really feeling the love
resilience training
shocking
shout out to my company
so appreciated
so empowering
so that was fun
so valued
such a great culture
sure jan
synergy
thanks boss
thanks facilities
thanks leadership
thanks management
thanks so much
this is fine
thoughtful as ever
totally fine
truly inspired
truly valued
unbelievable
valued employee
visionary leadership
we are a family
wellness webinar
were a family here
were like a family
what a time
what could go wrong
wonderful times
`;
