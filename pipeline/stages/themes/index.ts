/** The themes stage: how often each theme's phrases occur in the article, and where first. */
import type {Article} from '../../article.js'
import {defaultThemes, foldPhrase, type CompiledThemes} from './themes-file.js'

/** One theme found in an article: its hits and the first one's start (UTF-16). */
export interface ThemeHit {
  theme: string
  hits: number
  firstStart: number
}

/**
 * The themes of a text, in the order of the themes file: every non-overlapping phrase occurrence is a hit.
 * @example matchThemes('The WHO and the pandemic.', defaultThemes).map(t => t.theme) // ['covid-19', 'who']
 */
export function matchThemes(text: string, themes: CompiledThemes): ThemeHit[] {
  const hits = new Array<number>(themes.ids.length).fill(0)
  const first = new Array<number>(themes.ids.length).fill(-1)
  themes.scanner.lastIndex = 0
  for (let m = themes.scanner.exec(text); m; m = themes.scanner.exec(text)) {
    const indexes = themes.exact.get(m[0]) ?? themes.folded.get(foldPhrase(m[0])) ?? []
    for (const i of indexes) {
      hits[i]!++
      if (first[i] === -1) first[i] = m.index
    }
  }
  return themes.ids.flatMap((theme, i) => (hits[i] ? [{theme, hits: hits[i]!, firstStart: first[i]!}] : []))
}

/** The themes stage: records the article's themes, from `options.themes` or the default themes file. */
export function themes(article: Article, options: {themes?: CompiledThemes} = {}): Article {
  article.themes = matchThemes(article.text!, options.themes ?? defaultThemes)
  return article
}
