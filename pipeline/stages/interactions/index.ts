/** The interactions stage: who contacted whom, how and when, from the mentions and timexes of the article. */
import type {Article} from '../../article.js'
import {extractInteractions} from './extract.js'

/** The interactions stage: records the article's reported contacts (after entities and timexes). */
export function interactions(article: Article): Article {
  const dateline = article.datelineDate?.value
  article.interactions = extractInteractions(article.text!, {
    sentences: article.sentences!, mentions: article.mentions ?? [], timexes: article.timexes ?? [],
    datelineDate: dateline && /^\d{4}-\d\d-\d\d$/.test(dateline) ? dateline : null,
  })
  return article
}
