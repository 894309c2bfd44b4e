/** Themes files: the themes and phrases researchers edit, validated against schemas/themes.schema.json and compiled once. */
import themesSchema from '../../../schemas/themes.schema.json' with {type: 'json'}
import defaultThemesFile from '../../data/themes.json' with {type: 'json'}
import {createAjv} from '../../ajv.js'

/** A theme: its id and the phrases that signal it. */
export interface Theme {
  id: string
  description?: string
  phrases: string[]
}

/** Themes ready to match: one scanner for every phrase, and the themes of each phrase. */
export interface CompiledThemes {
  /** A hash-like summary of the themes (ids and phrases), which a build's fingerprint includes. */
  key: string
  ids: readonly string[]
  scanner: RegExp
  /** The theme indexes of a phrase, by its exact text (acronyms) and by its lower case (the rest). */
  exact: ReadonlyMap<string, number[]>
  folded: ReadonlyMap<string, number[]>
}

/** A themes file that does not parse or does not follow the schema: each problem with its JSON Pointer. */
export class ThemesError extends Error {}

const validateThemes = createAjv().compile(themesSchema)

/** Whether a phrase is a short acronym, matched only as written ("WHO", "UN", "U.N."), not case-blind ("who", "un"). */
function isAcronym(phrase: string): boolean {
  return /^[A-Z0-9.&-]+$/.test(phrase) && (phrase.match(/[A-Z]/g)?.length ?? 0) <= 4
}

/** A regular-expression source matching `phrase` case-blind (or exactly, for an acronym), any run of spaces as one. */
function phraseSource(phrase: string): string {
  const exact = isAcronym(phrase)
  return [...phrase.trim()].map(ch => {
    if (/\s/.test(ch)) return '\\s+'
    if (!exact && ch.toLowerCase() !== ch.toUpperCase()) return `[${ch.toLowerCase()}${ch.toUpperCase()}]`
    return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  }).join('').replace(/(?:\\s\+)+/g, '\\s+')
}

/** The key a case-blind phrase is looked up by: lower case, runs of spaces as one. */
export function foldPhrase(phrase: string): string {
  return phrase.trim().toLowerCase().replace(/\s+/g, ' ')
}

/** Compiles validated themes: phrases longest first in one scanner, at word boundaries. */
export function compileThemes(themes: readonly Theme[]): CompiledThemes {
  const exact = new Map<string, number[]>()
  const folded = new Map<string, number[]>()
  themes.forEach((theme, i) => {
    for (const phrase of theme.phrases) {
      const [map, key] = isAcronym(phrase) ? [exact, phrase] : [folded, foldPhrase(phrase)]
      const list = map.get(key) ?? []
      if (!list.includes(i)) list.push(i)
      map.set(key, list)
    }
  })
  const phrases = [...new Set(themes.flatMap(t => t.phrases))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  const scanner = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(phraseSource).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  return {key: JSON.stringify(themes.map(t => [t.id, t.phrases])), ids: themes.map(t => t.id), scanner, exact, folded}
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
