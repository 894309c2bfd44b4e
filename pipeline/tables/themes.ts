/** The themes table: one row per article and theme found in it. */
import themesSchema from '../../schemas/themes.schema.json' with {type: 'json'}
import {articleId} from './articles.js'
import {defineTable, int32, string, type RowOf} from './define.js'

/** One row per article and theme (key: article_id, theme). */
export const themesTable = defineTable({
  name: 'themes',
  title: 'Themes',
  description: 'One row per article and theme whose phrases occur in its text (themes from pipeline/data/themes.json, or the file given to `readouts build --themes`, validated by schemas/themes.schema.json). Themes an article does not mention have no row.',
  primaryKey: ['article_id', 'theme'],
  foreignKeys: [{fields: ['article_id'], table: 'articles', references: ['article_id']}],
  columns: [
    articleId,
    string('theme', 'The theme\'s id in the themes file (`covid-19`, `belt-and-road`, `shared-future`...).', {pattern: themesSchema.properties.themes.items.properties.id.pattern}),
    int32('hits', 'How many times the theme\'s phrases occur in `articles.text` (non-overlapping, longest phrase first).'),
    int32('first_start', 'Where the first occurrence starts in `articles.text` (code points).'),
  ],
})

/** A row of the themes table. */
export type ThemeRow = RowOf<typeof themesTable>
