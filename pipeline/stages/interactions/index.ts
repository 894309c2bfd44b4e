/** The interactions stage: who contacted whom, how and when, from the mentions and timexes of the article. */
import {recordOf, type Article} from '../../article.js'
import {extractInteractions} from './extract.js'

/** The interactions stage: records the article's reported contacts (after entities and timexes). */
export function interactions(article: Article): Article {
  article.interactions = extractInteractions(article.text!, {
    sentences: article.sentences!, mentions: article.mentions ?? [], timexes: article.timexes ?? [],
    datelineDate: article.datelineDate?.day ?? null, published: recordOf(article).published ?? null,
  })
  return article
}
