/**
 * One Lambda function with the defaults every function of this product shares, so the stack only states
 * what differs (entry, memory, timeout, environment, retry budget):
 *  - newest non-deprecated Node runtime (nodejs24.x), arm64, X-Ray active tracing;
 *  - local esbuild bundling (no Docker): ESM, minified, source maps, the two AWS SDK v3 clients bundled and
 *    tree-shaken (infra/bundling/lambda-build.ts says how and why);
 *  - its own log group with retention, and a role that may write only to that log group;
 *  - Powertools service name, metrics namespace and log level in the environment;
 *  - async invoke config: bounded retries and event age, failures to an SQS queue this construct owns;
 *  - recursive-loop detection left on Terminate (stated explicitly so a later edit cannot drop it silently).
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { LogLevel } from '../config.js';
import { BUNDLE_ENTRY_NAME } from '../bundling/lambda-build.js';
import { bundledLambdaCode } from '../bundling/lambda-code.js';

export const METRICS_NAMESPACE = 'DiplomaticBriefing';
export const RUNTIME = lambda.Runtime.NODEJS_24_X;

/**
 * NODE_OPTIONS the functions run with; the bench imports the bundles with the same. None: in particular not
 * --enable-source-maps, which parses the source map at every cold start (16-20 ms in the bench). Stack traces
 * still point at the TypeScript sources: the handlers map them when one is printed
 * (lambdas/adapters/source-mapped-stacks.ts), reading the map shipped next to the bundle.
 */
export const FUNCTION_NODE_OPTIONS: string = '';

export interface BriefingFunctionProps {
  /** Handler file relative to the project root, exporting `handler`. */
  entry: string;
  description: string;
  /** POWERTOOLS_SERVICE_NAME: the `service` dimension of every metric and a field of every log line. */
  serviceName: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  logRetention: logs.RetentionDays;
  logLevel: LogLevel;
  /** Lambda's own retries of a failed async invocation (0-2). */
  retryAttempts: number;
  /** Events older than this are sent to the failure queue instead of being retried. */
  maxEventAge: Duration;
  removalPolicy: RemovalPolicy;
}

export class BriefingFunction extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;
  /** Receives every async invocation that failed after its retries, with the error and the original event. */
  readonly failureQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: BriefingFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });

    // A role without the AWSLambdaBasicExecutionRole managed policy: that one allows writing to every log group.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.serviceName}: runtime role`,
    });
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'WriteOwnLogGroup',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    this.failureQueue = new sqs.Queue(this, 'Failures', {
      retentionPeriod: Duration.days(14),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      removalPolicy: props.removalPolicy,
    });

    this.function = new lambda.Function(this, 'Function', {
      code: bundledLambdaCode(props.entry, RUNTIME),
      handler: `${BUNDLE_ENTRY_NAME}.handler`,
      description: props.description,
      runtime: RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      // With JSON logs Lambda filters application lines by level (default INFO): keep it equal to LOG_LEVEL.
      applicationLogLevelV2: lambda.ApplicationLogLevel[props.logLevel],
      systemLogLevelV2: lambda.SystemLogLevel.INFO,
      tracing: lambda.Tracing.ACTIVE,
      recursiveLoop: lambda.RecursiveLoop.TERMINATE,
      retryAttempts: props.retryAttempts,
      maxEventAge: props.maxEventAge,
      onFailure: new SqsDestination(this.failureQueue),
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        LOG_LEVEL: props.logLevel,
        ...(FUNCTION_NODE_OPTIONS ? { NODE_OPTIONS: FUNCTION_NODE_OPTIONS } : {}),
      },
    });

    // Active tracing: AWS requires Resource "*" for xray:PutTraceSegments/PutTelemetryRecords.
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray PutTraceSegments/PutTelemetryRecords do not support resource-level permissions; AWS requires "*".',
    });
    Validations.of(this.function).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason: 'Failures go to an on-failure destination (SQS) instead of the legacy DLQ: it records the error and the request context, the DLQ only the event.',
    });
    Validations.of(this.failureQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue IS the dead-letter destination of the function; a DLQ of a DLQ adds nothing. It has a depth alarm.',
    });
    Validations.of(this.failureQueue).acknowledge({
      id: 'Serverless-SQSRedrivePolicy',
      reason: 'Terminal failure queue read by operators, not by a consumer; there is nothing to redrive to. It has a depth alarm.',
    });
  }
}
