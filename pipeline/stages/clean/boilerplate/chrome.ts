/** Page chrome: navigation, live-blog timestamps, embed widgets, CMS dumps, related-link teasers. */
import {lineRule, regexRule} from '../rule.js'

/** Related-story teasers and "read more" links. */
export const relatedLinks = lineRule('related-links',
  'Teasers and links to other stories (Related:, Related Story, >>Related News:, Also read:, Full story:, This briefing has ended...) are removed.',
  [
    String.raw`[ \t]*(?:>>)?[ \t]*Related(?: Story| News| Stories| Articles| reading)?[ \t]*[:|]?[ \t]*\S.{0,300}`,
    String.raw`Also read[:|] ?.{0,300}`,
    String.raw`(?:•[ \t]*)?Full story: .{0,300}`,
    String.raw`This briefing has ended\..{0,200}`,
    String.raw`You can get up to date with our latest stories below:?`,
    String.raw`(?:Read|See) (?:more|also): .{0,300}`,
  ].join('|'), ['Related', 'Also read', 'Full story', 'briefing has ended', 'latest stories', 'more:', 'also:'])

/** Live-blog chrome: block-time and Updated-at stamps, bare entry times, the flattened embed prefix `enltr`. */
export const liveBlogChrome = regexRule('live-blog-chrome',
  'Live-blog chrome (block-time published-time 12.25am GMT, Updated at 9.41pm BST, bare entry times, the enltr prefix of embedded tweets, "default" placeholders) is removed.',
  new RegExp([
    // a stamp at the start of a line goes, with the line end when nothing else is on the line
    // "block-time" never stands in prose: its stamp goes wherever it is
    String.raw`[ \t]*block-time (?:published-time|updated-time)[ \t]*(?:Updated at )?\d{1,2}[.:]\d\d ?[ap]m(?: [A-Z]{2,4})?[ \t]*(?:$\n?)?`,
    String.raw`^Updated at \d{1,2}[.:]\d\d ?[ap]m(?: [A-Z]{2,4})?[ \t]*(?:$\n?)?`,
    String.raw`^\d{1,2}\.\d\d[ap]m (?:GMT|BST|EST|EDT|CET|CEST)[ \t]*(?:$\n?)?`,
    String.raw`^(?:en|de|fr|es|it|ca|nl|pt|zh|ja|und)ltr(?=\S)`,
    String.raw`^default[ \t]*$\n?`,
  ].join('|'), 'gm'), '', ['block-time', 'Updated at', 'ltr', '\ndefault', 'm GMT', 'm BST', 'm EST', 'm EDT', 'm CET', 'm CEST'])

/** A CMS record flattened into the text: ISO timestamps glued to true/false flags, then the whole page again. */
export const cmsDump = lineRule('cms-dump',
  'A line holding a flattened CMS record (ISO timestamps glued to true/false flags, followed by the whole page again) is removed.',
  String.raw`.*\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ(?:true|false).*`, ['Ztrue', 'Zfalse'])

/** Site navigation, comment widgets, sharing and video widgets. */
export const pageNavigation = regexRule('page-navigation',
  'Site navigation and widgets (menus, "Please enable JavaScript to view the comments", Most Read lists, Links:, video players, Skip Twitter post) are removed.',
  new RegExp([
    // People's Daily Online: everything before the article's "( Xinhua ) 11:10, November 13, 2020" stamp
    String.raw`^.{0,400}?- People's Daily Online .{0,1500}?\( ?(?:Xinhua|People's Daily Online|Global Times|China Daily|CGTN|Ecns\.cn) ?\) \d\d:\d\d, [A-Z][a-z]+ \d{1,2}, \d{4} `,
    // ... and everything from the follow-us notice to the end of the page
    String.raw`[ \t]*\(For the latest China news, [Pp]lease follow[^]*$`,
    String.raw`[ \t]*\(Web editor: [^)\n]{1,80}\)`,
    String.raw`[ \t]*Add your comment Please enable JavaScript to view the comments powered by Disqus\.`,
    String.raw`JUST WATCHED .{0,300}? MUST WATCH .{0,200}? \d\d:\d\d`,
    String.raw`Skip Twitter post by @\w+ ?`,
  ].join('|'), 'gm'), '', ["People's Daily Online", 'For the latest China news', 'Web editor', 'Disqus', 'JUST WATCHED', 'Skip Twitter'])
