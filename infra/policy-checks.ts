/**
 * cdk-nag 3 rule packs as CDK validation plugins: `cdk synth` (and every test that synthesizes the app) fails
 * on an unacknowledged finding. Acknowledgements sit next to the resource they concern, each with a reason;
 * docs/infra.md lists them all.
 */
import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';

export function policyPacks(app: App) {
  // writeSuppressionsToCloudFormation: every acknowledgement and its reason also lands in the template Metadata
  // (cdk_nag.rules_to_suppress), an audit trail a reviewer can read without the source.
  return [
    new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }),
    new ServerlessChecks(app, { writeSuppressionsToCloudFormation: true }),
  ];
}

export function addPolicyChecks(app: App): void {
  Validations.of(app).addPlugins(...policyPacks(app));
}
