/**
 * Entity mentions of a clean text: one pass over its tokens (titles and the people after them, gazetteer phrases,
 * organization shapes, people by context), then a linking pass (acronyms defined in the text, bare surnames).
 */
import type {Span} from '../../text/sentences.js'
import {countryByCode, entityIdOf, gazetteer, isCountryId, metonyms, OFFICE_WORDS, peopleBySurname, preferred, titles, type EntityType, type GazetteerEntry} from './gazetteer.js'
import {isNameWord, nameEnd, textOf} from './names.js'
import {ORG_KEYWORDS, organizationEnd} from './organizations.js'
import {tokenize, type Token} from '../../text/tokens.js'
import {WEEKDAY_NAMES} from '../timexes/lexicon.js'

/** The type of a mention: its entity's type, or NORP for a nationality or country adjective. */
export type MentionType = EntityType | 'NORP'

/** The entity a mention refers to. */
export interface EntityRef {
  id: string
  type: EntityType
  name: string
  country: string | null
}

/** The reference to an entity found by its name (not in the gazetteer). */
function namedEntity(type: EntityType, name: string, country: string | null = null): EntityRef {
  return {id: entityIdOf(type, name), type, name, country}
}

/** One mention of an entity in the clean text (UTF-16 offsets). */
export interface Mention {
  start: number
  end: number
  type: MentionType
  entity: EntityRef
  /** The affiliation read from the context (a person's nationality), else the entity's own country. */
  country: string | null
  /** The title as written before a person's name ("State Councilor and Foreign Minister"). */
  role: string | null
  sentence: number
}

/** A mention while the text is read: token indexes instead of offsets. */
interface Draft {
  from: number
  to: number
  type: MentionType
  entity: EntityRef
  country: string | null
  role: string | null
}

/** Honorifics: they show that a name follows, but are not a role. */
const HONORIFICS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sir', 'Madam', 'Lord', 'Lady', 'Mr', 'Mrs', 'Ms', 'Dr', "Dato'", 'Dato', 'Datuk', 'Tan Sri', 'Shri', 'Smt.'])

/** Lower-case words after which a capitalized name is an organization's ("news agency Bernama", "carrier Air Asia"). */
const ORG_CUES = new Set(['agency', 'agencies', 'newspaper', 'newspapers', 'broadcaster', 'carrier', 'airline', 'firm', 'company', 'conglomerate',
  'brand', 'exporter', 'maker', 'giant', 'operator', 'retailer', 'lender', 'insurer', 'startup', 'automaker', 'chipmaker', 'channel',
  'magazine', 'website', 'tabloid', 'daily', 'tank', 'party', 'group', 'organization', 'organisation', 'union'])

/** Words that may stand between a name and its verb ("Rob Portman Saturday said"). */
const TIME_WORDS = new Set([...WEEKDAY_NAMES, 'today', 'yesterday', 'also', 'then', 'later', 'earlier', 'again', 'recently', 'further'])

/** Small words inside the affiliation of a title ("Speaker of the US House of Representatives"). */
const AFFILIATION_JOINS = new Set(['the', 'of', 'and', 'on', 'for', 'in', "'s", '&'])

/** Capitalized words that name a state's body in a title's affiliation ("President of the Government", "of the Republic"). */
const AFFILIATION_BODIES = new Set(['Government', 'Republic', 'State', 'Kingdom', 'Principality'])

/** Verbs that people, not places or bodies, do right after their name ("Ebrard said", "Bunye neither confirmed"). */
const AFTER_NAME = new Set(['said', 'says', 'told', 'added', 'noted', 'stressed', 'urged', 'announced', 'asked', 'replied', 'explained',
  'warned', 'wrote', 'emphasized', 'emphasised', 'pointed', 'expressed', 'called', 'underlined', 'underscored', 'hailed', 'thanked',
  'welcomed', 'agreed', 'reiterated', 'spoke', 'met', 'visited', 'signed', 'stated', 'insisted', 'neither', 'argued', 'recalled',
  'tweeted', 'congratulated', 'invited', 'praised', 'vowed', 'pledged', 'accused', 'criticized', 'criticised', 'condemned', 'contributed', 'cited',
  'targeted', 'alleged', 'claimed', 'denied', 'confirmed', 'suggested', 'admitted'])

