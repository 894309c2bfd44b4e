/**
 * Interactions: each reported contact between two parties (a phone call, a video call, a meeting, a visit, a
 * message), with its participants taken from the entity mentions of the trigger's sentence and its date from the
 * temporal expressions. Repeated references to one contact make one interaction.
 */
import type {Span} from '../../text/sentences.js'
import type {Mention} from '../entities/extract.js'
import type {Timex} from '../timexes/extract.js'
import {described, peopleOf, withReferences, type People} from './references.js'
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
  /** The publication date (YYYY-MM-DD): a reported contact did not happen after it. */
  published?: string | null
}

/** Words just before a trigger that make the contact planned, not reported ("will hold talks", "plans to visit"), not "leading to the meeting". */
const PLANNED = /\b(?:will|would|shall|plans?|planned|expected|agreed|'ll|towards?)\s+(?:[\p{L}-]+\s+){0,2}$|\bto\s+(?!(?:the|a|an|their|his|her|its)\s)(?:[\p{L}-]+\s+){0,2}$/iu
/** An address to an audience, not a contact: "a speech via video link", "told a meeting with industry". */
const ADDRESS = /\b(?:(?:speech|address|remarks|statement|message)\s+(?:via|by|through)|(?:told|addressed|addressing|at|to)\s+(?:a|the))\s+$/i
/** The present perfect just before a trigger ("has visited", "have held talks"): a contact at some time before the story. */
const PERFECT = /\b(?:has|have)\s+(?:[a-z]+\s+)?$/
/** How many mentions before a trigger may be its subject (twice as many after it may be its counterparts, in a list). */
const PARTIES_AROUND = 16
/** What separates two clauses that report contacts of their own. */
const CLAUSE_BREAK = /;|\bwhere\b/
/** A sentence about what came before the story ("It followed stops in Hawaii, where ..."): its contacts take no lead date. */
const PRIOR_SENTENCE = /^(?:It|This|That|(?:The|This|That) \w+) (?:followed|follows|came after|comes after|builds on|built on)\b/
/** Nouns for people sent somewhere ("Chinese medical experts ... arrived in Cambodia"), unlike aid or goods. */
const PEOPLE_NOUN = /\b(?:experts?|team|delegation|officials?|leaders?|ministers?|envoys?|diplomats?|doctors|troops|negotiators|representatives)\b/i
/** A habit, not one contact: "regularly meets with". */
const HABITUAL = /\b(?:regularly|often|frequently|usually|routinely|occasionally|sometimes)\s+$/i
/** The parties of the contact before, by a pronoun: "follows their April 2, 2024, telephone call". */
const THEIR = /\btheir\b[^.;:]{0,30}$/i
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
  const bySentence = groupBySentence(inputs.mentions)
  const timexesBySentence = groupBySentence(inputs.timexes)
  const people = peopleOf(text, inputs.mentions)
  const leadDate = isTranscript(text, inputs.sentences) ? null : leadDateOf(inputs)
  const found: Interaction[] = []
  const byKey = new Map<string, Interaction>()
  // where each dated interaction's date comes from: its own words, or the story (a guess a later report may correct)
  const dateFrom = new Map<Interaction, 'own' | 'story'>()
  // the interactions reported as coming before the story's ("builds on ... the Vice President's trip")
  const earlier = new Set<Interaction>()
  // the parties of the last contact ("their call" refers to them)
  let previous: [Candidate, Candidate] | undefined
  // the last person named before the sentence (the mentions are in text order)
  let lastPerson: Mention | undefined
  let mentionAt = 0
  const triggers = triggersIn(text)
  let next = 0
  inputs.sentences.forEach((sentence, index) => {
    // the triggers inside this sentence (both in text order)
    while (next < triggers.length && triggers[next]!.start < sentence.start) next++
    const inside: Trigger[] = []
    for (; next < triggers.length && triggers[next]!.end <= sentence.end; next++) inside.push(triggers[next]!)
    if (inside.length === 0) return
    while (mentionAt < inputs.mentions.length && inputs.mentions[mentionAt]!.sentence < index) {
      if (inputs.mentions[mentionAt]!.type === 'PERSON') lastPerson = inputs.mentions[mentionAt]
      mentionAt++
    }
    const placedBefore = PRIOR_SENTENCE.test(text.slice(sentence.start, sentence.start + 40))
    const sentenceTimexes = timexesBySentence.get(index) ?? []
    for (const contact of sentenceContacts(text, sentence, inside, bySentence.get(index) ?? [], people, previous, lastPerson)) {
      const {trigger, source, target} = contact
      previous = [source, target]
      // a contact without its own date is the narrative's or the story's, unless the words around it place it earlier
      const around = text.slice(Math.max(sentence.start, trigger.start - 60), Math.min(sentence.end, trigger.end + 40))
      const own = dateOf(sentenceTimexes, trigger)
      const undated = placedBefore || EARLIER.test(around) || PERFECT.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start)) ||
        vaguelyDated(text, sentenceTimexes, trigger)
      const date = own ?? (undated ? null : narrativeDate(text, inputs, index, timexesBySentence.get(index - 1) ?? []) ?? leadDate)
      const pair = `${trigger.kind === 'visit' ? 'meeting' : trigger.kind}|${pairKey(source, target)}`
      const first = byKey.get(pair)
      // a report with a date of its own is another contact of the same pair when the first had another date, or when
      // its words place it before ("builds on their meetings in May 2023")
      const prior = placedBefore || PRIOR.test(text.slice(Math.max(sentence.start, trigger.start - 100), trigger.start))
      const another = own !== null && first !== undefined && (dateFrom.get(first) === 'own' ? !sameDate(first.date!, own) : prior)
      const key = another ? `${pair}|${own}` : pair
      const seen = byKey.get(key)
      if (seen) {
        // the same contact again: it may add the date, or say that the visit was a meeting
        const guessed = dateFrom.get(seen) === 'story'
        if (own && guessed) { seen.date = own; dateFrom.set(seen, 'own') }
        // a story's date was a guess: a report that places the contact earlier ("had previously sent") undoes it
        else if (!own && date === null && guessed) { seen.date = null; dateFrom.delete(seen) }
        else if (seen.date === null && date !== null) { seen.date = date; dateFrom.set(seen, own ? 'own' : 'story') }
        if (seen.kind === 'visit' && trigger.kind === 'meeting') Object.assign(seen, {kind: 'meeting', cameo: CAMEO.meeting})
        continue
      }
      const interaction: Interaction = {
        kind: trigger.kind, cameo: CAMEO[trigger.kind], date, source: source.party, target: target.party, sentence: index,
        start: Math.min(trigger.start, source.mention.start, target.mention.start), end: Math.max(trigger.end, source.mention.end, target.mention.end),
        trigger: trigger.text,
      }
      byKey.set(key, interaction)
      if (date !== null) dateFrom.set(interaction, own ? 'own' : 'story')
      if (prior) earlier.add(interaction)
      found.push(interaction)
    }
  })
  return withoutHostedVisits(found, people.countryOf, earlier)
}

