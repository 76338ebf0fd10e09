export { MappingForm } from './MappingForm'
export { FunctionForm } from './FunctionForm'
