import { describe, expect, it } from 'vitest';
import { DATE_SHARPNESS } from '../../../lambdas/core/record/date-precision.js';
import { DatePrecisionSchema } from '../../../lambdas/core/record/schema.js';

describe('DATE_SHARPNESS', () => {
  it('ranks every precision of the schema, sharpest highest: day, month-day, month, year, unknown', () => {
    const sharpestFirst = [...DatePrecisionSchema.options].sort((a, b) => DATE_SHARPNESS[b] - DATE_SHARPNESS[a]);
    expect(sharpestFirst).toEqual(['day', 'month-day', 'month', 'year', 'unknown']);
    expect(new Set(Object.values(DATE_SHARPNESS)).size).toBe(DatePrecisionSchema.options.length);
  });
});
