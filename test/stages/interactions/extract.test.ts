import {describe, expect, it} from 'vitest'
import {processArticle} from '../../../pipeline/process.js'
import {triggersIn} from '../../../pipeline/stages/interactions/triggers.js'
import {txtInput} from '../../helpers.js'

/** The interactions of a text published on 2020-11-06, as "kind date source>target". */
function interactionsOf(text: string, published: string | null = '2020-11-06'): string[] {
  const article = processArticle(txtInput('t.txt', (published ? ` date ${published} ` : '') + text))
  expect(article.messages.filter(m => m.severity === 'error')).toEqual([])
  return article.interactions!.map(i => `${i.kind} ${i.date} ${i.source.entityId ?? i.source.country}>${i.target.entityId ?? i.target.country}`)
}

describe('triggersIn', () => {
  it('finds each kind of contact, longest phrase first, at word boundaries', () => {
    const text = 'a telephone conversation, a video call, a verbal message to, met with, a state visit, the phoney war, when meeting the press, while meeting Abe'
    expect(triggersIn(text).map(t => `${t.kind}:${t.text}`)).toEqual([
      'phone_call:telephone conversation', 'video_call:video call', 'message:verbal message', 'meeting:met with', 'visit:state visit', 'meeting:while meeting',
    ])
  })

  it('finds no trigger run on from a word, a number or a hyphen before it, but the next one after', () => {
    const text = 'unmet with, pre-visit, 2visit, évisit; 𝐀visit, then visited'
    expect(triggersIn(text).map(t => `${t.kind}:${t.start}`)).toEqual([`visit:${text.indexOf('visited')}`])
  })
})

