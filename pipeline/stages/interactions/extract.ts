/**
 * Interactions: each reported contact between two parties (a phone call, a video call, a meeting, a visit, a
 * message), with its participants taken from the entity mentions of the trigger's sentence and its date from the
 * temporal expressions. Repeated references to one contact make one interaction.
 */
import type {Span} from '../../text/sentences.js'
import type {Mention} from '../entities/extract.js'
import type {Timex} from '../timexes/extract.js'
import {CAMEO, triggersIn, type InteractionKind, type Trigger} from './triggers.js'

/** One side of a contact: an entity (a person or an organization) and the country it stands for; either may be null. */
export interface Party {
  entityId: string | null
  country: string | null
}

/** One reported contact (UTF-16 offsets of its evidence in the clean text). */
export interface Interaction {
  kind: InteractionKind
  cameo: string
  /** TIMEX3 value of when it happened, or null. */
  date: string | null
  source: Party
  target: Party
  sentence: number
  start: number
  end: number
  /** The words that report the contact ("phone conversation", "verbal message"). */
  trigger: string
}

/** What the extractor reads besides the text. */
export interface InteractionInputs {
  sentences: readonly Span[]
  mentions: readonly Mention[]
  timexes: readonly Timex[]
  /** The dateline's date (YYYY-MM-DD), the story's date when the lead names none. */
  datelineDate?: string | null
}

/** Words just before a trigger that make the contact planned, not reported ("will hold talks", "plans to visit"). */
const PLANNED = /\b(?:will|would|shall|to|plans?|planned|expected|agreed|'ll)\s+(?:[\p{L}-]+\s+){0,2}$/iu
/** An address to an audience, not a contact: "a speech via video link", "told a meeting with industry". */
const ADDRESS = /\b(?:(?:speech|address|remarks|statement|message)\s+(?:via|by|through)|(?:told|addressed|addressing|at|to)\s+(?:a|the))\s+$/i
/** A definite reference back to a contact already named ("During the call"), unless it names its parties. */
const BACK_REFERENCE = /\b(?:the|this|that|these|those|its|their)\s+$/i
/** Words after a trigger that name its parties ("the call with"). */
const NAMES_PARTIES = /^\s*(?:with|between|to)\b/i
/** A trigger that names its parties itself ("the meeting with"). */
const TRIGGER_NAMES_PARTIES = /\b(?:with|between|to)$/i

/** A mention that stands for a party, with the party. */
interface Candidate {
  mention: Mention
  party: Party
}

/** Words that place a contact before the story ("had previously sent", "visited ... years ago"): it takes no lead date. */
const EARLIER = /\b(?:had|previously|earlier|ago|once|formerly)\b/i

/**
 * The interactions of a clean text, in order of their first report.
 * @example extractInteractions(text, {sentences, mentions, timexes})[0].kind === 'phone_call'
 */
export function extractInteractions(text: string, inputs: InteractionInputs): Interaction[] {
  const bySentence = new Map<number, Mention[]>()
  for (const m of inputs.mentions) {
    const list = bySentence.get(m.sentence)
    if (list) list.push(m)
    else bySentence.set(m.sentence, [m])
  }
  const countryOf = personCountries(inputs.mentions)
  const leadDate = leadDateOf(inputs)
  const found: Interaction[] = []
  const byKey = new Map<string, Interaction>()
  const triggers = triggersIn(text)
  let next = 0
  inputs.sentences.forEach((sentence, index) => {
    // the triggers inside this sentence (both in text order)
    while (next < triggers.length && triggers[next]!.start < sentence.start) next++
    const inside: Trigger[] = []
    for (; next < triggers.length && triggers[next]!.end <= sentence.end; next++) inside.push(triggers[next]!)
    if (inside.length === 0) return
    for (const contact of sentenceContacts(text, sentence, inside, bySentence.get(index) ?? [], countryOf)) {
      const {trigger, source, target} = contact
      // a contact without its own date is the story's, unless the words around it place it earlier
      const around = text.slice(Math.max(sentence.start, trigger.start - 60), Math.min(sentence.end, trigger.end + 40))
      const date = dateOf(inputs.timexes, index, trigger) ?? (EARLIER.test(around) ? null : leadDate)
      const key = `${trigger.kind === 'visit' ? 'meeting' : trigger.kind}|${pairKey(source, target)}`
      const seen = byKey.get(key)
      if (seen) {
        // the same contact again: it may add the date, or say that the visit was a meeting
        seen.date ??= date
        if (seen.kind === 'visit' && trigger.kind === 'meeting') Object.assign(seen, {kind: 'meeting', cameo: CAMEO.meeting})
        continue
      }
      const interaction: Interaction = {
        kind: trigger.kind, cameo: CAMEO[trigger.kind], date, source: source.party, target: target.party, sentence: index,
        start: Math.min(trigger.start, source.mention.start, target.mention.start), end: Math.max(trigger.end, source.mention.end, target.mention.end),
        trigger: trigger.text,
      }
      byKey.set(key, interaction)
      found.push(interaction)
    }
  })
  return found
}

/** How much a kind says about the channel: "held talks by video link" is a video call, "visited and met" a meeting. */
const SPECIFICITY: Record<InteractionKind, number> = {phone_call: 4, video_call: 4, message: 3, meeting: 2, visit: 1}

/** A contact a sentence reports: its trigger and its parties. */
interface Contact {
  trigger: Trigger
  source: Candidate
  target: Candidate
}

/** The identity of a pair of parties, in either order. */
function pairKey(source: Candidate, target: Candidate): string {
  return [partyKey(source.party), partyKey(target.party)].sort().join('|')
}

/** The contacts of one sentence, from its triggers: each reported (not planned) contact, one per pair, of the most specific kind its triggers give. */
function sentenceContacts(text: string, sentence: Span, triggers: readonly Trigger[], mentions: readonly Mention[], countryOf: Map<string, string>): Contact[] {
  const byPair = new Map<string, Contact>()
  for (const trigger of triggers) {
    const before = text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start)
    if (PLANNED.test(before) || ADDRESS.test(before)) continue
    if (BACK_REFERENCE.test(before) && !TRIGGER_NAMES_PARTIES.test(trigger.text) && !NAMES_PARTIES.test(text.slice(trigger.end, trigger.end + 12))) continue
    for (const [source, target] of partiesOf(text, mentions, trigger, countryOf)) {
      const key = pairKey(source, target)
      const seen = byPair.get(key)
      if (!seen || SPECIFICITY[trigger.kind] > SPECIFICITY[seen.trigger.kind]) byPair.set(key, {trigger, source: seen?.source ?? source, target: seen?.target ?? target})
    }
  }
  return [...byPair.values()]
}