/** Words right before a person's name, perhaps with a comma between, that say one follows ("counterpart, Andres Manuel Lopez Obrador"). */
const BEFORE_NAME = new Set(['said', 'says', 'counterpart', 'counterparts'])

/** Words that, after a capital, say it is a place, not a government ("talks in Beijing"). */
const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'inside', 'across', 'around', 'into', 'via', 'visited', 'visit', 'visiting', 'toured', 'leave', 'left', 'reached', 'arrived', 'arrive'])

/** A role word after a name and a comma, lower case: "Ignacio Bunye, presidential spokesman", "Chong Ja Ian, an associate professor". */
const APPOSITIVE_ROLE = /^(?:visiting|president|minister|spokesman|spokesperson|spokeswoman|secretary|chairman|chairwoman|chair|ambassador|envoy|director|head|chief|leader|premier|governor|mayor|senator|professor|analyst|expert|researcher|official|adviser|advisor|deputy|vice|former|presidential|foreign|prime|general|executive|founder|editor|correspondent|principal|member|lecturer|scholar|economist|scientist|lawyer|journalist|reporter|activist|businessman|businesswoman|author|writer|diplomat|representative|coordinator|commissioner|owner|manager|teacher|doctor|student|resident|housewife|fellow)$/

/** Role nouns right before a person's name, lower case, that are not titles: "expert Zhong Nanshan", "offender Mehul Choksi". */
const ROLE_NOUNS = new Set(['expert', 'doctor', 'scientist', 'economist', 'analyst', 'researcher', 'scholar', 'professor', 'lawyer', 'journalist',
  'reporter', 'correspondent', 'activist', 'businessman', 'businesswoman', 'tycoon', 'billionaire', 'author', 'writer', 'official', 'diplomat',
  'leader', 'leaders', 'offender', 'fugitive', 'dissident', 'whistleblower', 'candidate', 'lawmaker', 'legislator', 'teacher', 'student', 'artist', 'singer', 'actor', 'actress', 'coach', 'player'])

/** The entity of a gazetteer entry. */
function refOf(entry: GazetteerEntry): EntityRef {
  return {id: entry.entityId, type: entry.type, name: entry.name, country: entry.country}
}

/** A gazetteer phrase at a token: where it ends (token index) and the entry it names. */
interface Match {
  end: number
  entry: GazetteerEntry
}

/** The longest gazetteer phrase at each token of `tokens`, looked up once per token however often asked. */
function gazetteerMatcher(tokens: readonly Token[]): (k: number) => Match | undefined {
  const cache: Array<Match | null | undefined> = new Array(tokens.length)
  return k => {
    let match = cache[k]
    if (match === undefined) {
      const g = k < tokens.length ? gazetteer.longest(tokens, k) : undefined
      match = g ? {end: g[0], entry: preferred(g[1])} : null
      cache[k] = match
    }
    return match ?? undefined
  }
}

