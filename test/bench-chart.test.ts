import {describe, expect, it} from 'vitest'
import {benchChart} from '../pipeline/bench-chart.js'
import {benchRow, threeSizes} from './bench-fixtures.js'

/** The elements of an SVG document, after checking that every tag is closed in order (a well-formedness check without a parser). */
function elements(svg: string): string[] {
  const stack: string[] = []
  const seen: string[] = []
  for (const [, close, name, selfClose] of svg.matchAll(/<(\/?)([a-zA-Z]+)(?:\s[^>]*?)?(\/?)>/g)) {
    if (close) expect(stack.pop(), `</${name}>`).toBe(name)
    else {
      seen.push(name!)
      if (!selfClose) stack.push(name!)
    }
  }
  expect(stack).toEqual([])
  return seen
}

/** The points of one series in one panel, as [cx, cy] numbers. */
function points(svg: string, panel: string, series: string): number[][] {
  return [...svg.matchAll(new RegExp(`<circle data-panel="${panel}" data-series="${series}" cx="([\\d.]+)" cy="([\\d.]+)"`, 'g'))].map(m => [Number(m[1]), Number(m[2])])
}

describe('benchChart(rows)', () => {
  const svg = benchChart(threeSizes, '2 worker threads on 2 cores')

  it('is one well-formed SVG document', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true)
    expect(elements(svg)[0]).toBe('svg')
  })

  it('has a time panel and a memory panel, each with one build point per size, left to right', () => {
    for (const panel of ['time', 'memory']) {
      const build = points(svg, panel, 'build')
      expect(build).toHaveLength(3)
      expect(build.map(p => p[0])).toEqual([...build.map(p => p[0]!)].sort((a, b) => a - b))
      expect(points(svg, panel, 'floor')).toHaveLength(3)
    }
    // time grows with size: higher on the page is a smaller y
    const time = points(svg, 'time', 'build')
    expect(time[0]![1]).toBeGreaterThan(time[2]![1]!)
  })

  it('draws the peers only where they ran', () => {
    expect(points(svg, 'time', 'compromise')).toHaveLength(1)
    expect(points(svg, 'time', 'chrono-node')).toHaveLength(1)
    const withoutPeers = benchChart(threeSizes.map(r => benchRow(r.articles, r.build.seconds, r.build.peakRssMb)))
    expect(points(withoutPeers, 'time', 'compromise')).toHaveLength(0)
    expect(withoutPeers).toContain('compromise (not run)')
  })

  it('labels the axes, the sizes and the series', () => {
    for (const label of ['articles (log scale)', 'wall time, seconds (log scale)', 'peak RSS, MB', '>1k<', '>10k<', '>100k<', '>build<', '>floor<', '>compromise<', '>chrono-node<', '2 worker threads on 2 cores']) {
      expect(svg).toContain(label)
    }
  })

  it('draws a single size, and no size at all, without failing', () => {
    expect(points(benchChart([threeSizes[0]!]), 'time', 'build')).toHaveLength(1)
    expect(elements(benchChart([]))[0]).toBe('svg')
  })
})
