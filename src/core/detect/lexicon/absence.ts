// Absence: away from work while supposed to be there. Employers cite "lied about an absence"
// (13% of rejections, ../shared/research/detection.md §4.3). Confirm at a professional audience.

/** Says so outright: calling in sick, skipping work, the boss believing a story. */
export const SKIPPED = [
  'bailed on work', 'blew off work', 'booked a training day', 'boss believes i', 'boss thinks i', "boss thinks i'm",
  'boss thinks im', 'boss thinks my', 'bunked off', 'bunked off work', 'bunked the', 'bunking off', 'call in sick',
  'call out sick', 'called in sick', 'called off work', 'called out sick', 'calling in sick', 'calling out sick',
  'calls in sick', 'chucked a sickie', 'chucking a sickie', 'claimed a comp off', 'clocked in from',
  'ditched the office', 'ditched work', 'ditching work', 'everyone at work thinks', 'fake a sick day',
  'fake meeting', 'fake meetings', 'fake sick', 'fake working', 'faked a sick day', 'faked sick',
  'faking being sick', 'faking sick', 'ferris bueller', 'get out of the all hands', 'get out of the meeting',
  'get out of the offsite', 'get out of the team day', 'get out of the training', 'ghosted my shift', 'green status',
  'half day sick', 'keep my status green', 'keeping my status green', 'left work early without', 'manager thinks i',
  "manager thinks i'm", 'mark my attendance', 'marked wfh', 'mitching', 'mouse jiggler', 'mouse jigglers',
  'mouse mover', 'never being caught skiving', 'no call no show', 'office thinks i', 'play hooky', 'played hooky',
  'playing hookey', 'playing hooky', 'pretend to be sick', 'pretend to work', 'pretended to be sick',
  'pretending to be sick', 'pretending to work', 'pull a sickie', 'pulled a disappearing act', 'pulled a sickie',
  'pulling a ferris bueller', 'pulling a sickie', 'quiet quitting', 'said i had covid', 'said i had the flu',
  'said i was ill', 'said i was sick', 'should be at work', 'should be working', 'sickie', 'skip work',
  'skipped my shift', 'skipped sprint planning', 'skipped standup', 'skipped the afternoon', 'skipped the all hands',
  'skipped the morning', 'skipped the offsite', 'skipped the standup', 'skipped work', 'skipping my shift',
  'skipping sprint planning', 'skipping standup', 'skipping the afternoon', 'skipping the all hands',
  'skipping the offsite', 'skipping the standup', 'skipping work', 'skived off', 'skiving', 'skiving off',
  'slack status active', 'slack status green', 'status on green', 'status set to available',
  'supposed to be at work', 'supposed to be working', 'tap my card', 'team thinks i', 'teams status green',
  'they think i am sick', "they think i'm sick", 'throw a sickie', 'throwing a sickie', 'to get out of the office',
  'to get out of work', 'told everyone at work i', 'told my boss i had', 'told my boss i have',
  'told my boss i was ill', 'told my boss i was sick', "told my boss i'm sick", 'told my manager i had',
  'told my manager i was ill', 'told my manager i was sick', 'told them i had', 'told them i was sick',
  'told work i had', 'told work i was sick', "told work i'm sick", 'took the afternoon off without telling',
  'without telling anyone at work', 'work thinks i', "work thinks i'm",
];

/** Time off that is fine alone and is an absence story beside the beach or the bar. */
export const OFF_WORK = [
  'all hands', 'auto reply', 'booked the day off', 'booked tomorrow off', 'camera off', 'cameras off',
  'clock off early', 'clocked in', 'clocked off early', 'cough cough', 'day off', 'dentist appointment',
  "doctor's appointment", 'doctors appointment', 'during work', 'during work hours', 'duvet day', 'fake wfh',
  'family emergency', 'home sick', 'instead of working', 'joining the standup', 'leave early', 'left early',
  'left the office', 'left work', 'left work at', 'log off early', 'logged in', 'logged off early', 'logged on',
  'logging off early', 'meant to be at work', 'meant to be working', 'mental health day', 'off sick', 'off today',
  'off work', 'on company time', 'on mute', 'on my lunch break', 'on sick leave', 'on the clock', 'ooo', 'ooo today',
  'out of office', 'out sick', 'remote today', 'sick day', 'sick days', 'signed off', 'slipped out early',
  'sneaked out', 'snuck out', 'sprint planning', 'standup', 'supposed to be at the', 'supposed to be in a meeting',
  'supposed to be in the', 'taking some time off', 'taking the day off', 'taking tomorrow off', 'the 9am',
  'the offsite', 'the standup', 'time off', 'took a day off', 'took the day off', 'wfh', 'wfh from the beach',
  'wfh today', 'work from home', 'working from home', 'working from the beach', 'working from the pool',
  'working remotely today',
];