/** The mentions of entities in `text`, in order, not overlapping. */
export function extractMentions(text: string, sentences: readonly Span[], tokens: readonly Token[] = tokenize(text, sentences)): Mention[] {
  const owner = new Int32Array(tokens.length).fill(FREE)
  markLinks(text, tokens, owner)
  const drafts: Draft[] = []
  const acronyms = new Map<string, EntityRef>()
  const isTaken = (i: number) => owner[i] !== FREE
  const matchAt = gazetteerMatcher(tokens)
  /** Where a country or place that starts at token `k` ends, if one does. */
  const placeEnd = (k: number): number | undefined => {
    const g = matchAt(k)
    const entry = g?.entry
    return entry && !entry.adjective && (entry.kind === 'country' || entry.kind === 'capital' || entry.kind === 'place') ? g!.end : undefined
  }
  const orgEnd = (k: number) => organizationEnd(tokens, k, isTaken, placeEnd)
  const spelledOut = spelledOutNames(tokens)
  const add = (draft: Draft): void => {
    for (let k = draft.from; k < draft.to; k++) owner[k] = drafts.length
    drafts.push(draft)
    // "World Health Organization (WHO)": the acronym is a mention of the same organization, here and from here on
    const acr = tokens[draft.to + 1]
    if (draft.type === 'ORG' && tokens[draft.to]?.text === '(' && acr?.upper && tokens[draft.to + 2]?.text === ')' && owner[draft.to + 1] === FREE) {
      acronyms.set(acr.text, draft.entity)
      add({from: draft.to + 1, to: draft.to + 2, type: 'ORG', entity: draft.entity, country: draft.country, role: null})
    }
  }

  /** The draft that ends right before token `at` (skipping a possessive 's), if any. */
  const draftBefore = (at: number): Draft | undefined => {
    let k = at - 1
    if (tokens[k]?.key === "'s") k--
    return k >= 0 && owner[k]! >= 0 ? drafts[owner[k]!] : undefined
  }

  /** The first country the tokens [from, to) name ("Minister of Foreign Affairs of Viet Nam"), or null. */
  const countryWithin = (from: number, to: number): string | null => {
    for (let k = from; k < to; k++) {
      const g = matchAt(k)
      const entry = g?.entry
      if (entry && (entry.kind === 'country' || entry.kind === 'capital')) return entry.country
    }
    return null
  }

  /** "of Peru" after a name: the country. */
  const countryAfter = (at: number): string | null => {
    if (tokens[at]?.text !== 'of') return null
    const g = matchAt(at + 1)
    const entry = g?.entry
    return entry && (entry.kind === 'country' || entry.kind === 'capital') ? entry.country : null
  }

  /** Whether a country, capital, region or body (not a person, nor a city that is also a surname: Lagos) starts at token `k`. */
  const startsKnown = (k: number): boolean => {
    const g = matchAt(k)
    return g !== undefined && g.entry.kind !== 'person' && g.entry.kind !== 'place'
  }

  /** A person at token `at` (a known one, or a name), with the token index after it; never a known place or body. */
  const personAt = (at: number): {to: number; entity: EntityRef} | undefined => {
    const g = matchAt(at)
    if (g?.entry.kind === 'person') return {to: g.end, entity: refOf(g.entry)}
    if (g) return undefined
    const end = nameEnd(tokens, at, startsKnown)
    if (end === undefined) return undefined
    const name = textOf(text, tokens, at, end)
    if (end - at === 1) {
      // a bare surname after a title: a known person of that surname, if only one
      const known = peopleBySurname.get(name)
      if (known?.length === 1) return {to: end, entity: refOf(known[0]!)}
    }
    return {to: end, entity: namedEntity('PERSON', name)}
  }

  // single capitalized words that act like people ("Nolton said"): a name ending in one is a person
  const surnamesThatAct = new Set<string>()
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (isNameWord(tokens[k]) && !isNameWord(tokens[k - 1]) && AFTER_NAME.has(verbAfter(tokens, k + 1)?.text ?? '')) surnamesThatAct.add(tokens[k]!.text)
  }

  // pass 1: titles with the people after them, gazetteer phrases, organization shapes, people by context
  for (let i = 0; i < tokens.length;) {
    if (isTaken(i)) { i++; continue }
    // a word in lower case can only start a title ("president Xi"), a gazetteer phrase or a ministry ("foreign ministry")
    const token = tokens[i]!
    if (!token.cap && !titles.startsWith(token.key) && !gazetteer.startsWith(token.key) && tokens[i + 1]?.text !== 'ministry') { i++; continue }
    // an acronym the text has defined, unless it starts a longer organization's name
    const defined = tokens[i]!.upper ? acronyms.get(tokens[i]!.text) : undefined
    if (defined && !((orgEnd(i) ?? 0) > i + 1)) {
      add({from: i, to: i + 1, type: 'ORG', entity: defined, country: defined.country, role: null})
      i++
      continue
    }
    // a chain of titles ("State Councilor and Foreign Minister", "Health Minister", "Minister of Social Affairs") before a name
    const {titlesEnd, end: chainEnd} = titleChain(tokens, i, matchAt, orgEnd)
    // "Toke Talagi, prime minister of Niue, Xi said": a title between commas after a person is that person's, not Xi's
    const appositiveOf = tokens[i - 1]?.text === ',' ? draftBefore(i - 1) : undefined
    if (chainEnd > i && appositiveOf?.type === 'PERSON' && appositiveOf.to === i - 1 && tokens[chainEnd]?.text === ',') {
      appositiveOf.country ??= countryWithin(i, chainEnd)
      appositiveOf.role ??= textOf(text, tokens, i, chainEnd)
      i = Math.max(titlesEnd, i + 1)
      continue
    }
    if (chainEnd > i) {
      const nameAt = tokens[chainEnd]?.text === ',' ? chainEnd + 1 : chainEnd
      // a body's name after a title is not a person's ("General Administration of Customs")
      let person = isTaken(nameAt) || orgEnd(nameAt) !== undefined ? undefined : personAt(nameAt)
      // after a title with an affiliation, a one-word name must be a surname the article or the gazetteer knows
      if (person && chainEnd > titlesEnd && person.to - nameAt === 1 && !peopleBySurname.has(tokens[nameAt]!.text) && !surnamesThatAct.has(tokens[nameAt]!.text)) person = undefined
      if (person) {
        const before = draftBefore(i)
        const roleText = textOf(text, tokens, i, chainEnd)
        const orgBefore = before?.type === 'ORG' && before.to === i ? textOf(text, tokens, before.from, before.to) + ' ' : ''
        const role = HONORIFICS.has(roleText) ? null : orgBefore + roleText
        const affiliation = (before && before.type !== 'PERSON' ? before.entity.country : null) ?? countryAfter(person.to) ?? countryWithin(i, nameAt)
        add({from: nameAt, to: person.to, type: 'PERSON', entity: person.entity, country: affiliation ?? person.entity.country, role})
        // the words of the title's affiliation ("of the United Nations General Assembly") are read on their own
        i = titlesEnd
        continue
      }
    }
    // a name spelled out before its acronym ("Rashtriya Swayamsevak Sangh (RSS)"), unless the gazetteer knows it
    const g = matchAt(i)
    const spelled = spelledOut.get(i)
    if (spelled !== undefined && !g && !tokens.slice(i, spelled).some((_, k) => isTaken(i + k))) {
      const name = textOf(text, tokens, i, spelled)
      add({from: i, to: spelled, type: 'ORG', entity: namedEntity('ORG', name), country: null, role: null})
      i = spelled
      continue
    }
    // a gazetteer phrase, unless an organization's name runs on past it ("CPEC Political Parties Joint Consultation Mechanism")
    const longerOrg = g && g.entry.kind !== 'person' ? orgEnd(i) : undefined
    if (g && !(longerOrg !== undefined && longerOrg > g.end)) {
      const entry = g.entry
      const to = g.end
      if (entry.kind === 'person') {
        add({from: i, to, type: 'PERSON', entity: refOf(entry), country: countryAfter(to) ?? entry.country, role: null})
      } else if (entry.adjective) {
        add({from: i, to, type: 'NORP', entity: refOf(entry), country: entry.country, role: null})
      } else if (entry.kind === 'capital' && !LOCATIVE.has(tokens[i - 1]?.text ?? '')) {
        // a capital that acts ("Beijing said", "contacts with Seoul") stands for its country's government, or a body ("Brussels")
        const body = metonyms.get(entry.name)
        const country = countryByCode.get(entry.capitalOf!)
        if (body) add({from: i, to, type: 'ORG', entity: refOf(body), country: body.country, role: null})
        else add({from: i, to, type: 'GPE', entity: refOf(country ?? entry), country: entry.capitalOf!, role: null})
      } else {
        add({from: i, to, type: entry.type, entity: refOf(entry), country: entry.country, role: null})
      }
      i = to
      continue
    }
    // an organization by its shape
    const shapeEnd = orgEnd(i)
    if (shapeEnd !== undefined) {
      const name = textOf(text, tokens, i, shapeEnd)
      const before = draftBefore(i)
      add({from: i, to: shapeEnd, type: 'ORG', entity: namedEntity('ORG', name, before?.type === 'NORP' ? before.entity.country : null), country: null, role: null})
      i = shapeEnd
      continue
    }
    // a ministry in lower case after "the" or a country ("China's foreign ministry", "the Chinese health ministry")
    if (tokens[i + 1]?.text === 'ministry' && OFFICE_WORDS.has(capitalized(tokens[i]!.text)) && !tokens[i]!.cap) {
      const before = draftBefore(i)
      const country = before && before.to >= i - 1 && (before.type === 'NORP' || before.type === 'GPE') ? before.entity.country : null
      if (country || tokens[i - 1]?.text.toLowerCase() === 'the') {
        const name = `${capitalized(tokens[i]!.text)} Ministry`
        add({from: i, to: i + 2, type: 'ORG', entity: namedEntity('ORG', name, country), country, role: null})
        i += 2
        continue
      }
    }
    // a name after a word that says a body follows ("news agency Bernama", "carrier Air Asia")
    if (ORG_CUES.has(tokens[i - 1]?.text ?? '') && tokens[i]!.cap && tokens[i]!.word) {
      let end = i + 1
      while (end < i + 4 && tokens[end]?.cap && tokens[end]!.word && !isTaken(end) && !startsKnown(end)) end++
      const name = textOf(text, tokens, i, end)
      add({from: i, to: end, type: 'ORG', entity: namedEntity('ORG', name), country: null, role: null})
      i = end
      continue
    }
    // a person by context: a name of two words or more, said to act or introduced
    const end = nameEnd(tokens, i, startsKnown)
    if (end !== undefined && end - i >= 2 && personContext(tokens, i, end, surnamesThatAct)) {
      const person = personAt(i)!
      const before = draftBefore(tokens[i - 1]?.text === ',' ? i - 1 : i)
      const affiliation = before?.type === 'NORP' || (before?.type === 'GPE' && isCountryId(before.entity.id)) ? before.entity.country : null
      add({from: i, to: person.to, type: 'PERSON', entity: person.entity, country: affiliation ?? countryAfter(person.to) ?? person.entity.country, role: null})
      i = person.to
      continue
    }
    i++
  }

  // the whole name around token `k`, over free tokens of one sentence: [start, end)
  const nameAround = (k: number): [number, number] => {
    let start = k
    while (start > 0 && owner[start - 1] === FREE && isNameWord(tokens[start - 1]) && tokens[start - 1]!.end + 1 === tokens[start]!.start) start--
    let end = nameEnd(tokens, start, startsKnown) ?? k + 1
    for (let e = start; e < end; e++) if (owner[e] !== FREE) { end = e; break }
    return [start, Math.max(end, k + 1)]
  }
  linkWithinText(text, tokens, drafts, owner, acronyms, nameAround, add)
  return drafts
    .map(d => ({start: tokens[d.from]!.start, end: tokens[d.to - 1]!.end, type: d.type, entity: d.entity, country: d.country, role: d.role, sentence: tokens[d.from]!.sentence}))
    .sort((a, b) => a.start - b.start)
}

