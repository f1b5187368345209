/**
 * Lets `cdk synth` succeed with placeholder sender/recipients while making `cdk deploy` refuse them.
 *
 * CDK gives an app no way to tell synth from deploy, so the refusal lives in the template, in two layers:
 *  1. a CloudFormation parameter with no default. The CDK CLI refuses to deploy a stack whose parameters
 *     lack a value ("The following CloudFormation Parameters are missing a value: ...") before it creates a
 *     change set; the parameter's name and description say what to do.
 *  2. a template Rule whose assertion can never hold, whatever value is passed for that parameter
 *     (`--parameters ...=x` does not get around it): CloudFormation rejects the change set with the message.
 * With real values neither exists. (The values themselves are NOT parameters on purpose: the CLI reuses a
 * parameter's previous value on updates, so a changed `-c sender=` would be silently ignored.)
 */
import { CfnParameter, CfnRule, Fn, type Stack } from 'aws-cdk-lib';

export const GUARD_PARAMETER = 'SenderAndRecipientsArePlaceholdersSetContextSenderAndRecipients';
export const GUARD_MESSAGE =
  'sender and/or recipients are placeholders. Deploy with real addresses: ' +
  'npx cdk deploy -c sender=briefing@your-domain -c recipients=a@x.org,b@y.org (see docs/infra.md).';

export function addPlaceholderDeployGuard(stack: Stack): void {
  const guard = new CfnParameter(stack, GUARD_PARAMETER, {
    type: 'String',
    description: GUARD_MESSAGE,
  });
  guard.overrideLogicalId(GUARD_PARAMETER);
  const value = guard.valueAsString;
  new CfnRule(stack, 'RefusePlaceholderSenderAndRecipients', {
    assertions: [
      {
        // (v = "x") AND NOT (v = "x") is false for every v.
        assert: Fn.conditionAnd(Fn.conditionEquals(value, 'x'), Fn.conditionNot(Fn.conditionEquals(value, 'x'))),
        assertDescription: GUARD_MESSAGE,
      },
    ],
  });
}
