/**
 * Test helper: builds the CDK app exactly as `cdk synth` does (same entry function, same cdk.json context)
 * with context overrides, and by default skips esbuild bundling (`aws:cdk:bundling-stacks: []`), which no
 * template assertion needs. Also flattens CloudFormation references so IAM assertions read like ARNs.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/app.js';
import type { BriefingStack } from '../../infra/briefing-stack.js';
import { PROJECT_ROOT } from '../../infra/bundling/lambda-build.js';

export const CDK_JSON_CONTEXT: Record<string, unknown> = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'cdk.json'), 'utf8')).context;

/** A complete, realistic set of context values (everything not left at its default). */
export const FULL_CONTEXT = {
  sender: 'Briefing Desk <briefing@desk.example.org>',
  recipients: 'analyst.one@example.org,analyst.two@example.org',
  tracks: 'US-RU,US-CN,CN-IN',
  scheduleExpression: 'cron(30 6 ? * MON-FRI *)',
  scheduleTimezone: 'America/New_York',
  sesIdentity: 'desk.example.org',
  createSenderIdentity: 'true',
  kmsKey: 'true',
  quarantineRetentionDays: '30',
  destroyOnRemoval: 'true',
  alarmEmail: 'oncall@example.org',
  logRetentionDays: '30',
  maxObjectBytes: '1048576',
  missedBriefingAlarmHours: '74',
  logLevel: 'debug',
};

export interface Synth {
  app: App;
  stack: BriefingStack;
  template: Template;
}

export interface SynthOptions {
  /** Run esbuild for real (slow); default false. */
  bundle?: boolean;
  /**
   * Run aws-cdk-lib's built-in CloudFormation schema validation (2-10 s per synth). Off by default here;
   * tests/infra/policy-checks.test.ts runs it once. The cdk-nag packs run on every synth regardless.
   */
  cfnValidation?: boolean;
}

export function synth(context: Record<string, unknown> = {}, options: SynthOptions = {}): Synth {
  const app = new App({
    builtinCloudFormationValidation: options.cfnValidation ?? false,
    outdir: mkdtempSync(path.join(tmpdir(), 'cdk-test-')),
    context: {
      ...CDK_JSON_CONTEXT,
      ...context,
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
    },
  });
  const { stack } = buildApp(app);
  return { app, stack, template: Template.fromStack(stack) };
}

type Json = unknown;

/** {"Fn::Join":["",[{"Fn::GetAtt":["Bucket","Arn"]},"/incoming/*"]]} → "<Bucket.Arn>/incoming/*" */
export function flatten(value: Json): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const o = value as Record<string, Json>;
    if ('Fn::Join' in o) {
      const [sep, parts] = o['Fn::Join'] as [string, Json[]];
      return parts.map(flatten).join(sep);
    }
    if ('Fn::GetAtt' in o) return `<${(o['Fn::GetAtt'] as string[]).join('.')}>`;
    if ('Ref' in o) return `<${o.Ref as string}>`;
  }
  return JSON.stringify(value);
}

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource?: Json | Json[];
  Condition?: Record<string, Record<string, Json>>;
  Principal?: Json;
}

export const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Every statement of every identity policy (AWS::IAM::Policy and inline role policies), with the role it applies to. */
export function identityStatements(template: Template): Array<{ roles: string[]; statement: Statement }> {
  const out: Array<{ roles: string[]; statement: Statement }> = [];
  for (const [, res] of Object.entries(template.findResources('AWS::IAM::Policy'))) {
    const roles = asList(res.Properties.Roles as Json[]).map(flatten);
    for (const s of res.Properties.PolicyDocument.Statement as Statement[]) out.push({ roles, statement: s });
  }
  for (const [id, res] of Object.entries(template.findResources('AWS::IAM::Role'))) {
    for (const p of asList(res.Properties.Policies as Array<{ PolicyDocument: { Statement: Statement[] } }>)) {
      for (const s of p.PolicyDocument.Statement) out.push({ roles: [`<${id}>`], statement: s });
    }
  }
  return out;
}

export function logicalIdOf(stack: BriefingStack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.getLogicalId(construct.node.defaultChild as never);
}
