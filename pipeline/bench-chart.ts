/** bench.svg: time and peak memory against corpus size, two panels drawn by hand (no chart library). */
import {PEERS, type BenchRow, type RunFigures} from './bench-row.js'

/** A line of the chart: its name, colour, dash pattern, and its figures at each size (null where it did not run). */
interface Series {
  name: string
  color: string
  dash: string
  figures: (row: BenchRow) => RunFigures | null
}

/** The lines of both panels: the build, the floor, then each peer. */
const SERIES: readonly Series[] = [
  {name: 'build', color: '#1f77b4', dash: '', figures: row => row.build},
  {name: 'floor', color: '#7f7f7f', dash: '4 3', figures: row => row.floor},
  ...PEERS.map((peer, i): Series => ({name: peer, color: ['#d62728', '#2ca02c'][i]!, dash: ['8 3', '2 2'][i]!, figures: row => row.peers[peer]})),
]

/** A scale: data value to pixel, with its tick values. */
interface Axis {
  at: (value: number) => number
  ticks: number[]
}

/** A log-scale axis over the positive `values`, from pixel `from` to pixel `to`; ticks at `ticks`, or at round values (1, 2, 5 or 1..9 times powers of ten, as the range allows). */
function logAxis(values: readonly number[], from: number, to: number, ticks?: readonly number[]): Axis {
  let lo = Math.log10(Math.min(...values))
  let hi = Math.log10(Math.max(...values))
  if (hi - lo < 0.3) { const mid = (lo + hi) / 2; lo = mid - 0.5; hi = mid + 0.5 }
  const pad = (hi - lo) * 0.08
  lo -= pad
  hi += pad
  const at = (v: number) => from + ((Math.log10(v) - lo) / (hi - lo)) * (to - from)
  if (ticks) return {at, ticks: [...ticks]}
  const round: number[] = []
  const multiples = hi - lo < 1.2 ? [1, 2, 3, 4, 5, 6, 7, 8, 9] : hi - lo < 2.5 ? [1, 2, 5] : [1]
  for (let e = Math.floor(lo); e <= Math.ceil(hi); e++) {
    for (const m of multiples) {
      const v = m * 10 ** e
      if (Math.log10(v) >= lo && Math.log10(v) <= hi) round.push(v)
    }
  }
  return {at, ticks: round}
}

/** A linear axis from 0 to a round value above the `values`, from pixel `from` to pixel `to`. */
function linearAxis(values: readonly number[], from: number, to: number): Axis {
  const max = Math.max(...values, 1) * 1.1
  const rough = max / 5
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map(m => m * power).find(s => s >= rough)!
  const top = Math.ceil(max / step) * step
  const ticks = Array.from({length: Math.round(top / step) + 1}, (_, i) => i * step)
  return {at: v => from + (v / top) * (to - from), ticks}
}

/** A tick label: 1000 as 1k, 1000000 as 1M, small numbers as they are. */
function tickLabel(value: number): string {
  if (value >= 1e6) return `${Number((value / 1e6).toPrecision(3))}M`
  if (value >= 1e3) return `${Number((value / 1e3).toPrecision(3))}k`
  return String(Number(value.toPrecision(3)))
}

/** Text with the characters XML reserves escaped. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!)
}

/** The pixel box of a panel. */
interface Box {
  left: number
  top: number
  width: number
  height: number
}

