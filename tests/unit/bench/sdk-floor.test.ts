import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sdkFloorSource, sdkImportsOf } from '../../../bench/lib/sdk-floor.js';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('SDK floor of the bundle budgets', () => {
  it('takes the clients and commands the Lambda code imports, not their types', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'floor-'));
    writeFileSync(path.join(dir, 'store.ts'), "import {\n  GetObjectCommand,\n  PutObjectCommand,\n  type S3Client,\n} from '@aws-sdk/client-s3';\nimport type { S3ClientConfig } from '@aws-sdk/client-s3';\n");
    writeFileSync(path.join(dir, 'handler.ts'), "import { S3Client } from '@aws-sdk/client-s3';\nimport { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';\n");
    expect(sdkImportsOf([dir])).toEqual({
      '@aws-sdk/client-s3': ['GetObjectCommand', 'PutObjectCommand', 'S3Client'],
      '@aws-sdk/client-ses': ['SESClient', 'SendEmailCommand'],
    });
  });

  it('finds the clients and commands of the real handlers and adapters', () => {
    const lambdas = path.resolve(import.meta.dirname, '../../../lambdas');
    const imports = sdkImportsOf([path.join(lambdas, 'adapters'), path.join(lambdas, 'handlers')]);
    expect(imports['@aws-sdk/client-s3']).toEqual(expect.arrayContaining(['S3Client', 'GetObjectCommand', 'PutObjectCommand']));
    expect(imports['@aws-sdk/client-ses']).toEqual(expect.arrayContaining(['SESClient', 'SendEmailCommand']));
  });

  it('builds the clients in the handler, as the Lambda handlers do', () => {
    const source = sdkFloorSource({ '@aws-sdk/client-s3': ['GetObjectCommand', 'S3Client'] });
    expect(source).toContain("import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';");
    expect(source).toContain('export const handler = async () => [new S3Client({})];');
    expect(source).toContain('export const commands = [GetObjectCommand];');
  });
});
