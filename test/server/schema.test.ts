import fs from 'node:fs';
import path from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isIntrospectionType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { buildAppSchema, printAppSchema } from '../../server/src/graphql/schema';

describe('schema.graphql', () => {
  it('is committed and up to date (run `npm run schema:print`)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printAppSchema());
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await buildAppSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});
