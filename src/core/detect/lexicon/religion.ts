// Religion: a notice at most.

export const RELIGION = [
  'alhamdulillah', 'allah', 'amen', 'atheism', 'atheist', 'baptism', 'baptized', 'bible', 'bible study', 'bless',
  'blessed by god', 'born again', 'buddhism', 'buddhist', 'catholic', 'christian', 'christians', 'church',
  'church service', 'diwali', 'eid', 'eid mubarak', 'god bless', 'god is good', 'gospel', 'hajj', 'hallelujah',
  'hanukkah', 'hindu', 'imam', 'inshallah', 'jesus', 'jesus christ', 'jewish', 'koran', 'lent', 'mashallah',
  'midnight mass', 'mormon', 'mosque', 'muslim', 'muslims', 'my faith', 'passover', 'pastor', 'praise god',
  'praise the lord', 'pray', 'pray for', 'prayer', 'prayers', 'praying', 'priest', 'quran', 'rabbi', 'ramadan',
  'sabbath', 'scripture', 'sermon', 'shabbat', 'sunday mass', 'synagogue', 'temple', 'the gospel', 'the lord', 'torah',
  'umrah', 'went to mass', 'worship', 'yom kippur', 'youth group',
];

export const NEUTRAL = [
  'bless you', 'bless your heart', 'diwali sale', 'eid holiday', "for god's sake", 'god knows', 'god mode',
  'godfather', 'gospel truth', 'holiday season', 'lent a hand', 'lent her', 'lent his', 'lent me', 'lent my',
  'lent our', 'lent their', 'lent us', 'oh my god', 'omg', 'prayer room', 'ramadan hours', 'tech evangelist',
  'temple run', 'thank god',
];
