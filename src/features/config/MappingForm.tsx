import { CodeBlock } from '../../ui/CodeBlock'
import { MAPPING_FIELDS, selectMappingConfig, useAppStore } from '../../store'
import { SettingField } from './SettingField'

/** Every CreateEventSourceMapping option the simulator models; changes apply like UpdateEventSourceMapping. */
export function MappingForm() {
  const mapping = useAppStore(selectMappingConfig)
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
      <CodeBlock label="Config in effect" testId="config.current">
        {JSON.stringify(mapping, null, 2)}
      </CodeBlock>
    </div>
  )
}
