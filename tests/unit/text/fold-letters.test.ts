import { describe, expect, it } from 'vitest';
import { foldLetters } from '../../../lambdas/core/text/fold-letters.js';

describe('foldLetters', () => {
  it('drops marks and lower-cases', () => {
    expect(foldLetters('Hà Nội')).toBe('ha noi');
    expect(foldLetters('Sergéy Lavrov')).toBe('sergey lavrov');
  });
  it('maps letters Unicode does not decompose', () => {
    expect(foldLetters('Łódź')).toBe('lodz');
    expect(foldLetters('Ørsted Straße')).toBe('orsted strasse');
  });
  it('keeps punctuation and spacing for the caller to fold', () => {
    expect(foldLetters("Sharm el-Sheikh's")).toBe("sharm el-sheikh's");
  });
});
