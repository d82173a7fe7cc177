import { describe, expect, it } from 'vitest';
import type { FeedbackReport } from '../../src/core/feedback/schema.js';
import type { QuestionnairePreview } from '../../src/core/preview/model.js';
import { feedbackVoice } from '../../src/render/feedback-format.js';
import { previewVoice } from '../../src/render/preview-format.js';

// Only what the voices read of a report: its title, presentation and versions in each language.
const feedbackIn = (title: string, language: 'cy' | 'en', languages: ('cy' | 'en')[]) => ({ title, presentation: { language: `${language}-GB`, languages, bands: [] } }) as unknown as FeedbackReport;
const previewIn = (title: string, language: 'cy' | 'en', languages: ('cy' | 'en')[]) => ({ title, presentation: { language: `${language}-GB`, languages, bands: [] } }) as unknown as QuestionnairePreview;

/** The title the test gave a report of either kind. */
const titleOf = (report: unknown) => (report as { title: string }).title;

describe('the voices of bilingual reports (feedback, preview)', () => {
  const cases = [
    [
      'feedback',
      (t: string, l: 'cy' | 'en', ls: ('cy' | 'en')[]) =>
        feedbackVoice({ ...feedbackIn(t, l, ls), inEach: [feedbackIn(t, 'cy', ['cy']), feedbackIn(t === 'Thema / agwedd' ? 'Theme / facet' : 'Theme', 'en', ['en'])] } as FeedbackReport),
    ],
    [
      'preview',
      (t: string, l: 'cy' | 'en', ls: ('cy' | 'en')[]) =>
        previewVoice({ ...previewIn(t, l, ls), inEach: [previewIn(t, 'cy', ['cy']), previewIn(t === 'Thema / agwedd' ? 'Theme / facet' : 'Theme', 'en', ['en'])] } as QuestionnairePreview),
    ],
  ] as const;

  it.each(cases)('%s: joins the languages with " / ", and with " // " when a text holds " / " itself', (_, voice) => {
    expect(voice('Thema', 'cy', ['cy', 'en']).both(titleOf)).toBe('Thema / Theme');
    expect(voice('Thema / agwedd', 'cy', ['cy', 'en']).both(titleOf)).toBe('Thema / agwedd // Theme / facet');
  });

  it.each(cases)('%s: gives a text alike in both languages once, tagged with the language it was made in', (_, voice) => {
    expect(voice('Thema', 'cy', ['cy', 'en']).said(() => 'SL-360')).toEqual([{ text: 'SL-360', tag: 'cy-GB' }]);
    expect(voice('Thema', 'cy', ['cy', 'en']).texts(titleOf)).toEqual([
      { text: 'Thema', tag: 'cy-GB' },
      { text: 'Theme', tag: 'en-GB' },
    ]);
  });
});
