import { type Argument, type Command, Help, type HelpConfiguration, type Option } from '@commander-js/extra-typings';
import type { MessageKey } from '../core/i18n/en.js';
import { say } from '../core/i18n/voice.js';

/** The headings commander gives its help's parts, as it calls styleTitle with them. */
const TITLES: Readonly<Record<string, MessageKey>> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Global Options:': 'cli.help.globalOptions',
  'Commands:': 'cli.help.commands',
};

/** The choices, default, preset and variable commander adds after a description, in brackets, as it words them. */
function withExtras(description: string, extras: string[]): string {
  if (extras.length === 0) return description;
  const extra = `(${extras.join(', ')})`;
  return description ? `${description} ${extra}` : extra;
}

/** commander's placeholders in a usage line ("syslead [options] [command]"), said in the language. */
function placeholdersSaid(usage: string): string {
  return usage.replace(/\[options\]/g, `[${say('cli.help.optionsPlaceholder')}]`).replace(/\[command\]/g, `[${say('cli.help.commandPlaceholder')}]`);
}

const choicesOf = (choices: readonly string[] | undefined) => (choices ? [say('cli.help.choices', { choices: choices.map((c) => JSON.stringify(c)).join(', ') })] : []);

/**
 * commander's help in the language syslead speaks: its headings, and the brackets it adds to an
 * option's or argument's description (choices, default), said as commander 14 words them in English,
 * and the placeholders of its usage lines.
 */
export function helpInLanguage(): HelpConfiguration {
  return {
    commandUsage(this: Help, command: Command) {
      return placeholdersSaid(Help.prototype.commandUsage.call(this, command));
    },
    subcommandTerm(this: Help, command: Command) {
      return placeholdersSaid(Help.prototype.subcommandTerm.call(this, command));
    },
    styleTitle: (title: string) => {
      const key = TITLES[title];
      return key === undefined ? title : say(key);
    },
    optionDescription: (option: Option) => {
      const extras = choicesOf(option.argChoices);
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (option.defaultValue !== undefined && showDefault) extras.push(say('cli.help.default', { value: option.defaultValueDescription || JSON.stringify(option.defaultValue) }));
      if (option.presetArg !== undefined && option.optional) extras.push(say('cli.help.preset', { value: JSON.stringify(option.presetArg) }));
      if (option.envVar !== undefined) extras.push(say('cli.help.env', { variable: option.envVar }));
      return withExtras(option.description, extras);
    },
    argumentDescription: (argument: Argument) => {
      const extras = choicesOf(argument.argChoices);
      if (argument.defaultValue !== undefined) extras.push(say('cli.help.default', { value: argument.defaultValueDescription || JSON.stringify(argument.defaultValue) }));
      return withExtras(argument.description, extras);
    },
  };
}

/** Each usage error commander writes (command.js, in commander 14), by its English wording, and how to say it. */
const USAGE_ERRORS: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^error: unknown option '(.*)'$/s, (m) => say('cli.usage.unknownOption', { option: m[1]! })],
  [/^error: unknown command '(.*)'$/s, (m) => say('cli.usage.unknownCommand', { command: m[1]! })],
  [/^error: missing required argument '(.*)'$/s, (m) => say('cli.usage.missingArgument', { argument: m[1]! })],
  [/^error: option '(.*)' argument missing$/s, (m) => say('cli.usage.optionMissingArgument', { option: m[1]! })],
  [/^error: required option '(.*)' not specified$/s, (m) => say('cli.usage.missingMandatoryOption', { option: m[1]! })],
  [/^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/s, (m) => say('cli.usage.tooManyArgumentsFor', { command: m[1]!, count: Number(m[2]), received: Number(m[3]) })],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/s, (m) => say('cli.usage.tooManyArguments', { count: Number(m[1]), received: Number(m[2]) })],
  [/^error: option '([^']*)' argument '(.*)' is invalid\. (.*)$/s, (m) => say('cli.usage.invalidOptionValue', { option: m[1]!, value: m[2]!, reason: reason(m[3]!) })],
  [/^error: command-argument value '(.*)' is invalid for argument '([^']*)'\. (.*)$/s, (m) => say('cli.usage.invalidArgumentValue', { value: m[1]!, argument: m[2]!, reason: reason(m[3]!) })],
];

/** Why a value is refused: commander's own "Allowed choices are ..." said in the language; syslead's parsers' reasons are said already. */
function reason(text: string): string {
  const choices = /^Allowed choices are (.*)\.$/s.exec(text);
  return choices ? say('cli.usage.allowedChoices', { choices: choices[1]! }) : text;
}

/** commander's "(Did you mean ...?)", on the line after an unknown option or command. */
function suggestion(line: string): string {
  const oneOf = /^\(Did you mean one of (.*)\?\)$/s.exec(line);
  if (oneOf) return say('cli.usage.didYouMeanOneOf', { suggestions: oneOf[1]! });
  const one = /^\(Did you mean (.*)\?\)$/s.exec(line);
  return one ? say('cli.usage.didYouMean', { suggestion: one[1]! }) : line;
}

/**
 * A usage error as commander writes it (`error: ...`, a newline, perhaps a suggestion on a line of its
 * own), said in the language syslead speaks; a text it does not know is written as it is. The values
 * quoted stay as typed: commander's writeErr makes them safe afterwards.
 */
export function usageErrorInLanguage(text: string): string {
  const [message = '', ...rest] = text.replace(/\n$/, '').split('\n');
  const known = USAGE_ERRORS.find(([pattern]) => pattern.test(message));
  if (known === undefined) return text;
  return `${[known[1](message.match(known[0])!), ...rest.map(suggestion)].join('\n')}\n`;
}