/** A word with its first letter in upper case. */
function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** `owner` of a token no mention holds yet; `LINK` marks a token inside a web address, which no mention may take. */
const FREE = -1
const LINK = -2

/** Web addresses ("//img2.chinadaily.com.cn/images/..."): their words name nothing. */
const WEB_ADDRESS = /(?:https?:)?\/\/\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|cn|uk|in|io)(?:\/\S*)?\b/gi

/** Marks the tokens inside web addresses as taken. */
function markLinks(text: string, tokens: readonly Token[], owner: Int32Array): void {
  if (!text.includes('//') && !text.includes('www.') && !/\.(?:com|org|net|gov|edu|int|cn|uk|in|io)\b/i.test(text)) return
  let k = 0
  for (const m of text.matchAll(WEB_ADDRESS)) {
    const end = m.index + m[0].length
    while (k < tokens.length && tokens[k]!.end <= m.index) k++
    for (; k < tokens.length && tokens[k]!.start < end; k++) owner[k] = LINK
  }
}

/** Last words of names spelled out before an acronym that are not bodies ("Free Trade Agreement (FTA)", "Domain Name System (DNS)"). */
const NOT_BODIES = new Set(['Agreement', 'Treaty', 'Act', 'Accord', 'Accords', 'Protocol', 'System', 'Summit', 'Convention', 'Declaration',
  'Partnership', 'Law', 'Bill', 'Plan', 'Strategy', 'Framework', 'Index', 'Rate', 'Product', 'Zone', 'Area', 'Pipeline', 'Project', 'Scheme',
  'Syndrome', 'Disease', 'Virus', 'Test', 'Standard', 'Time', 'Ratio', 'Dialogue', 'Talks', 'Conference', 'Games', 'Cup', 'Mechanism'])

