import { CodeBlock } from '../../ui/CodeBlock'
import {
  MAPPING_FIELDS,
  selectMappingConfig,
  selectMappingInEffect,
  useAppStore,
} from '../../store'
import { SettingField } from './SettingField'

/** Every CreateEventSourceMapping option the simulator models; changes apply like UpdateEventSourceMapping. */
export function MappingForm() {
  const file = useAppStore(selectMappingConfig)
  const running = useAppStore(selectMappingInEffect)
  const pending = Object.entries(running?.pending ?? {})
  return (
    <div className="form">
      <p className="muted">
        Changes during a run apply the way UpdateEventSourceMapping does (after the mapping&apos;s
        Updating state). Invalid values show AWS&apos;s message and keep the last valid config.
      </p>
      {MAPPING_FIELDS.map((spec) => (
        <SettingField key={spec.name} section="mapping" spec={spec} />
      ))}
      <h3>Config in effect</h3>
      {pending.length > 0 && (
        // docs/semantics.md D13: batches keep the old settings until the transition ends.
        <p className="notice" role="status" data-testid="config.pending">
          {running?.state}: batches use the settings below until the update takes effect (
          {pending.map(([field, value]) => `${field} → ${JSON.stringify(value)}`).join(', ')}).
        </p>
      )}
      <CodeBlock label="Config in effect" testId="config.current">
        {JSON.stringify(running?.description ?? file, null, 2)}
      </CodeBlock>
    </div>
  )
}
