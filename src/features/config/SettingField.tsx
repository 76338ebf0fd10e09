import {
  selectFieldErrors,
  selectFieldInput,
  selectFieldPlainWords,
  useAppActions,
  useAppStore,
} from '../../store'
import type { FieldSpec } from '../../store'

type Section = 'mapping' | 'function'

function FieldInput({ section, spec, id }: { section: Section; spec: FieldSpec; id: string }) {
  const value = useAppStore(selectFieldInput(section, spec))
  const errors = useAppStore(selectFieldErrors(section, spec.name))
  const { setField, commitField } = useAppActions()
  const testId = `config.${section}.${spec.name}`
  // Mid-run a typed value is sent once, when it is done: on leaving the field or Enter (docs/semantics.md D21).
  const commit = () => commitField(section, spec.name)
  const common = {
    id,
    'data-testid': testId,
    'aria-invalid': errors.length > 0,
    'aria-describedby': errors.length > 0 ? `${id}-refusal ${id}-help` : `${id}-help`,
  }
  if (typeof value === 'boolean') {
    return (
      <input
        type="checkbox"
        {...common}
        checked={value}
        onChange={(e) => setField(section, spec.name, e.target.checked)}
      />
    )
  }
  if (spec.kind === 'enum') {
    return (
      <select
        {...common}
        value={value}
        onChange={(e) => setField(section, spec.name, e.target.value)}
      >
        {spec.options?.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    )
  }
  if (spec.kind === 'filters') {
    return (
      <textarea
        {...common}
        rows={3}
        value={value}
        spellCheck={false}
        onChange={(e) => setField(section, spec.name, e.target.value)}
        onBlur={commit}
      />
    )
  }
  return (
    <input
      {...common}
      type="text"
      inputMode={spec.kind === 'arn' ? undefined : 'numeric'}
      value={value}
      placeholder={spec.defaultText}
      onChange={(e) => setField(section, spec.name, e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  )
}

/** One setting: AWS's name, the input, AWS's messages for a bad value, default, range, why and a doc link. */
export function SettingField({ section, spec }: { section: Section; spec: FieldSpec }) {
  const errors = useAppStore(selectFieldErrors(section, spec.name))
  const plain = useAppStore(selectFieldPlainWords(section, spec))
  const id = `field-${section}-${spec.name}`
  return (
    <div className="field">
      <label htmlFor={id} className="field__name">
        {spec.name}
      </label>
      <FieldInput section={section} spec={spec} id={id} />
      <div id={`${id}-help`} className="field__help">
        <span>
          Default {spec.defaultText}
          {spec.range ? ` · ${spec.range}` : ''}. {spec.explanation}{' '}
          <a href={spec.docUrl} target="_blank" rel="noreferrer">
            AWS docs
          </a>
        </span>
        {spec.simulatorChoice && (
          <span className="field__choice">
            <strong>Simulator choice:</strong> {spec.simulatorChoice}
          </span>
        )}
        {spec.onReset && <span className="field__choice">Applies from the next Reset.</span>}
      </div>
      {errors.length > 0 && (
        // AWS's message as AWS words it, then what it means for a learner; the typed text stays in the field.
        <div id={`${id}-refusal`} className="field__refusal" role="alert">
          <ul className="field__errors" data-testid={`config.${section}.${spec.name}.error`}>
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <p className="field__plain" data-testid={`config.${section}.${spec.name}.plain`}>
            {plain}
          </p>
        </div>
      )}
    </div>
  )
}
