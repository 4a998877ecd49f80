// Absence: away from work while supposed to be there. Employers cite "lied about an absence"
// (13% of rejections, ../shared/research/detection.md §4.3). Confirm at a professional audience.

/** Says so outright: calling in sick, skipping work, the boss believing a story. */
export const SKIPPED = [
  'bailed on work', 'blew off work', 'boss believes i', 'boss thinks i', "boss thinks i'm", 'boss thinks im',
  'boss thinks my', 'bunked off', 'bunking off', 'call in sick', 'call out sick', 'called in sick', 'called off work',
  'called out sick', 'calling in sick', 'calling out sick', 'calls in sick', 'chucked a sickie', 'ditched work',
  'ditching work', 'everyone at work thinks', 'fake a sick day', 'fake sick', 'faked a sick day', 'faked sick',
  'faking being sick', 'faking sick', 'manager thinks i', "manager thinks i'm", 'office thinks i', 'play hooky',
  'played hooky', 'playing hookey', 'playing hooky', 'pretend to be sick', 'pretended to be sick',
  'pretending to be sick', 'pull a sickie', 'pulled a sickie', 'pulling a sickie', 'said i was sick',
  'should be at work', 'should be working', 'sickie', 'skip work', 'skipped work', 'skipping work', 'skived off',
  'skiving off', 'supposed to be at work', 'supposed to be working', 'team thinks i', 'they think i am sick',
  "they think i'm sick", 'told everyone at work i', 'told my boss i had', 'told my boss i have',
  'told my boss i was sick', "told my boss i'm sick", 'told my manager i had', 'told my manager i was sick',
  'told them i was sick', 'told work i had', 'told work i was sick', "told work i'm sick", 'work thinks i',
  "work thinks i'm",
];

/** Time off that is fine alone and is an absence story beside the beach or the bar. */
export const OFF_WORK = [
  'dentist appointment', "doctor's appointment", 'doctors appointment', 'during work', 'during work hours',
  'family emergency', 'home sick', 'instead of working', 'mental health day', 'off sick', 'off work',
  'on company time', 'on my lunch break', 'on the clock', 'out sick', 'remote today', 'sick day', 'sick days', 'wfh',
  'work from home', 'working from home',
];

/** Fun that makes "sick day" an absence story. Also used by other rules as "out having fun". */
export const LEISURE = [
  'amusement park', 'arcade', 'ball game', 'ballpark', 'bar', 'baseball game', 'beach', 'beach day', 'beaches',
  'beers', 'binge watching', 'binging', 'boat', 'bowling', 'brunch', 'casino', 'cinema', 'coachella', 'cocktails',
  'concert', 'cruise', 'day drinking', 'day party', 'disney', 'disneyland', 'disneyworld', 'drinks', 'festival',
  'fishing', 'football game', 'fun day', 'game day', 'gaming', 'golf', 'golf course', 'golfing', 'hike', 'hiking',
  'hot tub', 'lake', 'lazy day', 'lounging', 'mall', 'margaritas', 'matinee', 'mimosas', 'movies', 'nap', 'napping',
  'netflix', 'playing games', 'pool', 'pool day', 'pool party', 'poolside', 'pub', 'road trip', 'shopping', 'ski',
  'skiing', 'sleeping in', 'slept in', 'slopes', 'spa', 'spa day', 'stadium', 'sunbathing', 'sunshine', 'surfing',
  'tailgate', 'tailgating', 'tanning', 'the game', 'theme park', 'vacay', 'vegas', 'video games', 'water park',
];

export const NEUTRAL = [
  'on the clock for', 'paid sick days', 'paid sick leave', 'remote work', 'sick day policy', 'sick days policy',
  'sick leave', 'sick leave policy', 'sick pay', 'wfh policy', 'wfh setup', 'work from home days',
  'work from home policy', 'work from home tips', 'working from home tips',
];
