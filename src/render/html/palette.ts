/**
 * The colours of HTML reports. Text colours reach WCAG AA (4.5:1) on the page and on every band
 * zone; bar and marker colours reach 3:1 (non-text contrast) against the page and every zone, so
 * a chart reads without relying on a faint shade. tests/render/html/palette.test.ts checks this.
 */
export const palette = {
  page: '#ffffff',
  text: '#0b0c0c',
  muted: '#484f53',
  link: '#1d5aa0',
  rule: '#b1b4b6',
  /** Band zones, lowest band first; cycled when a questionnaire has more bands. */
  zones: ['#fbe3d6', '#fdf2c9', '#dff0df', '#dce9f6', '#ece2f3'],
  /** Series of bars and markers: the first series (the person, "after", "self") is the darkest. */
  series: ['#1d4f91', '#6b7378', '#8a3b12', '#2e6b30'],
} as const;

export function zoneColour(bandIndex: number): string {
  return palette.zones[bandIndex % palette.zones.length]!;
}

export function seriesColour(seriesIndex: number): string {
  return palette.series[seriesIndex % palette.series.length]!;
}
