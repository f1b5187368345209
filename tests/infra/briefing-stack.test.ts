/**
 * Template assertions for the ten points of the infrastructure issue, on the default configuration (no
 * context beyond cdk.json) and on a full set of context values. Bundling is skipped: no assertion here
 * needs the code (tests/infra/bundling.test.ts does one real bundled synth).
 */
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_SERVICE, EXTRACTOR_SERVICE } from '../../infra/briefing-stack.js';
import { GUARD_MESSAGE, GUARD_PARAMETER } from '../../infra/deploy-guard.js';
import { FUNCTION_NODE_OPTIONS } from '../../infra/constructs/briefing-function.js';
import { SHARDS } from '../../infra/constructs/record-catalog.js';
import { asList, flatten, FULL_CONTEXT, identityStatements, logicalIdOf, synth, type Statement, type Synth } from './synth.js';

let defaults: Synth;
let full: Synth;
let bucketId: string;
let extractorRoleId: string;
let digestRoleId: string;

beforeAll(() => {
  defaults = synth();
  full = synth(FULL_CONTEXT);
  bucketId = logicalIdOf(defaults.stack, defaults.stack.store.bucket);
  extractorRoleId = logicalIdOf(defaults.stack, defaults.stack.extractor.role);
  digestRoleId = logicalIdOf(defaults.stack, defaults.stack.digest.role);
});

const functionByService = (t: Template, service: string) => {
  const fns = t.findResources('AWS::Lambda::Function', {
    Properties: { Environment: { Variables: { POWERTOOLS_SERVICE_NAME: service } } },
  });
  expect(Object.keys(fns)).toHaveLength(1);
  const [id, fn] = Object.entries(fns)[0];
  return { id, props: fn.Properties };
};

const statementsOf = (t: Template, roleId: string) =>
  identityStatements(t)
    .filter((s) => s.roles.includes(`<${roleId}>`))
    .map((s) => s.statement);

describe('1. bucket', () => {
  it('blocks public access, enforces TLS 1.2+, is versioned and SSE-S3 encrypted by default', () => {
    defaults.template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'data-bucket/' }),
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
  });

  it('bucket policy denies every non-TLS request and TLS below 1.2', () => {
    const policies = defaults.template.findResources('AWS::S3::BucketPolicy', { Properties: { Bucket: { Ref: bucketId } } });
    const statements = Object.values(policies).flatMap((p) => p.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>);
    const arns = [`<${bucketId}.Arn>`, `<${bucketId}.Arn>/*`];
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Principal: { AWS: '*' }, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    const tlsDeny = statements.find((s) => JSON.stringify(s.Condition).includes('aws:SecureTransport'))!;
    expect(asList(tlsDeny.Resource).map(flatten).sort()).toEqual(arns.sort());
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }));
  });

  it('expires quarantine/ after the configured days and noncurrent versions', () => {
    const rulesOf = (t: Template) =>
      Object.values(t.findResources('AWS::S3::Bucket', { Properties: { VersioningConfiguration: { Status: 'Enabled' } } }))[0].Properties
        .LifecycleConfiguration.Rules as Array<Record<string, unknown>>;
    expect(rulesOf(defaults.template)).toContainEqual(expect.objectContaining({ Prefix: 'quarantine/', ExpirationInDays: 90, Status: 'Enabled' }));
    expect(rulesOf(full.template)).toContainEqual(expect.objectContaining({ Prefix: 'quarantine/', ExpirationInDays: 30 }));
    expect(rulesOf(defaults.template)).toContainEqual(
      expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' }),
    );
  });

  it('is retained by default and destroyed only on explicit opt-in', () => {
    defaults.template.hasResource('AWS::S3::Bucket', { Properties: { VersioningConfiguration: { Status: 'Enabled' } }, DeletionPolicy: 'Retain' });
    defaults.template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
    full.template.hasResource('AWS::S3::Bucket', { Properties: { VersioningConfiguration: { Status: 'Enabled' } }, DeletionPolicy: 'Delete' });
    full.template.resourceCountIs('Custom::S3AutoDeleteObjects', 2);
  });

  it('uses a rotating customer-managed KMS key when kmsKey=true', () => {
    defaults.template.resourceCountIs('AWS::KMS::Key', 0);
    full.template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    full.template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() } }],
      },
    });
  });

  it('triggers the extractor only for objects created under incoming/', () => {
    const notifications = defaults.template.findResources('Custom::S3BucketNotifications');
    expect(Object.keys(notifications)).toHaveLength(1);
    const config = Object.values(notifications)[0].Properties.NotificationConfiguration;
    expect(Object.keys(config)).toEqual(['LambdaFunctionConfigurations']);
    expect(config.LambdaFunctionConfigurations).toEqual([
      {
        Events: ['s3:ObjectCreated:*'],
        Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } },
        LambdaFunctionArn: { 'Fn::GetAtt': [functionByService(defaults.template, EXTRACTOR_SERVICE).id, 'Arn'] },
      },
    ]);
  });
});

