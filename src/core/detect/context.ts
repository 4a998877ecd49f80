// Context around a word: negation ("I don't drink"), quotation ("the film 'The Hangover'"),
// and whether the sentence is about the writer ("my cancer", not "cancer research").

import type { Token } from './tokens';

const NEGATORS = new Set([
  'aint', 'arent', 'avoid', 'avoiding', 'cannot', 'cant', 'couldnt', 'didnt', 'doesnt', 'dont', 'hadnt', 'hasnt', 'havent',
  'isnt', 'never', 'no', 'nor', 'not', 'quit', 'shouldnt', 'stopped', 'wasnt', 'werent', 'without', 'wont', 'wouldnt', 'zero',
]);
/** Words between a negator and a match that undo the negation: "never been so drunk", "can't stop drinking". */
const UNDO = new Set(['so', 'this', 'that', 'more', 'as', 'stop', 'help', 'only', 'just', 'even', 'lie', 'kidding', 'joking']);
/** A new clause starts; a negation before it does not reach past it. */
const CLAUSE_WORDS = new Set(['but', 'though', 'although', 'however', 'yet', 'except', 'because', 'cause', 'until', 'unless', 'then']);
const CLAUSE_GAP = /[,;:()\u2014\u2013"]|\s-\s/;

/** How far back a negation reaches, in words: "I do not really smoke weed". */
const NEGATION_REACH = 3;

/** Whether the words before `tokens[at]` negate it. `text` is the chunk's normalised text. */
export function isNegated(tokens: readonly Token[], at: number, text: string): boolean {
  for (let k = at - 1; k >= 0 && at - k <= NEGATION_REACH; k--) {
    if (CLAUSE_GAP.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
    const key = tokens[k]!.keys[0]!;
    if (CLAUSE_WORDS.has(key)) return false;
    if (NEGATORS.has(key)) {
      for (let j = k + 1; j < at; j++) if (UNDO.has(tokens[j]!.keys[0]!)) return false;
      return true;
    }
  }
  return false;
}

/** Ranges of the chunk inside double quotes (typographic quotes are folded to " by normalize). */
export function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    if (open < 0) open = i;
    else {
      out.push([open, i]);
      open = -1;
    }
  }
  return out;
}

const SELF = new Set(['i', 'im', 'ive', "i'll", 'me', 'my', 'mine', 'myself']);
const OWNERS = new Set(['my', 'our', 'this', 'these', 'mine']);

/** Token indices of words that put the writer in the sentence. */
export function selfPositions(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (SELF.has(tokens[i]!.keys[0]!)) out.push(i);
  return out;
}

/** How far "I"/"my" may be from a word and still make it the writer's, in words. */
const SELF_BEFORE = 6;
const SELF_AFTER = 4;

export function nearSelf(self: readonly number[], from: number, to: number): boolean {
  for (const p of self) if (p >= from - SELF_BEFORE && p < to + SELF_AFTER) return true;
  return false;
}

/** "my boss", "this job", "our CEO": the word right before says whose it is. */
export function hasOwner(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  return before !== undefined && OWNERS.has(before.keys[0]!);
}
