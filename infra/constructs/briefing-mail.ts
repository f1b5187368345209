/**
 * SES side of the product: a configuration set (TLS required, account suppression list for bounces and
 * complaints, reputation metrics) whose bounce/complaint/reject events go to an SNS topic, and the sender
 * identity: created by the stack when `createSenderIdentity` is true, otherwise referenced by name (it must
 * already be verified in the account and region). `sendPolicy()` is the only SES permission the digest gets.
 */
import { Arn, Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface BriefingMailProps {
  /** Email address or domain verified in SES. */
  identity: string;
  /** Bare From address; ses:FromAddress must equal it. */
  fromAddress: string;
  createIdentity: boolean;
}

export class BriefingMail extends Construct {
  readonly configurationSet: ses.ConfigurationSet;
  readonly feedbackTopic: sns.Topic;
  readonly identityArn: string;
  readonly emailIdentity?: ses.EmailIdentity;
  private readonly fromAddress: string;

  constructor(scope: Construct, id: string, props: BriefingMailProps) {
    super(scope, id);
    this.fromAddress = props.fromAddress;

    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      maxDeliveryDuration: Duration.hours(12),
    });

    this.feedbackTopic = new sns.Topic(this, 'Feedback', {
      displayName: 'Diplomatic briefing: SES bounces, complaints and rejects',
      enforceSSL: true,
    });
    this.configurationSet.addEventDestination('ToFeedbackTopic', {
      destination: ses.EventDestination.snsTopic(this.feedbackTopic),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT, ses.EmailSendingEvent.REJECT, ses.EmailSendingEvent.RENDERING_FAILURE],
    });

    const isDomain = !props.identity.includes('@');
    if (props.createIdentity) {
      this.emailIdentity = new ses.EmailIdentity(this, 'Identity', {
        identity: isDomain ? ses.Identity.domain(props.identity) : ses.Identity.email(props.identity),
        // Feedback forwarding stays on: SES only allows turning it off when the identity itself has bounce and
        // complaint topics; the configuration set's event destination covers monitoring.
        configurationSet: this.configurationSet,
      });
    }
    this.identityArn = Arn.format(
      { service: 'ses', resource: 'identity', resourceName: props.identity },
      Stack.of(this),
    );
  }

  /** ses:SendEmail/SendRawEmail from the configured identity and configuration set, with that From address only. */
  sendPolicy(): iam.PolicyStatement {
    const configurationSetArn = Arn.format(
      { service: 'ses', resource: 'configuration-set', resourceName: this.configurationSet.configurationSetName },
      Stack.of(this),
    );
    return new iam.PolicyStatement({
      sid: 'SendBriefingFromConfiguredIdentity',
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resources: [this.identityArn, configurationSetArn],
      conditions: { StringEquals: { 'ses:FromAddress': this.fromAddress } },
    });
  }
}
