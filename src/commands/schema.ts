import { ExitError, EXIT } from '../errors.js';
import { jsonSchemas, type SchemaName } from '../core/json-schemas.js';

export async function schemaCommand(name: string): Promise<void> {
  if (!Object.hasOwn(jsonSchemas, name)) {
    throw new ExitError(`unknown schema "${name}": choose one of ${Object.keys(jsonSchemas).join(', ')}`, { exitCode: EXIT.usage });
  }
  process.stdout.write(`${JSON.stringify(jsonSchemas[name as SchemaName](), null, 2)}\n`);
}
