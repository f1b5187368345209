import type { TrackDefinition } from '../../lambdas/core/briefing/model.js';

/** The track every merge/digest benchmark composes; the synthetic records put ~40% of contacts on it. */
export const BENCH_TRACK: TrackDefinition = { id: 'US-RU', countries: ['US', 'RU'], name: 'US–Russia' };
/** Fixed clock so every run composes the same briefing. */
export const BENCH_NOW = new Date('2026-11-01T07:00:00Z');
