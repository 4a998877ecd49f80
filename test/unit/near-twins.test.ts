import { describe, expect, it } from 'vitest';
import type { Draft } from '../support/detection-metrics';
import { nearestTraining } from '../support/near-twins';

const draft = (text: string): Draft => ({ id: 'x', text, kind: 'personal', categories: [], shouldWarn: false });

describe('nearestTraining (the corpus test\'s near-twin check)', () => {
  it('scores a reworded copy high, a different draft on the same topic low, and a draft with no shared word 0', () => {
    const training = [
      draft('Called in sick with a migraine and now I am at the beach with a cold beer'),
      draft('Our quarterly numbers are out: revenue up 12%, churn down.'),
    ];
    const [copy, topic, none] = nearestTraining([
      draft('called in sick with a migraine and now I am at the beach with a cold beer!!'),
      draft('Told my boss I had the flu, spent the day surfing'),
      draft('zzz qqq'),
    ], training);
    expect(copy).toBe(1);
    expect(topic).toBeLessThan(0.2);
    expect(none).toBe(0);
    // One word changed in fourteen: still a twin at the corpus test's 0.8.
    expect(nearestTraining([draft('Called in sick with a migraine and now I am at the lake with a cold beer')], training)[0]).toBeGreaterThanOrEqual(0.8);
  });
});
