import type { Reflection, Resource } from '../core/questionnaire/model.js';
import type { PreviewSection, QuestionnairePreview } from '../core/preview/model.js';
import { escapeHtml } from '../core/safe-text.js';
import { linkOrText } from './html/escape.js';
import { htmlPage } from './html/page.js';
import type { MessageKey } from '../core/i18n/en.js';
import { blocksHtml, inLanguage, langSpan, pairHtml, spansJoined } from './bilingual.js';
import {
  formFacts,
  formLabel,
  isReversed,
  perForm,
  previewNote,
  previewSays,
  previewTags,
  previewTitle,
  previewVoice,
  reversedMark,
  sectionTitle,
  statementScoring,
  titlesDiffer,
  type PreviewVoice,
} from './preview-format.js';

// The two forms side by side want a wider page; their reflections go one above the other on a phone.
// not said: HTML markup and CSS
const STYLE = `
@media screen { body { max-width: 64rem; } }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; }
.pair > div > p:first-child { margin-top: 0; }
td.scoring { font-size: 0.9em; }
.reverse { font-weight: 700; }
@media (max-width: 40rem) { .pair { grid-template-columns: 1fr; } }
/* The shared print style gives a row's heading a third of the table: here it is only the statement's number. */
@media print { .pair { gap: 0 5mm; } table.statements tbody th[scope="row"] { width: auto; } }
`;

