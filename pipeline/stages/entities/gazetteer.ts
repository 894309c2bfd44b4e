/**
 * The gazetteer: countries, their names, adjectives and capitals (world-countries and i18n-iso-countries,
 * with curated aliases), places and regions, organizations, people and titles (curated, pipeline/data/).
 * Built once into token tries.
 */
import {createRequire} from 'node:module'
import type {Countries} from 'world-countries'
import aliases from '../../data/country-aliases.json' with {type: 'json'}
import organizationData from '../../data/organizations.json' with {type: 'json'}
import peopleData from '../../data/people.json' with {type: 'json'}
import placeData from '../../data/places.json' with {type: 'json'}
import titleData from '../../data/titles.json' with {type: 'json'}
import {slug} from '../../text/slug.js'
import {phraseTokens} from '../../text/tokens.js'
import {TokenTrie} from './trie.js'

/** Entity types of the entities table. */
export const ENTITY_TYPES = ['PERSON', 'GPE', 'LOC', 'ORG'] as const

/** An entity type of the entities table. */
export type EntityType = (typeof ENTITY_TYPES)[number]

/** The stable id of a named entity that is not a country ("ORG:world-health-organization"); countries are `GPE:` and their ISO code. */
export function entityIdOf(type: EntityType, name: string): string {
  return `${type}:${slug(name)}`
}

/** What a gazetteer phrase names. `adjective` marks a nationality (a NORP mention); `capitalOf` a capital city. */
export interface GazetteerEntry {
  kind: 'country' | 'capital' | 'place' | 'region' | 'organization' | 'person'
  entityId: string
  type: EntityType
  name: string
  country: string | null
  adjective?: boolean
  capitalOf?: string
  /** People: the token a bare mention of them uses, and whether it means them even alone in an article. */
  surname?: string
  alone?: boolean
}

const require = createRequire(import.meta.url)
// both packages are CommonJS: required, with their types imported
const countries = require('world-countries') as Countries
const isoCountries = require('i18n-iso-countries') as typeof import('i18n-iso-countries')
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'))

/** Canonical names the annotation guidelines fix where world-countries says otherwise. */
const CANONICAL: Record<string, string> = {MAC: 'Macao', VNM: 'Vietnam', CZE: 'Czechia', CIV: 'Ivory Coast', PSE: 'Palestine'}

/** The entity of a country. */
function countryEntry(cca3: string, name: string): GazetteerEntry {
  return {kind: 'country', entityId: `GPE:${cca3}`, type: 'GPE', name, country: cca3}
}

