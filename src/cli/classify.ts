// `npm run -s classify -- --audience professional|public|personal`
// Reads JSON Lines ({"id"?: string, "text": string}) on stdin; writes one JSON line per input line,
// in order: {"id", "level", "findings": [{"category","severity","start","end","text"}]}. The level is
// what the default policy gives for that audience, posting as yourself. Nothing else goes to stdout;
// problems go to stderr.
import { createInterface } from 'node:readline';
import { classify } from '../core/detect/classify';
import { decideLevel, isFirstPerson } from '../core/policy';
import type { AudienceKind } from '../core/types';

const AUDIENCES: readonly AudienceKind[] = ['professional', 'public', 'personal'];

function audienceArg(argv: readonly string[]): AudienceKind {
  const i = argv.indexOf('--audience');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--audience='))?.slice('--audience='.length);
  if (value === undefined) return 'professional';
  if ((AUDIENCES as readonly string[]).includes(value)) return value as AudienceKind;
  process.stderr.write(`classify: --audience must be one of ${AUDIENCES.join(', ')} (got "${value}")\n`);
  process.exit(2);
}

export function classifyLine(line: string, audience: AudienceKind): string {
  let id: unknown = null;
  let text = '';
  try {
    const input = JSON.parse(line) as { id?: unknown; text?: unknown };
    id = input?.id ?? null;
    if (typeof input?.text !== 'string') throw new Error('"text" must be a string');
    text = input.text;
  } catch (error) {
    process.stderr.write(`classify: ${error instanceof Error ? error.message : String(error)}\n`);
    return JSON.stringify({ id, level: 'none', findings: [], error: 'invalid input' });
  }
  const findings = classify(text);
  const level = decideLevel({ findings, audience, identity: 'personal', firstPerson: isFirstPerson(text) });
  return JSON.stringify({
    id,
    level,
    findings: findings.map(({ category, severity, start, end, text: matched }) => ({ category, severity, start, end, text: matched })),
  });
}

const audience = audienceArg(process.argv.slice(2));
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  process.stdout.write(`${classifyLine(line, audience)}\n`);
}