/** Small words that may stand inside a name spelled out before its acronym. */
const SPELLED_JOINS = new Set(['of', 'and', 'for', 'the', 'on', '&', "'s", '-'])

/**
 * Names followed by their acronym, whose capitals spell it ("Prime Minister's National Relief Fund (PMNRF)",
 * "Indo-Asian News Service (IANS)"): where each starts (token index) and ends.
 */
function spelledOutNames(tokens: readonly Token[]): Map<number, number> {
  const found = new Map<number, number>()
  for (let p = 2; p + 2 < tokens.length; p++) {
    const acronym = tokens[p + 1]!
    if (tokens[p]!.text !== '(' || !acronym.upper || tokens[p + 2]!.text !== ')' || acronym.text.length < 2 || acronym.text.length > 8) continue
    // walk back over the capitalized words, collecting their initials, until they spell the acronym
    let initials = ''
    for (let s = p - 1; s >= 0 && p - s <= 14 && tokens[s]!.sentence === acronym.sentence; s--) {
      const t = tokens[s]!
      if (t.word && t.cap) {
        initials = t.text[0] + initials
        if (initials.length > acronym.text.length) break
        if (initials === acronym.text && initials.length >= 2) {
          // "World Summit on the Information Society (WSIS)" is an event: no word of it may be a non-body's, unless a body's word ends it
          const words = tokens.slice(s, p).filter(w => w.word && w.cap)
          if (ORG_KEYWORDS.has(words.at(-1)!.text) ? !NOT_BODIES.has(words.at(-1)!.text) : !words.some(w => NOT_BODIES.has(w.text))) found.set(s, p)
          break
        }
        continue
      }
      if (!SPELLED_JOINS.has(t.key)) break
    }
  }
  return found
}

