// Bundle entry for bench/model.ts: the detector as it ships, rules and the statistical second stage.
import { classify } from '../src/core/detect/classify';
import { MODEL_WHY, modelFindings } from '../src/core/detect/model/index';
import type { Finding } from '../src/core/types';

/** Whether classify() already runs the model (after integration); otherwise run it here. */
// Training drafts (t0031, x0024, x0054) the rules left below warn when this was written; if the
// rules learn all three, add another.
const PROBES = [
  'Another 11pm email from my boss with "quick question" in the subject. Quick for WHO??',
  "We finally tried the swingers' club in Amsterdam. Etiquette was excellent. Towels were fluffy. Will return.",
  'My whole floor is getting cut on the 14th. HR has the letters printed already, saw the pile on the printer 😶',
];
let known: boolean | null = null;
/** Asked on first use, not at import, so start-up is timed without it. */
export function integrated(): boolean {
  known ??= PROBES.some((t) => classify(t).some((f) => MODEL_WHY.has(f.why)));
  return known;
}

export function detect(text: string): Finding[] {
  const rules = classify(text);
  return integrated() ? rules : rules.concat(modelFindings(text, rules));
}
export { classify, modelFindings };