/**
 * The interactions without the visits during which the visitor met a host of the visited country: that visit and
 * meeting are one contact, the meeting (which takes the visit's date when it has none). A visit reported as an earlier
 * one (in `earlier`), or of another month, stays.
 */
function withoutHostedVisits(found: Interaction[], countryOf: ReadonlyMap<string, string>, earlier: ReadonlySet<Interaction>): Interaction[] {
  const countryOfParty = (p: Party) => (p.entityId ? countryOf.get(p.entityId) ?? p.country : p.country)
  // the first meeting of each person with a person of each country: "PERSON:xi-jinping|FJI"
  const meetings = new Map<string, Interaction>()
  for (const m of found) {
    if (m.kind !== 'meeting') continue
    for (const [a, b] of [[m.source, m.target], [m.target, m.source]] as const) {
      const key = `${a.entityId}|${countryOfParty(b)}`
      if (a.entityId && b.entityId?.startsWith('PERSON:') && !meetings.has(key)) meetings.set(key, m)
    }
  }
  return found.filter(visit => {
    if (visit.kind !== 'visit' || !visit.source.entityId || visit.target.entityId || !visit.target.country || earlier.has(visit)) return true
    // a visit in another month than the meeting is another occasion (a visit's days may differ from the meeting's)
    const meeting = meetings.get(`${visit.source.entityId}|${visit.target.country}`)
    if (!meeting || (meeting.date && visit.date && !sameDate(meeting.date.slice(0, 7), visit.date.slice(0, 7)))) return true
    meeting.date ??= visit.date
    return false
  })
}

