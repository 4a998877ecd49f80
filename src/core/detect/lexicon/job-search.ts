// Job hunting while employed: an employer who sees it may act on it. Confirm at a professional audience.

/** Says it plainly. */
export const HUNTING = `
answering recruiter
answering recruiters
applied for a job
applied for other roles
applied to jobs
applying everywhere
applying for jobs
applying for other jobs
applying for other roles
applying for roles
applying on the sly
applying to jobs
counting down to my last day
doing leetcode
drafted my resignation
dropped my cv
dropped off my cv
escape plan
escape this job
find a new job
find another job
finding a new job
gardening leave
gave my notice
get me out of this place
get out of here
get out of this job
glassdoor review
got headhunted
grinding leetcode
hand in my notice
hand in my resignation
hand my notice in
handed in my notice
handed my notice in
handing in my notice
handing in my resignation
handing my notice
hit me up recruiters
i need a new job
if anyone is hiring
if anyones hiring
interview during lunch
interview from my car
interview in my lunch
interview in the car
interview on my lunch
interviewing elsewhere
job hunt
job hunting
jobhunt
jobhunting
jump ship
jumping ship
leave this company
leave this place
leaving my job
leaving this company
leetcode
looking at other jobs
looking at other roles
looking for a new job
looking for a new position
looking for a new role
looking for another job
my escape plan
my glassdoor review
my notice
need a new job
need out of this place
need to get out of this place
new job asap
new job era
new job hunt
new job soon
notice in
on my notice period
on the hunt for a new
one foot out the door
open to new roles
open to recruiters
other job offers
out of here soon
outta here
plotting my escape
polishing my cv
polishing my linkedin
polishing my resume
put in my notice
putting in my notice
quietly applied
quietly applying
quietly exploring
quietly looking
quit my job
quitting my job
recruiter call on my lunch
recruiter dms
recruiter messages
recruitment agencies
replying to recruiters
resignation drafted
resignation ready
secret interview
secretly interviewing
sending my cv
sending out resumes
sent my cv
sent out applications
sent out resumes
serving my notice
serving notice
signed up to an agency
signed up with an agency
talking to recruiters
time to get out
took a recruiter call
took the recruiter call
turned on open to work
two weeks notice
two weeks' notice
update my cv
update my linkedin
update my resume
updated my cv
updated my resume
updating my cv
updating my linkedin
updating my resume
verbal offer
working my notice
`;

/** Job-hunt steps that are about the writer only with "I"/"my" nearby ("my job interview", not "job interview tips"). */
export const HUNTING_SELF = `
accepted an offer
accepted the offer
application at a time
call with a headhunter
call with a recruiter
career coach
case interview
copies of my resume
counter offer
counting sleeps until freedom
cover letter
cover letters
final interview
final round
final stage
first round
first round at
floated a number
for a reference
gave notice
getting poached
giving notice
got an offer
handed in my notice
headhunter
headhunter called
headhunter today
hiring process at
interview at
interview in
interview outfit
interviewed at
interviewing at
job applications
job fair
job interview
job offer
job search
last day is
leaving my good notebook
looking for a job
my interviewer
my new job
my resume
my start date
new company
notice handed
offered me a role
offered me more
offered me the job
offers on the table
panel interview
poached
psychometric test
recruiter
recruiter call
recruiter reached out
recruiters
reference check
relieving letter
resignation letter
resigned
salary bands
salary they offered
second interview
sending out applications
sending out industry applications
signed the contract
start date
started looking
take home test
the interviewer
the number they floated
tried to poach
two offers
updated my naukri
updating the cv
weeks notice
`;

/** Job-hunt words that are a risk only beside secrecy or bad timing. */
export const WEAK = `
accepted a job
accepted a job at
accepted a role
accepted an offer
application
application sent
applications
applications sent
assessment centre
career change
coding test
cv
dms open
final round
headhunter
headhunters
hey recruiters
hiring manager
hiring managers
interveiw
intervew
interview
interview with
interviewed with
interviewing
interviewing with
interviews
intervju
inteview
last day here
linkedin premium
my dms are open
new job
new opportunities
new role
notice period
offer
offer letter
open to offers
open to opportunities
open to work
opentowork
opportunities
recruiter
recruiter dm
recruiters
recruiters call
recruiters only
rejected again
resign
resignation
resigned
resigning
resume
second round
take home coding test
take home task
take home test
technical test
`;

/** Secrecy or bad timing that turns a job-hunt word into a risk: "interview during lunch, boss has no idea". */
export const SECRECY = `
a competitor
a rival
another bank
another company
behind
boss doesn't know
boss doesnt know
boss has no idea
break it to my boss
called in sick
competitor
competitors
considering leaving
counteroffer
current company
current employer
currently stuck
doesnt have a recruiter
doesnt value me
dont look at my screen
dont tell
during lunch
fake dentist
fake doctor
fingers crossed
for another company
gonna leave
hand my notice in
hiding
how to tell my boss
how to tell my manager
if my boss finds out
if my boss knew
if my head knew
if my headteacher knew
if my line manager knew
if my manager finds out
if my manager knew
if work knew
in my car
in the car park
in the stairwell
like a spy
lowkey
more
more money
my current job
negotiate
no one knows
nobody at my current job
nobody knows
nobody tell my
offered me
on the dl
on the down low
or just leave
pay rise elsewhere
percent more
secret
secretly
sees this
shh
sick day
sneak off
sneaking off
sneaking out
snuck off
so done
stairwell
stuck in a
tell my boss
tell my manager
tell them monday
telling my boss
telling my manager
tempted to jump
tempted to leave
the competition
thinking of leaving
told hr
told my manager
told work
use it to negotiate
whispering
wish me luck
`;

/** Hiring, advice and careers talk from the other side of the table. */
export const NEUTRAL = `
candidate experience
career fair
customer interview
customer interviews
early bird offer
exit interview
fellow recruiters
final round funding
final round of
hiring process
interview process
interview questions
interview tips
interview with ceo
interview with founder
interview with our
interview with the
introductory offer
job board
job boards
job fair
job hunting tips
job offer letter template
job openings
job posting
job postings
job search tips
job seeker
job seekers
launch offer
limited offer
next chapter for our
next chapter of our
now hiring
offer code
offer ends
offer valid
on offer
open roles
our offer
podcast interview
special offer
to offer
user interview
user interviews
we also offer
we are hiring
we offer
we offered
were hiring
what we offer
`;

export const WORK = `
advice
applicants
apply
apply now
article
as a recruiter
candidates
career coach
careers adviser
careers advisor
careers coach
careers page
coaching
episode
graduate scheme
graduates
guide
hiring
job advert
job adverts
job seeker
job seekers
jobseekers
join our team
join us
mentees
of candidates who
of employees who
of people who
of staff who
of workers who
our team
pay bands
podcast
recruiting
recruitment
series
students
time to hire
tips
webinar
workshop
`;
