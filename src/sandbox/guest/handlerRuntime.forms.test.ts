import { describe, expect, it } from 'vitest'
import { invokeOnce } from '../testSupport'

describe('module forms: ES modules, CommonJS and TypeScript all export index.handler', () => {
  const forms: [string, string, 'javascript' | 'typescript'][] = [
    ['export const handler', 'export const handler = async (e) => e.n + 1', 'javascript'],
    [
      'export async function handler',
      'export async function handler(e) { return e.n + 1 }',
      'javascript',
    ],
    ['export default', 'export default async (e) => e.n + 1', 'javascript'],
    ['exports.handler', 'exports.handler = async (e) => e.n + 1', 'javascript'],
    ['module.exports.handler', 'module.exports.handler = async (e) => e.n + 1', 'javascript'],
    [
      'module.exports = { handler }',
      'const handler = async (e) => e.n + 1\nmodule.exports = { handler }',
      'javascript',
    ],
    [
      'TypeScript with type-only imports',
      `import type { Context } from 'aws-lambda'
       import { DynamoDBStreamEvent } from 'aws-lambda'
       interface In { n: number }
       export const handler = async (e: In, _c: Context): Promise<number> => e.n + 1
       export type Unused = DynamoDBStreamEvent`,
      'typescript',
    ],
  ]
  it.each(forms)('%s', async (_name, code, language) => {
    expect(await invokeOnce(code, { language, event: { n: 41 } })).toEqual({
      kind: 'returned',
      response: 42,
      waitedMs: 0,
      logs: [],
    })
  })

  it('user code may declare names the runtime provides (const crypto = …)', async () => {
    const outcome = await invokeOnce('const crypto = 1\nexports.handler = async () => crypto')
    expect(outcome).toMatchObject({ kind: 'returned', response: 1 })
  })
})

describe('callback-style handlers', () => {
  it('callback(null, value) returns the value', async () => {
    const outcome = await invokeOnce(
      'exports.handler = (e, c, callback) => callback(null, { ok: true })',
    )
    expect(outcome).toEqual({ kind: 'returned', response: { ok: true }, waitedMs: 0, logs: [] })
  })

  it('callback waits for the event loop to empty while callbackWaitsForEmptyEventLoop is true', async () => {
    const outcome = await invokeOnce(`exports.handler = (e, c, callback) => {
      setTimeout(() => console.log('flushed'), 300)
      callback(null, 'sent')
    }`)
    expect(outcome).toEqual({
      kind: 'returned',
      response: 'sent',
      waitedMs: 300,
      logs: ['req-1\tINFO\tflushed'],
    })
  })

  it('callbackWaitsForEmptyEventLoop = false answers at once and drops the timers', async () => {
    const outcome = await invokeOnce(`exports.handler = (e, context, callback) => {
      context.callbackWaitsForEmptyEventLoop = false
      setTimeout(() => console.log('never'), 300)
      callback(null, 'sent')
    }`)
    expect(outcome).toEqual({ kind: 'returned', response: 'sent', waitedMs: 0, logs: [] })
  })

  it('callback(error) is a function error named after the error', async () => {
    const outcome = await invokeOnce("exports.handler = (e, c, cb) => cb(new RangeError('bad'))")
    expect(outcome).toMatchObject({
      kind: 'error',
      error: { errorType: 'RangeError', errorMessage: 'bad' },
    })
  })

  it('a non-async handler that returns a value without calling back answers null', async () => {
    const outcome = await invokeOnce('exports.handler = (event) => 42')
    expect(outcome).toEqual({ kind: 'returned', response: null, waitedMs: 0, logs: [] })
  })
})

describe('context and environment', () => {
  it('context carries the Lambda fields; memoryLimitInMB is a string', async () => {
    const outcome = await invokeOnce(`export const handler = async (event, context) => {
      const { getRemainingTimeInMillis, done, succeed, fail, ...fields } = context
      return fields
    }`)
    expect(outcome).toMatchObject({
      response: {
        callbackWaitsForEmptyEventLoop: true,
        functionName: 'orders-consumer',
        functionVersion: '$LATEST',
        invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:orders-consumer',
        memoryLimitInMB: '128',
        awsRequestId: 'req-1',
        logGroupName: '/aws/lambda/orders-consumer',
        logStreamName: '2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef',
      },
    })
  })

  it('process.env holds the variables Lambda sets', async () => {
    const outcome = await invokeOnce('export const handler = async () => process.env', {
      region: 'eu-west-1',
    })
    expect(outcome).toMatchObject({
      response: {
        AWS_REGION: 'eu-west-1',
        AWS_LAMBDA_FUNCTION_NAME: 'orders-consumer',
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '128',
        AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
        AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/orders-consumer',
        AWS_LAMBDA_LOG_STREAM_NAME: '2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef',
        _HANDLER: 'index.handler',
        TZ: ':UTC',
      },
    })
  })

  it('the event arrives as sent, and the response is what survives JSON', async () => {
    const event = { Records: [{ eventID: '1', dynamodb: { Keys: { pk: { S: 'a' } } } }] }
    const echo = await invokeOnce('export const handler = async (event) => event', { event })
    const shaped = await invokeOnce(
      'export const handler = async () => ({ at: new Date(0), skip: undefined, fn() {}, n: NaN })',
    )
    if (shaped.kind !== 'returned') throw new Error(shaped.kind)
    const nothing = await invokeOnce('export const handler = async () => undefined')
    expect(echo).toMatchObject({ response: event })
    expect(shaped.response).toStrictEqual({ at: '1970-01-01T00:00:00.000Z', n: null })
    expect(nothing).toMatchObject({ kind: 'returned', response: null })
  })
})
