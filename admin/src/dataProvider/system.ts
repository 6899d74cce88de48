/**
 * System screens of district admins that are not react-admin CRUD: revoking an API token,
 * verifying the audit hash chain, and the operation names an audit search can filter on. The only
 * GraphQL text of these screens (listing and creating go through buildQuery as usual).
 */
import { graphql } from '../gql';
import type { VerifyAuditChainQuery } from '../gql/graphql';
import { call } from './call';
import { schema, splitDescription } from './schema';

const REVOKE_API_TOKEN = graphql(`
  mutation RevokeApiToken($id: ID!) {
    data: revokeApiToken(id: $id) {
      id
      active
      revokedAt
    }
  }
`);

const VERIFY_AUDIT_CHAIN = graphql(`
  query VerifyAuditChain {
    data: verifyAuditChain {
      valid
      checked
      firstInvalidId
    }
  }
`);

export type AuditChainVerification = VerifyAuditChainQuery['data'];

export interface AuditOperation {
  /** The mutation name the trail records, e.g. "createApiToken". */
  id: string;
  zh: string;
  en: string;
}

/**
 * Audit entries name the mutation that wrote them, plus the server's own background sweep. Read
 * from the schema so that a new mutation is searchable without touching the console.
 */
const BACKGROUND_OPERATIONS: AuditOperation[] = [
  { id: 'sweepStarAwards', zh: '公示期满自动命名', en: 'Automatic award after the notice period' },
];

export function auditOperations(): AuditOperation[] {
  const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
  const fromSchema = fields.map((f) => {
    const { zh, en } = splitDescription(f.description);
    // "新建接口令牌：只读，限定单元范围" → "新建接口令牌": the short name is enough to choose by.
    return { id: f.name, zh: zh.split(/[：（(]/)[0].trim() || f.name, en };
  });
  return [...fromSchema, ...BACKGROUND_OPERATIONS].sort((a, b) => a.id.localeCompare(b.id));
}

export const systemProvider = {
  /** 吊销接口令牌: the token stops working at once; the record stays, showing when it was revoked. */
  revokeApiToken: (id: string) => call(REVOKE_API_TOKEN, { id }),
  /** 校验审计链: the server recomputes every entry's hash from the first one. */
  verifyAuditChain: () => call(VERIFY_AUDIT_CHAIN, {}),
};
