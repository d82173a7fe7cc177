import type { ChalkInstance } from 'chalk';

/**
 * A theme for @inquirer/prompts' own prompts (confirm, input, select) drawn with the run's colours,
 * so that --no-color and NO_COLOR hold there too: their default theme colours regardless.
 */
export function inquirerTheme(style: ChalkInstance) {
  return {
    prefix: { idle: style.cyan('?'), done: style.green('✔') },
    style: {
      answer: (text: string) => style.cyan(text),
      message: (text: string) => style.bold(text),
      defaultAnswer: (text: string) => style.dim(`(${text})`),
      error: (text: string) => style.yellow(`> ${text}`),
      help: (text: string) => style.dim(text),
      highlight: (text: string) => style.cyan(text),
      key: (text: string) => style.cyan(style.bold(`<${text}>`)),
      description: (text: string) => style.cyan(text),
      disabled: (text: string) => style.dim(`- ${text}`),
      keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${style.bold(key)} ${style.dim(action)}`).join(style.dim(' • ')),
    },
  };
}
