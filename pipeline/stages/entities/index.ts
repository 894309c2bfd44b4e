/** The entities stage: people, countries, places and organizations mentioned in the clean text, linked to entities. */
import type {Article} from '../../article.js'
import {extractMentions} from './extract.js'

/** The entities stage: records the article's entity mentions (after segment, which it needs). */
export function entities(article: Article): Article {
  article.mentions = extractMentions(article.text!, article.sentences!, article.tokens)
  return article
}
