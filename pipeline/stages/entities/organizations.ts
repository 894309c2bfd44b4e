/** Organizations the gazetteer does not know, recognized by their shape: "Ministry of Trade, Industry and Energy". */
import type {Token} from '../../text/tokens.js'
import {MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES} from '../timexes/lexicon.js'
import {titles} from './gazetteer.js'

/** Words that end (or, followed by "of", start) the name of an organization. */
export const ORG_KEYWORDS = new Set([
  'Organization', 'Organisation', 'Council', 'Committee', 'Commission', 'Ministry', 'Department', 'Agency', 'Bank', 'Fund', 'Party',
  'Association', 'Federation', 'Union', 'Institute', 'Institution', 'University', 'College', 'Academy', 'Corporation', 'Company', 'Group',
  'Forum', 'Office', 'Administration', 'Bureau', 'Authority', 'Court', 'Congress', 'Parliament', 'Assembly', 'Senate', 'Cabinet', 'Army',
  'Navy', 'Guard', 'Police', 'Network', 'Foundation', 'Center', 'Centre', 'Mechanism', 'Alliance', 'Coalition', 'League', 'Society',
  'Board', 'Secretariat', 'Embassy', 'Consulate', 'Initiative', 'Corridor', 'Expo', 'Exchange', 'Airlines', 'Airways', 'Bureau',
  'Movement', 'Front', 'Mission', 'Programme', 'Program', 'Service', 'Services', 'Trust', 'Times', 'Post', 'Daily', 'News',
  'Holdings', 'Industries', 'Group', 'Headquarters', 'Hall', 'Command', 'Airport', 'Museum', 'Library', 'Hospital', 'School', 'Station',
  'Centre', 'Community', 'Review', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Observer', 'Telegraph', 'Chronicle', 'Radio', 'Television',
  // a conference is a body when named by its organizer ("UN Climate Change Conference"), an event when "of" one ("Conference of the ...")
  'Conference', 'Mail',
])

/** Bodies that sit in a place, whose name "in" may carry on ("Embassy in Malaysia"). */
const SITED = new Set(['Embassy', 'Consulate', 'Mission', 'Office'])

/** Capitalized words that do not start an organization's name ("The CPEC ..." starts at "CPEC", "While the Congress" at "Congress"). */
const NOT_FIRST = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our', 'In', 'On', 'At', 'For', 'By',
  'With', 'And', 'But', 'Or', 'So', 'Both', 'While', 'When', 'Where', 'If', 'Though', 'Although', 'However', 'Meanwhile', 'Since', 'During',
  'After', 'Before', 'As', 'From', 'To', 'Of', 'All', 'Any', 'Some', 'Many', 'Most', 'Such', 'Other', 'Every', 'Each', 'Many', 'Under', 'Over',
  ...WEEKDAY_NAMES, ...MONTH_NAMES, 'Q', 'A', 'Mr', 'Ms', 'Mrs', 'Dr',
  'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Last', 'Next', 'Former'])

/** Company suffixes, which may carry a period and end a name ("Yunnan Airport Group Co. Ltd.", "Naviraj Estates Pvt. Ltd."). */
const SUFFIXES = new Set(['Co', 'Ltd', 'Inc', 'Corp', 'Pvt', 'LLC', 'PLC', 'Plc', 'GmbH', 'AG', 'SA', 'Limited'])

/** Words that may not follow "in", "on" or "with" in a name's continuation: dates. */
const DATE_WORDS = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, ...MONTH_ABBREVIATIONS])

/** Small words that may join the capitalized words of a name. */
const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'the', '&', 'de', 'in'])

/** Whether a token may stand in an organization's name: a capitalized word (or an acronym). */
function isOrgWord(token: Token | undefined): boolean {
  return token !== undefined && token.word && token.cap
}

/**
 * The end of an organization's name that starts at `at`, or undefined: capitalized words (joined by "of", "and"...)
 * ending in a keyword ("National Cultural Heritage Administration"), or a keyword followed by "of" and a name
 * ("Ministry of Trade, Industry and Energy"). `isTaken` says which tokens another mention already holds.
 */
