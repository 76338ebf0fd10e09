export { MemoryStatus } from './MemoryStatus'
