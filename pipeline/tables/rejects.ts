/** The rejects table: one row per input that did not become an article. */
import {allRules} from '../rules.js'
import {category, defineTable, int32, string, type RowOf} from './define.js'

/** One row per input that did not become an article (key: source_path). */
export const rejectsTable = defineTable({
  name: 'rejects',
  title: 'Rejected inputs',
  description: 'One row per input that did not become an article, with the first reason; `message` lists every problem found. Every input ends up in `articles` or here.',
  primaryKey: ['source_path'],
  columns: [
    string('source_path', 'The input, relative to raw/, as in `articles.source_path`.'),
    string('article_id', 'The id the input claims, when it has one.', {nullable: true}),
    category('rule', allRules.map(r => r.name), 'Kebab-case name of the first problem; the codebook lists every rule.'),
    string('message', 'Every problem found, in words: the JSON Pointer first where there is one, separated by "; ".'),
    string('pointer', 'JSON Pointer to the field at fault in the record (`/published`), or null.', {nullable: true}),
    int32('line', 'Line of the file where the problem is (1-based), or null.', {nullable: true, minimum: 1}),
    int32('column', 'Column of that line, in characters (1-based), where the problem is, or null.', {nullable: true, minimum: 1}),
  ],
})

/** A row of the rejects table. */
export type RejectRow = RowOf<typeof rejectsTable>
