/** News-archive (LexisNexis, Syndigate) headers and footers, and syndication notices. */
import {lineRule, regexRule, type CleanRule} from '../rule.js'

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)'
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'

/**
 * The header block of an archive copy: title, publication, date line, copyright, Length:, Byline:, then `Body`.
 * The title and the publication are lifted into the article's data before the block is removed.
 */
export const archiveHeader: CleanRule = regexRule('archive-header',
  'A news-archive header block (title, publication, date line, Copyright, Length: N words, Byline:, Body) is removed; its title and publication are kept as the article\'s title and source.',
  new RegExp(String.raw`^(?:[ \t]*(.+)\n\s*\n)?[ \t]*(.+)\n\s*\n[ \t]*${MONTH} \d{1,2}, \d{4}(?: ${WEEKDAY})?\s*\n(?:.*\n){0,12}?[ \t]*Length: ?\d[\d,]* words\s*\n(?:.*\n){0,12}?[ \t]*Body[ \t]*(?:\n|$)`, 'g'),
  (m, context) => {
    if (m[1]) context.lift('title', m[1].trim())
    context.lift('source', m[2]!.trim())
    return ''
  }, 'Length:')

/** Archive footer lines: Load-Date, End of Document, image links, Copyright notices. */
export const archiveFooter = lineRule('archive-footer',
  'News-archive footer lines (Load-Date:, End of Document, Copyright ... All Rights Reserved, links to archive images, stray Byline:, Length:, Section: lines) are removed.',
  [
    String.raw`[ \t]*Load-Date: ?${MONTH} \d{1,2}, \d{4}[ \t]*`,
    String.raw`[ \t]*End of Document[ \t]*`,
    String.raw`[ \t]*(?:Copyright|©) .{0,160}All Rights Reserved\.?[ \t]*`,
    String.raw`[ \t]*https?://\S*(?:syndigate|amazonaws)\S*\.(?:jpe?g|png|gif)[ \t]*`,
    String.raw`[ \t]*(?:Byline|Section|Length):.{0,200}`,
  ].join('|'), ['Load-Date', 'End of Document', 'Reserved', 'syndigate', 'amazonaws', 'Byline', 'Length:', 'Section:'])

/** Syndication and disclaimer notices that publishers append to every article. */
export const syndicationNotice = lineRule('syndication-notice',
  'Syndication notices and publisher disclaimers appended to every article (Published by HT Digital Content Services..., The opinions expressed here are those of the writer..., If you have a specific expertise...) are removed.',
  [
    String.raw`Published by HT Digital Content Services with permission from .*`,
    String.raw`The (?:opinions|views) expressed here are those of the writer and do not necessarily (?:represent|reflect) the views of China Daily.*`,
    String.raw`If you have a specific expertise.*(?:contribute to China Daily|opinion@chinadaily\.com\.cn).*`,
    // newspaper page furniture: the letters-page footer, the next-part teaser
    String.raw`HAVE YOUR SAY ?MAIL: .*`,
    String.raw`PART [A-Z]+ TOMORROW.*`,
  ].join('|'), ['Published by HT', 'expressed here', 'specific expertise', 'HAVE YOUR SAY', 'TOMORROW'])