describe('2. functions', () => {
  it('run on the newest non-deprecated Node runtime', async () => {
    const { Runtime, RuntimeFamily } = await import('aws-cdk-lib/aws-lambda');
    const major = (name: string) => Number(/^nodejs(\d+)\.x$/.exec(name)?.[1] ?? 0);
    const newest = Math.max(...Runtime.ALL.filter((r) => r.family === RuntimeFamily.NODEJS).map((r) => major(r.name)));
    for (const service of [EXTRACTOR_SERVICE, DIGEST_SERVICE]) {
      expect(functionByService(defaults.template, service).props.Runtime).toBe(`nodejs${newest}.x`);
    }
    expect(newest).toBeGreaterThanOrEqual(24);
  });

  it('share the baked-in defaults: arm64, tracing, explicit memory/timeout, own log group, loop detection', () => {
    for (const service of [EXTRACTOR_SERVICE, DIGEST_SERVICE]) {
      const { props } = functionByService(defaults.template, service);
      expect(props.Architectures).toEqual(['arm64']);
      expect(props.TracingConfig).toEqual({ Mode: 'Active' });
      expect(props.RecursiveLoop).toBe('Terminate');
      expect(props.MemorySize).toBeGreaterThanOrEqual(512);
      expect(props.Timeout).toBeGreaterThan(3);
      expect(props.Handler).toBe('index.handler');
      expect(props.LoggingConfig).toEqual({
        LogFormat: 'JSON',
        ApplicationLogLevel: 'INFO',
        SystemLogLevel: 'INFO',
        LogGroup: { Ref: expect.any(String) },
      });
      expect(props.Environment.Variables).toMatchObject({
        POWERTOOLS_SERVICE_NAME: service,
        POWERTOOLS_METRICS_NAMESPACE: 'DiplomaticBriefing',
        LOG_LEVEL: 'INFO',
        BUCKET_NAME: { Ref: bucketId },
      });
      // The bench imports the bundles with FUNCTION_NODE_OPTIONS; the functions must run with the same.
      expect(props.Environment.Variables.NODE_OPTIONS ?? '').toBe(FUNCTION_NODE_OPTIONS);
      const logGroupId = props.LoggingConfig.LogGroup.Ref;
      defaults.template.hasResource('AWS::Logs::LogGroup', { Properties: { RetentionInDays: 90 } });
      expect(defaults.template.toJSON().Resources[logGroupId].Properties.RetentionInDays).toBe(90);
    }
    expect(full.template.findResources('AWS::Logs::LogGroup', { Properties: { RetentionInDays: 30 } })).not.toEqual({});
    for (const service of [EXTRACTOR_SERVICE, DIGEST_SERVICE]) {
      const { props } = functionByService(full.template, service);
      expect(props.LoggingConfig.ApplicationLogLevel).toBe('DEBUG');
      expect(props.Environment.Variables.LOG_LEVEL).toBe('DEBUG');
    }
  });

  it('pass the environment the handlers read (lambdas/config.ts)', () => {
    expect(functionByService(full.template, EXTRACTOR_SERVICE).props.Environment.Variables).toMatchObject({ MAX_OBJECT_BYTES: '1048576' });
    expect(functionByService(full.template, DIGEST_SERVICE).props.Environment.Variables).toMatchObject({
      SENDER: 'Briefing Desk <briefing@desk.example.org>',
      RECIPIENTS: 'analyst.one@example.org,analyst.two@example.org',
      TRACKS: 'US-RU,US-CN,CN-IN',
      TIMEZONE: 'America/New_York',
      SES_CONFIGURATION_SET: { Ref: expect.any(String) },
      READ_CONCURRENCY: '16',
    });
  });

  it('send failed async invocations, after bounded retries, to their own SQS queue', () => {
    for (const [service, maxAge] of [
      [EXTRACTOR_SERVICE, 6 * 3600],
      [DIGEST_SERVICE, 3 * 3600],
    ] as const) {
      const { id } = functionByService(defaults.template, service);
      const configs = Object.values(defaults.template.findResources('AWS::Lambda::EventInvokeConfig', { Properties: { FunctionName: { Ref: id } } }));
      expect(configs).toHaveLength(1);
      const p = configs[0].Properties;
      expect(p.MaximumRetryAttempts).toBe(2);
      expect(p.MaximumEventAgeInSeconds).toBe(maxAge);
      const queueId = p.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][0];
      expect(defaults.template.toJSON().Resources[queueId].Type).toBe('AWS::SQS::Queue');
    }
  });
});