/** One panel: axes, grid, tick labels, titles, and a line with a point per size for each series that ran. */
function panel(rows: readonly BenchRow[], box: Box, id: string, yTitle: string, value: (f: RunFigures) => number, logY: boolean): string[] {
  const bottom = box.top + box.height
  const right = box.left + box.width
  const sizes = rows.map(r => r.articles)
  const x = logAxis(sizes, box.left, right, sizes)
  const plotted = SERIES.map(s => ({s, points: rows.flatMap(r => { const f = s.figures(r); return f ? [{articles: r.articles, v: value(f)}] : [] })}))
  const all = plotted.flatMap(p => p.points.map(pt => pt.v))
  const y = (logY ? logAxis(all.map(v => Math.max(v, 1e-3)), bottom, box.top) : linearAxis(all, bottom, box.top))
  const py = (v: number) => y.at(logY ? Math.max(v, 1e-3) : v)
  const out: string[] = [`<g id="${id}">`, `<rect x="${box.left}" y="${box.top}" width="${box.width}" height="${box.height}" fill="none" stroke="#999"/>`]
  for (const t of x.ticks) {
    const px = x.at(t).toFixed(1)
    out.push(`<line x1="${px}" y1="${box.top}" x2="${px}" y2="${bottom}" stroke="#eee"/>`, `<text x="${px}" y="${bottom + 16}" text-anchor="middle">${tickLabel(t)}</text>`)
  }
  for (const t of y.ticks) {
    const pyt = y.at(t).toFixed(1)
    out.push(`<line x1="${box.left}" y1="${pyt}" x2="${right}" y2="${pyt}" stroke="#eee"/>`, `<text x="${box.left - 6}" y="${pyt}" text-anchor="end" dominant-baseline="middle">${tickLabel(t)}</text>`)
  }
  out.push(
    `<text x="${box.left + box.width / 2}" y="${bottom + 36}" text-anchor="middle">articles (log scale)</text>`,
    `<text transform="translate(${box.left - 46} ${box.top + box.height / 2}) rotate(-90)" text-anchor="middle">${escapeXml(yTitle)}</text>`,
  )
  for (const {s, points} of plotted) {
    if (points.length === 0) continue
    const coords = points.map(p => `${x.at(p.articles).toFixed(1)},${py(p.v).toFixed(1)}`)
    if (points.length > 1) out.push(`<polyline points="${coords.join(' ')}" fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`)
    points.forEach((p, i) => {
      const [cx, cy] = coords[i]!.split(',')
      out.push(`<circle data-panel="${id}" data-series="${escapeXml(s.name)}" cx="${cx}" cy="${cy}" r="3.5" fill="${s.color}"><title>${escapeXml(`${s.name}: ${p.articles.toLocaleString('en-US')} articles, ${Number(p.v.toPrecision(4))} ${id === 'time' ? 's' : 'MB'}`)}</title></circle>`)
    })
  }
  out.push('</g>')
  return out
}

/** The chart as an SVG document: wall time (log-log) and peak RSS (log x) against the number of articles, one point per size and series. */
export function benchChart(rows: readonly BenchRow[], subtitle = ''): string {
  const width = 820
  const height = 380
  const sorted = [...rows].sort((a, b) => a.articles - b.articles)
  const boxes = {time: {left: 70, top: 60, width: 300, height: 230}, memory: {left: 490, top: 60, width: 300, height: 230}}
  const legend = SERIES.map((s, i) => {
    const lx = 70 + i * 180
    const ran = sorted.some(r => s.figures(r) !== null)
    return `<g><line x1="${lx}" y1="${height - 14}" x2="${lx + 24}" y2="${height - 14}" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>` +
      `<circle cx="${lx + 12}" cy="${height - 14}" r="3.5" fill="${s.color}"/><text x="${lx + 30}" y="${height - 14}" dominant-baseline="middle">${escapeXml(s.name + (ran ? '' : ' (not run)'))}</text></g>`
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="14">readouts bench: time and memory against corpus size</text>`,
    subtitle ? `<text x="${width / 2}" y="38" text-anchor="middle" fill="#555">${escapeXml(subtitle)}</text>` : '',
    ...(sorted.length === 0 ? [] : [
      ...panel(sorted, boxes.time, 'time', 'wall time, seconds (log scale)', f => f.seconds, true),
      ...panel(sorted, boxes.memory, 'memory', 'peak RSS, MB', f => f.peakRssMb, false),
    ]),
    ...legend,
    '</svg>',
  ].filter(line => line !== '').join('\n') + '\n'
}