/** A questionnaire's preview as one self-contained HTML page, the pair's forms side by side in each table; with --lang cy,en, each text in both languages, each part with its own lang. */
export function renderPreviewHtml(preview: QuestionnairePreview): string {
  const v = previewVoice(preview);
  const bilingual = v.previews.length > 1;
  const tags = previewTags(preview);
  const page = tags.words;
  // The page is in syslead's language; each text of the questionnaire in another carries its own lang.
  const lang = tags.texts === null ? '' : ` lang="${escapeHtml(tags.texts)}"`;
  /** Markup of the questionnaire's own texts in `p`, in a <span lang> when they are not in its syslead words' language. */
  const ownIn = (p: QuestionnairePreview, html: string) => {
    const { texts } = previewTags(p);
    return texts === null ? html : langSpan(texts, html);
  };
  /** Markup made in each language (escaped already): as it is in one; in two, each part in its <span lang>, joined. */
  const mixed = (make: (p: QuestionnairePreview, n: number) => string) => {
    const made = v.said(make);
    return bilingual ? spansJoined(made.map((m) => ({ tag: m.tag, html: m.text }))) : made[0]!.text;
  };
  const words = (make: (p: QuestionnairePreview, n: number) => string) => pairHtml(v.said(make), page);
  const wordsOf = (key: MessageKey) => words((p) => previewSays(p)(key));
  const title = v.both((p) => previewTitle(p));
  const titleHtml = mixed((p) => {
    const firstTitle = p.forms[0]!.title;
    return escapeHtml(previewTitle(p)).replace(escapeHtml(firstTitle), () => ownIn(p, escapeHtml(firstTitle)));
  });
  const out: string[] = [`<header>\n<h1>${titleHtml}</h1>`, `${blocksHtml(v.said(previewNote), page, 'p class="caution"')}\n</header>`];
  const labelled = (lines: readonly { label: string | null; text: string; tag: string; words: string }[]) =>
    lines
      .map(
        ({ label, text, tag, words: wordsTag }) =>
          `<p${tag === page ? '' : ` lang="${escapeHtml(tag)}"`}>${label === null ? '' : `<strong${wordsTag === tag ? '' : ` lang="${escapeHtml(wordsTag)}"`}>${escapeHtml(label)}:</strong> `}${escapeHtml(text)}</p>`,
      )
      .join('\n');

  preview.forms.forEach((_, i) => {
    const id = `form-${i + 1}`;
    const form = (p: QuestionnairePreview) => p.forms[i]!;
    // not said: HTML markup and CSS
    out.push(`<section aria-labelledby="${id}">`, `<h2 id="${id}">${mixed((p) => `${escapeHtml(formLabel(p, form(p)))}: ${ownIn(p, escapeHtml(form(p).title))}`)}</h2>`);
    out.push(
      `<p class="muted">${words((p) => formFacts(p, form(p)))}</p>`,
      blocksHtml(
        v.texts((p) => form(p).description),
        page,
        'p',
      ),
    );
    out.push(
      `<h3>${wordsOf('authoring.preview.scoringHeading')}</h3>`,
      blocksHtml(
        v.said((p) => form(p).scoring),
        page,
        'p',
      ),
    );
    out.push(
      `<h3>${wordsOf('authoring.preview.scalesHeading')}</h3>`,
      `<ul>${form(preview)
        .scales.map((_s, k) => `<li>${words((p) => form(p).scales[k] ?? '')}</li>`)
        .join('')}</ul>`,
    );
    out.push(
      `<h3>${wordsOf('authoring.preview.bandsHeading')}</h3>`,
      `<ul>${form(preview)
        .bands.map(
          (_b, k) =>
            `<li>${mixed((p) => {
              const b = form(p).bands[k]!;
              return `<strong>${ownIn(p, escapeHtml(b.label))}</strong> (${escapeHtml(b.range)})${b.meaning ? `: ${ownIn(p, escapeHtml(b.meaning))}` : ''}`;
            })}</li>`,
        )
        .join('')}</ul>`,
    );
    out.push('</section>');
  });

  const reflectionIn = (p: QuestionnairePreview, r: Reflection) => {
    const say = previewSays(p);
    const { texts } = previewTags(p);
    const ownLang = texts === null ? '' : ` lang="${escapeHtml(texts)}"`;
    return `<p><strong>${escapeHtml(say('authoring.preview.meaningLabel'))}</strong> ${ownIn(p, escapeHtml(r.meaning))}</p>\n<p><strong>${escapeHtml(say('authoring.preview.questionsLabel'))}</strong></p>\n<ul${ownLang}>${r.questions.map((q) => `<li>${escapeHtml(q)}</li>`).join('')}</ul>\n<p><strong>${escapeHtml(say('authoring.preview.tryLabel'))}</strong> ${ownIn(p, escapeHtml(r.try))}</p>`;
  };
  /** A form's reflection for a band in each language, whole, the first first; in two, each in a <div lang>. */
  const reflection = (of: (n: number) => Reflection) => {
    if (!bilingual) return reflectionIn(preview, of(0));
    return (
      v
        // not said: HTML markup and CSS
        .said((p, n) => `<div lang="${escapeHtml(previewTags(p).words)}">\n${reflectionIn(p, of(n))}\n</div>`)
        .map((s) => s.text)
        .join('\n')
    );
  };
  const resource = (res: readonly Resource[]) => {
    const first = res[0]!;
    const about = [first.authors, first.publisher, first.year].filter((x) => x !== undefined).map((x) => escapeHtml(String(x)));
    // not said: HTML markup and CSS
    if (!bilingual) return `<li${lang}>${linkOrText(first.title, first.url)}<span class="muted">: ${about.join(', ')}</span>${first.note ? `. ${escapeHtml(first.note)}` : ''}</li>`;
    const titles = pairHtml(
      v.texts((_p, n) => (res[n] ?? first).title),
      page,
      (text) => linkOrText(text, first.url),
    );
    const notes = v.texts((_p, n) => res[n]?.note ?? '').filter((s) => s.text !== '');
    // not said: HTML markup and CSS
    return `<li>${titles}<span class="muted">: ${about.join(', ')}</span>${notes.length > 0 ? `. ${pairHtml(notes, page)}` : ''}</li>`;
  };
  /** A section as each preview has it (`ss[n]` of `v.previews[n]`). */
  const section = (ss: readonly PreviewSection[], level: number, id: string) => {
    const s = ss[0]!;
    const of = (n: number) => ss[n] ?? s;
    const h = (html: string, extra = 0) => `<h${level + extra}>${html}</h${level + extra}>`;
    const nameIn = (p: QuestionnairePreview, n: number) => ownIn(p, escapeHtml(sectionTitle(of(n))));
    if (titlesDiffer(s)) out.push(labelled(v.lines((p, n) => perForm(p, of(n).titles))));
    out.push(labelled(v.lines((p, n) => perForm(p, of(n).descriptions, 'authoring.preview.noDescription'))));
    // The method and the importance question are said in syslead's words (the question quoted within them).
    if (s.method.some((m) => m !== null)) out.push(labelled(v.lines((p, n) => perForm(p, of(n).method, 'authoring.preview.scoredAsForm').map((l) => ({ ...l, own: false })))));
    if (s.importance.some((q) => q !== null))
      out.push(`<p><strong>${wordsOf('authoring.preview.importanceHeading')}</strong></p>`, labelled(v.lines((p, n) => perForm(p, of(n).importance, 'authoring.preview.notAsked').map((l) => ({ ...l, own: false })))));
    if (s.statements.length > 0) out.push(statementTable(preview, v, ss, page, lang));
    s.facets.forEach((_, i) => {
      const facetId = `${id}-f${i + 1}`;
      const facets = v.previews.map((_p, n) => of(n).facets[i]!);
      out.push(
        // not said: HTML markup and CSS
        `<section aria-labelledby="${facetId}">`,
        `<h${level + 1} id="${facetId}">${mixed((p, n) => previewSays(p)('authoring.preview.facet', { title: ownIn(p, escapeHtml(sectionTitle(facets[n]!))) }))}</h${level + 1}>`,
      );
      section(facets, level + 1, facetId);
      out.push('</section>');
    });
    if (s.reflections.length > 0)
      out.push(
        h(
          mixed((p, n) => previewSays(p)('authoring.preview.reflections', { title: nameIn(p, n) })),
          1,
        ),
      );
    s.reflections.forEach(({ band, reflections }, k) => {
      const entry = (n: number) => of(n).reflections[k] ?? s.reflections[k]!;
      out.push(
        h(
          mixed((p, n) => `${ownIn(p, escapeHtml(entry(n).band.label))}${band.range ? ` (${escapeHtml(entry(n).band.range)})` : ''}`),
          2,
        ),
      );
      if (preview.forms.length === 1) {
        const r = reflections[0];
        if (r) out.push(reflection((n) => entry(n).reflections[0] ?? r));
        return;
      }
      const columns = preview.forms.map((_f, i) => {
        const r = reflections[i];
        return `<div>\n<p><strong>${words((p) => formLabel(p, p.forms[i]!))}</strong></p>\n${r ? reflection((n) => entry(n).reflections[i] ?? r) : `<p class="muted">${wordsOf('authoring.preview.noReflection')}</p>`}\n</div>`;
      });
      // not said: HTML markup and CSS
      out.push(`<div class="pair">\n${columns.join('\n')}\n</div>`);
    });
    if (s.resources.length > 0)
      out.push(
        h(
          mixed((p, n) => previewSays(p)('authoring.preview.readNext', { title: nameIn(p, n) })),
          1,
        ),
        `<ul>${s.resources.map((_r, k) => resource(v.previews.map((_p, n) => of(n).resources[k]!))).join('')}</ul>`,
      );
  };

  preview.sections.forEach((_, i) => {
    const id = `t${i + 1}`;
    const themes = v.previews.map((p) => p.sections[i]!);
    out.push(
      // not said: HTML markup and CSS
      `<section class="preview-theme" aria-labelledby="${id}">`,
      `<h2 id="${id}">${mixed((p, n) => previewSays(p)('authoring.preview.theme', { number: String(i + 1), title: ownIn(p, escapeHtml(sectionTitle(themes[n]!))) }))}</h2>`,
    );
    section(themes, 2, id);
    out.push('</section>');
  });
  return htmlPage({ language: page, title, body: out.join('\n'), style: STYLE });
}

