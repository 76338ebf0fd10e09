import { FUNCTION_FIELDS } from '../../store'
import { SettingField } from './SettingField'

/** Function settings: timeout, memory, reserved concurrency (PutFunctionConcurrency applies at once). */
export function FunctionForm() {
  return (
    <div className="form">
      {FUNCTION_FIELDS.map((spec) => (
        <SettingField key={spec.name} section="function" spec={spec} />
      ))}
    </div>
  )
}
