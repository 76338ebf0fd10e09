export { FilterLab } from './FilterLab'
