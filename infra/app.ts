/**
 * CDK app entry (`cdk.json` "app"). One stack; configuration comes from CDK context (see infra/config.ts and
 * docs/infra.md). Account and region come from the CLI's profile when known, else the template is
 * environment-agnostic.
 */
import { App } from 'aws-cdk-lib';
import { BriefingStack } from './briefing-stack.js';
import { loadBriefingConfig } from './config.js';
import { addPolicyChecks } from './policy-checks.js';

export function buildApp(app: App = new App()): { app: App; stack: BriefingStack } {
  const config = loadBriefingConfig(app.node);
  const stack = new BriefingStack(app, config.stackName, {
    config,
    description: 'Diplomatic-track briefing generator: S3 articles -> extraction -> scheduled SES briefing',
    env:
      process.env.CDK_DEFAULT_ACCOUNT && process.env.CDK_DEFAULT_REGION
        ? { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION }
        : undefined,
  });
  addPolicyChecks(app);
  return { app, stack };
}

// Run only as the CDK app, not when a test imports buildApp.
if (import.meta.url === `file://${process.argv[1]}`) {
  buildApp().app.synth();
}
