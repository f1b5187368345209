/**
 * One Lambda function with the defaults every function of this product shares, so the stack only states
 * what differs (entry, memory, timeout, environment, retry budget):
 *  - newest non-deprecated Node runtime (nodejs24.x), arm64, X-Ray active tracing;
 *  - local esbuild bundling (no Docker): ESM, minified, source maps, the two AWS SDK v3 clients bundled and
 *    tree-shaken (see `bundling` below for why they are not left to the runtime);
 *  - its own log group with retention, and a role that may write only to that log group;
 *  - Powertools service name, metrics namespace and log level in the environment;
 *  - async invoke config: bounded retries and event age, failures to an SQS queue this construct owns;
 *  - recursive-loop detection left on Terminate (stated explicitly so a later edit cannot drop it silently).
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { LogLevel } from '../config.js';
import { BUNDLE_ALIASES } from '../bundling/aliases.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const METRICS_NAMESPACE = 'DiplomaticBriefing';
export const RUNTIME = lambda.Runtime.NODEJS_24_X;

/**
 * SDK packages left out of the bundle (about 110 KiB of the ~450 KiB the S3 and SES clients weigh) because a
 * Lambda function never loads them. The default credential chain tries environment variables first, and
 * Lambda always sets AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN from the execution role;
 * every later provider (shared profiles, SSO, credential processes, web identity, console login, container
 * and EC2 instance metadata) and the STS / SSO / sign-in clients of @aws-sdk/nested-clients they call are
 * reached only through `await import()` after that fails. Should one ever be reached anyway (say someone sets AWS_PROFILE, which makes the chain skip the
 * environment), the import resolves to the runtime's own SDK v3 copy of that package, a self-consistent set
 * called only through its public entry point (`fromIni`, `fromSSO`…), instead of failing.
 * tests/infra/bundling.test.ts checks that the bundles name these packages only in dynamic `import()` calls:
 * a static import would load the runtime copy at every cold start.
 */
export const SDK_MODULES_LEFT_TO_RUNTIME = [
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-login',
  '@aws-sdk/token-providers',
  '@aws-sdk/nested-clients',
  '@aws-sdk/credential-provider-http',
  '@smithy/credential-provider-imds',
] as const;

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
  readonly function: nodejs.NodejsFunction;
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

    this.function = new nodejs.NodejsFunction(this, 'Function', {
      entry: path.join(PROJECT_ROOT, props.entry),
      handler: 'handler',
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
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        LOG_LEVEL: props.logLevel,
        // No NODE_OPTIONS=--enable-source-maps: it parses the source map at every cold start (16-20 ms in the bench). Stack
        // traces still point at the TypeScript sources: the handlers map them when one is printed
        // (lambdas/adapters/source-mapped-stacks.ts), reading the map shipped next to the bundle.
      },
      bundling: {
        forceDockerBundling: false,
        format: nodejs.OutputFormat.ESM,
        target: 'node24',
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: true,
        sourceMapMode: nodejs.SourceMapMode.DEFAULT,
        sourcesContent: false,
        // Non-ASCII text (knowledge names, curly quotes in patterns) as UTF-8 rather than \u escapes: 2-4% smaller.
        charset: nodejs.Charset.UTF8,
        // Bundle the SDK clients instead of using the runtime's copy: the code runs against the exact SDK
        // version its tests ran against, and esbuild keeps only the two clients imported (S3, SES).
        bundleAwsSDK: true,
        externalModules: [...SDK_MODULES_LEFT_TO_RUNTIME],
        // Smaller stand-ins for packages the code never runs (infra/bundling/aliases.ts says which and why).
        esbuildArgs: { '--alias': Object.entries(BUNDLE_ALIASES).map(([from, to]) => `${from}=${to}`) },
        // ESM output has no `require`; some CommonJS dependencies call it for Node built-ins.
        banner: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
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
