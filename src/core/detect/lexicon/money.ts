// Money: the writer's pay, debts and spending are private; a company's revenue is not.

/** About the writer's own money by their wording. */
export const PERSONAL = `
a loan to pay off a loan
accumulator
arrears
ask my mum to cover
asked for a raise
asking for a raise
at the casino
bailed out my
bailiffs
behind on bills
behind on council tax
behind on rent
behind on the rent
bet my
betting slip
blackjack table
blew it all
blew my
bnpl
borrow from my mum
borrowed from my mum
brassic
broke af
broke til payday
broke till payday
broke until payday
buy now pay later
cant afford
cant make rent
cant pay rent
car got repossessed
car was repossessed
card bill
card declined
card got declined
card just got declined
card was declined
ccj
chapter 7 papers
couldnt afford
county court judgment
credit cards maxed
credit score dropped
days till payday
days until payday
dead broke
debt collector
debt collectors
debt management plan
down bad
entire paycheck
entire paycheque
f o trading
filed for bankruptcy
filing for bankruptcy
flat broke
foodbank referral
gambled
gold loan
got a bonus
got a pay rise
got a raise
got liquidated
got paid today and
got repossessed
got the raise
had to ask my mum for
had to borrow
hasnt paid child support
havent paid child support
hospital bill
house got repossessed
i owe everyone
im broke
in my overdraft
in the red
instant loan apps
iva
klarna
klarna payments
late on rent
left for two weeks
left until payday
leverage trading
living on beans
living on toast
loan got declined
loan got rejected
loan repayments
loan shark
loan was declined
loan was rejected
lost everything
lost everything in
lost it all
lost money on
lost my bet
lost my savings
lost my shirt
lost my whole
make six figures
maxed out
maxed out both
maxed out my
medical bills
medical debt
memecoin
minimum payment
minimum payments
missed card payments
missed payments
missing two card payments
months behind on my rent
months behind on rent
months behind on the rent
mortgage arrears
my 401k
my bank account
my bills
my bonus
my card got declined
my credit card
my credit score
my crypto portfolio
my debt
my debts
my entire salary
my finances
my income
my inheritance
my loans
my mortgage
my net worth
my pay
my pay rise
my paycheck
my paycheque
my pension
my portfolio
my portfolio is down
my raise
my rent
my salary
my savings
my student loans
my wage
my wages
negative equity
net pay
options trading
overdraft fee
overdraft maxed
owe the irs
parlay
parlays
pawn shop
pawned
pay cut
pay packet
pay rise
pay went in
paycheck to paycheck
payday cant come soon enough
payday lender
payday loan
payment plan
remortgage
rent and bills
repossessed my car
repossession
robinhood account
romance scammer
rug pulled
said no to the loan
salary went in
scratchcard
six figure salary
skint
slot machines
so broke
sportsbook
straight back out
the bookies
took a pay cut
took out a loan to pay
turned down for a loan
turned down for the loan
universal credit sanctioned
used a food bank
wage garnishment
wages went in
went all in on
whole paycheck
whole paycheque
`;

/** Amount words; with "I make", "my salary" etc. nearby they are the writer's money. */
export const AMOUNT_VERBS = `
a month
a year
account
afford
bet
bill
bitcoin
blew
blown
bonus
borrow
borrowed
broke
cost me
costs me
credit card
credit cards
crypto
currently on
debt
down
earn
earned
earning
earns
end of the month
grand
in my account
income
lend me
loan
loans
lost
make
making
mortgage
net
offered
offered me
overdraft
owe
owed
paid
pay
paycheck
pension
per month
per year
portfolio
raise
rent
salary
savings
skint
spent
stocks
student loan
student loans
take home
til payday
till payday
until payday
up
wages
went on
`;

export const WORK = `
apply
arr
award
benefits package
brokers
budget
charity
clients
closed our
company
compensation
contract
cost savings
costs
customers
deal
debt advice
discount
donate
donated
donation
donations
fixed rates
fund
funding
funding round
fundraising
grant
hiring
investment
investors
job
margin
market
mortgage market
mrr
newly qualified
our team
per annum
per seat
per user
plan
position
price
prices
pricing
prize
pro rata
profit
q1
q2
q3
q4
quarter
raised
revenue
role
round
salary bands
salary from
salary range
sales
saved our
scholarship
seed
seed round
series a
series b
starting salary
startup
subscription
ticket
tickets
turnover
vacancies
vacancy
valuation
`;

export const NEUTRAL = `
in debt to
make a difference
make it
make sure
maxed out capacity
paid dividends
paid off
pay attention
pay gap
pay it forward
pays off
raise awareness
raise money
raise the bar
raised money
salary bands
salary range
salary ranges
salary transparency
tech debt
technical debt
`;

/** Debts and hardship: the writer's only with "I"/"my" nearby (a founder story is not). */
export const HARDSHIP_SELF = `
bank balance
bankrupt
bankruptcy
bonus
completely broke
credit card debt
credit score
crushing debt
debt
debts
declared bankruptcy
drowning in debt
evicted
eviction notice
flat broke
gambling
gambling debts
in debt
inherited
liquidated
loans
maxed
maxed out
mortgage
net worth
new salary
overdraft
overdrawn
pay slip
paycheck
paycheque
payday loan
payslip
pension
rent
salary
savings
student loan
student loans
take home pay
tax debt
tax refund
wages
`;
