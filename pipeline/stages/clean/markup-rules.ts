/** Markup left by scraping: HTML tags, inline scripts and share-button code, markdown escapes. */
import {regexRule, type CleanRule} from './rule.js'

// Element names of HTML: a `<` followed by one of these is a tag, so `< voies rapides >>` is not
const TAG_NAMES = 'a|abbr|address|article|aside|b|big|blockquote|body|br|button|caption|center|cite|code|col|dd|del|div|dl|dt|em|embed|fig|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|label|li|link|meta|nav|noscript|ol|option|p|param|pre|q|s|section|select|small|source|span|strike|strong|style|sub|sup|svg|table|tbody|td|textarea|tfoot|th|thead|title|tr|tt|u|ul|video|wbr'
const ATTRIBUTES = String.raw`(?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?`
const BLOCK = /^(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|header|footer|figure|figcaption|hr|dd|dt|dl|pre|title)$/i

/** Leftover HTML tags are removed; a block-level tag leaves a paragraph break behind, an inline one nothing. */
export const htmlTags = regexRule('html-tags',
  'Leftover HTML tags (<p>, </div>, <br/>, <a href=...>) are removed; block-level tags become paragraph breaks.',
  new RegExp(`<\\/?(${TAG_NAMES})\\b${ATTRIBUTES}>|<!--[^]*?-->`, 'gi'),
  m => (m[1] && BLOCK.test(m[1]) ? '\n\n' : ''), '<')

/** Script and style blocks, share-button configuration and page scripts are removed with their code. */
export const inlineScript: CleanRule = regexRule('inline-script',
  'Inline script and share-button code (var addthis_config = {...};, DD_belatedPNG.fix(...);, <script> blocks) is removed.',
  new RegExp([
    String.raw`<(script|style)\b[^>]*>[^]*?<\/\1\s*>`,
    String.raw`[ \t]*\bvar [A-Za-z_$][\w$]* = \{[^{}\n]*\};?`,
    String.raw`[ \t]*\b[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\('[^'\n]*'\);`,
  ].join('|'), 'g'), '', ['var ', "('", '<script', '<style', '<SCRIPT', '<STYLE'])

/** Markdown backslash escapes (`\!`, `\#`, `\*`) lose their backslash. */
export const markdownEscapes = regexRule('markdown-escapes',
  'Markdown backslash escapes (\\!, \\#, \\*, \\_) lose the backslash.',
  /\\([!#*_[\]])/g, m => m[1]!, '\\')
