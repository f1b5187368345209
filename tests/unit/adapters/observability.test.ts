import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPowertoolsLogger, powertoolsLog, powertoolsMetrics, withFields } from '../../../lambdas/adapters/observability.js';

function captureStdout() {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  }) as typeof process.stdout.write);
  return { lines: () => lines.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), restore: () => spy.mockRestore() };
}

describe('Powertools adapters', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    vi.restoreAllMocks();
  });

  it('metrics go out as CloudWatch EMF in the DiplomaticBriefing namespace by default, only when something was counted', () => {
    delete process.env.POWERTOOLS_METRICS_NAMESPACE;
    delete process.env.POWERTOOLS_DEV;
    const out = captureStdout();
    const metrics = powertoolsMetrics('briefing-extract');
    metrics.flush();
    metrics.count('ArticlesExtracted');
    metrics.count('ContactsFound', 3);
    metrics.flush();
    out.restore();
    const emf = out.lines().filter((l) => '_aws' in l);
    expect(emf).toHaveLength(1);
    const meta = (emf[0]._aws as { CloudWatchMetrics: Array<{ Namespace: string; Metrics: Array<{ Name: string; Unit: string }> }> }).CloudWatchMetrics[0];
    expect(meta.Namespace).toBe('DiplomaticBriefing');
    expect(meta.Metrics.map((m) => m.Name).sort()).toEqual(['ArticlesExtracted', 'ContactsFound']);
    expect(emf[0]).toMatchObject({ ArticlesExtracted: 1, ContactsFound: 3, service: 'briefing-extract' });
  });

  it('POWERTOOLS_METRICS_NAMESPACE overrides the namespace', () => {
    process.env.POWERTOOLS_METRICS_NAMESPACE = 'Custom';
    const out = captureStdout();
    const metrics = powertoolsMetrics('briefing-digest');
    metrics.count('BriefingsSent');
    metrics.flush();
    out.restore();
    const emf = out.lines().find((l) => '_aws' in l)!;
    expect((emf._aws as { CloudWatchMetrics: Array<{ Namespace: string }> }).CloudWatchMetrics[0].Namespace).toBe('Custom');
  });

  it('log lines are structured JSON carrying the object key and article id', () => {
    process.env.POWERTOOLS_LOG_LEVEL = 'INFO';
    const out = captureStdout();
    const log = withFields(powertoolsLog(createPowertoolsLogger('briefing-extract')), { objectKey: 'incoming/a b.txt' });
    log.info('article normalized', { articleId: 'abc123' });
    out.restore();
    expect(out.lines()).toContainEqual(expect.objectContaining({ level: 'INFO', message: 'article normalized', service: 'briefing-extract', objectKey: 'incoming/a b.txt', articleId: 'abc123' }));
  });
});
