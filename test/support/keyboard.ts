// Typing as a person does: real key presses through Playwright's keyboard, never DOM writes.
import type { Page } from 'playwright-core';

/** Types the lines with `breakKey` between them; an empty line is the break key pressed again. */
export async function typeLines(page: Page, lines: readonly string[], breakKey = 'Enter'): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press(breakKey);
    if (line) await page.keyboard.type(line);
  }
}
