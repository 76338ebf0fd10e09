import { describe, expect, it } from 'vitest'
import type { Section } from './scenarioEdit'
import { settingPlainWords } from './settingWords'

// Issue 11 "setting errors in jargon": AWS's message, then one sentence in plain words that keeps the last valid value.
describe('settingPlainWords', () => {
  const cases: [Section, string, string, string, string][] = [
    [
      'mapping',
      'BatchSize',
      '',
      '100',
      'BatchSize takes a whole number of records from 1 to 10,000: the run keeps using the default, 100, until you enter one.',
    ],
    [
      'mapping',
      'MaximumBatchingWindowInSeconds',
      '5',
      '0',
      'MaximumBatchingWindowInSeconds takes a whole number of seconds from 0 to 300: the run keeps using 5, the last valid value, until you enter one.',
    ],
    [
      'mapping',
      'ParallelizationFactor',
      '',
      '1',
      'ParallelizationFactor takes a whole number of batches per shard from 1 to 10: the run keeps using the default, 1, until you enter one.',
    ],
    // A special value says what it means.
    [
      'mapping',
      'MaximumRecordAgeInSeconds',
      '',
      '-1',
      'MaximumRecordAgeInSeconds takes -1 (forever) or a whole number of seconds from 60 to 604,800: the run keeps using the default, -1, until you enter one.',
    ],
    [
      'mapping',
      'MaximumRetryAttempts',
      '2',
      '-1',
      'MaximumRetryAttempts takes a whole number of retries from -1 to 10,000, where -1 means retry until the records expire: the run keeps using 2, the last valid value, until you enter one.',
    ],
    [
      'function',
      'ReservedConcurrentExecutions',
      '',
      'unreserved',
      'ReservedConcurrentExecutions takes a whole number of executions from 0 to 1,000, or nothing for unreserved: the run keeps using the default, unreserved, until you enter one.',
    ],
    // A setting that is no number keeps to a general sentence.
    [
      'mapping',
      'StartingPosition',
      'LATEST',
      '(required)',
      'The run keeps using the last valid StartingPosition until you fix this one.',
    ],
  ]
  it.each(cases)('%s %s', (section, name, inEffect, defaultText, words) => {
    expect(settingPlainWords(section, name, inEffect, defaultText)).toBe(words)
  })
})
