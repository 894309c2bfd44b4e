/** One input processed to what a build writes, in this thread or in a worker: pure, like processArticle. */
import {hasError, type ArticleOutcome, type RawInput} from './article.js'
import {processArticle, type ProcessOptions} from './process.js'
import {articleEntities, type ArticleEntity} from './tables/entity-tally.js'
import {rowsOf, type ArticleRows} from './tables/rows.js'

/** An input processed: its rows, its outcome (id and messages, for the build report and duplicate ids) and its entities (for the entities table). */
export interface ProcessedInput {
  outcome: ArticleOutcome
  rows: ArticleRows
  entities: ArticleEntity[]
}

/**
 * Processes one input to its rows: small enough to send back from a worker thread.
 * @example processInput({sourcePath: 'a.txt', file: 'a.txt', format: 'txt', bytes}).rows.kind === 'accepted'
 */
export function processInput(input: RawInput, options: ProcessOptions = {}): ProcessedInput {
  const article = processArticle(input, options)
  return {
    outcome: {input: article.input, id: article.id, messages: article.messages},
    rows: rowsOf(article),
    entities: hasError(article) ? [] : articleEntities(article.mentions ?? []),
  }
}
