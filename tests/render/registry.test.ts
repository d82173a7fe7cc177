import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { PRINTED_FORMAT } from '../../src/cli/commands/formats.js';
import { scriptIO } from '../helpers/cli.js';
import { renderOptions, type OutputTarget } from '../../src/render/options.js';
import { formatsOf, rendererFor, type FormatOf, type ReportKind } from '../../src/render/registry.js';

const terminal: OutputTarget = { toFile: false, isTTY: true, columns: 132, colourLevel: 2, hyperlinks: true };

describe('renderOptions', () => {
  it('fits text to a terminal, with its colours and hyperlinks', () => {
    const options = renderOptions(terminal);
    expect(options.width).toBe(132);
    expect(options.style.level).toBe(2);
    expect(options.link).toBeTypeOf('function');
  });

  it('gives a file plain text: 80 columns, no colour, no hyperlinks', () => {
    const options = renderOptions({ ...terminal, toFile: true });
    expect([options.width, options.style.level, options.link]).toEqual([80, 0, undefined]);
  });

  it('gives a pipe 80 columns and no hyperlinks, and colour only as the level says', () => {
    const options = renderOptions({ ...terminal, isTTY: false, columns: undefined, colourLevel: 1 });
    expect([options.width, options.style.level, options.link]).toEqual([80, 1, undefined]);
  });

  it('takes 80 columns on a terminal that does not tell its width', () => {
    expect(renderOptions({ ...terminal, columns: undefined }).width).toBe(80);
  });
});

describe('the renderer registry', () => {
  const program = buildProgram(scriptIO().io);
  const choicesOf = (command: string) => program.commands.find((c) => c.name() === command)!.options.find((o) => o.long === '--format')!.argChoices!;

  it.each([
    ['score', 'person'],
    ['run', 'person'],
    ['compare', 'comparison'],
    ['report', 'cohort'],
    ['feedback', 'feedback'],
    ['evaluate', 'evaluation'],
    ['preview', 'preview'],
  ] as const)('has a renderer for every --format of %s, and a --format for every renderer', async (command, kind: ReportKind) => {
    // pdf is the html page printed (commands/pdf-output.ts): a choice only where there is html.
    const rendered = choicesOf(command).filter((f) => f !== PRINTED_FORMAT);
    if (choicesOf(command).includes(PRINTED_FORMAT)) expect(formatsOf(kind)).toContain('html');
    for (const format of rendered) await expect(rendererFor(kind, format as FormatOf<typeof kind>, terminal)).resolves.toBeTypeOf('function');
    expect(rendered.sort()).toEqual(formatsOf(kind).sort());
  });
});
