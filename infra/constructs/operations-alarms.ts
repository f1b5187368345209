/**
 * What wakes an operator: every alarm publishes to one SNS topic (subscribe with `-c alarmEmail=...` or
 * any SNS subscription). docs/infra.md "Alarms" says what each one means and what to do.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE } from './briefing-function.js';

export interface OperationsAlarmsProps {
  alarmEmail: string | null;
}

export class OperationsAlarms extends Construct {
  readonly topic: sns.Topic;
  private readonly action: actions.SnsAction;

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'Diplomatic briefing alarms',
      enforceSSL: true,
    });
    this.action = new actions.SnsAction(this.topic);
    if (props.alarmEmail) {
      this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
      Validations.of(this.topic).acknowledge({
        id: 'Serverless-SNSRedrivePolicy',
        reason: 'The email subscription is the human end of the alarm path; a DLQ for it would need an alarm that publishes to this same topic.',
      });
    }
  }

  /** Any message in a dead-letter/failure queue means an article or a briefing was not processed. */
  queueNotEmpty(id: string, queue: sqs.IQueue, what: string): cloudwatch.Alarm {
    return this.add(
      new cloudwatch.Alarm(this, id, {
        alarmDescription: `${what}: messages waiting in ${id}. Inspect them (they hold the event and the error), fix, then redrive or delete.`,
        metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: cloudwatch.Stats.MAXIMUM }),
        threshold: 0,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );
  }

  /** Any invocation error. Retries may still succeed; the failure-queue alarm says when they did not. */
  functionErrors(id: string, fn: lambda.IFunction, what: string): cloudwatch.Alarm {
    return this.add(
      new cloudwatch.Alarm(this, id, {
        alarmDescription: `${what} failed at least once in 5 minutes. Check its log group for the error; retries follow automatically.`,
        metric: fn.metricErrors({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );
  }

  /**
   * No BriefingsSent datapoint for `hours` hours. Hour-long periods, all of them must be breaching, and a
   * missing datapoint (the handler emits the metric only when it sends) counts as breaching.
   */
  noBriefingSent(id: string, serviceName: string, hours: number): cloudwatch.Alarm {
    return this.add(
      new cloudwatch.Alarm(this, id, {
        alarmDescription: `No briefing was sent in the last ${hours} h. Check the schedule, the digest log group and the SES feedback topic.`,
        metric: new cloudwatch.Metric({
          namespace: METRICS_NAMESPACE,
          metricName: 'BriefingsSent',
          dimensionsMap: { service: serviceName },
          statistic: cloudwatch.Stats.SUM,
          period: Duration.hours(1),
        }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
        evaluationPeriods: hours,
        datapointsToAlarm: hours,
        treatMissingData: cloudwatch.TreatMissingData.BREACHING,
      }),
    );
  }

  private add(alarm: cloudwatch.Alarm): cloudwatch.Alarm {
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    return alarm;
  }
}
