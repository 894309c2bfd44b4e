import {describe, expect, it} from 'vitest'
import {processArticle} from '../../../pipeline/process.js'
import {txtInput} from '../../helpers.js'

/** The timexes of a text published on `published` (or undated), as "text|TYPE|value[|mod]". */
function timexesOf(text: string, published: string | null = '2020-11-06'): string[] {
  const article = processArticle(txtInput('t.txt', (published ? ` date ${published} ` : '') + text))
  expect(article.messages).toEqual([])
  return article.timexes!.map(t => [article.text!.slice(t.start, t.end), t.type, t.value, ...(t.mod ? [t.mod] : [])].join('|'))
}

describe('temporal expressions (published Friday 2020-11-06)', () => {
  it.each([
    // weekdays by the tense of their clause
    ['Wang made the remarks in a phone conversation with Lopez on Thursday.', ['Thursday|DATE|2020-11-05']],
    ['Wang will visit Mexico on Monday.', ['Monday|DATE|2020-11-09']],
    ['The talks are scheduled for Tuesday.', ['Tuesday|DATE|2020-11-10']],
    ['The summit will be held Friday morning.', ['Friday morning|TIME|2020-11-06TMO']],
    // explicit dates, months, years, decades, centuries, seasons, quarters
    ['In April 2020, the two leaders held a phone call.', ['April 2020|DATE|2020-04']],
    ['It happened on 5 March 2018, on March 5, 2018 and on 2018-03-05.', ['5 March 2018|DATE|2018-03-05', 'March 5, 2018|DATE|2018-03-05', '2018-03-05|DATE|2018-03-05']],
    ['The meeting was held on Nov. 2, 2005 at 3 p.m.', ['Nov. 2, 2005|DATE|2005-11-02', 'at 3 p.m.|TIME|2005-11-02T15:00']],
    ['In the 1990s and the 21st century, in the summer of 2019, in the first quarter.', ['the 1990s|DATE|199', 'the 21st century|DATE|20', 'the summer of 2019|DATE|2019-SU', 'the first quarter|DATE|2020-Q1']],
    ['Exports rose in the third quarter of 2020.', ['the third quarter of 2020|DATE|2020-Q3']],
    // relative expressions against the publication date
    ['Trade grew in 2019 and will grow next year and in the coming year.', ['2019|DATE|2019', 'next year|DATE|2021', 'the coming year|DATE|2021']],
    ['He said two days ago that last week was hard, and earlier this month too.', ['two days ago|DATE|2020-11-04', 'last week|DATE|2020-W44', 'earlier this month|DATE|2020-11']],
    ['The deal was signed last month, and by the end of 2021 it will take effect.', ['last month|DATE|2020-10', 'the end of 2021|DATE|2021|END']],
    // durations, sets, vague references
    ['Over the past 30 years, ties have grown.', ['the past 30 years|DURATION|P30Y']],
    ['A three-day visit began Friday morning.', ['three-day|DURATION|P3D', 'Friday morning|TIME|2020-11-06TMO']],
    ['He has served for more than two decades.', ['more than two decades|DURATION|P20Y|MORE_THAN']],
    ['The summit takes place every year; officials meet annually.', ['every year|SET|P1Y', 'annually|SET|P1Y']],
    ['Now, recently, in the past and in the future.', ['Now|DATE|PRESENT_REF', 'recently|DATE|PAST_REF', 'in the past|DATE|PAST_REF', 'the future|DATE|FUTURE_REF']],
  ])('%s', (text, expected) => {
    expect(timexesOf(text)).toEqual(expected)
  })

  it('anchors to the date the narrative last moved to', () => {
    expect(timexesOf('On Nov. 2, 2005, the ministers met. The following day they signed the deal.'))
      .toEqual(['Nov. 2, 2005|DATE|2005-11-02', 'The following day|DATE|2005-11-03'])
  })

  it('resolves "the new year" and a past weekday after the turn of the year', () => {
    expect(timexesOf('They met on Tuesday and look forward to the new year.', '2021-01-27'))
      .toEqual(['Tuesday|DATE|2021-01-26', 'the new year|DATE|2021'])
  })

  it('keeps relative values underspecified in an undated article', () => {
    expect(timexesOf('Wang made the remarks on Thursday. Trade grew in 2019 and will grow next year.', null))
      .toEqual(['Thursday|DATE|XXXX-WXX-4', '2019|DATE|2019', 'next year|DATE|XXXX'])
  })

  it('anchors an undated article to a full dateline date, and keeps the dateline out of the text', () => {
    const article = processArticle(txtInput('t.txt', 'MANILA, Nov. 2, 2005 (Xinhua) -- The ministers met on Tuesday.'))
    expect(article.datelineDate).toMatchObject({value: '2005-11-02'})
    expect(article.raw!.slice(article.datelineDate!.rawStart, article.datelineDate!.rawEnd)).toBe('Nov. 2, 2005')
    expect(article.timexes!.map(t => [article.text!.slice(t.start, t.end), t.value])).toEqual([['Tuesday', '2005-11-01']])
  })

  it('keeps the dateline date when an earlier repair edited inside it (a no-break space, a double space)', () => {
    for (const raw of ['MANILA, Nov.\u00a02, 2005 (Xinhua) -- The ministers met on Tuesday.', 'MANILA, Nov. 2,  2005 (Xinhua) -- The ministers met on Tuesday.']) {
      const article = processArticle(txtInput('t.txt', raw))
      expect(article.datelineDate, raw).toMatchObject({value: '2005-11-02', day: '2005-11-02'})
      expect(article.raw!.slice(article.datelineDate!.rawStart, article.datelineDate!.rawEnd)).toMatch(/^Nov\.\s2,\s+2005$/)
      expect(article.timexes!.map(t => t.value)).toEqual(['2005-11-01'])
    }
  })

  it('does not take the publication-date header for a timex', () => {
    expect(timexesOf('Nothing happened.', '2020-11-06')).toEqual([])
  })

  it('finds no timex in words that only look like one', () => {
    expect(timexesOf('May said the March of Progress will go on. Sun Yat-sen admired the Moon.')).toEqual([])
  })
})
