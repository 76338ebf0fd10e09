export { RolePanel } from './RolePanel'
export { MappingProblem } from './MappingProblem'
