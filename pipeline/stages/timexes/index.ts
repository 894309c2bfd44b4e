/** The timexes stage: temporal expressions of the clean text, typed and normalized to TIMEX3 values. */
import {recordOf, type Article} from '../../article.js'
import {dateValueOf, extractTimexes, type DatelineDate} from './extract.js'

/** The dateline's date with its span in the raw text, from the text the cleaner lifted and the dateline edit. */
function datelineDate(article: Article, published: string | null): DatelineDate | undefined {
  const written = article.datelineDateText
  const edit = written ? article.edits.find(e => e.rule === 'dateline') : undefined
  if (!written || !edit) return undefined
  const value = dateValueOf(written, published)
  const at = article.raw!.slice(edit.rawStart, edit.rawEnd).indexOf(written)
  if (!value || at < 0) return undefined
  return {value, rawStart: edit.rawStart + at, rawEnd: edit.rawStart + at + written.length}
}

/**
 * The timexes stage: records the article's temporal expressions, anchored to its publication date; an undated
 * article whose dateline gives a full date ("MANILA, Nov. 2, 2005 (Xinhua)") is anchored to that date (after segment).
 */
export function timexes(article: Article): Article {
  const published = recordOf(article).published ?? null
  article.datelineDate = datelineDate(article, published)
  const anchor = published ?? (article.datelineDate && /^\d{4}-\d\d-\d\d$/.test(article.datelineDate.value) ? article.datelineDate.value : null)
  article.timexes = extractTimexes(article.text!, article.sentences!, {published: anchor}, article.tokens)
  return article
}