/** The country of each person entity in the article: the first affiliation its mentions give. */
function personCountries(mentions: readonly Mention[]): Map<string, string> {
  const countries = new Map<string, string>()
  for (const m of mentions) {
    const country = m.country ?? m.entity.country
    if (m.type === 'PERSON' && country && !countries.has(m.entity.id)) countries.set(m.entity.id, country)
  }
  return countries
}

/** The party a mention stands for: a person or organization with its country, or a country alone. */
function partyOf(m: Mention, countryOf: Map<string, string>): Party {
  if (m.type === 'PERSON') return {entityId: m.entity.id, country: countryOf.get(m.entity.id) ?? null}
  if (m.type === 'ORG') return {entityId: m.entity.id, country: m.country ?? m.entity.country}
  return {entityId: null, country: m.entity.country ?? m.country}
}

/** A party's identity for telling contacts apart. */
function partyKey(p: Party): string {
  return p.entityId ?? `country:${p.country}`
}

/** The distinct mentions of a kind in a list, by entity, in order. */
function distinct(mentions: readonly Mention[], types: readonly string[]): Mention[] {
  const seen = new Set<string>()
  return mentions.filter(m => types.includes(m.type) && !seen.has(m.entity.id) && seen.add(m.entity.id))
}

/** Text between two coordinated mentions ("A, B and C"). */
const COORDINATION = /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$/

/** The broad class of a mention for coordination: people, organizations, or countries and their adjectives. */
function classOf(m: Mention): string {
  return m.type === 'GPE' || m.type === 'NORP' ? 'GPE' : m.type
}

/**
 * The parties of a trigger in its sentence, as source-target pairs: people first (the subject before the trigger,
 * the counterpart after it; "X and Y held talks"; "In a call with X, Y said"; "talks between X and Y"), else
 * organizations, else countries for a side without them; a visit's target is the country visited. Counterparts
 * named together ("met leaders of A, B and C") make one pair each.
 */