/** Words before a contact that place it before the one the story reports ("follows their call", "builds on"). */
const PRIOR = /\b(?:builds? on|building on|follows|following|since|previous|last)\b/i

/** Whether two TIMEX3 dates may be the same day: equal, or one the other's month or year. */
function sameDate(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a)
}

/** Whether the text is a press conference's transcript (questions and answers): its contacts are not its story's. */
function isTranscript(text: string, sentences: readonly Span[]): boolean {
  let questions = 0
  for (const s of sentences) if (/^Q\s*:/.test(text.slice(s.start, s.start + 4)) && ++questions >= 2) return true
  return false
}

/** How much a kind says about the channel: "held talks by video link" is a video call, "visited and met" a meeting. */
const SPECIFICITY: Record<InteractionKind, number> = {phone_call: 4, video_call: 4, message: 3, meeting: 2, visit: 1}

/** "Spoke with", a call as these articles use it, unless a word of the sentence says more ("met and spoke with" is a meeting). */
const SPOKE = /^(?:spoke|speaks|talked)\b/i

/** The words between "spoke with" and a country that make the country's leaders the counterparts ("the leaders of the"). */
const LEADERS_OF = /^\s+(?:(?:the|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}(?:leaders?|counterparts?|presidents?|premiers?|ministers?|heads?|kings?|chancellors?|officials?)\s+(?:of|from)\s+(?:the\s+)?$/iu

/** How much a trigger says about the channel: its kind's SPECIFICITY, and less for "spoke with". */
function specificity(trigger: Trigger): number {
  return SPOKE.test(trigger.text) ? 1.5 : SPECIFICITY[trigger.kind]
}

/** A plan said after the trigger, before its parties' verb: "through video link, Putin and Xi will jointly initiate". */
const PLANNED_AFTER = /\b(?:will|would|shall|(?:is|are) (?:expected )?to|plans? to)\b/i

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
function sentenceContacts(text: string, sentence: Span, triggers: readonly Trigger[], mentions: readonly Mention[], people: People, previous?: [Candidate, Candidate], lastPerson?: Mention): Contact[] {
  const byPair = new Map<string, Contact>()
  // the sentence's parties, with those it describes or refers to without naming them
  const parties = withReferences(text, mentions.map(m => described(text, m, people)), triggers, sentence, people, lastPerson)
  // the parties before each trigger (up to PARTIES_AROUND of them) and after it: windows, so a long sentence stays linear
  let leftEnd = 0
  let rightStart = 0
  for (const [k, trigger] of triggers.entries()) {
    while (leftEnd < parties.length && parties[leftEnd]!.end <= trigger.start) leftEnd++
    while (rightStart < parties.length && parties[rightStart]!.start < trigger.end) rightStart++
    const before = text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start)
    if (PLANNED.test(before) || ADDRESS.test(before) || HABITUAL.test(before)) continue
    if (BACK_REFERENCE.test(before) && !TRIGGER_NAMES_PARTIES.test(trigger.text) && !NAMES_PARTIES.test(text.slice(trigger.end, trigger.end + 12))) continue
    // a trigger's counterparts come before the next trigger of another clause ("where they met with A; Fiji, where they met with B")
    const following = triggers[k + 1]
    const until = following && CLAUSE_BREAK.test(text.slice(trigger.end, following.start)) ? following.start : sentence.end
    const left = parties.slice(Math.max(0, leftEnd - PARTIES_AROUND), leftEnd)
    const right = parties.slice(rightStart, rightStart + 2 * PARTIES_AROUND).filter(m => m.end <= until)
    let pairs = partiesOf(text, left, right, trigger, people, sentence.start)
    // a sentence that names no party refers with "their" to the parties of the contact before
    if (pairs.length === 0 && previous && mentions.length === 0 && THEIR.test(before)) {
      const here = (c: Candidate): Candidate => ({mention: {...c.mention, start: trigger.start, end: trigger.end}, party: c.party})
      pairs = [[here(previous[0]), here(previous[1])]]
    }
    // the first counterpart named after the trigger (others may follow it in a list)
    const counterpartAt = Math.min(...pairs.map(([, t]) => t.mention.start))
    for (const [source, target] of pairs) {
      // "spoke to Xinhua" or "spoke to travellers at London" is an interview; "through video link, Putin and Xi will
      // jointly initiate" a plan
      if (SPOKE.test(trigger.text) && !(target.mention.type === 'PERSON' && target.mention.start >= trigger.end) &&
        !LEADERS_OF.test(text.slice(trigger.end, counterpartAt))) continue
      if (source.mention.start >= trigger.end && PLANNED_AFTER.test(text.slice(trigger.end, Math.max(source.mention.end, target.mention.end) + 24))) continue
      const key = pairKey(source, target)
      const seen = byPair.get(key)
      if (!seen || specificity(trigger) > specificity(seen.trigger)) byPair.set(key, {trigger, source: seen?.source ?? source, target: seen?.target ?? target})
    }
  }
  return [...byPair.values()]
}

