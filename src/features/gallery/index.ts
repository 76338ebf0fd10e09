export { ScenarioPicker } from './ScenarioPicker'
export { ImportErrors } from './ImportErrors'
export { SwitchDialog } from './SwitchDialog'
