export { ConsolePanel } from './ConsolePanel'
