/** The segment stage: sentence and paragraph spans of the clean text, shared by every later stage. */
import type {Article} from '../article.js'
import {splitParagraphs, splitSentences} from '../text/sentences.js'

/** The segment stage: records the clean text's sentences and paragraphs on the article. */
export function segment(article: Article): Article {
  article.sentences = splitSentences(article.text!)
  article.paragraphs = splitParagraphs(article.text!)
  return article
}