export function organizationEnd(tokens: readonly Token[], at: number, isTaken: (i: number) => boolean, isPlace: (i: number) => number | undefined = () => undefined): number | undefined {
  if (!isOrgWord(tokens[at]) || isTaken(at) || NOT_FIRST.has(tokens[at]!.text)) return undefined
  // "Communist Party of China (CPC) Central Committee": words after an acronym's parenthesis continue that name
  if (tokens[at - 1]?.text === ')' && tokens[at - 2]?.upper && tokens[at - 3]?.text === '(') return undefined
  let lastKeyword = -1
  for (let i = at; i < tokens.length && i - at < 16 && !isTaken(i); i++) {
    const t = tokens[i]!
    if (t.sentence !== tokens[at]!.sentence) break
    // a company suffix with its period: "Co. Ltd."
    if (t.text === '.' && SUFFIXES.has(tokens[i - 1]?.text ?? '') && i - 1 > at) { lastKeyword = i + 1; continue }
    if (isOrgWord(t) && SUFFIXES.has(t.text) && i > at && tokens[i + 1]?.text !== '-') { lastKeyword = i + 1; continue }
    if (isOrgWord(t)) {
      // an article inside a run of capitals starts another sentence or name ("against Ortega The Organization of ...")
      if (i > at && (t.text === 'The' || t.text === 'A' || t.text === 'An')) break
      // a keyword right after "and" is another body's ("Singh and Congress")
      if (ORG_KEYWORDS.has(t.text) && tokens[i - 1]?.text === 'and' && i - 1 > at) break
      if (ORG_KEYWORDS.has(t.text)) lastKeyword = i + 1
      continue
    }
    // hyphenated words inside the name: "Indo-Asian News Service", "China-ASEAN Expo"
    if (t.text === '-' && t.start === tokens[i - 1]!.end && tokens[i + 1]?.start === t.end && isOrgWord(tokens[i + 1])) continue
    // "and" right after a keyword ends the name: "World Health Organization and European Union" are two
    if ((t.text === 'and' || t.text === '&') && i - 1 >= at && ORG_KEYWORDS.has(tokens[i - 1]!.text)) break
    // "Trade, Industry and Energy": a comma inside a list of capitalized words after "of"
    const isComma = t.text === ',' && isOrgWord(tokens[i + 1]) && tokens.slice(at, i).some(x => x.text === 'of')
    // "and" joins words of one name ("Development and Reform"), not an acronym and another name ("NCHA and China Daily")
    const joinsAcronym = (t.text === 'and' || t.text === '&') && tokens[i - 1]?.upper
    // "of" follows a keyword ("Bank of China"); after a person's name it does not join ("Huang Wenliang of Singapore Changi Airport")
    if ((t.text === 'of' || t.text === 'in' || t.text === 'on') && lastKeyword === -1) break
    if ((CONNECTORS.has(t.text) || isComma) && !joinsAcronym && isOrgWord(tokens[i + 1])) continue
    break
  }
  const first = tokens[at]!
  // a keyword then "of", "for" or "on": the name runs on ("Ministry of Foreign Affairs", "Center for Infection and Immunity");
  // a body that sits somewhere, then "in" ("Embassy in Malaysia")
  const joiner = tokens[at + 1]?.text
  if (ORG_KEYWORDS.has(first.text) && first.text !== 'Conference' && (joiner === 'of' || joiner === 'for' || joiner === 'on' || (SITED.has(first.text) && joiner === 'in'))) {
    const on = continuation(tokens, at + 1, isTaken, isPlace)
    if (on > at + 2) return on
  }
  // capitalized words ending in a keyword, more than the keyword alone, and what carries the name on after it
  if (lastKeyword > at + 1) return continuation(tokens, lastKeyword, isTaken, isPlace)
  return undefined
}

/**
 * After an organization's keyword, "of/for/on (the) Capitalized Words" that carry its name on ("Council for the
 * Promotion of International Trade", "Commission on Trade and Economic Cooperation"); "in" only after a body that sits
 * somewhere ("Embassy in Malaysia"); never into a date. A place ends it: the words after "of China" are not the body's ("... of China Zhou Laizhen").
 */
function continuation(tokens: readonly Token[], end: number, isTaken: (i: number) => boolean, isPlace: (i: number) => number | undefined): number {
  const joiner = tokens[end]?.text ?? ''
  const sited = SITED.has(tokens[end - 1]?.text ?? '')
  if (!(joiner === 'of' || joiner === 'for' || joiner === 'on' || (sited && joiner === 'in'))) return end
  let k = end + 1
  if (tokens[k]?.text === 'the') k++
  let last = end
  // "Trade, Industry and Energy": a comma joins only a list that "and" closes
  let beforeComma = -1
  for (; k < tokens.length && !isTaken(k) && tokens[k]!.sentence === tokens[end]!.sentence; k++) {
    const t = tokens[k]!
    if (DATE_WORDS.has(t.text)) break
    const place = isPlace(k)
    if (place !== undefined) {
      // "of the UK's Government ...": the place belongs to what follows it
      if (tokens[place]?.key !== "'s") last = place
      break
    }
    if (isOrgWord(t)) { last = k + 1; continue }
    // "Ministry of Foreign Affairs and Ministry of Commerce" are two; "... Commission and Foreign Minister Wang Yi" a title
    if (t.text === 'and' && ORG_KEYWORDS.has(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === 'of') break
    if (t.text === 'and' && titles.longest(tokens, k + 1)) break
    // "in" carries the name of a body that sits somewhere, not "University of ... in Beijing"
    if (t.text === 'in' && !sited) break
    if (t.text === 'and' && beforeComma !== -1) beforeComma = -1
    if (t.text === ',' && isOrgWord(tokens[k + 1]) && beforeComma === -1) { beforeComma = last; continue }
    if ((CONNECTORS.has(t.text) || t.text === '-') && isOrgWord(tokens[k + 1])) continue
    // "of the Central Committee of the Communist Party of China"
    if (t.text === 'of' && tokens[k + 1]?.text === 'the' && isOrgWord(tokens[k + 2])) { k++; continue }
    break
  }
  return beforeComma !== -1 ? beforeComma : last
}
