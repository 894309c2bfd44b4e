/** The timexes stage: temporal expressions of the clean text, typed and normalized to TIMEX3 values. */
import {recordOf, type Article} from '../../article.js'
import {dateValueOf, extractTimexes, type DatelineDate} from './extract.js'

/** The dateline's date resolved, with the raw span the cleaner lifted it from. */
function datelineDate(article: Article, published: string | null): DatelineDate | undefined {
  const written = article.datelineDateWritten
  const value = written ? dateValueOf(written.text, published) : null
  if (!written || !value) return undefined
  return {value, day: /^\d{4}-\d\d-\d\d$/.test(value) ? value : null, rawStart: written.rawStart, rawEnd: written.rawEnd}
}

/**
 * The timexes stage: records the article's temporal expressions, anchored to its publication date; an undated
 * article whose dateline gives a full date ("MANILA, Nov. 2, 2005 (Xinhua)") is anchored to that date (after segment).
 */
export function timexes(article: Article): Article {
  const published = recordOf(article).published ?? null
  article.datelineDate = datelineDate(article, published)
  const anchor = published ?? article.datelineDate?.day ?? null
  article.timexes = extractTimexes(article.text!, article.sentences!, {published: anchor}, article.tokens)
  return article
}
