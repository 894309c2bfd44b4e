/** Themes files: the themes and phrases researchers edit, validated against schemas/themes.schema.json and compiled once. */
import themesSchema from '../../../schemas/themes.schema.json' with {type: 'json'}
import defaultThemesFile from '../../data/themes.json' with {type: 'json'}
import {createAjv} from '../../ajv.js'
import {tokenize} from '../../text/tokens.js'

/** A theme: its id and the phrases that signal it. */
export interface Theme {
  id: string
  description?: string
  phrases: string[]
}

/** A node of a phrase trie: whether a phrase ends here, and the tokens that continue one (keyed by `edgeKey`). */
export interface PhraseNode {
  end: boolean
  next: Map<string, PhraseNode>
}

/** Themes ready to match: token tries of the phrases (case-blind and exact), and the themes of each phrase. */
export interface CompiledThemes {
  /** A hash-like summary of the themes (ids and phrases), which a build's fingerprint includes. */
  key: string
  ids: readonly string[]
  /** The case-blind phrases, by tokens in each spelling of `wordSpellings`. */
  folded: PhraseNode
  /** The acronyms, by tokens as written. */
  exact: PhraseNode
  /** The theme indexes of a phrase, by its exact text (acronyms) and by its lower case (the rest). */
  exactThemes: ReadonlyMap<string, number[]>
  foldedThemes: ReadonlyMap<string, number[]>
}

/** A themes file that does not parse or does not follow the schema: each problem with its JSON Pointer. */
export class ThemesError extends Error {}

const validateThemes = createAjv().compile(themesSchema)

/** Whether a phrase is a short acronym, matched only as written ("WHO", "UN", "U.N."), not case-blind ("who", "un"). */
function isAcronym(phrase: string): boolean {
  return /^[A-Z0-9.&-]+$/.test(phrase) && (phrase.match(/[A-Z]/g)?.length ?? 0) <= 4
}

/** The trie key of a token: its text, after a space when white space comes before it. */
export function edgeKey(text: string, spaceBefore: boolean): string {
  return spaceBefore ? ` ${text}` : text
}

/** The spellings a case-blind phrase word matches without changing the text's case: lower case, capitalized, as written. */
function wordSpellings(word: string, fold: boolean): string[] {
  if (!fold) return [word]
  const lower = word.toLowerCase()
  return [...new Set([lower, lower.charAt(0).toUpperCase() + lower.slice(1), word])]
}

/**
 * Adds a phrase to a trie, token by token: "free trade" is `free`, ` trade`; "COVID-19" is `COVID`, `-`, `19`.
 * A case-blind phrase goes in with each word in each of its spellings (an all-capitals word in the text is looked
 * up capitalized).
 */
function addPhrase(root: PhraseNode, phrase: string, fold: boolean): void {
  const tokens = tokenize(phrase, [{start: 0, end: phrase.length}])
  let nodes = [root]
  tokens.forEach((token, k) => {
    const spaceBefore = k > 0 && token.start > tokens[k - 1]!.end
    nodes = nodes.flatMap(node => wordSpellings(token.text, fold).map(spelling => {
      const key = edgeKey(spelling, spaceBefore)
      let next = node.next.get(key)
      if (!next) { next = {end: false, next: new Map()}; node.next.set(key, next) }
      return next
    }))
  })
  if (tokens.length > 0) for (const node of nodes) node.end = true
}

/** The key a case-blind phrase is looked up by: lower case, runs of spaces as one. */
export function foldPhrase(phrase: string): string {
  return phrase.trim().toLowerCase().replace(/\s+/g, ' ')
}

/** Compiles validated themes: every phrase into the case-blind trie, or the exact one for an acronym. */
export function compileThemes(themes: readonly Theme[]): CompiledThemes {
  const exactThemes = new Map<string, number[]>()
  const foldedThemes = new Map<string, number[]>()
  const folded: PhraseNode = {end: false, next: new Map()}
  const exact: PhraseNode = {end: false, next: new Map()}
  themes.forEach((theme, i) => {
    for (const phrase of theme.phrases) {
      const acronym = isAcronym(phrase)
      const [map, key] = acronym ? [exactThemes, phrase] : [foldedThemes, foldPhrase(phrase)]
      const list = map.get(key) ?? []
      if (!list.includes(i)) list.push(i)
      map.set(key, list)
      addPhrase(acronym ? exact : folded, phrase, !acronym)
    }
  })
  return {key: JSON.stringify(themes.map(t => [t.id, t.phrases])), ids: themes.map(t => t.id), folded, exact, exactThemes, foldedThemes}
}

/**
 * Reads a themes file's text: JSON following schemas/themes.schema.json with unique ids. Throws ThemesError naming
 * the file, the place and the rule.
 */
export function parseThemes(json: string, path: string): CompiledThemes {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (e) {
    throw new ThemesError(`${path}: not valid JSON: ${(e as Error).message}  themes:invalid-json`)
  }
  if (!validateThemes(data)) {
    const problems = (validateThemes.errors ?? []).map(e => `${path}: ${e.instancePath || '/'}: ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}  themes:schema-violation`)
    throw new ThemesError(problems.join('\n'))
  }
  const themes = (data as {themes: Theme[]}).themes
  const seen = new Set<string>()
  themes.forEach((t, i) => {
    if (seen.has(t.id)) throw new ThemesError(`${path}: /themes/${i}/id: the id "${t.id}" is used twice  themes:duplicate-theme`)
    seen.add(t.id)
  })
  return compileThemes(themes)
}

/** The default themes (pipeline/data/themes.json). */
export const defaultThemes: CompiledThemes = parseThemes(JSON.stringify(defaultThemesFile), 'pipeline/data/themes.json')
