/**
 * Type declarations the editor's TypeScript service sees, so `import type { … } from 'aws-lambda'`
 * (TS) or `/** @type {import('aws-lambda').DynamoDBStreamHandler} *\/` (JS) resolve with no network.
 * The DynamoDB stream types are the real @types/aws-lambda file; `handler.d.ts` is a stub because
 * the real one imports `node:stream`; the tumbling-window types are ours, because @types/aws-lambda
 * only has them for Kinesis (shape: docs/semantics.md A7.4–A7.6, src/engine/esm/tumbling.ts).
 */
export interface ExtraLib {
  readonly content: string
  readonly filePath: string
}

const BASE = 'file:///node_modules/@types/aws-lambda'

/** Handler, Context and Callback as in @types/aws-lambda 8.10.164 handler.d.ts, minus streaming. */
const HANDLER = `export interface Context {
  callbackWaitsForEmptyEventLoop: boolean
  functionName: string
  functionVersion: string
  invokedFunctionArn: string
  memoryLimitInMB: string
  awsRequestId: string
  logGroupName: string
  logStreamName: string
  identity?: { cognitoIdentityId: string; cognitoIdentityPoolId: string } | undefined
  clientContext?: unknown
  /** Virtual milliseconds left before the function times out. */
  getRemainingTimeInMillis(): number
  /** @deprecated Use handler callback or promise result */
  done(error?: Error, result?: any): void
  /** @deprecated Use handler callback with first argument or reject a promise result */
  fail(error: Error | string): void
  /** @deprecated Use handler callback with second argument or resolve a promise result */
  succeed(messageOrObject: any): void
}
export type Callback<TResult = any> = (error?: Error | string | null, result?: TResult) => void
export type Handler<TEvent = any, TResult = any> = (
  event: TEvent,
  context: Context,
  callback: Callback<TResult>,
) => void | Promise<TResult>
`

/** Tumbling windows on a DynamoDB stream (not in @types/aws-lambda; named after Java's events lib). */
const TIME_WINDOW = `import type { Handler } from './handler'
import type { DynamoDBBatchItemFailure, DynamoDBRecord } from './trigger/dynamodb-stream'

export interface DynamoDBTimeWindowEvent {
  Records: DynamoDBRecord[]
  /** ISO-8601 UTC instants, e.g. "2026-01-01T00:05:00Z". */
  window: { start: string; end: string }
  /** What the previous invocation of this window returned as \`state\` ({} at first). */
  state: { [key: string]: any }
  shardId: string
  eventSourceARN: string
  isFinalInvokeForWindow: boolean
  isWindowTerminatedEarly: boolean
}

/** Must carry \`state\`, or the invocation counts as failed. */
export interface DynamoDBTimeWindowResponse {
  state: { [key: string]: any }
  batchItemFailures?: DynamoDBBatchItemFailure[]
}

export type DynamoDBTimeWindowHandler = Handler<DynamoDBTimeWindowEvent, DynamoDBTimeWindowResponse>
`

const INDEX = `export * from './handler'
export * from './trigger/dynamodb-stream'
export * from './time-window'
`

/** The handler runs as a CommonJS module on Node.js: these names exist (src/sandbox/moduleScope.ts). */
const NODE_GLOBALS = `declare var process: {
  env: { [name: string]: string | undefined }
  exit(code?: number): never
  nextTick(callback: (...args: any[]) => void, ...args: any[]): void
}
declare var require: (id: string) => any
declare var module: { exports: any }
declare var exports: any
declare var __filename: string
declare var __dirname: string
`

/**
 * Every typing file, given the text of @types/aws-lambda's `trigger/dynamodb-stream.d.ts` (the app
 * bundles it with `?raw`; the unit tests read it from disk).
 */
export function lambdaTypings(dynamodbStream: string): readonly ExtraLib[] {
  return [
    { content: dynamodbStream, filePath: `${BASE}/trigger/dynamodb-stream.d.ts` },
    { content: HANDLER, filePath: `${BASE}/handler.d.ts` },
    { content: TIME_WINDOW, filePath: `${BASE}/time-window.d.ts` },
    { content: INDEX, filePath: `${BASE}/index.d.ts` },
    {
      content: NODE_GLOBALS,
      filePath: 'file:///node_modules/@types/lambda-node-globals/index.d.ts',
    },
  ]
}
