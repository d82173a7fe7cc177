import { emitKeypressEvents } from 'node:readline';
import { PassThrough } from 'node:stream';
import type { Input, Signals } from '../terminal/io.js';
import { INTERRUPT_KEY, interruptIfHeld, onInterruptKey, passKey, type Key } from './typeahead.js';

/** The terminal's keys for the whole of a run, as its prompts read them. */
export interface Keyboard {
  /** The input to give every prompt: the terminal's keys, Ctrl-C as INTERRUPT_KEY. */
  input: NodeJS.ReadableStream;
  /** A Ctrl-C typed ahead with the last answers stops the run now, those answers saved. */
  interruptIfHeld(): void;
  /** Gives the terminal back as it was. */
  close(): void;
  /** Runs `use` with the terminal in cooked mode and not read (for a pager, which reads it), then takes it back. */
  handOver<T>(use: () => Promise<T>): Promise<T>;
}

/**
 * One reader of the terminal, in raw mode from the first screen of a run to its end. Were each
 * prompt to read the terminal itself, it would return to cooked mode between two questions, while
 * an answer is saved: Ctrl-C would then be a signal that makes the terminal drop the keys typed
 * before it, and readline, reading Ctrl-C in the same chunk as an answer key, would end the prompt
 * just answered and lose its answer. Here Ctrl-C is a key in line with the others, and `interrupt`
 * is called once every key before it has reached its question.
 */
export function openKeyboard(terminal: Input & { setRawMode(mode: boolean): unknown }, signals: Signals, interrupt: () => void): Keyboard {
  const input = new PassThrough();
  onInterruptKey(input, interrupt);
  const onKey = (_sequence: string | undefined, key: Key | undefined) => {
    if (!key) return;
    if (key.ctrl && key.name === 'z' && signals.posix) return suspend();
    passKey(input, key.ctrl && key.name === 'c' ? INTERRUPT_KEY : key);
  };
  // Ctrl-Z, as readline would do it for the terminal it no longer reads: the shell gets the terminal
  // back in cooked mode while the run is stopped, and raw mode returns with the run (fg).
  const suspend = () => {
    terminal.setRawMode(false);
    signals.raise('SIGTSTP');
  };
  const onContinue = () => terminal.setRawMode(true);
  emitKeypressEvents(terminal);
  terminal.setRawMode(true);
  terminal.on('keypress', onKey).resume();
  const stopContinuing = signals.on('SIGCONT', onContinue);
  return {
    input,
    interruptIfHeld: () => interruptIfHeld(input),
    async handOver(use) {
      terminal.off('keypress', onKey);
      terminal.setRawMode(false);
      terminal.pause();
      try {
        return await use();
      } finally {
        terminal.setRawMode(true);
        terminal.on('keypress', onKey).resume();
      }
    },
    close() {
      stopContinuing();
      terminal.off('keypress', onKey);
      // A terminal that has gone cannot leave raw mode: that failure comes as an 'error' on it (see terminal/interrupt.ts).
      terminal.setRawMode(false);
      terminal.pause();
    },
  };
}