/** The party a mention stands for: a person or organization with its country, or a country alone. */
function partyOf(m: Mention, countryOf: ReadonlyMap<string, string>): Party {
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

/** Text between two people named together in possessives, titles aside ("'s and Vice President "). */
const POSSESSIVES_AND = /^['’]s?\s+and\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u

/** What joins two mentions named together: a comma, "and", or both. */
const JOINER = String.raw`(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)`
/** Text between two coordinated mentions ("A, B and C"). */
const COORDINATION = new RegExp(`^${JOINER}$`)
/** Text between two people named together, the second with a title ("Tusk and President of the European Commission "). */
const TITLED_COORDINATION = new RegExp(String.raw`^${JOINER}(?:\p{Lu}[\p{L}.-]*\s+(?:(?:of|for|the|and)\s+)*){1,8}$`, 'u')

/** The broad class of a mention for coordination: people, organizations, or countries and their adjectives. */
function classOf(m: Mention): string {
  return m.type === 'GPE' || m.type === 'NORP' ? 'GPE' : m.type
}

/**
 * The parties of a trigger in its sentence, as source-target pairs: people first (the subject before the trigger,
 * the counterpart after it; "X and Y held talks"; "In a call with X, Y said"; "talks between X and Y"), else
 * organizations, else countries for a side without them; a visit's target is the country visited. Counterparts
 * named together ("met leaders of A, B and C") make one pair each. `before` and `after` are the sentence's mentions
 * nearest the trigger on each side, in the sentence that starts at `sentenceStart`.
 */
function partiesOf(text: string, before: readonly Mention[], after: readonly Mention[], trigger: Trigger, people: People, sentenceStart: number): [Candidate, Candidate][] {
  // a person named in a possessive before another ("Xi Jinping's Special Envoy ... Ji Bingxuan") is not a party
  // (unless the next is named with it: "President Biden's and Vice President Harris' meetings with")
  const parties = (side: readonly Mention[]) => side.filter((m, k) =>
    !(m.type === 'PERSON' && /^['’]s\b/.test(text.slice(m.end, m.end + 3)) && side.slice(k + 1).some(n => n.type === 'PERSON') &&
      !(side[k + 1]?.type === 'PERSON' && POSSESSIVES_AND.test(text.slice(m.end, side[k + 1]!.start)))))
  const left = parties(before)
  const right = parties(after)
  const personsOf = (side: readonly Mention[]) => distinct(side, ['PERSON'])
  // the first organization, country or nationality of a side (before the mention at `before`)
  const firstOther = (side: readonly Mention[], before = Infinity) => side.find(m => m.type !== 'PERSON' && m.type !== 'LOC' && m.start < before)
  // on the left, each person where last named (the nearest is the subject); on the right, where first named
  const leftPeople = personsOf([...left].reverse()).reverse()
  // a counterpart is not the subject itself named again ("the delegation met with A; where they met with B")
  const rightPeople = personsOf(right).filter(m => m.entity.id !== leftPeople.at(-1)?.entity.id)
  const between = /\bbetween$/.test(trigger.text) || /^\s+between\b/.test(text.slice(trigger.end, trigger.end + 10))
  let pair: [Mention | undefined, Mention | undefined]
  if (between && rightPeople.length >= 2) pair = [rightPeople[0], rightPeople[1]]
  else if (trigger.kind === 'visit') {
    const visited = distinct(right, ['GPE']).find(m => m.start - trigger.end < 40)
    // what "arrived in" a country may be aid or goods: a visitor there is a person, a body, or a country's people
    // and a "trip to" a country, a person's (not travel advice against "trips to Andorra")
    const arrival = /^arrive/i.test(trigger.text)
    const goods = arrival && !PEOPLE_NOUN.test(text.slice(Math.max(sentenceStart, trigger.start - 80), trigger.start))
    const trip = /^trip/i.test(trigger.text)
    const visitor = leftPeople.at(-1) ?? (trip ? undefined : (arrival ? distinct(left, ['ORG']).at(-1) : undefined) ?? (goods ? undefined : distinct(left, ['GPE', 'NORP']).at(-1)))
    // a delegation's visit is its leader's ("a delegation – led by A, B and C – visited Honiara")
    const head = left.find(m => m.start === people.delegationHead?.start)
    pair = [head ?? visitor, visited]
  } else if (leftPeople.length && rightPeople.length) pair = [leftPeople.at(-1), rightPeople[0]]
  else if (leftPeople.length >= 2 && /\b(?:and|with)\b/.test(text.slice(leftPeople.at(-2)!.end, leftPeople.at(-1)!.start))) pair = [leftPeople.at(-2), leftPeople.at(-1)]
  else if (!leftPeople.length && rightPeople.length >= 2) pair = [rightPeople[1], rightPeople[0]]
  else if (!leftPeople.length && rightPeople.length === 1 && firstOther(right, rightPeople[0]!.start) && text.slice(trigger.end, rightPeople[0]!.start).includes(',')) {
    // "At a meeting with the WHO, Speranza said": the person after the comma is the subject
    pair = [rightPeople[0], firstOther(right, rightPeople[0]!.start)]
  } else pair = [leftPeople.at(-1) ?? firstOther(left), rightPeople[0] ?? firstOther(right)]
  const [source, target] = pair
  if (!source || !target) return []
  const targets = [target]
  // counterparts named together after the first: "the leaders of the US, France and Germany"
  for (const m of right) {
    const last = targets.at(-1)!
    if (m.start < last.end || classOf(m) !== classOf(target) || m === source) continue
    const between = text.slice(last.end, m.start)
    if (!COORDINATION.test(between) && !(m.type === 'PERSON' && TITLED_COORDINATION.test(between))) break
    targets.push(m)
  }
  // people named together as the subject: "President Biden's and Vice President Harris' meetings with Marcos"
  const sources = [source]
  for (let k = left.indexOf(source) - 1; k >= 0 && left[k]!.type === 'PERSON' && POSSESSIVES_AND.test(text.slice(left[k]!.end, sources[0]!.start)); k--) sources.unshift(left[k]!)
  const candidate = (m: Mention): Candidate => ({mention: m, party: partyOf(m, people.countryOf)})
  return sources.flatMap(s => targets.map(t => [candidate(s), candidate(t)] as [Candidate, Candidate])).filter(([s, t]) => isContact(s, t))
}

/** Whether two parties make a contact: two different sides, at least one of them a person or a country's. */
function isContact(source: Candidate, target: Candidate): boolean {
  if (partyKey(source.party) === partyKey(target.party)) return false
  // a country alone on one side that is the other side's own country is not a counterpart ("Xi ... China")
  if ((!source.party.entityId || !target.party.entityId) && source.party.country === target.party.country) return false
  // two organizations with no person (a conference held by video link) are an event, not a contact between parties
  return !(source.mention.type === 'ORG' && target.mention.type === 'ORG')
}

/** Items with a sentence index (mentions, timexes), grouped by sentence: so each sentence looks only at its own. */
function groupBySentence<T extends {sentence: number}>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const item of items) {
    const group = groups.get(item.sentence)
    if (group) group.push(item)
    else groups.set(item.sentence, [item])
  }
  return groups
}

/** The date of the temporal expression of the trigger's sentence (`timexes`) nearest to it, if it names one. */
function dateOf(timexes: readonly Timex[], trigger: Trigger): string | null {
  let best: Timex | undefined
  let distance = Infinity
  for (const t of timexes) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || !/^\d{4}/.test(t.value)) continue
    const d = t.start >= trigger.end ? t.start - trigger.end : Math.max(0, trigger.start - t.end)
    if (d < distance) { best = t; distance = d }
  }
  return best ? best.value.replace(/T.*$/, '') : null
}

