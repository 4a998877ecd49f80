// Employer-confidential matters: 24% of employers passed on candidates who shared confidential
// information (../shared/research/detection.md §4.3). Confirm, whoever the audience.

/** Markers people put on secrets. */
export const MARKERS = `
a little bird told me
accidentally cc'd
accidentally cced
act shocked
act surprised
admin password
been told i can tell nobody
before i delete this
before it goes public
before it got locked down
before it's announced
before it's public
before its announced
before its public
before the announcement
before the official announcement
before they make me delete
between you and me
break my nda
breaking my nda
by accident saw
can tell literally nobody
cant keep quiet
cant name names
cant officially say
cant say more
cant say much
cant say much but
cant say too much
cant say who
cant tell the team why
client doesn't know
client doesnt know
clients don't know
confidential deck
confidential doc
confidential memo
confidential roadmap
copied the client list
couldnt wait to share
customers don't know
customers dont know
database password
delete this later
deleting this in
deleting this later
didnt hear it from me
didnt hear this from me
do not distribute
do not forward
do not share
doesnt know yet
dont quote me
dont share this
dont tell anyone
dont tell anyone at work
dont tell comms
dont tell hr
dont tell legal
dont tell marketing
dont tell my boss
dont tell my manager
downloaded the client list
emailed it to my personal
embargoed
fired for posting this
for internal use
forget i said anything
forget i said that
forget you read this
forwarded it to my personal
friend at the factory
get fired for posting this
got cc'd on
got cced on
has not been told
hasnt been announced
hasnt been told
have not been told
havent been told
havent disclosed
havent told customers
heard through the grapevine
highly confidential
hush hush
i can't tell the team
i do the books
inside info
inside knowledge
inside scoop
insider info
insider knowledge
insider tip
internal email
internal memo
internal numbers
internal only
internal roadmap
internal slack
internal use only
investors don't know
investors dont know
isnt official yet
isnt public
ive read the trading update
ive seen the contracts
ive seen the emails
just between us
keep it quiet
keep it to yourself
keep it to yourselves
keep that to yourself
keep that to yourselves
keep this between us
keep this quiet
keep this to yourself
leaked
leaked memo
leaked the
leaking the
leaking this
legal says we're not
legal says were not
legal told us not
little birdie
look surprised
nda but
nda says
no one knows yet
no one outside the
no one was supposed to
nobody knows yet
nobody outside
nobody outside the
nobody was supposed to
not allowed to say
not announced yet
not been announced
not disclosed yet
not disclosing
not disclosing it
not for distribution
not meant to know
not meant to see
not official yet
not public until
not public yet
not supposed to know
not supposed to say
not supposed to see
not supposed to share
not supposed to tell
not telling customers
not who the team thinks
off the record
on my boss's screen
on the dl
on the down low
overheard our
overheard the
play dumb
pre announcement
pretend to be surprised
prod password
production password
public line
root password
rumor has it
rumor is
rumour has it
rumour is
sacked for posting this
saw by accident
saw it on my boss's screen
saw it on my manager's screen
saw the list
saw the slide deck
screw the nda
secret project
seen the list
shouldnt be posting
shouldnt be posting this
shouldnt be saying
shouldnt have seen
shouldnt say this
spill the tea
staff find out
staff won't be told
stealth project
strictly confidential
supposed to share this
sworn to secrecy
taking my notes on
taking the client list
telling everyone renewal
the inside scoop
the press doesn't know
told not to say
told not to say anything
top secret
under embargo
under lock and key
under nda but
under wraps
violating my nda
was cc'd on
wasnt meant to see
wasnt supposed to see
were not disclosing
weve been briefed
you didn't hear it from me
you didn't hear this from me
you didn't read this
you didnt read this
you never read this
`;

/** Layoffs and restructuring before they are announced. */
export const LAYOFFS = `
about to lay off
cuts are coming
cuts start
cutting jobs next
going to lay off
gonna lay off
job cuts next week
lay off half
laying people off next
layoff list
layoffs are coming
layoffs are inevitable
layoffs are likely
layoffs are on the way
layoffs are planned
layoffs begin
layoffs coming
layoffs incoming
layoffs likely
layoffs next month
layoffs next week
layoffs on friday
layoffs on the way
layoffs planned
layoffs soon
layoffs start
layoffs start next
more layoffs coming
on the layoff list
planned layoffs
planning layoffs
planning to lay off
plans to lay off
redundancies are coming
redundancies are likely
redundancies next week
redundancies start
reorg is coming
reorg next week
restructuring next month
restructuring next week
secret layoffs
there will be layoffs
upcoming layoffs
`;

