/** The HTML that `syslead form` writes for people to read: the paper answer sheet and the build sheet. */
import { expect, it } from 'vitest';
import { formPlan } from '../../src/core/form/plan.js';
import { formGenerator } from '../../src/render/form/generators.js';
import { needs } from '../helpers/requirements.js';
import { questionnaireFrom } from '../helpers/questionnaire.js';
import { HOSTILE_QUESTIONNAIRE } from '../form/hostile.js';
import { browserPerFile, openReport } from './browser.js';
import { expectAccessible, expectHeadingsInOrder, expectInert, expectPhoneAndPrint } from './checks.js';
import { builtIn } from './fixtures.js';

const { describe } = needs('chromium');
const browser = browserPerFile();

async function sheet(platform: 'paper' | 'ms-forms', yaml?: string) {
  const q = yaml ? questionnaireFrom(yaml) : builtIn('systems-leadership-observer');
  const { files } = (await formGenerator(platform))(formPlan({ questionnaire: q, subjects: ['Sam Patel', '<img src=x onerror="window.__pwned=1">'] }));
  return { q, html: files.find((f) => f.mediaType === 'text/html')!.content };
}

for (const platform of ['paper', 'ms-forms'] as const) {
  describe(`the ${platform} sheet in a browser`, () => {
    it('is accessible, its headings in order, and reads on a phone and in print', async () => {
      const { q, html } = await sheet(platform);
      const opened = await openReport(browser, `${platform}.html`, html);
      await expectHeadingsInOrder(opened);
      await expectAccessible(opened);
      await expectPhoneAndPrint(opened, `form-${platform}`);
      expect(await opened.page.getAttribute('html', 'lang')).toBe(q.language);
      const text = (await opened.page.locator('body').textContent()) ?? '';
      for (const item of q.items) expect(text.replace(/\s+/g, ' ')).toContain(item.text.replace(/\s+/g, ' '));
    });

    it('shows hostile texts as text, running nothing and loading nothing', async () => {
      const { html } = await sheet(platform, HOSTILE_QUESTIONNAIRE);
      const opened = await openReport(browser, `${platform}-hostile.html`, html);
      await expectInert(opened);
      expect(await opened.page.locator('h1').textContent()).toContain('Leading "across" <b>boundaries</b> & more');
    });
  });
}
