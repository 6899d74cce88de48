/**
 * The API contract, read at build time: the server hides introspection in production and the
 * console must not depend on a network round trip to learn the schema. `schema.graphql` is the
 * reviewed, committed artifact (docs/ARCHITECTURE.md), so building from it keeps client and server in step.
 */
import {
  buildSchema,
  introspectionFromSchema,
  isEnumType,
  type GraphQLSchema,
  type IntrospectionSchema,
} from 'graphql';
import sdl from '../../../schema.graphql?raw';

export const schema: GraphQLSchema = buildSchema(sdl);

/** What ra-data-graphql would otherwise fetch with an introspection query. */
export const introspection: IntrospectionSchema = introspectionFromSchema(schema).__schema;

export interface EnumValueInfo {
  value: string;
  /** Chinese part of the schema description (e.g. "乡镇/街道/管委会"). */
  zh: string;
  /** English part of the schema description (e.g. "Township-level unit"). */
  en: string;
}

/**
 * Split "中文 English" descriptions as the server writes them: the Chinese part ends where the
 * first Latin word starts after a non-ASCII character.
 */
export function splitDescription(description: string | null | undefined): { zh: string; en: string } {
  const text = (description ?? '').trim();
  // The Chinese part ends at its last CJK character or full-width mark ("（区级管理员）Create …" keeps
  // the bracket, with or without a space before the English).
  const m = /^(.*[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s*([A-Za-z].*)$/s.exec(text);
  if (m) return { zh: m[1].trim(), en: m[2].trim() };
  return { zh: text, en: text };
}

/** Values of an enum of the schema, with their bilingual descriptions. */
export function enumValues(name: string): EnumValueInfo[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of schema.graphql`);
  return type.getValues().map((v) => ({ value: v.name, ...splitDescription(v.description) }));
}