/** Work matters that are secret only beside a leak cue: "under NDA but…", "acquisition 🤫". */
export const SENSITIVE = `
a disaster
a recall
about to fall through
acquired
acquiring
acquisition
administration
audit found
behind schedule
being bought
being cut
being fired
being let go
being moved
being sold
being sued
board meeting
board pack
board vote
board votes
bonus cut
bonus pool
bonuses
bonuses cut
bought
branch closures
buyout
ceo is leaving
client deck
client list
closing
closing down
closure
codename
commission statements
confidential
cto is leaving
data breach
delayed
deliberations
disciplinary
double booking revenue
down round
draft judgment
drop us
dropping us
due diligence
earnings
earns
expenses fraud
fall through
falling through
fell through
gets the boot
getting bought
getting cut
getting fired
getting sued
getting the boot
getting the chop
going bust
going under
going up
guidance
hiring freeze
hr case
hr file
insolvency
insolvent
interim analysis
internal numbers
investigation
ipo
is delayed
launch date
launch deck
lawsuit
layoff
layoffs
let go
let go next
merger
merger docs
missed the deadline
moving offshore
nda
new ceo
new cfo
new cto
numbers
office is closing
offshoring
our numbers
outsourcing
over budget
pay cuts
pay freeze
pay rises
payroll
payroll printouts
payslips
performance reviews
price increase
pricing
pricing model
product recall
prototype
q1 numbers
q2 numbers
q3 numbers
q4 numbers
raid
recall coming
recalling
redundancies
redundancy
redundancy consultation
redundancy list
relocating
relocation
reorg
replacing our ceo
replacing the ceo
restructure
restructuring
roadmap
runway
salaries
salary spreadsheet
sale of the company
scoring matrix
series a
series b
series c
settlement
shipping in
shut down
shutting down
sneak peek
sold to
spreadsheet
starts monday
strategy deck
suspended
takeover
term sheet
the board
the chop
the contracts
the emails
the figma
the figures
the list
the merger
the new product
the replacement
the reunion tour
the settlement
the spreadsheet
the tender
the transfer
trading update
unannounced
under nda
unreleased
vote of no confidence
whistleblower
whos going
`;

/** Leak cues. */
export const LEAK_CUES = `
a friend in hr
accidentally
allegedly
announce it
announces it
announcing it
are telling
before anyone
before it's official
before the leadership
before they announce
behind closed doors
between us
buckle up
by accident
calling it now
cant say but
ccd
confession
couldnt wait
doesnt know yet
dont buy
dont repeat this
dont tell
finalised
finalized
find out
found the
friend in hr
go public
goes public
gossip
grab the popcorn
heads up
heard from
heard it here first
heard it straight from
hint hint
hush
hush hush
i do the books
i know how
i know what
i know who
i know why
id sell
in confidence
inside scoop
insider
isnt announced till
isnt announced until
isnt out till
isnt out until
ive read
ive seen
just told us
keep it close
keep it that way
keep that
leak
left on
left them
legal says
lets keep it that way
locked down
low key
lowkey
mark my words
no one
no one knows
nobody
nobody knows
not announced till
not announced until
not disclosing
not out till
not out until
not supposed
not telling investors
now i know
off the books
on the printer
on the quiet
oops
overheard
popcorn ready
pretending
psst
quietly
quietly planning
reply all
rumor
rumors
rumour
rumours
said too much
saw on
saw the
screengrab
screenshot
secret
secretly
seen the
sell your
sent it to
sent me a pic
sent my
shared printer
shh
shouldnt
showed my
spill
spoiler
still on the shelves
technically
tell no one
telling everyone
telling the team
told not to
told us all about
told us in confidence
told us not
trust me
until its announced
what i know about
whisper
who leaves
will say
wont be told
word is
word on the street
wrong slack channel
you heard it here first
yourselves
`;

export const NEUTRAL = `
bubble tea
client confidentiality
confidential and
confidential information
confidentiality agreement
confidentiality policy
confidentiality training
cup of tea
data leak prevention
gas leak
green tea
high tea
iced tea
keep confidential
lane closure
lane closures
leak detection
leaked api keys
leaked credentials
leaked keys
leaked passwords
leaked secrets
leaked tokens
memory leak
memory leaks
mutual nda
nda process
nda review
nda template
ndas
our nda template
patient confidentiality
privacy policy
road closure
road closures
sign an nda
signed an nda
tea time
treat as confidential
water leak
`;

export const WORK = `
anything marked
attackers
awareness
best practices
blog
case study
checklist
class
clients
compliance
course
cyber security
cybersecurity
data protection
explainer
guide
handling
hotline
how to
infosec
internal comms
journalism
journalists
just kidding
kidding
lecture
legal team
lessons learned
media training
new guidance
newsletter
newsroom
now marked
open source
open sourced
our clients
phishing
podcast
policies
policy
press briefing
process
protect
protecting
publicly
report it
security
sourcing
students
surprise
template
threat actors
tip
tips
training
webinar
whistleblowing
workshop
`;

/** A health-care worker's shift: with identifying details about a patient it breaks confidentiality. */
export const PATIENT_CONTEXT = `
a e
care home
clinic
home visit
in clinic
in for her
in for his
my patient
my shift
nhs
night shift
nurse life
nurselife
on the ward
our patient
patient
patients
resident
residents
rounds
surgery today
ward
`;

/** Details that identify a patient. */
export const PATIENT_DETAIL = `
bed 4
broken hip
her daughter
her husband
her son
hip replacement
hip replacements
his daughter
his son
his wife
in bed 1
in bed 2
in bed 3
in bed 4
in bed 5
in bed 6
in bed 7
in bed 8
in bed 9
lives alone
month review
never visits
still flirting
still walks
year old
years old
yr old
`;
