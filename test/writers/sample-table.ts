// A table with every column kind and awkward values, for the writer tests.
import {category, date, defineTable, int32, string, type RowOf} from '../../pipeline/tables/define.js'

export const sampleTable = defineTable({
  name: 'sample', title: 'Sample', description: 'Every kind of column.', primaryKey: ['id'],
  columns: [
    string('id', 'Row id.'),
    string('note', 'Free text, nullable.', {nullable: true}),
    int32('count', 'A count.'),
    int32('maybe', 'A nullable count.', {nullable: true}),
    date('day', 'A date, nullable.', {nullable: true}),
    category('kind', ['alpha', 'beta', 'gamma'], 'A category.'),
  ],
})

export type SampleRow = RowOf<typeof sampleTable>

/** Rows with quotes, commas, newlines, leading spaces, formulas, astral characters, empty strings and nulls. */
export const sampleRows: SampleRow[] = [
  {id: 'r1', note: 'plain', count: 0, maybe: null, day: '2020-11-05', kind: 'alpha'},
  {id: 'r2', note: 'He said "yes", then\nleft.', count: 2147483647, maybe: -5, day: null, kind: 'gamma'},
  {id: 'r3', note: null, count: 7, maybe: 0, day: '1969-12-31', kind: 'beta'},
  {id: 'r4', note: ' =SUM(A1) 😀 中国 ', count: 1, maybe: 3, day: '2024-02-29', kind: 'alpha'},
  {id: 'r5', note: '', count: 1, maybe: null, day: '2000-01-01', kind: 'beta'},
]
