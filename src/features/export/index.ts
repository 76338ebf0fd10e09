export { ExportToAwsButton } from './ExportToAwsButton'
