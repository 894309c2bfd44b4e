/** What ends an article or heads its first lines: end marks, signatures, credits, web bylines. */
import {lineRule, regexRule} from '../rule.js'

/** End marks: Enditem, \###, ###, (END), -30-. */
export const endMark = regexRule('end-mark',
  'End-of-story marks (Enditem, ###, (END), -30-) are removed.',
  /[ \t]*(?:\bEnditem\b|^\\?#{3}[ \t]*$|\(END\)[ \t]*$|^-30-[ \t]*$)\n?/gim, '', ['ndite', 'NDITE', '###', '(END)', '(end)', '-30-'])

/** A trailing agency signature: `= DNA`, `= Xinhua` at the end of the text. */
export const agencySignature = regexRule('agency-signature',
  'A trailing agency signature at the end of the text (= DNA, = Xinhua) is removed; the agency becomes the article\'s source if nothing else gives one.',
  /[ \t]*= ?([A-Z][A-Za-z]{1,20})[ \t]*(?=\s*$)/g,
  (m, context) => { context.lift('source', m[1]!); return '' }, '=')

/** Contribution credits: (With contribution from Xinhua), (With inputs from ...). */
export const contributionCredit = regexRule('contribution-credit',
  'Contribution credits ((With contribution from Xinhua), (With inputs from agencies)) are removed.',
  /[ \t]*\(With (?:contributions? from|inputs? from|additional reporting by) [^)\n]{1,100}\)/gi, '', '(With')

/** Web bylines of wire and newspaper pages: `By X | China Daily | Updated: 2020-02-28 09:40`. */
export const webByline = lineRule('web-byline',
  'Web bylines with an update time (By Tom Fowdy | China Daily Global | Updated: 2020-03-13 09:13) are removed.',
  String.raw`(?:By .{1,80}? \| )?[^|\n]{1,60} \| Updated: \d{4}-\d\d-\d\d \d\d:\d\d`, 'Updated:', 220)

/** Credit lines: an agency alone on the last lines, reporter and editor credits, author contact lines. */
export const creditLine = lineRule('credit-line',
  'Credit lines (an agency name alone on a line, Reporter:, Video editor:, a closing "With Paul Karp") are removed.',
  [
    String.raw`[ \t]*(?:Xinhua|Reuters|AFP|AP|DNA|Agencies)[ \t]*`,
    String.raw`(?:Repoter|Reporter|Video editor|Editor|Writer): [\p{L} .'-]{2,60}`,
    // a contributor credit alone on the last line: "With Paul Karp"
    String.raw`With \p{Lu}\p{Ll}+ \p{Lu}[\p{L}'-]+(?![^]*\S)`,
  // only short lines can be credit lines: they are found by length, not by a hint
  ].join('|'), undefined, 90)