/** The statements of a theme or facet (`ss[n]` as `v.previews[n]` has it): number, each form's wording, how it is scored. */
function statementTable(preview: QuestionnairePreview, v: PreviewVoice, ss: readonly PreviewSection[], page: string, lang: string): string {
  const s0 = ss[0]!;
  const bilingual = v.previews.length > 1;
  const words = (make: (p: QuestionnairePreview, n: number) => string) => pairHtml(v.said(make), page);
  const wordsOf = (key: MessageKey) => words((p) => previewSays(p)(key));
  const paired = preview.forms.length > 1;
  const caption = (p: QuestionnairePreview, n: number) => previewSays(p)('authoring.preview.statementsOf', { title: sectionTitle(ss[n] ?? s0) });
  // not said: HTML markup and CSS
  const wordingHeads = paired ? preview.forms.map((_f, i) => `<th scope="col">${words((p) => formLabel(p, p.forms[i]!))}</th>`).join('') : `<th scope="col">${wordsOf('authoring.preview.statementHeading')}</th>`;
  /** A form's wording in each language: one in its <td lang> as before; two in one cell, each in its <span lang>, one above the other. */
  const cell = (texts: (n: number) => string) => {
    if (!bilingual) return `<td${lang}>${escapeHtml(texts(0))}</td>`;
    // not said: HTML markup and CSS
    return `<td>${pairHtml(
      v.texts((_p, n) => texts(n)),
      page,
      escapeHtml,
      '<br>',
    )}</td>`;
  };
  const rows = s0.statements.map((s, j) => {
    const at = (n: number) => (ss[n] ?? s0).statements[j] ?? s;
    const wordings = paired
      ? // not said: HTML markup and CSS
        s.wordings.map((w, i) => (w ? cell((n) => at(n).wordings[i]?.text ?? w.text) : `<td><span class="muted">(${wordsOf('authoring.preview.notOnForm')})</span></td>`)).join('')
      : cell((n) => at(n).wordings[0]?.text ?? '');
    const scoring = v
      .lines((p, n) => statementScoring(p, at(n)))
      .map(({ label, text, tag }) => inLanguage(`${label === null ? '' : `${escapeHtml(label)}: `}${escapeHtml(text)}`, tag, page))
      .join('<br>');
    // not said: HTML markup and CSS
    return `<tr><th scope="row" class="num">${s.number}</th>${wordings}<td class="scoring">${isReversed(s) ? `<span class="reverse">${words((p) => reversedMark(p))}</span> ` : ''}${scoring}<br><span class="muted">${words((p) => previewSays(p)('authoring.preview.id', { id: s.id }))}</span></td></tr>`;
  });
  // A table wider than the page scrolls in its wrapper, which keyboard users reach with Tab.
  // not said: HTML markup and CSS
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="${escapeHtml(v.both(caption))}"><table class="statements">\n<caption>${words(caption)}</caption>\n<thead><tr><th scope="col" class="num">${wordsOf('authoring.preview.numberHeading')}</th>${wordingHeads}<th scope="col">${wordsOf('authoring.preview.scoringColumn')}</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></div>`;
}