describe('3. schedule', () => {
  const schedules = (t: Template) => Object.values(t.findResources('AWS::Scheduler::Schedule')).map((s) => s.Properties);

  it('is an EventBridge Scheduler schedule with cron, IANA timezone, no flexible window, retries and a DLQ', () => {
    defaults.template.resourceCountIs('AWS::Events::Rule', 0);
    const [s] = schedules(defaults.template);
    expect(s.ScheduleExpression).toBe('cron(0 7 * * ? *)');
    expect(s.ScheduleExpressionTimezone).toBe('Europe/London');
    expect(s.FlexibleTimeWindow).toEqual({ Mode: 'OFF' });
    expect(s.Target.RetryPolicy).toEqual({ MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 });
    expect(s.Target.Arn).toEqual({ 'Fn::GetAtt': [functionByService(defaults.template, DIGEST_SERVICE).id, 'Arn'] });
    expect(s.Target.DeadLetterConfig.Arn).toEqual({ 'Fn::GetAtt': [logicalIdOf(defaults.stack, defaults.stack.scheduleDeadLetters), 'Arn'] });
  });

  it('sends the digest the input contract with Scheduler context attributes', () => {
    const [s] = schedules(defaults.template);
    expect(JSON.parse(s.Target.Input)).toEqual({
      track: 'US-RU',
      scheduledTime: '<aws.scheduler.scheduled-time>',
      executionId: '<aws.scheduler.execution-id>',
      scheduleArn: '<aws.scheduler.schedule-arn>',
      attempt: '<aws.scheduler.attempt-number>',
    });
  });

  it('has one schedule per configured track, all with the configured cron and timezone', () => {
    const all = schedules(full.template);
    expect(all.map((s) => JSON.parse(s.Target.Input).track).sort()).toEqual(['CN-IN', 'US-CN', 'US-RU']);
    for (const s of all) {
      expect(s.ScheduleExpression).toBe('cron(30 6 ? * MON-FRI *)');
      expect(s.ScheduleExpressionTimezone).toBe('America/New_York');
      expect(s.KmsKeyArn).toBeDefined();
    }
  });
});

