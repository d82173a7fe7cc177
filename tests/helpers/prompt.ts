import { render as renderPrompt } from '@inquirer/testing';
import { afterEach } from 'vitest';

/** Prompts still open when a test ends are cancelled, so that none rejects when the worker exits. */
const open: { cancel(): void }[] = [];
afterEach(() => {
  for (const answer of open.splice(0)) answer.cancel();
});

/** @inquirer/testing's render, with the prompt cancelled after the test if it is still open. */
export const render: typeof renderPrompt = async (...args) => {
  const rendered = await renderPrompt(...args);
  rendered.answer.catch(() => undefined);
  open.push(rendered.answer);
  return rendered;
};
