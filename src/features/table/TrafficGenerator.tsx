import { useAppActions, useAppStore } from '../../store'
import type { AppState } from '../../store'

const selectTraffic = (s: AppState) => s.table.traffic
const selectTrafficOn = (s: AppState) => s.table.trafficOn

const PERCENT_FIELDS = [
  ['hotKeyShare', 'Hot keys %'],
  ['updateShare', 'Updates %'],
  ['deleteShare', 'Deletes %'],
] as const

/** Writes N items per virtual second (random and hot keys, updates, deletes) from a seeded PRNG. */
export function TrafficGenerator() {
  const traffic = useAppStore(selectTraffic)
  const on = useAppStore(selectTrafficOn)
  const actions = useAppActions()
  const num = (text: string, fallback: number) =>
    Number.isFinite(Number(text)) ? Number(text) : fallback
  return (
    <fieldset className="traffic">
      <legend>Traffic generator</legend>
      <label>
        Items/s{' '}
        <input
          type="number"
          min={0.1}
          max={1000}
          data-testid="traffic.rate"
          value={traffic.itemsPerSecond}
          onChange={(e) => actions.setTrafficSettings({ itemsPerSecond: num(e.target.value, 10) })}
        />
      </label>
      {PERCENT_FIELDS.map(([key, label]) => (
        <label key={key}>
          {label}{' '}
          <input
            type="number"
            min={0}
            max={100}
            data-testid={`traffic.${key}`}
            value={Math.round(traffic[key] * 100)}
            onChange={(e) => actions.setTrafficSettings({ [key]: num(e.target.value, 0) / 100 })}
          />
        </label>
      ))}
      <label>
        Seed{' '}
        <input
          type="number"
          data-testid="traffic.seed"
          value={traffic.seed}
          onChange={(e) => actions.setTrafficSettings({ seed: Math.trunc(num(e.target.value, 1)) })}
        />
      </label>
      <button
        type="button"
        className="button"
        data-testid="traffic.toggle"
        aria-pressed={on}
        onClick={actions.toggleTraffic}
      >
        {on ? 'Stop traffic' : 'Start traffic'}
      </button>
    </fieldset>
  )
}
