/** The segment stage: sentence and paragraph spans and word tokens of the clean text, shared by every later stage. */
import type {Article} from '../article.js'
import {splitParagraphs, splitSentences} from '../text/sentences.js'
import {tokenize} from '../text/tokens.js'

/** The segment stage: records the clean text's sentences, paragraphs and tokens on the article. */
export function segment(article: Article): Article {
  article.sentences = splitSentences(article.text!)
  article.paragraphs = splitParagraphs(article.text!)
  article.tokens = tokenize(article.text!, article.sentences)
  return article
}
