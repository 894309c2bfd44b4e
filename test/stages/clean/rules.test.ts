// A golden case per cleaning rule: text in the shape the development corpus has it (not copied from it:
// the corpus stays out of the repository), the cleaned text, and the rules of the edits made.
import {describe, expect, it} from 'vitest'
import {cleanText} from '../../../pipeline/stages/clean/index.js'

/** [rule, raw text, expected clean text, extra expectations]. */
const cases: Array<[rule: string, raw: string, clean: string, lifted?: Record<string, string>]> = [
  ['line-endings', 'One line.\r\nTwo lines.\r\rThree.', 'One line.\n\nTwo lines.\n\nThree.'],
  ['line-separators', 'One paragraph.\u2029Another\u2028line.', 'One paragraph.\n\nAnother\n\nline.'],
  ['html-entities', 'The minister&nbsp;will visit.&nbsp;\n\nTrade &amp; tourism, English &gt;&gt; News, &#8217;s, &eacute;, &bogus;', 'The minister will visit.\n\nTrade & tourism, English News, ’s, é, &bogus;'],
  ['mojibake-cp1252', 'the research â€¦ is misleading, said VÃ¶pel', 'the research … is misleading, said Vöpel'],
  ['mojibake-latin1', 'the world\u00e2\u0080\u0099s largest economy, a \u00e2\u0080\u009cvictim\u00e2\u0080\u009d', 'the world’s largest economy, a “victim”'],
  ['mojibake-macroman', 'could be 5.7Ôºçmore than double, 28 USC¬ß1605, ¬∑ A bullet', 'could be 5.7 — more than double, 28 USC§1605, · A bullet'],
  ['control-characters', 'A bell\u0007 and a\u0001 start.', 'A bell and a start.'],
  ['invisible-characters', 'Ro\u00adberto and zero\u200bwidth', 'Roberto and zerowidth'],
  ['no-break-spaces', 'White House.\u00a0President Biden\u2003met', 'White House. President Biden met'],
  ['html-tags', '<p>First paragraph.</p><p>Second <b>bold</b> one.<br/></p>', 'First paragraph.\n\nSecond bold one.'],
  ['inline-script', 'The brakes. var addthis_config = {"data_track_addressbar":false};', 'The brakes.'],
  ['cms-dump', 'Real text.\n\n123502020-06-20T23:59:53Zfalsefalse2020-06-21T23:15:42ZfalseAUS the whole page again\n\nMore text.', 'Real text.\n\nMore text.'],
  ['page-navigation', 'Village page - People\'s Daily Online DD_belatedPNG.fix(\'div, ul\'); Friday, Oct 30, 2020 Home News English >> Village page ( People\'s Daily Online ) 15:08, October 30, 2020 The village grew. (For the latest China news, Please follow People\'s Daily on Twitter) Links: a b c', 'The village grew.'],
  ['archive-header', 'Talks go well\n\nChina Daily\n\nFebruary 28, 2020 Friday\n\n Copyright 2020 China Daily Information. All Rights Reserved\n\n \n\nLength: 695 words\n\nByline: China Daily\n\nBody\n\nThe talks went well.', 'The talks went well.', {title: 'Talks go well', source: 'China Daily'}],
  ['archive-footer', 'The talks went well.\n\nhttps://s3.amazonaws.com/syndigateimages/syndigate/imgs/1/2.jpeg\n\n Load-Date: February 28, 2020', 'The talks went well.'],
  ['syndication-notice', 'The talks went well.\n\nPublished by HT Digital Content Services with permission from Hindustan Times. For any query contact us.', 'The talks went well.'],
  ['web-byline', 'By Tom Fowdy | China Daily Global | Updated: 2020-03-13 09:13\n\nThe talks went well.', 'The talks went well.'],
  ['live-blog-chrome', 'block-time published-time 12.25am GMT\n\nMarkets rose.\n\nblock-time updated-timeUpdated at 9.41pm BST\n\nenltrMovers and shakers.\n\n9.05am GMT\n\nShares fell.', 'Markets rose.\n\nMovers and shakers.\n\nShares fell.'],
  ['related-links', 'Markets rose.\n\nRelated:  Coronavirus latest updates\n\n>>Related News: Talks end\n\nAlso read| Missiles tested\n\nShares fell.', 'Markets rose.\n\nShares fell.'],
  ['photo-caption', 'Tourists wear masks in Venice, Feb 27, 2020. [Photo/Agencies]\n\nThe talks went well.\n\nA minister speaks in London. Photograph: Jane Doe/PA\n\nPhotos: The outbreak A waiter serves customers. Hide Caption 2 of 170', 'The talks went well.'],
  ['photo-credit', 'The area grew. (Photo/People\'s Daily Online) The village also changed.', 'The area grew. The village also changed.'],
  ['end-mark', 'The leaders agreed.\n\n\\###', 'The leaders agreed.'],
  ['markdown-escapes', 'He wrote "Wuhan stay strong\\!" with the hashtag \\#6431truth', 'He wrote "Wuhan stay strong!" with the hashtag #6431truth'],
  ['contribution-credit', 'The Party was founded in 1921. (With contribution from Xinhua)', 'The Party was founded in 1921.'],
  ['agency-signature', 'The conference was held via video link. = DNA\n\n', 'The conference was held via video link.', {source: 'DNA'}],
  ['credit-line', 'The virus spread.\n\nXinhua\n\nWith Paul Karp', 'The virus spread.'],
  ['dateline', 'BEIJING, AUG 21 (DNA) – Chinese President Xi Jinping said Friday', 'Chinese President Xi Jinping said Friday', {dateline: 'Beijing', source: 'DNA'}],
  ['fullwidth-forms', 'The labs in Hong Kong－set up by firms－opened（now）.', 'The labs in Hong Kong — set up by firms — opened(now).'],
  ['stray-guillemets', 'as well as< voies rapides >>, in order to; <<green lanes>> and « fast tracks »', 'as well as “voies rapides”, in order to; “green lanes” and “fast tracks”'],
  ['broken-compound', 'and lift China. -South Korea’s strategic partnership', 'and lift China-South Korea’s strategic partnership'],
  ['doubled-apostrophes', "leaders ''agreed to work together,'' according to the country''s statement", "leaders “agreed to work together,” according to the country's statement"],
  ['tokenizer-spacing', "Seoul 's ministry, Korea' s trade, the agreement ( FTA) in 1830 , at 18: 40, Yoon Sang- jick, 18- and 19-year-olds, low- and middle-income", "Seoul's ministry, Korea's trade, the agreement (FTA) in 1830, at 18:40, Yoon Sang-jick, 18- and 19-year-olds, low- and middle-income"],
  ['repeated-paragraph', 'A paragraph that a live page repeats later on, long enough to count as a real one.\n\nOther news.\n\nA paragraph that a live page repeats later on, long enough to count as a real one.', 'A paragraph that a live page repeats later on, long enough to count as a real one.\n\nOther news.'],
  ['bullet-summary', 'Summary •Italy recorded a record tally.•Spain closed schools.\n\nItaly recorded a record tally.\n\nSpain closed schools.', 'Italy recorded a record tally.\n\nSpain closed schools.'],
  ['hard-wrapped-lines', 'President Biden welcomed Chancellor Scholz of Germany to the White\nHouse. The leaders discussed ongoing diplomatic and deterrence efforts in\nresponse to the build-up.', 'President Biden welcomed Chancellor Scholz of Germany to the White House. The leaders discussed ongoing diplomatic and deterrence efforts in response to the build-up.'],
  ['line-end-hyphen', 'The two sides agreed to deepen their economic and technical coopera-\ntion in many areas of common interest this year.', 'The two sides agreed to deepen their economic and technical cooperation in many areas of common interest this year.'],
  ['paragraph-per-line', 'The first paragraph of a scraped page is one long line that ends with a full stop here.\nThe second paragraph is another long line, and the scraper put no blank line between them.', 'The first paragraph of a scraped page is one long line that ends with a full stop here.\n\nThe second paragraph is another long line, and the scraper put no blank line between them.'],
  ['trailing-whitespace', 'Line one.   \n\nLine two.', 'Line one.\n\nLine two.'],
  ['leading-whitespace', 'One.\n\n    Two.', 'One.\n\nTwo.'],
  ['space-runs', 'Too   many\tspaces.', 'Too many spaces.'],
  ['blank-lines', 'One.\n\n\n\n\nTwo.', 'One.\n\nTwo.'],
  ['trim-text', '\n\nOne.\n\n', 'One.'],
]