/**
 * Whether a vague past is said of the trigger ("recently", "in the past week", "over the last two months"): then the
 * contact has no date, rather than the lead's. A length ("a two-day visit") is not one.
 */
function vaguelyDated(text: string, timexes: readonly Timex[], trigger: Trigger): boolean {
  return timexes.some(t => (t.value === 'PAST_REF' || (t.type === 'DURATION' && /^(?:(?:in|over|during|for) )?the (?:past|last)\b/i.test(text.slice(t.start, t.end)))) &&
    (t.start >= trigger.end ? t.start - trigger.end : trigger.start - t.end) < 60)
}

/**
 * The day (YYYY-MM-DD) a date or time names, unless it is after publication: a day after it is a plan's ("will visit
 * China from September 9"), not one the story can have reported.
 */
function reportedDay(t: Timex, published: string | null | undefined): string | null {
  if ((t.type !== 'DATE' && t.type !== 'TIME') || !/^\d{4}-\d\d-\d\d/.test(t.value)) return null
  const day = t.value.slice(0, 10)
  return published && day > published ? null : day
}

/**
 * The day the sentence before (its timexes: `previous`) moved the narrative to ("Italy sought to rally support on
 * Wednesday. At the start of a crisis meeting with ..."), when it names one in the same paragraph.
 */
function narrativeDate(text: string, inputs: InteractionInputs, sentence: number, previous: readonly Timex[]): string | null {
  if (sentence === 0 || text.slice(inputs.sentences[sentence - 1]!.end, inputs.sentences[sentence]!.start).includes('\n\n')) return null
  let day: string | null = null
  for (const t of previous) day = reportedDay(t, inputs.published) ?? day
  return day
}

/** The story's date as the lead gives it (a day named in its first sentences), else the dateline's date. */
function leadDateOf(inputs: InteractionInputs): string | null {
  for (const t of inputs.timexes) {
    const day = t.sentence < 2 ? reportedDay(t, inputs.published) : null
    if (day) return day
  }
  return inputs.datelineDate ?? null
}
