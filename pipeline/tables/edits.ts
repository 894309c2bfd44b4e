/** The edits table: one row per cleaning edit. */
import {editRuleNames} from '../stages/clean/index.js'
import {articleId} from './articles.js'
import {category, defineTable, int32, string, type RowOf} from './define.js'

/** One row per cleaning edit (key: article_id, edit_idx). */
export const editsTable = defineTable({
  name: 'edits',
  title: 'Cleaning edits',
  description: 'One row per repair the cleaner made: which rule, where in the raw text, what it replaced and with what. `raw_start`/`raw_end` are code points into the raw article as decoded.',
  primaryKey: ['article_id', 'edit_idx'],
  foreignKeys: [{fields: ['article_id'], table: 'articles', references: ['article_id']}],
  columns: [
    articleId,
    int32('edit_idx', 'Position of the edit among the article\'s edits (0-based, in raw order).'),
    category('rule', editRuleNames, 'Kebab-case name of the repair; the codebook lists what each rule does.'),
    int32('raw_start', 'Start of the replaced span in the raw article (code points).'),
    int32('raw_end', 'End of the replaced span in the raw article (code points, exclusive).'),
    string('before', 'The text the rule replaced: raw[raw_start:raw_end], unless an earlier rule had already edited inside that span.'),
    string('after', 'What replaced it; empty when the text was removed.'),
  ],
})

/** A row of the edits table. */
export type EditRow = RowOf<typeof editsTable>
