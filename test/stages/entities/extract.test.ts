import {describe, expect, it} from 'vitest'
import {extractMentions} from '../../../pipeline/stages/entities/extract.js'
import {splitSentences} from '../../../pipeline/text/sentences.js'

/** The mentions of `text` as [text, type, entity id] (and role, country when asked). */
function mentions(text: string) {
  return extractMentions(text, splitSentences(text)).map(m => ({text: text.slice(m.start, m.end), type: m.type, id: m.entity.id, role: m.role, country: m.country}))
}
const brief = (text: string) => mentions(text).map(m => `${m.text}/${m.type}/${m.id}`)

describe('extractMentions(text, sentences)', () => {
  it('reads a person with the title as written and the country the nationality gives', () => {
    expect(mentions('Chinese State Councilor and Foreign Minister Wang Yi said Thursday.')).toEqual([
      {text: 'Chinese', type: 'NORP', id: 'GPE:CHN', role: null, country: 'CHN'},
      {text: 'Wang Yi', type: 'PERSON', id: 'PERSON:wang-yi', role: 'State Councilor and Foreign Minister', country: 'CHN'},
    ])
  })

  it('takes the affiliation from a counterpart, a possessive and "of Peru"', () => {
    const found = mentions("his Mexican counterpart, Andres Manuel Lopez Obrador, met Mexico's Foreign Affairs Minister Marcelo Ebrard and President Juan Perez of Peru.")
    expect(found.find(m => m.text === 'Andres Manuel Lopez Obrador')).toMatchObject({id: 'PERSON:andres-manuel-lopez-obrador', country: 'MEX'})
    expect(found.find(m => m.text === 'Marcelo Ebrard')).toMatchObject({role: 'Foreign Affairs Minister', country: 'MEX'})
    expect(found.find(m => m.text === 'Juan Perez')).toMatchObject({role: 'President', country: 'PER'})
  })

  it('gives a title between commas to the person before it, and reads a state body in a title\'s affiliation', () => {
    const found = mentions('While meeting with Toke Talagi, prime minister of Niue, Xi said ties are good. He called the President of the Government Pedro Sanchez.')
    expect(found.find(m => m.text === 'Toke Talagi')).toMatchObject({country: 'NIU', role: 'prime minister of Niue'})
    expect(found.find(m => m.text === 'Xi')).toMatchObject({id: 'PERSON:xi-jinping', country: 'CHN', role: null})
    expect(found.find(m => m.text === 'Pedro Sanchez')).toMatchObject({type: 'PERSON', role: 'President of the Government'})
  })

  it('ends an organization\'s name before "and" and a title of the person after it', () => {
    expect(brief('Jake Sullivan met Director of the Office of the Foreign Affairs Commission and Foreign Minister Wang Yi in Washington.'))
      .toContain('Wang Yi/PERSON/PERSON:wang-yi')
  })

  it('links later bare surnames to the person named in full, and a paternal surname to a Spanish double one', () => {
    expect(brief('Foreign Minister Mario Lopez spoke. Lopez said yes. President Andres Manuel Lopez Obrador agreed, and Lopez Obrador smiled.')).toEqual([
      'Mario Lopez/PERSON/PERSON:mario-lopez', 'Lopez/PERSON/PERSON:mario-lopez',
      'Andres Manuel Lopez Obrador/PERSON/PERSON:andres-manuel-lopez-obrador', 'Lopez Obrador/PERSON/PERSON:andres-manuel-lopez-obrador',
    ])
  })

  it('reads nationalities and compounds of country names as mentions of each country', () => {
    expect(brief('Sino-Peruvian ties and the China-Pakistan partnership with South Korean help')).toEqual([
      'Sino/NORP/GPE:CHN', 'Peruvian/NORP/GPE:PER', 'China/GPE/GPE:CHN', 'Pakistan/GPE/GPE:PAK', 'South Korean/NORP/GPE:KOR',
    ])
  })

  it('links acronyms to the organization the text defines them for, and knows organizations named after countries', () => {
    expect(brief('the National Cultural Heritage Administration (NCHA) said the NCHA and China Daily')).toEqual([
      'National Cultural Heritage Administration/ORG/ORG:national-cultural-heritage-administration',
      'NCHA/ORG/ORG:national-cultural-heritage-administration', 'NCHA/ORG/ORG:national-cultural-heritage-administration',
      'China Daily/ORG/ORG:china-daily',
    ])
  })

  it('reads a capital that acts as its country, and a capital as a place as the city', () => {
    expect(brief('Seoul was willing to keep contacts with Beijing; the talks were held in Beijing.')).toEqual([
      'Seoul/GPE/GPE:KOR', 'Beijing/GPE/GPE:CHN', 'Beijing/GPE/GPE:beijing',
    ])
  })

  it('has no false friends: who, the moon, a bare title, a sentence-initial capital', () => {
    expect(brief('Those who saw the moon said the President spoke. Noting the risks, he left.')).toEqual([])
    expect(brief('The WHO said Moon Jae-in met Moon.')).toEqual(['WHO/ORG/ORG:world-health-organization', 'Moon Jae-in/PERSON/PERSON:moon-jae-in', 'Moon/PERSON/PERSON:moon-jae-in'])
  })

  it('reads "Xi" as Xi Jinping, not a numeral, even alone in an article', () => {
    expect(brief('Xi said China is ready.')).toEqual(['Xi/PERSON/PERSON:xi-jinping', 'China/GPE/GPE:CHN'])
  })

  it('reads people by what they do and how they are introduced', () => {
    expect(brief('Ignacio Bunye, presidential spokesman, said so. Carlos Furche said no.')).toEqual([
      'Ignacio Bunye/PERSON/PERSON:ignacio-bunye', 'Carlos Furche/PERSON/PERSON:carlos-furche',
    ])
  })

  it('reads organizations by their shape: lists after "of", a place that ends the name, ordinals and people outside it', () => {
    expect(brief('according to the Ministry of Trade, Industry and Energy.')).toEqual(['Ministry of Trade, Industry and Energy/ORG/ORG:ministry-of-trade-industry-and-energy'])
    expect(brief('said deputy head of the Civil Aviation Administration of China Zhou Laizhen.').slice(0, 1)).toEqual(['Civil Aviation Administration of China/ORG/ORG:civil-aviation-administration-of-china'])
    expect(brief('the First China-Japan Third-Market Cooperation Forum opened')).toEqual(['China-Japan Third-Market Cooperation Forum/ORG/ORG:china-japan-third-market-cooperation-forum'])
    expect(brief('"We will grow," said Huang Wenliang of Singapore Changi Airport.')).toEqual([
      'Huang Wenliang/PERSON/PERSON:huang-wenliang', 'Singapore Changi Airport/ORG/ORG:singapore-changi-airport',
    ])
    expect(brief('the director of the National Cyber Security Centre of the UK\'s intelligence agency said the NCSC agreed').slice(0, 3)).toEqual([
      'National Cyber Security Centre/ORG/ORG:national-cyber-security-centre', 'UK/GPE/GPE:GBR', 'NCSC/ORG/ORG:national-cyber-security-centre',
    ])
  })

  it('reads names that run into a city, a month or an appositive with capitals, and no person in the words of an office', () => {
    expect(brief('Chilean President Ricardo Lagos reaffirmed it.')).toEqual(['Chilean/NORP/GPE:CHL', 'Ricardo Lagos/PERSON/PERSON:ricardo-lagos'])
    expect(brief('the market, said Han Jun, deputy head of the office.')).toEqual(['Han Jun/PERSON/PERSON:han-jun'])
    expect(brief('Present were also Paul Trivelli, the United States ambassador.')[0]).toBe('Paul Trivelli/PERSON/PERSON:paul-trivelli')
    expect(brief('The office of the director of National Intelligence said no.')).toEqual([])
    expect(brief('the Ministry of Foreign Affairs and Ministry of Commerce met at the University of International Business and Economics in Beijing.')).toEqual([
      'Ministry of Foreign Affairs/ORG/ORG:ministry-of-foreign-affairs', 'Ministry of Commerce/ORG/ORG:ministry-of-commerce',
      'University of International Business and Economics/ORG/ORG:university-of-international-business-and-economics', 'Beijing/GPE/GPE:beijing',
    ])
  })

  it('reads a body among the words of a title as a mention of its own, and keeps it in the role', () => {
    expect(mentions('Foreign Ministry spokesperson Hua Chunying said so.')).toEqual([
      {text: 'Foreign Ministry', type: 'ORG', id: 'ORG:foreign-ministry', role: null, country: null},
      {text: 'Hua Chunying', type: 'PERSON', id: 'PERSON:hua-chunying', role: 'Foreign Ministry spokesperson', country: 'CHN'},
    ])
    expect(brief('European Union Health Commissioner Stella Kyriakides said.')).toEqual([
      'European Union/ORG/ORG:european-union', 'Stella Kyriakides/PERSON/PERSON:stella-kyriakides',
    ])
    expect(brief("On Wednesday, China's foreign ministry said no.")).toEqual(['China/GPE/GPE:CHN', 'foreign ministry/ORG/ORG:foreign-ministry'])
  })

  it('reads a name spelled out before its acronym as an organization, but not an agreement or an event', () => {
    expect(brief('asked the Rashtriya Swayamsevak Sangh (RSS) to answer; the RSS did not.')).toEqual([
      'Rashtriya Swayamsevak Sangh/ORG/ORG:rashtriya-swayamsevak-sangh', 'RSS/ORG/ORG:rashtriya-swayamsevak-sangh', 'RSS/ORG/ORG:rashtriya-swayamsevak-sangh',
    ])
    expect(brief('They signed the Free Trade Agreement (FTA) and the Domain Name System (DNS) stayed.')).toEqual([])
  })

  it('reads Brussels acting as the European Union, and in Brussels as the city', () => {
    expect(brief('a compromise between Washington and Brussels; talks in Brussels')).toEqual([
      'Washington/GPE/GPE:USA', 'Brussels/ORG/ORG:european-union', 'Brussels/GPE/GPE:brussels',
    ])
  })

  it('finds nothing inside web addresses', () => {
    expect(brief('see //img2.chinadaily.com.cn/images/x.jpg and www.who.int/news or https://un.org/china today')).toEqual([])
  })

  it('never returns overlapping mentions, and every span is a slice of the text', () => {
    const text = 'The China-Pakistan Economic Corridor (CPEC) and the CPEC Political Parties Joint Consultation Mechanism met in Beijing with Xi Jinping.'
    const found = extractMentions(text, splitSentences(text))
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end)
    expect(found.map(m => text.slice(m.start, m.end))).toEqual(['China-Pakistan Economic Corridor', 'CPEC', 'CPEC Political Parties Joint Consultation Mechanism', 'Beijing', 'Xi Jinping'])
  })
})
