/** Options every command takes (commander's globals), kept apart from the command table so that commands need not import it. */
export interface GlobalOptions {
  color?: boolean;
}
