/** chrono-node's dates as TIMEX3, as well as it allows, to print beside readouts' scores (it finds no durations or sets). */
import * as chrono from 'chrono-node'
import {pad} from '../stages/timexes/calendar.js'
import type {ScoredTimex} from './timex-score.js'

/** chrono-node's parses of `text` against the publication date (YYYY-MM-DD...), mapped to TIMEX3 DATE and TIME values. */
export function chronoTimexes(text: string, published: string | null): ScoredTimex[] {
  const instant = published ? new Date(`${published.slice(0, 10)}T12:00:00Z`) : new Date()
  return chrono.parse(text, {instant, timezone: 0}).map(r => {
    const c = r.start
    const day = `${pad(c.get('year') ?? 0, 4)}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`
    let type = 'DATE'
    let value: string
    if (c.isCertain('hour')) { type = 'TIME'; value = `${day}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}` }
    else if (c.isCertain('day') || c.isCertain('weekday')) value = day
    else if (c.isCertain('month')) value = day.slice(0, 7)
    else if (c.isCertain('year')) value = day.slice(0, 4)
    else value = day
    return {start: r.index, end: r.index + r.text.length, type, value}
  })
}