describe('4. least privilege', () => {
  const WRITE = /^s3:(Put|Delete|Restore|Replicate|Abort|\*|Put\*)/;

  it('extractor: reads incoming/*, writes normalized/* and quarantine/*, lists only under incoming/', () => {
    const st = statementsOf(defaults.template, extractorRoleId).filter((s) => asList(s.Action).some((a) => a.startsWith('s3:')));
    const summary = st.map((s) => ({ actions: asList(s.Action), resources: asList(s.Resource).map(flatten).sort(), condition: s.Condition }));
    expect(summary).toEqual([
      { actions: ['s3:GetObject'], resources: [`<${bucketId}.Arn>/incoming/*`], condition: undefined },
      { actions: ['s3:PutObject'], resources: [`<${bucketId}.Arn>/normalized/*`, `<${bucketId}.Arn>/quarantine/*`], condition: undefined },
      { actions: ['s3:ListBucket'], resources: [`<${bucketId}.Arn>`], condition: { StringLike: { 's3:prefix': ['incoming/', 'incoming/*'] } } },
    ]);
  });

  it('digest: reads normalized/* and briefings/*, writes briefings/* only, lists three prefixes', () => {
    const st = statementsOf(defaults.template, digestRoleId).filter((s) => asList(s.Action).some((a) => a.startsWith('s3:')));
    const summary = st.map((s) => ({ actions: asList(s.Action), resources: asList(s.Resource).map(flatten).sort(), condition: s.Condition }));
    expect(summary).toEqual([
      { actions: ['s3:GetObject'], resources: [`<${bucketId}.Arn>/briefings/*`, `<${bucketId}.Arn>/normalized/*`], condition: undefined },
      { actions: ['s3:PutObject'], resources: [`<${bucketId}.Arn>/briefings/*`], condition: undefined },
      {
        actions: ['s3:ListBucket'],
        resources: [`<${bucketId}.Arn>`],
        condition: { StringLike: { 's3:prefix': ['normalized/', 'normalized/*', 'quarantine/', 'quarantine/*', 'briefings/', 'briefings/*'] } },
      },
    ]);
  });

  it('digest sends email only from the configured identity, with ses:FromAddress pinned', () => {
    for (const { template, stack, from, identity } of [
      { ...defaults, from: 'briefing-sender@example.invalid', identity: 'briefing-sender@example.invalid' },
      { ...full, from: 'briefing@desk.example.org', identity: 'desk.example.org' },
    ]) {
      const ses = statementsOf(template, logicalIdOf(stack, stack.digest.role)).filter((s) => asList(s.Action).some((a) => a.startsWith('ses:')));
      expect(ses).toHaveLength(1);
      expect(asList(ses[0].Action).sort()).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
      expect(ses[0].Condition).toEqual({ StringEquals: { 'ses:FromAddress': from } });
      const resources = asList(ses[0].Resource).map(flatten);
      expect(resources).toContain(`arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:identity/${identity}`);
      expect(resources.every((r) => !r.endsWith('*'))).toBe(true);
    }
  });

  it('no function (no role at all) can write to incoming/', () => {
    // An IAM resource glob covers an upload if, read as a pattern, it matches the object ARN of one.
    const upload = (id: string) => `<${id}.Arn>/incoming/some article.html`;
    const covers = (resource: string, arn: string) =>
      new RegExp(`^${resource.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`).test(arn);
    expect(covers(`<${bucketId}.Arn>/*`, upload(bucketId))).toBe(true);
    expect(covers(`<${bucketId}.Arn>/normalized/*`, upload(bucketId))).toBe(false);
    for (const { template, stack } of [defaults, full]) {
      const arn = upload(logicalIdOf(stack, stack.store.bucket));
      const writers = identityStatements(template).filter(
        ({ statement: s }) =>
          s.Effect === 'Allow' &&
          asList(s.Action).some((a) => WRITE.test(a) || a === '*') &&
          asList(s.Resource).map(flatten).some((r) => covers(r, arn)),
      );
      expect(writers).toEqual([]);
      // Nor does the bucket policy grant object writes. Its only Allow is CDK's auto-delete provider in
      // destroyOnRemoval (dev) stacks: s3:DeleteObject* when the stack is deleted, never Put.
      const bucketPolicies = template.findResources('AWS::S3::BucketPolicy', { Properties: { Bucket: { Ref: logicalIdOf(stack, stack.store.bucket) } } });
      const allows = Object.values(bucketPolicies).flatMap((p) => (p.Properties.PolicyDocument.Statement as Statement[]).filter((st) => st.Effect === 'Allow'));
      for (const st of allows) expect(asList(st.Action).filter((a) => /^s3:(Put(Object|\*)|\*)/.test(a) || a === '*')).toEqual([]);
      if (stack === defaults.stack) expect(allows).toEqual([]);
      // Reads of incoming/ exist (the extractor), so the matcher is not vacuous.
      const readers = identityStatements(template).filter(({ statement: s }) => asList(s.Resource).map(flatten).some((r) => covers(r, arn)));
      expect(readers.length).toBeGreaterThan(0);
    }
  });

  it('uses Resource "*" only for X-Ray, which has no resource-level permissions', () => {
    for (const { template } of [defaults, full]) {
      const star = identityStatements(template).filter(({ statement: s }) => s.Effect === 'Allow' && asList(s.Resource).includes('*'));
      for (const { statement } of star) expect(asList(statement.Action).sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
    }
  });

  it('function roles carry no AWS managed policy (not even AWSLambdaBasicExecutionRole)', () => {
    const roles = defaults.template.toJSON().Resources;
    for (const id of [extractorRoleId, digestRoleId]) expect(roles[id].Properties.ManagedPolicyArns).toBeUndefined();
  });
});

describe('5. SES', () => {
  it('has a configuration set with TLS, suppression of bounces and complaints, and an SNS event destination', () => {
    defaults.template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: Match.objectLike({ TlsPolicy: 'REQUIRE' }),
      SuppressionOptions: { SuppressedReasons: Match.arrayWith(['BOUNCE', 'COMPLAINT']) },
    });
    defaults.template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: Match.arrayWith(['bounce', 'complaint']),
        SnsDestination: { TopicARN: { Ref: logicalIdOf(defaults.stack, defaults.stack.mail.feedbackTopic) } },
      },
    });
  });

  it('creates the sender identity only when asked, with the configuration set as default', () => {
    defaults.template.resourceCountIs('AWS::SES::EmailIdentity', 0);
    full.template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'desk.example.org',
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: Match.anyValue() } },
    });
  });
});

