/** Sending GraphQL documents from tests, and reading their answers. */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

/** What the server puts in an error's extensions: its code, the reason and the field when known, and the rest. */
export interface GqlErrorExtensions {
  code: string;
  reason?: string;
  field?: string;
  [key: string]: unknown;
}

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions: GqlErrorExtensions;
}

export interface GqlResult<T = unknown> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: GqlError[];
}

/**
 * Posts a document to the GraphQL endpoint of the server at `base`, as a browser client does. A document
 * written with test/gql's graphql() types the answer and the variables; text is sent as it is.
 */
export async function postGraphql<R, V>(
  base: string,
  document: TypedDocumentNode<R, V>,
  variables?: V,
  token?: string,
): Promise<GqlResult<R>>;
export async function postGraphql<T = unknown>(
  base: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GqlResult<T>>;
export function postGraphql<T>(
  base: string,
  document: string | DocumentNode,
  variables?: unknown,
  token?: string,
): Promise<GqlResult<T>> {
  return post<T>(base, document, variables, token);
}

export async function post<T>(
  base: string,
  document: string | DocumentNode,
  variables: unknown,
  token: string | undefined,
): Promise<GqlResult<T>> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
  return { status: res.status, headers: res.headers, data: body.data ?? undefined, errors: body.errors };
}

/** The error of a result that must have failed, with a readable failure when it did not. */
export function errorOf(r: GqlResult): GqlError {
  if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
  return r.errors[0];
}

/** The data of a result that must have succeeded. */
export function dataOf<T>(r: GqlResult<T>): T {
  if (r.errors?.length) throw new Error(`expected success, got ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

/** A JSON scalar of an answer read as the object of fields it must be (audit changes, snapshots, details). */
export function jsonObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`expected a JSON object, got ${JSON.stringify(value)}`);
  return value as Record<string, unknown>;
}

/** The variables argument of a document: optional when the document has no required variable. */
export type VariablesArgs<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/**
 * A document in a table of cases (roles × mutations, soak traffic, REST twins) where each case builds
 * its variables at run time: the table types neither answers nor variables, and codegen still checks
 * every document against the schema.
 */
export type CaseDocument = TypedDocumentNode<unknown, never>;

/** A case's document, to be sent with the variables its case built. */
export const caseDocument = (document: CaseDocument) => document as TypedDocumentNode<unknown, Record<string, unknown>>;
