/**
 * SQL over the event store: a Glue database and table over normalized/ (OpenX JSON SerDe, partition
 * projection on the 2-hex-char shard folder, so no crawler and no MSCK REPAIR), and an Athena workgroup that
 * writes encrypted results under athena-results/ of the same bucket. The three example queries of
 * docs/infra.md are saved in the workgroup as named queries.
 */
import { Aws, RemovalPolicy } from 'aws-cdk-lib';
import * as athena from 'aws-cdk-lib/aws-athena';
import * as glue from 'aws-cdk-lib/aws-glue';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { PREFIX } from '../../lambdas/core/record/layout.js';
import { normalizedRecordColumns } from '../hive-schema.js';
import { exampleQueries } from '../example-queries.js';
import { ATHENA_RESULTS_PREFIX } from './article-store.js';

/** Every shard folder name: normalizedKeyFor() uses the first two hex chars of the article id. */
export const SHARDS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export interface RecordCatalogProps {
  bucket: s3.IBucket;
  key?: kms.IKey;
  databaseName: string;
  destroyOnRemoval: boolean;
}

export class RecordCatalog extends Construct {
  readonly databaseName: string;
  readonly tableName = 'normalized_records';
  readonly workGroup: athena.CfnWorkGroup;

  constructor(scope: Construct, id: string, props: RecordCatalogProps) {
    super(scope, id);
    this.databaseName = props.databaseName;
    const location = `s3://${props.bucket.bucketName}/${PREFIX.normalized}`;

    const database = new glue.CfnDatabase(this, 'Database', {
      catalogId: Aws.ACCOUNT_ID,
      databaseInput: {
        name: props.databaseName,
        description: 'Diplomatic briefing: extracted articles (normalized records), queryable with Athena',
      },
    });

    const table = new glue.CfnTable(this, 'NormalizedRecords', {
      catalogId: Aws.ACCOUNT_ID,
      databaseName: props.databaseName,
      tableInput: {
        name: this.tableName,
        description: 'One row per extracted article (schemaVersion 1 records under normalized/<shard>/<id>.json)',
        tableType: 'EXTERNAL_TABLE',
        partitionKeys: [{ name: 'shard', type: 'string', comment: 'first two hex chars of the article id' }],
        parameters: {
          classification: 'json',
          EXTERNAL: 'TRUE',
          'projection.enabled': 'true',
          'projection.shard.type': 'enum',
          'projection.shard.values': SHARDS.join(','),
          'storage.location.template': `${location}\${shard}/`,
        },
        storageDescriptor: {
          location,
          inputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
          outputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
          compressed: false,
          columns: normalizedRecordColumns(),
          serdeInfo: {
            serializationLibrary: 'org.openx.data.jsonserde.JsonSerDe',
            parameters: {
              // A record that is not valid JSON yields a row of NULLs instead of failing the whole query.
              'ignore.malformed.json': 'true',
              'case.insensitive': 'true',
            },
          },
        },
      },
    });
    table.node.addDependency(database);

    this.workGroup = new athena.CfnWorkGroup(this, 'WorkGroup', {
      name: `${props.databaseName}_analysts`,
      description: 'Analyst queries over the extracted diplomatic contacts',
      state: 'ENABLED',
      recursiveDeleteOption: props.destroyOnRemoval,
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        // 10 GB per query: far above what this table holds for years, low enough to stop a runaway scan.
        bytesScannedCutoffPerQuery: 10 * 1024 ** 3,
        engineVersion: { selectedEngineVersion: 'AUTO' },
        resultConfiguration: {
          outputLocation: `s3://${props.bucket.bucketName}/${ATHENA_RESULTS_PREFIX}`,
          encryptionConfiguration: props.key
            ? { encryptionOption: 'SSE_KMS', kmsKey: props.key.keyArn }
            : { encryptionOption: 'SSE_S3' },
        },
      },
    });
    this.workGroup.applyRemovalPolicy(props.destroyOnRemoval ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN);

    for (const q of exampleQueries(props.databaseName, this.tableName)) {
      const named = new athena.CfnNamedQuery(this, `Query-${q.id}`, {
        name: q.title,
        description: q.description,
        database: props.databaseName,
        workGroup: this.workGroup.ref,
        queryString: q.sql,
      });
      named.node.addDependency(this.workGroup, table);
    }
  }
}
