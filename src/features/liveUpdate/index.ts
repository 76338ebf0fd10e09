export { DeployButton, isDeployShortcut } from './DeployButton'
export { FunctionUpdateNotice } from './FunctionUpdateNotice'
