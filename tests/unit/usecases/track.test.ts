import { describe, expect, it } from 'vitest';
import { trackDefinitionFor } from '../../../lambdas/core/usecases/track.js';

describe('trackDefinitionFor', () => {
  it('names countries from knowledge/countries.json (short names first)', () => {
    expect(trackDefinitionFor('US-RU')).toEqual({ id: 'US-RU', countries: ['US', 'RU'], name: 'US–Russia' });
  });

  it('names a code the knowledge file does not hold by its ICU region name, and an unknown region by its code', () => {
    // Fiji is not in knowledge/countries.json, so its name comes from ICU.
    expect(trackDefinitionFor('US-FJ')).toEqual({ id: 'US-FJ', countries: ['US', 'FJ'], name: 'US–Fiji' });
    expect(trackDefinitionFor('US-QQ').name).toBe('US–QQ');
  });
});
