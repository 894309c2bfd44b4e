/**
 * Defect patterns the cleaning report counts before and after cleaning. They are written apart from the
 * cleaning rules, so the report checks the cleaner instead of restating it.
 */
import {findMojibake, SUSPICIOUS_MOJIBAKE} from '../stages/clean/mojibake.js'

/** A defect to count in a text: how many times it occurs. */
export interface DefectPattern {
  name: string
  description: string
  /** Whether cleaning must leave none of it (the report marks a non-zero count after cleaning as a failure). */
  mustVanish: boolean
  count(text: string): number
}

/** A pattern counted by its matches. */
function byRegex(name: string, description: string, pattern: RegExp, mustVanish: boolean): DefectPattern {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  return {name, description, mustVanish, count: text => text.match(global)?.length ?? 0}
}

/** Every defect pattern of the report, in the order it prints. */
export const defectPatterns: readonly DefectPattern[] = [
  byRegex('html-entities', 'HTML character references (&nbsp; &amp; &gt; &#8217;)', /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|nbsp|amp|gt|lt|quot|apos|[a-z]{2,8}(?:acute|grave|uml|circ|tilde|cedil)|mdash|ndash|[lr]squo|[lr]dquo|hellip|copy|reg|trade|euro|pound);/gi, true),
  byRegex('html-tags', 'HTML tags and comments', /<\/?(?:a|b|br|div|em|h[1-6]|i|img|li|p|span|strong|table|td|tr|ul|ol|script|style)\b[^>]*>|<!--/gi, true),
  byRegex('inline-script', 'script and share-button code', /var \w+ = \{|DD_belatedPNG|<script|function\s*\(/g, true),
  {name: 'reliable-mojibake', description: 'mojibake that decodes reliably (the cleaner\'s own detector)', mustVanish: true, count: text => findMojibake(text).length},
  byRegex('suspicious-mojibake', 'sequences that look like mojibake, reliable or not', SUSPICIOUS_MOJIBAKE, false),
  byRegex('c1-controls', 'C1 control characters (U+0080-U+009F)', /[\u0080-\u009f]/g, true),
  byRegex('invisible-characters', 'zero-width spaces, soft hyphens, BOMs inside the text', /[\u200b\u2060\ufeff\u00ad]/g, true),
  byRegex('no-break-spaces', 'no-break and fixed-width spaces', /[\u00a0\u2000-\u200a\u202f\u3000]/g, true),
  byRegex('archive-header-lines', 'archive header lines (Length: N words, Byline:, Body, Copyright ... All Rights Reserved)', /^\s*(?:Length: ?\d+ words|Byline:.*|Body|(?:Copyright|©).*All Rights Reserved\.?)\s*$/gm, true),
  byRegex('archive-footer-lines', 'archive footer lines (Load-Date:, End of Document)', /^\s*(?:Load-Date:.*|End of Document)\s*$/gm, true),
  byRegex('photo-credits', 'photo captions and credits ([Photo/Xinhua], Photograph:, Hide Caption n of m, Image caption, PHOTO:)', /\[Photo[^\]]*\]|\(Photo\/[^)]*\)|\bPhotograph: |Hide Caption \d+ of \d+|Image caption|\bPHOTO: /g, true),
  byRegex('teasers', 'related-story teasers (Related:, Related Story, >>Related News, Also read, Full story:)', /^\s*(?:>>\s*)?Related(?: Story| News)?\s*[:|]?\s|^Also read[:|]|Full story: /gm, true),
  byRegex('end-marks', 'end marks and signatures (Enditem, ###, = DNA, (With contribution from ...))', /\bEnditem\b|^\\?###\s*$|= ?DNA\s*$|\(With contribution from [^)]*\)/gm, true),
  byRegex('live-blog-chrome', 'live-blog stamps (block-time, Updated at 9.41pm)', /block-time|^Updated at \d/gm, true),
  byRegex('cms-dumps', 'flattened CMS records', /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ(?:true|false)/g, true),
  byRegex('page-navigation', 'site navigation and widgets', /- People's Daily Online|Please enable JavaScript|For the latest China news|\(Web editor:|JUST WATCHED|Skip Twitter post/g, true),
  byRegex('datelines', 'a dateline at the start of the text (PLACE, Month D (Agency) --)', /^(?:[A-Z][A-Z .'-]+|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:, [A-Z][a-z]+)*, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? ?\d{1,2}\b[^\n]{0,20}?(?:\([A-Z][A-Za-z]+\)|--|–|—)/g, true),
  byRegex('stray-guillemets', 'angle brackets and guillemets used as quotes (< x >>, <<, >>)', /<<|>>|« | »|<\s/g, true),
  byRegex('doubled-apostrophes', "doubled apostrophes used as quotes (''x'')", /''/g, true),
  byRegex('tokenizer-spacing', "tokenizer spacing (Seoul 's, Korea' s, ( FTA))", /\p{L} 's\b|\p{L}' s\b|\( \p{L}/gu, true),
  byRegex('hard-wrapped-lines', 'single line breaks inside a paragraph', /[^\n]\n(?=[^\n])/g, true),
  byRegex('blank-line-runs', 'more than one blank line between paragraphs', /\n\n\n/g, true),
  byRegex('space-runs', 'runs of spaces', / {2,}/g, true),
  byRegex('edge-whitespace', 'whitespace at the start or end of a line', /^[ \t]+\S|\S[ \t]+$/gm, true),
]
