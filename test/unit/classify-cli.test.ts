import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The detection CLI is a contract other people's tools rely on: JSON Lines in, one line out per
// input, in order, and nothing else on stdout.
function run(input: string, ...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['src/cli/classify.ts', ...args], { input, encoding: 'utf8' });
  return { status: result.status, lines: result.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr: result.stderr };
}

describe('npm run -s classify', () => {
  it('answers each line in order with id, level and findings with UTF-16 offsets', () => {
    const text = '🎉 Called in sick, so hungover';
    const { status, lines } = run(`${JSON.stringify({ id: 'a', text })}\n${JSON.stringify({ text: 'Great quarter for the team' })}\n`, '--audience', 'professional');
    expect(status).toBe(0);
    expect(lines).toEqual([
      { id: 'a', level: 'confirm', findings: [
        { category: 'absence', severity: 'high', start: 3, end: 17, text: 'Called in sick' },
        { category: 'alcohol', severity: 'high', start: 22, end: 30, text: 'hungover' },
      ] },
      { id: null, level: 'none', findings: [] },
    ]);
    expect(text.slice(3, 17)).toBe('Called in sick');
  });

  it('gives the level the default policy gives for the audience', () => {
    const input = `${JSON.stringify({ id: 'd', text: 'so drunk last night' })}\n`;
    expect(run(input, '--audience', 'professional').lines[0].level).toBe('warn');
    expect(run(input, '--audience', 'public').lines[0].level).toBe('notice');
    expect(run(input, '--audience', 'personal').lines[0].level).toBe('none');
  });

  it('keeps one output line per input line when a line is not JSON, and says why on stderr', () => {
    const { lines, stderr } = run('not json\n{"id":"ok","text":"hello"}\n', '--audience', 'public');
    expect(lines.map((l) => l.id)).toEqual([null, 'ok']);
    expect(stderr).toContain('classify:');
  });

  it('refuses an unknown audience', () => {
    const { status, stderr } = run('', '--audience', 'everyone');
    expect(status).toBe(2);
    expect(stderr).toContain('--audience must be one of');
  });
});
