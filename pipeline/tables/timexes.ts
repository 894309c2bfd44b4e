/** The timexes table: one row per temporal expression in an article. */
import {timexRules} from '../stages/timexes/rules/index.js'
import {articleId} from './articles.js'
import {category, date, defineTable, int32, string, type RowOf} from './define.js'

/** TIMEX3 mods readouts writes. */
const MODS = ['APPROX', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_MORE', 'EQUAL_OR_LESS', 'START', 'MID', 'END'] as const

/** One row per temporal expression (key: article_id, timex_idx). */
export const timexesTable = defineTable({
  name: 'timexes',
  title: 'Temporal expressions',
  description: 'One row per temporal expression in an article\'s text (TimeML TIMEX3), with its value normalized against the publication date: "Thursday" in an article of Friday 2020-11-06 that reports a past call is 2020-11-05. `text` equals `articles.text[start:end]` (code points). The publication-date header of a .txt file is metadata, not a row.',
  primaryKey: ['article_id', 'timex_idx'],
  foreignKeys: [{fields: ['article_id'], table: 'articles', references: ['article_id']}],
  columns: [
    articleId,
    int32('timex_idx', 'Position of the expression among the article\'s expressions (0-based, in text order).'),
    string('text', 'The expression as written: exactly `articles.text[start:end]`.'),
    int32('start', 'Start of the expression in `articles.text` (code points).'),
    int32('end', 'End of the expression in `articles.text` (code points, exclusive).'),
    int32('raw_start', 'Start of the expression in the raw article (code points).'),
    int32('raw_end', 'End of the expression in the raw article (code points, exclusive).'),
    int32('sentence_idx', 'The sentence of `articles.text` the expression is in (0-based).'),
    category('type', ['DATE', 'TIME', 'DURATION', 'SET'], 'TIMEX3 type: DATE (a calendar date or period: 2020-11-05, 2020-04, 2021, 2020-W45, 2020-Q1, PRESENT_REF), TIME (a time of day: 2020-11-05T15:00, 2020-11-05TMO), DURATION (P30Y, PT5H), SET (a frequency: P1Y for "annually", XXXX-WXX-4 for "every Thursday").'),
    string('value', 'TIMEX3 value. Dates resolve against the publication date (or the date the narrative has moved to); X marks what cannot be resolved (XXXX-XX-XX in an undated article); PRESENT_REF, PAST_REF, FUTURE_REF for "now", "recently", "the future".'),
    category('mod', MODS, 'TIMEX3 mod: APPROX ("about two years"), LESS_THAN ("nearly"), MORE_THAN ("more than"), EQUAL_OR_MORE ("at least"), EQUAL_OR_LESS ("up to"), START ("early 2020"), MID ("mid-1990s"), END ("late November"); null when none.', {nullable: true}),
    date('range_start', 'First day of the calendar interval a DATE or TIME value covers (2020-04 -> 2020-04-01; 2020-W45 -> its Monday); null for durations, sets and values that name no fixed interval.', {nullable: true}),
    date('range_end', 'Last day of that interval (2020-04 -> 2020-04-30); null where range_start is.', {nullable: true}),
    category('rule', timexRules.map(r => r.name), 'The rule that found the expression (pipeline/stages/timexes/rules/): which pattern to look at when a value seems wrong.'),
  ],
})

/** A row of the timexes table. */
export type TimexRow = RowOf<typeof timexesTable>
