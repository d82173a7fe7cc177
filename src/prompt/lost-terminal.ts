import { useEffect } from '@inquirer/core';

/**
 * When the terminal goes away, readline fails to leave raw mode (EIO) and re-emits that as an
 * 'error' on its interface, which nothing handles: the process would crash, perhaps in the middle
 * of saving the last answer. The run learns of the loss from stdin itself (see cli/interrupt.ts),
 * so each prompt only has to keep the error from being thrown.
 */
export function useLostTerminalIsNotACrash(): void {
  useEffect((rl) => {
    const ignore = () => undefined;
    rl.on('error', ignore);
    return () => rl.removeListener('error', ignore);
  }, []);
}
