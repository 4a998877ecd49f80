// Personal details: where the writer lives, how to reach them privately, when their home is
// empty. Phone numbers, e-mail addresses and street addresses are found by pattern (pii.ts).

/** Says the home is empty or how to get in. */
export const HOME_EMPTY = [
  'alarm code', 'apartment will be empty', 'away for 2 weeks', 'away for 3 weeks', 'away for a month',
  'away for a week', 'away for the week', 'away for the weekend', 'away for three weeks', 'away for two weeks',
  'away until', 'door code', 'empty house', 'flat will be empty', 'garage code', 'gate code', 'gone for 2 weeks',
  'gone for a week', 'gone for two weeks', 'home will be empty', 'house empty', 'house is empty', 'house sitter',
  'house to ourselves', 'house will be empty', 'house will be vacant', 'housesitter', 'key is under',
  'key under the mat', 'leaving the house empty', 'lockbox code', 'no one at home', 'no one home',
  'no one will be home', 'nobody at home', 'nobody home', 'nobody will be home', 'out of the country for',
  'out of the country until', 'out of town for', 'out of town until', 'place will be empty', 'spare key',
];

/** Says where the writer lives or gives private numbers. */
export const IDENTIFIERS = [
  'call me at', 'i live at', 'my account number', 'my address is', 'my apartment number', 'my bank details',
  'my cell is', 'my cell number', 'my credit card number', 'my date of birth', 'my dob', 'my flat number',
  'my home address', 'my home phone', 'my licence plate', 'my license plate', 'my mobile number', 'my new address',
  'my number is', 'my passport number', 'my password is', 'my personal email', 'my personal number', 'my phone number',
  'my pin is', 'my routing number', 'my social security', 'my ssn', 'social security number', 'text me at',
  'we live at', 'whatsapp me',
];

/** Words near a phone number or address that make it the writer's own. */
export const HOME_CUES = [
  'at mine', 'call me', 'cell', 'come over', 'dm me', 'home', 'house party', 'i live', 'just moved', 'me', 'mobile',
  'moved to', 'my', 'my apartment', 'my cell', 'my flat', 'my home', 'my house', 'my mobile', 'my number',
  'my personal', 'my place', 'new place', 'our apartment', 'our home', 'our house', 'our place', 'party at',
  'swing by', 'text', 'text me', 'we live', 'whatsapp',
];

/** Business details: an office phone or a shop address is meant to be public. */
export const WORK = [
  'book', 'booking', 'booth', 'business hours', 'cafe', 'call us', 'campus', 'clinic', 'company', 'conference',
  'contact us', 'customer service', 'enquiries', 'event', 'ext', 'floor', 'front desk', 'gallery', 'headquarters',
  'hotline', 'hq', 'inquiries', 'location', 'office', 'offices', 'open hours', 'opening hours', 'our',
  'our new office', 'our office', 'our store', 'reception', 'register', 'reservations', 'restaurant', 'sales team',
  'shop', 'showroom', 'store', 'studio', 'suite', 'support', 'team', 'tickets', 'toll free', 'venue', 'visit us',
  'warehouse', 'we',
];