/** Adds the country names, adjectives and capitals. */
function addCountries(trie: TokenTrie<GazetteerEntry>): void {
  const byCode = new Map(countries.map(c => [c.cca3, c]))
  const curatedNames = aliases.names as Record<string, string[]>
  const curatedAdjectives = aliases.adjectives as Record<string, string[]>
  // a name or adjective two countries share goes to the curated one, then the independent UN member
  const taken = new Map<string, string>()
  const rank = (cca3: string) => (curatedNames[cca3] ? 0 : byCode.get(cca3)?.unMember ? 1 : byCode.get(cca3)?.independent ? 2 : 3)
  const claim = (phrase: string, cca3: string): boolean => {
    const holder = taken.get(phrase)
    if (holder !== undefined && rank(holder) <= rank(cca3)) return holder === cca3
    taken.set(phrase, cca3)
    return true
  }
  const names = new Map<string, Set<string>>()
  const adjectives = new Map<string, Set<string>>()
  const collect = (map: Map<string, Set<string>>, cca3: string, phrase: string | undefined) => {
    if (!phrase || /^[A-Z]{2}$/.test(phrase) && !curatedNames[cca3]?.includes(phrase)) return
    if (!map.has(cca3)) map.set(cca3, new Set())
    map.get(cca3)!.add(phrase)
  }
  for (const [cca3, list] of Object.entries(curatedNames)) for (const n of list) collect(names, cca3, n)
  for (const [cca3, list] of Object.entries(curatedAdjectives)) for (const a of list) collect(adjectives, cca3, a)
  const iso = isoCountries.getNames('en', {select: 'all'}) as Record<string, string[]>
  for (const c of countries) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter(a => /^[\p{Script=Latin}\s.,'’()-]+$/u.test(a) && !a.includes(','))]) collect(names, c.cca3, n)
    for (const n of iso[c.cca2] ?? []) if (!n.includes(',')) collect(names, c.cca3, n)
    collect(adjectives, c.cca3, c.demonyms?.eng?.m)
    collect(adjectives, c.cca3, c.demonyms?.eng?.f)
  }
  for (const [cca3, set] of names) {
    const name = CANONICAL[cca3] ?? byCode.get(cca3)?.name.common ?? cca3
    for (const phrase of set) if (claim(phrase, cca3)) trie.add(phraseTokens(phrase), countryEntry(cca3, name))
  }
  for (const [cca3, set] of adjectives) {
    const name = CANONICAL[cca3] ?? byCode.get(cca3)?.name.common ?? cca3
    for (const phrase of set) {
      if (taken.get(phrase) !== undefined && taken.get(phrase) !== cca3 && names.get(taken.get(phrase)!)?.has(phrase)) continue
      if (claim(`adjective:${phrase}`, cca3)) trie.add(phraseTokens(phrase), {...countryEntry(cca3, name), adjective: true})
    }
  }
  for (const c of countries) {
    if (!c.independent && !curatedNames[c.cca3]) continue
    for (const capital of c.capital) {
      const forms = capital === 'Washington D.C.' ? ['Washington', 'Washington, D.C.', 'Washington D.C.', 'Washington DC'] : [capital]
      const city = capital === 'Washington D.C.' ? 'Washington' : capital
      for (const form of forms) {
        trie.add(phraseTokens(form), {kind: 'capital', entityId: entityIdOf('GPE', city), type: 'GPE', name: city, country: c.cca3, capitalOf: c.cca3})
      }
    }
  }
}

/** Adds places (GPE, with their country) and regions (LOC). */
function addPlaces(trie: TokenTrie<GazetteerEntry>): void {
  for (const [cca3, list] of Object.entries(placeData.gpe as Record<string, string[]>)) {
    for (const place of list) {
      // "Xinjiang Uygur Autonomous Region" is Xinjiang
      const name = /(?:Autonomous|Special Administrative) Region$/.test(place) && list.includes(place.split(' ')[0]!) ? place.split(' ')[0]! : place
      trie.add(phraseTokens(place), {kind: 'place', entityId: entityIdOf('GPE', name), type: 'GPE', name, country: cca3})
    }
  }
  for (const region of placeData.loc) trie.add(phraseTokens(region), {kind: 'region', entityId: entityIdOf('LOC', region), type: 'LOC', name: region, country: null})
}

/** Curated organizations, each with its entry, by name. */
const organizations: ReadonlyMap<string, {entry: GazetteerEntry; phrases: string[]}> = new Map(
  (organizationData.organizations as Array<{name: string; aliases: string[]; country?: string}>).map(org => [org.name, {
    entry: {kind: 'organization', entityId: entityIdOf('ORG', org.name), type: 'ORG', name: org.name, country: org.country ?? null},
    phrases: [org.name, ...org.aliases],
  }]))

/** Curated people, each with its entry. */
const people: ReadonlyArray<{entry: GazetteerEntry; phrases: string[]}> = (peopleData.people as Array<{name: string; country?: string; surname: string; aliases?: string[]; alone?: boolean}>).map(p => ({
  entry: {kind: 'person', entityId: entityIdOf('PERSON', p.name), type: 'PERSON', name: p.name, country: p.country ?? null, surname: p.surname, alone: p.alone ?? false},
  phrases: [p.name, ...(p.aliases ?? [])],
}))

/** Adds organizations and people under their names and aliases (a bare surname is linked per article, not here). */
function addOrganizationsAndPeople(trie: TokenTrie<GazetteerEntry>): void {
  for (const {entry, phrases} of [...organizations.values(), ...people]) for (const phrase of phrases) trie.add(phraseTokens(phrase), entry)
}

/** Each country's entity, by its ISO alpha-3 code. */
export const countryByCode: ReadonlyMap<string, GazetteerEntry> = new Map(
  countries.map(c => [c.cca3, countryEntry(c.cca3, CANONICAL[c.cca3] ?? c.name.common)]))

/** Whether an entity is a country (`GPE:` and an ISO alpha-3 code). */
export function isCountryId(id: string): boolean {
  return /^GPE:[A-Z]{3}$/.test(id)
}

/** The entries' kinds in order of preference when one phrase names several things. */
const PREFERENCE: readonly GazetteerEntry['kind'][] = ['person', 'organization', 'country', 'capital', 'place', 'region']

/** The preferred entry of each phrase's entries, chosen once. */
const preferredOf = new WeakMap<readonly GazetteerEntry[], GazetteerEntry>()

/** The entry to use among those of one phrase. */
export function preferred(entries: readonly GazetteerEntry[]): GazetteerEntry {
  let entry = preferredOf.get(entries)
  if (!entry) {
    entry = [...entries].sort((a, b) => PREFERENCE.indexOf(a.kind) - PREFERENCE.indexOf(b.kind) || Number(a.adjective ?? false) - Number(b.adjective ?? false))[0]!
    preferredOf.set(entries, entry)
  }
  return entry
}

/** The gazetteer trie of every named thing. */
export const gazetteer: TokenTrie<GazetteerEntry> = new TokenTrie()
addCountries(gazetteer)
addPlaces(gazetteer)
addOrganizationsAndPeople(gazetteer)

/** The trie of titles of office, in any case ("President", "former president"; an entry is the title's text). */
export const titles: TokenTrie<string> = new TokenTrie(true)
for (const title of titleData.titles) titles.add(phraseTokens(title), title)

/** Words of an office or body that come before a title or after "of" in one ("Health Minister", "Minister of Social Affairs"). */
export const OFFICE_WORDS: ReadonlySet<string> = new Set(titleData.officeWords)

/** Capitals that stand for an organization, not their country, when they act ("Washington and Brussels"): the organization by city. */
export const metonyms: ReadonlyMap<string, GazetteerEntry> = new Map(Object.entries(placeData.metonyms as Record<string, string>).map(([city, orgName]) => {
  const org = organizations.get(orgName)
  if (!org) throw new Error(`places.json: metonym ${city} names unknown organization ${orgName}`)
  return [city, org.entry]
}))

/** Known people by their surname token, for bare mentions ("Xi"). */
export const peopleBySurname: ReadonlyMap<string, GazetteerEntry[]> = (() => {
  const map = new Map<string, GazetteerEntry[]>()
  for (const {entry} of people) map.set(entry.surname!, [...(map.get(entry.surname!) ?? []), entry])
  return map
})()
