// Religion: a notice at most.

export const RELIGION = `
alhamdulillah
allah
amen
at church
atheism
atheist
baptism
baptized
bible
bible study
bless
blessed by god
born again
buddhism
buddhist
catholic
catholic mass
christian
christians
church
church service
church this sunday
diwali
eid
eid mubarak
full mass
god bless
god is good
gospel
hajj
hallelujah
hanukkah
hindu
imam
inshallah
jesus
jesus christ
jewish
koran
lent
mashallah
midnight mass
mormon
mosque
muslim
muslims
my church
my faith
our church
passover
pastor
praise god
praise the lord
pray
pray for
prayer
prayerful
prayers
praying
preaching
priest
quran
rabbi
ramadan
sabbath
scripture
sermon
shabbat
sunday mass
synagogue
temple
the gospel
the lord
torah
umrah
went to mass
worship
yom kippur
youth group
`;

export const NEUTRAL = `
bless you
bless your heart
diwali sale
eid holiday
for god's sake
god knows
god mode
godfather
gospel truth
holiday season
lent a hand
lent her
lent his
lent me
lent my
lent our
lent their
lent us
oh my god
omg
pray for me
pray for my
pray for us
prayer room
prayers for the
praying for a
ramadan hours
tech evangelist
temple run
thank god
`;
