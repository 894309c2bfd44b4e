/**
 * The parties a sentence refers to without naming them: "the visiting U.S. president" (a country and a title the
 * article gives one person), "the Vice President" (a title it gives one person), "the delegation" (the person who
 * leads it), "He" (the last person named).
 */
import type {Span} from '../../text/sentences.js'
import type {Mention} from '../entities/extract.js'
import type {Trigger} from './triggers.js'

/** The people of an article: the country of each (the first affiliation its mentions give) and their titles' mentions. */
export interface People {
  countryOf: Map<string, string>
  /** The people of each country with each title of DESCRIBED_TITLES ("USA|president"; "*|president" of any country), by the first mention with it. */
  titled: Map<string, Map<string, Mention>>
  /** The person who leads the delegation the article follows ("a delegation led by Kurt Campbell"), if any. */
  delegationHead?: Mention
}

/** The people of an article, from its mentions. */
export function peopleOf(text: string, mentions: readonly Mention[]): People {
  const countryOf = new Map<string, string>()
  const titled = new Map<string, Map<string, Mention>>()
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue
    const country = m.country ?? m.entity.country
    if (country && !countryOf.has(m.entity.id)) countryOf.set(m.entity.id, country)
  }
  for (const m of mentions) {
    const role = m.type === 'PERSON' ? m.role?.toLowerCase() : undefined
    // "Vice President" is not a president's title
    for (const title of role ? DESCRIBED_TITLES : []) {
      if (!role!.endsWith(title) || (!title.startsWith('vice ') && role!.endsWith(`vice ${title}`))) continue
      const country = countryOf.get(m.entity.id)
      for (const key of country ? [`${country}|${title}`, `*|${title}`] : [`*|${title}`]) {
        const byId = titled.get(key) ?? new Map<string, Mention>()
        if (!byId.has(m.entity.id)) byId.set(m.entity.id, m)
        titled.set(key, byId)
      }
    }
  }
  const delegationHead = mentions.find(m => m.type === 'PERSON' && LED_BY.test(text.slice(Math.max(0, m.start - 160), m.start)))
  return {countryOf, titled, delegationHead}
}

/** The words before the first person who leads a delegation, titles aside ("delegation – led by ... Coordinator"). */
const LED_BY = /\bdelegation\b[^.;]{0,20}\bled by\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,8}$/u
/** A reference to the delegation as the subject of a contact ("the delegation met", "where they met"). */
const DELEGATION_REFERENCE = /\b(?:[Tt]he (?:[\p{Lu}][\p{L}.]* )?delegation|[Tt]hey)(?: also)? $/u

/** A sentence that starts with a pronoun as the subject of the trigger after it ("He has visited", "She also met"). */
const SUBJECT_PRONOUN = /^(He|She)(?: [a-z]+){0,3} $/

/**
 * The mentions of a sentence, with a person mention where the sentence refers to its subject without naming it: the
 * delegation the article follows ("The delegation met for ninety minutes with ..."), or a pronoun for the last person
 * named before the sentence.
 */
export function withReferences(text: string, mentions: readonly Mention[], triggers: readonly Trigger[], sentence: Span, people: People, lastPerson?: Mention): readonly Mention[] {
  const head = people.delegationHead
  const references = triggers.flatMap(t => {
    const before = text.slice(Math.max(sentence.start, t.start - 40), t.start)
    const m = head ? DELEGATION_REFERENCE.exec(before) : null
    if (m && !overlapsAny(mentions, t.start - m[0].length, t.start)) return [{...head!, start: t.start - m[0].length, end: t.start - 1}]
    // "He has visited Kosovo and Serbia": the person the sentences before were about
    const pronoun = lastPerson && t.start - sentence.start <= 40 ? SUBJECT_PRONOUN.exec(text.slice(sentence.start, t.start)) : null
    if (pronoun) return [{...lastPerson!, start: sentence.start, end: sentence.start + pronoun[1]!.length}]
    // "the Vice President's November 2022 trip to": the one person the article gives that title
    const title = TITLE_REFERENCE.exec(before)
    const only = title ? people.titled.get(`*|${title[3]!.toLowerCase()}`) : undefined
    if (!title || only?.size !== 1) return []
    const start = t.start - before.length + title.index + (title[0].length - title[0].trimStart().length)
    const end = start + title[1]!.length
    return overlapsAny(mentions, start, end) ? [] : [{...[...only.values()][0]!, start, end}]
  })
  return references.length ? [...mentions, ...references].sort((a, b) => a.start - b.start) : mentions
}

/** Whether a mention overlaps [start, end) (mentions never overlap each other, so their ends ascend like their starts). */
function overlapsAny(mentions: readonly Mention[], start: number, end: number): boolean {
  let low = 0
  let high = mentions.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (mentions[middle]!.end <= start) low = middle + 1
    else high = middle
  }
  return low < mentions.length && mentions[low]!.start < end
}

/** The titles a country's name or adjective may stand before to describe one person ("the U.S. president"). */
const DESCRIBED_TITLES = ['president', 'vice president', 'prime minister', 'premier', 'chancellor', 'foreign minister', 'secretary of state', 'king', 'queen', 'emperor']

/** A title that stands for a person before a trigger, a few words of it ("the Vice President’s November 2022 trip to"). */
const TITLE_REFERENCE = new RegExp(`\\s(([Tt]he (${DESCRIBED_TITLES.map(title => title.replace(/\b\w/g, ch => `[${ch}${ch.toUpperCase()}]`)).join('|')}))(?:['’]s?)?)(?: [\\p{L}\\d,-]+){0,3} $`, 'u')

/**
 * A head of state's or government's or a minister's title after a country's name or adjective ("the visiting U.S.
 * president"), not before a name ("U.S. President Bush") nor a possessive ("Egyptian President's special envoy").
 */
const DESCRIPTION = new RegExp(`^ (${DESCRIBED_TITLES
  .map(title => title.replace(/\b\w/g, ch => `[${ch}${ch.toUpperCase()}]`)).join('|')})\\b(?! \\p{Lu}|['’]s)`, 'u')

/**
 * The person a country and a title stand for ("the U.S. president" after "President George W. Bush"): the one person
 * of that country the article gives that title, as a person mention over the description; else the mention itself.
 */
export function described(text: string, m: Mention, people: People): Mention {
  if (m.type !== 'GPE' && m.type !== 'NORP') return m
  const title = DESCRIPTION.exec(text.slice(m.end, m.end + 24))
  if (!title) return m
  const country = m.entity.country ?? m.country
  const head = title[1]!.toLowerCase()
  const matches = people.titled.get(`${country}|${head}`)
  if (matches?.size !== 1) return m
  const person = [...matches.values()][0]!
  return {...m, type: 'PERSON', entity: person.entity, country, end: m.end + title[0].length}
}
