/**
 * Handler templates the playground offers, in JavaScript (JSDoc-typed) or TypeScript. Each body is
 * valid in both languages; only the typing line differs. Presets use the JavaScript form.
 */
type Language = 'javascript' | 'typescript'

interface Template {
  readonly label: string
  /** The aws-lambda handler type (editor/lambdaTypings.ts has them all). */
  readonly type: 'DynamoDBStreamHandler' | 'DynamoDBTimeWindowHandler'
  /** Comment lines and module-level code before the handler. */
  readonly prelude: string
  readonly params: string
  readonly body: string
}

const TEMPLATES = {
  echo: {
    label: 'Echo and log',
    type: 'DynamoDBStreamHandler',
    prelude: '// Logs every record it receives and succeeds.\n',
    params: 'event',
    body: `  for (const record of event.Records) {
    console.log(record.eventName, JSON.stringify(record.dynamodb?.Keys))
  }
`,
  },
  poisonPill: {
    label: 'Poison pill',
    type: 'DynamoDBStreamHandler',
    prelude: "// Fails the whole batch when any record's new image has poison = true.\n",
    params: 'event',
    body: `  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage ?? {}
    if (image.poison?.BOOL) {
      throw new Error(\`poison item \${JSON.stringify(record.dynamodb?.Keys)}\`)
    }
  }
  console.log(\`processed \${event.Records.length} records\`)
`,
  },
  partialBatch: {
    label: 'Partial batch response',
    type: 'DynamoDBStreamHandler',
    prelude: `// Reports only the poison records as failed. Needs FunctionResponseTypes: ["ReportBatchItemFailures"]
// in the mapping settings; without it Lambda ignores batchItemFailures and the batch succeeds.
`,
    params: 'event',
    body: `  const batchItemFailures = []
  for (const record of event.Records) {
    if (record.dynamodb?.NewImage?.poison?.BOOL) {
      batchItemFailures.push({ itemIdentifier: record.dynamodb.SequenceNumber ?? '' })
    }
  }
  console.log(\`\${batchItemFailures.length} of \${event.Records.length} records failed\`)
  return { batchItemFailures }
`,
  },
  slow: {
    label: 'Slow handler',
    type: 'DynamoDBStreamHandler',
    prelude:
      '// Awaits longer than the function timeout: the invocation ends as Sandbox.Timedout.\n',
    params: 'event, context',
    body: `  const left = context.getRemainingTimeInMillis()
  console.log(\`\${left} ms left, waiting \${left + 1000} ms\`)
  await new Promise((resolve) => setTimeout(resolve, left + 1000))
  console.log('never logged: the timeout came first')
`,
  },
  tumblingWindow: {
    label: 'Tumbling window',
    type: 'DynamoDBTimeWindowHandler',
    prelude: `// Counts records per tumbling window and returns the running total as state.
// Needs TumblingWindowInSeconds in the mapping settings.
`,
    params: 'event',
    body: `  const count = Number(event.state.count ?? 0) + event.Records.length
  if (event.isFinalInvokeForWindow) {
    console.log(\`window \${event.window.start} – \${event.window.end}: \${count} records\`)
  }
  return { state: { count } }
`,
  },
  idempotent: {
    label: 'Idempotent',
    type: 'DynamoDBStreamHandler',
    prelude: `// Processes each record once: a retried batch skips the eventIDs already done. Module state lives
// as long as the execution environment; a real function keeps the ids in a table.
const done = new Set()
`,
    params: 'event',
    body: `  for (const record of event.Records) {
    if (done.has(record.eventID)) {
      console.log('skip duplicate', record.eventID)
      continue
    }
    console.log('process', record.eventName, JSON.stringify(record.dynamodb?.Keys))
    done.add(record.eventID)
  }
`,
  },
  alwaysFail: {
    label: 'Always fail',
    type: 'DynamoDBStreamHandler',
    prelude:
      '// Throws on every batch: Lambda retries it, then sends it to the failure destination.\n',
    params: 'event',
    body: `  throw new Error(\`cannot process \${event.Records.length} records\`)
`,
  },
} as const satisfies Record<string, Template>

export type HandlerTemplateName = keyof typeof TEMPLATES

export const HANDLER_TEMPLATE_NAMES = Object.keys(TEMPLATES) as HandlerTemplateName[]

export function handlerTemplateLabel(name: HandlerTemplateName): string {
  return TEMPLATES[name].label
}

/** The template's source in one language. */
export function handlerTemplate(name: HandlerTemplateName, language: Language): string {
  const t: Template = TEMPLATES[name]
  const head =
    language === 'typescript'
      ? `import type { ${t.type} } from 'aws-lambda'\n\n${t.prelude}\nexport const handler: ${t.type} = async (${t.params}) => {\n`
      : `${t.prelude}\n/** @type {import('aws-lambda').${t.type}} */\nexport const handler = async (${t.params}) => {\n`
  return `${head}${t.body}}\n`
}

/** The JavaScript templates by name (presets and tests). */
export const HANDLER_TEMPLATES = Object.fromEntries(
  HANDLER_TEMPLATE_NAMES.map((name) => [name, handlerTemplate(name, 'javascript')]),
) as Record<HandlerTemplateName, string>