/** The token after `at` that may be a name's verb: past a comma and words of time ("Portman Saturday said"). */
function verbAfter(tokens: readonly Token[], at: number): Token | undefined {
  let k = at
  if (tokens[k]?.text === ',') k++
  while (TIME_WORDS.has(tokens[k]?.text ?? '')) k++
  return tokens[k]
}

/**
 * A chain of titles starting at `at` ("State Councilor and Foreign Minister"), with words of an office before it
 * ("Health Commissioner") and an affiliation after "of" ("Minister of Interior", "Speaker of the US House of
 * Representatives"): where the titles end and where the whole chain ends (both `at` when no title starts there).
 */
function titleChain(tokens: readonly Token[], at: number, matchAt: (k: number) => Match | undefined, orgEnd: (k: number) => number | undefined): {titlesEnd: number; end: number} {
  let start = at
  while (tokens[start]?.cap && OFFICE_WORDS.has(tokens[start]!.text) && !titles.longest(tokens, start)) start++
  // a body among the office words is a mention of its own ("Foreign Ministry spokesperson", "European Union Health Commissioner")
  for (let k = at; k < start; k++) {
    const g = matchAt(k)
    if ((g && g.end <= start && g.entry.kind !== 'person') || (orgEnd(k) ?? Infinity) <= start) return {titlesEnd: at, end: at}
  }
  let end = start
  for (let t = titles.longest(tokens, end); t; t = titles.longest(tokens, end)) {
    end = t[0]
    if (tokens[end]?.text !== 'and' || !titles.longest(tokens, end + 1)) break
    end++
  }
  if (end === start) return {titlesEnd: at, end: at}
  if (tokens[end]?.text !== 'of') return {titlesEnd: end, end}
  // "of" and the words of a body or a place, up to the name
  let k = end + 1
  for (;;) {
    const t = tokens[k]
    if (!t) break
    const g = matchAt(k)
    if (g && g.entry.kind !== 'person') { k = g.end; continue }
    const org = orgEnd(k)
    if (org !== undefined) { k = org; continue }
    if (AFFILIATION_JOINS.has(t.key) || /^\d+(?:st|nd|rd|th)$/.test(t.text) || (t.cap && (OFFICE_WORDS.has(t.text) || ORG_KEYWORDS.has(t.text) || AFFILIATION_BODIES.has(t.text)))) { k++; continue }
    break
  }
  return {titlesEnd: end, end: k > end + 1 ? k : end}
}

