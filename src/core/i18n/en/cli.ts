/** The command line itself: --help, usage errors, and the top-level catch's messages. */
export const CLI_EN = {
  'cli.lang.unknown': 'syslead: note: syslead has no words for --lang {lang} (it speaks {known}): the next language it knows is used',
} as const;
