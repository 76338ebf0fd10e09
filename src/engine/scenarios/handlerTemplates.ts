/** Handler templates the playground offers; the default scenario uses `failOnOne`. */
export const HANDLER_TEMPLATES = {
  echo: `export const handler = async (event) => {
  for (const record of event.Records) {
    console.log(record.eventName, JSON.stringify(record.dynamodb.Keys))
  }
  return {}
}
`,
  alwaysFail: `export const handler = async (event) => {
  throw new Error(\`cannot process \${event.Records.length} records\`)
}
`,
  failOnOne: `// Fails the whole batch when any record's new image has poison = true.
export const handler = async (event) => {
  for (const record of event.Records) {
    const image = record.dynamodb.NewImage ?? {}
    if (image.poison?.BOOL) {
      throw new Error(\`poison item \${JSON.stringify(record.dynamodb.Keys)}\`)
    }
  }
  console.log(\`processed \${event.Records.length} records\`)
  return {}
}
`,
} as const

export type HandlerTemplateName = keyof typeof HANDLER_TEMPLATES
