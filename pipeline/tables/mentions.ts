/** The mentions table: one row per entity mention in an article. */
import {articleId} from './articles.js'
import {category, defineTable, int32, string, type RowOf} from './define.js'
import {ENTITY_TYPES} from '../stages/entities/gazetteer.js'
import {ENTITY_ID_PATTERN} from './entities.js'

/** One row per mention (key: article_id, mention_idx). */
export const mentionsTable = defineTable({
  name: 'mentions',
  title: 'Entity mentions',
  description: 'One row per mention of an entity in an article\'s text: where it is, what it names, and what the context says about it. `text` equals `articles.text[start:end]` (code points).',
  primaryKey: ['article_id', 'mention_idx'],
  foreignKeys: [
    {fields: ['article_id'], table: 'articles', references: ['article_id']},
    {fields: ['entity_id'], table: 'entities', references: ['entity_id']},
  ],
  columns: [
    articleId,
    int32('mention_idx', 'Position of the mention among the article\'s mentions (0-based, in text order).'),
    string('entity_id', 'The entity mentioned (`entities.entity_id`).', {pattern: ENTITY_ID_PATTERN}),
    category('type', [...ENTITY_TYPES, 'NORP'], 'The mention\'s own type: its entity\'s type, or NORP for a nationality or country adjective (`Chinese`, `Peruvian`, `Sino` in `Sino-Peruvian`), which points to the country\'s entity.'),
    string('text', 'The mention as written: exactly `articles.text[start:end]`.'),
    int32('start', 'Start of the mention in `articles.text` (code points).'),
    int32('end', 'End of the mention in `articles.text` (code points, exclusive).'),
    int32('raw_start', 'Start of the mention in the raw article (code points).'),
    int32('raw_end', 'End of the mention in the raw article (code points, exclusive).'),
    int32('sentence_idx', 'The sentence of `articles.text` the mention is in (0-based).'),
    string('role', 'For a person: the title before the name, as written (`State Councilor and Foreign Minister`); null otherwise.', {nullable: true}),
    string('country', 'The affiliation the context gives (a nationality before a person\'s title, "of Peru" after a name), else the entity\'s own country; ISO alpha-3 or null.', {nullable: true, pattern: '^[A-Z]{3}$'}),
  ],
})

/** A row of the mentions table. */
export type MentionRow = RowOf<typeof mentionsTable>
