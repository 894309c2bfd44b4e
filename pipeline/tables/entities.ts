/** The entities table: one row per distinct entity in the whole build. */
import {ENTITY_TYPES} from '../stages/entities/gazetteer.js'
import {category, defineTable, int32, string, type RowOf} from './define.js'

/** The pattern of an entity id: its type and an ISO code or a slug. */
export const ENTITY_ID_PATTERN = `^(${ENTITY_TYPES.join('|')}):[A-Za-z0-9-]+$`

/** One row per distinct entity (key: entity_id). */
export const entitiesTable = defineTable({
  name: 'entities',
  title: 'Entities',
  description: 'One row per distinct entity mentioned anywhere in the build: people, countries and other geopolitical entities, regions, organizations. Every mention in `mentions` points to one.',
  primaryKey: ['entity_id'],
  columns: [
    string('entity_id', 'Stable, readable id: `GPE:` and the ISO 3166-1 alpha-3 code for a country (`GPE:CHN`); else the type and a slug of the canonical name (`PERSON:xi-jinping`, `ORG:world-health-organization`, `LOC:latin-america`, `GPE:beijing`).', {pattern: ENTITY_ID_PATTERN}),
    category('type', ENTITY_TYPES, 'PERSON; GPE (countries, cities, provinces: places with a government); LOC (regions, continents, seas); ORG (organizations, agencies, parties, companies, media, named initiatives such as the Belt and Road Initiative).'),
    string('name', 'Canonical name: from the gazetteer when the entity is in it (`Xi Jinping`, `World Health Organization`), else the fullest form the first article that names it gives.'),
    string('country', 'ISO 3166-1 alpha-3 code: the country itself, the country of a city, a person\'s country, or a national organization\'s country; null for regions and international organizations, and where unknown.', {nullable: true, pattern: '^[A-Z]{3}$'}),
    int32('n_mentions', 'Rows of `mentions` that point to this entity.', {minimum: 1}),
    int32('n_articles', 'Articles with at least one mention of this entity.', {minimum: 1}),
  ],
})

/** A row of the entities table. */
export type EntityRow = RowOf<typeof entitiesTable>
