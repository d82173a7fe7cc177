import { ExitError, EXIT } from '../errors.js';
import { jsonSchemas, type SchemaName } from '../core/json-schemas.js';
import { safeJson } from '../core/safe-text.js';

export async function schemaCommand(name: string): Promise<void> {
  if (!Object.hasOwn(jsonSchemas, name)) {
    throw new ExitError(`unknown schema "${name}": choose one of ${Object.keys(jsonSchemas).join(', ')}`, { exitCode: EXIT.usage });
  }
  process.stdout.write(safeJson(jsonSchemas[name as SchemaName]()));
}
