// Everyday words, only for splitting hashtags into words (#gettingslizzerd → getting slizzerd,
// #beachday → beach day). Lexicon words are added automatically. A hashtag is split only when
// every piece is a known word or a long enough unknown one (hashtags.ts), so #tweed never
// yields "weed".

export const COMMON_WORDS = [
  'a', 'about', 'af', 'after', 'again', 'all', 'always', 'am', 'an', 'and', 'another', 'any', 'are', 'as', 'at',
  'away', 'baby', 'back', 'bad', 'bar', 'be', 'beach', 'because', 'bed', 'been', 'beer', 'before', 'best', 'better',
  'big', 'birthday', 'blessed', 'boss', 'boys', 'brag', 'brunch', 'but', 'by', 'camp', 'can', 'cant', 'career',
  'chill', 'city', 'club', 'coffee', 'come', 'crew', 'daily', 'day', 'days', 'do', 'done', 'dont', 'down', 'dream',
  'early', 'eat', 'end', 'ever', 'every', 'everyday', 'family', 'feel', 'feeling', 'feels', 'first', 'for', 'forever',
  'free', 'fresh', 'friday', 'friends', 'from', 'fun', 'funday', 'game', 'get', 'gets', 'getting', 'girl', 'girls',
  'go', 'goals', 'going', 'gone', 'gonna', 'good', 'got', 'grateful', 'great', 'grind', 'had', 'happy', 'hard', 'has',
  'have', 'he', 'her', 'here', 'hike', 'his', 'holiday', 'home', 'hour', 'hours', 'house', 'how', 'humble', 'hunt',
  'hunting', 'hustle', 'i', 'if', 'im', 'in', 'interview', 'is', 'it', 'its', 'job', 'jobs', 'just', 'lake', 'last',
  'late', 'leave', 'leaving', 'let', 'lets', 'life', 'like', 'little', 'live', 'living', 'lol', 'long', 'love',
  'loving', 'lyfe', 'mad', 'made', 'make', 'me', 'mode', 'moment', 'moments', 'monday', 'mood', 'more', 'morning',
  'motivation', 'much', 'my', 'new', 'night', 'nights', 'no', 'not', 'now', 'of', 'off', 'oh', 'ok', 'on', 'one',
  'only', 'ootd', 'or', 'our', 'out', 'over', 'party', 'people', 'play', 'pool', 'post', 'proud', 'pub', 'quit',
  'quitting', 'ready', 'real', 'regret', 'regrets', 'right', 'run', 'running', 'saturday', 'sea', 'search', 'season',
  'see', 'seeker', 'selfie', 'sesh', 'she', 'sick', 'so', 'some', 'squad', 'still', 'story', 'summer', 'sun', 'sunday',
  'super', 'take', 'talk', 'team', 'tgif', 'than', 'thanks', 'that', 'the', 'them', 'then', 'there', 'they', 'thing',
  'things', 'this', 'thursday', 'time', 'tips', 'tired', 'to', 'today', 'tomorrow', 'tonight', 'too', 'top', 'travel',
  'trip', 'true', 'tuesday', 'up', 'us', 'vacation', 'vibes', 'walk', 'wanna', 'wednesday', 'week', 'weekend', 'well',
  'went', 'were', 'what', 'when', 'who', 'why', 'wild', 'win', 'wine', 'winning', 'with', 'work', 'working', 'world',
  'year', 'yes', 'yet', 'yolo', 'you', 'young', 'your',
];
