/** processArticle: runs the stages in order on one raw input. Pure: no filesystem, clock or process. */
import {hasError, message, type Article, type RawInput} from './article.js'
import {clean} from './stages/clean/index.js'
import {parse, startArticle} from './stages/parse/parse-input.js'
import {entities} from './stages/entities/index.js'
import {timexes} from './stages/timexes/index.js'
import {interactions} from './stages/interactions/index.js'
import {themes} from './stages/themes/index.js'
import type {CompiledThemes} from './stages/themes/themes-file.js'
import {segment} from './stages/segment.js'
import {validate} from './stages/validate.js'

/** Options that change what the stages produce. */
export interface ProcessOptions {
  /** The themes to count (default: pipeline/data/themes.json). */
  themes?: CompiledThemes
}

/** A stage: one job, from an article to the same article with its results or messages added. */
export type Stage = (article: Article, options: ProcessOptions) => Article

/** The stages, in the order they run; an article stops at the first stage that reports an error. */
export const stages: ReadonlyArray<readonly [name: string, stage: Stage]> = [
  ['parse', parse],
  ['validate', validate],
  ['clean', clean],
  ['segment', segment],
  ['entities', entities],
  ['timexes', timexes],
  ['interactions', interactions],
  ['themes', themes],
]

/** The rules of the process itself (not of a stage). */
export const processRules = {
  'internal-error': 'A bug: a stage threw an exception on this article. The message has the stack; please report it.',
} as const

/**
 * Runs every stage (or `stageList`) on `input`. Never throws: a stage's exception becomes an `internal-error` message.
 * @example processArticle({sourcePath: 'a.txt', file: 'a.txt', format: 'txt', bytes}).text
 */
export function processArticle(input: RawInput, options: ProcessOptions = {}, stageList: typeof stages = stages): Article {
  const article = startArticle(input)
  for (const [name, stage] of stageList) {
    if (hasError(article)) break
    try {
      stage(article, options)
    } catch (error) {
      const e = error as Error
      article.messages.push(message('error', name, 'internal-error', `${name} failed: ${e.stack ?? String(e)}`))
    }
  }
  return article
}