describe('interactions', () => {
  it.each([
    ['Chinese President Xi Jinping spoke with President Martín Vizcarra of Peru on the phone on Thursday.', ['phone_call 2020-11-05 PERSON:xi-jinping>PERSON:martin-vizcarra']],
    ['Chinese President Xi Jinping and his Mexican counterpart, Andres Manuel Lopez Obrador, held a phone conversation in April 2020.', ['phone_call 2020-04 PERSON:xi-jinping>PERSON:andres-manuel-lopez-obrador']],
    ['In a phone call with South Korean President Moon Jae-in on Tuesday, Chinese President Xi Jinping said ties were strong.', ['phone_call 2020-11-03 PERSON:xi-jinping>PERSON:moon-jae-in']],
    ['Xi Jinping sent a congratulatory letter to Russian President Vladimir Putin on Monday.', ['message 2020-11-02 PERSON:xi-jinping>PERSON:vladimir-putin']],
    ['Chinese Foreign Minister Wang Yi met with Japanese Foreign Minister Toshimitsu Motegi in Tokyo on Wednesday.', ['meeting 2020-11-04 PERSON:wang-yi>PERSON:toshimitsu-motegi']],
    ['Chinese Premier Li Keqiang held talks via video link with German Chancellor Angela Merkel on Tuesday.', ['video_call 2020-11-03 PERSON:li-keqiang>PERSON:angela-merkel']],
    ['Indian Prime Minister Narendra Modi visited Japan in October 2019.', ['visit 2019-10 PERSON:narendra-modi>JPN']],
  ])('%s', (text, expected) => {
    expect(interactionsOf(text)).toEqual(expected)
  })

  it('makes one row of repeated references to one contact', () => {
    expect(interactionsOf('Chinese Foreign Minister Wang Yi held a phone conversation with Peruvian Foreign Minister Mario Lopez on Thursday. During the call, Wang said China and Peru are friends. In the phone call with Lopez, Wang also spoke of vaccines.'))
      .toEqual(['phone_call 2020-11-05 PERSON:wang-yi>PERSON:mario-lopez'])
  })

  it('dates a contact without its own date by the lead of the story, unless it is placed earlier', () => {
    expect(interactionsOf('Chinese Foreign Minister Wang Yi said Thursday that ties are strong. Wang made the remarks in a phone conversation with Peruvian Foreign Minister Mario Lopez. Lopez had previously sent a message to Wang Yi.'))
      .toEqual(['phone_call 2020-11-05 PERSON:wang-yi>PERSON:mario-lopez', 'message null PERSON:mario-lopez>PERSON:wang-yi'])
  })

  it('leaves out contacts that are only planned, and addresses to an audience', () => {
    expect(interactionsOf('Xi Jinping will hold talks with Vladimir Putin next week. Xi Jinping plans to visit Russia. Wang Yi agreed to meet Mario Lopez.')).toEqual([])
    expect(interactionsOf('Xi Jinping made the remarks in a speech via video link to the BRICS summit. Xi Jinping addressed a meeting with business leaders.')).toEqual([])
  })

  it('codes a contact with an organization, but not one between two organizations', () => {
    expect(interactionsOf('Pakistani President Arif Alvi sent a congratulatory message to the World Health Organization on Friday.'))
      .toEqual(['message 2020-11-06 PERSON:arif-alvi>ORG:world-health-organization'])
    expect(interactionsOf('The conference, organized by the International Department of the CPC Central Committee, was held via video link with the World Health Organization.')).toEqual([])
  })

  it('dates a contact by its own date given later, and makes another row of an earlier contact of the same pair', () => {
    expect(interactionsOf('Xi Jinping said on Friday that ties are strong. Xi, who is on a state visit to Fiji, spoke in Suva. Xi arrived in Fiji Thursday for a state visit.'))
      .toEqual(['visit 2020-11-05 PERSON:xi-jinping>FJI'])
    expect(interactionsOf('U.S. Vice President Kamala Harris met with Philippine President Ferdinand Marcos Jr. in Jakarta. This meeting builds on President Joe Biden\'s and Vice President Harris\' meetings with President Marcos in May 2023.', null))
      .toEqual(['meeting null PERSON:kamala-harris>PERSON:ferdinand-marcos-jr', 'meeting 2023-05 PERSON:joe-biden>PERSON:ferdinand-marcos-jr', 'meeting 2023-05 PERSON:kamala-harris>PERSON:ferdinand-marcos-jr'])
  })

  it('reads the parties of "their call", a pronoun, a delegation, and "the visiting U.S. president"', () => {
    expect(interactionsOf('U.S. President Joe Biden met with Chinese President Xi Jinping on Saturday. The meeting follows their April 2, 2024, telephone call.'))
      .toEqual(['meeting 2020-10-31 PERSON:joe-biden>PERSON:xi-jinping', 'phone_call 2024-04-02 PERSON:joe-biden>PERSON:xi-jinping'])
    expect(interactionsOf('U.S. President George W. Bush arrived in Vietnam on Friday. The visiting U.S. president said this when meeting with Vietnamese State President Nguyen Minh Triet.'))
      .toEqual(['meeting 2020-11-06 PERSON:george-w-bush>PERSON:nguyen-minh-triet'])
    expect(interactionsOf('UN envoy Martti Ahtisaari spoke in Vienna. He has visited Kosovo and Serbia.'))
      .toEqual(['visit null PERSON:martti-ahtisaari>UNK', 'visit null PERSON:martti-ahtisaari>SRB'])
    expect(interactionsOf('A U.S. delegation led by Coordinator Kurt Campbell and General Stephen Sklenka visited Honiara on Friday. It followed stops in Hawaii, where the delegation met with officials from Japan and Australia; Fiji, where they met with Prime Minister Frank Bainimarama.'))
      .toEqual(['visit 2020-11-06 PERSON:kurt-campbell>SLB', 'meeting null PERSON:kurt-campbell>JPN', 'meeting null PERSON:kurt-campbell>AUS', 'meeting null PERSON:kurt-campbell>PERSON:frank-bainimarama'])
  })

  it('reads "spoke with" a leader as a call, but not with the press or the public, and not over a meeting', () => {
    expect(interactionsOf('Australian Prime Minister Scott Morrison spoke with the leaders of the US and France on Friday.'))
      .toEqual(['phone_call 2020-11-06 PERSON:scott-morrison>USA', 'phone_call 2020-11-06 PERSON:scott-morrison>FRA'])
    expect(interactionsOf('Reporter Joanna Partridge spoke to travellers at London on Friday. Wang Yi spoke to the press.')).toEqual([])
    expect(interactionsOf('Xi Jinping met and spoke with Vladimir Putin in Moscow on Friday.')).toEqual(['meeting 2020-11-06 PERSON:xi-jinping>PERSON:vladimir-putin'])
  })

  it('leaves a contact said to be recent undated, and one said after its parties to be planned out', () => {
    expect(interactionsOf('Chinese Foreign Minister Wang Yi said on Friday that ties are strong. In the past week, Wang Yi spoke with Peruvian Foreign Minister Mario Lopez.'))
      .toEqual(['phone_call null PERSON:wang-yi>PERSON:mario-lopez'])
    expect(interactionsOf('Through video link, President Putin and President Xi will jointly open the pipeline.')).toEqual([])
  })

  it('reads "the Vice President" as the one person the article titles so, and a trip as a visit by a person only', () => {
    expect(interactionsOf('U.S. Vice President Kamala Harris met with Philippine President Ferdinand Marcos Jr. in Jakarta. This meeting builds on the Vice President\'s November 2022 trip to the Philippines. Sweden lifted its advice against trips to Italy.', null))
      .toEqual(['meeting null PERSON:kamala-harris>PERSON:ferdinand-marcos-jr', 'visit 2022-11 PERSON:kamala-harris>PHL'])
  })

  it('folds a visit into the meeting with a host of the visited country, days apart, but not months', () => {
    expect(interactionsOf('U.S. diplomat Thomas Shannon arrived in Nicaragua on Monday. Nicaraguan President Daniel Ortega met on Tuesday with Thomas Shannon.'))
      .toEqual(['meeting 2020-11-03 PERSON:daniel-ortega>PERSON:thomas-shannon'])
  })

  it('gives each titled counterpart named together a row, and an undated contact the day the sentence before moved to', () => {
    expect(interactionsOf('Chinese President Xi Jinping said on Friday that ties are strong. Italy sought support on Wednesday. Xi Jinping met with President of the European Council Donald Tusk and Chancellor Angela Merkel.'))
      .toEqual(['meeting 2020-11-04 PERSON:xi-jinping>PERSON:donald-tusk', 'meeting 2020-11-04 PERSON:xi-jinping>PERSON:angela-merkel'])
  })

  it('leaves out habits, and aid that arrives', () => {
    expect(interactionsOf('Dominic Barton regularly meets with top Chinese officials. Emergency aid from the Chinese government arrived in Spain on Friday.')).toEqual([])
  })

  it('keeps weekdays unresolved in an undated article', () => {
    expect(interactionsOf('Xi Jinping spoke with Moon Jae-in by phone on Tuesday.', null)).toEqual(['phone_call null PERSON:xi-jinping>PERSON:moon-jae-in'])
  })
})
