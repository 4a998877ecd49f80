// Typing as a person does: real key presses through Playwright's keyboard, never DOM writes.
import type { Page } from 'playwright-core';

/** Types the lines with `breakKey` between them; an empty line is the break key pressed again. */
export async function typeLines(page: Page, lines: readonly string[], breakKey = 'Enter'): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press(breakKey);
    if (line) await page.keyboard.type(line);
  }
}

/**
 * Enters the lines as an input method commits text: each line's characters in one go
 * (`keyboard.insertText`: the browser's own text insertion, with beforeinput and input, no key
 * events), and `breakKey` pressed for real between lines, so each editor still makes its own
 * paragraphs. For tests about reading what a box holds: a real key press per character cost 3-6 ms
 * each (a render of the editor each time), the largest part of those tests. Where key handling is
 * the subject (Enter to send, shortcuts, per-key checks), tests type with typeLines.
 */
export async function enterLines(page: Page, lines: readonly string[], breakKey = 'Enter'): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press(breakKey);
    if (line) await page.keyboard.insertText(line);
  }
}