function partiesOf(text: string, mentions: readonly Mention[], trigger: Trigger, countryOf: Map<string, string>): [Candidate, Candidate][] {
  // a person named in a possessive before another ("Xi Jinping's Special Envoy ... Ji Bingxuan") is not a party
  const parties = (side: readonly Mention[]) => side.filter((m, k) =>
    !(m.type === 'PERSON' && /^['’]s\b/.test(text.slice(m.end, m.end + 3)) && side.slice(k + 1).some(n => n.type === 'PERSON')))
  const left = parties(mentions.filter(m => m.end <= trigger.start))
  const right = parties(mentions.filter(m => m.start >= trigger.end))
  const people = (side: readonly Mention[]) => distinct(side, ['PERSON'])
  // the first organization, country or nationality of a side (before the mention at `before`)
  const firstOther = (side: readonly Mention[], before = Infinity) => side.find(m => m.type !== 'PERSON' && m.type !== 'LOC' && m.start < before)
  const [leftPeople, rightPeople] = [people(left), people(right)]
  const between = /\bbetween$/.test(trigger.text) || /^\s+between\b/.test(text.slice(trigger.end, trigger.end + 10))
  let pair: [Mention | undefined, Mention | undefined]
  if (between && rightPeople.length >= 2) pair = [rightPeople[0], rightPeople[1]]
  else if (trigger.kind === 'visit') {
    const visited = distinct(right, ['GPE']).find(m => m.start - trigger.end < 40)
    pair = [leftPeople.at(-1) ?? distinct(left, ['GPE', 'NORP']).at(-1), visited]
  } else if (leftPeople.length && rightPeople.length) pair = [leftPeople.at(-1), rightPeople[0]]
  else if (leftPeople.length >= 2 && /\b(?:and|with)\b/.test(text.slice(leftPeople.at(-2)!.end, leftPeople.at(-1)!.start))) pair = [leftPeople.at(-2), leftPeople.at(-1)]
  else if (!leftPeople.length && rightPeople.length >= 2) pair = [rightPeople[1], rightPeople[0]]
  else if (!leftPeople.length && rightPeople.length === 1 && firstOther(right, rightPeople[0]!.start)) {
    // "At a meeting with the WHO, Speranza said": the person after is the subject
    pair = [rightPeople[0], firstOther(right, rightPeople[0]!.start)]
  } else pair = [leftPeople.at(-1) ?? firstOther(left), rightPeople[0] ?? firstOther(right)]
  const [source, target] = pair
  if (!source || !target) return []
  const targets = [target]
  // counterparts named together after the first: "the leaders of the US, France and Germany"
  for (const m of right) {
    const last = targets.at(-1)!
    if (m.start < last.end || classOf(m) !== classOf(target) || m === source) continue
    if (!COORDINATION.test(text.slice(last.end, m.start))) break
    targets.push(m)
  }
  const candidate = (m: Mention): Candidate => ({mention: m, party: partyOf(m, countryOf)})
  return targets.map(t => [candidate(source), candidate(t)] as [Candidate, Candidate]).filter(([s, t]) => isContact(s, t))
}

/** Whether two parties make a contact: two different sides, at least one of them a person or a country's. */
function isContact(source: Candidate, target: Candidate): boolean {
  if (partyKey(source.party) === partyKey(target.party)) return false
  // a country alone on one side that is the other side's own country is not a counterpart ("Xi ... China")
  if ((!source.party.entityId || !target.party.entityId) && source.party.country === target.party.country) return false
  // two organizations with no person (a conference held by video link) are an event, not a contact between parties
  return !(source.mention.type === 'ORG' && target.mention.type === 'ORG')
}

/** The date of the temporal expression of the trigger's sentence nearest to it, if it names one. */
function dateOf(timexes: readonly Timex[], sentence: number, trigger: Trigger): string | null {
  let best: Timex | undefined
  let distance = Infinity
  for (const t of timexes) {
    if (t.sentence !== sentence || (t.type !== 'DATE' && t.type !== 'TIME') || !/^\d{4}/.test(t.value)) continue
    const d = t.start >= trigger.end ? t.start - trigger.end : Math.max(0, trigger.start - t.end)
    if (d < distance) { best = t; distance = d }
  }
  return best ? best.value.replace(/T.*$/, '') : null
}

/** The story's date as the lead gives it (a day named in its first sentences), else the dateline's date. */
function leadDateOf(inputs: InteractionInputs): string | null {
  const lead = inputs.timexes.find(t => t.sentence < 2 && (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}-\d\d-\d\d/.test(t.value))
  return lead ? lead.value.slice(0, 10) : inputs.datelineDate ?? null
}
