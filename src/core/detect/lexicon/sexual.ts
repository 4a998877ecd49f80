// Sexual content: rated unprofessional by 86% (../shared/research/detection.md §4.3), so high.

export const EXPLICIT = [
  'asked for pics', 'asking for pics', 'back to mine', 'banged', 'bdsm', 'bj', 'blowjob', 'blowjobs', 'body count',
  'boned', 'boobs', 'booty call', 'came back to mine', 'dick pic', 'dick pics', 'did not go home alone',
  "didn't go home alone", 'didnt go home alone', 'dildo', 'dtf', 'ended up in bed with', 'escort service', 'fetish',
  'freak by night', 'friends with benefits', 'fwb', 'get laid', 'getting laid', 'getting some', 'got laid',
  'got lucky', 'got naked', 'great sex', 'had sex', 'handjob', 'having sex', 'hook up', 'hook up with', 'hooked up',
  'hooked up with', 'hooker', 'hookers', 'hooking up with', 'hookup', 'hookups', 'horny', 'kinky', 'lap dance',
  'made out with', 'making love', 'making out with', 'milf', 'naked pics', 'netflix and chill', 'nsfw', 'nude pics',
  'nude selfie', 'nudes', 'on the pull', 'one night stand', 'one night stands', 'only fans', 'onlyfans', 'orgasm',
  'orgasms', 'orgy', 'porn', 'pornhub', 'porno', 'pulled last night', 'quickie', 'send nudes', 'send pics',
  'sending nudes', 'sending pics', 'sent a nude', 'sent her a nude', 'sent him a nude', 'sent nudes', 'sex drive',
  'sex life', 'sex tape', 'sex toy', 'sex toys', 'sex with', 'sext', 'sexted', 'sexting', 'sexts', 'sexy time', 'shag',
  'shagged', 'shagging', 'situationship', 'sleeping with', 'slept together', 'slept with', 'smashed her',
  'smashed him', 'smashing', 'snogged', 'snogging', 'spanked', 'spicy pics', 'strip club', 'stripper', 'strippers',
  'sugar baby', 'sugar daddy', 'thirst trap', 'threesome', 'tits', 'titties', 'took her home', 'took him home',
  'topless', 'unsolicited dick pic', 'unsolicited nude', 'unsolicited nudes', 'vibrator', 'walk of shame',
  'went home with a', 'wet dream', 'woke up in bed with', 'woke up next to',
];

/** Words that read as sexual only beside another sexual cue (🍆🍑, "sexy" + "naked"). */
export const WEAK = [
  'bad decisions', 'bed', 'booty', 'bumble', 'condom', 'condoms', 'date', 'dating app', 'dirty', 'filth', 'filthy',
  'flirt', 'flirting', 'freak', 'freaky', 'grindr', 'handcuffs', 'hinge', 'hot stranger', 'kinky', 'lingerie', 'lube',
  'match', 'matched', 'naked', 'naughty', 'naughty pics', 'nude', 'sexy', 'skinny dipping', 'spank', 'spicy', 'steamy',
  'stranger', 'strangers', 'tall dark', 'thirsty', 'thong', 'tinder', 'twerk', 'twerking',
];

export const NEUTRAL = [
  'bed and breakfast', 'cable porn', 'dad duty', 'daddy duty', 'design porn', 'earth porn', 'electric hookup',
  'electrical hookups', 'food porn', 'gender and sex', 'hook up the', 'hook up your', 'hooked up the',
  'hooked up to', 'hot button', 'hot coffee', 'hot desk', 'hot desking', 'hot dog', 'hot dogs', 'hot mess',
  'hot new', 'hot off the press', 'hot sauce', 'hot seat', 'hot spot', 'hot summer', 'hot take', 'hot takes',
  'hot tea', 'hot topic', 'hot water', 'hot weather', 'hotspot', 'in bed with', 'kiss goodbye', 'kiss of death',
  'naked eye', 'naked truth', 'not sexy', 'power hookups', 'rv hookup', 'rv hookups', 'same sex', 'sex and gender',
  'sex differences', 'sex discrimination', 'sex ed', 'sex education', 'sex trafficking', 'sex workers',
  'sexual and reproductive', 'sexual assault', 'sexual harassment', 'sexual health', 'sexual orientation',
  'sexy feature', 'spicy food', 'spicy take', 'the sexiest', 'water hookups', 'wet paint', 'wet weather',
];

export const WORK = [
  'awareness', 'clinic', 'consent', 'education', 'harassment', 'health', 'hr', 'policy', 'prevention', 'research',
  'survivors', 'training', 'workplace',
];
