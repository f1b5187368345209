/**
 * Logging and metrics at the edge. The core logs through the small Log port; in Lambda that port is
 * Powertools Logger (structured JSON, one line per event, with objectKey / articleId / track fields),
 * and handlers count outcomes through MetricsSink, backed by Powertools Metrics (CloudWatch EMF).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Log } from '../core/ports.js';

export type MetricName =
  | 'ArticlesExtracted'
  | 'ArticlesQuarantined'
  | 'ContactsFound'
  | 'DuplicateUploads'
  | 'RecordsSkipped'
  | 'BriefingsSent';

export interface MetricsSink {
  count(name: MetricName, value?: number): void;
  /** Emit what was counted during this invocation. */
  flush(): void;
}

export const noMetrics: MetricsSink = { count() {}, flush() {} };

export const DEFAULT_METRICS_NAMESPACE = 'DiplomaticBriefing';

/** A Log that adds the same fields (object key, track…) to every line. */
export function withFields(log: Log, fields: Record<string, unknown>): Log {
  return {
    debug: (m, f) => log.debug(m, { ...fields, ...f }),
    info: (m, f) => log.info(m, { ...fields, ...f }),
    warn: (m, f) => log.warn(m, { ...fields, ...f }),
    error: (m, f) => log.error(m, { ...fields, ...f }),
  };
}

export function createPowertoolsLogger(serviceName: string): Logger {
  return new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME || serviceName });
}

export function powertoolsLog(logger: Logger): Log {
  return {
    debug: (m, f) => logger.debug(m, f ?? {}),
    info: (m, f) => logger.info(m, f ?? {}),
    warn: (m, f) => logger.warn(m, f ?? {}),
    error: (m, f) => logger.error(m, f ?? {}),
  };
}

export function powertoolsMetrics(serviceName: string): MetricsSink {
  const metrics = new Metrics({
    namespace: process.env.POWERTOOLS_METRICS_NAMESPACE || DEFAULT_METRICS_NAMESPACE,
    serviceName: process.env.POWERTOOLS_SERVICE_NAME || serviceName,
  });
  let pending = 0;
  return {
    count(name, value = 1) {
      metrics.addMetric(name, MetricUnit.Count, value);
      pending++;
    },
    flush() {
      // Publishing an empty buffer only logs a Powertools warning; skip it.
      if (pending === 0) return;
      pending = 0;
      metrics.publishStoredMetrics();
    },
  };
}
