/** The output tables, in the order they are written and documented. */
import {articlesTable} from './articles.js'
import type {TableDef} from './define.js'
import {editsTable} from './edits.js'
import {entitiesTable} from './entities.js'
import {mentionsTable} from './mentions.js'
import {rejectsTable} from './rejects.js'
import {timexesTable} from './timexes.js'
import {interactionsTable} from './interactions.js'
import {themesTable} from './themes.js'

/** Every table `readouts build` writes. */
export const tables: readonly TableDef[] = [articlesTable, editsTable, entitiesTable, mentionsTable, timexesTable, interactionsTable, themesTable, rejectsTable]
