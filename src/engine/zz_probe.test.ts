import { it } from 'vitest'
import { normalized, puts, scenarioFile } from './testing/fixtures'
import { fail, runScripted, succeed } from './testing/runScripted'
it('probe', () => {
  const s = normalized(scenarioFile({ writes: puts(2), mapping: { MaximumRetryAttempts: 1, DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:dlq' } } } }))
  const { sim, report } = runScripted(s, fail)
  console.log(JSON.stringify({ ...report, metrics: undefined }, null, 1))
  console.log(JSON.stringify(sim.journal()))
})
