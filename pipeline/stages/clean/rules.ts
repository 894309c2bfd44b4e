/** Every cleaning rule, in the order it runs: encoding first, then markup, boilerplate, datelines, stray markup, layout. */
import {archiveFooter, archiveHeader, syndicationNotice} from './boilerplate/archive.js'
import {photoCaption, photoCredit} from './boilerplate/captions.js'
import {cmsDump, liveBlogChrome, pageNavigation, relatedLinks} from './boilerplate/chrome.js'
import {agencySignature, contributionCredit, creditLine, endMark, webByline} from './boilerplate/endings.js'
import {dateline} from './dateline.js'
import {duplicateParagraphs} from './duplicates.js'
import {controlCharacters, htmlEntities, invisibleCharacters, lineEndings, mojibake, noBreakSpaces, unicodeLineSeparators} from './encoding-rules.js'
import {finalLayoutRules, lineBreaks, lineWhitespace} from './layout-rules.js'
import {htmlTags, inlineScript, markdownEscapes} from './markup-rules.js'
import type {CleanRule} from './rule.js'
import {brokenCompound, doubledApostrophes, fullwidthForms, strayGuillemets, tokenizerSpacing} from './stray-markup.js'

/** The closing rules: they only tidy whitespace, so their edits never give an earlier rule new work. */
export const closingRules: readonly CleanRule[] = finalLayoutRules

/**
 * The cleaning rules, in order. Lines are joined (hard wraps) or split (one paragraph per line) before the
 * line-based rules run, and the whitespace rule runs early for them and again, with the closing rules, at the end.
 */
export const cleanRules: readonly CleanRule[] = [
  // encoding: every later rule sees decoded characters
  lineEndings, htmlEntities, mojibake, controlCharacters, invisibleCharacters, noBreakSpaces, unicodeLineSeparators,
  // markup and page chrome, then lines made whole
  htmlTags, inlineScript, cmsDump, pageNavigation, lineWhitespace, lineBreaks,
  // archive and syndication boilerplate, captions, teasers, end marks and credits
  archiveHeader, archiveFooter, syndicationNotice, webByline, liveBlogChrome, relatedLinks, photoCaption, photoCredit,
  endMark, markdownEscapes, contributionCredit, agencySignature, creditLine,
  // the dateline, once what came before it is gone
  dateline,
  // stray markup
  fullwidthForms, strayGuillemets, brokenCompound, doubledApostrophes, tokenizerSpacing,
  // repeated paragraphs, then the closing whitespace rules
  duplicateParagraphs, ...closingRules,
]
