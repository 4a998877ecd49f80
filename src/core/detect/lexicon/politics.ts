// Politics: "controversial opinions" 22% (../shared/research/detection.md §4.3): a notice.

export const POLITICS = `
abortion
all lives matter
anti woke
antifa
ballot
biden
black lives matter
blm
brexit
build the wall
canvassed
canvassing
ceasefire
climate action
climate march
communist
communists
congressman
congresswoman
conservative candidate
conservative party
conservatives
defund the police
democrat
democratic party
democrats
deportation
deportations
desantis
election
elections
far left
far right
fascism
fascist
fascists
gaza
general election
genocide
get out and vote
go vote
go woke
gop
gun control
hamas
idf
illegals
immigrants
immigration bill
impeach
impeachment
kamala
labour candidate
labour party
left wing
leftist
leftists
liberal party
liberals
libs
maga
marched for
midterms
my mp
my vote
netanyahu
obama
political
politicians
politics
polls are open
primaries
prime minister
pro choice
pro life
putin
refugees welcome
republican
republican party
republicans
right wing
roe v wade
second amendment
senator
socialism
socialist
socialists
stop the boats
the other side has
tories
tory
tory candidate
trans rights
trump
vote conservative
vote democrat
vote for
vote green
vote labour
vote lib dem
vote reform
vote republican
vote snp
vote tory
voted for
voting for
woke agenda
woke mob
write to my mp
writing to my mp
zelensky
`;

export const NEUTRAL = `
cast your vote
conservative approach
conservative estimate
conservative estimates
e government
government affairs
government agencies
government clients
government contracts
government relations
govtech
liberal arts
mp3
mp4
office politics
on the left
on the right
our president
political science
president and ceo
president at
president of
public sector
rallied
rally around
rally the team
rallying
right wing mirror
student government
the left side
the president of our
the right people
the right thing
the right time
the right to
the right tools
the right way
to the left
to the right
upvote
vice president
vote below
vote for our
vote for us
vote in the poll
vote of confidence
voted best
voted one of
voted top
votes
woke me
woke up
woke us
`;
