/**
 * The whole product on AWS, in one stack:
 *   S3 (incoming/ → extractor) → normalized/ + quarantine/ → EventBridge Scheduler (one schedule per track)
 *   → digest → SES, with failure queues, alarms, and Glue/Athena over normalized/.
 * Least privilege is spelled out here statement by statement; tests/infra asserts it.
 */
import { Annotations, CfnOutput, Duration, RemovalPolicy, Stack, TimeZone, Validations, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { PREFIX } from '../lambdas/core/record/layout.js';
import type { BriefingConfig } from './config.js';
import { ArticleStore } from './constructs/article-store.js';
import { BriefingFunction } from './constructs/briefing-function.js';
import { BriefingMail } from './constructs/briefing-mail.js';
import { OperationsAlarms } from './constructs/operations-alarms.js';
import { RecordCatalog } from './constructs/record-catalog.js';
import { addPlaceholderDeployGuard, GUARD_MESSAGE } from './deploy-guard.js';

// Same service names the handlers default to (lambdas/handlers/*.ts); the env var makes them explicit.
export const EXTRACTOR_SERVICE = 'briefing-extract';
export const DIGEST_SERVICE = 'briefing-digest';
export const EXTRACT_ENTRY = 'lambdas/handlers/extract.ts';
export const DIGEST_ENTRY = 'lambdas/handlers/digest.ts';

export interface BriefingStackProps extends StackProps {
  config: BriefingConfig;
}

export class BriefingStack extends Stack {
  readonly store: ArticleStore;
  readonly extractor: BriefingFunction;
  readonly digest: BriefingFunction;
  readonly mail: BriefingMail;
  readonly alarms: OperationsAlarms;
  readonly catalog: RecordCatalog;
  readonly scheduleDeadLetters: sqs.Queue;
  readonly schedules: scheduler.Schedule[] = [];
  readonly schedulerRole: iam.Role;

  constructor(scope: Construct, id: string, props: BriefingStackProps) {
    super(scope, id, props);
    const config = props.config;
    const removalPolicy = config.destroyOnRemoval ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    const logRetention = config.logRetentionDays as logs.RetentionDays;

    if (config.usesPlaceholders) {
      addPlaceholderDeployGuard(this);
      Annotations.of(this).addWarningV2('briefing:placeholder-addresses', `${GUARD_MESSAGE} Synth works; deploy will be refused.`);
    }

    this.store = new ArticleStore(this, 'Store', config);
    const bucket = this.store.bucket;

    this.mail = new BriefingMail(this, 'Mail', {
      identity: config.sesIdentity,
      fromAddress: config.senderAddress,
      createIdentity: config.createSenderIdentity,
    });

    this.extractor = new BriefingFunction(this, 'Extractor', {
      entry: EXTRACT_ENTRY,
      description: 'Turns an article uploaded under incoming/ into a normalized record (or a quarantine record)',
      serviceName: EXTRACTOR_SERVICE,
      memorySize: 1024,
      timeout: Duration.minutes(2),
      environment: {
        BUCKET_NAME: bucket.bucketName,
        MAX_OBJECT_BYTES: String(config.maxObjectBytes),
      },
      logRetention,
      logLevel: config.logLevel,
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      removalPolicy,
    });

    this.digest = new BriefingFunction(this, 'Digest', {
      entry: DIGEST_ENTRY,
      description: 'Merges the normalized records of a track into a briefing and emails it through SES',
      serviceName: DIGEST_SERVICE,
      memorySize: 1024,
      timeout: Duration.minutes(5),
      environment: {
        BUCKET_NAME: bucket.bucketName,
        SENDER: config.sender,
        RECIPIENTS: config.recipients.join(','),
        TRACKS: config.tracks.join(','),
        TIMEZONE: config.scheduleTimezone,
        SES_CONFIGURATION_SET: this.mail.configurationSet.configurationSetName,
        READ_CONCURRENCY: '16',
      },
      logRetention,
      logLevel: config.logLevel,
      retryAttempts: 2,
      // A briefing more than 3 h late is worse than an alarm and a manual re-run.
      maxEventAge: Duration.hours(3),
      removalPolicy,
    });

    this.grantExtractor(bucket);
    this.grantDigest(bucket);

    // The only trigger: objects created under incoming/. The extractor writes elsewhere, so it cannot trigger itself.
    bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(this.extractor.function), {
      prefix: PREFIX.incoming,
    });
    this.acknowledgeCdkManagedFunctions();

    this.scheduleDeadLetters = new sqs.Queue(this, 'ScheduleDeadLetters', {
      retentionPeriod: Duration.days(14),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      removalPolicy,
    });
    Validations.of(this.scheduleDeadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue IS the dead-letter queue of the schedules; it has a depth alarm.',
    });
    Validations.of(this.scheduleDeadLetters).acknowledge({
      id: 'Serverless-SQSRedrivePolicy',
      reason: 'Terminal dead-letter queue read by operators; there is nothing to redrive to.',
    });
    // One role for every schedule: it may invoke the digest and send to the schedule dead-letter queue.
    this.schedulerRole = new iam.Role(this, 'SchedulerRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      description: 'EventBridge Scheduler: invoke the briefing digest',
    });
    for (const track of config.tracks) this.schedules.push(this.scheduleDigest(track, config));
    const digestLogicalId = this.getLogicalId(this.digest.function.node.defaultChild as lambda.CfnFunction);
    Validations.of(this.schedulerRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${digestLogicalId}.Arn>:*]`,
      reason: 'CDK\'s grantInvoke also covers the digest function\'s versions/aliases ("<function ARN>:*"); still the one function.',
    });

    this.alarms = new OperationsAlarms(this, 'Alarms', { alarmEmail: config.alarmEmail });
    if (config.alarmEmail) {
      // Bounces and complaints need a human too; same address as the alarms.
      this.mail.feedbackTopic.addSubscription(new subscriptions.EmailSubscription(config.alarmEmail));
      Validations.of(this.mail.feedbackTopic).acknowledge({
        id: 'Serverless-SNSRedrivePolicy',
        reason: 'The email subscription is the human end of the feedback path; there is no consumer to redrive to.',
      });
    }
    this.alarms.queueNotEmpty('ExtractorFailures', this.extractor.failureQueue, 'Article extraction gave up');
    this.alarms.queueNotEmpty('DigestFailures', this.digest.failureQueue, 'Briefing digest gave up');
    this.alarms.queueNotEmpty('ScheduleDeliveryFailures', this.scheduleDeadLetters, 'Scheduler could not invoke the digest');
    this.alarms.functionErrors('ExtractorErrors', this.extractor.function, 'Article extraction');
    this.alarms.functionErrors('DigestErrors', this.digest.function, 'Briefing digest');
    this.alarms.noBriefingSent('NoBriefingSent', DIGEST_SERVICE, config.missedBriefingAlarmHours);

    this.catalog = new RecordCatalog(this, 'Catalog', {
      bucket,
      key: this.store.key,
      databaseName: toSnake(config.stackName),
      destroyOnRemoval: config.destroyOnRemoval,
    });

    new CfnOutput(this, 'BucketName', { value: bucket.bucketName, description: 'Upload articles under incoming/' });
    new CfnOutput(this, 'UploadExample', {
      value: `aws s3 cp article.html s3://${bucket.bucketName}/${PREFIX.incoming}article.html --metadata published=YYYY-MM-DD,url=https://...,outlet=...`,
    });
    new CfnOutput(this, 'AthenaWorkGroup', { value: this.catalog.workGroup.ref });
    new CfnOutput(this, 'GlueTable', { value: `${this.catalog.databaseName}.${this.catalog.tableName}` });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
    new CfnOutput(this, 'SesFeedbackTopicArn', { value: this.mail.feedbackTopic.topicArn });
    new CfnOutput(this, 'SesConfigurationSet', { value: this.mail.configurationSet.configurationSetName });
    const identity = this.mail.emailIdentity;
    if (identity && !config.sesIdentity.includes('@')) {
      // Easy DKIM for a domain identity: publish these three CNAME records to verify it.
      const records = [
        [identity.dkimDnsTokenName1, identity.dkimDnsTokenValue1],
        [identity.dkimDnsTokenName2, identity.dkimDnsTokenValue2],
        [identity.dkimDnsTokenName3, identity.dkimDnsTokenValue3],
      ];
      records.forEach(([name, value], i) => new CfnOutput(this, `DkimCname${i + 1}`, { value: `${name} CNAME ${value}` }));
    }
  }

  /** Reads incoming/*, writes normalized/* and quarantine/*. Nothing else; in particular never writes incoming/. */
  private grantExtractor(bucket: s3.IBucket): void {
    const role = this.extractor.role;
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ReadUploads',
        actions: ['s3:GetObject'],
        resources: [bucket.arnForObjects(`${PREFIX.incoming}*`)],
      }),
    );
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'WriteRecords',
        actions: ['s3:PutObject'],
        resources: [bucket.arnForObjects(`${PREFIX.normalized}*`), bucket.arnForObjects(`${PREFIX.quarantine}*`)],
      }),
    );
    // Lets S3 answer 404 NoSuchKey (not 403) for an upload deleted before it was processed, limited to incoming/.
    role.addToPrincipalPolicy(listUnder('ListUploads', bucket, [PREFIX.incoming]));
    this.store.key?.grantEncryptDecrypt(role);
    this.acknowledgeObjectWildcards(role, bucket, [PREFIX.incoming, PREFIX.normalized, PREFIX.quarantine]);
  }

  /** Reads normalized/*, reads and writes briefings/*, lists normalized/, quarantine/ and briefings/, sends as the sender. */
  private grantDigest(bucket: s3.IBucket): void {
    const role = this.digest.role;
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ReadRecordsAndBriefings',
        actions: ['s3:GetObject'],
        resources: [bucket.arnForObjects(`${PREFIX.normalized}*`), bucket.arnForObjects(`${PREFIX.briefings}*`)],
      }),
    );
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'WriteBriefings',
        actions: ['s3:PutObject'],
        resources: [bucket.arnForObjects(`${PREFIX.briefings}*`)],
      }),
    );
    role.addToPrincipalPolicy(listUnder('ListRecordsQuarantineBriefings', bucket, [PREFIX.normalized, PREFIX.quarantine, PREFIX.briefings]));
    role.addToPrincipalPolicy(this.mail.sendPolicy());
    this.store.key?.grantEncryptDecrypt(role);
    this.acknowledgeObjectWildcards(role, bucket, [PREFIX.normalized, PREFIX.briefings]);
  }

  private scheduleDigest(track: string, config: BriefingConfig): scheduler.Schedule {
    const target = new targets.LambdaInvoke(this.digest.function, {
      // The digest handler's contract (lambdas/local/scheduler-event.ts builds the same shape locally).
      input: scheduler.ScheduleTargetInput.fromObject({
        track,
        scheduledTime: scheduler.ContextAttribute.scheduledTime,
        executionId: scheduler.ContextAttribute.executionId,
        scheduleArn: scheduler.ContextAttribute.scheduleArn,
        attempt: scheduler.ContextAttribute.attemptNumber,
      }),
      role: this.schedulerRole,
      deadLetterQueue: this.scheduleDeadLetters,
      retryAttempts: 3,
      maxEventAge: Duration.hours(1),
    });
    return new scheduler.Schedule(this, `Briefing-${track}`, {
      description: `Daily ${track} briefing`,
      schedule: scheduler.ScheduleExpression.expression(config.scheduleExpression, TimeZone.of(config.scheduleTimezone)),
      timeWindow: scheduler.TimeWindow.off(),
      target,
      key: this.store.key,
    });
  }

  /** nag IAM5 flags every "prefix/*" object ARN; each one is the narrowest ARN for a prefix of the layout. */
  private acknowledgeObjectWildcards(role: iam.Role, bucket: s3.IBucket, prefixes: string[]): void {
    const bucketArn = this.resolve(bucket.bucketArn) as { 'Fn::GetAtt': [string, string] };
    for (const prefix of prefixes) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${bucketArn['Fn::GetAtt'][0]}.Arn>/${prefix}*]`,
        reason: `Object keys under ${prefix} are generated at run time (content hashes, upload names, dates); the grant is limited to that one prefix of the storage layout.`,
      });
    }
    if (this.store.key) {
      for (const action of ['kms:GenerateDataKey*', 'kms:ReEncrypt*']) {
        Validations.of(role).acknowledge({
          id: `AwsSolutions-IAM5[Action::${action}]`,
          reason: 'Key.grantEncryptDecrypt on the stack\'s own data-bucket key: S3 needs data-key generation for SSE-KMS writes.',
        });
      }
    }
  }

  /** Finding on the function CDK itself adds to apply the bucket notification (a deploy-time custom resource). */
  private acknowledgeCdkManagedFunctions(): void {
    const notifications = this.node.tryFindChild('BucketNotificationsHandler050a0587b7544547bf325f094a3db834');
    if (notifications) {
      Validations.of(notifications).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'CDK\'s S3 bucket-notification custom resource always attaches the basic execution role; it runs only during deployments. Its S3 permission is scoped to this bucket.',
      });
    }
  }
}

function listUnder(sid: string, bucket: s3.IBucket, prefixes: string[]): iam.PolicyStatement {
  return new iam.PolicyStatement({
    sid,
    actions: ['s3:ListBucket'],
    resources: [bucket.bucketArn],
    conditions: { StringLike: { 's3:prefix': prefixes.flatMap((p) => [p, `${p}*`]) } },
  });
}

function toSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase();
}

