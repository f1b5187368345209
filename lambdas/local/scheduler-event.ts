/**
 * The input EventBridge Scheduler delivers to the digest Lambda. The stack configures the schedule target
 * input as this JSON with Scheduler's context attributes (<aws.scheduler.scheduled-time> etc.) filled in.
 */
import { randomUUID } from 'node:crypto';

export interface DigestScheduleInput {
  track: string;
  scheduledTime: string;
  executionId: string;
  scheduleArn: string;
  attempt: string;
}

export function buildSchedulerInput(track: string, scheduledTime: Date, attempt = 1): DigestScheduleInput {
  // Scheduler reports the scheduled time at second precision, without milliseconds.
  const iso = new Date(Math.floor(scheduledTime.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  return {
    track,
    scheduledTime: iso,
    executionId: randomUUID(),
    scheduleArn: `arn:aws:scheduler:us-east-1:000000000000:schedule/default/briefing-${track}`,
    attempt: String(attempt),
  };
}
