import type { ActiveProfile, Mention } from '../core/types';

/**
 * What Hatcheck knows about one site. Adapters only read the page: they never write to the
 * site's editor, never decide, and never store.
 */
export interface SiteAdapter {
  id: string;
  /** Whether this page of the site can have composers at all (pure URL predicate). */
  matchesUrl(url: URL): boolean;
  /** Where composers can appear: the document plus shadow roots the site renders into. */
  roots(doc: Document): Array<Document | ShadowRoot>;
  /** Every editable compose box under a root. */
  findComposers(root: Document | ShadowRoot): HTMLElement[];
  /** The draft exactly as the user typed it: paragraphs, empty lines, no placeholder. */
  readText(editor: HTMLElement): string;
  readMentions(editor: HTMLElement): Mention[];
  /** The site's own visibility label, or '' when the page does not show one. */
  readVisibility(editor: HTMLElement): string;
  readProfile(editor: HTMLElement, url: URL): ActiveProfile;
  /**
   * The whole compose box (editor, author line, Post button): what a warning must not cover, so
   * the site stays usable while Hatcheck speaks. The editor itself when the site has no wrapper.
   */
  composerBox(editor: HTMLElement): HTMLElement;
  /** What kind of box this is (post, comment, message), for people and for the audience. */
  composerKind(editor: HTMLElement): 'post' | 'comment' | 'message';
  /**
   * The site's own Post / Send button for this composer, or null while it is not rendered. The
   * submit guard (issue 7) intercepts clicks on it; adapters only find it.
   */
  submitButton(editor: HTMLElement): HTMLElement | null;
  /**
   * Which key press in this editor submits: 'mod+enter' (Ctrl/Cmd+Enter, post boxes), 'enter'
   * (chat boxes, where Shift+Enter is a new line), or 'none' (only the button posts).
   */
  submitKey(editor: HTMLElement): SubmitKey;
  /**
   * Optional: whether an editable that looks like a compose box is the site's own search or picker
   * built from the same editor (Slack's "Jump to…" query box is a texty editor like the message
   * box), so typing there is not reported as an unrecognised composer by the self-test.
   */
  isNotComposer?(el: Element): boolean;
}

export type SubmitKey = 'mod+enter' | 'enter' | 'none';