describe('6. alarms', () => {
  const alarms = (t: Template) => Object.values(t.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);
  let topicRef: unknown;
  beforeAll(() => {
    topicRef = { Ref: logicalIdOf(defaults.stack, defaults.stack.alarms.topic) };
  });

  it('fire when any failure or dead-letter queue holds a message', () => {
    const queueIds = [defaults.stack.extractor.failureQueue, defaults.stack.digest.failureQueue, defaults.stack.scheduleDeadLetters].map((q) =>
      logicalIdOf(defaults.stack, q),
    );
    for (const qid of queueIds) {
      const a = alarms(defaults.template).find((p) => JSON.stringify(p.Dimensions ?? []).includes(qid))!;
      expect(a).toMatchObject({
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Namespace: 'AWS/SQS',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        EvaluationPeriods: 1,
        AlarmActions: [topicRef],
      });
    }
  });

  it('fire on any function error', () => {
    for (const service of [EXTRACTOR_SERVICE, DIGEST_SERVICE]) {
      const { id } = functionByService(defaults.template, service);
      const a = alarms(defaults.template).find((p) => p.MetricName === 'Errors' && JSON.stringify(p.Dimensions).includes(id))!;
      expect(a).toMatchObject({ Namespace: 'AWS/Lambda', Statistic: 'Sum', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', AlarmActions: [topicRef] });
    }
  });

  it('fire when no briefing was sent in 26 h (missing data = no briefing)', () => {
    const a = alarms(defaults.template).find((p) => p.MetricName === 'BriefingsSent')!;
    expect(a).toMatchObject({
      Namespace: 'DiplomaticBriefing',
      Dimensions: [{ Name: 'service', Value: DIGEST_SERVICE }],
      Statistic: 'Sum',
      Period: 3600,
      EvaluationPeriods: 26,
      DatapointsToAlarm: 26,
      Threshold: 1,
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
      AlarmActions: [topicRef],
    });
    // CloudWatch limit: period x evaluation periods <= 7 days for hour-long periods.
    expect(a.Period * a.EvaluationPeriods).toBeLessThanOrEqual(7 * 24 * 3600);
    expect(alarms(full.template).find((p) => p.MetricName === 'BriefingsSent')!.EvaluationPeriods).toBe(74);
  });

  it('subscribe the operator email (alarms and SES feedback) only when alarmEmail is given', () => {
    defaults.template.resourceCountIs('AWS::SNS::Subscription', 0);
    const subs = Object.values(full.template.findResources('AWS::SNS::Subscription')).map((s) => s.Properties);
    expect(subs).toHaveLength(2);
    for (const s of subs) expect(s).toMatchObject({ Protocol: 'email', Endpoint: 'oncall@example.org' });
  });

  it('every alarm notifies the alarm topic, and every topic refuses plain HTTP publishing', () => {
    for (const a of alarms(defaults.template)) expect(a.AlarmActions).toEqual([topicRef]);
    const topicPolicies = Object.values(defaults.template.findResources('AWS::SNS::TopicPolicy'));
    expect(topicPolicies.length).toBe(2);
    for (const p of topicPolicies) {
      expect(p.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });
});

describe('7. SQL over the event store', () => {
  let table: Record<string, any>;
  beforeAll(() => {
    table = Object.values(defaults.template.findResources('AWS::Glue::Table'))[0].Properties.TableInput;
  });

  it('Glue table over normalized/ with the OpenX JSON SerDe and shard partition projection', () => {
    defaults.template.resourceCountIs('AWS::Glue::Database', 1);
    expect(table.StorageDescriptor.SerdeInfo.SerializationLibrary).toBe('org.openx.data.jsonserde.JsonSerDe');
    expect(flatten(table.StorageDescriptor.Location)).toBe(`s3://<${bucketId}>/normalized/`);
    expect(table.PartitionKeys).toEqual([expect.objectContaining({ Name: 'shard', Type: 'string' })]);
    expect(table.Parameters).toMatchObject({ 'projection.enabled': 'true', 'projection.shard.type': 'enum' });
    expect(table.Parameters['projection.shard.values'].split(',')).toEqual(SHARDS);
    expect(SHARDS).toHaveLength(256);
    expect(SHARDS.slice(0, 2).concat(SHARDS.slice(-1))).toEqual(['00', '01', 'ff']);
    expect(flatten(table.Parameters['storage.location.template'])).toBe(`s3://<${bucketId}>/normalized/\${shard}/`);
  });

  it('columns follow the record schema, nested structs and arrays included', () => {
    const cols = Object.fromEntries((table.StorageDescriptor.Columns as Array<{ Name: string; Type: string }>).map((c) => [c.Name, c.Type]));
    expect(Object.keys(cols)).toEqual(expect.arrayContaining(['schemaversion', 'id', 'source', 'title', 'published', 'extractedat', 'contacts', 'conditions', 'openquestions', 'warnings']));
    expect(cols.id).toBe('string');
    expect(cols.contacts).toMatch(/^array<struct<id:string,mode:string,status:string,date:struct<value:string,precision:string,text:string,basis:string>,/);
    expect(cols.contacts).toContain('location:struct<city:string,venue:string,country:string>');
    expect(cols.contacts).toContain('participants:array<struct<name:string,role:string,country:string>>');
    expect(cols.contacts).toContain('evidence:array<struct<text:string,start:bigint,end:bigint>>');
    expect(cols.conditions).toContain('actor:struct<name:string,country:string>');
    expect(cols.openquestions).toMatch(/^array<struct<text:string,evidence:array<struct</);
    expect(cols.published).toBe('struct<date:string,source:string>');
  });

  it('Athena workgroup enforces encrypted results under athena-results/ (SSE-KMS with the key when kmsKey=true)', () => {
    defaults.template.hasResourceProperties('AWS::Athena::WorkGroup', {
      WorkGroupConfiguration: Match.objectLike({
        EnforceWorkGroupConfiguration: true,
        ResultConfiguration: { OutputLocation: Match.anyValue(), EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } },
      }),
    });
    const wg = Object.values(defaults.template.findResources('AWS::Athena::WorkGroup'))[0].Properties;
    expect(flatten(wg.WorkGroupConfiguration.ResultConfiguration.OutputLocation)).toBe(`s3://<${bucketId}>/athena-results/`);
    full.template.hasResourceProperties('AWS::Athena::WorkGroup', {
      WorkGroupConfiguration: Match.objectLike({
        ResultConfiguration: Match.objectLike({ EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: Match.anyValue() } }),
      }),
    });
    defaults.template.resourceCountIs('AWS::Athena::NamedQuery', 3);
  });
});

describe('10. deploy story: placeholders synthesize but cannot deploy', () => {
  it('with placeholder addresses the template requires a guard parameter that has no default', () => {
    const params = defaults.template.toJSON().Parameters;
    expect(params[GUARD_PARAMETER]).toEqual({ Type: 'String', Description: GUARD_MESSAGE });
  });

  it('and a Rule whose assertion is false for every value that could be passed', () => {
    const rule = defaults.template.toJSON().Rules.RefusePlaceholderSenderAndRecipients;
    expect(rule.Assertions).toHaveLength(1);
    expect(rule.Assertions[0].AssertDescription).toBe(GUARD_MESSAGE);
    for (const value of ['x', '', 'anything', GUARD_MESSAGE]) {
      expect(evaluateRule(rule.Assertions[0].Assert, { [GUARD_PARAMETER]: value })).toBe(false);
    }
  });

  it('with real addresses neither the guard parameter nor the rule exists', () => {
    const t = full.template.toJSON();
    expect(Object.keys(t.Parameters ?? {})).not.toContain(GUARD_PARAMETER);
    expect(Object.keys(t.Rules ?? {})).not.toContain('RefusePlaceholderSenderAndRecipients');
  });
});

/** Evaluates the rule functions CloudFormation supports that the guard uses (Fn::And / Fn::Not / Fn::Equals / Ref). */
function evaluateRule(node: any, params: Record<string, string>): any {
  if (typeof node === 'string') return node;
  if ('Ref' in node) return params[node.Ref];
  if ('Fn::And' in node) return node['Fn::And'].every((n: unknown) => evaluateRule(n, params) === true);
  if ('Fn::Not' in node) return evaluateRule(node['Fn::Not'][0], params) !== true;
  if ('Fn::Equals' in node) return evaluateRule(node['Fn::Equals'][0], params) === evaluateRule(node['Fn::Equals'][1], params);
  throw new Error(`unsupported rule function ${Object.keys(node)}`);
}
