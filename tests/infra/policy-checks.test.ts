/**
 * Policy checks as tests: cdk-nag 3 (AwsSolutions + Serverless packs, registered by infra/app.ts through
 * Validations.of(app).addPlugins) must find nothing unacknowledged, in the default and in the full
 * configuration; every acknowledgement carries a reason and is listed in docs/infra.md; and the plumbing
 * is proven live by a deliberate violation that must fail synthesis.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks, type NagPack } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';
import { PROJECT_ROOT } from '../../infra/bundling/lambda-build.js';
import { CDK_JSON_CONTEXT, FULL_CONTEXT, synth, type Synth } from './synth.js';

const packs = (): NagPack[] => [new AwsSolutionsChecks(), new ServerlessChecks()];

function findings(app: App, options: { ignoreAcknowledgements?: boolean } = {}) {
  return packs().flatMap((pack) => {
    // Test-only: bypass acknowledgements to see the raw findings they answer.
    if (options.ignoreAcknowledgements) (pack as unknown as { isAcknowledged: () => boolean }).isAcknowledged = () => false;
    return pack.validateScope(app).violations.map((v) => `${v.ruleName} @ ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
  });
}

// The full context has every optional resource (KMS key, SES identity, subscriptions, auto-delete), so the
// slow CloudFormation schema validation runs on that one only.
const configs: Array<[string, Record<string, unknown>, boolean]> = [
  ['default context', {}, false],
  ['full context', FULL_CONTEXT, true],
];

describe.each(configs)('cdk-nag with %s', (_name, context, cfnValidation) => {
  let s: Synth;
  beforeAll(() => {
    s = synth(context, { cfnValidation });
  });

  it('has zero unacknowledged AwsSolutions and Serverless findings', () => {
    expect(findings(s.app)).toEqual([]);
  });

  it('acknowledges only findings that really occur, each with a written reason in the template metadata', () => {
    const raw = findings(s.app, { ignoreAcknowledgements: true });
    expect(raw.length).toBeGreaterThan(0);
    const acknowledgements = Object.values(s.template.toJSON().Resources as Record<string, { Metadata?: any }>).flatMap(
      (r) => r.Metadata?.cdk_nag?.rules_to_suppress ?? [],
    ) as Array<{ id: string; reason: string }>;
    for (const a of acknowledgements) expect(a.reason.length, a.id).toBeGreaterThan(40);
    const rawIds = new Set(raw.map((f) => f.split(' @ ')[0]));
    for (const a of acknowledgements) expect(rawIds, `acknowledged but never raised: ${a.id}`).toContain(a.id);
  });

  it('docs/infra.md explains every rule that had to be acknowledged', () => {
    const docs = readFileSync(path.join(PROJECT_ROOT, 'docs', 'infra.md'), 'utf8');
    const rules = new Set(findings(s.app, { ignoreAcknowledgements: true }).map((f) => f.split(/[[ ]/)[0]));
    for (const rule of rules) expect(docs, rule).toContain(rule);
  });

  it.runIf(cfnValidation)('passes the CloudFormation schema validation built into aws-cdk-lib', () => {
    const report = JSON.parse(readFileSync(path.join(s.app.outdir, 'validation-report.json'), 'utf8'));
    const cfn = report.pluginReports.filter((p: { pluginName: string }) => !/annotation/i.test(p.pluginName));
    expect(cfn.flatMap((p: { violations: unknown[] }) => p.violations)).toEqual([]);
  });
});

describe('the checks are live', () => {
  it('an unacknowledged finding fails synthesis of the app', () => {
    const app = new App({ context: { ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
    const { stack } = buildApp(app);
    new s3.Bucket(stack, 'CarelessBucket');
    expect(() => app.synth()).toThrow(/AwsSolutions-S1|Validation failed/);
    expect(findings(app).some((f) => f.startsWith('AwsSolutions-S10 @') && f.includes('CarelessBucket'))).toBe(true);
  });
});
