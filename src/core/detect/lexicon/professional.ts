// Words that make a sentence work talk for every category that can be work talk (alcohol,
// drugs): "our client", "the launch", "thrilled to announce". Each category also has its own
// list (lexicon/<category>.ts, WORK). Never used for strong findings: a work word must not excuse
// "blackout drunk at the client dinner".

export const WORK = `
account management
account manager
ad campaign
advertising
agency
announce
announced
announcement
announcing
b2b
brand
brands
campaign
campaigns
case studies
case study
category
client
clients
collab
collaboration
conference
consulting
consumers
copywriting
creative
customer
customers
deck
distribution
excited to announce
excited to share
expo
hiring
industry
influencer
influencers
investors
join our team
key accounts
keynote
kpi
kpis
label design
launch
launched
launches
launching
market
marketing
media kit
menu design
new account
newsletter
onboarding
our team
packaging
panel
partnership
partnerships
pitch
pitched
podcast
policy
press release
procurement
product
products
proud to announce
proud to share
rebrand
recruiting
research
retail
retailers
revenue
rfp
roi
saas
sales
speaking at
speaking on
sponsor
sponsored
sponsoring
sponsorship
stakeholders
startup
strategy
summit
supply chain
thrilled to announce
thrilled to share
trade show
vendor
vendors
we are hiring
webinar
were hiring
whitepaper
wholesale
won the account
workshop
`;

/**
 * A story told for work ("Here's what bankruptcy taught me", "things I wish I'd known"): the
 * LinkedIn lesson post. Health, money, job-hunt and family words in it are the lesson, not news.
 */
export const STORY = `
as a kid
be the manager
early in my career
heres my story
heres what
how our company
i learned that
leadership lesson
learned more
lesson from
lessons
lessons from
lessons i learned
looking back
my journey
my story
never imagined
our company now
taught me
the lesson
things i wish
what i learned
what i've learned
what it taught me
what ive learned
what not to do
when i was younger
wish i'd known
wish id known
years ago
`;

/**
 * Speaking for an organisation, or about research and teaching ("our clinic", "new report below",
 * "respondents", "lecture series"): plain findings of every category in the sentence and the two
 * either side are the subject of the work, not the writer's news ("cocaine" in a survey of builders).
 */
export const ORG = `
advice line
annual report
anonymity assured
anonymity guaranteed
anonymity respected
apprentices
brewery
candidates
clinic pathway
criminology
employers
epidemiology
findings
for a piece about
for a piece on
for employers
for hr
for managers
fraud team
full report
graduate scheme
guidelines
health team
helpline
hosting a webinar
hr team
journalism
journalist here
journalists
law firm
lecture
lecture series
new paper out
new report
newsroom
on behalf of
open access
our brewery
our brokers
our charity
our clients
our clinic
our course
our customers
our district
our explainer
our findings
our firm
our fraud team
our guests
our guide
our helpline
our hr
our lab
our members
our new paper
our newsletter
our patients
our practice
our pupils
our report
our research
our residents
our service
our students
our study
our survey
our surveys
our tax team
our training
our users
our volunteers
our webinar
our workshop
pharmacology
policymakers
preclinical
press briefing
producer here
referral criteria
reporter here
research
researcher here
respondents
sector report
series a
survey of
surveys
taproom
the report
trust and safety team
we advise
we are advising
we are launching
we are opening
we are recruiting
webinar
were advising
were launching
were opening
were recruiting
workshop
`;

/**
 * A review of someone else's work ("Album review:", "Game review:", "Reviewing the new drama"): the
 * drink, drugs, sex, illness and swearing in it are the work's subject, not the writer's news.
 */
export const REVIEW = `
album review
book review
comedy review
concert review
documentary review
exhibition review
festival review
film review
game review
gig review
movie review
podcast review
restaurant review
retrospective review
reviewing the new
series review
show review
theater review
theatre review
tv review
`;
