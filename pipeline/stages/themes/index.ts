/** The themes stage: how often each theme's phrases occur in the article, and where first. */
import type {Article} from '../../article.js'
import {CHAR_CLASS, DIGIT, LETTER} from '../../text/char-class.js'
import {tokenize, type Token} from '../../text/tokens.js'
import {defaultThemes, edgeKey, foldPhrase, type CompiledThemes, type PhraseNode} from './themes-file.js'

/** One theme found in an article: its hits and the first one's start (UTF-16). */
export interface ThemeHit {
  theme: string
  hits: number
  firstStart: number
}

/** Whether the UTF-16 unit at `i` is a letter or a digit (a phrase must not run on into one). */
function isLetterOrDigitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (CHAR_CLASS[text.charCodeAt(i)]! & (LETTER | DIGIT)) !== 0
}

/**
 * The end (token index, exclusive) of the longest phrase of `root` starting at token `at` and ending at a word
 * boundary, or -1. With `fold`, an all-capitals token is also looked up capitalized, and a later word in lower case.
 */
function longestPhrase(root: PhraseNode, text: string, tokens: readonly Token[], at: number, fold: boolean): number {
  let node: PhraseNode | undefined = root
  let best = -1
  for (let k = at; k < tokens.length && node; k++) {
    const token = tokens[k]!
    const spaceBefore = k > at && token.start > tokens[k - 1]!.end
    node = node.next.get(spaceBefore ? edgeKey(token.text, true) : token.text) ??
      (fold && token.upper ? node.next.get(edgeKey(token.text[0] + token.text.slice(1).toLowerCase(), spaceBefore)) : undefined) ??
      // inside a phrase (rarely reached), any mixing of cases: "World Health OrganiZation"
      (fold && k > at ? node.next.get(edgeKey(token.text.toLowerCase(), spaceBefore)) : undefined)
    if (node?.end && !isLetterOrDigitAt(text, token.end)) best = k + 1
  }
  return best
}

/**
 * The themes of a text, in the order of the themes file: every phrase occurrence is a hit (the longest at a place,
 * and none overlapping), at word boundaries, case-blind except for acronyms; runs of white space count as one space.
 * @example matchThemes('The WHO and the pandemic.', defaultThemes).map(t => t.theme) // ['covid-19', 'who']
 */
export function matchThemes(text: string, themes: CompiledThemes, tokens: readonly Token[] = tokenize(text, [{start: 0, end: text.length}])): ThemeHit[] {
  const hits = new Array<number>(themes.ids.length).fill(0)
  const first = new Array<number>(themes.ids.length).fill(-1)
  for (let i = 0; i < tokens.length;) {
    const start = tokens[i]!.start
    const end = isLetterOrDigitAt(text, start - 1) ? -1 : Math.max(longestPhrase(themes.folded, text, tokens, i, true), longestPhrase(themes.exact, text, tokens, i, false))
    if (end === -1) { i++; continue }
    const phrase = text.slice(start, tokens[end - 1]!.end)
    for (const t of themes.exactThemes.get(phrase) ?? themes.foldedThemes.get(foldPhrase(phrase)) ?? []) {
      hits[t]!++
      if (first[t] === -1) first[t] = start
    }
    i = end
  }
  return themes.ids.flatMap((theme, i) => (hits[i] ? [{theme, hits: hits[i]!, firstStart: first[i]!}] : []))
}

/** The themes stage: records the article's themes, from `options.themes` or the default themes file. */
export function themes(article: Article, options: {themes?: CompiledThemes} = {}): Article {
  article.themes = matchThemes(article.text!, options.themes ?? defaultThemes, article.tokens)
  return article
}
