/**
 * npm run brief -- --in DIR [--out DIR] [--now ISO-DATE] [--track US-RU]
 *                  [--sender ADDR] [--recipients A,B] [--timezone Europe/London] [--verbose]
 * Runs the whole pipeline locally (embedded S3 + SES, real SDK calls, the Lambda handlers) on a folder of
 * articles and writes briefing.{html,txt,eml,json} to the output folder. `npm run demo` is this on seeds/.
 */
import { parseArgs } from 'node:util';
import { ConfigError, parseTrackIds } from '../../config.js';
import type { Log } from '../../core/ports.js';
import { runLocalPipeline } from '../pipeline.js';

const USAGE =
  'usage: npm run brief -- --in DIR [--out DIR] [--now ISO-DATE] [--track US-RU] [--sender ADDR] [--recipients A,B] [--timezone ZONE] [--verbose]';

const stderrLog = (verbose: boolean): Log => {
  const line = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    process.stderr.write(`${level} ${message}${fields ? ' ' + JSON.stringify(fields) : ''}\n`);
  return { debug: verbose ? line('debug') : () => {}, info: verbose ? line('info') : () => {}, warn: line('warn'), error: line('error') };
};

async function main(): Promise<number> {
  // Local runs happen on Node 20; the SDK's notice about its future Node 22 floor is noise here (Lambda runs Node 24).
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { values } = parseArgs({
    options: {
      in: { type: 'string' },
      out: { type: 'string', default: 'out' },
      now: { type: 'string' },
      track: { type: 'string', default: 'US-RU' },
      sender: { type: 'string' },
      recipients: { type: 'string' },
      timezone: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.in) {
    console.error(USAGE);
    return 2;
  }
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) {
    console.error(`--now: "${values.now}" is not an ISO date or date-time`);
    return 2;
  }
  const [track] = parseTrackIds(values.track);
  const started = Date.now();
  const result = await runLocalPipeline({
    inDir: values.in,
    outDir: values.out!,
    now,
    track,
    env: {
      SENDER: values.sender ?? process.env.SENDER,
      RECIPIENTS: values.recipients ?? process.env.RECIPIENTS,
      TIMEZONE: values.timezone ?? process.env.TIMEZONE,
    },
    log: stderrLog(values.verbose!),
  });
  const model = result.model;
  const lines = [
    `Briefing for track ${track} (${now.toISOString()})`,
    `  articles uploaded   ${result.uploaded} (normalized ${result.normalized}, quarantined ${result.quarantined})`,
    `  contacts            ${model ? model.contacts.length : '-'}${model && model.aroundTrack.length ? ` (+${model.aroundTrack.length} around the track)` : ''}`,
    `  stated conditions   ${model ? model.conditions.length : '-'}`,
    `  open questions      ${model ? model.openQuestions.length : '-'}`,
    `  email               ${result.digestStatus}${result.messageId ? ` (SES message ${result.messageId})` : ''}`,
  ];
  if (result.files) {
    lines.push(`  files               ${result.files.html}`, `                      ${result.files.txt}`, `                      ${result.files.eml}`, `                      ${result.files.json}`);
  }
  for (const q of result.quarantine) lines.push(`  quarantined         ${q.key}: ${q.code}: ${q.message}`);
  for (const failure of result.failedInvocations) lines.push(`  FAILED extraction   ${failure.key}: ${failure.error}`);
  lines.push(`  took                ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(lines.join('\n'));
  return result.failedInvocations.length > 0 || !result.messageId ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof ConfigError) {
      console.error(`configuration error: ${error.message}`);
      process.exit(2);
    }
    console.error(`brief failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