/** Fun that makes "sick day" an absence story. Also used by other rules as "out having fun". */
export const LEISURE = [
  'a boat', 'a gig', 'alton towers', 'amusement park', 'arcade', 'ashes', 'back to bed', 'ball game', 'ballpark',
  'bar', 'baseball game', 'beach', 'beach day', 'beaches', 'beers', 'benidorm', 'binge watching', 'binging', 'boat',
  'bowling', 'brunch', 'casino', 'cheltenham', 'chessington', 'cinema', 'coachella', 'coast', 'cocktails', 'concert',
  'cruise', 'day drinking', 'day party', 'disney', 'disneyland', 'disneyworld', 'drinks', 'driving range',
  'eurostar', 'f1', 'festival', 'fishing', 'football', 'football game', 'fun day', 'game day', 'gaming', 'gig',
  'glastonbury', 'golf', 'golf course', 'golfing', 'grand final', 'grand prix', 'hike', 'hiking', 'horse racing',
  'hot tub', 'hurling match', 'ibiza', 'in a field', 'in bed till noon', 'kayak', 'kick off', 'lake',
  'lake district', 'lazy day', 'lido', 'lie in', "lord's", 'lounging', 'mall', 'margaritas', 'matinee', 'mimosas',
  'movies', 'music festival', 'my tan', 'mykonos', 'nap', 'napping', 'netflix', 'on the beach', 'paddleboard',
  'playing games', 'pool', 'pool bar', 'pool day', 'pool party', 'poolside', 'powder day', 'pub', 'pub garden',
  'racecourse', 'road trip', 'seaside', 'shopping', 'silverstone', 'six nations', 'ski', 'skiing', 'sleeping in',
  'slept in', 'slopes', 'spa', 'spa day', 'sprint planning', 'stadium', 'state of origin', 'straight back home',
  'sun lounger', 'sunbathing', 'sunbed', 'sunlounger', 'sunshine', 'surf', 'surfing', 'tailgate', 'tailgating',
  'tanning', 'tee time', 'tenerife', 'tennis', 'the beach', 'the coast', 'the cricket', 'the footie', 'the game',
  'the match', 'the races', 'the swell', 'the track', 'the zoo', 'theme park', 'theme parks', 'vacay', 'vegas',
  'video games', 'water park', 'wellies', 'went home', 'wimbledon',
];

export const NEUTRAL = [
  'on the clock for', 'out of office message', 'out of office policy', 'out of office reply', 'paid sick days',
  'paid sick leave', 'remote work', 'sick day policy', 'sick days policy', 'sick leave', 'sick leave policy',
  'sick pay', 'wfh policy', 'wfh setup', 'work from home days', 'work from home policy', 'work from home tips',
  'working from home tips',
];

/** Telling work a story: on its own ambiguous, with a lie, a quote or a beach it is an absence. */
export const TOLD = [
  'emailed my boss', 'emailed my manager', 'emailed my team lead', 'emailed the lecturers', 'emailed work',
  'in the calendar', 'let my boss think', 'logged in at', 'messaged my boss', 'messaged my manager',
  'my boss approved my', 'my manager approved my', 'my team thought i was', 'on my calendar', 'phoned in with',
  'rescheduled my', 'sent the', 'status in a meeting', 'tell the client', 'texted my boss', 'texted my manager',
  'told everyone at work', 'told hr', 'told my boss', 'told my line manager', 'told my manager',
  'told my supervisor', 'told my team', 'told my team lead', 'told the office', 'told the site supervisor',
  'told them at work', 'told work', "won't be in", 'wont be in',
];

/** Marks of a lie or an excuse that was not true. */
export const LIE = [
  'actually', 'are fine', "but i'm actually", "but i'm at", 'but im actually', 'but im at', 'fake', 'faked', 'in fact',
  'in reality', 'in reality i am', "instead i'm at", 'instead im at', 'is fine', 'is not cancelled', "it wasn't",
  'it wasnt', 'lie', 'lied', 'lying', 'nope', 'not actually', 'notactuallysick', 'pretend', 'pretending', 'spoiler',
  'the truth', 'truth is', 'was actually', 'was not', 'was not cancelled', "wasn't", "wasn't cancelled",
];

/** Excuses for missing work: in scare quotes ("dentist") they are a story. */
export const EXCUSES = [
  'a cough', 'a headache', 'a migraine', 'appointment', 'bad back', 'boiler', 'car broke down', 'car trouble',
  'childcare', 'cough', 'dead grandma', 'delivery', 'dentist', 'dentist appointment', 'doctor', "doctor's appointment",
  'doctors', 'doctors appointment', 'emergency', 'engineer', 'family emergency', 'flight cancelled', 'flu',
  'food poisoning', 'funeral', "grandma's", "grandma's funeral", 'headache', 'ill', 'illness', 'jury duty', 'migraine',
  'my car broke down', 'my grandma', 'optician', 'plumber', 'sick', 'sick day', 'sick days', 'sick leave',
  'sore throat', 'stomach bug', 'the boiler', 'train cancelled', 'tummy bug', 'unwell', 'vet', 'wfh',
  'working from home',
];

/** Being ill: beside a beach or a festival it reads as faked. */
export const SICKNESS = [
  'cough cough', 'cough on the first call', 'croaky', 'dental emergency', 'dodgy back', 'feeling rough', 'flu',
  'funeral', 'grandmother has died', 'heavy cold', 'losing connection', 'migraine', 'off sick', 'poorly',
  'power cut', 'sick', 'sick today', 'so sick', 'stomach thing', 'temperature', 'train was stuck',
  'under the weather', 'unwell', 'van broke down',
];

/** Hiding something from work: "if anyone from work sees this". */
export const HIDING = [
  "don't tell work", 'dont tell work', 'if anyone at work sees this', 'if anyone from the office sees this',
  'if anyone from work sees this', 'if my boss sees this', 'if my manager sees this', 'if work sees this',
  'no one at my current job', 'no one at work knows', 'no one will notice', "no you didn't",
  'nobody at my current job', 'nobody at work knows', 'nobody will notice', 'sees this', "they won't notice",
  'they wont notice', 'without telling anyone', "won't even notice", 'wont even notice', "you didn't see this",
  'you never saw this',
];

/** Research and reporting about absence ("1 in 3 workers have faked a sick day"): not a confession. */
export const WORK = [
  '1 in 3', 'absenteeism', 'article', 'data', 'employees', 'episode', 'guide', 'hidden cost', 'hr teams', 'managers',
  'one in three', 'per cent', 'percent', 'podcast', 'policy', 'presenteeism', 'report', 'research', 'respondents',
  'staff', 'study', 'survey', 'webinar', 'workers',
];
