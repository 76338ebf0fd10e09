// Generated from docs/semantics.md by `npm run docs:generate`: edit the doc, not this file.
// scripts/citations.test.ts fails when it is stale.
/* eslint-disable max-lines -- one entry per rule of the doc */
import type { DocRule } from './types'

/** Anchors of headings (not rules) that code may cite for a whole area. */
export const DOC_SECTIONS = [
  'A1',
  'A2',
  'A3',
  'A4',
  'A5',
  'A6',
  'A7',
  'A8',
  'A9',
  'C',
  'D',
] as const

export const DOC_RULES = {
  'A1.1': {
    title: 'View types',
    firmness: ['documented'],
    sources: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB_Streams.html',
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/Streams.md',
    ],
    notModelled: false,
  },
  'A1.2': {
    title: 'Which images a record carries',
    firmness: ['observed', 'decision'],
    sources: [
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/Streams.md',
    ],
    notModelled: false,
  },
  'A1.3': {
    title: 'A write that changes nothing makes no record',
    firmness: ['documented', 'observed'],
    sources: [
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/Streams.md',
    ],
    notModelled: false,
  },
  'A1.4': {
    title: 'Order and uniqueness',
    firmness: ['documented'],
    sources: [
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/Streams.md',
    ],
    notModelled: false,
  },
  'A1.5': {
    title: 'Retention',
    firmness: ['documented'],
    sources: [
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/Streams.md',
    ],
    notModelled: false,
  },
  'A1.6': {
    title: 'The record as Lambda delivers it',
    firmness: ['documented', 'observed'],
    sources: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB_Streams.html',
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/Streams.md',
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/CapacityUnitCalculations.md',
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/time-to-live-ttl-streams.md',
    ],
    notModelled: false,
  },
  'A1.7': {
    title: 'SizeBytes',
    firmness: ['decision'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/CapacityUnitCalculations.md',
    ],
    notModelled: false,
  },
  'A1.8': {
    title: 'TTL deletes',
    firmness: ['documented'],
    sources: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB_Streams.html',
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/time-to-live-ttl-streams.md',
    ],
    notModelled: false,
  },
  'A1.9': {
    title: 'Item size limit',
    firmness: ['documented'],
    sources: [
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/ServiceQuotas.md',
    ],
    notModelled: false,
  },
  'A1.10': {
    title: 'Reading limits',
    firmness: ['observed', 'documented'],
    sources: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB_Streams.html',
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/ServiceQuotas.md',
    ],
    notModelled: false,
  },
  'A2.1': {
    title: 'Poll rate and batches',
    firmness: ['documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
      'https://github.com/awsdocs/aws-lambda-developer-guide/blob/a83f69b/doc_source/invocation-eventsourcemapping.md',
    ],
    notModelled: false,
  },
  'A2.2': {
    title: 'When a batch is sent',
    firmness: ['documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
      'https://github.com/awsdocs/aws-lambda-developer-guide/blob/a83f69b/doc_source/invocation-eventsourcemapping.md',
    ],
    notModelled: false,
  },
  'A2.3': {
    title: 'BatchSize',
    firmness: ['documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-params.html',
    ],
    notModelled: false,
  },
  'A2.4': {
    title: 'Large batches without a window',
    firmness: ['observed'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html'],
    notModelled: false,
  },
  'A2.5': {
    title: 'At least once',
    firmness: ['documented'],
    sources: [
      'https://github.com/awsdocs/aws-lambda-developer-guide/blob/a83f69b/doc_source/invocation-eventsourcemapping.md',
    ],
    notModelled: false,
  },
  'A2.6': {
    title: 'What LocalStack does (not followed)',
    firmness: ['decision'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
      'https://github.com/awsdocs/aws-lambda-developer-guide/blob/a83f69b/doc_source/invocation-eventsourcemapping.md',
    ],
    notModelled: true,
  },
  'A3.1': {
    title: 'Allowed positions',
    firmness: ['documented', 'observed'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-params.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-eventsourcemapping.html',
      'https://github.com/awsdocs/aws-lambda-developer-guide/blob/a83f69b/doc_source/gettingstarted-limits.md',
      'https://github.com/hashicorp/terraform-provider-aws/pull/16113',
    ],
    notModelled: false,
  },
  'A3.2': {
    title: 'Polling starts eventually',
    firmness: ['documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/kafka-starting-positions.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
    ],
    notModelled: false,
  },
  'A3.3': {
    title: 'Checkpoints belong to a mapping',
    firmness: ['documented'],
    sources: ['https://github.com/awslabs/lambda-streams-to-firehose/issues/28'],
    notModelled: true,
  },
  'A4.1': {
    title: 'Parameters',
    firmness: ['documented', 'observed'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-params.html',
      'https://aws.amazon.com/about-aws/whats-new/2019/11/aws-lambda-supports-failure-handling-features-for-kinesis-and-dynamodb-event-sources/',
      'https://github.com/hashicorp/terraform-provider-aws/pull/16113',
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-eventsourcemapping.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html',
    ],
    notModelled: false,
  },
  'A4.2': {
    title: 'Two kinds of failure',
    firmness: ['documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-eventsourcemapping.html',
      'https://github.com/awsdocs/aws-lambda-developer-guide/blob/a83f69b/doc_source/invocation-eventsourcemapping.md',
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
      'https://aws.amazon.com/blogs/compute/new-aws-lambda-scaling-controls-for-kinesis-and-dynamodb-event-sources/',
    ],
    notModelled: false,
  },
  'A4.3': {
    title: 'How many invocations',
    firmness: ['observed'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'],
    notModelled: false,
  },
  'A4.4': {
    title: 'Partial retries share the budget',
    firmness: ['observed'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html',
    ],
    notModelled: false,
  },
  'A4.5': {
    title: 'Records that are too old',
    firmness: ['observed-kinesis'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'],
    notModelled: false,
  },
  'A4.6': {
    title: 'Bisect on error',
    firmness: ['documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-eventsourcemapping.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html',
      'https://aws.amazon.com/about-aws/whats-new/2019/11/aws-lambda-supports-failure-handling-features-for-kinesis-and-dynamodb-event-sources/',
    ],
    notModelled: false,
  },
  'A5.1': {
    title: 'Without the setting',
    firmness: ['documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html',
    ],
    notModelled: false,
  },
  'A5.2': {
    title: 'Reading the response',
    firmness: ['documented', 'observed'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html',
    ],
    notModelled: false,
  },
  'A5.3': {
    title: 'Responses that mean full success',
    firmness: ['documented', 'observed'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html',
    ],
    notModelled: false,
  },
  'A5.4': {
    title: 'Responses that fail the whole batch',
    firmness: ['documented', 'observed'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html',
    ],
    notModelled: false,
  },
  'A5.5': {
    title: 'functionError in failure records',
    firmness: ['observed'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'],
    notModelled: false,
  },
  'A5.6': {
    title: 'What the failure record describes',
    firmness: ['observed'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html',
    ],
    notModelled: false,
  },
  'A6.1': {
    title: 'Kinds of destination',
    firmness: ['documented', 'observed'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html',
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
    ],
    notModelled: false,
  },
  'A6.2': {
    title: 'The failure record (SQS and SNS)',
    firmness: ['observed'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'],
    notModelled: false,
  },
  'A6.3': {
    title: 'S3 destinations',
    firmness: ['documented', 'observed'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'],
    notModelled: false,
  },
  'A6.4': {
    title: 'functionArn and requestId',
    firmness: ['observed'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'],
    notModelled: false,
  },
  'A6.5': {
    title: 'The shard moves on',
    firmness: ['documented'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'],
    notModelled: false,
  },
  'A7.1': {
    title: 'Range',
    firmness: ['documented'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html'],
    notModelled: false,
  },
  'A7.2': {
    title: 'Windows',
    firmness: ['documented'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html'],
    notModelled: false,
  },
  'A7.3': {
    title: 'State size',
    firmness: ['documented'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html'],
    notModelled: false,
  },
  'A7.4': {
    title: 'The response must carry state',
    firmness: ['documented'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html'],
    notModelled: false,
  },
  'A7.5': {
    title: 'Final invocation',
    firmness: ['documented'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html'],
    notModelled: false,
  },
  'A7.6': {
    title: 'The event',
    firmness: ['documented'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html'],
    notModelled: false,
  },
  'A7.7': {
    title: 'Resharding and retries',
    firmness: ['documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html',
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/Streams.md',
    ],
    notModelled: false,
  },
  'A7.8': {
    title: 'Delivery',
    firmness: ['documented'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html'],
    notModelled: false,
  },
  'A7.9': {
    title: 'Open questions',
    firmness: ['documented'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html'],
    notModelled: false,
  },
  'A8.1': {
    title: 'Filter criteria',
    firmness: ['documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html',
    ],
    notModelled: false,
  },
  'A8.2': {
    title: 'Filtered records are simply skipped',
    firmness: ['documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html',
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/Streams.Lambda.Tutorial2.md',
    ],
    notModelled: false,
  },
  'A8.3': {
    title: 'Operators (the Lambda table)',
    firmness: ['documented'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html'],
    notModelled: false,
  },
  'A8.4': {
    title: 'DynamoDB specifics',
    firmness: ['documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb-filtering.html',
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/time-to-live-ttl-streams.md',
    ],
    notModelled: false,
  },
  'A8.5': {
    title: 'Observed matching',
    firmness: ['observed'],
    sources: [
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/time-to-live-ttl-streams.md',
    ],
    notModelled: false,
  },
  'A8.6': {
    title: 'Validation',
    firmness: ['observed', 'documented'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html'],
    notModelled: false,
  },
  'A9.1': {
    title: 'States',
    firmness: ['documented'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html'],
    notModelled: false,
  },
  'A9.2': {
    title: 'Observed transitions',
    firmness: ['observed'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html'],
    notModelled: false,
  },
  'A9.3': {
    title: 'Defaults a DynamoDB mapping reports',
    firmness: ['observed'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html'],
    notModelled: false,
  },
  'A9.4': {
    title: 'Disabled',
    firmness: ['observed', 'documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-eventsourcemapping.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html',
    ],
    notModelled: false,
  },
  'A9.5': {
    title: 'Deleting the table or the function',
    firmness: ['observed'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html'],
    notModelled: true,
  },
  'A9.6': {
    title: 'Duplicate mappings',
    firmness: ['observed'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html'],
    notModelled: true,
  },
  A10: {
    title: 'Parallelization and ordering',
    firmness: ['documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
      'https://github.com/awsdocs/aws-lambda-developer-guide/blob/a83f69b/doc_source/invocation-eventsourcemapping.md',
      'https://aws.amazon.com/blogs/compute/new-aws-lambda-scaling-controls-for-kinesis-and-dynamodb-event-sources/',
    ],
    notModelled: false,
  },
  A11: {
    title: 'Metrics',
    firmness: ['documented'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html'],
    notModelled: false,
  },
  A12: {
    title: 'Limits, error shapes and validation messages',
    firmness: ['observed', 'documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
      'https://github.com/awsdocs/aws-lambda-developer-guide/blob/a83f69b/doc_source/gettingstarted-limits.md',
      'https://github.com/hashicorp/terraform-provider-aws/pull/16113',
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
      'https://github.com/awsdocs/aws-lambda-developer-guide/blob/a83f69b/doc_source/invocation-eventsourcemapping.md',
    ],
    notModelled: false,
  },
  C1: {
    title: 'Bisect arithmetic',
    firmness: ['decision'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-eventsourcemapping.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html',
      'https://aws.amazon.com/about-aws/whats-new/2019/11/aws-lambda-supports-failure-handling-features-for-kinesis-and-dynamodb-event-sources/',
    ],
    notModelled: false,
  },
  C2: {
    title: 'An identifier that is not in the batch',
    firmness: ['decision'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html',
    ],
    notModelled: false,
  },
  C3: {
    title: 'S3 payload type',
    firmness: ['decision'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'],
    notModelled: false,
  },
  C4: {
    title: 'Which keys can be filtered',
    firmness: ['decision'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/with-ddb-filtering.html'],
    notModelled: false,
  },
  C5: {
    title: 'Which operators',
    firmness: ['decision'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html'],
    notModelled: false,
  },
  C6: {
    title: 'BatchSize over 10 with no window',
    firmness: ['decision'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html'],
    notModelled: false,
  },
  C7: {
    title: 'Retry spacing',
    firmness: ['decision', 'observed-kinesis'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'],
    notModelled: false,
  },
  C8: {
    title: 'Tumbling-window details',
    firmness: ['decision'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'],
    notModelled: false,
  },
  C9: {
    title: 'What a retry contains',
    firmness: ['decision'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'],
    notModelled: false,
  },
  C10: {
    title: 'Where re-enabling resumes',
    firmness: ['decision'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-eventsourcemapping.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html',
    ],
    notModelled: false,
  },
  C11: {
    title: 'Record age',
    firmness: ['decision'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'],
    notModelled: false,
  },
  C12: {
    title: 'approximateInvokeCount',
    firmness: ['decision', 'observed-kinesis'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html'],
    notModelled: false,
  },
  C13: {
    title: 'Created disabled',
    firmness: ['decision'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html'],
    notModelled: false,
  },
  C14: {
    title: 'eventVersion',
    firmness: ['decision'],
    sources: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB_Streams.html',
    ],
    notModelled: false,
  },
  C15: {
    title: 'When IteratorAge is measured',
    firmness: ['decision'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html'],
    notModelled: false,
  },
  C16: {
    title: 'Lowest MaximumRetryAttempts',
    firmness: ['decision'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-params.html'],
    notModelled: false,
  },
  C17: {
    title: 'Filtering before batching',
    firmness: ['decision'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html',
      'https://github.com/awsdocs/amazon-dynamodb-developer-guide/blob/cb6dd0d/doc_source/Streams.Lambda.Tutorial2.md',
    ],
    notModelled: false,
  },
  C18: { title: 'moto is not a reference', firmness: ['decision'], sources: [], notModelled: true },
  C19: { title: 'More than two readers', firmness: ['decision'], sources: [], notModelled: true },
  C20: {
    title: 'Destination messages under bisect',
    firmness: ['decision'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-eventsourcemapping.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html',
      'https://aws.amazon.com/about-aws/whats-new/2019/11/aws-lambda-supports-failure-handling-features-for-kinesis-and-dynamodb-event-sources/',
    ],
    notModelled: false,
  },
  D1: { title: 'Virtual time', firmness: ['decision'], sources: [], notModelled: false },
  D2: {
    title: 'Polling and batch assembly',
    firmness: ['decision'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
      'https://github.com/awsdocs/aws-lambda-developer-guide/blob/a83f69b/doc_source/invocation-eventsourcemapping.md',
    ],
    notModelled: false,
  },
  D3: { title: 'Execution environments', firmness: ['decision'], sources: [], notModelled: false },
  D4: {
    title: 'How long an invocation lasts',
    firmness: ['decision'],
    sources: [],
    notModelled: false,
  },
  D5: {
    title: 'Timeouts',
    firmness: ['decision'],
    sources: [
      'https://github.com/awsdocs/aws-lambda-developer-guide/blob/a83f69b/doc_source/gettingstarted-limits.md',
    ],
    notModelled: false,
  },
  D6: {
    title: 'Errors',
    firmness: ['decision'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-exceptions.html',
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
      'https://github.com/awsdocs/aws-lambda-developer-guide/blob/a83f69b/doc_source/gettingstarted-limits.md',
      'https://github.com/hashicorp/terraform-provider-aws/pull/16113',
    ],
    notModelled: false,
  },
  D7: {
    title: 'Throttles',
    firmness: ['decision', 'documented'],
    sources: [
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-eventsourcemapping.html',
    ],
    notModelled: false,
  },
  D8: { title: 'Shards and lanes', firmness: ['decision'], sources: [], notModelled: false },
  D9: {
    title: 'Window times',
    firmness: ['decision'],
    sources: ['https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html'],
    notModelled: false,
  },
  D10: { title: 'Logs', firmness: ['decision'], sources: [], notModelled: false },
  D11: { title: 'Ids come from the seed', firmness: ['decision'], sources: [], notModelled: false },
  D12: {
    title: 'Nothing is lost silently',
    firmness: ['decision'],
    sources: [],
    notModelled: false,
  },
  D13: { title: 'Mapping lifecycle', firmness: ['decision'], sources: [], notModelled: false },
} as const satisfies Record<string, DocRule>
