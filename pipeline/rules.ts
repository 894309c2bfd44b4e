/** Every rule readouts reports, with the stage that reports it and what it means: the codebook's list. */
import {processRules} from './process.js'
import {cleanStageRules} from './stages/clean/index.js'
import {parseRules} from './stages/parse/rules.js'
import {validateRules} from './stages/validate.js'

/** Rules of the build as a whole (across articles). */
export const buildRules = {
  'duplicate-id': 'A second input with the id of an article already accepted; the first in id, then path order is kept.',
} as const

/** A rule: its name, the stage that reports it, and what it means. */
export interface RuleInfo {
  name: string
  stage: string
  description: string
}

/** Every rule, grouped by stage in pipeline order. */
export const allRules: readonly RuleInfo[] = [
  ...Object.entries(parseRules).map(([name, description]) => ({name, stage: 'parse', description})),
  ...Object.entries(validateRules).map(([name, description]) => ({name, stage: 'validate', description})),
  ...Object.entries(cleanStageRules).map(([name, description]) => ({name, stage: 'clean', description})),
  ...Object.entries(processRules).map(([name, description]) => ({name, stage: 'process', description})),
  ...Object.entries(buildRules).map(([name, description]) => ({name, stage: 'build', description})),
]
