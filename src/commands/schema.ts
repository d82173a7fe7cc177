import { ExitError, EXIT } from '../errors.js';
import { jsonSchemas, type SchemaName } from '../core/json-schemas.js';
import { safeJson } from '../core/safe-text.js';
import type { CommandIO } from '../terminal/io.js';

export interface SchemaOptions {
  name: string;
}

/** `syslead schema [NAME]`: a JSON Schema on stdout. */
export async function run({ name }: SchemaOptions, io: CommandIO): Promise<void> {
  if (!Object.hasOwn(jsonSchemas, name)) {
    throw new ExitError(`unknown schema "${name}": choose one of ${Object.keys(jsonSchemas).join(', ')}`, { exitCode: EXIT.usage });
  }
  io.stdout.write(safeJson(jsonSchemas[name as SchemaName]()));
}
