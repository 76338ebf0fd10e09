/**
 * "Export to AWS": the current scenario's table, function and mapping as deployable infrastructure, in five
 * formats. Pure string generators (no DOM): the dialog in features/export shows them, the tests parse them.
 */
import { cdkApp } from './cdk'
import { cliScript } from './cli'
import { cloudFormationTemplate } from './cloudformation'
import type { ExportModel } from './model'
import { samTemplate } from './sam'
import { terraformConfig } from './terraform'

export { exportModelOf } from './model'
export type { ExportModel, ExportModelResult } from './model'

export interface ExportFormat {
  readonly id: 'cli' | 'sam' | 'cloudformation' | 'cdk' | 'terraform'
  /** The tab's name. */
  readonly label: string
  /** What Download saves it as. */
  readonly fileName: string
  readonly generate: (model: ExportModel) => string
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'cli', label: 'AWS CLI', fileName: 'deploy.sh', generate: cliScript },
  { id: 'sam', label: 'SAM', fileName: 'template.yaml', generate: samTemplate },
  {
    id: 'cloudformation',
    label: 'CloudFormation',
    fileName: 'cloudformation.yaml',
    generate: cloudFormationTemplate,
  },
  { id: 'cdk', label: 'CDK (TypeScript)', fileName: 'stack.ts', generate: cdkApp },
  { id: 'terraform', label: 'Terraform', fileName: 'main.tf', generate: terraformConfig },
]
