import type { ComparisonReport } from '../core/compare.js';
import type { Evaluation } from '../core/evaluate/build.js';
import type { FeedbackIndex, FeedbackReport } from '../core/feedback/schema.js';
import type { CatalogueEntry } from '../core/report/catalogue.js';
import type { CohortView } from '../core/report/cohort-view.js';
import type { HistoryGroup } from '../core/report/history.js';
import type { PersonReport } from '../core/report/person.js';
import type { QuestionnairePreview } from '../core/preview/model.js';
import type { ReportIndex } from '../core/report/report-index.js';
import { renderOptions, type OutputTarget, type RenderOptions } from './options.js';

/** The model each kind of report is rendered from: everything its renderers need, the questionnaire's bands and language included. */
export interface ReportModels {
  /** One or more person reports, as one text, page or JSON array. */
  person: readonly PersonReport[];
  comparison: ComparisonReport;
  cohort: CohortView;
  history: readonly HistoryGroup[];
  list: readonly CatalogueEntry[];
  /** The index of a `score --out-dir` folder. */
  index: ReportIndex;
  /** One subject's 360 feedback (`syslead feedback`). */
  feedback: FeedbackReport;
  /** The index of a `feedback --out-dir` folder. */
  feedbackIndex: FeedbackIndex;
  /** A programme's change between two waves (`syslead evaluate`). */
  evaluation: Evaluation;
  /** A questionnaire (and its observer form) for sign-off (`syslead preview`). */
  preview: QuestionnairePreview;
}

export type ReportKind = keyof ReportModels;

/**
 * What a report kind renders to: its text, or for the index of a `score --out-dir` folder (of
 * 100,000 reports, say) the text's pieces in order, made as they are written, so that it is never
 * held whole.
 */
export type Rendered<Kind extends ReportKind> = Kind extends 'index' ? Iterable<string> : string;

/** The kinds rendered to one text (every one but the index), which a browser can print. */
export type TextKind = Exclude<ReportKind, 'index'>;

/** The one contract of every renderer: a model and the output's options in, the text (or an index's pieces) out. */
export type Renderer<Model, Output = string> = (model: Model, options: RenderOptions) => Output;

type Renderers = { [Kind in ReportKind]: Record<string, () => Promise<Renderer<ReportModels[Kind], Rendered<Kind>>>> };

/**
 * Per report kind, a loader for each of its formats. A renderer is imported only when its format is
 * asked for, so HTML's page shell and charts are loaded for HTML alone.
 */
const RENDERERS = {
  person: {
    text: async () => (await import('./person-text.js')).renderPersonText,
    md: async () => (await import('./person-markdown.js')).renderPersonMarkdown,
    json: async () => (await import('./person-json.js')).renderPersonJson,
    html: async () => (await import('./person-html.js')).renderPersonHtml,
  },
  comparison: {
    text: async () => (await import('./compare-text.js')).renderCompareText,
    md: async () => (await import('./compare-markdown.js')).renderCompareMarkdown,
    json: async () => (await import('./compare-json.js')).renderCompareJson,
    html: async () => (await import('./compare-html.js')).renderCompareHtml,
  },
  cohort: {
    text: async () => (await import('./cohort-text.js')).renderCohortText,
    md: async () => (await import('./cohort-markdown.js')).renderCohortMarkdown,
    json: async () => (await import('./cohort-json.js')).renderCohortJson,
    csv: async () => (await import('./cohort-csv.js')).renderCohortCsv,
    html: async () => (await import('./cohort-html.js')).renderCohortHtml,
  },
  history: {
    text: async () => (await import('./history-text.js')).renderHistoryText,
    json: async () => (await import('./history-json.js')).renderHistoryJson,
  },
  list: {
    text: async () => (await import('./list-text.js')).renderListText,
    json: async () => (await import('./list-json.js')).renderListJson,
  },
  index: {
    md: async () => (await import('./index-markdown.js')).renderIndexMarkdown,
    html: async () => (await import('./index-html.js')).renderIndexHtml,
  },
  feedback: {
    text: async () => (await import('./feedback-text.js')).renderFeedbackText,
    md: async () => (await import('./feedback-markdown.js')).renderFeedbackMarkdown,
    json: async () => (await import('./feedback-json.js')).renderFeedbackJson,
    html: async () => (await import('./feedback-html.js')).renderFeedbackHtml,
  },
  feedbackIndex: {
    md: async () => (await import('./feedback-index-markdown.js')).renderFeedbackIndexMarkdown,
    json: async () => (await import('./feedback-index-json.js')).renderFeedbackIndexJson,
    html: async () => (await import('./feedback-index-html.js')).renderFeedbackIndexHtml,
  },
  evaluation: {
    text: async () => (await import('./evaluate-text.js')).renderEvaluationText,
    md: async () => (await import('./evaluate-markdown.js')).renderEvaluationMarkdown,
    json: async () => (await import('./evaluate-json.js')).renderEvaluationJson,
    csv: async () => (await import('./evaluate-csv.js')).renderEvaluationCsv,
    html: async () => (await import('./evaluate-html.js')).renderEvaluationHtml,
  },
  preview: {
    text: async () => (await import('./preview-text.js')).renderPreviewText,
    md: async () => (await import('./preview-markdown.js')).renderPreviewMarkdown,
    html: async () => (await import('./preview-html.js')).renderPreviewHtml,
  },
} as const satisfies Renderers;

/** The formats a kind of report can be rendered in. */
export type FormatOf<Kind extends ReportKind> = keyof (typeof RENDERERS)[Kind] & string;

/** The formats a kind of report has a renderer for, in the registry's order. */
export function formatsOf(kind: ReportKind): string[] {
  return Object.keys(RENDERERS[kind]);
}

/** The renderer of a kind and format, set up for the output once: for a loop that renders many reports. */
export async function rendererFor<Kind extends ReportKind>(kind: Kind, format: FormatOf<Kind>, target: OutputTarget): Promise<(model: ReportModels[Kind]) => Rendered<Kind>> {
  const renderers: Renderers[Kind] = RENDERERS[kind];
  const render = await renderers[format]!();
  const options = renderOptions(target);
  return (model) => render(model, options);
}

/** A report as text in the format asked for, fitted to where it goes. */
export async function renderReport<Kind extends ReportKind>(kind: Kind, model: ReportModels[Kind], format: FormatOf<Kind>, target: OutputTarget): Promise<Rendered<Kind>> {
  return (await rendererFor(kind, format, target))(model);
}
