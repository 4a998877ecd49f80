// Drafts adapter tests type to prove text is read exactly as the user sees it. Lines; an empty line
// is the new-line key pressed twice.
export const EXACT_TEXT_DRAFTS: ReadonlyArray<[string, string[]]> = [
  ['a single line', ['Excited to share that I started a new position at Acme Corp!']],
  ['several paragraphs', ['First paragraph.', 'Second paragraph, with a comma.', 'Third.']],
  ['empty lines between paragraphs', ['Hello team', '', 'One empty line above', '', '', 'Two empty lines above']],
  ['leading and trailing spaces', ['  indented line', 'trailing spaces   ', 'last line ']],
  ['unicode and emoji', ['Zürich café, naïve façade — “quoted” ✓', 'Emoji: 🎉🍻 👩🏽‍💻 🇩🇪', '日本語のテキスト · ١٢٣']],
  ['text that looks like markdown', ['- not a list', '1. not numbered', '# not a heading', '> not a quote', '**not bold** #hashtag']],
  ['a draft ending in an empty line', ['last line', '']],
];
