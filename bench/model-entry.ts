// Bundle entry for bench/model.ts: the detector as it ships, rules and the statistical second stage.
import { classify } from '../src/core/detect/classify';
import { MODEL_WHY, modelFindings } from '../src/core/detect/model/index';
import type { Finding } from '../src/core/types';

/** Whether classify() already runs the model (after integration); otherwise run it here. */
const integrated = classify('Working at Brightline Logistics is like being in a hostage situation with free fruit.').some((f) => MODEL_WHY.has(f.why));

export function detect(text: string): Finding[] {
  const rules = classify(text);
  return integrated ? rules : rules.concat(modelFindings(text, rules));
}
export { classify, integrated, modelFindings };
