/**
 * The one data bucket (incoming/, normalized/, quarantine/, briefings/, athena-results/) and the bucket that
 * receives its server access logs. One bucket keeps the storage layout of lambdas/core/record/layout.ts
 * literal: the prefixes ARE the contract, and the only trigger is on incoming/ (see the stack).
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { PREFIX } from '../../lambdas/core/record/layout.js';

export const ATHENA_RESULTS_PREFIX = 'athena-results/';

export interface ArticleStoreProps {
  kmsKey: boolean;
  quarantineRetentionDays: number;
  noncurrentVersionRetentionDays: number;
  accessLogRetentionDays: number;
  athenaResultRetentionDays: number;
  destroyOnRemoval: boolean;
}

export class ArticleStore extends Construct {
  readonly bucket: s3.Bucket;
  readonly accessLogs: s3.Bucket;
  /** Set when the `kmsKey` context flag asks for a customer-managed key instead of SSE-S3. */
  readonly key?: kms.Key;

  constructor(scope: Construct, id: string, props: ArticleStoreProps) {
    super(scope, id);
    const removalPolicy = props.destroyOnRemoval ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    // Server access logs: S3 log delivery only writes to SSE-S3 buckets, so this bucket never uses the KMS key.
    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: false,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(props.accessLogRetentionDays) }],
      removalPolicy,
      autoDeleteObjects: props.destroyOnRemoval,
    });

    if (props.kmsKey) {
      this.key = new kms.Key(this, 'Key', {
        description: 'Diplomatic briefing data bucket (articles, records, briefings)',
        enableKeyRotation: true,
        removalPolicy,
      });
    }

    this.bucket = new s3.Bucket(this, 'Data', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: this.key ? s3.BucketEncryption.KMS : s3.BucketEncryption.S3_MANAGED,
      encryptionKey: this.key,
      bucketKeyEnabled: this.key ? true : undefined,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'data-bucket/',
      lifecycleRules: [
        {
          id: 'expire-quarantine',
          prefix: PREFIX.quarantine,
          expiration: Duration.days(props.quarantineRetentionDays),
        },
        {
          id: 'expire-athena-results',
          prefix: ATHENA_RESULTS_PREFIX,
          expiration: Duration.days(props.athenaResultRetentionDays),
        },
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: Duration.days(props.noncurrentVersionRetentionDays),
          expiredObjectDeleteMarker: true,
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      removalPolicy,
      autoDeleteObjects: props.destroyOnRemoval,
    });
  }
}
