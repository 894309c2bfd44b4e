/** The interactions table: one row per reported contact between parties in an article. */
import {CAMEO_CODES, KINDS} from '../stages/interactions/triggers.js'
import {articleId} from './articles.js'
import {category, date, defineTable, int32, string, type RowOf} from './define.js'

const ENTITY_ID = '^(PERSON|ORG):[A-Za-z0-9-]+$'
const COUNTRY = '^[A-Z]{3}$'

/** One row per contact (key: article_id, interaction_idx). */
export const interactionsTable = defineTable({
  name: 'interactions',
  title: 'Interactions',
  description: 'One row per reported contact between two parties (a phone call, video call, meeting, visit or message), coded like an event dataset (source, target, CAMEO action, date) with the evidence span. Repeated references to one contact in an article are one row. `text` equals `articles.text[start:end]` (code points).',
  primaryKey: ['article_id', 'interaction_idx'],
  foreignKeys: [
    {fields: ['article_id'], table: 'articles', references: ['article_id']},
    {fields: ['source_entity_id'], table: 'entities', references: ['entity_id']},
    {fields: ['target_entity_id'], table: 'entities', references: ['entity_id']},
  ],
  columns: [
    articleId,
    int32('interaction_idx', 'Position of the contact among the article\'s contacts (0-based, in order of first report).'),
    category('kind', KINDS, 'What kind of contact: phone_call (a phone call or telephone conversation), video_call (talks by video link), meeting (talks or a meeting in person), visit (a visit to a country, when the text names no host the visitor met), message (a verbal message, letter, congratulatory or condolence message).'),
    category('cameo', Object.keys(CAMEO_CODES), `CAMEO event code of the kind: ${Object.entries(CAMEO_CODES).map(([code, name]) => `${code} ${name}`).join('; ')}. phone_call is 041, visit 042; meetings, video calls and messages are 040 (CAMEO has no closer code for a message).`),
    string('date', 'TIMEX3 value of when the contact happened: from the temporal expression of its sentence (2020-11-05, 2020-04), else the day the sentence before moved the narrative to, else the story\'s date from the lead or the dateline, unless the words around it place it earlier or only vaguely (recently); null when unknown.', {nullable: true}),
    date('date_start', 'First day of the calendar interval of `date` (2020-04 -> 2020-04-01); null when `date` is.', {nullable: true}),
    date('date_end', 'Last day of that interval (2020-04 -> 2020-04-30); null when `date` is.', {nullable: true}),
    string('source_entity_id', 'The initiator, or the grammatical subject: a person, else an organization (`entities.entity_id`); null when only a country is named.', {nullable: true, pattern: ENTITY_ID}),
    string('target_entity_id', 'The counterpart: a person, else an organization (`entities.entity_id`); null when only a country is named (a visit\'s target is the country visited).', {nullable: true, pattern: ENTITY_ID}),
    string('source_country', 'The country the source represents (ISO alpha-3), or null.', {nullable: true, pattern: COUNTRY}),
    string('target_country', 'The country the target represents (ISO alpha-3), or null.', {nullable: true, pattern: COUNTRY}),
    string('trigger', 'The words that report the contact (`phone conversation`, `verbal message`, `met with`).'),
    string('text', 'The evidence: the span from the first party or trigger to the last, exactly `articles.text[start:end]`.'),
    int32('start', 'Start of the evidence in `articles.text` (code points).'),
    int32('end', 'End of the evidence in `articles.text` (code points, exclusive).'),
    int32('raw_start', 'Start of the evidence in the raw article (code points).'),
    int32('raw_end', 'End of the evidence in the raw article (code points, exclusive).'),
    int32('sentence_idx', 'The sentence of `articles.text` the contact is reported in (0-based).'),
  ],
})

/** A row of the interactions table. */
export type InteractionRow = RowOf<typeof interactionsTable>