describe('cleaning rules', () => {
  it.each(cases)('%s: repairs its defect and logs it', (rule, raw, clean, lifted) => {
    const result = cleanText(raw)
    expect(result.text).toBe(clean)
    expect(result.edits.map(e => e.rule)).toContain(rule)
    if (lifted) expect(result.lifted).toMatchObject(lifted)
  })

  it('has a golden case for every rule an edit can name', async () => {
    const {editRuleNames} = await import('../../../pipeline/stages/clean/index.js')
    const covered = new Set(cases.map(c => c[0]))
    expect(editRuleNames.filter(name => !covered.has(name) && name !== 'mojibake-unrepaired')).toEqual([])
  })

  it('leaves mojibake it cannot decode reliably, and warns about it', () => {
    const result = cleanText('A label 新冠病毒疫情最新消æ¯ stays.')
    expect(result.text).toBe('A label 新冠病毒疫情最新消æ¯ stays.')
    expect(result.warnings.map(w => w.rule)).toEqual(['mojibake-unrepaired'])
  })

  it('leaves legitimate accents, guillemet-free quotes, Q:/A: turns and currency alone', () => {
    const text = 'Q: Is Mevlüt Çavuşoğlu visiting?\n\nA: Yes. The «été» exhibition costs £5 and €4; S&P 500 rose; R&D grew.'
    expect(cleanText(text).text).toBe(text.replace('«été»', '“été”'))
  })

  it('does not take a sentence that starts with a name and an acronym for a dateline', () => {
    const result = cleanText('Tedros Adhanom (WHO) said the outbreak was serious.')
    expect(result.text).toBe('Tedros Adhanom (WHO) said the outbreak was serious.')
    expect(result.lifted.dateline).toBeUndefined()
  })

  it.each([
    ['TEHRAN, August 8 (Xinhua) -- Iran said', 'Tehran', 'Xinhua', 'August 8'],
    ['MANILA, Nov. 2 , 2005 (Xinhua)\n\nThe talks', 'Manila', 'Xinhua', 'Nov. 2 , 2005'],
    ['SEOUL, Nov. 3  -- South Korea and China', 'Seoul', undefined, 'Nov. 3'],
    ['New Delhi, June 27 -- A war of words', 'New Delhi', undefined, 'June 27'],
    ['WASHINGTON (AP) — Officials said', 'Washington', 'AP', undefined],
    ['HONG KONG (REUTERS, AFP) - Police fired', 'Hong Kong', 'Reuters, AFP', undefined],
    ['Hong Kong (CNN Business) Japanese billionaire', 'Hong Kong', 'CNN Business', undefined],
    ['TAIPEI, Taiwan — The calls come', 'Taipei', undefined, undefined],
    ['BEIJING • As China loosened', 'Beijing', undefined, undefined],
    ['RIO DE JANEIRO, May 3 (Xinhua) -- Brazil', 'Rio de Janeiro', 'Xinhua', 'May 3'],
    ['A deck line before the story\n\nROME－Europe continued', 'Rome', undefined, undefined],
  ])('reads the dateline of %j', (raw, place, agency, date) => {
    const result = cleanText(raw)
    expect(result.lifted.dateline).toBe(place)
    expect(result.lifted.source).toBe(agency)
    expect(result.lifted.datelineDate).toBe(date)
    expect(result.edits.some(e => e.rule === 'dateline')).toBe(true)
  })
})
