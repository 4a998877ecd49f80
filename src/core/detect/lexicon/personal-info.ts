// Personal details: where the writer lives, how to reach them privately, when their home is
// empty. Phone numbers, e-mail addresses and street addresses are found by pattern (pii.ts).

/** Says the home is empty or how to get in. */
export const HOME_EMPTY = `
alarm broken
alarm code
alarm doesn't work
alarm doesnt work
alarm is broken
alarms broken
apartment will be empty
away for 2 weeks
away for 3 weeks
away for a month
away for a week
away for the week
away for the weekend
away for three weeks
away for two weeks
away til
away till
away until
burglars
burglars welcome
code for the key safe
door code
doors unlocked
empty for
empty house
flat empty
flat is empty
flat will be empty
garage code
gate code
gone for 2 weeks
gone for a week
gone for two weeks
home alone all week
home alone all weekend
home alone till
home alone until
home empty
home will be empty
house empty
house is empty
house sitter
house sitting
house to ourselves
house will be dark
house will be empty
house will be vacant
housesitter
key is under
key safe
key under the
key under the mat
keys are under
keys under the
keysafe
leaving the house empty
lockbox code
my postcode
no one at home
no one home
no one will be home
no one will be there
nobody at home
nobody home
nobody will be home
nobody will be there
our postcode
out of the country for
out of the country til
out of the country till
out of the country until
out of town for
out of town till
out of town until
place empty
place is empty
place will be empty
spare key
the code to the
the only one at the
walking home alone
while i'm abroad
while my husband's offshore
`;

/** Says where the writer lives or gives private numbers. */
export const IDENTIFIERS = `
boarding pass
booking ref
call me at
card ending
card number
date of birth
dob
door code
drivers licence says
driving licence number
garage code
i live at
keypad is
live location
mothers maiden name
my account number
my address is
my apartment number
my bank details
my cell is
my cell number
my credit card number
my date of birth
my dob
my email password is
my flat number
my home address
my home phone
my licence plate
my license plate
my live location
my mobile number
my new address
my number is
my passport number
my password is
my personal email
my personal number
my phone number
my pin is
my reg is
my routing number
my security answer
my security answers
my security question
my security questions
my social security
my ssn
national insurance number
ni number
pan card
passport ending
passport number
personal email is
social security number
sort code
tax file number
text me at
we live at
whatsapp me
wi fi password
wifi password
`;

/** Words near a phone number or address that make it the writer's own. */
export const HOME_CUES = `
address is
at mine
bring a
buzzer
call me
cards welcome
cell
christmas cards
come by
come over
come round
delete the old
dm me
door code
doorbell
drop by
family
flat
forward my mail
forward my post
friends
gate code
home
house
house party
house warming
housewarming
i live
just moved
key safe
mail for
mail to
me
mobile
moved to
moving party
moving to
my
my address
my apartment
my cell
my flat
my home
my house
my mobile
my new address
my number
my personal
my place
my post
my street
new address
new flat
new home
new house
new neighbors
new neighbours
new number
new place
old one
on our road
our address
our apartment
our home
our house
our new address
our new place
our place
our street
party at
pop in
pop round
post code
postcode
ring the bell
save my
save this
send it to
spare key
swing by
text
text me
trick or treaters
we live
were the
whatsapp
zip code
`;

/**
 * Business details: an office phone or a shop address is meant to be public, and so is the address
 * of a property an agent lists ("FOR SALE", "TO LET", "guide price", "pcm", "sold STC").
 */
export const WORK = `
book now
booking
booth
branch
branches
business hours
cafe
call us
campus
clients
clinic
conference
contact us
customer service
customers
enquiries
ext
find us at
for sale
front desk
gallery
grand opening
guide price
headquarters
hotline
hq
inquiries
just listed
location
locations
new listing
offers in excess of
offers over
office
offices
open hours
open house
opening
opening hours
our new office
our office
our store
pcm
property alert
reception
reservations
restaurant
sales team
shop
showroom
sold stc
store
studio
suite
support
to let
toll free
under offer
venue
visit us
warehouse
`;

/** Being away: beside the home ("alarm", "flat", "house") it says the home is empty. */
export const AWAY = `
abroad
all month
away for
away from the
away till
away until
everyone is away
for 10 days
for 2 weeks
for 3 weeks
for a fortnight
for a month
for a week
for ten days
for the week
for three weeks
for two weeks
gone for
im away
in bali
in spain
in tenerife
in thailand
on holiday
on vacation
out of the country
out of town
traveling until
travelling until
we are away
were away
whole family away
whole family is away
whole family is in
whole familys in
`;

/** Home words for AWAY. */
export const HOME = `
alarm
apartment
burglars
cat sitter
dog sitter
door
empty
feed the cat
feed the dog
flat
home
house
house sitter
keep an eye on the house
keep an eye out
key
mail piling up
neighbors
neighbours
pet sitter
place
plants
post piling up
spare key
water the plants
`;

/** A child's routine: with a school it tells strangers where a child will be. */
export const ROUTINE = `
bus stop
collect at
drop off
dropoff
every day at
every morning at
every night at
finishes at
gets out at
home time
i drop at
leaves our place
pick up
pickup
same locker
same route
school run
starts at
there every week
walk home on her own
walk home on his own
walking home alone
walking home on her own
walking home on his own
walks herself to
walks home
walks to school
`;

/** Places a child spends the day. */
export const KID_PLACE = `
after school club
ballet class
class
classroom
creche
daycare
first grade
football practice
kindergarten
nursery
preschool
primary
primary school
reception class
school
school run
side gate
swim class
swim lessons
swimming lessons
year 1
year 2
`;

/** Describing where the home is without a number. */
export const LOCATION = `
across from the
at the end of
corner of
live at
live on
lives on
next door to
on the corner of
opposite the
the blue house
the house with the
the red house
the white house with
the yellow house
`;

export const NEUTRAL = `
a customer's date of birth
customers date of birth
grew up in a flat
grew up in a home
grew up in a house
grew up in a village
grew up in the house
in my postcode
in our postcode
my postcode area
our postcode area
security question mothers maiden name
security questions mothers maiden name
your date of birth
your mothers maiden name
your passport number
`;