/** Whether the name at tokens [from, to) is a person by its context: a verb of saying after it, a cue before it. */
function personContext(tokens: readonly Token[], from: number, to: number, surnamesThatAct: ReadonlySet<string>): boolean {
  // words of offices and bodies only ("National Intelligence said") name no one
  if (tokens.slice(from, to).every(t => !t.word || OFFICE_WORDS.has(t.text) || ORG_KEYWORDS.has(t.text))) return false
  const after = verbAfter(tokens, to)
  if (after && AFTER_NAME.has(after.text)) return true
  // the article has this surname acting alone elsewhere ("James Ryan Nolton ... Nolton said")
  if (surnamesThatAct.has(tokens[to - 1]!.text)) return true
  // "Zhao Lijian: ..." at the start of a turn
  if (tokens[to]?.text === ':' && tokens[from]!.first) return true
  const beforeAt = tokens[from - 1]?.text === ',' ? from - 2 : from - 1
  const before = tokens[beforeAt]
  if (before && BEFORE_NAME.has(before.text)) return true
  if (before?.text === 'to' && tokens[beforeAt - 1]?.text === 'according') return true
  if (tokens[from - 1] && ROLE_NOUNS.has(tokens[from - 1]!.text)) return true
  // "Ignacio Bunye, presidential spokesman", "Chong Ja Ian, an associate professor", "Paul Trivelli, the United States ambassador"
  if (tokens[to]?.text === ',') {
    let k = to + 1
    if (['the', 'a', 'an'].includes(tokens[k]?.text ?? '')) k++
    for (let n = 0; n < 5 && tokens[k]?.word; n++, k++) {
      if (!tokens[k]!.cap && APPOSITIVE_ROLE.test(tokens[k]!.text)) return true
      if (!tokens[k]!.cap && n >= 3) break
    }
  }
  return false
}

/** Pass 2: acronyms used before the text defines them, and bare surnames of people the text names in full. */
function linkWithinText(
  text: string, tokens: readonly Token[], drafts: Draft[], owner: Int32Array, acronyms: ReadonlyMap<string, EntityRef>,
  nameAround: (k: number) => [number, number], add: (d: Draft) => void,
): void {
  // the aliases of each person named in the text: first and last words, and the paternal surname of Spanish names
  const aliases = new Map<string, Array<{entity: EntityRef; at: number; country: string | null}>>()
  const register = (alias: string, entity: EntityRef, at: number, country: string | null) => {
    const list = aliases.get(alias) ?? []
    if (!list.some(x => x.entity.id === entity.id)) list.push({entity, at, country})
    aliases.set(alias, list)
  }
  for (const d of drafts) {
    if (d.type !== 'PERSON') continue
    const words = tokens.slice(d.from, d.to).filter(t => t.word && isNameWord(t) && t.text.length > 1).map(t => t.text)
    const surname = peopleBySurname.get(words[0] ?? '') ? words[0] : undefined
    for (const alias of new Set([words[0], words.at(-1), surname, words.length >= 3 ? words.at(-2) : undefined, words.length >= 3 ? words.slice(-2).join(' ') : undefined])) {
      if (alias) register(alias, d.entity, d.from, d.country)
    }
  }
  // the initials of the organizations the text names in full ("National Cyber Security Centre" -> NCSC)
  const byInitials = new Map<string, EntityRef>()
  for (const d of drafts) {
    const capitals = tokens.slice(d.from, d.to).filter(t => t.word && t.cap)
    if (d.type === 'ORG' && capitals.length >= 3) byInitials.set(capitals.map(t => t.text[0]).join(''), d.entity)
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (owner[i] !== FREE || !token.word || !token.cap) continue
    const acronym = acronyms.get(token.text) ?? (token.upper ? byInitials.get(token.text) : undefined)
    if (acronym) { add({from: i, to: i + 1, type: 'ORG', entity: acronym, country: acronym.country, role: null}); continue }
    // two-word surnames first ("Lopez Obrador"), then one word
    const two = owner[i + 1] === FREE && tokens[i + 1]?.cap ? aliases.get(`${token.text} ${tokens[i + 1]!.text}`) : undefined
    const candidates = two ?? aliases.get(token.text)
    const to = two ? i + 2 : i + 1
    if (candidates) {
      // a name word inside a longer name is that longer name ("Sonia Gandhi" when "Rahul Gandhi" was named)
      const [start, end] = two ? [i, to] : nameAround(i)
      if (end - start > 1 && !two) {
        const name = text.slice(tokens[start]!.start, tokens[end - 1]!.end)
        const same = candidates.find(c => c.entity.name === name)
        add({from: start, to: end, type: 'PERSON', entity: same?.entity ?? namedEntity('PERSON', name), country: same?.country ?? null, role: null})
        i = end - 1
        continue
      }
      // the nearest person before this mention with that name, else the first after it
      const chosen = [...candidates].filter(c => c.at < i).sort((a, b) => b.at - a.at)[0] ?? candidates[0]!
      add({from: i, to, type: 'PERSON', entity: chosen.entity, country: chosen.country, role: null})
      continue
    }
    // a surname of a person so often in the news that it means them alone ("Xi", "Putin")
    const known = peopleBySurname.get(token.text)?.filter(p => p.alone)
    if (known?.length === 1 && !isNameWord(tokens[i + 1])) add({from: i, to: i + 1, type: 'PERSON', entity: refOf(known[0]!), country: known[0]!.country, role: null})
  }
}
